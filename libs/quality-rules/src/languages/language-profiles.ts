import { LanguageCode } from '../content-under-review';
import { DE_LANGUAGE } from './de.language';
import { EN_LANGUAGE } from './en.language';
import { ES_LANGUAGE } from './es.language';
import { FR_LANGUAGE } from './fr.language';
import { JA_LANGUAGE } from './ja.language';
import { LanguageProfile } from './language-profile';

/** The built-in profile of every target language. */
export const LANGUAGE_PROFILES: Readonly<Record<LanguageCode, LanguageProfile>> = {
  en: EN_LANGUAGE,
  ja: JA_LANGUAGE,
  es: ES_LANGUAGE,
  de: DE_LANGUAGE,
  fr: FR_LANGUAGE,
};
