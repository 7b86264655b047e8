import type { Pool, PoolClient } from 'pg';
import type { VersionPublished } from '@content-pipeline/contracts';
import { decideApplication } from './published-version-rule';

/** The schema the reference consumer keeps its copy of the published content in. */
export const CATALOGUE_SCHEMA = 'catalogue_reference';

export type ApplyOutcome = 'applied' | 'duplicate' | 'stale';

/**
 * The catalogue's table of what each SKU and language shows, kept from the published-version events: one row per
 * SKU and language, plus the ids of every event applied (so a redelivered or repeated event changes nothing).
 */
export class CatalogueTable {
  constructor(private readonly pool: Pool) {}

  async create(): Promise<void> {
    await this.pool.query(`
      CREATE SCHEMA IF NOT EXISTS ${CATALOGUE_SCHEMA};
      CREATE TABLE IF NOT EXISTS ${CATALOGUE_SCHEMA}.applied_event (
        event_id text PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE IF NOT EXISTS ${CATALOGUE_SCHEMA}.product_content (
        sku_id text NOT NULL,
        language text NOT NULL,
        version_id text,
        version_number int,
        content jsonb,
        sequence bigint NOT NULL,
        published_at bigint NOT NULL,
        PRIMARY KEY (sku_id, language)
      );`);
  }

  /** Applies one event in one transaction: dedupe by event id, then order by sequence under the row's lock. */
  async apply(event: VersionPublished): Promise<ApplyOutcome> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const outcome = await this.applyWithin(client, event);
      await client.query('COMMIT');
      return outcome;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async applyWithin(client: PoolClient, event: VersionPublished): Promise<ApplyOutcome> {
    const first = await client.query(
      `INSERT INTO ${CATALOGUE_SCHEMA}.applied_event (event_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING event_id`,
      [event.eventId],
    );
    if (first.rowCount === 0) return 'duplicate';
    const { rows } = await client.query<{ sequence: string; published_at: string }>(
      `SELECT sequence, published_at FROM ${CATALOGUE_SCHEMA}.product_content
        WHERE sku_id = $1 AND language = $2 FOR UPDATE`,
      [event.skuId, event.language],
    );
    const current = rows[0]
      ? { sequence: Number(rows[0].sequence), publishedAt: Number(rows[0].published_at) }
      : null;
    const decision = decideApplication(current, event);
    if (!decision.apply) return 'stale';
    const shown = decision.show === 'content';
    await client.query(
      `INSERT INTO ${CATALOGUE_SCHEMA}.product_content
         (sku_id, language, version_id, version_number, content, sequence, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (sku_id, language) DO UPDATE SET version_id = EXCLUDED.version_id,
         version_number = EXCLUDED.version_number, content = EXCLUDED.content,
         sequence = EXCLUDED.sequence, published_at = EXCLUDED.published_at`,
      [
        event.skuId,
        event.language,
        shown ? event.versionId : null,
        shown ? event.versionNumber : null,
        shown ? JSON.stringify(event.content) : null,
        event.sequence,
        event.publishedAt,
      ],
    );
    return 'applied';
  }
}
