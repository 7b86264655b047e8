import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CHECKABLE_FIELDS, type TranslationJudged } from '@content-pipeline/contracts';
import { InvalidMessageError } from '@content-pipeline/kafka-runtime';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { JudgeAccuracyMetrics } from './judge-accuracy.metrics';
import { scoreJudgement } from './mqm-score';

/**
 * Scores a judgement with the MQM scoring model and stores it against the judge request it answers, once: a
 * redelivered or repeated judgement of the same request changes nothing. A judgement of a request the version
 * store never made is not ours to store (dead-lettered).
 */
@Injectable()
export class StoreJudgementUseCase {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly metrics: JudgeAccuracyMetrics,
  ) {}

  async execute(judged: TranslationJudged): Promise<'stored' | 'duplicate'> {
    const [item] = await this.dataSource.query<{ content: Record<string, string> }[]>(
      `SELECT version.content FROM version_store.judge_item item
         JOIN version_store.content_version version ON version.version_id = item.version_id
        WHERE item.request_event_id = $1 AND item.version_id = $2 AND item.sample_id::text = $3`,
      [judged.requestEventId, judged.versionId, judged.sampleId],
    );
    if (!item)
      throw new InvalidMessageError(
        `No judge request ${judged.requestEventId} for version ${judged.versionId} in sample ${judged.sampleId}`,
        'unknown_judge_request',
      );
    const score =
      judged.outcome === 'judged'
        ? scoreJudgement(judged.errors, CHECKABLE_FIELDS.map((field) => item.content[field] ?? '').join('\n'))
        : null;
    const inserted = await this.dataSource.query<unknown[]>(
      `INSERT INTO version_store.judgement
         (request_event_id, event_id, sample_id, job_id, version_id, outcome, failure_reason, errors, penalty,
          evaluated_words, quality_score, major_accuracy_errors, accurate, provider, model, prompt_tokens,
          completion_tokens, judged_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, $14, $15, $16, $17, to_timestamp($18 / 1000.0))
       ON CONFLICT (request_event_id) DO NOTHING RETURNING request_event_id`,
      [
        judged.requestEventId,
        judged.eventId,
        judged.sampleId,
        judged.jobId,
        judged.versionId,
        judged.outcome,
        judged.failureReason,
        JSON.stringify(judged.errors),
        score?.penalty ?? null,
        score?.evaluatedWords ?? null,
        score?.qualityScore ?? null,
        score?.majorAccuracyErrors ?? null,
        score?.accurate ?? null,
        judged.provider,
        judged.model,
        judged.usage.promptTokens,
        judged.usage.completionTokens,
        Number(judged.judgedAt),
      ],
    );
    if (inserted.length === 0) return 'duplicate';
    await this.metrics.refresh(judged.jobId);
    return 'stored';
  }
}
