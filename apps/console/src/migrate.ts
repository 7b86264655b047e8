import { loadServiceConfig } from '@content-pipeline/config';
import { runServiceMigrations } from '@content-pipeline/persistence';
import { CONSOLE_DEFAULT_PORT, CONSOLE_SERVICE_NAME } from './console.config';
import { CONSOLE_SCHEMA, consoleEntities, consoleMigrations } from './persistence';

// Migrations need the database settings only, not the console's service key or first admin.
void runServiceMigrations(
  () => loadServiceConfig(CONSOLE_SERVICE_NAME, CONSOLE_DEFAULT_PORT, {}).service,
  CONSOLE_SCHEMA,
  consoleEntities,
  consoleMigrations,
);
