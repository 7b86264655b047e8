import { createHash } from 'node:crypto';

/** A bulk request waiting for a batch, as the assembler sees it. */
export interface QueuedBatchItem {
  id: string;
  /** What it adds to a batch (a JSONL line, or an element of the requests array). */
  bytes: number;
  queuedAt: number;
}

/** When a batch is sent: full (requests or bytes, within the provider's limits) or its oldest request too old. */
export interface BatchThresholds {
  maxRequests: number;
  maxBytes: number;
  maxAgeMs: number;
}

/** One batch to submit now. */
export interface PlannedBatch<T extends QueuedBatchItem> {
  items: T[];
  bytes: number;
  /** Why now: it is full, or its oldest request waited `maxAgeMs`. */
  reason: 'full' | 'age';
}

/**
 * Cuts the queue (oldest first) into batches: each as large as the limits allow, sent at once when full, and the
 * last, partial one only when its oldest request has waited `maxAgeMs` (so a trickle of backlog still moves,
 * and a flood fills batches to the limit). A request larger than `maxBytes` alone can never be batched: it is
 * returned in `oversized` for the interactive lane.
 */
export function planBatches<T extends QueuedBatchItem>(
  queue: readonly T[],
  thresholds: BatchThresholds,
  now: number,
): { batches: PlannedBatch<T>[]; oversized: T[] } {
  const ordered = [...queue].sort((a, b) => a.queuedAt - b.queuedAt);
  const batches: PlannedBatch<T>[] = [];
  const oversized: T[] = [];
  let current: PlannedBatch<T> = { items: [], bytes: 0, reason: 'full' };
  for (const item of ordered) {
    if (item.bytes > thresholds.maxBytes) {
      oversized.push(item);
      continue;
    }
    if (current.items.length >= thresholds.maxRequests || current.bytes + item.bytes > thresholds.maxBytes) {
      batches.push(current);
      current = { items: [], bytes: 0, reason: 'full' };
    }
    current.items.push(item);
    current.bytes += item.bytes;
  }
  if (current.items.length > 0) {
    const full = current.items.length >= thresholds.maxRequests || current.bytes >= thresholds.maxBytes;
    if (full) batches.push(current);
    else if (now - current.items[0].queuedAt >= thresholds.maxAgeMs) {
      batches.push({ ...current, reason: 'age' });
    }
  }
  return { batches, oversized };
}

/**
 * The custom id of a task attempt: the same attempt always gets the same id, so a result maps back once.
 * Anthropic allows `[a-zA-Z0-9_-]{1,64}`; a task id that does not fit (job-derived ids are long) is replaced by a
 * digest of it, never cut (cutting made the languages of one SKU collide).
 */
export function customIdOf(taskId: string, attempt: number): string {
  const suffix = `_a${attempt}`;
  const safe = taskId.replace(/[^a-zA-Z0-9_-]/g, '_');
  if (safe === taskId && safe.length + suffix.length <= 64) return `${safe}${suffix}`;
  const digest = createHash('sha256').update(taskId).digest('hex').slice(0, 40);
  return `t${digest}${suffix}`;
}
