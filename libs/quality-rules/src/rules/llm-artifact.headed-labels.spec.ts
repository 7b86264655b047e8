import { LanguageCode, LocalizedContent } from '../content-under-review';
import { artifactIn } from '../testing/artifact-check';

// A short label opening a field with the name of a page element at either end (rounds 39–44 missed these when a
// word the vocabulary does not know stood beside the name): pinned in wordings of its own.
describe('llm_artifact, labels headed by a page element', () => {
  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    ['en', 'h1', 'Landing-page headline: Power that stays with you'],
    ['en', 'seo_title', 'Browser tab title tag - Power Bank, Slim and Fast'],
    ['en', 'h1', 'Main heading \u2014 Power that stays with you'],
    ['de', 'meta_description', 'Google-Snippet\nPowerbank mit Schnellladung, schlank und leicht.'],
    ['de', 'h1', 'Hauptüberschrift: Kraft, die bleibt'],
    ['fr', 'h1', 'Intitulé principal : Une énergie qui dure'],
    ['es', 'h1', 'Titular de portada: Energía que te acompaña'],
    ['ja', 'seo_title', '商品ページ用タイトル：薄型モバイルバッテリー'],
    ['ja', 'marketing_copy_a', '■機能を伝えるコピー\n薄くて軽いのに、しっかり充電。今すぐチェック。'],
  ])('%s %s flags %j', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(true);
  });

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    ['en', 'seo_title', 'Slim Power Bank with Fast Charge | USB-C, 10000 mAh'],
    ['en', 'h1', 'Title Fight Boxing Gloves: Train Like a Champion'],
    ['en', 'marketing_copy_a', 'High output: charge two phones at once. Order today.'],
    ['de', 'h1', 'Kraftpaket für unterwegs: die schlanke Powerbank'],
    ['fr', 'h1', 'Batterie externe fine | Charge rapide'],
    ['es', 'h1', 'Batería externa delgada: energía que te acompaña'],
    ['ja', 'h1', 'コピー用紙のように薄いモバイルバッテリー'],
    ['fr', 'translated_description', 'Roman graphique. Titre : La Nuit des lucioles. Dessins de Léa Morel.'],
  ])('%s %s leaves %j alone', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(false);
  });
});

// Found by clean copy written to sit close to chatter (data/qa/clean-voice-2.jsonl), pinned in wordings of its own.
describe('llm_artifact, a customer quoted by name and a maker saying "we"', () => {
  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'de',
      'marketing_copy_b',
      '„Ich habe sie seit dem Urlaub nicht mehr abgelegt.“ – Jonas, Bremen\nJetzt entdecken.',
    ],
    ['es', 'marketing_copy_a', '«La llevo a todas partes.» – Lucía, Valencia\nPídela hoy.'],
    ['ja', 'marketing_copy_b', '「毎朝使うのが楽しみです」（福岡県・30代女性）\n今すぐチェック。'],
    ['ja', 'translated_description', '私たちは、三年かけてこの持ち手を作り直しました。ぜひお試しください。'],
    ['de', 'marketing_copy_a', 'Nach Ihrem Feedback haben wir die Schnalle verstärkt. Jetzt bestellen.'],
    ['fr', 'marketing_copy_a', 'Suite à vos retours, nous avons allongé la sangle. Commandez-la.'],
    ['en', 'marketing_copy_a', 'Thanks to your feedback we added a second strap. Order today.'],
  ])('%s %s leaves %j alone', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(false);
  });

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'ja',
      'marketing_copy_b',
      '毎朝が楽しみになる一本。今すぐチェック。\n（私のほうで語尾をやわらかくしました）',
    ],
    ['de', 'marketing_copy_b', 'Jetzt entdecken.\n\nIch habe den Ton bewusst locker gehalten.'],
    ['fr', 'marketing_copy_b', 'Découvrez-la.\n\nSuite à vos retours, le titre est plus court.'],
  ])('%s %s still flags %j', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(true);
  });
});
