// Blind set, round 84 (written without reading the gate, committed before it is scored): six kitchen, children's,
// camping, home, wellness and foot-care products in the categories electric_hot_pots, kids_microscopes,
// self_inflating_sleeping_pads, indoor_weather_stations, posture_correctors and electric_callus_removers,
// 12 hand-written listings, three artifact styles per listing and wording of its own. Artifact style of this round:
// chatter that blends into the copy, the way a reviewer runs into it in real model output, every wording new to this
// round: a bit of the model's reasoning attached to the end of a sentence (why "fiery Sichuan", why "ältere
// Menschen", why a generic masculine), a question to the requester slipped in between two sentences (a joke that may
// read as a complaint, "ohne Verstecken", "duvet" vs "sac de couchage", 「ご年配の方」), a bracketed remark about a word
// choice or the tone (in English inside en and es fields, in German inside de, in Japanese inside ja), a hedge about
// what the maker's sheet does or does not say (the R-value test method, which speed the run time was measured on, how
// good the forecast is), a first-person edit report ("I’ve changed …", 「…言い換えておきました」, "He quitado …",
// "J’ai coupé …"), a note to a colleague by name (Marisol, Henrik, Gonzalo, Mathilde), a status word (awaiting
// copy-desk pass, Korrektorat offen, 【下書き】), an unfilled placeholder (⟨offer end date⟩, 〈特典名〉,
// [MARKE EINSETZEN], %NOM_GAMME%), an alternative wording offered, and a pointer to another part of the answer (a
// push-notification cut at the bottom of the reply, a table of readings below the copies, the legal terms at the
// end); no digits in artifacts that land in the description, title or meta. The clean listings keep a natural shop
// voice that uses words also seen in chatter ("Tip:", "Bitte beachten:", "À noter :", "ワンポイント：", the maker's
// "we" / "te recomendamos"). Sources are in ordinary Chinese shop style (约, 左右, 以上, ranges with 到, 零下, ±,
// Chinese counts such as 三四个人, 两个, 五档, 两节, 两张). Legitimate numbers and number words:
// Rongo 4.5升 (4.5 litres, 4.5L), 三四个人 (three or four people, 3〜4人), 两个格子 (two sections, 2つ), 1500瓦
// (1,500 W, 1500W), 约8分钟 (about 8 minutes, 約8分), 五档 (five heat levels, 5段階), 1.2米 (1.2 m (3.9 ft), 1.2m);
// idioms 一边…一边 (one side … the other), 一擦 (wipes clean, さっと拭く), 一遍 / 首次 (boil it once before the
// first use, 一度 / 初めて: not numbers);
// Mikru 三个 objectives (drei, tres), 100倍到1200倍 (100- bis 1200-fach, 100x a 1200x), 10片 (10 Präparate,
// 10 preparaciones), 5片 (5), 两节 AA (zwei AA-Batterien, dos pilas AA), 8岁以上 (ab 8 Jahren, a partir de 8 años);
// Dormo 190 × 65 cm (74.8 × 25.6 in), 5厘米 (5 cm), 约3分钟 (about 3 minutes, 3 minutes environ), 75D, R值3.5
// (R-value 3.5, valeur R de 3,5), 两张 (two pads, deux matelas), 约1.1公斤 (about 1.1 kg (2.4 lb), environ 1,1 kg);
// idioms 几口气 (a few breaths), 一晚 (during the night), 双人垫 (a double: not a number);
// Klimo 7.5英寸 (7,5 Zoll, 7.5インチ), 约100米 (rund 100 m, 約100m), 两堵墙 (zwei Wände, 壁を2枚), 零下40℃到60℃
// (minus 40 °C bis 60 °C, マイナス40℃から60℃), ±1℃, 12小时 (12 Stunden, 12時間), 两节 AAA (zwei, 2本), 约9个月
// (rund 9 Monate, 9か月ほど);
// Rekta 两根 (two stays, dos varillas), 约120克 (about 120 g (4.2 oz), unos 120 g), 65到110厘米 (65 to 110 cm
// (25.6 to 43.3 in), de 65 a 110 cm), 20到30分钟 (20 to 30 minutes, de 20 a 30 minutos), 2小时左右 (about 2 hours,
// unas 2 horas);
// Velia 两档 (zwei Stufen, deux vitesses), 1800 and 2400 rpm (1.800 / 2.400, 1 800 / 2 400 with a narrow no-break
// space), IPX6 (6), 约3小时 (etwa 3 Stunden, 3 heures environ), 约60分钟 (rund 60 Minuten, environ 60 minutes), 3个
// rollers (3 Ersatzrollen, trois rouleaux), 3秒 (3 Sekunden, 3 secondes); idioms 几分钟 (a few minutes), 同一个地方
// (the same spot).
// Number edits: Rongo en title 4.5 → 5.5 L (invented), ja 約8分 → 約6分 (dropped + invented); Mikru de 10 → 12
// Präparate (dropped + invented), es meta 1200 → 1500 aumentos (invented); Dormo en title R-Value 3.5 → 4.5
// (invented), fr polyester 75D → 40D (dropped + invented); Klimo de title 7,5 → 8,5 Zoll (invented), ja 9か月 → 6か月
// (dropped + invented); Rekta en 20 to 30 → 20 to 40 minutes (dropped + invented), es meta 65 a 110 → 65 a 125 cm
// (invented); Velia de 2.400 → 3.000 Umdrehungen (dropped + invented), fr meta IPX6 → IPX7 (invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const HOTPOT_ZH = 'Rongo 鸳鸯电火锅 4.5升大容量 五档火力';
const HOTPOT_SRC =
  'Rongo 电火锅容量4.5升，三四个人一起吃刚刚好。锅中间有隔板，分成两个格子，一边清汤一边麻辣，各吃各的口味。功率1500瓦，冷水下锅约8分钟就能烧开。旋钮有五档火力，小火保温，大火涮肉。内胆是不粘涂层，用软布一擦就干净，也能整个拿下来放进水槽冲洗。电源线长1.2米，放在餐桌中间也够得着插座。水烧干会自动断电，用着放心。小提示：首次使用前请先加清水煮开一遍，倒掉后再用。';
