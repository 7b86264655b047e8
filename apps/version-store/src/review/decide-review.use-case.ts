import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { generationTopicFor, Language, ProductContent } from '@content-pipeline/contracts';
import { planRejectionRequest } from '@content-pipeline/generation-tasks';
import { KafkaRuntime, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { ChangeActivationUseCase } from '../activation/change-activation.use-case';
import { ContentVersion } from '../content-version/content-version.entity';
import { SkuLanguageState } from '../content-version/sku-language-state.entity';
import { HumanSubmissionView, SubmitHumanCopyUseCase } from '../human-copy/submit-human-copy.use-case';
import { VersionStoreError } from '../version-store.error';
import { VERSION_STORE_CONFIG } from '../version-store.tokens';
import type { VersionStoreConfig } from '../version-store.config';
import { ReviewDecision } from './review-decision.entity';

export interface ApprovalOutcome {
  decision: 'approved' | 'approved_with_edits';
  versionId: string;
  /** Approved as is: whether it became active (not when an operator pinned the SKU-language). */
  activated: boolean;
  note: string | null;
  /** Approved with edits: the edits on their way through the gate. */
  submission: HumanSubmissionView | null;
}

export interface RejectionOutcome {
  decision: 'rejected';
  versionId: string;
  requestedEventId: string;
  attempt: number;
  maxAttempts: number;
}

/**
 * A reviewer's decision on a version under human review, recorded once per version. Approval as is
 * activates it (audited in the reviewer's name) unless the SKU-language is pinned; approval with edits sends
 * the edits through the gate like any human copy; rejection asks for a new attempt with the notes as feedback.
 */
@Injectable()
export class DecideReviewUseCase {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly kafka: KafkaRuntime,
    private readonly changeActivation: ChangeActivationUseCase,
    private readonly humanCopy: SubmitHumanCopyUseCase,
    @Inject(VERSION_STORE_CONFIG) private readonly config: VersionStoreConfig,
  ) {}

  async approve(
    versionId: string,
    reviewer: string,
    notes: string,
    edits?: ProductContent,
  ): Promise<ApprovalOutcome> {
    if (edits) return this.approveWithEdits(versionId, reviewer, notes, edits);
    const result = await this.dataSource.transaction(async (manager) => {
      const version = await this.underReview(manager, versionId);
      await this.recordDecision(manager, version, 'approved', reviewer, notes, {});
      const state = await manager.findOneByOrFail(SkuLanguageState, {
        skuId: version.skuId,
        language: version.language,
      });
      if (state.pinned || state.activeVersionId === version.versionId)
        return { change: null, pinned: state.pinned };
      const change = await this.changeActivation.applyWithin(
        manager,
        version.skuId,
        version.language,
        { kind: 'activate', target: { versionId } },
        reviewer,
        `approved in review: ${notes}`,
      );
      return { change, pinned: false };
    });
    return {
      decision: 'approved',
      versionId,
      activated: result.change !== null,
      note: result.pinned ? 'approved but not activated: an operator pinned this SKU-language' : null,
      submission: null,
    };
  }

  async reject(versionId: string, reviewer: string, notes: string): Promise<RejectionOutcome> {
    const request = await this.dataSource.transaction(async (manager) => {
      const version = await this.underReview(manager, versionId);
      if (!version.source)
        throw VersionStoreError.conflict(
          `Version ${versionId} was stored before sources were kept; it cannot be regenerated`,
        );
      const { lastAttempt } = (await manager
        .getRepository(ContentVersion)
        .createQueryBuilder('version')
        .select('max(version.attempt)', 'lastAttempt')
        .where('version.task_id = :taskId', { taskId: version.taskId })
        .andWhere(`version.provider <> 'human'`)
        .getRawOne<{ lastAttempt: number }>()) ?? { lastAttempt: version.attempt };
      const master = version.masterVersionId
        ? await manager.findOneBy(ContentVersion, { versionId: version.masterVersionId })
        : null;
      const planned = planRejectionRequest(
        {
          versionId,
          taskId: version.taskId,
          jobId: version.jobId,
          skuId: version.skuId,
          language: version.language as Language,
          promptVersion: version.promptVersion,
          source: version.source,
          masterVersionId: version.masterVersionId,
        },
        Math.max(lastAttempt ?? 0, version.attempt),
        notes,
        master?.content ?? null,
        this.config.generationTasks,
        Date.now(),
      );
      await this.recordDecision(manager, version, 'rejected', reviewer, notes, {
        requestedEventId: planned.eventId,
      });
      // Inside the transaction: a failed publish leaves the version in the queue; a publish followed by
      // a failed commit is retried with the same event id, which the generator deduplicates.
      await this.kafka.publish(generationTopicFor(planned.lane), planned, { key: planned.skuId });
      return planned;
    });
    return {
      decision: 'rejected',
      versionId,
      requestedEventId: request.eventId,
      attempt: request.attempt,
      maxAttempts: request.maxAttempts,
    };
  }

  private async approveWithEdits(
    versionId: string,
    reviewer: string,
    notes: string,
    edits: ProductContent,
  ): Promise<ApprovalOutcome> {
    const { event, view } = await this.dataSource.transaction(async (manager) => {
      const version = await this.underReview(manager, versionId);
      const recorded = await this.humanCopy.recordReviewEdit(manager, version, edits, {
        submittedBy: reviewer,
        reason: notes,
      });
      await this.recordDecision(manager, version, 'approved_with_edits', reviewer, notes, {
        submissionEventId: recorded.event.eventId,
      });
      return recorded;
    });
    await this.humanCopy.publish(event);
    return {
      decision: 'approved_with_edits',
      versionId,
      activated: false,
      note: 'the edits are being checked by the quality gate',
      submission: view,
    };
  }

  private async underReview(manager: EntityManager, versionId: string): Promise<ContentVersion> {
    const version = await manager.findOne(ContentVersion, {
      where: { versionId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!version) throw VersionStoreError.notFound(`No version ${versionId}`);
    if (version.verdict !== 'human_review')
      throw VersionStoreError.conflict(
        `Version ${versionId} is not under human review (verdict ${version.verdict})`,
      );
    const decided = await manager.findOneBy(ReviewDecision, { versionId });
    if (decided)
      throw VersionStoreError.conflict(
        `Version ${versionId} was already ${decided.decision} by ${decided.reviewer}`,
      );
    return version;
  }

  private async recordDecision(
    manager: EntityManager,
    version: ContentVersion,
    decision: ReviewDecision['decision'],
    reviewer: string,
    notes: string,
    links: { submissionEventId?: string; requestedEventId?: string },
  ): Promise<void> {
    await manager.insert(ReviewDecision, {
      versionId: version.versionId,
      taskId: version.taskId,
      skuId: version.skuId,
      language: version.language,
      jobId: version.jobId,
      decision,
      reviewer,
      notes,
      submissionEventId: links.submissionEventId ?? null,
      requestedEventId: links.requestedEventId ?? null,
    });
  }
}
