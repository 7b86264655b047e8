// Priority lane: while a bulk backlog saturates the LLM budget, new SKUs enter through the catalogue (priority
// lane). Prints p50/p95 of the time from publishing a new SKU to its five languages being stored, where that time
// went (stage by stage, from the services' own rows and the generators' metrics), the bulk lane's throughput and
// the provider-side count over the same period, and how loaded the machine was. Runs the whole pipeline
// (PipelineUnderTest) plus extra generator instances in the same consumer group and budget.
//
//   node -r @swc-node/register bench/priority/run.ts [--instances 3] [--new-sku-every-ms 6000]
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PipelineUnderTest, ServiceProcess, uniqueRunTag } from '@content-pipeline/testing';
import {
  createGroupAtEnd,
  generatorProcess,
  publishRequests,
  responsesWithStatus,
  sampleSources,
  simStats,
  sleep,
  usageBetween,
} from '../rate-limit/generator-bench';
import { PriorityTimeline, stageBreakdown } from './stage-breakdown';

const BASE_PORT = 4500;
/** Extra generator instances listen from here (the pipeline's own generator is BASE_PORT + 2). */
const EXTRA_GENERATOR_PORT = 4560;
const RPM = 120;
const TPM = 200_000;
const BACKLOG = 400;
const NEW_SKUS = 12;
/** A new SKU every 6 s: its five calls (~4,000 tokens each) take about all of the 200k-TPM budget. */
const NEW_SKU_INTERVAL_MS = 6_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function main(): Promise<void> {
  const instances = argument('--instances', 1);
  const newSkuEveryMs = argument('--new-sku-every-ms', NEW_SKU_INTERVAL_MS);
  if (!Number.isInteger(instances) || instances < 1 || !(newSkuEveryMs > 0))
    throw new Error('usage: run.ts [--instances N] [--new-sku-every-ms MS]');
  const tag = uniqueRunTag('bench-prio');
  const groupId = `generator-${tag}`;
  const generatorEnv = {
    GENERATOR_CONSUMER_GROUP: groupId,
    LLM_RATE_LIMITER_KEY: tag,
    LLM_RPM_LIMIT: String(RPM),
    LLM_TPM_LIMIT: String(TPM),
  };
  const pipeline = new PipelineUnderTest(
    tag,
    BASE_PORT,
    ['--rpm', String(RPM), '--tpm', String(TPM), '--latency-median-ms', '1000', '--latency-p95-ms', '2500'],
    generatorEnv,
  );
  const extraGenerators: ServiceProcess[] = Array.from({ length: instances - 1 }, (_, index) =>
    generatorProcess(EXTRA_GENERATOR_PORT + index, {
      ...generatorEnv,
      DIFY_API_URL: `http://127.0.0.1:${pipeline.simulatorPort}`,
    }),
  );
  const generatorPorts = [pipeline.service('generator').port, ...extraGenerators.map((g) => g.port)];
  await createGroupAtEnd(groupId);
  await pipeline.start();
  const load = new MachineLoad();
  try {
    await Promise.all(extraGenerators.map((generator) => generator.start()));
    await publishRequests(tag, sampleSources(BACKLOG), 'bulk');
    console.log(
      `job ${tag}: ${BACKLOG} bulk requests queued; budget ${RPM} RPM / ${TPM} TPM; ${instances} generator instance(s)`,
    );
    await sleep(20_000);
    const catalogue = readFileSync(resolve(__dirname, '../../data/catalog/sample-200.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(100, 100 + NEW_SKUS);
    const publishedAt = new Map<string, number>();
    const bulkBefore = await bulkDone(pipeline);
    const measureFrom = Date.now();
    load.start();
    for (const [index, line] of catalogue.entries()) {
      const record = JSON.parse(line) as { sku_id: string };
      const skuId = `${tag}-NEW-${index}`;
      publishedAt.set(skuId, Date.now());
      await pipeline.publishCatalogLines([JSON.stringify({ ...record, sku_id: skuId })], 'priority');
      await sleep(newSkuEveryMs);
    }
    const doneAt = new Map<string, number>();
    const deadline = Date.now() + 240_000;
    while (doneAt.size < NEW_SKUS && Date.now() < deadline) {
      const rows = await pipeline.query<{ sku_id: string; languages: number; last: Date }>(
        `SELECT sku_id, count(DISTINCT language)::int AS languages, max(created_at) AS last
           FROM version_store.content_version WHERE job_id = $1 AND sku_id LIKE $2 GROUP BY sku_id`,
        [tag, `${tag}-NEW-%`],
      );
      for (const row of rows)
        if (row.languages >= 5 && !doneAt.has(row.sku_id)) doneAt.set(row.sku_id, row.last.getTime());
      await sleep(1_000);
    }
    const measureTo = Date.now();
    const measuredSeconds = (measureTo - measureFrom) / 1000;
    const machine = load.stop();
    const bulkAfter = await bulkDone(pipeline);
    const times = [...doneAt].map(([sku, at]) => (at - (publishedAt.get(sku) ?? at)) / 1000);
    const stats = await simStats(pipeline.simulatorPort);
    const used = usageBetween(stats, Math.floor(measureFrom / 1000), Math.floor(measureTo / 1000));
    console.log(`\npriority benchmark, job ${tag}`);
    console.log(
      `  budget:                         ${RPM} RPM / ${TPM} TPM, backlog ${BACKLOG} bulk tasks, ${instances} generator instance(s), a new SKU every ${newSkuEveryMs / 1000} s`,
    );
    console.log(`  new SKUs with all 5 languages:  ${doneAt.size} of ${NEW_SKUS}`);
    if (times.length > 0) {
      console.log(
        `  time to five languages:         p50 ${percentile(times, 50).toFixed(1)} s, p95 ${percentile(times, 95).toFixed(1)} s, max ${Math.max(...times).toFixed(1)} s`,
      );
    }
    const timelines = await priorityTimelines(pipeline, tag, publishedAt);
    console.log('  where a new SKU\'s time went (per SKU; "derived" = the derived language stored last):');
    for (const stage of stageBreakdown(timelines)) {
      console.log(
        `    ${stage.name.padEnd(52)} p50 ${stage.p50.toFixed(1).padStart(5)} s  p95 ${stage.p95.toFixed(1).padStart(5)} s`,
      );
    }
    const regenerated = timelines.filter((t) => t.attempts.length > t.languages).length;
    console.log(
      `    SKUs with a regeneration on the way:                ${regenerated} of ${timelines.length}`,
    );
    for (const lane of ['priority', 'bulk'] as const) {
      const wait = await admissionWait(generatorPorts, lane);
      if (wait.count > 0)
        console.log(
          `  admission wait, ${lane.padEnd(8)} lane:     mean ${wait.meanSeconds.toFixed(2)} s over ${wait.count} calls; ` +
            `p50 ≤ ${wait.p50Bound} s, p95 ≤ ${wait.p95Bound} s (histogram buckets, whole run)`,
        );
    }
    console.log(
      `  bulk tasks done meanwhile:      ${bulkAfter - bulkBefore} in ${measuredSeconds.toFixed(0)} s ` +
        `(${((bulkAfter - bulkBefore) / measuredSeconds).toFixed(2)} tasks/s)`,
    );
    console.log(
      `  provider count meanwhile:       ${used.requests} requests in ${measuredSeconds.toFixed(0)} s = ` +
        `${((used.requests / measuredSeconds) * 60).toFixed(1)} per minute (${((used.requests / measuredSeconds / (RPM / 60)) * 100).toFixed(1)} % of ${RPM} RPM)`,
    );
    console.log(
      `  simulator: worst 60 s ${stats.worst60s.requests} requests / ${stats.worst60s.tokens} tokens, 429s ${responsesWithStatus(stats, 429)}`,
    );
    console.log(
      `  machine during the measurement: CPU busy ${machine.cpuBusyPercent.toFixed(0)} % of ${cpus().length} cores, ` +
        `load average ${machine.loadAverage.toFixed(2)}, this process's event-loop lag p99 ${machine.lagP99Ms.toFixed(0)} ms`,
    );
  } finally {
    await Promise.all(extraGenerators.map((generator) => generator.stop()));
    await pipeline.stop();
  }
}

async function bulkDone(pipeline: PipelineUnderTest): Promise<number> {
  const rows = await pipeline.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM generator.generation_attempt WHERE job_id = $1 AND sku_id NOT LIKE $2`,
    [pipeline.jobId, `${pipeline.jobId}-NEW-%`],
  );
  return rows[0].n;
}

/**
 * Each new SKU's path through the services, from their own rows: the ingester's snapshot, every generation attempt
 * (stored when generated; `latency_ms` runs from the handler asking for admission to the answer), the gate's checks
 * and the stored versions.
 */
async function priorityTimelines(
  pipeline: PipelineUnderTest,
  tag: string,
  publishedAt: Map<string, number>,
): Promise<PriorityTimeline[]> {
  const pattern = `${tag}-NEW-%`;
  const [snapshots, attempts, checks, versions] = await Promise.all([
    pipeline.query<{ sku_id: string; at: Date }>(
      `SELECT sku_id, updated_at AS at FROM ingester.sku_snapshot WHERE sku_id LIKE $1`,
      [pattern],
    ),
    pipeline.query<{ sku_id: string; language: string; attempt: number; at: Date; latency_ms: number }>(
      `SELECT sku_id, language, attempt, created_at AS at, latency_ms FROM generator.generation_attempt
        WHERE job_id = $1 AND sku_id LIKE $2`,
      [tag, pattern],
    ),
    pipeline.query<{ sku_id: string; language: string; attempt: number; at: Date; verdict: string }>(
      `SELECT sku_id, language, attempt, checked_at AS at, verdict FROM quality_gate.quality_check
        WHERE job_id = $1 AND sku_id LIKE $2`,
      [tag, pattern],
    ),
    pipeline.query<{ sku_id: string; language: string; at: Date }>(
      `SELECT sku_id, language, min(created_at) AS at FROM version_store.content_version
        WHERE job_id = $1 AND sku_id LIKE $2 GROUP BY sku_id, language`,
      [tag, pattern],
    ),
  ]);
  return [...publishedAt].map(([skuId, published]) => ({
    skuId,
    publishedAt: published,
    ingestedAt: snapshots.find((s) => s.sku_id === skuId)?.at.getTime(),
    attempts: attempts
      .filter((a) => a.sku_id === skuId)
      .map((a) => ({
        language: a.language,
        attempt: a.attempt,
        storedAt: a.at.getTime(),
        latencyMs: a.latency_ms,
      })),
    checks: checks
      .filter((c) => c.sku_id === skuId)
      .map((c) => ({ language: c.language, attempt: c.attempt, at: c.at.getTime(), verdict: c.verdict })),
    versions: versions
      .filter((v) => v.sku_id === skuId)
      .map((v) => ({ language: v.language, at: v.at.getTime() })),
    languages: versions.filter((v) => v.sku_id === skuId).length,
  }));
}

/** One lane's admission wait summed over the generators' histograms (mean exact, quantiles to a bucket bound). */
async function admissionWait(
  ports: number[],
  lane: 'priority' | 'bulk',
): Promise<{ count: number; meanSeconds: number; p50Bound: string; p95Bound: string }> {
  const name = 'content_pipeline_rate_limiter_wait_seconds';
  const buckets = new Map<string, number>();
  let sum = 0;
  let count = 0;
  for (const port of ports) {
    const body = await fetch(`http://127.0.0.1:${port}/metrics`)
      .then((response) => response.text())
      .catch(() => '');
    for (const line of body.split('\n')) {
      if (!line.startsWith(name) || !line.includes(`lane="${lane}"`)) continue;
      const value = Number(line.split(' ').pop());
      if (line.startsWith(`${name}_bucket`)) {
        const le = /le="([^"]+)"/.exec(line)?.[1] ?? '+Inf';
        buckets.set(le, (buckets.get(le) ?? 0) + value);
      } else if (line.startsWith(`${name}_sum`)) sum += value;
      else if (line.startsWith(`${name}_count`)) count += value;
    }
  }
  const bound = (q: number) => [...buckets].find(([, cumulative]) => cumulative >= q * count)?.[0] ?? '+Inf';
  return { count, meanSeconds: count > 0 ? sum / count : 0, p50Bound: bound(0.5), p95Bound: bound(0.95) };
}

/** CPU busy share of the whole machine (from /proc/stat) and this process's event-loop lag while measuring. */
class MachineLoad {
  private readonly lag = monitorEventLoopDelay({ resolution: 20 });
  private cpuFrom = readCpu();
  private loads: number[] = [];
  private timer?: NodeJS.Timeout;

  start(): void {
    this.cpuFrom = readCpu();
    this.lag.enable();
    this.timer = setInterval(() => this.loads.push(loadavg()[0]), 5_000);
  }

  stop(): { cpuBusyPercent: number; loadAverage: number; lagP99Ms: number } {
    clearInterval(this.timer);
    this.lag.disable();
    const to = readCpu();
    const total = to.total - this.cpuFrom.total;
    return {
      cpuBusyPercent: total > 0 ? ((to.busy - this.cpuFrom.busy) / total) * 100 : 0,
      loadAverage: this.loads.length > 0 ? this.loads.reduce((a, b) => a + b, 0) / this.loads.length : 0,
      lagP99Ms: this.lag.percentile(99) / 1e6,
    };
  }
}

function readCpu(): { busy: number; total: number } {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3] + (fields[4] ?? 0);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return { busy: 0, total: 0 };
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
