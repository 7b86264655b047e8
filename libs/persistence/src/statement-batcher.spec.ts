import { StatementBatcher } from './statement-batcher';

interface Write {
  key: string;
  value: number;
}

function recordingBatcher(options: { maxBatchSize?: number; failOn?: (item: Write) => boolean } = {}) {
  const batches: Write[][] = [];
  let release: () => void = () => undefined;
  let gate: Promise<void> = Promise.resolve();
  const batcher = new StatementBatcher<Write, number>({
    keyOf: (item) => item.key,
    maxBatchSize: options.maxBatchSize ?? 100,
    runBatch: async (items) => {
      batches.push([...items]);
      await gate;
      if (items.some((item) => options.failOn?.(item))) throw new Error('constraint violated');
      return items.map((item) => item.value * 10);
    },
  });
  return {
    batcher,
    batches,
    holdWrites: () => {
      gate = new Promise((resolve) => (release = resolve));
    },
    releaseWrites: () => release(),
  };
}

describe('StatementBatcher', () => {
  it('writes items submitted in one turn as one batch and gives each caller its own result', async () => {
    const { batcher, batches } = recordingBatcher();
    const results = await Promise.all([1, 2, 3].map((value) => batcher.submit({ key: `k${value}`, value })));
    expect(results).toEqual([10, 20, 30]);
    expect(batches.map((batch) => batch.map(({ value }) => value))).toEqual([[1, 2, 3]]);
  });

  it('collects what arrives while a batch is being written into the next batch', async () => {
    const { batcher, batches, holdWrites, releaseWrites } = recordingBatcher();
    holdWrites();
    const first = batcher.submit({ key: 'a', value: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((value) => batcher.submit({ key: `k${value}`, value }));
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toHaveLength(1);
    releaseWrites();
    await Promise.all([first, ...later]);
    expect(batches.map((batch) => batch.map(({ value }) => value))).toEqual([[1], [2, 3, 4]]);
  });

  it('never puts two items with the same key in one batch, and keeps their order', async () => {
    const { batcher, batches } = recordingBatcher();
    await Promise.all([
      batcher.submit({ key: 'a-same', value: 1 }),
      batcher.submit({ key: 'b-other', value: 2 }),
      batcher.submit({ key: 'a-same', value: 3 }),
    ]);
    expect(batches.map((batch) => batch.map(({ value }) => value))).toEqual([[1, 2], [3]]);
  });

  it('hands a batch over in key order and still answers each caller with its own result', async () => {
    const { batcher, batches } = recordingBatcher();
    const results = await Promise.all([
      batcher.submit({ key: 'c', value: 3 }),
      batcher.submit({ key: 'a', value: 1 }),
      batcher.submit({ key: 'b', value: 2 }),
    ]);
    expect(batches.map((batch) => batch.map(({ key }) => key))).toEqual([['a', 'b', 'c']]);
    expect(results).toEqual([30, 10, 20]);
  });

  it('caps the batch size', async () => {
    const { batcher, batches } = recordingBatcher({ maxBatchSize: 2 });
    await Promise.all([1, 2, 3, 4, 5].map((value) => batcher.submit({ key: `k${value}`, value })));
    expect(batches.map((batch) => batch.length)).toEqual([2, 2, 1]);
  });

  it('retries a failed batch item by item so that only the bad item fails', async () => {
    const { batcher, batches } = recordingBatcher({ failOn: (item) => item.value === 2 });
    const outcomes = await Promise.allSettled(
      [1, 2, 3].map((value) => batcher.submit({ key: `k${value}`, value })),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error('constraint violated'));
    expect(batches.map((batch) => batch.length)).toEqual([3, 1, 1, 1]);
  });
});
