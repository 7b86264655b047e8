import { runServiceMigrations } from '@content-pipeline/persistence';
import { loadRegeneratorConfig } from './regenerator.config';
import { REGENERATOR_SCHEMA, regeneratorEntities, regeneratorMigrations } from './persistence';

void runServiceMigrations(
  () => loadRegeneratorConfig().service,
  REGENERATOR_SCHEMA,
  regeneratorEntities,
  regeneratorMigrations,
);
