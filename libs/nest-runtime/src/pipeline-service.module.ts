import { DynamicModule, Global, Module } from '@nestjs/common';
import type { ServiceConfig } from '@content-pipeline/config';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import { createServiceDataSource, ServiceDataSourceOptions } from '@content-pipeline/persistence';
import { DatabaseLifecycle } from './database-lifecycle.service';
import { HealthController } from './health.controller';
import { KafkaRuntime } from './kafka-runtime.service';
import { ReadinessService } from './readiness.service';
import { SERVICE_CONFIG, SERVICE_DATA_SOURCE } from './tokens';

export interface PipelineServiceOptions {
  config: ServiceConfig;
  /** The PostgreSQL schema this service owns. */
  schema: string;
  entities: ServiceDataSourceOptions['entities'];
  migrations: ServiceDataSourceOptions['migrations'];
  logger: JsonLogger;
  metrics: ServiceMetrics;
}

/**
 * What every pipeline service shares: typed config, JSON logger, Prometheus metrics, Kafka runtime,
 * its own database schema, `/health`, `/health/ready` and `/metrics`.
 */
@Global()
@Module({})
export class PipelineServiceModule {
  static forRoot(options: PipelineServiceOptions): DynamicModule {
    return {
      module: PipelineServiceModule,
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: options.config },
        { provide: JsonLogger, useValue: options.logger },
        { provide: ServiceMetrics, useValue: options.metrics },
        {
          provide: SERVICE_DATA_SOURCE,
          useFactory: async () => {
            const dataSource = createServiceDataSource({
              database: options.config.database,
              schema: options.schema,
              serviceName: options.config.serviceName,
              entities: options.entities,
              migrations: options.migrations,
            });
            return dataSource.initialize();
          },
        },
        KafkaRuntime,
        ReadinessService,
        DatabaseLifecycle,
      ],
      exports: [
        SERVICE_CONFIG,
        JsonLogger,
        ServiceMetrics,
        SERVICE_DATA_SOURCE,
        KafkaRuntime,
        ReadinessService,
      ],
    };
  }
}
