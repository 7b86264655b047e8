import {
  admitCall,
  BudgetState,
  budgetLimits,
  reconcileOutputTokens,
  reconcileTokens,
  releaseCall,
  startCooldown,
} from './budget';
import { admissionBudgetSpec, outputTokenMarginFor } from './admission-policy';
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
const fresh: BudgetState = { requestTatMs: 0, tokenTatMs: 0, outputTokenTatMs: 0, cooldownUntilMs: 0 };

describe('admitCall', () => {
  it('gives a slot ahead within the horizon, and advances both budgets from that slot', () => {
    const tokensBusy: BudgetState = { ...fresh, tokenTatMs: 1_000 + limits.tokens.toleranceMs + 300 };
    const cost = { requests: 1, tokens: 10 };
    expect(admitCall(tokensBusy, 1_000, cost, limits)).toMatchObject({
      admitted: false,
      blockedBy: 'tokens',
    });
    const decision = admitCall(tokensBusy, 1_000, cost, limits, 500);
    if (!decision.admitted) throw new Error('refused');
    const lead = 300 + 10 * limits.tokens.emissionIntervalMs;
    expect(decision.startInMs).toBeCloseTo(lead);
    // The idle request budget counts the call from its slot, not from now.
    expect(decision.state.requestTatMs).toBeCloseTo(1_000 + lead + limits.requests.emissionIntervalMs);
    expect(decision.state.tokenTatMs).toBeCloseTo(
      tokensBusy.tokenTatMs + 10 * limits.tokens.emissionIntervalMs,
    );
  });

  it('waits only for what lies beyond the horizon', () => {
    const tokensBusy: BudgetState = { ...fresh, tokenTatMs: 1_000 + limits.tokens.toleranceMs + 3_000 };
    const decision = admitCall(tokensBusy, 1_000, { requests: 1, tokens: 10 }, limits, 1_000);
    expect(decision.admitted ? 0 : decision.waitMs).toBeCloseTo(
      2_000 + 10 * limits.tokens.emissionIntervalMs,
    );
  });

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

describe('a separate output-token budget (Anthropic ITPM and OTPM)', () => {
  const split = budgetLimits({
    requestsPerWindow: 1_000,
    tokensPerWindow: 400_000,
    requestBurst: 10,
    tokenBurst: 4_000,
    tokenMargin: 0,
    output: { tokensPerWindow: 80_000, burst: 2_000, margin: 0 },
    windowMs: 60_000,
  });

  it('holds a call the output budget cannot take though the input budget can', () => {
    const outputFull: BudgetState = { ...fresh, outputTokenTatMs: 1_000 + split.outputTokens!.toleranceMs };
    const decision = admitCall(outputFull, 1_000, { requests: 1, tokens: 1_000, outputTokens: 500 }, split);
    expect(decision).toMatchObject({ admitted: false, blockedBy: 'output_tokens' });
    expect(decision.admitted ? 0 : decision.waitMs).toBeCloseTo(500 * split.outputTokens!.emissionIntervalMs);
  });

  it('advances, settles and releases each token budget by its own part of the call', () => {
    const cost = { requests: 1, tokens: 3_000, outputTokens: 1_024 };
    const admitted = admitCall(fresh, 1_000, cost, split);
    if (!admitted.admitted) throw new Error('refused');
    expect(admitted.state.tokenTatMs).toBeCloseTo(1_000 + 3_000 * split.tokens.emissionIntervalMs);
    expect(admitted.state.outputTokenTatMs).toBeCloseTo(
      1_000 + 1_024 * split.outputTokens!.emissionIntervalMs,
    );
    const settled = reconcileOutputTokens(admitted.state, 1_000, 1_024, 300, split);
    expect(settled.outputTokenTatMs).toBeCloseTo(1_000 + 300 * split.outputTokens!.emissionIntervalMs);
    expect(settled.tokenTatMs).toBe(admitted.state.tokenTatMs);
    expect(releaseCall(admitted.state, 1_000, cost, split)).toEqual({
      ...fresh,
      requestTatMs: 1_000,
      tokenTatMs: 1_000,
      outputTokenTatMs: 1_000,
    });
  });

  it('leaves the output state alone without a separate output budget', () => {
    const admitted = admitCall(fresh, 1_000, { requests: 1, tokens: 3_000, outputTokens: 1_024 }, limits);
    if (!admitted.admitted) throw new Error('refused');
    expect(admitted.state.outputTokenTatMs).toBe(0);
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

  // The generator's settings: calls get slots up to a second ahead, reserve the learned mean and keep back one
  // maximum output for the errors of the calls in flight; the burst is one call.
  const scheduled = { ...spec, requestBurst: 3, tokenBurst: 4_096, tokenMargin: 2_048 };

  it.each([
    { instances: 3, concurrency: 50, seed: 4 },
    { instances: 12, concurrency: 200, seed: 5 },
  ])(
    'never exceeds either budget with slots ahead and forecast reservations ($instances instances × $concurrency)',
    ({ instances, concurrency, seed }) => {
      const result = simulateGroup({
        spec: scheduled,
        instances,
        concurrency,
        durationMs: 15 * 60_000,
        random: mulberry32(seed),
        idleGaps: true,
        horizonMs: 1_000,
        forecast: 'measured',
      });
      expect(result.worstRequests).toBeLessThanOrEqual(spec.requestsPerWindow);
      expect(result.worstTokens).toBeLessThanOrEqual(spec.tokensPerWindow);
    },
  );

  it('uses at least 98% of the binding budget with slots ahead and forecast reservations', () => {
    const result = simulateGroup({
      spec: scheduled,
      instances: 3,
      concurrency: 100,
      durationMs: 10 * 60_000,
      random: mulberry32(8),
      idleGaps: false,
      horizonMs: 1_000,
      forecast: 'measured',
    });
    expect(result.worstTokens).toBeLessThanOrEqual(spec.tokensPerWindow);
    expect(result.steadyTokenUtilisation).toBeGreaterThanOrEqual(0.98);
  });

  // The margin grows with the spread: with one answer in twenty at the maximum output and minute-long calls in
  // flight, one maximum output kept back is not enough (windows go up to ~0.8 % over), three are.
  it('holds a heavy-tailed spread of forecast errors with three maximum outputs kept back', () => {
    const result = simulateGroup({
      spec: { ...scheduled, tokenMargin: 6_144 },
      instances: 12,
      concurrency: 200,
      durationMs: 15 * 60_000,
      random: mulberry32(5),
      idleGaps: true,
      horizonMs: 1_000,
      forecast: 'heavy',
    });
    expect(result.worstTokens).toBeLessThanOrEqual(spec.tokensPerWindow);
  });
});

describe('an output budget the provider holds at max_tokens while the answer runs (Anthropic OTPM)', () => {
  // The io regime of bench/rate-limit: 80,000 output tokens a minute, answers of ~250 tokens (±150) sent with a
  // max_tokens of 430 (sized from observed answers), answered after a log-normal 1 s (p95 2.5 s). The admission
  // loop asks the shared row once per `statementMs` for one call (its output burst of 400 holds one such call).
  // The provider counts each call's output when it arrives and, until the answer ends, holds its max_tokens: a
  // call is refused (a 429) when the last minute's output, the max_tokens of the answers still running and its
  // own max_tokens exceed the limit.
  const OUTPUT_LIMIT = 80_000;
  const MAX_TOKENS = 430;
  const MEAN_ANSWER = 250;

  function run(options: { reserve: number; margin: number; statementMs: number; seed: number }) {
    const outputLimits = budgetLimits(
      admissionBudgetSpec(
        { requestsPerWindow: 4_000, tokensPerWindow: 400_000, outputTokensPerWindow: OUTPUT_LIMIT },
        { burstRatio: 0.005, minTokenBurst: 4_096, tokenMargin: 2_048, outputTokenMargin: options.margin },
      ),
    );
    const rnd = mulberry32(options.seed);
    const latencyMs = () => {
      const z = Math.sqrt(-2 * Math.log(Math.max(rnd(), 1e-12))) * Math.cos(2 * Math.PI * rnd());
      return Math.exp(Math.log(1_000) + 0.557 * z);
    };
    let state = fresh;
    const calls: { sentAt: number; doneAt: number; answer: number; settled: boolean }[] = [];
    const durationMs = 5 * 60_000;
    for (let now = 0; now < durationMs; now += options.statementMs) {
      for (const call of calls) {
        if (call.settled || call.doneAt > now) continue;
        call.settled = true;
        state = reconcileOutputTokens(state, now, options.reserve, call.answer, outputLimits);
      }
      const cost = { requests: 1, tokens: 1_000, outputTokens: options.reserve };
      const decision = admitCall(state, now, cost, outputLimits, 1_000);
      if (!decision.admitted) continue;
      state = decision.state;
      const sentAt = now + decision.startInMs;
      const answer = MEAN_ANSWER + Math.round((rnd() + rnd() + rnd() - 1.5) * 100);
      calls.push({ sentAt, doneAt: sentAt + latencyMs(), answer, settled: false });
    }
    // The provider's view: output per full minute after the first, and its hold check at every arrival.
    const windows: number[] = [];
    for (let from = 60_000; from + 60_000 <= durationMs; from += 5_000)
      windows.push(
        calls.filter((c) => c.sentAt >= from && c.sentAt < from + 60_000).reduce((s, c) => s + c.answer, 0),
      );
    const sorted = [...calls].sort((a, b) => a.sentAt - b.sentAt);
    let refused = 0;
    sorted.forEach((arriving, index) => {
      let held = 0;
      for (let j = index - 1; j >= 0 && sorted[j].sentAt > arriving.sentAt - 60_000; j -= 1)
        held += sorted[j].doneAt > arriving.sentAt ? MAX_TOKENS : sorted[j].answer;
      if (held + MAX_TOKENS > OUTPUT_LIMIT) refused += 1;
    });
    const mean = windows.reduce((s, w) => s + w, 0) / windows.length / OUTPUT_LIMIT;
    return { mean, worst: Math.max(...windows), refused };
  }
  const margin = outputTokenMarginFor(OUTPUT_LIMIT, 2_048);

  it('calls reserving the configured 2,048 (max_tokens sized when queued) leave most of the budget unused', () => {
    // The measured miss: 34-38 % with statements of ~100-250 ms.
    expect(run({ reserve: 2_048, margin, statementMs: 250, seed: 11 }).mean).toBeLessThan(0.4);
    expect(run({ reserve: 2_048, margin, statementMs: 100, seed: 11 }).mean).toBeLessThan(0.55);
  });

  it('calls reserving their forecast use ≥ 97 % of the budget by the provider’s count, no window over it', () => {
    for (const seed of [11, 12, 13]) {
      const result = run({ reserve: MEAN_ANSWER, margin, statementMs: 100, seed });
      expect(result.mean).toBeGreaterThanOrEqual(0.97);
      expect(result.worst).toBeLessThanOrEqual(OUTPUT_LIMIT);
    }
  });

  it('trades budget for 429s: 2 % kept back lets the provider refuse a few calls, one maximum output almost none', () => {
    const tight = [11, 12, 13].map((seed) => run({ reserve: MEAN_ANSWER, margin, statementMs: 100, seed }));
    const wide = [11, 12, 13].map((seed) =>
      run({ reserve: MEAN_ANSWER, margin: 2_048, statementMs: 100, seed }),
    );
    const refused = (runs: typeof tight) => runs.reduce((sum, r) => sum + r.refused, 0);
    // In 15 simulated minutes (~4,700 calls): ~25 refusals at 2 %, at most a couple at 2,048 — which caps the use
    // at 97.0 %, below what a busy machine leaves of it.
    expect(refused(tight)).toBeGreaterThan(10);
    expect(refused(wide)).toBeLessThanOrEqual(2);
    for (const r of wide) expect(r.mean).toBeGreaterThanOrEqual(0.969);
  });
});
