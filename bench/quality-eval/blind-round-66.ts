// Blind set, round 66 (written without reading the gate, committed before it is scored): six food, cosmetics, phone,
// battery, kitchen and pet products in the categories freeze_dried_fruit_snacks, niacinamide_serums, smartphones,
// rechargeable_aa_batteries, milk_frothers and tofu_cat_litter, 12 hand-written listings kept as close as possible to
// the register of the shared dev set (Chinese shop descriptions of five to eight sentences with digits and units, a
// few Chinese numerals, 约/以上/低于, percentages written as 百分之 and %, net weight and shelf life; localised copy
// that follows the source sentence by sentence, a "Brand Product, Spec" title, a spec-led meta and three short copies
// ending in a call to action), three artifact styles per listing and wording of its own (this round: the kinds the
// README names – a friendly lead-in, an AI disclaimer, a sign-off, code fences, HTML tags, a markdown label and a
// field-label prefix – plus some a real model leaves – a JSON key around a field, a markdown heading above it and a
// closing offer to write another version – each in the listing's own language: “Hier ist die Übersetzung”, 以下、
// 日本語訳です, “Aquí tienes la traducción”, “Voici la traduction”; no digits in artifacts that land in the
// description, title or meta).
// Legitimate numbers:
// Fruvia 零下40℃ (-40 °C, マイナス40℃), 100克 and 约1.5克 (about 1.5 g per 100 g, 100gあたり約1.5g), 6袋 (6 bags, 6袋),
// 35克 (35 g, 各35g), 保质期12个月 (shelf life 12 months, 賞味期限は12か月), variety 红颜 (Hongyan, 紅ほっぺ: no number);
// Lumelle 5% niacinamide (5 %, 5 % de niacinamide), 2% arbutin (2 %), 30毫升 (30 ml), 2到3滴 (2 bis 3 Tropfen, 2 à 3
// gouttes), 两个月 (zwei Monate, deux mois), 28天 (28 Tagen, 28 jours), 百分之23 (23 %), 6个月 (6 Monaten, 6 mois),
// idioms 一抹 (zieht sofort ein, pénètre instantanément) and 一瓶 (eine Flasche, un flacon: an article, not a spec);
// Novaro X5 (model), 5G, 6.7英寸 (6.7-inch, 6,7 pulgadas), 120Hz (120 Hz), 8GB, 256GB, 1TB (1 TB), 三摄 (three rear
// cameras, tres cámaras), 5000mAh (5,000 mAh, 5000 mAh), 67W (67 W), 约40分钟 (about 40 minutes, unos 40 minutos),
// 8.1毫米 (8.1 mm, 8,1 mm), 约185克 (around 185 g, unos 185 g), Android 14, 双卡双待 (dual SIM, doble SIM: dual, not a
// number), 单手 (single-handed: not a number);
// Cellion AA (AAサイズ: no digit; 単3形 deliberately avoided, it would add a 3), 2800mAh (2.800 mAh, 2800mAh), 1.2V
// (1,2 V, 1.2V), 约1200次 (rund 1.200-mal, 約1200回), 存放1年 (nach 1 Jahr, 1年保管), 百分之80 (80 %, 80%), 8节 (8 Akkus,
// 8本), 4个充电槽 (4 Ladeschächte, スロットが4つ), USB-C (no number);
// Lattora 300毫升 (300 ml), 150毫升 (150 ml), 四种模式 (four modes, quatre modes), 约2分钟 (about 2 minutes, 2 minutes
// environ), 60至65℃ (60–65 °C (140–149 °F), entre 60 et 65 °C), 500瓦 (500 W), 360° (360°), idioms 一键 (at the press of
// a button, d'une simple pression) and 一擦 (wipes clean, d'un simple coup de chiffon);
// Purrla 约2毫米 (etwa 2 mm, unos 2 mm), 3秒 (3 Sekunden, 3 segundos), 3倍 (das Dreifache, 3 veces), 约20天 (etwa 20 Tage,
// unos 20 días), 低于百分之0.5 (unter 0,5 %, inferior al 0,5 %), 2.5公斤 (2,5 kg), 一箱4包 (4 Beutel, 4 bolsas: 一箱 and
// 一包 are like 一套, a box and a pack, not specs), 保质期18个月 (18 Monate, 18 meses).
import type { Language } from '@content-pipeline/languages';
import { type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const FRUIT_ZH = 'Fruvia 冻干草莓脆 35克×6袋';
const FRUIT_SRC =
  'Fruvia 冻干草莓脆精选丹东红颜草莓，采用零下40℃真空冷冻干燥工艺，最大程度保留草莓原有的色泽和营养。不添加蔗糖、非油炸、无防腐剂，每100克仅含约1.5克脂肪。口感酥脆，入口即化，大人小孩都爱吃。每盒6袋，每袋净含量35克，独立小包装，上班、出游随手带上就走。还可以搭配酸奶、燕麦片一起吃。保质期12个月，请置于阴凉干燥处保存，开封后请尽快食用。';
const SERUM_ZH = 'Lumelle 5%烟酰胺亮肤精华液 30毫升';
const SERUM_SRC =
  'Lumelle 烟酰胺精华液含5%高纯度烟酰胺，搭配2%熊果苷和透明质酸钠，帮助提亮肤色、淡化痘印，同时为肌肤补充水分。质地清爽如水，轻轻一抹就吸收，不黏腻，油皮和混合皮都适用。每瓶30毫升，采用滴管设计，每次2到3滴就能涂满全脸，一瓶大约可以用两个月。经独立实验室测试，连续使用28天后，肤色均匀度提升百分之23。不含酒精和香精，敏感肌也能放心用。开封后请在6个月内用完。';
const PHONE_ZH = 'Novaro X5 5G智能手机 8GB+256GB';
const PHONE_SRC =
  'Novaro X5 配备6.7英寸AMOLED曲面屏，支持120Hz高刷新率，刷视频、玩游戏都顺滑跟手。运行内存8GB，机身存储256GB，照片和App随便装，还支持最高1TB的存储卡扩展。后置三摄，主摄支持光学防抖，夜景也能拍得清清楚楚。内置5000mAh大电池，支持67W有线快充，约40分钟即可充满。机身厚度8.1毫米，重约185克，单手握持也舒适。支持双卡双待和5G网络，出厂预装Android 14系统。';
const BATTERY_ZH = 'Cellion AA镍氢充电电池 2800mAh 8节装 含充电器';
const BATTERY_SRC =
  'Cellion AA镍氢充电电池单节容量高达2800mAh，标称电压1.2V，可反复充电约1200次，长期使用比干电池省钱得多。采用低自放电技术，充满后存放1年仍能保持百分之80的电量，拿出来就能用。套装包含8节电池和智能充电器，充电器设有4个独立充电槽，每个槽位都有LED指示灯，充满自动断电。充电器采用USB-C接口供电，用手机充电头就能充。适用于游戏手柄、相机闪光灯、遥控器和儿童玩具。';
const FROTHER_ZH = 'Lattora 冷热电动奶泡机 300毫升';
const FROTHER_SRC =
  'Lattora 电动奶泡机杯体容量300毫升，打奶泡时加奶不超过150毫升刻度线，单纯加热牛奶可加到300毫升。提供四种模式：热厚奶泡、热薄奶泡、冷奶泡和热牛奶，一键启动，约2分钟就能打出绵密奶泡。加热温度控制在60至65℃，牛奶不易煮糊。内胆采用不粘涂层，用湿布轻轻一擦就干净。功率500瓦，杯体可在底座上360°旋转，取放方便。附赠备用打泡圈，做热可可、抹茶拿铁也很合适。';
const LITTER_ZH = 'Purrla 原味豆腐猫砂 2.5公斤×4包';
const LITTER_SRC =
  'Purrla 豆腐猫砂以食品级大豆纤维和玉米淀粉为原料，颗粒直径约2毫米，猫咪踩上去不硌脚。遇水3秒快速结团，结团紧实不易散，铲起来干干净净。吸水量可达自身重量的3倍，除臭效果持久，一包约可用20天。粉尘含量低于百分之0.5，倒砂时不呛鼻。用过的猫砂可直接冲入马桶，省去倒垃圾的麻烦。每包净重2.5公斤，一箱4包，保质期18个月，请存放在干燥处。';

export const ROUND_66_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'freeze_dried_fruit_snacks',
    'en',
    FRUIT_ZH,
    FRUIT_SRC,
    {
      translated_description:
        'Fruvia freeze-dried strawberry crisps are made from hand-selected Hongyan strawberries grown in Dandong. The berries are vacuum freeze-dried at -40 °C, a process that keeps as much of their natural colour and nutrients as possible. With no added sugar, no frying and no preservatives, they contain only about 1.5 g of fat per 100 g. Light and crunchy, they melt in the mouth, and grown-ups love them as much as kids do. Each box holds 6 individually packed bags with a net weight of 35 g each, easy to slip into your bag on the way to work or on a day out. They are also delicious sprinkled over yoghurt or oats. Shelf life is 12 months; store in a cool, dry place and enjoy soon after opening.',
      seo_title: 'Fruvia Freeze-Dried Strawberry Crisps, 6 × 35 g',
      meta_description:
        'Crunchy freeze-dried Dandong strawberries with no added sugar, no frying and no preservatives. Each box holds 6 individually packed 35 g bags.',
      h1: 'Fruvia Freeze-Dried Strawberries, Nothing Added',
      marketing_copy_a:
        'Just strawberries, freeze-dried at -40 °C: no added sugar, no frying, no preservatives and only about 1.5 g of fat per 100 g. Six handy bags in every box. Order yours today.',
      marketing_copy_b:
        'That first bite of a sun-ripened strawberry, crisp and bright, in the middle of a grey Tuesday. Tear open a bag and it is summer again for a moment. Discover Fruvia.',
      marketing_copy_c:
        'Our spring harvest has just landed, and the first batch never lasts long. Add a box to your cart now and stock up for the weeks ahead.',
    },
    {
      field: 'meta_description',
      find: 'packed 35 g bags',
      replace: 'packed 40 g bags',
      labels: ['number_invented'],
    },
    'Shelf life is 12 months; store in a cool, dry place and enjoy soon after opening.',
  ),
  listing(
    'p01',
    'freeze_dried_fruit_snacks',
    'ja',
    FRUIT_ZH,
    FRUIT_SRC,
    {
      translated_description:
        'Fruviaのフリーズドライいちごは、丹東産の紅ほっぺを厳選して使用しています。マイナス40℃で真空凍結乾燥しているので、いちご本来の色と栄養をできるだけそのまま残しています。砂糖不使用・ノンフライ・保存料無添加で、脂質は100gあたり約1.5gだけ。サクッと軽い食感で口の中でほどけ、大人にも子どもにも人気です。6袋入りで、内容量は各35g。個包装なので、通勤やお出かけのときにもさっと持ち出せます。ヨーグルトやオートミールにのせて食べるのもおすすめです。賞味期限は12か月で、涼しく乾燥した場所で保存してください。開封後はなるべく早くお召し上がりください。',
      seo_title: 'Fruvia フリーズドライいちご 35g×6袋 砂糖不使用',
      meta_description:
        '丹東産の紅ほっぺをマイナス40℃でフリーズドライ。砂糖不使用・ノンフライ・保存料無添加で、サクサク軽い食感です。35gの個包装が6袋入り。',
      h1: 'Fruvia 紅ほっぺをそのままサクッと',
      marketing_copy_a:
        '原材料はいちごだけ。砂糖も油も保存料も使わず、脂質は100gあたり約1.5g。毎日のおやつに安心して選べます。ご注文はこちらから。',
      marketing_copy_b:
        '疲れた午後、袋を開けると広がる甘酸っぱい香り。ひと粒ごとに、春のいちご畑を思い出します。ぜひ一度お試しください。',
      marketing_copy_c: '今季収穫分の初回入荷は数量限定です。なくなる前に、今すぐカートへ。',
    },
    {
      field: 'translated_description',
      find: 'マイナス40℃で真空凍結乾燥',
      replace: 'マイナス30℃で真空凍結乾燥',
      labels: ['number_dropped', 'number_invented'],
    },
    '賞味期限は12か月で、涼しく乾燥した場所で保存してください。',
  ),
  listing(
    'p02',
    'niacinamide_serums',
    'de',
    SERUM_ZH,
    SERUM_SRC,
    {
      translated_description:
        'Das Lumelle Niacinamid-Serum enthält 5 % hochreines Niacinamid, kombiniert mit 2 % Arbutin und Natriumhyaluronat. Es lässt den Teint strahlender wirken, mildert Pickelmale und spendet der Haut zugleich Feuchtigkeit. Die Textur ist leicht wie Wasser, zieht beim Auftragen sofort ein und klebt nicht – ideal für fettige und Mischhaut. Jede Flasche enthält 30 ml und hat eine praktische Pipette: 2 bis 3 Tropfen reichen für das ganze Gesicht, sodass eine Flasche rund zwei Monate hält. In einem unabhängigen Labortest verbesserte sich die Ebenmäßigkeit des Hautbilds nach 28 Tagen regelmäßiger Anwendung um 23 %. Ohne Alkohol und Duftstoffe, daher auch für empfindliche Haut geeignet. Nach dem Öffnen innerhalb von 6 Monaten aufbrauchen.',
      seo_title: 'Lumelle Serum mit 5 % Niacinamid und Arbutin, 30 ml',
      meta_description:
        'Leichtes Serum mit 5 % Niacinamid, 2 % Arbutin und Hyaluronat für einen strahlenderen Teint. 30 ml mit Pipette, ohne Alkohol und Duftstoffe.',
      h1: 'Lumelle Niacinamid-Serum für einen ebenmäßigen Teint',
      marketing_copy_a:
        '5 % Niacinamid, 2 % Arbutin und leichte Feuchtigkeit in einem Fläschchen, das rund zwei Monate reicht. Pflege, die sich Tropfen für Tropfen auszahlt. Jetzt bestellen.',
      marketing_copy_b:
        'Morgens in den Spiegel schauen und einen frischen, gleichmäßigen Teint sehen – ganz ohne Make-up. Ein paar Tropfen am Abend, und Ihre Haut dankt es Ihnen. Entdecken Sie Lumelle.',
      marketing_copy_c:
        'Das Lumelle Serum ist neu eingetroffen, und die erste Charge ist limitiert. Jetzt kaufen und mit frischem Glow in den Frühling starten.',
    },
    {
      field: 'translated_description',
      find: 'um 23 %',
      replace: 'um 32 %',
      labels: ['number_dropped', 'number_invented'],
    },
    'Nach dem Öffnen innerhalb von 6 Monaten aufbrauchen.',
  ),
  listing(
    'p02',
    'niacinamide_serums',
    'fr',
    SERUM_ZH,
    SERUM_SRC,
    {
      translated_description:
        'Le sérum Lumelle contient 5 % de niacinamide de haute pureté, associé à 2 % d’arbutine et à du hyaluronate de sodium. Il aide à illuminer le teint et à estomper les marques d’acné, tout en hydratant la peau. Sa texture fluide comme de l’eau pénètre instantanément sans coller et convient aux peaux grasses comme aux peaux mixtes. Chaque flacon de 30 ml est muni d’une pipette : 2 à 3 gouttes suffisent pour tout le visage, si bien qu’un flacon dure environ deux mois. Testé par un laboratoire indépendant : après 28 jours d’utilisation régulière, l’uniformité du teint s’est améliorée de 23 %. Sans alcool ni parfum, il convient aussi aux peaux sensibles. À utiliser dans les 6 mois après ouverture.',
      seo_title: 'Sérum Lumelle 5 % niacinamide et arbutine, 30 ml',
      meta_description:
        'Sérum léger à 5 % de niacinamide et 2 % d’arbutine, avec du hyaluronate, pour un teint plus lumineux. Flacon de 30 ml à pipette, sans alcool ni parfum.',
      h1: 'Lumelle, le sérum niacinamide pour un teint unifié',
      marketing_copy_a:
        '5 % de niacinamide, 2 % d’arbutine et une hydratation légère, dans un flacon qui dure environ deux mois. Un soin efficace, goutte après goutte. Commandez le vôtre dès aujourd’hui.',
      marketing_copy_b:
        'Se regarder dans le miroir le matin et y trouver un teint frais et uniforme, même sans maquillage. Quelques gouttes le soir, et votre peau vous dit merci. Découvrez Lumelle.',
      marketing_copy_c:
        'Le sérum Lumelle vient d’arriver et le premier lot est limité. Profitez-en : ajoutez-le à votre panier avant la rupture de stock.',
    },
    { field: 'seo_title', find: '30 ml', replace: '50 ml', labels: ['number_invented'] },
    'À utiliser dans les 6 mois après ouverture.',
  ),
  listing(
    'p03',
    'smartphones',
    'en',
    PHONE_ZH,
    PHONE_SRC,
    {
      translated_description:
        'The Novaro X5 features a 6.7-inch curved AMOLED display with a 120Hz refresh rate, so videos and games feel silky smooth and responsive. With 8 GB of RAM and 256 GB of storage, there is plenty of room for photos and apps, and a memory card adds up to 1 TB more. Around the back are three cameras, and the main camera’s optical image stabilisation keeps even night shots crisp and clear. A large 5,000 mAh battery supports 67W wired fast charging and fills up in about 40 minutes. At 8.1 mm thin and around 185 g, it is comfortable to hold even when used single-handed. The phone supports dual SIM, dual standby and 5G networks, and ships with Android 14.',
      seo_title: 'Novaro X5 5G Smartphone, 8 GB + 256 GB, 6.7-Inch AMOLED',
      meta_description:
        'Novaro X5 5G phone with a 6.7-inch 120Hz AMOLED screen, 8 GB RAM, 256 GB storage and a 5,000 mAh battery that charges at 67W in about 40 minutes.',
      h1: 'Novaro X5: Smooth Screen, Big Battery, Room to Spare',
      marketing_copy_a:
        'A 120Hz AMOLED screen, 256 GB of storage and a full charge in around 40 minutes – flagship comfort without the flagship price tag. Order your Novaro X5 today.',
      marketing_copy_b:
        'Your daughter’s first steps, city lights from the night train, the last song of the concert. Keep every moment as sharp as you remember it. Discover the Novaro X5.',
      marketing_copy_c:
        'Launch week only: a free case and screen protector with every Novaro X5. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      replace: 'It is also rated IP68 for water and dust resistance.',
      labels: ['number_invented'],
    },
    'At 8.1 mm thin and around 185 g, it is comfortable to hold even when used single-handed.',
  ),
  listing(
    'p03',
    'smartphones',
    'es',
    PHONE_ZH,
    PHONE_SRC,
    {
      translated_description:
        'El Novaro X5 cuenta con una pantalla AMOLED curva de 6,7 pulgadas y una tasa de refresco de 120 Hz, para que vídeos y juegos se vean fluidos y respondan al instante. Con 8 GB de RAM y 256 GB de almacenamiento tienes espacio de sobra para fotos y apps, y además admite tarjetas de memoria de hasta 1 TB. Detrás lleva tres cámaras, y la principal cuenta con estabilización óptica para que incluso las fotos nocturnas salgan nítidas. Su gran batería de 5000 mAh admite carga rápida por cable de 67 W y se carga por completo en unos 40 minutos. Con 8,1 mm de grosor y unos 185 g, resulta cómodo de sujetar y de manejar. Es compatible con doble SIM, doble espera y redes 5G, y viene con Android 14 de fábrica.',
      seo_title: 'Móvil Novaro X5 5G, 8 GB + 256 GB, AMOLED de 6,7 pulgadas',
      meta_description:
        'Móvil 5G Novaro X5 con pantalla AMOLED de 6,7 pulgadas a 120 Hz, 8 GB de RAM, 256 GB de almacenamiento y batería de 5000 mAh con carga rápida de 67 W.',
      h1: 'Novaro X5, fluidez y batería para todo el día',
      marketing_copy_a:
        'Pantalla de 120 Hz, 256 GB de almacenamiento y carga completa en unos 40 minutos: lo que esperas de un gama alta, a un precio que sí te cuadra. Compra tu Novaro X5 hoy.',
      marketing_copy_b:
        'Los primeros pasos de tu hija, las luces de la ciudad desde el tren nocturno, la última canción del concierto. Guárdalo todo tan nítido como lo recuerdas. Descubre el Novaro X5.',
      marketing_copy_c:
        'Solo durante la semana de lanzamiento: funda y protector de pantalla de regalo con cada Novaro X5. Pídelo ya, antes de que se agote.',
    },
    {
      field: 'meta_description',
      find: 'batería de 5000 mAh',
      replace: 'batería de 5500 mAh',
      labels: ['number_invented'],
    },
    'Con 8,1 mm de grosor y unos 185 g, resulta cómodo de sujetar y de manejar.',
  ),
  listing(
    'p04',
    'rechargeable_aa_batteries',
    'de',
    BATTERY_ZH,
    BATTERY_SRC,
    {
      translated_description:
        'Die Cellion NiMH-Akkus im Format AA bieten eine Kapazität von 2.800 mAh pro Zelle bei einer Nennspannung von 1,2 V. Sie lassen sich rund 1.200-mal wieder aufladen und sparen auf Dauer deutlich mehr Geld als Einwegbatterien. Dank geringer Selbstentladung halten sie auch nach 1 Jahr Lagerung noch 80 % ihrer Ladung – einfach herausnehmen und loslegen. Im Set sind 8 Akkus und ein intelligentes Ladegerät enthalten. Das Ladegerät hat 4 unabhängige Ladeschächte mit jeweils eigener LED-Anzeige und schaltet bei voller Ladung automatisch ab. Es wird über USB-C versorgt, sodass Sie einfach Ihr Handy-Netzteil verwenden können. Ideal für Gamecontroller, Kamerablitze, Fernbedienungen und Kinderspielzeug.',
      seo_title: 'Cellion AA-Akkus 2.800 mAh, 8 Stück mit Ladegerät',
      meta_description:
        'Wiederaufladbare AA-Akkus mit 2.800 mAh und 1,2 V für rund 1.200 Ladezyklen. Set aus 8 Akkus und Ladegerät mit 4 Schächten und USB-C-Anschluss.',
      h1: 'Cellion Akkus mit Ladegerät – Schluss mit Wegwerfbatterien',
      marketing_copy_a:
        '2.800 mAh pro Akku und rund 1.200 Ladezyklen: Ein Set ersetzt Berge von Einwegbatterien und schont Geldbeutel und Umwelt. Jetzt bestellen.',
      marketing_copy_b:
        'Mitten im Spiel ist der Controller leer, und in der Schublade liegt keine einzige Batterie mehr? Mit Cellion liegen immer volle Akkus bereit. Entdecken Sie, wie entspannt das sein kann.',
      marketing_copy_c:
        'Zum Schulstart gibt es eine praktische Aufbewahrungsbox gratis dazu. Sichern Sie sich jetzt Ihr Set, solange der Vorrat reicht.',
    },
    { field: 'seo_title', find: '8 Stück', replace: '10 Stück', labels: ['number_invented'] },
    'Dank geringer Selbstentladung halten sie auch nach 1 Jahr Lagerung noch 80 % ihrer Ladung – einfach herausnehmen und loslegen.',
  ),
  listing(
    'p04',
    'rechargeable_aa_batteries',
    'ja',
    BATTERY_ZH,
    BATTERY_SRC,
    {
      translated_description:
        'CellionのAAサイズ・ニッケル水素充電池は、容量が各2800mAh、公称電圧は1.2Vです。約1200回くり返し充電できるので、長く使うほど乾電池よりずっと経済的です。自己放電を抑えた設計で、満充電から1年保管しても80%の電気が残っており、取り出してすぐに使えます。セットには電池8本とスマート充電器が入っています。充電器には独立した充電スロットが4つあり、スロットごとにLEDランプで状態を表示、満充電になると自動で停止します。充電器の電源はUSB-Cなので、スマホ用の充電アダプターがそのまま使えます。ゲームコントローラー、カメラのストロボ、リモコン、子どものおもちゃなどにおすすめです。',
      seo_title: 'Cellion AA充電池 2800mAh 8本 USB充電器付き',
      meta_description:
        '容量2800mAh、約1200回くり返し使えるAAサイズの充電池8本と、4スロットのスマート充電器のセット。USB-C給電で、スマホの充電アダプターが使えます。',
      h1: 'Cellion 乾電池を買い足さない毎日へ',
      marketing_copy_a:
        '約1200回くり返し使えて、容量は各2800mAh。乾電池を買い続けるより、家計にも環境にもやさしい選択です。ご注文はこちらから。',
      marketing_copy_b:
        'ゲームの途中でコントローラーが止まっても、引き出しにはいつも充電済みの電池。小さなストレスがひとつ消えるだけで、毎日は少し軽くなります。今すぐチェック。',
      marketing_copy_c:
        '新生活応援キャンペーン中につき、今なら収納ケースをプレゼント。数量限定なので、お早めに。',
    },
    { field: 'meta_description', find: '約1200回', replace: '約2000回', labels: ['number_invented'] },
    '自己放電を抑えた設計で、満充電から1年保管しても80%の電気が残っており、取り出してすぐに使えます。',
  ),
  listing(
    'p05',
    'milk_frothers',
    'en',
    FROTHER_ZH,
    FROTHER_SRC,
    {
      translated_description:
        'The Lattora electric milk frother has a 300 ml jug. For froth, fill it no higher than the 150 ml mark; to simply heat milk, you can fill it right up to 300 ml. Four modes – thick hot foam, light hot foam, cold foam and hot milk – start at the press of a button, and velvety froth is ready in about 2 minutes. Milk is heated to 60–65 °C (140–149 °F), so it won’t scorch on the bottom. The non-stick interior wipes clean with a damp cloth. It runs at 500 W, and the jug turns 360° on its base, making it easy to lift on and off. A spare whisk is included, and it is just as good for hot chocolate or a matcha latte.',
      seo_title: 'Lattora Electric Milk Frother, 300 ml, Hot & Cold Foam',
      meta_description:
        'Electric milk frother with a 300 ml jug and four modes for hot and cold foam: velvety froth in about 2 minutes, with milk heated to 60–65 °C.',
      h1: 'Lattora Milk Frother for Café-Style Foam at Home',
      marketing_copy_a:
        'Four modes, froth in about 2 minutes and a non-stick jug that wipes clean: café-style lattes at home for a fraction of coffee-shop prices. Get your Lattora today.',
      marketing_copy_b:
        'A slow Sunday, a warm mug in both hands and foam so soft it holds the cinnamon on top. Little rituals make a house a home. Treat yourself to Lattora.',
      marketing_copy_c:
        'Spring offer: a tin of matcha powder free with every frother while stocks last. Shop now.',
    },
    {
      field: 'translated_description',
      find: 'ready in about 2 minutes',
      replace: 'ready in about 90 seconds',
      labels: ['number_dropped', 'number_invented'],
    },
    'It runs at 500 W, and the jug turns 360° on its base, making it easy to lift on and off.',
  ),
  listing(
    'p05',
    'milk_frothers',
    'fr',
    FROTHER_ZH,
    FROTHER_SRC,
    {
      translated_description:
        'Le mousseur à lait électrique Lattora dispose d’un pot de 300 ml. Pour la mousse, ne dépassez pas le repère des 150 ml ; pour simplement chauffer du lait, vous pouvez le remplir jusqu’à 300 ml. Quatre modes – mousse chaude épaisse, mousse chaude légère, mousse froide et lait chaud – se lancent d’une simple pression, et une mousse onctueuse est prête en 2 minutes environ. Le lait est chauffé entre 60 et 65 °C et n’accroche pas au fond. L’intérieur antiadhésif se nettoie d’un simple coup de chiffon humide. D’une puissance de 500 W, le pot pivote à 360° sur son socle pour se poser et se retirer facilement. Un fouet de rechange est fourni, idéal aussi pour un chocolat chaud ou un matcha latte.',
      seo_title: 'Mousseur à lait électrique Lattora 300 ml, chaud et froid',
      meta_description:
        'Mousseur à lait électrique avec pot de 300 ml et quatre modes, mousse chaude ou froide : une mousse onctueuse en 2 minutes environ, lait chauffé à 60-65 °C.',
      h1: 'Lattora, la mousse de lait comme au café',
      marketing_copy_a:
        'Quatre modes, une mousse prête en 2 minutes environ et un pot antiadhésif qui se nettoie en un geste : le latte du café, à la maison. Commandez votre Lattora dès maintenant.',
      marketing_copy_b:
        'Un dimanche tranquille, une tasse chaude entre les mains et une mousse si légère qu’elle retient la cannelle. Ce sont ces petits rituels qui font un chez-soi. Offrez-vous Lattora.',
      marketing_copy_c:
        'Offre de printemps : une boîte de matcha offerte avec chaque mousseur, dans la limite des stocks. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'le remplir jusqu’à 300 ml',
      replace: 'le remplir jusqu’à 350 ml',
      labels: ['number_invented'],
    },
    'D’une puissance de 500 W, le pot pivote à 360° sur son socle pour se poser et se retirer facilement.',
  ),
  listing(
    'p06',
    'tofu_cat_litter',
    'de',
    LITTER_ZH,
    LITTER_SRC,
    {
      translated_description:
        'Das Purrla Tofu-Katzenstreu wird aus lebensmittelechten Sojafasern und Maisstärke hergestellt. Die Körnchen haben einen Durchmesser von etwa 2 mm und sind angenehm weich unter den Pfoten. Bei Kontakt mit Flüssigkeit verklumpt es innerhalb von 3 Sekunden zu festen Klumpen, die nicht zerfallen, sodass sich alles sauber herausschaufeln lässt. Es nimmt bis zum Dreifachen seines Eigengewichts an Flüssigkeit auf und bindet Gerüche lange; ein Beutel reicht für etwa 20 Tage. Der Staubanteil liegt unter 0,5 %, damit beim Einfüllen nichts in der Nase kitzelt. Benutzte Streu kann direkt über die Toilette entsorgt werden – kein lästiges Müllrausbringen mehr. Jeder Beutel enthält 2,5 kg, ein Karton 4 Beutel; die Haltbarkeit beträgt 18 Monate. Bitte trocken lagern.',
      seo_title: 'Purrla Tofu-Katzenstreu, klumpend, 4 × 2,5 kg',
      meta_description:
        'Klumpendes Tofu-Katzenstreu aus Soja und Maisstärke: verklumpt in 3 Sekunden, bindet Gerüche und darf in die Toilette. Karton mit 4 Beuteln à 2,5 kg.',
      h1: 'Purrla Tofu-Streu – sauber, staubarm, spülbar',
      marketing_copy_a:
        'Ein Beutel hält rund 20 Tage, und benutzte Streu verschwindet einfach in der Toilette. Weniger Schleppen, weniger Müll, mehr Zeit für Ihre Katze. Jetzt bestellen.',
      marketing_copy_b:
        'Ihre Katze tapst zufrieden aus dem Klo, und die Wohnung riecht trotzdem nach Zuhause. So fühlt sich ein sauberes Miteinander an. Entdecken Sie Purrla.',
      marketing_copy_c:
        'Vorratsaktion: Beim Kauf von zwei Kartons gibt es eine Streuschaufel gratis dazu. Sichern Sie sich Ihren Vorrat jetzt.',
    },
    {
      field: 'translated_description',
      replace: 'Ein Karton reicht damit für rund 80 Tage.',
      labels: ['number_invented'],
    },
    'Der Staubanteil liegt unter 0,5 %, damit beim Einfüllen nichts in der Nase kitzelt.',
  ),
  listing(
    'p06',
    'tofu_cat_litter',
    'es',
    LITTER_ZH,
    LITTER_SRC,
    {
      translated_description:
        'La arena de tofu para gatos Purrla está hecha con fibra de soja de calidad alimentaria y almidón de maíz. Sus gránulos miden unos 2 mm de diámetro, así que no molestan en las almohadillas. Al contacto con el líquido forma grumos en 3 segundos, compactos y que no se deshacen, para que la limpieza quede impecable. Absorbe hasta 3 veces su propio peso y neutraliza los olores durante mucho tiempo; cada bolsa dura unos 20 días. Su contenido de polvo es inferior al 0,5 %, así que no irrita la nariz al rellenar el arenero. La arena usada se puede tirar directamente por el inodoro, sin tener que bajar la basura. Cada bolsa pesa 2,5 kg, la caja trae 4 bolsas y su vida útil es de 18 meses. Guárdala en un lugar seco.',
      seo_title: 'Arena de tofu para gatos Purrla, aglomerante, 4 × 2,5 kg',
      meta_description:
        'Arena de tofu para gatos de soja y maíz: forma grumos en 3 segundos, controla el olor y se tira por el inodoro. Caja de 4 bolsas de 2,5 kg.',
      h1: 'Purrla, arena de tofu que se va por el inodoro',
      marketing_copy_a:
        'Cada bolsa dura unos 20 días y la arena usada se va por el inodoro: menos peso que cargar, menos basura y más tiempo para tu gato. Cómprala hoy.',
      marketing_copy_b:
        'Tu gato sale tan tranquilo del arenero y en casa solo huele a hogar. Así de fácil es convivir con limpieza. Descubre Purrla.',
      marketing_copy_c:
        'Promoción de reserva: llévate una pala de regalo al comprar dos cajas. Aprovecha la oferta antes de que termine.',
    },
    {
      field: 'translated_description',
      find: 'forma grumos en 3 segundos',
      replace: 'forma grumos en 5 segundos',
      labels: ['number_invented'],
    },
    'Cada bolsa pesa 2,5 kg, la caja trae 4 bolsas y su vida útil es de 18 meses.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (strawberry crisps) takes styles 0-2, listing 2 (phone) 3-5, listing 3 (milk frother) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here is the English translation of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<strong>${c.h1}</strong>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nLet me know if you’d like a punchier version or one tailored for social media!`,
  }),
  (c) => ({ h1: `"h1": "${c.h1}",` }),
  (c) => ({ translated_description: `### Product Description\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\n(Note: As an AI language model, I can’t verify the charging-time claim, so please check it against the spec sheet.)`,
  }),
  (c) => ({ h1: `Headline: ${c.h1}` }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ marketing_copy_a: `**Value-focused copy:** ${c.marketing_copy_a}` }),
];

