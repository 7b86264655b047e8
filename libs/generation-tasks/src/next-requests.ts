import { contentVersionIdFor, GenerationRequested, QualityVerdictIssued } from '@content-pipeline/contracts';
import { derivedLanguageRequest } from './derived-language-request';
import { PIVOT_LANGUAGE } from './generation-task-policy';
import { buildRegenerationFeedback } from './regeneration-feedback';
import { fieldsToRegenerate } from './regeneration-scope';
import { regenerationRequestEventId } from './request-ids';

export type NextStepDecision = 'regenerate' | 'derive_languages' | 'human_review' | 'done';

/**
 * What follows a verdict: a new attempt with feedback (regenerate), the derived languages from a passing
 * English master, or nothing (human review, or a passing derived language). Attempt limits and the
 * languages to derive travel on the verdict, as the task's first request set them.
 */
export function planNextRequests(
  verdict: QualityVerdictIssued,
  now: number,
): { decision: NextStepDecision; requests: GenerationRequested[] } {
  if (verdict.verdict === 'regenerate') {
    const attempt = verdict.attempt + 1;
    return {
      decision: 'regenerate',
      requests: [
        {
          eventId: regenerationRequestEventId(verdict.taskId, attempt, verdict.eventId),
          taskId: verdict.taskId,
          jobId: verdict.jobId,
          skuId: verdict.skuId,
          language: verdict.language,
          attempt,
          maxAttempts: verdict.maxAttempts,
          promptVersion: verdict.promptVersion,
          lane: verdict.lane,
          source: verdict.source,
          derivedLanguages: verdict.derivedLanguages,
          masterVersionId: verdict.masterVersionId,
          masterContent: verdict.masterContent,
          feedback: buildRegenerationFeedback(verdict.attempt, verdict.score, verdict.issues),
          // Only the failing fields are written again; the generator keeps the others from the judged content.
          regenerateFields: fieldsToRegenerate(verdict.issues),
          previousContent: verdict.content,
          requestedAt: now,
          traceparent: verdict.traceparent,
        },
      ],
    };
  }
  if (verdict.verdict === 'human_review') return { decision: 'human_review', requests: [] };
  if (verdict.language !== PIVOT_LANGUAGE || verdict.derivedLanguages.length === 0)
    return { decision: 'done', requests: [] };

  const master = {
    jobId: verdict.jobId,
    skuId: verdict.skuId,
    promptVersion: verdict.promptVersion,
    source: verdict.source,
    masterVersionId: contentVersionIdFor(verdict.eventId),
    masterContent: verdict.content,
    lane: verdict.lane,
    maxAttempts: verdict.maxAttempts,
    traceparent: verdict.traceparent,
  };
  return {
    decision: 'derive_languages',
    requests: verdict.derivedLanguages.map((language) => derivedLanguageRequest(master, language, now)),
  };
}
