// Blind set, round 16 (written without reading the gate, committed before it is scored): six products in categories
// pasta_makers, golf_rangefinders, kids_tablets, bath_mats, dehumidifiers and bike_helmets, 12 hand-written listings,
// three artifact styles per listing and wording of its own;
// legitimate numbers: model P5, 三合一 (3-in-1), 10 minutes, 13 discs, 几十种 (dozens), 500 g, 4 to 5 people, 200 W,
// 双向 (a word, not a number), 两个 (two cups); model G7, 5 to 1,000 yards (914 m), ±1 yard, 6x magnification, CR2,
// 1万次 (10,000 / 1万回), IP54, 185 g (6.5 oz); 第3代 (3rd generation, 3e génération, 3. Generation), 8 inches,
// 3 to 12 years, 上百款 (over 100), 十几种 (more than ten), 5000 mAh, 10 hours; 10 seconds, 60 × 39 cm, 9 mm,
// 双层 (double layer, 二層), 百分之九十九 (99 %), 两种 (two colours, 2色), 【セット内容】; model D12, 12 L/day,
// 2.5 L, 百分之三十 to 百分之八十 (30–80 %), 3挡 (dreistufig, 3 vitesses), 15 to 25 m², 38 dB, 1 to 24 hours;
// 260 g (9.2 oz), 18 vents, 54 to 61 cm (21.3–24 in), 3 modes, 8 hours, EN 1078, 一对 (a pair, not a number).
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording } from './blind-set';

const PASTA_ZH = 'Pastora P5 三合一全自动面条机';
const PASTA_SRC =
  'Pastora P5 面条机采用三合一设计，和面、压面、出面全自动完成，约10分钟即可做出新鲜面条。标配13种模头，可做宽面、细面、通心粉等几十种面食。和面杯一次最多放500克面粉，够4至5人食用。电机功率200瓦，双向搅拌不易卡面。附赠两个量杯和一把清洁刷。';
const GOLF_ZH = 'Birdie G7 高尔夫激光测距仪';
const GOLF_SRC =
  'Birdie G7 高尔夫激光测距仪测量范围5至1000码，精度±1码。目镜为6倍光学放大，带坡度补偿功能，比赛时可一键关闭。锁定旗杆时机身震动提示。一节CR2电池约可测量1万次。防水等级IP54，重量仅185克。';
const KIDS_ZH = 'Mimo 第3代儿童学习平板电脑 8英寸';
const KIDS_SRC =
  '第3代Mimo儿童学习平板配备8英寸护眼屏，适合3至12岁儿童使用。内置上百款早教应用和十几种益智游戏，家长可在家长模式中设置每日使用时长并过滤内容。电池容量5000毫安时，续航约10小时。机身配有防摔硅胶保护套，自带折叠支架，观看更方便。';
const BATH_ZH = 'Nube 硅藻土速干浴室地垫';
const BATH_SRC =
  'Nube 硅藻土浴垫吸水速度快，脚上的水约10秒就能吸干。尺寸60×39厘米，厚度9毫米，采用双层结构，底部加防滑橡胶垫。抑菌率达百分之九十九。附赠一张砂纸，表面变脏时轻轻打磨即可恢复如新。有两种颜色可选：浅灰色和米白色。';
const DEHUM_ZH = 'Aria D12 家用静音除湿机 12升/天';
const DEHUM_SRC =
  'Aria D12 除湿机除湿量12升/天，水箱容量2.5升，水满自动停机。湿度可在百分之三十到百分之八十之间设定，风速分3挡调节。适用面积15至25平方米，运行噪音低至38分贝。支持1至24小时定时开关，适合卧室、地下室和衣帽间使用。';
const HELMET_ZH = 'Velo Air 城市骑行头盔 带尾灯';
const HELMET_SRC =
  'Velo Air 骑行头盔采用一体成型工艺，重量仅260克，设有18个通风孔。头围可在54至61厘米之间调节，适合大多数成人。后部USB充电尾灯有3种闪烁模式，续航约8小时。产品通过EN 1078安全认证。附赠一对反光臂带。';

