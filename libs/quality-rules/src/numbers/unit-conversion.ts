/**
 * Factors between metric and imperial (and back) units that listings print side by side:
 * cm↔in, mm↔in, m↔ft/yd, km↔mi, kg↔lb, g↔oz, l↔gal/qt, ml↔fl oz, m²↔ft², m³↔ft³, cm³↔in³, metric prefixes,
 * metres of water ↔ atm/bar and bar ↔ psi.
 */
const LINEAR_FACTORS = [
  2.54, 25.4, 3.28084, 0.0328084, 1.09361, 0.621371, 2.20462, 0.0022046, 0.035274, 0.264172, 1.05669,
  0.033814, 10.7639, 35.3147, 0.0610237, 0.0393701, 0.393701,
  // Metric prefixes (1.2 kg (1,200 g), 50 mm (5 cm), 1.5 m (150 cm)); water resistance 50 m = 5 ATM = 5 bar; bar ↔ psi.
  10,
  100, 1000, 14.5038,
  // Durations: 36 months (3 years), 48 h (2 days), 90 min (1.5 h), 14 days (2 weeks).
  12, 60, 24, 7,
].flatMap((factor) => [factor, 1 / factor]);

/** Relative tolerance: printed conversions are rounded (1.2 cm → 0.47 in). */
const TOLERANCE = 0.03;

const close = (printed: number, exact: number): boolean =>
  Math.abs(printed - exact) <= Math.max(TOLERANCE * Math.abs(exact), 0.05);

/** An imperial unit a conversion is printed in, as {@link imperialUnitOf} names it. */
export type ImperialUnit = 'in' | 'ft' | 'yd' | 'mi' | 'lb' | 'oz' | 'gal' | 'qt' | 'sq ft' | 'cu ft' | '°F';

/**
 * The factors from the metric units a listing states into each imperial unit: a printed `(7.9 in)` must be a
 * source length in inches, not any source value times any factor (10 × 16.39, cubic inches to cubic centimetres,
 * let an invented 167 °F pass as a conversion).
 */
const INTO_IMPERIAL: Record<Exclude<ImperialUnit, '°F'>, readonly number[]> = {
  in: [0.393701, 0.0393701, 39.3701],
  ft: [3.28084, 0.0328084],
  yd: [1.09361],
  mi: [0.621371],
  lb: [2.20462, 0.0022046],
  oz: [0.035274, 35.274, 0.033814, 33.814],
  gal: [0.264172, 0.000264172],
  qt: [1.05669, 0.00105669],
  'sq ft': [10.7639],
  'cu ft': [35.3147, 0.0353147],
};

/** The imperial unit a unit text names (`°F`, `inches`, `fl oz`), or undefined. */
export function imperialUnitOf(unitText: string): ImperialUnit | undefined {
  const unit = unitText.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^(?:°\s?f|℉)/u.test(unit)) return '°F';
  if (/^sq\.?\s?ft/u.test(unit)) return 'sq ft';
  if (/^cu\.?\s?ft/u.test(unit)) return 'cu ft';
  if (/^(?:fl\.?\s?)?oz/u.test(unit)) return 'oz';
  if (/^(?:in\b|inch|inches|"|″)/u.test(unit)) return 'in';
  if (/^(?:ft\b|feet|foot)/u.test(unit)) return 'ft';
  if (/^(?:yd|yards?)/u.test(unit)) return 'yd';
  if (/^(?:mi\b|miles?|mph\b)/u.test(unit)) return 'mi';
  if (/^lbs?\b/u.test(unit)) return 'lb';
  if (/^gal/u.test(unit)) return 'gal';
  if (/^(?:qt|quarts?)/u.test(unit)) return 'qt';
  return undefined;
}

/**
 * True when `printed` is a unit conversion of one of the source values (°C↔°F included). Given the unit it is
 * printed in, only that unit's conversion counts.
 */
export function isUnitConversionOf(
  printed: number,
  sourceValues: readonly number[],
  into?: ImperialUnit,
): boolean {
  return sourceValues.some((value) => {
    // 0 °C is 32 °F; a 0 converts to nothing else.
    if (value === 0) return into === '°F' && close(printed, 32);
    // Numbers are read without their sign: -30 °C is 30 in the source and -22 °F is 22 in the copy.
    if (into === '°F') return [value, -value].some((c) => close(printed, Math.abs((c * 9) / 5 + 32)));
    if (into) return INTO_IMPERIAL[into].some((factor) => close(printed, value * factor));
    return (
      LINEAR_FACTORS.some((factor) => close(printed, value * factor)) ||
      close(printed, (value * 9) / 5 + 32) ||
      close(printed, ((value - 32) * 5) / 9)
    );
  });
}
