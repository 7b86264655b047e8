// Blind set, round 70 (written without reading the gate, committed before it is scored): six sports, phone, watch,
// audio, cookware and cleaning products in the categories bouldering_crash_pads, rugged_smartphones, dive_watches,
// bone_conduction_headphones, carbon_steel_woks and wet_dry_floor_washers, 12 hand-written listings in the register
// of the shared dev set (plain shop sources, copies of two or three sentences ending on a call to action), three
// artifact styles per listing and wording of its own (this round: the kinds the README names, each in the target
// language's own words: lead-ins ("Here’s the translation", "Hier ist die Übersetzung", "以下は…日本語訳です",
// "Aquí tienes la traducción", "Voici la traduction"), AI disclaimers ("As an AI language model", "Als
// KI-Sprachmodell", "AIとして", "Como modelo de lenguaje", "En tant que modèle de langage"), sign-offs offering
// another version, code fences (plain and ```json with a JSON key), HTML tags (<p>, <h1>, <div class>, a <meta>
// element), markdown (bold, # headings, **label:**) and field-label prefixes (Title:, Meta-Beschreibung:, タイトル：,
// Meta descripción:, Titre SEO :), plus a translator's note, an eager opener ("Gerne! Hier ist …") and a JSON key
// with a trailing comma; no digits in artifacts that land in the description, title or meta); legitimate numbers:
// Cliffo 100×120 cm (100 × 120 cm, 39 × 47 in), 10 cm, 三层 (three layers, drei Schaumstofflagen, Dreischichtkern),
// 2 cm, 8 cm, 1000D nylon, about 5.5 kg (12.1 lb, 5,5 kg), 两条 (two straps, zwei Klettbänder), idiom 一个人 (on your
// own, allein); Rokka X6 (model), 8 GB, 256 GB, up to 1 TB, 10000 mAh, 3 days (3日間, 3 días), 33 W, about 90
// minutes (約90分, unos 90 minutos), IP68, IP69K, 1.5 m (1,5 metros), 零下20℃ (マイナス20℃, -20 °C), 6.5 inch (6.5インチ,
// 6,5 pulgadas), idiom 一键 (ワンタッチ, una sola pulsación); Marlo NH35 (movement), about 41 hours (41 heures),
// 200 m, 42 mm, 13 mm, 316L steel, 两种 (two looks, deux styles), idiom 一目了然 (at a glance, d’un coup d’œil),
// 单向 (unidirectional: not a number); Sonex Air 26 g, Bluetooth 5.3 (version, keeps its dot), 8 hours (8 Stunden,
// 8時間), 10 minutes, 1.5 hours (1,5 Stunden, 1.5時間), IP67, 两个 (zwei Mikrofone, 2つ), 三种 (drei Farben, 3色),
// idiom 一整天 (einen ganzen Tag, 一日中); Wokai 1.5 mm (1,5 mm), 32 cm (12.6 in), 9 cm, 4 to 6 people (4 a 6
// personas), about 1.6 kg (3.5 lb, 1,6 kg), idioms 一次 (in one go, en una sola tanda) and 单手 (one-handed, con una
// mano); Clyra F5 (model), 900 ml, 700 ml, 450 rpm (450 tours par minute, 450-mal pro Minute), 15000 Pa (15 000 Pa,
// 15.000 Pa), 4000 mAh (4 000 mAh, 4.000 mAh), about 35 minutes, 120 m², 60 °C, 180 degrees (180 degrés, 180 Grad),
// idioms 一步 (en un seul passage, in einem Arbeitsgang), 一遍, 一次 (en une fois, im Nu) and 一键 (d’une seule
// touche, auf Knopfdruck).
import type { Language } from '@content-pipeline/languages';
import { type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const CRASH_PAD_ZH = 'Cliffo 折叠抱石垫 100×120厘米 加厚10厘米';
const CRASH_PAD_SRC =
  'Cliffo 抱石攀岩垫展开尺寸100×120厘米，厚度10厘米，采用三层复合泡棉：上层2厘米高密度闭孔棉分散冲击，下层8厘米开孔棉吸收落地力量。表面为1000D耐磨尼龙，底面防滑防水。对折后可当背包，配有加宽肩带和腰带，整垫重约5.5公斤，一个人也能轻松背到岩场。折叠处的铰链设计成斜切口，展开后没有缝隙，落地更安心。附带两条魔术贴收纳带，可以把攀岩鞋和镁粉袋一起绑上。';
const PHONE_ZH = 'Rokka X6 户外加固手机 8GB+256GB 10000mAh';
const PHONE_SRC =
  'Rokka X6 户外加固智能手机配备8GB运行内存和256GB存储空间，支持最大1TB存储卡扩展，照片视频随便存。内置10000mAh大电池，正常使用可坚持3天，支持33W快充，约90分钟充满。机身通过IP68和IP69K防护认证，1.5米跌落不怕摔，零下20℃也能正常开机。6.5英寸屏幕戴手套也能操作，侧面自定义按键一键打开手电筒。工地、户外、钓鱼都是好帮手。';
const WATCH_ZH = 'Marlo 200米潜水自动机械表 蓝宝石镜面';
const WATCH_SRC =
  'Marlo 潜水表采用日本NH35自动机械机芯，满链后动力储存约41小时，日常佩戴无需手动上弦。防水深度200米，旋入式表冠加上单向旋转表圈，潜水计时清楚可靠。表盘直径42毫米，厚13毫米，镜面为蓝宝石玻璃，不易刮花。指针和刻度涂有夜光涂层，黑暗中也一目了然。表壳与表带均为316L精钢，表带长度可以自行调节。随表另附硅胶表带，两种风格随心换。';
const HEADPHONES_ZH = 'Sonex Air 骨传导运动耳机 IP67防水';
const HEADPHONES_SRC =
  'Sonex Air 骨传导耳机不入耳，声音通过颧骨传递，跑步骑行时还能听见周围的车声。整机重量仅26克，钛合金后挂弹性好，戴一整天也不压耳朵。蓝牙5.3连接稳定，充满电可连续播放8小时，快充10分钟能听1.5小时。IP67级防水防汗，大汗淋漓也不怕。内置两个降噪麦克风，通话清晰。附送耳塞和磁吸充电线，颜色有黑、灰、蓝三种。';
const WOK_ZH = 'Wokai 手工锻打精铁炒锅 32厘米 无涂层';
const WOK_SRC =
  'Wokai 炒锅选用1.5毫米厚精铁，经过传统手工锻打，锅身布满鱼鳞纹，不易粘锅。口径32厘米，深9厘米，一次可炒4到6人份的菜。整锅重约1.6公斤，单手颠勺也不累。无化学涂层，出厂前已经过高温开锅处理，到手清洗后即可使用。榉木手柄隔热防烫，尾部带挂孔。燃气灶、电磁炉都适用。用完擦干后抹上薄油，越用越好用。';
const FLOOR_WASHER_ZH = 'Clyra F5 无线洗地机 自清洁 热风烘干';
const FLOOR_WASHER_SRC =
  'Clyra F5 无线洗地机吸拖洗一步完成，干湿垃圾都能处理。清水箱900毫升，污水箱700毫升，洗完一遍客厅不用中途加水。滚刷转速每分钟450转，吸力达到15000帕，果汁、米粒一次清干净。4000mAh电池续航约35分钟，可覆盖120平方米。放回底座后一键自清洁，并用60℃热风烘干滚刷，防止发臭。机身可以平躺180度，沙发床底都能伸进去。';

export const ROUND_70_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'bouldering_crash_pads',
    'en',
    CRASH_PAD_ZH,
    CRASH_PAD_SRC,
    {
      translated_description:
        'The Cliffo bouldering crash pad opens out to 100 × 120 cm (39 × 47 in) and is 10 cm thick. Inside are three layers of foam. A 2 cm top layer of dense closed-cell foam spreads the impact, while 8 cm of open-cell foam below absorbs the force of each landing. The shell is hard-wearing 1000D nylon, and the base is non-slip and waterproof. Folded in half, the pad becomes a backpack with wide shoulder straps and a hip belt; at about 5.5 kg (12.1 lb), it is easy to carry to the crag on your own. The hinge between the panels is cut at an angle, so there is no gap when the pad is open and every landing feels secure. Two hook-and-loop straps are included for strapping on your climbing shoes and chalk bag.',
      seo_title: 'Cliffo Bouldering Crash Pad, 100 × 120 cm, 10 cm Thick',
      meta_description:
        'Folding bouldering crash pad with a 10 cm three-layer foam core, a 1000D nylon shell and backpack straps. Opens to 100 × 120 cm and weighs about 5.5 kg.',
      h1: 'Cliffo Crash Pad: Land Soft, Climb Harder',
      marketing_copy_a:
        'Closed-cell foam on top, open-cell foam underneath and a tough nylon shell built for seasons of rough boulder fields. Order your Cliffo crash pad today.',
      marketing_copy_b:
        'That last move before the top, when your fingers start to slip. Knowing there is a thick, seamless pad below is what lets you commit. Discover the Cliffo crash pad.',
      marketing_copy_c:
        'Spring bouldering offer: a free chalk bag with every Cliffo pad while stocks last. Shop now.',
    },
    {
      field: 'meta_description',
      find: 'about 5.5 kg',
      replace: 'about 4.5 kg',
      labels: ['number_invented'],
    },
    'A 2 cm top layer of dense closed-cell foam spreads the impact, while 8 cm of open-cell foam below absorbs the force of each landing.',
  ),
  listing(
    'p01',
    'bouldering_crash_pads',
    'de',
    CRASH_PAD_ZH,
    CRASH_PAD_SRC,
    {
      translated_description:
        'Das Cliffo Crashpad fürs Bouldern misst aufgeklappt 100 × 120 cm und ist 10 cm dick. Der Kern besteht aus drei Schaumstofflagen. Oben verteilt eine 2 cm starke Schicht aus dichtem, geschlossenzelligem Schaum den Aufprall, darunter fangen 8 cm offenzelliger Schaum die Wucht der Landung ab. Der Bezug aus 1000D-Nylon ist besonders abriebfest, die Unterseite rutschfest und wasserdicht. Zusammengeklappt wird das Pad zum Rucksack mit breiten Schultergurten und Hüftgurt; mit rund 5,5 kg tragen Sie es problemlos allein zum Fels. Das Scharnier zwischen den Hälften ist schräg geschnitten, sodass aufgeklappt keine Lücke entsteht und Sie sicher landen. Zwei Klettbänder liegen bei, damit Sie Kletterschuhe und Chalkbag gleich mit festschnallen können.',
      seo_title: 'Cliffo Crashpad zum Bouldern, 100 × 120 cm, 10 cm dick',
      meta_description:
        'Faltbares Bouldering-Crashpad mit 10 cm dickem Dreischichtkern, Bezug aus 1000D-Nylon und Rucksackgurten. Aufgeklappt 100 × 120 cm, rund 5,5 kg schwer.',
      h1: 'Cliffo – weich landen, mutiger klettern',
      marketing_copy_a:
        'Geschlossenzelliger Schaum oben, offenzelliger darunter und ein robuster Nylonbezug, der viele Saisons im Blockgelände übersteht. Bestellen Sie Ihr Cliffo Crashpad jetzt.',
      marketing_copy_b:
        'Der letzte Zug vor dem Ausstieg, und die Finger werden langsam müde. Mit einem dicken, lückenlosen Pad unter sich wagen Sie ihn trotzdem. Entdecken Sie Cliffo.',
      marketing_copy_c:
        'Zum Saisonstart gibt es einen Chalkbag gratis zu jedem Cliffo Pad – sichern Sie sich Ihres, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'und ist 10 cm dick',
      replace: 'und ist 12 cm dick',
      labels: ['number_dropped', 'number_invented'],
    },
    'Oben verteilt eine 2 cm starke Schicht aus dichtem, geschlossenzelligem Schaum den Aufprall, darunter fangen 8 cm offenzelliger Schaum die Wucht der Landung ab.',
  ),
  listing(
    'p02',
    'rugged_smartphones',
    'ja',
    PHONE_ZH,
    PHONE_SRC,
    {
      translated_description:
        'Rokka X6は、8GBのメモリと256GBのストレージを備えたアウトドア向けタフネススマートフォンです。最大1TBのメモリーカードにも対応しているので、写真や動画を気兼ねなく保存できます。10000mAhの大容量バッテリーを内蔵し、通常の使い方なら3日間もちます。33Wの急速充電に対応し、約90分でフル充電できます。IP68とIP69Kの防塵防水性能を備え、1.5mの高さから落としても壊れにくく、マイナス20℃の寒さでも問題なく起動します。6.5インチの画面は手袋をしたままでも操作でき、側面のカスタムボタンを押せばワンタッチでライトが点灯します。工事現場でもアウトドアでも釣りでも、頼れる相棒になります。',
      seo_title: 'Rokka X6 タフネススマホ 8GB+256GB 10000mAh',
      meta_description:
        '8GB+256GBで最大1TBのカードに対応、10000mAhバッテリーで3日間使えるタフネススマホ。IP68・IP69K準拠で、1.5mの落下にも耐えます。',
      h1: 'Rokka X6 現場でもアウトドアでも頼れるタフなスマホ',
      marketing_copy_a:
        '大容量バッテリーと急速充電、たっぷりのストレージを一台に。頑丈なケースを買い足さなくても、落下や水濡れに強いボディです。今すぐ購入。',
      marketing_copy_b:
        '雨の釣り場でも、凍える冬の現場でも、電池残量を気にせず過ごせる安心感。手袋のまま操作できる気軽さも魅力です。詳しくはぜひチェックしてください。',
      marketing_copy_c:
        '発売記念キャンペーン中につき、今なら強化ガラスフィルムをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '約90分でフル充電',
      replace: '約70分でフル充電',
      labels: ['number_dropped', 'number_invented'],
    },
    '33Wの急速充電に対応し、約90分でフル充電できます。',
  ),
  listing(
    'p02',
    'rugged_smartphones',
    'es',
    PHONE_ZH,
    PHONE_SRC,
    {
      translated_description:
        'El Rokka X6 es un smartphone todoterreno con 8 GB de RAM y 256 GB de almacenamiento, ampliable con tarjetas de hasta 1 TB, así que tendrás sitio de sobra para fotos y vídeos. Su batería de 10000 mAh aguanta 3 días de uso normal y admite carga rápida de 33 W: se carga por completo en unos 90 minutos. Cuenta con certificación IP68 e IP69K, resiste caídas desde 1,5 metros y arranca sin problemas a -20 °C. La pantalla de 6,5 pulgadas se puede usar con guantes, y el botón lateral personalizable enciende la linterna con una sola pulsación. En la obra, en el monte o de pesca, es el compañero que necesitas.',
      seo_title: 'Rokka X6, móvil resistente 8 GB + 256 GB y 10000 mAh',
      meta_description:
        'Móvil todoterreno con 8 GB de RAM, 256 GB ampliables hasta 1 TB y batería de 10000 mAh para 3 días. Certificación IP68 e IP69K y resistente a caídas.',
      h1: 'Rokka X6, un móvil hecho para el trabajo duro',
      marketing_copy_a:
        'Batería enorme, carga rápida y memoria de sobra en un móvil que no necesita funda para sobrevivir a golpes y lluvia. Cómpralo ahora.',
      marketing_copy_b:
        'Una mañana de pesca bajo la lluvia o una jornada helada en la obra, y tu móvil sigue ahí, con batería de sobra. Descubre el Rokka X6.',
      marketing_copy_c:
        'Por su lanzamiento, te regalamos un protector de pantalla de vidrio templado con cada Rokka X6. Pídelo ya.',
    },
    { field: 'seo_title', find: '10000 mAh', replace: '12000 mAh', labels: ['number_invented'] },
    'La pantalla de 6,5 pulgadas se puede usar con guantes, y el botón lateral personalizable enciende la linterna con una sola pulsación.',
  ),
  listing(
    'p03',
    'dive_watches',
    'en',
    WATCH_ZH,
    WATCH_SRC,
    {
      translated_description:
        'The Marlo dive watch runs on a Japanese NH35 automatic movement with a power reserve of about 41 hours when fully wound, so there is no need to wind it by hand for everyday wear. It is water-resistant to 200 m, and the screw-down crown and unidirectional rotating bezel make timing a dive clear and reliable. The dial measures 42 mm across and the case is 13 mm thick, topped with a sapphire crystal that resists scratches. A luminous coating on the hands and markers keeps everything readable at a glance, even in the dark. Both case and bracelet are 316L stainless steel, and you can adjust the bracelet length yourself. A silicone strap comes in the box too, giving you two looks to switch between.',
      seo_title: 'Marlo 200 m Automatic Dive Watch, Sapphire Crystal',
      meta_description:
        'Automatic dive watch with an NH35 movement, a 41-hour power reserve, 200 m water resistance, a 42 mm dial, sapphire crystal and a 316L steel bracelet.',
      h1: 'Marlo: Built for the Deep, Made for Every Day',
      marketing_copy_a:
        'A proven Japanese automatic movement, sapphire crystal and solid steel – the specs of a serious diver without the serious price tag. Order your Marlo today.',
      marketing_copy_b:
        'The bezel clicks round, the water closes over you, and the only sound is your own breathing. Back on shore, the same watch goes with a shirt. Discover Marlo.',
      marketing_copy_c:
        'This month only: a free strap-changing tool with every Marlo. Get yours while stocks last.',
    },
    {
      field: 'translated_description',
      replace: 'It is backed by a 5-year warranty.',
      labels: ['number_invented'],
    },
    'The dial measures 42 mm across and the case is 13 mm thick, topped with a sapphire crystal that resists scratches.',
  ),
  listing(
    'p03',
    'dive_watches',
    'fr',
    WATCH_ZH,
    WATCH_SRC,
    {
      translated_description:
        'La montre de plongée Marlo est animée par un mouvement automatique japonais NH35 qui offre environ 41 heures de réserve de marche une fois remonté : au quotidien, inutile de la remonter à la main. Étanche à 200 m, elle est dotée d’une couronne vissée et d’une lunette tournante unidirectionnelle pour chronométrer vos plongées en toute fiabilité. Le cadran mesure 42 mm de diamètre pour 13 mm d’épaisseur, sous un verre saphir qui résiste aux rayures. Les aiguilles et les index sont recouverts d’un revêtement luminescent : même dans l’obscurité, tout se lit d’un coup d’œil. Boîtier et bracelet sont en acier inoxydable 316L, et vous pouvez ajuster vous-même la longueur du bracelet. Un bracelet en silicone est également fourni, pour deux styles à alterner selon vos envies.',
      seo_title: 'Montre de plongée automatique Marlo 200 m, verre saphir',
      meta_description:
        'Montre de plongée automatique Marlo : mouvement NH35, 41 heures de réserve de marche, étanche à 200 m, cadran de 42 mm, verre saphir et acier 316L.',
      h1: 'Marlo, la montre des profondeurs au quotidien',
      marketing_copy_a:
        'Un mouvement automatique japonais éprouvé, un verre saphir et de l’acier massif : tout ce qu’il faut à une vraie plongeuse, sans le prix qui va avec. Commandez votre Marlo dès aujourd’hui.',
      marketing_copy_b:
        'La lunette cliquette, l’eau se referme sur vous et vous n’entendez plus que votre respiration. De retour sur la plage, la même montre accompagne une chemise. Découvrez Marlo.',
      marketing_copy_c:
        'Ce mois-ci seulement, un outil pour changer de bracelet est offert avec chaque Marlo. Profitez-en vite !',
    },
    { field: 'seo_title', find: 'Marlo 200 m', replace: 'Marlo 300 m', labels: ['number_invented'] },
    'Le cadran mesure 42 mm de diamètre pour 13 mm d’épaisseur, sous un verre saphir qui résiste aux rayures.',
  ),
  listing(
    'p04',
    'bone_conduction_headphones',
    'de',
    HEADPHONES_ZH,
    HEADPHONES_SRC,
    {
      translated_description:
        'Der Sonex Air Knochenschall-Kopfhörer sitzt nicht im Ohr: Der Klang wird über die Wangenknochen übertragen, sodass Sie beim Laufen und Radfahren den Verkehr um sich herum weiterhin hören. Mit nur 26 g und einem flexiblen Nackenbügel aus Titanlegierung drückt er auch nach einem ganzen Tag nicht auf die Ohren. Bluetooth 5.3 sorgt für eine stabile Verbindung. Eine Akkuladung reicht für 8 Stunden Musik am Stück, und 10 Minuten Schnellladen genügen für 1,5 Stunden. Dank IP67 sind Schweiß und Regen kein Problem, auch wenn Sie richtig ins Schwitzen kommen. Zwei integrierte Mikrofone mit Rauschunterdrückung sorgen für klare Telefonate. Ohrstöpsel und ein magnetisches Ladekabel liegen bei, und Sie haben die Wahl zwischen drei Farben: Schwarz, Grau und Blau.',
      seo_title: 'Sonex Air Knochenschall-Kopfhörer, 26 g, IP67, 8 Std.',
      meta_description:
        'Offener Knochenschall-Kopfhörer für den Sport: nur 26 g, Bluetooth 5.3, 8 Stunden Laufzeit, Schnellladen und IP67-Schutz gegen Schweiß und Regen.',
      h1: 'Sonex Air – Musik hören, Umgebung im Blick behalten',
      marketing_copy_a:
        'Leicht, schweißfest und mit Schnellladefunktion – ein Kopfhörer, der jedes Training mitmacht und dabei die Ohren frei lässt. Jetzt bestellen.',
      marketing_copy_b:
        'Früh am Morgen, die Straße ist noch leer und Ihre Lieblingsplaylist läuft. Trotzdem hören Sie jeden Radfahrer, der Sie überholt. Entdecken Sie den Sonex Air.',
      marketing_copy_c:
        'Zum Frühlingsstart gibt es ein Sportstirnband gratis zu jedem Sonex Air. Sichern Sie sich Ihren, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'genügen für 1,5 Stunden',
      replace: 'genügen für 2,5 Stunden',
      labels: ['number_dropped', 'number_invented'],
    },
    'Zwei integrierte Mikrofone mit Rauschunterdrückung sorgen für klare Telefonate.',
  ),
  listing(
    'p04',
    'bone_conduction_headphones',
    'ja',
    HEADPHONES_ZH,
    HEADPHONES_SRC,
    {
      translated_description:
        'Sonex Airの骨伝導イヤホンは耳をふさがず、頬骨を通して音を伝えます。ランニングやサイクリング中でも、周囲の車の音がしっかり聞こえます。本体はわずか26gで、チタン合金のネックバンドはほどよくしなり、一日中着けていても耳が痛くなりません。Bluetooth 5.3で接続が安定し、フル充電で8時間の連続再生が可能です。10分の急速充電で1.5時間聴けます。IP67の防水防汗性能で、汗だくになっても安心です。ノイズキャンセリングマイクを2つ内蔵しているので、通話もクリアです。イヤープラグとマグネット式充電ケーブルが付属し、カラーはブラック、グレー、ブルーの3色です。',
      seo_title: 'Sonex Air 骨伝導イヤホン 26g IP67防水',
      meta_description:
        '耳をふさがない骨伝導イヤホン。わずか26gの軽さで8時間の連続再生、10分の急速充電で1.5時間使えます。IP67の防水防汗でランニングにも。',
      h1: '周りの音も聞こえる Sonex Air 骨伝導イヤホン',
      marketing_copy_a:
        '軽くて汗に強く、急速充電にも対応。耳をふさがないから、どんなトレーニングにも安心して連れ出せます。今すぐ購入。',
      marketing_copy_b:
        'まだ静かな早朝の道を、お気に入りのプレイリストとともに走る。追い越していく自転車の音も、ちゃんと聞こえます。ぜひチェックしてください。',
      marketing_copy_c: '春のキャンペーンとして、今ならスポーツ用ヘアバンドをプレゼント。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '26gの軽さ', replace: '22gの軽さ', labels: ['number_invented'] },
    'ノイズキャンセリングマイクを2つ内蔵しているので、通話もクリアです。',
  ),
  listing(
    'p05',
    'carbon_steel_woks',
    'es',
    WOK_ZH,
    WOK_SRC,
    {
      translated_description:
        'El wok Wokai está hecho de hierro de 1,5 mm de grosor, forjado a mano de forma tradicional, y su superficie martillada en escamas evita que la comida se pegue. Tiene 32 cm de diámetro y 9 cm de profundidad, así que en una sola tanda cocinas para 4 a 6 personas. Pesa alrededor de 1,6 kg, lo justo para saltear con una mano sin cansarte. No lleva recubrimientos químicos: sale de fábrica ya curado a alta temperatura, así que basta con lavarlo al recibirlo para empezar a cocinar. El mango de madera de haya aísla del calor y tiene un orificio para colgarlo. Sirve para cocinas de gas y de inducción. Después de usarlo, sécalo y úntalo con un poco de aceite: cuanto más lo uses, mejor funcionará.',
      seo_title: 'Wok Wokai de hierro forjado a mano, 32 cm, sin recubrimiento',
      meta_description:
        'Wok de hierro forjado a mano de 1,5 mm, 32 cm de diámetro y unos 1,6 kg, sin recubrimientos químicos y ya curado de fábrica. Apto para gas e inducción.',
      h1: 'Wokai, el wok de hierro que mejora con cada uso',
      marketing_copy_a:
        'Sin recubrimientos que se desgasten ni sartenes que cambiar cada poco tiempo: un wok de hierro bien cuidado dura toda la vida. Consigue el tuyo hoy.',
      marketing_copy_b:
        'El chisporroteo del ajo, el aroma del fuego vivo y la familia esperando en la mesa. Así saben los salteados de verdad. Descubre Wokai.',
      marketing_copy_c: 'Solo este mes, una espátula de madera de regalo con cada wok Wokai. Pídelo ya.',
    },
    {
      field: 'translated_description',
      find: 'Pesa alrededor de 1,6 kg',
      replace: 'Pesa alrededor de 1,8 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Tiene 32 cm de diámetro y 9 cm de profundidad, así que en una sola tanda cocinas para 4 a 6 personas.',
  ),
  listing(
    'p05',
    'carbon_steel_woks',
    'en',
    WOK_ZH,
    WOK_SRC,
    {
      translated_description:
        'The Wokai wok is made from 1.5 mm thick iron, hand-forged the traditional way, and its fish-scale hammered surface helps keep food from sticking. At 32 cm (12.6 in) across and 9 cm deep, it cooks enough for 4 to 6 people in one go. It weighs about 1.6 kg (3.5 lb), light enough to toss with one hand without tiring. There is no chemical coating: the wok is seasoned at high temperature before it leaves the workshop, so a quick wash is all it needs before its first use. The beech handle stays cool to the touch and has a hanging hole at the end. It works on gas hobs and induction cooktops alike. After cooking, dry it and wipe on a little oil – the more you use it, the better it gets.',
      seo_title: 'Wokai Hand-Forged Iron Wok, 32 cm, Uncoated',
      meta_description:
        'Hand-forged 1.5 mm iron wok, 32 cm across and about 1.6 kg, with no chemical coating and pre-seasoned at the factory. Suits gas and induction hobs.',
      h1: 'Wokai: The Iron Wok That Gets Better With Every Meal',
      marketing_copy_a:
        'No coating to wear off and no pan to replace every few years: a well-kept iron wok lasts a lifetime. Get your Wokai today.',
      marketing_copy_b:
        'Garlic sizzling, a flash of flame, and the whole family already gathering at the table. That is what a real stir-fry tastes like. Discover Wokai.',
      marketing_copy_c: 'This month only: a free bamboo spatula with every Wokai wok. Shop now.',
    },
    { field: 'meta_description', find: '32 cm across', replace: '34 cm across', labels: ['number_invented'] },
    'At 32 cm (12.6 in) across and 9 cm deep, it cooks enough for 4 to 6 people in one go.',
  ),
  listing(
    'p06',
    'wet_dry_floor_washers',
    'fr',
    FLOOR_WASHER_ZH,
    FLOOR_WASHER_SRC,
    {
      translated_description:
        'L’aspirateur laveur sans fil Clyra F5 aspire, lave et essore en un seul passage, et vient à bout des salissures sèches comme humides. Avec un réservoir d’eau propre de 900 ml et un réservoir d’eau sale de 700 ml, vous lavez tout le salon sans devoir le remplir en cours de route. La brosse tourne à 450 tours par minute et l’aspiration atteint 15 000 Pa : jus de fruit ou grains de riz disparaissent en une fois. La batterie de 4 000 mAh offre environ 35 minutes d’autonomie, de quoi couvrir 120 m². Une fois l’appareil remis sur sa base, l’autonettoyage se lance d’une seule touche, puis de l’air chaud à 60 °C sèche la brosse pour éviter les mauvaises odeurs. Le corps s’incline à plat jusqu’à 180 degrés pour passer sous le canapé et sous le lit.',
      seo_title: 'Aspirateur laveur sans fil Clyra F5, autonettoyant',
      meta_description:
        'Aspirateur laveur sans fil Clyra F5 : aspiration de 15 000 Pa, environ 35 minutes d’autonomie, autonettoyage avec séchage à 60 °C et inclinaison à 180°.',
      h1: 'Clyra F5, des sols nets en un seul passage',
      marketing_copy_a:
        'Aspirer, laver, puis sécher la brosse : un seul appareil fait tout, sans seau ni serpillière qui traîne. Commandez votre Clyra F5 dès maintenant.',
      marketing_copy_b:
        'Le jus renversé au petit-déjeuner, les miettes sous la chaise haute… un passage, et le sol brille de nouveau. Découvrez le Clyra F5.',
      marketing_copy_c:
        'Offre de lancement : une brosse de rechange offerte avec chaque Clyra F5. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: '450 tours par minute',
      replace: '550 tours par minute',
      labels: ['number_dropped', 'number_invented'],
    },
    'Avec un réservoir d’eau propre de 900 ml et un réservoir d’eau sale de 700 ml, vous lavez tout le salon sans devoir le remplir en cours de route.',
  ),
  listing(
    'p06',
    'wet_dry_floor_washers',
    'de',
    FLOOR_WASHER_ZH,
    FLOOR_WASHER_SRC,
    {
      translated_description:
        'Der kabellose Nass-Trockensauger Clyra F5 saugt, wischt und spült in einem Arbeitsgang und wird mit trockenem wie feuchtem Schmutz fertig. Der Frischwassertank fasst 900 ml, der Schmutzwassertank 700 ml – so reinigen Sie das ganze Wohnzimmer, ohne zwischendurch nachzufüllen. Die Bürstenwalze dreht sich 450-mal pro Minute, die Saugleistung erreicht 15.000 Pa: Verschütteter Saft und Reiskörner sind im Nu weg. Der Akku mit 4.000 mAh hält rund 35 Minuten durch und reicht für etwa 120 m². Zurück in der Station startet die Selbstreinigung auf Knopfdruck, anschließend trocknet 60 °C warme Luft die Walze, damit nichts muffig riecht. Das Gerät lässt sich um 180 Grad flach umlegen und kommt so auch unter Sofa und Bett.',
      seo_title: 'Clyra F5 Akku-Nass-Trockensauger mit Selbstreinigung',
      meta_description:
        'Kabelloser Nass-Trockensauger Clyra F5 mit 15.000 Pa Saugkraft, rund 35 Minuten Laufzeit, Selbstreinigung mit Heißlufttrocknung und 180-Grad-Gelenk.',
      h1: 'Clyra F5 – saubere Böden in einem Zug',
      marketing_copy_a:
        'Saugen, wischen und die Walze trocknen lassen: ein Gerät für alles, ohne Eimer und Wischmopp. Bestellen Sie Ihren Clyra F5 jetzt.',
      marketing_copy_b:
        'Der umgekippte Saft beim Frühstück, die Krümel unter dem Kinderstuhl – einmal drüber, und der Boden glänzt wieder. Entdecken Sie den Clyra F5.',
      marketing_copy_c:
        'Zum Marktstart gibt es eine Ersatzwalze gratis zu jedem Clyra F5 – jetzt kaufen, solange der Vorrat reicht.',
    },
    {
      field: 'meta_description',
      find: '180-Grad-Gelenk',
      replace: '360-Grad-Gelenk',
      labels: ['number_invented'],
    },
    'Der Akku mit 4.000 mAh hält rund 35 Minuten durch und reicht für etwa 120 m².',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (crash pad) takes styles 0-2, listing 2 (dive watch) 3-5, listing 3 (wok) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Here’s the translation of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `## ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nLet me know if you’d like a punchier version!`,
  }),
  (c) => ({ meta_description: `"meta_description": "${c.meta_description}",` }),
  (c) => ({
    marketing_copy_a: `As an AI language model, I can’t verify price comparisons, but here is a value-focused version: ${c.marketing_copy_a}`,
  }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ seo_title: `Title: ${c.seo_title}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nNote: I kept “hob” in British English; use “stovetop” for the US store.`,
  }),
];

