import { measureLength as measureInUnit } from '@content-pipeline/languages';
import { LanguageProfile } from '../languages/language-profile';

/** Length in the unit the language's limits are expressed in. */
export function measureLength(text: string, profile: LanguageProfile): number {
  return measureInUnit(text, profile.lengthUnit);
}

/** How a length is described in messages: "47 characters" or "58 width units". */
export function describeLength(length: number, profile: LanguageProfile): string {
  return profile.lengthUnit === 'display-width'
    ? `${length} width units (full-width characters count 2)`
    : `${length} characters`;
}
