import type { TargetLanguage } from '../port/content-generation.port';
import { DE_LANGUAGE } from './de.language';
import { EN_LANGUAGE } from './en.language';
import { ES_LANGUAGE } from './es.language';
import { FR_LANGUAGE } from './fr.language';
import { JA_LANGUAGE } from './ja.language';
import type { LanguageProfile } from './language-profile';

/** Rules of every target language, by code. */
export const LANGUAGE_PROFILES: Readonly<Record<TargetLanguage, LanguageProfile>> = {
  en: EN_LANGUAGE,
  ja: JA_LANGUAGE,
  es: ES_LANGUAGE,
  de: DE_LANGUAGE,
  fr: FR_LANGUAGE,
};

/** True for one of the five pipeline languages. */
export function isTargetLanguage(value: unknown): value is TargetLanguage {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LANGUAGE_PROFILES, value);
}
