// Blind set, round 71 (written without reading the gate, committed before it is scored): six kitchen, cycling,
// winter, children's and car-care products in the categories electric_egg_boilers, bike_repair_stands,
// rechargeable_hand_warmers, bamboo_cutting_boards, kids_scooters and tyre_pressure_gauges, 12 hand-written listings,
// three artifact styles per listing and wording of its own. This round is a realistic mix, as a reviewer meets it in a
// day of real model output: most artifacts are the common kinds the llm_artifact definition names (a lead-in before
// the description, a markdown label, a code fence, HTML tags, a field-label prefix, an AI disclaimer, sign-offs), some
// are subtler (a bracketed remark about a word choice, a question to the requester, an unfilled placeholder, a status
// word such as "(final)" / "(Entwurf)", a note to a colleague); no digits in artifacts that land in the description,
// title or meta. The clean listings speak in a natural shop voice that sometimes uses words also found in chatter
// ("Tip:", "Please note:", "Hinweis:", "Unser Tipp:", "Astuce :", "Notre conseil :", "豆知識：", "Un consejo:", the
// maker's "we" / "wir" / "nous", questions to the shopper, customer quotes with their speaker). Sources are in
// standard Chinese shop style with ordinary number forms. Legitimate numbers:
// Ovi 两层 (two-tier, deux étages), 14 eggs (quatorze in copy), 7 + 7, 350 W, about 12 minutes, 三档 (three levels,
// trois graduations), 两个 (two, deux) bowls, 304 stainless steel, idioms 一次, 一碗, 一个小孔 (a small hole);
// Cyclo 3.2 kg (3,2 kg), 30 kg, 360 degrees (360 Grad, 360度), 110 to 160 cm, 85 cm, quote by 老张 (Herr Zhang, 張さん);
// Toasty 10000 mAh (10,000 mAh, 10.000 mAh), 两档 (two, dos), about 45 °C (113 °F) and 55 °C (131 °F), 3 seconds,
// about 8 and 5 hours, about 190 g (6.7 oz), Type-C (USB-C, no number), 双面 (both sides: not a number), about 4 hours,
// quote by 李女士 (Ms Li, la clienta Li), idiom 一点都不 (at all);
// Zhuyi 三件套 (drei Bretter, lot de trois), 40×28, 33×24 and 25×18 cm, 1.8 cm (1,8 cm), 5 years (5 Jahre, 5 ans),
// 2 to 3 months (2 bis 3 Monate, 2 à 3 mois), idioms 一面…一面 (one side … the other), 一层 (a thin coat);
// Zoomi 3 to 8 years, 50 kg, 60 to 85 cm (23.6 to 33.5 in), 四档 (four, vier), 2.6 kg (5.7 lb, 2,6 kg), 3 years and
// over, idioms 一踩就停 (one press, mit einem Tritt) and 一键 (one click, mit einem Handgriff);
// Presa 0 to 150 PSI, ±0.5 PSI (±0,5 PSI), 四种 (4種類, cuatro) units, KG/CM² (superscript, not a number), 360 degrees,
// about 20 cm, 两节 AAA (2本, dos pilas AAA), 30 seconds.
// Number edits: Ovi en title 14 → 16 eggs (invented), fr 12 → 15 minutes (dropped + invented); Cyclo de title 30 →
// 35 kg (invented), ja 3.2 → 2.8 kg (dropped + invented); Toasty en meta 10,000 → 12,000 mAh (invented), es 55 → 60 °C
// (dropped + invented); Zhuyi de 1,8 → 2,2 cm (dropped + invented), fr meta 40 → 45 cm (invented); Zoomi en 50 → 55 kg
// (dropped + invented), de title 3–8 → 3–10 Jahre (invented); Presa ja meta 150 → 160 PSI (invented), es ±0,5 → ±1 PSI
// (dropped + invented).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const EGG_ZH = 'Ovi 两层电煮蛋器 可煮14个鸡蛋';
const EGG_SRC =
  'Ovi 两层电煮蛋器一次最多可煮14个鸡蛋，上层7个，下层7个。功率350瓦，加水后约12分钟就能煮好，水烧干会自动断电并蜂鸣提醒。附带的量杯上标有溏心、半熟、全熟三档刻度，按刻度加水，就能煮出自己喜欢的口感。另配两个蒸碗，早上还能顺手蒸一碗鸡蛋羹。发热盘采用304不锈钢，好清洗，不生锈。小贴士：鸡蛋从冰箱拿出来后，先在大头扎一个小孔，煮的时候不容易裂开。';
const STAND_ZH = 'Cyclo 折叠式自行车维修架 承重30公斤';
const STAND_SRC =
  'Cyclo 折叠式自行车维修架采用铝合金管材，整机仅重3.2公斤，最大承重30公斤，公路车、山地车都能夹稳。夹头可360度旋转，修哪里就转到哪里；高度可在110到160厘米之间调节。底座支脚加宽，站得稳，不晃动。附赠磁吸工具托盘，扳手和螺丝不会到处乱放。折叠后长度只有85厘米，放进后备箱也不占地方。车友老张说：“以前修车要蹲在地上，现在站着就能调变速，腰舒服多了。”';
