import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The publishing API's tables: the Chinese source on each version (re-derivation needs it), review
 * decisions, human-written submissions sent through the gate, and A/B experiments with their variants.
 */
export class AddPublishingReviewAndExperiments1764201600000 implements MigrationInterface {
  name = 'AddPublishingReviewAndExperiments1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Nullable: versions stored before this migration have no source.
    await queryRunner.query(`ALTER TABLE version_store.content_version ADD COLUMN source jsonb`);
    await queryRunner.query(
      `CREATE INDEX content_version_task_idx ON version_store.content_version (task_id, attempt)`,
    );
    await queryRunner.query(
      `CREATE INDEX content_version_review_idx ON version_store.content_version (created_at)
         WHERE verdict = 'human_review'`,
    );
    // Pin and unpin are audited too, and may happen while nothing is active.
    await queryRunner.query(
      `ALTER TABLE version_store.activation_audit ALTER COLUMN version_id DROP NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX activation_audit_sku_idx ON version_store.activation_audit (sku_id, language, at)`,
    );
    await queryRunner.query(`
      CREATE TABLE version_store.review_decision (
        id bigserial PRIMARY KEY,
        version_id text NOT NULL UNIQUE REFERENCES version_store.content_version (version_id),
        task_id text NOT NULL,
        sku_id text NOT NULL,
        language text NOT NULL,
        job_id text NOT NULL,
        decision text NOT NULL CHECK (decision IN ('approved', 'approved_with_edits', 'rejected')),
        reviewer text NOT NULL,
        notes text NOT NULL,
        submission_event_id text,
        requested_event_id text,
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE version_store.human_submission (
        generated_event_id text PRIMARY KEY,
        purpose text NOT NULL CHECK (purpose IN ('variant', 'review_edit')),
        sku_id text NOT NULL,
        language text NOT NULL,
        job_id text NOT NULL,
        task_id text NOT NULL,
        submitted_by text NOT NULL,
        reason text NOT NULL,
        reviewed_version_id text REFERENCES version_store.content_version (version_id),
        resulting_version_id text REFERENCES version_store.content_version (version_id),
        content jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE version_store.ab_experiment (
        experiment_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sku_id text NOT NULL,
        language text NOT NULL,
        status text NOT NULL CHECK (status IN ('running', 'stopped')),
        started_by text NOT NULL,
        reason text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        stopped_by text,
        stop_reason text,
        stopped_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX ab_experiment_running_idx ON version_store.ab_experiment (sku_id, language)
         WHERE status = 'running'`,
    );
    await queryRunner.query(`
      CREATE TABLE version_store.ab_variant (
        variant_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        experiment_id uuid NOT NULL REFERENCES version_store.ab_experiment (experiment_id),
        position int NOT NULL,
        label text NOT NULL,
        version_id text NOT NULL REFERENCES version_store.content_version (version_id),
        weight int NOT NULL CHECK (weight > 0),
        is_control boolean NOT NULL,
        impressions bigint NOT NULL DEFAULT 0,
        conversions bigint NOT NULL DEFAULT 0,
        CHECK (conversions >= 0 AND conversions <= impressions),
        UNIQUE (experiment_id, version_id),
        UNIQUE (experiment_id, label),
        UNIQUE (experiment_id, position)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE version_store.ab_variant`);
    await queryRunner.query(`DROP TABLE version_store.ab_experiment`);
    await queryRunner.query(`DROP TABLE version_store.human_submission`);
    await queryRunner.query(`DROP TABLE version_store.review_decision`);
    await queryRunner.query(`DROP INDEX version_store.activation_audit_sku_idx`);
    await queryRunner.query(`DROP INDEX version_store.content_version_review_idx`);
    await queryRunner.query(`DROP INDEX version_store.content_version_task_idx`);
    await queryRunner.query(`ALTER TABLE version_store.content_version DROP COLUMN source`);
  }
}
