import { BadRequestException, Injectable } from '@nestjs/common';
import type { ProductContent } from '@content-pipeline/contracts';
import type { SignedInPerson } from '../session/signed-in-person';
import { ServiceClient } from '../upstream/service-client';
import type { AuditEntryView, FieldDiffView, VersionDiffView, VersionStoryView } from './versions.dto';
import { wordDiff } from './word-diff';

interface StoredVersion {
  versionId: string;
  versionNumber: number;
  skuId: string;
  language: string;
  provider: string;
  verdict: string;
  score: number;
  content: ProductContent;
  createdAt: string;
}

interface StoredDecision {
  decision: string;
  reviewer: string;
  notes: string;
  decidedAt: string;
}

interface StoredAuditEntry {
  versionId: string | null;
  action: string;
  actor: string;
  reason: string;
  at: string;
}

/** The content fields in the order the item view shows them, with their names on the page. */
const COMPARED_FIELDS: readonly [keyof ProductContent, string][] = [
  ['translatedDescription', 'Description'],
  ['seoTitle', 'SEO title'],
  ['metaDescription', 'Meta description'],
  ['h1', 'H1'],
  ['marketingCopyA', 'Copy A'],
  ['marketingCopyB', 'Copy B'],
  ['marketingCopyC', 'Copy C'],
  ['suggestedKeywords', 'Keywords'],
];

const AUDIT_LIMIT = 100;

function fieldText(content: ProductContent, field: keyof ProductContent): string {
  const value = content[field];
  return Array.isArray(value) ? value.join(', ') : String(value ?? '');
}

/** Word-level differences of every content field between two versions' contents. */
export function compareContents(before: ProductContent, after: ProductContent): FieldDiffView[] {
  return COMPARED_FIELDS.map(([field, label]) => {
    const earlier = fieldText(before, field);
    const later = fieldText(after, field);
    return { field, label, changed: earlier !== later, segments: wordDiff(earlier, later) };
  });
}

/**
 * Two versions of one SKU-language side by side: what changed, word by word, and for each who made it, when,
 * and why it was shown or taken down (its review decision and its audit entries).
 */
@Injectable()
export class VersionComparison {
  constructor(private readonly services: ServiceClient) {}

  async compare(
    person: SignedInPerson,
    sku: string,
    lang: string,
    fromId: string,
    toId: string,
  ): Promise<VersionDiffView> {
    const [from, to, audit] = await Promise.all([
      this.version(person, fromId),
      this.version(person, toId),
      this.services.call<{ items: StoredAuditEntry[] }>(
        'versionStore',
        person,
        'GET',
        `/skus/${encodeURIComponent(sku)}/languages/${lang}/audit?limit=${AUDIT_LIMIT}`,
      ),
    ]);
    for (const { version } of [from, to])
      if (version.skuId !== sku || version.language !== lang)
        throw new BadRequestException(
          `Version ${version.versionId} is of ${version.skuId}/${version.language}, not ${sku}/${lang}`,
        );
    const story = ({ version, review }: { version: StoredVersion; review: StoredDecision | null }) =>
      storyOf(version, review, audit.items);
    return {
      from: story(from),
      to: story(to),
      fields: compareContents(from.version.content, to.version.content),
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

function storyOf(
  version: StoredVersion,
  review: StoredDecision | null,
  audit: StoredAuditEntry[],
): VersionStoryView {
  return {
    versionId: version.versionId,
    versionNumber: version.versionNumber,
    provider: version.provider,
    verdict: version.verdict,
    score: version.score,
    createdAt: version.createdAt,
    review: review
      ? {
          decision: review.decision,
          reviewer: review.reviewer,
          notes: review.notes,
          decidedAt: review.decidedAt,
        }
      : null,
    audit: audit
      .filter((entry) => entry.versionId === version.versionId)
      .map(
        ({ versionId, action, actor, reason, at }): AuditEntryView => ({
          versionId,
          action,
          actor,
          reason,
          at,
        }),
      ),
  };
}
