import { Inject, Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import type { UsageRecorded } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';
import { JobAdmissionService } from '../job-admission/job-admission.service';
import { priceTableAt } from '../pricing/price-table';
import { costOfUsage } from '../pricing/usage-cost';
import { TokenLedgerEntry } from '../token-ledger/token-ledger-entry.entity';

/**
 * Writes one ledger entry per usage event (once, whatever the redeliveries), adds its cost to the job's
 * running total in the same transaction, then checks the job's budget cap.
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
    const inserted = await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(TokenLedgerEntry)
        .values({
          usageEventId: usage.eventId,
          taskId: usage.taskId,
          jobId: usage.jobId,
          skuId: usage.skuId,
          language: usage.language,
          attempt: usage.attempt,
          promptVersion: usage.promptVersion,
          provider: usage.provider,
          model: usage.model,
          promptTokens: usage.usage.promptTokens,
          completionTokens: usage.usage.completionTokens,
          costUsd,
          priceSource: cost.priceSource,
          outcome: usage.outcome,
          recordedAt: new Date(usage.recordedAt),
          priceTableVersion: cost.tableVersion,
          inputUsdPerMillion: String(cost.price.inputPerMillion),
          outputUsdPerMillion: String(cost.price.outputPerMillion),
          currency: cost.currency,
          reportedPriceAmount: usage.usage.reportedPriceAmount?.toFixed(10) ?? null,
          reportedPriceCurrency: usage.usage.reportedPriceCurrency,
          tableCostUsd: cost.tableCostUsd.toFixed(10),
        })
        .orIgnore()
        .execute();
      if ((result.raw as unknown[]).length === 0) return false;
      await manager.query(
        `UPDATE cost_meter.job SET spent_usd = spent_usd + $2::numeric, updated_at = now() WHERE job_id = $1`,
        [usage.jobId, costUsd],
      );
      return true;
    });
    if (inserted) {
      const labels = { job: usage.jobId, model: usage.model, language: usage.language };
      this.tokens.inc({ ...labels, kind: 'prompt' }, usage.usage.promptTokens);
      this.tokens.inc({ ...labels, kind: 'completion' }, usage.usage.completionTokens);
      this.cost.inc(labels, cost.costUsd);
    }
    // Also on a redelivery: the pause may not have been published when the first delivery was cut short.
    await this.admission.enforceBudget(usage.jobId, usage.traceparent);
  }
}
