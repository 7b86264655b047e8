// Global rate limit across a consumer group: three generator instances (one group, one shared budget in
// PostgreSQL) against the simulator enforcing the same budget, counted by the provider's own rule (OpenAI: prompt +
// max_tokens at admission, kept; Anthropic: input + output; Dify: billed usage). Prints what the simulator counted:
// every full 60-s window from the first saturated one to the last, and their average against the binding budget.
//
//   node -r @swc-node/register bench/rate-limit/run.ts [--provider dify|openai|anthropic] [--regime tokens|requests]
//   … --provider anthropic --regime io   # Anthropic's separate limits: 400,000 input / 80,000 output tokens a minute
//   … --kill     # SIGKILL one instance after 50 s
//   … --limiter token_bucket   # the simulator enforces the limits as a token bucket (Anthropic's documented
//                              # algorithm) instead of its default, stricter sliding 60-s window
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

const REGIMES: Record<string, { rpm: number; tpm: number; itpm?: number; otpm?: number }> = {
  // ~3,700 tokens per task (Dify) and more under OpenAI's admission charge: tokens bind.
  tokens: { rpm: 600, tpm: 400_000 },
  requests: { rpm: 100, tpm: 3_000_000 },
  // Anthropic only: its input and output tokens per minute, limited apart (issue 24's emulator); requests do not bind.
  io: { rpm: 4_000, tpm: 0, itpm: 400_000, otpm: 80_000 },
};
const RUN_MS = 125_000;
/**
 * Tasks for a run with a kill: enough to keep the budget saturated for the whole run (a chat task takes two
 * requests; Anthropic's short answers make ~160 tasks a minute under the token budget, and OpenAI's ~145 since
 * max_tokens is sized at the head of the queue: 260 ran out at 120 s), few enough to drain within the 240 s after it.
 */
