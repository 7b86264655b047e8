import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UsagePriced } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { StatementBatcher, valuesList } from '@content-pipeline/persistence';

/** What adding one priced call to its job found. */
export interface JobCostOutcome {
  /** First time this call was counted (false on a redelivery). */
  added: boolean;
  /** The job has a budget cap to check. */
  capped: boolean;
}

const ENTRIES_PER_BATCH = 500;

/**
 * The jobs' priced calls and running totals. Calls handled together are written in one statement: the new
 * entries, their costs added to their jobs' totals (one update per job, not per call: every call of a job would
 * otherwise queue on its row), and which of those jobs have a cap.
 */
@Injectable()
export class JobCostRepository {
  private readonly entries = new StatementBatcher<UsagePriced, JobCostOutcome>({
    keyOf: (priced) => priced.usageEventId,
    maxBatchSize: ENTRIES_PER_BATCH,
    runBatch: (entries) => this.write(entries),
  });

  constructor(@Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  add(priced: UsagePriced): Promise<JobCostOutcome> {
    return this.entries.submit(priced);
  }

  private async write(entries: readonly UsagePriced[]): Promise<JobCostOutcome[]> {
    const { sql, parameters } = valuesList(entries, (priced) => [
      priced.usageEventId,
      priced.jobId,
      priced.taskId,
      priced.skuId,
      priced.language,
      priced.attempt,
      priced.provider,
      priced.model,
      priced.promptTokens,
      priced.completionTokens,
      priced.costUsd.toFixed(10),
      priced.priceSource,
      priced.priceTableVersion,
      new Date(priced.recordedAt),
    ]);
    const jobIds = [...new Set(entries.map((priced) => priced.jobId))];
    const jobsParameter = `$${parameters.length + 1}`;
    const rows = await this.dataSource.query<{ kind: 'added' | 'capped'; id: string }[]>(
      `WITH entry AS (
         INSERT INTO job_service.job_cost
           (usage_event_id, job_id, task_id, sku_id, language, attempt, provider, model, prompt_tokens,
            completion_tokens, cost_usd, price_source, price_table_version, recorded_at)
         VALUES ${sql}
         ON CONFLICT (usage_event_id) DO NOTHING
         RETURNING usage_event_id, job_id, cost_usd
       ), spent AS (
         UPDATE job_service.job AS job SET spent_usd = job.spent_usd + total.cost_usd, updated_at = now()
           FROM (SELECT job_id, sum(cost_usd) AS cost_usd FROM entry GROUP BY job_id) AS total
          WHERE job.job_id = total.job_id
       )
       SELECT 'added' AS kind, usage_event_id AS id FROM entry
       UNION ALL
       SELECT 'capped', job_id FROM job_service.job WHERE job_id = ANY(${jobsParameter}::text[]) AND budget_usd IS NOT NULL`,
      [...parameters, jobIds],
    );
    const added = new Set(rows.filter(({ kind }) => kind === 'added').map(({ id }) => id));
    const capped = new Set(rows.filter(({ kind }) => kind === 'capped').map(({ id }) => id));
    return entries.map((priced) => ({
      added: added.has(priced.usageEventId),
      capped: capped.has(priced.jobId),
    }));
  }
}
