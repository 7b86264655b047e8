import { createHash } from 'node:crypto';
import type { CoreExtraction, GenerationInput } from '../port/content-generation.port';

/**
 * In-process cache of core extractions per (SKU, source hash, prompt version), so the five languages of a SKU
 * share one extraction call. Stores the promise, so concurrent languages wait for the same call instead of
 * starting their own; a failed call is evicted so the next attempt retries it. Bounded, oldest entry first out.
 */
export class ExtractionCache {
  private readonly entries = new Map<string, Promise<CoreExtraction>>();

  constructor(private readonly maxEntries = 5_000) {}

  /** Cache key: a change to any source field yields a new extraction. */
  static keyOf(input: GenerationInput): string {
    const hash = createHash('sha256')
      .update(
        JSON.stringify([
          input.productName,
          input.productDescription,
          input.category,
          input.brand ?? '',
          input.attributes,
        ]),
      )
      .digest('hex')
      .slice(0, 32);
    return `${input.skuId}:${hash}:${input.promptVersion}`;
  }

  /** The cached extraction for `key`, if one is cached or in flight. */
  peek(key: string): Promise<CoreExtraction> | undefined {
    return this.entries.get(key);
  }

  /** Caches the in-flight `extraction` under `key`, removing it again if it fails. */
  remember(key: string, extraction: Promise<CoreExtraction>): Promise<CoreExtraction> {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, extraction);
    extraction.catch(() => {
      if (this.entries.get(key) === extraction) this.entries.delete(key);
    });
    return extraction;
  }

  get size(): number {
    return this.entries.size;
  }
}
