import { assessContentQuality } from '../quality-gate';
import { contentFixture } from '../testing/content.fixture';

const h1Issues = (h1: string, seoTitle?: string) =>
  assessContentQuality(
    contentFixture('de', { h1, ...(seoTitle ? { seo_title: seoTitle } : {}) }),
  ).issues.filter((issue) => issue.rule === 'h1_same_as_title');

describe('h1_same_as_title', () => {
  it('flags an h1 equal to the title up to case, punctuation and width', () => {
    expect(h1Issues('VOLTARO Magnet-Powerbank 5.000 mAh – 15 W kabellos!')).toHaveLength(1);
  });

  it('folds ß and SS together', () => {
    expect(
      h1Issues('GROSSE Heißluftfritteuse mit Sichtfenster', 'Große Heißluftfritteuse mit Sichtfenster'),
    ).toHaveLength(1);
  });

  it('accepts an h1 that only shares words with the title, or drops its suffix', () => {
    expect(h1Issues('Voltaro Magnet-Powerbank 5.000 mAh')).toHaveLength(0);
  });

  it('flags a missing h1', () => {
    expect(h1Issues('  ')).toHaveLength(1);
  });
});
