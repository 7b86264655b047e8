import { gcraAdmit, gcraLimitForWindow, gcraReconcile } from './gcra';

describe('GCRA', () => {
  const limit = gcraLimitForWindow(600, 60_000, 10);

  it('spreads what the burst leaves of the budget evenly over the window', () => {
    expect(limit.emissionIntervalMs).toBeCloseTo(60_000 / 590);
    expect(limit.toleranceMs).toBeCloseTo(10 * (60_000 / 590));
  });

  it('admits the burst at once, then one per emission interval', () => {
    let tat = 0;
    const now = 1_000_000;
    for (let i = 0; i < 10; i += 1) {
      const decision = gcraAdmit(tat, now, 1, limit);
      if (!decision.admitted) throw new Error(`call ${i} refused`);
      tat = decision.tatMs;
    }
    const refused = gcraAdmit(tat, now, 1, limit);
    expect(refused).toEqual({ admitted: false, retryAfterMs: expect.closeTo(limit.emissionIntervalMs, 6) });
    expect(gcraAdmit(tat, now + limit.emissionIntervalMs, 1, limit).admitted).toBe(true);
  });

  it('admits a cost above the capacity only from a full bucket', () => {
    const small = gcraLimitForWindow(100, 60_000, 5);
    expect(gcraAdmit(0, 1_000, 50, small).admitted).toBe(true);
    expect(gcraAdmit(1_000 + small.emissionIntervalMs, 1_000, 50, small).admitted).toBe(false);
  });

  it('charges an under-estimate at once and gives an over-estimate back', () => {
    const now = 5_000;
    const tat = now + 3 * limit.emissionIntervalMs;
    expect(gcraReconcile(tat, now, 2, 3, limit)).toBeCloseTo(tat + limit.emissionIntervalMs);
    expect(gcraReconcile(tat, now, 3, 1, limit)).toBeCloseTo(tat - 2 * limit.emissionIntervalMs);
  });

  it('never gives back capacity that went unused while idle', () => {
    expect(gcraReconcile(1_000, 9_000, 5, 0, limit)).toBe(9_000);
  });

  it('rejects a burst that would leave no sustained rate', () => {
    expect(() => gcraLimitForWindow(10, 60_000, 10)).toThrow('burst');
    expect(() => gcraLimitForWindow(10, 60_000, 0)).toThrow('burst');
  });
});
