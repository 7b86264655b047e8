import type { ConsumerObserver } from './consumer-observer';
import { OffsetCommitter } from './offset-committer';

function recordingObserver(): ConsumerObserver & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    handled: () => undefined,
    lag: () => undefined,
    log: (level, message) => {
      if (level === 'warn') warnings.push(message);
    },
  };
}

type Commit = { topic: string; partition: number; offset: string }[];

describe('OffsetCommitter', () => {
  it('commits each partition up to its slowest unfinished message, not past it', async () => {
    const committer = new OffsetCommitter(recordingObserver());
    const first = committer.partition('orders', 0);
    const second = committer.partition('orders', 1);
    ['10', '11', '12'].forEach((offset) => first.tracker.dispatched(offset));
    first.tracker.finished('10');
    first.tracker.finished('12');
    second.tracker.dispatched('4');
    second.tracker.finished('4');
    const commits: Commit[] = [];

    await committer.commit({ commit: async (offsets) => void commits.push(offsets) });

    expect(commits).toEqual([
      [
        { topic: 'orders', partition: 0, offset: '11' },
        { topic: 'orders', partition: 1, offset: '5' },
      ],
    ]);
  });

  it('keeps one state per partition and commits nothing twice', async () => {
    const committer = new OffsetCommitter(recordingObserver());
    expect(committer.partition('orders', 0)).toBe(committer.partition('orders', 0));
    committer.partition('orders', 0).tracker.dispatched('0');
    committer.partition('orders', 0).tracker.finished('0');
    const commits: Commit[] = [];
    const consumer = { commit: async (offsets: Commit) => void commits.push(offsets) };

    await committer.commit(consumer);
    await committer.commit(consumer);

    expect(commits).toEqual([[{ topic: 'orders', partition: 0, offset: '1' }]]);
  });

  it('offers a rejected commit again on the next call and says why it failed', async () => {
    const observer = recordingObserver();
    const committer = new OffsetCommitter(observer);
    committer.partition('orders', 0).tracker.dispatched('7');
    committer.partition('orders', 0).tracker.finished('7');
    const commits: Commit[] = [];

    await committer.commit({
      commit: async () => {
        throw new Error('The group is rebalancing');
      },
    });
    await committer.commit({ commit: async (offsets) => void commits.push(offsets) });

    expect(observer.warnings).toEqual(['Offset commit failed']);
    expect(commits).toEqual([[{ topic: 'orders', partition: 0, offset: '8' }]]);
  });

  it('forgets the progress of an assignment that moved on, leaving its offsets to the next owner', async () => {
    const committer = new OffsetCommitter(recordingObserver());
    const before = committer.partition('orders', 0);
    before.tracker.dispatched('3');
    before.tracker.finished('3');

    committer.forget();
    const commits: Commit[] = [];
    await committer.commit({ commit: async (offsets) => void commits.push(offsets) });

    expect(commits).toEqual([]);
    expect(committer.partition('orders', 0)).not.toBe(before);
  });
});
