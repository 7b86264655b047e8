/**
 * The small port the runtime needs from a Kafka client, so kafkajs can be swapped (e.g. for
 * confluent-kafka-javascript) without touching consumers, producers or services.
 */
export interface RawMessage {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
  timestamp: string;
}

export interface OutgoingMessage {
  key?: string | Buffer | null;
  value: Buffer | null;
  headers?: Record<string, string>;
  partition?: number;
}

export interface BatchContext {
  /** Marks the message as taken (the client will not hand it out again in this session); not a commit. */
  resolveOffset(offset: string): void;
  heartbeat(): Promise<void>;
  isRunning(): boolean;
  isStale(): boolean;
}

export interface RawBatch {
  topic: string;
  partition: number;
  highWatermark: string;
  messages: RawMessage[];
}

export interface RawConsumer {
  connect(): Promise<void>;
  subscribe(topics: string[], fromBeginning: boolean): Promise<void>;
  run(eachBatch: (batch: RawBatch, context: BatchContext) => Promise<void>): Promise<void>;
  commit(offsets: { topic: string; partition: number; offset: string }[]): Promise<void>;
  pause(topics: { topic: string; partitions?: number[] }[]): void;
  resume(topics: { topic: string; partitions?: number[] }[]): void;
  /** Called when the group rebalances; the runtime commits finished work before partitions move. */
  onRebalance(listener: () => void): void;
  /**
   * Called when the client gives up on the group (retries exhausted, or an error it cannot retry). With
   * `restarting` it rejoins by itself after a back-off; without, the consumer is stopped for good.
   */
  onCrash(listener: (error: Error, restarting: boolean) => void): void;
  /** Called each time the consumer has joined the group and been assigned its partitions. */
  onGroupJoin(listener: () => void): void;
  stop(): Promise<void>;
  disconnect(): Promise<void>;
}

export interface RawProducer {
  connect(): Promise<void>;
  send(topic: string, messages: OutgoingMessage[]): Promise<void>;
  /** One produce request for several topics. */
  sendBatch(batches: { topic: string; messages: OutgoingMessage[] }[]): Promise<void>;
  disconnect(): Promise<void>;
}

export interface TopicSpec {
  name: string;
  partitions: number;
  replicationFactor: number;
  config?: Record<string, string>;
}

export interface BrokerAdmin {
  ensureTopics(topics: TopicSpec[]): Promise<void>;
  /** Committed offset, low and high watermark per partition, for lag. */
  groupLag(
    groupId: string,
    topic: string,
  ): Promise<{ partition: number; committed: string; lowWatermark: string; highWatermark: string }[]>;
  ping(): Promise<void>;
  disconnect(): Promise<void>;
}

export interface ConsumerOptions {
  groupId: string;
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  maxBytesPerPartition?: number;
  /**
   * A fetch is answered once this many bytes are ready or {@link fetchMaxWaitMs} has passed: under load each
   * fetch carries a batch instead of a message or two, which is what keeps the broker's and the consumer's
   * CPU per message low.
   */
  fetchMinBytes?: number;
  fetchMaxWaitMs?: number;
}

export interface BrokerClient {
  producer(): RawProducer;
  consumer(options: ConsumerOptions): RawConsumer;
  admin(): BrokerAdmin;
}
