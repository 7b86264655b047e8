import { createHash } from 'node:crypto';

/**
 * A UUID-shaped id derived from its inputs (name-based, SHA-256). Redelivered input yields the same id,
 * so consumers downstream deduplicate on it: the basis of idempotency across the pipeline.
 */
export function derivedEventId(kind: string, ...parts: readonly (string | number)[]): string {
  const hex = createHash('sha256')
    .update([kind, ...parts].join('\u001f'))
    .digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Stable id of a (job, SKU, language) task across its attempts. */
export function taskIdFor(jobId: string, skuId: string, language: string): string {
  return `${jobId}:${skuId}:${language}`;
}

/**
 * Id of the content version stored for a quality verdict. Derived (not generated) so the regenerator can
 * name an English master version when it fans out the pivot languages, without asking the version store.
 */
export function contentVersionIdFor(verdictEventId: string): string {
  return derivedEventId('content-version', verdictEventId);
}
