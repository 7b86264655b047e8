import { QualityRule } from './quality-rule';
import { checkLength } from './length-limit';

/** `seo_title_length`: search engines truncate long titles and rank thin ones poorly. */
export const seoTitleLengthRule: QualityRule = ({ input, profile }) =>
  checkLength(
    'seo_title_length',
    'seo_title',
    'SEO title',
    input.content.seo_title,
    profile.seoTitleLength,
    profile,
  );
