/**
 * How long drawing a spot-check sample takes from a job with 120,000 published versions: seeds that many active
 * versions (five languages, eight categories, attempts 1–3) straight into the version store's table, starts the
 * version store, and times POST /spot-check-samples — a 5 % rate and a count of 20 per stratum, each drawn
 * several times from different seeds — and, for comparison, the query that reads the population alone. Prints the
 * median and p95, then removes what it seeded.
 *
 *   node -r @swc-node/register bench/spot-check/run.ts [--versions 120000] [--draws 5]
 */
import { Client } from 'pg';
import { migrateServices, ServiceProcess, testInfrastructure, uniqueRunTag } from '@content-pipeline/testing';

const flag = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const VERSIONS = flag('--versions', 120_000);
const DRAWS = flag('--draws', 5);
const PORT = 5391;
const KEY = 'bench-operator-key-0001';
const CATEGORIES = [
  'consumer_electronics',
  'kitchen',
  'toys',
  'beauty',
  'sports',
  'home_textiles',
  'pet_supplies',
  'office',
];

function summary(durations: number[]): string {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
  return `median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms`;
}

async function main(): Promise<void> {
  const infra = testInfrastructure();
  const jobId = uniqueRunTag('bench-spot');
  migrateServices(['version-store'], infra.serviceEnv);
  const db = new Client({ connectionString: infra.databaseUrl });
  await db.connect();
  const seeding = performance.now();
  await db.query(
    `INSERT INTO version_store.content_version
       (version_id, source_event_id, sku_id, language, version_number, job_id, task_id, attempt, prompt_version,
        provider, model, source_hash, source, content, score, verdict, issues, prompt_tokens, completion_tokens, status)
     SELECT gen_random_uuid()::text, $1 || '-event-' || n, $1 || '-sku-' || n, (ARRAY['en','ja','es','de','fr'])[1 + n % 5],
            1, $1, $1 || ':sku-' || n || ':' || (ARRAY['en','ja','es','de','fr'])[1 + n % 5], 1 + (n / 7) % 3, 'v1',
            'dify', 'bench', 'hash',
            jsonb_build_object('productName', 'p', 'productDescription', 'd', 'category', ($2::text[])[1 + (n / 5) % 8],
                               'brand', 'b', 'attributes', '{}'::jsonb, 'sourceHash', 'hash'),
            '{"seoTitle":"t"}'::jsonb, 90, 'pass', '[]'::jsonb, 0, 0, 'active'
       FROM generate_series(1, $3::int) AS n`,
    [jobId, CATEGORIES, VERSIONS],
  );
  console.log(
    `seeded ${VERSIONS} published versions in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );
  const versionStore = new ServiceProcess('version-store', PORT, {
    ...infra.serviceEnv,
    LOG_LEVEL: 'warn',
    API_KEYS: `${KEY}:operator:bench`,
  });
  try {
    await versionStore.start();
    for (const [label, plan] of [
      ['rate 5 % per stratum ', { rate: 0.05 }],
      ['count 20 per stratum ', { count: 20 }],
    ] as const) {
      const durations: number[] = [];
      let size = 0;
      for (let draw = 0; draw < DRAWS; draw++) {
        const started = performance.now();
        const response = await fetch(`http://127.0.0.1:${PORT}/spot-check-samples`, {
          method: 'POST',
          headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
          body: JSON.stringify({ jobId, seed: 1000 + draw, ...plan }),
        });
        const body = (await response.json()) as { size: number };
        if (response.status !== 201)
          throw new Error(`draw answered ${response.status}: ${JSON.stringify(body)}`);
        durations.push(performance.now() - started);
        size = body.size;
      }
      console.log(
        `  POST /spot-check-samples, ${label} (${size} of ${VERSIONS}, 40 strata): ${summary(durations)} over ${DRAWS} draws`,
      );
    }
    const durations: number[] = [];
    for (let read = 0; read < DRAWS; read++) {
      const started = performance.now();
      await db.query(
        `SELECT version_id, language, coalesce(source->>'category', 'unknown') AS category, attempt, verdict, score
           FROM version_store.content_version WHERE job_id = $1 AND status = 'active'`,
        [jobId],
      );
      durations.push(performance.now() - started);
    }
    console.log(`  the population query alone (${VERSIONS} rows to the client): ${summary(durations)}`);
  } finally {
    await versionStore.stop();
    await db.query(
      `DELETE FROM version_store.spot_check_item WHERE sample_id IN
         (SELECT sample_id FROM version_store.spot_check_sample WHERE job_id = $1)`,
      [jobId],
    );
    await db.query(`DELETE FROM version_store.spot_check_sample WHERE job_id = $1`, [jobId]);
    await db.query(`DELETE FROM version_store.content_version WHERE job_id = $1`, [jobId]);
    await db.end();
  }
}

void main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
