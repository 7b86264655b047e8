import { ProviderError } from '../port/provider.error';

/** The `error` object of an OpenAI error body: `{message, type, param, code}`. */
export interface OpenAiErrorBody {
  message?: string | null;
  type?: string | null;
  code?: string | null;
}

/**
 * Maps a non-2xx OpenAI-compatible answer to a ProviderError:
 * 429 → rate_limited (quota_exhausted when `insufficient_quota`), 5xx/408/409 → retriable,
 * 400 → fatal unless the context window was exceeded (content_failure: a shorter attempt may pass),
 * 401/403/404 (`invalid_api_key`, `model_not_found` …) and the rest of 4xx → fatal.
 */
export function mapOpenAiError(
  status: number,
  error: OpenAiErrorBody | undefined,
  retryAfterMs: number | undefined,
): ProviderError {
  const code = error?.code || error?.type || `http_${status}`;
  const message = `openai: HTTP ${status} ${code}: ${error?.message ?? 'no message'}`;
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
