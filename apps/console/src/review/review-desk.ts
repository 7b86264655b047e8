import { ConflictException, Injectable } from '@nestjs/common';
import type { Language, ProductContent, QualityIssue, SourceProduct } from '@content-pipeline/contracts';
import { LANGUAGE_PROFILES } from '@content-pipeline/languages';
import type { SignedInPerson } from '../session/signed-in-person';
import { ServiceClient } from '../upstream/service-client';
import { checkEdit, EditCheck, fieldLengths } from './edit-check';
import type {
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

  private version(person: SignedInPerson, versionId: string) {
    return this.services.call<{ version: StoredVersion; review: StoredDecision | null }>(
      'versionStore',
      person,
      'GET',
      `/versions/${versionId}`,
    );
  }
}
