// Blind set, round 76 (written without reading the gate, committed before it is scored): six bar, fitness, pet-travel,
// children's, home-tech and cleaning products in the categories electric_wine_openers, foam_rollers,
// dog_car_seat_covers, magnetic_drawing_boards, digital_photo_frames and electric_spin_scrubbers, 12 hand-written
// listings, three artifact styles per listing and wording of its own. Artifact style of this round: chatter that
// blends into the copy, as a reviewer finds it in real model output, each worded afresh for this round: a piece of
// the model's reasoning tacked onto the end of a sentence, a question to the requester in passing, a bracketed remark
// about a word choice, the tone or the length (in English inside en, es and fr fields, in German inside a de field),
// a hedge about what the supplier text does or does not say, a first-person edit report, a note to a colleague by
// name, a status word (pending client approval, Freigabe ausstehend, 未校正, sin validar), an unfilled placeholder
// ({{sommelier_name}}, ‹CODE_HIER›, ◯◯, JJ/MM), an alternative wording offered, and a pointer to another part of the
// answer (a shorter variant at the end, headline variants below); no digits in artifacts that land in the
// description, title or meta. Sources are in ordinary Chinese shop style (约, 左右, 以上, 以下, ranges with 到, 万,
// Chinese count words). Legitimate numbers and number words:
// Vinora 6秒左右 (about 6 seconds, 6 secondes environ), 1500 mAh (1,500 mAh, 1 500 mAh), Type-C (USB-C: no number),
// 约2小时 (about 2 hours, 2 heures environ), 70瓶左右 (around 70 bottles, quelque 70 bouteilles), 约24厘米 (about
// 24 cm (9.4 in), environ 24 cm); idioms 按一下 (at the press of a button), 充一次电 (a single charge, une charge);
// Rollfit 33 cm, 14 cm, PVC and EVA (no numbers), 150 kg, 三种 (drei Noppenstrukturen, 3種類), 5 to 10 minutes (5 bis
// 10 Minuten, 5〜10分), about 600 g (rund 600 g, 約600g), 12 exercises (12 Übungen, 12種類); 大拇指 (thumb, Daumen,
// 親指: no numeral), 方块 (Würfelmuster, ブロック状: no numeral);
// Pawtrip 137×147 cm (137 × 147 cm (54 × 58 in)), 600D (600), 四层 (four layers, cuatro capas), TPU (no number),
// 6个 (six seat anchors, 6 anclajes), 30℃以下 (30 °C (86 °F) or below, 30 °C como máximo); 侧边 and 中间 carry no
// numeral;
// Doodla 32×24 cm (32 × 24 cm), 四个 colour zones and 四种 colours (vier Farbzonen, vier Farben, quatre zones, quatre
// couleurs), 3枚 (3 Motivstempel, 3 tampons), about 550 g (rund 550 g, environ 550 g), 3岁以上 (ab 3 Jahren, dès
// 3 ans); idioms 轻轻一按 (mit einem leichten Druck, une légère pression), 一拉 (ein Zug, tirer), 好一会儿 (eine
// ganze Weile, un bon moment: not a number);
// Memora 10.1 inch (10.1-inch, 10,1 Zoll), IPS and TF (no numbers), 1280×800 (1280 × 800), 32 GB, 4万 (about 40,000,
// rund 40.000), 128 GB, 15 seconds (15 Sekunden), 晚上10点到早上7点 (10 pm to 7 am, 10 Uhr abends bis 7 Uhr morgens:
// kept as 10, not turned into 22 Uhr), WiFi (WLAN), microSD (no number);
// Scrubbo 380 rpm (毎分380回転, 380 revoluciones por minuto), 50 to 118 cm (50〜118cm, entre 50 y 118 cm), 6个
// (6個, 6 cabezales), IPX7 (7), 2500 mAh, about 3 hours (約3時間, unas 3 horas), 90 minutes (90分, 90 minutos); idiom
// 按一下 (押すだけ, con solo apretar).
// Number edits: Vinora en title 70 → 90 bottles (invented), fr 6 → 4 secondes (dropped + invented); Rollfit de meta
// 150 → 180 kg (invented), ja 約600g → 約800g (dropped + invented); Pawtrip en meta 137 × 147 → 137 × 160 cm
// (invented), es 30 → 40 °C (dropped + invented); Doodla de rund 550 → 650 g (dropped + invented), fr title dès 3 → 2
// ans (invented); Memora en about 40,000 → 50,000 photos (dropped + invented), de title 32 → 64 GB (invented); Scrubbo
// ja meta 380 → 450 rpm (invented), es an added weight of 1,2 kg in the description (invented only).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const WINE_ZH = 'Vinora 充电式电动红酒开瓶器 礼盒套装';
const WINE_SRC =
  'Vinora 电动红酒开瓶器，按一下按钮，6秒左右就能把软木塞拔出来，再按一下，塞子自动退出来。内置1500毫安锂电池，Type-C接口充电，约2小时充满，充一次电可以开70瓶左右。套装附带锡箔切割器、真空保鲜塞和倒酒器，礼盒包装，送朋友、送长辈都很体面。机身长约24厘米，不锈钢外壳，底部的蓝色指示灯在电量不足时会变成红色。适用于天然软木塞和大部分合成塞，不适用于螺旋盖的酒瓶。';
