// Blind set, round 50 (written without reading the gate, committed before it is scored): six household, kids'
// tech, fitness, wellness and kitchen products in the categories ultrasonic_pest_repellers,
// kids_walkie_talkie_watches, cordless_wax_melters, folding_treadmills, neck_massagers and herb_grinders,
// 12 hand-written listings, three artifact styles per listing and wording of its own (this round: the working
// notes a translation model leaves behind when it treats the request as a conversation: a chatty lead-in before
// the description, a markdown or plain label in front of a field, a sign-off or offer to rework the text, a
// remark on a word choice or on the register, a question back to the requester, a note that the source does not
// say something, an alternative headline or line offered, a sentence explaining a decision, a code fence, an HTML
// paragraph tag or a JSON key left around a field, a template placeholder and a translator's note; English
// remarks inside German, Japanese, Spanish and French fields; no digits or number words in artifacts that land in
// the description, title or meta); legitimate numbers:
// Quietta U6 (model), 两只 (pack of two, 2個入り), 双喇叭 (dual speakers, デュアルスピーカー: not a number), 25 to 65 kHz
// (25〜65kHz), 三档 (three modes, 3段階), about 80 to 120 m² (about 860–1,290 sq ft), 十分 (very: idiomatic), 1.5 W,
// less than 1 kWh (1kWh未満), 220–240 V (220〜240V), 2 to 3 weeks (2〜3週間);
// Kidilo W2 (model), 两只 (Zweierset, par paire / les deux montres), about 3 km (etwa 3 km, environ 3 km), 22
// channels (22 Kanäle, 22 canaux), 7 games, 一应俱全 (idiomatic), 1.5 in (1,5 Zoll, 1,5 pouce), 3 to 12 years, about 2
// hours, 十几 (mehr als zehn, plus de dix), IPX4;
// Lumio 第2代 (second-generation, zweite Generation), 2600 mAh (2,600 mAh), about 3 hours, 4个多小时 (more than 4 hours,
// über 4 Stunden), about 60 ml (2 fl oz), 两块 (two, zwei) wax melts, 一次 (idiomatic), 三档 (three, drei) heat
// settings, about 65 °C (149 °F), 半小时 (half an hour, einer halben Stunde), 1 or 2 hours, 万无一失 (idiomatic),
// 380 g (13.4 oz);
// Strido F3 (model), 18 cm, 1 to 12 km/h (de 1 a 12 km/h, 時速1〜12km), 一键 (con solo pulsar un botón, ワンタッチ:
// idiomatic), 42 cm, 120 cm, 110 kg, 2.25 hp (2,25 CV, 2.25馬力), about 50 dB, 十几种 (más de diez, 十数種類), about 32
// kg, 两个 (dos, 2つ) castors;
// Nuvo N5 (model), U型 (U-shaped: not a number), about 200 g (7 oz), 4 electrodes (Four / 4), around 42 °C (108 °F), 6
// modes, 16 levels, 一键 (at the touch of a button: idiomatic), 15 minutes, about 2 hours, 两次 (two sessions, dos
// sesiones), 5 to 7 days;
// Herbo 四层 (vier Ebenen, quatre niveaux), 63 mm, 几十 (Dutzende, des dizaines: vague), 五六圈 (fünf oder sechs, cinq ou
// six turns), 十分 (idiomatic), 100 mesh, about 150 g, 3 jars (3 Döschen, 3 petits pots).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const PEST_ZH = 'Quietta U6 超声波驱虫器 插电式 两只装';
const PEST_SRC =
  'Quietta U6 超声波驱虫器一盒两只装，插电即用，不用放药，家里有老人小孩也放心。双喇叭发出25至65千赫的变频超声波，三档模式可切换，单只覆盖面积约80至120平方米，适合卧室、厨房和仓库。人耳几乎听不到，对猫狗十分友好，但仓鼠、兔子等啮齿类宠物请勿靠近。机身自带小夜灯，功率仅1.5瓦，全天开着每月耗电不到1度。欧标插头，适用220至240伏电压。建议连续使用2至3周再看效果。';
const WATCH_ZH = 'Kidilo W2 儿童对讲手表 两只装 免插卡';
const WATCH_SRC =
  'Kidilo W2 儿童对讲手表一套两只，不用插手机卡，也不需要网络，两只表之间就能直接对讲，空旷处通话距离可达3公里左右。内置22个频道，另有手电筒、闹钟、计算器和7款益智小游戏，功能一应俱全。1.5英寸彩色屏幕，表带为柔软的食品级硅胶，适合3至12岁的孩子佩戴。充电约2小时，待机可达十几个小时。机身防水等级IPX4，洗手时溅到水也不怕。';
