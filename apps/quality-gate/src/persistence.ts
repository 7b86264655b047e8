import { QualityCheck } from './quality-check/quality-check.entity';
import { CreateQualityCheck1764115200000 } from './migrations/1764115200000-create-quality-check';

/** The PostgreSQL schema the quality gate owns. */
export const QUALITY_GATE_SCHEMA = 'quality_gate';
export const qualityGateEntities = [QualityCheck];
export const qualityGateMigrations = [CreateQualityCheck1764115200000];
