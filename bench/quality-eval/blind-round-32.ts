// Blind set, round 32 (written without reading the gate, committed before it is scored): six stationery, party-supply
// and gift products in the categories fountain_pens, wax_seal_kits, electric_balloon_pumps, party_tableware_sets,
// scented_candle_sets and music_boxes, 12 hand-written listings, three artifact styles per listing and wording of its
// own (this round: an apology for an error in an earlier answer together with the correction, a sentence left
// untranslated behind a pending marker (romanised for en, English for de/ja/es/fr, so that no Chinese character lands
// in a field), the same sentence given twice in two languages, a list of changes at the end of a field, an arrow-style
// change summary (X → Y), editor placeholders (TODO, TBD, XXX, lorem ipsum, N/A) and the field's own instruction
// restated in brackets; no digits in artifacts that land in the description, title or meta);
// legitimate numbers: Scriba 第三代 (third-generation, 第3世代), 14K, 三种 (three) nib widths, 0.38 to 0.7 mm, 32 g,
// 13.8 cm, 十二支 (twelve, 12本) cartridges, 上百 (more than 100, 100を超える) steps; Sigil 两枚 (two, zwei, deux)
// seal heads, 25 mm, 9 cm, 六种 (six, sechs) colours, 180 beads, 80 °C, 上百 (weit über 100, plus de 100) seals;
// Puffi 双出气嘴 (dual nozzles, doble boquilla: not a number), 两个 (two, dos) balloons at once, 600 W, 12-inch
// (12 pulgadas), 3 seconds, 30 minutes, 100 latex and 20 foil balloons, 0.9 kg (2 lb; 0,9 kg); Fiesta 一次性
// (disposable, Einweg, desechable: idiomatic, not a number), 24 guests, 上百 (over 100) pieces, 9 and 7 inch
// plates, 250 ml, 三色 (three, drei) colours, 48 napkins, 百分之百 (100 %), 60 °C; Ember 三只 (three, trois)
// candles, 200 g (7 oz), 40 hours, 120 hours, 百分之十 (10 %), 8 cm, 4 hours, 2 hours, 首次 (first burn, a word);
// Melodia 八音盒 (music box: the 八 is part of the word, not a number), 18 notes (18弁), 上百 (über 100, 100曲を超える)
// tunes, 12 × 9 × 6 cm, 350 g, 3 minutes, 十几 (mehr als zehn, 十数種類: vague) fonts, 3 years.
import type { Language } from '@content-pipeline/languages';
import {
  listing,
  type BlindListing,
  type DefectWording,
  type Artifact,
  afterSentence,
  afterSentenceJa,
} from './blind-set';

const PEN_ZH = 'Scriba 第三代 14K金尖钢笔';
const PEN_SRC =
  'Scriba 第三代钢笔采用14K金笔尖，提供EF、F、M三种笔尖粗细，书写线宽0.38至0.7毫米。笔杆为黄铜材质，重32克，全长13.8厘米。可搭配上墨器或墨囊使用，礼盒内附上墨器及十二支墨囊。笔尖经上百道工序手工打磨，书写顺滑，是送礼的理想之选。';
const SEAL_ZH = 'Sigil 火漆印章礼盒';
const SEAL_SRC =
  'Sigil 火漆印章礼盒内含两枚可互换的黄铜印头，直径25毫米，配9厘米长的实木手柄。另附六种颜色共180粒火漆蜡粒，以及熔蜡勺和小蜡烛。蜡粒约80℃即可熔化，整盒可盖出上百个印记。适合婚礼请柬、手写贺卡和礼品包装。';
const PUMP_ZH = 'Puffi 双嘴电动气球打气筒';
const PUMP_SRC =
  'Puffi 电动气球打气筒采用双出气嘴，可同时给两个气球充气，功率600瓦。12英寸气球约3秒即可充满，连续工作请勿超过30分钟。附赠气球打结器、100个彩色乳胶气球和20个铝膜字母气球。机身重约0.9公斤，生日派对、婚礼布置都能轻松搞定。';
const TABLEWARE_ZH = 'Fiesta 金边一次性派对餐具套装';
const TABLEWARE_SRC =
  'Fiesta 一次性派对餐具套装采用金边设计，可供24人使用，共计上百件：9英寸大餐盘和7英寸小餐盘各24个，250毫升纸杯24个，三色餐巾纸共48张，刀、叉、勺各24把。餐盘以百分之百甘蔗浆制成，可自然降解，可盛放约60℃的热食。';
