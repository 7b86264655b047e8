// Blind set, round 8 (written after the round-7 fixes, scored once without tuning: the final held-out figure):
// six products in categories no earlier set has, 12 hand-written listings, three artifact styles per listing
// and wording of its own; legitimate numbers: 5 m, 16 million colours, 3 speeds, 4000 mAh, 150 cm, 3-piece,
// 600 g/m², 8-piece, 6-way, 16 A, 2 m cable, 2 USB-C.
import type { Language } from '@content-pipeline/languages';
import type { BlindListing, DefectWording } from './blind-set';

const STRIP_ZH = 'Glo 智能LED灯带 5米';
const STRIP_SRC = 'Glo 智能LED灯带长5米，支持1600万种颜色，可通过App和语音控制。灯带可剪裁，背胶安装。';
const FAN_ZH = 'Breez 挂脖风扇';
const FAN_SRC = 'Breez 挂脖风扇三档风速，电池容量4000mAh，最长续航16小时，重量仅260克。';
const CATTREE_ZH = 'Miao 多层猫爬架 150厘米';
const CATTREE_SRC = 'Miao 猫爬架高150厘米，共四层平台，配有两个猫窝和剑麻抓柱，最大承重30公斤。';
const TOWEL_ZH = 'Suave 纯棉浴巾 3件套';
const TOWEL_SRC = 'Suave 浴巾3件套，采用100%长绒棉，克重600克/平方米，浴巾尺寸70×140厘米。';
const TEA_ZH = 'Cha 白瓷功夫茶具 8件套';
const TEA_SRC = 'Cha 功夫茶具8件套，包括一个盖碗、一个公道杯和六个品茗杯，盖碗容量150毫升。';
const POWER_ZH = 'Volto 6位USB排插';
const POWER_SRC = 'Volto 排插6个插位，另有2个USB-C和2个USB-A接口，最大功率3680W，线长2米。';

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

