import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { ActivationAudit } from '../content-version/activation-audit.entity';
import { ContentVersion } from '../content-version/content-version.entity';
import { SkuLanguageState } from '../content-version/sku-language-state.entity';
import {
  findVersion,
  findVersionOfSkuLanguage,
  lockSkuLanguageState,
  VersionReference,
  versionFacts,
} from '../content-version/version-lookup';
import { VersionPublication } from '../publishing/version-publication';
import { VersionStoreError } from '../version-store.error';
import { ActivationCommand, planActivationChange } from './activation-transition';

export type ActivationRequest =
  | { kind: 'activate' | 'rollback'; target: VersionReference }
  | { kind: 'deactivate' | 'pin' | 'unpin' };

export interface ActivationOutcome {
  action: 'activated' | 'rolled_back' | 'deactivated' | 'pinned' | 'unpinned';
  skuId: string;
  language: string;
  versionId: string | null;
  activeVersionId: string | null;
  pinned: boolean;
  auditId: string;
  /** The VersionPublished event id (activations, rollbacks, deactivations). */
  publishedEventId: string | null;
}

/** A change applied inside a caller's transaction; `publish` runs after it commits. */
export interface AppliedActivationChange {
  outcome: ActivationOutcome;
}

/**
 * Activates, rolls back, deactivates, pins or unpins one SKU-language: the rules decide, one transaction
 * under the state's row lock applies the change, its audit entry and the catalogue's event (through the outbox).
 */
@Injectable()
export class ChangeActivationUseCase {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly publication: VersionPublication,
  ) {}

  async execute(
    skuId: string,
    language: string,
    request: ActivationRequest,
    actor: string,
    reason: string,
  ): Promise<ActivationOutcome> {
    const applied = await this.dataSource.transaction((manager) =>
      this.applyWithin(manager, skuId, language, request, actor, reason),
    );
    return applied.outcome;
  }

  /** For use cases that change activation as part of their own transaction (review approval). */
  async applyWithin(
    manager: EntityManager,
    skuId: string,
    language: string,
    request: ActivationRequest,
    actor: string,
    reason: string,
  ): Promise<AppliedActivationChange> {
    const state = await lockSkuLanguageState(manager, skuId, language);
    const active = state.activeVersionId ? await findVersion(manager, state.activeVersionId) : null;
    let command: ActivationCommand;
    let target: ContentVersion | null = null;
    if (request.kind === 'activate' || request.kind === 'rollback') {
      target = await findVersionOfSkuLanguage(manager, skuId, language, request.target);
      command = { kind: request.kind, target: await versionFacts(manager, target) };
    } else {
      command = { kind: request.kind };
    }
    const change = planActivationChange(
      { activeVersion: active ? await versionFacts(manager, active) : null, pinned: state.pinned },
      command,
    );
    if (!change.ok)
      throw VersionStoreError.conflict(`Cannot ${request.kind} ${skuId}/${language}: ${change.problem}`);

    if (active && change.activeVersionId !== active.versionId)
      await manager.update(ContentVersion, { versionId: active.versionId }, { status: 'inactive' });
    if (target && change.activeVersionId === target.versionId)
      await manager.update(ContentVersion, { versionId: target.versionId }, { status: 'active' });
    await manager.update(
      SkuLanguageState,
      { skuId, language },
      { activeVersionId: change.activeVersionId, pinned: change.pinned },
    );
    const audit = await manager.save(
      manager.create(ActivationAudit, {
        skuId,
        language,
        versionId: change.versionId,
        action: change.action,
        actor,
        reason,
      }),
    );
    const subject = target ?? (change.action === 'deactivated' ? active : null);
    const action = change.action;
    const publishedEventId =
      subject && (action === 'activated' || action === 'rolled_back' || action === 'deactivated')
        ? await this.publication.enqueue(manager, subject, action, { changeId: audit.id })
        : null;
    return {
      outcome: {
        action,
        skuId,
        language,
        versionId: change.versionId,
        activeVersionId: change.activeVersionId,
        pinned: change.pinned,
        auditId: audit.id,
        publishedEventId,
      },
    };
  }
}
