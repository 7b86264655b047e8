// Blind set, round 47 (written without reading the gate, committed before it is scored): six kitchen, household,
// baby-care, angling, baking and gardening products in the categories espresso_tamper_sets, electric_fly_swatters,
// baby_nail_trimmers, kayak_fishing_rod_holders, sourdough_proofing_baskets and smart_plant_pots, 12 hand-written
// listings, three artifact styles per listing and wording of its own (this round: model chatter about numbers,
// units and word choice as a reviewer finds it in real output: a lead-in announcing metric-first units, a
// translator's note on spelling a count out in words, a note on rounding a capacity to litres, reasoning about
// weights in the middle of a description, a question to the requester, a note that the source leaves something
// open, an alternative term offered, a markdown or plain label in front of a field, a leftover JSON object, code
// fence or HTML meta tag, an HTML comment, a placeholder, a character or word count, a closing sign-off and an
// English remark inside a Japanese field; no digits in artifacts that land in the description, title or meta).
// Legitimate numbers and how they are rendered:
// Baristo 58.5 mm and 58 mm portafilters, 304 stainless steel, 15 kg (约30磅: about 30 lb, 約30ポンド), 三件 (three
// pieces, 三点), 三叶 (three-blade, 3枚羽根), 5~12 mm (5 to 12 mm (0.2 to 0.47 in), 5〜12mm), 0.8千克 (800 g (1.8 lb),
// 約0.8kg), 30天 returns (30-day, 30日間), 2年 warranty (2-year, ２年保証 full-width), 百搭 (goes with any machine: an
// idiom, not a number);
// Zapora X-300 (model), 三合一 (3-in-1, 3 en 1), 三种 (drei, tres) modes, 3000伏 (3000 Volt, 3000 voltios), 三层
// (dreilagig, tres capas), 1200毫安 (1200 mAh), 一个半小时 (anderthalb Stunden, hora y media), 七八天 (sieben bis acht,
// entre siete y ocho), 四格 (vier, cuatro), 23×15厘米 (23 × 15 cm), 230克 (230 g), 30天 (30 Tage, 30 días), 一年
// warranty (ein Jahr, un año), 一目了然 (auf einen Blick, de un vistazo: idiom), 万一 (doch einmal, si: idiom, not
// 10,000), 几秒 (in Sekunden, en segundos: vague);
// Nuvi 6 heads (six replaceable heads, 6 embouts), over 3 years (over 3, plus de 3 ans), 两档 (two speeds, deux
// vitesses), 5000转 (5,000 rpm, 5 000 tours with a narrow no-break space), 40分贝 (40 dB), 两节 AAA (two, deux),
// 两个月 (two months, deux mois), 两三分钟 (two or three, deux à trois), 12 cm (12 cm (4.7 in)), 60 g (60 g (2.1 oz)),
// 千万别 (never, surtout ne … plus: idiom);
// Hydrix 两只 (zwei, 2本セット, 2er-Set), 360°, 8档 (acht Stufen, 8段階), Φ45mm (Ø 45 mm, Φ45mm), 316 stainless
// (316er Edelstahl), 几十次 (Dutzende, 何十回: vague), 20 cm, 95% (95 %, 95％ full-width sign), 380 g, 10 kg, 3个月
// (drei Monate, 3か月), 一劳永逸 (ein für alle Mal, 根本から: idiom), 一套 / 一次 (idiomatic);
// Brotia 百分之百 (100%, 100 %), 两个 (a set of two, Zweierset), 22 cm (8.7 in), 500 g to 1千克 (500 g to 1 kg
// (1.1 to 2.2 lb); de 500 bis 1000 g), 25 cm (9.8 in), 750 g, 两块 liners (two, zwei), 半年 (half a year, einem halben
// Jahr), 十二小时 (twelve hours, zwölf Stunden), 近十年 (nearly ten years, fast zehn Jahre), 十全十美 (picture-perfect,
// makellos: idiom);
// Verdo V2 (model), 24小时 (24 horas, 24 heures sur 24), 百分之30 (30 %), 1500毫升 (1,5 litros, 1,5 litre), 3~4周 (de 3 a 4
// semanas, de 3 à 4 semaines), 三分之一 (un tercio, un tiers), 2.0版 (versión 2.0, version 2.0), 6W (6 W), 8至12小时
// (entre 8 y 12, de 8 à 12), Φ18×20cm (Φ18 × 20 cm), 三四十种 (entre treinta y cuarenta, trente à quarante), 10-35℃
// (de 10 a 35 °C, entre 10 et 35 °C), 三天打鱼两天晒网 (a rachas, en dents de scie: idiom), 一键 (con un solo toque,
// d’une simple touche: idiom).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const TAMPER_ZH = 'Baristo 58.5mm 恒力咖啡压粉器套装';
const TAMPER_SRC =
  'Baristo 恒力压粉器套装适配58.5毫米冲煮手柄，市面上大部分58mm手柄也能用。底座为304不锈钢，胡桃木手柄颜值百搭，放在任何咖啡机旁都好看。内置弹簧，压力恒定在15公斤（约30磅）左右，新手也能压得又平又实。套装共三件：压粉器、三叶布粉器和硅胶压粉垫，布粉器深度可在5~12毫米之间调节。整套重约0.8千克。支持30天无理由退换，压粉器2年质保。';
