import { createHash } from 'node:crypto';

/** Where a simulated batch is in its life, independent of how each API names it. */
export type BatchPhase = 'validating' | 'in_progress' | 'finalizing' | 'ended' | 'cancelling';

/** How a batch ended. */
export type BatchEnding = 'completed' | 'expired' | 'cancelled';

/** What became of one request of an ended batch. */
export type RequestOutcome = 'answered' | 'errored' | 'expired' | 'cancelled';

/** One request of a batch, as the API received it. */
export interface BatchedRequest {
  customId: string;
  body: unknown;
}

/**
 * One batch's clock and fate. Nothing runs in the background: the phase is read from the clock on each call, and
 * each request's outcome is fixed once, when the batch is first seen ended — so a batch that nobody polls costs
 * nothing, and a poll always sees a consistent state.
 */
export class SimulatedBatch {
  private cancelAt?: number;
  private outcomes?: Map<string, RequestOutcome>;

  constructor(
    readonly id: string,
    readonly requests: readonly BatchedRequest[],
    readonly createdAt: number,
    private readonly processingMs: number,
    private readonly errorRate: number,
    readonly expires: boolean,
    private readonly seed: number,
  ) {}

  /** Cancellation takes a tenth of the processing time (at most a second), as a real batch winds down. */
  private get cancelMs(): number {
    return Math.min(1_000, Math.round(this.processingMs / 10));
  }

  get endsAt(): number {
    return this.cancelAt !== undefined ? this.cancelAt + this.cancelMs : this.createdAt + this.processingMs;
  }

  get cancelRequestedAt(): number | undefined {
    return this.cancelAt;
  }

  /** validating for the first 10 %, in progress to 90 %, finalizing to the end (or cancelling once asked to). */
  phase(now: number): BatchPhase {
    if (now >= this.endsAt) return 'ended';
    if (this.cancelAt !== undefined) return 'cancelling';
    const elapsed = (now - this.createdAt) / Math.max(this.processingMs, 1);
    if (elapsed < 0.1) return 'validating';
    return elapsed < 0.9 ? 'in_progress' : 'finalizing';
  }

  ending(): BatchEnding {
    if (this.cancelAt !== undefined) return 'cancelled';
    return this.expires ? 'expired' : 'completed';
  }

  /** Asks to cancel; false when the batch has already ended (a cancel then changes nothing). */
  cancel(now: number): boolean {
    if (this.phase(now) === 'ended') return false;
    this.cancelAt ??= now;
    return true;
  }

  /**
   * Each request's outcome, fixed on first call after the end. Of a cancelled batch, the requests processed before
   * the cancel (by their position, at the rate of the in-progress phase) are answered, the rest cancelled; of an
   * expiring batch, the first half is answered and the rest expire. An answered request errors with the configured
   * rate, drawn from its custom id and the seed so a rerun gives the same errors.
   */
  outcomesAt(now: number): ReadonlyMap<string, RequestOutcome> | undefined {
    if (this.phase(now) !== 'ended') return undefined;
    if (this.outcomes) return this.outcomes;
    const total = this.requests.length;
    let processed = total;
    if (this.cancelAt !== undefined) {
      const progress = (this.cancelAt - this.createdAt) / Math.max(this.processingMs, 1);
      processed = Math.floor(total * Math.min(1, Math.max(0, (progress - 0.1) / 0.8)));
    } else if (this.expires) processed = Math.floor(total / 2);
    const unprocessed: RequestOutcome = this.cancelAt !== undefined ? 'cancelled' : 'expired';
    this.outcomes = new Map(
      this.requests.map((request, index) => [
        request.customId,
        index >= processed
          ? unprocessed
          : this.draw(request.customId) < this.errorRate
            ? 'errored'
            : 'answered',
      ]),
    );
    return this.outcomes;
  }

  private draw(customId: string): number {
    const digest = createHash('sha256').update(`${this.seed}:${this.id}:${customId}`).digest();
    return digest.readUInt32BE(0) / 0x1_0000_0000;
  }
}

/** A short random-looking id with the API's prefix (`batch_`, `file-`, `msgbatch_`). */
export function simulatedId(prefix: string, seed: string): string {
  return `${prefix}${createHash('sha256').update(seed).digest('hex').slice(0, 24)}`;
}
