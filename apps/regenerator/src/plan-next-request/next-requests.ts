import {
  contentVersionIdFor,
  derivedEventId,
  GenerationRequested,
  QualityVerdictIssued,
  taskIdFor,
} from '@content-pipeline/contracts';
import { buildRegenerationFeedback } from './regeneration-feedback';

export type NextStepDecision = 'regenerate' | 'derive_languages' | 'human_review' | 'done';

/**
 * What follows a verdict: a new attempt with feedback (regenerate), the pivot languages derived from a
 * passing English master, or nothing (human review, or a passing non-pivot language).
 */
export function planNextRequests(
  verdict: QualityVerdictIssued,
  now: number,
): { decision: NextStepDecision; requests: GenerationRequested[] } {
  const common = {
    jobId: verdict.jobId,
    skuId: verdict.skuId,
    maxAttempts: verdict.maxAttempts,
    promptVersion: verdict.promptVersion,
    lane: verdict.lane,
    source: verdict.source,
    requestedAt: now,
    traceparent: verdict.traceparent,
  };
  if (verdict.verdict === 'regenerate') {
    const attempt = verdict.attempt + 1;
    return {
      decision: 'regenerate',
      requests: [
        {
          ...common,
          eventId: derivedEventId('generation-requested', verdict.taskId, attempt, verdict.eventId),
          taskId: verdict.taskId,
          language: verdict.language,
          attempt,
          derivedLanguages: verdict.derivedLanguages,
          masterVersionId: verdict.masterVersionId,
          masterContent: verdict.masterContent,
          feedback: buildRegenerationFeedback(verdict.attempt, verdict.score, verdict.issues),
        },
      ],
    };
  }
  if (verdict.verdict === 'human_review') return { decision: 'human_review', requests: [] };
  if (verdict.language !== 'en' || verdict.derivedLanguages.length === 0)
    return { decision: 'done', requests: [] };

  const masterVersionId = contentVersionIdFor(verdict.eventId);
  return {
    decision: 'derive_languages',
    requests: verdict.derivedLanguages.map((language) => ({
      ...common,
      eventId: derivedEventId(
        'generation-requested',
        verdict.jobId,
        verdict.skuId,
        language,
        masterVersionId,
        1,
      ),
      taskId: taskIdFor(verdict.jobId, verdict.skuId, language),
      language,
      attempt: 1,
      derivedLanguages: [],
      masterVersionId,
      masterContent: verdict.content,
      feedback: null,
    })),
  };
}
