import { parseChineseNumeral } from './chinese-numeral';

/**
 * A Chinese way of writing a quantity that a translation renders with digits, although the source writes no spec:
 * 三合一 → "3-in-1", 四驱 → "4WD", 双速 → "2-speed", 十二生肖 → "12 zodiac signs", 5号电池 → "AA" (単3 in Japanese).
 */
export interface ChineseQuantityTerm {
  /** Regular-expression source, matched on the NFKC source text; the first group, when any, is the numeral. */
  pattern: string;
  /**
   * Values a translation may write for it; `numeral` stands for the value of the first group, `{ numeralTimes, plus }`
   * for that value times a factor, plus an amount (一斤 → 500 g, 一个半小时 → 1 × 60 + 30 minutes).
   */
  allows: readonly (number | 'numeral' | { numeralTimes: number; plus?: number })[];
  /** Values a translation may say only in words (十几 as "a dozen or so"): in digits they would claim a count. */
  allowsInWords?: readonly number[];
  /**
   * The digits inside the match designate a size or type rather than state a spec (5号 is the AA size): they are
   * allowed but not required in the translation.
   */
  designation?: boolean;
  /**
   * The term counts things (三合一, 双层, 四边, 三幕): its value is no measure, so a translation stating it with a metric
   * unit (`2 L` where the source's only 2 is 双层) states a spec the source does not give.
   */
  counts?: boolean;
}

const NUMERAL = '([〇一二两兩三四五六七八九十百千万\\d]{1,4})';

/** The lexicon, as data: extend it here, not in the number rules. */
export const CHINESE_QUANTITY_TERMS: readonly ChineseQuantityTerm[] = [
  // N-in-1 products.
  { pattern: `${NUMERAL}合一`, allows: ['numeral', 1], counts: true },
  // Drive layouts: 四驱 4WD, 两驱 2WD.
  { pattern: `${NUMERAL}驱`, allows: ['numeral'], counts: true },
  // 双 and 对 mean two: 双速 2-speed, 双卡 dual SIM, 双层 2 layers, 一对 a pair; 俩 is colloquial two.
  { pattern: '双(?=\\p{Script=Han})', allows: [2], counts: true },
  { pattern: '[一成]对', allows: [2], counts: true },
  { pattern: '俩', allows: [2], counts: true },
  { pattern: '两(?=\\p{Script=Han})', allows: [2], counts: true },
  // Faces, sides or edges (三面磨齿 teeth ground on three faces, 五面 five sides, 四边手工卷边 four hand-rolled edges):
  // a count a translation may write, not required (四面八方 is "everywhere").
  { pattern: '([二三四五六七八九十])(?:面(?!八方)|边)', allows: ['numeral'], counts: true },
  // Uses (一床三用 one bed for three uses, 两用 two-way): a count a translation may write; 用品 are supplies.
  { pattern: '([二两三四五六七八九十])用(?![品户])', allows: ['numeral'], counts: true },
  // Acts of a story (三幕结构, a three-act structure).
  { pattern: '([二三四五六七八九十])幕', allows: ['numeral'], counts: true },
  // 四角 (the four corners: 四角各一个) is rendered "four corners" or "vier Ecken".
  { pattern: '四角', allows: [4], counts: true },
  // Cutting heads and blades (三刀头 a three-head shaver, 五刀片 five blades): a count a translation may write.
  { pattern: '([二三四五六七八九十])(?:刀头|刀片|刀网|头)', allows: ['numeral'], counts: true },
  // Sets with a number in their name: 十二生肖 (12 zodiac animals), 十二星座, 二十四节气, 四季, 三季.
  { pattern: '十二(?:生肖|星座|属相)', allows: [12] },
  { pattern: '二十四节气', allows: [24] },
  { pattern: `${NUMERAL}季`, allows: ['numeral'] },
  // Approximate and rhetorical magnitudes: 十几 (a dozen or so), 上百 / 数千 / 上万 (hundreds, thousands…).
  // 十几 is rendered "10+", "over ten" or "a dozen or so"; allowing 11–19 would let an invented "14" pass, and a
  // dozen is a word for it, never "12" in digits (十几米 is not 12 m).
  { pattern: '十几', allows: [10], allowsInWords: [12] },
  // 几十 / 数十 (dozens) has no digits to allow: "20" for it would be an invented figure.
  { pattern: '(?:上|数|几)百|百余', allows: [100] },
  // 百年 (a century-old brand, built to last a century) is rendered "100 years" as often as "a century".
  { pattern: '百年', allows: [100] },
  { pattern: '(?:上|数|几)千|千余', allows: [1000] },
  { pattern: '(?:上|数|几)万|万余', allows: [10_000] },
  // A numeral with 多 / 余 / 来 after it is "more than" (二十多道 more than twenty steps, 三十余年): the numeral may be
  // written, and nothing requires it.
  { pattern: `${NUMERAL}(?:多|余|来)(?=\\p{Script=Han})`, allows: ['numeral'] },
  // 斤 is 500 g (一斤 → 500 g, 0.5 kg), 半斤 250 g.
  { pattern: `${NUMERAL}斤`, allows: [{ numeralTimes: 500 }, { numeralTimes: 0.5 }] },
  { pattern: '半斤', allows: [250, 0.25] },
  // 两 after a numeral is the weight unit liang, 50 g (二两 → 100 g).
  {
    pattern: `${NUMERAL}两(?=重|左右|[,.;、。\\s]|$)`,
    allows: ['numeral', { numeralTimes: 50 }, { numeralTimes: 0.05 }],
  },
  // One and a half (一个半小时 1.5 hours or 90 minutes, 两个半月 2.5 months, 一年半): the whole, the half added, and
  // for hours the minutes.
  {
    pattern: `${NUMERAL}个半(?:小时|钟头)`,
    allows: ['numeral', { numeralTimes: 1, plus: 0.5 }, { numeralTimes: 60, plus: 30 }],
  },
  {
    pattern: `${NUMERAL}(?:个半(?:月|星期)|[年天次倍]半)`,
    allows: ['numeral', { numeralTimes: 1, plus: 0.5 }],
  },
  // 成 counts tenths (三成 30 %, 八成新 80 % new).
  {
    pattern: `${NUMERAL}成(?![功为為本人品年立员員分交果就长長熟型套])`,
    allows: ['numeral', { numeralTimes: 10 }],
  },
  // A dozen: 一打 (12), 两打 (24); not 一打开 (once opened), 打印, 打折.
  {
    pattern: '([一两二三四五六七八九十])打(?![开印折扫造磨球破气孔包卡字理])',
    allows: ['numeral', { numeralTimes: 12 }],
  },
  // Halves of a unit of time, which translations write in the smaller unit: 半小时 → 30 minutes, 半年 → 6 months.
  { pattern: '半(?:个)?(?:小时|钟头)', allows: [30, 0.5] },
  { pattern: '半分钟', allows: [30, 0.5] },
  { pattern: '半年', allows: [6, 0.5] },
  { pattern: '半天', allows: [12, 0.5] },
  // Ordinals: 第三代 (3rd generation), 第二版 (2nd edition), 第5季 (season 5), 第五档 (level 5), 第一名 (number one) —
  // often rendered with digits, and not a spec the translation must repeat.
  { pattern: `第${NUMERAL}(?=\\p{Script=Han})`, allows: ['numeral'], designation: true },
  // Battery sizes: 5号 is AA (単3形 in Japanese), 7号 AAA (単4), 1号 D (単1), 2号 C (単2).
  { pattern: '5号(?=[^,，。]{0,6}电池)|五号(?=[^,，。]{0,6}电池)', allows: [3], designation: true },
  { pattern: '7号(?=[^,，。]{0,6}电池)|七号(?=[^,，。]{0,6}电池)', allows: [4], designation: true },
  { pattern: '1号(?=[^,，。]{0,6}电池)', allows: [1], designation: true },
  { pattern: '2号(?=[^,，。]{0,6}电池)', allows: [2], designation: true },
];