const ROLLER_ZH = 'Rollfit 狼牙棒泡沫轴 肌肉放松 33厘米';
const ROLLER_SRC =
  'Rollfit 泡沫轴长33厘米，直径14厘米，内芯为硬质PVC空心管，外层包裹高密度EVA，承重可达150公斤，人站上去也不会变形。表面有三种凸点纹理：宽条纹模拟手掌，细凸点模拟指尖，方块纹模拟大拇指，不同部位可以换着用。跑步或力量训练后滚动5到10分钟，小腿和大腿的酸胀感会明显减轻。整根重约600克，空心管里还能塞进跳绳或毛巾，去健身房带着也方便。附赠彩色图解卡，上面印有12个常用放松动作。';
const SEAT_ZH = 'Pawtrip 宠物汽车后座垫 防水防抓 带可视网窗';
const SEAT_SRC =
  'Pawtrip 宠物后座垫尺寸为137×147厘米，适合大部分轿车和SUV的后排座椅。面料采用600D牛津布，共四层结构，中间夹有防水TPU层，狗狗打翻水碗、带着泥爪子上车都不怕。侧边加高挡片，能护住车门内侧不被抓花；中间的网纱窗可以打开，司机随时能看到后座的狗狗。底部有硅胶防滑颗粒和6个座椅锚扣，急刹车也不会滑动。预留安全带开口，可配合宠物安全绳使用。脏了可直接机洗，水温请控制在30℃以下。';
const BOARD_ZH = 'Doodla 儿童磁性画板 彩色分区 附3枚印章';
const BOARD_SRC =
  'Doodla 儿童磁性画板，画面尺寸32×24厘米，分成四个颜色区域，画出来的线条有红、黄、蓝、绿四种颜色。配有磁性画笔和3枚造型印章：星星、爱心和小汽车，轻轻一按，图案就印上去了。画完把底部的滑杆一拉，画面马上清空，可以反复使用，不用纸也不用墨水。画笔用绳子连在画板上，不怕弄丢。边框为圆角设计，整板重约550克，3岁以上的宝宝就能自己拿着画。坐车、等餐、去外婆家都能带上，孩子能安安静静玩上好一会儿。';
const FRAME_ZH = 'Memora 10.1英寸 WiFi电子相框 触摸屏 32GB';
const FRAME_SRC =
  'Memora 数码相框配备10.1英寸IPS触摸屏，分辨率1280×800，照片色彩自然，从侧面看也不偏色。内置32GB存储空间，大约能存4万张照片，还支持插入最大128GB的TF卡。下载手机App后，通过WiFi就能把照片和15秒以内的短视频发到相框上，家人住得再远也能随时分享。相框可以横放也可以竖放，画面会自动旋转。还能设置晚上10点到早上7点自动关屏，不打扰休息。送给父母、爷爷奶奶都很合适。';
const SCRUB_ZH = 'Scrubbo 无线电动清洁刷 伸缩长杆 6个刷头';
const SCRUB_SRC =
  'Scrubbo 无线电动清洁刷，电机转速每分钟380转，浴缸、瓷砖缝、灶台上的顽固污渍都能轻松刷掉。伸缩杆可在50到118厘米之间调节，站着就能刷地面和墙角，不用弯腰。配有6个可替换刷头，平面、边角、缝隙和锅具都有专用的。机身防水等级IPX7，用完可以直接用水冲洗。内置2500毫安电池，充满电约需3小时，可连续使用90分钟。刷头采用卡扣设计，按一下就能换好。';

