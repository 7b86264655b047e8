// Blind set, round 61 (written without reading the gate, committed before it is scored): six consumer-electronics,
// outdoor, office, kitchen, bathroom and pet products in the categories bluetooth_speakers, headlamps,
// electric_pencil_sharpeners, vacuum_sealers, automatic_soap_dispensers and dog_ball_launchers, 12 hand-written
// listings written as close as possible to the register of the shared dev set (Chinese shop copy with digits and
// units, a few full-width digits, counts in Chinese words, ranges, percentages and warranties; fluent, faithful
// translations), three artifact styles per listing and wording of its own (this round: the kinds the README names,
// each in the language's own wording and varied in punctuation and placement: a friendly lead-in before the
// description ("Sure! Here’s …", „Hier ist …“, 以下、…です。, ¡Claro! Aquí tienes …, Voici …), an AI disclaimer in the
// middle of the description, a sign-off after a marketing copy, field-label prefixes in plain, bold or dashed form
// (Meta description:, Titel:, メタ説明：, タイトル：, **Título SEO:**, Titre SEO :, Texte A (valeur) :, **Variante B
// (emotional):**), a markdown heading on a copy or the h1, HTML tags around the h1, a copy or the description's
// paragraphs, <strong> around a call to action, an HTML comment after the h1, code fences around a copy or the
// description and a leftover JSON key in front of the meta;
// every field type gets one somewhere; no digits in artifacts that land in the description, title or meta);
// legitimate numbers:
// Tunavo 20W (20 W), IP67, ４８００mAh (4,800 mAh, 4 800 mAh), about 24 hours (24 heures), 2.5-3 hours (2.5 to 3
// hours, 2,5 à 3 heures), Bluetooth 5.3 (dot kept in every locale), 15 m (49 ft), 两台 (two, deux) speakers, 三种
// (three, trois) sound modes, about 540 g (1.2 lb), 两年 (two-year warranty, deux ans), 30 days (30 jours); 双振膜
// (dual-diaphragm, double membrane: not a spec) and 随手一挂 (idiomatic);
// Lumaro 1200 lumens (1.200 Lumen, 1200ルーメン), about 150 m, 五种 (fünf, 5種類) modes, ２０００mAh (2.000 mAh,
// ２０００mAh), up to 40 hours, about 2.5 hours (2,5 Stunden, 約2.5時間), 0-60° (0 bis 60°, 0〜60°), IPX4, 85 g,
// 18 months (18 Monate, 18か月);
// Sharpo 6-8 mm (6 to 8 mm, de 6 a 8 mm), HRC62 (HRC 62), 3-5 seconds (3 to 5 seconds, 3-5 segundos), 三档 (three,
// tres) point settings, １２００mAh (1,200 mAh, 1200 mAh), about 300 pencils, about 45 ml, 12 months (12-month
// warranty, 12 meses); idioms 一支笔 (a pencil), 充满一次 (a single charge) and 一眼 (at a glance, de un vistazo);
// Frescia -80kPa (-80 kPa), 10-15 seconds (10 bis 15 Sekunden, 10 à 15 secondes), 两种 (zwei, deux) modes, 3 mm,
// 30 cm, 3-5 times (3- bis 5-mal, 3 à 5 fois), 10 bags, 20×500 cm (20 × 500 cm), 120W (120 W), 三年 (drei Jahre,
// trois ans); idioms 一键 (auf Knopfdruck, d'une seule touche) and 一卷 (a roll: eine Folienrolle, un rouleau);
// Foamy 0.25 seconds (0,25 Sekunden), 400 ml, 1:3, 两个月 (about two months, etwa zwei Monate), 三档 (three, drei)
// foam settings, IPX5, １５００mAh (1,500 mAh, 1.500 mAh), about 90 days, 99.9% (99,9 %), 两年 (two-year warranty,
// zwei Jahre); idiom 一瓶 (one fill, eine Füllung);
// Fetchy 1-2 seconds (1〜2秒, 1-2 segundos), 3 m, 6 m and 9 m, 三档 (3段階, tres distancias), 5 cm, 3 balls (3個,
// incluye 3), 15 minutes, 6 AA batteries (単3形電池6本: the 3 of 単3 is a source number anyway; 6 pilas AA),
// 25 kg.
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const SPEAKER_ZH = 'Tunavo 便携蓝牙音箱 IP67防水 20W';
const SPEAKER_SRC =
  'Tunavo 便携蓝牙音箱搭载双振膜扬声器，总输出功率20W，低音浑厚，大音量也不破音。机身达到IP67级防尘防水，掉进泳池捞起来照样播放。内置４８００mAh电池，中等音量下可连续播放约24小时，支持Type-C充电，2.5-3小时即可充满。采用蓝牙5.3，无遮挡连接距离可达15米，两台音箱还能配对组成立体声。提供三种音效模式，户外、室内随心切换。机身重约540克，附带登山扣挂绳，骑行露营随手一挂。享受两年质保，30天无忧退换。';
