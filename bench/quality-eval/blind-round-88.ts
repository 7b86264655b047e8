// Blind set, round 88 (written without reading the gate, committed before it is scored): six kitchen, winter-wear,
// pet, car-care, children's and drinkware products in the categories yogurt_makers, heated_vests, pet_drying_boxes,
// cordless_car_polishers, kids_digital_cameras and tea_infuser_bottles, 12 hand-written listings, three artifact
// styles per listing and wording of its own. Artifact style of this round: chatter that blends into the copy, as a
// reviewer meets it in real model output, with wordings new to this round: the model's reasoning tacked onto the end
// of a sentence (why "jars", why "Exzenter", why the fibre is named instead of a heater, why "excentrique"), a question
// to the requester slipped in between two sentences (breakfast or dessert, whether "spiegeln" sounds like a promise,
// whether to name jasmine), a bracketed remark about a word choice, the tone or the length (in German inside de, in
// Spanish inside es, in French inside fr), a hedge about what the maker's material leaves open (where the noise was
// measured, at what outdoor temperature the run time holds, whether the lid takes boiling water), a first-person edit
// report ("I’ve swapped …", "J’ai remplacé …", "Ich habe … gemacht", 「…説明を足しておきました」), a note to a
// colleague by name (Tomasz, Birte, 小林さん, Leire), a status word (second pass, unreviewed; in Abstimmung;
// 【確認待ち】; pendiente de validar; en relecture), an unfilled placeholder ({free_item}, {Zugabe}, DD/MM),
// an alternative wording offered (a cosier last line, a newsletter subject line, 「…で締める手もあります」, another
// closing line in French), and a pointer to another part of the answer (a caption under the FAQ further down, a
// shorter post text at the end of the reply, the accessories as bullet points at the end); no digits in
// artifacts that land in the description, title or meta. The clean listings keep a natural shop voice that uses words
// also seen in chatter ("Tip:", "Please note:", "Unser Tipp:", "Astuce :", "Un consejo:").
// Sources are in ordinary Chinese shop style (约, 以内, ranges with 到, Chinese counts such as 三种, 两块, 四个, 双 for
// "dual"). Legitimate numbers and number words:
// Lacto 1升 (1 litre, 1 L), 8个 jars (8 pots), 150毫升 (150 ml (5 fl oz)), 42℃ (42 °C), 8到10小时 (8 to 10 hours,
// 8 à 10 heures), 20瓦 (20 W), 三种 (three modes, trois modes), 2小时 (2 hours, 2 heures); idioms 一整罐 (the whole
// pot), 一杯 (a jar), 一晚上 (overnight, toute une nuit), 一键 (at the touch of a button, d'une simple pression);
// Heatra 5个 (5 Heizzonen, 5か所), 三档 (drei Stufen, 3段階), about 40 / 48 / 55 ℃, 三种颜色 (drei Farben, 3色),
// 10000毫安时 (10.000 mAh, 10000mAh), about 10 hours (rund 10 Stunden, 約10時間), 30℃ (höchstens 30 °C, 30℃以下),
// S to 3XL (3); idiom 长按 (a long press, not a number);
// Fluffo 60升 (60 litres), 8公斤 (8 kg (17.6 lb)), about 30 minutes, 30℃ to 40℃ (30 and 40 °C (86 and 104 °F)),
// about 45 dB, 两个 (two, dos) holes; idiom 第一次 (the first time, la primera vez: not a number);
// Lustro 2000 to 5500 rpm (2000 bis 5500, 2 000 à 5 500), 6档 (6 Stufen, 6 vitesses), 两块 (zwei, deux) batteries,
// 12V, about 40 minutes, 1.3 kg (1,3 kg), 6 foam pads, 2 wool pads, 125 mm; idioms 一块…另一块 (one … the other,
// ein Akku … den zweiten, une batterie … l'autre), 单手 (one hand), 几秒钟 (seconds, quelques secondes);
// Pixi 双摄像头 (dual cameras: not a number), 1080P, 一层 (a layer: idiom), 1米 (1 m (3.3 ft), 1 m), 2英寸 (2-inch,
// 2 Zoll), 15种 (15), 32GB, about 5000 photos (5,000, 5.000), about 2 hours, about 3 hours, 3 to 10 years;
// Chaya 400毫升 (400ml, 400 ml), 100℃, 304 stainless steel, 四个 (4つ, cuatro) parts; idioms 上半部分 (upper part,
// la mitad superior: not a number), 一层 (a sleeve).
// Number edits: Lacto en title 8 → 12 jars (invented), fr 42 → 45 °C (dropped + invented); Heatra de 10 → 12 Stunden
// (dropped + invented), ja meta 55℃ → 60℃ (invented); Fluffo en meta 60 → 70 litres (invented), es 45 → 50 dB
// (dropped + invented); Lustro de title 125 → 150 mm (invented), fr 40 → 50 minutes (dropped + invented); Pixi en
// 15 → 20 frames (dropped + invented), de meta 5.000 → 6.000 Fotos (invented); Chaya ja 400ml → 450ml (dropped +
// invented), es title 400 → 500 ml (invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const YOGURT_ZH = 'Lacto 全自动酸奶机 1升 配8个玻璃分杯';
const YOGURT_SRC =
  'Lacto 酸奶机内胆容量1升，另配8个150毫升的玻璃分杯，可以做一整罐，也可以分装成小杯，每天早上拿一杯刚刚好。恒温42℃发酵，牛奶加菌粉搅匀后放进去，8到10小时就能做好，时间到了自动停止加热。功率只有20瓦，开一晚上也不费电。除了酸奶，还能做米酒和纳豆，面板上有三种模式，一键选择。玻璃杯可以放进洗碗机清洗。小贴士：做好的酸奶放进冰箱冷藏2小时以后再吃，口感更浓稠。';
