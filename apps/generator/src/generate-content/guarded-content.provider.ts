import {
  ContentGenerationProvider,
  estimatePromptTokens,
  GenerationInput,
  GenerationResult,
  ProviderError,
} from '@content-pipeline/llm-providers';
import {
  admissionRequests,
  admissionTokens,
  cooldownAfterRateLimited,
  Lane,
  settledTokens,
  TokenAccountingRule,
} from '@content-pipeline/rate-limiting';
import {
  BreakerOpenedWhileWaitingError,
  ProviderCircuitBreaker,
} from '../circuit-breaker/provider-circuit-breaker';
import type { GeneratorMetrics } from '../generator.metrics';
import type { LlmAdmission } from '../rate-limiting/llm-admission';
import type { ProviderHold } from '../provider-hold/provider-hold';

/** Below this wait for the rate limiter, a call is sent without asking again whether it is still needed. */
const STILL_NEEDED_AFTER_WAIT_MS = 1_000;

export interface GuardSettings {
  /** Output tokens each call may produce (reserved in full, reconciled after). */
  maxOutputTokens: number;
  /** After this the call is given up even if the provider ignores the abort (the soft timeout is the adapter's). */
  hardTimeoutMs: number;
  /** What the provider counts for a call: reserved at admission, settled to when the call is billed. */
  tokenAccounting: TokenAccountingRule;
}

/** Thrown inside the breaker when the provider was held while the call waited for the rate limiter. */
class HeldWhileWaitingError extends Error {}

/**
 * One provider call with everything around it, in this order (the runtime's retries sit outside):
 * provider hold (a held endpoint gets nothing) → circuit breaker → shared rate limiter (re-acquired on every
 * attempt) → timeouts (the adapter's soft abort-and-retry, then a hard limit) → HTTP.
 */
export class GuardedContentProvider {
  constructor(
    private readonly provider: ContentGenerationProvider,
    private readonly breaker: ProviderCircuitBreaker,
    private readonly admission: LlmAdmission,
    private readonly hold: ProviderHold,
    private readonly metrics: GeneratorMetrics,
    private readonly settings: GuardSettings,
  ) {}

  get providerName(): string {
    return this.provider.name;
  }

  /**
   * @param stillNeeded asked once admitted after a wait of a second or more, just before sending: a wait for the
   *   budget can be long, and after a rebalance another instance may have done the same request meanwhile. False
   *   gives the admission back.
   */
  async generate(
    input: GenerationInput,
    lane: Lane,
    signal: AbortSignal,
    stillNeeded: () => Promise<boolean> = async () => true,
  ): Promise<GenerationResult | 'not_needed'> {
    for (;;) {
      await this.hold.untilReleased(signal);
      try {
        const result = await this.breaker.run(
          () => this.admittedCall(input, lane, signal, stillNeeded),
          signal,
        );
        if (result !== 'not_needed') this.hold.succeeded();
        return result;
      } catch (error) {
        if (!(error instanceof HeldWhileWaitingError)) throw error;
      }
    }
  }

  private async admittedCall(
    input: GenerationInput,
    lane: Lane,
    signal: AbortSignal,
    stillNeeded: () => Promise<boolean>,
  ): Promise<GenerationResult | 'not_needed'> {
    // Without an English master the chat adapters extract the core facts first: two calls.
    const calls = input.sourceContent ? 1 : 2;
    const reservedTokens = admissionTokens(this.settings.tokenAccounting, {
      promptTokens: estimatePromptTokens(input),
      maxOutputTokens: this.settings.maxOutputTokens,
      calls,
    });
    const waitStarted = performance.now();
    const reservation = await this.admission.acquire(
      reservedTokens,
      lane,
      signal,
      admissionRequests(this.settings.tokenAccounting, calls),
    );
    const waitedMs = performance.now() - waitStarted;
    let needed: boolean;
    try {
      // Only a long wait leaves room for another instance to have done the request; a duplicate after a short
      // one costs at most one call, and its result is deduplicated when stored.
      needed = waitedMs < STILL_NEEDED_AFTER_WAIT_MS || (await stillNeeded());
    } catch (error) {
      await this.admission.release(reservation);
      throw error;
    }
    if (!needed) {
      await this.admission.release(reservation);
      return 'not_needed';
    }
    if (this.breaker.isOpen || signal.aborted || this.hold.isHeld) {
      await this.admission.release(reservation);
      if (signal.aborted) throw new ProviderError('retriable', 'aborted', 'task abandoned before the call');
      if (this.hold.isHeld) throw new HeldWhileWaitingError('the provider was held while the call waited');
      throw new BreakerOpenedWhileWaitingError(
        'the circuit opened while the call waited for the rate limiter',
      );
    }
    const provider = this.provider.name;
    const started = performance.now();
    try {
      const result = await withHardTimeout(
        this.provider.generate(input, { signal }),
        this.settings.hardTimeoutMs,
        provider,
      );
      this.metrics.llmCalls.inc({ provider, outcome: 'succeeded', code: '' });
      this.metrics.llmCallDuration.observe(
        { provider, outcome: 'succeeded' },
        (performance.now() - started) / 1_000,
      );
      this.admission.settle(
        reservation,
        settledTokens(
          this.settings.tokenAccounting,
          reservation.tokens,
          { ...result.usage, calls: result.calls },
          this.settings.maxOutputTokens,
        ),
      );
      await this.admission.noteHints(result.rateLimit);
      return result;
    } catch (error) {
      const kind = error instanceof ProviderError ? error.kind : 'unexpected';
      const code = error instanceof ProviderError ? error.code : 'unexpected';
      this.metrics.llmCalls.inc({ provider, outcome: kind, code });
      this.metrics.llmCallDuration.observe(
        { provider, outcome: kind },
        (performance.now() - started) / 1_000,
      );
      // A failed call keeps its whole reservation: what the provider counted for it is unknown.
      if (error instanceof ProviderError && error.kind === 'rate_limited') {
        await this.admission.cooldown(cooldownAfterRateLimited(error.retryAfterMs));
      }
      throw error;
    }
  }
}

/** Rejects with a retriable `hard_timeout` if `call` has not settled after `ms`, whatever the call does. */
export function withHardTimeout<T>(call: Promise<T>, ms: number, provider: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ProviderError(
            'retriable',
            'hard_timeout',
            `${provider}: no answer within ${ms} ms (hard limit)`,
          ),
        ),
      ms,
    );
    timer.unref();
  });
  return Promise.race([call, limit]).finally(() => clearTimeout(timer));
}