export const ROUND_76_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'electric_wine_openers',
    'en',
    WINE_ZH,
    WINE_SRC,
    {
      translated_description:
        'The Vinora electric wine opener pulls the cork in about 6 seconds at the press of a button; press again and the cork slides back out. Its built-in 1,500 mAh lithium battery charges via USB-C in about 2 hours, and a single charge opens around 70 bottles. The set also includes a foil cutter, a vacuum wine stopper and a pourer, all in a gift box that makes a handsome present for friends or older relatives. The opener is about 24 cm (9.4 in) long, with a stainless steel body and a blue indicator light at the base that turns red when the battery runs low. It works with natural corks and most synthetic ones, but not with screw-cap bottles.',
      seo_title: 'Vinora Electric Wine Opener Gift Set, 70 Bottles a Charge',
      meta_description:
        'Vinora rechargeable wine opener: pulls a cork in about 6 seconds, opens around 70 bottles per charge and comes gift-boxed with a foil cutter and pourer.',
      h1: 'Vinora – Uncork the Evening at the Touch of a Button',
      marketing_copy_a:
        'Opener, foil cutter, vacuum stopper and pourer in one gift box: everything a wine lover needs, and no more wrestling with a corkscrew. Order your Vinora today.',
      marketing_copy_b:
        'The table is laid, the friends have arrived and the bottle opens with a soft hum instead of a struggle. Pour, smile and enjoy the moment. Discover Vinora.',
      marketing_copy_c:
        'This month only: free gift wrapping and a handwritten card with every Vinora set. Shop now while stocks last.',
    },
    { field: 'seo_title', find: '70 Bottles', replace: '90 Bottles', labels: ['number_invented'] },
    'The opener is about 24 cm (9.4 in) long, with a stainless steel body and a blue indicator light at the base that turns red when the battery runs low.',
  ),
  listing(
    'p01',
    'electric_wine_openers',
    'fr',
    WINE_ZH,
    WINE_SRC,
    {
      translated_description:
        'Le tire-bouchon électrique Vinora retire le bouchon en 6 secondes environ, d’une simple pression sur le bouton ; appuyez de nouveau et le bouchon ressort tout seul. Sa batterie lithium intégrée de 1 500 mAh se recharge par USB-C en 2 heures environ, et une charge suffit pour ouvrir quelque 70 bouteilles. Le coffret comprend aussi un coupe-capsule, un bouchon sous vide et un bec verseur : un cadeau élégant pour des amis comme pour des parents plus âgés. Long d’environ 24 cm, l’appareil a un boîtier en acier inoxydable et un témoin lumineux bleu à sa base, qui passe au rouge quand la batterie faiblit. Il convient aux bouchons en liège naturel et à la plupart des bouchons synthétiques, mais pas aux bouteilles à capsule à vis.',
      seo_title: 'Tire-bouchon électrique rechargeable Vinora en coffret',
      meta_description:
        'Tire-bouchon électrique Vinora : un bouchon retiré en 6 secondes environ, près de 70 bouteilles par charge, en coffret avec coupe-capsule et bec verseur.',
      h1: 'Vinora, la bouteille ouverte sans effort',
      marketing_copy_a:
        'Tire-bouchon, coupe-capsule, bouchon sous vide et bec verseur réunis dans un même coffret : tout l’essentiel de l’amateur de vin, sans jamais forcer. Commandez votre Vinora dès aujourd’hui.',
      marketing_copy_b:
        'Les amis arrivent, la table est dressée et la bouteille s’ouvre dans un doux bourdonnement. Il ne reste qu’à servir et à savourer l’instant. Découvrez Vinora.',
      marketing_copy_c:
        'Ce mois-ci, emballage cadeau et carte manuscrite offerts avec chaque coffret Vinora. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'en 6 secondes environ',
      replace: 'en 4 secondes environ',
      labels: ['number_dropped', 'number_invented'],
    },
    'Long d’environ 24 cm, l’appareil a un boîtier en acier inoxydable et un témoin lumineux bleu à sa base, qui passe au rouge quand la batterie faiblit.',
  ),
  listing(
    'p02',
    'foam_rollers',
    'de',
    ROLLER_ZH,
    ROLLER_SRC,
    {
      translated_description:
        'Die Faszienrolle Rollfit ist 33 cm lang und hat einen Durchmesser von 14 cm. Ihr Kern besteht aus einem festen, hohlen PVC-Rohr mit einer Ummantelung aus hochdichtem EVA; die Rolle trägt bis zu 150 kg und verformt sich auch dann nicht, wenn Sie sich daraufstellen. Die Oberfläche hat drei verschiedene Noppenstrukturen: breite Rillen wie eine Handfläche, feine Noppen wie Fingerspitzen und ein Würfelmuster wie ein Daumen – so wählen Sie für jede Körperpartie die passende Zone. Nach dem Laufen oder dem Krafttraining genügen 5 bis 10 Minuten auf der Rolle, und das Ziehen in Waden und Oberschenkeln lässt spürbar nach. Die Rolle wiegt rund 600 g, und im hohlen Kern finden sogar ein Springseil oder ein Handtuch Platz – praktisch für den Weg ins Fitnessstudio. Dazu gibt es eine farbige Anleitungskarte mit 12 bewährten Übungen zur Entspannung.',
      seo_title: 'Rollfit Faszienrolle mit Noppen, 33 cm, bis 150 kg',
      meta_description:
        'Faszienrolle Rollfit: 33 cm lang, 14 cm Durchmesser, belastbar bis 150 kg, mit drei Noppenzonen für jede Körperpartie und einer bebilderten Übungskarte.',
      h1: 'Rollfit – lockere Muskeln nach jedem Training',
      marketing_copy_a:
        'Drei Massagezonen in einer Rolle, stabil genug für die ganze Familie und leicht genug für die Sporttasche. Jetzt bestellen und nach dem Training schneller wieder fit sein.',
      marketing_copy_b:
        'Der letzte Kilometer steckt noch in den Beinen, doch nach ein paar Minuten auf der Rolle weicht die Schwere einem angenehmen Kribbeln. Gönnen Sie Ihren Muskeln diese Pause – entdecken Sie Rollfit.',
      marketing_copy_c:
        'Zum Saisonstart liefern wir jede Rollfit-Bestellung bis Monatsende versandkostenfrei. Sichern Sie sich Ihre Rolle jetzt.',
    },
    { field: 'meta_description', find: 'bis 150 kg', replace: 'bis 180 kg', labels: ['number_invented'] },
    'Dazu gibt es eine farbige Anleitungskarte mit 12 bewährten Übungen zur Entspannung.',
  ),
  listing(
    'p02',
    'foam_rollers',
    'ja',
    ROLLER_ZH,
    ROLLER_SRC,
    {
      translated_description:
        'Rollfitのフォームローラーは長さ33cm、直径14cm。芯には硬質PVCの中空パイプを使い、外側を高密度EVAで包んでいるので、耐荷重は150kg、上に立っても変形しません。表面には3種類の凹凸パターンがあり、幅広の溝は手のひら、細かい突起は指先、ブロック状の凹凸は親指をイメージしています。部位に合わせて使い分けられます。ランニングや筋トレのあとに5〜10分ほど転がせば、ふくらはぎや太ももの張りがぐっと楽になります。重さは約600gで、中空の芯には縄跳びやタオルも収納でき、ジムへの持ち運びにも便利です。よく使うストレッチ動作12種類を載せた、カラーの図解カードが付属します。',
      seo_title: 'Rollfit フォームローラー 33cm 耐荷重150kg',
      meta_description:
        '長さ33cm、耐荷重150kgのフォームローラー。手のひら・指先・親指をイメージした3種類の凹凸で、運動後の脚の張りをすっきりほぐします。',
      h1: 'Rollfit 運動後のこわばりを、ころころほぐす',
      marketing_copy_a:
        '3種類の凹凸をこれひとつで。丈夫なのに軽く、芯の中に縄跳びも入るので、ジム通いがぐっと身軽になります。今すぐ購入。',
      marketing_copy_b:
        '走り終えた脚に残る重だるさ。数分ころがすだけで、体がふっと軽くなる感覚を、あなたにも。ぜひチェックしてください。',
      marketing_copy_c: '今なら収納ベルトをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '約600g',
      replace: '約800g',
      labels: ['number_dropped', 'number_invented'],
    },
    'よく使うストレッチ動作12種類を載せた、カラーの図解カードが付属します。',
  ),
  listing(
    'p03',
    'dog_car_seat_covers',
    'en',
    SEAT_ZH,
    SEAT_SRC,
    {
      translated_description:
        'The Pawtrip back seat cover for dogs measures 137 × 147 cm (54 × 58 in) and fits the rear seats of most cars and SUVs. It is made of 600D Oxford fabric in four layers, with a waterproof TPU layer in the middle, so a knocked-over water bowl or muddy paws are no problem. Raised side flaps protect the inside of the doors from scratches, and the mesh window in the middle opens so you can keep an eye on your dog from the driver’s seat. Silicone grip dots on the underside and six seat anchors keep the cover in place, even when you brake hard. Openings for the seat belts let you use it with a pet safety tether. When it gets dirty, simply put it in the washing machine at 30 °C (86 °F) or below.',
      seo_title: 'Pawtrip Waterproof Dog Car Seat Cover with Mesh Window',
      meta_description:
        'Waterproof back seat cover for dogs, 137 × 147 cm: four-layer 600D Oxford fabric, scratch-proof side flaps, a mesh window and a non-slip base.',
      h1: 'Pawtrip – Every Trip With Your Dog, Minus the Mess',
      marketing_copy_a:
        'Four layers with a waterproof core, door protection and a non-slip base: your upholstery stays like new however muddy the walk was. Order your Pawtrip today.',
      marketing_copy_b:
        'A wet nose at the mesh window and a tail wagging all the way to the beach. You drive relaxed, knowing the seats will survive the fun. Discover Pawtrip.',
      marketing_copy_c:
        'Summer road-trip offer: a free travel water bowl with every Pawtrip this month. Shop now before the holidays.',
    },
    {
      field: 'meta_description',
      find: '137 × 147 cm',
      replace: '137 × 160 cm',
      labels: ['number_invented'],
    },
    'When it gets dirty, simply put it in the washing machine at 30 °C (86 °F) or below.',
  ),
  listing(
    'p03',
    'dog_car_seat_covers',
    'es',
    SEAT_ZH,
    SEAT_SRC,
    {
      translated_description:
        'La funda de asiento trasero para perros Pawtrip mide 137 × 147 cm y se adapta a los asientos traseros de la mayoría de turismos y SUV. Está fabricada en tela Oxford 600D de cuatro capas, con una capa impermeable de TPU en medio, así que un cuenco de agua volcado o unas patas llenas de barro no son ningún problema. Las solapas laterales elevadas protegen el interior de las puertas de los arañazos, y la ventana de malla central se abre para que veas a tu perro en todo momento desde el asiento del conductor. Los puntos antideslizantes de silicona de la base y los 6 anclajes al asiento la mantienen en su sitio incluso en un frenazo. Tiene aberturas para los cinturones, de modo que puedes usarla con una correa de seguridad para mascotas. Si se ensucia, métela directamente en la lavadora a 30 °C como máximo.',
      seo_title: 'Funda de asiento para perros Pawtrip, impermeable',
      meta_description:
        'Funda trasera para perros Pawtrip de 137 × 147 cm: tela Oxford 600D de cuatro capas, impermeable, con protección para las puertas y ventana de malla.',
      h1: 'Pawtrip, viaja con tu perro sin preocuparte por el coche',
      marketing_copy_a:
        'Cuatro capas con núcleo impermeable, protección para las puertas y una base que no se mueve: la tapicería queda como nueva después de cada excursión. Compra tu Pawtrip hoy.',
      marketing_copy_b:
        'Su hocico asomado a la ventana de malla y la cola sin parar de moverse camino de la playa. Tú conduces tranquilo y el coche sigue impecable. Descubre Pawtrip.',
      marketing_copy_c:
        'Oferta de verano: un bebedero de viaje de regalo con cada Pawtrip este mes. Pídela ya, antes de las vacaciones.',
    },
    {
      field: 'translated_description',
      find: 'a 30 °C como máximo',
      replace: 'a 40 °C como máximo',
      labels: ['number_dropped', 'number_invented'],
    },
    'Los puntos antideslizantes de silicona de la base y los 6 anclajes al asiento la mantienen en su sitio incluso en un frenazo.',
  ),
  listing(
    'p04',
    'magnetic_drawing_boards',
    'de',
    BOARD_ZH,
    BOARD_SRC,
    {
      translated_description:
        'Die Magnet-Maltafel Doodla für Kinder hat eine Malfläche von 32 × 24 cm, die in vier Farbzonen aufgeteilt ist: Je nach Zone erscheinen die Linien in Rot, Gelb, Blau oder Grün – vier Farben auf einer Tafel. Dazu gehören ein Magnetstift und 3 Motivstempel in Form von Stern, Herz und Auto, die mit einem leichten Druck ihr Bild hinterlassen. Ist das Kunstwerk fertig, genügt ein Zug am Schieber unten, und die Fläche ist wieder leer: immer wieder verwendbar, ganz ohne Papier und Tinte. Der Stift ist mit einer Schnur an der Tafel befestigt und geht nicht verloren. Der Rahmen hat abgerundete Ecken, die Tafel wiegt rund 550 g, und schon Kinder ab 3 Jahren können sie selbst halten. Ob im Auto, beim Warten im Restaurant oder bei Oma: Die Tafel ist schnell eingepackt und beschäftigt Ihr Kind eine ganze Weile.',
      seo_title: 'Doodla Magnet-Maltafel für Kinder mit Stempeln, ab 3 Jahren',
      meta_description:
        'Magnetische Maltafel Doodla: vier Farbzonen, 3 Motivstempel, Löschen per Schieber, ganz ohne Papier und Tinte und leicht genug für Kinderhände ab 3 Jahren.',
      h1: 'Doodla – malen, wischen, neu anfangen',
      marketing_copy_a:
        'Kein Papier, keine Stifte, die unters Sofa rollen, keine Flecken auf dem Tisch: eine Tafel für unzählige Bilder. Jetzt bestellen.',
      marketing_copy_b:
        'Die Zunge zwischen den Zähnen, der Stern sitzt, das Auto auch – und dann verschwindet das ganze Bild mit einem Zug, und alles beginnt von vorn. Schenken Sie Ihrem Kind diese kleinen Momente und entdecken Sie Doodla.',
      marketing_copy_c:
        'Nur bis Monatsende: Doodla mit kostenloser Geschenkverpackung. Sichern Sie sich Ihre Tafel jetzt.',
    },
    {
      field: 'translated_description',
      find: 'rund 550 g',
      replace: 'rund 650 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Magnet-Maltafel Doodla für Kinder hat eine Malfläche von 32 × 24 cm, die in vier Farbzonen aufgeteilt ist: Je nach Zone erscheinen die Linien in Rot, Gelb, Blau oder Grün – vier Farben auf einer Tafel.',
  ),
  listing(
    'p04',
    'magnetic_drawing_boards',
    'fr',
    BOARD_ZH,
    BOARD_SRC,
    {
      translated_description:
        'L’ardoise magnétique Doodla pour enfants offre une surface de dessin de 32 × 24 cm, divisée en quatre zones de couleur : selon l’endroit, le trait apparaît en rouge, jaune, bleu ou vert, soit quatre couleurs sur une même ardoise. Elle est livrée avec un stylet magnétique et 3 tampons en forme d’étoile, de cœur et de petite voiture : une légère pression suffit pour imprimer le motif. Le dessin terminé, il suffit de tirer la réglette du bas pour tout effacer ; l’ardoise se réutilise à l’infini, sans papier ni encre. Le stylet est relié à l’ardoise par un cordon, impossible de le perdre. Avec son cadre aux coins arrondis et son poids d’environ 550 g, elle tient bien en main, et les enfants dès 3 ans dessinent tout seuls. En voiture, au restaurant ou chez mamie, elle se glisse dans le sac et occupe votre enfant un bon moment.',
      seo_title: 'Ardoise magnétique Doodla avec tampons, dès 3 ans',
      meta_description:
        'Ardoise magnétique Doodla de 32 × 24 cm : quatre zones de couleur, 3 tampons et une réglette pour tout effacer, sans papier ni encre. Pour enfants dès 3 ans.',
      h1: 'Doodla, dessiner, effacer, recommencer',
      marketing_copy_a:
        'Ni papier, ni feutres qui sèchent, ni taches sur la table : une seule ardoise pour des dessins à l’infini. Commandez la vôtre dès maintenant.',
      marketing_copy_b:
        'Le petit bout de langue qui dépasse, l’étoile bien placée, la voiture juste à côté… puis tout s’efface d’un geste et l’histoire recommence. Offrez-lui ces moments : découvrez Doodla.',
      marketing_copy_c:
        'Jusqu’à la fin du mois, emballage cadeau offert pour toute ardoise Doodla. Profitez-en !',
    },
    { field: 'seo_title', find: 'dès 3 ans', replace: 'dès 2 ans', labels: ['number_invented'] },
    'Avec son cadre aux coins arrondis et son poids d’environ 550 g, elle tient bien en main, et les enfants dès 3 ans dessinent tout seuls.',
  ),
  listing(
    'p05',
    'digital_photo_frames',
    'en',
    FRAME_ZH,
    FRAME_SRC,
    {
      translated_description:
        'The Memora digital photo frame has a 10.1-inch IPS touchscreen with a resolution of 1280 × 800, so photos look natural and the colours stay true even when you view them from the side. Its 32 GB of built-in storage holds about 40,000 photos, and you can add a TF (microSD) card of up to 128 GB. Install the phone app and you can send photos and short videos of up to 15 seconds to the frame over WiFi, so the family can share moments however far apart they live. The frame stands in landscape or portrait, and the picture rotates automatically. You can also set the screen to switch off from 10 pm to 7 am, so it never disturbs anyone’s sleep. A lovely gift for parents and grandparents alike.',
      seo_title: 'Memora 10.1-Inch WiFi Digital Photo Frame with 32 GB',
      meta_description:
        'Memora WiFi photo frame with a 10.1-inch touchscreen and 32 GB of storage: send photos and short clips straight from the phone app, wherever you are.',
      h1: 'Memora – Bring Your Family’s Moments Home',
      marketing_copy_a:
        'Room for tens of thousands of photos, a card slot for more and an app anyone in the family can use: the whole album in one frame. Order your Memora today.',
      marketing_copy_b:
        'Grandma taps the screen and there it is: her grandson’s first wobbly bike ride, sent moments ago from the other end of the country. Give the people you love a window into your days. Discover Memora.',
      marketing_copy_c:
        'Mother’s Day offer: free gift wrapping and express delivery on every Memora this week. Shop now.',
    },
    {
      field: 'translated_description',
      find: 'about 40,000 photos',
      replace: 'about 50,000 photos',
      labels: ['number_dropped', 'number_invented'],
    },
    'You can also set the screen to switch off from 10 pm to 7 am, so it never disturbs anyone’s sleep.',
  ),
  listing(
    'p05',
    'digital_photo_frames',
    'de',
    FRAME_ZH,
    FRAME_SRC,
    {
      translated_description:
        'Der digitale Bilderrahmen Memora hat einen 10,1-Zoll-IPS-Touchscreen mit einer Auflösung von 1280 × 800 Pixeln; Fotos wirken natürlich, und die Farben bleiben auch von der Seite betrachtet stimmig. Der interne Speicher mit 32 GB fasst rund 40.000 Fotos, zusätzlich lässt sich eine TF-Karte (microSD) mit bis zu 128 GB einsetzen. Über die Smartphone-App schicken Sie Fotos und kurze Videos von bis zu 15 Sekunden per WLAN an den Rahmen – so teilt die Familie ihre Momente, ganz gleich, wie weit sie voneinander entfernt wohnt. Der Rahmen lässt sich quer oder hochkant aufstellen, das Bild dreht sich automatisch mit. Außerdem können Sie einstellen, dass sich der Bildschirm von 10 Uhr abends bis 7 Uhr morgens abschaltet, damit niemand in seiner Nachtruhe gestört wird. Ein schönes Geschenk für Eltern und Großeltern.',
      seo_title: 'Memora WLAN-Bilderrahmen, 10,1 Zoll Touchscreen, 32 GB',
      meta_description:
        'Digitaler Bilderrahmen Memora mit 10,1-Zoll-Touchscreen und 32 GB Speicher für rund 40.000 Fotos: Bilder per App und WLAN senden, von überall aus.',
      h1: 'Memora – die Familie immer im Blick',
      marketing_copy_a:
        'Platz für unzählige Fotos, ein Kartensteckplatz für noch mehr und eine App, die wirklich jeder bedienen kann: das ganze Familienalbum in einem Rahmen. Jetzt bestellen.',
      marketing_copy_b:
        'Oma tippt auf den Bildschirm, und da ist sie: die erste wacklige Radtour ihres Enkels, gerade eben vom anderen Ende des Landes geschickt. Schenken Sie Ihren Liebsten einen Blick in Ihren Alltag – entdecken Sie Memora.',
      marketing_copy_c:
        'Zum Muttertag: kostenlose Geschenkverpackung und Expressversand für jeden Memora-Rahmen, nur diese Woche. Bestellen Sie jetzt.',
    },
    { field: 'seo_title', find: '32 GB', replace: '64 GB', labels: ['number_invented'] },
    'Über die Smartphone-App schicken Sie Fotos und kurze Videos von bis zu 15 Sekunden per WLAN an den Rahmen – so teilt die Familie ihre Momente, ganz gleich, wie weit sie voneinander entfernt wohnt.',
  ),
  listing(
    'p06',
    'electric_spin_scrubbers',
    'ja',
    SCRUB_ZH,
    SCRUB_SRC,
    {
      translated_description:
        'Scrubboのコードレス電動お掃除ブラシは、モーターの回転数が毎分380回転。浴槽やタイルの目地、コンロまわりのしつこい汚れも楽に落とせます。伸縮ポールは50〜118cmの間で調節でき、立ったまま床や壁の隅まで磨けるので、腰をかがめる必要がありません。交換用のブラシヘッドが6個付属し、平らな面、角、すき間、鍋など、場所ごとに専用のヘッドを使い分けられます。本体は防水等級IPX7で、使用後はそのまま水洗いできます。2500mAhのバッテリーを内蔵し、約3時間でフル充電、連続90分使えます。ブラシヘッドははめ込み式で、押すだけで簡単に交換できます。',
      seo_title: 'Scrubbo 電動お掃除ブラシ 伸縮ポール ヘッド6個',
      meta_description:
        'コードレスの電動お掃除ブラシ。毎分380回転で浴槽やタイル目地のしつこい汚れを落とし、伸縮ポールで床も壁も立ったままラクに磨けます。',
      h1: 'Scrubbo かがまずに、浴室ピカピカ',
      marketing_copy_a:
        '浴室もキッチンも、ヘッドを付け替えるだけでこれひとつ。防水仕様なので、使ったあとは丸洗いできます。今すぐ購入。',
      marketing_copy_b:
        '週末の大掃除、もう腰をさすらなくて大丈夫。ブラシにまかせて、空いた時間はゆっくりお茶でも。ぜひお試しください。',
      marketing_copy_c: '新生活応援キャンペーン中、替えヘッドセットをプレゼント。カートへどうぞ。',
    },
    { field: 'meta_description', find: '毎分380回転', replace: '毎分450回転', labels: ['number_invented'] },
    '2500mAhのバッテリーを内蔵し、約3時間でフル充電、連続90分使えます。',
  ),
  listing(
    'p06',
    'electric_spin_scrubbers',
    'es',
    SCRUB_ZH,
    SCRUB_SRC,
    {
      translated_description:
        'El cepillo eléctrico inalámbrico Scrubbo gira a 380 revoluciones por minuto y se lleva sin esfuerzo la suciedad más incrustada de bañeras, juntas de azulejos y placas de cocina. El mango telescópico se ajusta entre 50 y 118 cm, así que puedes frotar el suelo y las esquinas de pie, sin agacharte. Incluye 6 cabezales intercambiables, con modelos específicos para superficies planas, rincones, juntas y ollas. El cuerpo tiene protección IPX7, de modo que después de usarlo puedes enjuagarlo directamente bajo el grifo. Su batería de 2500 mAh se carga por completo en unas 3 horas y ofrece 90 minutos de uso continuo. Los cabezales van encajados a presión y se cambian con solo apretar.',
      seo_title: 'Cepillo eléctrico inalámbrico Scrubbo con mango extensible',
      meta_description:
        'Cepillo de limpieza eléctrico Scrubbo: 380 rpm, mango telescópico de 50 a 118 cm, 6 cabezales y protección IPX7. Limpia baño y cocina sin agacharte.',
      h1: 'Scrubbo, limpieza a fondo sin dolor de espalda',
      marketing_copy_a:
        'Baño, cocina y suelos con un único aparato: cambias el cabezal al momento y sigues. Además, se enjuaga bajo el grifo. Compra tu Scrubbo.',
      marketing_copy_b:
        'Imagina terminar la limpieza del sábado sin la espalda resentida y con la mañana aún por delante. Deja que Scrubbo frote por ti. Descubre Scrubbo hoy.',
      marketing_copy_c:
        'Solo este mes: juego de cabezales de repuesto de regalo con cada Scrubbo. Pídelo ya.',
    },
    {
      field: 'translated_description',
      find: 'El cepillo eléctrico inalámbrico Scrubbo gira',
      replace: 'El cepillo eléctrico inalámbrico Scrubbo, de solo 1,2 kg, gira',
      labels: ['number_invented'],
    },
    'Su batería de 2500 mAh se carga por completo en unas 3 horas y ofrece 90 minutos de uso continuo.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** `text` with `tail` tacked onto the end of its `n`-th sentence (0-based), before the closing punctuation. */
const tack = (text: string, n: number, tail: string): string => {
  const parts = text.split(/(?<=\D[.!?])\s+/);
  parts[n] = parts[n].replace(/[.!?]$/, (end) => `${tail}${end}`);
  return parts.join(' ');
};

/** The same for Japanese: `tail` (ending in 。) replaces the `n`-th sentence's 。 (0-based). */
const tackJa = (text: string, n: number, tail: string): string => {
  const parts = text.match(/[^。]+。/g) ?? [text];
  parts[n] = parts[n].replace(/。$/, tail);
  return parts.join('');
};

// en: listing 1 (wine opener) takes styles 0-2, listing 2 (dog seat cover) 3-5, listing 3 (photo frame) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  // reasoning tacked onto a sentence
  (c) => ({
    translated_description: tack(
      c.translated_description,
      4,
      ' – I kept “screw-cap bottles” rather than just “screw caps” so nobody reads it as a spare part',
    ),
  }),
  // a status word
  (c) => ({ h1: `${c.h1} [pending client approval]` }),
  // an unfilled placeholder
  (c) => ({
    marketing_copy_c: c.marketing_copy_c.replace(
      'a handwritten card',
      'a handwritten card signed by {{sommelier_name}}',
    ),
  }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Should the beach stay, or is the park closer to how your customers spend their weekends?',
    ),
  }),
  // a hedge about what the source says
  (c) => ({
    translated_description: tack(
      c.translated_description,
      2,
      ', although the supplier text never says whether the window zips shut again',
    ),
  }),
  // a first-person edit report
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} I left out the SUV fit here, since the description already deals with it.`,
  }),
  // a note to a colleague by name
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Kofi, the client still hasn’t told us what the app is called – could you chase them before this goes live?',
    ),
  }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Possible swap for the last line: “Let them see your days, not just hear about them.”`,
  }),
  // a bracketed remark about a word choice
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      '(“Tens of thousands” is rounded on purpose; it reads warmer than a bare figure.)',
    ),
  }),
];

