import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Topics, UsageRecorded } from '@content-pipeline/contracts';
import { subscribe } from '@content-pipeline/kafka-runtime';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { COST_METER_CONFIG } from '../cost-meter.tokens';
import type { CostMeterConfig } from '../cost-meter.config';
import { RecordUsageUseCase } from './record-usage.use-case';

/** Thin edge: every usage event goes into the ledger. */
@Injectable()
export class UsageRecordedConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly kafka: KafkaRuntime,
    private readonly recordUsage: RecordUsageUseCase,
    @Inject(COST_METER_CONFIG) private readonly config: CostMeterConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.kafka.startConsumer({
      groupId: 'cost-meter',
      concurrency: this.config.concurrency,
      subscriptions: [
        subscribe<UsageRecorded>({
          topic: Topics.usageRecorded,
          describe: (usage) => ({ skuId: usage.skuId, jobId: usage.jobId, language: usage.language }),
          handle: (usage) => this.recordUsage.execute(usage),
        }),
      ],
    });
  }
}
