import type { GenerationRequested, ProductContent } from '@content-pipeline/contracts';
import {
  isContentFieldName,
  type GenerationInput,
  type ProductContent as ProviderContent,
} from '@content-pipeline/llm-providers';

/** Provider (snake_case, the LLM's JSON) → contract (camelCase Avro). */
export function toContractContent(content: ProviderContent): ProductContent {
  return {
    translatedDescription: content.translated_description,
    seoTitle: content.seo_title,
    metaDescription: content.meta_description,
    h1: content.h1,
    marketingCopyA: content.marketing_copy_a,
    marketingCopyB: content.marketing_copy_b,
    marketingCopyC: content.marketing_copy_c,
    suggestedKeywords: content.suggested_keywords ?? [],
  };
}

export function toProviderContent(content: ProductContent): ProviderContent {
  return {
    translated_description: content.translatedDescription,
    seo_title: content.seoTitle,
    meta_description: content.metaDescription,
    h1: content.h1,
    marketing_copy_a: content.marketingCopyA,
    marketing_copy_b: content.marketingCopyB,
    marketing_copy_c: content.marketingCopyC,
    suggested_keywords: content.suggestedKeywords,
  };
}

/** What the provider port needs from a generation request. */
export function toGenerationInput(request: GenerationRequested): GenerationInput {
  return {
    skuId: request.skuId,
    productName: request.source.productName,
    productDescription: request.source.productDescription,
    category: request.source.category,
    brand: request.source.brand || undefined,
    attributes: request.source.attributes,
    targetLanguage: request.language,
    sourceContent: request.masterContent ? toProviderContent(request.masterContent) : undefined,
    feedback: request.feedback ?? undefined,
    // Only with the content to complete (always there when the regenerator asks); field names from a newer
    // regenerator that this generator does not know are dropped; none left: the whole set.
    regenerateFields: request.previousContent ? request.regenerateFields.filter(isContentFieldName) : [],
    previousContent: request.previousContent ? toProviderContent(request.previousContent) : undefined,
    attempt: request.attempt,
    promptVersion: request.promptVersion,
    user: request.jobId,
  };
}
