import { LanguageCode, LocalizedContent } from '../content-under-review';
import { artifactIn } from '../testing/artifact-check';

// The writer weighing the words of its own text, asking the requester about the offer or the register, pointing at its
// own notes, asking a colleague to check with a supplier, a question in brackets in a headline, an alternative under
// an `alt.:` key. Wordings of my own, written for the classes; beside them, shop copy with the same shapes.
describe('llm_artifact, remarks about a quoted wording', () => {
  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    // The writer in the first person on a quoted word, whatever the verb.
    [
      'en',
      'translated_description',
      'The kettle holds 1.5 litres. I went with “whistle-free” because “silent” promises too much. It boils fast.',
    ],
    [
      'de',
      'translated_description',
      'Der Wasserkocher fasst 1,5 Liter. „Wasserkocher“ schreibe ich durchgehend klein zusammen, so wie der Duden. Er kocht schnell.',
    ],
    [
      'fr',
      'translated_description',
      'La bouilloire contient 1,5 litre. J’ai écrit « bouilloire » partout, comme sur le site. Elle chauffe vite.',
    ],
    // A question offering a choice of wordings.
    [
      'es',
      'marketing_copy_b',
      'Agua caliente en un momento. ¿Dejamos «hervidor» en todo el texto o usamos «tetera eléctrica» como en la web? Pídelo ya.',
    ],
    [
      'en',
      'marketing_copy_a',
      'Hot water in a minute. Would the shop rather say “kettle” or “water boiler” in the banner? Order today.',
    ],
    // One wording put in another's place, with the reason.
    [
      'de',
      'translated_description',
      'Der Deckel öffnet per Knopfdruck – „Knopf“ statt „Taste“, weil das auf der Verpackung so steht. Er kocht schnell.',
    ],
    [
      'fr',
      'translated_description',
      'Le couvercle s’ouvre d’une pression, « bouton » plutôt que « touche », car c’est le mot de l’emballage.',
    ],
    // Another wording offered, with or without a condition.
    [
      'fr',
      'marketing_copy_c',
      'Livraison offerte ce mois-ci. Si vous préférez plus court : « L’eau chaude, tout de suite. » Commandez-la.',
    ],
    [
      'es',
      'marketing_copy_a',
      'Agua caliente al instante. Para cerrar también serviría «Un té, sin esperas». Pídelo hoy.',
    ],
    [
      'ja',
      'marketing_copy_b',
      'お湯がすぐに沸きます。最後を「一杯の余裕を。」にする手もあります。今すぐチェック。',
    ],
    [
      'en',
      'marketing_copy_b',
      'Tea in no time. If you’d rather end on the lid: “One press, and it opens.” Order yours today.',
    ],
  ])('%s %s: %s', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(true);
  });

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    // A customer quoted with the speaker named: the first person is theirs.
    [
      'fr',
      'marketing_copy_b',
      '« Je l’emporte partout, je ne pourrais plus m’en passer. » – Inès, Nantes. Commandez la vôtre.',
    ],
    // Mode names quoted, joined by "or", in a statement.
    [
      'en',
      'translated_description',
      'Pick “Eco” or “Boost” on the dial and the kettle adjusts its power. It boils 1.5 litres in four minutes.',
    ],
    // A short question of the shop's own about two quoted drinks.
    ['de', 'marketing_copy_a', '„Grüner Tee“ oder „Kaffee“? Der Wasserkocher kann beides. Jetzt bestellen!'],
    // A slogan of two quoted words set against each other, with no reason given.
    [
      'de',
      'marketing_copy_c',
      '„Mehrweg“ statt „Einweg“ – unsere Flasche begleitet Sie jahrelang. Jetzt bestellen!',
    ],
    // A book's quoted title and what the shop says about it.
    [
      'es',
      'translated_description',
      'La novela «El faro del norte» llega en tapa dura. Sus 320 páginas se leen de un tirón.',
    ],
  ])('%s %s: shop copy (%s)', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(false);
  });
});

