import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the provider said besides the content, kept with the attempt so a republished result carries it too: the
 * workflow's own quality verdict, the fields a documented fallback filled, and the repair calls it took.
 */
export class AddProviderReportToGenerationAttempt1764892800000 implements MigrationInterface {
  name = 'AddProviderReportToGenerationAttempt1764892800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE generator.generation_attempt
        ADD COLUMN workflow_review jsonb,
        ADD COLUMN filled_fields jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN repair_calls int NOT NULL DEFAULT 0
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE generator.generation_attempt
        DROP COLUMN workflow_review, DROP COLUMN filled_fields, DROP COLUMN repair_calls
    `);
  }
}
