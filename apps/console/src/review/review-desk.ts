import { ConflictException, Injectable } from '@nestjs/common';
import type { Language, ProductContent, QualityIssue, SourceProduct } from '@content-pipeline/contracts';
import { LANGUAGE_PROFILES } from '@content-pipeline/languages';
import type { SignedInPerson } from '../session/signed-in-person';
import { ServiceClient } from '../upstream/service-client';
import { planBulkApproval } from './bulk-approval';
import { checkEdit, EditCheck, fieldLengths } from './edit-check';
import type {
  BulkApprovalView,
  BulkApproveBody,
  DecisionView,
  QueueCountsView,
  QueueItemView,
  QueuePageView,
  QueueQuery,
  ReviewItemView,
  VersionView,
} from './review.dto';

/** A version as the version store answers it. */
interface StoredVersion {
  versionId: string;
  versionNumber: number;
  taskId: string;
  jobId: string;
  skuId: string;
  language: Language;
  attempt: number;
  provider: string;
  score: number;
  verdict: string;
  status: string;
  masterVersionId: string | null;
  source: SourceProduct | null;
  content: ProductContent;
  issues: QualityIssue[];
  createdAt: string;
}

interface StoredDecision {
  decision: string;
  reviewer: string;
  notes: string;
  decidedAt: string;
}

const DEFAULT_APPROVAL_NOTE = 'Approved in the review console';
const DEFAULT_BULK_NOTE = 'Bulk approved in the review console';
/** Items one bulk approval looks at: each approval is a call, and the page waits for all of them. */
const BULK_MAX_ITEMS = 400;
const QUEUE_PAGE = 200;

function versionView(version: StoredVersion): VersionView {
  return {
    versionId: version.versionId,
    versionNumber: version.versionNumber,
    taskId: version.taskId,
    jobId: version.jobId,
    skuId: version.skuId,
    language: version.language,
    attempt: version.attempt,
    provider: version.provider,
    score: version.score,
    verdict: version.verdict,
    status: version.status,
    masterVersionId: version.masterVersionId,
    content: version.content,
    issues: version.issues,
    createdAt: version.createdAt,
  };
}

function queryString(query: object): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') parameters.set(name, String(value));
  return parameters.toString();
}

/**
 * What a reviewer does, on the version store's review API: the queue, one item with everything needed to
 * judge it, the edit check as they type, and the decisions. Approval is refused while a critical issue is
 * open — in the version as generated, or in the edit.
 */
@Injectable()
export class ReviewDesk {
  constructor(private readonly services: ServiceClient) {}

  async queue(person: SignedInPerson, query: QueueQuery): Promise<QueuePageView> {
    const page = await this.services.call<{
      items: StoredVersion[];
      total: number;
      limit: number;
      offset: number;
    }>('versionStore', person, 'GET', `/review-queue?${queryString(query)}`);
    return {
      ...page,
      items: page.items.map(
        (version): QueueItemView => ({
          versionId: version.versionId,
          taskId: version.taskId,
          jobId: version.jobId,
          skuId: version.skuId,
          language: version.language,
          attempt: version.attempt,
          score: version.score,
          createdAt: version.createdAt,
          productName: version.source?.productName ?? version.skuId,
          issues: version.issues,
        }),
      ),
    };
  }

  counts(person: SignedInPerson, query: QueueQuery): Promise<QueueCountsView> {
    const { limit: _limit, offset: _offset, sort: _sort, ...filter } = query;
    return this.services.call('versionStore', person, 'GET', `/review-queue/counts?${queryString(filter)}`);
  }

