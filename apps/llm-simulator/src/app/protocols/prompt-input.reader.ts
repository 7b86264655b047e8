import {
  isContentFieldName,
  PROMPT_VERSIONS,
  type ContentFieldName,
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

/** The fields a field-only regeneration prompt asks for (the JSON list ending its `regenerate_fields` block). */
export function readRegenerateFields(text: string | undefined): ContentFieldName[] | undefined {
  const list = text?.match(/\[[^\]]*\]\s*$/)?.[0];
  const fields = parseJson(list);
  if (!Array.isArray(fields)) return undefined;
  const known = fields.filter((f): f is ContentFieldName => typeof f === 'string' && isContentFieldName(f));
  return known.length > 0 ? known : undefined;
}

/**
 * Rebuilds the generation input from the data blocks of a v1 prompt. Only the blocks are read, never free text,
 * which is how a well-behaved model treats the catalogue's embedded instructions.
 */
export function readPromptInput(
  blocks: Partial<Record<PromptBlockName, string>>,
  listings?: ListingMemory,
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
  if (!source || typeof source.sku_id !== 'string') return undefined;
  const language = blocks.target_language?.trim();
  const master = parseJson(blocks.english_master) as ProductContent | undefined;
  if (typeof source.product_description !== 'string') {
    // A v2 prompt with an English master carries only the SKU id: the model writes from the master. The simulated
    // model composes from a listing, so it takes the one it saw in the SKU's English call (a stand-in, not a
    // prompt the pipeline sends).
    // An English field-only regeneration likewise carries the kept description instead of the listing.
    const seen = listings?.get(source.sku_id);
    if (!seen || (!master && !blocks.kept_fields)) return undefined;
    return {
      ...seen,
      targetLanguage: isLanguage(language) ? language : 'en',
      sourceContent: master && typeof master === 'object' ? master : undefined,
      feedback: blocks.regeneration_feedback,
      regenerateFields: readRegenerateFields(blocks.regenerate_fields),
      attempt: Number(blocks.attempt ?? 1) || 1,
      promptVersion: PROMPT_VERSIONS[0],
    };
  }
  const listing = {
    skuId: source.sku_id,
    productName: typeof source.product_name === 'string' ? source.product_name : '',
    productDescription: source.product_description,
    category: typeof source.category === 'string' ? source.category : '',
    brand: typeof source.brand === 'string' ? source.brand : undefined,
    attributes: (typeof source.attributes === 'object' && source.attributes !== null
      ? source.attributes
      : {}) as Record<string, string>,
  };
  listings?.remember(listing);
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
    regenerateFields: readRegenerateFields(blocks.regenerate_fields),
    attempt: Number(blocks.attempt ?? 1) || 1,
    promptVersion: PROMPT_VERSIONS[0],
  };
}

/** The catalogue part of a generation input. */
export type SeenListing = Pick<
  GenerationInput,
  'skuId' | 'productName' | 'productDescription' | 'category' | 'brand' | 'attributes'
>;

/** Listings the simulated model has read, by SKU, bounded (oldest out). */
export class ListingMemory {
  private readonly listings = new Map<string, SeenListing>();

  constructor(private readonly maxEntries = 20_000) {}

  remember(listing: SeenListing): void {
    this.listings.delete(listing.skuId);
    this.listings.set(listing.skuId, listing);
    if (this.listings.size > this.maxEntries) {
      const oldest = this.listings.keys().next().value;
      if (oldest !== undefined) this.listings.delete(oldest);
    }
  }

  get(skuId: string): SeenListing | undefined {
    return this.listings.get(skuId);
  }
}
