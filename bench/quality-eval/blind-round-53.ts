// Blind set, round 53 (written without reading the gate, committed before it is scored): six stationery, pet,
// kitchen, garden, baby and sports products in the categories pencil_cases, cat_scratching_posts, salad_spinners,
// garden_hose_reels, baby_play_mats and badminton_rackets, 12 hand-written listings, three artifact styles per
// listing and wording of its own (this round: as close as possible to the shared dev set — the artifact kinds the
// llm_artifact definition names, in new wordings and in each language's own phrasing: lead-ins ("Sure — here’s the
// English version…", "Gerne, hier ist die Produktbeschreibung auf Deutsch:", "はい、承知しました。…翻訳しました。",
// "¡Por supuesto! Aquí tienes…", "Bien sûr ! Voici la fiche produit…"), AI self-references ("As an AI, I can’t…",
// "Als KI-Assistent…", "※本文はAIが生成したものです", "Como modelo de lenguaje…", "En tant qu’IA…"), code fences
// (```markdown, bare ```, ```json around an object), HTML (<meta content="…">, <br />, <b>, <div>, <strong>, <p>,
// <em>), field-label prefixes ("SEO title:", "Meta-Beschreibung:", "SEO-Titel：" with a full-width colon,
// 【SEOタイトル】, "**Copy de valor:**", "Encabezado principal:", "Titre SEO : « … »", a markdown heading) and closing
// remarks after the content ("Happy to adjust…", "Ich hoffe, diese Übersetzung…", "以上です。…", "Espero que te
// sirva…" after a dash line, "N’hésitez pas…", "Note: I have kept…"), in description, title, meta, h1 and copies;
// no digits in any artifact). Sources are written with the number forms a real Chinese shop uses (约/左右/以上/以内,
// 两/俩/一对, numerals as words, 十几, neighbouring numerals 五六十 / 两三 / 二三, ranges, 百分之, 半, 长×宽×高, 克/公斤/斤,
// 升, warranty years and months, model numbers). Legitimate numbers:
// Penora PC-306 (model), 三层 (three-tier, 3層), about 22×10×8 cm (L × W × H, 長さ22×幅10×高さ8cm), 五六十支 (50 to
// 60 pens, 50〜60本), 180 g (6.3 oz), 三个 (three, 3つ) spaces, 十几个 (more than ten, 十数個) loops, 5000次以上 (over
// 5,000, 5000回以上), 两种 (two, 2色) colours, 一年 (one-year, 1年保証), idiom 一次收好 (at once, まとめて);
// Clawby CT-75 (model), about 75 cm, 40×40 cm (40 × 40 cm), about 9 cm, 十几米 (über zehn Meter, plus de dix
// mètres), 约20斤 (rund 10 kg, environ 10 kg: 斤 = 500 g), 8公斤以内 (bis 8 kg, jusqu’à 8 kg), 两个 (zwei, deux)
// balls, 一对 (ein Paar, une paire) ropes, 一个月左右 (etwa einmal im Monat, environ une fois par mois), 三至五分钟
// (drei bis fünf Minuten, trois à cinq minutes), 俩猫 (zwei Katzen, deux chats), 六个月 (sechs Monate, six mois),
// 圆形 (round: not a number);
// Crispo SS-5 (model), 5升 (5 litres, 5 litros), 两三棵 (two or three, dos o tres), 三到四口 (three to four, tres o
// cuatro), 半分钟左右 (about half a minute, medio minuto), 百分之90以上 (more than 90%, más del 90 %), about 26 cm
// (10.2 in), about 17 cm (6.7 in), about 850 g, 零下20℃至100℃ (-20 °C to 100 °C, -4 °F to 212 °F), 两年 (two-year,
// dos años), idioms 一次 (in one go, de una vez) and 一圈 (a ring, un aro);
// Reelo HR-30 (model), 30米 (30 Meter, 30m), 四层 (vierlagig, 4層), about 1.6 cm (1,6 cm), 40米 (40 Meter, 40m),
// about 52×45×88 cm (L × B × H, 長さ52×幅45×高さ88cm), about 6.5 kg (6,5 kg), 两个 (zwei, 2つ) wheels, 七种 (sieben,
// 7種類), 三个 (drei, 3個) couplings, 十几秒 (gut zehn Sekunden, 十数秒), 二三分钟 (zwei, drei Minuten, 2〜3分), 三年
// (drei Jahre, 3年);
// Nuvi PM-200 (model), 200×180 cm (200 × 180 cm), 1.5 cm (1,5 cm), about 4斤 (about 2 kg, environ 2 kg: 斤 = 500 g),
// about 50×45×6 cm folded, 0至3岁 (0 to 3 years, de 0 à 3 ans), 一对 (two straps, une paire de sangles), 十二个月
// (12-month, douze mois), 双面 (reversible, réversible: not a number), idioms 一面…一面 (on one side, on the other),
// 一擦 (a single wipe, un simple coup d’éponge);
// Shuttlo AX-7 (model), about 83 g, 4U (4U), about 295 mm, 22-28磅 (22–28 lbs, de 22 a 28 libras), 24磅左右 (etwa 24
// lbs, unas 24 libras), 两支 (zwei, dos; 2er-Set, set de 2), 三个 (drei, tres) shuttlecocks, 一个拍包 (eine
// Schlägertasche, una funda: idiomatic), 十几道 (über zehn, más de diez), 半年 (ein halbes Jahr, seis meses), idiom
// 一体成型 (in einem Stück, en una sola pieza).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const PENCIL_ZH = 'Penora PC-306 三层大容量笔袋 雾蓝/燕麦白';
const PENCIL_SRC =
  'Penora PC-306 三层大容量笔袋，尺寸约长22×宽10×高8厘米，能装五六十支笔，尺子、橡皮、修正带也能一次收好。外层采用防泼水牛津布，内衬加厚，整只重量仅约180克。主仓、副仓加前袋共三个独立空间，内置十几个弹力插位，笔再多也不乱。拉链经过5000次以上开合测试，顺滑耐用。有雾蓝和燕麦白两种颜色。学生上课、画画、办公都适用，保修一年，非人为损坏免费换新。';
