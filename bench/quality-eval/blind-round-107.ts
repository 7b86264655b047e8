// Blind set, round 107 (written without reading the gate, committed before it is scored): six musical-instrument,
// photography, sewing and tea-ware products in the categories drum_practice_pads, variable_nd_filters,
// rotary_fabric_cutters, cast_iron_teapots, violin_shoulder_rests and lens_cleaning_kits, 12 hand-written listings,
// three artifact styles per listing and wording of its own. Theme: clean copy that a careless chatter detector would
// flag. The clean listings use, as real shops do, the shapes model chatter also has: quoted words ("X", „Kiefer und
// Kranich“, 「松鶴」) and customer quotes with the speaker named before or after, brackets in titles ("(2024 Edition)",
// "(67 mm, Version 2023)", "(3/4 and 4/4)", "(7 piezas, con pera)"), words like edition, version, revised /
// überarbeitet / revisada, approved, geprüft, final, note ("A note from the shop owner:", "Hinweis:", "店主より："),
// questions to the shopper offering a choice (single- or double-sided? pink or mint? landscape or portrait?), the shop
// owner's "I" and the maker's "we", tips and warnings ("Warning:", "Ojo:", "Attention :", "ご注意："), a datasheet or
// manual offered for download, and product names that are ordinary words (Hush, Shade, Edge, Ember, Cradle, Clear).
// The artifacts are the common kinds the llm_artifact definition names, in this round's own wording: lead-ins before
// the description, AI disclaimers, sign-offs and offers of more help, code fences, HTML tags, markdown headings and
// bold labels, field-label prefixes, a JSON fragment and a translator's note; no digits in artifacts that land in the
// description, title or meta. Sources are in standard Chinese shop style. Legitimate numbers:
// Hush 12 inch (12-inch, 12インチ), 2024 (edition, 2024年版), about 70% (約70%), 8 mm thread, about 1.3 kg (2.9 lb),
// 5A sticks (5), 一对 (a pair, 一組: idiomatic, not a spec), 单面/双面 (single-/double-sided: not numbers);
// Shade ND2 to ND400 (2, 400), 16 layers (16-fach, 16 capas), 7 mm, 2023 (Version 2023, versión 2023), 67 mm, 77 mm
// and 82 mm, MIN/MAX and the quoted "X" (not numbers), 双面 (beidseitig, ambas caras: not a number);
// Edge 45 mm, SKD11 (11), 4 layers (4 épaisseurs; four in copy), 95 g (3.4 oz), 5 spare blades (Five replacement
// blades, 5 lames), quote by 王阿姨 (Auntie Wang, Mme Wang), idioms 一次 (at once, d'un coup), 一松开 (as soon as);
// Ember 1.2 L (1,2 Liter, 1.2L), about 6 cups (etwa 6 Tassen, 約6杯分), about 1.6 kg (rund 1,6 kg, 約1.6kg), about
// 0.3 mm (etwa 0,3 mm, 約0.3mm), 一只 (jede Kanne, 一つひとつ: idiomatic);
// Cradle 3/4 and 4/4 (3, 4), 3.5 to 6 cm (3,5 bis 6 cm), 68 g (2.4 oz), 35.5 cm (35,5 cm), about 33 cm, 二十年 (twenty
// years, zwanzig Jahre), SGS (no number);
// Clear 七件 (seven pieces / 7 piezas, sept accessoires / 7 pièces), 30 ml, 20 sheets (20 hojas, 20 feuilles), about
// 500 uses, 18×12 cm (18 × 12 cm), PDF (no number), quote by 林先生 (el fotógrafo Lin, M. Lin), idiom 一套.
// Number edits: Hush en 70 → 80% (dropped + invented), ja title 12 → 14 inch (invented); Shade de title 67 → 72 mm
// (invented), es 16 → 18 capas (dropped + invented); Edge en title 45 → 60 mm (invented), fr 4 → 6 épaisseurs
// (dropped + invented); Ember de 0,3 → 0,5 mm (dropped + invented), ja meta 6 → 8 cups (invented); Cradle en 6 → 7 cm
// (dropped + invented), de meta 68 → 58 g (invented); Clear es an added sentence with 10 spare swabs (invented), fr
// meta 30 → 50 ml (invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const PAD_ZH = 'Hush 静音哑鼓垫 12英寸 双面 2024新版';
const PAD_SRC =
  'Hush 12英寸双面哑鼓垫2024新版，是我们专为在家练鼓的人设计的。正面是天然橡胶打击面，回弹接近真实军鼓，音量比普通鼓面小约70%；背面是较硬的聚氨酯面，适合练控制力和耐力。底部带8毫米标准螺纹孔，可以直接装在军鼓架上，也能平放在桌面使用。整块垫子重约1.3公斤。随垫附赠一对5A枫木鼓棒和防水收纳包。店主留言：“我自己每天晚上都在家练，楼下邻居从没上来敲过门。”常有顾客问：选单面还是双面？新手建议直接选双面款。';