/**
 * Two neighbouring numerals in a row give an approximate range (五六十厘米 50 to 60 cm, 七八个 seven or eight, 十五六 fifteen or
 * sixteen, 三五好友 a few friends): either end may be written, and neither is required.
 */
const APPROXIMATE_PAIR = /(十)?([一二两三四五六七八九])([一二三四五六七八九])([十百千万])?/gu;

function approximatePairValues(normalized: string): number[] {
  const values: number[] = [];
  for (const match of normalized.matchAll(APPROXIMATE_PAIR)) {
    const [whole, tens, first, second, unit] = match;
    // 二三十斤 is 10 to 15 kg; 两三成 is 20 or 30 %.
    const next = normalized[match.index + whole.length];
    const jin = next === '斤';
    const tenths = next === '成';
    const [low, high] = [first, second].map((digit) => parseChineseNumeral(digit) ?? 0);
    // Neighbours (五六, 七八) or 三五; 三合一四轮 is 3-in-1 and four wheels, not "one or four".
    if (high - low !== 1 && !(low === 3 && high === 5)) continue;
    for (const digit of [first, second]) {
      const value = parseChineseNumeral(`${tens ?? ''}${digit}${unit ?? ''}`);
      if (value !== undefined)
        values.push(value, ...(jin ? [value * 0.5, value * 500] : []), ...(tenths ? [value * 10] : []));
    }
  }
  return values;
}

/**
 * A fraction (三分之一 a third, 四分之三 three quarters) may be written with its numerator and denominator (4分の3),
 * as a decimal or as a percentage; 百分之 is a percentage, read as a spec elsewhere.
 */
const FRACTION = /(?<!百)([一二两三四五六七八九十]{1,3})分之([一二三四五六七八九十]{1,3})/gu;

function fractionValues(normalized: string): number[] {
  const values: number[] = [];
  for (const [, below, above] of normalized.matchAll(FRACTION)) {
    const [denominator, numerator] = [below, above].map(parseChineseNumeral);
    if (!denominator || numerator === undefined) continue;
    const share = numerator / denominator;
    values.push(numerator, denominator, share, Math.round(share * 100));
  }
  return values;
}

