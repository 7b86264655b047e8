import { LanguageCode, LocalizedContent } from '../content-under-review';
import { assessContentQuality } from '../quality-gate';
import { contentFixture } from '../testing/content.fixture';

const artifactIn = (language: LanguageCode, overrides: Partial<LocalizedContent>): boolean =>
  assessContentQuality(contentFixture(language, overrides)).issues.some(
    (issue) => issue.rule === 'llm_artifact',
  );

const withPrefix = (language: LanguageCode, field: 'seo_title' | 'translated_description', prefix: string) =>
  artifactIn(language, { [field]: `${prefix}${contentFixture(language).content[field]}` });

describe('llm_artifact, rounds 11 and 12 classes', () => {
  it.each<[LanguageCode, string]>([
    ['en', '<answer>Discover power that sticks with you. Shop now.</answer>'],
    ['de', '<copy_b lang="de">Entdecken Sie die Kraft, die bleibt.</copy_b>'],
    ['es', 'Descubre la potencia que te acompaña. <!-- copy B, emotional -->'],
    ['fr', 'Découvrez une puissance qui dure. {{ shop_name }}'],
    ['en', 'Discover power that sticks with you. ${coupon}'],
    ['en', '`Discover power that sticks with you. Shop now.`'],
    ['en', 'Let me tighten this up a little.\nDiscover power that sticks with you.'],
    ['de', 'Lass mich das etwas knackiger formulieren.\nEntdecken Sie die Kraft, die bleibt.'],
    ['fr', 'Découvrez une puissance qui dure. (mots-clés ajoutés et intégrés pour le référencement SEO)'],
    ['ja', '「パワーが続く。今すぐチェック。」のような形でいかがでしょうか？'],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['fr', 'Trois systèmes de localisation pour retrouver votre chien. Commandez-le.'],
    ['fr', 'Votre animal est localisé en temps réel. Découvrez-le.'],
    ['es', 'Localización en tiempo real por GPS. ¡Cómpralo ya!'],
    ['en', 'Localized heat relief for tired shoulders. Shop now.'],
    ['en', 'Let your feet breathe on every trail. Shop now.'],
    ['de', 'Akku integriert, Kabel inklusive (USB-C). Jetzt kaufen.'],
    ['ja', 'ご自宅用にも、ギフトにもいかがでしょうか。今すぐチェック。'],
    ['en', 'The 3-pack <fits> most drawers. Shop now.'],
  ])('%s leaves %j alone', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });
});

describe('llm_artifact, rounds 13 and 14 classes', () => {
  it.each<[LanguageCode, string]>([
    ['en', 'Audience: first-time buyers on a budget.\n\nDiscover power that sticks with you.'],
    ['de', 'Zielgruppe: Pendler\n\nEntdecken Sie die Kraft, die bleibt.'],
    ['ja', 'パワーが続く。今すぐチェック。（トーン：親しみやすく）'],
    ['en', 'Discover power that sticks with you. EOF'],
    ['en', 'Discover power that sticks with you.\\nShop now.'],
    ['es', '\\"Descubre la potencia que te acompaña.\\"'],
    ['en', '| Field | Text |\n| --- | --- |\n| copy | Discover power. |'],
    ['fr', '1. Découvrez une puissance qui dure.\n2. Une énergie qui vous suit partout.'],
    ['de', 'Entdecken Sie die Kraft, die bleibt.\n@Jonas, bitte freigeben.'],
    ['en', 'Discover power that sticks with you. [draft]'],
    ['de', 'Entdecken Sie die Kraft, die bleibt – Entwurf vom 02.05.'],
    ['fr', '{% block copy %}Découvrez une puissance qui dure.{% endblock %}'],
    [
      'en',
      'Discover power that sticks with you.\n\nFigures as supplied; not been verified against the datasheet.',
    ],
    ['es', 'Descubre la potencia que te acompaña.\n\nPendiente de revisión por el equipo de marketing.'],
    ['fr', 'Titre retenu : Découvrez une puissance qui dure.'],
    ['ja', '「パワーが続く。」\n→ 若い世代に響くよう「続く」を入れました。'],
    ['de', '„Entdecken Sie die Kraft, die bleibt.“\n\nDie Sätze sind bewusst kurz gehalten.'],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['en', 'Style: Scandinavian oak. Discover it today.'],
    ['ja', '手になじむ形。\n→ 今すぐチェック'],
    ['en', 'Follow us @voltaro for new colours. Shop now.'],
    ['en', 'Built to last from start to end. Shop now.'],
    ['de', 'Statt 99 € jetzt nur 79 €. Jetzt bestellen.'],
    ['ja', '前回の充電から最大60日使えます。今すぐチェック。'],
    ['fr', 'Le modèle final de la gamme. Découvrez-le.'],
  ])('%s leaves %j alone', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });
});

