// Blind set, round 99 (written without reading the gate, committed before it is scored): six hardware, smart-home,
// kitchen and bathroom products in the categories hex_key_sets, smart_wall_switches, chinese_cleavers,
// stainless_steel_stockpots, bathroom_scales and smart_smoke_alarms, 12 hand-written listings, three artifact styles
// per listing and wording of its own. Theme: clean copy that is hard for a number checker. The sources are written
// the way Chinese shops write, with numerals inside compound words and idioms (内六角, 五金, 八角, 四季, 一年四季,
// 一体式, 一体成型, 零线, 单控, 双耳, 一键, 一旦, 第一时间, 一家老小), model names and codes with digits (S2, HRC58-62,
// 5Cr15MoV, 304, 86型, 2.4G, EN 14604), approximate forms (十几年, 上百次, 一两个月, 一两次, 四五口, 约/左右/以上),
// ranges, a percentage (百分之二十), fractions (三分之一, 半年), dimensions, weights, capacities, ages of use and counts
// with classifiers; the clean listings render them as native writers do (number words, ordinals such as "dritten
// Generation", "a third lighter", "half a year", correct conversions in brackets for en, decimal commas in de/es/fr,
// 約/〜/以上 in ja). Number edits are of the ordinary kinds: a changed value in the description (dropped + invented),
// a changed value in the title or meta (invented), an added spec (invented), and a changed count whose original value
// is still said elsewhere in the description (invented only). Artifact style of this round: mostly the common kinds the
// llm_artifact definition names, in new wordings (lead-ins, field-label prefixes, markdown labels and headings, code
// fences, HTML tags, a JSON fragment, AI disclaimers, sign-offs, a translator's note, one line of English chatter in a
// German copy); no digits in artifacts that land in the description, title or meta. Legitimate numbers:
// Torka 9件套 (nine keys, neuf clés, 9-Piece), 1.5, 2, 2.5, 3, 4, 5, 6, 8 and 10 mm (1,5 and 2,5 mm in fr), S2 (2),
// HRC58-62 (58–62 HRC, 58 à 62 HRC), 上百次 (hundreds of turns, des centaines de serrages), 25度 (25 degrees, 25°),
// about 22.5 cm (8.9 in; 22,5 cm), 十几年 (more than ten years, plus de dix ans); not numbers: 内六角 (hex, Allen),
// 一端 (one end), 一次配齐 (in one go, d'un seul coup), 一体式 (one-piece, monobloc), 五金 (hardware, quincaillier);
// Lumo 第三代 (dritte Generation, 第3世代), 三开 / 三路 (3-fach, drei Lichtkreise, 3口, 3系統), 86型 (Typ 86, 86型),
// 2.4G (2,4 GHz, 2.4GHz), 5G band (5-GHz-Band, 5GHz帯), 10A, 100-240V (100 bis 240 V, 100〜240V), about 15 minutes;
// not numbers: 零线 (neutral wire: 零 is part of the word), 单控 (single-pole), 一个面板 (ein einziges Bedienfeld,
// パネルひとつ), 一把螺丝刀 (ein Schraubendreher, ドライバーひとつ);
// Daomu 三层 (three-layer, tres capas), 5Cr15MoV (steel grade: 5 and 15), about 58 HRC, about 15 degrees, about
// 21 cm and 9 cm (8.3 × 3.5 in), about 280 g (9.9 oz), 三分之一 (a third, un tercio), 1000目 (1,000-grit, grano 1000),
// 一两个月 (every month or two, cada uno o dos meses); not numbers: 阳江 (Yangjiang), 一体成型 (in one piece, una sola
// pieza), 一次 (once);
// Duomo 304 steel, 24 cm, 14 cm, about 6 litres (6 Liter), 四五口之家 (vier bis fünf Personen, quatre à cinq
// personnes), 五层 (fünfschichtig, cinq couches), 1 to 5 litre marks (1 bis 5 Liter, 1 à 5 litres), about 2.1 kg
// (2,1 kg); not numbers: 双耳 (the handles, die Griffe, les anses), 八角 (Sternanis, badiane), 一年四季 (das ganze Jahr,
// toute l'année), 几颗 (ein paar, quelques);
// Pesa 4个 sensors (four, vier), 5 to 180 kg (11 to 397 lb), 50 g (50-g-Schritte), 6 mm, 28×28 cm (11 × 11 in),
// 三种 units (three, drei), 两节 AAA (two, zwei), 一两次 (one or two, ein bis zwei), 半年 (half a year, ein halbes Jahr),
// 四个 feet (four, vier); not numbers: 一家老小 (the whole family), 拍一下 (tapping), 斤 (jin, a unit name);
// Fumo EN 14604, 10年 / 十年 (10 years, diez años, 10年間), 85 dB (85デシベル), 两道门 (two doors, ドアを2枚),
// 2.4G (2,4 GHz, 2.4GHz), 百分之二十 (20 %, 20％), about 10 cm, about 3.5 cm (3,5 cm), 两颗 screws (dos tornillos,
// ネジ2本), at least 50 cm (50cm以上); not numbers: 一旦 (as soon as), 第一时间 (right away, al momento), 一次 (once a
// month), 一键 (one button, ワンタッチ), 按一下 (a press).
// Number edits: Torka en title 9-Piece → 12-Piece (invented), fr 25 → 30 degrés (dropped + invented; 25° is still in
// the meta, but not in the description); Lumo de added standby spec 0,5 W (invented), ja meta 約15分 → 約20分
// (invented); Daomu en 280 g (9.9 oz) → 250 g (8.8 oz) (dropped + invented), es title 21 → 23 cm (invented); Duomo de
// 24 → 26 cm (dropped + invented; 24 cm stays in title and meta), fr meta 6 → 8 litres (invented); Pesa en four → eight
// sensors (invented only: four is still said of the feet), de title 180 → 200 kg (invented); Fumo ja 85 → 90デシベル
// (dropped + invented; 85 stays in the meta), es meta 85 → 95 dB (invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const HEX_ZH = 'Torka 内六角扳手9件套 球头加长款 S2钢';
const HEX_SRC =
  'Torka 内六角扳手9件套，规格为1.5、2、2.5、3、4、5、6、8、10毫米，家里常用的尺寸一次配齐。采用S2合金钢，硬度HRC58-62，拧上百次也不容易滑牙。长臂一端是球头，可以倾斜25度插进螺丝，狭窄的角落也能拧；短臂一端是平头，上紧时更好发力。最长一支约22.5厘米。整套插在一体式收纳座上，每支都有固定卡位，不怕丢。装宜家家具、修自行车、拆电脑机箱都用得上。干了十几年五金的老周说：“这套手感扎实，比散装的强多了。”';
