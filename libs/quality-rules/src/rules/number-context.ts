import { TextField } from '../content-under-review';
import { LanguageProfile } from '../languages/language-profile';
import {
  distinctByValue,
  readOptionalSourceNumbers,
  readPairCounts,
  readSourceNumbers,
  SourceNumber,
} from '../numbers/source-number-extraction';
import { PrefixRestatement } from '../numbers/prefix-restatement';
import { UnitDimension } from '../numbers/unit-dimension';
import { RuleContext } from './quality-rule';

/** The source values both number rules compare against. */
export interface SourceSpecs {
  /** Values the description must carry: every number of the Chinese product description. */
  required: SourceNumber[];
  /** Values the content may mention: required ones plus those of the product name and attributes. */
  allowed: number[];
  /**
   * The source itself says 1 (1千克, 一年, the product name's "1"): otherwise "1" is allowed only as "a single"
   * (2-in-1, No. 1), never with a unit of measure (an invented `1 kg`).
   */
  sourceSaysOne: boolean;
  /**
   * What each source value measures when every mention of it says so with a unit (40℃: temperature); a value any
   * mention of which has no unit (a count, a lexicon value, the product name's) is not listed.
   */
  dimensionsByValue: ReadonlyMap<number, ReadonlySet<UnitDimension>>;
  /** Values the source may be rendered with but need not (a month's name, 半年 as 6 months, 十几 as 10). */
  optional: number[];
  /**
   * Values some mention of which is an age or a span of time (3岁, 6个月, 两年, 十几年, 半年 as 6): what an age or a
   * span may be.
   */
  agesAndDurations: number[];
  /** The source states a child's age (3岁, 月龄): then an age the content states must be one of its values. */
  statesAge: boolean;
  /** The source counts per unit of time (每天, 每周): "1 day", "1日" render its 每 ("N times a day", 1日N回). */
  countsPerUnitOfTime: boolean;
  /**
   * The numbers each capital-letter code of the source is written with (UPF50+, IP67, SPF 30, CR2032): a number the
   * content writes after one of these codes must be one of them.
   */
  codedValues: ReadonlyMap<string, readonly number[]>;
  /** The numbers of pairs the source counts (两双, 3对): a number of pairs the content states must be one. */
  pairCounts: number[];
  /** Values the source gives only as a count of its lexicon (双层, 三合一, 四边), never as a number of its own. */
  lexiconOnlyCounts: number[];
  /** Values the content may say in words: the allowed ones and those a word renders (十几 as "a dozen"). */
  allowedInWords: number[];
  /** Source values a translation may write with another metric prefix (1200 m as 1.2 km). */
  restatements: PrefixRestatement[];
}

const PER_UNIT_OF_TIME = /每(?:个)?(?:天|日|晚|周|星期|礼拜|月|年|小时|分钟|秒)/u;

// Both number rules ask, in every language of a SKU: the source is read once and remembered.
const SPECS_MEMO_MAX_ENTRIES = 2_000;
const specsMemo = new Map<string, Readonly<SourceSpecs>>();

/** The source specs of the case's source (read once per source, shared: do not modify). */
export function sourceSpecs({ input }: RuleContext): Readonly<SourceSpecs> {
  const { product_description, product_name, attributes } = input.source;
  const extraText = [product_name, ...Object.entries(attributes ?? {}).flat()].join('\n');
  const key = `${product_description}\u0000${extraText}`;
  const known = specsMemo.get(key);
  if (known) return known;
  const specs = readSourceSpecs(product_description, extraText);
  if (specsMemo.size >= SPECS_MEMO_MAX_ENTRIES) specsMemo.clear();
  specsMemo.set(key, specs);
  return specs;
}

function readSourceSpecs(description: string, extraText: string): SourceSpecs {
  const described = readSourceNumbers(description);
  const extra = readSourceNumbers(extraText);
  const mentions = [...described.found, ...extra.found];
  const lexicon = readOptionalSourceNumbers(`${description}\n${extraText}`);
  const optional = [...lexicon.allowed, ...described.optional, ...extra.optional];
  const required = distinctByValue(described.found);
  const stated = [
    ...required.map((mention) => mention.value),
    ...extra.found.map((mention) => mention.value),
    ...optional,
  ];
  // "1" is how every language writes "a single" (2-in-1, No. 1): too common to be a hallucinated spec.
  const allowed = [...stated, 1];
  return {
    required,
    allowed,
    allowedInWords: [...allowed, ...lexicon.inWordsOnly],
    restatements: mentions.flatMap((mention) => mention.restatements ?? []),
    sourceSaysOne: stated.includes(1),
    dimensionsByValue: measuredValues(mentions, optional),
    agesAndDurations: [
      ...mentions.filter(({ dimensions }) => dimensions?.includes('duration')).map(({ value }) => value),
      ...lexicon.spans,
    ],
    statesAge: mentions.some(({ dimensions }) => dimensions?.includes('age')),
    optional,
    codedValues: codedValuesOf(`${description}\n${extraText}`),
    countsPerUnitOfTime: PER_UNIT_OF_TIME.test(`${description}\n${extraText}`),
    pairCounts: readPairCounts(`${description}\n${extraText}`),
    lexiconOnlyCounts: lexicon.counts.filter(
      (count) =>
        !mentions.some(({ value, restatements }) =>
          [value, ...(restatements ?? []).map((r) => r.value)].some((known) => known === count),
        ) && !described.optional.includes(count),
    ),
  };
}

/** A code of two to four capitals right before a number (IP67, UPF 50, CR2032), not inside a longer word. */
const CODED_NUMBER = /(?<![A-Za-z\d])([A-Z]{2,4})[\s-]?(\d+(?:\.\d+)?)/gu;

/** The capital-letter code just before a position of a text, if any (see {@link CODED_NUMBER}). */
export function codeBefore(before: string): string | undefined {
  return /(?<![A-Za-z\d])([A-Z]{2,4})[\s-]?$/u.exec(before)?.[1];
}

function codedValuesOf(text: string): Map<string, number[]> {
  const coded = new Map<string, number[]>();
  for (const [, code, digits] of text.normalize('NFKC').matchAll(CODED_NUMBER))
    coded.set(code, [...(coded.get(code) ?? []), Number(digits)]);
  return coded;
}

/** The dimensions of each value every mention of which names its unit (see {@link SourceSpecs.dimensionsByValue}). */
function measuredValues(
  mentions: readonly SourceNumber[],
  optional: readonly number[],
): Map<number, ReadonlySet<UnitDimension>> {
  const measured = new Map<number, Set<UnitDimension>>();
  const unmeasured = new Set<number>([...optional, 1]);
  for (const mention of mentions) {
    if (!mention.dimensions?.length) unmeasured.add(mention.value);
    else
      for (const dimension of mention.dimensions)
        measured.set(mention.value, (measured.get(mention.value) ?? new Set()).add(dimension));
  }
  for (const value of unmeasured) measured.delete(value);
  return measured;
}

/**
 * The conventions to read a field's numbers with: its own language when it is written in another
 * of the five (a German description in an en case uses 5.000), else the target language's.
 */
export function numberProfileFor(context: RuleContext, field: TextField): LanguageProfile {
  const detected = context.fieldLanguages[field]?.language;
  return detected && detected !== context.profile.code && detected in context.profiles
    ? context.profiles[detected]
    : context.profile;
}
