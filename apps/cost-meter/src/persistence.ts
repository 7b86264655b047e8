import { TokenLedgerEntry } from './token-ledger/token-ledger-entry.entity';
import { CreateTokenLedger1764115200000 } from './migrations/1764115200000-create-token-ledger';
import { CreateJobLedger1764288000000 } from './migrations/1764288000000-create-job-ledger';
import { HandJobLedgerToJobService1764979200000 } from './migrations/1764979200000-hand-job-ledger-to-job-service';

/** The PostgreSQL schema the cost meter owns. */
export const COST_METER_SCHEMA = 'cost_meter';
export const costMeterEntities = [TokenLedgerEntry];
export const costMeterMigrations = [
  CreateTokenLedger1764115200000,
  CreateJobLedger1764288000000,
  HandJobLedgerToJobService1764979200000,
];
