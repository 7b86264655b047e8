import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { JudgeRequested, Topics } from '@content-pipeline/contracts';
import { kafkaEvent, KafkaRuntimeContext } from '@content-pipeline/nest-runtime';
import { JudgeTranslationUseCase } from './judge-translation.use-case';

/** The judge's consumer group among the generator's groups (kept apart so judge requests never hold generation). */
export const JUDGE_GROUP = 'judge';

/** Thin edge: a judge request goes to the use case; retries and dead letters are the runtime's. */
@Controller()
export class JudgeRequestConsumer {
  constructor(private readonly judge: JudgeTranslationUseCase) {}

  @EventPattern(
    Topics.judgeRequested.name,
    kafkaEvent<JudgeRequested>({
      group: JUDGE_GROUP,
      describe: (request) => ({
        jobId: request.jobId,
        versionId: request.versionId,
        language: request.language,
      }),
    }),
  )
  async handle(@Payload() request: JudgeRequested, @Ctx() context: KafkaRuntimeContext): Promise<void> {
    await this.judge.execute(request, context.signal);
  }
}
