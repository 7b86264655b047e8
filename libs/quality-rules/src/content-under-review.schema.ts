import { z } from 'zod';
import { ContentUnderReview, LANGUAGE_CODES } from './content-under-review';

/** Validates untrusted input (a Kafka payload, a JSONL line) before it reaches the rules. */
export const contentUnderReviewSchema = z.object({
  language: z.enum(LANGUAGE_CODES),
  source: z.object({
    product_name: z.string(),
    product_description: z.string(),
    category: z.string(),
    attributes: z.record(z.string()).optional(),
  }),
  content: z.object({
    translated_description: z.string(),
    seo_title: z.string(),
    meta_description: z.string(),
    h1: z.string(),
    marketing_copy_a: z.string(),
    marketing_copy_b: z.string(),
    marketing_copy_c: z.string(),
    suggested_keywords: z.array(z.string()).optional(),
  }),
  targetKeywords: z.array(z.string()).optional(),
}) satisfies z.ZodType<ContentUnderReview>;
