// Blind set, round 94 (written without reading the gate, committed before it is scored): a realistic day's mix of
// what a big cross-border shop sells — a men's jacket with sizes, a self-heating food product with a net weight and a
// shelf life, a sheet mask with a serum volume, a screwdriver set with a model number, a dining table with dimensions
// and a remote-control car with an age range — in the categories mens_softshell_jackets, self_heating_hot_pots,
// hydrating_sheet_masks, precision_screwdriver_sets, extendable_dining_tables and rc_off_road_cars, 12 hand-written
// listings, three artifact styles per listing and wording of its own. Artifact style of this round: mostly the common
// kinds the llm_artifact definition names (lead-ins such as "Certainly! Below is …", "Gern, hier …", "かしこまりました。
// 以下、…", "Por supuesto, esta es …", "Bien sûr ! Voici …"; AI disclaimers; sign-offs; code fences; HTML tags
// (<h2>, <div class>, <span class>, <h1>, <b>); markdown headings and bold labels; field-label prefixes), and a few
// subtler ones (a translator's note appended or set in brackets between two sentences, an unfilled placeholder, a
// status word after the h1, a label set after the title, a question back to the requester); no digits in artifacts
// that land in the description, title or meta. Sources are in everyday Chinese shop style with many number forms
// (约, 以上/以下/不超过, ranges with 到 and -, 两/三种/四条, model codes, percentages, a year, L×W×H).
// Legitimate numbers:
// Ridgeo 三层 (three-layer, dreilagig), about 650 g (1.4 lb, rund 650 g), 5000 mm (5,000 mm, 5.000 mm), 3000 g/m²/24 h
// (3,000, 3.000; m² is a superscript, not a number), M to 4XL (4), 170-190 cm (170–190 cm, 170 bis 190 cm), 两个 (two,
// zwei) side pockets, 三种 (three, drei) colours, 95% / 5% (95 %, 5 % in de), 30 ℃ (30 °C (86 °F), 30 °C), TPU (no
// number);
// Huoba about 15 minutes (約15分), 420 g (14.8 oz, 420g), 8种 (eight, 8種類), 1到2人 (1 to 2 people, 1〜2人前), 95 ℃以上
// (95 °C (203 °F) or more, 95℃以上), 9个月 (9 months, 9か月), 两盒 (two boxes, 2 × 420 g, 2箱), 2025, idioms 一些 (less,
// 少なめ) and 一次吃完 (in one sitting, 一度に食べきる);
// Aquelle 10片 (10, 10枚), about 25 ml (約25ml, environ 25 ml), 三种 (3種類, trois types), 5% (5 %, 5%), 0.08 mm
// (0,08 mm), 2到3次 (週2〜3回, 2 à 3 applications), 15-20 minutes (15〜20分, 15 à 20 minutes), 3年 (3 years, 3 ans),
// idioms 一盒 (a box, par boîte de) and 满满一袋 (generously soaked, たっぷり);
// Torqa TS-64 (model, 64), 64件 (64-teilig, 64 piezas), 56 bits, S2 (2), 8 accessories, HRC60 (HRC 60, 60 HRC), about
// 11 cm, about 17×9×3 cm (17 × 9 × 3 cm), 两年 (zwei Jahre, 2 años), 单指 (with one finger, con un solo dedo: not a
// number), idioms 一套 (set) and 一目了然 (auf einen Blick, de un vistazo);
// Mesora 2.5 cm (2,5 cm), 120 cm, 160 cm, 80 cm, 75 cm, 4 and 6 people, 四条 (vier, quatre) legs, about 100 kg,
// 两个人 (two people, deux personnes), about 20 minutes, about 38 kg, 两箱 (zwei Kartons, deux colis);
// Vroomba 1:16 (1, 16), 四驱 / 四轮 (four-wheel drive, all four wheels, cuatro ruedas), about 28 cm (11 in), 25 km/h
// (15.5 mph), 2.4G (2.4 GHz, 2,4 GHz), about 80 m (80 metros), 两块 (two, dos) batteries, 7.4 V (7,4 V), 1200 mAh
// (1,200 mAh, 1200 mAh), about 15 minutes, 8岁以上 (8 and over, a partir de 8 años), 14岁以下 (under 14, menores de
// 14 años), about 2 hours.
// Number edits: Ridgeo en title M–4XL → M–6XL (invented), de 650 → 720 g (dropped + invented); Huoba en meta 15 → 12
// minutes (invented), ja 9 → 12 months (dropped + invented); Aquelle ja meta 25 → 30 ml (invented), fr 0,08 → 0,05 mm
// (dropped + invented); Torqa de 64-teilig → 72-teilig (invented only: 64 is still in the model code TS-64), es HRC 60
// → 62 (dropped + invented); Mesora de title 120–160 → 120–180 cm (invented), fr 38 → 35 kg (dropped + invented);
// Vroomba en the conversion 15.5 → 18.6 mph next to an unchanged 25 km/h (invented), es meta 80 → 100 metres
// (invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const JACKET_ZH = 'Ridgeo 男士软壳外套 防风防泼水 M-4XL 三色可选';
const JACKET_SRC =
  'Ridgeo 男士软壳外套采用三层复合面料：外层防泼水，中间是TPU防风膜，内层为保暖抓绒，整件重约650克。防水指数5000毫米，小雨小雪不用打伞；透气指数3000克/平方米/24小时，爬山出汗也不闷。尺码从M到4XL，适合身高170-190厘米，偏胖的朋友请参考详情页尺码表。两个侧袋和胸袋都配防水拉链，帽子可拆卸，袖口魔术贴可调。有黑色、军绿、深灰三种颜色。面料成分：95%聚酯纤维，5%氨纶。可机洗，水温不超过30℃，请勿漂白。';
