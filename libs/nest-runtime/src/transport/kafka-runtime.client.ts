import { ClientProxy, ReadPacket, WritePacket } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { TopicDefinition, topicNamed } from '@content-pipeline/contracts';
import type { PublishOptions } from '@content-pipeline/kafka-runtime';
import type { KafkaRuntime } from '../kafka-runtime.service';

/** What `emit(topic, event)` carries: the value the topic's schema describes, its key and extra headers. */
export interface KafkaRuntimeEvent<TValue> extends PublishOptions {
  value: TValue;
}

/**
 * The Nest client of the Kafka runtime: `emit(topic, { value, key })` publishes through the service's Avro publisher
 * (registry encoding, envelope headers, batching, the publish metric). Events only — request/response does not exist
 * over these topics. A topic the service relays from its transactional outbox is refused: publishing it here would
 * skip the transaction that makes the event and the database change one.
 */
export class KafkaRuntimeClient extends ClientProxy {
  private readonly outboxTopics: ReadonlySet<string>;

  constructor(
    private readonly kafka: KafkaRuntime,
    outboxTopics: readonly TopicDefinition<unknown>[] = [],
  ) {
    super();
    this.outboxTopics = new Set(outboxTopics.map((topic) => topic.name));
  }

  /** Typed `emit`: only compiles when the value is what the topic carries; settles when the broker has it. */
  emitEvent<TValue>(topic: TopicDefinition<TValue>, event: KafkaRuntimeEvent<TValue>): Promise<void> {
    return lastValueFrom(this.emit<void, KafkaRuntimeEvent<TValue>>(topic.name, event), {
      defaultValue: undefined,
    });
  }

  /** The Kafka runtime's producer is connected by the runtime itself at start-up. */
  async connect(): Promise<void> {
    return undefined;
  }

  /** The producer belongs to the Kafka runtime, which disconnects it when the service stops. */
  async close(): Promise<void> {
    return undefined;
  }

  unwrap<T>(): T {
    return this.kafka as T;
  }

  protected publish(packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    callback({
      err: new Error(
        `send('${String(packet.pattern)}'): request/response is not supported over Kafka; use emit`,
      ),
      isDisposed: true,
    });
    return () => undefined;
  }

  protected async dispatchEvent<T = void>(packet: ReadPacket<KafkaRuntimeEvent<unknown>>): Promise<T> {
    const name = String(packet.pattern);
    const topic = topicNamed(name);
    if (!topic) throw new Error(`emit('${name}'): no such topic in the contracts' topic catalogue`);
    if (this.outboxTopics.has(name))
      throw new Error(
        `emit('${name}'): this service publishes the topic through its outbox, in the transaction`,
      );
    const { value, key, headers } = packet.data;
    await this.kafka.publish(topic, value, { key, headers });
    return undefined as T;
  }
}
