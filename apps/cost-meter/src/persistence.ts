import { TokenLedgerEntry } from './token-ledger/token-ledger-entry.entity';
import { Job } from './job-ledger/job.entity';
import { JobTask } from './job-ledger/job-task.entity';
import { CreateTokenLedger1764115200000 } from './migrations/1764115200000-create-token-ledger';
import { CreateJobLedger1764288000000 } from './migrations/1764288000000-create-job-ledger';

/** The PostgreSQL schema the cost meter owns. */
export const COST_METER_SCHEMA = 'cost_meter';
export const costMeterEntities = [TokenLedgerEntry, Job, JobTask];
export const costMeterMigrations = [CreateTokenLedger1764115200000, CreateJobLedger1764288000000];
