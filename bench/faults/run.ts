/**
 * Fault scenarios over the whole pipeline on the real infrastructure. Each prints `lost=N duplicated=N`
 * and the run exits non-zero unless every scenario lost and duplicated nothing and left every service ready.
 *
 *   node -r @swc-node/register bench/faults/run.ts [--scenario NAME[,NAME…]] [--skus 150]
 *
 * Scenarios: poison (every input topic), kill-each (SIGKILL each service in turn, restart), kafka-restart,
 * kafka-outage (Kafka down 60 s: longer than the client's retries, so consumers crash and must rejoin),
 * postgres-stop (30 s), provider-outage (the simulator answers 5xx for 30 s). Default: all. The `poison`
 * and `kill-each` scenarios are the fast subset `npm test` runs (`--scenario poison,kill-each --skus 30`).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentGenerated, derivedEventId, Topics } from '@content-pipeline/contracts';
import { AvroCodec, EventPublisher, KafkaJsBrokerClient } from '@content-pipeline/kafka-runtime';
import { LANGUAGES } from '@content-pipeline/languages';
import {
  PIPELINE_SERVICE_NAMES,
  PipelineUnderTest,
  sampleCatalog,
  uniqueRunTag,
  waitFor,
} from '@content-pipeline/testing';

const ROOT = resolve(__dirname, '..', '..');
const ALL = [
  'poison',
  'kill-each',
  'kafka-restart',
  'kafka-outage',
  'postgres-stop',
  'provider-outage',
] as const;
type Scenario = (typeof ALL)[number];
const KAFKA_OUTAGE_MS = 60_000;

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function infraPid(name: string): number {
  return Number(readFileSync(join(ROOT, '.infra', 'pids', `${name}.pid`), 'utf8').trim());
}

/** SIGTERM to the broker; resolves with the time it was gone. */
async function stopKafka(): Promise<number> {
  process.kill(infraPid('kafka'), 'SIGTERM');
  await waitFor(
    async () => {
      try {
        process.kill(infraPid('kafka'), 0);
        return false;
      } catch {
        return true;
      }
    },
    Boolean,
    { timeoutMs: 60_000, description: 'Kafka to stop' },
  );
  return Date.now();
}

function infraUp(): void {
  execFileSync(join(ROOT, 'scripts', 'infra.sh'), ['up'], { stdio: 'ignore' });
}

/** Tasks (SKU × language, per source text) without a stored version, and stored versions beyond one per attempt. */
async function account(
  pipeline: PipelineUnderTest,
  expectedSkus: Set<string>,
): Promise<{ lost: number; duplicated: number }> {
  const rows = await pipeline.query<{
    sku_id: string;
    language: string;
    task_id: string;
    attempt: number;
    source_hash: string;
  }>(
    'SELECT sku_id, language, task_id, attempt, source_hash FROM version_store.content_version WHERE job_id = $1',
    [pipeline.jobId],
  );
  const covered = new Set(rows.map((row) => `${row.sku_id}:${row.language}`));
  const lost = [...expectedSkus]
    .flatMap((sku) => LANGUAGES.map((language) => `${sku}:${language}`))
    .filter((task) => !covered.has(task)).length;
  const perAttempt = new Map<string, number>();
  rows.forEach((row) =>
    perAttempt.set(
      `${row.task_id}#${row.attempt}#${row.source_hash}`,
      (perAttempt.get(`${row.task_id}#${row.attempt}#${row.source_hash}`) ?? 0) + 1,
    ),
  );
  const [ledger] = await pipeline.query<{ entries: string; distinct_events: string }>(
    'SELECT count(*) AS entries, count(DISTINCT usage_event_id) AS distinct_events FROM cost_meter.token_ledger WHERE job_id = $1',
    [pipeline.jobId],
  );
  const duplicated =
    [...perAttempt.values()].reduce((sum, count) => sum + count - 1, 0) +
    (Number(ledger.entries) - Number(ledger.distinct_events));
  return { lost, duplicated };
}

async function settle(pipeline: PipelineUnderTest, expectedTasks: number, timeoutMs: number): Promise<void> {
  let previous = -1;
  let stableSince = Date.now();
  await waitFor(
    async () => {
      // Tasks covered, not versions: a regenerated task has several versions.
      const [row] = await pipeline
        .query<{
          stored: string;
        }>(
          'SELECT count(DISTINCT (sku_id, language)) AS stored FROM version_store.content_version WHERE job_id = $1',
          [pipeline.jobId],
        )
        .catch(() => [{ stored: String(previous) }]);
      const stored = Number(row.stored);
      if (stored !== previous) {
        previous = stored;
        stableSince = Date.now();
      }
      return stored;
    },
    // Every task stored, then quiet: retried messages wait in retry topics for up to minutes before they land.
    (stored) => stored >= expectedTasks && Date.now() - stableSince > 5_000,
    { timeoutMs, intervalMs: 1_000, description: `${expectedTasks} tasks with a version` },
  ).catch(() => undefined);
}

