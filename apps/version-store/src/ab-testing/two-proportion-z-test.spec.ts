import { conversionRate, normalCdf, twoProportionZTest } from './two-proportion-z-test';

describe('normalCdf', () => {
  it('matches the standard normal table', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.841345, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.975002, 6);
    expect(normalCdf(-1.645)).toBeCloseTo(0.049985, 6);
    expect(normalCdf(2.576)).toBeCloseTo(0.995002, 6);
  });
});

describe('twoProportionZTest', () => {
  it('finds 20 % vs 25 % on 1,000 impressions each significant (z = 2.677, p = 0.0074)', () => {
    const result = twoProportionZTest(
      { impressions: 1000, conversions: 200 },
      { impressions: 1000, conversions: 250 },
    );
    expect(result.z).toBeCloseTo(2.6774, 4);
    expect(result.pValue).toBeCloseTo(0.00742, 5);
    expect(result.significant).toBe(true);
  });

  it('finds 5 % vs 6 % on 5,000 impressions each significant (z = 2.193, p = 0.0283)', () => {
    const result = twoProportionZTest(
      { impressions: 5000, conversions: 250 },
      { impressions: 5000, conversions: 300 },
    );
    expect(result.z).toBeCloseTo(2.1932, 4);
    expect(result.pValue).toBeCloseTo(0.0283, 4);
    expect(result.significant).toBe(true);
  });

  it('does not call 10 % vs 12 % on 100 impressions significant (z = 0.452, p = 0.651)', () => {
    const result = twoProportionZTest(
      { impressions: 100, conversions: 10 },
      { impressions: 100, conversions: 12 },
    );
    expect(result.z).toBeCloseTo(0.452, 3);
    expect(result.pValue).toBeCloseTo(0.6513, 4);
    expect(result.significant).toBe(false);
  });

  it('is symmetric: a worse variant gets a negative z and the same p', () => {
    const better = twoProportionZTest(
      { impressions: 1000, conversions: 200 },
      { impressions: 1000, conversions: 250 },
    );
    const worse = twoProportionZTest(
      { impressions: 1000, conversions: 250 },
      { impressions: 1000, conversions: 200 },
    );
    expect(worse.z).toBeCloseTo(-(better.z as number), 10);
    expect(worse.pValue).toBeCloseTo(better.pValue as number, 10);
  });

  it('returns no statistic without data or without variance', () => {
    expect(
      twoProportionZTest({ impressions: 0, conversions: 0 }, { impressions: 10, conversions: 1 }),
    ).toEqual({
      z: null,
      pValue: null,
      significant: false,
    });
    expect(
      twoProportionZTest({ impressions: 10, conversions: 0 }, { impressions: 10, conversions: 0 }).z,
    ).toBeNull();
  });

  it('refuses more conversions than impressions', () => {
    expect(() =>
      twoProportionZTest({ impressions: 10, conversions: 11 }, { impressions: 10, conversions: 1 }),
    ).toThrow(RangeError);
  });
});

describe('conversionRate', () => {
  it('is conversions over impressions, null without impressions', () => {
    expect(conversionRate({ impressions: 200, conversions: 50 })).toBe(0.25);
    expect(conversionRate({ impressions: 0, conversions: 0 })).toBeNull();
  });
});