// de: listing 1 (crash pad) takes styles 0-2, listing 2 (bone conduction headphones) 3-5, listing 3 (floor washer) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Hier ist die Übersetzung:\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, das hilft! Sag Bescheid, wenn du noch eine kürzere Variante brauchst.`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({ meta_description: `Meta-Beschreibung: ${c.meta_description}` }),
  (c) => ({
    marketing_copy_b: `Als KI-Sprachmodell kann ich keine eigenen Erfahrungen schildern, aber hier ist ein emotionaler Text: ${c.marketing_copy_b}`,
  }),
  (c) => ({
    translated_description: `\`\`\`json\n{"translated_description": "${c.translated_description}"}\n\`\`\``,
  }),
  (c) => ({ seo_title: `**${c.seo_title}**` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n(Hinweis: „Walze“ habe ich beibehalten, „Bürstenrolle“ wäre auch möglich.)`,
  }),
  (c) => ({ marketing_copy_a: `Gerne! Hier ist die nutzenorientierte Variante:\n${c.marketing_copy_a}` }),
];

// ja: listing 1 (rugged phone) takes styles 0-2, listing 2 (bone conduction headphones) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下は商品説明の日本語訳です：\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nほかのトーンのバージョンが必要でしたら、お気軽にお申し付けください。`,
  }),
  (c) => ({ seo_title: `タイトル：${c.seo_title}` }),
  (c) => ({ meta_description: `<meta name="description" content="${c.meta_description}">` }),
  (c) => ({
    marketing_copy_b: `AIとして実際に音を聴くことはできませんが、想定される体験をもとに書きました。${c.marketing_copy_b}`,
  }),
  (c) => ({ translated_description: `**商品説明：**\n${c.translated_description}` }),
];

