import { Inject, Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import type { UsageRecorded } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';
import { JobAdmissionService } from '../job-admission/job-admission.service';
import { priceTableAt } from '../pricing/price-table';
import { costOfUsage } from '../pricing/usage-cost';

/**
 * Writes one ledger entry per usage event (once, whatever the redeliveries), adds its cost to the job's
 * running total in the same statement, then checks the job's budget cap.
 */
@Injectable()
export class RecordUsageUseCase {
  private readonly tokens: Counter<'job' | 'model' | 'language' | 'kind'>;
  private readonly cost: Counter<'job' | 'model' | 'language'>;

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
    const costUsd = cost.costUsd.toFixed(10);
    // One statement: the entry, and its cost added to the job's total only if the entry is new.
    const [{ inserted, capped }] = await this.dataSource.query<
      { inserted: boolean; capped: boolean | null }[]
    >(
      `WITH entry AS (
         INSERT INTO cost_meter.token_ledger
           (usage_event_id, task_id, job_id, sku_id, language, attempt, prompt_version, provider, model,
            prompt_tokens, completion_tokens, cost_usd, price_source, outcome, recorded_at, price_table_version,
            input_usd_per_million, output_usd_per_million, currency, reported_price_amount,
            reported_price_currency, table_cost_usd)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
         ON CONFLICT (usage_event_id) DO NOTHING
         RETURNING job_id, cost_usd
       ), spent AS (
         UPDATE cost_meter.job AS job SET spent_usd = job.spent_usd + entry.cost_usd, updated_at = now()
           FROM entry WHERE job.job_id = entry.job_id
       )
       SELECT EXISTS (SELECT 1 FROM entry) AS inserted,
              (SELECT budget_usd IS NOT NULL FROM cost_meter.job WHERE job_id = $3) AS capped`,
      [
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
        costUsd,
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
      ],
    );
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
}
