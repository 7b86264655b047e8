import { randomUUID } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ConfigError } from '@content-pipeline/config';
import {
  AnthropicBatchClient,
  createProvider,
  OpenAiBatchClient,
  ProviderError,
  type BatchProviderClient,
  type ContentGenerationProvider,
} from '@content-pipeline/llm-providers';
import { outputTokenMarginFor, tokenMarginFor } from '@content-pipeline/rate-limiting';
import { Topics } from '@content-pipeline/contracts';
import {
  API_KEYS,
  ApiKeyGuard,
  CONSUMER_GROUPS,
  ConsumerGroups,
  PipelineServiceModule,
  SERVICE_DATA_SOURCE,
} from '@content-pipeline/nest-runtime';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import { ProviderCircuitBreaker } from './circuit-breaker/provider-circuit-breaker';
import type { GeneratorConfig } from './generator.config';
import { GeneratorMetrics } from './generator.metrics';
import { BATCH_CLIENT, CONTENT_PROVIDER, GENERATOR_CONFIG } from './generator.tokens';
import { BatchLane } from './batch-lane/batch-lane';
import { BatchLaneStore } from './batch-lane/batch-lane.store';
import { GenerateContentUseCase } from './generate-content/generate-content.use-case';
import {
  GENERATION_ATTEMPT_REPOSITORY,
  SqlGenerationAttemptRepository,
} from './generate-content/generation-attempt.repository';
import { GENERATION_GROUP, GenerationRequestConsumer } from './generate-content/generation-request.consumer';
import { GuardedContentProvider } from './generate-content/guarded-content.provider';
import { ConsumerPauses } from './lanes/consumer-pauses';
import { LlmAdmission } from './rate-limiting/llm-admission';
import { PriorityClaimStore } from './lanes/priority-claim.store';
import { LlmBudgetStore } from './rate-limiting/llm-budget.store';
import { GENERATOR_SCHEMA, generatorEntities, generatorMigrations } from './persistence';
import { ProviderHold } from './provider-hold/provider-hold';
import { ProviderHoldController } from './provider-hold/provider-hold.controller';
import { ProviderHoldPublication } from './provider-hold/provider-hold.publication';
import { KeyReloadingProvider } from './provider-hold/key-reloading.provider';
import { ProviderHoldStore } from './provider-hold/provider-hold.store';
import { ProviderProbe } from './provider-hold/provider-probe';
import {
  LearnedCallSizes,
  LearnedCallSizeStore,
  learnedCallSizeScope,
} from './rate-limiting/learned-call-sizes';
import { JOB_ADMISSION_GROUP, JobAdmissionConsumer, JobAdmissionGate } from './job-admission';
import {
  judgeConsumerGroup,
  JudgeRequestConsumer,
  judgeProviders,
  loadJudgeConfig,
} from './judge/judge.providers';

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

/** The provider's batch API client when the batch lane is on (OpenAI, Anthropic), else null. */
function createBatchClient(config: GeneratorConfig): BatchProviderClient | null {
  const lane = config.batchLane;
  if (!lane.enabled) return null;
  const limits = { maxRequests: lane.maxRequests, maxBytes: lane.maxBytes };
  if (config.provider.kind === 'openai') return new OpenAiBatchClient(config.provider, limits);
  if (config.provider.kind === 'anthropic') return new AnthropicBatchClient(config.provider, limits);
  return null;
}

