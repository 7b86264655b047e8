import {
  EMPTY_PRODUCT_CONTENT,
  type ContentFieldName,
  type GenerationInput,
  type ProductContent,
} from '../port/content-generation.port';
import { getPromptSet } from '../prompts/prompt-catalog';
import { productContentSchema } from './content.schema';
import { PRODUCT_CONTENT_OUTPUT, toStrictJsonSchema, type StructuredOutput } from './structured-output';

/** Every field of {@link ProductContent}, in the order the answers list them. */
export const CONTENT_FIELD_NAMES: readonly ContentFieldName[] = [
  'translated_description',
  'seo_title',
  'meta_description',
  'h1',
  'marketing_copy_a',
  'marketing_copy_b',
  'marketing_copy_c',
  'suggested_keywords',
];

/** Whether `name` is a field of {@link ProductContent}. */
export function isContentFieldName(name: string): name is ContentFieldName {
  return (CONTENT_FIELD_NAMES as readonly string[]).includes(name);
}

/**
 * The fields `input` asks the model for when it is a field-only regeneration, in content order; undefined when the
 * whole set is to be written: a first attempt, a regeneration of every field, or a prompt set that regenerates
 * whole sets (v1). The previous content is not needed to ask (a Dify workflow never sees it), only to merge.
 */
export function requestedFieldsOf(input: GenerationInput): ContentFieldName[] | undefined {
  if (!input.regenerateFields?.length) return undefined;
  if (!getPromptSet(input.promptVersion).fieldRegeneration) return undefined;
  const asked = new Set<string>(input.regenerateFields);
  const fields = CONTENT_FIELD_NAMES.filter((field) => asked.has(field));
  return fields.length > 0 && fields.length < CONTENT_FIELD_NAMES.length ? fields : undefined;
}

/** The zod schema of an answer holding exactly `fields`. */
export function partialContentSchema(fields: readonly ContentFieldName[]) {
  const mask = Object.fromEntries(fields.map((field) => [field, true as const])) as {
    [K in ContentFieldName]?: true;
  };
  return productContentSchema.pick(mask);
}

const outputs = new Map<string, StructuredOutput>();

/** The structured output a provider enforces for an answer holding `fields` (the whole set when undefined). */
export function contentOutputFor(fields: readonly ContentFieldName[] | undefined): StructuredOutput {
  if (!fields) return PRODUCT_CONTENT_OUTPUT;
  const key = fields.join(',');
  let output = outputs.get(key);
  if (!output) {
    output = {
      name: 'product_content_fields',
      description: 'The requested fields of the localised product page content, rewritten.',
      schema: toStrictJsonSchema(partialContentSchema(fields)),
    };
    outputs.set(key, output);
  }
  return output;
}

/**
 * The previous attempt's content with `fields` replaced by the regenerated answer's. Without a previous content
 * (a request that lost it) the other fields stay empty, so the gate reports each on its field rather than the
 * pipeline publishing half a set.
 */
export function mergeRegeneratedFields(
  previous: ProductContent | undefined,
  answer: Partial<ProductContent>,
  fields: readonly ContentFieldName[],
): ProductContent {
  const base = previous ?? EMPTY_PRODUCT_CONTENT;
  const merged: ProductContent = { ...base, suggested_keywords: [...base.suggested_keywords] };
  for (const field of fields) {
    const value = answer[field];
    if (value === undefined) continue;
    if (field === 'suggested_keywords') merged.suggested_keywords = [...(value as string[])];
    else merged[field] = value as string;
  }
  return merged;
}