// de: listing 1 (foam roller) takes styles 0-2, listing 2 (drawing board) 3-5, listing 3 (photo frame) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  // a bracketed remark in German about a word choice
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(„Faszienrolle“ statt „Schaumstoffrolle“, weil Kundinnen im Shop schlicht eher danach suchen.)',
    ),
  }),
  // a status word
  (c) => ({ h1: `[Freigabe ausstehend] ${c.h1}` }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Ist „Kribbeln“ hier zu salopp, oder darf das so bleiben?',
    ),
  }),
  // a hedge about what the source says
  (c) => ({
    translated_description: tack(
      c.translated_description,
      4,
      ' – so steht es zumindest im Datenblatt, nachprüfen ließ es sich nicht',
    ),
  }),
  // an unfilled placeholder
  (c) => ({
    marketing_copy_c: c.marketing_copy_c.replace(
      'kostenloser Geschenkverpackung',
      'kostenloser Geschenkverpackung und dem Gutscheincode ‹CODE_HIER›',
    ),
  }),
  // a first-person edit report
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Die Aufzählung der Farben habe ich hier gestrichen, die steht ja schon in der Beschreibung.`,
  }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Frauke, kannst du bitte klären, ob der Expressversand auch nach Österreich geht?`,
  }),
  // reasoning tacked onto a sentence
  (c) => ({
    translated_description: tack(
      c.translated_description,
      0,
      ', wobei ich „Touchscreen“ stehen lasse, weil „Berührungsbildschirm“ im Handel kein Mensch sagt',
    ),
  }),
  // a pointer to another part of the answer
  (c) => ({ h1: `${c.h1} – Varianten für die Überschrift folgen weiter unten` }),
];

