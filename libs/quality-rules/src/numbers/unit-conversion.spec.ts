import { isUnitConversionOf } from './unit-conversion';

describe('isUnitConversionOf', () => {
  it('recognises rounded metric-to-imperial conversions', () => {
    expect(isUnitConversionOf(0.47, [1.2])).toBe(true); // cm → in
    expect(isUnitConversionOf(72, [183])).toBe(true); // cm → in
    expect(isUnitConversionOf(2.4, [1.1])).toBe(true); // kg → lb
  });

  it('recognises Celsius to Fahrenheit', () => {
    expect(isUnitConversionOf(176, [80])).toBe(true);
    expect(isUnitConversionOf(392, [200])).toBe(true);
  });

  it('rejects numbers that convert nothing', () => {
    expect(isUnitConversionOf(480, [1.2, 183, 80])).toBe(false);
  });
});
