import { runServiceMigrations } from '@content-pipeline/persistence';
import { loadQualityGateConfig } from './quality-gate.config';
import { QUALITY_GATE_SCHEMA, qualityGateEntities, qualityGateMigrations } from './persistence';

void runServiceMigrations(
  () => loadQualityGateConfig().service,
  QUALITY_GATE_SCHEMA,
  qualityGateEntities,
  qualityGateMigrations,
);
