import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateGenerationAttempt1764115200000 implements MigrationInterface {
  name = 'CreateGenerationAttempt1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE generator.generation_attempt (
        request_event_id text PRIMARY KEY,
        task_id text NOT NULL,
        job_id text NOT NULL,
        sku_id text NOT NULL,
        language text NOT NULL,
        attempt int NOT NULL,
        provider text NOT NULL,
        model text NOT NULL,
        content jsonb NOT NULL,
        usage jsonb NOT NULL,
        latency_ms int NOT NULL,
        content_event_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX generation_attempt_task_idx ON generator.generation_attempt (task_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE generator.generation_attempt`);
  }
}
