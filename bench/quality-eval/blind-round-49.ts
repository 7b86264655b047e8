// Blind set, round 49 (written without reading the gate, committed before it is scored): six kitchen, pet, car,
// beauty, bathroom and baking products in the categories electric_pepper_grinders, cat_window_hammocks,
// car_seat_gap_fillers, led_makeup_bags, portable_bidets and silicone_baking_mats, 12 hand-written listings, three
// artifact styles per listing and wording of its own (this round: the artifact kinds the llm_artifact definition
// names, written the way different models leak them: lead-ins such as "Here is the translation:" / "Hier ist die
// Übersetzung:" / "以下が翻訳です：" / "Aquí tienes la traducción" / "Voici la traduction", AI self-references such as
// "As an AI language model" / "Als KI-Sprachmodell" / "AI言語モデルとして" / "Como modelo de lenguaje de IA" / "En tant
// que modèle de langage", code fences (```json around one field or around a JSON object, bare ``` fences), HTML tags
// (<p>, <h1>, <strong>, <b>, <br> and a paragraph break inside a description) and field-label prefixes
// ("Translation:", "**Übersetzung:**", "Übersetzung:" on its own line, "META DESCRIPCIÓN:", "Titre :",
// "TRADUCTION —"), in the target language or in English, with a colon, a full-width colon, a dash or a line break, at
// the start or end of a field, inside it or wrapped around it, and a few sign-offs; no digits in any artifact apart
// from the <h1> tag wrapped around an h1). The Aquette de invent changes 2 hours to 4 hours while 2 stays in the
// model name P2, so it is number_invented alone; legitimate numbers:
// Grindo G3 (model), 两支 (set of two, juego de dos), 五档 (five settings, cinco niveles), about 80 ml, 21 cm, about
// 320 g, 1500 mAh (1,500 mAh), about 2 hours, about 3 months (左右), 304 stainless steel, 两个 (two, dos) dust bases,
// 两年 (two-year, dos años), 7 days, Type-C (USB-C: no digit);
// Purrch 四个 (vier, 4個) suction cups, 12 cm, 55×35 cm (55 × 35 cm), 18 kg, 两只 (zwei, 2匹) cats, 双面 (reversible,
// 両面: not a number), about 1.1 kg (1,1 kg), 30 °C (30℃), about 5 minutes, 三年 (drei Jahre, 3年間);
// Seamly 两条 (two to a box, par boîte de deux), about 38 cm (15 in), 1 to 4 cm (1 à 4 cm), 三个 (three, trois)
// slots, 6.7 inches (6,7 pouces), 十几秒 (just over ten seconds, un peu plus de dix secondes), 95% (95 %), 30 days;
// Lumo 26×18 cm (26 × 18 cm), 24 LEDs, 三档 (drei Stufen, tres niveles), 2000 mAh, about 2.5 hours (2,5 Stunden,
// 2,5 horas), about 6 hours, 十几个 (mehr als zehn, más de diez) compartments, about 900 g, 30×22×10 cm, 12 months,
// 15 days;
// Aquette P2 (model), 180 ml, about 14 cm, 三档 (three, drei) settings, about 0.3 MPa (0,3 MPa), 1200 mAh (1,200 mAh),
// about 2 hours, 40次左右 (around 40 uses, etwa 40 Anwendungen), IPX7, 19 cm, about 200 g, 18 months;
// Bakeva 三件套 (3枚セット, 3 tapis), 两张 (2枚, deux), 42×29.5 cm (42 × 29,5 cm), 30 cm across, 0.7 mm (0,7 mm),
// 零下40度至230度 (-40℃〜230℃, de -40 °C à 230 °C), 十几个 (十数個, plus de dix) circles, 3000次以上 (3000回以上,
// plus de 3 000 fois), 两年 (2年, deux ans), 方形/圆形 (square, round: not numbers).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const GRINDER_ZH = 'Grindo G3 电动胡椒研磨器 两支装';
const GRINDER_SRC =
  'Grindo G3 电动胡椒研磨器一套两支，可分别装黑胡椒和海盐。采用陶瓷磨芯，研磨粗细五档可调，从细粉到粗颗粒都能磨。每支容量约80毫升，机身高21厘米，重约320克。内置1500毫安锂电池，Type-C充电约2小时，充满后日常使用可达3个月左右。底部带LED照明灯，光线暗也能看清用量，按下顶部按钮即可研磨。机身为304不锈钢，另赠两个防尘底座。整机保修两年，支持7天无理由退货。';
const HAMMOCK_ZH = 'Purrch 猫咪窗户吊床 吸盘式 承重18公斤';
const HAMMOCK_SRC =
  'Purrch 猫咪窗户吊床采用四个直径12厘米的加厚吸盘，直接吸附在玻璃窗上，无需打孔。床面尺寸55×35厘米，最大承重18公斤，两只猫一起躺也没问题。垫子为双面设计，正面是透气网布，背面是短毛绒，夏天冬天都能用。钢丝框架外包防刮软管，整体重约1.1公斤。垫子可拆下机洗，水温不超过30度。安装约5分钟，吸盘三年内免费换新。';
