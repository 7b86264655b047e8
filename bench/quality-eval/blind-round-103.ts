// Blind set, round 103 (written without reading the gate, committed before it is scored): six power-tool, baby-feeding,
// e-scooter, cycling and home-audio products in the categories hole_saw_kits, baby_suction_plates,
// breast_milk_storage_bags, electric_scooter_tyres, hydraulic_disc_brake_sets and vinyl_turntables, 12 hand-written
// listings, three artifact styles per listing and wording of its own. Theme: number edits of every kind in realistic,
// number-dense shop sources (specs with units, ranges, counts with classifiers, percentages written as 百分之 and
// 百分之百, model codes, a model year, a baby's age, durations, 两/三/四/两千 as Chinese number words, a negative
// temperature), rendered faithfully in the clean listings the way native writers do (number words for small counts,
// correct conversions in brackets for en, decimal commas and thousands separators per locale, 約/〜 in ja). Number
// edits: a wrong conversion in brackets, a count changed in words (neun → zehn), a changed value in the title, the
// meta and the description, a whole sentence with numbers dropped, an added spec, a changed value whose original is
// still said elsewhere in the description, a value changed into another value of the same source (rear disc 160 →
// 180 mm, the front disc's size), a changed percentage. Artifact style of this round: ordinary model chatter and
// formatting, varied per language (lead-ins, field-label prefixes, markdown labels and headings, code fences with and
// without a language tag, a JSON fragment, HTML tags and an HTML comment, translator's notes, AI disclaimers,
// sign-offs and offers of another version); no digits or number words in artifacts that land in the description,
// title or meta. Legitimate numbers:
// Borix 13件 (13-piece, 13-teilig), 9个 (9 hole saws, neun Lochsägen), 19 to 64 mm (0.75 to 2.5 in), 2根 (two
// arbors, zwei Aufnahmen), M42 (42), 百分之8 (8%, 8 %), 3 mm, about 38 mm (1.5 in), 11 mm, about 2.1 kg (4.6 lb,
// 2,1 kg), 500 rpm (500 U/min), idiom 一次 (in a single pass, auf Anhieb);
// Mimi 百分之百 (100%, 100 %), BPA (no number), -20 °C, 220 °C, 三格 (3つ, trois compartiments), about 350 ml, 两个
// (2つ, les deux), about 120 ml, 22×18×3 cm, about 280 g, 6个月 (生後6か月, dès 6 mois), 四种 (4色, quatre coloris),
// 5 minutes, idiom 轻轻一拉 (軽く引く, tirer doucement), 初次 (初めて, avant toute utilisation: not a number);
// Lacti 60片 (60 bags, sixty in copy, 60 bolsas), 250 ml (8.5 fl oz), 10 ml, 双拉链 (double zip, doble cierre: not a
// number), 80 microns (80 micras), -18 °C, 4 days (4 días), 6 months (6 meses), 40 °C (104 °F), idiom 一目了然 (at a
// glance, de un vistazo);
// Rollo 10×2.5 inch (10 × 2,5 Zoll, 10×2.5インチ), 10寸 (10-Zoll, 10インチ), 12个 (12 Dämpfungsöffnungen, 12個), about
// 4 mm, about 1.1 kg (1,1 kg), 120 kg, 3000 km (3.000 km), 两条 / 两根 (zwei Reifen und zwei Montierhebel, 2本 / 2本),
// 单条 (each tyre, タイヤ単体: not a number);
// Frena 2024 (model year), 两套 (dos juegos, deux ensembles), 180 mm, 160 mm, 6钉 (6 tornillos, 6 trous), 1.8 mm
// (1,8 mm), 双活塞 (doble pistón, double piston: not a number), 22 mm, 850 mm, 1600 mm (1 600 mm), 26, 27.5 (27,5) and
// 29 inch, about 620 g, 两千公里 (2000 km, 2 000 km), idiom 检查一次 (revisar, contrôler);
// Vinyla 33, 45 and 78 rpm (U/min), 三种 (three speeds, drei Geschwindigkeiten), 7, 10 and 12 inch (7-, 10- und
// 12-Zoll), AT-3600L (3600), Bluetooth 5.0 (version, keeps its dot), 30 cm (11.8 in), 百分之0.5 (0.5%, 0,5 %),
// 42×34×12 cm (16.5 × 13.4 × 4.7 in), about 4.8 kg (10.6 lb, 4,8 kg), 两年 (two-year warranty, zwei Jahre), 500 hours
// (500 Betriebsstunden), idiom 更换一次 (replace, wechseln).
// Number edits: Borix en 64 mm (2.5 in) → (3.5 in), a wrong conversion (invented), de neun → zehn Lochsägen (dropped +
// invented); Mimi ja title 生後6か月 → 7か月 (invented), fr the sentence with 22 × 18 × 3 cm and 280 g removed (dropped:
// 3 is still said as trois); Lacti en an added spec "about 3 weeks" (invented), es 4 → 5 días (dropped + invented);
// Rollo de meta 120 → 150 kg (invented), ja 10インチ scooters → 8インチ, 10 still said in 10×2.5 (invented); Frena es
// title 180/160 → 203/160 mm (invented), fr rear disc 160 → 180 mm, a value of the same source, 160 said nowhere else
// (dropped); Vinyla en 0.5% → 0.05% (dropped + invented), de 42 × 34 × 12 → 42 × 34 × 14 cm, 12 still said in
// 12-Zoll (invented).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const HOLESAW_ZH = 'Borix 13件套双金属开孔器 19-64毫米 M42高速钢';
const HOLESAW_SRC =
  'Borix 双金属开孔器套装共13件，包含9个开孔锯，直径从19毫米到64毫米，水管孔、线盒孔、门锁孔都能开。另配2根中心钻杆，以及安装板和六角扳手。锯齿采用M42高速钢，含钴百分之8，木板、石膏板、PVC管和3毫米以内的铁皮都能开。有效开孔深度约38毫米，一般的室内门板一次就能开穿。钻杆为11毫米六角柄，普通电钻、充电钻都能装。全套装在塑料收纳盒里，重约2.1公斤。小贴士：开金属时转速请控制在每分钟500转以下，并加点切削油，锯齿更耐用。';
