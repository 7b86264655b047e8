import type { Admission, LimitEntry, RateLimiter } from './rate-limit.window';

const MINUTE_MS = 60_000;

/** One bucket: `capacity` at most, refilled at `capacity` per minute, continuously. */
class Bucket {
  private level: number;
  private updatedAt: number;

  constructor(
    private capacity: number,
    now: number,
  ) {
    this.level = capacity;
    this.updatedAt = now;
  }

  resize(capacity: number, now: number): void {
    this.refill(now);
    this.capacity = capacity;
    this.level = Math.min(this.level, capacity);
  }

  /** What is in the bucket now (negative after a request counted more than it reserved). */
  available(now: number): number {
    this.refill(now);
    return this.level;
  }

  take(amount: number, now: number): void {
    this.refill(now);
    this.level -= amount;
  }

  /** Gives `amount` back (or takes more when negative), never above the capacity. */
  giveBack(amount: number, now: number): void {
    this.refill(now);
    this.level = Math.min(this.capacity, this.level + amount);
  }

  /** ms until `amount` is in the bucket. */
  msUntil(amount: number, now: number): number {
    const missing = amount - this.available(now);
    return missing <= 0 ? 0 : Math.ceil((missing * MINUTE_MS) / this.capacity);
  }

  /** ms until the bucket is full again. */
  msUntilFull(now: number): number {
    return this.msUntil(this.capacity, now);
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.updatedAt);
    this.updatedAt = now;
    this.level = Math.min(this.capacity, this.level + (elapsed * this.capacity) / MINUTE_MS);
  }
}

/**
 * The requests- and tokens-per-minute limits as Anthropic's rate-limit documentation describes its enforcement:
 * a token bucket per limit, "continuously replenished up to your maximum limit, rather than being reset at fixed
 * intervals" — so a full bucket admits a burst of a whole minute's limit, and an idle moment is not lost capacity
 * up to that size. Less strict than {@link RateLimitWindow} (a sliding 60-s window, which refuses what a full
 * bucket would admit); the simulator uses it when `limiter` is `token_bucket`. 0 means unlimited.
 */
export class TokenBucketLimiter implements RateLimiter {
  private requests: Bucket;
  private tokens: Bucket;

  constructor(
    private rpm: number,
    private tpm: number,
    private readonly now: () => number = Date.now,
  ) {
    this.requests = new Bucket(rpm, now());
    this.tokens = new Bucket(tpm, now());
  }

  configure(rpm: number, tpm: number): void {
    const now = this.now();
    this.rpm = rpm;
    this.tpm = tpm;
    this.requests.resize(rpm, now);
    this.tokens.resize(tpm, now);
  }

  admit(tokens: number): Admission & { entry?: LimitEntry } {
    const verdict = this.check(tokens);
    return verdict.admitted ? this.commit(tokens) : verdict;
  }

  check(tokens: number): Admission {
    const now = this.now();
    const remainingRequests =
      this.rpm > 0 ? Math.max(0, Math.floor(this.requests.available(now))) : UNLIMITED;
    const remainingTokens = this.tpm > 0 ? Math.max(0, Math.floor(this.tokens.available(now))) : UNLIMITED;
    if (this.rpm > 0 && this.requests.available(now) < 1)
      return {
        admitted: false,
        reason: 'requests',
        retryAfterMs: Math.max(1, this.requests.msUntil(1, now)),
        remainingRequests,
        remainingTokens,
      };
    if (this.tpm > 0 && this.tokens.available(now) < tokens)
      return {
        admitted: false,
        reason: 'tokens',
        // A request above the whole capacity waits for a full bucket (it never fits otherwise).
        retryAfterMs: Math.max(1, this.tokens.msUntil(Math.min(tokens, this.tpm), now)),
        remainingRequests,
        remainingTokens,
      };
    return { admitted: true, remainingRequests, remainingTokens, ...this.resets(now) };
  }

  commit(tokens: number): Extract<Admission, { admitted: true }> & { entry: LimitEntry } {
    const now = this.now();
    if (this.rpm > 0) this.requests.take(1, now);
    if (this.tpm > 0) this.tokens.take(tokens, now);
    return {
      admitted: true,
      entry: { at: now, tokens },
      remainingRequests: this.rpm > 0 ? Math.max(0, Math.floor(this.requests.available(now))) : UNLIMITED,
      remainingTokens: this.tpm > 0 ? Math.max(0, Math.floor(this.tokens.available(now))) : UNLIMITED,
      ...this.resets(now),
    };
  }

  settle(entry: LimitEntry | undefined, actualTokens: number): void {
    if (!entry) return;
    if (this.tpm > 0) this.tokens.giveBack(entry.tokens - actualTokens, this.now());
    entry.tokens = actualTokens;
  }

  reset(): void {
    const now = this.now();
    this.requests = new Bucket(this.rpm, now);
    this.tokens = new Bucket(this.tpm, now);
  }

  private resets(now: number): { resetRequestsMs: number; resetTokensMs: number } {
    return {
      resetRequestsMs: this.rpm > 0 ? this.requests.msUntilFull(now) : 0,
      resetTokensMs: this.tpm > 0 ? this.tokens.msUntilFull(now) : 0,
    };
  }
}

const UNLIMITED = Number.MAX_SAFE_INTEGER;