// es: listing 1 (rugged phone) takes styles 0-2, listing 2 (wok) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Aquí tienes la traducción:\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¡Espero que te sirva! Si quieres, puedo adaptar el tono para Latinoamérica.`,
  }),
  (c) => ({ meta_description: `Meta descripción: ${c.meta_description}` }),
  (c) => ({
    marketing_copy_a: `Como modelo de lenguaje, no puedo probar el wok, pero aquí tienes el texto: ${c.marketing_copy_a}`,
  }),
  (c) => ({ translated_description: `<div class="description">${c.translated_description}</div>` }),
  (c) => ({ h1: `# ${c.h1}` }),
];

// fr: listing 1 (dive watch) takes styles 0-2, listing 2 (floor washer) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Voici la traduction :\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nN’hésitez pas à me dire si vous souhaitez une version plus sobre !`,
  }),
  (c) => ({ h1: `**H1 :** ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `En tant que modèle de langage, je ne peux pas confirmer cette offre, mais voici une proposition : ${c.marketing_copy_c}`,
  }),
  (c) => ({
    translated_description: `\`\`\`json\n{\n  "translated_description": "${c.translated_description}"\n}\n\`\`\``,
  }),
  (c) => ({ seo_title: `Titre SEO : ${c.seo_title}` }),
];

