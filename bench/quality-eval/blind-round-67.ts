// Blind set, round 67 (written without reading the gate, committed before it is scored): six travel, garden, hobby
// and household products in the categories luggage_scales, rain_barrels, watercolour_paint_sets, fabric_shavers,
// binoculars and seed_starting_heat_mats, 12 hand-written listings, three artifact styles per listing and wording of
// its own (this round: chatter that blends into the copy, as a reviewer finds it in real model output: a piece of the
// model's reasoning tacked onto a sentence, a question to the requester in passing, a bracketed remark in English or
// in the field's language about a word choice, the tone or the length, a hedge about what the source does or does not
// say, a first-person edit report ("I moved the palette detail up", "Den Abschnitt zum Laden habe ich aufgeteilt",
// "区切って訳しました", "J'ai resserré l'accroche"), a note to a colleague by name, a status word (WIP, noch nicht
// freigegeben, 確認中, REVISAR, À relire), an unfilled placeholder ({{PROMO_CODE}}, <Enddatum>, [FECHA]), an
// alternative wording offered, and a pointer to another part of the answer (the meta description below, the
// description above); no digits in artifacts that land in the description, title or meta). The sources use ordinary
// Chinese number forms (两个, 四种, 两种, 三档, 六叶, 20多, 约, 左右). Legitimate numbers: Weighly 50 kg (110 lb),
// 10 g, 四种 (four units, 4つの単位), about 85 g, 2.5 cm, 20多公斤 (over 20 kg, 20kgを超える), CR2032 (2032), 60 seconds
// (60秒間); idioms none (称好, 随手 carry no numeral); Regna 200 l, PVC, about 60 cm, about 75 cm, 5 support rods
// (5 Stützstangen, 5 varillas), 两个 (zwei Auslässe, dos salidas), about 10 cm; 下场大雨 carries no numeral; Pigmo
// 48 colours (48 couleurs), 6 pearlescent (6 nacrées), 4 fluorescent, about 2 ml, 3 water brushes (3 pinceaux), A5 (5),
// 20 sheets (20 feuilles), 300 g/m² (the ² is an exponent, not a number), about 420 g (14.8 oz), idiom 一本 (a pad,
// un carnet: like 一套, not a spec); Fluffo 六叶 (sechs Klingen, 6枚刃), 8000 rpm (8000 Umdrehungen, 毎分8000回転),
// 两种 (zwei Lochgrößen, 2種類), 三档 (drei Stufen, 3段階), Type-C (USB-C: no number), about 2 hours, about 90 minutes,
// about 12 ml, about 150 g; 几秒钟 (in Sekunden, 数秒) is vague, not a spec; Vistar 10× (10-fach), 42 mm, BAK4 (4),
// 全多层 (fully multi-coated: no number), 1000 m (1,000 m), 114 m, 2 m, IPX7 (7), about 680 g (24 oz), 双筒 (binoculars,
// dual: not a spec); Sprouta 53 × 25 cm, 两个 (two trays, dos bandejas, deux plateaux), 20 W, 20 to 40 °C (20 is
// both watts and degrees), about 10 °C above room temperature, IP67 (67), 1.8 m (1,8 m). Articles such as a, ein,
// un, una and une are not number words here.
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const LUGGAGE_ZH = 'Weighly 便携电子行李秤 最大50公斤';
const LUGGAGE_SRC =
  'Weighly 便携电子行李秤最大称重50公斤，精度达10克，出门前在家称好，到了机场不怕超重。支持公斤、磅、盎司和克四种单位切换。蓝色背光液晶屏，光线再暗也看得清。读数稳定后自动锁定，放下箱子照样能看结果。机身仅重约85克，附带宽2.5厘米的加厚织带，提起20多公斤的箱子也不勒手。使用CR2032纽扣电池，60秒无操作自动关机，省电耐用。小巧不占地方，随手放进背包侧袋就能出发。';
const RAIN_ZH = 'Regna 折叠雨水收集桶 200升';
const RAIN_SRC =
  'Regna 折叠式雨水收集桶容量200升，采用加厚PVC夹网布，桶身直径约60厘米，高约75厘米。桶壁内置5根支撑杆，装满水也立得稳稳的。顶部配防蚊滤网，落叶和蚊虫都挡在外面。桶身下方有两个出水口：上面的接黄铜水龙头，下面的可以接花园水管，浇花、洗车都方便。冬天不用时把水放空，折叠后厚度只有约10厘米。下场大雨就能攒满，省下不少自来水。';
const PAINT_ZH = 'Pigmo 固体水彩颜料 48色铁盒套装';
const PAINT_SRC =
  'Pigmo 固体水彩套装共48色，包括6种珠光色和4种荧光色，每块颜料约2毫升，颜色饱满透亮，叠色也不脏。铁盒盖子内侧就是调色区，打开就能画。套装附送3支粗细不同的储水笔和一本A5大小的水彩本，内含20张300克棉浆纸。颜料干了滴点水就能化开，可以反复使用。整盒重约420克，背去公园写生也不累。新手练习、老手出门速写都很合适。';
