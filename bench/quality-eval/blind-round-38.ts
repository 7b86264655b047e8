// Blind set, round 38 (written without reading the gate, committed before it is scored): six seasonal-decoration,
// festive-lighting and craft-supply products in the categories artificial_christmas_trees, led_curtain_lights,
// holiday_projector_lights, inflatable_yard_decorations, hot_glue_guns and epoxy_resin_kits, 12 hand-written
// listings, three artifact styles per listing and wording of its own (this round: the common classes again, left the
// terse, list-like way another model family leaves them, with unusual punctuation: a one- or two-word lead-in before a
// colon or dash, a closing remark after an em dash or a line break, a parenthetical or bracketed aside about the
// writing in the middle of a field, a self-correction mid-sentence, a status word left in (approved, v3, reviewed,
// freigegeben, 校了, validé, aprobado), an instruction the model repeated to itself, and a remark to a named or
// role-named colleague; no digits in artifacts that land in the description, title or meta); legitimate numbers:
// Tannhall 1.8 m (5.9 ft; 1,8 m), 110 cm (43.3 in), 上百 (over 100, über 100) branches, 1200 tips (1,200), 400 LEDs,
// 两种 (two, zwei) light colours, 三段式 (3 sections, dreiteilig), 几分钟 (a few minutes: vague); Glimra 3×3米
// (3 × 3 m, 9.8 × 9.8 ft; 3×3m), 10 strands, 300 LEDs, 8 modes, 6 hours on and 18 off, 5 V, IP44, 几十个 (dozens,
// 数十個: vague); Lumora 第2代 (2. Generation, 2e génération), 16 motifs, 25 m², 双透镜 (double lens, Doppellinsen: not a
// number), IP65, 2, 4 or 6 hours, 5 m, 零下20至40℃ (−20 to 40 °C); Puffy 2.4 m (2,4 m), 3 minutes, 8 LEDs, 210D,
// 4 stakes, 两条 (dos, deux) ropes, 1.5 m (1,5 m), 12 V; Craftee 2000 mAh (2,000), 2.5 hours (2,5 horas), 90 minutes,
// 15 seconds, 180 °C (356 °F), 7 mm, 30 sticks, 百分之百 (100%, 100 %) EVA, 三合一 (3-in-1, 3 en 1), 8 years;
// Resina ClearCast 2.0 (version number, keeps its dot), 500 ml each, 1:1, 1 litre (1 Liter, 1L), 40 minutes, 24 and
// 72 hours, 几十件 (Dutzende, 数十点: vague), 12 colours (12 Farben, 12色).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, afterSentenceJa, listing, type BlindListing, type DefectWording } from './blind-set';

const TREE_ZH = 'Tannhall 1.8米 仿真圣诞树 预装LED灯';
const TREE_SRC =
  'Tannhall 仿真圣诞树高1.8米，底部直径约110厘米，上百根分枝共有1200个PE与PVC混合枝头，层次浓密逼真。树上预装400颗LED灯珠，提供暖白和彩色两种灯光。树身为三段式折叠结构，几分钟即可装好，附赠金属底座。材料阻燃，适合室内摆放，收纳后可年年重复使用。';
const CURTAIN_ZH = 'Glimra 3×3米 LED窗帘灯';
const CURTAIN_SRC =
  'Glimra LED窗帘灯展开尺寸为3×3米，由10条垂灯组成，共300颗暖白LED灯珠。附带遥控器，可切换8种闪烁模式；定时功能为亮6小时、关18小时，每天自动循环。USB供电，5V低压更安全。灯线采用可弯折的铜线，防水等级IP44，另附几十个透明挂钩。';
const PROJECTOR_ZH = 'Lumora 第2代 圣诞动态投影灯';
const PROJECTOR_SRC =
  'Lumora 第2代圣诞投影灯内置16种动态图案，有雪花、圣诞老人和驯鹿等，最大投影面积约25平方米。采用双透镜光学结构，画面更清晰。防水等级IP65，可放在户外花园。支持遥控和定时，时长可选2、4或6小时。插地钉安装，电源线长5米，适用温度为零下20至40℃。';
const INFLATABLE_ZH = 'Puffy 2.4米 充气圣诞老人 带LED灯';
const INFLATABLE_SRC =
  'Puffy 充气圣诞老人高2.4米，内置风机自动充气，约3分钟即可立起。身上装有8颗LED灯，夜里也很醒目。面料为210D防水牛津布，配4根地钉和两条固定绳，抗风更稳。电源线长1.5米，适配器输出12V。放气后体积小巧，可装进附带的收纳袋。适合花园、门口和商场布置。';
