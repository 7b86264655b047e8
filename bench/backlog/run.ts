/**
 * Pipeline overhead at scale: SKUs × five languages through all six services and real Kafka, registry and
 * PostgreSQL, with the simulator answering at once and no rate limit — so what is measured is the pipeline,
 * not the LLM. Prints end-to-end tasks/s, per-service CPU and peak RSS, Kafka and PostgreSQL footprint, and
 * what that means for the 120,000-SKU backlog under the 4,000 RPM budget.
 *
 *   node -r @swc-node/register bench/backlog/run.ts [--skus 4000] [--catalog FILE.jsonl]
 *
 * Without --catalog it replicates data/catalog/sample-200.jsonl under new SKU ids. The full-size run is
 * `--skus 120000` (600,000 tasks, 1–1.5 hours at the figures in the README), or a generated catalogue of that
 * size passed with --catalog.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PipelineUnderTest, sampleCatalog, uniqueRunTag, waitFor } from '@content-pipeline/testing';

const ROOT = resolve(__dirname, '..', '..');
const LANGUAGES = 5;
const BUDGET_RPM = 4_000;
const BUDGET_TPM = 3_000_000;
const BACKLOG_SKUS = 120_000;

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

interface ProcessSample {
  cpuSeconds: number;
  peakRssMb: number;
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** The process and its children (PostgreSQL's work happens in backend processes forked by the postmaster). */
function processTree(pid: number): number[] {
  try {
    const children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
    return [pid, ...children.flatMap(processTree)];
  } catch {
    return [pid];
  }
}

function sampleProcess(pid: number | undefined): ProcessSample | undefined {
  if (!pid) return undefined;
  const samples = processTree(pid)
    .map(sampleOne)
    .filter((sample): sample is ProcessSample => sample !== undefined);
  if (samples.length === 0) return undefined;
  return {
    cpuSeconds: samples.reduce((sum, sample) => sum + sample.cpuSeconds, 0),
    peakRssMb: samples.reduce((sum, sample) => sum + sample.peakRssMb, 0),
  };
}

function sampleOne(pid: number): ProcessSample | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return { cpuSeconds, peakRssMb: hwm ? Number(hwm[1]) / 1024 : 0 };
  } catch {
    return undefined;
  }
}

function infraPid(name: string): number | undefined {
  try {
    return Number(readFileSync(join(ROOT, '.infra', 'pids', `${name}.pid`), 'utf8').trim());
  } catch {
    return undefined;
  }
}

function directoryMb(path: string): number {
  try {
    return Number(execFileSync('du', ['-sk', path], { encoding: 'utf8' }).split('\t')[0]) / 1024;
  } catch {
    return Number.NaN;
  }
}

