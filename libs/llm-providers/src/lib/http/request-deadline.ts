import { ProviderError } from '../port/provider.error';

/**
 * One abort signal for a whole generation: the caller's signal plus our own timeout, remembering which fired so
 * the error can say "timeout" (retry) rather than "aborted by caller".
 */
export class RequestDeadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private timedOut = false;
  private readonly onCallerAbort = (): void => this.controller.abort(this.callerSignal?.reason);

  constructor(
    readonly timeoutMs: number,
    private readonly callerSignal?: AbortSignal,
  ) {
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort(new Error(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    // A timer must not keep a worker alive on shutdown.
    this.timer.unref();
    if (callerSignal?.aborted) this.controller.abort(callerSignal.reason);
    else callerSignal?.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Stops the timer and unhooks from the caller's signal; call in `finally`. */
  dispose(): void {
    clearTimeout(this.timer);
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
