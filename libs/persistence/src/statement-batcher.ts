export interface StatementBatcherOptions<TItem, TOut> {
  /** Handles several items in one go (one statement or one transaction); results in the items' order. */
  runBatch: (items: readonly TItem[]) => Promise<readonly TOut[]>;
  /**
   * Items with the same key never share a batch: a multi-row upsert may not touch one row twice, and
   * writes of one row keep the order they were submitted in. A batch is handed over in key order, so two
   * instances' batches that lock shared rows lock them in the same order (no deadlock between them).
   */
  keyOf: (item: TItem) => string;
  /** The most items one batch carries. */
  maxBatchSize: number;
}

interface Pending<TItem, TOut> {
  item: TItem;
  key: string;
  resolve: (result: TOut) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for consumers that write (or look up) one row or a few per message. Each handler submits its
 * own item and awaits its own result, so the consumer runner's per-message retry and dead-letter routing stay as
 * they are; what changes is that items submitted while the previous batch is on its way go together in
 * the next one. At low load an item goes alone at once; under load, one round trip and one commit carry
 * a whole fetch's worth of messages.
 *
 * A batch that fails is retried item by item, so a single bad item fails only its own message.
 */
export class StatementBatcher<TItem, TOut> {
  private queue: Pending<TItem, TOut>[] = [];
  private running = false;
  private scheduled = false;

  constructor(private readonly options: StatementBatcherOptions<TItem, TOut>) {}

  submit(item: TItem): Promise<TOut> {
    return new Promise<TOut>((resolve, reject) => {
      this.queue.push({ item, key: this.options.keyOf(item), resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.running || this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    // Handlers woken by the same fetch submit within one turn of the event loop: let them all in.
    setImmediate(() => {
      this.scheduled = false;
      void this.runNext();
    });
  }

  private async runNext(): Promise<void> {
    if (this.running) return;
    const batch = this.takeBatch();
    if (batch.length === 0) return;
    this.running = true;
    try {
      await this.run(batch);
    } finally {
      this.running = false;
      this.schedule();
    }
  }

  private takeBatch(): Pending<TItem, TOut>[] {
    const batch: Pending<TItem, TOut>[] = [];
    const keys = new Set<string>();
    const heldBack: Pending<TItem, TOut>[] = [];
    for (const pending of this.queue) {
      if (batch.length < this.options.maxBatchSize && !keys.has(pending.key)) {
        batch.push(pending);
        keys.add(pending.key);
      } else {
        heldBack.push(pending);
      }
    }
    this.queue = heldBack;
    return batch.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  private async run(batch: Pending<TItem, TOut>[]): Promise<void> {
    try {
      const results = await this.options.runBatch(batch.map(({ item }) => item));
      if (results.length !== batch.length) {
        throw new Error(`runBatch returned ${results.length} results for ${batch.length} items`);
      }
      batch.forEach(({ resolve }, index) => resolve(results[index]));
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      for (const pending of batch) await this.run([pending]);
    }
  }
}
