import { LanguageCode, LocalizedContent } from '../content-under-review';
import { artifactIn } from '../testing/artifact-check';

// Notes a team leaves in a draft, blended into the copy: a colleague named and asked to chase something, the writer
// keeping a word and saying so, another ending put forward, a register worry about a quoted word, a date left as its
// format, a claim the writer could not verify, an unproofread mark. Wordings of my own; beside them, shop copy that
// uses the same shapes for the shopper.
describe('llm_artifact, notes within the team', () => {
  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'en',
      'translated_description',
      'The lamp dims in three steps. Priya, the brand never sent the lumen figure – could you check with them? It runs on USB-C.',
    ],
    [
      'de',
      'marketing_copy_c',
      'Jetzt zum Aktionspreis bestellen! Jonas, kannst du bitte klären, ob der Versand nach Belgien geht?',
    ],
    [
      'de',
      'translated_description',
      'Die Lampe lässt sich dimmen, wobei ich „Dimmer“ stehen lasse, weil es jeder so sagt. Sie lädt per USB-C.',
    ],
    [
      'en',
      'marketing_copy_a',
      'Light that follows your evening. I kept "glow" over "shine" here. Order yours today.',
    ],
    [
      'fr',
      'marketing_copy_b',
      'Une lumière douce pour vos soirées. Autre fin possible : « La nuit tombe, la lampe s’allume. »',
    ],
    [
      'en',
      'marketing_copy_b',
      'Soft light for slow evenings. Possible swap for the ending: "Dim it, and exhale."',
    ],
    [
      'ja',
      'marketing_copy_b',
      '夜を、やさしい光で。（「灯りとともに、くつろぎを。」も候補です）今すぐチェック。',
    ],
    [
      'de',
      'marketing_copy_b',
      'Sanftes Licht für lange Abende. Ist „kuschelig“ hier zu salopp, oder darf das so bleiben? Jetzt bestellen!',
    ],
    [
      'fr',
      'translated_description',
      'La lampe se règle sur trois niveaux. Préférez-vous « veilleuse » ou « lampe de chevet » dans toute la fiche ?',
    ],
    [
      'es',
      'translated_description',
      'La lámpara tiene tres niveles. ¿Prefieres «lámpara de noche» o «lamparita» en toda la ficha?',
    ],
    ['fr', 'marketing_copy_c', 'Offre valable jusqu’au JJ/MM sur toute la gamme. Commandez vite !'],
    ['de', 'marketing_copy_c', 'Nur bis TT.MM. zum Sonderpreis. Jetzt zugreifen!'],
    ['ja', 'marketing_copy_c', '◯◯まで限定価格でご提供。今すぐご注文を。'],
    [
      'de',
      'translated_description',
      'Der Akku hält rund acht Stunden – so steht es jedenfalls im Datenblatt, überprüfen ließ sich das nicht.',
    ],
    ['ja', 'h1', 'やさしい光のベッドサイドランプ（未校正）'],
    [
      'es',
      'translated_description',
      'La lámpara ilumina toda la mesilla. Como soy una IA, no he podido comprobar la duración de la batería.',
    ],
    ['es', 'marketing_copy_a', 'Texto publicitario (valor): luz cálida para cada noche. ¡Pídela hoy!'],
  ])('%s %s: %s', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(true);
  });

  it.each<[LanguageCode, keyof LocalizedContent, string]>([
    [
      'en',
      'translated_description',
      'Not sure which bulb you need? Check the label on your old one. Of course! Every lamp ships with a bulb.',
    ],
    [
      'es',
      'translated_description',
      '¿Sirve para leer en la cama? ¡Claro que sí! La luz cálida no cansa la vista y se regula en tres niveles.',
    ],
    [
      'en',
      'translated_description',
      'Before ordering, check that your socket fits an E27 bulb. The lamp dims in three steps.',
    ],
    ['de', 'marketing_copy_c', 'Kannst du dir einen gemütlicheren Abend vorstellen? Jetzt bestellen!'],
    ['fr', 'marketing_copy_a', 'Une lumière douce, des soirées plus calmes. Commandez la vôtre !'],
    ['ja', 'marketing_copy_c', '10月31日まで限定価格。今すぐご注文を。'],
    [
      'en',
      'translated_description',
      'Our customers call it "the reading lamp", and we kept the name. It dims in three steps.',
    ],
  ])('%s %s: shop copy, not a note (%s)', (language, field, text) => {
    expect(artifactIn(language, { [field]: text })).toBe(false);
  });
});
