// Blind set, round 85 (written without reading the gate, committed before it is scored): six pet-care, party,
// home-storage and musical-accessory products in the categories slow_feeder_dog_bowls, party_pinatas,
// stackable_shoe_boxes, guitar_capos, under_bed_storage_bags and folding_music_stands, 12 hand-written listings,
// three artifact styles per listing and wording of its own. Register of the shared dev set: ordinary model output as a
// reviewer meets it. Most artifacts are the kinds the llm_artifact definition names (an eager lead-in before the
// description, HTML tags such as <h1>, <p>, <h2>, <strong> and a <div class>, a field-label prefix on the meta or a
// copy, a bare or ```json code fence, markdown bold and a # heading, an AI disclaimer before or after a copy,
// sign-offs offering more versions); a few are subtler (a bracketed translator's note between two sentences of the
// description, a line of English chatter inside a German description, an unfilled [placeholder], a question back to
// the requester after a markdown rule); no digits in artifacts that land in the description, title or meta. Sources
// are in ordinary Chinese shop style with ordinary number forms (digits with units, 约/左右/以上/以内, ranges with
// 到, 两/三/七 for small counts, 万). Legitimate numbers:
// Nibbo about 1 minute (1分ほど), 5 to 8 minutes (5〜8分), 22 cm (8.7 in), 6 cm (2.4 in), about 2 cups (約2カップ),
// about 400 ml, 4 pads (Four, 4つ), 三种 (three colours, 3色), PP / BPA (no number), idioms 一点点 (bit by bit,
// 少しずつ) and 一顿饭 (a meal), 几颗 (a few: not a number);
// Partyo 40, 38 and 10 cm, 七种 (sieben Farben, siete colores), about 1 kg (rund 1 kg, alrededor de 1 kg), 60 cm,
// 3 years and over (ab 3 Jahren, a partir de 3 años), 10 to 20 hits (10 bis 20 Schläge, entre 10 y 20 golpes), idioms
// 一根 / 一个 (a stick, a blindfold), 好几次 (mehrmals, varias veces: not a number);
// Stackly 一组6个 (set of 6, lot de 6), 33×23×14 cm (13 × 9.1 × 5.5 in), 45码 (EU size 45, pointure 45), 1.2 mm
// (1,2 mm), 8 high (8 niveaux), 3 vent holes, about 30 seconds, 3 cm, idiom 一眼 (at a glance, d’un coup d’œil);
// Clampo about 35 g, 2万次 (20.000 Zyklen, 2万回), 6弦 (6-saitig, 6弦), 40 to 60 mm (40〜60mm), 三款 (drei Farben, 3色),
// 1 year (1 Jahr, 1年間), 单手一捏 (mit einem Griff, 片手でつまむ: not a number), idiom 一个收纳袋 (a pouch);
// Tucko 一套两个 (set of two, zwei Taschen), 100×50×15 cm (39.4 × 19.7 × 5.9 in), about 75 litres (rund 75 Liter),
// 2 duvets (2 Winterbettdecken), 两个提手 (two handles, zwei Griffe), 18 cm (7.1 in), 4 cm, 双向 (two-way zip,
// Zwei-Wege-Reißverschluss: dual, not a source number but 2 is one anyway), idiom 一包 (a sachet, ein Päckchen);
// Notaro 70 to 150 cm, 48 cm, 3 cm, about 1.1 kg (1,1 kg), 2 kg, 50 cm.
// Number edits: Nibbo en 400 → 500 ml (dropped + invented), ja title 22 → 25 cm (invented); Partyo de title 40 → 50 cm
// (invented), es 20 → 30 golpes (dropped + invented); Stackly en 3 → 4 cm folded (invented only: 3 stays in the
// description as the 3 vent holes), fr pointure 45 → 46 (dropped + invented); Clampo de meta 60 → 65 mm (invented),
// ja 約35g → 約30g (dropped + invented); Tucko en meta 75 → 90 litres (invented), de 4 → 3 cm folded (dropped + invented:
// 4 is said nowhere else in the description); Notaro es meta 1,1 → 1,4 kg (invented),
// fr 2 → 5 kg (dropped + invented).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const BOWL_ZH = 'Nibbo 防噎慢食狗碗 迷宫凸起 中小型犬';
const BOWL_SRC =
  'Nibbo 防噎慢食狗碗采用食品级PP材质，不含BPA。碗内设计了迷宫式凸起，狗狗得绕着凸起一点点吃，原本1分钟左右就吃完的一顿饭，能延长到5到8分钟，减少狼吞虎咽引起的呕吐和胀气。碗口直径22厘米，高6厘米，可装约2杯干粮（约400毫升），适合中小型犬。底部有4个硅胶防滑垫，狗狗推不动也拱不翻。有薄荷绿、奶油白、雾霾蓝三种颜色可选。可放入洗碗机清洗。小贴士：刚开始用时，可以在凸起之间放几颗零食，帮狗狗熟悉新碗。';
