// The labels the shared QA definitions give mechanically — lengths, h1, empty fields and what an empty field
// breaks — for the generated evaluation sets and the hand-written blind sets alike, so both label the same way.
import { LANGUAGE_PROFILES, type Language, measureLength } from '@content-pipeline/languages';

export type Content = {
  translated_description: string;
  seo_title: string;
  meta_description: string;
  h1: string;
  marketing_copy_a: string;
  marketing_copy_b: string;
  marketing_copy_c: string;
};

export function lengthOf(text: string, language: Language): number {
  return measureLength(text, LANGUAGE_PROFILES[language].lengthUnit);
}

export function inRange(
  text: string,
  language: Language,
  field: 'seoTitleLength' | 'metaDescriptionLength',
): boolean {
  const { min, max } = LANGUAGE_PROFILES[language][field];
  const length = lengthOf(text, language);
  return length >= min && length <= max;
}

const isBlank = (text: string): boolean => text.trim() === '';
const comparable = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

export function mechanicalLabels(content: Content, language: Language): string[] {
  const labels: string[] = [];
  if (!inRange(content.seo_title, language, 'seoTitleLength')) labels.push('seo_title_length');
  if (!inRange(content.meta_description, language, 'metaDescriptionLength'))
    labels.push('meta_description_length');
  if (isBlank(content.h1) || comparable(content.h1) === comparable(content.seo_title))
    labels.push('h1_same_as_title');
  if (Object.values(content).some(isBlank)) labels.push('empty_field');
  if ([content.marketing_copy_a, content.marketing_copy_b, content.marketing_copy_c].some(isBlank))
    labels.push('missing_cta');
  if (isBlank(content.translated_description)) labels.push('number_dropped');
  return labels;
}
