import { DynamicModule, Module } from '@nestjs/common';
import {
  API_KEYS,
  ApiKeyGuard,
  CONSUMER_GROUPS,
  ConsumerGroups,
  PipelineServiceModule,
} from '@content-pipeline/nest-runtime';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import type { JobServiceConfig } from './job-service.config';
import { JOB_SERVICE_CONFIG } from './job-service.tokens';
import { CreateJobUseCase } from './create-job/create-job.use-case';
import { JobController } from './job-api/job.controller';
import { JobProgressStream } from './job-api/job-progress.stream';
import { JobQueries } from './job-api/job-queries';
import { JobAdmissionService } from './job-admission/job-admission.service';
import { JobCostRepository } from './job-cost/job-cost.repository';
import { RecordJobCostUseCase } from './job-cost/record-job-cost.use-case';
import { JOB_COST_GROUP, UsagePricedConsumer } from './job-cost/usage-priced.consumer';
import { JobGauges } from './job-ledger/job-gauges';
import { JobLedgerRepository } from './job-ledger/job-ledger.repository';
import { RawMessagePublisher } from './raw-publisher/raw-message.publisher';
import { ResumeJobUseCase } from './resume-job/resume-job.use-case';
import { SetBudgetUseCase } from './set-budget/set-budget.use-case';
import { JOB_LEDGER_GROUP, JobEventsConsumer } from './track-tasks/job-events.consumer';
import { TrackTasksUseCase } from './track-tasks/track-tasks.use-case';
import {
  PROVIDER_HOLD_GROUP,
  ProviderHoldChangedConsumer,
} from './provider-hold/provider-hold-changed.consumer';
import { ProviderHoldRepository } from './provider-hold/provider-hold.repository';
import { JOB_SERVICE_SCHEMA, jobServiceEntities, jobServiceMigrations } from './persistence';

@Module({})
export class JobServiceModule {
  static forRoot(config: JobServiceConfig, logger: JsonLogger): DynamicModule {
    return {
      module: JobServiceModule,
      imports: [
        PipelineServiceModule.forRoot({
          config: config.service,
          schema: JOB_SERVICE_SCHEMA,
          entities: jobServiceEntities,
          migrations: jobServiceMigrations,
          logger,
          metrics: new ServiceMetrics(config.service.serviceName),
        }),
      ],
      controllers: [JobController, UsagePricedConsumer, JobEventsConsumer, ProviderHoldChangedConsumer],
      providers: [
        { provide: JOB_SERVICE_CONFIG, useValue: config },
        {
          provide: CONSUMER_GROUPS,
          useValue: {
            [JOB_COST_GROUP]: { groupId: JOB_COST_GROUP, concurrency: config.concurrency },
            [JOB_LEDGER_GROUP]: { groupId: JOB_LEDGER_GROUP, concurrency: config.concurrency },
            // From the beginning: a job service deployed while the provider is held learns of the hold.
            [PROVIDER_HOLD_GROUP]: { groupId: PROVIDER_HOLD_GROUP, concurrency: 1, fromBeginning: true },
          } satisfies ConsumerGroups,
        },
        { provide: API_KEYS, useValue: config.apiKeys },
        ApiKeyGuard,
        RawMessagePublisher,
        JobLedgerRepository,
        JobAdmissionService,
        JobCostRepository,
        RecordJobCostUseCase,
        TrackTasksUseCase,
        CreateJobUseCase,
        ResumeJobUseCase,
        SetBudgetUseCase,
        ProviderHoldRepository,
        JobQueries,
        JobProgressStream,
        JobGauges,
      ],
    };
  }
}
