import { assessContentQuality } from '../quality-gate';
import { contentFixture } from '../testing/content.fixture';

const wrongLanguage = (report: ReturnType<typeof assessContentQuality>) =>
  report.issues
    .filter((issue) => issue.rule === 'wrong_language')
    .map((issue) => [issue.field, issue.severity]);

describe('wrong_language', () => {
  it('reads number words and spans of time as evidence: a short French meta in an es case is French', () => {
    const french =
      'Matelas Nube 1,5 × 2 m : 1 200 ressorts ensachés en cinq zones, 3 cm de latex, 25 cm d’épaisseur, accueil mi-ferme et garantie de 7 ans.';
    const report = assessContentQuality(contentFixture('es', { meta_description: french }));
    expect(wrongLanguage(report).map(([field]) => field)).toEqual(['meta_description']);
  });

  it('reads letters glued to a number as an ordinal or unit, not a word (4e is not Spanish “e”)', () => {
    const report = assessContentQuality(
      contentFixture('fr', { seo_title: 'Liseuse Folia 7 pouces, 4e génération, 32 Go' }),
    );
    expect(wrongLanguage(report)).toEqual([]);
  });

  it('reads 3-in-1 as a product term, not English', () => {
    const report = assessContentQuality(
      contentFixture('de', { seo_title: 'Pastora P5 Nudelmaschine 3-in-1, 13 Formscheiben' }),
    );
    expect(wrongLanguage(report)).toEqual([]);
  });

  it('leaves a German h1 whose only function word is “in” or “an” alone (both languages have them)', () => {
    const report = assessContentQuality(
      contentFixture('de', {
        h1: 'Lumo Kopfkissen in Seidenoptik',
        seo_title: 'Lumo Lampe an Wandhalterung',
      }),
    );
    expect(wrongLanguage(report)).toEqual([]);
  });

  it('still reads an English h1 in a German case as English', () => {
    const report = assessContentQuality(
      contentFixture('de', { h1: 'The softest pillow in the house for you' }),
    );
    expect(wrongLanguage(report).map(([field]) => field)).toEqual(['h1']);
  });

  it('leaves a German h1 with “ans” (an das) alone', () => {
    const report = assessContentQuality(contentFixture('de', { h1: 'Cumbre Trail Mid – trocken ans Ziel' }));
    expect(wrongLanguage(report)).toEqual([]);
  });

  it('flags a German description in an en case, and nothing else about it', () => {
    const german = contentFixture('de').content.translated_description;
    const report = assessContentQuality(contentFixture('en', { translated_description: german }));
    expect(wrongLanguage(report)).toEqual([['translated_description', 'critical']]);
    // Its numbers are read with German conventions (5.000 = 5000), so none is dropped or invented.
    expect(report.issues.filter((issue) => issue.rule.startsWith('number_'))).toEqual([]);
  });

  it('judges a swapped copy’s call to action in its own language', () => {
    const spanish = contentFixture('es').content.marketing_copy_c;
    const report = assessContentQuality(contentFixture('fr', { marketing_copy_c: spanish }));
    expect(report.issues.map((issue) => issue.rule)).toEqual(['wrong_language']);
  });

  it('flags Japanese text in an en case and Latin-only text in a ja case', () => {
    const japanese = contentFixture('ja').content.marketing_copy_a;
    expect(wrongLanguage(assessContentQuality(contentFixture('en', { marketing_copy_a: japanese })))).toEqual(
      [['marketing_copy_a', 'critical']],
    );
    const english = contentFixture('en').content.meta_description;
    expect(wrongLanguage(assessContentQuality(contentFixture('ja', { meta_description: english })))).toEqual([
      ['meta_description', 'critical'],
    ]);
  });

  it('treats one line of English chatter in a German field as an artifact, not a language swap', () => {
    const german = contentFixture('de').content.translated_description;
    const report = assessContentQuality(
      contentFixture('de', { translated_description: `Here is the translation:\n\n${german}` }),
    );
    expect(report.issues.map((issue) => issue.rule)).toEqual(['llm_artifact']);
  });

  it('does not take the product’s own name (Asana Pro) for German evidence in an English title', () => {
    const report = assessContentQuality(
      contentFixture(
        'en',
        { seo_title: 'Asana Pro Non-Slip Yoga Mat, 6 mm, 183 × 61 cm', h1: 'Asana Pro Yoga Mat' },
        { product_name: 'Asana Pro 双面防滑瑜伽垫' },
      ),
    );
    expect(report.issues.filter((issue) => issue.rule === 'wrong_language')).toEqual([]);
  });

  it('does not read the letter of a compound (E-Scooter) as a Spanish word', () => {
    const report = assessContentQuality(
      contentFixture('de', { seo_title: 'Ruta faltbarer E-Scooter, 25 km/h, 30 km', h1: 'Ruta E-Scooter' }),
    );
    expect(report.issues.filter((issue) => issue.rule === 'wrong_language')).toEqual([]);
  });

  it('does not read a unit symbol after a number (2.000 A) as the English article', () => {
    const report = assessContentQuality(
      contentFixture('de', {
        seo_title: 'Kickr Starthilfe-Powerbank, 2.000 A, 12.000 mAh',
        h1: 'Kickr Starthilfe',
      }),
    );
    expect(report.issues.filter((issue) => issue.rule === 'wrong_language')).toEqual([]);
  });

  it('reads the Spanish preposition "a" as Spanish too (a short h1 is not English)', () => {
    const report = assessContentQuality(contentFixture('es', { h1: 'Kiro, café caliente a cualquier hora' }));
    expect(wrongLanguage(report)).toEqual([]);
  });
});

describe('wrong_language between Spanish and French', () => {
  it('reports a Spanish meta in a French listing although both share de, a and la', () => {
    const report = assessContentQuality(
      contentFixture('fr', {
        meta_description:
          'Atril plegable Kiro: altura regulable de 70 a 150 cm, unos 1,1 kg de peso, bandeja inclinable y funda incluida.',
      }),
    );
    expect(
      report.issues.some((issue) => issue.rule === 'wrong_language' && issue.field === 'meta_description'),
    ).toBe(true);
  });

  it('leaves a short French slogan alone', () => {
    const report = assessContentQuality(
      contentFixture('fr', { marketing_copy_c: 'La route se partage. Commandez-la !' }),
    );
    expect(report.issues.some((issue) => issue.rule === 'wrong_language')).toBe(false);
  });
});
