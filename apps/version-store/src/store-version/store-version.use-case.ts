import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { contentVersionIdFor, QualityVerdictIssued } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { insertNew, StatementBatcher, valuesList } from '@content-pipeline/persistence';
import { planAutomaticActivation } from '../activation/activation-transition';
import { ContentVersion } from '../content-version/content-version.entity';
import { HumanSubmission } from '../human-copy/human-submission.entity';
import { VersionPublication } from '../publishing/version-publication';
import { VERSION_STORE_CONFIG } from '../version-store.tokens';
import type { VersionStoreConfig } from '../version-store.config';

interface StateRow {
  sku_id: string;
  language: string;
  active_version_id: string | null;
  pinned: boolean;
  next_version_number: number;
}

interface StoredVersion {
  version: ContentVersion;
  duplicate: boolean;
}

interface Consequence {
  version: ContentVersion;
  activate: boolean;
  previousActiveVersionId: string | null;
  submission: HumanSubmission | null;
  actor: string;
  reason: string;
  traceparent: string;
}

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
  private readonly verdicts = new StatementBatcher<QualityVerdictIssued, StoredVersion>({
    keyOf: (verdict) => stateKey(verdict),
    maxBatchSize: VERDICTS_PER_BATCH,
    runBatch: (verdicts) => this.dataSource.transaction((manager) => this.storeAll(verdicts, manager)),
  });

  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly publication: VersionPublication,
    @Inject(VERSION_STORE_CONFIG) private readonly config: VersionStoreConfig,
  ) {}

  async execute(verdict: QualityVerdictIssued): Promise<'stored' | 'duplicate'> {
    const outcome = await this.verdicts.submit(verdict);
    return outcome.duplicate ? 'duplicate' : 'stored';
  }

  private async storeAll(
    verdicts: readonly QualityVerdictIssued[],
    manager: EntityManager,
  ): Promise<StoredVersion[]> {
    const states = await this.lockStates(verdicts, manager);
    const planned: Consequence[] = [];
    for (const verdict of verdicts) {
      const state = states.get(stateKey(verdict));
      if (!state) throw new Error(`No state row returned for ${verdict.skuId}/${verdict.language}`);
      const submission =
        verdict.provider === 'human'
          ? await manager.findOneBy(HumanSubmission, { generatedEventId: verdict.generatedEventId })
          : null;
      const versionId = contentVersionIdFor(verdict.eventId);
      const activation = planAutomaticActivation(
        state,
        {
          versionId,
          versionNumber: state.next_version_number,
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
        version: this.versionOf(verdict, versionId, state.next_version_number, activate, manager),
        activate,
        previousActiveVersionId: state.active_version_id,
        submission,
        actor: submission?.submittedBy ?? 'system',
        traceparent: verdict.traceparent,
        reason: submission
          ? `reviewer's edits passed the quality gate with score ${verdict.score}: ${submission.reason}`
          : `passed the quality gate with score ${verdict.score}`,
      });
    }
    const insertedRows = await insertNew<ContentVersion, { version_id: string }>(
      manager,
      ContentVersion,
      planned.map(({ version }) => version),
      ['version_id'],
    );
    const inserted = new Set(insertedRows.map((row) => row.version_id));
    const stored = planned.filter(({ version }) => inserted.has(version.versionId));
    await this.applyConsequences(stored, manager);
    // Announced in this transaction, through the outbox: a redelivered verdict stores and announces nothing.
    await this.publication.enqueueAll(
      manager,
      stored
        .filter(({ activate }) => activate)
        .map(({ version, traceparent }) => ({ version, action: 'activated' as const, traceparent })),
    );
    for (const { submission, version } of stored) {
      if (!submission) continue;
      await manager.update(
        HumanSubmission,
        { generatedEventId: submission.generatedEventId },
        { resultingVersionId: version.versionId },
      );
    }
    // Redeliveries: these verdicts are stored already (their state rows were only locked, not changed).
    const duplicateIds = planned.map(({ version }) => version.versionId).filter((id) => !inserted.has(id));
    const existing = new Map(
      duplicateIds.length === 0
        ? []
        : (await manager.findBy(ContentVersion, { versionId: In(duplicateIds) })).map((version) => [
            version.versionId,
            version,
          ]),
    );
    return planned.map(({ version }) => {
      if (inserted.has(version.versionId)) return { version, duplicate: false };
      const found = existing.get(version.versionId);
      if (!found) throw new Error(`Version ${version.versionId} was neither inserted nor found`);
      return { version: found, duplicate: true };
    });
  }

  /**
   * Creates the states on first use and locks them in the same statement (the batch comes in key order, so two
   * instances' batches never wait on each other crosswise): versions of a SKU and language are numbered in turn.
   */
  private async lockStates(
    verdicts: readonly QualityVerdictIssued[],
    manager: EntityManager,
  ): Promise<Map<string, StateRow>> {
    const { sql, parameters } = valuesList(verdicts, ({ skuId, language }) => [skuId, language]);
    const rows = await manager.query<StateRow[]>(
      `INSERT INTO version_store.sku_language_state AS state (sku_id, language) VALUES ${sql}
       ON CONFLICT (sku_id, language) DO UPDATE SET next_version_number = state.next_version_number
       RETURNING state.sku_id, state.language, state.active_version_id, state.pinned, state.next_version_number`,
      parameters,
    );
    return new Map(rows.map((row) => [stateKey({ skuId: row.sku_id, language: row.language }), row]));
  }

  private versionOf(
    verdict: QualityVerdictIssued,
    versionId: string,
    versionNumber: number,
    activate: boolean,
    manager: EntityManager,
  ): ContentVersion {
    return manager.create(ContentVersion, {
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
    });
  }

  /**
   * Executes the state machine's decisions for the new versions in one statement: previous active ones
   * retired where a new one was activated, states moved on, audits written.
   */
  private async applyConsequences(
    consequences: readonly Consequence[],
    manager: EntityManager,
  ): Promise<void> {
    if (consequences.length === 0) return;
    const { sql, parameters } = valuesList(
      consequences,
      ({ version, activate, previousActiveVersionId, actor, reason }) => [
        version.skuId,
        version.language,
        activate,
        previousActiveVersionId,
        version.versionNumber + 1,
        version.versionId,
        actor,
        reason,
      ],
      {
        rowSql: ([sku, language, activate, previous, next, versionId, actor, reason]) =>
          `(${sku}::text, ${language}::text, ${activate}::boolean, ${previous}::text, ${next}::int, ${versionId}::text, ${actor}::text, ${reason}::text)`,
      },
    );
    await manager.query(
      `WITH input (sku_id, language, activate, previous_version_id, next_version_number, version_id, actor, reason) AS (
         VALUES ${sql}
       ), retired AS (
         UPDATE version_store.content_version AS version SET status = 'inactive'
           FROM input WHERE input.activate AND version.version_id = input.previous_version_id
       ), moved AS (
         UPDATE version_store.sku_language_state AS state
            SET next_version_number = input.next_version_number,
                active_version_id = CASE WHEN input.activate THEN input.version_id ELSE state.active_version_id END
           FROM input WHERE state.sku_id = input.sku_id AND state.language = input.language
       )
       INSERT INTO version_store.activation_audit (sku_id, language, version_id, action, actor, reason)
       SELECT sku_id, language, version_id, 'activated', actor, reason FROM input WHERE activate`,
      parameters,
    );
  }
}
