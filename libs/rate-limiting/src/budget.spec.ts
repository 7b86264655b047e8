import { admitCall, BudgetState, budgetLimits, reconcileTokens, releaseCall, startCooldown } from './budget';
import { mulberry32, simulateGroup } from './testing/group-simulation';

const spec = {
  requestsPerWindow: 600,
  tokensPerWindow: 400_000,
  requestBurst: 12,
  tokenBurst: 8_000,
  tokenMargin: 8_000,
  windowMs: 60_000,
};
const limits = budgetLimits(spec);
const fresh: BudgetState = { requestTatMs: 0, tokenTatMs: 0, cooldownUntilMs: 0 };

describe('admitCall', () => {
  it('admits only when both dimensions have room, all or nothing', () => {
    const tokensFull: BudgetState = { ...fresh, tokenTatMs: 1_000 + limits.tokens.toleranceMs };
    const decision = admitCall(tokensFull, 1_000, { requests: 1, tokens: 5_000 }, limits);
    expect(decision).toMatchObject({ admitted: false, blockedBy: 'tokens' });
    expect(decision.admitted ? 0 : decision.waitMs).toBeCloseTo(5_000 * limits.tokens.emissionIntervalMs);
  });

  it('holds every call during a cooldown', () => {
    const cooling = startCooldown(fresh, 1_000, 2_500);
    expect(admitCall(cooling, 2_000, { requests: 1, tokens: 1 }, limits)).toEqual({
      admitted: false,
      waitMs: 1_500,
      blockedBy: 'cooldown',
    });
    expect(startCooldown(cooling, 1_200, 100).cooldownUntilMs).toBe(3_500);
  });

  it('waits out both the cooldown and an exhausted budget, as the admission statement does', () => {
    const exhausted: BudgetState = { ...fresh, tokenTatMs: 60_000 };
    const cooling = startCooldown(exhausted, 1_000, 500);
    const decision = admitCall(cooling, 1_000, { requests: 1, tokens: 1 }, limits);
    expect(decision).toMatchObject({ admitted: false, blockedBy: 'cooldown' });
    expect(decision.admitted ? 0 : decision.waitMs).toBeGreaterThan(500);
  });

  it('returns a reservation that was never sent, and settles one that was', () => {
    const admitted = admitCall(fresh, 1_000, { requests: 1, tokens: 5_000 }, limits);
    if (!admitted.admitted) throw new Error('refused');
    expect(releaseCall(admitted.state, 1_000, { requests: 1, tokens: 5_000 }, limits)).toEqual({
      ...fresh,
      requestTatMs: 1_000,
      tokenTatMs: 1_000,
    });
    const settled = reconcileTokens(admitted.state, 1_000, 5_000, 3_000, limits);
    expect(settled.tokenTatMs).toBeCloseTo(1_000 + 3_000 * limits.tokens.emissionIntervalMs);
  });
});

describe('one budget shared by a consumer group', () => {
  // The window proof by simulation: instances race for one shared state (the database row), each with many
  // calls in flight, random latencies (some minutes long), actual usage below the reservation, and idle gaps.
  // The provider counts actual tokens at the moment it receives the call, over every sliding 60-s window.
  it.each([
    { instances: 3, concurrency: 50, seed: 1 },
    { instances: 12, concurrency: 200, seed: 2 },
    { instances: 40, concurrency: 20, seed: 3 },
  ])(
    'never exceeds either budget in any 60-s window ($instances instances × $concurrency in flight)',
    ({ instances, concurrency, seed }) => {
      const result = simulateGroup({
        spec,
        instances,
        concurrency,
        durationMs: 15 * 60_000,
        random: mulberry32(seed),
        idleGaps: true,
      });
      expect(result.worstRequests).toBeLessThanOrEqual(spec.requestsPerWindow);
      expect(result.worstTokens).toBeLessThanOrEqual(spec.tokensPerWindow);
    },
  );

  it('uses at least 95% of the binding budget while there is a backlog', () => {
    const result = simulateGroup({
      spec,
      instances: 3,
      concurrency: 100,
      durationMs: 10 * 60_000,
      random: mulberry32(7),
      idleGaps: false,
    });
    expect(result.worstTokens).toBeLessThanOrEqual(spec.tokensPerWindow);
    expect(result.steadyTokenUtilisation).toBeGreaterThanOrEqual(0.95);
  });
});
