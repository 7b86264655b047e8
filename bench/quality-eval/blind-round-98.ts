// Blind set, round 98 (written without reading the gate, committed before it is scored): six products from a big
// cross-border shop's ordinary day — women's fashion accessories, sports nutrition, fitness equipment, car care and
// outdoor furniture — in the categories silk_scarves, whey_protein_powders, adjustable_weight_benches,
// car_ceramic_coatings, rattan_garden_sofa_sets and hair_claw_clips, 12 hand-written listings, three artifact styles
// per listing and wording of its own. Artifact style of this round: mostly the common kinds the llm_artifact
// definition names, each in the listing's own language and worded afresh (a lead-in before the description, an
// eager "Sure –" / "Klar," / "¡Por supuesto!" / "Bien sûr !" opener, code fences with and without a language tag,
// a fenced JSON object, HTML tags (<p>, <div class>, <h1>, <h2>), markdown bold, ## headings and **labels**,
// field-label prefixes such as "Meta description:", "H1-Überschrift:", "キャッチコピーA：", "Texto emocional:",
// "Texte émotionnel :", AI disclaimers and sign-offs offering another version), plus a few subtler ones (a bracketed
// translator's note about a term, a status word "[überarbeitet]", a question to the requester, a note to a colleague
// by name, an unfilled placeholder 【ブランド名をここに入力】, a ※ note that the text is AI-generated); no digits in
// artifacts that land in the description, title or meta. The clean listings keep a shop voice that sometimes looks
// like a label ("Care:", "Entretien :") and avoid the forbidden word that the source's 仿藤 (synthetic rattan)
// invites. Sources are in ordinary Chinese shop style with many numbers (约, 以上, 以内, ranges with 到 and -, 两,
// Chinese number words, a percentage, a date, a grade code 9H, a steel grade 304, negative temperatures and angles).
// Legitimate numbers:
// Sericia 100% (100 %), 16姆米 (16 momme, 16 mommes), 90×90 cm (35 × 35 in), 四边 (all four edges, les quatre côtés),
// about 40 minutes, 六种 (six prints, six imprimés), 2025 (spring 2025, printemps 2025), about 55 g (1.9 oz),
// 30 °C以下 (below 30 °C (86 °F), en dessous de 30 °C), idioms 一样 (as … as), not a number;
// Forza 30 g, 两平勺 (zwei gestrichene Messlöffel, すりきりスプーン約2杯), 24 g, 80% (80 %), 3 g, about 120 kcal,
// 2.27 kg (2,27 kg), 5磅 (5 lb, 5ポンド), about 75 servings (rund 75 Portionen, 約75回分), BCAA about 5.5 g (5,5 g),
// 10 seconds (10 Sekunden, 10秒), within 30 minutes, 三种 (drei Sorten, 3種類), 18 months (18 Monate, 18か月),
// idiom 一份 (a serving: Ihren Shake, not a number);
// Ironlift 50×50 mm, 300 kg (661 lb), 7 positions, -15° to 85°, 3 positions (otras 3), 5 cm (2 in), about
// 125×32×20 cm (49 × 12.6 × 7.9 in), about 16 kg (35 lb), 两个 (two wheels, dos ruedas), about 10 minutes, 两年
// (two-year warranty, dos años), 双脚 (feet: not a number), idiom 一放 (just lean it), not a number;
// Glanzo 9H (9), 50 ml, 2 to 3 cars (2 bis 3, 2 à 3), 1 to 2 SUVs, about 110 degrees (110 Grad, 110 degrés), about
// 12 months, 15-30 °C (15 bis 30 °C, entre 15 et 30 °C), 3 to 5 minutes, 24 hours, 7 days, 两块 (zwei Schwämme, deux
// éponges), 十条 (zehn Mikrofasertücher, dix serviettes), idioms 一副手套 (ein Paar / une paire de gants) and 一滚就走;
// Patiora 四件套 (four-piece, vierteilig), 双人沙发 (two-seater, Zweisitzer), 两张 (two armchairs, zwei Sessel),
// 4 people (4 Personen), about 8 mm, -20 °C to 60 °C (-4 °F to 140 °F), 10 cm (3.9 in), 5 mm, about 90×50×40 cm,
// about 130 cm, about 70 cm, 150 kg以上 (150 kg (330 lb) or more, mindestens 150 kg), 3 years (3 Jahre), 1 year
// (1 Jahr), 一张茶几 (a coffee table, not a number);
// Mellow about 11 cm, about 5.5 cm (5,5 cm), 22 teeth (22本, 22 dientes), 304 steel, 5000 cycles (5000回, 5000),
// 4 pieces (4個セット, 4 pinzas), about 25 g, 7 days (7日間, 7 días), idioms 一把头发 (a handful of hair), 一盒 (a box)
// and 一整天 (all day, 一日中, todo el día), not numbers.
// Number edits: Sericia en title 90 × 90 → 95 × 95 cm (invented), fr 40 → 45 minutes (dropped + invented); Forza de
// meta 24 → 26 g (invented), ja 約75 → 約90回分 (dropped + invented, 75 is still in the meta); Ironlift en 10 → 25
// minutes (dropped + invented), es title 300 → 350 kg (invented); Glanzo de 110 → 120 Grad (dropped + invented, 110
// is still in the meta), fr meta 12 → 18 mois (invented); Patiora en an added foam density of 35 kg/m³ (invented),
// de meta 150 → 180 kg (invented); Mellow ja title 11 → 12 cm (invented), es 22 → 24 dientes (dropped + invented).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const SCARF_ZH = 'Sericia 桑蚕丝方巾 90×90厘米 16姆米';
const SCARF_SRC =
  'Sericia 真丝方巾选用100%桑蚕丝，16姆米重磅斜纹面料，尺寸为90×90厘米，可以当丝巾、发带，也能系在包包上。图案由设计师手绘，采用数码印花，背面颜色几乎和正面一样鲜亮。四边全部手工卷边，每条约需40分钟才能完成。本款共有六种花色，为2025年春季新款。单条重约55克，折好放进小包也不占地方。洗涤建议：30℃以下冷水手洗，不可漂白，阴干后低温熨烫。附赠礼盒，送妈妈、送闺蜜都很合适。';
