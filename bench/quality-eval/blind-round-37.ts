// Blind set, round 37 (written without reading the gate, committed before it is scored): six home-office
// ergonomics, cable-management and desk-accessory products in the categories monitor_arms, laptop_stands,
// under_desk_cable_trays, ergonomic_footrests, lumbar_support_cushions and usb_c_docking_stations, 12 hand-written
// listings, three artifact styles per listing and wording of its own (this round re-tests the common classes of real
// LLM answer debris in wording no earlier round used: a preamble that announces or sums up what follows, the field's
// name or role in front of the value in an unusual form (abbreviated, in another language, after an emoji or an
// arrow), a closing line addressed to the requester (thanks, a wish, an offer, an invitation to send notes), a remark
// on what was trimmed, kept or left out, a remark on tone, register or length, a self-check or confidence remark about
// the facts, and a question back to the requester; placed at the start of a field, after a sentence in the middle,
// glued to the end or on a line of their own, in the description, h1, meta and all three copies; no digits in any
// artifact); legitimate numbers: Atlas M27 (27), 双臂 (dual-arm, Doppel-Monitorarm: not a number), 17 to 32 inches,
// 2 to 9 kg (4.4 to 19.8 lb), VESA 75 × 75 and 100 × 100 mm, ±45°, 360°, 两种 (two, zwei) mounting options, 10 to
// 85 mm, 五年 (five-year warranty, fünf Jahre); Loft 第3代 (3rd generation, 第3世代, 3e génération), 10 to 17.3
// inches (10〜17.3, 10 à 17,3), 6 height levels, 15 cm, 280 g, 8 kg, 百分之30 (30％, 30 %); Tidy 60 cm (23.6 in),
// 六位 (six-outlet, regleta de seis tomas), 十几 (more than ten, más de diez: vague), 1 to 5 cm, 4 screws, 15 kg
// (33 lb), 20 cable ties, 两个 (two, dos) clips; Ease 45 × 35 cm, 12 cm, 0 to 30°, 三档 (three, drei, trois)
// positions, 上百 (over 100, plus de 100), 150 to 185 cm; Curve 三区 (3 zones, tres zonas), 50D, 5万次 (5万回,
// 50.000), 两条 (2本, dos) straps, 45 minutes, 12 years (12歳以上, a partir de 12 años); Nexa 十一合一 (11-in-1),
// 两个 (two, zwei) HDMI, 双屏 (dual displays: not a number), 4K 60 Hz and 4K 30 Hz, 100 W PD, 3 USB-A 3.0 ports (the
// version keeps its dot: 3.0 in de too), 1个 (one, ein) USB-C data port, 5 Gbps (5 Gbit/s), 1个 RJ45 (one, 45),
// 3.5 mm (3,5 mm), 20 cm (7.9 in).
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording, type Artifact, afterSentence } from './blind-set';

const MONITOR_ARM_ZH = 'Atlas M27 双臂气弹簧显示器支架';
const MONITOR_ARM_SRC =
  'Atlas M27 双臂气弹簧显示器支架适配17至32英寸显示器，每只手臂承重2至9公斤，兼容75×75和100×100毫米VESA孔距。屏幕可升降，可倾斜±45度并旋转360度。底座提供桌夹和穿孔两种安装方式，适用于厚度10至85毫米的桌面，臂内自带理线槽。整机为铝合金材质，提供五年质保。';
const LAPTOP_STAND_ZH = 'Loft 第3代 铝合金折叠笔记本支架';
const LAPTOP_STAND_SRC =
  'Loft 第3代铝合金笔记本支架适用于10至17.3英寸笔记本电脑，高度6档可调，最高可将屏幕抬高15厘米。支架自重仅280克，折叠后能放进电脑包，最大承重8公斤。镂空散热设计可让散热效率提升百分之30。底部硅胶垫防滑防刮，并附赠收纳袋。';
const CABLE_TRAY_ZH = 'Tidy 免打孔桌下理线架';
const CABLE_TRAY_SRC =
  'Tidy 桌下理线架采用加厚碳钢板，长60厘米，可同时收纳六位插排、电源适配器和十几根线缆。免打孔夹式安装，适用于厚度1至5厘米的桌板，也可用附带的4颗螺丝固定。最大承重15公斤。套装另含20条魔术贴扎带和两个粘贴式线夹。';
