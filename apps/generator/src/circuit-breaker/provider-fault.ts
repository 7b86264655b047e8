import { ProviderError } from '@content-pipeline/llm-providers';

// Retriable codes that mean the endpoint itself is unwell, as opposed to the caller going away ('aborted').
const FAULT_CODES = new Set([
  'timeout',
  'hard_timeout',
  'connection_error',
  'stream_incomplete',
  'malformed_response',
]);

/**
 * True when a failed call says the provider endpoint is unhealthy: a 5xx (or 408), a timeout, a connection error.
 * A 429, a quota, an unusable answer or a refused request are the provider working as designed: they must not
 * open the breaker (they have their own handling: cooldown, regeneration, dead-letter).
 */
export function isProviderFault(error: unknown): boolean {
  if (!(error instanceof ProviderError)) return false;
  if (error.kind !== 'retriable') return false;
  if (error.httpStatus !== undefined) return error.httpStatus >= 500 || error.httpStatus === 408;
  return FAULT_CODES.has(error.code) || error.code.startsWith('workflow_');
}