/** Poison on every input topic: garbage, unknown schema id, invalid domain data, a 200,000-character description. */
async function injectPoison(
  pipeline: PipelineUnderTest,
  codec: AvroCodec,
  tag: string,
): Promise<{ sent: number; poisonedTopics: string[] }> {
  const broker = new KafkaJsBrokerClient({
    clientId: 'faults-poison',
    brokers: pipeline.infra.kafkaBrokers,
    ssl: false,
  });
  const producer = broker.producer();
  await producer.connect();
  const publisher = new EventPublisher(producer, codec);
  const unknownSchema = Buffer.from([0, 0x7f, 0x00, 0x00, 0x01, 0x02, 0x03]);
  const headers = { 'x-job-id': pipeline.jobId };
  const inputTopics = [
    Topics.generationRequestedPriority.name,
    Topics.generationRequestedBulk.name,
    Topics.contentGenerated.name,
    Topics.qualityVerdictIssued.name,
    Topics.usageRecorded.name,
  ];
  let sent = 0;
  for (const topic of [Topics.catalogSkuUpserted.name, ...inputTopics]) {
    await producer.send(topic, [
      { key: `${tag}-garbage`, value: Buffer.from('\u0000\u0001 not avro, not json'), headers },
      { key: `${tag}-unknown-schema`, value: unknownSchema, headers },
    ]);
    sent += 2;
  }
  const huge = JSON.parse(
    readFileSync(join(ROOT, 'data', 'catalog', 'sample-200.jsonl'), 'utf8').split('\n')[0],
  );
  await producer.send(Topics.catalogSkuUpserted.name, [
    {
      key: `${tag}-huge`,
      value: Buffer.from(
        JSON.stringify({
          ...huge,
          sku_id: `${tag}-huge`,
          product_description: '这是一段很长的描述。'.repeat(20_000),
        }),
      ),
      headers,
    },
  ]);
  sent += 1;
  // Valid Avro, invalid domain data: a content set whose language is a valid symbol but whose attempt is impossible.
  const invalid: ContentGenerated = {
    eventId: derivedEventId('faults-invalid', tag),
    requestEventId: 'x',
    taskId: `${pipeline.jobId}:${tag}:en`,
    jobId: pipeline.jobId,
    skuId: `${tag}-invalid`,
    language: 'en',
    attempt: -7,
    maxAttempts: 3,
    promptVersion: 'v1',
    lane: 'bulk',
    source: {
      productName: '',
      productDescription: '',
      category: 'nonsense',
      brand: '',
      attributes: {},
      sourceHash: '',
    },
    derivedLanguages: [],
    masterVersionId: null,
    masterContent: null,
    content: {
      translatedDescription: '',
      seoTitle: '',
      metaDescription: '',
      h1: '',
      marketingCopyA: '',
      marketingCopyB: '',
      marketingCopyC: '',
      suggestedKeywords: [],
    },
    provider: 'x',
    model: 'x',
    usage: { promptTokens: -1, completionTokens: -1, reportedPriceAmount: null, reportedPriceCurrency: null },
    latencyMs: 0,
    generatedAt: Date.now(),
    traceparent: '',
  };
  await publisher.publish(Topics.contentGenerated, invalid, { key: invalid.skuId, headers });
  sent += 1;
  await producer.disconnect();
  return { sent, poisonedTopics: [Topics.catalogSkuUpserted.name, ...inputTopics] };
}

