import { derivedEventId } from '@content-pipeline/contracts';

/*
 * The event ids of generation requests, one formula per way a task is created or retried. Each derives
 * from the request's cause, so a redelivered cause reproduces the id and the generator generates once.
 * Changing a formula changes the ids of requests in flight: keep them stable.
 */

const GENERATION_REQUESTED = 'generation-requested';

/** The first English request for a SKU's source text under a prompt version. */
export function firstRequestEventId(
  jobId: string,
  skuId: string,
  sourceHash: string,
  promptVersion: string,
): string {
  return derivedEventId(GENERATION_REQUESTED, jobId, skuId, 'en', sourceHash, promptVersion, 1);
}

/**
 * The first request of a derived language from an English master version. The regenerator (fan-out on a
 * pass) and the version store (rederive after a rollback) both use it, so asking twice generates once.
 */
export function derivedLanguageRequestEventId(
  jobId: string,
  skuId: string,
  language: string,
  masterVersionId: string,
): string {
  return derivedEventId(GENERATION_REQUESTED, jobId, skuId, language, masterVersionId, 1);
}

/** The next attempt after a verdict asking for regeneration. */
export function regenerationRequestEventId(taskId: string, attempt: number, verdictEventId: string): string {
  return derivedEventId(GENERATION_REQUESTED, taskId, attempt, verdictEventId);
}

/** The next attempt after the generator could not use an attempt's output. */
export function contentFailureRequestEventId(
  taskId: string,
  attempt: number,
  failedRequestEventId: string,
): string {
  return derivedEventId(GENERATION_REQUESTED, taskId, attempt, failedRequestEventId, 'content-failure');
}

/** The next attempt after a reviewer rejected a version. */
export function rejectionRequestEventId(taskId: string, attempt: number, rejectedVersionId: string): string {
  return derivedEventId(GENERATION_REQUESTED, taskId, attempt, 'review-rejection', rejectedVersionId);
}

/** The (never published) request a human-written content event stands for. */
export function humanCopyRequestEventId(contentGeneratedEventId: string): string {
  return derivedEventId(GENERATION_REQUESTED, 'human', contentGeneratedEventId);
}
