import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import {
  derivedEventId,
  GenerationRequested,
  Headers,
  Lane,
  Language,
  taskIdFor,
  Topics,
} from '@content-pipeline/contracts';
import {
  AvroCodec,
  EventPublisher,
  KafkaJsBrokerClient,
  provisionTopics,
} from '@content-pipeline/kafka-runtime';
import { ServiceProcess } from './service-process';
import { testInfrastructure } from './test-infrastructure';
import { WORKSPACE_ROOT } from './workspace-root';

/**
 * Pieces for running generator instances as one private consumer group against the simulator: a group that starts
 * at the end of the shared generation topics (which hold every earlier run's requests), a backlog of
 * GenerationRequested events published straight to a lane, and the processes themselves.
 */
const infra = testInfrastructure();

/** SKUs of the sample catalogue as generation sources, each with a run-unique id. */
export function sampleGenerationSources(
  count: number,
): { skuId: string; source: GenerationRequested['source'] }[] {
  const lines = readFileSync(join(WORKSPACE_ROOT, 'data', 'catalog', 'sample-200.jsonl'), 'utf8')
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
        sourceHash: `run-${index}`,
      },
    };
  });
}

/** Creates `groupId` positioned at the end of both generation topics. */
export async function createGeneratorGroupAtEnd(groupId: string): Promise<void> {
  const bootstrap = new KafkaJsBrokerClient({
    clientId: 'generator-group-admin',
    brokers: infra.kafkaBrokers,
    ssl: false,
  }).admin();
  await provisionTopics(bootstrap, {
    partitions: 6,
    replicationFactor: infra.replicationFactor,
    consumerGroups: [groupId],
  });
  await bootstrap.disconnect();
  const admin = new Kafka({
    clientId: 'generator-group-offsets',
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

/** Publishes one generation request per source on `lane`, tagged with `jobId`. */
export async function publishGenerationRequests(
  jobId: string,
  sources: ReturnType<typeof sampleGenerationSources>,
  lane: Lane,
  language: Language = 'en',
): Promise<void> {
  const broker = new KafkaJsBrokerClient({
    clientId: 'generation-publisher',
    brokers: infra.kafkaBrokers,
    ssl: false,
  });
  const producer = broker.producer();
  await producer.connect();
  const publisher = new EventPublisher(producer, new AvroCodec({ url: infra.registryUrl }));
  const topic = lane === 'priority' ? Topics.generationRequestedPriority : Topics.generationRequestedBulk;
  const items = sources.map(({ skuId, source }) => {
    const value: GenerationRequested = {
      eventId: derivedEventId('test-request', jobId, skuId, language),
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

/** A generator instance on the shared infrastructure, quiet and quick to stop. */
export function generatorInstance(port: number, env: Record<string, string>): ServiceProcess {
  return new ServiceProcess('generator', port, {
    ...infra.serviceEnv,
    LOG_LEVEL: 'warn',
    SHUTDOWN_GRACE_MS: '5000',
    ...env,
  });
}

/** One sample of a Prometheus metric (the first series whose line contains `labelFilter`). */
export async function metricSample(
  port: number,
  name: string,
  labelFilter = '',
): Promise<number | undefined> {
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
