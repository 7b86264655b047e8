// Blind set, round 87 (written without reading the gate, committed before it is scored): six home, travel, kitchen,
// grooming, pet and outdoor products in the categories tower_fans, laptop_backpacks, dish_drying_racks,
// electric_shavers, dog_beds and camping_tents, 12 hand-written listings, three artifact styles per listing and wording
// of its own. Theme: a realistic day's mix. Most artifacts are the common kinds the llm_artifact definition names
// (lead-ins before the description, markdown labels, code fences, HTML tags, AI disclaimers, sign-offs, field-label
// prefixes, a markdown heading); a few are subtle (a bracketed translator's note inside the description, an offered
// alternative closing line or h1, a note to a colleague, a line break tag between two sentences, an unfilled promo-code
// placeholder). No digits in artifacts that land in the description, title or meta. Sources are ordinary Chinese shop
// copy with ordinary numbers (sizes, weights, capacities, durations, counts); number edits are ordinary too (a
// changed value, an added spec, a wrong unit conversion). Spots that look like numbers but are not: 双肩包 (backpack),
// 四周 (all around), 一晚上 / 一整天 / 一整晚 (overnight, all day, all night), 一次 (one shave), 一目了然 (at a glance),
// 一下 (measure first), L码 / S码 / M码 (sizes), USB, Type words, the h1 word „Vierbeiner“ (dog, not a number).
// Legitimate numbers:
// Breeza 107 cm (42 in), 30 cm, 三档 (three speeds, 3段階), 两种 (two modes, 2つのモード), 28 dB, 75 degrees (75°,
// 75度), 45 W, 8 hours (8時間), 1 to 12 hours (1〜12時間);
// Voyo 28 L (28 Liter, 28 litros), 15.6 inch (15,6 Zoll, 15,6 pulgadas), 12 compartments (12 Fächer, 12
// compartimentos), 8 cm, about 0.9 kg (0,9 kg), 45×30×16 cm (45 × 30 × 16 cm);
// Stapa 两层 (two-tier, deux niveaux), 304 stainless steel (inox 304), 16 plates (16 assiettes), 10 bowls (10 bols),
// 3 sections (three-section in the en meta, 3 compartiments), 42, 28 and 38 cm, 5 minutes, about 15 kg (33 lb);
// Kanto 三刀头 (drei Scherköpfe, 3枚刃), IPX7, 1 hour (1 Stunde, 1時間), about 60 minutes (約60分), 5 minutes (5分),
// 两年 (zwei Jahre, 2年);
// Snoozo 90×70 cm (35 × 28 in), 25 kg (55 lb), 10 cm (4 in), about 20 cm, 30 °C (86 °F);
// Montera 3 to 4 people (3-4 in titles, 3 a 4, 3 à 4), 210×210 cm, 135 cm, 60 seconds, 3000 mm (3000 mm, 3 000 mm),
// 两扇 (two doors, dos puertas, deux portes), about 4.5 kg (4,5 kg), 8 pegs (8 piquetas, 8 sardines), 4 guy ropes.
// Number edits: Breeza en 107 cm (42 in) → (47 in), a wrong conversion (invented), ja title 107 → 120 cm (invented);
// Voyo de 28 → 32 Liter (dropped + invented), es added "garantía de 2 años" (invented); Stapa en title 16 → 18 plates
// (invented), fr 15 → 20 kg (dropped + invented); Kanto de meta 60 → 90 Minuten (invented), ja 5 → 10分 (dropped +
// invented); Snoozo en 20 → 15 cm (dropped + invented), de title 25 → 35 kg (invented); Montera es 3000 → 5000 mm
// (dropped + invented), fr meta 60 → 90 secondes (invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const FAN_ZH = 'Breeza 静音塔扇 遥控定时 高107厘米';
const FAN_SRC =
  'Breeza 塔式电风扇机身高107厘米，底座直径只有30厘米，放在卧室角落或沙发旁边都不占地方。风速分三档，另有自然风和睡眠风两种模式，最低档运行时噪音仅28分贝，晚上开着也不影响睡眠。左右摇头角度为75度，整个房间都能吹到。额定功率45瓦，一晚上开8小时也很省电。支持1到12小时定时关机，配有遥控器，躺在床上就能调节。机身背面有隐藏式提手，搬到书房、客厅都方便。后盖可以直接拆下来清洗滤网，夏天吹出来的风更干净。';
const BAG_ZH = 'Voyo 商务双肩包 28升 可放15.6英寸笔记本';
const BAG_SRC =
  'Voyo 商务双肩包容量28升，独立电脑仓带加厚缓冲垫，可放下15.6英寸笔记本电脑。包身采用防泼水面料，遇到小雨也不怕里面的东西被打湿。包内共有12个收纳隔层，充电器、鼠标、钥匙都能分开放。侧面设有USB充电口，连上包里的充电宝，走路时也能给手机充电。背板是透气网布，肩带加宽到8厘米，背一整天肩膀也不累。后背还有防盗口袋，护照和钱包贴身放更安心。整包重约0.9公斤，尺寸为45×30×16厘米，可作为登机包使用。';
