import { LanguageProfile, NumberWordCompounds } from '../languages/language-profile';
import { fold } from '../text/text-folding';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numeral';
import { NumericMention } from './numeric-value';

/**
 * Maps full-width digits and separators to ASCII and blanks superscript exponents, one UTF-16 unit
 * for one, so positions in the mapped text are positions in the original.
 */
function normalizeDigits(text: string): string {
  let mapped = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff10 && code <= 0xff19) mapped += String.fromCharCode(code - 0xff10 + 0x30);
    else if (code === 0xff0c) mapped += ',';
    else if (code === 0xff0e) mapped += '.';
    else if (code === 0xb2 || code === 0xb3 || code === 0xb9 || (code >= 0x2070 && code <= 0x2079))
      mapped += ' ';
    else mapped += text[i];
  }
  return mapped;
}

const escapeClass = (chars: string[]): string =>
  chars.map((char) => char.replace(/[\]\\^-]/g, '\\$&')).join('');

const scaleWordPatterns = new Map<string, RegExp>();

/**
 * The factor a word after a number applies: `４万` and `138億` in any locale, `13.8 billion`,
 * `13,8 Milliarden`, `13,8 mil millones` in the locale's words. 1 when nothing scales it.
 */
function scaleAfter(after: string, profile: LanguageProfile): number {
  if (/^\s?万/.test(after)) return 10_000;
  if (/^\s?[億亿]/.test(after)) return 100_000_000;
  const words = Object.keys(profile.numberScaleWords);
  if (!words.length) return 1;
  let pattern = scaleWordPatterns.get(profile.code);
  if (!pattern) {
    const alternation = words
      .sort((a, b) => b.length - a.length)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
    // `50 MP`, `50-MP-Kamera`, `50MP`: a unit with a prefix may follow without a space or after a hyphen.
    pattern = new RegExp(`^[\\s\u00a0\u202f-]?(${alternation})(?![\\p{L}\\d])`, 'iu');
    scaleWordPatterns.set(profile.code, pattern);
  }
  const match = pattern.exec(fold(after.slice(0, 24)));
  return match ? profile.numberScaleWords[match[1].toLowerCase()] : 1;
}

/**
 * Numbers written in digits, read with the locale's conventions: `5.000` is 5000 in German and
 * `1,2` is 1.2; `5 000` (with an ordinary, no-break or narrow no-break space) is 5000 in French;
 * `４万` is 40,000 in any locale. A dot that cannot be a thousands separator is a decimal or
 * version dot (`Bluetooth 5.3`) in every locale. A comma that is not the locale's decimal separator
 * and does not group thousands separates two numbers (`1,2` in English is a list).
 */
export function extractDigitNumbers(text: string, profile: LanguageProfile): NumericMention[] {
  const mapped = normalizeDigits(text);
  const { thousandsSeparators, decimalSeparator } = profile.numberFormat;
  const grouping = `\\d{1,3}(?:[${escapeClass(thousandsSeparators)}]\\d{3})+(?!\\d)(?:\\${decimalSeparator}\\d+)?`;
  const decimal = `\\d+\\${decimalSeparator}\\d+`;
  const dotted = '\\d+\\.\\d+';
  const pattern = new RegExp(`${grouping}|${decimal}|${dotted}|\\d+`, 'g');

  const mentions: NumericMention[] = [];
  for (const match of mapped.matchAll(pattern)) {
    const written = match[0];
    const decimalAt = written.lastIndexOf(decimalSeparator);
    let normalized: string;
    if (/^\d+\.\d+$/.test(written) && decimalSeparator === ',' && !/^\d{1,3}\.\d{3}$/.test(written)) {
      normalized = written; // version or decimal dot
    } else {
      const integerPart = decimalAt >= 0 ? written.slice(0, decimalAt) : written;
      const fraction = decimalAt >= 0 ? written.slice(decimalAt + 1) : '';
      normalized = integerPart.replace(/\D/g, '') + (fraction ? `.${fraction}` : '');
    }
    const after = mapped.slice(match.index + written.length);
    const value = Number(normalized) * scaleAfter(after, profile);
    mentions.push({ value, text: text.slice(match.index, match.index + written.length), index: match.index });
  }
  return mentions;
}

