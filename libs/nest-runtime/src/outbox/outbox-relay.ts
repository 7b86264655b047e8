import type { DataSource, QueryRunner } from 'typeorm';
import type { TopicDefinition } from '@content-pipeline/contracts';
import type { JsonLogger } from '@content-pipeline/observability';
import type { KafkaRuntime } from '../kafka-runtime.service';

export interface OutboxRelayOptions<TValue> {
  /** `<schema>.outbox`. */
  table: string;
  topic: TopicDefinition<TValue>;
  /** Events per produce request and per delete. */
  batchSize?: number;
  /** Wait between polls while the outbox is empty. */
  idleMs?: number;
  /** The value as published, from the stored one and the row's id (which grows in commit order). */
  toValue?: (stored: TValue, sequence: number) => TValue;
}

interface OutboxRow {
  id: string;
  event_id: string;
  message_key: string;
  payload: unknown;
  headers: Record<string, string>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Publishes a service's outbox to Kafka in the order the rows were written, then deletes them. One instance of the
 * service group relays at a time — the holder of a PostgreSQL advisory lock on its own connection, so a dead
 * instance's lock goes with its connection — which keeps every key's events in order. When the delete fails after a
 * produce (PostgreSQL stopped or its connection broke), the relay keeps the published ids and deletes them before
 * it publishes anything else, so a database outage repeats nothing. Only a crash of the relay between the produce
 * and the delete (or another instance taking the lock over while the database was away) publishes that one batch
 * again.
 */
export class OutboxRelay<TValue> {
  private running = false;
  private loop?: Promise<void>;
  private leader?: QueryRunner;
  private readonly batchSize: number;
  private readonly idleMs: number;
  /** Rows this relay has published and not yet deleted: the delete is retried, the produce is not. */
  private publishedNotDeleted: string[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly kafka: KafkaRuntime,
    private readonly logger: JsonLogger,
    private readonly options: OutboxRelayOptions<TValue>,
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.idleMs = options.idleMs ?? 50;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops after the batch in hand, and gives up the relay lock. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async run(): Promise<void> {
    let backoffMs = 500;
    while (this.running) {
      try {
        if (!(await this.holdsLock())) {
          await sleep(1_000);
          continue;
        }
        const relayed = await this.relayBatch();
        backoffMs = 500;
        if (relayed === 0) await sleep(this.idleMs);
      } catch (error) {
        this.logger.warn('Outbox relay failed; retrying', {
          table: this.options.table,
          error: (error as Error).message,
          retryInMs: backoffMs,
        });
        await this.releaseLock();
        await sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, 10_000);
      }
    }
    await this.releaseLock();
  }

  private async holdsLock(): Promise<boolean> {
    if (this.leader) return true;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [
      `outbox-relay:${this.options.table}`,
    ])) as { locked: boolean }[];
    if (!locked) {
      await runner.release();
      return false;
    }
    this.leader = runner;
    this.logger.info('Relaying the outbox', { table: this.options.table });
    return true;
  }

  private async releaseLock(): Promise<void> {
    const runner = this.leader;
    this.leader = undefined;
    if (!runner) return;
    await runner.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await runner.release().catch(() => undefined);
  }

  /** On the lock holder's connection: when it breaks, the relay stops until it holds the lock again. */
  private async query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    if (!this.leader) throw new Error('the outbox relay does not hold its lock');
    return (await this.leader.query(sql, parameters)) as T[];
  }

  private async relayBatch(): Promise<number> {
    if (this.publishedNotDeleted.length > 0) {
      await this.deleteRows(this.publishedNotDeleted);
      this.publishedNotDeleted = [];
    }
    const rows = await this.query<OutboxRow>(
      `SELECT id, event_id, message_key, payload, headers FROM ${this.options.table} ORDER BY id LIMIT $1`,
      [this.batchSize],
    );
    if (rows.length === 0) return 0;
    const { toValue = (stored: TValue) => stored } = this.options;
    await this.kafka.publishAll(
      this.options.topic,
      rows.map((row) => ({
        value: toValue(row.payload as TValue, Number(row.id)),
        key: row.message_key,
        headers: row.headers,
      })),
    );
    this.publishedNotDeleted = rows.map((row) => row.id);
    await this.deleteRows(this.publishedNotDeleted);
    this.publishedNotDeleted = [];
    return rows.length;
  }

  private async deleteRows(ids: string[]): Promise<void> {
    await this.query(`DELETE FROM ${this.options.table} WHERE id = ANY($1::bigint[])`, [ids]);
  }
}
