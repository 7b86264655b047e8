import {
  Admin,
  CompressionTypes,
  PartitionerArgs,
  PartitionMetadata,
  Producer,
  RecordMetadata,
} from 'kafkajs';
import type { OutgoingMessage, RawProducer } from '../broker.port';
import { TransientError } from '../pipeline.error';
import { MAX_PRODUCE_REQUEST_BYTES, splitIntoRequests, TopicMessages } from './produce-requests';

/** Picks a message's partition from the topic's partitions, as kafkajs's `DefaultPartitioner` does. */
export type PartitionChooser = (args: PartitionerArgs) => number;

/** What the producer needs of an admin client: the topics' partitions. */
export type PartitionMetadataSource = Pick<Admin, 'connect' | 'disconnect' | 'fetchTopicMetadata'>;

/** How long a topic's partitions are reused before they are read again (kafkajs's own `metadataMaxAge`). */
const PARTITIONS_MAX_AGE_MS = 300_000;

interface PartitionShare {
  topic: string;
  partition: number;
  messages: OutgoingMessage[];
}

/**
 * RawProducer over a kafkajs idempotent producer, sending each partition's messages in a kafkajs call of its own.
 *
 * kafkajs 2.2.4 keeps, across the retries of one send, the answers of the brokers that already answered and only
 * sends again to brokers without one. When a leader dies mid-request and its partitions move to a broker that had
 * answered for its own partitions, the retry sends nothing and the send resolves: the moved partitions' messages
 * are lost though every caller was told they were written (tulios/kafkajs#1303). A call that carries one
 * partition has one leader at a time, so a retry always goes to the partition's current leader. The partition is
 * chosen here with the partitioner kafkajs would use, so keys stay on the partitions they always went to.
 */
export class KafkaJsProducer implements RawProducer {
  private readonly partitions = new Map<string, { metadata: Promise<PartitionMetadata[]>; readAt: number }>();

  constructor(
    private readonly producer: Producer,
    private readonly metadata: PartitionMetadataSource,
    private readonly choosePartition: PartitionChooser,
  ) {}

  async connect(): Promise<void> {
    await this.producer.connect();
    await this.metadata.connect();
  }

  async send(topic: string, messages: OutgoingMessage[]): Promise<void> {
    await this.sendBatch([{ topic, messages }]);
  }

  /**
   * Sends every partition's messages in order, in requests the broker accepts; partitions go concurrently (the
   * idempotent producer still has one request in flight per broker).
   */
  async sendBatch(batches: TopicMessages[]): Promise<void> {
    const shares = await this.sharesByPartition(batches);
    await Promise.all(
      shares.map(async ({ topic, partition, messages }) => {
        for (const [request] of splitIntoRequests([{ topic, messages }], MAX_PRODUCE_REQUEST_BYTES))
          await this.sendToPartition(topic, partition, request.messages);
      }),
    );
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
    await this.metadata.disconnect();
  }

  private partitionsOf(topic: string): Promise<PartitionMetadata[]> {
    const cached = this.partitions.get(topic);
    if (cached && Date.now() - cached.readAt < PARTITIONS_MAX_AGE_MS) return cached.metadata;
    const metadata = this.metadata.fetchTopicMetadata({ topics: [topic] }).then(({ topics }) => {
      const partitions = topics[0]?.partitions ?? [];
      if (partitions.length === 0)
        throw new TransientError(`No partitions known for ${topic}`, 'topic_metadata_missing');
      return partitions;
    });
    metadata.catch(() => this.partitions.delete(topic));
    this.partitions.set(topic, { metadata, readAt: Date.now() });
    return metadata;
  }

  private async sharesByPartition(batches: readonly TopicMessages[]): Promise<PartitionShare[]> {
    const shares = new Map<string, PartitionShare>();
    for (const { topic, messages } of batches) {
      const partitionMetadata = messages.every((message) => message.partition !== undefined)
        ? []
        : await this.partitionsOf(topic);
      for (const message of messages) {
        const partition =
          message.partition ??
          this.choosePartition({
            topic,
            partitionMetadata,
            message: { key: message.key ?? null, value: message.value },
          });
        const id = `${topic}\u0000${partition}`;
        const share = shares.get(id) ?? { topic, partition, messages: [] };
        share.messages.push(message);
        shares.set(id, share);
      }
    }
    return [...shares.values()];
  }

  private async sendToPartition(
    topic: string,
    partition: number,
    messages: OutgoingMessage[],
  ): Promise<void> {
    const acknowledged: RecordMetadata[] = await this.producer.sendBatch({
      acks: -1,
      compression: CompressionTypes.None,
      topicMessages: [
        {
          topic,
          messages: messages.map((message) => ({
            key: message.key ?? null,
            value: message.value,
            headers: message.headers,
            partition,
          })),
        },
      ],
    });
    // An answer for the partition is the only proof the write happened; without one, fail so the caller resends.
    if (!acknowledged.some((entry) => entry.topicName === topic && entry.partition === partition))
      throw new TransientError(
        `Kafka acknowledged no write to ${topic}[${partition}]; the messages must be sent again`,
        'produce_unacknowledged',
      );
  }
}