const WHEY_ZH = 'Forza 浓缩乳清蛋白粉 5磅装 每份24克蛋白';
const WHEY_SRC =
  'Forza 浓缩乳清蛋白粉每份30克（约两平勺），含蛋白质24克，蛋白含量达80%，碳水化合物仅3克，热量约120千卡。每罐净含量2.27公斤（5磅），约75份。奶源来自新西兰草饲奶牛，每份另含BCAA约5.5克。冷水、牛奶都能冲，摇10秒就能溶开，不结块。建议训练后30分钟内喝一份，非训练日可在早餐时饮用。现有巧克力、香草、草莓三种口味。保质期18个月，生产日期见罐底。';
const BENCH_ZH = 'Ironlift 可调节哑铃凳 折叠健身椅 承重300公斤';
const BENCH_SRC =
  'Ironlift 可调节哑铃凳采用50×50毫米加厚方管，静态承重达300公斤。靠背有7档角度，从-15°下斜到85°接近直立，坐垫另有3档可调。坐垫和靠背填充5厘米厚高密度海绵，外层是防汗PU皮。前端脚托可拆卸，做仰卧起坐、卷腹时能固定双脚。折叠后约125×32×20厘米，靠墙一放就行。整凳重约16公斤，后面带两个滚轮，推起来很轻松。安装只需约10分钟，整凳保修两年。';
const COAT_ZH = 'Glanzo 9H 汽车镀晶套装 50毫升 送海绵毛巾';
const COAT_SRC =
  'Glanzo 9H 汽车镀晶套装，每瓶50毫升，轿车约可施工2到3台，SUV约1到2台。镀晶层硬度9H，抗紫外线、抗酸雨，水珠接触角约110度，下雨后水珠一滚就走。正确施工后效果可保持约12个月。施工前请先洗车并去除沥青和铁粉，在15-30℃、阴凉无风处操作，涂抹后等3到5分钟再擦匀。施工后24小时内不要淋雨或洗车，7天内不要用洗车液。套装含两块施工海绵、十条超细纤维毛巾和一副手套。';
const SOFA_ZH = 'Patiora 户外藤编沙发四件套 铝框架 可坐4人';
const SOFA_SRC =
  'Patiora 户外藤编沙发四件套，包括一张双人沙发、两张单人椅和一张茶几，可坐4人。框架为铝合金，不生锈；藤条是直径约8毫米的PE仿藤，耐晒耐冻，可在-20℃到60℃使用。坐垫厚10厘米，外套可拆洗、防泼水。茶几配5毫米钢化玻璃，尺寸约90×50×40厘米。双人沙发宽约130厘米，单人椅宽约70厘米，每个座位承重150公斤以上。框架保修3年，坐垫保修1年。';
const CLIP_ZH = 'Mellow 醋酸纤维大号鲨鱼夹 4只装 长11厘米';
const CLIP_SRC =
  'Mellow 大号鲨鱼夹采用醋酸纤维板材，不是普通塑料，色泽温润，不易褪色。夹子长约11厘米、宽约5.5厘米，适合中长发和发量多的姑娘，一把头发都能稳稳夹住。内侧有22颗防滑齿，夹得牢又不扯头发。弹簧为304不锈钢，经过5000次开合测试依然有力。一盒4只，颜色分别为琥珀、奶咖、黑色和透明粉。每只重约25克，戴一整天头也不累。自带丝绒收纳袋，送人也体面。支持7天无理由退换。';

