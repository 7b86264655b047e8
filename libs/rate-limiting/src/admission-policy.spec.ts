import {
  admissionBudgetSpec,
  admissionStatementParameters,
  batchCapacity,
  BUDGET_WINDOW_MS,
  takeBatch,
} from './admission-policy';
import { budgetLimits } from './budget';

const policy = { burstRatio: 0.05, minTokenBurst: 6_000 };

describe('admission policy', () => {
  it('bursts a share of each budget and keeps as many tokens back for give-backs', () => {
    expect(admissionBudgetSpec({ requestsPerWindow: 4_000, tokensPerWindow: 3_000_000 }, policy)).toEqual({
      requestsPerWindow: 4_000,
      tokensPerWindow: 3_000_000,
      requestBurst: 200,
      tokenBurst: 150_000,
      tokenMargin: 150_000,
      windowMs: BUDGET_WINDOW_MS,
    });
  });

  it('never bursts below one request or below the smallest token burst', () => {
    const spec = admissionBudgetSpec({ requestsPerWindow: 10, tokensPerWindow: 20_000 }, policy);
    expect(spec.requestBurst).toBe(1);
    expect(spec.tokenBurst).toBe(6_000);
  });

  it('admits together no more calls and tokens than the bursts', () => {
    const limits = budgetLimits(
      admissionBudgetSpec({ requestsPerWindow: 600, tokensPerWindow: 200_000 }, policy),
    );
    expect(batchCapacity(limits)).toEqual({ calls: 30, tokens: 10_000 });
  });

  it('takes the longest prefix that fits, and a first call above the burst alone', () => {
    const capacity = { calls: 3, tokens: 1_000 };
    expect(takeBatch([400, 500, 200, 50], (tokens) => tokens, capacity)).toEqual({
      batch: [400, 500],
      cost: { requests: 2, tokens: 900 },
    });
    expect(takeBatch([100, 100, 100, 100], (tokens) => tokens, capacity).cost).toEqual({
      requests: 3,
      tokens: 300,
    });
    expect(takeBatch([5_000, 10], (tokens) => tokens, capacity)).toEqual({
      batch: [5_000],
      cost: { requests: 1, tokens: 5_000 },
    });
  });

  it('gives the admission statement the cost and both limits of the rule', () => {
    const limits = budgetLimits(
      admissionBudgetSpec({ requestsPerWindow: 600, tokensPerWindow: 200_000 }, policy),
    );
    expect(admissionStatementParameters({ requests: 2, tokens: 3_000 }, limits)).toEqual({
      calls: 2,
      tokens: 3_000,
      requestIntervalMs: limits.requests.emissionIntervalMs,
      requestToleranceMs: limits.requests.toleranceMs,
      tokenIntervalMs: limits.tokens.emissionIntervalMs,
      tokenToleranceMs: limits.tokens.toleranceMs,
    });
  });
});
