import type { ModelPrice } from './price-table';

const MICRO_DOLLARS = 1_000_000;

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
