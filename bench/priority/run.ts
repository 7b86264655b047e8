// Priority lane: while a bulk backlog saturates the LLM budget, new SKUs enter through the catalogue (priority
// lane). Prints p50/p95 of the time from publishing a new SKU to its five languages being stored, against the
// bulk lane's throughput over the same period. Runs the whole pipeline (PipelineUnderTest).
//
//   node -r @swc-node/register bench/priority/run.ts
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PipelineUnderTest, uniqueRunTag } from '@content-pipeline/testing';
import {
  createGroupAtEnd,
  publishRequests,
  responsesWithStatus,
  sampleSources,
  simStats,
  sleep,
} from '../rate-limit/generator-bench';

const BASE_PORT = 4500;
const RPM = 120;
const TPM = 200_000;
const BACKLOG = 400;
const NEW_SKUS = 12;
const NEW_SKU_INTERVAL_MS = 6_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const tag = uniqueRunTag('bench-prio');
  const groupId = `generator-${tag}`;
  const pipeline = new PipelineUnderTest(
    tag,
    BASE_PORT,
    ['--rpm', String(RPM), '--tpm', String(TPM), '--latency-median-ms', '1000', '--latency-p95-ms', '2500'],
    {
      GENERATOR_CONSUMER_GROUP: groupId,
      LLM_RATE_LIMITER_KEY: tag,
      LLM_RPM_LIMIT: String(RPM),
      LLM_TPM_LIMIT: String(TPM),
    },
  );
  await createGroupAtEnd(groupId);
  await pipeline.start();
  try {
    await publishRequests(tag, sampleSources(BACKLOG), 'bulk');
    console.log(`job ${tag}: ${BACKLOG} bulk requests queued; budget ${RPM} RPM / ${TPM} TPM`);
    await sleep(20_000);
    const catalogue = readFileSync(resolve(__dirname, '../../data/catalog/sample-200.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(100, 100 + NEW_SKUS);
    const publishedAt = new Map<string, number>();
    const bulkBefore = await bulkDone(pipeline);
    const measureFrom = Date.now();
    for (const [index, line] of catalogue.entries()) {
      const record = JSON.parse(line) as { sku_id: string };
      const skuId = `${tag}-NEW-${index}`;
      publishedAt.set(skuId, Date.now());
      await pipeline.publishCatalogLines([JSON.stringify({ ...record, sku_id: skuId })], 'priority');
      await sleep(NEW_SKU_INTERVAL_MS);
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
    const measuredSeconds = (Date.now() - measureFrom) / 1000;
    const bulkAfter = await bulkDone(pipeline);
    const times = [...doneAt].map(([sku, at]) => (at - (publishedAt.get(sku) ?? at)) / 1000);
    const stats = await simStats(pipeline.simulatorPort);
    console.log(`\npriority benchmark, job ${tag}`);
    console.log(`  budget:                         ${RPM} RPM / ${TPM} TPM, backlog ${BACKLOG} bulk tasks`);
    console.log(`  new SKUs with all 5 languages:  ${doneAt.size} of ${NEW_SKUS}`);
    if (times.length > 0) {
      console.log(
        `  time to five languages:         p50 ${percentile(times, 50).toFixed(1)} s, p95 ${percentile(times, 95).toFixed(1)} s, max ${Math.max(...times).toFixed(1)} s`,
      );
    }
    console.log(
      `  bulk tasks done meanwhile:      ${bulkAfter - bulkBefore} in ${measuredSeconds.toFixed(0)} s`,
    );
    console.log(
      `  simulator: worst 60 s ${stats.worst60s.requests} requests / ${stats.worst60s.tokens} tokens, 429s ${responsesWithStatus(stats, 429)}`,
    );
  } finally {
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
