/**
 * Tracks the messages of one partition that are dispatched but not finished, so the consumer commits
 * only the offset below which ALL work is done. Work inside a partition finishes out of order (LLM calls
 * take 2–60 s); committing the highest finished offset would lose the slower messages on a crash.
 */
export class PartitionOffsetTracker {
  private readonly inFlight = new Set<bigint>();
  private highestDispatched = -1n;
  private lastCommitted = -1n;

  dispatched(offset: string): void {
    const value = BigInt(offset);
    this.inFlight.add(value);
    if (value > this.highestDispatched) this.highestDispatched = value;
  }

  finished(offset: string): void {
    this.inFlight.delete(BigInt(offset));
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /**
   * The next offset to commit (Kafka commits "the next message to read"), or undefined when nothing new
   * is safe to commit.
   */
  committableOffset(): string | undefined {
    if (this.highestDispatched < 0n) return undefined;
    let next = this.highestDispatched + 1n;
    for (const offset of this.inFlight) if (offset < next) next = offset;
    return next > this.lastCommitted ? next.toString() : undefined;
  }

  markCommitted(offset: string): void {
    const value = BigInt(offset);
    if (value > this.lastCommitted) this.lastCommitted = value;
  }
}