const SHAVER_ZH = 'Fluffo 充电式毛球修剪器 六叶刀头';
const SHAVER_SRC =
  'Fluffo 毛球修剪器采用六叶不锈钢刀头，电机转速每分钟8000转，毛衣、大衣、沙发罩上的毛球几秒钟就能剃干净。网罩有两种孔径，粗针织、细针织都能用，不伤衣物。三档速度可调，Type-C接口充电，充满约2小时，能连续用90分钟左右。透明集屑仓容量约12毫升，不用频繁倒。机身重约150克，握着不累手。附赠清洁刷和备用刀头，旧衣服也能焕然一新。';
const BINO_ZH = 'Vistar 10×42 双筒望远镜 BAK4棱镜 防水';
const BINO_SRC =
  'Vistar 双筒望远镜放大倍率10倍，物镜口径42毫米，采用BAK4棱镜和全多层镀膜，成像明亮清晰，傍晚观鸟也看得清楚。1000米处视野宽114米，最近对焦距离仅2米。镜身内部充氮，防雾防水，防水等级IPX7，下雨天照常使用。整机重约680克，外覆橡胶，握持防滑。眼罩可旋出调节，戴眼镜也能看到完整视野。附赠手机拍照夹、背带和收纳包，观鸟、看球赛、旅行都用得上。';
const MAT_ZH = 'Sprouta 育苗加热垫 53×25厘米 带温控器';
const MAT_SRC =
  'Sprouta 育苗加热垫尺寸53×25厘米，刚好放下两个标准育苗盘。功率20瓦，配数字温控器，温度可在20至40℃之间设定，把探头插进土里就能自动控温。垫面温度比室温高约10℃，早春在阳台育苗，种子出芽更快更整齐。表面为PVC材质，防水等级IP67，沾了水擦干即可。电源线长1.8米，放在架子上也够得着插座。辣椒、番茄、香草播种都适用，冬天还能给爬宠保暖。';

