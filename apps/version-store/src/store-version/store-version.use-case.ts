import { Inject, Injectable } from '@nestjs/common';
import { contentVersionIdFor, QualityVerdictIssued } from '@content-pipeline/contracts';
import { StatementBatcher } from '@content-pipeline/persistence';
import { planAutomaticActivation } from '../activation/activation-transition';
import { VERSION_STORE_CONFIG } from '../version-store.tokens';
import type { VersionStoreConfig } from '../version-store.config';
import {
  NewContentVersion,
  StoredVersionConsequence,
  VERSION_STORAGE_REPOSITORY,
  VersionStorageRepository,
  VersionStorageTransaction,
} from './version-storage.repository';

const VERDICTS_PER_BATCH = 200;

function stateKey(row: { skuId: string; language: string }): string {
  return `${row.skuId}\u0000${row.language}`;
}

/**
 * Stores every content set that leaves the gate as an immutable version and activates it when it passes.
 * Verdicts handled at the same time are stored together: one transaction per batch, in which each SKU and
 * language is serialised by a row lock on its state (a batch never holds two verdicts of one SKU and
 * language); idempotent on the verdict's event id. Human-written copy comes back here too: a candidate
 * variant is never activated on its own (an operator puts it in an experiment); a reviewer's edits activate
 * like generated content, audited in the reviewer's name. An activation's event for the catalogue is written to the
 * outbox in the same transaction.
 */
@Injectable()
export class StoreVersionUseCase {
  private readonly verdicts = new StatementBatcher<QualityVerdictIssued, 'stored' | 'duplicate'>({
    keyOf: (verdict) => stateKey(verdict),
    maxBatchSize: VERDICTS_PER_BATCH,
    runBatch: (verdicts) => this.storage.transaction((transaction) => this.storeAll(verdicts, transaction)),
  });

  constructor(
    @Inject(VERSION_STORAGE_REPOSITORY) private readonly storage: VersionStorageRepository,
    @Inject(VERSION_STORE_CONFIG) private readonly config: VersionStoreConfig,
  ) {}

  execute(verdict: QualityVerdictIssued): Promise<'stored' | 'duplicate'> {
    return this.verdicts.submit(verdict);
  }

  private async storeAll(
    verdicts: readonly QualityVerdictIssued[],
    transaction: VersionStorageTransaction,
  ): Promise<('stored' | 'duplicate')[]> {
    const states = new Map((await transaction.lockStates(verdicts)).map((state) => [stateKey(state), state]));
    const planned: StoredVersionConsequence[] = [];
    for (const verdict of verdicts) {
      const state = states.get(stateKey(verdict));
      if (!state) throw new Error(`No state row returned for ${verdict.skuId}/${verdict.language}`);
      const submission =
        verdict.provider === 'human' ? await transaction.humanSubmission(verdict.generatedEventId) : null;
      const versionId = contentVersionIdFor(verdict.eventId);
      const activation = planAutomaticActivation(
        state,
        {
          versionId,
          versionNumber: state.nextVersionNumber,
          verdict: verdict.verdict,
          issues: verdict.issues,
          approvedByReviewer: false,
          score: verdict.score,
        },
        {
          minimumScore: this.config.activationMinScore,
          candidateVariant: submission?.purpose === 'variant',
        },
      );
      const activate = activation.ok;
      planned.push({
        version: versionOf(verdict, versionId, state.nextVersionNumber, activate),
        activate,
        previousActiveVersionId: state.activeVersionId,
        submissionEventId: submission?.generatedEventId ?? null,
        actor: submission?.submittedBy ?? 'system',
        traceparent: verdict.traceparent,
        reason: submission
          ? `reviewer's edits passed the quality gate with score ${verdict.score}: ${submission.reason}`
          : `passed the quality gate with score ${verdict.score}`,
      });
    }
    const inserted = await transaction.insertNew(planned.map(({ version }) => version));
    await transaction.apply(planned.filter(({ version }) => inserted.has(version.versionId)));
    // Redeliveries: these verdicts are stored already (their state rows were only locked, not changed).
    const duplicateIds = planned.map(({ version }) => version.versionId).filter((id) => !inserted.has(id));
    const existing = new Set(
      (await transaction.findVersions(duplicateIds)).map((version) => version.versionId),
    );
    return planned.map(({ version }) => {
      if (inserted.has(version.versionId)) return 'stored';
      if (!existing.has(version.versionId))
        throw new Error(`Version ${version.versionId} was neither inserted nor found`);
      return 'duplicate';
    });
  }
}

function versionOf(
  verdict: QualityVerdictIssued,
  versionId: string,
  versionNumber: number,
  activate: boolean,
): NewContentVersion {
  return {
    versionId,
    sourceEventId: verdict.eventId,
    skuId: verdict.skuId,
    language: verdict.language,
    versionNumber,
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
  };
}
