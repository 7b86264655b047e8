import type { ProductContent, SourceProduct } from '@content-pipeline/contracts';
import { checkEdit, fieldLengths } from './edit-check';

const SOURCE: SourceProduct = {
  productName: 'Orbis 蓝牙耳机',
  productDescription: '【规格参数】续航长达58小时，传输距离可达12米。',
  category: 'consumer_electronics',
  brand: 'Orbis',
  attributes: {},
  sourceHash: 'h',
};

const GOOD: ProductContent = {
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
};

describe('fieldLengths', () => {
  it('counts full-width characters as 2 in Japanese and code points elsewhere', () => {
    const content = { ...GOOD, seoTitle: 'ワイヤレスイヤホン 58時間' };
    expect(fieldLengths('ja', content).seoTitle).toBe(2 * 9 + 1 + 2 + 2 * 2);
    expect(fieldLengths('en', content).seoTitle).toBe(9 + 1 + 2 + 2);
  });
});

describe('checkEdit', () => {
  it('finds no critical issue in a faithful edit', () => {
    expect(checkEdit('en', SOURCE, GOOD).criticalIssues).toBe(0);
  });

  it('reports a dropped number and an over-long title as critical, at their fields', () => {
    const check = checkEdit('en', SOURCE, {
      ...GOOD,
      translatedDescription: 'Orbis wireless earbuds with a range of 12 metres.',
      seoTitle: `${GOOD.seoTitle} | Premium Sound for Every Day and Every Journey`,
    });
    expect(check.criticalIssues).toBeGreaterThanOrEqual(2);
    expect(check.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'number_dropped',
          field: 'translated_description',
          severity: 'critical',
        }),
        expect.objectContaining({ rule: 'seo_title_length', field: 'seo_title', severity: 'critical' }),
      ]),
    );
  });
});