const PINATA_ZH = 'Partyo 星星彩虹皮纳塔 生日派对 送纸棒眼罩';
const PINATA_SRC =
  'Partyo 星星彩虹皮纳塔，高40厘米，宽38厘米，厚10厘米，用加厚瓦楞纸板做骨架，外面贴满七种颜色的流苏纸。肚子里可以装约1公斤糖果和小玩具，顶部带挂绳，挂在树枝或门框上都可以。套装附赠一根60厘米的纸棒和一个眼罩，拆开就能玩。适合3岁以上的孩子，一般要打10到20下才会破，每个小朋友都能轮上好几次。生日会、儿童节、毕业派对都很有气氛。注意：不要装易碎或尖锐的东西，敲打时请让其他孩子站远一点。';
const SHOE_ZH = 'Stackly 翻盖透明鞋盒 6个装 可叠放';
const SHOE_SRC =
  'Stackly 翻盖式透明鞋盒，一组6个，单个外尺寸为33×23×14厘米，45码以内的运动鞋、平底鞋都能放下。盒身采用PP材质，壁厚1.2毫米，叠放8层也不会压变形。正面是磁吸翻盖，不用把上面的盒子搬下来就能取鞋。两侧各有3个透气孔，鞋子不容易闷出异味。组装约30秒，无需工具，沿折痕展开扣好即可。不用时可以折叠收起，厚度只有3厘米。盒身透明，想穿哪双一眼就能找到。';
const CAPO_ZH = 'Clampo 铝合金吉他变调夹 民谣电吉他通用';
const CAPO_SRC =
  'Clampo 吉他变调夹采用航空铝合金机身，重量只有约35克，夹在琴头上几乎感觉不到。弹簧经过2万次开合测试，用久了也不会松。夹口内侧包裹硅胶垫，不伤琴颈和漆面，换调后音准稳定。适用于6弦民谣吉他和电吉他，琴颈宽度40到60毫米都能夹稳。单手一捏就能换位置，边弹边唱也不耽误节奏。尾端设计了拔弦钉器，换弦更方便。颜色有黑、银、玫瑰金三款可选。附赠一个收纳袋，保修1年。';
const BAG_ZH = 'Tucko 床底收纳袋 两个装 75升 透明视窗';
const BAG_SRC =
  'Tucko 床底收纳袋，一套两个，单个尺寸为100×50×15厘米，容量约75升，能装下2床冬被或全家人的换季衣物。袋身采用加厚牛津布，正面带透明视窗，不用打开就能看到里面装了什么。双向拉链顺滑不卡，两侧各有两个提手，从床底拉出来很省力。底部加了硬质衬板，装满了也不会塌。床底离地18厘米以上就能放进去。不用时可折叠，厚度不到4厘米。建议放一包干燥剂一起收纳，防潮效果更好。';
const STAND_ZH = 'Notaro 折叠乐谱架 70-150厘米可调 送收纳袋';
const STAND_SRC =
  'Notaro 折叠乐谱架，高度可在70到150厘米之间调节，坐着弹琴、站着拉琴都合适。谱托宽48厘米，打开的乐谱本也能平放，下沿托边深3厘米，翻页时谱子不会滑下来。架身采用钢管加铝合金，整架重约1.1公斤，最大承重2公斤，底部支脚展开后稳当不晃。谱托角度可前后调节，看谱不累脖子。折叠后长度只有50厘米，装进附送的收纳袋，背去上课、排练都很方便。钢琴、小提琴、长笛、吉他等乐器的练习和演出都适用。';

