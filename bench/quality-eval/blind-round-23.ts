// Blind set, round 23 (written without reading the gate, committed before it is scored): six products in
// categories kids_smartwatches, cast_iron_pans, window_cleaning_robots, pilates_reformers, led_desk_lamps and
// fishing_reels, 12 hand-written listings, three artifact styles per listing, chatter written to blend in;
// legitimate numbers: model K9, 4G, 三重 positioning (three systems), 1.4-inch (3.6 cm) screen, 800 mAh, 两天 (two
// days), IPX7, 十几/几十 (vague: more than ten, dozens — 十数/数十 in ja); 28 cm pan, 5 cm deep, 2.6 kg, 三次
// (three times), 两个 handles (two), 260 °C, 百分之三十 (30 %); Clario W5, 第3代 (3rd generation), 2800 Pa,
// 20 minutes, 双喷头 (dual nozzles, not a number), 3 mm, 2.4 m² (the ² is no number), 65 dB, 4 m (13 ft),
// 5 m (16 ft), 12 pads; 226 × 66 × 35 cm, 0.4 m², 五根 (five springs), 100万次 (1,000,000 / 100万回), 150 kg,
// 150 to 195 cm, 二合一 (2-in-1), 38 kg; 双光源 (dual light source, not a number), 96 LEDs, Ra97, 2700–6500 K,
// 5 settings, 180°, 10 W, 15/30/60 minutes, 12 W, 两年 (two years); Tidex 3000, 9+1 bearings, 5.2:1,
// 每转一圈 (idiomatic 一), 78 cm, 8 kg, 0.25 mm, 150 m, 265 g.
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording, type Artifact } from './blind-set';

const WATCH_ZH = 'Kidoo K9 儿童4G电话手表';
const WATCH_SRC =
  'Kidoo K9 儿童电话手表支持4G全网通，可视频通话，内置GPS、北斗、Wi-Fi三重定位。1.4英寸高清触控屏，800毫安时电池，正常使用可待机两天。IPX7级防水，洗手淋雨无压力。家长可通过手机App设置十几个电子围栏和上课禁用时段，还可添加几十位联系人白名单。';
const PAN_ZH = 'Ferrum 28厘米 铸铁平底锅';
const PAN_SRC =
  'Ferrum 铸铁平底锅直径28厘米，深5厘米，锅身重2.6公斤。出厂前已用植物油开锅三次，到手即可使用。锅身配有两个辅助耳把手，适用于燃气灶、电磁炉和烤箱，烤箱中可耐受260℃高温。相比普通不粘锅，导热均匀度提升百分之三十。';
const ROBOT_ZH = 'Clario W5 第3代 擦窗机器人';
const ROBOT_SRC =
  'Clario W5 擦窗机器人（第3代）采用2800Pa强力吸附，贴在玻璃上不易掉落；突然断电时，内置UPS电池仍可维持吸附20分钟。配备超声波双喷头自动喷水，适用于厚度3毫米以上的玻璃。每分钟可清洁2.4平方米，运行噪音低于65分贝。标配4米安全绳和5米电源线，另附12块超细纤维擦布。';
const REFORMER_ZH = 'Corevia 可折叠普拉提核心床';
const REFORMER_SRC =
  'Corevia 家用普拉提核心床采用航空级铝合金框架，展开尺寸226×66×35厘米，折叠后占地仅0.4平方米。配有五根不同阻力的弹簧，滑车静音滑轮通过100万次往复测试。最大承重150公斤，适合身高150至195厘米的用户。附赠跳板和二合一坐箱，整机重约38公斤。';
const LAMP_ZH = 'Lumo 双光源护眼LED台灯';
const LAMP_SRC =
  'Lumo 护眼LED台灯采用双光源设计，共96颗LED灯珠，显色指数Ra97。亮度无级调节，色温2700K至6500K分5档可选。灯臂可180度旋转，底座内置10W无线充电。支持定时关灯，可设15分钟、30分钟或60分钟。整灯功率12瓦，质保两年。';
const REEL_ZH = 'Tidex 3000型 纺车轮 9+1轴承';
const REEL_SRC =
  'Tidex 3000型纺车轮采用9+1轴承，速比5.2:1，摇柄每转一圈收线78厘米。最大卸力8公斤，配碳纤维刹车片。CNC铝合金线杯可容纳0.25毫米尼龙线150米。整机重265克，摇柄左右手可互换，另附备用线杯。';

