import { TokenLedgerEntry } from './token-ledger/token-ledger-entry.entity';
import { CreateTokenLedger1764115200000 } from './migrations/1764115200000-create-token-ledger';

/** The PostgreSQL schema the cost meter owns. */
export const COST_METER_SCHEMA = 'cost_meter';
export const costMeterEntities = [TokenLedgerEntry];
export const costMeterMigrations = [CreateTokenLedger1764115200000];
