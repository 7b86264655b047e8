// Blind set, round 80 (written without reading the gate, committed before it is scored): six barbecue, children's
// sports, hair-care, kitchen, winter-car and pet products in the categories wireless_meat_thermometers,
// adjustable_inline_skates, ionic_hair_dryers, magnetic_knife_strips, telescopic_snow_brushes and cat_laser_toys,
// 12 hand-written listings, three artifact styles per listing and wording of its own. Artifact style of this round:
// chatter that blends into the copy, as a reviewer meets it in real model output, every wording new to this round:
// a piece of the model's reasoning hung on the end of a sentence (why a term or a spelling was chosen), a question to
// the requester dropped between two sentences, a bracketed remark about a word choice, the tone or the length (in
// English inside en, es and fr fields, in Japanese inside ja), a hedge about what the maker's text does or does not
// back up, a first-person edit report ("Edit: moved …", "He unificado …", "Den Kaffee … habe ich rausgenommen"), a
// note to a colleague by name (Ines, Léa, 森さん, @Jonas), a status tag (not yet signed off, noch nicht lektoriert,
// 【仮】, [por revisar], version provisoire), an unfilled placeholder ([[WINTER_CODE]], XX,XX €, [insertar
// claim de marca]), an alternative wording offered, and a pointer to another part of the answer (a size table at the
// end, more campaign lines at the bottom); no digits in artifacts that land in the description, title or meta. The
// clean listings keep a natural shop voice that uses words also seen in chatter ("Tip:", "Bitte beachten:",
// "À noter :", "Astuce :", the maker's "we"). Sources are in ordinary Chinese shop style (约, 左右, 以上, ranges with
// 到, 万, 零下, Chinese count words, 两三). Legitimate numbers and number words:
// Grillo 两根 (two probes, deux sondes), 两块 (two cuts, deux pièces), 4 mm, 300 °C (572 °F), 约50米 (about 50 metres
// (164 ft), environ 50 mètres), 11种 (11 kinds, 11 types), 约10分钟 (about 10 minutes, 10 minutes environ), 24小时以上
// (more than 24 hours, plus de 24 heures), 两节 AAA (two AAA batteries, deux piles AAA);
// Rolli 27到30 and 31到34 (shoe sizes; S/M carry no number), 三年左右 (etwa drei Jahre, 3年ほど), 四个 (alle vier, 4つ),
// ABEC-7 (7), 4到10岁 (4 bis 10 Jahre, 4〜10歳); idioms 一拉 (ziehen, 引き出す), 一双 (a pair), 一闪一闪 (blink);
// Zephi 11万转 (110,000 rpm, 110.000 rpm), 每秒20米 (20 metres per second), 大约3分钟 (about 3 minutes, unos
// 3 minutos), 1600瓦 (1,600 W, 1600 W), 三档 (three, tres), 四档 (four, cuatro), 每秒50次 (50 times a second), 57℃
// (57 °C (135 °F)), 约320克 (about 320 g (11.3 oz), unos 320 g), 两个 nozzles (two, dos); idiom 一会儿 (a moment);
// Magna 40 cm, 4.5 cm (4,5 cm), 6到8把 (6 bis 8, 6 à 8), 304 steel, 两种 (zwei Möglichkeiten, deux modes), 3M (3),
// 约5公斤 (rund 5 kg, environ 5 kg); idioms 一整排 (eine durchgehende Reihe, une rangée continue) and 一擦 (im Nu,
// d'un simple coup de chiffon);
// Brisko 约80到120厘米 (about 80 cm to 120 cm (31.5 to 47.2 in), etwa 80 auf 120 cm), 180度 (180 degrees, 180 Grad),
// 约10厘米 (about 10 cm (3.9 in), rund 10 cm), 零下30℃ (minus 30 °C), 约650克 (about 650 g (1.4 lb), rund 650 g),
// 两三分钟 (two or three minutes, zwei, drei Minuten); idioms 另一头 (the other end), 一排 (a row), 一层 (wrapped);
// Dotto 三种 (3種類, tres modos), 15分钟 (15分, 15 minutos), 5毫瓦 (5mW, 5 mW), 800毫安 (800mAh, 800 mAh), Type-C
// (USB-C: no number), 约2小时 (約2時間, unas 2 horas), 7天左右 (7日ほど, unos 7 días), 约9厘米 (約9cm, unos 9 cm).
// Number edits: Grillo en title 50 → 80 m range (invented), fr environ 50 → 70 mètres (dropped + invented); Rolli de
// title 4–10 → 4–12 Jahre (invented), ja 3年ほど → 5年ほど (dropped + invented); Zephi en meta 110,000 → 130,000 rpm
// (invented), es unos 320 → 280 g (dropped + invented); Magna de 4,5 → 5,5 cm (dropped + invented), fr meta 6 à 8 →
// 6 à 10 couteaux (invented); Brisko en about 650 g (1.4 lb) → 550 g (1.2 lb) (dropped + invented), de title 80–120 →
// 80–140 cm (invented); Dotto ja meta 15分 → 20分 (invented), es an added 12-month warranty sentence in the
// description (invented only).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const THERM_ZH = 'Grillo 无线蓝牙烤肉温度计 双探针';
const THERM_SRC =
  'Grillo 无线烤肉温度计配有两根探针，可以同时监测两块肉的温度。探针直径只有4毫米，插进肉里几乎看不出孔，耐温高达300℃，烤箱、烤架、烟熏炉都能用。蓝牙连接距离约50米，人在客厅用手机就能看温度。App里预设了11种肉类的推荐熟度，到了目标温度会响铃提醒。探针放回充电盒充电约10分钟，就能连续使用24小时以上，充电盒本身用两节AAA电池。小贴士：探针要插到肉最厚的部位，读数才准。';