const FILTER_ZH = 'Shade 可调ND滤镜 ND2-ND400 67毫米 2023改版';
const FILTER_SRC =
  'Shade 可调ND滤镜减光范围为ND2到ND400，拍流水、白天大光圈人像、视频控快门都用得上。镜片采用德国肖特光学玻璃，双面16层镀膜，防水防油，沾了指纹一擦就干净。超薄铝合金框架厚度仅7毫米，广角镜头也不易出现暗角。旋转环上标有MIN和MAX刻度，转过MAX会出现“X”形暗斑，请在刻度范围内使用。本款为2023改版，口径67毫米，另有77毫米和82毫米可选。详细参数表可在店铺首页下载。';
const CUTTER_ZH = 'Edge 45毫米布艺滚刀 自动回刀 附5片替换刀片';
const CUTTER_SRC =
  'Edge 布艺滚刀采用45毫米SKD11钢刀片，一次能裁开4层棉布，切口整齐不起毛。手柄按人体工学设计，左手右手都能用，整把仅重95克。安全设计：手一松开，刀片就会自动缩回，家里有小孩也放心。盒内附5片替换刀片。注意：刀片非常锋利，请搭配切割垫使用，不要直接在桌面上裁。我们的拼布老师王阿姨说：“用过那么多滚刀，这把是最顺手的。”想要樱花粉还是薄荷绿？现在都有现货。';
const TEAPOT_ZH = 'Ember 铸铁茶壶 1.2升 搪瓷内壁 带不锈钢滤网';
const TEAPOT_SRC =
  'Ember 铸铁茶壶容量1.2升，约能倒6杯，全家人围坐喝茶刚刚好。壶身采用传统砂模铸造，重约1.6公斤，保温效果比玻璃壶好得多。内壁为搪瓷涂层，不生锈，也不会让茶汤带铁味。附赠可拆卸不锈钢滤网，孔径约0.3毫米，细碎茶叶也能滤住。壶身的“松鹤”纹样由我们的老师傅逐只手工修整，所以每一只都略有不同。温馨提示：因内壁有搪瓷，本壶只能泡茶，请勿放在明火或电陶炉上直接烧水。用后请倒空擦干，不要放进洗碗机。';
const REST_ZH = 'Cradle 可调节小提琴肩托 枫木 适用3/4-4/4';
const REST_SRC =
  'Cradle 小提琴肩托适用3/4和4/4尺寸的小提琴。主体为枫木弯板，贴合肩部曲线；脚垫包裹硅胶，不会刮伤琴背漆面，硅胶已通过SGS检测。高度可在3.5到6厘米之间调节，弯板弧度也能手动微调。整只肩托仅重68克，长时间拉琴也不觉得累。不确定选哪个尺寸？琴身长35.5厘米的选4/4，33厘米左右的选3/4。店主说：“我拉琴二十年，换过好多肩托，最后留下的就是这一款。”';
const KIT_ZH = 'Clear 相机镜头清洁套装 七件套 带气吹';
const KIT_SRC =
  'Clear 相机清洁套装一套七件：气吹、镜头笔、30毫升清洁液、20张镜头纸、超细纤维布、清洁棒和收纳包。气吹为硅胶材质，带单向进气阀，吹出的是干净空气，不会把灰尘吸回去。清洁液不含酒精，多层镀膜镜片也能放心用。镜头笔一头软毛刷，一头碳粉头，约可使用500次。收纳包尺寸为18×12厘米，放进相机包不占地方。提醒：清洁传感器有风险，新手请先用气吹，吹不掉再送修。摄影师林先生说：“出门拍风景，我包里一定带着它。”使用说明书PDF可在商品页下载。';

