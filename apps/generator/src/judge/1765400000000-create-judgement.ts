import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The judge's answers, one row per judge request: stored before they are published, so a redelivered request
 * publishes the same judgement and usage again instead of paying for a second call.
 */
export class CreateJudgement1765400000000 implements MigrationInterface {
  name = 'CreateJudgement1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE generator.judgement (
        request_event_id text PRIMARY KEY,
        judged jsonb NOT NULL,
        usage jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE generator.judgement`);
  }
}