const GAP_ZH = 'Seamly 汽车座椅缝隙填充条 两条装';
const GAP_SRC =
  'Seamly 汽车座椅缝隙填充条一盒两条，分别用于主驾和副驾。每条长约38厘米，可填充1至4厘米宽的缝隙，手机、钥匙和硬币不再掉进座椅缝里。外层为PU皮革，内芯为高密度海绵，可随意弯折。每条自带三个收纳槽，能放下6.7英寸以内的手机。安装不需要工具，直接塞进缝隙即可，十几秒就能装好。适配95%以上的车型，支持30天无理由退货。';
const BAG_ZH = 'Lumo LED化妆包 带镜子 三档亮度';
const BAG_SRC =
  'Lumo 带灯化妆包，打开拉链即可看到内置的化妆镜，镜面尺寸26×18厘米，四周有24颗LED灯珠，亮度三档可调。内置2000毫安电池，USB充电约2.5小时，充满可用约6小时。包内隔板可移动，能自由分出十几个格子，化妆刷、口红和粉底液都能放下。外层为防水PU面料，整包重约900克，尺寸30×22×10厘米。质保12个月，支持15天无理由退换。';
const BIDET_ZH = 'Aquette P2 便携式电动冲洗器 旅行款 180毫升';
const BIDET_SRC =
  'Aquette P2 便携式电动冲洗器，水箱容量180毫升，伸缩喷嘴拉出后长约14厘米。水流分三档，最大水压约0.3兆帕，清洁更温和。内置1200毫安电池，Type-C充电约2小时，充满可使用40次左右。机身IPX7级防水，可直接用水冲洗。收起后仅19厘米长，重约200克，配旅行收纳袋，出差、露营都方便。质保18个月。';
const MAT_ZH = 'Bakeva 硅胶烘焙垫 三件套 耐高温230度';
const MAT_SRC =
  'Bakeva 食品级硅胶烘焙垫三件套，包含两张42×29.5厘米的方形烤盘垫，另附直径30厘米的圆形垫。垫子厚0.7毫米，中间夹有玻璃纤维网，耐温范围为零下40度至230度，可放入烤箱、微波炉和冰箱。表面印有刻度线和十几个大小不同的圆圈，挤马卡龙、饼干时方便定位。不粘表面可重复使用3000次以上，用温水冲洗即可，也可放进洗碗机。保修两年。';

