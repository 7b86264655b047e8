import { DynamicModule, Module } from '@nestjs/common';
import { PipelineServiceModule } from '@content-pipeline/nest-runtime';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import type { IngesterConfig } from './ingester.config';
import { INGESTER_CONFIG } from './ingester.tokens';
import { AsyncApiController } from './http/asyncapi.controller';
import { CatalogConsumer } from './ingest-sku/catalog.consumer';
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
      controllers: [AsyncApiController],
      providers: [{ provide: INGESTER_CONFIG, useValue: config }, IngestSkuUseCase, CatalogConsumer],
    };
  }
}
