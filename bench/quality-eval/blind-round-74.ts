// Blind set, round 74 (written without reading the gate, committed before it is scored): six beauty, stationery,
// music and baby products in the categories gua_sha_sets, washi_tape_sets, harmonicas, facial_cleansing_brushes,
// baby_teethers and baby_sleeping_bags, 12 hand-written listings, three artifact styles per listing and wording of
// its own. Theme: the register of the shared dev set, ordinary model output as a reviewer meets it. Most artifacts
// are the kinds the llm_artifact definition names (a lead-in before the description, sometimes in English inside
// a de/fr/ja/es listing, a field-label prefix such as "Title:" / "Translation (Spanish):", a markdown label or
// heading, a code fence, a JSON fence, HTML tags, an AI disclaimer, a sign-off offering changes); a few are subtler
// (a question to the requester about a wording, a translator's note in brackets, a note to a colleague). No digits
// in artifacts that land in the description, title or meta. The clean listings speak in a natural shop voice that
// sometimes uses words also found in chatter ("Tip:", "Please check", "Unser Tipp:", "ワンポイント：", "Un consejo:",
// "Astuce :", the maker's "we" / "wir" / "nous", questions to the shopper, customer quotes with their speaker).
// Legitimate numbers:
// Yuqing about 9 cm (3.5 in, 約9cm), 三种 (three curves, 3種類), about 4 cm (1.6 in) and 2 cm (0.8 in), 5 to 10
// minutes (5〜10分), 3 times a week (週3回), 15 minutes (15分), 双头 (dual-ended, 両端: not a number), quote by
// 王小姐 (Ms Wang, 王さん);
// Kumo 12 rolls (12 Rollen, 12 rouleaux), 6 + 6, 15 mm and 30 mm, 5 m, 每个季度 (every quarter, jedes Quartal, chaque
// trimestre: not a number), 几秒 (kurz, quelques secondes: not a number), idiom 一套 (a new series);
// Lyra 10 holes (10-hole, 10 agujeros), C调 (in C, en do: not a number), 20 reeds (20 lengüetas), 0.8 mm (0,8 mm),
// 10 cm (3.9 in), about 70 g (2.5 oz), 20 minutes a day, 两周 (about two weeks, unas dos semanas), idiom 一首 (a tune);
// Purea about 8000 per minute (8000, 8000回), 五档 (fünf Stufen, 5段階), every 30 seconds, 1 minute (1 Minute,
// 1分), IPX7 (7), 2 hours (2 Stunden, 2時間), about 120 uses, about 42 °C (42℃), 每天1次 (einmal täglich, 1日1回),
// 隔天1次 (jeden zweiten Tag einmal, 2日に1回), idiom 一个区域 (the next area);
// Nibbo 100% (100 %), 3 months and over (dès 3 mois), about 4 cm (1.6 in), about 35 g, 20 minutes, every 3 months
// (tous les 3 mois), BPA (no number), idiom 一次 (a new one);
// Dodo A类 (class A: no number), 3 layers (3 Lagen, 3 capas), 2.5 TOG (2,5 TOG), 18 to 22 °C, 两颗 (zwei, dos)
// snaps, 三个 sizes (drei, tres) S/M/L, 60 to 75, 75 to 90 and 90 to 105 cm, at most 40 °C, quote by 刘女士 (Frau Liu,
// Liu).
// Number edits: Yuqing en meta 5 to 10 → 5 to 12 minutes (invented), ja 15 → 20 minutes (dropped + invented);
// Kumo de title 12 → 24 Rollen (invented), fr 5 m → 10 m (dropped + invented); Lyra en 70 g (2.5 oz) → 85 g (3 oz)
// (dropped + invented), es 20 → 30 minutos (invented only: 20 lengüetas still in the description); Purea de meta
// 8000 → 10.000 (invented), ja 42℃ → 45℃ (dropped + invented: the meta still says 42, the description does not);
// Nibbo en title 3 → 6 months (invented), fr 35 g → 45 g (dropped + invented); Dodo de an added weight of 450 g
// (invented), es meta 18 → 16 °C (invented).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const GUASHA_ZH = 'Yuqing 天然岫玉刮痧板滚轮套装 面部按摩';
const GUASHA_SRC =
  'Yuqing 面部刮痧套装包含刮痧板和双头滚轮，均由天然岫玉手工打磨而成。刮痧板长约9厘米，边缘有三种弧度，分别贴合下颌、颧骨和鼻翼。滚轮大头直径约4厘米，用于脸颊和额头；小头约2厘米，适合眼周。建议每次使用5到10分钟，每周3次，配合精华或面霜由内向外轻推。使用前放进冰箱冷藏15分钟，清凉感更明显。每件玉石纹理不同，略有色差属于正常现象。顾客王小姐说：“早上用滚轮推一推，脸没那么肿了。”';
