// Blind set, round 25 (written without reading the gate, committed before it is scored): six outdoor, garden and
// travel products in the categories robotic_lawn_mowers, travel_neck_pillows, cordless_pruning_shears,
// portable_water_filters, packing_cubes and folding_camp_chairs, 12 hand-written listings, three artifact styles per
// listing and wording of its own (this round: reasoning and self-talk left in, the model answering a question nobody
// asked, alternatives offered, character counts and length remarks, truncation and continuation markers, key names
// and JSON fragments, romanised or wrong-script notes, quotations of the brief);
// legitimate numbers: Verda M600 (600), 600 m² (6,458 sq ft), 20 to 60 mm, 18 cm, 百分之三十五 (35 %), 5 Ah,
// 90 minutes, 两小时 (two hours), 几十 (dozens, vague), IPX5, 一次充电 (idiomatic); 第二代 (2nd generation, 2. Generation,
// 第2世代, 2e génération), 320 g, 360°, 30 °C, 百分之六十 (60 %), 150 to 190 cm, 十几个小时 (more than ten hours, 十数時間);
// Fiora P2, 30 mm (1.2 in), SK5, 两块 (two) batteries, 2000 mAh, 8000 cuts, Type-C, 1.5 hours, 两档 (two settings),
// 850 g (1.9 lb), 一年 (one-year warranty), 单手 (one hand, a word); 三级 (three-stage, dreistufig, 3段階), 0.1 µm,
// 99.9 %, 1500 L, 2 L per minute, 120 g, 两个 (two) 1 L pouches, 一根 (one) 60 cm tube; 六件套 (six-piece set),
// 3 cubes, 2 shoe bags, 1 toiletry bag, 210D, 双向 (two-way, not a number), 百分之四十 (40 %), 40 × 30 × 10 cm
// (15.7 × 11.8 × 3.9 in), 480 g (16.9 oz), 20 to 28 inch, 几天 (a few days, vague); 7075 aluminium, 0.9 kg, 150 kg,
// 30 cm, 52 × 50 × 66 cm, 35 × 12 × 10 cm, 600D, 两个 (two) side pockets, 三分钟 (three minutes).
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording, type Artifact } from './blind-set';

const MOWER_ZH = 'Verda M600 智能割草机器人';
const MOWER_SRC =
  'Verda M600 割草机器人适用于600平方米以内的草坪，割草高度20至60毫米可调，切割宽度18厘米。可爬百分之三十五的坡，遇雨自动返回充电站。内置5Ah锂电池，一次充电可工作约90分钟，两小时即可充满。可在App中划分区域，并设置几十个禁区。整机防水等级IPX5。';
const PILLOW_ZH = 'Nubo 第二代记忆棉旅行颈枕';
const PILLOW_SRC =
  'Nubo 第二代旅行颈枕内填320克慢回弹记忆棉，360度环绕支撑头颈。枕套采用冰丝面料，可拆下机洗，水温不超过30℃。配套收纳袋可将体积压缩百分之六十，还能挂在行李箱拉杆上。适合身高150至190厘米的成人，坐十几个小时的飞机或火车也不易累。';
const SHEARS_ZH = 'Fiora P2 锂电修枝剪';
const SHEARS_SRC =
  'Fiora P2 锂电修枝剪最大剪切直径30毫米，刀片为可更换的SK5钢刀片。标配两块2000毫安时电池，每块可连续剪切约8000次，Type-C接口1.5小时充满。刀口开合两档可调，整机仅重850克，单手即可轻松握持。提供一年保修，适用于果园、园林和家庭花园。';
const FILTER_ZH = 'Clearo 三级过滤户外净水器';
const FILTER_SRC =
  'Clearo 户外便携净水器采用三级过滤，核心为0.1微米中空纤维超滤膜，可去除99.9%的细菌和原虫。每支滤芯可净化约1500升水，流速约每分钟2升。机身仅重120克，附带两个1升折叠水袋和一根60厘米延长管。适合徒步、露营和出境旅行。';