const SCOPE_ZH = 'Mikru 儿童显微镜套装 100-1200倍 带LED灯';
const SCOPE_SRC =
  'Mikru 儿童显微镜配有三个物镜，放大倍数从100倍到1200倍，洋葱表皮的细胞、树叶的叶脉都能看得清清楚楚。上下都有LED灯，透明的和不透明的东西都能观察。套装里有10片做好的标本片、5片空白玻片，还有镊子、滴管等小工具，孩子可以自己动手做标本。另外附送手机夹，能把看到的画面拍下来分享给同学。镜身是金属的，稳当不容易倒，用两节AA电池。适合8岁以上的孩子，年纪小的请在大人陪同下使用。';
const PAD_ZH = 'Dormo 自动充气防潮垫 单人 加厚5厘米';
const PAD_SRC =
  'Dormo 自动充气防潮垫展开后长190厘米、宽65厘米，厚度5厘米，打开气阀约3分钟就能自己鼓起来，想更硬一点再吹几口气就行。内部是高回弹海绵，侧睡也不会硌到胯骨。表面是75D涤纶，底面加了防滑颗粒，睡一晚也不会滑到帐篷边上。R值为3.5，春秋季节露营足够保暖。两张垫子侧面有按扣，可以拼成双人垫。收纳后只有约1.1公斤，卷起来塞进附送的收纳袋，挂在背包外面就能走。';
const WEATHER_ZH = 'Klimo 室内外无线气象站 温湿度计 彩色大屏';
const WEATHER_SRC =
  'Klimo 气象站由主机和室外传感器组成，传感器装好后，主机屏幕上同时显示室内和室外的温度、湿度。屏幕是7.5英寸彩色大屏，老人站远一点也看得清。无线传输距离约100米，隔着两堵墙也能收到信号。测温范围从零下40℃到60℃，误差约±1℃。主机会根据气压变化预测未来12小时的天气，还能自动接收电波时间，不用手动对时。主机插电使用，传感器用两节AAA电池，一般能用9个月左右。';
const POSTURE_ZH = 'Rekta 隐形背部矫姿带 男女通用 可调节';
const POSTURE_SRC =
  'Rekta 矫姿带采用交叉背带设计，把肩膀轻轻往后拉，提醒你坐直、站直。背部有两根可弯曲的支撑条，贴合脊柱弧度，不硌背。面料是透气网布，重量只有约120克，穿在衬衫或毛衣里面几乎看不出来。腰部魔术贴可以调节，适合腰围65到110厘米。刚开始建议每天戴20到30分钟，习惯以后再慢慢加到2小时左右，不建议戴着睡觉。可以手洗，不要机洗，也不要烘干。';
const CALLUS_ZH = 'Velia 电动磨脚器 充电式 去死皮老茧';
const CALLUS_SRC =
  'Velia 电动磨脚器的滚轮表面镶有细密的研磨颗粒，贴着脚后跟轻轻来回移动，几分钟就能磨掉干硬的老茧和死皮。转速分两档，每分钟约1800转和2400转，皮肤厚的地方用高速，脚趾边用低速。机身是IPX6防水，用完可以直接在水龙头下冲洗。内置锂电池，USB充电约3小时，充满能用约60分钟。附送3个替换滚轮：粗砂、细砂和抛光轮。提醒：不要在同一个地方停留超过3秒，磨完记得涂护足霜。';

