import type { GenerationRequested } from '@content-pipeline/contracts';
import { nextAttemptAfterContentFailure } from './content-failure';
import { contentFailureRequestEventId } from './request-ids';

const request = {
  eventId: 'e-1',
  taskId: 'job:SKU-1:en',
  attempt: 1,
  maxAttempts: 3,
  feedback: null,
  requestedAt: 0,
} as unknown as GenerationRequested;

describe('nextAttemptAfterContentFailure', () => {
  it('asks for the next attempt with the failure as feedback and a new derived event id', () => {
    const next = nextAttemptAfterContentFailure(request, 'invalid_output: Unexpected end of JSON input', 42);
    expect(next).toMatchObject({ taskId: 'job:SKU-1:en', attempt: 2, maxAttempts: 3, requestedAt: 42 });
    expect(next?.eventId).toBe(contentFailureRequestEventId('job:SKU-1:en', 2, 'e-1'));
    expect(next?.eventId).toBe(nextAttemptAfterContentFailure(request, 'anything', 43)?.eventId);
    expect(next?.feedback).toMatch(
      /^Attempt 1 could not be used: invalid_output: Unexpected end of JSON input\.\nAnswer with exactly one JSON object/,
    );
  });

  it('keeps earlier feedback from the quality gate', () => {
    const next = nextAttemptAfterContentFailure(
      { ...request, attempt: 2, feedback: 'Keep 5,000 mAh.' },
      'broken',
      0,
    );
    expect(next?.feedback?.endsWith('Keep 5,000 mAh.')).toBe(true);
  });

  it('asks for nothing after the last attempt', () => {
    expect(nextAttemptAfterContentFailure({ ...request, attempt: 3 }, 'broken', 0)).toBeNull();
  });
});
