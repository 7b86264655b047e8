import { MigrationInterface, QueryRunner } from 'typeorm';

/** Job admission as the job ledger announces it, and the requests parked while a job is paused. */
export class CreateJobAdmission1764720000000 implements MigrationInterface {
  name = 'CreateJobAdmission1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE generator.job_admission (
        job_id text PRIMARY KEY,
        admitted boolean NOT NULL,
        reason text NOT NULL,
        sequence int NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE generator.parked_generation_request (
        request_event_id text PRIMARY KEY,
        job_id text NOT NULL,
        request jsonb NOT NULL,
        parked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX parked_generation_request_job_idx ON generator.parked_generation_request (job_id, parked_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE generator.parked_generation_request`);
    await queryRunner.query(`DROP TABLE generator.job_admission`);
  }
}