const GLUE_ZH = 'Craftee 无线热熔胶枪 三合一配件';
const GLUE_SRC =
  'Craftee 无线热熔胶枪内置2000毫安时锂电池，约2.5小时充满，可连续使用约90分钟。预热只需15秒，喷嘴温度约180℃。适用7毫米胶棒，附赠30根百分之百EVA透明胶棒。另配三合一配件：硅胶喷嘴套、防烫指套和支架。8岁以上儿童需在成人陪同下使用。';
const RESIN_ZH = 'Resina ClearCast 2.0 环氧树脂手工套装';
const RESIN_SRC =
  'Resina ClearCast 2.0 环氧树脂套装含A胶和B胶各500毫升，按1:1比例混合，共1升。可操作时间约40分钟，24小时表干，72小时完全固化。固化后清澈透明，不易发黄。套装还附赠几十件工具，包括硅胶杯、搅拌棒和手套，以及12色色精。适合制作首饰、杯垫和小摆件。';

export const ROUND_38_LISTINGS: readonly BlindListing[] = [
  listing(
    't01',
    'artificial_christmas_trees',
    'en',
    TREE_ZH,
    TREE_SRC,
    {
      translated_description:
        'The Tannhall artificial Christmas tree stands 1.8 m (5.9 ft) tall and spreads to about 110 cm (43.3 in) across at the base. Over 100 branches carry 1,200 tips in a blend of PE and PVC, layered thickly for a convincingly natural look. 400 LEDs come pre-strung on the branches and glow in two lighting options, warm white or multicolour. The tree folds into 3 hinged sections, goes up in a few minutes and comes with a metal stand. Its flame-retardant materials are made for indoor display, and it packs away neatly to come out again every December.',
      seo_title: 'Tannhall Artificial Christmas Tree, 1.8 m, Pre-Lit',
      meta_description:
        'Tannhall pre-lit Christmas tree, 1.8 m tall with 1,200 PE and PVC tips on over 100 branches. Folds into 3 sections and sets up in minutes on its metal stand.',
      h1: 'Tannhall Pre-Lit Christmas Tree',
      marketing_copy_a:
        'No needles to hoover up and no new tree to haul home each winter, so Tannhall pays for itself within a few seasons. Order yours today.',
      marketing_copy_b:
        'The first evening of Advent, the room goes quiet as the lights come on and the children reach for their favourite baubles. Discover the Tannhall tree.',
      marketing_copy_c:
        'Order before the end of November and we’ll include a padded storage bag for free – add your tree to the cart now.',
    },
    { field: 'seo_title', find: '1.8 m,', replace: '2.1 m,', labels: ['number_invented'] },
    '400 LEDs come pre-strung on the branches and glow in two lighting options, warm white or multicolour.',
  ),
  listing(
    't01',
    'artificial_christmas_trees',
    'de',
    TREE_ZH,
    TREE_SRC,
    {
      translated_description:
        'Der künstliche Weihnachtsbaum Tannhall ist 1,8 m hoch und misst am Fuß rund 110 cm im Durchmesser. An über 100 Ästen sitzen 1200 Zweigspitzen aus einer Mischung von PE und PVC, dicht gestaffelt und täuschend echt. Vorinstalliert sind 400 LED-Lämpchen mit zwei Lichtfarben: Warmweiß oder bunt. Der dreiteilige Klappbaum steht in wenigen Minuten, einen Metallständer gibt es dazu. Die Materialien sind schwer entflammbar und für den Innenraum gedacht; nach dem Fest verstauen Sie den Baum platzsparend bis zum nächsten Advent.',
      seo_title: 'Tannhall Weihnachtsbaum künstlich, 1,8 m, mit LEDs',
      meta_description:
        'Künstlicher Weihnachtsbaum Tannhall, 1,8 m hoch, mit 400 vorinstallierten LEDs in zwei Lichtfarben. Dreiteilig, schnell aufgebaut, mit Metallständer.',
      h1: 'Tannhall Christbaum mit Beleuchtung',
      marketing_copy_a:
        'Einmal anschaffen und jedes Jahr wieder aufstellen: keine Nadeln auf dem Teppich, kein Schleppen vom Christbaumverkauf. Jetzt bestellen.',
      marketing_copy_b:
        'Wenn am ersten Adventsabend die Lichter angehen und alle gemeinsam den Schmuck aufhängen, ist Weihnachten wirklich da. Entdecken Sie Tannhall.',
      marketing_copy_c:
        'Bis Ende November legen wir eine gepolsterte Aufbewahrungstasche gratis dazu – sichern Sie sich Ihren Baum.',
    },
    {
      field: 'translated_description',
      find: 'rund 110 cm',
      replace: 'rund 120 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'An über 100 Ästen sitzen 1200 Zweigspitzen aus einer Mischung von PE und PVC, dicht gestaffelt und täuschend echt.',
  ),
  listing(
    't02',
    'led_curtain_lights',
    'en',
    CURTAIN_ZH,
    CURTAIN_SRC,
    {
      translated_description:
        'The Glimra LED curtain light opens out to 3 × 3 m (9.8 × 9.8 ft) and hangs in 10 strands with 300 warm-white LEDs in total. The remote control switches between 8 twinkle modes and runs the timer, which keeps the lights on for 6 hours, off for 18 and repeats the cycle every day. Power comes over USB at a safe, low 5 V. The copper wire bends easily around frames and curtain rails, the lights are rated IP44, and dozens of clear hooks come in the box.',
      seo_title: 'Glimra LED Curtain Lights, 3 × 3 m, 300 Warm-White LEDs',
      meta_description:
        'Glimra LED curtain lights, 3 × 3 m with 10 strands and 300 warm-white LEDs. Bendable copper wire, IP44 rated and USB powered, with a remote and clear hooks.',
      h1: 'Glimra Warm-White Window Curtain Lights',
      marketing_copy_a:
        'Turn a bare window into the brightest on the street without an electrician or an extension lead trailing outside. Shop Glimra now.',
      marketing_copy_b:
        'When the evenings draw in early, a soft curtain of light behind the glass makes coming home feel like stepping into a Christmas card. Discover Glimra.',
      marketing_copy_c:
        'Bundle deal this week: a free USB wall plug with every curtain light – grab yours while stocks last.',
    },
    {
      field: 'translated_description',
      replace: 'Each LED is rated for 30,000 hours of use.',
      labels: ['number_invented'],
    },
    'Power comes over USB at a safe, low 5 V.',
  ),
  listing(
    't02',
    'led_curtain_lights',
    'ja',
    CURTAIN_ZH,
    CURTAIN_SRC,
    {
      translated_description:
        'GlimraのLEDカーテンライトは、広げると3×3mの大きさです。10本のラインに、暖かみのある白色LEDが合計300個並びます。付属のリモコンで8種類の点滅モードを切り替えられ、タイマーを使えば6時間点灯・18時間消灯を毎日自動でくり返します。電源はUSB給電で、5Vの低電圧なので安心して使えます。ライトのコードは自由に曲げられる銅線で、防水規格はIP44。透明フックも数十個付いています。',
      seo_title: 'Glimra LEDカーテンライト 3×3m 暖白色300球',
      meta_description:
        '3×3mに暖白色LEDを300個並べたカーテンライト。曲げられる銅線とIP44の防水仕様で、窓辺やベッドまわりを手軽にクリスマスらしく彩ります。',
      h1: '窓辺を彩る Glimra カーテンライト',
      marketing_copy_a: '工事も延長コードもいらず、USBにつなぐだけで窓がぱっと華やぎます。今すぐ購入。',
      marketing_copy_b:
        '日が暮れるのが早い季節、窓辺にやさしい光のカーテンがあれば、帰り道が少し楽しみになりませんか？ぜひチェックしてください。',
      marketing_copy_c: '今週だけ、USB電源アダプターをおまけでお付けします。お早めにどうぞ。',
    },
    { field: 'meta_description', find: '300個', replace: '400個', labels: ['number_invented'] },
    '付属のリモコンで8種類の点滅モードを切り替えられ、タイマーを使えば6時間点灯・18時間消灯を毎日自動でくり返します。',
  ),
  listing(
    't03',
    'holiday_projector_lights',
    'de',
    PROJECTOR_ZH,
    PROJECTOR_SRC,
    {
      translated_description:
        'Der Weihnachtsprojektor Lumora der 2. Generation bringt 16 bewegte Motive mit, darunter Schneeflocken, den Weihnachtsmann und Rentiere, und bespielt eine Fläche von bis zu rund 25 m². Eine Doppellinsen-Optik sorgt für ein schärferes Bild. Das Gehäuse ist nach IP65 geschützt, der Projektor darf also auch draußen im Garten stehen. Per Fernbedienung schalten Sie ihn ein und wählen einen Timer von 2, 4 oder 6 Stunden. Aufgestellt wird er mit einem Erdspieß, das Netzkabel ist 5 m lang. Er arbeitet bei Außentemperaturen von −20 bis 40 °C.',
      seo_title: 'Lumora Weihnachtsprojektor, 2. Generation, IP65',
      meta_description:
        'Weihnachtsprojektor Lumora mit 16 bewegten Motiven auf bis zu 25 m², Doppellinsen-Optik, Schutzart IP65, Fernbedienung und Timer für Haus und Garten.',
      h1: 'Lumora Lichtprojektor für die Weihnachtszeit',
      marketing_copy_a:
        'Kein Leitersteigen, keine Lichterketten entwirren: Projektor in den Rasen stecken, und die ganze Fassade leuchtet. Jetzt kaufen.',
      marketing_copy_b:
        'Wenn Schneeflocken über die Hauswand tanzen, bleiben sogar die Nachbarskinder am Gartenzaun stehen. Entdecken Sie Lumora.',
      marketing_copy_c:
        'Nur bis Sonntag: ein Ersatz-Erdspieß gratis zu jeder Bestellung – gleich in den Warenkorb legen.',
    },
    {
      field: 'meta_description',
      find: '16 bewegten Motiven',
      replace: '18 bewegten Motiven',
      labels: ['number_invented'],
    },
    'Er arbeitet bei Außentemperaturen von −20 bis 40 °C.',
  ),
  listing(
    't03',
    'holiday_projector_lights',
    'fr',
    PROJECTOR_ZH,
    PROJECTOR_SRC,
    {
      translated_description:
        'Le projecteur de Noël Lumora de 2e génération propose 16 motifs animés, dont des flocons de neige, le père Noël et des rennes, sur une surface pouvant atteindre environ 25 m². Son optique à double lentille offre une image plus nette. Protégé selon l’indice IP65, il peut rester dehors, au jardin. La télécommande permet de l’allumer et de programmer une minuterie de 2, 4 ou 6 heures. Il se plante dans le sol grâce à son piquet, et son câble d’alimentation mesure 5 m. Il fonctionne par des températures de −20 à 40 °C.',
      seo_title: 'Projecteur de Noël Lumora 2e génération, IP65',
      meta_description:
        'Projecteur de Noël Lumora : 16 motifs animés sur environ 25 m², double lentille, indice IP65, télécommande et minuterie pour la façade et le jardin.',
      h1: 'Lumora, des flocons animés sur votre maison',
      marketing_copy_a:
        'Pas d’échelle ni de guirlandes à démêler : on le plante dans la pelouse et toute la façade s’illumine. Commandez votre Lumora.',
      marketing_copy_b:
        'Des flocons qui dansent sur le mur de la maison, et les enfants du quartier qui s’arrêtent devant la grille. Découvrez Lumora.',
      marketing_copy_c: 'Jusqu’à dimanche, un piquet de rechange offert pour toute commande : profitez-en !',
    },
    {
      field: 'translated_description',
      find: 'environ 25 m²',
      replace: 'environ 30 m²',
      labels: ['number_dropped', 'number_invented'],
    },
    'Il se plante dans le sol grâce à son piquet, et son câble d’alimentation mesure 5 m.',
  ),
  listing(
    't04',
    'inflatable_yard_decorations',
    'es',
    INFLATABLE_ZH,
    INFLATABLE_SRC,
    {
      translated_description:
        'El Papá Noel hinchable Puffy mide 2,4 m de alto y se infla solo con su ventilador integrado: en unos 3 minutos ya está de pie. Lleva 8 luces LED que lo hacen muy visible de noche. Está fabricado en tela Oxford 210D impermeable e incluye 4 piquetas y dos cuerdas de sujeción para que aguante bien el viento. El cable mide 1,5 m y el adaptador entrega 12 V. Desinflado ocupa muy poco y cabe en la bolsa de almacenaje incluida. Luce de maravilla en el jardín, en la puerta de casa o en un centro comercial.',
      seo_title: 'Papá Noel hinchable Puffy de 2,4 m con luces LED',
      meta_description:
        'Papá Noel hinchable Puffy de 2,4 m con 8 luces LED y ventilador integrado: se levanta solo en unos 3 minutos. Tela Oxford impermeable y piquetas incluidas.',
      h1: 'Puffy, el Papá Noel gigante para tu jardín',
      marketing_copy_a:
        'Sin escaleras ni montajes complicados: lo enchufas y en minutos tienes la decoración más llamativa del barrio. Cómpralo ya.',
      marketing_copy_b:
        '¿Te imaginas la cara de los peques cuando vean a un Papá Noel más alto que papá saludando desde el jardín? Descubre Puffy.',
      marketing_copy_c: 'Oferta de temporada: bolsa de almacenaje extra de regalo con tu pedido. Pídelo hoy.',
    },
    { field: 'seo_title', find: '2,4 m', replace: '2,7 m', labels: ['number_invented'] },
    'El cable mide 1,5 m y el adaptador entrega 12 V.',
  ),
  listing(
    't04',
    'inflatable_yard_decorations',
    'fr',
    INFLATABLE_ZH,
    INFLATABLE_SRC,
    {
      translated_description:
        'Le père Noël gonflable Puffy mesure 2,4 m de haut et se gonfle tout seul grâce à sa soufflerie intégrée : il est debout en 3 minutes environ. Il porte 8 LED qui le rendent bien visible la nuit. Sa toile Oxford 210D est imperméable, et il est livré avec 4 piquets et deux cordes d’ancrage pour bien résister au vent. Le câble d’alimentation mesure 1,5 m et l’adaptateur délivre 12 V. Une fois dégonflé, il prend peu de place et se range dans le sac fourni. Il trouve sa place au jardin, devant la porte d’entrée ou dans une galerie marchande.',
      seo_title: 'Père Noël gonflable Puffy 2,4 m, soufflerie intégrée',
      meta_description:
        'Père Noël gonflable Puffy de 2,4 m qui se gonfle seul en 3 minutes environ. Toile Oxford imperméable, piquets et cordes fournis pour tenir face au vent.',
      h1: 'Puffy, le géant gonflable des fêtes',
      marketing_copy_a:
        'Ni escabeau ni montage compliqué : on le branche, et en quelques minutes votre jardin devient le plus festif de la rue. Achetez-le dès maintenant.',
      marketing_copy_b:
        'Le regard des enfants quand un père Noël plus grand que papa leur fait signe depuis la pelouse, ça n’a pas de prix. Découvrez Puffy.',
      marketing_copy_c:
        'Offre de saison : un sac de rangement supplémentaire offert avec votre commande. Commandez avant la fin du mois !',
    },
    {
      field: 'translated_description',
      replace: 'La soufflerie ne consomme que 18 W.',
      labels: ['number_invented'],
    },
    'Il porte 8 LED qui le rendent bien visible la nuit.',
  ),
  listing(
    't05',
    'hot_glue_guns',
    'en',
    GLUE_ZH,
    GLUE_SRC,
    {
      translated_description:
        'The Craftee cordless hot glue gun runs on a built-in 2,000 mAh lithium battery that charges fully in about 2.5 hours and keeps working for around 90 minutes. It heats up in just 15 seconds, and the nozzle reaches about 180 °C (356 °F). It takes standard 7 mm glue sticks, and 30 clear 7 mm sticks made of 100% EVA are included. A 3-in-1 accessory set adds a silicone nozzle cover, heat-proof finger caps and a stand. Children aged 8 and over should only use it with an adult present.',
      seo_title: 'Craftee Cordless Glue Gun, 2,000 mAh, 3-in-1 Kit',
      meta_description:
        'Craftee cordless hot glue gun with a 2,000 mAh battery, around 90 minutes of use per charge, 30 clear EVA glue sticks and a 3-in-1 accessory kit.',
      h1: 'Craftee Cordless Hot Glue Gun for Crafts',
      marketing_copy_a:
        'No cable snagging on your work and no hunting for a socket: charge it once and craft at the kitchen table, the shed or the sofa. Buy the Craftee now.',
      marketing_copy_b:
        'Paper snowflakes, pine-cone wreaths, a wobbly felt reindeer made by little hands – the best decorations are the ones you make together. Discover Craftee.',
      marketing_copy_c:
        'Craft-season special: an extra pack of glue sticks free with every gun until Sunday – shop now.',
    },
    {
      field: 'translated_description',
      find: 'takes standard 7 mm',
      replace: 'takes standard 11 mm',
      labels: ['number_invented'],
    },
    'It heats up in just 15 seconds, and the nozzle reaches about 180 °C (356 °F).',
  ),
  listing(
    't05',
    'hot_glue_guns',
    'es',
    GLUE_ZH,
    GLUE_SRC,
    {
      translated_description:
        'La pistola de silicona inalámbrica Craftee lleva una batería de litio de 2000 mAh que se carga por completo en unas 2,5 horas y ofrece unos 90 minutos de uso continuo. Se calienta en solo 15 segundos y la boquilla alcanza unos 180 °C. Funciona con barras de 7 mm e incluye 30 barras transparentes 100 % EVA. Trae además un kit de accesorios 3 en 1: funda de silicona para la boquilla, dediles contra el calor y soporte. Los niños a partir de 8 años pueden usarla siempre con la supervisión de un adulto.',
      seo_title: 'Pistola de silicona inalámbrica Craftee 2000 mAh',
      meta_description:
        'Pistola de silicona inalámbrica Craftee con batería de 2000 mAh, unos 90 minutos de uso, 30 barras transparentes y accesorios 3 en 1 para tus manualidades.',
      h1: 'Craftee, la pistola de silicona sin cables',
      marketing_copy_a:
        'Sin cables que se enganchan ni enchufes lejos de la mesa: trabajas donde quieras y cuando quieras. Consíguela hoy.',
      marketing_copy_b:
        'Coronas de piñas, copos de papel y renos de fieltro hechos entre todos: los mejores adornos son los que salen de casa. Descubre Craftee.',
      marketing_copy_c:
        'Especial manualidades: paquete extra de barras de regalo hasta el domingo. Añádela al carrito.',
    },
    { field: 'meta_description', find: '2000 mAh', replace: '2500 mAh', labels: ['number_invented'] },
    'Los niños a partir de 8 años pueden usarla siempre con la supervisión de un adulto.',
  ),
  listing(
    't06',
    'epoxy_resin_kits',
    'de',
    RESIN_ZH,
    RESIN_SRC,
    {
      translated_description:
        'Das Epoxidharz-Set Resina ClearCast 2.0 enthält Harz (A) und Härter (B) zu je 500 ml, die im Verhältnis 1:1 gemischt werden – insgesamt also 1 Liter. Die Verarbeitungszeit beträgt etwa 40 Minuten, nach 24 Stunden ist die Oberfläche trocken, nach 72 Stunden ist das Harz vollständig ausgehärtet. Danach ist es glasklar und vergilbt kaum. Dazu gibt es Dutzende Hilfsmittel wie Silikonbecher, Rührstäbchen und Handschuhe sowie Farbpigmente in 12 Farben. Ideal für Schmuck, Untersetzer und kleine Deko-Objekte.',
      seo_title: 'Resina ClearCast 2.0 Epoxidharz-Set, 1 Liter, 1:1',
      meta_description:
        'Epoxidharz-Set Resina ClearCast 2.0 mit je 500 ml Harz und Härter, Mischverhältnis 1:1, glasklar und vergilbungsarm, mit Zubehör und 12 Farbpigmenten.',
      h1: 'ClearCast Gießharz für kreative Projekte',
      marketing_copy_a:
        'Alles in einer Box, vom Becher bis zum Farbpigment: Sie legen sofort los, ohne Zubehör einzeln zusammenzukaufen. Jetzt bestellen.',
      marketing_copy_b:
        'Eine getrocknete Blüte, für immer eingeschlossen in glasklarem Harz – so entstehen Erinnerungsstücke, die man gern verschenkt. Entdecken Sie ClearCast.',
      marketing_copy_c: 'Zum Bastelstart gibt es eine Silikonform gratis dazu – sichern Sie sich Ihr Set.',
    },
    {
      field: 'translated_description',
      find: 'zu je 500 ml',
      replace: 'zu je 750 ml',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Verarbeitungszeit beträgt etwa 40 Minuten, nach 24 Stunden ist die Oberfläche trocken, nach 72 Stunden ist das Harz vollständig ausgehärtet.',
  ),
  listing(
    't06',
    'epoxy_resin_kits',
    'ja',
    RESIN_ZH,
    RESIN_SRC,
    {
      translated_description:
        'Resina ClearCast 2.0は、A液（主剤）とB液（硬化剤）が各500ml入ったエポキシレジンセットです。1:1で混ぜるだけで、合計1Lになります。作業可能時間は約40分、24時間で表面が乾き、72時間で完全に硬化します。硬化後は透き通るような透明感で、黄ばみにくいのも特長です。さらに、シリコンカップや混ぜ棒、手袋など数十点の道具と、12色の着色剤も付いています。アクセサリーやコースター、小さな置物づくりにぴったりです。',
      seo_title: 'ClearCast 2.0 エポキシレジン 各500ml 1:1',
      meta_description:
        'A液・B液が各500mlのエポキシレジンセット。1:1で混ぜやすく、透き通る仕上がりで黄ばみにくいのが魅力です。道具付きで、はじめてのレジン手芸にも。',
      h1: 'ClearCast 透明レジン手芸セット',
      marketing_copy_a: 'カップや手袋までそろっているので、届いたその日から始められます。今すぐ購入。',
      marketing_copy_b:
        '押し花や小さな貝殻を、透明なレジンにそっと閉じこめる。思い出がそのまま、かたちに残ります。ぜひお試しください。',
      marketing_copy_c: '今ならシリコンモールドをプレゼント中。カートへどうぞ。',
    },
    { field: 'seo_title', find: '各500ml', replace: '各600ml', labels: ['number_invented'] },
    'さらに、シリコンカップや混ぜ棒、手袋など数十点の道具と、12色の着色剤も付いています。',
  ),
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_38_WORDING: PerLanguage<DefectWording> = {
  en: {
    // tree takes styles 0-2, curtain lights 3-5, glue gun 6-8.
    artifacts: [
      (c) => ({ translated_description: `Cleaned text —\n${c.translated_description}` }),
      (c) => ({
        marketing_copy_b: afterSentence(
          c.marketing_copy_b,
          1,
          '@Rhiannon: swap “baubles” for “ornaments” on the US site?',
        ),
      }),
      (c) => ({ h1: `${c.h1} ·· v3 / approved` }),
      (c) => ({
        translated_description: c.translated_description.replace(
          'warm-white LEDs',
          'cool-white—no—warm-white LEDs',
        ),
      }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n—\nthat’s the promo line; shorter cut on request`,
      }),
      (c) => ({
        marketing_copy_a: `Lead with savings; skip prices; close with a verb.\n${c.marketing_copy_a}`,
      }),
      (c) => ({
        translated_description: afterSentence(
          c.translated_description,
          2,
          '[reworded — the supplier line read clunky]',
        ),
      }),
      (c) => ({ seo_title: `[reviewed] ${c.seo_title}` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nProofreader → keep “glue gun”, not “glue pistol”.`,
      }),
    ],
    forbidden: [
      'Cheap tinsel trees shed all over the carpet.',
      'Knockoff fairy lights can overheat behind the curtains.',
      'Skip the counterfeit glue sticks that never set properly.',
      'An imitation Santa sags before the party has even started.',
    ],
    slogans: ['Christmas, switched on.', 'Made by hand, held by glue.'],
    chineseLeftovers: [],
    duplicateLead: 'What it comes down to: ',
    titleStuffing: ' | Xmas Decor, Holiday Gift, Free Shipping, Top Pick',
  },
  de: {
    // tree takes styles 0-2, projector 3-5, resin kit 6-8.
    artifacts: [
      (c) => ({
        translated_description: `Merke: sachlich, siezen, Zahlen exakt übernehmen.\n\n${c.translated_description}`,
      }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} — so passt’s, finde ich.` }),
      (c) => ({
        marketing_copy_b: afterSentence(c.marketing_copy_b, 1, '[hier etwas poetischer formuliert]'),
      }),
      (c) => ({ h1: `Ergebnis: ${c.h1}` }),
      (c) => ({
        translated_description: c.translated_description.replace(
          'darunter Schneeflocken',
          'darunter Sterne … äh, Schneeflocken',
        ),
      }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a} [Status: freigegeben]` }),
      (c) => ({
        translated_description: afterSentence(
          c.translated_description,
          1,
          'Malte – Aushärtezeiten bitte nicht runden.',
        ),
      }),
      (c) => ({ marketing_copy_b: `Stimmung: ${c.marketing_copy_b}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nAn die Bildredaktion: Foto mit Blüte im Harz neben diesen Satz.`,
      }),
    ],
    forbidden: [
      'Billige Plastikbäume verlieren schon beim Aufstellen ihre Nadeln.',
      'Eine Fälschung leuchtet nie so gleichmäßig.',
      'Nachahmungen werden bei Frost spröde.',
      'Kein Imitat vom Weihnachtsmarktstand.',
    ],
    slogans: ['Weihnachten beginnt im Fenster.', 'Gebastelt mit Herz und Harz.'],
    chineseLeftovers: [],
    duplicateLead: 'Der Kern der Sache: ',
    titleStuffing: ' | Weihnachtsdeko, Geschenkidee, Gratisversand, Neuheit',
  },
  ja: {
    // curtain lights take styles 0-2, resin kit 3-5.
    artifacts: [
      (c) => ({ h1: `${c.h1}［校了］` }),
      (c) => ({
        translated_description: c.translated_description.replace(
          '暖かみのある白色LED',
          '昼白色の……いえ、暖かみのある白色LED',
        ),
      }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n→ 山口さん、バナー用はこちらでお願いします。` }),
      (c) => ({ marketing_copy_a: `清書 — ${c.marketing_copy_a}` }),
      (c) => ({
        translated_description: afterSentenceJa(
          c.translated_description,
          2,
          '〔ここは原文の言い回しを少しやわらげた〕',
        ),
      }),
      (c) => ({ marketing_copy_b: `自分用メモ：体言止めは控えめに、絵文字なし。\n${c.marketing_copy_b}` }),
    ],
    forbidden: [
      '激安のイルミネーションとは明るさが違います。',
      'コピー品のレジン液は黄ばみやすいのでご注意ください。',
      '偽物の電源アダプターは発熱するおそれがあります。',
      '模倣品との違いは、点灯した瞬間にわかります。',
    ],
    slogans: ['窓辺に、ひと足早い冬の灯り。', '透明な時間を、そのまま手もとに。'],
    chineseLeftovers: ['这款窗帘灯很适合节日装饰。', '树脂固化以后请不要用热水清洗。'],
    duplicateLead: '要点だけ言えば、',
    titleStuffing: '｜クリスマス 飾り付け 人気 おしゃれ 送料無料',
  },
  es: {
    // inflatable Santa takes styles 0-2, glue gun 3-5.
    artifacts: [
      (c) => ({ translated_description: `Listo —\n${c.translated_description}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\nTutear. Nada de precios. Cerrar con verbo.` }),
      (c) => ({ h1: `${c.h1} — Iker, ¿mayúscula en «Papá Noel»?` }),
      (c) => ({
        marketing_copy_b: c.marketing_copy_b.replace('copos de papel', 'estrellas, digo, copos de papel'),
      }),
      (c) => ({ marketing_copy_a: `[aprobado · v3] ${c.marketing_copy_a}` }),
      (c) => ({
        translated_description: afterSentence(
          c.translated_description,
          2,
          '(frase recortada: sonaba a traducción)',
        ),
      }),
    ],
    forbidden: [
      'Los adornos baratos pierden el color enseguida.',
      'Cuidado con las pistolas falsas que se recalientan.',
      'Un muñeco de imitación se desinfla con cualquier racha de viento.',
      'Las réplicas de feria se rompen al inflarlas.',
    ],
    slogans: ['La Navidad, a lo grande.', 'Ideas que se quedan pegadas.'],
    chineseLeftovers: [],
    duplicateLead: 'Lo que importa: ',
    titleStuffing: ' | Decoración navideña, regalo, envío gratis, novedad',
  },
  fr: {
    // projector takes styles 0-2, inflatable Santa 3-5.
    artifacts: [
      (c) => ({
        translated_description: afterSentence(
          c.translated_description,
          1,
          '[reformulé : la VO était trop lourde]',
        ),
      }),
      (c) => ({ h1: `${c.h1} [relu · validé]` }),
      (c) => ({ marketing_copy_b: `Ressenti — ${c.marketing_copy_b}` }),
      (c) => ({ translated_description: `${c.translated_description}\n— voilà, fiche bouclée.` }),
      (c) => ({
        marketing_copy_a: afterSentence(
          c.marketing_copy_a,
          1,
          '@Solène : « gonflable » au masculin, on est d’accord ?',
        ),
      }),
      (c) => ({
        marketing_copy_c: c.marketing_copy_c.replace(
          'un sac de rangement supplémentaire',
          'une housse… non, un sac de rangement supplémentaire',
        ),
      }),
    ],
    forbidden: [
      'Un projecteur pas cher donne des motifs flous.',
      'Les contrefaçons grillent dès les grands froids.',
      'Une réplique bon marché ne passe pas l’hiver dehors.',
      'Les fausses guirlandes lâchent avant le réveillon.',
    ],
    slogans: ['Noël, en grand dans le jardin.', 'Des flocons plein la façade.'],
    chineseLeftovers: [],
    duplicateLead: 'Au fond : ',
    titleStuffing: ' | Déco de Noël, idée cadeau, livraison offerte, nouveauté',
  },
};
