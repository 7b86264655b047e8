/**
 * A provider hold as the job API shows it on an unfinished job: what stopped the line, in the provider's words,
 * what a person does about it, and since when.
 */
export interface ProviderHoldNotice {
  /** provider_auth, provider_quota, provider_model, provider_contract, provider_unreachable. */
  reason: string;
  provider: string;
  /** The generator group's limiter key: which endpoint is held. */
  hold_key: string;
  /** The provider's own code (invalid_api_key …). */
  error_code: string;
  message: string;
  action: string;
  /** ISO time the hold began. */
  since: string;
}

/** The hold a job shows when several endpoints are held: the oldest, which is what a person fixes first. */
export function firstHold(holds: readonly ProviderHoldNotice[]): ProviderHoldNotice | null {
  if (holds.length === 0) return null;
  return [...holds].sort((a, b) => a.since.localeCompare(b.since) || a.hold_key.localeCompare(b.hold_key))[0];
}
