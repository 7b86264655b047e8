/**
 * Runs tasks with the same key one after another and tasks with different keys concurrently, so two
 * events for one SKU are handled in partition order while other SKUs of the partition proceed.
 */
export class KeyedSequencer {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string | null, task: () => Promise<T>): Promise<T> {
    if (key === null) return task();
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.then(task, task);
    const tail = current.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return current;
  }

  get pendingKeys(): number {
    return this.tails.size;
  }
}
