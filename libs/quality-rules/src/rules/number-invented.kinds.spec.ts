import { LanguageCode } from '../content-under-review';
import { descriptionIssues, numberRules } from '../testing/number-check';

// What a stated number counts or measures, beyond its metric unit: inches, spans of time, a child's age, pairs, and
// a 1 that measures something. Wordings of my own, written for the classes, not copied from any round.
describe('inches are not centimetres', () => {
  it('reports centimetres where the source measures that value in inches only', () => {
    expect(
      descriptionIssues(
        'de',
        '可放两台27英寸显示器，台面深30厘米。',
        'Platz für zwei 27-Zoll-Monitore; 27 cm tief.',
      ),
    ).toEqual(['number_dropped 30', 'number_invented 27']);
  });

  it('accepts the inches themselves and centimetres the source gives', () => {
    expect(
      descriptionIssues(
        'en',
        '可放两台27英寸显示器，台面深30厘米。',
        'Holds two 27-inch monitors on a 30 cm deep top.',
      ),
    ).toEqual([]);
  });
});

describe("a child's age", () => {
  const source = '适合2至5岁儿童，共6块积木，重300克。';

  it.each([
    ['en', 'Six blocks for ages 2–6, 300 g in all.', 'number_invented 6'],
    ['en', 'Six blocks for children 2 to 6 years old, 300 g.', 'number_invented 6'],
    ['de', 'Sechs Bausteine für Kinder von 2 bis 6 Jahren, 300 g.', 'number_invented 6'],
    ['fr', 'Six blocs, dès 6 ans, 300 g.', 'number_invented 6'],
    ['ja', 'ブロック6個入り、対象年齢2〜6歳、300g。', 'number_invented 6'],
  ] as Array<[LanguageCode, string, string]>)(
    '%s: reports an age bound that is another source value (%s)',
    (language, text, issue) => {
      expect(descriptionIssues(language, source, text)).toContain(issue);
    },
  );

  it.each([
    ['en', 'Six blocks for ages 2–5, 300 g in all.'],
    ['de', 'Sechs Bausteine für Kinder von 2 bis 5 Jahren, 300 g.'],
    ['es', 'Seis bloques a partir de 2 años (hasta 5 años), 300 g.'],
    ['ja', 'ブロック6個入り、対象年齢2〜5歳、300g。'],
  ] as Array<[LanguageCode, string]>)("%s: accepts the source's own ages", (language, text) => {
    expect(descriptionIssues(language, source, text)).toEqual([]);
  });

  it('accepts an age in years that the source gives in months, and leaves ages alone when it states none', () => {
    expect(
      descriptionIssues('en', '满12个月即可使用，共6块。', 'Six pieces, for ages 1 and up (12 months).'),
    ).toEqual([]);
    expect(descriptionIssues('en', '共6块积木，重300克。', 'Six blocks for ages 6 and up, 300 g.')).toEqual(
      [],
    );
  });
});

describe('pairs and spans of time', () => {
  it('reports a number of pairs the source does not sell, in digits and counters', () => {
    const source = '一盒两双，三个月内免费换新。';
    expect(descriptionIssues('ja', source, '2足セット、3か月以内なら無料交換。')).toEqual([]);
    expect(descriptionIssues('ja', source, '3足セット、3か月以内なら無料交換。')).toEqual([
      'number_invented 3',
    ]);
    expect(descriptionIssues('en', source, '3 pairs in a box, free replacement within 3 months.')).toEqual([
      'number_invented 3',
    ]);
  });

  it('reports a span of time stated with a value the source measures otherwise', () => {
    expect(descriptionIssues('fr', '重3公斤，保修2年。', 'Il pèse 3 kg et il est garanti 3 ans.')).toEqual([
      'number_dropped 2',
      'number_invented 3',
    ]);
  });
});

