/** The 12 category keys the catalogue uses. */
export const CATALOG_CATEGORIES = [
  'consumer_electronics',
  'home_appliances',
  'kitchen',
  'apparel',
  'shoes',
  'beauty',
  'sports_outdoor',
  'toys',
  'pet_supplies',
  'furniture',
  'auto_accessories',
  'office',
] as const;

export type CatalogCategory = (typeof CATALOG_CATEGORIES)[number];

/** A catalogue SKU that passed validation: safe to store and to generate content from. */
export interface CatalogSku {
  skuId: string;
  productName: string;
  productDescription: string;
  category: CatalogCategory;
  brand: string;
  attributes: Record<string, string>;
  priceCny: number | null;
  updatedAt: string;
}

export interface CatalogProblem {
  field: string;
  problem: string;
}

export type CatalogValidation =
  | { ok: true; sku: CatalogSku; ignoredFields: string[] }
  | { ok: false; problems: CatalogProblem[] };
