import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Topics, UsagePriced } from '@content-pipeline/contracts';
import { subscribe } from '@content-pipeline/kafka-runtime';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { JOB_SERVICE_CONFIG } from '../job-service.tokens';
import type { JobServiceConfig } from '../job-service.config';
import { RecordJobCostUseCase } from './record-job-cost.use-case';

export const JOB_COST_GROUP = 'job-cost';

/** Thin edge: every call the cost meter priced, into its job's cost (its own consumer group). */
@Injectable()
export class UsagePricedConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly kafka: KafkaRuntime,
    private readonly recordJobCost: RecordJobCostUseCase,
    @Inject(JOB_SERVICE_CONFIG) private readonly config: JobServiceConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.kafka.startConsumer({
      groupId: JOB_COST_GROUP,
      concurrency: this.config.concurrency,
      subscriptions: [
        subscribe<UsagePriced>({
          topic: Topics.usagePriced,
          describe: (priced) => ({ skuId: priced.skuId, jobId: priced.jobId, language: priced.language }),
          handle: (priced) => this.recordJobCost.execute(priced),
        }),
      ],
    });
  }
}
