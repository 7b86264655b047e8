// Blind set, round 9 (written without reading the gate, committed before it is scored): six products in categories
// no earlier set has, 12 hand-written listings, three artifact styles per listing and wording of its own;
// legitimate numbers: 32 stitches, 800 per minute, 5.8 kg (12.8 lb), 4 l, 300 ml/h, 20–35 m², 28 dB, 2–6 players,
// 10+, 120 cards, 18 %, UV400, 2 spare lenses, 5 kg / 1 g, 20 × 15 cm, 2000 A, 7 l / 5,5 l, 12,000 mAh.
import type { Language } from '@content-pipeline/languages';
import type { BlindListing, DefectWording } from './blind-set';

const SEWING_ZH = 'Stitchy 家用电动缝纫机';
const SEWING_SRC =
  'Stitchy 家用缝纫机内置32种线迹，缝纫速度每分钟最高800针，配有LED照明和自动穿线器。机身重5.8公斤。';
const HUMIDIFIER_ZH = 'Nebel 超声波加湿器 4升';
const HUMIDIFIER_SRC =
  'Nebel 超声波加湿器水箱容量4升，最大加湿量300毫升/小时，适用面积20至35平方米。运行噪音低于28分贝，满水可连续工作24小时。';
const GAME_ZH = 'Tuile 策略桌游 家庭版';
const GAME_SRC = 'Tuile 策略桌游适合2至6名玩家，建议年龄10岁以上，每局约45分钟。内含120张卡牌和4个木制棋子。';
const GOGGLES_ZH = 'Firn 防雾滑雪镜';
const GOGGLES_SRC =
  'Firn 滑雪镜采用双层防雾镜片，可见光透过率为18%，防紫外线UV400。镜框可兼容近视眼镜，附带2块可替换镜片。';
const SCALE_ZH = 'Grama 电子厨房秤';
const SCALE_SRC =
  'Grama 电子厨房秤最大称重5公斤，精度1克，配有去皮功能和背光液晶屏。秤盘尺寸为20×15厘米，可切换g、oz、ml等4种单位。';
const STARTER_ZH = 'Kickr 汽车应急启动电源';
const STARTER_SRC =
  'Kickr 汽车应急启动电源峰值电流2000A，适用于最大7升汽油或5.5升柴油发动机。内置12000mAh电池，可为手机充电，并带有LED手电筒。';

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

