// Blind set, round 13 (written without reading the gate, committed before it is scored): six products in categories
// no earlier set has (car_vacuum_cleaners, baby_carriers, espresso_machines, electric_toothbrushes,
// standing_desk_mats, bird_feeders), 12 hand-written listings, three artifact styles per listing and wording of its own;
// legitimate numbers: model C8, 双电机 = two motors, 12,000 Pa, 2,500 mAh, 3 hours, 25 minutes, 二合一 = 2-in-1,
// 150 ml (5.1 fl oz), 580 g (20.5 oz), 一键 (idiomatic, not a number); model N3, 0至36个月 = 0–36 months, 20 kg,
// 3D mesh, 四季 (a word: all seasons, quatre saisons / 四季), 四种 = four positions, 15 cm, 65–120 cm, 3 cm;
// model EM-40 (the hyphen is no minus), 15 bar, 1350 W, 30 seconds, 三档 = three levels (dreistufig), 90/93/96 °C, 360°,
// 1.8 L, 58 mm; model S4, 第四代 = fourth generation (第4世代), 3万次/分 = 30,000 strokes a minute (3万回),
// 百分之九十 = 90 %, 五种 = five modes, 2 minutes, 30 seconds, 4 hours, 60 days, IPX7, 2 heads; 90 × 50 cm, 2 cm,
// 几十 = dozens (no figure), 15°, 三年 = 3 years; 六 = 6 ports and perches, 40 cm (15.7 in), 8 cm (3.1 in),
// 1.2 kg (2.6 lb), 十几天 = more than ten days, 一对 = a pair (idiomatic), 两年 = two years.
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording } from './blind-set';

const VACUUM_ZH = 'Turbo C8 无线车载吸尘器';
const VACUUM_SRC =
  'Turbo C8 无线车载吸尘器采用双电机设计，吸力高达12000Pa，可吸干湿垃圾。内置2500mAh锂电池，充电约3小时，满电可连续使用25分钟。标配二合一吸头和加长扁吸头，尘杯容量150毫升，HEPA滤网可水洗。机身仅重580克，一键倒尘，单手即可操作。';
const CARRIER_ZH = 'Nido N3 四季通用婴儿腰凳背带';
const CARRIER_SRC =
  'Nido N3 婴儿腰凳背带适合0至36个月的宝宝，最大承重20公斤。3D网眼面料透气舒适，四季通用。支持四种背法：面朝内、面朝外、侧抱和后背。腰凳宽15厘米，腰带长度可在65至120厘米之间调节。肩带加厚至3厘米，久背不累。';
const ESPRESSO_ZH = 'Lume EM-40 半自动意式咖啡机';
const ESPRESSO_SRC =
  'Lume EM-40 半自动意式咖啡机采用15bar意大利泵压，1350瓦加热系统约30秒即可完成预热。三档萃取温度可调（90℃、93℃、96℃），满足不同烘焙度的咖啡豆。蒸汽棒可360度旋转，轻松打出细腻奶泡。可拆卸水箱容量1.8升，冲煮头直径58毫米，兼容主流手柄配件。';
const TOOTHBRUSH_ZH = 'Sonic Pure S4 第四代声波电动牙刷';
const TOOTHBRUSH_SRC =
  'Sonic Pure S4 第四代声波电动牙刷，刷头振动频率高达3万次/分钟，实验室测试可去除百分之九十的牙菌斑。提供五种清洁模式，内置2分钟智能计时，每30秒提醒更换刷牙区域。充电4小时可使用60天，机身防水等级IPX7，附赠2个替换刷头。';
const MAT_ZH = 'Flex 站立办公抗疲劳地垫';
const MAT_SRC =
  'Flex 抗疲劳地垫专为站立办公设计，尺寸90×50厘米，厚度2厘米。采用高回弹聚氨酯材料，表面分布几十个按摩凸点，久站也能减轻足部和腰部压力。底部防滑，边缘倾斜15度，不易绊脚。表面防水，用湿布即可擦净。提供三年质保。';