const VEST_ZH = 'Heatra 充电加热马甲 5区发热 三档调温';
const VEST_SRC =
  'Heatra 充电加热马甲在前胸、后背和领口一共有5个发热区，长按胸前的按钮就能开始加热。温度分三档：低档约40℃，中档约48℃，高档约55℃，按钮灯会分别亮蓝、白、红三种颜色。搭配10000毫安时充电宝使用，低档可持续发热约10小时。发热片是碳纤维材料，薄而柔软，可以随意折叠。马甲可以机洗，洗前请把充电宝取下，选轻柔模式，水温不超过30℃。尺码从S到3XL，建议按平时的尺码选择。';
const DRYER_ZH = 'Fluffo 宠物烘干箱 60升 静音暖风';
const DRYER_SRC =
  'Fluffo 宠物烘干箱容积60升，适合体重8公斤以内的猫和小型犬。洗完澡后把毛孩子放进去，暖风从各个方向吹出来，约30分钟就能吹干，比拿着吹风机追着吹省事得多。温度可以在30℃到40℃之间调节，箱内有温度传感器，超过设定温度会自动降温。运行声音约45分贝，胆小的猫咪也不容易受惊。正面是透明大窗，随时看得到里面的情况。顶部有两个透气孔，底部的接毛盒可以抽出来清理。温馨提示：第一次使用时，请主人陪在旁边，让宠物慢慢适应。';
const POLISHER_ZH = 'Lustro 无线汽车抛光机 6档调速 配两块电池';
const POLISHER_SRC =
  'Lustro 无线抛光机采用偏心摆动设计，转速从每分钟2000转到5500转，共6档可调，新手也不容易把车漆磨花。标配两块12V锂电池，一块可连续工作约40分钟，用完换上另一块就能接着干。整机重1.3公斤，单手就能拿稳。套装里有6块海绵盘和2块羊毛盘，打蜡、抛光、去除细小划痕都用得上。托盘直径125毫米，魔术贴粘接，换盘只要几秒钟。小窍门：抛光时不要用力往下压，让机器自己走，效果更均匀。';
const CAMERA_ZH = 'Pixi 儿童数码相机 双摄像头 附32GB存储卡';
const CAMERA_SRC =
  'Pixi 儿童数码相机有前后双摄像头，拍风景、拍小伙伴、自拍都可以，还能录1080P高清视频。机身外面包了一层软硅胶，从1米高的地方掉下去也不容易摔坏。2英寸的屏幕，大小正好适合孩子的小手。相机里内置15种卡通相框和滤镜，拍完可以自己装饰照片。随机附送32GB存储卡，大约能存5000张照片。充满电约需2小时，可以连续拍摄约3小时。适合3到10岁的孩子，是生日和节日送礼的好选择。';
const BOTTLE_ZH = 'Chaya 茶水分离杯 高硼硅玻璃 400毫升';
const BOTTLE_SRC =
  'Chaya 茶水分离杯容量400毫升，杯身采用高硼硅玻璃，可以直接倒入100℃的开水。茶仓设在杯子上半部分，泡好后把杯子倒过来，茶叶留在上面，茶汤流到下面，茶就不会越泡越苦。滤网是304不锈钢，网孔很细，碎茶叶也漏不下去。杯身外面套了一层硅胶防烫套，拿在手里不烫手。杯盖有密封圈，放进包里也不会漏水。整个杯子可以拆成四个部件，每天清洗很方便。绿茶、红茶、花茶都适合。';

