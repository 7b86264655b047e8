import { LanguageCode } from '../../content-under-review';
import { LANGUAGE_PROFILES } from '../../languages/language-profiles';
import { fold } from '../../text/text-folding';
import { findChatter, isMetaLabel } from './artifact-evidence';
import { metaVocabularyFor } from './meta-vocabulary';

const vocabulary = (code: LanguageCode) => metaVocabularyFor(LANGUAGE_PROFILES[code], LANGUAGE_PROFILES.en);
const chatter = (code: LanguageCode, text: string) => findChatter(fold(text), vocabulary(code));
type Row = [LanguageCode, string];

describe('llm_artifact evidence by structure', () => {
  describe('labels: every word talks about the output', () => {
    it.each<Row>([
      ['en', 'Product description'],
      ['en', 'Body copy'],
      ['en', 'Alt text'],
      ['en', 'seo_title'],
      ['en', 'Variant 2 (benefit)'],
      ['de', 'Kurzbeschreibung'],
      ['de', 'Werbetext B'],
      ['de', 'Vorschlag für den Titel'],
      ['fr', 'Sous-titre'],
      ['fr', 'Description produit'],
      ['es', 'Palabras clave'],
      ['es', 'Propuesta de título'],
      ['ja', '商品説明'],
      ['ja', 'キャッチコピー案'],
      ['ja', '翻訳結果'],
    ])('%s %j is a label', (code, label) => {
      expect(isMetaLabel(fold(label), vocabulary(code))).toBe(true);
    });

    it.each<Row>([
      ['en', 'Options'],
      ['en', 'Pro version'],
      ['en', 'Copy paper'],
      ['en', 'Result'],
      ['de', 'Entdecken Sie'],
      ['de', 'Neue Saison, neue Ware'],
      ['fr', 'Casque Sonora H7'],
      ['es', 'Oferta de primavera'],
      ['ja', '新色'],
    ])('%s %j is not', (code, label) => {
      expect(isMetaLabel(fold(label), vocabulary(code))).toBe(false);
    });

    it('leaves a spec name before a number alone (`Output: 65 W`)', () => {
      expect(chatter('en', 'Output: 65 W over USB-C, enough for a laptop.')).toBeUndefined();
      expect(chatter('en', 'Output: The charger delivers 65 W.')).toBeDefined();
    });
  });

  describe('openings: acknowledging, pointing at the text, talking about the task', () => {
    it.each<Row>([
      ['en', 'Understood.\nThe kettle boils water in three minutes.'],
      ['en', 'Please find the localized text below.\n\nThe kettle boils fast.'],
      ['de', 'Klar! Nachfolgend der übersetzte Text:\nDer Wasserkocher kocht schnell.'],
      ['fr', 'Entendu. Voici le texte adapté pour le marché français :\nLa bouilloire chauffe vite.'],
      ['es', 'De acuerdo. A continuación, el texto en español:\nEl hervidor calienta rápido.'],
      ['ja', '了解しました。以下、翻訳した文章です。\nこのケトルはすぐに沸きます。'],
    ])('%s %j', (code, text) => {
      expect(chatter(code, text)).toBeDefined();
    });
  });

  describe('closings: the model as itself, requests, offers, hopes, notes on the edit, closing formulas', () => {
    it.each<Row>([
      ['en', 'The kettle boils fast. Should I make the tone more formal?'],
      ['en', 'The kettle boils fast.\n\nSorry if the wording is a bit long.'],
      ['en', 'The kettle boils fast.\n\nBest regards'],
      ['en', 'The kettle boils fast.\n\nChanges made: shortened the intro, kept the units.'],
      ['de', 'Der Wasserkocher kocht schnell. Geben Sie mir Bescheid, ob das so passt.'],
      ['de', 'Der Wasserkocher kocht schnell.\n\nMit freundlichen Grüßen'],
      ['fr', 'La bouilloire chauffe vite. Dites-moi si le ton vous convient.'],
      ['fr', 'La bouilloire chauffe vite.\n\n(J’ai raccourci la première phrase.)'],
      ['es', 'El hervidor calienta rápido. Avísame si prefieres otra versión.'],
      ['es', 'El hervidor calienta rápido.\n\nSaludos'],
      ['ja', 'このケトルはすぐに沸きます。ご要望があればお知らせください。'],
      ['ja', 'このケトルはすぐに沸きます。\n\n（単位は原文のままです）'],
    ])('%s %j', (code, text) => {
      expect(chatter(code, text)).toBeDefined();
    });
  });

  describe('round 9 classes: what stands before the first colon, asides that annotate or leave a placeholder', () => {
    it.each<Row>([
      ['en', 'Sorry about that, here is the shorter copy: A kettle that boils in three minutes.'],
      ['fr', 'Texte promotionnel, sans tutoiement : Une bouilloire qui chauffe vite.'],
      ['es', '[Descripción final revisada] El hervidor calienta rápido.'],
      ['de', 'Der Wasserkocher kocht schnell.\n\n(Tonfall: sachlich, nutzenorientiert)'],
      ['en', 'The kettle boils fast.\n\nGood luck with your store!'],
      ['fr', 'La bouilloire chauffe vite. [Insérer le lien de la boutique]'],
      ['ja', 'このケトルはすぐに沸きます。\n\n（ご要望どおり、価格の魅力を強調しました）'],
    ])('%s %j', (code, text) => {
      expect(chatter(code, text)).toBeDefined();
    });

    it.each<Row>([
      ['fr', 'La bouilloire chauffe vite. (NB : piles non fournies.)'],
      ['en', 'The kettle boils fast. (Colour: brushed steel)'],
      ['es', 'Como un abrazo cálido en la mañana más fría. Descúbrelo.'],
      ['de', 'Gratis Tasche diese Woche: Jetzt bestellen.'],
    ])('leaves %s %j alone', (code, text) => {
      expect(chatter(code, text)).toBeUndefined();
    });
  });

  describe('inside a field: a second variant’s label or a line of chatter between versions', () => {
    it.each<Row>([
      ['en', 'A kettle that boils fast.\nAlternative headline: Boiling in three minutes.\nOrder today.'],
      [
        'de',
        'Der Wasserkocher kocht schnell.\nSagen Sie mir, welche Fassung besser passt.\nJetzt bestellen.',
      ],
    ])('%s %j', (code, text) => {
      expect(chatter(code, text)).toBeDefined();
    });

    it.each<Row>([
      [
        'en',
        'A kettle that boils fast.\nMaterial: brushed steel\nHere is what is in the box:\nKettle, base, manual.',
      ],
      ['fr', 'Une bouilloire rapide.\nNote : lavage à la main.\nCommandez-la.'],
    ])('leaves %s %j alone', (code, text) => {
      expect(chatter(code, text)).toBeUndefined();
    });
  });

  describe('counts: a length count set off from the text', () => {
    it.each<Row>([
      ['en', 'Fast kettle for busy mornings [42 chars]'],
      ['de', 'Schneller Wasserkocher – 38 Zeichen'],
      ['ja', '毎朝すぐ沸くケトル（22文字）'],
    ])('%s %j', (code, text) => {
      expect(chatter(code, text)).toBeDefined();
    });
  });

  describe('round-10 classes: echoed instructions, slots for the editor, wishes for the sales, style choices', () => {
    it.each<Row>([
      ['en', 'Create a short promotional tagline:\nWarm hands all winter. Shop the Glow gloves today.'],
      ['de', 'Bitte schreibe einen kurzen Werbetext.\nWarme Hände den ganzen Winter. Jetzt bestellen.'],
      [
        'es',
        'Redacta un texto emocional para este producto.\nManos calientes todo el invierno. ¡Cómpralos ya!',
      ],
      ['fr', 'Rédigez une accroche promotionnelle.\nDes mains au chaud tout l’hiver. Commandez-les.'],
      ['ja', '感情に訴えるコピーを書いてください。\n冬じゅう、手もとにぬくもりを。今すぐチェック。'],
      ['en', 'Order by Friday and save. Offer ends [Date].'],
      ['de', 'Nur diese Woche zum Aktionspreis. Jetzt bestellen für [Preis].'],
      ['fr', 'Livraison offerte avec le code [code promo].'],
      ['es', 'Envío gratis hasta el [fecha].'],
      ['ja', '今だけ送料無料。詳しくはこちら【リンク】'],
      ['en', 'Order yours today.\n\nThat wraps it up. Good luck with the launch!'],
      ['de', 'Jetzt bestellen.\n\nViel Erfolg beim Verkauf!'],
      ['es', '¡Cómpralo ya!\n\n¡Felices ventas!'],
      ['ja', '今すぐチェック。（※親しみやすいトーンを重視しました）'],
    ])('%s %j', (code, text) => {
      expect(chatter(code, text)).toBeDefined();
    });

    it.each<Row>([
      ['en', 'Write your own message inside.\nThe card comes with a kraft envelope. Order a pack today.'],
      ['en', 'Write your own text on the card. It comes with an envelope.'],
      ['en', 'Best before: see the date printed on the lid (date format DD/MM/YYYY).'],
      ['de', 'Schreibe Geschichte auf dem Wasser. Jetzt bestellen.'],
      ['fr', 'Créez votre propre style. Commandez maintenant.'],
      ['ja', '【サイズ】幅30cm【素材】綿100%'],
      ['ja', '鮮やかな表現力。（※写真はイメージです）'],
    ])('%s %j is copy', (code, text) => {
      expect(chatter(code, text)).toBeUndefined();
    });
  });

  describe('product copy that shares the words', () => {
    it.each<Row>([
      ['en', 'Here’s why you’ll love it: the kettle boils in three minutes.'],
      ['en', 'Engraving up to 12 characters included. Order yours today.'],
      ['en', 'Also available in a longer version. Order yours today.'],
      ['en', 'Real-time voice translator for 40 languages. Order yours today.'],
      ['en', 'Our support team is happy to help.'],
      ['en', 'Hand wash only.\n\nNote: colours may vary slightly from the photos.'],
      ['en', 'The original since 1950. Adjust the height in seconds.'],
      ['en', 'Would you like a faster blender? The X7 does it in 30 seconds.'],
      ['de', 'Entdecken Sie: die Nordkam Softshelljacke. Möchten Sie mehr Komfort?'],
      ['de', 'Das Original seit 1950. Mit E27-Fassung.'],
      ['fr', 'Pas une copie, l’original. N’hésitez plus, commandez.'],
      ['es', 'No es una imitación, es el original. ¡Me encanta!'],
      ['ja', 'ギフト包装もご用意できます。お気軽にお問い合わせください。'],
      ['ja', '翻訳機で40言語に対応。今すぐチェック。'],
    ])('%s %j', (code, text) => {
      expect(chatter(code, text)).toBeUndefined();
    });
  });
});
