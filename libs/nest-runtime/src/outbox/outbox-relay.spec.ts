import type { DataSource } from 'typeorm';
import type { TopicDefinition } from '@content-pipeline/contracts';
import type { JsonLogger } from '@content-pipeline/observability';
import type { KafkaRuntime } from '../kafka-runtime.service';
import { OutboxRelay } from './outbox-relay';

interface Row {
  id: string;
  event_id: string;
  message_key: string;
  payload: { n: number; sequence?: number };
  headers: Record<string, string>;
}

/** An outbox table and an advisory lock in memory, behind the two calls the relay makes on its connection. */
function database(rows: Row[], lockFree: { value: boolean }, failingDeletes = { count: 0 }) {
  const runner = {
    connect: async () => undefined,
    release: async () => undefined,
    query: async (sql: string, parameters: unknown[]) => {
      if (sql.includes('pg_try_advisory_lock')) {
        const locked = lockFree.value;
        lockFree.value = false;
        return [{ locked }];
      }
      if (sql.includes('pg_advisory_unlock_all')) {
        lockFree.value = true;
        return [];
      }
      if (sql.startsWith('SELECT'))
        return [...rows].sort((a, b) => Number(a.id) - Number(b.id)).slice(0, parameters[0] as number);
      if (sql.startsWith('DELETE')) {
        if (failingDeletes.count-- > 0) throw new Error('Connection terminated unexpectedly');
        const ids = new Set(parameters[0] as string[]);
        rows.splice(0, rows.length, ...rows.filter((row) => !ids.has(row.id)));
        return [];
      }
      throw new Error(`unexpected SQL ${sql}`);
    },
  };
  return { createQueryRunner: () => runner } as unknown as DataSource;
}

const logger = { info: () => undefined, warn: () => undefined } as unknown as JsonLogger;
const topic = { name: 'test.topic' } as TopicDefinition<{ n: number; sequence?: number }>;
const row = (id: number): Row => ({
  id: String(id),
  event_id: `event-${id}`,
  message_key: id % 2 ? 'sku-a' : 'sku-b',
  payload: { n: id },
  headers: {},
});

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 2_000) throw new Error('condition not met in 2 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('OutboxRelay', () => {
  it('publishes rows in id order with their id as sequence, then deletes exactly them', async () => {
    const rows = [row(3), row(1), row(2)];
    const published: { value: { n: number; sequence?: number }; key: string }[] = [];
    const kafka = {
      publishAll: async (_t: unknown, items: typeof published) => void published.push(...items),
    };
    const relay = new OutboxRelay(database(rows, { value: true }), kafka as unknown as KafkaRuntime, logger, {
      table: 'svc.outbox',
      topic,
      batchSize: 2,
      idleMs: 5,
      toValue: (stored, sequence) => ({ ...stored, sequence }),
    });
    relay.start();
    await until(() => rows.length === 0);
    await relay.stop();
    expect(published.map((item) => [item.value.n, item.value.sequence, item.key])).toEqual([
      [1, 1, 'sku-a'],
      [2, 2, 'sku-b'],
      [3, 3, 'sku-a'],
    ]);
  });

  it('publishes nothing while another instance holds the relay lock', async () => {
    const rows = [row(1)];
    const publishAll = jest.fn();
    const relay = new OutboxRelay(
      database(rows, { value: false }),
      { publishAll } as unknown as KafkaRuntime,
      logger,
      { table: 'svc.outbox', topic, idleMs: 5 },
    );
    relay.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await relay.stop();
    expect(publishAll).not.toHaveBeenCalled();
    expect(rows).toHaveLength(1);
  });

  it('keeps the rows when the produce fails, and publishes them once it succeeds', async () => {
    const rows = [row(1), row(2)];
    let failures = 1;
    const published: number[] = [];
    const kafka = {
      publishAll: async (_t: unknown, items: { value: { n: number } }[]) => {
        if (failures-- > 0) throw new Error('broker unavailable');
        published.push(...items.map((item) => item.value.n));
      },
    };
    const relay = new OutboxRelay(database(rows, { value: true }), kafka as unknown as KafkaRuntime, logger, {
      table: 'svc.outbox',
      topic,
      idleMs: 5,
    });
    relay.start();
    await until(() => rows.length === 0);
    await relay.stop();
    expect(published).toEqual([1, 2]);
  });

  it('does not publish a batch again when its delete failed (PostgreSQL away), and deletes it on the next turn', async () => {
    const rows = [row(1), row(2), row(3)];
    const published: number[] = [];
    const kafka = {
      publishAll: async (_t: unknown, items: { value: { n: number } }[]) =>
        void published.push(...items.map((item) => item.value.n)),
    };
    const relay = new OutboxRelay(
      database(rows, { value: true }, { count: 2 }),
      kafka as unknown as KafkaRuntime,
      logger,
      { table: 'svc.outbox', topic, batchSize: 2, idleMs: 5 },
    );
    relay.start();
    await until(() => rows.length === 0);
    await relay.stop();
    expect(published).toEqual([1, 2, 3]);
  });
});
