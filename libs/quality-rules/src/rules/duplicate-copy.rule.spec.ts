import { assessContentQuality } from '../quality-gate';
import { contentFixture } from '../testing/content.fixture';
import { copySimilarity } from './duplicate-copy.rule';

describe('duplicate_copy', () => {
  it('flags a copy that is another one with its sentences reordered', () => {
    const { marketing_copy_b } = contentFixture('en').content;
    const reordered = marketing_copy_b.split('. ').reverse().join('. ');
    const report = assessContentQuality(contentFixture('en', { marketing_copy_c: reordered }));
    expect(report.issues).toEqual([
      expect.objectContaining({ rule: 'duplicate_copy', field: 'marketing_copy_c', severity: 'warning' }),
    ]);
  });

  it('uses character bigrams for Japanese', () => {
    const { marketing_copy_a } = contentFixture('ja').content;
    expect(copySimilarity(marketing_copy_a, `新登場。${marketing_copy_a}`, true).jaccard).toBeGreaterThan(
      0.8,
    );
  });

  it('keeps distinct copies well below the threshold', () => {
    const { marketing_copy_a, marketing_copy_b } = contentFixture('de').content;
    expect(copySimilarity(marketing_copy_a, marketing_copy_b, false).jaccard).toBeLessThan(0.5);
  });
});
