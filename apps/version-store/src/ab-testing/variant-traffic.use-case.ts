import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProductContent } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { ContentVersion } from '../content-version/content-version.entity';
import { SkuLanguageState } from '../content-version/sku-language-state.entity';
import { VersionStoreError } from '../version-store.error';
import { AbExperiment } from './ab-experiment.entity';
import { AbVariant } from './ab-variant.entity';
import { conversionRate, twoProportionZTest } from './two-proportion-z-test';
import { assignmentPoint, pickArm } from './variant-assignment';
import { ExperimentsUseCase } from './experiments.use-case';

export interface Assignment {
  skuId: string;
  language: string;
  visitor: string;
  /** Null when no experiment runs: the visitor sees the active version. */
  experimentId: string | null;
  variantId: string | null;
  label: string | null;
  versionId: string;
  versionNumber: number;
  content: ProductContent;
}

export interface VariantResult {
  variantId: string;
  label: string;
  versionId: string;
  isControl: boolean;
  weight: number;
  impressions: number;
  conversions: number;
  conversionRate: number | null;
  /** Against the control; null for the control itself. */
  comparison: { z: number | null; pValue: number | null; significant: boolean } | null;
}

/** Serving an experiment: stable assignment of visitors, impression and conversion counts, results. */
@Injectable()
export class VariantTrafficUseCase {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly experiments: ExperimentsUseCase,
  ) {}

  async assign(skuId: string, language: string, visitor: string): Promise<Assignment> {
    const experiment = await this.dataSource
      .getRepository(AbExperiment)
      .findOneBy({ skuId, language, status: 'running' });
    const versions = this.dataSource.getRepository(ContentVersion);
    if (experiment) {
      const variants = await this.dataSource
        .getRepository(AbVariant)
        .findBy({ experimentId: experiment.experimentId });
      const variant = pickArm(variants, assignmentPoint(skuId, language, visitor));
      const version = await versions.findOneByOrFail({ versionId: variant.versionId });
      return {
        skuId,
        language,
        visitor,
        experimentId: experiment.experimentId,
        variantId: variant.variantId,
        label: variant.label,
        versionId: version.versionId,
        versionNumber: version.versionNumber,
        content: version.content,
      };
    }
    const state = await this.dataSource.getRepository(SkuLanguageState).findOneBy({ skuId, language });
    const active = state?.activeVersionId
      ? await versions.findOneBy({ versionId: state.activeVersionId })
      : null;
    if (!active)
      throw VersionStoreError.notFound(`${skuId}/${language} has no active version and no experiment`);
    return {
      skuId,
      language,
      visitor,
      experimentId: null,
      variantId: null,
      label: null,
      versionId: active.versionId,
      versionNumber: active.versionNumber,
      content: active.content,
    };
  }

  /** Counts impressions or conversions of a variant of a running experiment; conversions never exceed impressions. */
  async record(
    variantId: string,
    kind: 'impressions' | 'conversions',
    count: number,
  ): Promise<{ impressions: number; conversions: number }> {
    const column = kind === 'impressions' ? 'impressions' : 'conversions';
    // An UPDATE through TypeORM's postgres driver answers [rows, affected].
    const [rows] = (await this.dataSource.query(
      `UPDATE version_store.ab_variant variant SET ${column} = variant.${column} + $2
         FROM version_store.ab_experiment experiment
        WHERE variant.variant_id = $1 AND experiment.experiment_id = variant.experiment_id
          AND experiment.status = 'running'
          ${kind === 'conversions' ? 'AND variant.conversions + $2 <= variant.impressions' : ''}
        RETURNING variant.impressions, variant.conversions`,
      [variantId, count],
    )) as [{ impressions: string; conversions: string }[], number];
    if (rows.length > 0)
      return { impressions: Number(rows[0].impressions), conversions: Number(rows[0].conversions) };
    const variant = await this.dataSource.getRepository(AbVariant).findOneBy({ variantId });
    if (!variant) throw VersionStoreError.notFound(`No variant ${variantId}`);
    const experiment = await this.dataSource
      .getRepository(AbExperiment)
      .findOneByOrFail({ experimentId: variant.experimentId });
    if (experiment.status !== 'running')
      throw VersionStoreError.conflict(`The experiment of variant ${variantId} is stopped`);
    throw VersionStoreError.conflict(
      `Variant ${variantId} would have more conversions than impressions (${variant.conversions} + ${count} > ${variant.impressions})`,
    );
  }

  /** Conversion rate per variant and a two-proportion z-test of each variant against the control. */
  async results(
    skuId: string,
    language: string,
  ): Promise<{ experimentId: string; status: string; alpha: number; variants: VariantResult[] }> {
    const experiment = await this.experiments.current(skuId, language);
    const control = experiment.variants.find((variant) => variant.isControl);
    const alpha = 0.05;
    return {
      experimentId: experiment.experimentId,
      status: experiment.status,
      alpha,
      variants: experiment.variants.map((variant) => ({
        variantId: variant.variantId,
        label: variant.label,
        versionId: variant.versionId,
        isControl: variant.isControl,
        weight: variant.weight,
        impressions: variant.impressions,
        conversions: variant.conversions,
        conversionRate: conversionRate(variant),
        comparison: variant.isControl || !control ? null : twoProportionZTest(control, variant, alpha),
      })),
    };
  }
}