const TAPE_ZH = 'Kumo 和纸胶带套装 12卷 手账装饰';
const TAPE_SRC =
  'Kumo 和纸胶带套装共12卷，包含6卷15毫米宽的基础款和6卷30毫米宽的印花款，每卷长5米。图案以花草和小动物为主题，颜色柔和，拼在一起也很协调。胶带用手就能撕开，贴错了可以揭下来重新贴，不会撕破纸面。适合手账、书信、礼物包装和照片墙装饰。我们每个季度推出一套新图案，收藏起来很有乐趣。小提示：贴在光面纸上时，请先用指腹轻压几秒，粘得更牢。不建议长时间贴在墙纸上，以免揭下时带走墙纸表层。';
const HARMONICA_ZH = 'Lyra 10孔布鲁斯口琴 C调 初学者入门款';
const HARMONICA_SRC =
  'Lyra 10孔布鲁斯口琴为C调，共20枚磷铜簧片，音色明亮，吹吸反应灵敏。琴格采用ABS树脂，盖板为0.8毫米厚的不锈钢，琴身长10厘米，重约70克，放进口袋随时都能吹。附赠皮质收纳盒、擦琴布和入门曲谱。常有人问：完全没学过乐器，能学会吗？当然可以。我们的入门曲谱从单音练起，每天练习20分钟，一般两周左右就能完整吹出一首简单的曲子。小贴士：吹完后轻拍琴身，把里面的水汽拍出来再收好。';
const BRUSH_ZH = 'Purea 硅胶声波洁面仪 五档调节 IPX7防水';
const BRUSH_SRC =
  'Purea 洁面仪采用食品级硅胶刷头，刷毛柔软，清洗方便，不易滋生细菌。声波震动每分钟约8000次，分五档强度，敏感肌可以从最低档开始。开机后每30秒提醒换一个区域，1分钟正好洗完整张脸。机身达到IPX7防水，洗澡时也能用。充电2小时，可使用约120次。背面是温感按摩面，温度约42℃，涂上面霜轻按，有助于吸收。小贴士：洁面仪不需要每次洗脸都用，油性肌肤每天1次，干性肌肤隔天1次就够了。';
const TEETHER_ZH = 'Nibbo 香蕉造型婴儿牙胶 食品级硅胶 3个月以上';
const TEETHER_SRC =
  'Nibbo 婴儿牙胶采用100%食品级硅胶，不含BPA，适合3个月以上的宝宝。香蕉造型的手柄宽约4厘米，宝宝的小手刚好能握住。顶端有细密的软刺，啃咬时能按摩牙龈，也能让宝宝早点熟悉刷牙的感觉。整支重约35克，掉在地上也不易摔坏。可以煮沸消毒，也可以放进冰箱冷藏20分钟（请勿冷冻），凉凉的咬起来更舒服。每次使用前请检查有无破损。妈妈们常问：多久需要更换？我们建议每3个月更换一次。';
const SLEEPBAG_ZH = 'Dodo 婴儿纯棉睡袋 2.5TOG 袖子可拆 防踢被';
const SLEEPBAG_SRC =
  'Dodo 婴儿睡袋采用A类纯棉面料，中间夹3层纱布，保暖指数为2.5 TOG，适合室温18到22℃时使用。拉链从下往上拉，半夜换尿布不用把宝宝整个抱出来。肩部有两颗按扣，穿脱方便。袖子可以拆卸，天热时摘掉就是背心款。尺码分S、M、L三个，分别适合身高60到75厘米、75到90厘米和90到105厘米的宝宝。可机洗，水温不超过40℃。宝妈刘女士说：“自从用了睡袋，孩子踢被子的问题终于解决了。”';

