// Global rate limit across a consumer group: three generator instances (one group, one shared budget in
// PostgreSQL) against the simulator enforcing the same budget, counted by the provider's own rule (OpenAI: prompt +
// max_tokens at admission, kept; Anthropic: input + output; Dify: billed usage). Prints what the simulator counted:
// every full 60-s window from the first saturated one to the last, and their average against the binding budget.
//
//   node -r @swc-node/register bench/rate-limit/run.ts [--provider dify|openai|anthropic] [--regime tokens|requests]
//   … --kill     # SIGKILL one instance after 50 s
import { Client } from 'pg';
import { defaultTokenAccounting } from '@content-pipeline/rate-limiting';
import { ServiceProcess, uniqueRunTag } from '@content-pipeline/testing';
import {
  completedTasks,
  createGroupAtEnd,
  generatorProcess,
  infra,
  publishRequests,
  responsesWithStatus,
  sampleSources,
  simStats,
  sleep,
  usageBetween,
} from './generator-bench';

const REGIMES = {
  // ~3,700 tokens per task (Dify) and more under OpenAI's admission charge: tokens bind.
  tokens: { rpm: 600, tpm: 400_000 },
  requests: { rpm: 100, tpm: 3_000_000 },
} as const;
const RUN_MS = 125_000;
/**
 * Tasks for a run with a kill: enough to keep the budget saturated for the whole run (a chat task takes two
 * requests; Anthropic's short answers make ~160 tasks a minute under the token budget), few enough to drain within
 * the 240 s after it.
 */
const KILL_BACKLOG = {
  tokens: { dify: 260, openai: 260, anthropic: 400 },
  requests: { dify: 260, openai: 150, anthropic: 150 },
} as const;
const WINDOW_S = 60;
const WINDOW_STEP_S = 5;
/** A window counts as saturated from this share of the binding budget. */
const SATURATED = 0.9;
const SIM_PORT = 4450;
const GENERATOR_PORTS = [4451, 4452, 4453];

