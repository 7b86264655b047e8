// Blind set, round 39 (written without reading the gate, committed before it is scored): six garden-watering,
// greenhouse and pond products in the categories tap_water_timers, drip_irrigation_kits, oscillating_lawn_sprinklers,
// walk_in_greenhouses, pond_uv_clarifiers and solar_fountain_pumps, 12 hand-written listings, three artifact styles
// per listing and wording of its own (this round: a realistic mix of what production models of any family leave in
// product-content answers: a field label or heading in front of a field (On-page heading, Snippet, 商品説明（日本語）,
// Propuesta A, Description produit), a lead-in announcing the answer, a closing offer or question to the requester,
// a note explaining a word choice, an aside about keywords or search volume, markdown debris (bold CTA, bold opening
// phrase, a trailing rule, underscore emphasis), a placeholder or template token (<PUMP_MODELS>, TT.MM.JJJJ,
// ＜ショップ名＞, {{meses_garantia}}), an apology or refusal fragment, a reasoning fragment ("First, I’ll…",
// "Zuerst nenne ich…", "まずサイズを示し…", "D’abord…") and a leftover of the instructions; at the start, in the
// middle or at the end of the description, h1, meta and all three copies; no digits in any artifact);
// legitimate numbers: Aquatik T2 (2), 双出水口 (dual outlet: not a number), 两路 (two lines, 2系統), 8 sessions,
// 单次 (per run: not a number), 1 to 240 minutes, 30 m (98 ft), 上百 (over 100, 100種類以上) plants, 4 AA batteries
// (単3形 in ja: its 3 is a source value), 12 months, IP66, 3/4 inch, 两个 (two, 2個) adapters; Gutta 30 emitters,
// 三合一 (3-in-1, 3 en 1), 20 m, 4/7 mm, 几十 (dozens, decenas: vague), 0 to 20 l/h, 2 m, USB-C, 一次 (idiomatic),
// 45 days, 15 programmes; Arcana 第2代 (second-generation, 2e génération), 18 nozzles, 250 m², 5 to 16 m (16 to
// 52 ft), 180°, 两个 (two, deux) spikes, 1/2 inch; Serra 143 × 143 × 195 cm, 三层 (drei, 3段), 6 shelves, 10 kg,
// 16 mm, 140 g, 百分之八十五 (85 %), 双拉链 (Doppelreißverschluss, ダブルファスナー: not a number), 两个人 (zwei
// Personen, 2人), 30 minutes, 8 pegs, 4 guy ropes; Limpa 9 W, 6000 L (6,000 L, 1,585 US gal; 6.000 Liter), 3 to
// 5 days, 8000 hours (8,000; 8.000), 20, 25, 32 and 40 mm, 四种 (four, vier) sizes, IPX8, 5 m, 2000 L per hour,
// 8 years; Sola 3.5 W (3,5 W), 单晶硅 (monocrystalline: not a number), 2000 mAh (2 000 mAh), 4 hours, 六种 (seis,
// six) nozzles, 70 cm, 200 litres per hour, 3 m, 十几分钟 (poco más de diez minutos, une bonne dizaine de minutes:
// vague).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, afterSentenceJa, listing, type BlindListing, type DefectWording } from './blind-set';

const TIMER_ZH = 'Aquatik T2 双出水口 智能浇水定时器';
const TIMER_SRC =
  'Aquatik T2 智能浇水定时器采用双出水口设计，两路可分别设定浇水计划，每路每天最多8个时段，单次浇水1至240分钟。手机App通过蓝牙控制，有效距离约30米，App内置上百种植物的浇水建议。使用4节AA电池，续航约12个月。防水等级IP66，适配3/4英寸水龙头，附赠两个转接头。';
const DRIP_ZH = 'Gutta 自动滴灌套装 30个滴头';
const DRIP_SRC =
  'Gutta 自动滴灌套装含30个三合一可调滴头和20米4/7毫米PE软管，可同时照顾几十盆植物。每个滴头流量0至20升/小时可调。主机内置水泵，可从水桶或水箱取水，吸程2米。内置锂电池，USB-C充电，充满一次约可用45天。主机预设15种浇水程序，适合阳台、露台和温室。';
const SPRINKLER_ZH = 'Arcana 第2代 摆动式草坪喷灌器';
const SPRINKLER_SRC =
  'Arcana 第2代摆动式喷灌器装有18个防堵喷嘴，最大喷洒面积约250平方米。喷洒宽度可在5至16米之间调节，摆动角度最大180度。喷嘴为TPR软胶材质，附带清洁针。底座采用加重设计，另有两个防滑地钉，适配1/2英寸快接水管接头。';
