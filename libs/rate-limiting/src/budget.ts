import {
  gcraAdvance,
  gcraAllowedFrom,
  GcraLimit,
  gcraLimitForWindow,
  gcraReconcile,
  GCRA_SLACK_MS,
} from './gcra';

/**
 * The budgets of an LLM API key: requests, tokens and — where the provider limits them apart (Anthropic's output
 * tokens per minute) — output tokens; then `tokens` is the input tokens per minute.
 */
export type BudgetDimension = 'requests' | 'tokens' | 'output_tokens';

/** Budgets per window, as the provider states them (e.g. 4,000 RPM and 3,000,000 TPM). */
export interface BudgetSpec {
  requestsPerWindow: number;
  tokensPerWindow: number;
  /** Requests that may start at once; part of the window's budget, not on top of it. */
  requestBurst: number;
  /** Tokens that may be reserved at once; size it above the largest single reservation. */
  tokenBurst: number;
  /**
   * Tokens kept back for give-backs of over-estimated reservations landing in a later window than the call (see
   * `gcraReconcile`); in the order of the burst.
   */
  tokenMargin: number;
  /** A separate output-token budget (Anthropic OTPM); absent: output counts in `tokensPerWindow`. */
  output?: { tokensPerWindow: number; burst: number; margin: number };
  windowMs: number;
}

export interface BudgetLimits {
  requests: GcraLimit;
  tokens: GcraLimit;
  /** Only when the provider limits output tokens apart. */
  outputTokens?: GcraLimit;
}

/** Shared state of one budget: one TAT per dimension and the group-wide cooldown a 429 sets. All in epoch ms. */
export interface BudgetState {
  requestTatMs: number;
  tokenTatMs: number;
  /** The output-token dimension's TAT (unused without a separate output budget). */
  outputTokenTatMs: number;
  cooldownUntilMs: number;
}

/**
 * What one provider call asks for: one request and its estimated tokens (prompt + maximum output); with a separate
 * output budget, `tokens` is the input and `outputTokens` the output.
 */
export interface BudgetCost {
  requests: number;
  tokens: number;
  outputTokens?: number;
}

export type BudgetDecision =
  | {
      admitted: true;
      state: BudgetState;
      /** How long after now the admitted calls may be sent: their slot, within the horizon (0: at once). */
      startInMs: number;
    }
  | { admitted: false; waitMs: number; blockedBy: BudgetDimension | 'cooldown' };

export function budgetLimits(spec: BudgetSpec): BudgetLimits {
  const limits: BudgetLimits = {
    requests: gcraLimitForWindow(spec.requestsPerWindow, spec.windowMs, spec.requestBurst),
    tokens: gcraLimitForWindow(spec.tokensPerWindow, spec.windowMs, spec.tokenBurst, spec.tokenMargin),
  };
  if (spec.output) {
    const { tokensPerWindow, burst, margin } = spec.output;
    limits.outputTokens = gcraLimitForWindow(tokensPerWindow, spec.windowMs, burst, margin);
  }
  return limits;
}

/**
 * Admits a call (or several together: `cost.requests` calls) only when both dimensions have room within
 * `horizonMs` and no cooldown runs; otherwise nothing changes and the wait is the longest of the three (less the
 * horizon). All-or-nothing, so a call blocked on tokens does not burn a request slot.
 *
 * With a horizon the call gets a slot up to `horizonMs` ahead — the first instant both dimensions conform — and is
 * sent then: the TATs advance as if it arrived at that slot, so the window bound holds for the instants calls reach
 * the provider, and the budget keeps flowing while an instance sleeps, wakes or waits for the database (without it
 * every late wake-up is capacity lost, which only a bigger burst — budget taken from the sustained rate — absorbs).
 *
 * The generator's admission `UPDATE` runs this rule in SQL with the numbers of `admissionStatementParameters`;
 * the generator's `llm-budget-rule.e2e-spec.ts` checks they agree.
 */
