import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateQualityCheck1764115200000 implements MigrationInterface {
  name = 'CreateQualityCheck1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE quality_gate.quality_check (
        generated_event_id text PRIMARY KEY,
        verdict_event_id text NOT NULL,
        task_id text NOT NULL,
        job_id text NOT NULL,
        sku_id text NOT NULL,
        language text NOT NULL,
        attempt int NOT NULL,
        score int NOT NULL,
        verdict text NOT NULL,
        issues jsonb NOT NULL,
        checked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX quality_check_job_idx ON quality_gate.quality_check (job_id, verdict)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE quality_gate.quality_check`);
  }
}
