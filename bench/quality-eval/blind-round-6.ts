// Blind set, round 6 (written after the round-5 fixes, scored once without tuning: the final held-out figure):
// six products in categories no earlier set has, 12 hand-written listings, three artifact styles per listing
// and wording of its own; legitimate numbers: 87 keys, 3 modes, 3200 rpm, 4K, 249 g, 31 minutes, 10 km (6.2 mi),
// 38 settings, 40 mm, 5-inch, 300 m, 25 km/h, 10-inch wheels.
import type { Language } from '@content-pipeline/languages';
import type { BlindListing, DefectWording } from './blind-set';

const KEYBOARD_ZH = 'Klik 87键三模机械键盘';
const KEYBOARD_SRC =
  'Klik 机械键盘87键布局，支持热插拔，三模连接（有线、蓝牙、2.4G）。续航200小时，重量820克。';
const MASSAGE_ZH = 'Pulso 筋膜枪';
const MASSAGE_SRC = 'Pulso 筋膜枪六档力度，最高转速每分钟3200转，配有5个按摩头，充满电可用6小时。';
const DRONE_ZH = 'Volar 4K折叠无人机';
const DRONE_SRC = 'Volar 折叠无人机搭载4K摄像头，单次飞行时间31分钟，机身重249克，图传距离10公里。';
const GRINDER_ZH = 'Molino 电动磨豆机';
const GRINDER_SRC = 'Molino 磨豆机提供38档研磨粗细，采用40毫米锥形刀盘，豆仓容量250克。';
const MONITOR_ZH = 'Nana 5英寸婴儿监视器';
const MONITOR_SRC = 'Nana 婴儿监视器配备5英寸屏幕，支持红外夜视和双向通话，传输距离300米，电池续航12小时。';
const SCOOTER_ZH = 'Ruta 折叠电动滑板车';
const SCOOTER_SRC = 'Ruta 电动滑板车最高时速25公里，续航30公里，10英寸充气轮胎，最大承重120公斤。';