const SCRATCHER_ZH = 'Clawby CT-75 剑麻猫抓柱 高75厘米';
const SCRATCHER_SRC =
  'Clawby CT-75 猫抓柱整体高约75厘米，底座长×宽为40×40厘米，配重加厚，大猫扑上去也不晃。柱身缠绕天然剑麻绳，直径约9厘米，单根绳长十几米，耐抓耐磨。顶部圆形平台可承重约20斤，适合体重8公斤以内的猫咪。附赠两个逗猫毛球和一对替换绳，绳子抓旧了一个月左右换一次就行。免工具安装，三至五分钟搞定。家里有俩猫也够用。质保六个月，非人为损坏包换。';
const SPINNER_ZH = 'Crispo SS-5 按压式沙拉甩干器 5升';
const SPINNER_SRC =
  'Crispo SS-5 按压式沙拉甩干器容量5升，一次能甩干两三棵生菜，三到四口之家刚好够用。轻按几下，半分钟左右就能甩掉百分之90以上的水分，拌出来的沙拉不水不淡。内篮可单独当沥水篮用，外碗也能当沙拉碗直接上桌。外碗直径约26厘米，高约17厘米，整机重约850克。底部一圈防滑硅胶垫，转起来不乱跑。采用食品级PP材质，耐温零下20℃至100℃，可放入洗碗机下层清洗。保修两年。';
const HOSE_REEL_ZH = 'Reelo HR-30 手推式水管车 配30米水管';
const HOSE_REEL_SRC =
  'Reelo HR-30 手推式水管车，标配30米加厚四层防爆水管，内径约1.6厘米，最多可缠绕40米水管。车架为粉末喷涂钢管，整车长×宽×高约52×45×88厘米，重约6.5公斤，两个大轮子在草坪、石子路上都推得动。附赠七种出水模式的喷枪和三个快接头，接上水龙头十几秒就能用。浇完花摇动手柄，二三分钟就能把水管收好。风吹日晒不怕老化，水管保用三年。';
const PLAY_MAT_ZH = 'Nuvi PM-200 XPE宝宝爬行垫 双面图案';
const PLAY_MAT_SRC =
  'Nuvi PM-200 宝宝爬行垫采用XPE环保材料，尺寸长200×宽180厘米，厚度1.5厘米，宝宝摔倒也不怕。双面图案，一面是字母和小动物，一面是城市道路，正反都能玩。表面防水，奶渍、果汁一擦就干净。整张垫子重约4斤，可折叠，折好后约长50×宽45×高6厘米，放在床底或车后备箱都不占地方。适合0至3岁宝宝，从学爬到学走都能用。无甲醛、无异味，附赠一对收纳绑带，保修十二个月。';
const RACKET_ZH = 'Shuttlo AX-7 全碳素羽毛球拍 两支装';
const RACKET_SRC =
  'Shuttlo AX-7 羽毛球拍采用高模量碳纤维一体成型，单支重约83克（4U），平衡点约295毫米，偏进攻型。建议拉线磅数22-28磅，新手拉24磅左右就够了。套装含两支球拍、三个尼龙羽毛球和一个拍包，情侣、亲子一起打都合适。拍框经过十几道工序打磨，中杆弹性好，杀球有力。出厂已穿好线，到手就能打。拍框保修半年，断线不在保修范围内。';

