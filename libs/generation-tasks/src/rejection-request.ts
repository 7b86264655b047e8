import type {
  GenerationRequested,
  Language,
  ProductContent,
  SourceProduct,
} from '@content-pipeline/contracts';
import { derivedLanguagesOf, GenerationTaskPolicy } from './generation-task-policy';
import { rejectionRequestEventId } from './request-ids';

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

/**
 * The generation request a reviewer's rejection sends: the next attempt of the same task on the bulk
 * lane, with the reviewer's notes as the feedback and a fresh budget of the configured attempts
 * (maxAttempts = last + policy.maxAttempts), since the gate's own budget was spent getting here. An
 * English master regenerated this way still fans out the derived languages once it passes.
 */
export function planRejectionRequest(
  rejected: RejectedVersion,
  lastAttempt: number,
  notes: string,
  masterContent: ProductContent | null,
  policy: GenerationTaskPolicy,
  now: number,
): GenerationRequested {
  const attempt = lastAttempt + 1;
  return {
    eventId: rejectionRequestEventId(rejected.taskId, attempt, rejected.versionId),
    taskId: rejected.taskId,
    jobId: rejected.jobId,
    skuId: rejected.skuId,
    language: rejected.language,
    attempt,
    maxAttempts: lastAttempt + policy.maxAttempts,
    promptVersion: rejected.promptVersion,
    lane: 'bulk',
    source: rejected.source,
    derivedLanguages: derivedLanguagesOf(rejected.language, policy),
    masterVersionId: rejected.masterVersionId,
    masterContent,
    feedback: notes,
    // A reviewer's notes are free text about the whole set: every field is written again.
    regenerateFields: [],
    previousContent: null,
    requestedAt: now,
    traceparent: '',
  };
}