const RACK_ZH = 'Stapa 两层碗碟沥水架 304不锈钢';
const RACK_SRC =
  'Stapa 两层碗碟沥水架采用304不锈钢，不生锈，好擦洗。上层可以放16个盘子，下层能放10只碗，侧面的筷笼分成3格，筷子、勺子、刀叉分开放。底部接水盘带导流嘴，转个方向，水就直接流进水槽，台面不再积水。整体尺寸为长42厘米、宽28厘米、高38厘米，安装不需要工具，5分钟就能装好。承重约15公斤，放满锅碗也很稳。上层可以单独拆下来用，小厨房也能灵活摆放。';
const SHAVER_ZH = 'Kanto 三刀头电动剃须刀 IPX7全身水洗';
const SHAVER_SRC =
  'Kanto 电动剃须刀采用三刀头浮动设计，刀头能贴合下巴和脖子的弧度，剃得干净又不刮脸。机身达到IPX7防水等级，可以干剃，也可以洗澡时抹上泡沫湿剃，用完直接用水冲洗。充电1小时可以使用约60分钟；赶时间的话，快充5分钟也够剃一次。液晶屏会显示剩余电量百分比，什么时候该充电一目了然。附带弹出式鬓角刀，修鬓角、修整胡型都很方便。出差时可以开启旅行锁，放在包里也不会误启动。产品保修两年。';
const BED_ZH = 'Snoozo 记忆棉宠物床 L码 可拆洗';
const BED_SRC =
  'Snoozo 记忆棉宠物床L码尺寸为90×70厘米，适合体重25公斤以内的中大型犬。床垫内芯是10厘米厚的记忆棉，能贴合狗狗的身体，上了年纪的狗狗关节也能得到很好的支撑。四周的靠枕高约20厘米，很多狗狗喜欢把头搭在上面睡觉。外套带拉链，可以拆下来放进洗衣机，用30℃以下的水清洗。底部有防滑颗粒，放在木地板上也不会乱跑。另有S码和M码可选，下单前建议先量一下狗狗趴着时的身长。';
const TENT_ZH = 'Montera 3-4人自动速开帐篷 防水3000毫米';
const TENT_SRC =
  'Montera 自动速开帐篷可供3到4人使用，内部空间210×210厘米，中间高度135厘米，成年人坐在里面也不觉得压抑。不用穿杆，拉开伞式骨架，60秒就能搭好。外帐防水指数3000毫米，下一整晚的雨也不会渗水。前后两扇门都带纱网，夏天通风好，还能挡住蚊虫。帐篷连同收纳袋重约4.5公斤，配有8根地钉和4根防风绳。周末带孩子去露营，或者去海边过夜，都很合适。';