async function main(): Promise<void> {
  const kill = process.argv.includes('--kill');
  const option = (name: string, fallback: string) => {
    const index = process.argv.indexOf(name);
    return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
  };
  const provider = option('--provider', 'dify') as 'dify' | 'openai' | 'anthropic';
  const regime = option('--regime', 'tokens') as keyof typeof REGIMES;
  if (!['dify', 'openai', 'anthropic'].includes(provider) || !(regime in REGIMES))
    throw new Error('usage: run.ts [--provider dify|openai|anthropic] [--regime tokens|requests] [--kill]');
  const { rpm: RPM, tpm: TPM } = REGIMES[regime];
  const rule = defaultTokenAccounting(provider);
  const tag = uniqueRunTag('bench-rl');
  const groupId = `generator-${tag}`;
  const backlog = kill ? KILL_BACKLOG[regime][provider] : 400;
  const simulator = new ServiceProcess('llm-simulator', SIM_PORT, {}, [
    '--port',
    String(SIM_PORT),
    '--rpm',
    String(RPM),
    '--tpm',
    String(TPM),
    '--latency-median-ms',
    '1000',
    '--latency-p95-ms',
    '2500',
  ]);
  const generators = GENERATOR_PORTS.map((port) =>
    generatorProcess(port, {
      DIFY_API_URL: `http://127.0.0.1:${SIM_PORT}`,
      OPENAI_BASE_URL: `http://127.0.0.1:${SIM_PORT}/v1`,
      ANTHROPIC_BASE_URL: `http://127.0.0.1:${SIM_PORT}`,
      LLM_PROVIDER: provider,
      GENERATOR_CONSUMER_GROUP: groupId,
      LLM_RATE_LIMITER_KEY: tag,
      LLM_RPM_LIMIT: String(RPM),
      LLM_TPM_LIMIT: String(TPM),
    }),
  );
  const db = new Client({ connectionString: infra.databaseUrl });
  await db.connect();
  try {
    await createGroupAtEnd(groupId);
    await simulator.start('/health');
    await Promise.all(generators.map((g) => g.start()));
    await publishRequests(tag, sampleSources(backlog), 'bulk');
    const started = Date.now();
    console.log(
      `job ${tag}: ${backlog} requests published; 3 generators on ${provider}, budget ${RPM} RPM / ${TPM} TPM, ` +
        `tokens counted by the rule ${rule}`,
    );
    let killedAt: number | undefined;
    while (Date.now() - started < RUN_MS) {
      await sleep(10_000);
      if (kill && killedAt === undefined && Date.now() - started >= 50_000) {
        await generators[1].kill();
        killedAt = Date.now();
        console.log(
          `  t=${Math.round((killedAt - started) / 1000)}s SIGKILL generator on port ${generators[1].port}`,
        );
      }
      const stats = await simStats(SIM_PORT);
      console.log(
        `  t=${Math.round((Date.now() - started) / 1000)}s completed=${await completedTasks(db, tag)} ` +
          `sim requests=${stats.totals.requests} tokens=${stats.totals.totalTokens}`,
      );
    }
    const steadyStats = await simStats(SIM_PORT);
    let drained = await completedTasks(db, tag);
    if (kill) {
      const deadline = Date.now() + 240_000;
      while (drained < backlog && Date.now() < deadline) {
        await sleep(5_000);
        drained = await completedTasks(db, tag);
      }
    }
    const stats = await simStats(SIM_PORT);
    const windows = fullWindows(steadyStats, Math.floor((started + RUN_MS) / 1000));
    const share = (w: { requests: number; tokens: number }) => Math.max(w.requests / RPM, w.tokens / TPM);
    const firstSaturated = windows.findIndex((w) => share(w) >= SATURATED);
    const lastSaturated = windows.length - 1 - [...windows].reverse().findIndex((w) => share(w) >= SATURATED);
    const saturated = firstSaturated < 0 ? [] : windows.slice(firstSaturated, lastSaturated + 1);
    const average = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
    const requestShare = average(saturated.map((w) => w.requests / RPM));
    const tokenShare = average(saturated.map((w) => w.tokens / TPM));
    const binding = tokenShare >= requestShare ? 'tokens' : 'requests';
    const over = windows.filter((w) => w.requests > RPM || w.tokens > TPM).length;
    console.log(`\nrate-limit benchmark${kill ? ' (one instance SIGKILLed mid-run)' : ''}, job ${tag}`);
    console.log(`  provider path, accounting:     ${provider}, ${rule}`);
    console.log(`  budget:                        ${RPM} requests/min, ${TPM} tokens/min (${regime} regime)`);
    console.log(`  full 60-s windows (every ${WINDOW_STEP_S} s, as the simulator counted; * = saturated):`);
    windows.forEach((w, index) => {
      const mark = index >= firstSaturated && index <= lastSaturated && firstSaturated >= 0 ? '*' : ' ';
      console.log(
        `   ${mark} +${String(w.startS).padStart(3)}s  ${String(w.requests).padStart(5)} requests  ${String(w.tokens).padStart(8)} tokens  ${(share(w) * 100).toFixed(1)}%`,
      );
    });
    console.log(
      `  worst 60-s window (simulator): ${stats.worst60s.requests} requests (≤ ${RPM}), ${stats.worst60s.tokens} tokens (≤ ${TPM})`,
    );
    console.log(
      `  saturated windows:             ${saturated.length}; average ${(Math.max(requestShare, tokenShare) * 100).toFixed(1)}% of the binding budget (${binding}; requests ${(requestShare * 100).toFixed(1)}%, tokens ${(tokenShare * 100).toFixed(1)}%)`,
    );
    console.log(`  windows over the budget:       ${over}`);
    console.log(`  429s received:                 ${responsesWithStatus(stats, 429)}`);
    console.log(
      `  tasks completed:               ${drained} of ${backlog}${kill ? ' (after draining)' : ` in ${RUN_MS / 1000} s`}`,
    );
  } finally {
    await Promise.all(generators.map((g) => g.stop()));
    await simulator.stop();
    await db.end();
  }
}

/** Every full 60-s window of the run, stepped by {@link WINDOW_STEP_S}, from the first second with traffic. */
function fullWindows(
  stats: Awaited<ReturnType<typeof simStats>>,
  endSecond: number,
): { startS: number; requests: number; tokens: number }[] {
  const first = stats.perSecond.find((b) => b.requests > 0)?.t ?? endSecond;
  const windows: { startS: number; requests: number; tokens: number }[] = [];
  for (let from = first; from + WINDOW_S <= endSecond; from += WINDOW_STEP_S) {
    windows.push({ startS: from - first, ...usageBetween(stats, from, from + WINDOW_S) });
  }
  return windows;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
