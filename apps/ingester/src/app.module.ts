import { DynamicModule, Module } from '@nestjs/common';
import { CONSUMER_GROUPS, ConsumerGroups, PipelineServiceModule } from '@content-pipeline/nest-runtime';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import type { IngesterConfig } from './ingester.config';
import { INGESTER_CONFIG } from './ingester.tokens';
import { AsyncApiController } from './http/asyncapi.controller';
import { CatalogConsumer, INGESTER_GROUP } from './ingest-sku/catalog.consumer';
import { IngestSkuUseCase } from './ingest-sku/ingest-sku.use-case';
import { INGESTER_SCHEMA, ingesterEntities, ingesterMigrations } from './persistence';

@Module({})
export class IngesterModule {
  static forRoot(config: IngesterConfig, logger: JsonLogger): DynamicModule {
    return {
      module: IngesterModule,
      imports: [
        PipelineServiceModule.forRoot({
          config: config.service,
          schema: INGESTER_SCHEMA,
          entities: ingesterEntities,
          migrations: ingesterMigrations,
          logger,
          metrics: new ServiceMetrics(config.service.serviceName),
        }),
      ],
      controllers: [AsyncApiController, CatalogConsumer],
      providers: [
        { provide: INGESTER_CONFIG, useValue: config },
        {
          provide: CONSUMER_GROUPS,
          useValue: {
            [INGESTER_GROUP]: { groupId: INGESTER_GROUP, concurrency: config.concurrency },
          } satisfies ConsumerGroups,
        },
        IngestSkuUseCase,
      ],
    };
  }
}
