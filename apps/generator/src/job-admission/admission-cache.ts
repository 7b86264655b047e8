/**
 * Admission per job, remembered for `ttlMs` so the hot path (every generation request) does not query the
 * database each time. Other instances learn a change through the database within the TTL; the instance
 * that applied the change forgets its entry at once.
 */
export class AdmissionCache {
  private readonly entries = new Map<string, { admitted: boolean; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 10_000,
  ) {}

  get(jobId: string): boolean | undefined {
    const entry = this.entries.get(jobId);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(jobId);
      return undefined;
    }
    return entry.admitted;
  }

  set(jobId: string, admitted: boolean): void {
    if (this.entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(jobId, { admitted, expiresAt: this.now() + this.ttlMs });
  }

  forget(jobId: string): void {
    this.entries.delete(jobId);
  }
}

/** Whether an admission event should replace what is stored: only a later sequence does. */
export function supersedes(incomingSequence: number, stored: { sequence: number } | undefined): boolean {
  return stored === undefined || incomingSequence > stored.sequence;
}
