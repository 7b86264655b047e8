// Blind set, round 5 (written after the round-4 fixes, scored once without tuning: the final held-out figure):
// six products in categories no earlier set has, 12 hand-written listings, three artifact styles per listing
// and wording of its own; legitimate numbers: 1800 W, 4000 Pa, 150 minutes (2.5 h), 4-pack, 600 ml (20 fl oz),
// 41-inch (104 cm), 20 frets, 1080p, 4K, 40–200 inches, 40 L, IPX4.
import type { Language } from '@content-pipeline/languages';
import type { BlindListing, DefectWording } from './blind-set';

const DRYER_ZH = 'Aira 负离子吹风机 1800W';
const DRYER_SRC = 'Aira 吹风机功率1800W，三档温度和两档风速，重量仅420克。配有两个风嘴，负离子护发。';
const VACUUM_ZH = 'Robo 扫地机器人';
const VACUUM_SRC = 'Robo 扫地机器人吸力4000Pa，续航150分钟，尘盒容量450毫升，运行噪音低于65分贝。';
const GLASS_ZH = 'Vinea 无铅水晶红酒杯 4只装';
const GLASS_SRC = 'Vinea 红酒杯4只装，每只容量600毫升，高23厘米，采用无铅水晶，可放入洗碗机。';
const GUITAR_ZH = 'Sierra 41英寸民谣吉他';
const GUITAR_SRC = 'Sierra 民谣吉他41英寸，云杉面板，20品，琴弦间距可调。附赠琴包和3个拨片。';
const PROJECTOR_ZH = 'Lumo 1080P 便携投影仪';
const PROJECTOR_SRC = 'Lumo 投影仪原生1080P，支持4K解码，亮度400 ANSI流明，投影尺寸40至200英寸。';
const PACK_ZH = 'Trekk 40升登山背包';
const PACK_SRC = 'Trekk 登山包容量40升，重1.2公斤，IPX4级防泼水，背长可在45至52厘米之间调节。';