const CUBES_ZH = 'Voya 旅行收纳袋六件套';
const CUBES_SRC =
  'Voya 旅行收纳袋六件套包含3个不同尺寸的压缩收纳袋、2个鞋袋和1个洗漱包。面料为210D防泼水尼龙，双向拉链可将衣物体积压缩约百分之四十。最大号尺寸40×30×10厘米，整套重约480克。适配20至28寸行李箱，出差或几天的短途旅行都能收拾得井井有条。';
const CHAIR_ZH = 'Ridge 超轻折叠露营椅';
const CHAIR_SRC =
  'Ridge 超轻折叠露营椅采用7075航空铝合金支架，整椅仅重0.9公斤，最大承重150公斤。座高约30厘米，展开尺寸52×50×66厘米，收纳后仅35×12×10厘米。椅面为600D牛津布，配有两个侧边网兜。三分钟即可搭好，附带收纳袋，适合露营、钓鱼和音乐节。';

export const ROUND_25_LISTINGS: readonly BlindListing[] = [
  listing(
    'g01',
    'robotic_lawn_mowers',
    'en',
    MOWER_ZH,
    MOWER_SRC,
    {
      translated_description:
        'The Verda M600 robotic mower looks after lawns of up to 600 m² (6,458 sq ft). Cutting height adjusts from 20 to 60 mm, and it cuts an 18 cm wide strip on every pass. It handles slopes of up to 35% and drives back to its charging station by itself as soon as it starts to rain. The built-in 5 Ah lithium battery gives around 90 minutes of mowing per charge and is full again in two hours. In the app you can divide the garden into zones and mark out dozens of no-go areas. The whole unit is rated IPX5 against water.',
      seo_title: 'Verda M600 Robot Lawn Mower, up to 600 m², IPX5',
      meta_description:
        'Verda M600 robot mower for lawns up to 600 m²: 20–60 mm cutting height, 35% slopes, a rain sensor with automatic return and mowing zones set in the app.',
      h1: 'Verda M600 Robotic Mower',
      marketing_copy_a:
        'Get your weekends back and stop paying for a mowing service. Order the Verda M600 today.',
      marketing_copy_b:
        'Imagine stepping onto a freshly trimmed lawn every morning with your first coffee in hand. Discover the Verda M600.',
      marketing_copy_c:
        'Spring launch offer: a free boundary-wire installation kit with every mower. Shop now while stocks last.',
    },
    { field: 'seo_title', find: '600 m²', replace: '800 m²', labels: ['number_invented'] },
    'The built-in 5 Ah lithium battery gives around 90 minutes of mowing per charge and is full again in two hours.',
  ),
  listing(
    'g01',
    'robotic_lawn_mowers',
    'de',
    MOWER_ZH,
    MOWER_SRC,
    {
      translated_description:
        'Der Mähroboter Verda M600 pflegt Rasenflächen bis 600 m². Die Schnitthöhe lässt sich von 20 bis 60 mm einstellen, die Schnittbreite beträgt 18 cm. Steigungen bis 35 % schafft er problemlos, und sobald es regnet, fährt er von selbst zurück zur Ladestation. Der eingebaute 5-Ah-Lithium-Akku reicht für rund 90 Minuten Mähen und ist nach zwei Stunden wieder voll. In der App teilen Sie den Garten in Zonen ein und legen Dutzende Sperrbereiche fest. Das Gehäuse ist nach IPX5 gegen Strahlwasser geschützt.',
      seo_title: 'Verda M600 Mähroboter für Rasenflächen bis 600 m²',
      meta_description:
        'Mähroboter Verda M600 für Rasen bis 600 m²: Schnitthöhe 20 bis 60 mm, Regensensor mit automatischer Rückkehr und Mähzonen per App. Schutzart IPX5.',
      h1: 'Verda M600 – Ihr Rasen mäht sich selbst',
      marketing_copy_a:
        'Nie wieder samstags den Mäher schieben und kein Geld mehr für den Gartendienst. Jetzt bestellen.',
      marketing_copy_b:
        'Stellen Sie sich vor, Sie treten morgens barfuß auf frisch gemähtes Gras. Entdecken Sie den Verda M600.',
      marketing_copy_c:
        'Zum Saisonstart gibt es das Installationsset gratis dazu – sichern Sie sich Ihren Verda.',
    },
    {
      field: 'translated_description',
      find: 'bis 600 m²',
      replace: 'bis 800 m²',
      labels: ['number_invented'],
    },
    'Steigungen bis 35 % schafft er problemlos, und sobald es regnet, fährt er von selbst zurück zur Ladestation.',
  ),
  listing(
    'g02',
    'travel_neck_pillows',
    'ja',
    PILLOW_ZH,
    PILLOW_SRC,
    {
      translated_description:
        'Nubo第2世代トラベルネックピローは、320gの低反発メモリーフォームを詰め、360度ぐるりと頭と首を支えます。カバーはひんやり素材で、取り外して洗濯機で洗えます（水温は30℃以下）。付属の収納袋に入れると体積を60％圧縮でき、スーツケースのハンドルにも掛けられます。身長150〜190cmの大人に合うサイズで、十数時間の飛行機や列車の移動でも疲れにくい設計です。',
      seo_title: 'Nubo 第2世代 低反発ネックピロー 旅行用 洗えるカバー',
      meta_description:
        '360度包み込む低反発のトラベルネックピロー。カバーは洗濯機で洗え、コンパクトに圧縮できる収納袋付き。長時間のフライトや夜行バスを快適にします。',
      h1: 'Nubo 首を包む旅まくら',
      marketing_copy_a:
        '機内でもバスでも、首の疲れ対策はこれひとつにおまかせ。カバーが洗えるので長く清潔に使えます。今すぐ購入。',
      marketing_copy_b:
        '目を閉じて、次に開けたらもう旅先。やわらかく包まれる安心感を、あなたの移動時間にも。ぜひお試しください。',
      marketing_copy_c: '今ならアイマスクと耳栓をセットでプレゼント。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '360度', replace: '180度', labels: ['number_invented'] },
    '付属の収納袋に入れると体積を60％圧縮でき、スーツケースのハンドルにも掛けられます。',
  ),
  listing(
    'g02',
    'travel_neck_pillows',
    'fr',
    PILLOW_ZH,
    PILLOW_SRC,
    {
      translated_description:
        'Le coussin de voyage Nubo de 2e génération est garni de 320 g de mousse à mémoire de forme et enveloppe la tête et la nuque sur 360°. Sa housse en tissu fraîcheur se retire et passe en machine, à 30 °C maximum. Rangé dans sa pochette, il réduit son volume de 60 % et s’accroche à la poignée de votre valise. Pensé pour les adultes de 150 à 190 cm, il reste confortable même après plus de dix heures d’avion ou de train.',
      seo_title: 'Coussin de voyage Nubo 2e génération à mémoire de forme',
      meta_description:
        'Coussin de voyage Nubo à mémoire de forme : maintien à 360°, housse lavable en machine et pochette de compression. Idéal pour les longs trajets.',
      h1: 'Nubo, le coussin qui voyage avec vous',
      marketing_copy_a:
        'Un seul coussin pour l’avion, le train et la voiture, avec une housse qui se lave en un rien de temps. Commandez le vôtre.',
      marketing_copy_b:
        'Fermez les yeux au décollage, rouvrez-les à l’arrivée, la nuque reposée. Découvrez Nubo.',
      marketing_copy_c: 'Ce mois-ci, un masque de nuit vous attend dans chaque colis : profitez-en !',
    },
    { field: 'seo_title', find: '2e génération', replace: '3e génération', labels: ['number_invented'] },
    'Sa housse en tissu fraîcheur se retire et passe en machine, à 30 °C maximum.',
  ),
  listing(
    'g03',
    'cordless_pruning_shears',
    'en',
    SHEARS_ZH,
    SHEARS_SRC,
    {
      translated_description:
        'The Fiora P2 cordless pruning shears cut through branches up to 30 mm (1.2 in) thick. The replaceable blade is made of SK5 steel. Two 2,000 mAh batteries come as standard; each one manages about 8,000 cuts in a row and recharges over Type-C in 1.5 hours. The blade opening has two settings, and at only 850 g (1.9 lb) the shears are easy to hold in one hand. They are covered by a one-year warranty and suit orchards, landscaping work and home gardens alike.',
      seo_title: 'Fiora P2 Cordless Pruning Shears, 30 mm Cut, 2 Batteries',
      meta_description:
        'Fiora P2 cordless pruning shears for branches up to 30 mm, with two 2,000 mAh batteries, about 8,000 cuts per charge and only 850 g in the hand.',
      h1: 'Fiora P2 Electric Pruner',
      marketing_copy_a:
        'Prune a whole orchard without sore hands, and swap batteries instead of waiting. Buy the Fiora P2 now.',
      marketing_copy_b:
        'Remember how your wrist ached after a day of pruning roses? Those days are over. Discover the Fiora P2.',
      marketing_copy_c: 'Order this week and we’ll include a spare blade free of charge.',
    },
    {
      field: 'translated_description',
      find: 'about 8,000 cuts',
      replace: 'about 10,000 cuts',
      labels: ['number_dropped', 'number_invented'],
    },
    'The replaceable blade is made of SK5 steel.',
  ),
  listing(
    'g03',
    'cordless_pruning_shears',
    'es',
    SHEARS_ZH,
    SHEARS_SRC,
    {
      translated_description:
        'Las tijeras de podar eléctricas Fiora P2 cortan ramas de hasta 30 mm de diámetro. La cuchilla, de acero SK5, se puede cambiar. Vienen de serie con dos baterías de 2000 mAh: cada una da para unos 8000 cortes seguidos y se recarga por Type-C en 1,5 horas. La apertura de la hoja tiene dos posiciones y, con solo 850 g, se manejan cómodamente con una mano. Tienen un año de garantía y sirven para huertos, jardinería profesional y el jardín de casa.',
      seo_title: 'Tijeras de podar eléctricas Fiora P2, corte de 30 mm',
      meta_description:
        'Tijeras de podar eléctricas Fiora P2: cortan ramas de hasta 30 mm, con dos baterías de 2000 mAh y unos 8000 cortes por carga. Poda sin dolor de muñeca.',
      h1: 'Fiora P2, poda sin esfuerzo',
      marketing_copy_a:
        'Poda todo el huerto sin que te duela la mano y cambia de batería en segundos. Cómpralas ya.',
      marketing_copy_b:
        '¿Te acuerdas de las tardes de poda con la muñeca dolorida? Eso se acabó. Descubre las Fiora P2.',
      marketing_copy_c: 'Esta semana, cuchilla de repuesto de regalo con cada pedido: aprovecha la oferta.',
    },
    { field: 'seo_title', find: '30 mm', replace: '35 mm', labels: ['number_invented'] },
    'La apertura de la hoja tiene dos posiciones y, con solo 850 g, se manejan cómodamente con una mano.',
  ),
  listing(
    'g04',
    'portable_water_filters',
    'de',
    FILTER_ZH,
    FILTER_SRC,
    {
      translated_description:
        'Der Outdoor-Wasserfilter Clearo arbeitet dreistufig: Herzstück ist eine Hohlfasermembran mit 0,1 µm Porengröße, die 99,9 % der Bakterien und Protozoen entfernt. Eine Filterkartusche reinigt rund 1500 Liter Wasser bei einer Durchflussrate von etwa 2 Litern pro Minute. Der Filter wiegt nur 120 g; dazu kommen zwei faltbare Wasserbeutel mit je 1 Liter und ein 60 cm langer Verlängerungsschlauch. Ideal für Wanderungen, Camping und Reisen ins Ausland.',
      seo_title: 'Clearo Outdoor-Wasserfilter, dreistufig, 0,1 µm, 120 g',
      meta_description:
        'Outdoor-Wasserfilter Clearo mit dreistufiger Filterung und 0,1-µm-Membran: entfernt 99,9 % der Bakterien, wiegt nur 120 g und passt in jede Jackentasche.',
      h1: 'Clearo – sauberes Trinkwasser unterwegs',
      marketing_copy_a: 'Kein Wasserschleppen mehr und kein Geld für Flaschenwasser im Urlaub. Jetzt kaufen.',
      marketing_copy_b:
        'Wie gut schmeckt ein Schluck aus dem Bergbach, wenn man weiß, dass er sicher ist? Entdecken Sie Clearo.',
      marketing_copy_c: 'Nur diesen Monat mit gratis Trinkflasche – jetzt bestellen.',
    },
    { field: 'meta_description', find: '99,9 %', replace: '99,99 %', labels: ['number_invented'] },
    'Eine Filterkartusche reinigt rund 1500 Liter Wasser bei einer Durchflussrate von etwa 2 Litern pro Minute.',
  ),
  listing(
    'g04',
    'portable_water_filters',
    'ja',
    FILTER_ZH,
    FILTER_SRC,
    {
      translated_description:
        'Clearoの携帯浄水器は3段階ろ過を採用し、中心となる0.1μmの中空糸膜が細菌や原虫を99.9％除去します。カートリッジ1本で約1500Lの水をろ過でき、流量は毎分約2Lです。本体はわずか120gで、1Lの折りたたみ水袋2個と60cmの延長チューブが付属します。ハイキングやキャンプ、海外旅行に最適です。',
      seo_title: 'Clearo 携帯浄水器 3段階ろ過 0.1μm中空糸膜',
      meta_description:
        '3段階ろ過と0.1μmの中空糸膜で細菌や原虫を99.9％除去する携帯浄水器。カートリッジ1本で約1500Lをろ過でき、山でも旅先でも安心です。',
      h1: 'Clearo 旅先でも安心の携帯浄水器',
      marketing_copy_a: '旅先でペットボトルを買い続けるより、ずっと経済的。荷物も軽くなります。今すぐ購入。',
      marketing_copy_b:
        '山の湧き水を、そのまま安心して味わえたら。そんな瞬間を、あなたの旅にも。ぜひチェックしてください。',
      marketing_copy_c: '期間限定で交換用カートリッジをプレゼント。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '約1500L',
      replace: '約2000L',
      labels: ['number_dropped', 'number_invented'],
    },
    '本体はわずか120gで、1Lの折りたたみ水袋2個と60cmの延長チューブが付属します。',
  ),
  listing(
    'g05',
    'packing_cubes',
    'en',
    CUBES_ZH,
    CUBES_SRC,
    {
      translated_description:
        'The Voya six-piece packing set includes 3 compression cubes in different sizes, 2 shoe bags and 1 toiletry bag. It is made of water-repellent 210D nylon, and the two-way zips squeeze your clothes down by about 40%. The largest cube measures 40 × 30 × 10 cm (15.7 × 11.8 × 3.9 in), and the whole set weighs around 480 g (16.9 oz). It fits 20- to 28-inch suitcases and keeps everything in order, whether you are away on business or off on a short break of a few days.',
      seo_title: 'Voya Packing Cubes, Six-Piece Set, 210D Nylon',
      meta_description:
        'Voya six-piece packing set: 3 compression cubes, 2 shoe bags and a toiletry bag in water-repellent 210D nylon. Saves about 40% of space and weighs 480 g.',
      h1: 'Voya Compression Packing Cubes',
      marketing_copy_a:
        'One set replaces a tangle of plastic bags and frees up room for souvenirs. Shop the Voya set.',
      marketing_copy_b:
        'Opening your case to find every shirt exactly where you left it feels like a small holiday in itself. Discover Voya.',
      marketing_copy_c: 'Free luggage tag with every set this week – add it to your cart today.',
    },
    { field: 'meta_description', find: '480 g', replace: '420 g', labels: ['number_invented'] },
    'It fits 20- to 28-inch suitcases and keeps everything in order, whether you are away on business or off on a short break of a few days.',
  ),
  listing(
    'g05',
    'packing_cubes',
    'fr',
    CUBES_ZH,
    CUBES_SRC,
    {
      translated_description:
        'Le set de rangement de voyage Voya compte six pièces : 3 cubes de compression de tailles différentes, 2 sacs à chaussures et 1 trousse de toilette. Réalisé en nylon 210D déperlant, il réduit le volume de vos vêtements d’environ 40 % grâce à ses fermetures à double curseur. Le plus grand cube mesure 40 × 30 × 10 cm et l’ensemble pèse environ 480 g. Il convient aux valises de 20 à 28 pouces, pour un déplacement professionnel comme pour une escapade de quelques jours.',
      seo_title: 'Organiseurs de valise Voya, set de 6 pièces en nylon 210D',
      meta_description:
        'Set Voya de six pièces pour organiser votre valise : cubes de compression, sacs à chaussures et trousse en nylon 210D déperlant. Environ 40 % de volume gagné.',
      h1: 'Voya, la valise enfin rangée',
      marketing_copy_a:
        'Un seul set remplace tous les sacs plastique et libère de la place pour vos souvenirs. Achetez le vôtre.',
      marketing_copy_b:
        'Ouvrir sa valise à l’hôtel et tout retrouver à sa place, c’est déjà le début des vacances. Découvrez Voya.',
      marketing_copy_c:
        'Étiquette de bagage offerte pour toute commande cette semaine : ajoutez le set à votre panier.',
    },
    {
      field: 'translated_description',
      find: 'nylon 210D',
      replace: 'nylon 420D',
      labels: ['number_dropped', 'number_invented'],
    },
    'Le plus grand cube mesure 40 × 30 × 10 cm et l’ensemble pèse environ 480 g.',
  ),
  listing(
    'g06',
    'folding_camp_chairs',
    'de',
    CHAIR_ZH,
    CHAIR_SRC,
    {
      translated_description:
        'Der ultraleichte Campingstuhl Ridge hat ein Gestell aus 7075-Aluminium, wie es auch im Flugzeugbau verwendet wird. Er wiegt nur 0,9 kg und trägt bis zu 150 kg. Die Sitzhöhe liegt bei etwa 30 cm; aufgebaut misst er 52 × 50 × 66 cm, zusammengelegt nur 35 × 12 × 10 cm. Die Sitzfläche aus 600D-Oxfordgewebe hat zwei seitliche Netztaschen. In drei Minuten steht der Stuhl, eine Tragetasche ist dabei – ideal für Camping, Angeln und Festivals.',
      seo_title: 'Ridge Campingstuhl, ultraleicht, 0,9 kg, bis 150 kg',
      meta_description:
        'Ultraleichter Campingstuhl Ridge aus 7075-Aluminium: nur 0,9 kg, belastbar bis 150 kg und klein zusammenlegbar. Ideal für Camping, Angeln und Festivals.',
      h1: 'Ridge Faltstuhl für unterwegs',
      marketing_copy_a:
        'Weniger Gewicht im Rucksack, mehr Komfort am Lagerfeuer – und das viele Saisons lang. Jetzt kaufen.',
      marketing_copy_b:
        'Abends am See sitzen, die Füße im Gras, bis die ersten Sterne auftauchen. Entdecken Sie Ridge.',
      marketing_copy_c: 'Zum Festivalstart mit gratis Getränkehalter – jetzt bestellen.',
    },
    { field: 'seo_title', find: '0,9 kg', replace: '0,8 kg', labels: ['number_invented'] },
    'Die Sitzfläche aus 600D-Oxfordgewebe hat zwei seitliche Netztaschen.',
  ),
  listing(
    'g06',
    'folding_camp_chairs',
    'es',
    CHAIR_ZH,
    CHAIR_SRC,
    {
      translated_description:
        'La silla de camping plegable Ridge tiene una estructura de aluminio aeronáutico 7075 y pesa solo 0,9 kg, pero aguanta hasta 150 kg. El asiento queda a unos 30 cm del suelo; abierta mide 52 × 50 × 66 cm y plegada, apenas 35 × 12 × 10 cm. La tela del asiento es Oxford 600D y lleva dos bolsillos de rejilla a los lados. Se monta en tres minutos y viene con su bolsa de transporte, ideal para acampar, pescar o ir a festivales.',
      seo_title: 'Silla de camping plegable Ridge, ultraligera, 0,9 kg',
      meta_description:
        'Silla de camping Ridge de aluminio 7075: pesa 0,9 kg, aguanta hasta 150 kg y se pliega hasta caber en la mochila. Para acampadas, pesca y festivales.',
      h1: 'Ridge, tu asiento en cualquier parte',
      marketing_copy_a:
        'Pesa menos que una botella grande de agua y dura temporada tras temporada. Cómprala hoy.',
      marketing_copy_b:
        '¿Hay algo mejor que ver atardecer junto al lago, bien sentado y sin prisas? Descubre Ridge.',
      marketing_copy_c: 'Solo este mes, portavasos de regalo con tu silla: pídela ya.',
    },
    {
      field: 'translated_description',
      replace: 'Las patas terminan en 4 tacos antideslizantes.',
      labels: ['number_invented'],
    },
    'Se monta en tres minutos y viene con su bolsa de transporte, ideal para acampar, pescar o ir a festivales.',
  ),
];

type PerLanguage<T> = Record<Language, T>;
const firstWords = (text: string, n: number) => text.split(' ').slice(0, n).join(' ');
const firstSentence = (text: string) => (text.match(/^[^.!?]+[.!?]/) ?? [text])[0];
const firstSentenceJa = (text: string) => (text.match(/^[^。！？]+[。！？]/) ?? [text])[0];
/** Puts `insert` after the first sentence of `text`. */
const afterFirst = (text: string, insert: string): string => text.replace(/([.!?])\s+/, `$1 ${insert} `);
/** The same for Japanese, after the first 。 */
const afterFirstJa = (text: string, insert: string): string => text.replace('。', `。${insert}`);
const count = (text: string) => [...text].length;

const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Let me go through the source line by line before writing this up… okay, nothing is missing.\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `${c.h1}\nAlt: ${firstWords(c.h1, 2)} – Built for Outdoor Life` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (${count(c.marketing_copy_c)} characters, so there is still room for an emoji)`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nWhy does the description open with the model name? Because that is what shoppers type into the search bar, so it helps the listing rank.`,
  }),
  (c) => ({ marketing_copy_a: `…continuing from the previous part:\n${c.marketing_copy_a}` }),
  (c) => ({ seo_title: `${c.seo_title}",` }),
  (c) => ({
    marketing_copy_b: afterFirst(
      c.marketing_copy_b,
      '(Brand name romanised from the pinyin on the supplier sheet.)',
    ),
  }),
  (c) => ({
    marketing_copy_c: `Brief: "copy C = promotion, clear CTA, no prices"\n${c.marketing_copy_c}`,
  }),
  (c) => ({
    translated_description: afterFirst(
      c.translated_description,
      'Note to self: ask whether they want the imperial units in the title as well.',
    ),
  }),
];

