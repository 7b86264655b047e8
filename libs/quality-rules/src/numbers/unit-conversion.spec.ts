import { imperialUnitOf, isUnitConversionOf } from './unit-conversion';

describe('isUnitConversionOf', () => {
  it('recognises rounded metric-to-imperial conversions', () => {
    expect(isUnitConversionOf(0.47, [1.2])).toBe(true); // cm → in
    expect(isUnitConversionOf(72, [183])).toBe(true); // cm → in
    expect(isUnitConversionOf(2.4, [1.1])).toBe(true); // kg → lb
  });

  it('converts litres into cubic feet when printed in cu ft', () => {
    expect(isUnitConversionOf(10.6, [300], 'cu ft')).toBe(true);
    expect(isUnitConversionOf(12.6, [300], 'cu ft')).toBe(false);
  });

  it('recognises Celsius to Fahrenheit', () => {
    expect(isUnitConversionOf(176, [80])).toBe(true);
    expect(isUnitConversionOf(392, [200])).toBe(true);
  });

  it('rejects numbers that convert nothing', () => {
    expect(isUnitConversionOf(480, [1.2, 183, 80])).toBe(false);
  });

  it('checks a conversion against the unit it is printed in', () => {
    // 70 °C is 158 °F; 167 °F converts nothing in °F, although 10 in³ is 164 cm³.
    expect(isUnitConversionOf(158, [10, 35, 70], '°F')).toBe(true);
    expect(isUnitConversionOf(167, [10, 35, 70], '°F')).toBe(false);
    expect(isUnitConversionOf(167, [10, 35, 70])).toBe(true);
    // 150 mm is 5.9 in, not 7.9 in.
    expect(isUnitConversionOf(5.9, [150], 'in')).toBe(true);
    expect(isUnitConversionOf(7.9, [150], 'in')).toBe(false);
    // -30 °C is -22 °F; numbers are read without their sign.
    expect(isUnitConversionOf(22, [30, 80], '°F')).toBe(true);
    // 35 km/h is 22 mph.
    expect(isUnitConversionOf(22, [35], 'mi')).toBe(true);
  });

  it.each([
    ['°F', '°F'],
    ['inches', 'in'],
    ['fl oz', 'oz'],
    ['lbs', 'lb'],
    ['sq ft', 'sq ft'],
    ['mph', 'mi'],
  ])('names %s as %s', (text, unit) => {
    expect(imperialUnitOf(text)).toBe(unit);
  });
});
