import { randomUUID } from 'node:crypto';
import { Headers, TopicDefinition } from '@content-pipeline/contracts';
import type { OutgoingMessage, RawProducer } from './broker.port';
import type { AvroCodec } from './avro-codec';
import { BatchingOptions, DEFAULT_BATCHING, OutgoingBatcher } from './outgoing-batcher';

export interface PublishOptions {
  key: string;
  headers?: Record<string, string>;
}

/** Publishes typed values: `publish(Topics.x, value)` only compiles when `value` is what topic x carries. */
export class EventPublisher {
  private readonly batcher: OutgoingBatcher;

  constructor(
    producer: RawProducer,
    private readonly codec: AvroCodec,
    batching: BatchingOptions = DEFAULT_BATCHING,
  ) {
    this.batcher = new OutgoingBatcher(producer, batching);
  }

  async publish<TValue>(
    topic: TopicDefinition<TValue>,
    value: TValue,
    options: PublishOptions,
  ): Promise<void> {
    await this.publishAll(topic, [{ value, ...options }]);
  }

  async publishAll<TValue>(
    topic: TopicDefinition<TValue>,
    items: readonly ({ value: TValue } & PublishOptions)[],
  ): Promise<void> {
    if (items.length === 0) return;
    const messages: OutgoingMessage[] = await Promise.all(
      items.map(async ({ value, key, headers }) => ({
        key,
        value: await this.codec.encode(topic, value),
        headers: { ...envelopeHeaders(value), ...headers },
      })),
    );
    await this.batcher.send(topic.name, messages);
  }

  /** Sends bytes as they are (retry and dead-letter paths keep the original message untouched). */
  publishRaw(topic: string, messages: OutgoingMessage[]): Promise<void> {
    return this.batcher.send(topic, messages);
  }
}

function envelopeHeaders(value: unknown): Record<string, string> {
  const envelope = value as { eventId?: unknown; traceparent?: unknown };
  const headers: Record<string, string> = {
    [Headers.eventId]: typeof envelope.eventId === 'string' ? envelope.eventId : randomUUID(),
  };
  if (typeof envelope.traceparent === 'string' && envelope.traceparent)
    headers[Headers.traceparent] = envelope.traceparent;
  return headers;
}
