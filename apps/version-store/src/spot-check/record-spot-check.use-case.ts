import { SpotCheckVerdict } from '@content-pipeline/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { ContentVersion } from '../content-version/content-version.entity';
import { VersionStoreError } from '../version-store.error';
import { MarkedError, spotCheckProblems } from './mqm-typology';
import { SpotCheckError } from './spot-check-error.entity';
import { SpotCheckItem } from './spot-check-item.entity';
import { SpotCheckSample } from './spot-check-sample.entity';
import { SpotCheck } from './spot-check.entity';

export interface RecordSpotCheckCommand {
  sampleId: string;
  versionId: string;
  verdict: SpotCheckVerdict;
  errors: MarkedError[];
  notes: string;
  reviewer: string;
}

/** The check as stored: the command's facts with the check's id and time (error notes null when not given). */
export type RecordedSpotCheck = Omit<RecordSpotCheckCommand, 'errors'> & {
  checkId: string;
  errors: (MarkedError & { note: string | null })[];
  checkedAt: Date;
};

/** Records a person's verdict and marked errors on one sampled version, once. */
@Injectable()
export class RecordSpotCheckUseCase {
  constructor(@Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async execute(command: RecordSpotCheckCommand): Promise<RecordedSpotCheck> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(SpotCheckSample, { sampleId: command.sampleId })))
        throw VersionStoreError.notFound(`No spot-check sample ${command.sampleId}`);
      // Locked so two checkers submitting at once get one 201 and one 409, not a unique-key failure.
      const item = await manager.findOne(SpotCheckItem, {
        where: { sampleId: command.sampleId, versionId: command.versionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!item)
        throw VersionStoreError.notFound(`Version ${command.versionId} is not in sample ${command.sampleId}`);
      const existing = await manager.findOneBy(SpotCheck, {
        sampleId: command.sampleId,
        versionId: command.versionId,
      });
      if (existing)
        throw VersionStoreError.conflict(
          `Version ${command.versionId} was already checked in this sample by ${existing.reviewer} (${existing.verdict})`,
        );
      const version = await manager.findOneByOrFail(ContentVersion, { versionId: command.versionId });
      const problems = spotCheckProblems(command.verdict, command.errors, version.content);
      if (problems.length > 0) throw VersionStoreError.invalid(problems.join('; '));
      const check = await manager.save(
        manager.create(SpotCheck, {
          sampleId: command.sampleId,
          versionId: command.versionId,
          verdict: command.verdict,
          reviewer: command.reviewer,
          notes: command.notes,
        }),
      );
      if (command.errors.length > 0)
        await manager.insert(
          SpotCheckError,
          command.errors.map((error, index) => ({
            checkId: check.checkId,
            position: index + 1,
            category: error.category,
            severity: error.severity,
            field: error.field,
            spanStart: error.start,
            spanEnd: error.end,
            note: error.note ?? null,
          })),
        );
      return {
        checkId: check.checkId,
        sampleId: check.sampleId,
        versionId: check.versionId,
        verdict: check.verdict,
        errors: command.errors.map((error) => ({ ...error, note: error.note ?? null })),
        notes: check.notes,
        reviewer: check.reviewer,
        checkedAt: check.checkedAt,
      };
    });
  }
}