const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\nZahlen nochmals gegengecheckt … passt, alles wie im Original.`,
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}\n\nVariante 2: ${firstSentence(c.marketing_copy_a)}` }),
  (c) => ({ h1: `"h1": "${c.h1}"` }),
  (c) => ({
    marketing_copy_b: `[${count(c.marketing_copy_b)} Zeichen inkl. Leerzeichen] ${c.marketing_copy_b}`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n(Fortsetzung folgt – schreiben Sie „weiter“, dann kommen die restlichen Texte.)`,
  }),
  (c) => ({
    translated_description: `(Markenname aus der Pinyin-Umschrift übernommen)\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nUnd nein, das „Sie“ wirkt hier nicht zu steif – bei dieser Zielgruppe ist es die bessere Wahl.`,
  }),
  (c) => ({
    translated_description: afterFirst(
      c.translated_description,
      '(Vorgabe: „sachlich, alle Werte aus der Quelle, keine Superlative“)',
    ),
  }),
  (c) => ({
    marketing_copy_a: afterFirst(
      c.marketing_copy_a,
      'Notiz an mich: Tonalität noch mit dem Kunden abstimmen.',
    ),
  }),
];

const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: afterFirstJa(c.translated_description, '（数値を原文と照合中……問題なし）'),
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}\n別案：${firstSentenceJa(c.marketing_copy_a)}` }),
  (c) => ({ marketing_copy_c: `【${count(c.marketing_copy_c)}字】${c.marketing_copy_c}` }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b}（続きは次のメッセージで）` }),
  (c) => ({ translated_description: `${c.translated_description}",\n"seo_title": "` }),
  (c) => ({ h1: `${c.h1}（※ブランド名はローマ字表記のまま残しています）` }),
];

const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\n¿Por qué he puesto la marca al principio? Porque es lo que más busca el cliente en el buscador.`,
  }),
  (c) => ({ h1: `${c.h1} (o bien: «${firstWords(c.h1, 2)} para todo el año»)` }),
  (c) => ({ marketing_copy_b: `marketing_copy_b: ${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (${count(c.marketing_copy_a)} caracteres con espacios)`,
  }),
  (c) => ({
    translated_description: afterFirst(c.translated_description, 'Vale, repaso las cifras… sí, están todas.'),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n> «Texto C: promocional, con una llamada a la acción clara»`,
  }),
];

const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_b: `Bon, voyons voir : ton émotionnel, phrases courtes… c’est parti.\n${c.marketing_copy_b}`,
  }),
  (c) => ({ translated_description: `${c.translated_description} […] (suite dans le prochain message)` }),
  (c) => ({ h1: `${c.h1} (nom de marque transcrit depuis le pinyin)` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\nou : Offre de bienvenue, ne la laissez pas filer !` }),
  (c) => ({
    translated_description: afterFirst(
      c.translated_description,
      'Et oui, le vouvoiement convient mieux ici que le tutoiement, vu la clientèle visée.',
    ),
  }),
  (c) => ({
    marketing_copy_a: `Consigne : « texte axé sur la valeur, avec un appel à l’action ».\n${c.marketing_copy_a}`,
  }),
];

