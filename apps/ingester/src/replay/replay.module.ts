import { DynamicModule, Module } from '@nestjs/common';
import { PipelineServiceModule } from '@content-pipeline/nest-runtime';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import type { IngesterConfig } from '../ingester.config';
import { INGESTER_CONFIG } from '../ingester.tokens';
import { IngestSkuUseCase } from '../ingest-sku/ingest-sku.use-case';
import { INGESTER_SCHEMA, ingesterEntities, ingesterMigrations } from '../persistence';
import { CatalogReplayRunner, REPLAY_OPTIONS } from './catalog-replay.runner';
import type { ReplayOptions } from './replay-options';

/** The ingester's use case with a one-shot replay consumer instead of the live catalogue consumer. */
@Module({})
export class CatalogReplayModule {
  static forReplay(config: IngesterConfig, logger: JsonLogger, options: ReplayOptions): DynamicModule {
    return {
      module: CatalogReplayModule,
      imports: [
        PipelineServiceModule.forRoot({
          config: config.service,
          schema: INGESTER_SCHEMA,
          entities: ingesterEntities,
          migrations: ingesterMigrations,
          logger,
          metrics: new ServiceMetrics(`${config.service.serviceName}-replay`),
        }),
      ],
      providers: [
        { provide: INGESTER_CONFIG, useValue: config },
        { provide: REPLAY_OPTIONS, useValue: options },
        IngestSkuUseCase,
        CatalogReplayRunner,
      ],
    };
  }
}
