import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { contentVersionIdFor, QualityVerdictIssued } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { ActivationAudit } from '../content-version/activation-audit.entity';
import { shouldAutoActivate } from '../content-version/activation-policy';
import { ContentVersion } from '../content-version/content-version.entity';
import { SkuLanguageState } from '../content-version/sku-language-state.entity';
import { HumanSubmission } from '../human-copy/human-submission.entity';
import { VersionPublication } from '../publishing/version-publication';
import { VERSION_STORE_CONFIG } from '../version-store.tokens';
import type { VersionStoreConfig } from '../version-store.config';

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
      const existing = await manager.findOneBy(ContentVersion, { versionId });
      if (existing) return { version: existing, duplicate: true };

      await manager
        .createQueryBuilder()
        .insert()
        .into(SkuLanguageState)
        .values({ skuId: verdict.skuId, language: verdict.language })
        .orIgnore()
        .execute();
      const state = await manager.findOneOrFail(SkuLanguageState, {
        where: { skuId: verdict.skuId, language: verdict.language },
        lock: { mode: 'pessimistic_write' },
      });
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
        versionNumber: state.nextVersionNumber,
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
      await manager.insert(ContentVersion, version);
      if (activate && state.activeVersionId) {
        await manager.update(ContentVersion, { versionId: state.activeVersionId }, { status: 'inactive' });
      }
      await manager.update(
        SkuLanguageState,
        { skuId: verdict.skuId, language: verdict.language },
        {
          nextVersionNumber: state.nextVersionNumber + 1,
          ...(activate ? { activeVersionId: versionId } : {}),
        },
      );
      if (submission) {
        await manager.update(
          HumanSubmission,
          { generatedEventId: submission.generatedEventId },
          { resultingVersionId: versionId },
        );
      }
      if (activate) {
        await manager.insert(ActivationAudit, {
          skuId: verdict.skuId,
          language: verdict.language,
          versionId,
          action: 'activated',
          actor: submission?.submittedBy ?? 'system',
          reason: submission
            ? `reviewer's edits passed the quality gate with score ${verdict.score}: ${submission.reason}`
            : `passed the quality gate with score ${verdict.score}`,
        });
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
