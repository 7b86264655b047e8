import {
  GenerationRequested,
  Lane,
  Language,
  ProductContent,
  SourceProduct,
  taskIdFor,
} from '@content-pipeline/contracts';
import { derivedLanguageRequestEventId } from './request-ids';

/** An English master version a derived language is generated from, and how its requests travel. */
export interface MasterForDerivation {
  jobId: string;
  skuId: string;
  promptVersion: string;
  source: SourceProduct;
  masterVersionId: string;
  masterContent: ProductContent;
  lane: Lane;
  maxAttempts: number;
  traceparent: string;
}

/**
 * Attempt 1 of a derived language from an English master: its own task, no further fan-out, the master's
 * content in the prompt. The same master and language always give the same event id.
 */
export function derivedLanguageRequest(
  master: MasterForDerivation,
  language: Language,
  now: number,
): GenerationRequested {
  return {
    eventId: derivedLanguageRequestEventId(master.jobId, master.skuId, language, master.masterVersionId),
    taskId: taskIdFor(master.jobId, master.skuId, language),
    jobId: master.jobId,
    skuId: master.skuId,
    language,
    attempt: 1,
    maxAttempts: master.maxAttempts,
    promptVersion: master.promptVersion,
    lane: master.lane,
    source: master.source,
    derivedLanguages: [],
    masterVersionId: master.masterVersionId,
    masterContent: master.masterContent,
    feedback: null,
    regenerateFields: [],
    previousContent: null,
    requestedAt: now,
    traceparent: master.traceparent,
  };
}
