/**
 * Factors between metric and imperial (and back) units that listings print side by side:
 * cm↔in, mm↔in, m↔ft/yd, km↔mi, kg↔lb, g↔oz, l↔gal/qt, ml↔fl oz, m²↔ft², m³↔ft³, cm³↔in³, metric prefixes,
 * metres of water ↔ atm/bar and bar ↔ psi.
 */
const LINEAR_FACTORS = [
  2.54, 25.4, 3.28084, 0.0328084, 1.09361, 0.621371, 2.20462, 0.0022046, 0.035274, 0.264172, 1.05669,
  0.033814, 10.7639, 35.3147, 0.0610237, 0.0393701, 0.393701,
  // Metric prefixes (1.2 kg (1,200 g), 50 mm (5 cm)); water resistance 50 m = 5 ATM = 5 bar; bar ↔ psi.
  10, 1000, 14.5038,
  // Durations: 36 months (3 years), 48 h (2 days), 90 min (1.5 h), 14 days (2 weeks).
  12, 60, 24, 7,
].flatMap((factor) => [factor, 1 / factor]);

/** Relative tolerance: printed conversions are rounded (1.2 cm → 0.47 in). */
const TOLERANCE = 0.03;

const close = (printed: number, exact: number): boolean =>
  Math.abs(printed - exact) <= Math.max(TOLERANCE * Math.abs(exact), 0.05);

/** True when `printed` is a unit conversion of one of the source values (°C↔°F included). */
export function isUnitConversionOf(printed: number, sourceValues: readonly number[]): boolean {
  return sourceValues.some(
    (value) =>
      value !== 0 &&
      (LINEAR_FACTORS.some((factor) => close(printed, value * factor)) ||
        close(printed, (value * 9) / 5 + 32) ||
        close(printed, ((value - 32) * 5) / 9)),
  );
}
