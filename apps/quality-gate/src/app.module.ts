import { DynamicModule, Module } from '@nestjs/common';
import {
  API_KEYS,
  ApiKeyGuard,
  CONSUMER_GROUPS,
  ConsumerGroups,
  PipelineServiceModule,
} from '@content-pipeline/nest-runtime';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import type { QualityGateConfig } from './quality-gate.config';
import { QUALITY_GATE_CONFIG } from './quality-gate.tokens';
import { CheckQualityUseCase } from './check-quality/check-quality.use-case';
import {
  QUALITY_CHECK_REPOSITORY,
  TypeOrmQualityCheckRepository,
} from './check-quality/quality-check.repository';
import { ContentGeneratedConsumer, QUALITY_GATE_GROUP } from './check-quality/content-generated.consumer';
import { OperatorRulesController } from './operator-rules/operator-rules.controller';
import { OperatorRulesStore } from './operator-rules/operator-rules.store';
import { QUALITY_GATE_SCHEMA, qualityGateEntities, qualityGateMigrations } from './persistence';

@Module({})
export class QualityGateModule {
  static forRoot(config: QualityGateConfig, logger: JsonLogger): DynamicModule {
    return {
      module: QualityGateModule,
      imports: [
        PipelineServiceModule.forRoot({
          config: config.service,
          schema: QUALITY_GATE_SCHEMA,
          entities: qualityGateEntities,
          migrations: qualityGateMigrations,
          logger,
          metrics: new ServiceMetrics(config.service.serviceName),
        }),
      ],
      controllers: [OperatorRulesController, ContentGeneratedConsumer],
      providers: [
        { provide: QUALITY_GATE_CONFIG, useValue: config },
        {
          provide: CONSUMER_GROUPS,
          useValue: {
            [QUALITY_GATE_GROUP]: { groupId: QUALITY_GATE_GROUP, concurrency: config.concurrency },
          } satisfies ConsumerGroups,
        },
        { provide: API_KEYS, useValue: config.apiKeys },
        ApiKeyGuard,
        OperatorRulesStore,
        { provide: QUALITY_CHECK_REPOSITORY, useClass: TypeOrmQualityCheckRepository },
        CheckQualityUseCase,
      ],
    };
  }
}
