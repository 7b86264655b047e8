import { asRecord, asString, tryParseJson } from '../http/json-body';
import { ProviderError } from '../port/provider.error';

/**
 * Maps a non-2xx OpenAI-compatible response to a ProviderError:
 * 429 → rate_limited (quota_exhausted when `insufficient_quota`), 5xx/408/409 → retriable,
 * 400 → fatal unless the context window was exceeded (content_failure: a shorter attempt may pass),
 * 401/403/404 and the rest of 4xx → fatal.
 */
export function mapOpenAiError(
  status: number,
  bodyText: string,
  retryAfterMs: number | undefined,
): ProviderError {
  const error = asRecord(asRecord(tryParseJson(bodyText))?.['error']);
  const code = asString(error?.['code']) ?? asString(error?.['type']) ?? `http_${status}`;
  const message = `openai: HTTP ${status} ${code}: ${asString(error?.['message']) ?? bodyText.slice(0, 200)}`;
  if (status === 429) {
    return code === 'insufficient_quota'
      ? new ProviderError('quota_exhausted', code, message, status, retryAfterMs)
      : new ProviderError('rate_limited', code, message, status, retryAfterMs);
  }
  if (status >= 500 || status === 408 || status === 409) {
    return new ProviderError('retriable', code, message, status, retryAfterMs);
  }
  if (
    status === 400 &&
    (code === 'context_length_exceeded' || /context length|maximum context/i.test(message))
  ) {
    return new ProviderError('content_failure', code, message, status);
  }
  return new ProviderError('fatal', code, message, status);
}
