import { LanguageCode } from '../content-under-review';
import { assessContentQuality } from '../quality-gate';
import { artifactIn } from '../testing/artifact-check';
import { contentFixture } from '../testing/content.fixture';

// The failure classes of the blind evaluation rounds (bench/quality-eval/blind-round-*.ts), each pinned here in
// wordings of its own rather than the round's.
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

describe('llm_artifact, rounds 25 and 26 classes', () => {
  it.each<[LanguageCode, string]>([
    // An alternative on a line of its own or in brackets.
    ['en', 'Power for the whole day.\nOr: All-day power, one click away.'],
    ['es', 'Potencia para todo el día (o bien: «Energía que no se acaba»). ¡Cómprala!'],
    // The answer continued in another message, or continuing an earlier one.
    ['en', 'Power for the whole day. (Rest of the copy in my next reply.)'],
    ['es', 'Potencia para todo el día.\n\n(Continuará en el próximo mensaje.)'],
    ['ja', '一日中続くパワー。（残りは次のメッセージでお送りします）'],
    // Checking its own work, talking to itself, or about the source it was given.
    ['en', 'Power for the whole day. Note to self: confirm the wattage with the client. Shop now.'],
    ['fr', 'Une puissance qui dure. (Le texte chinois ne précise pas la couleur.) Commandez-la.'],
    ['de', 'Kraft für den ganzen Tag. Okay, die Zahlen der Vorlage nochmal prüfen. Jetzt bestellen.'],
    ['es', 'Potencia para todo el día. Vale, compruebo las cifras otra vez. ¡Cómprala!'],
    ['ja', '一日中続くパワー。（容量は原文と照合済み）今すぐチェック。'],
    // The brief quoted, the form of address discussed.
    ['de', 'Kraft für den ganzen Tag. (Aufgabe: „kurz, ohne Superlative“) Jetzt bestellen.'],
    ['fr', 'Une puissance qui dure. Le tutoiement est plus naturel ici, vu la clientèle visée.'],
    // Placeholders, hashtag lists, revision labels.
    ['en', 'Available in [SIZE] from our warehouse. Shop now.'],
    ['ja', '一日中続くパワー。【セール：〇月〇日まで】今すぐチェック。'],
    ['fr', 'Une puissance qui dure.\n#Batterie #Nomade #Voyage'],
    ['en', 'Voltaro Power Bank 10,000 mAh (rev. 2)'],
    ['es', 'Versión corregida – Potencia para todo el día. ¡Cómprala!'],
    // Greetings and sign-offs addressed to the requester.
    ['en', 'Hi again, here is the value copy. Power for the whole day.'],
    ['de', 'Hallo zusammen! Kraft für den ganzen Tag. Jetzt bestellen.'],
    ['ja', 'お疲れ様です。一日中続くパワー。今すぐチェック。'],
    ['en', 'Power for the whole day. Shop now.\n\nTalk soon!'],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['en', 'Power for the whole day (or longer in eco mode). Shop now.'],
    ['en', 'Good morning starts with fresh coffee. Shop now.'],
    ['fr', 'Bonjour la douceur ! Une puissance qui dure. Commandez-la.'],
    ['de', 'Kraft für den ganzen Tag (Kapazität: 10.000 mAh). Jetzt bestellen.'],
    ['en', 'Share your trail photos with #VoltaroOutdoors. Shop now.'],
    ['ja', '一日中続くパワー（容量10000mAh）。今すぐチェック。'],
  ])('%s leaves %j alone', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });
});