/**
 * A discount in tenths of the price paid (8折 pays 80 %: 20 % off; 七五折 25 % off; 8.5折): the share paid, the share
 * off and the tenths may be written, and its digits are not a spec the translation must repeat. 三折伞 (a tri-fold
 * umbrella) and 折叠 (folding) are not discounts, and neither is 一折 as a single bend (轻轻一折就亮, snap it once and
 * it glows): 90 % off is written 打一折 or 一折起.
 */
const DISCOUNT =
  /(\d(?:\.\d)?|[二三四五六七八九][一二三四五六七八九]?|(?<=打\s?)一|一(?=\s?折\s?(?:起|优惠|特价|促销)))\s?折(?![叠疊伞傘页頁扇痕线線射腾合边邊])/gu;

function discountValues(normalized: string): {
  values: number[];
  designations: ChineseQuantities['designations'];
} {
  const values: number[] = [];
  const designations: ChineseQuantities['designations'] = [];
  for (const match of normalized.matchAll(DISCOUNT)) {
    const written = match[1];
    const tenths = /\d/.test(written)
      ? Number(written)
      : [...written]
          .map((digit) => parseChineseNumeral(digit) ?? 0)
          .reduce((sum, digit, i) => sum + digit / 10 ** i, 0);
    const paid = Math.round(tenths * 10 * 10) / 10;
    values.push(tenths, paid, Math.round((100 - paid) * 10) / 10);
    designations.push({ start: match.index, end: match.index + match[0].length });
  }
  return { values, designations };
}

/** 千分之五 (five per mille) may be written 0.5 %, 5 ‰ or 0.005. */
const PER_MILLE = /千分之([一二两三四五六七八九十]{1,3})/gu;

function perMilleValues(normalized: string): number[] {
  return [...normalized.matchAll(PER_MILLE)].flatMap(([, written]) => {
    const value = parseChineseNumeral(written);
    return value === undefined ? [] : [value, value / 10, value / 1000];
  });
}

/** What the lexicon finds in a source text. */
export interface ChineseQuantities {
  /** Values a translation may carry without inventing them. */
  allowed: number[];
  /** Values it may carry in words only (see {@link ChineseQuantityTerm.allowsInWords}). */
  allowedInWords: number[];
  /** Ranges of the (NFKC) text whose digits designate a size or type, not a spec. */
  designations: Array<{ start: number; end: number }>;
  /** The allowed values that count time (十几年, 两年, 一年半): a span a translation may give in years or months. */
  spans: number[];
  /** The allowed values of terms that count things (see {@link ChineseQuantityTerm.counts}), not time. */
  counts: number[];
}

/** A unit of time inside a term or right after it. */
const TIME_UNIT = /^(?:个月|个星期|星期|小时|钟头|分钟|[年月周天日秒])/u;
const TIME_UNIT_INSIDE = /[年月周天日时秒]/u;

const compiled = CHINESE_QUANTITY_TERMS.map((term) => ({ term, regex: new RegExp(term.pattern, 'gu') }));

function numeralValue(written: string | undefined): number | undefined {
  if (written === undefined) return undefined;
  return /^\d+$/.test(written) ? Number(written) : parseChineseNumeral(written);
}

/** One value a term allows, given the value of the numeral it matched (undefined when it needs one and has none). */
function allowedValue(
  value: ChineseQuantityTerm['allows'][number],
  numeral: number | undefined,
): number | undefined {
  if (typeof value === 'number') return value;
  if (numeral === undefined) return undefined;
  return value === 'numeral' ? numeral : numeral * value.numeralTimes + (value.plus ?? 0);
}

/** Reads the lexicon's quantities in an NFKC-normalised Chinese text. */
export function readChineseQuantities(normalized: string): ChineseQuantities {
  const allowed: number[] = [];
  const allowedInWords: number[] = [];
  const designations: ChineseQuantities['designations'] = [];
  const spans: number[] = [];
  const counts: number[] = [];
  for (const { term, regex } of compiled) {
    for (const match of normalized.matchAll(regex)) {
      allowedInWords.push(...(term.allowsInWords ?? []));
      const numeral = numeralValue(match[1]);
      const countsTime =
        TIME_UNIT_INSIDE.test(match[0]) || TIME_UNIT.test(normalized.slice(match.index + match[0].length));
      for (const value of term.allows) {
        const read = allowedValue(value, numeral);
        if (read === undefined) continue;
        allowed.push(read);
        if (countsTime) spans.push(read);
        else if (term.counts) counts.push(read);
      }
      if (term.designation) designations.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  const discounts = discountValues(normalized);
  allowed.push(
    ...approximatePairValues(normalized),
    ...fractionValues(normalized),
    ...discounts.values,
    ...perMilleValues(normalized),
  );
  designations.push(...discounts.designations);
  return { allowed, allowedInWords, designations, spans, counts };
}
