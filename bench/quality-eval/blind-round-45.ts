// Blind set, round 45 (written without reading the gate, committed before it is scored): six hobby, home and pet
// products in the categories darkroom_film_developing_kits, ultrasonic_jewellery_cleaners, model_railway_starter_sets,
// wine_aerators, rock_tumblers and reptile_heat_lamps, 12 hand-written listings, three artifact styles per listing and
// wording of its own (this round: the model talks to the requester: a question back ("Would you like…?", "Soll
// ich…?", "…しましょうか？", "¿Quieres que…?"), a remark about a choice of word or term, in English inside a
// non-English field or in the target language, a note that the source leaves something out, an alternative line
// offered, a word or character count, a leftover JSON / YAML / Markdown wrapper or field key, a label or heading in
// front of a field, a sentence of the model's reasoning placed mid-field, a sign-off ("Hope this works", "Gerne passe
// ich … an", "¡Espero que te sirva!") and a translator's remark in brackets or after a dagger / asterisk; no digits in
// artifacts that land in the description, title or meta); legitimate numbers:
// Lumo DK-2 (model), 三合一 (3-in-1, 3-in-1-Chemie), 两卷 (two, zwei) rolls, 135 and 120 (film formats: 135 film,
// Kleinbildfilm Typ 135, Rollfilm Typ 120), 一卷 (one, ein), about 500 ml (17 fl oz), 20°C (68°F, 20 °C), 8至10分钟左右
// (about 8 to 10 minutes, etwa 8 bis 10 Minuten), 十几次 (more than ten times, mehr als zehnmal), 3 measuring cups
// (3 Messbecher), 2 film clips, 一应俱全 / 第一次 (first roll) / 十分 (very): idiomatic;
// Clara UC-600 (model), 第2代 (second-generation, 2nd Gen, 第2世代), 600 ml (20 fl oz, 600mL), 42000赫兹 (42,000 Hz),
// 一键 (one-button: idiomatic), 90/180/300/480 seconds (90秒…480秒), 四档 (four, 4段階) settings, 十几件 (more than ten,
// 十数個), 304 stainless steel, about 1.1 kg (2.4 lb), 一对 (a pair, ペア);
// Tranzo H0 (scale name), 1:87, 一台 (eine, une) locomotive, 三节 (drei, trois) cars, 16 rails, about 120 × 80 cm, 上百
// (über 100, plus de 100), 12 V (12 Volt, 12 volts), 一拧 (a turn: idiomatic), 第3代 (dritten Generation, 3e génération),
// about 2.5 kg (2,5 kg), 8 years, 万无一失 (garantiert, sans risque d'erreur: idiomatic), 俩 (zu zweit, à deux), 半个小时左右
// (etwa einer halben Stunde, une demi-heure environ);
// Vinaro A3 (model), 1至2小时 (1 to 2 hours, de 1 a 2 horas), 几秒钟 (a few seconds: vague), 双层 (double-layer: not a
// number), about 30 ml (1 fl oz) per second, 750 ml (25.4 fl oz), 不到半分钟 (under half a minute, menos de medio
// minuto), 百分之四十 (40%, 40 %), 两相宜 (idiomatic), 18 years;
// Gemzy RT-2 (model), 双筒 / 两个 (two, 2本, deux) drums, 3磅 (3 lb, 3ポンド, 3 livres), about 1.4 kg (1,4 kg), 几十块 (数十個,
// des dizaines), 四个阶段 (4段階, quatre étapes), 150 g each, about 450 g, about 7 days, about 4 weeks, 24 hours (24時間,
// 24 heures sur 24), under 50 dB, 10 years, 十分 (very: idiomatic);
// Terrax HL-100 (model), 两只 (zwei, dos) bulbs, 100 W, E27 (socket), 360 degrees (360 Grad, 360 grados), about 14 cm,
// 20至42°C (20 bis 42 °C, entre 20 y 42 °C), 正负1°C (±1 °C), 10000多小时 (mehr als 10.000 Stunden, más de 10.000 horas),
// 五六十厘米 (50 bis 60 cm, de 50 a 60 cm), 一只 (ein einziger, una sola).
// Label correction after scoring: the three number edits in marketing copies carry no label (the QA definitions check
// numbers in the description, title and meta only; the round's brief wrongly asked for edits in copies too).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const DEV_ZH = 'Lumo DK-2 家用黑白胶片冲洗套装 三合一药液';
const DEV_SRC =
  'Lumo DK-2 家用黑白胶片冲洗套装，显影液、停显液、定影液三合一，冲洗用品一应俱全。显影罐一次可冲两卷135胶卷或一卷120胶卷，容量约500毫升。显影液在20°C下显影8至10分钟左右，稀释后可重复使用十几次。套装附带温度计、3个量杯和2个胶片夹。步骤简单，新手第一次冲洗也十分顺手。';
