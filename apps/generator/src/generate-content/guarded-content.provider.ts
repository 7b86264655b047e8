import {
  type AdmittedCall,
  type CallAdmission,
  CallNotAdmittedError,
  ContentGenerationProvider,
  GenerationInput,
  GenerationResult,
  type PlannedCall,
  ProviderError,
} from '@content-pipeline/llm-providers';
import {
  admissionTokens,
  cooldownAfterRateLimited,
  countedTokens,
  Lane,
  type OutputCap,
  OutputTokenCaps,
  settledSplitTokens,
  settledTokens,
  splitAdmissionTokens,
  splitCountedTokens,
  TokenAccountingRule,
  UsageForecast,
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
  /** Output tokens each call may produce (its `max_tokens`). */
  maxOutputTokens: number;
  /** After this the call is given up even if the provider ignores the abort (the soft timeout is the adapter's). */
  hardTimeoutMs: number;
  /** What the provider counts for a call: reserved at admission, settled to when the call is billed. */
  tokenAccounting: TokenAccountingRule;
  /** Input and output held in separate budgets (Anthropic ITPM and OTPM). */
  separateOutputBudget?: boolean;
  /** `observed`: each call's `max_tokens` sized from the answers of its kind of call; `configured`: always the maximum. */
  outputCap?: 'observed' | 'configured';
}

/** The generation needs no call: another instance stored its result while it waited. */
class NotNeededError extends Error {}

/** Thrown inside the breaker when the provider was held while the call waited for the rate limiter. */
class HeldWhileWaitingError extends Error {}

/**
 * One provider call with everything around it, in this order (the runtime's retries sit outside):
 * provider hold (a held endpoint gets nothing) → circuit breaker → shared rate limiter (each HTTP call of every
 * attempt admitted at its own turn) → timeouts (the adapter's soft abort-and-retry, then a hard limit) → HTTP.
 */
export class GuardedContentProvider {
  /** What each kind of call adds to its prompt by the provider's count, learned from the calls. */
  private readonly forecast: UsageForecast;
  /** Each kind of call's `max_tokens`, sized from the answers seen. */
  private readonly outputCaps: OutputTokenCaps;

  /** @param learned the group's shared forecasts and caps; without them this instance learns on its own. */
  constructor(
    private readonly provider: ContentGenerationProvider,
    private readonly breaker: ProviderCircuitBreaker,
    private readonly admission: LlmAdmission,
    private readonly hold: ProviderHold,
    private readonly metrics: GeneratorMetrics,
    private readonly settings: GuardSettings,
    learned?: { forecast: UsageForecast; outputCaps: OutputTokenCaps },
  ) {
    this.forecast = learned?.forecast ?? new UsageForecast();
    this.outputCaps = learned?.outputCaps ?? new OutputTokenCaps(settings.maxOutputTokens);
  }

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

  /**
   * The generation, each of its HTTP calls (an extraction, the content, a repair) admitted by the shared budget at
   * its own turn, just before it is sent, and settled with what the provider counted for it: admitting a whole
   * generation at once sent its later calls unadmitted, seconds after the budget had them.
   */
  private async admittedCall(
    input: GenerationInput,
    lane: Lane,
    signal: AbortSignal,
    stillNeeded: () => Promise<boolean>,
  ): Promise<GenerationResult | 'not_needed'> {
    const provider = this.provider.name;
    const hardLimit = new HardLimit(this.settings.hardTimeoutMs, provider);
    let callsAdmitted = 0;
    const admitCall: CallAdmission = async (call) => {
      const first = callsAdmitted++ === 0;
      // The hard limit is the provider's time to answer: waiting for the budget does not count.
      hardLimit.pause();
      try {
        return await this.admitOne(input, call, lane, signal, first ? stillNeeded : undefined);
      } catch (error) {
        throw new CallNotAdmittedError(error);
      } finally {
        hardLimit.resume();
      }
    };
    const started = performance.now();
    try {
      const result = await Promise.race([
        this.provider.generate(input, { signal, admitCall }),
        hardLimit.expired,
      ]);
      this.metrics.llmCalls.inc({ provider, outcome: 'succeeded', code: '' });
      this.metrics.llmCallDuration.observe(
        { provider, outcome: 'succeeded' },
        (performance.now() - started) / 1_000,
      );
      return result;
    } catch (error) {
      if (error instanceof CallNotAdmittedError) {
        if (error.cause instanceof NotNeededError) return 'not_needed';
        // The calls sent before the refused one were paid for.
        if (error.billed && error.cause instanceof ProviderError) error.cause.billed ??= error.billed;
        throw error.cause;
      }
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
    } finally {
      hardLimit.stop();
    }
  }

