import { runServiceMigrations } from '@content-pipeline/persistence';
import { loadGeneratorConfig } from './generator.config';
import { GENERATOR_SCHEMA, generatorEntities, generatorMigrations } from './persistence';

void runServiceMigrations(
  () => loadGeneratorConfig().service,
  GENERATOR_SCHEMA,
  generatorEntities,
  generatorMigrations,
);