describe('a 1 that measures something', () => {
  it.each([
    ['en', '精度±0.5 PSI，量程150 PSI。', 'Reads to 150 PSI within ±1 PSI.'],
    ['ja', '量程150 PSI，精度0.5 PSI。', '150 PSIまで測定でき、精度は0.5 PSI。保証期間は1年間です。'],
    ['de', '量程150 PSI，精度0.5 PSI。', 'Misst bis 150 PSI auf 0,5 PSI genau, 1 Jahr Garantie.'],
    ['en', '支持7天无理由退换，功率5瓦。', 'A 5 W lamp: 7-day returns and a 1-year warranty.'],
  ] as Array<[LanguageCode, string, string]>)('%s: reports %s', (language, source, text) => {
    expect(descriptionIssues(language, source, text)).toContain('number_invented 1');
  });

  it.each([
    ['ja', '每天最多喂食4次。', '1日最大4回まで給餌できます。'],
    ['en', '保修12个月。', 'Covered by a 1-year (12-month) warranty.'],
    ['en', '保修一年，功率5瓦。', 'A 5 W lamp with a 1-year warranty.'],
    ['de', '两只装，功率5瓦。', 'Zwei Stück, 5 W, 1 Paar Ersatzfüße.'],
  ] as Array<[LanguageCode, string, string]>)('%s: accepts %s', (language, source, text) => {
    expect(
      numberRules(language, source, {
        translated_description: text,
        seo_title: 'Kiro',
        meta_description: '',
      }),
    ).toEqual([]);
  });
});

describe('degrees and written-out percentages', () => {
  it('reports degrees where the source value is a length', () => {
    expect(
      descriptionIssues(
        'de',
        '刀刃每边开刃12度，刃长18厘米。',
        'Jede Seite ist mit 18 Grad geschliffen, die Klinge 18 cm lang.',
      ),
    ).toEqual(['number_dropped 12', 'number_invented 18']);
  });

  it('reads 百分之 before digits as a percentage', () => {
    expect(
      descriptionIssues('fr', '百分之100硅胶，耐热120℃。', 'En silicone à 100 %, résiste à 100 °C.'),
    ).toEqual(['number_dropped 120', 'number_invented 100']);
    expect(
      descriptionIssues('fr', '百分之100硅胶，耐热120℃。', 'En silicone à 100 %, résiste à 120 °C.'),
    ).toEqual([]);
  });

  it('accepts degrees of an angle or of heat the source gives in 度', () => {
    expect(descriptionIssues('en', '可360度旋转，水温40度。', 'Turns 360 degrees; water at 40 °C.')).toEqual(
      [],
    );
  });
});

describe('a conversion converts the value printed before it', () => {
  const source = '承重20公斤，自重15公斤，高1.5米。';

  it('reports a conversion that matches another source value but not its own', () => {
    expect(
      descriptionIssues(
        'en',
        source,
        'It weighs 15 kg (44 lb), carries 20 kg (44 lb) and stands 1.5 m tall.',
      ),
    ).toEqual(['number_invented 44']);
  });

  it('accepts conversions of the value before them, of ranges and of metric prefixes', () => {
    expect(
      descriptionIssues(
        'en',
        source,
        'It weighs 15 kg (33 lb), carries 20 kg (44 lb) and stands 1.5 m (150 cm) tall.',
      ),
    ).toEqual([]);
    expect(descriptionIssues('en', '可在45至60℃使用。', 'Works from 45 to 60 °C (113–140 °F).')).toEqual([]);
  });
});

describe('a number after a code the source writes with its own number', () => {
  const source = '面料防晒指数UPF50+，防水等级IPX4，收纳直径60厘米。';

  it('reports a rating that is another source value', () => {
    expect(
      descriptionIssues('de', source, 'Stoff mit UPF 60+, wasserdicht nach IPX4, Packmaß 60 cm.'),
    ).toEqual(['number_dropped 50', 'number_invented 60']);
  });

  it("accepts the source's own ratings and codes the source does not number", () => {
    expect(
      descriptionIssues('de', source, 'Stoff mit UPF 50+, wasserdicht nach IPX4, Packmaß 60 cm.'),
    ).toEqual([]);
    expect(
      descriptionIssues('en', '防晒面料，收纳直径60厘米。', 'Sun-blocking fabric, packs to 60 cm across.'),
    ).toEqual([]);
  });
});

