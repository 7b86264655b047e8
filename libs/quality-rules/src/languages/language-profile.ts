import type { LanguageProfile as CatalogueLanguageProfile } from '@content-pipeline/languages';

/**
 * The gate's lexicons for one language, as plain data: adding a language or tuning one is an edit to its
 * `*.language.ts` file, never to a rule. Limits, forbidden terms and number formats are in the language catalogue
 * (`@content-pipeline/languages`), shared with the prompts.
 *
 * Patterns are regular-expression sources matched against *folded* text: NFKC-normalised,
 * lower-cased, with diacritics stripped (`Fälschung` → `falschung`, `Cómprala` → `comprala`),
 * so one pattern covers accented and unaccented spellings.
 */
export interface LanguageRuleData {
  /**
   * Calls to action. `sentenceStart` patterns must match at the start of a sentence (imperatives
   * that are also nouns: *Order* vs *your order*); `anywhere` patterns are unambiguous.
   */
  callToAction: { sentenceStart: string[]; anywhere: string[] };
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

/** Everything a rule knows about a language: the catalogue's profile and the gate's lexicons. */
export type LanguageProfile = CatalogueLanguageProfile & LanguageRuleData;

export type { ForbiddenTermDefinition, LengthLimit } from '@content-pipeline/languages';