const WAX_ZH = 'Lumio 第2代 无线香薰融蜡灯 充电式';
const WAX_SRC =
  'Lumio 第2代无线香薰融蜡灯，内置2600毫安时锂电池，充满电约需3小时，拔掉电线后可连续融蜡4个多小时。陶瓷融蜡盘容量约60毫升，一次可放两块香薰蜡。加热分三档，最高约65℃，全程无明火，放在卧室、书桌或浴室都很安心。底座暖光灯亮度可调，定时可选半小时、1小时或2小时，到点自动关闭，出门忘关也万无一失。机身仅重380克，随手就能拿到任何房间。';
const TREAD_ZH = 'Strido F3 折叠跑步机 家用静音 免安装';
const TREAD_SRC =
  'Strido F3 家用折叠跑步机，免安装，打开就能用，对折后厚度仅18厘米，可以直接推进床底或沙发下。速度1至12公里/小时可调，遥控器和面板都能一键变速。跑带宽42厘米、长120厘米，最大承重110公斤。电机功率2.25马力，运行噪音约50分贝左右，楼下基本听不到。显示屏实时显示速度、时间、距离和卡路里，内置十几种预设课程。整机约32公斤，底部带两个滑轮，移动很轻松。';
const NECK_ZH = 'Nuvo N5 颈椎按摩仪 U型 热敷 低频脉冲';
const NECK_SRC =
  'Nuvo N5 颈部按摩仪采用U型贴合设计，重量约200克，戴上几乎没有负担。内置4片电极，低频脉冲搭配42℃左右的恒温热敷，有揉捏、捶打、针灸等6种模式，力度16档可调。一键启动，每次使用15分钟后自动关机，避免过度按摩。充满电约需2小时，按每天两次计算可用5至7天。附带语音提示，长辈也能轻松上手。心脏起搏器佩戴者和孕妇请勿使用。';
const GRINDER_ZH = 'Herbo 四层铝合金香料研磨器 63mm 磁吸盖';
const GRINDER_SRC =
  'Herbo 四层香料研磨器采用航空铝合金整块切削，直径63毫米，分为研磨层、储料层、过滤层和收集层。研磨盘上有几十颗菱形利齿，转上五六圈就能把干香草、花椒和茶叶磨得十分细碎。过滤网为100目不锈钢，细粉会落到最底层单独收集。盖子内嵌钕磁铁，开合顺滑不漏粉。整只约150克，可以直接放进口袋。随盒附赠刮刀、清洁刷和3个密封小罐。';

