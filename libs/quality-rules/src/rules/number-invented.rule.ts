import { TextField } from '../content-under-review';
import { timeUnitAfter } from '../numbers/time-units';
import { formatValue, NumericMention, sameValue } from '../numbers/numeric-value';
import { readStatedNumbers } from '../numbers/spec-reading';
import { extractWordNumbers } from '../numbers/target-number-extraction';
import { statesAnAge, targetDimensionAfter, UnitDimension } from '../numbers/unit-dimension';
import { QualityIssue } from '../quality-issue';
import { fold } from '../text/text-folding';
import { codeBefore, numberProfileFor, SourceSpecs, sourceSpecs } from './number-context';
import { QualityRule } from './quality-rule';

/** A unit of measure right after a number: `1 kg`, `1 PSI` state a quantity, not "a single". */
const UNIT_OF_MEASURE_AFTER =
  /^[\s\u00a0\u202f]?(?:kg|g|mg|l|ml|cl|m|cm|mm|km|lbs?|oz|psi|bar|atm|kilo\p{L}*|lit(?:er|re)s?|litros?|gram\p{L}*|キロ|グラム|リットル|メートル|センチ)(?![\p{L}\d²³])/iu;

/**
 * One unit of time, by the source values that restate it in a smaller unit (12 months or 365 days as "1 year",
 * 60 minutes as "1 hour"): a listing may write the larger unit.
 */
const ONE_UNIT_OF_TIME: ReadonlyArray<readonly [RegExp, readonly number[]]> = [
  [timeUnitAfter('year'), [12, 365, 52]],
  [timeUnitAfter('month'), [30, 31, 4]],
  [timeUnitAfter('week'), [7]],
  [timeUnitAfter('day'), [24]],
  [timeUnitAfter('hour'), [60]],
  [timeUnitAfter('minute'), [60]],
];

/** Years or months after a number, in the five languages (a warranty, a lifetime, an age range's end). */
const YEARS_OR_MONTHS = timeUnitAfter('year', 'month');

const CALENDAR_YEARS_FROM = 1000;

/**
 * True when years or months are stated with a value the source never gives as a span of time, as the value of a
 * Chinese time word (半年, 十几年) or twelvefold (`4 years` where the source's 4 counts press studs).
 */
function spanNotInSource(value: number, after: string, specs: Readonly<SourceSpecs>): boolean {
  // 2024年 is a calendar year (2024年モデル), not a span.
  if (value >= CALENDAR_YEARS_FROM || !YEARS_OR_MONTHS.test(after)) return false;
  const spans = specs.agesAndDurations;
  return !spans.some(
    (span) => sameValue(span, value) || sameValue(span, value * 12) || sameValue(span * 12, value),
  );
}

function restatedByASmallerUnit(after: string, durations: readonly number[]): boolean {
  const counts = ONE_UNIT_OF_TIME.find(([unit]) => unit.test(after))?.[1] ?? [];
  return durations.some((value) => counts.includes(value));
}

/**
 * True when a stated 1 is a measure (`1 kg`, `±1 PSI`, `1-year warranty`) that the source, which says no 1, does not
 * give: "1" alone is "a single" (2-in-1, No. 1), and "1 pair" is still a single one.
 */
function measuresAOne(
  before: string,
  after: string,
  stated: UnitDimension | undefined,
  specs: Readonly<SourceSpecs>,
): boolean {
  if (specs.sourceSaysOne) return false;
  if (/[±]\s?$/u.test(before) || UNIT_OF_MEASURE_AFTER.test(after.slice(0, 14))) return true;
  if (stated === 'duration')
    return !specs.countsPerUnitOfTime && !restatedByASmallerUnit(after, specs.agesAndDurations);
  return stated !== undefined && stated !== 'pair' && stated !== 'age';
}

/**
 * True when a stated age, number of pairs or coded rating is not one the source gives as such (`Ages 1–4` where the
 * source's children are 1 to 3 and its 4 counts wires; `3 pairs` where it sells two; `UPF 80` where its 80 is a
 * diameter): a value of the source, but not this one. Only when the source states ages, pairs or that code itself.
 */
