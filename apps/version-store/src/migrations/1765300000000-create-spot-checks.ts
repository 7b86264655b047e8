import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spot checks of published content: samples drawn per job (stratified by language and category), the versions
 * each holds, a person's verdict per sampled version and the MQM-typed errors marked in it. Apart from the
 * review decisions: those judge what the gate flagged, these what went out.
 */
export class CreateSpotChecks1765300000000 implements MigrationInterface {
  name = 'CreateSpotChecks1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE version_store.spot_check_sample (
        sample_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_id text NOT NULL,
        seed bigint NOT NULL CHECK (seed >= 0),
        rate double precision CHECK (rate > 0 AND rate <= 1),
        count int CHECK (count >= 1),
        population int NOT NULL CHECK (population >= 0),
        size int NOT NULL CHECK (size >= 0 AND size <= population),
        strata jsonb NOT NULL,
        drawn_by text NOT NULL,
        drawn_at timestamptz NOT NULL DEFAULT now(),
        CHECK (rate IS NOT NULL OR count IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX spot_check_sample_job_idx ON version_store.spot_check_sample (job_id, drawn_at)`,
    );
    // The stratum and the gate's view are copied from the (immutable) version so the report reads one table.
    await queryRunner.query(`
      CREATE TABLE version_store.spot_check_item (
        sample_id uuid NOT NULL REFERENCES version_store.spot_check_sample (sample_id),
        version_id text NOT NULL REFERENCES version_store.content_version (version_id),
        position int NOT NULL,
        language text NOT NULL,
        category text NOT NULL,
        attempt int NOT NULL,
        gate_verdict text NOT NULL,
        gate_score int NOT NULL,
        PRIMARY KEY (sample_id, version_id),
        UNIQUE (sample_id, position)
      )`);
    await queryRunner.query(`
      CREATE TABLE version_store.spot_check (
        check_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sample_id uuid NOT NULL,
        version_id text NOT NULL,
        verdict text NOT NULL CHECK (verdict IN ('publishable', 'not_publishable')),
        reviewer text NOT NULL,
        notes text NOT NULL,
        checked_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (sample_id, version_id),
        FOREIGN KEY (sample_id, version_id) REFERENCES version_store.spot_check_item (sample_id, version_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE version_store.spot_check_error (
        error_id bigserial PRIMARY KEY,
        check_id uuid NOT NULL REFERENCES version_store.spot_check (check_id),
        position int NOT NULL,
        category text NOT NULL CHECK (category IN ('accuracy/mistranslation', 'accuracy/omission',
          'accuracy/addition', 'accuracy/numbers', 'fluency', 'terminology', 'style', 'locale_convention')),
        severity text NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),
        field text NOT NULL,
        span_start int NOT NULL CHECK (span_start >= 0),
        span_end int NOT NULL CHECK (span_end >= span_start),
        note text,
        UNIQUE (check_id, position)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE version_store.spot_check_error`);
    await queryRunner.query(`DROP TABLE version_store.spot_check`);
    await queryRunner.query(`DROP TABLE version_store.spot_check_item`);
    await queryRunner.query(`DROP TABLE version_store.spot_check_sample`);
  }
}
