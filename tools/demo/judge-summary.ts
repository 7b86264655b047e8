/**
 * The demo's quality step, after the job has drained: draws a spot-check sample and a judge sample of what the job
 * published (through the version store's API, like an operator), waits for the LLM judge, then prints the judge's
 * figures — judged, accuracy against its target, tokens and cost (priced by the cost meter) — and what judging
 * would cost per 1,000 SKUs.
 *
 *   node -r @swc-node/register tools/demo/judge-summary.ts --job JOB_ID --version-store http://127.0.0.1:3005 \
 *     --key API_KEY [--rate 0.25] [--seed 1] [--timeout-s 300]
 */
import { Client } from 'pg';
import { z } from 'zod';
import { loadConfig } from '@content-pipeline/config';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function post(url: string, key: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

async function get(url: string, key: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

const percent = (value: unknown) => (typeof value === 'number' ? `${(value * 100).toFixed(1)} %` : 'n/a');

async function main(): Promise<void> {
  const jobId = argument('job');
  const base = argument('version-store');
  const key = argument('key');
  if (!jobId || !base || !key) throw new Error('--job, --version-store and --key are required');
  const rate = Number(argument('rate') ?? 0.25);
  const seed = Number(argument('seed') ?? 1);
  const timeoutMs = Number(argument('timeout-s') ?? 300) * 1_000;
  const env = loadConfig(
    z.object({ DATABASE_URL: z.string().default('postgres://pipeline:pipeline@127.0.0.1:15432/pipeline') }),
  );

  const db = new Client({ connectionString: env.DATABASE_URL });
  await db.connect();
  try {
    // A replay of an unchanged catalogue publishes nothing: there is nothing to sample, and that is not a failure.
    const published = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM version_store.content_version WHERE job_id = $1 AND status = 'active'`,
      [jobId],
    );
    if (Number(published.rows[0].n) === 0) {
      console.log(
        `Quality of ${jobId}: nothing published by this job, so no spot-check or judge sample to draw.`,
      );
      return;
    }
    const spot = await post(`${base}/spot-check-samples`, key, { jobId, seed });
    const sample = await post(`${base}/judge-samples`, key, { jobId, seed, rate });
    const size = Number(sample['size']);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await db.query<{ n: string }>(
        'SELECT count(*) AS n FROM version_store.judgement WHERE sample_id = $1',
        [sample['sampleId']],
      );
      const done = Number(rows[0].n);
      if (done >= size) break;
      if (Date.now() > deadline)
        throw new Error(`only ${done} of ${size} versions judged after ${timeoutMs / 1000} s`);
      process.stderr.write(`\r[demo] judging: ${done}/${size}   `);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    process.stderr.write('\n');
    // The cost meter prices each judge call from its usage event; give it a moment to catch up.
    let cost: { calls: string; prompt: string; completion: string; usd: string };
    for (let tries = 0; ; tries++) {
      const { rows } = await db.query<{ calls: string; prompt: string; completion: string; usd: string }>(
        `SELECT count(*) AS calls, coalesce(sum(prompt_tokens), 0) AS prompt,
                coalesce(sum(completion_tokens), 0) AS completion, coalesce(sum(cost_usd), 0) AS usd
           FROM cost_meter.token_ledger WHERE job_id = $1 AND task_id LIKE 'judge:%'`,
        [jobId],
      );
      cost = rows[0];
      if (Number(cost.calls) >= size || tries >= 30) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    const report = await get(`${base}/jobs/${encodeURIComponent(jobId)}/judge-report`, key);
    const wilson = report['wilson95'] as { lower: number; upper: number } | null;
    const calls = Number(cost.calls);
    const perVersion = calls > 0 ? Number(cost.usd) / calls : 0;
    const tokensPerVersion = calls > 0 ? (Number(cost.prompt) + Number(cost.completion)) / calls : 0;
    console.log(
      [
        `Quality of ${jobId}`,
        '',
        `  spot-check sample: ${String(spot['size'])} of ${String(spot['population'])} published versions (sample ${String(spot['sampleId'])}; check them in the console)`,
        `  judge sample:      ${size} of ${String(sample['population'])} published versions (rate ${rate}, seed ${seed})`,
        `  judged:            ${String(report['judged'])} (${String(report['failed'])} judge failures)`,
        `  accuracy:          ${percent(report['accuracy'])}${wilson ? ` (95 % ${percent(wilson.lower)}–${percent(wilson.upper)})` : ''}, target ${percent(report['target'])}${report['belowTarget'] ? ' — BELOW TARGET' : ''}`,
        `  mean MQM score:    ${String(report['meanQualityScore'])}`,
        `  judge tokens:      ${cost.prompt} prompt + ${cost.completion} completion in ${calls} calls (${tokensPerVersion.toFixed(0)} a version)`,
        `  judge cost:        $${Number(cost.usd).toFixed(4)} ($${(perVersion * 5_000).toFixed(2)} per 1,000 SKUs with all five languages judged)`,
        `  report:            GET ${base}/jobs/${jobId}/judge-report`,
      ].join('\n'),
    );
  } finally {
    await db.end();
  }
}

main().catch((error: Error) => {
  console.error(`judge summary failed: ${error.message}`);
  process.exit(1);
});
