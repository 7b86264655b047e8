import { z } from 'zod';

const requiredText = z.string().trim().min(1);

/**
 * Shape of {@link ProductContent} as a model must return it. Keywords may be empty: the design's workflow does
 * not produce them, and the gate judges content without them.
 */
export const productContentSchema = z.object({
  translated_description: requiredText,
  seo_title: requiredText,
  meta_description: requiredText,
  h1: requiredText,
  marketing_copy_a: requiredText,
  marketing_copy_b: requiredText,
  marketing_copy_c: requiredText,
  suggested_keywords: z.array(requiredText).max(20),
});

const specValue = z.union([z.string(), z.number()]).transform(String);

/**
 * Technical specs as name → value. A model under a strict schema cannot return an open-ended object, so it sends
 * a list of `{name, value}` pairs; the project's Dify workflow and JSON mode send the object. Both read the same.
 */
const technicalSpecs = z.union([
  z.record(z.string(), specValue),
  z
    .array(z.object({ name: z.string(), value: specValue }))
    .transform((pairs) => Object.fromEntries(pairs.map((pair) => [pair.name, pair.value]))),
]);

/** Shape of {@link CoreExtraction} as a model must return it. */
export const coreExtractionSchema = z.object({
  core_features: z.array(z.string()),
  target_audience: z.string(),
  key_benefits: z.array(z.string()),
  technical_specs: technicalSpecs,
  unique_selling_point: z.string(),
});
