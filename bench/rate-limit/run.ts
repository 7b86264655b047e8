// Global rate limit across a consumer group: three generator instances (one group, one shared budget in
// PostgreSQL) against the simulator enforcing the same budget. Prints what the simulator counted.
//
//   node -r @swc-node/register bench/rate-limit/run.ts            # ~2 minutes
//   node -r @swc-node/register bench/rate-limit/run.ts --kill     # SIGKILL one instance after 50 s
import { Client } from 'pg';
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

const RPM = 600;
const TPM = 400_000;
const RUN_MS = 125_000;
const SIM_PORT = 4450;
const GENERATOR_PORTS = [4451, 4452, 4453];

async function main(): Promise<void> {
  const kill = process.argv.includes('--kill');
  const tag = uniqueRunTag('bench-rl');
  const groupId = `generator-${tag}`;
  const backlog = kill ? 260 : 400;
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
    console.log(`job ${tag}: ${backlog} requests published; 3 generators, budget ${RPM} RPM / ${TPM} TPM`);
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
    const first = stats.perSecond.find((b) => b.requests > 0)?.t ?? 0;
    const lastFull = Math.floor((started + RUN_MS) / 1000) - 5;
    // Steady phase: after the first minute (the burst and ramp-up) until the end of the timed run.
    const steady = usageBetween(steadyStats, first + 60, lastFull);
    const minutes = (lastFull - first - 60) / 60;
    const requestShare = steady.requests / (RPM * minutes);
    const tokenShare = steady.tokens / (TPM * minutes);
    const binding = tokenShare >= requestShare ? 'tokens' : 'requests';
    console.log(`\nrate-limit benchmark${kill ? ' (one instance SIGKILLed mid-run)' : ''}, job ${tag}`);
    console.log(`  budget:                       ${RPM} requests/min, ${TPM} tokens/min`);
    console.log(
      `  worst 60-s window (simulator): ${stats.worst60s.requests} requests (≤ ${RPM}), ${stats.worst60s.tokens} tokens (≤ ${TPM})`,
    );
    console.log(
      `  steady phase (${(minutes * 60).toFixed(0)} s):        ${steady.requests} requests, ${steady.tokens} tokens`,
    );
    console.log(
      `  utilisation of binding budget: ${(Math.max(requestShare, tokenShare) * 100).toFixed(1)}% (${binding}; requests ${(requestShare * 100).toFixed(1)}%, tokens ${(tokenShare * 100).toFixed(1)}%)`,
    );
    console.log(`  429s received:                ${responsesWithStatus(stats, 429)}`);
    console.log(
      `  tasks completed:              ${drained} of ${backlog}${kill ? ' (after draining)' : ` in ${RUN_MS / 1000} s`}`,
    );
    console.log(
      `  budget held:                  ${stats.worst60s.requests <= RPM && stats.worst60s.tokens <= TPM ? 'yes' : 'NO'}`,
    );
  } finally {
    await Promise.all(generators.map((g) => g.stop()));
    await simulator.stop();
    await db.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
