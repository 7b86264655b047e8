import type { Lane } from '@content-pipeline/contracts';

/** The two generation lanes (the contracts' `Lane`): new SKUs (priority) ahead of the backlog (bulk). */
export type { Lane };

/**
 * Bulk yields the budget while priority work is waiting anywhere in the group: its lag (not yet committed, so
 * including what is in flight) or priority calls queued for admission in this instance.
 */
export function bulkLaneShouldYield(priorityGroupLag: number, priorityWaitingHere: number): boolean {
  return priorityGroupLag > 0 || priorityWaitingHere > 0;
}

/**
 * FIFO per lane, priority first: the order in which one instance's waiting calls go to the shared limiter.
 * Without it a new SKU would queue behind every bulk call already dispatched to this instance.
 */
export class LaneQueue<T> {
  private readonly lanes: Record<Lane, T[]> = { priority: [], bulk: [] };

  get size(): number {
    return this.lanes.priority.length + this.lanes.bulk.length;
  }

  waiting(lane: Lane): number {
    return this.lanes[lane].length;
  }

  push(lane: Lane, item: T): void {
    this.lanes[lane].push(item);
  }

  /** Queues `item` at the front of its lane: the next call of work already started, ahead of new work. */
  pushAhead(lane: Lane, item: T): void {
    this.lanes[lane].unshift(item);
  }

  peek(): T | undefined {
    return this.lanes.priority[0] ?? this.lanes.bulk[0];
  }

  /** The first `count` items in admission order (priority lane first), left in the queue. */
  head(count: number): T[] {
    const fromPriority = this.lanes.priority.slice(0, count);
    return fromPriority.concat(this.lanes.bulk.slice(0, count - fromPriority.length));
  }

  shift(): T | undefined {
    return this.lanes.priority.shift() ?? this.lanes.bulk.shift();
  }

  /** Removes an item that gave up waiting; true if it was queued. */
  remove(item: T): boolean {
    for (const queue of Object.values(this.lanes)) {
      const index = queue.indexOf(item);
      if (index >= 0) {
        queue.splice(index, 1);
        return true;
      }
    }
    return false;
  }
}
