/**
 * Fault scenarios over the whole pipeline on the real infrastructure. Each prints `lost=N duplicated=N`
 * and the run exits non-zero unless every scenario lost and duplicated nothing and left every service ready.
 *
 *   node -r @swc-node/register bench/faults/run.ts [--scenario NAME[,NAME…]] [--skus 150]
 *
 * Scenarios on one broker: poison (every input topic), kill-each (SIGKILL each service in turn, one a second, each
 * restarted at once), kafka-restart, kafka-outage (Kafka down 60 s: longer than the client's retries, so consumers
 * crash and must rejoin), postgres-stop (30 s), provider-outage (the simulator answers 5xx for 30 s). Default: all of these. The
 * `poison` and `kill-each` scenarios are the fast subset `npm test` runs (`--scenario poison,kill-each --skus 30`).
 *
 * Scenarios on the three-node cluster (`scripts/infra.sh up --brokers 3`; `--scenario cluster` runs all three):
 * leader-kill (SIGKILL of the node leading most partitions, back after 20 s), rolling-restart (each node stopped
 * and started in turn, waiting for full ISR in between), under-replicated (one node down 90 s while the run flows).
 *
 * Besides the database count (`lost`, `duplicated`), every scenario reads the output topics from the beginning as
 * an outside consumer would: `lost-on-topics` (a task with no verdict, or passed and never activated on the public
 * topic) and each topic's amplification (events per distinct event id).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  PIPELINE_SERVICE_NAMES,
  PipelineUnderTest,
  sampleCatalog,
  testInfrastructure,
  uniqueRunTag,
  waitFor,
} from '@content-pipeline/testing';
import { LANGUAGES } from '@content-pipeline/languages';
import { account, accountFromTopics, describeAmplification, settle } from './accounting';
import { brokerCommand, busiestLeader, underReplicatedPartitions, waitForFullIsr } from './cluster-control';
import { injectPoison } from './poison';

const ROOT = resolve(__dirname, '..', '..');
const SINGLE_BROKER = [
  'poison',
  'kill-each',
  'kafka-restart',
  'kafka-outage',
  'postgres-stop',
  'provider-outage',
] as const;
const CLUSTER = ['leader-kill', 'rolling-restart', 'under-replicated'] as const;
/** Scenarios that stop the one broker `scripts/infra.sh up` starts by default. */
const ONE_BROKER_ONLY = ['kafka-restart', 'kafka-outage'] as const;
const ALL = [...SINGLE_BROKER, ...CLUSTER] as const;
type Scenario = (typeof ALL)[number];
const CLUSTER_NODES = 3;
const KAFKA_OUTAGE_MS = 60_000;

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function infraPid(name: string): number {
  return Number(readFileSync(join(ROOT, '.infra', 'pids', `${name}.pid`), 'utf8').trim());
}

/** SIGTERM to the broker; resolves with the time it was gone. */
async function stopKafka(): Promise<number> {
  process.kill(infraPid('kafka'), 'SIGTERM');
  await waitFor(
    async () => {
      try {
        process.kill(infraPid('kafka'), 0);
        return false;
      } catch {
        return true;
      }
    },
    Boolean,
    { timeoutMs: 60_000, description: 'Kafka to stop' },
  );
  return Date.now();
}

function infraUp(): void {
  execFileSync(join(ROOT, 'scripts', 'infra.sh'), ['up'], { stdio: 'ignore' });
}