export const ROUND_67_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'luggage_scales',
    'en',
    LUGGAGE_ZH,
    LUGGAGE_SRC,
    {
      translated_description:
        'The Weighly portable digital luggage scale weighs up to 50 kg (110 lb) with an accuracy of 10 g, so you can check your bags at home and get to the airport without worrying about excess baggage. It switches between four units: kilograms, pounds, ounces and grams. The blue-backlit LCD stays easy to read even in dim light. Once the reading settles, it locks automatically, so you can put the case down and still see the result. The scale itself weighs only about 85 g and comes with a reinforced strap 2.5 cm wide, so even a suitcase of over 20 kg won’t dig into your hand. It runs on a CR2032 coin cell and switches itself off after 60 seconds without use to save power. It is small enough to slip into the side pocket of your backpack, and off you go.',
      seo_title: 'Weighly Digital Luggage Scale, 50 kg, Backlit LCD',
      meta_description:
        'Weighly portable luggage scale: weighs up to 50 kg in 10 g steps, shows four units and has a backlit display that locks the reading, plus a wide strap.',
      h1: 'Weighly: Know Your Bag’s Weight Before the Airport Does',
      marketing_copy_a:
        'One overweight bag at the check-in desk can cost more than this scale. Weigh at home, repack in peace and buy your Weighly today.',
      marketing_copy_b:
        'The hotel room on the last night, souvenirs everywhere and a suitcase that barely closes. A quick lift tells you whether it will pass. Travel with a lighter mind – discover Weighly.',
      marketing_copy_c:
        'Holiday season special: free shipping on every Weighly this week. Order now and pack with confidence.',
    },
    { field: 'seo_title', find: '50 kg', replace: '75 kg', labels: ['number_invented'] },
    'It runs on a CR2032 coin cell and switches itself off after 60 seconds without use to save power.',
  ),
  listing(
    'p01',
    'luggage_scales',
    'ja',
    LUGGAGE_ZH,
    LUGGAGE_SRC,
    {
      translated_description:
        'Weighlyの携帯用デジタルラゲッジスケールは、最大50kgまで量れて、精度は10g単位です。出発前に自宅で量っておけば、空港で重量オーバーに慌てることもありません。キログラム、ポンド、オンス、グラムの4つの単位に切り替えられます。青いバックライト付きの液晶画面なので、暗い場所でも数字がはっきり見えます。数値が安定すると自動でロックされるため、スーツケースを下ろしてから結果を確認できます。本体はわずか約85gで、幅2.5cmの厚手ストラップ付き。20kgを超えるスーツケースを持ち上げても手が痛くなりません。電池はCR2032ボタン電池を使用し、60秒間操作がないと自動で電源が切れるので長持ちします。コンパクトなので、リュックのサイドポケットにさっと入れて出かけられます。',
      seo_title: 'Weighly デジタルラゲッジスケール 最大50kg 精度10g',
      meta_description:
        '出発前に自宅で量れる携帯用ラゲッジスケール。最大50kg、精度10g、4つの単位に対応。暗い場所でも見やすいバックライト液晶と自動ロック機能付き。',
      h1: 'Weighly 旅の荷物は出発前にきちんと計量',
      marketing_copy_a:
        '空港で超過料金を払うより、家で量って詰め直すほうがずっと手軽。軽くて小さいので、旅のたびに持ち歩けます。今すぐ購入。',
      marketing_copy_b:
        '最終日のホテルでお土産を詰め込み、なんとか閉まったスーツケース。持ち上げるだけで重さがわかれば、帰りの空港にも落ち着いて向かえます。ぜひチェックしてください。',
      marketing_copy_c: '旅行シーズン応援中。今週はWeighlyを送料無料でお届けします。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: 'わずか約85g',
      replace: 'わずか約95g',
      labels: ['number_dropped', 'number_invented'],
    },
    '電池はCR2032ボタン電池を使用し、60秒間操作がないと自動で電源が切れるので長持ちします。',
  ),
  listing(
    'p02',
    'rain_barrels',
    'de',
    RAIN_ZH,
    RAIN_SRC,
    {
      translated_description:
        'Die faltbare Regentonne Regna fasst 200 Liter und besteht aus verstärktem PVC-Gittergewebe; sie hat einen Durchmesser von etwa 60 cm und ist rund 75 cm hoch. In der Wand stecken 5 Stützstangen, sodass die Tonne auch randvoll sicher steht. Ein Mückenschutzgitter auf der Oberseite hält Laub und Insekten draußen. Unten sitzen zwei Auslässe: An den oberen kommt der Messinghahn, an den unteren lässt sich ein Gartenschlauch anschließen – praktisch zum Blumengießen und Autowaschen. Im Winter lassen Sie das Wasser einfach ab und falten die Tonne auf nur etwa 10 cm Höhe zusammen. Schon ein kräftiger Regenguss füllt sie, und Sie sparen eine Menge Leitungswasser.',
      seo_title: 'Regna faltbare Regentonne 200 l mit Messinghahn',
      meta_description:
        'Faltbare Regentonne Regna mit 200 Litern, 5 Stützstangen, Mückenschutzgitter und zwei Auslässen für Hahn und Gartenschlauch – im Winter klein verstaut.',
      h1: 'Regna – Regenwasser sammeln, Leitungswasser sparen',
      marketing_copy_a:
        'Jeder Regenguss füllt Ihren Vorrat fürs Gießen auf, und die Wasserrechnung sinkt. Bestellen Sie Regna jetzt für Ihren Garten.',
      marketing_copy_b:
        'Weiches Regenwasser für Tomaten und Rosen, frisch aus der eigenen Tonne. Ihre Pflanzen merken den Unterschied. Entdecken Sie Regna.',
      marketing_copy_c:
        'Frühlingsaktion: Zu jeder Regna gibt es ein Anschlussset fürs Fallrohr gratis dazu – jetzt kaufen, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'ist rund 75 cm hoch',
      replace: 'ist rund 85 cm hoch',
      labels: ['number_dropped', 'number_invented'],
    },
    'Im Winter lassen Sie das Wasser einfach ab und falten die Tonne auf nur etwa 10 cm Höhe zusammen.',
  ),
  listing(
    'p02',
    'rain_barrels',
    'es',
    RAIN_ZH,
    RAIN_SRC,
    {
      translated_description:
        'El depósito plegable de agua de lluvia Regna tiene capacidad para 200 litros y está hecho de lona de PVC reforzada con malla; mide unos 60 cm de diámetro y unos 75 cm de alto. Lleva 5 varillas de soporte integradas en la pared, así que se mantiene firme incluso lleno hasta arriba. La parte superior tiene una malla antimosquitos que deja fuera las hojas y los insectos. Abajo hay dos salidas: en la de arriba va el grifo de latón y en la de abajo puedes conectar la manguera del jardín, para regar o lavar el coche con comodidad. En invierno, vacíalo, pliégalo y se queda en unos 10 cm de grosor. Con un buen chaparrón ya se llena, y te ahorras mucha agua del grifo.',
      seo_title: 'Depósito plegable de agua de lluvia Regna, 200 l',
      meta_description:
        'Depósito plegable Regna para agua de lluvia: 200 litros, 5 varillas de soporte, malla antimosquitos y dos salidas para el grifo y la manguera del jardín.',
      h1: 'Regna, el agua de lluvia que riega tu jardín',
      marketing_copy_a:
        'Cada tormenta llena tu reserva para regar y la factura del agua baja sola. Compra tu Regna y empieza a ahorrar.',
      marketing_copy_b:
        'Agua de lluvia suave para tus tomateras y tus rosales, recogida en tu propio jardín. Tus plantas lo van a notar. Descubre Regna.',
      marketing_copy_c:
        'Oferta de primavera: kit de conexión para bajante de regalo con cada Regna. Pídelo ya, antes de que se agote.',
    },
    { field: 'meta_description', find: '200 litros', replace: '250 litros', labels: ['number_invented'] },
    'En invierno, vacíalo, pliégalo y se queda en unos 10 cm de grosor.',
  ),
  listing(
    'p03',
    'watercolour_paint_sets',
    'en',
    PAINT_ZH,
    PAINT_SRC,
    {
      translated_description:
        'The Pigmo solid watercolour set holds 48 colours, including 6 pearlescent and 4 fluorescent shades. Each pan contains about 2 ml of paint, with rich, luminous colour that stays clean even when you layer it. The inside of the tin lid doubles as a mixing palette, so you can start painting as soon as you open it. The set also comes with 3 water brushes in different sizes and an A5 watercolour pad of 20 sheets of 300 g/m² cotton paper. If the paint dries out, a drop of water brings it back, so the pans can be used again and again. The whole tin weighs about 420 g (14.8 oz), light enough to carry to the park for an afternoon of sketching. It suits beginners practising at home just as well as seasoned painters sketching on the go.',
      seo_title: 'Pigmo Watercolour Paint Set, 48 Colours in a Tin',
      meta_description:
        'Pigmo solid watercolour set with 48 colours, pearlescent and fluorescent shades, 3 water brushes and an A5 pad of 300 g/m² cotton paper in a handy tin.',
      h1: 'Pigmo: A Whole Palette That Fits in Your Bag',
      marketing_copy_a:
        'Paints, palette, brushes and paper in a single tin – everything you need to start, with nothing extra to buy. Order your Pigmo set today.',
      marketing_copy_b:
        'A bench in the park, the light changing on the water, and your brush already moving. Some moments deserve to be kept in colour. Discover Pigmo.',
      marketing_copy_c:
        'Spring sketching offer: a free travel sketchbook with every Pigmo set this month. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      replace: 'The pigments are rated lightfast for over 75 years.',
      labels: ['number_invented'],
    },
    'The whole tin weighs about 420 g (14.8 oz), light enough to carry to the park for an afternoon of sketching.',
  ),
  listing(
    'p03',
    'watercolour_paint_sets',
    'fr',
    PAINT_ZH,
    PAINT_SRC,
    {
      translated_description:
        'Le coffret d’aquarelle en godets Pigmo réunit 48 couleurs, dont 6 teintes nacrées et 4 fluorescentes. Chaque godet contient environ 2 ml de peinture aux couleurs vives et lumineuses, qui restent propres même en superposition. L’intérieur du couvercle en métal sert de palette : on ouvre la boîte et on peint. Le coffret comprend aussi 3 pinceaux à réservoir de tailles différentes et un carnet d’aquarelle au format A5 de 20 feuilles de papier coton 300 g/m². Si la peinture a séché, une goutte d’eau suffit à la réactiver, et les godets se réutilisent encore et encore. L’ensemble pèse environ 420 g, assez léger pour partir peindre au parc. Il convient aux débutants qui s’exercent comme aux artistes confirmés qui croquent en voyage.',
      seo_title: 'Aquarelle en godets Pigmo, coffret métal 48 couleurs',
      meta_description:
        'Coffret d’aquarelle Pigmo : 48 couleurs dont nacrées et fluo, 3 pinceaux à réservoir et un carnet A5 en papier coton 300 g/m², en boîte métal.',
      h1: 'Pigmo, toute une palette dans votre sac',
      marketing_copy_a:
        'Peintures, palette, pinceaux et papier dans une seule boîte : rien d’autre à acheter pour commencer. Commandez votre coffret Pigmo dès aujourd’hui.',
      marketing_copy_b:
        'Un banc au parc, la lumière qui change sur l’eau, et votre pinceau déjà en mouvement. Certains instants méritent d’être gardés en couleurs. Découvrez Pigmo.',
      marketing_copy_c:
        'Offre croquis de printemps : un carnet de voyage offert avec chaque coffret ce mois-ci. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'dont 6 teintes nacrées',
      replace: 'dont 8 teintes nacrées',
      labels: ['number_dropped', 'number_invented'],
    },
    'L’ensemble pèse environ 420 g, assez léger pour partir peindre au parc.',
  ),
  listing(
    'p04',
    'fabric_shavers',
    'de',
    SHAVER_ZH,
    SHAVER_SRC,
    {
      translated_description:
        'Der Fusselrasierer Fluffo arbeitet mit einem Scherkopf mit sechs Klingen aus Edelstahl, der Motor dreht mit 8000 Umdrehungen pro Minute. So sind Knötchen auf Pullovern, Mänteln und Sofabezügen in Sekunden entfernt. Das Schutzgitter gibt es mit zwei Lochgrößen, passend für grobes wie feines Strickgewebe, ohne den Stoff zu beschädigen. Die Geschwindigkeit lässt sich in drei Stufen einstellen. Geladen wird über USB-C: Nach etwa 2 Stunden ist der Akku voll und hält dann rund 90 Minuten am Stück. Der durchsichtige Fusselbehälter fasst etwa 12 ml, Sie müssen ihn also nicht ständig leeren. Mit rund 150 g liegt das Gerät leicht in der Hand. Reinigungspinsel und Ersatzscherkopf sind dabei – so sehen auch ältere Lieblingsstücke wieder wie neu aus.',
      seo_title: 'Fluffo Fusselrasierer mit Akku, 6 Klingen, USB-C',
      meta_description:
        'Akku-Fusselrasierer Fluffo mit sechs Edelstahlklingen, 8000 U/min und drei Stufen: Das Gitter mit zwei Lochgrößen entfernt Knötchen schonend.',
      h1: 'Fluffo – Lieblingspullis wieder wie neu',
      marketing_copy_a:
        'Statt neuer Pullover einfach die Knötchen weg: Fluffo spart Geld und verlängert das Leben Ihrer Kleidung. Jetzt bestellen.',
      marketing_copy_b:
        'Die Strickjacke von Oma, so weich und doch so müde im Aussehen. Ein paar Minuten mit Fluffo, und sie ist wieder bereit für den Alltag. Entdecken Sie Fluffo.',
      marketing_copy_c:
        'Aktion zum Herbststart: Zu jedem Fluffo gibt es einen weiteren Ersatzscherkopf gratis – sichern Sie sich Ihren jetzt.',
    },
    { field: 'seo_title', find: '6 Klingen', replace: '8 Klingen', labels: ['number_invented'] },
    'Der durchsichtige Fusselbehälter fasst etwa 12 ml, Sie müssen ihn also nicht ständig leeren.',
  ),
  listing(
    'p04',
    'fabric_shavers',
    'ja',
    SHAVER_ZH,
    SHAVER_SRC,
    {
      translated_description:
        'Fluffoの毛玉取り器は、ステンレス製の6枚刃を採用しています。モーターは毎分8000回転で、セーターやコート、ソファカバーの毛玉を数秒ですっきり取り除きます。ガードは2種類の網目があり、ざっくりしたニットにも細かいニットにも使えて、生地を傷めません。スピードは3段階で調整できます。充電はType-C端子で、約2時間でフル充電になり、約90分間続けて使えます。透明のダストケースは容量約12mlで、こまめに捨てる手間がかかりません。本体は約150gと軽く、長く持っても疲れにくい設計です。お手入れブラシと替え刃が付属しているので、くたびれた服も見違えるようによみがえります。',
      seo_title: 'Fluffo 充電式毛玉取り器 6枚刃 毎分8000回転',
      meta_description:
        '6枚刃と毎分8000回転のパワーで、セーターやソファの毛玉をすっきり。2種類の網目のガードで生地にやさしく、3段階のスピード調整に対応。',
      h1: 'Fluffo お気に入りのニットをもう一度',
      marketing_copy_a:
        '毛玉が気になるたびに買い替えるより、Fluffoでお手入れするほうがずっと経済的。お気に入りを長く着られます。今すぐ購入。',
      marketing_copy_b:
        '祖母が編んでくれたカーディガン、着心地はいいのに毛玉が目立ってきた。数分のお手入れで、また毎日着たくなる一枚に戻ります。ぜひチェックしてください。',
      marketing_copy_c: '秋の衣替え応援キャンペーン中。今なら替え刃をもうひとつプレゼント。カートへどうぞ。',
    },
    { field: 'meta_description', find: '毎分8000回転', replace: '毎分9000回転', labels: ['number_invented'] },
    '透明のダストケースは容量約12mlで、こまめに捨てる手間がかかりません。',
  ),
  listing(
    'p05',
    'binoculars',
    'en',
    BINO_ZH,
    BINO_SRC,
    {
      translated_description:
        'The Vistar binoculars offer 10× magnification with 42 mm objective lenses, BAK4 prisms and fully multi-coated optics, giving a bright, sharp image that still works for birdwatching at dusk. At 1,000 m the field of view spans 114 m, and the closest focusing distance is only 2 m. The nitrogen-filled body resists fogging and is waterproof to IPX7, so a rain shower won’t stop you. They weigh about 680 g (24 oz), and the rubber armour gives a secure, non-slip grip. The twist-up eyecups adjust so that glasses wearers also see the full field of view. A smartphone adapter, a neck strap and a carry bag are included, ready for birdwatching, football matches and travel.',
      seo_title: 'Vistar 10×42 Binoculars with BAK4 Prisms, IPX7',
      meta_description:
        'Vistar 10×42 binoculars with BAK4 prisms and multi-coated lenses: a 114 m field of view at 1,000 m, focus from 2 m, nitrogen-filled and IPX7 waterproof.',
      h1: 'Vistar: See the Details Others Miss',
      marketing_copy_a:
        'Bright optics, a fog-proof waterproof body and a phone adapter in the box – everything a keen birder needs, nothing more. Buy your Vistar now.',
      marketing_copy_b:
        'A kingfisher on the far bank, too small for the naked eye, suddenly close enough to make out its feathers. That quiet thrill never gets old. Discover Vistar.',
      marketing_copy_c:
        'Migration season offer: a free lens-cleaning kit with every Vistar until the end of the month – grab yours today.',
    },
    {
      field: 'translated_description',
      find: 'distance is only 2 m',
      replace: 'distance is only 3 m',
      labels: ['number_dropped', 'number_invented'],
    },
    'They weigh about 680 g (24 oz), and the rubber armour gives a secure, non-slip grip.',
  ),
  listing(
    'p05',
    'binoculars',
    'de',
    BINO_ZH,
    BINO_SRC,
    {
      translated_description:
        'Das Fernglas Vistar vergrößert 10-fach, hat Objektive mit 42 mm Durchmesser, BAK4-Prismen und eine vollständige Mehrschichtvergütung. Das Bild ist hell und scharf – selbst für die Vogelbeobachtung in der Dämmerung. Auf 1000 m beträgt das Sehfeld 114 m, die Naheinstellgrenze liegt bei nur 2 m. Das Gehäuse ist mit Stickstoff gefüllt, beschlägt nicht und ist nach IPX7 wasserdicht, also auch bei Regen einsatzbereit. Mit rund 680 g und seiner Gummiarmierung liegt es rutschfest in der Hand. Die Augenmuscheln lassen sich herausdrehen, sodass auch Brillenträger das volle Sehfeld sehen. Smartphone-Adapter, Trageriemen und Tasche gehören zum Lieferumfang – fürs Vogelbeobachten, fürs Stadion und für die Reise.',
      seo_title: 'Vistar Fernglas 10×42 mit BAK4-Prismen, wasserdicht',
      meta_description:
        'Fernglas Vistar 10×42 mit BAK4-Prismen: 114 m Sehfeld auf 1000 m, Naheinstellung ab 2 m, stickstoffgefüllt, beschlagfrei und wasserdicht nach IPX7.',
      h1: 'Vistar – Details sehen, die anderen entgehen',
      marketing_copy_a:
        'Helle Optik, ein beschlagfreies, wasserdichtes Gehäuse und ein Handyadapter gleich dabei – mehr braucht man für gute Beobachtungen nicht. Jetzt bestellen.',
      marketing_copy_b:
        'Ein Eisvogel am anderen Ufer, mit bloßem Auge kaum zu sehen, plötzlich so nah, dass man jede Feder erkennt. Dieses stille Staunen nutzt sich nie ab. Entdecken Sie Vistar.',
      marketing_copy_c:
        'Zum Vogelzug: Zu jedem Vistar gibt es ein Reinigungsset für die Linsen gratis – sichern Sie sich Ihres bis Monatsende.',
    },
    {
      field: 'translated_description',
      find: 'das Sehfeld 114 m',
      replace: 'das Sehfeld 124 m',
      labels: ['number_dropped', 'number_invented'],
    },
    'Mit rund 680 g und seiner Gummiarmierung liegt es rutschfest in der Hand.',
  ),
  listing(
    'p06',
    'seed_starting_heat_mats',
    'es',
    MAT_ZH,
    MAT_SRC,
    {
      translated_description:
        'La manta térmica para semilleros Sprouta mide 53 × 25 cm, justo para dos bandejas de semillero estándar. Tiene 20 W de potencia y un termostato digital que permite fijar la temperatura entre 20 y 40 °C; basta con clavar la sonda en la tierra para que la regule sola. La superficie se mantiene unos 10 °C por encima de la temperatura ambiente, así que a principios de primavera, en el balcón, las semillas germinan antes y de forma más pareja. Es de PVC con protección IP67: si se moja, basta con secarla. El cable mide 1,8 m y llega al enchufe aunque la pongas en una estantería. Sirve para sembrar pimientos, tomates o hierbas aromáticas, y en invierno también da calor a tus reptiles.',
      seo_title: 'Manta térmica para semilleros Sprouta con termostato',
      meta_description:
        'Manta térmica Sprouta de 53 × 25 cm para semilleros: 20 W, termostato digital de 20 a 40 °C, unos 10 °C sobre la temperatura ambiente y protección IP67.',
      h1: 'Sprouta, semillas que despiertan antes',
      marketing_copy_a:
        'Más plantones sanos y menos semillas perdidas: el calor constante marca la diferencia desde el principio. Consigue tu Sprouta.',
      marketing_copy_b:
        'Ese primer brote verde asomando entre la tierra una mañana de marzo. Con Sprouta llega antes, y la temporada empieza con ilusión. Descubre Sprouta.',
      marketing_copy_c:
        'Oferta de siembra: una bandeja de semillero de regalo con cada Sprouta hasta fin de mes. Pídela ya.',
    },
    {
      field: 'translated_description',
      find: 'Tiene 20 W de potencia',
      replace: 'Tiene 25 W de potencia',
      labels: ['number_invented'],
    },
    'El cable mide 1,8 m y llega al enchufe aunque la pongas en una estantería.',
  ),
  listing(
    'p06',
    'seed_starting_heat_mats',
    'fr',
    MAT_ZH,
    MAT_SRC,
    {
      translated_description:
        'Le tapis chauffant pour semis Sprouta mesure 53 × 25 cm, juste ce qu’il faut pour deux plateaux de semis standard. D’une puissance de 20 W, il est livré avec un thermostat numérique réglable de 20 à 40 °C : il suffit de planter la sonde dans le terreau pour que la température se régule toute seule. La surface reste environ 10 °C au-dessus de la température ambiante ; en début de printemps sur le balcon, les graines lèvent plus vite et plus régulièrement. Le revêtement en PVC est classé IP67 : en cas d’éclaboussure, il suffit de l’essuyer. Le câble d’alimentation mesure 1,8 m et atteint la prise même posé sur une étagère. Idéal pour semer piments, tomates ou aromatiques, il garde aussi vos reptiles au chaud l’hiver.',
      seo_title: 'Tapis chauffant pour semis Sprouta avec thermostat',
      meta_description:
        'Tapis chauffant Sprouta 53 × 25 cm pour semis : 20 W, thermostat numérique de 20 à 40 °C, environ 10 °C au-dessus de l’ambiante et classement IP67.',
      h1: 'Sprouta, des semis qui lèvent plus tôt',
      marketing_copy_a:
        'Moins de graines perdues, plus de plants vigoureux : une chaleur régulière change tout dès la germination. Commandez votre Sprouta.',
      marketing_copy_b:
        'Cette première pousse verte qui perce la terre un matin de mars. Avec Sprouta, elle arrive plus tôt, et la saison commence dans la joie. Découvrez Sprouta.',
      marketing_copy_c:
        'Offre semis : un plateau de semis offert avec chaque tapis Sprouta jusqu’à la fin du mois. Profitez-en !',
    },
    { field: 'meta_description', find: '53 × 25 cm', replace: '60 × 25 cm', labels: ['number_invented'] },
    'Le câble d’alimentation mesure 1,8 m et atteint la prise même posé sur une étagère.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** `text` with `tail` tacked onto its `n`-th sentence (0-based, negative from the end), before its closing mark. */
const tack = (text: string, n: number, tail: string): string => {
  const parts = text.split(/(?<=\D[.!?])\s+/);
  const i = n < 0 ? parts.length + n : n;
  parts[i] = parts[i].replace(/\s?[.!?]$/, (end) => `${tail}${end}`);
  return parts.join(' ');
};

/** The same for Japanese: `tail` (ending in 。) replaces the `n`-th sentence's 。 (0-based). */
const tackJa = (text: string, n: number, tail: string): string => {
  const parts = text.match(/[^。]+。/g) ?? [text];
  parts[n] = parts[n].replace(/。$/, tail);
  return parts.join('');
};

// en: listing 1 (luggage scale) takes styles 0-2, listing 2 (watercolour set) 3-5, listing 3 (binoculars) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: tack(
      c.translated_description,
      0,
      ' – I took the supplier’s “accuracy” to mean the display step, since that is how these scales are usually sold',
    ),
  }),
  (c) => ({ seo_title: `${c.seo_title} (WIP)` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      2,
      'Or would the check-in queue make a stronger opening scene than the hotel room?',
    ),
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'I moved the palette detail up here so the contents of the set read in a more natural order.',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Alternative line if this runs long: “Open the tin, start painting.”`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Use code {{PROMO_CODE}} at checkout.` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(The waterproofing is spelled out again in the meta description below, so it could be trimmed here.)',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Priya, the end date of the promo still needs confirming with the shop team.`,
  }),
  (c) => ({ h1: `${c.h1} (trimmed to fit the banner)` }),
];

