import { Client } from 'pg';
import {
  contentVersionIdFor,
  derivedEventId,
  Language,
  ProductContent,
  QualityIssue,
  QualityVerdictIssued,
  SourceProduct,
  taskIdFor,
  TopicDefinition,
  Topics,
} from '@content-pipeline/contracts';
import {
  AvroCodec,
  EventPublisher,
  KafkaJsBrokerClient,
  provisionTopics,
  RawBatch,
} from '@content-pipeline/kafka-runtime';
import { migrateServices, ServiceProcess, testInfrastructure, waitFor } from '@content-pipeline/testing';

export const API_KEYS = {
  operator: 'it-operator-key-0001',
  reviewer: 'it-reviewer-key-0001',
  viewer: 'it-viewer-key-0001',
  /** The review console's: may act for a signed-in person. */
  console: 'it-console-key-0001',
};

export const SOURCE: SourceProduct = {
  productName: 'Orbis 蓝牙耳机',
  productDescription: '【规格参数】续航长达58小时，传输距离可达12米。',
  category: 'consumer_electronics',
  brand: 'Orbis',
  attributes: {},
  sourceHash: 'it-source-hash',
};

/** English copy the real gate passes for SOURCE (score 100). */
export const PASSING_CONTENT: ProductContent = {
  translatedDescription:
    'Orbis wireless earbuds with up to 58 hours of battery life and a range of 12 metres.',
  seoTitle: 'Orbis Wireless Earbuds with 58-Hour Battery Life',
  metaDescription:
    'Orbis wireless earbuds: up to 58 hours of battery life and a stable 12-metre range for music and calls. Order yours today and enjoy the difference.',
  h1: 'Orbis Wireless Earbuds',
  marketingCopyA: 'Up to 58 hours of play on one charge. Buy now.',
  marketingCopyB: 'Your music, all day, wherever you go. Discover Orbis today.',
  marketingCopyC: 'Limited offer on Orbis earbuds this week. Shop now.',
  suggestedKeywords: ['wireless earbuds'],
};

/** The version store (and optionally the quality gate) as real processes, plus a publisher and a database client. */
export class VersionStoreHarness {
  readonly infra = testInfrastructure();
  readonly codec = new AvroCodec({ url: this.infra.registryUrl });
  readonly db = new Client({ connectionString: this.infra.databaseUrl });
  readonly versionStore: ServiceProcess;
  readonly qualityGate?: ServiceProcess;
  private readonly broker = new KafkaJsBrokerClient({
    clientId: 'vs-it',
    brokers: this.infra.kafkaBrokers,
    ssl: false,
  });
  private readonly producer = this.broker.producer();
  private readonly publisher = new EventPublisher(this.producer, this.codec);
  private readonly readers: TopicReader<unknown>[] = [];

  constructor(
    readonly jobId: string,
    readonly port: number,
    withQualityGate = false,
  ) {
    const env = {
      ...this.infra.serviceEnv,
      LOG_LEVEL: 'warn',
      SHUTDOWN_GRACE_MS: '3000',
      API_KEYS: `${API_KEYS.operator}:operator:it-alice,${API_KEYS.reviewer}:reviewer:it-bob,${API_KEYS.viewer}:viewer,${API_KEYS.console}:operator:it-console`,
      API_ACTING_PRINCIPALS: 'it-console',
    };
    this.versionStore = new ServiceProcess('version-store', port, env);
    if (withQualityGate) this.qualityGate = new ServiceProcess('quality-gate', port + 1, env);
  }

  async start(): Promise<void> {
    migrateServices(
      this.qualityGate ? ['version-store', 'quality-gate'] : ['version-store'],
      this.infra.serviceEnv,
    );
    await this.db.connect();
    const admin = this.broker.admin();
    await provisionTopics(admin, {
      partitions: 6,
      replicationFactor: this.infra.replicationFactor,
      consumerGroups: [],
    });
    await admin.disconnect();
    await this.producer.connect();
    await Promise.all([this.versionStore.start(), this.qualityGate?.start()]);
  }

  async stop(): Promise<void> {
    await Promise.all([this.versionStore.stop(), this.qualityGate?.stop()]);
    await Promise.all(this.readers.map((reader) => reader.stop()));
    await this.producer.disconnect().catch(() => undefined);
    await this.db.end().catch(() => undefined);
  }

  publishVerdict(verdict: QualityVerdictIssued): Promise<void> {
    return this.publisher.publish(Topics.qualityVerdictIssued, verdict, { key: verdict.skuId });
  }

