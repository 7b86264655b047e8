import { ProviderError } from '../port/provider.error';

/**
 * One abort signal for a whole generation: the caller's signal plus our own timeout, remembering which fired so
 * the error can say "timeout" (retry) rather than "aborted by caller".
 */
export class RequestDeadline {
  private readonly controller = new AbortController();
  private timer?: NodeJS.Timeout;
  private timedOut = false;
  /** Time left, and since when it runs (undefined while stopped). */
  private remainingMs: number;
  private runningSince?: number;
  private readonly onCallerAbort = (): void => this.controller.abort(this.callerSignal?.reason);

  constructor(
    readonly timeoutMs: number,
    private readonly callerSignal?: AbortSignal,
  ) {
    this.remainingMs = timeoutMs;
    this.start();
    if (callerSignal?.aborted) this.controller.abort(callerSignal.reason);
    else callerSignal?.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * Runs `wait` with the clock stopped: the time a call waits for the caller's rate limiter is not the provider's
   * to answer in (the caller's abort still applies).
   */
  async outside<T>(wait: () => Promise<T>): Promise<T> {
    const wasRunning = this.runningSince !== undefined;
    if (wasRunning) this.stop();
    try {
      return await wait();
    } finally {
      if (wasRunning && !this.controller.signal.aborted) this.start();
    }
  }

  private start(): void {
    this.runningSince = performance.now();
    this.timer = setTimeout(
      () => {
        this.timedOut = true;
        this.controller.abort(new Error(`timed out after ${this.timeoutMs} ms`));
      },
      Math.max(0, this.remainingMs),
    );
    // A timer must not keep a worker alive on shutdown.
    this.timer.unref();
  }

  private stop(): void {
    clearTimeout(this.timer);
    if (this.runningSince !== undefined) this.remainingMs -= performance.now() - this.runningSince;
    this.runningSince = undefined;
  }

  /** Stops the timer and unhooks from the caller's signal; call in `finally`. */
  dispose(): void {
    this.stop();
    this.callerSignal?.removeEventListener('abort', this.onCallerAbort);
  }

  /**
   * Maps anything thrown while sending or reading to a {@link ProviderError}: our timeout and connection failures
   * are retriable, a caller abort is reported as such (also retriable: the work was not done).
   */
  toProviderError(error: unknown, provider: string): ProviderError {
    if (error instanceof ProviderError) return error;
    if (this.timedOut) {
      return new ProviderError(
        'retriable',
        'timeout',
        `${provider}: no complete answer within ${this.timeoutMs} ms`,
        undefined,
        undefined,
        {
          cause: error,
        },
      );
    }
    if (this.callerSignal?.aborted) {
      return new ProviderError(
        'retriable',
        'aborted',
        `${provider}: request aborted by the caller`,
        undefined,
        undefined,
        {
          cause: error,
        },
      );
    }
    const detail = error instanceof Error ? describeNetworkError(error) : String(error);
    return new ProviderError(
      'retriable',
      'connection_error',
      `${provider}: ${detail}`,
      undefined,
      undefined,
      { cause: error },
    );
  }
}

function describeNetworkError(error: Error): string {
  const cause = (error as Error & { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: string }).code;
    return `${error.message} (${code ?? cause.message})`;
  }
  return error.message;
}
