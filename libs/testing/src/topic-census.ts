import type { TopicDefinition } from '@content-pipeline/contracts';
import { AvroCodec, KafkaJsBrokerClient, RawBatch } from '@content-pipeline/kafka-runtime';

/** What one topic holds for one job, counted by reading the topic itself, not by asking the services. */
export interface TopicCount<T> {
  topic: string;
  /** Events of the job on the topic, copies included. */
  events: number;
  /** Distinct event ids among them. */
  distinct: number;
  /** events / distinct: 1 when every event arrived once. */
  amplification: number;
  /** The most copies of any one event. */
  worstCopies: number;
  /** One decoded value per distinct event id. */
  values: T[];
}

interface EventLike {
  eventId: string;
  jobId: string;
}

/**
 * Reads a topic from the beginning with a throw-away consumer group, as an outside consumer of the topic would,
 * and counts the job's events per event id. Stops once it has read up to the end of every partition it saw and
 * nothing new arrived for `quietMs`.
 */
export async function countTopic<T extends EventLike>(
  brokers: string[],
  codec: AvroCodec,
  topic: TopicDefinition<T>,
  jobId: string,
  quietMs = 3_000,
): Promise<TopicCount<T>> {
  const groupId = `census-${topic.name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
  const consumer = new KafkaJsBrokerClient({ clientId: groupId, brokers, ssl: false }).consumer({ groupId });
  const copies = new Map<string, { value: T; count: number }>();
  const behind = new Map<number, boolean>();
  let lastMessageAt = Date.now();
  await consumer.connect();
  await consumer.subscribe([topic.name], true);
  await consumer.run(async (batch: RawBatch, context) => {
    for (const message of batch.messages) {
      lastMessageAt = Date.now();
      context.resolveOffset(message.offset);
      if (!message.value) continue;
      const value = await codec.decode(topic, message.value).catch(() => undefined);
      if (!value || value.jobId !== jobId) continue;
      const seen = copies.get(value.eventId);
      copies.set(value.eventId, { value: seen?.value ?? value, count: (seen?.count ?? 0) + 1 });
    }
    const last = batch.messages[batch.messages.length - 1];
    behind.set(batch.partition, last !== undefined && BigInt(last.offset) + 1n < BigInt(batch.highWatermark));
  });
  while ([...behind.values()].some(Boolean) || Date.now() - lastMessageAt < quietMs)
    await new Promise((wait) => setTimeout(wait, 250));
  await consumer.disconnect();
  const events = [...copies.values()].reduce((sum, entry) => sum + entry.count, 0);
  return {
    topic: topic.name,
    events,
    distinct: copies.size,
    amplification: copies.size === 0 ? 1 : events / copies.size,
    worstCopies: Math.max(0, ...[...copies.values()].map((entry) => entry.count)),
    values: [...copies.values()].map((entry) => entry.value),
  };
}
