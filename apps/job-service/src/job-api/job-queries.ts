import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { Job } from '../job-ledger/job.entity';
import { computeProgress, JobProgress, StateCount } from '../job-ledger/job-progress';
import { RESUMABLE_STATES, TaskState } from '../job-ledger/task-state';
import { firstHold, ProviderHoldNotice } from '../provider-hold/provider-hold.notice';
import { ProviderHoldRepository } from '../provider-hold/provider-hold.repository';
import { DeadLetterRow, deadLetterView, DeadLetterView } from './dead-letter.view';

/** Tokens and cost of a slice of a job's ledger. */
export interface CostLine {
  calls: number;
  prompt_tokens: number;
  completion_tokens: number;
  cost_usd: number;
}

export interface JobCost {
  job_id: string;
  currency: 'USD';
  total: CostLine;
  by_language: Record<string, CostLine>;
  by_model: Record<string, CostLine>;
  /** Attempt 1 is the first generation; 2 and 3 are what regeneration costs. */
  by_attempt: Record<string, CostLine>;
  by_price_source: Record<string, CostLine>;
  /** interactive, or batch (the provider's batch API at its batch rates: the cost meter's `…:batch` price source). */
  by_billing: Record<string, CostLine>;
  regeneration_cost_usd: number;
  /** Tasks whose output passed the gate, and what they cost on average, regenerations included. */
  accepted_outputs: number;
  cost_per_accepted_output_usd: number | null;
  price_tables: string[];
}

interface CostRow {
  dimension: string;
  value: string;
  calls: string;
  prompt_tokens: string;
  completion_tokens: string;
  cost_usd: string;
}

const THROUGHPUT_WINDOW_MINUTES = 5;

