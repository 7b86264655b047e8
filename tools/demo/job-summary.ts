/**
 * Waits until the pipeline has drained (every service's consumer group has caught up with its topics),
 * then prints what a job produced: events in, versions stored per language, dead letters, tokens, cost.
 *
 *   node -r @swc-node/register tools/demo/job-summary.ts --job JOB_ID --published N --since EPOCH_MS [--timeout-s 900]
 */
import { Client } from 'pg';
import { z } from 'zod';
import { csvList, loadConfig } from '@content-pipeline/config';
import {
  DeadLetter,
  Headers,
  retryConsumerGroupFor,
  retryTopicFor,
  Topics,
} from '@content-pipeline/contracts';
import { AvroCodec, KafkaJsBrokerClient, RawBatch, totalGroupLag } from '@content-pipeline/kafka-runtime';

/** Each service's consumer group and its topics; a group's retry topic is read by `<group>.retry`. */
const CONSUMERS: { group: string; topics: string[] }[] = [
  { group: 'ingester', topics: [Topics.catalogSkuUpserted.name] },
  {
    group: 'generator',
    topics: [Topics.generationRequestedPriority.name, Topics.generationRequestedBulk.name],
  },
  { group: 'quality-gate', topics: [Topics.contentGenerated.name] },
  { group: 'regenerator', topics: [Topics.qualityVerdictIssued.name] },
  { group: 'version-store', topics: [Topics.qualityVerdictIssued.name] },
  { group: 'cost-meter', topics: [Topics.usageRecorded.name] },
  {
    group: 'job-ledger',
    topics: [
      Topics.skuIngested.name,
      Topics.generationRequestedPriority.name,
      Topics.generationRequestedBulk.name,
      Topics.qualityVerdictIssued.name,
      Topics.deadLetter.name,
    ],
  },
  { group: 'job-cost', topics: [Topics.usagePriced.name] },
].flatMap(({ group, topics }) => [
  { group, topics },
  { group: retryConsumerGroupFor(group), topics: [retryTopicFor(group)] },
]);

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function waitUntilDrained(brokers: string[], timeoutMs: number): Promise<void> {
  const admin = new KafkaJsBrokerClient({ clientId: 'job-summary', brokers, ssl: false }).admin();
  const deadline = Date.now() + timeoutMs;
  let quietSince: number | undefined;
  try {
    for (;;) {
      let lag = 0;
      for (const { group, topics } of CONSUMERS) {
        for (const topic of topics) lag += await totalGroupLag(admin, group, topic);
      }
      if (lag === 0) quietSince ??= Date.now();
      else quietSince = undefined;
      // Drained for a few seconds in a row: in-flight work has been committed and nothing new follows.
      if (quietSince !== undefined && Date.now() - quietSince >= 4_000) return;
      if (Date.now() > deadline)
        throw new Error(`pipeline still has ${lag} messages to process after ${timeoutMs / 1000} s`);
      if (process.stderr.isTTY)
        process.stderr.write(`\r[demo] waiting for the pipeline to drain: ${lag} messages pending   `);
      else if (Math.floor(Date.now() / 1_000) % 10 === 0)
        process.stderr.write(`[demo] ${lag} messages pending\n`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  } finally {
    process.stderr.write('\n');
    await admin.disconnect();
  }
}

async function deadLettersOfJob(
  brokers: string[],
  registryUrl: string,
  jobId: string,
): Promise<DeadLetter[]> {
  const codec = new AvroCodec({ url: registryUrl });
  const broker = new KafkaJsBrokerClient({ clientId: 'job-summary', brokers, ssl: false });
  const admin = broker.admin();
  const end = (await admin.groupLag(`job-summary-${jobId}`, Topics.deadLetter.name)).reduce(
    (sum, { highWatermark }) => sum + Number(highWatermark),
    0,
  );
  await admin.disconnect();
  const records: DeadLetter[] = [];
  let seen = 0;
  const consumer = broker.consumer({ groupId: `job-summary-${jobId}-${Date.now()}` });
  await consumer.connect();
  await consumer.subscribe([Topics.deadLetter.name], true);
  await new Promise<void>((resolve) => {
    if (end === 0) resolve();
    void consumer.run(async (batch: RawBatch, context) => {
      for (const message of batch.messages) {
        const record = await codec.decode(Topics.deadLetter, message.value);
        if (record.originalHeaders[Headers.jobId] === jobId || record.jobId === jobId) records.push(record);
        context.resolveOffset(message.offset);
        seen += 1;
      }
      if (seen >= end) resolve();
    });
  });
  await consumer.disconnect();
  return records;
}

async function main(): Promise<void> {
  const jobId = argument('job');
  if (!jobId) throw new Error('--job is required');
  const published = Number(argument('published') ?? 0);
  const since = Number(argument('since') ?? Date.now());
  const env = loadConfig(
    z.object({
      KAFKA_BROKERS: csvList('127.0.0.1:19092'),
      SCHEMA_REGISTRY_URL: z.string().url().default('http://127.0.0.1:18081/apis/ccompat/v7'),
      DATABASE_URL: z.string().default('postgres://pipeline:pipeline@127.0.0.1:15432/pipeline'),
    }),
  );
  await waitUntilDrained(env.KAFKA_BROKERS, Number(argument('timeout-s') ?? 900) * 1_000);
  const elapsedSeconds = (Date.now() - since) / 1_000;

  const db = new Client({ connectionString: env.DATABASE_URL });
  await db.connect();
  const versions = await db.query<{
    language: string;
    versions: string;
    skus: string;
    active: string;
    review: string;
  }>(
    `SELECT language, count(*) AS versions, count(DISTINCT sku_id) AS skus,
            count(*) FILTER (WHERE status = 'active') AS active,
            count(*) FILTER (WHERE verdict = 'human_review') AS review
       FROM version_store.content_version WHERE job_id = $1 GROUP BY language
       ORDER BY array_position(ARRAY['en','ja','es','de','fr'], language)`,
    [jobId],
  );
  const cost = await db.query<{ calls: string; prompt: string; completion: string; usd: string }>(
    `SELECT count(*) AS calls, coalesce(sum(prompt_tokens), 0) AS prompt, coalesce(sum(completion_tokens), 0) AS completion,
            coalesce(sum(cost_usd), 0) AS usd FROM cost_meter.token_ledger WHERE job_id = $1`,
    [jobId],
  );
  await db.end();
  const deadLetters = await deadLettersOfJob(env.KAFKA_BROKERS, env.SCHEMA_REGISTRY_URL, jobId);

  const stored = versions.rows.reduce((sum, row) => sum + Number(row.versions), 0);
  const lines = [
    `Job ${jobId}: ${published} catalogue events in, ${elapsedSeconds.toFixed(1)} s`,
    '',
    '  language  SKUs  versions  active  human review',
    ...versions.rows.map(
      (row) =>
        `  ${row.language.padEnd(8)}  ${row.skus.padStart(4)}  ${row.versions.padStart(8)}  ${row.active.padStart(6)}  ${row.review.padStart(12)}`,
    ),
    '',
    `  versions stored: ${stored}`,
    `  dead-lettered:   ${deadLetters.length}`,
    `  LLM calls:       ${cost.rows[0].calls} (${cost.rows[0].prompt} prompt + ${cost.rows[0].completion} completion tokens, $${Number(cost.rows[0].usd).toFixed(4)})`,
  ];
  if (stored === 0 && published > 0) {
    lines.push(
      '',
      '  No new versions: these SKUs were generated before with the same source text and prompt version,',
      '  so the pipeline skipped them (a replay of an unchanged catalogue costs nothing).',
    );
  }
  if (deadLetters.length > 0) {
    lines.push('', '  dead-letter reasons:');
    for (const record of deadLetters.slice(0, 30)) lines.push(`    - ${record.reason.slice(0, 150)}`);
  }
  console.log(lines.join('\n'));
}

main().catch((error: Error) => {
  console.error(`job summary failed: ${error.message}`);
  process.exit(1);
});
