// Blind set, round 105 (written without reading the gate, committed before it is scored): six kitchen, window,
// plant-care and reading products in the categories garlic_presses, tension_curtain_rods, self_watering_spikes,
// clip_on_book_lights, vegetable_spiralizers and magnetic_curtain_tiebacks, 12 hand-written listings (en and de three
// times, ja, es and fr twice), three artifact styles per listing and wording of its own. Theme: the register of the
// shared dev set, ordinary model output as a reviewer meets it. Most artifacts are the kinds the llm_artifact
// definition names, each worded anew: lead-ins before the description in the target language or in English
// ("Sure! Here’s …", "Gerne! Hier ist …", "かしこまりました。以下が…", "¡Claro! Aquí tienes …", an English lead-in in
// the fr description), field-label prefixes with an ordinary colon, a full-width colon or a dash ("H1:",
// "Meta description –", "Meta-Beschreibung:", "バリュー訴求コピー：", "Texto de valor —", "Méta-description :",
// "Titre H1 —"), markdown labels and headings ("**Überschrift (H1):**", "### Produktbeschreibung", "# " on a ja h1),
// code fences (```markdown, ```text, a bare fence), HTML tags (<div class>, <p>, <h1>), AI disclaimers (en, ja, es)
// and sign-offs offering changes; a few are subtler: a translator's remark in brackets (en, de, ja, fr), an unfilled
// placeholder ("[END DATE]", "[SHOPNAME]", "[FECHA]") and a question to the requester (de, es). No digits in
// artifacts that land in the description, title or meta. The clean listings speak in an ordinary shop voice (tips,
// "Unser Tipp:", "Notre astuce de pose :", "Un consejo:", "Un truco:", a question from customers answered at once,
// the maker's "we" / "nous" / "作りました", a reader's quote with the speaker). Sources are in standard Chinese shop
// style with ordinary number forms. Legitimate numbers:
// Garlo 304 stainless steel, 3 to 4 cloves (3〜4片), about 18 cm (7 in), about 260 g (9.2 oz, 約260g), idioms
// 一体成型 (one piece, 一体成型), 一次 (at a time, 一度に), 一压 (one gentle squeeze, 軽く握るだけ), 一把 (a brush);
// Tenso 两种 (zwei Größen, deux tailles), 70 to 120 cm and 110 to 200 cm (70 bis 200 cm / 70 à 200 cm in title and
// meta), 2.5 cm (2,5 cm), about 8 kg, 12 rings (12 Ringe, 12 anneaux), about 3 cm (etwa 3 cm, environ 3 cm);
// Drippa 4 per set (set of 4, juego de 4), about 14 cm (5.5 in), 1 m (3.3 ft), 一个就够 (one spike, un gotero: 1 is a
// source number anyway), 50 to 100 ml, 15 cm (5.9 in), 10 minutes (10 minutos), idiom 第一次 (first use, primer uso);
// Lumo 9 LEDs (9個), 3档 / 三档 in the name (3 Stufen, drei Lichtfarben, 3段階), 360 degrees (360 Grad, 360度),
// 500 mAh, about 2 hours (2 Stunden, 約2時間), about 40 hours, about 60 g, 2.5 cm (2,5 cm), Type-C (USB-C, no
// number), quote by 王老师 (Herr Wang, 王先生), idiom 看会儿书 (ein bisschen lesen, 少し本を読む);
// Spiro 3 blades (3 lames, Three in copy), 4 suction cups (4 ventouses), about 8 cm (3.1 in), 20 cm (7.9 in),
// 420 stainless steel (acier inoxydable 420), ABS and BPA (no number), idiom 一顿 (one pasta meal, une assiette);
// Holdi 两条 (Zweierpack, paquete de dos), about 40 cm, 3 cm, 四种 (vier Farben, cuatro colores), 30 °C, idioms
// 一碰 (bei der kleinsten Berührung, en cuanto se rozan) and 打个结 (verknoten, hacer un nudo).
// Number edits: Garlo en title 304 → 316 (invented), ja 3〜4 → 3〜5 cloves (dropped + invented); Tenso de 12 → 16
// rings (dropped + invented), fr title 70 à 200 → 70 à 240 cm (invented); Drippa en meta set of 4 → 6 (invented),
// es 14 → 12 cm (dropped + invented); Lumo de 500 → 800 mAh (dropped + invented; the title has no mAh), ja meta 約40
// → 約50時間 (invented); Spiro en an added sentence with a 2-year warranty (invented), fr meta 8 → 10 cm (invented);
// Holdi de title 40 → 45 cm (invented), es 3 → 5 cm wide (dropped + invented).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const GARLIC_ZH = 'Garlo 304不锈钢压蒜器 免剥皮';
const GARLIC_SRC =
  'Garlo 压蒜器采用加厚304不锈钢一体成型，没有螺丝和缝隙，不生锈也不藏污垢。压蒜腔一次能放3到4瓣大蒜，不用剥皮，轻轻一压，蒜泥就出来了，蒜皮留在腔里。手柄长约18厘米，省力杠杆设计，手劲小的老人也能轻松压。附赠一把清洁刷，刷毛正好对准压蒜腔的小孔。可以放进洗碗机清洗。整机重约260克，拿在手里很有分量。常有顾客问：姜也能压吗？可以，切成小块就能压成姜泥。';
