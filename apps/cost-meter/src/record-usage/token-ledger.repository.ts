import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UsageRecorded } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { StatementBatcher, valuesList } from '@content-pipeline/persistence';
import type { UsageCost } from '../pricing/usage-cost';

/** A usage event and the cost it was priced at. */
export interface LedgerEntry {
  usage: UsageRecorded;
  cost: UsageCost;
}

const ENTRIES_PER_BATCH = 500;

/**
 * The token ledger: one entry per usage event, written once whatever the redeliveries. Entries handled together
 * go in one statement.
 */
@Injectable()
export class TokenLedgerRepository {
  private readonly entries = new StatementBatcher<LedgerEntry, boolean>({
    keyOf: ({ usage }) => usage.eventId,
    maxBatchSize: ENTRIES_PER_BATCH,
    runBatch: (entries) => this.write(entries),
  });

  constructor(@Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Enters a priced usage event; false when it was entered before (a redelivery). */
  enter(entry: LedgerEntry): Promise<boolean> {
    return this.entries.submit(entry);
  }

  private async write(entries: readonly LedgerEntry[]): Promise<boolean[]> {
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
    const rows = await this.dataSource.query<{ usage_event_id: string }[]>(
      `INSERT INTO cost_meter.token_ledger
         (usage_event_id, task_id, job_id, sku_id, language, attempt, prompt_version, provider, model,
          prompt_tokens, completion_tokens, cost_usd, price_source, outcome, recorded_at, price_table_version,
          input_usd_per_million, output_usd_per_million, currency, reported_price_amount,
          reported_price_currency, table_cost_usd)
       VALUES ${sql}
       ON CONFLICT (usage_event_id) DO NOTHING
       RETURNING usage_event_id`,
      parameters,
    );
    const inserted = new Set(rows.map((row) => row.usage_event_id));
    return entries.map(({ usage }) => inserted.has(usage.eventId));
  }
}
