import { MigrationInterface, QueryRunner } from 'typeorm';

/** People who sign in to the review console, and their sessions. */
export class CreatePeopleAndSessions1765200000000 implements MigrationInterface {
  name = 'CreatePeopleAndSessions1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE console.person (
        person_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('viewer', 'reviewer', 'operator', 'admin')),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE console.person_session (
        token_hash text PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES console.person (person_id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX person_session_person_idx ON console.person_session (person_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE console.person_session`);
    await queryRunner.query(`DROP TABLE console.person`);
  }
}
