/** USD per million tokens for one model. */
export interface ModelPrice {
  inputPerMillion: number;
  outputPerMillion: number;
}

/** A dated, versioned price list: a cost is always reproducible from the version it was computed with. */
export interface PriceTable {
  version: string;
  effectiveFrom: string;
  currency: 'USD';
  models: Record<string, ModelPrice>;
  /** Used for a model the table does not list (and logged as such in `price_source`). */
  fallback: ModelPrice;
}

/** The default price table (list prices, USD per 1M tokens). Update by adding a new version. */
export const PRICE_TABLE_2026_11: PriceTable = {
  version: '2026-11',
  effectiveFrom: '2026-11-01',
  currency: 'USD',
  models: {
    'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
    'gpt-4o': { inputPerMillion: 2.5, outputPerMillion: 10 },
    'gpt-4.1-mini': { inputPerMillion: 0.4, outputPerMillion: 1.6 },
    'claude-sonnet-4-5': { inputPerMillion: 3, outputPerMillion: 15 },
    'claude-haiku-4-5': { inputPerMillion: 1, outputPerMillion: 5 },
  },
  fallback: { inputPerMillion: 0.15, outputPerMillion: 0.6 },
};
