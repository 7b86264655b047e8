import { LanguageCode, LocalizedContent } from '../content-under-review';
import { assessContentQuality } from '../quality-gate';
import { contentFixture } from '../testing/content.fixture';

const numberIssues = (language: LanguageCode, overrides: Partial<LocalizedContent>, description?: string) =>
  assessContentQuality(
    contentFixture(language, overrides, description ? { product_description: description } : {}),
  ).issues.filter((issue) => issue.rule.startsWith('number_'));

describe('number_dropped and number_invented', () => {
  it.each(['en', 'ja', 'es', 'de', 'fr'] as const)(
    'accepts every source value in %s locale formats',
    (language) => {
      expect(numberIssues(language, {})).toEqual([]);
    },
  );

  it('reports a changed value as dropped and invented', () => {
    const issues = numberIssues('en', {
      translated_description:
        'The Voltaro magnetic power bank packs a 6,000 mAh cell and 15W wireless charging into a body only 1.2 cm thin and 110 g light, backed by a two-year warranty.',
    });
    expect(issues.map((issue) => [issue.rule, issue.span])).toEqual([
      ['number_dropped', '5000'],
      ['number_invented', '6,000'],
    ]);
  });

  it('reports a changed value as invented only when the original still appears elsewhere', () => {
    const issues = numberIssues('de', {
      meta_description:
        'Magnetische Powerbank mit 5.000 mAh und 15 W kabellosem Schnellladen. Nur 1,4 cm flach, rund 110 g leicht und mit zwei Jahren Garantie.',
    });
    expect(issues.map((issue) => [issue.rule, issue.field])).toEqual([
      ['number_invented', 'meta_description'],
    ]);
  });

  it('does not read German 5.000 or French 5 000 as 5 and 0', () => {
    expect(numberIssues('de', { seo_title: 'Voltaro Magnet-Powerbank 5.000 mAh | 15 W kabellos' })).toEqual(
      [],
    );
    expect(
      numberIssues('fr', { seo_title: 'Batterie externe magnétique Voltaro 5\u202f000 mAh, 15 W' }),
    ).toEqual([]);
  });

  it('accepts 两年 written as a number word (two-year, zwei Jahre, deux ans, dos años, 2年)', () => {
    for (const language of ['en', 'de', 'fr', 'es', 'ja'] as const) {
      expect(numberIssues(language, {}).filter((issue) => issue.span === '两')).toEqual([]);
    }
  });

  it('reports a dropped Chinese-numeral value as a warning, a dropped digit value as critical', () => {
    const issues = numberIssues('en', {
      translated_description:
        'The Voltaro magnetic power bank packs a 5,000 mAh cell and 15W charging, 1.2 cm thin.',
    });
    expect(issues.map((issue) => [issue.span, issue.severity])).toEqual([
      ['110', 'critical'],
      ['两', 'warning'],
    ]);
  });

  it('does not count unit conversions printed next to a source value as invented', () => {
    const issues = numberIssues(
      'en',
      {
        translated_description:
          'Adjustable from 80 to 200 °C (176–392 °F), only 1.2 cm (0.47 in) thin, 183 × 61 cm (72 × 24 in).',
        seo_title: 'Voltaro Magnetic Power Bank 1.2 cm | 80-200 °C',
        meta_description:
          'A mat of 183 × 61 cm, 1.2 cm thin, 80 to 200 °C. Long enough text for the meta description test here.',
      },
      '温度80-200℃，厚度1.2厘米，尺寸183×61厘米。',
    );
    expect(issues).toEqual([]);
  });

  it('still reports an invented number in parentheses that converts nothing', () => {
    const issues = numberIssues('en', { seo_title: 'Voltaro Magnetic Power Bank 5,000 mAh (pack of 3)' });
    expect(issues.map((issue) => issue.span)).toEqual(['3']);
  });

  it('does not check numbers in marketing copies', () => {
    expect(
      numberIssues('en', { marketing_copy_a: 'Over 99 reasons to love it. Order yours today.' }),
    ).toEqual([]);
  });

  it('treats an empty description as dropping every spec', () => {
    expect(numberIssues('fr', { translated_description: '' })).toEqual([
      expect.objectContaining({ rule: 'number_dropped', severity: 'critical' }),
    ]);
  });

  it('reads 5000万像素 and 50 MP as the same spec', () => {
    const source = '主摄5000万像素，电池容量5000mAh。';
    expect(
      numberIssues(
        'es',
        {
          translated_description: 'Cámara de 50 MP y batería de 5000 mAh.',
          seo_title: '',
          meta_description: '',
        },
        source,
      ),
    ).toEqual([]);
    expect(
      numberIssues(
        'de',
        { translated_description: '50-MP-Kamera und 5.000-mAh-Akku.', seo_title: '', meta_description: '' },
        source,
      ),
    ).toEqual([]);
  });

  it('reports an invented count written as a word, as a warning', () => {
    const source = '每天最多定时六餐，容量4升。';
    const issues = numberIssues(
      'es',
      {
        translated_description: 'Hasta ocho comidas al día y 4 litros de capacidad.',
        seo_title: '',
        meta_description: '',
      },
      source,
    );
    expect(issues.map((issue) => [issue.rule, issue.severity, issue.span])).toEqual([
      ['number_dropped', 'warning', '六'],
      ['number_invented', 'warning', 'ocho'],
    ]);
  });

  it('does not read one, two or everyday number words as invented counts', () => {
    const source = '容量4升。';
    expect(
      numberIssues(
        'en',
        {
          translated_description: 'A 4-litre tank, one lid and two handles, good as new.',
          seo_title: '',
          meta_description: '',
        },
        source,
      ),
    ).toEqual([]);
    expect(
      numberIssues(
        'fr',
        {
          translated_description: 'Un réservoir de 4 litres, comme neuf.',
          seo_title: '',
          meta_description: '',
        },
        source,
      ),
    ).toEqual([]);
  });

  it('accepts water resistance printed in metres and atm, and metric-prefix conversions', () => {
    const source = '50米防水，重1.2公斤。';
    expect(
      numberIssues(
        'en',
        {
          translated_description: 'Water-resistant to 50 m (5 ATM), it weighs 1.2 kg (1,200 g).',
          seo_title: '',
          meta_description: '',
        },
        source,
      ),
    ).toEqual([]);
  });

  it('reads 五点式 as a count and accepts a duration printed in another unit next to its source value', () => {
    const source = '适合0至36个月宝宝，五点式安全带。';
    expect(
      numberIssues(
        'en',
        {
          translated_description: 'For babies from 0 to 36 months (3 years), with a five-point harness.',
          seo_title: '',
          meta_description: '',
        },
        source,
      ),
    ).toEqual([]);
  });

  it('reads 三模 and 八核 as counts a translation may write as words', () => {
    const source = '三模连接，八核处理器。';
    expect(
      numberIssues(
        'en',
        {
          translated_description: 'Three connection modes and an eight-core processor.',
          seo_title: '',
          meta_description: '',
        },
        source,
      ),
    ).toEqual([]);
  });

  it.each([
    ['配备六叶刀头，每分钟两万转。', 'Sechsflügeliges Messer mit 20.000 Umdrehungen pro Minute.'],
    ['采用五点式安全带。', 'Mit Fünfpunkt-Gurt.'],
    ['书架共四层。', 'Das Regal ist vierstöckig.'],
  ])('reads blades, revolutions, belt points and storeys (%s) in German compounds', (source, description) => {
    expect(
      numberIssues(
        'de',
        { translated_description: description, seo_title: '', meta_description: '' },
        source,
      ),
    ).toEqual([]);
  });

  it('reads German compounds that count seats (Fünfsitzer) as the number', () => {
    const source = '适用于5座车型。';
    expect(
      numberIssues(
        'de',
        { translated_description: 'Passt für Fünfsitzer.', seo_title: '', meta_description: '' },
        source,
      ),
    ).toEqual([]);
  });
});
