// Blind set, round 77 (written without reading the gate, committed before it is scored): six kitchen, garden and
// DIY products in the categories gooseneck_kettles, mandoline_slicers, garden_kneeler_seats, folding_pruning_saws,
// pocket_hole_jigs and caulking_guns, 12 hand-written listings, three artifact styles per listing and wording of its
// own. Theme: the register of the shared dev set, ordinary model output as a reviewer meets it. Most artifacts are
// the kinds the llm_artifact definition names: a lead-in before the description (in the listing's language, or in
// English inside a de listing, as the dev set has it), a "Translation:" prefix in English inside ja and es fields,
// field-label prefixes ("Value-focused copy:", "Werbetext (Nutzen):", "Texte émotionnel :"), markdown labels, bold
// and headings, code fences (plain and ```json with a key), HTML tags (<p>, <h1>), AI disclaimers (in English inside
// an fr description, "As an AI language model", "Als KI-Modell", "AIが生成した文章", "Como modelo de lenguaje") and
// sign-offs offering changes; a few are subtler (a question to the requester about a word choice, in the middle of a
// copy or after it, a bracketed translator's note between two sentences of the description, an unfilled [END DATE]
// placeholder, a draft status word in the h1). No digits in artifacts that land in the description, title or meta.
// The clean listings keep the shop's own "Tip:" / "Tipp:" / "ワンポイント：" / "Un truco:" / "Astuce :" / "Bitte
// beachten:" / "Attention :" lines. Sources are plain Chinese shop copy with ordinary number forms (digits with
// units, 约/左右/以内, ranges with 到, ×, 两/三/四/五 counts, a steel grade, 两年). Legitimate numbers and number words:
// Drippa 1升 (1 litre, 1 L, 1L), 1000瓦 (1,000 W, 1000W), about 4 mm (約4mm), 40 to 100 ℃ (40 to 100 °C (104 to
// 212 °F), 40〜100℃), 1℃ steps (1℃単位), 60 minutes (60分間), 304 stainless steel, 两个 (two, 2つ) memory buttons,
// around 92 ℃ and 85 ℃ (92℃前後, 85℃前後); idiom 按一下 (a single press, ワンタッチ: not a number);
// Slicea 五种 (fünf, cinq; 5 Klingen, 5 lames in the titles) blades, 1 to 8 mm (1 bis 8 mm, de 1 à 8 mm), 420
// stainless steel (Edelstahl 420, inox 420), 四个 (vier, quatre) feet, about 850 g (rund 850 g, environ 850 g); idiom
// 一小块 (the last small piece, le dernier petit morceau: not a number);
// Gardo 3 cm, 150 kg (330 lb), 两个 (two, dos) tool pouches, 60×27×49 cm (60 × 27 × 49 cm), 12 cm (4.7 in), about
// 2.5 kg (5.5 lb, unos 2,5 kg); idiom 撑一下 (push against, te apoyas: not a number);
// Kira 21 cm, 65锰钢 (65Mn-Stahl, 65マンガン鋼: 65), 三面磨齿 (auf drei Seiten geschliffen, 3面研磨), 7 teeth per inch
// (7 pro Zoll, 7山/インチ), 10 cm, 两个 (zwei, 2つ) angles, about 48 and 27 cm (rund 48 / 27 cm, 約48cm, 約27cm),
// about 320 g (etwa 320 g, 約320g); idioms 几下 (mit wenigen Zügen, 数回: not a number) and 一点油 (dünn einölen,
// 薄く油を: not a number);
// Joinly 15 degrees (15°, 15 Grad, 15-Grad-Winkel), 12 to 38 mm (12–38 mm, 12 bis 38 mm), 三个 (three, drei)
// bushings, 9.5 mm (9,5 mm), 75 screws; 单手 (single-handed, mit einer Hand: not a number);
// Sealo about 300 ml (unos 300 ml, environ 300 ml), 360 degrees (360 grados, 360 degrés, 360°), about 480 g (unos
// 480 gramos, environ 480 g), 两年 (dos años, deux ans), 45 degrees (45 grados, 45 degrés); 双齿 (doble diente,
// double cran: dual, not a number), idioms 扣一下 (apretar el gatillo, appuyer sur la gâchette) and 一整支 (un cartucho
// entero, une cartouche entière).
// Number edits: Drippa en meta 60 → 90-minute keep-warm (invented), ja 約4mm → 約3mm (dropped + invented: the meta
// still says 4, the description does not); Slicea de rund 850 → 950 g (dropped + invented), fr title 5 → 6 lames
// (invented); Gardo en 3 → 4 cm thick (dropped + invented), es meta 150 → 180 kg (invented); Kira de title 21 → 24 cm
// (invented), ja 約320g → 約380g (dropped + invented: the meta still says 320, the description does not); Joinly en an
// added sentence with a 2-year warranty the source does not have (invented), de meta 15 → 20 Grad (invented); Sealo
// es unos 480 → 520 gramos (dropped + invented), fr meta 300 → 310 ml (invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const KETTLE_ZH = 'Drippa 手冲细口电热壶 1升 温控款';
const KETTLE_SRC =
  'Drippa 手冲细口电热壶容量1升，功率1000瓦，冲手冲咖啡、泡茶都合适。鹅颈壶嘴出水口直径约4毫米，水流细而稳，注水好控制。温度可在40到100℃之间调节，每次调1℃，屏幕实时显示当前水温。打开保温功能后，可保持设定温度60分钟。壶身采用304不锈钢，手柄防烫。底座上有两个记忆键，常用的温度按一下就能调出来。小建议：浅烘焙的豆子用92℃左右的水，深烘焙用85℃左右，味道更平衡。';
