import { ProviderError } from '@content-pipeline/llm-providers';

/**
 * Why the provider endpoint is held: failures no retry can fix, each needing a person (or a provider-side change)
 * before another call can succeed.
 */
export const HOLD_REASONS = [
  'provider_auth',
  'provider_quota',
  'provider_model',
  'provider_contract',
  'provider_unreachable',
] as const;

export type HoldReason = (typeof HOLD_REASONS)[number];

export function isHoldReason(value: unknown): value is HoldReason {
  return (HOLD_REASONS as readonly unknown[]).includes(value);
}

// Provider codes as the adapters report them (OpenAI `code`, Anthropic `error.type`, Dify `code`).
const AUTH_CODES = new Set([
  'invalid_api_key',
  'authentication_error',
  'permission_error',
  'unauthorized',
  'forbidden',
  'invalid_authentication',
]);
const QUOTA_CODES = new Set([
  'insufficient_quota',
  'billing_error',
  'provider_quota_exceeded',
  'billing_not_active',
]);
const MODEL_CODES = new Set([
  'model_not_found',
  'not_found_error',
  'model_not_allowed',
  'model_currently_not_support',
  'provider_not_initialize',
]);
/** An adapter that checks the workflow's contract itself may say so at once. */
export const CONTRACT_MISMATCH_CODE = 'contract_mismatch';

/**
 * The hold a failed call asks for, or undefined when the failure belongs to the task (retry, new attempt or
 * dead letter as before). Decided on the code first, then the HTTP status, so a provider's 403 for a model the key
 * may not use counts as the model, not the key.
 */
export function holdReasonFor(error: unknown): HoldReason | undefined {
  if (!(error instanceof ProviderError)) return undefined;
  if (error.code === CONTRACT_MISMATCH_CODE) return 'provider_contract';
  if (error.kind === 'quota_exhausted' || QUOTA_CODES.has(error.code) || error.httpStatus === 402)
    return 'provider_quota';
  if (error.kind !== 'fatal') return undefined;
  if (MODEL_CODES.has(error.code) || error.httpStatus === 404) return 'provider_model';
  if (AUTH_CODES.has(error.code) || error.httpStatus === 401 || error.httpStatus === 403)
    return 'provider_auth';
  return undefined;
}

/** What a person does about each hold; the API and the log say it with the provider's own message. */
export const HOLD_ACTIONS: Record<HoldReason, string> = {
  provider_auth:
    'The provider refused the API key (401/403). Put a valid key in the provider key’s _FILE secret (the next probe reads it again, no restart) or in the key variable and restart the generator; the probe then resumes, or POST /provider-hold {"action":"probe"}.',
  provider_quota:
    'The account is out of quota or credit. Raise the quota or add credit at the provider; the probe resumes within a probe interval, or POST /provider-hold {"action":"probe"}.',
  provider_model:
    'The provider does not know the model (or the key may not use it). Fix the model setting (OPENAI_MODEL, ANTHROPIC_MODEL, or the Dify workflow’s model provider) and restart, or enable the model for the key.',
  provider_contract:
    'The workflow answers every call without the fields the generator reads. Fix the workflow’s output node (or the output mapping) and publish it; the probe resumes.',
  provider_unreachable:
    'The provider has not answered for longer than the breaker’s patience. Check its status page and the network path; the probe resumes when it answers.',
};