export const ROUND_23_LISTINGS: readonly BlindListing[] = [
  listing(
    'q01',
    'kids_smartwatches',
    'en',
    WATCH_ZH,
    WATCH_SRC,
    {
      translated_description:
        'The Kidoo K9 kids’ phone watch works on 4G with all major carriers and supports video calls. It pinpoints your child through three positioning systems: GPS, BeiDou and Wi-Fi. Its 1.4-inch (3.6 cm) HD touchscreen runs on an 800 mAh battery that lasts two days on standby in normal use. Rated IPX7, it shrugs off hand-washing and rain. From the parent app you can set more than ten geofences and class-time quiet hours, and whitelist dozens of contacts.',
      seo_title: 'Kidoo K9 4G Kids Smartwatch with GPS and Video Calls',
      meta_description:
        'Kidoo K9 4G kids’ smartwatch with video calls, GPS, BeiDou and Wi-Fi tracking, a 1.4-inch touchscreen, IPX7 water resistance and two days of standby.',
      h1: 'Kidoo K9 Kids’ Phone Watch',
      marketing_copy_a:
        'Calls, location and a safe contact list on one wrist, with no second phone to pay for. Order the Kidoo K9 today.',
      marketing_copy_b:
        'They run off to the park and you still hear them say they got there safely. Give them a Kidoo K9 – shop now.',
      marketing_copy_c: 'Free spare silicone strap with every watch this month. Add yours to the cart.',
    },
    {
      field: 'translated_description',
      find: 'an 800 mAh battery',
      replace: 'a 1,000 mAh battery',
      labels: ['number_dropped', 'number_invented'],
    },
    'Rated IPX7, it shrugs off hand-washing and rain.',
  ),
  listing(
    'q01',
    'kids_smartwatches',
    'ja',
    WATCH_ZH,
    WATCH_SRC,
    {
      translated_description:
        'Kidoo K9キッズケータイウォッチは4Gで主要キャリアに対応し、ビデオ通話もできます。GPS・北斗・Wi-Fiの3方式でお子さまの現在地を確認できます。1.4インチの高精細タッチ画面と800mAhのバッテリーを搭載し、通常使用で2日間の待ち受けが可能です。IPX7の防水仕様なので、手洗いや雨でも安心です。保護者はスマホアプリから十数か所のジオフェンスと授業中の使用制限を設定でき、数十件の連絡先をホワイトリストに登録できます。',
      seo_title: 'Kidoo K9 キッズケータイ 4G GPS ビデオ通話対応',
      meta_description:
        '4G対応のキッズケータイウォッチ。ビデオ通話、GPS・北斗・Wi-Fiの3方式の位置確認、1.4インチ画面、IPX7防水で、離れていても親子がつながります。',
      h1: 'Kidoo K9 子ども用スマートウォッチ',
      marketing_copy_a: 'スマホを持たせなくても、通話と見守りはこの腕時計におまかせ。今すぐ購入。',
      marketing_copy_b:
        '「公園に着いたよ」の声がちゃんと届く。離れていても、いつもそばに。ぜひお試しください。',
      marketing_copy_c: 'シリコン替えバンドを今月限定でプレゼント。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '4G', replace: '5G', labels: ['number_invented'] },
    'IPX7の防水仕様なので、手洗いや雨でも安心です。',
  ),
  listing(
    'q02',
    'cast_iron_pans',
    'de',
    PAN_ZH,
    PAN_SRC,
    {
      translated_description:
        'Die Ferrum Gusseisenpfanne hat einen Durchmesser von 28 cm, ist 5 cm tief und wiegt 2,6 kg. Sie wurde ab Werk dreimal mit Pflanzenöl eingebrannt und ist sofort einsatzbereit. Zwei Hilfsgriffe erleichtern das Anheben. Die Pfanne eignet sich für Gas, Induktion und den Backofen bis 260 °C. Im Vergleich zu einer üblichen beschichteten Pfanne verteilt sie die Wärme um 30 % gleichmäßiger.',
      seo_title: 'Ferrum Gusseisenpfanne 28 cm, eingebrannt, Induktion',
      meta_description:
        'Ferrum Gusseisenpfanne mit 28 cm Durchmesser, dreifach eingebrannt und sofort startklar – für Gas, Induktion und den Backofen bis 260 °C.',
      h1: 'Ferrum Pfanne aus Gusseisen',
      marketing_copy_a: 'Eine Pfanne fürs Leben statt alle paar Jahre eine neue. Jetzt kaufen.',
      marketing_copy_b:
        'Das Zischen, wenn das Steak auf heißes Eisen trifft, klingt nach Sonntag. Entdecken Sie Ferrum.',
      marketing_copy_c: 'Diese Woche mit gratis Topflappen aus Leinen. Jetzt bestellen.',
    },
    { field: 'meta_description', find: '260 °C', replace: '300 °C', labels: ['number_invented'] },
    'Zwei Hilfsgriffe erleichtern das Anheben.',
  ),
  listing(
    'q02',
    'cast_iron_pans',
    'fr',
    PAN_ZH,
    PAN_SRC,
    {
      translated_description:
        'La poêle en fonte Ferrum mesure 28 cm de diamètre et 5 cm de profondeur, pour un poids de 2,6 kg. Culottée trois fois à l’huile végétale en usine, elle s’utilise dès réception. Deux poignées auxiliaires facilitent la prise en main. Elle convient au gaz, à l’induction et au four jusqu’à 260 °C. Par rapport à une poêle antiadhésive classique, la chaleur s’y répartit 30 % plus uniformément.',
      seo_title: 'Poêle en fonte Ferrum 28 cm, culottée, induction et four',
      meta_description:
        'Poêle en fonte Ferrum de 28 cm, culottée trois fois et prête à l’emploi, compatible gaz, induction et four jusqu’à 260 °C, pour des saisies parfaites.',
      h1: 'Ferrum, la fonte qui dure',
      marketing_copy_a:
        'Une poêle pour toute une vie, au lieu d’en racheter une régulièrement. Achetez Ferrum.',
      marketing_copy_b:
        'Le grésillement d’un steak sur la fonte bien chaude, c’est déjà le week-end. Découvrez Ferrum.',
      marketing_copy_c: 'Manique en lin offerte cette semaine\u00a0: commandez dès maintenant.',
    },
    {
      field: 'translated_description',
      find: 'poids de 2,6 kg',
      replace: 'poids de 3,1 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Deux poignées auxiliaires facilitent la prise en main.',
  ),
  listing(
    'q03',
    'window_cleaning_robots',
    'en',
    ROBOT_ZH,
    ROBOT_SRC,
    {
      translated_description:
        'The Clario W5 window cleaning robot (3rd generation) holds onto glass with 2,800 Pa of suction, so it won’t slip off. If the power suddenly fails, its built-in UPS battery keeps it attached for 20 minutes. Dual ultrasonic nozzles mist water automatically, and it handles glass 3 mm thick or more. It cleans 2.4 m² per minute and runs at under 65 dB. A 4 m (13 ft) safety rope and a 5 m (16 ft) power cord come as standard, plus 12 microfibre cleaning pads.',
      seo_title: 'Clario W5 Window Cleaning Robot, 2,800 Pa Suction',
      meta_description:
        'Clario W5 window cleaning robot with 2,800 Pa suction, a 20-minute backup battery, dual spray nozzles and a safety rope for streak-free windows, inside and out.',
      h1: 'Clario W5 Window Robot, 3rd Generation',
      marketing_copy_a:
        'Spotless windows without paying a window cleaner every month. Get the Clario W5 today.',
      marketing_copy_b: 'Sunday coffee, a sunny room and no ladder in sight. Discover Clario.',
      marketing_copy_c: 'Extra set of cleaning pads free with every order this week. Shop now.',
    },
    { field: 'meta_description', find: '20-minute', replace: '30-minute', labels: ['number_invented'] },
    'It cleans 2.4 m² per minute and runs at under 65 dB.',
  ),
  listing(
    'q03',
    'window_cleaning_robots',
    'es',
    ROBOT_ZH,
    ROBOT_SRC,
    {
      translated_description:
        'El robot limpiacristales Clario W5 (3.ª generación) se adhiere al vidrio con 2800 Pa de succión, así que no se cae. Si se va la luz de golpe, su batería SAI integrada lo mantiene sujeto durante 20 minutos. Sus boquillas ultrasónicas dobles pulverizan agua de forma automática y sirve para cristales de 3 mm de grosor o más. Limpia 2,4 m² por minuto con un ruido inferior a 65 dB. De serie incluye una cuerda de seguridad de 4 m y un cable de alimentación de 5 m, además de 12 paños de microfibra.',
      seo_title: 'Robot limpiacristales Clario W5 con succión de 2800 Pa',
      meta_description:
        'Robot limpiacristales Clario W5 con 2800 Pa de succión, batería de respaldo, doble boquilla y cuerda de seguridad: ventanas sin marcas por dentro y por fuera.',
      h1: 'Clario W5, ventanas limpias sin escalera',
      marketing_copy_a: 'Cristales de revista sin pagar a un limpiador cada mes. Consíguelo hoy.',
      marketing_copy_b:
        'Un café al sol, la luz entrando limpia y ni una escalera a la vista. Descubre Clario.',
      marketing_copy_c: 'Esta semana, paños de repuesto gratis con tu robot. Pídelo ya.',
    },
    {
      field: 'translated_description',
      replace: 'El depósito de agua tiene una capacidad de 70 ml.',
      labels: ['number_invented'],
    },
    'Limpia 2,4 m² por minuto con un ruido inferior a 65 dB.',
  ),
  listing(
    'q04',
    'pilates_reformers',
    'de',
    REFORMER_ZH,
    REFORMER_SRC,
    {
      translated_description:
        'Der Corevia Pilates-Reformer für zu Hause hat einen Rahmen aus Aluminium in Luftfahrtqualität und misst aufgebaut 226 × 66 × 35 cm. Zusammengeklappt braucht er nur 0,4 m² Stellfläche. Fünf Federn mit unterschiedlichem Widerstand gehören dazu, und die leisen Rollen des Schlittens haben einen Dauertest mit 1.000.000 Zyklen bestanden. Er trägt bis zu 150 kg und eignet sich für Körpergrößen von 150 bis 195 cm. Ein Sprungbrett und eine 2-in-1-Sitzbox sind inklusive; das Gerät wiegt etwa 38 kg.',
      seo_title: 'Corevia Pilates-Reformer klappbar, Alu, bis 150 kg',
      meta_description:
        'Klappbarer Pilates-Reformer Corevia mit Alu-Rahmen, fünf Federn, leisem Schlitten und nur 0,4 m² Stellfläche – inklusive Sprungbrett und 2-in-1-Sitzbox.',
      h1: 'Corevia Reformer für Ihr Pilates zu Hause',
      marketing_copy_a: 'Studiotraining im eigenen Wohnzimmer, ganz ohne Monatsbeitrag. Jetzt bestellen.',
      marketing_copy_b:
        'Nach dem Training fühlt sich der Rücken wieder lang und leicht an. Entdecken Sie Corevia.',
      marketing_copy_c: 'Zum Start gibt es einen Online-Kurs gratis dazu. Sichern Sie sich Ihren Reformer.',
    },
    {
      field: 'translated_description',
      find: 'bis zu 150 kg',
      replace: 'bis zu 180 kg',
      labels: ['number_invented'],
    },
    'Fünf Federn mit unterschiedlichem Widerstand gehören dazu, und die leisen Rollen des Schlittens haben einen Dauertest mit 1.000.000 Zyklen bestanden.',
  ),
  listing(
    'q04',
    'pilates_reformers',
    'ja',
    REFORMER_ZH,
    REFORMER_SRC,
    {
      translated_description:
        'Corevia 家庭用ピラティスリフォーマーは航空機グレードのアルミフレームを採用し、展開時のサイズは226×66×35cmです。折りたたむと設置面積はわずか0.4平方メートルです。抵抗の異なる5本のスプリングが付属し、キャリッジの静音ローラーは100万回の往復テストをクリアしています。最大耐荷重は150kgで、身長150〜195cmの方にお使いいただけます。ジャンプボードと2in1シートボックスが付属し、本体重量は約38kgです。',
      seo_title: 'Corevia ピラティスリフォーマー 折りたたみ 家庭用',
      meta_description:
        '折りたたむと0.4平方メートルに収まる家庭用ピラティスリフォーマー。5本のスプリングと静音キャリッジで、自宅でも本格トレーニングができます。',
      h1: 'おうちピラティスを本格的に',
      marketing_copy_a: 'スタジオの月謝を考えれば、自宅に置くのが賢い選択。今すぐチェック。',
      marketing_copy_b: 'レッスンのあと、背すじがすっと伸びる心地よさ。ぜひお試しください。',
      marketing_copy_c: '今なら初心者向けオンラインレッスン付き。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '約38kg',
      replace: '約32kg',
      labels: ['number_dropped', 'number_invented'],
    },
    '抵抗の異なる5本のスプリングが付属し、キャリッジの静音ローラーは100万回の往復テストをクリアしています。',
  ),
  listing(
    'q05',
    'led_desk_lamps',
    'fr',
    LAMP_ZH,
    LAMP_SRC,
    {
      translated_description:
        'La lampe de bureau LED Lumo, pensée pour le confort visuel, associe une double source lumineuse et 96 LED, avec un indice de rendu des couleurs Ra 97. L’intensité se règle en continu et la température de couleur propose 5 niveaux, de 2\u202f700 K à 6\u202f500 K. Le bras pivote sur 180°, et le socle intègre un chargeur sans fil de 10 W. La minuterie éteint la lampe au bout de 15, 30 ou 60 minutes. Elle consomme 12 W et bénéficie d’une garantie de deux ans.',
      seo_title: 'Lampe de bureau LED Lumo Ra 97 avec chargeur sans fil',
      meta_description:
        'Lampe de bureau LED Lumo à double source lumineuse\u00a0: Ra 97, 5 températures de couleur de 2\u00a0700 à 6\u00a0500 K, bras orientable et chargeur sans fil intégré.',
      h1: 'Lumo, la lumière douce pour vos yeux',
      marketing_copy_a: 'Une lampe et un chargeur réunis, pour le prix d’un seul appareil. Achetez Lumo.',
      marketing_copy_b: 'Lire tard sans fatiguer vos yeux, dans une lumière douce et égale. Découvrez Lumo.',
      marketing_copy_c: 'Livraison offerte cette semaine\u00a0: ajoutez-la à votre panier.',
    },
    { field: 'seo_title', find: 'Ra 97', replace: 'Ra 95', labels: ['number_invented'] },
    'La minuterie éteint la lampe au bout de 15, 30 ou 60 minutes.',
  ),
  listing(
    'q05',
    'led_desk_lamps',
    'en',
    LAMP_ZH,
    LAMP_SRC,
    {
      translated_description:
        'The Lumo eye-care LED desk lamp uses a dual light source with 96 LEDs and a colour rendering index of Ra 97. Brightness dims steplessly, and you can pick from 5 colour temperature settings between 2,700 K and 6,500 K. The arm rotates through 180°, and the base has a 10 W wireless charger built in. A timer turns the lamp off after 15, 30 or 60 minutes. It draws 12 W and comes with a two-year warranty.',
      seo_title: 'Lumo LED Desk Lamp, Ra 97, Wireless Charger',
      meta_description:
        'Lumo eye-care LED desk lamp with a dual light source, Ra 97 colour accuracy, 5 colour temperatures, a 180° arm and a 10 W wireless charger in the base.',
      h1: 'Lumo Eye-Care Desk Lamp',
      marketing_copy_a:
        'A desk lamp and a phone charger together, for less than buying both. Buy the Lumo now.',
      marketing_copy_b:
        'Late-night reading without tired eyes, just soft, even light on the page. Treat yourself to Lumo.',
      marketing_copy_c: 'Free delivery and a full warranty on every lamp. Order yours today.',
    },
    {
      field: 'translated_description',
      replace: 'The LEDs are rated for 50,000 hours.',
      labels: ['number_invented'],
    },
    'A timer turns the lamp off after 15, 30 or 60 minutes.',
  ),
  listing(
    'q06',
    'fishing_reels',
    'es',
    REEL_ZH,
    REEL_SRC,
    {
      translated_description:
        'El carrete de spinning Tidex 3000 monta 9+1 rodamientos y tiene una relación de recuperación de 5,2:1, con 78 cm de hilo recogidos por cada vuelta de manivela. El freno ofrece hasta 8 kg de potencia con arandelas de fibra de carbono. La bobina de aluminio mecanizado CNC admite 150 m de hilo de nailon de 0,25 mm. Pesa 265 g, la manivela se puede montar a izquierda o derecha e incluye una bobina de repuesto.',
      seo_title: 'Carrete de spinning Tidex 3000, 9+1 rodamientos, 5,2:1',
      meta_description:
        'Carrete de spinning Tidex 3000 con 9+1 rodamientos, relación 5,2:1, hasta 8 kg de freno y bobina CNC de aluminio: suave, ligero y listo para lanzar lejos.',
      h1: 'Tidex 3000, el carrete que no te falla',
      marketing_copy_a: 'Suavidad de gama alta a precio de gama media. Cómpralo ya.',
      marketing_copy_b: 'Ese instante en que el freno canta y la lubina tira de la línea. Descubre Tidex.',
      marketing_copy_c: 'Esta semana, hilo de regalo con cada carrete. Añádelo al carrito.',
    },
    {
      field: 'translated_description',
      find: 'con 78 cm de hilo',
      replace: 'con 84 cm de hilo',
      labels: ['number_dropped', 'number_invented'],
    },
    'La bobina de aluminio mecanizado CNC admite 150 m de hilo de nailon de 0,25 mm.',
  ),
  listing(
    'q06',
    'fishing_reels',
    'de',
    REEL_ZH,
    REEL_SRC,
    {
      translated_description:
        'Die Stationärrolle Tidex 3000 läuft auf 9+1 Kugellagern und hat eine Übersetzung von 5,2:1; pro Kurbelumdrehung holt sie 78 cm Schnur ein. Die Bremse liefert bis zu 8 kg Bremskraft und arbeitet mit Carbon-Bremsscheiben. Die Spule aus CNC-gefrästem Aluminium fasst 150 m Nylonschnur mit 0,25 mm Durchmesser. Die Rolle wiegt 265 g, die Kurbel lässt sich links oder rechts montieren, und eine Ersatzspule liegt bei.',
      seo_title: 'Tidex 3000 Stationärrolle, 9+1 Kugellager, 5,2:1',
      meta_description:
        'Stationärrolle Tidex 3000 mit 9+1 Kugellagern, Übersetzung 5,2:1, bis zu 8 kg Bremskraft und CNC-Aluspule – leicht, laufruhig und bereit für Hecht und Zander.',
      h1: 'Tidex 3000 Spinnrolle',
      marketing_copy_a: 'Laufruhe wie bei Rollen der Oberklasse, zum Preis der Mittelklasse. Jetzt kaufen.',
      marketing_copy_b: 'Der Moment, wenn die Bremse singt und der Hecht Schnur nimmt. Entdecken Sie Tidex.',
      marketing_copy_c:
        'Nur diese Woche gibt es eine Ersatzschnur gratis dazu. Legen Sie sie in den Warenkorb.',
    },
    { field: 'seo_title', find: '9+1', replace: '11+1', labels: ['number_invented'] },
    'Die Spule aus CNC-gefrästem Aluminium fasst 150 m Nylonschnur mit 0,25 mm Durchmesser.',
  ),
];

/** Puts `insert` between the first and second sentence of `text` (Latin-script punctuation). */
const between = (text: string, insert: string): string => text.replace(/([.!?])\s+/, `$1 ${insert} `);
/** The same for Japanese, after the first 。 */
const betweenJa = (text: string, insert: string): string => text.replace('。', `。${insert}`);
/** Turns the final full stop of `text` into `tail` (an extra clause rather than a sentence). */
const clause = (text: string, tail: string): string => text.replace(/\.$/, tail);

type PerLanguage<T> = Record<Language, T>;
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: clause(
      c.translated_description,
      ', kept as close to the supplier’s wording as the format allows.',
    ),
  }),
  (c) => ({ marketing_copy_a: `Value-first version, as briefed\n${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: between(
      c.marketing_copy_b,
      'I’ve pushed the emotional angle a little further in this version.',
    ),
  }),
  (c) => ({
    translated_description: `${c.translated_description} As you’ll see, this description opens with the brand and keeps the specs in the supplier’s order.`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} If that feels too pushy, a softer close would be “Take a look today.”`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\nBright, upbeat and ready to drop straight into the product page.`,
  }),
  (c) => ({
    translated_description: between(c.translated_description, '(Metric units kept as in the source sheet.)'),
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}\n\n— draft generated by gpt-4o-mini (rev. 2)` }),
  (c) => ({ seo_title: `${c.seo_title} (revised)` }),
];

