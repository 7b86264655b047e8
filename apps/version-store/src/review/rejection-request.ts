import {
  derivedEventId,
  GenerationRequested,
  Language,
  ProductContent,
  SourceProduct,
} from '@content-pipeline/contracts';
import { DERIVED_LANGUAGES } from '../activation/derivation-request';

export interface RejectedVersion {
  versionId: string;
  taskId: string;
  jobId: string;
  skuId: string;
  language: Language;
  promptVersion: string;
  source: SourceProduct;
  masterVersionId: string | null;
}

/** Generator attempts a task gets after a human rejection: a fresh budget, like a new task. */
export const ATTEMPTS_AFTER_REJECTION = 3;

/**
 * The generation request a reviewer's rejection sends: the next attempt of the same task on the bulk
 * lane, with the reviewer's notes as the feedback and a fresh budget of three attempts (maxAttempts =
 * last + 3), since the gate's own budget was spent getting here. An English master regenerated this way
 * still fans out the derived languages once it passes.
 */
export function planRejectionRequest(
  rejected: RejectedVersion,
  lastAttempt: number,
  notes: string,
  masterContent: ProductContent | null,
  now: number,
): GenerationRequested {
  const attempt = lastAttempt + 1;
  return {
    eventId: derivedEventId(
      'generation-requested',
      rejected.taskId,
      attempt,
      'review-rejection',
      rejected.versionId,
    ),
    taskId: rejected.taskId,
    jobId: rejected.jobId,
    skuId: rejected.skuId,
    language: rejected.language,
    attempt,
    maxAttempts: lastAttempt + ATTEMPTS_AFTER_REJECTION,
    promptVersion: rejected.promptVersion,
    lane: 'bulk',
    source: rejected.source,
    derivedLanguages: rejected.language === 'en' ? [...DERIVED_LANGUAGES] : [],
    masterVersionId: rejected.masterVersionId,
    masterContent,
    feedback: notes,
    requestedAt: now,
    traceparent: '',
  };
}
