// Blind set, round 24 (written without reading the gate, committed before it is scored): six products in the
// categories sous_vide_cookers, baby_swings, electric_skateboards, makeup_mirrors, tyre_inflators and wooden_puzzles,
// 12 hand-written listings, three artifact styles per listing and wording of its own (this round: the model speaking
// in the first person like a brand, apologies, confidence and self-evaluation, audience and platform remarks,
// references to the conversation, leftover bullets and numbering, stray quotes and brackets, partial duplication);
// legitimate numbers: 第3代 (3rd generation, 3. Generation), 1100 W, 25 to 95 °C (77–203 °F), 0.1 °C, 20 L (5.3 US gal),
// 99 hours, IPX7, 上百 (over 100) recipes, 两年 (two-year warranty); 三合一 (3-in-1, 3 en 1, 3in1), 3 to 36 months,
// 18 kg, 5 speeds, 十二首 (12, douze) lullabies, 15/30/45 minutes, 5万次 (50 000, 5万回); Volt S2, 双 (dual, not a
// number), 1000 W, 35 km/h (22 mph), 25 km (15.5 mi), 3 modes, 百分之20 (20%), 120 kg (265 lb), 36 V, 2.5 hours;
// 双面 (double-sided, not a number), 10× magnification, 72 LEDs, 三种 (three) light colours, 20 cm, 360°, 2000 mAh,
// 30 days, Type-C; 150 PSI (10.3 bar), 6000 mAh, 十几 (more than ten) tyres, 4 modes, 3 adapters, 一次 (idiomatic);
// 1000 pieces, 70 × 50 cm, 4 mm, 上百 (over 100) animal pieces, 两个 (two) bags, 14 years.
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording } from './blind-set';

const SOUS_VIDE_ZH = 'Thermo 第3代 低温慢煮棒';
const SOUS_VIDE_SRC =
  'Thermo 第3代低温慢煮棒功率1100瓦，控温范围25至95℃，精度可达0.1℃。最多可循环加热20升水，定时最长99小时。机身防水等级IPX7，可通过手机App远程控制，App内置上百种食谱。整机提供两年质保。';
const SWING_ZH = 'Nido 三合一电动婴儿摇椅';
const SWING_SRC =
  'Nido 三合一电动婴儿摇椅可当摇篮、安抚椅和普通座椅使用，适合3至36个月、体重18公斤以内的宝宝。摇摆速度5档可调，内置十二首摇篮曲，支持蓝牙播放。定时可选15、30或45分钟。产品通过5万次摇摆耐久测试，座套可拆洗。';
const SKATEBOARD_ZH = 'Volt S2 双驱电动滑板';
const SKATEBOARD_SRC =
  'Volt S2 电动滑板采用双轮毂电机，总功率1000瓦，最高时速35公里，续航约25公里。设有3档速度模式，可爬百分之20的坡，最大承重120公斤。36V锂电池约2.5小时充满。标配无线遥控器。';
const MIRROR_ZH = 'Lumi 双面LED化妆镜 10倍放大';
const MIRROR_SRC =
  'Lumi 双面LED化妆镜，正面为普通镜面，背面为10倍放大镜。镜框内嵌72颗LED灯珠，提供三种光色（冷白、暖黄、自然光），亮度无级调节。镜面直径20厘米，可360度旋转。内置2000毫安时锂电池，Type-C充电，充满后可使用约30天。';
const INFLATOR_ZH = 'Aero 无线便携充气泵';
const INFLATOR_SRC =
  'Aero 无线便携充气泵最高压力150PSI，内置6000毫安时锂电池，充满一次可为十几个汽车轮胎补气。数显屏可预设气压，到达设定值后自动停止。提供汽车、摩托车、自行车和球类4种模式，附带3个气嘴转换头，另配LED照明灯。';
const PUZZLE_ZH = 'Arbor 1000片木质拼图 森林动物';
const PUZZLE_SRC =
  'Arbor 木质拼图共1000片，完成尺寸70×50厘米，由4毫米厚椴木板激光切割而成。其中有上百块动物造型异形片，拼起来更有乐趣。附赠原图海报和两个棉布收纳袋。适合14岁以上。';