export const ROUND_85_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'slow_feeder_dog_bowls',
    'en',
    BOWL_ZH,
    BOWL_SRC,
    {
      translated_description:
        'The Nibbo slow feeder dog bowl is made from food-grade PP and is BPA-free. A maze of raised ridges inside the bowl means your dog has to eat around them bit by bit, so a meal that used to vanish in about 1 minute now takes 5 to 8 minutes – which helps reduce the vomiting and bloating that come from wolfing food down. The bowl measures 22 cm (8.7 in) across the rim, stands 6 cm (2.4 in) tall and holds about 2 cups of dry food (about 400 ml), making it ideal for small and medium-sized dogs. Four silicone non-slip pads on the base mean your dog can neither push it around nor nose it over. It comes in three colours: mint green, cream white and misty blue. The bowl is dishwasher-safe. Tip: when you first introduce it, scatter a few treats between the ridges to help your dog get to know the new bowl.',
      seo_title: 'Nibbo Slow Feeder Dog Bowl for Small & Medium Dogs, 22 cm',
      meta_description:
        'Nibbo slow feeder bowl with a maze of ridges that stretches mealtime to 5 to 8 minutes. Food-grade PP, BPA-free, non-slip and dishwasher-safe.',
      h1: 'Nibbo – Slower Meals, Happier Tummies',
      marketing_copy_a:
        'A maze bowl that makes every meal last longer, in a sturdy, BPA-free build that goes straight into the dishwasher. Order your Nibbo today.',
      marketing_copy_b:
        'No more gulping, no more worried looks at an upset stomach after dinner – just a curious nose happily working out the puzzle. Discover Nibbo.',
      marketing_copy_c:
        'Launch offer: a bag of training treats free with every Nibbo bowl this week. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      find: '(about 400 ml)',
      replace: '(about 500 ml)',
      labels: ['number_dropped', 'number_invented'],
    },
    'Four silicone non-slip pads on the base mean your dog can neither push it around nor nose it over.',
  ),
  listing(
    'p01',
    'slow_feeder_dog_bowls',
    'ja',
    BOWL_ZH,
    BOWL_SRC,
    {
      translated_description:
        'Nibboの早食い防止ボウルは、食品グレードのPP素材を使ったBPAフリー設計です。ボウルの内側には迷路のような突起があり、ワンちゃんは突起をよけながら少しずつ食べることになります。これまで1分ほどで食べ終えていた食事が5〜8分に延び、早食いによる嘔吐やお腹の張りを防ぎます。口径22cm、高さ6cmで、ドライフードが約2カップ（約400ml）入り、小型犬から中型犬にぴったりです。底面には4つのシリコン製滑り止めが付いているので、押しても鼻で突いてもずれたりひっくり返ったりしません。カラーはミントグリーン、クリームホワイト、スモーキーブルーの3色。食洗機で洗えます。ワンポイント：使い始めは突起の間におやつを少し置いてあげると、新しいボウルにすぐ慣れてくれます。',
      seo_title: 'Nibbo 早食い防止 犬用食器 口径22cm 中小型犬向け',
      meta_description:
        '迷路状の突起で食事時間を5〜8分に延ばす早食い防止ボウル。食品グレードのPP製でBPAフリー、食洗機にも対応。中小型犬におすすめです。',
      h1: 'Nibbo ゆっくり食べて、おなかにやさしく',
      marketing_copy_a:
        '迷路のような突起で、毎日のごはんが自然とゆっくりに。丈夫で食洗機にも入れられるので、お手入れもかんたんです。今すぐ購入。',
      marketing_copy_b:
        'がっついて吐いてしまう心配が減り、夢中で突起をかき分ける姿に思わず笑顔に。ごはんの時間が、もっと楽しいひとときになります。ぜひ商品ページをチェックしてください。',
      marketing_copy_c: '発売記念で、今ならトレーニング用おやつをプレゼント。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '口径22cm', replace: '口径25cm', labels: ['number_invented'] },
    '底面には4つのシリコン製滑り止めが付いているので、押しても鼻で突いてもずれたりひっくり返ったりしません。',
  ),
  listing(
    'p02',
    'party_pinatas',
    'de',
    PINATA_ZH,
    PINATA_SRC,
    {
      translated_description:
        'Die Sternen-Piñata Partyo in Regenbogenfarben ist 40 cm hoch, 38 cm breit und 10 cm tief. Ihr Gerüst besteht aus verstärkter Wellpappe, außen ist sie rundum mit Fransenpapier in sieben Farben beklebt. Im Bauch ist Platz für rund 1 kg Süßigkeiten und kleines Spielzeug; mit der Aufhängeschlaufe oben hängen Sie sie an einen Ast oder in den Türrahmen. Im Set sind ein 60 cm langer Papierstab und eine Augenbinde enthalten, sodass es gleich nach dem Auspacken losgehen kann. Geeignet für Kinder ab 3 Jahren; meist braucht es 10 bis 20 Schläge, bis sie aufplatzt – so kommt jedes Kind mehrmals an die Reihe. Ob Kindergeburtstag, Kindertag oder Abschlussfeier: Sie sorgt garantiert für Stimmung. Bitte beachten: Füllen Sie nichts Zerbrechliches oder Spitzes ein und lassen Sie die anderen Kinder beim Schlagen genügend Abstand halten.',
      seo_title: 'Partyo Sternen-Piñata in Regenbogenfarben, 40 cm, mit Stab',
      meta_description:
        'Regenbogen-Piñata Partyo in Sternform: fasst rund 1 kg Süßigkeiten, mit Stab, Augenbinde und Aufhänger, für Kinder ab 3 Jahren.',
      h1: 'Partyo – der Höhepunkt jeder Kinderparty',
      marketing_copy_a:
        'Stab, Augenbinde und Aufhänger sind schon dabei – einfach füllen, aufhängen und loslegen. Bestellen Sie Ihre Partyo jetzt.',
      marketing_copy_b:
        'Verbundene Augen, gespannte Gesichter und dann der Jubel, wenn der Süßigkeitenregen kommt: Von solchen Momenten erzählen Kinder noch Wochen später. Entdecken Sie Partyo.',
      marketing_copy_c:
        'Nur diese Woche: ein Beutel Konfetti gratis zu jeder Partyo. Legen Sie Ihre Piñata jetzt in den Warenkorb!',
    },
    { field: 'seo_title', find: ', 40 cm,', replace: ', 50 cm,', labels: ['number_invented'] },
    'Im Set sind ein 60 cm langer Papierstab und eine Augenbinde enthalten, sodass es gleich nach dem Auspacken losgehen kann.',
  ),
  listing(
    'p02',
    'party_pinatas',
    'es',
    PINATA_ZH,
    PINATA_SRC,
    {
      translated_description:
        'La piñata de estrella arcoíris Partyo mide 40 cm de alto, 38 cm de ancho y 10 cm de fondo. Tiene una estructura de cartón ondulado reforzado y va cubierta de flecos de papel en siete colores. En su interior caben alrededor de 1 kg de caramelos y juguetes pequeños, y el cordón de la parte superior permite colgarla de una rama o del marco de una puerta. El set incluye un palo de papel de 60 cm y una venda para los ojos, así que está lista para jugar nada más sacarla de la caja. Es apta para niños a partir de 3 años; normalmente hacen falta entre 10 y 20 golpes para romperla, así que todos los peques pueden intentarlo varias veces. Da ambiente a cumpleaños, al Día del Niño o a una fiesta de graduación. Importante: no la rellenes con objetos frágiles ni puntiagudos, y pide a los demás niños que se mantengan a distancia mientras alguien golpea.',
      seo_title: 'Piñata de estrella arcoíris Partyo con palo y venda',
      meta_description:
        'Piñata de estrella Partyo en colores arcoíris: 40 cm de alto, caben 1 kg de caramelos e incluye palo y venda. Para niños a partir de 3 años.',
      h1: 'Partyo, la estrella de la fiesta',
      marketing_copy_a:
        'Palo, venda y cordón incluidos: solo tienes que rellenarla, colgarla y empezar la fiesta. Compra tu piñata Partyo.',
      marketing_copy_b:
        'Ojos vendados, risas nerviosas y, de repente, una lluvia de caramelos: ese es el momento que tus hijos van a recordar. Descubre Partyo.',
      marketing_copy_c:
        'Solo esta semana, una bolsa de confeti de regalo con cada Partyo. ¡Aprovecha y pídela ya!',
    },
    {
      field: 'translated_description',
      find: 'entre 10 y 20 golpes',
      replace: 'entre 10 y 30 golpes',
      labels: ['number_dropped', 'number_invented'],
    },
    'Tiene una estructura de cartón ondulado reforzado y va cubierta de flecos de papel en siete colores.',
  ),
  listing(
    'p03',
    'stackable_shoe_boxes',
    'en',
    SHOE_ZH,
    SHOE_SRC,
    {
      translated_description:
        'Stackly clear shoe boxes with a drop-front lid come in a set of 6. Each box measures 33 × 23 × 14 cm (13 × 9.1 × 5.5 in) on the outside and takes trainers and flats up to EU size 45. The boxes are made of PP with 1.2 mm walls, so you can stack them 8 high without them buckling. The magnetic lid opens at the front, so you can take out a pair without lifting down the boxes above. There are 3 ventilation holes on each side to stop shoes from getting stuffy and smelly. Assembly takes about 30 seconds and needs no tools: just unfold along the creases and clip the sides together. When not in use, they fold flat to just 3 cm. And because the boxes are clear, you can spot the pair you want at a glance.',
      seo_title: 'Stackly Clear Shoe Boxes, Set of 6, Magnetic Drop Front',
      meta_description:
        'Set of 6 clear, stackable shoe boxes with magnetic drop-front lids and 1.2 mm walls. They fit up to EU size 45 and fold flat when not in use.',
      h1: 'Stackly – Every Pair in Sight, Every Box in Reach',
      marketing_copy_a:
        'Six boxes, magnetic fronts and walls sturdy enough for a tall stack: a tidy shoe wall for the hallway or wardrobe. Order your Stackly set today.',
      marketing_copy_b:
        'Picture opening the wardrobe and finding every pair lined up, clean and dust-free, with your favourite trainers right at eye level. Discover Stackly.',
      marketing_copy_c:
        'This month only: free delivery on every Stackly set. Add to cart now and get the hallway sorted by the weekend.',
    },
    {
      field: 'translated_description',
      find: 'fold flat to just 3 cm',
      replace: 'fold flat to just 4 cm',
      labels: ['number_invented'],
    },
    'Assembly takes about 30 seconds and needs no tools: just unfold along the creases and clip the sides together.',
  ),
  listing(
    'p03',
    'stackable_shoe_boxes',
    'fr',
    SHOE_ZH,
    SHOE_SRC,
    {
      translated_description:
        'Les boîtes à chaussures transparentes Stackly à ouverture frontale sont vendues par lot de 6. Chaque boîte mesure 33 × 23 × 14 cm à l’extérieur et accueille baskets et chaussures plates jusqu’à la pointure 45. En PP avec des parois de 1,2 mm, elles s’empilent sur 8 niveaux sans se déformer. Le rabat magnétique s’ouvre à l’avant : plus besoin de descendre les boîtes du dessus pour prendre une paire. Chaque côté est percé de 3 trous d’aération, pour que les chaussures ne prennent pas une odeur de renfermé. Le montage prend environ 30 secondes, sans outil : il suffit de déplier le long des plis et de clipser les côtés. Inutilisées, elles se replient à plat sur 3 cm d’épaisseur seulement. Et comme elles sont transparentes, vous repérez d’un coup d’œil la paire que vous voulez porter.',
      seo_title: 'Boîtes à chaussures Stackly, lot de 6, ouverture aimantée',
      meta_description:
        'Lot de 6 boîtes à chaussures transparentes et empilables : rabat magnétique à l’avant, pointure 45 maximum, montage sans outil et rangement à plat.',
      h1: 'Stackly, toutes vos paires en un coup d’œil',
      marketing_copy_a:
        'Six boîtes solides, un rabat qui s’ouvre sans rien déplacer et un mur à chaussures net dans l’entrée ou le dressing. Commandez votre lot Stackly.',
      marketing_copy_b:
        'Imaginez : vous ouvrez le placard et chaque paire vous attend, propre, à l’abri de la poussière, vos baskets préférées à hauteur des yeux. Découvrez Stackly.',
      marketing_copy_c:
        'Ce mois-ci, la livraison est offerte sur chaque lot Stackly. Profitez-en pour faire de la place avant le week-end !',
    },
    {
      field: 'translated_description',
      find: 'jusqu’à la pointure 45',
      replace: 'jusqu’à la pointure 46',
      labels: ['number_dropped', 'number_invented'],
    },
    'En PP avec des parois de 1,2 mm, elles s’empilent sur 8 niveaux sans se déformer.',
  ),
  listing(
    'p04',
    'guitar_capos',
    'de',
    CAPO_ZH,
    CAPO_SRC,
    {
      translated_description:
        'Der Gitarren-Kapodaster Clampo hat ein Gehäuse aus Aluminiumlegierung in Luftfahrtqualität und wiegt nur rund 35 g – am Kopf der Gitarre spüren Sie ihn kaum. Die Feder hat einen Test mit 20.000 Öffnungs- und Schließzyklen bestanden und lässt auch nach langem Gebrauch nicht nach. Die Innenseiten der Klemme sind mit Silikon gepolstert, schonen Hals und Lack und halten die Stimmung nach dem Umsetzen stabil. Er passt auf 6-saitige Akustik- und E-Gitarren und sitzt bei Halsbreiten von 40 bis 60 mm fest. Mit einem Griff lässt er sich umsetzen, ohne dass Sie beim Spielen und Singen aus dem Takt kommen. Am Ende ist ein Pinzieher eingebaut, der den Saitenwechsel erleichtert. Erhältlich in drei Farben: Schwarz, Silber und Roségold. Eine Aufbewahrungstasche liegt bei, und Sie erhalten 1 Jahr Garantie.',
      seo_title: 'Clampo Kapodaster für Akustik- und E-Gitarre, nur 35 g',
      meta_description:
        'Leichter Kapodaster Clampo aus Aluminium: rund 35 g, Silikonpolster gegen Kratzer, für Halsbreiten von 40 bis 60 mm, mit Pinzieher und Tasche.',
      h1: 'Clampo – Tonart wechseln mit einem Handgriff',
      marketing_copy_a:
        'Leicht, kratzfest und mit eingebautem Pinzieher: ein Zubehör, das für immer im Gigbag wohnen darf. Jetzt bestellen.',
      marketing_copy_b:
        'Das Lagerfeuer knistert, jemand wünscht sich noch ein Lied in einer anderen Tonart – ein Griff, und alle singen weiter. Entdecken Sie Clampo.',
      marketing_copy_c:
        'Aktion der Woche: Zu jedem Clampo gibt es ein Set Plektren gratis. Sichern Sie sich Ihren Kapodaster jetzt.',
    },
    { field: 'meta_description', find: '40 bis 60 mm', replace: '40 bis 65 mm', labels: ['number_invented'] },
    'Die Feder hat einen Test mit 20.000 Öffnungs- und Schließzyklen bestanden und lässt auch nach langem Gebrauch nicht nach.',
  ),
  listing(
    'p04',
    'guitar_capos',
    'ja',
    CAPO_ZH,
    CAPO_SRC,
    {
      translated_description:
        'Clampoのギターカポは、航空機グレードのアルミ合金ボディを採用。重さは約35gと軽く、ヘッドに付けてもほとんど気になりません。スプリングは2万回の開閉テストをクリアしており、長く使ってもゆるみにくい設計です。クランプの内側はシリコンパッドで覆われているので、ネックや塗装を傷つけず、付け替えた後もチューニングが安定します。6弦のアコースティックギターとエレキギターに対応し、ネック幅40〜60mmまでしっかり固定できます。片手でつまむだけで位置を変えられるので、弾き語りの最中でもリズムを崩しません。後端にはブリッジピン抜きが付いていて、弦交換もスムーズです。カラーはブラック、シルバー、ローズゴールドの3色。収納ポーチ付きで、1年間の保証が付いています。',
      seo_title: 'Clampo ギターカポ アルミ製 約35g アコギ・エレキ対応',
      meta_description:
        '約35gの軽量アルミ製ギターカポ。シリコンパッドでネックを傷つけず、ネック幅40〜60mmに対応。ピン抜き付きで弦交換も簡単です。',
      h1: 'Clampo 片手でさっとキーチェンジ',
      marketing_copy_a:
        '軽くて傷をつけにくく、ピン抜きまで付いた頼れる相棒。ギターケースに入れっぱなしにしておきたいアクセサリーです。今すぐ購入。',
      marketing_copy_b:
        '焚き火を囲んで、もう一曲。キーを変えたいときも、片手でつまむだけで歌が途切れません。ぜひ商品ページをチェックしてください。',
      marketing_copy_c: '今なら、ピックセットをプレゼント中。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '重さは約35gと軽く',
      replace: '重さは約30gと軽く',
      labels: ['number_dropped', 'number_invented'],
    },
    'スプリングは2万回の開閉テストをクリアしており、長く使ってもゆるみにくい設計です。',
  ),
  listing(
    'p05',
    'under_bed_storage_bags',
    'en',
    BAG_ZH,
    BAG_SRC,
    {
      translated_description:
        'Tucko under-bed storage bags come in a set of two, each measuring 100 × 50 × 15 cm (39.4 × 19.7 × 5.9 in) and holding about 75 litres – enough for 2 winter duvets or the whole family’s out-of-season clothes. They are made of thick Oxford fabric with a clear window on the front, so you can see what is inside without opening them. The two-way zip runs smoothly without snagging, and with two handles on each side, the bags slide out from under the bed with very little effort. A rigid board in the base keeps them from sagging, even when full. They fit under any bed with at least 18 cm (7.1 in) of clearance. When not in use, they fold down to less than 4 cm thick. Tip: pop a sachet of desiccant in with your things for extra protection against damp.',
      seo_title: 'Tucko Under-Bed Storage Bags with Window, 2 × 75 L',
      meta_description:
        'Two Tucko under-bed storage bags, each holding about 75 litres: thick Oxford fabric, a clear front window, a two-way zip and sturdy side handles.',
      h1: 'Tucko – Make Room Where You Never Looked',
      marketing_copy_a:
        'Two roomy bags that turn the dead space under your bed into a second wardrobe, with a window so you never have to guess what’s inside. Get your Tucko set today.',
      marketing_copy_b:
        'Spring arrives, the winter duvets vanish under the bed, and suddenly the bedroom feels light and calm again. Discover Tucko.',
      marketing_copy_c:
        'Bundle deal: buy two sets and get a pack of desiccant sachets free. Order now while the offer lasts.',
    },
    {
      field: 'meta_description',
      find: 'about 75 litres',
      replace: 'about 90 litres',
      labels: ['number_invented'],
    },
    'They fit under any bed with at least 18 cm (7.1 in) of clearance.',
  ),
  listing(
    'p05',
    'under_bed_storage_bags',
    'de',
    BAG_ZH,
    BAG_SRC,
    {
      translated_description:
        'Die Unterbett-Aufbewahrungstaschen von Tucko kommen als Set aus zwei Taschen. Jede misst 100 × 50 × 15 cm und fasst rund 75 Liter – genug für 2 Winterbettdecken oder die Saisonkleidung der ganzen Familie. Sie bestehen aus kräftigem Oxford-Gewebe und haben vorne ein Sichtfenster, sodass Sie den Inhalt sehen, ohne sie zu öffnen. Der Zwei-Wege-Reißverschluss läuft leicht und hakt nicht; dank zwei Griffen an jeder Seite ziehen Sie die Taschen mühelos unter dem Bett hervor. Eine feste Bodenplatte sorgt dafür, dass nichts durchhängt, auch wenn sie randvoll sind. Sie passen unter jedes Bett mit mindestens 18 cm Bodenfreiheit. Nicht benötigt, lassen sie sich auf weniger als 4 cm zusammenfalten. Tipp: Legen Sie ein Päckchen Trockenmittel dazu, dann ist alles noch besser vor Feuchtigkeit geschützt.',
      seo_title: 'Tucko Unterbett-Aufbewahrung, 2er-Set, je 75 Liter',
      meta_description:
        'Zwei Unterbett-Taschen von Tucko mit je rund 75 Litern: kräftiges Oxford-Gewebe, Sichtfenster, Zwei-Wege-Reißverschluss und Griffe an beiden Seiten.',
      h1: 'Tucko – Platz schaffen, wo vorher nur Staub lag',
      marketing_copy_a:
        'Zwei geräumige Taschen machen aus dem toten Raum unter dem Bett einen zweiten Kleiderschrank – mit Sichtfenster, damit Sie nie raten müssen. Jetzt bestellen.',
      marketing_copy_b:
        'Der Frühling kommt, die dicken Decken verschwinden unters Bett, und das Schlafzimmer wirkt plötzlich wieder hell und aufgeräumt. Entdecken Sie Tucko.',
      marketing_copy_c:
        'Doppelt gut verstaut: Beim Kauf von zwei Sets gibt es Trockenmittel-Beutel gratis dazu. Sichern Sie sich Ihr Set.',
    },
    {
      field: 'translated_description',
      find: 'auf weniger als 4 cm',
      replace: 'auf weniger als 3 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Sie passen unter jedes Bett mit mindestens 18 cm Bodenfreiheit.',
  ),
  listing(
    'p06',
    'folding_music_stands',
    'es',
    STAND_ZH,
    STAND_SRC,
    {
      translated_description:
        'El atril plegable Notaro se regula en altura entre 70 y 150 cm, así que sirve tanto para tocar sentado como de pie. La bandeja mide 48 cm de ancho y admite un libro de partituras abierto, y su reborde inferior de 3 cm evita que las hojas se deslicen al pasar página. La estructura, de tubo de acero y aleación de aluminio, pesa alrededor de 1,1 kg, soporta hasta 2 kg y, con las patas abiertas, se mantiene firme sin tambalearse. La bandeja se inclina hacia delante o hacia atrás para que leas sin forzar el cuello. Plegado mide solo 50 cm y cabe en la funda incluida, así que te lo llevas a clase o al ensayo sin esfuerzo. Es perfecto para practicar o actuar con piano, violín, flauta, guitarra y muchos otros instrumentos.',
      seo_title: 'Atril plegable Notaro, altura de 70 a 150 cm, con funda',
      meta_description:
        'Atril de partituras plegable Notaro: altura regulable de 70 a 150 cm, unos 1,1 kg de peso, bandeja inclinable y funda de transporte incluida.',
      h1: 'Notaro, tu atril para ensayar donde quieras',
      marketing_copy_a:
        'Ligero, estable y con funda: todo lo que necesitas para ensayar en casa, en clase o sobre el escenario. Compra tu atril Notaro.',
      marketing_copy_b:
        'La partitura a la altura justa, el cuello relajado y toda tu atención en la música: así se disfruta cada ensayo. Descubre Notaro.',
      marketing_copy_c:
        'Oferta de vuelta a clase: una pinza para partituras de regalo con cada Notaro. Hazte con el tuyo antes de que se agote.',
    },
    { field: 'meta_description', find: 'unos 1,1 kg', replace: 'unos 1,4 kg', labels: ['number_invented'] },
    'La bandeja mide 48 cm de ancho y admite un libro de partituras abierto, y su reborde inferior de 3 cm evita que las hojas se deslicen al pasar página.',
  ),
  listing(
    'p06',
    'folding_music_stands',
    'fr',
    STAND_ZH,
    STAND_SRC,
    {
      translated_description:
        'Le pupitre pliant Notaro se règle en hauteur de 70 à 150 cm : il convient aussi bien pour jouer assis que debout. Son plateau de 48 cm de large accueille un recueil de partitions ouvert, et son rebord inférieur de 3 cm empêche les feuilles de glisser quand vous tournez les pages. En tube d’acier et alliage d’aluminium, il pèse environ 1,1 kg, supporte jusqu’à 2 kg et, pieds dépliés, reste stable sans vaciller. L’inclinaison du plateau se règle vers l’avant ou vers l’arrière, pour lire sans se fatiguer la nuque. Plié, il ne mesure que 50 cm et se glisse dans la housse fournie : idéal pour l’emporter en cours ou en répétition. Il accompagne la pratique comme la scène, pour le piano, le violon, la flûte, la guitare et bien d’autres instruments.',
      seo_title: 'Pupitre à partitions pliant Notaro, de 70 à 150 cm',
      meta_description:
        'Pupitre pliant Notaro réglable de 70 à 150 cm : plateau inclinable, environ 1,1 kg seulement et housse de transport fournie.',
      h1: 'Notaro, la musique à bonne hauteur',
      marketing_copy_a:
        'Léger, stable et livré avec sa housse : tout ce qu’il faut pour répéter à la maison, en cours ou sur scène. Commandez votre pupitre Notaro.',
      marketing_copy_b:
        'La partition à hauteur des yeux, la nuque détendue, toute votre attention sur la musique : chaque répétition devient un plaisir. Découvrez Notaro.',
      marketing_copy_c:
        'Offre de rentrée : une pince à partitions offerte avec chaque Notaro. Profitez-en dès aujourd’hui !',
    },
    {
      field: 'translated_description',
      find: 'supporte jusqu’à 2 kg',
      replace: 'supporte jusqu’à 5 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Plié, il ne mesure que 50 cm et se glisse dans la housse fournie : idéal pour l’emporter en cours ou en répétition.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (dog bowl) takes styles 0-2, listing 2 (shoe boxes) 3-5, listing 3 (under-bed bags) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the translated product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nI hope this helps! Let me know if you’d like any other variations.`,
  }),
  (c) => ({ meta_description: `Meta description: ${c.meta_description}` }),
  (c) => ({ marketing_copy_a: `\`\`\`json\n{\n  "marketing_copy_a": "${c.marketing_copy_a}"\n}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `As an AI, I don’t own any shoes myself, but here is an emotion-focused version:\n\n${c.marketing_copy_b}`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '[Translator’s note: “Oxford fabric” is how English listings usually name this weave; change it to “Oxford cloth” if your shop prefers.]',
    ),
  }),
  (c) => ({ seo_title: `**${c.seo_title}**` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} [Insert offer end date here]` }),
];

// de: listing 1 (piñata) takes styles 0-2, listing 2 (capo) 3-5, listing 3 (under-bed bags) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne, hier ist die deutsche Übersetzung:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({ meta_description: `Meta-Beschreibung: ${c.meta_description}` }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `Als KI habe ich selbst noch nie Gitarre gespielt, aber hier ist ein emotionaler Vorschlag:\n\n${c.marketing_copy_b}`,
  }),
  (c) => ({ h1: `**${c.h1}**` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nViel Erfolg mit dem Shop – melden Sie sich gern, wenn Sie weitere Varianten brauchen!`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(Note: I kept “Oxford-Gewebe”, since German shops commonly use that term.)',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n---\nSoll ich die Tonalität noch stärker auf Familien mit Kindern ausrichten?`,
  }),
];

