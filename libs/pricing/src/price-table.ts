/** Price per million tokens for one model, in the table's currency. */
export interface ModelPrice {
  inputPerMillion: number;
  outputPerMillion: number;
  /** Input tokens read from the provider's prompt cache; absent: billed as plain input. */
  cachedInputPerMillion?: number;
  /** Input tokens written to the prompt cache (Anthropic: 1.25× input for the 5-minute cache); absent: plain input. */
  cacheWritePerMillion?: number;
  /** The provider's Batch API rates for the model (OpenAI Batch, Anthropic Message Batches: half the list price). */
  batch?: { inputPerMillion: number; outputPerMillion: number };
}

/** A dated, versioned price list: a cost is always reproducible from the version it was computed with. */
export interface PriceTable {
  version: string;
  /** ISO date (UTC) from which this version applies; the previous version applies before it. */
  effectiveFrom: string;
  currency: 'USD';
  models: Record<string, ModelPrice>;
  /** Used for a model the table does not list (and recorded as such in `price_source`). */
  fallback: ModelPrice;
}

/** The default price table (list prices, USD per 1M tokens). */
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
    // The bundled simulator's models: priced like the model they stand in for.
    'sim-gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
    'dify-workflow': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  },
  fallback: { inputPerMillion: 0.15, outputPerMillion: 0.6 },
};

/**
 * 2026-12: the same input and output rates as 2026-11 (so nothing recorded before moves), plus the prompt-cache
 * rates from the providers' pricing pages: OpenAI reads at half the input rate (gpt-4.1-mini a quarter) and writes
 * at the plain input rate; Anthropic's 5-minute cache writes at 1.25× and reads at 0.1× the input rate.
 * Dify reports no cache use, so its entry has no cache rates. Batch rates (OpenAI Batch, Anthropic Message Batches)
 * are half the list input and output rates; Dify has no batch API.
 */
export const PRICE_TABLE_2026_12: PriceTable = {
  version: '2026-12',
  effectiveFrom: '2026-12-06',
  currency: 'USD',
  models: {
    'gpt-4o-mini': {
      inputPerMillion: 0.15,
      outputPerMillion: 0.6,
      cachedInputPerMillion: 0.075,
      batch: { inputPerMillion: 0.075, outputPerMillion: 0.3 },
    },
    'gpt-4o': {
      inputPerMillion: 2.5,
      outputPerMillion: 10,
      cachedInputPerMillion: 1.25,
      batch: { inputPerMillion: 1.25, outputPerMillion: 5 },
    },
    'gpt-4.1-mini': {
      inputPerMillion: 0.4,
      outputPerMillion: 1.6,
      cachedInputPerMillion: 0.1,
      batch: { inputPerMillion: 0.2, outputPerMillion: 0.8 },
    },
    'claude-sonnet-4-5': {
      inputPerMillion: 3,
      outputPerMillion: 15,
      cachedInputPerMillion: 0.3,
      cacheWritePerMillion: 3.75,
      batch: { inputPerMillion: 1.5, outputPerMillion: 7.5 },
    },
    'claude-haiku-4-5': {
      inputPerMillion: 1,
      outputPerMillion: 5,
      cachedInputPerMillion: 0.1,
      cacheWritePerMillion: 1.25,
      batch: { inputPerMillion: 0.5, outputPerMillion: 2.5 },
    },
    // The bundled simulator's models: priced like the model they stand in for.
    'sim-gpt-4o-mini': {
      inputPerMillion: 0.15,
      outputPerMillion: 0.6,
      cachedInputPerMillion: 0.075,
      batch: { inputPerMillion: 0.075, outputPerMillion: 0.3 },
    },
    'dify-workflow': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  },
  fallback: {
    inputPerMillion: 0.15,
    outputPerMillion: 0.6,
    batch: { inputPerMillion: 0.075, outputPerMillion: 0.3 },
  },
};

/**
 * Every version, oldest first. A price change is a new entry with its `effectiveFrom`, never an edit of an
 * old one: usage is priced with the version in force when it was recorded, so past costs never move.
 */
export const PRICE_TABLES: readonly PriceTable[] = [PRICE_TABLE_2026_11, PRICE_TABLE_2026_12];

/** The version in force at `at` (the oldest version for usage recorded before any table existed). */
export function priceTableAt(at: Date, tables: readonly PriceTable[] = PRICE_TABLES): PriceTable {
  if (tables.length === 0) throw new Error('No price table configured');
  let current = tables[0];
  for (const table of tables) {
    if (Date.parse(`${table.effectiveFrom}T00:00:00Z`) <= at.getTime()) current = table;
  }
  return current;
}
