import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cost meter becomes the job ledger: jobs, their tasks (job × SKU × language) and the events applied
 * to them; the token ledger keeps the price each entry was computed with.
 */
export class CreateJobLedger1764288000000 implements MigrationInterface {
  name = 'CreateJobLedger1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE cost_meter.token_ledger
        ADD COLUMN price_table_version text,
        ADD COLUMN input_usd_per_million numeric(14, 6),
        ADD COLUMN output_usd_per_million numeric(14, 6),
        ADD COLUMN currency text NOT NULL DEFAULT 'USD',
        ADD COLUMN reported_price_amount numeric(20, 10),
        ADD COLUMN reported_price_currency text,
        ADD COLUMN table_cost_usd numeric(20, 10)`);
    await queryRunner.query(`CREATE INDEX token_ledger_task_idx ON cost_meter.token_ledger (task_id)`);
    await queryRunner.query(`
      CREATE TABLE cost_meter.job (
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
      CREATE TABLE cost_meter.job_task (
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
    await queryRunner.query(`CREATE INDEX job_task_state_idx ON cost_meter.job_task (job_id, state)`);
    await queryRunner.query(`CREATE INDEX job_task_settled_idx ON cost_meter.job_task (job_id, settled_at)`);
    await queryRunner.query(`
      CREATE TABLE cost_meter.job_event (
        event_id text PRIMARY KEY,
        job_id text NOT NULL,
        kind text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE cost_meter.job_event`);
    await queryRunner.query(`DROP TABLE cost_meter.job_task`);
    await queryRunner.query(`DROP TABLE cost_meter.job`);
    await queryRunner.query(`DROP INDEX cost_meter.token_ledger_task_idx`);
    await queryRunner.query(`
      ALTER TABLE cost_meter.token_ledger
        DROP COLUMN price_table_version, DROP COLUMN input_usd_per_million, DROP COLUMN output_usd_per_million,
        DROP COLUMN currency, DROP COLUMN reported_price_amount, DROP COLUMN reported_price_currency,
        DROP COLUMN table_cost_usd`);
  }
}
