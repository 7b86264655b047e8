import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTokenLedger1764115200000 implements MigrationInterface {
  name = 'CreateTokenLedger1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cost_meter.token_ledger (
        usage_event_id text PRIMARY KEY,
        task_id text NOT NULL,
        job_id text NOT NULL,
        sku_id text NOT NULL,
        language text NOT NULL,
        attempt int NOT NULL,
        prompt_version text NOT NULL,
        provider text NOT NULL,
        model text NOT NULL,
        prompt_tokens int NOT NULL,
        completion_tokens int NOT NULL,
        cost_usd numeric(20, 10) NOT NULL,
        price_source text NOT NULL,
        outcome text NOT NULL,
        recorded_at timestamptz NOT NULL,
        metered_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX token_ledger_job_idx ON cost_meter.token_ledger (job_id, language, attempt)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE cost_meter.token_ledger`);
  }
}
