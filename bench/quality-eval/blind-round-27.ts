// Blind set, round 27 (written without reading the gate, committed before it is scored): six kitchen, cleaning and
// home appliances in the categories rice_cookers, steam_mops, bread_makers, countertop_dishwashers, garment_steamers
// and soy_milk_makers, 12 hand-written listings, three artifact styles per listing and wording of its own (this
// round: explanations of single word choices inside a sentence, confidence or doubt about the facts, tracked changes
// and diff residue (strikethrough, [gestrichen: …], [-old-] [+new+], before/after pairs, "Original:" next to the
// rewrite), step and stage markers of the model's work, fit scores against a length limit, the model marking its own
// uncertainty about units or conversions, stray role tags such as Assistant:, AI: and Model:);
// legitimate numbers: Kome R5 (5), 第4代 (4th generation, fourth-generation, 第4世代), 1200 W, 3 L (3.2 US qt), 2 to 6
// people, 五层 (five-layer, 5層), 2 mm, 十二种 (twelve, 12種類) programs, 24 hours, 十几个小时 (more than ten hours,
// 十数時間, vague), 两个 (two) measuring cups; Vapo S12 (12), 三合一 (3-in-1, 3 en 1), 1500 W, 20 seconds, 110 °C,
// 百分之99.9 (99.9 %), 400 ml, 15 minutes, 两块 (two) pads, 五个 (five) brush heads, 6 m, 一次 (idiomatic); Hearth B3
// (3), 双搅拌棒 (dual paddles, Doppel-Knethaken: not a number), 25 programs, 500/750/1000 g, 三档 (three) crust
// settings, 15 hours, 1 hour, 上百 (over 100) recipes; Klara D6 (6), 5 L, 6 place settings, 七种 (seven, sieben)
// programs, 75 °C, 百分之99 (99 %), 55 × 45 × 44 cm, 2 hours, 0.8度 (0.8 kWh), 49 dB, 洗一次 (idiomatic); Lisse G2
// (2), 双模 (dual-mode, not a number), 1600 W, 25 seconds, 两档 (two) steam levels, 几十 (dozens, des dizaines) of
// steam holes, 250 ml (8.5 US fl oz), 12 minutes, 两种 (two) modes, 28 cm (11 in), 900 g (2 lb), 两年 (two-year
// warranty); Mame M8 (8), 35000 rpm (35.000, 35,000), 八叶 (eight, 8枚刃) blades, 1.2 L, 3 to 4 people, 九种 (nine,
// 9種類) functions, 25 minutes, 12 hours, 3 years.
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording, type Artifact, afterSentence } from './blind-set';

const RICE_ZH = 'Kome R5 第4代 IH电饭煲 3升';
const RICE_SRC =
  'Kome R5 第4代IH电饭煲采用1200瓦电磁环绕加热，3升内胆适合2至6人的家庭使用。内胆为五层复合结构，厚度达2毫米，受热均匀不粘锅。内置十二种烹饪程序，白米、糙米、杂粮粥都能煮，还能做蛋糕。预约最长24小时，保温十几个小时米饭也不发干。随机附赠两个量杯和饭勺。';
const MOP_ZH = 'Vapo S12 三合一蒸汽拖把';
const MOP_SRC =
  'Vapo S12 三合一蒸汽拖把既是地面拖把，也能拆成手持蒸汽清洁机，或装上地毯滑板使用。功率1500瓦，约20秒出蒸汽，蒸汽温度最高110℃，可杀灭百分之99.9的常见细菌。水箱容量400毫升，加满一次可连续拖地约15分钟。附带两块超细纤维拖布和五个刷头，电源线长6米。';
const BREAD_ZH = 'Hearth B3 全自动面包机 双搅拌';
const BREAD_SRC =
  'Hearth B3 全自动面包机配有双搅拌棒，揉面更均匀。内置25种程序，面包、蛋糕、酸奶和果酱都能做。面包重量可选500克、750克或1000克，烤色分浅、中、深三档。预约最长15小时，早上醒来就能吃到新鲜面包。不粘面包桶可拆洗，烤好后自动保温1小时。随机附送的食谱收录了上百种配方。';
const DISH_ZH = 'Klara D6 免安装台式洗碗机';
const DISH_SRC =
  'Klara D6 台式洗碗机无需安装，自带5升水箱，加水即可使用，每次可洗6套餐具。提供七种洗涤程序，高温洗最高75℃，除菌率达百分之99。机身尺寸55×45×44厘米，放在小厨房的台面上也不占地方。洗完后热风烘干约2小时，洗一次仅耗电0.8度，运行噪音低至49分贝。';