export const ROUND_88_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'yogurt_makers',
    'en',
    YOGURT_ZH,
    YOGURT_SRC,
    {
      translated_description:
        'The Lacto yogurt maker has a 1-litre inner pot and also comes with 8 glass jars of 150 ml (5 fl oz) each, so you can make the whole batch in the pot or portion it out and have a jar ready every morning. It ferments at a constant 42 °C: stir the starter culture into the milk, put it in, and your yogurt is ready in 8 to 10 hours, after which the heating switches off by itself. It draws only 20 W, so leaving it on overnight barely shows on your electricity bill. Besides yogurt, it also makes sweet rice wine and natto, with three modes on the panel that you select at the touch of a button. The glass jars are dishwasher-safe. Tip: chill the finished yogurt in the fridge for 2 hours before eating it, and it turns thicker and creamier.',
      seo_title: 'Lacto Yogurt Maker, 1 Litre, with 8 Glass Jars',
      meta_description:
        'Lacto automatic yogurt maker with a 1-litre pot and 8 glass jars: fermentation at a constant 42 °C, automatic switch-off and three modes for yogurt and more.',
      h1: 'Lacto – Homemade Yogurt While You Sleep',
      marketing_copy_a:
        'Yogurt, sweet rice wine and natto from a single appliance, with glass jars that go straight into the dishwasher: homemade tastes better and costs less per pot. Order your Lacto today.',
      marketing_copy_b:
        'Set it up before bed, and in the morning a row of creamy jars is waiting for you in the fridge. Add a spoonful of honey and the day starts gently. Discover Lacto.',
      marketing_copy_c:
        'Launch offer: a recipe booklet and a sachet of starter culture free with every Lacto this month. Shop now while stocks last.',
    },
    {
      field: 'seo_title',
      find: 'with 8 Glass Jars',
      replace: 'with 12 Glass Jars',
      labels: ['number_invented'],
    },
    'It draws only 20 W, so leaving it on overnight barely shows on your electricity bill.',
  ),
  listing(
    'p01',
    'yogurt_makers',
    'fr',
    YOGURT_ZH,
    YOGURT_SRC,
    {
      translated_description:
        'La yaourtière Lacto dispose d’une cuve de 1 litre et de 8 pots en verre de 150 ml : vous préparez tout dans la cuve ou en portions individuelles, pour avoir un pot prêt chaque matin. Elle fait fermenter le lait à une température constante de 42 °C : mélangez les ferments au lait, placez le tout dans l’appareil, et vos yaourts sont prêts en 8 à 10 heures ; le chauffage s’arrête ensuite tout seul. Avec une puissance de 20 W seulement, elle consomme très peu, même toute une nuit. En plus des yaourts, elle prépare du vin de riz doux et du natto : le panneau propose trois modes, sélectionnés d’une simple pression. Les pots en verre passent au lave-vaisselle. Astuce : laissez reposer les yaourts 2 heures au réfrigérateur avant de les déguster, ils n’en seront que plus onctueux.',
      seo_title: 'Yaourtière Lacto 1 litre avec 8 pots en verre',
      meta_description:
        'Yaourtière Lacto : cuve de 1 litre, 8 pots en verre de 150 ml, fermentation à température constante et trois modes pour yaourts, vin de riz et natto.',
      h1: 'Lacto, des yaourts maison pendant votre sommeil',
      marketing_copy_a:
        'Yaourts, vin de riz doux et natto avec un seul appareil, et des pots qui filent au lave-vaisselle : le fait maison devient un jeu d’enfant. Commandez votre Lacto dès aujourd’hui.',
      marketing_copy_b:
        'Le soir, vous lancez la préparation ; le matin, une rangée de pots crémeux vous attend au frais. Une cuillerée de miel, et la journée commence en douceur. Découvrez Lacto.',
      marketing_copy_c:
        'Offre de lancement : un livret de recettes et un sachet de ferments offerts avec chaque Lacto ce mois-ci. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'constante de 42 °C',
      replace: 'constante de 45 °C',
      labels: ['number_dropped', 'number_invented'],
    },
    'Avec une puissance de 20 W seulement, elle consomme très peu, même toute une nuit.',
  ),
  listing(
    'p02',
    'heated_vests',
    'de',
    VEST_ZH,
    VEST_SRC,
    {
      translated_description:
        'Die Heizweste Heatra hat insgesamt 5 Heizzonen an Brust, Rücken und Kragen; ein langer Druck auf die Taste vorn an der Brust genügt, und schon wird es warm. Es gibt drei Temperaturstufen, niedrig mit etwa 40 °C, mittel mit etwa 48 °C und hoch mit etwa 55 °C, und die Taste leuchtet dazu in drei Farben: blau, weiß und rot. Mit einer Powerbank mit 10.000 mAh heizt die Weste auf der niedrigen Stufe rund 10 Stunden lang. Die Heizelemente aus Carbonfaser sind dünn und weich und lassen sich beliebig falten. Die Weste darf in die Waschmaschine: Nehmen Sie vorher die Powerbank heraus, wählen Sie den Schonwaschgang und waschen Sie bei höchstens 30 °C. Erhältlich in den Größen S bis 3XL – bestellen Sie einfach Ihre gewohnte Größe.',
      seo_title: 'Heatra Heizweste, 5 Heizzonen, 3 Temperaturstufen',
      meta_description:
        'Beheizbare Weste Heatra mit 5 Heizzonen an Brust, Rücken und Kragen, drei Stufen von etwa 40 bis 55 °C und bis zu 10 Stunden Wärme mit einer Powerbank.',
      h1: 'Heatra – Wärme, die Sie unter der Jacke tragen',
      marketing_copy_a:
        'Dünn wie ein Pullover, warm wie ein Kachelofen und danach ab in die Waschmaschine: die Heizweste für Pendler, Hundebesitzer und Stadionbesucher. Jetzt bestellen.',
      marketing_copy_b:
        'Der Wind pfeift über den Bahnsteig, doch am Rücken breitet sich wohlige Wärme aus. So fühlt sich Winter plötzlich ganz anders an. Entdecken Sie Heatra.',
      marketing_copy_c:
        'Nur im Januar: ein Paar Thermohandschuhe gratis zu jeder Heatra. Sichern Sie sich Ihre Weste, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'rund 10 Stunden lang',
      replace: 'rund 12 Stunden lang',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Weste darf in die Waschmaschine: Nehmen Sie vorher die Powerbank heraus, wählen Sie den Schonwaschgang und waschen Sie bei höchstens 30 °C.',
  ),
  listing(
    'p02',
    'heated_vests',
    'ja',
    VEST_ZH,
    VEST_SRC,
    {
      translated_description:
        'Heatraの充電式ヒーターベストは、胸・背中・襟元の計5か所に発熱ゾーンがあります。胸元のボタンを長押しするだけで加熱が始まります。温度は3段階で、低は約40℃、中は約48℃、高は約55℃。ボタンのランプが青・白・赤の3色に光って、いまの設定を知らせます。10000mAhのモバイルバッテリーにつなげば、低温モードで約10時間あたたかさが続きます。発熱体は薄くてやわらかいカーボンファイバー製で、自由に折りたためます。ベストは洗濯機で洗えます。洗う前にモバイルバッテリーを外し、弱水流コースを選んで、水温は30℃以下にしてください。サイズはS〜3XLの展開で、普段お使いのサイズをお選びください。',
      seo_title: 'Heatra 充電式ヒーターベスト 5ゾーン発熱 3段階',
      meta_description:
        '胸・背中・襟元の5か所が温まる充電式ヒーターベスト。約40〜55℃の3段階で、10000mAhのバッテリーなら低温で約10時間。洗濯機で丸洗いできます。',
      h1: 'Heatra 冬の外出を、もっと身軽に',
      marketing_copy_a:
        'コートを何枚も重ねなくても、これ一枚で背中からぽかぽか。通勤にも釣りにもスポーツ観戦にも活躍します。今すぐ購入。',
      marketing_copy_b:
        '凍える朝のホームでも、背中にじんわり広がるぬくもり。冬がちょっと好きになる一着です。ぜひチェックしてください。',
      marketing_copy_c: '今なら防寒手袋をプレゼント中。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '約40〜55℃', replace: '約40〜60℃', labels: ['number_invented'] },
    '洗う前にモバイルバッテリーを外し、弱水流コースを選んで、水温は30℃以下にしてください。',
  ),
  listing(
    'p03',
    'pet_drying_boxes',
    'en',
    DRYER_ZH,
    DRYER_SRC,
    {
      translated_description:
        'The Fluffo pet drying box has a 60-litre cabin and suits cats and small dogs weighing up to 8 kg (17.6 lb). After the bath, simply pop your furry friend inside: warm air flows in from every direction and dries the coat in about 30 minutes, which is far easier than chasing your pet around with a hairdryer. The temperature adjusts between 30 and 40 °C (86 and 104 °F), and a sensor inside the box cools things down automatically if it gets warmer than the setting. At around 45 dB it runs quietly enough not to startle even a nervous cat. A large transparent window at the front lets you keep an eye on things the whole time. Two ventilation holes sit on top, and the hair-collecting tray at the bottom slides out for cleaning. Please note: the first time you use it, stay close by so your pet can get used to it at its own pace.',
      seo_title: 'Fluffo Pet Drying Box, 60 L, for Cats and Small Dogs',
      meta_description:
        'Fluffo 60-litre pet drying box for cats and small dogs up to 8 kg: warm air from every side dries the coat in about 30 minutes, with a clear window to watch.',
      h1: 'Fluffo – Bath Time Without the Blow-Dry Battle',
      marketing_copy_a:
        'No more wrestling with a hairdryer, no more damp fur on the sofa: the drying box does the work while you tidy up the bathroom. Order your Fluffo today.',
      marketing_copy_b:
        'A clean, fluffy cat curled up on your lap instead of a soggy, grumpy one hiding under the bed. Bath day can be calm for everyone. Discover Fluffo.',
      marketing_copy_c:
        'Spring offer: a grooming brush free with every Fluffo ordered this week. Get yours before the offer ends.',
    },
    {
      field: 'meta_description',
      find: 'Fluffo 60-litre',
      replace: 'Fluffo 70-litre',
      labels: ['number_invented'],
    },
    'At around 45 dB it runs quietly enough not to startle even a nervous cat.',
  ),
  listing(
    'p03',
    'pet_drying_boxes',
    'es',
    DRYER_ZH,
    DRYER_SRC,
    {
      translated_description:
        'La caja secadora para mascotas Fluffo tiene una capacidad de 60 litros y es apta para gatos y perros pequeños de hasta 8 kg. Después del baño, mete a tu peludo dentro: el aire caliente sale desde todas las direcciones y le seca el pelo en unos 30 minutos, mucho más cómodo que perseguirlo por la casa con el secador. La temperatura se regula entre 30 y 40 °C, y un sensor interior la baja automáticamente si supera el valor elegido. Funciona a unos 45 dB, así que ni el gato más asustadizo se sobresalta. La gran ventana transparente del frente te deja ver en todo momento qué pasa dentro. Arriba tiene dos orificios de ventilación y, abajo, una bandeja recogepelos que se saca para limpiarla. Un consejo: la primera vez que la uses, quédate a su lado para que tu mascota se acostumbre poco a poco.',
      seo_title: 'Secadora para mascotas Fluffo de 60 litros, silenciosa',
      meta_description:
        'Caja secadora Fluffo de 60 litros para gatos y perros pequeños de hasta 8 kg: seca el pelo en unos 30 minutos, con temperatura regulable y ventana transparente.',
      h1: 'Fluffo, el baño sin peleas con el secador',
      marketing_copy_a:
        'Se acabaron los tirones con el secador y el sofá lleno de pelos húmedos: la caja seca a tu mascota mientras tú recoges el baño. Compra tu Fluffo hoy.',
      marketing_copy_b:
        'Un gato limpio y esponjoso en tu regazo en lugar de uno mojado y enfadado debajo de la cama. El día de baño también puede ser tranquilo. Descubre Fluffo.',
      marketing_copy_c:
        'Oferta de primavera: un cepillo de regalo con cada Fluffo pedido esta semana. Aprovecha antes de que termine.',
    },
    {
      field: 'translated_description',
      find: 'unos 45 dB',
      replace: 'unos 50 dB',
      labels: ['number_dropped', 'number_invented'],
    },
    'Arriba tiene dos orificios de ventilación y, abajo, una bandeja recogepelos que se saca para limpiarla.',
  ),
  listing(
    'p04',
    'cordless_car_polishers',
    'de',
    POLISHER_ZH,
    POLISHER_SRC,
    {
      translated_description:
        'Die Akku-Poliermaschine Lustro arbeitet mit Exzenterbewegung und dreht mit 2000 bis 5500 Umdrehungen pro Minute, einstellbar in 6 Stufen, sodass auch ein Einsteiger den Lack nicht so leicht verkratzt. Im Lieferumfang sind zwei 12-V-Lithium-Akkus: Ein Akku hält rund 40 Minuten durch, danach setzen Sie einfach den zweiten ein und machen weiter. Mit 1,3 kg liegt die Maschine sicher in einer Hand. Das Set enthält 6 Schaumstoffpads und 2 Lammfellpads zum Wachsen, Polieren und Entfernen feiner Kratzer. Der Stützteller hat 125 mm Durchmesser und einen Klettbelag, ein Padwechsel dauert nur Sekunden. Unser Tipp: Drücken Sie beim Polieren nicht fest auf, sondern lassen Sie die Maschine arbeiten – so wird das Ergebnis gleichmäßiger.',
      seo_title: 'Lustro Akku-Poliermaschine, 6 Stufen, 125-mm-Teller',
      meta_description:
        'Kabellose Exzenter-Poliermaschine Lustro mit 6 Stufen von 2000 bis 5500 U/min, zwei 12-V-Akkus, 6 Schaumstoff- und 2 Lammfellpads für glänzenden Lack.',
      h1: 'Lustro – Glanz wie vom Aufbereiter, in der eigenen Einfahrt',
      marketing_copy_a:
        'Kein Kabel, das über den Lack schleift, zwei Akkus für eine komplette Runde ums Auto und Pads für jeden Arbeitsschritt: Ihre Profi-Ausstattung fürs Wochenende. Jetzt bestellen.',
      marketing_copy_b:
        'Samstagnachmittag, die Sonne steht tief, und im frisch polierten Lack spiegeln sich die Bäume der Straße. Dieses Gefühl hat Ihr Auto verdient. Entdecken Sie Lustro.',
      marketing_copy_c:
        'Zum Saisonstart gibt es eine Dose Hartwachs gratis dazu. Bestellen Sie jetzt, solange der Vorrat reicht.',
    },
    { field: 'seo_title', find: '125-mm-Teller', replace: '150-mm-Teller', labels: ['number_invented'] },
    'Mit 1,3 kg liegt die Maschine sicher in einer Hand.',
  ),
  listing(
    'p04',
    'cordless_car_polishers',
    'fr',
    POLISHER_ZH,
    POLISHER_SRC,
    {
      translated_description:
        'La polisseuse sans fil Lustro fonctionne par mouvement excentrique et tourne de 2 000 à 5 500 tours par minute, avec 6 vitesses au choix : même un débutant risque peu de rayer la peinture. Elle est livrée avec deux batteries lithium 12 V ; une batterie tient environ 40 minutes, puis il suffit d’insérer l’autre pour continuer. Avec ses 1,3 kg, elle se tient bien d’une seule main. Le kit comprend 6 disques en mousse et 2 disques en laine pour cirer, lustrer et effacer les rayures fines. Le plateau de 125 mm de diamètre est à fixation auto-agrippante : on change de disque en quelques secondes. Astuce : n’appuyez pas fort pendant le polissage, laissez la machine travailler, le résultat sera plus homogène.',
      seo_title: 'Polisseuse sans fil Lustro, 6 vitesses, 2 batteries',
      meta_description:
        'Polisseuse excentrique sans fil Lustro : de 2 000 à 5 500 tr/min sur 6 vitesses, deux batteries 12 V, 6 disques en mousse et 2 en laine inclus.',
      h1: 'Lustro, la brillance d’atelier dans votre allée',
      marketing_copy_a:
        'Pas de câble qui frotte sur la carrosserie, deux batteries pour faire le tour complet de la voiture et un disque pour chaque étape : l’équipement pro du week-end. Commandez votre Lustro.',
      marketing_copy_b:
        'Fin d’après-midi, le soleil est bas et les arbres de la rue se reflètent dans la peinture fraîchement lustrée. Votre voiture mérite ce moment. Découvrez Lustro.',
      marketing_copy_c:
        'Pour l’arrivée du printemps, une boîte de cire dure offerte avec chaque Lustro. Profitez-en dès maintenant !',
    },
    {
      field: 'translated_description',
      find: 'environ 40 minutes',
      replace: 'environ 50 minutes',
      labels: ['number_dropped', 'number_invented'],
    },
    'Le plateau de 125 mm de diamètre est à fixation auto-agrippante : on change de disque en quelques secondes.',
  ),
  listing(
    'p05',
    'kids_digital_cameras',
    'en',
    CAMERA_ZH,
    CAMERA_SRC,
    {
      translated_description:
        'The Pixi kids’ digital camera has dual cameras, front and back, so children can snap landscapes, their friends or a selfie, and it also records 1080P HD video. The body is wrapped in soft silicone and usually survives a drop from 1 m (3.3 ft) without damage. Its 2-inch screen is just the right size for small hands. Built in are 15 cartoon frames and filters, so kids can decorate their photos themselves once they have taken them. A 32 GB memory card is included and holds roughly 5,000 photos. A full charge takes about 2 hours and lasts for about 3 hours of continuous shooting. Suitable for children aged 3 to 10, it makes a lovely birthday or holiday present.',
      seo_title: 'Pixi Kids’ Digital Camera, Dual Lens, 32 GB Card',
      meta_description:
        'Pixi kids’ camera with front and back lenses, 1080P video, a tough silicone body, fun frames and filters and a 32 GB card included. For ages 3 to 10.',
      h1: 'Pixi – Little Photographers, Big Memories',
      marketing_copy_a:
        'A camera that survives the playground, a card big enough for a whole summer of snapshots and frames that turn every picture into a keepsake. Order your Pixi today.',
      marketing_copy_b:
        'Through your child’s eyes the world looks different: the cat from below, grandma mid-laugh, a puddle full of sky. Let them show you. Discover Pixi.',
      marketing_copy_c:
        'Birthday special: free gift wrapping and a neck strap with every Pixi this month. Grab yours now.',
    },
    {
      field: 'translated_description',
      find: 'Built in are 15 cartoon frames',
      replace: 'Built in are 20 cartoon frames',
      labels: ['number_dropped', 'number_invented'],
    },
    'The body is wrapped in soft silicone and usually survives a drop from 1 m (3.3 ft) without damage.',
  ),
  listing(
    'p05',
    'kids_digital_cameras',
    'de',
    CAMERA_ZH,
    CAMERA_SRC,
    {
      translated_description:
        'Die Kinder-Digitalkamera Pixi hat eine Front- und eine Rückkamera, mit denen sich Landschaften, Freunde und Selfies knipsen lassen; außerdem nimmt sie Videos in 1080P auf. Das Gehäuse ist mit weichem Silikon ummantelt und übersteht einen Sturz aus 1 m Höhe in der Regel ohne Schaden. Der 2-Zoll-Bildschirm hat genau die richtige Größe für Kinderhände. Eingebaut sind 15 Cartoon-Rahmen und Filter, mit denen Kinder ihre Fotos nach dem Knipsen selbst verzieren. Eine 32-GB-Speicherkarte liegt bei und fasst rund 5.000 Fotos. Das Aufladen dauert etwa 2 Stunden, danach kann rund 3 Stunden am Stück fotografiert werden. Für Kinder von 3 bis 10 Jahren – ein schönes Geschenk zum Geburtstag oder zu Weihnachten.',
      seo_title: 'Pixi Kinderkamera mit Doppelkamera und 32-GB-Karte',
      meta_description:
        'Robuste Kinderkamera Pixi mit Front- und Rückkamera, Videos in 1080P, bunten Rahmen und Filtern und 32-GB-Karte für rund 5.000 Fotos. Für 3 bis 10 Jahre.',
      h1: 'Pixi – die erste eigene Kamera',
      marketing_copy_a:
        'Übersteht den Spielplatz, speichert einen ganzen Sommer voller Schnappschüsse und macht mit bunten Rahmen aus jedem Foto ein Andenken. Jetzt bestellen.',
      marketing_copy_b:
        'Mit Kinderaugen sieht die Welt anders aus: die Katze von unten, Oma mitten im Lachen, eine Pfütze voller Himmel. Lassen Sie sich überraschen. Entdecken Sie Pixi.',
      marketing_copy_c:
        'Geburtstagsaktion: Geschenkverpackung und Trageband gratis zu jeder Pixi in diesem Monat. Sichern Sie sich Ihre jetzt.',
    },
    {
      field: 'meta_description',
      find: 'rund 5.000 Fotos',
      replace: 'rund 6.000 Fotos',
      labels: ['number_invented'],
    },
    'Eingebaut sind 15 Cartoon-Rahmen und Filter, mit denen Kinder ihre Fotos nach dem Knipsen selbst verzieren.',
  ),
  listing(
    'p06',
    'tea_infuser_bottles',
    'ja',
    BOTTLE_ZH,
    BOTTLE_SRC,
    {
      translated_description:
        'Chayaのティーセパレートボトルは容量400ml。ボトル本体には耐熱性の高いホウケイ酸ガラスを使っているので、100℃の熱湯をそのまま注げます。茶葉を入れるスペースはボトルの上部にあり、お茶が出たらボトルを逆さにするだけ。茶葉は上に残り、お茶だけが下にたまるので、時間がたっても苦くなりません。茶こしは304ステンレス製で、網目が細かく、細かい茶葉も通しません。ボトルの外側にはシリコン製の断熱カバーが付いていて、熱いお茶を入れても手が熱くなりません。フタにはパッキンが付いているので、バッグに入れても漏れません。ボトルは4つのパーツに分解でき、毎日のお手入れも簡単です。緑茶、紅茶、花茶など、いろいろなお茶に使えます。',
      seo_title: 'Chaya ティーセパレートボトル 400ml 耐熱ガラス',
      meta_description:
        '茶葉とお茶を分けられるガラス製ティーボトル。容量400mlで熱湯もOK、逆さにするだけで茶葉が分かれるので、時間がたっても苦くなりません。',
      h1: 'Chaya いつでも、淹れたての味わい',
      marketing_copy_a:
        '茶葉とお湯を分けられるから、朝淹れたお茶が夕方までおいしいまま。分解して洗えるので、毎日気持ちよく使えます。今すぐ購入。',
      marketing_copy_b:
        '忙しい午後、フタを開けるとふわりと広がるお茶の香り。デスクの上に、小さな休憩時間を。ぜひチェックしてください。',
      marketing_copy_c: '今なら替えの茶こしをプレゼント中。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '容量400ml',
      replace: '容量450ml',
      labels: ['number_dropped', 'number_invented'],
    },
    '茶こしは304ステンレス製で、網目が細かく、細かい茶葉も通しません。',
  ),
  listing(
    'p06',
    'tea_infuser_bottles',
    'es',
    BOTTLE_ZH,
    BOTTLE_SRC,
    {
      translated_description:
        'El vaso Chaya con separador de té tiene una capacidad de 400 ml y un cuerpo de vidrio de borosilicato, así que puedes echar directamente agua hirviendo a 100 °C. El compartimento para las hojas está en la mitad superior: cuando el té ya está listo, le das la vuelta al vaso, las hojas se quedan arriba y la infusión baja, de modo que no se vuelve amarga aunque pase el tiempo. El filtro es de acero inoxidable 304, con una malla tan fina que ni las hojas más pequeñas se cuelan. Por fuera lleva una funda de silicona para que no te quemes al cogerlo. La tapa tiene junta de estanqueidad, así que puedes meterlo en el bolso sin miedo a que gotee. Se desmonta en cuatro piezas y se limpia en un momento cada día. Sirve para té verde, té negro, infusiones de flores y mucho más.',
      seo_title: 'Vaso con separador de té Chaya, vidrio, 400 ml',
      meta_description:
        'Vaso Chaya de 400 ml con separador de té: le das la vuelta y las hojas quedan arriba, así el té no amarga. Admite agua a 100 °C y lleva funda de silicona.',
      h1: 'Chaya, tu té recién hecho a cualquier hora',
      marketing_copy_a:
        'Separa las hojas del agua y el té de la mañana sigue sabiendo bien por la tarde; además, se desmonta para lavarlo a fondo. Compra tu Chaya hoy.',
      marketing_copy_b:
        'Una tarde de trabajo, abres la tapa y el aroma del jazmín llena tu mesa. Un pequeño respiro que cabe en la mochila. Descubre Chaya.',
      marketing_copy_c: 'Solo esta semana: un filtro de repuesto de regalo con cada Chaya. Pídelo ya.',
    },
    { field: 'seo_title', find: '400 ml', replace: '500 ml', labels: ['number_invented'] },
    'Se desmonta en cuatro piezas y se limpia en un momento cada día.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** `text` with `tail` attached to its `n`-th sentence (0-based), just before that sentence's closing mark. */
const attach = (text: string, n: number, tail: string): string => {
  const parts = text.split(/(?<=\D[.!?])\s+/);
  parts[n] = parts[n].replace(/[.!?]$/, (end) => `${tail}${end}`);
  return parts.join(' ');
};

/** The Japanese counterpart: `tail` goes in front of the `n`-th sentence's 。 (0-based). */
const attachJa = (text: string, n: number, tail: string): string => {
  const parts = text.match(/[^。]+。/g) ?? [text];
  parts[n] = parts[n].replace(/。$/, `${tail}。`);
  return parts.join('');
};

// en: listing 1 (yogurt maker) takes styles 0-2, listing 2 (pet dryer) 3-5, listing 3 (kids' camera) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  // the model's reasoning tacked onto a sentence
  (c) => ({
    translated_description: attach(
      c.translated_description,
      0,
      ' – I’ve written “jars” rather than “cups” because these are lidded glass pots, not something you drink from',
    ),
  }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Do you want to keep the breakfast scene, or would the client rather pitch it as a dessert maker?',
    ),
  }),
  // a status word
  (c) => ({ h1: `${c.h1} · second pass, unreviewed` }),
  // a hedge about what the maker's material leaves open
  (c) => ({
    translated_description: attach(
      c.translated_description,
      3,
      ', although the maker’s leaflet never says at what distance from the box that figure was taken',
    ),
  }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Alternative last line, a touch cosier: “Warm paws, dry fur, happy home.”`,
  }),
  // a pointer to another part of the answer
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} You’ll find a trimmed caption for social posts underneath the FAQ answers further down.`,
  }),
  // a first-person edit report
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'I’ve swapped “shockproof” for softer wording here, as the source only says the camera is hard to break.',
    ),
  }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Tomasz, the brand wants “snapshots”, never “pics”, so please keep that in the app banner as well.`,
  }),
  // an unfilled placeholder
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace('a neck strap', '{free_item}') }),
];

// de: listing 1 (heated vest) takes styles 0-2, listing 2 (polisher) 3-5, listing 3 (kids' camera) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  // a bracketed remark about the length
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      '(Diese Fassung ist länger geraten als die anderen – notfalls fällt die Aufzählung der Zielgruppen weg.)',
    ),
  }),
  // a hedge about what the maker's material leaves open
  (c) => ({
    translated_description: attach(
      c.translated_description,
      2,
      ' – so jedenfalls die Angabe des Herstellers, der offenlässt, bei welcher Kälte diese Laufzeit gemessen wurde',
    ),
  }),
  // an unfilled placeholder
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace('ein Paar Thermohandschuhe', '{Zugabe}') }),
  // the model's reasoning tacked onto a sentence
  (c) => ({
    translated_description: attach(
      c.translated_description,
      0,
      ' – „Exzenter“ statt „Orbital“, weil Heimwerker das Wort vom Schleifer aus dem Baumarktregal kennen',
    ),
  }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Ist „spiegeln“ hier in Ordnung, oder klingt das schon zu sehr nach Garantieversprechen?',
    ),
  }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Als Betreff für den Newsletter würde auch „Frühjahrsglanz aus der eigenen Garage“ funktionieren.`,
  }),
  // a status word
  (c) => ({ h1: `${c.h1} [in Abstimmung]` }),
  // a note to a colleague by name
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Birte, bitte klär noch mit dem Lieferanten, ob das wirklich Silikon ist oder nur gummierter Kunststoff.',
    ),
  }),
  // a first-person edit report
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Im Briefing stand „Großmutter“ – ich habe daraus „Oma“ gemacht, weil es wärmer klingt.`,
  }),
];

// ja: listing 1 (heated vest) takes styles 0-2, listing 2 (tea bottle) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  // a pointer to another part of the answer
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}告知投稿用に縮めた文面は、この回答の末尾に載せています。`,
  }),
  // the model's reasoning tacked onto a sentence
  (c) => ({
    translated_description: attachJa(
      c.translated_description,
      5,
      '――「カーボンヒーター」とせず素材名で書いたのは、暖房器具と誤解されないようにするためです',
    ),
  }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}小林さん、サイズ表記が在庫表と合っているか、念のため照合をお願いします。`,
  }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      2,
      '最後を「香りごと、持ち歩こう。」で締める手もあります。',
    ),
  }),
  // a status word
  (c) => ({ h1: `【確認待ち】${c.h1}` }),
  // a first-person edit report
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      2,
      '素材名は「ホウケイ酸ガラス」のままにして、なじみのない方向けに「耐熱性の高い」という説明を足しておきました。',
    ),
  }),
];

// es: listing 1 (pet dryer) takes styles 0-2, listing 2 (tea bottle) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  // a status word
  (c) => ({ h1: `${c.h1} (pendiente de validar)` }),
  // a bracketed remark about a word choice
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '(Pongo «peludo» porque suena más cariñoso que «mascota», aunque para la ficha de perros quizá convenga algo más neutro.)',
    ),
  }),
  // an unfilled placeholder
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace('esta semana', 'hasta el DD/MM') }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '¿Os encaja lo del jazmín o preferís no nombrar ningún té concreto?',
    ),
  }),
  // a hedge about what the maker's material leaves open
  (c) => ({
    translated_description: attach(
      c.translated_description,
      0,
      ', aunque el proveedor no especifica si la tapa soporta también esa temperatura',
    ),
  }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Leire, ojo: el proveedor aún no ha confirmado los colores de la funda.`,
  }),
];