const HEADLAMP_ZH = 'Lumaro 充电式LED头灯 1200流明 挥手感应';
const HEADLAMP_SRC =
  'Lumaro 充电式头灯最高亮度1200流明，照射距离约150米，夜跑、登山、露营都够用。提供五种照明模式：强光、中光、弱光、红光和SOS闪烁。内置２０００mAh锂电池，弱光模式下续航可达40小时，USB-C充电约2.5小时充满。挥手感应开关，戴着手套也能轻松开关灯。灯头可在0-60°范围内调节角度，IPX4级防泼水，雨天夜行也不怕。整灯仅重85克，弹力头带透气吸汗，长时间佩戴不勒头。质保18个月。';
const SHARPENER_ZH = 'Sharpo 电动削笔刀 笔尖三档可调 充电式';
const SHARPENER_SRC =
  'Sharpo 电动削笔刀适用于直径6-8毫米的普通铅笔和彩色铅笔，笔插进去自动开削，削好自动停止，不会越削越短。螺旋刀头采用高碳钢，硬度达HRC62，削一支笔只要3-5秒。笔尖粗细三档可调，写字、素描、涂色各取所需。内置１２００mAh充电电池，充满一次可削约300支铅笔，也可边充边用。透明屑盒容量约45毫升，满了一眼就能看到；屑盒取出时自动断电，孩子用着更放心。整机质保12个月。';
const SEALER_ZH = 'Frescia 家用真空封口机 干湿两用';
const SEALER_SRC =
  'Frescia 真空封口机抽气压力可达-80kPa，一键完成抽真空和封口，全程只需10-15秒。设有干、湿两种模式，腌肉、海鲜、带汤汁的食材都能封。封口条宽3毫米，最大封口长度30厘米，封得牢不漏气。真空保存后食物保鲜期可延长3-5倍，冷冻肉也不容易冻伤。机身自带切刀和卷膜仓，随机附赠10个真空袋和一卷20×500厘米的卷膜。额定功率120W，整机三年质保，囤货党必备。';
const SOAP_ZH = 'Foamy 感应泡沫洗手机 400毫升 壁挂台面两用';
const SOAP_SRC =
  'Foamy 自动感应洗手机采用红外感应，手伸到出液口下方0.25秒即出泡沫，全程无需触碰，减少交叉感染。储液瓶容量400毫升，洗手液与水按1:3稀释使用，一瓶约能用两个月。泡沫量大、中、小三档可调，大人小孩都合适。机身IPX5级防水，放在洗手台边溅到水也不怕。内置１５００mAh锂电池，充满电可使用90天左右。可壁挂也可台面摆放，附赠免打孔贴片。经实验室检测，泡沫洗手可去除99.9%的常见细菌。质保两年。';
const LAUNCHER_ZH = 'Fetchy 狗狗自动发球机 三档距离 含3个网球';
const LAUNCHER_SRC =
  'Fetchy 自动发球机让狗狗自己就能玩捡球游戏：把球叼进顶部入口，1-2秒后自动弹射出去。发射距离分3米、6米、9米三档，客厅、院子都能玩。适配直径5厘米的迷你网球，标配3个，中小型犬叼着刚好。每连续玩15分钟自动休息，避免狗狗运动过度。发射口前方装有感应器，有人或宠物靠近时暂停发射。可插电使用，也可装6节AA电池（不含电池）。外壳采用防啃咬ABS材质，适合体重25公斤以下的狗狗。';

