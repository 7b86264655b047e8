import { z } from 'zod';
import { csvList, loadConfig, positiveInt } from '@content-pipeline/config';

/**
 * Where the real Kafka, registry and Postgres are for a test run: the environment when it names them
 * (CI, an external stack), else what `scripts/infra.sh up` starts.
 */
export function testInfrastructure() {
  const env = loadConfig(
    z.object({
      KAFKA_BROKERS: csvList('127.0.0.1:19092'),
      SCHEMA_REGISTRY_URL: z.string().url().default('http://127.0.0.1:18081/apis/ccompat/v7'),
      DATABASE_URL: z.string().default('postgres://pipeline:pipeline@127.0.0.1:15432/pipeline'),
      // 3 on the three-node cluster (`scripts/infra.sh up --brokers 3` prints it with the rest).
      KAFKA_REPLICATION_FACTOR: positiveInt(1),
    }),
  );
  return {
    kafkaBrokers: env.KAFKA_BROKERS,
    registryUrl: env.SCHEMA_REGISTRY_URL.replace(/\/+$/, ''),
    databaseUrl: env.DATABASE_URL,
    replicationFactor: env.KAFKA_REPLICATION_FACTOR as number,
    /** The variables a service process needs to reach the same infrastructure. */
    serviceEnv: {
      KAFKA_BROKERS: env.KAFKA_BROKERS.join(','),
      SCHEMA_REGISTRY_URL: env.SCHEMA_REGISTRY_URL,
      DATABASE_URL: env.DATABASE_URL,
      KAFKA_REPLICATION_FACTOR: String(env.KAFKA_REPLICATION_FACTOR),
    },
  };
}

/** A short unique tag for names a test creates (job ids, SKU prefixes, consumer groups, topics). */
export function uniqueRunTag(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}