const CANDLE_ZH = 'Ember 香薰蜡烛礼盒 三只装';
const CANDLE_SRC =
  'Ember 香薰蜡烛礼盒三只装，香型分别为雪松、白茶和无花果。每只含大豆蜡200克，可燃烧约40小时，三只合计约120小时。棉质烛芯燃烧无烟，精油含量百分之十。玻璃杯直径8厘米，用完可重复利用。建议每次点燃不超过4小时，首次点燃约2小时，使蜡面完全融化。';
const MUSIC_BOX_ZH = 'Melodia 18音木质发条八音盒';
const MUSIC_BOX_SRC =
  'Melodia 木质发条八音盒内置18音机芯，曲目可在上百首经典旋律中任选，下单时备注即可。盒身为整块胡桃木，尺寸12×9×6厘米，重约350克。上满发条可连续演奏约3分钟。盒盖支持免费刻字，提供十几种字体。含小零件，不适合3岁以下儿童。';

export const ROUND_32_LISTINGS: readonly BlindListing[] = [
  listing(
    'w01',
    'fountain_pens',
    'en',
    PEN_ZH,
    PEN_SRC,
    {
      translated_description:
        'The third-generation Scriba fountain pen writes with a 14K gold nib. Choose from three nib widths – EF, F or M – for lines from 0.38 to 0.7 mm. The brass barrel weighs 32 g and measures 13.8 cm from end to end. It takes either a converter or ink cartridges, and the gift box holds a converter plus twelve cartridges. Each nib goes through more than 100 hand-finishing steps, so it glides across the page and makes a gift to remember.',
      seo_title: 'Scriba Fountain Pen, 14K Gold Nib, Third Generation',
      meta_description:
        'Third-generation Scriba fountain pen with a hand-finished 14K gold nib in EF, F or M, a brass barrel and twelve ink cartridges in a ready-to-give box.',
      h1: 'Scriba Gold-Nib Fountain Pen',
      marketing_copy_a:
        'A gold nib outlasts years of disposable pens and only gets smoother as it learns your hand. Buy the Scriba today.',
      marketing_copy_b:
        'Think of the last handwritten note that made you smile. Now imagine writing one just as warm. Discover the Scriba.',
      marketing_copy_c: 'Free name engraving on every Scriba this month – order yours while the offer lasts.',
    },
    { field: 'seo_title', find: '14K Gold Nib', replace: '18K Gold Nib', labels: ['number_invented'] },
    'The brass barrel weighs 32 g and measures 13.8 cm from end to end.',
  ),
  listing(
    'w01',
    'fountain_pens',
    'ja',
    PEN_ZH,
    PEN_SRC,
    {
      translated_description:
        'Scribaの第3世代万年筆は、14Kの金ペン先を採用しています。ペン先の太さはEF・F・Mの3種類で、線幅は0.38〜0.7mmです。軸は真鍮製で、重さ32g、全長13.8cm。コンバーターとカートリッジのどちらでもお使いいただけ、ギフトボックスにはコンバーターとインクカートリッジ12本が付属します。ペン先は100を超える工程を経て手作業で研ぎ上げられ、なめらかに書けます。贈り物にも最適です。',
      seo_title: 'Scriba 万年筆 14K金ペン 第3世代 EF/F/M',
      meta_description:
        '14Kの金ペン先を備えた第3世代のScriba万年筆。EF・F・Mから選べるペン先、真鍮の軸、インクカートリッジ12本付きのギフトボックス入りです。',
      h1: 'Scriba 金ペン万年筆',
      marketing_copy_a:
        '使い捨てのペンを何本も買い替えるより、一生ものを手元に。使うほど手になじむ金ペンです。今すぐ購入。',
      marketing_copy_b:
        '最後に手書きの手紙を受け取ったのはいつですか？あのぬくもりを、今度はあなたから。ぜひチェックしてください。',
      marketing_copy_c: '今月は名入れ刻印が無料です。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '重さ32g',
      replace: '重さ28g',
      labels: ['number_dropped', 'number_invented'],
    },
    '軸は真鍮製で、重さ32g、全長13.8cm。',
  ),
  listing(
    'w02',
    'wax_seal_kits',
    'de',
    SEAL_ZH,
    SEAL_SRC,
    {
      translated_description:
        'Das Siegelset Sigil in der Geschenkbox enthält zwei austauschbare Siegelköpfe aus Messing mit 25 mm Durchmesser und einen 9 cm langen Griff aus Massivholz. Dazu kommen 180 Siegelwachsperlen in sechs Farben, ein Schmelzlöffel und ein kleines Teelicht. Das Wachs schmilzt schon bei etwa 80 °C. Der Inhalt reicht für weit über 100 Siegel – genug für Hochzeitseinladungen, handgeschriebene Karten und Geschenkverpackungen.',
      seo_title: 'Sigil Siegelset mit Geschenkbox, 2 Siegelköpfe, 25 mm',
      meta_description:
        'Siegelset Sigil: zwei Siegelköpfe aus Messing mit 25 mm, Holzgriff, 180 Wachsperlen in sechs Farben und Schmelzlöffel für Einladungen und Karten.',
      h1: 'Sigil Siegelwachs-Set aus Messing und Holz',
      marketing_copy_a:
        'Ein Set für weit über hundert Siegel: Jede Einladung bekommt den edlen Abschluss, den sie verdient. Jetzt bestellen.',
      marketing_copy_b:
        'Wer einen versiegelten Brief öffnet, hält kurz den Atem an. Verschenken Sie genau diesen Moment. Entdecken Sie Sigil.',
      marketing_copy_c: 'Nur diesen Monat mit gratis Geschenkband – sichern Sie sich Ihr Set.',
    },
    {
      field: 'meta_description',
      find: '180 Wachsperlen',
      replace: '240 Wachsperlen',
      labels: ['number_invented'],
    },
    'Das Wachs schmilzt schon bei etwa 80 °C.',
  ),
  listing(
    'w02',
    'wax_seal_kits',
    'fr',
    SEAL_ZH,
    SEAL_SRC,
    {
      translated_description:
        'Le coffret de cachets de cire Sigil réunit deux têtes de cachet interchangeables en laiton, de 25 mm de diamètre, et un manche en bois massif de 9 cm. Il contient aussi 180 perles de cire à cacheter en six couleurs, une cuillère de fonte et une petite bougie. La cire fond dès 80 °C environ. Le coffret permet de réaliser plus de 100 sceaux, pour vos faire-part de mariage, vos cartes écrites à la main et vos paquets cadeaux.',
      seo_title: 'Coffret cachet de cire Sigil, 2 têtes en laiton',
      meta_description:
        'Coffret Sigil : deux cachets en laiton de 25 mm, manche en bois, 180 perles de cire en six couleurs et cuillère de fonte pour sceller vos lettres.',
      h1: 'Sigil, l’art de sceller vos lettres',
      marketing_copy_a:
        'Plus de cent sceaux avec un seul coffret : chaque invitation gagne une touche raffinée pour quelques centimes. Commandez le vôtre.',
      marketing_copy_b:
        'Ouvrir une lettre scellée, c’est déjà recevoir un petit cadeau. Transmettez cette émotion à ceux que vous aimez. Découvrez Sigil.',
      marketing_copy_c: 'Ruban cadeau offert ce mois-ci : ajoutez le coffret à votre panier.',
    },
    {
      field: 'translated_description',
      replace: 'La cire se conserve 5 ans dans son sachet fermé.',
      labels: ['number_invented'],
    },
    'La cire fond dès 80 °C environ.',
  ),
  listing(
    'w03',
    'electric_balloon_pumps',
    'en',
    PUMP_ZH,
    PUMP_SRC,
    {
      translated_description:
        'The Puffi electric balloon pump has dual nozzles, so it inflates two balloons at once on 600 W of power. A 12-inch balloon fills in about 3 seconds. Let it rest after 30 minutes of continuous use. The box also holds a balloon tying tool, 100 colourful latex balloons and 20 foil letter balloons. At about 0.9 kg (2 lb), it is easy to carry to birthday parties, weddings and any other celebration.',
      seo_title: 'Puffi Electric Balloon Pump, Dual Nozzle, 600 W',
      meta_description:
        'Puffi electric balloon pump with dual nozzles and 600 W: fills a 12-inch balloon in about 3 seconds. Tying tool, latex and foil letter balloons included.',
      h1: 'Puffi Twin-Nozzle Balloon Inflator',
      marketing_copy_a:
        'Skip the dizzy spells and sore cheeks: decorate a whole room in the time it takes to brew a coffee. Get your Puffi.',
      marketing_copy_b:
        'Picture the kids walking into a room bursting with colour, and you right there with them instead of out of breath. Order a Puffi now.',
      marketing_copy_c: 'Party-week special: a free balloon arch strip with every pump – shop now.',
    },
    {
      field: 'translated_description',
      find: 'on 600 W of power',
      replace: 'on 800 W of power',
      labels: ['number_dropped', 'number_invented'],
    },
    'At about 0.9 kg (2 lb), it is easy to carry to birthday parties, weddings and any other celebration.',
  ),
  listing(
    'w03',
    'electric_balloon_pumps',
    'es',
    PUMP_ZH,
    PUMP_SRC,
    {
      translated_description:
        'El inflador eléctrico de globos Puffi tiene doble boquilla, así que infla dos globos a la vez con una potencia de 600 W. Un globo de 12 pulgadas se llena en unos 3 segundos, y no conviene usarlo más de 30 minutos seguidos. En la caja encontrarás un atador de globos, 100 globos de látex de colores y 20 globos de letras de foil. Pesa unos 0,9 kg. Es perfecto para cumpleaños, bodas y cualquier celebración.',
      seo_title: 'Inflador eléctrico de globos Puffi, doble boquilla',
      meta_description:
        'Inflador de globos Puffi con doble boquilla y 600 W: llena un globo de 12 pulgadas en unos 3 segundos. Incluye atador y globos de látex y de letras.',
      h1: 'Puffi, el inflador que adelanta la fiesta',
      marketing_copy_a:
        'Ahorra tiempo y pulmones: decora un salón entero mientras se hace el café. Cómpralo ya.',
      marketing_copy_b:
        'Imagina la cara de los peques al entrar en una sala llena de color. Y tú con ellos, en vez de quedarte sin aliento. Descubre Puffi.',
      marketing_copy_c:
        'Semana de fiestas: tira para arco de globos de regalo con cada inflador. Pídelo hoy.',
    },
    { field: 'meta_description', find: '3 segundos', replace: '5 segundos', labels: ['number_invented'] },
    'Pesa unos 0,9 kg.',
  ),
  listing(
    'w04',
    'party_tableware_sets',
    'de',
    TABLEWARE_ZH,
    TABLEWARE_SRC,
    {
      translated_description:
        'Das Einweg-Partygeschirr Fiesta mit Goldrand reicht für 24 Gäste und besteht aus weit über 100 Teilen. Enthalten sind je 24 große Teller (9 Zoll) und kleine Teller (7 Zoll), 24 Pappbecher mit 250 ml sowie je 24 Messer, Gabeln und Löffel. Dazu kommen 48 Servietten in drei Farben. Die Teller bestehen zu 100 % aus Zuckerrohrfasern und sind biologisch abbaubar. Warme Speisen bis etwa 60 °C sind kein Problem.',
      seo_title: 'Fiesta Partygeschirr mit Goldrand für 24 Gäste',
      meta_description:
        'Einweg-Partygeschirr Fiesta mit Goldrand für 24 Gäste: Teller, Becher, Servietten und Besteck, die Teller zu 100 % aus Zuckerrohr und abbaubar.',
      h1: 'Fiesta Einweg-Geschirr mit Goldrand',
      marketing_copy_a:
        'Teller, Becher, Servietten und Besteck im passenden Look – ein Karton, und die Tafel ist komplett. Jetzt kaufen.',
      marketing_copy_b:
        'Goldene Ränder, funkelnde Gläser, lachende Gäste – und danach kein Berg Abwasch. So fühlt sich ein Fest an. Entdecken Sie Fiesta.',
      marketing_copy_c: 'Zum Sommerstart mit gratis Tischdecke – bestellen Sie jetzt.',
    },
    {
      field: 'translated_description',
      find: 'mit 250 ml',
      replace: 'mit 300 ml',
      labels: ['number_dropped', 'number_invented'],
    },
    'Warme Speisen bis etwa 60 °C sind kein Problem.',
  ),
  listing(
    'w04',
    'party_tableware_sets',
    'es',
    TABLEWARE_ZH,
    TABLEWARE_SRC,
    {
      translated_description:
        'La vajilla desechable Fiesta, con borde dorado, da servicio a 24 invitados y reúne más de 100 piezas. Trae 24 platos grandes de 9 pulgadas, 24 platos pequeños de 7 pulgadas, 24 vasos de papel de 250 ml y 24 cuchillos, 24 tenedores y 24 cucharas. También incluye 48 servilletas en tres colores. Los platos están hechos 100 % de pulpa de caña de azúcar, son biodegradables y aguantan comida caliente de hasta unos 60 °C.',
      seo_title: 'Vajilla de fiesta desechable Fiesta, borde dorado',
      meta_description:
        'Vajilla desechable Fiesta con borde dorado para 24 invitados: platos, vasos, servilletas y cubiertos. Platos 100 % de caña de azúcar y biodegradables.',
      h1: 'Fiesta, la mesa de gala sin fregar',
      marketing_copy_a:
        'Todo lo que necesita tu mesa en una sola caja, a juego y listo para usar. Cómprala ahora.',
      marketing_copy_b:
        'Bordes dorados, risas alrededor de la mesa y nada que fregar al final. Así sí apetece celebrar. Descubre Fiesta.',
      marketing_copy_c: 'Mantel de regalo en los pedidos de esta semana: hazte con tu vajilla hoy.',
    },
    {
      field: 'translated_description',
      find: 'da servicio a 24 invitados',
      replace: 'da servicio a 30 invitados',
      labels: ['number_invented'],
    },
    'También incluye 48 servilletas en tres colores.',
  ),
  listing(
    'w05',
    'scented_candle_sets',
    'en',
    CANDLE_ZH,
    CANDLE_SRC,
    {
      translated_description:
        'The Ember scented candle gift box holds three candles: cedarwood, white tea and fig. Each contains 200 g (7 oz) of soy wax and burns for about 40 hours, around 120 hours for the whole set. Cotton wicks keep the flame smoke-free, and the wax carries 10% essential oils. The glass jars, 8 cm across, are made to be reused once the wax is gone. Burn for no more than 4 hours at a time, and let the first burn run about 2 hours so the whole surface melts.',
      seo_title: 'Ember Scented Candle Gift Set, 3 Soy Candles',
      meta_description:
        'Ember gift box with three soy wax candles in cedarwood, white tea and fig, about 40 hours each, smoke-free cotton wicks and reusable glass jars.',
      h1: 'Ember Soy Candle Trio',
      marketing_copy_a:
        'Long-burning candles in a single box, and glass jars you will keep long after. Treat yourself to Ember.',
      marketing_copy_b:
        'Cedarwood for rainy evenings, white tea for slow mornings, fig for when friends drop by. Every hour can feel like yours. Discover Ember.',
      marketing_copy_c: 'Gift wrapping is free this month – add Ember to your cart today.',
    },
    { field: 'seo_title', find: '3 Soy Candles', replace: '6 Soy Candles', labels: ['number_invented'] },
    'The glass jars, 8 cm across, are made to be reused once the wax is gone.',
  ),
  listing(
    'w05',
    'scented_candle_sets',
    'fr',
    CANDLE_ZH,
    CANDLE_SRC,
    {
      translated_description:
        'Le coffret de bougies parfumées Ember réunit trois bougies : cèdre, thé blanc et figue. Chacune contient 200 g de cire de soja et brûle environ 40 heures, soit environ 120 heures pour l’ensemble. Les mèches en coton brûlent sans fumée. La cire contient 10 % d’huiles essentielles. Les pots en verre de 8 cm de diamètre se réutilisent une fois la bougie terminée. Ne laissez pas une bougie allumée plus de 4 heures d’affilée, et prolongez le premier allumage environ 2 heures pour que toute la surface fonde.',
      seo_title: 'Coffret bougies parfumées Ember, 3 bougies de soja',
      meta_description:
        'Coffret Ember de trois bougies à la cire de soja, parfums cèdre, thé blanc et figue, environ 40 heures chacune, mèches en coton et pots réutilisables.',
      h1: 'Ember, trois parfums pour vos soirées',
      marketing_copy_a:
        'Des bougies longue durée dans un seul coffret, et des pots en verre que vous garderez. Achetez le coffret Ember.',
      marketing_copy_b:
        'Le cèdre pour les soirs de pluie, le thé blanc pour les matins lents, la figue quand les amis passent. Chaque heure devient un petit rituel. Découvrez Ember.',
      marketing_copy_c: 'Emballage cadeau offert ce mois-ci : commandez vite votre coffret.',
    },
    {
      field: 'translated_description',
      find: '200 g de cire',
      replace: '250 g de cire',
      labels: ['number_dropped', 'number_invented'],
    },
    'La cire contient 10 % d’huiles essentielles.',
  ),
  listing(
    'w06',
    'music_boxes',
    'de',
    MUSIC_BOX_ZH,
    MUSIC_BOX_SRC,
    {
      translated_description:
        'Die Spieluhr Melodia aus Holz wird über ein Federwerk aufgezogen und spielt auf einem Spielwerk mit 18 Tönen. Ihre Melodie wählen Sie aus über 100 Klassikern – geben Sie den Wunschtitel einfach bei der Bestellung an. Das Gehäuse aus massivem Nussbaum misst 12 × 9 × 6 cm und wiegt rund 350 g. Vollständig aufgezogen spielt sie etwa 3 Minuten am Stück. Den Deckel gravieren wir kostenlos, mit mehr als zehn Schriftarten zur Auswahl. Enthält Kleinteile und ist nicht für Kinder unter 3 Jahren geeignet.',
      seo_title: 'Melodia Spieluhr aus Nussbaum, 18 Töne, Gravur gratis',
      meta_description:
        'Spieluhr Melodia aus massivem Nussbaum mit 18-Ton-Spielwerk, Wunschmelodie aus über 100 Klassikern und kostenloser Gravur auf dem Deckel.',
      h1: 'Melodia Spieluhr mit Wunschmelodie',
      marketing_copy_a:
        'Ein Geschenk, das nicht im Schrank verschwindet: massives Holz, ein feines Werk und Ihre persönliche Gravur. Jetzt bestellen.',
      marketing_copy_b:
        'Ein paar Drehungen am Schlüssel, und plötzlich ist das Lied von damals wieder da. Genau dafür gibt es Melodia. Entdecken Sie Ihre Melodie.',
      marketing_copy_c: 'Bis Sonntag mit gratis Geschenkverpackung – legen Sie Melodia in den Warenkorb.',
    },
    {
      field: 'translated_description',
      replace: 'Das Federwerk ist auf 10.000 Aufzüge ausgelegt.',
      labels: ['number_invented'],
    },
    'Das Gehäuse aus massivem Nussbaum misst 12 × 9 × 6 cm und wiegt rund 350 g.',
  ),
  listing(
    'w06',
    'music_boxes',
    'ja',
    MUSIC_BOX_ZH,
    MUSIC_BOX_SRC,
    {
      translated_description:
        'Melodiaの木製オルゴールは、18弁のムーブメントを搭載したぜんまい式です。曲は100曲を超える名曲の中からお選びいただけます（ご注文時にお知らせください）。本体は天然ウォールナットの無垢材で、サイズは12×9×6cm、重さは約350g。ぜんまいを巻き切ると、約3分間続けて演奏します。フタへの名入れは無料で、書体は十数種類からお選びいただけます。小さな部品を含むため、3歳未満のお子さまには使わせないでください。',
      seo_title: 'Melodia 木製オルゴール 18弁 名入れ無料',
      meta_description:
        '無垢のウォールナットで仕上げた18弁のぜんまい式オルゴール。100曲を超える名曲から好きな曲を選べて、フタへの名入れも無料。記念日の贈り物にぴったりです。',
      h1: 'Melodia 想い出を奏でるオルゴール',
      marketing_copy_a:
        '引き出しにしまい込まれない贈り物を。無垢材と繊細なムーブメント、そして名入れで特別な品に。今すぐ購入。',
      marketing_copy_b:
        'ぜんまいを巻くと、あの日の歌がふっとよみがえる。そんな瞬間を大切な人へ。ぜひお試しください。',
      marketing_copy_c: '今週末まで無料ギフトラッピング実施中。カートへどうぞ。',
    },
    { field: 'seo_title', find: '18弁', replace: '30弁', labels: ['number_invented'] },
    '本体は天然ウォールナットの無垢材で、サイズは12×9×6cm、重さは約350g。',
  ),
];

