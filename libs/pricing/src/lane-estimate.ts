import type { ModelPrice } from './price-table';
import { tokensCost } from './token-cost';

/** How a task reaches the provider: at once, or in a provider batch that may take up to a day. */
export type PricingLane = 'interactive' | 'batch';

/**
 * OpenAI's Batch API and Anthropic's Message Batches bill 50 % of the interactive rates, input and output (prompt-
 * cache discounts stack on top). Applied when a price entry lists no batch rates of its own.
 */
export const BATCH_PRICE_FACTOR = 0.5;

/** Tokens of some work, the prompt split by how the provider's cache billed it. */
export interface TokenFigures {
  promptTokens: number;
  completionTokens: number;
  /** Of `promptTokens`, read from the prompt cache. */
  cachedPromptTokens: number;
  /** Of `promptTokens`, written to the prompt cache. */
  cacheWriteTokens: number;
}

/** USD for `tokens` at `price` in `lane`; `withCache: false` prices every prompt token as plain input. */
export function laneCost(
  tokens: TokenFigures,
  price: ModelPrice,
  lane: PricingLane,
  withCache = true,
): number {
  const cache = withCache
    ? { read: tokens.cachedPromptTokens, written: tokens.cacheWriteTokens }
    : { read: 0, written: 0 };
  const interactive = tokensCost(tokens.promptTokens, tokens.completionTokens, price, cache);
  return lane === 'batch' ? interactive * BATCH_PRICE_FACTOR : interactive;
}

/** Adds `more` into `total`. */
export function addTokenFigures(total: TokenFigures, more: TokenFigures): void {
  total.promptTokens += more.promptTokens;
  total.completionTokens += more.completionTokens;
  total.cachedPromptTokens += more.cachedPromptTokens;
  total.cacheWriteTokens += more.cacheWriteTokens;
}

/** All-zero figures, to sum into. */
export function noTokens(): TokenFigures {
  return { promptTokens: 0, completionTokens: 0, cachedPromptTokens: 0, cacheWriteTokens: 0 };
}
