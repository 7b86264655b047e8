import { Inject, Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { insertNew, StatementBatcher } from '@content-pipeline/persistence';
import { QualityCheck } from '../quality-check/quality-check.entity';

/** A judgement about to be stored: the check without the time the database gives it. */
export type NewQualityCheck = Omit<QualityCheck, 'checkedAt'>;

/** Where the gate's judgements are kept, one per generated event. */
export interface QualityCheckRepository {
  /**
   * Stores the judgement unless one is stored for the same generated event (a redelivery): returns the stored
   * one then, with `first` false, so the first judgement stands even if the rules have changed since.
   */
  keepFirst(check: NewQualityCheck): Promise<{ check: QualityCheck; first: boolean }>;
}

export const QUALITY_CHECK_REPOSITORY = Symbol('QUALITY_CHECK_REPOSITORY');

const CHECKS_PER_BATCH = 256;

/** Judgements in `quality_gate.quality_check`; those handled at the same time are inserted in one statement. */
@Injectable()
export class TypeOrmQualityCheckRepository implements QualityCheckRepository {
  private readonly checks: Repository<QualityCheck>;
  private readonly inserts = new StatementBatcher<NewQualityCheck, Date | null>({
    keyOf: (check) => check.generatedEventId,
    maxBatchSize: CHECKS_PER_BATCH,
    runBatch: (checks) => this.insertAll(checks),
  });

  constructor(@Inject(SERVICE_DATA_SOURCE) dataSource: DataSource) {
    this.checks = dataSource.getRepository(QualityCheck);
  }

  async keepFirst(check: NewQualityCheck): Promise<{ check: QualityCheck; first: boolean }> {
    const checkedAt = await this.inserts.submit(check);
    if (checkedAt === null)
      return {
        check: await this.checks.findOneByOrFail({ generatedEventId: check.generatedEventId }),
        first: false,
      };
    return { check: { ...check, checkedAt }, first: true };
  }

  /** Null for a check stored before (a redelivery). */
  private async insertAll(checks: readonly NewQualityCheck[]): Promise<(Date | null)[]> {
    const inserted = await insertNew<QualityCheck, { generated_event_id: string; checked_at: Date }>(
      this.checks.manager,
      QualityCheck,
      checks.map((check) => this.checks.create(check)),
      ['generated_event_id', 'checked_at'],
    );
    const checkedAt = new Map(inserted.map((row) => [row.generated_event_id, row.checked_at]));
    return checks.map((check) => checkedAt.get(check.generatedEventId) ?? null);
  }
}
