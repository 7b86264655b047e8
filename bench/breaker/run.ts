// Circuit breaker: the simulator answers every call with a 5xx for 30 s. Prints how fast the breaker opened, how
// many calls reached the provider during the outage, and whether every task completed after recovery.
//
//   node -r @swc-node/register bench/breaker/run.ts
import { Client } from 'pg';
import { ServiceProcess, uniqueRunTag } from '@content-pipeline/testing';
import {
  completedTasks,
  createGroupAtEnd,
  generatorProcess,
  infra,
  metricValue,
  publishRequests,
  responsesWithStatus,
  sampleSources,
  simStats,
  sleep,
} from '../rate-limit/generator-bench';

const SIM_PORT = 4460;
const GENERATOR_PORT = 4461;
const BACKLOG = 160;
const OUTAGE_SECONDS = 30;

async function main(): Promise<void> {
  const tag = uniqueRunTag('bench-breaker');
  const groupId = `generator-${tag}`;
  const simulator = new ServiceProcess('llm-simulator', SIM_PORT, {}, [
    '--port',
    String(SIM_PORT),
    '--latency-median-ms',
    '500',
    '--latency-p95-ms',
    '1500',
  ]);
  const generator = generatorProcess(GENERATOR_PORT, {
    DIFY_API_URL: `http://127.0.0.1:${SIM_PORT}`,
    GENERATOR_CONSUMER_GROUP: groupId,
    LLM_RATE_LIMITER_KEY: tag,
    LLM_RPM_LIMIT: '240',
  });
  const db = new Client({ connectionString: infra.databaseUrl });
  await db.connect();
  try {
    await createGroupAtEnd(groupId);
    await simulator.start('/health');
    await generator.start();
    await publishRequests(tag, sampleSources(BACKLOG), 'bulk');
    const started = Date.now();
    while ((await completedTasks(db, tag)) < 30) await sleep(500);
    const before = await simStats(SIM_PORT);
    const beforeOk = responsesWithStatus(before, 200);
    await fetch(`http://127.0.0.1:${SIM_PORT}/_sim/config`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outageSeconds: OUTAGE_SECONDS }),
    });
    const outageStart = Date.now();
    const outageEnd = outageStart + OUTAGE_SECONDS * 1000;
    console.log(
      `job ${tag}: ${BACKLOG} tasks; outage of ${OUTAGE_SECONDS} s started after ${await completedTasks(db, tag)} completed`,
    );
    let openedAt: number | undefined;
    let closedAt: number | undefined;
    while (Date.now() < outageEnd + 90_000) {
      const state = await metricValue(GENERATOR_PORT, 'content_pipeline_llm_breaker_state');
      if (state === 2 && openedAt === undefined) openedAt = Date.now();
      if (openedAt !== undefined && state === 0 && closedAt === undefined) closedAt = Date.now();
      if (closedAt !== undefined) break;
      await sleep(100);
    }
    const during = await simStats(SIM_PORT);
    const sentDuringOutage =
      responsesWithStatus(during, 503) + responsesWithStatus(during, 500) + responsesWithStatus(during, 502);
    const okDuringOutageWindow = responsesWithStatus(during, 200) - beforeOk;
    const deadline = Date.now() + 180_000;
    let completed = await completedTasks(db, tag);
    while (completed < BACKLOG && Date.now() < deadline) {
      await sleep(2_000);
      completed = await completedTasks(db, tag);
    }
    const finished = Date.now();
    const rejections = await metricValue(GENERATOR_PORT, 'content_pipeline_llm_breaker_rejections_total');
    const deadLettered = await metricValue(
      GENERATOR_PORT,
      'content_pipeline_messages_handled_total',
      'outcome="dead_lettered"',
    );
    console.log(`\nbreaker benchmark, job ${tag}`);
    console.log(
      `  time to open:                    ${openedAt ? `${((openedAt - outageStart) / 1000).toFixed(1)} s` : 'never opened'}`,
    );
    console.log(
      `  closed again:                    ${closedAt ? `${((closedAt - outageStart) / 1000).toFixed(1)} s after the outage began (outage ${OUTAGE_SECONDS} s)` : 'not closed'}`,
    );
    console.log(`  calls answered 5xx (outage):     ${sentDuringOutage}`);
    console.log(
      `  calls answered 200 since outage: ${okDuringOutageWindow} (by the time the breaker closed)`,
    );
    console.log(`  calls held back by open breaker: ${rejections ?? 0}`);
    console.log(
      `  tasks completed:                 ${completed} of ${BACKLOG} (${((finished - started) / 1000).toFixed(0)} s after publishing)`,
    );
    console.log(`  dead-lettered:                   ${deadLettered ?? 0}`);
  } finally {
    await generator.stop();
    await simulator.stop();
    await db.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
