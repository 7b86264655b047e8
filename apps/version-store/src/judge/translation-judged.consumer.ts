import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Topics, type TranslationJudged } from '@content-pipeline/contracts';
import { kafkaEvent } from '@content-pipeline/nest-runtime';
import { VERSION_STORE_GROUP } from '../store-version/quality-verdict.consumer';
import { StoreJudgementUseCase } from './store-judgement.use-case';

/** Thin edge: every judgement the generator's judge publishes is scored and stored. */
@Controller()
export class TranslationJudgedConsumer {
  constructor(private readonly store: StoreJudgementUseCase) {}

  @EventPattern(
    Topics.translationJudged.name,
    kafkaEvent<TranslationJudged>({
      group: VERSION_STORE_GROUP,
      describe: (judged) => ({ jobId: judged.jobId, versionId: judged.versionId, outcome: judged.outcome }),
    }),
  )
  async handle(@Payload() judged: TranslationJudged): Promise<void> {
    await this.store.execute(judged);
  }
}