export const ROUND_98_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'silk_scarves',
    'en',
    SCARF_ZH,
    SCARF_SRC,
    {
      translated_description:
        'The Sericia square scarf is made from 100% mulberry silk in a weighty 16 momme twill and measures 90 × 90 cm (35 × 35 in), so you can wear it round your neck or as a headband, or tie it to the handle of your bag. Every pattern is hand-drawn by our designers and digitally printed, and the colours on the reverse are almost as vivid as on the front. All four edges are rolled and stitched by hand, which takes about 40 minutes per scarf. The design comes in six prints and is new for spring 2025. At about 55 g (1.9 oz), it folds small enough to slip into even a little clutch. Care: hand wash in cold water below 30 °C (86 °F), do not bleach, dry in the shade and iron on a low setting. It arrives in a gift box, ready to give to your mum or your best friend.',
      seo_title: 'Sericia Mulberry Silk Square Scarf, 90 × 90 cm',
      meta_description:
        'Square scarf in 100% mulberry silk, 16 momme twill, 90 × 90 cm, with hand-rolled edges: six hand-drawn prints, new for spring 2025 and gift-boxed.',
      h1: 'Sericia – Hand-Drawn Silk for Every Outfit',
      marketing_copy_a:
        'Genuine mulberry silk, hand-rolled edges and prints you won’t find on the high street, in a scarf that works round your neck, in your hair or on your bag. Shop the Sericia collection.',
      marketing_copy_b:
        'That first mild morning of spring, silk catching the light with every step. Sericia feels cool against your skin and light as a breath. Discover your favourite print.',
      marketing_copy_c:
        'Spring launch: free gift wrapping and a handwritten card with every Sericia scarf this month. Order yours today.',
    },
    { field: 'seo_title', find: '90 × 90 cm', replace: '95 × 95 cm', labels: ['number_invented'] },
    'Care: hand wash in cold water below 30 °C (86 °F), do not bleach, dry in the shade and iron on a low setting.',
  ),
  listing(
    'p01',
    'silk_scarves',
    'fr',
    SCARF_ZH,
    SCARF_SRC,
    {
      translated_description:
        'Le carré Sericia est taillé dans un sergé de soie de mûrier 100 %, épais de 16 mommes, et mesure 90 × 90 cm : il se porte en foulard, en bandeau ou noué à l’anse d’un sac. Les motifs sont dessinés à la main par nos créatrices puis imprimés en numérique ; au verso, les couleurs sont presque aussi éclatantes qu’au recto. Les quatre côtés sont roulottés à la main, un travail d’environ 40 minutes par carré. Le modèle existe en six imprimés et fait partie de la nouvelle collection printemps 2025. Il pèse environ 55 g et, plié, se glisse dans la plus petite pochette. Entretien : lavage à la main à l’eau froide, en dessous de 30 °C, pas d’eau de Javel, séchage à l’ombre et repassage à basse température. Livré dans une boîte cadeau, il fera plaisir à votre mère comme à votre meilleure amie.',
      seo_title: 'Carré de soie de mûrier Sericia, 90 × 90 cm',
      meta_description:
        'Carré Sericia en soie de mûrier 100 %, sergé de 16 mommes, bords roulottés main : six imprimés dessinés à la main, collection printemps 2025, en boîte cadeau.',
      h1: 'Sericia, la soie qui signe chaque tenue',
      marketing_copy_a:
        'Une vraie soie de mûrier, des bords roulottés à la main et des motifs introuvables ailleurs : le même carré habille le cou, les cheveux ou le sac. Achetez votre Sericia dès aujourd’hui.',
      marketing_copy_b:
        'Le premier matin doux du printemps, la soie qui accroche la lumière à chaque pas. Fraîche sur la peau, légère comme un souffle. Découvrez votre motif préféré.',
      marketing_copy_c:
        'Lancement de printemps : emballage cadeau et carte manuscrite offerts ce mois-ci avec chaque carré Sericia. Commandez vite !',
    },
    {
      field: 'translated_description',
      find: 'environ 40 minutes',
      replace: 'environ 45 minutes',
      labels: ['number_dropped', 'number_invented'],
    },
    'Il pèse environ 55 g et, plié, se glisse dans la plus petite pochette.',
  ),
  listing(
    'p02',
    'whey_protein_powders',
    'de',
    WHEY_ZH,
    WHEY_SRC,
    {
      translated_description:
        'Jede Portion Forza Whey-Konzentrat wiegt 30 g (etwa zwei gestrichene Messlöffel) und liefert 24 g Eiweiß – ein Proteinanteil von 80 % – bei nur 3 g Kohlenhydraten und rund 120 kcal. Die Dose enthält netto 2,27 kg (5 lb) und reicht für rund 75 Portionen. Die Milch stammt von Weidekühen aus Neuseeland, dazu kommen pro Portion rund 5,5 g BCAA. Das Pulver lässt sich mit kaltem Wasser oder mit Milch anrühren und ist nach 10 Sekunden Schütteln ohne Klümpchen gelöst. Am besten trinken Sie Ihren Shake innerhalb von 30 Minuten nach dem Training; an trainingsfreien Tagen passt sie gut zum Frühstück. Erhältlich in drei Sorten: Schokolade, Vanille und Erdbeere. Die Haltbarkeit beträgt 18 Monate, das Herstellungsdatum finden Sie auf dem Dosenboden.',
      seo_title: 'Forza Whey-Protein, 2,27 kg Dose, 24 g Eiweiß je Portion',
      meta_description:
        'Forza Whey-Konzentrat mit 24 g Eiweiß und nur 3 g Kohlenhydraten pro Portion, rund 75 Portionen je Dose, in 10 Sekunden gelöst. In drei Sorten.',
      h1: 'Forza – sauberes Protein für Ihr Training',
      marketing_copy_a:
        'Viel Eiweiß, kaum Kohlenhydrate und eine Dose, die Sie wochenlang begleitet: Forza ist die solide Grundlage für jeden Trainingsplan. Jetzt bestellen.',
      marketing_copy_b:
        'Der letzte Satz ist geschafft, die Arme zittern, und im Shaker wartet schon Ihr Schoko-Shake. So schmeckt Fortschritt. Entdecken Sie Forza.',
      marketing_copy_c:
        'Zum Frühjahrsstart gibt es einen Shaker gratis zu jeder Dose Forza. Sichern Sie sich Ihr Paket, solange der Vorrat reicht.',
    },
    {
      field: 'meta_description',
      find: 'mit 24 g Eiweiß',
      replace: 'mit 26 g Eiweiß',
      labels: ['number_invented'],
    },
    'Die Haltbarkeit beträgt 18 Monate, das Herstellungsdatum finden Sie auf dem Dosenboden.',
  ),
  listing(
    'p02',
    'whey_protein_powders',
    'ja',
    WHEY_ZH,
    WHEY_SRC,
    {
      translated_description:
        'Forzaのホエイプロテイン（WPC）は、30g（すりきりスプーン約2杯）あたりたんぱく質24g、たんぱく質含有率は80%。炭水化物はわずか3gで、エネルギーは約120kcalです。内容量は2.27kg（5ポンド）で、約75回分。原料には、ニュージーランドで牧草を食べて育った乳牛のミルクを使用しています。BCAAも30gあたり約5.5g含まれています。水でも牛乳でも溶けやすく、シェイカーで10秒振るだけでダマになりません。トレーニング後30分以内の摂取がおすすめで、トレーニングのない日は朝食と一緒にどうぞ。フレーバーはチョコレート、バニラ、ストロベリーの3種類です。賞味期限は18か月で、製造日は缶の底に記載しています。',
      seo_title: 'Forza ホエイプロテイン 2.27kg たんぱく質24g',
      meta_description:
        '30gあたりたんぱく質24g、炭水化物3g、約120kcalのホエイプロテイン。約75回分入りで、10秒でさっと溶けます。',
      h1: 'Forza 毎日のトレーニングに、頼れるプロテイン',
      marketing_copy_a:
        '高たんぱく・低糖質で、たっぷり使える大容量。毎日の栄養補給を、このひと缶がしっかり支えます。今すぐ購入。',
      marketing_copy_b:
        '最後のセットを終えて、シェイカーを振る。その一杯が、明日の自分をつくります。ぜひチェックしてください。',
      marketing_copy_c: '新生活応援キャンペーン中。今ならシェイカーをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '約75回分',
      replace: '約90回分',
      labels: ['number_dropped', 'number_invented'],
    },
    '賞味期限は18か月で、製造日は缶の底に記載しています。',
  ),
  listing(
    'p03',
    'adjustable_weight_benches',
    'en',
    BENCH_ZH,
    BENCH_SRC,
    {
      translated_description:
        'The Ironlift adjustable weight bench is built from heavy-gauge 50 × 50 mm square tubing and has a static load capacity of 300 kg (661 lb). The backrest has 7 positions, from -15° for decline work up to an almost upright 85°, and the seat has 3 positions of its own. Seat and backrest are padded with 5 cm (2 in) of high-density foam and covered in sweat-resistant PU leather. The front leg holder is removable and keeps your feet in place for sit-ups and crunches. Folded, the bench measures about 125 × 32 × 20 cm (49 × 12.6 × 7.9 in) and simply leans against the wall. It weighs about 16 kg (35 lb) and has two wheels at the back, so it is easy to move around. Assembly takes only about 10 minutes, and the whole bench comes with a two-year warranty.',
      seo_title: 'Ironlift Adjustable Weight Bench, Foldable, 300 kg',
      meta_description:
        'Foldable weight bench with 7 backrest positions from -15° to 85°, 5 cm padding and a 300 kg load capacity. Two-year warranty.',
      h1: 'Ironlift – Your Home Gym, Ready in Minutes',
      marketing_copy_a:
        'Incline, flat and decline presses on a single bench that folds away after every session: a full routine without a gym membership. Get your Ironlift today.',
      marketing_copy_b:
        'Early morning, the coffee still brewing, and your first set done before the house wakes up. Training at home has never felt this good. Discover Ironlift.',
      marketing_copy_c:
        'New-season offer: a free pack of resistance bands with every Ironlift ordered this month. Buy now while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'about 10 minutes',
      replace: 'about 25 minutes',
      labels: ['number_dropped', 'number_invented'],
    },
    'It weighs about 16 kg (35 lb) and has two wheels at the back, so it is easy to move around.',
  ),
  listing(
    'p03',
    'adjustable_weight_benches',
    'es',
    BENCH_ZH,
    BENCH_SRC,
    {
      translated_description:
        'El banco de pesas regulable Ironlift está fabricado con tubo cuadrado reforzado de 50 × 50 mm y soporta una carga estática de 300 kg. El respaldo tiene 7 posiciones, desde -15° en declinado hasta 85°, casi en vertical, y el asiento se regula en otras 3. Asiento y respaldo llevan 5 cm de espuma de alta densidad con una funda de piel sintética PU que resiste el sudor. El soporte delantero para las piernas es desmontable y te sujeta los pies cuando haces abdominales y crunches. Plegado mide unos 125 × 32 × 20 cm, así que basta con apoyarlo contra la pared. Pesa unos 16 kg y lleva dos ruedas en la parte trasera para moverlo sin esfuerzo. El montaje lleva unos 10 minutos y el banco tiene dos años de garantía.',
      seo_title: 'Banco de pesas regulable Ironlift, plegable, 300 kg',
      meta_description:
        'Banco de pesas plegable Ironlift: respaldo con 7 posiciones de -15° a 85°, acolchado de 5 cm y hasta 300 kg de carga. Dos años de garantía.',
      h1: 'Ironlift, tu gimnasio en casa',
      marketing_copy_a:
        'Press inclinado, plano y declinado en un solo banco que se pliega al terminar: todo tu entrenamiento sin pagar cuota de gimnasio. Consigue tu Ironlift hoy.',
      marketing_copy_b:
        'Amanece, el café aún se está haciendo y tú ya has terminado tu primera serie. Entrenar en casa nunca había sentado tan bien. Descubre Ironlift.',
      marketing_copy_c:
        'Oferta de temporada: bandas elásticas de regalo con cada Ironlift pedido este mes. Compra ya, antes de que se agoten.',
    },
    { field: 'seo_title', find: '300 kg', replace: '350 kg', labels: ['number_invented'] },
    'El montaje lleva unos 10 minutos y el banco tiene dos años de garantía.',
  ),
  listing(
    'p04',
    'car_ceramic_coatings',
    'de',
    COAT_ZH,
    COAT_SRC,
    {
      translated_description:
        'Das Keramikversiegelungs-Set Glanzo 9H enthält 50 ml pro Flasche – genug für etwa 2 bis 3 Limousinen oder 1 bis 2 SUVs. Die Versiegelung erreicht eine Härte von 9H, schützt vor UV-Strahlung und saurem Regen und hat einen Kontaktwinkel von etwa 110 Grad: Nach dem Regen perlt das Wasser einfach ab. Richtig aufgetragen hält der Schutz rund 12 Monate. Waschen Sie das Auto vorher gründlich und entfernen Sie Teer und Flugrost; verarbeitet wird bei 15 bis 30 °C an einem schattigen, windstillen Platz. Nach dem Auftragen 3 bis 5 Minuten einwirken lassen, dann gleichmäßig auspolieren. In den ersten 24 Stunden sollte das Auto weder Regen abbekommen noch gewaschen werden, und 7 Tage lang verzichten Sie besser auf Autoshampoo. Im Set sind zwei Applikatorschwämme, zehn Mikrofasertücher und ein Paar Handschuhe enthalten.',
      seo_title: 'Glanzo 9H Keramikversiegelung fürs Auto, 50-ml-Set',
      meta_description:
        'Keramikversiegelung Glanzo 9H: 50 ml für 2 bis 3 Autos, Abperleffekt mit rund 110 Grad Kontaktwinkel und Schutz für etwa 12 Monate.',
      h1: 'Glanzo – Tiefenglanz, an dem der Regen abperlt',
      marketing_copy_a:
        'Profi-Finish ohne Werkstatttermin: Eine Flasche reicht für mehrere Autos und monatelangen Glanz. Jetzt bestellen und selbst versiegeln.',
      marketing_copy_b:
        'Sonntagmorgen, das Auto frisch gewaschen, und die Sonne spiegelt sich im Lack wie am ersten Tag. Dieses Gefühl bleibt, Schauer für Schauer. Entdecken Sie Glanzo.',
      marketing_copy_c:
        'Nur diesen Monat: ein zusätzliches Mikrofasertuch gratis zu jedem Set. Sichern Sie sich Glanzo jetzt.',
    },
    {
      field: 'translated_description',
      find: 'etwa 110 Grad',
      replace: 'etwa 120 Grad',
      labels: ['number_dropped', 'number_invented'],
    },
    'In den ersten 24 Stunden sollte das Auto weder Regen abbekommen noch gewaschen werden, und 7 Tage lang verzichten Sie besser auf Autoshampoo.',
  ),
  listing(
    'p04',
    'car_ceramic_coatings',
    'fr',
    COAT_ZH,
    COAT_SRC,
    {
      translated_description:
        'Le kit de protection céramique Glanzo 9H contient 50 ml par flacon, de quoi traiter environ 2 à 3 berlines ou 1 à 2 SUV. Le revêtement atteint une dureté de 9H et résiste aux UV comme aux pluies acides ; avec un angle de contact d’environ 110 degrés, l’eau perle et glisse sur la carrosserie dès qu’il pleut. Bien appliqué, il protège pendant environ 12 mois. Avant l’application, lavez la voiture et retirez le goudron et les particules de fer, puis travaillez entre 15 et 30 °C, à l’ombre et à l’abri du vent ; laissez agir 3 à 5 minutes avant de lustrer. Pendant les 24 heures qui suivent, évitez la pluie et le lavage, et attendez 7 jours avant d’utiliser du shampooing auto. Le kit comprend deux éponges d’application, dix serviettes en microfibre et une paire de gants.',
      seo_title: 'Kit céramique Glanzo 9H pour voiture, flacon de 50 ml',
      meta_description:
        'Protection céramique Glanzo 9H : 50 ml pour 2 à 3 voitures, effet perlant avec un angle de contact de 110 degrés et environ 12 mois de brillance.',
      h1: 'Glanzo, une carrosserie qui brille sous la pluie',
      marketing_copy_a:
        'Un rendu de professionnel sans rendez-vous au garage : un flacon pour plusieurs voitures et des mois de brillance. Commandez votre kit Glanzo.',
      marketing_copy_b:
        'Dimanche matin, la voiture fraîchement lavée, le soleil qui se reflète dans la peinture comme au premier jour. Cette sensation dure, averse après averse. Découvrez Glanzo.',
      marketing_copy_c:
        'Ce mois-ci seulement : une microfibre supplémentaire offerte avec chaque kit. Profitez-en vite !',
    },
    {
      field: 'meta_description',
      find: 'environ 12 mois',
      replace: 'environ 18 mois',
      labels: ['number_invented'],
    },
    'Le kit comprend deux éponges d’application, dix serviettes en microfibre et une paire de gants.',
  ),
  listing(
    'p05',
    'rattan_garden_sofa_sets',
    'en',
    SOFA_ZH,
    SOFA_SRC,
    {
      translated_description:
        'The Patiora four-piece rattan garden sofa set includes a two-seater sofa, two armchairs and a coffee table, seating 4 people in all. The aluminium frame will not rust, and the weave is PE synthetic rattan about 8 mm in diameter that stands up to sun and frost alike, for use from -20 °C to 60 °C (-4 °F to 140 °F). The seat cushions are 10 cm (3.9 in) thick, with removable, washable, splash-proof covers. The coffee table has a 5 mm tempered-glass top and measures about 90 × 50 × 40 cm. The two-seater is about 130 cm wide and each armchair about 70 cm, and every seat takes 150 kg (330 lb) or more. The frame is guaranteed for 3 years and the cushions for 1 year.',
      seo_title: 'Patiora Four-Piece Rattan Garden Sofa Set, Seats 4',
      meta_description:
        'Four-piece garden sofa set in PE rattan with a rust-free aluminium frame: two-seater, two armchairs and a glass-topped table, for -20 °C to 60 °C.',
      h1: 'Patiora – Long Summer Evenings Start Here',
      marketing_copy_a:
        'Rust-free aluminium, a weatherproof weave and covers that go straight in the wash: a garden set that looks good for years with hardly any upkeep. Shop Patiora now.',
      marketing_copy_b:
        'A warm evening, the last light on the patio, friends settling in with a cold drink and nobody in a hurry to leave. Discover Patiora.',
      marketing_copy_c:
        'Summer sale: a free weatherproof cover with every Patiora set ordered before the end of the month. Order today.',
    },
    {
      field: 'translated_description',
      replace: 'The cushion foam has a density of 35 kg/m³.',
      labels: ['number_invented'],
    },
    'The coffee table has a 5 mm tempered-glass top and measures about 90 × 50 × 40 cm.',
  ),
  listing(
    'p05',
    'rattan_garden_sofa_sets',
    'de',
    SOFA_ZH,
    SOFA_SRC,
    {
      translated_description:
        'Das vierteilige Gartenlounge-Set Patiora aus Polyrattan besteht aus einem Zweisitzer, zwei Sesseln und einem Couchtisch und bietet Platz für 4 Personen. Der Aluminiumrahmen rostet nicht; das Geflecht aus PE-Rattan mit etwa 8 mm Durchmesser ist UV- und frostbeständig und kann bei -20 °C bis 60 °C draußen bleiben. Die Sitzpolster sind 10 cm dick, ihre Bezüge abnehmbar, waschbar und wasserabweisend. Der Couchtisch hat eine Platte aus 5 mm Sicherheitsglas und misst etwa 90 × 50 × 40 cm. Der Zweisitzer ist rund 130 cm breit, jeder Sessel rund 70 cm, und jeder Sitzplatz trägt mindestens 150 kg. Auf den Rahmen gibt es 3 Jahre Garantie, auf die Polster 1 Jahr.',
      seo_title: 'Patiora Polyrattan-Lounge-Set, vierteilig, für 4 Personen',
      meta_description:
        'Vierteiliges Gartenlounge-Set aus Polyrattan mit rostfreiem Aluminiumrahmen, 10 cm dicken Polstern und Glastisch. Jeder Sitz trägt mindestens 150 kg.',
      h1: 'Patiora – lange Sommerabende auf der Terrasse',
      marketing_copy_a:
        'Rostfreies Aluminium, wetterfestes Geflecht und Bezüge für die Waschmaschine: ein Set, das jahrelang gut aussieht und kaum Pflege braucht. Jetzt bestellen.',
      marketing_copy_b:
        'Ein warmer Abend, das letzte Licht auf der Terrasse, Freunde mit einem kühlen Getränk, und niemand hat es eilig, nach Hause zu gehen. Entdecken Sie Patiora.',
      marketing_copy_c:
        'Sommeraktion: eine wetterfeste Schutzhülle gratis zu jedem Set, das bis Monatsende bestellt wird. Sichern Sie sich Ihr Patiora jetzt.',
    },
    {
      field: 'meta_description',
      find: 'mindestens 150 kg',
      replace: 'mindestens 180 kg',
      labels: ['number_invented'],
    },
    'Auf den Rahmen gibt es 3 Jahre Garantie, auf die Polster 1 Jahr.',
  ),
  listing(
    'p06',
    'hair_claw_clips',
    'ja',
    CLIP_ZH,
    CLIP_SRC,
    {
      translated_description:
        'Mellowの大きめヘアクリップは、一般的なプラスチックではなくアセテート素材を使用。やわらかな色つやで、色あせしにくいのが特長です。長さ約11cm、幅約5.5cmで、ミディアムからロングの髪や毛量の多い方でも、まとめた髪をしっかり留められます。内側には22本の滑り止めの歯があり、しっかり留まるのに髪を引っ張りません。バネには304ステンレスを使用し、5000回の開閉テスト後も力強さが変わりません。4個セットで、カラーはアンバー、ミルクティー、ブラック、クリアピンクです。重さは約25gと軽く、一日中つけていても頭が疲れにくい設計です。ベルベットの収納袋付きで、プレゼントにもぴったり。7日間の返品・交換に対応しています。',
      seo_title: 'Mellow アセテート ヘアクリップ 大 11cm 4個セット',
      meta_description:
        '長さ約11cmのアセテート製ヘアクリップ4個セット。22本の滑り止めの歯でしっかり留まり、バネは5000回の開閉テスト済みです。',
      h1: 'Mellow まとめ髪を、もっと手軽におしゃれに',
      marketing_copy_a:
        '上質なアセテートに丈夫なステンレスバネ。4色そろって、毎日のコーデに合わせて選べます。今すぐ購入。',
      marketing_copy_b:
        '忙しい朝も、くるっとまとめてパチンと留めるだけ。鏡に映る自分が、少しうれしくなります。ぜひチェックしてください。',
      marketing_copy_c: '今なら送料無料でお届け。人気のカラーは品切れになる前にカートへどうぞ。',
    },
    { field: 'seo_title', find: '大 11cm', replace: '大 12cm', labels: ['number_invented'] },
    '重さは約25gと軽く、一日中つけていても頭が疲れにくい設計です。',
  ),
  listing(
    'p06',
    'hair_claw_clips',
    'es',
    CLIP_ZH,
    CLIP_SRC,
    {
      translated_description:
        'Las pinzas de pelo grandes Mellow están hechas de placa de acetato, no de plástico corriente, con un brillo cálido que no destiñe fácilmente. Miden unos 11 cm de largo y unos 5,5 cm de ancho, así que sujetan bien el pelo medio o largo y las melenas abundantes, aunque recojas un buen mechón. Por dentro tienen 22 dientes antideslizantes que sujetan firme sin tirar del pelo. El muelle es de acero inoxidable 304 y conserva su fuerza tras 5000 ciclos de apertura y cierre en las pruebas. Cada caja trae 4 pinzas, en ámbar, café con leche, negro y rosa transparente. Cada pinza pesa unos 25 g, así que puedes llevarla todo el día sin notarla. Incluyen una bolsa de terciopelo para guardarlas, perfecta también para regalar. Tienes 7 días para devolverlas o cambiarlas sin dar explicaciones.',
      seo_title: 'Pinzas de pelo grandes Mellow de acetato, pack de 4',
      meta_description:
        'Pack de 4 pinzas de pelo Mellow de acetato, de unos 11 cm: 22 dientes antideslizantes, muelle de acero 304 y bolsa de terciopelo para regalar.',
      h1: 'Mellow, recogidos bonitos sin esfuerzo',
      marketing_copy_a:
        'Acetato de calidad, un muelle de acero que no se cansa y cuatro colores que combinan con todo: tus recogidos de diario, resueltos. Consigue tu pack Mellow.',
      marketing_copy_b:
        'Mañana con prisas: un giro de muñeca, un clic y el pelo recogido con estilo. Te miras al espejo y sonríes. Descubre Mellow.',
      marketing_copy_c:
        'Esta semana, envío gratis en todos los packs Mellow. Hazte con el tuyo antes de que se agoten tus colores favoritos.',
    },
    {
      field: 'translated_description',
      find: '22 dientes',
      replace: '24 dientes',
      labels: ['number_dropped', 'number_invented'],
    },
    'Cada pinza pesa unos 25 g, así que puedes llevarla todo el día sin notarla.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (silk scarf) takes styles 0-2, listing 2 (weight bench) 3-5, listing 3 (garden sofa set) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure – below is the product description, translated from Chinese and adapted for UK shoppers:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `<div class="copy copy--value">${c.marketing_copy_a}</div>` }),
  (c) => ({ h1: `**${c.h1}**` }),
  (c) => ({ meta_description: `Meta description: ${c.meta_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nAs an AI, I haven’t trained on this bench myself, so you may want to tone the claims up or down.`,
  }),
  (c) => ({ translated_description: `\`\`\`plaintext\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '[Translator’s note: I went with “synthetic rattan”, the usual trade term for PE wicker.]',
    ),
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHope this works for your summer campaign – happy to tweak the offer wording if needed.`,
  }),
];