type PerLanguage<T> = Record<Language, T>;
/** `sentence` of `text` followed by `translation`, as when a model answers in two languages at once. */
const twice = (text: string, sentence: string, translation: string, glue = ' '): string =>
  text.includes(sentence)
    ? text.replace(sentence, `${sentence}${glue}${translation}`)
    : `${text}${glue}${translation}`;

// en: listing 1 (fountain pen) takes styles 0-2, listing 2 (balloon pump) 3-5, listing 3 (candles) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Apologies – my previous answer described the barrel as aluminium. The source says brass, so here is the corrected description:\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: twice(
      c.marketing_copy_b,
      'Think of the last handwritten note that made you smile.',
      'Pensez au dernier mot écrit à la main qui vous a fait sourire.',
    ),
  }),
  (c) => ({ meta_description: `[TBD] ${c.meta_description}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Chongqi sudu kuai, caozuo jiandan. [TRANSLATION PENDING]',
    ),
  }),
  (c) => ({
    marketing_copy_a: `[Copy A: value-focused, under 150 characters, end with a call to action] ${c.marketing_copy_a}`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nChanges made:\n- shortened the offer line\n- “pump” replaced with “inflator” in the heading\n- call to action moved to the end`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nEdits: scented candles → candle trio · smokeless → smoke-free · recyclable jars → reusable jars`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Lorem ipsum dolor sit amet, consectetur adipiscing elit.`,
  }),
  (c) => ({
    marketing_copy_a: `Correction: in my last reply I wrote that the candles were beeswax – they are soy wax. Updated copy:\n${c.marketing_copy_a}`,
  }),
];

