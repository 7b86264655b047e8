import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { QualityVerdictIssued, Topics } from '@content-pipeline/contracts';
import { subscribe } from '@content-pipeline/kafka-runtime';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { VERSION_STORE_CONFIG } from '../version-store.tokens';
import type { VersionStoreConfig } from '../version-store.config';
import { StoreVersionUseCase } from './store-version.use-case';

/** Thin edge: every verdict becomes a stored version. */
@Injectable()
export class QualityVerdictConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly kafka: KafkaRuntime,
    private readonly storeVersion: StoreVersionUseCase,
    @Inject(VERSION_STORE_CONFIG) private readonly config: VersionStoreConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.kafka.startConsumer({
      groupId: 'version-store',
      concurrency: this.config.concurrency,
      subscriptions: [
        subscribe<QualityVerdictIssued>({
          topic: Topics.qualityVerdictIssued,
          describe: (verdict) => ({ skuId: verdict.skuId, jobId: verdict.jobId, language: verdict.language }),
          handle: async (verdict) => {
            await this.storeVersion.execute(verdict);
          },
        }),
      ],
    });
  }
}