const FOOTREST_ZH = 'Ease 人体工学记忆棉脚托';
const FOOTREST_SRC =
  'Ease 人体工学脚托内芯为高回弹记忆棉，表面尺寸45×35厘米，高度约12厘米。踏板角度可在0至30度之间三档调节，久坐时有助于改善腿部血液循环。表面分布上百个按摩凸点，底部防滑颗粒让脚托不易移位。外套可拆洗，适合身高150至185厘米的人使用。';
const LUMBAR_ZH = 'Curve 三区支撑记忆棉腰靠';
const LUMBAR_SRC =
  'Curve 人体工学腰靠采用三区支撑设计，内芯为50D高密度慢回弹记忆棉，经过5万次按压测试不塌陷。背面两条弹力带可调节，适配绝大多数办公椅和汽车座椅。表面为透气网布，外套可拆下机洗。建议久坐45分钟后起身活动。适合12岁以上人群使用。';
const DOCK_ZH = 'Nexa 十一合一 USB-C 扩展坞';
const DOCK_SRC =
  'Nexa 十一合一USB-C扩展坞配备两个HDMI接口，单屏输出最高4K 60Hz，双屏同时输出时为4K 30Hz。支持100W PD快充，另有3个USB-A 3.0接口和1个USB-C数据口（传输速率均为5Gbps）、1个RJ45网口、SD和TF读卡槽以及3.5毫米耳机孔。铝合金机身散热快，自带线长约20厘米。';

