import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The LLM budget every generator instance shares: one row per API key (limiter key) with the GCRA state of both
 * dimensions, the group-wide cooldown a 429 sets, the lower limits a provider announced, and running totals for
 * the utilisation gauge.
 */
export class CreateLlmRateLimiter1764633600000 implements MigrationInterface {
  name = 'CreateLlmRateLimiter1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE generator.llm_rate_limiter (
        limiter_key text PRIMARY KEY,
        request_tat timestamptz NOT NULL DEFAULT now(),
        token_tat timestamptz NOT NULL DEFAULT now(),
        cooldown_until timestamptz NOT NULL DEFAULT now(),
        provider_rpm_limit int,
        provider_tpm_limit int,
        provider_limits_until timestamptz,
        requests_admitted bigint NOT NULL DEFAULT 0,
        tokens_charged bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE generator.llm_rate_limiter`);
  }
}