const CLEAN_ZH = 'Clara UC-600 第2代超声波首饰清洗机 600ml';
const CLEAN_SRC =
  'Clara UC-600 第2代超声波首饰清洗机，水槽容量600毫升，频率42000赫兹，一键启动，有90秒、180秒、300秒、480秒四档定时。只用清水就能把戒指、项链、耳环和眼镜洗得亮晶晶，一次可放进十几件小饰品。内槽为304不锈钢，整机重约1.1公斤。附送手表支架和清洗篮，一对小耳钉也不怕丢。';
const RAIL_ZH = 'Tranzo H0 电动火车入门套装 1:87';
const RAIL_SRC =
  'Tranzo H0 电动火车入门套装，比例1:87，包含一台蒸汽机车、三节车厢和16段轨道，可拼成约120×80厘米的椭圆形环线，还能兼容上百款同比例配件。控制器采用12伏安全电压，一拧旋钮就能调速和换向。机车搭载第3代静音电机，带LED前灯。整套重约2.5公斤，适合8岁以上儿童。附图文说明书，搭建万无一失，父子俩一起动手，半个小时左右就能跑起来。';
const WINE_ZH = 'Vinaro A3 红酒快速醒酒器 双层过滤';
const WINE_SRC =
  'Vinaro A3 快速醒酒器，倒酒的同时自动混入空气，原本需要1至2小时的醒酒时间缩短到几秒钟。双层过滤网能拦住酒渣和软木屑。出酒速度约每秒30毫升，一瓶750毫升的红酒不到半分钟就能倒完，香气释放提升约百分之四十。可拆开清洗，附赠防滴底座和收纳袋，送礼自用两相宜。未满18岁请勿饮酒。';
const ROCK_ZH = 'Gemzy RT-2 双筒宝石抛光机 研磨套装';
const ROCK_SRC =
  'Gemzy RT-2 双筒宝石抛光机，两个3磅滚筒可同时工作，每个约装1.4公斤、几十块石头。套装含四个阶段的研磨砂各150克，另送约450克原石。每个阶段翻滚约7天，全程约4周，粗糙的石头就会变得像玻璃一样光亮。电机可24小时连续运转，噪音低于50分贝。适合10岁以上孩子在大人陪同下使用，是十分有趣的科学礼物。';
const HEAT_ZH = 'Terrax HL-100 爬虫陶瓷加热灯 100W 两只装';
const HEAT_SRC =
  'Terrax HL-100 爬虫陶瓷加热灯套装，含两只100瓦陶瓷灯泡，只发热不发光，夜里不打扰宠物休息。灯座为E27接口，灯罩可360度旋转，直径约14厘米。配套智能温控器可在20至42°C之间设定温度，误差不超过正负1°C。灯泡寿命10000多小时。适合守宫、鬃狮蜥和乌龟，五六十厘米的饲养箱用一只就够了。';