describe('llm_artifact, rounds 15 and 16 classes', () => {
  it.each<[LanguageCode, string]>([
    ['en', 'Discover power that sticks with you. — ends with the required CTA, as briefed.'],
    [
      'en',
      'Discover power that sticks with you. Shop now.\n\n_Why this works:_ urgency plus a clear call to action.',
    ],
    ['de', 'Entdecken Sie die Kraft, die bleibt. (Näher an der vorherigen Fassung als die letzte.)'],
    ['es', 'Descubre la potencia que te acompaña. Puse «batería» porque es el término más buscado.'],
    ['fr', 'Découvrez une puissance qui dure. Revu suite à vos retours.'],
    ['ja', 'パワーが続く。今すぐチェック。（検索されやすい語を先頭にしました）'],
    ['en', 'Power that sticks with you / alternatively: Power for every day'],
    ['en', 'Discover power that sticks with you.\n// TODO align with the banner'],
    ['en', 'Headline Discover power that sticks with you.'],
    ['de', 'Entdecken Sie die Kraft, die bleibt. (gekürzt)'],
    ['es', 'Idioma: español de España\n\nDescubre la potencia que te acompaña.'],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['en', '"I finally sleep through the night." – Sam, verified buyer. Discover Nido.'],
    ['fr', '« Mon chien ne fugue plus. » – Julie, cliente vérifiée. Découvrez PawTrail.'],
    ['es', 'Envío gratis este fin de semana → Pide la tuya ya.'],
    ['en', 'Haptic feedback you can feel in every game. Shop now.'],
    ['de', 'Alternativ auch in Schwarz erhältlich. Jetzt bestellen.'],
    ['en', 'Updated design with a longer cable. Shop now.'],
  ])('%s leaves %j alone', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });
});

describe('llm_artifact, rounds 17 and 18 classes', () => {
  it.each<[LanguageCode, string]>([
    ['en', 'Power that sticks with you — keyword-first, inside the limit'],
    ['en', 'Order today and save 10 %. Enter [promo code] at checkout.'],
    ['en', 'Same idea as the headline above, only warmer:\nPower that sticks with you. Shop now.'],
    ['de', 'Entdecken Sie die Kraft, die bleibt. (Technische Daten siehe Beschreibung oben.)'],
    ['fr', 'Découvrez une puissance qui dure. — à raccourcir si la plateforme coupe le texte.'],
    ['fr', '- Une puissance qui dure.\n- Une charge rapide.\nDécouvrez-la.'],
    ['en', 'Plan: metric first, imperial in brackets.\n\nPower that sticks with you.'],
    ['es', 'Descubre la potencia que te acompaña. (Para LATAM, mejor «ordena».)'],
    ['es', 'Potencia que te acompaña (puse otro H1 para no repetir el título)'],
    ['fr', 'Découvrez une puissance qui dure.\n\n— Votre assistant de rédaction'],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['en', 'The platform rotates a full 360°. Shop now.'],
    ['en', 'As shown above, the lid locks in place. Shop now.'],
    ['de', 'Lieferumfang:\n- 1 × Powerbank\n- 1 × USB-C-Kabel\nJetzt bestellen.'],
    ['es', 'No use agua caliente para limpiarla. ¡Cómprala ya!'],
  ])('%s leaves %j alone', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });
});