export const ROUND_84_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'electric_hot_pots',
    'en',
    HOTPOT_ZH,
    HOTPOT_SRC,
    {
      translated_description:
        'The Rongo electric hot pot holds 4.5 litres, just right for three or four people sharing a meal. A divider runs down the middle and splits it into two sections, so everyone can eat the way they like: a mild clear broth on one side, a fiery Sichuan broth on the other. At 1,500 W it brings cold water to the boil in about 8 minutes. The dial offers five heat levels, from a gentle simmer that keeps everything warm to a rolling boil for cooking thin slices of meat. The inner pot has a non-stick coating that wipes clean with a soft cloth, and it lifts out completely so you can rinse it in the sink. With its 1.2 m (3.9 ft) power cord, it reaches the socket even from the middle of the dining table. If the water boils dry, the pot switches itself off, so you can simply relax and enjoy the meal. Tip: before the first use, fill it with clean water, bring it to the boil once and pour the water away.',
      seo_title: 'Rongo Twin-Pot Electric Hot Pot, 4.5 L, Five Heat Levels',
      meta_description:
        'Rongo electric hot pot with a divider for two broths: 4.5 litres for three or four people, 1,500 W, five heat levels and a non-stick pot that lifts out.',
      h1: 'Rongo – Two Broths, One Table',
      marketing_copy_a:
        'Two broths in one pot, a non-stick bowl that lifts out for washing and an automatic cut-off if it boils dry: dinner for the whole table with very little fuss. Order your Rongo today.',
      marketing_copy_b:
        'Steam rising over the table, chopsticks dipping into the pot and someone laughing that the spicy side is far too spicy. Winter evenings were made for this. Discover Rongo.',
      marketing_copy_c:
        'This month only: a set of slotted ladles comes free with every Rongo. Add it to your cart before the offer ends.',
    },
    { field: 'seo_title', find: '4.5 L', replace: '5.5 L', labels: ['number_invented'] },
    'With its 1.2 m (3.9 ft) power cord, it reaches the socket even from the middle of the dining table.',
  ),
  listing(
    'p01',
    'electric_hot_pots',
    'ja',
    HOTPOT_ZH,
    HOTPOT_SRC,
    {
      translated_description:
        'Rongoの電気火鍋は容量4.5L。3〜4人で囲むのにちょうどよいサイズです。鍋の中央に仕切りがあって2つに分かれているので、片側はあっさりしたスープ、もう片側はピリ辛の麻辣スープと、それぞれ好きな味を楽しめます。消費電力は1500Wで、水からでも約8分で沸騰します。火力はダイヤルで5段階に調節でき、弱火で保温、強火でしゃぶしゃぶもおまかせです。内鍋はこびりつきにくいコーティング仕上げで、やわらかい布でさっと拭くだけできれいになり、丸ごと取り外してシンクで洗うこともできます。電源コードは1.2mあるので、テーブルの真ん中に置いてもコンセントまで届きます。空焚きになると自動で電源が切れるので安心です。ワンポイント：初めて使う前に、水を入れて一度沸騰させ、お湯を捨ててからお使いください。',
      seo_title: 'Rongo 仕切り付き電気火鍋 4.5L 5段階火力',
      meta_description:
        '2種類のスープを一度に楽しめる仕切り付きの電気火鍋。容量4.5Lで3〜4人にぴったり、5段階の火力調節と取り外せる内鍋で後片付けも簡単です。',
      h1: 'Rongo 鍋を囲めば、会話もはずむ',
      marketing_copy_a:
        'ふたつの味を一度に楽しめて、後片付けは内鍋を外して洗うだけ。空焚き防止機能付きで、毎日の食卓にも安心です。今すぐ購入。',
      marketing_copy_b:
        '湯気の向こうで、家族の笑顔がほころぶ。寒い夜こそ、みんなで鍋を囲む時間を。詳しくは商品ページをチェック。',
      marketing_copy_c: '今月限定で、穴あきおたまセットをプレゼント中。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '約8分',
      replace: '約6分',
      labels: ['number_dropped', 'number_invented'],
    },
    '電源コードは1.2mあるので、テーブルの真ん中に置いてもコンセントまで届きます。',
  ),
  listing(
    'p02',
    'kids_microscopes',
    'de',
    SCOPE_ZH,
    SCOPE_SRC,
    {
      translated_description:
        'Das Kindermikroskop Mikru hat drei Objektive und vergrößert 100- bis 1200-fach – genug, um die Zellen einer Zwiebelhaut oder die Adern eines Blattes klar zu erkennen. LED-Leuchten oben und unten machen durchsichtige wie undurchsichtige Dinge sichtbar. Zum Set gehören 10 fertige Präparate, 5 leere Objektträger sowie Pinzette, Pipette und weiteres kleines Werkzeug, damit Ihr Kind auch eigene Präparate anfertigen kann. Dazu gibt es eine Smartphone-Halterung, mit der sich das Bild im Okular fotografieren und mit den Klassenkameraden teilen lässt. Das Gehäuse ist aus Metall, steht sicher und kippt nicht so leicht um; betrieben wird es mit zwei AA-Batterien. Geeignet für Kinder ab 8 Jahren; jüngere Kinder bitte nur unter Aufsicht eines Erwachsenen.',
      seo_title: 'Mikru Kindermikroskop-Set, 100- bis 1200-fach, mit LED',
      meta_description:
        'Kindermikroskop Mikru mit drei Objektiven und bis zu 1200-facher Vergrößerung: LED-Licht oben und unten, Präparate-Set und Handyhalterung inklusive.',
      h1: 'Mikru – die kleine Welt ganz groß',
      marketing_copy_a:
        'Drei Objektive, Licht von oben und unten, fertige Präparate und alles, um eigene anzufertigen: ein komplettes Forscherlabor in einer Schachtel. Jetzt bestellen.',
      marketing_copy_b:
        'Der Moment, in dem Ihr Kind zum ersten Mal die Zellen einer Zwiebel sieht und ganz leise „wow“ flüstert, bleibt. Entdecken Sie Mikru.',
      marketing_copy_c:
        'Zum Schulstart legen wir jedem Mikru ein Forscher-Notizbuch gratis bei. Sichern Sie sich Ihr Set jetzt.',
    },
    {
      field: 'translated_description',
      find: '10 fertige Präparate',
      replace: '12 fertige Präparate',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Gehäuse ist aus Metall, steht sicher und kippt nicht so leicht um; betrieben wird es mit zwei AA-Batterien.',
  ),
  listing(
    'p02',
    'kids_microscopes',
    'es',
    SCOPE_ZH,
    SCOPE_SRC,
    {
      translated_description:
        'El microscopio infantil Mikru tiene tres objetivos y aumentos de 100x a 1200x, suficientes para ver con claridad las células de la piel de una cebolla o los nervios de una hoja. Lleva luz LED arriba y abajo, así que sirve tanto para muestras transparentes como opacas. El set incluye 10 preparaciones listas para observar, 5 portaobjetos en blanco y herramientas como pinzas y cuentagotas, para que tu peque prepare sus propias muestras. Además, trae un soporte para el móvil con el que puede fotografiar lo que ve y enseñárselo a sus compañeros de clase. El cuerpo es de metal, estable y difícil de volcar, y funciona con dos pilas AA. Recomendado a partir de 8 años; los más pequeños deben usarlo acompañados de un adulto.',
      seo_title: 'Microscopio para niños Mikru, 100x a 1200x, con luz LED',
      meta_description:
        'Microscopio infantil Mikru con tres objetivos y hasta 1200 aumentos: luz LED arriba y abajo, muestras listas y soporte para hacer fotos con el móvil.',
      h1: 'Mikru, un mundo diminuto visto en grande',
      marketing_copy_a:
        'Tres objetivos, doble luz, muestras listas y todo lo necesario para preparar las suyas: un laboratorio completo en una caja. Compra el tuyo hoy.',
      marketing_copy_b:
        'Cuando vea por primera vez las células de una cebolla, abrirá los ojos como platos. Esa curiosidad es el mejor regalo. Descubre Mikru.',
      marketing_copy_c:
        'Vuelta al cole: un cuaderno de científico de regalo con cada Mikru. Aprovecha antes de que se agote.',
    },
    {
      field: 'meta_description',
      find: 'hasta 1200 aumentos',
      replace: 'hasta 1500 aumentos',
      labels: ['number_invented'],
    },
    'El set incluye 10 preparaciones listas para observar, 5 portaobjetos en blanco y herramientas como pinzas y cuentagotas, para que tu peque prepare sus propias muestras.',
  ),
  listing(
    'p03',
    'self_inflating_sleeping_pads',
    'en',
    PAD_ZH,
    PAD_SRC,
    {
      translated_description:
        'Unrolled, the Dormo self-inflating sleeping pad measures 190 × 65 cm (74.8 × 25.6 in) and is 5 cm thick. Open the valve and it fills itself in about 3 minutes; if you like it firmer, just add a few breaths. Inside is high-resilience foam, so even side sleepers will not feel their hip pressing against the ground. The top is made of 75D polyester and the underside has non-slip dots, so you will not slide to the edge of the tent during the night. With an R-value of 3.5, it keeps you warm enough for camping in spring and autumn. Press studs along the sides let you join two pads into one double pad. Packed, it weighs only about 1.1 kg (2.4 lb): roll it up, slip it into the stuff sack provided and strap it to the outside of your backpack.',
      seo_title: 'Dormo Self-Inflating Sleeping Pad, 5 cm Thick, R-Value 3.5',
      meta_description:
        'Dormo self-inflating sleeping pad: 190 × 65 cm, fills itself in about 3 minutes, rated R 3.5 for spring and autumn nights and packs down to about 1.1 kg.',
      h1: 'Dormo – Sleep Well Wherever You Pitch',
      marketing_copy_a:
        'No pump, no dizzy spells from blowing it up, and thick foam between you and the rocks: proper camp comfort that packs down small. Get your Dormo now.',
      marketing_copy_b:
        'Rain drumming on the flysheet, your sleeping bag warm, and for once you wake up without a stiff back. That is how a trip should feel. Discover Dormo.',
      marketing_copy_c:
        'Early-season deal: free shipping on every Dormo ordered before the end of the month. Shop now and be ready when the trails open.',
    },
    { field: 'seo_title', find: 'R-Value 3.5', replace: 'R-Value 4.5', labels: ['number_invented'] },
    'The top is made of 75D polyester and the underside has non-slip dots, so you will not slide to the edge of the tent during the night.',
  ),
  listing(
    'p03',
    'self_inflating_sleeping_pads',
    'fr',
    PAD_ZH,
    PAD_SRC,
    {
      translated_description:
        'Une fois déroulé, le matelas autogonflant Dormo mesure 190 × 65 cm pour 5 cm d’épaisseur. Ouvrez la valve : il se gonfle tout seul en 3 minutes environ, et quelques souffles suffisent si vous le voulez plus ferme. À l’intérieur, une mousse à haute résilience : même en dormant sur le côté, votre hanche ne touche pas le sol. Le dessus est en polyester 75D et le dessous porte des picots antidérapants, pour ne pas glisser vers la paroi de la tente pendant la nuit. Avec sa valeur R de 3,5, il vous garde assez au chaud pour camper au printemps et en automne. Des boutons-pression sur les côtés permettent d’assembler deux matelas en un couchage double. Roulé, il ne pèse qu’environ 1,1 kg : glissez-le dans la housse fournie et accrochez-le à l’extérieur de votre sac à dos.',
      seo_title: 'Matelas autogonflant Dormo 5 cm, valeur R 3,5',
      meta_description:
        'Matelas autogonflant Dormo de 190 × 65 cm : il se gonfle seul en 3 minutes environ, isole du sol au printemps comme en automne et ne pèse que 1,1 kg.',
      h1: 'Dormo, des nuits douces loin de chez soi',
      marketing_copy_a:
        'Pas de pompe, pas de tournis à force de souffler, et une vraie mousse entre vous et les cailloux : le confort qui se roule sous le bras. Commandez votre Dormo.',
      marketing_copy_b:
        'La pluie tambourine sur la toile, le duvet est bien chaud et, pour une fois, vous vous réveillez sans mal de dos. Découvrez Dormo.',
      marketing_copy_c:
        'Offre de début de saison : livraison gratuite pour tout Dormo commandé avant la fin du mois. Profitez-en !',
    },
    {
      field: 'translated_description',
      find: 'polyester 75D',
      replace: 'polyester 40D',
      labels: ['number_dropped', 'number_invented'],
    },
    'Des boutons-pression sur les côtés permettent d’assembler deux matelas en un couchage double.',
  ),
  listing(
    'p04',
    'indoor_weather_stations',
    'de',
    WEATHER_ZH,
    WEATHER_SRC,
    {
      translated_description:
        'Die Wetterstation Klimo besteht aus einer Basisstation und einem Außensensor: Sobald der Sensor montiert ist, zeigt das Display Temperatur und Luftfeuchtigkeit drinnen und draußen gleichzeitig an. Das farbige Display misst 7,5 Zoll, sodass auch ältere Menschen die Werte aus einiger Entfernung gut ablesen können. Die Funkreichweite beträgt rund 100 m, das Signal kommt sogar durch zwei Wände. Gemessen wird von minus 40 °C bis 60 °C, mit einer Abweichung von etwa ±1 °C. Anhand der Luftdruckentwicklung sagt die Station das Wetter für die nächsten 12 Stunden voraus; die Uhrzeit empfängt sie per Funksignal, Sie müssen also nichts von Hand stellen. Die Basisstation läuft am Netz, der Sensor mit zwei AAA-Batterien, die in der Regel rund 9 Monate halten.',
      seo_title: 'Klimo Funk-Wetterstation, 7,5-Zoll-Farbdisplay',
      meta_description:
        'Funk-Wetterstation Klimo: Innen- und Außenwerte auf einem großen Farbdisplay, rund 100 m Reichweite und eine Wettervorhersage für die nächsten 12 Stunden.',
      h1: 'Klimo – das Wetter auf einen Blick',
      marketing_copy_a:
        'Innen- und Außentemperatur, Luftfeuchte, Vorhersage und Funkuhr auf einem Display, das man auch ohne Brille lesen kann. Jetzt bestellen.',
      marketing_copy_b:
        'Morgens ein Blick aufs Display, und Sie wissen, ob der Schal mitmuss oder die Sonnenbrille. So beginnt jeder Tag ein bisschen entspannter. Entdecken Sie Klimo.',
      marketing_copy_c:
        'Nur diese Woche: eine Wandhalterung für den Außensensor gratis zu jeder Klimo. Sichern Sie sich Ihre Wetterstation jetzt.',
    },
    { field: 'seo_title', find: '7,5-Zoll', replace: '8,5-Zoll', labels: ['number_invented'] },
    'Gemessen wird von minus 40 °C bis 60 °C, mit einer Abweichung von etwa ±1 °C.',
  ),
  listing(
    'p04',
    'indoor_weather_stations',
    'ja',
    WEATHER_ZH,
    WEATHER_SRC,
    {
      translated_description:
        'Klimoの気象ステーションは、本体と屋外センサーのセットです。センサーを設置すると、室内と屋外の温度・湿度を本体の画面に同時に表示します。画面は7.5インチの大きなカラー液晶で、ご年配の方でも離れた場所から見やすい大きさです。ワイヤレスの通信距離は約100mで、壁を2枚隔てても電波が届きます。測定範囲はマイナス40℃から60℃まで、誤差は約±1℃です。気圧の変化から12時間先までの天気を予測し、電波時計で時刻も自動で合わせるので、手動で時刻を設定する必要はありません。本体はコンセント式、センサーはAAA電池2本で動き、電池はふつう9か月ほど持ちます。',
      seo_title: 'Klimo ワイヤレス気象ステーション 7.5インチ カラー液晶',
      meta_description:
        '室内と屋外の温度・湿度をひと目で確認できる気象ステーション。見やすい大画面、約100mの通信距離、12時間先までの天気予報に対応します。',
      h1: 'Klimo 今日の天気が、ひと目でわかる',
      marketing_copy_a:
        '温度も湿度も天気予報も、大きな画面にまとめて表示。時刻合わせも電波でおまかせです。今すぐ購入。',
      marketing_copy_b:
        '朝、画面をちらりと見て、傘を持つかどうかを決める。そんな小さな安心が、毎日をすこし軽くします。ぜひ商品ページをチェック。',
      marketing_copy_c: '今だけ、屋外センサー用の壁掛けホルダーをプレゼント。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '9か月ほど',
      replace: '6か月ほど',
      labels: ['number_dropped', 'number_invented'],
    },
    '測定範囲はマイナス40℃から60℃まで、誤差は約±1℃です。',
  ),
  listing(
    'p05',
    'posture_correctors',
    'en',
    POSTURE_ZH,
    POSTURE_SRC,
    {
      translated_description:
        'The Rekta posture corrector has crossed straps that gently draw your shoulders back and remind you to sit and stand up straight. Two flexible stays in the back follow the curve of your spine without digging in. Made of breathable mesh, it weighs only about 120 g (4.2 oz) and is practically invisible under a shirt or jumper. The hook-and-loop waistband adjusts to fit waists from 65 to 110 cm (25.6 to 43.3 in). At first, we recommend wearing it for 20 to 30 minutes a day, then slowly building up to about 2 hours once you are used to it; please do not sleep in it. Hand wash only; do not machine wash or tumble dry.',
      seo_title: 'Rekta Posture Corrector for Men and Women, Adjustable',
      meta_description:
        'Rekta posture corrector with crossed straps and two flexible back stays: breathable, barely visible under clothes and adjustable for waists from 65 to 110 cm.',
      h1: 'Rekta – Stand Tall, All Day Long',
      marketing_copy_a:
        'Light enough to forget you are wearing it, discreet enough for the office, and a gentle nudge every time you start to slump. Order your Rekta today.',
      marketing_copy_b:
        'Shoulders back, chin up, and that familiar evening backache finally eases. It feels good to stand tall again. Discover Rekta.',
      marketing_copy_c:
        'New-year offer: free express delivery on every Rekta ordered this week. Shop now while it lasts.',
    },
    {
      field: 'translated_description',
      find: '20 to 30 minutes',
      replace: '20 to 40 minutes',
      labels: ['number_dropped', 'number_invented'],
    },
    'Made of breathable mesh, it weighs only about 120 g (4.2 oz) and is practically invisible under a shirt or jumper.',
  ),
  listing(
    'p05',
    'posture_correctors',
    'es',
    POSTURE_ZH,
    POSTURE_SRC,
    {
      translated_description:
        'El corrector de postura Rekta tiene tirantes cruzados que llevan los hombros suavemente hacia atrás y te recuerdan que debes sentarte y caminar erguido. En la espalda lleva dos varillas flexibles que se adaptan a la curva de la columna sin clavarse. El tejido de malla transpirable pesa solo unos 120 g y casi no se nota bajo una camisa o un jersey. El cierre de velcro de la cintura es regulable y se ajusta a cinturas de 65 a 110 cm. Al principio, te recomendamos llevarlo de 20 a 30 minutos al día e ir aumentando poco a poco hasta unas 2 horas cuando te acostumbres; no duermas con él puesto. Lávalo a mano; no lo metas en la lavadora ni en la secadora.',
      seo_title: 'Corrector de postura Rekta, ajustable y unisex',
      meta_description:
        'Corrector de postura Rekta con tirantes cruzados y dos varillas flexibles: malla transpirable, discreto bajo la ropa y regulable para cinturas de 65 a 110 cm.',
      h1: 'Rekta, la espalda recta sin pensarlo',
      marketing_copy_a:
        'Ligero, discreto bajo la ropa y con un recordatorio suave cada vez que te encorvas. Consigue tu Rekta hoy.',
      marketing_copy_b:
        'Hombros atrás, mirada al frente y, al final del día, la espalda sin ese dolor de siempre. Vuelve a sentirte alto y ligero. Descubre Rekta.',
      marketing_copy_c:
        'Oferta de año nuevo: envío exprés gratis en todos los pedidos de Rekta esta semana. Aprovecha ya.',
    },
    {
      field: 'meta_description',
      find: 'de 65 a 110 cm',
      replace: 'de 65 a 125 cm',
      labels: ['number_invented'],
    },
    'El tejido de malla transpirable pesa solo unos 120 g y casi no se nota bajo una camisa o un jersey.',
  ),
  listing(
    'p06',
    'electric_callus_removers',
    'de',
    CALLUS_ZH,
    CALLUS_SRC,
    {
      translated_description:
        'Die Rolle des elektrischen Hornhautentferners Velia ist mit feinen Schleifpartikeln besetzt: Einfach sanft an der Ferse hin- und herbewegen, und nach wenigen Minuten sind harte Hornhaut und trockene Hautschüppchen verschwunden. Es gibt zwei Geschwindigkeitsstufen mit rund 1.800 und 2.400 Umdrehungen pro Minute – die schnelle für dicke Hornhaut, die langsame für die Stellen an den Zehen. Das Gerät ist nach IPX6 wasserdicht und lässt sich nach dem Gebrauch einfach unter dem Wasserhahn abspülen. Der eingebaute Lithium-Akku wird per USB in etwa 3 Stunden geladen und hält dann rund 60 Minuten. Mitgeliefert werden 3 Ersatzrollen: grob, fein und zum Polieren. Bitte beachten: Nicht länger als 3 Sekunden an derselben Stelle verweilen und die Füße danach mit einer Fußcreme pflegen.',
      seo_title: 'Velia elektrischer Hornhautentferner, wiederaufladbar, IPX6',
      meta_description:
        'Elektrischer Hornhautentferner Velia mit zwei Stufen und drei Ersatzrollen: entfernt harte Hornhaut in Minuten, wasserdicht nach IPX6 und per USB aufladbar.',
      h1: 'Velia – zarte Fersen ohne Feile',
      marketing_copy_a:
        'Schneller als jede Feile, gründlicher als der Bimsstein und nach dem Gebrauch einfach abgespült. Jetzt bestellen.',
      marketing_copy_b:
        'Barfuß über den Sommerrasen, Sandalen ohne Verstecken – mit Füßen, die sich so weich anfühlen, wie sie aussehen. Entdecken Sie Velia.',
      marketing_copy_c:
        'Zum Sommerstart gibt es eine Fußcreme gratis zu jedem Velia. Sichern Sie sich Ihr Gerät jetzt.',
    },
    {
      field: 'translated_description',
      find: '2.400 Umdrehungen',
      replace: '3.000 Umdrehungen',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der eingebaute Lithium-Akku wird per USB in etwa 3 Stunden geladen und hält dann rund 60 Minuten.',
  ),
  listing(
    'p06',
    'electric_callus_removers',
    'fr',
    CALLUS_ZH,
    CALLUS_SRC,
    {
      translated_description:
        'Le rouleau de la râpe électrique Velia est incrusté de fines particules abrasives : passez-le doucement d’avant en arrière sur le talon, et en quelques minutes les callosités et les peaux mortes disparaissent. Deux vitesses, d’environ 1\u202f800 et 2\u202f400 tours par minute : la rapide pour les zones épaisses, la lente pour le contour des orteils. Étanche selon la norme IPX6, l’appareil se rince directement sous le robinet après usage. Sa batterie lithium intégrée se recharge par USB en 3 heures environ et offre environ 60 minutes d’autonomie. Trois rouleaux de rechange sont fournis : gros grain, grain fin et polissage. À noter : ne restez pas plus de 3 secondes au même endroit, et appliquez une crème pour les pieds après le ponçage.',
      seo_title: 'Râpe électrique pour les pieds Velia, rechargeable, IPX6',
      meta_description:
        'Râpe électrique Velia : deux vitesses, trois rouleaux de rechange et une étanchéité IPX6 pour retrouver des talons doux en quelques minutes, sans effort.',
      h1: 'Velia, des pieds tout doux sans lime',
      marketing_copy_a:
        'Plus rapide qu’une lime, plus efficace qu’une pierre ponce, et rincée en un instant sous le robinet. Commandez votre Velia.',
      marketing_copy_b:
        'Pieds nus dans l’herbe, sandales aux pieds sans rien cacher : l’été se vit mieux avec des talons tout doux. Découvrez Velia.',
      marketing_copy_c:
        'Spécial été : une crème pour les pieds offerte avec chaque Velia. Profitez-en dès maintenant !',
    },
    {
      field: 'meta_description',
      find: 'étanchéité IPX6',
      replace: 'étanchéité IPX7',
      labels: ['number_invented'],
    },
    'Deux vitesses, d’environ 1\u202f800 et 2\u202f400 tours par minute : la rapide pour les zones épaisses, la lente pour le contour des orteils.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** `text` with `tail` attached to its `n`-th sentence (0-based), just before that sentence's closing mark. */
const attach = (text: string, n: number, tail: string): string => {
  const parts = text.split(/(?<=\D[.!?])\s+/);
  parts[n] = parts[n].replace(/[.!?]$/, (end) => `${tail}${end}`);
  return parts.join(' ');
};

/** The Japanese counterpart: `tail` goes in front of the `n`-th sentence's 。 (0-based). */
const attachJa = (text: string, n: number, tail: string): string => {
  const parts = text.match(/[^。]+。/g) ?? [text];
  parts[n] = parts[n].replace(/。$/, `${tail}。`);
  return parts.join('');
};

// en: listing 1 (hot pot) takes styles 0-2, listing 2 (sleeping pad) 3-5, listing 3 (posture corrector) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  // the model's reasoning attached to a sentence
  (c) => ({
    translated_description: attach(
      c.translated_description,
      1,
      ' – “fiery Sichuan” is my call for the spicy broth, since a literal “numbing-hot” tends to baffle shoppers who have never sat down to hot pot',
    ),
  }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Should the too-spicy joke stay, or might it come across as a complaint about the product?',
    ),
  }),
  // a pointer to another part of the answer
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} I’ve put a shorter cut of this offer, sized for push notifications, right at the bottom of my reply.`,
  }),
  // a hedge about what the maker's sheet says
  (c) => ({
    translated_description: attach(
      c.translated_description,
      4,
      ' – provided the maker tested it the usual ASTM way, which their spec sheet leaves unsaid',
    ),
  }),
  // an unfilled placeholder
  (c) => ({
    marketing_copy_c: c.marketing_copy_c.replace('before the end of the month', 'by ⟨offer end date⟩'),
  }),
  // a status word
  (c) => ({ h1: `${c.h1} (awaiting copy-desk pass)` }),
  // a first-person edit report
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'I’ve changed “brace” to “corrector” throughout so it matches the name the shop already lists.',
    ),
  }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Marisol – could you check with the client whether they pitch this to students as well, not just office workers?`,
  }),
  // a bracketed remark about the tone
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      2,
      '(Tone kept soft on purpose: the brand guide asks for reassurance rather than hype.)',
    ),
  }),
];

