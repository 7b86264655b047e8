import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The batch lane's state, so a restart resumes instead of resubmitting: each provider batch (its id, status,
 * what it holds), each bulk request taken into the lane (the request itself, its custom id, which batch holds it,
 * how often it was tried), and how each stored generation was billed.
 */
export class CreateBatchLane1765100000000 implements MigrationInterface {
  name = 'CreateBatchLane1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE generator.provider_batch (
        id bigserial PRIMARY KEY,
        provider text NOT NULL,
        provider_batch_id text UNIQUE,
        input_file_id text,
        status text NOT NULL,
        provider_status text,
        request_count int NOT NULL,
        bytes bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        ended_at timestamptz
      )
    `);
    await queryRunner.query(`
      CREATE TABLE generator.batch_request (
        request_event_id text PRIMARY KEY,
        custom_id text NOT NULL,
        job_id text NOT NULL,
        request jsonb NOT NULL,
        state text NOT NULL,
        batch_id bigint REFERENCES generator.provider_batch (id),
        tries int NOT NULL DEFAULT 0,
        last_error text,
        queued_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await queryRunner.query(
      `CREATE INDEX batch_request_open ON generator.batch_request (state, queued_at) WHERE state <> 'done'`,
    );
    await queryRunner.query(`CREATE INDEX batch_request_batch ON generator.batch_request (batch_id)`);
    await queryRunner.query(
      `ALTER TABLE generator.generation_attempt ADD COLUMN billing text NOT NULL DEFAULT 'interactive'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE generator.generation_attempt DROP COLUMN billing`);
    await queryRunner.query(`DROP TABLE generator.batch_request`);
    await queryRunner.query(`DROP TABLE generator.provider_batch`);
  }
}