  /**
   * Waits for the shared budget to admit one HTTP call, reserving what the provider will count for it (the
   * forecast for its kind of call once learned), then checks it should still go.
   * @param stillNeeded for the generation's first call only: asked after a long wait. The later calls of a
   *   generation queue ahead of new generations, so work under way finishes first.
   */
  private async admitOne(
    input: GenerationInput,
    call: PlannedCall,
    lane: Lane,
    signal: AbortSignal,
    stillNeeded?: () => Promise<boolean>,
  ): Promise<AdmittedCall> {
    const rule = this.settings.tokenAccounting;
    const separate = this.settings.separateOutputBudget === true;
    // Calls of one step in one language and prompt version are alike in length; a repair is its step again.
    const kind = `${call.step}:${input.targetLanguage}:${input.promptVersion}`;
    // The kind's observed cap, also for the resend of a truncated answer: the truncation was recorded first and
    // counts twice its length, so the resend gets more than twice the room it was cut at. With the configured
    // maximum instead, Anthropic held ~2,048 output tokens for each resend while it ran — a spike of ~1,700 above
    // the forecast on an 80,000 OTPM budget that keeps 1,600 back for such holds.
    const capNow = (): OutputCap =>
      this.settings.outputCap === 'configured' || call.step === 'workflow'
        ? { maxOutputTokens: this.settings.maxOutputTokens, sized: false }
        : this.outputCaps.capFor(kind);
    if (call.resendOfTruncated)
      this.metrics.truncatedResends.inc({ provider: this.provider.name, step: call.step });
    // Sized when the call reaches the head of the queue, `max_tokens` included: a forecast or cap learned while it
    // waited applies (sized when queued, the calls queued at start-up all went with the configured maximum).
    let cap = capNow();
    let forecast = false;
    const size = () => {
      cap = capNow();
      if (separate) {
        return splitAdmissionTokens({
          promptTokens: call.promptTokens,
          maxOutputTokens: cap.maxOutputTokens,
          expectedBeyondPrompt: this.forecast.expected(`${kind}:input`),
          expectedOutputTokens: this.forecast.expected(`${kind}:output`),
        });
      }
      const expectedBeyondPrompt = this.forecast.expected(kind);
      forecast = expectedBeyondPrompt !== undefined;
      return {
        tokens: admissionTokens(rule, {
          promptTokens: call.promptTokens,
          maxOutputTokens: cap.maxOutputTokens,
          expectedBeyondPrompt,
        }),
      };
    };
    const waitStarted = performance.now();
    const reservation = await this.admission.acquire(size, lane, signal, 1, !stillNeeded);
    // The cap the admitted reservation was sized with (the last sizing before admission).
    const { maxOutputTokens, sized } = cap;
    const waitedMs = performance.now() - waitStarted;
    try {
      // Only a long wait leaves room for another instance to have done the request; a duplicate after a short
      // one costs at most one call, and its result is deduplicated when stored.
      if (stillNeeded && waitedMs >= STILL_NEEDED_AFTER_WAIT_MS && !(await stillNeeded()))
        throw new NotNeededError('stored by another instance meanwhile');
      if (signal.aborted) throw new ProviderError('retriable', 'aborted', 'task abandoned before the call');
      if (this.hold.isHeld) throw new HeldWhileWaitingError('the provider was held while the call waited');
      if (this.breaker.isOpen)
        throw new BreakerOpenedWhileWaitingError(
          'the circuit opened while the call waited for the rate limiter',
        );
    } catch (error) {
      await this.admission.release(reservation);
      throw error;
    }
    return {
      ...(sized ? { maxOutputTokens } : {}),
      billed: (usage, rateLimit, truncated) => {
        this.outputCaps.record(kind, usage.completionTokens, truncated === true);
        if (separate) {
          this.forecast.record(`${kind}:input`, splitCountedTokens(usage).tokens - call.promptTokens);
          this.forecast.record(`${kind}:output`, usage.completionTokens);
          const settled = settledSplitTokens(usage);
          this.admission.settle(reservation, settled.tokens, settled.outputTokens);
        } else {
          this.forecast.record(kind, countedTokens(rule, usage, maxOutputTokens) - call.promptTokens);
          this.admission.settle(
            reservation,
            settledTokens(rule, { tokens: reservation.tokens, forecast }, usage, maxOutputTokens),
          );
        }
        void this.admission.noteHints(rateLimit);
      },
    };
  }
}

/**
 * The hard limit of one generation: `expired` rejects with a retriable `hard_timeout` once `ms` have run, the clock
 * stopped while a call waits for admission.
 */
class HardLimit {
  readonly expired: Promise<never>;
  private fail!: (error: ProviderError) => void;
  private timer?: NodeJS.Timeout;
  private remainingMs: number;
  private runningSince?: number;

  constructor(
    private readonly ms: number,
    private readonly provider: string,
  ) {
    this.remainingMs = ms;
    this.expired = new Promise<never>((_, reject) => (this.fail = reject));
    // Raced only while the generation runs; after that nobody listens.
    this.expired.catch(() => undefined);
    this.resume();
  }

  pause(): void {
    if (this.runningSince === undefined) return;
    clearTimeout(this.timer);
    this.remainingMs -= performance.now() - this.runningSince;
    this.runningSince = undefined;
  }

  resume(): void {
    if (this.runningSince !== undefined) return;
    this.runningSince = performance.now();
    this.timer = setTimeout(
      () =>
        this.fail(
          new ProviderError(
            'retriable',
            'hard_timeout',
            `${this.provider}: no answer within ${this.ms} ms (hard limit)`,
          ),
        ),
      Math.max(0, this.remainingMs),
    );
    this.timer.unref();
  }

  stop(): void {
    this.pause();
  }
}
