import { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTableSql } from '@content-pipeline/persistence';

/**
 * The automatic accuracy estimate: judge samples drawn per job (stratified like spot-check samples), the versions
 * each holds, the judge's scored judgement per version, and the outbox the judge requests leave through.
 */
export class CreateJudgements1765400000000 implements MigrationInterface {
  name = 'CreateJudgements1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE version_store.judge_sample (
        sample_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_id text NOT NULL,
        seed bigint NOT NULL CHECK (seed >= 0),
        rate double precision NOT NULL CHECK (rate > 0 AND rate <= 1),
        population int NOT NULL CHECK (population >= 0),
        size int NOT NULL CHECK (size >= 0 AND size <= population),
        strata jsonb NOT NULL,
        drawn_by text NOT NULL,
        drawn_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX judge_sample_job_idx ON version_store.judge_sample (job_id, drawn_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE version_store.judge_item (
        sample_id uuid NOT NULL REFERENCES version_store.judge_sample (sample_id),
        version_id text NOT NULL REFERENCES version_store.content_version (version_id),
        request_event_id text NOT NULL UNIQUE,
        language text NOT NULL,
        category text NOT NULL,
        PRIMARY KEY (sample_id, version_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE version_store.judgement (
        request_event_id text PRIMARY KEY REFERENCES version_store.judge_item (request_event_id),
        event_id text NOT NULL UNIQUE,
        sample_id uuid NOT NULL,
        job_id text NOT NULL,
        version_id text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('judged', 'failed')),
        failure_reason text NOT NULL,
        errors jsonb NOT NULL,
        penalty int,
        evaluated_words int,
        quality_score double precision,
        major_accuracy_errors int,
        accurate boolean,
        provider text NOT NULL,
        model text NOT NULL,
        prompt_tokens int NOT NULL,
        completion_tokens int NOT NULL,
        judged_at timestamptz NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((outcome = 'judged') = (accurate IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX judgement_job_idx ON version_store.judgement (job_id)`);
    await queryRunner.query(createOutboxTableSql('version_store.judge_outbox'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE version_store.judge_outbox`);
    await queryRunner.query(`DROP TABLE version_store.judgement`);
    await queryRunner.query(`DROP TABLE version_store.judge_item`);
    await queryRunner.query(`DROP TABLE version_store.judge_sample`);
  }
}
