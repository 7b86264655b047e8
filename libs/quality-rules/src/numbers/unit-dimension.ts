/**
 * What a number measures, read from the unit written right after it: a length, a mass, a temperature… Only units a
 * listing writes unambiguously after digits are read; anything else (a count, a span of time, a bare number) has no
 * dimension, and then nothing is compared.
 */
export type UnitDimension =
  | 'length'
  | 'mass'
  | 'volume'
  | 'power'
  | 'temperature'
  | 'voltage'
  | 'charge'
  | 'energy'
  | 'data'
  | 'percentage';

const SPACE = '[\\s\\u00a0\\u202f]?';

/** Units after a number of the Chinese source (its own units and the Latin symbols it writes). */
const SOURCE_UNITS: ReadonlyArray<readonly [RegExp, readonly UnitDimension[]]> = [
  [/^\s*(?:厘米|公分|毫米|千米|公里|英寸|寸|米|cm|mm|km|m(?![a-z²³]))/iu, ['length']],
  [/^\s*(?:毫克|千克|公斤|克|斤|mg|kg|g(?![a-z]))/iu, ['mass']],
  [/^\s*(?:毫升|升|ml|l(?![a-z]))/iu, ['volume']],
  [/^\s*(?:千瓦时|kwh|wh)/iu, ['energy']],
  [/^\s*(?:千瓦|瓦|kw|w(?![a-z]))/iu, ['power']],
  [/^\s*(?:℃|°c|摄氏度)/iu, ['temperature']],
  // 度 is a degree of heat or of angle, or a kilowatt-hour of electricity (每天0.5度).
  [/^\s*度/u, ['temperature', 'energy']],
  [/^\s*(?:伏|v(?![a-z]))/iu, ['voltage']],
  [/^\s*(?:毫安时?|mah|安时|ah)/iu, ['charge']],
  [/^\s*(?:gb|tb|mb)/iu, ['data']],
  [/^\s*%/u, ['percentage']],
];

/**
 * Metric units after a number of a translation, in the five languages (longest first where they overlap). Imperial
 * units are left out: a listing prints them as conversions (`1.8 kg (4 lb)`), whose numbers may equal any source value.
 */
const TARGET_UNITS: ReadonlyArray<readonly [RegExp, UnitDimension]> = [
  [new RegExp(`^${SPACE}(?:kwh|wh|kilowattstunden?|キロワット時)(?![\\p{L}])`, 'iu'), 'energy'],
  [new RegExp(`^${SPACE}(?:mah|ah)(?![\\p{L}])`, 'iu'), 'charge'],
  [new RegExp(`^${SPACE}(?:gb|tb|mb)(?![\\p{L}])`, 'iu'), 'data'],
  // French octets, capitalised: `to` and `mo` are words too (`45 to 65 °C`).
  [new RegExp(`^${SPACE}(?:Go|To|Mo)(?![\\p{L}])`, 'u'), 'data'],
  [
    new RegExp(
      `^${SPACE}(?:mm|cm|km|m|millim\\p{L}*|centim\\p{L}*|kilom\\p{L}*|met(?:er|re)s?|mètres?|metros?|ミリ|センチ|メートル|キロメートル)(?![\\p{L}²³])`,
      'iu',
    ),
    'length',
  ],
  [
    new RegExp(
      `^${SPACE}(?:mg|kg|g|gramm?e?s?|gramos?|kilos?|kilogra\\p{L}*|グラム|キロ(?!メートル))(?![\\p{L}])`,
      'iu',
    ),
    'mass',
  ],
  [
    new RegExp(`^${SPACE}(?:ml|cl|l|lit(?:er|re)s?|litros?|ミリリットル|リットル)(?![\\p{L}])`, 'iu'),
    'volume',
  ],
  [new RegExp(`^${SPACE}(?:kw|w|watts?|ワット)(?![\\p{L}])`, 'iu'), 'power'],
  [new RegExp(`^${SPACE}(?:°\\s?c|℃|grad celsius|degrés?|grados?)`, 'iu'), 'temperature'],
  [new RegExp(`^${SPACE}(?:v|volts?|ボルト)(?![\\p{L}])`, 'iu'), 'voltage'],
  [new RegExp(`^${SPACE}(?:%|％|prozent|pour\\s?cent|por\\s?ciento|percent)`, 'iu'), 'percentage'],
];

/** The dimensions a source number may measure, from the source text after its digits (empty: unknown). */
export function sourceDimensionsAfter(after: string): readonly UnitDimension[] {
  return SOURCE_UNITS.find(([pattern]) => pattern.test(after))?.[1] ?? [];
}

/** The dimension a number of a translation measures, from the text after it (undefined: unknown). */
export function targetDimensionAfter(after: string): UnitDimension | undefined {
  const text = after.slice(0, 24);
  return TARGET_UNITS.find(([pattern]) => pattern.test(text))?.[1];
}