const HOTPOT_ZH = 'Huoba 自热小火锅 麻辣牛肉味 420克×2盒';
const HOTPOT_SRC =
  'Huoba 自热小火锅，不用火、不插电，倒入冷水后约15分钟就能吃上热腾腾的火锅。每盒净含量420克，有牛肉片、宽粉、藕片、土豆片、海带等8种食材，每盒够1到2人吃。口味是麻辣中辣，怕辣的可以少放一些底料。发热包加水后温度可达95℃以上，请放在平稳的桌面上使用，不要盖住盒盖上的透气孔。保质期9个月，常温避光保存，开封后请一次吃完。本链接为两盒装，2025年新包装，宿舍、加班、露营都方便。';
const MASK_ZH = 'Aquelle 玻尿酸补水面膜 10片装';
const MASK_SRC =
  'Aquelle 玻尿酸补水面膜一盒10片，每片精华液约25毫升，满满一袋，敷完剩下的还能抹脖子。添加三种分子量的玻尿酸和5%烟酰胺，补水的同时帮助提亮肤色。膜布采用天丝材质，薄至0.08毫米，服帖不易滑落。建议每周使用2到3次，每次敷15-20分钟，敷太久反而会倒吸水分。不含酒精和香精，敏感肌也可以放心用。未开封保质期3年，开封后请尽快使用。';
const SCREWDRIVER_ZH = 'Torqa TS-64 精密螺丝刀套装 64件 S2批头';
const SCREWDRIVER_SRC =
  'Torqa TS-64 精密螺丝刀套装一套64件，包括56个S2合金钢批头和8件常用配件（延长杆、镊子、撬棒、吸盘等）。批头硬度达HRC60，表面做了磁化处理，细小的螺丝也能吸住不掉。手柄为铝合金，长约11厘米，顶部旋转帽单指就能拨动。手机、笔记本电脑、眼镜、游戏手柄、无人机都能拆装。收纳盒约17×9×3厘米，每个批头位置都标有型号，一目了然。整套享两年质保，批头断了免费补发。';
const TABLE_ZH = 'Mesora 白橡木伸缩餐桌 120-160厘米 4-6人';
const TABLE_SRC =
  'Mesora 伸缩餐桌选用北美白橡木实木，桌面厚2.5厘米。平时长120厘米，拉开中间的折叠板可延长到160厘米，宽80厘米，高75厘米。收起来坐4个人，展开后6个人也不挤。四条桌腿之间加了横撑，承重约100公斤，稳稳当当。表面是木蜡油涂装，没有刺鼻的味道。需要简单安装，工具和说明书都随箱附送，两个人约20分钟就能装好。整桌重约38公斤，分两箱发货，签收时请留意件数。';
const RC_CAR_ZH = 'Vroomba 1:16 四驱遥控越野车 2.4G 8岁以上';
const RC_CAR_SRC =
  'Vroomba 1:16 四驱遥控越野车，车身长约28厘米，最高时速可达25公里。采用2.4G遥控，几辆车一起玩也互不干扰，遥控距离约80米。随车配两块7.4V 1200毫安锂电池，每块可玩约15分钟，两块轮流用更尽兴。车壳为耐摔尼龙材质，四轮独立避震，草地、沙地、碎石路都能跑。适合8岁以上的孩子，14岁以下请在大人陪同下玩耍。电池充满约需2小时。';

