import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numeral';
import { readChineseQuantities } from './chinese-quantity-lexicon';
import { NumericMention, sameValue } from './numeric-value';
import { PrefixRestatement, restatementsAfter } from './prefix-restatement';
import { sourceDimensionsAfter, UnitDimension } from './unit-dimension';

/** A spec value of the Chinese source. */
export interface SourceNumber extends NumericMention {
  /** `digits` when written in digits; `numeral` when a Chinese numeral quantifies something. */
  notation: 'digits' | 'numeral';
  /** A 1 before a unit of time (1小时, 1年): "an hour", "ein Jahr" say it with an article. */
  saidByArticle?: boolean;
  /** The value with another metric prefix a translation may write instead (1200米 as 1.2 km, 20斤 as 10 kg). */
  restatements?: PrefixRestatement[];
  /** What it measures, from the unit after it (40℃ a temperature); empty when no unit says so. */
  dimensions?: readonly UnitDimension[];
}

/** 四周 as "around it", not four weeks: no word of time after it. */
const SURROUNDINGS = /^四周(?!后|內|内|左右|以上|以内|时间|時間|疗程|即可)/u;

/** Units of time a translation counts with an article when there is one of them. */
const TIME_UNIT_AFTER = /^\s*(?:个)?(?:小时|钟头|个月|分钟|星期|年|天|日|周|月|秒|晚|夜)/u;

const SUPERSCRIPTS = /[\u00b2\u00b3\u00b9\u2070-\u2079]/g;

/**
 * CJK compatibility unit signs (㎡ ㎥ ㎠ ㎤ ㎟ ㎣ …) whose NFKC form ends in an exponent digit ("m2"):
 * the exponent is part of the unit, so it is dropped before normalising.
 */
const SQUARE_AND_CUBIC_UNIT_SIGNS = /[\u3371-\u33df]/g;

function withoutUnitExponents(sign: string): string {
  return sign.normalize('NFKC').replace(/[23]$/, '');
}

/**
 * Measure words and units after which a Chinese numeral is a quantity (两年, 五种, 十二色, 三口之家 a family of three).
 * Numerals before anything else are part of a word (三角形 triangle, 六边形 hexagon, 四季).
 */
const QUANTIFIED_BY =
  '(?:个月|小时|分钟|星期|厘米|毫米|公斤|千克|毫升|公分|英寸|公里|千米|英里|毫安|赫兹|像素|盎司|年|岁|周|个|種|种|色|款|档|挡|级|層|层|重|下|片|张|件|只|块|颗|把|条|根|支|瓶|包|袋|盒|天|日|月|秒|次|倍|人|位|段|组|米|克|升|度|寸|节|步|项|餐|孔|格|速|针|册|页|套|台|副|对|排|列|道|轮|圈|点|模|核|轴|摄|区|路|向|线|首|曲|幅|枚|粒|杯|转|瓦|伏|帧|磅|叶|翼|刃|座|口|字|卷|句|本|棵|株|朵|份|盏|辆|封|匹)';

/**
 * 一 is idiomatic far more often than it counts (一次 at once, 一键 one-touch, 一目了然, 一套 a set);
 * it is read as 1 only before a unit of measure or time, and then only as an *allowed* value.
 */
const MEASURE_AFTER_ONE =
  '(?:个月|小时|分钟|星期|厘米|毫米|公斤|千克|毫升|英寸|年|周|天|秒|米|克|升|度|寸|倍)';
/** The units of time among {@link MEASURE_AFTER_ONE}. */
const ONE_UNIT_OF_TIME_AFTER = /^(?:个月|小时|分钟|星期|年|周|天|秒)/u;

const N_IN_ONE = new RegExp(`[${CHINESE_NUMERAL_CHARS}\\d]{1,4}合一`, 'gu');

/** 千 after digits scales them, unless it prefixes a unit (千克 kg, 千米 km, 千瓦 kW, 千赫 kHz, 千牛 kN, 千卡 kcal…). */
const THOUSAND_AFTER = /^\s*千(?![克米瓦赫帕伏卡焦兆牛欧安])/u;