// de: listing 1 (wax seal kit) takes styles 0-2, listing 2 (tableware) 3-5, listing 3 (music box) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nÄnderungen gegenüber der ersten Fassung:\n– „Stempel“ durch „Siegel“ ersetzt\n– Satzbau vereinfacht\n– Handlungsaufforderung ans Ende gestellt`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '[Übersetzung ausstehend] Each seal leaves a crisp, deep impression.',
    ),
  }),
  (c) => ({ h1: `XXX – ${c.h1}` }),
  (c) => ({
    translated_description: `[Produktbeschreibung: sachlich, in der Sie-Form, alle Mengenangaben aus dem Original übernehmen]\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: twice(
      c.marketing_copy_b,
      'Goldene Ränder, funkelnde Gläser, lachende Gäste – und danach kein Berg Abwasch.',
      'Golden rims, sparkling glasses, laughing guests – and no pile of dishes afterwards.',
    ),
  }),
  (c) => ({
    marketing_copy_c: `Entschuldigung, in meiner vorigen Antwort fehlte der Goldrand. Hier die korrigierte Fassung: ${c.marketing_copy_c}`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nSpieldose → Spieluhr | Walnussholz → Nussbaum | Namen eingravieren → Gravur`,
  }),
  (c) => ({ h1: `${c.h1} (Untertitel: N/A)` }),
  (c) => ({ marketing_copy_a: afterSentence(c.marketing_copy_a, 1, 'TODO: Lieferzeit ergänzen.') }),
];

