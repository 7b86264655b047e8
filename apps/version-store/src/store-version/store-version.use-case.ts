import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { contentVersionIdFor, QualityVerdictIssued } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { shouldAutoActivate } from '../content-version/activation-policy';
import { ContentVersion } from '../content-version/content-version.entity';
import { HumanSubmission } from '../human-copy/human-submission.entity';
import { VersionPublication } from '../publishing/version-publication';
import { VERSION_STORE_CONFIG } from '../version-store.tokens';
import type { VersionStoreConfig } from '../version-store.config';

interface StateRow {
  active_version_id: string | null;
  pinned: boolean;
  next_version_number: number;
}

/**
 * Stores every content set that leaves the gate as an immutable version and activates it when it passes.
 * One transaction per verdict, serialised per SKU and language by a row lock on its state; idempotent on
 * the verdict's event id. Human-written copy comes back here too: a candidate variant is never activated
 * on its own (an operator puts it in an experiment); a reviewer's edits activate like generated content,
 * audited in the reviewer's name.
 */
@Injectable()
export class StoreVersionUseCase {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly publication: VersionPublication,
    @Inject(VERSION_STORE_CONFIG) private readonly config: VersionStoreConfig,
  ) {}

  async execute(verdict: QualityVerdictIssued): Promise<'stored' | 'duplicate'> {
    const versionId = contentVersionIdFor(verdict.eventId);
    const outcome = await this.dataSource.transaction(async (manager) => {
      // Created on first use and locked in the same statement: versions of a SKU and language are numbered in turn.
      const [state] = await manager.query<StateRow[]>(
        `INSERT INTO version_store.sku_language_state AS state (sku_id, language) VALUES ($1, $2)
         ON CONFLICT (sku_id, language) DO UPDATE SET next_version_number = state.next_version_number
         RETURNING state.active_version_id, state.pinned, state.next_version_number`,
        [verdict.skuId, verdict.language],
      );
      const submission =
        verdict.provider === 'human'
          ? await manager.findOneBy(HumanSubmission, { generatedEventId: verdict.generatedEventId })
          : null;
      const activate =
        submission?.purpose !== 'variant' &&
        shouldAutoActivate(verdict, state, this.config.activationMinScore);
      const version = manager.create(ContentVersion, {
        versionId,
        sourceEventId: verdict.eventId,
        skuId: verdict.skuId,
        language: verdict.language,
        versionNumber: state.next_version_number,
        jobId: verdict.jobId,
        taskId: verdict.taskId,
        attempt: verdict.attempt,
        promptVersion: verdict.promptVersion,
        provider: verdict.provider,
        model: verdict.model,
        masterVersionId: verdict.masterVersionId,
        sourceHash: verdict.source.sourceHash,
        source: verdict.source,
        content: verdict.content,
        score: verdict.score,
        verdict: verdict.verdict,
        issues: verdict.issues,
        promptTokens: verdict.usage.promptTokens,
        completionTokens: verdict.usage.completionTokens,
        status: activate ? 'active' : 'inactive',
      });
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ContentVersion)
        .values(version)
        .orIgnore()
        .execute();
      if ((inserted.raw as unknown[]).length === 0) {
        // A redelivery: this verdict is stored already (the state row was only locked, not changed).
        return { version: await manager.findOneByOrFail(ContentVersion, { versionId }), duplicate: true };
      }
      // The version's consequences in one statement: the previous active one retired, the state moved on, the
      // activation audited.
      await manager.query(
        `WITH retired AS (
           UPDATE version_store.content_version SET status = 'inactive'
            WHERE $3::boolean AND version_id = $4
         ), moved AS (
           UPDATE version_store.sku_language_state
              SET next_version_number = $5,
                  active_version_id = CASE WHEN $3::boolean THEN $6 ELSE active_version_id END
            WHERE sku_id = $1 AND language = $2
         )
         INSERT INTO version_store.activation_audit (sku_id, language, version_id, action, actor, reason)
         SELECT $1, $2, $6, 'activated', $7, $8 WHERE $3::boolean`,
        [
          verdict.skuId,
          verdict.language,
          activate,
          state.active_version_id,
          state.next_version_number + 1,
          versionId,
          submission?.submittedBy ?? 'system',
          submission
            ? `reviewer's edits passed the quality gate with score ${verdict.score}: ${submission.reason}`
            : `passed the quality gate with score ${verdict.score}`,
        ],
      );
      if (submission) {
        await manager.update(
          HumanSubmission,
          { generatedEventId: submission.generatedEventId },
          { resultingVersionId: versionId },
        );
      }
      return { version, duplicate: false };
    });

    // Published after commit; a crash in between republishes on redelivery (same derived event id).
    if (outcome.version.status === 'active') {
      await this.publication.publish(outcome.version, 'activated', { traceparent: verdict.traceparent });
    }
    return outcome.duplicate ? 'duplicate' : 'stored';
  }
}
