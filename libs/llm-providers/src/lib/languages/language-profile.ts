import type { TargetLanguage } from '../port/content-generation.port';

/** How a length limit is measured: code points, or display width (East Asian full-width counts 2). */
export type LengthMeasure = 'chars' | 'width';

/** An inclusive length range for one field. */
export interface LengthLimit {
  min: number;
  max: number;
  measure: LengthMeasure;
}

/** How numbers are written in a locale. */
export interface NumberFormat {
  decimalSeparator: string;
  /** Thousands separator; fr uses a narrow no-break space. */
  groupSeparator: string;
  /** Smallest integer digit count that gets grouped (Spanish leaves 4-digit numbers ungrouped). 0 = never group. */
  groupFromDigits: number;
  /** Shown to the model in the prompt. */
  example: string;
}

/**
 * Per-language rules, kept as data so prompts, the simulator and the quality gate read the same numbers.
 * One object per language in `<code>.language.ts`.
 */
export interface LanguageProfile {
  code: TargetLanguage;
  /** English name, for prompts. */
  name: string;
  tone: string;
  seoTitle: LengthLimit;
  metaDescription: LengthLimit;
  /** Calls to action the copies may use; every marketing copy needs one. */
  ctaPhrases: readonly string[];
  /** Platform-forbidden terms (and their inflections). */
  forbiddenTerms: readonly string[];
  numberFormat: NumberFormat;
  /** Extra style rules for the prompt. */
  styleNotes: readonly string[];
}