const SKATE_ZH = 'Rolli 儿童可调节轮滑鞋 全闪光轮 4-10岁';
const SKATE_SRC =
  'Rolli 儿童轮滑鞋尺码可调，S码适合27到30码的脚，M码适合31到34码，按住鞋头的按钮往外一拉就能放大，一双鞋能穿三年左右。四个PU轮都会发光，滑起来一闪一闪，不用装电池。轴承采用ABEC-7，转得顺，不卡顿。鞋身是加厚PP硬壳，内衬透气网布，高帮设计护住脚踝，孩子更容易站稳。刹车块装在右脚后跟，磨平了可以单独更换。适合4到10岁的孩子，滑的时候请戴好头盔和护具。';
const DRYER_ZH = 'Zephi 负离子高速吹风机 1600W 可折叠';
const DRYER_SRC =
  'Zephi 高速吹风机搭载11万转无刷电机，出风速度可达每秒20米，齐肩长发大约3分钟就能吹干。功率1600瓦，内置负离子发生器，吹完头发顺滑不毛躁。风速分三档，温度分四档，另有冷风键，最后按住吹一会儿有助于定型。智能温控每秒测温50次，出风温度稳定在57℃左右，不伤头发。机身只有约320克，手柄可以折叠，出差旅行放进箱子也不占地方。附送两个磁吸风嘴：集风嘴和扩散嘴。';
const KNIFE_ZH = 'Magna 不锈钢磁性刀架 免打孔 40厘米';
const KNIFE_SRC =
  'Magna 磁性刀架长40厘米，宽4.5厘米，里面嵌有一整排强磁，能挂6到8把刀，剪刀、开瓶器这类铁制小工具也能吸住。表面是304不锈钢拉丝，不留指纹，用湿布一擦就干净。安装方式有两种：用附带的3M无痕胶直接贴在瓷砖上，或者用螺丝固定在墙上，单条承重约5公斤。刀挂在墙上，刀刃不会和别的金属磕碰，比插在刀座里更不容易钝，也更通风干燥。提醒：取刀时请握住刀柄向外转，不要直接往下拽。';
const SNOW_ZH = 'Brisko 伸缩式汽车除雪刷 带刮冰铲';
const SNOW_SRC =
  'Brisko 汽车除雪刷可以从约80厘米拉长到120厘米，SUV、皮卡的车顶也够得着。刷头能旋转180度，推雪、拉雪都顺手；刷毛是加密软毛，不会刮花车漆。另一头是加厚PC刮冰铲，宽约10厘米，边上带一排破冰齿，先破冰再刮，厚冰也不费劲。手柄包了一层泡棉，零下30℃握着也不冰手。整支重约650克，拆开后放在后备箱或座椅下面都可以。冬天早上出门前花两三分钟，车窗就清理干净了。';
const LASER_ZH = 'Dotto 自动逗猫激光器 三种模式 充电款';
const LASER_SRC =
  'Dotto 自动逗猫器放在地板或桌子上，打开后会往地面和墙上投出随机移动的红色光点，猫咪自己就能追着玩。有三种模式：慢速、快速和随机，每次运行15分钟后自动停下来，让猫咪歇一歇，不会玩得太累。激光功率不超过5毫瓦，但请不要对着人和宠物的眼睛照。内置800毫安电池，Type-C充电约2小时，充满可以用7天左右。机身高约9厘米，底部加重，被猫扑倒也能自己站起来。特别适合白天独自在家的室内猫。';