  async item(person: SignedInPerson, versionId: string): Promise<ReviewItemView> {
    const { version } = await this.version(person, versionId);
    const [task, master] = await Promise.all([
      this.services.call<{ attempts: StoredVersion[]; decisions: StoredDecision[] }>(
        'versionStore',
        person,
        'GET',
        `/review-queue/tasks/${encodeURIComponent(version.taskId)}`,
      ),
      version.masterVersionId ? this.version(person, version.masterVersionId) : Promise.resolve(null),
    ]);
    const profile = LANGUAGE_PROFILES[version.language];
    return {
      version: versionView(version),
      source: version.source
        ? {
            productName: version.source.productName,
            productDescription: version.source.productDescription,
            category: version.source.category,
            brand: version.source.brand,
          }
        : null,
      master: master ? versionView(master.version) : null,
      attempts: task.attempts.map(versionView),
      decisions: task.decisions.map(({ decision, reviewer, notes, decidedAt }) => ({
        decision,
        reviewer,
        notes,
        decidedAt,
      })),
      lengths: fieldLengths(version.language, version.content),
      limits: {
        unit: profile.lengthUnit,
        seoTitle: profile.seoTitleLength,
        metaDescription: profile.metaDescriptionLength,
      },
    };
  }

  async check(person: SignedInPerson, versionId: string, content: ProductContent): Promise<EditCheck> {
    const { version } = await this.version(person, versionId);
    if (!version.source)
      throw new ConflictException(`Version ${versionId} has no source to check an edit against`);
    return checkEdit(version.language, version.source, content);
  }

  async approve(
    person: SignedInPerson,
    versionId: string,
    notes: string | undefined,
    content: ProductContent | undefined,
  ): Promise<DecisionView> {
    const { version } = await this.version(person, versionId);
    const open = content ? (await this.check(person, versionId, content)).issues : version.issues;
    const critical = open.filter((issue) => issue.severity === 'critical');
    if (critical.length > 0)
      throw new ConflictException(
        `Cannot approve while ${critical.length} critical issue${critical.length > 1 ? 's remain' : ' remains'} ` +
          `(${[...new Set(critical.map((issue) => issue.rule))].join(', ')}): edit the content (e) or reject it (r)`,
      );
    return this.services.call<DecisionView>(
      'versionStore',
      person,
      'POST',
      `/review-queue/${versionId}/approve`,
      {
        notes: notes?.trim() || DEFAULT_APPROVAL_NOTE,
        ...(content ? { content } : {}),
      },
    );
  }

  reject(person: SignedInPerson, versionId: string, notes: string): Promise<DecisionView> {
    return this.services.call<DecisionView>(
      'versionStore',
      person,
      'POST',
      `/review-queue/${versionId}/reject`,
      {
        notes,
      },
    );
  }

  /**
   * Approves a job's filtered queue at or above a score, one approval per item as a reviewer would, refusing
   * those with a critical issue. The items are gathered first: approving them moves the queue's pages.
   */
  async bulkApprove(person: SignedInPerson, body: BulkApproveBody): Promise<BulkApprovalView> {
    const { minScore, notes, ...filter } = body;
    const candidates: StoredVersion[] = [];
    let total = 0;
    do {
      const page = await this.services.call<{ items: StoredVersion[]; total: number }>(
        'versionStore',
        person,
        'GET',
        `/review-queue?${queryString({ ...filter, sort: 'score', limit: QUEUE_PAGE, offset: candidates.length })}`,
      );
      total = page.total;
      candidates.push(...page.items);
      if (page.items.length === 0) break;
    } while (candidates.length < Math.min(total, BULK_MAX_ITEMS));
    const considered = candidates.slice(0, BULK_MAX_ITEMS);
    const plan = planBulkApproval(considered, minScore);
    const approved: BulkApprovalView['approved'] = [];
    const failed: BulkApprovalView['failed'] = [];
    for (const { versionId, skuId, language } of plan.approve) {
      try {
        await this.services.call('versionStore', person, 'POST', `/review-queue/${versionId}/approve`, {
          notes: notes?.trim() || DEFAULT_BULK_NOTE,
        });
        approved.push({ versionId, skuId, language });
      } catch (error) {
        failed.push({ versionId, skuId, language, reason: (error as Error).message });
      }
    }
    return {
      considered: considered.length,
      truncated: total > considered.length,
      approved,
      refused: plan.refuse,
      failed,
      belowScore: plan.belowScore,
    };
  }

  private version(person: SignedInPerson, versionId: string) {
    return this.services.call<{ version: StoredVersion; review: StoredDecision | null }>(
      'versionStore',
      person,
      'GET',
      `/versions/${versionId}`,
    );
  }
}