// de: listing 1 (rain barrel) takes styles 0-2, listing 2 (fabric shaver) 3-5, listing 3 (binoculars) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: tack(
      c.translated_description,
      1,
      ' – ob sich die Stangen herausnehmen lassen, geht aus dem Ausgangstext leider nicht hervor',
    ),
  }),
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      '(tone note: “Wasserrechnung” may read a little dry here, feel free to swap it.)',
    ),
  }),
  (c) => ({ h1: `${c.h1} (noch nicht freigegeben)` }),
  (c) => ({
    translated_description: `${c.translated_description} Den Abschnitt zum Laden habe ich aufgeteilt, der Ausgangssatz war mir zu lang.`,
  }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Passt „Oma“ für euch, oder lieber neutraler „die alte Lieblingsjacke“?',
    ),
  }),
  (c) => ({
    marketing_copy_c: c.marketing_copy_c.replace('Aktion zum Herbststart', 'Aktion bis <Enddatum>'),
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(Zur Naheinstellgrenze siehe auch die Meta-Beschreibung weiter unten.)',
    ),
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a} Oder knapper: „Mehr sehen, weniger schleppen.“` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} @Timo: bitte noch das Eisvogel-Foto aus der Bilddatenbank dazulegen.`,
  }),
];

// ja: listing 1 (luggage scale) takes styles 0-2, listing 2 (fabric shaver) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: tackJa(
      c.translated_description,
      0,
      '――原文の「精度」は表示の刻み幅のことだと判断して、このように訳しました。',
    ),
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}（別案：「量ってから、身軽に出発。」）` }),
  (c) => ({ meta_description: `【確認中】${c.meta_description}` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      4,
      '※充電まわりの説明は原文が長かったので、区切って訳しました。',
    ),
  }),
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      1,
      '（「祖母」という設定はこのまま残して大丈夫でしょうか？）',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}（佐藤さんへ：プレゼント内容は販促チームに最終確認をお願いします）`,
  }),
];

