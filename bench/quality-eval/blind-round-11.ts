// Blind set, round 11 (written without reading the gate, committed before it is scored): six products in categories
// no earlier set has (microphones, pressure_washers, sleeping_bags, electric_kettles, hiking_boots,
// pet_gps_trackers), 12 hand-written listings, three artifact styles per listing and wording of its own;
// legitimate numbers: model KM-270, three 14 mm capsules, four patterns, 192 kHz/24-bit, 20 Hz–20 kHz, 3.5 mm jack,
// 1.5 m (4.9 ft), 双向/双指向 (bidirectional, a word), 一对 (a pair, no digit); model HP-150 next to 150 bar (so a changed
// 150 bar stays invented only), 2.100 W (de) / 2100 W, 420 l/h, 3-in-1 / 3 en 1 from 三合一, 1 l, IPX5, 11,5 kg from
// 11.5千克; 650 cuin, 600 g, -10 °C and -18 °C, 220 × 80 cm, 1,4 kg, 22 × 35 cm, Zwei-Wege (双向), two bags → 两个,
// 双人 (double, a word); 1.7 L (57 fl oz), 2,200 W, about 4 minutes next to 40/304, five settings 40–100 °C,
// 2 hours, 304 steel, 1万回 / 10,000 cycles, 360°, 二重 (ja word for 双层); 10万次 → 100.000, 5 mm, 520 g (size 42),
// EU 38 to 46, 每双 (per pair), 两副 → two sets of laces, 三季 → three seasons; model T3, 第二代 → 2nd generation / 2e
// génération, 5 m (16 ft), 28 g (1 oz), IP67, 500 mAh, 十几天 → a dozen days or so / plus d’une dizaine, 30 days,
// 10 geofences, 两种 → two sizes.
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording } from './blind-set';

const MIC_ZH = 'Sonora KM-270 USB电容麦克风';
const MIC_SRC =
  'Sonora KM-270 USB电容麦克风内置三个14毫米振膜，支持心形、全向、双向和立体声四种指向模式。最高采样率192kHz/24bit，频率响应20Hz至20kHz。机身带有3.5毫米耳机监听接口和静音键。附赠一对海绵防风罩和1.5米Type-C数据线，即插即用，适合播客、直播和人声录音。';
const WASHER_ZH = 'AquaForce HP-150 高压清洗机';
const WASHER_SRC =
  'AquaForce HP-150 高压清洗机功率2100瓦，最大压力150bar，流量每小时420升。配备8米高压软管和5米电源线，附带三合一可调喷枪和1升泡沫壶。整机防水等级IPX5，重量约11.5千克，适合洗车、清洁庭院和外墙。喷枪带有安全锁，防止误触。';
const BAG_ZH = 'Nordlys 羽绒木乃伊睡袋 -10℃';
const BAG_SRC =
  'Nordlys 木乃伊睡袋填充650蓬松度白鸭绒，充绒量600克，舒适温度-10℃，极限温度-18℃。展开尺寸220×80厘米，整袋重量1.4千克，压缩后仅22×35厘米。双向拉链方便调节通风，两个同款睡袋可拼接成一个双人睡袋。附赠防水压缩袋。';
const KETTLE_ZH = 'Calda 温控电热水壶 1.7L';
const KETTLE_SRC =
  'Calda 电热水壶容量1.7升，功率2200瓦，约4分钟即可烧开一壶水。提供40℃、60℃、80℃、90℃、100℃五档控温，保温时长可达2小时。内胆采用304不锈钢，开关通过1万次寿命测试。底座可360°旋转，壶身双层防烫。水位窗清晰可见，干烧自动断电。';
const BOOTS_ZH = 'Cumbre Trail Mid 中帮防水登山鞋';
const BOOTS_SRC =
  'Cumbre Trail Mid 登山鞋鞋面采用防水透气膜，通过10万次弯折测试。Vibram橡胶大底齿深5毫米，抓地稳定。单只重量约520克（42码）。欧码38至46，每双附赠两副鞋带。后跟加厚保护，减少长距离行走的疲劳。鞋垫可拆洗，适合三季徒步。';
