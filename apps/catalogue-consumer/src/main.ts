import { Pool } from 'pg';
import { z } from 'zod';
import { csvList, loadConfig } from '@content-pipeline/config';
import { CatalogueTable } from './catalogue-table';
import { PublishedVersionConsumer } from './published-version.consumer';

/**
 * The reference consumer: keeps `catalogue_reference.product_content` equal to what the version store publishes.
 *
 *   npx nx serve catalogue-consumer    (KAFKA_BROKERS, SCHEMA_REGISTRY_URL, DATABASE_URL, CATALOGUE_CONSUMER_GROUP)
 */
async function main(): Promise<void> {
  const env = loadConfig(
    z.object({
      KAFKA_BROKERS: csvList('127.0.0.1:19092'),
      SCHEMA_REGISTRY_URL: z.string().url().default('http://127.0.0.1:18081/apis/ccompat/v7'),
      DATABASE_URL: z.string().default('postgres://pipeline:pipeline@127.0.0.1:15432/pipeline'),
      CATALOGUE_CONSUMER_GROUP: z.string().min(1).default('catalogue-reference'),
    }),
  );
  const pool = new Pool({ connectionString: env.DATABASE_URL });
  const consumer = new PublishedVersionConsumer(
    {
      brokers: env.KAFKA_BROKERS,
      registryUrl: env.SCHEMA_REGISTRY_URL,
      groupId: env.CATALOGUE_CONSUMER_GROUP,
    },
    new CatalogueTable(pool),
  );
  await consumer.start();
  const stop = () => {
    consumer
      .stop()
      .then(() => pool.end())
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: Error) => {
  console.error(`catalogue-consumer failed: ${error.message}`);
  process.exit(1);
});
