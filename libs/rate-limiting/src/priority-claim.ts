import { ADMISSION_HORIZON_MS } from './admission-policy';
import type { Lane } from './lane-priority';

/**
 * How long a priority claim holds the group's bulk callers without being renewed: the instance with priority calls
 * waiting renews it while they wait, and a claim of a crashed instance lapses by itself.
 */
export const PRIORITY_CLAIM_TTL_MS = 2_000;
/** A claim is written again when less than this is left of it (one write per second while priority calls wait). */
export const PRIORITY_CLAIM_RENEW_MS = 1_000;
/**
 * Bulk yields to other instances' priority claims at most this long at a stretch, then admits one batch anyway:
 * a flood of priority work slows the backlog down, it never stops it.
 */
export const BULK_MAX_YIELD_MS = 15_000;
/** How often a yielding bulk caller asks again whether the claims are gone. */
export const BULK_YIELD_RECHECK_MS = 100;
/**
 * How far ahead bulk calls take slots while the group has priority work under way (instead of
 * {@link ADMISSION_HORIZON_MS}): a bulk slot promised ahead cannot be taken back, so a priority call arriving
 * meanwhile would queue behind a second of them.
 */
export const BULK_HORIZON_WHILE_PRIORITY_MS = 100;

/**
 * The group-wide priority rule of one instance's admission loop. Priority calls go first within an instance (the
 * lane queue); across instances, an instance whose next call is a priority one writes a claim into the shared store
 * before asking for the slot, and every instance whose next call is a bulk one asks for no slot while another
 * instance's claim is live. So a priority call takes the group's next free slot, not one in three. The claim only
 * lives while priority calls wait for admission: once they are admitted, bulk takes every slot they leave.
 */
export class GroupLanePriority {
  private claimedUntilMs?: number;
  private yieldingSinceMs?: number;

  constructor(
    private readonly ttlMs = PRIORITY_CLAIM_TTL_MS,
    private readonly maxYieldMs = BULK_MAX_YIELD_MS,
  ) {}

  /** True when this instance's claim must be written (or renewed) before its priority call asks for a slot. */
  claimDue(nowMs: number): boolean {
    return this.claimedUntilMs === undefined || this.claimedUntilMs - nowMs < PRIORITY_CLAIM_RENEW_MS;
  }

  claimWritten(nowMs: number): void {
    this.claimedUntilMs = nowMs + this.ttlMs;
  }

  /** True when this instance holds a claim it no longer needs (no priority call waits here). */
  get holdsClaim(): boolean {
    return this.claimedUntilMs !== undefined;
  }

  claimDropped(): void {
    this.claimedUntilMs = undefined;
  }

  /**
   * Whether a bulk call at the head of this instance's queue may ask for a slot now, given whether another
   * instance claims priority. Yields while claims are live, up to {@link BULK_MAX_YIELD_MS} at a stretch.
   */
  bulkMayAsk(othersClaimPriority: boolean, nowMs: number): boolean {
    if (!othersClaimPriority) {
      this.yieldingSinceMs = undefined;
      return true;
    }
    this.yieldingSinceMs ??= nowMs;
    if (nowMs - this.yieldingSinceMs < this.maxYieldMs) return false;
    // Starved long enough: one batch goes, and the next yield starts afresh.
    this.yieldingSinceMs = undefined;
    return true;
  }

  /** How far ahead a batch headed by a call of `lane` may take its slot. */
  horizonFor(lane: Lane, priorityUnderWayInGroup: boolean): number {
    return lane === 'bulk' && priorityUnderWayInGroup
      ? Math.min(BULK_HORIZON_WHILE_PRIORITY_MS, ADMISSION_HORIZON_MS)
      : ADMISSION_HORIZON_MS;
  }
}