export const ROUND_53_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'pencil_cases',
    'en',
    PENCIL_ZH,
    PENCIL_SRC,
    {
      translated_description:
        'The Penora PC-306 is a three-tier, large-capacity pencil case measuring about 22 × 10 × 8 cm (L × W × H). It holds 50 to 60 pens, with room left for a ruler, erasers and correction tape, so everything goes in at once. The outer shell is water-repellent Oxford fabric with a padded lining, and the whole case weighs only about 180 g (6.3 oz). A main compartment, a second compartment and a front pocket give you three separate spaces, and more than ten elastic loops keep even a big pen collection in order. The zip has passed over 5,000 opening and closing tests, so it stays smooth and durable. Choose from two colours: misty blue and oat white. Made for lessons, drawing and the office alike, it comes with a one-year warranty and free replacement for any damage not caused by misuse.',
      seo_title: 'Penora PC-306 Pencil Case with 3 Compartments',
      meta_description:
        'Three-tier Penora pencil case in water-repellent Oxford fabric: holds 50 to 60 pens, more than ten elastic loops, about 180 g and a one-year warranty.',
      h1: 'Penora PC-306: Room for Every Pen You Own',
      marketing_copy_a:
        'One case swallows the whole desk drawer – pens, ruler, eraser and correction tape, sorted into separate compartments. Buy the Penora PC-306 now.',
      marketing_copy_b:
        'The first day of term feels lighter when everything has its place. Open the zip, find the right pen straight away and start drawing. Discover the Penora in misty blue or oat white.',
      marketing_copy_c:
        'Back-to-school offer: a free name label with every Penora this month. Add it to your cart while stocks last.',
    },
    {
      field: 'seo_title',
      find: 'with 3 Compartments',
      replace: 'with 4 Compartments',
      labels: ['number_invented'],
    },
    'The zip has passed over 5,000 opening and closing tests, so it stays smooth and durable.',
  ),
  listing(
    'p01',
    'pencil_cases',
    'ja',
    PENCIL_ZH,
    PENCIL_SRC,
    {
      translated_description:
        'Penora PC-306は、3層構造の大容量ペンケースです。サイズは約長さ22×幅10×高さ8cm。ペンなら50〜60本が入り、定規や消しゴム、修正テープもまとめて収納できます。表地は撥水加工のオックスフォード生地、内側はクッション入りで、重さは約180gと軽量です。メイン、サブ、フロントポケットの3つの独立したスペースに十数個のゴム製ペンホルダーを備え、ペンが多くても散らかりません。ファスナーは5000回以上の開閉テストをクリアしており、なめらかで丈夫です。カラーはミストブルーとオートミールホワイトの2色。授業にもお絵描きにもオフィスにも使え、1年保証付きです。お客様の過失によらない破損は、無料で新品と交換いたします。',
      seo_title: 'Penora 3層 大容量ペンケース PC-306 撥水',
      meta_description:
        '撥水オックスフォード生地の3層ペンケース。ペン50〜60本に定規や消しゴムもまとめて収納。約180gと軽く、1年保証付き。',
      h1: 'Penora ペンも文具もすっきり収まるペンケース',
      marketing_copy_a:
        '3つの収納スペースと十数個のペンホルダーで、机の引き出しの中身がひとつにまとまります。今すぐ購入。',
      marketing_copy_b:
        '新学期の朝、使いたいペンがすぐ見つかるだけで、気持ちが少し軽くなります。お気に入りの色をぜひチェックしてください。',
      marketing_copy_c: '新学期キャンペーン中につき、今ならネームタグをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '重さは約180g',
      replace: '重さは約150g',
      labels: ['number_dropped', 'number_invented'],
    },
    'ファスナーは5000回以上の開閉テストをクリアしており、なめらかで丈夫です。',
  ),
  listing(
    'p02',
    'cat_scratching_posts',
    'de',
    SCRATCHER_ZH,
    SCRATCHER_SRC,
    {
      translated_description:
        'Die Kratzsäule Clawby CT-75 ist insgesamt rund 75 cm hoch und steht auf einer beschwerten Bodenplatte von 40 × 40 cm – da wackelt nichts, auch wenn ein großer Kater mit Schwung daran hochspringt. Der Stamm ist mit Naturseil aus Sisal umwickelt, misst etwa 9 cm im Durchmesser und trägt über zehn Meter Seil am Stück: kratzfest und strapazierfähig. Die runde Liegefläche oben trägt rund 10 kg und eignet sich für Katzen bis 8 kg Körpergewicht. Mitgeliefert werden zwei Plüschbälle zum Spielen und ein Paar Ersatzseile; ist das Seil zerkratzt, tauschen Sie es etwa einmal im Monat aus. Der Aufbau gelingt ohne Werkzeug in drei bis fünf Minuten. Auch wenn zwei Katzen im Haushalt leben, reicht sie locker. Sie erhalten sechs Monate Garantie und kostenlosen Ersatz bei Schäden, die nicht durch unsachgemäßen Gebrauch entstanden sind.',
      seo_title: 'Clawby CT-75 Kratzsäule mit Sisal, 75 cm hoch',
      meta_description:
        'Kratzsäule Clawby CT-75: rund 75 cm hoch, standfeste Bodenplatte mit 40 × 40 cm, Naturseil aus Sisal und Liegefläche oben – für Katzen bis 8 kg.',
      h1: 'Clawby – Kratzspaß, der nicht wackelt',
      marketing_copy_a:
        'Ersatzseile liegen gleich bei: Ist der Sisal zerkratzt, wechseln Sie nur das Seil statt der ganzen Säule. Jetzt bestellen.',
      marketing_copy_b:
        'Endlich ein Platz, an dem sich Ihre Katze nach Herzenslust strecken darf – und das Sofa bleibt heil. Entdecken Sie Clawby.',
      marketing_copy_c:
        'Nur diesen Monat: eine Tüte Katzenminze gratis zu jeder Clawby. Sichern Sie sich Ihre Kratzsäule jetzt.',
    },
    {
      field: 'translated_description',
      find: 'misst etwa 9 cm im Durchmesser',
      replace: 'misst etwa 12 cm im Durchmesser',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der Aufbau gelingt ohne Werkzeug in drei bis fünf Minuten.',
  ),
  listing(
    'p02',
    'cat_scratching_posts',
    'fr',
    SCRATCHER_ZH,
    SCRATCHER_SRC,
    {
      translated_description:
        'Le griffoir Clawby CT-75 mesure environ 75 cm de haut et repose sur un socle lesté de 40 × 40 cm : même un gros chat qui s’y élance ne le fait pas vaciller. Le poteau, d’environ 9 cm de diamètre, est entouré de plus de dix mètres de corde en sisal naturel d’un seul tenant, qui résiste aux griffes et à l’usure. Le plateau rond du sommet supporte environ 10 kg et convient aux chats jusqu’à 8 kg. Deux balles en peluche et une paire de cordes de rechange sont fournies ; quand la corde est abîmée, il suffit de la changer environ une fois par mois. Le montage se fait sans outils en trois à cinq minutes. Même avec deux chats à la maison, il fait largement l’affaire. Il est garanti six mois, avec remplacement gratuit en cas de dommage non lié à une mauvaise utilisation.',
      seo_title: 'Griffoir Clawby CT-75 en sisal naturel, 75 cm de haut',
      meta_description:
        'Griffoir Clawby CT-75 : 75 cm de haut, socle lesté de 40 × 40 cm, sisal naturel et plateau supportant environ 10 kg, pour les chats jusqu’à 8 kg.',
      h1: 'Clawby, le griffoir qui tient bon',
      marketing_copy_a:
        'Les cordes de rechange sont incluses : quand le sisal est usé, vous changez la corde, pas tout le griffoir. Commandez votre Clawby.',
      marketing_copy_b:
        'Un coin rien qu’à lui pour s’étirer et griffer tout son soûl, et un canapé enfin épargné. Découvrez Clawby.',
      marketing_copy_c:
        'Ce mois-ci, un sachet d’herbe à chat offert avec chaque griffoir. Profitez-en vite !',
    },
    {
      field: 'meta_description',
      find: 'jusqu’à 8 kg',
      replace: 'jusqu’à 12 kg',
      labels: ['number_invented'],
    },
    'Le montage se fait sans outils en trois à cinq minutes.',
  ),
  listing(
    'p03',
    'salad_spinners',
    'en',
    SPINNER_ZH,
    SPINNER_SRC,
    {
      translated_description:
        'The Crispo SS-5 push-button salad spinner holds 5 litres, enough to dry two or three heads of lettuce in one go – just right for a household of three to four. A few presses and, in about half a minute, more than 90% of the water is gone, so your salad never turns watery or bland. The inner basket doubles as a colander, and the outer bowl goes straight to the table as a serving bowl. The bowl measures about 26 cm (10.2 in) across and about 17 cm (6.7 in) high, and the whole spinner weighs about 850 g. A ring of non-slip silicone underneath keeps it from wandering while it spins. It is made of food-grade PP, withstands -20 °C to 100 °C (-4 °F to 212 °F) and can go on the bottom rack of the dishwasher. It comes with a two-year warranty.',
      seo_title: 'Crispo SS-5 Salad Spinner, 5 L, Dishwasher-Safe',
      meta_description:
        'Push-button salad spinner with a 5-litre bowl: removes over 90% of the water in about half a minute, non-slip base, food-grade PP and a two-year warranty.',
      h1: 'Crispo: Crisp Salad, No Soggy Leaves',
      marketing_copy_a:
        'Spinner, colander and serving bowl in one – three kitchen jobs, one spot in the cupboard. Order your Crispo today.',
      marketing_copy_b:
        'Crunchy leaves, a dressing that actually clings, a salad you are proud to put on the table. It all starts with dry greens. Discover Crispo.',
      marketing_copy_c:
        'Summer salad deal: a free recipe booklet with every Crispo ordered this week. Shop now.',
    },
    {
      field: 'translated_description',
      replace: 'The gear mechanism is rated for 10,000 spins.',
      labels: ['number_invented'],
    },
    'The bowl measures about 26 cm (10.2 in) across and about 17 cm (6.7 in) high, and the whole spinner weighs about 850 g.',
  ),
  listing(
    'p03',
    'salad_spinners',
    'es',
    SPINNER_ZH,
    SPINNER_SRC,
    {
      translated_description:
        'La centrifugadora de ensalada Crispo SS-5, de pulsador, tiene 5 litros de capacidad: seca dos o tres lechugas de una vez, justo lo que necesita una familia de tres o cuatro personas. Con unas cuantas pulsaciones, en medio minuto aproximadamente elimina más del 90 % del agua, así que la ensalada no queda aguada ni sosa. El cestillo interior sirve de escurridor por sí solo, y el bol exterior puede ir directamente a la mesa como ensaladera. El bol mide unos 26 cm de diámetro y unos 17 cm de alto, y el conjunto pesa unos 850 g. Un aro de silicona antideslizante en la base evita que se desplace al girar. Está fabricada en PP apto para uso alimentario, resiste de -20 °C a 100 °C y puede lavarse en la bandeja inferior del lavavajillas. Tiene una garantía de dos años.',
      seo_title: 'Centrifugadora de ensalada Crispo SS-5 de 5 litros',
      meta_description:
        'Centrifugadora de ensalada de pulsador con 5 litros de capacidad: elimina más del 90 % del agua en medio minuto. PP alimentario y dos años de garantía.',
      h1: 'Crispo, ensaladas crujientes sin agua en el plato',
      marketing_copy_a:
        'Centrifugadora, escurridor y ensaladera en un solo utensilio: menos cacharros en el armario. Compra tu Crispo hoy.',
      marketing_copy_b:
        'Hojas crujientes y un aliño que por fin se queda en la lechuga. Las buenas ensaladas empiezan con verduras bien secas. Descubre Crispo.',
      marketing_copy_c:
        'Esta semana, un recetario de ensaladas de regalo con cada Crispo. Aprovecha la oferta.',
    },
    {
      field: 'translated_description',
      find: 'el conjunto pesa unos 850 g',
      replace: 'el conjunto pesa unos 950 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Está fabricada en PP apto para uso alimentario, resiste de -20 °C a 100 °C y puede lavarse en la bandeja inferior del lavavajillas.',
  ),
  listing(
    'p04',
    'garden_hose_reels',
    'de',
    HOSE_REEL_ZH,
    HOSE_REEL_SRC,
    {
      translated_description:
        'Der Schlauchwagen Reelo HR-30 wird mit einem 30 Meter langen, verstärkten vierlagigen Schlauch geliefert, der nicht so leicht platzt. Der Innendurchmesser beträgt rund 1,6 cm, und auf die Trommel passen bis zu 40 Meter Schlauch. Das Gestell aus pulverbeschichtetem Stahlrohr misst insgesamt etwa 52 × 45 × 88 cm (L × B × H) und wiegt rund 6,5 kg; dank zwei großer Räder lässt es sich über Rasen und Kies mühelos schieben. Dazu gibt es eine Brause mit sieben Strahlarten und drei Schnellkupplungen – am Wasserhahn angeschlossen, ist alles in gut zehn Sekunden einsatzbereit. Nach dem Gießen kurbeln Sie den Schlauch in zwei, drei Minuten wieder auf. Sonne und Wind lassen ihn nicht so schnell altern, und auf den Schlauch gibt es drei Jahre Garantie.',
      seo_title: 'Reelo HR-30 Schlauchwagen mit 30 m Gartenschlauch',
      meta_description:
        'Schlauchwagen Reelo HR-30 mit 30 m vierlagigem Schlauch, Brause mit sieben Strahlarten, drei Schnellkupplungen und zwei großen Rädern für Rasen und Kies.',
      h1: 'Reelo – Schluss mit dem Schlauchsalat',
      marketing_copy_a:
        'Schlauch, Brause und Kupplungen sind schon dabei – auspacken, anschließen, gießen. Jetzt bestellen.',
      marketing_copy_b:
        'Abends durch den Garten gehen, die Beete gießen und danach nichts wegräumen außer ein paar Kurbeldrehungen. Entdecken Sie Reelo.',
      marketing_copy_c:
        'Zum Frühlingsstart gibt es eine zweite Brause gratis dazu. Sichern Sie sich Ihren Reelo, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'drei Schnellkupplungen',
      replace: 'fünf Schnellkupplungen',
      labels: ['number_invented'],
    },
    'Der Innendurchmesser beträgt rund 1,6 cm, und auf die Trommel passen bis zu 40 Meter Schlauch.',
  ),
  listing(
    'p04',
    'garden_hose_reels',
    'ja',
    HOSE_REEL_ZH,
    HOSE_REEL_SRC,
    {
      translated_description:
        'Reelo HR-30は手押し式のホースリールカートです。破裂しにくい4層構造の厚手ホース30mが標準で付属し、内径は約1.6cm、最大40mまでホースを巻き取れます。フレームは粉体塗装のスチールパイプで、本体サイズは約長さ52×幅45×高さ88cm、重さは約6.5kg。大きな車輪が2つ付いているので、芝生の上でも砂利道でもスムーズに押せます。7種類の散水パターンを切り替えられるシャワーノズルと、ワンタッチジョイント3個が付属し、蛇口につなげば十数秒で使い始められます。水やりが終わったらハンドルを回すだけで、2〜3分でホースを巻き取れます。風や日差しにさらされても劣化しにくく、ホースには3年保証が付いています。',
      seo_title: 'Reelo 手押し式ホースリール HR-30 ホース30m付き',
      meta_description:
        '4層構造の厚手ホース30m付き手押し式ホースリール。大きな車輪で芝生も砂利道もスムーズ、ハンドルを回せば2〜3分で巻き取り完了。',
      h1: 'Reelo 水やりのあとも、ホースがすっきり片づく',
      marketing_copy_a:
        'ホース、ノズル、ジョイントまで全部そろったセット。届いたその日から水やりに使えます。今すぐ購入。',
      marketing_copy_b:
        '夕暮れの庭で花に水をあげる時間が、もっと気持ちのいいひとときに。面倒な片づけはもういりません。ぜひチェックしてください。',
      marketing_copy_c: '春のガーデニング応援セール、今ならノズルをもう一本プレゼント。お早めにどうぞ。',
    },
    {
      field: 'translated_description',
      find: '重さは約6.5kg',
      replace: '重さは約5.5kg',
      labels: ['number_dropped', 'number_invented'],
    },
    '7種類の散水パターンを切り替えられるシャワーノズルと、ワンタッチジョイント3個が付属し、蛇口につなげば十数秒で使い始められます。',
  ),
  listing(
    'p05',
    'baby_play_mats',
    'en',
    PLAY_MAT_ZH,
    PLAY_MAT_SRC,
    {
      translated_description:
        'The Nuvi PM-200 baby play mat is made of eco-friendly XPE foam and measures 200 × 180 cm (L × W), with a thickness of 1.5 cm, so little tumbles are nothing to worry about. It is printed on both sides – letters and little animals on one, city roads on the other – so either face can be played on. The surface is waterproof, and milk or juice spills come off with a single wipe. The whole mat weighs about 2 kg and folds down to about 50 × 45 × 6 cm, small enough to slide under a bed or into the boot of the car. It suits babies from 0 to 3 years, from the first crawl to the first steps. Free of formaldehyde and odours, it comes with two storage straps and a 12-month warranty.',
      seo_title: 'Nuvi PM-200 Baby Play Mat, 200 × 180 cm, Reversible',
      meta_description:
        'Reversible XPE baby play mat, 200 × 180 cm and 1.5 cm thick: waterproof, wipe-clean, foldable and free of formaldehyde. For babies from 0 to 3 years.',
      h1: 'Nuvi: A Soft, Safe Floor for Crawling and First Steps',
      marketing_copy_a:
        'One mat from the first crawl to toddler games – wiped clean in seconds and folded away in a moment. Order your Nuvi now.',
      marketing_copy_b:
        'Tummy time, wobbly first steps, giggles on the floor: give those moments a soft place to land. Discover Nuvi.',
      marketing_copy_c:
        'New-parent offer: a free bath toy with every Nuvi mat this month. Add it to your cart today.',
    },
    {
      field: 'translated_description',
      find: 'a thickness of 1.5 cm',
      replace: 'a thickness of 1.8 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'The whole mat weighs about 2 kg and folds down to about 50 × 45 × 6 cm, small enough to slide under a bed or into the boot of the car.',
  ),
  listing(
    'p05',
    'baby_play_mats',
    'fr',
    PLAY_MAT_ZH,
    PLAY_MAT_SRC,
    {
      translated_description:
        'Le tapis d’éveil Nuvi PM-200 est fabriqué en mousse XPE écologique. Il mesure 200 × 180 cm pour 1,5 cm d’épaisseur : les petites chutes de bébé sont amorties en douceur. Il est réversible, avec des lettres et des petits animaux d’un côté et des routes de ville de l’autre, pour jouer sur les deux faces. Sa surface est imperméable : le lait et le jus s’essuient d’un simple coup d’éponge. Le tapis pèse environ 2 kg et se plie ; une fois plié, il mesure environ 50 × 45 × 6 cm et se glisse sous un lit ou dans le coffre de la voiture. Il accompagne bébé de 0 à 3 ans, du moment où il rampe jusqu’à ses premiers pas. Sans formaldéhyde ni odeur, il est livré avec une paire de sangles de rangement et garanti douze mois.',
      seo_title: 'Tapis d’éveil réversible Nuvi PM-200, 200 × 180 cm',
      meta_description:
        'Tapis d’éveil Nuvi en mousse XPE de 1,5 cm d’épaisseur : réversible, imperméable, pliable et sans formaldéhyde, pour les bébés de 0 à 3 ans.',
      h1: 'Nuvi, un sol tout doux pour ramper et jouer',
      marketing_copy_a:
        'Un seul tapis pour toutes les étapes, qui s’essuie en un geste et se range en un instant. Commandez votre Nuvi dès maintenant.',
      marketing_copy_b:
        'Les premières roulades, les premiers éclats de rire au ras du sol : offrez-leur un endroit douillet où atterrir. Découvrez Nuvi.',
      marketing_copy_c:
        'Offre jeunes parents : un jouet de bain offert avec chaque tapis Nuvi ce mois-ci. Profitez-en !',
    },
    { field: 'seo_title', find: '200 × 180 cm', replace: '200 × 150 cm', labels: ['number_invented'] },
    'Le tapis pèse environ 2 kg et se plie ; une fois plié, il mesure environ 50 × 45 × 6 cm et se glisse sous un lit ou dans le coffre de la voiture.',
  ),
  listing(
    'p06',
    'badminton_rackets',
    'de',
    RACKET_ZH,
    RACKET_SRC,
    {
      translated_description:
        'Der Badmintonschläger Shuttlo AX-7 ist aus hochmoduliger Kohlefaser in einem Stück gefertigt. Jeder Schläger wiegt rund 83 g (4U), der Balancepunkt liegt bei etwa 295 mm – ausgelegt für offensives Spiel. Empfohlen wird eine Besaitungshärte von 22 bis 28 lbs; für Einsteiger reichen etwa 24 lbs. Im Set sind zwei Schläger, drei Nylonbälle und eine Schlägertasche enthalten, ideal für Paare oder Eltern mit Kindern. Der Rahmen durchläuft über zehn Schleifschritte, der Schaft federt gut, und Smashes kommen mit Wucht. Die Schläger sind ab Werk besaitet und sofort spielbereit. Auf den Rahmen gibt es ein halbes Jahr Garantie; gerissene Saiten sind davon ausgenommen.',
      seo_title: 'Shuttlo AX-7 Badmintonschläger aus Carbon, 2er-Set',
      meta_description:
        'Zwei Badmintonschläger Shuttlo AX-7 aus Kohlefaser, je rund 83 g (4U), ab Werk besaitet, mit drei Nylonbällen und Tasche – sofort spielbereit.',
      h1: 'Shuttlo AX-7 – Carbon für kraftvolle Smashes',
      marketing_copy_a:
        'Zwei Schläger, Bälle und Tasche in einem Set – auspacken und loslegen, ohne vorher zum Besaiten zu müssen. Jetzt bestellen.',
      marketing_copy_b:
        'Ein Sommerabend im Park, der Ball fliegt hin und her, und keiner will als Erster aufhören. Entdecken Sie Shuttlo.',
      marketing_copy_c:
        'Zum Saisonstart legen wir eine zweite Dose Bälle gratis dazu – sichern Sie sich Ihr Set jetzt.',
    },
    {
      field: 'translated_description',
      find: 'bei etwa 295 mm',
      replace: 'bei etwa 300 mm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Empfohlen wird eine Besaitungshärte von 22 bis 28 lbs; für Einsteiger reichen etwa 24 lbs.',
  ),
  listing(
    'p06',
    'badminton_rackets',
    'es',
    RACKET_ZH,
    RACKET_SRC,
    {
      translated_description:
        'La raqueta de bádminton Shuttlo AX-7 está fabricada en una sola pieza de fibra de carbono de alto módulo. Cada raqueta pesa unos 83 g (4U) y tiene el punto de equilibrio a unos 295 mm, pensada para un juego ofensivo. Se recomienda una tensión de cordaje de 22 a 28 libras; si estás empezando, con unas 24 libras es suficiente. El set incluye dos raquetas, tres volantes de nailon y una funda, ideal para jugar en pareja o con los niños. El marco pasa por más de diez procesos de pulido, la varilla es flexible y los remates salen con fuerza. Vienen encordadas de fábrica, listas para jugar nada más sacarlas de la caja. El marco tiene seis meses de garantía; las cuerdas rotas no están cubiertas.',
      seo_title: 'Set de 2 raquetas de bádminton Shuttlo AX-7 de carbono',
      meta_description:
        'Dos raquetas Shuttlo AX-7 de fibra de carbono de unos 83 g, encordadas de fábrica, con tres volantes de nailon y funda. Listas para jugar desde el primer día.',
      h1: 'Shuttlo AX-7, potencia de carbono en cada remate',
      marketing_copy_a:
        'Dos raquetas, volantes y funda en un mismo set, ya encordadas y listas para la pista. Compra tu Shuttlo hoy.',
      marketing_copy_b:
        'Una tarde de verano en el parque, el volante va y viene y nadie quiere ser el primero en parar. Descubre Shuttlo.',
      marketing_copy_c:
        'Por el inicio de temporada, un tubo de volantes extra de regalo con cada set. Pídelo ya.',
    },
    { field: 'meta_description', find: 'unos 83 g', replace: 'unos 80 g', labels: ['number_invented'] },
    'Se recomienda una tensión de cordaje de 22 a 28 libras; si estás empezando, con unas 24 libras es suficiente.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const fence = (text: string, info = '') => `\`\`\`${info}\n${text}\n\`\`\``;

// en: listing 1 (pencil case) takes styles 0-2, listing 2 (salad spinner) 3-5, listing 3 (play mat) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure — here’s the English version of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `SEO title: ${c.seo_title}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHappy to adjust the tone or the length if needed – just let me know!`,
  }),
  (c) => ({ meta_description: `<meta name="description" content="${c.meta_description}">` }),
  (c) => ({
    marketing_copy_a: `As an AI, I can’t check what other spinners currently cost, but here is a value-focused version:\n${c.marketing_copy_a}`,
  }),
  (c) => ({ translated_description: fence(c.translated_description, 'markdown') }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({ marketing_copy_b: afterSentence(c.marketing_copy_b, 1, '<br />') }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nNote: I have kept the measurements exactly as given in the original listing.`,
  }),
];

// de: listing 1 (scratching post) takes styles 0-2, listing 2 (hose reel) 3-5, listing 3 (rackets) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne, hier ist die Produktbeschreibung auf Deutsch:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<b>${c.h1}</b>` }),
  (c) => ({ marketing_copy_c: fence(c.marketing_copy_c) }),
  (c) => ({ meta_description: `Meta-Beschreibung: ${c.meta_description}` }),
  (c) => ({
    marketing_copy_b: `Als KI-Assistent habe ich zwar keinen eigenen Garten, aber so könnte ein gefühlvoller Text klingen: ${c.marketing_copy_b}`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nIch hoffe, diese Übersetzung entspricht Ihren Vorstellungen. Sagen Sie gern Bescheid, falls ich etwas anpassen soll!`,
  }),
  (c) => ({ seo_title: `SEO-Titel：${c.seo_title}` }),
  (c) => ({ marketing_copy_a: `<div class="copy">${c.marketing_copy_a}</div>` }),
  (c) => ({
    translated_description: fence(`{\n  "beschreibung": "${c.translated_description}"\n}`, 'json'),
  }),
];

// ja: listing 1 (pencil case) takes styles 0-2, listing 2 (hose reel) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `はい、承知しました。商品説明を日本語に翻訳しました。\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `【SEOタイトル】${c.seo_title}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n※本文はAIが生成したものです。公開前に内容をご確認ください。`,
  }),
  (c) => ({ h1: `<strong>${c.h1}</strong>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n以上です。別のパターンが必要でしたら、お気軽にお申し付けください。`,
  }),
  (c) => ({ meta_description: fence(c.meta_description) }),
];

// es: listing 1 (salad spinner) takes styles 0-2, listing 2 (rackets) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Por supuesto! Aquí tienes la descripción del producto en español:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `**Copy de valor:** ${c.marketing_copy_a}` }),
  (c) => ({ meta_description: `<p>${c.meta_description}</p>` }),
  (c) => ({ h1: `Encabezado principal: ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `Como modelo de lenguaje no tengo acceso al inventario real, así que revisa la oferta antes de publicarla. ${c.marketing_copy_c}`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n—\nEspero que te sirva. Si quieres, también puedo preparar una versión más corta.`,
  }),
];

// fr: listing 1 (scratching post) takes styles 0-2, listing 2 (play mat) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Bien sûr ! Voici la fiche produit traduite en français :\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `Titre SEO : « ${c.seo_title} »` }),
  (c) => ({ marketing_copy_b: `<em>${c.marketing_copy_b}</em>` }),
  (c) => ({ h1: fence(c.h1) }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\n(En tant qu’IA, je vous conseille de relire ce texte avant sa mise en ligne.)`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nN’hésitez pas à me dire si vous préférez une version plus courte ou un ton plus commercial !`,
  }),
];

