// Blind set, round 65 (written without reading the gate, committed before it is scored): six book, apparel, toy,
// sports, furniture and tool products in the categories childrens_science_encyclopedias, merino_base_layers,
// marble_run_sets, table_tennis_paddles, console_tables and random_orbital_sanders, 12 hand-written listings in the
// register of the shared dev set (plain catalogue sources, copy close to the dev set's clean cases), three artifact
// styles per listing and wording of its own (this round: the kinds the shared definition of llm_artifact names, each
// in the language's own wording and varied in punctuation and placement: a friendly lead-in before the description,
// an AI disclaimer at the start or end of a field, a sign-off after a copy or the description, a code fence (bare,
// json, text or markdown) around a field, HTML tags around or between sentences, a markdown label or heading, and a
// field-label or "Translation:" prefix in the target language; no digits in artifacts that land in the description,
// title or meta); legitimate numbers:
// Wondo 第3版 (3rd edition, 第3版), 320 pages (全320ページ), 5大主题 (five themes, 5つ), 600多 (more than 600, 600以上),
// 1000余 (over 1,000, 1000点以上), 40 new pages (40ページ), 21×28 cm (21 × 28 cm), 6至12岁 (aged 6 to 12, 6〜12歳);
// Lanox 100% (100 %), 18.5 µm (18,5 Mikrometer, 18,5 microns), 200 g/m² (the ² is no number), 三天 (drei Tage, trois
// jours), S to XXL (no digits), 5个码 (5 Größen, 5 tailles), 170 cm, 65 kg, 30 °C, 三种 (drei Farben, trois coloris);
// Rollix 152 pieces (152 piezas), 40 marbles (40 canicas), EN71 (71), ages 4 and up (a partir de 4 años), 20 layouts
// (20 propuestas), about 60 cm (unos 60 cm);
// Spinara 7 plies (7 Lagen, 7枚合板), 5.8 mm (5,8 mm), ITTF (no digits), 2.1 mm (2,1 mm), about 175 g, 两小时 (zwei
// Stunden, 2時間), 三星 (Drei-Stern, 3スター: a rating, 3 either way) and 3 balls (3 Bälle, 3個);
// Oakra 120 cm, 35 cm, 80 cm (120 × 35 × 80 cm), 两个 (two drawers, deux tiroirs, 2 Drawers), about 30 kg, about
// 20 minutes;
// Torvik RS-125E (model; 125 also the pad diameter, 125 mm), 350 W, 4000 to 12000 rpm (4.000 bis 12.000 U/min, 4000 a
// 12.000 rpm), 六档 (sechs Stufen, seis niveles), 2.5 mm (2,5 mm), 1.4 kg (1,4 kg), 10 sanding sheets (10
// Schleifblätter, 10 lijas), 几秒 (a few seconds, wenigen Sekunden: no number).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const BOOK_ZH = 'Wondo 少儿科学百科 第3版 精装 6-12岁';
const BOOK_SRC =
  'Wondo 少儿科学百科（第3版）精装全彩印刷，共320页，分为宇宙、地球、动物、人体和科技5大主题，收录600多个知识点，配有1000余幅手绘插图和实拍照片。本版新增40页太空探索内容。内页采用不反光的哑光纸，开本21×28厘米，书角做了圆角处理，适合6至12岁的孩子自己阅读，也适合亲子共读。每章末尾设有小测验，书后附有索引，查找起来很方便。';
const MERINO_ZH = 'Lanox 男士美利奴羊毛长袖打底衫 200克';
const MERINO_SRC =
  'Lanox 男士长袖保暖打底衫采用100%美利奴羊毛，纤维细度仅18.5微米，贴身穿也不扎。面料克重200克每平方米，轻薄却保暖，适合滑雪、登山和日常通勤。羊毛天然抑菌，连穿三天也没有异味。采用平锁缝工艺，背着背包肩部也不磨。尺码从S到XXL共5个码，身高170厘米、体重65公斤左右建议选M码。可30℃机洗，请勿烘干。有黑色、藏青和石墨灰三种颜色可选。';
const MARBLE_ZH = 'Rollix 弹珠轨道积木 152件套 4岁以上';
const MARBLE_SRC =
  'Rollix 弹珠轨道积木一套152件，其中包括40颗彩色玻璃弹珠，轨道可以自由拼出螺旋滑道、漏斗和旋转风车。零件采用无毒ABS塑料，边缘光滑，通过EN71玩具安全认证。因含小零件，适合4岁以上儿童，建议在家长陪同下玩耍。附赠图解搭建手册，内含20个由易到难的搭建方案。轨道最高可搭到约60厘米，孩子在动手的过程中自然理解重力和速度。玩完后全部零件都能收进附带的手提收纳桶。';