export const ROUND_107_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'drum_practice_pads',
    'en',
    PAD_ZH,
    PAD_SRC,
    {
      translated_description:
        'The Hush 12-inch double-sided practice pad (2024 edition) is one we designed specifically for drummers who practise at home. The top is a natural rubber playing surface with a rebound close to a real snare drum, and it is about 70% quieter than an ordinary drumhead; the reverse is a firmer polyurethane surface for working on control and stamina. Underneath there is a standard 8 mm threaded insert, so you can mount the pad straight onto a snare stand or simply lay it flat on a table. The whole pad weighs about 1.3 kg (2.9 lb). A pair of 5A maple sticks and a waterproof carry bag come with it. A note from the shop owner: “I practise at home every evening myself, and the neighbours downstairs have never once come up to knock on my door.” Customers often ask us: single-sided or double-sided? If you are just starting out, go straight for the double-sided version.',
      seo_title: 'Hush 12-Inch Practice Pad (2024 Edition), Double-Sided',
      meta_description:
        'Double-sided Hush practice pad, 12 inches: natural rubber with a snare-like rebound, about 70% quieter, plus a firmer side for control. 5A sticks included.',
      h1: 'Hush – Real Rebound, Quiet Evenings',
      marketing_copy_a:
        'Two playing surfaces, a stand-ready thread and a pair of sticks in the box: everything your daily rudiments need, in one pad. Order your Hush today.',
      marketing_copy_b:
        'Late at night, the house asleep, and you are still polishing that paradiddle without a single complaint from next door. Discover the Hush.',
      marketing_copy_c:
        'Launch week: a free set of spare rubber feet with every Hush. Grab yours while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'about 70% quieter',
      replace: 'about 80% quieter',
      labels: ['number_dropped', 'number_invented'],
    },
    'The whole pad weighs about 1.3 kg (2.9 lb).',
  ),
  listing(
    'p01',
    'drum_practice_pads',
    'ja',
    PAD_ZH,
    PAD_SRC,
    {
      translated_description:
        'Hush 12インチ両面練習パッド（2024年版）は、自宅でドラムを練習する方のために私たちが設計しました。表面は天然ゴムの打面で、本物のスネアに近いリバウンドがあり、音量は一般的なドラムヘッドより約70%小さくなります。裏面はやや硬めのポリウレタン面で、コントロールや持久力のトレーニングに向いています。底面には標準的な8mmのネジ穴があり、スネアスタンドにそのまま取り付けられるほか、テーブルに平置きしても使えます。パッド全体の重さは約1.3kgです。5Aのメイプル製スティック一組と防水収納バッグが付属します。店主より：「私自身も毎晩自宅で練習していますが、下の階の方が苦情に来たことは一度もありません。」よくあるご質問：片面と両面、どちらを選べばいいですか？初心者の方には、最初から両面タイプをおすすめしています。',
      seo_title: 'Hush 静音練習パッド 12インチ 両面（2024年版）',
      meta_description:
        '自宅練習向けの両面練習パッド。天然ゴムの打面はスネアに近い跳ね返りで、音量は約70%控えめ。8mmネジ穴でスタンドにも取り付けできます。',
      h1: 'Hush 夜でも思いきり叩ける練習パッド',
      marketing_copy_a:
        '硬さの違う打面が表と裏に、スタンド用のネジ穴、スティックまでセット。毎日の基礎練習がこれひとつで完結します。今すぐ購入。',
      marketing_copy_b:
        '家族が寝静まった夜でも、気兼ねなくパラディドルを繰り返せる。その安心感が、上達へのいちばんの近道です。ぜひチェックしてください。',
      marketing_copy_c: '発売記念として、交換用のゴム脚をプレゼント中。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '12インチ', replace: '14インチ', labels: ['number_invented'] },
    'パッド全体の重さは約1.3kgです。',
  ),
  listing(
    'p02',
    'variable_nd_filters',
    'de',
    FILTER_ZH,
    FILTER_SRC,
    {
      translated_description:
        'Der variable ND-Filter Shade deckt den Bereich von ND2 bis ND400 ab – ideal für fließendes Wasser, Porträts mit offener Blende bei Tageslicht und Videos mit kontrollierter Verschlusszeit. Das optische Glas stammt von Schott aus Deutschland und ist beidseitig 16-fach vergütet, wasser- und ölabweisend; Fingerabdrücke wischen Sie einfach weg. Der extraflache Aluminiumrahmen ist nur 7 mm hoch, sodass auch an Weitwinkelobjektiven kaum Vignettierung auftritt. Auf dem Drehring sind die Markierungen MIN und MAX angebracht. Hinweis: Wer über MAX hinausdreht, sieht ein dunkles „X“ im Bild – bitte nur innerhalb der Markierungen verwenden. Dies ist die überarbeitete Version 2023 mit 67 mm Durchmesser; 77 mm und 82 mm sind ebenfalls erhältlich. Das ausführliche Datenblatt können Sie auf der Startseite unseres Shops herunterladen.',
      seo_title: 'Shade Variabler ND-Filter ND2–ND400 (67 mm, Version 2023)',
      meta_description:
        'Variabler ND-Filter Shade von ND2 bis ND400: Schott-Glas mit 16-facher Vergütung, extraflacher Rahmen und MIN/MAX-Markierung, mit 67 mm Durchmesser.',
      h1: 'Shade – Langzeitbelichtung am helllichten Tag',
      marketing_copy_a:
        'Ein Filter statt eines ganzen Sets: stufenlos von leicht bis stark abdunkeln, dazu eine wasserabweisende Vergütung und ein Rahmen, der am Weitwinkel nicht stört. Jetzt bestellen.',
      marketing_copy_b:
        'Der Bach wird zu Seide, die Wolken ziehen weich über den Himmel – und das mitten am Nachmittag. Entdecken Sie, was Shade aus Ihrem Licht macht.',
      marketing_copy_c:
        'Zum Start der neuen Version gibt es ein Objektivtuch gratis dazu. Sichern Sie sich Ihren Shade, solange der Vorrat reicht.',
    },
    { field: 'seo_title', find: '(67 mm,', replace: '(72 mm,', labels: ['number_invented'] },
    'Der extraflache Aluminiumrahmen ist nur 7 mm hoch, sodass auch an Weitwinkelobjektiven kaum Vignettierung auftritt.',
  ),
  listing(
    'p02',
    'variable_nd_filters',
    'es',
    FILTER_ZH,
    FILTER_SRC,
    {
      translated_description:
        'El filtro ND variable Shade cubre de ND2 a ND400 y te sirve para dar efecto seda al agua en movimiento, hacer retratos a plena luz con el diafragma abierto o controlar la velocidad de obturación en vídeo. El cristal óptico es de Schott, fabricado en Alemania, con un tratamiento de 16 capas en ambas caras que repele el agua y la grasa; las huellas se quitan con una pasada. El marco extraplano de aluminio mide solo 7 mm de grosor, así que tampoco da viñeteo con objetivos gran angular. El anillo giratorio lleva las marcas MIN y MAX. Ojo: si giras más allá de MAX aparece una mancha oscura en forma de «X», así que úsalo siempre dentro de las marcas. Esta es la versión revisada de 2023, con rosca de 67 mm; también la tenemos en 77 mm y 82 mm. Puedes descargar la ficha técnica completa desde la página principal de nuestra tienda.',
      seo_title: 'Filtro ND variable Shade ND2-ND400 (67 mm, versión 2023)',
      meta_description:
        'Filtro ND variable Shade de ND2 a ND400, con cristal Schott, tratamiento de 16 capas y marco extraplano. Marcas MIN y MAX para no pasarte. Rosca de 67 mm.',
      h1: 'Shade, larga exposición a pleno sol',
      marketing_copy_a:
        'Un solo filtro en lugar de toda una colección: oscurece poco o mucho con un giro, repele el agua y no estorba en el gran angular. Cómpralo ya.',
      marketing_copy_b:
        'El río convertido en seda y las nubes arrastrándose por el cielo, en plena tarde. ¿Te atreves con el teleobjetivo o prefieres el gran angular? Descubre Shade.',
      marketing_copy_c:
        'Por el lanzamiento de la nueva versión, te regalamos una gamuza de microfibra con cada filtro. Aprovecha mientras haya existencias.',
    },
    {
      field: 'translated_description',
      find: 'tratamiento de 16 capas',
      replace: 'tratamiento de 18 capas',
      labels: ['number_dropped', 'number_invented'],
    },
    'El marco extraplano de aluminio mide solo 7 mm de grosor, así que tampoco da viñeteo con objetivos gran angular.',
  ),
  listing(
    'p03',
    'rotary_fabric_cutters',
    'en',
    CUTTER_ZH,
    CUTTER_SRC,
    {
      translated_description:
        'The Edge rotary cutter has a 45 mm blade in SKD11 steel that slices through 4 layers of cotton at once, leaving clean edges that don’t fray. The ergonomic handle works equally well in the left or right hand, and the whole cutter weighs just 95 g (3.4 oz). Built-in safety: as soon as you let go, the blade retracts on its own, so you can relax even with children in the house. Five replacement blades are included in the box. Warning: the blade is extremely sharp, so always use it with a cutting mat and never cut directly on your table. Our quilting teacher, Auntie Wang, puts it this way: “I’ve tried so many rotary cutters, and this is the one that feels just right in my hand.” Would you like it in cherry-blossom pink or mint green? Both colours are in stock right now.',
      seo_title: 'Edge 45 mm Rotary Cutter, Auto-Retract (5 Spare Blades)',
      meta_description:
        'Edge rotary cutter with a 45 mm SKD11 steel blade that cuts 4 layers of cotton at once, a blade that retracts by itself and a grip for either hand.',
      h1: 'Edge – Clean Cuts for Every Quilt',
      marketing_copy_a:
        'A blade that gets through four layers in one pass, a grip for either hand and a box of spares, so you never stop mid-project. Order your Edge today.',
      marketing_copy_b:
        'That quiet moment when a stack of fabric falls apart into perfect strips is where every quilt begins. Discover the Edge.',
      marketing_copy_c:
        'This month only: a free fabric-marking pen with every Edge. Shop now while both colours are in stock.',
    },
    { field: 'seo_title', find: 'Edge 45 mm', replace: 'Edge 60 mm', labels: ['number_invented'] },
    'The ergonomic handle works equally well in the left or right hand, and the whole cutter weighs just 95 g (3.4 oz).',
  ),
  listing(
    'p03',
    'rotary_fabric_cutters',
    'fr',
    CUTTER_ZH,
    CUTTER_SRC,
    {
      translated_description:
        'Le cutter rotatif Edge est équipé d’une lame de 45 mm en acier SKD11 qui tranche 4 épaisseurs de coton d’un coup, avec une coupe nette qui ne s’effiloche pas. Son manche ergonomique convient aussi bien aux gauchers qu’aux droitiers, et l’ensemble ne pèse que 95 g. Côté sécurité, la lame se rétracte d’elle-même dès que vous relâchez la prise : vous restez serein même avec des enfants à la maison. La boîte contient 5 lames de rechange. Attention : la lame est extrêmement tranchante ; utilisez-la toujours avec un tapis de découpe et jamais directement sur la table. Notre professeure de patchwork, Mme Wang, le dit à sa façon : « J’ai utilisé tant de cutters rotatifs, et c’est de loin celui que j’ai le mieux en main. » Vous le préférez rose sakura ou vert menthe ? Chaque coloris est en stock dès maintenant.',
      seo_title: 'Cutter rotatif Edge 45 mm, lame rétractable (5 lames)',
      meta_description:
        'Cutter rotatif Edge à lame de 45 mm en acier SKD11 : il coupe 4 épaisseurs de coton d’un coup, sa lame se rétracte seule et son manche va à toutes les mains.',
      h1: 'Edge, des coupes nettes pour tous vos patchworks',
      marketing_copy_a:
        'Une lame qui franchit quatre épaisseurs en un passage, un manche pour toutes les mains et des lames de rechange d’avance : commandez votre Edge.',
      marketing_copy_b:
        'Ce moment paisible où la pile de tissu se sépare en bandes parfaites, c’est là que commence chaque patchwork. Découvrez l’Edge.',
      marketing_copy_c:
        'Ce mois-ci seulement : un feutre à tissu offert avec chaque Edge. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'qui tranche 4 épaisseurs',
      replace: 'qui tranche 6 épaisseurs',
      labels: ['number_dropped', 'number_invented'],
    },
    'Son manche ergonomique convient aussi bien aux gauchers qu’aux droitiers, et l’ensemble ne pèse que 95 g.',
  ),
  listing(
    'p04',
    'cast_iron_teapots',
    'de',
    TEAPOT_ZH,
    TEAPOT_SRC,
    {
      translated_description:
        'Die gusseiserne Teekanne Ember fasst 1,2 Liter, das reicht für etwa 6 Tassen – genau richtig, wenn die ganze Familie zusammen Tee trinkt. Der Korpus wird traditionell im Sandguss gefertigt, wiegt rund 1,6 kg und hält den Tee viel länger warm als eine Glaskanne. Innen ist die Kanne emailliert: Sie rostet nicht, und der Tee schmeckt nicht nach Eisen. Dazu gibt es ein herausnehmbares Sieb aus Edelstahl mit einer Maschenweite von etwa 0,3 mm, das auch feine Teekrümel zurückhält. Das Dekor „Kiefer und Kranich“ wird von unseren erfahrenen Meistern an jeder Kanne von Hand nachgearbeitet, deshalb ist jede ein kleines bisschen anders. Wichtiger Hinweis: Wegen der emaillierten Innenseite ist die Kanne nur zum Aufgießen gedacht – bitte nicht direkt auf eine offene Flamme oder ein Glaskeramikkochfeld stellen. Nach Gebrauch ausleeren, trocken wischen und nicht in die Spülmaschine geben.',
      seo_title: 'Ember Teekanne aus Gusseisen (1,2 l) mit Edelstahlsieb',
      meta_description:
        'Gusseiserne Teekanne Ember mit 1,2 Litern für etwa 6 Tassen: innen emailliert und rostfrei, mit feinem Edelstahlsieb und handnachgearbeitetem Dekor.',
      h1: 'Ember – Teezeit mit der ganzen Familie',
      marketing_copy_a:
        'Gusseisen, das die Wärme hält, Emaille, die nicht rostet, und ein Sieb, das auch feinen Bruchtee zurückhält: eine Kanne für viele Jahre. Jetzt bestellen.',
      marketing_copy_b:
        'Draußen fällt der erste Schnee, drinnen dampft der Jasmintee, und alle rücken ein wenig näher zusammen. Entdecken Sie Ember.',
      marketing_copy_c:
        'Nur diesen Monat: ein Untersetzer aus Gusseisen gratis zu jeder Ember. Sichern Sie sich Ihre Kanne jetzt.',
    },
    {
      field: 'translated_description',
      find: 'Maschenweite von etwa 0,3 mm',
      replace: 'Maschenweite von etwa 0,5 mm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der Korpus wird traditionell im Sandguss gefertigt, wiegt rund 1,6 kg und hält den Tee viel länger warm als eine Glaskanne.',
  ),
  listing(
    'p04',
    'cast_iron_teapots',
    'ja',
    TEAPOT_ZH,
    TEAPOT_SRC,
    {
      translated_description:
        'Emberの鋳鉄製ティーポットは容量1.2Lで、約6杯分。家族みんなでお茶を囲むのにちょうどよいサイズです。本体は伝統的な砂型鋳造でつくられ、重さは約1.6kg。ガラスのポットよりずっと冷めにくく、保温性に優れています。内側はホーロー加工なので錆びにくく、お茶に鉄の味が移ることもありません。取り外せるステンレス製の茶こしが付属し、網目は約0.3mm。細かい茶葉もしっかりこし取ります。本体の「松鶴」文様は、私たちの熟練職人が一つひとつ手作業で仕上げているため、一点ごとに表情が少しずつ異なります。ご注意：内側がホーロー加工のため、お茶を淹れる専用です。直火や電気コンロにかけて、お湯を沸かさないでください。使用後は中を空にして水気をふき取り、食器洗い機は使わないでください。',
      seo_title: 'Ember 鋳鉄ティーポット 1.2L ホーロー加工 茶こし付き',
      meta_description:
        '容量1.2Lで約6杯分。内側は錆びにくいホーロー加工で、細かな網目のステンレス茶こし付き。職人が手仕上げした「松鶴」文様の鋳鉄製ティーポットです。',
      h1: 'Ember 家族で囲む、あたたかなお茶の時間',
      marketing_copy_a:
        '冷めにくい鋳鉄、錆びにくいホーロー、細かな茶葉も逃さない茶こし。長く付き合える一台を、今すぐ購入。',
      marketing_copy_b:
        '外は初雪、部屋にはジャスミン茶の湯気。みんなの距離が少しだけ近くなる午後を、ぜひお試しください。',
      marketing_copy_c: '今月限定で、鋳鉄製の鍋敷きをプレゼント中。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '約6杯分', replace: '約8杯分', labels: ['number_invented'] },
    '本体は伝統的な砂型鋳造でつくられ、重さは約1.6kg。',
  ),
  listing(
    'p05',
    'violin_shoulder_rests',
    'en',
    REST_ZH,
    REST_SRC,
    {
      translated_description:
        'The Cradle shoulder rest fits 3/4 and 4/4 violins. Its body is a curved maple plate that follows the line of your shoulder, and the feet are sleeved in silicone so they never scratch the varnish on the back of your instrument; the silicone has been tested and approved by SGS. The height adjusts from 3.5 to 6 cm, and you can fine-tune the curve of the plate by hand as well. The whole rest weighs only 68 g (2.4 oz), so even long practice sessions won’t tire you. Not sure which size to choose? If the body of your violin is 35.5 cm long, take the 4/4; if it is around 33 cm, take the 3/4. In the words of our shop owner: “I’ve played the violin for twenty years and tried plenty of shoulder rests – this is the one I kept.”',
      seo_title: 'Cradle Violin Shoulder Rest in Maple (3/4 and 4/4)',
      meta_description:
        'Adjustable Cradle shoulder rest in curved maple for 3/4 and 4/4 violins: height from 3.5 to 6 cm, silicone-sleeved feet and a weight of only 68 g.',
      h1: 'Cradle – Comfort for Long Practice Sessions',
      marketing_copy_a:
        'Solid maple, silicone feet that protect your varnish and a height that adjusts to your neck: one rest that grows with your playing. Order your Cradle today.',
      marketing_copy_b:
        'Your shoulders relax, your chin settles, and the final bars of the slow movement simply flow. Discover the Cradle.',
      marketing_copy_c:
        'Exam season offer: a free cake of rosin with every Cradle this month. Shop now before the offer ends.',
    },
    {
      field: 'translated_description',
      find: 'from 3.5 to 6 cm',
      replace: 'from 3.5 to 7 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Not sure which size to choose? If the body of your violin is 35.5 cm long, take the 4/4; if it is around 33 cm, take the 3/4.',
  ),
  listing(
    'p05',
    'violin_shoulder_rests',
    'de',
    REST_ZH,
    REST_SRC,
    {
      translated_description:
        'Die Schulterstütze Cradle passt für 3/4- und 4/4-Geigen. Der Körper ist eine gebogene Ahornplatte, die sich der Schulterlinie anschmiegt; die Füße sind mit Silikon ummantelt und zerkratzen den Lack am Geigenboden nicht – das Silikon ist von SGS geprüft. Die Höhe lässt sich von 3,5 bis 6 cm verstellen, und auch die Wölbung der Platte können Sie von Hand nachjustieren. Die ganze Stütze wiegt nur 68 g, sodass auch lange Übeeinheiten nicht ermüden. Sie wissen nicht, welche Größe Sie brauchen? Bei einer Korpuslänge von 35,5 cm nehmen Sie die 4/4, bei etwa 33 cm die 3/4. Unser Ladeninhaber sagt: „Ich spiele seit zwanzig Jahren Geige und habe viele Schulterstützen ausprobiert – diese hier ist geblieben.“',
      seo_title: 'Cradle Schulterstütze für Geige, Ahorn (3/4 und 4/4)',
      meta_description:
        'Verstellbare Schulterstütze Cradle aus gebogenem Ahorn für 3/4- und 4/4-Geigen: Höhe 3,5 bis 6 cm, Füße mit SGS-geprüftem Silikon, nur 68 g leicht.',
      h1: 'Cradle – entspannt üben, auch stundenlang',
      marketing_copy_a:
        'Massiver Ahorn, Silikonfüße, die den Lack schonen, und eine Höhe, die sich Ihrem Hals anpasst: eine Stütze, die mit Ihrem Spiel mitwächst. Jetzt bestellen.',
      marketing_copy_b:
        'Die Schultern werden locker, das Kinn findet seinen Platz, und die letzten Takte des langsamen Satzes fließen wie von selbst. Entdecken Sie Cradle.',
      marketing_copy_c:
        'Zur Vorspielsaison gibt es ein Kolophonium gratis zu jeder Cradle. Sichern Sie sich Ihre Schulterstütze noch diesen Monat.',
    },
    {
      field: 'meta_description',
      find: 'nur 68 g leicht',
      replace: 'nur 58 g leicht',
      labels: ['number_invented'],
    },
    'Sie wissen nicht, welche Größe Sie brauchen? Bei einer Korpuslänge von 35,5 cm nehmen Sie die 4/4, bei etwa 33 cm die 3/4.',
  ),
  listing(
    'p06',
    'lens_cleaning_kits',
    'es',
    KIT_ZH,
    KIT_SRC,
    {
      translated_description:
        'El kit de limpieza para cámara Clear reúne siete piezas: pera de aire, lápiz limpiador, 30 ml de líquido limpiador, 20 hojas de papel para objetivos, paño de microfibra, bastoncillos de limpieza y funda para guardarlo todo. La pera es de silicona y lleva una válvula de entrada antirretorno, así que solo sopla aire limpio y no vuelve a aspirar el polvo. El líquido no contiene alcohol y puedes usarlo sin miedo en lentes con tratamiento multicapa. El lápiz tiene un cepillo suave en un extremo y una punta de carbono en el otro, y aguanta unos 500 usos. La funda mide 18 × 12 cm y apenas ocupa sitio en la mochila de la cámara. Importante: limpiar el sensor tiene sus riesgos; si estás empezando, prueba primero con la pera y, si el polvo no se va, lleva la cámara al servicio técnico. El fotógrafo Lin lo tiene claro: «Cuando salgo a fotografiar paisajes, nunca falta en mi mochila». Puedes descargar el manual de instrucciones en PDF desde la página del producto.',
      seo_title: 'Kit de limpieza para cámara Clear (7 piezas, con pera)',
      meta_description:
        'Kit de limpieza Clear de siete piezas: pera de silicona con válvula, lápiz limpiador, líquido sin alcohol, papel para objetivos, paño y una funda compacta.',
      h1: 'Clear, objetivos limpios en cada salida',
      marketing_copy_a:
        'Todo lo que necesitas para mantener limpio tu equipo, en una funda que cabe en cualquier bolsillo de la mochila. Consigue tu kit Clear.',
      marketing_copy_b:
        'Ese atardecer perfecto no debería estropearlo una mota de polvo. ¿Paisaje o retrato? Sal tranquilo con Clear en la mochila y descúbrelo tú mismo.',
      marketing_copy_c:
        'Solo esta semana te regalamos un paño de microfibra extra con cada kit. Pídelo ya, antes de que se agote.',
    },
    {
      field: 'translated_description',
      replace: 'Incluye además 10 bastoncillos de recambio.',
      labels: ['number_invented'],
    },
    'La funda mide 18 × 12 cm y apenas ocupa sitio en la mochila de la cámara.',
  ),
  listing(
    'p06',
    'lens_cleaning_kits',
    'fr',
    KIT_ZH,
    KIT_SRC,
    {
      translated_description:
        'Le kit de nettoyage photo Clear réunit sept accessoires : une poire soufflante, un stylo de nettoyage, 30 ml de liquide nettoyant, 20 feuilles de papier optique, une chiffonnette en microfibre, des bâtonnets de nettoyage et une pochette de rangement. La poire en silicone est munie d’un clapet anti-retour : elle ne souffle que de l’air propre et ne réaspire pas la poussière. Le liquide est sans alcool et convient sans crainte aux verres multicouches. Le stylo associe une brosse douce d’un côté et une pointe au carbone de l’autre, pour environ 500 utilisations. La pochette mesure 18 × 12 cm et se glisse facilement dans un sac photo. À savoir : nettoyer un capteur comporte des risques ; si vous débutez, commencez par la poire et, si la poussière résiste, confiez votre boîtier à un atelier de réparation. Le photographe M. Lin en est convaincu : « Quand je pars photographier des paysages, il est toujours dans mon sac. » Le mode d’emploi est disponible en PDF sur la page du produit.',
      seo_title: 'Kit de nettoyage photo Clear, 7 pièces avec poire',
      meta_description:
        'Kit de nettoyage Clear en sept pièces : poire en silicone à clapet, stylo, 30 ml de liquide sans alcool, 20 feuilles de papier optique et pochette de rangement.',
      h1: 'Clear, une optique nette à chaque sortie',
      marketing_copy_a:
        'Tout le nécessaire pour garder votre matériel impeccable, rangé dans une pochette qui tient dans n’importe quel sac. Commandez votre kit Clear.',
      marketing_copy_b:
        'Un coucher de soleil parfait ne devrait jamais être gâché par une poussière. Paysage ou portrait ? Partez l’esprit léger et découvrez Clear.',
      marketing_copy_c:
        'Cette semaine seulement, une chiffonnette supplémentaire offerte avec chaque kit. Profitez-en dès maintenant !',
    },
    {
      field: 'meta_description',
      find: '30 ml de liquide',
      replace: '50 ml de liquide',
      labels: ['number_invented'],
    },
    'Le stylo associe une brosse douce d’un côté et une pointe au carbone de l’autre, pour environ 500 utilisations.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (practice pad) takes styles 0-2, listing 2 (rotary cutter) 3-5, listing 3 (shoulder rest) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure thing! Below is the product description, translated into English:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `<p class="marketing-copy">${c.marketing_copy_b}</p>` }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHope this works for your listing – happy to adjust the tone if you need something different!`,
  }),
  (c) => ({ marketing_copy_a: `Marketing copy (value-focused): ${c.marketing_copy_a}` }),
  (c) => ({ translated_description: `\`\`\`markdown\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nPlease keep in mind that, as an AI, I was not able to check the testing claims in the source text.`,
  }),
  (c) => ({ marketing_copy_b: `**Copy B – emotional angle**\n${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} [Translator’s note: “cake of rosin” could also be rendered as “rosin block”, depending on your audience.]`,
  }),
];

// de: listing 1 (ND filter) takes styles 0-2, listing 2 (teapot) 3-5, listing 3 (shoulder rest) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne! Hier ist die deutsche Fassung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `Hauptüberschrift: ${c.h1}` }),
  (c) => ({ marketing_copy_c: `<span class="promo">${c.marketing_copy_c}</span>` }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAls KI kann ich leider nicht beurteilen, ob sich die Kanne für Induktionsherde eignet.`,
  }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n\nViele Grüße und viel Erfolg mit dem neuen Shop!` }),
  (c) => ({ translated_description: `## Produktbeschreibung\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_b: `**Emotionaler Werbetext:** ${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nSoll ich noch eine kürzere Variante für Instagram formulieren?`,
  }),
];

// ja: listing 1 (practice pad) takes styles 0-2, listing 2 (teapot) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `かしこまりました。以下、商品説明の日本語訳になります。\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `キャッチコピー（価値訴求）：${c.marketing_copy_a}` }),
  (c) => ({ h1: `<strong>${c.h1}</strong>` }),
  (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}（※AIによる翻訳のため、表現の最終確認をお願いいたします。）`,
  }),
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      2,
      '\n\n以上になります。ほかに修正点がございましたら、お気軽にお申し付けください。',
    ),
  }),
];

// es: listing 1 (ND filter) takes styles 0-2, listing 2 (cleaning kit) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Esta es la descripción del producto traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `**Texto emocional:** ${c.marketing_copy_b}` }),
  (c) => ({ h1: `<strong>${c.h1}</strong>` }),
  (c) => ({ marketing_copy_a: `Texto publicitario A: ${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nComo modelo de lenguaje, no puedo comprobar si el kit trae exactamente estas piezas.`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¿Quieres que adapte el texto para Latinoamérica? Dímelo y lo ajusto.`,
  }),
];

