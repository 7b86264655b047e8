import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { ActivationAudit } from '../content-version/activation-audit.entity';
import { ContentVersion } from '../content-version/content-version.entity';
import {
  findVersionOfSkuLanguage,
  lockSkuLanguageState,
  versionFacts,
} from '../content-version/version-lookup';
import { isActivatable } from '../activation/activation-transition';
import { VersionStoreError } from '../version-store.error';
import { AbExperiment } from './ab-experiment.entity';
import { AbVariant } from './ab-variant.entity';
import { ArmRequest, planExperimentArms } from './experiment-plan';

export interface VariantView {
  variantId: string;
  label: string;
  versionId: string;
  versionNumber: number;
  weight: number;
  isControl: boolean;
  impressions: number;
  conversions: number;
}

export interface ExperimentView {
  experimentId: string;
  skuId: string;
  language: string;
  status: 'running' | 'stopped';
  startedBy: string;
  reason: string;
  startedAt: Date;
  stoppedAt: Date | null;
  variants: VariantView[];
}

/**
 * Starts, extends and stops A/B experiments: several versions of one SKU-language served side by side
 * with traffic weights. Only versions fit to be shown may be variants; at most one experiment runs per
 * SKU-language (starting one stops the previous).
 */
@Injectable()
export class ExperimentsUseCase {
  constructor(@Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async start(
    skuId: string,
    language: string,
    arms: ArmRequest[],
    actor: string,
    reason: string,
  ): Promise<ExperimentView> {
    const experimentId = await this.dataSource.transaction(async (manager) => {
      await lockSkuLanguageState(manager, skuId, language);
      const running = await this.running(manager, skuId, language);
      if (running) await this.stopWithin(manager, running, actor, `replaced by a new experiment: ${reason}`);
      return this.create(manager, skuId, language, arms, actor, reason);
    });
    return this.view(experimentId);
  }

  /**
   * Adds a variant to the running experiment, or starts one with the active version as the control
   * (weighted `controlWeight`, default the same as the new variant).
   */
  async addVariant(
    skuId: string,
    language: string,
    arm: ArmRequest,
    controlWeight: number | undefined,
    actor: string,
    reason: string,
  ): Promise<ExperimentView> {
    const experimentId = await this.dataSource.transaction(async (manager) => {
      const state = await lockSkuLanguageState(manager, skuId, language);
      const running = await this.running(manager, skuId, language);
      if (!running) {
        if (!state.activeVersionId)
          throw VersionStoreError.conflict(
            `${skuId}/${language} has no active version to serve as the control; start an experiment with explicit variants`,
          );
        return this.create(
          manager,
          skuId,
          language,
          [{ versionId: state.activeVersionId, weight: controlWeight ?? arm.weight, label: 'control' }, arm],
          actor,
          reason,
        );
      }
      const existing = await manager.find(AbVariant, {
        where: { experimentId: running.experimentId },
        order: { position: 'ASC' },
      });
      const plan = planExperimentArms([
        ...existing.map((variant) => ({
          versionId: variant.versionId,
          weight: variant.weight,
          label: variant.label,
        })),
        arm,
      ]);
      if (!plan.ok) throw VersionStoreError.invalid(plan.problem);
      const added = plan.arms[plan.arms.length - 1];
      await this.checkFit(manager, skuId, language, [added.versionId]);
      await manager.insert(AbVariant, {
        experimentId: running.experimentId,
        ...added,
        impressions: '0',
        conversions: '0',
      });
      return running.experimentId;
    });
    return this.view(experimentId);
  }

  async stop(skuId: string, language: string, actor: string, reason: string): Promise<ExperimentView> {
    const experimentId = await this.dataSource.transaction(async (manager) => {
      await lockSkuLanguageState(manager, skuId, language);
      const running = await this.running(manager, skuId, language);
      if (!running) throw VersionStoreError.conflict(`No experiment is running for ${skuId}/${language}`);
      await this.stopWithin(manager, running, actor, reason);
      return running.experimentId;
    });
    return this.view(experimentId);
  }

  /** The running experiment, else the latest one. */
  async current(skuId: string, language: string): Promise<ExperimentView> {
    const experiment = await this.dataSource.getRepository(AbExperiment).findOne({
      where: { skuId, language },
      order: { status: 'ASC', startedAt: 'DESC' },
    });
    if (!experiment) throw VersionStoreError.notFound(`No experiment for ${skuId}/${language}`);
    return this.view(experiment.experimentId);
  }

  async view(experimentId: string): Promise<ExperimentView> {
    const experiment = await this.dataSource.getRepository(AbExperiment).findOneBy({ experimentId });
    if (!experiment) throw VersionStoreError.notFound(`No experiment ${experimentId}`);
    const variants = await this.dataSource
      .getRepository(AbVariant)
      .find({ where: { experimentId }, order: { position: 'ASC' } });
    const versions = await this.dataSource
      .getRepository(ContentVersion)
      .findBy(variants.map((variant) => ({ versionId: variant.versionId })));
    return {
      experimentId,
      skuId: experiment.skuId,
      language: experiment.language,
      status: experiment.status,
      startedBy: experiment.startedBy,
      reason: experiment.reason,
      startedAt: experiment.startedAt,
      stoppedAt: experiment.stoppedAt,
      variants: variants.map((variant) => ({
        variantId: variant.variantId,
        label: variant.label,
        versionId: variant.versionId,
        versionNumber:
          versions.find((version) => version.versionId === variant.versionId)?.versionNumber ?? 0,
        weight: variant.weight,
        isControl: variant.isControl,
        impressions: Number(variant.impressions),
        conversions: Number(variant.conversions),
      })),
    };
  }

  private running(manager: EntityManager, skuId: string, language: string): Promise<AbExperiment | null> {
    return manager.findOneBy(AbExperiment, { skuId, language, status: 'running' });
  }

  private async create(
    manager: EntityManager,
    skuId: string,
    language: string,
    arms: ArmRequest[],
    actor: string,
    reason: string,
  ): Promise<string> {
    const plan = planExperimentArms(arms);
    if (!plan.ok) throw VersionStoreError.invalid(plan.problem);
    await this.checkFit(
      manager,
      skuId,
      language,
      plan.arms.map((arm) => arm.versionId),
    );
    const experiment = await manager.save(
      manager.create(AbExperiment, { skuId, language, status: 'running', startedBy: actor, reason }),
    );
    await manager.insert(
      AbVariant,
      plan.arms.map((arm) => ({
        experimentId: experiment.experimentId,
        ...arm,
        impressions: '0',
        conversions: '0',
      })),
    );
    await manager.insert(ActivationAudit, {
      skuId,
      language,
      versionId: plan.arms[0].versionId,
      action: 'experiment_started',
      actor,
      reason: `${reason} (experiment ${experiment.experimentId}: ${plan.arms.map((arm) => `${arm.label}=${arm.weight}`).join(', ')})`,
    });
    return experiment.experimentId;
  }

  private async stopWithin(
    manager: EntityManager,
    experiment: AbExperiment,
    actor: string,
    reason: string,
  ): Promise<void> {
    await manager.update(
      AbExperiment,
      { experimentId: experiment.experimentId },
      { status: 'stopped', stoppedBy: actor, stopReason: reason, stoppedAt: new Date() },
    );
    await manager.insert(ActivationAudit, {
      skuId: experiment.skuId,
      language: experiment.language,
      versionId: null,
      action: 'experiment_stopped',
      actor,
      reason: `${reason} (experiment ${experiment.experimentId})`,
    });
  }

  private async checkFit(
    manager: EntityManager,
    skuId: string,
    language: string,
    versionIds: string[],
  ): Promise<void> {
    for (const versionId of versionIds) {
      const version = await findVersionOfSkuLanguage(manager, skuId, language, { versionId });
      if (!isActivatable(await versionFacts(manager, version)))
        throw VersionStoreError.conflict(
          `Version ${version.versionNumber} did not pass the quality gate (verdict ${version.verdict}) and cannot be a variant`,
        );
    }
  }
}