export const ROUND_50_LISTINGS: readonly BlindListing[] = [
  listing(
    'm01',
    'ultrasonic_pest_repellers',
    'en',
    PEST_ZH,
    PEST_SRC,
    {
      translated_description:
        'The Quietta U6 ultrasonic pest repeller comes as a pack of two and works as soon as you plug it in – no poisons or sprays, so it is safe to use around small children and older relatives. Dual speakers emit variable-frequency ultrasound between 25 and 65 kHz with three modes to switch between, and each unit covers roughly 80 to 120 m² (about 860–1,290 sq ft), ideal for bedrooms, kitchens and storerooms. People can barely hear it and it is very gentle on cats and dogs, but keep hamsters, rabbits and other pet rodents well away from it. A small night light is built in, and the unit draws just 1.5 W, so leaving it on around the clock uses less than 1 kWh a month. It has an EU plug and runs on 220–240 V. Give it 2 to 3 weeks of continuous use before you judge the results.',
      seo_title: 'Quietta U6 Ultrasonic Pest Repeller, Plug-In, Pack of 2',
      meta_description:
        'Quietta U6 ultrasonic pest repeller, pack of two: 25–65 kHz ultrasound, three modes, about 80–120 m² per unit and just 1.5 W. No poisons or refills needed.',
      h1: 'Quietta Plug-In Repeller for a Pest-Free Home',
      marketing_copy_a:
        'Two plug-in units, no poison to restock and no batteries to swap – they simply keep working in the background. Order your Quietta pack today.',
      marketing_copy_b:
        '“The scratching in the loft stopped within a few weeks, and our dog never even noticed the thing.” – Helen, Bristol. Discover Quietta for your home.',
      marketing_copy_c: 'Free delivery on every Quietta two-pack this week only. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'between 25 and 65 kHz',
      replace: 'between 25 and 75 kHz',
      labels: ['number_dropped', 'number_invented'],
    },
    'It has an EU plug and runs on 220–240 V.',
  ),
  listing(
    'm01',
    'ultrasonic_pest_repellers',
    'ja',
    PEST_ZH,
    PEST_SRC,
    {
      translated_description:
        'Quietta U6 超音波害虫駆除器は2個入りで、コンセントに差し込むだけですぐに使えます。薬剤を使わないので、お年寄りや小さなお子さまのいるご家庭でも安心です。デュアルスピーカーから25〜65kHzの周波数変動型の超音波を発し、モードは3段階で切り替えられます。1台あたり約80〜120m²をカバーし、寝室やキッチン、倉庫におすすめです。人の耳にはほとんど聞こえず、犬や猫にもとてもやさしい設計ですが、ハムスターやウサギなどのげっ歯類のペットは近づけないでください。本体には常夜灯が付いており、消費電力はわずか1.5W。つけっぱなしにしても、月の消費電力量は1kWh未満です。EUプラグで、220〜240Vの電圧に対応しています。効果を確かめるには、2〜3週間続けてお使いください。',
      seo_title: 'Quietta U6 超音波 害虫駆除器 2個入り コンセント式',
      meta_description:
        'コンセントに差すだけの超音波害虫駆除器。25〜65kHzの変動型超音波と3段階モードで、1台約80〜120m²をカバー。薬剤不要で消費電力はわずか1.5Wです。',
      h1: 'Quietta 薬を使わないネズミ・害虫対策',
      marketing_copy_a:
        '薬剤の買い足しも電池交換もいりません。差し込んでおくだけで、害虫対策がずっと続きます。今すぐ購入。',
      marketing_copy_b:
        '夜中に天井裏から聞こえるカサカサという音。そんな心配のない静かな夜が、もうすぐ戻ってきます。ぜひチェックしてください。',
      marketing_copy_c: '今なら2個セットが送料無料。在庫がなくなる前に、お早めにご注文ください。',
    },
    { field: 'seo_title', find: '2個入り', replace: '4個入り', labels: ['number_invented'] },
    'EUプラグで、220〜240Vの電圧に対応しています。',
  ),
  listing(
    'm02',
    'kids_walkie_talkie_watches',
    'de',
    WATCH_ZH,
    WATCH_SRC,
    {
      translated_description:
        'Die Walkie-Talkie-Uhren Kidilo W2 für Kinder kommen im Zweierset und brauchen weder SIM-Karte noch Netz: Die beiden Uhren funken direkt miteinander, im offenen Gelände bis zu etwa 3 km weit. Es gibt 22 Kanäle, dazu Taschenlampe, Wecker, Taschenrechner und 7 Lernspiele – an Funktionen fehlt es also an nichts. Das farbige Display misst 1,5 Zoll, das Armband ist aus weichem, lebensmittelechtem Silikon, geeignet für Kinder von 3 bis 12 Jahren. Nach rund 2 Stunden Ladezeit halten die Uhren im Standby mehr als zehn Stunden durch. Dank Schutzart IPX4 macht ihnen Spritzwasser beim Händewaschen nichts aus.',
      seo_title: 'Kidilo W2 Walkie-Talkie-Uhr für Kinder, 2er-Set, IPX4',
      meta_description:
        'Walkie-Talkie-Uhren Kidilo W2 im Zweierset: funken ohne SIM-Karte bis etwa 3 km weit, mit 22 Kanälen, 7 Spielen und Taschenlampe. Für Kinder ab 3 Jahren.',
      h1: 'Kidilo W2 – Funken ohne SIM-Karte',
      marketing_copy_a:
        'Keine SIM-Karte, kein Vertrag, keine monatlichen Kosten – und trotzdem erreichen sich Ihre Kinder über den ganzen Spielplatz hinweg. Jetzt bestellen.',
      marketing_copy_b:
        'Wenn die Kleinen sich zum ersten Mal quer durch den Garten anfunken, leuchten ihre Augen. Solche Sommer vergisst man nicht. Entdecken Sie Kidilo.',
      marketing_copy_c:
        'Zum Schulstart gibt es zu jedem Set eine Schutzhülle gratis – sichern Sie sich Ihres, solange der Vorrat reicht.',
    },
    {
      field: 'meta_description',
      find: 'mit 22 Kanälen',
      replace: 'mit 32 Kanälen',
      labels: ['number_invented'],
    },
    'Es gibt 22 Kanäle, dazu Taschenlampe, Wecker, Taschenrechner und 7 Lernspiele – an Funktionen fehlt es also an nichts.',
  ),
  listing(
    'm02',
    'kids_walkie_talkie_watches',
    'fr',
    WATCH_ZH,
    WATCH_SRC,
    {
      translated_description:
        'Les montres talkie-walkie Kidilo W2 sont vendues par paire et fonctionnent sans carte SIM ni réseau : les deux montres communiquent directement entre elles, jusqu’à environ 3 km en terrain dégagé. Elles proposent 22 canaux, ainsi qu’une lampe torche, un réveil, une calculatrice et 7 petits jeux éducatifs : rien ne manque. L’écran couleur mesure 1,5 pouce et le bracelet est en silicone souple de qualité alimentaire ; elles conviennent aux enfants de 3 à 12 ans. Une charge d’environ 2 heures leur assure plus de dix heures en veille. Certifiées IPX4, elles ne craignent pas les éclaboussures quand on se lave les mains.',
      seo_title: 'Montre talkie-walkie enfant Kidilo W2, lot de 2, IPX4',
      meta_description:
        'Montres talkie-walkie Kidilo W2 par deux : sans carte SIM, portée d’environ 3 km, 22 canaux, 7 jeux et lampe torche. Pour les enfants de 3 à 12 ans.',
      h1: 'Kidilo W2, le talkie-walkie au poignet',
      marketing_copy_a:
        'Ni carte SIM, ni abonnement, ni facture chaque mois : juste deux montres qui se parlent. Commandez vos Kidilo W2.',
      marketing_copy_b:
        'Des messages chuchotés d’un bout à l’autre du jardin, des fous rires en pleine partie de cache-cache : ce sont les souvenirs d’enfance qui se construisent. Découvrez Kidilo.',
      marketing_copy_c:
        'Spécial rentrée : une housse de protection offerte avec chaque paire. Profitez-en dès aujourd’hui !',
    },
    {
      field: 'translated_description',
      replace: 'Elles tiennent jusqu’à 8 heures en conversation continue.',
      labels: ['number_invented'],
    },
    'L’écran couleur mesure 1,5 pouce et le bracelet est en silicone souple de qualité alimentaire ; elles conviennent aux enfants de 3 à 12 ans.',
  ),
  listing(
    'm03',
    'cordless_wax_melters',
    'en',
    WAX_ZH,
    WAX_SRC,
    {
      translated_description:
        'The second-generation Lumio cordless wax melter has a built-in 2,600 mAh lithium battery that charges fully in about 3 hours, then keeps melting wax for more than 4 hours off the cable. The ceramic dish holds about 60 ml (2 fl oz), enough for two wax melts at a time. Heat comes in three settings up to about 65 °C (149 °F), with no open flame at any point, so it is safe in the bedroom, on a desk or in the bathroom. The warm light in the base is dimmable, and the timer switches everything off after half an hour, 1 hour or 2 hours – foolproof even if you forget it on your way out. At just 380 g (13.4 oz), it is easy to carry from room to room.',
      seo_title: 'Lumio Cordless Wax Melter – 2nd Gen, 2,600 mAh Battery',
      meta_description:
        'Second-generation Lumio cordless wax melter: 2,600 mAh battery, more than 4 hours of melting per charge, three heat settings and an auto-off timer. No flame.',
      h1: 'Lumio Flameless Wax Warmer, Cable-Free',
      marketing_copy_a:
        'No candles to watch, no cords across the room, no tea lights to keep buying – just fragrance wherever you want it. Shop Lumio today.',
      marketing_copy_b:
        'We designed Lumio for the moment you sink into a warm bath and the whole room smells of vanilla. Soft light, gentle scent, nothing to worry about. Treat yourself to Lumio.',
      marketing_copy_c:
        'Launch offer: a free sampler of wax melts with every Lumio ordered this week. Grab yours now.',
    },
    { field: 'seo_title', find: '2,600 mAh', replace: '3,600 mAh', labels: ['number_invented'] },
    'The ceramic dish holds about 60 ml (2 fl oz), enough for two wax melts at a time.',
  ),
  listing(
    'm03',
    'cordless_wax_melters',
    'de',
    WAX_ZH,
    WAX_SRC,
    {
      translated_description:
        'Der kabellose Duftwachs-Wärmer Lumio der zweiten Generation hat einen eingebauten Lithium-Akku mit 2600 mAh, der in etwa 3 Stunden voll geladen ist und danach über 4 Stunden lang ohne Kabel Wachs schmilzt. Die Keramikschale fasst rund 60 ml und bietet Platz für zwei Duftwachswürfel auf einmal. Die Heizung hat drei Stufen bis etwa 65 °C, eine offene Flamme gibt es nie – deshalb passt er problemlos ins Schlafzimmer, auf den Schreibtisch oder ins Bad. Das warme Licht im Sockel ist dimmbar, und der Timer schaltet nach einer halben Stunde, 1 Stunde oder 2 Stunden automatisch ab, sodass auch beim Verlassen des Hauses nichts schiefgehen kann. Mit nur 380 g lässt er sich mühelos von Raum zu Raum tragen.',
      seo_title: 'Lumio Duftwachs-Wärmer kabellos, 2600 mAh, 3 Heizstufen',
      meta_description:
        'Kabelloser Duftwachs-Wärmer Lumio der zweiten Generation: Akku mit 2600 mAh, über 4 Stunden Betrieb pro Ladung, drei Heizstufen und Timer. Ganz ohne Flamme.',
      h1: 'Lumio – Duftlampe ohne Flamme und Kabel',
      marketing_copy_a:
        'Keine Teelichter nachkaufen, kein Kabel quer durchs Zimmer, keine Flamme im Blick behalten – Duft genau dort, wo Sie ihn haben möchten. Jetzt kaufen.',
      marketing_copy_b:
        'Ein heißes Bad, gedimmtes Licht, und langsam breitet sich der Duft von Vanille aus. Für genau diese Abende haben wir Lumio gebaut. Entdecken Sie Lumio.',
      marketing_copy_c:
        'Zum Marktstart legen wir jeder Bestellung ein Probierset Duftwachs bei – sichern Sie sich Ihren Lumio.',
    },
    {
      field: 'translated_description',
      find: 'in etwa 3 Stunden voll geladen',
      replace: 'in etwa 5 Stunden voll geladen',
      labels: ['number_invented'],
    },
    'Die Keramikschale fasst rund 60 ml und bietet Platz für zwei Duftwachswürfel auf einmal.',
  ),
  listing(
    'm04',
    'folding_treadmills',
    'es',
    TREAD_ZH,
    TREAD_SRC,
    {
      translated_description:
        'La cinta de correr plegable Strido F3 para casa no necesita montaje: se despliega y está lista para usar. Plegada mide solo 18 cm de grosor, así que cabe debajo de la cama o del sofá. La velocidad se regula de 1 a 12 km/h y se cambia con solo pulsar un botón, desde el mando a distancia o desde el panel. La banda mide 42 cm de ancho y 120 cm de largo, y soporta hasta 110 kg. El motor de 2,25 CV funciona con unos 50 dB, así que los vecinos de abajo apenas la oyen. La pantalla muestra en tiempo real la velocidad, el tiempo, la distancia y las calorías, y trae más de diez programas predefinidos. Pesa unos 32 kg y lleva dos ruedas en la base para moverla con facilidad.',
      seo_title: 'Cinta de correr plegable Strido F3, silenciosa, 12 km/h',
      meta_description:
        'Cinta de correr plegable Strido F3: sin montaje, 18 cm de grosor plegada, de 1 a 12 km/h, motor de 2,25 CV y unos 50 dB. Cabe debajo de la cama.',
      h1: 'Strido F3, tu gimnasio debajo de la cama',
      marketing_copy_a:
        'Sin cuota de gimnasio, sin desplazamientos y sin montaje: la sacas, corres y la vuelves a guardar. Pide la tuya hoy.',
      marketing_copy_b:
        'Son las seis y media, la casa duerme y tú ya llevas un buen rato corriendo sin que nadie se entere. Ese momento es solo tuyo. Descubre Strido.',
      marketing_copy_c:
        'Oferta de lanzamiento: envío gratis y alfombrilla protectora de regalo. Consigue la tuya antes de que se agote.',
    },
    {
      field: 'translated_description',
      find: 'soporta hasta 110 kg',
      replace: 'soporta hasta 130 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'La banda mide 42 cm de ancho y 120 cm de largo, y soporta hasta 110 kg.',
  ),
  listing(
    'm04',
    'folding_treadmills',
    'ja',
    TREAD_ZH,
    TREAD_SRC,
    {
      translated_description:
        'Strido F3は組み立て不要の家庭用折りたたみ式ルームランナーで、広げればすぐに使えます。折りたたむと厚さわずか18cmになり、ベッドやソファの下にそのまま収納できます。速度は時速1〜12kmの範囲で調整でき、リモコンでも本体パネルでもワンタッチで変速できます。ランニングベルトは幅42cm、長さ120cmで、耐荷重は最大110kgです。モーターは2.25馬力、運転音は約50dBと静かで、階下にもほとんど響きません。ディスプレイには速度・時間・距離・消費カロリーがリアルタイムで表示され、十数種類のプリセットプログラムを内蔵しています。本体重量は約32kgで、底部に2つのキャスターが付いているので移動もラクです。',
      seo_title: 'Strido F3 折りたたみルームランナー 静音 組立不要',
      meta_description:
        '組み立て不要、折りたたむと厚さ18cmの家庭用ルームランナー。時速1〜12kmで調整でき、運転音は約50dB。十数種類のプログラムで自宅トレーニングを。',
      h1: 'Strido F3 ベッド下に収まる家庭用ランニングマシン',
      marketing_copy_a:
        'ジムの月会費も移動時間もかかりません。走りたいときに広げて、終わったらベッドの下へ。今すぐ購入。',
      marketing_copy_b:
        'まだ家族が眠っている早朝の、自分だけの静かなランニングタイム。続けるほど、毎日が少しずつ変わっていきます。ぜひチェックしてください。',
      marketing_copy_c: '発売記念キャンペーン中につき、送料無料＋保護マット付き。お早めにご注文ください。',
    },
    { field: 'meta_description', find: '時速1〜12km', replace: '時速1〜16km', labels: ['number_invented'] },
    'ランニングベルトは幅42cm、長さ120cmで、耐荷重は最大110kgです。',
  ),
  listing(
    'm05',
    'neck_massagers',
    'en',
    NECK_ZH,
    NECK_SRC,
    {
      translated_description:
        'The Nuvo N5 neck massager has a U-shaped design that follows the curve of your neck, and at about 200 g (7 oz) you barely notice you are wearing it. Four built-in electrode pads combine low-frequency pulses with constant heat at around 42 °C (108 °F), across 6 modes – including kneading, tapping and acupuncture-style – and 16 intensity levels. It starts at the touch of a button and switches itself off after 15 minutes, so you never overdo it. A full charge takes about 2 hours and lasts 5 to 7 days at two sessions a day. Voice prompts guide you through the settings, making it easy for older family members to use. Note: not suitable for people with a pacemaker or during pregnancy.',
      seo_title: 'Nuvo N5 Neck Massager with Heat | 6 Modes, 16 Levels',
      meta_description:
        'Nuvo N5 U-shaped neck massager with low-frequency pulses, heat at around 42 °C, 6 modes and 16 intensity levels. Switches off by itself after 15 minutes.',
      h1: 'Nuvo N5: Warm Relief for a Stiff Neck',
      marketing_copy_a:
        'A daily neck massage at home for less than the price of a couple of physio appointments. Order your Nuvo N5 today.',
      marketing_copy_b:
        'After a long day hunched over a laptop, warmth spreads across your shoulders and the knots slowly let go. Fifteen quiet minutes, just for you. Discover Nuvo.',
      marketing_copy_c:
        'Mother’s Day offer: free gift wrapping and a travel pouch with every Nuvo N5. Buy now while the offer lasts.',
    },
    {
      field: 'translated_description',
      find: 'at two sessions a day',
      replace: 'at three sessions a day',
      labels: ['number_invented'],
    },
    'A full charge takes about 2 hours and lasts 5 to 7 days at two sessions a day.',
  ),
  listing(
    'm05',
    'neck_massagers',
    'es',
    NECK_ZH,
    NECK_SRC,
    {
      translated_description:
        'El masajeador de cuello Nuvo N5 tiene un diseño en U que se adapta a la curva del cuello y, con unos 200 g, apenas se nota al llevarlo. Sus 4 electrodos integrados combinan pulsos de baja frecuencia con calor constante de unos 42 °C, con 6 modos (entre ellos amasado, percusión y acupuntura) y 16 niveles de intensidad. Se enciende con solo pulsar un botón y se apaga solo a los 15 minutos para evitar un uso excesivo. La carga completa tarda unas 2 horas y dura de 5 a 7 días con dos sesiones diarias. Incluye avisos por voz, así que también a los mayores les resulta fácil de usar. No deben usarlo personas con marcapasos ni embarazadas.',
      seo_title: 'Masajeador de cuello Nuvo N5 con calor, 6 modos',
      meta_description:
        'Masajeador de cuello Nuvo N5 en forma de U: pulsos de baja frecuencia, calor a unos 42 °C, 6 modos y 16 niveles. Se apaga solo a los 15 minutos de uso.',
      h1: 'Nuvo N5: alivio para el cuello cargado',
      marketing_copy_a:
        'Un masaje diario en casa por menos de lo que cuestan un par de sesiones de fisio. Pide tu Nuvo N5 hoy.',
      marketing_copy_b:
        '«Después de todo el día delante del ordenador, es lo primero que me pongo al llegar a casa.» – Marta, Valencia. Descubre Nuvo.',
      marketing_copy_c:
        'Oferta del Día de la Madre: funda de viaje y envoltorio de regalo gratis con cada Nuvo N5. Aprovecha y cómpralo ya.',
    },
    { field: 'seo_title', find: '6 modos', replace: '8 modos', labels: ['number_invented'] },
    'La carga completa tarda unas 2 horas y dura de 5 a 7 días con dos sesiones diarias.',
  ),
  listing(
    'm06',
    'herb_grinders',
    'de',
    GRINDER_ZH,
    GRINDER_SRC,
    {
      translated_description:
        'Die Gewürzmühle Herbo hat vier Ebenen und ist aus massivem Flugzeugaluminium gefräst; bei 63 mm Durchmesser teilt sie sich in Mahlkammer, Vorratsfach, Sieb und Auffangschale. Auf der Mahlscheibe sitzen Dutzende scharfe, rautenförmige Zähne: Schon fünf oder sechs Umdrehungen genügen, um getrocknete Kräuter, Szechuanpfeffer oder Teeblätter sehr fein zu mahlen. Das Sieb aus Edelstahl hat 100 Mesh, das feine Pulver fällt in die unterste Ebene und wird dort getrennt aufgefangen. Der Deckel schließt per Neodym-Magnet sanft und dicht, sodass kein Pulver entweicht. Mit rund 150 g passt die Mühle problemlos in die Hosentasche. Mitgeliefert werden Schaber, Reinigungspinsel und 3 luftdichte Döschen.',
      seo_title: 'Herbo Gewürzmühle, Aluminium, 63 mm, 4 Ebenen',
      meta_description:
        'Gewürzmühle Herbo aus Flugzeugaluminium: 63 mm Durchmesser, vier Ebenen, scharfe Rautenzähne und Sieb mit 100 Mesh. Magnetdeckel, nur rund 150 g schwer.',
      h1: 'Herbo – Kräuter und Gewürze frisch gemahlen',
      marketing_copy_a:
        'Massives Aluminium statt Kunststoff, der nach ein paar Monaten stumpf wird – diese Mühle begleitet Sie jahrelang. Jetzt bestellen.',
      marketing_copy_b:
        'Der Duft frisch gemahlener Kräuter, sobald Sie den Deckel öffnen: So fängt gutes Kochen an. Entdecken Sie Herbo.',
      marketing_copy_c:
        'Nur diese Woche legen wir jeder Mühle ein Glas Bio-Oregano bei. Legen Sie Herbo jetzt in den Warenkorb.',
    },
    {
      field: 'translated_description',
      find: 'Mit rund 150 g',
      replace: 'Mit rund 180 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Sieb aus Edelstahl hat 100 Mesh, das feine Pulver fällt in die unterste Ebene und wird dort getrennt aufgefangen.',
  ),
  listing(
    'm06',
    'herb_grinders',
    'fr',
    GRINDER_ZH,
    GRINDER_SRC,
    {
      translated_description:
        'Le moulin à épices Herbo compte quatre niveaux et il est usiné dans la masse en aluminium aéronautique ; d’un diamètre de 63 mm, il se compose d’une chambre de broyage, d’un compartiment de réserve, d’un tamis et d’un bac de récupération. Le disque de broyage porte des dizaines de dents acérées en losange : cinq ou six tours suffisent pour réduire en poudre très fine herbes séchées, poivre du Sichuan ou feuilles de thé. Le tamis en inox de 100 mesh laisse passer la poudre la plus fine, recueillie à part dans le niveau inférieur. Le couvercle à aimant néodyme se ferme en douceur, sans laisser s’échapper la poudre. Avec environ 150 g, il se glisse sans peine dans une poche. Spatule, brosse de nettoyage et 3 petits pots hermétiques sont fournis.',
      seo_title: 'Moulin à épices Herbo en aluminium, 63 mm, 4 niveaux',
      meta_description:
        'Moulin à épices Herbo en aluminium aéronautique : 63 mm de diamètre, quatre niveaux, dents en losange et tamis de 100 mesh. Couvercle aimanté, environ 150 g.',
      h1: 'Herbo, des épices fraîchement moulues',
      marketing_copy_a:
        'De l’aluminium massif plutôt que du plastique qui s’émousse en quelques mois : un moulin pour des années. Achetez votre Herbo.',
      marketing_copy_b:
        'Le parfum des herbes tout juste moulues qui s’échappe dès que l’on ouvre le couvercle : la bonne cuisine commence là. Découvrez Herbo.',
      marketing_copy_c:
        'Cette semaine, un pot d’origan bio offert avec chaque moulin. Commandez le vôtre dès maintenant.',
    },
    {
      field: 'meta_description',
      find: '63 mm de diamètre',
      replace: '58 mm de diamètre',
      labels: ['number_invented'],
    },
    'Le tamis en inox de 100 mesh laisse passer la poudre la plus fine, recueillie à part dans le niveau inférieur.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const chars = (text: string) => [...text].length;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

// en: listing 1 (pest repeller) takes styles 0-2, listing 2 (wax melter) 3-5, listing 3 (neck massager) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure — below is the English product description, kept close to the Chinese source:\n\n${c.translated_description}`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '(I went with “pest repeller” rather than “rodent deterrent”, since that is the phrase UK shoppers actually search for.)',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nQuick check before this goes live: is the free-delivery promotion running on the UK storefront too, or only in the EU?`,
  }),
  (c) => ({ h1: `**H1:** ${c.h1}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'The supplier text doesn’t say whether any wax melts come in the box, so I have left that out rather than guess.',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nHappy to make this punchier or trim it for the mobile banner – it is ${wordCount(c.marketing_copy_a)} words as it stands.`,
  }),
  (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'I kept the wording about relief deliberately soft here so that the copy does not read like a health claim.',
    ),
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} [INSERT DISCOUNT CODE]` }),
];

// de: listing 1 (walkie-talkie watches) takes styles 0-2, listing 2 (wax melter) 3-5, listing 3 (herb grinder) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\nTranslator’s note: “funken” is the playful verb German kids really use for walkie-talkies, so I preferred it to “kommunizieren”.`,
  }),
  (c) => ({ marketing_copy_b: `Emotionaler Text:\n${c.marketing_copy_b}` }),
  (c) => ({ h1: `${c.h1}\n(Alternative Überschrift: Kidilo – Funkspaß fürs Handgelenk)` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nSoll das Probierset im Text namentlich genannt werden, oder bleiben wir da bewusst vage?`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Ab hier folgt der technische Teil, den ich bewusst etwas sachlicher formuliert habe.',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (Kept this under the character budget for the newsletter teaser.)`,
  }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Weil die Vorlage die Mahlzähne so stark betont, stelle ich sie gleich nach der Materialangabe vor.',
    ),
  }),
  (c) => ({ seo_title: `${c.seo_title} – {{USP}}` }),
];

