// Blind set, round 69 (written without reading the gate, committed before it is scored): six products close to the
// register of the shared dev set (plain catalogue sources, plain marketing copy), a toddler toy with an age range, a
// piece of furniture with dimensions, bedding, a garden tool, a car accessory and a baby-care device, in the
// categories toddler_activity_cubes, folding_storage_benches, duvet_cover_sets, telescopic_hedge_shears,
// car_boot_organisers and baby_nasal_aspirators, 12 hand-written listings, three artifact styles per listing and
// wording of its own (this round: exactly the kinds the README's definition of llm_artifact names — lead-ins,
// AI disclaimers, sign-offs, code fences, HTML tags, markdown labels and field-label prefixes — each written in the
// listing's own language ("Here’s the translation", "Hier ist die Übersetzung", "以下が日本語訳です", "Aquí tienes
// la traducción", "Voici la traduction"; "As an AI", "Als KI-Sprachmodell", "AIによる翻訳", "Como modelo de
// lenguaje", "En tant que modèle de langage"), with varied punctuation (colon, dash, brackets, newline, JSON quotes)
// and placement (before, after, between sentences, wrapped round the field); no digits in artifacts that land in the
// description, title or meta); legitimate numbers: Tinkoo about 30 cm (11.8 in), 五个面 (five sides, cinq faces),
// 1 to 3 years (1 à 3 ans), 12 months (12 mois), 4 wire tracks (4 fils), about 2.8 kg (6.2 lb, 2,8 kg), EN71, 周岁
// (first birthday, premier anniversaire: 1 is a source number anyway); Sitbox 76×38×38 cm, about 80 litres (約80
// リットル), 5 cm, 150 kg, 两个大人 (zwei Erwachsene, 大人2人), 10 cm, 三种 (drei Farben, 3色), 仿麻 is a linen look
// (Leinenoptik, リネン調), not a forbidden term; Mianlu 四件套 (four-piece, cuatro piezas), 60支 (60s, 60 hilos),
// 200×230 cm, 245×250 cm, 两个 (two, dos) pillowcases, 48×74 cm, 1.8 m (1,8 m), 30 °C, 三种 (three, tres) colours,
// idioms 一个/一条 (a, una); Trimko 25 cm, SK5, about 2 cm, 68 to 96 cm, 1.2 kg (1,2 kg), 终身 (lifelong, à vie: not a
// number); Tidyo 60×35×30 cm (23.6 × 13.8 × 11.8 in), 三个 (three, drei) compartments, 600D, 4 strips (Four, Vier),
// about 25 kg (55 lb), 5 cm; Nuzzo 0 to 3 years (0〜3歳, 0 a 3 años), 三档 (3段階, tres niveles), 60 kPa, 两种 (2サイズ,
// dos tamaños), 7 melodies (7曲, 7 melodías), about 30 uses (約30回, unos 30 usos), IPX5, idiom 充满一次 (a full
// charge, フル充電, la batería llena).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const CUBE_ZH = 'Tinkoo 木质多功能益智屋 五面玩法 1-3岁';
const CUBE_SRC =
  'Tinkoo 木质益智屋采用新西兰松木和水性漆，边长约30厘米，五个面玩法各不相同：绕珠、形状配对、齿轮、时钟和翻板小门。所有边角都打磨成圆角，适合1至3岁宝宝，满12个月就能开始玩。顶部的绕珠轨道有4条彩色钢丝，锻炼手眼协调和精细动作。整个益智屋重约2.8公斤，底部宽大，宝宝扶着站起来也不易翻倒。产品通过EN71玩具安全认证，送给宝宝做周岁礼物再合适不过。';
const BENCH_ZH = 'Sitbox 折叠收纳凳 76厘米 可坐可储物';
const BENCH_SRC =
  'Sitbox 折叠收纳凳尺寸为76×38×38厘米，内部储物空间约80升，玩具、被子、换季衣物都能装下。框架采用加厚密度板，坐面填充5厘米高回弹海绵，可承重150公斤，两个大人同时坐也稳稳当当。表面为仿麻布料，耐磨易打理。不用时可以折叠收起，厚度只有10厘米。床尾、玄关、客厅都能放，能坐又能收纳。有燕麦色、深灰色和墨绿色三种颜色可选。';
const BEDDING_ZH = 'Mianlu 60支长绒棉贡缎四件套 1.8米床';
const BEDDING_SRC =
  'Mianlu 四件套选用60支新疆长绒棉，贡缎工艺，摸起来顺滑细腻，越洗越柔软。一套包括一个被套、一条床单和两个枕套：被套200×230厘米，床单245×250厘米，枕套48×74厘米，适合1.8米的床。被套采用隐形拉链，内侧缝有系带，被芯不跑位。使用活性印染，不易褪色。建议30℃以下水温机洗，不要漂白。共有雾蓝、燕麦、灰粉三种颜色。';
