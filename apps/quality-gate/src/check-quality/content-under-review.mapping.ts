import type { ContentGenerated } from '@content-pipeline/contracts';
import type { ContentUnderReview } from '@content-pipeline/quality-rules';

/** What the rules judge: the generated content against its Chinese source, in its target language. */
export function toContentUnderReview(generated: ContentGenerated): ContentUnderReview {
  const { content, source } = generated;
  return {
    language: generated.language,
    source: {
      product_name: source.productName,
      product_description: source.productDescription,
      category: source.category,
      attributes: source.attributes,
    },
    content: {
      translated_description: content.translatedDescription,
      seo_title: content.seoTitle,
      meta_description: content.metaDescription,
      h1: content.h1,
      marketing_copy_a: content.marketingCopyA,
      marketing_copy_b: content.marketingCopyB,
      marketing_copy_c: content.marketingCopyC,
      suggested_keywords: content.suggestedKeywords,
    },
  };
}
