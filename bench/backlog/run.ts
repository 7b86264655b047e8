/**
 * Pipeline overhead at scale: SKUs × five languages through all six services and real Kafka, registry and
 * PostgreSQL, with the simulator answering at once and no rate limit — so what is measured is the pipeline,
 * not the LLM. Prints wall time, tasks/s per 30-s interval, consumer lag per group over time, per-service CPU
 * and peak RSS, Kafka and PostgreSQL footprint, an independent count of every task's end state (read from the
 * output topics and the version store's table, not from the services' counters), then replays the unchanged
 * catalogue and prints the generation requests the simulator saw during the replay (goal 0) and its duration.
 *
 *   node -r @swc-node/register bench/backlog/run.ts [--skus 4000] [--catalog FILE.jsonl] [--base-port 5100]
 *        [--cpu-prof DIR [--cpu-prof-interval µs]] [--no-replay]
 *
 * Without --catalog it replicates data/catalog/sample-200.jsonl under new SKU ids. With --catalog it publishes
 * the file's lines (the first --skus of them, all by default), each SKU id prefixed with the run's tag. The
 * full catalogue is generated with the shared generator, which is not part of this repository:
 *
 *   node ../shared/data/catalog/generate.mjs --count 120000 --seed 42 > tmp/catalog-120k.jsonl
 *
 * --base-port (default HELPER_PORT_BASE, else 5100): the services listen on base+1…base+7, the simulator on
 * base+50. --cpu-prof DIR starts the seven services with `node --cpu-prof --cpu-prof-dir DIR`; each writes its
 * profile when it stops at the end of the run, and DIR/services.json maps each profile's pid to its service
 * (summarise with bench/backlog/profile-summary.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PipelineUnderTest, uniqueRunTag } from '@content-pipeline/testing';
import { catalogueBatches, skuIdOf } from './catalogue';
import { census } from './census';
import { directoryMb, infraPid, LagSampler, sampleProcess, simulatorRequests } from './observe';
import { describeReplay, replayCatalogue } from './replay';

const ROOT = resolve(__dirname, '..', '..');
const LANGUAGES = 5;
const BUDGET_RPM = 4_000;
const BUDGET_TPM = 3_000_000;
const BACKLOG_SKUS = 120_000;
const PUBLISH_BATCH_LINES = 2_000;
const TICK_MS = 5_000;
const REPORT_EVERY_TICKS = 6;
/** No stored version, simulator request or consumer progress for this long: the run is over, finished or not. */
const STALL_MS = 180_000;

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const seconds = (ms: number) => (ms / 1000).toFixed(0).padStart(5);

interface Interval {
  atS: number;
  versions: number;
  versionsPerS: number;
  requestsPerS: number;
  lag: number;
}

