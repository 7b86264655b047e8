import type { RawConsumer } from './broker.port';
import type { ConsumerObserver } from './consumer-observer';
import { KeyedSequencer } from './keyed-sequencer';
import { PartitionOffsetTracker } from './partition-offset-tracker';

/** One partition assigned to a consumer: its offset tracker and the queue that keeps same-key messages in order. */
export interface AssignedPartition {
  readonly topic: string;
  readonly partition: number;
  readonly tracker: PartitionOffsetTracker;
  readonly sequencer: KeyedSequencer;
}

/**
 * Commits, for one consumer, each partition's offset below which all work is finished — never past the slowest
 * unfinished message, so a crash redelivers what was still running. Progress belongs to one assignment:
 * {@link forget} drops it when partitions move or the session is lost (the next owner starts from the commit).
 */
export class OffsetCommitter {
  private readonly partitions = new Map<string, AssignedPartition>();

  constructor(private readonly observer: ConsumerObserver) {}

  /** The state of a partition of the current assignment, created on its first batch. */
  partition(topic: string, partition: number): AssignedPartition {
    const key = `${topic}:${partition}`;
    let assigned = this.partitions.get(key);
    if (!assigned) {
      assigned = { topic, partition, tracker: new PartitionOffsetTracker(), sequencer: new KeyedSequencer() };
      this.partitions.set(key, assigned);
    }
    return assigned;
  }

  /** Work still in flight for the forgotten assignment completes, but its offsets are left to the next owner. */
  forget(): void {
    this.partitions.clear();
  }

  /** Commits what is newly finished through `consumer`; a failed commit is logged and retried on the next call. */
  async commit(consumer: Pick<RawConsumer, 'commit'>): Promise<void> {
    const offsets: { assigned: AssignedPartition; offset: string }[] = [];
    for (const assigned of this.partitions.values()) {
      const offset = assigned.tracker.committableOffset();
      if (offset !== undefined) offsets.push({ assigned, offset });
    }
    if (offsets.length === 0) return;
    try {
      await consumer.commit(
        offsets.map(({ assigned, offset }) => ({
          topic: assigned.topic,
          partition: assigned.partition,
          offset,
        })),
      );
      offsets.forEach(({ assigned, offset }) => assigned.tracker.markCommitted(offset));
    } catch (error) {
      // A rebalance in progress rejects the commit; the work is idempotent and will be redone by the new owner.
      this.observer.log('warn', 'Offset commit failed', { error: (error as Error).message });
    }
  }
}