  /** Follows a topic from the beginning, keeping the records `filter` accepts. */
  async follow<T>(topic: TopicDefinition<T>, filter: (value: T) => boolean): Promise<TopicReader<T>> {
    const reader = new TopicReader(
      this.broker,
      this.codec,
      topic,
      `vs-it-${this.jobId}-${topic.name}-${this.readers.length}`,
      filter,
    );
    await reader.start();
    this.readers.push(reader as TopicReader<unknown>);
    return reader;
  }

  async query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return (await this.db.query(sql, parameters)).rows as T[];
  }

  /** Waits until the version of a verdict is stored; returns its row. */
  async storedVersion(verdict: QualityVerdictIssued): Promise<VersionRow> {
    const versionId = contentVersionIdFor(verdict.eventId);
    const [row] = await waitFor(
      () =>
        this.query<VersionRow>('SELECT * FROM version_store.content_version WHERE version_id = $1', [
          versionId,
        ]),
      (rows) => rows.length === 1,
      { timeoutMs: 60_000, intervalMs: 200, description: `version ${versionId}` },
    );
    return row;
  }

  async api(
    method: string,
    path: string,
    options: { key?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; body: Record<string, unknown> & { message?: unknown } }> {
    const response = await fetch(`http://127.0.0.1:${this.port}${path}`, {
      method,
      headers: {
        ...options.headers,
        ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  }
}

export interface VersionRow {
  version_id: string;
  sku_id: string;
  language: string;
  version_number: number;
  task_id: string;
  attempt: number;
  provider: string;
  verdict: string;
  status: string;
  source: SourceProduct | null;
  master_version_id: string | null;
}

/** A throw-away consumer group reading one topic from the beginning. */
export class TopicReader<T> {
  readonly received: T[] = [];
  private readonly consumer;

  constructor(
    broker: KafkaJsBrokerClient,
    private readonly codec: AvroCodec,
    private readonly topic: TopicDefinition<T>,
    groupId: string,
    private readonly filter: (value: T) => boolean,
  ) {
    this.consumer = broker.consumer({ groupId });
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe([this.topic.name], true);
    await this.consumer.run(async (batch: RawBatch, context) => {
      for (const message of batch.messages) {
        try {
          const value = await this.codec.decode(this.topic, message.value);
          if (this.filter(value)) this.received.push(value);
        } catch {
          // Poison messages of other tests' runs on the shared topic.
        }
        context.resolveOffset(message.offset);
      }
    });
  }

  waitFor(accept: (values: T[]) => boolean, description: string): Promise<T[]> {
    return waitFor(async () => [...this.received], accept, {
      timeoutMs: 60_000,
      intervalMs: 200,
      description,
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}

let sequence = 0;

/** A gate verdict for a test SKU, with a unique event id. */
export function verdictFor(
  jobId: string,
  skuId: string,
  overrides: Partial<QualityVerdictIssued> & { language?: Language } = {},
): QualityVerdictIssued {
  const language = overrides.language ?? 'en';
  const attempt = overrides.attempt ?? 1;
  sequence += 1;
  const issues: QualityIssue[] = overrides.issues ?? [];
  return {
    eventId: derivedEventId('it-verdict', jobId, skuId, language, attempt, sequence, Date.now()),
    generatedEventId: derivedEventId('it-generated', jobId, skuId, language, attempt, sequence, Date.now()),
    taskId: taskIdFor(jobId, skuId, language),
    jobId,
    skuId,
    language,
    attempt,
    maxAttempts: 3,
    promptVersion: 'v1',
    lane: 'bulk',
    source: SOURCE,
    derivedLanguages: [],
    masterVersionId: null,
    masterContent: null,
    content: { ...PASSING_CONTENT, seoTitle: `Orbis Earbuds v${sequence}` },
    provider: 'dify',
    model: 'simulator',
    usage: {
      promptTokens: 10,
      completionTokens: 20,
      reportedPriceAmount: null,
      reportedPriceCurrency: null,
      cachedPromptTokens: 0,
      cacheWriteTokens: 0,
    },
    score: 95,
    verdict: 'pass',
    checkedAt: Date.now(),
    traceparent: '',
    ...overrides,
    issues,
  };
}

export const CRITICAL_ISSUE: QualityIssue = {
  rule: 'number_dropped',
  severity: 'critical',
  field: 'translatedDescription',
  span: null,
  message: 'the source value 58 (hours) is missing',
  suggestion: 'state the battery life as 58 hours',
};
