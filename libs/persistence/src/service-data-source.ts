import { Client, type ClientConfig } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { DatabaseConnectionConfig } from '@content-pipeline/config';

export interface ServiceDataSourceOptions {
  database: DatabaseConnectionConfig;
  /** Each service owns one PostgreSQL schema; its tables and its migrations table live there. */
  schema: string;
  serviceName: string;
  entities: PostgresConnectionOptions['entities'];
  migrations: PostgresConnectionOptions['migrations'];
}

/**
 * A TypeORM data source confined to one service's schema. Schema changes only through migrations
 * (synchronize is off): the migrations run from `npm run migrate` or the Helm pre-upgrade Job.
 */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.database.url,
    ssl: options.database.ssl ? { rejectUnauthorized: true } : false,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    applicationName: options.serviceName,
    extra: { max: options.database.poolSize, connectionTimeoutMillis: 5_000 },
  });
}

/**
 * One advisory lock for every service's migrations in a database. Schemas are disjoint, but a migration may read
 * another service's tables (the job service takes over the cost meter's job ledger; the cost meter drops what it
 * left behind): run side by side, as the Helm hooks and the test harness start them, one could check for a table
 * the other was creating in an uncommitted transaction, and a new database ended with the ledger in both schemas.
 */
export const MIGRATION_LOCK_KEY = 0x6370_6d67;

/** Creates the service's schema if needed and applies pending migrations; returns their names. */
export async function migrateServiceSchema(dataSource: DataSource, schema: string): Promise<string[]> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const wasInitialized = dataSource.isInitialized;
  if (!wasInitialized) await dataSource.initialize();
  // A session lock on a connection outside the pool (whose size may be 1), held while the migrations run.
  const { url, ssl } = dataSource.options as PostgresConnectionOptions;
  const lock = new Client({ connectionString: url, ssl: ssl as ClientConfig['ssl'] });
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    // Identifier checked above: DDL cannot take bind parameters.
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    // Ending the session releases its lock too.
    await lock.end().catch(() => undefined);
    if (!wasInitialized) await dataSource.destroy();
  }
}