const WARMER_ZH = 'Toasty 充电暖手宝 10000毫安 两档调温';
const WARMER_SRC =
  'Toasty 充电暖手宝内置10000毫安时电池，既能暖手，也能给手机充电。温度分两档：低档约45℃，高档约55℃，开机3秒就能感到热。低档可连续发热约8小时，高档约5小时。机身只有手掌大小，重约190克，双面发热，握在手心里很舒服。采用Type-C接口，约4小时即可充满。冬天通勤、看球赛、户外钓鱼都用得上。温馨提示：高档长时间贴着皮肤容易造成低温烫伤，请装进随附的绒布套里使用。顾客李女士说：“早上等公交，有它在口袋里，手一点都不冷。”';
const BOARD_ZH = 'Zhuyi 楠竹砧板三件套 碳化防霉';
const BOARD_SRC =
  'Zhuyi 楠竹砧板三件套：大号40×28厘米，中号33×24厘米，小号25×18厘米，厚度均为1.8厘米。我们选用生长5年以上的楠竹，经过高温碳化处理，不易发霉，也不易开裂。一面切生食，一面切熟食，生熟分开更卫生。边缘设计了导流槽，切西瓜时汁水不会流到台面上。侧面有挂孔，洗净后挂起来晾干即可。注意：请勿放入洗碗机，也不要长时间泡在水里。建议每2到3个月抹一层食用油，好好保养能用很多年。';
const SCOOTER_ZH = 'Zoomi 儿童折叠滑板车 闪光轮 3-8岁';
const SCOOTER_SRC =
  'Zoomi 儿童折叠滑板车适合3至8岁的孩子，最大承重50公斤。车把高度可在60到85厘米之间分四档调节，孩子长高了也能继续骑。PU闪光轮滚动时自己发电发光，不用装电池。转向靠重心控制，身体往哪边倾，车就往哪边拐，小朋友很快就能学会。后轮带脚踩刹车，一踩就停。铝合金车架，整车重2.6公斤，一键折叠后可以直接拎走。常有家长问：几岁可以开始骑？我们建议3岁以上在大人陪同下使用，并戴好头盔。';
const GAUGE_ZH = 'Presa 数显胎压表 带放气阀 0-150PSI';
const GAUGE_SRC =
  'Presa 数显胎压表测量范围为0到150 PSI，精度±0.5 PSI，可在PSI、BAR、KPA和KG/CM²四种单位之间切换。背光屏幕夜里也看得清楚。气嘴接头连着360度旋转软管，长约20厘米，轮胎气嘴在什么角度都能接上。带放气按钮，胎压打高了可以直接放掉一点。使用两节AAA电池，30秒无操作自动关机。汽车、摩托车、自行车的轮胎都能测。小知识：胎压最好在冷胎时测量，开车后轮胎变热，读数会偏高。';

