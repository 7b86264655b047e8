import { PartitionOffsetTracker } from './partition-offset-tracker';

describe('PartitionOffsetTracker', () => {
  it('has nothing to commit before any dispatch', () => {
    expect(new PartitionOffsetTracker().committableOffset()).toBeUndefined();
  });

  it('commits past the highest offset once everything dispatched is finished', () => {
    const tracker = new PartitionOffsetTracker();
    ['10', '11', '12'].forEach((offset) => tracker.dispatched(offset));
    ['12', '10', '11'].forEach((offset) => tracker.finished(offset));
    expect(tracker.committableOffset()).toBe('13');
  });

  it('never commits past a slow message that finished later than its successors', () => {
    const tracker = new PartitionOffsetTracker();
    ['5', '6', '7', '8'].forEach((offset) => tracker.dispatched(offset));
    tracker.finished('5');
    tracker.finished('7');
    tracker.finished('8');
    expect(tracker.committableOffset()).toBe('6');
    tracker.markCommitted('6');
    expect(tracker.committableOffset()).toBeUndefined();
    tracker.finished('6');
    expect(tracker.committableOffset()).toBe('9');
  });

  it('handles offsets beyond 2^53', () => {
    const tracker = new PartitionOffsetTracker();
    tracker.dispatched('9007199254740993');
    tracker.finished('9007199254740993');
    expect(tracker.committableOffset()).toBe('9007199254740994');
  });
});