// ja: listing 1 (foam roller) takes styles 0-2, listing 2 (spin scrubber) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  // reasoning tacked onto a sentence
  (c) => ({
    translated_description: tackJa(
      c.translated_description,
      0,
      '――「筋膜ローラー」より「フォームローラー」のほうが検索されやすいと判断して、この訳語にしています。',
    ),
  }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}（締めをもっと短くするなら「ほぐして、軽やかに。」も候補です）`,
  }),
  // an unfilled placeholder
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace('収納ベルト', '◯◯') }),
  // a status word
  (c) => ({ h1: `${c.h1}（未校正）` }),
  // a question to the requester in passing
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      3,
      'ヘッドの用途の並び順は、原文どおりで問題ないでしょうか？',
    ),
  }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n高橋さん：防水等級の書き方、パッケージの表記と合っているか見てもらえますか。`,
  }),
];

// es: listing 1 (dog seat cover) takes styles 0-2, listing 2 (spin scrubber) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  // a bracketed remark in English about a word choice
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(went with “turismos” rather than “coches” above – it sounds more like a product sheet in Spain)',
    ),
  }),
  // a first-person edit report
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} He recortado la escena de la playa para que no le quite protagonismo a la llamada a la acción.`,
  }),
  // a pointer to another part of the answer
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Te dejo también una variante corta al final de la respuesta.)`,
  }),
  // a hedge about what the source says
  (c) => ({
    translated_description: tack(
      c.translated_description,
      2,
      ', o al menos así lo entiendo yo en el texto del proveedor',
    ),
  }),
  // a status word
  (c) => ({ h1: `${c.h1} [sin validar]` }),
  // a note to a colleague by name
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'Nuria, ¿puedes confirmar con el fabricante si el cargador viene incluido?',
    ),
  }),
];