async function runScenario(
  scenario: Scenario,
  skus: number,
  basePort: number,
): Promise<{ lost: number; duplicated: number; lostOnTopics: number; note: string }> {
  const jobId = uniqueRunTag(`faults-${scenario}`);
  const latency =
    scenario === 'poison'
      ? ['--latency-median-ms', '5']
      : ['--latency-median-ms', '60', '--latency-p95-ms', '200'];
  const pipeline = new PipelineUnderTest(jobId, basePort, ['--seed', '9', ...latency], {
    LOG_LEVEL: 'error',
  });
  const skuPrefix = jobId.replace(/[^A-Za-z0-9]/g, '');
  const { lines, skuIds: expected } = sampleCatalog({ count: skus, skuIdFor: (id) => `${skuPrefix}-${id}` });
  await pipeline.start();
  let note = '';
  try {
    const started = Date.now();
    await pipeline.publishCatalogLines(lines);
    const underWay = () =>
      waitFor(
        async () =>
          Number(
            (
              await pipeline.query<{ n: string }>(
                'SELECT count(*) AS n FROM version_store.content_version WHERE job_id = $1',
                [jobId],
              )
            )[0].n,
          ),
        (n) => n > skus / 2,
        {
          timeoutMs: 120_000,
          description: 'the run to be under way',
        },
      );
    switch (scenario) {
      case 'poison': {
        const { sent, poisonedTopics } = await injectPoison(pipeline, pipeline.codec, skuPrefix);
        // Two poison messages per topic at least (several groups may consume one): wait for every topic's, since
        // the topics' consumers dead-letter at their own pace.
        const missingFrom = (received: readonly { sourceTopic: string }[]) =>
          poisonedTopics.filter(
            (topic) => received.filter((record) => record.sourceTopic === topic).length < 2,
          );
        const records = await waitFor(
          async () => pipeline.deadLettered,
          (received) => received.length >= sent && missingFrom(received).length === 0,
          { timeoutMs: 120_000, description: `${sent} dead letters from ${poisonedTopics.length} topics` },
        ).catch(() => pipeline.deadLettered);
        const withoutReason = records.filter((record) => !record.reason || !record.originalValue).length;
        const missing = missingFrom(records);
        note = `${sent} poison messages on ${poisonedTopics.length} topics, ${records.length} dead letters (one per consuming group), ${withoutReason} without reason or bytes`;
        if (missing.length > 0) note += ` — FAILED: no dead letters from ${missing.join(', ')}`;
        if (withoutReason > 0) note += ' — FAILED: dead letters without reason or bytes';
        break;
      }
      case 'kill-each': {
        // One service killed a second, each restarted at once: a restart (~10 s to ready) overlaps the next kills,
        // so up to a few services are down together, as in a node failure; the run waits for every restart.
        const restarts: Promise<void>[] = [];
        for (const name of PIPELINE_SERVICE_NAMES) {
          await sleep(1_000);
          await pipeline.service(name).kill();
          restarts.push(pipeline.service(name).start());
        }
        await Promise.all(restarts);
        note = 'SIGKILL + restart, one a second: ' + PIPELINE_SERVICE_NAMES.join(', ');
        break;
      }
      case 'kafka-restart':
      case 'kafka-outage': {
        await underWay();
        const down = await stopKafka();
        if (scenario === 'kafka-outage') await sleep(KAFKA_OUTAGE_MS);
        infraUp();
        note = `Kafka down ${((Date.now() - down) / 1000).toFixed(0)} s`;
        break;
      }
      case 'postgres-stop': {
        await underWay();
        process.kill(infraPid('postgres'), 'SIGINT');
        await sleep(30_000);
        infraUp();
        note = 'PostgreSQL stopped for 30 s';
        break;
      }
      case 'leader-kill': {
        await underWay();
        const leader = await busiestLeader(pipeline.infra.kafkaBrokers);
        brokerCommand('kill', leader.node);
        await sleep(20_000);
        brokerCommand('start', leader.node);
        await waitForFullIsr(pipeline.infra.kafkaBrokers);
        note = `SIGKILL of node ${leader.node} (leader of ${leader.partitions} partitions), back after 20 s`;
        break;
      }
      case 'rolling-restart': {
        await underWay();
        for (let node = 1; node <= CLUSTER_NODES; node++) {
          brokerCommand('stop', node);
          brokerCommand('start', node);
          await waitForFullIsr(pipeline.infra.kafkaBrokers);
        }
        note = `nodes 1–${CLUSTER_NODES} stopped and started in turn, full ISR in between`;
        break;
      }
      case 'under-replicated': {
        await underWay();
        brokerCommand('stop', CLUSTER_NODES);
        await sleep(5_000);
        const underReplicated = await underReplicatedPartitions(pipeline.infra.kafkaBrokers);
        await sleep(85_000);
        brokerCommand('start', CLUSTER_NODES);
        await waitForFullIsr(pipeline.infra.kafkaBrokers);
        note = `node ${CLUSTER_NODES} down 90 s (${underReplicated} partitions under-replicated), writes went on at min.insync.replicas 2`;
        if (underReplicated === 0) note += ' — FAILED: no partition was under-replicated';
        break;
      }
      case 'provider-outage': {
        await underWay();
        await fetch(`http://127.0.0.1:${pipeline.simulatorPort}/_sim/config`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ outageSeconds: 30 }),
        });
        note = 'simulator answered 5xx for 30 s';
        break;
      }
    }
    await settle(pipeline, expected.size * LANGUAGES.length, 8 * 60_000);
    const stillNotReady = await waitFor(
      () => pipeline.notReady(),
      (services) => services.length === 0,
      { timeoutMs: 60_000, description: 'every service ready again' },
    ).catch(() => pipeline.notReady());
    if (stillNotReady.length > 0)
      note += ` — FAILED: not ready after the fault: ${stillNotReady
        .map(({ name, answer }) => `${name} (${answer})`)
        .join('; ')}`;
    const result = await account(pipeline, expected);
    const topics = await accountFromTopics(pipeline, expected);
    return {
      ...result,
      lostOnTopics: topics.lostOnTopics,
      note: `${note}; ${((Date.now() - started) / 1000).toFixed(0)} s; topics: ${describeAmplification(topics.counts)}`,
    };
  } finally {
    await pipeline.stop();
  }
}

