import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { QualityVerdictIssued, Topics } from '@content-pipeline/contracts';
import { kafkaEvent } from '@content-pipeline/nest-runtime';
import { StoreVersionUseCase } from './store-version.use-case';

export const VERSION_STORE_GROUP = 'version-store';

/** Thin edge: every verdict becomes a stored version. */
@Controller()
export class QualityVerdictConsumer {
  constructor(private readonly storeVersion: StoreVersionUseCase) {}

  @EventPattern(
    Topics.qualityVerdictIssued.name,
    kafkaEvent<QualityVerdictIssued>({
      group: VERSION_STORE_GROUP,
      describe: (verdict) => ({ skuId: verdict.skuId, jobId: verdict.jobId, language: verdict.language }),
    }),
  )
  async store(@Payload() verdict: QualityVerdictIssued): Promise<void> {
    await this.storeVersion.execute(verdict);
  }
}