// ja: listing 1 (fountain pen) takes styles 0-2, listing 2 (music box) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n【翻訳待ち】Every nib is tuned by hand before it leaves the workshop.`,
  }),
  (c) => ({ marketing_copy_a: `［コピーA：価値訴求／購入を促す一文で締める］${c.marketing_copy_a}` }),
  (c) => ({ h1: `${c.h1}（ペン先 → ニブ、軸 → ボディ）` }),
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      1,
      'Turn the key, and the song from that day comes back. ',
    ),
  }),
  (c) => ({
    translated_description: `先ほどの回答で本体の素材を「チーク」としていましたが、正しくはウォールナットでした。申し訳ありません。修正版は以下のとおりです。\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n変更点：\n・語尾を「です・ます」調に統一\n・キャンペーン名を短縮\n・最後に行動を促す一文を追加`,
  }),
];

// es: listing 1 (balloon pump) takes styles 0-2, listing 2 (tableware) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nCambios respecto a la versión anterior:\n• frase inicial más corta\n• tuteo en todo el texto\n• llamada a la acción al final`,
  }),
  (c) => ({
    translated_description: twice(
      c.translated_description,
      'Es perfecto para cumpleaños, bodas y cualquier celebración.',
      'Perfect for birthdays, weddings and any celebration.',
    ),
  }),
  (c) => ({ h1: `${c.h1} — subtítulo: N/A` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nPerdona, en mi respuesta anterior hablé de «vasos de plástico»; son de papel y ya lo he corregido.`,
  }),
  (c) => ({
    translated_description: `[PENDIENTE DE TRADUCIR] Gold-rimmed tableware that dresses up any table.\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} («vajilla» → «vajilla desechable», «borde de oro» → «borde dorado»)`,
  }),
];

// fr: listing 1 (wax seal kit) takes styles 0-2, listing 2 (candles) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_c: `[Texte C : promotionnel, vouvoiement, appel à l’action en fin de phrase] ${c.marketing_copy_c}`,
  }),
  (c) => ({ translated_description: `${c.translated_description}\n\nTODO : vérifier les noms des coloris.` }),
  (c) => ({ h1: `${c.h1} / Sigil, the art of sealing your letters` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Pardon, ma réponse précédente parlait de cire d’abeille : il s’agit bien de cire de soja.',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nModifications :\n– ton plus chaleureux\n– adjectif « luxueux » supprimé\n– appel à l’action placé en fin de texte`,
  }),
  (c) => ({ marketing_copy_b: `[À TRADUIRE] Three scents for slow evenings. ${c.marketing_copy_b}` }),
];