const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Wie gewünscht in der Sie-Form und ohne Übertreibungen\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `${c.h1} – als Hauptüberschrift bewusst kürzer als der Titel` }),
  (c) => ({ marketing_copy_b: between(c.marketing_copy_b, 'Kept this one in formal German, as requested.') }),
  (c) => ({
    translated_description: between(
      c.translated_description,
      'Fachbegriffe wie Reformer habe ich unübersetzt gelassen, weil Ihre Kundschaft sie so sucht.',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Oder, falls Ihnen das zu direkt klingt, einfach „Mehr erfahren“ als Abschluss.`,
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}\n\n(Entwurf: Mistral Large, Durchlauf 2)` }),
  (c) => ({
    translated_description: between(
      c.translated_description,
      '(Angaben unverändert aus dem Datenblatt übernommen)',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Emotional, nah am Angler und fertig für die Produktseite.`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Wie Sie sehen, endet auch dieser Text mit einer klaren Aufforderung.`,
  }),
];

const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b}（Tone: warm and reassuring for parents.）` }),
  (c) => ({
    translated_description: betweenJa(
      c.translated_description,
      'なお、仕様の数値は原文の表記に合わせています。',
    ),
  }),
  (c) => ({ h1: `見出し案はこちら\u3000${c.h1}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}（最後は行動を促す一文で締めました）` }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}\n— Claude 3 Haiku による生成` }),
  (c) => ({ translated_description: `${c.translated_description}専門用語はカタカナ表記で統一しました。` }),
];

