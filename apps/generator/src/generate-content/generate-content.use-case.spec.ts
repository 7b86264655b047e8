import { Registry } from 'prom-client';
import {
  derivedEventId,
  Topics,
  type ContentGenerated,
  type GenerationRequested,
  type UsageRecorded,
} from '@content-pipeline/contracts';
import { type GenerationResult, ProviderError } from '@content-pipeline/llm-providers';
import type { KafkaRuntime } from '@content-pipeline/nest-runtime';
import type { GenerationAttempt } from '../generation-attempt/generation-attempt.entity';
import type { JobAdmissionGate } from '../job-admission';
import type { ProviderHold } from '../provider-hold/provider-hold';
import { GeneratorMetrics } from '../generator.metrics';
import { GenerateContentUseCase, toPipelineError } from './generate-content.use-case';
import type { GenerationAttemptRepository, NewGenerationAttempt } from './generation-attempt.repository';
import type { GuardedContentProvider } from './guarded-content.provider';

/** The repository's contract without a database: one stored result per request. */
class InMemoryGenerationAttempts implements GenerationAttemptRepository {
  readonly stored = new Map<string, GenerationAttempt>();

  async isStored(requestEventId: string): Promise<boolean> {
    return this.stored.has(requestEventId);
  }

  async find(requestEventId: string): Promise<GenerationAttempt | null> {
    return this.stored.get(requestEventId) ?? null;
  }

  async store(attempt: NewGenerationAttempt): Promise<GenerationAttempt | null> {
    if (this.stored.has(attempt.requestEventId)) return null;
    const kept = { ...attempt, createdAt: new Date('2026-12-01T10:00:00Z') };
    this.stored.set(attempt.requestEventId, kept);
    return kept;
  }
}

const request = {
  eventId: 'request-1',
  taskId: 'job-1:SKU-1:en',
  jobId: 'job-1',
  skuId: 'SKU-1',
  language: 'en',
  attempt: 1,
  maxAttempts: 3,
  promptVersion: 'v1',
  lane: 'bulk',
  derivedLanguages: ['ja'],
  masterVersionId: null,
  masterContent: null,
  feedback: null,
  requestedAt: 0,
  traceparent: '',
  source: {
    productName: '耳机',
    productDescription: '续航58小时',
    category: 'consumer_electronics',
    brand: '',
    attributes: {},
    sourceHash: 'h',
  },
} as unknown as GenerationRequested;

const answer: GenerationResult = {
  content: {
    translated_description: 'Earbuds with 58 hours of battery life.',
    seo_title: 'Earbuds',
    meta_description: 'Earbuds with 58 hours of battery life.',
    h1: 'Earbuds',
    marketing_copy_a: 'a',
    marketing_copy_b: 'b',
    marketing_copy_c: 'c',
    suggested_keywords: ['earbuds'],
  },
  usage: { promptTokens: 800, completionTokens: 400 },
  provider: 'dify',
  model: 'gpt-4o-mini',
  latencyMs: 120,
  calls: 1,
} as GenerationResult;

/** The use case with an in-memory store, a provider that answers as told and a job that may be paused. */
function generator(
  options: {
    paused?: boolean;
    provider?: () => Promise<GenerationResult>;
    /** How many failures the provider hold takes (the task waits, then calls again). */
    holds?: number;
  } = {},
) {
  const attempts = new InMemoryGenerationAttempts();
  const published: { topic: string; value: unknown }[] = [];
  let providerCalls = 0;
  const provider = {
    providerName: 'dify',
    generate: async () => {
      providerCalls += 1;
      return (options.provider ?? (async () => answer))();
    },
  };
  const kafka = {
    publish: async (topic: { name: string }, value: unknown) => {
      published.push({ topic: topic.name, value });
    },
  };
  const admission = { parkIfPaused: async () => options.paused ?? false };
  let holdsLeft = options.holds ?? 0;
  const hold = {
    holdIfNeeded: async () => {
      if (holdsLeft === 0) return false;
      holdsLeft -= 1;
      return true;
    },
  };
  const useCase = new GenerateContentUseCase(
    attempts,
    provider as unknown as GuardedContentProvider,
    kafka as unknown as KafkaRuntime,
    admission as unknown as JobAdmissionGate,
    new GeneratorMetrics(new Registry()),
    hold as unknown as ProviderHold,
  );
  const run = () => useCase.execute(request, 'bulk', new AbortController().signal);
  return { run, attempts, published, providerCalls: () => providerCalls };
}

