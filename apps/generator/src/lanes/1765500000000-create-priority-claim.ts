import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Priority claims on the shared LLM budget: one row per instance with priority calls waiting for admission, keyed
 * like the budget (limiter key), renewed while they wait and dead after `claimed_until` (a crashed instance's claim
 * lapses by itself). While another instance's claim is live, bulk callers ask for no slot.
 */
export class CreatePriorityClaim1765500000000 implements MigrationInterface {
  name = 'CreatePriorityClaim1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE generator.llm_priority_claim (
        limiter_key text NOT NULL,
        instance_id text NOT NULL,
        claimed_until timestamptz NOT NULL,
        PRIMARY KEY (limiter_key, instance_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE generator.llm_priority_claim`);
  }
}
