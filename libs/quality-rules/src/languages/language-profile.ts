import { LanguageCode } from '../content-under-review';

/** Inclusive length bounds, in the profile's {@link LanguageProfile.lengthUnit}. */
export interface LengthLimit {
  min: number;
  max: number;
}

/** A forbidden term and the regex (source, over folded text) that matches it and its inflections. */
export interface ForbiddenTermDefinition {
  term: string;
  pattern: string;
}

/**
 * Everything language-specific the rules need, as plain data: adding a language or tuning one is
 * an edit to its `*.language.ts` file, never to a rule.
 *
 * Patterns are regular-expression sources matched against *folded* text: NFKC-normalised,
 * lower-cased, with diacritics stripped (`Fälschung` → `falschung`, `Cómprala` → `comprala`),
 * so one pattern covers accented and unaccented spellings.
 */
export interface LanguageProfile {
  code: LanguageCode;
  /** `code-points` counts Unicode code points; `display-width` counts East Asian Width F/W as 2. */
  lengthUnit: 'code-points' | 'display-width';
  seoTitleLength: LengthLimit;
  metaDescriptionLength: LengthLimit;
  /** Whole-word matching for space-separated languages, substring matching for Japanese. */
  forbiddenTermMatching: 'whole-word' | 'substring';
  forbiddenTerms: ForbiddenTermDefinition[];
  /**
   * Calls to action. `sentenceStart` patterns must match at the start of a sentence (imperatives
   * that are also nouns: *Order* vs *your order*); `anywhere` patterns are unambiguous.
   */
  callToAction: { sentenceStart: string[]; anywhere: string[] };
  numberFormat: {
    /** Separators accepted between groups of three digits. */
    thousandsSeparators: string[];
    decimalSeparator: '.' | ',';
  };
  /** Number words (folded) and their values: *two-year warranty*, *zwei Jahre*, *doce colores*. */
  numberWords: Record<string, number>;
  /**
   * Word endings after a number word that still make it a quantity (German `zweijährig`,
   * `dreistufig`), as opposed to a word that merely contains a numeral (`Dreiecke`).
   */
  numberWordCompoundSuffixes: string[];
  /** Frequent function words (lower-cased, accents kept) used to recognise the language of a field. */
  stopwords: string[];
  /** Characters that are evidence for this language (`ß`, `ñ`, `ç`). */
  distinctiveCharacters: string;
}