/** Reads of the job ledger for the API: jobs, progress and cost breakdowns (from the jobs' priced calls). */
@Injectable()
export class JobQueries {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly holds: ProviderHoldRepository,
  ) {}

  /** The provider holds in force: every unfinished job waits for them. */
  providerHolds(): Promise<ProviderHoldNotice[]> {
    return this.holds.current();
  }

  /**
   * Of these jobs, the ones with work left: a task pending or in the pipeline, or fewer tasks seen than the job
   * declared (the ingester has not reached them all). Cheaper than each job's progress, for a page of jobs.
   */
  async unfinished(jobs: readonly Job[]): Promise<Set<string>> {
    if (jobs.length === 0) return new Set();
    const rows = await this.dataSource.query<{ job_id: string }[]>(
      `SELECT j.job_id FROM job_service.job j
        WHERE j.job_id = ANY($1)
          AND (EXISTS (SELECT 1 FROM job_service.job_task t
                        WHERE t.job_id = j.job_id AND t.state IN ('pending', 'processing', 'regenerating'))
               OR coalesce(j.declared_skus, 0) * cardinality(j.languages)
                  > (SELECT count(*) FROM job_service.job_task t WHERE t.job_id = j.job_id))`,
      [jobs.map((job) => job.jobId)],
    );
    return new Set(rows.map((row) => row.job_id));
  }

  job(jobId: string): Promise<Job | null> {
    return this.dataSource.getRepository(Job).findOneBy({ jobId });
  }

  /** The job's tasks whose message was dead-lettered (kept for a re-drive), the latest first. */
  async deadLetters(
    jobId: string,
    limit: number,
    offset: number,
  ): Promise<{ total: number; items: DeadLetterView[] }> {
    const [rows, [count]] = await Promise.all([
      this.dataSource.query<DeadLetterRow[]>(
        `SELECT task_id, sku_id, language, state, dead_letter_error_code, dead_letter_reason, dead_letter_topic,
                dead_letter_value, dead_letter_headers, resume_count, updated_at
           FROM job_service.job_task
          WHERE job_id = $1 AND state = ANY($2) AND dead_letter_value IS NOT NULL
          ORDER BY updated_at DESC, sku_id, language
          LIMIT $3 OFFSET $4`,
        [jobId, RESUMABLE_STATES, limit, offset],
      ),
      this.dataSource.query<{ total: string }[]>(
        `SELECT count(*) AS total FROM job_service.job_task
          WHERE job_id = $1 AND state = ANY($2) AND dead_letter_value IS NOT NULL`,
        [jobId, RESUMABLE_STATES],
      ),
    ]);
    return { total: Number(count.total), items: rows.map(deadLetterView) };
  }

  list(limit: number): Promise<Job[]> {
    return this.dataSource.getRepository(Job).find({ order: { createdAt: 'DESC' }, take: limit });
  }

  async progress(job: Job, now = new Date()): Promise<JobProgress> {
    const [counts, blocked, activity, holds] = await Promise.all([
      this.dataSource.query<{ language: string; state: TaskState; count: string }[]>(
        `SELECT language, state, count(*) AS count FROM job_service.job_task WHERE job_id = $1 GROUP BY language, state`,
        [job.jobId],
      ),
      this.dataSource.query<{ language: string; count: string }[]>(
        `SELECT t.language, count(*) AS count
           FROM job_service.job_task t
           JOIN job_service.job_task en ON en.job_id = t.job_id AND en.sku_id = t.sku_id AND en.language = 'en'
          WHERE t.job_id = $1 AND t.language <> 'en' AND t.state = 'pending'
            AND en.state IN ('human_review', 'failed', 'dead_lettered')
          GROUP BY t.language`,
        [job.jobId],
      ),
      this.dataSource.query<{ settled: string; cost_usd: string; tasks_with_cost: string }[]>(
        `SELECT (SELECT count(*) FROM job_service.job_task
                  WHERE job_id = $1 AND settled_at > $2::timestamptz - make_interval(mins => $3)
                    AND state IN ('completed', 'human_review', 'failed', 'dead_lettered')) AS settled,
                (SELECT coalesce(sum(cost_usd), 0) FROM job_service.job_cost WHERE job_id = $1) AS cost_usd,
                (SELECT count(DISTINCT task_id) FROM job_service.job_cost WHERE job_id = $1) AS tasks_with_cost`,
        [job.jobId, now.toISOString(), THROUGHPUT_WINDOW_MINUTES],
      ),
      this.holds.current(),
    ]);
    return computeProgress({
      jobId: job.jobId,
      languages: job.languages,
      declaredSkus: job.declaredSkus,
      admitted: job.admitted,
      pausedReason: job.pausedReason,
      providerHold: firstHold(holds),
      budgetUsd: job.budgetUsd === null ? null : Number(job.budgetUsd),
      createdAt: job.createdAt,
      counts: counts.map((row): StateCount => ({ ...row, count: Number(row.count) })),
      blocked: blocked.map((row) => ({ language: row.language, count: Number(row.count) })),
      settledInWindow: Number(activity[0].settled),
      costSoFarUsd: Number(activity[0].cost_usd),
      tasksWithCost: Number(activity[0].tasks_with_cost),
      now,
      windowMinutes: THROUGHPUT_WINDOW_MINUTES,
    });
  }

  async cost(jobId: string): Promise<JobCost> {
    const rows = await this.dataSource.query<CostRow[]>(
      `SELECT d.dimension, d.value, count(*) AS calls, sum(l.prompt_tokens) AS prompt_tokens,
              sum(l.completion_tokens) AS completion_tokens, sum(l.cost_usd) AS cost_usd
         FROM job_service.job_cost l
         CROSS JOIN LATERAL (VALUES ('total', ''), ('language', l.language), ('model', l.model),
                                    ('attempt', l.attempt::text), ('price_source', l.price_source),
                                    ('price_table', coalesce(l.price_table_version, 'unrecorded')),
                                    ('billing', CASE WHEN l.price_source LIKE '%:batch' THEN 'batch'
                                                     ELSE 'interactive' END)) AS d(dimension, value)
        WHERE l.job_id = $1
        GROUP BY d.dimension, d.value`,
      [jobId],
    );
    const [accepted] = await this.dataSource.query<{ outputs: string; cost_usd: string }[]>(
      `SELECT count(DISTINCT t.task_id) AS outputs, coalesce(sum(l.cost_usd), 0) AS cost_usd
         FROM job_service.job_task t LEFT JOIN job_service.job_cost l ON l.task_id = t.task_id
        WHERE t.job_id = $1 AND t.state = 'completed'`,
      [jobId],
    );
    const slice = (dimension: string) =>
      Object.fromEntries(
        rows.filter((row) => row.dimension === dimension).map((row) => [row.value, line(row)]),
      );
    const total = rows.find((row) => row.dimension === 'total');
    const regeneration = rows
      .filter((row) => row.dimension === 'attempt' && Number(row.value) > 1)
      .reduce((sum, row) => sum + Number(row.cost_usd), 0);
    const outputs = Number(accepted.outputs);
    return {
      job_id: jobId,
      currency: 'USD',
      total: total ? line(total) : { calls: 0, prompt_tokens: 0, completion_tokens: 0, cost_usd: 0 },
      by_language: slice('language'),
      by_model: slice('model'),
      by_attempt: slice('attempt'),
      by_price_source: slice('price_source'),
      by_billing: slice('billing'),
      regeneration_cost_usd: regeneration,
      accepted_outputs: outputs,
      cost_per_accepted_output_usd: outputs === 0 ? null : Number(accepted.cost_usd) / outputs,
      price_tables: rows.filter((row) => row.dimension === 'price_table').map((row) => row.value),
    };
  }
}

function line(row: CostRow): CostLine {
  return {
    calls: Number(row.calls),
    prompt_tokens: Number(row.prompt_tokens),
    completion_tokens: Number(row.completion_tokens),
    cost_usd: Number(row.cost_usd),
  };
}