@Module({})
export class GeneratorModule {
  static forRoot(config: GeneratorConfig, logger: JsonLogger): DynamicModule {
    const metrics = new ServiceMetrics(config.service.serviceName);
    const generatorMetrics = new GeneratorMetrics(metrics.registry);
    const judge = loadJudgeConfig(config.provider);
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
      controllers: [
        ProviderHoldController,
        GenerationRequestConsumer,
        JobAdmissionConsumer,
        JudgeRequestConsumer,
      ],
      providers: [
        { provide: GENERATOR_CONFIG, useValue: config },
        { provide: API_KEYS, useValue: config.apiKeys },
        ApiKeyGuard,
        JobAdmissionGate,
        { provide: GeneratorMetrics, useValue: generatorMetrics },
        { provide: ConsumerPauses, useValue: pauses },
        {
          provide: CONSUMER_GROUPS,
          useValue: {
            [GENERATION_GROUP]: {
              groupId: config.consumerGroup,
              concurrency: config.concurrency,
              topicConcurrency: { [Topics.generationRequestedPriority.name]: config.priorityConcurrency },
              // A new SKU's four derived languages share its key: ordered, each waited for the one before.
              unorderedTopics: [Topics.generationRequestedPriority.name],
              retryPolicy: config.retryPolicy,
              onStarted: (runner) =>
                pauses.attach(runner, {
                  priority: Topics.generationRequestedPriority.name,
                  bulk: Topics.generationRequestedBulk.name,
                }),
            },
            [JOB_ADMISSION_GROUP]: { groupId: JOB_ADMISSION_GROUP, concurrency: 8 },
            ...judgeConsumerGroup(judge),
          } satisfies ConsumerGroups,
        },
        {
          provide: CONTENT_PROVIDER,
          useFactory: async () => {
            const { apiKeyFile } = config.hold;
            const provider = apiKeyFile
              ? new KeyReloadingProvider(apiKeyFile, config.provider.apiKey, (apiKey) =>
                  createProvider({ ...config.provider, apiKey }),
                )
              : createProvider(config.provider);
            await reportProviderContract(provider, logger);
            return provider;
          },
        },
        {
          provide: LlmAdmission,
          inject: [SERVICE_DATA_SOURCE],
          useFactory: async (dataSource: DataSource) => {
            const store = new LlmBudgetStore(dataSource, config.rateLimit.limiterKey);
            logger.info('LLM budget', {
              requestsPerMinute: config.rateLimit.requestsPerMinute,
              tokensPerMinute: config.rateLimit.tokensPerMinute,
              outputTokensPerMinute: config.rateLimit.outputTokensPerMinute,
              tokenAccounting: config.rateLimit.tokenAccounting,
              outputCap: config.outputCap,
            });
            await store.ensureRow();
            return new LlmAdmission(
              store,
              {
                configured: {
                  requestsPerWindow: config.rateLimit.requestsPerMinute,
                  tokensPerWindow: config.rateLimit.tokensPerMinute,
                  ...(config.rateLimit.outputTokensPerMinute !== undefined
                    ? { outputTokensPerWindow: config.rateLimit.outputTokensPerMinute }
                    : {}),
                },
                burstRatio: config.rateLimit.burstRatio,
                minTokenBurst: config.rateLimit.minTokenBurst,
                tokenMargin: tokenMarginFor(config.rateLimit.tokenAccounting, config.maxOutputTokens),
                // The output budget's margin: what Anthropic holds above the forecasts for calls in flight.
                ...(config.rateLimit.outputTokensPerMinute !== undefined
                  ? {
                      outputTokenMargin: outputTokenMarginFor(
                        config.rateLimit.outputTokensPerMinute,
                        config.maxOutputTokens,
                      ),
                    }
                  : {}),
              },
              generatorMetrics,
              (available) => pauses.set('budget_store_unavailable', !available),
              (level, message, context) => logger.log(level, message, context),
              // One claimant per process: a restarted instance is a new one, its old claim lapses.
              new PriorityClaimStore(dataSource, config.rateLimit.limiterKey, randomUUID()),
            );
          },
        },
        ProviderHoldPublication,
        {
          provide: ProviderHold,
          inject: [SERVICE_DATA_SOURCE, CONTENT_PROVIDER, LlmAdmission],
          useFactory: async (dataSource: DataSource, provider, admission: LlmAdmission) => {
            const probe = new ProviderProbe(provider, admission, {
              maxOutputTokens: config.maxOutputTokens,
              hardTimeoutMs: config.hardTimeoutMs,
              promptVersion: config.hold.probePromptVersion,
            });
            const hold = new ProviderHold(
              new ProviderHoldStore(dataSource, config.rateLimit.limiterKey, config.provider.kind),
              config.provider.kind,
              config.hold,
              generatorMetrics,
              (held) => pauses.set('provider_held', held),
              () => {
                // A rotated secret is picked up here, so it lifts the hold without a restart.
                if (provider instanceof KeyReloadingProvider && provider.reloadKey())
                  logger.info('Provider API key reloaded from its secret file', {
                    provider: config.provider.kind,
                  });
                return probe.run();
              },
              (level, message, context) => logger.log(level, message, context),
            );
            // Before the consumer starts: an instance started while the group is held fetches nothing.
            await hold.start();
            return hold;
          },
        },
        {
          provide: ProviderCircuitBreaker,
          inject: [ProviderHold],
          useFactory: (hold: ProviderHold) =>
            new ProviderCircuitBreaker(
              config.provider.kind,
              config.breaker,
              generatorMetrics,
              (open) => {
                pauses.set('breaker_open', open);
                hold.breakerOpen(open);
              },
              (message, context) => logger.warn(message, context),
            ),
        },
        {
          provide: LearnedCallSizes,
          inject: [SERVICE_DATA_SOURCE],
          useFactory: async (dataSource: DataSource) => {
            const learned = new LearnedCallSizes(
              new LearnedCallSizeStore(dataSource, learnedCallSizeScope(config.provider)),
              config.maxOutputTokens,
              (message, context) => logger.warn(message, context),
            );
            // Before the consumer starts: the first calls are sized from what the group learned.
            await learned.start();
            return learned;
          },
        },
        {
          provide: GuardedContentProvider,
          inject: [CONTENT_PROVIDER, ProviderCircuitBreaker, LlmAdmission, ProviderHold, LearnedCallSizes],
          useFactory: (
            provider,
            breaker: ProviderCircuitBreaker,
            admission: LlmAdmission,
            hold: ProviderHold,
            learned: LearnedCallSizes,
          ) =>
            new GuardedContentProvider(
              provider,
              breaker,
              admission,
              hold,
              generatorMetrics,
              {
                maxOutputTokens: config.maxOutputTokens,
                hardTimeoutMs: config.hardTimeoutMs,
                tokenAccounting: config.rateLimit.tokenAccounting,
                separateOutputBudget: config.rateLimit.outputTokensPerMinute !== undefined,
                outputCap: config.outputCap,
              },
              learned,
            ),
        },
        { provide: GENERATION_ATTEMPT_REPOSITORY, useClass: SqlGenerationAttemptRepository },
        GenerateContentUseCase,
        ...judgeProviders(judge, metrics.registry),
        { provide: BATCH_CLIENT, useValue: createBatchClient(config) },
        BatchLaneStore,
        BatchLane,
      ],
    };
  }
}
