// Blind set, round 7 (written after the round-6 fixes, scored once without tuning: the final held-out figure):
// six products in categories no earlier set has, 12 hand-written listings, three artifact styles per listing
// and wording of its own; legitimate numbers: 1.43-inch, 5 ATM, 100+ modes, 400 m³/h, H13, 16 × 19, 18/8 steel,
// 3.5 g, 12 shades, 5-seat, 9-piece, -30 °C to 80 °C with °F.
import type { Language } from '@content-pipeline/languages';
import type { BlindListing, DefectWording } from './blind-set';

const WATCH_ZH = 'Pulsar 智能手表 1.43英寸';
const WATCH_SRC = 'Pulsar 智能手表配备1.43英寸AMOLED屏幕，续航14天，5ATM防水，支持100多种运动模式。';
const PURIFIER_ZH = 'Aeris 空气净化器 H13';
const PURIFIER_SRC =
  'Aeris 空气净化器CADR值400立方米/小时，适用面积48平方米，噪音低至22分贝，采用H13级滤网。';
const RACKET_ZH = 'Smash 碳纤维网球拍';
const RACKET_SRC = 'Smash 网球拍拍面100平方英寸，空拍重量285克，平衡点320毫米，16×19穿线。';
const BOTTLE_ZH = 'Termo 不锈钢保温杯 750毫升';
const BOTTLE_SRC = 'Termo 保温杯容量750毫升，保冷24小时，保热12小时，采用18/8食品级不锈钢。';
const LIPSTICK_ZH = 'Rosé 哑光口红';
const LIPSTICK_SRC = 'Rosé 哑光口红每支3.5克，共12种颜色，持妆可达8小时。';
const SEATS_ZH = 'Auto+ 全包围汽车座套 9件套';
const SEATS_SRC = 'Auto+ 汽车座套9件套，适用于5座车型，耐温-30℃至80℃，可机洗。';

const listing = (
  sku: string,
  category: string,
  language: Language,
  productName: string,
  productDescription: string,
  content: BlindListing['content'],
  invent: BlindListing['invent'],
  drop: string,
): BlindListing => ({ sku, category, language, productName, productDescription, content, invent, drop });

