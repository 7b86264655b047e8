import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateContentVersions1764115200000 implements MigrationInterface {
  name = 'CreateContentVersions1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE version_store.content_version (
        version_id text PRIMARY KEY,
        source_event_id text NOT NULL UNIQUE,
        sku_id text NOT NULL,
        language text NOT NULL,
        version_number int NOT NULL,
        job_id text NOT NULL,
        task_id text NOT NULL,
        attempt int NOT NULL,
        prompt_version text NOT NULL,
        provider text NOT NULL,
        model text NOT NULL,
        master_version_id text,
        source_hash text NOT NULL,
        content jsonb NOT NULL,
        score int NOT NULL,
        verdict text NOT NULL,
        issues jsonb NOT NULL,
        prompt_tokens int NOT NULL,
        completion_tokens int NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'inactive')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (sku_id, language, version_number)
      )`);
    await queryRunner.query(
      `CREATE INDEX content_version_job_idx ON version_store.content_version (job_id, language)`,
    );
    await queryRunner.query(`
      CREATE TABLE version_store.sku_language_state (
        sku_id text NOT NULL,
        language text NOT NULL,
        active_version_id text REFERENCES version_store.content_version (version_id),
        pinned boolean NOT NULL DEFAULT false,
        next_version_number int NOT NULL DEFAULT 1,
        PRIMARY KEY (sku_id, language)
      )`);
    await queryRunner.query(`
      CREATE TABLE version_store.activation_audit (
        id bigserial PRIMARY KEY,
        sku_id text NOT NULL,
        language text NOT NULL,
        version_id text NOT NULL REFERENCES version_store.content_version (version_id),
        action text NOT NULL,
        actor text NOT NULL,
        reason text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE version_store.activation_audit`);
    await queryRunner.query(`DROP TABLE version_store.sku_language_state`);
    await queryRunner.query(`DROP TABLE version_store.content_version`);
  }
}
