import { assessContentQuality } from '../quality-gate';
import { contentFixture } from '../testing/content.fixture';

const rules = (report: ReturnType<typeof assessContentQuality>) => report.issues.map((issue) => issue.rule);

describe('seo_title_length and meta_description_length', () => {
  it('accepts titles of exactly 30 and 60 characters (inclusive limits)', () => {
    expect(rules(assessContentQuality(contentFixture('en', { seo_title: 'V'.repeat(30) })))).toEqual([]);
    expect(rules(assessContentQuality(contentFixture('en', { seo_title: 'V'.repeat(60) })))).toEqual([]);
  });

  it('flags a title one character outside the limits', () => {
    expect(rules(assessContentQuality(contentFixture('de', { seo_title: 'V'.repeat(61) })))).toContain(
      'seo_title_length',
    );
    expect(rules(assessContentQuality(contentFixture('fr', { seo_title: 'V'.repeat(29) })))).toContain(
      'seo_title_length',
    );
  });

  it('counts Japanese in display width: 15 full-width characters pass, 31 do not', () => {
    expect(
      rules(assessContentQuality(contentFixture('ja', { seo_title: 'Voltaro' + '音'.repeat(12) }))),
    ).not.toContain('seo_title_length');
    expect(rules(assessContentQuality(contentFixture('ja', { seo_title: '音'.repeat(31) })))).toContain(
      'seo_title_length',
    );
  });

  it('flags a Japanese meta description over 80 full-width characters', () => {
    const meta = 'ス'.repeat(81);
    expect(rules(assessContentQuality(contentFixture('ja', { meta_description: meta })))).toContain(
      'meta_description_length',
    );
  });

  it('reports an empty title as too short as well as empty', () => {
    expect(rules(assessContentQuality(contentFixture('es', { seo_title: ' ' })))).toEqual(
      expect.arrayContaining(['empty_field', 'seo_title_length']),
    );
  });
});