/** Metres and tenths written around the unit (1米2 is 1.2 m, 1米5 is 1.5 m); not 1米20厘米 or 20米4/7毫米软管. */
const METRES_AND_TENTHS = /(\d+)米(\d)(?![\d./×*xX~-]|\s*(?:厘米|毫米|公分|cm|mm))/gu;

/** The numbers of a Chinese source text, per the labelling conventions of the QA set. */
export function extractSourceNumbers(text: string): SourceNumber[] {
  return readSourceNumbers(text).found;
}

/** The required numbers of a source text and the values it writes that a translation may leave out (a month). */
export function readSourceNumbers(text: string): { found: SourceNumber[]; optional: number[] } {
  const found: SourceNumber[] = [];
  const optional: number[] = [];
  // NFKC turns full-width digits into ASCII; superscript exponents (m², m³) are not numbers.
  const normalized = text
    .replace(SUPERSCRIPTS, ' ')
    .replace(SQUARE_AND_CUBIC_UNIT_SIGNS, withoutUnitExponents)
    .normalize('NFKC');

  const digits = /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?/g;
  const { designations } = readChineseQuantities(normalized);
  // 1米2 is 1.2 m: one value, written around its unit.
  for (const match of normalized.matchAll(METRES_AND_TENTHS)) {
    found.push({
      value: Number(`${match[1]}.${match[2]}`),
      text: match[0],
      index: match.index,
      notation: 'digits',
    });
    designations.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of normalized.matchAll(digits)) {
    // 5号电池 names the AA size: its digit is not a spec the translation must repeat.
    if (designations.some(({ start, end }) => match.index >= start && match.index < end)) continue;
    let value = Number(match[0].replace(/,/g, ''));
    const before = normalized.slice(Math.max(0, match.index - 1), match.index);
    const after = normalized.slice(match.index + match[0].length);
    // The month of a date (2025年3月, 3月15日) is written as a name (March 2025, 15 mars): allowed, not required.
    if ((before === '年' && /^月/.test(after)) || /^月\d{1,2}[日号]/.test(after)) {
      optional.push(value);
      continue;
    }
    if (/^\s*万/.test(after)) value *= 10_000;
    // 3千转 is 3,000 rpm; 3千克, 3千米, 3千瓦 are units with a prefix.
    else if (THOUSAND_AFTER.test(after)) value *= 1000;
    else if (/^\s*[亿億]/.test(after)) value *= 100_000_000;
    // 50MP is read as 50 million pixels on both sides, so that 5000万像素 and "50 MP" are the same spec.
    else if (/^[\s-]?(?:mp|mpx|megapixels?)(?![a-z\d])/i.test(after)) value *= 1_000_000;
    const saidByArticle = value === 1 && TIME_UNIT_AFTER.test(after);
    // 百分之80 is 80 %, written with the digits after it.
    const dimensions = /百分之$/u.test(normalized.slice(0, match.index))
      ? (['percentage'] as const)
      : sourceDimensionsAfter(after);
    const restatements = restatementsAfter(value, after);
    found.push({
      value,
      text: match[0],
      index: match.index,
      notation: 'digits',
      dimensions,
      ...(saidByArticle && { saidByArticle }),
      ...(restatements.length > 0 && { restatements }),
    });
  }

  // After 几 / 数 / 上 a numeral is approximate (几十个 dozens, 数百 hundreds): the lexicon allows it, nothing requires it.
  // The low end of a range counts too (三至五分钟, 三到四口之家): the measure word follows only the high end.
  const numeral = new RegExp(
    `(?<![第几數数上${CHINESE_NUMERAL_CHARS}])([${CHINESE_NUMERAL_CHARS}]+)(?=${QUANTIFIED_BY}|[至到~～或][${CHINESE_NUMERAL_CHARS}]+${QUANTIFIED_BY})`,
    'g',
  );
  // 三合一 is read by the lexicon; masked, its 一 no longer joins the numeral after it (三合一四轮: four wheels).
  const withoutInOne = normalized.replace(N_IN_ONE, (term) => ' '.repeat(term.length));
  for (const match of withoutInOne.matchAll(numeral)) {
    const written = match[1];
    // 双 (dual) never reaches here; a lone 一 is idiomatic (see MEASURE_AFTER_ONE), and a lone 零 starts a word
    // (零件 parts, 零食 snacks) or says "none" (零添加), which copy renders in words.
    if (written === '一' || written === '零') continue;
    // 四周 is "all around" (四周有24颗灯珠) unless time follows it (四周后, 四周内, 四周左右).
    if (written === '四' && SURROUNDINGS.test(withoutInOne.slice(match.index))) continue;
    // 百年 (century-old), 千万 (by all means): a bare unit character is rhetoric, not a count.
    if (/^[百千万]+$/.test(written)) continue;
    // 两个半月 is two and a half months: the lexicon allows 2 and 2.5, nothing requires the 2 alone.
    if (/^(?:个半|[年天次倍]半)/u.test(withoutInOne.slice(match.index + written.length))) continue;
    const value = parseChineseNumeral(written);
    if (value === undefined) continue;
    const dimensions = sourceDimensionsAfter(withoutInOne.slice(match.index + written.length));
    found.push({ value, text: written, index: match.index, notation: 'numeral', dimensions });
  }
  // A percentage written out (百分之九十 → 90 %) quantifies as much as 90%.
  const percentage = new RegExp(`百分之([${CHINESE_NUMERAL_CHARS}]+)`, 'g');
  for (const match of normalized.matchAll(percentage)) {
    const value = parseChineseNumeral(match[1]);
    if (value !== undefined)
      found.push({
        value,
        text: match[1],
        index: match.index + 3,
        notation: 'numeral',
        dimensions: ['percentage'],
      });
  }
  return { found, optional };
}

