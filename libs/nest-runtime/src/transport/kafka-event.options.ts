import type {
  AvroCodec,
  ConsumerRunner,
  RawMessage,
  RetryPolicy,
  Subscription,
} from '@content-pipeline/kafka-runtime';

/**
 * What an `@EventPattern(topic, extras)` handler tells the Kafka runtime transport besides its topic. The consumer
 * group is a name the service's {@link CONSUMER_GROUPS} settings know; everything that comes from configuration
 * (group id, concurrency, retry policy) lives there, never in a decorator.
 */
export interface KafkaEventOptions<TValue = unknown> {
  /** The consumer group that runs this handler: a key of the service's {@link ConsumerGroups}. */
  group: string;
  /** Describes a decoded message for its dead-letter record (SKU, job, language). */
  describe?: Subscription<TValue>['describe'];
  /** Replaces the default Avro decode through the registry (the catalogue topic also accepts JSON). */
  decode?: (message: RawMessage, codec: AvroCodec) => Promise<TValue>;
}

/** Typed extras for `@EventPattern`: `describe` and `decode` must agree on the value the handler receives. */
export function kafkaEvent<TValue>(options: KafkaEventOptions<TValue>): KafkaEventOptions<TValue> {
  return options;
}

/** Runtime settings of one consumer group, taken from the service's configuration. */
export interface ConsumerGroupSettings {
  /** The Kafka consumer group id (its retry topic is derived from it). */
  groupId: string;
  /** Messages in flight across all partitions of this instance. */
  concurrency: number;
  /** Topics with in-flight slots of their own, beside `concurrency` (see `ConsumerRunnerOptions`). */
  topicConcurrency?: Readonly<Record<string, number>>;
  /** Topics whose same-key messages run concurrently (see `ConsumerRunnerOptions`). */
  unorderedTopics?: readonly string[];
  retryPolicy?: RetryPolicy;
  fromBeginning?: boolean;
  /** Called once the group's runner is in its group, e.g. to let the lane controller pause its topics. */
  onStarted?: (runner: ConsumerRunner) => void;
}

/** The service's consumer groups by the name their handlers give in {@link KafkaEventOptions.group}. */
export type ConsumerGroups = Readonly<Record<string, ConsumerGroupSettings>>;

/** Provider token of the service's {@link ConsumerGroups}. */
export const CONSUMER_GROUPS = Symbol('CONSUMER_GROUPS');
