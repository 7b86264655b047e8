import { DynamicModule, Module } from '@nestjs/common';
import { CONSUMER_GROUPS, ConsumerGroups, PipelineServiceModule } from '@content-pipeline/nest-runtime';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import type { RegeneratorConfig } from './regenerator.config';
import { REGENERATOR_CONFIG } from './regenerator.tokens';
import { PlanNextRequestUseCase } from './plan-next-request/plan-next-request.use-case';
import { QualityVerdictConsumer, REGENERATOR_GROUP } from './plan-next-request/quality-verdict.consumer';
import { JobRegenerationController } from './job-regeneration/job-regeneration.controller';
import { REGENERATOR_SCHEMA, regeneratorEntities, regeneratorMigrations } from './persistence';

@Module({})
export class RegeneratorModule {
  static forRoot(config: RegeneratorConfig, logger: JsonLogger): DynamicModule {
    return {
      module: RegeneratorModule,
      imports: [
        PipelineServiceModule.forRoot({
          config: config.service,
          schema: REGENERATOR_SCHEMA,
          entities: regeneratorEntities,
          migrations: regeneratorMigrations,
          logger,
          metrics: new ServiceMetrics(config.service.serviceName),
        }),
      ],
      controllers: [JobRegenerationController, QualityVerdictConsumer],
      providers: [
        { provide: REGENERATOR_CONFIG, useValue: config },
        {
          provide: CONSUMER_GROUPS,
          useValue: {
            [REGENERATOR_GROUP]: { groupId: REGENERATOR_GROUP, concurrency: config.concurrency },
          } satisfies ConsumerGroups,
        },
        PlanNextRequestUseCase,
      ],
    };
  }
}
