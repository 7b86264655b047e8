import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { QualityVerdictIssued, Topics } from '@content-pipeline/contracts';
import { subscribe } from '@content-pipeline/kafka-runtime';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { REGENERATOR_CONFIG } from '../regenerator.tokens';
import type { RegeneratorConfig } from '../regenerator.config';
import { PlanNextRequestUseCase } from './plan-next-request.use-case';

/** Thin edge: every verdict is followed up. */
@Injectable()
export class QualityVerdictConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly kafka: KafkaRuntime,
    private readonly planNextRequest: PlanNextRequestUseCase,
    @Inject(REGENERATOR_CONFIG) private readonly config: RegeneratorConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.kafka.startConsumer({
      groupId: 'regenerator',
      concurrency: this.config.concurrency,
      subscriptions: [
        subscribe<QualityVerdictIssued>({
          topic: Topics.qualityVerdictIssued,
          describe: (verdict) => ({ skuId: verdict.skuId, jobId: verdict.jobId, language: verdict.language }),
          handle: (verdict) => this.planNextRequest.execute(verdict),
        }),
      ],
    });
  }
}
