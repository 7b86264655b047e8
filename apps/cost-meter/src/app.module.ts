import { DynamicModule, Module } from '@nestjs/common';
import { API_KEYS, ApiKeyGuard, PipelineServiceModule } from '@content-pipeline/nest-runtime';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import type { CostMeterConfig } from './cost-meter.config';
import { COST_METER_CONFIG } from './cost-meter.tokens';
import { CreateJobUseCase } from './create-job/create-job.use-case';
import { JobController } from './job-api/job.controller';
import { JobQueries } from './job-api/job-queries';
import { JobAdmissionService } from './job-admission/job-admission.service';
import { JobGauges } from './job-ledger/job-gauges';
import { JobLedgerRepository } from './job-ledger/job-ledger.repository';
import { RawMessagePublisher } from './raw-publisher/raw-message.publisher';
import { RecordUsageUseCase } from './record-usage/record-usage.use-case';
import { UsageRecordedConsumer } from './record-usage/usage-recorded.consumer';
import { ResumeJobUseCase } from './resume-job/resume-job.use-case';
import { JobEventsConsumer } from './track-tasks/job-events.consumer';
import { TrackTasksUseCase } from './track-tasks/track-tasks.use-case';
import { COST_METER_SCHEMA, costMeterEntities, costMeterMigrations } from './persistence';

@Module({})
export class CostMeterModule {
  static forRoot(config: CostMeterConfig, logger: JsonLogger): DynamicModule {
    return {
      module: CostMeterModule,
      imports: [
        PipelineServiceModule.forRoot({
          config: config.service,
          schema: COST_METER_SCHEMA,
          entities: costMeterEntities,
          migrations: costMeterMigrations,
          logger,
          metrics: new ServiceMetrics(config.service.serviceName),
        }),
      ],
      controllers: [JobController],
      providers: [
        { provide: COST_METER_CONFIG, useValue: config },
        { provide: API_KEYS, useValue: config.apiKeys },
        ApiKeyGuard,
        RawMessagePublisher,
        JobLedgerRepository,
        JobAdmissionService,
        RecordUsageUseCase,
        UsageRecordedConsumer,
        TrackTasksUseCase,
        JobEventsConsumer,
        CreateJobUseCase,
        ResumeJobUseCase,
        JobQueries,
        JobGauges,
      ],
    };
  }
}
