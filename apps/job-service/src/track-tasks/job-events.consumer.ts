import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  DeadLetter,
  GenerationRequested,
  QualityVerdictIssued,
  SkuIngested,
  Topics,
} from '@content-pipeline/contracts';
import type { AvroCodec, RawMessage } from '@content-pipeline/kafka-runtime';
import { kafkaEvent } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { TrackTasksUseCase } from './track-tasks.use-case';

export const JOB_LEDGER_GROUP = 'job-ledger';

/** A dead-letter record this consumer could not read, with why. */
interface UnreadableDeadLetter {
  unreadable: string;
}

const describe = (event: { skuId: string; jobId: string; language?: string }) => ({
  skuId: event.skuId,
  jobId: event.jobId,
  language: event.language,
});

/** A dead-letter record this consumer cannot read must not be dead-lettered again (it would loop). */
async function decodeDeadLetter(
  message: RawMessage,
  codec: AvroCodec,
): Promise<DeadLetter | UnreadableDeadLetter> {
  try {
    return await codec.decode(Topics.deadLetter, message.value);
  } catch (error) {
    return { unreadable: (error as Error).message };
  }
}

/** Thin edge: the events that move tasks, into the job ledger (its own consumer group). */
@Controller()
export class JobEventsConsumer {
  constructor(
    private readonly track: TrackTasksUseCase,
    private readonly logger: JsonLogger,
  ) {}

  @EventPattern(Topics.skuIngested.name, kafkaEvent<SkuIngested>({ group: JOB_LEDGER_GROUP, describe }))
  ingested(@Payload() event: SkuIngested): Promise<void> {
    return this.track.ingested(event);
  }

  @EventPattern(
    [Topics.generationRequestedPriority.name, Topics.generationRequestedBulk.name],
    kafkaEvent<GenerationRequested>({ group: JOB_LEDGER_GROUP, describe }),
  )
  requested(@Payload() event: GenerationRequested): Promise<void> {
    return this.track.requested(event);
  }

  @EventPattern(
    Topics.qualityVerdictIssued.name,
    kafkaEvent<QualityVerdictIssued>({ group: JOB_LEDGER_GROUP, describe }),
  )
  judged(@Payload() event: QualityVerdictIssued): Promise<void> {
    return this.track.judged(event);
  }

  @EventPattern(
    Topics.deadLetter.name,
    kafkaEvent<DeadLetter | UnreadableDeadLetter>({ group: JOB_LEDGER_GROUP, decode: decodeDeadLetter }),
  )
  async deadLettered(@Payload() record: DeadLetter | UnreadableDeadLetter): Promise<void> {
    if ('unreadable' in record) {
      this.logger.warn('Unreadable dead-letter record skipped', { error: record.unreadable });
      return;
    }
    await this.track.deadLettered(record);
  }
}
