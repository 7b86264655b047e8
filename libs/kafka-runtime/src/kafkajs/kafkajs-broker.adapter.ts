import {
  Admin,
  Consumer,
  IHeaders,
  Kafka,
  KafkaConfig,
  logLevel as KafkaLogLevel,
  Partitioners,
  SASLOptions,
} from 'kafkajs';
import type {
  BatchContext,
  BrokerAdmin,
  BrokerClient,
  ConsumerOptions,
  RawBatch,
  RawConsumer,
  RawProducer,
  TopicSpec,
} from '../broker.port';
import { KafkaJsProducer } from './kafkajs-producer';

export interface KafkaJsSettings {
  clientId: string;
  brokers: string[];
  ssl: boolean;
  sasl?: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
  log?: (level: 'error' | 'warn' | 'info' | 'debug', message: string, extra: Record<string, unknown>) => void;
}

function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    const first = Array.isArray(value) ? value[0] : value;
    result[name] = Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
  }
  return result;
}

/** BrokerClient over kafkajs. */
export class KafkaJsBrokerClient implements BrokerClient {
  private readonly kafka: Kafka;

  constructor(settings: KafkaJsSettings) {
    const levelNames: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
      [KafkaLogLevel.ERROR]: 'error',
      [KafkaLogLevel.WARN]: 'warn',
      [KafkaLogLevel.INFO]: 'info',
      [KafkaLogLevel.DEBUG]: 'debug',
    };
    const config: KafkaConfig = {
      clientId: settings.clientId,
      brokers: settings.brokers,
      ssl: settings.ssl,
      sasl: settings.sasl as SASLOptions | undefined,
      connectionTimeout: 5_000,
      requestTimeout: 30_000,
      retry: { retries: 8, initialRetryTime: 300, maxRetryTime: 10_000 },
      logLevel: KafkaLogLevel.WARN,
      logCreator:
        () =>
        ({ level, log }) => {
          const { message, ...extra } = log;
          settings.log?.(levelNames[level] ?? 'info', String(message), extra);
        },
    };
    this.kafka = new Kafka(config);
  }

  producer(): RawProducer {
    return new KafkaJsProducer(
      this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      }),
      this.kafka.admin(),
      Partitioners.DefaultPartitioner(),
    );
  }

  consumer(options: ConsumerOptions): RawConsumer {
    return new KafkaJsConsumer(
      this.kafka.consumer({
        groupId: options.groupId,
        sessionTimeout: options.sessionTimeoutMs ?? 30_000,
        heartbeatInterval: options.heartbeatIntervalMs ?? 3_000,
        maxBytesPerPartition: options.maxBytesPerPartition ?? 1_048_576,
        minBytes: options.fetchMinBytes ?? 65_536,
        maxWaitTimeInMs: options.fetchMaxWaitMs ?? 100,
        allowAutoTopicCreation: false,
      }),
    );
  }

  admin(): BrokerAdmin {
    return new KafkaJsAdmin(this.kafka.admin());
  }
}

class KafkaJsConsumer implements RawConsumer {
  constructor(private readonly consumer: Consumer) {}

  connect(): Promise<void> {
    return this.consumer.connect();
  }

  async subscribe(topics: string[], fromBeginning: boolean): Promise<void> {
    await this.consumer.subscribe({ topics, fromBeginning });
  }

  run(eachBatch: (batch: RawBatch, context: BatchContext) => Promise<void>): Promise<void> {
    return this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 1,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        await eachBatch(
          {
            topic: batch.topic,
            partition: batch.partition,
            highWatermark: batch.highWatermark,
            messages: batch.messages.map((message) => ({
              topic: batch.topic,
              partition: batch.partition,
              offset: message.offset,
              key: message.key,
              value: message.value,
              headers: headersToStrings(message.headers),
              timestamp: message.timestamp,
            })),
          },
          { resolveOffset, heartbeat, isRunning, isStale },
        );
      },
    });
  }

  commit(offsets: { topic: string; partition: number; offset: string }[]): Promise<void> {
    return this.consumer.commitOffsets(offsets);
  }

  pause(topics: { topic: string; partitions?: number[] }[]): void {
    this.consumer.pause(topics);
  }

  resume(topics: { topic: string; partitions?: number[] }[]): void {
    this.consumer.resume(topics);
  }

  onRebalance(listener: () => void): void {
    this.consumer.on(this.consumer.events.REBALANCING, listener);
  }

  onCrash(listener: (error: Error, restarting: boolean) => void): void {
    this.consumer.on(this.consumer.events.CRASH, (event) =>
      listener(event.payload.error, event.payload.restart),
    );
  }

  onGroupJoin(listener: () => void): void {
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => listener());
  }

  stop(): Promise<void> {
    return this.consumer.stop();
  }

  disconnect(): Promise<void> {
    return this.consumer.disconnect();
  }
}

class KafkaJsAdmin implements BrokerAdmin {
  private connected?: Promise<void>;

  constructor(private readonly admin: Admin) {}

  private connect(): Promise<void> {
    this.connected ??= this.admin.connect();
    return this.connected;
  }

  async ensureTopics(topics: TopicSpec[]): Promise<void> {
    await this.connect();
    // Several services start at once and race to create the same topics: re-list and retry until all exist.
    for (let attempt = 1; ; attempt += 1) {
      const existing = new Set(await this.admin.listTopics());
      const missing = topics.filter((topic) => !existing.has(topic.name));
      if (missing.length === 0) return;
      try {
        await this.admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({
            topic: topic.name,
            numPartitions: topic.partitions,
            replicationFactor: topic.replicationFactor,
            configEntries: Object.entries(topic.config ?? {}).map(([name, value]) => ({ name, value })),
          })),
        });
      } catch (error) {
        if (attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
      }
    }
  }

  async groupLag(
    groupId: string,
    topic: string,
  ): Promise<{ partition: number; committed: string; lowWatermark: string; highWatermark: string }[]> {
    await this.connect();
    const [committed, latest] = await Promise.all([
      this.admin.fetchOffsets({ groupId, topics: [topic] }),
      this.admin.fetchTopicOffsets(topic),
    ]);
    const committedByPartition = new Map(
      (committed[0]?.partitions ?? []).map((entry) => [entry.partition, entry.offset]),
    );
    return latest.map((entry) => ({
      partition: entry.partition,
      committed: committedByPartition.get(entry.partition) ?? '-1',
      lowWatermark: entry.low,
      highWatermark: entry.high,
    }));
  }

  async ping(): Promise<void> {
    await this.connect();
    await this.admin.describeCluster();
  }

  async disconnect(): Promise<void> {
    if (this.connected) await this.admin.disconnect();
    this.connected = undefined;
  }
}
