import { Topics, ALL_TOPICS, retryTopicFor, generationTopicFor } from './index';
import { Type } from 'avsc';

describe('topic catalogue', () => {
  it('names every topic <domain>.<visibility>.<entity>.<event>.<version> with a -value subject', () => {
    for (const topic of ALL_TOPICS) {
      expect(topic.name).toMatch(/^[a-z]+\.(public|internal)\.[a-z-]+\.[a-z-]+\.v\d+$/);
      expect(topic.subject).toBe(`${topic.name}-value`);
    }
  });

  it('has unique topic names', () => {
    const names = ALL_TOPICS.map((topic) => topic.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every topic a self-contained schema avsc can compile', () => {
    for (const topic of ALL_TOPICS) {
      expect(() => Type.forSchema(topic.schema as never)).not.toThrow();
    }
  });

  it('declares domain validation for every topic, so the codec dead-letters what the schema cannot refuse', () => {
    const unvalidated = ALL_TOPICS.filter((topic) => !topic.validate).map((topic) => topic.name);
    expect(unvalidated).toEqual([]);
  });

  it('routes lanes to their own generation topic', () => {
    expect(generationTopicFor('priority')).toBe(Topics.generationRequestedPriority);
    expect(generationTopicFor('bulk')).toBe(Topics.generationRequestedBulk);
  });

  it('derives one retry topic per consumer group', () => {
    expect(retryTopicFor('generator')).toBe('pipeline.internal.retry.generator.v1');
  });

  it('round-trips an event that carries the envelope fields through its schema', () => {
    const type = Type.forSchema(Topics.usageRecorded.schema as never);
    const event = {
      eventId: 'e-1',
      taskId: 't-1',
      jobId: 'j-1',
      skuId: 'SKU-0000001',
      language: 'de',
      attempt: 2,
      promptVersion: 'v1',
      provider: 'dify',
      model: 'sim-1',
      usage: {
        promptTokens: 812,
        completionTokens: 455,
        reportedPriceAmount: null,
        reportedPriceCurrency: null,
        cachedPromptTokens: 0,
        cacheWriteTokens: 0,
      },
      outcome: 'succeeded',
      recordedAt: 1_764_000_000_000,
      traceparent: '',
      repairCalls: 0,
      purpose: 'judge',
      billing: 'batch',
    };
    expect(type.fromBuffer(type.toBuffer(event))).toEqual(event);
  });
});