// es: listing 1 (rain barrel) takes styles 0-2, listing 2 (heat mat) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Pongo «depósito» y no «barril», que aquí suena más a bodega que a jardín.)',
    ),
  }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Should I switch to usted for the Mexican storefront?',
    ),
  }),
  (c) => ({ seo_title: `[REVISAR] ${c.seo_title}` }),
  (c) => ({
    translated_description: tack(
      c.translated_description,
      2,
      ', aunque el texto original no aclara si esa diferencia se mide con el termostato conectado',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Los datos técnicos ya van en la descripción de arriba, por eso no los repito aquí.)`,
  }),
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace('hasta fin de mes', 'hasta el [FECHA]') }),
];

// fr: listing 1 (watercolour set) takes styles 0-2, listing 2 (heat mat) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: tack(
      c.translated_description,
      0,
      ' – j’ai préféré « godets » à « pastilles », le terme qu’emploient les magasins de beaux-arts',
    ),
  }),
  (c) => ({ meta_description: `À relire – ${c.meta_description}` }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b} Autre piste : « Gardez la couleur de vos balades. »` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Léa, can you check the probe wording against the printed manual?',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} J’ai resserré l’accroche pour qu’elle tienne sur un écran de téléphone.`,
  }),
  (c) => ({ h1: `${c.h1} (ton un brin poétique, à ajuster si besoin)` }),
];