const SHEARS_ZH = 'Trimko 伸缩式绿篱剪 手柄可伸长至96厘米';
const SHEARS_SRC =
  'Trimko 绿篱剪刀片长25厘米，采用SK5高碳钢，经过热处理，锋利耐用，可以轻松剪断直径约2厘米的枝条。刀刃带波浪纹，剪枝时枝条不会打滑。铝合金手柄可从68厘米伸长到96厘米，站在地上就能修剪高处的树篱，不用搬梯子。手柄之间装有减震缓冲垫，长时间修剪手腕也不累。整把剪刀仅重1.2公斤，女士和老人也能轻松使用。刀片可以自己打磨，配件终身供应。';
const BOOT_ZH = 'Tidyo 汽车后备箱收纳箱 可折叠 三格';
const BOOT_SRC =
  'Tidyo 后备箱收纳箱展开尺寸为60×35×30厘米，分成三个独立格子，中间隔板可以拆下，装大件东西也方便。采用600D牛津布和加厚纸板内衬，装满东西也不会塌。底部有4条魔术贴，牢牢贴在后备箱地毯上，急刹车也不乱滑。侧面带网兜，放雨伞、玻璃水正合适。最大承重约25公斤，买菜、露营、带娃出门都用得上。不用时折叠起来厚度只有5厘米。';
const ASPIRATOR_ZH = 'Nuzzo 婴儿电动吸鼻器 三档吸力 0-3岁';
const ASPIRATOR_SRC =
  'Nuzzo 电动吸鼻器专为0至3岁宝宝设计，有三档吸力可调，最大吸力60kPa，从清鼻涕到黏稠的鼻屎都能吸出来。配两种尺寸的食品级硅胶吸头，头部柔软，不伤宝宝娇嫩的鼻腔。内置7首轻音乐，吸鼻时放一放，宝宝哭闹也少了。储涕杯可以拆开用水冲洗，吸头能用开水消毒。USB充电，充满一次大约能用30次。机身防水等级IPX5，清洗时不怕进水。';

