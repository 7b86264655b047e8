import { LanguageCode, LocalizedContent } from '../content-under-review';
import { assessContentQuality } from '../quality-gate';
import { contentFixture } from './content.fixture';

/** Number issues (`rule span`) on a one-sentence listing. */
export function numberRules(
  language: LanguageCode,
  productDescription: string,
  content: Partial<LocalizedContent>,
): string[] {
  const report = assessContentQuality(
    contentFixture(language, content, { product_description: productDescription, product_name: 'Kiro' }),
  );
  return report.issues.filter((issue) => issue.rule.startsWith('number_')).map((i) => `${i.rule} ${i.span}`);
}

/** Number issues when only the description is written (an empty meta, a title without numbers). */
export const descriptionIssues = (
  language: LanguageCode,
  productDescription: string,
  translated_description: string,
) =>
  numberRules(language, productDescription, {
    translated_description,
    seo_title: 'Kiro',
    meta_description: '',
  });
