// Blind set, round 19 (written without reading the gate, committed before it is scored): six products in the
// categories water_flossers, folding_wagons, e_readers, cocktail_shakers, heated_insoles and drawing_robots_for_kids,
// 12 hand-written listings, three artifact styles per listing and wording of its own;
// legitimate numbers: model WF-350, 第三代 → 3rd generation, 1,600 pulses a minute, 5 pressure levels (5档),
// 300 ml (10 fl oz), 两个喷头 → 2 tips, IPX7, 4 hours, 30 days; 150 L, 100 kg, 600D, 四个 → 4 wheels (万向轮 is a
// swivel wheel, not 10,000), 360°, 两秒 → 2 seconds, 20 cm, 两个杯架 → 2 cup holders; 第四代 → 4th generation,
// 7 inch, 300 PPI, 16 levels (16级), 32 GB, 2万 → 20,000 books, 六周 → six weeks, IPX8, 180 g (6.3 oz),
// 百分之二十 → 20 % (单次 and 上一代 are words, not numbers); 三件套 → 3-piece (dreiteilig), steel 304, 750 ml, 500 ml,
// 30/45 ml, 上百 → over 100 (双头, 双层 mean double, not 2); a pair (一对, not a number), 两块 → 2 batteries,
// 2,000 mAh, 3 heat levels (3档), 55 °C (131 °F), 8 hours, sizes 35 to 46, 4 hours, 10 m (33 ft); 6至12岁 → ages
// 6 to 12, 五合一 → 5-in-1, 100 cards (双面 is double-sided), 十几 → more than 10 songs, 1500 mAh, 3 hours, EN71.
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording } from './blind-set';

const FLOSSER_ZH = 'Lumadent WF-350 便携式冲牙器';
const FLOSSER_SRC =
  'Lumadent WF-350 便携式冲牙器采用第三代脉冲技术，每分钟脉冲1600次，有5档水压可选。水箱容量300毫升，标配两个喷头，方便家人分开使用。机身防水等级IPX7，充电4小时可连续使用30天。';
const WAGON_ZH = 'Trekka 户外折叠手推车 大容量营地车';
const WAGON_SRC =
  'Trekka 户外折叠手推车容量150升，最大承重100公斤。车身采用加厚600D牛津布和钢管车架，配有四个万向轮，前轮可360度转向。两秒即可收折，收起后厚度仅20厘米，附带两个杯架。';
const EREADER_ZH = 'Folia 第四代 7英寸电子书阅读器';
const EREADER_SRC =
  'Folia 第四代电子书阅读器配备7英寸300 PPI墨水屏，前光支持16级亮度和冷暖色温调节。内置32GB存储，可容纳约2万本电子书。单次充电续航长达六周，防水等级IPX8。机身重量仅180克，比上一代轻了百分之二十。';
const SHAKER_ZH = 'Mixo 不锈钢波士顿调酒壶三件套';
const SHAKER_SRC =
  'Mixo 波士顿调酒壶三件套采用304食品级不锈钢，大壶容量750毫升，小壶容量500毫升。套装包含调酒壶、双头量酒器（30/45毫升）和霍桑滤冰器。双层真空隔热，摇制时手不冰。适合家庭吧台，可调制上百种经典鸡尾酒。';
const INSOLE_ZH = 'Calora 充电加热鞋垫（一对）';
const INSOLE_SRC =
  'Calora 充电加热鞋垫一对装，内置两块2000mAh锂电池，支持3档温度调节，最高可达55°C，低档续航约8小时。鞋垫可按尺码自行裁剪，适合35至46码。充满电约需4小时，附带无线遥控器，有效距离10米。';
const ROBOT_ZH = 'Pinto 五合一儿童绘画机器人';
const ROBOT_SRC =
  'Pinto 儿童绘画机器人适合6至12岁的孩子，五合一玩法涵盖绘画、识字、数学、英语和编程。配有100张双面卡片，机器人扫描卡片后会一笔一笔教孩子画画。内置十几首儿歌。电池容量1500mAh，充电一次可使用约3小时。通过EN71安全认证。';

