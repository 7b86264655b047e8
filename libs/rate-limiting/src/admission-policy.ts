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
  /**
   * Tokens kept back for give-backs (default: as many as the burst). Each call reserves a forecast and is settled
   * by its error only, so far less is needed — see {@link tokenMarginFor}.
   */
  tokenMargin?: number;
  /** The smallest output-token burst, with a separate output budget (default 1: the burst is a share only). */
  minOutputTokenBurst?: number;
  /** Output tokens kept back for give-backs, with a separate output budget (default: as many as the burst). */
  outputTokenMargin?: number;
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
  const spec: BudgetSpec = {
    requestsPerWindow: budget.requestsPerWindow,
    tokensPerWindow: budget.tokensPerWindow,
    requestBurst,
    tokenBurst,
    tokenMargin: policy.tokenMargin ?? tokenBurst,
    windowMs,
  };
  const outputPerWindow = budget.outputTokensPerWindow;
  if (outputPerWindow !== undefined) {
    const burst = Math.max(policy.minOutputTokenBurst ?? 1, Math.floor(outputPerWindow * policy.burstRatio));
    spec.output = { tokensPerWindow: outputPerWindow, burst, margin: policy.outputTokenMargin ?? burst };
  }
  return spec;
}

/** What one admission of several calls together may take at most: never more than either burst. */
export interface BatchCapacity {
  calls: number;
  tokens: number;
  /** Absent (no bound) without a separate output budget. */
  outputTokens?: number;
}

/** The bursts of `limits`, as the most calls and tokens one all-or-nothing admission may take. */
export function batchCapacity(limits: BudgetLimits): BatchCapacity {
  const { requests, tokens } = limits;
  return {
    // The burst is a whole number of requests; the epsilon absorbs the division's rounding.
    calls: Math.floor(requests.toleranceMs / requests.emissionIntervalMs + 1e-9),
    tokens: tokens.toleranceMs / tokens.emissionIntervalMs,
    ...(limits.outputTokens
      ? { outputTokens: limits.outputTokens.toleranceMs / limits.outputTokens.emissionIntervalMs }
      : {}),
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
  requestsOf: (candidate: T) => number = () => 1,
  outputTokensOf: (candidate: T) => number = () => 0,
): { batch: T[]; cost: BudgetCost } {
  const batch: T[] = [];
  let tokens = 0;
  let outputTokens = 0;
  let requests = 0;
  for (const candidate of candidates) {
    const fits =
      requests + requestsOf(candidate) <= capacity.calls &&
      tokens + tokensOf(candidate) <= capacity.tokens &&
      outputTokens + outputTokensOf(candidate) <= (capacity.outputTokens ?? Number.POSITIVE_INFINITY);
    if (batch.length > 0 && !fits) break;
    batch.push(candidate);
    tokens += tokensOf(candidate);
    outputTokens += outputTokensOf(candidate);
    requests += requestsOf(candidate);
  }
  return { batch, cost: { requests, tokens, ...(outputTokens > 0 ? { outputTokens } : {}) } };
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
  outputTokens: number;
  /** Null without a separate output budget: the statement leaves that dimension alone. */
  outputIntervalMs: number | null;
  outputToleranceMs: number | null;
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
    outputTokens: cost.outputTokens ?? 0,
    outputIntervalMs: limits.outputTokens?.emissionIntervalMs ?? null,
    outputToleranceMs: limits.outputTokens?.toleranceMs ?? null,
  };
}

/**
 * How a provider counts one call against its tokens-per-minute limit, so the shared budget charges what the
 * provider will count (the issue behind 429s at 85 % of a token budget was the generator giving back what OpenAI
 * keeps):
 * - `openai_admission`: OpenAI's rate-limit guide — the request is charged at admission with its prompt estimate
 *   plus `max_tokens`/`max_completion_tokens`, and that charge stays for the window whatever the answer used.
 * - `anthropic_input_output`: Anthropic's rate-limit documentation — input tokens (ITPM) count uncached input and
 *   cache writes as sent, cache reads excluded on current models; output tokens (OTPM) are estimated from
 *   `max_tokens` at the start and adjusted to the tokens generated at the end. With one token budget both are held
 *   in it: reserved as the forecast (or the maximum output before one is learned), settled to uncached input +
 *   output. With separate input and output budgets ({@link splitAdmissionTokens}) each is held in its own: the
 *   input as the prompt (plus its learned error), the output as `max_tokens`, as Anthropic charges them at the
 *   start, each settled to what was counted.
 * - `actual_usage`: billed usage only (Dify reports each run's tokens; its underlying model's own rule applies
 *   upstream — pick that model's rule when the workflow's model provider enforces one).
 */
