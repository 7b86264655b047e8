import {
  cooldownAfterRateLimited,
  cooldownFromHints,
  effectiveBudget,
  MAX_COOLDOWN_MS,
} from './provider-hints';

describe('provider hints', () => {
  const configured = { requestsPerWindow: 4_000, tokensPerWindow: 3_000_000 };

  it('lowers the budget to limits the provider announces, never raises it', () => {
    expect(effectiveBudget(configured, { limitRequests: 500, limitTokens: 9_000_000 })).toEqual({
      requestsPerWindow: 500,
      tokensPerWindow: 3_000_000,
    });
    expect(effectiveBudget(configured, undefined)).toEqual(configured);
  });

  it('cools the group down until the reset when nothing remains', () => {
    expect(cooldownFromHints({ remainingRequests: 0, resetRequestsMs: 1_500, remainingTokens: 10 })).toBe(
      1_500,
    );
    expect(cooldownFromHints({ remainingRequests: 3, remainingTokens: 10, resetTokensMs: 9 })).toBe(0);
  });

  it('follows Retry-After after a 429, bounded', () => {
    expect(cooldownAfterRateLimited(4_000)).toBe(4_000);
    expect(cooldownAfterRateLimited(3_600_000)).toBe(MAX_COOLDOWN_MS);
    expect(cooldownAfterRateLimited(undefined)).toBeGreaterThan(0);
  });
});
