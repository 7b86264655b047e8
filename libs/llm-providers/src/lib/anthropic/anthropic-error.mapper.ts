import { ProviderError } from '../port/provider.error';

/** The `error` object of an Anthropic error body: `{type, message}`. */
export interface AnthropicErrorBody {
  type?: string | null;
  message?: string | null;
}

/**
 * Maps a non-2xx Anthropic answer (`{type:"error", error:{type, message}}`) to a ProviderError:
 * 529 overloaded_error and 5xx → retriable, 429 rate_limit_error → rate_limited, 402 billing_error →
 * quota_exhausted, 400 with a too-long prompt → content_failure, other 400, 401, 403, 404, 413 → fatal.
 */
export function mapAnthropicError(
  status: number,
  error: AnthropicErrorBody | undefined,
  retryAfterMs: number | undefined,
): ProviderError {
  const code = error?.type || `http_${status}`;
  const message = `anthropic: HTTP ${status} ${code}: ${error?.message ?? 'no message'}`;
  if (status === 429) return new ProviderError('rate_limited', code, message, status, retryAfterMs);
  if (status === 402 || code === 'billing_error') {
    return new ProviderError('quota_exhausted', code, message, status, retryAfterMs);
  }
  if (status >= 500 || status === 408)
    return new ProviderError('retriable', code, message, status, retryAfterMs);
  if (status === 400 && /prompt is too long|context/i.test(message)) {
    return new ProviderError('content_failure', code, message, status);
  }
  return new ProviderError('fatal', code, message, status);
}
