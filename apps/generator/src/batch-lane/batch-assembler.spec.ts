import { customIdOf, planBatches, type QueuedBatchItem } from './batch-assembler';

const item = (id: number, bytes = 100, queuedAt = id): QueuedBatchItem => ({ id: `r${id}`, bytes, queuedAt });
const ids = (items: QueuedBatchItem[]) => items.map((i) => i.id);

describe('planBatches', () => {
  const thresholds = { maxRequests: 3, maxBytes: 1_000, maxAgeMs: 60_000 };

  it('sends full batches at once and keeps a young partial one waiting', () => {
    const queue = [1, 2, 3, 4, 5, 6, 7].map((n) => item(n));
    const { batches } = planBatches(queue, thresholds, 10);
    expect(batches.map((b) => [ids(b.items), b.reason])).toEqual([
      [['r1', 'r2', 'r3'], 'full'],
      [['r4', 'r5', 'r6'], 'full'],
    ]);
  });

  it('sends the partial batch once its oldest request waited the maximum age', () => {
    const { batches } = planBatches([item(1, 100, 0), item(2, 100, 50_000)], thresholds, 60_000);
    expect(batches.map((b) => [ids(b.items), b.reason])).toEqual([[['r1', 'r2'], 'age']]);
  });

  it('cuts by bytes before requests, and never exceeds the byte limit', () => {
    const queue = [item(1, 600), item(2, 300), item(3, 300), item(4, 50)];
    const { batches } = planBatches(queue, { ...thresholds, maxAgeMs: 0 }, 100);
    expect(batches.map((b) => ids(b.items))).toEqual([
      ['r1', 'r2'],
      ['r3', 'r4'],
    ]);
    for (const b of batches) expect(b.bytes).toBeLessThanOrEqual(1_000);
  });

  it('takes the oldest first whatever the order it was given', () => {
    const { batches } = planBatches([item(3), item(1), item(2)], thresholds, 0);
    expect(ids(batches[0].items)).toEqual(['r1', 'r2', 'r3']);
  });

  it('hands back a request too large for any batch instead of dropping it', () => {
    const { batches, oversized } = planBatches(
      [item(1, 5_000), item(2)],
      { ...thresholds, maxAgeMs: 0 },
      100,
    );
    expect(ids(oversized)).toEqual(['r1']);
    expect(batches.map((b) => ids(b.items))).toEqual([['r2']]);
  });

  it('plans nothing for an empty queue', () => {
    expect(planBatches([], thresholds, 0)).toEqual({ batches: [], oversized: [] });
  });
});

describe('customIdOf', () => {
  it('is the task and the attempt, within the alphabet and length both providers accept', () => {
    expect(customIdOf('3f2a-uuid', 2)).toBe('3f2a-uuid_a2');
    const long = (language: string) =>
      `e2e-batch-openai-mxbf8m8d-1a4sw:e2ebatchopenai-SKU-0000002:${language}`;
    const ids = ['en', 'ja', 'es', 'de', 'fr'].map((language) => customIdOf(long(language), 3));
    for (const id of ids) expect(id).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
    expect(ids.every((id) => id.endsWith('_a3'))).toBe(true);
    // Long ids that share a prefix stay distinct (they were cut to a common prefix once).
    expect(new Set(ids).size).toBe(5);
    expect(customIdOf(long('en'), 3)).toBe(ids[0]);
  });
});