export const ROUND_37_LISTINGS: readonly BlindListing[] = [
  listing(
    'z01',
    'monitor_arms',
    'en',
    MONITOR_ARM_ZH,
    MONITOR_ARM_SRC,
    {
      translated_description:
        'The Atlas M27 dual monitor arm uses gas springs to carry screens from 17 to 32 inches, with each arm holding 2 to 9 kg (4.4 to 19.8 lb). It fits VESA patterns of 75 × 75 and 100 × 100 mm. You can raise or lower each screen, tilt it ±45° and turn it through a full 360°. There are two ways to mount it, with the desk clamp or through a grommet hole, on desktops 10 to 85 mm thick, and the cables run hidden in channels inside the arms. The whole frame is made of aluminium alloy. Every Atlas M27 comes with a five-year warranty.',
      seo_title: 'Atlas M27 Dual Monitor Arm, 17–32 in Screens, Gas Spring',
      meta_description:
        'Atlas M27 gas-spring dual monitor arm for 17 to 32 inch screens: 2 to 9 kg per arm, ±45° tilt, 360° rotation, VESA 75 and 100, clamp or grommet mount.',
      h1: 'Atlas M27: Screens at Eye Level, Desk Space Back',
      marketing_copy_a:
        'Lift your screens off the desk and win back room for notes, coffee and a proper keyboard. Order the Atlas M27 today.',
      marketing_copy_b:
        'Remember starting the day without that stiff neck? Sit back, look straight ahead and let the work come to you. Discover the Atlas M27.',
      marketing_copy_c:
        'This month only: a free cable sleeve with every Atlas M27 – grab yours while stocks last.',
    },
    { field: 'seo_title', find: '17–32 in', replace: '17–34 in', labels: ['number_invented'] },
    'Every Atlas M27 comes with a five-year warranty.',
  ),
  listing(
    'z01',
    'monitor_arms',
    'de',
    MONITOR_ARM_ZH,
    MONITOR_ARM_SRC,
    {
      translated_description:
        'Der Monitorarm Atlas M27 mit Gasfedern trägt Bildschirme von 17 bis 32 Zoll, jeder Arm hält 2 bis 9 kg. Er passt zu VESA-Lochabständen von 75 × 75 und 100 × 100 mm. Die Bildschirme lassen sich in der Höhe verstellen, um ±45° neigen und um 360° drehen. Für die Montage gibt es zwei Möglichkeiten: Tischklemme oder Verschraubung durch eine Kabeldurchführung. Geeignet sind Tischplatten von 10 bis 85 mm Stärke. Die Kabel verlaufen unsichtbar in Kanälen im Inneren der Arme. Der Arm ist komplett aus Aluminium gefertigt, und Sie erhalten fünf Jahre Garantie.',
      seo_title: 'Atlas M27 Doppel-Monitorarm mit Gasfeder, 17–32 Zoll',
      meta_description:
        'Doppel-Monitorarm Atlas M27 für Bildschirme von 17 bis 32 Zoll: 2 bis 9 kg pro Arm, um ±45° neigbar, um 360° drehbar, VESA 75 und 100, aus Aluminium.',
      h1: 'Atlas M27 – mehr Platz auf dem Schreibtisch',
      marketing_copy_a:
        'Ihre Bildschirme schweben über der Tischplatte, darunter ist endlich Platz für Notizen und Tastatur. Jetzt kaufen.',
      marketing_copy_b:
        'Wann haben Sie zuletzt einen Arbeitstag ohne verspannten Nacken beendet? Mit dem richtigen Blickwinkel fühlt sich alles leichter an. Entdecken Sie Atlas.',
      marketing_copy_c:
        'Nur diesen Monat gibt es zu jedem Atlas M27 einen Kabelschlauch gratis dazu – ab in den Warenkorb!',
    },
    {
      field: 'translated_description',
      find: 'jeder Arm hält 2 bis 9 kg',
      replace: 'jeder Arm hält 2 bis 12 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Geeignet sind Tischplatten von 10 bis 85 mm Stärke.',
  ),
  listing(
    'z02',
    'laptop_stands',
    'ja',
    LAPTOP_STAND_ZH,
    LAPTOP_STAND_SRC,
    {
      translated_description:
        'Loftの第3世代アルミ合金製ノートパソコンスタンドは、10〜17.3インチのノートパソコンに対応します。高さは6段階で調整でき、画面を最大15cm持ち上げられます。本体の重さはわずか280gで、折りたためばパソコンバッグに収まり、耐荷重は8kgです。通気孔を設けた放熱デザインにより、放熱効率が30％向上します。底面のシリコンパッドが滑りとキズを防ぎ、収納袋も付属しています。',
      seo_title: 'Loft 第3世代 アルミ製ノートPCスタンド 折りたたみ式',
      meta_description:
        '10〜17.3インチ対応のアルミ製ノートパソコンスタンド。高さ6段階で画面を目線に近づけ、放熱効率も30％アップ。折りたたんで持ち運べます。',
      h1: '目線が上がるノートPCスタンド Loft',
      marketing_copy_a:
        '首や肩への負担を減らして、在宅ワークをもっと快適に。丈夫なアルミボディで長く使えます。今すぐ購入。',
      marketing_copy_b:
        'カフェでも自宅でも、背すじを伸ばして画面に向かえたら、夕方の疲れ方が変わります。Loftで心地よい姿勢をお試しください。',
      marketing_copy_c: '新生活応援キャンペーン中、今ならマウスパッドをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '最大15cm',
      replace: '最大18cm',
      labels: ['number_dropped', 'number_invented'],
    },
    '本体の重さはわずか280gで、折りたためばパソコンバッグに収まり、耐荷重は8kgです。',
  ),
  listing(
    'z02',
    'laptop_stands',
    'fr',
    LAPTOP_STAND_ZH,
    LAPTOP_STAND_SRC,
    {
      translated_description:
        'Le support pour ordinateur portable Loft de 3e génération, en alliage d’aluminium, accueille les portables de 10 à 17,3 pouces. Sa hauteur se règle sur 6 niveaux et peut surélever l’écran de 15 cm au maximum. Il ne pèse que 280 g, se replie pour glisser dans une sacoche et supporte jusqu’à 8 kg. Sa structure ajourée améliore l’évacuation de la chaleur de 30 %. Des patins en silicone l’empêchent de glisser et protègent votre bureau des rayures ; une housse de rangement est fournie.',
      seo_title: 'Support PC portable Loft 3e génération en aluminium',
      meta_description:
        'Support Loft en aluminium pour portables de 10 à 17,3 pouces : léger, pliable, ventilation améliorée de 30 % et patins antidérapants en silicone.',
      h1: 'Loft, le support qui redresse votre posture',
      marketing_copy_a:
        'Un écran à hauteur des yeux, c’est moins de tensions dans la nuque chaque jour, et un support qui vous suit partout. Commandez votre Loft.',
      marketing_copy_b:
        'Imaginez la fin d’une longue journée sans cette douleur entre les épaules. Le travail redevient un plaisir. Découvrez Loft.',
      marketing_copy_c:
        'Ce mois-ci, un tapis de souris assorti est offert avec chaque support : profitez-en vite !',
    },
    {
      field: 'meta_description',
      find: 'de 10 à 17,3 pouces',
      replace: 'de 11 à 17,3 pouces',
      labels: ['number_invented'],
    },
    'Sa hauteur se règle sur 6 niveaux et peut surélever l’écran de 15 cm au maximum.',
  ),
  listing(
    'z03',
    'under_desk_cable_trays',
    'en',
    CABLE_TRAY_ZH,
    CABLE_TRAY_SRC,
    {
      translated_description:
        'The Tidy under-desk cable tray is made from thick carbon steel plate and measures 60 cm (23.6 in) long. It has room for a six-outlet power strip, your power adapters and more than ten cables at once. It clamps on without drilling and fits desktops 1 to 5 cm thick, or you can fix it with the 4 screws supplied. It holds up to 15 kg (33 lb). The set also includes 20 hook-and-loop cable ties and two adhesive cable clips.',
      seo_title: 'Tidy Under-Desk Cable Tray, 60 cm, No-Drill Clamp',
      meta_description:
        'Tidy under-desk cable tray in thick steel: 60 cm long, room for a six-outlet strip and more than ten cables, and it clamps onto desks 1 to 5 cm thick.',
      h1: 'Tidy: Hide the Cable Tangle Under Your Desk',
      marketing_copy_a:
        'Keep every plug off the floor and out of the vacuum’s way, without drilling into your desk. Get the Tidy tray today.',
      marketing_copy_b:
        'There is a quiet pleasure in glancing down and seeing nothing but floor. Let your workspace breathe again. Discover Tidy.',
      marketing_copy_c: 'This week only: free delivery on every Tidy tray. Shop now before the offer ends.',
    },
    {
      field: 'translated_description',
      replace: 'It is backed by a 3-year warranty.',
      labels: ['number_invented'],
    },
    'It holds up to 15 kg (33 lb).',
  ),
  listing(
    'z03',
    'under_desk_cable_trays',
    'es',
    CABLE_TRAY_ZH,
    CABLE_TRAY_SRC,
    {
      translated_description:
        'El organizador de cables Tidy para debajo del escritorio está hecho de chapa gruesa de acero al carbono y mide 60 cm de largo. Tiene espacio para una regleta de seis tomas, los adaptadores de corriente y más de diez cables a la vez. Se sujeta con pinza sin taladrar y sirve para tableros de 1 a 5 cm de grosor; si lo prefieres, puedes fijarlo con los 4 tornillos incluidos. Soporta hasta 15 kg. El set incluye además 20 bridas autoadherentes y dos clips adhesivos para cables.',
      seo_title: 'Organizador de cables bajo escritorio Tidy, 60 cm',
      meta_description:
        'Bandeja Tidy de acero para esconder los cables bajo la mesa: 60 cm de largo, cabe una regleta de seis tomas y se fija sin taladrar en tableros de 1 a 5 cm.',
      h1: 'Tidy, adiós al nudo de cables',
      marketing_copy_a:
        'Cables fuera del suelo, la aspiradora sin obstáculos y un escritorio que no tienes que agujerear. Consigue tu Tidy hoy.',
      marketing_copy_b:
        '¿Hay algo más relajante que mirar bajo la mesa y ver solo suelo? Recupera la calma en tu rincón de trabajo. Descubre Tidy.',
      marketing_copy_c: 'Envío gratis en todos los pedidos de Tidy hasta el domingo: aprovecha ahora.',
    },
    {
      field: 'translated_description',
      find: 'mide 60 cm de largo',
      replace: 'mide 80 cm de largo',
      labels: ['number_dropped', 'number_invented'],
    },
    'El set incluye además 20 bridas autoadherentes y dos clips adhesivos para cables.',
  ),
  listing(
    'z04',
    'ergonomic_footrests',
    'de',
    FOOTREST_ZH,
    FOOTREST_SRC,
    {
      translated_description:
        'Die ergonomische Fußstütze Ease hat einen Kern aus formstabilem Memory-Schaum, eine Auflagefläche von 45 × 35 cm und ist etwa 12 cm hoch. Die Neigung lässt sich in drei Stufen zwischen 0 und 30° einstellen und fördert bei langem Sitzen die Durchblutung der Beine. Über 100 Massagenoppen verteilen sich auf der Oberfläche, und eine rutschfeste Unterseite hält die Stütze an ihrem Platz. Der Bezug ist abnehmbar und waschbar. Geeignet für Körpergrößen von 150 bis 185 cm.',
      seo_title: 'Ease Fußstütze aus Memory-Schaum, 45 × 35 cm, neigbar',
      meta_description:
        'Ergonomische Fußstütze Ease aus Memory-Schaum: 45 × 35 cm, in drei Stufen von 0 bis 30° neigbar, mit über 100 Massagenoppen und waschbarem Bezug.',
      h1: 'Ease – Füße hoch, Rücken entspannt',
      marketing_copy_a:
        'Weniger Druck auf Knie und Rücken, mehr Konzentration bis zum Feierabend – und das für einen Bruchteil eines neuen Bürostuhls. Jetzt bestellen.',
      marketing_copy_b:
        'Stellen Sie sich vor, Sie lehnen sich zurück und Ihre Füße finden ganz von selbst die richtige Position. Entdecken Sie Ease.',
      marketing_copy_c:
        'Nur bis Sonntag: gratis Ersatzbezug zu jeder Ease – sichern Sie sich Ihre Fußstütze.',
    },
    { field: 'seo_title', find: '45 × 35 cm', replace: '50 × 35 cm', labels: ['number_invented'] },
    'Geeignet für Körpergrößen von 150 bis 185 cm.',
  ),
  listing(
    'z04',
    'ergonomic_footrests',
    'fr',
    FOOTREST_ZH,
    FOOTREST_SRC,
    {
      translated_description:
        'Le repose-pieds ergonomique Ease renferme une mousse à mémoire de forme haute résilience. Son plateau mesure 45 × 35 cm pour une hauteur d’environ 12 cm. L’inclinaison se règle sur trois positions, de 0 à 30°, pour favoriser la circulation dans les jambes quand vous restez longtemps assis. Plus de 100 picots de massage couvrent la surface, et le dessous antidérapant le maintient en place. La housse est amovible et lavable, et il convient aux personnes mesurant de 150 à 185 cm.',
      seo_title: 'Repose-pieds ergonomique Ease en mousse à mémoire',
      meta_description:
        'Repose-pieds Ease en mousse à mémoire de forme, inclinable de 0 à 30° sur trois positions, avec plus de 100 picots de massage et une housse lavable.',
      h1: 'Ease, vos jambes vous diront merci',
      marketing_copy_a:
        'Moins de tensions dans les genoux et le dos, plus de concentration jusqu’au soir : un petit accessoire qui change vos journées. Achetez Ease dès maintenant.',
      marketing_copy_b:
        'Ce moment où vos pieds trouvent enfin leur place et où votre dos se relâche… Découvrez Ease.',
      marketing_copy_c: 'Housse de rechange offerte jusqu’à dimanche : ajoutez Ease à votre panier.',
    },
    {
      field: 'translated_description',
      find: 'Plus de 100 picots',
      replace: 'Plus de 200 picots',
      labels: ['number_dropped', 'number_invented'],
    },
    'Son plateau mesure 45 × 35 cm pour une hauteur d’environ 12 cm.',
  ),
  listing(
    'z05',
    'lumbar_support_cushions',
    'ja',
    LUMBAR_ZH,
    LUMBAR_SRC,
    {
      translated_description:
        'Curveの人間工学ランバーサポートは、腰を3つのゾーンで支える設計です。中材には50Dの高密度低反発ウレタンを使い、5万回の圧縮テストでもへたりませんでした。背面の2本のゴムバンドで調整でき、ほとんどのオフィスチェアや車のシートに取り付けられます。表面は通気性のよいメッシュ生地で、カバーは外して洗濯機で洗えます。45分座ったら立ち上がって体を動かすのがおすすめです。12歳以上の方を対象としています。',
      seo_title: 'Curve 腰クッション 3ゾーン 低反発 オフィスチェア・車用',
      meta_description:
        '3つのゾーンで腰を支える低反発クッション。50Dの高密度ウレタンは5万回の圧縮テスト済み。オフィスチェアにも車のシートにも取り付けられます。',
      h1: '腰にやさしいCurveクッション',
      marketing_copy_a:
        '高価なチェアに買い替えなくても、いつもの椅子が腰にやさしい席に変わります。今すぐ購入。',
      marketing_copy_b:
        '夕方になると腰が重くなる毎日に、そろそろ別れを告げませんか。背中をそっと受け止める感覚を、ぜひお試しください。',
      marketing_copy_c: '期間限定で送料無料。在庫がなくなり次第終了しますので、お早めにどうぞ。',
    },
    { field: 'meta_description', find: '5万回', replace: '10万回', labels: ['number_invented'] },
    '45分座ったら立ち上がって体を動かすのがおすすめです。',
  ),
  listing(
    'z05',
    'lumbar_support_cushions',
    'es',
    LUMBAR_ZH,
    LUMBAR_SRC,
    {
      translated_description:
        'El cojín lumbar ergonómico Curve sujeta la espalda con un diseño de tres zonas. Su núcleo es de espuma viscoelástica de alta densidad 50D, que ha superado una prueba de 50.000 compresiones sin hundirse. Las dos cintas elásticas de la parte trasera son regulables y se adaptan a la gran mayoría de sillas de oficina y asientos de coche. La funda es de malla transpirable y se quita para lavarla a máquina. Te recomendamos levantarte y moverte después de 45 minutos sentado. Apto a partir de 12 años.',
      seo_title: 'Cojín lumbar Curve de espuma viscoelástica, 3 zonas',
      meta_description:
        'Cojín lumbar Curve con soporte en tres zonas y espuma viscoelástica 50D probada con 50.000 compresiones. Se ajusta a sillas de oficina y asientos de coche.',
      h1: 'Curve, tu espalda por fin descansa',
      marketing_copy_a:
        'Convierte tu silla de siempre en un asiento que cuida tu espalda, sin gastar en una silla nueva. Cómpralo hoy.',
      marketing_copy_b:
        '¿Llegas a la tarde con la zona lumbar cargada? Imagina apoyarte y sentir que algo te sostiene. Descubre Curve.',
      marketing_copy_c: 'Solo esta semana, funda de recambio de regalo con tu Curve: hazte con el tuyo.',
    },
    {
      field: 'translated_description',
      replace: 'Incluye una garantía de 24 meses.',
      labels: ['number_invented'],
    },
    'Apto a partir de 12 años.',
  ),
  listing(
    'z06',
    'usb_c_docking_stations',
    'en',
    DOCK_ZH,
    DOCK_SRC,
    {
      translated_description:
        'The Nexa 11-in-1 USB-C hub has two HDMI outputs: a single display runs at up to 4K 60 Hz, and with dual displays connected, both run at 4K 30 Hz. It passes through up to 100 W of PD fast charging and adds 3 USB-A 3.0 ports plus one USB-C data port, all transferring at 5 Gbps. You also get one RJ45 Ethernet port, SD and TF card slots and a 3.5 mm headphone jack. The aluminium alloy body sheds heat quickly, and the built-in cable is about 20 cm (7.9 in) long.',
      seo_title: 'Nexa 11-in-1 USB-C Hub, Dual HDMI 4K, 100 W PD',
      meta_description:
        'Nexa 11-in-1 USB-C hub with dual HDMI (4K 60 Hz on one screen), 100 W PD charging, 5 Gbps USB ports, Ethernet, SD/TF card slots and a 3.5 mm audio jack.',
      h1: 'Nexa USB-C Docking Hub in Aluminium',
      marketing_copy_a:
        'Plug in a single cable and your laptop charges, lights up both monitors and joins the network. Buy the Nexa hub today.',
      marketing_copy_b:
        'Closing the laptop at the end of the day and simply unplugging feels like leaving the office on time. Discover Nexa.',
      marketing_copy_c: 'Launch week: a free travel pouch with every Nexa hub – order yours now.',
    },
    {
      field: 'translated_description',
      find: 'both run at 4K 30 Hz',
      replace: 'both run at 8K 30 Hz',
      labels: ['number_invented'],
    },
    'The aluminium alloy body sheds heat quickly, and the built-in cable is about 20 cm (7.9 in) long.',
  ),
  listing(
    'z06',
    'usb_c_docking_stations',
    'de',
    DOCK_ZH,
    DOCK_SRC,
    {
      translated_description:
        'Der USB-C-Hub Nexa 11-in-1 bietet zwei HDMI-Ausgänge: Ein einzelner Bildschirm läuft mit bis zu 4K bei 60 Hz, zwei Bildschirme gleichzeitig mit 4K bei 30 Hz. Über USB-C PD wird Ihr Laptop mit bis zu 100 W geladen. Dazu kommen 3 USB-A-3.0-Anschlüsse und ein USB-C-Datenanschluss mit jeweils 5 Gbit/s, ein RJ45-LAN-Anschluss, SD- und TF-Kartenleser sowie eine 3,5-mm-Kopfhörerbuchse. Das Aluminiumgehäuse leitet Wärme schnell ab, das fest angebrachte Kabel ist etwa 20 cm lang.',
      seo_title: 'Nexa USB-C-Hub 11-in-1 mit zwei HDMI-Ausgängen, 4K',
      meta_description:
        'USB-C-Hub Nexa 11-in-1 mit zwei HDMI-Ausgängen (4K bei 60 Hz), USB-A 3.0 mit 5 Gbit/s, LAN, SD- und TF-Kartenleser und Aluminiumgehäuse.',
      h1: 'Nexa – ein Kabel, alles verbunden',
      marketing_copy_a:
        'Ein Kabel statt Adaptersammlung: Laptop anstecken, und Monitore, Netzwerk und Strom sind sofort da. Jetzt kaufen.',
      marketing_copy_b:
        'Morgens andocken und sofort loslegen, abends mit einem Handgriff Feierabend machen – so fühlt sich ein aufgeräumter Arbeitstag an. Entdecken Sie Nexa.',
      marketing_copy_c:
        'Zum Start mit gratis Transporttasche – bestellen Sie jetzt, solange der Vorrat reicht.',
    },
    {
      field: 'meta_description',
      find: 'mit 5 Gbit/s',
      replace: 'mit 10 Gbit/s',
      labels: ['number_invented'],
    },
    'Über USB-C PD wird Ihr Laptop mit bis zu 100 W geladen.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (monitor arm) takes styles 0-2, listing 2 (cable tray) 3-5, listing 3 (docking station) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Summing up what comes next: one paragraph that walks through fit, load, movement and mounting, ready to paste into the page.\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `Mktg copy (emot.) ▸ ${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      'Should the warranty be mentioned here as well, or would you rather leave it to the description?',
    ),
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'I cut “plate” from the steel spec in the opening line, since it told shoppers nothing extra.',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nThe voice here is relaxed and a touch chatty on purpose, as a counterweight to the plainer value copy.`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nSelf-check: every measurement in this listing traces back to the supplier text, with nothing rounded or added.`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nThanks for sending this one over – it was a fun product to write up. Wishing you a smooth launch!`,
  }),
  (c) => ({ h1: `📌 Page headline – ${c.h1}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Any notes on this one? Send them my way and I’ll turn a revision around quickly.`,
  }),
];

// de: listing 1 (monitor arm) takes styles 0-2, listing 2 (footrest) 3-5, listing 3 (docking station) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_c: `➡️ Aktion/CTA: ${c.marketing_copy_c}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Gegenprobe gemacht: Zoll- und Kilogrammangaben decken sich mit dem Ausgangstext.',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nDanke für den spannenden Auftrag und einen guten Start in die neue Woche!`,
  }),
  (c) => ({
    translated_description: `Vorab in aller Kürze, was folgt: ein zusammenhängender Absatz zu Material, Maßen, Neigung und Pflege.\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Bewusst nüchtern formuliert, das Gefühl kommt erst im nächsten Text.)`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nSollen die Körpergrößen lieber in eine eigene Zeile, oder passt es so im Fließtext?`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (Den Hinweis auf die Kartenleser habe ich hier weggelassen, der steht ja schon in der Beschreibung.)`,
  }),
  (c) => ({ meta_description: `Meta-Beschr.: ${c.meta_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Falls Sie noch eine englische Fassung brauchen, melden Sie sich einfach bei mir.`,
  }),
];