export const ROUND_24_LISTINGS: readonly BlindListing[] = [
  listing(
    'y01',
    'sous_vide_cookers',
    'en',
    SOUS_VIDE_ZH,
    SOUS_VIDE_SRC,
    {
      translated_description:
        'The third-generation Thermo sous vide stick runs on 1,100 W and holds your water bath anywhere from 25 to 95 °C (77–203 °F) with 0.1 °C precision. It circulates and heats up to 20 L (5.3 US gal) of water, and the timer runs for up to 99 hours. The body is waterproof to IPX7, and the phone app lets you control it remotely, with over 100 recipes built in. We back it with a two-year warranty.',
      seo_title: 'Thermo Sous Vide Stick, 3rd Gen, 1,100 W, IPX7',
      meta_description:
        'Third-generation Thermo sous vide stick: 1,100 W, 25 to 95 °C with 0.1 °C precision, a 99-hour timer and over 100 app recipes for restaurant results.',
      h1: 'Thermo Sous Vide Precision Cooker',
      marketing_copy_a:
        "Restaurant-grade precision without the restaurant-grade price tag. We've cooked our way through stacks of steaks to be sure. Buy the Thermo today.",
      marketing_copy_b:
        'Remember that steak that was rosy from edge to edge? Now it can happen every Sunday. Discover the Thermo.',
      marketing_copy_c: 'Free recipe e-book with every stick this month – order yours now.',
    },
    { field: 'seo_title', find: '1,100 W', replace: '1,500 W', labels: ['number_invented'] },
    'We back it with a two-year warranty.',
  ),
  listing(
    'y01',
    'sous_vide_cookers',
    'de',
    SOUS_VIDE_ZH,
    SOUS_VIDE_SRC,
    {
      translated_description:
        'Der Sous-Vide-Stick Thermo der 3. Generation arbeitet mit 1100 W und hält das Wasserbad zwischen 25 und 95 °C auf 0,1 °C genau. Er wälzt bis zu 20 Liter Wasser um und erhitzt sie, der Timer läuft bis zu 99 Stunden. Das Gehäuse ist nach IPX7 wasserdicht. Per App steuern Sie das Gerät vom Handy aus und finden dort über 100 Rezepte. Wir geben zwei Jahre Garantie.',
      seo_title: 'Thermo Sous-Vide-Stick, 3. Generation, 1100 W',
      meta_description:
        'Sous-Vide-Garer Thermo der 3. Generation mit 1100 W, 25 bis 95 °C auf 0,1 °C genau, Timer bis 99 Stunden und über 100 Rezepten in der App.',
      h1: 'Thermo Sous-Vide-Garer für Zuhause',
      marketing_copy_a:
        'Profi-Präzision zum fairen Preis: Wir haben ihn monatelang in unserer Testküche eingesetzt. Jetzt kaufen.',
      marketing_copy_b:
        'Kennen Sie das Gefühl, wenn das Steak von Rand zu Rand zartrosa ist? Entdecken Sie Thermo.',
      marketing_copy_c: 'Diesen Monat mit gratis Rezeptheft – sichern Sie sich Ihr Exemplar.',
    },
    {
      field: 'translated_description',
      find: 'bis zu 99 Stunden',
      replace: 'bis zu 72 Stunden',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Gehäuse ist nach IPX7 wasserdicht.',
  ),
  listing(
    'y02',
    'baby_swings',
    'ja',
    SWING_ZH,
    SWING_SRC,
    {
      translated_description:
        'Nidoの3in1電動ベビースイングは、ゆりかご・バウンサー・チェアとして使えます。対象は3〜36か月、体重18kgまでのお子さまです。揺れの速さは5段階で調整でき、子守唄を12曲内蔵、Bluetoothでお好きな音楽も流せます。タイマーは15分・30分・45分から選べます。5万回のスイング耐久テストをクリアし、シートカバーは取り外して洗えます。',
      seo_title: 'Nido 電動ベビースイング 3in1 3〜36か月対応',
      meta_description:
        '3〜36か月・18kgまでの赤ちゃんに使える3in1電動スイング。揺れは5段階、子守唄12曲とBluetooth対応、タイマー付きで毎日の寝かしつけをやさしくサポートします。',
      h1: 'Nido ゆらゆら電動ベビースイング',
      marketing_copy_a:
        'ゆりかご、バウンサー、チェアがこれひとつに。買い替えいらずで長く使えます。今すぐ購入。',
      marketing_copy_b:
        'やさしい揺れと子守唄で、すやすや眠る寝顔に会いませんか？私たちスタッフも、わが子の寝かしつけに毎日使っています。ぜひお試しください。',
      marketing_copy_c: '今なら専用ブランケットをプレゼント。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '子守唄12曲', replace: '子守唄20曲', labels: ['number_invented'] },
    'タイマーは15分・30分・45分から選べます。',
  ),
  listing(
    'y02',
    'baby_swings',
    'fr',
    SWING_ZH,
    SWING_SRC,
    {
      translated_description:
        'La balancelle électrique Nido 3 en 1 se transforme en berceau, en transat ou en simple siège, pour les bébés de 3 à 36 mois jusqu’à 18 kg. Sa vitesse de balancement se règle sur 5 niveaux ; elle intègre douze berceuses et lit votre musique en Bluetooth. La minuterie propose 15, 30 ou 45 minutes. Elle a passé un test d’endurance de 50\u202f000 balancements, et sa housse se retire pour le lavage.',
      seo_title: 'Balancelle électrique bébé Nido 3 en 1, 5 vitesses',
      meta_description:
        'Balancelle Nido 3 en 1 pour bébé de 3 à 36 mois : 5 vitesses, 12 berceuses, Bluetooth et minuterie pour des siestes paisibles. Housse lavable.',
      h1: 'Nido, la balancelle qui berce en douceur',
      marketing_copy_a:
        'Berceau, transat et siège réunis : un seul achat qui suit bébé pendant des années. Commandez votre Nido.',
      marketing_copy_b:
        'Nous l’avons testée avec nos propres enfants, et le petit sourire avant la sieste ne trompe pas. Découvrez Nido.',
      marketing_copy_c:
        'Vous cherchez un cadeau de naissance ? Couverture assortie offerte ce mois-ci, profitez-en !',
    },
    { field: 'translated_description', replace: 'Le moteur est garanti 2 ans.', labels: ['number_invented'] },
    'La minuterie propose 15, 30 ou 45 minutes.',
  ),
  listing(
    'y03',
    'electric_skateboards',
    'en',
    SKATEBOARD_ZH,
    SKATEBOARD_SRC,
    {
      translated_description:
        'The Volt S2 electric skateboard is driven by dual hub motors with 1,000 W of combined power. It tops out at 35 km/h (22 mph) and covers about 25 km (15.5 mi) on a charge. Three speed modes let you ride at your own pace, it climbs 20% gradients and it carries riders up to 120 kg (265 lb). The 36 V lithium battery fully charges in about 2.5 hours. A wireless remote comes as standard.',
      seo_title: 'Volt S2 Electric Skateboard, Dual Hub Motors, 35 km/h',
      meta_description:
        'Volt S2 electric skateboard: dual hub motors with 1,000 W combined, a 35 km/h top speed, about 25 km of range and 3 speed modes. Wireless remote included.',
      h1: 'Volt S2 Dual-Motor Electric Skateboard',
      marketing_copy_a:
        'Skip the bus fares and the parking fees – your daily commute starts paying for itself. Get your Volt S2.',
      marketing_copy_b:
        'Ever carved down an empty street at sunrise with nothing but the hum of the motors? We ride ours every morning. Discover the Volt S2.',
      marketing_copy_c: 'Free helmet with every board this week – add it to your cart today.',
    },
    {
      field: 'meta_description',
      find: 'about 25 km of range',
      replace: 'about 30 km of range',
      labels: ['number_invented'],
    },
    'The 36 V lithium battery fully charges in about 2.5 hours.',
  ),
  listing(
    'y03',
    'electric_skateboards',
    'es',
    SKATEBOARD_ZH,
    SKATEBOARD_SRC,
    {
      translated_description:
        'El monopatín eléctrico Volt S2 monta doble motor en las ruedas con 1000 W de potencia total. Alcanza 35 km/h y recorre unos 25 km con cada carga. Tiene 3 modos de velocidad, sube pendientes del 20 % y admite hasta 120 kg. La batería de litio de 36 V se carga por completo en unas 2,5 horas. Incluye de serie un mando inalámbrico.',
      seo_title: 'Monopatín eléctrico Volt S2, doble motor, 35 km/h',
      meta_description:
        'Monopatín eléctrico Volt S2 con doble motor de 1000 W en total, 35 km/h, unos 25 km de autonomía, 3 modos de velocidad y mando inalámbrico incluido.',
      h1: 'Volt S2, la ciudad sobre ruedas',
      marketing_copy_a:
        'Olvídate del autobús y de buscar aparcamiento: se amortiza antes de lo que crees. Cómpralo ya.',
      marketing_copy_b:
        '¿Te imaginas cruzar la ciudad al amanecer sin más ruido que el viento? Nosotros lo hacemos cada mañana. Descubre el Volt S2.',
      marketing_copy_c: 'Casco de regalo solo esta semana: pídelo hoy.',
    },
    {
      field: 'translated_description',
      find: 'admite hasta 120 kg',
      replace: 'admite hasta 150 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'La batería de litio de 36 V se carga por completo en unas 2,5 horas.',
  ),
  listing(
    'y04',
    'makeup_mirrors',
    'de',
    MIRROR_ZH,
    MIRROR_SRC,
    {
      translated_description:
        'Der doppelseitige LED-Kosmetikspiegel Lumi hat vorne einen normalen Spiegel und auf der Rückseite eine 10-fache Vergrößerung. Im Rahmen sitzen 72 LEDs mit drei Lichtfarben (Kaltweiß, Warmweiß, Tageslicht), die Helligkeit regeln Sie stufenlos. Der Spiegel misst 20 cm im Durchmesser und dreht sich um 360°. Der eingebaute 2000-mAh-Akku wird per USB-C geladen und hält voll geladen etwa 30 Tage.',
      seo_title: 'Lumi LED-Kosmetikspiegel, 10-fach, 72 LEDs, 3 Lichtfarben',
      meta_description:
        'Doppelseitiger LED-Kosmetikspiegel Lumi mit 10-facher Vergrößerung, 72 LEDs in drei Lichtfarben, stufenlos dimmbar und mit Akku für etwa 30 Tage.',
      h1: 'Lumi Kosmetikspiegel mit Licht',
      marketing_copy_a:
        'Studiolicht fürs Badezimmer, ganz ohne Elektriker und ohne Studiopreis. Jetzt kaufen.',
      marketing_copy_b:
        'Wie oft haben Sie Ihr Make-up schon draußen im Tageslicht nachkorrigiert? Mit Lumi sehen Sie jedes Detail vorher. Entdecken Sie Lumi.',
      marketing_copy_c: 'Nur diese Woche mit gratis Reisetasche – jetzt bestellen.',
    },
    { field: 'seo_title', find: '10-fach', replace: '15-fach', labels: ['number_invented'] },
    'Der Spiegel misst 20 cm im Durchmesser und dreht sich um 360°.',
  ),
  listing(
    'y04',
    'makeup_mirrors',
    'ja',
    MIRROR_ZH,
    MIRROR_SRC,
    {
      translated_description:
        'Lumiの両面LEDメイクミラーは、表が等倍鏡、裏が10倍拡大鏡です。フレームには72個のLEDを内蔵し、光の色はクールホワイト・ウォームイエロー・ナチュラルの3色、明るさは無段階で調整できます。鏡面は直径20cmで、360度回転します。2000mAhのリチウム電池を内蔵し、Type-Cで充電、満充電で約30日使えます。',
      seo_title: 'Lumi 両面LEDメイクミラー 10倍拡大 充電式',
      meta_description:
        '表は等倍、裏は10倍拡大の両面LEDメイクミラー。72個のLEDと3色の光で細部まで見やすく、360度回転。充電式でコードレスに使えます。',
      h1: 'Lumi 光るメイクミラー',
      marketing_copy_a: 'サロンのような光を、ご自宅の洗面台に。今すぐ購入。',
      marketing_copy_b:
        '朝のメイク、もっと自信を持って仕上げたくありませんか？私たちも毎朝愛用しています。ぜひチェックしてください。',
      marketing_copy_c: '今だけ収納ポーチ付き。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '72個のLED',
      replace: '96個のLED',
      labels: ['number_dropped', 'number_invented'],
    },
    '2000mAhのリチウム電池を内蔵し、Type-Cで充電、満充電で約30日使えます。',
  ),
  listing(
    'y05',
    'tyre_inflators',
    'en',
    INFLATOR_ZH,
    INFLATOR_SRC,
    {
      translated_description:
        'The Aero cordless tyre inflator reaches up to 150 PSI (10.3 bar) and runs on a built-in 6,000 mAh lithium battery, enough to top up more than ten car tyres on a single charge. Preset the pressure on the digital display and it switches off automatically once it gets there. Four modes cover cars, motorbikes, bicycles and balls, and it comes with 3 valve adapters and an LED work light.',
      seo_title: 'Aero Cordless Tyre Inflator, 150 PSI, 6,000 mAh',
      meta_description:
        'Aero cordless tyre inflator with 150 PSI maximum pressure, a 6,000 mAh battery, digital preset with auto stop and 4 modes for cars, bikes and balls.',
      h1: 'Aero Portable Tyre Inflator',
      marketing_copy_a:
        'No more queuing at the petrol station air line or hunting for coins. Grab an Aero today.',
      marketing_copy_b:
        'Who wants to kneel beside a soft tyre in the rain? We keep one in every car on our team. Order your Aero now.',
      marketing_copy_c: "Free storage case this month only – shop now before they're gone.",
    },
    {
      field: 'translated_description',
      replace: 'It brings a car tyre up to pressure in about 5 minutes.',
      labels: ['number_invented'],
    },
    'Four modes cover cars, motorbikes, bicycles and balls, and it comes with 3 valve adapters and an LED work light.',
  ),
  listing(
    'y05',
    'tyre_inflators',
    'fr',
    INFLATOR_ZH,
    INFLATOR_SRC,
    {
      translated_description:
        'Le gonfleur de pneus sans fil Aero monte jusqu’à 150 PSI et s’appuie sur une batterie lithium intégrée de 6\u202f000 mAh, de quoi regonfler plus de dix pneus de voiture avec une charge complète. Réglez la pression sur l’écran numérique : il s’arrête tout seul dès qu’elle est atteinte. Quatre modes couvrent voitures, motos, vélos et ballons, et il est livré avec 3 embouts de valve et une lampe LED.',
      seo_title: 'Gonfleur de pneus sans fil Aero, 150 PSI',
      meta_description:
        'Gonfleur de pneus sans fil Aero : 150 PSI, batterie de 6\u202f000 mAh, pression préréglée avec arrêt automatique et 4 modes pour voiture, moto, vélo et ballon.',
      h1: 'Aero, le gonfleur qui tient dans la boîte à gants',
      marketing_copy_a:
        'Fini les files d’attente à la station et la monnaie à chercher au fond des poches. Achetez votre Aero.',
      marketing_copy_b:
        'Un pneu à plat un dimanche soir ? Nous en gardons un dans chacune de nos voitures. Découvrez Aero.',
      marketing_copy_c: 'Housse de rangement offerte ce mois-ci : commandez dès aujourd’hui.',
    },
    { field: 'meta_description', find: '150 PSI', replace: '160 PSI', labels: ['number_invented'] },
    'Quatre modes couvrent voitures, motos, vélos et ballons, et il est livré avec 3 embouts de valve et une lampe LED.',
  ),
  listing(
    'y06',
    'wooden_puzzles',
    'de',
    PUZZLE_ZH,
    PUZZLE_SRC,
    {
      translated_description:
        'Das Holzpuzzle Arbor hat 1000 Teile und misst fertig gelegt 70 × 50 cm. Alle 1000 Teile werden per Laser aus 4 mm starkem Lindenholz geschnitten. Über 100 davon sind Sonderteile in Tierform, die das Puzzeln abwechslungsreich machen. Dazu gibt es ein Vorlageposter und zwei Aufbewahrungsbeutel aus Baumwolle. Geeignet ab 14 Jahren.',
      seo_title: 'Arbor Holzpuzzle, 1000 Teile, 70 × 50 cm',
      meta_description:
        'Holzpuzzle Arbor mit 1000 lasergeschnittenen Teilen aus Lindenholz, über 100 Tierformen, Vorlageposter und zwei Baumwollbeuteln für lange Puzzleabende.',
      h1: 'Arbor Puzzle aus Holz',
      marketing_copy_a:
        'Einmal gekauft, immer wieder gelegt: ein Puzzle, das Generationen übersteht. Jetzt bestellen.',
      marketing_copy_b:
        'Erinnern Sie sich an Winterabende am Küchentisch mit der ganzen Familie? Wir haben jedes Motiv selbst gelegt, bevor es in den Shop kam. Entdecken Sie Arbor.',
      marketing_copy_c: 'Zum Start gibt es eine Puzzlematte gratis dazu – ab in den Warenkorb!',
    },
    {
      field: 'translated_description',
      find: 'hat 1000 Teile',
      replace: 'hat 1200 Teile',
      labels: ['number_invented'],
    },
    'Geeignet ab 14 Jahren.',
  ),
  listing(
    'y06',
    'wooden_puzzles',
    'es',
    PUZZLE_ZH,
    PUZZLE_SRC,
    {
      translated_description:
        'El puzle de madera Arbor tiene 1000 piezas y mide 70 × 50 cm una vez terminado. Está cortado con láser en tablero de tilo de 4 mm de grosor. Más de 100 piezas tienen forma de animal, lo que hace el montaje más divertido. Incluye un póster con la imagen y dos bolsas de algodón para guardarlo. Recomendado a partir de 14 años.',
      seo_title: 'Puzle de madera Arbor, 1000 piezas, 70 × 50 cm',
      meta_description:
        'Puzle de madera Arbor de 1000 piezas cortadas con láser, más de 100 con forma de animal, póster de referencia y dos bolsas de algodón. Tardes sin pantallas.',
      h1: 'Arbor, el puzle que se disfruta sin prisa',
      marketing_copy_a: 'Un regalo que dura años y se monta una y otra vez. Cómpralo ahora.',
      marketing_copy_b:
        '¿Cuándo fue la última vez que pasaste una tarde entera sin mirar el móvil? Nosotros montamos cada diseño antes de venderlo. Descubre Arbor.',
      marketing_copy_c: 'Tapete para puzles de regalo en tu primer pedido: hazte con el tuyo.',
    },
    { field: 'seo_title', find: '1000 piezas', replace: '1500 piezas', labels: ['number_invented'] },
    'Recomendado a partir de 14 años.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const firstWords = (text: string, n: number) => text.split(' ').slice(0, n).join(' ');
const lastSentence = (text: string) => {
  const parts = text.match(/[^.!?]+[.!?]+/g) ?? [text];
  return parts[parts.length - 1].trim();
};

export const ROUND_24_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `We've kept every spec exactly as you sent it and only smoothed the wording.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `“${c.seo_title}”` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nSorry, my first draft of this one was far too salesy; this tone fits your brand much better.`,
      }),
      (c) => ({ h1: `• ${c.h1}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nI've pitched this at first-time buyers, so the jargon is kept light.`,
      }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\n(Same structure as last time: offer first, call to action last.)`,
      }),
      (c) => ({
        translated_description: c.translated_description.replace(/([.!?]) (?=[A-Z])/g, '$1<br />\n'),
      }),
      (c) => ({
        meta_description: `${c.meta_description} All figures double-checked against your source, so it's safe to publish.`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n${firstWords(c.translated_description, 7)}`,
      }),
    ],
    forbidden: [
      "Don't settle for a cheaper lookalike.",
      'No knockoffs, no shortcuts, no regrets.',
      'Beware of counterfeit units sold on marketplaces.',
      'This is the original, not an imitation brand.',
    ],
    slogans: ['Perfect doneness, every time.', 'Silent power, open streets.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Best Seller, Gift Idea, Fast UK Shipping, Top Rated',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\nWie besprochen sind alle Angaben unverändert geblieben, da bin ich mir sicher.`,
      }),
      (c) => ({ marketing_copy_a: `1. ${c.marketing_copy_a}` }),
      (c) => ({ meta_description: `${c.meta_description} (Trimmed to fit Google's snippet length.)` }),
      (c) => ({ h1: `Wir haben die Überschrift bewusst kurz gehalten: ${c.h1}` }),
      (c) => ({
        marketing_copy_b: `Entschuldigung, die vorige Version war zu lang. ${c.marketing_copy_b}`,
      }),
      (c) => ({ translated_description: `**Produktbeschreibung**\n\n${c.translated_description}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nDurchgehend gesiezt, das passt besser zu Ihrer Zielgruppe.`,
      }),
      (c) => ({ seo_title: `[${c.seo_title}]` }),
      (c) => ({
        translated_description: `${c.translated_description} ${lastSentence(c.translated_description)}`,
      }),
    ],
    forbidden: [
      'Keine billigen Kopien vom Discounter.',
      'Vorsicht vor Fälschungen im Netz.',
      'Eine Nachahmung erkennt man sofort.',
      'Wir verkaufen keine Imitate.',
    ],
    slogans: ['Licht, das Ihnen schmeichelt.', 'Jedes Teil ein kleines Abenteuer.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' | Bestseller, Geschenkidee, schneller Versand, Top',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\n※前回と同様、数値は原文のまま残してあります。`,
      }),
      (c) => ({ seo_title: `「${c.seo_title}` }),
      (c) => ({
        marketing_copy_b: `申し訳ありません、先ほどの案は少し長すぎました。${c.marketing_copy_b}`,
      }),
      (c) => ({ h1: `・${c.h1}` }),
      (c) => ({ meta_description: `${c.meta_description}（SEO的にはこちらの方が効果的だと思います）` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n---\nWe went with polite desu/masu style for Japanese shoppers.`,
      }),
    ],
    forbidden: [
      '激安品とは品質が違います。',
      'コピー品にご注意ください。',
      '模倣品ではなく正規品です。',
      '偽物が出回っているのでご注意を。',
    ],
    slogans: ['光で変わる、毎朝の私。', 'やさしい揺れで、ぐっすり夢の中へ。'],
    chineseLeftovers: ['宝宝睡着后请记得关闭电源。', '这面镜子的灯光很柔和，适合每天化妆。'],
    duplicateLead: '要するに、',
    titleStuffing: '｜人気ランキング上位 おすすめ 送料無料 ギフト',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `Hemos respetado las cifras tal y como nos las pasaste.\n\n${c.translated_description}`,
      }),
      (c) => ({ marketing_copy_a: `- ${c.marketing_copy_a}` }),
      (c) => ({ meta_description: `${c.meta_description} Perdona si queda un poco largo para Google.` }),
      (c) => ({ h1: `${c.h1} (versión más natural que la anterior)` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nLo dejé en tuteo, como en las otras fichas.` }),
      (c) => ({ translated_description: `> ${c.translated_description}` }),
    ],
    forbidden: [
      'Olvídate de los modelos baratos.',
      'Cuidado con las imitaciones que circulan por internet.',
      'No es ninguna réplica.',
      'Nada de productos falsos.',
    ],
    slogans: ['Pieza a pieza, sin prisa.', 'La ciudad, a tu ritmo.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Oferta, regalo ideal, envío rápido, lo más vendido',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\nNous avons gardé les valeurs techniques telles quelles, comme convenu.`,
      }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b} »` }),
      (c) => ({ h1: `${c.h1} — formulation vérifiée, elle devrait bien convenir à votre fiche` }),
      (c) => ({ meta_description: `Désolé pour le retard ! ${c.meta_description}` }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}\n\nI kept « vous » throughout, since the shop addresses customers formally.`,
      }),
      (c) => ({ marketing_copy_c: `&laquo;&nbsp;${c.marketing_copy_c}&nbsp;&raquo;` }),
    ],
    forbidden: [
      'Méfiez-vous des contrefaçons.',
      'Aucune fausse promesse ici.',
      'Bien loin des imitations de grande surface.',
      'Un modèle solide et pas cher.',
    ],
    slogans: ['Le calme au bout du bras.', 'La bonne pression, partout.'],
    chineseLeftovers: [],
    duplicateLead: 'Bref : ',
    titleStuffing: ' | Promo, idée cadeau, livraison rapide, meilleure vente',
  },
};