/**
 * Numbers written as words: *two-year*, *zwei Jahre*, *douze coloris*, German compounds such as
 * *zweijährig* (but not *Dreiecke*, which only contains a numeral), and kanji numerals in Japanese.
 * Used only to confirm that a source value is present, never to flag an invented one: words like
 * "one" or "double" are too common to be evidence of a hallucinated spec.
 */
export function extractWordNumbers(text: string, profile: LanguageProfile): NumericMention[] {
  const mentions: NumericMention[] = [];
  if (profile.code === 'ja') {
    const numeral = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, 'g');
    // An idiom's numerals count nothing (四方八方): blanked, one character for one, so positions hold.
    const idioms = profile.numeralIdioms ?? [];
    const readable = idioms.reduce(
      (masked, idiom) => masked.split(idiom).join('\u3000'.repeat(idiom.length)),
      text.normalize('NFKC'),
    );
    for (const match of readable.matchAll(numeral)) {
      const value = parseChineseNumeral(match[0]);
      if (value !== undefined) mentions.push({ value, text: match[0], index: match.index });
    }
    return mentions;
  }
  const words = Object.entries(profile.numberWords).sort(([a], [b]) => b.length - a.length);
  const folded = fold(text);
  for (const match of folded.matchAll(/[\p{L}]+/gu)) {
    const token = match[0];
    const unitFirst = unitFirstCompound(token, profile);
    if (unitFirst !== undefined) {
      mentions.push({ value: unitFirst, text: token, index: match.index });
      continue;
    }
    if (token in profile.numberWords) {
      mentions.push({ value: profile.numberWords[token], text: token, index: match.index });
      continue;
    }
    for (const [word, value] of words) {
      if (!token.startsWith(word)) continue;
      const rest = token.slice(word.length);
      if (profile.numberWordCompoundSuffixes.some((suffix) => rest.startsWith(suffix))) {
        mentions.push({ value, text: token, index: match.index });
        break;
      }
    }
  }
  return joinCompounds(mentions, folded, profile.numberWordCompounds);
}

const UNITS = { min: 1, max: 9 };
const TEENS = { min: 10, max: 19 };
const within = (value: number, range: { min: number; max: number }) =>
  Number.isInteger(value) && value >= range.min && value <= range.max;

/** A unit and its ten in one word, unit first (`vierundzwanzig`, `einundzwanzig`): their sum, or undefined. */
function unitFirstCompound(token: string, profile: LanguageProfile): number | undefined {
  const joiner = profile.numberWordCompounds?.unitFirstJoiner;
  if (!joiner) return undefined;
  const at = token.indexOf(joiner, 1);
  if (at < 0) return undefined;
  const unit = profile.numberWords[token.slice(0, at)];
  const ten = profile.numberWords[token.slice(at + joiner.length)];
  return unit !== undefined && within(unit, UNITS) && profile.numberWordCompounds?.tens.includes(ten)
    ? ten + unit
    : undefined;
}

/** The value of two number words joined as one (`vingt-quatre`, `soixante-douze`, `quatre-vingts`), or undefined. */
function joinedValue(first: number, second: number, compounds: NumberWordCompounds): number | undefined {
  if (compounds.products?.some(([a, b]) => a === first && b === second)) return first * second;
  if (compounds.tens.includes(first) && within(second, UNITS)) return first + second;
  if (compounds.tensBeforeTeens?.includes(first) && within(second, TEENS)) return first + second;
  return undefined;
}

/**
 * Merges number words written as one number into one mention, left to right, so that a merged one may take another
 * word (`quatre-vingt-dix` is 4 × 20, then + 10).
 */
function joinCompounds(
  mentions: NumericMention[],
  folded: string,
  compounds: NumberWordCompounds | undefined,
): NumericMention[] {
  if (!compounds?.joiners.length) return mentions;
  const joined: NumericMention[] = [];
  for (const mention of mentions) {
    const previous = joined[joined.length - 1];
    const between = previous ? folded.slice(previous.index + previous.text.length, mention.index) : undefined;
    const value =
      previous && between !== undefined && compounds.joiners.includes(between)
        ? joinedValue(previous.value, mention.value, compounds)
        : undefined;
    if (previous && value !== undefined)
      joined[joined.length - 1] = {
        value,
        text: folded.slice(previous.index, mention.index + mention.text.length),
        index: previous.index,
      };
    else joined.push(mention);
  }
  return joined;
}
