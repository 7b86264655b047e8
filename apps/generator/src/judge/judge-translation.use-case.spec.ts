import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import {
  Topics,
  type JudgeRequested,
  type TranslationJudged,
  type UsageRecorded,
} from '@content-pipeline/contracts';
import { TransientError } from '@content-pipeline/kafka-runtime';
import { JudgeChatClient, ProviderError, type JudgeReply } from '@content-pipeline/llm-providers';
import type { KafkaRuntime } from '@content-pipeline/nest-runtime';
import type { ProviderCircuitBreaker } from '../circuit-breaker/provider-circuit-breaker';
import { GeneratorMetrics } from '../generator.metrics';
import type { ProviderHold } from '../provider-hold/provider-hold';
import type { LlmAdmission } from '../rate-limiting/llm-admission';
import type { JudgeConfig } from './judge.config';
import { JudgeMetrics } from './judge.metrics';
import { JudgeTranslationUseCase } from './judge-translation.use-case';

const content = {
  translatedDescription: 'Kopfhörer mit 58 Stunden Akkulaufzeit.',
  seoTitle: 'Kopfhörer',
  metaDescription: 'Kopfhörer.',
  h1: 'Kopfhörer',
  marketingCopyA: 'a',
  marketingCopyB: 'b',
  marketingCopyC: 'c',
  suggestedKeywords: [],
};
const request: JudgeRequested = {
  eventId: 'judge-request-1',
  sampleId: 'sample-1',
  jobId: 'job-1',
  versionId: 'version-1',
  skuId: 'SKU-1',
  language: 'de',
  category: 'audio',
  attempt: 1,
  promptVersion: 'v1',
  source: {
    productName: '耳机',
    productDescription: '续航58小时',
    category: 'audio',
    brand: '',
    attributes: {},
    sourceHash: 'h',
  },
  masterContent: content,
  content,
  requestedAt: 0,
  traceparent: '',
};

/** The judgement table's contract without a database: one row per request event id. */
function fakeDataSource() {
  const rows = new Map<string, { judged: unknown; usage: unknown }>();
  const query = async (sql: string, parameters: unknown[]) => {
    if (sql.startsWith('SELECT')) {
      const row = rows.get(parameters[0] as string);
      return row ? [row] : [];
    }
    if (rows.has(parameters[0] as string)) return [];
    rows.set(parameters[0] as string, {
      judged: JSON.parse(parameters[1] as string),
      usage: parameters[2] === null ? null : JSON.parse(parameters[2] as string),
    });
    return [{ request_event_id: parameters[0] }];
  };
  return { rows, dataSource: { query } as unknown as DataSource };
}

function judge(answer: () => Promise<JudgeReply>, config: Partial<JudgeConfig> = {}) {
  const { rows, dataSource } = fakeDataSource();
  const published: { topic: string; value: unknown }[] = [];
  const kafka = {
    publish: async (topic: { name: string }, value: unknown) => {
      published.push({ topic: topic.name, value });
    },
  };
  let calls = 0;
  const client = Object.assign(Object.create(JudgeChatClient.prototype) as JudgeChatClient, {
    judge: async () => {
      calls += 1;
      return answer();
    },
  });
  Object.defineProperty(client, 'provider', { value: 'openai' });
  const admission = { waiting: () => 0, cooldown: async () => undefined };
  const breaker = { run: <T>(action: () => Promise<T>) => action(), isOpen: false };
  const hold = { untilReleased: async () => undefined, succeeded: () => undefined, isHeld: false };
  const useCase = new JudgeTranslationUseCase(
    dataSource,
    kafka as unknown as KafkaRuntime,
    client,
    admission as unknown as LlmAdmission,
    breaker as unknown as ProviderCircuitBreaker,
    hold as unknown as ProviderHold,
    new GeneratorMetrics(new Registry()),
    new JudgeMetrics(new Registry()),
    {
      enabled: true,
      concurrency: 1,
      yieldMaxMs: 10,
      provider: {
        kind: 'openai',
        baseUrl: 'http://127.0.0.1:1/v1',
        apiKey: 'k',
        model: 'gpt-4o-mini',
        timeoutMs: 1_000,
        maxOutputTokens: 1_024,
        responseFormat: 'json_schema',
        stream: false,
      },
      ...config,
    },
  );
  const run = () => useCase.execute(request, new AbortController().signal);
  return { run, rows, published, calls: () => calls };
}

const judgedReply: JudgeReply = {
  verdict: {
    outcome: 'judged',
    annotations: [
      {
        category: 'accuracy/numbers',
        severity: 'major',
        field: 'translatedDescription',
        span: '58',
        note: '',
      },
    ],
    unverifiableSpans: 0,
  },
  provider: 'openai',
  model: 'gpt-4o-mini',
  promptTokens: 1_400,
  completionTokens: 30,
};

describe('JudgeTranslationUseCase', () => {
  it('judges with one call, stores, then publishes the usage (purpose judge) and the judgement', async () => {
    const { run, rows, published, calls } = judge(async () => judgedReply);
    expect(await run()).toBe('judged');
    expect(calls()).toBe(1);
    expect(rows.size).toBe(1);
    expect(published.map((p) => p.topic)).toEqual([Topics.usageRecorded.name, Topics.translationJudged.name]);
    expect(published[0].value as UsageRecorded).toMatchObject({
      purpose: 'judge',
      taskId: 'judge:version-1',
      usage: { promptTokens: 1_400, completionTokens: 30 },
      outcome: 'succeeded',
    });
    expect(published[1].value as TranslationJudged).toMatchObject({
      requestEventId: 'judge-request-1',
      outcome: 'judged',
      errors: [
        { category: 'accuracy/numbers', severity: 'major', field: 'translatedDescription', span: '58' },
      ],
    });
  });

  it('republishes what it stored on a redelivery, without a second call', async () => {
    const { run, published, calls } = judge(async () => judgedReply);
    await run();
    expect(await run()).toBe('republished');
    expect(calls()).toBe(1);
    expect(published[3].value).toEqual(published[1].value);
  });

  it('records an unreadable answer as a failed judgement, billed', async () => {
    const { run, published } = judge(async () => ({
      ...judgedReply,
      verdict: { outcome: 'failed', reason: 'unreadable answer: the answer contains no JSON object' },
    }));
    expect(await run()).toBe('failed');
    expect(published[0].value as UsageRecorded).toMatchObject({
      purpose: 'judge',
      outcome: 'invalid_output',
    });
    expect(published[1].value as TranslationJudged).toMatchObject({
      outcome: 'failed',
      failureReason: 'unreadable answer: the answer contains no JSON object',
      errors: [],
    });
  });

  it('records a provider refusal as a failed judgement, and retries what may pass later', async () => {
    const refused = judge(async () => {
      throw new ProviderError('fatal', 'invalid_api_key', 'openai: bad key', 401);
    });
    expect(await refused.run()).toBe('failed');
    expect(refused.published.map((p) => p.topic)).toEqual([Topics.translationJudged.name]);

    const down = judge(async () => {
      throw new ProviderError('retriable', 'server_error', 'openai: 503', 503);
    });
    await expect(down.run()).rejects.toBeInstanceOf(TransientError);
    expect(down.rows.size).toBe(0);
    expect(down.published).toEqual([]);
  });

  it('calls nothing when the judge is disabled, and says so', async () => {
    const { run, published, calls } = judge(async () => judgedReply, { enabled: false });
    expect(await run()).toBe('failed');
    expect(calls()).toBe(0);
    expect((published[0].value as TranslationJudged).failureReason).toMatch(/disabled/);
  });
});