function countsSomethingElse(
  value: number,
  language: string,
  before: string,
  after: string,
  stated: UnitDimension | undefined,
  { statesAge, agesAndDurations, pairCounts, codedValues }: Readonly<SourceSpecs>,
): boolean {
  const code = codeBefore(before);
  const codeValues = code === undefined ? undefined : codedValues.get(code);
  if (codeValues) return !codeValues.some((known) => sameValue(known, value));
  if (statesAge && statesAnAge(language, before, after))
    return !agesAndDurations.some((age) => sameValue(age, value) || sameValue(age, value * 12));
  if (stated === 'pair' && pairCounts.length > 0 && !sameValue(value, 1))
    return !pairCounts.some((pairs) => sameValue(pairs, value));
  return false;
}

/** See {@link countsSomethingElse} and {@link spanNotInSource}: a source value stated as something it is not. */
function statesAnotherKind(
  value: number,
  language: string,
  before: string,
  after: string,
  stated: UnitDimension | undefined,
  specs: Readonly<SourceSpecs>,
): boolean {
  return (
    countsSomethingElse(value, language, before, after, stated, specs) ||
    (!sameValue(value, 1) && spanNotInSource(value, after, specs))
  );
}

/**
 * True when a stated number measures something the source's same value does not (`40 g` where the source's only 40
 * is 零下40℃): an invented spec that happens to share a source value. Only when both units are known.
 */
function measuresSomethingElse(
  value: number,
  stated: UnitDimension | undefined,
  dimensionsByValue: ReadonlyMap<number, ReadonlySet<UnitDimension>>,
): boolean {
  if (!stated) return false;
  const entry = [...dimensionsByValue].find(([known]) => sameValue(known, value));
  return entry !== undefined && !entry[1].has(stated);
}

/** What a metric unit measures: a lexicon's count is none of these. */
const MEASURES: ReadonlySet<UnitDimension> = new Set([
  'length',
  'mass',
  'volume',
  'power',
  'temperature',
  'voltage',
  'charge',
  'energy',
  'data',
  'inch',
]);

/**
 * True when a number stated with a metric unit equals a value the source gives only as a count of its lexicon
 * (`2 L` where the source's only 2 is 双层, two layers): the count measures nothing, so the measure is invented.
 */
function measuresALexiconCount(
  value: number,
  stated: UnitDimension | undefined,
  specs: Readonly<SourceSpecs>,
): boolean {
  return (
    stated !== undefined &&
    MEASURES.has(stated) &&
    specs.lexiconOnlyCounts.some((count) => sameValue(count, value))
  );
}

/**
 * True when a number word counts something (`quinze couleurs`) while the source gives that value only as a measure
 * (15秒, fifteen seconds): the count is not the source's. A word followed by a unit of that measure (`quinze secondes`)
 * is the measure.
 */
function wordCountsWhatTheSourceMeasures(
  text: string,
  mention: NumericMention,
  dimensionsByValue: ReadonlyMap<number, ReadonlySet<UnitDimension>>,
): boolean {
  const measured = [...dimensionsByValue].find(([known]) => sameValue(known, mention.value))?.[1];
  if (!measured) return false;
  const after = text.slice(mention.index + mention.text.length);
  // A range's first word takes the unit after its second (`drei bis fünf Minuten`).
  const stated = targetDimensionAfter(after) ?? targetDimensionAfter(after.replace(WORD_RANGE_TAIL, ''));
  return stated === undefined || !measured.has(stated);
}

/** The rest of a range of number words after its first (`bis fünf`, `to five`, `o seis`). */
const WORD_RANGE_TAIL = /^\s*(?:bis|to|à|a|au|al|-|\u2013|\u2014|~|oder|or|ou|o|y|und|et|and)\s+[\p{L}-]+/u;

/** The fields whose numbers are specs; marketing copies may round and dramatise. */
const SPEC_FIELDS: readonly TextField[] = ['translated_description', 'seo_title', 'meta_description'];