// ja: listing 1 (pest repeller) takes styles 0-2, listing 2 (treadmill) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `承知しました。日本の通販サイト向けに、自然な表現で訳してみました。\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n(Used “害虫駆除器” here — it’s the category name Japanese marketplaces list these under.)`,
  }),
  (c) => ({ meta_description: `meta: ${c.meta_description}` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      3,
      '（ところで、「ルームランナー」と「ランニングマシン」のどちらに表記を統一しますか？）',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\n【注】保証期間は元の説明文に見当たらなかったので、入れていません。`,
  }),
  (c) => ({ marketing_copy_c: `{"copy_c": "${c.marketing_copy_c}"}` }),
];

// es: listing 1 (treadmill) takes styles 0-2, listing 2 (neck massager) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\nEspero que te sirva; si prefieres un registro más técnico, lo ajusto sin problema.`,
  }),
  (c) => ({
    h1: `${c.h1} (“cinta de correr” is the usual term in Spain; Latin American stores tend to say “caminadora”)`,
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a} {{enlace_producto}}` }),
  (c) => ({ marketing_copy_b: `Aquí va la versión emocional del texto:\n${c.marketing_copy_b}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'He suavizado la parte de la acupuntura para que no parezca una promesa médica.',
    ),
  }),
  (c) => ({ marketing_copy_c: `**Texto promocional:** ${c.marketing_copy_c}` }),
];

