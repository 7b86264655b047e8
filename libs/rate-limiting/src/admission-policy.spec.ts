import {
  admissionBudgetSpec,
  admissionRequests,
  admissionTokens,
  defaultTokenAccounting,
  tokenMarginFor,
  settledTokens,
  TOKEN_ACCOUNTING_RULES,
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

  it('counts a candidate of several requests as that many against the request burst', () => {
    const capacity = { calls: 3, tokens: 10_000 };
    const requests = (tokens: number) => (tokens >= 500 ? 2 : 1);
    expect(takeBatch([600, 100, 700], (tokens) => tokens, capacity, requests)).toEqual({
      batch: [600, 100],
      cost: { requests: 3, tokens: 700 },
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

describe('token accounting by the provider’s rule', () => {
  const call = { promptTokens: 3_000, maxOutputTokens: 2_048 };
  const usage = { promptTokens: 3_010, completionTokens: 700 };

  it('reserves prompt plus the maximum output under every rule', () => {
    for (const rule of TOKEN_ACCOUNTING_RULES) expect(admissionTokens(rule, call)).toBe(5_048);
  });

  it('reserves every expected call’s maximum output where OpenAI charges it at admission', () => {
    expect(admissionTokens('openai_admission', { ...call, calls: 2 })).toBe(7_096);
    expect(admissionTokens('actual_usage', { ...call, calls: 2 })).toBe(5_048);
  });

  it('keeps OpenAI’s admission charge: unused output is not given back, only the prompt estimate is corrected', () => {
    expect(settledTokens('openai_admission', 5_048, usage, 2_048)).toBe(5_058);
    expect(tokenMarginFor('openai_admission', 2_048)).toBe(2_048);
    expect(tokenMarginFor('actual_usage', 2_048)).toBeUndefined();
    // An extraction call before the localisation: two calls, each charged its maximum output.
    expect(settledTokens('openai_admission', 5_048, { ...usage, promptTokens: 4_000, calls: 2 }, 2_048)).toBe(
      8_096,
    );
    expect(
      settledTokens('openai_admission', 5_048, { promptTokens: 2_900, completionTokens: 10 }, 2_048),
    ).toBe(4_948);
  });

  it('settles Anthropic to uncached input plus generated output', () => {
    expect(settledTokens('anthropic_input_output', 5_048, { ...usage, cacheReadTokens: 2_000 }, 2_048)).toBe(
      1_710,
    );
  });

  it('settles billed usage to what was used', () => {
    expect(settledTokens('actual_usage', 5_048, usage, 2_048)).toBe(3_710);
  });

  it('reserves a request per expected HTTP call on the chat APIs, one per Dify run', () => {
    expect(admissionRequests('openai_admission', 2)).toBe(2);
    expect(admissionRequests('anthropic_input_output', 2)).toBe(2);
    expect(admissionRequests('actual_usage', 2)).toBe(1);
  });

  it('names each provider family’s rule', () => {
    expect(defaultTokenAccounting('openai')).toBe('openai_admission');
    expect(defaultTokenAccounting('anthropic')).toBe('anthropic_input_output');
    expect(defaultTokenAccounting('dify')).toBe('actual_usage');
  });
});
