import { isBlank } from '../text/text-folding';
import { QualityRule } from './quality-rule';

/** NFKC, lower case, punctuation and symbols removed, whitespace collapsed. */
export function normalizeHeading(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // Upper-casing turns ß into SS; fold both ways of writing it together.
      .replace(/ß/g, 'ss')
      .replace(/[\p{P}\p{S}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** `h1_same_as_title`: the page heading should complement the title, not repeat it; a missing h1 breaks the page. */
export const h1SameAsTitleRule: QualityRule = ({ input }) => {
  const { h1, seo_title } = input.content;
  if (isBlank(h1)) {
    return [
      {
        rule: 'h1_same_as_title',
        severity: 'warning',
        field: 'h1',
        message: 'The h1 is missing.',
        suggestion: 'Write an h1 that names the product and one benefit, different from the SEO title.',
      },
    ];
  }
  if (normalizeHeading(h1) !== normalizeHeading(seo_title)) return [];
  return [
    {
      rule: 'h1_same_as_title',
      severity: 'warning',
      field: 'h1',
      span: h1,
      message: 'The h1 repeats the SEO title.',
      suggestion: 'Rephrase the h1 around a benefit or use case instead of copying the title.',
    },
  ];
};
