import { asRecord, asString, tryParseJson } from '../http/json-body';
import { ProviderError } from '../port/provider.error';

/**
 * Maps a non-2xx Anthropic response (`{type:"error", error:{type, message}}`) to a ProviderError:
 * 529 overloaded_error and 5xx → retriable, 429 rate_limit_error → rate_limited,
 * 400 invalid_request_error, 401, 403, 404, 413 → fatal.
 */
export function mapAnthropicError(
  status: number,
  bodyText: string,
  retryAfterMs: number | undefined,
): ProviderError {
  const error = asRecord(asRecord(tryParseJson(bodyText))?.['error']);
  const code = asString(error?.['type']) ?? `http_${status}`;
  const message = `anthropic: HTTP ${status} ${code}: ${asString(error?.['message']) ?? bodyText.slice(0, 200)}`;
  if (status === 429) return new ProviderError('rate_limited', code, message, status, retryAfterMs);
  if (status >= 500 || status === 408)
    return new ProviderError('retriable', code, message, status, retryAfterMs);
  if (status === 400 && /prompt is too long|context/i.test(message)) {
    return new ProviderError('content_failure', code, message, status);
  }
  return new ProviderError('fatal', code, message, status);
}
