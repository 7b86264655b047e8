import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ContentGenerated, Topics } from '@content-pipeline/contracts';
import { kafkaEvent } from '@content-pipeline/nest-runtime';
import { CheckQualityUseCase } from './check-quality.use-case';

export const QUALITY_GATE_GROUP = 'quality-gate';

/** Thin edge: every generated content set goes through the gate. */
@Controller()
export class ContentGeneratedConsumer {
  constructor(private readonly checkQuality: CheckQualityUseCase) {}

  @EventPattern(
    Topics.contentGenerated.name,
    kafkaEvent<ContentGenerated>({
      group: QUALITY_GATE_GROUP,
      describe: (generated) => ({
        skuId: generated.skuId,
        jobId: generated.jobId,
        language: generated.language,
      }),
    }),
  )
  check(@Payload() generated: ContentGenerated): Promise<void> {
    return this.checkQuality.execute(generated);
  }
}