export const ROUND_71_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'electric_egg_boilers',
    'en',
    EGG_ZH,
    EGG_SRC,
    {
      translated_description:
        'The Ovi two-tier electric egg boiler cooks up to 14 eggs at a time: 7 on the upper tier and 7 on the lower. It runs at 350 W and, once you have added water, has your eggs ready in about 12 minutes; if the water boils dry, it switches off automatically and beeps to let you know. The measuring cup supplied is marked with three levels – runny, medium and hard-boiled – so you simply fill to the line for the texture you like. Two steaming bowls are included as well, so you can steam a bowl of silky egg custard in the morning while you are at it. The heating plate is made of 304 stainless steel, which is easy to clean and does not rust. Tip: when you take eggs straight from the fridge, prick a small hole in the broad end first and they are far less likely to crack.',
      seo_title: 'Ovi Two-Tier Egg Boiler for up to 14 Eggs, 350 W',
      meta_description:
        'Ovi two-tier electric egg boiler for up to 14 eggs: ready in about 12 minutes, with automatic shut-off, a beep alert and a marked measuring cup.',
      h1: 'Ovi – Breakfast Eggs Just the Way You Like Them',
      marketing_copy_a:
        'Fourteen eggs in one go, two steaming bowls and a cup that takes the guesswork out of timing: breakfast for the whole family from a single plug. Order your Ovi today.',
      marketing_copy_b:
        'Runny yolk for dipping toast, or firm enough for the lunchbox? Everyone at the table gets their favourite, and nobody has to stand watching the pan. Discover the Ovi.',
      marketing_copy_c:
        'This week only: a second measuring cup free with every Ovi. Shop now while the offer lasts.',
    },
    { field: 'seo_title', find: 'up to 14 Eggs', replace: 'up to 16 Eggs', labels: ['number_invented'] },
    'The heating plate is made of 304 stainless steel, which is easy to clean and does not rust.',
  ),
  listing(
    'p01',
    'electric_egg_boilers',
    'fr',
    EGG_ZH,
    EGG_SRC,
    {
      translated_description:
        'Le cuiseur à œufs électrique Ovi à deux étages cuit jusqu’à 14 œufs à la fois : 7 en haut et 7 en bas. D’une puissance de 350 W, il prépare vos œufs en 12 minutes environ une fois l’eau ajoutée ; si l’eau vient à manquer, il s’arrête tout seul et émet un bip. Le verre doseur fourni porte trois graduations (coque, mollet et dur) : il suffit de verser l’eau jusqu’au trait pour obtenir la cuisson que vous aimez. Deux bols vapeur sont également fournis, pour préparer au passage un flan aux œufs le matin. La plaque chauffante en acier inoxydable 304 se nettoie facilement et ne rouille pas. Astuce : avec des œufs sortis du réfrigérateur, percez d’abord un petit trou du côté le plus large ; ils risquent beaucoup moins de se fendre.',
      seo_title: 'Cuiseur à œufs Ovi à deux étages, 14 œufs, 350 W',
      meta_description:
        'Cuiseur à œufs électrique Ovi : jusqu’à 14 œufs en 12 minutes environ, arrêt automatique avec bip et verre doseur gradué pour une cuisson à votre goût.',
      h1: 'Ovi, des œufs cuits comme vous les aimez',
      marketing_copy_a:
        'Quatorze œufs d’un coup, deux bols vapeur et un verre doseur qui vous évite de surveiller la montre : le petit-déjeuner de toute la famille sur une seule prise. Commandez votre Ovi dès aujourd’hui.',
      marketing_copy_b:
        'Jaune coulant pour les mouillettes ou bien ferme pour la boîte à lunch ? Chacun a le sien, et personne ne reste planté devant la casserole. Découvrez l’Ovi.',
      marketing_copy_c:
        'Cette semaine seulement : un second verre doseur offert avec chaque Ovi. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'en 12 minutes environ',
      replace: 'en 15 minutes environ',
      labels: ['number_dropped', 'number_invented'],
    },
    'La plaque chauffante en acier inoxydable 304 se nettoie facilement et ne rouille pas.',
  ),
  listing(
    'p02',
    'bike_repair_stands',
    'de',
    STAND_ZH,
    STAND_SRC,
    {
      translated_description:
        'Der klappbare Fahrrad-Montageständer Cyclo besteht aus Aluminiumrohren, wiegt nur 3,2 kg und trägt bis zu 30 kg – Rennrad wie Mountainbike sitzen sicher in der Klemme. Der Klemmkopf dreht sich um 360 Grad, sodass Sie jede Stelle bequem erreichen; die Höhe lässt sich zwischen 110 und 160 cm einstellen. Die verbreiterten Standfüße sorgen für festen Stand ohne Wackeln. Dazu gibt es eine magnetische Werkzeugablage, damit Schlüssel und Schrauben nicht herumliegen. Zusammengeklappt ist der Ständer nur 85 cm lang und passt problemlos in den Kofferraum. Radfahrer Herr Zhang sagt: „Früher habe ich zum Reparieren auf dem Boden gehockt, heute stelle ich die Schaltung im Stehen ein – meinem Rücken geht es viel besser.“',
      seo_title: 'Cyclo Montageständer fürs Fahrrad, klappbar, bis 30 kg',
      meta_description:
        'Klappbarer Fahrrad-Montageständer Cyclo aus Aluminium: nur 3,2 kg leicht, trägt bis zu 30 kg, um 360 Grad drehbare Klemme, Höhe von 110 bis 160 cm.',
      h1: 'Cyclo – schrauben im Stehen statt auf den Knien',
      marketing_copy_a:
        'Werkstattkomfort für Garage, Keller oder Balkon – und danach verschwindet der Ständer zusammengeklappt in der Ecke. Jetzt bestellen.',
      marketing_copy_b:
        'Samstagmorgen, der Kaffee steht auf der Werkbank, das Rad hängt auf Augenhöhe. So macht die Pflege endlich wieder Spaß. Entdecken Sie den Cyclo.',
      marketing_copy_c:
        'Nur diesen Monat: ein Kettenreinigungsset gratis zu jedem Cyclo. Sichern Sie sich Ihren Ständer jetzt.',
    },
    { field: 'seo_title', find: 'bis 30 kg', replace: 'bis 35 kg', labels: ['number_invented'] },
    'Zusammengeklappt ist der Ständer nur 85 cm lang und passt problemlos in den Kofferraum.',
  ),
  listing(
    'p02',
    'bike_repair_stands',
    'ja',
    STAND_ZH,
    STAND_SRC,
    {
      translated_description:
        'Cycloの折りたたみ式自転車メンテナンススタンドは、アルミ合金パイプを採用し、本体重量はわずか3.2kg、最大耐荷重は30kgです。ロードバイクもマウンテンバイクもしっかり固定できます。クランプは360度回転するので、作業する場所に合わせて向きを変えられます。高さは110〜160cmの間で調整可能です。脚部は幅広設計で、ぐらつかずに安定します。マグネット式の工具トレーが付属し、レンチやネジが散らかりません。折りたたむと長さはわずか85cmで、車のトランクにもすっきり収まります。「以前はしゃがんで修理していましたが、今は立ったまま変速の調整ができて、腰がずっと楽になりました」と、サイクリング仲間の張さんも話しています。',
      seo_title: 'Cyclo 折りたたみ自転車スタンド 耐荷重30kg',
      meta_description:
        '重さ3.2kg、耐荷重30kgのアルミ製折りたたみ自転車スタンド。360度回転するクランプと高さ調整で、立ったまま楽に整備できます。',
      h1: 'Cyclo 立ったまま、らくらく自転車整備',
      marketing_copy_a:
        'ガレージでもベランダでも、本格的な整備スペースがすぐに整います。使い終わったら折りたたんで片付けるだけ。今すぐ購入。',
      marketing_copy_b:
        '週末の朝、コーヒー片手に愛車を目の高さでじっくり整備。自転車いじりがもっと楽しくなります。ぜひチェックしてください。',
      marketing_copy_c: '今月限定で、チェーンクリーナーセットをプレゼント中。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: 'わずか3.2kg',
      replace: 'わずか2.8kg',
      labels: ['number_dropped', 'number_invented'],
    },
    '折りたたむと長さはわずか85cmで、車のトランクにもすっきり収まります。',
  ),
  listing(
    'p03',
    'rechargeable_hand_warmers',
    'en',
    WARMER_ZH,
    WARMER_SRC,
    {
      translated_description:
        'The Toasty rechargeable hand warmer has a built-in 10,000 mAh battery, so it keeps your hands warm and can charge your phone, too. There are two heat settings – about 45 °C (113 °F) on low and about 55 °C (131 °F) on high – and you feel the warmth within 3 seconds of switching it on. On low it keeps warming for about 8 hours, on high for about 5 hours. It is no bigger than your palm, weighs about 190 g (6.7 oz) and heats on both sides, so it sits snugly in your hand. It charges via USB-C and is full in about 4 hours. Perfect for the winter commute, the football stands or a day’s fishing. Please note: on the high setting, long contact with bare skin can cause low-temperature burns, so use it inside the fleece pouch provided. Customer Ms Li says: “Waiting for the bus in the morning with this in my pocket, my hands don’t get cold at all.”',
      seo_title: 'Toasty Rechargeable Hand Warmer, 10,000 mAh Power Bank',
      meta_description:
        'Toasty rechargeable hand warmer with a 10,000 mAh battery that also charges your phone: two heat settings, warm in 3 seconds and up to 8 hours on low.',
      h1: 'Toasty – Pocket-Sized Warmth That Lasts All Day',
      marketing_copy_a:
        'A hand warmer and a power bank in one palm-sized device: one less thing to pack, and no more disposable heat packs. Get your Toasty now.',
      marketing_copy_b:
        'Frosty platform, late train, cold fingers? Wrap your hand around the Toasty and feel the warmth spread. Treat yourself to Toasty.',
      marketing_copy_c:
        'Winter offer: a second fleece pouch in another colour free with every order this month. Buy now while stocks last.',
    },
    {
      field: 'meta_description',
      find: 'a 10,000 mAh battery',
      replace: 'a 12,000 mAh battery',
      labels: ['number_invented'],
    },
    'It charges via USB-C and is full in about 4 hours.',
  ),
  listing(
    'p03',
    'rechargeable_hand_warmers',
    'es',
    WARMER_ZH,
    WARMER_SRC,
    {
      translated_description:
        'El calentador de manos recargable Toasty incorpora una batería de 10.000 mAh, así que te calienta las manos y, además, carga tu móvil. Tiene dos niveles de temperatura, unos 45 °C en el bajo y unos 55 °C en el alto, y notas el calor a los 3 segundos de encenderlo. En el nivel bajo da calor durante unas 8 horas y en el alto, unas 5 horas. Cabe en la palma de la mano, pesa unos 190 g y calienta por ambas caras, así que se agarra de maravilla. Se carga por USB-C y tarda unas 4 horas en cargarse del todo. Es ideal para ir al trabajo en invierno, ver un partido en la grada o pasar el día pescando. Un consejo: en el nivel alto, el contacto prolongado con la piel puede provocar quemaduras por baja temperatura, así que úsalo dentro de la funda de felpa que se incluye. Nuestra clienta, la señora Li, lo resume así: «Esperando el autobús por la mañana, con él en el bolsillo no se me quedan las manos nada frías».',
      seo_title: 'Calentador de manos recargable Toasty, 10.000 mAh',
      meta_description:
        'Calentador de manos Toasty con batería de 10.000 mAh que también carga el móvil: dos niveles de calor, calienta en 3 segundos y dura hasta 8 horas.',
      h1: 'Toasty, calor de bolsillo para todo el día',
      marketing_copy_a:
        'Calentador y batería externa en un solo aparato que cabe en la palma: una cosa menos que llevar y se acabaron los parches desechables. Consigue tu Toasty ahora.',
      marketing_copy_b:
        '¿Andén helado, tren con retraso y los dedos congelados? Rodea el Toasty con la mano y deja que el calor haga el resto. Descubre Toasty.',
      marketing_copy_c:
        'Oferta de invierno: una funda de felpa extra de regalo con cada pedido este mes. Aprovecha antes de que se agoten.',
    },
    {
      field: 'translated_description',
      find: 'unos 55 °C en el alto',
      replace: 'unos 60 °C en el alto',
      labels: ['number_dropped', 'number_invented'],
    },
    'Se carga por USB-C y tarda unas 4 horas en cargarse del todo.',
  ),
  listing(
    'p04',
    'bamboo_cutting_boards',
    'de',
    BOARD_ZH,
    BOARD_SRC,
    {
      translated_description:
        'Das Schneidebrett-Set Zhuyi aus Moso-Bambus besteht aus drei Brettern: groß 40 × 28 cm, mittel 33 × 24 cm und klein 25 × 18 cm, alle 1,8 cm dick. Wir verwenden Bambus, der mindestens 5 Jahre gewachsen ist und bei hoher Temperatur karbonisiert wurde – so schimmelt er nicht so leicht und reißt kaum. Eine Seite ist für rohe, die andere für gegarte Lebensmittel gedacht, das ist hygienischer. Eine Saftrille am Rand sorgt dafür, dass beim Aufschneiden einer Wassermelone nichts auf die Arbeitsfläche läuft. Über das Loch an der Seite hängen Sie die Bretter nach dem Abwaschen einfach zum Trocknen auf. Hinweis: Bitte nicht in die Spülmaschine geben und nicht lange im Wasser liegen lassen. Unser Tipp: Reiben Sie die Bretter alle 2 bis 3 Monate mit etwas Speiseöl ein, dann haben Sie viele Jahre Freude daran.',
      seo_title: 'Zhuyi Schneidebretter aus Bambus, 3er-Set, bis 40 × 28 cm',
      meta_description:
        'Dreiteiliges Schneidebrett-Set aus karbonisiertem Moso-Bambus: 40 × 28, 33 × 24 und 25 × 18 cm, mit Saftrille, Aufhängeloch und getrennten Seiten.',
      h1: 'Zhuyi – drei Bretter für jede Küchenaufgabe',
      marketing_copy_a:
        'Drei Größen für Zwiebel, Brot und Braten, aus einem nachwachsenden Rohstoff, der bei guter Pflege jahrelang hält. Jetzt bestellen.',
      marketing_copy_b:
        'Sonntagsbraten, frisches Brot, eine Wassermelone im Garten – auf warmem Bambus fühlt sich Kochen gleich ein bisschen schöner an. Entdecken Sie Zhuyi.',
      marketing_copy_c:
        'Zur Einführung gibt es eine Flasche Pflegeöl gratis dazu – sichern Sie sich Ihr Set, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'alle 1,8 cm dick',
      replace: 'alle 2,2 cm dick',
      labels: ['number_dropped', 'number_invented'],
    },
    'Wir verwenden Bambus, der mindestens 5 Jahre gewachsen ist und bei hoher Temperatur karbonisiert wurde – so schimmelt er nicht so leicht und reißt kaum.',
  ),
  listing(
    'p04',
    'bamboo_cutting_boards',
    'fr',
    BOARD_ZH,
    BOARD_SRC,
    {
      translated_description:
        'Le lot de trois planches à découper Zhuyi en bambou Moso comprend une grande planche de 40 × 28 cm, une moyenne de 33 × 24 cm et une petite de 25 × 18 cm, toutes épaisses de 1,8 cm. Nous sélectionnons des bambous d’au moins 5 ans, carbonisés à haute température : ils moisissent et se fendent beaucoup moins facilement. Une face sert aux aliments crus, l’autre aux aliments cuits, pour plus d’hygiène. Une rigole sur le pourtour retient le jus quand vous coupez une pastèque, et rien ne coule sur le plan de travail. Un trou sur le côté permet de suspendre les planches pour les faire sécher après lavage. Attention : ne les mettez pas au lave-vaisselle et ne les laissez pas tremper longtemps. Notre conseil : passez-y une fine couche d’huile alimentaire tous les 2 à 3 mois, et elles vous accompagneront pendant de longues années.',
      seo_title: 'Planches à découper Zhuyi en bambou, lot de 3',
      meta_description:
        'Lot de trois planches à découper en bambou Moso carbonisé : 40 × 28 cm, 33 × 24 cm et 25 × 18 cm, avec rigole à jus, trou de suspension et double face.',
      h1: 'Zhuyi, trois planches pour toute la cuisine',
      marketing_copy_a:
        'Trois formats pour l’oignon, le pain et le rôti, dans un matériau qui repousse vite et dure des années s’il est bien entretenu. Commandez votre lot Zhuyi.',
      marketing_copy_b:
        'Le rôti du dimanche, la baguette encore tiède, la pastèque partagée au jardin : sur du bambou, cuisiner a quelque chose de plus chaleureux. Découvrez Zhuyi.',
      marketing_copy_c:
        'Pour le lancement, un flacon d’huile d’entretien offert avec chaque lot. Profitez-en dès maintenant !',
    },
    { field: 'meta_description', find: '40 × 28 cm', replace: '45 × 28 cm', labels: ['number_invented'] },
    'Nous sélectionnons des bambous d’au moins 5 ans, carbonisés à haute température : ils moisissent et se fendent beaucoup moins facilement.',
  ),
  listing(
    'p05',
    'kids_scooters',
    'en',
    SCOOTER_ZH,
    SCOOTER_SRC,
    {
      translated_description:
        'The Zoomi folding kids’ scooter is made for children aged 3 to 8 and takes up to 50 kg. The handlebar adjusts to four heights between 60 and 85 cm (23.6 and 33.5 in), so the scooter grows with your child. The light-up PU wheels generate their own power as they roll, so there are no batteries to fit. Steering works by leaning: whichever way your child tilts, the scooter turns that way, and most little riders get the hang of it quickly. A foot brake on the rear wheel stops the scooter with one press. The frame is aluminium and the whole scooter weighs 2.6 kg (5.7 lb); one click folds it so you can simply carry it off. Parents often ask us: at what age can my child start? We recommend it for children aged 3 and over, with an adult nearby and a helmet on.',
      seo_title: 'Zoomi Folding Kids’ Scooter, Light-Up Wheels, Ages 3–8',
      meta_description:
        'Foldable kids’ scooter for ages 3 to 8: lean-to-steer, light-up wheels that need no batteries, a rear foot brake and a handlebar from 60 to 85 cm.',
      h1: 'Zoomi – First Rides, Big Smiles',
      marketing_copy_a:
        'One scooter from nursery to primary school: four handlebar heights, no batteries to replace and a fold that fits in any car boot. Order your Zoomi today.',
      marketing_copy_b:
        'Remember the first time you felt the wind on a downhill? Watch that grin appear on your little one’s face, wheels glowing all the way. Discover Zoomi.',
      marketing_copy_c:
        'Spring deal: a free bell with every Zoomi this month. Grab yours before they are gone.',
    },
    {
      field: 'translated_description',
      find: 'takes up to 50 kg',
      replace: 'takes up to 55 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'The frame is aluminium and the whole scooter weighs 2.6 kg (5.7 lb); one click folds it so you can simply carry it off.',
  ),
  listing(
    'p05',
    'kids_scooters',
    'de',
    SCOOTER_ZH,
    SCOOTER_SRC,
    {
      translated_description:
        'Der klappbare Kinderroller Zoomi ist für Kinder von 3 bis 8 Jahren gedacht und trägt bis zu 50 kg. Der Lenker lässt sich in vier Stufen zwischen 60 und 85 cm einstellen und wächst so mit. Die PU-Leuchtrollen erzeugen beim Fahren ihren eigenen Strom, Batterien braucht es nicht. Gelenkt wird durch Gewichtsverlagerung: Wohin sich Ihr Kind neigt, dorthin fährt der Roller – das haben die Kleinen schnell raus. Die Fußbremse am Hinterrad stoppt mit einem Tritt. Der Rahmen ist aus Aluminium, der ganze Roller wiegt 2,6 kg und lässt sich mit einem Handgriff zusammenklappen und mitnehmen. Eltern fragen uns oft: Ab wann kann mein Kind fahren? Wir empfehlen ihn ab 3 Jahren, mit einem Erwachsenen in der Nähe und immer mit Helm.',
      seo_title: 'Zoomi Kinderroller, klappbar, Leuchtrollen, 3–8 Jahre',
      meta_description:
        'Klappbarer Kinderroller Zoomi für 3 bis 8 Jahre: Lenken durch Neigen, Leuchtrollen ohne Batterien, Fußbremse hinten und Lenkerhöhe von 60 bis 85 cm.',
      h1: 'Zoomi – die ersten Runden mit Strahlen im Gesicht',
      marketing_copy_a:
        'Ein Roller vom Kindergarten bis in die Grundschule: vier Lenkerhöhen, keine Batterien zum Nachkaufen und im Nu zusammengeklappt. Jetzt bestellen.',
      marketing_copy_b:
        'Wissen Sie noch, wie sich der erste Fahrtwind angefühlt hat? Jetzt ist Ihr Kind an der Reihe, mit leuchtenden Rollen bis vor die Haustür. Entdecken Sie Zoomi.',
      marketing_copy_c:
        'Frühlingsaktion: eine Klingel gratis zu jedem Zoomi – sichern Sie sich Ihren Roller noch diesen Monat.',
    },
    { field: 'seo_title', find: '3–8 Jahre', replace: '3–10 Jahre', labels: ['number_invented'] },
    'Der Rahmen ist aus Aluminium, der ganze Roller wiegt 2,6 kg und lässt sich mit einem Handgriff zusammenklappen und mitnehmen.',
  ),
  listing(
    'p06',
    'tyre_pressure_gauges',
    'ja',
    GAUGE_ZH,
    GAUGE_SRC,
    {
      translated_description:
        'Presaのデジタルタイヤゲージは、測定範囲0〜150PSI、精度±0.5PSIです。単位はPSI、BAR、KPA、KG/CM²の4種類から切り替えられます。バックライト付きの画面なので、夜でもはっきり読み取れます。エアバルブの口金は360度回転するホースにつながっていて、長さは約20cm。タイヤのバルブがどんな角度にあってもつなげられます。空気を抜くボタン付きなので、入れすぎたときはその場で少し抜けます。AAA乾電池2本で動き、30秒間操作がないと自動で電源が切れます。車、バイク、自転車のタイヤに使えます。豆知識：タイヤの空気圧は、冷えているときに測るのがおすすめです。走行後はタイヤが温まり、数値が高めに出ます。',
      seo_title: 'Presa デジタルタイヤゲージ 0〜150PSI 空気抜き付き',
      meta_description:
        '測定範囲0〜150PSI、精度±0.5PSIのデジタルタイヤゲージ。単位は4種類から選べ、360度回転ホースと空気抜きボタン付き。',
      h1: 'Presa 空気圧チェックをもっと手軽に',
      marketing_copy_a:
        '車にもバイクにも自転車にも、これひとつで対応。グローブボックスに入れておけば、いつでもさっと測れます。今すぐ購入。',
      marketing_copy_b:
        '空気圧がきちんと整っていると、ハンドルの感触も走りの軽さも変わります。出かける前のひと手間が、安心につながります。ぜひチェックしてください。',
      marketing_copy_c: '今なら収納ポーチをプレゼント。カートへどうぞ。',
    },
    { field: 'meta_description', find: '0〜150PSI', replace: '0〜160PSI', labels: ['number_invented'] },
    'AAA乾電池2本で動き、30秒間操作がないと自動で電源が切れます。',
  ),
  listing(
    'p06',
    'tyre_pressure_gauges',
    'es',
    GAUGE_ZH,
    GAUGE_SRC,
    {
      translated_description:
        'El manómetro digital de neumáticos Presa mide de 0 a 150 PSI con una precisión de ±0,5 PSI y cambia entre cuatro unidades: PSI, BAR, KPA y KG/CM². La pantalla retroiluminada se lee sin problema también de noche. La boquilla va unida a una manguera giratoria de 360 grados y unos 20 cm, así que llega a la válvula esté en el ángulo que esté. Tiene un botón de desinflado: si te has pasado de presión, sueltas un poco de aire al momento. Funciona con dos pilas AAA y se apaga solo tras 30 segundos sin uso. Sirve para coches, motos y bicicletas. Un dato útil: la presión se mide mejor con los neumáticos en frío, porque después de conducir se calientan y la lectura sale más alta.',
      seo_title: 'Manómetro digital Presa de 0 a 150 PSI con desinflador',
      meta_description:
        'Manómetro digital de neumáticos Presa: de 0 a 150 PSI, precisión de ±0,5 PSI, cuatro unidades, manguera giratoria y botón para soltar aire.',
      h1: 'Presa, la presión justa en cada salida',
      marketing_copy_a:
        'Un solo aparato para el coche, la moto y la bici, que cabe en la guantera y te ahorra ir a la gasolinera a medir. Compra tu Presa.',
      marketing_copy_b:
        'Con la presión bien ajustada, el coche se nota más firme y tú conduces más tranquilo. Un momento antes de salir marca la diferencia. Descubre Presa.',
      marketing_copy_c: 'Solo este mes, funda de transporte de regalo con cada Presa. Pídelo ya.',
    },
    {
      field: 'translated_description',
      find: 'precisión de ±0,5 PSI',
      replace: 'precisión de ±1 PSI',
      labels: ['number_dropped', 'number_invented'],
    },
    'Funciona con dos pilas AAA y se apaga solo tras 30 segundos sin uso.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (egg boiler) takes styles 0-2, listing 2 (hand warmer) 3-5, listing 3 (scooter) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Here is the English translation of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `**Emotional copy:** ${c.marketing_copy_b}` }),
  (c) => ({ seo_title: `${c.seo_title} (final)` }),
  (c) => ({ marketing_copy_a: `\`\`\`text\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      7,
      '(I rendered the source term as “low-temperature burns”; “skin burns” might read more naturally.)',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (As an AI language model, I can’t confirm current stock levels or offer dates.)`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nLet me know if you’d like a shorter version for social media!`,
  }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      '@Priya, can you run this past the safety team before it goes live?',
    ),
  }),
];

// de: listing 1 (repair stand) takes styles 0-2, listing 2 (cutting boards) 3-5, listing 3 (scooter) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Hier ist die Übersetzung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `Überschrift: ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Soll ich Herrn Zhang hier auch noch zitieren, oder reicht das Zitat in der Beschreibung?`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Aktion gültig bis [DATUM EINFÜGEN].` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      4,
      '(„Saftrille“ passt hier besser als „Rinne“, das klingt sonst nach Dachrinne.)',
    ),
  }),
  (c) => ({ h1: `## ${c.h1}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nIch hoffe, das passt so – sagen Sie Bescheid, falls Sie Änderungen wünschen!`,
  }),
  (c) => ({ h1: `${c.h1} (Entwurf)` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAls KI-Sprachmodell kann ich die Sicherheitsempfehlungen nicht fachlich prüfen.`,
  }),
];

// ja: listing 1 (repair stand) takes styles 0-2, listing 2 (tyre gauge) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下が商品説明の日本語訳です。\n\n${c.translated_description}` }),
  (c) => ({ h1: `見出し：${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}（「自転車いじり」はくだけた表現なので、必要なら「自転車の整備」に変えます。）`,
  }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}［ここにキャンペーン期間を記載］` }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}\n\nご確認のほど、よろしくお願いいたします。` }),
];