describe('llm_artifact, asking the requester or a colleague', () => {
  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'en',
      'translated_description',
      'The lamp dims in three steps. See my remark after the copies about the battery claim.',
    ],
    [
      'fr',
      'meta_description',
      'Lampe de chevet à trois niveaux, rechargeable par USB-C (cf. mes notes en fin de réponse)',
    ],
    ['es', 'marketing_copy_c', 'Envío gratis este mes. ¿Quieres que añada el plazo de entrega? ¡Pídela ya!'],
    [
      'de',
      'marketing_copy_b',
      'Siezen oder duzen wir die Kundschaft hier? Sanftes Licht für lange Abende. Jetzt bestellen!',
    ],
    [
      'de',
      'translated_description',
      'Die Lampe lässt sich dimmen. Akkulaufzeit bitte vor dem Livegang mit dem Lieferanten abklären.',
    ],
    [
      'en',
      'marketing_copy_c',
      'Free delivery this month. Can someone verify with the warehouse that stock is back? Order now.',
    ],
    [
      'es',
      'translated_description',
      'La lámpara tiene tres niveles. Confirma con el fabricante la duración de la batería.',
    ],
    ['fr', 'seo_title', 'Lampe de chevet rechargeable (trop court ?)'],
    ['en', 'h1', 'A bedside lamp that follows your evening [too formal?]'],
    ['de', 'seo_title', 'Nachttischlampe mit Akku (alt.: Leselicht mit Akku)'],
    ['de', 'marketing_copy_a', 'Emotionaler Werbetext: Sanftes Licht für lange Abende. Jetzt bestellen!'],
    [
      'ja',
      'marketing_copy_b',
      '夜の時間を、やさしい光で。※本文はAIにより生成されたテキストです。今すぐチェック。',
    ],
  ])('%s %s: %s', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(true);
  });

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'en',
      'translated_description',
      'Strap too long? Trim it to size with scissors. It fits wrists from 14 to 20 cm.',
    ],
    [
      'fr',
      'translated_description',
      'À la livraison, pensez à vérifier que le colis est complet. La lampe se recharge par USB-C.',
    ],
    [
      'de',
      'translated_description',
      'Ideal für meine Notizen, Skizzen und Listen: 120 Seiten mit Punktraster.',
    ],
    ['en', 'translated_description', 'Pregnant? Check with your doctor before using the massage setting.'],
    ['es', 'marketing_copy_c', '¿Quieres que tu bebé duerma mejor? Pide hoy la lámpara y recíbela mañana.'],
    ['fr', 'marketing_copy_a', 'Des questions ? Écrivez-nous (réponse en 24 h). Commandez dès aujourd’hui.'],
    ['de', 'seo_title', 'Nachttischlampe mit Akku (3 Stufen)'],
  ])('%s %s: shop copy (%s)', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(false);
  });
});

// Words the vocabulary once took alone that are also the shop's: an app, a publisher, a datasheet offered to the
// buyer, a name written on a mug.
describe('llm_artifact, shop words that only sound like the task', () => {
  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    ['en', 'translated_description', 'The pen tablet works with any photo editor and drawing app.'],
    [
      'en',
      'translated_description',
      'A relay board for hobby projects. The full datasheet can be downloaded from our site.',
    ],
    [
      'de',
      'translated_description',
      'Alle Messwerte stehen im Datenblatt zum Herunterladen. Die Platine misst 5 × 7 cm.',
    ],
    [
      'fr',
      'translated_description',
      'Ce recueil de nouvelles paraît chez l’éditeur bordelais Finitude, en 240 pages.',
    ],
    ['es', 'marketing_copy_a', 'Escribo a mano el nombre que elijas en cada taza. Pídela hoy.'],
  ])('%s %s: shop copy (%s)', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(false);
  });

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'en',
      'translated_description',
      'The board switches four relays. Note to the editor: the current rating is unconfirmed.',
    ],
    [
      'en',
      'translated_description',
      'The board switches four relays. It runs on 5 V, though the supplier datasheet never says at what current.',
    ],
    [
      'fr',
      'marketing_copy_c',
      'Livraison offerte ce week-end. Note pour l’éditeur : vérifier la date de fin. Commandez vite !',
    ],
  ])('%s %s: the task (%s)', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(true);
  });
});

