import { Inject, Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { StatementBatcher, valuesList } from '@content-pipeline/persistence';
import { GenerationAttempt } from '../generation-attempt/generation-attempt.entity';

/** A generation about to be stored: the attempt without the time the database gives it. */
export type NewGenerationAttempt = Omit<GenerationAttempt, 'createdAt'>;

/** Where the generator keeps one result per generation request (a redelivered request is never paid twice). */
export interface GenerationAttemptRepository {
  /** Whether a result for this request is stored. */
  isStored(requestEventId: string): Promise<boolean>;
  find(requestEventId: string): Promise<GenerationAttempt | null>;
  /** Stores the result with its creation time; null when one for the same request is stored already. */
  store(attempt: NewGenerationAttempt): Promise<GenerationAttempt | null>;
}

export const GENERATION_ATTEMPT_REPOSITORY = Symbol('GENERATION_ATTEMPT_REPOSITORY');

const STATEMENT_BATCH_SIZE = 256;

/**
 * Results in `generator.generation_attempt`. Plain statements: this path runs for every request, and the ORM's
 * query building costs more CPU here than the database does. Lookups and inserts handled at the same time share
 * one round trip.
 */
@Injectable()
export class SqlGenerationAttemptRepository implements GenerationAttemptRepository {
  private readonly attempts: Repository<GenerationAttempt>;
  private readonly storedLookups = new StatementBatcher<string, boolean>({
    keyOf: (requestEventId) => requestEventId,
    maxBatchSize: STATEMENT_BATCH_SIZE,
    runBatch: (requestEventIds) => this.findStored(requestEventIds),
  });
  private readonly inserts = new StatementBatcher<NewGenerationAttempt, Date | null>({
    keyOf: (attempt) => attempt.requestEventId,
    maxBatchSize: STATEMENT_BATCH_SIZE,
    runBatch: (attempts) => this.insertAll(attempts),
  });

  constructor(@Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource) {
    this.attempts = dataSource.getRepository(GenerationAttempt);
  }

  isStored(requestEventId: string): Promise<boolean> {
    return this.storedLookups.submit(requestEventId);
  }

  find(requestEventId: string): Promise<GenerationAttempt | null> {
    return this.attempts.findOneBy({ requestEventId });
  }

  async store(attempt: NewGenerationAttempt): Promise<GenerationAttempt | null> {
    const createdAt = await this.inserts.submit(attempt);
    return createdAt === null ? null : { ...attempt, createdAt };
  }

  private async findStored(requestEventIds: readonly string[]): Promise<boolean[]> {
    const rows = await this.dataSource.query<{ request_event_id: string }[]>(
      'SELECT request_event_id FROM generator.generation_attempt WHERE request_event_id = ANY($1::text[])',
      [requestEventIds],
    );
    const stored = new Set(rows.map((row) => row.request_event_id));
    return requestEventIds.map((id) => stored.has(id));
  }

  private async insertAll(attempts: readonly NewGenerationAttempt[]): Promise<(Date | null)[]> {
    const { sql, parameters } = valuesList(
      attempts,
      (attempt) => [
        attempt.requestEventId,
        attempt.taskId,
        attempt.jobId,
        attempt.skuId,
        attempt.language,
        attempt.attempt,
        attempt.provider,
        attempt.model,
        JSON.stringify(attempt.content),
        JSON.stringify(attempt.usage),
        attempt.latencyMs,
        attempt.contentEventId,
        attempt.workflowReview === null ? null : JSON.stringify(attempt.workflowReview),
        JSON.stringify(attempt.filledFields),
        attempt.repairCalls,
        attempt.billing,
      ],
      {
        rowSql: ([
          request,
          task,
          job,
          sku,
          language,
          number,
          provider,
          model,
          content,
          usage,
          latency,
          contentEventId,
          review,
          filled,
          repairs,
          billing,
        ]) =>
          `(${request}, ${task}, ${job}, ${sku}, ${language}, ${number}::int, ${provider}, ${model}, ${content}::jsonb, ${usage}::jsonb, ${latency}, ${contentEventId}, ${review}::jsonb, ${filled}::jsonb, ${repairs}::int, ${billing})`,
      },
    );
    const rows = await this.dataSource.query<{ request_event_id: string; created_at: Date }[]>(
      `INSERT INTO generator.generation_attempt
         (request_event_id, task_id, job_id, sku_id, language, attempt, provider, model, content, usage,
          latency_ms, content_event_id, workflow_review, filled_fields, repair_calls, billing)
       VALUES ${sql}
       ON CONFLICT (request_event_id) DO NOTHING
       RETURNING request_event_id, created_at`,
      parameters,
    );
    const created = new Map(rows.map((row) => [row.request_event_id, row.created_at]));
    return attempts.map((attempt) => created.get(attempt.requestEventId) ?? null);
  }
}