describe('years and months the source never gives as a span of time', () => {
  const source = '适合6个月到3岁的宝宝，领口有4档按扣，兜深4厘米。';

  it.each([
    ['en', 'For babies from 6 months to 4 years, with a 4 cm deep pocket and four snap settings.'],
    ['de', 'Für Babys von 6 Monaten bis 4 Jahre, mit 4 cm tiefer Tasche und vier Druckknopfstufen.'],
    ['ja', '生後6か月〜4年まで使えます。ポケットの深さは4cm、スナップは4段階。'],
  ] as Array<[LanguageCode, string]>)('%s: reports a span made of another source value', (language, text) => {
    expect(descriptionIssues(language, source, text)).toContain('number_invented 4');
  });

  it('accepts spans the source gives, in the other unit, from time words, and calendar years', () => {
    expect(
      descriptionIssues(
        'en',
        source,
        'For babies from 6 months to 3 years, with a 4 cm deep pocket and 4 snap settings.',
      ),
    ).toEqual([]);
    expect(descriptionIssues('en', '保修18个月。', 'Covered for 1.5 years (18 months).')).toEqual([]);
    expect(descriptionIssues('en', '保质期半年，重50克。', 'Keeps for 6 months; 50 g.')).toEqual([]);
    expect(descriptionIssues('de', '整机保修24个月。', 'Mit 2 Jahren Garantie auf das ganze Gerät.')).toEqual(
      [],
    );
    expect(descriptionIssues('ja', '2024款，重50克。', '2024年モデル、重さ50g。')).toEqual([]);
    expect(
      descriptionIssues('en', '百年老店，重50克。', 'From a house with 100 years of history; 50 g.'),
    ).toEqual([]);
  });
});

describe('faces and ordinals the source writes in words', () => {
  it('accepts 三面 as three faces and 第五档 as level 5', () => {
    expect(descriptionIssues('ja', '三面磨齿，刃长21厘米。', '3面研磨の刃、刃渡り21cm。')).toEqual([]);
    expect(descriptionIssues('ja', '三刀头剃须刀，续航60分钟。', '3枚刃シェーバー、60分使えます。')).toEqual(
      [],
    );
    expect(
      descriptionIssues(
        'de',
        '火锅开到第五档就够，功率2000瓦。',
        'Für den Feuertopf reicht Stufe 5; 2000 W.',
      ),
    ).toEqual([]);
  });
});

describe('words that look like numbers and are not', () => {
  it('reads 一折 after a verb as a single bend, not a discount that would allow 10 %', () => {
    expect(
      descriptionIssues(
        'en',
        '轻轻一折就亮，可持续发光6到8小时。',
        'Bend it once and it glows for 6 to 10 hours.',
      ),
    ).toEqual(['number_dropped 8', 'number_invented 10']);
    expect(descriptionIssues('en', '会员打一折，功率60W。', 'Members pay 10 % of the price; 60 W.')).toEqual(
      [],
    );
  });

  it('counts the uses of 一床三用 as a number a translation may write', () => {
    expect(
      descriptionIssues(
        'de',
        '折叠床承重150公斤，一床三用。',
        'Die Liege trägt 150 kg – eine Liege für drei Zwecke.',
      ),
    ).toEqual([]);
  });

  it('groups a French title’s thousands even where the title reads as English (four is an oven)', () => {
    expect(
      numberRules('fr', '整机功率1250瓦，9升烤箱。', {
        translated_description: 'Un four de 9 litres et une puissance de 1 250 W.',
        seo_title: 'Station Morni, four 9 L, 1 250 W',
        meta_description: '',
      }),
    ).toEqual([]);
  });

  it('reads no number words in a field written in another language than the listing’s', () => {
    expect(
      descriptionIssues(
        'es',
        '功率60W。',
        'Once switched on, the lamp reaches full brightness at 60 W and stays cool to the touch.',
      ),
    ).toEqual([]);
  });
});

