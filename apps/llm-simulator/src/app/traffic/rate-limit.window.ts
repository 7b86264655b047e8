/** Outcome of asking the simulated limiter for room. */
export type Admission =
  | {
      admitted: true;
      remainingRequests: number;
      remainingTokens: number;
      resetRequestsMs: number;
      resetTokensMs: number;
    }
  | {
      admitted: false;
      reason: 'requests' | 'tokens';
      retryAfterMs: number;
      remainingRequests: number;
      remainingTokens: number;
    };

/** One admitted request as a limiter counted it (settled to what it finally cost). */
export interface LimitEntry {
  at: number;
  tokens: number;
}

/** A provider's requests- and tokens-per-minute limits (0: unlimited), however it enforces them. */
export interface RateLimiter {
  /** New limits; counted traffic is kept. */
  configure(rpm: number, tpm: number): void;
  /** Admits a request costing `tokens`, or says how long until it would fit. */
  admit(tokens: number): Admission & { entry?: LimitEntry };
  /** Whether a request costing `tokens` would be admitted now, without counting it. */
  check(tokens: number): Admission;
  /** Counts a request costing `tokens` that {@link check} admitted. */
  commit(tokens: number): Extract<Admission, { admitted: true }> & { entry: LimitEntry };
  /** Replaces an admitted entry's estimate with the tokens actually counted. */
  settle(entry: LimitEntry | undefined, actualTokens: number): void;
  reset(): void;
}

type Entry = LimitEntry;

const WINDOW_MS = 60_000;

/**
 * The simulator's own RPM/TPM limits over a sliding 60-s window, as a provider would enforce them.
 * 0 means unlimited. Tokens are charged with the prompt-token estimate at admission and corrected afterwards.
 */
export class RateLimitWindow implements RateLimiter {
  private entries: Entry[] = [];
  private tokensInWindow = 0;

  constructor(
    private rpm: number,
    private tpm: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** New limits; counted traffic is kept. */
  configure(rpm: number, tpm: number): void {
    this.rpm = rpm;
    this.tpm = tpm;
  }

  /** Admits a request costing `tokens`, or says how long until it would fit. */
  admit(tokens: number): Admission & { entry?: Entry } {
    const verdict = this.check(tokens);
    return verdict.admitted ? this.commit(tokens) : verdict;
  }

  /** Whether a request costing `tokens` would be admitted now, without counting it. */
  check(tokens: number): Admission {
    const now = this.now();
    this.expire(now);
    const remainingRequests =
      this.rpm > 0 ? Math.max(0, this.rpm - this.entries.length) : Number.MAX_SAFE_INTEGER;
    const remainingTokens =
      this.tpm > 0 ? Math.max(0, this.tpm - this.tokensInWindow) : Number.MAX_SAFE_INTEGER;
    const oldest = this.entries[0];
    const untilOldestLeaves = oldest ? oldest.at + WINDOW_MS - now : 0;
    if (this.rpm > 0 && this.entries.length >= this.rpm) {
      return {
        admitted: false,
        reason: 'requests',
        retryAfterMs: Math.max(1, untilOldestLeaves),
        remainingRequests,
        remainingTokens,
      };
    }
    if (this.tpm > 0 && this.tokensInWindow + tokens > this.tpm) {
      return {
        admitted: false,
        reason: 'tokens',
        retryAfterMs: Math.max(1, this.msUntilTokensFit(tokens, now)),
        remainingRequests,
        remainingTokens,
      };
    }
    const reset = Math.max(0, (this.entries[0]?.at ?? now) + WINDOW_MS - now);
    return {
      admitted: true,
      remainingRequests,
      remainingTokens,
      resetRequestsMs: reset,
      resetTokensMs: reset,
    };
  }

  /** Counts a request costing `tokens` that {@link check} admitted. */
  commit(tokens: number): Extract<Admission, { admitted: true }> & { entry: Entry } {
    const now = this.now();
    this.expire(now);
    const entry = { at: now, tokens };
    this.entries.push(entry);
    this.tokensInWindow += tokens;
    const reset = Math.max(0, (this.entries[0]?.at ?? now) + WINDOW_MS - now);
    return {
      admitted: true,
      entry,
      remainingRequests: this.rpm > 0 ? Math.max(0, this.rpm - this.entries.length) : Number.MAX_SAFE_INTEGER,
      remainingTokens: this.tpm > 0 ? Math.max(0, this.tpm - this.tokensInWindow) : Number.MAX_SAFE_INTEGER,
      resetRequestsMs: reset,
      resetTokensMs: reset,
    };
  }

  /** Replaces an admitted entry's estimate with the tokens actually billed. */
  settle(entry: Entry | undefined, actualTokens: number): void {
    if (!entry) return;
    this.tokensInWindow += actualTokens - entry.tokens;
    entry.tokens = actualTokens;
  }

  reset(): void {
    this.entries = [];
    this.tokensInWindow = 0;
  }

  private expire(now: number): void {
    let drop = 0;
    while (drop < this.entries.length && this.entries[drop].at <= now - WINDOW_MS) {
      this.tokensInWindow -= this.entries[drop].tokens;
      drop++;
    }
    if (drop > 0) this.entries.splice(0, drop);
  }

  private msUntilTokensFit(tokens: number, now: number): number {
    let freed = this.tpm - this.tokensInWindow;
    for (const entry of this.entries) {
      freed += entry.tokens;
      if (freed >= tokens) return entry.at + WINDOW_MS - now;
    }
    return WINDOW_MS;
  }
}