export const ROUND_61_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'bluetooth_speakers',
    'en',
    SPEAKER_ZH,
    SPEAKER_SRC,
    {
      translated_description:
        'The Tunavo portable Bluetooth speaker pairs dual-diaphragm drivers with 20W of total output, so the bass stays deep and the sound stays clean even at full volume. Rated IP67 dust- and waterproof, it keeps playing after you fish it out of the pool. The built-in 4,800 mAh battery delivers about 24 hours of playback at medium volume and recharges over Type-C in 2.5 to 3 hours. With Bluetooth 5.3, it connects from up to 15 m (49 ft) away in open space, and two speakers can be paired for true stereo sound. Three sound modes let you switch between outdoor and indoor listening in a moment. It weighs about 540 g (1.2 lb) and comes with a carabiner strap, so you can clip it to your bike or backpack. Every speaker is backed by a two-year warranty and 30-day hassle-free returns.',
      seo_title: 'Tunavo Bluetooth Speaker, IP67, 20W',
      meta_description:
        'Waterproof IP67 Bluetooth speaker with 20W sound, a 4,800 mAh battery for about 24 hours of music, Bluetooth 5.3 and stereo pairing for two speakers.',
      h1: 'Tunavo – Big Sound for Every Adventure',
      marketing_copy_a:
        'Twenty watts, a full day of battery and a two-year warranty, in a speaker that shrugs off a dunk in the pool. Order your Tunavo today.',
      marketing_copy_b:
        'Sunset at the lake, friends around the fire and your favourite playlist drifting across the water. Those are the evenings you remember. Discover Tunavo.',
      marketing_copy_c:
        'Summer launch: a second carabiner strap free with every speaker ordered this week – grab yours before they’re gone.',
    },
    {
      field: 'meta_description',
      find: 'about 24 hours of music',
      replace: 'about 36 hours of music',
      labels: ['number_invented'],
    },
    'It weighs about 540 g (1.2 lb) and comes with a carabiner strap, so you can clip it to your bike or backpack.',
  ),
  listing(
    'p01',
    'bluetooth_speakers',
    'fr',
    SPEAKER_ZH,
    SPEAKER_SRC,
    {
      translated_description:
        'L’enceinte Bluetooth portable Tunavo associe des haut-parleurs à double membrane à une puissance totale de 20 W : des basses profondes, sans distorsion même à fort volume. Certifiée IP67 contre la poussière et l’eau, elle continue de jouer même repêchée au fond de la piscine. Sa batterie de 4\u202f800 mAh offre environ 24 heures d’écoute à volume moyen et se recharge en 2,5 à 3 heures via Type-C. Grâce au Bluetooth 5.3, elle se connecte jusqu’à 15 m en champ libre, et deux enceintes peuvent être couplées en stéréo. Trois modes sonores permettent de passer de l’extérieur à l’intérieur en un instant. Elle pèse environ 540 g et se livre avec une dragonne à mousqueton, pour l’accrocher au vélo ou au sac à dos. Elle bénéficie d’une garantie de deux ans et de 30 jours pour changer d’avis.',
      seo_title: 'Enceinte Bluetooth portable Tunavo, IP67, 20 W',
      meta_description:
        'Enceinte Bluetooth étanche IP67 de 20 W : batterie de 4\u202f800 mAh pour environ 24 heures d’écoute, Bluetooth 5.3 et couplage stéréo de deux enceintes.',
      h1: 'Tunavo, le son qui vous suit partout',
      marketing_copy_a:
        'Vingt watts, une journée entière d’autonomie et deux ans de garantie, dans une enceinte qui ne craint pas un plongeon. Commandez votre Tunavo dès aujourd’hui.',
      marketing_copy_b:
        'Le soleil qui se couche sur le lac, les amis autour du feu, votre playlist qui porte jusqu’à l’autre rive. Ce sont ces soirées-là qu’on garde en mémoire. Découvrez Tunavo.',
      marketing_copy_c:
        'Offre de lancement : une deuxième dragonne offerte pour toute commande passée cette semaine. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'Sa batterie de 4\u202f800 mAh',
      replace: 'Sa batterie de 5\u202f200 mAh',
      labels: ['number_dropped', 'number_invented'],
    },
    'Elle pèse environ 540 g et se livre avec une dragonne à mousqueton, pour l’accrocher au vélo ou au sac à dos.',
  ),
  listing(
    'p02',
    'headlamps',
    'de',
    HEADLAMP_ZH,
    HEADLAMP_SRC,
    {
      translated_description:
        'Die wiederaufladbare Stirnlampe Lumaro erreicht bis zu 1.200 Lumen und leuchtet rund 150 m weit – genug für Nachtläufe, Bergtouren und Campingabende. Fünf Leuchtmodi stehen zur Wahl: hell, mittel, schwach, Rotlicht und SOS-Blinken. Der eingebaute Lithium-Akku mit 2.000 mAh hält im schwachen Modus bis zu 40 Stunden durch und ist per USB-C in etwa 2,5 Stunden wieder voll. Ein Bewegungssensor schaltet das Licht per Handwink ein und aus, sogar mit Handschuhen. Der Lampenkopf lässt sich von 0 bis 60° neigen, und dank IPX4-Spritzwasserschutz macht auch ein nächtlicher Regenschauer nichts aus. Die Lampe wiegt nur 85 g, und das elastische Stirnband ist atmungsaktiv und saugt Schweiß auf, sodass auch nach Stunden nichts drückt. Sie erhalten 18 Monate Garantie.',
      seo_title: 'Lumaro Stirnlampe, 1.200 Lumen, aufladbar, mit Sensor',
      meta_description:
        'Aufladbare LED-Stirnlampe mit 1.200 Lumen, 150 m Leuchtweite, fünf Modi, bis zu 40 Stunden Laufzeit, Winksensor und IPX4-Spritzwasserschutz.',
      h1: 'Lumaro – freie Hände, klare Sicht',
      marketing_copy_a:
        'Fünf Modi, ein Akku für lange Nächte und ein Sensor, der auf einen Handwink reagiert: eine Lampe für jede Tour. Jetzt bestellen.',
      marketing_copy_b:
        'Der Gipfel im ersten Morgenlicht, und Sie waren schon unterwegs, als alle anderen noch schliefen. Mit Lumaro gehört Ihnen der Weg auch im Dunkeln. Entdecken Sie die Freiheit früher Starts.',
      marketing_copy_c:
        'Zum Saisonstart gibt es ein Ersatz-Stirnband gratis dazu – sichern Sie sich Ihre Lumaro, solange der Vorrat reicht.',
    },
    { field: 'seo_title', find: '1.200 Lumen', replace: '1.500 Lumen', labels: ['number_invented'] },
    'Die Lampe wiegt nur 85 g, und das elastische Stirnband ist atmungsaktiv und saugt Schweiß auf, sodass auch nach Stunden nichts drückt.',
  ),
  listing(
    'p02',
    'headlamps',
    'ja',
    HEADLAMP_ZH,
    HEADLAMP_SRC,
    {
      translated_description:
        'Lumaroの充電式ヘッドライトは最大1200ルーメン、照射距離は約150m。夜のランニングや登山、キャンプにも十分な明るさです。点灯モードは強・中・弱・赤色ライト・SOS点滅の5種類。２０００mAhのリチウム電池を内蔵し、弱モードなら最大40時間点灯、USB-C充電なら約2.5時間で満充電になります。手をかざすだけのセンサースイッチで、手袋をしたままでもオン・オフできます。ライトの角度は0〜60°の範囲で調整でき、IPX4の防滴仕様なので雨の夜道も安心です。本体の重さはわずか85g。伸縮性のあるヘッドバンドは通気性と吸汗性にすぐれ、長時間つけても締め付けません。保証期間は18か月です。',
      seo_title: 'Lumaro 充電式LEDヘッドライト 1200ルーメン センサー',
      meta_description:
        '最大1200ルーメン・照射距離約150mの充電式ヘッドライト。5つの点灯モード、最大40時間点灯、手をかざすだけのセンサー、IPX4防滴仕様。',
      h1: 'Lumaro 両手が空く、夜道の相棒',
      marketing_copy_a:
        '5つのモード、長持ちバッテリー、手をかざすだけのセンサー。どんなアウトドアにもこれひとつで対応できます。今すぐ購入。',
      marketing_copy_b:
        'まだ誰も起きていない暗い登山道を、自分の光で進んでいく。山頂で迎える朝日は格別です。ぜひチェックしてください。',
      marketing_copy_c: 'シーズン開幕を記念して、今なら替えのヘッドバンドをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      replace: '付属のUSBケーブルの長さは50cmです。',
      labels: ['number_invented'],
    },
    '本体の重さはわずか85g。',
  ),
  listing(
    'p03',
    'electric_pencil_sharpeners',
    'en',
    SHARPENER_ZH,
    SHARPENER_SRC,
    {
      translated_description:
        'The Sharpo electric pencil sharpener takes standard and coloured pencils from 6 to 8 mm in diameter: push a pencil in and it starts sharpening by itself, then stops as soon as the point is done, so your pencils don’t get ground down to stubs. The spiral blade is made of high-carbon steel with a hardness of HRC 62 and sharpens a pencil in just 3 to 5 seconds. Three point settings cover writing, sketching and colouring. The built-in 1,200 mAh rechargeable battery sharpens about 300 pencils on a single charge, and you can keep using it while it charges. The clear shavings tray holds about 45 ml, so you can see at a glance when it’s full, and the power cuts out automatically when the tray is removed – reassuring when children use it. The sharpener comes with a 12-month warranty.',
      seo_title: 'Sharpo Electric Pencil Sharpener, Rechargeable, 6–8 mm',
      meta_description:
        'Rechargeable electric pencil sharpener for 6–8 mm pencils: starts and stops by itself, three point settings and about 300 pencils per charge.',
      h1: 'Sharpo – Perfect Points, No Effort',
      marketing_copy_a:
        'A high-carbon steel blade, three point settings and hundreds of pencils per charge: one sharpener for homework, the office and the art desk. Buy your Sharpo now.',
      marketing_copy_b:
        'No more broken leads halfway through a drawing, no more pencils eaten down to stubs. Just a crisp point every time your child reaches for one. Discover Sharpo.',
      marketing_copy_c:
        'Back-to-school offer: a free pack of coloured pencils with every Sharpo this month. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'sharpens about 300 pencils',
      replace: 'sharpens about 500 pencils',
      labels: ['number_dropped', 'number_invented'],
    },
    'The clear shavings tray holds about 45 ml, so you can see at a glance when it’s full, and the power cuts out automatically when the tray is removed – reassuring when children use it.',
  ),
  listing(
    'p03',
    'electric_pencil_sharpeners',
    'es',
    SHARPENER_ZH,
    SHARPENER_SRC,
    {
      translated_description:
        'El sacapuntas eléctrico Sharpo admite lápices normales y de colores de 6 a 8 mm de diámetro: al introducir el lápiz empieza a afilar solo y se detiene cuando la punta está lista, así que los lápices no se gastan de más. La cuchilla helicoidal es de acero de alto carbono, con una dureza de HRC 62, y afila un lápiz en solo 3-5 segundos. La punta tiene tres grosores regulables, para escribir, dibujar o colorear. Su batería recargable de 1200 mAh da para afilar unos 300 lápices con una sola carga, y también puedes usarlo mientras se carga. El depósito transparente de virutas tiene unos 45 ml, así que ves de un vistazo cuándo está lleno; además, el aparato se apaga solo al retirar el depósito, para que los niños lo usen con total seguridad. Tiene 12 meses de garantía.',
      seo_title: 'Sacapuntas eléctrico Sharpo, 6-8 mm',
      meta_description:
        'Sacapuntas eléctrico recargable para lápices de 6 a 8 mm: se pone en marcha y se para solo, tres grosores de punta y unos 300 lápices por carga.',
      h1: 'Sharpo, puntas perfectas sin esfuerzo',
      marketing_copy_a:
        'Cuchilla de acero de alto carbono, tres grosores de punta y cientos de lápices por carga: un solo sacapuntas para los deberes, la oficina y el dibujo. Cómpralo ahora.',
      marketing_copy_b:
        'Se acabaron las minas rotas a mitad del dibujo y los lápices que desaparecen en el sacapuntas. Solo una punta perfecta cada vez que tu hijo la necesita. Descubre Sharpo.',
      marketing_copy_c:
        'Vuelta al cole: una caja de lápices de colores de regalo con cada Sharpo durante este mes. Pídelo ya.',
    },
    { field: 'seo_title', find: '6-8 mm', replace: '6-10 mm', labels: ['number_invented'] },
    'Tiene 12 meses de garantía.',
  ),
  listing(
    'p04',
    'vacuum_sealers',
    'de',
    SEALER_ZH,
    SEALER_SRC,
    {
      translated_description:
        'Das Vakuumiergerät Frescia erzeugt einen Unterdruck von bis zu -80 kPa und erledigt Vakuumieren und Verschweißen auf Knopfdruck – in nur 10 bis 15 Sekunden. Zwei Modi, trocken und feucht, sorgen dafür, dass sich auch mariniertes Fleisch, Meeresfrüchte und Lebensmittel mit Flüssigkeit sicher verschließen lassen. Die Schweißleiste ist 3 mm breit und schweißt bis zu 30 cm lang, damit die Naht dicht hält. Vakuumiert bleiben Lebensmittel 3- bis 5-mal länger frisch, und Gefriergut bekommt kaum Gefrierbrand. Folienschneider und Rollenfach sind im Gerät integriert; dazu erhalten Sie 10 Vakuumbeutel und eine Folienrolle mit 20 × 500 cm. Mit 120 W Nennleistung und drei Jahren Garantie ist es ein Muss für alle, die gern auf Vorrat einkaufen.',
      seo_title: 'Frescia Vakuumiergerät, -80 kPa, trocken & feucht',
      meta_description:
        'Vakuumiergerät Frescia mit -80 kPa, Trocken- und Feuchtmodus und 30 cm Schweißlänge: Lebensmittel bleiben 3- bis 5-mal länger frisch.',
      h1: 'Frescia – länger frisch, weniger wegwerfen',
      marketing_copy_a:
        'Vakuumieren, verschweißen, fertig: ein Knopfdruck, ein paar Sekunden, und Ihre Vorräte halten um ein Vielfaches länger. Jetzt bestellen.',
      marketing_copy_b:
        'Die Beeren vom Sommermarkt im Winter genießen, das Sonntagsgulasch portionsweise parat haben. Frische, die bleibt, schmeckt man. Entdecken Sie Frescia.',
      marketing_copy_c:
        'Nur diesen Monat: eine zusätzliche Folienrolle gratis zu jedem Frescia. Gleich in den Warenkorb legen.',
    },
    {
      field: 'translated_description',
      find: 'Die Schweißleiste ist 3 mm breit',
      replace: 'Die Schweißleiste ist 4 mm breit',
      labels: ['number_invented'],
    },
    'Folienschneider und Rollenfach sind im Gerät integriert; dazu erhalten Sie 10 Vakuumbeutel und eine Folienrolle mit 20 × 500 cm.',
  ),
  listing(
    'p04',
    'vacuum_sealers',
    'fr',
    SEALER_ZH,
    SEALER_SRC,
    {
      translated_description:
        'La machine sous vide Frescia atteint une dépression de -80 kPa et enchaîne mise sous vide et soudure d’une seule touche, en 10 à 15 secondes seulement. Ses deux modes, sec et humide, permettent de conditionner aussi bien des viandes marinées que des fruits de mer ou des aliments avec du jus. La barre de soudure de 3 mm de large scelle jusqu’à 30 cm de longueur, pour une fermeture parfaitement étanche. Sous vide, les aliments se conservent 3 à 5 fois plus longtemps, et la viande congelée craint beaucoup moins les brûlures de congélation. Un cutter et un compartiment à rouleau sont intégrés, et la machine est livrée avec 10 sachets sous vide et un rouleau de 20 × 500 cm. D’une puissance nominale de 120 W, elle est garantie trois ans : l’alliée idéale de ceux qui aiment faire des réserves.',
      seo_title: 'Machine sous vide Frescia, -80 kPa',
      meta_description:
        'Machine sous vide Frescia : -80 kPa, modes sec et humide, soudure de 30 cm en 10 à 15 secondes. Vos aliments se gardent 3 à 5 fois plus longtemps.',
      h1: 'Frescia, la fraîcheur qui dure',
      marketing_copy_a:
        'Une touche, quelques secondes, et vos provisions se gardent bien plus longtemps : moins de gaspillage, plus d’économies. Commandez votre Frescia.',
      marketing_copy_b:
        'Les fraises du marché d’été dégustées en plein hiver, le bœuf bourguignon du dimanche prêt en portions. La fraîcheur, ça se goûte. Découvrez Frescia.',
      marketing_copy_c:
        'Ce mois-ci seulement, un rouleau supplémentaire offert avec chaque machine. Ajoutez-la à votre panier dès maintenant.',
    },
    {
      field: 'meta_description',
      find: 'Frescia : -80 kPa',
      replace: 'Frescia : -90 kPa',
      labels: ['number_invented'],
    },
    'Un cutter et un compartiment à rouleau sont intégrés, et la machine est livrée avec 10 sachets sous vide et un rouleau de 20 × 500 cm.',
  ),
  listing(
    'p05',
    'automatic_soap_dispensers',
    'en',
    SOAP_ZH,
    SOAP_SRC,
    {
      translated_description:
        'The Foamy automatic soap dispenser works with an infrared sensor: hold your hands under the nozzle and foam comes out in 0.25 seconds, with nothing to touch and less chance of passing germs around. The 400 ml bottle takes hand soap diluted with water at 1:3, and one fill lasts about two months. Three foam settings – large, medium and small – suit adults and children alike. Rated IPX5 waterproof, it doesn’t mind splashes at the edge of the sink. The built-in 1,500 mAh lithium battery runs for around 90 days on a full charge. Mount it on the wall or stand it on the counter; adhesive pads are included, so there’s no drilling. In laboratory tests, washing with the foam removed 99.9% of common bacteria. The dispenser comes with a two-year warranty.',
      seo_title: 'Foamy Touchless Foam Soap Dispenser, 400 ml, IPX5',
      meta_description:
        'Touchless foam soap dispenser with a 400 ml bottle, foam in 0.25 seconds, three foam settings, IPX5 splash protection and a two-year warranty.',
      h1: 'Foamy – Clean Hands Without a Touch',
      marketing_copy_a:
        'Diluted soap goes a long way, and nobody has to touch a sticky pump again. Order your Foamy today.',
      marketing_copy_b:
        'Little hands reach up, a soft cloud of foam appears, and washing becomes the best part of coming home. Discover Foamy.',
      marketing_copy_c:
        'Spring offer: buy two Foamy dispensers and get a bottle of refill soap free. Add them to your cart now.',
    },
    {
      field: 'translated_description',
      replace: 'Each dispenser ships with 4 spare adhesive pads.',
      labels: ['number_invented'],
    },
    'The built-in 1,500 mAh lithium battery runs for around 90 days on a full charge.',
  ),
  listing(
    'p05',
    'automatic_soap_dispensers',
    'de',
    SOAP_ZH,
    SOAP_SRC,
    {
      translated_description:
        'Der Schaumseifenspender Foamy arbeitet mit Infrarotsensor: Hände unter die Öffnung halten, und nach 0,25 Sekunden kommt der Schaum – ganz ohne Berührung, damit Keime seltener weitergegeben werden. Der Behälter fasst 400 ml; die Flüssigseife wird im Verhältnis 1:3 mit Wasser verdünnt, und eine Füllung reicht etwa zwei Monate. Die Schaummenge lässt sich in drei Stufen einstellen – groß, mittel und klein –, passend für Erwachsene und Kinder. Dank Schutzart IPX5 machen ihm Spritzer am Waschbecken nichts aus. Der eingebaute Lithium-Akku mit 1.500 mAh hält mit einer Ladung rund 90 Tage. Der Spender lässt sich an die Wand hängen oder auf die Ablage stellen; Klebepads zur Montage ohne Bohren liegen bei. Im Labortest entfernte das Händewaschen mit dem Schaum 99,9 % der gängigen Bakterien. Sie erhalten zwei Jahre Garantie.',
      seo_title: 'Foamy Schaumseifenspender mit Sensor, 400 ml, IPX5',
      meta_description:
        'Berührungsloser Schaumseifenspender mit 400-ml-Behälter, Schaum in 0,25 Sekunden, drei Schaumstufen, IPX5-Spritzwasserschutz und zwei Jahren Garantie.',
      h1: 'Foamy – saubere Hände ohne Anfassen',
      marketing_copy_a:
        'Verdünnte Seife reicht erstaunlich lange, und niemand muss mehr einen klebrigen Pumpkopf anfassen. Jetzt bestellen.',
      marketing_copy_b:
        'Kleine Hände strecken sich aus, eine weiche Schaumwolke erscheint – und Händewaschen wird zum schönsten Teil des Nachhausekommens. Entdecken Sie Foamy.',
      marketing_copy_c:
        'Frühlingsaktion: Beim Kauf von zwei Spendern gibt es eine Flasche Nachfüllseife gratis. Sichern Sie sich Ihr Set gleich heute.',
    },
    {
      field: 'translated_description',
      find: 'nach 0,25 Sekunden',
      replace: 'nach 0,5 Sekunden',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der eingebaute Lithium-Akku mit 1.500 mAh hält mit einer Ladung rund 90 Tage.',
  ),
  listing(
    'p06',
    'dog_ball_launchers',
    'ja',
    LAUNCHER_ZH,
    LAUNCHER_SRC,
    {
      translated_description:
        'Fetchyの自動ボールランチャーがあれば、わんちゃんがひとりでボール遊びを楽しめます。上部の投入口にボールを入れると、1〜2秒後に自動で発射。飛距離は3m・6m・9mの3段階から選べるので、リビングでも庭でも遊べます。対応するのは直径5cmのミニテニスボールで、3個付属。小型犬や中型犬がくわえやすいサイズです。15分続けて遊ぶと自動で休憩に入り、運動のしすぎを防ぎます。発射口の前にはセンサーを搭載し、人やペットが近づくと発射を一時停止します。電源はコンセントのほか、単3形電池6本でも使えます（電池は別売り）。本体はかじりに強いABS製で、体重25kg以下のわんちゃんにおすすめです。',
      seo_title: 'Fetchy 犬用自動ボールランチャー 飛距離3段階',
      meta_description:
        'ボールを入れると1〜2秒で自動発射。飛距離は3m・6m・9mの3段階、直径5cmのボール3個付き。体重25kg以下の犬に。',
      h1: 'Fetchy ひとりでも遊べる、わんちゃんの相棒',
      marketing_copy_a:
        '投げ続けなくても、わんちゃんは思いきり走れる。飛距離の切り替えと安全センサーで、室内でも安心して遊べます。今すぐ購入。',
      marketing_copy_b:
        'ボールをくわえて戻ってくるたび、しっぽが大きく揺れる。お留守番の時間も、楽しい遊びの時間に変わります。ぜひチェックしてください。',
      marketing_copy_c: '発売記念キャンペーン中につき、今なら替えのボールをプレゼント。カートへどうぞ。',
    },
    { field: 'meta_description', find: '体重25kg以下', replace: '体重30kg以下', labels: ['number_invented'] },
    '15分続けて遊ぶと自動で休憩に入り、運動のしすぎを防ぎます。',
  ),
  listing(
    'p06',
    'dog_ball_launchers',
    'es',
    LAUNCHER_ZH,
    LAUNCHER_SRC,
    {
      translated_description:
        'Con el lanzapelotas automático Fetchy, tu perro puede jugar a traer la pelota él solito: la deja en la entrada de arriba y, 1-2 segundos después, sale disparada. Puedes elegir entre tres distancias de lanzamiento, 3, 6 o 9 metros, para jugar en el salón o en el jardín. Funciona con minipelotas de tenis de 5 cm de diámetro e incluye 3, del tamaño justo para la boca de perros pequeños y medianos. Tras 15 minutos seguidos de juego hace una pausa automática para que tu perro no se pase de esfuerzo. Un sensor delante de la boca de lanzamiento detiene el disparo si se acerca una persona u otro animal. Se enchufa a la corriente o funciona con 6 pilas AA (no incluidas). La carcasa de ABS resiste los mordiscos y es apta para perros de hasta 25 kg.',
      seo_title: 'Lanzapelotas automático para perros Fetchy',
      meta_description:
        'Lanzapelotas para perros: dispara en 1-2 segundos a 3, 6 o 9 metros, incluye 3 minipelotas de tenis y se detiene si alguien se acerca.',
      h1: 'Fetchy, el compañero de juegos de tu perro',
      marketing_copy_a:
        'Tu perro corre todo lo que quiere sin que tengas que lanzar ni una vez: tres distancias y un sensor de seguridad para jugar tranquilos en casa. Cómpralo hoy.',
      marketing_copy_b:
        'Cada vez que vuelve con la pelota en la boca, la cola no para de moverse. Las horas solo en casa se convierten en horas de juego. Descubre Fetchy.',
      marketing_copy_c:
        'Oferta de lanzamiento: un paquete de pelotas de repuesto de regalo con cada Fetchy. Aprovecha ahora.',
    },
    {
      field: 'translated_description',
      find: 'Tras 15 minutos',
      replace: 'Tras 20 minutos',
      labels: ['number_dropped', 'number_invented'],
    },
    'La carcasa de ABS resiste los mordiscos y es apta para perros de hasta 25 kg.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** Latin-script sentences of `text` (a decimal point ends no sentence). */
const split = (text: string): string[] => text.split(/(?<=\D[.!?])\s+/);

// en: listing 1 (speaker) takes styles 0-2, listing 2 (pencil sharpener) 3-5, listing 3 (soap dispenser) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the English translation of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `**SEO Title:** ${c.seo_title}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nLet me know if you’d like a punchier version of this copy!`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'As an AI language model, I can’t confirm the blade hardness rating, so please double-check it against the spec sheet.',
    ),
  }),
  (c) => ({ marketing_copy_c: `\`\`\`\n${c.marketing_copy_c}\n\`\`\`` }),
  (c) => ({ meta_description: `Meta description: ${c.meta_description}` }),
  (c) => ({ marketing_copy_a: `### Value-focused copy\n${c.marketing_copy_a}` }),
  (c) => {
    const parts = split(c.translated_description);
    return {
      translated_description: `<p>${parts.slice(0, 4).join(' ')}</p>\n<p>${parts.slice(4).join(' ')}</p>`,
    };
  },
];

