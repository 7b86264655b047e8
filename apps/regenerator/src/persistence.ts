import { RegenerationDecision } from './regeneration-decision/regeneration-decision.entity';
import { CreateRegenerationDecision1764115200000 } from './migrations/1764115200000-create-regeneration-decision';

/** The PostgreSQL schema the regenerator owns. */
export const REGENERATOR_SCHEMA = 'regenerator';
export const regeneratorEntities = [RegenerationDecision];
export const regeneratorMigrations = [CreateRegenerationDecision1764115200000];
