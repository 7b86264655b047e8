import { ConcurrencyLimit } from './concurrency-limit';
import { KeyedSequencer } from './keyed-sequencer';

describe('ConcurrencyLimit', () => {
  it('grants up to the limit and times out beyond it', async () => {
    const limit = new ConcurrencyLimit(2);
    expect(await limit.acquire(10)).toBe(true);
    expect(await limit.acquire(10)).toBe(true);
    expect(await limit.acquire(10)).toBe(false);
    expect(limit.inUse).toBe(2);
  });

  it('hands a released slot to the oldest waiter', async () => {
    const limit = new ConcurrencyLimit(1);
    await limit.acquire(10);
    const waiting = limit.acquire(1_000);
    limit.release();
    expect(await waiting).toBe(true);
    expect(limit.inUse).toBe(1);
  });
});

describe('KeyedSequencer', () => {
  it('runs same-key tasks in order and other keys concurrently', async () => {
    const sequencer = new KeyedSequencer();
    const log: string[] = [];
    const task = (name: string, ms: number) => () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          log.push(name);
          resolve();
        }, ms),
      );
    await Promise.all([
      sequencer.run('sku-1', task('a1', 30)),
      sequencer.run('sku-1', task('a2', 1)),
      sequencer.run('sku-2', task('b1', 5)),
    ]);
    expect(log).toEqual(['b1', 'a1', 'a2']);
    expect(sequencer.pendingKeys).toBe(0);
  });

  it('keeps going after a failed task', async () => {
    const sequencer = new KeyedSequencer();
    await expect(sequencer.run('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(sequencer.run('k', () => Promise.resolve(7))).resolves.toBe(7);
  });
});
