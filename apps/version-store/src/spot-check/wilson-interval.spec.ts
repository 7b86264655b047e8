import { wilsonInterval } from './wilson-interval';

describe('wilsonInterval', () => {
  it('has no interval without trials', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('matches the published 95 % interval for 8 of 10 (0.490, 0.943)', () => {
    const interval = wilsonInterval(8, 10);
    expect(interval?.lower).toBeCloseTo(0.4902, 4);
    expect(interval?.upper).toBeCloseTo(0.9433, 4);
  });

  it('matches 87 of 100 (the design’s first-attempt target): (0.7902, 0.9224)', () => {
    const interval = wilsonInterval(87, 100);
    expect(interval?.lower).toBeCloseTo(0.7902, 4);
    expect(interval?.upper).toBeCloseTo(0.9224, 4);
  });

  it('keeps an upper bound below 1 when every check passes, and reaches exactly 1', () => {
    const interval = wilsonInterval(20, 20);
    expect(interval?.upper).toBe(1);
    expect(interval?.lower).toBeCloseTo(0.8389, 4);
  });

  it('starts exactly at 0 when every check fails, with an upper bound above 0', () => {
    const interval = wilsonInterval(0, 20);
    expect(interval?.lower).toBe(0);
    expect(interval?.upper).toBeCloseTo(0.1611, 4);
  });

  it('is symmetric: the interval of failures mirrors the interval of passes', () => {
    const passes = wilsonInterval(3, 11);
    const failures = wilsonInterval(8, 11);
    expect(passes?.lower).toBeCloseTo(1 - (failures?.upper ?? NaN), 12);
    expect(passes?.upper).toBeCloseTo(1 - (failures?.lower ?? NaN), 12);
  });

  it('narrows as the sample grows', () => {
    const small = wilsonInterval(9, 10)!;
    const large = wilsonInterval(900, 1000)!;
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
  });

  it('refuses impossible counts', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 2.5)).toThrow(RangeError);
  });
});
