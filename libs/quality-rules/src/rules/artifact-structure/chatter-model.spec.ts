import { LanguageCode, LocalizedContent } from '../../content-under-review';
import { assessContentQuality } from '../../quality-gate';
import { contentFixture } from '../../testing/content.fixture';
import {
  type ChatterModel,
  chatterFeatures,
  chatterModel,
  chatterSegments,
  decodeChatterModel,
  encodeChatterModel,
  findChatterByModel,
  scoreSegment,
} from './chatter-model';

const BITS = 12;
const segmentOf = (text: string) => chatterSegments(text)[0];

/** A model that knows one feature: the word `draft` anywhere in a segment. */
function modelKnowingDraft(): ChatterModel {
  const weights = new Float32Array(1 << BITS);
  const draft = chatterFeatures({ ...segmentOf('draft'), place: 'inner sentence' }, 'h1', BITS);
  const plain = chatterFeatures({ ...segmentOf('plain'), place: 'inner sentence' }, 'h1', BITS);
  for (const slot of draft) if (!plain.includes(slot)) weights[slot] = 3;
  return { bits: BITS, bias: -1, thresholds: { en: 1, ja: 1, es: 1, de: 1, fr: 1 }, weights };
}

describe('chatter model', () => {
  it('hashes a segment into distinct slots within its bits, the same every time', () => {
    const segment = segmentOf('here is the revised copy, as requested.');
    const features = chatterFeatures(segment, 'marketing_copy_a', BITS);
    expect(features).toEqual(chatterFeatures(segment, 'marketing_copy_a', BITS));
    expect(new Set(features).size).toBe(features.length);
    expect(Math.max(...features)).toBeLessThan(1 << BITS);
    expect(features).not.toEqual(chatterFeatures(segment, 'seo_title', BITS));
  });

  it('reads Japanese as character pairs and counts digits as one digit', () => {
    // 修正版です and 修正案です share the pairs 修正 and です, not 正版 / 版で against 正案 / 案で.
    const revised = chatterFeatures(segmentOf('修正版です'), 'h1', 20);
    const proposal = chatterFeatures(segmentOf('修正案です'), 'h1', 20);
    const unrelated = chatterFeatures(segmentOf('販売中の商品'), 'h1', 20);
    const sharedWith = (other: number[]) => revised.filter((slot) => other.includes(slot)).length;
    expect(sharedWith(proposal)).toBeGreaterThan(sharedWith(unrelated));
    expect(sharedWith(proposal)).toBeLessThan(revised.length);
    expect(chatterFeatures(segmentOf('120 w'), 'h1', BITS)).toEqual(
      chatterFeatures(segmentOf('450 w'), 'h1', BITS),
    );
  });

  it('scores no segment without a letter, and a one-piece field as a whole', () => {
    expect(chatterSegments('  (1) ')).toEqual([]);
    expect(chatterSegments('kettle')).toMatchObject([{ text: 'kettle', start: 0 }]);
  });

  it('keeps its weights to within one step of int8 through encoding', () => {
    const model = modelKnowingDraft();
    model.weights[7] = -1.5;
    const decoded = decodeChatterModel(encodeChatterModel(model));
    const step = 3 / 127;
    expect(decoded.thresholds.fr).toBe(1);
    decoded.weights.forEach((w, i) =>
      expect(Math.abs(w - model.weights[i])).toBeLessThanOrEqual(step / 2 + 1e-6),
    );
  });

  it('reports the highest-scoring segment at or above the threshold, with where it sits', () => {
    const model = modelKnowingDraft();
    const text = 'the kettle boils fast. draft two, shorter. it keeps water hot.';
    const finding = findChatterByModel(model, text, 'h1', 'en');
    expect(finding?.segment.text).toContain('draft');
    expect(text.slice(finding!.segment.start, finding!.segment.end)).toContain('draft two');
    expect(
      findChatterByModel(model, 'the kettle boils fast. it keeps water hot.', 'h1', 'en'),
    ).toBeUndefined();
    const strictInGerman = { ...model, thresholds: { ...model.thresholds, de: 100 } };
    expect(findChatterByModel(strictInGerman, text, 'h1', 'de')).toBeUndefined();
    expect(findChatterByModel(strictInGerman, text, 'h1', 'en')).toBeDefined();
    expect(scoreSegment(model, [])).toBe(-1);
  });
});

// The shipped model, on wordings of chatter no evaluation set has, that the vocabulary detector alone misses.
const artifactIn = (language: LanguageCode, overrides: Partial<LocalizedContent>) =>
  assessContentQuality(contentFixture(language, overrides)).issues.filter(
    (issue) => issue.rule === 'llm_artifact',
  );

describe('llm_artifact, the shipped chatter model', () => {
  it('loads with a threshold per language chosen by cross-validation', () => {
    const model = chatterModel();
    expect(model.weights.length).toBe(1 << model.bits);
    for (const threshold of Object.values(model.thresholds)) expect(threshold).toBeGreaterThan(0);
  });

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'en',
      'marketing_copy_b',
      'Mornings start warmer. I went with a softer tone here than in the other two versions.',
    ],
    [
      'de',
      'marketing_copy_a',
      'Spart jeden Tag Zeit. Den Satz habe ich bewusst kurz gehalten, damit er mobil passt.',
    ],
    ['fr', 'marketing_copy_b', 'Un matin plus doux. J’ai volontairement adouci le ton par rapport au brief.'],
  ])('%s flags in %s: %j', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toHaveLength(1);
  });

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    ['en', 'marketing_copy_b', 'Mornings start warmer. Made for the ones who rise before the sun.'],
    [
      'de',
      'marketing_copy_a',
      'Spart jeden Tag Zeit: einfach einstecken, einschalten, fertig. Jetzt bestellen.',
    ],
    [
      'fr',
      'marketing_copy_b',
      'Un matin plus doux, une tasse chaude entre les mains, et le calme avant la journée.',
    ],
    [
      'es',
      'translated_description',
      'Registra el producto en la app y recibe avisos cuando el filtro necesite cambio.',
    ],
  ])('%s leaves product copy alone in %s: %j', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toEqual([]);
  });

  it('names what it read and where, beside the vocabulary detector', () => {
    const [issue] = artifactIn('de', {
      marketing_copy_b: 'Morgens schneller startklar. Habe hier bewusst auf Superlative verzichtet.',
    });
    expect(issue.span).toBe('Habe hier bewusst auf Superlative verzichtet.');
    expect(issue.message).toMatch(
      /^marketing_copy_b contains model output .*reads as the model talking \(score/,
    );
  });
});
