import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import {
  DeadLetter,
  GenerationRequested,
  QualityVerdictIssued,
  SkuIngested,
  Topics,
} from '@content-pipeline/contracts';
import { subscribe } from '@content-pipeline/kafka-runtime';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { JOB_SERVICE_CONFIG } from '../job-service.tokens';
import type { JobServiceConfig } from '../job-service.config';
import { TrackTasksUseCase } from './track-tasks.use-case';

export const JOB_LEDGER_GROUP = 'job-ledger';

/** Thin edge: the events that move tasks, into the job ledger (its own consumer group). */
@Injectable()
export class JobEventsConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly kafka: KafkaRuntime,
    private readonly track: TrackTasksUseCase,
    private readonly logger: JsonLogger,
    @Inject(JOB_SERVICE_CONFIG) private readonly config: JobServiceConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const describe = (event: { skuId: string; jobId: string; language?: string }) => ({
      skuId: event.skuId,
      jobId: event.jobId,
      language: event.language,
    });
    const request = (topic: typeof Topics.generationRequestedBulk) =>
      subscribe<GenerationRequested>({ topic, describe, handle: (event) => this.track.requested(event) });
    await this.kafka.startConsumer({
      groupId: JOB_LEDGER_GROUP,
      concurrency: this.config.concurrency,
      subscriptions: [
        subscribe<SkuIngested>({
          topic: Topics.skuIngested,
          describe,
          handle: (event) => this.track.ingested(event),
        }),
        request(Topics.generationRequestedPriority),
        request(Topics.generationRequestedBulk),
        subscribe<QualityVerdictIssued>({
          topic: Topics.qualityVerdictIssued,
          describe,
          handle: (event) => this.track.judged(event),
        }),
        subscribe<DeadLetter | null>({
          topic: Topics.deadLetter as never,
          // A dead-letter record this consumer cannot read must not be dead-lettered again (it would loop).
          decode: async (message) => {
            try {
              return await this.kafka.codec.decode(Topics.deadLetter, message.value);
            } catch (error) {
              this.logger.warn('Unreadable dead-letter record skipped', { error: (error as Error).message });
              return null;
            }
          },
          handle: async (record) => {
            if (record) await this.track.deadLettered(record);
          },
        }),
      ],
    });
  }
}
