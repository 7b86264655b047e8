import {
  admissionStatementParameters,
  type BudgetCost,
  type BudgetLimits,
} from '@content-pipeline/rate-limiting';

/** Runs one parameterised statement; a TypeORM DataSource and a pg Pool both fit. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** The rows of a {@link SqlRunner} result: TypeORM returns [rows, count] for UPDATE … RETURNING; pg a result with rows. */
export function rowsOf<Row>(result: unknown): Row[] {
  if (Array.isArray(result) && Array.isArray(result[0])) return result[0] as Row[];
  if (Array.isArray(result)) return result as Row[];
  return (result as { rows: Row[] }).rows;
}

export type AdmissionResult =
  | {
      admitted: true;
      /** When it was admitted, on the database clock (epoch ms). */
      atMs: number;
      /** How long after admission the calls may be sent: their slot within the horizon. */
      startInMs: number;
      tokenIntervalMs: number;
      /** Null without a separate output budget. */
      outputIntervalMs: number | null;
      providerRpmLimit?: number;
      providerTpmLimit?: number;
      providerOutputTpmLimit?: number;
    }
  | {
      admitted: false;
      waitMs: number;
      blockedBy: 'requests' | 'tokens' | 'output_tokens' | 'cooldown';
      providerRpmLimit?: number;
      providerTpmLimit?: number;
      providerOutputTpmLimit?: number;
    };

/** The database clock, unless the parameter fixes the instant (epoch ms). */
const NOW_SQL = (parameter: string) =>
  `coalesce(to_timestamp(${parameter}::float8 / 1000), clock_timestamp())`;

interface AdmissionRow {
  admitted: boolean;
  now_ms: number;
  start_in_ms: number;
  wait_ms: number;
  blocked_by: 'requests' | 'tokens' | 'output_tokens' | 'cooldown';
  provider_rpm_limit: number | null;
  provider_tpm_limit: number | null;
  provider_output_tpm_limit: number | null;
}

// `admitCall` of @content-pipeline/rate-limiting in one statement on the database clock (or at $8 ms when a
// replay fixes the instant), with the numbers of `admissionStatementParameters`: $7 calls at once ($7 requests,
// $2 tokens between them) with a slot up to $9 ms ahead. `request_lead`/`token_lead` are how far ahead of now
// each dimension conforms; the slot is the later of them (not before now) and both TATs advance from it. The CTE
// locks the row, so concurrent admissions from every instance serialise on it and each sees the previous one's
// TATs. The output-token dimension ($10 tokens at $11 ms each, tolerance $12) only exists with a separate output
// budget: with $11 null its lead is NULL (ignored by greatest(), counted as conforming) and its TAT is left alone.
// `llm-budget-rule.e2e-spec.ts` runs it against `admitCall`.
const ADMIT_SQL = `
WITH cur AS (
  SELECT limiter_key,
         coalesce($8::float8, extract(epoch FROM clock_timestamp()) * 1000) AS now_ms,
         extract(epoch FROM request_tat) * 1000 AS request_tat_ms,
         extract(epoch FROM token_tat) * 1000 AS token_tat_ms,
         extract(epoch FROM output_token_tat) * 1000 AS output_tat_ms,
         extract(epoch FROM cooldown_until) * 1000 AS cooldown_ms,
         CASE WHEN provider_limits_until > clock_timestamp() THEN provider_rpm_limit END AS provider_rpm_limit,
         CASE WHEN provider_limits_until > clock_timestamp() THEN provider_tpm_limit END AS provider_tpm_limit,
         CASE WHEN provider_limits_until > clock_timestamp() THEN provider_output_tpm_limit END AS provider_output_tpm_limit
  FROM generator.llm_rate_limiter
  WHERE limiter_key = $1
  FOR UPDATE
), base AS (
  SELECT cur.*,
         greatest(request_tat_ms, now_ms) AS request_base,
         greatest(token_tat_ms, now_ms) AS token_base,
         greatest(output_tat_ms, now_ms) AS output_base
  FROM cur
), decision AS (
  SELECT base.*,
         request_base + least($7::float8 * $3::float8, $4::float8) - $4::float8 - now_ms AS request_lead,
         token_base + least($2::float8 * $5::float8, $6::float8) - $6::float8 - now_ms AS token_lead,
         output_base + least($10::float8 * $11::float8, $12::float8) - $12::float8 - now_ms AS output_lead,
         cooldown_ms - now_ms AS cooldown_wait
  FROM base
), verdict AS (
  SELECT decision.*,
         greatest(request_lead - $9::float8, 0) AS request_wait,
         greatest(token_lead - $9::float8, 0) AS token_wait,
         greatest(output_lead - $9::float8, 0) AS output_wait,
         greatest(request_lead, token_lead, output_lead, 0) AS start_in_ms,
         cooldown_wait <= 0 AND request_lead - $9::float8 <= 0.001 AND token_lead - $9::float8 <= 0.001
           AND coalesce(output_lead - $9::float8 <= 0.001, true) AS admitted
  FROM decision
)
UPDATE generator.llm_rate_limiter AS l
SET request_tat = CASE WHEN v.admitted THEN to_timestamp((greatest(v.request_tat_ms, v.now_ms + v.start_in_ms) + $7::float8 * $3::float8) / 1000) ELSE l.request_tat END,
    token_tat = CASE WHEN v.admitted THEN to_timestamp((greatest(v.token_tat_ms, v.now_ms + v.start_in_ms) + $2::float8 * $5::float8) / 1000) ELSE l.token_tat END,
    output_token_tat = CASE WHEN v.admitted AND $11::float8 IS NOT NULL THEN to_timestamp((greatest(v.output_tat_ms, v.now_ms + v.start_in_ms) + $10::float8 * $11::float8) / 1000) ELSE l.output_token_tat END,
    requests_admitted = l.requests_admitted + CASE WHEN v.admitted THEN $7::bigint ELSE 0 END,
    tokens_charged = l.tokens_charged + CASE WHEN v.admitted THEN $2::bigint ELSE 0 END,
    updated_at = clock_timestamp()
FROM verdict AS v
WHERE l.limiter_key = v.limiter_key
RETURNING v.admitted,
          v.now_ms,
          v.start_in_ms,
          greatest(v.cooldown_wait, v.request_wait, v.token_wait, v.output_wait, 0) AS wait_ms,
          CASE WHEN v.cooldown_wait > 0 THEN 'cooldown'
               WHEN v.output_lead > v.request_lead AND v.output_lead > v.token_lead THEN 'output_tokens'
               WHEN v.request_lead >= v.token_lead THEN 'requests'
               ELSE 'tokens' END AS blocked_by,
          v.provider_rpm_limit,
          v.provider_tpm_limit,
          v.provider_output_tpm_limit`;

