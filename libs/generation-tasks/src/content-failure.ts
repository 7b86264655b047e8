import type { GenerationRequested } from '@content-pipeline/contracts';
import { contentFailureRequestEventId } from './request-ids';

/**
 * The request for the attempt after one whose output was unusable, with the failure as feedback; the
 * rest of the request (attempt limit, lane, derived languages) is unchanged. Null when that was the
 * task's last attempt: the task is then dead-lettered with the reason.
 */
export function nextAttemptAfterContentFailure(
  request: GenerationRequested,
  failure: string,
  now: number,
): GenerationRequested | null {
  if (request.attempt >= request.maxAttempts) return null;
  const attempt = request.attempt + 1;
  return {
    ...request,
    eventId: contentFailureRequestEventId(request.taskId, attempt, request.eventId),
    attempt,
    feedback: [
      `Attempt ${request.attempt} could not be used: ${failure.slice(0, 300)}.`,
      'Answer with exactly one JSON object holding every required field, and nothing before or after it.',
      ...(request.feedback ? [request.feedback] : []),
    ].join('\n'),
    requestedAt: now,
  };
}
