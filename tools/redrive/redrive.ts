/**
 * Moves dead letters back to the topic they came from, unchanged (same key, value and headers, minus the retry
 * bookkeeping), so they are handled again from the start. For what an earlier version dead-lettered on failures
 * that now hold the provider instead (a wrong key, an exhausted quota…): once the cause is fixed, re-drive them.
 * Handlers are idempotent on the event id, so a dead letter re-driven twice costs a lookup, not a second call.
 *
 *   npm run redrive -- [--code provider_invalid_api_key,provider_insufficient_quota] [--code-prefix provider_]
 *                      [--source-topic T] [--group G] [--job JOB_ID] [--since 2026-12-01T00:00:00Z] [--dry-run]
 *
 * At least one filter is required. Reads the dead-letter topic from the beginning up to where it ends when the
 * command starts. KAFKA_BROKERS and SCHEMA_REGISTRY_URL as for the services.
 */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { z } from 'zod';
import { csvList, loadConfig } from '@content-pipeline/config';
import { DeadLetter, Headers, Topics } from '@content-pipeline/contracts';
import { AvroCodec } from '@content-pipeline/kafka-runtime';

class UsageError extends Error {}

/** What to re-drive; every given filter must match. */
interface RedriveFilter {
  codes?: Set<string>;
  codePrefix?: string;
  sourceTopic?: string;
  group?: string;
  jobId?: string;
  sinceMs?: number;
}

// Headers the failure path added: a re-driven message starts over as a first delivery.
const RETRY_HEADERS: readonly string[] = [
  Headers.attempts,
  Headers.notBefore,
  Headers.originalTopic,
  Headers.originalPartition,
  Headers.originalOffset,
  Headers.lastError,
];

function flag(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index < 0) return undefined;
  const value = argv[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

function parseFilter(argv: string[]): RedriveFilter {
  const codes = flag(argv, '--code');
  const since = flag(argv, '--since');
  const filter: RedriveFilter = {
    codes: codes ? new Set(codes.split(',').map((code) => code.trim())) : undefined,
    codePrefix: flag(argv, '--code-prefix'),
    sourceTopic: flag(argv, '--source-topic'),
    group: flag(argv, '--group'),
    jobId: flag(argv, '--job'),
    sinceMs: since === undefined ? undefined : Date.parse(since),
  };
  if (filter.sinceMs !== undefined && Number.isNaN(filter.sinceMs))
    throw new UsageError(`--since must be an ISO date, got "${since}"`);
  if (Object.values(filter).every((value) => value === undefined))
    throw new UsageError(
      'give at least one filter (--code, --code-prefix, --source-topic, --group, --job, --since)',
    );
  return filter;
}

function matches(filter: RedriveFilter, record: DeadLetter): boolean {
  return (
    (!filter.codes || filter.codes.has(record.errorCode)) &&
    (!filter.codePrefix || record.errorCode.startsWith(filter.codePrefix)) &&
    (!filter.sourceTopic || record.sourceTopic === filter.sourceTopic) &&
    (!filter.group || record.consumerGroup === filter.group) &&
    (!filter.jobId || record.jobId === filter.jobId) &&
    (filter.sinceMs === undefined || record.failedAt >= filter.sinceMs)
  );
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const filter = parseFilter(argv);
  const dryRun = argv.includes('--dry-run');
  const env = loadConfig(
    z.object({
      KAFKA_BROKERS: csvList('127.0.0.1:19092'),
      SCHEMA_REGISTRY_URL: z.string().url().default('http://127.0.0.1:18081/apis/ccompat/v7'),
    }),
  );
  const kafka = new Kafka({ clientId: 'redrive', brokers: env.KAFKA_BROKERS, logLevel: logLevel.NOTHING });
  const codec = new AvroCodec({ url: env.SCHEMA_REGISTRY_URL });
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map(
    (await admin.fetchTopicOffsets(Topics.deadLetter.name)).map((o) => [o.partition, BigInt(o.high)]),
  );
  await admin.disconnect();
  const pending = new Set([...ends].filter(([, high]) => high > 0n).map(([partition]) => partition));
  const producer = kafka.producer({ idempotent: true });
  await producer.connect();
  const consumer = kafka.consumer({ groupId: `redrive-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic: Topics.deadLetter.name, fromBeginning: true });
  const byTopicAndCode = new Map<string, number>();
  let scanned = 0;
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    done = resolve;
    if (pending.size === 0) resolve();
  });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const end = ends.get(partition) ?? 0n;
      if (BigInt(message.offset) >= end) return;
      scanned += 1;
      if (message.value) {
        const record = await codec.decode(Topics.deadLetter, message.value);
        if (matches(filter, record)) {
          const key = `${record.sourceTopic}  ${record.errorCode}`;
          byTopicAndCode.set(key, (byTopicAndCode.get(key) ?? 0) + 1);
          if (!dryRun) {
            const headers = Object.fromEntries(
              Object.entries(record.originalHeaders).filter(([name]) => !RETRY_HEADERS.includes(name)),
            );
            await producer.send({
              topic: record.sourceTopic,
              messages: [{ key: record.originalKey, value: record.originalValue, headers }],
            });
          }
        }
      }
      if (BigInt(message.offset) + 1n >= end) {
        pending.delete(partition);
        if (pending.size === 0) done();
      }
    },
  });
  await finished;
  await consumer.disconnect();
  await producer.disconnect();
  const total = [...byTopicAndCode.values()].reduce((sum, n) => sum + n, 0);
  console.log(`${dryRun ? 'would re-drive' : 're-drove'} ${total} of ${scanned} dead letters`);
  for (const [key, count] of [...byTopicAndCode].sort())
    console.log(`  ${String(count).padStart(7)}  ${key}`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\nsee the usage at the top of tools/redrive/redrive.ts`);
    process.exit(64);
  }
  console.error(error);
  process.exit(1);
});