const SWATTER_ZH = 'Zapora X-300 充电式三合一电蚊拍';
const SWATTER_SRC =
  'Zapora X-300 充电电蚊拍三合一，拍打、诱蚊灯和挂墙灭蚊三种用法随意切换。网面电压约3000伏，三层防护网设计，手指碰到外层也不会触电。内置1200毫安锂电池，充电一个半小时，可连续用七八天。手柄上有四格电量灯，剩余电量一目了然。拍面约23×15厘米，整拍仅重230克。夏天万一有蚊子溜进卧室，几秒就能解决。30天无理由退换，质保一年。';
const TRIMMER_ZH = 'Nuvi 婴儿电动磨甲器 6个磨头 静音款';
const TRIMMER_SRC =
  'Nuvi 婴儿电动磨甲器配6个可替换磨头，新生儿、3岁以上的大宝宝和大人都能用。两档转速，低速档约每分钟5000转，噪音低于40分贝，宝宝睡着了也能悄悄修。磨头用食品级硅胶和陶瓷，不会伤到嫩肉，千万别再拿剪刀冒险。内置LED灯，夜里也看得清。用两节AAA电池，约可用两个月，每次修剪只要两三分钟。机身长约12厘米，重约60克。';
const ROD_ZH = 'Hydrix 皮划艇钓鱼竿架 360°旋转 两只装';
const ROD_SRC =
  'Hydrix 皮划艇竿架一套两只，底座可360°旋转，角度分8档调节，一劳永逸解决拖钓时竿子乱晃的问题。竿筒内径约Φ45mm，适合大部分手竿和路亚竿。主体为加厚ABS，配316不锈钢螺丝，抗紫外线，在海水里泡几十次也不生锈。底座导轨长20cm，兼容市面上95%的皮划艇导轨系统。单只重约380克，承重10公斤以上，导轨螺丝建议每3个月检查一次。';
const BASKET_ZH = 'Brotia 藤编面包发酵篮 圆形+椭圆形 两件套';
const BASKET_SRC =
  'Brotia 发酵篮采用百分之百天然印尼藤条手工编织，一套两个：圆形直径约22厘米，适合500克到1千克的面团；椭圆形长约25厘米，适合750克左右的面团。另附两块亚麻布衬和刮板，布衬用半年后建议更换。藤条纹路深，烤出的面包螺旋纹清晰，颜值十全十美。篮内撒上米粉，面团不粘，冷藏发酵十二小时左右也没问题。用后晾干即可，能用近十年。';
const POT_ZH = 'Verdo V2 智能自动浇水花盆';
const POT_SRC =
  'Verdo V2 智能花盆内置土壤湿度传感器，24小时监测，湿度低于百分之30就自动浇水，再也不会三天打鱼两天晒网。水箱容量1500毫升，加满一次能用3~4周，剩三分之一时App会提醒加水。配套App已升级到2.0版，手机一键查看湿度、光照和温度。补光灯功率6W，每天可定时亮8至12小时。盆身尺寸Φ18×20cm，绿萝、多肉等三四十种常见植物都能种，适宜环境温度10-35℃。';