const ROD_ZH = 'Tenso 免打孔伸缩窗帘杆 70-200厘米';
const ROD_SRC =
  'Tenso 免打孔伸缩窗帘杆，不用钻孔，不伤墙面，租房也能放心安装。杆身内置弹簧，有两种规格：70到120厘米和110到200厘米，下单前请先量好窗框内侧的宽度。杆径2.5厘米，铝合金材质，轻便不生锈。两端是硅胶防滑垫，撑紧后最大承重约8公斤，挂遮光帘、纱帘都没问题。每根附送12个静音挂环。安装小窍门：先把杆子拉到比窗框宽约3厘米，再旋转杆身锁紧，就撑得更牢。';
const SPIKES_ZH = 'Drippa 陶瓷自动渗水器 4个装';
const SPIKES_SRC =
  'Drippa 陶瓷自动渗水器，一套4个，出门旅行也不怕花草缺水。原理很简单：陶瓷头插进土里，软管另一端放进水瓶或水桶，土壤变干时，水会通过陶瓷慢慢渗出来。每个渗水器长约14厘米，软管长1米，可以按需要剪短。一盆中型绿植用一个就够，每天渗水量约50到100毫升，具体跟土壤干湿有关。适合直径15厘米以上的花盆。小提示：第一次使用前，请把陶瓷头放在清水里泡10分钟，出水会更顺畅。';
const LIGHT_ZH = 'Lumo 夹式LED阅读灯 充电款 三档色温';
const LIGHT_SRC =
  'Lumo 夹式阅读灯专为夜里看书设计，夹在书上或床头都行。灯头有9颗LED，色温分3档：暖光、自然光和白光，亮度可以无级调节。鹅颈软管可以360度弯折，光只照在书页上，不会吵醒身边的人。内置500毫安时锂电池，充满电约需2小时，最低亮度下能连续用约40小时。整灯重约60克，夹口最大能张开2.5厘米，厚厚的精装书也夹得住。采用Type-C充电口。读者王老师说：“睡前看会儿书，再也不用开大灯了。”';
const SPIRAL_ZH = 'Spiro 手摇螺旋切菜器 3种刀片';
const SPIRAL_SRC =
  'Spiro 手摇螺旋切菜器配有3种刀片：细面、宽面和波浪片，西葫芦、胡萝卜、土豆都能切。底部有4个强力吸盘，牢牢固定在台面上，摇起来不会滑动。可放入直径最大约8厘米、长度不超过20厘米的蔬菜。刀片采用420不锈钢，锋利耐用，不用时可以收进机身里的刀片盒。机身为食品级ABS材质，不含BPA。我们的建议：每周用西葫芦面代替一顿意面，吃得清爽又健康。清洗时请用附带的小刷子，不要直接用手摸刀刃。';
const TIEBACK_ZH = 'Holdi 磁吸窗帘绑带 两条装';
const TIEBACK_SRC =
  'Holdi 磁吸窗帘绑带，一包两条，不用打孔，也不用装挂钩，两端的磁扣一碰就吸上。绑带长约40厘米，宽3厘米，外层是编织棉绳，摸起来柔软，有米白、浅灰、墨绿和焦糖四种颜色。磁扣里是钕磁铁，吸力强，厚重的遮光帘也能稳稳绑住。绑带中间还可以打个结，做出不同的造型。可以手洗，水温不要超过30℃，洗后平放晾干。小贴士：绑在窗帘中间偏下的位置，收起来的褶皱最好看。';

