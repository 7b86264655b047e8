import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Topics, UsageRecorded } from '@content-pipeline/contracts';
import { kafkaEvent } from '@content-pipeline/nest-runtime';
import { RecordUsageUseCase } from './record-usage.use-case';

export const COST_METER_GROUP = 'cost-meter';

/** Thin edge: every usage event goes into the ledger. */
@Controller()
export class UsageRecordedConsumer {
  constructor(private readonly recordUsage: RecordUsageUseCase) {}

  @EventPattern(
    Topics.usageRecorded.name,
    kafkaEvent<UsageRecorded>({
      group: COST_METER_GROUP,
      describe: (usage) => ({ skuId: usage.skuId, jobId: usage.jobId, language: usage.language }),
    }),
  )
  record(@Payload() usage: UsageRecorded): Promise<void> {
    return this.recordUsage.execute(usage);
  }
}