// fr: listing 1 (walkie-talkie watches) takes styles 0-2, listing 2 (herb grinder) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '(Translator’s note: French says “talkie-walkie”, with the words swapped, so I kept that order throughout.)',
    ),
  }),
  (c) => ({ marketing_copy_a: `Accroche valeur :\n${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nFaut-il tutoyer les parents ici, ou garder le vouvoiement comme sur le reste du site ?`,
  }),
  (c) => ({
    translated_description: `Voici la description traduite et adaptée au marché français :\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `${c.h1}\nAutre option : Herbo, le moulin qui tient dans la poche` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nLet me know if you’d like a version without the oregano offer – this one runs to ${chars(c.marketing_copy_c)} characters.`,
  }),
];

export const ROUND_50_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Knockoff massagers can overheat without any warning.',
      'Cheap plug-in repellers often whine loudly enough to bother the whole household.',
      'Counterfeit wax warmers rarely carry proper safety certification.',
      'Imitation chargers are a fire risk we refuse to take.',
    ],
    slogans: ['Quiet nights, pest-free homes.', 'Comfort that goes where you go.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Mouse Repeller, Rodent Control, Home and Garden Deals, Gift Idea',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Nachahmungen aus Plastik werden nach wenigen Wochen stumpf.',
      'Gefälschte Akkus können gefährlich heiß werden.',
      'Billige Kinderuhren halten oft keinen Spritzer aus.',
      'Finger weg von Imitaten, die ohne Prüfsiegel verkauft werden.',
    ],
    slogans: ['Kleine Dinge, große Wirkung.', 'Ruhe im Haus, Freude im Alltag.'],
    chineseLeftovers: [],
    duplicateLead: 'Auf den Punkt gebracht: ',
    titleStuffing: ' | Haushalt, Küchenhelfer, Geschenkidee, Angebot, Schnelle Lieferung',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      'コピー品の充電池は発火のおそれがあります。',
      '激安の超音波機器は効果が長続きしません。',
      '偽物のルームランナーは耐荷重が表示どおりとは限りません。',
      '模倣品には安全基準を満たしていないものもあります。',
    ],
    slogans: ['走る毎日が、もっと身近に。', '静かな夜が、帰ってくる。'],
    chineseLeftovers: ['这款驱虫器对宠物没有影响。', '这台跑步机折叠以后很省空间，噪音也很小。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜家庭用 人気 おすすめ ギフト 送料無料 セール',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las cintas baratas empiezan a chirriar al poco tiempo.',
      'Los masajeadores falsos pueden calentarse más de la cuenta.',
      'Las imitaciones no pasan los controles de seguridad eléctrica.',
      'Cuidado con las falsificaciones que circulan por internet.',
    ],
    slogans: ['Tu cuello también merece un descanso.', 'Más tiempo para ti, sin salir de casa.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Fitness en casa, Deporte, Oferta especial, Envío gratis, Novedades',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les moulins pas chers perdent vite leur mordant.',
      'Méfiez-vous des contrefaçons vendues sans notice en français.',
      'Les fausses montres pour enfants ne résistent guère à la pluie.',
      'Aucune imitation n’offre une mouture aussi régulière.',
    ],
    slogans: ['Le goût du fait maison, tout simplement.', 'Parler, jouer, grandir ensemble.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Cuisine, Idée cadeau, Accessoires maison, Promo, Livraison offerte',
  },
};
