export type { Language } from '@content-pipeline/contracts';
export type {
  ForbiddenTermDefinition,
  LanguageProfile,
  LengthLimit,
  LengthUnit,
  NumberFormat,
} from './language-profile';
export { LANGUAGES, LANGUAGE_PROFILES, isLanguage, measureLength } from './language-catalogue';
export { codePointLength, codePointWidth, displayWidth } from './width/display-width';
export { UNICODE_VERSION } from './width/east-asian-width.generated';
