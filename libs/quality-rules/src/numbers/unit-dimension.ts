import { timeUnitAfter } from './time-units';
/**
 * What a number measures, read from the unit written right after it: a length, a mass, a temperature, a span of time,
 * an age, a number of pairs… Only units a listing writes unambiguously after a number are read; anything else (a
 * count of things, a bare number) has no dimension, and then nothing is compared. Inches are their own dimension: a
 * 24-inch screen is not 24 cm.
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
  | 'percentage'
  | 'inch'
  | 'duration'
  | 'age'
  | 'pair';

const SPACE = '[\\s\\u00a0\\u202f]?';

/** Units after a number of the Chinese source (its own units and the Latin symbols it writes). */
const SOURCE_UNITS: ReadonlyArray<readonly [RegExp, readonly UnitDimension[]]> = [
  [/^\s*(?:英寸|寸)/u, ['inch']],
  [/^\s*(?:厘米|公分|毫米|千米|公里|米|cm|mm|km|m(?![a-z²³]))/iu, ['length']],
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
  // An age is a span of time too: 3岁 may be written "3 years" as well as "ages 3".
  [/^\s*(?:周岁|岁)/u, ['age', 'duration']],
  [/^\s*(?:个)?(?:月龄)/u, ['age', 'duration']],
  [/^\s*(?:个)?(?:小时|钟头|分钟|秒钟?|星期|礼拜|个月|年|天|周)/u, ['duration']],
  [/^\s*(?:双|对|副)/u, ['pair']],
];

/** The high end of a range, after which the unit of both ends is written (5~12毫米, 三到六岁). */
const RANGE_TAIL = /^\s*(?:[-~～至到–—]|to)\s*[\d.〇一二两三四五六七八九十百千万]+/u;

/**
 * Metric units after a number of a translation, in the five languages (longest first where they overlap). Imperial
 * units are left out: a listing prints them as conversions (`1.8 kg (4 lb)`), whose numbers may equal any source value.
 */
const TARGET_UNITS: ReadonlyArray<readonly [RegExp, UnitDimension]> = [
  [new RegExp(`^${SPACE}(?:kwh|wh|kilowattstunden?|キロワット時)(?![\\p{Script=Latin}])`, 'iu'), 'energy'],
  [new RegExp(`^${SPACE}(?:mah|ah)(?![\\p{Script=Latin}])`, 'iu'), 'charge'],
  [new RegExp(`^${SPACE}(?:gb|tb|mb)(?![\\p{Script=Latin}])`, 'iu'), 'data'],
  // French octets, capitalised: `to` and `mo` are words too (`45 to 65 °C`).
  [new RegExp(`^${SPACE}(?:Go|To|Mo)(?![\\p{Script=Latin}])`, 'u'), 'data'],
  [
    new RegExp(
      `^${SPACE}(?:mm|cm|km|m|millim\\p{Script=Latin}*|centim\\p{Script=Latin}*|kilom\\p{Script=Latin}*|met(?:er|re)s?|mètres?|metros?|ミリ|センチ|メートル|キロメートル)(?![\\p{Script=Latin}²³])`,
      'iu',
    ),
    'length',
  ],
  [
    new RegExp(
      `^${SPACE}(?:mg|kg|g|gramm?e?s?|gramos?|kilos?|kilogra\\p{Script=Latin}*|グラム|キロ(?!メートル))(?![\\p{Script=Latin}])`,
      'iu',
    ),
    'mass',
  ],
  [
    new RegExp(
      `^${SPACE}(?:ml|cl|l|lit(?:er|re)s?|litros?|ミリリットル|リットル)(?![\\p{Script=Latin}])`,
      'iu',
    ),
    'volume',
  ],
  [new RegExp(`^${SPACE}(?:kw|w|watts?|ワット)(?![\\p{Script=Latin}])`, 'iu'), 'power'],
  [
    new RegExp(
      `^${SPACE}(?:°\\s?c|℃|grad celsius|grad(?![\\p{Script=Latin}])|degrees?|degrés?|grados?|度)`,
      'iu',
    ),
    'temperature',
  ],
  [new RegExp(`^${SPACE}(?:v|volts?|ボルト)(?![\\p{Script=Latin}])`, 'iu'), 'voltage'],
  [new RegExp(`^${SPACE}(?:%|％|prozent|pour\\s?cent|por\\s?ciento|percent)`, 'iu'), 'percentage'],
  [new RegExp(`^${SPACE}(?:歳|才)`, 'u'), 'age'],
  [timeUnitAfter('year', 'month', 'week', 'day', 'hour', 'minute', 'second'), 'duration'],
  [new RegExp(`^${SPACE}(?:pairs?|paires?|pares|paar|足|ペア)(?![\\p{Script=Latin}])`, 'iu'), 'pair'],
];

