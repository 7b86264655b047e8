import type { TokenUsage } from '@content-pipeline/contracts';
import type { PriceTable } from './price-table';

export interface UsageCost {
  costUsd: number;
  /** `provider_reported` (Dify's own total_price), `price_table:<version>` or `price_table:<version>:fallback`. */
  priceSource: string;
}

/**
 * The cost of one call. The provider's own reported USD price wins (Dify computes it with the model's
 * real price); otherwise tokens × the price table.
 */
export function costOfUsage(model: string, usage: TokenUsage, table: PriceTable): UsageCost {
  if (usage.reportedPriceAmount !== null && usage.reportedPriceCurrency?.toUpperCase() === 'USD') {
    return { costUsd: usage.reportedPriceAmount, priceSource: 'provider_reported' };
  }
  const listed = table.models[model];
  const price = listed ?? table.fallback;
  const costUsd =
    (usage.promptTokens * price.inputPerMillion + usage.completionTokens * price.outputPerMillion) /
    1_000_000;
  return { costUsd, priceSource: `price_table:${table.version}${listed ? '' : ':fallback'}` };
}
