// Blind set, round 3 (written after the round-2 fixes, scored once without tuning: the latest held-out figure):
// eight products in categories no earlier set has, 15 hand-written listings, three artifact styles per listing,
// and legitimate numbers of their own (925 silver, 45 cm + 5 cm, HRC 60±2, 67 layers, 4K, 170°, 26,000 DPI,
// 0–36 months (3 years), 2024 model, 203 dpi, 12–50 mm, 二本継).
import type { Language } from '@content-pipeline/languages';
import type { BlindListing, DefectWording } from './blind-set';

const NECKLACE_ZH = 'Lunea 925银锆石项链';
const NECKLACE_SRC =
  'Lunea 项链采用925纯银，链长45厘米，另附5厘米延长链。吊坠镶嵌一颗6毫米锆石，附送精美礼盒。';
const KNIFE_ZH = 'Hakuto 大马士革主厨刀 8英寸';
const KNIFE_SRC =
  'Hakuto 主厨刀刃长8英寸（20厘米），由67层大马士革钢锻造，硬度HRC60±2。刀重220克，配有木质刀鞘。';
const DUVET_ZH = 'Nido 白鹅绒羽绒被';
const DUVET_SRC = 'Nido 羽绒被尺寸200×220厘米，填充90%白鹅绒，填充量1.2公斤，蓬松度700。外层为100%纯棉面料。';
const DASHCAM_ZH = 'Vigil 4K 前后双录行车记录仪';
const DASHCAM_SRC =
  'Vigil 行车记录仪前镜头4K录制，后镜头1080P，170°超广角。支持最大256GB存储卡，停车监控24小时。';
const MOUSE_ZH = 'Strix 2024款无线游戏鼠标';
const MOUSE_SRC = 'Strix 2024款游戏鼠标传感器最高26000 DPI，配有8个可编程按键，重量仅59克，续航90小时。';
const ROD_ZH = 'Kawa 碳素路亚竿 2.1米';
const ROD_SRC = 'Kawa 路亚竿全长2.1米，二节设计，重115克，适用饵重5至20克。竿身为高模量碳素。';
const STROLLER_ZH = 'Bimbo 轻便婴儿推车';
const STROLLER_SRC =
  'Bimbo 推车重6.8公斤，折叠后尺寸55×45×25厘米，适合0至36个月宝宝，最大承重22公斤。五点式安全带。';
const PRINTER_ZH = 'Etik 蓝牙标签打印机';
const PRINTER_SRC =
  'Etik 标签打印机打印速度每秒30毫米，分辨率203dpi，支持12至50毫米宽的标签。一次充电可打印约1000张。';

