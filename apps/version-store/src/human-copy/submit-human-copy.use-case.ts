import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { ContentGenerated, Language, ProductContent, taskIdFor, Topics } from '@content-pipeline/contracts';
import { HumanContentContext, humanContentGenerated } from '@content-pipeline/generation-tasks';
import { KafkaRuntime, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { ContentVersion } from '../content-version/content-version.entity';
import { SkuLanguageState } from '../content-version/sku-language-state.entity';
import { VersionStoreError } from '../version-store.error';
import { VERSION_STORE_CONFIG } from '../version-store.tokens';
import type { VersionStoreConfig } from '../version-store.config';
import { HumanSubmission } from './human-submission.entity';

export interface HumanSubmissionView {
  submissionId: string;
  purpose: string;
  skuId: string;
  language: string;
  taskId: string;
  status: 'awaiting_verdict' | 'stored';
  versionId: string | null;
  versionNumber: number | null;
  verdict: string | null;
  score: number | null;
  issues: unknown[] | null;
}

/**
 * Sends human-written content through the quality gate like generated content: records the submission,
 * commits, then publishes a ContentGenerated event — in that order, so the verdict never arrives before
 * the record that says what the copy is for. A retried submission republishes the same event id.
 */
@Injectable()
export class SubmitHumanCopyUseCase {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly kafka: KafkaRuntime,
    @Inject(VERSION_STORE_CONFIG) private readonly config: VersionStoreConfig,
  ) {}

  /** Human copy proposed as an A/B variant of a SKU-language. */
  async submitVariant(
    skuId: string,
    language: Language,
    content: ProductContent,
    options: { jobId?: string; submittedBy: string; reason: string },
  ): Promise<HumanSubmissionView> {
    const prepared = await this.dataSource.transaction(async (manager) => {
      const versions = manager.getRepository(ContentVersion);
      const latest = await versions.findOne({ where: { skuId, language }, order: { versionNumber: 'DESC' } });
      const withSource =
        (await versions.findOne({
          where: { skuId, language, source: Not(IsNull()) },
          order: { versionNumber: 'DESC' },
        })) ??
        (await versions.findOne({ where: { skuId, source: Not(IsNull()) }, order: { createdAt: 'DESC' } }));
      if (!withSource?.source)
        throw VersionStoreError.notFound(
          `SKU ${skuId} has no stored version with its source; human copy needs the source to be checked against`,
        );
      const englishState =
        language === 'en' ? null : await manager.findOneBy(SkuLanguageState, { skuId, language: 'en' });
      const master = englishState?.activeVersionId
        ? await versions.findOneBy({ versionId: englishState.activeVersionId })
        : null;
      const jobId = options.jobId ?? latest?.jobId ?? withSource.jobId;
      return this.record(
        manager,
        {
          purpose: 'variant',
          jobId,
          taskId: taskIdFor(jobId, skuId, language),
          skuId,
          language,
          promptVersion: latest?.promptVersion ?? withSource.promptVersion,
          source: withSource.source,
          masterVersionId: master?.versionId ?? null,
          masterContent: master?.content ?? null,
          reviewedVersionId: null,
        },
        content,
        options,
      );
    });
    await this.publish(prepared.event);
    return prepared.view;
  }

  /**
   * Records a reviewer's edits of a version under review within the review's transaction; the caller
   * publishes the returned event after commit (and again on a retried approval: same event id).
   */
  async recordReviewEdit(
    manager: EntityManager,
    reviewed: ContentVersion,
    content: ProductContent,
    options: { submittedBy: string; reason: string },
  ): Promise<{ event: ContentGenerated; view: HumanSubmissionView }> {
    if (!reviewed.source)
      throw VersionStoreError.conflict(
        `Version ${reviewed.versionId} was stored before sources were kept; its edits cannot be checked by the gate`,
      );
    const master = reviewed.masterVersionId
      ? await manager.findOneBy(ContentVersion, { versionId: reviewed.masterVersionId })
      : null;
    return this.record(
      manager,
      {
        purpose: 'review_edit',
        jobId: reviewed.jobId,
        taskId: reviewed.taskId,
        skuId: reviewed.skuId,
        language: reviewed.language as Language,
        promptVersion: reviewed.promptVersion,
        source: reviewed.source,
        masterVersionId: reviewed.masterVersionId,
        masterContent: master?.content ?? null,
        reviewedVersionId: reviewed.versionId,
      },
      content,
      options,
    );
  }

  async view(submissionId: string): Promise<HumanSubmissionView> {
    const submission = await this.dataSource
      .getRepository(HumanSubmission)
      .findOneBy({ generatedEventId: submissionId });
    if (!submission) throw VersionStoreError.notFound(`No human submission ${submissionId}`);
    const version = submission.resultingVersionId
      ? await this.dataSource
          .getRepository(ContentVersion)
          .findOneBy({ versionId: submission.resultingVersionId })
      : null;
    return toView(submission, version);
  }

  async publish(event: ContentGenerated): Promise<void> {
    await this.kafka.publish(Topics.contentGenerated, event, { key: event.skuId });
  }

  private async record(
    manager: EntityManager,
    context: HumanContentContext,
    content: ProductContent,
    options: { submittedBy: string; reason: string },
  ): Promise<{ event: ContentGenerated; view: HumanSubmissionView }> {
    const event = humanContentGenerated(context, content, this.config.generationTasks, Date.now());
    await manager
      .createQueryBuilder()
      .insert()
      .into(HumanSubmission)
      .values({
        generatedEventId: event.eventId,
        purpose: context.purpose,
        skuId: context.skuId,
        language: context.language,
        jobId: context.jobId,
        taskId: context.taskId,
        submittedBy: options.submittedBy,
        reason: options.reason,
        reviewedVersionId: context.reviewedVersionId,
        content,
      })
      .orIgnore()
      .execute();
    const submission = await manager.findOneByOrFail(HumanSubmission, { generatedEventId: event.eventId });
    const version = submission.resultingVersionId
      ? await manager.findOneBy(ContentVersion, { versionId: submission.resultingVersionId })
      : null;
    return { event, view: toView(submission, version) };
  }
}

function toView(submission: HumanSubmission, version: ContentVersion | null): HumanSubmissionView {
  return {
    submissionId: submission.generatedEventId,
    purpose: submission.purpose,
    skuId: submission.skuId,
    language: submission.language,
    taskId: submission.taskId,
    status: version ? 'stored' : 'awaiting_verdict',
    versionId: version?.versionId ?? null,
    versionNumber: version?.versionNumber ?? null,
    verdict: version?.verdict ?? null,
    score: version?.score ?? null,
    issues: version?.issues ?? null,
  };
}
