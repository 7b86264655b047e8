import { createHash } from 'node:crypto';
import {
  ContentGenerated,
  derivedEventId,
  Language,
  ProductContent,
  SourceProduct,
} from '@content-pipeline/contracts';
import { derivedLanguagesOf, GenerationTaskPolicy } from './generation-task-policy';
import { humanCopyRequestEventId } from './request-ids';

/** Why a human wrote the copy: a candidate A/B variant, or a reviewer's edits of a version under review. */
export type HumanSubmissionPurpose = 'variant' | 'review_edit';

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
  /** The version a reviewer edited (review_edit). */
  reviewedVersionId: string | null;
}

/**
 * Human-written content as the gate receives generated content: provider `human`, model `editor`,
 * attempt 1 of 1 — a critical issue then sends it to human review instead of asking an LLM to rewrite a
 * person's copy. The event id derives from the purpose, task and content, so submitting the same copy
 * twice is judged and stored once. A reviewer's edits of an English master fan out the derived languages
 * like a master that passed on its own; a candidate variant never does.
 */
export function humanContentGenerated(
  context: HumanContentContext,
  content: ProductContent,
  policy: GenerationTaskPolicy,
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
    requestEventId: humanCopyRequestEventId(eventId),
    taskId: context.taskId,
    jobId: context.jobId,
    skuId: context.skuId,
    language: context.language,
    attempt: 1,
    maxAttempts: 1,
    promptVersion: context.promptVersion,
    lane: 'bulk',
    source: context.source,
    derivedLanguages: context.purpose === 'review_edit' ? derivedLanguagesOf(context.language, policy) : [],
    masterVersionId: context.masterVersionId,
    masterContent: context.masterContent,
    content,
    provider: 'human',
    model: 'editor',
    usage: {
      promptTokens: 0,
      completionTokens: 0,
      reportedPriceAmount: null,
      reportedPriceCurrency: null,
      cachedPromptTokens: 0,
      cacheWriteTokens: 0,
    },
    latencyMs: 0,
    generatedAt: now,
    traceparent: '',
    workflowReview: null,
    filledFields: [],
  };
}