export const ROUND_87_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'tower_fans',
    'en',
    FAN_ZH,
    FAN_SRC,
    {
      translated_description:
        'The Breeza tower fan stands 107 cm (42 in) tall on a base just 30 cm across, so it fits neatly into a bedroom corner or beside the sofa. It has three fan speeds plus two modes, natural breeze and sleep breeze, and on the lowest setting it runs at just 28 dB, quiet enough to leave on at night without disturbing your sleep. It oscillates through 75 degrees from side to side, so the air reaches the whole room. Rated at 45 W, it is economical to run, even for 8 hours overnight. The timer switches it off after anything from 1 to 12 hours, and the remote control lets you adjust everything without getting out of bed. A handle recessed into the back makes it easy to carry to the study or the living room. The rear cover comes straight off so you can wash the filter, for fresher air all summer long.',
      seo_title: 'Breeza Quiet Tower Fan with Remote and Timer, 107 cm',
      meta_description:
        'Breeza tower fan, 107 cm tall: three speeds, natural and sleep modes, just 28 dB on low, 75° oscillation and a timer from 1 to 12 hours.',
      h1: 'Breeza – A Cool, Quiet Breeze for Every Room',
      marketing_copy_a:
        'Three speeds, two extra modes, a remote and a timer, all in a slim tower that tucks into any corner. Order your Breeza today.',
      marketing_copy_b:
        'A sticky July night, the window open, and a soft breeze drifting across the bed while the house sleeps. No rattle, no hum, just cool air. Discover the Breeza.',
      marketing_copy_c:
        'Summer launch offer: a spare filter free with every Breeza ordered this week. Shop now before the heatwave hits.',
    },
    {
      field: 'translated_description',
      find: '107 cm (42 in)',
      replace: '107 cm (47 in)',
      labels: ['number_invented'],
    },
    'Rated at 45 W, it is economical to run, even for 8 hours overnight.',
  ),
  listing(
    'p01',
    'tower_fans',
    'ja',
    FAN_ZH,
    FAN_SRC,
    {
      translated_description:
        'Breezaのタワーファンは高さ107cm、台座の直径はわずか30cmなので、寝室の隅やソファの横にもすっきり置けます。風量は3段階で、さらに自然風と睡眠風の2つのモードを搭載しています。最小風量での運転音はわずか28dBなので、夜につけたままでも眠りを妨げません。首振り角度は左右75度で、部屋の隅々まで風が届きます。定格消費電力は45Wで、ひと晩8時間つけても電気代を抑えられます。1〜12時間のオフタイマー付きで、リモコンを使えばベッドに横になったまま操作できます。本体背面には隠しハンドルがあり、書斎やリビングへの移動も簡単です。背面カバーはそのまま取り外してフィルターを洗えるので、夏の間ずっと清潔な風を楽しめます。',
      seo_title: 'Breeza 静音タワーファン リモコン・タイマー付き 高さ107cm',
      meta_description:
        '高さ107cmのスリムなタワーファン。3段階の風量と2つのモード、最小28dBの静音運転、左右75度の首振りで、夏の夜も快適に過ごせます。',
      h1: 'Breeza 静かな風で、夏の夜をぐっすり',
      marketing_copy_a:
        '3段階の風量に2つのモード、リモコンとタイマーまでそろって、置き場所を選ばないスリム設計。今すぐ購入。',
      marketing_copy_b:
        '寝苦しい夏の夜も、やさしい風がそっと寄り添います。音が気にならないから、朝までぐっすり。Breezaをぜひチェックしてください。',
      marketing_copy_c:
        '夏の発売記念として、今週ご購入の方に交換用フィルターをプレゼントします。お早めにどうぞ。',
    },
    { field: 'seo_title', find: '高さ107cm', replace: '高さ120cm', labels: ['number_invented'] },
    '定格消費電力は45Wで、ひと晩8時間つけても電気代を抑えられます。',
  ),
  listing(
    'p02',
    'laptop_backpacks',
    'de',
    BAG_ZH,
    BAG_SRC,
    {
      translated_description:
        'Der Business-Rucksack Voyo fasst 28 Liter und hat ein separates Laptopfach mit dicker Polsterung, in das Notebooks bis 15,6 Zoll passen. Das Obermaterial ist wasserabweisend, damit Ihre Sachen auch bei leichtem Regen trocken bleiben. Innen gibt es insgesamt 12 Fächer, sodass Ladegerät, Maus und Schlüssel jeweils ihren eigenen Platz haben. Über den USB-Anschluss an der Seite verbinden Sie die Powerbank im Rucksack und laden Ihr Handy unterwegs auf. Das Rückenteil aus atmungsaktivem Mesh und die auf 8 cm verbreiterten Schultergurte sorgen dafür, dass die Schultern auch nach einem ganzen Tag nicht schmerzen. In der Diebstahlschutztasche am Rücken tragen Sie Reisepass und Geldbörse sicher direkt am Körper. Der Rucksack wiegt rund 0,9 kg, misst 45 × 30 × 16 cm und geht als Handgepäck mit an Bord.',
      seo_title: 'Voyo Business-Rucksack, 28 Liter, Laptopfach 15,6 Zoll',
      meta_description:
        'Business-Rucksack Voyo mit 28 Litern, gepolstertem Laptopfach für 15,6 Zoll, 12 Fächern, USB-Anschluss und Diebstahlschutztasche – auch als Handgepäck.',
      h1: 'Voyo – gut organisiert durch den Arbeitstag',
      marketing_copy_a:
        'Büro, Pendeln, Kurztrip: ein Rucksack, in dem Laptop, Kabel und Wechselshirt ihren festen Platz haben und der trotzdem ins Gepäckfach passt. Jetzt bestellen.',
      marketing_copy_b:
        'Morgens am Bahnsteig, den Kaffee in der Hand, und alles, was Sie brauchen, sitzt leicht und sicher auf dem Rücken. Entdecken Sie den Voyo.',
      marketing_copy_c:
        'Zum Start gibt es diese Woche eine passende Kabeltasche gratis dazu. Sichern Sie sich Ihren Voyo jetzt.',
    },
    {
      field: 'translated_description',
      find: 'fasst 28 Liter',
      replace: 'fasst 32 Liter',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Rückenteil aus atmungsaktivem Mesh und die auf 8 cm verbreiterten Schultergurte sorgen dafür, dass die Schultern auch nach einem ganzen Tag nicht schmerzen.',
  ),
  listing(
    'p02',
    'laptop_backpacks',
    'es',
    BAG_ZH,
    BAG_SRC,
    {
      translated_description:
        'La mochila de negocios Voyo tiene capacidad para 28 litros y un compartimento independiente con acolchado grueso, donde cabe un portátil de hasta 15,6 pulgadas. El tejido repele el agua, así que tus cosas no se mojan aunque te pille una llovizna. En el interior hay 12 compartimentos para llevar por separado el cargador, el ratón y las llaves. El puerto USB del lateral se conecta a la batería externa que lleves dentro, para cargar el móvil mientras caminas. El respaldo es de malla transpirable y las correas, ensanchadas hasta 8 cm, no cansan los hombros aunque la lleves todo el día. En la espalda tiene un bolsillo antirrobo para llevar el pasaporte y la cartera pegados al cuerpo. Pesa unos 0,9 kg, mide 45 × 30 × 16 cm y sirve como equipaje de mano en el avión.',
      seo_title: 'Mochila Voyo de 28 litros para portátil de 15,6 pulgadas',
      meta_description:
        'Mochila de negocios Voyo de 28 litros: compartimento acolchado para portátil de 15,6 pulgadas, 12 compartimentos, puerto USB y bolsillo antirrobo.',
      h1: 'Voyo, todo en su sitio de casa a la oficina',
      marketing_copy_a:
        'Oficina, escapadas y trayectos diarios con una sola mochila que ordena el portátil, los cables y hasta una camiseta de recambio, y que además entra en la cabina. Compra tu Voyo.',
      marketing_copy_b:
        'Ese momento en el andén, con el café en la mano, sabiendo que lo llevas todo y que apenas pesa. Así se empieza bien el día. Descubre Voyo.',
      marketing_copy_c:
        'Por el lanzamiento, esta semana regalamos una funda para cables con cada mochila. Pide la tuya ya.',
    },
    {
      field: 'translated_description',
      replace: 'Tiene una garantía de 2 años.',
      labels: ['number_invented'],
    },
    'Pesa unos 0,9 kg, mide 45 × 30 × 16 cm y sirve como equipaje de mano en el avión.',
  ),
  listing(
    'p03',
    'dish_drying_racks',
    'en',
    RACK_ZH,
    RACK_SRC,
    {
      translated_description:
        'The Stapa two-tier dish rack is made of 304 stainless steel, so it won’t rust and wipes clean easily. The top tier holds 16 plates and the bottom tier 10 bowls, while the cutlery caddy on the side is divided into 3 sections to keep chopsticks, spoons, knives and forks apart. The drip tray underneath has a swivel spout: turn it towards the sink and the water drains straight away, leaving your worktop dry. Overall, the rack is 42 cm long, 28 cm deep and 38 cm high, and it goes together without tools in 5 minutes. It holds about 15 kg (33 lb), so it stays steady even when it is loaded with pans and dishes. The top tier also lifts off and can be used on its own, which makes the rack easy to fit into a small kitchen.',
      seo_title: 'Stapa Two-Tier Dish Rack, 304 Stainless Steel, 16 Plates',
      meta_description:
        'Stapa two-tier dish drying rack in 304 stainless steel: room for 16 plates and 10 bowls, a three-section cutlery caddy and a swivel drip tray.',
      h1: 'Stapa – A Tidy Home for Freshly Washed Dishes',
      marketing_copy_a:
        'Rust-free steel, room for the dishes of a whole family dinner and a drip tray that empties itself into the sink: less mess, less wiping. Buy your Stapa now.',
      marketing_copy_b:
        'Sunday lunch is over, the plates stand in a neat, gleaming row and, for once, the worktop is dry. That little moment of order feels good. Discover Stapa.',
      marketing_copy_c:
        'Launch week: a free microfibre drying mat with every Stapa. Add yours to the cart today.',
    },
    { field: 'seo_title', find: '16 Plates', replace: '18 Plates', labels: ['number_invented'] },
    'It holds about 15 kg (33 lb), so it stays steady even when it is loaded with pans and dishes.',
  ),
  listing(
    'p03',
    'dish_drying_racks',
    'fr',
    RACK_ZH,
    RACK_SRC,
    {
      translated_description:
        'L’égouttoir à vaisselle Stapa à deux niveaux est en acier inoxydable 304 : il ne rouille pas et se nettoie facilement. Le niveau supérieur accueille 16 assiettes et le niveau inférieur 10 bols ; le porte-couverts latéral, divisé en 3 compartiments, sépare baguettes, cuillères, couteaux et fourchettes. Le plateau récupérateur possède un bec orientable : tournez-le vers l’évier et l’eau s’y écoule directement, sans flaque sur le plan de travail. L’égouttoir mesure 42 cm de long, 28 cm de large et 38 cm de haut ; il se monte sans outils en 5 minutes. Il supporte environ 15 kg et reste stable même chargé de casseroles et de vaisselle. Le niveau supérieur peut aussi s’utiliser seul, pratique pour s’adapter aux petites cuisines.',
      seo_title: 'Égouttoir à vaisselle Stapa deux niveaux, inox 304',
      meta_description:
        'Égouttoir Stapa à deux niveaux en acier inoxydable 304 : 16 assiettes, 10 bols, porte-couverts à 3 compartiments et plateau à bec orientable.',
      h1: 'Stapa, une vaisselle bien rangée qui sèche toute seule',
      marketing_copy_a:
        'Un acier qui ne rouille pas, de la place pour toute la vaisselle d’un dîner en famille et un plateau qui se vide dans l’évier : moins de désordre, moins d’essuyage. Commandez votre Stapa.',
      marketing_copy_b:
        'Le déjeuner du dimanche est terminé, les assiettes brillent, bien alignées, et le plan de travail est sec. Un petit plaisir d’ordre au quotidien. Découvrez Stapa.',
      marketing_copy_c:
        'Semaine de lancement : un tapis de séchage en microfibre offert avec chaque Stapa. Profitez-en dès aujourd’hui !',
    },
    {
      field: 'translated_description',
      find: 'environ 15 kg',
      replace: 'environ 20 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'L’égouttoir mesure 42 cm de long, 28 cm de large et 38 cm de haut ; il se monte sans outils en 5 minutes.',
  ),
  listing(
    'p04',
    'electric_shavers',
    'de',
    SHAVER_ZH,
    SHAVER_SRC,
    {
      translated_description:
        'Der Elektrorasierer Kanto arbeitet mit drei beweglichen Scherköpfen, die sich den Konturen von Kinn und Hals anpassen – für eine gründliche Rasur ohne Hautreizungen. Dank Schutzart IPX7 rasieren Sie sich trocken oder unter der Dusche nass mit Schaum, und danach spülen Sie den Rasierer einfach unter fließendem Wasser ab. Nach 1 Stunde Laden hält der Akku rund 60 Minuten; wenn es schnell gehen muss, reichen 5 Minuten Schnellladen für eine Rasur. Das LC-Display zeigt die verbleibende Akkuladung in Prozent, sodass Sie auf einen Blick sehen, wann er wieder an die Steckdose muss. Mit dem ausklappbaren Langhaarschneider trimmen Sie Koteletten und bringen Ihren Bart in Form. Auf Reisen aktivieren Sie die Reisesperre, damit sich der Rasierer in der Tasche nicht versehentlich einschaltet. Sie erhalten zwei Jahre Garantie.',
      seo_title: 'Kanto Elektrorasierer mit drei Scherköpfen, IPX7',
      meta_description:
        'Elektrorasierer Kanto mit drei beweglichen Scherköpfen, IPX7 für Nass- und Trockenrasur, rund 60 Minuten Laufzeit, Schnellladen und Langhaarschneider.',
      h1: 'Kanto – gründlich rasiert, ob trocken oder unter der Dusche',
      marketing_copy_a:
        'Nass oder trocken, zu Hause oder unterwegs: ein Rasierer für jeden Morgen, der sich unter dem Wasserhahn reinigt und mit dem Langhaarschneider gleich den Bart mitpflegt. Jetzt kaufen.',
      marketing_copy_b:
        'Der Kaffee dampft, der Blick in den Spiegel zeigt glatte Haut, ganz ohne Brennen. So darf der Tag beginnen. Entdecken Sie Kanto.',
      marketing_copy_c:
        'Zum Marktstart legen wir jedem Kanto ein Reiseetui bei. Jetzt bestellen, solange der Vorrat reicht.',
    },
    {
      field: 'meta_description',
      find: 'rund 60 Minuten',
      replace: 'rund 90 Minuten',
      labels: ['number_invented'],
    },
    'Sie erhalten zwei Jahre Garantie.',
  ),
  listing(
    'p04',
    'electric_shavers',
    'ja',
    SHAVER_ZH,
    SHAVER_SRC,
    {
      translated_description:
        'Kantoの電動シェーバーは、3枚のフローティング刃を採用しています。刃があごや首のカーブにぴったり沿うので、肌に負担をかけずに深剃りできます。本体はIPX7の防水仕様で、ドライ剃りはもちろん、入浴中に泡をつけてのウェット剃りも可能です。使ったあとはそのまま水洗いできます。1時間の充電で約60分使用でき、急いでいるときは5分の急速充電でひと剃り分使えます。液晶ディスプレイにはバッテリー残量がパーセントで表示されるので、充電のタイミングがひと目でわかります。ポップアップ式のきわ剃り刃付きで、もみあげやひげの形も手軽に整えられます。出張のときはトラベルロックをかけておけば、バッグの中で誤って電源が入る心配もありません。保証期間は2年です。',
      seo_title: 'Kanto 3枚刃電動シェーバー IPX7 お風呂剃り対応',
      meta_description:
        '3枚刃が肌に沿って深剃りできる電動シェーバー。IPX7防水で水洗い・お風呂剃りに対応し、1時間の充電で約60分使えます。',
      h1: 'Kanto 毎朝のひげ剃りを、もっと快適に',
      marketing_copy_a:
        'ドライでもウェットでも使えて、お手入れは水で流すだけ。きわ剃り刃付きで、ひげの形も整えられます。今すぐ購入。',
      marketing_copy_b:
        '鏡の前でさっと剃れば、つるりとした肌で気持ちよく出かけられます。忙しい朝にも、少しだけ余裕が生まれます。ぜひお試しください。',
      marketing_copy_c:
        '発売記念キャンペーン中は、専用トラベルケースが付いてきます。この機会にカートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '5分の急速充電',
      replace: '10分の急速充電',
      labels: ['number_dropped', 'number_invented'],
    },
    '保証期間は2年です。',
  ),
  listing(
    'p05',
    'dog_beds',
    'en',
    BED_ZH,
    BED_SRC,
    {
      translated_description:
        'The Snoozo memory foam dog bed in size L measures 90 × 70 cm (35 × 28 in) and suits medium to large dogs weighing up to 25 kg (55 lb). Its 10 cm (4 in) memory foam core moulds to your dog’s body and gives older dogs’ joints the support they need. The bolsters around the edge are about 20 cm high, and plenty of dogs love to rest their heads on them while they sleep. The zipped cover comes off and goes in the washing machine at up to 30 °C (86 °F). Non-slip dots on the base stop the bed from sliding around, even on wooden floors. Sizes S and M are also available; before you order, we suggest measuring your dog’s length while it is lying down.',
      seo_title: 'Snoozo Memory Foam Dog Bed, Size L, for Dogs up to 25 kg',
      meta_description:
        'Memory foam dog bed in size L, 90 × 70 cm, for dogs up to 25 kg: a supportive 10 cm foam core, raised bolsters and a machine-washable cover.',
      h1: 'Snoozo – Deep, Cosy Sleep for Your Best Friend',
      marketing_copy_a:
        'Orthopaedic-style support, a cover that goes straight in the wash and a non-slip base: a bed built to last through years of naps. Order your Snoozo today.',
      marketing_copy_b:
        'That contented sigh as your dog circles, flops down and rests its chin on the edge. Pure comfort, night after night. Discover the Snoozo.',
      marketing_copy_c: 'This month only: a spare cover free with every Snoozo. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'about 20 cm high',
      replace: 'about 15 cm high',
      labels: ['number_dropped', 'number_invented'],
    },
    'The zipped cover comes off and goes in the washing machine at up to 30 °C (86 °F).',
  ),
  listing(
    'p05',
    'dog_beds',
    'de',
    BED_ZH,
    BED_SRC,
    {
      translated_description:
        'Das Snoozo Hundebett aus Memory-Schaum in Größe L misst 90 × 70 cm und eignet sich für mittelgroße bis große Hunde bis 25 kg. Der 10 cm dicke Kern aus Memory-Schaum passt sich dem Körper Ihres Hundes an und gibt auch den Gelenken älterer Hunde guten Halt. Die umlaufenden Polsterränder sind etwa 20 cm hoch – viele Hunde legen beim Schlafen gern den Kopf darauf ab. Der Bezug lässt sich per Reißverschluss abnehmen und bei bis zu 30 °C in der Maschine waschen. Rutschfeste Noppen an der Unterseite sorgen dafür, dass das Bett auch auf Holzboden nicht verrutscht. Die Größen S und M sind ebenfalls erhältlich; messen Sie vor der Bestellung am besten die Länge Ihres Hundes, wenn er ausgestreckt liegt.',
      seo_title: 'Snoozo Hundebett mit Memory-Schaum, Größe L, bis 25 kg',
      meta_description:
        'Hundebett Snoozo aus Memory-Schaum in Größe L, 90 × 70 cm, für Hunde bis 25 kg: 10 cm dicker Kern, hohe Ränder und waschbarer Bezug.',
      h1: 'Snoozo – der Lieblingsplatz für Ihren Vierbeiner',
      marketing_copy_a:
        'Orthopädischer Komfort, ein Bezug für die Waschmaschine und eine rutschfeste Unterseite: ein Bett, das viele Jahre voller Nickerchen mitmacht. Jetzt bestellen.',
      marketing_copy_b:
        'Dieses zufriedene Seufzen, wenn Ihr Hund sich im Kreis dreht, hinplumpst und das Kinn auf den Rand legt. Purer Komfort, Nacht für Nacht. Entdecken Sie Snoozo.',
      marketing_copy_c:
        'Nur diesen Monat: ein Ersatzbezug gratis zu jedem Snoozo. Sichern Sie sich Ihr Hundebett jetzt.',
    },
    { field: 'seo_title', find: 'bis 25 kg', replace: 'bis 35 kg', labels: ['number_invented'] },
    'Die umlaufenden Polsterränder sind etwa 20 cm hoch – viele Hunde legen beim Schlafen gern den Kopf darauf ab.',
  ),
  listing(
    'p06',
    'camping_tents',
    'es',
    TENT_ZH,
    TENT_SRC,
    {
      translated_description:
        'La tienda de campaña de apertura automática Montera es para 3 a 4 personas, con un espacio interior de 210 × 210 cm y 135 cm de altura en el centro, así que los adultos pueden sentarse dentro sin sentirse agobiados. No hay que pasar varillas: basta con desplegar la estructura tipo paraguas y en 60 segundos está montada. La lona exterior tiene una columna de agua de 3000 mm, así que no cala ni aunque llueva toda la noche. Las dos puertas, delante y detrás, llevan mosquitera: en verano ventila bien y no entran los mosquitos. Con su funda, la tienda pesa unos 4,5 kg e incluye 8 piquetas y 4 vientos. Es perfecta para ir de acampada el fin de semana con los niños o para pasar la noche junto al mar.',
      seo_title: 'Tienda de campaña Montera para 3-4 personas, automática',
      meta_description:
        'Tienda de campaña automática Montera para 3 a 4 personas: se monta en 60 segundos, columna de agua de 3000 mm, dos puertas con mosquitera.',
      h1: 'Montera, acampar nunca fue tan fácil',
      marketing_copy_a:
        'Sin varillas que enhebrar ni instrucciones que descifrar: se abre, se fija al suelo y listo, con sitio de sobra para toda la familia. Compra tu Montera.',
      marketing_copy_b:
        'El olor a pino, los niños riéndose dentro de la tienda y la lluvia sonando en la lona mientras todos seguís secos. Así se recuerdan los fines de semana. Descubre Montera.',
      marketing_copy_c:
        'Oferta de temporada: esterilla de regalo con cada Montera durante este mes. Aprovecha y pide la tuya ya.',
    },
    {
      field: 'translated_description',
      find: 'columna de agua de 3000 mm',
      replace: 'columna de agua de 5000 mm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Con su funda, la tienda pesa unos 4,5 kg e incluye 8 piquetas y 4 vientos.',
  ),
  listing(
    'p06',
    'camping_tents',
    'fr',
    TENT_ZH,
    TENT_SRC,
    {
      translated_description:
        'La tente à ouverture automatique Montera accueille 3 à 4 personnes, avec un espace intérieur de 210 × 210 cm et 135 cm de hauteur au centre : même les adultes s’y assoient sans se sentir à l’étroit. Pas d’arceaux à enfiler : il suffit de déployer l’armature parapluie, et la tente est montée en 60 secondes. Le double toit affiche une colonne d’eau de 3\u202f000 mm, de quoi rester au sec même quand il pleut toute la nuit. Les deux portes, à l’avant et à l’arrière, sont équipées de moustiquaires : l’air circule bien en été et les insectes restent dehors. Avec son sac de rangement, la tente pèse environ 4,5 kg ; elle est livrée avec 8 sardines et 4 haubans. Idéale pour camper le week-end avec les enfants ou passer la nuit au bord de la mer.',
      seo_title: 'Tente Montera 3-4 places à ouverture automatique',
      meta_description:
        'Tente automatique Montera pour 3 à 4 personnes : montée en 60 secondes, colonne d’eau de 3\u202f000 mm, deux portes avec moustiquaire et 135 cm sous plafond.',
      h1: 'Montera, le camping sans prise de tête',
      marketing_copy_a:
        'Pas d’arceaux à enfiler ni de notice à déchiffrer : on l’ouvre, on plante les sardines et c’est prêt, avec de la place pour toute la famille. Commandez votre Montera.',
      marketing_copy_b:
        'L’odeur des pins, les rires des enfants sous la toile et la pluie qui tambourine pendant que tout le monde reste au sec. Les plus beaux week-ends ressemblent à ça. Découvrez Montera.',
      marketing_copy_c:
        'Offre de saison : un tapis de sol offert avec chaque Montera ce mois-ci. Achetez la vôtre dès maintenant.',
    },
    {
      field: 'meta_description',
      find: 'en 60 secondes',
      replace: 'en 90 secondes',
      labels: ['number_invented'],
    },
    'Avec son sac de rangement, la tente pèse environ 4,5 kg ; elle est livrée avec 8 sardines et 4 haubans.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (tower fan) takes styles 0-2, listing 2 (dish rack) 3-5, listing 3 (dog bed) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the product description translated into English:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `**Value-focused copy:** ${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '[Translator’s note: I kept the source’s own mode names, “natural breeze” and “sleep breeze”, rather than inventing new ones.]',
    ),
  }),
  (c) => ({ marketing_copy_b: `\`\`\`markdown\n${c.marketing_copy_b}\n\`\`\`` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHope this helps! Just let me know if you’d like the tone adjusted.`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAs an AI, I could not check the washing instructions against the manufacturer’s care label.`,
  }),
  (c) => ({ translated_description: `Translation: ${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n(Alternative closing line: “Give your dog the spot it deserves.”)`,
  }),
];

