/** One arm of an experiment as the version store reports it. */
export interface ArmResult {
  variantId: string;
  label: string;
  isControl: boolean;
  conversionRate: number | null;
  comparison: { z: number | null; pValue: number | null; significant: boolean } | null;
}

export interface ExperimentVerdict {
  /** The winning arm's variant id; null while no difference is significant. */
  winnerVariantId: string | null;
  /** Why, in a sentence for the page. */
  summary: string;
}

/** 1 − p as a percentage: how sure the test is that an arm's rate differs from the control's. */
export function confidencePercent(pValue: number | null): number | null {
  return pValue === null ? null : Math.round((1 - pValue) * 1000) / 10;
}

/**
 * The winner of an experiment: the best-converting variant that beats the control significantly; else the
 * control, when every variant that differs significantly does worse; else none yet.
 */
export function experimentVerdict(arms: readonly ArmResult[], alpha: number): ExperimentVerdict {
  const control = arms.find((arm) => arm.isControl);
  const significant = arms.filter((arm) => arm.comparison?.significant && arm.comparison.z !== null);
  const better = significant
    .filter((arm) => (arm.comparison?.z ?? 0) > 0)
    .sort((a, b) => (b.conversionRate ?? 0) - (a.conversionRate ?? 0));
  const level = `${Math.round((1 - alpha) * 100)} %`;
  if (better.length > 0)
    return {
      winnerVariantId: better[0].variantId,
      summary: `${better[0].label} converts better than ${control?.label ?? 'the control'} (significant at ${level})`,
    };
  const challengers = arms.filter((arm) => !arm.isControl);
  if (control && challengers.length > 0 && significant.length === challengers.length)
    return {
      winnerVariantId: control.variantId,
      summary: `${control.label} (the control) converts better than every variant (significant at ${level})`,
    };
  return {
    winnerVariantId: null,
    summary: `No significant difference at ${level} yet: keep the experiment running`,
  };
}