/**
 * A count written as a word (*ocho comidas*, *three-year warranty*) is evidence of an invented spec only from 3
 * to 99: *one*, *a pair*, *two sides* are everyday words, and *a hundred ways* is rhetoric. It is a warning, as
 * the word may be idiom; Japanese kanji numerals are left out (一番, 一度 are words).
 */
const WORD_COUNT_RANGE = { min: 3, max: 99 };

/**
 * `number_invented`: a number in the description, title or meta that the source does not contain is
 * a hallucinated spec, the costliest defect (wrong capacity, wrong size, "pack of 3").
 */
export const numberInventedRule: QualityRule = (context) => {
  const specs = sourceSpecs(context);
  const { allowed, allowedInWords, restatements, sourceSaysOne, dimensionsByValue } = specs;
  const issues: QualityIssue[] = [];
  for (const field of SPEC_FIELDS) {
    const text = context.input.content[field];
    if (!text) continue;
    const profile = numberProfileFor(context, field);
    // A short field's language is a guess: a number that reads as a source value with the target language's
    // conventions (German 10.000 in a title recognised as English) is not invented.
    const targetReading =
      profile === context.profile ? [] : readStatedNumbers(text, context.profile, allowed, restatements);
    const reported: number[] = [];
    // Without the source's own 1, "1" is only "a single": read so that `28 g (1 oz)` is still a conversion.
    const readAgainst = sourceSaysOne ? allowed : allowed.filter((value) => value !== 1);
    for (const mention of readStatedNumbers(text, profile, readAgainst, restatements)) {
      const before = text.slice(Math.max(0, mention.index - 40), mention.index);
      const after = text.slice(mention.index + mention.text.length);
      const stated = targetDimensionAfter(after);
      const misread =
        (sameValue(mention.value, 1) && measuresAOne(before, after, stated, specs)) ||
        measuresSomethingElse(mention.value, stated, dimensionsByValue) ||
        measuresALexiconCount(mention.value, stated, specs) ||
        statesAnotherKind(mention.value, profile.code, before, after, stated, specs);
      if (!misread && allowed.some((value) => sameValue(value, mention.value))) continue;
      // The target language's reading may group what the guessed language splits (`1 250 W` in French is one number,
      // in English a 1 and a 250): a reading covering the mention stands for it.
      const alternative = targetReading.find(
        ({ index, text: written }) => index <= mention.index && mention.index < index + written.length,
      );
      if (alternative && allowed.some((value) => sameValue(value, alternative.value))) continue;
      if (reported.some((value) => sameValue(value, mention.value))) continue;
      reported.push(mention.value);
      issues.push({
        rule: 'number_invented',
        severity: 'critical',
        field,
        span: mention.text,
        message: `${field} states ${formatValue(mention.value)} ("${mention.text}"), which the source does not contain.`,
        suggestion: 'Use only the specs of the source listing; remove or correct this number.',
      });
    }
    // Number words are read only where the field reads as the listing's language: `four` in a French title guessed
    // to be English is an oven, `once` in an English field of a Spanish listing is not eleven, and a field wholly in
    // another language is `wrong_language`'s.
    if (profile !== context.profile || profile.code === 'ja') continue;
    // Word positions are the folded text's; they are the field's own only when folding kept its length.
    const positionsHold = fold(text).length === text.length;
    for (const mention of extractWordNumbers(text, profile)) {
      const { value } = mention;
      if (value < WORD_COUNT_RANGE.min || value > WORD_COUNT_RANGE.max) continue;
      if (profile.ambiguousNumberWords?.includes(mention.text)) continue;
      const countsSomethingMeasured =
        positionsHold && wordCountsWhatTheSourceMeasures(text, mention, dimensionsByValue);
      if (!countsSomethingMeasured && allowedInWords.some((allowedValue) => sameValue(allowedValue, value)))
        continue;
      if (reported.some((reportedValue) => sameValue(reportedValue, value))) continue;
      reported.push(value);
      issues.push({
        rule: 'number_invented',
        severity: 'warning',
        field,
        span: mention.text,
        message: `${field} states ${formatValue(value)} in words ("${mention.text}"), which the source does not contain.`,
        suggestion: 'Use only the specs of the source listing; remove or correct this number.',
      });
    }
  }
  return issues;
};
