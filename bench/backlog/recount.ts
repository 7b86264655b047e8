/**
 * The independent count of bench/backlog/run.ts on its own, for a run that is still going or was stopped: what
 * the verdict and public version topics and the version store's table hold for the run's job, compared with the
 * SKU × language ids of the catalogue it published (the SKU prefix is the job id without its dashes).
 *
 *   node -r @swc-node/register bench/backlog/recount.ts --job bench-backlog-… --catalog FILE.jsonl [--skus N]
 */
import { Pool } from 'pg';
import { AvroCodec } from '@content-pipeline/kafka-runtime';
import { testInfrastructure } from '@content-pipeline/testing';
import { catalogueBatches, skuIdOf } from './catalogue';
import { census } from './census';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const jobId = argument('job');
  const file = argument('catalog');
  if (!jobId || !file) throw new Error('usage: recount.ts --job JOB --catalog FILE [--skus N]');
  const limit = argument('skus') === undefined ? undefined : Number(argument('skus'));
  const prefix = jobId.replace(/[^A-Za-z0-9]/g, '');
  const skuIds = new Set<string>();
  for await (const batch of catalogueBatches({ file, limit, prefix }, 5_000))
    for (const line of batch) {
      const skuId = skuIdOf(line);
      if (skuId) skuIds.add(skuId);
    }
  const infra = testInfrastructure();
  const db = new Pool({ connectionString: infra.databaseUrl, max: 2 });
  try {
    const counted = await census(
      {
        jobId,
        infra,
        codec: new AvroCodec({ url: infra.registryUrl }),
        query: async <T>(sql: string, parameters: unknown[] = []) =>
          (await db.query(sql, parameters)).rows as T[],
      },
      skuIds,
    );
    console.log(JSON.stringify(counted, null, 2));
  } finally {
    await db.end();
  }
}

main().catch((error: Error) => {
  console.error(`recount failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
