import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { QualityVerdictIssued, Topics } from '@content-pipeline/contracts';
import { kafkaEvent } from '@content-pipeline/nest-runtime';
import { PlanNextRequestUseCase } from './plan-next-request.use-case';

export const REGENERATOR_GROUP = 'regenerator';

/** Thin edge: every verdict is followed up. */
@Controller()
export class QualityVerdictConsumer {
  constructor(private readonly planNextRequest: PlanNextRequestUseCase) {}

  @EventPattern(
    Topics.qualityVerdictIssued.name,
    kafkaEvent<QualityVerdictIssued>({
      group: REGENERATOR_GROUP,
      describe: (verdict) => ({ skuId: verdict.skuId, jobId: verdict.jobId, language: verdict.language }),
    }),
  )
  followUp(@Payload() verdict: QualityVerdictIssued): Promise<void> {
    return this.planNextRequest.execute(verdict);
  }
}