const SLICER_ZH = 'Slicea 多功能切菜器 五种刀片 厚度可调';
const SLICER_SRC =
  'Slicea 多功能切菜器配有五种可替换刀片，可以切片、切波浪片、切细丝、切粗丝和擦丝。切片厚度可在1到8毫米之间用旋钮调节，土豆片、黄瓜片想切多厚就切多厚。刀片采用420不锈钢，锋利耐用。随附护手器，切到最后一小块也不会伤到手指。底部有四个防滑脚垫，用起来很稳。不用时，所有刀片都能收进随附的收纳盒。整机重约850克，除刀片外均可放入洗碗机清洗。温馨提示：刀片非常锋利，请放在孩子够不到的地方。';
const KNEELER_ZH = 'Gardo 折叠园艺跪凳 可当小凳子 承重150公斤';
const KNEELER_SRC =
  'Gardo 折叠园艺跪凳正着放是跪垫，翻过来就是小凳子，除草、种花、摘菜都用得上。跪垫采用3厘米厚的EVA泡棉，跪久了膝盖也不疼。钢管框架表面喷塑，不怕雨淋，最大承重150公斤。扶手设计得比较高，起身时撑一下，腰和膝盖都轻松。附赠两个工具袋，挂在扶手上，铲子、手套随手就能拿到。展开尺寸为60×27×49厘米，折叠后只有12厘米厚，重约2.5公斤。家里老人在院子里干活也很合适。';
const SAW_ZH = 'Kira 折叠修枝锯 65锰钢 21厘米锯片';
const SAW_SRC =
  'Kira 折叠修枝锯锯片长21厘米，采用65锰钢，经过淬火处理，锯齿锋利耐磨。锯齿采用三面磨齿工艺，每英寸7齿，拉锯时省力，切口平整。直径10厘米以内的树枝，几下就能锯断。锯片可锁定在两个角度，用完折回手柄里，不会伤人。手柄包覆防滑橡胶，手出汗也握得牢。展开全长约48厘米，折叠后约27厘米，重约320克，挂在腰上不碍事。修果树、剪绿篱、露营砍柴都能用。用完擦干锯片，再涂一点油，可防止生锈。';
const JIG_ZH = 'Joinly 斜孔定位器 木工斜孔打孔器 15度';
const JIG_SRC =
  'Joinly 斜孔定位器是做木工拼板、柜子和书架的好帮手。钻孔角度固定为15度，适用于厚度12到38毫米的木板。主体为铝合金，内嵌三个淬火钢套，用得再久孔也不会磨大。配套9.5毫米阶梯钻头和限位环，按板厚调好深度就能钻孔。底部带快速夹具，单手就能把木板夹紧。套装里还附有75颗自攻螺丝和加长批头，拿到手就能开工。新手也能轻松做出牢固、看不见螺丝的接缝。';
const GUN_ZH = 'Sealo 省力玻璃胶枪 360度旋转 防滴胶';
const GUN_SRC =
  'Sealo 省力玻璃胶枪适用于300毫升左右的标准胶筒，玻璃胶、结构胶、填缝剂都能打。枪身可360度旋转，墙角、窗框这些不好下手的地方，也能打出均匀的胶线。采用双齿推进结构，推力更大，扣一下就出胶，松手后自动回退，不会滴胶。手柄加厚，握着舒服，连续打完一整支也不累手。前端自带割嘴刀和戳针，不用另找工具。整枪重约480克，质保两年。小窍门：胶嘴剪成45度斜口，打出来的胶线更直更好看。';