const PADDLE_ZH = 'Spinara 专业乒乓球拍 7层纯木底板';
const PADDLE_SRC =
  'Spinara 专业乒乓球拍采用7层纯木底板，厚度5.8毫米，弹性适中，进攻和防守都能兼顾。正反两面都贴有ITTF认证的反胶胶皮，海绵厚度2.1毫米，旋转强，控球稳。整拍重量约175克，适合已掌握基本技术、想进一步提高的中级选手。凹型握柄贴合手掌，连打两小时手也不累。随拍附赠硬壳拍包和3个三星比赛用球。';
const CONSOLE_ZH = 'Oakra 白橡木实木玄关桌 120厘米 两抽屉';
const CONSOLE_SRC =
  'Oakra 玄关桌采用北美白橡木实木打造，表面涂有德国进口木蜡油，纹理自然，摸起来温润细腻。整体尺寸为长120厘米、宽35厘米、高80厘米，桌身窄窄的，放在玄关或沙发背后都不占地方。桌面下设两个抽屉，装有静音阻尼滑轨，钥匙、耳机等小物随手收纳。底部层板可放鞋子或收纳篮。桌面承重约30公斤。需简单组装，附赠安装工具，约20分钟即可装好。';
const SANDER_ZH = 'Torvik RS-125E 无刷偏心圆砂机 125毫米';
const SANDER_SRC =
  'Torvik RS-125E 偏心圆砂机配备350瓦无刷电机，转速可在每分钟4000至12000转之间六档调节，偏心距2.5毫米，打磨平整，不留螺旋纹。底盘直径125毫米，采用魔术贴设计，换砂纸只需几秒钟。机身重1.4公斤，软胶握把减轻震动，长时间打磨手也不麻。自带集尘盒，也可以通过转接头连接吸尘器。随机附赠10张不同目数的砂纸和收纳箱。';

