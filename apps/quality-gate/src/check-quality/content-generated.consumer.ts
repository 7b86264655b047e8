import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ContentGenerated, Topics } from '@content-pipeline/contracts';
import { subscribe } from '@content-pipeline/kafka-runtime';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { QUALITY_GATE_CONFIG } from '../quality-gate.tokens';
import type { QualityGateConfig } from '../quality-gate.config';
import { CheckQualityUseCase } from './check-quality.use-case';

/** Thin edge: every generated content set goes through the gate. */
@Injectable()
export class ContentGeneratedConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly kafka: KafkaRuntime,
    private readonly checkQuality: CheckQualityUseCase,
    @Inject(QUALITY_GATE_CONFIG) private readonly config: QualityGateConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.kafka.startConsumer({
      groupId: 'quality-gate',
      concurrency: this.config.concurrency,
      subscriptions: [
        subscribe<ContentGenerated>({
          topic: Topics.contentGenerated,
          describe: (generated) => ({
            skuId: generated.skuId,
            jobId: generated.jobId,
            language: generated.language,
          }),
          handle: (generated) => this.checkQuality.execute(generated),
        }),
      ],
    });
  }
}
