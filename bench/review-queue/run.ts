/**
 * How fast the review queue answers with 10,000 items waiting: seeds that many versions in human review (the
 * sample's shapes: issues of several rules and severities, five languages, attempts 3–4, scores 25–75) straight
 * into the version store's table, starts the version store, and times the console's calls — a filtered page sorted
 * by score deep in the queue, the unfiltered first page, and the counts per facet. Prints the median and p95 of 30
 * calls each, then removes what it seeded.
 *
 *   node -r @swc-node/register bench/review-queue/run.ts [--items 10000]
 */
import { Client } from 'pg';
import { migrateServices, ServiceProcess, testInfrastructure, uniqueRunTag } from '@content-pipeline/testing';

const itemsFlag = process.argv.indexOf('--items');
const ITEMS = itemsFlag === -1 ? 10_000 : Number(process.argv[itemsFlag + 1]);
const CALLS = 30;
const PORT = 5390;
const KEY = 'bench-viewer-key-0001';

const RULE_ISSUES = [
  '[{"rule":"seo_title_length","severity":"critical","field":"seo_title","span":null,"message":"m","suggestion":"s"}]',
  '[{"rule":"number_dropped","severity":"critical","field":"translated_description","span":"58","message":"m","suggestion":"s"},{"rule":"missing_cta","severity":"warning","field":"marketing_copy_b","span":null,"message":"m","suggestion":"s"}]',
  '[{"rule":"forbidden_word","severity":"critical","field":"marketing_copy_c","span":"best","message":"m","suggestion":"s"}]',
  '[{"rule":"duplicate_copy","severity":"warning","field":"marketing_copy_a","span":null,"message":"m","suggestion":"s"},{"rule":"brand_name","severity":"warning","field":"h1","span":null,"message":"m","suggestion":"s"},{"rule":"target_keyword_missing","severity":"warning","field":"seo_title","span":null,"message":"m","suggestion":"s"},{"rule":"h1_same_as_title","severity":"warning","field":"h1","span":null,"message":"m","suggestion":"s"}]',
];

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

async function time(path: string): Promise<string> {
  const durations: number[] = [];
  for (let call = 0; call < CALLS; call++) {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${PORT}${path}`, {
      headers: { authorization: `Bearer ${KEY}` },
    });
    await response.text();
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return `median ${percentile(durations, 0.5).toFixed(1)} ms, p95 ${percentile(durations, 0.95).toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const infra = testInfrastructure();
  const jobId = uniqueRunTag('bench-queue');
  migrateServices(['version-store'], infra.serviceEnv);
  const db = new Client({ connectionString: infra.databaseUrl });
  await db.connect();
  await db.query(
    `INSERT INTO version_store.content_version
       (version_id, source_event_id, sku_id, language, version_number, job_id, task_id, attempt, prompt_version,
        provider, model, source_hash, content, score, verdict, issues, prompt_tokens, completion_tokens, status, created_at)
     SELECT gen_random_uuid()::text, $1 || '-event-' || n, $1 || '-sku-' || n, (ARRAY['en','ja','es','de','fr'])[1 + n % 5],
            1, $1, $1 || ':sku-' || n || ':' || (ARRAY['en','ja','es','de','fr'])[1 + n % 5], 3 + n % 2, 'v1',
            'dify', 'bench', 'hash', '{"seoTitle":"t"}'::jsonb, 25 + (n * 7) % 51, 'human_review',
            ($2::jsonb[])[1 + n % 4], 0, 0, 'inactive', now() - make_interval(mins => n % 600)
       FROM generate_series(1, $3::int) AS n`,
    [jobId, RULE_ISSUES, ITEMS],
  );
  const versionStore = new ServiceProcess('version-store', PORT, {
    ...infra.serviceEnv,
    LOG_LEVEL: 'warn',
    API_KEYS: `${KEY}:viewer:bench`,
  });
  try {
    await versionStore.start();
    const waiting = await db.query<{ count: string }>(
      `SELECT count(*) FROM version_store.content_version WHERE verdict = 'human_review'`,
    );
    console.log(
      `review queue with ${ITEMS} seeded items (${waiting.rows[0].count} in review in this database), ${CALLS} calls each:`,
    );
    const job = encodeURIComponent(jobId);
    for (const [label, path] of [
      ['first page, oldest first       ', `/review-queue?limit=25`],
      [
        'job + critical, by score, deep',
        `/review-queue?jobId=${job}&severity=critical&sort=score&limit=25&offset=5000`,
      ],
      [
        'job + rule + language + age    ',
        `/review-queue?jobId=${job}&rule=number_dropped&language=ja&minAgeMinutes=60&limit=25`,
      ],
      ['counts per facet, whole queue  ', `/review-queue/counts`],
      ['counts per facet, one job      ', `/review-queue/counts?jobId=${job}`],
    ])
      console.log(`  ${label} ${await time(path)}`);
  } finally {
    await versionStore.stop();
    await db.query(`DELETE FROM version_store.content_version WHERE job_id = $1`, [jobId]);
    await db.end();
  }
}

void main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
