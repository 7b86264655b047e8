import { shouldAutoActivate } from './activation-policy';

describe('shouldAutoActivate', () => {
  const passing = { verdict: 'pass', score: 92, issues: [{ severity: 'warning' }] };

  it('activates a passing version of an unpinned SKU', () => {
    expect(shouldAutoActivate(passing, { pinned: false }, 70)).toBe(true);
  });

  it('never activates over a pin, below the score threshold, or with a critical issue', () => {
    expect(shouldAutoActivate(passing, { pinned: true }, 70)).toBe(false);
    expect(shouldAutoActivate({ ...passing, score: 69 }, { pinned: false }, 70)).toBe(false);
    expect(
      shouldAutoActivate({ ...passing, issues: [{ severity: 'critical' }] }, { pinned: false }, 70),
    ).toBe(false);
    expect(shouldAutoActivate({ ...passing, verdict: 'human_review' }, { pinned: false }, 70)).toBe(false);
  });
});
