import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The generator group's provider hold as the job service last heard it (one row per hold key, from
 * `content.internal.provider.hold-changed.v1`): while a row is held, every unfinished job shows it.
 */
export class CreateProviderHold1765010000000 implements MigrationInterface {
  name = 'CreateProviderHold1765010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE job_service.provider_hold (
        hold_key text PRIMARY KEY,
        provider text NOT NULL,
        held boolean NOT NULL,
        reason text NOT NULL,
        error_code text NOT NULL,
        message text NOT NULL,
        action text NOT NULL,
        held_at timestamptz NOT NULL,
        changed_at timestamptz NOT NULL,
        changed_by text NOT NULL,
        sequence bigint NOT NULL,
        event_id text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE job_service.provider_hold');
  }
}