export const ROUND_80_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'wireless_meat_thermometers',
    'en',
    THERM_ZH,
    THERM_SRC,
    {
      translated_description:
        'The Grillo wireless meat thermometer comes with two probes, so you can keep an eye on two cuts of meat at the same time. Each probe is just 4 mm across and leaves hardly a visible hole, and it withstands up to 300 °C (572 °F), so it works in the oven, on the grill and in the smoker alike. The Bluetooth connection reaches about 50 metres (164 ft), which means you can check the temperature on your phone from the living room. The app comes with recommended doneness levels for 11 kinds of meat and rings an alert as soon as your target temperature is reached. About 10 minutes back in the charging case gives a probe more than 24 hours of use; the case itself runs on two AAA batteries. Tip: push the probe into the thickest part of the meat for the most accurate reading.',
      seo_title: 'Grillo Wireless Meat Thermometer, Two Probes, 50 m Range',
      meta_description:
        'Grillo wireless meat thermometer with two probes, heat-proof to 300 °C: follow both cuts on your phone from about 50 metres away, with doneness alerts.',
      h1: 'Grillo – Perfectly Cooked, Without Hovering by the Grill',
      marketing_copy_a:
        'Two probes, presets for every cut and a range that reaches the sofa: this little gadget replaces guesswork, cutting into the roast and a lot of standing around. Order your Grillo today.',
      marketing_copy_b:
        'The guests are laughing on the terrace, the brisket is resting and you never once lifted the lid to check. That is what relaxed hosting feels like. Discover Grillo.',
      marketing_copy_c:
        'Barbecue season offer: a free silicone probe holder with every Grillo ordered this month. Shop now while stocks last.',
    },
    { field: 'seo_title', find: '50 m Range', replace: '80 m Range', labels: ['number_invented'] },
    'About 10 minutes back in the charging case gives a probe more than 24 hours of use; the case itself runs on two AAA batteries.',
  ),
  listing(
    'p01',
    'wireless_meat_thermometers',
    'fr',
    THERM_ZH,
    THERM_SRC,
    {
      translated_description:
        'Le thermomètre à viande sans fil Grillo est livré avec deux sondes : vous surveillez ainsi deux pièces de viande en même temps. D’un diamètre de 4 mm seulement, chaque sonde ne laisse pratiquement aucune trace dans la viande et résiste jusqu’à 300 °C ; elle s’utilise au four, sur le barbecue comme dans le fumoir. La connexion Bluetooth porte à environ 50 mètres : depuis le salon, un coup d’œil au téléphone suffit pour connaître la température. L’application propose les cuissons recommandées pour 11 types de viande et sonne dès que la température visée est atteinte. Remise dans son boîtier, une sonde se recharge en 10 minutes environ pour plus de 24 heures d’utilisation ; le boîtier fonctionne lui-même avec deux piles AAA. Astuce : piquez la sonde dans la partie la plus épaisse de la viande pour une lecture précise.',
      seo_title: 'Thermomètre à viande sans fil Grillo à deux sondes',
      meta_description:
        'Thermomètre à viande Bluetooth Grillo : deux sondes résistant à 300 °C, suivi de la cuisson sur votre téléphone et alerte dès que la viande est à point.',
      h1: 'Grillo, la cuisson parfaite sans rester devant le feu',
      marketing_copy_a:
        'Deux sondes, une portée qui va jusqu’au salon et des réglages prêts pour chaque viande : fini les cuissons au hasard. Commandez votre Grillo dès aujourd’hui.',
      marketing_copy_b:
        'Les amis trinquent sur la terrasse, le gigot repose tranquillement et vous n’avez pas soulevé le couvercle une seule fois. Découvrez Grillo.',
      marketing_copy_c:
        'Spécial barbecue : un support de sondes en silicone offert pour toute commande de Grillo ce mois-ci. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'porte à environ 50 mètres',
      replace: 'porte à environ 70 mètres',
      labels: ['number_dropped', 'number_invented'],
    },
    'L’application propose les cuissons recommandées pour 11 types de viande et sonne dès que la température visée est atteinte.',
  ),
  listing(
    'p02',
    'adjustable_inline_skates',
    'de',
    SKATE_ZH,
    SKATE_SRC,
    {
      translated_description:
        'Die Kinder-Inlineskates Rolli wachsen mit: Größe S passt für die Schuhgrößen 27 bis 30, Größe M für 31 bis 34. Einfach den Knopf an der Spitze gedrückt halten und den Schuh nach vorn ziehen – so reicht ein Paar etwa drei Jahre lang. Alle vier PU-Rollen leuchten beim Fahren, ganz ohne Batterien. Die Kugellager nach ABEC-7 laufen leicht und ruckelfrei. Der Schuh hat eine verstärkte Schale aus PP, ein atmungsaktives Netzfutter und einen hohen Schaft, der den Knöchel stützt und Ihrem Kind sicheren Halt gibt. Der Bremsstopper sitzt an der rechten Ferse und lässt sich einzeln austauschen, wenn er abgefahren ist. Geeignet für Kinder von 4 bis 10 Jahren; bitte immer mit Helm und Schützern fahren.',
      seo_title: 'Rolli Kinder-Inlineskates, verstellbar, 4–10 Jahre',
      meta_description:
        'Verstellbare Kinder-Inlineskates Rolli für 4 bis 10 Jahre: Schuhgrößen 27 bis 34, leuchtende Rollen ohne Batterien und ein hoher Schaft für sicheren Halt.',
      h1: 'Rolli – sicher rollen, Runde für Runde',
      marketing_copy_a:
        'Ein Paar für mehrere Winter und Sommer: verstellbare Größe, leuchtende Rollen ohne Batteriewechsel und ein Stopper zum Austauschen. Jetzt bestellen.',
      marketing_copy_b:
        'Das erste Mal ohne Mamas Hand durch den Park, und bei jedem Schwung blinken die Rollen – diesen Stolz vergisst Ihr Kind so schnell nicht. Entdecken Sie Rolli.',
      marketing_copy_c:
        'Nur im Aktionszeitraum: ein Schützer-Set für Knie, Ellbogen und Handgelenke gratis zu jedem Paar. Sichern Sie sich Ihre Rolli jetzt.',
    },
    { field: 'seo_title', find: '4–10 Jahre', replace: '4–12 Jahre', labels: ['number_invented'] },
    'Die Kugellager nach ABEC-7 laufen leicht und ruckelfrei.',
  ),
  listing(
    'p02',
    'adjustable_inline_skates',
    'ja',
    SKATE_ZH,
    SKATE_SRC,
    {
      translated_description:
        'Rolliのキッズインラインスケートはサイズ調整式です。Sサイズは27〜30、Mサイズは31〜34のシューズサイズ（EU表記）に対応。つま先のボタンを押したまま引き出すだけでサイズが広がるので、3年ほど履き続けられます。4つのPUウィールはすべて光り、電池は不要です。ベアリングはABEC-7で、なめらかに回転し引っかかりません。シューズ本体は厚手のPPシェル、内側は通気性のよいメッシュ素材。ハイカット設計で足首を支え、お子さまも安定して立てます。ブレーキは右足のかかとに付いていて、すり減ったら単体で交換できます。対象年齢は4〜10歳。滑るときは必ずヘルメットとプロテクターを着用してください。',
      seo_title: 'Rolli キッズインラインスケート サイズ調整 光るウィール',
      meta_description:
        '4〜10歳向けのサイズ調整式インラインスケート。光るPUウィールは電池不要、ハイカットで足首をしっかり支えます。',
      h1: 'Rolli はじめてのスケートを、安心して楽しく',
      marketing_copy_a:
        'サイズ調整で長く使えて、ウィールは電池いらずで光る。ブレーキも交換できるから経済的です。今すぐ購入。',
      marketing_copy_b:
        '公園をすいすい滑っていく背中を見送る日は、きっとすぐそこ。光るウィールが、お子さまの「できた！」を照らします。詳しくは商品ページをチェック。',
      marketing_copy_c: '今月限定で、プロテクターセットをプレゼント中。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '3年ほど',
      replace: '5年ほど',
      labels: ['number_dropped', 'number_invented'],
    },
    'ベアリングはABEC-7で、なめらかに回転し引っかかりません。',
  ),
  listing(
    'p03',
    'ionic_hair_dryers',
    'en',
    DRYER_ZH,
    DRYER_SRC,
    {
      translated_description:
        'The Zephi high-speed hair dryer is driven by a 110,000 rpm brushless motor that pushes air out at up to 20 metres per second, drying shoulder-length hair in about 3 minutes. It runs at 1,600 W and has a built-in ion generator, so your hair comes out smooth and frizz-free. There are three speed settings and four heat settings, plus a cool-shot button: hold it for a moment at the end to help set your style. Smart temperature control measures the heat 50 times a second and keeps the airflow steady at around 57 °C (135 °F), so your hair is never overheated. The dryer weighs only about 320 g (11.3 oz) and its handle folds, so it slips easily into a suitcase for business trips and holidays. Two magnetic nozzles come in the box: a concentrator and a diffuser.',
      seo_title: 'Zephi High-Speed Ionic Hair Dryer, 1,600 W, Foldable',
      meta_description:
        'Zephi ionic hair dryer with a 110,000 rpm brushless motor: shoulder-length hair dry in about 3 minutes, smart heat control and a handle that folds.',
      h1: 'Zephi – Salon-Smooth Hair in Minutes',
      marketing_copy_a:
        'Fast drying, gentle heat and a handle that folds away: the same dryer for the bathroom shelf and the weekend bag. Get your Zephi today.',
      marketing_copy_b:
        'No more aching arms halfway through, no more frizz fighting back. Just a few warm minutes and hair that feels fresh from the salon. Treat yourself to Zephi.',
      marketing_copy_c:
        'Launch offer: a free travel pouch with every Zephi ordered this week. Shop now while the offer lasts.',
    },
    {
      field: 'meta_description',
      find: '110,000 rpm',
      replace: '130,000 rpm',
      labels: ['number_invented'],
    },
    'Smart temperature control measures the heat 50 times a second and keeps the airflow steady at around 57 °C (135 °F), so your hair is never overheated.',
  ),
  listing(
    'p03',
    'ionic_hair_dryers',
    'es',
    DRYER_ZH,
    DRYER_SRC,
    {
      translated_description:
        'El secador de pelo de alta velocidad Zephi lleva un motor sin escobillas de 110.000 rpm que expulsa el aire a 20 metros por segundo, así que una melena por los hombros queda seca en unos 3 minutos. Tiene 1600 W de potencia y un generador de iones integrado que deja el pelo liso y sin encrespamiento. Ofrece tres velocidades y cuatro temperaturas, además de un botón de aire frío: mantenlo pulsado un momento al final para fijar el peinado. El control inteligente mide la temperatura 50 veces por segundo y mantiene el aire estable en torno a 57 °C, para no dañar el cabello. Pesa solo unos 320 g y el mango se pliega, así que cabe en la maleta sin ocupar sitio en viajes y escapadas. Incluye dos boquillas magnéticas: una concentradora y un difusor.',
      seo_title: 'Secador de pelo iónico Zephi de alta velocidad, 1600 W',
      meta_description:
        'Secador iónico Zephi con motor sin escobillas de 110.000 rpm: melena seca en unos 3 minutos, control inteligente de temperatura y mango plegable.',
      h1: 'Zephi, pelo de peluquería en pocos minutos',
      marketing_copy_a:
        'Seca rápido, cuida el pelo con un calor controlado y se pliega para el viaje: un solo secador para casa y para la maleta. Compra tu Zephi hoy.',
      marketing_copy_b:
        'Sin brazos cansados ni pelo encrespado: unos minutos de aire templado y sales de casa como recién peinada. Regálate un Zephi.',
      marketing_copy_c:
        'Oferta de lanzamiento: funda de viaje de regalo con cada Zephi pedido esta semana. Aprovecha antes de que se acabe.',
    },
    {
      field: 'translated_description',
      find: 'unos 320 g',
      replace: 'unos 280 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'El control inteligente mide la temperatura 50 veces por segundo y mantiene el aire estable en torno a 57 °C, para no dañar el cabello.',
  ),
  listing(
    'p04',
    'magnetic_knife_strips',
    'de',
    KNIFE_ZH,
    KNIFE_SRC,
    {
      translated_description:
        'Die magnetische Messerleiste Magna ist 40 cm lang und 4,5 cm breit. Eine durchgehende Reihe starker Magnete hält 6 bis 8 Messer, dazu Scheren, Flaschenöffner und andere kleine Helfer aus Eisen. Die Oberfläche aus gebürstetem Edelstahl 304 zeigt keine Fingerabdrücke und ist mit einem feuchten Tuch im Nu sauber. Für die Montage haben Sie zwei Möglichkeiten: Sie kleben die Leiste mit dem mitgelieferten 3M-Klebeband rückstandsfrei auf die Fliesen oder schrauben sie an die Wand; jede Leiste trägt rund 5 kg. An der Wand stoßen die Klingen nicht gegen anderes Metall, werden daher langsamer stumpf als im Messerblock und trocknen an der Luft. Bitte beachten: Nehmen Sie ein Messer ab, indem Sie es am Griff nach außen drehen, statt es nach unten abzuziehen.',
      seo_title: 'Magna Magnet-Messerleiste aus Edelstahl, 40 cm, ohne Bohren',
      meta_description:
        'Magnetische Messerleiste Magna: 40 cm lang, hält 6 bis 8 Messer sicher an der Wand, wird ohne Bohren geklebt oder ganz klassisch verschraubt.',
      h1: 'Magna – Ordnung an der Küchenwand',
      marketing_copy_a:
        'Mehr Platz auf der Arbeitsfläche, Messer immer griffbereit und Klingen, die länger scharf bleiben. Jetzt bestellen.',
      marketing_copy_b:
        'Ein Blick über die Küche: jedes Messer an seinem Platz, glänzend in einer Reihe. Kochen fühlt sich gleich ein bisschen professioneller an. Entdecken Sie Magna.',
      marketing_copy_c:
        'Diese Woche gibt es zu jeder Magna ein Mikrofasertuch gratis dazu. Sichern Sie sich Ihre Leiste jetzt.',
    },
    {
      field: 'translated_description',
      find: '4,5 cm breit',
      replace: '5,5 cm breit',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Oberfläche aus gebürstetem Edelstahl 304 zeigt keine Fingerabdrücke und ist mit einem feuchten Tuch im Nu sauber.',
  ),
  listing(
    'p04',
    'magnetic_knife_strips',
    'fr',
    KNIFE_ZH,
    KNIFE_SRC,
    {
      translated_description:
        'La barre aimantée Magna mesure 40 cm de long et 4,5 cm de large. Une rangée continue d’aimants puissants retient 6 à 8 couteaux, mais aussi les ciseaux, le décapsuleur et d’autres petits ustensiles en fer. Sa surface en acier inoxydable 304 brossé ne garde pas les traces de doigts et se nettoie d’un simple coup de chiffon humide. Deux modes de pose au choix : l’adhésif 3M fourni, qui se colle directement sur le carrelage sans laisser de traces, ou des vis pour la fixer au mur ; chaque barre supporte environ 5 kg. Suspendues au mur, les lames ne s’entrechoquent plus avec d’autres objets métalliques : elles s’émoussent moins vite que dans un bloc et sèchent à l’air libre. À noter : pour décrocher un couteau, tenez-le par le manche et faites-le pivoter vers l’extérieur au lieu de tirer vers le bas.',
      seo_title: 'Barre aimantée à couteaux Magna en inox, 40 cm',
      meta_description:
        'Barre aimantée Magna en inox brossé : 40 cm de long, elle retient 6 à 8 couteaux et vos petits ustensiles, à coller sur le carrelage ou à visser.',
      h1: 'Magna, vos couteaux toujours à portée de main',
      marketing_copy_a:
        'Un plan de travail dégagé, des couteaux rangés en un clin d’œil et des lames qui restent affûtées plus longtemps. Commandez votre Magna.',
      marketing_copy_b:
        'Un regard vers la crédence : chaque couteau à sa place, alignés comme chez un chef. Cuisiner devient un vrai plaisir. Découvrez Magna.',
      marketing_copy_c:
        'Cette semaine, un chiffon microfibre offert avec chaque barre Magna. Profitez-en dès maintenant !',
    },
    {
      field: 'meta_description',
      find: '6 à 8 couteaux',
      replace: '6 à 10 couteaux',
      labels: ['number_invented'],
    },
    'Deux modes de pose au choix : l’adhésif 3M fourni, qui se colle directement sur le carrelage sans laisser de traces, ou des vis pour la fixer au mur ; chaque barre supporte environ 5 kg.',
  ),
  listing(
    'p05',
    'telescopic_snow_brushes',
    'en',
    SNOW_ZH,
    SNOW_SRC,
    {
      translated_description:
        'The Brisko telescopic snow brush extends from about 80 cm to 120 cm (31.5 to 47.2 in), so you can reach the roof of an SUV or pick-up with ease. The brush head rotates through 180 degrees for pushing or pulling snow, and its dense, soft bristles will not scratch the paintwork. At the other end sits a heavy-duty PC ice scraper, about 10 cm (3.9 in) wide, with a row of ice-breaking teeth along its edge: crack the ice first, then scrape, and even thick layers come off without a struggle. The handle is wrapped in foam, so it never feels icy in your hand, even at minus 30 °C. The whole brush weighs about 650 g (1.4 lb) and comes apart to fit in the boot or under a seat. On winter mornings, two or three minutes before you set off are all it takes to get your windows clear.',
      seo_title: 'Brisko Telescopic Snow Brush & Ice Scraper, 80–120 cm',
      meta_description:
        'Brisko extendable snow brush with ice scraper: reaches from about 80 to 120 cm, with soft bristles that spare the paint and a foam grip that stays warm.',
      h1: 'Brisko – Clear Windows Before the Engine Warms Up',
      marketing_copy_a:
        'A brush, a scraper and an ice breaker in one tool that stretches over any roof and packs away in the boot. Order your Brisko before the first frost.',
      marketing_copy_b:
        'Dark morning, frozen windscreen, warm gloves and a brush that makes light work of it. Start the day calm instead of cursing. Discover Brisko.',
      marketing_copy_c:
        'Winter deal: free delivery on every Brisko ordered this month. Grab yours while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'about 650 g (1.4 lb)',
      replace: 'about 550 g (1.2 lb)',
      labels: ['number_dropped', 'number_invented'],
    },
    'The brush head rotates through 180 degrees for pushing or pulling snow, and its dense, soft bristles will not scratch the paintwork.',
  ),
  listing(
    'p05',
    'telescopic_snow_brushes',
    'de',
    SNOW_ZH,
    SNOW_SRC,
    {
      translated_description:
        'Die Teleskop-Schneebürste Brisko lässt sich von etwa 80 cm auf 120 cm ausziehen – damit erreichen Sie auch das Dach von SUV und Pick-up. Der Bürstenkopf dreht sich um 180 Grad, sodass Sie den Schnee schieben oder ziehen können; die dichten, weichen Borsten zerkratzen den Lack nicht. Am anderen Ende sitzt ein verstärkter Eiskratzer aus PC, rund 10 cm breit, mit einer Reihe Brechzähne an der Kante: erst das Eis aufbrechen, dann abziehen – so löst sich auch eine dicke Eisschicht mühelos. Der Griff ist mit Schaumstoff ummantelt und fühlt sich selbst bei minus 30 °C nicht eisig an. Die ganze Bürste wiegt rund 650 g und lässt sich zerlegen, damit sie in den Kofferraum oder unter den Sitz passt. So sind die Scheiben an Wintermorgen in zwei, drei Minuten frei.',
      seo_title: 'Brisko Teleskop-Schneebürste mit Eiskratzer, 80–120 cm',
      meta_description:
        'Ausziehbare Schneebürste Brisko mit Eiskratzer: reicht von etwa 80 bis 120 cm, weiche Borsten schonen den Lack, und der Schaumstoffgriff bleibt warm.',
      h1: 'Brisko – freie Sicht an frostigen Morgen',
      marketing_copy_a:
        'Bürste, Kratzer und Eisbrecher in einem Werkzeug, das über jedes Autodach reicht und im Kofferraum verschwindet. Jetzt bestellen, bevor der erste Frost kommt.',
      marketing_copy_b:
        'Dunkler Morgen, vereiste Scheibe – und trotzdem fahren Sie entspannt los, mit warmen Händen und klarer Sicht. Entdecken Sie Brisko.',
      marketing_copy_c:
        'Winteraktion: Diesen Monat liefern wir jede Brisko versandkostenfrei. Sichern Sie sich Ihre Schneebürste jetzt.',
    },
    { field: 'seo_title', find: '80–120 cm', replace: '80–140 cm', labels: ['number_invented'] },
    'Am anderen Ende sitzt ein verstärkter Eiskratzer aus PC, rund 10 cm breit, mit einer Reihe Brechzähne an der Kante: erst das Eis aufbrechen, dann abziehen – so löst sich auch eine dicke Eisschicht mühelos.',
  ),
  listing(
    'p06',
    'cat_laser_toys',
    'ja',
    LASER_ZH,
    LASER_SRC,
    {
      translated_description:
        'Dottoの自動猫じゃらしレーザーは、床やテーブルに置いてスイッチを入れるだけ。床や壁にランダムに動く赤い光を映し出し、猫がひとりで追いかけて遊べます。モードはゆっくり・速い・ランダムの3種類。15分動くと自動で止まるので、猫がひと休みでき、遊び疲れを防ぎます。レーザー出力は5mW以下ですが、人やペットの目には向けないでください。800mAhのバッテリーを内蔵し、充電はType-Cで約2時間、満充電で7日ほど使えます。本体の高さは約9cmで、底に重りが入っているので、猫に倒されても自分で起き上がります。日中ひとりで留守番することが多い室内猫にぴったりです。',
      seo_title: 'Dotto 自動猫じゃらしレーザー 3モード 充電式',
      meta_description:
        '床や壁にランダムな光を映す自動猫じゃらし。3種類のモードと15分の自動停止機能付きで、留守番中の猫も退屈しません。',
      h1: 'Dotto ひとりの時間も、遊びの時間に',
      marketing_copy_a:
        '置いてスイッチを押すだけで、猫がひとりで夢中になって遊べます。充電式だからコードもいりません。今すぐ購入。',
      marketing_copy_b:
        '帰宅すると、満足そうにまどろむ愛猫。お留守番の時間が、わくわくする狩りの時間に変わります。ぜひ商品ページをチェック。',
      marketing_copy_c: '今なら羽根つき猫じゃらしをプレゼント。カートへどうぞ。',
    },
    { field: 'meta_description', find: '15分', replace: '20分', labels: ['number_invented'] },
    '本体の高さは約9cmで、底に重りが入っているので、猫に倒されても自分で起き上がります。',
  ),
  listing(
    'p06',
    'cat_laser_toys',
    'es',
    LASER_ZH,
    LASER_SRC,
    {
      translated_description:
        'El juguete láser automático Dotto se coloca en el suelo o en una mesa y, al encenderlo, proyecta en el suelo y las paredes un punto de luz roja que se mueve al azar, para que tu gato juegue a perseguirlo él solito. Tiene tres modos: lento, rápido y aleatorio, y se detiene solo tras 15 minutos de funcionamiento para que el gato descanse y no acabe agotado. La potencia del láser no supera los 5 mW, pero no lo apuntes nunca a los ojos de personas ni de mascotas. Lleva una batería de 800 mAh que se carga por USB-C en unas 2 horas y, con la carga completa, dura unos 7 días. Mide unos 9 cm de alto y tiene la base lastrada, así que, si el gato lo tumba, vuelve a ponerse en pie solo. Es ideal para gatos de interior que pasan el día solos en casa.',
      seo_title: 'Juguete láser automático para gatos Dotto, tres modos',
      meta_description:
        'Juguete láser Dotto para gatos: luz roja que se mueve al azar, tres modos, apagado automático a los 15 minutos y batería recargable por USB-C.',
      h1: 'Dotto, diversión para tu gato cuando no estás',
      marketing_copy_a:
        'Lo pones en el suelo, lo enciendes y tu gato tiene juego para un buen rato, sin cables ni pilas. Consigue tu Dotto.',
      marketing_copy_b:
        'Vuelves a casa y lo encuentras estirado al sol, feliz y cansado después de cazar lucecitas toda la tarde. Descubre Dotto.',
      marketing_copy_c: 'Solo esta semana: envío gratis en todos los pedidos de Dotto. Pídelo ya.',
    },
    {
      field: 'translated_description',
      replace: 'Incluye 12 meses de garantía.',
      labels: ['number_invented'],
    },
    'Mide unos 9 cm de alto y tiene la base lastrada, así que, si el gato lo tumba, vuelve a ponerse en pie solo.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** `text` with `tail` hung on the end of its `n`-th sentence (0-based), before the sentence's closing mark. */
const hangOn = (text: string, n: number, tail: string): string => {
  const parts = text.split(/(?<=\D[.!?])\s+/);
  parts[n] = parts[n].replace(/[.!?]$/, (end) => `${tail}${end}`);
  return parts.join(' ');
};

/** The same for Japanese: `tail` goes in front of the `n`-th sentence's 。 (0-based). */
const hangOnJa = (text: string, n: number, tail: string): string => {
  const parts = text.match(/[^。]+。/g) ?? [text];
  parts[n] = parts[n].replace(/。$/, `${tail}。`);
  return parts.join('');
};

// en: listing 1 (meat thermometer) takes styles 0-2, listing 2 (hair dryer) 3-5, listing 3 (snow brush) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  // a hedge about what the maker's text backs up
  (c) => ({
    translated_description: hangOn(
      c.translated_description,
      2,
      ', though the maker’s sheet never says whether that figure assumes open air or a wall or two in between',
    ),
  }),
  // a status tag
  (c) => ({ h1: `${c.h1} (not yet signed off)` }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (Ines: warehouse still has to confirm the holders are in stock before this goes out.)`,
  }),
  // reasoning hung on the end of a sentence
  (c) => ({
    translated_description: hangOn(
      c.translated_description,
      0,
      ' – I left the motor speed as a full figure instead of rounding it, since shoppers line it up against rival dryers',
    ),
  }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Do most of your buyers have long hair? If so, I can lean harder on the drying time.',
    ),
  }),
  // an alternative wording offered
  (c) => ({ h1: `${c.h1} / or, punchier: “Dry, Smooth, Done”` }),
  // a first-person edit report
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Edit: moved the CTA to the close and tightened the opening clause.`,
  }),
  // a bracketed remark about the length
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(Running a little over the usual length here, but the ice-teeth detail felt worth keeping.)',
    ),
  }),
  // an unfilled placeholder
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace('this month', 'with code [[WINTER_CODE]]') }),
];

