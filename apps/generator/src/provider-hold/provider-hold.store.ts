import { randomUUID } from 'node:crypto';
import { rowsOf, type SqlRunner } from '../rate-limiting/llm-budget.store';
import { HOLD_ACTIONS, type HoldReason } from './hold-reason';

/** The outbox the hold's changes wait in for the relay (topic `content.internal.provider.hold-changed.v1`). */
export const PROVIDER_HOLD_OUTBOX_TABLE = 'generator.provider_hold_outbox';

/**
 * A `ProviderHoldChanged` value from the row `h` a statement just changed, for the outbox; `$held`, `$event`,
 * `$provider`, `$action` and `$at`/`$by` are the statement's parameters. `sequence` is set by the relay (the outbox
 * row's id, in commit order).
 */
function holdChangedPayloadSql(p: {
  held: string;
  event: string;
  provider: string;
  action: string;
  at: string;
  by: string;
}): string {
  return `jsonb_build_object(
    'eventId', ${p.event}::text, 'holdKey', h.hold_key, 'provider', ${p.provider}::text, 'held', ${p.held},
    'reason', h.reason, 'errorCode', coalesce(h.error_code, ''), 'message', coalesce(h.message, ''),
    'action', ${p.action}::text,
    'heldAt', ${epochMilliseconds('h.held_at')}, 'changedAt', ${epochMilliseconds(p.at)},
    'changedBy', coalesce(${p.by}, ''), 'sequence', 0, 'traceparent', '')`;
}

/**
 * Whole milliseconds, truncated like a JavaScript Date read from the same column: a bare ::bigint cast rounds the
 * microseconds and the event's heldAt would then differ by 1 ms from the API's.
 */
function epochMilliseconds(column: string): string {
  return `floor(extract(epoch FROM ${column}) * 1000)::bigint`;
}

/** The stored hold of one provider endpoint. */
export interface HoldRecord {
  held: boolean;
  reason: HoldReason | null;
  errorCode: string | null;
  message: string | null;
  heldAt: Date | null;
  heldBy: string | null;
  /** Calls refused for the hold's reason since it began, by every instance. */
  refusedCalls: number;
  nextProbeAt: Date | null;
  probes: number;
  lastProbeAt: Date | null;
  lastProbeError: string | null;
  releasedAt: Date | null;
  releasedBy: string | null;
}

interface HoldRow {
  held: boolean;
  reason: HoldReason | null;
  error_code: string | null;
  message: string | null;
  held_at: Date | null;
  held_by: string | null;
  refused_calls: number;
  next_probe_at: Date | null;
  probes: number;
  last_probe_at: Date | null;
  last_probe_error: string | null;
  released_at: Date | null;
  released_by: string | null;
}

const NOT_HELD: HoldRecord = {
  held: false,
  reason: null,
  errorCode: null,
  message: null,
  heldAt: null,
  heldBy: null,
  refusedCalls: 0,
  nextProbeAt: null,
  probes: 0,
  lastProbeAt: null,
  lastProbeError: null,
  releasedAt: null,
  releasedBy: null,
};

function toRecord(row: HoldRow | undefined): HoldRecord {
  if (!row) return NOT_HELD;
  return {
    held: row.held,
    reason: row.reason,
    errorCode: row.error_code,
    message: row.message,
    heldAt: row.held_at,
    heldBy: row.held_by,
    refusedCalls: Number(row.refused_calls),
    nextProbeAt: row.next_probe_at,
    probes: Number(row.probes),
    lastProbeAt: row.last_probe_at,
    lastProbeError: row.last_probe_error,
    releasedAt: row.released_at,
    releasedBy: row.released_by,
  };
}

/**
 * The hold in PostgreSQL (table `generator.provider_hold`), one statement per change on the database clock, so
 * every instance agrees on it and on whose turn the probe is. The statement that holds or releases also writes the
 * change to the outbox, so the job service hears of every change that committed, and of nothing else.
 */
export class ProviderHoldStore {
  constructor(
    private readonly sql: SqlRunner,
    readonly holdKey: string,
    readonly provider: string,
  ) {}

  async read(): Promise<HoldRecord> {
    return toRecord(
      rowsOf<HoldRow>(
        await this.sql.query(`SELECT * FROM generator.provider_hold WHERE hold_key = $1`, [this.holdKey]),
      )[0],
    );
  }

