import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the group learned about its kinds of calls, per model: each kind's mean usage beyond its prompt and its
 * recent answer lengths (what `max_tokens` is sized from), written by every instance and read by a started one.
 */
export class CreateLearnedCallSize1765600000000 implements MigrationInterface {
  name = 'CreateLearnedCallSize1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE generator.llm_learned_call_size (
        scope text NOT NULL,
        measure text NOT NULL CHECK (measure IN ('forecast', 'answers')),
        kind text NOT NULL,
        mean float8,
        samples int NOT NULL,
        answers jsonb,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, measure, kind)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE generator.llm_learned_call_size`);
  }
}
