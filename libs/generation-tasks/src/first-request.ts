import { GenerationRequested, Lane, SourceProduct, taskIdFor } from '@content-pipeline/contracts';
import { DerivedLanguage, GenerationTaskPolicy, PIVOT_LANGUAGE } from './generation-task-policy';
import { firstRequestEventId } from './request-ids';

/** What the ingester knows of a SKU from earlier catalogue events (null: a new SKU). */
export interface KnownSku {
  /** The catalogue's `updated_at` of the record stored last, in epoch milliseconds. */
  catalogUpdatedAt: number;
  /** Source hash and prompt version of the last English request (null: none yet). */
  requestedHash: string | null;
  requestedPromptVersion: string | null;
}

/** A validated catalogue record as the ingestion rules see it. */
export interface IncomingSku {
  /** The catalogue's `updated_at`, in epoch milliseconds. */
  catalogUpdatedAt: number;
  sourceHash: string;
  promptVersion: string;
}

/**
 * What the ingester does with a catalogue record: `stale` (older than the one stored: ignored),
 * `unchanged` (the same source text and prompt version were requested already: no LLM call), or
 * `request` (ask for English content), and on which lane.
 */
export interface IngestionPlan {
  outcome: 'stale' | 'unchanged' | 'request';
  lane: Lane;
}

/**
 * The ingestion rules: new SKUs from the live catalogue go on the priority lane, ahead of the backlog;
 * changes to known SKUs do not (a job may name its lane). An out-of-order older record changes nothing;
 * a record whose source text and prompt version were requested before costs nothing.
 */
export function planIngestion(known: KnownSku | null, incoming: IncomingSku, jobLane?: Lane): IngestionPlan {
  const lane: Lane = jobLane ?? (known ? 'bulk' : 'priority');
  if (known && known.catalogUpdatedAt > incoming.catalogUpdatedAt) return { outcome: 'stale', lane };
  if (known?.requestedHash === incoming.sourceHash && known.requestedPromptVersion === incoming.promptVersion)
    return { outcome: 'unchanged', lane };
  return { outcome: 'request', lane };
}

/** The languages a job derives from its English masters: the job's own list, else the configured one. */
export function derivedLanguagesForJob(
  policy: GenerationTaskPolicy,
  jobLanguages?: readonly DerivedLanguage[],
): DerivedLanguage[] {
  return [...(jobLanguages ?? policy.derivedLanguages)];
}

export interface FirstRequestInput {
  jobId: string;
  skuId: string;
  source: SourceProduct;
  promptVersion: string;
  lane: Lane;
  derivedLanguages: readonly DerivedLanguage[];
  traceparent: string;
}

/**
 * The first generation request of a SKU: attempt 1 of the configured attempts, in English (the pivot),
 * naming the languages to derive once it passes. Its id derives from the job, SKU, source hash and
 * prompt version, so a redelivered catalogue event republishes the same request.
 */
export function firstGenerationRequest(
  input: FirstRequestInput,
  policy: GenerationTaskPolicy,
  now: number,
): GenerationRequested {
  return {
    eventId: firstRequestEventId(input.jobId, input.skuId, input.source.sourceHash, input.promptVersion),
    taskId: taskIdFor(input.jobId, input.skuId, PIVOT_LANGUAGE),
    jobId: input.jobId,
    skuId: input.skuId,
    language: PIVOT_LANGUAGE,
    attempt: 1,
    maxAttempts: policy.maxAttempts,
    promptVersion: input.promptVersion,
    lane: input.lane,
    source: input.source,
    derivedLanguages: [...input.derivedLanguages],
    masterVersionId: null,
    masterContent: null,
    feedback: null,
    regenerateFields: [],
    previousContent: null,
    requestedAt: now,
    traceparent: input.traceparent,
  };
}
