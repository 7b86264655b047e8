// Shared pieces of the generator benchmarks: a private consumer group and limiter key per run, a backlog of
// GenerationRequested events published straight to a lane, the simulator's statistics and the generator's metrics.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import {
  derivedEventId,
  GenerationRequested,
  Headers,
  Language,
  Lane,
  taskIdFor,
  Topics,
} from '@content-pipeline/contracts';
import {
  AvroCodec,
  EventPublisher,
  KafkaJsBrokerClient,
  provisionTopics,
} from '@content-pipeline/kafka-runtime';
import { ServiceProcess, testInfrastructure } from '@content-pipeline/testing';

export const infra = testInfrastructure();

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** SKUs of the sample catalogue as generation sources. */
export function sampleSources(count: number): { skuId: string; source: GenerationRequested['source'] }[] {
  const lines = readFileSync(resolve(__dirname, '../../data/catalog/sample-200.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return Array.from({ length: count }, (_, index) => {
    const record = lines[index % lines.length];
    return {
      skuId: `${String(record['sku_id'])}-${index}`,
      source: {
        productName: String(record['product_name']),
        productDescription: String(record['product_description']),
        category: String(record['category'] ?? 'general'),
        brand: String(record['brand'] ?? ''),
        attributes: Object.fromEntries(
          Object.entries((record['attributes'] as Record<string, unknown>) ?? {}).map(([k, v]) => [
            k,
            String(v),
          ]),
        ),
        sourceHash: `bench-${index}`,
      },
    };
  });
}

/**
 * A consumer group that starts at the end of the generation topics (they hold every earlier run's requests),
 * so the benchmark's generators see only its own backlog.
 */
export async function createGroupAtEnd(groupId: string): Promise<void> {
  const bootstrap = new KafkaJsBrokerClient({
    clientId: 'bench-admin',
    brokers: infra.kafkaBrokers,
    ssl: false,
  }).admin();
  await provisionTopics(bootstrap, { partitions: 6, replicationFactor: 1, consumerGroups: [groupId] });
  await bootstrap.disconnect();
  const admin = new Kafka({
    clientId: 'bench-offsets',
    brokers: infra.kafkaBrokers,
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  for (const topic of [Topics.generationRequestedPriority.name, Topics.generationRequestedBulk.name]) {
    const offsets = await admin.fetchTopicOffsets(topic);
    await admin.setOffsets({
      groupId,
      topic,
      partitions: offsets.map((o) => ({ partition: o.partition, offset: o.high })),
    });
  }
  await admin.disconnect();
}

/** Publishes one English generation request per source on `lane`, tagged with `jobId`. */
export async function publishRequests(
  jobId: string,
  sources: ReturnType<typeof sampleSources>,
  lane: Lane,
  language: Language = 'en',
): Promise<void> {
  const broker = new KafkaJsBrokerClient({
    clientId: 'bench-publisher',
    brokers: infra.kafkaBrokers,
    ssl: false,
  });
  const producer = broker.producer();
  await producer.connect();
  const publisher = new EventPublisher(producer, new AvroCodec({ url: infra.registryUrl }));
  const topic = lane === 'priority' ? Topics.generationRequestedPriority : Topics.generationRequestedBulk;
  const items = sources.map(({ skuId, source }) => {
    const value: GenerationRequested = {
      eventId: derivedEventId('bench-request', jobId, skuId, language),
      taskId: taskIdFor(jobId, skuId, language),
      jobId,
      skuId,
      language,
      attempt: 1,
      maxAttempts: 3,
      promptVersion: 'v1',
      lane,
      source,
      derivedLanguages: [],
      masterVersionId: null,
      masterContent: null,
      feedback: null,
      regenerateFields: [],
      previousContent: null,
      requestedAt: Date.now(),
      traceparent: '',
    };
    return { value, key: skuId, headers: { [Headers.jobId]: jobId } };
  });
  for (let i = 0; i < items.length; i += 100) await publisher.publishAll(topic, items.slice(i, i + 100));
  await producer.disconnect();
}

export function generatorProcess(port: number, env: Record<string, string>): ServiceProcess {
  return new ServiceProcess('generator', port, {
    ...infra.serviceEnv,
    LOG_LEVEL: 'warn',
    SHUTDOWN_GRACE_MS: '5000',
    ...env,
  });
}

export interface SimStats {
  totals: {
    requests: number;
    totalTokens: number;
    byApi: Record<string, Record<string, { requests: number }>>;
  };
  worst60s: { requests: number; tokens: number };
  perSecond: { t: number; requests: number; tokens: number; inputTokens?: number; outputTokens?: number }[];
}

export async function simStats(port: number): Promise<SimStats> {
  return (await (await fetch(`http://127.0.0.1:${port}/_sim/stats`)).json()) as SimStats;
}

export function responsesWithStatus(stats: SimStats, status: number): number {
  return Object.values(stats.totals.byApi).reduce(
    (sum, byStatus) => sum + (byStatus[String(status)]?.requests ?? 0),
    0,
  );
}

/** Tasks of `jobId` the generator stored (one row per request event). */
export async function completedTasks(db: Client, jobId: string): Promise<number> {
  const rows = await db.query(
    'SELECT count(*)::int AS n FROM generator.generation_attempt WHERE job_id = $1',
    [jobId],
  );
  return (rows.rows[0] as { n: number }).n;
}

/** One sample of a Prometheus metric (first series matching the label filter). */
export async function metricValue(port: number, name: string, labelFilter = ''): Promise<number | undefined> {
  try {
    const body = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const line = body
      .split('\n')
      .find(
        (l) =>
          l.startsWith(name) && !l.startsWith('#') && l.includes(labelFilter) && /[ {]/.test(l[name.length]),
      );
    return line ? Number(line.split(' ').pop()) : undefined;
  } catch {
    return undefined;
  }
}

/** Sum of requests and tokens over the simulator's per-second buckets in [fromSecond, toSecond). */
export function usageBetween(
  stats: SimStats,
  fromSecond: number,
  toSecond: number,
): { requests: number; tokens: number; inputTokens: number; outputTokens: number } {
  return stats.perSecond
    .filter((b) => b.t >= fromSecond && b.t < toSecond)
    .reduce(
      (sum, b) => ({
        requests: sum.requests + b.requests,
        tokens: sum.tokens + b.tokens,
        inputTokens: sum.inputTokens + (b.inputTokens ?? 0),
        outputTokens: sum.outputTokens + (b.outputTokens ?? 0),
      }),
      { requests: 0, tokens: 0, inputTokens: 0, outputTokens: 0 },
    );
}
