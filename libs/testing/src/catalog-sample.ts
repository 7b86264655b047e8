import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './workspace-root';

export interface SampleCatalogOptions {
  /** Records wanted; the file is cycled through when it has fewer. */
  count: number;
  /** The SKU id a record gets, so runs never share SKUs (and so versions) with each other. */
  skuIdFor: (originalSkuId: string, index: number) => string;
  /** A JSONL catalogue; the project's 200-SKU sample by default. */
  file?: string;
}

/** Catalogue lines for a test or benchmark run, with the SKU ids they carry. */
export function sampleCatalog(options: SampleCatalogOptions): { lines: string[]; skuIds: Set<string> } {
  const records = readFileSync(
    options.file ?? join(WORKSPACE_ROOT, 'data', 'catalog', 'sample-200.jsonl'),
    'utf8',
  )
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as { sku_id: string });
  const skuIds = Array.from({ length: options.count }, (_, index) =>
    options.skuIdFor(records[index % records.length].sku_id, index),
  );
  const lines = skuIds.map((skuId, index) =>
    JSON.stringify({ ...records[index % records.length], sku_id: skuId }),
  );
  return { lines, skuIds: new Set(skuIds) };
}