// de: listing 1 (inline skates) takes styles 0-2, listing 2 (knife strip) 3-5, listing 3 (snow brush) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  // a pointer to another part of the answer
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Eine Größenübersicht zum Einfügen hänge ich am Ende meiner Antwort an.',
    ),
  }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Ist „Mamas Hand“ okay, oder lieber neutral „an der Hand der Eltern“?',
    ),
  }),
  // a status tag
  (c) => ({ h1: `${c.h1} (noch nicht lektoriert)` }),
  // a hedge about what the maker's text backs up
  (c) => ({
    translated_description: hangOn(
      c.translated_description,
      3,
      ', wobei der Hersteller offenlässt, ob das auch für die geklebte Variante gilt',
    ),
  }),
  // an unfilled placeholder
  (c) => ({
    marketing_copy_c: c.marketing_copy_c.replace(
      'ein Mikrofasertuch',
      'ein Mikrofasertuch im Wert von XX,XX €',
    ),
  }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Falls es knapper sein soll: „Messer an die Wand, Platz auf die Arbeitsfläche.“`,
  }),
  // reasoning hung on the end of a sentence
  (c) => ({
    translated_description: hangOn(
      c.translated_description,
      0,
      ', wobei ich „Pick-up“ so stehen lasse, weil „Kleinlaster“ zu sehr nach Baustelle klingt',
    ),
  }),
  // a first-person edit report
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Den Kaffee aus der Vorlage habe ich rausgenommen, der hat vom Produkt abgelenkt.`,
  }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} @Jonas: versandkostenfrei gilt nur innerhalb Deutschlands, oder? Bitte vor der Freischaltung gegenchecken.`,
  }),
];

// ja: listing 1 (inline skates) takes styles 0-2, listing 2 (cat laser) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  // a bracketed remark about a word choice
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      2,
      '（サイズは「EU表記」と補足しましたが、日本向けにはセンチ表記へ換算したほうが親切かもしれません）',
    ),
  }),
  // a hedge about what the source backs up
  (c) => ({
    marketing_copy_a: hangOnJa(
      c.marketing_copy_a,
      1,
      '（ただ、交換用パーツが別売りかどうかは元の説明文からは読み取れませんでした）',
    ),
  }),
  // a status tag
  (c) => ({ seo_title: `【仮】${c.seo_title}` }),
  // a note to a colleague by name
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      5,
      '森さん、この注意書きは法務のチェックが終わり次第、差し替えをお願いします。',
    ),
  }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\nキャッチを差し替えるなら「お留守番は、狩りの時間。」もアリだと思います。`,
  }),
  // a pointer to another part of the answer
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}（キャンペーン文のほかの候補は、最後にまとめて載せておきます）`,
  }),
];

// es: listing 1 (hair dryer) takes styles 0-2, listing 2 (cat laser) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  // a first-person edit report
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'He alternado «melena» y «pelo» para no repetir «cabello» en cada frase.',
    ),
  }),
  // an unfilled placeholder
  (c) => ({ h1: `${c.h1} – [insertar claim de marca]` }),
  // a bracketed remark in English about the tone
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '(“recién peinada” assumes a woman is reading; say so if the brand prefers neutral copy)',
    ),
  }),
  // a question to the requester in passing
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '¿Quieres que mencione aquí la clase del láser o basta con la potencia?',
    ),
  }),
  // a status tag
  (c) => ({ marketing_copy_a: `[por revisar] ${c.marketing_copy_a}` }),
  // reasoning hung on the end of a sentence
  (c) => ({
    marketing_copy_c: hangOn(
      c.marketing_copy_c,
      0,
      ' (elegí envío gratis en vez de descuento, tal como venía en el briefing)',
    ),
  }),
];

// fr: listing 1 (meat thermometer) takes styles 0-2, listing 2 (knife strip) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  // a question to the requester in passing
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      'On garde « au hasard » ou c’est trop familier pour la marque ?',
    ),
  }),
  // a hedge about what the maker's text backs up
  (c) => ({
    translated_description: hangOn(
      c.translated_description,
      1,
      ', tenue en température que je reprends telle quelle du fabricant, sans avoir pu la recouper nulle part',
    ),
  }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nPour Léa : ce texte doit partir avec la photo du gigot, sinon il tombe à plat.`,
  }),
  // a bracketed remark in English about a word choice
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '(chose “barre aimantée” over “porte-couteaux magnétique”: shorter, and far closer to what French shoppers search for)',
    ),
  }),
  // a status tag
  (c) => ({ h1: `${c.h1} — version provisoire` }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Ou, en plus court : « Chaque couteau à sa place, enfin. »`,
  }),
];

export const ROUND_80_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap meat thermometers can be off by several degrees.',
      'Knockoff snow brushes leave fine scratches in the clear coat.',
      'A counterfeit hair dryer may lack proper overheating protection.',
      'Replica probes rarely survive a long smoking session.',
    ],
    slogans: ['Dinner, right on temperature.', 'Frost off, day on.'],
    chineseLeftovers: [],
    duplicateLead: 'When all is said and done: ',
    titleStuffing: ' | BBQ Accessories, Father’s Day Present, Best Seller, Top Rated, Free Delivery',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Messerleisten lassen schwere Kochmesser abrutschen.',
      'Fälschungen erkennen Sie an Rollen, die schon nach wenigen Runden flackern.',
      'Nachahmungen von Markenskates sparen oft an den Kugellagern.',
      'Ein Imitat mit harten Plastikborsten zerkratzt den Lack beim ersten Einsatz.',
    ],
    slogans: ['Rollen, lachen, wachsen.', 'Alles an seinem Platz.'],
    chineseLeftovers: [],
    duplicateLead: 'Mit einem Wort: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Wintersale, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のインラインスケートはウィールがすぐにすり減ります。',
      'コピー品のレーザーは出力が表示どおりとは限りません。',
      '偽物にはブレーキの交換用パーツが用意されていません。',
      '模倣品の猫じゃらしはバッテリーの持ちが悪いことがあります。',
    ],
    slogans: ['すべって、笑って、大きくなる。', 'ひとりでも、夢中になれる。'],
    chineseLeftovers: [
      '这双轮滑鞋很轻，孩子穿上就能自己滑。',
      '这个逗猫器电池很耐用，充满电能让猫玩好几天。',
    ],
    duplicateLead: '要点をまとめると、',
    titleStuffing: '｜人気 おすすめ 話題 プレゼント 送料無料 即納 在庫あり',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los secadores baratos queman las puntas del pelo.',
      'Una imitación de láser para gatos puede superar la potencia segura.',
      'Las falsificaciones suelen traer motores mucho más ruidosos.',
      'Las baterías falsas de algunos juguetes se hinchan con el uso.',
    ],
    slogans: ['La peluquería, en casa.', 'Gato feliz, casa tranquila.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas líneas: ',
    titleStuffing: ' | Regalo, novedad, top ventas, envío gratis, precio rebajado',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une barre aimantée pas chère laisse glisser les couteaux lourds.',
      'Les contrefaçons de sondes fondent souvent dans le fumoir.',
      'Les faux avis en ligne vantent des sondes qui ne tiennent pas la chaleur.',
      'Une réplique bon marché se raye dès la première semaine.',
    ],
    slogans: ['La cuisson juste, tout simplement.', 'Le rangement, version chef.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour le dire vite : ',
    titleStuffing: ' | Idée cadeau, nouveauté, best-seller, livraison gratuite, barbecue',
  },
};