/**
 * Values a translation may mention without inventing them but need not mention: 一年 (one year) and the like, which
 * translators often render as "a year", and the quantities of the Chinese quantity lexicon (三合一 → 3-in-1, 四驱 →
 * 4WD, 5号电池 → 単3); besides, those it may say in words only (十几 as "a dozen"). The lexicon is read once.
 */
export function readOptionalSourceNumbers(text: string): {
  allowed: number[];
  inWordsOnly: number[];
  spans: number[];
  counts: number[];
} {
  const normalized = text.normalize('NFKC');
  const one = new RegExp(`(?<![${CHINESE_NUMERAL_CHARS}])一(?=${MEASURE_AFTER_ONE})`, 'g');
  const ones = [...normalized.matchAll(one)];
  const quantities = readChineseQuantities(normalized);
  return {
    allowed: [...ones.map(() => 1), ...quantities.allowed],
    inWordsOnly: quantities.allowedInWords,
    // 一年, 一个月: one unit of time, a span; the lexicon's own spans (十几年, 两年).
    spans: [
      ...ones.filter((match) => ONE_UNIT_OF_TIME_AFTER.test(normalized.slice(match.index + 1))).map(() => 1),
      ...quantities.spans,
    ],
    counts: quantities.counts,
  };
}

/** 两双 (two pairs), 3对, 一副: the numbers of pairs a source text counts, in digits or numerals. */
const PAIR_COUNT = new RegExp(`(\\d+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:双|对|副)(?![面层])`, 'gu');

/** The numbers of pairs a source text counts (see {@link PAIR_COUNT}). */
export function readPairCounts(text: string): number[] {
  return [...text.normalize('NFKC').matchAll(PAIR_COUNT)].flatMap(([, written]) => {
    const value = /^\d+$/.test(written) ? Number(written) : parseChineseNumeral(written);
    return value === undefined ? [] : [value];
  });
}

/** Every value of a text a translation may mention but need not: the optional ones above and a date's month. */
export function extractOptionalSourceNumbers(text: string): number[] {
  return [...readOptionalSourceNumbers(text).allowed, ...readSourceNumbers(text).optional];
}

/** Distinct values, keeping the first mention of each. */
export function distinctByValue<T extends NumericMention>(mentions: T[]): T[] {
  const distinct: T[] = [];
  for (const mention of mentions) {
    if (!distinct.some((kept) => sameValue(kept.value, mention.value))) distinct.push(mention);
  }
  return distinct;
}