// de: listing 1 (backpack) takes styles 0-2, listing 2 (shaver) 3-5, listing 3 (dog bed) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne, hier ist die übersetzte Produktbeschreibung für den Rucksack:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `<p>${c.marketing_copy_b}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, die Texte treffen Ihren Ton. Geben Sie mir gern Bescheid, falls etwas angepasst werden soll!`,
  }),
  (c) => ({ marketing_copy_a: `**Werbetext (Nutzen):** ${c.marketing_copy_a}` }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n(Als KI-Modell kann ich die Angaben zum Wasserschutz nicht selbst überprüfen.)`,
  }),
  (c) => ({ meta_description: `Meta-Beschreibung: ${c.meta_description}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '@Jana: bitte beim Hersteller nachfragen, ob der Bezug wirklich in die Maschine darf.',
    ),
  }),
  (c) => ({ h1: `${c.h1} (alternativ: „Hier träumt Ihr Hund am besten“)` }),
];

// ja: listing 1 (tower fan) takes styles 0-2, listing 2 (shaver) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `承知しました。以下が商品説明の日本語訳です。\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      2,
      '（訳注：モード名は原文に合わせて「自然風」「睡眠風」としています。）',
    ),
  }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({ marketing_copy_c: `【販促コピー】${c.marketing_copy_c}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n※この文章はAIが生成した翻訳です。仕様の正確性は保証できません。`,
  }),
];

