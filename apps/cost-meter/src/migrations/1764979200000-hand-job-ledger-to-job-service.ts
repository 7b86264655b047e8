import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The job ledger belongs to the job service, whose first migration moves `job`, `job_task` and `job_event` out
 * of this schema. On a database where the job service migrated first, this schema's earlier migration created
 * them again, empty: those leftovers go. Tables holding rows are never dropped here.
 */
export class HandJobLedgerToJobService1764979200000 implements MigrationInterface {
  name = 'HandJobLedgerToJobService1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF to_regclass('job_service.job') IS NOT NULL AND to_regclass('cost_meter.job') IS NOT NULL THEN
          -- Nested: the row checks can only be planned once the tables are known to exist.
          IF NOT EXISTS (SELECT 1 FROM cost_meter.job) AND NOT EXISTS (SELECT 1 FROM cost_meter.job_task)
             AND NOT EXISTS (SELECT 1 FROM cost_meter.job_event) THEN
            DROP TABLE cost_meter.job_event, cost_meter.job_task, cost_meter.job;
          END IF;
        END IF;
      END $$`);
  }

  async down(): Promise<void> {
    // Nothing to restore: only empty leftovers were dropped.
  }
}
