import { QualityIssue } from '../quality-issue';
import { fold } from '../text/text-folding';
import { QualityRule } from './quality-rule';

/** `target_keyword_missing`: each SEO keyword the brief asks for appears in the title, meta or description. */
export const targetKeywordRule: QualityRule = ({ input }) => {
  const keywords = input.targetKeywords ?? [];
  if (keywords.length === 0) return [];
  const { seo_title, meta_description, translated_description } = input.content;
  const haystack = fold(`${seo_title}\n${meta_description}\n${translated_description}`);
  return keywords
    .filter((keyword) => keyword.trim() && !haystack.includes(fold(keyword.trim())))
    .map(
      (keyword): QualityIssue => ({
        rule: 'target_keyword_missing',
        severity: 'warning',
        field: 'seo_title',
        span: keyword,
        message: `Target keyword "${keyword}" appears in none of title, meta description and description.`,
        suggestion: `Work "${keyword}" naturally into the SEO title or the meta description.`,
      }),
    );
};