export function admitCall(
  state: BudgetState,
  nowMs: number,
  cost: BudgetCost,
  limits: BudgetLimits,
  horizonMs = 0,
): BudgetDecision {
  const requestLead = gcraAllowedFrom(state.requestTatMs, nowMs, cost.requests, limits.requests) - nowMs;
  const tokenLead = gcraAllowedFrom(state.tokenTatMs, nowMs, cost.tokens, limits.tokens) - nowMs;
  const output = limits.outputTokens;
  const outputLead = output
    ? gcraAllowedFrom(state.outputTokenTatMs, nowMs, cost.outputTokens ?? 0, output) - nowMs
    : Number.NEGATIVE_INFINITY;
  const requestWait = Math.max(0, requestLead - horizonMs);
  const tokenWait = Math.max(0, tokenLead - horizonMs);
  const outputWait = Math.max(0, outputLead - horizonMs);
  if (state.cooldownUntilMs > nowMs) {
    const waitMs = Math.max(state.cooldownUntilMs - nowMs, requestWait, tokenWait, outputWait);
    return { admitted: false, waitMs, blockedBy: 'cooldown' };
  }
  if (requestWait <= GCRA_SLACK_MS && tokenWait <= GCRA_SLACK_MS && outputWait <= GCRA_SLACK_MS) {
    const startInMs = Math.max(0, requestLead, tokenLead, outputLead);
    const startMs = nowMs + startInMs;
    return {
      admitted: true,
      startInMs,
      state: {
        ...state,
        requestTatMs: gcraAdvance(state.requestTatMs, startMs, cost.requests, limits.requests),
        tokenTatMs: gcraAdvance(state.tokenTatMs, startMs, cost.tokens, limits.tokens),
        outputTokenTatMs: output
          ? gcraAdvance(state.outputTokenTatMs, startMs, cost.outputTokens ?? 0, output)
          : state.outputTokenTatMs,
      },
    };
  }
  if (outputLead > requestLead && outputLead > tokenLead)
    return { admitted: false, waitMs: outputWait, blockedBy: 'output_tokens' };
  return requestLead >= tokenLead
    ? { admitted: false, waitMs: requestWait, blockedBy: 'requests' }
    : { admitted: false, waitMs: tokenWait, blockedBy: 'tokens' };
}

/** Settles a call's token reservation with the tokens it was billed. */
export function reconcileTokens(
  state: BudgetState,
  nowMs: number,
  reservedTokens: number,
  actualTokens: number,
  limits: BudgetLimits,
): BudgetState {
  return {
    ...state,
    tokenTatMs: gcraReconcile(state.tokenTatMs, nowMs, reservedTokens, actualTokens, limits.tokens),
  };
}

/** Settles a call's output-token reservation (a separate output budget) with the output it generated. */
export function reconcileOutputTokens(
  state: BudgetState,
  nowMs: number,
  reservedTokens: number,
  actualTokens: number,
  limits: BudgetLimits,
): BudgetState {
  if (!limits.outputTokens) return state;
  return {
    ...state,
    outputTokenTatMs: gcraReconcile(
      state.outputTokenTatMs,
      nowMs,
      reservedTokens,
      actualTokens,
      limits.outputTokens,
    ),
  };
}

/** Gives a whole reservation back: the call was never sent (shutdown, breaker opened while it waited). */
export function releaseCall(
  state: BudgetState,
  nowMs: number,
  cost: BudgetCost,
  limits: BudgetLimits,
): BudgetState {
  return {
    ...state,
    requestTatMs: gcraReconcile(state.requestTatMs, nowMs, cost.requests, 0, limits.requests),
    tokenTatMs: gcraReconcile(state.tokenTatMs, nowMs, cost.tokens, 0, limits.tokens),
    outputTokenTatMs: limits.outputTokens
      ? gcraReconcile(state.outputTokenTatMs, nowMs, cost.outputTokens ?? 0, 0, limits.outputTokens)
      : state.outputTokenTatMs,
  };
}

/** Starts (or extends) the group-wide pause a 429 asks for. */
export function startCooldown(state: BudgetState, nowMs: number, durationMs: number): BudgetState {
  return { ...state, cooldownUntilMs: Math.max(state.cooldownUntilMs, nowMs + durationMs) };
}
