import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { ProviderHoldChanged } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import type { ProviderHoldNotice } from './provider-hold.notice';

interface HoldRow {
  hold_key: string;
  provider: string;
  reason: string;
  error_code: string;
  message: string;
  action: string;
  held_at: Date;
}

/** How long the current holds are reused: a page of jobs or a progress stream reads them once per tick at most. */
const CACHE_MS = 500;

/** The provider holds the job service has heard of (`job_service.provider_hold`). */
@Injectable()
export class ProviderHoldRepository {
  private cached?: { at: number; holds: Promise<ProviderHoldNotice[]> };

  constructor(@Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /**
   * Applies a change unless a later one of the same hold key was applied already: the sequence grows in the order
   * the generator committed the changes, so a redelivered or late event changes nothing. True when applied.
   */
  async apply(event: ProviderHoldChanged): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `INSERT INTO job_service.provider_hold AS h
         (hold_key, provider, held, reason, error_code, message, action, held_at, changed_at, changed_by, sequence,
          event_id, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, to_timestamp($8::float8 / 1000), to_timestamp($9::float8 / 1000), $10,
               $11, $12, now())
       ON CONFLICT (hold_key) DO UPDATE SET
         provider = EXCLUDED.provider, held = EXCLUDED.held, reason = EXCLUDED.reason,
         error_code = EXCLUDED.error_code, message = EXCLUDED.message, action = EXCLUDED.action,
         held_at = EXCLUDED.held_at, changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by,
         sequence = EXCLUDED.sequence, event_id = EXCLUDED.event_id, updated_at = now()
       WHERE h.sequence < EXCLUDED.sequence
       RETURNING hold_key`,
      [
        event.holdKey,
        event.provider,
        event.held,
        event.reason,
        event.errorCode,
        event.message,
        event.action,
        event.heldAt,
        event.changedAt,
        event.changedBy,
        event.sequence,
        event.eventId,
      ],
    );
    this.cached = undefined;
    return rows.length > 0;
  }

  /** The holds in force now, oldest first. */
  current(): Promise<ProviderHoldNotice[]> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached.holds;
    const holds = this.read();
    this.cached = { at: now, holds };
    holds.catch(() => (this.cached = undefined));
    return holds;
  }

  private async read(): Promise<ProviderHoldNotice[]> {
    const rows = await this.dataSource.query<HoldRow[]>(
      `SELECT hold_key, provider, reason, error_code, message, action, held_at
         FROM job_service.provider_hold WHERE held ORDER BY held_at, hold_key`,
    );
    return rows.map((row) => ({
      reason: row.reason,
      provider: row.provider,
      hold_key: row.hold_key,
      error_code: row.error_code,
      message: row.message,
      action: row.action,
      since: new Date(row.held_at).toISOString(),
    }));
  }
}
