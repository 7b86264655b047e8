import { createHash } from 'node:crypto';
import {
  ContentGenerated,
  derivedEventId,
  Language,
  ProductContent,
  SourceProduct,
} from '@content-pipeline/contracts';
import type { HumanSubmissionPurpose } from './human-submission.entity';

export interface HumanContentContext {
  purpose: HumanSubmissionPurpose;
  jobId: string;
  taskId: string;
  skuId: string;
  language: Language;
  promptVersion: string;
  source: SourceProduct;
  masterVersionId: string | null;
  masterContent: ProductContent | null;
  derivedLanguages: Language[];
  /** The version a reviewer edited (review_edit). */
  reviewedVersionId: string | null;
}

/**
 * Human-written content as the gate receives generated content: provider `human`, model `editor`,
 * attempt 1 of 1 — a critical issue then sends it to human review instead of asking an LLM to rewrite a
 * person's copy. The event id derives from the purpose, task and content, so submitting the same copy
 * twice is judged and stored once.
 */
export function humanContentGenerated(
  context: HumanContentContext,
  content: ProductContent,
  now: number,
): ContentGenerated {
  const contentHash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  const eventId = derivedEventId(
    'content-generated',
    'human',
    context.purpose,
    context.taskId,
    context.reviewedVersionId ?? '',
    contentHash,
  );
  return {
    eventId,
    requestEventId: derivedEventId('generation-requested', 'human', eventId),
    taskId: context.taskId,
    jobId: context.jobId,
    skuId: context.skuId,
    language: context.language,
    attempt: 1,
    maxAttempts: 1,
    promptVersion: context.promptVersion,
    lane: 'bulk',
    source: context.source,
    derivedLanguages: context.derivedLanguages,
    masterVersionId: context.masterVersionId,
    masterContent: context.masterContent,
    content,
    provider: 'human',
    model: 'editor',
    usage: { promptTokens: 0, completionTokens: 0, reportedPriceAmount: null, reportedPriceCurrency: null },
    latencyMs: 0,
    generatedAt: now,
    traceparent: '',
  };
}