describe('GenerateContentUseCase', () => {
  it('calls the provider once, stores the result and publishes its usage and content under derived ids', async () => {
    const { run, attempts, published, providerCalls } = generator();
    expect(await run()).toBe('generated');
    expect(providerCalls()).toBe(1);
    expect(attempts.stored.get('request-1')).toMatchObject({ model: 'gpt-4o-mini', latencyMs: 120 });
    expect(published.map(({ topic }) => topic)).toEqual([
      Topics.usageRecorded.name,
      Topics.contentGenerated.name,
    ]);
    const usage = published[0].value as UsageRecorded;
    expect(usage).toMatchObject({
      eventId: derivedEventId('usage-recorded', 'request-1'),
      outcome: 'succeeded',
      usage: { promptTokens: 800, completionTokens: 400 },
      recordedAt: Date.parse('2026-12-01T10:00:00Z'),
    });
    const content = published[1].value as ContentGenerated;
    expect(content.eventId).toBe(derivedEventId('content-generated', 'request-1'));
    expect(content.content.seoTitle).toBe('Earbuds');
  });

  it('republishes the stored result of a redelivered request without paying for another call', async () => {
    const { run, published, providerCalls } = generator();
    await run();
    const first = published.splice(0);
    expect(await run()).toBe('republished');
    expect(providerCalls()).toBe(1);
    expect(published).toEqual(first);
  });

  it('parks the request of a job paused at its budget cap: no call, nothing stored or published', async () => {
    const { run, attempts, published, providerCalls } = generator({ paused: true });
    expect(await run()).toBe('parked');
    expect(providerCalls()).toBe(0);
    expect(attempts.stored.size).toBe(0);
    expect(published).toEqual([]);
  });

  it('calls again after a provider hold is released, instead of dead-lettering the task', async () => {
    let calls = 0;
    const { run, attempts } = generator({
      holds: 1,
      provider: async () => {
        calls += 1;
        if (calls === 1) throw new ProviderError('fatal', 'invalid_api_key', 'Incorrect API key', 401);
        return answer;
      },
    });
    expect(await run()).toBe('generated');
    expect(calls).toBe(2);
    expect(attempts.stored.size).toBe(1);
  });

  it('requests the next attempt on the lane after an unusable answer, and meters the call the provider billed', async () => {
    const unusable = new ProviderError('content_failure', 'invalid_output', 'no JSON object');
    unusable.billed = {
      model: 'gpt-4o-mini',
      usage: { promptTokens: 700, completionTokens: 20, totalTokens: 720 },
    };
    const { run, attempts, published } = generator({ provider: () => Promise.reject(unusable) });
    expect(await run()).toBe('new_attempt');
    expect(attempts.stored.size).toBe(0);
    expect(published.map(({ topic }) => topic)).toEqual([
      Topics.usageRecorded.name,
      Topics.generationRequestedBulk.name,
    ]);
    expect(published[0].value).toMatchObject({ outcome: 'invalid_output', usage: { promptTokens: 700 } });
    expect(published[1].value).toMatchObject({ taskId: 'job-1:SKU-1:en', attempt: 2 });
  });
});

describe('toPipelineError', () => {
  it('dead-letters what retrying cannot fix, keeping the provider code', () => {
    const error = toPipelineError(
      new ProviderError('fatal', 'provider_not_initialize', 'no model credentials', 400),
    );
    expect(error).toMatchObject({ retriable: false, code: 'provider_provider_not_initialize' });
    expect(error.message).toContain('not retriable');
  });

  it.each(['retriable', 'rate_limited', 'content_failure', 'quota_exhausted'] as const)(
    'retries a %s failure',
    (kind) => {
      expect(toPipelineError(new ProviderError(kind, 'x', 'm', 500))).toMatchObject({
        retriable: true,
        code: 'provider_x',
      });
    },
  );

  it('treats an unexpected error as transient', () => {
    expect(toPipelineError(new Error('socket hang up'))).toMatchObject({
      retriable: true,
      code: 'provider_unexpected',
    });
  });
});
