import { NumericMention, sameValue } from './numeric-value';
import { timeUnitAfter } from './time-units';

/**
 * A source value restated with another metric prefix: 1200 m written 1.2 km, 1.5 kg written 1500 g, 175 cm written
 * 1.75 m, 2000 mAh written 2 Ah, 24个月 written 2 years; and the Chinese 斤 (500 g) in metric: 约20斤 written about 10 kg. Only the unit pairs
 * below, and only when the source names the unit: a bare factor of 1000 would let an invented 1,000 ml pass for any
 * source 1.
 */
export interface PrefixRestatement {
  /** The value as the translation may write it. */
  value: number;
  /** The unit it is written in. */
  unit: PrefixedUnit;
  /** The source value it restates. */
  source: number;
}

type PrefixedUnit =
  | 'km'
  | 'm'
  | 'cm'
  | 'mm'
  | 'kg'
  | 'g'
  | 'jin'
  | 'l'
  | 'ml'
  | 'ah'
  | 'mah'
  | 'kw'
  | 'w'
  | 'khz'
  | 'hz'
  | 'month'
  | 'year';

/** The unit of a source value, read right after its digits (`1200米`, `1.5公斤`, `2000mAh`). */
const SOURCE_UNITS: ReadonlyArray<readonly [PrefixedUnit, RegExp]> = [
  ['km', /^\s*(?:千米|公里|km(?![a-z]))/iu],
  ['cm', /^\s*(?:厘米|公分|cm(?![a-z]))/iu],
  ['mm', /^\s*(?:毫米|mm(?![a-z]))/iu],
  ['m', /^\s*(?:米|m(?![a-z²³]))/iu],
  ['kg', /^\s*(?:千克|公斤|kg(?![a-z]))/iu],
  ['g', /^\s*(?:克|g(?![a-z]))/iu],
  ['jin', /^\s*斤/u],
  ['ml', /^\s*(?:毫升|ml(?![a-z]))/iu],
  ['l', /^\s*(?:升|l(?![a-z]))/iu],
  ['mah', /^\s*(?:毫安时?|mah(?![a-z]))/iu],
  ['ah', /^\s*(?:安时|ah(?![a-z]))/iu],
  ['kw', /^\s*(?:千瓦|kw(?![a-z]))/iu],
  ['w', /^\s*(?:瓦|w(?![a-z]))/iu],
  ['khz', /^\s*(?:千赫兹?|khz(?![a-z]))/iu],
  ['hz', /^\s*(?:赫兹|hz(?![a-z]))/iu],
  ['month', /^\s*个月/u],
  ['year', /^\s*年(?![级代份])/u],
];

/** The units a source unit may be restated in, and the factor from the source value to the restated one. */
const RESTATED_AS: Partial<Record<PrefixedUnit, ReadonlyArray<readonly [PrefixedUnit, number]>>> = {
  m: [
    ['km', 1 / 1000],
    ['cm', 100],
  ],
  km: [['m', 1000]],
  cm: [
    ['m', 1 / 100],
    ['mm', 10],
  ],
  mm: [
    ['m', 1 / 1000],
    ['cm', 1 / 10],
  ],
  g: [['kg', 1 / 1000]],
  kg: [['g', 1000]],
  jin: [
    ['kg', 1 / 2],
    ['g', 500],
  ],
  ml: [['l', 1 / 1000]],
  l: [['ml', 1000]],
  mah: [['ah', 1 / 1000]],
  w: [['kw', 1 / 1000]],
  kw: [['w', 1000]],
  hz: [['khz', 1 / 1000]],
  khz: [['hz', 1000]],
  month: [['year', 1 / 12]],
  year: [['month', 12]],
};

/** The unit a translation writes after a number, in the five languages. */
const TARGET_UNITS: ReadonlyArray<readonly [PrefixedUnit, RegExp]> = [
  ['km', /^[\s\u00a0\u202f]?(?:km|kilom[eè]t\p{L}*|kil[oó]metros?|キロメートル|キロ)(?!\p{L})/iu],
  ['cm', /^[\s\u00a0\u202f]?(?:cm|centim\p{L}*|centímetros?|センチ(?:メートル)?)(?!\p{L})/iu],
  ['mm', /^[\s\u00a0\u202f]?(?:mm|millim\p{L}*|milímetros?|ミリ(?:メートル)?)(?!\p{L})/iu],
  ['m', /^[\s\u00a0\u202f]?(?:m|met(?:er|re)s?|mètres?|metros?|メートル)(?![\p{L}²³])/iu],
  ['kg', /^[\s\u00a0\u202f]?(?:kg|kilos?|kilogra\p{L}*|キログラム|キロ)(?!\p{L})/iu],
  ['g', /^[\s\u00a0\u202f]?(?:g|grams?|grammes?|gramos?|gramm|グラム)(?!\p{L})/iu],
  ['ml', /^[\s\u00a0\u202f]?(?:ml|millilit\p{L}*|mililitros?|ミリリットル)(?!\p{L})/iu],
  ['l', /^[\s\u00a0\u202f]?(?:l|ℓ|lit(?:er|re)s?|litros?|liter|リットル)(?!\p{L})/iu],
  ['mah', /^[\s\u00a0\u202f]?mah(?!\p{L})/iu],
  ['ah', /^[\s\u00a0\u202f]?ah(?!\p{L})/iu],
  ['kw', /^[\s\u00a0\u202f]?(?:kw|kilowatt\p{L}*|キロワット)(?!\p{L})/iu],
  ['w', /^[\s\u00a0\u202f]?(?:w|watts?|ワット)(?!\p{L})/iu],
  ['khz', /^[\s\u00a0\u202f]?khz(?!\p{L})/iu],
  ['hz', /^[\s\u00a0\u202f]?hz(?!\p{L})/iu],
  ['year', timeUnitAfter('year')],
  ['month', timeUnitAfter('month')],
];

const unitAt = (units: ReadonlyArray<readonly [PrefixedUnit, RegExp]>, after: string) =>
  units.find(([, pattern]) => pattern.test(after))?.[0];

/** How a source value may be restated, given the source text after its digits (`1200米` → 1.2 km, 120,000 cm). */
export function restatementsAfter(value: number, after: string): PrefixRestatement[] {
  const unit = unitAt(SOURCE_UNITS, after);
  return (unit ? (RESTATED_AS[unit] ?? []) : []).map(([restatedUnit, factor]) => ({
    value: value * factor,
    unit: restatedUnit,
    source: value,
  }));
}

/** The restatement a number of a target text is, given the text after it. */
export function restatementOf(
  mention: NumericMention,
  after: string,
  restatements: readonly PrefixRestatement[],
): PrefixRestatement | undefined {
  if (!restatements.length) return undefined;
  const unit = unitAt(TARGET_UNITS, after.slice(0, 16));
  return restatements.find((r) => r.unit === unit && sameValue(r.value, mention.value));
}
