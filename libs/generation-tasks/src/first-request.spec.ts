import type { SourceProduct } from '@content-pipeline/contracts';
import {
  derivedLanguagesForJob,
  firstGenerationRequest,
  IncomingSku,
  KnownSku,
  planIngestion,
} from './first-request';
import { GenerationTaskPolicy } from './generation-task-policy';
import { firstRequestEventId } from './request-ids';

const policy: GenerationTaskPolicy = { maxAttempts: 3, derivedLanguages: ['ja', 'es', 'de', 'fr'] };
const incoming: IncomingSku = { catalogUpdatedAt: 2_000, sourceHash: 'h2', promptVersion: 'v1' };
const known: KnownSku = { catalogUpdatedAt: 1_000, requestedHash: 'h1', requestedPromptVersion: 'v1' };

describe('planIngestion', () => {
  it('requests a new SKU on the priority lane and a changed one on the bulk lane', () => {
    expect(planIngestion(null, incoming)).toEqual({ outcome: 'request', lane: 'priority' });
    expect(planIngestion(known, incoming)).toEqual({ outcome: 'request', lane: 'bulk' });
  });

  it("uses the job's lane when it names one", () => {
    expect(planIngestion(null, incoming, 'bulk').lane).toBe('bulk');
    expect(planIngestion(known, incoming, 'priority').lane).toBe('priority');
  });

  it('ignores a record older than the one stored', () => {
    expect(planIngestion({ ...known, catalogUpdatedAt: 3_000 }, incoming).outcome).toBe('stale');
    expect(planIngestion({ ...known, catalogUpdatedAt: 2_000 }, incoming).outcome).toBe('request');
  });

  it('asks for nothing when the same source text and prompt version were requested before', () => {
    const requested = { ...known, requestedHash: 'h2' };
    expect(planIngestion(requested, incoming).outcome).toBe('unchanged');
    expect(planIngestion(requested, { ...incoming, promptVersion: 'v2' }).outcome).toBe('request');
    expect(
      planIngestion({ ...known, requestedHash: null, requestedPromptVersion: null }, incoming).outcome,
    ).toBe('request');
  });
});

describe('derivedLanguagesForJob', () => {
  it("takes the job's languages, else the configured ones", () => {
    expect(derivedLanguagesForJob(policy, ['de'])).toEqual(['de']);
    expect(derivedLanguagesForJob(policy, [])).toEqual([]);
    expect(derivedLanguagesForJob(policy)).toEqual(['ja', 'es', 'de', 'fr']);
  });
});

describe('firstGenerationRequest', () => {
  const source = { productName: '耳机', productDescription: '蓝牙耳机', sourceHash: 'h2' } as SourceProduct;

  it('is attempt 1 of the configured attempts in English, with the languages to derive', () => {
    expect(
      firstGenerationRequest(
        {
          jobId: 'job',
          skuId: 'SKU-1',
          source,
          promptVersion: 'v1',
          lane: 'priority',
          derivedLanguages: ['ja'],
          traceparent: 'tp',
        },
        { ...policy, maxAttempts: 4 },
        9,
      ),
    ).toEqual({
      eventId: firstRequestEventId('job', 'SKU-1', 'h2', 'v1'),
      taskId: 'job:SKU-1:en',
      jobId: 'job',
      skuId: 'SKU-1',
      language: 'en',
      attempt: 1,
      maxAttempts: 4,
      promptVersion: 'v1',
      lane: 'priority',
      source,
      derivedLanguages: ['ja'],
      masterVersionId: null,
      masterContent: null,
      feedback: null,
      regenerateFields: [],
      previousContent: null,
      requestedAt: 9,
      traceparent: 'tp',
    });
  });
});