export const ROUND_49_LISTINGS: readonly BlindListing[] = [
  listing(
    'k01',
    'electric_pepper_grinders',
    'en',
    GRINDER_ZH,
    GRINDER_SRC,
    {
      translated_description:
        'The Grindo G3 electric pepper grinder comes as a set of two, so black pepper and sea salt each get their own mill. A ceramic burr grinds at five adjustable coarseness settings, from a fine powder to coarse flakes. Each grinder holds about 80 ml, stands 21 cm tall and weighs about 320 g. A built-in 1,500 mAh lithium battery charges over USB-C in about 2 hours and lasts for around 3 months of everyday cooking. An LED light in the base shows how much you are adding even when the kitchen is dim, and a press of the button on top starts the grinding. The body is made of 304 stainless steel, and two dust-catching bases are included. The set comes with a two-year warranty and a 7-day no-questions-asked return policy.',
      seo_title: 'Grindo G3 Electric Pepper Grinder Set of 2, 5 Settings',
      meta_description:
        'Grindo G3 electric salt and pepper grinders, set of two: ceramic burr with five coarseness settings, LED light and a rechargeable 1,500 mAh battery.',
      h1: 'Grindo Electric Salt and Pepper Mills',
      marketing_copy_a:
        'Pre-ground pepper loses its bite within weeks; whole peppercorns cracked fresh at the press of a button keep their flavour and last far longer. Order the Grindo set today.',
      marketing_copy_b:
        'The sizzle of the pan, the scent of freshly cracked pepper drifting across the kitchen – small rituals make a home-cooked dinner feel special. Discover Grindo.',
      marketing_copy_c:
        'Launch offer: a spare ceramic burr free with every set while stocks last. Add yours to the cart now.',
    },
    {
      field: 'translated_description',
      find: '1,500 mAh lithium battery',
      replace: '2,000 mAh lithium battery',
      labels: ['number_dropped', 'number_invented'],
    },
    'Each grinder holds about 80 ml, stands 21 cm tall and weighs about 320 g.',
  ),
  listing(
    'k01',
    'electric_pepper_grinders',
    'es',
    GRINDER_ZH,
    GRINDER_SRC,
    {
      translated_description:
        'El molinillo eléctrico de pimienta Grindo G3 viene en un juego de dos, para que la pimienta negra y la sal marina tengan cada una su propio molinillo. Su muela de cerámica ofrece cinco niveles de molienda, desde polvo fino hasta grano grueso. Cada molinillo tiene una capacidad de unos 80 ml, mide 21 cm de alto y pesa unos 320 g. La batería de litio integrada de 1500 mAh se carga por USB-C en unas 2 horas y dura alrededor de 3 meses de uso diario. Una luz LED en la base te deja ver cuánto echas aunque haya poca luz, y basta con pulsar el botón superior para moler. El cuerpo es de acero inoxidable 304 y se incluyen dos bases antipolvo. Tiene dos años de garantía y 7 días de devolución sin preguntas.',
      seo_title: 'Molinillo eléctrico Grindo G3, juego de 2, 5 niveles',
      meta_description:
        'Juego de dos molinillos eléctricos Grindo G3 con muela de cerámica, cinco niveles de molienda, luz LED y batería recargable de 1500 mAh por USB-C.',
      h1: 'Grindo, sal y pimienta recién molidas',
      marketing_copy_a:
        'La pimienta molida pierde el aroma en el armario; en grano dura mucho más y se muele al momento con solo pulsar el botón. Compra el juego Grindo hoy.',
      marketing_copy_b:
        'El chisporroteo de la sartén y el aroma de la pimienta recién molida llenando la cocina: pequeños rituales que convierten una cena casera en algo especial. Descubre Grindo.',
      marketing_copy_c:
        'Oferta de lanzamiento: muela de cerámica de repuesto de regalo con cada juego mientras queden existencias. Consíguelo ya.',
    },
    { field: 'seo_title', find: '5 niveles', replace: '6 niveles', labels: ['number_invented'] },
    'Cada molinillo tiene una capacidad de unos 80 ml, mide 21 cm de alto y pesa unos 320 g.',
  ),
  listing(
    'k02',
    'cat_window_hammocks',
    'de',
    HAMMOCK_ZH,
    HAMMOCK_SRC,
    {
      translated_description:
        'Die Katzen-Fensterliege Purrch hält mit vier verstärkten Saugnäpfen von 12 cm Durchmesser direkt an der Glasscheibe – ganz ohne Bohren. Die Liegefläche misst 55 × 35 cm und trägt bis zu 18 kg, sodass auch zwei Katzen gemeinsam darauf Platz finden. Das Polster ist zum Wenden: Netzgewebe sorgt für Luft an warmen Tagen, Kurzplüsch für Wärme an kalten, so passt die Liege zu Sommer wie Winter. Der Stahldrahtrahmen steckt in einem kratzfesten Schlauch, und das Ganze wiegt rund 1,1 kg. Das Polster lässt sich abnehmen und bei höchstens 30 °C in der Maschine waschen. Die Montage dauert etwa 5 Minuten, und drei Jahre lang werden die Saugnäpfe kostenlos ersetzt.',
      seo_title: 'Purrch Katzen-Fensterliege mit Saugnäpfen, bis 18 kg',
      meta_description:
        'Katzen-Hängematte Purrch fürs Fenster: vier Saugnäpfe, Liegefläche 55 × 35 cm, trägt bis zu 18 kg und hat ein Wendepolster für Sommer und Winter.',
      h1: 'Purrch – der Sonnenplatz am Fenster für Ihre Katze',
      marketing_copy_a:
        'Mehr Liegefläche ohne Kratzbaum im Wohnzimmer: Die Liege nutzt den Platz am Fenster und braucht weder Bohrer noch Dübel. Jetzt bestellen.',
      marketing_copy_b:
        'Ihre Katze döst in der Nachmittagssonne, den Blick auf die Vögel draußen gerichtet, und schnurrt zufrieden vor sich hin. Entdecken Sie Purrch.',
      marketing_copy_c:
        'Diese Woche gibt es ein Ersatzpolster aus Plüsch gratis dazu – sichern Sie sich Ihre Purrch-Liege.',
    },
    {
      field: 'translated_description',
      find: 'wiegt rund 1,1 kg',
      replace: 'wiegt rund 1,4 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Polster lässt sich abnehmen und bei höchstens 30 °C in der Maschine waschen.',
  ),
  listing(
    'k02',
    'cat_window_hammocks',
    'ja',
    HAMMOCK_ZH,
    HAMMOCK_SRC,
    {
      translated_description:
        'Purrchの猫用窓ハンモックは、直径12cmの厚手吸盤4個で窓ガラスに直接取り付けるタイプで、穴あけは不要です。ベッド面のサイズは55×35cm、耐荷重は18kgで、猫2匹が一緒に寝そべっても大丈夫です。マットは両面仕様で、表は通気性のよいメッシュ、裏は短毛のボアなので、夏も冬も使えます。スチールワイヤーのフレームは傷防止のソフトチューブで覆われ、全体の重さは約1.1kgです。マットは取り外して洗濯機で洗え、水温は30℃以下にしてください。取り付けは約5分で完了し、吸盤は3年間無料で交換できます。',
      seo_title: 'Purrch 猫用 窓ハンモック 吸盤式 耐荷重18kg',
      meta_description:
        '吸盤で窓ガラスに付ける猫用ハンモック。ベッド面は55×35cm、耐荷重18kgで猫2匹もゆったり。夏も冬も使える両面マット付きです。',
      h1: 'Purrch 日なたぼっこ用キャットハンモック',
      marketing_copy_a:
        'キャットタワーを置く場所がなくても大丈夫。工具も穴あけもいらず、窓辺がそのまま愛猫の特等席になります。今すぐ購入して、お部屋を広く使いましょう。',
      marketing_copy_b:
        'やわらかな日差しの中、窓の外の小鳥を眺めながらうとうとする愛猫。そんな穏やかな午後を、Purrchで。この機会にチェックしてみてください。',
      marketing_copy_c: '今なら交換用のボアマットをプレゼント。数量限定なので、お早めにどうぞ。',
    },
    { field: 'meta_description', find: '55×35cm', replace: '60×35cm', labels: ['number_invented'] },
    'マットは取り外して洗濯機で洗え、水温は30℃以下にしてください。',
  ),
  listing(
    'k03',
    'car_seat_gap_fillers',
    'en',
    GAP_ZH,
    GAP_SRC,
    {
      translated_description:
        "Seamly car seat gap fillers come two to a box, for the driver's seat and the front passenger seat. Each filler is about 38 cm (15 in) long and closes gaps from 1 to 4 cm wide, so phones, keys and coins no longer slip down beside the seat. The cover is PU leather over a high-density foam core that bends to fit. Each filler has three built-in storage slots that hold phones of up to 6.7 inches. No tools are needed: simply push it into the gap, and it is in place in just over ten seconds. The fillers suit more than 95% of car models and come with a 30-day no-questions-asked return policy.",
      seo_title: 'Seamly Car Seat Gap Filler, 2-Pack, PU Leather',
      meta_description:
        'Seamly car seat gap fillers, pack of two: PU leather over bendable foam, fits gaps from 1 to 4 cm and stops phones, keys and coins from slipping down.',
      h1: 'Seamly – Nothing Lost Between the Seats Again',
      marketing_copy_a:
        'No more fishing under the seat with a torch or paying for a scratched phone screen – a small fix that saves time on every drive. Buy the Seamly pair now.',
      marketing_copy_b:
        'Pull up, reach for your phone, and it is right where you left it. Calm starts before the engine does. Discover the Seamly difference.',
      marketing_copy_c:
        'Spring clear-out deal: a free microfibre cloth with every pack this month. Order today.',
    },
    {
      field: 'translated_description',
      replace: 'The foam core is rated for 5 years of daily use.',
      labels: ['number_invented'],
    },
    'Each filler has three built-in storage slots that hold phones of up to 6.7 inches.',
  ),
  listing(
    'k03',
    'car_seat_gap_fillers',
    'fr',
    GAP_ZH,
    GAP_SRC,
    {
      translated_description:
        'Les bouche-fentes de siège auto Seamly sont vendus par boîte de deux, pour le siège conducteur et le siège passager avant. Chaque bande mesure environ 38 cm et comble les interstices de 1 à 4 cm de large : téléphone, clés et pièces ne glissent plus entre les sièges. Le revêtement en cuir PU recouvre une mousse haute densité qui se plie facilement. Chaque bande dispose de trois compartiments de rangement pouvant accueillir un téléphone jusqu’à 6,7 pouces. Aucun outil n’est nécessaire : il suffit de la glisser dans l’interstice, et l’installation prend un peu plus de dix secondes. Les bandes s’adaptent à plus de 95\u00a0% des modèles de voitures, et vous disposez de 30 jours pour les retourner sans justification.',
      seo_title: 'Bouche-fente siège auto Seamly, lot de 2, cuir PU',
      meta_description:
        'Lot de deux bouche-fentes Seamly en cuir PU pour siège auto : ils comblent les interstices de 1 à 4 cm et retiennent téléphone, clés et monnaie.',
      h1: 'Seamly, plus rien ne tombe entre les sièges',
      marketing_copy_a:
        'Fini les contorsions sous le siège pour récupérer vos clés : une petite dépense qui vous fait gagner du temps à chaque trajet. Commandez la paire Seamly.',
      marketing_copy_b:
        'Vous vous garez, vous tendez la main, et votre téléphone est là où vous l’aviez posé. La sérénité commence avant même de démarrer. Découvrez Seamly.',
      marketing_copy_c:
        'Ce mois-ci, une chiffonnette microfibre offerte avec chaque lot : ajoutez-le vite à votre panier.',
    },
    {
      field: 'translated_description',
      find: 'jusqu’à 6,7 pouces',
      replace: 'jusqu’à 7,2 pouces',
      labels: ['number_dropped', 'number_invented'],
    },
    'Chaque bande dispose de trois compartiments de rangement pouvant accueillir un téléphone jusqu’à 6,7 pouces.',
  ),
  listing(
    'k04',
    'led_makeup_bags',
    'de',
    BAG_ZH,
    BAG_SRC,
    {
      translated_description:
        'Öffnet man den Reißverschluss der Kosmetiktasche Lumo, kommt ein eingebauter Schminkspiegel von 26 × 18 cm zum Vorschein. Ringsum sitzen 24 LEDs, deren Helligkeit sich in drei Stufen regeln lässt. Der eingebaute Akku mit 2000 mAh wird in rund 2,5 Stunden per USB geladen und hält voll geladen etwa 6 Stunden. Die Trennwände im Inneren sind versetzbar und ergeben mehr als zehn Fächer, in denen Pinsel, Lippenstifte und flüssiges Make-up Platz finden. Außen besteht die Tasche aus wasserdichtem PU, sie wiegt rund 900 g und misst 30 × 22 × 10 cm. Sie erhalten 12 Monate Garantie und können die Tasche innerhalb von 15 Tagen ohne Angabe von Gründen zurückgeben.',
      seo_title: 'Lumo Kosmetiktasche mit LED-Spiegel, 2000 mAh Akku',
      meta_description:
        'Kosmetiktasche Lumo mit eingebautem Spiegel von 26 × 18 cm, 24 LEDs in drei Helligkeitsstufen und versetzbaren Trennwänden für Pinsel und Lippenstift.',
      h1: 'Lumo – Ihr Schminkplatz für unterwegs',
      marketing_copy_a:
        'Spiegel, Licht und Ordnung in einer Tasche: Statt Taschenspiegel und Ringlicht getrennt zu kaufen, packen Sie nur noch Lumo ein. Jetzt kaufen.',
      marketing_copy_b:
        'Im dämmrigen Hotelzimmer den Lidstrich sicher ziehen und entspannt zum Abendessen gehen – dieses gute Gefühl reist jetzt mit. Entdecken Sie Lumo.',
      marketing_copy_c:
        'Zum Sommerstart legen wir ein Pinselset für unterwegs gratis bei – gleich in den Warenkorb legen.',
    },
    { field: 'seo_title', find: '2000 mAh', replace: '3000 mAh', labels: ['number_invented'] },
    'Der eingebaute Akku mit 2000 mAh wird in rund 2,5 Stunden per USB geladen und hält voll geladen etwa 6 Stunden.',
  ),
  listing(
    'k04',
    'led_makeup_bags',
    'es',
    BAG_ZH,
    BAG_SRC,
    {
      translated_description:
        'Al abrir la cremallera del neceser Lumo aparece un espejo integrado de 26 × 18 cm, rodeado de 24 luces LED con tres niveles de brillo. La batería integrada de 2000 mAh se carga por USB en unas 2,5 horas y, con la carga completa, dura unas 6 horas. Los separadores interiores se pueden mover para crear más de diez compartimentos, donde caben brochas, pintalabios y base de maquillaje líquida. El exterior es de PU impermeable; el neceser pesa unos 900 g y mide 30 × 22 × 10 cm. Incluye 12 meses de garantía y 15 días para devolverlo sin dar explicaciones.',
      seo_title: 'Neceser de maquillaje Lumo con espejo LED, 3 niveles',
      meta_description:
        'Neceser Lumo con espejo de 26 × 18 cm, 24 luces LED regulables en tres niveles y separadores móviles para brochas y pintalabios.',
      h1: 'Lumo, tu tocador de viaje',
      marketing_copy_a:
        'Espejo, luz y orden en el mismo neceser: ya no hace falta cargar con un espejo de bolsillo y un aro de luz por separado. Cómpralo ahora.',
      marketing_copy_b:
        'Maquillarte con buena luz en la habitación de un hotel y salir a cenar segura de ti misma: esa tranquilidad ahora viaja contigo. Descubre Lumo.',
      marketing_copy_c:
        'Por el inicio del verano, set de brochas de viaje de regalo con cada neceser. Hazte con el tuyo hoy.',
    },
    { field: 'meta_description', find: '24 luces LED', replace: '36 luces LED', labels: ['number_invented'] },
    'La batería integrada de 2000 mAh se carga por USB en unas 2,5 horas y, con la carga completa, dura unas 6 horas.',
  ),
  listing(
    'k05',
    'portable_bidets',
    'en',
    BIDET_ZH,
    BIDET_SRC,
    {
      translated_description:
        'The Aquette P2 portable electric bidet has a 180 ml water tank and a telescopic nozzle that extends to about 14 cm. The water flow has three settings, with a maximum pressure of about 0.3 MPa for gentle cleansing. The built-in 1,200 mAh battery charges via USB-C in about 2 hours and lasts for around 40 uses on a full charge. The body is IPX7 waterproof, so you can rinse it directly under the tap. Folded away, it is just 19 cm long and weighs about 200 g, and it comes with a travel pouch for business trips and camping. It is covered by an 18-month warranty.',
      seo_title: 'Aquette P2 Portable Bidet, 180 ml, Travel Size',
      meta_description:
        'Aquette P2 portable electric bidet with a 180 ml tank, telescopic nozzle, three pressure settings and an IPX7 waterproof body. Fits in any travel bag.',
      h1: 'Aquette Handheld Travel Bidet',
      marketing_copy_a:
        'Skip the pocket packs of wet wipes: a refillable bidet that charges over USB pays for itself within a few trips. Shop Aquette now.',
      marketing_copy_b:
        'Feel fresh and confident wherever the road takes you, from a mountain campsite to a hotel halfway across the world. Treat yourself to an Aquette.',
      marketing_copy_c:
        'Travel season deal: an extra storage pouch free with every order this week. Grab yours today.',
    },
    {
      field: 'translated_description',
      find: 'about 0.3 MPa',
      replace: 'about 0.5 MPa',
      labels: ['number_dropped', 'number_invented'],
    },
    'Folded away, it is just 19 cm long and weighs about 200 g, and it comes with a travel pouch for business trips and camping.',
  ),
  listing(
    'k05',
    'portable_bidets',
    'de',
    BIDET_ZH,
    BIDET_SRC,
    {
      translated_description:
        'Die tragbare elektrische Po-Dusche Aquette P2 hat einen Wassertank mit 180 ml und eine ausziehbare Düse, die rund 14 cm lang ist. Der Wasserstrahl lässt sich in drei Stufen einstellen, der maximale Wasserdruck liegt bei etwa 0,3 MPa und reinigt sanft. Der eingebaute Akku mit 1200 mAh lädt per USB-C in rund 2 Stunden und reicht voll geladen für etwa 40 Anwendungen. Das Gehäuse ist nach IPX7 wasserdicht und lässt sich direkt unter fließendem Wasser abspülen. Zusammengeschoben ist das Gerät nur 19 cm lang und wiegt rund 200 g; eine Reisetasche liegt bei, praktisch für Dienstreisen und Camping. Die Garantie beträgt 18 Monate.',
      seo_title: 'Aquette P2 tragbare Po-Dusche, 180 ml, für Reisen',
      meta_description:
        'Tragbare Po-Dusche Aquette P2 mit 180 ml Tank, ausziehbarer Düse, drei Druckstufen und wasserdichtem Gehäuse nach IPX7. Passt in jede Reisetasche.',
      h1: 'Aquette – Frische für unterwegs',
      marketing_copy_a:
        'Schluss mit Feuchttüchern im Dauerabo: Die wiederbefüllbare Reise-Dusche lädt per USB und spart auf jeder Tour Geld und Müll. Bestellen Sie Aquette noch heute.',
      marketing_copy_b:
        'Frisch und sicher fühlen, egal ob auf dem Campingplatz in den Bergen oder im Hotel am anderen Ende der Welt. Entdecken Sie Aquette.',
      marketing_copy_c:
        'Zur Reisesaison liegt jeder Bestellung diese Woche eine zusätzliche Aufbewahrungstasche bei. Jetzt kaufen.',
    },
    {
      field: 'translated_description',
      find: 'in rund 2 Stunden',
      replace: 'in rund 4 Stunden',
      labels: ['number_invented'],
    },
    'Der eingebaute Akku mit 1200 mAh lädt per USB-C in rund 2 Stunden und reicht voll geladen für etwa 40 Anwendungen.',
  ),
  listing(
    'k06',
    'silicone_baking_mats',
    'ja',
    MAT_ZH,
    MAT_SRC,
    {
      translated_description:
        'Bakevaの食品グレードシリコン製ベーキングマット3枚セットです。42×29.5cmの角型マット2枚に、直径30cmの丸型マットが付いています。厚さは0.7mmで、中にグラスファイバーのメッシュを挟んでおり、耐熱温度は-40℃〜230℃。オーブン、電子レンジ、冷蔵庫で使えます。表面には目盛りと大きさの違う十数個の円が印刷されているので、マカロンやクッキーを絞るときの目安になります。くっつきにくい表面は3000回以上繰り返し使え、ぬるま湯で洗い流すだけでお手入れ完了。食洗機にも対応しています。保証期間は2年です。',
      seo_title: 'Bakeva シリコン ベーキングマット 3枚セット 耐熱230℃',
      meta_description:
        '食品グレードのシリコン製ベーキングマット3枚セット。-40℃〜230℃に対応し、オーブンや電子レンジで使えます。目盛り付きで生地の絞り出しも簡単です。',
      h1: 'Bakeva くり返し使えるオーブンシート',
      marketing_copy_a:
        '使い捨てのクッキングシートを買い足す必要はもうありません。洗って何度でも使えるので、毎日のお菓子作りがぐっと経済的に。ご注文はこちらから。',
      marketing_copy_b:
        '焼き上がったマカロンがするりとはがれる瞬間、思わず笑顔に。手作りのおやつ時間が、もっと楽しくなります。ぜひお試しください。',
      marketing_copy_c:
        '新生活応援キャンペーン中、シリコン製スパチュラをおまけでプレゼント。今すぐカートへ。',
    },
    {
      field: 'translated_description',
      find: '-40℃〜230℃',
      replace: '-40℃〜250℃',
      labels: ['number_dropped', 'number_invented'],
    },
    'くっつきにくい表面は3000回以上繰り返し使え、ぬるま湯で洗い流すだけでお手入れ完了。',
  ),
  listing(
    'k06',
    'silicone_baking_mats',
    'fr',
    MAT_ZH,
    MAT_SRC,
    {
      translated_description:
        'Le set Bakeva comprend 3 tapis de cuisson en silicone alimentaire : deux tapis rectangulaires de 42 × 29,5 cm, ainsi qu’un tapis rond de 30 cm de diamètre. Épais de 0,7 mm, ils renferment une trame en fibre de verre et résistent à des températures de -40 °C à 230 °C : ils passent au four, au micro-ondes et au réfrigérateur. Leur surface porte des graduations et plus de dix cercles de tailles différentes, pratiques pour dresser macarons et biscuits. La surface antiadhésive se réutilise plus de 3\u202f000 fois ; un simple rinçage à l’eau tiède suffit, et les tapis vont aussi au lave-vaisselle. Ils sont garantis deux ans.',
      seo_title: 'Tapis de cuisson silicone Bakeva, lot de 3, 230 °C',
      meta_description:
        'Lot de 3 tapis de cuisson Bakeva en silicone alimentaire, résistants de -40 °C à 230 °C, avec graduations et repères pour macarons. Lavables et réutilisables.',
      h1: 'Bakeva, la pâtisserie sans papier cuisson',
      marketing_copy_a:
        'Plus besoin de racheter du papier cuisson chaque semaine : ces tapis se lavent et resservent fournée après fournée. Achetez le lot Bakeva.',
      marketing_copy_b:
        'Le moment où les macarons se décollent tout seuls, lisses et ronds, a quelque chose de magique. Retrouvez le plaisir de pâtisser et découvrez Bakeva.',
      marketing_copy_c:
        'Une spatule en silicone offerte pour tout achat cette semaine : commandez vite votre lot.',
    },
    { field: 'seo_title', find: '230 °C', replace: '260 °C', labels: ['number_invented'] },
    'La surface antiadhésive se réutilise plus de 3\u202f000 fois ; un simple rinçage à l’eau tiède suffit, et les tapis vont aussi au lave-vaisselle.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const fenced = (text: string) => `\`\`\`\n${text}\n\`\`\``;

// en: listing 1 (pepper grinders) takes styles 0-2, listing 2 (seat gap fillers) 3-5, listing 3 (bidet) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Here is the translation:\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: `As an AI language model, I have never actually smelled freshly ground pepper, but here is an emotion-led version of the copy:\n${c.marketing_copy_b}`,
  }),
  (c) => ({ meta_description: `<p>${c.meta_description}</p>` }),
  (c) => ({
    translated_description: `\`\`\`json\n{"translated_description": "${c.translated_description}"}\n\`\`\``,
  }),
  (c) => ({ seo_title: `Translation: ${c.seo_title}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nI hope this helps — let me know if you would like a punchier version!`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({ marketing_copy_a: fenced(c.marketing_copy_a) }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nPlease note: as an AI language model, I cannot verify these specifications against the actual product.`,
  }),
];

// de: listing 1 (cat hammock) takes styles 0-2, listing 2 (makeup bag) 3-5, listing 3 (bidet) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Hier ist die Übersetzung:\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `**Übersetzung:** ${c.marketing_copy_a}` }),
  (c) => ({ h1: `<strong>${c.h1}</strong>` }),
  (c) => ({
    marketing_copy_b: `Als KI-Sprachmodell benutze ich selbst kein Make-up, aber hier ist ein emotionaler Werbetext:\n\n${c.marketing_copy_b}`,
  }),
  (c) => ({
    translated_description: `<p>${afterSentence(c.translated_description, 2, '</p>\n<p>')}</p>`,
  }),
  (c) => ({ h1: `Here's the German headline — ${c.h1}` }),
  (c) => ({ marketing_copy_c: `<p>${c.marketing_copy_c}</p>\n<p>Ich hoffe, das hilft Ihnen weiter!</p>` }),
  (c) => ({ meta_description: `Übersetzung:\n${c.meta_description}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAls KI kann ich keine Gewähr für die technischen Angaben übernehmen.`,
  }),
];

// ja: listing 1 (cat hammock) takes styles 0-2, listing 2 (baking mats) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下が翻訳です：\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: `AI言語モデルとして猫と暮らした経験はありませんが、感情に訴えるコピーを以下に作成しました。\n${c.marketing_copy_b}`,
  }),
  (c) => ({ translated_description: afterSentenceJa(c.translated_description, 3, '<br>\n') }),
  (c) => ({ meta_description: `Translation: ${c.meta_description}` }),
  (c) => ({
    marketing_copy_a: `\`\`\`json\n{"marketing_copy_a": "${c.marketing_copy_a}"}\n\`\`\``,
  }),
  (c) => ({ h1: `${c.h1}\n\n以上、翻訳結果となります。ご不明な点があればお知らせください。` }),
];

