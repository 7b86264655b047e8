import { Pool } from 'pg';
import {
  admitCall,
  type BudgetCost,
  type BudgetLimits,
  budgetLimits,
  type BudgetState,
  reconcileOutputTokens,
  reconcileTokens,
  releaseCall,
  startCooldown,
} from '@content-pipeline/rate-limiting';
import { migrateServices, testInfrastructure, uniqueRunTag } from '@content-pipeline/testing';
import { LlmBudgetStore } from '../src/rate-limiting/llm-budget.store';

const infra = testInfrastructure();
const pool = new Pool({ connectionString: infra.databaseUrl, max: 2 });

beforeAll(() => migrateServices(['generator'], infra.serviceEnv));
afterAll(() => pool.end());

// Whole-millisecond emission intervals (7,500 ms per request, 10 ms per token), so the TATs the statements store
// as microsecond timestamps are exactly the TypeScript rule's numbers.
const limits = budgetLimits({
  requestsPerWindow: 12,
  tokensPerWindow: 10_000,
  requestBurst: 4,
  tokenBurst: 2_000,
  tokenMargin: 2_000,
  windowMs: 60_000,
});
// The same with a separate output budget (Anthropic's OTPM), 12 ms per output token.
const splitLimits = budgetLimits({
  requestsPerWindow: 12,
  tokensPerWindow: 10_000,
  requestBurst: 4,
  tokenBurst: 2_000,
  tokenMargin: 2_000,
  output: { tokensPerWindow: 6_000, burst: 500, margin: 500 },
  windowMs: 60_000,
});

/** A small deterministic generator, so a failing sequence can be replayed. */
function sequenceRandom(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % below;
  };
}

interface Reservation {
  cost: BudgetCost;
  tokenIntervalMs: number;
  outputIntervalMs: number | null;
}

async function storedState(key: string): Promise<BudgetState> {
  const { rows } = await pool.query(
    `SELECT extract(epoch FROM request_tat) * 1000 AS request_tat_ms,
            extract(epoch FROM token_tat) * 1000 AS token_tat_ms,
            extract(epoch FROM output_token_tat) * 1000 AS output_tat_ms,
            extract(epoch FROM cooldown_until) * 1000 AS cooldown_ms
       FROM generator.llm_rate_limiter WHERE limiter_key = $1`,
    [key],
  );
  return {
    requestTatMs: Number(rows[0].request_tat_ms),
    tokenTatMs: Number(rows[0].token_tat_ms),
    outputTokenTatMs: Number(rows[0].output_tat_ms),
    cooldownUntilMs: Number(rows[0].cooldown_ms),
  };
}

describe('the admission rule in TypeScript and in SQL', () => {
  it.each<[number, string, BudgetLimits]>([
    [1, 'one token budget', limits],
    [2, 'one token budget', limits],
    [3, 'one token budget', limits],
    [4, 'separate input and output budgets', splitLimits],
    [5, 'separate input and output budgets', splitLimits],
  ])(
    'decide every call of a sequence alike: admissions, slots ahead, waits, 429 cooldowns, settlements and releases (seed %i, %s)',
    async (seed, _budgets, limits) => {
      const split = limits.outputTokens !== undefined;
      const random = sequenceRandom(seed);
      const key = uniqueRunTag('limiter-rule');
      // A whole second a day ahead of the row's creation.
      let nowMs = Math.ceil(Date.now() / 1_000) * 1_000 + 86_400_000;
      const store = new LlmBudgetStore(pool, key, () => nowMs);
      await store.ensureRow();
      // The rule starts from the row as created: its timestamps lie in the replay's past.
      let state = await storedState(key);
      const outstanding: Reservation[] = [];
      const decisions: string[] = [];

      for (let step = 0; step < 300; step++) {
        const action = random(100);
        if (action < 55) {
          const calls = random(10) < 7 ? 1 : 2 + random(3);
          const cost = {
            requests: calls,
            tokens: calls * (300 + random(2_000)),
            ...(split ? { outputTokens: calls * (100 + random(1_000)) } : {}),
          };
          // Half the admissions may take a slot ahead (whole milliseconds, so the TATs stay exact).
          const horizonMs = random(100) < 50 ? 0 : random(3_000);
          const expected = admitCall(state, nowMs, cost, limits, horizonMs);
          const actual = await store.admit(cost, limits, horizonMs);
          expect({ step, admitted: actual.admitted }).toEqual({ step, admitted: expected.admitted });
          if (expected.admitted && actual.admitted) {
            expect(actual.startInMs).toBeCloseTo(expected.startInMs, 3);
            if (expected.startInMs > 0) decisions.push('scheduled');
            state = expected.state;
            outstanding.push({
              cost,
              tokenIntervalMs: actual.tokenIntervalMs,
              outputIntervalMs: actual.outputIntervalMs,
            });
            decisions.push('admitted');
          } else if (!expected.admitted && !actual.admitted) {
            expect({ step, blockedBy: actual.blockedBy }).toEqual({ step, blockedBy: expected.blockedBy });
            expect(actual.waitMs).toBeCloseTo(expected.waitMs, 3);
            decisions.push(`held:${expected.blockedBy}`);
          }
        } else if (action < 75 && outstanding.length > 0) {
          // The call was billed: between a third and 1.3 times its reservation.
          const { cost, tokenIntervalMs, outputIntervalMs } = outstanding.splice(
            random(outstanding.length),
            1,
          )[0];
          const billed = Math.round((cost.tokens * (33 + random(98))) / 100);
          const reservedOutput = cost.outputTokens ?? 0;
          const billedOutput = Math.round((reservedOutput * (20 + random(100))) / 100);
          state = reconcileTokens(state, nowMs, cost.tokens, billed, limits);
          state = reconcileOutputTokens(state, nowMs, reservedOutput, billedOutput, limits);
          await store.correctTokens(
            billed - cost.tokens,
            tokenIntervalMs,
            billedOutput - reservedOutput,
            outputIntervalMs,
          );
        } else if (action < 80) {
          const single = outstanding.findIndex((reservation) => reservation.cost.requests === 1);
          if (single >= 0) {
            // The call was never sent (shutdown, breaker): the whole reservation goes back.
            const { cost, tokenIntervalMs, outputIntervalMs } = outstanding.splice(single, 1)[0];
            state = releaseCall(state, nowMs, cost, limits);
            await store.release(
              cost.tokens,
              tokenIntervalMs,
              limits.requests.emissionIntervalMs,
              cost.outputTokens ?? 0,
              outputIntervalMs,
            );
          }
        } else if (action < 84) {
          const retryAfterMs = 500 + random(3_000);
          state = startCooldown(state, nowMs, retryAfterMs);
          await store.cooldown(retryAfterMs);
        } else {
          nowMs += random(4_000);
        }
        const stored = await storedState(key);
        expect(stored.requestTatMs).toBeCloseTo(state.requestTatMs, 3);
        expect(stored.tokenTatMs).toBeCloseTo(state.tokenTatMs, 3);
        if (split) expect(stored.outputTokenTatMs).toBeCloseTo(state.outputTokenTatMs, 3);
        expect(stored.cooldownUntilMs).toBeCloseTo(state.cooldownUntilMs, 3);
      }
      // The sequence exercised every kind of decision, not only admissions.
      const expected = ['admitted', 'scheduled', 'held:requests', 'held:tokens', 'held:cooldown'];
      expect(new Set(decisions)).toEqual(new Set(split ? [...expected, 'held:output_tokens'] : expected));
    },
    60_000,
  );
});