export const ROUND_69_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'toddler_activity_cubes',
    'en',
    CUBE_ZH,
    CUBE_SRC,
    {
      translated_description:
        'The Tinkoo wooden activity cube is made from New Zealand pine with a water-based finish and measures about 30 cm (11.8 in) along each side. Each of its five sides offers a different game: a bead maze, shape sorting, gears, a clock and little flip doors. Every edge and corner is sanded round, making it suitable for toddlers aged 1 to 3, and babies can start playing from 12 months. The bead maze on top has 4 coloured wire tracks that build hand-eye coordination and fine motor skills. The whole cube weighs about 2.8 kg (6.2 lb), and its wide base keeps it steady even when a little one pulls up to stand against it. Certified to the EN71 toy safety standard, it makes a perfect first-birthday present.',
      seo_title: 'Tinkoo Wooden Activity Cube, 5 Play Sides, Ages 1–3',
      meta_description:
        'Wooden activity cube for toddlers aged 1 to 3 with a bead maze, shape sorter, gears, clock and flip doors on five sides, rounded edges and EN71 safety.',
      h1: 'Tinkoo – Five Sides of Play for Little Hands',
      marketing_copy_a:
        'Five toys in one sturdy pine cube that keeps your child busy from the first wobbly steps to preschool. Order the Tinkoo today.',
      marketing_copy_b:
        'The first time they steer a bead all the way round on their own, their whole face lights up. Be there for every small discovery. Discover Tinkoo.',
      marketing_copy_c:
        'Birthday special: free gift wrapping on every Tinkoo ordered this month. Shop now while stocks last.',
    },
    { field: 'seo_title', find: 'Ages 1–3', replace: 'Ages 1–4', labels: ['number_invented'] },
    'The whole cube weighs about 2.8 kg (6.2 lb), and its wide base keeps it steady even when a little one pulls up to stand against it.',
  ),
  listing(
    'p01',
    'toddler_activity_cubes',
    'fr',
    CUBE_ZH,
    CUBE_SRC,
    {
      translated_description:
        'Le cube d’activités en bois Tinkoo est fabriqué en pin de Nouvelle-Zélande avec une peinture à l’eau et mesure environ 30 cm de côté. Ses cinq faces proposent chacune un jeu différent : labyrinthe de perles, formes à emboîter, engrenages, horloge et petites portes à ouvrir. Tous les coins et arêtes sont soigneusement arrondis ; il convient aux enfants de 1 à 3 ans, et bébé peut commencer à jouer dès 12 mois. Le labyrinthe du dessus compte 4 fils colorés qui développent la coordination œil-main et la motricité fine. Le cube pèse environ 2,8 kg et sa large base le rend stable, même quand l’enfant s’y agrippe pour se mettre debout. Certifié selon la norme de sécurité des jouets EN71, c’est le cadeau idéal pour un premier anniversaire.',
      seo_title: 'Cube d’activités en bois Tinkoo, 5 jeux, de 1 à 3 ans',
      meta_description:
        'Cube d’activités en bois pour enfants de 1 à 3 ans : labyrinthe de perles, formes à emboîter, engrenages, horloge et portes, coins arrondis, norme EN71.',
      h1: 'Tinkoo, cinq faces pour jouer et apprendre',
      marketing_copy_a:
        'Cinq jouets réunis dans un seul cube en pin, qui occupe votre enfant des premiers pas jusqu’à la maternelle. Commandez le Tinkoo dès aujourd’hui.',
      marketing_copy_b:
        'La première fois qu’il fait glisser une perle jusqu’au bout tout seul, son visage s’illumine. Soyez là pour chacune de ses petites victoires. Découvrez Tinkoo.',
      marketing_copy_c:
        'Spécial anniversaires : emballage cadeau offert pour tout Tinkoo acheté ce mois-ci. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'dès 12 mois',
      replace: 'dès 10 mois',
      labels: ['number_dropped', 'number_invented'],
    },
    'Le cube pèse environ 2,8 kg et sa large base le rend stable, même quand l’enfant s’y agrippe pour se mettre debout.',
  ),
  listing(
    'p02',
    'folding_storage_benches',
    'de',
    BENCH_ZH,
    BENCH_SRC,
    {
      translated_description:
        'Die faltbare Sitzbank mit Stauraum Sitbox misst 76 × 38 × 38 cm und bietet innen rund 80 Liter Platz – genug für Spielzeug, Bettdecken oder Kleidung, die gerade nicht Saison hat. Der Rahmen besteht aus verstärkter MDF-Platte, die Sitzfläche ist mit 5 cm hohem, formstabilem Schaumstoff gepolstert. Sie trägt bis zu 150 kg, sodass auch zwei Erwachsene sicher nebeneinander sitzen. Der Bezug in Leinenoptik ist strapazierfähig und pflegeleicht. Zusammengeklappt ist die Bank nur 10 cm flach und lässt sich platzsparend verstauen. Ob am Bettende, im Flur oder im Wohnzimmer: Sie ist Sitzplatz und Stauraum in einem. Erhältlich in drei Farben: Hafer, Dunkelgrau und Tannengrün.',
      seo_title: 'Sitbox faltbare Sitzbank mit Stauraum, 76 × 38 × 38 cm',
      meta_description:
        'Faltbare Sitzbank Sitbox mit rund 80 Litern Stauraum, 5 cm Polsterung und bis zu 150 kg Tragkraft – für Bettende, Flur und Wohnzimmer, in drei Farben.',
      h1: 'Sitbox – mehr Ordnung, mehr Sitzplatz',
      marketing_copy_a:
        'Eine Bank, die Platz schafft, statt ihn zu verbrauchen: Decken, Spielzeug und Wintersachen verschwinden einfach unter dem Sitz. Jetzt bestellen.',
      marketing_copy_b:
        'Abends die Schuhe ausziehen, kurz durchatmen, und das Durcheinander im Flur ist verstaut. So fühlt sich Ankommen an. Entdecken Sie Sitbox.',
      marketing_copy_c:
        'Nur diesen Monat: Beim Kauf von zwei Bänken gibt es ein passendes Sitzkissen gratis dazu. Sichern Sie sich Ihre Sitbox jetzt.',
    },
    {
      field: 'meta_description',
      find: 'bis zu 150 kg',
      replace: 'bis zu 180 kg',
      labels: ['number_invented'],
    },
    'Zusammengeklappt ist die Bank nur 10 cm flach und lässt sich platzsparend verstauen.',
  ),
  listing(
    'p02',
    'folding_storage_benches',
    'ja',
    BENCH_ZH,
    BENCH_SRC,
    {
      translated_description:
        'Sitboxの折りたたみ収納スツールは、サイズ76×38×38cm、内部の収納スペースは約80リットル。おもちゃや布団、季節外れの衣類までまとめてしまえます。フレームには厚手のMDFボードを使用し、座面には厚さ5cmの高反発ウレタンフォームを入れています。耐荷重は150kgで、大人2人が並んで座ってもしっかり安定します。表面はリネン調の生地で、すり減りにくくお手入れも簡単です。使わないときは折りたたむと厚さわずか10cmになります。ベッドの足元や玄関、リビングなど、どこに置いても座れて収納もできる便利なアイテムです。カラーはオートミール、ダークグレー、ディープグリーンの3色からお選びいただけます。',
      seo_title: 'Sitbox 折りたたみ収納スツール 76×38×38cm',
      meta_description:
        '座れて収納もできる折りたたみスツール。約80リットルの大容量、耐荷重150kg、座面は厚さ5cmのクッション。玄関やベッドの足元に。全3色。',
      h1: 'Sitbox 座れる収納でお部屋すっきり',
      marketing_copy_a:
        'ブランケットもおもちゃも座面の下へ。置くだけで収納がひとつ増えて、部屋がぐっと広く使えます。今すぐ購入。',
      marketing_copy_b:
        '帰宅して靴を脱ぎ、ひと息つける場所がある。散らかりがちな玄関も、すっきり片づいた空間に変わります。ぜひチェックしてみてください。',
      marketing_copy_c: '今月限定で、2台ご購入の方にクッションカバーをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '約80リットル',
      replace: '約100リットル',
      labels: ['number_dropped', 'number_invented'],
    },
    '使わないときは折りたたむと厚さわずか10cmになります。',
  ),
  listing(
    'p03',
    'duvet_cover_sets',
    'en',
    BEDDING_ZH,
    BEDDING_SRC,
    {
      translated_description:
        'The Mianlu four-piece bedding set is made from 60s Xinjiang long-staple cotton in a sateen weave that feels smooth and fine to the touch and gets softer with every wash. The set includes a duvet cover, a flat sheet and two pillowcases: the duvet cover measures 200 × 230 cm, the sheet 245 × 250 cm and the pillowcases 48 × 74 cm, to fit 1.8 m beds. The duvet cover closes with a hidden zip, and ties sewn inside keep the duvet from shifting. Reactive dyeing keeps the colours from fading. Machine wash at 30 °C or below and do not bleach. Available in three colours: mist blue, oat and dusty pink.',
      seo_title: 'Mianlu 4-Piece Sateen Bedding Set, 60s Long-Staple Cotton',
      meta_description:
        'Four-piece sateen bedding set in 60s long-staple cotton: a 200 × 230 cm duvet cover with hidden zip, a flat sheet and two pillowcases for 1.8 m beds.',
      h1: 'Mianlu – Sateen Softness, Night After Night',
      marketing_copy_a:
        'Long-staple cotton, a sateen finish and colours that hold wash after wash – bedding that earns its place for years. Order your Mianlu set today.',
      marketing_copy_b:
        'Slip between cool, silky sheets at the end of a long day and feel the whole week fall away. Treat yourself to Mianlu.',
      marketing_copy_c: 'Spring refresh: free delivery on every Mianlu set this week only. Shop now.',
    },
    {
      field: 'translated_description',
      replace: 'The sateen weave has a thread count of 400.',
      labels: ['number_invented'],
    },
    'Machine wash at 30 °C or below and do not bleach.',
  ),
  listing(
    'p03',
    'duvet_cover_sets',
    'es',
    BEDDING_ZH,
    BEDDING_SRC,
    {
      translated_description:
        'El juego de cama de cuatro piezas Mianlu está confeccionado en algodón de fibra larga de Xinjiang de 60 hilos, con un tejido satén suave y fino al tacto que gana suavidad con cada lavado. Incluye una funda nórdica, una sábana y dos fundas de almohada: la funda nórdica mide 200 × 230 cm, la sábana 245 × 250 cm y las fundas de almohada 48 × 74 cm, para camas de 1,8 m. La funda nórdica se cierra con una cremallera oculta y lleva cintas cosidas por dentro para que el relleno no se mueva. El teñido reactivo evita que los colores se destiñan. Lávalo a máquina a 30 °C como máximo y no uses lejía. Disponible en tres colores: azul niebla, avena y rosa empolvado.',
      seo_title: 'Juego de cama Mianlu de 4 piezas, algodón satén 60 hilos',
      meta_description:
        'Juego de cama de satén de algodón de fibra larga: funda nórdica de 200 × 230 cm con cremallera oculta, sábana y dos fundas de almohada para camas de 1,8 m.',
      h1: 'Mianlu, la suavidad del satén cada noche',
      marketing_copy_a:
        'Algodón de fibra larga, acabado satén y colores que aguantan lavado tras lavado: ropa de cama pensada para durar años. Compra tu juego Mianlu hoy.',
      marketing_copy_b:
        'Métete entre sábanas frescas y sedosas al final de un día largo y deja que la semana se quede fuera. Regálate Mianlu.',
      marketing_copy_c:
        'Renueva tu dormitorio: envío gratis en todos los juegos Mianlu solo esta semana. Aprovecha ahora.',
    },
    {
      field: 'translated_description',
      find: 'la sábana 245 × 250 cm',
      replace: 'la sábana 240 × 250 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Lávalo a máquina a 30 °C como máximo y no uses lejía.',
  ),
  listing(
    'p04',
    'telescopic_hedge_shears',
    'de',
    SHEARS_ZH,
    SHEARS_SRC,
    {
      translated_description:
        'Die Heckenschere Trimko hat 25 cm lange Klingen aus wärmebehandeltem SK5-Kohlenstoffstahl, die scharf und langlebig sind und Äste bis etwa 2 cm Durchmesser mühelos durchtrennen. Dank Wellenschliff rutschen die Zweige beim Schneiden nicht weg. Die Griffe aus Aluminium lassen sich von 68 auf 96 cm ausziehen, sodass Sie hohe Hecken vom Boden aus schneiden können – ganz ohne Leiter. Stoßdämpfer zwischen den Griffen schonen die Handgelenke, auch wenn die Arbeit länger dauert. Mit nur 1,2 kg liegt die Schere auch Frauen und älteren Menschen leicht in der Hand. Die Klingen lassen sich selbst nachschleifen, und Ersatzteile sind lebenslang erhältlich.',
      seo_title: 'Trimko Teleskop-Heckenschere, SK5-Stahl, bis 96 cm',
      meta_description:
        'Teleskop-Heckenschere Trimko mit 25 cm langen Wellenschliff-Klingen aus SK5-Stahl, Griffen von 68 bis 96 cm und Stoßdämpfern – hohe Hecken ohne Leiter.',
      h1: 'Trimko – hohe Hecken schneiden, ohne auf die Leiter zu steigen',
      marketing_copy_a:
        'Gehärteter Stahl, nachschleifbare Klingen und Ersatzteile auf Lebenszeit: eine Schere, die Sie nicht alle paar Jahre ersetzen müssen. Jetzt kaufen.',
      marketing_copy_b:
        'Ein sonniger Samstagvormittag, der Duft frisch geschnittener Hecke und am Ende eine Kante wie mit dem Lineal gezogen. Entdecken Sie Trimko.',
      marketing_copy_c:
        'Frühjahrsaktion: Zu jeder Trimko gibt es ein Paar Gartenhandschuhe gratis. Bestellen Sie, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'bis etwa 2 cm Durchmesser',
      replace: 'bis etwa 3 cm Durchmesser',
      labels: ['number_dropped', 'number_invented'],
    },
    'Mit nur 1,2 kg liegt die Schere auch Frauen und älteren Menschen leicht in der Hand.',
  ),
  listing(
    'p04',
    'telescopic_hedge_shears',
    'fr',
    SHEARS_ZH,
    SHEARS_SRC,
    {
      translated_description:
        'Le taille-haie manuel Trimko possède des lames de 25 cm en acier au carbone SK5 traité thermiquement, tranchantes et durables, qui coupent sans effort les branches jusqu’à environ 2 cm de diamètre. Grâce au tranchant ondulé, les tiges ne glissent pas pendant la coupe. Les manches en aluminium s’allongent de 68 à 96 cm : vous taillez les haies hautes depuis le sol, sans sortir l’échelle. Des butées amortissantes entre les manches ménagent les poignets, même lors des longues séances. Avec seulement 1,2 kg, il se manie facilement, y compris par les femmes et les personnes âgées. Les lames peuvent être réaffûtées soi-même et les pièces détachées restent disponibles à vie.',
      seo_title: 'Taille-haie télescopique Trimko, manches jusqu’à 96 cm',
      meta_description:
        'Taille-haie télescopique Trimko : lames de 25 cm en acier SK5, manches extensibles de 68 à 96 cm et amortisseurs pour tailler les haies hautes du sol.',
      h1: 'Trimko, des haies nettes sans monter sur l’échelle',
      marketing_copy_a:
        'Acier traité, lames réaffûtables et pièces détachées à vie : un outil qu’on ne remplace pas au bout de quelques saisons. Achetez votre Trimko.',
      marketing_copy_b:
        'Un samedi matin ensoleillé, l’odeur du feuillage fraîchement coupé et une haie tirée au cordeau. Découvrez le plaisir du Trimko.',
      marketing_copy_c:
        'Offre de printemps : une paire de gants de jardin offerte avec chaque Trimko. Commandez dès maintenant.',
    },
    { field: 'seo_title', find: 'jusqu’à 96 cm', replace: 'jusqu’à 110 cm', labels: ['number_invented'] },
    'Avec seulement 1,2 kg, il se manie facilement, y compris par les femmes et les personnes âgées.',
  ),
  listing(
    'p05',
    'car_boot_organisers',
    'en',
    BOOT_ZH,
    BOOT_SRC,
    {
      translated_description:
        'The Tidyo car boot organiser measures 60 × 35 × 30 cm (23.6 × 13.8 × 11.8 in) when unfolded and is split into three separate compartments; the middle divider lifts out when you need room for something bulky. Made from 600D Oxford fabric with a thick board lining, it keeps its shape even when fully packed. Four hook-and-loop strips on the base grip the boot carpet, so nothing slides around even under hard braking. Mesh side pockets are just right for an umbrella or a bottle of screen wash. It carries up to about 25 kg (55 lb), ready for the weekly shop, camping trips or days out with the kids. Folded flat, it is only 5 cm thick.',
      seo_title: 'Tidyo Foldable Car Boot Organiser, 3 Compartments',
      meta_description:
        'Foldable car boot organiser with three compartments, 60 × 35 × 30 cm, sturdy 600D Oxford fabric, non-slip hook-and-loop strips and mesh side pockets.',
      h1: 'Tidyo – A Tidy Boot on Every Journey',
      marketing_copy_a:
        'Groceries stay upright, sports kit stays sorted and bottles stop rolling around. One organiser for every trip. Get your Tidyo now.',
      marketing_copy_b:
        'No more wincing at every corner as the shopping tumbles about behind you. Just a calm drive home with everything where you left it. Discover Tidyo.',
      marketing_copy_c:
        'Road-trip season deal: free shipping on every Tidyo until Sunday. Order yours today.',
    },
    {
      field: 'meta_description',
      find: '60 × 35 × 30 cm',
      replace: '60 × 40 × 30 cm',
      labels: ['number_invented'],
    },
    'It carries up to about 25 kg (55 lb), ready for the weekly shop, camping trips or days out with the kids.',
  ),
  listing(
    'p05',
    'car_boot_organisers',
    'de',
    BOOT_ZH,
    BOOT_SRC,
    {
      translated_description:
        'Der Kofferraum-Organizer Tidyo misst aufgeklappt 60 × 35 × 30 cm und ist in drei separate Fächer unterteilt; die mittlere Trennwand lässt sich herausnehmen, wenn Sperriges mitmuss. Er besteht aus 600D-Oxford-Gewebe mit verstärkter Pappeinlage und behält auch voll beladen seine Form. Vier Klettstreifen am Boden haften fest auf dem Kofferraumteppich, sodass selbst bei einer Vollbremsung nichts verrutscht. Seitliche Netztaschen eignen sich ideal für Regenschirm oder Scheibenwischwasser. Mit einer Tragkraft von rund 25 kg ist er beim Wocheneinkauf, beim Camping und bei Ausflügen mit Kindern im Einsatz. Zusammengefaltet ist er nur 5 cm flach.',
      seo_title: 'Tidyo faltbarer Kofferraum-Organizer mit 3 Fächern',
      meta_description:
        'Faltbarer Kofferraum-Organizer Tidyo, 60 × 35 × 30 cm, mit drei Fächern, robustem 600D-Gewebe, rutschfesten Klettstreifen und seitlichen Netztaschen.',
      h1: 'Tidyo – endlich Ordnung im Kofferraum',
      marketing_copy_a:
        'Einkäufe bleiben stehen, Sportsachen bleiben sortiert, und keine Flasche rollt mehr herum. Ein Organizer für jede Fahrt. Jetzt bestellen.',
      marketing_copy_b:
        'Kein Zusammenzucken mehr in jeder Kurve, wenn hinten alles durcheinanderfliegt. Nur eine ruhige Heimfahrt. Entdecken Sie Tidyo.',
      marketing_copy_c:
        'Zum Start der Reisesaison versenden wir jeden Tidyo bis Sonntag kostenlos. Sichern Sie sich jetzt Ihren Tidyo.',
    },
    {
      field: 'translated_description',
      replace: 'Auf den Organizer gibt es 18 Monate Garantie.',
      labels: ['number_invented'],
    },
    'Mit einer Tragkraft von rund 25 kg ist er beim Wocheneinkauf, beim Camping und bei Ausflügen mit Kindern im Einsatz.',
  ),
  listing(
    'p06',
    'baby_nasal_aspirators',
    'ja',
    ASPIRATOR_ZH,
    ASPIRATOR_SRC,
    {
      translated_description:
        'Nuzzoの電動鼻水吸引器は、0〜3歳の赤ちゃん向けに設計されています。吸引力は3段階で調整でき、最大吸引力は60kPa。さらさらの鼻水から、ねばねばした鼻くそまでしっかり吸い取ります。食品グレードのシリコン製ノズルが2サイズ付属し、先端がやわらかいので、赤ちゃんのデリケートな鼻の中を傷つけません。やさしいメロディーを7曲内蔵しているので、吸引中に流せば赤ちゃんもぐずりにくくなります。鼻水タンクは分解して水洗いでき、ノズルは煮沸消毒が可能です。USB充電式で、フル充電で約30回使えます。本体は防水等級IPX5なので、丸洗いしても安心です。',
      seo_title: 'Nuzzo 電動鼻水吸引器 3段階吸引 0〜3歳',
      meta_description:
        '0〜3歳の赤ちゃん向け電動鼻水吸引器。吸引力は3段階、最大60kPa。やわらかいシリコンノズル2サイズ付き、メロディー機能で吸引中も安心。',
      h1: 'Nuzzo 赤ちゃんの鼻づまりをやさしくケア',
      marketing_copy_a:
        '病院に通わなくても、おうちで手早く鼻水ケア。ノズルもタンクも洗えて、毎日清潔に使えます。今すぐ購入。',
      marketing_copy_b:
        '鼻がつまって眠れない夜、苦しそうな寝息に胸が痛みますよね。すっきり通れば、家族みんなでぐっすり。ぜひお試しください。',
      marketing_copy_c: '新生活応援キャンペーン中につき、今なら替えノズルをプレゼント。カートへどうぞ。',
    },
    { field: 'seo_title', find: '3段階吸引', replace: '4段階吸引', labels: ['number_invented'] },
    'USB充電式で、フル充電で約30回使えます。',
  ),
  listing(
    'p06',
    'baby_nasal_aspirators',
    'es',
    ASPIRATOR_ZH,
    ASPIRATOR_SRC,
    {
      translated_description:
        'El aspirador nasal eléctrico Nuzzo está diseñado para bebés de 0 a 3 años. Ofrece tres niveles de succión, con una potencia máxima de 60 kPa, suficiente tanto para mocos líquidos como para los más espesos. Incluye boquillas de silicona de grado alimentario en dos tamaños, con una punta blanda que no daña la delicada nariz del bebé. Lleva 7 melodías suaves integradas: si las pones mientras lo usas, el bebé llorará mucho menos. El depósito se desmonta y se lava con agua, y las boquillas se pueden esterilizar con agua hirviendo. Se carga por USB y, con la batería llena, da para unos 30 usos. El cuerpo tiene protección IPX5, así que puedes lavarlo sin miedo a que entre agua.',
      seo_title: 'Aspirador nasal eléctrico Nuzzo para bebés de 0 a 3 años',
      meta_description:
        'Aspirador nasal eléctrico para bebés de 0 a 3 años: tres niveles de succión hasta 60 kPa, boquillas de silicona suave en dos tamaños y melodías relajantes.',
      h1: 'Nuzzo, alivio suave para naricitas congestionadas',
      marketing_copy_a:
        'Limpieza nasal rápida en casa, sin esperas: boquillas y depósito lavables para usarlo a diario con total higiene. Cómpralo ya.',
      marketing_copy_b:
        'Esas noches en que la nariz tapada no le deja dormir y cada respiración te encoge el corazón. Cuando respira bien, descansáis todos. Descubre Nuzzo.',
      marketing_copy_c:
        'Solo este mes, un juego de boquillas de repuesto de regalo con cada Nuzzo. Pídelo hoy.',
    },
    {
      field: 'translated_description',
      find: 'potencia máxima de 60 kPa',
      replace: 'potencia máxima de 80 kPa',
      labels: ['number_dropped', 'number_invented'],
    },
    'Se carga por USB y, con la batería llena, da para unos 30 usos.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (activity cube) takes styles 0-2, listing 2 (bedding set) 3-5, listing 3 (boot organiser) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the English translation of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `**H1:** ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nLet me know if you’d like a punchier version or a different call to action!`,
  }),
  (c) => ({
    translated_description: `<p>${c.translated_description.replace('The Mianlu', 'The <strong>Mianlu</strong>')}</p>`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (As an AI language model, I can’t verify product claims, so please double-check them before publishing.)`,
  }),
  (c) => ({ marketing_copy_b: `\`\`\`text\n${c.marketing_copy_b}\n\`\`\`` }),
  (c) => ({ seo_title: `Title: ${c.seo_title}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '[Note: as an AI, I have kept the measurements exactly as they appear in the source text.]',
    ),
  }),
  (c) => ({ marketing_copy_b: `{"marketing_copy_b": "${c.marketing_copy_b}"}` }),
];

// de: listing 1 (storage bench) takes styles 0-2, listing 2 (hedge shears) 3-5, listing 3 (boot organiser) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Hier ist die Übersetzung ins Deutsche:\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Ich hoffe, das hilft – sag Bescheid, falls du noch Änderungen möchtest!`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({ translated_description: `**Produktbeschreibung:** ${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `Werbetext (Nutzen) — ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n(Hinweis: Als KI-Sprachmodell kann ich keine Angaben zu Preisen oder Verfügbarkeit garantieren.)`,
  }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ seo_title: `Titel: ${c.seo_title}` }),
  (c) => ({ marketing_copy_a: afterSentence(c.marketing_copy_a, 1, '<br/>') }),
];

// ja: listing 1 (storage bench) takes styles 0-2, listing 2 (nasal aspirator) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下が日本語訳です：\n${c.translated_description}` }),
  (c) => ({ marketing_copy_b: afterSentenceJa(c.marketing_copy_b, 1, '<br>') }),
  (c) => ({ h1: `見出し（H1）：${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n※AIによる翻訳のため、数値や仕様は念のため原文とご確認ください。`,
  }),
  (c) => ({ marketing_copy_c: `\`\`\`\n${c.marketing_copy_c}\n\`\`\`` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}他にも修正が必要でしたら、お気軽にお申し付けください！`,
  }),
];

// es: listing 1 (bedding set) takes styles 0-2, listing 2 (nasal aspirator) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Aquí tienes la traducción al español:\n\n${c.translated_description}` }),
  (c) => ({ h1: `Encabezado: ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} ¡Espero que te sirva! Si necesitas otra versión, avísame.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '(Como modelo de lenguaje de IA, no puedo verificar las especificaciones técnicas del producto.)',
    ),
  }),
  (c) => ({ marketing_copy_a: `<p class="copy">${c.marketing_copy_a}</p>` }),
  (c) => ({ marketing_copy_b: `\`\`\`json\n{"marketing_copy_b": "${c.marketing_copy_b}"}\n\`\`\`` }),
];

