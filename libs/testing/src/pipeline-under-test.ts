import { Pool } from 'pg';
import { catalogLineKey, Headers, Topics } from '@content-pipeline/contracts';
import {
  AvroCodec,
  KafkaJsBrokerClient,
  OutgoingMessage,
  provisionTopics,
} from '@content-pipeline/kafka-runtime';
import { DeadLetterReader } from './dead-letter-reader';
import { createGeneratorGroupAtEnd } from './generator-group';
import { ServiceProcess } from './service-process';
import { migrateServices } from './service-migrations';
import { testInfrastructure } from './test-infrastructure';

export const PIPELINE_SERVICE_NAMES = [
  'ingester',
  'generator',
  'quality-gate',
  'regenerator',
  'version-store',
  'cost-meter',
  'job-service',
] as const;
export type PipelineServiceName = (typeof PIPELINE_SERVICE_NAMES)[number];

/**
 * The whole pipeline as separate real processes (simulator + seven services) on the real infrastructure,
 * on their own port range, for end-to-end tests. Each test run uses its own job id, and its events carry
 * it, so runs on a shared broker and database do not see each other's results.
 */
export class PipelineUnderTest {
  readonly infra = testInfrastructure();
  readonly simulatorPort: number;
  readonly services = new Map<PipelineServiceName, ServiceProcess>();
  readonly simulator: ServiceProcess;
  /** A pool, not one client: it reconnects after PostgreSQL restarts (fault scenarios stop it on purpose). */
  readonly db: Pool;
  readonly codec: AvroCodec;
  private deadLetters?: DeadLetterReader;
  private readonly generatorGroup: string;

  constructor(
    readonly jobId: string,
    basePort: number,
    simulatorArgs: string[] = [],
    extraEnv: Record<string, string> = {},
    /** Node options for the seven services (not the simulator), e.g. `--cpu-prof`. */
    serviceNodeArgs: string[] = [],
  ) {
    // +50, not +90: fetch refuses a few "bad ports" such as 4190.
    this.simulatorPort = basePort + 50;
    const env: Record<string, string> = {
      ...this.infra.serviceEnv,
      DIFY_API_URL: `http://127.0.0.1:${this.simulatorPort}`,
      SHUTDOWN_GRACE_MS: '5000',
      LOG_LEVEL: 'warn',
      // Tests measure the pipeline, not the LLM budget: a budget of their own (one limiter row per run),
      // generous unless a test sets one.
      LLM_RATE_LIMITER_KEY: jobId,
      LLM_RPM_LIMIT: '60000',
      LLM_TPM_LIMIT: '200000000',
      // Tests SIGKILL services: the group hands a dead consumer's partitions on after 10 s instead of 30 s.
      KAFKA_SESSION_TIMEOUT_MS: '10000',
      ...extraEnv,
    };
    this.generatorGroup = env['GENERATOR_CONSUMER_GROUP'] ?? 'generator';
    this.simulator = new ServiceProcess('llm-simulator', this.simulatorPort, {}, [
      '--port',
      String(this.simulatorPort),
      ...simulatorArgs,
    ]);
    PIPELINE_SERVICE_NAMES.forEach((name, index) =>
      this.services.set(name, new ServiceProcess(name, basePort + index + 1, env, [], serviceNodeArgs)),
    );
    this.db = new Pool({ connectionString: this.infra.databaseUrl, max: 4 });
    this.db.on('error', () => undefined);
    this.codec = new AvroCodec({ url: this.infra.registryUrl });
  }

  /** Migrates, starts the simulator and the services, and follows the dead-letter topic for this job. */
  async start(options: { skipEarlierGenerationRequests?: boolean } = {}): Promise<void> {
    migrateServices(PIPELINE_SERVICE_NAMES, this.infra.serviceEnv);
    const admin = new KafkaJsBrokerClient({
      clientId: 'e2e-admin',
      brokers: this.infra.kafkaBrokers,
      ssl: false,
    }).admin();
    await provisionTopics(admin, {
      partitions: 6,
      replicationFactor: this.infra.replicationFactor,
      consumerGroups: [],
    });
    await admin.disconnect();
    // Earlier tests on this broker leave generation requests nobody consumed (the version store's tests publish
    // re-derivations without a generator running). A test that compares the simulator's count with the ledger
    // must not have its simulator answer them; moving the group's offsets takes ~10 s, so only such tests ask.
    if (options.skipEarlierGenerationRequests) await createGeneratorGroupAtEnd(this.generatorGroup);
    this.deadLetters = new DeadLetterReader(
      this.infra.kafkaBrokers,
      this.codec,
      `e2e-dead-letters-${this.jobId}`,
      (record) => record.originalHeaders[Headers.jobId] === this.jobId || record.jobId === this.jobId,
    );
    // Nothing reaches the services before start() returns, so the reader, the simulator and the services start
    // side by side (one after another they took a quarter of a pipeline test's start-up).
    await Promise.all([
      this.deadLetters.start(),
      this.simulator.start('/health'),
      ...[...this.services.values()].map((service) => service.start()),
    ]);
  }

  service(name: PipelineServiceName): ServiceProcess {
    return this.services.get(name) as ServiceProcess;
  }

  /** The services that do not answer ready now, with what they answer. */
  async notReady(): Promise<{ name: PipelineServiceName; answer: string }[]> {
    const answers = await Promise.all(
      [...this.services].map(async ([name, service]) => ({ name, ...(await service.readiness()) })),
    );
    return answers.filter((answer) => !answer.ok).map(({ name, answer }) => ({ name, answer }));
  }

  get deadLettered() {
    return this.deadLetters?.received ?? [];
  }

  /**
   * Publishes catalogue lines (bytes as they are) for this job (or `jobId`), keyed by SKU id when there is one.
   */
  async publishCatalogLines(
    lines: readonly string[],
    lane: 'priority' | 'bulk' = 'bulk',
    jobId = this.jobId,
  ): Promise<void> {
    const producer = new KafkaJsBrokerClient({
      clientId: 'e2e-catalogue',
      brokers: this.infra.kafkaBrokers,
      ssl: false,
    }).producer();
    await producer.connect();
    const messages: OutgoingMessage[] = lines.map((line) => ({
      key: catalogLineKey(line),
      value: Buffer.from(line, 'utf8'),
      headers: { [Headers.jobId]: jobId, [Headers.lane]: lane },
    }));
    await producer.send(Topics.catalogSkuUpserted.name, messages);
    await producer.disconnect();
  }

  async query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return (await this.db.query(sql, parameters)).rows as T[];
  }

  async stop(): Promise<void> {
    await Promise.all([...this.services.values()].map((service) => service.stop()));
    await this.simulator.stop();
    await this.deadLetters?.stop();
    await this.db.end().catch(() => undefined);
  }
}
