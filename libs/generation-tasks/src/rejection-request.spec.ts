import { derivedEventId, ProductContent, SourceProduct } from '@content-pipeline/contracts';
import { GenerationTaskPolicy } from './generation-task-policy';
import { planRejectionRequest, RejectedVersion } from './rejection-request';

const rejected: RejectedVersion = {
  versionId: 'v-3',
  taskId: 'job:SKU:ja',
  jobId: 'job',
  skuId: 'SKU',
  language: 'ja',
  promptVersion: 'v1',
  source: { productName: '耳机', sourceHash: 'h' } as SourceProduct,
  masterVersionId: 'en-1',
};

const policy: GenerationTaskPolicy = { maxAttempts: 3, derivedLanguages: ['ja', 'es', 'de', 'fr'] };

describe('planRejectionRequest', () => {
  it('asks for the next attempt with the notes as feedback and a fresh budget of three', () => {
    const master = { seoTitle: 'English' } as ProductContent;
    expect(planRejectionRequest(rejected, 3, 'Use polite form.', master, policy, 7)).toEqual({
      eventId: derivedEventId('generation-requested', 'job:SKU:ja', 4, 'review-rejection', 'v-3'),
      taskId: 'job:SKU:ja',
      jobId: 'job',
      skuId: 'SKU',
      language: 'ja',
      attempt: 4,
      maxAttempts: 6,
      promptVersion: 'v1',
      lane: 'bulk',
      source: rejected.source,
      derivedLanguages: [],
      masterVersionId: 'en-1',
      masterContent: master,
      feedback: 'Use polite form.',
      regenerateFields: [],
      previousContent: null,
      requestedAt: 7,
      traceparent: '',
    });
  });

  it('lets a regenerated English master fan out the derived languages', () => {
    expect(
      planRejectionRequest({ ...rejected, language: 'en', masterVersionId: null }, 1, 'n', null, policy, 0)
        .derivedLanguages,
    ).toEqual(['ja', 'es', 'de', 'fr']);
  });

  it('takes the fresh budget and the derived languages from the policy', () => {
    const request = planRejectionRequest(
      { ...rejected, language: 'en', masterVersionId: null },
      2,
      'n',
      null,
      { maxAttempts: 4, derivedLanguages: ['de'] },
      0,
    );
    expect(request).toMatchObject({ attempt: 3, maxAttempts: 6, derivedLanguages: ['de'] });
  });
});
