import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { sampleCatalog } from '@content-pipeline/testing';

/**
 * Where the bench's catalogue lines come from: a generated catalogue file, streamed (the 120,000-SKU file is
 * ~180 MB), or the project's 200-SKU sample cycled to the size wanted.
 */
export interface CatalogueSource {
  /** Lines to publish, at most `limit` of them (all of a file when undefined). */
  limit?: number;
  /** A JSONL catalogue, e.g. `node ../shared/data/catalog/generate.mjs --count 120000 --seed 42`. */
  file?: string;
  /** Run-unique prefix put before every SKU id, so a run never shares SKUs with an earlier one. */
  prefix: string;
}

/**
 * The catalogue in batches of `batchSize` lines, SKU ids prefixed. A file's own SKU ids are kept behind the
 * prefix, so a line that re-emits an earlier SKU (the generator's `--dup-rate`) still names the same SKU.
 */
export async function* catalogueBatches(
  source: CatalogueSource,
  batchSize: number,
): AsyncGenerator<string[]> {
  if (!source.file) {
    const { lines } = sampleCatalog({
      count: source.limit ?? 0,
      skuIdFor: (_, index) => `${source.prefix}-${String(index).padStart(7, '0')}`,
    });
    for (let start = 0; start < lines.length; start += batchSize) yield lines.slice(start, start + batchSize);
    return;
  }
  const reader = createInterface({ input: createReadStream(source.file, 'utf8'), crlfDelay: Infinity });
  let batch: string[] = [];
  let read = 0;
  for await (const line of reader) {
    if (line.trim().length === 0) continue;
    if (source.limit !== undefined && read >= source.limit) break;
    read += 1;
    batch.push(prefixed(line, source.prefix));
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  reader.close();
  if (batch.length > 0) yield batch;
}

function prefixed(line: string, prefix: string): string {
  const record = JSON.parse(line) as { sku_id?: unknown };
  return typeof record.sku_id === 'string'
    ? JSON.stringify({ ...record, sku_id: `${prefix}-${record.sku_id}` })
    : line;
}

/** The SKU id a (prefixed) catalogue line carries, if any. */
export function skuIdOf(line: string): string | undefined {
  const skuId = (JSON.parse(line) as { sku_id?: unknown }).sku_id;
  return typeof skuId === 'string' ? skuId : undefined;
}