// es: listing 1 (backpack) takes styles 0-2, listing 2 (tent) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Traducción: ${c.translated_description}` }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
  (c) => ({
    translated_description: `Claro, aquí va la descripción del producto traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ translated_description: afterSentence(c.translated_description, 2, '<br><br>') }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (Como modelo de lenguaje, no puedo confirmar que la columna de agua indicada sea correcta.)`,
  }),
];

// fr: listing 1 (dish rack) takes styles 0-2, listing 2 (tent) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Bien sûr ! Voici la traduction française de la description :\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `**Accroche émotion :** ${c.marketing_copy_b}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Code promo : [CODE_PROMO]` }),
  (c) => ({ marketing_copy_a: `\`\`\`text\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({ h1: `<strong>${c.h1}</strong>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nJ’espère que cette traduction vous conviendra ; n’hésitez pas à me demander des ajustements.`,
  }),
];

export const ROUND_87_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap tower fans rattle as soon as you turn them up.',
      'A knockoff dish rack soon shows rust spots.',
      'Fake memory foam goes flat within a season.',
      'Imitation stainless steel stains after a few washes.',
    ],
    slogans: ['Cool air, calm nights.', 'Clean dishes, clear counters.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Bestseller, Gift Idea, Free Shipping, Top Quality, New Season',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Rucksäcke reißen zuerst an den Nähten.',
      'Eine Fälschung erkennt man an der dünnen Polsterung.',
      'Nachahmungen unseres Rasierers haben keine Reisesperre.',
      'Ein Imitat aus einfachem Schaumstoff ist nach kurzer Zeit platt.',
    ],
    slogans: ['Alles dabei, alles an seinem Platz.', 'Glatt rasiert, gut gelaunt.'],
    chineseLeftovers: [],
    duplicateLead: 'Mit anderen Worten: ',
    titleStuffing: ' – Bestseller, Top-Qualität, Geschenkidee, Gratisversand, Neuheit',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のシェーバーはすぐに切れ味が落ちます。',
      'コピー品のタワーファンは音が大きいことがあります。',
      '偽物の充電器は発熱の危険があります。',
      '模倣品の刃は肌を傷つけるおそれがあります。',
    ],
    slogans: ['静かな風で、ぐっすりと。', '毎朝を、なめらかに。'],
    chineseLeftovers: ['这款风扇晚上开着也很安静，不会吵到家人。', '这个剃须刀充电很快，出差带着也方便。'],
    duplicateLead: 'つまり、',
    titleStuffing: '｜送料無料 人気 ランキング上位 ギフト 新作 限定',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las mochilas baratas se descosen enseguida.',
      'Una imitación de tienda no aguanta un chaparrón.',
      'Cuidado con las falsificaciones que se venden por internet.',
      'Las varillas falsas se doblan con el viento.',
    ],
    slogans: ['Todo en su sitio, vayas donde vayas.', 'La naturaleza, a cubierto.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Envío gratis, lo más vendido, novedad, calidad top, regalo',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un égouttoir pas cher rouille en quelques semaines.',
      'Les contrefaçons de tentes prennent l’eau à la moindre averse.',
      'Une fausse moustiquaire laisse passer les insectes.',
      'Aucune réplique n’offre le même acier inoxydable.',
    ],
    slogans: ['La vaisselle sèche, la cuisine respire.', 'Dormir dehors, tout simplement.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Livraison gratuite, best-seller, nouveauté, idée cadeau, promo',
  },
};
