import { LanguageCode, LocalizedContent } from '../content-under-review';
import { artifactIn } from '../testing/artifact-check';

// Classes of blind rounds 45–52 (bench/quality-eval/blind-round-45.ts …), pinned in wordings of their own.
describe('llm_artifact, rounds 45–52 classes', () => {
  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    ['en', 'h1', 'Page headline | Power that stays with you'],
    [
      'de',
      'marketing_copy_b',
      'Kraft, die bleibt. Jetzt entdecken.\nEtwas verspielter: „Voller Akku, volle Freiheit. Jetzt entdecken.“',
    ],
    [
      'fr',
      'marketing_copy_b',
      'Une énergie qui dure. Découvrez-la.\nEn plus court : « Toujours chargé. Découvrez-la. »',
    ],
    [
      'de',
      'marketing_copy_c',
      'Nur diese Woche gratis Hülle. Jetzt bestellen.\n\nRückfrage: Gilt die Aktion auch im Handel?',
    ],
    [
      'ja',
      'marketing_copy_a',
      '毎日持ち歩ける一台。今すぐチェック。（「急速充電」は「高速充電」とも訳せますが、店頭の表記に合わせました）',
    ],
    [
      'es',
      'marketing_copy_b',
      'Calor estable, peces felices. Descúbrelo.\nVersión alternativa, más breve: Calor justo. Descúbrelo.',
    ],
    [
      'ja',
      'marketing_copy_b',
      '毎日が楽しくなる一台。今すぐチェック。\n硬い印象なら「心地よい」に差し替えてください。',
    ],
  ])('%s %s flags %j', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(true);
  });

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    ['en', 'seo_title', 'Slim Power Bank | 10000 mAh, USB-C'],
    ['de', 'marketing_copy_b', 'Kraft, die bleibt. Jetzt entdecken.\nUnser Versprechen: Qualität, die hält.'],
    ['es', 'marketing_copy_a', 'Graba un nombre en la tapa, como máximo 15 caracteres. Cómprala ya.'],
    ['fr', 'marketing_copy_a', 'Gravez un prénom, 12 caractères au maximum. Commandez-la.'],
    ['es', 'marketing_copy_b', 'Elige tu color. Versión alternativa disponible en negro. Cómprala ya.'],
  ])('%s %s leaves %j alone', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(false);
  });
});