export const ROUND_94_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'mens_softshell_jackets',
    'en',
    JACKET_ZH,
    JACKET_SRC,
    {
      translated_description:
        'The Ridgeo men’s softshell jacket is made from a three-layer bonded fabric: a water-repellent outer face, a windproof TPU membrane in the middle and a warm fleece lining, and the whole jacket weighs about 650 g (1.4 lb). With a waterproof rating of 5,000 mm it sees off light rain and snow without an umbrella, while a breathability rating of 3,000 g/m²/24 h keeps it from feeling clammy on a steep climb. Sizes run from M to 4XL and fit heights of 170–190 cm; if you have a broader build, please check the size chart on the product page. The two side pockets and the chest pocket all close with water-resistant zips, the hood is detachable and the cuffs adjust with hook-and-loop tabs. It comes in three colours: black, army green and dark grey. The fabric is 95% polyester and 5% elastane. Machine wash at up to 30 °C (86 °F) and do not bleach.',
      seo_title: 'Ridgeo Men’s Softshell Jacket, Windproof, Sizes M–4XL',
      meta_description:
        'Ridgeo men’s softshell jacket with a three-layer fabric: 5,000 mm waterproof rating, windproof TPU membrane, fleece lining and a detachable hood.',
      h1: 'Ridgeo – Weatherproof Comfort from Park to Summit',
      marketing_copy_a:
        'Windbreaker, rain shell and fleece in one: a single jacket instead of three layers to juggle on the trail. Order your Ridgeo today.',
      marketing_copy_b:
        'The wind picks up on the ridge and the first flakes start to fall, and you simply zip up and keep walking. That is the freedom a good jacket gives you. Discover the Ridgeo.',
      marketing_copy_c:
        'Autumn launch offer: free delivery and free returns on every Ridgeo this month. Shop now while all sizes are in stock.',
    },
    { field: 'seo_title', find: 'Sizes M–4XL', replace: 'Sizes M–6XL', labels: ['number_invented'] },
    'Machine wash at up to 30 °C (86 °F) and do not bleach.',
  ),
  listing(
    'p01',
    'mens_softshell_jackets',
    'de',
    JACKET_ZH,
    JACKET_SRC,
    {
      translated_description:
        'Die Ridgeo Softshelljacke für Herren besteht aus einem dreilagigen Verbundmaterial: außen wasserabweisend, in der Mitte eine winddichte TPU-Membran, innen wärmendes Fleece – und das bei rund 650 g Gewicht. Mit einer Wassersäule von 5.000 mm trotzt sie leichtem Regen und Schnee, und dank einer Atmungsaktivität von 3.000 g/m²/24 h wird es auch beim steilen Aufstieg darunter nicht stickig. Erhältlich ist sie in den Größen M bis 4XL, passend für Körpergrößen von 170 bis 190 cm; bei kräftigerer Statur werfen Sie bitte einen Blick in die Größentabelle auf der Produktseite. Die zwei Seitentaschen und die Brusttasche haben wasserabweisende Reißverschlüsse, die Kapuze ist abnehmbar und die Ärmelbündchen lassen sich per Klettverschluss anpassen. Die Jacke gibt es in drei Farben: Schwarz, Olivgrün und Dunkelgrau. Material: 95 % Polyester, 5 % Elasthan. Maschinenwäsche bis 30 °C, bitte nicht bleichen.',
      seo_title: 'Ridgeo Softshelljacke Herren, winddicht, Gr. M–4XL',
      meta_description:
        'Ridgeo Softshelljacke für Herren: dreilagig mit TPU-Membran, 5.000 mm Wassersäule, Fleecefutter und abnehmbarer Kapuze, in drei Farben erhältlich.',
      h1: 'Ridgeo – wetterfest unterwegs, vom Stadtpark bis zum Gipfel',
      marketing_copy_a:
        'Windjacke, Regenschutz und Fleece in einem: eine Jacke statt drei Schichten, die unterwegs ständig gewechselt werden wollen. Jetzt bestellen.',
      marketing_copy_b:
        'Oben am Grat frischt der Wind auf, die ersten Flocken fallen – Sie ziehen einfach den Reißverschluss hoch und gehen weiter. Genau diese Freiheit schenkt eine gute Jacke. Entdecken Sie die Ridgeo.',
      marketing_copy_c:
        'Zum Herbststart: versandkostenfreie Lieferung und kostenlose Rücksendung für jede Ridgeo. Sichern Sie sich Ihre Größe jetzt.',
    },
    {
      field: 'translated_description',
      find: 'bei rund 650 g Gewicht',
      replace: 'bei rund 720 g Gewicht',
      labels: ['number_dropped', 'number_invented'],
    },
    'Maschinenwäsche bis 30 °C, bitte nicht bleichen.',
  ),
  listing(
    'p02',
    'self_heating_hot_pots',
    'en',
    HOTPOT_ZH,
    HOTPOT_SRC,
    {
      translated_description:
        'The Huoba self-heating mini hot pot needs no flame and no plug: pour in cold water and in about 15 minutes a steaming hot pot is ready to eat. Each box holds 420 g (14.8 oz) with eight ingredients, including sliced beef, wide glass noodles, lotus root, potato slices and kelp, enough for 1 to 2 people. The flavour is numbing-and-spicy Sichuan mala at medium heat; if you prefer things milder, simply use less of the soup base. Once water is added, the heating pack reaches 95 °C (203 °F) or more, so stand the box on a flat, stable table and keep the vent in the lid uncovered. Shelf life is 9 months; store at room temperature away from light and, once opened, finish it in one sitting. This listing is for a pack of two boxes in the new 2025 packaging, handy in the dorm, at your desk on a late shift or on a camping trip.',
      seo_title: 'Huoba Self-Heating Hot Pot, Spicy Beef, 2 × 420 g',
      meta_description:
        'Huoba self-heating mini hot pot with spicy beef: no flame, no power, ready in about 15 minutes. Eight ingredients in every 420 g box, pack of two.',
      h1: 'Huoba – Hot Pot Anywhere, No Stove Needed',
      marketing_copy_a:
        'Two complete hot pot meals in one pack, each with a generous mix of beef, noodles and vegetables, and nothing to wash up afterwards. Order your Huoba pack now.',
      marketing_copy_b:
        'Late at the office, the canteen long closed, rain against the window. Pour in the water, lift the lid a little later and the whole room smells of Sichuan pepper. Treat yourself to Huoba.',
      marketing_copy_c:
        'New-pack launch: a free pair of wooden chopsticks with every order this week. Grab yours before they are gone.',
    },
    {
      field: 'meta_description',
      find: 'ready in about 15 minutes',
      replace: 'ready in about 12 minutes',
      labels: ['number_invented'],
    },
    'This listing is for a pack of two boxes in the new 2025 packaging, handy in the dorm, at your desk on a late shift or on a camping trip.',
  ),
  listing(
    'p02',
    'self_heating_hot_pots',
    'ja',
    HOTPOT_ZH,
    HOTPOT_SRC,
    {
      translated_description:
        'Huobaの自熱式ミニ火鍋は、火も電気も使いません。冷たい水を注いで約15分待つだけで、熱々の火鍋が楽しめます。内容量は1箱420gで、牛肉スライス、太春雨、れんこん、じゃがいも、昆布など8種類の具材入り。1箱で1〜2人前です。味は麻辣の中辛なので、辛いものが苦手な方はスープの素を少なめに入れてください。加熱パックは水を加えると95℃以上になるため、平らで安定したテーブルの上で使い、ふたの通気口はふさがないでください。賞味期限は9か月です。直射日光を避けて常温で保存し、開封後は一度に食べきってください。こちらは2箱セットで、2025年の新パッケージです。寮でも残業中でもキャンプでも活躍します。',
      seo_title: 'Huoba 自熱式ミニ火鍋 麻辣牛肉 420g×2箱',
      meta_description:
        '火も電気も不要、水を注いで約15分で熱々の火鍋に。牛肉や太春雨など8種類の具材が入った420gの自熱式ミニ火鍋、2箱セットです。',
      h1: 'Huoba いつでもどこでも、熱々の火鍋',
      marketing_copy_a:
        '具だくさんの火鍋が2食分、洗い物もいりません。ストックしておけば、忙しい日のごはんに困りません。今すぐ購入。',
      marketing_copy_b:
        '残業帰りの遅い夜、ふたを開けると立ちのぼる湯気と花椒の香り。それだけで、がんばった自分がほっとします。ぜひお試しください。',
      marketing_copy_c:
        '新パッケージ発売を記念して、今週は木のお箸をおまけにお付けします。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '賞味期限は9か月です。',
      replace: '賞味期限は12か月です。',
      labels: ['number_dropped', 'number_invented'],
    },
    'こちらは2箱セットで、2025年の新パッケージです。',
  ),
  listing(
    'p03',
    'hydrating_sheet_masks',
    'ja',
    MASK_ZH,
    MASK_SRC,
    {
      translated_description:
        'Aquelleのヒアルロン酸保湿シートマスクは10枚入り。シートには美容液が約25mlたっぷり含まれていて、使い終わったあとの残りは首にも使えます。3種類の分子量のヒアルロン酸と5%ナイアシンアミドを配合し、うるおいを与えながら肌のトーンを明るく整えます。シートはテンセル素材で、厚さはわずか0.08mm。顔にぴったり密着し、ずれにくいのが特長です。使用は週2〜3回、貼る時間は15〜20分が目安です。長く貼りすぎると、かえって肌の水分が奪われることがあります。アルコール・香料不使用で、敏感肌の方にも安心してお使いいただけます。未開封の使用期限は3年です。開封後はなるべく早くお使いください。',
      seo_title: 'Aquelle ヒアルロン酸 保湿シートマスク 10枚入り',
      meta_description:
        '美容液約25mlがたっぷり染みこんだ、ヒアルロン酸と5%ナイアシンアミド配合の保湿シートマスク。薄さ0.08mmのシートが顔に密着します。',
      h1: 'Aquelle 毎日のスキンケアに、うるおいのごほうび',
      marketing_copy_a:
        'たっぷり10枚入りで、週に数回のスペシャルケアが続けやすい。首まで使える美容液の量も魅力です。今すぐ購入。',
      marketing_copy_b:
        'お風呂上がり、ひんやりしたシートを顔にのせて目を閉じる。それだけで、一日の疲れがすっと溶けていきます。ぜひお試しください。',
      marketing_copy_c: 'まとめ買い用のお得なセット価格もご用意しました。カートへどうぞ。',
    },
    { field: 'meta_description', find: '美容液約25ml', replace: '美容液約30ml', labels: ['number_invented'] },
    '使用は週2〜3回、貼る時間は15〜20分が目安です。',
  ),
  listing(
    'p03',
    'hydrating_sheet_masks',
    'fr',
    MASK_ZH,
    MASK_SRC,
    {
      translated_description:
        'Les masques hydratants Aquelle à l’acide hyaluronique sont vendus par boîte de 10. Chaque masque est imbibé d’environ 25 ml de sérum, si généreusement que le surplus peut encore s’appliquer sur le cou. La formule associe trois types d’acide hyaluronique de poids moléculaires différents à 5 % de niacinamide : elle hydrate la peau tout en aidant à illuminer le teint. Le tissu en Tencel, d’une finesse de 0,08 mm, épouse les contours du visage et ne glisse pas. Nous recommandons 2 à 3 applications par semaine, en laissant poser 15 à 20 minutes : au-delà, le masque risque au contraire de dessécher la peau. Sans alcool ni parfum, il convient aussi aux peaux sensibles. Non ouvert, il se conserve 3 ans ; une fois le sachet ouvert, utilisez-le rapidement.',
      seo_title: 'Masques Aquelle à l’acide hyaluronique, boîte de 10',
      meta_description:
        'Masques en tissu Aquelle : environ 25 ml de sérum chacun, acide hyaluronique et 5 % de niacinamide, tissu Tencel de 0,08 mm qui adhère sans glisser.',
      h1: 'Aquelle, une bulle d’hydratation pour votre peau',
      marketing_copy_a:
        'Dix masques généreusement imbibés, assez de sérum pour le visage et le cou : une vraie cure d’hydratation à petit prix. Commandez votre boîte Aquelle.',
      marketing_copy_b:
        'Le soir, après la douche, vous posez le masque tout frais sur votre visage et fermez les yeux. La journée s’efface doucement. Offrez-vous ce moment avec Aquelle.',
      marketing_copy_c: 'Offre du mois : la deuxième boîte à moitié prix. Profitez-en dès maintenant !',
    },
    {
      field: 'translated_description',
      find: 'd’une finesse de 0,08 mm',
      replace: 'd’une finesse de 0,05 mm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Nous recommandons 2 à 3 applications par semaine, en laissant poser 15 à 20 minutes : au-delà, le masque risque au contraire de dessécher la peau.',
  ),
  listing(
    'p04',
    'precision_screwdriver_sets',
    'es',
    SCREWDRIVER_ZH,
    SCREWDRIVER_SRC,
    {
      translated_description:
        'El juego de destornilladores de precisión Torqa TS-64 tiene 64 piezas: 56 puntas de acero aleado S2 y 8 accesorios de uso habitual, como alargador, pinzas, palanca de apertura y ventosa. Las puntas alcanzan una dureza de 60 HRC y están imantadas, así que hasta los tornillos más pequeños se quedan pegados y no se caen. El mango es de aluminio, mide unos 11 cm y su tapa giratoria se mueve con un solo dedo. Sirve para abrir y montar móviles, portátiles, gafas, mandos de consola y drones. El estuche mide unos 17 × 9 × 3 cm y cada hueco lleva marcada la medida de su punta, así que lo encuentras todo de un vistazo. El juego tiene 2 años de garantía y, si se rompe una punta, te enviamos otra gratis.',
      seo_title: 'Destornilladores de precisión Torqa TS-64, 64 piezas',
      meta_description:
        'Juego de precisión Torqa TS-64 con 56 puntas imantadas de acero S2, mango de aluminio y estuche ordenado. Ideal para móviles, portátiles y gafas.',
      h1: 'Torqa TS-64, la herramienta para los tornillos más diminutos',
      marketing_copy_a:
        'Un solo estuche en lugar de un cajón lleno de piezas sueltas: del móvil al dron, siempre tendrás la punta adecuada a mano. Compra tu Torqa TS-64.',
      marketing_copy_b:
        '¿La patilla de las gafas baila o el mando de la consola ha dejado de responder? Con las herramientas adecuadas, lo arreglas tú mismo en la mesa de la cocina. Descubre el juego Torqa.',
      marketing_copy_c:
        'Solo esta semana: una alfombrilla magnética de regalo con cada juego. Aprovecha la oferta ya.',
    },
    {
      field: 'translated_description',
      find: 'una dureza de 60 HRC',
      replace: 'una dureza de 62 HRC',
      labels: ['number_dropped', 'number_invented'],
    },
    'El estuche mide unos 17 × 9 × 3 cm y cada hueco lleva marcada la medida de su punta, así que lo encuentras todo de un vistazo.',
  ),
  listing(
    'p04',
    'precision_screwdriver_sets',
    'de',
    SCREWDRIVER_ZH,
    SCREWDRIVER_SRC,
    {
      translated_description:
        'Das Präzisions-Schraubendreher-Set Torqa TS-64 ist 64-teilig: 56 Bits aus S2-Legierungsstahl und 8 praktische Zubehörteile wie Verlängerung, Pinzette, Hebelwerkzeug und Saugnapf. Die Bits erreichen eine Härte von HRC 60 und sind magnetisiert, sodass selbst winzige Schrauben sicher daran haften. Der Griff aus Aluminium ist rund 11 cm lang, die Drehkappe oben lässt sich mit einem Finger bewegen. Ob Smartphone, Laptop, Brille, Gamecontroller oder Drohne – mit diesem Set schrauben Sie alles auf und wieder zu. Die Aufbewahrungsbox misst etwa 17 × 9 × 3 cm, und jedes Fach ist mit der Größe seines Bits beschriftet, sodass Sie alles auf einen Blick finden. Auf das gesamte Set gibt es zwei Jahre Garantie, und abgebrochene Bits ersetzen wir kostenlos.',
      seo_title: 'Torqa TS-64 Präzisions-Bitset, 64-teilig',
      meta_description:
        'Präzisions-Schraubendreher-Set Torqa TS-64 mit 56 magnetischen S2-Bits, Aluminiumgriff und Zubehör – für Handy, Laptop, Brille und Drohne.',
      h1: 'Torqa TS-64 – das Feinwerkzeug für alles mit winzigen Schrauben',
      marketing_copy_a:
        'Ein Set statt einer Schublade voller Einzelteile: Vom Handy bis zur Drohne haben Sie für jede Schraube das passende Bit zur Hand. Jetzt bestellen.',
      marketing_copy_b:
        'Der Bügel der Brille sitzt locker, der Controller reagiert nicht mehr? Statt zum Reparaturdienst zu gehen, erledigen Sie es selbst am Küchentisch. Entdecken Sie das Torqa-Set.',
      marketing_copy_c:
        'Nur diese Woche: eine magnetische Schraubenmatte gratis zu jedem Set. Sichern Sie sich Ihr Torqa jetzt.',
    },
    {
      field: 'translated_description',
      find: 'ist 64-teilig',
      replace: 'ist 72-teilig',
      labels: ['number_invented'],
    },
    'Die Aufbewahrungsbox misst etwa 17 × 9 × 3 cm, und jedes Fach ist mit der Größe seines Bits beschriftet, sodass Sie alles auf einen Blick finden.',
  ),
  listing(
    'p05',
    'extendable_dining_tables',
    'fr',
    TABLE_ZH,
    TABLE_SRC,
    {
      translated_description:
        'La table à rallonge Mesora est fabriquée en chêne blanc d’Amérique du Nord massif, avec un plateau de 2,5 cm d’épaisseur. Au quotidien, elle mesure 120 cm de long ; en dépliant l’allonge centrale, elle passe à 160 cm, pour 80 cm de large et 75 cm de haut. Fermée, elle accueille 4 convives ; ouverte, 6 personnes s’y installent sans se serrer. Des traverses relient les quatre pieds et lui permettent de supporter environ 100 kg. La surface est finie à l’huile-cire, sans odeur désagréable. Le montage est simple : outils et notice sont fournis, et à deux personnes, il faut environ 20 minutes. La table pèse environ 38 kg et arrive en deux colis ; pensez à vérifier à la livraison que vous avez bien reçu les deux.',
      seo_title: 'Table à rallonge Mesora en chêne massif, 120 à 160 cm',
      meta_description:
        'Table extensible Mesora en chêne blanc massif : de 120 à 160 cm de long, 80 cm de large, pour 4 à 6 personnes, finition huile-cire sans odeur.',
      h1: 'Mesora, la table qui s’agrandit quand la famille arrive',
      marketing_copy_a:
        'Compacte en semaine, généreuse le week-end : une seule table en vrai chêne massif, qui s’adapte à chaque occasion. Commandez votre Mesora.',
      marketing_copy_b:
        'Le rôti qui sort du four, les rires des enfants, une chaise de plus qu’on rapproche. Autour d’une belle table en chêne, on prend le temps. Découvrez Mesora.',
      marketing_copy_c:
        'Ce printemps, la livraison est offerte sur toutes les tables Mesora. Profitez-en dès aujourd’hui !',
    },
    {
      field: 'translated_description',
      find: 'pèse environ 38 kg',
      replace: 'pèse environ 35 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Le montage est simple : outils et notice sont fournis, et à deux personnes, il faut environ 20 minutes.',
  ),
  listing(
    'p05',
    'extendable_dining_tables',
    'de',
    TABLE_ZH,
    TABLE_SRC,
    {
      translated_description:
        'Der ausziehbare Esstisch Mesora ist aus massiver amerikanischer Weißeiche gefertigt, die Tischplatte ist 2,5 cm stark. Im Alltag ist er 120 cm lang; klappen Sie die Einlegeplatte in der Mitte aus, wächst er auf 160 cm. Dabei ist er 80 cm breit und 75 cm hoch. Eingefahren bietet er Platz für 4 Personen, ausgezogen sitzen auch 6 bequem daran. Streben zwischen den vier Tischbeinen sorgen für Stabilität, die Tragkraft liegt bei rund 100 kg. Die Oberfläche ist mit Hartwachsöl behandelt und riecht nicht unangenehm. Der Aufbau ist einfach: Werkzeug und Anleitung liegen bei, und zwei Personen sind in etwa 20 Minuten fertig. Der Tisch wiegt rund 38 kg und wird in zwei Kartons geliefert; bitte prüfen Sie bei der Zustellung, ob beide angekommen sind.',
      seo_title: 'Mesora Esstisch ausziehbar, Weißeiche, 120–160 cm',
      meta_description:
        'Ausziehbarer Esstisch Mesora aus massiver Weißeiche: 120 bis 160 cm lang, 80 cm breit, Platz für 4 bis 6 Personen, geölte Oberfläche ohne Geruch.',
      h1: 'Mesora – ein Tisch, der mitwächst, wenn Gäste kommen',
      marketing_copy_a:
        'Unter der Woche kompakt für die Familie, am Wochenende groß genug für Gäste: ein Tisch aus echtem Eichenholz, der beides kann. Jetzt bestellen.',
      marketing_copy_b:
        'Der Duft von Sonntagsbraten, Kinderlachen, noch ein Stuhl wird herangezogen. An einem Tisch aus warmem Eichenholz rückt man gern zusammen. Entdecken Sie Mesora.',
      marketing_copy_c:
        'Zum Frühjahrsstart liefern wir jeden Mesora versandkostenfrei. Sichern Sie sich Ihren Tisch jetzt.',
    },
    { field: 'seo_title', find: '120–160 cm', replace: '120–180 cm', labels: ['number_invented'] },
    'Der Aufbau ist einfach: Werkzeug und Anleitung liegen bei, und zwei Personen sind in etwa 20 Minuten fertig.',
  ),
  listing(
    'p06',
    'rc_off_road_cars',
    'en',
    RC_CAR_ZH,
    RC_CAR_SRC,
    {
      translated_description:
        'The Vroomba 1:16 four-wheel-drive RC off-road car has a body about 28 cm (11 in) long and a top speed of 25 km/h (15.5 mph). Its 2.4 GHz radio lets several cars race side by side without interfering with each other, with a control range of about 80 m. Two 7.4 V 1,200 mAh lithium batteries come in the box; each gives about 15 minutes of driving, and swapping them keeps the fun going for longer. The shell is made of tough, crash-resistant nylon, and independent suspension on all four wheels takes grass, sand and gravel in its stride. Suitable for children aged 8 and over. Children under 14 should play with an adult nearby. A full charge takes about 2 hours.',
      seo_title: 'Vroomba 1:16 RC Off-Road Car, 2.4 GHz, Ages 8+',
      meta_description:
        'Vroomba 1:16 remote-control off-road car with four-wheel drive, up to 25 km/h, 2.4 GHz control and two rechargeable batteries. For ages 8 and up.',
      h1: 'Vroomba – Mud, Grass and Gravel, Bring It On',
      marketing_copy_a:
        'Two batteries in the box, a nylon shell that shrugs off crashes and suspension on every wheel: a car built to be played with hard. Order your Vroomba today.',
      marketing_copy_b:
        'Muddy knees, a bumpy track behind the house and a car that just keeps going. Those are the afternoons kids remember for years. Discover Vroomba.',
      marketing_copy_c:
        'Weekend deal: a free spare set of tyres with every Vroomba ordered by Sunday. Shop now.',
    },
    {
      field: 'translated_description',
      find: '25 km/h (15.5 mph)',
      replace: '25 km/h (18.6 mph)',
      labels: ['number_invented'],
    },
    'Children under 14 should play with an adult nearby.',
  ),
  listing(
    'p06',
    'rc_off_road_cars',
    'es',
    RC_CAR_ZH,
    RC_CAR_SRC,
    {
      translated_description:
        'El coche teledirigido todoterreno Vroomba a escala 1:16 tiene tracción a las cuatro ruedas, mide unos 28 cm de largo y alcanza una velocidad máxima de 25 km/h. Su mando de 2,4 GHz permite jugar con varios coches a la vez sin interferencias, con un alcance de unos 80 metros. Incluye dos baterías de litio de 7,4 V y 1200 mAh; cada una da para unos 15 minutos de juego, y alternándolas la diversión dura más. La carrocería es de nailon resistente a los golpes y la suspensión independiente en las cuatro ruedas le permite rodar por césped, arena y grava. Recomendado a partir de 8 años. Los menores de 14 años deben jugar siempre en compañía de un adulto. La carga completa tarda unas 2 horas.',
      seo_title: 'Coche teledirigido Vroomba 1:16, todoterreno, 2,4 GHz',
      meta_description:
        'Coche teledirigido todoterreno Vroomba a escala 1:16: hasta 25 km/h, mando de 2,4 GHz con unos 80 metros de alcance y dos baterías. Desde 8 años.',
      h1: 'Vroomba, barro, césped y grava sin miedo',
      marketing_copy_a:
        'Dos baterías incluidas, una carrocería que aguanta los golpes y suspensión en cada rueda: un coche pensado para jugar de verdad. Consigue tu Vroomba ahora.',
      marketing_copy_b:
        'Rodillas llenas de barro, un circuito improvisado en el jardín y un coche que no se rinde. Así son las tardes que los niños recuerdan durante años. Descubre Vroomba.',
      marketing_copy_c:
        'Oferta de fin de semana: un juego de ruedas de repuesto de regalo con cada Vroomba. Pide el tuyo ya.',
    },
    {
      field: 'meta_description',
      find: 'unos 80 metros',
      replace: 'unos 100 metros',
      labels: ['number_invented'],
    },
    'Los menores de 14 años deben jugar siempre en compañía de un adulto.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (softshell jacket) takes styles 0-2, listing 2 (hot pot) 3-5, listing 3 (RC car) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Certainly! Below is the translated product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<h2>${c.h1}</h2>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHappy to tweak the tone or trim it down if you need something shorter.`,
  }),
  (c) => ({ meta_description: `\`\`\`text\n${c.meta_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_a: `I’m an AI and can’t taste food, but here’s a value-focused take: ${c.marketing_copy_a}`,
  }),
  (c) => ({ translated_description: `## Product Description\n\n${c.translated_description}` }),
  (c) => ({ seo_title: `SEO title: ${c.seo_title}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Translator’s note: I added miles per hour for UK and US shoppers.)',
    ),
  }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b} [INSERT PROMO CODE HERE]` }),
];

// de: listing 1 (softshell jacket) takes styles 0-2, listing 2 (screwdriver set) 3-5, listing 3 (dining table) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_a: `Nutzenorientierter Werbetext: ${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: `Gern, hier die deutsche Fassung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_c: `<div class="promo">${c.marketing_copy_c}</div>` }),
  (c) => ({ seo_title: `${c.seo_title} (SEO-Titel)` }),
  (c) => ({
    marketing_copy_c: `Als KI kann ich die Aktionsbedingungen nicht überprüfen, hier trotzdem ein Vorschlag: ${c.marketing_copy_c}`,
  }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nWenn Sie möchten, formuliere ich den Text gern noch etwas lockerer.`,
  }),
  (c) => ({ h1: `${c.h1} (überarbeitete Fassung)` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      5,
      '[Anm. d. Übers.: Statt „Streben“ ginge auch „Zargen“, das klingt für Endkunden aber zu technisch.]',
    ),
  }),
];

// ja: listing 1 (hot pot) takes styles 0-2, listing 2 (sheet mask) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `かしこまりました。以下、商品説明の翻訳です。\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `<span class="copy">${c.marketing_copy_a}</span>` }),
  (c) => ({ h1: `【見出し】${c.h1}` }),
  (c) => ({ translated_description: `# 商品説明\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      1,
      '※AIが作成した文章のため、実際の使用感とは異なる場合があります。',
    ),
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\n以上です。修正点があればお知らせください。` }),
];