export const ROUND_47_LISTINGS: readonly BlindListing[] = [
  listing(
    'h01',
    'espresso_tamper_sets',
    'en',
    TAMPER_ZH,
    TAMPER_SRC,
    {
      translated_description:
        'The Baristo constant-pressure tamper set is made for 58.5 mm portafilters, and most 58 mm portafilters on the market work with it too. The base is 304 stainless steel, while the walnut handle goes with any décor and looks good next to whatever espresso machine you own. A built-in spring keeps the pressure at around 15 kg (about 30 lb), so even beginners get a flat, firmly packed puck. The set comes in three pieces: the tamper, a three-blade distributor and a silicone tamping mat, and the distributor depth adjusts from 5 to 12 mm (0.2 to 0.47 in). The complete set weighs about 800 g (1.8 lb). It is covered by 30-day no-questions-asked returns, and the tamper itself carries a 2-year warranty.',
      seo_title: 'Baristo 58.5 mm Espresso Tamper Set with Distributor',
      meta_description:
        'Baristo constant-pressure espresso tamper set for 58.5 mm portafilters: 304 stainless base, walnut handle, three-blade distributor and a silicone mat.',
      h1: 'Baristo Constant-Pressure Tamper and Distributor Set',
      marketing_copy_a:
        'One set covers the whole puck prep: level the grounds, tamp at a steady pressure and rest the portafilter on a mat that protects your counter. Order the Baristo set and pull more consistent shots.',
      marketing_copy_b:
        'There is a quiet satisfaction in a puck that comes out perfectly even. Morning after morning, your espresso tastes the way you hoped it would. Treat yourself to the Baristo tamper set.',
      marketing_copy_c:
        'Launch week offer: a free cleaning brush with every Baristo set while stocks last. Add it to your cart today.',
    },
    {
      field: 'translated_description',
      find: '(0.2 to 0.47 in)',
      replace: '(0.2 to 0.59 in)',
      labels: ['number_invented'],
    },
    'The complete set weighs about 800 g (1.8 lb).',
  ),
  listing(
    'h01',
    'espresso_tamper_sets',
    'ja',
    TAMPER_ZH,
    TAMPER_SRC,
    {
      translated_description:
        'Baristo（バリスト）の定圧タンパーセットは58.5mmのポルタフィルターに対応し、市販の58mmポルタフィルターの多くにもお使いいただけます。ベースは304ステンレス、ハンドルはウォールナット材で、どんなエスプレッソマシンの横に置いても自然になじみます。内蔵スプリングが圧力を15kg（約30ポンド）前後で一定に保つため、初心者でも平らでしっかり締まったパックに仕上がります。セット内容はタンパー、3枚羽根のディストリビューター、シリコン製タンピングマットの三点で、ディストリビューターの深さは5〜12mmの範囲で調整できます。セット全体の重さは約0.8kgです。30日間は理由を問わず返品・交換に応じ、タンパー本体には２年保証が付きます。',
      seo_title: 'Baristo 定圧タンパーセット 58.5mm ディストリビューター付',
      meta_description:
        'Baristoの定圧タンパーセット。58.5mmポルタフィルター対応、304ステンレスのベースとウォールナットのハンドル、3枚羽根ディストリビューターとシリコンマット付き。',
      h1: 'Baristo 定圧エスプレッソタンパー 三点セット',
      marketing_copy_a:
        '粉をならして、一定の力で押して、マットの上に置くだけ。抽出前の準備がこのセットで完結します。毎朝の一杯を安定させたい方は、ぜひご注文ください。',
      marketing_copy_b:
        'ふっくら均一に仕上がったパックを見ると、それだけで朝が少し楽しくなります。毎日のエスプレッソが、思い描いたとおりの味に。Baristoのタンパーセットをぜひお試しください。',
      marketing_copy_c:
        '発売記念キャンペーン中は、クリーニングブラシをもれなくプレゼント。数量限定ですので、お早めにどうぞ。',
    },
    { field: 'meta_description', find: '3枚羽根', replace: '4枚羽根', labels: ['number_invented'] },
    'セット全体の重さは約0.8kgです。',
  ),
  listing(
    'h02',
    'electric_fly_swatters',
    'de',
    SWATTER_ZH,
    SWATTER_SRC,
    {
      translated_description:
        'Die Zapora X-300 ist eine wiederaufladbare 3-in-1-Fliegenklatsche: Sie lässt sich zum Zuschlagen, als Mückenfalle mit Lockleuchte oder an der Wand hängend nutzen, und zwischen diesen drei Einsatzarten wechseln Sie ganz nach Bedarf. Das Gitter führt rund 3000 Volt, ist aber dreilagig aufgebaut, sodass Finger an der äußeren Lage keinen Schlag bekommen. Der eingebaute 1200-mAh-Lithium-Akku ist in anderthalb Stunden geladen und hält dann sieben bis acht Tage. Vier Leuchtsegmente am Griff zeigen den Ladestand auf einen Blick. Die Schlagfläche misst etwa 23 × 15 cm, die ganze Klatsche wiegt nur 230 g. Verirrt sich im Sommer doch einmal eine Mücke ins Schlafzimmer, ist sie in Sekunden erledigt. Sie haben 30 Tage Rückgaberecht ohne Angabe von Gründen und ein Jahr Garantie.',
      seo_title: 'Zapora X-300 Elektrische Fliegenklatsche 3-in-1 mit Akku',
      meta_description:
        'Zapora X-300: 3-in-1-Fliegenklatsche mit 1200-mAh-Akku, dreilagigem Schutzgitter und Lockleuchte. In anderthalb Stunden geladen, hält bis zu acht Tage.',
      h1: 'Zapora X-300 Akku-Mückenklatsche mit Lockleuchte',
      marketing_copy_a:
        'Eine Klatsche, drei Einsatzarten: tagsüber zuschlagen, nachts locken, an der Wand hängen lassen. Eine Akkuladung reicht für gut eine Woche. Jetzt bestellen und den Sommer mückenfrei genießen.',
      marketing_copy_b:
        'Endlich wieder ein Sommerabend bei offenem Fenster, ohne dieses feine Surren am Ohr. Das Kinderzimmer bleibt ruhig, und Sie schlafen durch. Legen Sie die Zapora X-300 jetzt in den Warenkorb.',
      marketing_copy_c:
        'Sommeraktion: Zwei Klatschen, nur eine bezahlen – solange der Vorrat reicht. Sichern Sie sich Ihr Doppelpack.',
    },
    {
      field: 'translated_description',
      find: 'rund 3000 Volt',
      replace: 'rund 4000 Volt',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Schlagfläche misst etwa 23 × 15 cm, die ganze Klatsche wiegt nur 230 g.',
  ),
  listing(
    'h02',
    'electric_fly_swatters',
    'es',
    SWATTER_ZH,
    SWATTER_SRC,
    {
      translated_description:
        'La Zapora X-300 es una raqueta matamosquitos recargable 3 en 1: sirve para golpear, como trampa con luz atrayente o colgada en la pared, y puedes alternar entre estos tres modos cuando quieras. La malla trabaja a unos 3000 voltios, pero lleva tres capas de protección, así que tocar la capa exterior con los dedos no da calambre. Su batería de litio de 1200 mAh se carga en hora y media y dura entre siete y ocho días de uso. Cuatro luces en el mango muestran la carga restante de un vistazo. La superficie de golpeo mide unos 23 × 15 cm y la raqueta pesa solo 230 g. Si en verano se cuela algún mosquito en el dormitorio, lo eliminas en segundos. Tienes 30 días para devolverla sin dar explicaciones y un año de garantía.',
      seo_title: 'Raqueta matamosquitos eléctrica Zapora X-300 3 en 1',
      meta_description:
        'Raqueta matamosquitos Zapora X-300 3 en 1 con batería de 1200 mAh, malla de tres capas y luz atrayente. Se carga en hora y media y dura hasta ocho días.',
      h1: 'Zapora X-300: raqueta antimosquitos recargable con luz',
      marketing_copy_a:
        'Tres usos en una sola raqueta: golpea de día, atrae a los mosquitos de noche o déjala colgada en la pared. Una carga te dura más de una semana. Pide la tuya hoy y olvídate de los aerosoles.',
      marketing_copy_b:
        'Vuelven las noches de verano con la ventana abierta y sin ese zumbido junto a la oreja. Los niños duermen tranquilos y tú también. Hazte con la Zapora X-300.',
      marketing_copy_c:
        'Oferta de verano: llévate dos raquetas y paga solo una, hasta agotar existencias. Aprovecha ahora.',
    },
    {
      field: 'meta_description',
      find: 'dura hasta ocho días',
      replace: 'dura hasta diez días',
      labels: ['number_invented'],
    },
    'Cuatro luces en el mango muestran la carga restante de un vistazo.',
  ),
  listing(
    'h03',
    'baby_nail_trimmers',
    'en',
    TRIMMER_ZH,
    TRIMMER_SRC,
    {
      translated_description:
        'The Nuvi electric baby nail file comes with six replaceable heads and suits newborns, toddlers over 3 and adults alike. It has two speeds: on the low setting it turns at around 5,000 rpm, and it runs at under 40 dB, quiet enough to use while your baby sleeps. The heads are made of food-grade silicone and ceramic, so they cannot nick tender skin, and you never need to risk the scissors again. A built-in LED light lets you see the nails clearly even at night. Two AAA batteries last about two months, and each trim takes just two or three minutes. The body is about 12 cm (4.7 in) long and weighs around 60 g (2.1 oz).',
      seo_title: 'Nuvi Electric Baby Nail Trimmer with 6 Heads, Quiet',
      meta_description:
        'Quiet Nuvi electric nail file for babies, toddlers and adults: six soft heads, two speeds, an LED light and under 40 dB, so you can trim while your baby sleeps.',
      h1: 'Nuvi Whisper-Quiet Nail File for Babies and Toddlers',
      marketing_copy_a:
        'No more clipping slips: the gentle heads file nails smooth instead of cutting them, and the LED light makes night-time trims easy. Shop the Nuvi nail file today.',
      marketing_copy_b:
        'Tiny fingers, tiny nails, and a parent holding their breath. With Nuvi, trimming turns into a calm little moment while your baby naps on. Get your Nuvi now.',
      marketing_copy_c:
        'New-parent bundle: a spare set of heads comes free with every Nuvi this week. Order now and save.',
    },
    {
      field: 'translated_description',
      find: 'under 40 dB',
      replace: 'under 35 dB',
      labels: ['number_dropped', 'number_invented'],
    },
    'The body is about 12 cm (4.7 in) long and weighs around 60 g (2.1 oz).',
  ),
  listing(
    'h03',
    'baby_nail_trimmers',
    'fr',
    TRIMMER_ZH,
    TRIMMER_SRC,
    {
      translated_description:
        'La lime à ongles électrique Nuvi est livrée avec 6 embouts interchangeables et convient aux nouveau-nés, aux enfants de plus de 3 ans comme aux adultes. Elle propose deux vitesses : en position lente, elle tourne à environ 5\u202f000 tours par minute, et son bruit reste sous les 40 dB, si bien que vous pouvez l’utiliser pendant que bébé dort. Les embouts en silicone alimentaire et en céramique ne risquent pas de blesser la peau fragile : surtout, ne prenez plus le risque des ciseaux. Une lumière LED intégrée permet de bien voir les ongles, même la nuit. Deux piles AAA tiennent environ deux mois, et chaque séance ne prend que deux à trois minutes. L’appareil mesure environ 12 cm de long et pèse environ 60 g.',
      seo_title: 'Lime à ongles électrique bébé Nuvi, 6 embouts, silencieuse',
      meta_description:
        'Lime à ongles électrique Nuvi pour bébé, enfant et adulte : 6 embouts doux, deux vitesses, lumière LED et moins de 40 dB pour limer pendant la sieste.',
      h1: 'Nuvi, la lime à ongles tout en douceur pour bébé',
      marketing_copy_a:
        'Fini les petits accidents de coupe-ongles : les embouts liment au lieu de couper, et la lumière LED rend les soins du soir faciles. Commandez la Nuvi dès aujourd’hui.',
      marketing_copy_b:
        'De tout petits doigts, de tout petits ongles et un parent qui retient son souffle. Avec Nuvi, ce moment devient calme et tendre, même pendant la sieste. Découvrez Nuvi.',
      marketing_copy_c:
        'Offre jeunes parents : un jeu d’embouts de rechange offert cette semaine avec chaque Nuvi. Profitez-en vite.',
    },
    { field: 'seo_title', find: '6 embouts', replace: '8 embouts', labels: ['number_invented'] },
    'L’appareil mesure environ 12 cm de long et pèse environ 60 g.',
  ),
  listing(
    'h04',
    'kayak_fishing_rod_holders',
    'de',
    ROD_ZH,
    ROD_SRC,
    {
      translated_description:
        'Im Set sind zwei Hydrix-Rutenhalter für Kajaks enthalten. Der Fuß dreht sich um 360°, der Neigungswinkel lässt sich in acht Stufen einstellen, und das lästige Wackeln der Ruten beim Schleppangeln ist damit ein für alle Mal erledigt. Das Rutenrohr hat einen Innendurchmesser von etwa Ø 45 mm und passt für die meisten Stipp- und Spinnruten. Der Korpus besteht aus verstärktem ABS, die Schrauben aus 316er Edelstahl; alles ist UV-beständig und rostet auch nach Dutzenden Bädern im Salzwasser nicht. Die Montageschiene ist 20 cm lang und passt zu 95 % der gängigen Kajak-Schienensysteme. Jeder Halter wiegt etwa 380 g und trägt mehr als 10 kg. Die Schrauben der Schiene sollten Sie alle drei Monate kontrollieren.',
      seo_title: 'Hydrix Kajak Rutenhalter 2er-Set, 360° drehbar, Edelstahl',
      meta_description:
        'Hydrix Rutenhalter fürs Kajak im Zweierset: 360° drehbar, in acht Stufen neigbar, Schrauben aus 316er Edelstahl, passt auf 95 % der Kajak-Schienen.',
      h1: 'Hydrix Rutenhalter für Kajakangler, drehbar und neigbar',
      marketing_copy_a:
        'Zwei stabile Halter, die sich drehen und neigen lassen: So bleiben beim Schleppen beide Hände frei fürs Paddel. Jetzt bestellen und entspannter auf dem Wasser fischen.',
      marketing_copy_b:
        'Morgennebel über dem See, das Paddel gleitet leise, und die Rute steht genau dort, wo Sie sie haben wollen. Nichts wackelt, nichts klappert. Entdecken Sie Hydrix für Ihr Kajak.',
      marketing_copy_c:
        'Frühjahrsaktion: Zu jedem Set gibt es ein Ersatzschraubenset gratis dazu. Sichern Sie sich Ihr Set jetzt.',
    },
    {
      field: 'translated_description',
      find: 'passt zu 95 %',
      replace: 'passt zu 98 %',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Montageschiene ist 20 cm lang und passt zu 95 % der gängigen Kajak-Schienensysteme.',
  ),
  listing(
    'h04',
    'kayak_fishing_rod_holders',
    'ja',
    ROD_ZH,
    ROD_SRC,
    {
      translated_description:
        'Hydrix（ハイドリックス）のカヤック用ロッドホルダーは2本セットです。ベースは360°回転し、角度は8段階で調整できるため、トローリング中に竿がぐらつく悩みを根本から解消します。ロッドを差すパイプは内径約Φ45mmで、ほとんどののべ竿やルアーロッドに対応します。本体は厚手のABS樹脂、ネジは316ステンレス製で、紫外線に強く、海水に何十回浸かってもさびません。取り付けレールの長さは20cmで、市販のカヤック用レールシステムの95％に対応しています。ホルダー単体の重さは約380gで、10kg以上の荷重に耐えます。レールのネジは3か月ごとに点検することをおすすめします。',
      seo_title: 'Hydrix カヤック用ロッドホルダー 2本セット 360°回転',
      meta_description:
        'カヤック釣り向けのHydrixロッドホルダー2本セット。360°回転と8段階の角度調整、316ステンレスのネジで海水にも強く、市販レールの95％に合います。',
      h1: 'Hydrix 回転式カヤックロッドホルダー',
      marketing_copy_a:
        '回して、傾けて、しっかり固定。トローリング中も両手をパドルに使えます。Hydrixで釣りをもっと快適に、今すぐご注文を。',
      marketing_copy_b:
        '朝もやの湖面を、カヤックが静かに進んでいく。竿は思いどおりの位置で、ぴたりと止まったまま。そんな朝を約束するHydrixを、ぜひチェックしてみてください。',
      marketing_copy_c:
        '春の釣りシーズン応援セール開催中。今なら替えネジセットをプレゼント、カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '8段階',
      replace: '6段階',
      labels: ['number_dropped', 'number_invented'],
    },
    '取り付けレールの長さは20cmで、市販のカヤック用レールシステムの95％に対応しています。',
  ),
  listing(
    'h05',
    'sourdough_proofing_baskets',
    'en',
    BASKET_ZH,
    BASKET_SRC,
    {
      translated_description:
        'Brotia proofing baskets are hand-woven from 100% natural Indonesian rattan and come as a set of two. The round basket is about 22 cm (8.7 in) across and holds 500 g to 1 kg (1.1 to 2.2 lb) of dough, while the oval one is about 25 cm (9.8 in) long and suits doughs of around 750 g. Two linen liners and a dough scraper are included; we recommend replacing the liners after about half a year. The deep rattan ridges leave a crisp spiral pattern, so every loaf looks picture-perfect. Dust the basket with rice flour and the dough will not stick, even during a cold proof of around twelve hours. Just let it air-dry after use, and it will last for nearly ten years.',
      seo_title: 'Brotia Sourdough Proofing Basket Set, Round and Oval Rattan',
      meta_description:
        'Brotia rattan proofing baskets for sourdough: a round 22 cm and an oval 25 cm basket in natural rattan, with two linen liners and a dough scraper included.',
      h1: 'Brotia Hand-Woven Rattan Bannetons for Sourdough',
      marketing_copy_a:
        'Two shapes cover boules and batards alike, and the liners and scraper mean you can start proofing the day the box arrives. Get the Brotia set for your next bake.',
      marketing_copy_b:
        'The slow overnight rise, the first score, that spiral pattern coming out of the oven. Baking bread at home should feel this good. Discover Brotia.',
      marketing_copy_c:
        'Baker’s bundle: order two sets this week and the second ships free. Shop the offer now.',
    },
    {
      field: 'translated_description',
      replace: 'Each basket has been tested through 300 bakes without losing its shape.',
      labels: ['number_invented'],
    },
    'Dust the basket with rice flour and the dough will not stick, even during a cold proof of around twelve hours.',
  ),
  listing(
    'h05',
    'sourdough_proofing_baskets',
    'de',
    BASKET_ZH,
    BASKET_SRC,
    {
      translated_description:
        'Die Gärkörbe von Brotia sind aus 100 % natürlichem indonesischem Rattan von Hand geflochten und kommen als Zweierset. Der runde Korb hat etwa 22 cm Durchmesser und fasst 500 bis 1000 g Teig, der ovale ist etwa 25 cm lang und eignet sich für Teige um 750 g. Dazu gibt es zwei Leineneinsätze und einen Teigschaber; die Einsätze sollten nach etwa einem halben Jahr ersetzt werden. Die tiefen Rattanrillen zeichnen ein klares Spiralmuster auf das Brot, die Optik ist schlicht makellos. Mit Reismehl bestäubt klebt der Teig nicht an, auch nicht bei rund zwölf Stunden Gare im Kühlschrank. Nach dem Gebrauch einfach trocknen lassen, dann halten die Körbe fast zehn Jahre.',
      seo_title: 'Brotia Gärkorb-Set aus Rattan, rund und oval, mit Leinentuch',
      meta_description:
        'Brotia Gärkörbe aus natürlichem Rattan: ein runder Korb mit 22 cm und ein ovaler mit 25 cm, dazu zwei Leineneinsätze und ein Teigschaber. Ideal für Sauerteig.',
      h1: 'Brotia Gärkörbchen für Sauerteigbrot, handgeflochten',
      marketing_copy_a:
        'Rund für Laibe, oval für Batards: Mit zwei Formen, Leineneinsätzen und Schaber kann das Backen sofort losgehen. Bestellen Sie das Brotia-Set für Ihr nächstes Brot.',
      marketing_copy_b:
        'Der Duft am Morgen, das Knistern der Kruste, das Muster, das Sie selbst geformt haben. Selbst gebackenes Brot macht einfach glücklich. Entdecken Sie Brotia jetzt.',
      marketing_copy_c:
        'Backwochen-Aktion: Zu jedem Set gibt es diese Woche einen Teigschaber extra. Jetzt kaufen und sparen.',
    },
    {
      field: 'translated_description',
      find: '500 bis 1000 g',
      replace: '500 bis 1200 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Mit Reismehl bestäubt klebt der Teig nicht an, auch nicht bei rund zwölf Stunden Gare im Kühlschrank.',
  ),
  listing(
    'h06',
    'smart_plant_pots',
    'es',
    POT_ZH,
    POT_SRC,
    {
      translated_description:
        'La maceta inteligente Verdo V2 lleva un sensor de humedad del suelo que vigila la tierra las 24 horas y riega sola en cuanto la humedad baja del 30 %, así que se acabó regar a rachas. El depósito de agua tiene 1,5 litros de capacidad y, lleno, dura de 3 a 4 semanas; cuando queda un tercio, la app te avisa para rellenarlo. La app, ya en su versión 2.0, te muestra la humedad, la luz y la temperatura con un solo toque en el móvil. La luz de cultivo de 6 W se puede programar para que se encienda entre 8 y 12 horas al día. La maceta mide Φ18 × 20 cm y admite entre treinta y cuarenta especies habituales, como potos o suculentas. La temperatura ambiente ideal va de 10 a 35 °C.',
      seo_title: 'Maceta inteligente Verdo V2 con riego automático y app',
      meta_description:
        'Maceta inteligente Verdo V2: riega sola cuando la humedad baja del 30 %, depósito de 1,5 litros para 3 a 4 semanas y app 2.0 para controlarla desde el móvil.',
      h1: 'Verdo V2, la maceta que se riega sola',
      marketing_copy_a:
        'Riego automático, luz de cultivo y los datos de tu planta en el móvil: todo lo que necesita para crecer sin que tengas que estar pendiente. Descubre la Verdo V2.',
      marketing_copy_b:
        'Vuelves de viaje y tus plantas te reciben verdes y llenas de hojas nuevas. Nada de culpas ni de hojas secas. Regálate la Verdo V2.',
      marketing_copy_c:
        'Solo esta semana: envío gratis y una bolsa de sustrato de regalo con tu Verdo V2. Cómprala ya.',
    },
    {
      field: 'translated_description',
      find: 'de 10 a 35 °C',
      replace: 'de 10 a 38 °C',
      labels: ['number_dropped', 'number_invented'],
    },
    'La luz de cultivo de 6 W se puede programar para que se encienda entre 8 y 12 horas al día.',
  ),
  listing(
    'h06',
    'smart_plant_pots',
    'fr',
    POT_ZH,
    POT_SRC,
    {
      translated_description:
        'Le pot connecté Verdo V2 intègre un capteur d’humidité du sol qui surveille la terre 24 heures sur 24 et arrose tout seul dès que l’humidité passe sous 30 % : fini l’arrosage en dents de scie. Le réservoir d’eau de 1,5 litre tient de 3 à 4 semaines une fois plein, et l’application vous prévient quand il n’en reste plus qu’un tiers. L’application, désormais en version 2.0, affiche d’une simple touche l’humidité, la lumière et la température sur votre téléphone. La lampe de croissance de 6 W se programme pour rester allumée de 8 à 12 heures par jour. Le pot mesure Φ18 × 20 cm et accueille trente à quarante plantes courantes, comme le pothos ou les succulentes. La température ambiante idéale se situe entre 10 et 35 °C.',
      seo_title: 'Pot connecté Verdo V2 à arrosage automatique et appli',
      meta_description:
        'Pot connecté Verdo V2 : arrosage automatique sous 30 % d’humidité, réservoir de 1,5 litre pour 3 à 4 semaines, appli 2.0 et lampe de croissance programmable.',
      h1: 'Verdo V2, le pot qui arrose vos plantes à votre place',
      marketing_copy_a:
        'Arrosage automatique, lampe de croissance et suivi sur smartphone : vos plantes ont tout ce qu’il leur faut, même quand vous n’y pensez pas. Découvrez le Verdo V2.',
      marketing_copy_b:
        'Vous rentrez de vacances et vos plantes vous accueillent, vertes et pleines de nouvelles pousses. Plus de culpabilité, plus de feuilles jaunies. Offrez-vous le Verdo V2.',
      marketing_copy_c:
        'Cette semaine seulement : livraison offerte et un sac de terreau en cadeau avec votre Verdo V2. Commandez maintenant.',
    },
    { field: 'translated_description', find: 'sous 30 %', replace: 'sous 25 %', labels: ['number_invented'] },
    'La lampe de croissance de 6 W se programme pour rester allumée de 8 à 12 heures par jour.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const chars = (text: string) => [...text].length;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

// en: listing 1 (espresso tamper) takes styles 0-2, listing 2 (nail trimmer) 3-5, listing 3 (proofing baskets) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure — here’s the English product description, with metric units first and imperial equivalents in brackets:\n\n${c.translated_description}`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(Translator’s note: I spelled the piece count out in words rather than as a numeral, since it reads less like a packing slip.)',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n[Insert promo end date here] — ${wordCount(c.marketing_copy_c)} words so far, room for one more line if needed.`,
  }),
  (c) => ({ seo_title: `**SEO title:** ${c.seo_title}` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Quick check before this goes live: may the brand voice address the parent directly, or should it stay in the third person?',
    ),
  }),
  (c) => ({
    meta_description: `${c.meta_description} (The battery life didn’t fit without going over the limit, so I left it out — swap it in for the LED if you prefer.)`,
  }),
  (c) => ({
    h1: `${c.h1}\n<!-- kept different from the title tag so the two don’t compete in search -->`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Let me double-check the weights here: the source gives grams and kilograms, so I only added pounds where a US baker would look for them.',
    ),
  }),
  (c) => ({
    marketing_copy_a: `{\n  "marketing_copy_a": "${c.marketing_copy_a}",\n  "tone": "practical"\n}`,
  }),
];