export const ROUND_9_LISTINGS: readonly BlindListing[] = [
  listing(
    'y01',
    'sewing_machines',
    'en',
    SEWING_ZH,
    SEWING_SRC,
    {
      translated_description:
        'The Stitchy home sewing machine has 32 built-in stitches and sews up to 800 stitches per minute. An LED light and an automatic needle threader are built in. It weighs 5.8 kg (12.8 lb).',
      seo_title: 'Stitchy Sewing Machine, 32 Stitches, LED Light',
      meta_description:
        'Stitchy home sewing machine with 32 built-in stitches, up to 800 stitches per minute, an LED light and an automatic needle threader for easy sewing.',
      h1: 'Stitchy Home Sewing Machine',
      marketing_copy_a: 'Studio features without the studio price tag. Buy Stitchy now.',
      marketing_copy_b: 'From hems to handmade gifts, your ideas finally take shape. Discover Stitchy.',
      marketing_copy_c: 'Free accessory kit this month – order today.',
    },
    { field: 'seo_title', find: '32 Stitches', replace: '40 Stitches', labels: ['number_invented'] },
    'It weighs 5.8 kg (12.8 lb).',
  ),
  listing(
    'y01',
    'sewing_machines',
    'es',
    SEWING_ZH,
    SEWING_SRC,
    {
      translated_description:
        'La máquina de coser Stitchy trae 32 puntadas integradas y cose hasta 800 puntadas por minuto. Incluye luz LED y enhebrador automático. Pesa 5,8 kg.',
      seo_title: 'Máquina de coser Stitchy con 32 puntadas',
      meta_description:
        'Máquina de coser Stitchy para casa con 32 puntadas, hasta 800 puntadas por minuto, luz LED y enhebrador automático: costura fácil desde el primer día.',
      h1: 'Stitchy, tu taller de costura en casa',
      marketing_copy_a: 'Prestaciones de taller a precio de casa. Cómprala hoy.',
      marketing_copy_b: 'Del dobladillo al regalo hecho a mano, tus ideas cobran vida. Descubre Stitchy.',
      marketing_copy_c: 'Kit de accesorios gratis este mes: pídela ya.',
    },
    { field: 'meta_description', find: '32 puntadas', replace: '50 puntadas', labels: ['number_invented'] },
    'Pesa 5,8 kg.',
  ),
  listing(
    'y02',
    'humidifiers',
    'de',
    HUMIDIFIER_ZH,
    HUMIDIFIER_SRC,
    {
      translated_description:
        'Der Ultraschall-Luftbefeuchter Nebel hat einen Wassertank mit 4 l und befeuchtet mit bis zu 300 ml pro Stunde Räume von 20 bis 35 m². Mit unter 28 dB bleibt er flüsterleise. Mit einer Tankfüllung läuft er bis zu 24 Stunden.',
      seo_title: 'Nebel Ultraschall-Luftbefeuchter, 4 l, 24 Std.',
      meta_description:
        'Luftbefeuchter Nebel mit 4-l-Tank, bis zu 300 ml/h für Räume von 20 bis 35 m², unter 28 dB leise und bis zu 24 Stunden Laufzeit pro Tankfüllung.',
      h1: 'Nebel Luftbefeuchter',
      marketing_copy_a: 'Gute Raumluft zum fairen Preis. Jetzt bestellen.',
      marketing_copy_b: 'Morgens ohne trockenen Hals aufwachen. Entdecken Sie Nebel.',
      marketing_copy_c: 'Gratis Ersatzfilter diese Woche: Jetzt kaufen.',
    },
    { field: 'seo_title', find: '4 l', replace: '6 l', labels: ['number_invented'] },
    'Mit einer Tankfüllung läuft er bis zu 24 Stunden.',
  ),
  listing(
    'y02',
    'humidifiers',
    'ja',
    HUMIDIFIER_ZH,
    HUMIDIFIER_SRC,
    {
      translated_description:
        'Nebelの超音波加湿器はタンク容量4L、最大加湿量は毎時300mLで、20〜35m²のお部屋に対応します。運転音は28dB以下と静かです。満水で24時間連続運転できます。',
      seo_title: 'Nebel 超音波加湿器 4L 静音 大容量',
      meta_description:
        '毎時300mLの加湿で20〜35m²のお部屋に対応する、タンク容量4Lの超音波加湿器。運転音28dB以下の静音設計で、満水なら24時間連続運転できます。',
      h1: 'Nebel 静かな超音波加湿器',
      marketing_copy_a: 'うるおいを、うれしい価格で。今すぐ購入。',
      marketing_copy_b: '朝、のどの乾きに悩まない毎日へ。ぜひお試しください。',
      marketing_copy_c: 'フィルタープレゼント実施中。お早めにどうぞ。',
    },
    {
      field: 'translated_description',
      find: '毎時300mL',
      replace: '毎時400mL',
      labels: ['number_dropped', 'number_invented'],
    },
    '満水で24時間連続運転できます。',
  ),
  listing(
    'y03',
    'board_games',
    'fr',
    GAME_ZH,
    GAME_SRC,
    {
      translated_description:
        'Tuile est un jeu de stratégie pour 2 à 6 joueurs, dès 10 ans, avec des parties d’environ 45 minutes. La boîte contient 120 cartes et 4 pions en bois.',
      seo_title: 'Jeu de stratégie Tuile, de 2 à 6 joueurs',
      meta_description:
        'Tuile, jeu de stratégie familial pour 2 à 6 joueurs dès 10 ans : des parties d’environ 45 minutes, 120 cartes et 4 pions en bois pour des soirées animées.',
      h1: 'Tuile, le jeu qui réunit la famille',
      marketing_copy_a: 'Des heures de jeu pour le prix d’une place de cinéma. Achetez Tuile.',
      marketing_copy_b: 'Les rires autour de la table, le dimanche soir. Découvrez Tuile.',
      marketing_copy_c: 'Extension offerte cette semaine : ajoutez-la au panier.',
    },
    { field: 'meta_description', find: '45 minutes', replace: '60 minutes', labels: ['number_invented'] },
    'La boîte contient 120 cartes et 4 pions en bois.',
  ),
  listing(
    'y03',
    'board_games',
    'en',
    GAME_ZH,
    GAME_SRC,
    {
      translated_description:
        'Tuile is a strategy board game for 2 to 6 players aged 10 and up, with games lasting about 45 minutes. The box holds 120 cards and 4 wooden pawns.',
      seo_title: 'Tuile Strategy Board Game for 2–6 Players',
      meta_description:
        'Tuile family strategy board game for 2 to 6 players aged 10 and up: games of about 45 minutes, 120 cards and 4 wooden pawns for lively evenings at home.',
      h1: 'Tuile Strategy Game',
      marketing_copy_a: 'Hours of play for the price of a cinema ticket. Buy Tuile today.',
      marketing_copy_b: 'Sunday-night laughter around the kitchen table. Discover Tuile.',
      marketing_copy_c: 'Free expansion this week – shop now.',
    },
    {
      field: 'translated_description',
      find: 'about 45 minutes',
      replace: 'about 30 minutes',
      labels: ['number_dropped', 'number_invented'],
    },
    'The box holds 120 cards and 4 wooden pawns.',
  ),
  listing(
    'y04',
    'ski_goggles',
    'es',
    GOGGLES_ZH,
    GOGGLES_SRC,
    {
      translated_description:
        'Las gafas de esquí Firn tienen una lente antivaho de doble capa, con una transmisión de luz visible del 18 % y protección UV400. La montura admite gafas graduadas e incluye 2 lentes de repuesto.',
      seo_title: 'Gafas de esquí Firn antivaho UV400, OTG',
      meta_description:
        'Gafas de esquí Firn con lente antivaho de doble capa, 18 % de transmisión de luz, protección UV400, compatibles con gafas graduadas y con 2 lentes extra.',
      h1: 'Firn, visión clara en la pista',
      marketing_copy_a: 'Visión nítida todo el día sin pagar de más. Cómpralas ya.',
      marketing_copy_b: 'La primera bajada con el sol de cara y sin niebla en la lente. Descubre Firn.',
      marketing_copy_c: 'Funda de regalo esta semana: hazte con las tuyas.',
    },
    {
      field: 'translated_description',
      find: 'del 18 %',
      replace: 'del 25 %',
      labels: ['number_dropped', 'number_invented'],
    },
    'La montura admite gafas graduadas e incluye 2 lentes de repuesto.',
  ),
  listing(
    'y04',
    'ski_goggles',
    'de',
    GOGGLES_ZH,
    GOGGLES_SRC,
    {
      translated_description:
        'Die Skibrille Firn hat eine beschlagfreie Doppelscheibe mit 18 % Lichtdurchlässigkeit und UV400-Schutz. Sie passt über Korrekturbrillen. Im Lieferumfang sind 2 Wechselscheiben enthalten.',
      seo_title: 'Firn Skibrille mit 2 Wechselscheiben, UV400',
      meta_description:
        'Skibrille Firn mit beschlagfreier Doppelscheibe, 18 % Lichtdurchlässigkeit und UV400-Schutz, passt über Korrekturbrillen – inklusive 2 Wechselscheiben.',
      h1: 'Firn Skibrille',
      marketing_copy_a: 'Klare Sicht ohne Aufpreis. Jetzt kaufen.',
      marketing_copy_b: 'Die erste Abfahrt im Morgenlicht, ohne Nebel vor den Augen. Entdecken Sie Firn.',
      marketing_copy_c: 'Gratis Brillenetui diese Woche: Sichern Sie sich Ihre Firn.',
    },
    {
      field: 'seo_title',
      find: '2 Wechselscheiben',
      replace: '3 Wechselscheiben',
      labels: ['number_invented'],
    },
    'Im Lieferumfang sind 2 Wechselscheiben enthalten.',
  ),
  listing(
    'y05',
    'kitchen_scales',
    'ja',
    SCALE_ZH,
    SCALE_SRC,
    {
      translated_description:
        'Gramaのデジタルキッチンスケールは最大5kgまで、1g単位で量れます。風袋引き機能とバックライト付き液晶を備えています。計量皿は20×15cmで、g・oz・mLなど4種類の単位に切り替えられます。',
      seo_title: 'Grama キッチンスケール 最大5kg 1g単位',
      meta_description:
        '最大5kgまで1g単位で量れるデジタルキッチンスケール。風袋引き機能とバックライト付き液晶で、お菓子作りも毎日の料理も正確に量れます。',
      h1: 'Grama デジタルキッチンスケール',
      marketing_copy_a: 'プロの精度を、手頃な価格で。今すぐ購入。',
      marketing_copy_b: 'レシピどおりに焼けた日の、あのうれしさを。ぜひお試しください。',
      marketing_copy_c: '計量スプーン付きキャンペーン実施中。今すぐチェック。',
    },
    { field: 'seo_title', find: '最大5kg', replace: '最大3kg', labels: ['number_invented'] },
    '計量皿は20×15cmで、g・oz・mLなど4種類の単位に切り替えられます。',
  ),
  listing(
    'y05',
    'kitchen_scales',
    'fr',
    SCALE_ZH,
    SCALE_SRC,
    {
      translated_description:
        'La balance de cuisine Grama pèse jusqu’à 5 kg avec une précision de 1 g, avec fonction tare et écran LCD rétroéclairé. Le plateau mesure 20 × 15 cm. Elle affiche le poids en 4 unités, dont g, oz et ml.',
      seo_title: 'Balance de cuisine Grama, 5 kg, précision 1 g',
      meta_description:
        'Balance de cuisine numérique Grama jusqu’à 5 kg avec une précision de 1 g, fonction tare, écran rétroéclairé et 4 unités de mesure pour cuisiner juste.',
      h1: 'Grama, la précision en cuisine',
      marketing_copy_a: 'La précision d’un chef pour le prix d’un moule à gâteau. Achetez Grama.',
      marketing_copy_b: 'Le gâteau réussi du premier coup, enfin. Découvrez Grama.',
      marketing_copy_c: 'Cuillères doseuses offertes ce mois-ci : commandez-la maintenant.',
    },
    {
      field: 'translated_description',
      replace: 'Elle s’éteint automatiquement après 2 minutes.',
      labels: ['number_invented'],
    },
    'Le plateau mesure 20 × 15 cm.',
  ),
  listing(
    'y06',
    'jump_starters',
    'en',
    STARTER_ZH,
    STARTER_SRC,
    {
      translated_description:
        'The Kickr car jump starter delivers 2000 A peak current and starts petrol engines up to 7 L and diesel engines up to 5.5 L. Its 12,000 mAh battery also charges your phone, and it has a built-in LED torch.',
      seo_title: 'Kickr Car Jump Starter, 2000 A, 12,000 mAh',
      meta_description:
        'Kickr car jump starter with 2000 A peak current for petrol engines up to 7 L and diesel up to 5.5 L, plus a 12,000 mAh power bank and an LED torch.',
      h1: 'Kickr Jump Starter',
      marketing_copy_a: 'Roadside rescue for less than a tow. Buy Kickr now.',
      marketing_copy_b: 'A cold morning, a flat battery, and you still make it to work. Discover Kickr.',
      marketing_copy_c: 'Free storage case this week – order today.',
    },
    { field: 'meta_description', find: 'up to 7 L', replace: 'up to 8 L', labels: ['number_invented'] },
    'Its 12,000 mAh battery also charges your phone, and it has a built-in LED torch.',
  ),
  listing(
    'y06',
    'jump_starters',
    'de',
    STARTER_ZH,
    STARTER_SRC,
    {
      translated_description:
        'Die Starthilfe-Powerbank Kickr liefert 2.000 A Spitzenstrom und startet Benzinmotoren bis 7 l sowie Dieselmotoren bis 5,5 l. Der Akku mit 12.000 mAh lädt auch Ihr Handy, eine LED-Taschenlampe ist eingebaut.',
      seo_title: 'Kickr Starthilfe-Powerbank, 2.000 A, 12.000 mAh',
      meta_description:
        'Starthilfe-Powerbank Kickr für Benziner bis 7 l und Diesel bis 5,5 l, mit 2.000 A Spitzenstrom, 12.000-mAh-Akku und LED-Lampe für Notfälle unterwegs.',
      h1: 'Kickr Starthilfe',
      marketing_copy_a: 'Pannenhilfe für weniger als eine Abschleppfahrt. Jetzt kaufen.',
      marketing_copy_b: 'Kalter Morgen, leere Batterie – und trotzdem pünktlich. Entdecken Sie Kickr.',
      marketing_copy_c: 'Gratis Tasche diese Woche: Jetzt bestellen.',
    },
    {
      field: 'translated_description',
      replace: 'Eine Akkuladung reicht für bis zu 30 Starthilfen.',
      labels: ['number_invented'],
    },
    'Der Akku mit 12.000 mAh lädt auch Ihr Handy, eine LED-Taschenlampe ist eingebaut.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_9_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `Below is the English version of the product description:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `**SEO Title:** ${c.seo_title}` }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a} (value angle, 11 words)` }),
      (c) => ({ h1: `<h1>${c.h1}</h1>` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nWant me to make this one a little more playful?`,
      }),
      (c) => ({ translated_description: `## Product Description\n${c.translated_description}` }),
      (c) => ({
        marketing_copy_c: `Option 1: ${c.marketing_copy_c}\nOption 2: Stocks are limited – grab yours before they go.`,
      }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a} [Insert store link]` }),
      (c) => ({ h1: `{"h1": "${c.h1}"}` }),
    ],
    forbidden: [
      'Far from a cheap gadget.',
      'Never a counterfeit.',
      'Accept no imitation.',
      'Knockoffs cannot compete.',
    ],
    slogans: ['Sew what you love.', 'Game night, sorted.'],
    chineseLeftovers: [],
    duplicateLead: 'Quick take: ',
    titleStuffing: ' | Best Gift, Top Rated, Free Returns, New Season',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `Claro, aquí va la descripción traducida al español:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `[Título SEO optimizado] ${c.seo_title}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nLet me know if you need anything else!` }),
      (c) => ({ meta_description: `«${c.meta_description}»` }),
      (c) => ({
        marketing_copy_a: `Opción A: ${c.marketing_copy_a}\nOpción B: Calidad que se nota cada día. Pruébalas ya.`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n*He adaptado ligeramente el tono para el público de España.*`,
      }),
    ],
    forbidden: [
      'No es una imitación barata.',
      'Cuidado con las falsificaciones.',
      'Olvídate de las réplicas.',
      'Nada de productos falsos.',
    ],
    slogans: ['La nieve, sin niebla.', 'Tu taller en casa.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Regalo ideal, envío gratis, novedad, top ventas',
  },
  fr: {
    artifacts: [
      (c) => ({ seo_title: `Titre SEO proposé : « ${c.seo_title} »` }),
      (c) => ({ translated_description: `French version below:\n\n${c.translated_description}` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nN’hésitez pas à me demander d’autres variantes.`,
      }),
      (c) => ({ h1: `# ${c.h1}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c} (Désolé, la version précédente était trop longue.)`,
      }),
      (c) => ({ marketing_copy_a: `[Nom de la marque] – ${c.marketing_copy_a}` }),
    ],
    forbidden: [
      'Méfiez-vous des contrefaçons.',
      'Pas une imitation.',
      'Aucun faux produit.',
      'Une qualité pas chère.',
    ],
    slogans: ['Le jeu, ensemble.', 'Peser juste, cuisiner mieux.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Cadeau idéal, meilleure vente, livraison offerte',
  },
  de: {
    artifacts: [
      (c) => ({ translated_description: `Here's the German version:\n\n${c.translated_description}` }),
      (c) => ({ seo_title: `SEO-Titel (Vorschlag): „${c.seo_title}“` }),
      (c) => ({ meta_description: `Entschuldigung, hier die korrigierte Fassung: ${c.meta_description}` }),
      (c) => ({ marketing_copy_c: `**Aktion:** ${c.marketing_copy_c}` }),
      (c) => ({ translated_description: `${c.translated_description}\n\nViel Erfolg mit Ihrem Shop!` }),
      (c) => ({ h1: `Überschrift (H1): ${c.h1}` }),
      (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}\n\n(Der Text betont wie gewünscht das Preis-Leistungs-Verhältnis.)`,
      }),
      (c) => ({ marketing_copy_b: `Emotionaler Werbetext, bitte ohne Du-Form: ${c.marketing_copy_b}` }),
    ],
    forbidden: [
      'Kein billiges Spielzeug.',
      'Vorsicht vor Fälschungen.',
      'Keine Imitate.',
      'Eine Replik? Nein.',
    ],
    slogans: ['Klare Sicht, volle Fahrt.', 'Durchatmen zu Hause.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' | Top Geschenk, Bestseller, gratis Versand, neu',
  },
  ja: {
    artifacts: [
      (c) => ({ translated_description: `以下、日本語訳です。\n\n${c.translated_description}` }),
      (c) => ({ seo_title: `【SEOタイトル】${c.seo_title}` }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a}\n\n(Tone: casual, value-focused)` }),
      (c) => ({ meta_description: `メタディスクリプション：${c.meta_description}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n申し訳ありませんが、原文の一部は意訳しています。`,
      }),
      (c) => ({ marketing_copy_c: `**${c.marketing_copy_c}**` }),
    ],
    forbidden: [
      'コピー品にご注意ください。',
      '激安なのに高品質。',
      '偽物は扱っていません。',
      '模倣品とは品質が違います。',
    ],
    slogans: ['うるおいのある暮らし。', 'はかる楽しさを、毎日に。'],
    chineseLeftovers: ['这款秤很准确。', '称重时请放在平稳的台面上。'],
    duplicateLead: '要するに、',
    titleStuffing: '｜プレゼント 人気ランキング 送料無料',
  },
};