const TRACKER_ZH = 'PawTrail T3 第二代宠物GPS定位器';
const TRACKER_SRC =
  'PawTrail T3 第二代宠物GPS定位器采用GPS、北斗和Wi-Fi三重定位，精度可达5米。机身仅重28克，防水等级IP67。内置500毫安时电池，正常模式续航十几天，省电模式最长可达30天。可在手机App中设置10个电子围栏，宠物离开范围立即推送提醒。附赠两种尺寸的硅胶项圈扣。';

export const ROUND_11_LISTINGS: readonly BlindListing[] = [
  listing(
    'q01',
    'microphones',
    'en',
    MIC_ZH,
    MIC_SRC,
    {
      translated_description:
        'The Sonora KM-270 USB condenser microphone houses three 14 mm capsules and switches between four polar patterns: cardioid, omnidirectional, bidirectional and stereo. It records at up to 192 kHz/24-bit, with a frequency response of 20 Hz to 20 kHz. A 3.5 mm headphone jack lets you monitor yourself, and a mute button sits on the body. A pair of foam windscreens and a 1.5 m (4.9 ft) USB-C cable come in the box, so it is plug and play for podcasts, streams and vocals.',
      seo_title: 'Sonora KM-270 USB Condenser Mic, 4 Patterns',
      meta_description:
        'Sonora KM-270 USB condenser mic with three 14 mm capsules, four polar patterns and 192 kHz/24-bit recording. Plug in over USB-C for podcasts and vocals.',
      h1: 'Sonora KM-270 Studio USB Microphone',
      marketing_copy_a:
        'One mic, four pickup patterns: podcasts, vocals and interviews all covered by a single purchase. Buy the KM-270 today.',
      marketing_copy_b:
        'Hear your voice the way your listeners will, warm, close and clear. Discover the Sonora sound.',
      marketing_copy_c:
        'Launch offer: a free desk stand with the mic this week. Add the KM-270 to your cart.',
    },
    { field: 'meta_description', find: '192 kHz', replace: '384 kHz', labels: ['number_invented'] },
    'It records at up to 192 kHz/24-bit, with a frequency response of 20 Hz to 20 kHz.',
  ),
  listing(
    'q01',
    'microphones',
    'ja',
    MIC_ZH,
    MIC_SRC,
    {
      translated_description:
        'Sonora KM-270はUSB接続のコンデンサーマイクです。14mmのカプセルを3基内蔵し、単一指向・無指向・双指向・ステレオの4つの指向性を切り替えられます。最大192kHz/24bitで録音でき、周波数特性は20Hz〜20kHzです。本体には3.5mmヘッドホン端子とミュートボタンを備えています。ペアのウインドスクリーンと1.5mのType-Cケーブルが付属し、挿すだけでポッドキャストや配信、歌の録音に使えます。',
      seo_title: 'Sonora KM-270 USBコンデンサーマイク 4指向性',
      meta_description:
        '14mmカプセル3基と4つの指向性を備えたUSBコンデンサーマイク。最大192kHz/24bitの高音質で、配信やポッドキャスト、歌の録音に活躍します。',
      h1: 'Sonora KM-270 宅録のためのUSBマイク',
      marketing_copy_a: '指向性を切り替えるだけで、配信も歌もインタビューもこれ一本で完結。今すぐ購入。',
      marketing_copy_b: 'ヘッドホンから聞こえる自分の声に、思わず笑顔になるはずです。ぜひお試しください。',
      marketing_copy_c: '発売記念としてデスクスタンドを無料でお付けしています。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '最大192kHz',
      replace: '最大96kHz',
      labels: ['number_dropped', 'number_invented'],
    },
    '本体には3.5mmヘッドホン端子とミュートボタンを備えています。',
  ),
  listing(
    'q02',
    'pressure_washers',
    'de',
    WASHER_ZH,
    WASHER_SRC,
    {
      translated_description:
        'Der Hochdruckreiniger AquaForce HP-150 leistet 2.100 W und erreicht einen maximalen Druck von 150 bar bei 420 l/h Fördermenge. Mitgeliefert werden ein 8 m langer Hochdruckschlauch, ein 5 m langes Netzkabel, eine verstellbare 3-in-1-Sprühlanze und ein Schaumbehälter mit 1 l Inhalt. Das Gerät ist nach IPX5 strahlwassergeschützt und wiegt rund 11,5 kg – ideal für Auto, Terrasse und Fassade. Eine Sicherheitssperre an der Lanze verhindert versehentliches Auslösen.',
      seo_title: 'AquaForce HP-150 Hochdruckreiniger, 150 bar',
      meta_description:
        'Hochdruckreiniger AquaForce HP-150 mit 2100 W, 150 bar und 420 l/h, 8 m Schlauch, 3-in-1-Lanze und Schaumbehälter – für Auto, Terrasse und Fassade.',
      h1: 'AquaForce HP-150 – Kraft für Haus und Hof',
      marketing_copy_a: 'Profi-Druck für Auto und Terrasse, ohne Profi-Preis. Jetzt bestellen.',
      marketing_copy_b:
        'Wenn der graue Belag von den Terrassenplatten weicht, sieht der Garten aus wie neu. Entdecken Sie AquaForce.',
      marketing_copy_c: 'Nur diese Woche gibt es den Flächenreiniger gratis dazu. Sichern Sie sich Ihr Set.',
    },
    { field: 'seo_title', find: '150 bar', replace: '180 bar', labels: ['number_invented'] },
    'Das Gerät ist nach IPX5 strahlwassergeschützt und wiegt rund 11,5 kg – ideal für Auto, Terrasse und Fassade.',
  ),
  listing(
    'q02',
    'pressure_washers',
    'es',
    WASHER_ZH,
    WASHER_SRC,
    {
      translated_description:
        'La hidrolimpiadora AquaForce HP-150 tiene 2100 W de potencia, una presión máxima de 150 bar y un caudal de 420 l/h. Incluye una manguera de alta presión de 8 m, un cable de 5 m, una pistola regulable 3 en 1 y un depósito de espuma de 1 l. Tiene protección IPX5 y pesa unos 11,5 kg: perfecta para el coche, el patio y las fachadas. La pistola lleva un bloqueo de seguridad que evita disparos accidentales.',
      seo_title: 'Hidrolimpiadora AquaForce HP-150, 150 bar',
      meta_description:
        'Hidrolimpiadora AquaForce HP-150 de 2100 W y 150 bar, con 420 l/h de caudal, manguera de 8 m y pistola 3 en 1. Deja el coche y el patio como nuevos.',
      h1: 'AquaForce HP-150: limpieza a presión sin esfuerzo',
      marketing_copy_a: 'Presión profesional para el coche y la terraza a un precio razonable. Cómprala hoy.',
      marketing_copy_b:
        'Ese momento en que las baldosas del patio recuperan su color de siempre no tiene precio. Descubre AquaForce.',
      marketing_copy_c: 'Solo esta semana, cepillo para suelos de regalo. Aprovecha la oferta.',
    },
    {
      field: 'translated_description',
      find: 'presión máxima de 150 bar',
      replace: 'presión máxima de 170 bar',
      labels: ['number_invented'],
    },
    'Incluye una manguera de alta presión de 8 m, un cable de 5 m, una pistola regulable 3 en 1 y un depósito de espuma de 1 l.',
  ),
  listing(
    'q03',
    'sleeping_bags',
    'fr',
    BAG_ZH,
    BAG_SRC,
    {
      translated_description:
        'Le sac de couchage momie Nordlys est garni de 600 g de duvet de canard blanc d’un gonflant de 650 cuin. Sa température de confort est de -10 °C et sa température extrême de -18 °C. Déplié, il mesure 220 × 80 cm ; il pèse 1,4 kg et se compresse à 22 × 35 cm seulement. Sa fermeture à glissière double sens permet de régler l’aération, et deux sacs identiques s’assemblent en un sac double. Un sac de compression étanche est fourni.',
      seo_title: 'Sac de couchage momie Nordlys, confort -10 °C',
      meta_description:
        'Sac de couchage momie Nordlys en duvet de canard 650 cuin : confort -10 °C, extrême -18 °C, 1,4 kg seulement et 22 × 35 cm une fois compressé.',
      h1: 'Nordlys, la chaleur du duvet en bivouac',
      marketing_copy_a:
        'Un duvet haut de gamme qui tient dans un petit sac à dos, à un prix juste. Commandez Nordlys.',
      marketing_copy_b: 'Dehors, le givre craque ; dedans, vous dormez bien au chaud. Découvrez Nordlys.',
      marketing_copy_c: 'Livraison offerte jusqu’à dimanche : profitez-en.',
    },
    { field: 'translated_description', replace: 'Il est garanti 5 ans.', labels: ['number_invented'] },
    'Déplié, il mesure 220 × 80 cm ; il pèse 1,4 kg et se compresse à 22 × 35 cm seulement.',
  ),
  listing(
    'q03',
    'sleeping_bags',
    'de',
    BAG_ZH,
    BAG_SRC,
    {
      translated_description:
        'Der Mumienschlafsack Nordlys ist mit 600 g weißer Entendaune der Bauschkraft 650 cuin gefüllt. Die Komforttemperatur liegt bei -10 °C, die Extremtemperatur bei -18 °C. Ausgebreitet misst er 220 × 80 cm, er wiegt 1,4 kg und lässt sich auf 22 × 35 cm komprimieren. Der Zwei-Wege-Reißverschluss regelt die Belüftung, und zwei baugleiche Schlafsäcke lassen sich zu einem Doppelschlafsack verbinden. Ein wasserdichter Kompressionssack liegt bei.',
      seo_title: 'Nordlys Daunen-Mumienschlafsack, Komfort -10 °C',
      meta_description:
        'Mumienschlafsack Nordlys mit 650-cuin-Entendaune: Komfort bei -10 °C, Extrem bei -18 °C, nur 1,4 kg schwer und auf 22 × 35 cm komprimierbar.',
      h1: 'Nordlys Daunenschlafsack für kalte Nächte',
      marketing_copy_a: 'Winterwärme aus Daune im Packmaß einer Thermoskanne. Jetzt kaufen.',
      marketing_copy_b:
        'Draußen knirscht der Frost, drinnen schlafen Sie tief und warm. Entdecken Sie Nordlys.',
      marketing_copy_c: 'Versandkostenfrei bis Sonntag: Jetzt bestellen.',
    },
    { field: 'seo_title', find: '-10 °C', replace: '-15 °C', labels: ['number_invented'] },
    'Ausgebreitet misst er 220 × 80 cm, er wiegt 1,4 kg und lässt sich auf 22 × 35 cm komprimieren.',
  ),
  listing(
    'q04',
    'electric_kettles',
    'ja',
    KETTLE_ZH,
    KETTLE_SRC,
    {
      translated_description:
        'Caldaの電気ケトルは容量1.7L、消費電力2200Wで、約4分でお湯が沸きます。温度は40℃・60℃・80℃・90℃・100℃の5段階から選べ、最長2時間保温できます。内側は304ステンレス製で、スイッチは1万回の耐久テストをクリア。台座は360°回転し、二重構造のボディで外側が熱くなりにくい設計です。水位窓が見やすく、空焚き時は自動で電源が切れます。',
      seo_title: 'Calda 電気ケトル 1.7L 温度調節5段階 保温付き',
      meta_description:
        '1.7L・2200Wで約4分で沸く温度調節ケトル。40〜100℃の5段階設定と2時間保温で、コーヒーや緑茶、粉ミルクにちょうどいいお湯がすぐに使えます。',
      h1: 'Calda 温度調節ケトル',
      marketing_copy_a: '温度を選べるから、お茶もコーヒーもいちばんおいしい状態で。今すぐ購入。',
      marketing_copy_b: '朝の一杯を丁寧にいれる時間が、毎日の楽しみになります。ぜひお試しください。',
      marketing_copy_c: '今ならドリップポットとのセットがお得です。カートへどうぞ。',
    },
    { field: 'meta_description', find: '2200W', replace: '2400W', labels: ['number_invented'] },
    '内側は304ステンレス製で、スイッチは1万回の耐久テストをクリア。',
  ),
  listing(
    'q04',
    'electric_kettles',
    'en',
    KETTLE_ZH,
    KETTLE_SRC,
    {
      translated_description:
        'The Calda electric kettle holds 1.7 L (57 fl oz) and runs at 2,200 W, boiling a full kettle in about 4 minutes. Choose from five temperature settings (40, 60, 80, 90 or 100 °C) and keep water warm for up to 2 hours. The inner pot is 304 stainless steel, and the switch is tested for 10,000 cycles. The base turns 360°, and the double-wall body stays cool to the touch. A clear window shows the water level, and the kettle switches off by itself if it boils dry.',
      seo_title: 'Calda Electric Kettle 1.7 L, 5 Temperature Settings',
      meta_description:
        'Calda 1.7 L electric kettle with 2,200 W fast boiling, five temperature settings from 40 to 100 °C and a 2-hour keep-warm function for tea, coffee and formula.',
      h1: 'Calda Temperature-Control Kettle',
      marketing_copy_a:
        'The right temperature for green tea, coffee or formula, every time. Buy the Calda kettle today.',
      marketing_copy_b:
        'A quiet morning, a perfect cup of tea, and a moment that is just yours. Discover Calda.',
      marketing_copy_c: 'A free glass tea infuser comes with every kettle this week. Order now.',
    },
    {
      field: 'translated_description',
      find: 'in about 4 minutes',
      replace: 'in about 3 minutes',
      labels: ['number_dropped', 'number_invented'],
    },
    'The inner pot is 304 stainless steel, and the switch is tested for 10,000 cycles.',
  ),
  listing(
    'q05',
    'hiking_boots',
    'es',
    BOOTS_ZH,
    BOOTS_SRC,
    {
      translated_description:
        'Las botas de montaña Cumbre Trail Mid llevan una membrana impermeable y transpirable que ha superado 100.000 ciclos de flexión. La suela de goma Vibram, con tacos de 5 mm de profundidad, agarra con firmeza. Cada bota pesa unos 520 g (talla 42). Se venden en tallas europeas del 38 al 46, y cada par incluye dos juegos de cordones. El talón reforzado reduce la fatiga en las rutas largas. La plantilla es extraíble y lavable, ideal para senderismo de tres estaciones.',
      seo_title: 'Botas de montaña Cumbre Trail Mid, tallas 38–46',
      meta_description:
        'Botas de montaña Cumbre Trail Mid con membrana impermeable, suela Vibram de 5 mm y 520 g por bota. Tallas europeas del 38 al 46 para rutas de tres estaciones.',
      h1: 'Cumbre Trail Mid, botas para cada sendero',
      marketing_copy_a:
        'Impermeables, ligeras y con suela Vibram, a un precio que sí cuadra. Hazte con las tuyas.',
      marketing_copy_b:
        'Barro, piedra y arroyos: tus pies siguen secos al llegar a la cima. Descubre Cumbre.',
      marketing_copy_c: 'Envío y cambios de talla gratis este mes. Pide tus Cumbre ya.',
    },
    { field: 'meta_description', find: '520 g', replace: '480 g', labels: ['number_invented'] },
    'Cada bota pesa unos 520 g (talla 42).',
  ),
  listing(
    'q05',
    'hiking_boots',
    'de',
    BOOTS_ZH,
    BOOTS_SRC,
    {
      translated_description:
        'Der Wanderstiefel Cumbre Trail Mid hat eine wasserdichte, atmungsaktive Membran, die im Test 100.000 Knickzyklen übersteht. Die Vibram-Gummisohle mit 5 mm tiefem Profil greift sicher. Ein Schuh wiegt etwa 520 g (Größe 42). Erhältlich in den EU-Größen 38 bis 46; jedem Paar liegen zwei Paar Schnürsenkel bei. Eine verstärkte Fersenkappe beugt Ermüdung auf langen Strecken vor. Die Einlegesohle ist herausnehmbar und waschbar – ideal für Touren in drei Jahreszeiten.',
      seo_title: 'Cumbre Trail Mid Wanderstiefel, EU 38–46',
      meta_description:
        'Wanderstiefel Cumbre Trail Mid mit wasserdichter Membran, Vibram-Sohle mit 5 mm Profil und 520 g pro Schuh – in den EU-Größen 38 bis 46 für drei Jahreszeiten.',
      h1: 'Cumbre Trail Mid – trocken ans Ziel',
      marketing_copy_a:
        'Wasserdicht, leicht und mit Vibram-Sohle: ein Stiefel für viele Jahre. Jetzt kaufen.',
      marketing_copy_b:
        'Bachquerung, Geröllfeld, Gipfelkreuz – und Ihre Füße bleiben trocken. Entdecken Sie Cumbre.',
      marketing_copy_c: 'Diesen Monat ist der Größentausch gratis. Bestellen Sie Ihr Paar noch heute.',
    },
    {
      field: 'translated_description',
      replace: 'Die Laufsohle ist für 1.500 Kilometer ausgelegt.',
      labels: ['number_invented'],
    },
    'Ein Schuh wiegt etwa 520 g (Größe 42).',
  ),
  listing(
    'q06',
    'pet_gps_trackers',
    'en',
    TRACKER_ZH,
    TRACKER_SRC,
    {
      translated_description:
        'The PawTrail T3 (2nd generation) pet GPS tracker combines GPS, BeiDou and Wi-Fi positioning for accuracy down to 5 m (16 ft). It weighs only 28 g (1 oz) and is rated IP67. The 500 mAh battery lasts a dozen days or so in normal mode and up to 30 days in power-saving mode. Set up to 10 geofences in the app and get an instant alert when your pet leaves one. Silicone collar mounts in two sizes are included.',
      seo_title: 'PawTrail T3 Pet GPS Tracker, 2nd Gen, IP67',
      meta_description:
        'PawTrail T3 2nd-gen GPS tracker for dogs and cats: GPS, BeiDou and Wi-Fi positioning to 5 m, just 28 g, IP67 waterproof and up to 30 days per charge.',
      h1: 'PawTrail T3 GPS Tracker for Dogs and Cats',
      marketing_copy_a: 'Three ways to find your pet in one featherweight tag. Order the PawTrail T3 today.',
      marketing_copy_b: 'That sinking feeling when the garden gate is open? Gone. Discover PawTrail.',
      marketing_copy_c: 'Free collar mount set this week only, so grab yours while stocks last.',
    },
    { field: 'seo_title', find: 'IP67', replace: 'IP68', labels: ['number_invented'] },
    'The 500 mAh battery lasts a dozen days or so in normal mode and up to 30 days in power-saving mode.',
  ),
  listing(
    'q06',
    'pet_gps_trackers',
    'fr',
    TRACKER_ZH,
    TRACKER_SRC,
    {
      translated_description:
        'Le traceur GPS PawTrail T3 de 2e génération combine GPS, BeiDou et Wi-Fi pour une précision de 5 m. Il ne pèse que 28 g et il est certifié IP67. Sa batterie de 500 mAh tient plus d’une dizaine de jours en mode normal et jusqu’à 30 jours en mode économie. L’application permet de définir 10 zones de sécurité et vous alerte dès que votre animal en sort. Des attaches de collier en silicone sont fournies en deux tailles.',
      seo_title: 'Traceur GPS PawTrail T3 pour chien et chat, IP67',
      meta_description:
        'Traceur GPS PawTrail T3 de 2e génération : GPS, BeiDou et Wi-Fi à 5 m près, 28 g seulement, étanche IP67 et jusqu’à 30 jours d’autonomie en mode économie.',
      h1: 'PawTrail T3, votre compagnon toujours localisé',
      marketing_copy_a:
        'Trois systèmes de localisation dans une balise plume, pour un budget raisonnable. Commandez le PawTrail T3.',
      marketing_copy_b: 'Le portail est resté ouvert ? Vous savez déjà où il est parti. Découvrez PawTrail.',
      marketing_copy_c: 'Lot d’attaches de collier offert cette semaine : ajoutez-le au panier.',
    },
    {
      field: 'translated_description',
      find: 'jusqu’à 30 jours',
      replace: 'jusqu’à 45 jours',
      labels: ['number_dropped', 'number_invented'],
    },
    'Il ne pèse que 28 g et il est certifié IP67.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_11_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `Sure — I've localised this for a UK/US audience and kept every figure from the original.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `**Title:** ${c.seo_title}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nWant me to draft a punchier variant with emojis for social media?`,
      }),
      (c) => ({ h1: `Option A: ${c.h1}\nOption B: ${c.h1} for Tea Lovers` }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a} (Kept it short and value-led, as you asked.)` }),
      (c) => ({ meta_description: `"meta_description": "${c.meta_description}",` }),
      (c) => ({
        translated_description: `${c.translated_description} [Translator's note: brand and model names are left in their original Latin spelling.]`,
      }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b} {{brand_tagline}}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nI can't check these specs against the manufacturer's datasheet, so please double-check them before you publish.`,
      }),
    ],
    forbidden: [
      'Forget flimsy knockoffs.',
      'Cheaper models cut corners; this one does not.',
      'No replicas, only the genuine article.',
      'Beware of counterfeit listings elsewhere.',
    ],
    slogans: ['Your voice, unfiltered.', 'Boil, pour, unwind.'],
    chineseLeftovers: [],
    duplicateLead: 'Put simply: ',
    titleStuffing: ' | Top Rated, Gift Idea, Fast Shipping, New Arrival',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `¡Claro! Te dejo la descripción adaptada al español de España:\n\n${c.translated_description}`,
      }),
      (c) => ({
        meta_description: `${c.meta_description}\n\n(He intentado ajustarme a la longitud recomendada para buscadores.)`,
      }),
      (c) => ({ seo_title: `seo_title: "${c.seo_title}"` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nLet me know if you'd prefer a more formal register.`,
      }),
      (c) => ({ h1: `${c.h1} <!-- H1 -->` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nNota: he mantenido las unidades del original; si lo prefieres, puedo pasarlas al sistema imperial.`,
      }),
    ],
    forbidden: [
      'Olvídate de las copias baratas.',
      'No es una imitación cualquiera.',
      'Desconfía de los productos falsos.',
      'Nada que ver con las réplicas del mercado.',
    ],
    slogans: ['El agua, a tu favor.', 'Cada paso, más firme.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Novedad, idea de regalo, envío rápido, top ventas',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `Avec plaisir ! J’ai adapté le texte au public français en conservant toutes les caractéristiques techniques.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Proposition de titre : « ${c.seo_title} »` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nSouhaitez-vous une version plus décalée, avec tutoiement ?`,
      }),
      (c) => ({ meta_description: `\`${c.meta_description}\`` }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a} (j’ai privilégié le vouvoiement, plus courant en e-commerce)`,
      }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n— L’équipe [NOM DE LA BOUTIQUE]` }),
    ],
    forbidden: [
      'Rien à voir avec les modèles pas chers.',
      'Méfiez-vous des contrefaçons.',
      'Pas une simple réplique.',
      'Aucune fausse promesse.',
    ],
    slogans: ['La nuit, au chaud.', 'Toujours sur sa piste.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Nouveauté, idée cadeau, livraison rapide, best-seller',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Gerne! Ich habe den Text sinngemäß übertragen und alle technischen Angaben übernommen.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `SEO-Titel » ${c.seo_title}` }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n\nLet me know if you'd like any tweaks!` }),
      (c) => ({ h1: `<h1 class="product-title">${c.h1}</h1>` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nAnmerkung: Dezimalstellen habe ich ans deutsche Format angepasst (Komma statt Punkt).`,
      }),
      (c) => ({ meta_description: `${c.meta_description} (Sie-Form, wie gewünscht)` }),
      (c) => ({
        marketing_copy_c: `Variante A: ${c.marketing_copy_c}\nVariante B: Jetzt zuschlagen und sparen!`,
      }),
      (c) => ({ translated_description: `### Produktbeschreibung\n\n${c.translated_description}` }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}\n\nIch hoffe, der Ton passt so – sonst formuliere ich gern um.`,
      }),
    ],
    forbidden: [
      'Keine billigen Kompromisse.',
      'Vorsicht vor Fälschungen aus dubiosen Shops.',
      'Mehr als eine Nachahmung.',
      'Kein Imitat, sondern das Original.',
    ],
    slogans: ['Sauber bis in jede Fuge.', 'Warm bis zum Morgen.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' | Neuheit, Geschenkidee, Schneller Versand, Topseller',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `かしこまりました。自然な日本語になるよう、少し意訳しています。\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `【タイトル案】${c.seo_title}` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\n---\nNote: kept the polite desu/masu style throughout.`,
      }),
      (c) => ({ meta_description: `「${c.meta_description}」という形でいかがでしょうか？` }),
      (c) => ({ h1: `**${c.h1}**` }),
      (c) => ({
        marketing_copy_a: `（補足：文字数に合わせて一部の表現を短くしています）\n${c.marketing_copy_a}`,
      }),
    ],
    forbidden: [
      '市場に出回る偽物とは別物です。',
      '激安モデルとは一線を画す仕上がり。',
      '模倣品の購入にはくれぐれもご注意を。',
      'コピー品では味わえない品質です。',
    ],
    slogans: ['声を、まっすぐ届ける。', 'お湯の時間を、もっと心地よく。'],
    chineseLeftovers: ['这款麦克风适合直播和录音。', '请勿在水壶内无水时通电加热。'],
    duplicateLead: 'ひと言でいえば、',
    titleStuffing: '｜新作 ギフト対応 送料無料 人気ランキング上位',
  },
};