// de: listing 1 (microscope) takes styles 0-2, listing 2 (weather station) 3-5, listing 3 (callus remover) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  // a bracketed remark about a word choice
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(„Präparate“ klingt nach Biologieunterricht – Eltern verstehen „Probenplättchen“ vielleicht schneller.)',
    ),
  }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Als Schlusszeile ginge auch: „Kleine Welt, großes Staunen.“`,
  }),
  // a status word
  (c) => ({ h1: `${c.h1} [Korrektorat offen]` }),
  // the model's reasoning attached to a sentence
  (c) => ({
    translated_description: attach(
      c.translated_description,
      1,
      ' – „ältere Menschen“ habe ich bewusst gewählt, weil „Senioren“ im Shop schnell nach Pflegebedarf klingt',
    ),
  }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Henrik, sag bitte Bescheid, sobald der Einkauf bestätigt, dass genug Halterungen auf Lager sind.`,
  }),
  // a pointer to another part of the answer
  (c) => ({
    translated_description: `${c.translated_description} Eine Tabelle mit allen Messwerten folgt weiter unten, gleich nach den Werbetexten.`,
  }),
  // a hedge about what the maker's sheet says
  (c) => ({
    translated_description: attach(
      c.translated_description,
      3,
      ', wobei offenbleibt, ob der Hersteller diese Laufzeit auf der langsamen oder der schnellen Stufe gemessen hat',
    ),
  }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Klingt „ohne Verstecken“ zu flapsig, oder darf die Marke so locker reden?',
    ),
  }),
  // an unfilled placeholder
  (c) => ({
    marketing_copy_c: c.marketing_copy_c.replace('eine Fußcreme', 'eine Fußcreme von [MARKE EINSETZEN]'),
  }),
];

