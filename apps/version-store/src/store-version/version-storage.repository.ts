import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { insertNew, valuesList } from '@content-pipeline/persistence';
import { ContentVersion } from '../content-version/content-version.entity';
import { HumanSubmission } from '../human-copy/human-submission.entity';
import { VersionPublication } from '../publishing/version-publication';

/** A version about to be stored: everything but the time the database gives it. */
export type NewContentVersion = Omit<ContentVersion, 'createdAt'>;

/** What a SKU and language show now, and the number its next version gets. */
export interface SkuLanguageState {
  skuId: string;
  language: string;
  activeVersionId: string | null;
  pinned: boolean;
  nextVersionNumber: number;
}

/** A new version and what storing it changes: the active version, the audit, the catalogue's announcement. */
export interface StoredVersionConsequence {
  version: NewContentVersion;
  activate: boolean;
  previousActiveVersionId: string | null;
  /** The human submission the version came from, if any (it learns its resulting version). */
  submissionEventId: string | null;
  actor: string;
  reason: string;
  traceparent: string;
}

/** The writes of one batch of verdicts, all in one transaction. */
export interface VersionStorageTransaction {
  /**
   * Creates the states of these SKU-languages on first use and locks them (callers pass them in key order, so two
   * instances' batches never wait on each other crosswise).
   */
  lockStates(keys: readonly { skuId: string; language: string }[]): Promise<SkuLanguageState[]>;
  humanSubmission(generatedEventId: string): Promise<HumanSubmission | null>;
  /** Inserts the versions not stored before; returns the ids of those it inserted. */
  insertNew(versions: readonly NewContentVersion[]): Promise<Set<string>>;
  /**
   * Executes the decisions for new versions: previous active ones retired where a new one was activated, states
   * moved on, audits written, activations announced through the outbox, submissions linked to their version.
   */
  apply(consequences: readonly StoredVersionConsequence[]): Promise<void>;
  findVersions(versionIds: readonly string[]): Promise<ContentVersion[]>;
}

/** Where the version store keeps versions and the state of each SKU and language. */
export interface VersionStorageRepository {
  transaction<T>(work: (transaction: VersionStorageTransaction) => Promise<T>): Promise<T>;
}

export const VERSION_STORAGE_REPOSITORY = Symbol('VERSION_STORAGE_REPOSITORY');

/** Versions, states, audits and the outbox in `version_store`, through one database transaction per batch. */
@Injectable()
export class SqlVersionStorageRepository implements VersionStorageRepository {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly publication: VersionPublication,
  ) {}

  transaction<T>(work: (transaction: VersionStorageTransaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(this.within(manager)));
  }

  private within(manager: EntityManager): VersionStorageTransaction {
    return {
      lockStates: (keys) => lockStates(manager, keys),
      humanSubmission: (generatedEventId) => manager.findOneBy(HumanSubmission, { generatedEventId }),
      insertNew: async (versions) => {
        const rows = await insertNew<ContentVersion, { version_id: string }>(
          manager,
          ContentVersion,
          versions.map((version) => manager.create(ContentVersion, version)),
          ['version_id'],
        );
        return new Set(rows.map((row) => row.version_id));
      },
      apply: (consequences) => this.apply(manager, consequences),
      findVersions: (versionIds) =>
        versionIds.length === 0
          ? Promise.resolve([])
          : manager.findBy(ContentVersion, { versionId: In([...versionIds]) }),
    };
  }

  private async apply(
    manager: EntityManager,
    consequences: readonly StoredVersionConsequence[],
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
    // Announced in this transaction, through the outbox: a redelivered verdict stores and announces nothing.
    await this.publication.enqueueAll(
      manager,
      consequences
        .filter(({ activate }) => activate)
        .map(({ version, traceparent }) => ({
          version: version as ContentVersion,
          action: 'activated' as const,
          traceparent,
        })),
    );
    for (const { submissionEventId, version } of consequences) {
      if (!submissionEventId) continue;
      await manager.update(
        HumanSubmission,
        { generatedEventId: submissionEventId },
        { resultingVersionId: version.versionId },
      );
    }
  }
}

async function lockStates(
  manager: EntityManager,
  keys: readonly { skuId: string; language: string }[],
): Promise<SkuLanguageState[]> {
  const { sql, parameters } = valuesList(keys, ({ skuId, language }) => [skuId, language]);
  const rows = await manager.query<
    {
      sku_id: string;
      language: string;
      active_version_id: string | null;
      pinned: boolean;
      next_version_number: number;
    }[]
  >(
    `INSERT INTO version_store.sku_language_state AS state (sku_id, language) VALUES ${sql}
     ON CONFLICT (sku_id, language) DO UPDATE SET next_version_number = state.next_version_number
     RETURNING state.sku_id, state.language, state.active_version_id, state.pinned, state.next_version_number`,
    parameters,
  );
  return rows.map((row) => ({
    skuId: row.sku_id,
    language: row.language,
    activeVersionId: row.active_version_id,
    pinned: row.pinned,
    nextVersionNumber: row.next_version_number,
  }));
}
