import type { BudgetCost, BudgetLimits, BudgetSpec } from './budget';
import type { PerWindowBudget } from './provider-hints';

/** The providers' budgets are per minute. */
export const BUDGET_WINDOW_MS = 60_000;

/** How much of a per-window budget may go at once. */
export interface BurstPolicy {
  /** Share of each budget that may go at once (and, for tokens, is kept back for give-backs). */
  burstRatio: number;
  /** The smallest token burst: above the largest single reservation, so one call always fits. */
  minTokenBurst: number;
}

/**
 * The budget spec the generator admits under: bursts are `burstRatio` of each budget (at least one request and
 * `minTokenBurst` tokens), and as many tokens again are kept back as the margin for give-backs.
 */
export function admissionBudgetSpec(
  budget: PerWindowBudget,
  policy: BurstPolicy,
  windowMs = BUDGET_WINDOW_MS,
): BudgetSpec {
  const requestBurst = Math.max(1, Math.floor(budget.requestsPerWindow * policy.burstRatio));
  const tokenBurst = Math.max(policy.minTokenBurst, Math.floor(budget.tokensPerWindow * policy.burstRatio));
  return {
    requestsPerWindow: budget.requestsPerWindow,
    tokensPerWindow: budget.tokensPerWindow,
    requestBurst,
    tokenBurst,
    tokenMargin: tokenBurst,
    windowMs,
  };
}

/** What one admission of several calls together may take at most: never more than either burst. */
export interface BatchCapacity {
  calls: number;
  tokens: number;
}

/** The bursts of `limits`, as the most calls and tokens one all-or-nothing admission may take. */
export function batchCapacity(limits: BudgetLimits): BatchCapacity {
  const { requests, tokens } = limits;
  return {
    // The burst is a whole number of requests; the epsilon absorbs the division's rounding.
    calls: Math.floor(requests.toleranceMs / requests.emissionIntervalMs + 1e-9),
    tokens: tokens.toleranceMs / tokens.emissionIntervalMs,
  };
}

/**
 * The longest prefix of `candidates` (at most `maxCalls`) that fits `capacity`, and its tokens. The first
 * candidate is always taken, even alone above the token burst: it could never be admitted otherwise.
 */
export function takeBatch<T>(
  candidates: Iterable<T>,
  tokensOf: (candidate: T) => number,
  capacity: BatchCapacity,
): { batch: T[]; cost: BudgetCost } {
  const batch: T[] = [];
  let tokens = 0;
  for (const candidate of candidates) {
    const fits = batch.length + 1 <= capacity.calls && tokens + tokensOf(candidate) <= capacity.tokens;
    if (batch.length > 0 && !fits) break;
    batch.push(candidate);
    tokens += tokensOf(candidate);
  }
  return { batch, cost: { requests: batch.length, tokens } };
}

/**
 * The numbers the generator's admission statement runs {@link admitCall} with, in SQL: the call's cost and both
 * GCRA limits. The statement only evaluates the rule; every number it compares comes from here.
 */
export interface AdmissionStatementParameters {
  calls: number;
  tokens: number;
  requestIntervalMs: number;
  requestToleranceMs: number;
  tokenIntervalMs: number;
  tokenToleranceMs: number;
}

/** {@link AdmissionStatementParameters} of admitting `cost` under `limits`. */
export function admissionStatementParameters(
  cost: BudgetCost,
  limits: BudgetLimits,
): AdmissionStatementParameters {
  return {
    calls: cost.requests,
    tokens: cost.tokens,
    requestIntervalMs: limits.requests.emissionIntervalMs,
    requestToleranceMs: limits.requests.toleranceMs,
    tokenIntervalMs: limits.tokens.emissionIntervalMs,
    tokenToleranceMs: limits.tokens.toleranceMs,
  };
}
