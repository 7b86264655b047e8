// Blind set, round 10 (written without reading the gate, committed before it is scored): six products in categories
// no earlier set has, 12 hand-written listings, three artifact styles per listing and wording of its own;
// legitimate numbers: model BX-900, 1200 W, 30,000 rpm, 1.75 L (59 fl oz), 8 speeds, 70/700 telescope, 25 and 10 mm
// eyepieces, 70×, 80–125 cm, 三脚 (a word, not a number), force 8 winds, 105 cm (41 in), 380 g (13.4 oz),
// 320 × 81 × 15 cm, 15 PSI, dreiteilig, 0.5–10 mm, IPX7, 2.5–24 kg (5.5 to 53 lb), 40 × 20 × 23 cm with inches.
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording } from './blind-set';

const BLENDER_ZH = 'Vortex BX-900 破壁料理机';
const BLENDER_SRC =
  'Vortex BX-900 破壁料理机功率1200瓦，转速最高30000转/分钟，配有不锈钢刀组。8档调速，外加脉冲模式。搅拌杯容量1.75升。';
const TELESCOPE_ZH = 'Stella 70mm 折射式天文望远镜';
const TELESCOPE_SRC =
  'Stella 折射式天文望远镜口径70毫米，焦距700毫米。配有两个目镜（25mm和10mm），最高放大倍数70倍。附带铝合金三脚架，可调高度80至125厘米。';
const UMBRELLA_ZH = 'Abri 全自动折叠伞';
const UMBRELLA_SRC =
  'Abri 全自动折叠伞采用10根加固伞骨，可抗8级大风。伞面直径105厘米，收起后长30厘米，重量仅380克。';
const PADDLE_ZH = 'Marea 充气桨板套装';
const PADDLE_SRC =
  'Marea 充气桨板长320厘米，宽81厘米，厚15厘米，最大承重150公斤。套装包含三节式可调桨、手动打气筒和背包。充气压力15 PSI。';
const TRIMMER_ZH = 'Barba 电动胡须修剪器';
const TRIMMER_SRC =
  'Barba 胡须修剪器提供20档长度调节，范围0.5至10毫米。充电1小时可使用90分钟。机身防水等级IPX7。';
const DUMBBELL_ZH = 'Forza 可调节哑铃 24公斤';
const DUMBBELL_SRC =
  'Forza 可调节哑铃单只重量可在2.5至24公斤之间调节，共15档，转动旋钮即可切换。套装包含两只哑铃和一个底座，尺寸为40×20×23厘米。';

