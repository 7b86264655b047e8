import { LanguageCode } from '../content-under-review';
import { artifactIn } from '../testing/artifact-check';
import { contentFixture } from '../testing/content.fixture';

const withPrefix = (language: LanguageCode, field: 'seo_title' | 'translated_description', prefix: string) =>
  artifactIn(language, { [field]: `${prefix}${contentFixture(language).content[field]}` });

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
