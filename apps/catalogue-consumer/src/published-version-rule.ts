import type { VersionPublished } from '@content-pipeline/contracts';

/** What the catalogue last applied for one SKU and language. */
export interface AppliedState {
  sequence: number;
  publishedAt: number;
}

export type Application =
  | { apply: true; show: 'content' | 'nothing' }
  | { apply: false; why: 'older than what is shown' };

/**
 * Whether a published-version event changes what the catalogue shows. Events are ordered by `sequence`, which the
 * version store assigns in the order it committed the changes; `versionNumber` does not order them (a rollback
 * brings an older version back). Events from before `sequence` existed (0) fall back to `publishedAt`. Duplicates
 * are caught before this rule, by event id.
 */
export function decideApplication(current: AppliedState | null, event: VersionPublished): Application {
  if (current) {
    const newer =
      event.sequence > 0 && current.sequence > 0
        ? event.sequence > current.sequence
        : event.publishedAt > current.publishedAt;
    if (!newer) return { apply: false, why: 'older than what is shown' };
  }
  return { apply: true, show: event.action === 'deactivated' ? 'nothing' : 'content' };
}
