import { createHash } from 'node:crypto';

/** A variant as assignment sees it: its place in the experiment and its traffic weight. */
export interface WeightedArm {
  position: number;
  weight: number;
}

/**
 * Where a visitor falls in [0, 1) for one SKU and language: the first 52 bits of
 * SHA-256(sku ␟ language ␟ visitor). Deterministic, so the same visitor always sees the same variant on
 * every instance and after restarts, and independent across SKUs.
 */
export function assignmentPoint(skuId: string, language: string, visitorKey: string): number {
  const digest = createHash('sha256').update([skuId, language, visitorKey].join('\u001f')).digest();
  // 52 bits fit a double exactly.
  const high = digest.readUInt32BE(0);
  const low = digest.readUInt32BE(4) >>> 12;
  return (high * 2 ** 20 + low) / 2 ** 52;
}

/**
 * The arm whose weight band holds the point, walking arms by position, so each arm gets its weight's
 * share of visitors. Arms must be non-empty with positive weights.
 */
export function pickArm<TArm extends WeightedArm>(arms: readonly TArm[], point: number): TArm {
  if (arms.length === 0) throw new RangeError('an experiment needs at least one arm');
  const ordered = [...arms].sort((a, b) => a.position - b.position);
  const total = ordered.reduce((sum, arm) => sum + arm.weight, 0);
  if (!(total > 0) || ordered.some((arm) => !(arm.weight > 0)))
    throw new RangeError('weights must be positive');
  let threshold = 0;
  const target = point * total;
  for (const arm of ordered) {
    threshold += arm.weight;
    if (target < threshold) return arm;
  }
  return ordered[ordered.length - 1];
}
