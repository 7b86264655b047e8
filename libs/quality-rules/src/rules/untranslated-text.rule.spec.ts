import { assessContentQuality } from '../quality-gate';
import { contentFixture } from '../testing/content.fixture';

describe('untranslated_text', () => {
  it('flags any Chinese character in an en/es/de/fr field, including a product name', () => {
    const report = assessContentQuality(contentFixture('es', { h1: 'Voltaro 磁吸无线充电宝' }));
    expect(report.issues).toEqual([
      expect.objectContaining({
        rule: 'untranslated_text',
        field: 'h1',
        severity: 'critical',
        span: '磁吸无线充电宝',
      }),
    ]);
  });

  it('accepts ordinary Japanese kanji', () => {
    expect(assessContentQuality(contentFixture('ja')).issues).toEqual([]);
  });

  it('flags a Chinese sentence left in Japanese content (simplified-only characters)', () => {
    const report = assessContentQuality(
      contentFixture('ja', {
        marketing_copy_b: 'ケーブル不要。机身达到IPX7级防水，可放心在淋浴时使用。今すぐチェック。',
      }),
    );
    expect(report.issues).toEqual([
      expect.objectContaining({ rule: 'untranslated_text', severity: 'critical' }),
    ]);
  });
});