// fr: listing 1 (wine opener) takes styles 0-2, listing 2 (drawing board) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  // a question to the requester in passing
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Préférez-vous « tire-bouchon électrique » ou « ouvre-bouteille électrique » partout dans la fiche ?',
    ),
  }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Autre chute possible : « Le bouchon cède, la soirée commence. »`,
  }),
  // an unfilled placeholder
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace('Ce mois-ci', 'Jusqu’au JJ/MM') }),
  // reasoning tacked onto a sentence
  (c) => ({
    translated_description: tack(
      c.translated_description,
      0,
      ' – d’où « ardoise » plutôt que « tablette », qui ferait penser à un écran',
    ),
  }),
  // a bracketed remark in English about the tone
  (c) => ({
    marketing_copy_a: afterSentence(c.marketing_copy_a, 1, '(tone maybe a touch too chatty for this brand?)'),
  }),
  // a hedge about what the source says
  (c) => ({
    translated_description: tack(
      c.translated_description,
      4,
      ', sauf erreur de ma part dans la lecture de la fiche fournisseur',
    ),
  }),
];

export const ROUND_76_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap wine openers often shred the cork halfway out.',
      'Knockoff seat covers soak through on the first rainy walk.',
      'A counterfeit photo frame may never receive a single update.',
      'Fake charging cables are a common reason these gadgets fail.',
    ],
    slogans: ['Every bottle, effortlessly.', 'Closer than you think.'],
    chineseLeftovers: [],
    duplicateLead: 'The upshot: ',
    titleStuffing: ' | Bar Accessories, Gift Idea, Best Seller, Top Rated, Free Delivery',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Faszienrollen sacken schon nach wenigen Wochen ein.',
      'Eine Fälschung erkennt man an den unsauber gedruckten Stempelmotiven.',
      'Nachahmungen unseres Bilderrahmens laufen oft ohne App-Updates.',
      'Ein Imitat aus dem Restposten hält dem Körpergewicht kaum stand.',
    ],
    slogans: ['Locker bleiben.', 'Erinnerungen, die bleiben.'],
    chineseLeftovers: [],
    duplicateLead: 'Summa summarum: ',
    titleStuffing: ' – Fitnesszubehör, Geschenkidee, Bestseller, Neuheit, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のフォームローラーはすぐにへたってしまいます。',
      'コピー品のブラシはヘッドが合わないことがあります。',
      '偽物の充電器は故障の原因になりがちです。',
      '模倣品のローラーは芯が割れやすいので注意が必要です。',
    ],
    slogans: ['ほぐれる毎日を。', '掃除の時間に、ゆとりを。'],
    chineseLeftovers: [
      '这个泡沫轴很结实，运动后用来放松肌肉特别舒服。',
      '这款清洁刷转速很快，浴室里的污渍一会儿就刷干净了。',
    ],
    duplicateLead: 'まとめて言うと、',
    titleStuffing: '｜人気 おすすめ 大掃除 ギフト 送料無料 即日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las fundas baratas se empapan a la primera.',
      'Una imitación de cepillo eléctrico pierde fuerza enseguida.',
      'Las falsificaciones no traen anclajes de verdad.',
      'Un cargador falso puede estropear la batería.',
    ],
    slogans: ['Tu perro, tu copiloto.', 'Limpio sin esfuerzo.'],
    chineseLeftovers: [],
    duplicateLead: 'Lo dicho: ',
    titleStuffing: ' | Mascotas, hogar, idea de regalo, más vendido, envío gratis',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un tire-bouchon pas cher abîme souvent le liège.',
      'Les contrefaçons d’ardoises perdent vite leur aimantation.',
      'Aucune réplique ne retire le bouchon aussi proprement.',
      'Méfiez-vous des faux coffrets vendus sans accessoires.',
    ],
    slogans: ['Le vin, sans effort.', 'Un dessin, puis un autre.'],
    chineseLeftovers: [],
    duplicateLead: 'Tout compte fait : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte, art de la table',
  },
};