const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Versión revisada en español neutro\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: between(c.marketing_copy_a, '(tono directo, centrado en el ahorro)') }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Esta última frase hace de llamada a la acción; cámbiala si prefieres otra.`,
  }),
  (c) => ({ h1: `${c.h1} · borrador v2 (Llama 3.1)` }),
  (c) => ({
    translated_description: between(c.translated_description, 'Units kept exactly as in the source sheet.'),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Un texto cercano y emotivo, listo para pegar en la ficha.`,
  }),
];

const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b} (Ton bewusst emotional gehalten.)` }),
  (c) => ({
    translated_description: `${c.translated_description} Comme vous le verrez, chaque donnée reprend fidèlement la fiche du fabricant.`,
  }),
  (c) => ({ marketing_copy_a: `Version axée sur la valeur, comme demandé\n${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: between(
      c.translated_description,
      'J’ai gardé les unités telles qu’elles figurent dans l’original.',
    ),
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\n— texte proposé par Mistral Le Chat, version 2` }),
  (c) => ({ h1: `${c.h1}, un titre pensé pour le marché français` }),
];

export const ROUND_23_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Why settle for the cheapest option?',
      'Unlike the knockoffs sold online, ours is tested.',
      'No counterfeit parts inside.',
      'Other brands sell imitations; we sell the original.',
    ],
    slogans: ['Light that keeps up with you.', 'Clear glass, zero ladders.'],
    chineseLeftovers: [],
    duplicateLead: 'In short, ',
    titleStuffing: ' | Best Seller, Gift Idea, Fast Free Shipping, Top Rated',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Keine billigen Kompromisse.',
      'Vorsicht vor Fälschungen im Netz.',
      'Anders als jede Nachahmung hält sie jahrzehntelang.',
      'Kein Imitat, sondern das Original.',
    ],
    slogans: ['Stärke beginnt in der Mitte.', 'Gusseisen für Generationen.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' | Bestseller, Geschenkidee, Gratisversand, Top bewertet',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安品とは品質が違います。',
      'コピー品にご注意ください。',
      '模倣品ではなく正規品です。',
      '偽物とは仕上がりが違います。',
    ],
    slogans: ['しなやかな体は、毎日の積み重ねから。', '子どもの「いま」に、いつもつながる。'],
    chineseLeftovers: ['这款手表的电池续航时间很长。', '这个普拉提床的质量很好，适合在家里锻炼。'],
    duplicateLead: '一言でいえば、',
    titleStuffing: '｜人気ランキング上位 プレゼント 送料無料 即日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'No es una réplica más.',
      'Olvídate de las versiones baratas.',
      'Cuidado con las imitaciones.',
      'Nada de piezas falsas.',
    ],
    slogans: ['Cada lance, más lejos.', 'Cristales limpios, sin esfuerzo.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Más vendido, idea de regalo, envío gratis y rápido',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Oubliez les copies pas chères.',
      'Méfiez-vous des contrefaçons.',
      'Ce n’est pas une fausse bonne affaire.',
      'Aucune imitation ne tient la comparaison.',
    ],
    slogans: ['La fonte, pour la vie.', 'La bonne lumière, au bon moment.'],
    chineseLeftovers: [],
    duplicateLead: 'Bref\u00a0: ',
    titleStuffing: ' | Meilleure vente, idée cadeau, livraison offerte',
  },
};