const KILL_BACKLOG: Record<string, Record<'dify' | 'openai' | 'anthropic', number>> = {
  tokens: { dify: 260, openai: 400, anthropic: 480 },
  requests: { dify: 260, openai: 150, anthropic: 150 },
  io: { dify: 0, openai: 0, anthropic: 480 },
};
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
  if (
    !['dify', 'openai', 'anthropic'].includes(provider) ||
    !(regime in REGIMES) ||
    (regime === 'io' && provider !== 'anthropic')
  )
    throw new Error(
      'usage: run.ts [--provider dify|openai|anthropic] [--regime tokens|requests|io (anthropic)] [--kill]',
    );
  const limiter = option('--limiter', 'sliding_window');
  if (!['sliding_window', 'token_bucket'].includes(limiter))
    throw new Error('--limiter must be sliding_window or token_bucket');
  const { rpm: RPM, tpm: TPM, itpm: ITPM, otpm: OTPM } = REGIMES[regime];
  const apart = ITPM !== undefined && OTPM !== undefined;
  const rule = defaultTokenAccounting(provider);
  const tag = uniqueRunTag('bench-rl');
  const groupId = `generator-${tag}`;
  const backlog = kill ? KILL_BACKLOG[regime][provider] : apart ? 560 : 400;
  const simulator = new ServiceProcess('llm-simulator', SIM_PORT, {}, [
    '--port',
    String(SIM_PORT),
    '--rpm',
    String(RPM),
    '--tpm',
    String(TPM),
    ...(apart ? ['--itpm', String(ITPM), '--otpm', String(OTPM)] : []),
    '--limiter',
    limiter,
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
      ...(apart
        ? { LLM_INPUT_TPM_LIMIT: String(ITPM), LLM_OUTPUT_TPM_LIMIT: String(OTPM) }
        : { LLM_TPM_LIMIT: String(TPM) }),
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
    const budgetText = apart ? `${RPM} RPM / ${ITPM} ITPM / ${OTPM} OTPM` : `${RPM} RPM / ${TPM} TPM`;
    console.log(
      `job ${tag}: ${backlog} requests published; 3 generators on ${provider}, budget ${budgetText}, ` +
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
    // Each dimension's share of its budget; the binding one is the largest.
    const shares = (w: Window): Record<string, number> =>
      apart
        ? { requests: w.requests / RPM, input: w.inputTokens / ITPM!, output: w.outputTokens / OTPM! }
        : { requests: w.requests / RPM, tokens: w.tokens / TPM };
    const share = (w: Window) => Math.max(...Object.values(shares(w)));
    const firstSaturated = windows.findIndex((w) => share(w) >= SATURATED);
    const lastSaturated = windows.length - 1 - [...windows].reverse().findIndex((w) => share(w) >= SATURATED);
    const saturated = firstSaturated < 0 ? [] : windows.slice(firstSaturated, lastSaturated + 1);
    const average = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
    const dimensions = Object.keys(
      shares(windows[0] ?? { startS: 0, requests: 0, tokens: 0, inputTokens: 0, outputTokens: 0 }),
    );
    const averageShare = Object.fromEntries(
      dimensions.map((d) => [d, average(saturated.map((w) => shares(w)[d]))]),
    );
    const binding = dimensions.reduce((best, d) => (averageShare[d] > averageShare[best] ? d : best));
    const bindingAverage = averageShare[binding] ?? 0;
    const over = windows.filter((w) => share(w) > 1).length;
    console.log(`\nrate-limit benchmark${kill ? ' (one instance SIGKILLed mid-run)' : ''}, job ${tag}`);
    console.log(`  provider path, accounting:     ${provider}, ${rule}`);
    console.log(`  budget:                        ${budgetText} (${regime} regime)`);
    console.log(`  provider's limiter:            ${limiter.replace('_', ' ')}`);
    console.log(`  full 60-s windows (every ${WINDOW_STEP_S} s, as the simulator counted; * = saturated):`);
    windows.forEach((w, index) => {
      const mark = index >= firstSaturated && index <= lastSaturated && firstSaturated >= 0 ? '*' : ' ';
      const tokens = apart
        ? `${String(w.inputTokens).padStart(8)} input  ${String(w.outputTokens).padStart(7)} output`
        : `${String(w.tokens).padStart(8)} tokens`;
      console.log(
        `   ${mark} +${String(w.startS).padStart(3)}s  ${String(w.requests).padStart(5)} requests  ${tokens}  ${(share(w) * 100).toFixed(1)}%`,
      );
    });
    const worst = (pick: (w: Window) => number) => Math.max(0, ...saturated.map(pick));
    console.log(
      apart
        ? `  worst saturated window:        ${worst((w) => w.requests)} requests (≤ ${RPM}), ${worst((w) => w.inputTokens)} input (≤ ${ITPM}), ${worst((w) => w.outputTokens)} output tokens (≤ ${OTPM})`
        : `  worst 60-s window (simulator): ${stats.worst60s.requests} requests (≤ ${RPM}), ${stats.worst60s.tokens} tokens (≤ ${TPM})`,
    );
    console.log(
      `  saturated windows:             ${saturated.length}; average ${(bindingAverage * 100).toFixed(1)}% of the binding budget (${binding}; ` +
        dimensions.map((d) => `${d} ${(averageShare[d] * 100).toFixed(1)}%`).join(', ') +
        ')',
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

interface Window {
  startS: number;
  requests: number;
  tokens: number;
  inputTokens: number;
  outputTokens: number;
}

/** Every full 60-s window of the run, stepped by {@link WINDOW_STEP_S}, from the first second with traffic. */
function fullWindows(stats: Awaited<ReturnType<typeof simStats>>, endSecond: number): Window[] {
  const first = stats.perSecond.find((b) => b.requests > 0)?.t ?? endSecond;
  const windows: Window[] = [];
  for (let from = first; from + WINDOW_S <= endSecond; from += WINDOW_STEP_S) {
    windows.push({ startS: from - first, ...usageBetween(stats, from, from + WINDOW_S) });
  }
  return windows;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
