import { DynamicModule, Module } from '@nestjs/common';
import { createProvider } from '@content-pipeline/llm-providers';
import { PipelineServiceModule } from '@content-pipeline/nest-runtime';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import type { GeneratorConfig } from './generator.config';
import { CONTENT_PROVIDER, GENERATOR_CONFIG } from './generator.tokens';
import { GenerateContentUseCase } from './generate-content/generate-content.use-case';
import { GenerationRequestConsumer } from './generate-content/generation-request.consumer';
import { GENERATOR_SCHEMA, generatorEntities, generatorMigrations } from './persistence';

@Module({})
export class GeneratorModule {
  static forRoot(config: GeneratorConfig, logger: JsonLogger): DynamicModule {
    return {
      module: GeneratorModule,
      imports: [
        PipelineServiceModule.forRoot({
          config: config.service,
          schema: GENERATOR_SCHEMA,
          entities: generatorEntities,
          migrations: generatorMigrations,
          logger,
          metrics: new ServiceMetrics(config.service.serviceName),
        }),
      ],
      providers: [
        { provide: GENERATOR_CONFIG, useValue: config },
        { provide: CONTENT_PROVIDER, useFactory: () => createProvider(config.provider) },
        GenerateContentUseCase,
        GenerationRequestConsumer,
      ],
    };
  }
}