export const ROUND_10_LISTINGS: readonly BlindListing[] = [
  listing(
    'z01',
    'blenders',
    'en',
    BLENDER_ZH,
    BLENDER_SRC,
    {
      translated_description:
        'The Vortex BX-900 high-speed blender runs on 1200 W and spins at up to 30,000 rpm with a stainless-steel blade set. It has 8 speed settings plus a pulse mode. The jug holds 1.75 L (59 fl oz).',
      seo_title: 'Vortex BX-900 Blender, 1200 W, 1.75 L Jug',
      meta_description:
        'Vortex BX-900 high-speed blender with 1200 W of power, up to 30,000 rpm, 8 speeds plus pulse and a 1.75 L jug for smoothies, soups and nut butters.',
      h1: 'Vortex BX-900 High-Speed Blender',
      marketing_copy_a: 'Smoothie-bar results for a fraction of the price. Buy the BX-900 now.',
      marketing_copy_b: 'Green juice at dawn, soup by lunchtime, all from one jug. Discover Vortex.',
      marketing_copy_c: 'Free recipe book this week – add it to your cart.',
    },
    { field: 'seo_title', find: '1200 W', replace: '1500 W', labels: ['number_invented'] },
    'It has 8 speed settings plus a pulse mode.',
  ),
  listing(
    'z01',
    'blenders',
    'es',
    BLENDER_ZH,
    BLENDER_SRC,
    {
      translated_description:
        'La batidora de vaso Vortex BX-900 tiene 1200 W de potencia y alcanza hasta 30.000 rpm con cuchillas de acero inoxidable. Ofrece 8 velocidades y función pulso. La jarra tiene 1,75 l de capacidad.',
      seo_title: 'Batidora de vaso Vortex BX-900, 1200 W',
      meta_description:
        'Batidora de vaso Vortex BX-900 con 1200 W de potencia, hasta 30.000 rpm, 8 velocidades, función pulso y jarra de 1,75 l para batidos, sopas y cremas.',
      h1: 'Vortex BX-900, potencia para tu cocina',
      marketing_copy_a: 'Batidos de cafetería sin precio de cafetería. Cómprala ya.',
      marketing_copy_b: 'Zumo verde al amanecer y crema caliente para cenar. Descubre Vortex.',
      marketing_copy_c: 'Libro de recetas de regalo esta semana: añádela al carrito.',
    },
    { field: 'meta_description', find: '30.000 rpm', replace: '35.000 rpm', labels: ['number_invented'] },
    'Ofrece 8 velocidades y función pulso.',
  ),
  listing(
    'z02',
    'telescopes',
    'de',
    TELESCOPE_ZH,
    TELESCOPE_SRC,
    {
      translated_description:
        'Das Linsenteleskop Stella hat 70 mm Öffnung und 700 mm Brennweite. Zwei Okulare (25 mm und 10 mm) liefern bis zu 70-fache Vergrößerung. Das Alu-Stativ ist von 80 bis 125 cm höhenverstellbar.',
      seo_title: 'Stella Linsenteleskop 70/700 mit Stativ',
      meta_description:
        'Linsenteleskop Stella mit 70 mm Öffnung, 700 mm Brennweite, zwei Okularen für bis zu 70-fache Vergrößerung und Alu-Stativ mit 80 bis 125 cm Höhe.',
      h1: 'Stella Linsenteleskop für Einsteiger',
      marketing_copy_a: 'Mond und Saturn zum Preis eines Abendessens. Jetzt bestellen.',
      marketing_copy_b: 'Den ersten Blick auf die Saturnringe vergisst man nie. Entdecken Sie Stella.',
      marketing_copy_c: 'Gratis Sternkarte diese Woche: Jetzt kaufen.',
    },
    { field: 'seo_title', find: '70/700', replace: '90/700', labels: ['number_invented'] },
    'Das Alu-Stativ ist von 80 bis 125 cm höhenverstellbar.',
  ),
  listing(
    'z02',
    'telescopes',
    'ja',
    TELESCOPE_ZH,
    TELESCOPE_SRC,
    {
      translated_description:
        'Stellaの屈折式天体望遠鏡は口径70mm、焦点距離700mmです。接眼レンズは2本（25mmと10mm）付属し、最大70倍まで拡大できます。アルミ製三脚の高さは80〜125cmで調整できます。',
      seo_title: 'Stella 天体望遠鏡 口径70mm 屈折式 三脚付き',
      meta_description:
        '口径70mm・焦点距離700mmの屈折式天体望遠鏡。25mmと10mmの接眼レンズ2本で最大70倍、高さ80〜125cmのアルミ三脚付きで月や土星を観察できます。',
      h1: 'Stella はじめての天体望遠鏡',
      marketing_copy_a: '本格的な星空観察を、手の届く価格で。今すぐ購入。',
      marketing_copy_b: '土星の輪が見えた夜のことは、きっと忘れません。ぜひお試しください。',
      marketing_copy_c: '星座早見盤プレゼント中。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '焦点距離700mm',
      replace: '焦点距離900mm',
      labels: ['number_dropped', 'number_invented'],
    },
    'アルミ製三脚の高さは80〜125cmで調整できます。',
  ),
  listing(
    'z03',
    'umbrellas',
    'fr',
    UMBRELLA_ZH,
    UMBRELLA_SRC,
    {
      translated_description:
        'Le parapluie pliant automatique Abri possède 10 baleines renforcées et résiste à des vents de force 8. Ouvert, il mesure 105 cm de diamètre ; plié, 30 cm seulement. Il pèse 380 g.',
      seo_title: 'Parapluie pliant automatique Abri, 10 baleines',
      meta_description:
        'Parapluie pliant Abri à ouverture automatique : 10 baleines renforcées, résistant au vent de force 8, 105 cm de diamètre et seulement 380 g dans le sac.',
      h1: 'Abri, le parapluie qui tient bon',
      marketing_copy_a: 'Un parapluie solide pour le prix d’un déjeuner. Achetez Abri.',
      marketing_copy_b: 'Sous l’averse, vous restez au sec et de bonne humeur. Découvrez Abri.',
      marketing_copy_c: 'Housse de voyage offerte : profitez-en vite.',
    },
    { field: 'meta_description', find: '105 cm', replace: '120 cm', labels: ['number_invented'] },
    'Il pèse 380 g.',
  ),
  listing(
    'z03',
    'umbrellas',
    'en',
    UMBRELLA_ZH,
    UMBRELLA_SRC,
    {
      translated_description:
        'The Abri automatic folding umbrella has 10 reinforced ribs and withstands force 8 winds. Open, it spans 105 cm (41 in); folded, it is just 30 cm long. It weighs only 380 g (13.4 oz).',
      seo_title: 'Abri Automatic Folding Umbrella, 10 Ribs',
      meta_description:
        'Abri automatic folding umbrella with 10 reinforced ribs, built for force 8 winds: a 105 cm canopy, 30 cm when folded and only 380 g in your bag.',
      h1: 'Abri Folding Umbrella',
      marketing_copy_a: 'A storm-proof umbrella for the price of lunch. Buy Abri now.',
      marketing_copy_b: 'Caught in a downpour and still smiling. Discover Abri.',
      marketing_copy_c: 'Free travel sleeve this week – shop today.',
    },
    {
      field: 'translated_description',
      find: '10 reinforced ribs',
      replace: '12 reinforced ribs',
      labels: ['number_dropped', 'number_invented'],
    },
    'It weighs only 380 g (13.4 oz).',
  ),
  listing(
    'z04',
    'paddle_boards',
    'es',
    PADDLE_ZH,
    PADDLE_SRC,
    {
      translated_description:
        'La tabla de paddle surf hinchable Marea mide 320 × 81 × 15 cm y soporta hasta 150 kg. El set incluye un remo ajustable de 3 piezas, una bomba manual y una mochila. Se infla a 15 PSI.',
      seo_title: 'Tabla de paddle surf hinchable Marea 320 cm',
      meta_description:
        'Tabla de paddle surf hinchable Marea de 320 × 81 × 15 cm, hasta 150 kg, con remo de 3 piezas, bomba manual y mochila: lista para el agua en minutos.',
      h1: 'Marea, tu paddle surf en la mochila',
      marketing_copy_a: 'Todo el equipo en un solo set, sin sorpresas en el precio. Pídela ya.',
      marketing_copy_b: 'Agua en calma, sol de mañana y nadie más en la cala. Descubre Marea.',
      marketing_copy_c: 'Envío gratis este mes: consíguela ahora.',
    },
    {
      field: 'translated_description',
      find: 'hasta 150 kg',
      replace: 'hasta 180 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'El set incluye un remo ajustable de 3 piezas, una bomba manual y una mochila.',
  ),
  listing(
    'z04',
    'paddle_boards',
    'de',
    PADDLE_ZH,
    PADDLE_SRC,
    {
      translated_description:
        'Das aufblasbare SUP-Board Marea misst 320 × 81 × 15 cm und trägt bis zu 150 kg. Zum Set gehören ein dreiteiliges, verstellbares Paddel, eine Handpumpe und ein Rucksack. Der Betriebsdruck liegt bei 15 PSI.',
      seo_title: 'Marea SUP-Board aufblasbar, 320 cm, bis 150 kg',
      meta_description:
        'Aufblasbares SUP-Board Marea, 320 × 81 × 15 cm, bis 150 kg Zuladung, mit dreiteiligem Paddel, Handpumpe und Rucksack – in Minuten startklar am Wasser.',
      h1: 'Marea SUP-Board',
      marketing_copy_a: 'Das komplette Set ohne versteckte Extras. Jetzt bestellen.',
      marketing_copy_b: 'Morgens allein auf dem glatten See. Entdecken Sie Marea.',
      marketing_copy_c: 'Gratis Versand diesen Monat: Hol dir dein Board.',
    },
    { field: 'seo_title', find: '320 cm', replace: '350 cm', labels: ['number_invented'] },
    'Zum Set gehören ein dreiteiliges, verstellbares Paddel, eine Handpumpe und ein Rucksack.',
  ),
  listing(
    'z05',
    'beard_trimmers',
    'ja',
    TRIMMER_ZH,
    TRIMMER_SRC,
    {
      translated_description:
        'Barbaのヒゲトリマーは長さを20段階で調整でき、0.5〜10mmに対応します。1時間の充電で90分使えます。防水性能はIPX7です。',
      seo_title: 'Barba ヒゲトリマー 20段階 IPX7 防水',
      meta_description:
        '0.5〜10mmを20段階で調整できるヒゲトリマー。1時間の充電で90分使え、IPX7防水なので丸洗いも可能。毎朝の身だしなみが手早く整います。',
      h1: 'Barba 電動ヒゲトリマー',
      marketing_copy_a: 'サロン級の仕上がりを、この価格で。今すぐ購入。',
      marketing_copy_b: '鏡の前の自分に、ちょっと自信が持てる朝。ぜひお試しください。',
      marketing_copy_c: '替え刃付きセット販売中。カートへどうぞ。',
    },
    { field: 'seo_title', find: '20段階', replace: '30段階', labels: ['number_invented'] },
    '防水性能はIPX7です。',
  ),
  listing(
    'z05',
    'beard_trimmers',
    'fr',
    TRIMMER_ZH,
    TRIMMER_SRC,
    {
      translated_description:
        'La tondeuse à barbe Barba propose 20 réglages de longueur, de 0,5 à 10 mm. Une charge de 1 heure donne 90 minutes d’autonomie. Elle est étanche selon la norme IPX7.',
      seo_title: 'Tondeuse à barbe Barba, 20 réglages, IPX7',
      meta_description:
        'Tondeuse à barbe Barba avec 20 réglages de 0,5 à 10 mm, 90 minutes d’autonomie pour 1 heure de charge et étanchéité IPX7 pour un rinçage sous l’eau.',
      h1: 'Barba, la barbe nette en un geste',
      marketing_copy_a: 'Un rendu de barbier sans le prix du barbier. Achetez Barba.',
      marketing_copy_b: 'Le matin, un regard satisfait dans le miroir. Découvrez Barba.',
      marketing_copy_c: 'Peigne de voyage offert : commandez dès aujourd’hui.',
    },
    {
      field: 'translated_description',
      replace: 'La lame est garantie 3 ans.',
      labels: ['number_invented'],
    },
    'Elle est étanche selon la norme IPX7.',
  ),
  listing(
    'z06',
    'dumbbells',
    'en',
    DUMBBELL_ZH,
    DUMBBELL_SRC,
    {
      translated_description:
        'Each Forza adjustable dumbbell goes from 2.5 to 24 kg (5.5 to 53 lb) in 15 steps at the turn of a dial. The set includes two dumbbells and a base measuring 40 × 20 × 23 cm (15.7 × 7.9 × 9.1 in).',
      seo_title: 'Forza Adjustable Dumbbells, 2.5–24 kg, Pair',
      meta_description:
        'Forza adjustable dumbbells with 15 weight settings from 2.5 to 24 kg, changed with a turn of the dial: a full rack of weights in one compact pair.',
      h1: 'Forza Adjustable Dumbbell Set',
      marketing_copy_a: 'A full weight rack for a fraction of the cost. Buy Forza now.',
      marketing_copy_b: 'Your living room becomes your gym, any time you like. Discover Forza.',
      marketing_copy_c: 'Free workout mat this week – order today.',
    },
    {
      field: 'meta_description',
      find: '15 weight settings',
      replace: '17 weight settings',
      labels: ['number_invented'],
    },
    'The set includes two dumbbells and a base measuring 40 × 20 × 23 cm (15.7 × 7.9 × 9.1 in).',
  ),
  listing(
    'z06',
    'dumbbells',
    'de',
    DUMBBELL_ZH,
    DUMBBELL_SRC,
    {
      translated_description:
        'Jede Forza-Kurzhantel lässt sich per Drehrad in 15 Stufen von 2,5 bis 24 kg verstellen. Zum Set gehören zwei Hanteln und eine Ablage mit 40 × 20 × 23 cm.',
      seo_title: 'Forza verstellbare Kurzhanteln, 2,5–24 kg, Paar',
      meta_description:
        'Verstellbare Kurzhanteln Forza mit 15 Gewichtsstufen von 2,5 bis 24 kg, per Drehrad in Sekunden gewechselt – ein ganzes Hantelregal in einem Paar.',
      h1: 'Forza Hantelset',
      marketing_copy_a: 'Ein ganzes Hantelregal zum Preis weniger Einzelgewichte. Jetzt kaufen.',
      marketing_copy_b: 'Training im Wohnzimmer, wann immer Sie Lust haben. Entdecken Sie Forza.',
      marketing_copy_c: 'Gratis Trainingsmatte diese Woche: Jetzt bestellen.',
    },
    {
      field: 'translated_description',
      replace: 'Der Drehmechanismus ist auf 10.000 Wechsel ausgelegt.',
      labels: ['number_invented'],
    },
    'Zum Set gehören zwei Hanteln und eine Ablage mit 40 × 20 × 23 cm.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_10_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `I'm sorry for the mix-up earlier. Here's the corrected description:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Suggested SEO title → ${c.seo_title}` }),
      (c) => ({
        marketing_copy_b: `Write an emotional marketing copy for this product.\n${c.marketing_copy_b}`,
      }),
      (c) => ({ translated_description: `<p class="description">${c.translated_description}</p>` }),
      (c) => ({ h1: `H1 heading: ${c.h1}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nThat's all — happy selling!` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nPlease note: as an AI, I can't verify these specifications with the manufacturer.`,
      }),
      (c) => ({ marketing_copy_a: `As requested, a value-focused line: ${c.marketing_copy_a}` }),
      (c) => ({ translated_description: `Translation:\n"""\n${c.translated_description}\n"""` }),
    ],
    forbidden: [
      'Not some cheap plastic toy.',
      'This is no replica.',
      'Counterfeits fall apart; this does not.',
      'Spot the fake? Not here.',
    ],
    slogans: ['Blend bold.', 'Rain, meet your match.'],
    chineseLeftovers: [],
    duplicateLead: 'Bottom line: ',
    titleStuffing: ' | Bestseller, Gift for Him, Free Delivery, Deal',
  },
  es: {
    artifacts: [
      (c) => ({ translated_description: `Aquí tienes la traducción:\n${c.translated_description}` }),
      (c) => ({ seo_title: `Título SEO — versión final: ${c.seo_title}` }),
      (c) => ({ h1: `<strong>${c.h1}</strong>` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nEspero que esta versión se ajuste mejor a lo que buscabas.`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nDisculpa: no encontré datos de garantía en el texto original, así que no los he incluido.`,
      }),
      (c) => ({ marketing_copy_a: `Copy A (enfoque en valor): ${c.marketing_copy_a}` }),
    ],
    forbidden: [
      'Nada de copias baratas.',
      'Ni imitaciones ni atajos.',
      'Las réplicas no duran.',
      'Sin falsificaciones.',
    ],
    slogans: ['Tu mar, tu ritmo.', 'Potencia que se nota.'],
    chineseLeftovers: [],
    duplicateLead: 'Dicho de otro modo: ',
    titleStuffing: ' | Oferta, regalo perfecto, envío rápido, más vendido',
  },
  fr: {
    artifacts: [
      (c) => ({ translated_description: `Voici la traduction en français :\n\n${c.translated_description}` }),
      (c) => ({ seo_title: `**${c.seo_title}** (titre SEO)` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nBonne continuation avec votre boutique !` }),
      (c) => ({ marketing_copy_b: `Texte B – ton émotionnel : ${c.marketing_copy_b}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nRemarque : en tant qu’assistant IA, je ne peux pas garantir l’exactitude des caractéristiques techniques.`,
      }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a} Valable jusqu’au [date].` }),
    ],
    forbidden: [
      'Rien à voir avec une contrefaçon.',
      'Fuyez les imitations.',
      'Pas une réplique bas de gamme.',
      'Ce n’est pas une fausse marque.',
    ],
    slogans: ['Le parapluie qui résiste.', 'Une barbe nette, chaque matin.'],
    chineseLeftovers: [],
    duplicateLead: 'Autrement dit : ',
    titleStuffing: ' | Promo, cadeau pour lui, expédition rapide, top',
  },
  de: {
    artifacts: [
      (c) => ({ translated_description: `Übersetzung:\n${c.translated_description}` }),
      (c) => ({ seo_title: `Vorgeschlagener SEO-Titel: ${c.seo_title}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nSoll ich noch eine Variante in Du-Form schreiben?`,
      }),
      (c) => ({ meta_description: `Here is the meta description in German: ${c.meta_description}` }),
      (c) => ({ h1: `## ${c.h1}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nHinweis: Die Maßangaben habe ich unverändert aus dem Original übernommen.`,
      }),
      (c) => ({
        translated_description: `{\n  "translated_description": "${c.translated_description}",\n  "seo_title": "${c.seo_title}"\n}`,
      }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b} [Markenname einfügen]` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nCheers, and good luck with the launch!`,
      }),
    ],
    forbidden: [
      'Billiger geht es nicht.',
      'Keine Fälschungen im Sortiment.',
      'Finger weg von Nachahmungen.',
      'Kein Imitat.',
    ],
    slogans: ['Freiheit auf dem Wasser.', 'Stark in jeder Stufe.'],
    chineseLeftovers: [],
    duplicateLead: 'Mit anderen Worten: ',
    titleStuffing: ' | Bestseller, Geschenk für Ihn, Versand gratis',
  },
  ja: {
    artifacts: [
      (c) => ({ seo_title: `SEOタイトル案：${c.seo_title}` }),
      (c) => ({ translated_description: `Japanese translation below.\n\n${c.translated_description}` }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b}（※感情に訴える表現を優先しました）` }),
      (c) => ({ h1: `見出し：${c.h1}` }),
      (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\n以上です。ご確認のほど、よろしくお願いいたします。`,
      }),
    ],
    forbidden: [
      'レプリカ品ではありません。',
      '模倣品にご注意。',
      '激安品とは違います。',
      '偽物に気をつけて。',
    ],
    slogans: ['星空を、もっと近くに。', '整える朝を、もっと手軽に。'],
    chineseLeftovers: ['这个望远镜适合初学者。', '使用后请用刷子清理刀头。'],
    duplicateLead: 'つまり、',
    titleStuffing: '｜ランキング入賞 ギフト 即日発送 お買い得',
  },
};
