import { UsageForecast } from './usage-forecast';

describe('UsageForecast', () => {
  it('knows nothing about a kind of call until three of them finished', () => {
    const forecast = new UsageForecast();
    for (let i = 0; i < 2; i += 1) forecast.record('content:en:v1', 700);
    expect(forecast.expected('content:en:v1')).toBeUndefined();
    forecast.record('content:en:v1', 700);
    expect(forecast.expected('content:en:v1')).toBe(700);
    expect(forecast.expected('content:ja:v1')).toBeUndefined();
  });

  it('is the mean of the first calls', () => {
    const forecast = new UsageForecast();
    [600, 800, 700, 900, 500, 700, 650, 750].forEach((tokens) => forecast.record('k', tokens));
    expect(forecast.expected('k')).toBeCloseTo(700);
  });

  it('follows a lasting change within a few dozen calls', () => {
    const forecast = new UsageForecast();
    for (let i = 0; i < 100; i += 1) forecast.record('k', 700);
    for (let i = 0; i < 64; i += 1) forecast.record('k', 1_400);
    expect(forecast.expected('k')).toBeGreaterThan(1_300);
  });

  it("takes the group's mean when it rests on more calls than its own", () => {
    const forecast = new UsageForecast();
    forecast.record('k', 2_000);
    forecast.adopt('k', { mean: 700, samples: 40 });
    expect(forecast.expected('k')).toBe(700);
    forecast.adopt('k', { mean: 5_000, samples: 12 });
    expect(forecast.expected('k')).toBe(700);
    forecast.adopt('other', { mean: Number.NaN, samples: 90 });
    expect(forecast.learned().has('other')).toBe(false);
    expect(forecast.learned().get('k')).toEqual({ mean: 700, samples: 40 });
  });
});