export const ROUND_16_LISTINGS: readonly BlindListing[] = [
  listing(
    'w01',
    'pasta_makers',
    'en',
    PASTA_ZH,
    PASTA_SRC,
    {
      translated_description:
        'The Pastora P5 is a 3-in-1 pasta maker: it mixes, kneads and extrudes the dough on its own, so fresh noodles are ready in about 10 minutes. It comes with 13 shaping discs for fettuccine, thin noodles, macaroni and dozens of other pasta dishes. The mixing chamber takes up to 500 g of flour per batch, enough for 4 to 5 people. The 200 W motor stirs in both directions, so the dough is less likely to jam. Two measuring cups and a cleaning brush are included. Tip: clean the discs while the dough is still soft, because dried pasta is much harder to remove.',
      seo_title: 'Pastora P5 3-in-1 Pasta Maker with 13 Discs',
      meta_description:
        'Pastora P5 automatic pasta maker that mixes, kneads and extrudes fresh noodles in about 10 minutes, with 13 discs and room for 500 g of flour per batch.',
      h1: 'Fresh Pasta at Home with the Pastora P5',
      marketing_copy_a:
        'Thirteen shapes, one machine and no rolling pin in sight. Order your Pastora P5 today.',
      marketing_copy_b:
        'Remember the smell of fresh pasta at your grandmother’s table? Bring it back to your own kitchen and discover the Pastora P5.',
      marketing_copy_c:
        'Launch offer: a free drying rack with every Pastora P5 this month. Add it to your cart now.',
    },
    {
      field: 'translated_description',
      find: '13 shaping discs',
      replace: '16 shaping discs',
      labels: ['number_dropped', 'number_invented'],
    },
    'The 200 W motor stirs in both directions, so the dough is less likely to jam.',
  ),
  listing(
    'w01',
    'pasta_makers',
    'de',
    PASTA_ZH,
    PASTA_SRC,
    {
      translated_description:
        'Die Pastora P5 ist eine 3-in-1-Nudelmaschine: Sie mischt, knetet und presst den Teig selbstständig und liefert in etwa 10 Minuten frische Nudeln. Im Lieferumfang sind 13 Formscheiben für Bandnudeln, dünne Nudeln, Makkaroni und Dutzende weitere Pastagerichte. In die Knetkammer passen bis zu 500 g Mehl pro Durchgang, genug für 4 bis 5 Personen. Der 200-W-Motor rührt in beide Richtungen, damit sich der Teig nicht festsetzt. Dazu gibt es zwei Messbecher und eine Reinigungsbürste. Sicherheitshinweis: Greifen Sie während des Betriebs nicht in die Knetkammer.',
      seo_title: 'Pastora P5 Nudelmaschine 3-in-1, 13 Formscheiben',
      meta_description:
        'Vollautomatische Nudelmaschine Pastora P5: mischt, knetet und presst frische Pasta in rund 10 Minuten, mit 13 Formscheiben und bis zu 500 g Mehl pro Durchgang.',
      h1: 'Pastora P5 – frische Pasta aus der eigenen Küche',
      marketing_copy_a: 'Pasta wie beim Italiener, ganz ohne Nudelholz und Mehlwolke. Jetzt bestellen.',
      marketing_copy_b:
        'Wenn sonntags der Duft frischer Tagliatelle durch die Wohnung zieht, sitzen alle pünktlich am Tisch. Entdecken Sie die Pastora P5.',
      marketing_copy_c:
        'Nur diesen Monat: Trockengestell gratis zu jeder Pastora P5. Sichern Sie sich Ihr Set.',
    },
    { field: 'meta_description', find: '500 g', replace: '800 g', labels: ['number_invented'] },
    'In die Knetkammer passen bis zu 500 g Mehl pro Durchgang, genug für 4 bis 5 Personen.',
  ),
  listing(
    'w02',
    'golf_rangefinders',
    'en',
    GOLF_ZH,
    GOLF_SRC,
    {
      translated_description:
        'The Birdie G7 golf laser rangefinder measures from 5 to 1,000 yards (914 m) with an accuracy of ±1 yard. Its eyepiece gives 6x optical magnification, and the slope compensation can be switched off with a single press for tournament play. When it locks onto the flagstick, the body vibrates so you know the reading is on the pin. A single CR2 battery lasts for roughly 10,000 measurements. It is rated IP54 against rain and weighs only 185 g (6.5 oz). Safety note: never point the laser at the sun or into anyone’s eyes.',
      seo_title: 'Birdie G7 Golf Laser Rangefinder, 1,000 Yards',
      meta_description:
        'Birdie G7 golf rangefinder with a 5 to 1,000 yard range, ±1 yard accuracy, 6x magnification, slope mode and flag-lock vibration. Rain-ready at 185 g.',
      h1: 'Birdie G7 Rangefinder with Slope Mode',
      marketing_copy_a: 'Tour-level yardages without the tour-level price tag. Get the Birdie G7 today.',
      marketing_copy_b:
        'That quiet buzz as the flag locks in means you can swing with total confidence. Discover the Birdie G7.',
      marketing_copy_c: 'This week only: a free carry case with every Birdie G7. Shop now while stock lasts.',
    },
    { field: 'seo_title', find: '1,000 Yards', replace: '1,300 Yards', labels: ['number_invented'] },
    'A single CR2 battery lasts for roughly 10,000 measurements.',
  ),
  listing(
    'w02',
    'golf_rangefinders',
    'ja',
    GOLF_ZH,
    GOLF_SRC,
    {
      translated_description:
        'Birdie G7 ゴルフ用レーザー距離計は、5〜1000ヤードを±1ヤードの精度で測定します。接眼部は6倍の光学倍率で、傾斜補正機能はボタンひとつでオフにできるため競技でも使えます。ピンをロックすると本体が振動してお知らせします。CR2電池1個で約1万回の測定が可能です。防水性能はIP54、重さはわずか185gです。【ご注意】レーザーを太陽や人の目に向けないでください。',
      seo_title: 'Birdie G7 ゴルフ レーザー距離計 1000ヤード 傾斜補正',
      meta_description:
        '5〜1000ヤードを±1ヤードの精度で測れるゴルフ用距離計。6倍の光学倍率と傾斜補正、ピンロック時の振動通知を搭載し、IP54防水で重さは185gです。',
      h1: 'Birdie G7 傾斜補正つき距離計',
      marketing_copy_a: 'プロ並みの距離感を、手の届く価格で。今すぐ購入。',
      marketing_copy_b: 'ピンを捉えた瞬間の振動が、迷いのないスイングを後押しします。ぜひお試しください。',
      marketing_copy_c: '今なら専用ケースをプレゼント中。ご注文はお早めに。',
    },
    { field: 'translated_description', replace: '保証期間は3年です。', labels: ['number_invented'] },
    'CR2電池1個で約1万回の測定が可能です。',
  ),
  listing(
    'w03',
    'kids_tablets',
    'de',
    KIDS_ZH,
    KIDS_SRC,
    {
      translated_description:
        'Das Mimo-Lerntablet der 3. Generation hat ein augenschonendes 8-Zoll-Display und ist für Kinder von 3 bis 12 Jahren gedacht. Vorinstalliert sind über 100 Lern-Apps und mehr als zehn Denkspiele. Für Eltern: Im Elternmodus legen Sie die tägliche Nutzungszeit fest und filtern die Inhalte. Der Akku mit 5000 mAh hält rund 10 Stunden durch. Eine stoßfeste Silikonhülle mit Klappständer schützt das Gerät bei Stürzen und macht das Zuschauen bequemer.',
      seo_title: 'Mimo Lerntablet für Kinder, 8 Zoll, 3–12 Jahre',
      meta_description:
        'Mimo Lerntablet der 3. Generation für Kinder von 3 bis 12 Jahren: 8-Zoll-Display, über 100 Lern-Apps, Elternmodus mit Zeitlimit und rund 10 Stunden Akku.',
      h1: 'Mimo – sicher lernen und spielen',
      marketing_copy_a: 'Lern-Apps, Denkspiele und Elternkontrolle in einem robusten Gerät. Jetzt kaufen.',
      marketing_copy_b:
        'Das Leuchten in den Augen, wenn Ihr Kind das erste Rätsel ganz allein löst. Entdecken Sie Mimo.',
      marketing_copy_c: 'Zum Schulstart gibt es Kinderkopfhörer gratis dazu. Sichern Sie sich das Angebot.',
    },
    {
      field: 'translated_description',
      find: 'von 3 bis 12 Jahren',
      replace: 'von 3 bis 14 Jahren',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der Akku mit 5000 mAh hält rund 10 Stunden durch.',
  ),
  listing(
    'w03',
    'kids_tablets',
    'fr',
    KIDS_ZH,
    KIDS_SRC,
    {
      translated_description:
        'La tablette éducative Mimo de 3e génération dispose d’un écran de 8 pouces qui ménage les yeux et s’adresse aux enfants de 3 à 12 ans. Plus de 100 applications d’éveil et plus d’une dizaine de jeux de réflexion sont préinstallés. Côté parents, le mode parental permet de fixer le temps d’écran quotidien et de filtrer les contenus. La batterie de 5 000 mAh offre environ 10 heures d’autonomie. Une coque en silicone antichoc avec support pliable protège la tablette des chutes.',
      seo_title: 'Tablette éducative Mimo pour enfants, écran 8 pouces',
      meta_description:
        'Tablette éducative Mimo de 3e génération pour les 3 à 12 ans : écran 8 pouces, plus de 100 applis d’éveil, contrôle parental et batterie de 5 000 mAh.',
      h1: 'Mimo, la tablette qui grandit avec votre enfant',
      marketing_copy_a:
        'Applis, jeux et contrôle parental réunis dans une tablette robuste. Commandez Mimo dès aujourd’hui.',
      marketing_copy_b:
        'Ce petit sourire fier quand votre enfant résout seul sa première énigme… Découvrez Mimo.',
      marketing_copy_c: 'Spécial rentrée : un casque audio offert avec chaque tablette. Profitez-en vite.',
    },
    { field: 'meta_description', find: '5 000 mAh', replace: '6 000 mAh', labels: ['number_invented'] },
    'La batterie de 5 000 mAh offre environ 10 heures d’autonomie.',
  ),
  listing(
    'w04',
    'bath_mats',
    'es',
    BATH_ZH,
    BATH_SRC,
    {
      translated_description:
        'La alfombrilla de baño Nube, de tierra de diatomeas, seca el agua de los pies en unos 10 segundos. Mide 60 × 39 cm (tamaño estándar, cabe delante de la mayoría de platos de ducha) y tiene 9 mm de grosor. Su estructura de doble capa lleva una base de goma antideslizante. Su tasa antibacteriana llega al 99 %. Incluye una lija: si la superficie se mancha, basta con lijarla suavemente para que quede como nueva. Se vende en dos colores, gris claro y blanco roto.',
      seo_title: 'Alfombrilla de baño de diatomeas Nube, 60 × 39 cm',
      meta_description:
        'Alfombrilla de baño Nube de tierra de diatomeas: seca los pies en unos 10 segundos, mide 60 × 39 cm, tiene base antideslizante y se renueva con la lija.',
      h1: 'Nube, pies secos al salir de la ducha',
      marketing_copy_a: 'Adiós a las toallas empapadas en el suelo del baño. Cómprala ya.',
      marketing_copy_b:
        '¿Hay algo mejor que pisar una superficie seca y tibia al salir de la ducha? Descubre Nube.',
      marketing_copy_c: 'Envío gratis en tu primera compra: añádela al carrito hoy.',
    },
    { field: 'seo_title', find: '39 cm', replace: '45 cm', labels: ['number_invented'] },
    'Su tasa antibacteriana llega al 99 %.',
  ),
  listing(
    'w04',
    'bath_mats',
    'ja',
    BATH_ZH,
    BATH_SRC,
    {
      translated_description:
        'Nubeの珪藻土バスマットは吸水が速く、足の水分を約10秒で吸い取ります。サイズは60×39cm、厚さは9mm。二層構造で、裏面には滑り止めのゴムが付いています。抗菌率は99%です。表面が汚れたら、付属の紙やすりで軽く削れば元どおりになります。カラーはライトグレーとオフホワイトの2色からお選びいただけます。【セット内容】バスマット、紙やすり',
      seo_title: 'Nube 珪藻土バスマット 速乾 60×39cm 滑り止め',
      meta_description:
        '足の水分を約10秒で吸い取る珪藻土バスマット。60×39cm・厚さ9mmの二層構造で、裏面は滑り止め付き。汚れたら付属の紙やすりで削るだけで元どおりです。',
      h1: 'さらっと快適 Nube バスマット',
      marketing_copy_a: '布マットを毎日洗う手間から解放されます。今すぐ購入。',
      marketing_copy_b: 'お風呂上がり、足もとがさらりと乾く心地よさを毎日に。ぜひお試しください。',
      marketing_copy_c: '期間限定で送料無料。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '約10秒',
      replace: '約5秒',
      labels: ['number_dropped', 'number_invented'],
    },
    'サイズは60×39cm、厚さは9mm。',
  ),
  listing(
    'w05',
    'dehumidifiers',
    'de',
    DEHUM_ZH,
    DEHUM_SRC,
    {
      translated_description:
        'Der Luftentfeuchter Aria D12 entzieht der Raumluft bis zu 12 Liter Wasser pro Tag. Der Wassertank fasst 2,5 Liter; ist er voll, schaltet sich das Gerät automatisch ab. Die Zielfeuchte stellen Sie zwischen 30 und 80 % ein, das Gebläse arbeitet dreistufig. Geeignet ist er für Räume von 15 bis 25 m², im Betrieb ist er mit 38 dB angenehm leise. Der Timer schaltet das Gerät nach 1 bis 24 Stunden ein oder aus – ideal für Schlafzimmer, Keller und Ankleide. Tipp: Halten Sie Fenster und Türen geschlossen, dann entfeuchtet das Gerät am effizientesten.',
      seo_title: 'Aria D12 Luftentfeuchter, 12 l/Tag, leise 38 dB',
      meta_description:
        'Luftentfeuchter Aria D12 mit 12 Litern pro Tag, 2,5-l-Tank mit Abschaltautomatik, Zielfeuchte von 30 bis 80 % und Timer – für Räume von 15 bis 25 m².',
      h1: 'Aria D12 – trockene Luft, ruhiger Schlaf',
      marketing_copy_a: 'Schluss mit beschlagenen Fenstern und muffiger Wäsche im Keller. Jetzt kaufen.',
      marketing_copy_b:
        'Endlich wieder frische Luft im Schlafzimmer und ein Gefühl von Ruhe. Entdecken Sie Aria.',
      marketing_copy_c:
        'Herbstaktion: Ersatzfilter gratis zu jedem Aria D12. Legen Sie ihn gleich in den Warenkorb.',
    },
    {
      field: 'translated_description',
      find: '12 Liter Wasser',
      replace: '16 Liter Wasser',
      labels: ['number_invented'],
    },
    'Die Zielfeuchte stellen Sie zwischen 30 und 80 % ein, das Gebläse arbeitet dreistufig.',
  ),
  listing(
    'w05',
    'dehumidifiers',
    'fr',
    DEHUM_ZH,
    DEHUM_SRC,
    {
      translated_description:
        'Le déshumidificateur Aria D12 retire jusqu’à 12 litres d’eau par jour. Son réservoir de 2,5 litres arrête automatiquement l’appareil lorsqu’il est plein. L’humidité cible se règle entre 30 % et 80 %, et la ventilation propose 3 vitesses. Il convient aux pièces de 15 à 25 m² et ne dépasse pas 38 dB en fonctionnement. La minuterie programme la mise en marche ou l’arrêt de 1 à 24 heures : idéal pour une chambre, un sous-sol ou un dressing. Bon à savoir : videz le réservoir avant de déplacer l’appareil.',
      seo_title: 'Déshumidificateur Aria D12, 12 L/jour, silencieux',
      meta_description:
        'Déshumidificateur Aria D12 : 12 litres par jour, réservoir de 2,5 litres avec arrêt automatique, humidité réglable de 30 % à 80 % et minuterie jusqu’à 24 h.',
      h1: 'Aria D12, adieu l’humidité',
      marketing_copy_a: 'Fini les vitres embuées et le linge qui sent le renfermé. Achetez l’Aria D12.',
      marketing_copy_b: 'Retrouvez le plaisir d’une chambre à l’air frais et léger. Découvrez Aria.',
      marketing_copy_c: 'Offre d’automne : un filtre de rechange offert. Commandez dès maintenant.',
    },
    {
      field: 'translated_description',
      replace: 'Le filtre lavable se remplace tous les 6 mois.',
      labels: ['number_invented'],
    },
    'Il convient aux pièces de 15 à 25 m² et ne dépasse pas 38 dB en fonctionnement.',
  ),
  listing(
    'w06',
    'bike_helmets',
    'en',
    HELMET_ZH,
    HELMET_SRC,
    {
      translated_description:
        'The Velo Air cycling helmet has an in-mould shell and weighs just 260 g (9.2 oz). Its 18 vents keep air moving on warm rides. The fit dial adjusts to head circumferences from 54 to 61 cm (21.3–24 in), which suits most adults. The USB-rechargeable rear light has 3 flashing modes and runs for about 8 hours. The helmet is certified to EN 1078. A pair of reflective armbands is included. Safety note: replace any helmet after a crash, even if you can’t see any damage.',
      seo_title: 'Velo Air Cycling Helmet with USB Rear Light, 260 g',
      meta_description:
        'Velo Air cycling helmet: 260 g, 18 vents, 54–61 cm fit dial, USB rechargeable rear light with 3 modes and EN 1078 certification for safer city rides.',
      h1: 'Velo Air City Bike Helmet',
      marketing_copy_a:
        'Certified protection, a built-in rear light and a featherweight shell in one helmet. Buy the Velo Air now.',
      marketing_copy_b: 'Feel the breeze, not the weight, on every ride home after dark. Discover Velo Air.',
      marketing_copy_c: 'Spring deal: free shipping on every Velo Air. Grab yours today.',
    },
    { field: 'meta_description', find: '18 vents', replace: '22 vents', labels: ['number_invented'] },
    'The helmet is certified to EN 1078.',
  ),
  listing(
    'w06',
    'bike_helmets',
    'es',
    HELMET_ZH,
    HELMET_SRC,
    {
      translated_description:
        'El casco de ciclismo Velo Air tiene la carcasa moldeada en una sola pieza y pesa solo 260 g. Sus 18 aberturas de ventilación mantienen la cabeza fresca. La rueda de ajuste cubre perímetros de cabeza de 54 a 61 cm, válido para la mayoría de adultos. La luz trasera recargable por USB tiene 3 modos de parpadeo y unas 8 horas de autonomía. Cuenta con la certificación de seguridad EN 1078. Incluye un par de brazaletes reflectantes. Consejo: mide tu cabeza justo por encima de las cejas antes de ajustar la rueda.',
      seo_title: 'Casco de ciclismo Velo Air con luz trasera USB',
      meta_description:
        'Casco de ciclismo Velo Air de 260 g con 18 aberturas, ajuste de 54 a 61 cm, luz trasera USB con 3 modos y certificación EN 1078 para rodar por la ciudad.',
      h1: 'Velo Air, ligereza y seguridad en ruta',
      marketing_copy_a: 'Protección certificada y luz integrada en un casco que apenas notarás. Cómpralo ya.',
      marketing_copy_b:
        '¿Vuelves de noche? Rueda tranquilo, visible y con la cabeza fresca. Descubre Velo Air.',
      marketing_copy_c: 'Envío gratis esta semana: hazte con el tuyo ahora.',
    },
    {
      field: 'translated_description',
      find: 'pesa solo 260 g',
      replace: 'pesa solo 220 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'La luz trasera recargable por USB tiene 3 modos de parpadeo y unas 8 horas de autonomía.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_16_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `Fixed the title length as requested; the description itself is unchanged.\n\n${c.translated_description}`,
      }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a} — leads with value, since this is the price-focused variant.`,
      }),
      (c) => ({ h1: `${c.h1} (shortened)` }),
      (c) => ({ seo_title: `SEO title ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nThe slope-compensation claim comes straight from the supplier sheet and hasn't been verified.`,
      }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n// keep in sync with the spring promo banner` }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n\nHope the launch goes brilliantly!` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Imperial conversions added in brackets for the US storefront.)`,
      }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\n— Maya, EN content editor` }),
    ],
    forbidden: [
      'Forget the cheaper plastic gadgets.',
      'No knockoffs, no shortcuts.',
      'Imitations of this design rarely last a season.',
      'Beware of fakes sold under similar names.',
    ],
    slogans: ['Every yard, measured.', 'Every ride, lighter.'],
    chineseLeftovers: [],
    duplicateLead: 'Simply put: ',
    titleStuffing: ' | Top Rated, Gift Idea, Fast Shipping, Best Seller',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\nÜberarbeitet nach Ihrem Feedback: Die Maßeinheiten sind jetzt einheitlich.`,
      }),
      (c) => ({
        marketing_copy_a: `Nutzenorientiert, endet mit Handlungsaufforderung. ${c.marketing_copy_a}`,
      }),
      (c) => ({ h1: `${c.h1} [TODO: Claim mit Marketing abstimmen]` }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b} (Emotionaler als die vorige Version.)` }),
      (c) => ({
        translated_description: `„Lerntablet“ steht bewusst vorn, weil es das meistgesuchte Keyword ist.\n${c.translated_description}`,
      }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c} Ohne Preisangabe formuliert, damit die Richtlinien des Marktplatzes eingehalten werden.`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n<!-- Quelle: Herstellerdatenblatt -->`,
      }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a} (Not fully sure about the energy-saving claim, so I left it out.)`,
      }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\n— Redaktion Produkttexte` }),
    ],
    forbidden: [
      'Keine billigen Kunststoffteile.',
      'Vorsicht vor Fälschungen im Netz.',
      'Nachahmungen halten selten lange.',
      'Imitate kommen uns nicht ins Haus.',
    ],
    slogans: ['Trockene Luft, ruhige Nächte.', 'Lernen, das Spaß macht.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Bestseller, Geschenkidee, Schnellversand, Top-Angebot',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\n※距離は原文どおりヤード表記のままにしています。`,
      }),
      (c) => ({ marketing_copy_a: `コピーA\u3000${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n(Revised per your feedback: softer tone.)` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\n素敵な販売になりますように。` }),
      (c) => ({ h1: `<!-- h1 -->${c.h1}` }),
      (c) => ({
        translated_description: `${c.translated_description}（※抗菌率はメーカー発表の値をそのまま記載しています。要確認です。）`,
      }),
    ],
    forbidden: [
      '激安品とは品質が違います。',
      'コピー品にご注意ください。',
      '偽物との違いは明らかです。',
      'レプリカではありません。',
    ],
    slogans: ['足もとから、さらりと快適。', '距離が見えると、ゴルフが変わる。'],
    chineseLeftovers: ['这款测距仪适合所有高尔夫球场使用。', '请定期用砂纸打磨表面，保持吸水效果。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜人気ランキング上位 プレゼント 送料無料 即納',
  },
  es: {
    artifacts: [
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b} (Más cálido que la versión anterior.)` }),
      (c) => ({
        translated_description: `[PENDIENTE: confirmar nombres de colores con el proveedor]\n${c.translated_description}`,
      }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a} Usé «alfombrilla» y no «tapete» porque es el término más buscado en España.`,
      }),
      (c) => ({ h1: `Encabezado ${c.h1}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nNota: he evitado promesas de seguridad absolutas para cumplir las normas del marketplace.`,
      }),
      (c) => ({ marketing_copy_c: `Aquí tienes el texto promocional final:\n${c.marketing_copy_c}` }),
    ],
    forbidden: [
      'Nada que ver con las alfombrillas baratas.',
      'Olvídate de las imitaciones.',
      'Sin réplicas de marca.',
      'Desconfía de los cascos falsos.',
    ],
    slogans: ['Ligero en cada ruta.', 'Pies secos, baño limpio.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Más vendido, idea regalo, envío rápido, oferta top',
  },
  fr: {
    artifacts: [
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b} (À valider : le ton est peut-être trop sentimental pour cette catégorie.)`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nGarder un ton rassurant pour les parents et conserver tous les chiffres.`,
      }),
      (c) => ({ seo_title: `Titre ${c.seo_title}` }),
      (c) => ({
        translated_description: `Corrigé suite à vos remarques : unités harmonisées.\n\n${c.translated_description}`,
      }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a} <!-- variante courte -->` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nCheers,\nThe FR localisation team` }),
    ],
    forbidden: [
      'Bien loin des gadgets pas chers.',
      'Méfiez-vous des contrefaçons.',
      'Aucune imitation ne tient la comparaison.',
      'Pas de fausses promesses ici.',
    ],
    slogans: ['Apprendre en s’amusant.', 'L’air sec, enfin.'],
    chineseLeftovers: [],
    duplicateLead: 'En un mot : ',
    titleStuffing: ' – Meilleure vente, idée cadeau, livraison rapide',
  },
};
