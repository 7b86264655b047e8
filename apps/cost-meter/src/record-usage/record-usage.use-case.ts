import { Inject, Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { DataSource, Repository } from 'typeorm';
import type { UsageRecorded } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';
import { PRICE_TABLE_2026_11 } from '../pricing/price-table';
import { costOfUsage } from '../pricing/usage-cost';
import { TokenLedgerEntry } from '../token-ledger/token-ledger-entry.entity';

/** Writes one ledger entry per usage event (once, whatever the redeliveries) and counts tokens and cost. */
@Injectable()
export class RecordUsageUseCase {
  private readonly ledger: Repository<TokenLedgerEntry>;
  private readonly tokens: Counter<'job' | 'model' | 'language' | 'kind'>;
  private readonly cost: Counter<'job' | 'model' | 'language'>;

  constructor(@Inject(SERVICE_DATA_SOURCE) dataSource: DataSource, metrics: ServiceMetrics) {
    this.ledger = dataSource.getRepository(TokenLedgerEntry);
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
    const { costUsd, priceSource } = costOfUsage(usage.model, usage.usage, PRICE_TABLE_2026_11);
    const result = await this.ledger
      .createQueryBuilder()
      .insert()
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
        costUsd: costUsd.toFixed(10),
        priceSource,
        outcome: usage.outcome,
        recordedAt: new Date(usage.recordedAt),
      })
      .orIgnore()
      .execute();
    if ((result.raw as unknown[]).length === 0) return;
    const labels = { job: usage.jobId, model: usage.model, language: usage.language };
    this.tokens.inc({ ...labels, kind: 'prompt' }, usage.usage.promptTokens);
    this.tokens.inc({ ...labels, kind: 'completion' }, usage.usage.completionTokens);
    this.cost.inc(labels, costUsd);
  }
}