// ja: listing 1 (hot pot) takes styles 0-2, listing 2 (weather station) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  // a first-person edit report
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      3,
      '※「麻辣」は中華の定番の言葉としてそのまま残し、もう片方は「あっさり」と言い換えておきました。',
    ),
  }),
  // an unfilled placeholder
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace('穴あきおたまセット', '〈特典名〉') }),
  // a bracketed remark about the tone
  (c) => ({
    marketing_copy_b: afterSentenceJa(c.marketing_copy_b, 2, '（ここは情緒多めのトーンに寄せてあります）'),
  }),
  // a question to the requester in passing
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      3,
      '「ご年配の方」という表現で差し支えないか、念のためご判断いただけますか？',
    ),
  }),
  // a hedge about what the maker's text says
  (c) => ({
    translated_description: attachJa(
      c.translated_description,
      5,
      '（もっとも、予報の的中率についてはメーカーの資料で何も触れられていません）',
    ),
  }),
  // a status word
  (c) => ({ h1: `【下書き】${c.h1}` }),
];

// es: listing 1 (microscope) takes styles 0-2, listing 2 (posture corrector) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  // a note to a colleague by name
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'Gonzalo: antes de publicar, confirma con el proveedor que las pinzas son de plástico y no de metal.',
    ),
  }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Otra posible frase final: «Un laboratorio entero cabe en su mochila».`,
  }),
  // a pointer to another part of the answer
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (Dejo las bases legales de la promoción en la última parte de esta respuesta.)`,
  }),
  // the model's reasoning attached to a sentence
  (c) => ({
    translated_description: attach(
      c.translated_description,
      0,
      ' – lo dejo en masculino genérico porque la ficha no distingue entre hombre y mujer',
    ),
  }),
  // a bracketed remark in English about a word choice
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(“jersey” is Spain-only wording; swap in “suéter” if this also runs on the Mexican store)',
    ),
  }),
  // a first-person edit report
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} He quitado el «solo hoy» del borrador porque la oferta dura toda la semana.`,
  }),
];

// fr: listing 1 (sleeping pad) takes styles 0-2, listing 2 (callus remover) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  // a hedge about what the maker's sheet says
  (c) => ({
    translated_description: attach(
      c.translated_description,
      4,
      ', du moins d’après la fiche du fabricant, qui ne dit rien de la norme employée pour la mesurer',
    ),
  }),
  // a first-person edit report
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} J’ai coupé la mention de la randonnée, qui alourdissait la première phrase.`,
  }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '« Duvet » risque d’être compris comme une couette : je le garde ou je passe à « sac de couchage » ?',
    ),
  }),
  // a note to a colleague by name
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      5,
      'Mathilde, peux-tu demander au SAV si les rouleaux se vendent aussi à l’unité ?',
    ),
  }),
  // an unfilled placeholder
  (c) => ({ h1: `${c.h1} | %NOM_GAMME%` }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} S’il faut plus court : « Crème offerte, talons comblés. »`,
  }),
];

export const ROUND_84_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap sleeping pads tend to go flat halfway through the night.',
      'Knockoff hot pots often skip the boil-dry cut-off altogether.',
      'A fake posture brace with rigid plastic stays can dig into your back.',
      'Imitation mesh traps heat instead of letting your skin breathe.',
    ],
    slogans: ['Two broths, one happy table.', 'Roll out, sleep deep.'],
    chineseLeftovers: [],
    duplicateLead: 'All things considered, ',
    titleStuffing: ' | Customer Favourite, Trending Now, Perfect Present, Express Delivery, Limited Stock',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Wetterstationen verlieren schon hinter einer Hauswand das Signal.',
      'Eine Fälschung erkennt man oft an Schleifrollen, die nach kurzer Zeit glatt sind.',
      'Nachahmungen von Markenmikroskopen zeigen meist nur ein verschwommenes Bild.',
      'Ein Imitat aus dünnem Plastik kippt auf dem Schreibtisch beim kleinsten Stoß um.',
    ],
    slogans: ['Wetter im Blick, Tag im Griff.', 'Staunen im Großformat.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz zusammengefasst: ',
    titleStuffing: ' – Geschenk-Tipp, Trendprodukt, Kundenliebling, Expressversand, solange Vorrat reicht',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の気象ステーションは、屋外の数値がすぐに途切れがちです。',
      'コピー品の電気鍋には、空焚き防止機能がないものもあります。',
      '偽物のセンサーは雨に弱く、すぐに故障することがあります。',
      '模倣品の鍋はコーティングがはがれやすい傾向があります。',
    ],
    slogans: ['天気がわかると、朝が変わる。', '鍋を囲めば、笑顔がふえる。'],
    chineseLeftovers: ['这个火锅很适合冬天全家一起吃。', '这款气象站的屏幕很大，老人也能看清楚。'],
    duplicateLead: '手みじかに言えば、',
    titleStuffing: '｜大人気 ランキング入り ギフト 冬の贈り物 送料無料 即日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las fajas baratas se dan de sí a las pocas semanas.',
      'Una imitación de velcro se despega en cuanto la lavas.',
      'Los microscopios falsos apenas aumentan lo que prometen en la caja.',
      'Las falsificaciones de marcas conocidas no traen portaobjetos de calidad.',
    ],
    slogans: ['Mira de cerca, aprende a lo grande.', 'Espalda recta, día ligero.'],
    chineseLeftovers: [],
    duplicateLead: 'Dicho en corto: ',
    titleStuffing: ' | Detalle perfecto, tendencia, lo más vendido, oferta flash, envío exprés',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une râpe pas chère s’use avant même la fin de l’été.',
      'Les contrefaçons de rouleaux abrasifs irritent souvent la peau.',
      'Une fausse batterie lithium peut chauffer pendant la recharge.',
      'Les répliques de matelas de marque perdent leur air avant le matin.',
    ],
    slogans: ['Des talons doux comme une caresse.', 'Dormir dehors, comme dans son lit.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour le dire en clair : ',
    titleStuffing: ' | Cadeau idéal, tendance, coup de cœur, promo, envoi express',
  },
};