async function main(): Promise<void> {
  const catalog = process.argv.includes('--catalog') ? argument('catalog', '') : undefined;
  const skusArgument = process.argv.includes('--skus') ? Number(argument('skus', '0')) : undefined;
  // 20,000 tasks by default without a file: long enough that the ramp at the start (English masters before any
  // derived language) does not dominate the figure, and still a run of a couple of minutes.
  const limit = catalog ? skusArgument : (skusArgument ?? 4000);
  const basePort = Number(argument('base-port', process.env['HELPER_PORT_BASE'] ?? '5100'));
  const profileDir = process.argv.includes('--cpu-prof') ? resolve(argument('cpu-prof', '')) : undefined;
  const profileInterval = argument('cpu-prof-interval', '');
  const replay = !process.argv.includes('--no-replay');
  const jobId = uniqueRunTag('bench-backlog');
  const prefix = jobId.replace(/[^A-Za-z0-9]/g, '');
  const nodeArgs = profileDir
    ? [
        '--cpu-prof',
        '--cpu-prof-dir',
        profileDir,
        ...(profileInterval ? ['--cpu-prof-interval', profileInterval] : []),
      ]
    : [];
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const pipeline = new PipelineUnderTest(
    jobId,
    basePort,
    ['--seed', '3'],
    {
      // Pipeline overhead only: no LLM budget in the way.
      LLM_RPM_LIMIT: '100000000',
      LLM_TPM_LIMIT: '100000000000',
      LOG_LEVEL: 'error',
    },
    nodeArgs,
  );
  console.log(
    `bench/backlog: ${catalog ? `catalogue ${catalog}${limit ? `, first ${limit} lines` : ''}` : `${limit} SKUs of the 200-SKU sample`}, ` +
      `bulk lane, simulator at zero latency, no budget; ports ${basePort + 1}–${basePort + 7} and ${pipeline.simulatorPort}` +
      (profileDir ? `; CPU profiles in ${profileDir}` : '') +
      `; job ${jobId}`,
  );
  // A run stopped from outside (Ctrl-C, kill) still stops the services gracefully, so their profiles are written.
  const stopOnSignal = (signal: NodeJS.Signals) => {
    console.log(`${signal}: stopping the services`);
    void pipeline.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  await pipeline.start();
  const lagSampler = new LagSampler(pipeline.infra.kafkaBrokers);
  await lagSampler.connect();
  try {
    const processes = [
      ...[...pipeline.services.entries()].map(([name, service]) => ({
        name: String(name),
        pid: service.pid,
      })),
      { name: 'llm-simulator', pid: pipeline.simulator.pid },
      { name: 'kafka', pid: infraPid(ROOT, 'kafka') },
      { name: 'postgres', pid: infraPid(ROOT, 'postgres') },
      { name: 'registry', pid: infraPid(ROOT, 'registry') },
    ];
    if (profileDir)
      writeFileSync(
        join(profileDir, 'services.json'),
        JSON.stringify(
          Object.fromEntries(processes.slice(0, 7).map(({ name, pid }) => [pid, name])),
          null,
          2,
        ),
      );
    const before = new Map(processes.map(({ name, pid }) => [name, sampleProcess(pid)]));
    const [dbBefore] = await pipeline.query<{ size: string }>(
      'SELECT pg_database_size(current_database()) AS size',
    );
    const requestsBefore = await simulatorRequests(pipeline.simulatorPort);

    // Publishing runs beside the observation: the services start on the first batch.
    const skuIds = new Set<string>();
    let lines = 0;
    let published = false;
    const started = Date.now();
    const publishing = (async () => {
      for await (const batch of catalogueBatches({ file: catalog, limit, prefix }, PUBLISH_BATCH_LINES)) {
        for (const line of batch) {
          const skuId = skuIdOf(line);
          if (skuId) skuIds.add(skuId);
        }
        lines += batch.length;
        await pipeline.publishCatalogLines(batch, 'bulk');
      }
      published = true;
      console.log(
        `  published ${lines} lines (${skuIds.size} SKUs) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    })();
    publishing.catch(() => undefined);

    const intervals: Interval[] = [];
    const peakLag = new Map<string, number>();
    let tick = 0;
    let last = { versions: 0, requests: requestsBefore, at: started };
    let progressAt = Date.now();
    let quietTicks = 0;
    let previous = { versions: -1, requests: -1, lag: -1 };
    for (;;) {
      await new Promise((wait) => setTimeout(wait, TICK_MS));
      tick += 1;
      const [row] = await pipeline.query<{ stored: string }>(
        'SELECT count(*) AS stored FROM version_store.content_version WHERE job_id = $1',
        [jobId],
      );
      const versions = Number(row.stored);
      const requests = await simulatorRequests(pipeline.simulatorPort);
      const lags = await lagSampler.lagByGroup();
      const lag = [...lags.values()].reduce((sum, value) => sum + value, 0);
      lags.forEach((value, group) => peakLag.set(group, Math.max(value, peakLag.get(group) ?? 0)));
      if (tick % REPORT_EVERY_TICKS === 0) {
        const now = Date.now();
        const elapsed = (now - last.at) / 1000;
        const interval = {
          atS: (now - started) / 1000,
          versions,
          versionsPerS: (versions - last.versions) / elapsed,
          requestsPerS: (requests - last.requests) / elapsed,
          lag,
        };
        intervals.push(interval);
        last = { versions, requests, at: now };
        const busiest = [...lags.entries()]
          .filter(([, value]) => value > 0)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 4)
          .map(([group, value]) => `${group} ${value}`)
          .join(', ');
        console.log(
          `  ${seconds(now - started)} s  versions ${String(versions).padStart(7)}  ` +
            `${interval.versionsPerS.toFixed(0).padStart(4)} versions/s  ${interval.requestsPerS.toFixed(0).padStart(4)} LLM requests/s  ` +
            `lag ${lag}${busiest ? ` (${busiest})` : ''}`,
        );
      }
      const moved = versions !== previous.versions || requests !== previous.requests || lag !== previous.lag;
      if (moved) progressAt = Date.now();
      quietTicks =
        published && lag === 0 && versions === previous.versions && requests === previous.requests
          ? quietTicks + 1
          : 0;
      previous = { versions, requests, lag };
      if (quietTicks >= 2) break;
      if (Date.now() - progressAt > STALL_MS) {
        console.log(`  no progress for ${STALL_MS / 1000} s with lag ${lag}: stopping the wait`);
        break;
      }
    }
    await publishing;
    const [endRow] = await pipeline.query<{ last_ms: string | null }>(
      'SELECT (extract(epoch FROM max(created_at)) * 1000)::bigint AS last_ms FROM version_store.content_version WHERE job_id = $1',
      [jobId],
    );
    const wallSeconds = (Number(endRow.last_ms ?? Date.now()) - started) / 1000;
    const requestsRun = (await simulatorRequests(pipeline.simulatorPort)) - requestsBefore;
    const afterRun = new Map(processes.map(({ name, pid }) => [name, sampleProcess(pid)]));
    const [dbAfter] = await pipeline.query<{ size: string }>(
      'SELECT pg_database_size(current_database()) AS size',
    );
    const kafkaMb = directoryMb(join(ROOT, '.infra', 'kafka', 'data'));
    const tasks = skuIds.size * LANGUAGES;
    const tasksPerSecond = tasks / wallSeconds;

    console.log('');
    console.log(
      `end to end: ${lines} catalogue lines, ${skuIds.size} SKUs × ${LANGUAGES} = ${tasks} tasks; last version stored ` +
        `${wallSeconds.toFixed(1)} s after the first line was published = ${tasksPerSecond.toFixed(1)} tasks/s ` +
        `(${(tasksPerSecond * 60).toFixed(0)} tasks/min); ${requestsRun} LLM requests`,
    );
    if (intervals.length > 0) {
      const rates = intervals.map((interval) => interval.versionsPerS).sort((a, b) => a - b);
      console.log(
        `  versions stored per 30-s interval: min ${rates[0].toFixed(0)}/s, median ${rates[Math.floor(rates.length / 2)].toFixed(0)}/s, ` +
          `max ${rates[rates.length - 1].toFixed(0)}/s over ${intervals.length} intervals`,
      );
    }
    console.log(
      `  peak consumer lag by group: ${[...peakLag.entries()]
        .filter(([, value]) => value > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([group, value]) => `${group} ${value}`)
        .join(', ')}`,
    );
    console.log('');
    console.log('  process          CPU s   CPU % of run   peak RSS MB');
    for (const { name } of processes) {
      const start = before.get(name);
      const end = afterRun.get(name);
      if (!start || !end) continue;
      const cpu = end.cpuSeconds - start.cpuSeconds;
      console.log(
        `  ${name.padEnd(15)} ${cpu.toFixed(1).padStart(6)}   ${((100 * cpu) / wallSeconds).toFixed(0).padStart(11)}%   ${end.peakRssMb.toFixed(0).padStart(11)}`,
      );
    }
    console.log('');
    console.log(
      `  PostgreSQL database: ${(Number(dbAfter.size) / 1_048_576).toFixed(0)} MB (+${((Number(dbAfter.size) - Number(dbBefore.size)) / 1_048_576).toFixed(1)} MB for this run)`,
    );
    console.log(`  Kafka log directory: ${kafkaMb.toFixed(0)} MB`);

    const counted = await census(pipeline, skuIds);
    console.log('');
    console.log(
      `independent count (verdict and public version topics, version store table; not the services' counters):`,
    );
    console.log(
      `  ${counted.expectedTasks} tasks expected: ${counted.terminal} with a pass or human_review verdict, ` +
        `${counted.blockedByMasterReview} derived tasks waiting on their English master's human review, ` +
        `lost=${counted.lost}; ${counted.passedNotActivated} passed but not activated`,
    );
    console.log(
      `  verdict topic: ${counted.verdicts.events} events (${counted.verdicts.pass} pass, ${counted.verdicts.humanReview} human_review, ` +
        `${counted.verdicts.regenerate} regenerate), duplicated=${counted.verdicts.copies}; public topic: ` +
        `${counted.published.events} events (${counted.published.activated} activations), duplicated=${counted.published.copies}`,
    );
    console.log(
      `  version store: ${counted.table.rows} versions, ${counted.table.tasksCovered} tasks with a version, ` +
        `${counted.table.tasksTerminal} terminal, lost=${counted.table.lost}, duplicated=${counted.table.duplicated}`,
    );

    if (replay) {
      const replayJob = `${jobId}-replay`;
      const outcome = await replayCatalogue(
        {
          brokers: pipeline.infra.kafkaBrokers,
          codec: pipeline.codec,
          publish: (batch, job) => pipeline.publishCatalogLines(batch, 'bulk', job),
          simulatorRequests: () => simulatorRequests(pipeline.simulatorPort),
        },
        { file: catalog, limit, prefix },
        replayJob,
        lines,
      );
      console.log('');
      console.log(describeReplay(replayJob, outcome));
    }

    const [tokens] = await pipeline.query<{ per_task: string }>(
      'SELECT avg(prompt_tokens + completion_tokens) AS per_task FROM cost_meter.token_ledger WHERE job_id = $1',
      [jobId],
    );
    const tokensPerTask = Number(tokens.per_task);
    const rpmTasksPerSecond = BUDGET_RPM / 60;
    const tpmTasksPerSecond = BUDGET_TPM / tokensPerTask / 60;
    const bindingTasksPerSecond = Math.min(rpmTasksPerSecond, tpmTasksPerSecond);
    const backlogTasks = BACKLOG_SKUS * LANGUAGES;
    console.log('');
    console.log(
      `backlog: ${BACKLOG_SKUS} SKUs × ${LANGUAGES} = ${backlogTasks} tasks, ${tokensPerTask.toFixed(0)} tokens per task (one Dify workflow call each).`,
    );
    console.log(
      `  ${BUDGET_RPM} RPM allows ${rpmTasksPerSecond.toFixed(1)} tasks/s; ${BUDGET_TPM} TPM allows ${tpmTasksPerSecond.toFixed(1)} tasks/s — the binding budget is ${tpmTasksPerSecond < rpmTasksPerSecond ? 'tokens' : 'requests'}.`,
    );
    console.log(
      `  pipeline overhead throughput ${tasksPerSecond.toFixed(1)} tasks/s = ${(tasksPerSecond / rpmTasksPerSecond).toFixed(1)}× the RPM budget, ` +
        `${(tasksPerSecond / bindingTasksPerSecond).toFixed(1)}× the binding budget ` +
        `(issue goal: ≥ 670 tasks/s = 10×); ${(backlogTasks / tasksPerSecond / 3600).toFixed(2)} h for the backlog at this speed.`,
    );
  } finally {
    await lagSampler.disconnect().catch(() => undefined);
    await pipeline.stop();
    if (profileDir)
      console.log(`CPU profiles written to ${profileDir} (services.json maps pids to services)`);
  }
}

main().catch((error: Error) => {
  console.error(`bench/backlog failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