// ja: listing 1 (laptop stand) takes styles 0-2, listing 2 (lumbar cushion) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `以下は、対応サイズ・高さ調整・重さ・放熱の順に整理した説明文です。\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `Mkt-B｜${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}（語尾はやわらかめにして、押しつけがましくならないよう整えました）`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n「低反発」と「高反発」、どちらの表記がショップの方針に合いますか？`,
  }),
  (c) => ({ h1: `${c.h1}（原文にある「人間工学」という語は、見出しでは省きました）` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n最後までお読みいただきありがとうございました。販売が順調に進みますよう願っております。`,
  }),
];

// es: listing 1 (cable tray) takes styles 0-2, listing 2 (lumbar cushion) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description} He repasado medidas y cantidades con el texto chino y coinciden todas.`,
  }),
  (c) => ({ marketing_copy_a: `💡 Copy «valor»: ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nGracias por confiar en mí para esta ficha; si quieres retocar algo, me dices.`,
  }),
  (c) => ({
    translated_description: `Resumen de lo que viene: la descripción completa del cojín, con materiales, ajuste y cuidados, lista para publicar.\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '(Tono cercano y con tuteo, para que se lea como consejo de amigo y no como anuncio.)',
    ),
  }),
  (c) => ({ h1: `${c.h1} (he quitado «ergonómico» del encabezado para acortarlo)` }),
];

// fr: listing 1 (laptop stand) takes styles 0-2, listing 2 (footrest) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Préférez-vous « ordinateur portable » ou simplement « portable » dans la suite du texte ?',
    ),
  }),
  (c) => ({ marketing_copy_c: `🎯 Promo ▸ ${c.marketing_copy_c}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nJ’ai relu chaque valeur chiffrée face au texte chinois : tout concorde, rien n’a été ajouté.`,
  }),
  (c) => ({
    translated_description: `Voici d’abord un résumé de ce qui suit : matière, dimensions, réglages puis entretien, dans l’ordre de la fiche.\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (Pas un mot sur les picots ici, volontairement : ce texte joue uniquement sur l’émotion.)`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nBonne continuation pour le lancement, et n’hésitez surtout pas si un détail vous chiffonne.`,
  }),
];

