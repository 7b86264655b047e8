import { runServiceMigrations } from '@content-pipeline/persistence';
import { loadCostMeterConfig } from './cost-meter.config';
import { COST_METER_SCHEMA, costMeterEntities, costMeterMigrations } from './persistence';

void runServiceMigrations(
  () => loadCostMeterConfig().service,
  COST_METER_SCHEMA,
  costMeterEntities,
  costMeterMigrations,
);
