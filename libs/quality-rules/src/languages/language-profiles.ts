import { LANGUAGE_PROFILES as CATALOGUE_PROFILES } from '@content-pipeline/languages';
import { LanguageCode } from '../content-under-review';
import { DE_RULE_DATA } from './de.language';
import { EN_RULE_DATA } from './en.language';
import { ES_RULE_DATA } from './es.language';
import { FR_RULE_DATA } from './fr.language';
import { JA_RULE_DATA } from './ja.language';
import { LanguageProfile } from './language-profile';

/** The built-in profile of every target language: the catalogue's profile with the gate's lexicons. */
export const LANGUAGE_PROFILES: Readonly<Record<LanguageCode, LanguageProfile>> = {
  en: { ...CATALOGUE_PROFILES.en, ...EN_RULE_DATA },
  ja: { ...CATALOGUE_PROFILES.ja, ...JA_RULE_DATA },
  es: { ...CATALOGUE_PROFILES.es, ...ES_RULE_DATA },
  de: { ...CATALOGUE_PROFILES.de, ...DE_RULE_DATA },
  fr: { ...CATALOGUE_PROFILES.fr, ...FR_RULE_DATA },
};
