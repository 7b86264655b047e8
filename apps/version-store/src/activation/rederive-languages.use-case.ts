import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { generationTopicFor, Language } from '@content-pipeline/contracts';
import { DerivedLanguageFacts, planRederivation } from '@content-pipeline/generation-tasks';
import { KafkaRuntime, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { ContentVersion } from '../content-version/content-version.entity';
import { SkuLanguageState } from '../content-version/sku-language-state.entity';
import { VersionStoreError } from '../version-store.error';
import { VERSION_STORE_CONFIG } from '../version-store.tokens';
import type { VersionStoreConfig } from '../version-store.config';
import { ChangeActivationUseCase } from './change-activation.use-case';

export interface DerivedLanguageStatus {
  language: Language;
  activeVersionId: string | null;
  masterVersionId: string | null;
}

export interface RederivationOutcome {
  masterVersionId: string;
  requested: { language: Language; eventId: string; taskId: string }[];
  reactivated: { language: Language; versionId: string }[];
  upToDate: { language: Language; versionId: string }[];
}

/** Derives the derived languages again from the English version active now (after an English rollback). */
@Injectable()
export class RederiveLanguagesUseCase {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly kafka: KafkaRuntime,
    private readonly changeActivation: ChangeActivationUseCase,
    @Inject(VERSION_STORE_CONFIG) private readonly config: VersionStoreConfig,
  ) {}

  /** Derived languages whose active version derives from another master than the active English one. */
  async staleDerivedLanguages(skuId: string): Promise<DerivedLanguageStatus[]> {
    const states = await this.dataSource.getRepository(SkuLanguageState).findBy({ skuId });
    const english = states.find((state) => state.language === 'en');
    const stale: DerivedLanguageStatus[] = [];
    for (const language of this.config.generationTasks.derivedLanguages) {
      const state = states.find((candidate) => candidate.language === language);
      if (!state) continue;
      const active = state.activeVersionId
        ? await this.dataSource.getRepository(ContentVersion).findOneBy({ versionId: state.activeVersionId })
        : null;
      if (!active || active.masterVersionId !== english?.activeVersionId)
        stale.push({
          language,
          activeVersionId: active?.versionId ?? null,
          masterVersionId: active?.masterVersionId ?? null,
        });
    }
    return stale;
  }

  async execute(skuId: string, actor: string, reason: string): Promise<RederivationOutcome> {
    const versions = this.dataSource.getRepository(ContentVersion);
    const english = await this.dataSource
      .getRepository(SkuLanguageState)
      .findOneBy({ skuId, language: 'en' });
    if (!english) throw VersionStoreError.notFound(`SKU ${skuId} has no English versions`);
    const master = english.activeVersionId
      ? await versions.findOneBy({ versionId: english.activeVersionId })
      : null;
    if (!master)
      throw VersionStoreError.conflict(`SKU ${skuId} has no active English version to derive from`);
    if (!master.source)
      throw VersionStoreError.conflict(
        `English version ${master.versionNumber} was stored before sources were kept; it cannot be derived again`,
      );

    const facts: DerivedLanguageFacts[] = [];
    for (const language of this.config.generationTasks.derivedLanguages) {
      const state = await this.dataSource.getRepository(SkuLanguageState).findOneBy({ skuId, language });
      const active = state?.activeVersionId
        ? await versions.findOneBy({ versionId: state.activeVersionId })
        : null;
      const fromMaster = await versions.findOne({
        where: { skuId, language, masterVersionId: master.versionId, verdict: 'pass' },
        order: { versionNumber: 'DESC' },
      });
      facts.push({
        language,
        activeVersionId: active?.versionId ?? null,
        activeMasterVersionId: active?.masterVersionId ?? null,
        fitVersionFromMasterId: fromMaster?.versionId ?? null,
      });
    }
    const steps = planRederivation(
      {
        versionId: master.versionId,
        jobId: master.jobId,
        skuId,
        promptVersion: master.promptVersion,
        content: master.content,
        source: master.source,
      },
      facts,
      this.config.generationTasks,
      Date.now(),
    );
    const outcome: RederivationOutcome = {
      masterVersionId: master.versionId,
      requested: [],
      reactivated: [],
      upToDate: [],
    };
    const requests = steps.flatMap((step) => (step.step === 'request' ? [step.request] : []));
    await this.kafka.publishAll(
      generationTopicFor('bulk'),
      requests.map((request) => ({ value: request, key: request.skuId })),
    );
    for (const step of steps) {
      if (step.step === 'request')
        outcome.requested.push({
          language: step.language,
          eventId: step.request.eventId,
          taskId: step.request.taskId,
        });
      else if (step.step === 'up_to_date')
        outcome.upToDate.push({ language: step.language, versionId: step.versionId });
      else {
        await this.changeActivation.execute(
          skuId,
          step.language,
          { kind: 'activate', target: { versionId: step.versionId } },
          actor,
          reason,
        );
        outcome.reactivated.push({ language: step.language, versionId: step.versionId });
      }
    }
    return outcome;
  }
}