describe('llm_artifact, rounds 27 and 28 classes', () => {
  it.each<[LanguageCode, string]>([
    // A speaker's role tag, a length check, a later step of the work.
    ['en', 'Model: Power for the whole day. Shop now.'],
    ['de', 'Kraft für den ganzen Tag. Assistent: Jetzt bestellen.'],
    ['es', 'Potencia para todo el día. ¡Cómprala! (88/100 OK)'],
    ['fr', 'Étape 3 sur 4 – texte émotionnel :\nUne puissance qui dure. Commandez-la.'],
    ['ja', '【ステップ3：価値訴求】\n一日中続くパワー。今すぐチェック。'],
    // Tracked changes and explained word choices.
    ['en', 'Power for the ~~entire~~ whole day. Shop now.'],
    ['de', 'Vorher: Kraft pur.\nNachher: Kraft für den ganzen Tag. Jetzt bestellen.'],
    ['en', 'Power for the whole day ("power bank" instead of "charger", the usual search term). Shop now.'],
    ['ja', '一日中続くパワー（「充電器」ではなく、一般的な「モバイルバッテリー」を使用）。今すぐチェック。'],
    // The system prompt, a product record, citations, template tokens, notes for a team by role.
    ['en', "You're a friendly copywriter for a gadget store.\nPower for the whole day. Shop now."],
    ['fr', 'Catégorie : power_banks\nMarque : Voltaro\nUne puissance qui dure. Commandez-la.'],
    ['en', 'Power for the whole day, tested by reviewers.[3] Shop now.'],
    ['de', 'Kraft für den ganzen Tag. Jetzt bestellen. <|tool_call|>save_copy{}'],
    [
      'es',
      'Potencia para todo el día. ¡Cómprala!\n\nPara el equipo SEO: la palabra clave ya está en el título.',
    ],
    ['de', 'Kraft für den ganzen Tag. Jetzt bestellen. (Quelle: Herstellerdatenblatt)'],
    // The three copies summarised.
    [
      'en',
      'Power for the whole day. Shop now.\n\nIn short: copy A is about value, copy B about freedom and copy C about the deal.',
    ],
    [
      'es',
      'Potencia para todo el día. ¡Cómprala!\n\nLas tres: A va de ahorro, B de libertad y C de la oferta.',
    ],
    ['ja', '一日中続くパワー。今すぐチェック。\n\nまとめ：Aは価格、Bは自由、Cはキャンペーンです。'],
    ['ja', '✅ 完了です！\n一日中続くパワー。今すぐチェック。'],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['en', 'Step 1: unfold the stand. Step 2: plug it in. Shop now.'],
    ['en', 'AI noise cancelling learns your commute. Shop now.'],
    ['de', 'Kraft für den ganzen Tag (Kapazität 10.000 mAh, 2 Anschlüsse). Jetzt bestellen.'],
    ['fr', 'A la maison, au bureau, en voyage : une puissance qui dure. Commandez-la.'],
    ['es', 'Potencia de 10.000 mAh para el móvil, la tableta y la cámara. ¡Cómprala!'],
    ['en', 'Power for the whole day, from breakfast to bedtime. Shop now.'],
  ])('%s leaves %j alone', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });
});

describe('llm_artifact, rounds 29 and 30 classes', () => {
  it.each<[LanguageCode, string]>([
    // Escapes, truncation, self-grading, stamps, token counts, language tags of any language.
    ['en', 'Power for the whole day \\u2014 shop now.'],
    ['de', 'Kraft für den ganzen Tag. [Antwort abgeschnitten]'],
    ['fr', 'Une puissance qui dure. Commandez-la. (auto-évaluation : 8/10)'],
    ['es', 'Potencia para todo el día. ¡Cómprala! Calidad: 8/10'],
    ['en', 'Power for the whole day. Shop now. [generated on 2025-01-12 · run id 42ab]'],
    ['de', 'Kraft für den ganzen Tag. Jetzt bestellen. (Tokens: 512 Eingabe)'],
    ['es', '[pt-BR] Potencia para todo el día. ¡Cómprala!'],
    // Workflow status, notes for the reviewer, translation notes, the assistant signing.
    ['en', 'Power for the whole day. Shop now.\n\nAwaiting final sign-off.'],
    ['ja', '一日中続くパワー。今すぐチェック。\n\n【承認待ち】'],
    ['fr', 'Une puissance qui dure. (Note for the proofreader: check the plural.) Commandez-la.'],
    ['es', 'Potencia para todo el día. ¡Cómprala!\nNT1: «batería» es el término más buscado.'],
    ['de', 'Kraft für den ganzen Tag. Jetzt bestellen.\n\n– Ihr Schreibassistent Max'],
    // Questions to the requester inside the copy, field names in another language, the model speaking.
    ['es', 'Potencia para todo el día. ¿Te parece bien si lo dejo así? ¡Cómprala!'],
    ['ja', '一日中続くパワー。この言い回しで問題ないか、ご確認いただけますでしょうか。今すぐチェック。'],
    ['en', 'Titre : Voltaro Power Bank for the whole day'],
    ['es', 'Potencia para todo el día. Marta, he cambiado el tono como en tus otras fichas. ¡Cómprala!'],
    ['ja', '一日中続くパワー。AIなので実際には試していませんが、仕様どおりです。今すぐチェック。'],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['en', 'Power for the whole day, even on a cut-off day trip. Shop now.'],
    ['de', 'Kraft für den ganzen Tag (Qualität aus Deutschland). Jetzt bestellen.'],
    ['en', 'Universal plug adapters included (EU-UK, US-EU). Shop now.'],
    ['es', 'Potencia para todo el día: yo la llevo siempre conmigo. ¡Cómprala!'],
    ['fr', 'Une puissance qui dure, prête pour la route. Commandez-la.'],
    ['fr', 'Une puissance qui dure (fabrication française). Commandez-la.'],
    ['de', 'Kraft für den ganzen Tag, in deutscher Markenqualität. Jetzt bestellen.'],
  ])('%s leaves %j alone', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });
});