export const ROUND_6_LISTINGS: readonly BlindListing[] = [
  {
    sku: 'u01',
    category: 'keyboards',
    language: 'en',
    productName: KEYBOARD_ZH,
    productDescription: KEYBOARD_SRC,
    content: {
      translated_description:
        'The Klik mechanical keyboard has an 87-key layout with hot-swappable switches and connects three ways: wired, Bluetooth or 2.4 GHz. The battery lasts 200 hours, and it weighs 820 g.',
      seo_title: 'Klik 87-Key Wireless Mechanical Keyboard',
      meta_description:
        'Klik 87-key mechanical keyboard with hot-swappable switches and three connection modes (wired, Bluetooth, 2.4 GHz), 200-hour battery life and 820 g weight.',
      h1: 'Klik Mechanical Keyboard',
      marketing_copy_a: 'Enthusiast features at an everyday price. Buy the Klik now.',
      marketing_copy_b: 'That satisfying click with every word you type. Discover Klik.',
      marketing_copy_c: 'Free keycap puller this week – order today.',
    },
    invent: { field: 'seo_title', find: '87-Key', replace: '104-Key', labels: ['number_invented'] },
    drop: 'The battery lasts 200 hours, and it weighs 820 g.',
  },
  {
    sku: 'u01',
    category: 'keyboards',
    language: 'fr',
    productName: KEYBOARD_ZH,
    productDescription: KEYBOARD_SRC,
    content: {
      translated_description:
        'Le clavier mécanique Klik compte 87 touches, des switchs remplaçables à chaud et trois modes de connexion : filaire, Bluetooth ou 2,4 GHz. Son autonomie atteint 200 heures pour un poids de 820 g.',
      seo_title: 'Clavier mécanique sans fil Klik, 87 touches',
      meta_description:
        'Clavier mécanique Klik de 87 touches, switchs remplaçables à chaud, trois modes de connexion, 200 heures d’autonomie et 820 g seulement sur le bureau.',
      h1: 'Klik, le clavier qui claque',
      marketing_copy_a: 'Des fonctions de passionné à prix raisonnable. Commandez Klik.',
      marketing_copy_b: 'Ce clic satisfaisant à chaque mot tapé. Découvrez Klik.',
      marketing_copy_c: 'Extracteur de touches offert cette semaine : profitez-en.',
    },
    invent: {
      field: 'translated_description',
      find: 'atteint 200 heures',
      replace: 'atteint 250 heures',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'Son autonomie atteint 200 heures pour un poids de 820 g.',
  },
  {
    sku: 'u02',
    category: 'massage_devices',
    language: 'de',
    productName: MASSAGE_ZH,
    productDescription: MASSAGE_SRC,
    content: {
      translated_description:
        'Die Pulso Massagepistole hat sechs Intensitätsstufen und bis zu 3.200 Schläge pro Minute. Fünf Massageköpfe liegen bei, und eine Akkuladung reicht für 6 Stunden.',
      seo_title: 'Pulso Massagepistole, 6 Stufen, 5 Aufsätze',
      meta_description:
        'Massagepistole Pulso mit sechs Stufen, bis zu 3.200 Schlägen pro Minute, fünf Massageköpfen und 6 Stunden Akkulaufzeit für die Regeneration nach dem Sport.',
      h1: 'Pulso Massagepistole',
      marketing_copy_a: 'Profi-Regeneration zum kleinen Preis. Jetzt bestellen.',
      marketing_copy_b: 'Verspannungen lösen sich, bevor der Abend beginnt. Entdecken Sie Pulso.',
      marketing_copy_c: 'Gratis Tragetasche diese Woche: Jetzt kaufen.',
    },
    invent: {
      field: 'meta_description',
      find: 'bis zu 3.200 Schlägen',
      replace: 'bis zu 3.600 Schlägen',
      labels: ['number_invented'],
    },
    drop: 'Fünf Massageköpfe liegen bei, und eine Akkuladung reicht für 6 Stunden.',
  },
  {
    sku: 'u02',
    category: 'massage_devices',
    language: 'ja',
    productName: MASSAGE_ZH,
    productDescription: MASSAGE_SRC,
    content: {
      translated_description:
        'Pulsoのマッサージガンは6段階の強さで、最大毎分3,200回。アタッチメントが5種類付属し、フル充電で6時間使えます。',
      seo_title: 'Pulso マッサージガン 6段階調整',
      meta_description:
        '6段階の強さ、最大毎分3,200回のマッサージガン。アタッチメント5種類付きで、フル充電で6時間使えます。運動後のケアに。',
      h1: 'Pulso マッサージガン',
      marketing_copy_a: 'プロ仕様のケアを、この価格で。今すぐ購入。',
      marketing_copy_b: '一日の終わりに、こりがほぐれる心地よさ。ぜひお試しください。',
      marketing_copy_c: '今週は収納ケース付き。お早めにどうぞ。',
    },
    invent: { field: 'seo_title', find: '6段階', replace: '8段階', labels: ['number_invented'] },
    drop: 'アタッチメントが5種類付属し、フル充電で6時間使えます。',
  },
  {
    sku: 'u03',
    category: 'drones',
    language: 'es',
    productName: DRONE_ZH,
    productDescription: DRONE_SRC,
    content: {
      translated_description:
        'El dron plegable Volar lleva una cámara 4K y vuela 31 minutos por batería. Pesa 249 g y transmite vídeo hasta a 10 km.',
      seo_title: 'Dron plegable Volar con cámara 4K, 249 g',
      meta_description:
        'Dron plegable Volar con cámara 4K, 31 minutos de vuelo por batería, solo 249 g de peso y transmisión de vídeo hasta 10 km para tus mejores tomas.',
      h1: 'Volar, tu cámara en el cielo',
      marketing_copy_a: 'Tomas aéreas de cine a precio de afición. Cómpralo hoy.',
      marketing_copy_b: 'El paisaje de tus vacaciones, visto como nunca. Descubre Volar.',
      marketing_copy_c: 'Batería extra de regalo este mes: aprovecha.',
    },
    invent: {
      field: 'translated_description',
      find: 'vuela 31 minutos',
      replace: 'vuela 34 minutos',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'Pesa 249 g y transmite vídeo hasta a 10 km.',
  },
  {
    sku: 'u03',
    category: 'drones',
    language: 'en',
    productName: DRONE_ZH,
    productDescription: DRONE_SRC,
    content: {
      translated_description:
        'The Volar foldable drone carries a 4K camera and flies for 31 minutes per battery. It weighs 249 g (8.8 oz) and streams video up to 10 km (6.2 mi) away.',
      seo_title: 'Volar 4K Foldable Drone, 249 g, 31-Min Flight',
      meta_description:
        'Volar foldable drone with a 4K camera, 31 minutes of flight per battery, just 249 g and video transmission up to 10 km for your best aerial shots.',
      h1: 'Volar Foldable Drone',
      marketing_copy_a: 'Cinematic aerial shots at a hobby price. Get the Volar today.',
      marketing_copy_b: 'Your holiday landscape, seen like never before. Discover Volar.',
      marketing_copy_c: 'Free extra battery this month – shop now.',
    },
    invent: {
      field: 'meta_description',
      find: 'up to 10 km',
      replace: 'up to 12 km',
      labels: ['number_invented'],
    },
    drop: 'It weighs 249 g (8.8 oz) and streams video up to 10 km (6.2 mi) away.',
  },
  {
    sku: 'u04',
    category: 'coffee_grinders',
    language: 'fr',
    productName: GRINDER_ZH,
    productDescription: GRINDER_SRC,
    content: {
      translated_description:
        'Le moulin à café Molino propose 38 réglages de mouture grâce à ses meules coniques de 40 mm. Sa trémie contient 250 g de grains.',
      seo_title: 'Moulin à café électrique Molino, 38 réglages',
      meta_description:
        'Moulin à café électrique Molino : 38 réglages de mouture, meules coniques de 40 mm et trémie de 250 g pour un café fraîchement moulu chaque matin.',
      h1: 'Molino, la mouture sur mesure',
      marketing_copy_a: 'La précision d’un moulin de barista à prix doux. Achetez Molino.',
      marketing_copy_b: 'L’odeur du café fraîchement moulu dès le réveil. Découvrez Molino.',
      marketing_copy_c: 'Pinceau de nettoyage offert : commandez vite.',
    },
    invent: { field: 'seo_title', find: '38 réglages', replace: '36 réglages', labels: ['number_invented'] },
    drop: 'Sa trémie contient 250 g de grains.',
  },
  {
    sku: 'u04',
    category: 'coffee_grinders',
    language: 'de',
    productName: GRINDER_ZH,
    productDescription: GRINDER_SRC,
    content: {
      translated_description:
        'Die elektrische Kaffeemühle Molino bietet 38 Mahlgradstufen und ein 40-mm-Kegelmahlwerk. Der Bohnenbehälter fasst 250 g.',
      seo_title: 'Molino elektrische Kaffeemühle, 38 Mahlgrade',
      meta_description:
        'Elektrische Kaffeemühle Molino mit 38 Mahlgradstufen, 40-mm-Kegelmahlwerk und 250 g Bohnenbehälter für frisch gemahlenen Kaffee an jedem Morgen.',
      h1: 'Molino Kaffeemühle',
      marketing_copy_a: 'Barista-Präzision zum fairen Preis. Jetzt bestellen.',
      marketing_copy_b: 'Der Duft frisch gemahlener Bohnen schon beim Aufstehen. Entdecken Sie Molino.',
      marketing_copy_c: 'Gratis Reinigungspinsel: Sichern Sie sich Ihre Mühle.',
    },
    invent: {
      field: 'translated_description',
      replace: 'Das Mahlwerk ist für 15 Jahre Dauerbetrieb ausgelegt.',
      labels: ['number_invented'],
    },
    drop: 'Der Bohnenbehälter fasst 250 g.',
  },
  {
    sku: 'u05',
    category: 'baby_monitors',
    language: 'ja',
    productName: MONITOR_ZH,
    productDescription: MONITOR_SRC,
    content: {
      translated_description:
        'Nanaのベビーモニターは5インチ画面を搭載し、赤外線ナイトビジョンと双方向通話に対応。通信距離は300m、バッテリーは12時間持ちます。',
      seo_title: 'Nana ベビーモニター 5インチ画面',
      meta_description:
        '5インチ画面のベビーモニター。赤外線ナイトビジョン、双方向通話、通信距離300m、12時間駆動のバッテリーで夜も安心です。',
      h1: 'Nana ベビーモニター',
      marketing_copy_a: '安心を、手の届く価格で。今すぐカートへ。',
      marketing_copy_b: '別の部屋にいても、寝顔がすぐそばに。ぜひチェックしてください。',
      marketing_copy_c: '今月は送料無料。お見逃しなく。',
    },
    invent: {
      field: 'meta_description',
      find: '通信距離300m',
      replace: '通信距離500m',
      labels: ['number_invented'],
    },
    drop: '通信距離は300m、バッテリーは12時間持ちます。',
  },
  {
    sku: 'u05',
    category: 'baby_monitors',
    language: 'es',
    productName: MONITOR_ZH,
    productDescription: MONITOR_SRC,
    content: {
      translated_description:
        'El vigilabebés Nana tiene una pantalla de 5 pulgadas, visión nocturna por infrarrojos y conversación bidireccional. Su alcance es de 300 m y la batería dura 12 horas.',
      seo_title: 'Vigilabebés Nana con pantalla de 5 pulgadas',
      meta_description:
        'Vigilabebés Nana con pantalla de 5 pulgadas, visión nocturna, conversación bidireccional, 300 m de alcance y 12 horas de batería para dormir tranquilos.',
      h1: 'Nana, siempre a su lado',
      marketing_copy_a: 'Tranquilidad a un precio sensato. Pídelo ya.',
      marketing_copy_b: 'Su carita dormida, aunque estés en otra habitación. Descubre Nana.',
      marketing_copy_c: 'Envío gratis este mes: añádelo al carrito.',
    },
    invent: {
      field: 'translated_description',
      find: 'la batería dura 12 horas',
      replace: 'la batería dura 16 horas',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'Su alcance es de 300 m y la batería dura 12 horas.',
  },
  {
    sku: 'u06',
    category: 'e_scooters',
    language: 'en',
    productName: SCOOTER_ZH,
    productDescription: SCOOTER_SRC,
    content: {
      translated_description:
        'The Ruta folding e-scooter reaches 25 km/h and travels 30 km on a charge. It rolls on 10-inch pneumatic tyres and carries up to 120 kg.',
      seo_title: 'Ruta Folding Electric Scooter, 25 km/h, 30 km',
      meta_description:
        'Ruta folding electric scooter: top speed 25 km/h, 30 km range, 10-inch pneumatic tyres and a 120 kg maximum load for easy everyday commuting.',
      h1: 'Ruta Electric Scooter',
      marketing_copy_a: 'City commuting for less than a monthly pass. Order the Ruta now.',
      marketing_copy_b: 'Glide past the traffic with the wind in your face. Discover Ruta.',
      marketing_copy_c: 'Free helmet this week – shop now.',
    },
    invent: {
      field: 'translated_description',
      replace: 'It charges fully in 4 hours.',
      labels: ['number_invented'],
    },
    drop: 'It rolls on 10-inch pneumatic tyres and carries up to 120 kg.',
  },
  {
    sku: 'u06',
    category: 'e_scooters',
    language: 'de',
    productName: SCOOTER_ZH,
    productDescription: SCOOTER_SRC,
    content: {
      translated_description:
        'Der faltbare E-Scooter Ruta fährt bis zu 25 km/h und kommt mit einer Ladung 30 km weit. Er rollt auf 10-Zoll-Luftreifen und trägt bis zu 120 kg.',
      seo_title: 'Ruta faltbarer E-Scooter, 25 km/h, 30 km',
      meta_description:
        'Faltbarer E-Scooter Ruta mit 25 km/h Höchstgeschwindigkeit, 30 km Reichweite, 10-Zoll-Luftreifen und bis zu 120 kg Zuladung für den Weg zur Arbeit.',
      h1: 'Ruta E-Scooter',
      marketing_copy_a: 'Mobil in der Stadt für weniger als ein Monatsticket. Jetzt kaufen.',
      marketing_copy_b: 'Am Stau vorbei, den Fahrtwind im Gesicht. Entdecken Sie Ruta.',
      marketing_copy_c: 'Gratis Helm diese Woche: in den Warenkorb legen.',
    },
    invent: {
      field: 'meta_description',
      find: '30 km Reichweite',
      replace: '35 km Reichweite',
      labels: ['number_invented'],
    },
    drop: 'Er rollt auf 10-Zoll-Luftreifen und trägt bis zu 120 kg.',
  },
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_6_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `As requested, the English description follows.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `SEO: ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description} (Units converted from the Chinese source.)`,
      }),
      (c) => ({ meta_description: `Meta (EN) – ${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `Value angle: ${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Shall I also write a shorter one?` }),
      (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
      (c) => ({ h1: `H1 = ${c.h1}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n— Translated by the localisation assistant`,
      }),
    ],
    forbidden: [
      'Better than any knockoff.',
      'Say no to fakes.',
      'Cheaper than the rest, built better.',
      'No replica parts.',
    ],
    slogans: ['Ride the city.', 'Fly higher.'],
    chineseLeftovers: [],
    duplicateLead: 'Good to know: ',
    titleStuffing: ' | Top Rated, Fast Delivery, Gift for Him, Sale',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `Según lo solicitado, a continuación la descripción en español.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `SEO: ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description} (Unidades convertidas desde la fuente china.)`,
      }),
      (c) => ({ meta_description: `Meta (ES) – ${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `Enfoque de valor: ${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} ¿Escribo también una versión más corta?` }),
    ],
    forbidden: [
      'Mejor que cualquier imitación.',
      'Di no a las réplicas.',
      'Más barato que la competencia.',
      'Nada de piezas falsas.',
    ],
    slogans: ['Vuela más alto.', 'Siempre cerca.'],
    chineseLeftovers: [],
    duplicateLead: 'Dato útil: ',
    titleStuffing: ' | Mejor valorado, envío rápido, regalo y oferta',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `Comme demandé, voici la description en français.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `SEO : ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description} (Unités converties depuis la source chinoise.)`,
      }),
      (c) => ({ meta_description: `Méta (FR) – ${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `Angle valeur : ${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Dois-je aussi en écrire une plus courte ?` }),
    ],
    forbidden: [
      'Mieux qu’une contrefaçon.',
      'Non aux répliques.',
      'Pas cher et bien conçu.',
      'Aucune fausse pièce.',
    ],
    slogans: ['Le café, autrement.', 'Tapez plus vite.'],
    chineseLeftovers: [],
    duplicateLead: 'Bon à savoir : ',
    titleStuffing: ' | Mieux noté, livraison rapide, idée cadeau, promo',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Wie gewünscht folgt die deutsche Beschreibung.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `SEO: ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description} (Einheiten aus der chinesischen Vorlage umgerechnet.)`,
      }),
      (c) => ({ meta_description: `Meta (DE) – ${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `Nutzenversion: ${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Soll ich zusätzlich eine kürzere schreiben?` }),
      (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
      (c) => ({ h1: `H1 = ${c.h1}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n— Übersetzt vom Lokalisierungsassistenten`,
      }),
    ],
    forbidden: [
      'Besser als jede Fälschung.',
      'Nein zu Imitaten.',
      'Billiger als die Konkurrenz.',
      'Keine Replik-Teile.',
    ],
    slogans: ['Mehr Ruhe im Alltag.', 'Frisch gemahlen.'],
    chineseLeftovers: [],
    duplicateLead: 'Gut zu wissen: ',
    titleStuffing: ' | Top bewertet, schnelle Lieferung, Geschenk, Angebot',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `ご依頼のとおり、日本語の説明文をお送りします。\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `SEO：${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}（単位は中国語の原文から換算しました。）`,
      }),
      (c) => ({ meta_description: `メタ（JA）― ${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `価値訴求の切り口：${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} もっと短いものもお作りしましょうか？` }),
    ],
    forbidden: [
      '激安価格で販売中。',
      '偽物とは違います。',
      'レプリカではありません。',
      'コピー品ではない本物。',
    ],
    slogans: ['毎日を、もっと軽やかに。', '安心を、いつもそばに。'],
    chineseLeftovers: ['这个产品非常好用。', '欢迎大家购买。'],
    duplicateLead: 'ご案内。',
    titleStuffing: '｜高評価 即日発送 ギフト セール 人気',
  },
};
