import { drawStratifiedSample, SamplingUnit, stratumSampleSize } from './stratified-sample';

function population(counts: Record<string, number>): SamplingUnit[] {
  return Object.entries(counts).flatMap(([stratum, count]) => {
    const [language, category] = stratum.split('/');
    return Array.from({ length: count }, (_, index) => ({
      versionId: `${language}-${category}-${String(index).padStart(4, '0')}`,
      language,
      category,
    }));
  });
}

describe('stratumSampleSize', () => {
  it('rounds a rate up, so a small stratum still gets one check', () => {
    expect(stratumSampleSize(30, { rate: 0.1 })).toBe(3);
    expect(stratumSampleSize(31, { rate: 0.1 })).toBe(4);
    expect(stratumSampleSize(3, { rate: 0.05 })).toBe(1);
    expect(stratumSampleSize(1000, { rate: 1e-12 })).toBe(1);
  });

  it('takes the larger of rate and count, never more than the stratum holds', () => {
    expect(stratumSampleSize(100, { rate: 0.05, count: 10 })).toBe(10);
    expect(stratumSampleSize(1000, { rate: 0.05, count: 10 })).toBe(50);
    expect(stratumSampleSize(4, { count: 10 })).toBe(4);
    expect(stratumSampleSize(0, { count: 10 })).toBe(0);
  });

  it('refuses a plan without a size, a rate outside (0, 1] and a count below 1', () => {
    expect(() => stratumSampleSize(10, {})).toThrow('a rate or a count');
    expect(() => stratumSampleSize(10, { rate: 0 })).toThrow('rate');
    expect(() => stratumSampleSize(10, { rate: 1.5 })).toThrow('rate');
    expect(() => stratumSampleSize(10, { count: 0 })).toThrow('count');
    expect(() => stratumSampleSize(10, { count: 2.5 })).toThrow('count');
  });
});

describe('drawStratifiedSample', () => {
  const units = population({ 'en/toys': 50, 'en/kitchen': 7, 'de/toys': 20, 'ja/beauty': 2 });

  it('draws the same versions from the same seed, whatever order the rows come in', () => {
    const first = drawStratifiedSample(units, { count: 5 }, 42);
    const shuffled = [...units].sort((a, b) =>
      a.versionId.split('').reverse().join('') < b.versionId.split('').reverse().join('') ? -1 : 1,
    );
    const again = drawStratifiedSample(shuffled, { count: 5 }, 42);
    expect(again.versionIds).toEqual(first.versionIds);
  });

  it('draws other versions from another seed', () => {
    const first = drawStratifiedSample(units, { count: 5 }, 42);
    const other = drawStratifiedSample(units, { count: 5 }, 43);
    expect(other.versionIds).not.toEqual(first.versionIds);
    expect(other.versionIds).toHaveLength(first.versionIds.length);
  });

  it('draws per stratum, taking a whole stratum smaller than the count', () => {
    const sample = drawStratifiedSample(units, { count: 5 }, 7);
    expect(sample.strata).toEqual([
      { language: 'de', category: 'toys', population: 20, drawn: 5 },
      { language: 'en', category: 'kitchen', population: 7, drawn: 5 },
      { language: 'en', category: 'toys', population: 50, drawn: 5 },
      { language: 'ja', category: 'beauty', population: 2, drawn: 2 },
    ]);
    expect(sample.versionIds).toHaveLength(17);
    expect(sample.versionIds.filter((id) => id.startsWith('ja-beauty'))).toEqual(
      expect.arrayContaining(['ja-beauty-0000', 'ja-beauty-0001']),
    );
    expect(new Set(sample.versionIds).size).toBe(17);
  });

  it('draws a share of each stratum with a rate', () => {
    const sample = drawStratifiedSample(units, { rate: 0.1 }, 7);
    expect(sample.strata.map((stratum) => stratum.drawn)).toEqual([2, 1, 5, 1]);
  });

  it('draws nothing from an empty population', () => {
    expect(drawStratifiedSample([], { count: 5 }, 1)).toEqual({ versionIds: [], strata: [] });
  });

  it('keeps drawn versions drawn when versions are added, unless a newcomer outranks them', () => {
    const before = drawStratifiedSample(units, { count: 5 }, 9).versionIds;
    const grown = [...units, { versionId: 'zz-new', language: 'de', category: 'toys' }];
    const after = drawStratifiedSample(grown, { count: 5 }, 9).versionIds;
    const kept = before.filter((id) => after.includes(id));
    expect(kept.length).toBeGreaterThanOrEqual(before.length - 1);
  });

  it('gives every version of a stratum about the same chance over many seeds', () => {
    const stratum = population({ 'en/toys': 20 });
    const drawnTimes = new Map(stratum.map((unit) => [unit.versionId, 0]));
    const seeds = 4000;
    for (let seed = 0; seed < seeds; seed++) {
      for (const id of drawStratifiedSample(stratum, { count: 5 }, seed).versionIds)
        drawnTimes.set(id, (drawnTimes.get(id) ?? 0) + 1);
    }
    // Expected 1,000 each (5 of 20 over 4,000 seeds); binomial sd ≈ 27, so ±150 is over 5 sd.
    for (const times of drawnTimes.values()) expect(Math.abs(times - 1000)).toBeLessThan(150);
  });

  it('refuses a seed that is not a whole number ≥ 0', () => {
    expect(() => drawStratifiedSample(units, { count: 1 }, -1)).toThrow('seed');
    expect(() => drawStratifiedSample(units, { count: 1 }, 1.5)).toThrow('seed');
  });
});
