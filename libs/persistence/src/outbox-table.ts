import type { EntityManager } from 'typeorm';

/**
 * The outbox table a service writes its outgoing events to, in the same transaction as the change they announce
 * (`<schema>.outbox`: id bigserial, event_id text unique, message_key text, payload jsonb, headers jsonb).
 */
export interface OutboxEntry<TValue> {
  eventId: string;
  key: string;
  value: TValue;
  headers?: Record<string, string>;
}

/** SQL that creates an outbox table, for a service's migration. */
export function createOutboxTableSql(table: string): string {
  return `CREATE TABLE ${table} (
    id bigserial PRIMARY KEY,
    event_id text NOT NULL UNIQUE,
    message_key text NOT NULL,
    payload jsonb NOT NULL,
    headers jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
  )`;
}

/**
 * Adds events to the outbox inside the caller's transaction. An event id already there is skipped: a redelivered
 * message that repeats a change does not announce it twice. Returns the ids of the events added now.
 */
export async function enqueueOutboxEvents<TValue>(
  manager: EntityManager,
  table: string,
  entries: readonly OutboxEntry<TValue>[],
): Promise<string[]> {
  if (entries.length === 0) return [];
  const parameters: unknown[] = [];
  const rows = entries.map((entry) => {
    parameters.push(
      entry.eventId,
      entry.key,
      JSON.stringify(entry.value),
      JSON.stringify(entry.headers ?? {}),
    );
    const at = parameters.length;
    return `($${at - 3}, $${at - 2}, $${at - 1}::jsonb, $${at}::jsonb)`;
  });
  const inserted = await manager.query<{ event_id: string }[]>(
    `INSERT INTO ${table} (event_id, message_key, payload, headers) VALUES ${rows.join(', ')}
     ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
    parameters,
  );
  return inserted.map((row) => row.event_id);
}
