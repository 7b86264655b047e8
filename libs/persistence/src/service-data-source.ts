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

/** Creates the service's schema if needed and applies pending migrations; returns their names. */
export async function migrateServiceSchema(dataSource: DataSource, schema: string): Promise<string[]> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const wasInitialized = dataSource.isInitialized;
  if (!wasInitialized) await dataSource.initialize();
  try {
    // Identifier checked above: DDL cannot take bind parameters.
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    if (!wasInitialized) await dataSource.destroy();
  }
}