// Where a draft stands or what was done to it, said in brackets; an output field named inside another; the requester
// asked whether something may stay. Round 100's classes, in wordings of my own.
describe('llm_artifact, the state of the draft and the fields of the output', () => {
  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    ['en', 'seo_title', 'Wooden Advent Calendar with 24 Drawers (signed off)'],
    ['ja', 'marketing_copy_a', '毎日ひとつ、小さなわくわくを。（確定版）今すぐチェック。'],
    ['fr', 'meta_description', 'Calendrier de l’Avent en bois à 24 tiroirs, à remplir soi-même (à couper ?)'],
    ['en', 'h1', 'Twenty-four little doors to open (shortened for length)'],
    [
      'es',
      'translated_description',
      'El calendario tiene 24 cajones. Una versión corta de esta frase va en el título SEO.',
    ],
    [
      'de',
      'translated_description',
      'Der Kalender hat 24 Schubladen. Soll der Satz über die Tannenzweige drinbleiben, oder ist er zu verspielt?',
    ],
    [
      'en',
      'marketing_copy_b',
      'Twenty-four mornings of wonder. Is the snow image okay here, or should I tone it down? Order now.',
    ],
  ])('%s %s: %s', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(true);
  });

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    ['en', 'seo_title', 'Face Cream for Sensitive Skin (dermatologically approved)'],
    [
      'fr',
      'translated_description',
      'Testée et validée par notre atelier, la lampe se recharge en 2 heures.',
    ],
    [
      'de',
      'translated_description',
      'Soll der Kaffee länger frisch bleiben? Die Dose hält ihn bis zu vier Wochen aromatisch.',
    ],
  ])('%s %s: shop copy (%s)', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(false);
  });
});

// Round 107-108's classes, in wordings of my own: another version pointed at below, the writer's own choice asked in
// the first person, a note to a colleague by name in Japanese, a term left untranslated and said so; beside them, a
// shop's choice question and the end of a customer's quotation.
describe('llm_artifact, versions pointed at and notes by name', () => {
  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'fr',
      'marketing_copy_c',
      'Livraison offerte ce week-end. Une version plus courte de ce texte figure ci-dessous.',
    ],
    [
      'es',
      'translated_description',
      'La mochila pesa 800 g. Más abajo tienes una variante más breve para la app.',
    ],
    [
      'es',
      'marketing_copy_b',
      'Tu día, más ligero. ¿Pongo el descuento aquí o prefieres que vaya en el título? ¡Pídela ya!',
    ],
    ['es', 'seo_title', 'Mochila escolar ergonómica Rova – revisada'],
    [
      'ja',
      'translated_description',
      '容量は約20Lです。\n\n※高橋さんへ：価格表記が最新か、念のため確認をお願いします。',
    ],
    [
      'ja',
      'translated_description',
      '容量は約20Lです。「デイパック」は日本で定着した言い方なので、訳さずにそのまま残しました。',
    ],
  ])('%s %s: %s', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(true);
  });

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'es',
      'marketing_copy_b',
      '¿Te quedas con el azul marino o prefieres el verde bosque? Elige el tuyo hoy.',
    ],
    [
      'en',
      'translated_description',
      'The rest fits most violins. As our shop owner puts it: “I tried a dozen rests over the years – this is the one I kept.”',
    ],
  ])('%s %s: shop copy (%s)', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(false);
  });
});
