import { SkuSnapshot } from './sku-snapshot/sku-snapshot.entity';
import { CreateSkuSnapshot1764115200000 } from './migrations/1764115200000-create-sku-snapshot';

/** The PostgreSQL schema the ingester owns. */
export const INGESTER_SCHEMA = 'ingester';
export const ingesterEntities = [SkuSnapshot];
export const ingesterMigrations = [CreateSkuSnapshot1764115200000];
