import { runServiceMigrations } from '@content-pipeline/persistence';
import { loadIngesterConfig } from './ingester.config';
import { INGESTER_SCHEMA, ingesterEntities, ingesterMigrations } from './persistence';

void runServiceMigrations(
  () => loadIngesterConfig().service,
  INGESTER_SCHEMA,
  ingesterEntities,
  ingesterMigrations,
);