const STEAMER_ZH = 'Lisse G2 双模手持挂烫机';
const STEAMER_SRC =
  'Lisse G2 手持挂烫机功率1600瓦，约25秒出蒸汽，蒸汽分强、弱两档。面板上有几十个蒸汽孔，衬衫、西装、窗帘都能快速熨平。水箱容量250毫升，可连续熨烫约12分钟。竖挂和平烫两种模式随意切换，折叠后仅长28厘米，重约900克，出差旅行很方便。附赠刷头和防烫手套，整机质保两年。';
const SOY_ZH = 'Mame M8 破壁豆浆机 1.2升';
const SOY_SRC =
  'Mame M8 破壁豆浆机搭载35000转/分钟的高速电机，八叶刀头能把黄豆打得细腻无渣，不用过滤。容量1.2升，适合3至4人饮用。内置九种功能，豆浆、米糊、果汁、玉米汁都能做，约25分钟就能喝上热豆浆。支持最长12小时预约，适合3岁以上的孩子饮用。机身带自动清洗功能。';

export const ROUND_27_LISTINGS: readonly BlindListing[] = [
  listing(
    'k01',
    'rice_cookers',
    'en',
    RICE_ZH,
    RICE_SRC,
    {
      translated_description:
        'The fourth-generation Kome R5 IH rice cooker heats with 1,200 W of surround induction, and its 3 L (3.2 US qt) inner pot suits households of 2 to 6 people. The pot has a five-layer composite build and is 2 mm thick, so it heats evenly and rice does not stick. Twelve cooking programs cover white rice, brown rice and mixed-grain porridge, and it even bakes cakes. The delay timer can be set up to 24 hours ahead, and rice stays moist on keep-warm for more than ten hours. Two measuring cups and a rice paddle come in the box.',
      seo_title: 'Kome R5 IH Rice Cooker, 4th Gen, 3 L, 1,200 W',
      meta_description:
        'Fourth-generation Kome R5 IH rice cooker: 1,200 W induction heating, a 3 L five-layer pot for 2 to 6 people and twelve programs from porridge to cake.',
      h1: 'Kome R5 Induction Rice Cooker for Family Meals',
      marketing_copy_a:
        'Fluffy rice, slow-cooked porridge and even a sponge cake, all from the same pot on your counter. Fewer gadgets, more space – order the Kome R5 today.',
      marketing_copy_b:
        'There is something comforting about lifting the lid to a cloud of steam and tender grains after a long day. Discover the Kome R5 and bring that feeling home.',
      marketing_copy_c:
        'Launch offer: a free rice storage tin with every Kome R5 this week. Add it to your cart while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'up to 24 hours ahead',
      replace: 'up to 36 hours ahead',
      labels: ['number_dropped', 'number_invented'],
    },
    'The delay timer can be set up to 24 hours ahead, and rice stays moist on keep-warm for more than ten hours.',
  ),
  listing(
    'k01',
    'rice_cookers',
    'ja',
    RICE_ZH,
    RICE_SRC,
    {
      translated_description:
        '第4世代のKome R5 IH炊飯器は、1200Wの全周IH加熱でお米をムラなく炊き上げます。容量3Lの内釜は2〜6人のご家庭にぴったりです。内釜は厚さ2mmの5層構造で熱が均一に伝わり、ご飯がこびりつきにくい仕上がりです。白米・玄米・雑穀がゆなど12種類の炊飯メニューを搭載し、ケーキ作りにも使えます。予約は最長24時間、保温は十数時間たってもご飯がパサつきません。計量カップ2個としゃもじが付属します。',
      seo_title: 'Kome R5 IH炊飯器 第4世代 3L 5層内釜',
      meta_description:
        '第4世代のKome R5は1200WのIH加熱と5層構造の3L内釜で、2〜6人分のご飯をふっくら炊き上げます。12種類のメニューで雑穀がゆやケーキも。',
      h1: 'Kome R5 家族のためのIH炊飯器',
      marketing_copy_a:
        '白いご飯から雑穀がゆ、ケーキまでこれひとつ。キッチン家電をすっきりまとめられます。今すぐ購入。',
      marketing_copy_b:
        '仕事から帰ってふたを開けると、湯気の向こうにつやつやのご飯。そんなほっとする時間を毎日に。ぜひお試しください。',
      marketing_copy_c: '発売記念として、今なら米びつをプレゼント。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '1200W', replace: '1400W', labels: ['number_invented'] },
    '予約は最長24時間、保温は十数時間たってもご飯がパサつきません。',
  ),
  listing(
    'k02',
    'steam_mops',
    'de',
    MOP_ZH,
    MOP_SRC,
    {
      translated_description:
        'Der Vapo S12 ist ein 3-in-1-Dampfreiniger: Sie wischen damit den Boden, nehmen das Handgerät für gezielte Dampfreinigung ab oder setzen den Teppichgleiter auf. Mit 1500 W ist der Dampf nach etwa 20 Sekunden bereit, erreicht bis zu 110 °C und beseitigt 99,9 % der gängigen Bakterien. Der Wassertank fasst 400 ml, mit vollem Tank wischen Sie rund 15 Minuten am Stück. Zum Lieferumfang gehören zwei Mikrofaser-Wischbezüge und fünf Bürstenaufsätze, das Netzkabel ist 6 m lang.',
      seo_title: 'Vapo S12 3-in-1-Dampfreiniger, 1500 W, 110 °C',
      meta_description:
        'Dampfreiniger Vapo S12: Bodenwischer, Handgerät und Teppichgleiter in einem, Dampf nach 20 Sekunden, 110 °C und 400-ml-Tank für rund 15 Minuten.',
      h1: 'Vapo S12 Dampfmopp für alle Böden',
      marketing_copy_a:
        'Ein Gerät statt drei: Boden, Fugen und Teppich reinigen Sie nur mit Wasser und Dampf, ganz ohne Putzmittel. Jetzt bestellen und Platz im Schrank sparen.',
      marketing_copy_b:
        'Barfuß über frisch gereinigte Fliesen laufen, während die Kinder auf dem Boden spielen – ein gutes Gefühl. Entdecken Sie den Vapo S12.',
      marketing_copy_c:
        'Nur bis Sonntag: zwei zusätzliche Wischbezüge gratis zu jedem Vapo S12. Sichern Sie sich das Set.',
    },
    {
      field: 'translated_description',
      find: 'nach etwa 20 Sekunden',
      replace: 'nach etwa 30 Sekunden',
      labels: ['number_dropped', 'number_invented'],
    },
    'Zum Lieferumfang gehören zwei Mikrofaser-Wischbezüge und fünf Bürstenaufsätze, das Netzkabel ist 6 m lang.',
  ),
  listing(
    'k02',
    'steam_mops',
    'fr',
    MOP_ZH,
    MOP_SRC,
    {
      translated_description:
        'Le Vapo S12 est un balai vapeur 3 en 1 : il nettoie les sols, se transforme en nettoyeur vapeur à main et accueille une plaque glisse-tapis. Avec ses 1\u202f500 W, la vapeur sort en 20 secondes environ et monte jusqu’à 110 °C, ce qui élimine 99,9 % des bactéries courantes. Le réservoir de 400 ml permet environ 15 minutes de lavage en continu. Deux lingettes en microfibre et cinq brosses sont fournies, et le cordon mesure 6 m.',
      seo_title: 'Balai vapeur Vapo S12 3 en 1, 1\u202f500 W, 110 °C',
      meta_description:
        'Balai vapeur Vapo S12 3 en 1 : sols, nettoyage à main et tapis. Vapeur prête en 20 secondes, 110 °C, 99,9 % des bactéries éliminées, sans détergent.',
      h1: 'Vapo S12, le balai vapeur qui fait tout',
      marketing_copy_a:
        'Un seul appareil remplace le seau, la serpillière et les produits ménagers : l’eau du robinet suffit. Commandez le vôtre dès aujourd’hui.',
      marketing_copy_b:
        'Le plaisir de marcher pieds nus sur un carrelage net, sans odeur de produit chimique… Découvrez le Vapo S12.',
      marketing_copy_c:
        'Offre de lancement : deux lingettes supplémentaires offertes avec chaque Vapo S12. Profitez-en vite !',
    },
    { field: 'meta_description', find: '110 °C', replace: '130 °C', labels: ['number_invented'] },
    'Deux lingettes en microfibre et cinq brosses sont fournies, et le cordon mesure 6 m.',
  ),
  listing(
    'k03',
    'bread_makers',
    'en',
    BREAD_ZH,
    BREAD_SRC,
    {
      translated_description:
        'The Hearth B3 automatic bread maker has dual kneading paddles for a more even dough. Its 25 programs make bread, cake, yoghurt and jam. Choose a loaf weight of 500 g, 750 g or 1,000 g and a light, medium or dark crust – three settings in all. Set the timer up to 15 hours ahead and wake up to fresh bread. The non-stick pan lifts out for washing, and the machine keeps your loaf warm for 1 hour after baking. The recipe book in the box holds over 100 recipes.',
      seo_title: 'Hearth B3 Bread Maker, 25 Programs, Dual Paddles',
      meta_description:
        'Hearth B3 automatic bread maker with dual kneading paddles, 25 programs and loaf sizes of 500 g, 750 g or 1,000 g. Bakes bread, cake, yoghurt and jam.',
      h1: 'Hearth B3 Automatic Bread Machine',
      marketing_copy_a:
        'Bakery-quality loaves for the price of flour, yeast and water, and no more plastic-wrapped sliced bread. Shop the Hearth B3 now.',
      marketing_copy_b:
        'Imagine the smell of a warm crust drifting through the house before the alarm goes off. Treat yourself to slow Sunday mornings with the Hearth B3.',
      marketing_copy_c:
        'This month only: a free bread knife with every Hearth B3. Grab yours before the offer ends.',
    },
    { field: 'seo_title', find: '25 Programs', replace: '30 Programs', labels: ['number_invented'] },
    'Set the timer up to 15 hours ahead and wake up to fresh bread.',
  ),
  listing(
    'k03',
    'bread_makers',
    'de',
    BREAD_ZH,
    BREAD_SRC,
    {
      translated_description:
        'Der Brotbackautomat Hearth B3 knetet mit Doppel-Knethaken, damit der Teig gleichmäßiger wird. 25 Programme backen Brot und Kuchen und bereiten Joghurt und Marmelade zu. Sie wählen ein Brotgewicht von 500 g, 750 g oder 1000 g und die Bräunung in drei Stufen: hell, mittel oder dunkel. Mit der Zeitvorwahl von bis zu 15 Stunden duftet morgens frisches Brot in der Küche. Die antihaftbeschichtete Backform lässt sich herausnehmen und spülen, nach dem Backen hält das Gerät das Brot 1 Stunde warm. Im beiliegenden Rezeptbuch finden Sie über 100 Rezepte.',
      seo_title: 'Hearth B3 Brotbackautomat, 25 Programme, bis 1000 g',
      meta_description:
        'Brotbackautomat Hearth B3 mit Doppel-Knethaken, 25 Programmen, drei Bräunungsstufen und Brotgewichten von 500 bis 1000 g. Auch für Joghurt und Marmelade.',
      h1: 'Hearth B3: frisches Brot aus der eigenen Küche',
      marketing_copy_a:
        'Selbst gebackenes Brot kostet nur einen Bruchteil vom Bäckerpreis, und Sie wissen genau, was drin ist. Jetzt kaufen und gleich loslegen.',
      marketing_copy_b:
        'Der Duft von warmem Brot, noch bevor der Wecker klingelt – so beginnt ein guter Tag. Entdecken Sie den Hearth B3.',
      marketing_copy_c:
        'Aktion zum Herbstbeginn: ein Brotmesser gratis zu jedem Hearth B3. Legen Sie ihn gleich in den Warenkorb!',
    },
    {
      field: 'translated_description',
      replace: 'Die Backform fasst bis zu 2 kg Teig.',
      labels: ['number_invented'],
    },
    'Mit der Zeitvorwahl von bis zu 15 Stunden duftet morgens frisches Brot in der Küche.',
  ),
  listing(
    'k04',
    'countertop_dishwashers',
    'es',
    DISH_ZH,
    DISH_SRC,
    {
      translated_description:
        'El lavavajillas de sobremesa Klara D6 no necesita instalación: lleva un depósito de agua de 5 litros, basta con llenarlo y ponerlo en marcha, y lava 6 servicios en cada ciclo. Ofrece siete programas, con un lavado intensivo de hasta 75 °C que elimina el 99 % de las bacterias. Mide 55 × 45 × 44 cm, así que cabe en la encimera de una cocina pequeña. Tras el lavado, el secado por aire caliente dura unas 2 horas; cada lavado consume solo 0,8 kWh y el ruido no pasa de 49 dB.',
      seo_title: 'Lavavajillas de sobremesa Klara D6, 6 servicios',
      meta_description:
        'Lavavajillas de sobremesa Klara D6 sin instalación: depósito de 5 litros, 6 servicios, siete programas y lavado a 75 °C. Solo 0,8 kWh por lavado y 49 dB.',
      h1: 'Klara D6, el lavavajillas que no necesita obra',
      marketing_copy_a:
        'Sin fontanero, sin obras y sin tomas de agua: lo enchufas, llenas el depósito y te olvidas de fregar. Pídelo hoy y recupera tus tardes.',
      marketing_copy_b:
        '¿Cuántas noches has acabado la cena frente a una pila de platos? Deja que otro se encargue mientras tú te sientas a charlar. Descubre el Klara D6.',
      marketing_copy_c:
        'Oferta de lanzamiento: un paquete de pastillas de lavado de regalo con tu Klara D6. Aprovecha antes de que se agoten.',
    },
    {
      field: 'translated_description',
      find: 'lava 6 servicios',
      replace: 'lava 10 servicios',
      labels: ['number_invented'],
    },
    'Mide 55 × 45 × 44 cm, así que cabe en la encimera de una cocina pequeña.',
  ),
  listing(
    'k04',
    'countertop_dishwashers',
    'de',
    DISH_ZH,
    DISH_SRC,
    {
      translated_description:
        'Die Tischgeschirrspülmaschine Klara D6 braucht keinen Wasseranschluss: Sie füllen einfach den 5-Liter-Tank und starten. Pro Durchgang spült sie 6 Maßgedecke. Zur Wahl stehen sieben Programme, das Intensivprogramm arbeitet mit bis zu 75 °C und entfernt 99 % der Keime. Mit 55 × 45 × 44 cm passt sie auch auf die Arbeitsplatte einer kleinen Küche. Die Heißlufttrocknung dauert nach dem Spülen etwa 2 Stunden, jeder Spülgang verbraucht nur 0,8 kWh, und mit 49 dB läuft sie angenehm leise.',
      seo_title: 'Klara D6 Tischgeschirrspüler ohne Festanschluss',
      meta_description:
        'Tischgeschirrspüler Klara D6 ohne Wasseranschluss: 5-Liter-Tank, 6 Maßgedecke, sieben Programme bis 75 °C und kompakte 55 × 45 × 44 cm für kleine Küchen.',
      h1: 'Klara D6 – Spülmaschine für die Arbeitsplatte',
      marketing_copy_a:
        'Kein Installateur, kein Umbau: Stecker rein, Tank füllen, fertig. Jetzt bestellen und das Spülbecken endlich freihalten.',
      marketing_copy_b:
        'Nach dem Essen sitzen bleiben, statt am Spülbecken zu stehen – genau dafür gibt es die Klara D6. Entdecken Sie, wie viel Zeit Sie zurückgewinnen.',
      marketing_copy_c:
        'Zum Marktstart legen wir ein Paket Spültabs gratis dazu. Sichern Sie sich Ihre Klara D6.',
    },
    { field: 'meta_description', find: 'bis 75 °C', replace: 'bis 85 °C', labels: ['number_invented'] },
    'Die Heißlufttrocknung dauert nach dem Spülen etwa 2 Stunden, jeder Spülgang verbraucht nur 0,8 kWh, und mit 49 dB läuft sie angenehm leise.',
  ),
  listing(
    'k05',
    'garment_steamers',
    'en',
    STEAMER_ZH,
    STEAMER_SRC,
    {
      translated_description:
        'The Lisse G2 handheld garment steamer runs at 1,600 W and is ready in about 25 seconds, with two steam levels, high and low. Dozens of steam holes across the plate smooth out shirts, suits and curtains in no time. The 250 ml (8.5 US fl oz) tank gives about 12 minutes of continuous steaming. Switch between its two modes, upright for hanging clothes or flat like an iron, and fold it down to just 28 cm (11 in). At around 900 g (2 lb), it travels easily on business trips and holidays. A brush head and a heat-resistant glove are included, and it comes with a two-year warranty.',
      seo_title: 'Lisse G2 Handheld Garment Steamer, 1,600 W, Foldable',
      meta_description:
        'Lisse G2 handheld garment steamer: 1,600 W, steam in about 25 seconds, upright or flat steaming, and folds to 28 cm at around 900 g. Two-year warranty.',
      h1: 'Lisse G2 Travel Steamer for Creased Clothes',
      marketing_copy_a:
        'Skip the ironing board and the dry-cleaning bills: crisp shirts in minutes, straight on the hanger. Order your Lisse G2 today.',
      marketing_copy_b:
        'That moment in the hotel room when your shirt looks like it spent the night in the suitcase – because it did. Walk into every meeting looking sharp. Get your Lisse G2 now.',
      marketing_copy_c: 'Spring offer: a free travel pouch with every Lisse G2 this week. Shop now.',
    },
    {
      field: 'translated_description',
      replace: 'The steam reaches up to 120 °C.',
      labels: ['number_invented'],
    },
    'The 250 ml (8.5 US fl oz) tank gives about 12 minutes of continuous steaming.',
  ),
  listing(
    'k05',
    'garment_steamers',
    'fr',
    STEAMER_ZH,
    STEAMER_SRC,
    {
      translated_description:
        'Le défroisseur à main Lisse G2 développe 1\u202f600 W et produit de la vapeur en 25 secondes environ, avec deux niveaux de débit, fort ou doux. Des dizaines de trous de vapeur répartis sur la semelle défroissent vite chemises, costumes et rideaux. Le réservoir de 250 ml offre environ 12 minutes de défroissage en continu. Deux modes au choix, vertical sur cintre ou à plat comme un fer : une fois plié, il ne mesure que 28 cm et pèse environ 900 g, idéal en voyage. Une brosse et un gant de protection sont fournis, et l’appareil est garanti deux ans.',
      seo_title: 'Défroisseur vapeur à main Lisse G2, 1\u202f600 W, pliable',
      meta_description:
        'Défroisseur vapeur Lisse G2 : 1\u202f600 W, vapeur prête en 25 secondes, usage vertical ou à plat, 28 cm une fois plié et environ 900 g. Garantie deux ans.',
      h1: 'Lisse G2, le défroisseur qui voyage avec vous',
      marketing_copy_a:
        'Plus besoin de sortir la table à repasser : vos chemises sont impeccables en quelques minutes, directement sur le cintre. Achetez le Lisse G2.',
      marketing_copy_b:
        'Arriver à un rendez-vous avec une chemise impeccable, même après une nuit dans la valise : une petite victoire qui change la journée. Offrez-vous le Lisse G2.',
      marketing_copy_c:
        'Cette semaine, une trousse de voyage est offerte avec chaque Lisse G2. Commandez avant dimanche !',
    },
    {
      field: 'translated_description',
      find: 'pèse environ 900 g',
      replace: 'pèse environ 700 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Le réservoir de 250 ml offre environ 12 minutes de défroissage en continu.',
  ),
  listing(
    'k06',
    'soy_milk_makers',
    'ja',
    SOY_ZH,
    SOY_SRC,
    {
      translated_description:
        'Mame M8 高速ブレンダー式豆乳メーカーは、毎分35,000回転のモーターと8枚刃で大豆をなめらかに粉砕するので、こす手間がいりません。容量は1.2Lで、3〜4人分にちょうどよいサイズです。豆乳のほか、お米のポタージュ、ジュース、コーンスープなど9種類のメニューを搭載し、約25分で温かい豆乳ができあがります。最長12時間の予約に対応し、3歳以上のお子さまにも飲んでいただけます。自動洗浄機能付きでお手入れも簡単です。',
      seo_title: 'Mame M8 豆乳メーカー 1.2L 9種類メニュー',
      meta_description:
        '毎分35,000回転のモーターと8枚刃で、大豆をこさずになめらかな豆乳に。容量1.2Lで3〜4人分、9種類のメニューで約25分で完成します。',
      h1: 'Mame M8 おうちで作るできたて豆乳',
      marketing_copy_a:
        '市販の豆乳を買い続けるより、大豆から作ればぐっと経済的。添加物も気になりません。今すぐ購入。',
      marketing_copy_b:
        '朝のキッチンに広がる、やさしい大豆の香り。できたての温かい豆乳で、家族の一日をほっとスタートしませんか。ぜひお試しください。',
      marketing_copy_c: '新生活応援キャンペーン中につき、計量カップをプレゼント。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '約25分',
      replace: '約20分',
      labels: ['number_dropped', 'number_invented'],
    },
    '最長12時間の予約に対応し、3歳以上のお子さまにも飲んでいただけます。',
  ),
  listing(
    'k06',
    'soy_milk_makers',
    'es',
    SOY_ZH,
    SOY_SRC,
    {
      translated_description:
        'La máquina de leche de soja Mame M8 tritura el grano con un motor de alta velocidad de 35.000 rpm y una cuchilla de ocho hojas, así que la bebida sale fina y sin posos, sin necesidad de colarla. Tiene 1,2 litros de capacidad, suficiente para 3 o 4 personas. Sus nueve funciones preparan leche de soja, crema de arroz, zumos y bebida de maíz, y en unos 25 minutos tienes la leche de soja caliente lista. Se puede programar con hasta 12 horas de antelación y es apta para niños a partir de 3 años. Además, se limpia sola.',
      seo_title: 'Máquina de leche de soja Mame M8, 35.000 rpm',
      meta_description:
        'Máquina de leche de soja Mame M8 con motor de 35.000 rpm y nueve funciones: leche de soja sin colar, cremas y zumos en unos 25 minutos. Programable.',
      h1: 'Mame M8, leche de soja casera sin complicaciones',
      marketing_copy_a:
        'Hacer tu propia leche de soja sale mucho más a cuenta que comprar bricks cada semana, y sabes exactamente lo que lleva. Cómprala ya.',
      marketing_copy_b:
        'Despertarse con el aroma suave de la soja recién hecha y servir un vaso calentito a toda la familia… Descubre la Mame M8.',
      marketing_copy_c: 'Solo este mes: una jarra de cristal de regalo con cada Mame M8. Hazte con la tuya.',
    },
    { field: 'seo_title', find: '35.000 rpm', replace: '40.000 rpm', labels: ['number_invented'] },
    'Tiene 1,2 litros de capacidad, suficiente para 3 o 4 personas.',
  ),
];

type PerLanguage<T> = Record<Language, T>;
/** `text` with `note` placed right after the first `word` (at the end when the word is missing). */
const after = (text: string, word: string, note: string): string => {
  const i = text.indexOf(word);
  if (i < 0) return `${text} ${note}`;
  return `${text.slice(0, i + word.length)}${note}${text.slice(i + word.length)}`;
};
/** `text` with `mark` placed right before the first `word` (at the start when the word is missing). */
const before = (text: string, word: string, mark: string): string => {
  const i = text.indexOf(word);
  if (i < 0) return `${mark} ${text}`;
  return `${text.slice(0, i)}${mark}${text.slice(i)}`;
};
const count = (text: string) => [...text].length;

// en: listing 1 (rice cooker) takes styles 0-2, listing 2 (bread maker) 3-5, listing 3 (garment steamer) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: after(
      c.translated_description,
      'inner pot',
      ' (“pot” rather than “bowl”, since that is the word UK shoppers search for)',
    ),
  }),
  (c) => ({ h1: `Assistant: ${c.h1}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} [${count(c.marketing_copy_c)}/120 ✓]` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nI’m fairly sure about the programme count, but the keep-warm time reads oddly in the source, so it is worth confirming with the supplier.`,
  }),
  (c) => ({ marketing_copy_a: `Step 3 of 5 – value angle:\n${c.marketing_copy_a}` }),
  (c) => ({ meta_description: before(c.meta_description, 'dual kneading', '~~twin~~ ') }),
  (c) => ({
    translated_description: after(
      c.translated_description,
      'US fl oz',
      ' – or should that be imperial? I’m not certain which one your shop uses',
    ),
  }),
  (c) => ({ marketing_copy_b: `Before: Wrinkles? Not any more.\nAfter: ${c.marketing_copy_b}` }),
  (c) => ({ marketing_copy_c: `AI: ${c.marketing_copy_c}` }),
];

// de: listing 1 (steam mop) takes styles 0-2, listing 2 (bread maker) 3-5, listing 3 (dishwasher) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_b: `Model: ${c.marketing_copy_b}` }),
  (c) => ({
    translated_description: after(
      c.translated_description,
      '3-in-1-Dampfreiniger',
      ' (bewusst nicht „Dampfmopp“ – das klingt im Fließtext zu salopp)',
    ),
  }),
  (c) => ({ h1: `${c.h1} (${count(c.h1)}/60 ✓)` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '[gestrichen: „Perfekt für Einsteiger.“]',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (Ob es wirklich Doppel-Knethaken sind, geht aus der Vorlage nicht eindeutig hervor – da bin ich mir nicht sicher.)`,
  }),
  (c) => ({ h1: `Schritt 2 · ${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n(Unsicher: Ist beim Stromverbrauch wirklich kWh gemeint? Die Einheit im Original war für mich nicht eindeutig.)`,
  }),
  (c) => ({
    marketing_copy_a: `Original: Kein Installateur nötig, einfach loslegen.\nÜberarbeitet: ${c.marketing_copy_a}`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nAssistant:` }),
];

// ja: listing 1 (rice cooker) takes styles 0-2, listing 2 (soy milk maker) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: after(
      c.translated_description,
      '内釜',
      '（「内鍋」ではなく、炊飯器で定番の「内釜」を採用）',
    ),
  }),
  (c) => ({ marketing_copy_a: `AI：${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}（容量を「合」で書くべきか判断がつかず、Lのままにしています）`,
  }),
  (c) => ({ h1: `${c.h1} [${count(c.h1)}/30字 OK]` }),
  (c) => ({ translated_description: before(c.translated_description, 'なめらかに', '~~細かく~~') }),
  (c) => ({ marketing_copy_b: `【ステップ2：感情訴求】\n${c.marketing_copy_b}` }),
];

// es: listing 1 (dishwasher) takes styles 0-2, listing 2 (soy milk maker) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Datos revisados con bastante seguridad, salvo el consumo por lavado, que no he podido confirmar.\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_c: `Antes: ¡Oferta de lanzamiento con regalo!\nDespués: ${c.marketing_copy_c}` }),
  (c) => ({ h1: `Asistente: ${c.h1}` }),
  (c) => ({
    translated_description: after(
      c.translated_description,
      'máquina de leche de soja',
      ' (preferí «leche» a «bebida» porque es como lo busca la gente)',
    ),
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a} (${count(c.marketing_copy_a)}/150 ✔)` }),
  (c) => ({ marketing_copy_b: `Paso 2 – versión emocional:\n${c.marketing_copy_b}` }),
];

