import { setMaxListeners } from 'node:events';
import CircuitBreaker from 'opossum';
import { BREAKER_STATE_VALUE, GeneratorMetrics } from '../generator.metrics';
import { isProviderFault } from './provider-fault';

export interface BreakerSettings {
  /** Rolling window of the error statistics. */
  rollingWindowMs: number;
  /** Calls in the window before the error rate may open the breaker. */
  volumeThreshold: number;
  /** Error percentage above which the breaker opens. */
  errorThresholdPercentage: number;
  /** Time open before one trial call (half-open). */
  resetTimeoutMs: number;
  /**
   * Faults in a row that open the breaker whatever the rolling window says: with a minute of successes in the
   * window, a rate threshold alone would let a dead endpoint take dozens of calls before it trips.
   */
  consecutiveFaults: number;
}

/** Thrown inside the breaker when it opened while the call waited for the rate limiter: nothing was sent. */
export class BreakerOpenedWhileWaitingError extends Error {}

function isOpenBreakerRejection(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === 'EOPENBREAKER';
}

/**
 * opossum around one provider endpoint. Only real faults count ({@link isProviderFault}, via `errorFilter`).
 * A call that finds the breaker open does not fail: it waits for the half-open trial or the close and goes again,
 * so an outage burns no retries; `onOpenChange` pauses the consumer meanwhile.
 */
export class ProviderCircuitBreaker {
  private readonly breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;
  private consecutive = 0;

  constructor(
    readonly provider: string,
    settings: BreakerSettings,
    metrics: GeneratorMetrics,
    onOpenChange: (open: boolean) => void,
    log: (message: string, context: Record<string, unknown>) => void,
  ) {
    this.breaker = new CircuitBreaker((action: () => Promise<unknown>) => action(), {
      name: `llm-${provider}`,
      // Timeouts are the call's own (soft abort, hard limit); the breaker only judges outcomes.
      timeout: false,
      rollingCountTimeout: settings.rollingWindowMs,
      rollingCountBuckets: 12,
      volumeThreshold: settings.volumeThreshold,
      errorThresholdPercentage: settings.errorThresholdPercentage,
      resetTimeout: settings.resetTimeoutMs,
      errorFilter: (error: unknown) => !isProviderFault(error),
    });
    const transition = (to: keyof typeof BREAKER_STATE_VALUE) => () => {
      metrics.breakerState.set({ provider }, BREAKER_STATE_VALUE[to]);
      metrics.breakerTransitions.inc({ provider, to });
      log(`LLM circuit breaker ${to.replace('_', '-')}`, { provider });
      if (to === 'open') onOpenChange(true);
      if (to === 'closed') onOpenChange(false);
    };
    this.breaker.setMaxListeners(0);
    metrics.breakerState.set({ provider }, 0);
    this.breaker.on('open', transition('open'));
    this.breaker.on('halfOpen', transition('half_open'));
    this.breaker.on('close', transition('closed'));
    this.breaker.on('reject', () => metrics.breakerRejections.inc({ provider }));
    this.breaker.on('failure', () => {
      this.consecutive += 1;
      if (this.consecutive >= settings.consecutiveFaults && this.breaker.closed) this.breaker.open();
    });
    this.breaker.on('success', () => {
      this.consecutive = 0;
    });
  }

  get isOpen(): boolean {
    return this.breaker.opened;
  }

  /** Runs `action` through the breaker; while it is open, waits (abortable) instead of failing. */
  async run<T>(action: () => Promise<T>, signal: AbortSignal): Promise<T> {
    for (;;) {
      try {
        return (await this.breaker.fire(action)) as T;
      } catch (error) {
        if (!isOpenBreakerRejection(error) && !(error instanceof BreakerOpenedWhileWaitingError)) throw error;
        await this.untilCallable(signal);
      }
    }
  }

  shutdown(): void {
    this.breaker.shutdown();
  }

  private untilCallable(signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(new Error('task abandoned while the LLM circuit was open'));
      const done = () => {
        this.breaker.removeListener('halfOpen', done);
        this.breaker.removeListener('close', done);
        signal.removeEventListener('abort', aborted);
        clearInterval(poll);
        resolve();
      };
      const aborted = () => {
        this.breaker.removeListener('halfOpen', done);
        this.breaker.removeListener('close', done);
        clearInterval(poll);
        reject(new Error('task abandoned while the LLM circuit was open'));
      };
      // The half-open trial may already be under way (then only 'close' helps) or the state moved meanwhile.
      const poll = setInterval(() => {
        if (this.breaker.closed) done();
      }, 1_000);
      this.breaker.once('halfOpen', done);
      this.breaker.once('close', done);
      setMaxListeners(0, signal);
      signal.addEventListener('abort', aborted, { once: true });
    });
  }
}
