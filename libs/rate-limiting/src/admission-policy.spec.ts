import {
  admissionBudgetSpec,
  admissionTokens,
  countedTokens,
  defaultTokenAccounting,
  tokenMarginFor,
  outputTokenMarginFor,
  settledSplitTokens,
  settledTokens,
  splitAdmissionTokens,
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
      // No separate output budget: the statement leaves that dimension alone.
      outputTokens: 0,
      outputIntervalMs: null,
      outputToleranceMs: null,
    });
  });

  it('gives the statement the output dimension with a separate output budget, and batches within its burst', () => {
    const limits = budgetLimits(
      admissionBudgetSpec(
        { requestsPerWindow: 4_000, tokensPerWindow: 400_000, outputTokensPerWindow: 80_000 },
        { ...policy, outputTokenMargin: 2_048 },
      ),
    );
    expect(limits.outputTokens?.emissionIntervalMs).toBeCloseTo(60_000 / (80_000 - 4_000 - 2_048));
    expect(
      admissionStatementParameters({ requests: 1, tokens: 1_200, outputTokens: 420 }, limits),
    ).toMatchObject({
      outputTokens: 420,
      outputIntervalMs: limits.outputTokens?.emissionIntervalMs,
      outputToleranceMs: limits.outputTokens?.toleranceMs,
    });
    const calls = [
      { tokens: 1_000, output: 2_500 },
      { tokens: 1_000, output: 1_000 },
      { tokens: 1_000, output: 1_000 },
    ];
    const { batch, cost } = takeBatch(
      calls,
      (c) => c.tokens,
      batchCapacity(limits),
      () => 1,
      (c) => c.output,
    );
    expect(batch).toHaveLength(2);
    // The output burst (4,000) stops the batch before the token or request burst would.
    expect(cost).toEqual({ requests: 2, tokens: 2_000, outputTokens: 3_500 });
  });
});

describe('token accounting by the provider’s rule', () => {
  const call = { promptTokens: 3_000, maxOutputTokens: 2_048 };
  const usage = { promptTokens: 3_010, completionTokens: 700 };

  it('reserves prompt plus the maximum output for a call whose kind has no forecast yet', () => {
    for (const rule of TOKEN_ACCOUNTING_RULES) expect(admissionTokens(rule, call)).toBe(5_048);
  });

  it('reserves the forecast where usage is counted, and always OpenAI’s admission charge', () => {
    expect(admissionTokens('actual_usage', { ...call, expectedBeyondPrompt: 712.4 })).toBe(3_712);
    expect(admissionTokens('anthropic_input_output', { ...call, expectedBeyondPrompt: 650 })).toBe(3_650);
    expect(admissionTokens('openai_admission', { ...call, expectedBeyondPrompt: 650 })).toBe(5_048);
  });

  it('keeps OpenAI’s admission charge: unused output is not given back, only the prompt estimate is corrected', () => {
    expect(settledTokens('openai_admission', { tokens: 5_048, forecast: false }, usage, 2_048)).toBe(5_058);
    expect(
      settledTokens(
        'openai_admission',
        { tokens: 5_048, forecast: false },
        { promptTokens: 2_900, completionTokens: 10 },
        2_048,
      ),
    ).toBe(4_948);
    expect(tokenMarginFor('openai_admission', 2_048)).toBe(2_048);
  });

  it('counts Anthropic as uncached input plus generated output', () => {
    expect(countedTokens('anthropic_input_output', { ...usage, cacheReadTokens: 2_000 }, 2_048)).toBe(1_710);
  });

  it('settles a forecast reservation to billed usage, up or down', () => {
    expect(settledTokens('actual_usage', { tokens: 3_900, forecast: true }, usage, 2_048)).toBe(3_710);
    expect(settledTokens('actual_usage', { tokens: 3_500, forecast: true }, usage, 2_048)).toBe(3_710);
  });

  it('gives nothing back from a reservation made before the forecast was learned, but charges more', () => {
    expect(settledTokens('actual_usage', { tokens: 5_048, forecast: false }, usage, 2_048)).toBe(5_048);
    expect(settledTokens('anthropic_input_output', { tokens: 3_000, forecast: false }, usage, 2_048)).toBe(
      3_710,
    );
  });

  it('names each provider family’s rule', () => {
    expect(defaultTokenAccounting('openai')).toBe('openai_admission');
    expect(defaultTokenAccounting('anthropic')).toBe('anthropic_input_output');
    expect(defaultTokenAccounting('dify')).toBe('actual_usage');
  });

  it('reserves Anthropic’s output as max_tokens until the kind’s output is learned, then as its forecast', () => {
    const prompt = { promptTokens: 1_000, maxOutputTokens: 2_048, expectedBeyondPrompt: 12.4 };
    expect(splitAdmissionTokens(prompt)).toEqual({ tokens: 1_012, outputTokens: 2_048 });
    expect(splitAdmissionTokens({ ...prompt, maxOutputTokens: 434, expectedOutputTokens: 297.6 })).toEqual({
      tokens: 1_012,
      outputTokens: 298,
    });
    // Never more than the call may generate.
    expect(
      splitAdmissionTokens({ ...prompt, maxOutputTokens: 250, expectedOutputTokens: 297.6 }).outputTokens,
    ).toBe(250);
    // Settled to what Anthropic counted, whatever was reserved.
    expect(settledSplitTokens({ promptTokens: 1_100, completionTokens: 310, cacheReadTokens: 600 })).toEqual({
      tokens: 500,
      outputTokens: 310,
    });
  });

  it('keeps 2 % of an output budget back for what the provider holds in flight, at most one maximum output', () => {
    expect(outputTokenMarginFor(80_000, 2_048)).toBe(1_600);
    expect(outputTokenMarginFor(400_000, 2_048)).toBe(2_048);
    expect(outputTokenMarginFor(20, 2_048)).toBe(1);
  });
});