// es: listing 1 (pepper grinders) takes styles 0-2, listing 2 (makeup bag) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Aquí tienes la traducción al español:\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_c: `Como modelo de lenguaje de IA, no tengo acceso a los precios reales, pero esta sería la versión promocional — ${c.marketing_copy_c}`,
  }),
  (c) => ({ h1: `<b>${c.h1}</b>` }),
  (c) => ({ meta_description: `META DESCRIPCIÓN: ${c.meta_description}` }),
  (c) => ({ marketing_copy_a: `\`\`\`json\n"${c.marketing_copy_a}"\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n¡Espero que esta traducción te resulte útil! Si necesitas algún ajuste, avísame.`,
  }),
];

// fr: listing 1 (seat gap fillers) takes styles 0-2, listing 2 (baking mats) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Voici la traduction en français :\n${c.translated_description}` }),
  (c) => ({ seo_title: `Titre : ${c.seo_title}` }),
  (c) => ({ marketing_copy_b: `<p>${c.marketing_copy_b}</p>` }),
  (c) => ({
    translated_description: `\`\`\`json\n{\n  "translated_description": "${c.translated_description}"\n}\n\`\`\``,
  }),
  (c) => ({
    marketing_copy_c: `En tant que modèle de langage, je ne peux pas garantir la durée de l’offre. ${c.marketing_copy_c}`,
  }),
  (c) => ({ h1: `TRADUCTION — ${c.h1}` }),
];

