import { LanguageProfile } from '../languages/language-profile';
import { NumericMention, sameValue } from './numeric-value';
import { PrefixRestatement, restatementOf } from './prefix-restatement';
import { extractDigitNumbers } from './target-number-extraction';
import { imperialUnitOf, isUnitConversionOf } from './unit-conversion';

/** Imperial units that only ever appear in a listing as a conversion of a metric spec. */
const IMPERIAL_UNIT_AFTER =
  /^\s*(?:in\b|inch|inches|"|″|°\s?f\b|℉|lbs?\b|oz\b|fl\.?\s?oz|ft\b|feet|foot|yd|yards?|mi\b|miles?|mph\b|gal|qt|quarts?|sq\.?\s?ft|cu\.?\s?ft)/i;

/** The same units anywhere in a text (not only right after a number). */
const IMPERIAL_UNIT =
  /(?<![\p{L}])(?:in\b|inch|inches|"|″|°\s?f\b|℉|lbs?\b|oz\b|fl\.?\s?oz|ft\b|feet|foot|yd|yards?|mi\b|miles?|mph\b|gal|qt|quarts?|sq\.?\s?ft|cu\.?\s?ft)/iu;

/** A metric value just before a number: `1.2 cm / 0.47 in`, `200 °C or 392 °F`. */
const METRIC_VALUE_BEFORE = /\d\s?(?:°\s?c|℃|cm|mm|m|km|kg|g|l|ml|m²|m³)(?![\p{L}])[^\d]{0,8}$/iu;
/** A metric unit right after a number, as a listing prints it. */
const METRIC_VALUE_AFTER =
  /^[\s\u00a0\u202f-]?(?:°\s?c|℃|cm|mm|m|km|kg|g|mg|l|ml|cl|m²|m³|w|kw|v|mah|wh|kwh|bar|pa|kpa|grad|degrees?|degrés?|grados?|度|centim\p{L}*|millim\p{L}*|met(?:er|re)s?|mètres?|metros?|kilo\p{L}*|gram\p{L}*|grammes?|gramos?|lit(?:er|re)s?|litros?|watts?|volts?|センチ|ミリ|メートル|キロ|グラム|リットル|ワット)(?![\p{L}])/iu;

/** Metric units a conversion may be printed in (for sources given in imperial units). */
const ANY_UNIT = new RegExp(
  `${IMPERIAL_UNIT.source}|\\d\\s?(?:°\\s?c\\b|℃|cm|mm|m\\b|km|kg|g\\b|l\\b|ml|m²|m³|cm³|atm\\b|bar\\b|psi\\b)|\\d\\s?(?:years?|months?|weeks?|days?|hours?|minutes?|ans?|mois|semaines?|jours?|heures?|anos?|meses?|semanas?|dias?|horas?|minutos?|jahre?n?|monate?n?|wochen?|tage?n?|stunden?|minuten?|年|か月|ヶ月|週間|日|時間|分)(?![\\p{L}])`,
  'iu',
);

/** A height or length in feet and inches (`5 ft 9 in`, `5′9″`, `5'9"`): one conversion, written in two numbers. */
const FEET_AND_INCHES =
  /(\d+)\s?(?:ft\b|feet|foot|['\u2032])\s?(\d+(?:[.,]\d+)?)\s?(?:in\b|inch(?:es)?|["\u2033])/giu;

/** Spans of feet-and-inches values that convert a source length (175 cm as 5 ft 9 in, 68.9 inches in all). */
function feetAndInchesConversions(
  text: string,
  convertible: readonly number[],
): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(FEET_AND_INCHES)) {
    const inches = Number(match[1]) * 12 + Number(match[2].replace(',', '.'));
    if (isUnitConversionOf(inches, convertible, 'in'))
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** How far back a conversion looks for the value it converts: the start of its clause, at most this far. */
const CONVERTED_VALUE_REACH = 60;

/** Where the stretch of text whose values a conversion at `start` may convert begins (see {@link readStatedNumbers}). */
function stretchStart(text: string, start: number, groups: readonly ConversionGroup[]): number {
  const before = text.slice(0, start);
  const clause = Math.max(...[...before.matchAll(/[.!?;]\s|\n/g)].map((m) => m.index + m[0].length), 0);
  const previousGroup = Math.max(...groups.filter((g) => g.end <= start).map((g) => g.end), 0);
  return Math.max(clause, previousGroup, start - CONVERTED_VALUE_REACH);
}

interface ConversionGroup {
  start: number;
  end: number;
  /** The group names an imperial unit: its numbers are conversions into it (`(5.9 in)`, `(95–158 °F)`). */
  imperial: boolean;
  /** The group holds a fraction (`(1/4 in)`): its numbers are not checked one by one. */
  fraction: boolean;
}

/** The rest of a range or of dimensions after a number (`19 to 64 mm`, `15 × 10 cm`): the unit after it is the number's. */
const RANGE_OR_DIMENSIONS_TAIL =
  /^(?:\s*(?:[\u2013\u2014~\u301c\uff5e\u00d7x*/-]|to|bis|à|a|al|und|et|y|and|or|oder|ou|o)\s*\d+(?:[.,]\d+)?)+/iu;

/**
 * True when a number is printed with a metric unit (or is a range's or a size's first number with one): what a
 * conversion may convert. `9 hole saws from 19 to 64 mm (0.75 to 3.5 in)` converts 19 and 64, never the count 9.
 */
function measuredAfter(after: string): boolean {
  return METRIC_VALUE_AFTER.test(after.replace(RANGE_OR_DIMENSIONS_TAIL, ''));
}

/** Parenthesised groups that directly follow a number: `1.2 cm (0.47 in)`. */
function conversionGroups(text: string): ConversionGroup[] {
  const groups: ConversionGroup[] = [];
  for (const match of text.matchAll(/[(（]([^()（）]{1,60})[)）]/g)) {
    const before = text.slice(Math.max(0, match.index - 14), match.index);
    // A conversion names its unit; "(pack of 3)" is a claim, however close 3 is to 1.2 cm in inches. And it converts
    // a measure: a bracket right after a bare number or a code (`ND2–ND400 (72 mm, …)`) states specs of its own.
    if (!/[\d０-９]/.test(before) || !ANY_UNIT.test(match[1]) || /[\d０-９]\s*$/.test(before)) continue;
    groups.push({
      start: match.index,
      end: match.index + match[0].length,
      imperial: IMPERIAL_UNIT.test(match[1]),
      fraction: /\d\s*\/\s*\d/.test(match[1]),
    });
  }
  return groups;
}

/**
 * The digit numbers of a target text that state specs, leaving out unit conversions printed next to
 * a source value (`1.2 cm (0.47 in)`, `80 to 200 °C (176–392 °F)`): they are derived, not invented.
 */
export function readStatedNumbers(
  text: string,
  profile: LanguageProfile,
  sourceValues: readonly number[],
  restatements: readonly PrefixRestatement[] = [],
): NumericMention[] {
  const groups = conversionGroups(text);
  // A value restated with another prefix states the source's own (1.2 km is the source's 1200 m), and a conversion
  // printed after it converts the printed value (`1.2 km (0.75 miles)`).
  const convertible = [...sourceValues];
  // A value that is a source value in its own right as well (10 kg beside 20斤 = 10 kg) states both.
  const printed = extractDigitNumbers(text, profile);
  const mentions = printed.flatMap((mention) => {
    const restated = restatementOf(mention, text.slice(mention.index + mention.text.length), restatements);
    if (!restated) return [mention];
    convertible.push(mention.value);
    const asSource = { ...mention, value: restated.source };
    return sourceValues.some((value) => sameValue(value, mention.value)) ? [mention, asSource] : [asSource];
  });
  const feetAndInches = feetAndInchesConversions(text, convertible);
  // A conversion converts the value printed just before it: `15 kg (44 lb)` is a wrong conversion even though 44 lb
  // is 20 kg, another source value. The values read in that stretch (printed and restated) are what it may convert.
  // Read once per position: every number of a group converts the same stretch.
  const stretches = new Map<number, number[]>();
  const convertedBefore = (start: number): number[] => {
    const known = stretches.get(start);
    if (known) return known;
    const from = stretchStart(text, start, groups);
    const inStretch = [...printed, ...mentions].filter(
      ({ index, text: written }) => index >= from && index + written.length <= start,
    );
    const measured = inStretch.filter(({ index, text: written }) =>
      measuredAfter(text.slice(index + written.length, start)),
    );
    const values = (measured.length > 0 ? measured : inStretch).map(({ value }) => value);
    const converted = values.length > 0 ? values : convertible;
    stretches.set(start, converted);
    return converted;
  };
  return mentions.filter((mention) => {
    if (feetAndInches.some(({ start, end }) => mention.index >= start && mention.index < end)) return false;
    // A source value is a stated spec, whatever unit follows it (28 lbs of string tension is the source's own unit).
    if (sourceValues.some((value) => sameValue(value, mention.value))) return true;
    const group = groups.find(({ start, end }) => mention.index > start && mention.index < end);
    const after = text.slice(mention.index + mention.text.length);
    if (group?.imperial) {
      if (group.fraction) return false;
      // The unit the number is printed in: the first imperial unit after it in the group (`(95–158 °F)`).
      const unitText = IMPERIAL_UNIT.exec(text.slice(mention.index + mention.text.length, group.end));
      const into = unitText ? imperialUnitOf(unitText[0]) : undefined;
      return !isUnitConversionOf(mention.value, convertedBefore(group.start), into);
    }
    // Outside parentheses, an imperial value is a conversion only right after the metric value it converts.
    const imperialAfter =
      IMPERIAL_UNIT_AFTER.test(after) &&
      METRIC_VALUE_BEFORE.test(text.slice(Math.max(0, mention.index - 24), mention.index));
    const into = imperialAfter ? imperialUnitOf(after.trimStart()) : undefined;
    if (group) return !isUnitConversionOf(mention.value, convertedBefore(group.start), into);
    return !(imperialAfter && isUnitConversionOf(mention.value, convertedBefore(mention.index), into));
  });
}