// de: listing 1 (serum) takes styles 0-2, listing 2 (batteries) 3-5, listing 3 (cat litter) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Hier ist die Übersetzung ins Deutsche:\n\n${c.translated_description}`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nHinweis: Als KI-Sprachmodell kann ich die Wirksamkeitsangaben nicht überprüfen. Bitte lassen Sie sie vor der Veröffentlichung fachlich prüfen.`,
  }),
  (c) => ({ marketing_copy_b: `## Emotionale Variante\n\n${c.marketing_copy_b}` }),
  (c) => ({ translated_description: `{\n  "translated_description": "${c.translated_description}"\n}` }),
  (c) => ({ marketing_copy_c: `<p>${c.marketing_copy_c}</p>` }),
  (c) => ({ seo_title: `Titel: ${c.seo_title}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, die Texte gefallen Ihnen – viel Erfolg mit dem Shop!`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`text\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nSoll ich noch eine kürzere Fassung für Marktplätze wie Amazon erstellen?`,
  }),
];

// ja: listing 1 (strawberry crisps) takes styles 0-2, listing 2 (batteries) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下、日本語訳です。\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `**価値訴求コピー：**${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nほかのトーンや、もっと短いバージョンが必要でしたらお気軽にお申し付けください。`,
  }),
  (c) => ({ seo_title: `"seo_title": "${c.seo_title}"` }),
  (c) => ({ translated_description: `## 商品説明\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n※AIによる翻訳のため、不自然な表現が含まれる場合があります。`,
  }),
];