/** The dimensions a source number may measure, from the source text after its digits (empty: unknown). */
export function sourceDimensionsAfter(after: string): readonly UnitDimension[] {
  const unitText = after.replace(RANGE_TAIL, '');
  return SOURCE_UNITS.find(([pattern]) => pattern.test(unitText))?.[1] ?? [];
}

/** The dimension a number of a translation measures, from the text after it (undefined: unknown). */
export function targetDimensionAfter(after: string): UnitDimension | undefined {
  const text = after.slice(0, 24);
  return TARGET_UNITS.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * How each language marks a number as a child's age: words before it (`Ages 3–6`, `ab 3 Jahren`, `dès 3 ans`) or
 * after it (`3 years old`, `3歳`). A range's second number carries the marks of the first (`Ages 1–` before the 3).
 * Only marks that say "age" and nothing else: `2 Jahre`, `2 años`, `2 ans` are a warranty as often as an age.
 */
const RANGE_HEAD = String.raw`(?:\d+(?:[.,]\d+)?\s*(?:[–—~〜～-]|to|bis|à|a)\s*)?`;
const RANGE_END = String.raw`(?:\s*(?:[–—~〜～-]|to|bis|à|a)\s*\d+(?:[.,]\d+)?)?`;

const AGE_MARKS: Record<string, { before?: RegExp; after?: RegExp }> = {
  en: {
    before: new RegExp(String.raw`\b(?:ages?|aged)\s*:?\s*${RANGE_HEAD}$`, 'iu'),
    after: new RegExp(
      String.raw`^${RANGE_END}\s*\+?\s*(?:years?|yrs?)[\s-]*(?:old|and (?:up|over|older))\b`,
      'iu',
    ),
  },
  de: {
    before: new RegExp(
      String.raw`(?:\bab|\b(?:Kinder[n]?|Kleinkinder[n]?|Alter)(?:\s+(?:von|zwischen))?)\s+${RANGE_HEAD}$`,
      'u',
    ),
  },
  es: {
    before: new RegExp(
      String.raw`(?:a partir de(?: los)?|desde los|niñ[oa]s(?: y niñ[oa]s)? de|edad(?:es)? de|mayores de)\s+${RANGE_HEAD}$`,
      'iu',
    ),
  },
  fr: {
    before: new RegExp(String.raw`(?:dès|à partir de|enfants de|âge de|âgés de)\s+${RANGE_HEAD}$`, 'iu'),
  },
  ja: { after: new RegExp(String.raw`^${RANGE_END}\s*(?:歳|才)`, 'u') },
};

/** Units of age after a German, Spanish or French number that a mark before it makes an age. */
const AGE_UNIT_AFTER = new RegExp(
  String.raw`^${RANGE_END}\s*(?:jahren?|jahre|monaten?|años|meses|ans|mois)(?![\p{L}])`,
  'iu',
);

/** True when a number of a translation states a child's age (see {@link AGE_MARKS}). */
export function statesAnAge(language: string, before: string, after: string): boolean {
  const marks = AGE_MARKS[language];
  if (!marks) return false;
  const head = before.slice(-40);
  const tail = after.slice(0, 40);
  if (marks.after?.test(tail)) return true;
  if (!marks.before?.test(head)) return false;
  return language === 'en' || AGE_UNIT_AFTER.test(tail);
}