export const ROUND_5_LISTINGS: readonly BlindListing[] = [
  {
    sku: 't01',
    category: 'hair_care',
    language: 'en',
    productName: DRYER_ZH,
    productDescription: DRYER_SRC,
    content: {
      translated_description:
        'The Aira ionic hair dryer runs at 1800 W with three heat settings and two speeds, and weighs only 420 g. Two nozzles are included, and negative ions help protect your hair.',
      seo_title: 'Aira 1800 W Ionic Hair Dryer, 3 Heat Settings',
      meta_description:
        'Aira ionic hair dryer: 1800 W, three heat settings, two speeds and only 420 g, with two nozzles in the box and negative ions for smoother, shinier hair.',
      h1: 'Aira Ionic Hair Dryer',
      marketing_copy_a: 'Salon power for a fraction of the salon price. Buy the Aira today.',
      marketing_copy_b: 'Smooth, shiny hair before your coffee gets cold. Discover Aira.',
      marketing_copy_c: 'Free travel pouch this week – order now.',
    },
    invent: { field: 'seo_title', find: '1800 W', replace: '2000 W', labels: ['number_invented'] },
    drop: 'The Aira ionic hair dryer runs at 1800 W with three heat settings and two speeds, and weighs only 420 g.',
  },
  {
    sku: 't01',
    category: 'hair_care',
    language: 'de',
    productName: DRYER_ZH,
    productDescription: DRYER_SRC,
    content: {
      translated_description:
        'Der Aira Ionen-Haartrockner hat 1800 W, drei Temperaturstufen und zwei Gebläsestufen und wiegt nur 420 g. Zwei Aufsätze liegen bei, und negative Ionen schonen das Haar.',
      seo_title: 'Aira Ionen-Haartrockner 1800 W, nur 420 g',
      meta_description:
        'Ionen-Haartrockner Aira mit 1800 W, drei Temperaturstufen, zwei Gebläsestufen und nur 420 g Gewicht. Mit zwei Aufsätzen für glattes, glänzendes Haar.',
      h1: 'Aira Haartrockner',
      marketing_copy_a: 'Salonleistung zum kleinen Preis. Jetzt bestellen.',
      marketing_copy_b: 'Glänzendes Haar, bevor der Kaffee kalt ist. Entdecken Sie Aira.',
      marketing_copy_c: 'Gratis Reisetasche diese Woche: Jetzt kaufen.',
    },
    invent: {
      field: 'translated_description',
      find: 'wiegt nur 420 g',
      replace: 'wiegt nur 380 g',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'Der Aira Ionen-Haartrockner hat 1800 W, drei Temperaturstufen und zwei Gebläsestufen und wiegt nur 420 g.',
  },
  {
    sku: 't02',
    category: 'robot_vacuums',
    language: 'fr',
    productName: VACUUM_ZH,
    productDescription: VACUUM_SRC,
    content: {
      translated_description:
        'Le robot aspirateur Robo offre une aspiration de 4 000 Pa et 150 minutes d’autonomie. Son bac à poussière contient 450 ml, et il fonctionne sous les 65 dB.',
      seo_title: 'Robot aspirateur Robo 4 000 Pa, 150 minutes',
      meta_description:
        'Robot aspirateur Robo : aspiration de 4 000 Pa, jusqu’à 150 minutes d’autonomie, bac de 450 ml et moins de 65 dB pour nettoyer sans vous déranger.',
      h1: 'Robo, le ménage en silence',
      marketing_copy_a: 'La puissance d’un haut de gamme à prix doux. Commandez Robo.',
      marketing_copy_b: 'Rentrer le soir dans une maison propre. Découvrez Robo.',
      marketing_copy_c: 'Brosses offertes ce mois-ci : profitez-en.',
    },
    invent: {
      field: 'meta_description',
      find: 'bac de 450 ml',
      replace: 'bac de 500 ml',
      labels: ['number_invented'],
    },
    drop: 'Son bac à poussière contient 450 ml, et il fonctionne sous les 65 dB.',
  },
  {
    sku: 't02',
    category: 'robot_vacuums',
    language: 'ja',
    productName: VACUUM_ZH,
    productDescription: VACUUM_SRC,
    content: {
      translated_description:
        'Roboのロボット掃除機は吸引力4000Pa、連続稼働150分。ダストボックスの容量は450mLで、運転音は65dB以下です。',
      seo_title: 'Robo ロボット掃除機 吸引力4000Pa',
      meta_description:
        '吸引力4000Pa、最長150分稼働のロボット掃除機。450mLのダストボックスと65dB以下の静音設計で、在宅中も気になりません。',
      h1: 'Robo 静音ロボット掃除機',
      marketing_copy_a: 'ハイエンド級の吸引力をこの価格で。今すぐ購入。',
      marketing_copy_b: '帰宅したら、床がぴかぴか。ぜひお試しください。',
      marketing_copy_c: '今月は替えブラシ付き。お早めにどうぞ。',
    },
    invent: { field: 'seo_title', find: '4000Pa', replace: '5000Pa', labels: ['number_invented'] },
    drop: 'ダストボックスの容量は450mLで、運転音は65dB以下です。',
  },
  {
    sku: 't03',
    category: 'glassware',
    language: 'es',
    productName: GLASS_ZH,
    productDescription: GLASS_SRC,
    content: {
      translated_description:
        'Este juego de 4 copas de vino Vinea tiene una capacidad de 600 ml por copa y una altura de 23 cm. Están hechas de cristal sin plomo y se pueden lavar en el lavavajillas.',
      seo_title: 'Copas de vino Vinea de cristal, juego de 4',
      meta_description:
        'Juego de 4 copas de vino Vinea de cristal sin plomo, 600 ml de capacidad y 23 cm de altura. Aptas para lavavajillas y perfectas para cada brindis.',
      h1: 'Vinea, copas para cada brindis',
      marketing_copy_a: 'Cristal de calidad a precio de vidrio. Cómpralas hoy.',
      marketing_copy_b: 'Un tinto que respira como en la bodega. Descubre Vinea.',
      marketing_copy_c: 'Envío gratis este mes: añádelas al carrito.',
    },
    invent: {
      field: 'translated_description',
      find: 'una altura de 23 cm',
      replace: 'una altura de 25 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'Este juego de 4 copas de vino Vinea tiene una capacidad de 600 ml por copa y una altura de 23 cm.',
  },
  {
    sku: 't03',
    category: 'glassware',
    language: 'en',
    productName: GLASS_ZH,
    productDescription: GLASS_SRC,
    content: {
      translated_description:
        'This 4-pack of Vinea wine glasses holds 600 ml (20 fl oz) per glass and stands 23 cm tall. They are made of lead-free crystal and are dishwasher safe.',
      seo_title: 'Vinea Lead-Free Crystal Wine Glasses, Set of 4',
      meta_description:
        'Vinea lead-free crystal wine glasses, set of 4: 600 ml per glass, 23 cm tall and dishwasher safe, so every glass of red can breathe as it should.',
      h1: 'Vinea Crystal Wine Glasses',
      marketing_copy_a: 'Crystal quality at a glassware price. Shop Vinea now.',
      marketing_copy_b: 'A red that breathes like it does in the cellar. Discover Vinea.',
      marketing_copy_c: 'Free shipping this month – add them to your cart.',
    },
    invent: {
      field: 'translated_description',
      replace: 'Each glass is hand-blown in 12 steps.',
      labels: ['number_invented'],
    },
    drop: 'This 4-pack of Vinea wine glasses holds 600 ml (20 fl oz) per glass and stands 23 cm tall.',
  },
  {
    sku: 't04',
    category: 'musical_instruments',
    language: 'de',
    productName: GUITAR_ZH,
    productDescription: GUITAR_SRC,
    content: {
      translated_description:
        'Die Sierra Westerngitarre ist 41 Zoll (104 cm) groß, hat eine Fichtendecke und 20 Bünde; die Saitenlage ist einstellbar. Eine Gitarrentasche und 3 Plektren liegen bei.',
      seo_title: 'Sierra Westerngitarre 41 Zoll mit Fichtendecke',
      meta_description:
        'Westerngitarre Sierra in 41 Zoll mit Fichtendecke, 20 Bünden und einstellbarer Saitenlage. Inklusive Gitarrentasche und 3 Plektren für den Start.',
      h1: 'Sierra Westerngitarre',
      marketing_copy_a: 'Voller Klang zum Einsteigerpreis. Jetzt bestellen.',
      marketing_copy_b: 'Das erste Lagerfeuerlied, das wirklich klingt. Entdecken Sie Sierra.',
      marketing_copy_c: 'Gratis Stimmgerät diesen Monat: Sichern Sie sich Ihre Gitarre.',
    },
    invent: {
      field: 'meta_description',
      find: '20 Bünden',
      replace: '21 Bünden',
      labels: ['number_invented'],
    },
    drop: 'Eine Gitarrentasche und 3 Plektren liegen bei.',
  },
  {
    sku: 't04',
    category: 'musical_instruments',
    language: 'es',
    productName: GUITAR_ZH,
    productDescription: GUITAR_SRC,
    content: {
      translated_description:
        'La guitarra acústica Sierra mide 41 pulgadas, tiene tapa de abeto y 20 trastes, con altura de cuerdas regulable. Incluye funda y 3 púas.',
      seo_title: 'Guitarra acústica Sierra de 41 pulgadas',
      meta_description:
        'Guitarra acústica Sierra de 41 pulgadas con tapa de abeto, 20 trastes y altura de cuerdas regulable. Con funda y 3 púas para empezar a tocar hoy.',
      h1: 'Sierra, tu primera guitarra',
      marketing_copy_a: 'Sonido lleno a precio de principiante. Pídela ya.',
      marketing_copy_b: 'La primera canción junto al fuego que suena de verdad. Descubre Sierra.',
      marketing_copy_c: 'Afinador de regalo este mes: aprovecha.',
    },
    invent: {
      field: 'translated_description',
      replace: 'El mástil tiene un radio de 16 pulgadas.',
      labels: ['number_invented'],
    },
    drop: 'Incluye funda y 3 púas.',
  },
  {
    sku: 't05',
    category: 'projectors',
    language: 'ja',
    productName: PROJECTOR_ZH,
    productDescription: PROJECTOR_SRC,
    content: {
      translated_description:
        'Lumoのプロジェクターはネイティブ1080P、4Kデコード対応。明るさは400 ANSIルーメンで、40〜200インチの大画面に投影できます。',
      seo_title: 'Lumo 1080P モバイルプロジェクター',
      meta_description:
        'ネイティブ1080P、4K入力対応のモバイルプロジェクター。400 ANSIルーメンで、40〜200インチの大画面を手軽に楽しめます。',
      h1: 'Lumo ポータブルプロジェクター',
      marketing_copy_a: '映画館の大画面をこの価格で。今すぐカートへ。',
      marketing_copy_b: 'リビングの壁が、週末の映画館に。ぜひチェックしてください。',
      marketing_copy_c: '発売記念セール中。お見逃しなく。',
    },
    invent: {
      field: 'meta_description',
      find: '400 ANSIルーメン',
      replace: '500 ANSIルーメン',
      labels: ['number_invented'],
    },
    drop: '明るさは400 ANSIルーメンで、40〜200インチの大画面に投影できます。',
  },
  {
    sku: 't05',
    category: 'projectors',
    language: 'fr',
    productName: PROJECTOR_ZH,
    productDescription: PROJECTOR_SRC,
    content: {
      translated_description:
        'Le vidéoprojecteur Lumo est en 1080p natif et décode la 4K. Sa luminosité atteint 400 lumens ANSI, pour une image de 40 à 200 pouces.',
      seo_title: 'Vidéoprojecteur portable Lumo 1080p, 4K',
      meta_description:
        'Vidéoprojecteur portable Lumo : 1080p natif, décodage 4K, 400 lumens ANSI et une image de 40 à 200 pouces pour transformer votre salon en cinéma.',
      h1: 'Lumo, le cinéma chez vous',
      marketing_copy_a: 'Le grand écran à petit prix. Achetez Lumo.',
      marketing_copy_b: 'Le mur du salon devient une salle obscure. Découvrez Lumo.',
      marketing_copy_c: 'Offre de lancement : profitez-en vite.',
    },
    invent: { field: 'seo_title', find: '1080p', replace: '1440p', labels: ['number_invented'] },
    drop: 'Sa luminosité atteint 400 lumens ANSI, pour une image de 40 à 200 pouces.',
  },
  {
    sku: 't06',
    category: 'backpacks',
    language: 'en',
    productName: PACK_ZH,
    productDescription: PACK_SRC,
    content: {
      translated_description:
        'The Trekk hiking backpack holds 40 litres and weighs 1.2 kg (2.6 lb). It is IPX4 splash-resistant, and the back length adjusts from 45 to 52 cm.',
      seo_title: 'Trekk 40 L Hiking Backpack, IPX4, 1.2 kg',
      meta_description:
        'Trekk 40-litre hiking backpack: only 1.2 kg, IPX4 splash resistance and an adjustable back length from 45 to 52 cm for a comfortable fit on long trails.',
      h1: 'Trekk Hiking Backpack',
      marketing_copy_a: 'Trail-ready quality without the premium price. Get the Trekk now.',
      marketing_copy_b: 'Every summit feels closer with the right pack. Discover Trekk.',
      marketing_copy_c: 'Free rain cover this week – shop now.',
    },
    invent: {
      field: 'meta_description',
      find: 'from 45 to 52 cm',
      replace: 'from 42 to 52 cm',
      labels: ['number_invented'],
    },
    drop: 'It is IPX4 splash-resistant, and the back length adjusts from 45 to 52 cm.',
  },
  {
    sku: 't06',
    category: 'backpacks',
    language: 'de',
    productName: PACK_ZH,
    productDescription: PACK_SRC,
    content: {
      translated_description:
        'Der Trekk Wanderrucksack fasst 40 Liter und wiegt 1,2 kg. Er ist nach IPX4 spritzwassergeschützt, und die Rückenlänge lässt sich von 45 bis 52 cm einstellen.',
      seo_title: 'Trekk Wanderrucksack 40 l, IPX4, 1,2 kg',
      meta_description:
        'Wanderrucksack Trekk mit 40 Litern, nur 1,2 kg, Spritzwasserschutz nach IPX4 und einstellbarer Rückenlänge von 45 bis 52 cm für lange Touren.',
      h1: 'Trekk Wanderrucksack',
      marketing_copy_a: 'Tourentauglich ohne Premiumpreis. Jetzt kaufen.',
      marketing_copy_b: 'Jeder Gipfel rückt näher mit dem richtigen Rucksack. Entdecken Sie Trekk.',
      marketing_copy_c: 'Gratis Regenhülle diese Woche: in den Warenkorb legen.',
    },
    invent: {
      field: 'translated_description',
      find: 'fasst 40 Liter',
      replace: 'fasst 38 Liter',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'Er ist nach IPX4 spritzwassergeschützt, und die Rückenlänge lässt sich von 45 bis 52 cm einstellen.',
  },
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_5_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `Got it. Here is the description, localized for a US audience:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Title » ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Kept the wattage as in the original; feel free to adjust.)`,
      }),
      (c) => ({ meta_description: `${c.meta_description}\n\n[end]` }),
      (c) => ({ marketing_copy_b: `Copy B — ${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} 🙂 Happy to tweak further!` }),
      (c) => ({ translated_description: `**Description:**\n${c.translated_description}` }),
      (c) => ({ h1: `H1 heading: ${c.h1}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nTranslation notes:\n- kept units\n- brand untouched`,
      }),
    ],
    forbidden: [
      'Not some cheap dupe.',
      'No replicas, ever.',
      'Fake reviews? Not here.',
      'Counterfeit-free guarantee.',
    ],
    slogans: ['Style, simplified.', 'Go further.'],
    chineseLeftovers: [],
    duplicateLead: 'Heads-up: ',
    titleStuffing: ' | Gift Idea, Free Shipping, Best Price, New Arrival',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `Entendido. Aquí está la descripción, adaptada al público español:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Título » ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(He dejado la potencia como en el original; ajústala si quieres.)`,
      }),
      (c) => ({ meta_description: `${c.meta_description}\n\n[fin]` }),
      (c) => ({ marketing_copy_b: `Texto B — ${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} 🙂 ¡Encantado de retocarlo!` }),
    ],
    forbidden: [
      'Nada de imitaciones.',
      'No es una réplica barata.',
      'Sin falsificaciones.',
      'Olvida lo barato.',
    ],
    slogans: ['Estilo sin esfuerzo.', 'Suena a ti.'],
    chineseLeftovers: [],
    duplicateLead: 'Atención: ',
    titleStuffing: ' | Idea de regalo, envío gratis y mejor precio',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `C’est noté. Voici la description, adaptée au public français :\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Titre » ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Puissance laissée comme dans l’original ; à ajuster si besoin.)`,
      }),
      (c) => ({ meta_description: `${c.meta_description}\n\n[fin]` }),
      (c) => ({ marketing_copy_b: `Texte B — ${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} 🙂 Je peux encore la retoucher !` }),
    ],
    forbidden: [
      'Zéro contrefaçon.',
      'Ni réplique ni imitation.',
      'Pas cher, mais pas au rabais.',
      'Aucune pièce fausse.',
    ],
    slogans: ['Le style, simplement.', 'Voyez grand.'],
    chineseLeftovers: [],
    duplicateLead: 'À savoir : ',
    titleStuffing: ' | Idée cadeau, livraison gratuite, meilleur prix',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Alles klar. Hier die Beschreibung, lokalisiert für den deutschen Markt:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Titel » ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Wattangabe wie im Original belassen; gern anpassen.)`,
      }),
      (c) => ({ meta_description: `${c.meta_description}\n\n[Ende]` }),
      (c) => ({ marketing_copy_b: `Text B — ${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} 🙂 Ich passe es gern weiter an!` }),
      (c) => ({ translated_description: `**Beschreibung:**\n${c.translated_description}` }),
      (c) => ({ h1: `H1-Überschrift: ${c.h1}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nÜbersetzungshinweise:\n- Einheiten beibehalten\n- Marke unverändert`,
      }),
    ],
    forbidden: [
      'Kein billiges Plagiat.',
      'Keine Fälschung.',
      'Kein Imitat weit und breit.',
      'Vergessen Sie Nachahmungen.',
    ],
    slogans: ['Mehr Stil, weniger Aufwand.', 'Weiter gehen.'],
    chineseLeftovers: [],
    duplicateLead: 'Vorab: ',
    titleStuffing: ' | Geschenkidee, versandkostenfrei, bester Preis',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `承知しました。日本市場向けにローカライズした説明文です：\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `タイトル » ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n（ワット数は原文のままにしています。必要に応じて調整してください。）`,
      }),
      (c) => ({ meta_description: `${c.meta_description}\n\n［以上］` }),
      (c) => ({ marketing_copy_b: `コピーB ― ${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} 🙂 さらに調整も承ります！` }),
    ],
    forbidden: ['激安でも妥協なし。', '偽物ではありません。', 'レプリカ不使用。', 'コピー品にご注意。'],
    slogans: ['もっと自由に。', '毎日を、もっと楽しく。'],
    chineseLeftovers: ['这台机器非常安静。', '我们提供优质服务。'],
    duplicateLead: 'ご案内。',
    titleStuffing: '｜ギフト 送料無料 最安値 新着 人気',
  },
};