// es: listing 1 (hand warmer) takes styles 0-2, listing 2 (tyre gauge) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Aquí tienes la traducción al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      2,
      '¿Te parece bien tutear al cliente o prefieres que use usted?',
    ),
  }),
  (c) => ({ h1: `Título H1: ${c.h1}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      4,
      '(He puesto «botón de desinflado»; si preferís «válvula de purga», lo cambio.)',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} ¡Espero que te sirva! Si necesitas más variantes, dímelo.`,
  }),
];

// fr: listing 1 (egg boiler) takes styles 0-2, listing 2 (cutting boards) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_a: `Texte marketing (valeur) : ${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nN’hésitez pas à me dire si vous souhaitez un ton plus formel.`,
  }),
  (c) => ({ h1: `${c.h1} | {{NOM_BOUTIQUE}}` }),
  (c) => ({ translated_description: `Voici la description traduite :\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n(En tant qu’IA, je ne peux pas garantir l’exactitude des conseils d’entretien.)`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} — Note pour Julien : à relire avant publication.` }),
];

export const ROUND_71_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap egg boilers often crack the shells.',
      'Knockoff hand warmers can overheat in your pocket.',
      'A counterfeit scooter brake is a real risk for children.',
      'Imitation bamboo boards soon split along the grain.',
    ],
    slogans: ['Good mornings start here.', 'Warm hands, warm heart.'],
    chineseLeftovers: [],
    duplicateLead: 'To sum up: ',
    titleStuffing: ' | Gift Idea, Best Seller, Top Rated, Free Delivery, New Arrival',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Montageständer wackeln schon beim ersten Einsatz.',
      'Eine Fälschung erkennt man am dünnen Bambus.',
      'Nachahmungen unseres Rollers haben oft keine Fußbremse.',
      'Imitate aus dem Restpostenmarkt verziehen sich schnell.',
    ],
    slogans: ['Gutes Werkzeug, gute Laune.', 'Kleine Räder, große Abenteuer.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Top-Angebot, Versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のタイヤゲージは数値がずれがちです。',
      'コピー品のスタンドはクランプがすぐ緩みます。',
      '偽物の工具トレーは磁力が弱いことがあります。',
      '模倣品の空気圧計は精度が保証されていません。',
    ],
    slogans: ['整備の時間を、楽しみの時間に。', '安心は、空気圧から。'],
    chineseLeftovers: ['这个支架很稳，修车的时候一点也不晃。', '这个胎压表的屏幕很亮，晚上也能看清楚。'],
    duplicateLead: '要するに、',
    titleStuffing: '｜人気 おすすめ 新作 ギフト 送料無料 即日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los calentadores baratos se enfrían enseguida.',
      'Una imitación de manómetro puede darte lecturas erróneas.',
      'Las falsificaciones no traen funda de felpa.',
      'Un manómetro falso te hará perder aire sin saberlo.',
    ],
    slogans: ['El calor que cabe en tu mano.', 'La presión justa, el viaje tranquilo.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Regalo, novedad, más vendido, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une planche pas chère se fend au premier lavage.',
      'Les contrefaçons de cuiseurs chauffent de façon inégale.',
      'Méfiez-vous des fausses promotions en ligne.',
      'Aucune réplique ne cuit les œufs aussi régulièrement.',
    ],
    slogans: ['Le petit-déjeuner, sans chrono.', 'Le bambou, tout naturellement.'],
    chineseLeftovers: [],
    duplicateLead: 'Bref : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
