import { Job } from './job-ledger/job.entity';
import { JobTask } from './job-ledger/job-task.entity';
import { JobCostEntry } from './job-cost/job-cost-entry.entity';
import { TakeOverJobLedger1764979200000 } from './migrations/1764979200000-take-over-job-ledger';
import { CreateProviderHold1765010000000 } from './migrations/1765010000000-create-provider-hold';

/** The PostgreSQL schema the job service owns. */
export const JOB_SERVICE_SCHEMA = 'job_service';
export const jobServiceEntities = [Job, JobTask, JobCostEntry];
export const jobServiceMigrations = [TakeOverJobLedger1764979200000, CreateProviderHold1765010000000];
