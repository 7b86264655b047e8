import type { TokenUsage } from './content-generation.port';

/**
 * What the caller should do about a failure:
 * - `retriable`: try again after a short back-off;
 * - `rate_limited`: back off (honour `retryAfterMs`) and retry;
 * - `quota_exhausted`: pause the job, retrying will not help until the quota is raised or renewed;
 * - `content_failure`: the model answered but the answer is unusable; make a new attempt;
 * - `fatal`: not retriable (bad key, bad request, unsupported model); stop and say why.
 */
export type ProviderErrorKind =
  | 'retriable'
  | 'rate_limited'
  | 'quota_exhausted'
  | 'content_failure'
  | 'fatal';

/** The only error a {@link ContentGenerationProvider} throws. */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  /**
   * What the provider billed for the calls that led to this failure, when it said (a failed workflow run, an
   * answer that stayed invalid after its repair): those tokens are paid for and must be metered too.
   */
  billed?: { model: string; usage: TokenUsage; repairCalls?: number };

  constructor(
    readonly kind: ProviderErrorKind,
    /** Provider error code (`too_many_requests`, `insufficient_quota`, …) or one of ours (`timeout`, `invalid_output`). */
    readonly code: string,
    message: string,
    readonly httpStatus?: number,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** True when another call with the same input may succeed (now or after a back-off). */
  get retriable(): boolean {
    return this.kind === 'retriable' || this.kind === 'rate_limited' || this.kind === 'content_failure';
  }
}

/**
 * The caller's admission (see `CallAdmission`) would not let a call go — the task is no longer needed, the provider
 * was held or the breaker opened while it waited. Adapters pass it on unchanged; `cause` says why.
 */
export class CallNotAdmittedError extends ProviderError {
  constructor(cause: unknown) {
    super('retriable', 'not_admitted', 'the call was not admitted, so not sent', undefined, undefined, {
      cause,
    });
  }
}
