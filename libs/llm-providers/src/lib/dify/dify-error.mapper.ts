import { ProviderError } from '../port/provider.error';

// Dify 400 codes that no retry can fix: the workspace's model provider is not set up, out of credit, or the model
// cannot do what the workflow asks.
const FATAL_400_CODES = new Set([
  'provider_not_initialize',
  'provider_quota_exceeded',
  'model_currently_not_support',
  'completion_request_error',
]);

/**
 * Maps a Dify error envelope `{code, message, status}` (HTTP error or streaming `error` event) to a ProviderError.
 * - 400 provider_not_initialize / provider_quota_exceeded / model_currently_not_support / completion_request_error → fatal
 * - 400 workflow_request_error → content_failure (the run itself failed; a new attempt may pass)
 * - 429 too_many_requests → rate_limited; 429 rate_limit_error → quota_exhausted (the workspace's plan limit)
 * - 5xx → retriable; other 4xx (401 unauthorized, 404 app unavailable …) → fatal
 */
export function mapDifyError(
  status: number,
  code: string | undefined,
  message: string | undefined,
  retryAfterMs?: number,
): ProviderError {
  const errorCode = code ?? `http_${status}`;
  const text = `dify: HTTP ${status} ${errorCode}: ${message ?? 'no message'}`;
  if (status === 429) {
    return errorCode === 'rate_limit_error'
      ? new ProviderError('quota_exhausted', errorCode, text, status, retryAfterMs)
      : new ProviderError('rate_limited', errorCode, text, status, retryAfterMs);
  }
  if (status >= 500 || status === 408)
    return new ProviderError('retriable', errorCode, text, status, retryAfterMs);
  if (status === 400 && FATAL_400_CODES.has(errorCode))
    return new ProviderError('fatal', errorCode, text, status);
  if (status === 400 && errorCode === 'workflow_request_error') {
    return new ProviderError('content_failure', errorCode, text, status);
  }
  return new ProviderError('fatal', errorCode, text, status);
}
