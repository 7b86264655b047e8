import { Client } from 'pg';
import { migrateServices, testInfrastructure, uniqueRunTag } from '@content-pipeline/testing';

/**
 * The split of the job service from the cost meter, on real PostgreSQL: a database that ran the pipeline before
 * keeps its jobs, tasks, applied events and costs (the tables move, rows and all), and a new database ends with
 * one ledger whichever service migrates first. Each case uses a throwaway database.
 */
describe('the job service takes over the job ledger from the cost meter', () => {
  const infra = testInfrastructure();
  const databases: string[] = [];

  const urlOf = (database: string) => {
    const url = new URL(infra.databaseUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const admin = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: infra.databaseUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const freshDatabase = async () => {
    const database = uniqueRunTag('takeover').replace(/-/g, '_');
    await admin((client) => client.query(`CREATE DATABASE ${database}`));
    databases.push(database);
    return database;
  };
  // One service after the other, in the order given: the order is what these cases are about.
  const migrate = (database: string, services: string[]) =>
    migrateServices(services, { ...infra.serviceEnv, DATABASE_URL: urlOf(database) }, 'sequential');
  const inDatabase = async <T>(database: string, work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: urlOf(database) });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const tablesOf = (client: Client, schema: string) =>
    client
      .query<{
        table_name: string;
      }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`, [
        schema,
      ])
      .then(({ rows }) => rows.map((row) => row.table_name));

  afterAll(async () => {
    await admin(async (client) => {
      for (const database of databases)
        await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    });
  });

  it('moves the jobs, their tasks, applied events and running totals, and copies their priced calls', async () => {
    const database = await freshDatabase();
    // The layout before the split: the cost meter's own migrations, with a job the pipeline has worked on.
    migrate(database, ['cost-meter']);
    await inDatabase(database, async (client) => {
      await client.query(
        `INSERT INTO cost_meter.job (job_id, origin, lane, languages, budget_usd, spent_usd, admitted, paused_reason,
                                     admission_sequence, declared_skus)
         VALUES ('job-before-split', 'file', 'bulk', ARRAY['en','ja'], 0.5, 0.0012, false, 'budget', 1, 1)`,
      );
      await client.query(
        `INSERT INTO cost_meter.job_task (job_id, sku_id, language, task_id, state, attempt, stage, resume_count,
                                          dead_letter_topic, dead_letter_value)
         VALUES ('job-before-split', 'SKU-1', 'en', 'job-before-split:SKU-1:en', 'completed', 1, 3, 0, NULL, NULL),
                ('job-before-split', 'SKU-1', 'ja', 'job-before-split:SKU-1:ja', 'dead_lettered', 1, 3, 1,
                 'content.internal.generation.requested-bulk.v1', '\\x0102'::bytea)`,
      );
      await client.query(
        `INSERT INTO cost_meter.job_event (event_id, job_id, kind) VALUES ('dl-1', 'job-before-split', 'dead_letter')`,
      );
      await client.query(
        `INSERT INTO cost_meter.token_ledger
           (usage_event_id, task_id, job_id, sku_id, language, attempt, prompt_version, provider, model,
            prompt_tokens, completion_tokens, cost_usd, price_source, outcome, recorded_at, price_table_version)
         VALUES ('u-1', 'job-before-split:SKU-1:en', 'job-before-split', 'SKU-1', 'en', 1, 'v1', 'dify',
                 'gpt-4o-mini', 1000, 1000, 0.00075, 'price_table:2026-11', 'succeeded', now(), '2026-11'),
                ('u-2', 'job-before-split:SKU-1:ja', 'job-before-split', 'SKU-1', 'ja', 1, 'v1', 'dify',
                 'gpt-4o-mini', 1000, 500, 0.00045, 'price_table:2026-11', 'succeeded', now(), '2026-11')`,
      );
    });

    migrate(database, ['job-service', 'cost-meter']);

    await inDatabase(database, async (client) => {
      expect(await tablesOf(client, 'cost_meter')).toEqual(['migrations', 'token_ledger']);
      expect(await tablesOf(client, 'job_service')).toEqual([
        'job',
        'job_cost',
        'job_event',
        'job_task',
        'migrations',
        'provider_hold',
      ]);
      const [job] = (
        await client.query(
          `SELECT budget_usd, spent_usd, admitted, paused_reason, admission_sequence FROM job_service.job
            WHERE job_id = 'job-before-split'`,
        )
      ).rows;
      expect(job).toEqual({
        budget_usd: '0.5000',
        spent_usd: '0.0012000000',
        admitted: false,
        paused_reason: 'budget',
        admission_sequence: 1,
      });
      const tasks = (
        await client.query(
          `SELECT language, state, resume_count, dead_letter_value FROM job_service.job_task ORDER BY language`,
        )
      ).rows;
      expect(tasks).toEqual([
        { language: 'en', state: 'completed', resume_count: 0, dead_letter_value: null },
        { language: 'ja', state: 'dead_lettered', resume_count: 1, dead_letter_value: Buffer.from([1, 2]) },
      ]);
      expect((await client.query(`SELECT event_id FROM job_service.job_event`)).rows).toEqual([
        { event_id: 'dl-1' },
      ]);
      const [cost] = (
        await client.query(
          `SELECT count(*)::int AS calls, sum(cost_usd)::text AS usd FROM job_service.job_cost
            WHERE job_id = 'job-before-split'`,
        )
      ).rows;
      // The copied calls add up to the running total that moved with the job.
      expect(cost).toEqual({ calls: 2, usd: '0.0012000000' });
      // The moved table kept its primary key: the ledger's idempotent upserts still work.
      await expect(
        client.query(
          `INSERT INTO job_service.job_task (job_id, sku_id, language, task_id, state)
           VALUES ('job-before-split', 'SKU-1', 'en', 'x', 'pending')`,
        ),
      ).rejects.toThrow(/duplicate key/);
    });
  });

  it('ends with one job ledger on a new database when both services migrate at once', async () => {
    // Side by side, as the Helm hooks and the test harness start them: the migration lock serialises them (without
    // it the cost meter's job tables were sometimes left behind, created while the job service checked for them).
    for (let run = 0; run < 3; run += 1) {
      const database = await freshDatabase();
      migrateServices(['cost-meter', 'job-service'], { ...infra.serviceEnv, DATABASE_URL: urlOf(database) });
      await inDatabase(database, async (client) => {
        expect({ run, tables: await tablesOf(client, 'cost_meter') }).toEqual({
          run,
          tables: ['migrations', 'token_ledger'],
        });
        expect(await tablesOf(client, 'job_service')).toContain('job_task');
      });
    }
  });

  it('ends with one job ledger on a new database whichever service migrates first', async () => {
    for (const order of [
      ['cost-meter', 'job-service'],
      ['job-service', 'cost-meter'],
    ]) {
      const database = await freshDatabase();
      migrate(database, order);
      await inDatabase(database, async (client) => {
        expect({ order, tables: await tablesOf(client, 'cost_meter') }).toEqual({
          order,
          tables: ['migrations', 'token_ledger'],
        });
        expect({ order, tables: await tablesOf(client, 'job_service') }).toEqual({
          order,
          tables: ['job', 'job_cost', 'job_event', 'job_task', 'migrations', 'provider_hold'],
        });
      });
    }
  });
});
