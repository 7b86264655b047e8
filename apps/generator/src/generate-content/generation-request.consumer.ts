import { Controller, Inject, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { GenerationRequested, Topics } from '@content-pipeline/contracts';
import { totalGroupLag } from '@content-pipeline/kafka-runtime';
import { KafkaRuntime, kafkaEvent, KafkaRuntimeContext } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { bulkLaneShouldYield } from '@content-pipeline/rate-limiting';
import { GENERATOR_CONFIG } from '../generator.tokens';
import type { GeneratorConfig } from '../generator.config';
import { LlmAdmission } from '../rate-limiting/llm-admission';
import { ConsumerPauses } from '../lanes/consumer-pauses';
import { ProviderHold } from '../provider-hold/provider-hold';
import { BatchLane } from '../batch-lane/batch-lane';
import { GenerateContentUseCase } from './generate-content.use-case';

/** The generation consumer group's name among the generator's groups (its Kafka group id is configured). */
export const GENERATION_GROUP = 'generation';

const describe = (request: GenerationRequested) => ({
  skuId: request.skuId,
  jobId: request.jobId,
  language: request.language,
});

/**
 * Thin edge: both lanes' requests go to the use case; LLM calls run in the runtime's bounded pool and wait for the
 * shared budget inside the handler. Priority lane: while the group has priority lag (polled every second) or
 * priority calls wait here, the bulk topic is paused and priority calls go first to the limiter. With the batch
 * lane on, bulk requests it accepts are queued for a provider batch instead (the priority lane never is).
 */
@Controller()
export class GenerationRequestConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private lagTimer?: NodeJS.Timeout;

  constructor(
    private readonly kafka: KafkaRuntime,
    private readonly generate: GenerateContentUseCase,
    private readonly pauses: ConsumerPauses,
    private readonly admission: LlmAdmission,
    private readonly hold: ProviderHold,
    private readonly batchLane: BatchLane,
    private readonly logger: JsonLogger,
    @Inject(GENERATOR_CONFIG) private readonly config: GeneratorConfig,
  ) {}

  @EventPattern(
    Topics.generationRequestedPriority.name,
    kafkaEvent<GenerationRequested>({ group: GENERATION_GROUP, describe }),
  )
  async generatePriority(
    @Payload() request: GenerationRequested,
    @Ctx() context: KafkaRuntimeContext,
  ): Promise<void> {
    await this.generate.execute(request, 'priority', context.signal);
  }

  @EventPattern(
    Topics.generationRequestedBulk.name,
    kafkaEvent<GenerationRequested>({ group: GENERATION_GROUP, describe }),
  )
  async generateBulk(
    @Payload() request: GenerationRequested,
    @Ctx() context: KafkaRuntimeContext,
  ): Promise<void> {
    // Taken into the batch lane: in Postgres before this returns and the offset is committed.
    if (await this.batchLane.take(request)) return;
    const outcome = await this.generate.execute(request, 'bulk', context.signal);
    if (outcome !== 'parked') await this.batchLane.interactiveDone(request);
  }

  onApplicationBootstrap(): void {
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
      this.admission.notePriorityUnderWay(lag > 0);
    } catch (error) {
      this.logger.debug('Priority lag unavailable', { error: (error as Error).message });
    }
  }
}
