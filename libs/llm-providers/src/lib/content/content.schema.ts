import { z } from 'zod';

const requiredText = z.string().trim().min(1);

/** Shape of {@link ProductContent} as a model must return it. */
export const productContentSchema = z.object({
  translated_description: requiredText,
  seo_title: requiredText,
  meta_description: requiredText,
  h1: requiredText,
  marketing_copy_a: requiredText,
  marketing_copy_b: requiredText,
  marketing_copy_c: requiredText,
  suggested_keywords: z.array(requiredText).min(1).max(20),
});

/** Shape of {@link CoreExtraction} as a model must return it. */
export const coreExtractionSchema = z.object({
  core_features: z.array(z.string()),
  target_audience: z.string(),
  key_benefits: z.array(z.string()),
  technical_specs: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)),
  unique_selling_point: z.string(),
});
