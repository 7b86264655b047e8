/**
 * Generic cell rate algorithm (GCRA) with a cost per admission: the state is one number, the theoretical
 * arrival time (TAT). Admitting cost `c` moves the TAT to `max(TAT, now) + c·T`; it is allowed when the new TAT
 * is at most `capacity·T` ahead of now. It is a token bucket of `capacity` refilled at `1/T` per ms, kept as one
 * timestamp so an atomic `UPDATE` can run it.
 *
 * Window bound: in any interval of length `W` the admitted cost is at most `capacity + W/T`. (The first admission
 * in the interval starts from a TAT of at least its own time, every admission adds its cost·T, and the last one
 * leaves the TAT at most `W + capacity·T` past the interval start.) {@link gcraLimitForWindow} picks `T` so this
 * equals the budget.
 */
export interface GcraLimit {
  /** ms of "schedule" one unit of cost takes: the inverse of the sustained rate. */
  emissionIntervalMs: number;
  /** How far the TAT may run ahead of now: the burst, in ms (capacity × T). */
  toleranceMs: number;
}

/**
 * The GCRA that never admits more than `limit` units in any `windowMs` window: `burst` units may go at once and
 * the rest is spread evenly, `burst + margin + rate·window = limit`. So the sustained rate is
 * `(limit − burst − margin)/window`, which is the price of the burst: a bigger burst absorbs more jitter but
 * leaves less of the budget usable. `margin` is budget kept back for what the GCRA does not see (see
 * {@link gcraReconcile}).
 */
export function gcraLimitForWindow(limit: number, windowMs: number, burst: number, margin = 0): GcraLimit {
  if (!(limit > 0) || !(windowMs > 0))
    throw new Error(`limit and window must be positive (${limit}, ${windowMs})`);
  if (!(burst >= 1) || !(margin >= 0) || burst + margin >= limit) {
    throw new Error(`burst + margin must be in [1, limit), got ${burst} + ${margin} for ${limit}`);
  }
  const emissionIntervalMs = windowMs / (limit - burst - margin);
  return { emissionIntervalMs, toleranceMs: burst * emissionIntervalMs };
}

export type GcraDecision = { admitted: true; tatMs: number } | { admitted: false; retryAfterMs: number };

/**
 * Admits `cost` at `nowMs` or says how long to wait. A cost above the capacity is admitted once the bucket is
 * full (it could never fit otherwise) and runs the TAT further ahead: callers size the burst above the largest
 * single cost so this stays the exception.
 */
export function gcraAdmit(tatMs: number, nowMs: number, cost: number, limit: GcraLimit): GcraDecision {
  const allowedFrom = gcraAllowedFrom(tatMs, nowMs, cost, limit);
  if (allowedFrom > nowMs + GCRA_SLACK_MS) return { admitted: false, retryAfterMs: allowedFrom - nowMs };
  return { admitted: true, tatMs: Math.max(tatMs, nowMs) + cost * limit.emissionIntervalMs };
}

/** A microsecond of slack: `burst` admissions of cost 1 must fit exactly despite floating point. */
export const GCRA_SLACK_MS = 1e-3;

/**
 * The earliest instant (not before now's TAT base) at which `cost` conforms: `max(TAT, now) + cost·T − τ`, the
 * cost counted at most up to the capacity. At or before `nowMs` means it conforms now.
 */
export function gcraAllowedFrom(tatMs: number, nowMs: number, cost: number, limit: GcraLimit): number {
  const fitting = Math.min(cost * limit.emissionIntervalMs, limit.toleranceMs);
  return Math.max(tatMs, nowMs) + fitting - limit.toleranceMs;
}

/**
 * The TAT after admitting `cost` that starts at `startMs` (now, or a later slot the call waits for): the rule run
 * as if the call arrived at its start, so the window bound holds for the instants calls are actually sent.
 */
export function gcraAdvance(tatMs: number, startMs: number, cost: number, limit: GcraLimit): number {
  return Math.max(tatMs, startMs) + cost * limit.emissionIntervalMs;
}

/**
 * Replaces a reservation of `reservedCost` by the `actualCost` once known. More than reserved is charged at once
 * (a debt later admissions wait for); less is given back, but never to before now: capacity that went unused
 * while the limiter was idle cannot be claimed afterwards.
 *
 * A give-back is the one thing the window bound above does not cover: it lets calls admitted after it use budget
 * that a call admitted *before* the window had reserved. Over a window that counts at most the over-reservation
 * still in flight when the window starts minus what is still in flight when it ends — the swing of the
 * over-reservation in flight. Keep that much back as the limit's `margin`; the group simulation in
 * `budget.spec.ts` checks the sizing against every sliding window.
 */
export function gcraReconcile(
  tatMs: number,
  nowMs: number,
  reservedCost: number,
  actualCost: number,
  limit: GcraLimit,
): number {
  const delta = (actualCost - reservedCost) * limit.emissionIntervalMs;
  return delta >= 0 ? Math.max(tatMs, nowMs) + delta : Math.max(tatMs + delta, nowMs);
}
