import type { Language } from '@content-pipeline/contracts';

/** The unit a language's length limits are written in. */
export type LengthUnit = 'code-points' | 'display-width';

/** Inclusive length bounds, in the profile's {@link LanguageProfile.lengthUnit}. */
export interface LengthLimit {
  min: number;
  max: number;
}

/**
 * A forbidden term and the regular-expression source that matches it and its inflections in *folded* text
 * (NFKC-normalised, lower-cased, diacritics stripped: `Fälschung` → `falschung`).
 */
export interface ForbiddenTermDefinition {
  term: string;
  pattern: string;
}

/** How numbers are written in a language, and which separators a reader accepts. */
export interface NumberFormat {
  decimalSeparator: '.' | ',';
  /** Thousands separator the prompts ask for; fr uses a narrow no-break space, ja none. */
  groupSeparator: string;
  /** Smallest integer digit count that gets grouped (Spanish leaves 4-digit numbers ungrouped). 0 = never group. */
  groupFromDigits: number;
  /** Separators accepted between groups of three digits when numbers are read back. */
  thousandsSeparators: string[];
  /** Shown to the model in the prompt. */
  example: string;
}

/**
 * What every part of the pipeline needs to know about one output language, as plain data, so that the prompts,
 * the simulator and the quality gate read the same limits, terms and formats. One object per language in
 * `profiles/<code>.language.ts`.
 */
export interface LanguageProfile {
  code: Language;
  /** English name, for prompts. */
  name: string;
  tone: string;
  /** Extra style rules for the prompt. */
  styleNotes: readonly string[];
  /** `code-points` counts Unicode code points; `display-width` counts East Asian Width F/W as 2. */
  lengthUnit: LengthUnit;
  seoTitleLength: LengthLimit;
  metaDescriptionLength: LengthLimit;
  /** Calls to action the prompts offer; every marketing copy needs one. */
  ctaPhrases: readonly string[];
  /** Whole-word matching for space-separated languages, substring matching for Japanese. */
  forbiddenTermMatching: 'whole-word' | 'substring';
  /** Platform-forbidden terms: named in the prompts, matched by the gate. */
  forbiddenTerms: ForbiddenTermDefinition[];
  numberFormat: NumberFormat;
}