const GREENHOUSE_ZH = 'Serra 步入式温室 加厚PE网格膜';
const GREENHOUSE_SRC =
  'Serra 步入式温室尺寸为143×143×195厘米，左右各设三层置物架，共6层，每层承重约10公斤。框架为直径16毫米的粉末涂层钢管，外罩140克加厚PE网格膜，透光率约百分之八十五。前门为双拉链卷帘门，可完全卷起通风。无需工具，两个人约30分钟即可搭好，附赠8根地钉和4根防风绳。';
const CLARIFIER_ZH = 'Limpa UV-C 池塘杀菌灯 9W';
const CLARIFIER_SRC =
  'Limpa 池塘UV-C杀菌灯功率9瓦，适用于不超过6000升的池塘，可抑制绿水藻类，通常3至5天水体明显变清。灯管寿命约8000小时，外有石英套管保护。进出水口适配20、25、32和40毫米四种水管。防水等级IPX8，电源线长5米。建议搭配流量每小时2000升以上的水泵。请勿直视灯光，8岁以下儿童应远离。';
const FOUNTAIN_ZH = 'Sola 3.5W 太阳能喷泉泵 带蓄电池';
const FOUNTAIN_SRC =
  'Sola 太阳能喷泉泵配有3.5瓦单晶硅太阳能板和2000毫安时蓄电池，白天阳光充足时直接运行，傍晚还能继续喷约4小时。附带六种喷头，最高喷水高度约70厘米，最大流量每小时200升，水泵电源线长3米。适合鸟浴盆、小型池塘和花园水景，十几分钟就能装好。';