export const ROUND_67_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Knockoff watercolour pans crack as soon as they dry.',
      'Cheap luggage scales rarely show the same reading from trip to trip.',
      'A counterfeit prism coating turns every view grey and dull.',
      'Fake binoculars fog up as soon as it drizzles.',
    ],
    slogans: ['Light bags, light heart.', 'Every walk deserves a little colour.'],
    chineseLeftovers: [],
    duplicateLead: 'To sum up: ',
    titleStuffing: ' | Travel Essentials, Gift for Him, Gift for Her, Top Pick, Free Delivery',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Mit einer Fälschung wirkt das Sehfeld plötzlich milchig.',
      'Nachahmungen ziehen gern Fäden aus dem Strick.',
      'Billige Regentonnen werden in der Sonne schnell spröde.',
      'Ein Imitat hält selten, was die Verpackung verspricht.',
    ],
    slogans: ['Weich wie am ersten Tag.', 'Jeder Tropfen zählt.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Gartenbedarf, Bestseller, Geschenkidee, Neuheit, Gratisversand, Topmarke',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の毛玉取り器はすぐに刃が欠けてしまいます。',
      'コピー品のスケールは表示がばらつきがちです。',
      '偽物のストラップは重い荷物で切れることがあります。',
      '模倣品の刃は生地を傷めやすいので注意が必要です。',
    ],
    slogans: ['いつもの服に、もう一度ときめきを。', '旅は軽く、心も軽く。'],
    chineseLeftovers: [
      '这个行李秤很轻，出门旅行带着很方便。',
      '这款毛球修剪器操作简单，衣服马上变得干净整齐。',
    ],
    duplicateLead: 'つまり、',
    titleStuffing: '｜旅行グッズ ランキング上位 プレゼント 人気 新生活 送料込み',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Una imitación de manta térmica puede calentarse de más.',
      'Las falsificaciones no traen un termostato de verdad.',
      'Los depósitos baratos se agrietan con el sol del verano.',
      'Un grifo falso de latón gotea a las pocas semanas.',
    ],
    slogans: ['Tu huerto empieza aquí.', 'Cada gota cuenta.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Jardín, huerto urbano, idea de regalo, top ventas, envío rápido',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un tapis chauffant pas cher chauffe souvent de façon inégale.',
      'Aucune réplique n’offre une sonde aussi fiable.',
      'Les contrefaçons de godets s’effritent en séchant.',
      'Une fausse aquarelle laisse des traces farineuses sur le papier.',
    ],
    slogans: ['La saison commence sous vos doigts.', 'Peindre là où la lumière vous mène.'],
    chineseLeftovers: [],
    duplicateLead: 'Bref : ',
    titleStuffing: ' | Loisirs créatifs, jardin, cadeau, meilleure vente, livraison rapide',
  },
};
