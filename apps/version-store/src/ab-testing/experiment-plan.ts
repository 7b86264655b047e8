export const MAX_VARIANTS = 10;

export interface ArmRequest {
  versionId: string;
  weight: number;
  label?: string;
}

export interface PlannedArm {
  position: number;
  label: string;
  versionId: string;
  weight: number;
  isControl: boolean;
}

/**
 * Checks and lays out an experiment's arms: 2 to 10 distinct versions with positive whole weights; the
 * first is the control; labels default to A, B, C… and must be distinct.
 */
export function planExperimentArms(
  arms: readonly ArmRequest[],
): { ok: true; arms: PlannedArm[] } | { ok: false; problem: string } {
  if (arms.length < 2 || arms.length > MAX_VARIANTS)
    return { ok: false, problem: `an experiment needs 2 to ${MAX_VARIANTS} variants, got ${arms.length}` };
  if (new Set(arms.map((arm) => arm.versionId)).size !== arms.length)
    return { ok: false, problem: 'each variant must be a different version' };
  if (arms.some((arm) => !Number.isInteger(arm.weight) || arm.weight <= 0))
    return { ok: false, problem: 'weights must be positive whole numbers' };
  const planned = arms.map((arm, position) => ({
    position,
    label: arm.label ?? String.fromCharCode(65 + position),
    versionId: arm.versionId,
    weight: arm.weight,
    isControl: position === 0,
  }));
  if (new Set(planned.map((arm) => arm.label)).size !== planned.length)
    return { ok: false, problem: 'variant labels must be distinct' };
  return { ok: true, arms: planned };
}