describe('llm_artifact, rounds 31 and 32 classes', () => {
  it.each<[LanguageCode, string]>([
    // Experiments, images, search plug-ins, JSON-LD, spreadsheets.
    ['en', 'Power for the whole day. Shop now. (A/B test: variant B)'],
    ['ja', '【ABテスト】一日中続くパワー。今すぐチェック。'],
    ['de', 'Kraft für den ganzen Tag.\nAlternativtext: Powerbank auf einem Holztisch'],
    ['fr', 'Une puissance qui dure. [photo : la batterie dans un sac à dos] Commandez-la.'],
    ['es', 'Potencia para todo el día. Slug: bateria-voltaro ¡Cómprala!'],
    ['en', 'Power for the whole day. "@context": "https://schema.org" Shop now.'],
    ['de', 'sprache;feld;text\nde;copy_b;Kraft für den ganzen Tag.'],
    // Editor placeholders, change summaries, apologies for an earlier answer, a sentence in another language.
    ['en', 'Power for the whole day. [TBC] Shop now.'],
    ['fr', 'Une puissance qui dure. Commandez-la.\nTODO : ajouter le prix.'],
    ['es', 'Potencia para todo el día. Lorem ipsum dolor sit amet.'],
    ['de', 'Kraft für den ganzen Tag. (Akku → Powerbank, kabellos → drahtlos)'],
    ['es', 'Potencia para todo el día. Perdón, en la respuesta anterior faltaba el peso. ¡Cómprala!'],
    [
      'en',
      'Power for the whole day, wherever the road takes you and however long the trip. Je garde la même structure que pour la fiche française. Shop now.',
    ],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['de', 'Kraft für den ganzen Tag. Made for the city, built for every adventure you take.'],
    ['fr', 'Une puissance qui dure (à conserver à l’abri de l’humidité). Commandez-la.'],
    ['ja', '一日中続くパワー。色は三色（ご注文時にお知らせください）。今すぐチェック。'],
    ['en', 'Plug in, press, go: power for the whole day. Shop now.'],
    ['es', 'Potencia para todo el día (¿dudas? escríbenos). ¡Cómprala!'],
  ])('%s leaves %j alone', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });
});