describe('llm_artifact, rounds 19 and 20 classes', () => {
  it.each<[LanguageCode, string]>([
    ['en', 'Discover power that sticks with you. Shop now.\nh1: Voltaro Magnetic Power Bank'],
    ['de', 'Entdecken Sie die Kraft, die bleibt.\n\nMeta-Beschreibung: Powerbank mit 5.000 mAh'],
    ['de', '\u200bEntdecken Sie die Kraft, die bleibt.'],
    ['en', '\ufeffDiscover power that sticks with you.'],
    ['ja', 'パワーが続く。今すぐチェック。{{#llm.text#}}'],
    ['en', 'AIMessage(content="Discover power that sticks with you.")'],
    ['es', 'Descubre la potencia que te acompaña. ¡Cómprala ya!"}\n]'],
    ['en', 'Power that sticks with you. Power that sticks with you. (duplicate) Shop now.'],
    ['en', 'Discover power that sticks with you.\n\nNote for the web team: show this under the price.'],
    ['es', 'Descubre la potencia que te acompaña.\n\nTexto generado con IA, revísalo antes de publicarlo.'],
    ['es', 'Descubre la potencia que te acompaña. (tono cercano, sin tecnicismos)'],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
  });

  it('leaves an emoji joined by zero-width joiners alone', () => {
    expect(
      artifactIn('en', {
        marketing_copy_b: 'Room for the whole \u{1F468}\u200d\u{1F469}\u200d\u{1F467}. Shop now.',
      }),
    ).toBe(false);
  });

  it('reads translation talk as product copy when the product itself translates', () => {
    const translatorPen = {
      product_name: 'LingoScan P5 扫描翻译笔',
      product_description: '支持112种语言在线翻译。',
    };
    const copy = {
      translated_description:
        'The LingoScan P5 translation pen translates 112 languages online. Scan a line and hear it in English.',
      meta_description:
        'LingoScan P5 scanning translation pen: online translation in 112 languages, offline translation in 15, a 3.7-inch touchscreen and up to 8 hours per charge.',
    };
    const report = assessContentQuality(contentFixture('en', copy, translatorPen));
    expect(report.issues.filter((issue) => issue.rule === 'llm_artifact')).toEqual([]);
    // The same words in a power bank's copy are talk about the task.
    expect(
      artifactIn('en', {
        translated_description: `Translated from the Chinese listing.\n\n${copy.translated_description}`,
      }),
    ).toBe(true);
  });
});

describe('llm_artifact, rounds 21 and 22 classes', () => {
  it.each<[LanguageCode, string]>([
    ['fr', '> Découvrez une puissance qui dure.'],
    ['es', 'Potencia que te acompaña ← título sugerido'],
    ['en', 'Tip: you may want to shorten this for the app. Discover power that sticks with you.'],
    ['en', 'Discover power that sticks with you. Shop now. (CTA included, per the brief)'],
    ['de', 'Powerbank 5.000 mAh, magnetisch (Entwurf, bitte prüfen)'],
    ['de', 'Entdecken Sie die Kraft, die bleibt.\n\nPasst die Tonalität so, oder lieber etwas lockerer?'],
    ['ja', 'パワーが続く。今すぐチェック。\n\n※ヤード・ポンド法への換算は省略しています。'],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['de', 'Bitte prüfen Sie die Maße vor der Bestellung. Jetzt bestellen.'],
    ['en', 'Tip: measure your dog’s chest before you order. Shop now.'],
    ['es', 'Neceser de regalo con tu pedido 💄 ¡Llévate tu tono hoy!'],
  ])('%s leaves %j alone', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });
});

describe('llm_artifact, rounds 23 and 24 classes', () => {
  it.each<[LanguageCode, string]>([
    ['en', 'Power for the whole day. Kept it warm and short, as requested. Shop now.'],
    ['en', 'Discover power that sticks with you. Shop now.\n— drafted with Claude 3 Haiku'],
    ['es', 'Potencia que te acompaña · borrador (Llama 3.1)'],
    ['en', '• Voltaro magnetic power bank'],
    ['ja', '「Voltaro マグネット式モバイルバッテリー'],
    ['fr', 'Une puissance qui dure. Commandez-la. »'],
    ['fr', '&laquo;&nbsp;Une puissance qui dure.&nbsp;&raquo; Commandez-la.'],
    ['de', '[Voltaro Powerbank, 5.000 mAh, magnetisch]'],
    ['en', 'Discover power that sticks with you. (Trimmed to fit Google’s snippet length.)'],
    [
      'de',
      'Entdecken Sie die Kraft, die bleibt.\n\nDurchgehend gesiezt, das passt besser zu Ihrer Zielgruppe.',
    ],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['en', 'The heat generated by the motor is vented at the back. Shop now.'],
    ['de', 'Die Rolle hat eine Übersetzung von 5,2:1. Jetzt bestellen.'],
    ['fr', 'La tempête Mistral ne lui fait pas peur. Commandez-la.'],
    ['en', '"Best purchase this year." – Claude, verified buyer. Shop now.'],
  ])('%s leaves %j alone', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });
});