const PLATE_ZH = 'Mimi 宝宝硅胶吸盘餐盘 三格分隔 6个月以上';
const PLATE_SRC =
  'Mimi 宝宝吸盘餐盘采用百分之百食品级硅胶，不含BPA，耐温-20℃到220℃，可以放进微波炉、烤箱和洗碗机。盘子分成三格，大格约350毫升，两个小格各约120毫升，饭和菜分开盛。底部的大吸盘牢牢吸在光滑桌面上，宝宝推不动也掀不翻；吃完提起侧边的小耳朵，轻轻一拉就能取下。尺寸22×18×3厘米，重约280克。适合6个月以上开始吃辅食的宝宝。共有奶白、雾蓝、鼠尾草绿和燕麦色四种颜色。温馨提示：初次使用前请用开水烫煮5分钟。';
const BAGS_ZH = 'Lacti 母乳储存袋 250毫升 60片装 双拉链';
const BAGS_SRC =
  'Lacti 母乳储存袋一盒60片，每片容量250毫升，袋身印有清晰刻度，每格10毫升，装了多少一目了然。双拉链密封，装满后倒过来也不漏。袋子采用PET和PE复合膜，厚度80微米，放进-18℃的冷冻室也不会变脆开裂。每个袋子出厂前都经过辐照消毒，撕开就能用。正面有书写区，可以记下日期、时间和奶量。保存建议：冷藏不超过4天，冷冻不超过6个月。解冻时请把袋子放进40℃以下的温水里，不要用微波炉加热。';
const TYRE_ZH = 'Rollo 电动滑板车实心胎 10×2.5 蜂窝减震 两条装';
const TYRE_SRC =
  'Rollo 电动滑板车实心轮胎，规格为10×2.5英寸，适用于大多数10寸电动滑板车。胎壁内部是蜂窝减震结构，共有12个减震孔，骑过减速带时颠簸感明显减小。实心设计不用打气，再也不怕扎胎、漏气。胎面花纹深约4毫米，雨天路面也抓得住。单条重约1.1公斤，最大承重120公斤，正常骑行寿命可达3000公里以上。每盒两条，另附两根撬胎棒。安装小窍门：先在胎圈上抹点肥皂水，装起来会省力很多。';
const BRAKE_ZH = 'Frena 2024款山地车油压碟刹套装 前180后160毫米';
const BRAKE_SRC =
  'Frena 2024款山地车油压碟刹套装，前后两套，每套包含卡钳、刹把和碟片。前碟片直径180毫米，后碟片直径160毫米，均为6钉安装，厚度1.8毫米。卡钳采用双活塞设计，活塞直径22毫米，制动力强而线性。油管长度前850毫米、后1600毫米，适合26、27.5和29英寸车架。使用矿物油，不腐蚀漆面。整套重约620克。出厂已注油排气，装上就能骑。刹车片建议每骑行两千公里左右检查一次。';
const TURNTABLE_ZH = 'Vinyla 黑胶唱片机 三速 内置唱放 蓝牙5.0';
const TURNTABLE_SRC =
  'Vinyla 黑胶唱片机支持33、45、78转三种转速，7寸、10寸、12寸唱片都能放。皮带传动，配原装AT-3600L动磁唱头，内置唱头放大器，接上有源音箱就能听。背面有RCA输出，也可以通过蓝牙5.0连接无线耳机或音箱。铝合金唱盘直径30厘米，转速误差小于百分之0.5。机身尺寸42×34×12厘米，重约4.8公斤，防尘盖可拆卸。整机保修两年，唱针建议每使用500小时更换一次。';