describe('llm_artifact, rounds 33–36 classes', () => {
  it.each<[LanguageCode, string]>([
    // A voice and the writing in one sentence inside the copy: the model reporting or discussing its text.
    ['en', 'Power for the whole day. I rephrased the second claim so it reads more naturally. Shop now.'],
    ['de', 'Kraft für den ganzen Tag. Die Akkuangabe aus Ihrem Entwurf habe ich übernommen. Jetzt kaufen.'],
    ['es', 'Potencia para todo el día. He simplificado la frase del cable para que se lea mejor. ¡Cómprala!'],
    ['fr', 'Une puissance qui dure. J’ai reformulé la phrase sur le câble. Commandez-la.'],
    ['es', 'Potencia para todo el día. ¡Ojalá el tono te sirva para la ficha! ¡Cómprala!'],
    ['ja', '一日中続くパワー。容量の数字も明記したほうがよろしいでしょうか？今すぐチェック。'],
    ['ja', '一日中続くパワー。気になる点があれば遠慮なくおっしゃってください。'],
    // Labels named with a quoted qualifier or a heading word, and acknowledgements with an adverb or a dash.
    ['de', 'Werbetext „Emotion“: Kraft für den ganzen Tag.'],
    ['fr', 'Accroche « émotion » : une puissance qui dure.'],
    ['es', 'Cabecera: Potencia para todo el día'],
    ['ja', '見出し：一日中続くパワー'],
    ['en', 'Agreed – a warmer angle works better here. Power for the whole day.'],
    ['fr', 'Tout à fait d’accord avec vous : misons sur l’émotion. Une puissance qui dure.'],
    // A count keyed to its unit on a line of its own, a long lead-in closed by a colon, glosses, numbered candidates.
    ['de', 'Kraft für den ganzen Tag.\n\nZeichen: 24'],
    ['ja', '一日中続くパワー。\n\n文字数：14'],
    ['en', 'Following your notes on the last round, the copy now opens with the benefit: Power all day.'],
    ['es', 'Potencia para todo el día [= batería externa]. ¡Cómprala!'],
    ['fr', 'Une batterie nomade [Powerbank = batterie externe] qui dure. Commandez-la.'],
    ['de', 'Kraft für den ganzen Tag [d. h. eine externe Batterie]. Jetzt kaufen.'],
    ['en', 'Idea 1 Power that lasts all day\nIdea 2 Never run out again'],
    ['de', '»Kraft für den ganzen Tag. Jetzt kaufen.«'],
    // Remarks on the text in brackets or as a closing offer.
    ['ja', '一日中続くパワー。（商品名は一般的な名称にしています）今すぐチェック。'],
    ['es', 'Potencia para todo el día.\n\nSi quieres, puedo redactar otra variante para redes sociales.'],
    ['fr', 'Une puissance qui dure. Au plaisir de rédiger vos fiches produits !'],
    ['de', 'Kraft für den ganzen Tag. „Powerbank“ ist im Handel üblicher als „Akkupack“. Jetzt kaufen.'],
    ['en', 'Power for the whole day. "Power bank" sounds more natural than "battery pack" here. Shop now.'],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['en', 'I kept my phone charged through a whole festival weekend. Shop now.'],
    ['en', 'Available in two versions – pick the one you prefer. Shop now.'],
    ['de', 'Kraft für den ganzen Tag, ganz wie Sie es wollen. Jetzt kaufen.'],
    ['es', 'Potencia para todo el día: elige la versión que prefieras. ¡Cómprala!'],
    ['fr', 'Texte gravé au choix sur le boîtier. Commandez-la.'],
    ['ja', '一日中続くパワー。ギフトにもいかがでしょうか。今すぐチェック。'],
    ['de', 'Reisebereit: 20 Stunden Laufzeit, 180 g leicht und in drei Farben erhältlich: Jetzt kaufen.'],
    ['ja', '一日中続くパワー。お手入れはお任せください。今すぐチェック。'],
    ['en', 'Size 1 fits ages 3–5\nSize 2 fits ages 6–9'],
    ['en', 'Rated "excellent" by more than 2,000 buyers. Shop now.'],
  ])('%s leaves %j alone', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });
});

describe('llm_artifact, rounds 37 and 38 classes', () => {
  it.each<[LanguageCode, string]>([
    ['en', 'Power for the whole day. [tightened the middle sentence] Shop now.'],
    ['fr', 'Une puissance qui dure. Commandez-la. [vu · ok]'],
    ['ja', '一日中続くパワー［最終稿］。今すぐチェック。'],
    ['de', 'Kraft für den ganzen Tag, rund um die Uhr – nein – den ganzen Tag. Jetzt kaufen.'],
    ['es', 'Potencia para todo el día, digo, para toda la semana. ¡Cómprala!'],
    ['en', 'Power for the whole day. v2 / final'],
    ['de', 'Kraft für den ganzen Tag.\n\nVielen Dank für den netten Auftrag und weiterhin gutes Gelingen!'],
    ['en', 'Power for the whole day. Shop now.\n\nWishing you a great season with this one!'],
    ['fr', 'Une puissance qui dure.\n— voilà, c’est prêt.'],
    ['en', 'Polished copy ▸ Power for the whole day. Shop now.'],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['en', 'Launch week: power for the whole day at 20 % off. Shop now.'],
    ['fr', 'Offre de lancement : une puissance qui dure. Commandez-la.'],
    ['en', 'Pack of 3 [A = 20 cm, B = 30 cm]. Shop now.'],
    ['ja', '【送料無料】一日中続くパワー。今すぐチェック。'],
    ['es', 'Potencia para todo el día… no te quedes sin batería. ¡Cómprala!'],
  ])('%s leaves %j alone', (language, text) => {
    expect(artifactIn(language, { marketing_copy_b: text })).toBe(false);
  });
});