// ja: listing 1 (dog bowl) takes styles 0-2, listing 2 (capo) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `翻訳結果は以下のとおりです。\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_c: `<strong>${c.marketing_copy_c}</strong>` }),
  (c) => ({ h1: `H1タイトル：${c.h1}` }),
  (c) => ({ meta_description: `\`\`\`\n${c.meta_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `私はAIなので実際にギターを弾いたことはありませんが、感情に訴える文案を考えてみました。\n\n${c.marketing_copy_b}`,
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}\n\n以上、ご参考になれば幸いです。` }),
];

// es: listing 1 (piñata) takes styles 0-2, listing 2 (music stand) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Por supuesto! Aquí está la descripción traducida:\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `# ${c.seo_title}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
  (c) => ({ translated_description: `<div class="product-description">${c.translated_description}</div>` }),
  (c) => ({ marketing_copy_a: `Texto de marketing (valor): ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n(Como IA no toco ningún instrumento, así que conviene que un músico revise el tono antes de publicarlo.)`,
  }),
];

// fr: listing 1 (shoe boxes) takes styles 0-2, listing 2 (music stand) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Bien sûr ! Voici la traduction française de la fiche produit :\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<h2>${c.h1}</h2>` }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n\nJ’espère que cette proposition vous conviendra !` }),
  (c) => ({ meta_description: `Méta-description : ${c.meta_description}` }),
  (c) => ({ marketing_copy_c: `\`\`\`json\n{"marketing_copy_c": "${c.marketing_copy_c}"}\n\`\`\`` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      4,
      '[NB : j’ai traduit par « pupitre » plutôt que « lutrin », à confirmer avec le client.]',
    ),
  }),
];