// de: listing 1 (fly swatter) takes styles 0-2, listing 2 (rod holders) 3-5, listing 3 (proofing baskets) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Übersetzung (Deutsch, Sie-Form):\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nAnmerkung: „Surren“ statt „Summen“ gewählt – das klingt lästiger und verkauft das Produkt besser.`,
  }),
  (c) => ({
    meta_description: afterSentence(
      c.meta_description,
      1,
      'Die Spannung habe ich im Snippet bewusst weggelassen, sie wirkt dort eher abschreckend.',
    ),
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nRückfrage: Sind mit „Stipp- und Spinnruten“ auch Baitcaster gemeint? Der Ausgangstext lässt das offen.`,
  }),
  (c) => ({ seo_title: `${c.seo_title} (Zeichenzahl geprüft)` }),
  (c) => ({ marketing_copy_a: `## Nutzenorientierter Text\n${c.marketing_copy_a}` }),
  (c) => ({ h1: `H1: ${c.h1}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Alternativ ginge statt „Gärkorb“ auch „Gärkörbchen“ oder „Banneton“, je nachdem, wie die Zielgruppe spricht.',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Ich hoffe, das passt so – sag Bescheid, wenn du es förmlicher haben möchtest.`,
  }),
];

// ja: listing 1 (espresso tamper) takes styles 0-2, listing 2 (rod holders) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下、日本語に翻訳した商品説明です。\n\n${c.translated_description}` }),
  (c) => ({
    meta_description: `${c.meta_description}（※文字数の上限に収めるため、保証期間の記載は省きました）`,
  }),
  (c) => ({
    marketing_copy_a: afterSentenceJa(
      c.marketing_copy_a,
      1,
      '（「ならす」は「レベリング」とも訳せますが、家庭向けにやさしい言葉を選びました）',
    ),
  }),
  (c) => ({ seo_title: `タイトル案：${c.seo_title}` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      3,
      '（ここでは「手竿」を「のべ竿」と訳し、釣り人になじみのある言い方を選んでいます）',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n(Note: kept this one to ${chars(c.marketing_copy_c)} characters so it fits the campaign banner.)`,
  }),
];

// es: listing 1 (fly swatter) takes styles 0-2, listing 2 (smart pot) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_b: `Texto emocional:\n${c.marketing_copy_b}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Aquí he preferido «calambre» a «descarga»: suena menos alarmante para el comprador.',
    ),
  }),
  (c) => ({ seo_title: `${c.seo_title}\n\n¿Quieres que añada también la palabra «recargable» al título?` }),
  (c) => ({ marketing_copy_a: `\`\`\`json\n{"copy_a": "${c.marketing_copy_a}"}\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nNota del traductor: el original no dice cómo se recarga la maceta ni si incluye cable, así que no lo he mencionado.`,
  }),
  (c) => ({ h1: `${c.h1} (otra opción: «La maceta que cuida de tus plantas»)` }),
];