// de: listing 1 (headlamp) takes styles 0-2, listing 2 (vacuum sealer) 3-5, listing 3 (soap dispenser) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Hier ist die deutsche Übersetzung:\n\n${c.translated_description}` }),
  (c) => ({ h1: `<h1 class="product-title">${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Falls Sie eine kürzere Fassung brauchen, sagen Sie einfach Bescheid!`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Als KI-Sprachmodell kann ich die Angaben zum Unterdruck nicht selbst überprüfen.',
    ),
  }),
  (c) => ({
    marketing_copy_a: c.marketing_copy_a.replace('Jetzt bestellen.', '<strong>Jetzt bestellen.</strong>'),
  }),
  (c) => ({ meta_description: `"meta_description": "${c.meta_description}",` }),
  (c) => ({ seo_title: `Titel: ${c.seo_title}` }),
  (c) => ({ marketing_copy_b: `**Variante B (emotional):** ${c.marketing_copy_b}` }),
  (c) => ({ translated_description: `\`\`\`markdown\n${c.translated_description}\n\`\`\`` }),
];

// ja: listing 1 (headlamp) takes styles 0-2, listing 2 (ball launcher) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下、商品説明の日本語訳です。\n\n${c.translated_description}` }),
  (c) => ({ meta_description: `メタ説明：${c.meta_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n別のトーンの案が必要でしたら、お気軽にお申し付けください。`,
  }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      3,
      'AI言語モデルのため実物は確認できませんが、原文に沿って訳しています。',
    ),
  }),
  (c) => ({ seo_title: `タイトル：${c.seo_title}` }),
];

