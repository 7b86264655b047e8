import { summarizeDecisions } from './job-regeneration.summary';

describe('summarizeDecisions', () => {
  it('counts regenerations per failed attempt, human reviews and passes per language', () => {
    expect(
      summarizeDecisions('job-1', [
        { language: 'en', attempt: 1, decision: 'regenerate', count: 7 },
        { language: 'en', attempt: 2, decision: 'regenerate', count: 2 },
        { language: 'en', attempt: 3, decision: 'human_review', count: 1 },
        { language: 'en', attempt: 1, decision: 'derive_languages', count: 90 },
        { language: 'de', attempt: 1, decision: 'done', count: 88 },
        { language: 'de', attempt: 1, decision: 'regenerate', count: 2 },
      ]),
    ).toEqual({
      jobId: 'job-1',
      regenerations: { attempt_1: 9, attempt_2: 2 },
      humanReview: 1,
      derivations: 90,
      byLanguage: {
        en: { regenerations: 9, humanReview: 1, passed: 90 },
        de: { regenerations: 2, humanReview: 0, passed: 88 },
      },
    });
  });
});
