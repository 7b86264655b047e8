import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { GenerationRequested, Topics } from '@content-pipeline/contracts';
import { subscribe, Subscription, totalGroupLag } from '@content-pipeline/kafka-runtime';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { bulkLaneShouldYield, Lane } from '@content-pipeline/rate-limiting';
import { GENERATOR_CONFIG } from '../generator.tokens';
import type { GeneratorConfig } from '../generator.config';
import { ConsumerPauses } from '../lanes/consumer-pauses';
import { LlmAdmission } from '../rate-limiting/llm-admission';
import { ProviderHold } from '../provider-hold/provider-hold';
import { GenerateContentUseCase } from './generate-content.use-case';

/**
 * Thin edge: both lanes' requests go to the use case; LLM calls run in the runtime's bounded pool and wait for the
 * shared budget inside the handler. Priority lane: while the group has priority lag (polled every second) or
 * priority calls wait here, the bulk topic is paused and priority calls go first to the limiter.
 */
@Injectable()
export class GenerationRequestConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private lagTimer?: NodeJS.Timeout;

  constructor(
    private readonly kafka: KafkaRuntime,
    private readonly generate: GenerateContentUseCase,
    private readonly pauses: ConsumerPauses,
    private readonly admission: LlmAdmission,
    private readonly hold: ProviderHold,
    private readonly logger: JsonLogger,
    @Inject(GENERATOR_CONFIG) private readonly config: GeneratorConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const lane = (topic: Subscription<GenerationRequested>['topic'], name: Lane) =>
      subscribe<GenerationRequested>({
        topic,
        describe: (request) => ({ skuId: request.skuId, jobId: request.jobId, language: request.language }),
        handle: async (request, context) => {
          await this.generate.execute(request, name, context.signal);
        },
      });
    const runner = await this.kafka.startConsumer({
      groupId: this.config.consumerGroup,
      concurrency: this.config.concurrency,
      retryPolicy: this.config.retryPolicy,
      subscriptions: [
        lane(Topics.generationRequestedPriority, 'priority'),
        lane(Topics.generationRequestedBulk, 'bulk'),
      ],
    });
    this.pauses.attach(runner, {
      priority: Topics.generationRequestedPriority.name,
      bulk: Topics.generationRequestedBulk.name,
    });
    this.lagTimer = setInterval(() => void this.watchPriorityLane(), this.config.priorityLagPollMs);
    this.lagTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.lagTimer);
    this.hold.stop();
    await this.admission.close();
  }

  private async watchPriorityLane(): Promise<void> {
    try {
      const lag = await totalGroupLag(
        this.kafka.admin,
        this.config.consumerGroup,
        Topics.generationRequestedPriority.name,
      );
      this.pauses.set('priority_waiting', bulkLaneShouldYield(lag, this.admission.waiting('priority')));
    } catch (error) {
      this.logger.debug('Priority lag unavailable', { error: (error as Error).message });
    }
  }
}