export type TokenAccountingRule = 'openai_admission' | 'anthropic_input_output' | 'actual_usage';

export const TOKEN_ACCOUNTING_RULES: readonly TokenAccountingRule[] = [
  'openai_admission',
  'anthropic_input_output',
  'actual_usage',
];

/** What one HTTP call asks for before it is sent. */
export interface CallTokenEstimate {
  /** The call's prompt, as counted locally. */
  promptTokens: number;
  /** The `max_tokens` the call is sent with. */
  maxOutputTokens: number;
  /**
   * Tokens beyond the prompt estimate the rule is expected to count for such a call, learned from finished calls
   * ({@link UsageForecast}); unknown before the first ones finish.
   */
  expectedBeyondPrompt?: number;
  /**
   * Output tokens such calls were seen to generate (with a separate output budget), learned like
   * `expectedBeyondPrompt`; unknown before the first ones finish.
   */
  expectedOutputTokens?: number;
}

/** What the provider reported for a finished HTTP call. */
export interface CallTokenUsage {
  promptTokens: number;
  completionTokens: number;
  /** Input tokens served from the provider's prompt cache (Anthropic `cache_read_input_tokens`). */
  cacheReadTokens?: number;
}

/**
 * Tokens to reserve when one HTTP call is admitted: under `openai_admission` what OpenAI will charge (the prompt
 * plus `max_tokens`); under the rules that count usage, the prompt plus what such calls were seen to add — the
 * maximum output until that is known.
 */
export function admissionTokens(rule: TokenAccountingRule, call: CallTokenEstimate): number {
  if (rule === 'openai_admission' || call.expectedBeyondPrompt === undefined)
    return call.promptTokens + call.maxOutputTokens;
  return Math.max(0, Math.round(call.promptTokens + call.expectedBeyondPrompt));
}

/** Tokens the provider counts for a finished HTTP call by `rule` (OpenAI: the admission charge, kept). */
export function countedTokens(
  rule: TokenAccountingRule,
  usage: CallTokenUsage,
  maxOutputTokens: number,
): number {
  switch (rule) {
    case 'openai_admission':
      return usage.promptTokens + maxOutputTokens;
    case 'anthropic_input_output':
      return Math.max(0, usage.promptTokens - (usage.cacheReadTokens ?? 0)) + usage.completionTokens;
    case 'actual_usage':
      return usage.promptTokens + usage.completionTokens;
  }
}

/**
 * Tokens a call's reservation is settled to: what the provider counted, except that a reservation made before the
 * forecast was learned (the maximum output, mostly an over-estimate) gives nothing back. Every instance starts
 * that way at once, and a window that begins while those over-estimates are in flight and ends after they were
 * given back would take them on top of the budget; kept, they cost a few calls' worth of tokens once.
 */
export function settledTokens(
  rule: TokenAccountingRule,
  reservation: { tokens: number; forecast: boolean },
  usage: CallTokenUsage,
  maxOutputTokens: number,
): number {
  const counted = countedTokens(rule, usage, maxOutputTokens);
  return rule === 'openai_admission' || reservation.forecast
    ? counted
    : Math.max(counted, reservation.tokens);
}

/** A call's reservation with separate input and output budgets (Anthropic ITPM and OTPM). */
export interface SplitTokens {
  /** Input tokens: uncached input and cache writes. */
  tokens: number;
  outputTokens: number;
}