export const ROUND_45_LISTINGS: readonly BlindListing[] = [
  listing(
    'f01',
    'darkroom_film_developing_kits',
    'en',
    DEV_ZH,
    DEV_SRC,
    {
      translated_description:
        'The Lumo DK-2 home kit for black-and-white film brings developer, stop bath and fixer together as a 3-in-1 chemistry set, so everything you need for developing is in the box. The tank takes two rolls of 135 film or one roll of 120 film at a time and holds about 500 ml (17 fl oz). At 20°C (68°F), development takes about 8 to 10 minutes, and once diluted the developer can be reused more than ten times. The kit also includes a thermometer, 3 measuring cups and 2 film clips. The steps are simple, so even beginners find their very first roll easy going.',
      seo_title: 'Lumo DK-2 Film Developing Kit, 3-in-1 B&W Chemistry',
      meta_description:
        'Lumo DK-2 black-and-white film developing kit: 3-in-1 chemistry, a tank for two 135 rolls or one 120 roll, plus a thermometer, measuring cups and clips.',
      h1: 'Develop Your Own Black-and-White Film at Home',
      marketing_copy_a:
        'Stop paying the lab for every roll: reusable developer, a tank you will keep for years and all the small tools in one box. Order the Lumo DK-2 today.',
      marketing_copy_b:
        'There is a quiet thrill in pulling the reel from the tank and holding your own negatives up to the light for the first time. Bring that darkroom magic home – discover Lumo.',
      marketing_copy_c: 'Free changing bag with every Lumo kit while stocks last – order yours now.',
    },
    { field: 'meta_description', find: 'one 120 roll', replace: 'one 220 roll', labels: ['number_invented'] },
    'The tank takes two rolls of 135 film or one roll of 120 film at a time and holds about 500 ml (17 fl oz).',
  ),
  listing(
    'f01',
    'darkroom_film_developing_kits',
    'de',
    DEV_ZH,
    DEV_SRC,
    {
      translated_description:
        'Das Lumo DK-2 ist ein Heimset zum Entwickeln von Schwarzweißfilmen: Entwickler, Stoppbad und Fixierer kommen als 3-in-1-Chemie, und alles Nötige ist mit dabei. In die Entwicklungsdose passen zwei Kleinbildfilme (Typ 135) oder ein Rollfilm (Typ 120) auf einmal; sie fasst etwa 500 ml. Bei 20 °C dauert die Entwicklung etwa 8 bis 10 Minuten, und verdünnt lässt sich der Entwickler mehr als zehnmal wiederverwenden. Zum Set gehören außerdem ein Thermometer, 3 Messbecher und 2 Filmklammern. Die Schritte sind einfach, sodass auch Einsteiger schon beim allerersten Film sehr gut zurechtkommen.',
      seo_title: 'Lumo DK-2 Filmentwicklungsset für Schwarzweißfilm',
      meta_description:
        'Schwarzweißfilme zu Hause entwickeln: Lumo DK-2 mit 3-in-1-Chemie, Dose für zwei Kleinbildfilme, Thermometer, Messbechern und Filmklammern.',
      h1: 'Lumo DK-2 – Ihre Dunkelkammer für zu Hause',
      marketing_copy_a:
        'Schluss mit Laborkosten für jeden einzelnen Film: wiederverwendbarer Entwickler, eine Dose für viele Jahre und alles Zubehör in einer Box. Jetzt bestellen.',
      marketing_copy_b:
        'Wenn Sie die Spirale aus der Dose ziehen und zum ersten Mal Ihre eigenen Negative gegen das Licht halten, ist der Zauber der Dunkelkammer zurück. Entdecken Sie Lumo.',
      marketing_copy_c: 'Solange der Vorrat reicht: Wechselsack gratis zu jedem Lumo-Set – jetzt zugreifen.',
    },
    {
      field: 'translated_description',
      find: 'sie fasst etwa 500 ml',
      replace: 'sie fasst etwa 750 ml',
      labels: ['number_dropped', 'number_invented'],
    },
    'Bei 20 °C dauert die Entwicklung etwa 8 bis 10 Minuten, und verdünnt lässt sich der Entwickler mehr als zehnmal wiederverwenden.',
  ),
  listing(
    'f02',
    'ultrasonic_jewellery_cleaners',
    'en',
    CLEAN_ZH,
    CLEAN_SRC,
    {
      translated_description:
        'The second-generation Clara UC-600 ultrasonic jewelry cleaner has a 600 ml (20 fl oz) tank and runs at 42,000 Hz. It starts at the press of a button and offers four timer settings: 90, 180, 300 and 480 seconds. Plain water is all it takes to make rings, necklaces, earrings and glasses sparkle, and more than ten small pieces fit in at once. The inner tank is made of 304 stainless steel, and the whole unit weighs about 1.1 kg (2.4 lb). A watch holder and a cleaning basket are included, so even a pair of tiny stud earrings won’t go astray.',
      seo_title: 'Clara UC-600 Ultrasonic Jewelry Cleaner, 600 ml, 2nd Gen',
      meta_description:
        'Second-generation Clara UC-600 ultrasonic cleaner: 600 ml tank, 42,000 Hz, one-button start and four timer settings. Cleans jewelry and glasses with water.',
      h1: 'Sparkling Rings and Glasses with Nothing but Water',
      marketing_copy_a:
        'Skip the jeweler’s cleaning fee: in 90 seconds at home, rings, chains and glasses get their shine back. Buy the Clara UC-600 now.',
      marketing_copy_b:
        'Your grandmother’s ring, glittering again the way it did on her wedding day. Some things deserve to shine. Discover Clara.',
      marketing_copy_c:
        'Order this week and get a spare cleaning basket free – add Clara to your cart today.',
    },
    {
      field: 'marketing_copy_a',
      find: 'in 90 seconds',
      replace: 'in 60 seconds',
      labels: [],
    },
    'It starts at the press of a button and offers four timer settings: 90, 180, 300 and 480 seconds.',
  ),
  listing(
    'f02',
    'ultrasonic_jewellery_cleaners',
    'ja',
    CLEAN_ZH,
    CLEAN_SRC,
    {
      translated_description:
        'Clara UC-600は第2世代の超音波ジュエリークリーナーです。タンク容量は600mL、周波数は42,000Hzで、ボタンひとつで洗浄を始められます。タイマーは90秒・180秒・300秒・480秒の4段階。水道水だけで指輪やネックレス、ピアス、メガネがきらきらによみがえり、小さなアクセサリーなら十数個をまとめて洗えます。内槽は304ステンレス製で、本体の重さは約1.1kgです。時計スタンドと洗浄バスケットが付属しているので、ペアの小さなピアスもなくしません。',
      seo_title: 'Clara UC-600 超音波洗浄機 600mL 第2世代',
      meta_description:
        '第2世代の超音波ジュエリークリーナー。容量600mL、周波数42,000Hz、タイマーは4段階。水だけで指輪やメガネの輝きがよみがえります。',
      h1: 'Clara 水だけで指輪もメガネもぴかぴかに',
      marketing_copy_a:
        'お店に預けなくても、おうちで気軽にアクセサリーのお手入れ。お気に入りをいつでも輝かせましょう。今すぐ購入。',
      marketing_copy_b:
        '祖母から受け継いだ指輪が、あの日のように光を取り戻す。大切な思い出を、もう一度輝かせませんか。ぜひチェックしてください。',
      marketing_copy_c: '今なら予備の洗浄バスケットをプレゼント。この機会にぜひお買い求めください。',
    },
    { field: 'seo_title', find: '600mL', replace: '800mL', labels: ['number_invented'] },
    'タイマーは90秒・180秒・300秒・480秒の4段階。',
  ),
  listing(
    'f03',
    'model_railway_starter_sets',
    'de',
    RAIL_ZH,
    RAIL_SRC,
    {
      translated_description:
        'Das Einsteigerset Tranzo H0 im Maßstab 1:87 enthält eine Dampflok, drei Wagen und 16 Gleisstücke für einen ovalen Rundkurs von etwa 120 × 80 cm; dazu passen über 100 Zubehörteile im gleichen Maßstab. Der Fahrregler arbeitet mit sicheren 12 Volt, und ein Dreh am Knopf regelt Tempo und Fahrtrichtung. In der Lok steckt ein leiser Motor der dritten Generation, vorne leuchtet ein LED-Spitzenlicht. Das komplette Set wiegt rund 2,5 kg und ist für Kinder ab 8 Jahren geeignet. Mit der bebilderten Anleitung gelingt der Aufbau garantiert: Vater und Sohn schaffen es zu zweit in etwa einer halben Stunde, bis der Zug seine Runden dreht.',
      seo_title: 'Tranzo H0 Modelleisenbahn-Startset, Maßstab 1:87',
      meta_description:
        'Startset Tranzo H0 im Maßstab 1:87: Dampflok, drei Wagen und 16 Gleisstücke für ein Oval von etwa 120 × 80 cm, dazu ein Fahrregler mit 12 Volt.',
      h1: 'Tranzo H0 – der erste eigene Rundkurs',
      marketing_copy_a:
        'Alles drin für den Start: Lok, Wagen, Gleise und Regler – auspacken, aufbauen, losfahren, ohne Zubehör nachkaufen zu müssen. Jetzt bestellen.',
      marketing_copy_b:
        'Die kleine Dampflok dreht ihre erste Runde, und plötzlich knien Vater und Sohn gemeinsam auf dem Wohnzimmerteppich. Solche Abende vergisst man nicht. Entdecken Sie Tranzo.',
      marketing_copy_c:
        'Zum Saisonstart gibt es ein Weichen-Erweiterungspaket gratis dazu – jetzt in den Warenkorb legen.',
    },
    { field: 'meta_description', find: 'mit 12 Volt', replace: 'mit 14 Volt', labels: ['number_invented'] },
    'Das komplette Set wiegt rund 2,5 kg und ist für Kinder ab 8 Jahren geeignet.',
  ),
  listing(
    'f03',
    'model_railway_starter_sets',
    'fr',
    RAIL_ZH,
    RAIL_SRC,
    {
      translated_description:
        'Le coffret de démarrage Tranzo H0, à l’échelle 1:87, comprend une locomotive à vapeur, trois wagons et 16 rails formant un circuit ovale d’environ 120 × 80 cm, compatible avec plus de 100 accessoires à la même échelle. Le régulateur fonctionne sous une tension de sécurité de 12 volts, et il suffit de tourner le bouton pour régler la vitesse et le sens de marche. La locomotive est équipée d’un moteur silencieux de 3e génération et d’un phare à LED. L’ensemble pèse environ 2,5 kg et convient aux enfants dès 8 ans. Grâce à la notice illustrée, le montage se fait sans risque d’erreur : à deux, un père et son fils font rouler le train en une demi-heure environ.',
      seo_title: 'Coffret de train électrique Tranzo H0, échelle 1:87',
      meta_description:
        'Coffret de démarrage Tranzo H0 à l’échelle 1:87 : locomotive à vapeur, trois wagons et 16 rails pour un ovale d’environ 120 × 80 cm. Dès 8 ans.',
      h1: 'Tranzo H0, le premier circuit de la famille',
      marketing_copy_a:
        'Locomotive, wagons, rails et régulateur : tout est dans la boîte pour démarrer sans acheter d’accessoires en plus. Commandez votre Tranzo.',
      marketing_copy_b:
        'La petite locomotive boucle son premier tour, et voilà père et fils à genoux sur le tapis du salon, les yeux brillants. Découvrez Tranzo.',
      marketing_copy_c:
        'Pour la rentrée, un lot d’aiguillages offert avec chaque coffret : profitez-en dès maintenant.',
    },
    {
      field: 'translated_description',
      find: 'pèse environ 2,5 kg',
      replace: 'pèse environ 3,5 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Le régulateur fonctionne sous une tension de sécurité de 12 volts, et il suffit de tourner le bouton pour régler la vitesse et le sens de marche.',
  ),
  listing(
    'f04',
    'wine_aerators',
    'en',
    WINE_ZH,
    WINE_SRC,
    {
      translated_description:
        'The Vinaro A3 aerator mixes air into the wine as you pour, cutting the usual 1 to 2 hours of breathing time down to a few seconds. Its double-layer filter catches sediment and bits of cork. Wine flows at about 30 ml (1 fl oz) per second, so a 750 ml (25.4 fl oz) bottle is poured in under half a minute, and the aroma opens up by about 40%. It comes apart for cleaning and ships with a no-drip stand and a storage pouch, which makes it as good a gift as it is a treat for your own table. Please do not drink alcohol if you are under 18.',
      seo_title: 'Vinaro A3 Wine Aerator Pourer for 750 ml Bottles',
      meta_description:
        'Vinaro A3 wine aerator: breathes wine as you pour, cuts 1 to 2 hours of decanting to seconds, and its double-layer filter catches sediment and cork.',
      h1: 'Let Your Wine Breathe in Seconds',
      marketing_copy_a:
        'No decanter, no waiting and nothing bulky to wash – just a pourer that rinses clean under the tap. Get the Vinaro A3 today.',
      marketing_copy_b:
        'The cork comes out, the first glass is poured, and the wine already tastes the way the winemaker meant it to. Savor the moment and discover Vinaro.',
      marketing_copy_c: 'Gift season offer: a free gift box with every Vinaro A3 – order now while it lasts.',
    },
    { field: 'seo_title', find: '750 ml', replace: '700 ml', labels: ['number_invented'] },
    'Please do not drink alcohol if you are under 18.',
  ),
  listing(
    'f04',
    'wine_aerators',
    'es',
    WINE_ZH,
    WINE_SRC,
    {
      translated_description:
        'El aireador Vinaro A3 oxigena el vino mientras lo sirves y reduce a unos segundos la decantación, que normalmente lleva de 1 a 2 horas. Su filtro de doble capa retiene los posos y los restos de corcho. El vino sale a unos 30 ml por segundo, así que una botella de 750 ml se sirve en menos de medio minuto, y el aroma se libera alrededor de un 40 % más. Se desmonta para lavarlo e incluye una base antigoteo y una funda, ideal tanto para regalar como para uso propio. No apto para menores de 18 años.',
      seo_title: 'Aireador de vino Vinaro A3 con filtro de doble capa',
      meta_description:
        'Aireador de vino Vinaro A3: oxigena mientras sirves y deja en segundos lo que en un decantador lleva de 1 a 2 horas. Con filtro de doble capa y base antigoteo.',
      h1: 'Vinaro A3, tu vino listo al servirlo',
      marketing_copy_a:
        'Sin decantador ni esperas: un aireador que se lava en un momento y cabe en cualquier cajón. Cómpralo ya.',
      marketing_copy_b:
        'Descorchas, sirves la primera copa y el vino ya sabe como lo soñó el bodeguero. Esos momentos merecen un brindis. Descubre Vinaro.',
      marketing_copy_c: 'Por temporada de regalos, caja de regalo gratis con cada Vinaro A3: pídelo hoy.',
    },
    {
      field: 'translated_description',
      replace: 'Compatible con botellas de hasta 1,5 litros.',
      labels: ['number_invented'],
    },
    'El vino sale a unos 30 ml por segundo, así que una botella de 750 ml se sirve en menos de medio minuto, y el aroma se libera alrededor de un 40 % más.',
  ),
  listing(
    'f05',
    'rock_tumblers',
    'ja',
    ROCK_ZH,
    ROCK_SRC,
    {
      translated_description:
        'Gemzy RT-2はドラムを2本備えた宝石研磨機です。3ポンドのドラム2本を同時に回せて、各ドラムに約1.4kg、数十個の石を入れられます。4段階分の研磨剤が各150g入り、さらに原石約450gも付いてきます。各段階で約7日間回転させ、全工程は約4週間。ざらざらの石がガラスのようにつやつやに仕上がります。モーターは24時間の連続運転に対応し、運転音は50dB未満です。対象年齢は10歳以上で、大人と一緒にお使いください。とても楽しい科学のプレゼントになります。',
      seo_title: 'Gemzy RT-2 宝石研磨機 ダブルドラム 研磨剤セット',
      meta_description:
        '3ポンドのドラム2本を同時に回せる宝石研磨機。4段階の研磨剤と原石付きで、約4週間で石がガラスのようなつやに。',
      h1: 'Gemzy 河原の石が宝石に変わる研磨キット',
      marketing_copy_a:
        '研磨剤も原石もそろっているから、届いたその日から始められます。夏休みの自由研究にもぴったり。今すぐ購入。',
      marketing_copy_b:
        'ふたを開けるたびに、石が少しずつ輝きを増していく。その変化を、親子で楽しみませんか。ぜひチェックしてください。',
      marketing_copy_c: '今なら研磨剤の追加セットをプレゼント中。お早めにご注文ください。',
    },
    {
      field: 'translated_description',
      find: '約7日間',
      replace: '約5日間',
      labels: ['number_dropped', 'number_invented'],
    },
    'モーターは24時間の連続運転に対応し、運転音は50dB未満です。',
  ),
  listing(
    'f05',
    'rock_tumblers',
    'fr',
    ROCK_ZH,
    ROCK_SRC,
    {
      translated_description:
        'Le polisseur de pierres Gemzy RT-2 est équipé de deux tambours de 3 livres qui tournent en même temps ; chacun accueille environ 1,4 kg de pierres, soit des dizaines de cailloux. Le coffret comprend des abrasifs pour quatre étapes, 150 g de chaque, ainsi qu’environ 450 g de pierres brutes offertes. Chaque étape dure environ 7 jours, soit près de 4 semaines au total, et les pierres rugueuses ressortent lisses et brillantes comme du verre. Le moteur peut tourner 24 heures sur 24, pour un bruit inférieur à 50 dB. Il convient aux enfants dès 10 ans, accompagnés d’un adulte, et fait un cadeau scientifique passionnant.',
      seo_title: 'Polisseur de pierres Gemzy RT-2 à double tambour',
      meta_description:
        'Polisseur de pierres Gemzy RT-2 : deux tambours de 3 livres, abrasifs pour quatre étapes et pierres brutes offertes. Des pierres brillantes en 4 semaines.',
      h1: 'Gemzy, des galets qui deviennent des joyaux',
      marketing_copy_a:
        'Abrasifs, pierres brutes et double tambour : tout est prêt pour commencer dès l’ouverture du colis. Commandez votre Gemzy.',
      marketing_copy_b:
        'Chaque semaine, on ouvre le tambour et les pierres brillent un peu plus. Un petit émerveillement à partager en famille. Découvrez Gemzy.',
      marketing_copy_c:
        'Ce mois-ci, un sachet d’abrasifs supplémentaire est offert avec chaque Gemzy RT-2 : commandez-le dès maintenant.',
    },
    { field: 'marketing_copy_c', replace: 'Livraison en 48 heures.', labels: [] },
    'Le moteur peut tourner 24 heures sur 24, pour un bruit inférieur à 50 dB.',
  ),
  listing(
    'f06',
    'reptile_heat_lamps',
    'de',
    HEAT_ZH,
    HEAT_SRC,
    {
      translated_description:
        'Das Wärmelampen-Set Terrax HL-100 für Reptilien enthält zwei Keramik-Heizstrahler mit je 100 W. Sie geben nur Wärme und kein Licht ab und stören Ihre Tiere daher nachts nicht beim Schlafen. Die Fassung hat ein E27-Gewinde, der Reflektor lässt sich um 360 Grad drehen und misst rund 14 cm im Durchmesser. Mit dem mitgelieferten Thermostat stellen Sie die Temperatur zwischen 20 und 42 °C ein, die Abweichung liegt bei höchstens ±1 °C. Die Lebensdauer liegt bei mehr als 10.000 Stunden. Geeignet für Geckos, Bartagamen und Schildkröten; für ein Terrarium von 50 bis 60 cm reicht ein einziger Strahler.',
      seo_title: 'Terrax HL-100 Keramik-Wärmelampe, 2er-Set, 100 W',
      meta_description:
        'Terrax HL-100: zwei Keramik-Wärmestrahler mit je 100 W, die nur wärmen statt leuchten, mit E27-Fassung, drehbarem Reflektor und Thermostat für 20 bis 42 °C.',
      h1: 'Terrax – Wärme für Reptilien, Tag und Nacht',
      marketing_copy_a:
        'Ein Set, das alles mitbringt: zwei Strahler, Reflektor und Thermostat, damit Ihr Terrarium ohne Zusatzkäufe die richtige Temperatur hält. Jetzt bestellen.',
      marketing_copy_b:
        'Ihr Gecko liegt entspannt auf seinem Lieblingsstein, warm und ungestört, auch mitten in der Nacht. So fühlt sich ein Zuhause an. Entdecken Sie Terrax.',
      marketing_copy_c:
        'Diese Woche gibt es ein Terrarium-Thermometer gratis zu jedem Set – jetzt zugreifen.',
    },
    { field: 'seo_title', find: '100 W', replace: '150 W', labels: ['number_invented'] },
    'Die Lebensdauer liegt bei mehr als 10.000 Stunden.',
  ),
  listing(
    'f06',
    'reptile_heat_lamps',
    'es',
    HEAT_ZH,
    HEAT_SRC,
    {
      translated_description:
        'El kit de lámparas calefactoras Terrax HL-100 para reptiles incluye dos bombillas cerámicas de 100 W. Solo dan calor, no luz, así que no alteran el descanso de tus animales por la noche. El portalámparas es de rosca E27 y la pantalla gira 360 grados, con un diámetro de unos 14 cm. El termostato inteligente incluido permite fijar la temperatura entre 20 y 42 °C, con un margen de error de ±1 °C como máximo. Cada bombilla dura más de 10.000 horas. Es ideal para geckos, dragones barbudos y tortugas; para un terrario de 50 a 60 cm basta con una sola bombilla.',
      seo_title: 'Lámpara cerámica para reptiles Terrax HL-100, 100 W',
      meta_description:
        'Kit Terrax HL-100 con dos bombillas cerámicas de 100 W que dan calor sin luz, rosca E27, pantalla giratoria y termostato de 20 a 42 °C. Ideal para geckos.',
      h1: 'Terrax, calor para tus reptiles día y noche',
      marketing_copy_a:
        'Dos bombillas de 100 W, pantalla giratoria y termostato en una sola caja: tu terrario a la temperatura justa sin compras extra. Pídelo ya.',
      marketing_copy_b:
        'Tu gecko se estira sobre su piedra favorita, calentito y tranquilo incluso de madrugada. Así se siente un hogar de verdad. Descubre Terrax.',
      marketing_copy_c: 'Esta semana, termómetro para terrario de regalo con cada kit. Pídelo hoy mismo.',
    },
    { field: 'marketing_copy_a', find: 'de 100 W', replace: 'de 120 W', labels: [] },
    'El termostato inteligente incluido permite fijar la temperatura entre 20 y 42 °C, con un margen de error de ±1 °C como máximo.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const chars = (text: string) => [...text].length;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

// en: listing 1 (film developing kit) takes styles 0-2, listing 2 (jewelry cleaner) 3-5, listing 3 (wine aerator) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Would you like “stop bath” throughout, or does your shop say “stop solution”? I’ve gone with stop bath for now.\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHope this works for the darkroom launch – happy to tweak any of it!`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'I kept the film formats exactly as the source names them, since that is how film shooters search for them.',
    ),
  }),
  (c) => ({ h1: `${c.h1} [or, punchier: Just Add Water and Watch It Shine]` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n— ${chars(c.marketing_copy_a)} characters, so it should fit the promo banner; say the word if you need it tighter.`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nThe original doesn’t say whether the cleaner is safe for pearls or opals, so I left that out rather than guess – worth checking with the supplier.`,
  }),
  (c) => ({ marketing_copy_b: `"marketing_copy_b": "${c.marketing_copy_b}"` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '† “Breathing” and “decanting” are used interchangeably in this text, the way US wine writers use them.',
    ),
  }),
  (c) => ({ marketing_copy_c: `PROMO LINE (for the banner)\n${c.marketing_copy_c}` }),
];