const SWITCH_ZH = 'Lumo 第三代智能墙壁开关 三开单控 零火版';
const SWITCH_SRC =
  'Lumo 第三代智能墙壁开关，三开单控，一个面板管三路灯。适配标准86型底盒，需要零线和火线，安装前请确认家里有零线。支持2.4G WiFi，不支持5G频段。手机App可以远程开关，也能设置定时和倒计时，还能连上Alexa和Google Assistant用语音控制。每路最大负载10A，适用电压100-240V。钢化玻璃面板，触摸灵敏，夜里有蓝色小灯指示，不用摸黑找开关。断网后照样可以手动开关。自己安装约15分钟，一把螺丝刀就能搞定。';
const CLEAVER_ZH = 'Daomu 手工锻打中式切片刀 三层复合钢';
const CLEAVER_SRC =
  'Daomu 中式切片刀由阳江老师傅手工锻打，刀身为三层复合钢，中间夹5Cr15MoV钢芯，硬度约58HRC。刃口角度开到15度左右，切肉片、切土豆丝都又薄又匀。刀身长约21厘米，宽约9厘米，整把刀重约280克，比同尺寸的传统菜刀轻三分之一。刀面宽，拍蒜、把切好的菜铲进锅都很顺手。刀柄与刀身一体成型，没有缝隙，不藏污垢。用完擦干即可，请勿放进洗碗机。建议用1000目磨刀石，一两个月磨一次就够了。';
const POT_ZH = 'Duomo 304不锈钢汤锅 24厘米 五层复合底';
const POT_SRC =
  'Duomo 汤锅采用304不锈钢，直径24厘米，高14厘米，容量约6升，四五口之家煲汤、煮面、炖排骨都够用。锅底是五层复合底，中间夹铝，受热均匀，不容易糊锅。燃气灶、电磁炉、电陶炉都能用，还能放进烤箱。锅内刻有1升到5升的刻度线，加水不用量杯。双耳加厚，端起来稳当。钢化玻璃盖带出气孔，汤开了不容易溢出来。整锅重约2.1公斤。冬天放几颗八角炖一锅牛肉，一年四季都离不开它。';
const SCALE_ZH = 'Pesa 电子体重秤 钢化玻璃 最大180公斤';
const SCALE_SRC =
  'Pesa 电子体重秤内置4个高精度传感器，称重范围5到180公斤，精度50克，一家老小都能用。秤面为6毫米钢化玻璃，尺寸28×28厘米。站上去自动开机，马上出数，不用先拍一下。支持公斤、斤、磅三种单位切换。LED隐藏屏，不用时看不见，亮起来很清楚。使用两节AAA电池，每天称一两次，大约能用半年。底部四个防滑脚垫，浴室瓷砖上也站得稳。小建议：每天早上空腹、上完厕所后再称，数据更有参考价值。';
const SMOKE_ZH = 'Fumo 智能烟雾报警器 WiFi联网 10年电池';
const SMOKE_SRC =
  'Fumo 智能烟雾报警器采用光电式传感器，通过EN 14604认证。内置10年寿命锂电池，装好以后十年都不用换电池。报警声达85分贝，隔着两道门也能听见。连上2.4G WiFi后，一旦检测到烟雾，手机App立刻推送提醒，人不在家也能第一时间知道。每月自动自检一次，电量低于百分之二十会提前提醒。机身直径约10厘米，厚约3.5厘米，吸顶安装，两颗螺丝就能固定，安装位置离墙至少50厘米。一键静音，做饭时误报，按一下就安静。';