export const ROUND_39_LISTINGS: readonly BlindListing[] = [
  listing(
    'd01',
    'tap_water_timers',
    'en',
    TIMER_ZH,
    TIMER_SRC,
    {
      translated_description:
        'The Aquatik T2 smart water timer has a dual-outlet design, so each of its two lines can follow its own watering plan, with up to 8 sessions per line each day and run times from 1 to 240 minutes. The phone app connects over Bluetooth within about 30 m (98 ft) and includes watering tips for over 100 plants. Four AA batteries power it for around 12 months. It is rated IP66, fits 3/4-inch taps and comes with two adapters.',
      seo_title: 'Aquatik T2 Smart Water Timer, Dual Outlet, IP66',
      meta_description:
        'Aquatik T2 dual-outlet water timer: two lines with up to 8 sessions a day, 1 to 240 minutes each, Bluetooth app control and an IP66 weatherproof body.',
      h1: 'Aquatik T2 Two-Zone Tap Timer',
      marketing_copy_a:
        'No more guesswork and no more wasted water: every bed gets exactly what it needs, even while you are away. Order your Aquatik T2 today.',
      marketing_copy_b:
        'Picture coming home from a week by the sea to borders that are still lush and green. Discover the Aquatik T2.',
      marketing_copy_c:
        'Spring offer: a spare tap adapter free with every timer this month. Shop now while stocks last.',
    },
    { field: 'seo_title', find: 'IP66', replace: 'IP67', labels: ['number_invented'] },
    'Four AA batteries power it for around 12 months.',
  ),
  listing(
    'd01',
    'tap_water_timers',
    'ja',
    TIMER_ZH,
    TIMER_SRC,
    {
      translated_description:
        'Aquatik T2は、出水口をデュアル仕様にしたスマート散水タイマーです。2系統それぞれに別々の散水スケジュールを設定でき、各系統とも毎日最大8回まで、散水時間は1〜240分の範囲で選べます。スマホアプリとはBluetoothでつながり、通信距離は約30m。アプリには100種類以上の植物の水やりアドバイスが入っています。単3形乾電池4本で約12か月使えます。防水性能はIP66で、3/4インチの蛇口に対応し、変換アダプターが2個付属します。',
      seo_title: 'Aquatik T2 スマート散水タイマー デュアル出水口 IP66',
      meta_description:
        '2系統を別々に管理できるデュアル出水口の散水タイマー。毎日最大8回、1〜240分で設定でき、アプリで植物ごとの水やりアドバイスも確認できます。',
      h1: '蛇口につけるだけの自動水やりタイマー',
      marketing_copy_a:
        '植物ごとに必要な量だけ水やりするから、水道代のムダを防げます。旅行中の水やりの心配もいりません。ご注文はこちらから。',
      marketing_copy_b:
        '夏休みの旅行から帰ると、花壇がいきいきと出迎えてくれる。そんな安心を手に入れませんか？ぜひチェックしてください。',
      marketing_copy_c:
        '春のガーデニング応援キャンペーン中、予備の蛇口アダプターをプレゼント。お早めにどうぞ。',
    },
    {
      field: 'translated_description',
      find: '約12か月',
      replace: '約18か月',
      labels: ['number_dropped', 'number_invented'],
    },
    '単3形乾電池4本で約12か月使えます。',
  ),
  listing(
    'd02',
    'drip_irrigation_kits',
    'de',
    DRIP_ZH,
    DRIP_SRC,
    {
      translated_description:
        'Das Tropfbewässerungsset Gutta enthält 30 verstellbare 3-in-1-Tropfer und 20 m PE-Schlauch im Maß 4/7 mm – genug, um Dutzende Topfpflanzen gleichzeitig zu versorgen. Die Durchflussmenge lässt sich an jedem Tropfer zwischen 0 und 20 l/h einstellen. Die Pumpe im Steuergerät saugt das Wasser aus Eimer oder Tank an und schafft dabei eine Ansaughöhe von 2 m. Der eingebaute Lithium-Akku wird über USB-C geladen und hält mit einer Ladung etwa 45 Tage. Mit 15 voreingestellten Gießprogrammen eignet sich das Set für Balkon, Terrasse und Gewächshaus.',
      seo_title: 'Gutta Tropfbewässerung Set, 30 Tropfer, 20 m Schlauch',
      meta_description:
        'Tropfbewässerungsset Gutta mit 30 verstellbaren Tropfern, eingebauter Pumpe und Akku für etwa 45 Tage – ideal für Balkon und Terrasse.',
      h1: 'Gutta – Ihre Pflanzen gießen sich selbst',
      marketing_copy_a:
        'Schluss mit dem Schleppen voller Gießkannen und mit verdunstetem Wasser: Jeder Topf bekommt nur so viel, wie er braucht. Jetzt bestellen.',
      marketing_copy_b:
        'Stellen Sie sich vor, Sie kommen aus dem Urlaub zurück und Ihre Tomaten hängen voller als vorher. Entdecken Sie Gutta.',
      marketing_copy_c:
        'Zum Saisonstart legen wir ein zusätzliches Verbinder-Set gratis bei – sichern Sie sich Ihres noch heute.',
    },
    { field: 'meta_description', find: 'etwa 45 Tage', replace: 'etwa 60 Tage', labels: ['number_invented'] },
    'Die Pumpe im Steuergerät saugt das Wasser aus Eimer oder Tank an und schafft dabei eine Ansaughöhe von 2 m.',
  ),
  listing(
    'd02',
    'drip_irrigation_kits',
    'es',
    DRIP_ZH,
    DRIP_SRC,
    {
      translated_description:
        'El kit de riego por goteo Gutta incluye 30 goteros regulables 3 en 1 y 20 m de manguera de PE de 4/7 mm, suficiente para atender decenas de macetas a la vez. El caudal de cada gotero se ajusta entre 0 y 20 l/h. La unidad central lleva una bomba integrada que toma el agua de un cubo o un depósito, con una altura de aspiración de 2 m. Su batería de litio se carga por USB-C y dura unos 45 días con cada carga. Trae 15 programas de riego predefinidos y es ideal para balcones, terrazas e invernaderos.',
      seo_title: 'Kit de riego por goteo Gutta, 30 goteros, 20 m',
      meta_description:
        'Kit de riego por goteo automático Gutta con 30 goteros regulables, bomba integrada, batería para unos 45 días y 15 programas. Tus plantas, siempre a punto.',
      h1: 'Gutta, el riego que cuida de tus macetas',
      marketing_copy_a:
        'Ahorra agua y olvídate de cargar regaderas: cada maceta recibe justo lo que necesita. Cómpralo hoy.',
      marketing_copy_b:
        '¿Te imaginas volver de vacaciones y encontrar el balcón más verde que cuando te fuiste? Descubre Gutta.',
      marketing_copy_c: 'Solo esta temporada, set de conectores extra de regalo: pide el tuyo ya.',
    },
    {
      field: 'translated_description',
      replace: 'La manguera soporta hasta 5 bar de presión.',
      labels: ['number_invented'],
    },
    'La unidad central lleva una bomba integrada que toma el agua de un cubo o un depósito, con una altura de aspiración de 2 m.',
  ),
  listing(
    'd03',
    'oscillating_lawn_sprinklers',
    'en',
    SPRINKLER_ZH,
    SPRINKLER_SRC,
    {
      translated_description:
        'The second-generation Arcana oscillating sprinkler has 18 anti-clog nozzles and waters an area of up to about 250 m². You can set the spray width anywhere from 5 to 16 m (16 to 52 ft), and the arm swings through up to 180°. The nozzles are made of soft TPR, and a cleaning pin is included. A weighted base and two anti-slip ground spikes keep it steady, and it fits standard 1/2-inch quick-connect hose fittings.',
      seo_title: 'Arcana Oscillating Lawn Sprinkler, 2nd Gen, 18 Nozzles',
      meta_description:
        'Second-generation Arcana oscillating sprinkler with 18 anti-clog nozzles, coverage of up to about 250 m² and an adjustable spray width. Fits 1/2-inch hoses.',
      h1: 'Arcana Sprinkler for Even Lawn Coverage',
      marketing_copy_a:
        'A single sprinkler covers the whole back lawn, so there is no more dragging the hose from patch to patch. Get your Arcana now.',
      marketing_copy_b:
        'Remember racing through the sprinkler as a child on a hot afternoon? Your own lawn can bring that feeling back. Discover Arcana.',
      marketing_copy_c:
        'Summer deal: a free quick-connect fitting with every sprinkler this week. Add it to your cart today.',
    },
    {
      field: 'translated_description',
      find: '18 anti-clog nozzles',
      replace: '24 anti-clog nozzles',
      labels: ['number_dropped', 'number_invented'],
    },
    'You can set the spray width anywhere from 5 to 16 m (16 to 52 ft), and the arm swings through up to 180°.',
  ),
  listing(
    'd03',
    'oscillating_lawn_sprinklers',
    'fr',
    SPRINKLER_ZH,
    SPRINKLER_SRC,
    {
      translated_description:
        'L’arroseur oscillant Arcana de 2e génération possède 18 buses anti-bouchage et arrose une surface d’environ 250 m² au maximum. La largeur d’arrosage se règle de 5 à 16 m et le bras pivote sur 180° au plus. Les buses sont en TPR souple et une aiguille de nettoyage est fournie. Son socle lesté et ses deux piquets antidérapants le maintiennent bien en place, et il se raccorde aux embouts rapides standard de 1/2 pouce.',
      seo_title: 'Arroseur oscillant Arcana 2e génération, 18 buses',
      meta_description:
        'Arroseur oscillant Arcana de 2e génération : 18 buses anti-bouchage, environ 250 m² arrosés au maximum et une largeur réglable. Un gazon vert tout l’été.',
      h1: 'Arcana, l’arrosage régulier de votre pelouse',
      marketing_copy_a:
        'Un seul arroseur pour toute la pelouse : plus besoin de déplacer le tuyau d’un coin à l’autre. Commandez votre Arcana.',
      marketing_copy_b:
        'L’odeur de l’herbe fraîchement arrosée au coucher du soleil, les rires des enfants sous les gouttes. Découvrez Arcana.',
      marketing_copy_c:
        'Offre d’été : un raccord rapide offert pour tout arroseur acheté cette semaine. Profitez-en dès maintenant !',
    },
    {
      field: 'meta_description',
      find: 'environ 250 m²',
      replace: 'environ 300 m²',
      labels: ['number_invented'],
    },
    'La largeur d’arrosage se règle de 5 à 16 m et le bras pivote sur 180° au plus.',
  ),
  listing(
    'd04',
    'walk_in_greenhouses',
    'de',
    GREENHOUSE_ZH,
    GREENHOUSE_SRC,
    {
      translated_description:
        'Das begehbare Gewächshaus Serra misst 143 × 143 × 195 cm. Links und rechts stehen Regale mit je drei Ebenen, insgesamt also 6 Ablagen, die jeweils rund 10 kg tragen. Das Gestell besteht aus pulverbeschichteten Stahlrohren mit 16 mm Durchmesser, darüber liegt eine verstärkte PE-Gitterfolie mit 140 g/m², die etwa 85 % des Lichts durchlässt. Die Rolltür an der Front hat einen Doppelreißverschluss und lässt sich zum Lüften ganz aufrollen. Zwei Personen bauen es ohne Werkzeug in etwa 30 Minuten auf, 8 Erdnägel und 4 Abspannseile gehören zum Lieferumfang.',
      seo_title: 'Serra begehbares Gewächshaus, 143 × 143 × 195 cm',
      meta_description:
        'Begehbares Foliengewächshaus Serra mit 6 Regalböden, Stahlrohrgestell und aufrollbarer Tür – in rund 30 Minuten ohne Werkzeug aufgebaut.',
      h1: 'Serra Foliengewächshaus für Garten und Terrasse',
      marketing_copy_a:
        'Früher aussäen, länger ernten und dafür weder Fundament noch Handwerker brauchen. Jetzt kaufen.',
      marketing_copy_b:
        'Im März schon die ersten Tomatensetzlinge zwischen grünen Blättern, während draußen noch Raureif liegt. Entdecken Sie Serra.',
      marketing_copy_c:
        'Frühjahrsaktion: eine Bodenplane gratis zu jedem Gewächshaus, solange der Vorrat reicht. Jetzt bestellen.',
    },
    {
      field: 'translated_description',
      find: '8 Erdnägel',
      replace: '12 Erdnägel',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Gestell besteht aus pulverbeschichteten Stahlrohren mit 16 mm Durchmesser, darüber liegt eine verstärkte PE-Gitterfolie mit 140 g/m², die etwa 85 % des Lichts durchlässt.',
  ),
  listing(
    'd04',
    'walk_in_greenhouses',
    'ja',
    GREENHOUSE_ZH,
    GREENHOUSE_SRC,
    {
      translated_description:
        'Serraのウォークイン温室は、サイズ143×143×195cm。左右に3段ずつ、計6段の棚があり、各段の耐荷重は約10kgです。フレームには直径16mmの粉体塗装スチールパイプを使い、140gの厚手PEメッシュシートで覆っています。光の透過率は約85%です。正面はダブルファスナーのロールアップ式ドアで、全開にして換気できます。工具は不要で、2人なら約30分で組み立てられます。ペグ8本と固定用ロープ4本が付属します。',
      seo_title: 'Serra ウォークイン温室 棚6段 組立簡単',
      meta_description:
        '143×143×195cmのウォークイン温室。左右3段ずつ計6段の棚と、光を通す厚手PEメッシュシートで、苗づくりや冬越しの鉢植えを守ります。',
      h1: '春の苗づくりに活躍するSerra温室',
      marketing_copy_a:
        '基礎工事も業者の手配もいりません。届いたその日から、庭が小さな育苗ハウスになります。今すぐ購入。',
      marketing_copy_b:
        'まだ霜の降りる朝も、ハウスの中では小さな芽がすくすく育っています。そんな春を迎えてみませんか？ぜひお試しください。',
      marketing_copy_c: '今なら地面用シートをプレゼント。数量限定なので、ご注文はお早めに。',
    },
    { field: 'seo_title', find: '棚6段', replace: '棚12段', labels: ['number_invented'] },
    'フレームには直径16mmの粉体塗装スチールパイプを使い、140gの厚手PEメッシュシートで覆っています。',
  ),
  listing(
    'd05',
    'pond_uv_clarifiers',
    'en',
    CLARIFIER_ZH,
    CLARIFIER_SRC,
    {
      translated_description:
        'The Limpa UV-C pond clarifier runs at 9 W and suits ponds of up to 6,000 L (1,585 US gal). It keeps green-water algae in check, and the water usually looks noticeably clearer within 3 to 5 days. The bulb lasts around 8,000 hours and sits inside a protective quartz sleeve. The inlet and outlet fit four hose sizes: 20, 25, 32 and 40 mm. It is waterproof to IPX8 and has a 5 m power cable. Pair it with a pump that moves at least 2,000 L per hour. Do not look directly into the light, and keep children under 8 away from it.',
      seo_title: 'Limpa UV-C Pond Clarifier, 9 W, for Ponds up to 6,000 L',
      meta_description:
        'Limpa 9 W UV-C pond clarifier for ponds up to 6,000 L: clearer water in 3 to 5 days, IPX8 waterproof, with a 5 m cable and four hose sizes.',
      h1: 'Limpa UV-C Clarifier for Clear Pond Water',
      marketing_copy_a:
        'Spend less on algae treatments and water changes while the lamp quietly does the work. Buy your Limpa today.',
      marketing_copy_b:
        'Imagine watching your koi glide through water so clear you can see every pebble on the bottom. Discover Limpa.',
      marketing_copy_c:
        'Pond season special: a spare quartz sleeve free with every clarifier this month. Order now.',
    },
    {
      field: 'translated_description',
      find: 'a 5 m power cable',
      replace: 'a 10 m power cable',
      labels: ['number_invented'],
    },
    'The bulb lasts around 8,000 hours and sits inside a protective quartz sleeve.',
  ),
  listing(
    'd05',
    'pond_uv_clarifiers',
    'de',
    CLARIFIER_ZH,
    CLARIFIER_SRC,
    {
      translated_description:
        'Der UV-C-Teichklärer Limpa arbeitet mit 9 W und eignet sich für Teiche bis 6.000 Liter. Er hält Schwebealgen in Schach, sodass grünes Wasser meist schon nach 3 bis 5 Tagen sichtbar klarer wird. Die Lampe hält rund 8.000 Stunden und steckt geschützt in einer Hülle aus Quarzglas. Ein- und Auslauf passen für vier Schlauchgrößen: 20, 25, 32 und 40 mm. Das Gerät ist nach IPX8 wasserdicht, das Netzkabel ist 5 m lang. Wir empfehlen eine Pumpe mit mindestens 2.000 l pro Stunde. Bitte nicht direkt ins Licht schauen und Kinder unter 8 Jahren fernhalten.',
      seo_title: 'Limpa UV-C-Teichklärer 9 W für Teiche bis 6.000 l',
      meta_description:
        'UV-C-Teichklärer Limpa mit 9 W für Teiche bis 6.000 Liter: Grünes Wasser wird in 3 bis 5 Tagen klarer, IPX8-wasserdicht, mit 5 m langem Kabel.',
      h1: 'Limpa – klares Wasser für Ihren Gartenteich',
      marketing_copy_a:
        'Weniger Algenmittel, seltener Wasserwechsel: Der Klärer spart Ihnen Geld und Arbeit über die ganze Saison. Jetzt kaufen.',
      marketing_copy_b:
        'Sehen Sie Ihren Goldfischen wieder zu, wie sie ihre Bahnen ziehen, bis hinunter zum Kiesgrund. Entdecken Sie Limpa.',
      marketing_copy_c:
        'Nur diesen Monat: eine Ersatzhülle aus Quarzglas gratis zu jedem Gerät. Jetzt bestellen.',
    },
    { field: 'seo_title', find: '9 W', replace: '11 W', labels: ['number_invented'] },
    'Die Lampe hält rund 8.000 Stunden und steckt geschützt in einer Hülle aus Quarzglas.',
  ),
  listing(
    'd06',
    'solar_fountain_pumps',
    'es',
    FOUNTAIN_ZH,
    FOUNTAIN_SRC,
    {
      translated_description:
        'La bomba de fuente solar Sola lleva un panel monocristalino de 3,5 W y una batería de 2000 mAh. Con buen sol funciona directamente durante el día y, al caer la tarde, sigue lanzando agua unas 4 horas más. Incluye seis boquillas distintas, alcanza una altura de chorro de unos 70 cm y mueve hasta 200 litros por hora. El cable de la bomba mide 3 m. Es ideal para bebederos de pájaros, estanques pequeños y rincones de agua en el jardín, y se instala en poco más de diez minutos.',
      seo_title: 'Bomba de fuente solar Sola 3,5 W con batería',
      meta_description:
        'Bomba de fuente solar Sola con panel de 3,5 W y batería de 2000 mAh que sigue funcionando unas 4 horas al atardecer. Seis boquillas y chorro de unos 70 cm.',
      h1: 'Sola, una fuente en tu jardín sin enchufes',
      marketing_copy_a:
        'Sin cables hasta el enchufe y sin gasto en la factura de la luz: el sol hace todo el trabajo. Consíguela hoy.',
      marketing_copy_b:
        'El murmullo del agua, los pájaros que se acercan a beber y tú con un café en la terraza. Descubre Sola.',
      marketing_copy_c:
        'Oferta de primavera: boquilla extra de regalo con cada bomba. Aprovecha antes de que se agote.',
    },
    {
      field: 'translated_description',
      find: 'unos 70 cm',
      replace: 'unos 90 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'El cable de la bomba mide 3 m.',
  ),
  listing(
    'd06',
    'solar_fountain_pumps',
    'fr',
    FOUNTAIN_ZH,
    FOUNTAIN_SRC,
    {
      translated_description:
        'La pompe de fontaine solaire Sola est équipée d’un panneau monocristallin de 3,5 W et d’une batterie de 2\u202f000 mAh. En plein soleil, elle fonctionne directement pendant la journée, puis continue de jaillir environ 4 heures une fois le soir venu. Six buses sont fournies, le jet monte jusqu’à environ 70 cm et le débit atteint 200 litres par heure. Le câble de la pompe mesure 3 m. Idéale pour un bain d’oiseaux, un petit bassin ou une pièce d’eau au jardin, elle s’installe en une bonne dizaine de minutes.',
      seo_title: 'Pompe de fontaine solaire Sola 3,5 W avec batterie',
      meta_description:
        'Pompe de fontaine solaire Sola : panneau de 3,5 W, batterie de 2\u202f000 mAh pour environ 4 heures de jet le soir, six buses et un jet jusqu’à 70 cm.',
      h1: 'Sola, la fontaine qui vit au rythme du soleil',
      marketing_copy_a:
        'Aucun câble à tirer jusqu’à la maison et pas un centime de plus sur la facture d’électricité. Achetez votre Sola.',
      marketing_copy_b:
        'Le clapotis de l’eau, un merle qui vient s’y baigner, et vous qui savourez le calme. Découvrez Sola.',
      marketing_copy_c:
        'Offre de printemps : une buse supplémentaire offerte avec chaque pompe. Commandez dès aujourd’hui.',
    },
    {
      field: 'translated_description',
      replace: 'La batterie supporte environ 500 cycles de charge.',
      labels: ['number_invented'],
    },
    'Le câble de la pompe mesure 3 m.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** The last sentence of a Latin-script copy wrapped in markdown bold, as a model that bolds its CTA leaves it. */
const boldLastSentence = (text: string): string => text.replace(/(?<=[.!?] )([^.!?]+[.!?])$/, '**$1**');

export const ROUND_39_WORDING: PerLanguage<DefectWording> = {
  en: {
    // tap timer takes styles 0-2, sprinkler 3-5, pond clarifier 6-8.
    artifacts: [
      (c) => ({
        translated_description: `Great product to work on! Here’s how I’d describe it for English-speaking gardeners:\n\n${c.translated_description}`,
      }),
      (c) => ({ h1: `On-page heading: ${c.h1}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nIf you share the real discount, I can work it into this line.`,
      }),
      (c) => ({
        translated_description: afterSentence(
          c.translated_description,
          1,
          'I chose “oscillating” for the back-and-forth motion the source describes, as that is the usual trade term.',
        ),
      }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a} (The keyword “lawn sprinkler” now shows up once in every field.)`,
      }),
      (c) => ({ marketing_copy_b: boldLastSentence(c.marketing_copy_b) }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nI’m unable to say whether UV-C light is safe for particular fish species, so I have left that point out.`,
      }),
      (c) => ({
        marketing_copy_a: `First, I’ll lead with what the owner saves, then close on the call to action. ${c.marketing_copy_a}`,
      }),
      (c) => ({
        translated_description: afterSentence(
          c.translated_description,
          2,
          'Recommended pumps: <PUMP_MODELS>.',
        ),
      }),
    ],
    forbidden: [
      'Cheap plastic timers split as soon as the frost arrives.',
      'Knockoff sprinklers clog up long before midsummer.',
      'Our pond lamps are never counterfeit stock.',
      'An imitation quartz sleeve lets water creep in.',
    ],
    slogans: ['Green beds, easy summers.', 'Clear water, calm evenings.'],
    chineseLeftovers: [],
    duplicateLead: 'To sum it up, ',
    titleStuffing: ' | Garden Watering Essential, Gift for Gardeners, Free Delivery',
  },
  de: {
    // drip kit takes styles 0-2, greenhouse 3-5, pond clarifier 6-8.
    artifacts: [
      (c) => ({
        marketing_copy_c: `Anweisung für diesen Text: Aktion nennen, siezen, mit einer Handlungsaufforderung enden.\n${c.marketing_copy_c}`,
      }),
      (c) => ({ meta_description: `Snippet: ${c.meta_description}` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nWenn Sie möchten, schreibe ich noch eine Variante speziell für Balkongärtner.`,
      }),
      (c) => ({ translated_description: `${c.translated_description}\n\n---` }),
      (c) => ({
        translated_description: afterSentence(
          c.translated_description,
          1,
          'Zuerst nenne ich die Maße, danach Regale, Material und Aufbau.',
        ),
      }),
      (c) => ({ h1: `${c.h1} („Foliengewächshaus“ klingt hier natürlicher als „Treibhaus“)` }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a} (Das Keyword „UV-Teichklärer“ habe ich in Titel und Meta untergebracht.)`,
      }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Gültig bis TT.MM.JJJJ.` }),
      (c) => ({
        translated_description: `Entschuldigung, in der ersten Fassung fehlte die Kabellänge – jetzt ist alles drin.\n\n${c.translated_description}`,
      }),
    ],
    forbidden: [
      'Billige Bewässerungssets tropfen schon bald an jeder Verbindung.',
      'Eine Fälschung erkennt man an der dünnen Folie.',
      'Nachahmungen unserer Tropfer verstopfen schnell.',
      'Ein Imitat spart ausgerechnet am Quarzglas.',
    ],
    slogans: ['Grüne Töpfe, freie Wochenenden.', 'Klares Wasser, ruhige Abende.'],
    chineseLeftovers: [],
    duplicateLead: 'Knapp gesagt: ',
    titleStuffing: ' | Gartenbewässerung, Geschenk für Gärtner, Gratisversand, Neu',
  },
  ja: {
    // tap timer takes styles 0-2, greenhouse 3-5.
    artifacts: [
      (c) => ({
        translated_description: `それでは、商品説明文をお送りします。\n\n${c.translated_description}`,
      }),
      (c) => ({ h1: `${c.h1}｜＜ショップ名＞` }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}（「自動水やり」は検索ボリュームが大きいため、冒頭近くに入れました）`,
      }),
      (c) => ({ translated_description: `商品説明（日本語）\n${c.translated_description}` }),
      (c) => ({
        translated_description: afterSentenceJa(
          c.translated_description,
          1,
          'まずサイズを示し、続けて棚と素材について説明します。',
        ),
      }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\n申し訳ございません、実際の販売価格がわからないため、割引額は入れていません。`,
      }),
    ],
    forbidden: [
      '激安の散水タイマーは水漏れしがちです。',
      'コピー品の温室はフレームが細く、風に弱いです。',
      '模倣品のUVランプにはご注意ください。',
      'レプリカのポンプは長持ちしません。',
    ],
    slogans: ['水やりは、タイマーにおまかせ。', '小さな温室で、春をひと足先に。'],
    chineseLeftovers: ['这个定时器可以用手机设置浇水时间。', '温室搭好以后请用地钉固定。'],
    duplicateLead: 'ざっくり言うと、',
    titleStuffing: '｜ガーデニング 水やり 便利グッズ 人気 送料無料',
  },
  es: {
    // drip kit takes styles 0-2, solar fountain 3-5.
    artifacts: [
      (c) => ({
        translated_description: c.translated_description.replace(
          'El kit de riego por goteo Gutta',
          '**El kit de riego por goteo Gutta**',
        ),
      }),
      (c) => ({
        marketing_copy_c: `Recuerda: mencionar el regalo y terminar con un verbo de acción.\n${c.marketing_copy_c}`,
      }),
      (c) => ({
        translated_description: afterSentence(
          c.translated_description,
          2,
          '(Puse «goteros» y no «emisores», que suena demasiado técnico para una tienda.)',
        ),
      }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\n¿Lo prefieres con un poco más de emoción o te vale así?`,
      }),
      (c) => ({ marketing_copy_a: `Propuesta A (beneficio): ${c.marketing_copy_a}` }),
      (c) => ({ translated_description: `${c.translated_description} Garantía: {{meses_garantia}}.` }),
    ],
    forbidden: [
      'Los kits baratos gotean por todas las juntas.',
      'Desconfía de las bombas falsas que se venden sin garantía.',
      'Ninguna imitación aguanta un verano entero al sol.',
      'No vendemos réplicas de ningún tipo.',
    ],
    slogans: ['Riego justo, plantas felices.', 'El sonido del agua, gracias al sol.'],
    chineseLeftovers: [],
    duplicateLead: 'En síntesis: ',
    titleStuffing: ' | Jardín y riego, idea de regalo, envío gratis, novedad',
  },
  fr: {
    // sprinkler takes styles 0-2, solar fountain 3-5.
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\nJe peux aussi adapter le texte pour la Belgique ou la Suisse, si cela vous rend service.`,
      }),
      (c) => ({
        marketing_copy_b: `D’abord l’image du jardin au soleil couchant, ensuite l’appel à l’action. ${c.marketing_copy_b}`,
      }),
      (c) => ({ h1: `${c.h1} — mot-clé « arroseur oscillant » gardé pour le titre SEO` }),
      (c) => ({ translated_description: `Description produit :\n${c.translated_description}` }),
      (c) => ({
        marketing_copy_a: afterSentence(
          c.marketing_copy_a,
          1,
          'Rappel du brief : insister sur l’absence de câble.',
        ),
      }),
      (c) => ({ marketing_copy_c: `__${c.marketing_copy_c}__` }),
    ],
    forbidden: [
      'Un arroseur pas cher se bouche avant la fin de l’été.',
      'Les contrefaçons de pompes solaires tombent vite en panne.',
      'Aucune réplique : uniquement des pièces d’origine.',
      'Une fausse batterie perd sa charge en quelques semaines.',
    ],
    slogans: ['Une pelouse verte, sans effort.', 'L’eau qui danse au soleil.'],
    chineseLeftovers: [],
    duplicateLead: 'En deux mots : ',
    titleStuffing: ' | Jardin et arrosage, idée cadeau, livraison offerte, nouveauté',
  },
};
