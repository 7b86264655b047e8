/** A published version as the sampler sees it: its id and the stratum it belongs to. */
export interface SamplingUnit {
  versionId: string;
  language: string;
  category: string;
}

/**
 * How many versions to draw per stratum (language × category): a share of the stratum (rounded up, so a small
 * stratum is never skipped), a fixed count, or both — then the larger of the two. Never more than the stratum holds.
 */
export interface SamplingPlan {
  rate?: number;
  count?: number;
}

export interface StratumDraw {
  language: string;
  category: string;
  /** Published versions in the stratum. */
  population: number;
  /** Versions drawn from it. */
  drawn: number;
}

export interface StratifiedSample {
  /** The drawn version ids, stratum by stratum (language, then category), each stratum in draw order. */
  versionIds: string[];
  strata: StratumDraw[];
}

/** How many units a plan draws from a stratum of `population`. */
export function stratumSampleSize(population: number, plan: SamplingPlan): number {
  if (plan.rate === undefined && plan.count === undefined)
    throw new RangeError('a plan needs a rate or a count');
  if (plan.rate !== undefined && !(plan.rate > 0 && plan.rate <= 1))
    throw new RangeError(`rate must be above 0 and at most 1, got ${plan.rate}`);
  if (plan.count !== undefined && !(Number.isInteger(plan.count) && plan.count >= 1))
    throw new RangeError(`count must be a whole number ≥ 1, got ${plan.count}`);
  // The epsilon keeps 0.1 × 30 at 3: in binary it is 3.0000000000000004 and would round up to 4. At least one,
  // so that a rate too small to matter for a stratum (or one the epsilon swallows) still samples it.
  const byRate = plan.rate === undefined ? 0 : Math.max(1, Math.ceil(plan.rate * population - 1e-9));
  return Math.min(population, Math.max(byRate, plan.count ?? 0));
}

/**
 * Draws a stratified random sample without replacement: within each stratum the units are ranked by a hash of
 * (seed, version id) and the first ones taken. The same seed and population give the same sample whatever order
 * the rows arrive in; a version's rank does not depend on the other versions, so adding versions to a stratum
 * only displaces drawn ones that rank below a newcomer.
 */
export function drawStratifiedSample(
  units: readonly SamplingUnit[],
  plan: SamplingPlan,
  seed: number,
): StratifiedSample {
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new RangeError(`seed must be a whole number ≥ 0, got ${seed}`);
  const strata = new Map<string, { language: string; category: string; units: SamplingUnit[] }>();
  for (const unit of units) {
    const key = `${unit.language}\u0000${unit.category}`;
    const stratum = strata.get(key) ?? { language: unit.language, category: unit.category, units: [] };
    stratum.units.push(unit);
    strata.set(key, stratum);
  }
  const ordered = [...strata.values()].sort(
    (a, b) => compareText(a.language, b.language) || compareText(a.category, b.category),
  );
  const versionIds: string[] = [];
  const draws: StratumDraw[] = [];
  for (const stratum of ordered) {
    const size = stratumSampleSize(stratum.units.length, plan);
    const ranked = stratum.units
      .map((unit) => ({ versionId: unit.versionId, rank: sampleRank(seed, unit.versionId) }))
      .sort((a, b) => a.rank - b.rank || compareText(a.versionId, b.versionId));
    versionIds.push(...ranked.slice(0, size).map((unit) => unit.versionId));
    draws.push({
      language: stratum.language,
      category: stratum.category,
      population: stratum.units.length,
      drawn: size,
    });
  }
  return { versionIds, strata: draws };
}

/** Code-unit order, not the locale's: the draw must not depend on the machine's collation. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A 53-bit hash of seed and id (cyrb53: two 32-bit multiply-xorshift lanes). Not cryptographic — nobody gains
 * by predicting the draw — but well mixed, fast for 100,000s of ids, and the same on every platform.
 */
export function sampleRank(seed: number, id: string): number {
  const low = seed % 0x1_0000_0000;
  const high = Math.floor(seed / 0x1_0000_0000);
  let h1 = 0xdeadbeef ^ low;
  let h2 = 0x41c6ce57 ^ high ^ low;
  for (let index = 0; index < id.length; index++) {
    const code = id.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