export const ROUND_53_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheaper pencil cases tend to split at the seams within weeks.',
      'Knockoff salad spinners often wobble and leak on the worktop.',
      'A fake play mat may smell strongly of chemicals.',
      'Counterfeit mats are rarely tested for formaldehyde.',
    ],
    slogans: ['Every pen in its place.', 'Fresh, crisp, ready to toss.'],
    chineseLeftovers: [],
    duplicateLead: 'Put simply: ',
    titleStuffing: ' | Back to School, Gift Idea, Bestseller, Free Delivery, New In',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Kratzsäulen kippen um, sobald die Katze springt.',
      'Fälschungen erkennt man an rauem, dünnem Seil.',
      'Nachahmungen dieses Schlauchwagens rosten oft schon nach kurzer Zeit.',
      'Imitate aus Aluminium verbiegen sich schon bei leichten Smashes.',
    ],
    slogans: ['Gärtnern mit Leichtigkeit.', 'Spielen, bis die Sonne untergeht.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' | Gartenbedarf, Geschenkidee, Bestseller, Neuheit, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のペンケースはファスナーがすぐに壊れます。',
      'コピー品のホースは夏の日差しでひび割れしやすいです。',
      '偽物のリールは車輪がすぐにがたつきます。',
      'レプリカ商品は撥水加工が施されていないことがあります。',
    ],
    slogans: ['水やりを、もっと身軽に。', '文具と一緒に、毎日をととのえる。'],
    chineseLeftovers: ['这个笔袋容量很大，学生们都很喜欢。', '这款水管车质量很好，收管也很方便。'],
    duplicateLead: 'ひとことで言うと、',
    titleStuffing: '｜人気 おすすめ 新生活 プレゼント 送料無料 即納',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las centrifugadoras baratas se rompen en pocas semanas.',
      'Las raquetas falsas se agrietan enseguida.',
      'Las imitaciones de carbono pesan mucho más de lo que anuncian.',
      'Cuidado con las réplicas que se venden sin garantía.',
    ],
    slogans: ['Frescura en cada hoja.', 'El juego empieza aquí.'],
    chineseLeftovers: [],
    duplicateLead: 'Dicho de otro modo: ',
    titleStuffing: ' | Regalo, novedad, más vendido, envío gratis, oferta de verano',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les griffoirs pas chers se renversent au moindre bond.',
      'Les contrefaçons de tapis d’éveil sentent souvent le plastique.',
      'Méfiez-vous des faux labels écologiques.',
      'Aucune imitation n’offre un sisal aussi résistant.',
    ],
    slogans: ['Le confort à hauteur de bébé.', 'Griffer, grimper, rêver.'],
    chineseLeftovers: [],
    duplicateLead: 'En un mot : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte, promo',
  },
};