// es: listing 1 (phone) takes styles 0-2, listing 2 (cat litter) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la traducción al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `"h1": "${c.h1}",` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¿Quieres que te prepare también una versión más corta para redes sociales?`,
  }),
  (c) => ({ translated_description: `### Descripción del producto\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({ meta_description: `Meta descripción: ${c.meta_description}` }),
];

// fr: listing 1 (serum) takes styles 0-2, listing 2 (milk frother) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Voici la traduction en français :\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_b: `**Accroche émotionnelle :** ${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\n(En tant que modèle d’IA, je ne peux pas vérifier les résultats du test en laboratoire cité dans la source.)`,
  }),
  (c) => ({ translated_description: `\`\`\`markdown\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ h1: `<b>${c.h1}</b>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nJ’espère que ces propositions vous conviennent. Bonne continuation !`,
  }),
];

export const ROUND_66_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap milk frothers tend to scorch the milk within weeks.',
      'Unlike fake fruit snacks, these crisps are made from real strawberries.',
      'A counterfeit charger is never worth the risk.',
      'Knockoff phones often ship with outdated software.',
    ],
    slogans: ['Real fruit, nothing else.', 'Every moment, in full colour.'],
    chineseLeftovers: [],
    duplicateLead: 'To sum up: ',
    titleStuffing: ' | Best Seller, Gift Idea, Top Rated, Free Delivery, New Arrival',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Akkus verlieren schon nach wenigen Monaten an Kapazität.',
      'Eine Fälschung erkennt man an der fehlenden Chargennummer.',
      'Nachahmungen enthalten oft nur einen Bruchteil des Wirkstoffs.',
      'Imitate klumpen schlecht und stauben beim Einfüllen stark.',
    ],
    slogans: ['Energie, die immer wiederkommt.', 'Sauber, leise, unkompliziert.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Bestseller, Geschenkidee, Neuheit, Top-Angebot, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の充電池はすぐに容量が落ちてしまいます。',
      '偽物のフリーズドライとは違い、本物のいちごだけを使っています。',
      'コピー品の充電器は発熱の危険があります。',
      '模倣品のおやつにはご注意ください。',
    ],
    slogans: ['いつでも満タン、いつでも出番。', '春を、ひと袋に。'],
    chineseLeftovers: ['这款草莓脆口感很好，孩子们都很喜欢。', '这套电池质量很好，充电速度也很快。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 ランキング上位 ギフト 送料無料 正規品',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las arenas baratas levantan mucho polvo.',
      'Cuidado con las imitaciones que se venden en los mercadillos.',
      'Una batería falsa puede hincharse con el uso.',
      'Las réplicas de este móvil no reciben actualizaciones.',
    ],
    slogans: ['Limpieza que se nota, olor que no.', 'Tu móvil, tu mundo.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Novedad, regalo, más vendido, envío gratis, top ventas',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un mousseur pas cher brûle vite le lait.',
      'Méfiez-vous des contrefaçons vendues sur les places de marché.',
      'Contrairement aux imitations, ce sérum affiche clairement sa concentration.',
      'Les faux sérums ne précisent jamais leur teneur en actifs.',
    ],
    slogans: ['La peau, en pleine lumière.', 'Le café, version velours.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Nouveauté, idée cadeau, meilleure vente, livraison offerte',
  },
};