// de: listing 1 (film developing kit) takes styles 0-2, listing 2 (model railway) 3-5, listing 3 (heat lamp) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    h1: `${c.h1} (kept “Dunkelkammer” instead of “Darkroom” – German hobbyists use the native word)`,
  }),
  (c) => ({
    translated_description: `Soll ich durchgehend „Stoppbad“ schreiben oder lieber „Unterbrecherbad“? Unten steht vorerst Stoppbad.\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n(${wordCount(c.marketing_copy_b)} Wörter, das passt also in den Teaser-Kasten.)`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nGerne passe ich den Ton noch an, falls es etwas verspielter klingen soll.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Den Maßstab nenne ich gleich im ersten Satz, weil Modellbahner zuerst danach filtern.',
    ),
  }),
  (c) => ({ marketing_copy_c: `aktionstext: |\n  ${c.marketing_copy_c}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nOb der Thermostat eine Nachtabsenkung hat, geht aus der Vorlage nicht hervor – das habe ich deshalb offengelassen.`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\nOder, etwas nüchterner: „Konstante Wärme, ruhige Nächte. Entdecken Sie Terrax.“`,
  }),
  (c) => ({
    h1: `${c.h1}*\n*„Wärmestrahler“ statt „Heizlampe“, weil das Gerät kein Licht abgibt – bitte kurz bestätigen.`,
  }),
];

// ja: listing 1 (jewelry cleaner) takes styles 0-2, listing 2 (rock tumbler) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `ご依頼の商品説明文をお送りします。\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nもう少しカジュアルな語り口がよろしければ、書き直しましょうか？`,
  }),
  (c) => ({
    h1: `${c.h1} (used “ピアス” since most shoppers there wear pierced earrings – swap in イヤリング if you prefer)`,
  }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      2,
      '研磨剤の量は原文どおり段階ごとに書き、合計にはまとめませんでした。',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n（全角で${chars(c.marketing_copy_a)}文字になっています）`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n※原文に対応する石の種類が書かれていなかったため、石の種類には触れていません。`,
  }),
];

// es: listing 1 (wine aerator) takes styles 0-2, listing 2 (heat lamp) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_a: `Texto A (beneficio):\n${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: `${c.translated_description} (Went with “aireador” rather than “decantador”, since the product pours the wine instead of holding it.)`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} ¿Quieres que prepare también una versión para Latinoamérica?`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'El original no indica la longitud del cable, así que no la he incluido.',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n¡Espero que te sirva! Si quieres otro tono, me dices.`,
  }),
  (c) => ({ h1: `"h1": "${c.h1}",` }),
];

