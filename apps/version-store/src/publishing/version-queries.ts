import { Inject, Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { ActivationAudit } from '../content-version/activation-audit.entity';
import { ContentVersion } from '../content-version/content-version.entity';
import { SkuLanguageState } from '../content-version/sku-language-state.entity';
import { ReviewDecision } from '../review/review-decision.entity';
import { VersionStoreError } from '../version-store.error';

/** Read side of the catalogue: what is shown, the version history, one version, the audit trail. */
@Injectable()
export class VersionQueries {
  constructor(@Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async active(skuId: string, language: string): Promise<{ pinned: boolean; version: ContentVersion }> {
    const state = await this.state(skuId, language);
    const version = state.activeVersionId
      ? await this.dataSource.getRepository(ContentVersion).findOneBy({ versionId: state.activeVersionId })
      : null;
    if (!version) throw VersionStoreError.notFound(`${skuId}/${language} has no active version`);
    return { pinned: state.pinned, version };
  }

  /** Newest first; `cursor` is the version number to continue below (the previous page's nextCursor). */
  async history(
    skuId: string,
    language: string,
    page: { limit: number; cursor?: number; offset: number },
  ): Promise<{
    items: ContentVersion[];
    nextCursor: string | null;
    activeVersionId: string | null;
    pinned: boolean;
  }> {
    const state = await this.state(skuId, language);
    const items = await this.dataSource.getRepository(ContentVersion).find({
      where: {
        skuId,
        language,
        ...(page.cursor !== undefined ? { versionNumber: LessThan(page.cursor) } : {}),
      },
      order: { versionNumber: 'DESC' },
      skip: page.cursor !== undefined ? 0 : page.offset,
      take: page.limit,
    });
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: items.length === page.limit && last.versionNumber > 1 ? String(last.versionNumber) : null,
      activeVersionId: state.activeVersionId,
      pinned: state.pinned,
    };
  }

  async version(versionId: string): Promise<{ version: ContentVersion; review: ReviewDecision | null }> {
    const version = await this.dataSource.getRepository(ContentVersion).findOneBy({ versionId });
    if (!version) throw VersionStoreError.notFound(`No version ${versionId}`);
    return { version, review: await this.dataSource.getRepository(ReviewDecision).findOneBy({ versionId }) };
  }

  async audit(
    skuId: string,
    language: string,
    page: { limit: number; offset: number },
  ): Promise<ActivationAudit[]> {
    await this.state(skuId, language);
    return this.dataSource.getRepository(ActivationAudit).find({
      where: { skuId, language },
      order: { at: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
  }

  private async state(skuId: string, language: string): Promise<SkuLanguageState> {
    const state = await this.dataSource.getRepository(SkuLanguageState).findOneBy({ skuId, language });
    if (!state) throw VersionStoreError.notFound(`SKU ${skuId} has no versions in ${language}`);
    return state;
  }
}
