import { GenerationAttempt } from './generation-attempt/generation-attempt.entity';
import { CreateGenerationAttempt1764115200000 } from './migrations/1764115200000-create-generation-attempt';
import { CreateLlmRateLimiter1764633600000 } from './migrations/1764633600000-create-llm-rate-limiter';
import { AddOutputTokensToLlmRateLimiter1765065600000 } from './migrations/1765065600000-add-output-tokens-to-llm-rate-limiter';
import { AddProviderReportToGenerationAttempt1764892800000 } from './migrations/1764892800000-add-provider-report-to-generation-attempt';
import { CreateJobAdmission1764720000000, JobAdmission, ParkedGenerationRequest } from './job-admission';
import { CreateProviderHold1764896400000 } from './provider-hold/1764896400000-create-provider-hold';
import { CreateProviderHoldOutbox1765008000000 } from './provider-hold/1765008000000-create-provider-hold-outbox';
import { CreateBatchLane1765100000000 } from './batch-lane/1765100000000-create-batch-lane';
import { CreateJudgement1765400000000 } from './judge/1765400000000-create-judgement';
import { CreatePriorityClaim1765500000000 } from './lanes/1765500000000-create-priority-claim';
import { CreateLearnedCallSize1765600000000 } from './rate-limiting/1765600000000-create-learned-call-size';

/** The PostgreSQL schema the generator owns. */
export const GENERATOR_SCHEMA = 'generator';
export const generatorEntities = [GenerationAttempt, JobAdmission, ParkedGenerationRequest];
export const generatorMigrations = [
  CreateGenerationAttempt1764115200000,
  CreateLlmRateLimiter1764633600000,
  CreateJobAdmission1764720000000,
  AddProviderReportToGenerationAttempt1764892800000,
  CreateProviderHold1764896400000,
  CreateProviderHoldOutbox1765008000000,
  AddOutputTokensToLlmRateLimiter1765065600000,
  CreateBatchLane1765100000000,
  CreateJudgement1765400000000,
  CreatePriorityClaim1765500000000,
  CreateLearnedCallSize1765600000000,
];