describe('llm_artifact, classes found by the clean-voice snippets', () => {
  it.each<[LanguageCode, string]>([
    ['en', 'Engrave a name on the lid, max. 15 characters. Order yours today.'],
    ['de', 'Ihr Wunschname auf dem Deckel, höchstens 15 Zeichen. Jetzt bestellen.'],
    ['fr', 'Votre prénom gravé sur le couvercle, jusqu’à 15 caractères. Commandez-la.'],
    ['es', 'Graba un nombre en la tapa, como máximo 15 caracteres. Cómprala ya.'],
    ['ja', 'ふたにお名前を最大15文字まで刻印できます。今すぐチェック。'],
    ['en', 'Thanks to your feedback, the lid now locks with one click. Order yours today.'],
    ['en', 'As requested by many of you, it now comes in sage green. Order yours today.'],
    ['fr', 'Comme demandé par nos clientes, il existe désormais en vert sauge. Commandez-la.'],
  ])(
    '%s leaves a limit offered to the shopper and a maker answering its customers alone: %j',
    (language, text) => {
      expect(artifactIn(language, { marketing_copy_a: text })).toBe(false);
    },
  );

  it.each<[LanguageCode, string]>([
    ['en', 'Save time every morning. Shop now. (41 characters)'],
    ['en', 'Save time every morning. Shop now. Trimmed, as requested.'],
    ['en', 'Save time every morning. Shop now. Reworded based on your feedback.'],
    ['fr', 'Gagnez du temps chaque matin. Commandez-la. Raccourci comme demandé.'],
  ])('%s still flags the count and the reply to the requester: %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_a: text })).toBe(true);
  });
});

describe('llm_artifact, rounds 41 and 42 classes', () => {
  it.each<[LanguageCode, string]>([
    ['de', 'Nur diese Woche 10 % Rabatt. Hier bestellen: %%SHOPLINK%%'],
    ['en', 'Order today at %store_url%.'],
    ['en', 'Save time every morning. Order yours today.**'],
    ['de', 'Markenstimme: ruhig und kundig. Morgens schneller startklar.'],
    ['en', 'Brand voice: calm, expert. Mornings start warmer.'],
    ['de', 'Morgens schneller startklar – den Satz zum Deckel habe ich umgestellt, damit er zuerst kommt.'],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_c: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['en', 'Save 50% today and 20% on refills. Order yours.'],
    ['en', 'Three sizes: S, M and L. Order yours today * while stocks last.'],
    ['de', 'Wir haben auf LED umgestellt – für mehr Licht bei weniger Verbrauch. Jetzt entdecken.'],
    ['fr', 'Une voix douce pour raconter les histoires du soir. Commandez-la.'],
  ])('%s leaves %j alone', (language, text) => {
    expect(artifactIn(language, { marketing_copy_c: text })).toBe(false);
  });
});

describe('llm_artifact, rounds 43 and 44 classes', () => {
  it.each<[LanguageCode, string]>([
    [
      'en',
      'Bright colours for every party.\nAlternatively, more playful: Colour that pops. Order yours today.',
    ],
    [
      'de',
      'Bunte Farben für jede Feier.\nAndere Variante, etwas frecher: Farbe, die knallt. Jetzt bestellen.',
    ],
    ['ja', 'パーティーを彩るカラー。\nもう一案：色で楽しむ毎日。今すぐチェック。'],
    ['es', 'Metadescripción: globos de colores para cada fiesta. Cómpralos ya.'],
    ['fr', 'Argumentaire : des couleurs pour chaque fête. Commandez-les.'],
    ['de', 'Nutzenversprechen —\nBunte Farben für jede Feier. Jetzt bestellen.'],
  ])('%s flags %j', (language, text) => {
    expect(artifactIn(language, { marketing_copy_a: text })).toBe(true);
  });

  it.each<[LanguageCode, string]>([
    ['en', 'Alternatively, hang it on the wall: the bracket is included. Order yours today.'],
    [
      'de',
      'Steht auf dem Tisch.\nAlternativ an die Wand schrauben: Die Halterung liegt bei.\nJetzt bestellen.',
    ],
    ['fr', 'Un argumentaire de vente en trois points pour votre équipe. Commandez-le.'],
  ])('%s leaves %j alone', (language, text) => {
    expect(artifactIn(language, { marketing_copy_a: text })).toBe(false);
  });
});