export const ROUND_74_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'gua_sha_sets',
    'en',
    GUASHA_ZH,
    GUASHA_SRC,
    {
      translated_description:
        'The Yuqing facial gua sha set pairs a gua sha board with a dual-ended roller, both hand-polished from natural xiuyan jade. The board is about 9 cm (3.5 in) long, and its edge has three different curves that follow the jawline, the cheekbones and the sides of the nose. The large roller head, about 4 cm (1.6 in) across, is for the cheeks and forehead; the small one, about 2 cm (0.8 in), is made for the delicate eye area. We recommend 5 to 10 minutes per session, 3 times a week, gliding gently from the centre of the face outwards over your serum or cream. Tip: chill the tools in the fridge for 15 minutes before use for an even more refreshing feel. Every piece of jade has its own veining, so slight differences in colour are perfectly normal. Customer Ms Wang says: “A quick roll in the morning and my face looks far less puffy.”',
      seo_title: 'Yuqing Jade Gua Sha and Face Roller Set, Natural Xiuyan',
      meta_description:
        'Gua sha board and dual-ended face roller, hand-polished from natural xiuyan jade, for 5 to 10 minutes of gentle facial massage 3 times a week.',
      h1: 'Yuqing – A Cool Morning Ritual for Your Skin',
      marketing_copy_a:
        'Two tools, one routine: a board shaped for jaw, cheekbones and nose, and a roller for cheeks, forehead and eyes, all in natural jade. Shop the Yuqing set.',
      marketing_copy_b:
        'Cool stone against warm skin, a few slow strokes while the kettle boils, and you start the day feeling awake and looked after. Treat yourself to Yuqing.',
      marketing_copy_c:
        'Launch offer: a silk storage pouch free with every Yuqing set this month. Order now while stocks last.',
    },
    {
      field: 'meta_description',
      find: 'for 5 to 10 minutes',
      replace: 'for 5 to 12 minutes',
      labels: ['number_invented'],
    },
    'Tip: chill the tools in the fridge for 15 minutes before use for an even more refreshing feel.',
  ),
  listing(
    'p01',
    'gua_sha_sets',
    'ja',
    GUASHA_ZH,
    GUASHA_SRC,
    {
      translated_description:
        'Yuqingのフェイシャルかっさセットは、かっさプレートと両端ローラーのセットです。どちらも天然の岫玉を手作業で磨き上げました。プレートの長さは約9cmで、ふちにはあご、頬骨、小鼻にそれぞれフィットする3種類のカーブがあります。ローラーの大きいほうは直径約4cmで頬や額に、小さいほうは約2cmで目元にお使いいただけます。ご使用は5〜10分、週3回が目安です。美容液やクリームをなじませてから、顔の中心から外側へやさしく流してください。ワンポイント：使う前に冷蔵庫で15分ほど冷やすと、ひんやり感がさらにアップします。玉石はそれぞれ模様が異なるため、多少の色の違いはございます。「朝ローラーでコロコロするだけで、むくみがすっきりしました」と、お客様の王さんからもうれしい声が届いています。',
      seo_title: 'Yuqing 天然岫玉 かっさプレート＆フェイスローラー',
      meta_description:
        '天然岫玉を手磨きしたかっさプレートと両端ローラーのセット。あご・頬骨・小鼻に沿うカーブで、5〜10分のやさしいフェイスケアに。',
      h1: 'Yuqing ひんやり玉石で、朝のすっきりケア',
      marketing_copy_a:
        'プレートはフェイスラインに、ローラーは頬や目元に。これだけでおうちケアがぐっと本格的になります。今すぐチェック。',
      marketing_copy_b:
        'ひんやりした玉石が肌にふれる、朝のほんのひととき。ゆっくり流すうちに、気持ちまでしゃんと目覚めます。自分へのごほうびにお試しください。',
      marketing_copy_c: '発売記念として、今月はシルクの収納ポーチをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '冷蔵庫で15分ほど',
      replace: '冷蔵庫で20分ほど',
      labels: ['number_dropped', 'number_invented'],
    },
    'プレートの長さは約9cmで、ふちにはあご、頬骨、小鼻にそれぞれフィットする3種類のカーブがあります。',
  ),
  listing(
    'p02',
    'washi_tape_sets',
    'de',
    TAPE_ZH,
    TAPE_SRC,
    {
      translated_description:
        'Das Kumo Washi-Tape-Set umfasst 12 Rollen: 6 schlichte Basisrollen in 15 mm Breite und 6 bedruckte Rollen in 30 mm Breite. Jede Rolle ist 5 m lang – genug für unzählige Seiten. Die Motive zeigen Blumen, Gräser und kleine Tiere in sanften Farben, die sich wunderbar miteinander kombinieren lassen. Das Band lässt sich einfach mit der Hand abreißen, und wenn etwas schief sitzt, lösen Sie es ab und kleben es neu auf, ohne dass das Papier einreißt. Ideal für Journals, Briefe, Geschenkverpackungen und Fotowände. Wir bringen jedes Quartal eine neue Motivserie heraus – da macht das Sammeln richtig Freude. Unser Tipp: Auf glänzendem Papier das Band kurz mit der Fingerkuppe andrücken, dann hält es besser. Auf Tapeten sollte es nicht lange kleben bleiben, sonst kann beim Ablösen die oberste Schicht mitgehen.',
      seo_title: 'Kumo Washi Tape Set, 12 Rollen für Journal und Deko',
      meta_description:
        'Washi-Tape-Set Kumo mit 12 Rollen in 15 und 30 mm Breite: sanfte Blumen- und Tiermotive, von Hand abreißbar und rückstandslos wieder ablösbar.',
      h1: 'Kumo – kleine Rollen, große Gestaltungsfreude',
      marketing_copy_a:
        'Zwei Breiten, zahlreiche Motive und genug Band für viele Monate kreativer Seiten: ein Set, das Journal, Post und Geschenke gleichermaßen verschönert. Jetzt bestellen.',
      marketing_copy_b:
        'Ein ruhiger Sonntagnachmittag, eine Tasse Tee und Ihr Journal, das Seite für Seite bunter wird. Genau dafür haben wir Kumo gemacht. Entdecken Sie die Motive.',
      marketing_copy_c:
        'Nur in diesem Monat: ein Stickerbogen gratis zu jedem Kumo-Set. Sichern Sie sich Ihr Set jetzt.',
    },
    { field: 'seo_title', find: '12 Rollen', replace: '24 Rollen', labels: ['number_invented'] },
    'Jede Rolle ist 5 m lang – genug für unzählige Seiten.',
  ),
  listing(
    'p02',
    'washi_tape_sets',
    'fr',
    TAPE_ZH,
    TAPE_SRC,
    {
      translated_description:
        'Le coffret de masking tapes en papier washi Kumo contient 12 rouleaux : 6 rouleaux unis de 15 mm de large et 6 rouleaux imprimés de 30 mm de large. Chaque rouleau mesure 5 m. Fleurs, herbes folles et petits animaux composent des motifs aux couleurs douces, qui s’accordent harmonieusement entre eux. Le ruban se déchire à la main et, s’il est mal placé, il se décolle et se repositionne sans abîmer le papier. Parfait pour le bullet journal, la correspondance, les paquets cadeaux et les murs de photos. Nous lançons une nouvelle série de motifs chaque trimestre, de quoi faire de belles collections. Astuce : sur du papier glacé, appuyez quelques secondes du bout du doigt pour une meilleure tenue. Évitez de le laisser longtemps sur du papier peint, qui risquerait de s’abîmer au décollage.',
      seo_title: 'Masking tape washi Kumo, coffret de 12 rouleaux',
      meta_description:
        'Coffret Kumo de 12 rouleaux de masking tape washi en 15 et 30 mm de large : motifs fleuris et petits animaux, se déchire à la main et se repositionne.',
      h1: 'Kumo, de la couleur dans vos carnets',
      marketing_copy_a:
        'Deux largeurs, des motifs assortis et de quoi décorer des dizaines de pages, de lettres et de paquets : un coffret qui fait tout. Commandez le vôtre.',
      marketing_copy_b:
        'Une tasse de thé, un carnet ouvert, et les pages se remplissent de fleurs et de petites bêtes. Un vrai moment pour soi. Découvrez Kumo.',
      marketing_copy_c:
        'Ce mois-ci, une planche d’autocollants offerte avec chaque coffret Kumo. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'mesure 5 m.',
      replace: 'mesure 10 m.',
      labels: ['number_dropped', 'number_invented'],
    },
    'Chaque rouleau mesure 5 m.',
  ),
  listing(
    'p03',
    'harmonicas',
    'en',
    HARMONICA_ZH,
    HARMONICA_SRC,
    {
      translated_description:
        'The Lyra 10-hole blues harmonica is in the key of C and has 20 phosphor bronze reeds for a bright tone and a quick response on both blow and draw notes. The comb is made of ABS resin and the cover plates are 0.8 mm stainless steel. At 10 cm (3.9 in) long and about 70 g (2.5 oz), it slips into a pocket, so you can play wherever you are. A leather case, a polishing cloth and a beginner’s songbook are included. People often ask us: can I learn even if I have never played an instrument? Absolutely. Our songbook starts with single notes, and with 20 minutes of practice a day, most beginners can play a simple tune from start to finish in about two weeks. Tip: after playing, tap the harmonica gently against your palm to shake out the moisture before putting it away.',
      seo_title: 'Lyra 10-Hole Blues Harmonica in C, Beginner’s Set',
      meta_description:
        'Lyra 10-hole blues harmonica in C with 20 phosphor bronze reeds, a leather case and a beginner’s songbook: play a simple tune in about two weeks.',
      h1: 'Lyra – Your First Blues, Right in Your Pocket',
      marketing_copy_a:
        'Reeds that answer the lightest breath, a sturdy steel cover and a songbook that takes you from single notes to whole tunes: everything a beginner needs in one box. Order your Lyra today.',
      marketing_copy_b:
        'A campfire, a quiet evening on the porch, a long train ride: wherever you are, a few bluesy notes turn the moment into something of your own. Discover the Lyra.',
      marketing_copy_c: 'This month only: a free video lesson pack with every Lyra. Grab yours now.',
    },
    {
      field: 'translated_description',
      find: 'about 70 g (2.5 oz)',
      replace: 'about 85 g (3 oz)',
      labels: ['number_dropped', 'number_invented'],
    },
    'The comb is made of ABS resin and the cover plates are 0.8 mm stainless steel.',
  ),
  listing(
    'p03',
    'harmonicas',
    'es',
    HARMONICA_ZH,
    HARMONICA_SRC,
    {
      translated_description:
        'La armónica de blues Lyra de 10 agujeros está afinada en do y tiene 20 lengüetas de bronce fosforado, con un sonido brillante y una respuesta rápida tanto al soplar como al aspirar. El peine es de resina ABS y las tapas, de acero inoxidable de 0,8 mm de grosor. Mide 10 cm y pesa unos 70 g, así que cabe en el bolsillo y puedes tocar donde quieras. Incluye un estuche de piel, un paño de limpieza y un cancionero de iniciación. Mucha gente nos pregunta: ¿puedo aprender si nunca he tocado un instrumento? ¡Claro que sí! Nuestro cancionero empieza por notas sueltas y, practicando 20 minutos al día, en unas dos semanas la mayoría ya toca una canción sencilla de principio a fin. Un consejo: después de tocar, da unos golpecitos suaves a la armónica contra la palma para sacar la humedad antes de guardarla.',
      seo_title: 'Armónica de blues Lyra, 10 agujeros en do, para empezar',
      meta_description:
        'Armónica de blues Lyra en do con 10 agujeros y 20 lengüetas de bronce fosforado. Incluye estuche de piel y cancionero para aprender desde cero.',
      h1: 'Lyra, tu primer blues cabe en el bolsillo',
      marketing_copy_a:
        'Lengüetas que responden al mínimo soplo, tapas de acero resistentes y un cancionero que te lleva de las notas sueltas a tu primera canción: todo lo que necesitas para empezar. Compra tu Lyra.',
      marketing_copy_b:
        'Una hoguera en la playa, una tarde tranquila en el balcón, un viaje largo en tren: unas notas de blues y el momento es solo tuyo. Descubre la Lyra.',
      marketing_copy_c: 'Solo este mes, un paño de limpieza extra de regalo con cada Lyra. ¡Pídela ya!',
    },
    {
      field: 'translated_description',
      find: 'practicando 20 minutos al día',
      replace: 'practicando 30 minutos al día',
      labels: ['number_invented'],
    },
    'El peine es de resina ABS y las tapas, de acero inoxidable de 0,8 mm de grosor.',
  ),
  listing(
    'p04',
    'facial_cleansing_brushes',
    'de',
    BRUSH_ZH,
    BRUSH_SRC,
    {
      translated_description:
        'Die Gesichtsreinigungsbürste Purea hat einen Bürstenkopf aus lebensmittelechtem Silikon: Die Borsten sind weich, lassen sich leicht reinigen und bieten Bakterien kaum Angriffsfläche. Die Schallvibration erreicht rund 8000 Schwingungen pro Minute, verteilt auf fünf Intensitätsstufen – bei empfindlicher Haut beginnen Sie am besten mit der niedrigsten. Nach dem Einschalten meldet sich das Gerät alle 30 Sekunden, damit Sie zur nächsten Gesichtspartie wechseln; nach 1 Minute ist das ganze Gesicht gereinigt. Dank Schutzart IPX7 können Sie es auch unter der Dusche verwenden. Nach 2 Stunden Laden reicht der Akku für etwa 120 Anwendungen. Auf der Rückseite sitzt eine Wärmemassagefläche mit rund 42 °C: Tragen Sie Ihre Creme auf und drücken Sie die Fläche sanft an, das unterstützt die Aufnahme. Unser Tipp: Sie brauchen die Bürste nicht bei jeder Gesichtswäsche – bei fettiger Haut genügt sie einmal täglich, bei trockener Haut jeden zweiten Tag einmal.',
      seo_title: 'Purea Silikon-Gesichtsreinigungsbürste, IPX7, 5 Stufen',
      meta_description:
        'Gesichtsreinigungsbürste Purea aus weichem Silikon: rund 8000 Schallschwingungen pro Minute, fünf Stufen, IPX7 und Wärmemassage mit rund 42 °C.',
      h1: 'Purea – sanft gereinigt, jeden Morgen',
      marketing_copy_a:
        'Weiches Silikon statt Nylonborsten, wasserdicht bis unter die Dusche und ein Akku, der lange durchhält: Reinigung und Pflege in einem Gerät. Jetzt bestellen.',
      marketing_copy_b:
        'Abends das Make-up ablegen, die warme Massagefläche auf der Wange spüren und den Tag einfach abstreifen. Ein kleines Ritual, das guttut. Entdecken Sie Purea.',
      marketing_copy_c:
        'Zum Start gibt es einen Ersatz-Bürstenkopf gratis dazu – sichern Sie sich Ihre Purea, solange der Vorrat reicht.',
    },
    {
      field: 'meta_description',
      find: 'rund 8000 Schallschwingungen',
      replace: 'rund 10.000 Schallschwingungen',
      labels: ['number_invented'],
    },
    'Nach 2 Stunden Laden reicht der Akku für etwa 120 Anwendungen.',
  ),
  listing(
    'p04',
    'facial_cleansing_brushes',
    'ja',
    BRUSH_ZH,
    BRUSH_SRC,
    {
      translated_description:
        'Purea洗顔ブラシのブラシヘッドは食品グレードのシリコーン製。毛先がやわらかく、お手入れも簡単で、雑菌が繁殖しにくいのが特長です。音波振動は毎分約8000回、強さは5段階から選べます。敏感肌の方は最も弱いモードから始めてください。電源を入れると30秒ごとに振動でお知らせするので、そのたびに洗う場所を移動すれば、1分でちょうど顔全体を洗い終わります。本体はIPX7防水で、お風呂でも使えます。2時間の充電で約120回使用できます。裏面は温感マッサージ面になっていて、温度は約42℃。クリームを塗ってからやさしく押し当てると、なじみやすくなります。ワンポイント：洗顔のたびに使う必要はありません。脂性肌の方は1日1回、乾燥肌の方は2日に1回で十分です。',
      seo_title: 'Purea シリコン音波洗顔ブラシ 5段階 IPX7防水',
      meta_description:
        'やわらかなシリコーン製の音波洗顔ブラシ。毎分約8000回の振動と5段階の強さ、IPX7防水、約42℃の温感マッサージ面付き。',
      h1: 'Purea やさしい振動で、毎日の洗顔をていねいに',
      marketing_copy_a:
        'やわらかなシリコーンブラシで洗顔、裏面の温感ケアでマッサージ。これだけで毎日のスキンケアがぐっとラクになります。今すぐ購入。',
      marketing_copy_b:
        'お風呂上がり、ほんのり温かいマッサージ面を頬にあてると、その日の疲れまでほどけていくよう。自分をいたわる時間を、もっと心地よく。ぜひチェックしてください。',
      marketing_copy_c: '数量限定で、替えブラシヘッドをプレゼント中。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '温度は約42℃',
      replace: '温度は約45℃',
      labels: ['number_dropped', 'number_invented'],
    },
    '2時間の充電で約120回使用できます。',
  ),
  listing(
    'p05',
    'baby_teethers',
    'en',
    TEETHER_ZH,
    TEETHER_SRC,
    {
      translated_description:
        'The Nibbo baby teether is made of 100% food-grade silicone, is BPA-free and suits babies from 3 months. Its banana-shaped handle is about 4 cm (1.6 in) wide, just right for little hands to hold. The tip is covered in fine, soft bristles that massage sore gums as your baby chews and help them get used to the feel of a toothbrush early on. The whole teether weighs about 35 g, and it is sturdy enough to survive being dropped. You can sterilise it in boiling water or chill it in the fridge for 20 minutes (please do not freeze it) for extra soothing coolness. Please check it for damage before each use. Parents often ask us how often it should be replaced: we recommend a new teether every 3 months.',
      seo_title: 'Nibbo Banana Baby Teether in Silicone, from 3 Months',
      meta_description:
        'Banana-shaped baby teether in 100% food-grade, BPA-free silicone with soft bristles that soothe gums. Easy to hold and sterilise, from 3 months.',
      h1: 'Nibbo – Gentle Relief for Tender Gums',
      marketing_copy_a:
        'Soothes gums today, gets your baby ready for brushing tomorrow, and goes from boiling water to fridge without fuss. Shop the Nibbo teether.',
      marketing_copy_b:
        'Teething nights are long for everyone. A cool, soft banana to chew on can bring back the smiles, and a little calm for you too. Discover Nibbo.',
      marketing_copy_c:
        'New-parent offer: a free pacifier clip with every Nibbo this month. Add it to your cart today.',
    },
    { field: 'seo_title', find: 'from 3 Months', replace: 'from 6 Months', labels: ['number_invented'] },
    'The whole teether weighs about 35 g, and it is sturdy enough to survive being dropped.',
  ),
  listing(
    'p05',
    'baby_teethers',
    'fr',
    TEETHER_ZH,
    TEETHER_SRC,
    {
      translated_description:
        'Le jouet de dentition Nibbo est en silicone 100 % alimentaire, sans BPA, et convient aux bébés dès 3 mois. Sa poignée en forme de banane mesure environ 4 cm de large : juste ce qu’il faut pour les petites mains. Son extrémité est couverte de fins picots souples qui massent les gencives quand bébé mâchouille et l’habituent en douceur à la sensation de la brosse à dents. L’ensemble pèse environ 35 g et ne craint pas les chutes. Vous pouvez le stériliser à l’eau bouillante ou le placer 20 minutes au réfrigérateur (sans le congeler) : bien frais, il soulage encore mieux. Vérifiez son état avant chaque utilisation. Les parents nous demandent souvent : quand faut-il le remplacer ? Nous conseillons de le changer tous les 3 mois.',
      seo_title: 'Jouet de dentition banane Nibbo en silicone, dès 3 mois',
      meta_description:
        'Jouet de dentition Nibbo en forme de banane, en silicone 100 % alimentaire sans BPA : ses picots souples soulagent les gencives. Dès 3 mois.',
      h1: 'Nibbo, la douceur qui calme les petites gencives',
      marketing_copy_a:
        'Il soulage les gencives, prépare au brossage et passe de l’eau bouillante au frigo sans broncher : un compagnon pour toute la poussée dentaire. Commandez votre Nibbo.',
      marketing_copy_b:
        'Les nuits de poussée dentaire sont longues pour toute la famille. Une petite banane bien fraîche à mâchouiller, et les sourires reviennent. Découvrez Nibbo.',
      marketing_copy_c:
        'Ce mois-ci, une attache-sucette offerte avec chaque Nibbo. Ajoutez-le vite à votre panier !',
    },
    {
      field: 'translated_description',
      find: 'pèse environ 35 g',
      replace: 'pèse environ 45 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Sa poignée en forme de banane mesure environ 4 cm de large : juste ce qu’il faut pour les petites mains.',
  ),
  listing(
    'p06',
    'baby_sleeping_bags',
    'de',
    SLEEPBAG_ZH,
    SLEEPBAG_SRC,
    {
      translated_description:
        'Der Dodo Babyschlafsack ist aus reiner Baumwolle der Klasse A gefertigt und mit 3 Lagen Musselin gefüttert. Mit einem Wärmewert von 2,5 TOG eignet er sich für Raumtemperaturen von 18 bis 22 °C. Der Reißverschluss öffnet von unten nach oben, so müssen Sie Ihr Baby zum nächtlichen Wickeln nicht ganz herausnehmen. Zwei Druckknöpfe an der Schulter erleichtern das An- und Ausziehen. Die Ärmel lassen sich abnehmen – an warmen Tagen wird der Schlafsack so zum ärmellosen Modell. Es gibt drei Größen: S, M und L für Babys von 60 bis 75 cm, 75 bis 90 cm und 90 bis 105 cm Körpergröße. Der Schlafsack ist bei höchstens 40 °C maschinenwaschbar. Frau Liu, selbst Mama, erzählt: „Seit wir den Schlafsack haben, ist das Strampeln aus der Decke endlich kein Thema mehr.“',
      seo_title: 'Dodo Babyschlafsack, Baumwolle, 2,5 TOG, Ärmel abnehmbar',
      meta_description:
        'Babyschlafsack Dodo aus reiner Baumwolle mit 2,5 TOG für 18 bis 22 °C: Reißverschluss von unten, abnehmbare Ärmel, in den Größen S, M und L.',
      h1: 'Dodo – gut zugedeckt durch jede Nacht',
      marketing_copy_a:
        'Kein Strampeln mehr aus der Decke, Wickeln ohne Aufwecken und Ärmel für jede Jahreszeit: ein Schlafsack, der mitdenkt. Jetzt bestellen.',
      marketing_copy_b:
        'Wenn Ihr Kleines friedlich schläft und Sie nachts nicht mehr nachsehen müssen, ob die Decke noch liegt, kehrt Ruhe ein – für die ganze Familie. Entdecken Sie Dodo.',
      marketing_copy_c:
        'Nur diesen Monat: ein Spucktuch aus Musselin gratis zu jedem Dodo-Schlafsack. Sichern Sie sich Ihren jetzt.',
    },
    {
      field: 'translated_description',
      find: 'mit 3 Lagen Musselin gefüttert.',
      replace: 'mit 3 Lagen Musselin gefüttert. Er wiegt nur rund 450 g.',
      labels: ['number_invented'],
    },
    'Der Schlafsack ist bei höchstens 40 °C maschinenwaschbar.',
  ),
  listing(
    'p06',
    'baby_sleeping_bags',
    'es',
    SLEEPBAG_ZH,
    SLEEPBAG_SRC,
    {
      translated_description:
        'El saco de dormir para bebé Dodo está hecho de algodón puro de clase A, con 3 capas de muselina en el interior, y tiene un índice de abrigo de 2,5 TOG, ideal para habitaciones de entre 18 y 22 °C. La cremallera se abre de abajo arriba, así que por la noche puedes cambiar el pañal sin sacar al bebé del todo. Los dos automáticos del hombro facilitan ponérselo y quitárselo. Las mangas son desmontables: cuando hace calor, se quitan y queda un saco sin mangas. Hay tres tallas, S, M y L, para bebés de 60 a 75 cm, de 75 a 90 cm y de 90 a 105 cm de altura. Se puede lavar a máquina a un máximo de 40 °C. Lo cuenta Liu, una mamá que ya lo usa: «Desde que tenemos el saco, se acabó el problema de destaparse por la noche».',
      seo_title: 'Saco de dormir para bebé Dodo, algodón, 2,5 TOG',
      meta_description:
        'Saco de dormir Dodo de algodón puro, 2,5 TOG para habitaciones de 18 a 22 °C, con cremallera de abajo arriba, mangas desmontables y tallas S, M y L.',
      h1: 'Dodo, noches tranquilas y bien abrigadas',
      marketing_copy_a:
        'Sin mantas que se escapan, cambios de pañal sin despertar al bebé y mangas para cualquier estación: un saco pensado para el día a día. Cómpralo ahora.',
      marketing_copy_b:
        'Verlo dormir a pierna suelta, calentito, sin tener que levantarte a taparlo una y otra vez: eso también es descansar. Descubre Dodo.',
      marketing_copy_c: 'Solo este mes, una muselina de regalo con cada saco Dodo. ¡Aprovecha la oferta!',
    },
    {
      field: 'meta_description',
      find: 'de 18 a 22 °C',
      replace: 'de 16 a 22 °C',
      labels: ['number_invented'],
    },
    'Se puede lavar a máquina a un máximo de 40 °C.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (gua sha) takes styles 0-2, listing 2 (harmonica) 3-5, listing 3 (teether) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Certainly! Below is the English translation of the product description.\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `**Value-focused copy:**\n${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nHope this works for you! I’m happy to tweak the tone if it feels too soft.`,
  }),
  (c) => ({ translated_description: `\`\`\`plaintext\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (As an AI language model, I cannot confirm that this promotion is currently running.)`,
  }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Should I keep the campfire image, or is it too American for the UK shop?',
    ),
  }),
  (c) => ({ seo_title: `Title: ${c.seo_title}` }),
  (c) => ({ translated_description: `<p>${afterSentence(c.translated_description, 4, '</p><p>')}</p>` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(I rendered the source’s “soft spikes” as “soft bristles”, which sounds gentler for a baby product.)',
    ),
  }),
];

