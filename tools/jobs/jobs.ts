/**
 * Jobs from the command line, through the job service's API.
 *
 *   npm run jobs -- create --file F.jsonl|F.csv [--languages en,ja,…] [--lane bulk|priority] [--budget-usd 50]
 *                          [--prompt-version v1] [--job JOB_ID] [--follow]
 *   npm run jobs -- progress JOB_ID [--once]     live progress bar (Server-Sent Events) until the job completes
 *   npm run jobs -- cost JOB_ID                  tokens and cost by language, model, attempt
 *   npm run jobs -- budget JOB_ID --usd 80       new budget cap (--usd none removes it)
 *   npm run jobs -- resume JOB_ID                admit a paused job again, re-queue failed tasks
 *   npm run jobs -- list
 *   npm run jobs -- estimate --file F.jsonl [--prompt-version v2] [--path dify|chat] [--languages en,ja,…]
 *                          [--sample 300] [--completion-per-task N] [--regeneration-rate 0.005] [--job JOB_ID]
 *                            tokens, cost per lane and model with and without the prompt cache, wall time at
 *                            LLM_TPM_LIMIT / LLM_RPM_LIMIT — offline, nothing is sent (JSONL only); with --job, the
 *                            job's real tokens and cost (job service) next to the estimate
 *
 * JOB_SERVICE_URL (default http://127.0.0.1:3007) and JOBS_API_KEY (an API_KEYS key of the job service).
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { loadJobsCliConfig } from '@content-pipeline/config';
import {
  ALL_LANGUAGES,
  estimateFile,
  MEASURED_DEFAULTS,
  readEstimateRecords,
  renderEstimate,
} from './estimate';
import { ProgressView, renderProgressLine, splitServerSentEvents } from './progress-bar';

interface Api {
  baseUrl: string;
  apiKey?: string;
}

class UsageError extends Error {}

function flag(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index < 0) return undefined;
  const value = argv[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

async function call(
  api: Api,
  method: string,
  path: string,
  body?: string,
  contentType?: string,
): Promise<unknown> {
  const response = await fetch(`${api.baseUrl}${path}`, {
    method,
    headers: {
      ...(api.apiKey ? { authorization: `Bearer ${api.apiKey}` } : {}),
      ...(contentType ? { 'content-type': contentType } : {}),
    },
    body,
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  if (!response.ok) {
    const message = (parsed as { message?: unknown })?.message ?? text;
    throw new Error(
      `HTTP ${response.status}: ${Array.isArray(message) ? message.join('; ') : String(message)}`,
    );
  }
  return parsed;
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

async function create(api: Api, argv: string[]): Promise<void> {
  const file = flag(argv, '--file');
  if (!file) throw new UsageError('create needs --file F (JSON lines or CSV)');
  const query = new URLSearchParams();
  const options: [string, string][] = [
    ['--languages', 'languages'],
    ['--lane', 'lane'],
    ['--budget-usd', 'budget_usd'],
    ['--prompt-version', 'prompt_version'],
    ['--job', 'job_id'],
  ];
  for (const [name, parameter] of options) {
    const value = flag(argv, name);
    if (value !== undefined) query.set(parameter, value);
  }
  query.set('source_name', basename(file));
  const csv = extname(file).toLowerCase() === '.csv';
  const created = (await call(
    api,
    'POST',
    `/api/batch?${query}`,
    readFileSync(file, 'utf8'),
    csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
  )) as { job_id: string };
  print(created);
  if (argv.includes('--follow')) await follow(api, created.job_id);
}

async function follow(api: Api, jobId: string): Promise<void> {
  const response = await fetch(`${api.baseUrl}/api/batch/${encodeURIComponent(jobId)}/progress/stream`, {
    headers: api.apiKey ? { authorization: `Bearer ${api.apiKey}` } : {},
  });
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  const interactive = process.stderr.isTTY;
  const decoder = new TextDecoder();
  let buffer = '';
  let last: ProgressView | undefined;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    const { events, rest } = splitServerSentEvents(buffer);
    buffer = rest;
    for (const { event, data } of events) {
      if (event === 'progress') {
        last = JSON.parse(data) as ProgressView;
        const line = renderProgressLine(last);
        process.stderr.write(interactive ? `\r\x1b[2K${line}` : `${line}\n`);
      } else if (event === 'error') throw new Error(`progress stream failed: ${data}`);
    }
  }
  if (interactive) process.stderr.write('\n');
  if (last) print(last);
}

async function estimate(config: ReturnType<typeof loadJobsCliConfig>, argv: string[]): Promise<void> {
  const file = flag(argv, '--file');
  if (!file) throw new UsageError('estimate needs --file F.jsonl');
  const promptVersion = flag(argv, '--prompt-version') ?? config.promptVersion;
  const measured = MEASURED_DEFAULTS[promptVersion];
  if (!measured)
    throw new UsageError(`--prompt-version must be one of ${Object.keys(MEASURED_DEFAULTS).join(', ')}`);
  const path = flag(argv, '--path') ?? (config.provider === 'dify' ? 'dify' : 'chat');
  if (path !== 'dify' && path !== 'chat') throw new UsageError('--path must be dify or chat');
  const languages = (flag(argv, '--languages')?.split(',') ?? [...ALL_LANGUAGES]).map((l) => l.trim());
  const unknown = languages.filter((l) => !(ALL_LANGUAGES as readonly string[]).includes(l));
  if (unknown.length > 0) throw new UsageError(`unknown language ${unknown.join(', ')}`);
  const number = (name: string, fallback: number) => {
    const value = flag(argv, name);
    const parsed = value === undefined ? fallback : Number(value);
    if (!Number.isFinite(parsed) || parsed < 0) throw new UsageError(`${name} must be a number ≥ 0`);
    return parsed;
  };
  const records = readEstimateRecords(readFileSync(file, 'utf8'));
  if (records.length === 0) throw new UsageError(`${file} has no SKU lines`);
  const result = estimateFile(records, {
    promptVersion,
    path,
    languages: languages as typeof ALL_LANGUAGES,
    sampleSize: number('--sample', 300),
    completionPerTask: number('--completion-per-task', measured.completionPerTask),
    regenerationRate: number('--regeneration-rate', measured.regenerationRate),
    ...config.rateBudget,
  });
  console.log(renderEstimate(result));
  const job = flag(argv, '--job');
  if (job) {
    const api: Api = { baseUrl: config.jobServiceUrl, apiKey: config.apiKey };
    const real = (await call(api, 'GET', `/api/batch/${encodeURIComponent(job)}/cost`)) as {
      total: { calls: number; prompt_tokens: number; completion_tokens: number; cost_usd: number };
      by_model: Record<string, { cost_usd: number }>;
      price_tables: string[];
    };
    const tokens = real.total.prompt_tokens + real.total.completion_tokens;
    const estimated = result.tokens.promptTokens + result.tokens.completionTokens;
    console.log(
      [
        '',
        `  job ${job}, as metered: prompt ${real.total.prompt_tokens.toLocaleString('en-US')} + completion ${real.total.completion_tokens.toLocaleString('en-US')} = ${tokens.toLocaleString('en-US')} tokens (estimate ${estimated.toLocaleString('en-US')}, ${((100 * tokens) / Math.max(1, estimated)).toFixed(1)} % of it)`,
        `  cost $${real.total.cost_usd.toFixed(6)} (${Object.keys(real.by_model).join(', ')}; price tables ${real.price_tables.join(', ')})`,
      ].join('\n'),
    );
  }
}

async function main(): Promise<void> {
  const config = loadJobsCliConfig();
  const api: Api = { baseUrl: config.jobServiceUrl, apiKey: config.apiKey };
  const [command, ...argv] = process.argv.slice(2);
  const jobId = () => {
    const id = argv[0];
    if (!id || id.startsWith('--')) throw new UsageError(`${command} needs a JOB_ID`);
    return encodeURIComponent(id);
  };
  switch (command) {
    case 'create':
      return create(api, argv);
    case 'progress':
      if (argv.includes('--once')) return print(await call(api, 'GET', `/api/batch/${jobId()}/progress`));
      return follow(api, decodeURIComponent(jobId()));
    case 'cost':
      return print(await call(api, 'GET', `/api/batch/${jobId()}/cost`));
    case 'budget': {
      const usd = flag(argv, '--usd');
      if (usd === undefined) throw new UsageError('budget needs --usd AMOUNT (or --usd none)');
      const budgetUsd = usd === 'none' ? null : Number(usd);
      if (budgetUsd !== null && !(budgetUsd > 0))
        throw new UsageError('--usd must be a positive amount, or none');
      return print(
        await call(api, 'PATCH', `/api/batch/${jobId()}`, JSON.stringify({ budgetUsd }), 'application/json'),
      );
    }
    case 'resume':
      return print(await call(api, 'POST', `/api/batch/${jobId()}/resume`));
    case 'list':
      return print(await call(api, 'GET', '/api/batch'));
    case 'estimate':
      return estimate(config, argv);
    default:
      throw new UsageError(`Unknown command ${command ?? '(none)'}`);
  }
}

main().catch((error: Error) => {
  console.error(
    error instanceof UsageError
      ? `${error.message}\nUsage: see the header of tools/jobs/jobs.ts`
      : error.message,
  );
  process.exit(error instanceof UsageError ? 2 : 1);
});
