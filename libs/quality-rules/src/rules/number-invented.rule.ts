import { TextField } from '../content-under-review';
import { formatValue, sameValue } from '../numbers/numeric-value';
import { readStatedNumbers } from '../numbers/spec-reading';
import { extractWordNumbers } from '../numbers/target-number-extraction';
import { targetDimensionAfter, UnitDimension } from '../numbers/unit-dimension';
import { QualityIssue } from '../quality-issue';
import { numberProfileFor, sourceSpecs } from './number-context';
import { QualityRule } from './quality-rule';

/** A unit of weight, volume or length right after a number: `1 kg` states a quantity, not "a single". */
const UNIT_OF_MEASURE_AFTER =
  /^[\s\u00a0\u202f]?(?:kg|g|mg|l|ml|cl|m|cm|mm|km|lbs?|oz|kilo\p{L}*|lit(?:er|re)s?|litros?|gram\p{L}*|キロ|グラム|リットル|メートル|センチ)(?![\p{L}\d²³])/iu;

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
  const { allowed, allowedInWords, restatements, sourceSaysOne, dimensionsByValue } = sourceSpecs(context);
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
      const measuredOne =
        !sourceSaysOne &&
        sameValue(mention.value, 1) &&
        UNIT_OF_MEASURE_AFTER.test(
          text.slice(mention.index + mention.text.length, mention.index + mention.text.length + 14),
        );
      const after = text.slice(mention.index + mention.text.length);
      const otherMeasure = measuresSomethingElse(
        mention.value,
        targetDimensionAfter(after),
        dimensionsByValue,
      );
      if (!measuredOne && !otherMeasure && allowed.some((value) => sameValue(value, mention.value))) continue;
      const alternative = targetReading.find(({ index }) => index === mention.index);
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
    if (profile.code === 'ja') continue;
    for (const mention of extractWordNumbers(text, profile)) {
      const { value } = mention;
      if (value < WORD_COUNT_RANGE.min || value > WORD_COUNT_RANGE.max) continue;
      if (profile.ambiguousNumberWords?.includes(mention.text)) continue;
      if (allowedInWords.some((allowedValue) => sameValue(allowedValue, value))) continue;
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
