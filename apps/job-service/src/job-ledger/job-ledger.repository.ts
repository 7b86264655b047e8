import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { taskIdFor } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import type { JobOrigin } from './job.entity';
import { valuesList, StatementBatcher } from '@content-pipeline/persistence';
import { isSettled, Stage, TaskState, TaskTransition } from './task-state';

export interface TaskKey {
  jobId: string;
  skuId: string;
  language: string;
}

export interface DeadLetterCopy {
  topic: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
  reason: string;
  errorCode: string;
}

export interface ObservedJob {
  jobId: string;
  origin: JobOrigin;
  lane: string;
  languages: readonly string[];
  promptVersion: string | null;
}

const KNOWN_JOBS_MAX_ENTRIES = 100_000;
const TRANSITIONS_PER_BATCH = 500;

interface TransitionWrite {
  key: TaskKey;
  transition: TaskTransition;
  extra: { lane?: string; requestEventId?: string; deadLetter?: DeadLetterCopy };
}

function taskKeyText(key: TaskKey): string {
  return `${key.jobId}\u0000${key.skuId}\u0000${key.language}`;
}

/** Writes of the job ledger: jobs first seen in events, task transitions, applied dead letters. */
@Injectable()
export class JobLedgerRepository {
  /** Jobs whose row is known to be complete (it has its prompt version): nothing left for `ensureJob` to do. */
  private readonly completeJobs = new Set<string>();

  private readonly transitions = new StatementBatcher<TransitionWrite, void>({
    keyOf: ({ key }) => taskKeyText(key),
    maxBatchSize: TRANSITIONS_PER_BATCH,
    runBatch: (writes) => this.writeTransitions(writes),
  });

  constructor(@Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Runs `work` with the job's row in place: in one transaction with `ensureJob` until the row is known to be
   * complete, then alone (every task event of a job would otherwise pay for a transaction and an upsert):
   * `work` gets no transaction then, and its writes may join batches.
   */
  async withJob(
    job: ObservedJob,
    work: (manager: EntityManager | undefined) => Promise<void>,
  ): Promise<void> {
    if (this.completeJobs.has(job.jobId)) return work(undefined);
    await this.transaction(async (manager) => {
      await this.ensureJob(job, manager);
      await work(manager);
    });
    if (job.promptVersion !== null) {
      if (this.completeJobs.size >= KNOWN_JOBS_MAX_ENTRIES) this.completeJobs.clear();
      this.completeJobs.add(job.jobId);
    }
  }

  /** Records a job first seen in events (the daily stream, a replay); a known job only learns its prompt version. */
  async ensureJob(job: ObservedJob, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO job_service.job (job_id, origin, lane, languages, prompt_version)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (job_id) DO UPDATE SET prompt_version = coalesce(job_service.job.prompt_version, EXCLUDED.prompt_version)
       WHERE job_service.job.prompt_version IS NULL AND EXCLUDED.prompt_version IS NOT NULL`,
      [job.jobId, job.origin, job.lane, job.languages, job.promptVersion],
    );
  }

  /**
   * Sets a job's budget cap. An observed job's running total starts from its priced calls when it first gets a
   * cap (calls priced before its row existed were not added to it).
   */
  async setBudget(jobId: string, budgetUsd: number | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE job_service.job SET budget_usd = $2,
              spent_usd = CASE WHEN budget_usd IS NULL AND origin <> 'file'
                               THEN (SELECT coalesce(sum(cost_usd), 0) FROM job_service.job_cost WHERE job_id = $1)
                               ELSE spent_usd END,
              updated_at = now()
        WHERE job_id = $1`,
      [jobId, budgetUsd],
    );
  }