// fr: listing 1 (activity cube) takes styles 0-2, listing 2 (hedge shears) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Voici la traduction en français :\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nEn tant que modèle de langage IA, je ne peux pas garantir l’exactitude de ces informations.`,
  }),
  (c) => ({ h1: `## ${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description} N’hésitez pas à me dire si vous souhaitez une version plus courte !`,
  }),
  (c) => ({ marketing_copy_b: `Texte marketing (émotion) : ${c.marketing_copy_b}` }),
  (c) => ({ marketing_copy_c: `<p>${c.marketing_copy_c}</p>\n<!-- fin du bloc -->` }),
];

export const ROUND_69_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap bedding sets start pilling after a few washes.',
      'Knockoff activity cubes are often finished with questionable paint.',
      'Fake boot organisers sag as soon as you load them.',
      'A counterfeit nasal aspirator is the last thing a baby needs.',
    ],
    slogans: ['Little hands, big discoveries.', 'Sleep in softness.'],
    chineseLeftovers: [],
    duplicateLead: 'Quick take: ',
    titleStuffing: ' | Gift Ideas, Best Seller, Free Delivery, Top Rated, New Arrival',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Heckenscheren werden schon nach einer Saison stumpf.',
      'Eine Fälschung erkennt man an der dünnen Pappeinlage.',
      'Nachahmungen aus dem Baumarkt wackeln schon beim Hinsetzen.',
      'Imitate halten mit ihren Klettstreifen nie lange.',
    ],
    slogans: ['Ordnung, die mitfährt.', 'Scharfer Schnitt, gerade Kante.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Top-Qualität, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の収納スツールはすぐに座面がへこみます。',
      'コピー品の吸引器は吸引力が安定しません。',
      '偽物のシリコンノズルはにおいが残りがちです。',
      '模倣品には安全認証がありません。',
    ],
    slogans: ['座れる収納、広がる暮らし。', '小さな鼻に、やさしい吸引。'],
    chineseLeftovers: ['这款收纳凳质量很好，颜色也很漂亮。', '这个吸鼻器声音很小，宝宝用起来很舒服。'],
    duplicateLead: '要するに、',
    titleStuffing: '｜人気 ランキング 新作 プレゼント 送料無料 公式',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los juegos de cama baratos se llenan de bolitas enseguida.',
      'Una imitación de aspirador nasal puede irritar la nariz del bebé.',
      'Las falsificaciones de satén pierden el brillo con los lavados.',
      'Ese algodón falso encoge en la lavadora.',
    ],
    slogans: ['Dulces sueños, cada noche.', 'Respirar bien, dormir mejor.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Idea regalo, superventas, novedad, envío gratis, top ventas',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un taille-haie pas cher s’émousse en une saison.',
      'Les contrefaçons de jouets en bois ne respectent pas les normes.',
      'Méfiez-vous des faux certificats de sécurité.',
      'Aucune réplique ne coupe aussi net.',
    ],
    slogans: ['Jouer, c’est grandir.', 'La haie parfaite, sans échelle.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Cadeau, nouveauté, meilleure vente, livraison gratuite',
  },
};