const FEEDER_ZH = 'Aviva 六口金属管状喂鸟器';
const FEEDER_SRC =
  'Aviva 管状喂鸟器采用防锈金属框架和透明PC管身，高40厘米，直径8厘米，可装1.2公斤鸟食，装满一次可供鸟儿吃十几天。设有六个进食口和六根栖杆，底部托盘可接住掉落的种子。顶盖带防松鼠锁扣，附赠一对S形挂钩，提供两年质保。';

export const ROUND_13_LISTINGS: readonly BlindListing[] = [
  listing(
    'm01',
    'car_vacuum_cleaners',
    'en',
    VACUUM_ZH,
    VACUUM_SRC,
    {
      translated_description:
        'The Turbo C8 cordless car vacuum uses two motors to deliver up to 12,000 Pa of suction and picks up both dry dirt and spills. Its 2,500 mAh lithium battery recharges in about 3 hours and runs for 25 minutes on a full charge. It comes with a 2-in-1 nozzle and an extended crevice tool. The dust cup holds 150 ml (5.1 fl oz) and the HEPA filter is washable. At just 580 g (20.5 oz), it empties at the push of a button and is easy to handle single-handed.',
      seo_title: 'Turbo C8 Cordless Car Vacuum, 12,000 Pa Suction',
      meta_description:
        'Turbo C8 cordless car vacuum with two motors, 12,000 Pa of suction and a 2,500 mAh battery that runs for 25 minutes. Washable HEPA filter, 2-in-1 nozzle.',
      h1: 'Turbo C8 Handheld Car Vacuum Cleaner',
      marketing_copy_a: 'Valet-level cleaning without the valet bill. Order the Turbo C8 today.',
      marketing_copy_b:
        'Crumbs under the child seat and sand in the footwell, gone before the school run. Discover how good a clean car feels.',
      marketing_copy_c:
        'This month every order ships with a free in-car charging adapter – add yours to the cart.',
    },
    {
      field: 'meta_description',
      find: '12,000 Pa of suction',
      replace: '16,000 Pa of suction',
      labels: ['number_invented'],
    },
    'The dust cup holds 150 ml (5.1 fl oz) and the HEPA filter is washable.',
  ),
  listing(
    'm01',
    'car_vacuum_cleaners',
    'de',
    VACUUM_ZH,
    VACUUM_SRC,
    {
      translated_description:
        'Der kabellose Autostaubsauger Turbo C8 arbeitet mit zwei Motoren und erreicht bis zu 12.000 Pa Saugkraft – für trockenen Schmutz ebenso wie für verschüttete Flüssigkeiten. Der Lithium-Akku mit 2.500 mAh ist in etwa 3 Stunden geladen und hält 25 Minuten durch. Zum Lieferumfang gehören eine 2-in-1-Düse und eine verlängerte Fugendüse. Der Staubbehälter fasst 150 ml, der HEPA-Filter ist waschbar. Mit nur 580 g liegt das Gerät leicht in der Hand und wird per Knopfdruck entleert.',
      seo_title: 'Turbo C8 Akku-Autostaubsauger mit 12.000 Pa',
      meta_description:
        'Kabelloser Autostaubsauger Turbo C8 mit zwei Motoren, 12.000 Pa Saugkraft, 2.500-mAh-Akku für 25 Minuten, 2-in-1-Düse und waschbarem HEPA-Filter.',
      h1: 'Turbo C8 – sauberes Auto ganz ohne Kabel',
      marketing_copy_a:
        'Saugleistung wie beim Profi-Aufbereiter, zum Preis einer einzigen Innenreinigung. Jetzt bestellen.',
      marketing_copy_b:
        'Keine Krümel mehr im Kindersitz, kein Sand im Fußraum. Entdecken Sie, wie gut sich ein gepflegtes Auto anfühlt.',
      marketing_copy_c:
        'Nur diesen Monat mit gratis Ladeadapter für die Bordsteckdose – sichern Sie sich Ihren Turbo C8.',
    },
    {
      field: 'translated_description',
      find: 'Mit nur 580 g',
      replace: 'Mit nur 480 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der Staubbehälter fasst 150 ml, der HEPA-Filter ist waschbar.',
  ),
  listing(
    'm02',
    'baby_carriers',
    'ja',
    CARRIER_ZH,
    CARRIER_SRC,
    {
      translated_description:
        'Nido N3のヒップシート付き抱っこ紐は、0〜36か月の赤ちゃんに対応し、最大20kgまで使えます。3Dメッシュ生地で通気性がよく、四季を通じて快適です。対面抱き、前向き抱き、腰抱き、おんぶの4通りの抱き方ができます。ヒップシートの幅は15cm、ウエストベルトは65〜120cmの範囲で調整できます。肩ベルトは厚さ3cmのクッション入りで、長時間でも疲れにくい作りです。',
      seo_title: 'Nido N3 抱っこ紐 ヒップシート 0〜36か月 最大20kg',
      meta_description:
        '0〜36か月・最大20kgまで使えるヒップシート付き抱っこ紐。3Dメッシュで蒸れにくく、4通りの抱き方に対応。厚さ3cmの肩ベルトで長時間の抱っこもラクです。',
      h1: 'Nido N3 ヒップシート抱っこ紐',
      marketing_copy_a:
        '抱っこ紐とヒップシートを別々にそろえる必要はありません。新生児期から卒業まで長く使えます。今すぐ購入。',
      marketing_copy_b:
        '腕の中ですやすや眠る重み。その幸せを、肩の痛みを気にせず味わえます。ぜひお試しください。',
      marketing_copy_c: '今なら専用よだれパッドをプレゼント中。ご注文はお早めにどうぞ。',
    },
    { field: 'seo_title', find: '最大20kg', replace: '最大25kg', labels: ['number_invented'] },
    'ヒップシートの幅は15cm、ウエストベルトは65〜120cmの範囲で調整できます。',
  ),
  listing(
    'm02',
    'baby_carriers',
    'fr',
    CARRIER_ZH,
    CARRIER_SRC,
    {
      translated_description:
        'Le porte-bébé Nido N3 avec siège de hanche convient aux enfants de 0 à 36 mois et supporte jusqu’à 20 kg. Son tissu en maille 3D respirant le rend agréable en toutes saisons. Il offre quatre positions de portage : face à vous, face au monde, sur la hanche et sur le dos. Le siège mesure 15 cm de large et la ceinture se règle de 65 à 120 cm. Les bretelles, rembourrées sur 3 cm d’épaisseur, restent confortables même après des heures de portage.',
      seo_title: 'Porte-bébé Nido N3 avec siège, de 0 à 36 mois',
      meta_description:
        'Porte-bébé ergonomique Nido N3 avec siège de hanche, de 0 à 36 mois et jusqu’à 20 kg : maille 3D respirante, quatre positions et bretelles bien rembourrées.',
      h1: 'Nido N3, le portage tout en douceur',
      marketing_copy_a:
        'Un porte-bébé et un siège de hanche réunis en un seul achat, pour toute la petite enfance. Commandez le Nido N3.',
      marketing_copy_b: 'Sa petite main sur votre cœur, votre dos enfin soulagé. Découvrez le Nido N3.',
      marketing_copy_c: 'Bavoir assorti offert ce mois-ci : profitez-en dès maintenant.',
    },
    {
      field: 'translated_description',
      find: 'rembourrées sur 3 cm',
      replace: 'rembourrées sur 5 cm',
      labels: ['number_invented'],
    },
    'Le siège mesure 15 cm de large et la ceinture se règle de 65 à 120 cm.',
  ),
  listing(
    'm03',
    'espresso_machines',
    'de',
    ESPRESSO_ZH,
    ESPRESSO_SRC,
    {
      translated_description:
        'Die halbautomatische Siebträgermaschine Lume EM-40 arbeitet mit italienischer Pumpe und 15 bar Druck. Dank 1350 W Heizleistung ist sie in etwa 30 Sekunden aufgeheizt. Die Brühtemperatur ist dreistufig einstellbar (90 °C, 93 °C oder 96 °C), passend zu hellen wie dunklen Röstungen. Die um 360° schwenkbare Dampflanze zaubert feinporigen Milchschaum. Der abnehmbare Wassertank fasst 1,8 l. Die Brühgruppe hat 58 mm Durchmesser und passt zu gängigem Siebträgerzubehör.',
      seo_title: 'Lume EM-40 Siebträgermaschine, 15 bar, 1350 W',
      meta_description:
        'Siebträgermaschine Lume EM-40 mit 15 bar und 1350 W, in rund 30 Sekunden aufgeheizt, mit drei Brühtemperaturen und schwenkbarer Dampflanze für Milchschaum.',
      h1: 'Lume EM-40 – Espresso wie in der Bar',
      marketing_copy_a:
        'Barista-Technik, die sich nach wenigen Monaten ohne Coffee-to-go bezahlt macht. Jetzt kaufen.',
      marketing_copy_b:
        'Der Duft des ersten Shots, noch bevor die Familie wach ist. Entdecken Sie Ihr neues Morgenritual.',
      marketing_copy_c: 'Nur diese Woche mit gratis Milchkännchen aus Edelstahl: Jetzt bestellen.',
    },
    { field: 'seo_title', find: '15 bar', replace: '19 bar', labels: ['number_invented'] },
    'Der abnehmbare Wassertank fasst 1,8 l.',
  ),
  listing(
    'm03',
    'espresso_machines',
    'es',
    ESPRESSO_ZH,
    ESPRESSO_SRC,
    {
      translated_description:
        'La cafetera espresso semiautomática Lume EM-40 cuenta con bomba italiana de 15 bar. Su sistema de calentamiento de 1350 W la deja lista en unos 30 segundos. Ofrece tres temperaturas de extracción (90 °C, 93 °C y 96 °C) para adaptarse a cada tueste. La lanza de vapor gira 360° y crea una espuma de leche fina y cremosa. El depósito de agua extraíble tiene 1,8 l de capacidad y el grupo de 58 mm es compatible con los accesorios más habituales.',
      seo_title: 'Cafetera espresso Lume EM-40, 15 bar y 1350 W',
      meta_description:
        'Cafetera espresso semiautomática Lume EM-40 con 15 bar y 1350 W, lista en unos 30 segundos, tres temperaturas y lanza de vapor giratoria para cafés de barista.',
      h1: 'Lume EM-40, tu cafetería en casa',
      marketing_copy_a:
        'Lo que gastas en cafés fuera en unos meses, invertido en una máquina para años. Cómprala hoy.',
      marketing_copy_b:
        'El aroma del primer espresso llenando la cocina antes de que despierte la casa. Descubre la Lume EM-40.',
      marketing_copy_c: 'Jarra para leche de regalo solo esta semana: aprovecha la oferta.',
    },
    {
      field: 'translated_description',
      find: '96 °C',
      replace: '98 °C',
      labels: ['number_dropped', 'number_invented'],
    },
    'Su sistema de calentamiento de 1350 W la deja lista en unos 30 segundos.',
  ),
  listing(
    'm04',
    'electric_toothbrushes',
    'en',
    TOOTHBRUSH_ZH,
    TOOTHBRUSH_SRC,
    {
      translated_description:
        'The Sonic Pure S4 is a fourth-generation sonic toothbrush whose head vibrates at up to 30,000 strokes per minute. Lab tests show it removes up to 90% of plaque. It offers five cleaning modes and a 2-minute smart timer that prompts you every 30 seconds to move to the next area. A 4-hour charge lasts 60 days, the body is rated IPX7 waterproof, and 2 replacement heads are included.',
      seo_title: 'Sonic Pure S4 Electric Toothbrush, 5 Modes, IPX7',
      meta_description:
        'Fourth-generation Sonic Pure S4 toothbrush with 30,000 strokes per minute, five cleaning modes, a 2-minute timer and 60 days of use from a single charge.',
      h1: 'Sonic Pure S4 Sonic Toothbrush',
      marketing_copy_a:
        'Dentist-fresh results every morning, with two spare heads already in the box. Get yours today.',
      marketing_copy_b:
        'That smooth, just-polished feeling lasts all day. Treat yourself to a brighter smile.',
      marketing_copy_c: 'Launch offer: a free travel case with every S4 – shop the deal now.',
    },
    {
      field: 'translated_description',
      replace: 'The battery is rated for 800 charge cycles.',
      labels: ['number_invented'],
    },
    'Lab tests show it removes up to 90% of plaque.',
  ),
  listing(
    'm04',
    'electric_toothbrushes',
    'ja',
    TOOTHBRUSH_ZH,
    TOOTHBRUSH_SRC,
    {
      translated_description:
        'Sonic Pure S4は第4世代の音波電動歯ブラシで、ブラシの振動数は毎分最大3万回です。ラボテストでは歯垢を90%除去できることが確認されています。5種類の清掃モードと2分間のスマートタイマーを搭載し、30秒ごとに磨く場所の切り替えをお知らせします。4時間の充電で60日間使用でき、本体はIPX7の防水仕様です。交換用ブラシヘッドが2本付属します。',
      seo_title: 'Sonic Pure S4 電動歯ブラシ 毎分3万回 IPX7',
      meta_description:
        '毎分3万回の音波振動で歯垢を落とす第4世代の電動歯ブラシ。5つのモードと2分タイマー付きで、4時間の充電で60日間使えます。IPX7防水で丸洗いもOK。',
      h1: 'Sonic Pure S4 音波電動歯ブラシ',
      marketing_copy_a: '歯科医院帰りのようなツルツル感を毎朝。替えブラシ付きで長く使えます。今すぐ購入。',
      marketing_copy_b: '鏡の前で思わず笑顔になる、そんな白い歯に。ぜひお試しください。',
      marketing_copy_c: '発売記念のトラベルケース付きセットは数量限定。この機会にゲットしてください。',
    },
    {
      field: 'translated_description',
      find: '毎分最大3万回',
      replace: '毎分最大4万回',
      labels: ['number_dropped', 'number_invented'],
    },
    'ラボテストでは歯垢を90%除去できることが確認されています。',
  ),
  listing(
    'm05',
    'standing_desk_mats',
    'fr',
    MAT_ZH,
    MAT_SRC,
    {
      translated_description:
        'Le tapis anti-fatigue Flex est conçu pour le travail debout. Il mesure 90 × 50 cm pour 2 cm d’épaisseur. Sa mousse polyuréthane à haute résilience, parsemée de dizaines de picots de massage, soulage les pieds et le bas du dos lors des longues stations debout. Le dessous antidérapant et les bords biseautés à 15° évitent de trébucher. Sa surface imperméable se nettoie d’un coup de chiffon humide. Il est garanti 3 ans.',
      seo_title: 'Tapis anti-fatigue Flex pour bureau debout',
      meta_description:
        'Tapis anti-fatigue Flex de 90 × 50 cm pour bureau assis-debout : mousse épaisse de 2 cm, picots de massage, bords biseautés et garantie de 3 ans.',
      h1: 'Flex, le confort des pieds au bureau',
      marketing_copy_a:
        'Moins de fatigue en fin de journée pour le prix d’un déjeuner d’équipe. Achetez le tapis Flex.',
      marketing_copy_b:
        'Vous restez debout tout l’après-midi et vos jambes ne vous en veulent plus. Découvrez la différence.',
      marketing_copy_c: 'Livraison gratuite cette semaine : commandez votre tapis Flex.',
    },
    {
      field: 'meta_description',
      find: '90 × 50 cm',
      replace: '100 × 50 cm',
      labels: ['number_invented'],
    },
    'Il est garanti 3 ans.',
  ),
  listing(
    'm05',
    'standing_desk_mats',
    'de',
    MAT_ZH,
    MAT_SRC,
    {
      translated_description:
        'Die Anti-Ermüdungsmatte Flex wurde für das Arbeiten im Stehen entwickelt. Sie misst 90 × 50 cm und ist 2 cm dick. Der hochelastische Polyurethan-Schaum mit Dutzenden Massagenoppen entlastet Füße und Rücken beim langen Stehen. Die rutschfeste Unterseite und die um 15 Grad abgeschrägten Kanten verhindern Stolpern. Die wasserfeste Oberfläche lässt sich mit einem feuchten Tuch abwischen. Auf Flex gibt es drei Jahre Garantie.',
      seo_title: 'Flex Anti-Ermüdungsmatte für Stehschreibtische',
      meta_description:
        'Anti-Ermüdungsmatte Flex, 90 × 50 cm und 2 cm dick, mit Massagenoppen, abgeschrägten Kanten und rutschfester Unterseite – entlastet beim Arbeiten im Stehen.',
      h1: 'Flex Stehmatte fürs Büro',
      marketing_copy_a: 'Ergonomie, die weniger kostet als ein neuer Bürostuhl. Jetzt kaufen.',
      marketing_copy_b: 'Am Abend noch Lust auf einen Spaziergang statt müder Beine. Entdecken Sie Flex.',
      marketing_copy_c: 'Gratis Versand bis Sonntag – bestellen Sie jetzt.',
    },
    {
      field: 'translated_description',
      find: 'um 15 Grad',
      replace: 'um 20 Grad',
      labels: ['number_dropped', 'number_invented'],
    },
    'Sie misst 90 × 50 cm und ist 2 cm dick.',
  ),
  listing(
    'm06',
    'bird_feeders',
    'es',
    FEEDER_ZH,
    FEEDER_SRC,
    {
      translated_description:
        'El comedero para pájaros Aviva tiene estructura metálica antioxidante y tubo transparente de policarbonato. Mide 40 cm de alto y 8 cm de diámetro y admite 1,2 kg de semillas, suficientes para más de diez días. Cuenta con 6 puntos de alimentación y 6 perchas, y una bandeja inferior recoge las semillas que caen. La tapa lleva cierre antiardillas, se incluye un par de ganchos en S y tiene 2 años de garantía.',
      seo_title: 'Comedero para pájaros Aviva de tubo, 6 puntos',
      meta_description:
        'Comedero de tubo Aviva con 6 puntos de alimentación, 1,2 kg de capacidad para más de diez días, cierre antiardillas y 2 años de garantía para tu jardín.',
      h1: 'Aviva, el comedero que llena tu jardín de vida',
      marketing_copy_a:
        'Metal resistente y garantía de dos años: un comedero que no tendrás que cambiar cada temporada. Pídelo hoy.',
      marketing_copy_b:
        'Despertar con el canto de los carboneros junto a la ventana no tiene precio. Descubre Aviva.',
      marketing_copy_c: 'Bolsa de pipas de girasol de regalo este mes: llévate el tuyo ahora.',
    },
    {
      field: 'translated_description',
      replace: 'Soporta temperaturas de hasta 45 °C.',
      labels: ['number_invented'],
    },
    'Cuenta con 6 puntos de alimentación y 6 perchas, y una bandeja inferior recoge las semillas que caen.',
  ),
  listing(
    'm06',
    'bird_feeders',
    'en',
    FEEDER_ZH,
    FEEDER_SRC,
    {
      translated_description:
        'The Aviva tube bird feeder has a rust-proof metal frame and a clear polycarbonate tube. It stands 40 cm (15.7 in) tall, is 8 cm (3.1 in) across and holds 1.2 kg (2.6 lb) of seed, enough for more than ten days. Six feeding ports and six perches let several birds eat at once, and a base tray catches dropped seed. The lid has a squirrel-proof lock, a pair of S-hooks is included, and the feeder comes with a two-year warranty.',
      seo_title: 'Aviva Metal Tube Bird Feeder with 6 Feeding Ports',
      meta_description:
        'Aviva tube bird feeder with a rust-proof metal frame, six feeding ports, a 1.2 kg seed capacity that lasts more than ten days and a squirrel-proof lid.',
      h1: 'Aviva Tube Bird Feeder',
      marketing_copy_a:
        'Built to outlast plastic feeders season after season, and backed by a two-year warranty. Shop Aviva now.',
      marketing_copy_b:
        'Goldfinches at the window while your coffee brews. Discover the joy of a busy garden.',
      marketing_copy_c: 'Free bag of sunflower hearts with every feeder this month – grab yours today.',
    },
    { field: 'seo_title', find: '6 Feeding Ports', replace: '4 Feeding Ports', labels: ['number_invented'] },
    'Six feeding ports and six perches let several birds eat at once, and a base tray catches dropped seed.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const bulletSentences = (text: string, bullet: string): string =>
  (text.match(/[^.!?]+[.!?]+/g) ?? [text]).map((s) => `${bullet} ${s.trim()}`).join('\n');

export const ROUND_13_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `Tone: upbeat and practical, pitched at commuters and parents who want a tidy car.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `meta_title: ${c.seo_title}` }),
      (c) => ({ meta_description: `${c.meta_description} END` }),
      (c) => ({
        translated_description: `Reasoning: the source opens with the vibration spec, so the English keeps that order, writes numbers in US style and adds no health claims of its own.\n\n${c.translated_description}`,
      }),
      (c) => ({ translated_description: c.translated_description.replace(/\. /g, '.\\n') }),
      (c) => ({ marketing_copy_b: bulletSentences(c.marketing_copy_b, '✨') }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nConfidence: high on size and capacity, lower on the warranty wording, as the source is brief there.`,
      }),
      (c) => ({ h1: `H1 options: ${c.h1} / ${c.seo_title}` }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a} (${c.marketing_copy_a.length} characters)` }),
    ],
    forbidden: [
      'Cheaper plastic gadgets crack within weeks.',
      'No knockoffs, no shortcuts.',
      'Every unit is checked, so you never end up with a counterfeit.',
      'Beware of imitations sold under similar names.',
    ],
    slogans: ['Fresh starts, every morning.', 'Made to make you smile.'],
    chineseLeftovers: [],
    duplicateLead: 'In short, ',
    titleStuffing: ' | Best Seller Gift Idea Fast Free Shipping Sale',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\nOjo: los datos técnicos vienen tal cual del proveedor; no he podido contrastarlos.`,
      }),
      (c) => ({ h1: `1. ${c.h1}\n2. Espresso de barista sin salir de casa` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nLet me know if you'd rather have a version tuned for Latin American buyers.`,
      }),
      (c) => ({ translated_description: `[es-ES] ${c.translated_description}` }),
      (c) => ({ meta_description: `\\"${c.meta_description}\\"` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\n— Borrador pendiente de revisión por el equipo de marketing.`,
      }),
    ],
    forbidden: [
      'Nada de plásticos baratos que se rompen al primer uso.',
      'Olvídate de las imitaciones.',
      'No es una réplica de marca.',
      'Desconfía de los productos falsos.',
    ],
    slogans: ['Tu jardín, lleno de vida.', 'Cada mañana, un pequeño ritual.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Oferta top, regalo ideal, envío gratis y rápido',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `Entendu : vouvoiement conservé, ton rassurant pour les jeunes parents.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `# ${c.seo_title}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c} [accent mis sur le cadeau offert, comme demandé dans le brief]`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nCorrection: fixed the gender agreement on « tapis » from the earlier draft.`,
      }),
      (c) => ({ meta_description: `Méta : ${c.meta_description}` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nN’hésitez pas à me dire s’il vous faut une version plus courte pour Instagram.`,
      }),
    ],
    forbidden: [
      'Rien de commun avec les modèles pas chers du marché.',
      'Méfiez-vous des contrefaçons vendues en ligne.',
      'Aucune réplique ne tient la comparaison.',
      'Évitez les fausses bonnes affaires.',
    ],
    slogans: ['Le confort, tout simplement.', 'Debout, et fier de l’être.'],
    chineseLeftovers: [],
    duplicateLead: 'Bref, ',
    titleStuffing: ' | Promo cadeau idéal, livraison offerte, meilleure vente',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Gern – hier die überarbeitete Fassung in Sie-Form:\n\n${c.translated_description}`,
      }),
      (c) => ({ meta_description: `„${c.meta_description}“` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\n@Lena: Claim bitte noch mit dem Produktmanagement abstimmen.`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nSpecs kept exactly as supplied – please sanity-check against the datasheet before this goes live.`,
      }),
      (c) => ({ seo_title: `[DE] ${c.seo_title}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c} (Korrektur: „gratis“ statt „kostenlos“, wie im Styleguide gewünscht.)`,
      }),
      (c) => ({ translated_description: `\\"beschreibung\\": \\"${c.translated_description}\\"` }),
      (c) => ({ h1: `**H1:** ${c.h1}` }),
      (c) => ({
        marketing_copy_a: `Variante A: ${c.marketing_copy_a}\nVariante B (kürzer): ${c.marketing_copy_a.split('. ')[0]}.`,
      }),
    ],
    forbidden: [
      'Billige Kopien halten nicht lange.',
      'Bei uns gibt es keine Fälschungen.',
      'Nachahmungen aus dem Netz können da nicht mithalten.',
      'Kein Imitat, sondern Markenqualität.',
    ],
    slogans: ['Einfach gut gemacht.', 'Genuss, der bleibt.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' | Bestseller, Geschenkidee, Top-Angebot, Gratisversand',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `Kept the polite です・ます register; baby-care terms follow common Japanese retail usage.\n${c.translated_description}`,
      }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a}（${[...c.marketing_copy_a].length}文字）` }),
      (c) => ({ h1: `${c.h1}（想定読者：はじめて抱っこ紐を選ぶパパ・ママ）` }),
      (c) => ({
        translated_description: `${c.translated_description}\n（訂正：前回の「振動数」を「毎分の振動回数」に直しました）`,
      }),
      (c) => ({ marketing_copy_c: `<ja>${c.marketing_copy_c}</ja>` }),
      (c) => ({ marketing_copy_b: `marketing_copy_b: ${c.marketing_copy_b}` }),
    ],
    forbidden: [
      '激安品とは品質が違います。',
      'レプリカではなく正規品です。',
      '模倣品にはくれぐれもご注意ください。',
      '偽物をつかまないために。',
    ],
    slogans: ['毎日の笑顔に、確かな磨き心地。', '抱っこの時間を、もっと愛おしく。'],
    chineseLeftovers: [
      '这款产品的设计非常适合新手妈妈们使用。',
      '使用后请用清水冲洗刷头，并放在通风处晾干。',
    ],
    duplicateLead: '要するに、',
    titleStuffing: '｜人気ランキング上位 出産祝いギフト 送料無料 セール中',
  },
};
