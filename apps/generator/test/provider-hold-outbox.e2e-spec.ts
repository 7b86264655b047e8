import { Pool } from 'pg';
import { Type } from 'avsc';
import { ProviderHoldChanged, Topics, validateProviderHoldChanged } from '@content-pipeline/contracts';
import { migrateServices, testInfrastructure, uniqueRunTag } from '@content-pipeline/testing';
import { PROVIDER_HOLD_OUTBOX_TABLE, ProviderHoldStore } from '../src/provider-hold/provider-hold.store';

const infra = testInfrastructure();
const pool = new Pool({ connectionString: infra.databaseUrl, max: 2 });
pool.on('error', () => undefined);

beforeAll(() => migrateServices(['generator'], infra.serviceEnv));
afterAll(() => pool.end());

async function announced(holdKey: string): Promise<ProviderHoldChanged[]> {
  const { rows } = await pool.query<{ id: string; payload: ProviderHoldChanged }>(
    `SELECT id, payload FROM ${PROVIDER_HOLD_OUTBOX_TABLE} WHERE message_key = $1 ORDER BY id`,
    [holdKey],
  );
  // As the relay publishes them: the row id is the sequence.
  return rows.map((row) => ({ ...row.payload, sequence: Number(row.id) }));
}

describe('the provider hold announces its changes through the outbox', () => {
  it('writes one event when the hold begins, none for refused calls while held, one when it is lifted', async () => {
    const holdKey = uniqueRunTag('hold-outbox');
    const store = new ProviderHoldStore(pool, holdKey, 'openai');

    const first = await store.hold(
      'provider_auth',
      'invalid_api_key',
      'Incorrect API key provided',
      'a:1',
      60_000,
    );
    await store.hold('provider_quota', 'insufficient_quota', 'later failure', 'b:2', 60_000);
    expect(first.newlyHeld).toBe(true);
    expect(await store.release('operator ops: key rotated')).toBe(true);
    expect(await store.release('probe')).toBe(false);

    const events = await announced(holdKey);
    expect(events.map((event) => [event.held, event.reason, event.changedBy])).toEqual([
      [true, 'provider_auth', 'a:1'],
      [false, 'provider_auth', 'operator ops: key rotated'],
    ]);
    const [held, released] = events;
    expect(held).toMatchObject({
      holdKey,
      provider: 'openai',
      errorCode: 'invalid_api_key',
      message: 'Incorrect API key provided',
      heldAt: first.record.heldAt?.getTime(),
    });
    expect(held.action).toContain('key');
    expect(released.heldAt).toBe(held.heldAt);
    expect(released.changedAt).toBeGreaterThanOrEqual(held.changedAt);
    expect(released.sequence).toBeGreaterThan(held.sequence);
    expect(new Set(events.map((event) => event.eventId)).size).toBe(2);

    // What the relay publishes is a valid event of the topic.
    const type = Type.forSchema(Topics.providerHoldChanged.schema as never);
    for (const event of events) {
      expect(validateProviderHoldChanged(event)).toEqual([]);
      expect(type.isValid(event)).toBe(true);
    }
  });
});
