import type { TokenUsage } from '@content-pipeline/contracts';
import { tokensCost, type ModelPrice, type PriceTable } from '@content-pipeline/pricing';

export interface UsageCost {
  /** What the call is charged: the provider's own USD price when it reported one, else the table's. */
  costUsd: number;
  /**
   * `provider_reported` (Dify's own total_price), `price_table:<version>` or `price_table:<version>:fallback`,
   * with `:batch` appended when the call was priced at the model's batch rates.
   */
  priceSource: string;
  /** Tokens × the table's price, always computed, so a provider's price can be audited against the table. */
  tableCostUsd: number;
  tableVersion: string;
  price: ModelPrice;
  currency: 'USD';
}

/**
 * The cost of one call. The provider's own reported USD price wins (Dify computes it with the model's
 * real price); otherwise tokens × the price table, in integer arithmetic (prices scaled to micro-dollars
 * per million tokens) with a single division, stored as numeric(20,10): sums stay exact to the cent.
 */
export function costOfUsage(
  model: string,
  usage: TokenUsage,
  table: PriceTable,
  billing: 'interactive' | 'batch' | string = 'interactive',
): UsageCost {
  const listed = table.models[model];
  const listPrice = listed ?? table.fallback;
  // A batch call without batch rates in the table is priced at list: over-, never under-stated.
  const batchRates = billing === 'batch' ? listPrice.batch : undefined;
  const price: ModelPrice = batchRates ? { ...listPrice, ...batchRates } : listPrice;
  const tableCostUsd = tokensCost(usage.promptTokens, usage.completionTokens, price, {
    read: usage.cachedPromptTokens,
    written: usage.cacheWriteTokens,
  });
  const common = { tableCostUsd, tableVersion: table.version, price, currency: table.currency };
  if (usage.reportedPriceAmount !== null && usage.reportedPriceCurrency?.toUpperCase() === 'USD') {
    return { costUsd: usage.reportedPriceAmount, priceSource: 'provider_reported', ...common };
  }
  return {
    costUsd: tableCostUsd,
    priceSource: `price_table:${table.version}${listed ? '' : ':fallback'}${batchRates ? ':batch' : ''}`,
    ...common,
  };
}