// `gcraReconcile`: an under-estimate is charged at once, an over-estimate given back but never to before now
// (the database clock, or $5 ms when a replay fixes the instant).
const RECONCILE_SQL = `
UPDATE generator.llm_rate_limiter
SET token_tat = CASE WHEN $2::float8 >= 0
                  THEN greatest(token_tat, ${NOW_SQL('$5')}) + make_interval(secs => $2::float8 * $3::float8 / 1000)
                  ELSE greatest(token_tat + make_interval(secs => $2::float8 * $3::float8 / 1000), ${NOW_SQL('$5')})
                END,
    request_tat = CASE WHEN $4::float8 > 0
                    THEN greatest(request_tat - make_interval(secs => $4::float8 / 1000), ${NOW_SQL('$5')})
                    ELSE request_tat
                  END,
    output_token_tat = CASE WHEN $7::float8 IS NULL OR $6::float8 = 0 THEN output_token_tat
                         WHEN $6::float8 > 0
                         THEN greatest(output_token_tat, ${NOW_SQL('$5')}) + make_interval(secs => $6::float8 * $7::float8 / 1000)
                         ELSE greatest(output_token_tat + make_interval(secs => $6::float8 * $7::float8 / 1000), ${NOW_SQL('$5')})
                       END,
    requests_admitted = requests_admitted - CASE WHEN $4::float8 > 0 THEN 1 ELSE 0 END,
    tokens_charged = tokens_charged + $2::bigint,
    updated_at = clock_timestamp()
WHERE limiter_key = $1`;

/**
 * The shared LLM budget in PostgreSQL (table `generator.llm_rate_limiter`). Every method is one statement on the
 * database clock, so instances with skewed clocks still agree. Throws when the database cannot be reached: the
 * caller fails closed.
 */
export class LlmBudgetStore {
  /**
   * @param replayClockMs only for replaying a sequence of calls at chosen instants (the test that runs the
   * statements against the TypeScript rule); without it the database clock decides.
   */
  constructor(
    private readonly sql: SqlRunner,
    readonly limiterKey: string,
    private readonly replayClockMs?: () => number,
  ) {}

  async ensureRow(): Promise<void> {
    await this.sql.query(
      `INSERT INTO generator.llm_rate_limiter (limiter_key) VALUES ($1) ON CONFLICT (limiter_key) DO NOTHING`,
      [this.limiterKey],
    );
  }

