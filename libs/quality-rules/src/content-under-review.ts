import { type Language, LANGUAGES } from '@content-pipeline/languages';
import { ContentField } from './quality-issue';

/** The target languages of the pipeline (the language catalogue's list). */
export const LANGUAGE_CODES = LANGUAGES;

/** A target language code. */
export type LanguageCode = Language;

/** The Chinese catalogue listing the content was generated from. */
export interface SourceListing {
  product_name: string;
  product_description: string;
  category: string;
  attributes?: Record<string, string>;
}

/** The generated, localised content for one language. */
export interface LocalizedContent {
  translated_description: string;
  seo_title: string;
  meta_description: string;
  h1: string;
  marketing_copy_a: string;
  marketing_copy_b: string;
  marketing_copy_c: string;
  suggested_keywords?: string[];
}

/** Everything the gate needs to judge one piece of generated content. */
export interface ContentUnderReview {
  language: LanguageCode;
  source: SourceListing;
  content: LocalizedContent;
  /** SEO keywords the content must contain; enables `target_keyword_missing`. */
  targetKeywords?: string[];
}

/** The free-text fields, in the order issues are reported. */
export const TEXT_FIELDS = [
  'translated_description',
  'seo_title',
  'meta_description',
  'h1',
  'marketing_copy_a',
  'marketing_copy_b',
  'marketing_copy_c',
] as const satisfies readonly ContentField[];

/** A free-text content field. */
export type TextField = (typeof TEXT_FIELDS)[number];

/** The three marketing copies (value-, emotion- and promotion-focused). */
export const MARKETING_COPY_FIELDS = [
  'marketing_copy_a',
  'marketing_copy_b',
  'marketing_copy_c',
] as const satisfies readonly TextField[];