// fr: listing 1 (steam mop) takes styles 0-2, listing 2 (garment steamer) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: after(
      c.translated_description,
      '400 ml',
      ' (ml ou cl ? je ne suis pas sûr de l’unité que vous préférez ici)',
    ),
  }),
  (c) => ({ h1: `Étape 2 : ${c.h1}` }),
  (c) => ({ marketing_copy_a: afterSentence(c.marketing_copy_a, 1, 'Assistant :') }),
  (c) => ({
    translated_description: c.translated_description.replace(' vite ', ' [-rapidement-] [+vite+] '),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (Je ne suis pas certain que la garantie couvre aussi le gant et la brosse ; à vérifier.)`,
  }),
  (c) => ({
    marketing_copy_c: after(
      c.marketing_copy_c,
      'trousse de voyage',
      ' (« trousse » plutôt que « pochette », plus parlant pour un accessoire)',
    ),
  }),
];

export const ROUND_27_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap appliances end up at the back of the cupboard.',
      'No knockoff parts inside.',
      'We never ship counterfeit stock.',
      'Watch out for fake listings that use our photos.',
    ],
    slogans: ['Fresh from your kitchen, every morning.', 'Clean floors, clear mind.'],
    chineseLeftovers: [],
    duplicateLead: 'To put it simply: ',
    titleStuffing: ' | Kitchen Must-Have, Gift Idea, Free Delivery, Bestseller',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Geräte landen schnell im Keller.',
      'Keine Nachahmung aus dem Ramschregal.',
      'Finger weg von Fälschungen mit unserem Namen.',
      'Ein Imitat spült nie so gründlich.',
    ],
    slogans: ['Sauberkeit, die man spürt.', 'Frisches Brot, ganz entspannt.'],
    chineseLeftovers: [],
    duplicateLead: 'Auf den Punkt gebracht: ',
    titleStuffing: ' | Küchenhelfer, Geschenkidee, Versand kostenlos, Topseller',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安家電とは耐久性が違います。',
      'コピー品の販売サイトにご注意ください。',
      '模倣品ではなく正規ルートの商品です。',
      'レプリカ部品は使用していません。',
    ],
    slogans: ['炊きたての幸せを、毎日。', 'やさしい豆乳で始まる朝。'],
    chineseLeftovers: ['这款电饭煲煮出来的米饭又香又软。', '豆浆机用完以后请及时清洗。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜キッチン家電 人気 おすすめ 送料無料 ギフト',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los aparatos baratos acaban en el trastero.',
      'En nuestra tienda no vendemos imitaciones.',
      'Cuidado con las falsificaciones en internet.',
      'Nada de piezas de réplica.',
    ],
    slogans: ['Tu cocina, más libre.', 'El sabor de lo casero.'],
    chineseLeftovers: [],
    duplicateLead: 'Dicho de otro modo: ',
    titleStuffing: ' | Imprescindible en casa, regalo, envío gratis, novedad',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les modèles pas chers ne tiennent pas la distance.',
      'Aucune pièce de contrefaçon dans nos appareils.',
      'Attention aux fausses annonces qui utilisent nos photos.',
      'Une imitation ne défroisse jamais aussi bien.',
    ],
    slogans: ['La fraîcheur sans effort.', 'Impeccable, où que vous alliez.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour faire court : ',
    titleStuffing: ' | Indispensable maison, idée cadeau, livraison offerte',
  },
};
