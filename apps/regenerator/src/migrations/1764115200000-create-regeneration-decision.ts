import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRegenerationDecision1764115200000 implements MigrationInterface {
  name = 'CreateRegenerationDecision1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE regenerator.regeneration_decision (
        verdict_event_id text PRIMARY KEY,
        task_id text NOT NULL,
        job_id text NOT NULL,
        sku_id text NOT NULL,
        language text NOT NULL,
        attempt int NOT NULL,
        decision text NOT NULL,
        requested_event_ids jsonb NOT NULL,
        feedback text,
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX regeneration_decision_job_idx ON regenerator.regeneration_decision (job_id, decision)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE regenerator.regeneration_decision`);
  }
}
