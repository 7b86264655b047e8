import { DynamicModule, Module } from '@nestjs/common';
import {
  API_KEYS,
  ApiKeyGuard,
  CONSUMER_GROUPS,
  ConsumerGroups,
  PipelineServiceModule,
} from '@content-pipeline/nest-runtime';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import type { CostMeterConfig } from './cost-meter.config';
import { COST_METER_CONFIG } from './cost-meter.tokens';
import { PriceController } from './pricing/price.controller';
import { RecordUsageUseCase } from './record-usage/record-usage.use-case';
import { TokenLedgerRepository } from './record-usage/token-ledger.repository';
import { COST_METER_GROUP, UsageRecordedConsumer } from './record-usage/usage-recorded.consumer';
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
      controllers: [PriceController, UsageRecordedConsumer],
      providers: [
        { provide: COST_METER_CONFIG, useValue: config },
        {
          provide: CONSUMER_GROUPS,
          useValue: {
            [COST_METER_GROUP]: { groupId: COST_METER_GROUP, concurrency: config.concurrency },
          } satisfies ConsumerGroups,
        },
        { provide: API_KEYS, useValue: config.apiKeys },
        ApiKeyGuard,
        TokenLedgerRepository,
        RecordUsageUseCase,
      ],
    };
  }
}
