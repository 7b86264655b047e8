import { LanguageCode, LocalizedContent } from '../content-under-review';
import { artifactIn } from '../testing/artifact-check';

// Chatter that blends into the copy (the misses of round 52's kind): the writer doubting its reading of the source,
// a status word standing alone, a clause in English in brackets inside another language's field, a colleague asked
// to check the text. Each class in wordings of its own, beside copy that uses the same words for the shopper.
describe('llm_artifact, hedges, status marks, English remarks and requests to check', () => {
  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'en',
      'translated_description',
      'The kettle holds a full litre. If I understood the supplier sheet right, the lid is steel. It boils fast.',
    ],
    ['en', 'marketing_copy_b', 'As far as I can tell, the handle stays cool. Make tea time yours today.'],
    [
      'de',
      'translated_description',
      'Der Kessel fasst einen Liter. Wenn ich mich nicht irre, ist der Deckel aus Stahl. Er kocht schnell.',
    ],
    [
      'fr',
      'marketing_copy_a',
      "Si je lis bien, la poignée reste froide. Commandez votre bouilloire dès aujourd'hui.",
    ],
    [
      'es',
      'translated_description',
      'El hervidor tiene un litro de capacidad. Si no me equivoco, la tapa es de acero. Hierve en un momento.',
    ],
    [
      'ja',
      'translated_description',
      '容量はたっぷりです。理解が正しければ、ふたはステンレス製です。すぐに沸きます。',
    ],
    ['en', 'marketing_copy_c', 'Free delivery this week on every kettle. Shop now.\n(pending review)'],
    ['de', 'marketing_copy_c', 'Diese Woche versandkostenfrei. Jetzt bestellen. Zur Freigabe.'],
    ['fr', 'marketing_copy_c', 'Livraison offerte cette semaine. Commandez vite ! [brouillon – v3]'],
    ['es', 'marketing_copy_c', 'Envío gratis esta semana. Pídelo ya. Por revisar.'],
    ['ja', 'marketing_copy_c', '今週は送料無料。今すぐチェック。（暫定版）'],
    [
      'de',
      'marketing_copy_b',
      'Morgens duftet der Tee (wasn\u2019t sure about this phrase at all). Jetzt entdecken.',
    ],
    [
      'fr',
      'translated_description',
      'La bouilloire contient un litre (kept the metric unit as in the source). Elle chauffe vite.',
    ],
    [
      'es',
      'marketing_copy_b',
      'Tu té de la mañana, listo en nada (is this too informal for the brand?). Descúbrelo.',
    ],
    [
      'en',
      'marketing_copy_b',
      'Tea is ready before the toast. Jonas, could you proofread this one? Try it today.',
    ],
    ['de', 'marketing_copy_a', 'Schnell, leise, sicher. Kannst du das kurz gegenlesen? Jetzt bestellen.'],
  ])('%s %s flags %j', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(true);
  });

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    ['en', 'marketing_copy_b', 'Not sure which size suits you? Our chart makes it easy. Order today.'],
    [
      'en',
      'translated_description',
      'The draft excluder seals the gap under the door and keeps the cold out.',
    ],
    ['en', 'marketing_copy_a', 'Can you hear the difference? Quiet boiling, every morning. Order now.'],
    ['de', 'marketing_copy_b', 'Gemacht für draußen (made for the outdoors). Jetzt entdecken.'],
    ['fr', 'translated_description', 'Le carnet accueille vos brouillons et vos idées, page après page.'],
    ['es', 'marketing_copy_a', 'Compatible con Alexa (works with Alexa). Cómpralo hoy.'],
    ['ja', 'translated_description', '仮止めに便利なクリップです。下書き用の鉛筆も付いています。'],
    ['de', 'translated_description', 'Prüfen Sie vor dem ersten Gebrauch, ob der Deckel fest sitzt.'],
  ])('%s %s leaves %j alone', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(false);
  });
});

// Found by round 55's clean copy (a translated novel, a device's firmware version), pinned in wordings of its own.
describe('llm_artifact, a product that is a translation and a version number in a sentence', () => {
  const novel = {
    product_name: '《山城》英文版 平装',
    product_description: '《山城》英文版，由译者Tom Reed从中文译出，共288页。',
  };

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'en',
      'translated_description',
      'The English edition of the novel, translated from the Chinese by Tom Reed, runs to 288 pages.',
    ],
    ['en', 'seo_title', 'Mountain Town – English Paperback Edition'],
    [
      'fr',
      'meta_description',
      'Le roman Mountain Town en anglais, traduit du chinois par Tom Reed : 288 pages.',
    ],
  ])('%s %s of a translated book leaves %j alone', (language, field, text) => {
    expect(artifactIn(language, { [field]: text }, novel)).toBe(false);
  });

  it('does not end a sentence at the dot of a version number', () => {
    expect(
      artifactIn('en', {
        translated_description:
          'The speaker pairs in seconds. Its firmware has been updated to version 4.1, which adds a bass boost mode. It charges over USB-C.',
      }),
    ).toBe(false);
  });
});

