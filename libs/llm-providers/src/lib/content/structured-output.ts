import { z, type ZodTypeAny } from 'zod';
import { coreExtractionSchema, productContentSchema } from './content.schema';

/** A JSON Schema document as providers take it (OpenAI `response_format`, Anthropic `input_schema`). */
export type JsonSchema = { [key: string]: unknown };

/** One output contract the providers enforce: a name for the request and the schema derived from the zod one. */
export interface StructuredOutput {
  /** `[a-zA-Z0-9_-]{1,64}`: OpenAI's `json_schema.name` and Anthropic's tool name. */
  name: string;
  description: string;
  schema: JsonSchema;
}

/**
 * The JSON Schema of a zod schema in the subset OpenAI's strict Structured Outputs accept: every object lists all
 * its properties as required and sets `additionalProperties: false`; the root is an object. Length and count
 * limits are left to zod (strict mode does not take all of them, and the gate judges lengths anyway). Where the
 * zod schema accepts alternatives, the first alternative that strict mode can express is the one asked for.
 */
export function toStrictJsonSchema(schema: ZodTypeAny): JsonSchema {
  const json = convert(schema);
  if (json === undefined || json['type'] !== 'object') {
    throw new Error('a structured output must be an object a strict schema can express');
  }
  return json;
}

function convert(schema: ZodTypeAny): JsonSchema | undefined {
  if (schema instanceof z.ZodEffects) return convert(schema.innerType());
  if (schema instanceof z.ZodString) return { type: 'string' };
  if (schema instanceof z.ZodNumber) return { type: 'number' };
  if (schema instanceof z.ZodBoolean) return { type: 'boolean' };
  if (schema instanceof z.ZodArray) {
    const items = convert(schema.element);
    return items && { type: 'array', items };
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, ZodTypeAny>;
    const properties: Record<string, JsonSchema> = {};
    for (const [key, value] of Object.entries(shape)) {
      const property = convert(value);
      if (!property) return undefined;
      properties[key] = property;
    }
    return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
  }
  if (schema instanceof z.ZodUnion) {
    const options = schema.options as ZodTypeAny[];
    const convertible = options.map(convert).filter((o): o is JsonSchema => o !== undefined);
    // A union of plain scalars stays a union (strict mode takes anyOf); otherwise the first expressible form.
    if (
      convertible.length === options.length &&
      convertible.every(
        (o) => typeof o['type'] === 'string' && o['type'] !== 'object' && o['type'] !== 'array',
      )
    ) {
      return { anyOf: convertible };
    }
    return convertible[0];
  }
  // Open-ended objects (records) and anything else strict mode cannot describe.
  return undefined;
}

/** The localised content of one SKU and language. */
export const PRODUCT_CONTENT_OUTPUT: StructuredOutput = {
  name: 'product_content',
  description: 'The localised product page content for one product and language.',
  schema: toStrictJsonSchema(productContentSchema),
};

/** The language-neutral facts of one SKU. */
export const CORE_EXTRACTION_OUTPUT: StructuredOutput = {
  name: 'core_extraction',
  description: 'The language-neutral facts of one product, read from its Chinese listing.',
  schema: toStrictJsonSchema(coreExtractionSchema),
};