// de: listing 1 (washi tape) takes styles 0-2, listing 2 (cleansing brush) 3-5, listing 3 (sleeping bag) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Here’s the German version of the description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `### ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, die Texte passen so. Melden Sie sich gern, wenn Sie Anpassungen brauchen!`,
  }),
  (c) => ({
    translated_description: `\`\`\`json\n{"translated_description": "${c.translated_description}"}\n\`\`\``,
  }),
  (c) => ({
    marketing_copy_a: `Als KI-Assistent habe ich das Gerät nicht selbst getestet, hier trotzdem der nutzenorientierte Text: ${c.marketing_copy_a}`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nSoll ich die Anwendungsempfehlung am Ende lieber als Aufzählung formatieren?`,
  }),
  (c) => ({ marketing_copy_b: `<p><em>${c.marketing_copy_b}</em></p>` }),
  (c) => ({ h1: `Hauptüberschrift: ${c.h1}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Anmerkung zur Übersetzung: „TOG“ bleibt unübersetzt, die Einheit ist auch im deutschen Handel gängig.)',
    ),
  }),
];

// ja: listing 1 (gua sha) takes styles 0-2, listing 2 (cleansing brush) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `こちらが日本語に翻訳した商品説明です。\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n以上、ご確認よろしくお願いします。トーンの調整が必要でしたらお知らせください。`,
  }),
  (c) => ({ seo_title: `Title: ${c.seo_title}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n※私はAIのため実際に製品を試すことはできませんが、原文の内容に沿って翻訳しました。`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}（「ほどけていく」は少し詩的すぎるでしょうか？必要なら言い換えます。）`,
  }),
];

// es: listing 1 (harmonica) takes styles 0-2, listing 2 (sleeping bag) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Translation (Spanish):\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `### Texto de valor\n${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n(Como modelo de lenguaje, no puedo escuchar el instrumento; he basado el texto en la descripción original.)`,
  }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¡Listo! Si quieres una versión más corta, me dices.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '¿Prefieres «pijama manta» en lugar de «saco de dormir»? En algunos países se dice así.',
    ),
  }),
];