// fr: listing 1 (yogurt maker) takes styles 0-2, listing 2 (polisher) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  // an alternative wording offered
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Pour la chute, on pourrait aussi dire : « Le yaourt maison, sans y penser. »`,
  }),
  // a first-person edit report
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'J’ai remplacé « yaourtière » par « appareil » plus haut, pour éviter une répétition.',
    ),
  }),
  // a bracketed remark about the tone
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (Ici, le texte joue la gourmandise ; on peut le rendre plus neutre si la marque préfère.)`,
  }),
  // a pointer to another part of the answer
  (c) => ({
    translated_description: `${c.translated_description} La liste des accessoires, remise sous forme de puces, se trouve à la fin de ma réponse.`,
  }),
  // the model's reasoning tacked onto a sentence
  (c) => ({
    translated_description: attach(
      c.translated_description,
      0,
      ' — je garde « excentrique » plutôt que « orbitale », car c’est le mot qu’emploient les forums d’entretien auto',
    ),
  }),
  // a status word
  (c) => ({ h1: `${c.h1} (en relecture)` }),
];

export const ROUND_88_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap yogurt makers rarely hold a steady temperature overnight.',
      'Knockoff drying boxes can overheat without any sensor to stop them.',
      'A fake memory card may lose your child’s photos without warning.',
      'Imitation silicone cracks the first time the camera hits the pavement.',
    ],
    slogans: ['Creamy mornings, made overnight.', 'Little hands, big pictures.'],
    chineseLeftovers: [],
    duplicateLead: 'Put simply, ',
    titleStuffing: ' | Must-Have, Gift Pick, Fan Favourite, Next-Day Dispatch, Hot Deal',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Heizwesten werden oft nur an einer Stelle warm.',
      'Eine Fälschung erkennt man an Pads, die sich schon nach einer Wäsche ablösen.',
      'Nachahmungen von Markenkameras haben meist keine Silikonhülle.',
      'Ein Imitat aus Hartplastik zerspringt beim ersten Sturz vom Tisch.',
    ],
    slogans: ['Warm durch jeden Wintertag.', 'Glanz, der Blicke fängt.'],
    chineseLeftovers: [],
    duplicateLead: 'Auf den Punkt gebracht: ',
    titleStuffing: ' – Topseller, Geschenkhit, Winterknaller, Blitzversand, Sonderpreis',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のヒーターベストは、温まるまでに時間がかかりがちです。',
      'コピー品のボトルは、フタから漏れることがあります。',
      '偽物のバッテリーは発熱が不安定なことがあります。',
      '模倣品の茶こしは網目が粗く、茶葉が混ざりやすいです。',
    ],
    slogans: ['ぬくもりを、着て出かけよう。', 'お茶の時間を、どこへでも。'],
    chineseLeftovers: ['这款马甲很薄，穿在外套里面一点也不显臃肿。', '这个杯子很适合上班族带到办公室泡茶。'],
    duplicateLead: 'ひとことで言うと、',
    titleStuffing: '｜話題沸騰 売れ筋 贈り物 おすすめ 送料無料 翌日配送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las secadoras baratas hacen tanto ruido que asustan a cualquier gato.',
      'Una imitación de borosilicato puede romperse con el agua hirviendo.',
      'Los filtros falsos dejan pasar las hojas más pequeñas.',
      'Las falsificaciones no traen sensor de temperatura.',
    ],
    slogans: ['Pelo seco, mascota feliz.', 'Tu té, siempre en su punto.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumidas cuentas: ',
    titleStuffing: ' | Top ventas, idea regalo, tendencia, envío rápido, chollo',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une yaourtière pas chère chauffe rarement de façon régulière.',
      'Les contrefaçons de disques de polissage laissent des traces sur la peinture.',
      'Une fausse batterie lithium peut s’arrêter en plein polissage.',
      'Aucune réplique ne donne des yaourts aussi fermes.',
    ],
    slogans: ['Le yaourt maison, tout simplement.', 'Une brillance qui se voit de loin.'],
    chineseLeftovers: [],
    duplicateLead: 'En un mot : ',
    titleStuffing: ' | Coup de cœur, meilleure vente, idée cadeau, livraison rapide, promo',
  },
};