export const ROUND_99_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'hex_key_sets',
    'en',
    HEX_ZH,
    HEX_SRC,
    {
      translated_description:
        'The Torka ball-end hex key set brings together nine keys in 1.5, 2, 2.5, 3, 4, 5, 6, 8 and 10 mm, so every size you reach for around the house is there in one go. The keys are made of S2 alloy steel hardened to 58–62 HRC, so they will not round off even after hundreds of turns. The long arm ends in a ball head that enters the screw at an angle of up to 25 degrees and gets you into tight corners; the short arm has a flat tip for extra leverage when you tighten. The longest key measures about 22.5 cm (8.9 in). The whole set sits in a one-piece holder with a slot for every key, so none of them goes missing. Use it to put together IKEA furniture, fix your bike or open up a computer case. Mr Zhou, who has worked in the hardware trade for more than ten years, puts it simply: “These feel solid in the hand – far better than loose keys.”',
      seo_title: 'Torka 9-Piece Ball-End Hex Key Set, 1.5–10 mm, S2 Steel',
      meta_description:
        'Nine ball-end hex keys from 1.5 to 10 mm in S2 steel hardened to 58–62 HRC. The ball end works at up to 25 degrees, and a one-piece holder keeps them tidy.',
      h1: 'Torka – The Right Hex Key for Every Screw',
      marketing_copy_a:
        'Every size you need, a tidy holder and steel that keeps its edges: the only hex set your toolbox needs for flat-pack furniture, bikes and PCs. Order your Torka set today.',
      marketing_copy_b:
        'That moment when the last screw of the new wardrobe finally bites and nothing slips? It all comes down to a key that fits snugly. Discover the quiet satisfaction of Torka.',
      marketing_copy_c:
        'Launch week offer: a free magnetic wristband for screws with every Torka set. Shop now while stocks last.',
    },
    { field: 'seo_title', find: '9-Piece', replace: '12-Piece', labels: ['number_invented'] },
    'The longest key measures about 22.5 cm (8.9 in).',
  ),
  listing(
    'p01',
    'hex_key_sets',
    'fr',
    HEX_ZH,
    HEX_SRC,
    {
      translated_description:
        'Le jeu de clés Allen à tête sphérique Torka réunit neuf clés : 1,5 mm, 2 mm, 2,5 mm, 3 mm, 4 mm, 5 mm, 6 mm, 8 mm et 10 mm, soit toutes les tailles courantes de la maison d’un seul coup. En acier allié S2 d’une dureté de 58 à 62 HRC, elles ne ripent pas, même après des centaines de serrages. Le grand bras se termine par une tête sphérique qui entre dans la vis avec une inclinaison allant jusqu’à 25 degrés, idéale pour les recoins étroits ; le petit bras, à bout plat, donne plus de force au moment de serrer. La plus longue clé mesure environ 22,5 cm. Le tout se range sur un support monobloc où chaque clé a son emplacement : plus rien ne se perd. Montage de meubles IKEA, réparation de vélo, ouverture d’un boîtier d’ordinateur : elles servent partout. M. Zhou, quincaillier depuis plus de dix ans, résume : « Ces clés ont une vraie prise en main, rien à voir avec des clés en vrac. »',
      seo_title: 'Clés Allen Torka à tête sphérique, jeu de 9, acier S2',
      meta_description:
        'Jeu de neuf clés Allen Torka de 1,5 à 10 mm, en acier S2 trempé (58 à 62 HRC), avec tête sphérique inclinable jusqu’à 25° et support monobloc.',
      h1: 'Torka, la bonne clé pour chaque vis',
      marketing_copy_a:
        'Toutes les tailles utiles, un seul support et un acier qui ne s’arrondit pas : de quoi monter, régler et réparer sans chercher la bonne clé. Commandez votre jeu Torka.',
      marketing_copy_b:
        'Le dernier meuble du déménagement enfin monté, sans vis abîmée ni doigts écorchés : ce petit bonheur tient à un outil bien ajusté. Découvrez Torka.',
      marketing_copy_c:
        'Offre de lancement : un bracelet magnétique porte-vis offert avec chaque jeu Torka. Profitez-en dès aujourd’hui !',
    },
    {
      field: 'translated_description',
      find: 'jusqu’à 25 degrés',
      replace: 'jusqu’à 30 degrés',
      labels: ['number_dropped', 'number_invented'],
    },
    'La plus longue clé mesure environ 22,5 cm.',
  ),
  listing(
    'p02',
    'smart_wall_switches',
    'de',
    SWITCH_ZH,
    SWITCH_SRC,
    {
      translated_description:
        'Der smarte Lichtschalter Lumo der dritten Generation ist ein 3-fach-Schalter: Ein einziges Bedienfeld steuert drei Lichtkreise. Er passt in die Standard-Unterputzdose Typ 86 und braucht Neutral- und Phasenleiter – prüfen Sie deshalb vor der Montage, ob bei Ihnen ein Neutralleiter vorhanden ist. Der Schalter funkt im 2,4-GHz-WLAN; das 5-GHz-Band wird nicht unterstützt. Per App schalten Sie das Licht von unterwegs, legen Zeitpläne und Countdowns fest oder steuern es per Sprache über Alexa und Google Assistant. Jeder Kanal verträgt bis zu 10 A bei 100 bis 240 V. Das Bedienfeld aus gehärtetem Glas reagiert feinfühlig auf Berührung, und nachts zeigt ein kleines blaues Licht, wo der Schalter sitzt – kein Tasten im Dunkeln mehr. Fällt das Internet aus, schalten Sie ganz normal von Hand. Die Montage erledigen Sie selbst in etwa 15 Minuten, ein Schraubendreher genügt.',
      seo_title: 'Lumo WLAN-Lichtschalter 3-fach, mit Neutralleiter',
      meta_description:
        'Smarter 3-fach-Lichtschalter Lumo der dritten Generation für die Dose Typ 86: 2,4-GHz-WLAN, App mit Zeitplänen, Alexa und Google Assistant, Glasfront.',
      h1: 'Lumo – Licht per Fingertipp, App oder Stimme',
      marketing_copy_a:
        'Drei Lichtkreise, ein Bedienfeld, dazu App, Zeitplan und Sprachsteuerung – ganz ohne neue Leitungen. Jetzt bestellen.',
      marketing_copy_b:
        'Abends auf dem Sofa merken, dass im Flur noch Licht brennt, und einfach sitzen bleiben. So fühlt sich ein Zuhause an, das mitdenkt. Entdecken Sie Lumo.',
      marketing_copy_c:
        'Nur bis Monatsende: Lumo-Schalter im Doppelpack zum Vorteilspreis. Sichern Sie sich Ihr Set jetzt.',
    },
    {
      field: 'translated_description',
      replace: 'Im Standby braucht er weniger als 0,5 W.',
      labels: ['number_invented'],
    },
    'Die Montage erledigen Sie selbst in etwa 15 Minuten, ein Schraubendreher genügt.',
  ),
  listing(
    'p02',
    'smart_wall_switches',
    'ja',
    SWITCH_ZH,
    SWITCH_SRC,
    {
      translated_description:
        'Lumoの第3世代スマートウォールスイッチは3口タイプ（片切）で、パネルひとつで3系統の照明を操作できます。標準の86型ボックスに対応し、N線（ニュートラル線）とL線の両方が必要です。取り付け前に、ご自宅にニュートラル線が来ているかご確認ください。Wi-Fiは2.4GHzに対応しており、5GHz帯には対応していません。スマホアプリで外出先からオン・オフでき、タイマーやカウントダウンも設定可能。AlexaやGoogleアシスタントと連携すれば、声でも操作できます。各回路の最大負荷は10A、対応電圧は100〜240Vです。強化ガラスのパネルはタッチに敏感に反応し、夜は青い小さなランプが光るので、暗がりでスイッチを手探りする必要はありません。ネットが切れても、いつもどおり手動でオン・オフできます。取り付けは約15分、ドライバーひとつで完了します。',
      seo_title: 'Lumo 第3世代スマートスイッチ 3口 Wi-Fi対応',
      meta_description:
        '3系統の照明をアプリ・音声・タイマーで操作できる第3世代スマートスイッチ。2.4GHz Wi-Fi対応、取り付けは約15分。',
      h1: 'Lumo 照明をアプリと声でもっと自由に',
      marketing_copy_a:
        '3系統の照明をひとつのパネルに集約。配線を増やさずに、アプリ操作もタイマーも音声操作も手に入ります。今すぐ購入。',
      marketing_copy_b:
        'ソファでくつろいでいるときに廊下の電気の消し忘れに気づいても、もう立ち上がらなくて大丈夫。座ったまま、スマホでそっと消せます。ぜひチェックしてください。',
      marketing_copy_c: '今月末まで、2台セットがお得な特別価格。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '約15分', replace: '約20分', labels: ['number_invented'] },
    '各回路の最大負荷は10A、対応電圧は100〜240Vです。',
  ),
  listing(
    'p03',
    'chinese_cleavers',
    'en',
    CLEAVER_ZH,
    CLEAVER_SRC,
    {
      translated_description:
        'The Daomu Chinese slicing cleaver is forged by hand by veteran smiths in Yangjiang. The blade is three-layer clad steel around a 5Cr15MoV core, hardened to about 58 HRC. The edge is ground to roughly 15 degrees, so sliced pork and slivered potato come out thin and even. The blade is about 21 cm long and 9 cm deep (8.3 × 3.5 in), and the whole knife weighs about 280 g (9.9 oz) – a third lighter than a traditional cleaver of the same size. The broad face is handy for crushing garlic and for scooping chopped vegetables straight into the wok. Handle and blade are formed in one piece, with no gaps where grime can hide. Simply wipe it dry after use, and keep it out of the dishwasher. We recommend a 1,000-grit whetstone; sharpening once every month or two is plenty.',
      seo_title: 'Daomu Hand-Forged Chinese Cleaver, 5Cr15MoV, 21 cm',
      meta_description:
        'Hand-forged Daomu slicing cleaver from Yangjiang: three-layer steel with a 5Cr15MoV core, a 15-degree edge and a 21 cm blade, a third lighter than usual.',
      h1: 'Daomu – Thin Slices, Clean Cuts, Real Craft',
      marketing_copy_a:
        'It slices, crushes and scoops, so the rest of your knife block can take a break. Forged by hand, built for everyday cooking. Get your Daomu cleaver today.',
      marketing_copy_b:
        'The rhythm of steel on the board, garlic flattened with a press of the palm: cooking the way grandparents did, with a tool made to last. Discover Daomu.',
      marketing_copy_c:
        'Order this month and we will add a bamboo blade guard at no extra cost. Shop the Daomu cleaver now.',
    },
    {
      field: 'translated_description',
      find: 'about 280 g (9.9 oz)',
      replace: 'about 250 g (8.8 oz)',
      labels: ['number_dropped', 'number_invented'],
    },
    'We recommend a 1,000-grit whetstone; sharpening once every month or two is plenty.',
  ),
  listing(
    'p03',
    'chinese_cleavers',
    'es',
    CLEAVER_ZH,
    CLEAVER_SRC,
    {
      translated_description:
        'El cuchillo chino de cortar Daomu lo forjan a mano maestros artesanos de Yangjiang. La hoja es de acero laminado en tres capas con núcleo de acero 5Cr15MoV y tiene una dureza de unos 58 HRC. El filo está afilado a unos 15 grados, así que las lonchas de carne y las tiras de patata salen finas y uniformes. La hoja mide unos 21 cm de largo y 9 cm de ancho, y el cuchillo pesa unos 280 g en total: un tercio menos que un cuchillo chino tradicional del mismo tamaño. Su hoja ancha va de maravilla para aplastar ajos y para llevar lo picado directamente al wok. Mango y hoja forman una sola pieza, sin ranuras donde se acumule la suciedad. Basta con secarlo después de usarlo; no lo metas en el lavavajillas. Te recomendamos una piedra de grano 1000 y afilarlo cada uno o dos meses; con eso es suficiente.',
      seo_title: 'Cuchillo chino Daomu forjado a mano, hoja de 21 cm',
      meta_description:
        'Cuchillo chino de cortar Daomu, forjado a mano en Yangjiang: acero de tres capas con núcleo 5Cr15MoV, filo a 15 grados y unos 280 g de peso.',
      h1: 'Daomu, el alma de la cocina china',
      marketing_copy_a:
        'Corta, aplasta y lleva al wok con una sola herramienta: menos cuchillos en el cajón y más soltura en la tabla. Hazte con tu Daomu.',
      marketing_copy_b:
        'El golpeteo de la hoja sobre la tabla y el olor del ajo recién aplastado: así se cocina en casa de las abuelas chinas. Descubre Daomu.',
      marketing_copy_c:
        'Solo este mes, funda protectora de bambú de regalo con cada cuchillo. Compra ya el tuyo.',
    },
    { field: 'seo_title', find: 'hoja de 21 cm', replace: 'hoja de 23 cm', labels: ['number_invented'] },
    'Te recomendamos una piedra de grano 1000 y afilarlo cada uno o dos meses; con eso es suficiente.',
  ),
  listing(
    'p04',
    'stainless_steel_stockpots',
    'de',
    POT_ZH,
    POT_SRC,
    {
      translated_description:
        'Der Suppentopf Duomo ist aus Edelstahl 304, misst 24 cm im Durchmesser und 14 cm in der Höhe und fasst rund 6 Liter – genug für Suppe, Nudeln oder geschmorte Rippchen für vier bis fünf Personen. Der fünfschichtige Sandwichboden mit Aluminiumkern verteilt die Wärme gleichmäßig, sodass so schnell nichts anbrennt. Er eignet sich für Gas-, Induktions- und Glaskeramikherde und darf auch in den Backofen. Innen zeigt eine Skala von 1 bis 5 Litern die Füllmenge an, ein Messbecher ist überflüssig. Die verstärkten Griffe liegen sicher in der Hand, wenn Sie den vollen Topf anheben. Der Deckel aus gehärtetem Glas hat ein Dampfloch, damit die Suppe nicht so leicht überkocht. Der Topf wiegt rund 2,1 kg. Im Winter ein paar Sternanis dazu, und schon schmort ein Rindfleischeintopf vor sich hin – diesen Topf braucht man das ganze Jahr über.',
      seo_title: 'Duomo Suppentopf Edelstahl 304, 24 cm, 6 Liter, Glasdeckel',
      meta_description:
        'Suppentopf Duomo aus Edelstahl 304 mit 24 cm Durchmesser und rund 6 Litern Inhalt: fünfschichtiger Boden, Literskala, für Induktion und Backofen geeignet.',
      h1: 'Duomo – der Topf für Suppen, Eintöpfe und Familienessen',
      marketing_copy_a:
        'Brühe, Pasta und Schmorgerichte auf jedem Herd und im Ofen, die Literskala gleich eingebaut. Ein Topf, der in jeder Küche seinen Platz verdient. Jetzt bestellen.',
      marketing_copy_b:
        'Draußen wird es früh dunkel, drinnen duftet es nach Sternanis und Rindfleisch, und alle sitzen am Tisch. Für solche Abende ist Duomo gemacht. Entdecken Sie ihn.',
      marketing_copy_c:
        'Aktion zum Saisonstart: eine Suppenkelle aus Edelstahl gratis zu jedem Duomo. Gleich in den Warenkorb legen.',
    },
    {
      field: 'translated_description',
      find: 'misst 24 cm im Durchmesser',
      replace: 'misst 26 cm im Durchmesser',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der Topf wiegt rund 2,1 kg.',
  ),
  listing(
    'p04',
    'stainless_steel_stockpots',
    'fr',
    POT_ZH,
    POT_SRC,
    {
      translated_description:
        'La marmite Duomo est en acier inoxydable 304 : 24 cm de diamètre, 14 cm de haut et environ 6 litres de contenance, de quoi préparer soupes, pâtes ou travers de porc mijotés pour quatre à cinq personnes. Son fond sandwich à cinq couches, avec cœur en aluminium, répartit la chaleur uniformément et limite le risque d’attacher. Elle convient au gaz, à l’induction et aux plaques vitrocéramiques, et passe même au four. Une graduation intérieure de 1 à 5 litres vous évite de sortir le verre doseur. Les anses renforcées offrent une prise bien stable quand vous la soulevez. Le couvercle en verre trempé est percé d’un trou d’évacuation de vapeur pour que le bouillon ne déborde pas. La marmite pèse environ 2,1 kg. En hiver, quelques étoiles de badiane et un bœuf qui mijote suffisent à vous convaincre : on s’en sert toute l’année.',
      seo_title: 'Marmite Duomo inox 304, 24 cm, 6 litres, couvercle verre',
      meta_description:
        'Marmite Duomo en inox 304 de 24 cm et environ 6 litres : fond à cinq couches, graduation de 1 à 5 litres, compatible induction et four, couvercle en verre.',
      h1: 'Duomo, la marmite des grandes tablées',
      marketing_copy_a:
        'Bouillons, pâtes, ragoûts : une marmite pour tous les feux et le four, avec la graduation intégrée en prime. Commandez la vôtre dès maintenant.',
      marketing_copy_b:
        'Dehors, la nuit tombe tôt ; dans la cuisine, ça sent la badiane et le bœuf qui mijote, et toute la famille se retrouve à table. Découvrez Duomo.',
      marketing_copy_c:
        'Pour la rentrée, une louche en inox offerte avec chaque marmite Duomo. Ajoutez-la vite à votre panier !',
    },
    {
      field: 'meta_description',
      find: 'environ 6 litres',
      replace: 'environ 8 litres',
      labels: ['number_invented'],
    },
    'La marmite pèse environ 2,1 kg.',
  ),
  listing(
    'p05',
    'bathroom_scales',
    'en',
    SCALE_ZH,
    SCALE_SRC,
    {
      translated_description:
        'The Pesa digital bathroom scale has four high-precision sensors and weighs from 5 to 180 kg (11 to 397 lb) in steps of 50 g, so it suits everyone in the family, young and old. The platform is 6 mm tempered glass and measures 28 × 28 cm (11 × 11 in). Step on and it switches itself on and shows your weight straight away – no tapping to wake it first. You can switch between three units: kilograms, jin and pounds. The hidden LED display is invisible when the scale is off and bright and clear when it lights up. It runs on two AAA batteries, which last about half a year with one or two weigh-ins a day. Four non-slip feet underneath keep it steady even on bathroom tiles. A tip: weigh yourself in the morning before breakfast and after using the toilet, for readings you can really compare.',
      seo_title: 'Pesa Digital Bathroom Scale up to 180 kg, Tempered Glass',
      meta_description:
        'Pesa digital bathroom scale with four precision sensors: 5 to 180 kg in 50 g steps, 6 mm tempered glass, a hidden LED display and step-on auto start.',
      h1: 'Pesa – Your Morning Weigh-In, Made Simple',
      marketing_copy_a:
        'Precise sensors, a clear display that vanishes when you step off and batteries that last for months: a scale that simply does its job. Buy your Pesa today.',
      marketing_copy_b:
        'Small steps count. Watching the reading move in the right direction, morning after morning, is the kind of motivation that sticks. Discover Pesa and start your routine.',
      marketing_copy_c:
        'New-year special: free delivery and a spare set of batteries with every Pesa. Order now.',
    },
    {
      field: 'translated_description',
      find: 'has four high-precision sensors',
      replace: 'has eight high-precision sensors',
      labels: ['number_invented'],
    },
    'It runs on two AAA batteries, which last about half a year with one or two weigh-ins a day.',
  ),
  listing(
    'p05',
    'bathroom_scales',
    'de',
    SCALE_ZH,
    SCALE_SRC,
    {
      translated_description:
        'Die digitale Personenwaage Pesa arbeitet mit vier hochpräzisen Sensoren, wiegt von 5 bis 180 kg in 50-g-Schritten und passt so für die ganze Familie, vom Enkel bis zur Oma. Die Wiegefläche aus 6 mm starkem Sicherheitsglas misst 28 × 28 cm. Einfach draufstellen: Die Waage schaltet sich selbst ein und zeigt sofort das Gewicht an, ohne vorheriges Antippen. Sie können zwischen drei Einheiten wählen: Kilogramm, Jin und Pfund (lb). Das verdeckte LED-Display ist im Ruhezustand unsichtbar und leuchtet beim Wiegen klar und deutlich. Betrieben wird sie mit zwei AAA-Batterien, die bei ein bis zwei Wägungen am Tag rund ein halbes Jahr halten. Vier rutschfeste Füße sorgen auch auf Badfliesen für sicheren Stand. Unser Tipp: morgens nüchtern und nach dem Toilettengang wiegen – so lassen sich die Werte am besten vergleichen.',
      seo_title: 'Pesa digitale Personenwaage bis 180 kg, Sicherheitsglas',
      meta_description:
        'Digitale Personenwaage Pesa mit vier Präzisionssensoren: 5 bis 180 kg in 50-g-Schritten, Sicherheitsglas, verdecktes LED-Display, Einschalten per Auftreten.',
      h1: 'Pesa – der tägliche Blick auf die Waage, ganz entspannt',
      marketing_copy_a:
        'Präzise Sensoren, ein Display, das nach dem Wiegen verschwindet, und Batterien für Monate – eine Waage, die einfach funktioniert. Jetzt kaufen.',
      marketing_copy_b:
        'Jeden Morgen ein kurzer, ehrlicher Blick, und langsam bewegt sich die Anzeige in die richtige Richtung. Genau diese kleinen Erfolge motivieren. Entdecken Sie Pesa.',
      marketing_copy_c:
        'Zum Jahresstart: kostenloser Versand und Ersatzbatterien gratis zu jeder Pesa. Sichern Sie sich Ihre Waage jetzt.',
    },
    { field: 'seo_title', find: 'bis 180 kg', replace: 'bis 200 kg', labels: ['number_invented'] },
    'Betrieben wird sie mit zwei AAA-Batterien, die bei ein bis zwei Wägungen am Tag rund ein halbes Jahr halten.',
  ),
  listing(
    'p06',
    'smart_smoke_alarms',
    'ja',
    SMOKE_ZH,
    SMOKE_SRC,
    {
      translated_description:
        'Fumoのスマート煙感知器は光電式センサーを採用し、EN 14604認証を取得しています。寿命10年のリチウム電池を内蔵しているので、取り付け後10年間は電池交換の必要がありません。警報音は85デシベルで、ドアを2枚隔てても聞こえます。2.4GHzのWi-Fiにつなげば、煙を感知した瞬間にスマホアプリへ通知が届き、外出中でもすぐに気づけます。毎月自動でセルフチェックを行い、電池残量が20％を切ると早めにお知らせします。本体は直径約10cm、厚さ約3.5cm。天井に取り付けるタイプで、ネジ2本で固定できます。設置場所は壁から50cm以上離してください。ワンタッチで消音できるので、料理中に誤って鳴っても、ボタンを押せばすぐ静かになります。',
      seo_title: 'Fumo スマート煙感知器 Wi-Fi対応 10年電池',
      meta_description:
        'EN 14604認証の光電式スマート煙感知器。85デシベルの警報音とスマホへの即時通知で外出中も安心。電池は10年交換不要です。',
      h1: 'Fumo 煙を感知したら、すぐスマホへ',
      marketing_copy_a:
        '電池交換は10年間不要、セルフチェックも自動。取り付けたら、あとは見守りを任せるだけです。今すぐ購入。',
      marketing_copy_b:
        '旅行先でも仕事中でも、わが家の様子がスマホに届く。離れて暮らす両親の家にもひとつあれば、心からほっとできます。ぜひチェックしてください。',
      marketing_copy_c:
        'いまなら2個セットが特別価格に。寝室とリビングにまとめて備えましょう。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '85デシベル',
      replace: '90デシベル',
      labels: ['number_dropped', 'number_invented'],
    },
    '本体は直径約10cm、厚さ約3.5cm。',
  ),
  listing(
    'p06',
    'smart_smoke_alarms',
    'es',
    SMOKE_ZH,
    SMOKE_SRC,
    {
      translated_description:
        'El detector de humo inteligente Fumo utiliza un sensor fotoeléctrico y cuenta con la certificación EN 14604. Lleva integrada una batería de litio con una vida útil de 10 años, así que, una vez instalado, te olvidas de cambiar pilas durante diez años. La alarma alcanza los 85 dB y se oye incluso con dos puertas cerradas de por medio. Conectado a una red wifi de 2,4 GHz, en cuanto detecta humo te envía un aviso al móvil a través de la app, para que lo sepas al momento aunque no estés en casa. Cada mes hace una autocomprobación automática y te avisa con antelación cuando la batería baja del 20 %. Mide unos 10 cm de diámetro y 3,5 cm de grosor, se instala en el techo con solo dos tornillos y debe colocarse al menos a 50 cm de la pared. Se silencia con un solo botón: si salta por error mientras cocinas, basta con pulsarlo.',
      seo_title: 'Detector de humo wifi Fumo, batería de 10 años, EN 14604',
      meta_description:
        'Detector de humo inteligente Fumo con certificación EN 14604: alarma de 85 dB, avisos en el móvil por wifi y batería de litio que dura 10 años.',
      h1: 'Fumo, tranquilidad en casa aunque no estés',
      marketing_copy_a:
        'Diez años sin cambiar pilas, autocomprobación mensual y avisos en el móvil: una protección que no te pide nada a cambio. Compra tu Fumo hoy.',
      marketing_copy_b:
        'Estás de viaje, vibra el móvil y sabes al instante que en casa todo va bien. Esa calma no tiene precio. Descubre Fumo.',
      marketing_copy_c:
        'Oferta de lanzamiento: llévate dos detectores Fumo con un descuento especial. Aprovecha mientras duren las existencias.',
    },
    {
      field: 'meta_description',
      find: 'alarma de 85 dB',
      replace: 'alarma de 95 dB',
      labels: ['number_invented'],
    },
    'Cada mes hace una autocomprobación automática y te avisa con antelación cuando la batería baja del 20 %.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (hex keys) takes styles 0-2, listing 2 (cleaver) 3-5, listing 3 (bathroom scale) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the English version of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `Translation: ${c.h1}` }),
  (c) => ({ marketing_copy_a: `\`\`\`markdown\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: `<div class="product-description">\n${c.translated_description}\n</div>`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nAs an AI, I have not handled this knife myself, so please check the claims against the supplier’s spec sheet.`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHope this helps! Happy to adjust the tone if you need something punchier.`,
  }),
  (c) => ({ translated_description: `## Product description\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_c: `{"marketing_copy_c": "${c.marketing_copy_c}"}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      4,
      '[Translator’s note: “jin” is a Chinese unit of weight; you may want to explain it for Western buyers.]',
    ),
  }),
];

// de: listing 1 (smart switch) takes styles 0-2, listing 2 (stockpot) 3-5, listing 3 (bathroom scale) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne! Hier ist die deutsche Fassung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\nNote: I kept the box type exactly as in the source text.`,
  }),
  (c) => ({ marketing_copy_a: `**Werbetext (Nutzen):** ${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n(Als KI kann ich nicht überprüfen, ob der Topf tatsächlich backofenfest ist.)`,
  }),
  (c) => ({ marketing_copy_c: `\`\`\`\n${c.marketing_copy_c}\n\`\`\`` }),
  (c) => ({ marketing_copy_b: `Emotionaler Text: ${c.marketing_copy_b}` }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nFalls Sie noch eine kürzere Variante brauchen, sagen Sie einfach Bescheid!`,
  }),
];

// ja: listing 1 (smart switch) takes styles 0-2, listing 2 (smoke alarm) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `承知しました。以下、商品説明の日本語訳です。\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `**バリュー訴求：** ${c.marketing_copy_a}` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      1,
      '（AIのため、認証の有無までは確認できていません。実際の仕様をご確認ください。）',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nほかにも修正が必要な点があれば、お気軽にお申し付けください。`,
  }),
];

// es: listing 1 (cleaver) takes styles 0-2, listing 2 (smoke alarm) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Esta es la traducción de la descripción del producto:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `Encabezado: ${c.h1}` }),
  (c) => ({ marketing_copy_c: `\`\`\`text\n${c.marketing_copy_c}\n\`\`\`` }),
  (c) => ({ translated_description: `### Descripción\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Como modelo de lenguaje, no puedo garantizar que la certificación siga vigente.)`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
];

// fr: listing 1 (hex keys) takes styles 0-2, listing 2 (stockpot) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Voici la traduction française de la description :\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `<p>${c.marketing_copy_b}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nN’hésitez pas à me demander d’autres variantes !`,
  }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n(En tant que modèle d’IA, je n’ai pas pu vérifier la compatibilité avec chaque type de plaque.)`,
  }),
  (c) => ({ marketing_copy_a: `Accroche (valeur) : ${c.marketing_copy_a}` }),
];

export const ROUND_99_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap hex keys round off after a few turns.',
      'A knockoff cleaver rarely holds its edge for long.',
      'Counterfeit bathroom scales can be off by more than you think.',
      'Imitation S2 steel bends under real torque.',
    ],
    slogans: ['Sharp by hand, true by heart.', 'Know where you stand.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Toolbox Essential, Gift for Him, Best Seller, Fast Shipping',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Schalter ohne Prüfzeichen sind ein echtes Brandrisiko.',
      'Eine Fälschung erkennt man am dünnen, verbogenen Boden.',
      'Nachahmungen unserer Waage zeigen oft schwankende Werte.',
      'Ein Imitat hält selten, was es verspricht.',
    ],
    slogans: ['Gute Suppe braucht Zeit – und den richtigen Topf.', 'Licht aus, Füße hoch.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz und gut: ',
    titleStuffing: ' – Bestseller, Geschenkidee, Neuheit, Top-Angebot, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のスマートスイッチは接続が不安定になりがちです。',
      'コピー品の煙感知器は警報音が小さいことがあります。',
      '偽物の認証マークにご注意ください。',
      '模倣品のスイッチはガラスパネルが割れやすいと言われています。',
    ],
    slogans: ['煙に気づく、いちばん早い目。', 'スイッチが、暮らしを覚える。'],
    chineseLeftovers: ['这款开关的触摸面板很灵敏，晚上也能看清楚。', '这个报警器声音很响，隔着门也能听见。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜送料無料 人気 おすすめ ギフト 新生活 即日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los cuchillos baratos pierden el filo en pocas semanas.',
      'Un detector falso no te avisará cuando más lo necesites.',
      'Las imitaciones no pasan ninguna certificación europea.',
      'Desconfía de las réplicas que se venden sin marca.',
    ],
    slogans: ['Tu hogar, siempre atento.', 'El filo de la tradición.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Regalo, novedad, más vendido, envío gratis, oferta top',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les clés pas chères s’arrondissent dès qu’on force un peu.',
      'Les contrefaçons de marmites ont souvent un fond trop mince.',
      'Méfiez-vous des fausses clés Allen vendues sans marque.',
      'Aucune imitation ne résiste à des années de serrage.',
    ],
    slogans: ['La marmite qui réunit la famille.', 'Chaque vis trouve sa clé.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