export const ROUND_77_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'gooseneck_kettles',
    'en',
    KETTLE_ZH,
    KETTLE_SRC,
    {
      translated_description:
        'The Drippa gooseneck electric kettle holds 1 litre and runs at 1,000 W, which makes it just right for pour-over coffee and for tea. The spout opening measures about 4 mm across, giving a slim, steady stream that is easy to control as you pour. You can set the temperature anywhere from 40 to 100 °C (104 to 212 °F) in steps of 1 °C, and the display shows the current water temperature as it heats. With the keep-warm function on, the kettle holds your chosen temperature for 60 minutes. The body is made of 304 stainless steel and the handle stays cool to the touch. Two memory buttons on the base bring back your favourite temperatures with a single press. Tip: brew light roasts with water at around 92 °C and dark roasts at around 85 °C for a more balanced cup.',
      seo_title: 'Drippa Gooseneck Kettle, 1 L, 40–100 °C Control',
      meta_description:
        'Drippa gooseneck electric kettle for pour-over coffee and tea: 1 litre, 1,000 W, adjustable from 40 to 100 °C, with a 60-minute keep-warm function.',
      h1: 'Drippa – The Steady Pour for Better Coffee',
      marketing_copy_a:
        'Precise temperature, a stream you can steer and presets for your daily brew: café-quality pour-over at home, without the guesswork. Order your Drippa today.',
      marketing_copy_b:
        'The quiet of an early morning, the bloom of fresh grounds, a slow spiral of hot water. Make the first cup of the day a small ritual. Discover the Drippa.',
      marketing_copy_c:
        'Launch offer: a free pack of paper filters with every Drippa this month. Shop now while stocks last.',
    },
    {
      field: 'meta_description',
      find: 'a 60-minute keep-warm',
      replace: 'a 90-minute keep-warm',
      labels: ['number_invented'],
    },
    'The body is made of 304 stainless steel and the handle stays cool to the touch.',
  ),
  listing(
    'p01',
    'gooseneck_kettles',
    'ja',
    KETTLE_ZH,
    KETTLE_SRC,
    {
      translated_description:
        'Drippaの細口電気ケトルは容量1L、消費電力1000Wで、ハンドドリップのコーヒーにもお茶にもぴったりです。グースネックの注ぎ口は直径約4mm。細く安定したお湯が出るので、注ぐ量を思いどおりにコントロールできます。温度は40〜100℃の範囲で1℃単位で設定でき、ディスプレイには現在の水温がリアルタイムで表示されます。保温機能をオンにすると、設定温度を60分間キープします。本体には304ステンレスを使用し、ハンドルは熱くなりにくい設計です。台座には2つのメモリーボタンがあり、よく使う温度をワンタッチで呼び出せます。ワンポイント：浅煎りの豆は92℃前後、深煎りの豆は85℃前後のお湯で淹れると、味のバランスがよくなります。',
      seo_title: 'Drippa 細口電気ケトル 1L 温度調節40〜100℃',
      meta_description:
        '容量1L、40〜100℃を1℃単位で設定できる細口電気ケトル。直径約4mmの注ぎ口から細く安定したお湯が注げて、60分の保温機能付き。',
      h1: 'Drippa 毎朝のコーヒーを、好みの温度で',
      marketing_copy_a:
        '1℃単位の温度設定と細く安定した注ぎ口で、お店のようなハンドドリップが自宅で楽しめます。今すぐ購入。',
      marketing_copy_b:
        '豆がふっくらとふくらむ様子を眺めながら、ゆっくりお湯を注ぐ朝のひととき。毎日のコーヒーが小さな楽しみに変わります。ぜひチェックしてください。',
      marketing_copy_c: '発売記念として、今月はペーパーフィルターをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '直径約4mm',
      replace: '直径約3mm',
      labels: ['number_dropped', 'number_invented'],
    },
    '本体には304ステンレスを使用し、ハンドルは熱くなりにくい設計です。',
  ),
  listing(
    'p02',
    'mandoline_slicers',
    'de',
    SLICER_ZH,
    SLICER_SRC,
    {
      translated_description:
        'Der Gemüsehobel Slicea kommt mit fünf austauschbaren Klingen: für glatte Scheiben, Wellenschnitt, feine und grobe Streifen sowie zum Reiben. Die Schnittstärke stellen Sie per Drehknopf zwischen 1 und 8 mm ein – Kartoffel- und Gurkenscheiben werden genau so dick, wie Sie es möchten. Die Klingen aus Edelstahl 420 sind scharf und langlebig. Dank des mitgelieferten Restehalters schneiden Sie auch das letzte kleine Stück, ohne sich in die Finger zu schneiden. Vier rutschfeste Füße an der Unterseite sorgen für sicheren Stand. Nach dem Gebrauch verschwinden alle Klingen in der beiliegenden Aufbewahrungsbox. Das Gerät wiegt rund 850 g und ist bis auf die Klingen spülmaschinenfest. Bitte beachten: Die Klingen sind sehr scharf, bewahren Sie sie deshalb außer Reichweite von Kindern auf.',
      seo_title: 'Slicea Gemüsehobel mit 5 Klingen, Schnittstärke 1–8 mm',
      meta_description:
        'Gemüsehobel Slicea mit fünf Wechselklingen aus Edelstahl, per Drehknopf einstellbarer Schnittstärke von 1 bis 8 mm, Restehalter und Aufbewahrungsbox.',
      h1: 'Slicea – gleichmäßige Scheiben ganz ohne Mühe',
      marketing_copy_a:
        'Fünf Klingen in einem Gerät und alles ordentlich in der Box verstaut: Salat, Gratin und Rohkost sind im Handumdrehen vorbereitet. Jetzt bestellen.',
      marketing_copy_b:
        'Hauchdünne Gurkenscheiben für den Sommersalat, goldene Kartoffelchips am Sonntagabend – so macht Schnippeln wieder Freude. Entdecken Sie Slicea.',
      marketing_copy_c:
        'Nur diesen Monat: ein zweiter Restehalter gratis zu jedem Slicea. Sichern Sie sich Ihren Gemüsehobel jetzt.',
    },
    {
      field: 'translated_description',
      find: 'rund 850 g',
      replace: 'rund 950 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Vier rutschfeste Füße an der Unterseite sorgen für sicheren Stand.',
  ),
  listing(
    'p02',
    'mandoline_slicers',
    'fr',
    SLICER_ZH,
    SLICER_SRC,
    {
      translated_description:
        'La mandoline multifonction Slicea est livrée avec cinq lames interchangeables pour trancher, onduler, tailler en julienne fine ou épaisse et râper. Un bouton rotatif règle l’épaisseur des tranches de 1 à 8 mm : pommes de terre ou concombres, vous les coupez exactement comme vous le souhaitez. Les lames en acier inoxydable 420 sont tranchantes et durables. Grâce au poussoir fourni, vous coupez jusqu’au dernier petit morceau sans risque pour vos doigts. Quatre pieds antidérapants assurent une bonne stabilité. Après usage, toutes les lames se rangent dans la boîte fournie. L’appareil pèse environ 850 g et, hormis les lames, passe au lave-vaisselle. Attention : les lames sont très affûtées, rangez-les hors de portée des enfants.',
      seo_title: 'Mandoline Slicea 5 lames, épaisseur réglable de 1 à 8 mm',
      meta_description:
        'Mandoline multifonction Slicea : cinq lames interchangeables en inox, épaisseur des tranches de 1 à 8 mm, poussoir de protection et boîte de rangement.',
      h1: 'Slicea, des tranches régulières en un clin d’œil',
      marketing_copy_a:
        'Toutes les coupes dans un seul appareil, et tout se range dans sa boîte : gratins, salades et crudités se préparent en quelques minutes. Commandez votre Slicea.',
      marketing_copy_b:
        'Des chips maison bien dorées, une salade de concombre toute fine pour les soirs d’été… Cuisiner redevient un plaisir. Découvrez Slicea.',
      marketing_copy_c:
        'Offre du mois : un poussoir supplémentaire offert avec chaque mandoline. Profitez-en vite !',
    },
    { field: 'seo_title', find: 'Slicea 5 lames', replace: 'Slicea 6 lames', labels: ['number_invented'] },
    'Quatre pieds antidérapants assurent une bonne stabilité.',
  ),
  listing(
    'p03',
    'garden_kneeler_seats',
    'en',
    KNEELER_ZH,
    KNEELER_SRC,
    {
      translated_description:
        'The Gardo folding garden kneeler is a padded kneeling bench one way up and a handy little seat when you flip it over – perfect for weeding, planting out and picking vegetables. The kneeling pad is made of 3 cm thick EVA foam, so your knees stay comfortable even after a long session. The steel tube frame is powder-coated to stand up to the rain and takes up to 150 kg (330 lb). The handles are set high, giving you something to push against as you get up and taking the strain off your back and knees. Two tool pouches are included; hang them on the handles and your trowel and gloves are always within reach. Unfolded, it measures 60 × 27 × 49 cm; folded, it is just 12 cm (4.7 in) thick, and it weighs about 2.5 kg (5.5 lb). It is also a great help for older family members who love pottering about in the garden.',
      seo_title: 'Gardo Folding Garden Kneeler and Seat, Holds 150 kg',
      meta_description:
        'Folding garden kneeler that flips over into a seat: a 3 cm EVA foam pad, a powder-coated steel frame for up to 150 kg, high handles and tool pouches.',
      h1: 'Gardo – Kinder to Your Knees, Season After Season',
      marketing_copy_a:
        'Kneel to weed, flip it over to sit and prune, then fold it flat against the shed wall: one sturdy frame for every job in the beds. Order your Gardo today.',
      marketing_copy_b:
        'For every green-fingered gardener who loves a long afternoon among the roses, but not the stiff knees the next morning. Kneel, sit and stand up with ease. Discover Gardo.',
      marketing_copy_c:
        'Spring offer: a free pair of gardening gloves with every Gardo. Buy now while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'made of 3 cm thick',
      replace: 'made of 4 cm thick',
      labels: ['number_dropped', 'number_invented'],
    },
    'Unfolded, it measures 60 × 27 × 49 cm; folded, it is just 12 cm (4.7 in) thick, and it weighs about 2.5 kg (5.5 lb).',
  ),
  listing(
    'p03',
    'garden_kneeler_seats',
    'es',
    KNEELER_ZH,
    KNEELER_SRC,
    {
      translated_description:
        'El reclinatorio plegable de jardín Gardo es un cojín para arrodillarse por un lado y, si le das la vuelta, un pequeño taburete: ideal para quitar malas hierbas, plantar flores o recoger verduras. La almohadilla es de espuma EVA de 3 cm de grosor, así que las rodillas no sufren aunque pases un buen rato. El armazón de tubo de acero lleva un recubrimiento en polvo que aguanta la lluvia y soporta hasta 150 kg. Los asideros son bastante altos: te apoyas en ellos al levantarte y la espalda y las rodillas lo agradecen. Incluye dos bolsas para herramientas que se cuelgan de los asideros, así tienes la pala y los guantes siempre a mano. Desplegado mide 60 × 27 × 49 cm y plegado tiene solo 12 cm de grosor; pesa unos 2,5 kg. También es muy práctico para las personas mayores de la casa que disfrutan trabajando en el jardín.',
      seo_title: 'Reclinatorio de jardín plegable Gardo, hasta 150 kg',
      meta_description:
        'Reclinatorio y taburete de jardín plegable Gardo: almohadilla de espuma EVA de 3 cm, armazón de acero que soporta hasta 150 kg y bolsas para herramientas.',
      h1: 'Gardo, el huerto sin dolor de rodillas',
      marketing_copy_a:
        'Arrodíllate para desherbar, dale la vuelta para sentarte a podar y pliégalo al terminar: un solo armazón para todo el huerto. Compra tu Gardo hoy.',
      marketing_copy_b:
        'Una tarde entera entre tomateras y rosales, y al día siguiente, ni rastro de molestias. Tu jardín merece tu tiempo, y tú, estar cómodo. Descubre Gardo.',
      marketing_copy_c:
        'Oferta de primavera: guantes de jardinería de regalo con cada Gardo. Pídelo ya, antes de que se agoten.',
    },
    { field: 'meta_description', find: 'hasta 150 kg', replace: 'hasta 180 kg', labels: ['number_invented'] },
    'Desplegado mide 60 × 27 × 49 cm y plegado tiene solo 12 cm de grosor; pesa unos 2,5 kg.',
  ),
  listing(
    'p04',
    'folding_pruning_saws',
    'de',
    SAW_ZH,
    SAW_SRC,
    {
      translated_description:
        'Die klappbare Astsäge Kira hat ein 21 cm langes Sägeblatt aus gehärtetem 65Mn-Stahl, dessen Zähne scharf und verschleißfest sind. Die auf drei Seiten geschliffenen Zähne – 7 pro Zoll – arbeiten auf Zug, sparen Kraft und hinterlassen glatte Schnittflächen. Äste bis 10 cm Durchmesser sind mit wenigen Zügen durchgesägt. Das Blatt rastet in zwei Winkeln ein und klappt nach der Arbeit sicher in den Griff zurück. Der Griff ist mit rutschfestem Gummi ummantelt und liegt auch mit verschwitzten Händen fest in der Hand. Aufgeklappt misst die Säge rund 48 cm, zusammengeklappt rund 27 cm; sie wiegt nur etwa 320 g und stört am Gürtel nicht. Ideal für den Obstbaumschnitt, die Hecke oder Brennholz beim Camping. Tipp: Das Blatt nach Gebrauch trocken wischen und dünn einölen, dann rostet es nicht.',
      seo_title: 'Kira Klappsäge für Äste, 21 cm Blatt aus 65Mn-Stahl',
      meta_description:
        'Klappbare Astsäge Kira mit 21 cm langem Blatt aus gehärtetem Stahl, 7 Zähnen pro Zoll und Schnitten bis 10 cm Durchmesser, nur rund 320 g leicht.',
      h1: 'Kira – sauber gesägt, sicher zusammengeklappt',
      marketing_copy_a:
        'Eine Säge für Obstgarten, Hecke und Lagerfeuer, die zusammengeklappt einfach am Gürtel mitkommt. Jetzt bestellen.',
      marketing_copy_b:
        'Ein klarer Herbstmorgen, der Duft von frisch geschnittenem Holz und ein Apfelbaum, der endlich wieder Luft bekommt. Gartenarbeit kann so zufrieden machen. Entdecken Sie die Kira.',
      marketing_copy_c:
        'Nur im Oktober: ein Gürtelholster gratis zu jeder Kira. Sichern Sie sich Ihre Säge jetzt.',
    },
    { field: 'seo_title', find: '21 cm Blatt', replace: '24 cm Blatt', labels: ['number_invented'] },
    'Das Blatt rastet in zwei Winkeln ein und klappt nach der Arbeit sicher in den Griff zurück.',
  ),
  listing(
    'p04',
    'folding_pruning_saws',
    'ja',
    SAW_ZH,
    SAW_SRC,
    {
      translated_description:
        'Kiraの折りたたみ剪定ノコギリは、刃渡り21cm。65マンガン鋼に焼き入れ処理を施し、鋭く摩耗にも強い刃に仕上げました。刃は3面研磨で、刃数は7山/インチ。引くだけで軽い力で切れ、切り口もきれいです。直径10cmまでの枝なら、数回引くだけで切り落とせます。刃は2つの角度でロックでき、使い終わったらハンドルに折りたためるので安全です。ハンドルは滑りにくいラバー巻きで、汗をかいてもしっかり握れます。全長は広げて約48cm、たたむと約27cm。重さは約320gなので、腰に下げても邪魔になりません。果樹の剪定、生け垣の手入れ、キャンプの薪づくりにも活躍します。使用後は刃の水気を拭き取り、薄く油を塗っておくとさびを防げます。',
      seo_title: 'Kira 折りたたみ剪定ノコギリ 刃渡り21cm',
      meta_description:
        '刃渡り21cm、65マンガン鋼の折りたたみ剪定ノコギリ。直径10cmまでの枝もスムーズに切れて、重さ約320gと軽量です。',
      h1: 'Kira 庭仕事からキャンプまで頼れるノコギリ',
      marketing_copy_a:
        '果樹の剪定も生け垣の手入れも薪づくりも、これ一本でこなせます。たためばベルトに下げて持ち歩けます。今すぐ購入。',
      marketing_copy_b:
        '澄んだ秋の朝、切りたての木の香り。すっきり整った庭を眺める時間は、手入れをした人だけのごほうびです。ぜひチェックしてください。',
      marketing_copy_c: '今なら専用ホルスターをプレゼント中。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '重さは約320g',
      replace: '重さは約380g',
      labels: ['number_dropped', 'number_invented'],
    },
    '刃は2つの角度でロックでき、使い終わったらハンドルに折りたためるので安全です。',
  ),
  listing(
    'p05',
    'pocket_hole_jigs',
    'en',
    JIG_ZH,
    JIG_SRC,
    {
      translated_description:
        'The Joinly pocket-hole jig is a great help for edge-joining panels and building cabinets and bookshelves. The drilling angle is fixed at 15 degrees, and the jig takes boards from 12 to 38 mm thick. The aluminium body holds three hardened steel guide bushings, so the holes stay true however much you use it. It comes with a 9.5 mm stepped drill bit and a depth collar: set the depth to match your board and start drilling. The quick-release clamp on the base lets you lock the workpiece in place single-handed. The kit also includes 75 self-tapping screws and an extra-long driver bit, so you can get started straight away. Even beginners can make strong joints with no visible screws.',
      seo_title: 'Joinly Pocket-Hole Jig, 15° Angle, for 12–38 mm Boards',
      meta_description:
        'Joinly pocket-hole jig with hardened steel bushings, a 9.5 mm stepped drill bit and a quick clamp: strong joints with hidden screws in 12 to 38 mm wood.',
      h1: 'Joinly – Hidden Joints, Solid Furniture',
      marketing_copy_a:
        'Cabinets, shelves and face frames, all put together with tight, hidden joints and no dowels to line up. Everything you need is in the box. Get your Joinly kit today.',
      marketing_copy_b:
        'There is nothing like running your hand along a bookshelf you built yourself and feeling no screw heads at all. Make your next project the one you are proudest of. Discover Joinly.',
      marketing_copy_c: 'Workshop week: free shipping on every Joinly kit until Sunday. Order now.',
    },
    { field: 'translated_description', replace: 'Backed by a 2-year warranty.', labels: ['number_invented'] },
    'The kit also includes 75 self-tapping screws and an extra-long driver bit, so you can get started straight away.',
  ),
  listing(
    'p05',
    'pocket_hole_jigs',
    'de',
    JIG_ZH,
    JIG_SRC,
    {
      translated_description:
        'Die Bohrschablone Joinly für Taschenlochbohrungen ist eine große Hilfe beim Verleimen von Platten und beim Bau von Schränken und Regalen. Der Bohrwinkel ist fest auf 15 Grad eingestellt; die Schablone eignet sich für Holz von 12 bis 38 mm Stärke. Im Aluminiumkörper sitzen drei gehärtete Stahlbuchsen, die auch nach langem Gebrauch nicht ausschlagen. Mitgeliefert werden ein 9,5-mm-Stufenbohrer und ein Tiefenstoppring: Tiefe passend zur Brettstärke einstellen und losbohren. Mit der Schnellspannzange an der Unterseite spannen Sie das Werkstück mit einer Hand fest. Im Set sind außerdem 75 selbstschneidende Schrauben und ein extralanger Bit enthalten, sodass Sie sofort loslegen können. So gelingen auch Einsteigern stabile Verbindungen ohne sichtbare Schrauben.',
      seo_title: 'Joinly Taschenloch-Bohrschablone, 15°, für 12–38 mm Holz',
      meta_description:
        'Bohrschablone Joinly für Taschenlochbohrungen im 15-Grad-Winkel: gehärtete Stahlbuchsen, 9,5-mm-Stufenbohrer, Schnellspanner und Schrauben im Set.',
      h1: 'Joinly – unsichtbar verschraubt, bombenfest verbunden',
      marketing_copy_a:
        'Schränke, Regale und Rahmen stabil verbinden, ohne Dübel mühsam auszurichten: Alles Nötige liegt schon im Set. Jetzt bestellen.',
      marketing_copy_b:
        'Mit der Hand über das selbst gebaute Bücherregal streichen und keinen einzigen Schraubenkopf spüren – dieses Gefühl vergisst man nicht. Entdecken Sie Joinly.',
      marketing_copy_c:
        'Werkstattwoche: versandkostenfrei bis Sonntag auf jedes Joinly-Set. Sichern Sie sich Ihres jetzt.',
    },
    {
      field: 'meta_description',
      find: 'im 15-Grad-Winkel',
      replace: 'im 20-Grad-Winkel',
      labels: ['number_invented'],
    },
    'Im Set sind außerdem 75 selbstschneidende Schrauben und ein extralanger Bit enthalten, sodass Sie sofort loslegen können.',
  ),
  listing(
    'p06',
    'caulking_guns',
    'es',
    GUN_ZH,
    GUN_SRC,
    {
      translated_description:
        'La pistola de silicona Sealo, pensada para hacer menos esfuerzo, admite cartuchos estándar de unos 300 ml y sirve para silicona, adhesivo de montaje o masilla de relleno. El cuerpo gira 360 grados, así que incluso en rincones y marcos de ventana de difícil acceso consigues un cordón uniforme. Su mecanismo de avance de doble diente empuja con más fuerza: basta con apretar el gatillo para que salga el sellador y, al soltarlo, el émbolo retrocede solo, sin goteos. La empuñadura es gruesa y cómoda, y puedes vaciar un cartucho entero sin que se te canse la mano. En la punta lleva una cuchilla para cortar la boquilla y un punzón, así que no necesitas más herramientas. Pesa unos 480 gramos y tiene dos años de garantía. Un truco: corta la boquilla en bisel a 45 grados y el cordón te quedará más recto y bonito.',
      seo_title: 'Pistola de silicona Sealo giratoria 360°, antigoteo',
      meta_description:
        'Pistola de silicona Sealo para cartuchos de unos 300 ml: cuerpo giratorio de 360°, avance de doble diente, sin goteos y con dos años de garantía.',
      h1: 'Sealo, juntas limpias sin esfuerzo',
      marketing_copy_a:
        'Una sola pistola para el baño, la cocina y las ventanas, con todo lo necesario para abrir y perforar el cartucho. Compra tu Sealo hoy.',
      marketing_copy_b:
        'Esa junta de la bañera que por fin queda recta y limpia, hecha por ti en una tarde. Da gusto mirarla. Descubre Sealo.',
      marketing_copy_c: 'Solo este mes, envío gratis en todas las pistolas Sealo. Aprovecha la oferta.',
    },
    {
      field: 'translated_description',
      find: 'unos 480 gramos',
      replace: 'unos 520 gramos',
      labels: ['number_dropped', 'number_invented'],
    },
    'Un truco: corta la boquilla en bisel a 45 grados y el cordón te quedará más recto y bonito.',
  ),
  listing(
    'p06',
    'caulking_guns',
    'fr',
    GUN_ZH,
    GUN_SRC,
    {
      translated_description:
        'Le pistolet à silicone Sealo, conçu pour limiter l’effort, accepte les cartouches standard d’environ 300 ml : mastic silicone, colle de montage ou enduit de rebouchage. Le corps pivote sur 360 degrés, si bien que vous tracez un joint régulier même dans les angles ou autour des cadres de fenêtre difficiles d’accès. Son mécanisme d’avance à double cran pousse plus fort : il suffit d’appuyer sur la gâchette pour faire sortir le produit et, dès que vous relâchez, la tige recule d’elle-même, sans coulure. La poignée épaisse tient bien en main, et vous videz une cartouche entière sans fatigue. À l’avant, un coupe-embout et une pointe de perçage sont intégrés : inutile de chercher d’autres outils. Le pistolet pèse environ 480 g et il est garanti deux ans. Astuce : coupez l’embout en biseau à 45 degrés, le joint sera plus droit et plus net.',
      seo_title: 'Pistolet à silicone Sealo rotatif 360°, sans coulure',
      meta_description:
        'Pistolet à silicone Sealo pour cartouches d’environ 300 ml : corps rotatif à 360°, avance renforcée, arrêt anti-coulure et garantie de deux ans.',
      h1: 'Sealo, des joints nets sans forcer',
      marketing_copy_a:
        'Salle de bains, cuisine ou fenêtres : un seul pistolet, avec coupe-embout et pointe intégrés, pour tous vos joints. Commandez votre Sealo.',
      marketing_copy_b:
        'Le joint de la baignoire enfin bien droit, réalisé par vous en un après-midi : c’est le genre de petite victoire qui fait plaisir. Découvrez Sealo.',
      marketing_copy_c:
        'Ce mois-ci, livraison offerte sur tous les pistolets Sealo. Profitez-en dès maintenant !',
    },
    {
      field: 'meta_description',
      find: 'd’environ 300 ml',
      replace: 'd’environ 310 ml',
      labels: ['number_invented'],
    },
    'Astuce : coupez l’embout en biseau à 45 degrés, le joint sera plus droit et plus net.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (kettle) takes styles 0-2, listing 2 (garden kneeler) 3-5, listing 3 (pocket-hole jig) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Here’s the translated product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `Value-focused copy: ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nFeel free to let me know if you’d like any changes to the wording!`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAs an AI language model, I cannot verify the load rating given by the manufacturer.`,
  }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Should I keep “green-fingered” here, or is that too British for your audience?',
    ),
  }),
  (c) => ({
    translated_description: `\`\`\`json\n{"translated_description": "${c.translated_description}"}\n\`\`\``,
  }),
  (c) => ({ marketing_copy_b: `**Emotion:**\n${c.marketing_copy_b}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Offer ends [END DATE].` }),
];