export const ROUND_65_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'childrens_science_encyclopedias',
    'en',
    BOOK_ZH,
    BOOK_SRC,
    {
      translated_description:
        'The Wondo Children’s Science Encyclopedia, now in its 3rd edition, is a full-colour hardback of 320 pages. It is organised into five major themes – space, the Earth, animals, the human body and technology – and covers more than 600 topics, illustrated with over 1,000 hand-drawn pictures and real photographs. This edition adds 40 new pages on space exploration. The glare-free matte paper is easy on young eyes, the book measures 21 × 28 cm and its corners are rounded for small hands. It is written for children aged 6 to 12 to read on their own or together with a parent. Each chapter ends with a short quiz, and an index at the back makes it easy to look things up.',
      seo_title: 'Wondo Science Encyclopedia for Kids, 3rd Ed., Ages 6–12',
      meta_description:
        'Full-colour hardback science encyclopedia for children aged 6 to 12: 320 pages, five big themes, over 600 topics and more than 1,000 pictures.',
      h1: 'Wondo: The Big Book of Why for Curious Kids',
      marketing_copy_a:
        'One sturdy hardback answers years of “why?” questions, from black holes to heartbeats, with a quiz at the end of every chapter. Order the Wondo encyclopedia today.',
      marketing_copy_b:
        'A rainy Sunday, a blanket fort, a torch and a book full of planets: some of the best childhood memories start with pages like these. Discover Wondo together.',
      marketing_copy_c:
        'Back-to-school offer: free gift wrapping and a set of Wondo bookmarks with every copy this month. Shop now.',
    },
    { field: 'seo_title', find: 'Ages 6–12', replace: 'Ages 5–12', labels: ['number_invented'] },
    'This edition adds 40 new pages on space exploration.',
  ),
  listing(
    'p01',
    'childrens_science_encyclopedias',
    'ja',
    BOOK_ZH,
    BOOK_SRC,
    {
      translated_description:
        'Wondo こども科学百科（第3版）は、オールカラー印刷のハードカバーで全320ページ。宇宙、地球、動物、人体、科学技術の5つの大きなテーマに分かれ、600以上のトピックを1000点以上の手描きイラストと写真で紹介しています。本版では宇宙探査に関する40ページが新たに加わりました。本文には光が反射しにくいマット紙を使用し、判型は21×28cm、本の角は丸く加工してあります。6〜12歳のお子さまがひとりで読むのにも、親子で一緒に読むのにもぴったりです。各章の終わりにはミニテストがあり、巻末の索引で調べたいこともすぐに見つかります。',
      seo_title: 'Wondo こども科学百科 第3版 6〜12歳 ハードカバー',
      meta_description:
        '6〜12歳向けのオールカラー科学百科。全320ページ、5つのテーマで600以上のトピックを1000点以上のイラストと写真で解説します。',
      h1: 'Wondo 「なぜ？」がわかる、はじめての科学百科',
      marketing_copy_a:
        'ブラックホールから心臓のしくみまで、子どもの「なぜ？」に一冊でこたえます。各章末のミニテストで、読んだ内容もしっかり身につきます。今すぐ購入。',
      marketing_copy_b:
        '雨の日曜日、毛布にくるまってページをめくる。惑星や恐竜に夢中になったあの時間は、きっと一生の宝物になります。ぜひチェックしてください。',
      marketing_copy_c:
        '新学期キャンペーン中。今ならギフトラッピングとオリジナルしおりを無料でおつけします。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '全320ページ',
      replace: '全360ページ',
      labels: ['number_dropped', 'number_invented'],
    },
    '本版では宇宙探査に関する40ページが新たに加わりました。',
  ),
  listing(
    'p02',
    'merino_base_layers',
    'de',
    MERINO_ZH,
    MERINO_SRC,
    {
      translated_description:
        'Das langärmlige Herren-Funktionsshirt Lanox besteht aus 100 % Merinowolle. Die Fasern sind nur 18,5 Mikrometer fein, deshalb kratzt nichts – auch nicht direkt auf der Haut. Mit einem Flächengewicht von 200 g/m² ist der Stoff leicht und hält trotzdem warm, ideal zum Skifahren, Bergsteigen und für den Weg zur Arbeit. Wolle wirkt von Natur aus antibakteriell: Selbst nach drei Tagen am Stück riecht das Shirt nicht. Dank Flachnähten scheuert an den Schultern nichts, auch nicht unter dem Rucksack. Erhältlich in 5 Größen von S bis XXL; bei 170 cm Körpergröße und etwa 65 kg empfehlen wir Größe M. In der Maschine bei 30 °C waschbar, bitte nicht in den Trockner geben. Zur Wahl stehen drei Farben: Schwarz, Marineblau und Graphitgrau.',
      seo_title: 'Lanox Merino-Langarmshirt für Herren, 200 g/m²',
      meta_description:
        'Langarmshirt für Herren aus 100 % Merinowolle: 18,5 Mikrometer feine Fasern, 200 g/m², geruchshemmend, mit Flachnähten, Größen S bis XXL.',
      h1: 'Lanox – Merinowolle, die man den ganzen Tag vergisst',
      marketing_copy_a:
        'Ein Shirt für Piste, Gipfel und Büro: Merino wärmt, lässt die Haut atmen und muss nur selten in die Wäsche. Jetzt bestellen und leichter packen.',
      marketing_copy_b:
        'Der erste Atemzug am Gipfel, kalte Luft im Gesicht – und darunter nur weiche, warme Wolle auf der Haut. Entdecken Sie Lanox.',
      marketing_copy_c:
        'Zum Saisonstart gibt es ein Paar Merinosocken gratis zu jedem Shirt. Sichern Sie sich Ihres, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'nur 18,5 Mikrometer fein',
      replace: 'nur 17,5 Mikrometer fein',
      labels: ['number_dropped', 'number_invented'],
    },
    'In der Maschine bei 30 °C waschbar, bitte nicht in den Trockner geben.',
  ),
  listing(
    'p02',
    'merino_base_layers',
    'fr',
    MERINO_ZH,
    MERINO_SRC,
    {
      translated_description:
        'Le maillot technique à manches longues Lanox pour homme est tricoté en laine mérinos 100 %. Ses fibres ne mesurent que 18,5 microns : portée à même la peau, la laine ne gratte pas. Avec un grammage de 200 g/m², l’étoffe reste légère tout en tenant chaud, pour le ski, la montagne comme pour les trajets du quotidien. La laine est naturellement antibactérienne : même après trois jours d’affilée, aucune odeur. Les coutures plates évitent les frottements aux épaules, même sac au dos. Il existe en 5 tailles, du S au XXL ; pour 170 cm et environ 65 kg, nous conseillons la taille M. Lavable en machine à 30 °C, ne pas passer au sèche-linge. Trois coloris au choix : noir, bleu marine et gris graphite.',
      seo_title: 'Maillot homme Lanox en mérinos, manches longues, 200 g/m²',
      meta_description:
        'Maillot technique homme en laine mérinos 100 % : 200 g/m², fibres de 18,5 microns, anti-odeurs, coutures plates, du S au XXL, trois coloris.',
      h1: 'Lanox, la première couche qui se fait oublier',
      marketing_copy_a:
        'Un seul maillot pour les pistes, les sommets et le bureau : le mérinos réchauffe, respire et se lave rarement. Commandez le vôtre et voyagez plus léger.',
      marketing_copy_b:
        'Le premier souffle d’air glacé au sommet et, contre la peau, rien qu’une laine douce et chaude. Découvrez Lanox.',
      marketing_copy_c:
        'Pour l’ouverture de la saison, une paire de chaussettes en mérinos est offerte avec chaque maillot. Profitez-en tant qu’il en reste.',
    },
    { field: 'meta_description', find: ': 200 g/m²', replace: ': 250 g/m²', labels: ['number_invented'] },
    'Lavable en machine à 30 °C, ne pas passer au sèche-linge.',
  ),
  listing(
    'p03',
    'marble_run_sets',
    'en',
    MARBLE_ZH,
    MARBLE_SRC,
    {
      translated_description:
        'The Rollix marble run set contains 152 pieces, including 40 colourful glass marbles, and the tracks snap together into spiral chutes, funnels and spinning windmills however your child likes. All parts are made of non-toxic ABS plastic with smooth edges and are certified to the EN71 toy safety standard. Because the set contains small parts, it is suitable for children aged 4 and up, and we recommend playing with an adult nearby. The illustrated building guide includes 20 layouts, from easy to challenging. Tracks can be built up to about 60 cm high, so kids get a feel for gravity and speed as they play. Afterwards, every piece fits into the included storage tub with a carry handle.',
      seo_title: 'Rollix Marble Run Set for Kids, 152 Pieces, Ages 4+',
      meta_description:
        '152-piece marble run with 40 glass marbles, non-toxic ABS parts certified to EN71, towers up to 60 cm and a storage tub. For kids aged 4 and up.',
      h1: 'Rollix: Build It, Drop It, Watch It Roll',
      marketing_copy_a:
        'A different track every weekend: one set, hours of screen-free play and a physics lesson they won’t even notice. Get your Rollix set today.',
      marketing_copy_b:
        'That breathless moment when the marble teeters at the top of the tower, then races all the way down to cheers. Pure joy, built with their own hands. Discover Rollix.',
      marketing_copy_c:
        'Birthday season special: a free bag of extra marbles with every set ordered this week. Shop now.',
    },
    {
      field: 'translated_description',
      replace: 'Replacement marbles are sold separately in packs of 12.',
      labels: ['number_invented'],
    },
    'The illustrated building guide includes 20 layouts, from easy to challenging.',
  ),
  listing(
    'p03',
    'marble_run_sets',
    'es',
    MARBLE_ZH,
    MARBLE_SRC,
    {
      translated_description:
        'El circuito de canicas Rollix incluye 152 piezas, entre ellas 40 canicas de cristal de colores, y sus pistas se combinan libremente para formar toboganes en espiral, embudos y molinillos giratorios. Todas las piezas son de plástico ABS no tóxico, con bordes suaves, y cuentan con la certificación de seguridad de juguetes EN71. Como contiene piezas pequeñas, es apto para niños a partir de 4 años y recomendamos jugar con un adulto cerca. El manual ilustrado trae 20 propuestas de montaje, de la más sencilla a la más difícil. Las pistas pueden alcanzar unos 60 cm de altura, y los peques descubren la gravedad y la velocidad casi sin darse cuenta. Al terminar, todas las piezas caben en el cubo de almacenaje con asa incluido.',
      seo_title: 'Circuito de canicas Rollix, 152 piezas, desde 4 años',
      meta_description:
        'Circuito de canicas de 152 piezas con 40 canicas de cristal, piezas de ABS no tóxico con certificación EN71 y cubo de almacenaje. A partir de 4 años.',
      h1: 'Rollix, la física que se construye jugando',
      marketing_copy_a:
        'Cada fin de semana, un circuito distinto: un solo set para horas de juego sin pantallas y una lección de física que ni notarán. Consigue tu Rollix hoy.',
      marketing_copy_b:
        'Ese segundo de suspense cuando la canica duda en lo alto de la torre y luego baja a toda velocidad entre gritos de alegría. Descubre Rollix.',
      marketing_copy_c:
        'Especial cumpleaños: una bolsa de canicas extra de regalo con cada set pedido esta semana. Aprovecha ya.',
    },
    {
      field: 'translated_description',
      find: 'trae 20 propuestas',
      replace: 'trae 25 propuestas',
      labels: ['number_dropped', 'number_invented'],
    },
    'Las pistas pueden alcanzar unos 60 cm de altura, y los peques descubren la gravedad y la velocidad casi sin darse cuenta.',
  ),
  listing(
    'p04',
    'table_tennis_paddles',
    'de',
    PADDLE_ZH,
    PADDLE_SRC,
    {
      translated_description:
        'Der Spinara Tischtennisschläger hat ein Holz aus 7 Lagen Vollholz mit 5,8 mm Stärke – mittelschnell und für Angriff wie Abwehr gleichermaßen geeignet. Beide Seiten sind mit ITTF-zugelassenen Noppen-innen-Belägen beklebt; der Schwamm ist 2,1 mm dick und sorgt für viel Spin und sichere Ballkontrolle. Der Schläger wiegt rund 175 g und eignet sich für Spielerinnen und Spieler, die die Grundtechniken beherrschen und sich weiter verbessern wollen. Der konkave Griff liegt satt in der Hand, sodass auch nach zwei Stunden Training nichts ermüdet. Im Lieferumfang sind eine Hartschalenhülle und 3 Drei-Stern-Wettkampfbälle enthalten.',
      seo_title: 'Spinara Tischtennisschläger, 7 Lagen Holz, 175 g',
      meta_description:
        'Tischtennisschläger Spinara mit 7-lagigem Vollholz (5,8 mm), ITTF-zugelassenen Belägen, konkavem Griff, Hartschalenhülle und drei Wettkampfbällen.',
      h1: 'Spinara – mehr Spin für Ihr Spiel',
      marketing_copy_a:
        'Wettkampftaugliche Beläge, ein ausgewogenes Holz und eine Hülle dazu: alles, was Sie für den nächsten Schritt im Verein brauchen. Jetzt bestellen.',
      marketing_copy_b:
        'Der Moment, in dem Ihr Topspin auf der Kante landet und der Gegner nur noch staunt. Dafür trainieren Sie. Entdecken Sie Spinara.',
      marketing_copy_c:
        'Nur diese Woche: ein zusätzlicher Satz Trainingsbälle gratis zu jedem Schläger. Gleich in den Warenkorb legen.',
    },
    { field: 'seo_title', find: '175 g', replace: '165 g', labels: ['number_invented'] },
    'Beide Seiten sind mit ITTF-zugelassenen Noppen-innen-Belägen beklebt; der Schwamm ist 2,1 mm dick und sorgt für viel Spin und sichere Ballkontrolle.',
  ),
  listing(
    'p04',
    'table_tennis_paddles',
    'ja',
    PADDLE_ZH,
    PADDLE_SRC,
    {
      translated_description:
        'Spinaraの競技用卓球ラケットは、7枚合板の純木ブレードを採用。厚さは5.8mmで、弾みはほどよく、攻撃にも守備にも対応します。両面にはITTF公認の裏ソフトラバーを貼り、スポンジ厚は2.1mmです。回転がかけやすく、ボールコントロールも安定しています。ラケット全体の重さは約175gで、基本技術を身につけ、さらにレベルアップを目指す中級者におすすめです。手のひらにフィットするコンケーブグリップで、2時間続けて打っても手が疲れにくい設計です。ハードケースと3スター試合球3個が付属します。',
      seo_title: 'Spinara 卓球ラケット 7枚合板 ITTF公認ラバー',
      meta_description:
        '7枚合板・厚さ5.8mmのブレードにITTF公認ラバーを貼った中級者向け卓球ラケット。重さ約175g、ハードケースと試合球付き。',
      h1: 'Spinara 回転で勝負する中級者のための一本',
      marketing_copy_a:
        '試合で使えるラバー、バランスのよいブレード、ケースまでそろったセット。部活やクラブで、次のレベルへ。今すぐ購入。',
      marketing_copy_b:
        '渾身のドライブが相手コートのエッジに決まった瞬間。その一本のために、今日も練習を重ねます。ぜひチェックしてください。',
      marketing_copy_c: '今週限定で、練習用ボールをもうひと箱プレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '3スター試合球3個',
      replace: '3スター試合球6個',
      labels: ['number_invented'],
    },
    '両面にはITTF公認の裏ソフトラバーを貼り、スポンジ厚は2.1mmです。',
  ),
  listing(
    'p05',
    'console_tables',
    'en',
    CONSOLE_ZH,
    CONSOLE_SRC,
    {
      translated_description:
        'The Oakra console table is made from solid North American white oak and finished with a hardwax oil imported from Germany, leaving a natural grain that feels warm and smooth to the touch. It measures 120 cm wide, 35 cm deep and 80 cm high, a slim profile that fits easily in a hallway or behind a sofa. Two drawers under the top run on soft-close slides, ready for keys, earphones and other small things. The lower shelf holds shoes or a storage basket. The top carries about 30 kg. Assembly is simple and takes about 20 minutes with the tools included.',
      seo_title: 'Oakra Solid White Oak Console Table, 120 cm, 2 Drawers',
      meta_description:
        'Slim console table in solid white oak with a German hardwax oil finish: 120 × 35 × 80 cm, two soft-close drawers and a lower shelf for shoes.',
      h1: 'Oakra: A Warm Welcome in Solid Oak',
      marketing_copy_a:
        'Solid oak, not veneer: a piece that ages beautifully and outlasts flat-pack furniture many times over. Buy the Oakra console once and keep it for years.',
      marketing_copy_b:
        'Keys in the drawer, shoes on the shelf, a lamp glowing on warm wood as you come through the door. Home starts here. Discover Oakra.',
      marketing_copy_c:
        'Spring refresh: free delivery on the Oakra console until Sunday. Order now while stock lasts.',
    },
    {
      field: 'translated_description',
      find: 'carries about 30 kg',
      replace: 'carries about 40 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Assembly is simple and takes about 20 minutes with the tools included.',
  ),
  listing(
    'p05',
    'console_tables',
    'fr',
    CONSOLE_ZH,
    CONSOLE_SRC,
    {
      translated_description:
        'La console Oakra est fabriquée en chêne blanc massif d’Amérique du Nord et finie à l’huile-cire importée d’Allemagne : le veinage reste naturel, doux et chaleureux sous la main. Elle mesure 120 cm de long, 35 cm de profondeur et 80 cm de haut ; tout en finesse, elle trouve sa place dans une entrée ou derrière un canapé. Sous le plateau, deux tiroirs montés sur coulisses à fermeture amortie accueillent clés, écouteurs et autres petits objets. L’étagère du bas reçoit chaussures ou paniers de rangement. Le plateau supporte environ 30 kg. Le montage est simple : les outils sont fournis et il faut compter environ 20 minutes.',
      seo_title: 'Console Oakra en chêne blanc massif, 120 cm, 2 tiroirs',
      meta_description:
        'Console étroite en chêne blanc massif finie à l’huile-cire : 120 × 35 × 80 cm, deux tiroirs à fermeture amortie et une étagère basse.',
      h1: 'Oakra, le chêne massif dès l’entrée',
      marketing_copy_a:
        'Du chêne massif, pas du placage : un meuble qui se patine joliment et traverse les années. Commandez la console Oakra et gardez-la longtemps.',
      marketing_copy_b:
        'Les clés dans le tiroir, les chaussures sur l’étagère, une lampe qui éclaire le bois quand vous rentrez. Ici commence la maison. Découvrez Oakra.',
      marketing_copy_c:
        'Renouveau de printemps : livraison offerte sur la console Oakra jusqu’à dimanche. Profitez-en vite.',
    },
    { field: 'meta_description', find: ': 120 × 35', replace: ': 140 × 35', labels: ['number_invented'] },
    'Le montage est simple : les outils sont fournis et il faut compter environ 20 minutes.',
  ),
  listing(
    'p06',
    'random_orbital_sanders',
    'de',
    SANDER_ZH,
    SANDER_SRC,
    {
      translated_description:
        'Der Exzenterschleifer Torvik RS-125E arbeitet mit einem bürstenlosen 350-W-Motor. Die Drehzahl lässt sich in sechs Stufen zwischen 4.000 und 12.000 U/min einstellen, der Schwingkreis beträgt 2,5 mm – für glatte Flächen ohne Schleifkringel. Der Schleifteller mit 125 mm Durchmesser hat ein Klettsystem, so ist das Schleifpapier in wenigen Sekunden gewechselt. Das Gerät wiegt 1,4 kg, und der Softgriff dämpft Vibrationen, damit die Hände auch bei langen Arbeiten nicht einschlafen. Der Staub landet in der integrierten Staubbox; über einen Adapter lässt sich auch ein Staubsauger anschließen. Im Lieferumfang sind 10 Schleifblätter in verschiedenen Körnungen und ein Aufbewahrungskoffer enthalten.',
      seo_title: 'Torvik RS-125E Exzenterschleifer, bürstenlos, 125 mm',
      meta_description:
        'Bürstenloser Exzenterschleifer mit 350 W, sechs Drehzahlstufen von 4.000 bis 12.000 U/min, 125-mm-Klettteller, Staubbox und Staubsaugeranschluss.',
      h1: 'Torvik RS-125E – glatte Flächen ohne Kringel',
      marketing_copy_a:
        'Bürstenlos heißt: weniger Verschleiß und mehr Laufzeit, Projekt für Projekt. Jetzt kaufen und die alte Schleifmaschine in Rente schicken.',
      marketing_copy_b:
        'Mit der Hand über frisch geschliffenes Holz streichen, seidig und makellos – dafür lohnt sich jede Minute in der Werkstatt. Entdecken Sie den Torvik.',
      marketing_copy_c:
        'Werkstattwochen: Zu jedem Schleifer gibt es ein Extra-Set Schleifpapier gratis. Sichern Sie sich Ihren, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'bürstenlosen 350-W-Motor',
      replace: 'bürstenlosen 400-W-Motor',
      labels: ['number_dropped', 'number_invented'],
    },
    'Im Lieferumfang sind 10 Schleifblätter in verschiedenen Körnungen und ein Aufbewahrungskoffer enthalten.',
  ),
  listing(
    'p06',
    'random_orbital_sanders',
    'es',
    SANDER_ZH,
    SANDER_SRC,
    {
      translated_description:
        'La lijadora excéntrica Torvik RS-125E lleva un motor sin escobillas de 350 W. La velocidad se regula en seis niveles, entre 4000 y 12.000 rpm, y la órbita de 2,5 mm deja superficies lisas, sin marcas en espiral. La base de 125 mm de diámetro tiene cierre de velcro, así que cambiar la lija es cuestión de segundos. Pesa 1,4 kg y su empuñadura de goma blanda amortigua las vibraciones para que no se te duerman las manos en los trabajos largos. Incluye un depósito de polvo y, con el adaptador, también puedes conectarla a una aspiradora. Se entrega con 10 lijas de distintos granos y un maletín de almacenaje.',
      seo_title: 'Lijadora excéntrica Torvik RS-125E sin escobillas, 350 W',
      meta_description:
        'Lijadora excéntrica sin escobillas de 350 W con seis velocidades de 4000 a 12.000 rpm, base de velcro de 125 mm y depósito de polvo.',
      h1: 'Torvik RS-125E, acabados lisos sin esfuerzo',
      marketing_copy_a:
        'Sin escobillas significa menos desgaste y más horas de trabajo, proyecto tras proyecto. Compra la RS-125E y jubila tu vieja lijadora.',
      marketing_copy_b:
        'Pasar la mano por la madera recién lijada, suave como la seda: por eso merece la pena cada minuto en el taller. Descubre la Torvik.',
      marketing_copy_c:
        'Semana del taller: un juego extra de lijas de regalo con cada lijadora. Pídela ya, hasta agotar existencias.',
    },
    {
      field: 'translated_description',
      find: 'Pesa 1,4 kg',
      replace: 'Pesa 1,6 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Se entrega con 10 lijas de distintos granos y un maletín de almacenaje.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** `text` split after its `n`-th sentence into two `<p>` blocks (Latin scripts). */
const twoParagraphs = (text: string, n: number): string => {
  const parts = text.split(/(?<=\D[.!?])\s+/);
  return `<p>${parts.slice(0, n).join(' ')}</p>\n<p>${parts.slice(n).join(' ')}</p>`;
};

// en: listing 1 (encyclopedia) takes styles 0-2, listing 2 (marble run) 3-5, listing 3 (console table) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the English translation of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `**Value-focused copy:** ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHope this helps! Let me know if you’d like any tweaks to the tone.`,
  }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `As an AI language model, I can’t watch children play – but here’s an emotional take: ${c.marketing_copy_b}`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({ meta_description: `Meta description: ${c.meta_description}` }),
  (c) => ({ translated_description: twoParagraphs(c.translated_description, 2) }),
  (c) => ({ marketing_copy_a: `"marketing_copy_a": "${c.marketing_copy_a}",` }),
];

// de: listing 1 (merino shirt) takes styles 0-2, listing 2 (paddle) 3-5, listing 3 (sander) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Hier ist die Übersetzung ins Deutsche:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `<p><strong>${c.marketing_copy_a}</strong></p>` }),
  (c) => ({ meta_description: `Meta-Beschreibung: ${c.meta_description}` }),
  (c) => ({ h1: `Überschrift (H1) – ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nIch hoffe, das gefällt Ihnen so! Bei Änderungswünschen melden Sie sich gern.`,
  }),
  (c) => ({
    translated_description: `\`\`\`json\n{\n  "beschreibung": "${c.translated_description}"\n}\n\`\`\``,
  }),
  (c) => ({
    translated_description: `Als KI-Sprachmodell kann ich die technischen Angaben nicht selbst überprüfen. ${c.translated_description}`,
  }),
  (c) => ({ seo_title: `## ${c.seo_title}` }),
  (c) => ({ marketing_copy_c: `Übersetzung: ${c.marketing_copy_c}` }),
];