// de: listing 1 (whey protein) takes styles 0-2, listing 2 (ceramic coating) 3-5, listing 3 (garden sofa set) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Klar, hier kommt die Beschreibung auf Deutsch:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `**Emotionaler Werbetext:** ${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nAls KI habe ich keinen Zugriff auf aktuelle Preise – bitte prüfen Sie die Aktion vor der Veröffentlichung.`,
  }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({ h1: `H1-Überschrift: ${c.h1}` }),
  (c) => ({
    marketing_copy_a: `\`\`\`json\n{ "marketing_copy_a": "${c.marketing_copy_a}" }\n\`\`\``,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nFalls Sie die Beschreibung lieber in der Du-Form hätten, passe ich sie gern an.`,
  }),
  (c) => ({ h1: `${c.h1} [überarbeitet]` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Soll ich hier lieber „Balkon“ statt „Terrasse“ schreiben?',
    ),
  }),
];

// ja: listing 1 (whey protein) takes styles 0-2, listing 2 (claw clips) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `かしこまりました。以下が商品説明の日本語訳です。\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `キャッチコピーA（価値訴求）：${c.marketing_copy_a}` }),
  (c) => ({ marketing_copy_c: `\`\`\`\n${c.marketing_copy_c}\n\`\`\`` }),
  (c) => ({ translated_description: `<div class="product-description">${c.translated_description}</div>` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n※この文章はAIが生成したものです。公開前に内容をご確認ください。`,
  }),
  (c) => ({ h1: `${c.h1}【ブランド名をここに入力】` }),
];

// es: listing 1 (weight bench) takes styles 0-2, listing 2 (claw clips) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Por supuesto! A continuación, la descripción traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `## ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n(Como modelo de lenguaje, no puedo comprobar la calidad real del acetato; conviene confirmarlo con el proveedor.)`,
  }),
  (c) => ({ marketing_copy_b: `Texto emocional: ${c.marketing_copy_b}` }),
];