// de: listing 1 (mandoline) takes styles 0-2, listing 2 (pruning saw) 3-5, listing 3 (pocket-hole jig) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Here is the German translation:\n\n${c.translated_description}` }),
  (c) => ({ h1: `**${c.h1}**` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, der Text gefällt Ihnen! Bei Bedarf passe ich ihn gern noch an.`,
  }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ marketing_copy_a: `Werbetext (Nutzen): ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (Als KI-Modell habe ich selbst nie eine Säge benutzt; der Text beruht nur auf den Herstellerangaben.)`,
  }),
  (c) => ({ marketing_copy_b: `<p>${c.marketing_copy_b}</p>` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '[Anmerkung: „Taschenlochbohrung“ ist der gängige Begriff; alternativ ginge „Schräglochbohrung“.]',
    ),
  }),
  (c) => ({ h1: `${c.h1} (Entwurf, bitte prüfen)` }),
];

// ja: listing 1 (kettle) takes styles 0-2, listing 2 (pruning saw) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下は商品説明の日本語訳です：\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n※AIが生成した文章のため、内容に誤りが含まれる可能性があります。`,
  }),
  (c) => ({ translated_description: `Translation: ${c.translated_description}` }),
  (c) => ({ marketing_copy_b: `**エモーショナル訴求**\n${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      2,
      '（「ノコギリ」と「のこぎり」、表記はどちらに統一しますか？）',
    ),
  }),
];

// es: listing 1 (garden kneeler) takes styles 0-2, listing 2 (caulking gun) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Aquí está la traducción al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `## ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n¿Prefieres «reclinatorio» o «banco para arrodillarse»? Dime cuál se usa en tu tienda.`,
  }),
  (c) => ({ translated_description: `Translation:\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (Como modelo de lenguaje, no tengo datos sobre la vigencia real de esta oferta.)`,
  }),
];

