/**
 * The replay phase of bench/backlog/run.ts on its own, for a run that was stopped before it finished: starts the
 * ingester alone (the rest of the pipeline stays stopped, so nothing else publishes), publishes the run's
 * catalogue again under `<job>-replay` and counts, from the topics, what the ingester announced and whether any
 * generation request was published for the replay job (goal 0).
 *
 *   node -r @swc-node/register bench/backlog/replay-only.ts --job bench-backlog-… --catalog FILE.jsonl
 *        [--skus N] [--base-port 5100]
 */
import { KafkaJsBrokerClient } from '@content-pipeline/kafka-runtime';
import { Headers, Topics, catalogLineKey } from '@content-pipeline/contracts';
import { ServiceProcess, testInfrastructure } from '@content-pipeline/testing';
import { AvroCodec } from '@content-pipeline/kafka-runtime';
import { catalogueBatches } from './catalogue';
import { describeReplay, replayCatalogue } from './replay';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const jobId = argument('job');
  const file = argument('catalog');
  if (!jobId || !file)
    throw new Error('usage: replay-only.ts --job JOB --catalog FILE [--skus N] [--base-port P]');
  const limit = argument('skus') === undefined ? undefined : Number(argument('skus'));
  const basePort = Number(argument('base-port') ?? process.env['HELPER_PORT_BASE'] ?? '5100');
  const prefix = jobId.replace(/[^A-Za-z0-9]/g, '');
  const infra = testInfrastructure();
  let lines = 0;
  for await (const batch of catalogueBatches({ file, limit, prefix }, 5_000)) lines += batch.length;
  const ingester = new ServiceProcess('ingester', basePort + 1, {
    ...infra.serviceEnv,
    LOG_LEVEL: 'error',
    SHUTDOWN_GRACE_MS: '5000',
  });
  await ingester.start();
  const producer = new KafkaJsBrokerClient({
    clientId: 'bench-replay',
    brokers: infra.kafkaBrokers,
    ssl: false,
  }).producer();
  await producer.connect();
  try {
    const replayJob = `${jobId}-replay`;
    const outcome = await replayCatalogue(
      {
        brokers: infra.kafkaBrokers,
        codec: new AvroCodec({ url: infra.registryUrl }),
        publish: (batch, job) =>
          producer.send(
            Topics.catalogSkuUpserted.name,
            batch.map((line) => ({
              key: catalogLineKey(line),
              value: Buffer.from(line, 'utf8'),
              headers: { [Headers.jobId]: job, [Headers.lane]: 'bulk' },
            })),
          ),
      },
      { file, limit, prefix },
      replayJob,
      lines,
    );
    console.log(describeReplay(replayJob, outcome));
  } finally {
    await producer.disconnect();
    await ingester.stop();
  }
}

main().catch((error: Error) => {
  console.error(`replay failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
