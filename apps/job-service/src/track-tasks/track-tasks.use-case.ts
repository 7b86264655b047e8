import { Injectable } from '@nestjs/common';
import {
  ContentGenerated,
  DeadLetter,
  GenerationRequested,
  Headers,
  QualityVerdictIssued,
  SkuIngested,
  TopicDefinition,
  Topics,
} from '@content-pipeline/contracts';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { JobLedgerRepository } from '../job-ledger/job-ledger.repository';
import { Stage, transitionFor } from '../job-ledger/task-state';

/** Where a dead letter sits in its task's history, by the topic (and group) it failed on. */
const DEAD_LETTER_STAGES: { topic: TopicDefinition<unknown>; group?: string; stage: number }[] = [
  { topic: Topics.generationRequestedPriority, stage: Stage.judged },
  { topic: Topics.generationRequestedBulk, stage: Stage.judged },
  { topic: Topics.contentGenerated, stage: Stage.judged },
  // A verdict the regenerator could not follow up stops the task; the version store's copy does not.
  { topic: Topics.qualityVerdictIssued, group: 'regenerator', stage: Stage.followUp },
];

/**
 * Follows every task of every job through the pipeline's events: the ingester's outcome per SKU,
 * generation requests (both lanes), verdicts and dead letters. Idempotent: transitions only move a task
 * forward in its history, and dead letters (whose ids are not derived) are applied once per event id.
 */
@Injectable()
export class TrackTasksUseCase {
  constructor(
    private readonly ledger: JobLedgerRepository,
    private readonly kafka: KafkaRuntime,
    private readonly logger: JsonLogger,
  ) {}

  async ingested(event: SkuIngested): Promise<void> {
    const job = {
      jobId: event.jobId,
      origin: event.jobId.startsWith('catalog-stream-') ? ('observed' as const) : ('replay' as const),
      lane: event.lane,
      languages: event.languages,
      promptVersion: event.promptVersion,
    };
    await this.ledger.withJob(job, async (manager) => {
      const { state } = transitionFor({ kind: 'ingested', outcome: event.outcome });
      await this.ledger.catalogue(event.jobId, event.skuId, event.languages, state, manager);
    });
  }

  async requested(request: GenerationRequested): Promise<void> {
    const job = {
      jobId: request.jobId,
      origin: 'observed' as const,
      lane: request.lane,
      languages: ['en', ...request.derivedLanguages],
      promptVersion: request.promptVersion,
    };
    await this.ledger.withJob(job, async (manager) => {
      await this.ledger.apply(
        { jobId: request.jobId, skuId: request.skuId, language: request.language },
        transitionFor({ kind: 'requested', attempt: request.attempt, regeneration: request.attempt > 1 }),
        { lane: request.lane, requestEventId: request.eventId },
        manager,
      );
    });
  }

  async judged(verdict: QualityVerdictIssued): Promise<void> {
    await this.ledger.apply(
      { jobId: verdict.jobId, skuId: verdict.skuId, language: verdict.language },
      transitionFor({ kind: 'judged', attempt: verdict.attempt, verdict: verdict.verdict }),
      {},
    );
  }

  async deadLettered(record: DeadLetter): Promise<void> {
    if (record.sourceTopic === Topics.catalogSkuUpserted.name) return this.catalogueRejected(record);
    const place = DEAD_LETTER_STAGES.find(
      ({ topic, group }) =>
        topic.name === record.sourceTopic && (group === undefined || group === record.consumerGroup),
    );
    if (!place || !record.originalValue) return;
    const task = await this.taskOf(place.topic, record.originalValue);
    if (!task) return;
    await this.ledger.transaction(async (manager) => {
      if (!(await this.ledger.claimEvent(record.eventId, task.jobId, 'dead_letter', manager))) return;
      await this.ledger.apply(
        { jobId: task.jobId, skuId: task.skuId, language: task.language },
        transitionFor({
          kind: 'dead_lettered',
          attempt: task.attempt,
          stage: place.stage,
          retriable: record.retriable,
        }),
        {
          deadLetter: {
            topic: record.sourceTopic,
            key: record.originalKey,
            value: record.originalValue,
            headers: record.originalHeaders,
            reason: record.reason.slice(0, 2_000),
            errorCode: record.errorCode,
          },
        },
        manager,
      );
    });
  }

  /** The ingester refused a catalogue record of a job: its SKU leaves the job's total. */
  private async catalogueRejected(record: DeadLetter): Promise<void> {
    const jobId = record.originalHeaders[Headers.jobId];
    if (!jobId || !record.skuId) return;
    await this.ledger.transaction(async (manager) => {
      const languages = await this.ledger.jobLanguages(jobId, manager);
      if (!languages || !(await this.ledger.claimEvent(record.eventId, jobId, 'catalogue_rejected', manager)))
        return;
      await this.ledger.catalogue(jobId, record.skuId as string, languages, 'rejected', manager);
    });
  }

  private async taskOf(
    topic: TopicDefinition<unknown>,
    bytes: Buffer,
  ): Promise<{ jobId: string; skuId: string; language: string; attempt: number } | undefined> {
    try {
      const value = (await this.kafka.codec.decode(topic, bytes)) as
        | GenerationRequested
        | ContentGenerated
        | QualityVerdictIssued;
      return { jobId: value.jobId, skuId: value.skuId, language: value.language, attempt: value.attempt };
    } catch (error) {
      // Bytes no consumer could read belong to no task: nothing to track (the dead letter says why).
      this.logger.info('Dead letter without a readable task', {
        topic: topic.name,
        error: (error as Error).message,
      });
      return undefined;
    }
  }
}
