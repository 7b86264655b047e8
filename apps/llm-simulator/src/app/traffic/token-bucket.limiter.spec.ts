import { TokenBucketLimiter } from './token-bucket.limiter';

describe('TokenBucketLimiter', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  it('admits a whole minute of tokens at once from a full bucket, then refills continuously', () => {
    const limiter = new TokenBucketLimiter(0, 60_000, clock);
    expect(limiter.admit(60_000).admitted).toBe(true);
    const refused = limiter.admit(1_000);
    expect(refused).toMatchObject({ admitted: false, reason: 'tokens' });
    // 1,000 tokens a second come back.
    expect(refused.admitted === false && refused.retryAfterMs).toBe(1_000);
    now += 1_000;
    expect(limiter.admit(1_000).admitted).toBe(true);
  });

  it('holds an estimate until the answer ends and gives back what it did not use', () => {
    const limiter = new TokenBucketLimiter(0, 10_000, clock);
    const held = limiter.commit(8_000);
    expect(limiter.check(4_000)).toMatchObject({ admitted: false, remainingTokens: 2_000 });
    limiter.settle(held.entry, 1_000);
    expect(limiter.check(4_000)).toMatchObject({ admitted: true, remainingTokens: 9_000 });
  });

  it('never fills above the capacity, and a debt is paid by the refill', () => {
    const limiter = new TokenBucketLimiter(0, 6_000, clock);
    const held = limiter.commit(1_000);
    now += 60_000;
    limiter.settle(held.entry, 0);
    expect(limiter.check(0).remainingTokens).toBe(6_000);
    const over = limiter.commit(1_000);
    limiter.settle(over.entry, 8_000);
    expect(limiter.check(1)).toMatchObject({ admitted: false, remainingTokens: 0 });
    now += 30_000;
    expect(limiter.check(1)).toMatchObject({ admitted: true, remainingTokens: 1_000 });
  });

  it('counts requests in their own bucket and says when it is full again', () => {
    const limiter = new TokenBucketLimiter(2, 0, clock);
    expect(limiter.admit(0)).toMatchObject({ admitted: true, remainingRequests: 1, resetRequestsMs: 30_000 });
    limiter.admit(0);
    expect(limiter.admit(0)).toMatchObject({ admitted: false, reason: 'requests', retryAfterMs: 30_000 });
  });
});
