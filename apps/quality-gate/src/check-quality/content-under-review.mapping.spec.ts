import type { ContentGenerated } from '@content-pipeline/contracts';
import { assessContentQuality } from '@content-pipeline/quality-rules';
import { toContentUnderReview } from './content-under-review.mapping';

const generated = {
  language: 'en',
  attempt: 1,
  maxAttempts: 3,
  source: {
    productName: 'Orbis 蓝牙耳机',
    productDescription: '【规格参数】续航长达58小时，传输距离可达12米。',
    category: 'consumer_electronics',
    brand: 'Orbis',
    attributes: {},
    sourceHash: 'h',
  },
  content: {
    translatedDescription:
      'Orbis wireless earbuds with up to 58 hours of battery life and a range of 12 metres.',
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

describe('toContentUnderReview', () => {
  it('lets the rules see every field, so a dropped spec is caught', () => {
    const review = toContentUnderReview(generated);
    expect(review.content.translated_description).toContain('58 hours');
    const dropped = toContentUnderReview({
      ...generated,
      content: {
        ...generated.content,
        translatedDescription: 'Orbis wireless earbuds with a range of 12 metres.',
      },
    });
    const report = assessContentQuality(dropped, { attempt: 1, maxAttempts: 3 });
    expect(report.issues.map((issue) => issue.rule)).toContain('number_dropped');
    expect(report.verdict).toBe('regenerate');
  });
});
