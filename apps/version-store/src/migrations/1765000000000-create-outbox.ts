import { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTableSql } from '@content-pipeline/persistence';

/** The outbox the published-version events wait in until the relay has put them on Kafka. */
export class CreateOutbox1765000000000 implements MigrationInterface {
  name = 'CreateOutbox1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(createOutboxTableSql('version_store.outbox'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE version_store.outbox');
  }
}
