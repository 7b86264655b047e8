import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ConfigError } from '@content-pipeline/config';
import {
  createProvider,
  ProviderError,
  type ContentGenerationProvider,
} from '@content-pipeline/llm-providers';
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

/**
 * Logs how the pipeline meets the provider (the Dify workflow's inputs, whether regenerations carry feedback). A
 * workflow the pipeline cannot serve stops the start with the reason; an unreachable provider only delays the
 * check to the first call.
 */
async function reportProviderContract(
  provider: ContentGenerationProvider,
  logger: JsonLogger,
): Promise<void> {
  if (!provider.describeContract) return;
  try {
    for (const note of await provider.describeContract()) {
      if (note.level === 'warn') logger.warn(note.message, { provider: provider.name });
      else logger.info(note.message, { provider: provider.name });
    }
  } catch (error) {
    if (error instanceof ProviderError && error.code === 'contract_mismatch') {
      throw new ConfigError([{ variable: 'DIFY_WORKFLOW_INPUTS', problem: error.message }]);
    }
    logger.warn('Could not read the provider contract at start-up; it is read on the first call', {
      provider: provider.name,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

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
        {
          provide: CONTENT_PROVIDER,
          useFactory: async () => {
            const provider = createProvider(config.provider);
            await reportProviderContract(provider, logger);
            return provider;
          },
        },
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