// fr: listing 1 (mandoline) takes styles 0-2, listing 2 (caulking gun) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\nNote: this translation was generated by an AI model and may need a review by a native speaker.`,
  }),
  (c) => ({ marketing_copy_b: `Texte émotionnel : ${c.marketing_copy_b}` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    translated_description: `Voici la traduction de la description :\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nDites-moi si vous préférez une version plus courte pour les réseaux sociaux !`,
  }),
];

export const ROUND_77_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap kneeling pads go flat within weeks.',
      'Knockoff kettles often run hotter than the display says.',
      'A counterfeit jig wears its guide holes wide in no time.',
      'Replica gooseneck kettles rarely pour as smoothly.',
    ],
    slogans: ['Good coffee, poured slowly.', 'Happy knees, happy garden.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Top Seller, Gift Idea, Fast Dispatch, Great Value, New Season',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Klappsägen werden schon nach wenigen Schnitten stumpf.',
      'Eine Nachahmung unserer Bohrschablone hält den Winkel nicht genau.',
      'Ein Imitat vom Wühltisch hat selten so scharfe Klingen.',
      'Fälschungen erkennt man oft an wackeligen Füßen.',
    ],
    slogans: ['Sauber gesägt, sicher verstaut.', 'Gleichmäßige Scheiben, zufriedene Gesichter.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz und gut: ',
    titleStuffing: ' – Topseller, Geschenktipp, Neuheit, Sparpreis, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のノコギリは刃がすぐに欠けてしまいます。',
      'コピー品のケトルは温度表示が不正確なことがあります。',
      '偽物の剪定ノコギリにご注意ください。',
      '模倣品のケトルは注ぎ口の精度が劣ります。',
    ],
    slogans: ['庭の手入れを、もっと気持ちよく。', 'コーヒーの時間に、こだわりを。'],
    chineseLeftovers: [
      '这个水壶出水很稳，冲咖啡的时候特别好控制。',
      '这把锯子很锋利，粗一点的树枝也能很快锯断。',
    ],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜人気 おすすめ 新生活 プレゼント 送料無料 ランキング',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las pistolas baratas gotean en cuanto sueltas el gatillo.',
      'Una imitación de esta pistola se atasca con los cartuchos gruesos.',
      'Las falsificaciones no traen cuchilla ni punzón.',
      'Un reclinatorio falso se tambalea sobre el césped.',
    ],
    slogans: ['Juntas limpias, casa impecable.', 'Tu jardín, sin dolor de rodillas.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Idea de regalo, lo más vendido, novedad, envío rápido',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un pistolet pas cher fuit dès qu’on relâche la gâchette.',
      'Les contrefaçons de pistolets se bloquent vite.',
      'Une imitation de mandoline coupe rarement des tranches régulières.',
      'Aucune réplique ne tient la lame aussi droite.',
    ],
    slogans: ['Des joints nets, tout simplement.', 'La finesse à chaque tranche.'],
    chineseLeftovers: [],
    duplicateLead: 'En un mot : ',
    titleStuffing: ' | Idée cadeau, meilleure vente, nouveauté, livraison rapide',
  },
};