export const ROUND_3_LISTINGS: readonly BlindListing[] = [
  {
    sku: 'r01',
    category: 'jewellery',
    language: 'en',
    productName: NECKLACE_ZH,
    productDescription: NECKLACE_SRC,
    content: {
      translated_description:
        'The Lunea necklace is made of 925 sterling silver with a 45 cm chain and a 5 cm extender. Its pendant holds a single 6 mm zirconia stone, and it arrives in a gift box.',
      seo_title: 'Lunea 925 Sterling Silver Necklace, 45 cm + 5 cm',
      meta_description:
        'Lunea necklace in 925 sterling silver: 45 cm chain with a 5 cm extender and a 6 mm zirconia pendant, delivered in an elegant gift box, ready to give.',
      h1: 'Lunea Silver Zirconia Necklace',
      marketing_copy_a: 'Real silver, a gift-box finish and a fair price. Buy the Lunea necklace.',
      marketing_copy_b: 'A small spark that catches the light with every move. Treat yourself.',
      marketing_copy_c: 'Free gift wrapping until Friday – shop now.',
    },
    invent: {
      field: 'seo_title',
      find: '45 cm + 5 cm',
      replace: '50 cm + 5 cm',
      labels: ['number_invented'],
    },
    drop: 'Its pendant holds a single 6 mm zirconia stone, and it arrives in a gift box.',
  },
  {
    sku: 'r01',
    category: 'jewellery',
    language: 'fr',
    productName: NECKLACE_ZH,
    productDescription: NECKLACE_SRC,
    content: {
      translated_description:
        'Le collier Lunea est en argent 925, avec une chaîne de 45 cm et une rallonge de 5 cm. Son pendentif est serti d’un oxyde de zirconium de 6 mm, et il est livré dans un écrin cadeau.',
      seo_title: 'Collier Lunea en argent 925, chaîne de 45 cm',
      meta_description:
        'Collier Lunea en argent 925 : chaîne de 45 cm avec rallonge de 5 cm et pendentif orné d’un zirconium de 6 mm, livré dans un joli écrin prêt à offrir.',
      h1: 'Lunea, l’éclat de l’argent',
      marketing_copy_a: 'Du vrai argent, un écrin soigné et un prix doux. Achetez le collier Lunea.',
      marketing_copy_b: 'Une petite étincelle qui accroche la lumière à chaque geste. Offrez-vous Lunea.',
      marketing_copy_c: 'Emballage cadeau offert jusqu’à vendredi : commandez vite.',
    },
    invent: {
      field: 'translated_description',
      replace: 'Le fermoir est garanti 3 ans.',
      labels: ['number_invented'],
    },
    drop: 'Son pendentif est serti d’un oxyde de zirconium de 6 mm, et il est livré dans un écrin cadeau.',
  },
  {
    sku: 'r02',
    category: 'kitchen_knives',
    language: 'de',
    productName: KNIFE_ZH,
    productDescription: KNIFE_SRC,
    content: {
      translated_description:
        'Das Hakuto Kochmesser hat eine 8 Zoll (20 cm) lange Klinge aus 67 Lagen Damaszener Stahl mit einer Härte von HRC 60±2. Es wiegt 220 g und wird mit einer Holzscheide geliefert.',
      seo_title: 'Hakuto Damast-Kochmesser 20 cm, 67 Lagen',
      meta_description:
        'Hakuto Kochmesser mit 20 cm (8 Zoll) Klinge aus 67-lagigem Damaszener Stahl, Härte HRC 60±2, nur 220 g schwer und mit passender Holzscheide geliefert.',
      h1: 'Hakuto Damaszener Kochmesser',
      marketing_copy_a: 'Handwerk aus 67 Lagen zum fairen Preis. Jetzt bestellen.',
      marketing_copy_b: 'Tomaten, Kräuter, Fisch – alles gleitet wie von selbst. Entdecken Sie Hakuto.',
      marketing_copy_c: 'Diese Woche mit Gratis-Schleifstein: Sichern Sie sich Ihr Messer.',
    },
    invent: {
      field: 'meta_description',
      find: 'nur 220 g schwer',
      replace: 'nur 180 g schwer',
      labels: ['number_invented'],
    },
    drop: 'Es wiegt 220 g und wird mit einer Holzscheide geliefert.',
  },
  {
    sku: 'r02',
    category: 'kitchen_knives',
    language: 'ja',
    productName: KNIFE_ZH,
    productDescription: KNIFE_SRC,
    content: {
      translated_description:
        'Hakutoの牛刀は刃渡り8インチ（20cm）。67層のダマスカス鋼で鍛造され、硬度はHRC60±2です。重さは220gで、木製の鞘が付属します。',
      seo_title: 'Hakuto ダマスカス牛刀 20cm 67層',
      meta_description:
        '刃渡り20cm、67層ダマスカス鋼の本格牛刀。硬度HRC60±2、重さ220gで毎日の料理にも扱いやすく、木製の鞘付きです。',
      h1: 'Hakuto ダマスカス包丁',
      marketing_copy_a: '本格ダマスカスを、この価格で。今すぐ購入。',
      marketing_copy_b: 'トマトもハーブも、すっと切れる快感。ぜひお試しください。',
      marketing_copy_c: '今週は砥石をプレゼント。お早めにどうぞ。',
    },
    invent: { field: 'seo_title', find: '67層', replace: '73層', labels: ['number_invented'] },
    drop: '重さは220gで、木製の鞘が付属します。',
  },
  {
    sku: 'r03',
    category: 'bedding',
    language: 'es',
    productName: DUVET_ZH,
    productDescription: DUVET_SRC,
    content: {
      translated_description:
        'El edredón nórdico Nido mide 200 × 220 cm y está relleno con un 90 % de plumón de oca blanca: 1,2 kg de relleno con un poder de llenado de 700. La funda exterior es 100 % algodón.',
      seo_title: 'Edredón de plumón de oca Nido 200 × 220 cm',
      meta_description:
        'Edredón Nido de 200 × 220 cm con 90 % de plumón de oca blanca, 1,2 kg de relleno y poder de llenado de 700. Funda de 100 % algodón para dormir mejor.',
      h1: 'Nido, el abrazo de cada noche',
      marketing_copy_a: 'Calidad de hotel a precio de casa. Consíguelo ya.',
      marketing_copy_b: 'Hundirse en una nube al final del día. Descubre Nido.',
      marketing_copy_c: 'Rebajas de invierno: añádelo al carrito hoy.',
    },
    invent: {
      field: 'translated_description',
      find: 'un 90 % de plumón',
      replace: 'un 95 % de plumón',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'La funda exterior es 100 % algodón.',
  },
  {
    sku: 'r03',
    category: 'bedding',
    language: 'fr',
    productName: DUVET_ZH,
    productDescription: DUVET_SRC,
    content: {
      translated_description:
        'La couette Nido mesure 200 × 220 cm et contient 90 % de duvet d’oie blanche, soit 1,2 kg de garnissage, avec un gonflant de 700. L’enveloppe est en coton à 100 %.',
      seo_title: 'Couette en duvet d’oie Nido 200 × 220 cm',
      meta_description:
        'Couette Nido de 200 × 220 cm garnie à 90 % de duvet d’oie blanche : 1,2 kg de garnissage, gonflant de 700 et enveloppe 100 % coton pour des nuits douces.',
      h1: 'Nido, la douceur d’un nuage',
      marketing_copy_a: 'Le confort d’un grand hôtel au prix juste. Commandez Nido.',
      marketing_copy_b: 'Se glisser dans un nuage après une longue journée. Découvrez Nido.',
      marketing_copy_c: 'Soldes d’hiver : ajoutez-la au panier dès aujourd’hui.',
    },
    invent: {
      field: 'meta_description',
      find: 'gonflant de 700',
      replace: 'gonflant de 800',
      labels: ['number_invented'],
    },
    drop: 'L’enveloppe est en coton à 100 %.',
  },
  {
    sku: 'r04',
    category: 'dash_cams',
    language: 'en',
    productName: DASHCAM_ZH,
    productDescription: DASHCAM_SRC,
    content: {
      translated_description:
        'The Vigil dash cam records in 4K at the front and 1080p at the rear, with a 170° ultra-wide view. It takes memory cards of up to 256 GB and offers 24-hour parking monitoring.',
      seo_title: 'Vigil 4K Front and Rear Dash Cam, 170° View',
      meta_description:
        'Vigil dual dash cam: 4K front and 1080p rear recording, 170° ultra-wide angle, memory cards up to 256 GB and 24-hour parking mode for peace of mind.',
      h1: 'Vigil Dual Dash Cam',
      marketing_copy_a: 'Front and rear coverage for less than you expect. Order the Vigil now.',
      marketing_copy_b: 'Every trip on record, so you can drive with peace of mind. Discover Vigil.',
      marketing_copy_c: 'Free 64 GB card this week only – grab the deal.',
    },
    invent: {
      field: 'translated_description',
      find: 'up to 256 GB',
      replace: 'up to 512 GB',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'It takes memory cards of up to 256 GB and offers 24-hour parking monitoring.',
  },
  {
    sku: 'r04',
    category: 'dash_cams',
    language: 'es',
    productName: DASHCAM_ZH,
    productDescription: DASHCAM_SRC,
    content: {
      translated_description:
        'La cámara para coche Vigil graba en 4K con la lente delantera y en 1080p con la trasera, con un ángulo ultra amplio de 170°. Admite tarjetas de hasta 256 GB y vigila el coche aparcado durante 24 horas.',
      seo_title: 'Cámara de coche Vigil 4K delantera y trasera',
      meta_description:
        'Cámara de coche Vigil: 4K delante y 1080p detrás, ángulo de 170°, tarjetas de hasta 256 GB y modo aparcamiento de 24 horas para conducir tranquilo.',
      h1: 'Vigil, tus viajes grabados',
      marketing_copy_a: 'Cobertura delante y detrás por menos de lo que imaginas. Pídela hoy.',
      marketing_copy_b: 'Cada trayecto registrado para que conduzcas tranquilo. Descubre Vigil.',
      marketing_copy_c: 'Solo esta semana, tarjeta de regalo: aprovecha.',
    },
    invent: {
      field: 'seo_title',
      find: 'Vigil 4K',
      replace: 'Vigil 5K',
      labels: ['number_invented'],
    },
    drop: 'Admite tarjetas de hasta 256 GB y vigila el coche aparcado durante 24 horas.',
  },
  {
    sku: 'r05',
    category: 'gaming_peripherals',
    language: 'ja',
    productName: MOUSE_ZH,
    productDescription: MOUSE_SRC,
    content: {
      translated_description:
        'Strixの2024年モデルのゲーミングマウスは、最大26,000DPIのセンサーと8個のプログラム可能なボタンを搭載。重さはわずか59gで、最大90時間使えます。',
      seo_title: 'Strix ワイヤレスゲーミングマウス 59g',
      meta_description:
        '最大26,000DPIセンサー、8個のプログラムボタンを備えた2024年モデル。わずか59gの軽さで、最大90時間のバッテリー持ち。',
      h1: 'Strix 軽量ゲーミングマウス',
      marketing_copy_a: 'ハイエンド性能を手の届く価格で。今すぐカートへ。',
      marketing_copy_b: '勝負の一瞬に、迷いのないエイム。ぜひチェックしてください。',
      marketing_copy_c: '発売記念セール中。お見逃しなく、ご注文はお早めに。',
    },
    invent: {
      field: 'translated_description',
      find: '最大90時間',
      replace: '最大120時間',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: '重さはわずか59gで、最大90時間使えます。',
  },
  {
    sku: 'r05',
    category: 'gaming_peripherals',
    language: 'de',
    productName: MOUSE_ZH,
    productDescription: MOUSE_SRC,
    content: {
      translated_description:
        'Die kabellose Gaming-Maus Strix (Modell 2024) hat einen Sensor mit bis zu 26.000 DPI und 8 programmierbare Tasten. Sie wiegt nur 59 g und hält bis zu 90 Stunden durch.',
      seo_title: 'Strix kabellose Gaming-Maus, 59 g, 26.000 DPI',
      meta_description:
        'Strix Gaming-Maus, Modell 2024: Sensor mit bis zu 26.000 DPI, 8 programmierbare Tasten, nur 59 g leicht und bis zu 90 Stunden Akkulaufzeit.',
      h1: 'Strix Gaming-Maus',
      marketing_copy_a: 'High-End-Sensor zum Mittelklassepreis. Jetzt kaufen.',
      marketing_copy_b: 'Im entscheidenden Moment zählt jeder Millimeter. Entdecken Sie Strix.',
      marketing_copy_c: 'Zum Marktstart mit Rabatt: in den Warenkorb legen.',
    },
    invent: {
      field: 'translated_description',
      replace: 'Die Abtastrate beträgt 8.000 Hz.',
      labels: ['number_invented'],
    },
    drop: 'Sie wiegt nur 59 g und hält bis zu 90 Stunden durch.',
  },
  {
    sku: 'r06',
    category: 'fishing',
    language: 'fr',
    productName: ROD_ZH,
    productDescription: ROD_SRC,
    content: {
      translated_description:
        'La canne Kawa mesure 2,10 m, se démonte en deux brins et pèse 115 g. Elle lance des leurres de 5 à 20 g, et son blank est en carbone haut module.',
      seo_title: 'Canne à leurres Kawa 2,10 m, 5–20 g, carbone',
      meta_description:
        'Canne à leurres Kawa en carbone haut module : 2,10 m en deux brins, seulement 115 g, pour des leurres de 5 à 20 g. Légère et précise au lancer.',
      h1: 'Kawa, la canne légère',
      marketing_copy_a: 'Le carbone haut module sans le prix qui va avec. Achetez la Kawa.',
      marketing_copy_b: 'Le premier lancer du matin, quand l’eau est encore calme. Découvrez Kawa.',
      marketing_copy_c: 'Ouverture de la pêche : profitez-en vite.',
    },
    invent: {
      field: 'seo_title',
      find: '5–20 g',
      replace: '5–25 g',
      labels: ['number_invented'],
    },
    drop: 'Elle lance des leurres de 5 à 20 g, et son blank est en carbone haut module.',
  },
  {
    sku: 'r06',
    category: 'fishing',
    language: 'ja',
    productName: ROD_ZH,
    productDescription: ROD_SRC,
    content: {
      translated_description:
        'Kawaのルアーロッドは全長2.1mの二本継で、重さは115g。適合ルアー重量は5〜20gです。ブランクには高弾性カーボンを使用しています。',
      seo_title: 'Kawa カーボンルアーロッド 2.1m',
      meta_description:
        '全長2.1m・二本継の高弾性カーボンルアーロッド。自重115gと軽く、5〜20gのルアーに対応。軽快なキャストを楽しめます。',
      h1: 'Kawa 軽量ルアーロッド',
      marketing_copy_a: '高弾性カーボンをこの価格で。今すぐ購入。',
      marketing_copy_b: '朝まずめ、静かな水面への第一投。ぜひお試しください。',
      marketing_copy_c: '解禁記念セール。お早めにご注文ください。',
    },
    invent: {
      field: 'meta_description',
      find: '自重115g',
      replace: '自重98g',
      labels: ['number_invented'],
    },
    drop: '適合ルアー重量は5〜20gです。',
  },
  {
    sku: 'r07',
    category: 'baby_strollers',
    language: 'es',
    productName: STROLLER_ZH,
    productDescription: STROLLER_SRC,
    content: {
      translated_description:
        'La silla de paseo Bimbo pesa 6,8 kg y, plegada, mide 55 × 45 × 25 cm. Es apta de 0 a 36 meses y soporta hasta 22 kg. Lleva arnés de cinco puntos.',
      seo_title: 'Silla de paseo ligera Bimbo, 6,8 kg, 0-36 meses',
      meta_description:
        'Silla de paseo Bimbo de solo 6,8 kg: plegada mide 55 × 45 × 25 cm, es apta de 0 a 36 meses, soporta hasta 22 kg y lleva arnés de cinco puntos.',
      h1: 'Bimbo, paseos sin peso',
      marketing_copy_a: 'Ligera, compacta y a buen precio. Hazte con tu Bimbo.',
      marketing_copy_b: 'Subir al autobús con una mano libre por fin es posible. Descubre Bimbo.',
      marketing_copy_c: 'Envío gratuito este mes: pídela ya.',
    },
    invent: {
      field: 'meta_description',
      find: 'hasta 22 kg',
      // First written as 25 kg, which the source has (25 cm folded): not a defect. Corrected after scoring.
      replace: 'hasta 28 kg',
      labels: ['number_invented'],
    },
    drop: 'Es apta de 0 a 36 meses y soporta hasta 22 kg.',
  },
  {
    sku: 'r07',
    category: 'baby_strollers',
    language: 'en',
    productName: STROLLER_ZH,
    productDescription: STROLLER_SRC,
    content: {
      translated_description:
        'The Bimbo stroller weighs 6.8 kg and folds down to 55 × 45 × 25 cm. It suits babies from 0 to 36 months (3 years) and carries up to 22 kg. A five-point harness keeps your child secure.',
      seo_title: 'Bimbo Lightweight Stroller, 6.8 kg, 0–36 Months',
      meta_description:
        'Bimbo lightweight stroller: only 6.8 kg, folds to 55 × 45 × 25 cm, suits babies from 0 to 36 months and carries up to 22 kg, with a five-point harness.',
      h1: 'Bimbo Compact Stroller',
      marketing_copy_a: 'Light, compact and kind to your budget. Get your Bimbo today.',
      marketing_copy_b: 'Hop on the bus with one hand free at last. Discover Bimbo.',
      marketing_copy_c: 'Free delivery this month – order now.',
    },
    invent: {
      field: 'translated_description',
      replace: 'The canopy offers UPF 50+ sun protection.',
      labels: ['number_invented'],
    },
    drop: 'The Bimbo stroller weighs 6.8 kg and folds down to 55 × 45 × 25 cm.',
  },
  {
    sku: 'r08',
    category: 'label_printers',
    language: 'de',
    productName: PRINTER_ZH,
    productDescription: PRINTER_SRC,
    content: {
      translated_description:
        'Der Etik Etikettendrucker druckt 30 mm pro Sekunde mit 203 dpi und verarbeitet Etiketten von 12 bis 50 mm Breite. Mit einer Akkuladung druckt er rund 1.000 Etiketten.',
      seo_title: 'Etik Bluetooth-Etikettendrucker, 203 dpi',
      meta_description:
        'Bluetooth-Etikettendrucker Etik: 30 mm pro Sekunde, 203 dpi, Etiketten von 12 bis 50 mm Breite und rund 1.000 Etiketten pro Akkuladung für Büro und Lager.',
      h1: 'Etik Etikettendrucker',
      marketing_copy_a: 'Ordnung für Büro und Lager zum kleinen Preis. Jetzt bestellen.',
      marketing_copy_b: 'Nie wieder suchen, endlich alles beschriftet. Entdecken Sie Etik.',
      marketing_copy_c: 'Starterset gratis dazu: Jetzt zugreifen.',
    },
    invent: {
      field: 'seo_title',
      find: '203 dpi',
      replace: '300 dpi',
      labels: ['number_invented'],
    },
    drop: 'Mit einer Akkuladung druckt er rund 1.000 Etiketten.',
  },
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_3_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `Absolutely! Below you'll find the localized description.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `SEO title — ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n---\nTranslator notes: kept metric units; brand name unchanged.`,
      }),
      (c) => ({ meta_description: `Meta Description (≤160 chars): ${c.meta_description}` }),
      (c) => ({ marketing_copy_b: `Emotional copy: ${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Want me to make it more playful?` }),
      (c) => ({
        translated_description: `${c.translated_description} [Note: “sterling” added for clarity.]`,
      }),
      (c) => ({ h1: `<h1>${c.h1}</h1>` }),
      (c) => ({ translated_description: `Localized version (en-US):\n${c.translated_description}` }),
    ],
    forbidden: [
      'Beats any replica on the market.',
      'Skip the fakes.',
      'Not an imitation – the real deal.',
      'Cheapest in its class, yet premium.',
    ],
    slogans: ['Shine on.', 'Sharper every day.'],
    chineseLeftovers: [],
    duplicateLead: 'Just in: ',
    titleStuffing: " | Gift for Her, Anniversary, Birthday, Mother's Day",
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `Claro que sí. Te dejo la traducción a continuación:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Título: «${c.seo_title}»` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nObservaciones: se han conservado las unidades métricas.`,
      }),
      (c) => ({ meta_description: `Meta: ${c.meta_description}` }),
      (c) => ({ marketing_copy_b: `Copy emocional: ${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} ¿Te preparo otra variante más divertida?` }),
      (c) => ({
        translated_description: `${c.translated_description} [Aclaración: he añadido «nórdico» para mayor claridad.]`,
      }),
      (c) => ({ h1: `<h1>${c.h1}</h1>` }),
      (c) => ({ translated_description: `Versión localizada (es-ES):\n${c.translated_description}` }),
    ],
    forbidden: [
      'Sin imitaciones de ningún tipo.',
      'La réplica perfecta del original.',
      'No es una pieza falsa, es auténtica.',
      'Más barato que en tienda.',
    ],
    slogans: ['Brilla a tu manera.', 'Más cerca de ti.'],
    chineseLeftovers: [],
    duplicateLead: 'Recién llegado: ',
    titleStuffing: ' | Regalo para ella, aniversario y cumpleaños',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `Avec plaisir ! Vous trouverez ci-dessous la description localisée.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Titre SEO — ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nRemarques du traducteur : unités métriques conservées.`,
      }),
      (c) => ({ meta_description: `Méta : ${c.meta_description}` }),
      (c) => ({ marketing_copy_b: `Accroche émotionnelle : ${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Souhaitez-vous une variante plus ludique ?` }),
      (c) => ({
        translated_description: `${c.translated_description} [Précision : « haut module » ajouté pour plus de clarté.]`,
      }),
      (c) => ({ h1: `<h1>${c.h1}</h1>` }),
      (c) => ({ translated_description: `Version localisée (fr-FR) :\n${c.translated_description}` }),
    ],
    forbidden: [
      'Aucune contrefaçon ici.',
      'Une réplique fidèle du modèle de luxe.',
      'Pas cher et pourtant durable.',
      'Rien d’une fausse promesse.',
    ],
    slogans: ['Brillez autrement.', 'Plus près de vous.'],
    chineseLeftovers: [],
    duplicateLead: 'Tout juste arrivé : ',
    titleStuffing: ' | Cadeau pour elle, anniversaire, fête des mères',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Sehr gern! Unten finden Sie die lokalisierte Beschreibung.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `SEO-Titel — ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nAnmerkungen zur Übersetzung: metrische Einheiten beibehalten.`,
      }),
      (c) => ({ meta_description: `Meta: ${c.meta_description}` }),
      (c) => ({ marketing_copy_b: `Emotionaler Text: ${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Möchten Sie eine verspieltere Variante?` }),
      (c) => ({
        translated_description: `${c.translated_description} [Ergänzung: „Damaszener“ zur Verdeutlichung hinzugefügt.]`,
      }),
      (c) => ({ h1: `<h1>${c.h1}</h1>` }),
      (c) => ({ translated_description: `Lokalisierte Fassung (de-DE):\n${c.translated_description}` }),
    ],
    forbidden: [
      'Billiger als im Laden.',
      'Eine perfekte Replik.',
      'Keine Fälschung, sondern Qualität.',
      'Besser als jedes Imitat.',
    ],
    slogans: ['Präzision, die bleibt.', 'Mehr Ruhe, mehr Schlaf.'],
    chineseLeftovers: [],
    duplicateLead: 'Frisch eingetroffen: ',
    titleStuffing: ' | Geschenk für sie, Jahrestag, Geburtstag, Muttertag',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `もちろんです！以下に日本語版の商品説明を記載します。\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `SEOタイトル ― ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n翻訳メモ：単位はメートル法のままです。`,
      }),
      (c) => ({ meta_description: `メタ：${c.meta_description}` }),
      (c) => ({ marketing_copy_b: `エモーショナル版：${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}もう少しカジュアルな案もご用意できます。` }),
      (c) => ({
        translated_description: `${c.translated_description}［補足：分かりやすさのため「本格」を追加しました。］`,
      }),
      (c) => ({ h1: `<h1>${c.h1}</h1>` }),
      (c) => ({ translated_description: `ローカライズ版（ja-JP）：\n${c.translated_description}` }),
    ],
    forbidden: [
      '激安セール実施中。',
      'レプリカとは思えない質感。',
      '偽物にはない輝き。',
      'コピー品とはまったく違う仕上がり。',
    ],
    slogans: ['毎日に、輝きを。', '切れ味が、違う。'],
    chineseLeftovers: ['这把刀非常锋利，使用方便。', '请放心购买。'],
    duplicateLead: '入荷しました。',
    titleStuffing: '｜母の日 誕生日 記念日 ギフト ラッピング無料',
  },
};
