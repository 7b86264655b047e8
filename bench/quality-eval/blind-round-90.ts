// Blind set, round 90 (written without reading the gate, committed before it is scored): six computer-peripheral,
// skincare, fishing and home-textile products in the categories vertical_ergonomic_mice, ceramide_face_creams,
// carp_bite_alarms, cooling_summer_quilts, hydrogel_eye_patches and laptop_cooling_pads, 12 hand-written listings,
// three artifact styles per listing and wording of its own. Theme: the register of the shared dev set — ordinary
// model output. The artifacts are mostly the kinds the llm_artifact definition names, as a model really leaves them:
// lead-ins before the description (in English even in a German or Japanese field, or in the target language),
// "Translation:" prefixes, AI disclaimers ("As an AI language model", "Als KI-Sprachmodell", "Como modelo de
// lenguaje de IA", "As an AI"), sign-offs offering changes, code fences (plain, ```json with a field key, ```markdown),
// HTML tags (<p>, <h1>, <h2>), markdown labels and headings (**H1:**, ### Emotional copy, # heading) and field-label
// prefixes (Meta description:, Titel:, Meta descripción:, Titre H1 :); no digits in artifacts that land in the
// description, title or meta. The clean listings speak in a natural shop voice: tips ("Tip:", "Unser Tipp:",
// "ワンポイント：", "Notre astuce :"), questions to the shopper answered in the next breath ("New to vertical mice?",
// "¿Y si llueve?", "Comment l’appliquer ?"), the maker's "we" / "wir" / "nous", customer quotes with their speaker
// and exclamations in the promotional copies. Sources are written like ordinary Chinese shop pages. Legitimate numbers:
// Verto 57 degrees (57度), 2.4G (2.4 GHz), Bluetooth 5.0 (version, keeps its dot), 800, 1200 and 1600 DPI (en 1,200 and
// 1,600), 三档 (three settings, 3段階), 500 mAh, Type-C (USB-C, no number), about 2 hours, about 30 days, 两个 (two
// shortcut buttons, 2つ), about 110 g (3.9 oz), 两三天 (two or three days, 2〜3日), 双模 (dual mode: not a number),
// idioms 一个鼠标 (one mouse, ひとつのマウス), 按一下 (a single press) and 充满一次 (one full charge, 一度の充電);
// Rosaé 3种 (drei Ceramide, 3 céramides), 5% (5 %), 50 g, 两个月 (zwei Monate, deux mois), 30 volunteers, 4 weeks
// (4 Wochen, 4 semaines), 27 of them, 12 months (12 Monaten, 12 mois), idiom 早晚各用一次 (morning and evening);
// Fisko 一套4个 (4 alarms, 4 avisadores), 一个 receiver (a receiver: not a number), 150 m (492 ft), 4档 (4 settings,
// 4 niveles), 四种 (four colours, cuatro colores), IPX5, 9V, about 200 hours, quote by 老陈 (Mr Chen, Chen), idiom
// 一听一看 (one listen and one look, con oírlo y mirarlo);
// Lingo about 0.6 kg (rund 0,6 kg, 約0.6kg), 150×200 and 200×230 cm, 两种 (zwei Größen, 2種類), 30 ℃ (30 °C, 30℃),
// 三种 (drei Farben, 3色), idiom 过一遍 (rinse through: not rendered as a number), 单人/双人 (single and double beds:
// not numbers);
// Glowa 60 patches (60 patchs), 30 pairs (30 paires), 15 to 20 minutes (15 à 20 minutes), 10 minutes, 8 weeks
// (8 semaines), quote by 王小姐 (Ms Wang, Mme Wang), idioms 一对 (a pair, une paire) and 一把 (a small pair of tweezers,
// une petite pince);
// Frio 5 fans (5 Lüfter, 5 ventiladores), 14 cm, 四角 (vier Ecken, cuatro … en cada esquina), 7 cm, 三档 (drei Stufen,
// tres niveles), about 25 dB, 6档 (6 Stufen, 6 posiciones), 12 to 17 inch (12 bis 17 Zoll, 12 a 17 pulgadas), 2 USB
// ports (2 USB-Anschlüsse, 2 puertos), 两个 stoppers (Zwei, Dos), USB and U盘 (USB-Stick, pendrive: no number).
// Number edits: Verto en title 1,600 → 2,400 DPI (invented), ja about 30 → 45 days (dropped + invented); Rosaé de
// 5 % → 10 % panthenol (dropped + invented), fr meta 50 → 75 g (invented); Fisko en meta 150 → 300 m (invented), es
// 200 → 250 hours (dropped + invented); Lingo de title 150 × 200 → 160 × 200 cm (invented), ja 30 → 40 ℃ (dropped +
// invented); Glowa en 15 to 20 → 15 to 25 minutes (dropped + invented), fr title 60 → 80 patches (invented); Frio de
// meta 25 → 20 dB (invented), es 14 → 16 cm (dropped + invented).
import type { Language } from '@content-pipeline/languages';
import { type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const MOUSE_ZH = 'Verto 无线垂直鼠标 人体工学 2.4G+蓝牙双模';
const MOUSE_SRC =
  'Verto 无线垂直鼠标采用57度倾斜握姿，手腕自然立起，长时间办公也不容易酸痛。支持2.4G无线和蓝牙5.0双模连接，一个鼠标可以在电脑和平板之间来回切换。DPI分800、1200、1600三档，按一下就能切换。内置500毫安锂电池，Type-C充电约2小时充满，充满一次可用约30天。侧面有前进、后退两个快捷键，看网页、翻文档更方便。整机重约110克。温馨提示：刚开始用垂直鼠标，一般需要两三天适应。';
const CREAM_ZH = 'Rosaé 神经酰胺修护面霜 50g 敏感肌适用';
const CREAM_SRC =
  'Rosaé 神经酰胺修护面霜添加3种神经酰胺和5%泛醇，帮助修护干燥、泛红的皮肤屏障。质地是轻盈的乳霜，推开后很快吸收，不黏腻，早晚都可以用。不含酒精、香精和色素，敏感肌也能放心使用。每瓶50克，早晚各用一次，大约可以用两个月。我们请了30位干敏肌志愿者连续试用4周，其中27位觉得皮肤没那么紧绷了。用法：洁面后取黄豆大小，在脸上轻轻按压至吸收。开封后请在12个月内用完。';
const ALARM_ZH = 'Fisko 无线咬钩报警器 4个装 带接收器';
const ALARM_SRC =
  'Fisko 电子咬钩报警器一套4个，另配一个无线接收器，晚上躲在帐篷里也能听到鱼口。空旷处接收距离可达150米。音量和灵敏度各有4档可调，LED灯有红、绿、蓝、黄四种颜色，一听一看就知道是哪根竿。防水等级IPX5，下小雨也不怕。报警器使用9V电池，可连续工作约200小时。整套装在拉链收纳盒里，方便携带。钓友老陈说：“夜钓鲤鱼再也不用一直盯着竿梢了。”';
const QUILT_ZH = 'Lingo 凉感夏被 可机洗 150×200cm';
const QUILT_SRC =
  'Lingo 凉感夏被表面采用接触凉感面料，刚盖上去手摸着就是凉凉的，夏天开空调时盖正合适。内里填充约0.6公斤纤维棉，轻薄透气，不闷汗。尺寸有150×200厘米和200×230厘米两种，单人床、双人床都能选。边缘采用包边工艺，洗多了也不容易开线。可以直接放进洗衣机，建议选30℃以下的轻柔模式，洗完挂起来很快就干。颜色有浅灰、雾蓝、奶白三种。小贴士：使用前先用清水过一遍，手感会更柔软。';
const PATCH_ZH = 'Glowa 胶原蛋白水凝胶眼膜贴 60片装';
const PATCH_SRC =
  'Glowa 水凝胶眼膜贴每盒60片，也就是30对。每片都含有水解胶原蛋白、烟酰胺和咖啡因，敷上去冰冰凉凉的，早上起来眼睛浮肿时特别好用。贴在眼下15到20分钟后取下，剩下的精华轻拍吸收即可，不用洗掉。先放进冰箱冷藏10分钟再用，清凉感更明显。盒子里附带一把小镊子，取用更卫生。开盖后请在8周内用完。顾客王小姐说：“熬夜加班以后，早上敷一对再化妆，黑眼圈看起来淡多了。”';
const PAD_ZH = 'Frio 笔记本散热底座 五风扇 12-17英寸';
const PAD_SRC =
  'Frio 笔记本散热底座内置5个风扇：中间一个14厘米大风扇，四角各一个7厘米小风扇，可以只开大风扇，也可以全部打开。风扇转速分三档，最低档运行噪音约25分贝，开视频会议也听不到。支架高度6档可调，屏幕抬高了，低头的时间少了，脖子更轻松。面板是金属网，出风均匀，适用12到17英寸的笔记本电脑。通过USB供电，另外还有2个USB接口，可以接鼠标和U盘。前端有两个防滑挡板，电脑不会滑落。';

export const ROUND_90_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'vertical_ergonomic_mice',
    'en',
    MOUSE_ZH,
    MOUSE_SRC,
    {
      translated_description:
        'The Verto wireless vertical mouse holds your hand at a 57-degree angle, so your wrist stays upright in a natural position and does not ache even after long hours at the desk. It connects via 2.4 GHz wireless or Bluetooth 5.0, which means one mouse can switch back and forth between your computer and your tablet. There are three DPI settings – 800, 1,200 and 1,600 – and a single press switches between them. The built-in 500 mAh lithium battery charges via USB-C in about 2 hours, and one full charge lasts about 30 days. Two shortcut buttons on the side, forward and back, make browsing the web and paging through documents much easier. The mouse weighs about 110 g (3.9 oz). New to vertical mice? Most people need two or three days to get used to one.',
      seo_title: 'Verto Wireless Vertical Mouse, up to 1,600 DPI',
      meta_description:
        'Ergonomic Verto vertical mouse with a 57-degree grip, 2.4 GHz and Bluetooth dual mode, three DPI settings and a battery that lasts about 30 days.',
      h1: 'Verto – Give Your Wrist a Break',
      marketing_copy_a:
        'One mouse for laptop and tablet, a month of work on a single charge and two handy shortcut buttons: a tidier desk with no cable in sight. Order your Verto today.',
      marketing_copy_b:
        'That dull ache in your wrist after a long day of emails? Let your hand rest the way it naturally wants to, and your evening is yours again. Discover the Verto.',
      marketing_copy_c: 'Launch week: a free desk mat with every Verto! Shop now while stocks last.',
    },
    { field: 'seo_title', find: 'up to 1,600 DPI', replace: 'up to 2,400 DPI', labels: ['number_invented'] },
    'The mouse weighs about 110 g (3.9 oz).',
  ),
  listing(
    'p01',
    'vertical_ergonomic_mice',
    'ja',
    MOUSE_ZH,
    MOUSE_SRC,
    {
      translated_description:
        'Vertoのワイヤレス垂直マウスは、57度の傾斜グリップを採用。手首が自然に立った姿勢になるので、長時間のデスクワークでも疲れにくくなります。2.4GHzワイヤレスとBluetooth 5.0のデュアルモードに対応し、ひとつのマウスでパソコンとタブレットを行き来できます。DPIは800・1200・1600の3段階で、ボタンを押すだけで切り替えられます。500mAhのリチウム電池を内蔵し、Type-C充電なら約2時間で満充電。一度の充電で約30日間使えます。サイドには「進む」「戻る」の2つのショートカットボタンがあり、ウェブ閲覧や資料のページ送りもスムーズです。本体の重さは約110gです。ワンポイント：垂直マウスに慣れるまでには、ふつう2〜3日ほどかかります。',
      seo_title: 'Verto ワイヤレス垂直マウス Bluetooth・2.4GHz対応',
      meta_description:
        '57度の傾斜グリップで手首が自然な角度に。2.4GHzとBluetoothのデュアルモード、3段階のDPI切り替え、約30日使える充電式バッテリーを備えた垂直マウス。',
      h1: 'Verto 手首にやさしい、新しい握り心地',
      marketing_copy_a:
        'パソコンもタブレットもこれひとつで操作でき、充電はひと月に一度で十分。デスクまわりがすっきり片づきます。今すぐ購入。',
      marketing_copy_b:
        '夕方になると手首がだるい、そんな毎日にさよなら。手を自然に立てて握るだけで、仕事終わりの疲れ方が変わります。ぜひチェックしてください。',
      marketing_copy_c: '発売記念として、マウスパッドをプレゼント中！数量限定なので、ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '約30日間',
      replace: '約45日間',
      labels: ['number_dropped', 'number_invented'],
    },
    '本体の重さは約110gです。',
  ),
  listing(
    'p02',
    'ceramide_face_creams',
    'de',
    CREAM_ZH,
    CREAM_SRC,
    {
      translated_description:
        'Die Rosaé Reparaturcreme enthält drei Ceramide und 5 % Panthenol und hilft, die Hautbarriere trockener, geröteter Haut wieder zu stärken. Die leichte Cremetextur lässt sich mühelos verteilen, zieht schnell ein und klebt nicht – perfekt für morgens und abends. Sie ist frei von Alkohol, Duft- und Farbstoffen und damit auch für empfindliche Haut geeignet. Ein Tiegel enthält 50 g und reicht bei Anwendung morgens und abends etwa zwei Monate. Wir haben 30 Freiwillige mit trockener, empfindlicher Haut gebeten, die Creme 4 Wochen lang täglich zu verwenden: 27 von ihnen empfanden ihre Haut danach als weniger gespannt. So geht’s: Nach der Reinigung eine erbsengroße Menge nehmen und sanft in die Haut drücken, bis sie eingezogen ist. Nach dem Öffnen innerhalb von 12 Monaten aufbrauchen.',
      seo_title: 'Rosaé Ceramid-Gesichtscreme, 50 g, für sensible Haut',
      meta_description:
        'Reparierende Gesichtscreme mit drei Ceramiden und 5 % Panthenol: leicht, schnell einziehend, ohne Alkohol, Duft- und Farbstoffe, für empfindliche Haut.',
      h1: 'Rosaé – Ruhe für gestresste Haut',
      marketing_copy_a:
        'Ein Tiegel für zwei Monate, eine kurze Liste an Inhaltsstoffen und nichts, was empfindliche Haut reizt: Pflege, die einfach aufgeht. Jetzt bestellen.',
      marketing_copy_b:
        'Kein Spannen mehr nach dem Duschen, kein Brennen im kalten Wind – nur ein weiches, ruhiges Hautgefühl vom Morgen bis zum Abend. Entdecken Sie Rosaé.',
      marketing_copy_c:
        'Zum Kennenlernen gibt es bis Sonntag zu jeder Rosaé eine Reinigungsmilch in Reisegröße gratis dazu. Sichern Sie sich Ihr Set!',
    },
    {
      field: 'translated_description',
      find: 'und 5 % Panthenol',
      replace: 'und 10 % Panthenol',
      labels: ['number_dropped', 'number_invented'],
    },
    'Nach dem Öffnen innerhalb von 12 Monaten aufbrauchen.',
  ),
  listing(
    'p02',
    'ceramide_face_creams',
    'fr',
    CREAM_ZH,
    CREAM_SRC,
    {
      translated_description:
        'La crème visage réparatrice Rosaé associe 3 céramides à 5 % de panthénol pour aider à restaurer la barrière cutanée des peaux sèches et sujettes aux rougeurs. Sa texture de crème légère s’étale facilement, pénètre vite et ne colle pas : vous pouvez l’utiliser matin et soir. Sans alcool, sans parfum et sans colorant, elle convient aussi aux peaux sensibles. Un pot de 50 g dure environ deux mois à raison d’une application matin et soir. Nous avons demandé à 30 volontaires à la peau sèche et sensible de l’utiliser pendant 4 semaines : 27 d’entre eux ont trouvé leur peau moins tiraillée. Comment l’appliquer ? Après le nettoyage, prélevez l’équivalent d’un petit pois et faites-la pénétrer par légères pressions. Après ouverture, à utiliser dans les 12 mois.',
      seo_title: 'Crème visage Rosaé aux céramides, peaux sensibles',
      meta_description:
        'Crème réparatrice Rosaé en pot de 50 g : 3 céramides et 5 % de panthénol, texture légère sans alcool ni parfum, pour les peaux sèches et sensibles.',
      h1: 'Rosaé, le réconfort des peaux qui tiraillent',
      marketing_copy_a:
        'Deux mois de soin dans un seul pot, une formule courte et douce, une texture qui se fait oublier sous le maquillage : l’essentiel, sans superflu. Commandez votre Rosaé.',
      marketing_copy_b:
        'Fini la sensation de tiraillement après la douche et les joues qui chauffent au moindre coup de vent. Retrouvez une peau apaisée, jour après jour. Découvrez Rosaé.',
      marketing_copy_c:
        'Offre de lancement : un lait démaquillant format voyage offert avec chaque Rosaé cette semaine. Profitez-en !',
    },
    { field: 'meta_description', find: 'pot de 50 g', replace: 'pot de 75 g', labels: ['number_invented'] },
    'Après ouverture, à utiliser dans les 12 mois.',
  ),
  listing(
    'p03',
    'carp_bite_alarms',
    'en',
    ALARM_ZH,
    ALARM_SRC,
    {
      translated_description:
        'The Fisko electronic bite alarm set comes with 4 alarms and a wireless receiver, so you will hear every run even when you are tucked up in your bivvy at night. In open ground the receiver picks up the signal from as far as 150 m (492 ft) away. Volume and sensitivity each have 4 settings, and the LEDs come in four colours – red, green, blue and yellow – so one listen and one look tell you which rod is off. Rated IPX5 waterproof, the alarms shrug off a light shower. Each alarm runs on a 9V battery for about 200 hours of continuous use. The whole set packs into a zipped carry case, so it is easy to take along. Fellow angler Mr Chen says: “Night fishing for carp, I no longer have to keep my eyes glued to the rod tips.”',
      seo_title: 'Fisko Wireless Bite Alarm Set of 4 with Receiver, IPX5',
      meta_description:
        'Set of four wireless carp bite alarms with a receiver: range up to 150 m, four volume and sensitivity settings, four LED colours and an IPX5 rating.',
      h1: 'Fisko – Never Miss a Run Again',
      marketing_copy_a:
        'Four alarms, one receiver and a case to keep it all together: everything you need for a session on the bank in one box. Order your Fisko set today.',
      marketing_copy_b:
        'Warm in your sleeping bag, the lake silent in the dark – until the receiver glows green and your heart starts racing. Discover Fisko.',
      marketing_copy_c:
        'Summer session deal: spare batteries free with every set this month. Grab yours now!',
    },
    { field: 'meta_description', find: 'up to 150 m', replace: 'up to 300 m', labels: ['number_invented'] },
    'Each alarm runs on a 9V battery for about 200 hours of continuous use.',
  ),
  listing(
    'p03',
    'carp_bite_alarms',
    'es',
    ALARM_ZH,
    ALARM_SRC,
    {
      translated_description:
        'El set de avisadores de picada electrónicos Fisko incluye 4 avisadores y un receptor inalámbrico, así que oirás cada picada aunque estés metido en la tienda de noche. En campo abierto, el receptor tiene un alcance de hasta 150 metros. El volumen y la sensibilidad tienen 4 niveles cada uno, y los LED vienen en cuatro colores (rojo, verde, azul y amarillo): con oírlo y mirarlo sabes enseguida qué caña es. ¿Y si llueve? Con protección IPX5, una lluvia ligera no es problema. Cada avisador funciona con una pila de 9 V y aguanta unas 200 horas de uso continuo. Todo el set se guarda en un estuche con cremallera, fácil de llevar a cualquier parte. Lo resume Chen, compañero de pesca: «Pescando carpas de noche, ya no tengo que estar todo el rato mirando la puntera».',
      seo_title: 'Avisadores de picada Fisko, set de 4 con receptor',
      meta_description:
        'Set de cuatro avisadores de picada inalámbricos con receptor: alcance de hasta 150 m, volumen y sensibilidad ajustables y luces LED de cuatro colores.',
      h1: 'Fisko, para no perderte ni una picada',
      marketing_copy_a:
        'Cuatro avisadores, un receptor y un estuche para llevarlo todo: lo que necesitas para una jornada en la orilla, en una sola caja. Compra tu set Fisko.',
      marketing_copy_b:
        'Tú, en el saco de dormir; el lago, en silencio. Hasta que el receptor se enciende en verde y el corazón se te acelera. Descubre Fisko.',
      marketing_copy_c: 'Oferta de verano: pilas de repuesto de regalo con cada set este mes. ¡Pídelo ya!',
    },
    {
      field: 'translated_description',
      find: 'unas 200 horas',
      replace: 'unas 250 horas',
      labels: ['number_dropped', 'number_invented'],
    },
    '¿Y si llueve? Con protección IPX5, una lluvia ligera no es problema.',
  ),
  listing(
    'p04',
    'cooling_summer_quilts',
    'de',
    QUILT_ZH,
    QUILT_SRC,
    {
      translated_description:
        'Die Lingo Sommerdecke hat einen Bezug aus kühlendem Kontaktgewebe: Schon beim Zudecken fühlt sie sich angenehm frisch an – genau richtig für Sommernächte mit Klimaanlage. Gefüllt ist sie mit rund 0,6 kg Faserwatte, leicht und atmungsaktiv, sodass man nicht ins Schwitzen kommt. Es gibt sie in zwei Größen, 150 × 200 cm und 200 × 230 cm, passend für Einzel- und Doppelbetten. Die Kanten sind sauber eingefasst und franseln auch nach vielen Wäschen nicht aus. Sie darf direkt in die Waschmaschine; wir empfehlen ein Schonprogramm bei höchstens 30 °C. Aufgehängt ist sie danach schnell wieder trocken. Erhältlich in drei Farben: Hellgrau, Nebelblau und Cremeweiß. Unser Tipp: Spülen Sie die Decke vor der Benutzung kurz mit klarem Wasser durch, dann wird sie noch weicher.',
      seo_title: 'Lingo kühlende Sommerdecke, 150 × 200 cm, waschbar',
      meta_description:
        'Kühlende Sommerdecke Lingo mit Kontaktkühle-Bezug und rund 0,6 kg Füllung: leicht, atmungsaktiv, maschinenwaschbar, in zwei Größen und drei Farben.',
      h1: 'Lingo – kühl durch die heißesten Nächte',
      marketing_copy_a:
        'Leicht wie ein Laken, waschbar in der Maschine und in zwei Größen für jedes Bett: So darf die schwere Winterdecke endlich in den Schrank. Jetzt bestellen.',
      marketing_copy_b:
        'Die Klimaanlage summt leise, draußen steht die Hitze, und unter Ihrer Decke ist es angenehm frisch. So fühlen sich gute Sommernächte an. Entdecken Sie Lingo.',
      marketing_copy_c:
        'Sommeraktion: Zu jeder Lingo gibt es diese Woche einen passenden Kissenbezug gratis. Sichern Sie sich Ihre Decke!',
    },
    { field: 'seo_title', find: '150 × 200 cm', replace: '160 × 200 cm', labels: ['number_invented'] },
    'Sie darf direkt in die Waschmaschine; wir empfehlen ein Schonprogramm bei höchstens 30 °C.',
  ),
  listing(
    'p04',
    'cooling_summer_quilts',
    'ja',
    QUILT_ZH,
    QUILT_SRC,
    {
      translated_description:
        'Lingoの夏掛けは、表地に接触冷感素材を使用。かけた瞬間から手ざわりがひんやりして、夏にエアコンをつけて眠るときにぴったりです。中わたは約0.6kgの繊維わたで、薄くて通気性がよく、ムレにくいのが特長です。サイズは150×200cmと200×230cmの2種類で、シングルにもダブルにも選べます。縁はパイピング仕上げなので、何度洗ってもほつれにくくなっています。洗濯機でそのまま洗え、30℃以下の弱水流コースがおすすめです。干せばすぐに乾きます。カラーはライトグレー、ミストブルー、ミルクホワイトの3色。ワンポイント：使う前に水通しをしておくと、よりやわらかな手ざわりになります。',
      seo_title: 'Lingo 接触冷感 夏掛け布団 洗える 150×200cm',
      meta_description:
        'ひんやり気持ちいい接触冷感の夏掛け。薄手で通気性がよく、洗濯機で丸洗いOK。150×200cmと200×230cmの2サイズ、3色から選べます。',
      h1: 'Lingo ひんやり、ぐっすり夏の夜',
      marketing_copy_a:
        'シーツのように軽く、洗濯機で気軽に洗えて、ベッドに合わせてサイズも選べます。夏の寝具はこれで十分。今すぐ購入。',
      marketing_copy_b:
        '寝苦しい夜も、肌にふれた瞬間ひんやり。エアコンの風がやさしく感じられ、朝までぐっすり眠れます。ぜひお試しください。',
      marketing_copy_c:
        '夏のキャンペーン中は、おそろいの枕カバーをプレゼント！なくなり次第終了です。お早めにカートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '30℃以下',
      replace: '40℃以下',
      labels: ['number_dropped', 'number_invented'],
    },
    '中わたは約0.6kgの繊維わたで、薄くて通気性がよく、ムレにくいのが特長です。',
  ),
  listing(
    'p05',
    'hydrogel_eye_patches',
    'en',
    PATCH_ZH,
    PATCH_SRC,
    {
      translated_description:
        'Each box of Glowa hydrogel eye patches holds 60 patches – that’s 30 pairs. Every patch is infused with hydrolysed collagen, niacinamide and caffeine and feels wonderfully cool on the skin, which makes it a real help on mornings when you wake up with puffy eyes. Place the patches under your eyes, leave them on for 15 to 20 minutes, then peel them off and simply pat the remaining serum into your skin – no need to rinse. For an even fresher feel, chill them in the fridge for 10 minutes before use. A small pair of tweezers comes in the box, so you can lift the patches out hygienically. Once opened, please use within 8 weeks. Customer Ms Wang says: “After working late, I put on a pair in the morning before my make-up, and my dark circles look so much lighter.”',
      seo_title: 'Glowa Hydrogel Eye Patches with Collagen, 60 Patches',
      meta_description:
        'Cooling hydrogel eye patches with collagen, niacinamide and caffeine: 30 pairs per box for puffy mornings, done in just 15 to 20 minutes.',
      h1: 'Glowa – Bright Eyes After Short Nights',
      marketing_copy_a:
        'Thirty pairs in every box, three skin-loving ingredients and nothing to rinse off: a whole month of quick morning rescues in one little box. Shop Glowa now.',
      marketing_copy_b:
        'Short night, early meeting? Press on a pair of cool patches, breathe, sip your coffee – and face the mirror with a smile. Treat yourself to Glowa.',
      marketing_copy_c:
        'This week only: buy two boxes and get a third one free! Add Glowa to your cart today.',
    },
    {
      field: 'translated_description',
      find: 'for 15 to 20 minutes',
      replace: 'for 15 to 25 minutes',
      labels: ['number_dropped', 'number_invented'],
    },
    'For an even fresher feel, chill them in the fridge for 10 minutes before use.',
  ),
  listing(
    'p05',
    'hydrogel_eye_patches',
    'fr',
    PATCH_ZH,
    PATCH_SRC,
    {
      translated_description:
        'Chaque boîte de patchs yeux en hydrogel Glowa contient 60 patchs, soit 30 paires. Chaque patch est enrichi en collagène hydrolysé, en niacinamide et en caféine ; frais dès la pose, il fait des merveilles les matins où l’on se réveille les yeux gonflés. Posez-les sous les yeux, laissez agir 15 à 20 minutes, puis retirez-les et faites pénétrer le sérum restant en tapotant, sans rincer. Notre astuce : placez-les 10 minutes au réfrigérateur avant utilisation, l’effet fraîcheur n’en sera que plus net. Une petite pince est fournie dans la boîte pour les saisir de façon plus hygiénique. Après ouverture, à utiliser dans les 8 semaines. Mme Wang, cliente, en témoigne : « Quand j’ai travaillé tard, j’en pose une paire le matin avant de me maquiller, et mes cernes paraissent bien moins marqués. »',
      seo_title: 'Patchs yeux hydrogel Glowa au collagène, 60 patchs',
      meta_description:
        'Patchs yeux en hydrogel au collagène, à la niacinamide et à la caféine : 30 paires par boîte, un effet frais qui défroisse le regard en 15 à 20 minutes.',
      h1: 'Glowa, le regard frais même après une nuit courte',
      marketing_copy_a:
        'Trente paires par boîte, trois actifs bien choisis et pas de rinçage : votre coup d’éclat du matin tient dans une petite boîte. Commandez Glowa dès aujourd’hui.',
      marketing_copy_b:
        'Nuit trop courte, réunion aux aurores ? Quelques minutes de fraîcheur sous les yeux, un café, et le miroir vous sourit à nouveau. Offrez-vous Glowa.',
      marketing_copy_c:
        'Cette semaine seulement : deux boîtes achetées, la troisième offerte ! Ajoutez Glowa à votre panier.',
    },
    { field: 'seo_title', find: '60 patchs', replace: '80 patchs', labels: ['number_invented'] },
    'Après ouverture, à utiliser dans les 8 semaines.',
  ),
  listing(
    'p06',
    'laptop_cooling_pads',
    'de',
    PAD_ZH,
    PAD_SRC,
    {
      translated_description:
        'Der Laptop-Kühler Frio hat 5 Lüfter eingebaut: in der Mitte einen großen 14-cm-Lüfter und in den vier Ecken je einen kleinen 7-cm-Lüfter. Sie können nur den großen Lüfter laufen lassen oder alle zusammen einschalten. Die Drehzahl lässt sich in drei Stufen regeln; auf der niedrigsten Stufe liegt das Betriebsgeräusch bei rund 25 dB, sodass man ihn selbst in der Videokonferenz nicht hört. Die Höhe des Ständers lässt sich in 6 Stufen verstellen: Der Bildschirm kommt höher, Sie schauen seltener nach unten, und Ihr Nacken wird entlastet. Die Auflage aus Metallgewebe verteilt den Luftstrom gleichmäßig und passt für Laptops von 12 bis 17 Zoll. Der Strom kommt über USB, zusätzlich gibt es 2 USB-Anschlüsse für Maus oder USB-Stick. Zwei rutschfeste Stopper an der Vorderkante sorgen dafür, dass der Laptop nicht abrutscht.',
      seo_title: 'Frio Laptop-Kühler mit 5 Lüftern, 12 bis 17 Zoll',
      meta_description:
        'Laptop-Kühlpad Frio mit fünf Lüftern, drei Drehzahlstufen und nur rund 25 dB auf der leisesten Stufe, höhenverstellbar, für Laptops von 12 bis 17 Zoll.',
      h1: 'Frio – kühler Kopf, kühler Laptop',
      marketing_copy_a:
        'Mehr Luft für den Prozessor, mehr Höhe für den Bildschirm und zusätzliche USB-Anschlüsse: ein Zubehör, das gleich mehrere Probleme löst. Jetzt bestellen.',
      marketing_copy_b:
        'Kein heißes Gehäuse auf dem Schoß, kein Lüfterheulen mitten im Meeting – nur ein Laptop, der ruhig und kühl seine Arbeit macht. Entdecken Sie Frio.',
      marketing_copy_c:
        'Nur diese Woche: ein Mauspad gratis zu jedem Frio. Sichern Sie sich Ihren Kühler jetzt!',
    },
    { field: 'meta_description', find: 'rund 25 dB', replace: 'rund 20 dB', labels: ['number_invented'] },
    'Die Höhe des Ständers lässt sich in 6 Stufen verstellen: Der Bildschirm kommt höher, Sie schauen seltener nach unten, und Ihr Nacken wird entlastet.',
  ),
  listing(
    'p06',
    'laptop_cooling_pads',
    'es',
    PAD_ZH,
    PAD_SRC,
    {
      translated_description:
        'La base refrigeradora para portátil Frio lleva 5 ventiladores: uno grande de 14 cm en el centro y cuatro pequeños de 7 cm, uno en cada esquina. Puedes encender solo el grande o todos a la vez. La velocidad tiene tres niveles y, en el más bajo, el ruido ronda los 25 dB, así que ni se oye durante una videollamada. La altura del soporte se ajusta en 6 posiciones: con la pantalla más alta, bajas menos la cabeza y tu cuello lo agradece. La superficie de malla metálica reparte el aire de forma uniforme y sirve para portátiles de 12 a 17 pulgadas. Se alimenta por USB y además tiene 2 puertos USB para conectar el ratón o un pendrive. Dos topes antideslizantes en la parte delantera evitan que el portátil se resbale.',
      seo_title: 'Base refrigeradora para portátil Frio con 5 ventiladores',
      meta_description:
        'Base refrigeradora con cinco ventiladores, tres velocidades y unos 25 dB en la más baja, para portátiles de 12 a 17 pulgadas.',
      h1: 'Frio, tu portátil fresco y tu cuello descansado',
      marketing_copy_a:
        'Más aire para el procesador, la pantalla a mejor altura y puertos USB de sobra: varias ventajas en un solo accesorio. Compra tu Frio.',
      marketing_copy_b:
        'Se acabó el portátil ardiendo sobre las rodillas y el zumbido en plena reunión. Solo tú, tu trabajo y un equipo que se mantiene fresco. Descubre Frio.',
      marketing_copy_c:
        'Solo esta semana: alfombrilla de ratón de regalo con cada Frio. ¡Aprovecha la oferta!',
    },
    {
      field: 'translated_description',
      find: 'uno grande de 14 cm',
      replace: 'uno grande de 16 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'La altura del soporte se ajusta en 6 posiciones: con la pantalla más alta, bajas menos la cabeza y tu cuello lo agradece.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (vertical mouse) takes styles 0-2, listing 2 (bite alarms) 3-5, listing 3 (eye patches) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the English translation of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `**H1:** ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHope this helps! Let me know if you’d like a different tone for any of the copies.`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAs an AI language model, I have no hands-on experience with fishing tackle, so please double-check the angling terms before publishing.`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`json\n{"marketing_copy_a": "${c.marketing_copy_a}"}\n\`\`\`` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({ translated_description: `Translation: ${c.translated_description}` }),
  (c) => ({ marketing_copy_b: `### Emotional copy\n${c.marketing_copy_b}` }),
  (c) => ({ meta_description: `Meta description: ${c.meta_description}` }),
];

// de: listing 1 (face cream) takes styles 0-2, listing 2 (summer quilt) 3-5, listing 3 (cooling pad) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Here is the German translation:\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: `Als KI-Sprachmodell kann ich die Wirkung einer Creme nicht selbst beurteilen, aber hier ist ein emotionaler Text: ${c.marketing_copy_b}`,
  }),
  (c) => ({ meta_description: `<p>${c.meta_description}</p>` }),
  (c) => ({ translated_description: `**Produktbeschreibung:**\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nGerne passe ich die Texte noch an, falls Sie eine andere Tonalität wünschen!`,
  }),
  (c) => ({ seo_title: `Titel: ${c.seo_title}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAs an AI language model, I cannot verify the noise level, but the translation follows the original text closely.`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({ h1: `# ${c.h1}` }),
];

// ja: listing 1 (vertical mouse) takes styles 0-2, listing 2 (summer quilt) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `はい、商品説明を日本語に翻訳しました。\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n別の言い回しが必要な場合は、お気軽にお知らせください。`,
  }),
  (c) => ({ translated_description: `Translation: ${c.translated_description}` }),
  (c) => ({ h1: `**H1見出し：** ${c.h1}` }),
  (c) => ({ marketing_copy_b: `\`\`\`\n${c.marketing_copy_b}\n\`\`\`` }),
];