describe('llm_artifact', () => {
  it.each([
    'Here is the translation:\n\nDiscover power that sticks with you.',
    'Sure! Here’s the localized copy: Discover power that sticks.',
    'As an AI language model, I cannot verify specs. Discover it.',
    'Translation: Discover power that sticks with you.',
    '```json\n{"marketing_copy_b": "Discover it."}\n```',
    '<p>Discover power that sticks with you.</p>',
    '**Copy B:** Discover power that sticks with you.',
    'Discover power that sticks with you.\n\nI hope this helps!',
  ])('flags %j', (text) => {
    expect(artifactIn('en', { marketing_copy_b: text })).toBe(true);
  });

  it.each([
    ['en', 'Title: '],
    ['en', 'SEO title - '],
    ['en', 'SEO Title：'],
    ['de', 'SEO-Titel: '],
    ['de', 'Titel – '],
    ['fr', 'Titre : '],
    ['fr', 'Titre SEO： '],
    ['es', 'Título: '],
    ['es', 'Título SEO - '],
    ['ja', 'タイトル：'],
    ['ja', '【タイトル】：'],
    ['ja', 'SEOタイトル:'],
  ] as Array<[LanguageCode, string]>)(
    'flags a field label left before the title (%s %j)',
    (language, label) => {
      expect(withPrefix(language, 'seo_title', label)).toBe(true);
    },
  );

  it.each([
    ['en', 'Here is the translated product description:\n'],
    ['en', 'Below you will find the localized text -\n'],
    ['en', 'Of course! I have adapted the description below.\n'],
    ['en', 'Here comes the rewritten copy —\n'],
    ['en', 'Output: '],
    ['de', 'Hier ist die übersetzte Produktbeschreibung:\n'],
    ['de', 'Gerne, nachfolgend die deutsche Fassung:\n'],
    ['fr', 'Voici la description traduite en français :\n'],
    ['fr', 'Bien sûr ! Voici le texte adapté :\n'],
    ['es', 'Aquí tienes la descripción traducida al español:\n'],
    ['es', '¡Claro! A continuación, el texto traducido:\n'],
    ['ja', '以下が商品説明の日本語訳です：\n'],
    ['ja', 'かしこまりました。以下に翻訳を記載します。\n'],
    ['ja', 'こちらが翻訳した説明文です。\n'],
  ] as Array<[LanguageCode, string]>)(
    'flags a lead-in before the description (%s %j)',
    (language, leadIn) => {
      expect(withPrefix(language, 'translated_description', leadIn)).toBe(true);
    },
  );

  it.each([
    ['es', 'Cómprala hoy. Espero que esto te sirva.'],
    ['es', 'Cómprala hoy. Espero que le ayude.'],
    ['fr', 'Commandez-la. J’espère que cela vous aide !'],
    ['de', 'Jetzt bestellen. Ich hoffe, das hilft.'],
    ['ja', '今すぐチェック。お役に立てれば幸いです。'],
  ] as Array<[LanguageCode, string]>)(
    'flags a sign-off addressed to the requester (%s %j)',
    (language, text) => {
      expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
    },
  );

  it.each([
    ['en', 'There is a shade for everyone. Discover yours today.'],
    ['en', 'Questions? Our customer support team is happy to help. Order yours today.'],
    ['en', 'Here is what makes it special: a magnet that holds. Order yours today.'],
    ['en', 'Light and strong. This is the version for travellers — order yours today.'],
    ['en', 'Result: softer skin in a week. Order yours today.'],
    ['en', 'Output: 65 W over USB-C. Order yours today.'],
    ['de', 'Hier ist alles drin, was Sie unterwegs brauchen. Jetzt bestellen.'],
    ['fr', 'Voici enfin la batterie qui tient toute la journée. Commandez-la.'],
    ['es', 'Aquí tienes todo lo que necesitas para el día. Cómprala ya.'],
    ['ja', '以下の3つのポイントで選ばれています。今すぐチェック。'],
  ] as Array<[LanguageCode, string]>)('leaves ordinary copy alone (%s %j)', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });

  it.each([
    ['en', 'Voltaro Power Bank: 5,000 mAh, 15W Wireless'],
    ['fr', 'Batterie Voltaro : 5 000 mAh, charge 15 W'],
    ['ja', 'Voltaro モバイルバッテリー：５０００mAh'],
  ] as Array<[LanguageCode, string]>)('accepts a colon inside a title (%s %j)', (language, seo_title) => {
    expect(artifactIn(language, { seo_title })).toBe(false);
  });

  it.each([
    ['en', 'Discover it.\n\n(Note: I kept the brand name in its original form.)'],
    ['en', "Discover it. [Translator's note: the source does not name the colours.]"],
    ['es', 'Descúbrelo.\n\nNota: he mantenido el nombre de la marca sin traducir.'],
    ['es', 'Descúbrelo. [N. del T.: el original no indica el color.]'],
    ['fr', 'Découvrez-le.\n\nRemarque : j’ai conservé le nom de la marque tel quel.'],
    ['fr', 'Découvrez-le. [Note du traducteur : la couleur n’est pas précisée.]'],
    ['de', 'Jetzt entdecken.\n\nHinweis: Den Markennamen habe ich unverändert gelassen.'],
    ['de', 'Jetzt entdecken. [Anm. d. Übers.: Die Farbe ist im Original nicht angegeben.]'],
    ['ja', '今すぐチェック。\n\n※注：ブランド名は原文のまま残しています。'],
    ['ja', '今すぐチェック。【訳注：原文に色の記載はありません】'],
  ] as Array<[LanguageCode, string]>)('flags a note about the translation (%s %j)', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
  });

  it.each([
    ['en', '"Voltaro Power Bank 5,000 mAh" (character count within limit)'],
    ['es', 'Batería Voltaro 5000 mAh con carga de 15 W (155 caracteres)'],
    ['de', 'Voltaro Powerbank 5.000 mAh mit 15 W (54 Zeichen)'],
    ['fr', 'Batterie Voltaro 5 000 mAh, charge 15 W (58 caractères)'],
    ['ja', 'Voltaro モバイルバッテリー 5000mAh（全角28文字）'],
    ['en', 'Copy A – value-focused: Voltaro Power Bank 5,000 mAh'],
    ['es', 'Texto B (emocional): Batería Voltaro de 5000 mAh'],
    ['de', 'Text A (Nutzen) – Voltaro Powerbank 5.000 mAh'],
    ['ja', 'コピーA（価値訴求）：Voltaro モバイルバッテリー'],
    ['ja', '見出し（H1）：Voltaro モバイルバッテリー'],
    ['es', 'Encabezado H1 – Batería Voltaro de 5000 mAh'],
    ['es', 'Meta descripción: Batería Voltaro de 5000 mAh'],
    ['de', '„Voltaro Powerbank mit 5.000 mAh“ – emotionale Variante'],
    ['en', '✨ Here you go! ✨ Voltaro Power Bank 5,000 mAh'],
    ['en', 'Certainly. Voltaro Power Bank 5,000 mAh'],
    ['en', 'Voltaro Power Bank 5,000 mAh\n---\nWord count: 6'],
  ] as Array<[LanguageCode, string]>)(
    'flags counts, qualified labels, quoted fields and openers (%s %j)',
    (language, seo_title) => {
      expect(artifactIn(language, { seo_title })).toBe(true);
    },
  );

  it.each([
    ['es', 'Oferta por tiempo limitado. ¿Quieres que lo haga más corto?'],
    ['de', 'Nur diese Woche. Sagen Sie Bescheid, falls Sie eine kürzere Fassung brauchen.'],
    ['ja', '今週は送料無料。ほかの案が必要でしたらお知らせください。'],
    ['fr', 'Offre de la semaine. N’hésitez pas à me dire si vous souhaitez une autre version.'],
  ] as Array<[LanguageCode, string]>)('flags an offer to revise (%s %j)', (language, text) => {
    expect(artifactIn(language, { marketing_copy_c: text })).toBe(true);
  });

  it.each([
    ['en', 'Note: batteries not included. Order yours today.'],
    ['de', 'Hinweis: Nicht für Kinder unter 3 Jahren geeignet. Jetzt bestellen.'],
    ['fr', 'Remarque : la housse se lave à 30 °C. Commandez-la.'],
    ['es', 'Nota: no apto para lavavajillas. Cómprala ya.'],
    ['en', 'Engraving up to 12 characters included. Order yours today.'],
    ['de', '„Vögel beobachten in der Stadt“ erscheint in der 2. Auflage. Jetzt bestellen.'],
    ['en', 'Of course, it fits in any bag. Order yours today.'],
    ['en', 'Also available in a longer version. Order yours today.'],
  ] as Array<[LanguageCode, string]>)(
    'leaves notes for the shopper, quotations inside a sentence and ordinary openers alone (%s %j)',
    (language, text) => {
      expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
    },
  );

  it.each([
    ['en', 'Voltaro Power Bank 5,000 mAh\n\n*Note: units were kept as in the source text.*'],
    [
      'fr',
      'Batterie Voltaro 5 000 mAh\n\n(NB : les unités ont été conservées comme dans le texte d’origine.)',
    ],
    ['de', 'Voltaro Powerbank 5.000 mAh\n\n(Hinweis: Einheiten wurden wie im Ausgangstext belassen.)'],
    ['en', 'Voltaro Power Bank 5,000 mAh (TN: the brand name was not translated.)'],
    ['ja', 'Voltaro モバイルバッテリー（訳者注：ブランド名は訳していません。）'],
    ['en', 'META: Voltaro Power Bank 5,000 mAh'],
    ['es', 'Opción A: Batería Voltaro de 5000 mAh'],
    ['es', 'Descripción meta: Batería Voltaro de 5000 mAh'],
    ['ja', '案A：Voltaro モバイルバッテリー'],
    ['en', 'Of course — below is the English version of the description.\n\nVoltaro Power Bank 5,000 mAh'],
    ['en', 'Voltaro Power Bank 5,000 mAh [59 chars]'],
    ['de', 'Voltaro Powerbank 5.000 mAh. Ich hoffe, das passt so! Gerne passe ich den Ton noch an.'],
    ['es', 'Batería Voltaro. Espero que te guste. Si necesitas cambios, dímelo.'],
    ['fr', 'Batterie Voltaro. Je peux ajuster le ton si besoin.'],
    ['ja', 'Voltaro モバイルバッテリー。トーンの調整も可能ですので、お気軽にどうぞ。'],
  ] as Array<[LanguageCode, string]>)(
    'flags notes about the text, option labels, full-stop lead-ins and first-person offers (%s %j)',
    (language, seo_title) => {
      expect(artifactIn(language, { seo_title })).toBe(true);
    },
  );

  it.each([
    ['en', 'Metallic finish, meta-material lining. Order yours today.'],
    ['de', 'Option: mit Ladeschale erhältlich. Jetzt bestellen.'],
    ['fr', '(NB : piles non fournies.) Commandez-la.'],
    ['ja', '※注：電池は別売りです。今すぐチェック。'],
  ] as Array<[LanguageCode, string]>)(
    'leaves shopper notes and ordinary words alone (%s %j)',
    (language, text) => {
      expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
    },
  );

  it.each([
    [
      'en',
      "Absolutely! Below you'll find the localized description.\n\nThe Voltaro power bank holds 5,000 mAh.",
    ],
    ['es', 'Claro que sí. Te dejo la traducción a continuación:\n\nLa batería Voltaro tiene 5000 mAh.'],
    ['de', 'Lokalisierte Fassung (de-DE):\nDie Voltaro Powerbank hat 5.000 mAh.'],
    ['fr', 'La batterie Voltaro a 5 000 mAh.\n\nRemarques du traducteur : unités métriques conservées.'],
    ['en', 'The Voltaro power bank holds 5,000 mAh.\n\n---\nTranslator notes: kept metric units.'],
    ['es', 'La batería Voltaro tiene 5000 mAh. [Aclaración: he añadido «magnética» para mayor claridad.]'],
    ['ja', 'Voltaroのモバイルバッテリーは5000mAh。［補足：分かりやすさのため「大容量」を追加しました。］'],
    ['en', 'Emotional copy: The Voltaro power bank holds 5,000 mAh.'],
    ['es', 'Copy emocional: La batería Voltaro tiene 5000 mAh.'],
    ['fr', 'Accroche émotionnelle : La batterie Voltaro a 5 000 mAh.'],
    ['de', 'Emotionaler Text: Die Voltaro Powerbank hat 5.000 mAh.'],
    ['ja', 'エモーショナル版：Voltaroのモバイルバッテリー。'],
    ['ja', 'SEOタイトル ― Voltaro モバイルバッテリー'],
    ['en', 'The Voltaro power bank holds 5,000 mAh. Want me to make it more playful?'],
    ['de', 'Die Voltaro Powerbank hat 5.000 mAh. Möchten Sie eine verspieltere Variante?'],
  ] as Array<[LanguageCode, string]>)(
    'flags talk about the translation, bracketed notes, short labels and offers worded in new ways (%s %j)',
    (language, translated_description) => {
      expect(artifactIn(language, { translated_description })).toBe(true);
    },
  );

  it.each([
    ['en', 'Copy paper: 500 sheets of A4, bright white. Order yours today.'],
    ['en', 'New version: now 20% lighter. Order yours today.'],
    ['fr', 'Nouvelle version : encore plus légère. Commandez-la.'],
    ['de', 'Variante: Schwarz oder Weiß. Jetzt bestellen.'],
    ['ja', 'コピー用紙：A4サイズ500枚。今すぐチェック。'],
    ['ja', '限定版：数量限定でお届けします。今すぐチェック。'],
    ['en', 'Real-time voice translator for 40 languages. Order yours today.'],
  ] as Array<[LanguageCode, string]>)(
    'leaves copy that only shares those words alone (%s %j)',
    (language, text) => {
      expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
    },
  );

  it.each([
    ['en', '```\nThe Voltaro power bank holds 5,000 mAh.\n```'],
    ['en', '[SEO Title] Voltaro Power Bank 5,000 mAh'],
    ['ja', '［SEOタイトル］Voltaro モバイルバッテリー'],
    [
      'de',
      'Selbstverständlich – hier eine überarbeitete deutsche Fassung:\nDie Voltaro Powerbank hat 5.000 mAh.',
    ],
    [
      'en',
      'The Voltaro power bank holds 5,000 mAh.\n\nP.S. I changed “magnetic” to “MagSafe” to sound more premium.',
    ],
    ['ja', 'Voltaroのモバイルバッテリー。\n\n追記：「磁気」を「マグネット」に変更しました。'],
    ['es', 'La batería Voltaro tiene 5000 mAh. (Nota para el editor: revisa el peso, por favor.)'],
    ['de', 'Die Voltaro Powerbank hat 5.000 mAh. (Hinweis an die Redaktion: Gewicht bitte prüfen.)'],
    ['fr', 'A) La batterie Voltaro a 5 000 mAh.'],
    ['ja', 'A）Voltaroのモバイルバッテリー。'],
    ['en', 'H1 → Voltaro Power Bank'],
    ['fr', 'La batterie Voltaro a 5 000 mAh. — Dites-moi quelle version vous préférez.'],
    ['ja', 'Voltaroのモバイルバッテリー。 ― どちらの案がよいかお知らせください。'],
  ] as Array<[LanguageCode, string]>)(
    'flags fences, bracketed labels, header lines, postscripts, editor notes and enumerators (%s %j)',
    (language, translated_description) => {
      expect(artifactIn(language, { translated_description })).toBe(true);
    },
  );

  it.each([
    ['en', 'A. Lange-style dial, 40 mm case. Order yours today.'],
    ['de', 'Ich habe sie seit Jahren – sagen wir: ein Klassiker. Jetzt bestellen.'],
    ['ja', '新色を追加しました。今すぐチェック。'],
    ['en', 'Version 2 of the Voltaro: lighter and faster. Order yours today.'],
  ] as Array<[LanguageCode, string]>)('leaves ordinary copy alone (%s %j)', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });

  it.each([
    ['en', 'Title » Voltaro Power Bank 5,000 mAh'],
    ['en', 'H1 heading: Voltaro Power Bank'],
    [
      'en',
      'The Voltaro power bank holds 5,000 mAh.\n\n(Kept the wattage as in the original; feel free to adjust.)',
    ],
    ['de', 'Die Voltaro Powerbank hat 5.000 mAh.\n\n[Ende]'],
    ['ja', 'Voltaroのモバイルバッテリー。\n\n［以上］'],
    ['es', 'La batería Voltaro tiene 5000 mAh. 🙂 ¡Encantado de retocarlo!'],
    ['fr', 'La batterie Voltaro a 5 000 mAh. 🙂 Je peux encore la retoucher !'],
    ['de', 'Die Voltaro Powerbank hat 5.000 mAh. 🙂 Ich passe es gern weiter an!'],
    ['ja', 'Voltaroのモバイルバッテリー。 🙂 さらに調整も承ります！'],
  ] as Array<[LanguageCode, string]>)(
    'flags chevron labels, end markers, remarks against the original and offers to keep editing (%s %j)',
    (language, translated_description) => {
      expect(artifactIn(language, { translated_description })).toBe(true);
    },
  );

  it.each([
    ['en', 'Voltaro Power Bank 5,000 mAh. I kept the brand name in English.'],
    ['es', 'Batería Voltaro de 5000 mAh. He mantenido el nombre de la marca.'],
    ['fr', 'Batterie Voltaro 5 000 mAh. J’ai conservé le nom de la marque.'],
    ['de', 'Voltaro Powerbank 5.000 mAh. Ich kann den Text gern noch kürzen.'],
  ] as Array<[LanguageCode, string]>)(
    'flags the model speaking about its own edits (%s %j)',
    (language, meta_description) => {
      expect(artifactIn(language, { meta_description })).toBe(true);
    },
  );

  it.each([
    ['en', 'I never leave home without it. Order yours today.'],
    ['fr', 'Je l’emporte partout avec moi. Commandez-la.'],
    ['es', 'Desde que la tengo, no salgo sin ella. Cómprala ya.'],
  ] as Array<[LanguageCode, string]>)('leaves a first-person testimonial alone (%s %j)', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });

  it.each([
    ['en', 'As requested, the English description follows.\n\nThe Voltaro power bank holds 5,000 mAh.'],
    ['ja', 'ご依頼のとおり、日本語の説明文をお送りします。\n\nVoltaroのモバイルバッテリー。'],
    ['en', 'The Voltaro power bank holds 5,000 mAh. (Units converted from the Chinese source.)'],
    ['de', 'Die Voltaro Powerbank hat 5.000 mAh. (Einheiten aus der chinesischen Vorlage umgerechnet.)'],
    ['de', 'Nutzenversion: Die Voltaro Powerbank hat 5.000 mAh.'],
    ['es', 'Enfoque de valor: La batería Voltaro tiene 5000 mAh.'],
    ['ja', '価値訴求の切り口：Voltaroのモバイルバッテリー。'],
    ['fr', 'SEO : Batterie Voltaro 5 000 mAh'],
    ['en', 'H1 = Voltaro Power Bank'],
    ['es', 'La batería Voltaro tiene 5000 mAh. ¿Escribo también una versión más corta?'],
    ['de', 'Die Voltaro Powerbank hat 5.000 mAh. Soll ich zusätzlich eine kürzere schreiben?'],
    ['ja', 'Voltaroのモバイルバッテリー。もっと短いものもお作りしましょうか？'],
  ] as Array<[LanguageCode, string]>)(
    'flags replies to a request, mentions of the Chinese source, compound and angle labels (%s %j)',
    (language, translated_description) => {
      expect(artifactIn(language, { translated_description })).toBe(true);
    },
  );

  it.each([
    ['de', 'Neue Version: jetzt noch leichter. Jetzt bestellen.'],
    ['de', 'Kann ich sie in der Spülmaschine waschen? Ja. Jetzt bestellen.'],
    ['en', 'English manual and quick-start guide included. Order yours today.'],
  ] as Array<[LanguageCode, string]>)('leaves ordinary copy alone (%s %j)', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });

  it.each([
    ['en', "Here's what I came up with:\n\nThe Voltaro power bank holds 5,000 mAh."],
    ['ja', 'こちらで作成してみました：\n\nVoltaroのモバイルバッテリー。'],
    [
      'en',
      'The Voltaro power bank holds 5,000 mAh.\n\nNote that I avoided any claims not present in the source.',
    ],
    ['ja', 'Voltaroのモバイルバッテリー。\n\nなお、元の資料にない表現は加えていません。'],
    ['ja', '「Voltaroのモバイルバッテリー。」― 76文字'],
    ['de', 'Titelvorschlag: Voltaro Powerbank 5.000 mAh'],
    ['de', 'Vorschlag für die Überschrift: Voltaro Powerbank'],
    ['ja', 'タイトル案：Voltaro モバイルバッテリー'],
    ['en', 'Headline suggestion: Voltaro Power Bank'],
    ['fr', 'La batterie Voltaro a 5 000 mAh.\n\nN’hésitez pas si vous avez besoin d’autre chose !'],
    ['de', 'Die Voltaro Powerbank hat 5.000 mAh.\n\nMelden Sie sich, wenn Sie noch etwas brauchen!'],
  ] as Array<[LanguageCode, string]>)(
    'flags lead-in lines, source remarks, dashed counts, suggestion labels and offers of more help (%s %j)',
    (language, translated_description) => {
      expect(artifactIn(language, { translated_description })).toBe(true);
    },
  );

  it.each([
    ['en', 'Free delivery this month – shop now.\n\nHope you like it!'],
    ['es', 'Envío gratis: añádelo al carrito.\n\n¡Espero que te encante!'],
    ['de', 'Jetzt kaufen.\n\nIch hoffe, er gefällt Ihnen!'],
    ['fr', 'Commandez vite.\n\nJ’espère qu’il vous plaira !'],
    ['es', 'Cómprala hoy. (No traduje el nombre de la marca porque es una marca registrada.)'],
  ] as Array<[LanguageCode, string]>)(
    'flags the model hoping the requester likes it (%s %j)',
    (language, text) => {
      expect(artifactIn(language, { marketing_copy_c: text })).toBe(true);
    },
  );

  it('leaves a brand hoping the shopper loves it alone', () => {
    expect(
      artifactIn('en', { marketing_copy_c: 'We hope you love it as much as we do. Order yours today.' }),
    ).toBe(false);
  });
});
