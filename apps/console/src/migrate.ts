import { runServiceMigrations } from '@content-pipeline/persistence';
import { loadConsoleConfig } from './console.config';
import { CONSOLE_SCHEMA, consoleEntities, consoleMigrations } from './persistence';

void runServiceMigrations(
  () => loadConsoleConfig().service,
  CONSOLE_SCHEMA,
  consoleEntities,
  consoleMigrations,
);
