/** Longest key a catalogue event is published with (an over-long SKU id is the ingester's to reject). */
const MAX_KEY_LENGTH = 200;

/**
 * The key a catalogue JSON line is published with: its `sku_id`, so every event of a SKU lands on one partition
 * in order. Lines that are not JSON or have no string `sku_id` get no key; they are sent anyway, because the
 * ingester, not the publisher, decides what is valid.
 */
export function catalogLineKey(line: string): string | null {
  try {
    const skuId = (JSON.parse(line) as { sku_id?: unknown } | null)?.sku_id;
    return typeof skuId === 'string' ? skuId.slice(0, MAX_KEY_LENGTH) : null;
  } catch {
    return null;
  }
}