export const ROUND_7_LISTINGS: readonly BlindListing[] = [
  listing(
    'w01',
    'smartwatches',
    'en',
    WATCH_ZH,
    WATCH_SRC,
    {
      translated_description:
        'The Pulsar smartwatch has a 1.43-inch AMOLED display and a battery that lasts 14 days. It is water-resistant to 5 ATM and supports 100+ sport modes.',
      seo_title: 'Pulsar Smartwatch, 1.43" AMOLED, 14-Day Battery',
      meta_description:
        'Pulsar smartwatch with a 1.43-inch AMOLED display, 14-day battery life, 5 ATM water resistance and more than 100 sport modes for every kind of workout.',
      h1: 'Pulsar Smartwatch',
      marketing_copy_a: 'Flagship features at a mid-range price. Buy the Pulsar now.',
      marketing_copy_b: 'Two weeks on your wrist without a charger in sight. Discover Pulsar.',
      marketing_copy_c: 'Extra strap free this week – order today.',
    },
    { field: 'seo_title', find: '14-Day', replace: '21-Day', labels: ['number_invented'] },
    'It is water-resistant to 5 ATM and supports 100+ sport modes.',
  ),
  listing(
    'w01',
    'smartwatches',
    'ja',
    WATCH_ZH,
    WATCH_SRC,
    {
      translated_description:
        'Pulsarのスマートウォッチは1.43インチのAMOLEDディスプレイを搭載し、バッテリーは14日間持続します。5ATM防水で、100種類以上のスポーツモードに対応しています。',
      seo_title: 'Pulsar スマートウォッチ 1.43インチ',
      meta_description:
        '1.43インチAMOLED、最大14日間のバッテリー、5ATM防水、100種類以上のスポーツモードに対応したスマートウォッチです。',
      h1: 'Pulsar スマートウォッチ',
      marketing_copy_a: 'ハイエンドの機能を、この価格で。今すぐ購入。',
      marketing_copy_b: '充電を気にしない2週間。ぜひお試しください。',
      marketing_copy_c: '今週は替えバンド付き。お早めにどうぞ。',
    },
    { field: 'meta_description', find: '最大14日間', replace: '最大20日間', labels: ['number_invented'] },
    '5ATM防水で、100種類以上のスポーツモードに対応しています。',
  ),
  listing(
    'w02',
    'air_purifiers',
    'de',
    PURIFIER_ZH,
    PURIFIER_SRC,
    {
      translated_description:
        'Der Aeris Luftreiniger erreicht einen CADR von 400 m³/h und eignet sich für Räume bis 48 m². Er arbeitet ab 22 dB und filtert mit einem H13-Filter.',
      seo_title: 'Aeris Luftreiniger mit H13-Filter, 400 m³/h',
      meta_description:
        'Luftreiniger Aeris mit CADR 400 m³/h für Räume bis 48 m², flüsterleise ab 22 dB und mit H13-Filter gegen Pollen, Staub und Gerüche im ganzen Zuhause.',
      h1: 'Aeris Luftreiniger',
      marketing_copy_a: 'Saubere Luft zum fairen Preis. Jetzt bestellen.',
      marketing_copy_b: 'Durchatmen, auch wenn draußen alles blüht. Entdecken Sie Aeris.',
      marketing_copy_c: 'Ersatzfilter gratis diesen Monat: Jetzt zugreifen.',
    },
    { field: 'meta_description', find: 'bis 48 m²', replace: 'bis 60 m²', labels: ['number_invented'] },
    'Er arbeitet ab 22 dB und filtert mit einem H13-Filter.',
  ),
  listing(
    'w02',
    'air_purifiers',
    'fr',
    PURIFIER_ZH,
    PURIFIER_SRC,
    {
      translated_description:
        'Le purificateur d’air Aeris offre un CADR de 400 m³/h pour des pièces jusqu’à 48 m². Il descend à 22 dB et filtre l’air avec un filtre H13.',
      seo_title: 'Purificateur d’air Aeris, filtre H13, 400 m³/h',
      meta_description:
        'Purificateur d’air Aeris : CADR de 400 m³/h pour des pièces jusqu’à 48 m², seulement 22 dB et filtre H13 contre le pollen, la poussière et les odeurs.',
      h1: 'Aeris, l’air pur chez vous',
      marketing_copy_a: 'Un air sain à prix juste. Commandez Aeris.',
      marketing_copy_b: 'Respirer librement, même en pleine saison des pollens. Découvrez Aeris.',
      marketing_copy_c: 'Filtre de rechange offert ce mois-ci : profitez-en.',
    },
    {
      field: 'translated_description',
      find: 'Il descend à 22 dB',
      replace: 'Il descend à 18 dB',
      labels: ['number_dropped', 'number_invented'],
    },
    'Il descend à 22 dB et filtre l’air avec un filtre H13.',
  ),
  listing(
    'w03',
    'tennis',
    'es',
    RACKET_ZH,
    RACKET_SRC,
    {
      translated_description:
        'La raqueta de tenis Smash tiene una superficie de 100 pulgadas cuadradas, pesa 285 g sin cordaje y su punto de equilibrio está a 320 mm. Patrón de cordaje 16 × 19.',
      seo_title: 'Raqueta de tenis Smash de carbono, 285 g',
      meta_description:
        'Raqueta de tenis Smash de fibra de carbono: 100 pulgadas cuadradas, 285 g sin cordaje, equilibrio a 320 mm y patrón 16 × 19 para un golpe preciso.',
      h1: 'Smash, potencia y control',
      marketing_copy_a: 'Nivel de competición a precio de club. Cómprala hoy.',
      marketing_copy_b: 'Ese golpe limpio que suena perfecto. Descubre Smash.',
      marketing_copy_c: 'Funda de regalo este mes: aprovecha.',
    },
    { field: 'seo_title', find: '285 g', replace: '300 g', labels: ['number_invented'] },
    'Patrón de cordaje 16 × 19.',
  ),
  listing(
    'w03',
    'tennis',
    'en',
    RACKET_ZH,
    RACKET_SRC,
    {
      translated_description:
        'The Smash tennis racket has a 100 sq in head, weighs 285 g unstrung and balances at 320 mm. It uses a 16 × 19 string pattern.',
      seo_title: 'Smash Carbon Tennis Racket, 100 sq in, 285 g',
      meta_description:
        'Smash carbon fibre tennis racket: 100 sq in head, 285 g unstrung, 320 mm balance point and a 16 × 19 string pattern for precise, powerful shots.',
      h1: 'Smash Tennis Racket',
      marketing_copy_a: 'Tournament feel at a club price. Shop Smash now.',
      marketing_copy_b: 'That clean sound of a perfect forehand. Discover Smash.',
      marketing_copy_c: 'Free cover this month – get yours.',
    },
    {
      field: 'translated_description',
      replace: 'Approved by 12 professional coaches.',
      labels: ['number_invented'],
    },
    'It uses a 16 × 19 string pattern.',
  ),
  listing(
    'w04',
    'drinkware',
    'fr',
    BOTTLE_ZH,
    BOTTLE_SRC,
    {
      translated_description:
        'La gourde isotherme Termo contient 750 ml, garde le froid 24 heures et le chaud 12 heures. Elle est en acier inoxydable alimentaire 18/8.',
      seo_title: 'Gourde isotherme Termo 750 ml, inox 18/8',
      meta_description:
        'Gourde isotherme Termo de 750 ml en inox alimentaire 18/8 : boissons froides pendant 24 heures et chaudes pendant 12 heures, partout avec vous.',
      h1: 'Termo, la gourde qui tient',
      marketing_copy_a: 'Une gourde durable à petit prix. Achetez Termo.',
      marketing_copy_b: 'Un café encore chaud au sommet. Découvrez Termo.',
      marketing_copy_c: 'Bouchon sport offert : commandez vite.',
    },
    {
      field: 'meta_description',
      find: 'pendant 24 heures',
      replace: 'pendant 36 heures',
      labels: ['number_invented'],
    },
    'Elle est en acier inoxydable alimentaire 18/8.',
  ),
  listing(
    'w04',
    'drinkware',
    'de',
    BOTTLE_ZH,
    BOTTLE_SRC,
    {
      translated_description:
        'Die Termo Isolierflasche fasst 750 ml, hält Getränke 24 Stunden kalt und 12 Stunden heiß. Sie besteht aus lebensmittelechtem Edelstahl 18/8.',
      seo_title: 'Termo Isolierflasche 750 ml aus Edelstahl 18/8',
      meta_description:
        'Isolierflasche Termo mit 750 ml aus lebensmittelechtem Edelstahl 18/8: hält Getränke 24 Stunden kalt und 12 Stunden heiß, für Büro, Schule und Tour.',
      h1: 'Termo Isolierflasche',
      marketing_copy_a: 'Langlebig und günstig. Jetzt kaufen.',
      marketing_copy_b: 'Heißer Tee auch auf dem Gipfel. Entdecken Sie Termo.',
      marketing_copy_c: 'Gratis Sportdeckel: in den Warenkorb legen.',
    },
    {
      field: 'translated_description',
      find: 'fasst 750 ml',
      replace: 'fasst 1.000 ml',
      labels: ['number_dropped', 'number_invented'],
    },
    'Sie besteht aus lebensmittelechtem Edelstahl 18/8.',
  ),
  listing(
    'w05',
    'makeup',
    'ja',
    LIPSTICK_ZH,
    LIPSTICK_SRC,
    {
      translated_description: 'Roséのマットリップは1本3.5g、全12色展開。最大8時間色持ちします。',
      seo_title: 'Rosé マットリップスティック 全12色',
      meta_description:
        '1本3.5g、全12色から選べるマットリップスティック。最大8時間の色持ちで、朝に仕上げたメイクが夜まできれいに続きます。',
      h1: 'Rosé マットリップ',
      marketing_copy_a: 'デパコス級の発色をプチプラで。今すぐカートへ。',
      marketing_copy_b: '一日中、自信の持てる唇に。ぜひチェックしてください。',
      marketing_copy_c: '新色発売記念。お見逃しなく。',
    },
    { field: 'seo_title', find: '全12色', replace: '全15色', labels: ['number_invented'] },
    '最大8時間色持ちします。',
  ),
  listing(
    'w05',
    'makeup',
    'es',
    LIPSTICK_ZH,
    LIPSTICK_SRC,
    {
      translated_description:
        'El pintalabios mate Rosé pesa 3,5 g por barra y se presenta en 12 tonos. El color dura hasta 8 horas.',
      seo_title: 'Pintalabios mate Rosé, 12 tonos, larga duración',
      meta_description:
        'Pintalabios mate Rosé de 3,5 g en 12 tonos, con color que dura hasta 8 horas para que tu maquillaje de la mañana llegue intacto a la noche.',
      h1: 'Rosé, color que dura',
      marketing_copy_a: 'Acabado de lujo a precio asequible. Pídelo ya.',
      marketing_copy_b: 'Labios seguros de sí mismos todo el día. Descubre Rosé.',
      marketing_copy_c: 'Nuevos tonos, envío gratis: añádelo al carrito.',
    },
    {
      field: 'translated_description',
      find: 'dura hasta 8 horas',
      replace: 'dura hasta 10 horas',
      labels: ['number_dropped', 'number_invented'],
    },
    'El color dura hasta 8 horas.',
  ),
  listing(
    'w06',
    'car_interior',
    'en',
    SEATS_ZH,
    SEATS_SRC,
    {
      translated_description:
        'This 9-piece Auto+ seat cover set fits 5-seat cars and withstands temperatures from -30 °C to 80 °C (-22 °F to 176 °F). It is machine washable.',
      seo_title: 'Auto+ Full Car Seat Covers, 9-Piece Set, 5 Seats',
      meta_description:
        'Auto+ full car seat covers: a 9-piece set for 5-seat cars, rated from -30 °C to 80 °C and machine washable, to keep your upholstery like new for years.',
      h1: 'Auto+ Car Seat Covers',
      marketing_copy_a: 'A full interior refresh for less. Order the Auto+ set now.',
      marketing_copy_b: 'Step into a car that feels new again. Discover Auto+.',
      marketing_copy_c: 'Free steering wheel cover this week – shop now.',
    },
    { field: 'seo_title', find: '9-Piece Set', replace: '11-Piece Set', labels: ['number_invented'] },
    'This 9-piece Auto+ seat cover set fits 5-seat cars and withstands temperatures from -30 °C to 80 °C (-22 °F to 176 °F).',
  ),
  listing(
    'w06',
    'car_interior',
    'de',
    SEATS_ZH,
    SEATS_SRC,
    {
      translated_description:
        'Das 9-teilige Auto+ Sitzbezug-Set passt für Fünfsitzer und hält Temperaturen von -30 °C bis 80 °C stand. Es ist maschinenwaschbar.',
      seo_title: 'Auto+ Sitzbezüge, 9-teiliges Set für 5 Sitze',
      meta_description:
        'Auto+ Sitzbezüge als 9-teiliges Set für Fünfsitzer, temperaturbeständig von -30 °C bis 80 °C und maschinenwaschbar, damit Ihre Polster lange wie neu bleiben.',
      h1: 'Auto+ Sitzbezüge',
      marketing_copy_a: 'Neuer Innenraum für wenig Geld. Jetzt bestellen.',
      marketing_copy_b: 'Einsteigen und sich wie im Neuwagen fühlen. Entdecken Sie Auto+.',
      marketing_copy_c: 'Gratis Lenkradbezug diese Woche: Sichern Sie sich Ihr Set.',
    },
    {
      field: 'translated_description',
      replace: 'Die Bezüge sind nach ECE R44 geprüft.',
      labels: ['number_invented'],
    },
    'Das 9-teilige Auto+ Sitzbezug-Set passt für Fünfsitzer und hält Temperaturen von -30 °C bis 80 °C stand.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_7_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({ translated_description: `Here's what I came up with:\n\n${c.translated_description}` }),
      (c) => ({ seo_title: `Suggested title: ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nNote that I avoided any claims not present in the source.`,
      }),
      (c) => ({ meta_description: `"${c.meta_description}" — 152 characters` }),
      (c) => ({ marketing_copy_a: `Version A (value): ${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nLet me know if you need anything else!` }),
      (c) => ({ translated_description: `Description\n===========\n${c.translated_description}` }),
      (c) => ({ h1: `Headline suggestion: ${c.h1}` }),
      (c) => ({ translated_description: `${c.translated_description} [Source: product sheet]` }),
    ],
    forbidden: [
      'Miles ahead of the cheap stuff.',
      'Not a fake.',
      'No counterfeit here.',
      'Beats every replica.',
    ],
    slogans: ['Breathe easy.', 'Play your game.'],
    chineseLeftovers: [],
    duplicateLead: 'Worth knowing: ',
    titleStuffing: ' | Gift Idea, Bestseller, Free Delivery, Sale',
  },
  es: {
    artifacts: [
      (c) => ({ translated_description: `Esto es lo que se me ocurrió:\n\n${c.translated_description}` }),
      (c) => ({ seo_title: `Título sugerido: ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nTen en cuenta que evité cualquier afirmación que no estuviera en la fuente.`,
      }),
      (c) => ({ meta_description: `«${c.meta_description}» — 152 caracteres` }),
      (c) => ({ marketing_copy_a: `Versión A (valor): ${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\n¡Avísame si necesitas algo más!` }),
    ],
    forbidden: [
      'Nada de imitaciones baratas.',
      'No es falso.',
      'Sin réplicas.',
      'Mejor que cualquier falsificación.',
    ],
    slogans: ['Juega a tu manera.', 'Color que habla.'],
    chineseLeftovers: [],
    duplicateLead: 'Conviene saber: ',
    titleStuffing: ' | Regalo, más vendido, envío gratis y oferta',
  },
  fr: {
    artifacts: [
      (c) => ({ translated_description: `Voici ce que je vous propose :\n\n${c.translated_description}` }),
      (c) => ({ seo_title: `Titre suggéré : ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nNotez que j’ai évité toute affirmation absente de la source.`,
      }),
      (c) => ({ meta_description: `« ${c.meta_description} » — 152 caractères` }),
      (c) => ({ marketing_copy_a: `Version A (valeur) : ${c.marketing_copy_a}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nN’hésitez pas si vous avez besoin d’autre chose !`,
      }),
    ],
    forbidden: [
      'Rien à voir avec une contrefaçon.',
      'Pas une réplique.',
      'Pas chère et solide.',
      'Aucune imitation.',
    ],
    slogans: ['Respirez mieux.', 'Toujours à bonne température.'],
    chineseLeftovers: [],
    duplicateLead: 'À noter : ',
    titleStuffing: ' | Idée cadeau, meilleure vente, livraison offerte',
  },
  de: {
    artifacts: [
      (c) => ({ translated_description: `Das habe ich daraus gemacht:\n\n${c.translated_description}` }),
      (c) => ({ seo_title: `Titelvorschlag: ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nBeachten Sie, dass ich keine Angaben ergänzt habe, die nicht in der Quelle stehen.`,
      }),
      (c) => ({ meta_description: `„${c.meta_description}“ – 152 Zeichen` }),
      (c) => ({ marketing_copy_a: `Variante A (Nutzen): ${c.marketing_copy_a}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nMelden Sie sich, wenn Sie noch etwas brauchen!`,
      }),
      (c) => ({ translated_description: `Beschreibung\n============\n${c.translated_description}` }),
      (c) => ({ h1: `Vorschlag für die Überschrift: ${c.h1}` }),
      (c) => ({ translated_description: `${c.translated_description} [Quelle: Produktdatenblatt]` }),
    ],
    forbidden: ['Kein billiger Abklatsch.', 'Keine Fälschung.', 'Besser als jedes Imitat.', 'Keine Replik.'],
    slogans: ['Einfach durchatmen.', 'Immer richtig temperiert.'],
    chineseLeftovers: [],
    duplicateLead: 'Gut zu wissen: ',
    titleStuffing: ' | Geschenkidee, Bestseller, Gratisversand, Angebot',
  },
  ja: {
    artifacts: [
      (c) => ({ translated_description: `こちらで作成してみました：\n\n${c.translated_description}` }),
      (c) => ({ seo_title: `タイトル案：${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nなお、元の資料にない表現は加えていません。`,
      }),
      (c) => ({ meta_description: `「${c.meta_description}」― 76文字` }),
      (c) => ({ marketing_copy_a: `バージョンA（価値）：${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nほかに必要なものがあればお申し付けください！` }),
    ],
    forbidden: ['激安セール中。', '偽物ではありません。', 'レプリカとは違う。', '模倣品ではない本物。'],
    slogans: ['唇に、自信を。', '時間を、手首に。'],
    chineseLeftovers: ['这个颜色非常漂亮。', '欢迎选购。'],
    duplicateLead: 'お知らせ。',
    titleStuffing: '｜ギフト 人気 送料無料 セール',
  },
};
