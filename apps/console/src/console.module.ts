import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import { createServiceDataSource } from '@content-pipeline/persistence';
import type { ConsoleConfig } from './console.config';
import { CONSOLE_CONFIG, CONSOLE_DATA_SOURCE } from './console.tokens';
import { ConsoleHealthController } from './http/console-health.controller';
import { ExperimentsController } from './experiments/experiments.controller';
import { JobsController } from './jobs/jobs.controller';
import { PeopleController } from './people/people.controller';
import { PeopleService } from './people/people.service';
import { CONSOLE_SCHEMA, consoleEntities, consoleMigrations } from './persistence';
import { ReviewController } from './review/review.controller';
import { ReviewDesk } from './review/review-desk';
import { SessionController } from './session/session.controller';
import { SessionGuard } from './session/session.guard';
import { SessionStore } from './session/session.store';
import { SpotChecksController } from './spot-checks/spot-checks.controller';
import { ServiceClient } from './upstream/service-client';
import { VersionComparison } from './versions/version-comparison';
import { VersionsController } from './versions/versions.controller';

/** Closes the console's pool on shutdown. */
class ConsoleDatabaseLifecycle implements OnApplicationShutdown {
  constructor(@Inject(CONSOLE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * The review console's backend for its page: people and sessions in its own schema, and the pipeline's APIs
 * called on the signed-in person's behalf. It needs no Kafka: every write goes through the version store.
 */
@Module({})
export class ConsoleModule {
  static forRoot(config: ConsoleConfig, logger: JsonLogger): DynamicModule {
    return {
      module: ConsoleModule,
      controllers: [
        ConsoleHealthController,
        SessionController,
        PeopleController,
        ReviewController,
        VersionsController,
        JobsController,
        SpotChecksController,
        ExperimentsController,
      ],
      providers: [
        { provide: CONSOLE_CONFIG, useValue: config },
        { provide: JsonLogger, useValue: logger },
        { provide: ServiceMetrics, useValue: new ServiceMetrics(config.service.serviceName) },
        {
          provide: CONSOLE_DATA_SOURCE,
          useFactory: () =>
            createServiceDataSource({
              database: config.service.database,
              schema: CONSOLE_SCHEMA,
              serviceName: config.service.serviceName,
              entities: consoleEntities,
              migrations: consoleMigrations,
            }).initialize(),
        },
        ConsoleDatabaseLifecycle,
        SessionStore,
        SessionGuard,
        PeopleService,
        ServiceClient,
        ReviewDesk,
        VersionComparison,
      ],
    };
  }
}