  async jobLanguages(
    jobId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[] | null> {
    const [row] = await manager.query<{ languages: string[] }[]>(
      `SELECT languages FROM job_service.job WHERE job_id = $1`,
      [jobId],
    );
    return row ? row.languages : null;
  }

  /** Tasks known from the catalogue (pending, unchanged, rejected); never overrides a task already seen. */
  async catalogue(
    jobId: string,
    skuId: string,
    languages: readonly string[],
    state: TaskState,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO job_service.job_task (job_id, sku_id, language, task_id, state, attempt, stage, settled_at)
       SELECT $1, $2, language, $1 || ':' || $2 || ':' || language, $4, 0, 0, CASE WHEN $5::boolean THEN now() END
         FROM unnest($3::text[]) AS language
       ON CONFLICT (job_id, sku_id, language) DO NOTHING`,
      [jobId, skuId, languages, state, isSettled(state)],
    );
  }

  /**
   * Applies a transition if it is later in the task's history than what the task shows (events of one
   * task arrive on several topics, in no guaranteed order). Inside a transaction it is written there;
   * otherwise it joins the next batch of transitions (one statement for all the tasks of a fetch).
   */
  async apply(
    key: TaskKey,
    transition: TaskTransition,
    extra: { lane?: string; requestEventId?: string; deadLetter?: DeadLetterCopy },
    manager?: EntityManager,
  ): Promise<void> {
    const write: TransitionWrite = { key, transition, extra };
    if (manager) await this.writeTransitions([write], manager);
    else await this.transitions.submit(write);
  }

  private async writeTransitions(
    writes: readonly TransitionWrite[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void[]> {
    const { sql, parameters } = valuesList(
      writes,
      ({ key, transition, extra }) => {
        const deadLetter = extra.deadLetter;
        return [
          key.jobId,
          key.skuId,
          key.language,
          taskIdFor(key.jobId, key.skuId, key.language),
          transition.state,
          transition.attempt,
          transition.stage,
          extra.lane ?? null,
          extra.requestEventId ?? null,
          deadLetter?.topic ?? null,
          deadLetter?.key ?? null,
          deadLetter?.value ?? null,
          deadLetter ? JSON.stringify(deadLetter.headers) : null,
          deadLetter?.reason ?? null,
          deadLetter?.errorCode ?? null,
          transition.stage === Stage.requested,
          isSettled(transition.state),
        ];
      },
      {
        rowSql: ([job, sku, language, task, state, attempt, stage, lane, request, ...rest]) => {
          const [topic, dlKey, dlValue, dlHeaders, reason, errorCode, requested, settled] = rest;
          return `(${job}, ${sku}, ${language}, ${task}, ${state}, ${attempt}::int, ${stage}::int, ${lane}, ${request},
             ${topic}, ${dlKey}::bytea, ${dlValue}::bytea, ${dlHeaders}::jsonb, ${reason}, ${errorCode},
             CASE WHEN ${requested}::boolean THEN now() END, CASE WHEN ${settled}::boolean THEN now() END, now())`;
        },
      },
    );
    await manager.query(
      `INSERT INTO job_service.job_task AS t
         (job_id, sku_id, language, task_id, state, attempt, stage, lane, request_event_id,
          dead_letter_topic, dead_letter_key, dead_letter_value, dead_letter_headers, dead_letter_reason,
          dead_letter_error_code, first_requested_at, settled_at, updated_at)
       VALUES ${sql}
       ON CONFLICT (job_id, sku_id, language) DO UPDATE SET
         state = EXCLUDED.state, attempt = EXCLUDED.attempt, stage = EXCLUDED.stage,
         lane = coalesce(EXCLUDED.lane, t.lane),
         request_event_id = coalesce(EXCLUDED.request_event_id, t.request_event_id),
         dead_letter_topic = coalesce(EXCLUDED.dead_letter_topic, t.dead_letter_topic),
         dead_letter_key = CASE WHEN EXCLUDED.dead_letter_topic IS NULL THEN t.dead_letter_key ELSE EXCLUDED.dead_letter_key END,
         dead_letter_value = CASE WHEN EXCLUDED.dead_letter_topic IS NULL THEN t.dead_letter_value ELSE EXCLUDED.dead_letter_value END,
         dead_letter_headers = coalesce(EXCLUDED.dead_letter_headers, t.dead_letter_headers),
         dead_letter_reason = coalesce(EXCLUDED.dead_letter_reason, t.dead_letter_reason),
         dead_letter_error_code = coalesce(EXCLUDED.dead_letter_error_code, t.dead_letter_error_code),
         first_requested_at = coalesce(t.first_requested_at, EXCLUDED.first_requested_at),
         settled_at = EXCLUDED.settled_at, updated_at = now()
       WHERE (EXCLUDED.attempt, EXCLUDED.stage) > (t.attempt, t.stage)`,
      parameters,
    );
    return writes.map(() => undefined);
  }

  /** Claims an event id for this ledger; false when it was applied before (a redelivery). */
  async claimEvent(
    eventId: string,
    jobId: string,
    kind: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO job_service.job_event (event_id, job_id, kind) VALUES ($1, $2, $3)
       ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [eventId, jobId, kind],
    );
    return rows.length > 0;
  }
}
