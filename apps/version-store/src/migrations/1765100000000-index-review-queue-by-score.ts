import { MigrationInterface, QueryRunner } from 'typeorm';

/** The review console sorts the queue by score as well as by age; both read only versions in review. */
export class IndexReviewQueueByScore1765100000000 implements MigrationInterface {
  name = 'IndexReviewQueueByScore1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX content_version_review_score_idx ON version_store.content_version (score, created_at)
         WHERE verdict = 'human_review'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX version_store.content_version_review_score_idx`);
  }
}