// Classes of round 56's misses (chatter written to blend in), pinned in wordings of their own.
describe('llm_artifact, questions about the wording and notes that blend in', () => {
  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'en',
      'translated_description',
      'The tent sleeps four, if I am reading the packing list right. It pitches in minutes.',
    ],
    ['en', 'h1', 'Camp in Comfort \u2013 status: draft'],
    ['de', 'h1', 'Zelt für vier \u2013 Stand: Rohentwurf'],
    ['de', 'marketing_copy_c', 'Nur diese Woche: XXX Rabatt auf alle Zelte. Jetzt zugreifen.'],
    ['ja', 'h1', '＿＿＿で快適キャンプ'],
    [
      'ja',
      'translated_description',
      '設営は数分で完了します。（不要であれば、この一文は削除してください。）',
    ],
    [
      'ja',
      'marketing_copy_a',
      '家族で広々使えます。「最軽量」という表現は、このままで問題ないでしょうか？今すぐチェック。',
    ],
    [
      'en',
      'marketing_copy_b',
      'Nights under canvas, done right. Tom, can you check if "weatherproof" is fine for legal? Shop today.',
    ],
    [
      'de',
      'translated_description',
      'Das Zelt bietet Platz für vier. Soll „Vorzelt“ so stehen bleiben? Der Aufbau dauert Minuten.',
    ],
    [
      'fr',
      'translated_description',
      'La tente accueille quatre personnes. Faut-il mentionner le poids exact ? Elle se monte en quelques minutes.',
    ],
    [
      'fr',
      'marketing_copy_b',
      'Des nuits douces sous la toile. J’ai traduit « canvas » par « toile », plus parlant. Découvrez-la.',
    ],
    [
      'de',
      'marketing_copy_a',
      'Leicht, robust, schnell aufgebaut. „Kuppelzelt“ hier, oder lieber „Iglu“? Jetzt bestellen.',
    ],
    [
      'fr',
      'marketing_copy_a',
      'Légère et robuste, commandez-la. Une version plus longue se trouve plus bas.',
    ],
  ])('%s %s flags %j', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(true);
  });

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    ['en', 'translated_description', 'The mat can be trimmed: feel free to cut it to the size of your boot.'],
    ['en', 'marketing_copy_a', 'Available in sizes M to XXL. Order yours today.'],
    ['ja', 'translated_description', 'マットはお好みの長さにカットしてください。ハサミで簡単に切れます。'],
    ['de', 'translated_description', 'Das Fach ist oben offen, darunter liegt ein Netz für Kleinteile.'],
    [
      'fr',
      'translated_description',
      'Le tiroir du dessous accueille les sardines ; la poche en dessous, les cordes.',
    ],
    ['en', 'translated_description', 'It is 30 % lighter than the original model and packs smaller.'],
  ])('%s %s leaves %j alone', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(false);
  });
});

describe('llm_artifact, language products and limits offered to the shopper', () => {
  const flashCards = {
    product_name: '英语单词卡 200张',
    product_description: '英语单词卡共200张，正面图片，背面单词和音标。',
  };

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'en',
      'translated_description',
      'Two hundred cards in a box. The back of each card gives the English word and its phonetic transcription.',
    ],
    ['ja', 'meta_description', '英語の原文と中国語訳を並べて学べる単語カード200枚セット。'],
  ])('%s %s of a language product leaves %j alone', (language, field, text) => {
    expect(artifactIn(language, { [field]: text }, flashCards)).toBe(false);
  });

  it('still reports a translator’s note on a language product', () => {
    expect(
      artifactIn(
        'de',
        {
          translated_description:
            'Zweihundert Karten in einer Box.\n\nAnmerkung zur Übersetzung: Die Wortliste blieb wie im Original.',
        },
        flashCards,
      ),
    ).toBe(true);
  });

  it('leaves a limit offered to the shopper alone', () => {
    expect(
      artifactIn('fr', {
        translated_description:
          'Le pendentif se grave au recto : jusqu’à 12 lettres ou chiffres, et le verso accueille une date. Il brille longtemps.',
      }),
    ).toBe(false);
  });
});

// Found by clean-voice-3.jsonl (clean copy written to sit close to chatter), pinned in wordings of their own.
describe('llm_artifact, a book record and a limit after its count', () => {
  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'en',
      'translated_description',
      'Title: Winter Orchard. Author: Sam Reyes. Paperback, 320 pages, second printing.',
    ],
    [
      'de',
      'translated_description',
      'Titel: Der Winterobstgarten. Autor: Sam Reyes. Taschenbuch mit 320 Seiten.',
    ],
    ['fr', 'meta_description', 'Tasse gravée à votre prénom (20 caractères max.), passe au lave-vaisselle.'],
  ])('%s %s leaves %j alone', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(false);
  });

  it('reads a source credited to its translator (… 译) as a language product', () => {
    const novel = {
      product_name: '《冬园》 Sam Reyes 著，李青 译',
      product_description: '长篇小说，平装，共320页。',
    };
    expect(
      artifactIn(
        'fr',
        { meta_description: 'Le Verger d’hiver, traduit du chinois par Li Qing : roman, 320 pages.' },
        novel,
      ),
    ).toBe(false);
  });
});