// fr: listing 1 (model railway) takes styles 0-2, listing 2 (rock tumbler) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\nVariante plus sobre : « Un circuit, une soirée en famille. Découvrez Tranzo. »`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'J’ai préféré « coffret de démarrage » à « kit de départ », plus courant chez les modélistes.',
    ),
  }),
  (c) => ({ h1: `${c.h1} — should the H1 stay in sentence case, or do you want title case here?` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (${chars(c.marketing_copy_a)} caractères, espaces compris)`,
  }),
  (c) => ({ translated_description: `---\nchamp : description_longue\n---\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nDites-moi si vous souhaitez une version plus courte pour les réseaux sociaux.`,
  }),
];

export const ROUND_45_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap ultrasonic cleaners rattle themselves apart within weeks.',
      'Knockoff aerators drip wine all over the tablecloth.',
      'Counterfeit developer can ruin a whole roll of film.',
      'Imitation tumblers burn out long before the final polish.',
    ],
    slogans: ['Brilliance you can see.', 'Small rituals, lasting shine.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Gift Idea, Hobby Supplies, Best Seller, Fast Free Shipping',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Wärmestrahler werden oft gefährlich heiß.',
      'Gefälschte Entwicklerchemie kann einen ganzen Film ruinieren.',
      'Plagiate von Markenloks entgleisen in jeder Kurve.',
      'Finger weg von Imitaten aus dem Ramschregal.',
    ],
    slogans: ['Wärme, die bleibt.', 'Kleine Bahn, große Momente.'],
    chineseLeftovers: [],
    duplicateLead: 'Auf den Punkt gebracht: ',
    titleStuffing: ' | Hobbybedarf, Geschenkidee, Bestseller, Angebot, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の洗浄機はすぐに壊れてしまいます。',
      '偽物の研磨剤では石が傷だらけになります。',
      'コピー品のドラムは水漏れしやすいです。',
      '粗悪な模倣品にはご注意ください。',
    ],
    slogans: ['石も心も、磨かれていく。', '小さな輝きを、毎日に。'],
    chineseLeftovers: ['这款清洗机只用清水就能洗干净。', '石头打磨后会变得像玻璃一样亮。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜プレゼント 人気 おすすめ 送料無料 ランキング 父の日',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las lámparas baratas se recalientan enseguida.',
      'Las imitaciones de aireadores gotean por todas partes.',
      'Un termostato falso puede poner en peligro a tu reptil.',
      'No te fíes de las copias de los mercadillos.',
    ],
    slogans: ['Calor que se nota.', 'El vino, en su mejor momento.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Regalo original, hobby, más vendido, oferta, envío gratis',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les polisseurs pas chers tombent en panne au bout de quelques semaines.',
      'Les contrefaçons de locomotives déraillent sans cesse.',
      'Un faux abrasif raye les pierres au lieu de les polir.',
      'Méfiez-vous des imitations vendues sur les marchés.',
    ],
    slogans: ['Le plaisir du beau travail.', 'Des pierres qui racontent une histoire.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Idée cadeau, loisirs, meilleure vente, promo, livraison offerte',
  },
};