// fr: listing 1 (washi tape) takes styles 0-2, listing 2 (teether) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Sure, here’s the French version:\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_c: `<span class="promo">${c.marketing_copy_c}</span>` }),
  (c) => ({ h1: `Titre H1 : ${c.h1}` }),
  (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_a: `En tant qu’intelligence artificielle, je ne peux pas garantir l’innocuité du produit, mais voici le texte demandé : ${c.marketing_copy_a}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (Camille, tu peux vérifier si on a le droit d’écrire « soulage » pour un produit bébé ?)`,
  }),
];

export const ROUND_74_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap jade rollers are often just dyed glass.',
      'Knockoff teethers may hide fillers you would never want in a baby’s mouth.',
      'A fake harmonica rarely stays in tune for long.',
      'Imitation jade warms up within moments instead of staying cool.',
    ],
    slogans: ['Calm skin, clear mind.', 'Little gums, big relief.'],
    chineseLeftovers: [],
    duplicateLead: 'Put simply: ',
    titleStuffing: ' | Gift Set, Best Seller, Self-Care, Top Rated, Free Shipping',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Washi-Tapes reißen beim Ablösen das Papier mit.',
      'Eine Nachahmung unserer Silikonbürste erkennen Sie an den harten Borsten.',
      'Imitate vom Wühltisch haben oft keinen geprüften Stoff.',
      'Fälschungen bekannter Schlafsackmarken sind online leider keine Seltenheit.',
    ],
    slogans: ['Farbe für jede Seite.', 'Sanft zur Haut, jeden Tag.'],
    chineseLeftovers: [],
    duplicateLead: 'Mit anderen Worten: ',
    titleStuffing: ' – Geschenk, Bestseller, Neuheit, Angebot, schneller Versand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のかっさプレートは、ガラス製のことがあります。',
      'コピー品の洗顔ブラシは、防水性能が不十分な場合があります。',
      '偽物の玉石は、冷やしてもすぐにぬるくなります。',
      'レプリカ商品にはくれぐれもご注意ください。',
    ],
    slogans: ['肌に、ひんやりとしたご褒美を。', '毎日の洗顔に、やさしさを。'],
    chineseLeftovers: [
      '这个刮痧板的手感很好，冰过以后用起来特别舒服。',
      '这款洁面仪震动很温和，敏感肌也可以放心使用。',
    ],
    duplicateLead: 'つまり、',
    titleStuffing: '｜人気 ランキング上位 ギフト 送料無料 おすすめ',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las armónicas baratas se desafinan enseguida.',
      'Una imitación de saco de dormir puede no cumplir las normas de seguridad.',
      'Desconfía de las réplicas que se venden sin estuche.',
      'Un algodón falso no transpira igual.',
    ],
    slogans: ['El blues cabe en tu bolsillo.', 'Dulces sueños, noche tras noche.'],
    chineseLeftovers: [],
    duplicateLead: 'Dicho de otro modo: ',
    titleStuffing: ' | Regalo ideal, novedad, superventas, envío rápido',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un masking tape pas cher laisse des traces de colle.',
      'Méfiez-vous des contrefaçons vendues sans marquage.',
      'Les faux jouets de dentition ne sont pas testés.',
      'Aucune imitation n’a la douceur de notre silicone.',
    ],
    slogans: ['La couleur au fil des pages.', 'Tout en douceur, dès les premières dents.'],
    chineseLeftovers: [],
    duplicateLead: 'Autrement dit : ',
    titleStuffing: ' | Idée cadeau, nouveauté, best-seller, livraison rapide',
  },
};
