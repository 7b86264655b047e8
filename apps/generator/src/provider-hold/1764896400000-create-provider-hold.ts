import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The group-wide hold of a provider endpoint (one row per limiter key, as the rate limiter): whether calls may be
 * sent, why not, who held and released it, and the probe's schedule. Every instance, and a restarted one, reads it.
 */
export class CreateProviderHold1764896400000 implements MigrationInterface {
  name = 'CreateProviderHold1764896400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE generator.provider_hold (
        hold_key text PRIMARY KEY,
        held boolean NOT NULL DEFAULT false,
        reason text,
        error_code text,
        message text,
        held_at timestamptz,
        held_by text,
        refused_calls int NOT NULL DEFAULT 0,
        next_probe_at timestamptz,
        probes int NOT NULL DEFAULT 0,
        last_probe_at timestamptz,
        last_probe_error text,
        released_at timestamptz,
        released_by text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE generator.provider_hold`);
  }
}