export const ROUND_70_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap crash pads go flat after a season.',
      'A counterfeit dive watch will not survive its first swim.',
      'Knockoff woks are often painted rather than properly seasoned.',
      'An imitation sapphire crystal scratches as easily as plain glass.',
    ],
    slogans: ['Fall well, climb on.', 'Heat, toss, repeat.'],
    chineseLeftovers: [],
    duplicateLead: 'Bottom line: ',
    titleStuffing: ' | Gift Idea, Best Seller, Top Rated, Free Shipping, New Arrival',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Wischsauger verlieren schnell an Saugkraft.',
      'Eine Fälschung erkennt man am klapprigen Nackenbügel.',
      'Nachahmungen halten harte Landungen nicht lange aus.',
      'Imitate vom Wühltisch klingen blechern und drücken hinter den Ohren.',
    ],
    slogans: ['Gut gelandet ist halb gewonnen.', 'Sauber ohne Umwege.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Neuheit, Bestseller, Geschenkidee, Top-Angebot, Versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のイヤホンは音がこもりがちです。',
      'コピー品のスマホは防水性能が保証されません。',
      '偽物のバッテリーは発熱の危険があります。',
      '模倣品のネックバンドはすぐに折れてしまいます。',
    ],
    slogans: ['聴きながら、走りながら。', 'どこへでも、タフに。'],
    chineseLeftovers: ['这款手机电池很耐用，户外使用非常方便。', '这个耳机戴着很舒服，运动时也不会掉。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 おすすめ 新作 送料無料 ギフト 即納',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los woks baratos se deforman con el fuego fuerte.',
      'Una imitación de móvil resistente no aguanta las caídas.',
      'Las falsificaciones de hierro forjado se oxidan enseguida.',
      'Ese certificado falso no protege tu móvil del agua.',
    ],
    slogans: ['Más fuerte que tu rutina.', 'Fuego alto, sabor de siempre.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Regalo, novedad, más vendido, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un aspirateur laveur pas cher perd vite sa puissance.',
      'Les contrefaçons de montres de plongée prennent l’eau.',
      'Méfiez-vous des faux verres saphir vendus en ligne.',
      'Aucune réplique ne garde une étanchéité aussi fiable.',
    ],
    slogans: ['Le temps vous appartient.', 'Des sols nets, sans effort.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