export const ROUND_25_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Skip the cheap clones.',
      'Knockoffs wear out within a season.',
      'Every unit is genuine, never counterfeit.',
      'Not a replica of some other brand.',
    ],
    slogans: ['Your lawn, on autopilot.', 'Clean cuts, light hands.'],
    chineseLeftovers: [],
    duplicateLead: 'Bottom line: ',
    titleStuffing: ' | Garden Must-Have, Gift Idea, Free Delivery, Top Pick',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Finger weg von billigen Kopien.',
      'Fälschungen erkennt man am Material.',
      'Jede Nachahmung gibt früher auf.',
      'Bei uns gibt es kein Imitat.',
    ],
    slogans: ['Sauberes Wasser, wo immer Sie sind.', 'Sitzen, wo andere stehen.'],
    chineseLeftovers: [],
    duplicateLead: 'Unterm Strich: ',
    titleStuffing: ' | Gartenhelfer, Geschenkidee, Gratisversand, Top-Angebot',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安品とは作りが違います。',
      'コピー品にはお気をつけください。',
      '偽物が出回っているようです。',
      'レプリカとは素材が違います。',
    ],
    slogans: ['自然の水を、安心の一杯に。', '旅の疲れを、置いていこう。'],
    chineseLeftovers: ['这款颈枕的枕套可以拆下来洗。', '请在使用前检查滤芯是否装好。'],
    duplicateLead: 'ひとことで言うと、',
    titleStuffing: '｜アウトドア人気 送料無料 ギフト対応 おすすめ',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Nada de imitaciones baratas.',
      'Ojo con las falsificaciones.',
      'No vendemos réplicas.',
      'Olvídate de los productos falsos.',
    ],
    slogans: ['Tu sitio, donde quieras.', 'Poda precisa, manos descansadas.'],
    chineseLeftovers: [],
    duplicateLead: 'Dicho de otro modo: ',
    titleStuffing: ' | Novedad, idea de regalo, envío gratis, top ventas',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Fuyez les modèles pas chers.',
      'Gare aux contrefaçons en ligne.',
      'Aucune réplique, seulement l’original.',
      'Loin des fausses bonnes affaires.',
    ],
    slogans: ['Le voyage, en douceur.', 'Tout trouve sa place.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour résumer : ',
    titleStuffing: ' | Nouveauté, idée cadeau, livraison offerte, top vente',
  },
};
