import { type Language, LanguageValues } from '@content-pipeline/contracts';
import type { LanguageProfile, LengthUnit } from './language-profile';
import { DE_LANGUAGE } from './profiles/de.language';
import { EN_LANGUAGE } from './profiles/en.language';
import { ES_LANGUAGE } from './profiles/es.language';
import { FR_LANGUAGE } from './profiles/fr.language';
import { JA_LANGUAGE } from './profiles/ja.language';
import { codePointLength, displayWidth } from './width/display-width';

/** Every output language, in the order the pipeline generates them (English first: it is the master). */
export const LANGUAGES: readonly [Language, ...Language[]] = LanguageValues;

/** The profile of every output language, by code. */
export const LANGUAGE_PROFILES: Readonly<Record<Language, LanguageProfile>> = {
  en: EN_LANGUAGE,
  ja: JA_LANGUAGE,
  es: ES_LANGUAGE,
  de: DE_LANGUAGE,
  fr: FR_LANGUAGE,
};

/** True for one of the pipeline's output languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Length of `text` in `unit`: what a length limit of that unit compares against. */
export function measureLength(text: string, unit: LengthUnit): number {
  return unit === 'display-width' ? displayWidth(text) : codePointLength(text);
}
