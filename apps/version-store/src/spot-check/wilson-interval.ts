/** z for a two-sided 95 % interval: the 97.5th percentile of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

/** A proportion's confidence interval, both bounds within [0, 1]. */
export interface ProportionInterval {
  lower: number;
  upper: number;
}

/**
 * The Wilson score interval of `successes` out of `trials` (Wilson 1927). Unlike the normal-approximation
 * (Wald) interval it stays inside [0, 1] and does not collapse to a point at 0 % or 100 %, which matters for
 * the small per-language, per-category samples a spot check draws. Null when there are no trials: no data
 * says nothing about the rate.
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  z: number = Z_95,
): ProportionInterval | null {
  if (!Number.isInteger(trials) || trials < 0)
    throw new RangeError(`trials must be a whole number ≥ 0, got ${trials}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials)
    throw new RangeError(`successes must be a whole number from 0 to ${trials}, got ${successes}`);
  if (trials === 0) return null;
  const proportion = successes / trials;
  const zSquared = z * z;
  const denominator = 1 + zSquared / trials;
  const centre = (proportion + zSquared / (2 * trials)) / denominator;
  const halfWidth =
    (z * Math.sqrt((proportion * (1 - proportion)) / trials + zSquared / (4 * trials * trials))) /
    denominator;
  // At 0 and n successes the exact bound is 0 (or 1); floating point leaves a hair either side.
  return {
    lower: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: successes === trials ? 1 : Math.min(1, centre + halfWidth),
  };
}