export const ROUND_103_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'hole_saw_kits',
    'en',
    HOLESAW_ZH,
    HOLESAW_SRC,
    {
      translated_description:
        'The Borix bi-metal hole saw kit is a 13-piece set with 9 hole saws from 19 to 64 mm (0.75 to 2.5 in) in diameter – the right sizes for pipe runs, electrical boxes and door locks. It also includes two arbors with pilot drills, plus a mounting plate and a hex key. The teeth are made of M42 high-speed steel with 8% cobalt, so they cut through wood, plasterboard, PVC pipe and sheet metal up to 3 mm thick. With a cutting depth of about 38 mm (1.5 in), they go through most interior doors in a single pass. The arbors have an 11 mm hex shank that fits ordinary corded and cordless drills. The whole set comes in a plastic storage case and weighs about 2.1 kg (4.6 lb). Tip: when cutting metal, keep the speed below 500 rpm and add a little cutting oil – the teeth will stay sharp much longer.',
      seo_title: 'Borix 13-Piece Bi-Metal Hole Saw Kit, 19–64 mm, M42',
      meta_description:
        'Borix bi-metal hole saw kit with 9 saws from 19 to 64 mm in M42 cobalt steel, two arbors and a storage case. Cuts wood, plasterboard, PVC and thin metal.',
      h1: 'Borix – Clean Holes in Wood, Plaster and Metal',
      marketing_copy_a:
        'Nine sizes, two arbors and a sturdy case: sockets, downpipes and door locks sorted without another trip to the hardware store. Order your Borix kit today.',
      marketing_copy_b:
        'There is something deeply satisfying about a hole that comes out perfectly round on the first try, with no ragged edges to tidy up. Discover Borix.',
      marketing_copy_c:
        'Launch offer: a spare pilot drill free with every kit this month. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      find: '(0.75 to 2.5 in)',
      replace: '(0.75 to 3.5 in)',
      labels: ['number_invented'],
    },
    'The arbors have an 11 mm hex shank that fits ordinary corded and cordless drills.',
  ),
  listing(
    'p01',
    'hole_saw_kits',
    'de',
    HOLESAW_ZH,
    HOLESAW_SRC,
    {
      translated_description:
        'Das Bi-Metall-Lochsägen-Set von Borix ist 13-teilig: Es enthält neun Lochsägen mit 19 bis 64 mm Durchmesser – passend für Rohrdurchführungen, Schalterdosen und Türschlösser. Dazu kommen zwei Aufnahmen mit Zentrierbohrer sowie eine Montageplatte und ein Sechskantschlüssel. Die Zähne bestehen aus M42-Schnellarbeitsstahl mit 8 % Kobalt und schaffen Holz, Gipskarton, PVC-Rohre und Blech bis 3 mm Stärke. Mit einer Schnitttiefe von rund 38 mm kommen Sie bei den meisten Innentüren auf Anhieb durch. Die Aufnahmen haben einen 11-mm-Sechskantschaft und passen in jede gängige Bohrmaschine, ob mit Kabel oder Akku. Das komplette Set steckt in einem Kunststoffkoffer und wiegt rund 2,1 kg. Tipp: Beim Bohren in Metall die Drehzahl unter 500 U/min halten und etwas Schneidöl verwenden – so bleiben die Zähne länger scharf.',
      seo_title: 'Borix Lochsägen-Set 13-teilig, 19–64 mm, Bi-Metall M42',
      meta_description:
        'Bi-Metall-Lochsägen von Borix: neun Größen von 19 bis 64 mm aus M42-Stahl mit Kobalt, für Holz, Gipskarton, PVC und dünnes Blech – im praktischen Koffer.',
      h1: 'Borix – saubere Löcher in Holz, Gips und Blech',
      marketing_copy_a:
        'Neun Größen, zwei Aufnahmen und ein stabiler Koffer: Steckdosen, Fallrohre und Türschlösser erledigen Sie ohne Extrafahrt in den Baumarkt. Jetzt bestellen.',
      marketing_copy_b:
        'Ein Loch, das auf Anhieb rund und sauber wird, ohne ausgefranste Kanten – solche kleinen Erfolge machen das Heimwerken aus. Entdecken Sie Borix.',
      marketing_copy_c:
        'Zum Marktstart gibt es einen Ersatz-Zentrierbohrer gratis zu jedem Set. Sichern Sie sich Ihres noch diesen Monat.',
    },
    {
      field: 'translated_description',
      find: 'neun Lochsägen',
      replace: 'zehn Lochsägen',
      labels: ['number_dropped', 'number_invented'],
    },
    'Mit einer Schnitttiefe von rund 38 mm kommen Sie bei den meisten Innentüren auf Anhieb durch.',
  ),
  listing(
    'p02',
    'baby_suction_plates',
    'ja',
    PLATE_ZH,
    PLATE_SRC,
    {
      translated_description:
        'Mimiのベビー用吸盤プレートは、100%食品グレードのシリコーン製でBPAフリー。耐熱温度は220℃、耐冷温度は-20℃で、電子レンジ、オーブン、食洗機に対応しています。プレートは3つに仕切られていて、大きな仕切りは約350ml、2つの小さな仕切りはそれぞれ約120ml。ごはんとおかずを分けて盛り付けられます。底の大きな吸盤がなめらかなテーブルにしっかり吸い付くので、赤ちゃんが押してもずれず、ひっくり返すこともありません。食べ終わったら、横の小さなつまみを持ち上げて軽く引くだけで外せます。サイズは22×18×3cm、重さは約280g。離乳食を始める生後6か月頃からお使いいただけます。カラーはミルクホワイト、ミストブルー、セージグリーン、オートミールの4色です。ご注意：初めてお使いになる前に、熱湯で5分間煮沸してください。',
      seo_title: 'Mimi 吸盤付きシリコンプレート 3仕切り 生後6か月〜',
      meta_description:
        '食品グレードのシリコーン100%でBPAフリー。3つの仕切りと強力な吸盤で、生後6か月からの離乳食をもっと快適に。電子レンジ・食洗機対応。',
      h1: 'Mimi ひっくり返らない離乳食プレート',
      marketing_copy_a:
        'レンジで温めて、そのまま食卓へ。食後は食洗機に入れるだけなので、毎日の後片付けがぐっと楽になります。今すぐ購入。',
      marketing_copy_b:
        '自分でスプーンを握って、ひと口ずつ食べる小さな手。こぼれてもお皿がずれなければ、その成長をゆったり見守れます。ぜひチェックしてください。',
      marketing_copy_c: '発売記念として、同じ色のシリコンスプーンをお付けします。カートへどうぞ。',
    },
    { field: 'seo_title', find: '生後6か月〜', replace: '生後7か月〜', labels: ['number_invented'] },
    'カラーはミルクホワイト、ミストブルー、セージグリーン、オートミールの4色です。',
  ),
  listing(
    'p02',
    'baby_suction_plates',
    'fr',
    PLATE_ZH,
    PLATE_SRC,
    {
      translated_description:
        'L’assiette à ventouse Mimi est en silicone 100 % alimentaire, sans BPA, et supporte des températures de -20 °C à 220 °C : elle passe au micro-ondes, au four et au lave-vaisselle. Elle est divisée en trois compartiments : le grand contient environ 350 ml, les deux petits environ 120 ml chacun, pour séparer les féculents des légumes. Sa grande ventouse adhère fermement aux surfaces lisses : bébé ne peut ni la pousser ni la renverser. Après le repas, il suffit de soulever la petite languette sur le côté et de tirer doucement pour la décoller. Elle mesure 22 × 18 × 3 cm et pèse environ 280 g. Elle convient aux bébés dès 6 mois, au moment de la diversification alimentaire. Quatre coloris au choix : blanc lait, bleu brume, vert sauge et flocon d’avoine. Avant toute utilisation, faites-la bouillir 5 minutes dans de l’eau.',
      seo_title: 'Assiette à ventouse Mimi en silicone, 3 compartiments',
      meta_description:
        'Assiette bébé Mimi en silicone 100 % alimentaire : trois compartiments, ventouse anti-renversement, dès 6 mois. Va au micro-ondes, au four et au lave-vaisselle.',
      h1: 'Mimi, l’assiette qui reste en place',
      marketing_copy_a:
        'Une assiette qui passe du four à la table puis au lave-vaisselle, sans jamais glisser pendant le repas : moins de ménage, plus de temps pour vous. Commandez la vôtre dès maintenant.',
      marketing_copy_b:
        'Les premières cuillerées qu’il porte seul à sa bouche, les éclats de rire, un peu de purée sur le nez… Ces moments-là se vivent mieux sans craindre la chute de l’assiette. Découvrez Mimi.',
      marketing_copy_c:
        'Offre de lancement : une cuillère en silicone assortie offerte pour toute assiette achetée ce mois-ci. Profitez-en !',
    },
    {
      field: 'translated_description',
      find: ' Elle mesure 22 × 18 × 3 cm et pèse environ 280 g.',
      replace: '',
      labels: ['number_dropped'],
    },
    'Avant toute utilisation, faites-la bouillir 5 minutes dans de l’eau.',
  ),
  listing(
    'p03',
    'breast_milk_storage_bags',
    'en',
    BAGS_ZH,
    BAGS_SRC,
    {
      translated_description:
        'Each box of Lacti breast milk storage bags holds 60 bags, and every bag takes up to 250 ml (8.5 fl oz). The clear scale printed on the bag is marked every 10 ml, so you can see at a glance how much milk is inside. A double zip seals the bag so well that a full bag won’t leak even upside down. The bags are made of a PET and PE laminate 80 microns thick, so they don’t turn brittle or crack in the freezer at -18 °C. Every bag is sterilised by irradiation before it leaves the factory – just tear it open and use it. A writing panel on the front lets you note the date, time and amount. Storage guide: keep milk in the fridge for no more than 4 days, or in the freezer for no more than 6 months. To thaw, place the bag in warm water below 40 °C (104 °F), and never heat it in the microwave.',
      seo_title: 'Lacti Breast Milk Storage Bags, 250 ml, Pack of 60',
      meta_description:
        'Pre-sterilised breast milk storage bags that hold 250 ml each, with a leak-proof double zip, a clear scale and space to write the date. 60 bags per box.',
      h1: 'Lacti – Every Drop Safely Stored',
      marketing_copy_a:
        'Sixty ready-to-use bags per box, a seal you can trust upside down and a label panel that keeps your freezer in order. Order Lacti today.',
      marketing_copy_b:
        'Every bag you fill is a little gift for the hours you spend apart, kept safe until your baby needs it. Discover Lacti.',
      marketing_copy_c: 'New-parent offer: buy two boxes and get a third free this month. Shop now.',
    },
    {
      field: 'translated_description',
      replace: 'On average, a box lasts about 3 weeks of regular pumping.',
      labels: ['number_invented'],
    },
    'The bags are made of a PET and PE laminate 80 microns thick, so they don’t turn brittle or crack in the freezer at -18 °C.',
  ),
  listing(
    'p03',
    'breast_milk_storage_bags',
    'es',
    BAGS_ZH,
    BAGS_SRC,
    {
      translated_description:
        'Cada caja de bolsas para leche materna Lacti trae 60 bolsas, y cada una tiene una capacidad de 250 ml. La escala impresa en la bolsa va de 10 en 10 ml, así que ves de un vistazo cuánta leche has guardado. El doble cierre zip sella tan bien que, aunque pongas la bolsa llena boca abajo, no se sale la leche. Las bolsas son de un laminado de PET y PE de 80 micras de grosor, por lo que no se vuelven quebradizas ni se agrietan en el congelador a -18 °C. Todas se esterilizan por irradiación antes de salir de fábrica: solo tienes que abrirlas y usarlas. En la zona de escritura de la parte delantera puedes anotar la fecha, la hora y la cantidad. Cómo conservarla: en la nevera, no más de 4 días; en el congelador, no más de 6 meses. Para descongelarla, pon la bolsa en agua templada a menos de 40 °C y nunca la calientes en el microondas.',
      seo_title: 'Bolsas para leche materna Lacti de 250 ml, 60 unidades',
      meta_description:
        'Bolsas para leche materna Lacti esterilizadas y listas para usar: 250 ml cada una, doble cierre zip antigoteo, escala clara y zona para anotar la fecha.',
      h1: 'Lacti, tu leche bien guardada',
      marketing_copy_a:
        'Sesenta bolsas listas para usar, un cierre que no falla y una etiqueta que pone orden en tu congelador. Compra tu caja de Lacti hoy.',
      marketing_copy_b:
        'Cada bolsa que llenas es un pequeño regalo para los ratos en que no estáis juntos, guardado hasta que tu bebé lo necesite. Descubre Lacti.',
      marketing_copy_c:
        'Oferta para familias: llévate tres cajas y paga solo dos durante este mes. Aprovecha ya.',
    },
    {
      field: 'translated_description',
      find: 'no más de 4 días',
      replace: 'no más de 5 días',
      labels: ['number_dropped', 'number_invented'],
    },
    'Las bolsas son de un laminado de PET y PE de 80 micras de grosor, por lo que no se vuelven quebradizas ni se agrietan en el congelador a -18 °C.',
  ),
  listing(
    'p04',
    'electric_scooter_tyres',
    'de',
    TYRE_ZH,
    TYRE_SRC,
    {
      translated_description:
        'Die Vollgummireifen von Rollo für E-Scooter haben die Größe 10 × 2,5 Zoll und passen auf die meisten 10-Zoll-Scooter. Im Inneren der Reifenflanke steckt eine Wabenstruktur mit 12 Dämpfungsöffnungen, die Stöße an Bodenschwellen spürbar abfedert. Da die Reifen massiv sind, müssen sie nie aufgepumpt werden – Plattfüße und Luftverlust gehören der Vergangenheit an. Das Profil ist rund 4 mm tief und greift auch auf nasser Fahrbahn zuverlässig. Jeder Reifen wiegt etwa 1,1 kg und trägt bis zu 120 kg; bei normaler Nutzung halten die Reifen 3.000 km und mehr. Im Karton stecken zwei Reifen und zwei Montierhebel. Unser Montagetipp: Reiben Sie den Wulst vorher mit etwas Seifenwasser ein, dann geht das Aufziehen deutlich leichter.',
      seo_title: 'Rollo E-Scooter-Vollreifen, 10 × 2,5 Zoll, pannensicher',
      meta_description:
        'Pannensichere Vollgummireifen von Rollo in 10 × 2,5 Zoll für die meisten E-Scooter: Wabendämpfung, griffiges Profil, bis 120 kg belastbar, im Doppelpack.',
      h1: 'Rollo – nie wieder platt mit dem E-Scooter',
      marketing_copy_a:
        'Kein Flickzeug, keine Pumpe, kein Warten am Straßenrand: Mit diesen Reifen fahren Sie einfach los, Tag für Tag. Jetzt bestellen.',
      marketing_copy_b:
        'Der Morgen ist knapp, die Bahn wartet nicht – und Ihr Scooter steht trotzdem startklar vor der Tür. Entdecken Sie Rollo.',
      marketing_copy_c:
        'Nur diesen Monat versenden wir jedes Reifenpaar gratis. Legen Sie Ihres gleich in den Warenkorb.',
    },
    { field: 'meta_description', find: 'bis 120 kg', replace: 'bis 150 kg', labels: ['number_invented'] },
    'Das Profil ist rund 4 mm tief und greift auch auf nasser Fahrbahn zuverlässig.',
  ),
  listing(
    'p04',
    'electric_scooter_tyres',
    'ja',
    TYRE_ZH,
    TYRE_SRC,
    {
      translated_description:
        'Rolloの電動キックボード用ソリッドタイヤは、サイズ10×2.5インチ。ほとんどの10インチ電動キックボードに取り付けられます。タイヤ内部はハニカム構造になっていて、12個の衝撃吸収ホールが段差を越えるときの揺れをしっかり和らげます。ソリッドタイヤなので空気を入れる必要がなく、パンクや空気漏れの心配もありません。トレッドの溝の深さは約4mmで、雨の日の路面でもしっかりグリップします。タイヤ単体の重さは約1.1kg、最大耐荷重は120kg。通常の使い方なら3000km以上走行できます。タイヤ2本のセットで、タイヤレバーも2本付属しています。取り付けのコツ：ビード部分に石けん水を少し塗っておくと、ずっと楽にはめられます。',
      seo_title: 'Rollo 電動キックボード用ソリッドタイヤ 10×2.5インチ',
      meta_description:
        '10×2.5インチの電動キックボード用ソリッドタイヤ。ハニカム構造で衝撃を吸収し、パンクの心配なし。耐荷重120kg、2本セット。',
      h1: 'Rollo パンク知らずの毎日の足に',
      marketing_copy_a:
        '空気入れも修理キットも、もう持ち歩く必要はありません。通勤も買い物も、思い立ったらすぐに出発できます。今すぐ購入。',
      marketing_copy_b:
        '雨上がりの朝も、段差の多い帰り道も、足元が頼もしいと気持ちまで軽くなります。Rolloの走りをチェックしてみてください。',
      marketing_copy_c: '今月限定で、2本セットの送料が無料になります。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: 'ほとんどの10インチ電動キックボード',
      replace: 'ほとんどの8インチ電動キックボード',
      labels: ['number_invented'],
    },
    'トレッドの溝の深さは約4mmで、雨の日の路面でもしっかりグリップします。',
  ),
  listing(
    'p05',
    'hydraulic_disc_brake_sets',
    'es',
    BRAKE_ZH,
    BRAKE_SRC,
    {
      translated_description:
        'El kit de frenos de disco hidráulicos Frena, modelo 2024, para bicicleta de montaña incluye dos juegos, delantero y trasero, cada uno con pinza, maneta y disco. El disco delantero mide 180 mm de diámetro y el trasero, 160 mm; ambos se montan con 6 tornillos y tienen un grosor de 1,8 mm. Las pinzas son de doble pistón, con pistones de 22 mm de diámetro, y ofrecen una frenada potente y progresiva. Los latiguillos miden 850 mm el delantero y 1600 mm el trasero, y sirven para la mayoría de cuadros de 26, 27,5 y 29 pulgadas. Funcionan con aceite mineral, que no daña la pintura. El conjunto completo pesa unos 620 g. Vienen purgados y con el aceite puesto de fábrica, así que solo tienes que montarlos y salir a rodar. Te recomendamos revisar las pastillas cada 2000 km, más o menos.',
      seo_title: 'Frenos de disco hidráulicos Frena 2024, 180/160 mm',
      meta_description:
        'Kit de frenos de disco hidráulicos Frena 2024 para MTB: discos de 180 y 160 mm, pinzas de doble pistón, aceite mineral y purgado de fábrica.',
      h1: 'Frena, frenadas seguras en cada bajada',
      marketing_copy_a:
        'Todo lo que necesitas para renovar los frenos delante y detrás, ya purgado y listo para montar en una tarde. Compra tu kit Frena.',
      marketing_copy_b:
        'Esa curva cerrada al final del sendero ya no da miedo cuando sabes que vas a parar justo donde quieres. Descubre Frena.',
      marketing_copy_c: 'Solo este mes, un juego de pastillas de repuesto de regalo con cada kit. Pídelo ya.',
    },
    { field: 'seo_title', find: '180/160 mm', replace: '203/160 mm', labels: ['number_invented'] },
    'El conjunto completo pesa unos 620 g.',
  ),
  listing(
    'p05',
    'hydraulic_disc_brake_sets',
    'fr',
    BRAKE_ZH,
    BRAKE_SRC,
    {
      translated_description:
        'Le kit de freins à disque hydrauliques Frena, modèle 2024, pour VTT comprend deux ensembles, avant et arrière, chacun avec étrier, levier et disque. Le disque avant mesure 180 mm de diamètre et le disque arrière 160 mm ; tous deux se fixent en 6 trous et font 1,8 mm d’épaisseur. Les étriers à double piston, avec des pistons de 22 mm de diamètre, offrent un freinage puissant et progressif. Les durites mesurent 850 mm à l’avant et 1 600 mm à l’arrière, et conviennent à la plupart des cadres de 26, 27,5 et 29 pouces. Le système fonctionne à l’huile minérale, qui n’abîme pas la peinture. L’ensemble pèse environ 620 g. Les freins sont livrés remplis et purgés : il ne reste qu’à les monter et à rouler. Nous conseillons de contrôler les plaquettes tous les 2 000 km environ.',
      seo_title: 'Freins à disque hydrauliques Frena 2024, 180/160 mm',
      meta_description:
        'Kit de freins à disque hydrauliques Frena 2024 pour VTT : disques de 180 et 160 mm, étriers double piston, huile minérale, livré purgé et prêt à monter.',
      h1: 'Frena, la maîtrise dans chaque descente',
      marketing_copy_a:
        'L’avant et l’arrière d’un coup, déjà purgés et prêts à poser : de quoi transformer votre VTT en un après-midi. Commandez votre kit Frena.',
      marketing_copy_b:
        'Le virage serré en bas du sentier ne vous fait plus peur quand vous savez exactement où vous allez vous arrêter. Découvrez Frena.',
      marketing_copy_c:
        'Ce mois-ci, un jeu de plaquettes de rechange offert avec chaque kit. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'le disque arrière 160 mm',
      replace: 'le disque arrière 180 mm',
      labels: ['number_dropped'],
    },
    'Les durites mesurent 850 mm à l’avant et 1 600 mm à l’arrière, et conviennent à la plupart des cadres de 26, 27,5 et 29 pouces.',
  ),
  listing(
    'p06',
    'vinyl_turntables',
    'en',
    TURNTABLE_ZH,
    TURNTABLE_SRC,
    {
      translated_description:
        'The Vinyla turntable plays at three speeds – 33, 45 and 78 rpm – and handles 7-, 10- and 12-inch records. It is belt-driven and comes fitted with an original AT-3600L moving-magnet cartridge. A built-in phono preamp means you can plug it straight into powered speakers and start listening. Round the back there is an RCA output, and Bluetooth 5.0 lets you connect wireless headphones or speakers. The aluminium platter is 30 cm (11.8 in) across, and speed deviation stays below 0.5%. The turntable measures 42 × 34 × 12 cm (16.5 × 13.4 × 4.7 in), weighs about 4.8 kg (10.6 lb) and has a removable dust cover. It comes with a two-year warranty, and we recommend replacing the stylus every 500 hours of play.',
      seo_title: 'Vinyla Belt-Drive Turntable, 3 Speeds, Bluetooth 5.0',
      meta_description:
        'Vinyla three-speed turntable with a built-in phono preamp, AT-3600L cartridge, RCA output and Bluetooth 5.0. Plays 7-, 10- and 12-inch records.',
      h1: 'Vinyla – Your Records, Warm and Wireless',
      marketing_copy_a:
        'Preamp, quality cartridge and Bluetooth are all in the box, so you go from unboxing to your favourite album in minutes. Order your Vinyla today.',
      marketing_copy_b:
        'Lift the lid, lower the needle and hear that soft crackle before the music starts. Some rituals never get old. Discover Vinyla.',
      marketing_copy_c:
        'Spring sale: a free record-cleaning brush with every Vinyla this month. Grab yours now.',
    },
    {
      field: 'translated_description',
      find: 'stays below 0.5%',
      replace: 'stays below 0.05%',
      labels: ['number_dropped', 'number_invented'],
    },
    'It comes with a two-year warranty, and we recommend replacing the stylus every 500 hours of play.',
  ),
  listing(
    'p06',
    'vinyl_turntables',
    'de',
    TURNTABLE_ZH,
    TURNTABLE_SRC,
    {
      translated_description:
        'Der Plattenspieler Vinyla spielt mit drei Geschwindigkeiten – 33, 45 und 78 U/min – und nimmt 7-, 10- und 12-Zoll-Platten auf. Er hat Riemenantrieb und ist ab Werk mit dem Moving-Magnet-Tonabnehmer AT-3600L bestückt. Dank eingebautem Phono-Vorverstärker schließen Sie ihn direkt an Aktivlautsprecher an und hören sofort los. Auf der Rückseite gibt es einen Cinch-Ausgang (RCA), und über Bluetooth 5.0 verbinden Sie kabellose Kopfhörer oder Lautsprecher. Der Plattenteller aus Aluminium misst 30 cm im Durchmesser, die Drehzahlabweichung liegt unter 0,5 %. Das Gerät ist 42 × 34 × 12 cm groß, wiegt rund 4,8 kg und hat eine abnehmbare Staubschutzhaube. Sie erhalten zwei Jahre Garantie; die Nadel sollte alle 500 Betriebsstunden gewechselt werden.',
      seo_title: 'Vinyla Plattenspieler, 3 Geschwindigkeiten, Bluetooth 5.0',
      meta_description:
        'Plattenspieler Vinyla mit Riemenantrieb, Phono-Vorverstärker, Tonabnehmer AT-3600L und Bluetooth 5.0 – für Platten mit 33, 45 und 78 U/min.',
      h1: 'Vinyla – Vinyl wie früher, nur kabellos',
      marketing_copy_a:
        'Vorverstärker, guter Tonabnehmer und Bluetooth sind schon an Bord: auspacken, anschließen, Platte auflegen. Jetzt kaufen.',
      marketing_copy_b:
        'Das leise Knistern, bevor der erste Ton erklingt, das Cover in den Händen – Musik wird wieder zu einem Moment für sich. Entdecken Sie Vinyla.',
      marketing_copy_c:
        'Frühjahrsaktion: eine Plattenbürste gratis zu jedem Vinyla. Sichern Sie sich Ihren Plattenspieler jetzt.',
    },
    {
      field: 'translated_description',
      find: '42 × 34 × 12 cm',
      replace: '42 × 34 × 14 cm',
      labels: ['number_invented'],
    },
    'Der Plattenteller aus Aluminium misst 30 cm im Durchmesser, die Drehzahlabweichung liegt unter 0,5 %.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (hole saws) takes styles 0-2, listing 2 (milk bags) 3-5, listing 3 (turntable) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the product description translated into English:\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `Title: ${c.seo_title}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n---\n*Let me know if you need this adapted for another market.*`,
  }),
  (c) => ({ marketing_copy_b: `<div class="copy-emotion">${c.marketing_copy_b}</div>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n(Translator’s note: I used “irradiation” for the sterilisation method named in the source; please check it matches the packaging.)`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`markdown\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_a: `As an AI, I haven’t listened to this turntable myself, but here is a value-focused version: ${c.marketing_copy_a}`,
  }),
  (c) => ({ translated_description: `### Product Description\n${c.translated_description}` }),
];

// de: listing 1 (hole saws) takes styles 0-2, listing 2 (scooter tyres) 3-5, listing 3 (turntable) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne, hier die deutsche Fassung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `**Nutzenversprechen:** ${c.marketing_copy_a}` }),
  (c) => ({ h1: `Überschrift: ${c.h1}` }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nFalls Sie eine sachlichere Variante brauchen, schreibe ich Ihnen gern eine.`,
  }),
  (c) => ({ marketing_copy_c: `\`\`\`json\n{"marketing_copy_c": "${c.marketing_copy_c}"}\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAnmerkung zur Übersetzung: „Drehzahlabweichung“ gibt den chinesischen Fachbegriff wieder, alternativ ginge „Gleichlaufschwankung“.`,
  }),
  (c) => ({
    marketing_copy_b: `Als KI kann ich den Klang nicht selbst beurteilen, aber hier ist ein emotionaler Vorschlag: ${c.marketing_copy_b}`,
  }),
  (c) => ({ h1: `# ${c.h1}` }),
];

