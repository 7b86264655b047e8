import {
  contentVersionIdFor,
  ProductContent,
  QualityIssue,
  QualityVerdictIssued,
  SourceProduct,
} from '@content-pipeline/contracts';
import { planNextRequests } from './next-requests';
import { derivedLanguageRequestEventId, regenerationRequestEventId } from './request-ids';
import { planRederivation } from './rederivation';

const issue = {
  rule: 'number_dropped',
  severity: 'critical',
  field: 'description',
  message: '5000 mAh is missing',
  suggestion: 'Keep 5000 mAh',
} as QualityIssue;

const verdict = {
  eventId: 'verdict-1',
  taskId: 'job:SKU-1:en',
  jobId: 'job',
  skuId: 'SKU-1',
  language: 'en',
  attempt: 1,
  maxAttempts: 3,
  promptVersion: 'v1',
  lane: 'priority',
  source: { productName: '耳机', sourceHash: 'h' } as SourceProduct,
  derivedLanguages: ['ja', 'de'],
  masterVersionId: null,
  masterContent: null,
  content: { seoTitle: 'Headphones' } as ProductContent,
  score: 55,
  verdict: 'pass',
  issues: [],
  traceparent: 'tp',
} as unknown as QualityVerdictIssued;

describe('planNextRequests', () => {
  it('asks for the next attempt of the same task with the issues as feedback', () => {
    const { decision, requests } = planNextRequests(
      { ...verdict, verdict: 'regenerate', issues: [issue] },
      7,
    );
    expect(decision).toBe('regenerate');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      eventId: regenerationRequestEventId('job:SKU-1:en', 2, 'verdict-1'),
      taskId: 'job:SKU-1:en',
      language: 'en',
      attempt: 2,
      maxAttempts: 3,
      lane: 'priority',
      derivedLanguages: ['ja', 'de'],
      requestedAt: 7,
      traceparent: 'tp',
    });
    expect(requests[0].feedback).toContain('Attempt 1 was rejected by the quality gate (score 55/100)');
    expect(requests[0].feedback).toContain('Keep 5000 mAh');
  });

  it('asks a regeneration for the failing fields only, carrying the judged content to keep the others from', () => {
    const { requests } = planNextRequests(
      {
        ...verdict,
        verdict: 'regenerate',
        issues: [
          { ...issue, field: 'translated_description' },
          { ...issue, rule: 'seo_title_length', field: 'seo_title' },
        ],
      },
      7,
    );
    expect(requests[0].regenerateFields).toEqual(['translated_description', 'seo_title']);
    expect(requests[0].previousContent).toBe(verdict.content);
  });

  it('fans a passing English master out to its derived languages, attempt 1 each, on its lane', () => {
    const { decision, requests } = planNextRequests(verdict, 7);
    const masterVersionId = contentVersionIdFor('verdict-1');
    expect(decision).toBe('derive_languages');
    expect(requests.map((request) => request.language)).toEqual(['ja', 'de']);
    expect(requests[0]).toEqual({
      eventId: derivedLanguageRequestEventId('job', 'SKU-1', 'ja', masterVersionId),
      taskId: 'job:SKU-1:ja',
      jobId: 'job',
      skuId: 'SKU-1',
      language: 'ja',
      attempt: 1,
      maxAttempts: 3,
      promptVersion: 'v1',
      lane: 'priority',
      source: verdict.source,
      derivedLanguages: [],
      regenerateFields: [],
      previousContent: null,
      masterVersionId,
      masterContent: verdict.content,
      feedback: null,
      requestedAt: 7,
      traceparent: 'tp',
    });
  });

  it('gives a derived language the same event id the version store gives it when rederiving', () => {
    const [fanOut] = planNextRequests(verdict, 7).requests;
    const [rederived] = planRederivation(
      {
        versionId: contentVersionIdFor('verdict-1'),
        jobId: 'job',
        skuId: 'SKU-1',
        promptVersion: 'v1',
        content: verdict.content,
        source: verdict.source,
      },
      [{ language: 'ja', activeVersionId: null, activeMasterVersionId: null, fitVersionFromMasterId: null }],
      { maxAttempts: 3, derivedLanguages: ['ja'] },
      8,
    );
    expect(rederived.step === 'request' && rederived.request.eventId).toBe(fanOut.eventId);
  });

  it('asks for nothing after human review, a passing derived language or an English task without fan-out', () => {
    expect(planNextRequests({ ...verdict, verdict: 'human_review' }, 7)).toEqual({
      decision: 'human_review',
      requests: [],
    });
    expect(planNextRequests({ ...verdict, language: 'ja', derivedLanguages: [] }, 7)).toEqual({
      decision: 'done',
      requests: [],
    });
    expect(planNextRequests({ ...verdict, derivedLanguages: [] }, 7)).toEqual({
      decision: 'done',
      requests: [],
    });
  });
});