export const ROUND_37_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap monitor mounts start to sag within weeks.',
      'Knockoff docks have been known to fry laptop ports.',
      'We never ship replica parts in our boxes.',
      'Fake ergonomic claims are easy to spot once you sit down.',
    ],
    slogans: ['Sit tall, work easy.', 'Less clutter, more focus.'],
    chineseLeftovers: [],
    duplicateLead: 'All told, ',
    titleStuffing: ' | Home Office Must-Have, Desk Setup Upgrade, Free Delivery',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Halterungen geben unter Last schnell nach.',
      'Eine Fälschung dieses Hubs kann Ihr Notebook beschädigen.',
      'Nachahmungen unseres Designs wackeln schon beim Tippen.',
      'Ein Imitat aus Kunststoff ersetzt kein Aluminium.',
    ],
    slogans: ['Aufrecht sitzen, leichter arbeiten.', 'Ordnung beginnt unter dem Tisch.'],
    chineseLeftovers: [],
    duplicateLead: 'Zusammengefasst: ',
    titleStuffing: ' | Homeoffice-Highlight, Schreibtisch-Upgrade, gratis Lieferung',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安スタンドと比べると、ぐらつきの少なさは歴然です。',
      'フリマアプリに並ぶコピー品には、メーカー保証がつきません。',
      '模倣品のクッションはすぐにへたってしまいます。',
      '偽物のアルミ製品は強度が足りません。',
    ],
    slogans: ['正しい姿勢は、いい仕事の土台。', '腰に、ひと息つかせよう。'],
    chineseLeftovers: ['这个支架折叠以后很方便携带。', '请不要把靠垫放进烘干机里。'],
    duplicateLead: 'かいつまんで言えば、',
    titleStuffing: '｜在宅ワーク デスク周り 快適グッズ 話題 配送無料',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las bandejas baratas se doblan con el peso de la regleta.',
      'Una imitación de plástico no aguanta el trajín diario.',
      'No vendemos cojines falsos con relleno dudoso.',
      'Las réplicas de firmas famosas duran un suspiro.',
    ],
    slogans: ['Orden bajo la mesa, calma encima.', 'Tu espalda, en buenas manos.'],
    chineseLeftovers: [],
    duplicateLead: 'En una frase: ',
    titleStuffing: ' | Oficina en casa, escritorio ordenado, envío gratis, novedad',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un repose-pieds pas cher s’affaisse en quelques semaines.',
      'Les contrefaçons de supports cèdent bien avant la charge annoncée.',
      'Aucune fausse mousse dans nos produits.',
      'Une imitation en plastique plie sous le poids de l’ordinateur.',
    ],
    slogans: ['Le dos droit, l’esprit léger.', 'Un bureau net, une tête claire.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour faire court : ',
    titleStuffing: ' | Télétravail, bureau rangé, livraison offerte, nouveauté',
  },
};
