import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  contentVersionIdFor,
  derivedEventId,
  QualityVerdictIssued,
  Topics,
} from '@content-pipeline/contracts';
import { KafkaRuntime, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { ActivationAudit } from '../content-version/activation-audit.entity';
import { shouldAutoActivate } from '../content-version/activation-policy';
import { ContentVersion } from '../content-version/content-version.entity';
import { SkuLanguageState } from '../content-version/sku-language-state.entity';
import { VERSION_STORE_CONFIG } from '../version-store.tokens';
import type { VersionStoreConfig } from '../version-store.config';

/**
 * Stores every content set that leaves the gate as an immutable version and activates it when it passes.
 * One transaction per verdict, serialised per SKU and language by a row lock on its state; idempotent on
 * the verdict's event id.
 */
@Injectable()
export class StoreVersionUseCase {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly kafka: KafkaRuntime,
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
      const activate = shouldAutoActivate(verdict, state, this.config.activationMinScore);
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
      if (activate) {
        await manager.insert(ActivationAudit, {
          skuId: verdict.skuId,
          language: verdict.language,
          versionId,
          action: 'activated',
          actor: 'system',
          reason: `passed the quality gate with score ${verdict.score}`,
        });
      }
      return { version, duplicate: false };
    });

    // Published after commit; a crash in between republishes on redelivery (same derived event id).
    if (outcome.version.status === 'active') {
      await this.kafka.publish(
        Topics.versionPublished,
        {
          eventId: derivedEventId('version-published', versionId, 'activated'),
          versionId,
          versionNumber: outcome.version.versionNumber,
          jobId: verdict.jobId,
          skuId: verdict.skuId,
          language: verdict.language,
          attempt: verdict.attempt,
          promptVersion: verdict.promptVersion,
          action: 'activated',
          content: outcome.version.content,
          score: outcome.version.score,
          masterVersionId: outcome.version.masterVersionId,
          publishedAt: Date.now(),
          traceparent: verdict.traceparent,
        },
        { key: verdict.skuId },
      );
    }
    return outcome.duplicate ? 'duplicate' : 'stored';
  }
}
