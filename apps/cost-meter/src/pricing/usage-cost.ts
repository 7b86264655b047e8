import type { TokenUsage } from '@content-pipeline/contracts';
import type { ModelPrice, PriceTable } from './price-table';

export interface UsageCost {
  /** What the call is charged: the provider's own USD price when it reported one, else the table's. */
  costUsd: number;
  /** `provider_reported` (Dify's own total_price), `price_table:<version>` or `price_table:<version>:fallback`. */
  priceSource: string;
  /** Tokens × the table's price, always computed, so a provider's price can be audited against the table. */
  tableCostUsd: number;
  tableVersion: string;
  price: ModelPrice;
  currency: 'USD';
}

const MICRO_DOLLARS = 1_000_000;

/**
 * The cost of one call. The provider's own reported USD price wins (Dify computes it with the model's
 * real price); otherwise tokens × the price table, in integer arithmetic (prices scaled to micro-dollars
 * per million tokens) with a single division, stored as numeric(20,10): sums stay exact to the cent.
 */
export function costOfUsage(model: string, usage: TokenUsage, table: PriceTable): UsageCost {
  const listed = table.models[model];
  const price = listed ?? table.fallback;
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
    priceSource: `price_table:${table.version}${listed ? '' : ':fallback'}`,
    ...common,
  };
}

/** Of the prompt tokens, those the provider read from and wrote to its prompt cache. */
export interface CacheTokens {
  read: number;
  written: number;
}

/**
 * USD for the given tokens at `price` (per million tokens). `cache` tokens are part of `promptTokens`: they are
 * priced at the cached and cache-write rates where the table has them, the rest at the input rate.
 */
export function tokensCost(
  promptTokens: number,
  completionTokens: number,
  price: ModelPrice,
  cache: CacheTokens = { read: 0, written: 0 },
): number {
  // Prices have at most 6 decimals per million: scale to integers before multiplying to avoid float drift.
  const scaled = (perMillion: number) => Math.round(perMillion * MICRO_DOLLARS);
  const input = scaled(price.inputPerMillion);
  const output = scaled(price.outputPerMillion);
  const read = scaled(price.cachedInputPerMillion ?? price.inputPerMillion);
  const written = scaled(price.cacheWritePerMillion ?? price.inputPerMillion);
  // A provider never reports more cache tokens than prompt tokens; clamp so bad input cannot price negative.
  const cacheRead = Math.min(Math.max(0, cache.read), promptTokens);
  const cacheWritten = Math.min(Math.max(0, cache.written), promptTokens - cacheRead);
  const plain = promptTokens - cacheRead - cacheWritten;
  return (
    (plain * input + cacheRead * read + cacheWritten * written + completionTokens * output) /
    (MICRO_DOLLARS * MICRO_DOLLARS)
  );
}
