import type { ServiceConfig } from '@content-pipeline/config';
import {
  createServiceDataSource,
  migrateServiceSchema,
  ServiceDataSourceOptions,
} from './service-data-source';

/**
 * Entry point of a service's `migrate.ts`: applies its pending migrations and exits. Run by
 * `npm run migrate` locally and by the Helm pre-install/pre-upgrade Job in Kubernetes.
 */
export async function runServiceMigrations(
  loadConfig: () => ServiceConfig,
  schema: string,
  entities: ServiceDataSourceOptions['entities'],
  migrations: ServiceDataSourceOptions['migrations'],
): Promise<void> {
  try {
    const config = loadConfig();
    const dataSource = createServiceDataSource({
      database: config.database,
      schema,
      serviceName: `${config.serviceName}-migrations`,
      entities,
      migrations,
    });
    const applied = await migrateServiceSchema(dataSource, schema);
    process.stdout.write(
      `${config.serviceName}: schema "${schema}" ${applied.length ? `migrated (${applied.join(', ')})` : 'up to date'}\n`,
    );
  } catch (error) {
    console.error(`Migration failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
