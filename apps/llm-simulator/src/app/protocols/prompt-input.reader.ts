import {
  PROMPT_VERSIONS,
  type GenerationInput,
  type ProductContent,
  type PromptBlockName,
} from '@content-pipeline/llm-providers';
import { isLanguage } from '@content-pipeline/languages';

function parseJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Rebuilds the generation input from the data blocks of a v1 prompt. Only the blocks are read, never free text,
 * which is how a well-behaved model treats the catalogue's embedded instructions.
 */
export function readPromptInput(
  blocks: Partial<Record<PromptBlockName, string>>,
): GenerationInput | undefined {
  const source = parseJson(blocks.product_source) as
    | {
        sku_id?: unknown;
        product_name?: unknown;
        product_description?: unknown;
        category?: unknown;
        brand?: unknown;
        attributes?: unknown;
      }
    | undefined;
  if (!source || typeof source.sku_id !== 'string' || typeof source.product_description !== 'string')
    return undefined;
  const language = blocks.target_language?.trim();
  const master = parseJson(blocks.english_master) as ProductContent | undefined;
  return {
    skuId: source.sku_id,
    productName: typeof source.product_name === 'string' ? source.product_name : '',
    productDescription: source.product_description,
    category: typeof source.category === 'string' ? source.category : '',
    brand: typeof source.brand === 'string' ? source.brand : undefined,
    attributes: (typeof source.attributes === 'object' && source.attributes !== null
      ? source.attributes
      : {}) as Record<string, string>,
    targetLanguage: isLanguage(language) ? language : 'en',
    sourceContent: master && typeof master === 'object' ? master : undefined,
    feedback: blocks.regeneration_feedback,
    attempt: Number(blocks.attempt ?? 1) || 1,
    promptVersion: PROMPT_VERSIONS[0],
  };
}
