import { DynamicModule, Module } from '@nestjs/common';
import { PipelineServiceModule } from '@content-pipeline/nest-runtime';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import type { VersionStoreConfig } from './version-store.config';
import { VERSION_STORE_CONFIG } from './version-store.tokens';
import { QualityVerdictConsumer } from './store-version/quality-verdict.consumer';
import { StoreVersionUseCase } from './store-version/store-version.use-case';
import { VERSION_STORE_SCHEMA, versionStoreEntities, versionStoreMigrations } from './persistence';

@Module({})
export class VersionStoreModule {
  static forRoot(config: VersionStoreConfig, logger: JsonLogger): DynamicModule {
    return {
      module: VersionStoreModule,
      imports: [
        PipelineServiceModule.forRoot({
          config: config.service,
          schema: VERSION_STORE_SCHEMA,
          entities: versionStoreEntities,
          migrations: versionStoreMigrations,
          logger,
          metrics: new ServiceMetrics(config.service.serviceName),
        }),
      ],
      providers: [
        { provide: VERSION_STORE_CONFIG, useValue: config },
        StoreVersionUseCase,
        QualityVerdictConsumer,
      ],
    };
  }
}
