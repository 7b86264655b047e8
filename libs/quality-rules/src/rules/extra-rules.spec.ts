import { assessContentQuality } from '../quality-gate';
import { sourceBrand } from './brand-name.rule';
import { contentFixture } from '../testing/content.fixture';

describe('extra rules (never critical)', () => {
  it('target_keyword_missing: reports keywords absent from title, meta and description', () => {
    const report = assessContentQuality({
      ...contentFixture('en'),
      targetKeywords: ['magnetic power bank', 'MagSafe'],
    });
    expect(report.issues).toEqual([
      expect.objectContaining({ rule: 'target_keyword_missing', severity: 'warning', span: 'MagSafe' }),
    ]);
  });

  it('placeholder_integrity: reports unresolved placeholders and unbalanced tags', () => {
    const report = assessContentQuality(contentFixture('fr', { h1: 'Batterie {{brand}} sans fil Voltaro' }));
    expect(report.issues).toEqual([
      // A shopper would see the template variable: it is also formatting left behind, and critical as such.
      expect.objectContaining({ rule: 'llm_artifact', severity: 'critical', field: 'h1' }),
      expect.objectContaining({ rule: 'placeholder_integrity', severity: 'warning', span: '{{brand}}' }),
    ]);
  });

  it('brand_name_missing: reports a brand missing from both title and description', () => {
    const fixture = contentFixture('de');
    const report = assessContentQuality({
      ...fixture,
      content: {
        ...fixture.content,
        seo_title: fixture.content.seo_title.replace('Voltaro ', ''),
        translated_description: fixture.content.translated_description.replace('Voltaro ', ''),
      },
    });
    expect(report.issues.map((issue) => [issue.rule, issue.severity])).toEqual([
      ['brand_name_missing', 'warning'],
    ]);
  });

  it.each([
    ['Voltaro 磁吸无线充电宝', 'Voltaro'],
    ['Lumo X5 智能手机', 'Lumo'],
    ['云朵 Pro Max 2新款快充充电器', undefined],
    ['安悦 X170电视柜 深空灰', undefined],
    ['K88 跳绳', undefined],
    ['Pro 降噪耳机', undefined],
  ])(
    'brand_name_missing: reads the brand of %s as %s (a model name after a Chinese brand is not one)',
    (name, brand) => {
      expect(sourceBrand(name)).toBe(brand);
    },
  );
});