// es: listing 1 (screwdriver set) takes styles 0-2, listing 2 (RC car) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Por supuesto, esta es la descripción traducida:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `\`\`\`\n${c.marketing_copy_b}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} ¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_a: `Como IA no he podido probar el coche, pero aquí va un texto centrado en el valor: ${c.marketing_copy_a}`,
  }),
  (c) => ({ translated_description: `Descripción traducida: ${c.translated_description}` }),
];

// fr: listing 1 (sheet mask) takes styles 0-2, listing 2 (dining table) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Bien sûr ! Voici la description traduite en français :\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `**Accroche émotionnelle :** ${c.marketing_copy_b}` }),
  (c) => ({ marketing_copy_c: `<b>${c.marketing_copy_c}</b>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n(Remarque : j’ai gardé « allonge » plutôt que « rallonge » pour éviter la répétition.)`,
  }),
  (c) => ({ h1: `Titre principal : ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `En tant qu’assistant IA, je ne peux pas confirmer la durée de cette offre. ${c.marketing_copy_c}`,
  }),
];

export const ROUND_94_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Knockoff hot pot kits often skimp on the beef.',
      'Cheap softshells soak through at the first proper shower.',
      'A fake RC battery can swell while it charges.',
      'Counterfeit chargers have no place in a child’s bedroom.',
    ],
    slogans: ['Hot pot, wherever you are.', 'Weather is just part of the adventure.'],
    chineseLeftovers: [],
    duplicateLead: 'The gist: ',
    titleStuffing: ' | Top Pick, Gift for Him, Hot Deal, Free Shipping, Trending Now',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Eine Fälschung erkennt man an den weichen, schnell rund gedrehten Bits.',
      'Billige Softshelljacken lassen schon beim ersten Schauer Wasser durch.',
      'Nachahmungen aus Spanplatte biegen sich unter einer vollen Tafel durch.',
      'Imitate mit dünnem Furnier sehen nur auf Fotos nach Eiche aus.',
    ],
    slogans: ['Kleine Schrauben, große Wirkung.', 'Draußen zu Hause.'],
    chineseLeftovers: [],
    duplicateLead: 'Auf den Punkt gebracht: ',
    titleStuffing: ' – Bestseller, Geschenkidee, Sonderangebot, Neuheit, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の火鍋セットは具材がほとんど入っていません。',
      'コピー品のシートマスクは美容液が少なめです。',
      '偽物の加熱パックは温度が安定せず危険です。',
      '模倣品のマスクは肌荒れの原因になることがあります。',
    ],
    slogans: ['どこでも、あつあつ。', '素肌に、うるおいの時間を。'],
    chineseLeftovers: [
      '这个火锅味道很正宗，加班的时候吃特别方便。',
      '这款面膜敷完脸很水润，第二天化妆也很服帖。',
    ],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜人気 ランキング 送料無料 まとめ買い セール 新作',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los destornilladores baratos se redondean al primer uso.',
      'Una imitación de coche teledirigido pierde la señal enseguida.',
      'Las puntas falsas se parten con el primer tornillo duro.',
      'Cuidado con las réplicas que se venden sin garantía.',
    ],
    slogans: ['Más barro, más diversión.', 'Cada tornillo en su sitio.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Lo más vendido, regalo ideal, envío gratis, novedad, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une table pas chère finit toujours par se voiler.',
      'Les contrefaçons de masques contiennent parfois des conservateurs irritants.',
      'Méfiez-vous des faux chênes en placage collé.',
      'Aucune imitation n’offre un sérum aussi généreux.',
    ],
    slogans: ['La peau boit, vous respirez.', 'Une table, mille souvenirs.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Idée cadeau, meilleure vente, nouveauté, livraison gratuite, promo',
  },
};