// es: listing 1 (pencil sharpener) takes styles 0-2, listing 2 (ball launcher) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la traducción al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `**Título SEO:** ${c.seo_title}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Espero que te sirva; si quieres, te preparo más variantes.`,
  }),
  (c) => ({ meta_description: `Metadescripción — ${c.meta_description}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'Como modelo de lenguaje de IA, no puedo comprobar el alcance real de cada disparo; he respetado las cifras del original.',
    ),
  }),
  (c) => ({ marketing_copy_c: `<p>${c.marketing_copy_c}</p>` }),
];

// fr: listing 1 (speaker) takes styles 0-2, listing 2 (vacuum sealer) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Voici la traduction en français :\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `Texte A (valeur) : ${c.marketing_copy_a}` }),
  (c) => ({ h1: `${c.h1} <!-- H1 -->` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'En tant que modèle de langage, je ne peux pas garantir l’exactitude de ces données techniques.',
    ),
  }),
  (c) => ({ seo_title: `Titre SEO : ${c.seo_title}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nN’hésitez pas à me dire si vous préférez un ton plus sobre !`,
  }),
];

export const ROUND_61_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap speakers distort the moment you turn up the volume.',
      'Knockoff sharpeners chew pencils instead of sharpening them.',
      'Counterfeit soap dispensers often leak onto the counter.',
      'Fake waterproof ratings are common on marketplace listings.',
    ],
    slogans: ['Sound that goes where you go.', 'Clean hands, happy home.'],
    chineseLeftovers: [],
    duplicateLead: 'Put simply: ',
    titleStuffing: ' | Gift Ideas, Best Seller, Top Rated, Free Shipping, New Arrival',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Stirnlampen flackern schon nach wenigen Wochen.',
      'Eine Fälschung erkennt man an der schwachen Saugleistung.',
      'Nachahmungen sind selten wirklich spritzwassergeschützt.',
      'Imitate vom Grabbeltisch schweißen die Beutel nicht dicht.',
    ],
    slogans: ['Licht an, Kopf frei.', 'Frisch bleibt frisch.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Top-Angebot, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のヘッドライトはすぐに電池がへたります。',
      'コピー品のボールランチャーは故障しがちです。',
      '偽物の防滴表示にはご注意ください。',
      '模倣品は飛距離が安定しません。',
    ],
    slogans: ['夜道に、頼れる光を。', '遊びは、止まらない。'],
    chineseLeftovers: ['这款头灯很亮，晚上跑步也很安全。', '这个发球机很好玩，狗狗每天都要玩。'],
    duplicateLead: 'つまり、',
    titleStuffing: '｜人気 おすすめ 新作 ギフト 送料無料 即日発送 ランキング',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los sacapuntas baratos se atascan enseguida.',
      'Una imitación de lanzapelotas puede romperse al primer mordisco.',
      'Las falsificaciones no traen sensor de seguridad.',
      'Ese acero falso pierde el filo en pocas semanas.',
    ],
    slogans: ['La punta perfecta, siempre.', 'Juego sin fin.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Regalo, novedad, más vendido, envío gratis, oferta de temporada',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une enceinte pas chère grésille dès qu’on monte le son.',
      'Les contrefaçons de machines sous vide soudent mal.',
      'Méfiez-vous des fausses étanchéités affichées en ligne.',
      'Aucune réplique n’offre une telle autonomie.',
    ],
    slogans: ['Le son qui vous suit.', 'La fraîcheur, tout simplement.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour faire court : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