export const ROUND_8_LISTINGS: readonly BlindListing[] = [
  listing(
    'x01',
    'smart_lighting',
    'en',
    STRIP_ZH,
    STRIP_SRC,
    {
      translated_description:
        'The Glo smart LED strip is 5 m long and shows 16 million colours, controlled by app or voice. It can be cut to length and sticks on with its adhesive backing.',
      seo_title: 'Glo Smart LED Strip Lights, 5 m, App Control',
      meta_description:
        'Glo smart LED strip lights: 5 m long, 16 million colours, app and voice control, cuttable to length and easy to stick on with the adhesive backing.',
      h1: 'Glo Smart LED Strip',
      marketing_copy_a: 'Mood lighting for the whole room at a small price. Buy Glo now.',
      marketing_copy_b: 'Movie night, party or calm evening: one tap sets the scene. Discover Glo.',
      marketing_copy_c: 'Free remote this week – order today.',
    },
    { field: 'seo_title', find: '5 m', replace: '10 m', labels: ['number_invented'] },
    'The Glo smart LED strip is 5 m long and shows 16 million colours, controlled by app or voice.',
  ),
  listing(
    'x01',
    'smart_lighting',
    'es',
    STRIP_ZH,
    STRIP_SRC,
    {
      translated_description:
        'La tira LED inteligente Glo mide 5 m y ofrece 16 millones de colores, con control por app o por voz. Se puede cortar a medida y se pega con su adhesivo.',
      seo_title: 'Tira LED inteligente Glo de 5 m con app',
      meta_description:
        'Tira LED inteligente Glo de 5 m con 16 millones de colores, control por app y por voz, recortable a medida y fácil de pegar gracias a su adhesivo.',
      h1: 'Glo, luz para cada momento',
      marketing_copy_a: 'Ambiente para toda la habitación a buen precio. Cómprala hoy.',
      marketing_copy_b: 'Cine, fiesta o calma: un toque y listo. Descubre Glo.',
      marketing_copy_c: 'Mando de regalo esta semana: aprovecha.',
    },
    { field: 'meta_description', find: '16 millones', replace: '20 millones', labels: ['number_invented'] },
    'La tira LED inteligente Glo mide 5 m y ofrece 16 millones de colores, con control por app o por voz.',
  ),
  listing(
    'x02',
    'personal_fans',
    'de',
    FAN_ZH,
    FAN_SRC,
    {
      translated_description:
        'Der Breez Nackenventilator hat drei Gebläsestufen und einen Akku mit 4.000 mAh, der bis zu 16 Stunden hält. Er wiegt nur 260 g.',
      seo_title: 'Breez Nackenventilator, 3 Stufen, 16 Std. Akku',
      meta_description:
        'Nackenventilator Breez mit drei Gebläsestufen, 4.000-mAh-Akku für bis zu 16 Stunden Kühlung und nur 260 g Gewicht für heiße Tage unterwegs.',
      h1: 'Breez Nackenventilator',
      marketing_copy_a: 'Kühle Luft zum kleinen Preis. Jetzt bestellen.',
      marketing_copy_b: 'Auch im vollen Zug ein frischer Kopf. Entdecken Sie Breez.',
      marketing_copy_c: 'Sommeraktion: Jetzt kaufen und sparen.',
    },
    { field: 'seo_title', find: '16 Std.', replace: '20 Std.', labels: ['number_invented'] },
    'Er wiegt nur 260 g.',
  ),
  listing(
    'x02',
    'personal_fans',
    'ja',
    FAN_ZH,
    FAN_SRC,
    {
      translated_description:
        'Breezのネックファンは風量3段階、バッテリー容量4000mAhで最長16時間使えます。重さはわずか260gです。',
      seo_title: 'Breez ネックファン 最長16時間使える',
      meta_description:
        '風量3段階、4000mAhバッテリーで最長16時間使えるネックファン。重さ260gと軽く、暑い日の通勤や屋外でも快適です。',
      h1: 'Breez ネックファン',
      marketing_copy_a: '涼しさを手軽な価格で。今すぐ購入。',
      marketing_copy_b: '満員電車でも、首元はいつも爽やか。ぜひお試しください。',
      marketing_copy_c: '夏のセール中。お早めにどうぞ。',
    },
    {
      field: 'translated_description',
      find: '最長16時間',
      replace: '最長20時間',
      labels: ['number_dropped', 'number_invented'],
    },
    '重さはわずか260gです。',
  ),
  listing(
    'x03',
    'pet_furniture',
    'fr',
    CATTREE_ZH,
    CATTREE_SRC,
    {
      translated_description:
        'L’arbre à chat Miao mesure 150 cm de haut et compte quatre plateformes, deux niches et des poteaux en sisal. Il supporte jusqu’à 30 kg.',
      seo_title: 'Arbre à chat Miao 150 cm, 4 plateformes',
      meta_description:
        'Arbre à chat Miao de 150 cm avec quatre plateformes, deux niches douillettes et des poteaux en sisal, robuste jusqu’à 30 kg pour les chats les plus joueurs.',
      h1: 'Miao, le terrain de jeu des chats',
      marketing_copy_a: 'Un parc d’attractions pour chat à petit prix. Commandez Miao.',
      marketing_copy_b: 'Votre chat a enfin son royaume. Découvrez Miao.',
      marketing_copy_c: 'Livraison offerte ce mois-ci : profitez-en.',
    },
    {
      field: 'meta_description',
      find: 'jusqu’à 30 kg',
      replace: 'jusqu’à 40 kg',
      labels: ['number_invented'],
    },
    'Il supporte jusqu’à 30 kg.',
  ),
  listing(
    'x03',
    'pet_furniture',
    'en',
    CATTREE_ZH,
    CATTREE_SRC,
    {
      translated_description:
        'The Miao cat tree stands 150 cm (59 in) tall with four platforms, two cosy condos and sisal scratching posts. It holds up to 30 kg.',
      seo_title: 'Miao Cat Tree, 150 cm, 4 Levels, Sisal Posts',
      meta_description:
        'Miao multi-level cat tree: 150 cm tall with four platforms, two cosy condos and sisal scratching posts, sturdy enough for up to 30 kg of playful cats.',
      h1: 'Miao Cat Tree',
      marketing_copy_a: 'A feline playground at a friendly price. Order Miao today.',
      marketing_copy_b: 'Your cat finally gets a kingdom of its own. Discover Miao.',
      marketing_copy_c: 'Free delivery this month – shop now.',
    },
    {
      field: 'translated_description',
      find: 'with four platforms',
      replace: 'with five platforms',
      labels: ['number_dropped', 'number_invented'],
    },
    'It holds up to 30 kg.',
  ),
  listing(
    'x04',
    'bath_linen',
    'es',
    TOWEL_ZH,
    TOWEL_SRC,
    {
      translated_description:
        'Este juego de 3 toallas Suave es de algodón de fibra larga 100 %, con un gramaje de 600 g/m². La toalla de baño mide 70 × 140 cm.',
      seo_title: 'Juego de 3 toallas Suave de algodón 100 %',
      meta_description:
        'Juego de 3 toallas Suave de algodón de fibra larga 100 % y 600 g/m², con toalla de baño de 70 × 140 cm, suaves y absorbentes desde el primer lavado.',
      h1: 'Suave, como un hotel en casa',
      marketing_copy_a: 'Calidad de hotel a precio de casa. Pídelas ya.',
      marketing_copy_b: 'Envolverse en algodón después de la ducha. Descubre Suave.',
      marketing_copy_c: 'Envío gratis este mes: añádelas al carrito.',
    },
    {
      field: 'translated_description',
      find: 'un gramaje de 600 g/m²',
      replace: 'un gramaje de 700 g/m²',
      labels: ['number_dropped', 'number_invented'],
    },
    'La toalla de baño mide 70 × 140 cm.',
  ),
  listing(
    'x04',
    'bath_linen',
    'de',
    TOWEL_ZH,
    TOWEL_SRC,
    {
      translated_description:
        'Das Suave Handtuch-Set besteht aus 3 Teilen aus 100 % langstapliger Baumwolle mit 600 g/m². Das Badetuch misst 70 × 140 cm.',
      seo_title: 'Suave Handtuch-Set, 3-teilig, 100 % Baumwolle',
      meta_description:
        'Handtuch-Set Suave, 3-teilig, aus 100 % langstapliger Baumwolle mit 600 g/m² und einem Badetuch von 70 × 140 cm, weich und saugstark ab der ersten Wäsche.',
      h1: 'Suave Handtücher',
      marketing_copy_a: 'Hotelqualität zum fairen Preis. Jetzt bestellen.',
      marketing_copy_b: 'Nach der Dusche in weiche Baumwolle hüllen. Entdecken Sie Suave.',
      marketing_copy_c: 'Gratis Versand diesen Monat: Sichern Sie sich Ihr Set.',
    },
    { field: 'seo_title', find: '3-teilig', replace: '4-teilig', labels: ['number_invented'] },
    'Das Badetuch misst 70 × 140 cm.',
  ),
  listing(
    'x05',
    'tea_ware',
    'ja',
    TEA_ZH,
    TEA_SRC,
    {
      translated_description:
        'Chaの白磁茶器は8点セットで、蓋碗1つ、ピッチャー1つ、茶杯6つが入っています。蓋碗の容量は150mLです。',
      seo_title: 'Cha 白磁 中国茶器 8点セット 工夫茶',
      meta_description:
        '蓋碗、ピッチャー、茶杯6つが入った白磁の中国茶器8点セット。蓋碗の容量は150mLで、本格的な工夫茶を自宅で楽しめます。',
      h1: 'Cha 白磁の茶器セット',
      marketing_copy_a: '本格茶器を、この価格で。今すぐカートへ。',
      marketing_copy_b: '湯気とともに広がる香り。ぜひお試しください。',
      marketing_copy_c: 'ギフト包装無料。お見逃しなく。',
    },
    { field: 'seo_title', find: '8点セット', replace: '10点セット', labels: ['number_invented'] },
    '蓋碗の容量は150mLです。',
  ),
  listing(
    'x05',
    'tea_ware',
    'fr',
    TEA_ZH,
    TEA_SRC,
    {
      translated_description:
        'Ce service à thé Cha en porcelaine blanche compte 8 pièces : un gaiwan, une cruche et six tasses. Le gaiwan contient 150 ml.',
      seo_title: 'Service à thé Cha en porcelaine, 8 pièces',
      meta_description:
        'Service à thé Cha en porcelaine blanche de 8 pièces : un gaiwan de 150 ml, une cruche et six tasses pour savourer le thé comme en Chine, chez vous.',
      h1: 'Cha, l’art du thé',
      marketing_copy_a: 'Un service authentique à prix doux. Achetez Cha.',
      marketing_copy_b: 'La vapeur, le parfum, le calme. Découvrez Cha.',
      marketing_copy_c: 'Emballage cadeau offert : commandez vite.',
    },
    {
      field: 'translated_description',
      replace: 'Chaque tasse est cuite à 1 300 °C.',
      labels: ['number_invented'],
    },
    'Le gaiwan contient 150 ml.',
  ),
  listing(
    'x06',
    'power_strips',
    'en',
    POWER_ZH,
    POWER_SRC,
    {
      translated_description:
        'The Volto power strip has 6 outlets plus 2 USB-C and 2 USB-A ports. It handles up to 3680 W and comes with a 2 m cable.',
      seo_title: 'Volto 6-Outlet Power Strip with USB-C, 2 m',
      meta_description:
        'Volto power strip with 6 outlets, 2 USB-C and 2 USB-A ports, up to 3680 W and a 2 m cable, so the whole desk charges from a single wall socket.',
      h1: 'Volto Power Strip',
      marketing_copy_a: 'Every device charged for the price of one charger. Buy Volto now.',
      marketing_copy_b: 'No more fighting over the last free socket. Discover Volto.',
      marketing_copy_c: 'Free cable tidy this week – order today.',
    },
    { field: 'meta_description', find: 'up to 3680 W', replace: 'up to 4000 W', labels: ['number_invented'] },
    'It handles up to 3680 W and comes with a 2 m cable.',
  ),
  listing(
    'x06',
    'power_strips',
    'de',
    POWER_ZH,
    POWER_SRC,
    {
      translated_description:
        'Die Volto Steckdosenleiste hat 6 Steckplätze sowie 2 USB-C- und 2 USB-A-Anschlüsse. Sie ist bis 3.680 W belastbar, das Kabel ist 2 m lang.',
      seo_title: 'Volto 6-fach Steckdosenleiste mit USB-C, 2 m',
      meta_description:
        'Steckdosenleiste Volto mit 6 Steckplätzen, 2 USB-C- und 2 USB-A-Anschlüssen, bis 3.680 W belastbar und mit 2 m Kabel für den ganzen Schreibtisch.',
      h1: 'Volto Steckdosenleiste',
      marketing_copy_a: 'Alles geladen zum Preis eines Ladegeräts. Jetzt kaufen.',
      marketing_copy_b: 'Nie wieder Streit um die letzte freie Steckdose. Entdecken Sie Volto.',
      marketing_copy_c: 'Gratis Kabelclip diese Woche: in den Warenkorb legen.',
    },
    {
      field: 'translated_description',
      replace: 'Der Überspannungsschutz leitet bis zu 1.050 Joule ab.',
      labels: ['number_invented'],
    },
    'Sie ist bis 3.680 W belastbar, das Kabel ist 2 m lang.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_8_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({ translated_description: `Okay! Localized copy below 👇\n\n${c.translated_description}` }),
      (c) => ({ seo_title: `Title (≤60 chars): ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(I didn't translate the brand name since it's a trademark.)`,
      }),
      (c) => ({ meta_description: `Meta — ${c.meta_description}` }),
      (c) => ({ marketing_copy_b: `Emotional version —\n${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nHope you like it!` }),
      (c) => ({ translated_description: `{"translated_description": "${c.translated_description}"}` }),
      (c) => ({ h1: `# H1\n${c.h1}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n---\nGenerated for the EN storefront.`,
      }),
    ],
    forbidden: ['No cheap imitations here.', 'Not a knockoff.', 'Fakes need not apply.', 'Zero replicas.'],
    slogans: ['Light up your life.', 'Stay cool.'],
    chineseLeftovers: [],
    duplicateLead: 'Fun fact: ',
    titleStuffing: ' | Gift Idea, Home Decor, Fast Shipping, Sale',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `¡Vale! Debajo tienes el texto localizado 👇\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Título (≤60 caracteres): ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(No traduje el nombre de la marca porque es una marca registrada.)`,
      }),
      (c) => ({ meta_description: `Meta — ${c.meta_description}` }),
      (c) => ({ marketing_copy_b: `Versión emocional —\n${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\n¡Espero que te encante!` }),
    ],
    forbidden: [
      'Sin imitaciones baratas.',
      'No es una réplica.',
      'Nada falso.',
      'Adiós a las falsificaciones.',
    ],
    slogans: ['Ilumina tu mundo.', 'Suavidad diaria.'],
    chineseLeftovers: [],
    duplicateLead: 'Curiosidad: ',
    titleStuffing: ' | Regalo, decoración, envío rápido y oferta',
  },
  fr: {
    artifacts: [
      (c) => ({ translated_description: `OK ! Texte localisé ci-dessous 👇\n\n${c.translated_description}` }),
      (c) => ({ seo_title: `Titre (≤60 caractères) : ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Je n’ai pas traduit le nom de la marque, car c’est une marque déposée.)`,
      }),
      (c) => ({ meta_description: `Méta — ${c.meta_description}` }),
      (c) => ({ marketing_copy_b: `Version émotion —\n${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nJ’espère qu’il vous plaira !` }),
    ],
    forbidden: ['Aucune contrefaçon.', 'Pas une réplique.', 'Pas cher du tout.', 'Rien de faux.'],
    slogans: ['Le thé, tout simplement.', 'Le royaume des chats.'],
    chineseLeftovers: [],
    duplicateLead: 'Le saviez-vous : ',
    titleStuffing: ' | Idée cadeau, déco, livraison rapide, promo',
  },
  de: {
    artifacts: [
      (c) => ({ translated_description: `Okay! Lokalisierter Text unten 👇\n\n${c.translated_description}` }),
      (c) => ({ seo_title: `Titel (≤60 Zeichen): ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Den Markennamen habe ich nicht übersetzt, da er geschützt ist.)`,
      }),
      (c) => ({ meta_description: `Meta — ${c.meta_description}` }),
      (c) => ({ marketing_copy_b: `Emotionale Version —\n${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, er gefällt Ihnen!` }),
      (c) => ({ translated_description: `{"translated_description": "${c.translated_description}"}` }),
      (c) => ({ h1: `# H1\n${c.h1}` }),
      (c) => ({ translated_description: `${c.translated_description}\n\n---\nErstellt für den DE-Shop.` }),
    ],
    forbidden: ['Keine billige Kopie.', 'Keine Fälschung.', 'Kein Imitat.', 'Keine Nachahmung.'],
    slogans: ['Kühler Kopf.', 'Weich wie im Hotel.'],
    chineseLeftovers: [],
    duplicateLead: 'Übrigens: ',
    titleStuffing: ' | Geschenkidee, Wohnen, schneller Versand, Angebot',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `了解です！ローカライズした文章は以下です👇\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `タイトル（60字以内）：${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n（ブランド名は商標のため翻訳していません。）`,
      }),
      (c) => ({ meta_description: `メタ ― ${c.meta_description}` }),
      (c) => ({ marketing_copy_b: `エモーショナル版 ―\n${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\n気に入っていただけると嬉しいです！` }),
    ],
    forbidden: ['激安価格。', '偽物ではありません。', 'レプリカではない。', '模倣品とは違う。'],
    slogans: ['首元に、風を。', 'お茶の時間を、もっと豊かに。'],
    chineseLeftovers: ['这个风扇很安静。', '欢迎购买。'],
    duplicateLead: 'ひとこと。',
    titleStuffing: '｜ギフト 人気 送料無料 セール',
  },
};
