import {
  derivedEventId,
  type ContentGenerated,
  type QualityVerdictIssued,
} from '@content-pipeline/contracts';
import type { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { ServiceMetrics } from '@content-pipeline/observability';
import type { QualityCheck } from '../quality-check/quality-check.entity';
import type { OperatorRulesStore } from '../operator-rules/operator-rules.store';
import { CheckQualityUseCase } from './check-quality.use-case';
import type { NewQualityCheck, QualityCheckRepository } from './quality-check.repository';

/** The repository's contract without a database: the first judgement per generated event is kept. */
class InMemoryQualityChecks implements QualityCheckRepository {
  readonly stored = new Map<string, QualityCheck>();

  async keepFirst(check: NewQualityCheck): Promise<{ check: QualityCheck; first: boolean }> {
    const earlier = this.stored.get(check.generatedEventId);
    if (earlier) return { check: earlier, first: false };
    const kept = { ...check, checkedAt: new Date('2026-12-01T10:00:00Z') };
    this.stored.set(check.generatedEventId, kept);
    return { check: kept, first: true };
  }
}

const generated = {
  eventId: 'generated-1',
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
  provider: 'dify',
  model: 'm',
  usage: {
    promptTokens: 1,
    completionTokens: 1,
    reportedPriceAmount: null,
    reportedPriceCurrency: null,
    cachedPromptTokens: 0,
    cacheWriteTokens: 0,
  },
  traceparent: '',
  source: {
    productName: 'Orbis 蓝牙耳机',
    productDescription: '【规格参数】续航长达58小时，传输距离可达12米。',
    category: 'consumer_electronics',
    brand: 'Orbis',
    attributes: {},
    sourceHash: 'h',
  },
  content: {
    translatedDescription: 'Orbis wireless earbuds with a range of 12 metres.',
    seoTitle: 'Orbis Wireless Earbuds with 58-Hour Battery Life',
    metaDescription:
      'Orbis wireless earbuds: up to 58 hours of battery life and a stable 12-metre range for music and calls. Order yours today and enjoy the difference.',
    h1: 'Orbis Wireless Earbuds',
    marketingCopyA: 'Up to 58 hours of play on one charge. Buy now.',
    marketingCopyB: 'Your music, all day, wherever you go. Discover Orbis today.',
    marketingCopyC: 'Limited offer on Orbis earbuds this week. Shop now.',
    suggestedKeywords: ['wireless earbuds'],
  },
} as unknown as ContentGenerated;

function gate() {
  const checks = new InMemoryQualityChecks();
  const published: QualityVerdictIssued[] = [];
  const kafka = {
    publish: async (_topic: unknown, verdict: QualityVerdictIssued) => {
      published.push(verdict);
    },
  };
  const useCase = new CheckQualityUseCase(
    checks,
    kafka as unknown as KafkaRuntime,
    { configuration: { languages: {} } } as unknown as OperatorRulesStore,
    new ServiceMetrics('quality-gate-spec'),
  );
  return { useCase, checks, published };
}

describe('CheckQualityUseCase', () => {
  it('judges the content, keeps the judgement and publishes it as the verdict of this generated event', async () => {
    const { useCase, checks, published } = gate();
    await useCase.execute(generated);
    expect(published).toHaveLength(1);
    const [verdict] = published;
    // The description dropped the 58-hour figure the source gives.
    expect(verdict.issues.map((issue) => issue.rule)).toContain('number_dropped');
    expect(verdict).toMatchObject({
      eventId: derivedEventId('quality-verdict', 'generated-1'),
      generatedEventId: 'generated-1',
      verdict: 'regenerate',
      checkedAt: Date.parse('2026-12-01T10:00:00Z'),
    });
    expect(checks.stored.get('generated-1')).toMatchObject({ score: verdict.score, verdict: 'regenerate' });
  });

  it('publishes the first judgement again on a redelivery, whatever the rules say now', async () => {
    const { useCase, checks, published } = gate();
    await checks.keepFirst({
      generatedEventId: 'generated-1',
      verdictEventId: derivedEventId('quality-verdict', 'generated-1'),
      taskId: generated.taskId,
      jobId: generated.jobId,
      skuId: generated.skuId,
      language: 'en',
      attempt: 1,
      score: 97,
      verdict: 'pass',
      issues: [],
    });
    await useCase.execute(generated);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ score: 97, verdict: 'pass', issues: [] });
    expect(checks.stored.size).toBe(1);
  });
});
