import { SKU_ID_PATTERN } from '@content-pipeline/contracts';

/** Limits of an acceptable catalogue record; generous for real listings, tight enough to stop abuse. */
export const CATALOG_LIMITS = {
  skuIdPattern: SKU_ID_PATTERN,
  productNameMaxChars: 200,
  descriptionMinChars: 10,
  /** ~40× a normal listing; a 200,000-character description is an error upstream, not a product. */
  descriptionMaxChars: 20_000,
  /** Share of letters that must be Han characters for the source to count as Chinese. */
  minHanShare: 0.3,
  attributeMaxEntries: 100,
  attributeValueMaxChars: 500,
  /** updated_at may run ahead of our clock by this much (clock skew); beyond, ordering by it would break. */
  maxFutureSkewMs: 24 * 60 * 60 * 1_000,
} as const;
