import { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTableSql } from '@content-pipeline/persistence';

/**
 * Where the hold's changes (held, released) wait for the relay to put them on Kafka; each is written by the same
 * statement that changes `generator.provider_hold`, so a change is announced exactly when it commits.
 */
export class CreateProviderHoldOutbox1765008000000 implements MigrationInterface {
  name = 'CreateProviderHoldOutbox1765008000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(createOutboxTableSql('generator.provider_hold_outbox'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE generator.provider_hold_outbox');
  }
}
