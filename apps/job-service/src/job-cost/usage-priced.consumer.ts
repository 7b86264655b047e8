import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Topics, UsagePriced } from '@content-pipeline/contracts';
import { kafkaEvent } from '@content-pipeline/nest-runtime';
import { RecordJobCostUseCase } from './record-job-cost.use-case';

export const JOB_COST_GROUP = 'job-cost';

/** Thin edge: every call the cost meter priced, into its job's cost (its own consumer group). */
@Controller()
export class UsagePricedConsumer {
  constructor(private readonly recordJobCost: RecordJobCostUseCase) {}

  @EventPattern(
    Topics.usagePriced.name,
    kafkaEvent<UsagePriced>({
      group: JOB_COST_GROUP,
      describe: (priced) => ({ skuId: priced.skuId, jobId: priced.jobId, language: priced.language }),
    }),
  )
  record(@Payload() priced: UsagePriced): Promise<void> {
    return this.recordJobCost.execute(priced);
  }
}
