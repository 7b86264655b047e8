import type { EntityManager } from 'typeorm';
import { VersionStoreError } from '../version-store.error';
import { ReviewDecision } from '../review/review-decision.entity';
import type { VersionFacts } from '../activation/activation-transition';
import { ContentVersion } from './content-version.entity';
import { SkuLanguageState } from './sku-language-state.entity';

/** A version named by id or by its number within the SKU-language. */
export interface VersionReference {
  versionId?: string;
  versionNumber?: number;
}

/** Locks a SKU-language's state for the rest of the transaction; 404 when it has no versions. */
export async function lockSkuLanguageState(
  manager: EntityManager,
  skuId: string,
  language: string,
): Promise<SkuLanguageState> {
  const state = await manager.findOne(SkuLanguageState, {
    where: { skuId, language },
    lock: { mode: 'pessimistic_write' },
  });
  if (!state) throw VersionStoreError.notFound(`SKU ${skuId} has no versions in ${language}`);
  return state;
}

export async function findVersionOfSkuLanguage(
  manager: EntityManager,
  skuId: string,
  language: string,
  reference: VersionReference,
): Promise<ContentVersion> {
  if ((reference.versionId === undefined) === (reference.versionNumber === undefined))
    throw VersionStoreError.invalid('name the version by exactly one of versionId or versionNumber');
  const version =
    reference.versionId !== undefined
      ? await manager.findOneBy(ContentVersion, { versionId: reference.versionId, skuId, language })
      : await manager.findOneBy(ContentVersion, { versionNumber: reference.versionNumber, skuId, language });
  if (!version)
    throw VersionStoreError.notFound(
      `SKU ${skuId} has no version ${reference.versionId ?? `number ${reference.versionNumber}`} in ${language}`,
    );
  return version;
}

export async function findVersion(manager: EntityManager, versionId: string): Promise<ContentVersion> {
  const version = await manager.findOneBy(ContentVersion, { versionId });
  if (!version) throw VersionStoreError.notFound(`No version ${versionId}`);
  return version;
}

/** What the transition rules need: the version and whether a reviewer approved it. */
export async function versionFacts(manager: EntityManager, version: ContentVersion): Promise<VersionFacts> {
  const approval = await manager.findOneBy(ReviewDecision, { versionId: version.versionId });
  return {
    versionId: version.versionId,
    versionNumber: version.versionNumber,
    verdict: version.verdict,
    issues: version.issues,
    approvedByReviewer: approval?.decision === 'approved',
  };
}