export const ROUND_49_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap pepper mills jam after a few weeks in the kitchen.',
      'Knockoff gap fillers slide out of place on every bend.',
      'Counterfeit travel bidets often leak from the seams.',
      'Unlike imitation grinders, this burr stays sharp for years.',
    ],
    slogans: ['Flavour that starts fresh.', 'Small fixes, calmer drives.'],
    chineseLeftovers: [],
    duplicateLead: 'Worth knowing: ',
    titleStuffing: ' | Kitchen Gadgets, Gift Ideas, Bestseller, Free Shipping, Top Rated',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Saugnäpfe lösen sich oft schon nach kurzer Zeit.',
      'Eine Fälschung dieser Tasche erkennt man an flackernden LEDs.',
      'Nachahmungen vom Wühltisch halten dem Gewicht einer Katze selten stand.',
      'Ein Imitat spart am Akku und enttäuscht unterwegs.',
    ],
    slogans: ['Schön sein, wo immer Sie sind.', 'Ordnung, die mitreist.'],
    chineseLeftovers: [],
    duplicateLead: 'Auf den Punkt gebracht: ',
    titleStuffing: ' | Haushalt, Geschenkidee, Bestseller, Top-Angebot, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の吸盤はすぐに外れてしまいます。',
      'コピー品のマットは焼くたびに嫌なにおいが出ます。',
      '偽物の商品は縫い目がすぐにほつれます。',
      '模倣品は素材の安全性が確認されていません。',
    ],
    slogans: ['お菓子作りに、もっと自由を。', 'いつもの窓辺が、特等席に。'],
    chineseLeftovers: ['猫咪们都很喜欢在窗边晒太阳。', '这款烘焙垫清洗起来非常方便。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 おすすめ ギフト 送料無料 ランキング入賞',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los molinillos baratos se atascan a las pocas semanas.',
      'Las imitaciones de neceseres pierden la luz enseguida.',
      'Un espejo falso se empaña y deforma la imagen.',
      'Cuidado con las falsificaciones que circulan por internet.',
    ],
    slogans: ['Tu luz, donde quieras.', 'Sabor recién molido, siempre.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Regalo ideal, más vendido, oferta, envío gratis, novedades',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les tapis pas chers dégagent une odeur désagréable au four.',
      'Une contrefaçon de bouche-fente glisse au moindre virage.',
      'Les fausses bandes se déchirent au bout de quelques semaines.',
      'Méfiez-vous des répliques vendues sur les marchés.',
    ],
    slogans: ['La pâtisserie, en toute légèreté.', 'Des trajets plus sereins.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Idée cadeau, meilleure vente, promo, livraison offerte, nouveauté',
  },
};
