import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A third budget dimension for providers that limit output tokens apart from input tokens (Anthropic's OTPM next
 * to its ITPM): its GCRA state, and the output limit a provider announced below ours.
 */
export class AddOutputTokensToLlmRateLimiter1765065600000 implements MigrationInterface {
  name = 'AddOutputTokensToLlmRateLimiter1765065600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE generator.llm_rate_limiter
        ADD COLUMN output_token_tat timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN provider_output_tpm_limit int`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE generator.llm_rate_limiter DROP COLUMN output_token_tat, DROP COLUMN provider_output_tpm_limit`);
  }
}
