import type { RequestDeadline } from '../http/request-deadline';
import { parseRetryAfterMs } from '../http/rate-limit-headers';
import { ProviderError } from '../port/provider.error';

/** What both official SDKs' `APIError` carry about an HTTP error answer. */
interface SdkStatusError {
  status: number;
  headers?: Headers;
  error?: unknown;
}

function isStatusError(error: unknown): error is SdkStatusError {
  const status = error instanceof Error ? (error as unknown as { status?: unknown }).status : undefined;
  return typeof status === 'number' && status >= 400;
}

/**
 * Maps whatever an official SDK threw to a {@link ProviderError}: an HTTP error answer through the provider's
 * `mapStatus` (with `Retry-After` read from its headers); a 2xx body that is not JSON as retriable
 * `malformed_response`; our deadline, a caller abort and connection failures through the deadline (the SDKs'
 * own timeout and abort errors carry nothing more).
 */
export function toProviderFailure(
  error: unknown,
  provider: 'openai' | 'anthropic',
  deadline: RequestDeadline,
  mapStatus: (status: number, body: unknown, retryAfterMs: number | undefined) => ProviderError,
): ProviderError {
  if (error instanceof ProviderError) return error;
  if (isStatusError(error)) {
    return mapStatus(error.status, error.error, error.headers ? parseRetryAfterMs(error.headers) : undefined);
  }
  if (error instanceof SyntaxError) {
    return new ProviderError(
      'retriable',
      'malformed_response',
      `${provider}: the answer is not valid JSON (${error.message})`,
      undefined,
      undefined,
      { cause: error },
    );
  }
  return deadline.toProviderError(error, provider);
}
