import type { RateLimitHints } from '../port/content-generation.port';

function toNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Parses OpenAI's reset durations: `1s`, `6m0s`, `20ms`, `1h2m3.5s`. A bare number is seconds.
 */
export function parseDurationMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const bare = toNumber(trimmed);
  if (bare !== undefined) return Math.max(0, bare * 1000);
  const pattern = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  let total = 0;
  let matched = false;
  for (const [, amount, unit] of trimmed.matchAll(pattern)) {
    matched = true;
    const n = Number(amount);
    total += unit === 'ms' ? n : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n * 3_600_000;
  }
  return matched ? Math.round(total) : undefined;
}

/** `Retry-After` (seconds or HTTP date) or OpenAI's `retry-after-ms`, in milliseconds. */
export function parseRetryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = toNumber(headers.get('retry-after-ms'));
  if (ms !== undefined) return Math.max(0, ms);
  const raw = headers.get('retry-after');
  if (!raw) return undefined;
  const seconds = toNumber(raw);
  if (seconds !== undefined) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function dropUndefined(hints: RateLimitHints): RateLimitHints | undefined {
  const entries = Object.entries(hints).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as RateLimitHints) : undefined;
}

/** `x-ratelimit-*` headers of OpenAI-compatible APIs (also sent by Azure, LiteLLM and the simulator). */
export function parseOpenAiRateLimit(headers: Headers): RateLimitHints | undefined {
  return dropUndefined({
    limitRequests: toNumber(headers.get('x-ratelimit-limit-requests')),
    limitTokens: toNumber(headers.get('x-ratelimit-limit-tokens')),
    remainingRequests: toNumber(headers.get('x-ratelimit-remaining-requests')),
    remainingTokens: toNumber(headers.get('x-ratelimit-remaining-tokens')),
    resetRequestsMs: parseDurationMs(headers.get('x-ratelimit-reset-requests')),
    resetTokensMs: parseDurationMs(headers.get('x-ratelimit-reset-tokens')),
    retryAfterMs: parseRetryAfterMs(headers),
  });
}

function resetAtMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** `anthropic-ratelimit-*` headers; resets are RFC 3339 instants. */
export function parseAnthropicRateLimit(
  headers: Headers,
  now: number = Date.now(),
): RateLimitHints | undefined {
  return dropUndefined({
    limitRequests: toNumber(headers.get('anthropic-ratelimit-requests-limit')),
    limitTokens: toNumber(headers.get('anthropic-ratelimit-tokens-limit')),
    remainingRequests: toNumber(headers.get('anthropic-ratelimit-requests-remaining')),
    remainingTokens: toNumber(headers.get('anthropic-ratelimit-tokens-remaining')),
    resetRequestsMs: resetAtMs(headers.get('anthropic-ratelimit-requests-reset'), now),
    resetTokensMs: resetAtMs(headers.get('anthropic-ratelimit-tokens-reset'), now),
    limitInputTokens: toNumber(headers.get('anthropic-ratelimit-input-tokens-limit')),
    remainingInputTokens: toNumber(headers.get('anthropic-ratelimit-input-tokens-remaining')),
    resetInputTokensMs: resetAtMs(headers.get('anthropic-ratelimit-input-tokens-reset'), now),
    limitOutputTokens: toNumber(headers.get('anthropic-ratelimit-output-tokens-limit')),
    remainingOutputTokens: toNumber(headers.get('anthropic-ratelimit-output-tokens-remaining')),
    resetOutputTokensMs: resetAtMs(headers.get('anthropic-ratelimit-output-tokens-reset'), now),
    retryAfterMs: parseRetryAfterMs(headers, now),
  });
}