export const ROUND_105_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'garlic_presses',
    'en',
    GARLIC_ZH,
    GARLIC_SRC,
    {
      translated_description:
        'The Garlo garlic press is made in one piece from thick 304 stainless steel, with no screws or seams, so it does not rust and there is nowhere for grime to hide. The chamber takes 3 to 4 cloves at a time, and you don’t even need to peel them: one gentle squeeze and the crushed garlic comes out while the skins stay behind. The handles are about 18 cm (7 in) long, and the lever design saves effort, so even older hands with a weaker grip can press with ease. A cleaning brush is included, its bristles lined up exactly with the little holes in the chamber. The press is dishwasher-safe. At about 260 g (9.2 oz), it feels pleasantly solid in your hand. Customers often ask us: does it work for ginger too? Yes – just cut the ginger into small pieces and it presses into a smooth paste.',
      seo_title: 'Garlo 304 Stainless Steel Garlic Press, No Peeling',
      meta_description:
        'Garlo garlic press in one-piece 304 stainless steel: crushes 3 to 4 unpeeled cloves at a time, with easy lever handles and a cleaning brush included.',
      h1: 'Garlo – Fresh Garlic Without the Sticky Fingers',
      marketing_copy_a:
        'Solid steel with no screws to work loose, a lever that does the hard work and a dishwasher-safe finish: a press made for years of dinners. Order your Garlo today.',
      marketing_copy_b:
        'The sizzle of garlic hitting hot oil, without sticky fingers or a smell that lingers all evening. Cooking feels easy again. Discover the Garlo.',
      marketing_copy_c:
        'New in our kitchen range: order this week and we’ll add a spare cleaning brush for free. Shop now while stocks last.',
    },
    {
      field: 'seo_title',
      find: 'Garlo 304 Stainless',
      replace: 'Garlo 316 Stainless',
      labels: ['number_invented'],
    },
    'At about 260 g (9.2 oz), it feels pleasantly solid in your hand.',
  ),
  listing(
    'p01',
    'garlic_presses',
    'ja',
    GARLIC_ZH,
    GARLIC_SRC,
    {
      translated_description:
        'Garloのガーリックプレスは、厚手の304ステンレスを一体成型。ネジやすき間がないので、サビにくく汚れもたまりません。プレス部には一度に3〜4片のにんにくが入り、皮をむく必要もありません。軽く握るだけでにんにくがつぶれて出てきて、皮は中に残ります。ハンドルの長さは約18cmで、てこの原理を生かした設計なので、握力に自信のない方でもラクに使えます。プレス部の小さな穴にぴったり合う掃除用ブラシ付き。食洗機にも対応しています。重さは約260gで、手にしっかりとした重みを感じられます。「しょうがもつぶせますか？」というご質問をよくいただきます。はい、小さく切ってから入れれば、おろししょうがも作れます。',
      seo_title: 'Garlo ガーリックプレス 304ステンレス 皮むき不要',
      meta_description:
        '304ステンレス一体成型のガーリックプレス。皮付きのにんにく3〜4片を一度につぶせて、てこの原理で力いらず。掃除用ブラシ付きで食洗機にも対応。',
      h1: 'Garlo にんにくを、もっと手軽においしく',
      marketing_copy_a:
        'ネジのない一体構造で、長く清潔に使えます。皮むきの手間もなくなり、毎日の下ごしらえがぐっと時短に。今すぐ購入。',
      marketing_copy_b:
        '熱したオリーブオイルににんにくを落とした瞬間の、あの香り。指先ににおいが残らないから、料理がもっと楽しくなります。ぜひチェックしてみてください。',
      marketing_copy_c: '今週ご注文の方に、スペアの掃除用ブラシをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '3〜4片',
      replace: '3〜5片',
      labels: ['number_dropped', 'number_invented'],
    },
    '重さは約260gで、手にしっかりとした重みを感じられます。',
  ),
  listing(
    'p02',
    'tension_curtain_rods',
    'de',
    ROD_ZH,
    ROD_SRC,
    {
      translated_description:
        'Die Teleskop-Gardinenstange Tenso wird einfach eingeklemmt: kein Bohren, keine Spuren an der Wand – ideal auch für Mietwohnungen. Im Rohr steckt eine Feder, und es gibt zwei Größen, von 70 bis 120 cm und von 110 bis 200 cm. Bitte messen Sie vor der Bestellung die Breite Ihrer Fensternische von innen. Die Stange hat einen Durchmesser von 2,5 cm, ist aus Aluminium, leicht und rostet nicht. An beiden Enden sitzen rutschfeste Silikonkappen; fest eingespannt trägt sie bis zu etwa 8 kg, Verdunkelungsvorhänge und Stores sind also kein Problem. Zu jeder Stange gibt es 12 geräuscharme Gardinenringe dazu. Unser Tipp für die Montage: Ziehen Sie die Stange etwa 3 cm länger als die Nische aus und drehen Sie sie dann fest – so sitzt sie noch sicherer.',
      seo_title: 'Tenso Klemm-Gardinenstange ohne Bohren, 70–200 cm',
      meta_description:
        'Teleskop-Gardinenstange Tenso zum Klemmen: ohne Bohren, aus leichtem Aluminium, für Nischen von 70 bis 200 cm, trägt bis zu etwa 8 kg Vorhang.',
      h1: 'Tenso – Gardinen aufhängen ohne Bohrmaschine',
      marketing_copy_a:
        'Kein Dübel, kein Bohrstaub, keine Löcher zum Zuspachteln beim Auszug: Die Stange zieht einfach mit Ihnen um. Jetzt bestellen.',
      marketing_copy_b:
        'Der erste Abend in der neuen Wohnung, die Vorhänge sind zugezogen, und aus den vier Wänden wird ein Zuhause – ganz ohne auf den Nachbarn mit der Bohrmaschine zu warten. Entdecken Sie Tenso.',
      marketing_copy_c:
        'Zum Start gibt es zu jeder Tenso ein Paar Raffhalter gratis dazu. Sichern Sie sich Ihre Stange, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'es 12 geräuscharme',
      replace: 'es 16 geräuscharme',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Stange hat einen Durchmesser von 2,5 cm, ist aus Aluminium, leicht und rostet nicht.',
  ),
  listing(
    'p02',
    'tension_curtain_rods',
    'fr',
    ROD_ZH,
    ROD_SRC,
    {
      translated_description:
        'La tringle extensible Tenso se pose sans perçage et n’abîme pas les murs : idéale aussi quand on est locataire. Un ressort est intégré dans le tube, et elle existe en deux tailles, de 70 à 120 cm et de 110 à 200 cm ; mesurez bien la largeur intérieure de votre encadrement avant de commander. D’un diamètre de 2,5 cm, elle est en alliage d’aluminium, légère et inoxydable. Ses deux embouts en silicone antidérapant la maintiennent en place et, une fois bien tendue, elle supporte jusqu’à 8 kg environ : rideaux occultants ou voilages, aucun problème. Chaque tringle est livrée avec 12 anneaux silencieux. Notre astuce de pose : étirez la tringle à environ 3 cm de plus que la largeur de l’encadrement, puis tournez le tube pour la bloquer ; elle tiendra encore mieux.',
      seo_title: 'Tringle extensible sans perçage Tenso, 70 à 200 cm',
      meta_description:
        'Tringle extensible Tenso sans perçage : aluminium, deux tailles de 70 à 200 cm, environ 8 kg de charge et 12 anneaux silencieux fournis.',
      h1: 'Tenso, des rideaux posés sans perceuse',
      marketing_copy_a:
        'Pas de chevilles, pas de poussière, pas de trous à reboucher en partant : la tringle vous suit d’un logement à l’autre. Commandez la vôtre dès maintenant.',
      marketing_copy_b:
        'Ce premier soir dans le nouvel appartement, quand les rideaux sont enfin tirés et que la pièce devient vraiment la vôtre. Découvrez Tenso.',
      marketing_copy_c:
        'Offre de lancement : une paire d’embrasses offerte avec chaque tringle Tenso. Profitez-en tant qu’il en reste !',
    },
    { field: 'seo_title', find: '70 à 200 cm', replace: '70 à 240 cm', labels: ['number_invented'] },
    'D’un diamètre de 2,5 cm, elle est en alliage d’aluminium, légère et inoxydable.',
  ),
  listing(
    'p03',
    'self_watering_spikes',
    'en',
    SPIKES_ZH,
    SPIKES_SRC,
    {
      translated_description:
        'Drippa ceramic self-watering spikes come in a set of 4, so your plants stay watered even while you are away. The idea is simple: push the ceramic tip into the soil and put the other end of the tube into a water bottle or bucket; as the soil dries out, water slowly seeps through the ceramic. Each spike is about 14 cm (5.5 in) long, and the tube measures 1 m (3.3 ft), so you can trim it to the length you need. One spike is enough for a medium-sized pot plant, releasing roughly 50 to 100 ml of water a day, depending on how dry the soil is. They suit pots 15 cm (5.9 in) across or larger. Tip: before first use, soak the ceramic tips in clean water for 10 minutes and the water will flow more evenly.',
      seo_title: 'Drippa Ceramic Self-Watering Spikes, Set of 4',
      meta_description:
        'Set of 4 ceramic self-watering spikes that release water slowly as the soil dries, so your pot plants stay happy while you travel.',
      h1: 'Drippa – Go Away, Your Plants Will Be Fine',
      marketing_copy_a:
        'No batteries, no timers, no settings to get wrong: just clay, water and a little physics, working for as long as the bottle lasts. Get your Drippa set today.',
      marketing_copy_b:
        'Come home from a long weekend to a basil that is still green and a fern that never noticed you were gone. Treat yourself to that peace of mind.',
      marketing_copy_c:
        'Holiday special: free delivery on every Drippa set until the end of the month. Order now, before you pack your bags.',
    },
    { field: 'meta_description', find: 'Set of 4', replace: 'Set of 6', labels: ['number_invented'] },
    'Tip: before first use, soak the ceramic tips in clean water for 10 minutes and the water will flow more evenly.',
  ),
  listing(
    'p03',
    'self_watering_spikes',
    'es',
    SPIKES_ZH,
    SPIKES_SRC,
    {
      translated_description:
        'Los goteros de cerámica Drippa vienen en un juego de 4, para que tus plantas no se queden sin agua aunque te vayas de viaje. Funcionan de forma muy sencilla: clavas la punta de cerámica en la tierra y metes el otro extremo del tubo en una botella o un cubo con agua; cuando la tierra se seca, el agua va pasando poco a poco a través de la cerámica. Cada gotero mide unos 14 cm y el tubo, 1 m, que puedes cortar a la medida que necesites. Para una maceta mediana basta con un gotero, que aporta entre 50 y 100 ml de agua al día, según lo seca que esté la tierra. Son adecuados para macetas de 15 cm de diámetro o más. Un consejo: antes del primer uso, deja las puntas de cerámica en remojo en agua limpia durante 10 minutos; así el agua saldrá con más fluidez.',
      seo_title: 'Goteros de cerámica Drippa para macetas, juego de 4',
      meta_description:
        'Juego de 4 goteros de cerámica que riegan tus plantas poco a poco mientras estás fuera: entre 50 y 100 ml al día y un tubo de 1 m que puedes recortar.',
      h1: 'Drippa, tus plantas bien regadas aunque no estés',
      marketing_copy_a:
        'Sin pilas, sin programadores y sin nada que configurar: solo cerámica, agua y un poco de física. Consigue tu juego Drippa hoy mismo.',
      marketing_copy_b:
        '¿Vuelves del puente y temes encontrarte la albahaca mustia? Con Drippa te recibe tan verde como la dejaste. Descubre lo tranquilo que se viaja así.',
      marketing_copy_c:
        'Oferta de verano: envío gratis en todos los juegos Drippa hasta fin de mes. Pídelo ya y haz la maleta sin preocupaciones.',
    },
    {
      field: 'translated_description',
      find: 'mide unos 14 cm',
      replace: 'mide unos 12 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Son adecuados para macetas de 15 cm de diámetro o más.',
  ),
  listing(
    'p04',
    'clip_on_book_lights',
    'de',
    LIGHT_ZH,
    LIGHT_SRC,
    {
      translated_description:
        'Die Klemm-Leselampe Lumo ist fürs Lesen bei Nacht gemacht und hält am Buch ebenso wie am Kopfteil des Bettes. Im Lampenkopf sitzen 9 LEDs; die Lichtfarbe lässt sich in 3 Stufen wählen – Warmweiß, Neutralweiß und Kaltweiß –, die Helligkeit stufenlos regeln. Der flexible Schwanenhals lässt sich um 360 Grad biegen, sodass das Licht nur auf die Seiten fällt und niemand neben Ihnen aufwacht. Der eingebaute Lithium-Akku mit 500 mAh ist in etwa 2 Stunden voll geladen und hält bei niedrigster Helligkeit rund 40 Stunden durch. Die Lampe wiegt nur etwa 60 g, und die Klemme öffnet sich bis zu 2,5 cm weit, sodass auch dicke gebundene Bücher fest sitzen. Geladen wird über USB-C. Unser Leser Herr Wang, Lehrer von Beruf, sagt: „Vor dem Schlafen noch ein bisschen lesen, und das große Licht bleibt endlich aus.“',
      seo_title: 'Lumo Klemm-Leselampe mit Akku, 9 LEDs, drei Lichtfarben',
      meta_description:
        'Leselampe Lumo zum Anklemmen: 3 Lichtfarben, stufenlos dimmbar, um 360 Grad biegsamer Schwanenhals, bis zu 40 Stunden Licht, Laden per USB-C.',
      h1: 'Lumo – Licht fürs Buch, Ruhe im Schlafzimmer',
      marketing_copy_a:
        'Klein genug für die Reisetasche, hell genug für jedes Kapitel und mit einer Akkuladung viele Abende lang einsatzbereit. Jetzt bestellen und entspannt weiterlesen.',
      marketing_copy_b:
        'Das Haus ist still, nur Sie und Ihr Buch im warmen Lichtkegel, während neben Ihnen jemand ruhig schläft. Entdecken Sie Lumo.',
      marketing_copy_c:
        'Zum Welttag des Buches: ein Lesezeichen aus Leder gratis zu jeder Lumo. Sichern Sie sich Ihre Lampe jetzt.',
    },
    {
      field: 'translated_description',
      find: 'Akku mit 500 mAh',
      replace: 'Akku mit 800 mAh',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Lampe wiegt nur etwa 60 g, und die Klemme öffnet sich bis zu 2,5 cm weit, sodass auch dicke gebundene Bücher fest sitzen.',
  ),
  listing(
    'p04',
    'clip_on_book_lights',
    'ja',
    LIGHT_ZH,
    LIGHT_SRC,
    {
      translated_description:
        'Lumoのクリップ式読書ライトは、夜の読書のために作りました。本にも、ベッドのヘッドボードにも挟んで使えます。ライト部には9個のLEDを搭載。色温度は電球色・自然光・昼光色の3段階で、明るさは無段階で調節できます。フレキシブルアームは360度自在に曲がり、光は本のページだけを照らすので、隣で眠る人を起こしません。500mAhのリチウム電池を内蔵し、約2時間でフル充電。最小の明るさなら約40時間連続で使えます。重さは約60gで、クリップは最大2.5cmまで開くため、厚いハードカバーもしっかり挟めます。充電はType-C。読者の王先生からは「寝る前に少し本を読んでも、もう部屋の電気をつけなくていいんです」との声をいただきました。',
      seo_title: 'Lumo クリップ式読書ライト LED 3段階調色 充電式',
      meta_description:
        '9個のLEDで手元を照らすクリップ式読書ライト。3段階の色温度と無段階調光、360度曲がるアームで、最小の明るさなら約40時間使えます。',
      h1: 'Lumo 家族を起こさない、夜の読書灯',
      marketing_copy_a:
        'コンパクトなのに、ページ全体をむらなく照らせる明るさ。旅行かばんにも入るので、どこでも読書の時間を楽しめます。今すぐ購入。',
      marketing_copy_b:
        '家族が寝静まった夜、やわらかな光の中で物語の続きを。自分だけの静かなひとときを、ぜひお試しください。',
      marketing_copy_c: '読書週間キャンペーン中。今ならレザーのしおりをプレゼントします。カートへどうぞ。',
    },
    { field: 'meta_description', find: '約40時間', replace: '約50時間', labels: ['number_invented'] },
    '重さは約60gで、クリップは最大2.5cmまで開くため、厚いハードカバーもしっかり挟めます。',
  ),
  listing(
    'p05',
    'vegetable_spiralizers',
    'en',
    SPIRAL_ZH,
    SPIRAL_SRC,
    {
      translated_description:
        'The Spiro hand-crank spiralizer comes with 3 blades – thin noodles, wide ribbons and crinkle slices – and handles courgettes, carrots and potatoes alike. Its base has 4 strong suction cups that hold it firmly on the worktop, so it does not slide while you turn the handle. It takes vegetables up to about 8 cm (3.1 in) across and no longer than 20 cm (7.9 in). The blades are made of 420 stainless steel, sharp and durable, and when you are not using them they tuck away in a blade box inside the body. The body is food-grade ABS and BPA-free. Our suggestion: swap one pasta meal a week for courgette noodles – lighter, fresher and just as satisfying. To clean the blades, use the small brush supplied rather than your fingers.',
      seo_title: 'Spiro Hand-Crank Vegetable Spiralizer with 3 Blades',
      meta_description:
        'Hand-crank vegetable spiralizer with 3 stainless steel blades for noodles, ribbons and crinkle slices, plus suction cups that keep it steady on the worktop.',
      h1: 'Spiro – Vegetable Noodles in a Few Turns',
      marketing_copy_a:
        'Three blades, a steady base and storage built into the body: everything you need for vegetable noodles, and nothing cluttering the drawer. Order your Spiro today.',
      marketing_copy_b:
        'A bowl of bright green courgette ribbons tossed in garlic and olive oil on a summer evening, and nobody misses the pasta. Discover Spiro.',
      marketing_copy_c:
        'Kitchen refresh week: we’re including a free recipe booklet with every Spiro. Grab yours while it lasts.',
    },
    {
      field: 'translated_description',
      replace: 'Every Spiro is covered by a 2-year warranty.',
      labels: ['number_invented'],
    },
    'The blades are made of 420 stainless steel, sharp and durable, and when you are not using them they tuck away in a blade box inside the body.',
  ),
  listing(
    'p05',
    'vegetable_spiralizers',
    'fr',
    SPIRAL_ZH,
    SPIRAL_SRC,
    {
      translated_description:
        'Le coupe-légumes spirale à manivelle Spiro est livré avec 3 lames – spaghettis fins, tagliatelles larges et tranches ondulées – pour les courgettes, les carottes comme les pommes de terre. Sa base est équipée de 4 ventouses puissantes qui le fixent solidement au plan de travail : il ne glisse pas quand vous tournez. Il accepte des légumes jusqu’à 8 cm de diamètre environ et d’une longueur maximale de 20 cm. Les lames en acier inoxydable 420 sont tranchantes et résistantes ; quand vous ne vous en servez pas, elles se rangent dans une boîte prévue dans le corps de l’appareil. Le corps est en ABS de qualité alimentaire, sans BPA. Notre conseil : remplacez une assiette de pâtes par semaine par des spaghettis de courgette, c’est plus léger et tout aussi gourmand. Pour le nettoyage, utilisez la petite brosse fournie plutôt que vos doigts.',
      seo_title: 'Coupe-légumes spirale Spiro à manivelle, 3 lames',
      meta_description:
        'Coupe-légumes spirale à manivelle Spiro : 3 lames en inox, ventouses antidérapantes et légumes jusqu’à 8 cm de diamètre, pour des spaghettis de légumes.',
      h1: 'Spiro, les légumes version spaghettis',
      marketing_copy_a:
        'Trois lames, une base qui ne bouge pas et un rangement intégré : tout pour les spaghettis de légumes, sans encombrer vos tiroirs. Commandez votre Spiro dès aujourd’hui.',
      marketing_copy_b:
        'Un soir d’été, une assiette de rubans de courgette à l’ail et à l’huile d’olive, et personne ne regrette les pâtes. Découvrez Spiro.',
      marketing_copy_c:
        'Semaine de la cuisine légère : un livret de recettes offert avec chaque Spiro. Profitez-en vite !',
    },
    {
      field: 'meta_description',
      find: 'jusqu’à 8 cm',
      replace: 'jusqu’à 10 cm',
      labels: ['number_invented'],
    },
    'Sa base est équipée de 4 ventouses puissantes qui le fixent solidement au plan de travail : il ne glisse pas quand vous tournez.',
  ),
  listing(
    'p06',
    'magnetic_curtain_tiebacks',
    'de',
    TIEBACK_ZH,
    TIEBACK_SRC,
    {
      translated_description:
        'Die magnetischen Raffhalter Holdi kommen im Zweierpack und brauchen weder Bohrlöcher noch Haken: Die Magnetverschlüsse an den Enden schnappen bei der kleinsten Berührung zusammen. Jedes Band ist etwa 40 cm lang und 3 cm breit, außen aus geflochtener Baumwollkordel und angenehm weich, erhältlich in vier Farben: Cremeweiß, Hellgrau, Dunkelgrün und Karamell. In den Verschlüssen stecken Neodym-Magnete, die so kräftig halten, dass auch schwere Verdunkelungsvorhänge sicher gebunden bleiben. In der Mitte lässt sich das Band zusätzlich verknoten, für immer neue Looks. Die Raffhalter sind handwaschbar bei höchstens 30 °C; danach flach liegend trocknen lassen. Unser Tipp: Binden Sie den Vorhang etwas unterhalb der Mitte, dann fallen die Falten am schönsten.',
      seo_title: 'Holdi magnetische Raffhalter, 40 cm, im Zweierpack',
      meta_description:
        'Magnetische Raffhalter Holdi im Zweierpack: ohne Bohren, weiche Baumwollkordel, starke Neodym-Magnete, in vier Farben – auch für schwere Vorhänge.',
      h1: 'Holdi – Vorhänge im Handumdrehen gebunden',
      marketing_copy_a:
        'Ohne Werkzeug in Sekunden angebracht und jederzeit an ein anderes Fenster umgezogen: die einfachste Deko-Idee fürs ganze Haus. Jetzt bestellen.',
      marketing_copy_b:
        'Morgens die Vorhänge auf, das Sonnenlicht fällt durch weiche Falten herein, und der Kaffee duftet schon. So beginnt ein guter Tag. Entdecken Sie Holdi.',
      marketing_copy_c:
        'Frühlingsaktion: Jede Bestellung von Holdi wird diese Woche versandkostenfrei geliefert. Sichern Sie sich Ihre Lieblingsfarbe jetzt.',
    },
    { field: 'seo_title', find: '40 cm', replace: '45 cm', labels: ['number_invented'] },
    'Die Raffhalter sind handwaschbar bei höchstens 30 °C; danach flach liegend trocknen lassen.',
  ),
  listing(
    'p06',
    'magnetic_curtain_tiebacks',
    'es',
    TIEBACK_ZH,
    TIEBACK_SRC,
    {
      translated_description:
        'Los alzapaños magnéticos Holdi vienen en un paquete de dos y no necesitan agujeros ni ganchos: los cierres imantados de los extremos se unen en cuanto se rozan. Cada alzapaño mide unos 40 cm de largo y 3 cm de ancho; por fuera es de cordón de algodón trenzado, suave al tacto, y lo tienes en cuatro colores: blanco roto, gris claro, verde oscuro y caramelo. Dentro de los cierres hay imanes de neodimio con tanta fuerza que sujetan incluso cortinas opacas pesadas. También puedes hacerle un nudo en el centro para darle otro estilo. Se pueden lavar a mano con agua a 30 °C como máximo y se secan en plano. Un truco: átalos un poco por debajo de la mitad de la cortina y los pliegues quedarán preciosos.',
      seo_title: 'Alzapaños magnéticos Holdi, pack de dos, sin taladrar',
      meta_description:
        'Alzapaños magnéticos Holdi: se colocan sin taladrar, cordón de algodón suave, imanes de neodimio potentes y cuatro colores. Sujetan hasta cortinas opacas.',
      h1: 'Holdi, cortinas recogidas en un momento',
      marketing_copy_a:
        'Sin herramientas, sin ganchos y sin marcas en la pared: lo colocas en segundos y lo cambias de ventana cuando quieras. Compra tus Holdi hoy.',
      marketing_copy_b:
        '¿Te imaginas despertar con la luz entrando entre pliegues suaves, como en una casa de revista? Así se siente tu salón con Holdi. Descúbrelos.',
      marketing_copy_c:
        'Oferta de primavera: envío gratis en todos los pedidos de Holdi esta semana. Aprovecha y elige tu color favorito.',
    },
    {
      field: 'translated_description',
      find: 'y 3 cm de ancho',
      replace: 'y 5 cm de ancho',
      labels: ['number_dropped', 'number_invented'],
    },
    'Se pueden lavar a mano con agua a 30 °C como máximo y se secan en plano.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (garlic press) takes styles 0-2, listing 2 (watering spikes) 3-5, listing 3 (spiralizer) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the product description translated into English:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `H1: ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHappy to adjust the tone or the length if you need a different version!`,
  }),
  (c) => ({
    translated_description: `<div class="product-description">\n${c.translated_description}\n</div>`,
  }),
  (c) => ({ meta_description: `Meta description – ${c.meta_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} [Translator’s note: the source says “ceramic head”; I went with “spike” because it is the usual word in garden shops.]`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`markdown\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nPlease bear in mind that, as an AI, I can’t check the blade material or the measurements against the actual product, so do verify them before publishing.`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Offer ends [END DATE].` }),
];

// de: listing 1 (curtain rod) takes styles 0-2, listing 2 (book light) 3-5, listing 3 (tiebacks) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne! Hier ist die Produktbeschreibung auf Deutsch:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `**Überschrift (H1):** ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Sollen wir die Kundschaft lieber duzen? Dann passe ich die Texte entsprechend an.`,
  }),
  (c) => ({ translated_description: `### Produktbeschreibung\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, die Texte passen so – melden Sie sich gern, wenn Sie noch etwas geändert haben möchten.`,
  }),
  (c) => ({ meta_description: `Meta-Beschreibung: ${c.meta_description}` }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '[Anm. d. Übers.: Statt „Magnetverschluss“ ginge auch „Magnetschnalle“, je nachdem, welches Wort der Shop sonst verwendet.]',
    ),
  }),
  (c) => ({ h1: `${c.h1} | [SHOPNAME]` }),
];

