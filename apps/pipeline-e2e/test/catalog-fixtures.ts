import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleCatalog, WORKSPACE_ROOT } from '@content-pipeline/testing';

const CATALOG_DIR = join(WORKSPACE_ROOT, 'data', 'catalog');

function lines(file: string): string[] {
  return readFileSync(join(CATALOG_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0);
}

/** The 200-SKU sample with SKU ids made unique to one test run (prefix), so runs never share versions. */
export function sampleLines(skuPrefix: string): { lines: string[]; uniqueSkuIds: Set<string> } {
  const { lines: rewritten, skuIds } = sampleCatalog({ count: 200, skuIdFor: (id) => `${skuPrefix}${id}` });
  return { lines: rewritten, uniqueSkuIds: skuIds };
}

/** The bad-input case that is valid despite its name: unknown extra fields are ignored, not rejected. */
export const ACCEPTED_BAD_INPUT_CASE = 'extra_fields_ok';

/**
 * The shared bad-input cases with the `_case` each one names. Rejected cases are byte for byte; the accepted one gets
 * its SKU id prefixed like the sample's, so runs never share its versions.
 */
export function badInputLines(skuPrefix: string): { line: string; caseName: string }[] {
  return lines('bad-input.jsonl').map((line) => {
    let caseName = 'not_a_json_object';
    try {
      const parsed = JSON.parse(line) as { _case?: string };
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && parsed._case)
        caseName = parsed._case;
      else if (Array.isArray(parsed)) caseName = 'json_array';
    } catch {
      caseName = 'not_json';
    }
    if (caseName !== ACCEPTED_BAD_INPUT_CASE) return { line, caseName };
    const record = JSON.parse(line) as { sku_id: string };
    return { line: JSON.stringify({ ...record, sku_id: `${skuPrefix}${record.sku_id}` }), caseName };
  });
}