// fr: listing 1 (nail trimmer) takes styles 0-2, listing 2 (smart pot) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Voici la traduction de la description produit :\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n(Ton volontairement rassurant, la cible étant de jeunes parents.)`,
  }),
  (c) => ({ meta_description: `<meta name="description" content="${c.meta_description}">` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'J’ai arrondi la contenance en litres, plus parlante pour un lecteur français que les millilitres.',
    ),
  }),
  (c) => ({ h1: `${c.h1} [À valider par le client]` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nN’hésitez pas à me dire si vous préférez une version plus courte.`,
  }),
];

export const ROUND_47_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Knockoff fly swatters can give a nasty jolt through a thin grid.',
      'Cheap tampers wobble in the basket and leave lopsided pucks.',
      'Counterfeit smart planters tend to leak after a few weeks.',
      'Imitation rattan baskets shed splinters into your dough.',
    ],
    slogans: ['Good coffee starts with a level puck.', 'Small tools, calmer days.'],
    chineseLeftovers: [],
    duplicateLead: 'Worth a second look: ',
    titleStuffing: ' | Kitchen Gadgets, Gift Ideas, Bestseller, Fast Delivery, Top Rated',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Nachahmungen aus dünnem Kunststoff brechen auf dem Wasser schnell.',
      'Eine Fälschung erkennt man oft erst, wenn das Gitter Funken schlägt.',
      'Billige Fliegenklatschen geben schon bei leichter Berührung einen Schlag.',
      'Ein Imitat aus Kunstrattan hinterlässt Fasern im Teig.',
    ],
    slogans: ['Ruhiges Wasser, sichere Ruten.', 'Mehr Sommer, weniger Mücken.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' | Zubehör, Geschenkidee, Bestseller, Schnelle Lieferung, Angebot',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '偽物のロッドホルダーは海水ですぐにさびます。',
      '激安のタンパーは、使ううちにすぐぐらつきます。',
      'コピー品の電気製品にはご注意ください。',
      'レプリカ品は仕上げが粗く、長持ちしません。',
    ],
    slogans: ['水辺の時間を、もっと自由に。', '毎朝のエスプレッソを、もっと丁寧に。'],
    chineseLeftovers: ['这套压粉器做工很好，请放心购买。', '这个竿架设计结实，钓鱼时很稳。'],
    duplicateLead: 'つまり、',
    titleStuffing: '｜おしゃれ 人気 ギフト 送料無料 ランキング上位',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las réplicas de macetas inteligentes suelen perder agua.',
      'Una imitación de mala calidad puede dar descargas peligrosas.',
      'Las raquetas baratas se rompen al poco tiempo.',
      'Cuidado con las falsificaciones que prometen lo mismo por menos.',
    ],
    slogans: ['Tus plantas, siempre a punto.', 'Noches de verano sin zumbidos.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Hogar, Jardín, Regalo Original, Envío Rápido, Más Vendido',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une contrefaçon ne respecte pas les normes de sécurité pour bébé.',
      'Les répliques de pots connectés tombent souvent en panne.',
      'Une fausse marque vous laisse sans service après-vente.',
      'Les limes pas chères chauffent vite et irritent la peau.',
    ],
    slogans: ['Des plantes heureuses, sans y penser.', 'La douceur, jusqu’au bout des ongles.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Maison, Idée Cadeau, Meilleure Vente, Livraison Rapide, Promo',
  },
};