/**
 * A call's two reservations with separate input and output budgets: the input as the prompt plus what such calls
 * were seen to count beyond the local estimate (`expectedBeyondPrompt`: learned from the counted input only), the
 * output as what such calls were seen to generate (`expectedOutputTokens`, at most the call's `max_tokens`; the
 * `max_tokens` itself until learned). Each is settled to what Anthropic counted.
 *
 * Not `max_tokens`, although that is what Anthropic holds against its output limit while the answer runs: the
 * output budget's GCRA can only hold that over-reservation in its burst (the TAT may run at most burst + horizon
 * ahead of now), and a burst large enough for the calls in flight is taken from the sustained rate. Reserving
 * `max_tokens` of ~400 against a burst of 400 let one call be in flight at a time per ~1.3 s of TAT — 34–38 % of
 * an 80,000 OTPM budget at 1-s latency. Reserving the forecast, the GCRA meters what the provider finally counts;
 * what Anthropic holds on top for the calls in flight (their `max_tokens` above the forecast) is transient and is
 * what the output budget's margin covers ({@link outputTokenMarginFor}).
 */
export function splitAdmissionTokens(call: CallTokenEstimate): SplitTokens {
  const output =
    call.expectedOutputTokens === undefined
      ? call.maxOutputTokens
      : Math.min(call.maxOutputTokens, Math.max(0, Math.round(call.expectedOutputTokens)));
  return {
    tokens: Math.max(0, Math.round(call.promptTokens + (call.expectedBeyondPrompt ?? 0))),
    outputTokens: output,
  };
}

/**
 * What Anthropic counted for a finished call, input and output apart: uncached input and cache writes (the port's
 * prompt tokens less cache reads), and the tokens generated.
 */
export function splitCountedTokens(usage: CallTokenUsage): SplitTokens {
  return {
    tokens: Math.max(0, usage.promptTokens - (usage.cacheReadTokens ?? 0)),
    outputTokens: usage.completionTokens,
  };
}

/**
 * What a split reservation is settled to: what Anthropic counted, input and output — as Anthropic itself corrects
 * its `max_tokens` estimate to the tokens generated when the answer ends. Unlike {@link settledTokens} an
 * unlearned reservation is given back too: it is what the provider holds for the call's duration only, and
 * keeping 2,048 for answers of ~300 would spend an 80,000 output budget on 39 calls a minute until every kind of
 * call was learned. The give-backs' swing is what the output budget's margin covers.
 */
export function settledSplitTokens(usage: CallTokenUsage): SplitTokens {
  return splitCountedTokens(usage);
}

/**
 * The give-back margin: a call gives back (or is charged) only its estimate's error — under `openai_admission` the
 * prompt estimate's, otherwise the forecast's — so one maximum output covers the swing of those errors in flight.
 */
export function tokenMarginFor(_rule: TokenAccountingRule, maxOutputTokens: number): number {
  return maxOutputTokens;
}

/** Share of an output budget kept back for what the provider holds beyond the forecasts (see below). */
export const OUTPUT_HOLD_SHARE = 0.02;

/**
 * The output budget's margin when calls reserve their forecast output ({@link splitAdmissionTokens}): it covers
 * what Anthropic holds above the forecasts — each call in flight holds its `max_tokens`, ~100–150 tokens more than
 * the forecast with caps sized from observed answers, ~6–13 calls in flight at 80,000 OTPM and 1-s answers — and
 * the swing of forecast errors given back. 2 % of the budget, at most one maximum output (a single unlearned call
 * holds no more): every token of it is taken from the sustained rate, so at 80,000 OTPM the rule can reach 97.5 %
 * of the budget (with the 0.5 % burst).
 */
export function outputTokenMarginFor(outputTokensPerWindow: number, maxOutputTokens: number): number {
  return Math.max(1, Math.min(maxOutputTokens, Math.floor(outputTokensPerWindow * OUTPUT_HOLD_SHARE)));
}

/** How far ahead a call may be given its slot (see `admitCall`): sleeps and database round trips lose nothing. */
export const ADMISSION_HORIZON_MS = 1_000;

/** The rule a provider family counts by unless configured otherwise. */
export function defaultTokenAccounting(provider: 'dify' | 'openai' | 'anthropic'): TokenAccountingRule {
  return provider === 'openai'
    ? 'openai_admission'
    : provider === 'anthropic'
      ? 'anthropic_input_output'
      : 'actual_usage';
}