describe('number words written as one number', () => {
  it.each<[LanguageCode, string]>([
    ['fr', 'Le calendrier indique les vingt-quatre termes solaires.'],
    ['de', 'Der Kalender nennt alle vierundzwanzig Sonnenperioden.'],
    ['en', 'The calendar marks all twenty-four solar terms.'],
  ])('%s: reads the source’s 24 and no 20 or 4 (%s)', (language, description) => {
    expect(descriptionIssues(language, '标注二十四节气。', description)).toEqual([]);
  });

  it('reads French tens of sixty and eighty with their teens', () => {
    expect(
      descriptionIssues(
        'fr',
        '共72页，重95克。',
        'Un carnet de soixante-douze pages qui pèse quatre-vingt-quinze grammes.',
      ),
    ).toEqual([]);
  });

  it('still reports an invented compound', () => {
    expect(
      descriptionIssues('es', '共32页。', 'Un cuaderno de treinta y cinco páginas para tus apuntes.'),
    ).toEqual(['number_dropped 32', 'number_invented treinta y cinco']);
  });

  it('counts 四边 as four edges a translation may name', () => {
    expect(
      descriptionIssues(
        'en',
        '四边手工卷边，尺寸90厘米。',
        'All four edges are hand-rolled; it measures 90 cm.',
      ),
    ).toEqual([]);
  });
});

describe('a span of time the source never gives', () => {
  it('reports years made of a lexicon value that counts no time (双 is two of something, not two years)', () => {
    expect(
      descriptionIssues(
        'en',
        '双层不锈钢杯身，容量500毫升。',
        'A 500 ml double-walled cup with a 2-year warranty.',
      ),
    ).toEqual(['number_invented 2']);
  });

  it('accepts the years and months of the lexicon’s time words (两年, 半年 as six months)', () => {
    expect(
      descriptionIssues(
        'en',
        '质保两年，半年内免费换新。',
        'Two-year warranty; free replacement within 6 months.',
      ),
    ).toEqual([]);
  });
});

describe('numbers that count against numbers that measure', () => {
  it('reports a measure made of a value the source gives only as a count (双层 is two layers, not 2 L)', () => {
    expect(descriptionIssues('en', '双层真空保温壶，容量1.9升。', 'A double-walled 2 L growler.')).toEqual([
      'number_dropped 1.9',
      'number_invented 2',
    ]);
    expect(descriptionIssues('en', '双层真空保温壶，容量2升。', 'A double-walled 2 L growler.')).toEqual([]);
  });

  it('reports a number word counting what the source gives only as a measure (15秒 is no fifteen colours)', () => {
    expect(
      descriptionIssues('fr', '共12色，干燥时间约15秒。', 'Quinze couleurs, sèches en 15 secondes environ.'),
    ).toEqual(['number_dropped 12', 'number_invented quinze']);
    expect(
      descriptionIssues('de', '三至五分钟安装好。', 'Der Aufbau gelingt in drei bis fünf Minuten.'),
    ).toEqual([]);
  });

  it('converts only the measured values before a conversion, not a count among them', () => {
    expect(
      descriptionIssues(
        'en',
        '共9个开孔锯，直径从19毫米到64毫米。',
        'A set of 9 hole saws from 19 to 64 mm (0.75 to 3.5 in) in diameter.',
      ),
    ).toEqual(['number_invented 3.5']);
    expect(
      descriptionIssues(
        'en',
        '共9个开孔锯，直径从19毫米到64毫米。',
        'A set of 9 hole saws from 19 to 64 mm (0.75 to 2.5 in) in diameter.',
      ),
    ).toEqual([]);
  });
});

describe('a bracket after a code states its own specs', () => {
  it('reads millimetres in brackets after a filter code as a spec, not a conversion', () => {
    expect(
      numberRules('de', '减光范围ND2到ND400，口径67毫米，另有77毫米和82毫米。', {
        translated_description: 'ND2 bis ND400, Durchmesser 67 mm, auch in 77 und 82 mm.',
        seo_title: 'Variabler ND-Filter ND2–ND400 (72 mm)',
        meta_description: '',
      }),
    ).toEqual(['number_invented 72']);
  });
});