// fr: listing 1 (rotary cutter) takes styles 0-2, listing 2 (cleaning kit) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Bien sûr ! Voici la traduction française de la description :\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_c: `<div>${c.marketing_copy_c}</div>` }),
  (c) => ({ h1: `### ${c.h1}` }),
  (c) => ({ marketing_copy_b: `Texte B (émotion) : ${c.marketing_copy_b}` }),
  (c) => ({ translated_description: `{"translated_description": "${c.translated_description}"}` }),
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      '(En tant que modèle d’IA, je vous conseille de faire relire ce texte avant publication.)',
    ),
  }),
];

export const ROUND_107_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap practice pads lose their bounce within weeks.',
      'Knockoff blades go blunt after a single quilt.',
      'A counterfeit shoulder rest can leave marks on your varnish.',
      'Imitation maple plates crack in dry winter air.',
    ],
    slogans: ['Practise loud, play quiet.', 'Every quilt starts with a clean cut.'],
    chineseLeftovers: [],
    duplicateLead: 'Bottom line: ',
    titleStuffing: ' | Gift Idea, Bestseller, Top Quality, Fast Shipping, New',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige ND-Filter bringen oft einen Farbstich ins Bild.',
      'Eine Fälschung erkennt man am rauen, ungleichmäßigen Guss.',
      'Nachahmungen unserer Kanne rosten schon nach kurzer Zeit.',
      'Ein Imitat aus Kunststoff rutscht ständig von der Schulter.',
    ],
    slogans: ['Licht nach Maß.', 'Tee, der warm bleibt.'],
    chineseLeftovers: [],
    duplicateLead: 'Fazit: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Profiqualität, Schnellversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の練習パッドは、すぐに打面がへたってしまいます。',
      'コピー品のティーポットは、内側が錆びやすいので注意が必要です。',
      '偽物のスティックは、演奏中に折れることがあります。',
      '模倣品の鋳鉄ポットには、茶こしが付いていないことがあります。',
    ],
    slogans: ['静かな夜にも、確かな手ごたえ。', 'お茶の時間を、もっとゆっくり。'],
    chineseLeftovers: [
      '这个哑鼓垫声音很小，晚上练习也不会吵到邻居。',
      '这款茶壶保温时间长，泡出来的茶汤很香。',
    ],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 おすすめ ギフト 新作 送料無料 翌日配送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los filtros baratos dan dominantes de color.',
      'Una imitación de pera de aire puede soltar polvo dentro de la cámara.',
      'Las falsificaciones no traen el líquido sin alcohol.',
      'Un filtro falso oscurece la imagen de forma desigual.',
    ],
    slogans: ['Más luz, menos prisa.', 'Tu equipo, siempre a punto.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Idea regalo, más vendido, novedad, envío rápido, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un cutter pas cher s’émousse en quelques coupes.',
      'Les contrefaçons de kits de nettoyage rayent les objectifs.',
      'Méfiez-vous des fausses lames vendues en ligne.',
      'Aucune réplique ne coupe aussi net.',
    ],
    slogans: ['La précision au bout des doigts.', 'Une optique nette, un esprit léger.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Idée cadeau, meilleure vente, nouveauté, expédition rapide',
  },
};
