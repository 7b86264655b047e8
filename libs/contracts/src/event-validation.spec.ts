import {
  validateGenerationRequested,
  validateJobAdmissionChanged,
  validateProviderHoldChanged,
  validateQualityVerdictIssued,
  validateSkuIngested,
  validateUsagePriced,
  validateUsageRecorded,
  validateTranslationJudged,
} from './event-validation';
import type {
  GenerationRequested,
  JobAdmissionChanged,
  ProviderHoldChanged,
  QualityVerdictIssued,
  SkuIngested,
  UsagePriced,
  TranslationJudged,
  UsageRecorded,
} from './generated/types';

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
  usage: {
    promptTokens: 10,
    completionTokens: 5,
    reportedPriceAmount: null,
    reportedPriceCurrency: null,
    cachedPromptTokens: 0,
    cacheWriteTokens: 0,
  },
  outcome: 'succeeded',
  recordedAt: 0,
  traceparent: '',
  repairCalls: 0,
  purpose: 'generation',
  billing: 'interactive',
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

  it('refuses priced usage without the usage event it prices, or with a cost that is not an amount', () => {
    const priced: UsagePriced = {
      eventId: 'p',
      usageEventId: 'e',
      taskId: 't',
      jobId: 'j',
      skuId: 'SKU-0000001',
      language: 'de',
      attempt: 2,
      promptVersion: 'v1',
      provider: 'dify',
      model: 'm',
      promptTokens: 10,
      completionTokens: 5,
      costUsd: 0.0001,
      priceSource: 'price_table:2026-11',
      priceTableVersion: '2026-11',
      outcome: 'succeeded',
      recordedAt: 0,
      traceparent: '',
      billing: 'batch',
    };
    expect(validateUsagePriced(priced)).toEqual([]);
    expect(
      validateUsagePriced({ ...priced, usageEventId: ' ', costUsd: Number.NaN, completionTokens: -1 }),
    ).toEqual([
      'usageEventId is empty',
      'token counts must not be negative',
      'costUsd NaN must be a finite amount of at least 0',
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

describe('SkuIngested validation', () => {
  const ingested: SkuIngested = {
    eventId: 'e',
    jobId: 'job-1',
    skuId: 'SKU-0000001',
    outcome: 'requested',
    lane: 'priority',
    languages: ['en', 'ja', 'de'],
    promptVersion: 'v1',
    sourceHash: 'h',
    requestEventId: 'r',
    ingestedAt: 0,
    traceparent: '',
  };

  it('accepts a requested SKU and a skipped one without a request', () => {
    expect(validateSkuIngested(ingested)).toEqual([]);
    expect(validateSkuIngested({ ...ingested, outcome: 'unchanged', requestEventId: null })).toEqual([]);
  });

  it('requires English first and once, and the request id of a requested outcome', () => {
    expect(validateSkuIngested({ ...ingested, languages: ['ja', 'en'], requestEventId: null })).toEqual([
      'languages [ja, en] must start with English, once',
      'a requested outcome needs the requestEventId it published',
    ]);
    expect(validateSkuIngested({ ...ingested, languages: ['en', 'en'] })).toEqual([
      'languages [en, en] must start with English, once',
    ]);
  });

  it('names an empty job, a malformed SKU id and a missing source hash', () => {
    expect(validateSkuIngested({ ...ingested, jobId: ' ', skuId: '-x', sourceHash: '' })).toEqual([
      'jobId is empty',
      'skuId "-x" is not a SKU id',
      'sourceHash is empty',
    ]);
  });
});

describe('JobAdmissionChanged validation', () => {
  const change: JobAdmissionChanged = {
    eventId: 'e',
    jobId: 'job-1',
    admitted: false,
    reason: 'budget',
    sequence: 1,
    budgetUsd: 5,
    costUsd: 5.01,
    changedAt: 0,
    traceparent: '',
  };

  it('accepts a pause at the cap and a job without a budget', () => {
    expect(validateJobAdmissionChanged(change)).toEqual([]);
    expect(validateJobAdmissionChanged({ ...change, budgetUsd: null })).toEqual([]);
  });

  it('refuses a sequence below 1, negative amounts and an empty reason', () => {
    expect(
      validateJobAdmissionChanged({ ...change, sequence: 0, costUsd: -1, budgetUsd: -2, reason: '' }),
    ).toEqual([
      'reason is empty',
      'sequence 0 must be ≥ 1',
      'costUsd -1 must not be negative',
      'budgetUsd -2 must not be negative',
    ]);
  });

  it('refuses a judgement outside the MQM vocabulary, or a failure without its reason', () => {
    const judged: TranslationJudged = {
      eventId: 'j',
      requestEventId: 'r',
      sampleId: 's',
      jobId: 'job',
      versionId: 'v',
      skuId: 'SKU-1',
      language: 'de',
      outcome: 'judged',
      failureReason: '',
      errors: [{ category: 'fluency', severity: 'minor', field: 'h1', span: 'x', note: '' }],
      provider: 'openai',
      model: 'm',
      usage: {
        promptTokens: 1,
        completionTokens: 1,
        reportedPriceAmount: null,
        reportedPriceCurrency: null,
        cachedPromptTokens: 0,
        cacheWriteTokens: 0,
      },
      judgedAt: 0,
      traceparent: '',
    };
    expect(validateTranslationJudged(judged)).toEqual([]);
    expect(
      validateTranslationJudged({
        ...judged,
        outcome: 'failed',
        errors: [
          { category: 'accuracy/other', severity: 'fatal', field: 'suggestedKeywords', span: '', note: '' },
        ],
      }),
    ).toEqual([
      'a failed judgement needs a failureReason',
      'errors[0].category "accuracy/other" is not an MQM category',
      'errors[0].severity "fatal" is not minor, major or critical',
      'errors[0].field "suggestedKeywords" is not a checkable field',
    ]);
  });
});

describe('ProviderHoldChanged validation', () => {
  const held: ProviderHoldChanged = {
    eventId: 'e',
    holdKey: 'llm-provider',
    provider: 'openai',
    held: true,
    reason: 'provider_auth',
    errorCode: 'invalid_api_key',
    message: 'Incorrect API key provided',
    action: 'Put a valid key in OPENAI_API_KEY',
    heldAt: 1_000,
    changedAt: 1_000,
    changedBy: 'host:1',
    sequence: 1,
    traceparent: '',
  };

  it('accepts a hold and its release', () => {
    expect(validateProviderHoldChanged(held)).toEqual([]);
    expect(
      validateProviderHoldChanged({
        ...held,
        held: false,
        changedAt: 9_000,
        changedBy: 'probe',
        sequence: 2,
      }),
    ).toEqual([]);
  });

  it('refuses an unknown reason, no action, a sequence below 1 and a change before the hold', () => {
    expect(
      validateProviderHoldChanged({ ...held, reason: 'tired', action: ' ', sequence: 0, changedAt: 999 }),
    ).toEqual([
      'reason "tired" is not one of provider_auth, provider_quota, provider_model, provider_contract, provider_unreachable',
      'action is empty: a person must be told what to do',
      'sequence 0 must be ≥ 1',
      'changedAt is before heldAt',
    ]);
  });
});