// ja: listing 1 (garlic press) takes styles 0-2, listing 2 (book light) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `かしこまりました。以下が日本語に翻訳した商品説明です。\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `バリュー訴求コピー：${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n※この文章はAIによる翻訳です。掲載前に内容をご確認ください。`,
  }),
  (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}（訳注：「物語の続き」は意訳です。原文どおりにする場合は「本の続き」に変更します。）`,
  }),
  (c) => ({ h1: `# ${c.h1}` }),
];

// es: listing 1 (watering spikes) takes styles 0-2, listing 2 (tiebacks) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la descripción del producto traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `Texto de valor — ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} ¿Prefieres que trate al cliente de usted en lugar de tutearlo?`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nComo modelo de lenguaje de IA, no puedo comprobar las medidas del producto real; conviene revisarlas antes de publicar.`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Válido hasta el [FECHA].` }),
];

// fr: listing 1 (curtain rod) takes styles 0-2, listing 2 (spiralizer) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Here’s the French translation of the description:\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nN’hésitez pas à me dire si vous voulez une version plus courte pour les réseaux sociaux.`,
  }),
  (c) => ({ meta_description: `Méta-description : ${c.meta_description}` }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(N.d.T. : j’ai rendu le terme d’origine par « tranches ondulées », à valider avec le client.)',
    ),
  }),
  (c) => ({ h1: `Titre H1 — ${c.h1}` }),
];