// es: listing 1 (bite alarms) takes styles 0-2, listing 2 (cooling pad) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la traducción al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<h2>${c.h1}</h2>` }),
  (c) => ({
    marketing_copy_b: `Como modelo de lenguaje de IA, no tengo experiencia propia pescando, pero aquí va una propuesta: ${c.marketing_copy_b}`,
  }),
  (c) => ({ translated_description: `Translation:\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
  (c) => ({ meta_description: `Meta descripción: ${c.meta_description}` }),
];

// fr: listing 1 (face cream) takes styles 0-2, listing 2 (eye patches) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Voici la traduction en français :\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `**Texte marketing A (valeur) :** ${c.marketing_copy_a}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nJ’espère que ces propositions vous conviendront !` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAs an AI, I cannot test cosmetics myself; the translation stays close to the source text.`,
  }),
  (c) => ({ marketing_copy_b: `\`\`\`markdown\n${c.marketing_copy_b}\n\`\`\`` }),
  (c) => ({ h1: `Titre H1 : ${c.h1}` }),
];

export const ROUND_90_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap bite alarms often give up in the first shower of rain.',
      'A fake vertical mouse rarely gets the grip angle right.',
      'Knockoff eye patches can sting sensitive skin.',
      'Imitation hydrogel patches dry out before they do any good.',
    ],
    slogans: ['Your wrist will thank you.', 'Every run, every time.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Office Gift, Best Seller, Top Rated, Free Shipping, New In',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Kühlpads werden nach kurzer Zeit laut.',
      'Nachahmungen der Decke verlieren schnell ihre Kühle.',
      'Eine Fälschung unserer Creme enthält oft Duftstoffe.',
      'Ein Imitat erkennt man an den ausgefransten Kanten.',
    ],
    slogans: ['Kühle Nächte, leichte Träume.', 'Gute Haut, guter Tag.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz und gut: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Top-Angebot, Versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の夏掛けはすぐに毛玉ができてしまいます。',
      'コピー品のマウスは接続が不安定なことがあります。',
      '偽物の冷感素材は、ひんやり感がすぐになくなります。',
      '模倣品のマウスはボタンの反応が遅れがちです。',
    ],
    slogans: ['夏の夜を、もっと涼しく。', '手首に、やさしさを。'],
    chineseLeftovers: ['这款鼠标握起来很舒服，手腕一点也不累。', '这条夏被盖着很凉快，洗完很快就干了。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜人気 おすすめ 新作 在宅ワーク ギフト 送料無料',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los avisadores baratos se estropean con la primera lluvia.',
      'Una imitación de base refrigeradora hace mucho más ruido.',
      'Las falsificaciones no traen receptor inalámbrico.',
      'Un avisador falso te hará perder picadas.',
    ],
    slogans: ['Fresco por dentro, tranquilo por fuera.', 'Cada picada cuenta.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Regalo, novedad, más vendido, envío gratis, oferta especial',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une crème pas chère peut irriter les peaux sensibles.',
      'Les contrefaçons de patchs sèchent en quelques minutes.',
      'Méfiez-vous des faux avis en ligne.',
      'Aucune réplique n’offre la même fraîcheur.',
    ],
    slogans: ['La douceur, tout simplement.', 'Des yeux frais au réveil.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour résumer : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