async function main(): Promise<void> {
  const scenarios = argument('scenario', SINGLE_BROKER.join(','))
    .split(',')
    .flatMap((name) => (name === 'cluster' ? [...CLUSTER] : [name])) as Scenario[];
  const unknown = scenarios.filter((scenario) => !ALL.includes(scenario));
  if (unknown.length > 0)
    throw new Error(`unknown scenario ${unknown.join(', ')}; choose from ${ALL.join(', ')} or cluster`);
  const onCluster = testInfrastructure().kafkaBrokers.length >= CLUSTER_NODES;
  const needsCluster = scenarios.filter((scenario) => (CLUSTER as readonly string[]).includes(scenario));
  const needsOneBroker = scenarios.filter((scenario) =>
    (ONE_BROKER_ONLY as readonly string[]).includes(scenario),
  );
  if (!onCluster && needsCluster.length > 0)
    throw new Error(
      `${needsCluster.join(', ')} need the three-node cluster: scripts/infra.sh up --brokers 3, then eval "$(scripts/infra.sh env)"`,
    );
  if (onCluster && needsOneBroker.length > 0)
    throw new Error(
      `${needsOneBroker.join(', ')} stop the single broker; on the cluster run: ${CLUSTER.join(', ')}`,
    );
  const skus = Number(argument('skus', '150'));
  let failed = false;
  for (const [index, scenario] of scenarios.entries()) {
    const { lost, duplicated, lostOnTopics, note } = await runScenario(scenario, skus, 5300 + index * 20);
    const ok = lost === 0 && duplicated === 0 && lostOnTopics === 0 && !note.includes('FAILED');
    failed ||= !ok;
    console.log(
      `${scenario.padEnd(16)} lost=${lost} duplicated=${duplicated} lost-on-topics=${lostOnTopics}  ${ok ? 'ok' : 'FAILED'}  (${note})`,
    );
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: Error) => {
  console.error(`bench/faults failed: ${error.message}`);
  process.exit(1);
});