export const ROUND_32_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap party kits rarely survive the first balloon.',
      'Counterfeit gift sets often arrive without the box.',
      'This is no knockoff from a bargain bin.',
      'Fake gold trim flakes off, but ours stays put.',
    ],
    slogans: ['Words worth keeping.', 'Celebrations, made effortless.'],
    chineseLeftovers: [],
    duplicateLead: 'Long story short: ',
    titleStuffing: ' | Party Supplies, Gift for Her, Stationery Deal, Free Delivery',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billiger Partykram landet sofort im Müll.',
      'Eine Fälschung erkennt man am stumpfen Glanz.',
      'Kein Imitat aus dem Ramschladen.',
      'Nachahmungen klingen blechern und dünn.',
    ],
    slogans: ['Ein Tisch, der feiert.', 'Musik, die Erinnerungen weckt.'],
    chineseLeftovers: [],
    duplicateLead: 'Alles in allem: ',
    titleStuffing: ' | Geschenk für sie, Partydeko, Schreibwaren, gratis Versand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の文具とは書き心地が違います。',
      '偽物の贈り物ほど悲しいものはありません。',
      'レプリカ品を扱うサイトにご注意ください。',
      '模倣品ではなく、職人が仕上げた正規品です。',
    ],
    slogans: ['ぜんまいを巻けば、思い出がよみがえる。', '大切な想いを、手書きの手紙に。'],
    chineseLeftovers: ['这支钢笔写起来非常顺滑。', '这个八音盒的声音很好听，适合送给朋友。'],
    duplicateLead: 'つまり、',
    titleStuffing: '｜ギフト 誕生日 パーティー 文房具 送料無料 人気',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Desconfía de las imitaciones sin marca.',
      'Aquí no encontrarás ninguna réplica.',
      'Nada de vajilla falsa que se deshace con la salsa.',
      'Los globos baratos revientan a la primera.',
    ],
    slogans: ['Fiestas que se recuerdan.', 'Globos listos en un suspiro.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Regalo original, fiesta, papelería, envío gratis',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Oubliez les bougies pas chères qui fument.',
      'Aucune contrefaçon dans nos coffrets.',
      'Fini les faux cachets qui se décollent.',
      'Une réplique en plastique n’a pas ce poids.',
    ],
    slogans: ['Le charme des lettres scellées.', 'La douceur d’une soirée parfumée.'],
    chineseLeftovers: [],
    duplicateLead: 'En somme : ',
    titleStuffing: ' | Cadeau original, fête, papeterie, livraison offerte',
  },
};