// ja: listing 1 (suction plate) takes styles 0-2, listing 2 (scooter tyres) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `承知しました。以下、日本語に翻訳した商品説明です。\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `**感情訴求コピー：**${c.marketing_copy_b}` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\n（訳注：「ソリッドタイヤ」は「ノーパンクタイヤ」と訳すこともできます。）`,
  }),
  (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `AI言語モデルのため送料の条件は確認できませんが、次のような文案をご提案します。${c.marketing_copy_c}`,
  }),
];

// es: listing 1 (milk bags) takes styles 0-2, listing 2 (disc brakes) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Por supuesto! Esta es la descripción traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `H1: ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
  (c) => ({ marketing_copy_a: `<p><strong>${c.marketing_copy_a}</strong></p>` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      4,
      '(Nota del traductor: he puesto «latiguillos», que es lo habitual en España; en otros países se dice «mangueras».)',
    ),
  }),
  (c) => ({
    marketing_copy_b: `Como IA no puedo probar los frenos, pero aquí tienes una propuesta emotiva: ${c.marketing_copy_b}`,
  }),
];

// fr: listing 1 (suction plate) takes styles 0-2, listing 2 (disc brakes) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Voici la description du produit traduite en français :\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `**Accroche émotionnelle :** ${c.marketing_copy_b}` }),
  (c) => ({ h1: `${c.h1} <!-- à valider -->` }),
  (c) => ({ marketing_copy_c: `\`\`\`\n${c.marketing_copy_c}\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nJ’espère que cette traduction vous conviendra ; dites-moi si vous préférez un ton plus technique.`,
  }),
  (c) => ({ h1: `Titre H1 : ${c.h1}` }),
];

