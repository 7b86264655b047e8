import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createProvider } from '@content-pipeline/llm-providers';
import { PipelineServiceModule, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import { ProviderCircuitBreaker } from './circuit-breaker/provider-circuit-breaker';
import type { GeneratorConfig } from './generator.config';
import { GeneratorMetrics } from './generator.metrics';
import { CONTENT_PROVIDER, GENERATOR_CONFIG } from './generator.tokens';
import { GenerateContentUseCase } from './generate-content/generate-content.use-case';
import {
  GENERATION_ATTEMPT_REPOSITORY,
  SqlGenerationAttemptRepository,
} from './generate-content/generation-attempt.repository';
import { GenerationRequestConsumer } from './generate-content/generation-request.consumer';
import { GuardedContentProvider } from './generate-content/guarded-content.provider';
import { ConsumerPauses } from './lanes/consumer-pauses';
import { LlmAdmission } from './rate-limiting/llm-admission';
import { LlmBudgetStore } from './rate-limiting/llm-budget.store';
import { GENERATOR_SCHEMA, generatorEntities, generatorMigrations } from './persistence';
import { JobAdmissionConsumer, JobAdmissionGate } from './job-admission';

@Module({})
export class GeneratorModule {
  static forRoot(config: GeneratorConfig, logger: JsonLogger): DynamicModule {
    const metrics = new ServiceMetrics(config.service.serviceName);
    const generatorMetrics = new GeneratorMetrics(metrics.registry);
    const pauses = new ConsumerPauses(generatorMetrics, (message, context) => logger.warn(message, context));
    return {
      module: GeneratorModule,
      imports: [
        PipelineServiceModule.forRoot({
          config: config.service,
          schema: GENERATOR_SCHEMA,
          entities: generatorEntities,
          migrations: generatorMigrations,
          logger,
          metrics,
        }),
      ],
      providers: [
        { provide: GENERATOR_CONFIG, useValue: config },
        JobAdmissionGate,
        JobAdmissionConsumer,
        { provide: GeneratorMetrics, useValue: generatorMetrics },
        { provide: ConsumerPauses, useValue: pauses },
        { provide: CONTENT_PROVIDER, useFactory: () => createProvider(config.provider) },
        {
          provide: LlmAdmission,
          inject: [SERVICE_DATA_SOURCE],
          useFactory: async (dataSource: DataSource) => {
            const store = new LlmBudgetStore(dataSource, config.rateLimit.limiterKey);
            await store.ensureRow();
            return new LlmAdmission(
              store,
              {
                configured: {
                  requestsPerWindow: config.rateLimit.requestsPerMinute,
                  tokensPerWindow: config.rateLimit.tokensPerMinute,
                },
                burstRatio: config.rateLimit.burstRatio,
                minTokenBurst: config.rateLimit.minTokenBurst,
              },
              generatorMetrics,
              (available) => pauses.set('budget_store_unavailable', !available),
              (level, message, context) => logger.log(level, message, context),
            );
          },
        },
        {
          provide: ProviderCircuitBreaker,
          useFactory: () =>
            new ProviderCircuitBreaker(
              config.provider.kind,
              config.breaker,
              generatorMetrics,
              (open) => pauses.set('breaker_open', open),
              (message, context) => logger.warn(message, context),
            ),
        },
        {
          provide: GuardedContentProvider,
          inject: [CONTENT_PROVIDER, ProviderCircuitBreaker, LlmAdmission],
          useFactory: (provider, breaker: ProviderCircuitBreaker, admission: LlmAdmission) =>
            new GuardedContentProvider(provider, breaker, admission, generatorMetrics, {
              maxOutputTokens: config.maxOutputTokens,
              hardTimeoutMs: config.hardTimeoutMs,
            }),
        },
        { provide: GENERATION_ATTEMPT_REPOSITORY, useClass: SqlGenerationAttemptRepository },
        GenerateContentUseCase,
        GenerationRequestConsumer,
      ],
    };
  }
}
