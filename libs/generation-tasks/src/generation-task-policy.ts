import type { Language } from '@content-pipeline/contracts';

/** The language every SKU is generated in first; the other languages are derived from its passing version. */
export const PIVOT_LANGUAGE = 'en' satisfies Language;

/** A language derived from the pivot (English) master. */
export type DerivedLanguage = Exclude<Language, typeof PIVOT_LANGUAGE>;

/**
 * The configured rules every generation task follows, passed in by the service (read from its
 * configuration): how many generator attempts a task gets, and which languages derive from the pivot.
 */
export interface GenerationTaskPolicy {
  /** Generator attempts of a new task (and the fresh budget after a reviewer's rejection). */
  maxAttempts: number;
  /** Languages derived from a passing English master (`PIVOT_LANGUAGES`), in request order. */
  derivedLanguages: readonly DerivedLanguage[];
}

/**
 * The languages a passing version of `language` fans out to: the configured derived languages for the
 * pivot, none for a derived language.
 */
export function derivedLanguagesOf(language: Language, policy: GenerationTaskPolicy): DerivedLanguage[] {
  return language === PIVOT_LANGUAGE ? [...policy.derivedLanguages] : [];
}