  /**
   * `calls` requests with `tokens` reserved between them, all or none, if both budgets have room within
   * `horizonMs` and no cooldown runs. Keep `calls` within the request burst and `tokens` within the token burst, or
   * the batch overshoots it.
   */
  async admit(cost: BudgetCost, limits: BudgetLimits, horizonMs = 0): Promise<AdmissionResult> {
    let rows = await this.runAdmit(cost, limits, horizonMs);
    if (rows.length === 0) {
      await this.ensureRow();
      rows = await this.runAdmit(cost, limits, horizonMs);
    }
    const row = rows[0];
    if (!row) throw new Error(`rate limiter row ${this.limiterKey} missing`);
    const providerLimits = {
      providerRpmLimit: row.provider_rpm_limit ?? undefined,
      providerTpmLimit: row.provider_tpm_limit ?? undefined,
      providerOutputTpmLimit: row.provider_output_tpm_limit ?? undefined,
    };
    return row.admitted
      ? {
          admitted: true,
          atMs: Number(row.now_ms),
          startInMs: Number(row.start_in_ms),
          tokenIntervalMs: limits.tokens.emissionIntervalMs,
          outputIntervalMs: limits.outputTokens?.emissionIntervalMs ?? null,
          ...providerLimits,
        }
      : { admitted: false, waitMs: Number(row.wait_ms), blockedBy: row.blocked_by, ...providerLimits };
  }

  /**
   * Charges (positive) or gives back (negative) `tokens` reserved at `tokenIntervalMs`: billed minus reserved,
   * once a call's usage is known; likewise `outputTokens` at `outputIntervalMs` with a separate output budget.
   */
  async correctTokens(
    tokens: number,
    tokenIntervalMs: number,
    outputTokens = 0,
    outputIntervalMs: number | null = null,
  ): Promise<void> {
    await this.sql.query(RECONCILE_SQL, [
      this.limiterKey,
      tokens,
      tokenIntervalMs,
      0,
      this.replayNow(),
      outputTokens,
      outputIntervalMs,
    ]);
  }

  /** Gives back a whole admission that was never sent. */
  async release(
    reservedTokens: number,
    tokenIntervalMs: number,
    requestIntervalMs: number,
    reservedOutputTokens = 0,
    outputIntervalMs: number | null = null,
  ): Promise<void> {
    await this.sql.query(RECONCILE_SQL, [
      this.limiterKey,
      -reservedTokens,
      tokenIntervalMs,
      requestIntervalMs,
      this.replayNow(),
      -reservedOutputTokens,
      outputIntervalMs,
    ]);
  }

  /** Holds every instance's calls for `durationMs` (a 429, or the provider saying nothing is left). */
  async cooldown(durationMs: number): Promise<void> {
    await this.sql.query(
      `UPDATE generator.llm_rate_limiter
       SET cooldown_until = greatest(cooldown_until, ${NOW_SQL('$3')} + make_interval(secs => $2::float8 / 1000)),
           updated_at = clock_timestamp()
       WHERE limiter_key = $1`,
      [this.limiterKey, durationMs, this.replayNow()],
    );
  }

  /** Records limits the provider announced below ours, for every instance, for five minutes. */
  async lowerLimits(rpm: number | null, tpm: number | null, outputTpm: number | null = null): Promise<void> {
    await this.sql.query(
      `UPDATE generator.llm_rate_limiter
       SET provider_rpm_limit = $2, provider_tpm_limit = $3, provider_output_tpm_limit = $4,
           provider_limits_until = clock_timestamp() + interval '5 minutes', updated_at = clock_timestamp()
       WHERE limiter_key = $1`,
      [this.limiterKey, rpm, tpm, outputTpm],
    );
  }

  /** Running totals (requests admitted, tokens net of reconciliation) for the utilisation gauge. */
  async totals(): Promise<{ requests: number; tokens: number; atMs: number }> {
    const rows = (await this.sql.query(
      `SELECT requests_admitted, tokens_charged, extract(epoch FROM clock_timestamp()) * 1000 AS now_ms
       FROM generator.llm_rate_limiter WHERE limiter_key = $1`,
      [this.limiterKey],
    )) as { requests_admitted: string; tokens_charged: string; now_ms: number }[];
    const row = rows[0];
    return {
      requests: Number(row?.requests_admitted ?? 0),
      tokens: Number(row?.tokens_charged ?? 0),
      atMs: Number(row?.now_ms ?? Date.now()),
    };
  }

  private replayNow(): number | null {
    return this.replayClockMs?.() ?? null;
  }

  private async runAdmit(cost: BudgetCost, limits: BudgetLimits, horizonMs: number): Promise<AdmissionRow[]> {
    const parameters = admissionStatementParameters(cost, limits);
    const result = await this.sql.query(ADMIT_SQL, [
      this.limiterKey,
      parameters.tokens,
      parameters.requestIntervalMs,
      parameters.requestToleranceMs,
      parameters.tokenIntervalMs,
      parameters.tokenToleranceMs,
      parameters.calls,
      this.replayNow(),
      horizonMs,
      parameters.outputTokens,
      parameters.outputIntervalMs,
      parameters.outputToleranceMs,
    ]);
    return rowsOf<AdmissionRow>(result);
  }
}