// fr: listing 1 (silk scarf) takes styles 0-2, listing 2 (ceramic coating) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_b: `Texte émotionnel : ${c.marketing_copy_b}` }),
  (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (Camille, peux-tu vérifier la date de fin de l’offre avant la mise en ligne ?)`,
  }),
  (c) => ({
    translated_description: `Bien sûr ! Voici la fiche produit traduite en français :\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<h2>${c.h1}</h2>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nEn tant que modèle de langage, je ne peux pas garantir la durée réelle de cette promotion.`,
  }),
];

export const ROUND_98_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap weight benches start to wobble after a few weeks.',
      'Fake silk scarves feel slippery and never drape properly.',
      'Knockoff rattan sets fade and crack by the end of the summer.',
      'Counterfeit garden furniture often hides a steel frame that rusts.',
    ],
    slogans: ['Silk for every season.', 'Stronger every morning.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Gift for Her, Bestseller, New Season, Free Delivery, Top Rated',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Lounge-Sets bleichen in der Sonne schnell aus.',
      'Eine Fälschung erkennt man an der dünnen, wässrigen Versiegelung.',
      'Nachahmungen unseres Proteins enthalten oft deutlich mehr Zucker.',
      'Imitate vom Wühltisch verlieren schnell ihren Glanz.',
    ],
    slogans: ['Glanz, der bleibt.', 'Draußen zu Hause.'],
    chineseLeftovers: [],
    duplicateLead: 'Zusammengefasst: ',
    titleStuffing: ' – Geschenk, Bestseller, Neuheit, Sommerangebot, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のプロテインは溶けにくく、ダマになりがちです。',
      'コピー品のヘアクリップはバネがすぐに弱くなります。',
      '偽物のプロテインには、成分表示と中身が違うものもあります。',
      '模倣品のクリップは色あせしやすいので注意が必要です。',
    ],
    slogans: ['まとめ髪に、ときめきを。', '毎日の一杯が、力になる。'],
    chineseLeftovers: ['这款蛋白粉冲起来很快，一点也不结块。', '这个抓夹很结实，头发多也能夹得住。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜人気 ランキング 新作 プレゼント 送料無料 おすすめ',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las pinzas baratas se rompen enseguida.',
      'Una imitación de acetato pierde el brillo en pocas semanas.',
      'Las falsificaciones no superan ninguna prueba de resistencia.',
      'Un banco falso puede ceder justo cuando más peso levantas.',
    ],
    slogans: ['Tu pelo, tu estilo.', 'Fuerza en casa, sin excusas.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Regalo, novedad, top ventas, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un kit céramique pas cher ne protège que quelques semaines.',
      'Les fausses soies glissent et se froissent au moindre geste.',
      'Méfiez-vous des contrefaçons vendues sans fiche technique.',
      'Aucune réplique n’a la douceur d’un vrai carré de soie.',
    ],
    slogans: ['La brillance, même sous la pluie.', 'La soie, tout simplement.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Cadeau, nouveauté, best-seller, livraison gratuite',
  },
};