export const ROUND_19_LISTINGS: readonly BlindListing[] = [
  listing(
    'q01',
    'water_flossers',
    'en',
    FLOSSER_ZH,
    FLOSSER_SRC,
    {
      translated_description:
        'The Lumadent WF-350 portable water flosser uses 3rd-generation pulse technology, delivering 1,600 pulses per minute across 5 pressure settings. The 300 ml (10 fl oz) tank comes with 2 interchangeable tips, so two people in the household can share it. It is rated IPX7 waterproof, and a 4-hour charge lasts up to 30 days.',
      seo_title: 'Lumadent WF-350 Cordless Water Flosser, 300 ml',
      meta_description:
        'Lumadent WF-350 cordless water flosser with 5 pressure settings, 1,600 pulses a minute, a 300 ml tank, IPX7 waterproofing and up to 30 days per charge.',
      h1: 'Lumadent WF-350 Portable Water Flosser',
      marketing_copy_a:
        'We built the WF-350 to give you a dentist-fresh feel between the teeth every day. Order yours today.',
      marketing_copy_b: 'Fresh breath and a confident smile before every meeting. Discover Lumadent.',
      marketing_copy_c:
        'Launch offer: a spare tip set comes free with every flosser. Add it to your cart now.',
    },
    { field: 'seo_title', find: '300 ml', replace: '400 ml', labels: ['number_invented'] },
    'It is rated IPX7 waterproof, and a 4-hour charge lasts up to 30 days.',
  ),
  listing(
    'q01',
    'water_flossers',
    'ja',
    FLOSSER_ZH,
    FLOSSER_SRC,
    {
      translated_description:
        'LumadentのWF-350ポータブル口腔洗浄器は第3世代のパルス技術を採用し、毎分1600回のパルスで5段階の水圧から選べます。タンク容量は300mlで、ノズルが2本付属しているのでご家族で使い分けられます。防水等級はIPX7、4時間の充電で最大30日間使えます。※ご使用後はタンクの水を捨てて乾かしてください。',
      seo_title: 'Lumadent 口腔洗浄器 WF-350 コードレス 5段階水圧',
      meta_description:
        '毎分1600回のパルスと5段階の水圧で歯間をすっきり洗浄。300mlタンクにノズル2本付き、IPX7防水でお風呂でも使え、4時間の充電で最大30日間使えます。',
      h1: 'Lumadent ポータブル口腔洗浄器',
      marketing_copy_a: '毎日の歯間ケアを、もっと手軽に、もっと確実に。今すぐ購入。',
      marketing_copy_b: '大切な人と話すとき、口元にもっと自信を。ぜひお試しください。',
      marketing_copy_c: '発売記念で替えノズルをプレゼント中。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '毎分1600回',
      replace: '毎分1800回',
      labels: ['number_dropped', 'number_invented'],
    },
    '防水等級はIPX7、4時間の充電で最大30日間使えます。',
  ),
  listing(
    'q02',
    'folding_wagons',
    'de',
    WAGON_ZH,
    WAGON_SRC,
    {
      translated_description:
        'Der faltbare Bollerwagen Trekka fasst 150 Liter und trägt bis zu 100 kg. Der Bezug aus verstärktem 600D-Oxford-Gewebe sitzt auf einem stabilen Stahlrohrrahmen. Er rollt auf vier Lenkrollen, die vorderen lassen sich um 360 Grad schwenken. In 2 Sekunden ist er zusammengeklappt und dann nur 20 cm flach. Zwei Becherhalter sind bereits montiert.',
      seo_title: 'Trekka Bollerwagen faltbar, 150 Liter, bis 100 kg',
      meta_description:
        'Faltbarer Bollerwagen Trekka mit 150 Litern Volumen, 100 kg Zuladung, robustem 600D-Bezug und schwenkbaren Vorderrädern – in 2 Sekunden zusammengeklappt.',
      h1: 'Trekka Bollerwagen für Strand und Camping',
      marketing_copy_a:
        'Ein Wagen für Einkauf, Strand und Festival – Schleppen war gestern. Jetzt bestellen.',
      marketing_copy_b:
        'Die Kinder laufen voraus, das Gepäck rollt ganz leicht hinterher. Entdecken Sie Trekka.',
      marketing_copy_c: 'Nur diese Woche mit gratis Regenabdeckung: Sichern Sie sich Ihren Trekka.',
    },
    { field: 'seo_title', find: '150 Liter', replace: '180 Liter', labels: ['number_invented'] },
    'Der Bezug aus verstärktem 600D-Oxford-Gewebe sitzt auf einem stabilen Stahlrohrrahmen.',
  ),
  listing(
    'q02',
    'folding_wagons',
    'es',
    WAGON_ZH,
    WAGON_SRC,
    {
      translated_description:
        'El carro plegable Trekka tiene una capacidad de 150 litros y soporta hasta 100 kg. La funda de tela Oxford 600D reforzada va montada sobre un chasis de tubo de acero. Lleva cuatro ruedas giratorias y las delanteras giran 360 grados. Se pliega en 2 segundos y, plegado, mide solo 20 cm de grosor. Incluye dos portavasos.',
      seo_title: 'Carro plegable Trekka 150 l, carga hasta 100 kg',
      meta_description:
        'Carro plegable Trekka de 150 litros con carga de hasta 100 kg, tela Oxford 600D, ruedas delanteras giratorias y plegado en 2 segundos. ¡Listo para la playa!',
      h1: 'Trekka, el carro que se pliega en segundos',
      marketing_copy_a: 'Compra, playa y acampada con un carro que lo lleva todo por ti. Cómpralo ya.',
      marketing_copy_b: 'Los niños corren delante y el equipaje rueda detrás sin esfuerzo. Descubre Trekka.',
      marketing_copy_c: 'Funda para la lluvia de regalo esta semana: pide el tuyo hoy.',
    },
    {
      field: 'translated_description',
      find: 'hasta 100 kg',
      replace: 'hasta 120 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Se pliega en 2 segundos y, plegado, mide solo 20 cm de grosor.',
  ),
  listing(
    'q03',
    'e_readers',
    'fr',
    EREADER_ZH,
    EREADER_SRC,
    {
      translated_description:
        'La liseuse Folia de 4e génération est dotée d’un écran à encre électronique de 7 pouces en 300 PPI, avec un éclairage frontal réglable sur 16 niveaux de luminosité et en température de couleur. Ses 32 Go de stockage accueillent environ 20\u202f000 livres numériques. Chaque charge tient jusqu’à six semaines, et la liseuse est étanche selon la norme IPX8. Elle ne pèse que 180 g, soit 20\u00a0% de moins que le modèle précédent.',
      seo_title: 'Liseuse Folia 7 pouces, 4e génération, 32 Go',
      meta_description:
        'Liseuse Folia de 4e génération : écran 7 pouces 300 PPI, éclairage réglable sur 16 niveaux, 32 Go pour environ 20\u202f000 livres et étanchéité IPX8.',
      h1: 'Folia, la liseuse qui vous suit partout',
      marketing_copy_a: 'Toute une bibliothèque dans la poche, sans vous ruiner. Achetez Folia.',
      marketing_copy_b: 'Un bain chaud, un roman, et un écran qui reste doux pour les yeux. Découvrez Folia.',
      marketing_copy_c: 'Étui offert pour toute précommande cette semaine : commandez vite.',
    },
    { field: 'meta_description', find: '32 Go', replace: '64 Go', labels: ['number_invented'] },
    'Elle ne pèse que 180 g, soit 20\u00a0% de moins que le modèle précédent.',
  ),
  listing(
    'q03',
    'e_readers',
    'en',
    EREADER_ZH,
    EREADER_SRC,
    {
      translated_description:
        'The 4th-generation Folia e-reader has a 7-inch, 300 PPI e-ink screen with a front light offering 16 brightness levels and adjustable warm and cool tones. Its 32 GB of storage holds around 20,000 e-books. Each charge lasts up to six weeks, and the IPX8 rating means it can handle a dip in the bath. At just 180 g (6.3 oz), it is 20% lighter than the previous generation.',
      seo_title: 'Folia 7-Inch E-Reader, 4th Gen, 32 GB, IPX8',
      meta_description:
        'Folia 4th-gen e-reader with a 7-inch 300 PPI e-ink screen, 16 brightness levels, 32 GB for about 20,000 books, six weeks per charge and IPX8 protection.',
      h1: 'Folia E-Reader, Fourth Generation',
      marketing_copy_a:
        'A whole library in your jacket pocket for less than a month of new hardbacks. Get your Folia today.',
      marketing_copy_b: 'Ready to lose yourself in a story by the pool? Discover Folia.',
      marketing_copy_c: 'Free sleeve with every pre-order this week. Shop now.',
    },
    {
      field: 'translated_description',
      replace: 'A full recharge takes about 90 minutes.',
      labels: ['number_invented'],
    },
    'At just 180 g (6.3 oz), it is 20% lighter than the previous generation.',
  ),
  listing(
    'q04',
    'cocktail_shakers',
    'ja',
    SHAKER_ZH,
    SHAKER_SRC,
    {
      translated_description:
        'Mixoのボストンシェーカー3点セットは、食品グレードの304ステンレス製です。大きいティンの容量は750ml、小さいティンは500mlです。セットにはシェーカー、30/45mlのダブルメジャーカップ、ホーソーンストレーナーが入っています。真空断熱のダブルウォール構造なので、シェイクしても手が冷たくなりません。ご自宅のバーカウンターで、100種類以上の定番カクテルが作れます。',
      seo_title: 'Mixo ボストンシェーカー 3点セット 750ml',
      meta_description:
        '304ステンレス製のボストンシェーカー3点セット。750mlと500mlのティン、30/45mlメジャーカップ、ストレーナー付きで、おうちで本格カクテルが楽しめます。',
      h1: 'Mixo ボストンシェーカーセット',
      marketing_copy_a: 'バー道具をまとめてそろえるより、ずっと手軽に。今すぐ購入。',
      marketing_copy_b: '週末の夜、自分で作った一杯で乾杯しませんか。ぜひお試しください。',
      marketing_copy_c: '今なら特製レシピカード付き。カートへどうぞ。',
    },
    { field: 'seo_title', find: '750ml', replace: '700ml', labels: ['number_invented'] },
    '大きいティンの容量は750ml、小さいティンは500mlです。',
  ),
  listing(
    'q04',
    'cocktail_shakers',
    'de',
    SHAKER_ZH,
    SHAKER_SRC,
    {
      translated_description:
        'Das dreiteilige Boston-Shaker-Set Mixo ist aus lebensmittelechtem Edelstahl 304 gefertigt. Der große Becher fasst 750 ml, der kleine 500 ml. Dank doppelwandiger Vakuumisolierung bleiben die Hände beim Shaken warm. Damit mixen Sie an der Hausbar über 100 Cocktail-Klassiker. Im Karton:\n- Shaker mit großem und kleinem Becher\n- doppelseitiger Jigger (30/45 ml)\n- Hawthorne-Strainer',
      seo_title: 'Mixo Boston Shaker Set, dreiteilig, Edelstahl 304',
      meta_description:
        'Dreiteiliges Boston-Shaker-Set Mixo aus Edelstahl 304: Becher mit 750 und 500 ml, Jigger mit 30/45 ml und Strainer – für über 100 Cocktails zu Hause.',
      h1: 'Mixo Cocktail-Shaker für die Hausbar',
      marketing_copy_a: 'Profi-Werkzeug für die Hausbar, ohne Barkeeper-Budget. Jetzt kaufen.',
      marketing_copy_b: 'Freitagabend, Freunde, und der erste Drink kommt von Ihnen. Entdecken Sie Mixo.',
      marketing_copy_c: 'Diese Woche liegen Rezeptkarten gratis bei: Jetzt in den Warenkorb legen.',
    },
    {
      field: 'translated_description',
      find: 'über 100 Cocktail-Klassiker',
      replace: 'über 200 Cocktail-Klassiker',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der große Becher fasst 750 ml, der kleine 500 ml.',
  ),
  listing(
    'q05',
    'heated_insoles',
    'en',
    INSOLE_ZH,
    INSOLE_SRC,
    {
      translated_description:
        'The Calora rechargeable heated insoles come as a pair and are powered by 2 lithium batteries of 2,000 mAh each. Choose from 3 heat settings up to 55°C (131°F); on the low setting they run for about 8 hours. Trim them to fit EU sizes 35 to 46. A full charge takes about 4 hours, and the wireless remote works from up to 10 m (33 ft) away. Note: cut along the printed size lines before you wear them.',
      seo_title: 'Calora Heated Insoles, Rechargeable, 3 Heat Levels',
      meta_description:
        'Calora rechargeable heated insoles with 3 heat settings up to 55°C, about 8 hours per charge on low and a wireless remote. Trim to fit EU sizes 35 to 46.',
      h1: 'Calora Rechargeable Heated Insoles',
      marketing_copy_a: 'Warm feet all winter for less than a pair of heated boots. Buy Calora now.',
      marketing_copy_b: 'Stand on the sidelines of a frosty match and forget the cold. Discover Calora.',
      marketing_copy_c: 'Free storage pouch with every pair this month – grab yours.',
    },
    { field: 'meta_description', find: 'up to 55°C', replace: 'up to 60°C', labels: ['number_invented'] },
    'Trim them to fit EU sizes 35 to 46.',
  ),
  listing(
    'q05',
    'heated_insoles',
    'de',
    INSOLE_ZH,
    INSOLE_SRC,
    {
      translated_description:
        'Die akkubetriebenen Heizsohlen Calora werden als Paar geliefert und von 2 Lithium-Akkus mit je 2000 mAh versorgt. Die Temperatur lässt sich in 3 Stufen bis 55 °C regeln; auf der niedrigsten Stufe halten die Akkus etwa 8 Stunden. Die Sohlen lassen sich zuschneiden und passen für die Größen 35 bis 46. Das vollständige Aufladen dauert rund 4 Stunden, die Funkfernbedienung reicht bis zu 10 m.',
      seo_title: 'Calora Heizsohlen mit Akku, 3 Wärmestufen, bis 55 °C',
      meta_description:
        'Beheizbare Einlegesohlen Calora mit Akku: 3 Wärmestufen bis 55 °C, etwa 8 Stunden Laufzeit, Funkfernbedienung und zuschneidbar für Größen 35 bis 46.',
      h1: 'Calora beheizbare Einlegesohlen',
      marketing_copy_a: 'Warme Füße den ganzen Winter, ohne teure Thermostiefel. Jetzt bestellen.',
      marketing_copy_b: 'Am Spielfeldrand stehen und die Kälte einfach vergessen. Entdecken Sie Calora.',
      marketing_copy_c: 'Gratis Aufbewahrungstasche zu jedem Paar: Hol dir deine Calora.',
    },
    {
      field: 'translated_description',
      find: 'etwa 8 Stunden',
      replace: 'etwa 12 Stunden',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Sohlen lassen sich zuschneiden und passen für die Größen 35 bis 46.',
  ),
  listing(
    'q06',
    'drawing_robots_for_kids',
    'es',
    ROBOT_ZH,
    ROBOT_SRC,
    {
      translated_description:
        'El robot de dibujo Pinto está pensado para niños de 6 a 12 años y ofrece un juego 5 en 1: dibujo, lectura, matemáticas, inglés y programación. Incluye 100 tarjetas de doble cara: el robot las escanea y enseña a dibujar trazo a trazo. Trae más de 10 canciones infantiles. Su batería de 1500 mAh dura unas 3 horas por carga. Cuenta con la certificación de seguridad EN71.',
      seo_title: 'Robot de dibujo Pinto para niños de 6 a 12 años',
      meta_description:
        'Robot de dibujo Pinto 5 en 1 para niños de 6 a 12 años: dibujo, lectura, matemáticas, inglés y programación, con 100 tarjetas de doble cara incluidas.',
      h1: 'Pinto, el robot que enseña a dibujar',
      marketing_copy_a: 'Cinco actividades en un juguete que crece con tu hijo. Cómpralo hoy.',
      marketing_copy_b: 'Su primera casita dibujada sin ayuda, y esa cara de orgullo. Descubre Pinto.',
      marketing_copy_c: 'Envío gratis y estuche de rotuladores de regalo: pídelo ya.',
    },
    {
      field: 'translated_description',
      find: 'unas 3 horas',
      replace: 'unas 4 horas',
      labels: ['number_dropped', 'number_invented'],
    },
    'Su batería de 1500 mAh dura unas 3 horas por carga.',
  ),
  listing(
    'q06',
    'drawing_robots_for_kids',
    'fr',
    ROBOT_ZH,
    ROBOT_SRC,
    {
      translated_description:
        'Le robot de dessin Pinto s’adresse aux enfants de 6 à 12 ans et propose un jeu 5 en 1 : dessin, lecture, calcul, anglais et programmation. Il est livré avec 100 cartes recto verso : le robot les scanne et montre à l’enfant comment dessiner, trait par trait. Il contient plus de 10 comptines. Sa batterie de 1\u00a0500 mAh offre environ 3 heures d’autonomie par charge. Il est certifié conforme à la norme de sécurité EN71.',
      seo_title: 'Robot de dessin Pinto 5 en 1, enfants de 6 à 12 ans',
      meta_description:
        'Robot de dessin Pinto pour les 6 à 12 ans : jeu 5 en 1, 100 cartes recto verso, plus de 10 comptines et environ 3 heures d’autonomie par charge.',
      h1: 'Pinto, le robot qui apprend à dessiner',
      marketing_copy_a: 'Cinq activités réunies dans un jouet qui grandit avec votre enfant. Achetez Pinto.',
      marketing_copy_b:
        'Nous l’avons imaginé pour ce sourire fier devant le tout premier chat dessiné. Découvrez Pinto.',
      marketing_copy_c: 'Livraison offerte et feutres en cadeau : commandez dès aujourd’hui.',
    },
    { field: 'seo_title', find: '6 à 12 ans', replace: '4 à 12 ans', labels: ['number_invented'] },
    'Il est livré avec 100 cartes recto verso : le robot les scanne et montre à l’enfant comment dessiner, trait par trait.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const firstSentence = (text: string): string => text.split(/(?<=[.!?])\s+/)[0];

export const ROUND_19_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({ translated_description: `{{#llm_translate.text#}}\n${c.translated_description}` }),
      (c) => ({ h1: `- h1: "${c.h1}"\n  lang: en` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\nmeta_description: ${c.meta_description}` }),
      (c) => ({
        translated_description: `I can't independently confirm the waterproofing or battery claims, so I've kept them exactly as the supplier stated.\n\n${c.translated_description}`,
      }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b} Whether you read on the train or curled up on the sofa, …\n[response cut off: max_tokens reached]`,
      }),
      (c) => ({ marketing_copy_a: `{"output_text": "${c.marketing_copy_a}` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b} [1]\n\n[1] Source: supplier spec sheet, machine-translated from Chinese.`,
      }),
      (c) => {
        const first = firstSentence(c.translated_description);
        return {
          translated_description: c.translated_description.replace(first, `${first} ${first} (repeat)`),
        };
      },
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nDEV NOTE: place this line under the price block, not in the hero banner.`,
      }),
    ],
    forbidden: [
      'Cheaper copies simply wear out faster.',
      'Forget flimsy knockoffs.',
      'This is no imitation of a premium brand.',
      'Counterfeit units are sold online, so buy from us directly.',
    ],
    slogans: ['Smiles that sparkle.', 'Every page, anywhere.'],
    chineseLeftovers: [],
    duplicateLead: 'To sum up: ',
    titleStuffing: ' | Top Rated Gift Idea, Fast Shipping, Sale Today',
  },
  de: {
    artifacts: [
      (c) => ({ translated_description: `### Produktbeschreibung\n\n${c.translated_description}` }),
      (c) => ({ seo_title: `\uFEFF${c.seo_title}` }),
      (c) => ({ marketing_copy_b: `Überarbeitete Fassung (nach Feedback): ${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_a: `AIMessage(content="${c.marketing_copy_a}", additional_kwargs={})` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nDieser Text wurde automatisch von einer KI erstellt und sollte vor der Veröffentlichung geprüft werden.`,
      }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\nLet me know if you want a more playful tone for this one.`,
      }),
      (c) => ({ h1: `${c.h1}\nSEO-Titel: ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Gemäß Styleguide formuliert: https://wiki.shop.example/styleguide/de-DE)`,
      }),
      (c) => ({ marketing_copy_b: `"marketing_copy_b": "${c.marketing_copy_b}",` }),
    ],
    forbidden: [
      'Billige Kopien halten nicht lange.',
      'Vorsicht vor Fälschungen aus dubiosen Shops.',
      'Kein Imitat, sondern Markenqualität.',
      'Nachahmungen erkennen Sie am fehlenden Prüfsiegel.',
    ],
    slogans: ['Mixen wie an der Bar.', 'Warme Füße, klarer Kopf.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' | Geschenkidee, Topseller, Blitzversand, Angebot',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `（Note: ブランド名と型番は英字表記のまま残しています）\n${c.translated_description}`,
      }),
      (c) => ({ h1: `\u200B${c.h1}\u200D\u200B` }),
      (c) => ({ marketing_copy_b: `【感情訴求コピー】\n${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `修正版：${c.marketing_copy_c}` }),
      (c) => ({ translated_description: `${c.translated_description}{{#sys.query#}}` }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}\n※開発担当の方へ：この文はメインバナーの下に表示してください。`,
      }),
    ],
    forbidden: [
      '偽物と見比べれば、違いは一目瞭然です。',
      '模倣品が出回っているのでご注意ください。',
      '激安セールの商品とは品質が違います。',
      '当店ではコピー品は扱っておりません。',
    ],
    slogans: ['乾杯を、もっとおいしく。', '毎日の歯間に、すっきりを。'],
    chineseLeftovers: ['这款冲牙器适合全家人使用。', '调酒壶请勿放入洗碗机清洗。'],
    duplicateLead: '要するに、',
    titleStuffing: '\uFF5C人気ランキング上位 プレゼント 送料無料 即納',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `No puedo verificar la capacidad de carga que indica el fabricante, pero aquí va el texto adaptado al español:\n\n${c.translated_description}`,
      }),
      (c) => ({ h1: `Encabezado principal: ${c.h1}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}"}\n]` }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}¹\n\n¹ Fuente: ficha técnica del proveedor (traducción automática).`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n— Contenido generado automáticamente con IA. Revísalo antes de publicarlo.`,
      }),
      (c) => ({ marketing_copy_c: `<respuesta>${c.marketing_copy_c}</respuesta>` }),
    ],
    forbidden: [
      'Olvídate de las imitaciones.',
      'Nada que ver con los modelos baratos.',
      'No es una réplica: es el original.',
      'Cuidado con las falsificaciones en internet.',
    ],
    slogans: ['Imaginar, trazar, aprender.', 'El verano sobre ruedas.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Oferta especial, envío urgente, idea de regalo',
  },
  fr: {
    artifacts: [
      (c) => ({ marketing_copy_a: `Version 2 (plus courte) : ${c.marketing_copy_a}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nRéférence de style : https://docs.boutique.example/guide-redactionnel-fr`,
      }),
      (c) => ({ h1: `## Titre principal\n${c.h1}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nMéta-description : ${c.meta_description}`,
      }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b} Et quand il range ses feutres, il…\n[suite tronquée : limite de longueur atteinte]`,
      }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\n(Tone: formal "vous", as per the brief.)` }),
    ],
    forbidden: [
      'Méfiez-vous des contrefaçons.',
      'Aucune réplique ne lui arrive à la cheville.',
      'Ce n’est pas un gadget pas cher.',
      'Les fausses bonnes affaires finissent toujours par décevoir.',
    ],
    slogans: ['Le dessin, un jeu d’enfant.', 'Toutes vos lectures dans la poche.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Idée cadeau, livraison express, meilleure vente',
  },
};
