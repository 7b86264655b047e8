import {
  validateGenerationRequested,
  validateQualityVerdictIssued,
  validateUsageRecorded,
} from './event-validation';
import type { GenerationRequested, QualityVerdictIssued, UsageRecorded } from './generated/types';

const usage: UsageRecorded = {
  eventId: 'e',
  taskId: 't',
  jobId: 'j',
  skuId: 'SKU-0000001',
  language: 'en',
  attempt: 1,
  promptVersion: 'v1',
  provider: 'dify',
  model: 'm',
  usage: { promptTokens: 10, completionTokens: 5, reportedPriceAmount: null, reportedPriceCurrency: null },
  outcome: 'succeeded',
  recordedAt: 0,
  traceparent: '',
};

describe('event validation', () => {
  it('accepts a well-formed event', () => {
    expect(validateUsageRecorded(usage)).toEqual([]);
  });

  it('names every broken invariant', () => {
    expect(
      validateUsageRecorded({
        ...usage,
        skuId: 'SKU 1',
        attempt: 0,
        usage: { ...usage.usage, promptTokens: -1 },
      }),
    ).toEqual([
      'skuId "SKU 1" is not a SKU id',
      'attempt 0 is outside 1..20',
      'token counts must not be negative',
    ]);
  });

  it('requires the English master for a derived language and a score within 0..100', () => {
    const source = {
      productName: 'n',
      productDescription: 'd',
      category: 'c',
      brand: '',
      attributes: {},
      sourceHash: 'h',
    };
    const request = {
      ...usage,
      maxAttempts: 3,
      lane: 'bulk',
      source,
      language: 'ja',
      masterContent: null,
    } as unknown as GenerationRequested;
    expect(validateGenerationRequested(request)).toContain(
      'a derived language needs its English masterContent',
    );
    const verdict = { ...usage, maxAttempts: 3, source, score: 140 } as unknown as QualityVerdictIssued;
    expect(validateQualityVerdictIssued(verdict)).toEqual(['score 140 is outside 0..100']);
  });
});
