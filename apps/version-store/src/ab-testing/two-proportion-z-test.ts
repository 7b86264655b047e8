/** Conversions out of impressions for one arm of an experiment. */
export interface ArmCounts {
  impressions: number;
  conversions: number;
}

export interface ZTestResult {
  /** Positive when the variant converts better than the control. Null when undefined (no data, no variance). */
  z: number | null;
  /** Two-sided p-value; null when z is undefined. */
  pValue: number | null;
  /** p < alpha. */
  significant: boolean;
}

/**
 * Complementary error function (Numerical Recipes `erfcc`, Chebyshev fit): fractional error below
 * 1.2e-7 everywhere, so tail p-values keep their precision too.
 */
const ERFC_COEFFICIENTS = [
  -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587,
  -0.82215223, 0.17087277,
];

export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  // Horner's scheme over the coefficients, highest order first.
  const polynomial = ERFC_COEFFICIENTS.reduceRight((sum, coefficient) => coefficient + t * sum, 0);
  const value = t * Math.exp(-z * z + polynomial);
  return x >= 0 ? value : 2 - value;
}

/** Standard normal cumulative distribution Φ(x). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

export function conversionRate(arm: ArmCounts): number | null {
  return arm.impressions > 0 ? arm.conversions / arm.impressions : null;
}

/**
 * Two-proportion z-test with the pooled proportion: does the variant's conversion rate differ from the
 * control's? z = (p_v − p_c) / √(p̂(1 − p̂)(1/n_c + 1/n_v)), p̂ = (x_c + x_v) / (n_c + n_v), two-sided.
 */
export function twoProportionZTest(control: ArmCounts, variant: ArmCounts, alpha = 0.05): ZTestResult {
  for (const arm of [control, variant]) {
    if (
      !Number.isInteger(arm.impressions) ||
      !Number.isInteger(arm.conversions) ||
      arm.conversions < 0 ||
      arm.conversions > arm.impressions
    )
      throw new RangeError('conversions must be whole numbers between 0 and impressions');
  }
  if (control.impressions === 0 || variant.impressions === 0)
    return { z: null, pValue: null, significant: false };
  const pooled = (control.conversions + variant.conversions) / (control.impressions + variant.impressions);
  const standardError = Math.sqrt(
    pooled * (1 - pooled) * (1 / control.impressions + 1 / variant.impressions),
  );
  if (standardError === 0) return { z: null, pValue: null, significant: false };
  const z =
    (variant.conversions / variant.impressions - control.conversions / control.impressions) / standardError;
  const pValue = Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
  return { z, pValue, significant: pValue < alpha };
}