export const ROUND_85_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap plastic bowls scratch easily and can harbour bacteria.',
      'Knockoff shoe boxes tend to sag once you stack them.',
      'A counterfeit storage bag often has a zip that splits at the seam.',
      'Replica designs rarely come with a rigid base board.',
    ],
    slogans: ['Tidy home, calm mind.', 'Slow bowls, happy dogs.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Pet Supplies, Gift Idea, Best Seller, Top Rated, Fast Shipping',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Piñatas reißen oft schon nach wenigen Schlägen.',
      'Eine Fälschung erkennt man an der wackeligen Feder.',
      'Nachahmungen haben meist kein Sichtfenster.',
      'Ein Imitat aus dünnem Blech verkratzt schnell den Gitarrenhals.',
    ],
    slogans: ['Mehr Platz, mehr Ruhe.', 'Jede Party braucht einen Knall.'],
    chineseLeftovers: [],
    duplicateLead: 'Auf den Punkt gebracht: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Angebot, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の早食い防止ボウルは、すぐに傷だらけになります。',
      'コピー品のカポはバネがすぐに弱くなります。',
      '偽物のボウルには有害な素材が使われていることもあります。',
      'レプリカのカポはネックを傷つけることがあります。',
    ],
    slogans: ['ゆっくり食べて、すこやかに。', '音楽を、もっと自由に。'],
    chineseLeftovers: ['这个狗碗底部很稳，狗狗推不动。', '这个变调夹很轻，夹上以后几乎感觉不到。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜ペット用品 人気 ランキング ギフト 送料無料',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las piñatas baratas se rompen enseguida y no dan juego.',
      'Un atril falso se tambalea con cualquier partitura.',
      'Las imitaciones no traen funda ni venda.',
      'Cuidado con las falsificaciones que se venden en los mercadillos.',
    ],
    slogans: ['La fiesta empieza aquí.', 'Tu música, a la altura justa.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Fiesta, regalo, novedad, oferta, envío rápido',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les boîtes pas chères se déforment dès qu’on les empile.',
      'Méfiez-vous des contrefaçons vendues sans housse.',
      'Un faux pupitre en plastique ne tient pas une partition ouverte.',
      'Aucune imitation n’offre un rabat magnétique aussi solide.',
    ],
    slogans: ['L’ordre, tout simplement.', 'La musique à portée de regard.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Rangement, idée cadeau, nouveauté, promo, livraison rapide',
  },
};
