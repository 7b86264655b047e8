/** The provider's own view of the budget, from `x-ratelimit-*` / `anthropic-ratelimit-*` response headers. */
export interface ProviderBudgetHints {
  limitRequests?: number;
  limitTokens?: number;
  remainingRequests?: number;
  remainingTokens?: number;
  resetRequestsMs?: number;
  resetTokensMs?: number;
  /** Anthropic's input and output token limits, where it states them apart (`anthropic-ratelimit-input-tokens-*`). */
  limitInputTokens?: number;
  remainingInputTokens?: number;
  resetInputTokensMs?: number;
  limitOutputTokens?: number;
  remainingOutputTokens?: number;
  resetOutputTokensMs?: number;
}

export interface PerWindowBudget {
  requestsPerWindow: number;
  /** Tokens per window; the input tokens when `outputTokensPerWindow` is set. */
  tokensPerWindow: number;
  /** A separate output-token budget (Anthropic OTPM). */
  outputTokensPerWindow?: number;
}

/** The longest pause a hint or a 429 may impose on the group; a provider saying "an hour" is handled by retries. */
export const MAX_COOLDOWN_MS = 60_000;
/** Pause after a 429 that did not say how long. */
export const DEFAULT_RATE_LIMITED_COOLDOWN_MS = 2_000;

/**
 * The budget to enforce: ours, lowered to what the provider says the key allows when that is less (another
 * tier, a shared key). Never raised above the configured budget.
 */
export function effectiveBudget(configured: PerWindowBudget, hints?: ProviderBudgetHints): PerWindowBudget {
  const lower = (ours: number, theirs: number | undefined) =>
    theirs !== undefined && theirs > 0 && theirs < ours ? theirs : ours;
  const separate = configured.outputTokensPerWindow !== undefined;
  const budget: PerWindowBudget = {
    requestsPerWindow: lower(configured.requestsPerWindow, hints?.limitRequests),
    // With separate budgets Anthropic's `tokens-limit` is the most restrictive of the two: only the input one applies.
    tokensPerWindow: lower(
      configured.tokensPerWindow,
      separate ? hints?.limitInputTokens : (hints?.limitTokens ?? hints?.limitInputTokens),
    ),
  };
  if (configured.outputTokensPerWindow !== undefined)
    budget.outputTokensPerWindow = lower(configured.outputTokensPerWindow, hints?.limitOutputTokens);
  return budget;
}

/**
 * A cooldown the provider's remaining counters ask for: nothing left in a dimension means the next call would be
 * a 429, so the group waits for that dimension's reset. Our own limiter keeps a margin (its burst), so this only
 * fires when someone else uses the key or the provider counts differently.
 */
export function cooldownFromHints(hints?: ProviderBudgetHints): number {
  if (!hints) return 0;
  const waits: number[] = [];
  if (hints.remainingRequests === 0 && hints.resetRequestsMs) waits.push(hints.resetRequestsMs);
  if (hints.remainingTokens === 0 && hints.resetTokensMs) waits.push(hints.resetTokensMs);
  if (hints.remainingInputTokens === 0 && hints.resetInputTokensMs) waits.push(hints.resetInputTokensMs);
  if (hints.remainingOutputTokens === 0 && hints.resetOutputTokensMs) waits.push(hints.resetOutputTokensMs);
  return waits.length === 0 ? 0 : Math.min(MAX_COOLDOWN_MS, Math.max(...waits));
}

/** How long the whole group pauses after a 429: the provider's Retry-After, bounded. */
export function cooldownAfterRateLimited(retryAfterMs?: number): number {
  if (retryAfterMs === undefined || !(retryAfterMs > 0)) return DEFAULT_RATE_LIMITED_COOLDOWN_MS;
  return Math.min(MAX_COOLDOWN_MS, retryAfterMs);
}
