import { derivedEventId, GenerationRequested } from '@content-pipeline/contracts';

/** The request for the attempt after one whose output was unusable, with the failure as feedback. */
export function nextAttemptAfterContentFailure(
  request: GenerationRequested,
  failure: string,
  now: number,
): GenerationRequested {
  const attempt = request.attempt + 1;
  return {
    ...request,
    eventId: derivedEventId(
      'generation-requested',
      request.taskId,
      attempt,
      request.eventId,
      'content-failure',
    ),
    attempt,
    feedback: [
      `Attempt ${request.attempt} could not be used: ${failure.slice(0, 300)}.`,
      'Answer with exactly one JSON object holding every required field, and nothing before or after it.',
      ...(request.feedback ? [request.feedback] : []),
    ].join('\n'),
    requestedAt: now,
  };
}
