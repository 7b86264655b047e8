import { MigrationInterface, QueryRunner } from 'typeorm';

const LEDGER_TABLES = ['job', 'job_task', 'job_event'] as const;

/**
 * The job ledger leaves the cost meter. Where the cost meter's schema holds it (a database that ran the
 * pipeline before the split), its tables move here with their rows, indexes and constraints; otherwise they are
 * created empty. Either way the job's copy of its priced usage (`job_cost`) starts from the cost meter's token
 * ledger, so costs, progress and budget caps of existing jobs carry over.
 */
export class TakeOverJobLedger1764979200000 implements MigrationInterface {
  name = 'TakeOverJobLedger1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of LEDGER_TABLES) {
      await queryRunner.query(`
        DO $$ BEGIN
          IF to_regclass('cost_meter.${table}') IS NOT NULL AND to_regclass('job_service.${table}') IS NULL THEN
            ALTER TABLE cost_meter.${table} SET SCHEMA job_service;
          END IF;
        END $$`);
    }
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS job_service.job (
        job_id text PRIMARY KEY,
        origin text NOT NULL,
        lane text NOT NULL,
        languages text[] NOT NULL,
        prompt_version text,
        budget_usd numeric(14, 4),
        spent_usd numeric(20, 10) NOT NULL DEFAULT 0,
        declared_skus int,
        declared_tasks int,
        admitted boolean NOT NULL DEFAULT true,
        paused_reason text,
        admission_sequence int NOT NULL DEFAULT 0,
        source_name text,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS job_service.job_task (
        job_id text NOT NULL,
        sku_id text NOT NULL,
        language text NOT NULL,
        task_id text NOT NULL,
        state text NOT NULL,
        attempt int NOT NULL DEFAULT 0,
        stage int NOT NULL DEFAULT 0,
        lane text,
        request_event_id text,
        resume_count int NOT NULL DEFAULT 0,
        dead_letter_topic text,
        dead_letter_key bytea,
        dead_letter_value bytea,
        dead_letter_headers jsonb,
        dead_letter_reason text,
        dead_letter_error_code text,
        first_requested_at timestamptz,
        settled_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (job_id, sku_id, language)
      )`);
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS job_task_state_idx ON job_service.job_task (job_id, state)`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS job_task_settled_idx ON job_service.job_task (job_id, settled_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS job_service.job_event (
        event_id text PRIMARY KEY,
        job_id text NOT NULL,
        kind text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE job_service.job_cost (
        usage_event_id text PRIMARY KEY,
        job_id text NOT NULL,
        task_id text NOT NULL,
        sku_id text NOT NULL,
        language text NOT NULL,
        attempt int NOT NULL,
        provider text NOT NULL,
        model text NOT NULL,
        prompt_tokens int NOT NULL,
        completion_tokens int NOT NULL,
        cost_usd numeric(20, 10) NOT NULL,
        price_source text NOT NULL,
        price_table_version text,
        recorded_at timestamptz NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX job_cost_job_idx ON job_service.job_cost (job_id, language, attempt)`,
    );
    await queryRunner.query(`CREATE INDEX job_cost_task_idx ON job_service.job_cost (task_id)`);
    // The jobs' running totals moved with their rows: their entries come along so the two agree.
    await queryRunner.query(`
      DO $$ BEGIN
        IF to_regclass('cost_meter.token_ledger') IS NOT NULL THEN
          INSERT INTO job_service.job_cost
            (usage_event_id, job_id, task_id, sku_id, language, attempt, provider, model, prompt_tokens,
             completion_tokens, cost_usd, price_source, price_table_version, recorded_at)
          SELECT usage_event_id, job_id, task_id, sku_id, language, attempt, provider, model, prompt_tokens,
                 completion_tokens, cost_usd, price_source, price_table_version, recorded_at
            FROM cost_meter.token_ledger
          ON CONFLICT (usage_event_id) DO NOTHING;
        END IF;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE job_service.job_cost`);
    for (const table of LEDGER_TABLES) {
      await queryRunner.query(`
        DO $$ BEGIN
          IF to_regnamespace('cost_meter') IS NOT NULL AND to_regclass('cost_meter.${table}') IS NULL THEN
            ALTER TABLE job_service.${table} SET SCHEMA cost_meter;
          END IF;
        END $$`);
    }
  }
}