async function main(): Promise<void> {
  // 20,000 tasks by default: long enough that the ramp at the start (English masters before any derived
  // language) does not dominate the figure, and still a run of a couple of minutes.
  const skus = Number(argument('skus', '4000'));
  const catalog = process.argv.includes('--catalog') ? argument('catalog', '') : undefined;
  const jobId = uniqueRunTag('bench-backlog');
  const prefix = jobId.replace(/[^A-Za-z0-9]/g, '');
  const { lines } = sampleCatalog({
    count: skus,
    file: catalog,
    skuIdFor: (_, index) => `${prefix}-${String(index).padStart(7, '0')}`,
  });
  const pipeline = new PipelineUnderTest(jobId, 5100, ['--seed', '3'], {
    // Pipeline overhead only: no LLM budget in the way.
    LLM_RPM_LIMIT: '100000000',
    LLM_TPM_LIMIT: '100000000000',
    LOG_LEVEL: 'error',
  });
  console.log(
    `bench/backlog: ${skus} SKUs × ${LANGUAGES} languages = ${skus * LANGUAGES} tasks, simulator at zero latency`,
  );
  await pipeline.start();
  try {
    const processes = [
      ...[...pipeline.services.entries()].map(([name, service]) => ({ name, pid: service.pid })),
      { name: 'llm-simulator', pid: pipeline.simulator.pid },
      { name: 'kafka', pid: infraPid('kafka') },
      { name: 'postgres', pid: infraPid('postgres') },
      { name: 'registry', pid: infraPid('registry') },
    ];
    const before = new Map(processes.map(({ name, pid }) => [name, sampleProcess(pid)]));
    const dbBefore = await pipeline.query<{ size: string }>(
      'SELECT pg_database_size(current_database()) AS size',
    );
    const started = Date.now();
    await pipeline.publishCatalogLines(lines);
    const expected = skus * LANGUAGES;
    let lastReport = 0;
    await waitFor(
      async () => {
        const [row] = await pipeline.query<{ stored: string }>(
          'SELECT count(*) AS stored FROM version_store.content_version WHERE job_id = $1',
          [jobId],
        );
        const stored = Number(row.stored);
        if (Date.now() - lastReport > 10_000) {
          lastReport = Date.now();
          console.log(
            `  ${stored}/${expected} versions after ${((Date.now() - started) / 1000).toFixed(0)} s`,
          );
        }
        return stored;
      },
      (stored) => stored >= expected,
      // The default run has 9 minutes; a full-size run gets time for at least 20 tasks/s.
      {
        timeoutMs: Math.max(9 * 60_000, expected * 50),
        intervalMs: 500,
        description: `${expected} stored versions`,
      },
    );
    const seconds = (Date.now() - started) / 1_000;
    const tasksPerSecond = expected / seconds;
    const dbAfter = await pipeline.query<{ size: string }>(
      'SELECT pg_database_size(current_database()) AS size',
    );

    console.log('');
    console.log(
      `end to end: ${expected} tasks in ${seconds.toFixed(1)} s = ${tasksPerSecond.toFixed(1)} tasks/s (${(tasksPerSecond * 60).toFixed(0)} tasks/min)`,
    );
    console.log('');
    console.log('  process          CPU s   CPU % of run   peak RSS MB');
    for (const { name, pid } of processes) {
      const start = before.get(name);
      const end = sampleProcess(pid);
      if (!start || !end) continue;
      const cpu = end.cpuSeconds - start.cpuSeconds;
      console.log(
        `  ${name.padEnd(15)} ${cpu.toFixed(1).padStart(6)}   ${((100 * cpu) / seconds).toFixed(0).padStart(11)}%   ${end.peakRssMb.toFixed(0).padStart(11)}`,
      );
    }
    console.log('');
    console.log(
      `  PostgreSQL database: ${(Number(dbAfter[0].size) / 1_048_576).toFixed(0)} MB (+${((Number(dbAfter[0].size) - Number(dbBefore[0].size)) / 1_048_576).toFixed(1)} MB for this run)`,
    );
    console.log(`  Kafka log directory: ${directoryMb(join(ROOT, '.infra', 'kafka', 'data')).toFixed(0)} MB`);
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
      `  ${BUDGET_RPM} RPM allows ${rpmTasksPerSecond.toFixed(1)} tasks/s; ${BUDGET_TPM} TPM allows ${tpmTasksPerSecond.toFixed(1)} tasks/s — the binding budget is ${tpmTasksPerSecond < rpmTasksPerSecond ? 'tokens' : 'requests'}:`,
    );
    console.log(
      `  ${(backlogTasks / bindingTasksPerSecond / 3600).toFixed(1)} h of LLM time for the backlog.`,
    );
    console.log(
      `  pipeline overhead throughput ${tasksPerSecond.toFixed(1)} tasks/s = ${(tasksPerSecond / rpmTasksPerSecond).toFixed(1)}× the RPM budget, ${(tasksPerSecond / bindingTasksPerSecond).toFixed(1)}× the binding budget`,
    );
    console.log(
      `  (issue goal: ≥ 3× the 4,000-RPM budget, i.e. ≥ 200 tasks/s); overhead alone would clear the backlog in ${(backlogTasks / tasksPerSecond / 3600).toFixed(1)} h.`,
    );
  } finally {
    await pipeline.stop();
  }
}

main().catch((error: Error) => {
  console.error(`bench/backlog failed: ${error.message}`);
  process.exit(1);
});