async function runScenario(
  scenario: Scenario,
  skus: number,
  basePort: number,
): Promise<{ lost: number; duplicated: number; note: string }> {
  const jobId = uniqueRunTag(`faults-${scenario}`);
  const latency =
    scenario === 'poison'
      ? ['--latency-median-ms', '5']
      : ['--latency-median-ms', '60', '--latency-p95-ms', '200'];
  const pipeline = new PipelineUnderTest(jobId, basePort, ['--seed', '9', ...latency], {
    LOG_LEVEL: 'error',
  });
  const skuPrefix = jobId.replace(/[^A-Za-z0-9]/g, '');
  const { lines, skuIds: expected } = sampleCatalog({ count: skus, skuIdFor: (id) => `${skuPrefix}-${id}` });
  await pipeline.start();
  let note = '';
  try {
    const started = Date.now();
    await pipeline.publishCatalogLines(lines);
    const underWay = () =>
      waitFor(
        async () =>
          Number(
            (
              await pipeline.query<{ n: string }>(
                'SELECT count(*) AS n FROM version_store.content_version WHERE job_id = $1',
                [jobId],
              )
            )[0].n,
          ),
        (n) => n > skus / 2,
        {
          timeoutMs: 120_000,
          description: 'the run to be under way',
        },
      );
    switch (scenario) {
      case 'poison': {
        const { sent, poisonedTopics } = await injectPoison(pipeline, pipeline.codec, skuPrefix);
        // Two poison messages per topic at least (several groups may consume one): wait for every topic's, since
        // the topics' consumers dead-letter at their own pace.
        const missingFrom = (received: readonly { sourceTopic: string }[]) =>
          poisonedTopics.filter(
            (topic) => received.filter((record) => record.sourceTopic === topic).length < 2,
          );
        const records = await waitFor(
          async () => pipeline.deadLettered,
          (received) => received.length >= sent && missingFrom(received).length === 0,
          { timeoutMs: 120_000, description: `${sent} dead letters from ${poisonedTopics.length} topics` },
        ).catch(() => pipeline.deadLettered);
        const withoutReason = records.filter((record) => !record.reason || !record.originalValue).length;
        const missing = missingFrom(records);
        note = `${sent} poison messages on ${poisonedTopics.length} topics, ${records.length} dead letters (one per consuming group), ${withoutReason} without reason or bytes`;
        if (missing.length > 0) note += ` — FAILED: no dead letters from ${missing.join(', ')}`;
        if (withoutReason > 0) note += ' — FAILED: dead letters without reason or bytes';
        break;
      }
      case 'kill-each':
        for (const name of PIPELINE_SERVICE_NAMES) {
          await sleep(1_500);
          await pipeline.service(name).kill();
          await sleep(1_000);
          await pipeline.service(name).start();
        }
        note = 'SIGKILL + restart: ' + PIPELINE_SERVICE_NAMES.join(', ');
        break;
      case 'kafka-restart':
      case 'kafka-outage': {
        await underWay();
        const down = await stopKafka();
        if (scenario === 'kafka-outage') await sleep(KAFKA_OUTAGE_MS);
        infraUp();
        note = `Kafka down ${((Date.now() - down) / 1000).toFixed(0)} s`;
        break;
      }
      case 'postgres-stop': {
        await underWay();
        process.kill(infraPid('postgres'), 'SIGINT');
        await sleep(30_000);
        infraUp();
        note = 'PostgreSQL stopped for 30 s';
        break;
      }
      case 'provider-outage': {
        await underWay();
        await fetch(`http://127.0.0.1:${pipeline.simulatorPort}/_sim/config`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ outageSeconds: 30 }),
        });
        note = 'simulator answered 5xx for 30 s';
        break;
      }
    }
    await settle(pipeline, expected.size * LANGUAGES.length, 8 * 60_000);
    const stillNotReady = await waitFor(
      () => pipeline.notReady(),
      (services) => services.length === 0,
      { timeoutMs: 60_000, description: 'every service ready again' },
    ).catch(() => pipeline.notReady());
    if (stillNotReady.length > 0)
      note += ` — FAILED: not ready after the fault: ${stillNotReady
        .map(({ name, answer }) => `${name} (${answer})`)
        .join('; ')}`;
    const result = await account(pipeline, expected);
    return {
      ...result,
      note: `${note}; ${((Date.now() - started) / 1000).toFixed(0)} s`,
    };
  } finally {
    await pipeline.stop();
  }
}

async function main(): Promise<void> {
  const scenarios = argument('scenario', ALL.join(',')).split(',') as Scenario[];
  const unknown = scenarios.filter((scenario) => !ALL.includes(scenario));
  if (unknown.length > 0)
    throw new Error(`unknown scenario ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);
  const skus = Number(argument('skus', '150'));
  let failed = false;
  for (const [index, scenario] of scenarios.entries()) {
    const { lost, duplicated, note } = await runScenario(scenario, skus, 5300 + index * 20);
    const ok = lost === 0 && duplicated === 0 && !note.includes('FAILED');
    failed ||= !ok;
    console.log(
      `${scenario.padEnd(16)} lost=${lost} duplicated=${duplicated}  ${ok ? 'ok' : 'FAILED'}  (${note})`,
    );
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: Error) => {
  console.error(`bench/faults failed: ${error.message}`);
  process.exit(1);
});