// ja: listing 1 (encyclopedia) takes styles 0-2, listing 2 (paddle) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下が日本語訳です。\n\n${c.translated_description}` }),
  (c) => ({ h1: `**見出し：** ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n他に修正したい点があれば、お気軽にお知らせください！`,
  }),
  (c) => ({ marketing_copy_a: `<div class="copy">${c.marketing_copy_a}</div>` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      4,
      '※AI言語モデルによる翻訳のため、専門用語は必ずご確認ください。',
    ),
  }),
  (c) => ({ marketing_copy_b: `\`\`\`text\n${c.marketing_copy_b}\n\`\`\`` }),
];

// es: listing 1 (marble run) takes styles 0-2, listing 2 (sander) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la traducción al español:\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `**Copy emocional:** ${c.marketing_copy_b}` }),
  (c) => ({ h1: `<h2>${c.h1}</h2>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n¡Espero que te sirva! Si quieres ajustar el tono, dímelo.`,
  }),
  (c) => ({ meta_description: `Metadescripción — ${c.meta_description}` }),
  (c) => ({
    marketing_copy_c: `Como modelo de lenguaje de IA, no puedo confirmar la vigencia de la oferta. ${c.marketing_copy_c}`,
  }),
];

// fr: listing 1 (merino shirt) takes styles 0-2, listing 2 (console table) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Voici la traduction en français :\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `\`\`\`markdown\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nN’hésitez pas à me dire si vous souhaitez une version plus courte !`,
  }),
  (c) => ({
    translated_description: afterSentence(c.translated_description, 3, '<br />').replace(
      ' <br /> ',
      '<br />',
    ),
  }),
  (c) => ({ h1: `### Titre H1 : ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `En tant qu’IA, je ne peux pas garantir les conditions de livraison, mais voici une proposition : « ${c.marketing_copy_c} »`,
  }),
];

export const ROUND_65_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap marble runs come apart after a week of play.',
      'Counterfeit encyclopedias often have blurry, misprinted pages.',
      'A knockoff console table wobbles from the very first day.',
      'Fake oak veneer soon starts to peel at the edges.',
    ],
    slogans: ['Big questions, bright minds.', 'Built to roll.'],
    chineseLeftovers: [],
    duplicateLead: 'Put simply: ',
    titleStuffing: ' | Gift for Kids, Bestseller, Top Rated, Free Delivery, New Arrival',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Schleifer hinterlassen überall Kringel im Holz.',
      'Eine Fälschung erkennt man an den schiefen Nähten.',
      'Nachahmungen von Turnierbelägen verlieren schnell ihren Grip.',
      'Ein Imitat aus Kunstfaser kratzt auf der Haut.',
    ],
    slogans: ['Wärme, die mitwandert.', 'Jeder Ball zählt.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Top-Qualität, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のラケットはすぐにラバーがはがれてしまいます。',
      'コピー品の図鑑は印刷がにじんでいることがあります。',
      '偽物の公認マークが付いたラバーにご注意ください。',
      '模倣品のグリップは手になじみません。',
    ],
    slogans: ['知りたい気持ちを、ページの先へ。', 'その一球に、想いをこめて。'],
    chineseLeftovers: ['这本书的内容很丰富，孩子们都很喜欢看。', '这个球拍质量很好，打起来手感非常舒服。'],
    duplicateLead: 'つまり、',
    titleStuffing: '｜人気 ランキング 新作 プレゼント 送料無料 公式',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las lijadoras baratas dejan marcas por toda la madera.',
      'Una imitación de este circuito se desmonta enseguida.',
      'Las canicas falsas se rompen con facilidad.',
      'Cuidado con las falsificaciones de herramientas en internet.',
    ],
    slogans: ['Rueda la imaginación.', 'La madera, a tu manera.'],
    chineseLeftovers: [],
    duplicateLead: 'Dicho de otro modo: ',
    titleStuffing: ' | Regalo ideal, novedad, top ventas, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une laine pas chère gratte à chaque port.',
      'Méfiez-vous des contrefaçons de consoles design.',
      'Un faux chêne se raye très vite.',
      'Aucune réplique ne tient aussi chaud.',
    ],
    slogans: ['La laine qui vous suit partout.', 'Le chêne, tout simplement.'],
    chineseLeftovers: [],
    duplicateLead: 'Bref : ',
    titleStuffing: ' | Idée cadeau, nouveauté, best-seller, livraison gratuite',
  },
};