export const ROUND_103_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap hole saws lose their bite after a few cuts in steel.',
      'Knockoff milk bags tend to split at the seams in the freezer.',
      'A fake cartridge can ruin a treasured record collection.',
      'Imitation turntables often spin noticeably slow.',
    ],
    slogans: ['Perfect holes, every time.', 'Music worth slowing down for.'],
    chineseLeftovers: [],
    duplicateLead: 'Bottom line: ',
    titleStuffing: ' | Power Tools, Gift Idea, Best Seller, Top Rated, Free Shipping',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Lochsägen werden im Stahl schnell stumpf.',
      'Eine Fälschung erkennt man am weichen Gummi.',
      'Nachahmungen unserer Reifen reißen oft an der Flanke.',
      'Imitate von Markentonabnehmern verzerren den Klang.',
    ],
    slogans: ['Sauber gebohrt, sauber gelöst.', 'Ohne Luft, ohne Sorgen.'],
    chineseLeftovers: [],
    duplicateLead: 'Unterm Strich: ',
    titleStuffing: ' – Heimwerker, Geschenkidee, Bestseller, Neuheit, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の吸盤プレートはすぐに外れてしまいます。',
      'コピー品のタイヤは雨の日に滑りやすいです。',
      '偽物のシリコンはにおいが残ることがあります。',
      '模倣品は耐荷重の表示が当てになりません。',
    ],
    slogans: ['食べる楽しさを、もっと自由に。', 'パンクの心配から、自由に。'],
    chineseLeftovers: ['这个餐盘吸得很牢，宝宝怎么推都推不动。', '这款轮胎不用打气，骑起来也很稳。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気ランキング入り ギフト対応 送料無料 あす楽 新生活',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las bolsas baratas se rompen al congelarlas.',
      'Una pinza falsa puede fallar en plena bajada.',
      'Las imitaciones de latiguillos pierden aceite.',
      'Desconfía de las réplicas sin marca.',
    ],
    slogans: ['Tu leche, siempre a salvo.', 'Frenar cuando quieres, no cuando puedes.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Regalo ideal, novedad, lo más vendido, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une assiette pas chère se décolle dès que bébé tire dessus.',
      'Les contrefaçons de plaquettes s’usent en quelques sorties.',
      'Méfiez-vous des faux kits vendus sans purge.',
      'Aucune réplique n’adhère aussi bien à la table.',
    ],
    slogans: ['Le repas, sans glissade.', 'Freiner en toute confiance.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison gratuite, promo',
  },
};