// Round 64's misses: an English remark discussing a word of the field's own language, pinned in wordings of their own.
describe('llm_artifact, an English remark quoting the wording it discusses', () => {
  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'fr',
      'marketing_copy_b',
      'Un réveil tout en douceur. (used “tu” here to sound friendlier – swap for “vous” if needed) Découvrez-le.',
    ],
    [
      'de',
      'marketing_copy_c',
      'Nur im Mai: 10 % auf alle Lampen. (Picked “Maiaktion” – rename it if the sale moves.) Jetzt sichern.',
    ],
    [
      'es',
      'marketing_copy_a',
      'Luz suave toda la noche. (Not sure “lamparita” fits every market, maybe “luz nocturna”?) Cómprala hoy.',
    ],
  ])('%s %s flags %j', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(true);
  });
});

// A disclaimer between two sentences of copy (lost to round 58 when the model's margin grew), in wordings of its own.
describe('llm_artifact, the writer speaking as an AI inside the copy', () => {
  it.each<[LanguageCode, string]>([
    [
      'en',
      'Soft cotton, deep pockets. As an AI language model, I cannot confirm delivery dates. Order today.',
    ],
    [
      'es',
      'Algodón suave y bolsillos amplios. Como modelo de lenguaje, no puedo confirmar plazos. Pídelo hoy.',
    ],
    [
      'de',
      'Weiche Baumwolle, tiefe Taschen. Als KI-Sprachmodell kann ich keine Lieferzeiten nennen. Jetzt bestellen.',
    ],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_a: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['en', 'The speaker has a built-in AI assistant that answers your questions. Order yours today.'],
    ['es', 'El altavoz incluye un asistente. Como IA integrada, responde en segundos. Pídelo hoy.'],
  ])('%s leaves a gadget’s own AI alone: %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_a: text })).toBe(false);
  });
});

describe('llm_artifact, a phrasebook is a language product', () => {
  it('leaves pinyin and the languages of a phrasebook alone', () => {
    const phrasebook = {
      product_name: '旅行会话书',
      product_description: '收录800句，每句配拼音和英文译文。',
    };
    expect(
      artifactIn(
        'es',
        { marketing_copy_a: 'Frases, pinyin y audio en un librito de bolsillo. Cómpralo hoy.' },
        phrasebook,
      ),
    ).toBe(false);
  });
});

// Classes of rounds 67-68's misses, pinned in wordings of their own.
describe('llm_artifact, alternatives, notes to colleagues and slots that blend in', () => {
  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'en',
      'translated_description',
      'The scale reads to 10 g. I took the brief’s “compact” to mean pocket-sized, as most buyers expect.',
    ],
    ['ja', 'h1', '【修正中】軽量ラゲッジスケール'],
    [
      'en',
      'marketing_copy_a',
      'Paint anywhere, anytime. Order now. Alternative wording if space is tight: “Your studio in a tin.”',
    ],
    [
      'fr',
      'marketing_copy_b',
      'Des couleurs qui voyagent. Commandez-les. Autre formulation : « Le paysage dans la poche. »',
    ],
    [
      'de',
      'translated_description',
      'Der Akku hält lange. Die Pflegehinweise habe ich aufgeteilt, der Ausgangstext war sehr dicht.',
    ],
    [
      'de',
      'marketing_copy_b',
      'Für die Lieblingsjacke. Passt „Opa“ hier, oder lieber schlicht „der alte Mantel“? Jetzt entdecken.',
    ],
    ['de', 'marketing_copy_c', 'Nur bis <Aktionsende> versandkostenfrei. Jetzt bestellen.'],
    ['en', 'h1', 'See More, Carry Less (trimmed to fit the banner)'],
    ['de', 'marketing_copy_a', 'Mehr sehen, weniger tragen. @Jonas: bitte noch das Produktfoto ergänzen.'],
    [
      'fr',
      'marketing_copy_b',
      'Un livre à toucher. On écrit « non-voyant » ou plutôt « aveugle » dans toute la fiche ?',
    ],
    ['ja', 'marketing_copy_b', '毎日の相棒に。（「相棒」が硬すぎるようでしたら「お供」に変更します。）'],
  ])('%s %s flags %j', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(true);
  });

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'en',
      'translated_description',
      'The floor mats are cut to fit and have raised edges that trap snow and mud.',
    ],
    [
      'fr',
      'marketing_copy_a',
      'Deux finitions au choix : « Classique » ou « Prestige ». Commandez la vôtre.',
    ],
    ['en', 'marketing_copy_c', 'Made with love <3 for every little reader. Order today.'],
  ])('%s %s leaves %j alone', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(false);
  });
});
