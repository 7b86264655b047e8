/** How many wrong API keys one client may present within the window before it is told to wait. */
export const AUTH_FAILURES_ALLOWED = 20;
export const AUTH_FAILURE_WINDOW_MS = 60_000;
/** Clients remembered at once; the oldest is forgotten first, so a flood of addresses cannot grow memory. */
const CLIENTS_REMEMBERED = 10_000;

/**
 * Counts wrong API keys per client over a sliding window. Past the allowance the client gets 429 with the
 * seconds until its oldest failure leaves the window, which makes guessing keys slow without locking anyone
 * out for long.
 */
export class AuthFailureThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly allowed = AUTH_FAILURES_ALLOWED,
    private readonly windowMs = AUTH_FAILURE_WINDOW_MS,
  ) {}

  /** Seconds the client must wait before presenting a key again, or 0 when it may. */
  retryAfterSeconds(client: string, now = Date.now()): number {
    const recent = this.recent(client, now);
    if (recent.length < this.allowed) return 0;
    return Math.max(1, Math.ceil((recent[recent.length - this.allowed] + this.windowMs - now) / 1000));
  }

  recordFailure(client: string, now = Date.now()): void {
    const recent = this.recent(client, now);
    recent.push(now);
    this.failures.delete(client);
    this.failures.set(client, recent);
    if (this.failures.size > CLIENTS_REMEMBERED) this.failures.delete(this.failures.keys().next().value!);
  }

  private recent(client: string, now: number): number[] {
    return (this.failures.get(client) ?? []).filter((at) => now - at < this.windowMs);
  }
}
