import { Inject, Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import type { UsageRecorded } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { valuesList, StatementBatcher } from '@content-pipeline/persistence';
import { METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';
import { JobAdmissionService } from '../job-admission/job-admission.service';
import { priceTableAt } from '../pricing/price-table';
import { costOfUsage, UsageCost } from '../pricing/usage-cost';

interface LedgerEntry {
  usage: UsageRecorded;
  cost: UsageCost;
}

interface EntryOutcome {
  inserted: boolean;
  capped: boolean;
}

const ENTRIES_PER_BATCH = 500;

/**
 * Writes one ledger entry per usage event (once, whatever the redeliveries), adds its cost to the job's
 * running total in the same statement (batched with the events handled alongside), then checks the job's
 * budget cap.
 */
@Injectable()
export class RecordUsageUseCase {
  private readonly tokens: Counter<'job' | 'model' | 'language' | 'kind'>;
  private readonly cost: Counter<'job' | 'model' | 'language'>;
  private readonly entries = new StatementBatcher<LedgerEntry, EntryOutcome>({
    keyOf: ({ usage }) => usage.eventId,
    maxBatchSize: ENTRIES_PER_BATCH,
    runBatch: (entries) => this.writeEntries(entries),
  });

  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly admission: JobAdmissionService,
    metrics: ServiceMetrics,
  ) {
    this.tokens = new Counter({
      name: `${METRIC_PREFIX}llm_tokens_total`,
      help: 'Tokens billed, by job, model, language and kind (prompt or completion).',
      labelNames: ['job', 'model', 'language', 'kind'],
      registers: [metrics.registry],
    });
    this.cost = new Counter({
      name: `${METRIC_PREFIX}llm_cost_usd_total`,
      help: 'Cost in USD, by job, model and language.',
      labelNames: ['job', 'model', 'language'],
      registers: [metrics.registry],
    });
  }

  async execute(usage: UsageRecorded): Promise<void> {
    const cost = costOfUsage(usage.model, usage.usage, priceTableAt(new Date(usage.recordedAt)));
    const { inserted, capped } = await this.entries.submit({ usage, cost });
    if (inserted) {
      const labels = { job: usage.jobId, model: usage.model, language: usage.language };
      this.tokens.inc({ ...labels, kind: 'prompt' }, usage.usage.promptTokens);
      this.tokens.inc({ ...labels, kind: 'completion' }, usage.usage.completionTokens);
      this.cost.inc(labels, cost.costUsd);
    }
    // Also on a redelivery: the pause may not have been published when the first delivery was cut short.
    // A job without a cap has nothing to enforce.
    if (capped) await this.admission.enforceBudget(usage.jobId, usage.traceparent);
  }

  /**
   * One statement for a batch of usage events: the new entries, and their costs added to their jobs' running
   * totals (one update per job, not per event: every event of a job would otherwise queue on its row).
   */
  private async writeEntries(entries: readonly LedgerEntry[]): Promise<EntryOutcome[]> {
    const { sql, parameters } = valuesList(entries, ({ usage, cost }) => [
      usage.eventId,
      usage.taskId,
      usage.jobId,
      usage.skuId,
      usage.language,
      usage.attempt,
      usage.promptVersion,
      usage.provider,
      usage.model,
      usage.usage.promptTokens,
      usage.usage.completionTokens,
      cost.costUsd.toFixed(10),
      cost.priceSource,
      usage.outcome,
      new Date(usage.recordedAt),
      cost.tableVersion,
      String(cost.price.inputPerMillion),
      String(cost.price.outputPerMillion),
      cost.currency,
      usage.usage.reportedPriceAmount?.toFixed(10) ?? null,
      usage.usage.reportedPriceCurrency,
      cost.tableCostUsd.toFixed(10),
    ]);
    const jobIds = [...new Set(entries.map(({ usage }) => usage.jobId))];
    const jobsParameter = `$${parameters.length + 1}`;
    const rows = await this.dataSource.query<{ kind: 'inserted' | 'capped'; id: string }[]>(
      `WITH entry AS (
         INSERT INTO cost_meter.token_ledger
           (usage_event_id, task_id, job_id, sku_id, language, attempt, prompt_version, provider, model,
            prompt_tokens, completion_tokens, cost_usd, price_source, outcome, recorded_at, price_table_version,
            input_usd_per_million, output_usd_per_million, currency, reported_price_amount,
            reported_price_currency, table_cost_usd)
         VALUES ${sql}
         ON CONFLICT (usage_event_id) DO NOTHING
         RETURNING usage_event_id, job_id, cost_usd
       ), spent AS (
         UPDATE cost_meter.job AS job SET spent_usd = job.spent_usd + total.cost_usd, updated_at = now()
           FROM (SELECT job_id, sum(cost_usd) AS cost_usd FROM entry GROUP BY job_id) AS total
          WHERE job.job_id = total.job_id
       )
       SELECT 'inserted' AS kind, usage_event_id AS id FROM entry
       UNION ALL
       SELECT 'capped', job_id FROM cost_meter.job WHERE job_id = ANY(${jobsParameter}::text[]) AND budget_usd IS NOT NULL`,
      [...parameters, jobIds],
    );
    const inserted = new Set(rows.filter(({ kind }) => kind === 'inserted').map(({ id }) => id));
    const capped = new Set(rows.filter(({ kind }) => kind === 'capped').map(({ id }) => id));
    return entries.map(({ usage }) => ({
      inserted: inserted.has(usage.eventId),
      capped: capped.has(usage.jobId),
    }));
  }
}