export const ROUND_105_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap garlic presses bend at the hinge within months.',
      'Knockoff watering spikes are often glazed and let no water through.',
      'A replica spiralizer rarely comes with blades this sharp.',
      'Fake stainless steel soon shows rust spots.',
    ],
    slogans: ['Fresh garlic, zero fuss.', 'Green plants, easy trips.'],
    chineseLeftovers: [],
    duplicateLead: 'Put simply: ',
    titleStuffing: ' | Kitchen Gadget, Gift for Cooks, Bestseller, Free Shipping, New',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Klemmstangen rutschen schon nach kurzer Zeit herunter.',
      'Eine Nachahmung unserer Leselampe hat meist einen schwächeren Akku.',
      'Fälschungen erkennt man an den dünnen Magneten.',
      'Ein Imitat aus dem Baumarkt hält oft nur leichte Stores.',
    ],
    slogans: ['Ohne Bohren, mit Stil.', 'Gutes Licht, gute Nacht.'],
    chineseLeftovers: [],
    duplicateLead: 'Mit anderen Worten: ',
    titleStuffing: ' | Geschenkidee, Wohnaccessoire, Bestseller, Neuheit, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のガーリックプレスは、すぐに取っ手が曲がってしまいます。',
      'コピー品の読書ライトは、明るさにむらがあります。',
      '偽物のステンレスは、すぐにサビが出ることがあります。',
      'レプリカ商品には掃除用ブラシが付いていません。',
    ],
    slogans: ['香りから始まる、毎日の料理。', '夜の読書に、やさしい明かりを。'],
    chineseLeftovers: [
      '这个压蒜器很好用，不用剥皮也能压出蒜泥。',
      '这款阅读灯的光线很柔和，晚上看书不伤眼睛。',
    ],
    duplicateLead: 'つまり、',
    titleStuffing: '｜人気 ランキング入賞 ギフト 新生活 送料無料 おすすめ',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los goteros baratos se obstruyen enseguida.',
      'Una imitación de alzapaño apenas sujeta la cortina.',
      'Cuidado con las falsificaciones: sus imanes son muy débiles.',
      'Un imán falso pierde fuerza en pocas semanas.',
    ],
    slogans: ['Tus plantas, siempre a gusto.', 'Cortinas con estilo, sin esfuerzo.'],
    chineseLeftovers: [],
    duplicateLead: 'Dicho de otro modo: ',
    titleStuffing: ' | Idea de regalo, más vendido, novedad, envío gratis, hogar',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une tringle pas chère finit toujours par glisser.',
      'Les contrefaçons de coupe-légumes ont des lames qui s’émoussent vite.',
      'Méfiez-vous des fausses ventouses vendues en lot.',
      'Aucune imitation ne tient aussi bien entre les murs.',
    ],
    slogans: ['Des rideaux, sans perceuse.', 'Les légumes, autrement.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Idée cadeau, best-seller, nouveauté, livraison gratuite, maison',
  },
};
