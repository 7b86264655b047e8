import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { GenerationRequested, Topics } from '@content-pipeline/contracts';
import { subscribe, Subscription } from '@content-pipeline/kafka-runtime';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { GENERATOR_CONFIG } from '../generator.tokens';
import type { GeneratorConfig } from '../generator.config';
import { GenerateContentUseCase } from './generate-content.use-case';

/** Thin edge: both lanes' requests go to the use case; LLM calls run in the runtime's bounded pool. */
@Injectable()
export class GenerationRequestConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly kafka: KafkaRuntime,
    private readonly generate: GenerateContentUseCase,
    @Inject(GENERATOR_CONFIG) private readonly config: GeneratorConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const lane = (topic: Subscription<GenerationRequested>['topic']) =>
      subscribe<GenerationRequested>({
        topic,
        describe: (request) => ({ skuId: request.skuId, jobId: request.jobId, language: request.language }),
        handle: async (request, context) => {
          await this.generate.execute(request, context.signal);
        },
      });
    await this.kafka.startConsumer({
      groupId: 'generator',
      concurrency: this.config.concurrency,
      subscriptions: [lane(Topics.generationRequestedPriority), lane(Topics.generationRequestedBulk)],
    });
  }
}
