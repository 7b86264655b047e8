import { backoffDelayMs, DEFAULT_RETRY_POLICY, nextStepAfterFailure, RetryPolicy } from './retry-policy';

const policy: RetryPolicy = {
  inProcessAttempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
  retryTopicDelaysMs: [10, 20],
};

describe('retry policy', () => {
  it('dead-letters a non-retriable failure at once', () => {
    expect(nextStepAfterFailure(policy, false, 1, 0)).toEqual({ kind: 'dead_letter' });
  });

  it('retries in process, then through the retry topic, then dead-letters', () => {
    expect(nextStepAfterFailure(policy, true, 1, 0, () => 1)).toEqual({
      kind: 'retry_in_process',
      delayMs: 100,
    });
    expect(nextStepAfterFailure(policy, true, 2, 0, () => 1)).toEqual({
      kind: 'retry_in_process',
      delayMs: 200,
    });
    expect(nextStepAfterFailure(policy, true, 3, 0)).toEqual({
      kind: 'retry_topic',
      delayMs: 10,
      retryPass: 1,
    });
    expect(nextStepAfterFailure(policy, true, 3, 1)).toEqual({
      kind: 'retry_topic',
      delayMs: 20,
      retryPass: 2,
    });
    expect(nextStepAfterFailure(policy, true, 3, 2)).toEqual({ kind: 'dead_letter' });
  });

  it('caps the jittered backoff', () => {
    expect(backoffDelayMs(policy, 10, () => 1)).toBe(1_000);
    expect(backoffDelayMs(policy, 10, () => 0)).toBe(0);
    expect(backoffDelayMs(DEFAULT_RETRY_POLICY, 1, () => 0.5)).toBe(125);
  });
});
