import { createHash } from 'node:crypto';
import type { CatalogSku } from './catalog-sku';

/**
 * Hash of the fields generation reads. Price and timestamps are excluded: a price change does not change
 * the text, so replaying or re-publishing such an event regenerates nothing.
 */
export function sourceHash(
  sku: Pick<CatalogSku, 'productName' | 'productDescription' | 'category' | 'brand' | 'attributes'>,
): string {
  const attributes = Object.keys(sku.attributes)
    .sort()
    .map((name) => [name, sku.attributes[name]]);
  return createHash('sha256')
    .update(
      JSON.stringify([
        sku.productName.normalize('NFC'),
        sku.productDescription.normalize('NFC'),
        sku.category,
        sku.brand,
        attributes,
      ]),
    )
    .digest('hex');
}