  /**
   * Holds the endpoint, or counts one more refused call when it is held already (the first reason stays: it is
   * what the person fixes first). `newlyHeld` says whether this call started the hold.
   */
  async hold(
    reason: HoldReason,
    errorCode: string,
    message: string,
    heldBy: string,
    probeAfterMs: number,
  ): Promise<{ record: HoldRecord; newlyHeld: boolean }> {
    // Only the call that starts the hold (refused_calls back to 1) announces it; the event id is new per hold.
    const rows = rowsOf<HoldRow>(
      await this.sql.query(
        `WITH h AS (
         INSERT INTO generator.provider_hold AS h
           (hold_key, held, reason, error_code, message, held_at, held_by, refused_calls, next_probe_at, updated_at)
         VALUES ($1, true, $2, $3, $4, clock_timestamp(), $5, 1,
                 clock_timestamp() + make_interval(secs => $6::float8 / 1000), clock_timestamp())
         ON CONFLICT (hold_key) DO UPDATE SET
           reason = CASE WHEN h.held THEN h.reason ELSE EXCLUDED.reason END,
           error_code = CASE WHEN h.held THEN h.error_code ELSE EXCLUDED.error_code END,
           message = CASE WHEN h.held THEN h.message ELSE EXCLUDED.message END,
           held_at = CASE WHEN h.held THEN h.held_at ELSE EXCLUDED.held_at END,
           held_by = CASE WHEN h.held THEN h.held_by ELSE EXCLUDED.held_by END,
           refused_calls = CASE WHEN h.held THEN h.refused_calls + 1 ELSE 1 END,
           next_probe_at = CASE WHEN h.held THEN h.next_probe_at ELSE EXCLUDED.next_probe_at END,
           probes = CASE WHEN h.held THEN h.probes ELSE 0 END,
           last_probe_error = CASE WHEN h.held THEN h.last_probe_error ELSE NULL END,
           held = true,
           updated_at = clock_timestamp()
         RETURNING *
         ), announced AS (
           INSERT INTO ${PROVIDER_HOLD_OUTBOX_TABLE} (event_id, message_key, payload)
           SELECT $7, h.hold_key, ${holdChangedPayloadSql({ held: 'true', event: '$7', provider: '$8', action: '$9', at: 'h.held_at', by: 'h.held_by' })}
             FROM h WHERE h.refused_calls = 1
         )
         SELECT * FROM h`,
        [
          this.holdKey,
          reason,
          errorCode,
          message.slice(0, 2_000),
          heldBy,
          probeAfterMs,
          randomUUID(),
          this.provider,
          HOLD_ACTIONS[reason],
        ],
      ),
    );
    const record = toRecord(rows[0]);
    return { record, newlyHeld: record.refusedCalls === 1 };
  }

  /** Lifts the hold; false when it was not held. */
  async release(releasedBy: string): Promise<boolean> {
    const rows = rowsOf<HoldRow>(
      await this.sql.query(
        `WITH h AS (
           UPDATE generator.provider_hold
           SET held = false, released_at = clock_timestamp(), released_by = $2, updated_at = clock_timestamp()
           WHERE hold_key = $1 AND held
           RETURNING *
         ), announced AS (
           INSERT INTO ${PROVIDER_HOLD_OUTBOX_TABLE} (event_id, message_key, payload)
           SELECT $3, h.hold_key, ${holdChangedPayloadSql({ held: 'false', event: '$3', provider: '$4', action: `'The hold was lifted: nothing to do.'`, at: 'h.released_at', by: 'h.released_by' })}
             FROM h
         )
         SELECT * FROM h`,
        [this.holdKey, releasedBy.slice(0, 500), randomUUID(), this.provider],
      ),
    );
    return rows.length > 0;
  }

  /**
   * Takes the next probe for this instance when one is due (one instance of the group per interval); the next is
   * due `intervalMs` later.
   */
  async claimProbe(intervalMs: number): Promise<boolean> {
    const rows = rowsOf<HoldRow>(
      await this.sql.query(
        `UPDATE generator.provider_hold
         SET next_probe_at = clock_timestamp() + make_interval(secs => $2::float8 / 1000),
             probes = probes + 1, last_probe_at = clock_timestamp(), updated_at = clock_timestamp()
         WHERE hold_key = $1 AND held AND (next_probe_at IS NULL OR next_probe_at <= clock_timestamp())
         RETURNING *`,
        [this.holdKey, intervalMs],
      ),
    );
    return rows.length > 0;
  }

  /** Makes the next probe due now (an operator fixed the cause and does not want to wait). */
  async probeNow(): Promise<void> {
    await this.sql.query(
      `UPDATE generator.provider_hold SET next_probe_at = clock_timestamp(), updated_at = clock_timestamp()
       WHERE hold_key = $1 AND held`,
      [this.holdKey],
    );
  }

  async probeFailed(message: string): Promise<void> {
    await this.sql.query(
      `UPDATE generator.provider_hold SET last_probe_error = $2, updated_at = clock_timestamp()
       WHERE hold_key = $1`,
      [this.holdKey, message.slice(0, 2_000)],
    );
  }
}
