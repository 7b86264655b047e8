// Blind set, round 36 (written without reading the gate, committed before it is scored): six safety-equipment,
// workshop-storage and measuring-instrument products in the categories welding_helmets, fall_arrest_harnesses,
// rolling_tool_chests, parts_organizer_boxes, digital_multimeters and sound_level_meters, 12 hand-written listings,
// three artifact styles per listing and wording of its own (this round: the answer's JSON wrapper or key leaked into
// a field (an opening object with the field's key, trailing quotes and braces, escaped quotes, the next field's key),
// HTML tags and entities (<strong>, <p>, <br/>, &nbsp;), literal escaped newlines and tabs (\n, \t), the model
// reasoning about the target market or the shopper in the target country, an unverified-claims disclaimer by the
// model, price and stock placeholders ([PRICE], {{stock}}, %DISCOUNT%), translator or generator credits, and a reply
// to an earlier feedback round; no digits in artifacts that land in the description, title or meta); legitimate
// numbers: Ignis X4 (4), 第4代 (4th-generation, 4. Generation), DIN 9 to 13, DIN 4, 100 × 65 mm (3.9 × 2.6 in), 4 arc
// sensors, 1/25000 s (1/25,000; 1/25.000), 双重供电 (dual power: not a number), CR2032, 480 g; Skyline 五点式 (5-point, 5点式,
// 5 points), EN 361, 140 kg, 70 to 130 cm, 双钩 (double hook, ダブルフック: not a number), 1.8 m (1,8 m), 6千牛 (6 kN), 45 mm,
// 1.6 kg (1,6 kg), 两年 (every two years, 2年ごと, tous les deux ans), 一次 (idiomatic); Kastor 7 drawers, 68 × 46 × 98 cm
// (26.8 × 18.1 × 38.6 in), 0.8 mm (0,8 mm), 30 kg (66 lb), 几十万次 (hundreds of thousands, cientos de miles: vague), 万向轮
// (swivel casters: the 万 is part of the word, not 10,000), 4 casters, 两个 (two, dos) with brakes, 上百 (over 100, más de
// 100) tools; Gridlo 双面 (double-sided, doppelseitig, 両面: not a number), 48 compartments, 38 × 30 × 9 cm, 百分之百 (100%),
// 50 screws, M4, 15 kg, 3 tiers (3段), under 3 years (3歳未満); Ohmra M6 (6), 万用表 (multimeter: the 万 is part of the
// word), 6000 counts (6,000; 6 000), 600 V, 10 A, 三合一 (3-in-1, 3 en 1), CAT III 600 V, 2 m (6.6 ft), 两节 (two, deux)
// AAA batteries, 15 minutes; Echon 第2代 (2. Generation, 2.ª generación), 30 to 130 dB, 正负1.5 (±1,5 dB), 0.1 dB (0,1),
// 两种 (zwei, dos) response speeds, 十几种 (mehr als zehn, más de diez: vague), 几十组 (Dutzende, decenas: vague), Type-C
// (USB-C), 9 V, 5 minutes.
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording, type Artifact, afterSentence } from './blind-set';

const HELMET_ZH = 'Ignis X4 自动变光焊接面罩';
const HELMET_SRC =
  'Ignis X4 自动变光焊接面罩采用第4代变光滤镜，遮光号DIN 9至13可调，未焊接时为DIN 4亮态。视窗尺寸100×65毫米，配有4个弧光传感器，变光时间仅1/25000秒。太阳能与CR2032纽扣电池双重供电，整盔重量约480克，适合TIG、MIG和手工电弧焊。';
const HARNESS_ZH = 'Skyline 五点式全身安全带 双钩缓冲系绳';
const HARNESS_SRC =
  'Skyline 五点式全身安全带符合EN 361标准，最大承重140公斤，适合腰围70至130厘米的使用者。标配双钩缓冲系绳，长度1.8米，坠落时冲击力可降至6千牛以下。织带宽45毫米，整套约重1.6公斤。适用于高空作业、屋顶施工和脚手架搭设，建议每两年更换一次。';
const CHEST_ZH = 'Kastor 7抽屉带轮工具车';
const CHEST_SRC =
  'Kastor 带轮工具柜共7个抽屉，外形尺寸68×46×98厘米，柜体采用0.8毫米厚冷轧钢板。每个抽屉承重30公斤，滑轨经过几十万次开合测试。底部装有4个万向轮，其中两个带刹车。顶盖可翻开，内附防滑垫，整柜可收纳上百件工具。';
const ORGANIZER_ZH = 'Gridlo 双面零件收纳箱 48格';
const ORGANIZER_SRC =
  'Gridlo 双面零件收纳箱共48格，内部小盒可随意取出、重新组合。箱体尺寸38×30×9厘米，采用百分之百全新PP料，耐摔、耐油污。每个小盒约可装50颗M4螺丝。卡扣锁紧后可承重15公斤，最多叠放3层。收纳小零件时，请放在3岁以下儿童接触不到的地方。';
const METER_ZH = 'Ohmra M6 三合一真有效值数字万用表';
const METER_SRC =
  'Ohmra M6 真有效值数字万用表，6000计数显示，交直流电压最高可测600伏，电流最高10安，另可测电阻、电容、频率和温度。三合一设计集成万用表、非接触测电笔和照明灯。安全等级CAT III 600V，机身通过2米跌落测试。采用两节AAA电池供电，闲置15分钟自动关机。';
const SOUND_ZH = 'Echon 第2代 数字噪音计';
const SOUND_SRC =
  'Echon 第2代数字噪音计测量范围30至130分贝，精度正负1.5分贝，分辨率0.1分贝，支持A/C频率计权和快慢两种响应速度。内置十几种常见环境的噪音参考值，可存储几十组数据，并通过Type-C导出到电脑。适合装修验收、邻里噪音取证和车间职业健康检测。采用9V电池供电，闲置5分钟自动关机。';

export const ROUND_36_LISTINGS: readonly BlindListing[] = [
  listing(
    'w01',
    'welding_helmets',
    'en',
    HELMET_ZH,
    HELMET_SRC,
    {
      translated_description:
        'The Ignis X4 auto-darkening welding helmet uses a 4th-generation filter with a shade you can set anywhere from DIN 9 to 13, and a light state of DIN 4 while you are not welding. The viewing window measures 100 × 65 mm (3.9 × 2.6 in), and 4 arc sensors switch the lens in just 1/25,000 of a second. Dual power from a solar cell and a CR2032 coin battery keeps it ready, and the whole helmet weighs about 480 g. It suits TIG, MIG and stick welding.',
      seo_title: 'Ignis X4 Auto-Darkening Welding Helmet, DIN 9–13',
      meta_description:
        'Ignis X4 auto-darkening welding helmet with a 4th-gen filter, shade DIN 9 to 13, a 100 × 65 mm view and 4 arc sensors for TIG, MIG and stick welding.',
      h1: 'Ignis X4 Welding Helmet with Auto-Darkening Lens',
      marketing_copy_a:
        'One helmet for TIG, MIG and stick work means one less thing to buy for the workshop. Order the Ignis X4 today.',
      marketing_copy_b:
        'Strike the arc and keep your eyes on the puddle instead of nodding a visor down. Welding feels calmer when the glass thinks for you. Discover the Ignis X4.',
      marketing_copy_c:
        'This month a pack of spare outer cover lenses ships free with every helmet – add yours to the cart.',
    },
    {
      field: 'translated_description',
      find: '4 arc sensors',
      replace: '6 arc sensors',
      labels: ['number_invented'],
    },
    'Dual power from a solar cell and a CR2032 coin battery keeps it ready, and the whole helmet weighs about 480 g.',
  ),
  listing(
    'w01',
    'welding_helmets',
    'de',
    HELMET_ZH,
    HELMET_SRC,
    {
      translated_description:
        'Der automatisch abdunkelnde Schweißhelm Ignis X4 arbeitet mit einem Filter der 4. Generation. Die Schutzstufe lässt sich von DIN 9 bis 13 einstellen, im Hellzustand ohne Lichtbogen liegt sie bei DIN 4. Das Sichtfeld misst 100 × 65 mm, und 4 Lichtbogensensoren schalten den Filter in nur 1/25.000 Sekunde um. Solarzelle und Knopfzelle CR2032 sorgen für eine doppelte Stromversorgung, der ganze Helm wiegt rund 480 g. Geeignet für WIG-, MIG- und Elektrodenschweißen.',
      seo_title: 'Ignis X4 Automatik-Schweißhelm, Schutzstufe DIN 9–13',
      meta_description:
        'Automatik-Schweißhelm Ignis X4 mit Filter der 4. Generation, Schutzstufe DIN 9 bis 13, Solar- und Batteriebetrieb und nur rund 480 g Gewicht.',
      h1: 'Ignis X4 – Schweißhelm mit automatischer Abdunkelung',
      marketing_copy_a:
        'Ein Helm für WIG, MIG und Elektrode spart Geld und Platz in der Werkstatt. Jetzt bestellen.',
      marketing_copy_b:
        'Lichtbogen zünden, den Blick auf dem Schmelzbad lassen und nie wieder das Visier herunternicken. So entspannt kann Schweißen sein. Entdecken Sie den Ignis X4.',
      marketing_copy_c:
        'Nur diesen Monat liegen Ersatz-Vorsatzscheiben gratis bei – sichern Sie sich Ihren Helm.',
    },
    {
      field: 'meta_description',
      find: 'Schutzstufe DIN 9 bis 13',
      replace: 'Schutzstufe DIN 5 bis 13',
      labels: ['number_invented'],
    },
    'Das Sichtfeld misst 100 × 65 mm, und 4 Lichtbogensensoren schalten den Filter in nur 1/25.000 Sekunde um.',
  ),
  listing(
    'w02',
    'fall_arrest_harnesses',
    'ja',
    HARNESS_ZH,
    HARNESS_SRC,
    {
      translated_description:
        'Skylineの5点式フルハーネスは、EN 361規格に適合しています。最大荷重は140kgで、胴回り70〜130cmの方にフィットします。ショックアブソーバー付きのダブルフック式ランヤード（長さ1.8m）が標準で付属し、墜落時の衝撃荷重を6kN以下に抑えます。ベルト幅は45mm、セット全体の重さは約1.6kgです。高所作業や屋根工事、足場の組立てに適しており、2年ごとの交換をおすすめします。',
      seo_title: 'Skyline 5点式フルハーネス EN 361適合 ダブルフック',
      meta_description:
        'EN 361規格適合の5点式フルハーネス。最大荷重140kg、衝撃をやわらげるダブルフックランヤード付きで、高所作業や屋根工事の安全を守ります。',
      h1: 'Skyline 墜落制止用フルハーネス',
      marketing_copy_a:
        'ハーネスとランヤードがセットなので、別々にそろえる手間も費用もかかりません。今すぐ購入。',
      marketing_copy_b:
        '高い足場の上でも、背中を預けられる安心があれば目の前の作業に集中できます。毎日、無事に家族のもとへ帰るために。ぜひチェックしてください。',
      marketing_copy_c: '今なら専用収納バッグをプレゼント中。在庫がなくなる前に、ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '最大荷重は140kg',
      replace: '最大荷重は150kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'ベルト幅は45mm、セット全体の重さは約1.6kgです。',
  ),
  listing(
    'w02',
    'fall_arrest_harnesses',
    'fr',
    HARNESS_ZH,
    HARNESS_SRC,
    {
      translated_description:
        'Le harnais antichute intégral Skyline à 5 points est conforme à la norme EN 361. Il supporte jusqu’à 140 kg et s’ajuste à un tour de taille de 70 à 130 cm. Il est livré avec une longe à absorbeur d’énergie à double crochet de 1,8 m, qui limite la force de choc à moins de 6 kN en cas de chute. La sangle mesure 45 mm de large et l’ensemble pèse environ 1,6 kg. Conçu pour le travail en hauteur, les chantiers de toiture et le montage d’échafaudages, nous recommandons de le remplacer tous les deux ans.',
      seo_title: 'Harnais antichute Skyline 5 points, EN 361, 140 kg',
      meta_description:
        'Harnais antichute intégral Skyline conforme EN 361 : 5 points, jusqu’à 140 kg, longe double crochet avec absorbeur, pour la toiture et l’échafaudage.',
      h1: 'Harnais de sécurité Skyline pour le travail en hauteur',
      marketing_copy_a:
        'Harnais et longe réunis dans un même kit : rien d’autre à acheter avant de monter sur le toit. Commandez le vôtre.',
      marketing_copy_b:
        'Là-haut, chaque geste compte et la confiance dans votre équipement change tout. Rentrez chez vous serein, chaque soir. Découvrez Skyline.',
      marketing_copy_c:
        'Sac de rangement offert ce mois-ci avec chaque harnais : profitez-en dès maintenant !',
    },
    {
      field: 'translated_description',
      replace: 'La longe se déploie jusqu’à 2,5 m pour amortir la chute.',
      labels: ['number_invented'],
    },
    'Il est livré avec une longe à absorbeur d’énergie à double crochet de 1,8 m, qui limite la force de choc à moins de 6 kN en cas de chute.',
  ),
  listing(
    'w03',
    'rolling_tool_chests',
    'en',
    CHEST_ZH,
    CHEST_SRC,
    {
      translated_description:
        'The Kastor rolling tool chest has 7 drawers and measures 68 × 46 × 98 cm (26.8 × 18.1 × 38.6 in), with a body made from 0.8 mm cold-rolled steel. Each drawer holds up to 30 kg (66 lb), and the runners have been through hundreds of thousands of open-and-close cycles in testing. It rolls on 4 swivel casters, two of them with brakes. The lid flips up to reveal a non-slip mat, and the whole chest has room for over 100 tools.',
      seo_title: 'Kastor Rolling Tool Chest with 7 Drawers, Steel',
      meta_description:
        'Kastor rolling tool chest with 7 drawers, 0.8 mm cold-rolled steel, 30 kg per drawer and a flip-up lid with a non-slip mat. Room for over 100 tools.',
      h1: 'Kastor Tool Cabinet on Wheels',
      marketing_copy_a:
        'Stop losing half an afternoon hunting for the right socket when every tool gets its own drawer. Order your Kastor today.',
      marketing_copy_b:
        'There is something deeply satisfying about sliding a drawer open and finding every spanner exactly where you left it. The garage finally feels like yours again. Discover the Kastor.',
      marketing_copy_c:
        'Launch offer: a free set of drawer liners with every chest while stocks last – shop now.',
    },
    {
      field: 'meta_description',
      find: '30 kg per drawer',
      replace: '35 kg per drawer',
      labels: ['number_invented'],
    },
    'It rolls on 4 swivel casters, two of them with brakes.',
  ),
  listing(
    'w03',
    'rolling_tool_chests',
    'es',
    CHEST_ZH,
    CHEST_SRC,
    {
      translated_description:
        'El carro de herramientas Kastor tiene 7 cajones y mide 68 × 46 × 98 cm. La estructura es de chapa de acero laminado en frío de 0,8 mm. Cada cajón soporta hasta 30 kg y las guías han superado cientos de miles de ciclos de apertura y cierre. Se desplaza sobre 4 ruedas giratorias, dos de ellas con freno. La tapa superior se abre y esconde una alfombrilla antideslizante; en total caben más de 100 herramientas.',
      seo_title: 'Carro de herramientas Kastor con 7 cajones y ruedas',
      meta_description:
        'Carro de herramientas Kastor en acero de 0,8 mm con 7 cajones, 4 ruedas giratorias (dos con freno) y tapa con alfombrilla. Caben más de 100 herramientas.',
      h1: 'Kastor, tu taller ordenado sobre ruedas',
      marketing_copy_a:
        'Deja de perder tiempo buscando la llave que necesitas: cada herramienta tiene su sitio. Cómpralo ya.',
      marketing_copy_b:
        '¿Hay algo mejor que abrir un cajón y encontrarlo todo justo donde lo dejaste? Tu taller, por fin a tu medida. Descubre Kastor.',
      marketing_copy_c: 'Oferta de lanzamiento con juego de forros para cajones de regalo. Pídelo hoy mismo.',
    },
    {
      field: 'translated_description',
      find: 'tiene 7 cajones',
      replace: 'tiene 8 cajones',
      labels: ['number_dropped', 'number_invented'],
    },
    'Cada cajón soporta hasta 30 kg y las guías han superado cientos de miles de ciclos de apertura y cierre.',
  ),
  listing(
    'w04',
    'parts_organizer_boxes',
    'de',
    ORGANIZER_ZH,
    ORGANIZER_SRC,
    {
      translated_description:
        'Der doppelseitige Sortimentskasten Gridlo bietet insgesamt 48 Fächer. Die Einsatzboxen lassen sich herausnehmen und beliebig neu anordnen. Der Koffer misst 38 × 30 × 9 cm und besteht zu 100 % aus neuem PP, das Stürze und Öl gut wegsteckt. In jede Box passen etwa 50 Schrauben der Größe M4. Mit geschlossenen Verschlüssen trägt er 15 kg, und bis zu 3 Koffer lassen sich übereinander stapeln. Bewahren Sie Kleinteile außerhalb der Reichweite von Kindern unter 3 Jahren auf.',
      seo_title: 'Gridlo Sortimentskasten doppelseitig, 48 Fächer',
      meta_description:
        'Doppelseitiger Sortimentskasten Gridlo mit 48 Fächern und herausnehmbaren Boxen, 38 × 30 × 9 cm groß, aus 100 % neuem PP und bis 15 kg belastbar.',
      h1: 'Gridlo – Ordnung für Schrauben und Kleinteile',
      marketing_copy_a:
        'Schluss mit Schraubengläsern und losen Tüten: ein Koffer, in dem jedes Teil seinen Platz hat. Jetzt kaufen.',
      marketing_copy_b:
        'Wie gut fühlt es sich an, den Deckel zu öffnen und die passende Schraube sofort zu sehen? Ihre Werkbank wird es Ihnen danken. Entdecken Sie Gridlo.',
      marketing_copy_c:
        'Zum Start gibt es einen Bogen Beschriftungsetiketten gratis dazu – legen Sie ihn jetzt in den Warenkorb.',
    },
    {
      field: 'translated_description',
      replace: 'Die Boxen sind bis 80 °C hitzebeständig.',
      labels: ['number_invented'],
    },
    'In jede Box passen etwa 50 Schrauben der Größe M4.',
  ),
  listing(
    'w04',
    'parts_organizer_boxes',
    'ja',
    ORGANIZER_ZH,
    ORGANIZER_SRC,
    {
      translated_description:
        'Gridloの両面パーツケースは、合計48マスの収納スペースを備えています。中の小箱は自由に取り外して、好きなレイアウトに組み替えられます。ケース本体は38×30×9cmで、素材には100%バージンPPを使用し、落下や油汚れにも強い作りです。各小箱にはM4ネジが約50本入ります。ロックを閉めれば15kgの荷重に耐え、最大3段まで積み重ねられます。小さな部品を収納するときは、3歳未満のお子さまの手の届かない場所に保管してください。',
      seo_title: 'Gridlo 両面パーツケース 48マス 仕切り自由',
      meta_description:
        '両面で合計48マス、小箱を自由に組み替えられるパーツケース。38×30×9cmのコンパクトサイズで、ネジや小物部品をすっきり整理できます。',
      h1: 'Gridlo ネジと小物パーツの整理箱',
      marketing_copy_a:
        'ネジ瓶やビニール袋はもう必要ありません。ケースにまとめれば作業台がすっきり片づきます。今すぐ購入。',
      marketing_copy_b:
        'フタを開けた瞬間、探していたネジがすぐ見つかる。そんな小さな快感が、ものづくりをもっと楽しくします。ぜひお試しください。',
      marketing_copy_c: '今ならラベルシールをセットでプレゼント。この機会にぜひご注文ください。',
    },
    { field: 'seo_title', find: '48マス', replace: '64マス', labels: ['number_invented'] },
    'ロックを閉めれば15kgの荷重に耐え、最大3段まで積み重ねられます。',
  ),
  listing(
    'w05',
    'digital_multimeters',
    'en',
    METER_ZH,
    METER_SRC,
    {
      translated_description:
        'The Ohmra M6 is a true-RMS digital multimeter with a 6,000-count display. It measures AC and DC voltage up to 600 V and current up to 10 A, as well as resistance, capacitance, frequency and temperature. Its 3-in-1 design combines a multimeter, a non-contact voltage detector and a work light. It is rated CAT III 600 V and has passed a 2 m (6.6 ft) drop test. It runs on two AAA batteries and switches itself off after 15 minutes without use.',
      seo_title: 'Ohmra M6 True RMS Digital Multimeter, 6,000 Counts',
      meta_description:
        'Ohmra M6 true-RMS multimeter: 6,000 counts, up to 600 V and 10 A, CAT III 600 V rated, a 2 m drop test and a built-in voltage detector and light.',
      h1: 'Ohmra M6 3-in-1 Multimeter for Electricians',
      marketing_copy_a:
        'A multimeter, a voltage tester and a torch in one pouch means fewer tools to buy and carry. Get the Ohmra M6.',
      marketing_copy_b:
        'Before you touch a wire, you want certainty rather than guesswork. Feel that quiet confidence every time you open a consumer unit. Shop the Ohmra M6.',
      marketing_copy_c:
        'Free silicone test leads with every meter this week – treat yourself before the offer ends.',
    },
    {
      field: 'translated_description',
      replace: 'The backlight stays on for 30 seconds after each press.',
      labels: ['number_invented'],
    },
    'It runs on two AAA batteries and switches itself off after 15 minutes without use.',
  ),
  listing(
    'w05',
    'digital_multimeters',
    'fr',
    METER_ZH,
    METER_SRC,
    {
      translated_description:
        'Le multimètre numérique Ohmra M6 à valeur efficace vraie (TRMS) affiche 6\u202f000 points. Il mesure les tensions alternatives et continues jusqu’à 600 V et les courants jusqu’à 10 A, ainsi que la résistance, la capacité, la fréquence et la température. Sa conception 3 en 1 réunit un multimètre, un détecteur de tension sans contact et une lampe. Il est classé CAT III 600 V et a passé avec succès un test de chute de 2 m. Il fonctionne avec deux piles AAA et s’éteint automatiquement après 15 minutes d’inactivité.',
      seo_title: 'Multimètre numérique Ohmra M6 TRMS 6\u202f000 points',
      meta_description:
        'Multimètre Ohmra M6 TRMS 3 en 1 : 6\u202f000 points, CAT III 600 V, détecteur de tension sans contact et lampe intégrée pour vos contrôles électriques.',
      h1: 'Ohmra M6, le multimètre 3 en 1 des électriciens',
      marketing_copy_a:
        'Un multimètre, un testeur de tension et une lampe dans une seule sacoche : moins d’outils à acheter, moins à porter. Achetez l’Ohmra M6.',
      marketing_copy_b:
        'Avant de toucher un fil, on veut être sûr plutôt que deviner. Retrouvez cette tranquillité à chaque ouverture du tableau électrique. Découvrez l’Ohmra M6.',
      marketing_copy_c:
        'Cordons de test en silicone offerts cette semaine : commandez le vôtre sans attendre.',
    },
    {
      field: 'seo_title',
      find: '6\u202f000 points',
      replace: '8\u202f000 points',
      labels: ['number_invented'],
    },
    'Il mesure les tensions alternatives et continues jusqu’à 600 V et les courants jusqu’à 10 A, ainsi que la résistance, la capacité, la fréquence et la température.',
  ),
  listing(
    'w06',
    'sound_level_meters',
    'de',
    SOUND_ZH,
    SOUND_SRC,
    {
      translated_description:
        'Der digitale Schallpegelmesser Echon der 2. Generation misst von 30 bis 130 dB mit einer Genauigkeit von ±1,5 dB und einer Auflösung von 0,1 dB. Er bietet A- und C-Frequenzbewertung sowie zwei Ansprechzeiten, schnell und langsam. Referenzwerte für mehr als zehn typische Umgebungen sind hinterlegt. Dutzende Messreihen lassen sich speichern und per USB-C auf den Computer übertragen. Ideal für die Bauabnahme, zur Dokumentation von Nachbarschaftslärm und für Arbeitsschutzmessungen in der Werkstatt. Betrieben wird das Gerät mit einer 9-V-Batterie, nach 5 Minuten ohne Nutzung schaltet es sich selbst ab.',
      seo_title: 'Echon Schallpegelmesser, 2. Generation, 30–130 dB',
      meta_description:
        'Digitaler Schallpegelmesser Echon der 2. Generation: 30 bis 130 dB, Genauigkeit ±1,5 dB, A/C-Bewertung, Datenspeicher und Export per USB-C.',
      h1: 'Echon – Lärm messen und dokumentieren',
      marketing_copy_a:
        'Ein eigenes Messgerät kostet weniger als ein Gutachtertermin und liefert Werte, wann immer Sie sie brauchen. Jetzt kaufen.',
      marketing_copy_b:
        'Wenn der Lärm von nebenan wieder einmal den Abend stört, tut es gut, Belege statt nur eines Gefühls zu haben. Ruhe beginnt mit Klarheit. Entdecken Sie Echon.',
      marketing_copy_c: 'Diese Woche mit gratis Windschutzkugel – bestellen Sie jetzt.',
    },
    {
      field: 'translated_description',
      find: 'von 30 bis 130 dB',
      replace: 'von 30 bis 140 dB',
      labels: ['number_dropped', 'number_invented'],
    },
    'Betrieben wird das Gerät mit einer 9-V-Batterie, nach 5 Minuten ohne Nutzung schaltet es sich selbst ab.',
  ),
  listing(
    'w06',
    'sound_level_meters',
    'es',
    SOUND_ZH,
    SOUND_SRC,
    {
      translated_description:
        'El sonómetro digital Echon de 2.ª generación mide de 30 a 130 dB con una precisión de ±1,5 dB y una resolución de 0,1 dB. Ofrece ponderación de frecuencia A y C y dos velocidades de respuesta, rápida y lenta. Incluye valores de referencia para más de diez entornos habituales. Guarda decenas de registros, que puedes pasar al ordenador por USB-C. Es ideal para revisar una reforma, documentar el ruido de los vecinos o controlar la salud laboral en el taller. Funciona con una pila de 9 V y se apaga sola tras 5 minutos sin uso.',
      seo_title: 'Sonómetro digital Echon de 2.ª generación, 30–130 dB',
      meta_description:
        'Sonómetro digital Echon de 30 a 130 dB con ponderación A y C, memoria para decenas de registros y exportación por USB-C. Ideal para reformas y talleres.',
      h1: 'Echon, el sonómetro para medir el ruido',
      marketing_copy_a:
        'Un sonómetro propio cuesta menos que la visita de un perito y te da datos siempre que los necesites. Consigue tu Echon.',
      marketing_copy_b:
        '¿Cansado de que el ruido de los vecinos te robe la calma cada noche? Tener pruebas claras devuelve la tranquilidad. Descubre Echon.',
      marketing_copy_c: 'Pantalla antiviento de regalo solo esta semana: aprovecha y pídelo hoy.',
    },
    {
      field: 'translated_description',
      find: 'tras 5 minutos',
      replace: 'tras 15 minutos',
      labels: ['number_dropped', 'number_invented'],
    },
    'El sonómetro digital Echon de 2.ª generación mide de 30 a 130 dB con una precisión de ±1,5 dB y una resolución de 0,1 dB.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (welding helmet) takes styles 0-2, listing 2 (tool chest) 3-5, listing 3 (multimeter) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `{\n  "translated_description": "${c.translated_description}` }),
  (c) => ({ meta_description: c.meta_description.replace(/(\d|DIN) (?=mm|\d)/g, '$1&nbsp;') }),
  (c) => ({ marketing_copy_b: c.marketing_copy_b.replace(/([.!?]) (?=\S)/g, '$1\\n\\n') }),
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      'US shoppers compare tool chests by drawer count before anything else, so I’ve kept the drawers front and centre here.',
    ),
  }),
  (c) => ({
    translated_description: `Heads-up: the load rating and the runner test come straight from the supplier and are unverified claims, so please confirm them before going live.\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_c: `Now only [PRICE] – save %DISCOUNT%! ${c.marketing_copy_c}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nTranslated by Polyglot MT Enterprise, post-edited automatically.`,
  }),
  (c) => ({ h1: `As requested, the H1 is now shorter than the title: ${c.h1}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}"\n  }\n}` }),
];

// de: listing 1 (welding helmet) takes styles 0-2, listing 2 (parts organizer) 3-5, listing 3 (sound level meter) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: c.translated_description.replace(/DIN \d+ bis \d+/, '<strong>$&</strong>'),
  }),
  (c) => ({
    marketing_copy_a: afterSentence(c.marketing_copy_a, 1, 'Heute nur {{preis}} € statt {{uvp}} €.'),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n(Nach Ihrer Rückmeldung überarbeitet: Der Satz ist jetzt kürzer und kommt ohne Ausrufezeichen aus.)`,
  }),
  (c) => ({ translated_description: c.translated_description.replace(/([.!?]) (?=[A-ZÄÖÜ])/g, '$1\\n') }),
  (c) => ({ h1: `{\\"h1\\": \\"${c.h1}\\"}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nErstellt mit TextWerk KI – automatisch aus dem Chinesischen übersetzt`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      5,
      'Weil deutsche Mieter Lärmprotokolle oft für eine Mietminderung brauchen, habe ich die Dokumentation von Nachbarschaftslärm für diese Zielgruppe bewusst hervorgehoben.',
    ),
  }),
  (c) => ({
    marketing_copy_a: `Achtung, ungeprüft: Die Angaben zur Messgenauigkeit konnte ich nicht verifizieren. ${c.marketing_copy_a}`,
  }),
  (c) => ({ translated_description: `<p>${afterSentence(c.translated_description, 1, '</p><p>')}</p>` }),
];

// ja: listing 1 (harness) takes styles 0-2, listing 2 (parts organizer) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_b: `"marketing_copy_b": "${c.marketing_copy_b}"\n}` }),
  (c) => ({
    translated_description: c.translated_description.replace('EN 361規格', '<strong>EN 361規格</strong>'),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}（日本の現場では「安全帯」より「フルハーネス」で検索されることが多いため、こちらの呼び方にしています）`,
  }),
  (c) => ({ translated_description: c.translated_description.replace(/。(?=.)/g, '。\\n') }),
  (c) => ({ marketing_copy_c: `【特価 {{sale_price}}円／残り{{stock}}個】${c.marketing_copy_c}` }),
  (c) => ({ h1: `${c.h1}（前回のご指摘を受けて、タイトルとの重複をなくしました）` }),
];

// es: listing 1 (tool chest) takes styles 0-2, listing 2 (sound level meter) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\nOjo: las cifras de carga y la prueba de las guías vienen del proveedor y no he podido verificarlas; confírmalas antes de publicar.`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nTexto generado con RedactaIA · traducción automática`,
  }),
  (c) => ({ seo_title: `\\t${c.seo_title}` }),
  (c) => ({ marketing_copy_c: `{"copy_c": "${c.marketing_copy_c}"}` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'En España las quejas por ruido entre vecinos son muy habituales, así que he orientado el texto hacia ese problema.',
    ),
  }),
  (c) => ({ translated_description: c.translated_description.replace(/ dB/g, '&nbsp;dB') }),
];

// fr: listing 1 (harness) takes styles 0-2, listing 2 (multimeter) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_c: `-%REMISE% sur tout le rayon sécurité, prix final : [PRIX] ! ${c.marketing_copy_c}`,
  }),
  (c) => ({ h1: `${c.h1} (raccourci suite à vos remarques sur la version précédente)` }),
  (c) => ({ translated_description: afterSentence(c.translated_description, 2, '<br/><br/>') }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}"},{"champ":"marketing_copy_b","valeur":"` }),
  (c) => ({ meta_description: c.meta_description.replace(' : ', ' :\\n') }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nÀ noter : je n’ai pas pu vérifier la classification CAT III ni le test de chute auprès du fabricant, ces allégations restent à confirmer.`,
  }),
];

export const ROUND_36_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'A cheap helmet is a gamble with your eyesight.',
      'Knockoff meters often skip the fuse protection.',
      'Steer clear of fake safety ratings.',
      'No replica parts, only tested components.',
    ],
    slogans: ['Eyes on the arc, always.', 'Every tool, right where it belongs.'],
    chineseLeftovers: [],
    duplicateLead: 'Bottom line: ',
    titleStuffing: ' | Workshop Essential, Pro Grade, Free Delivery, Deal',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Schutzausrüstung spart am falschen Ende.',
      'Fälschungen erkennen Sie oft erst im Ernstfall.',
      'Jede Nachahmung ist ein Risiko auf der Baustelle.',
      'Kein Imitat aus der Restpostenkiste.',
    ],
    slogans: ['Sicher schweißen, klar sehen.', 'Ordnung bis zur kleinsten Schraube.'],
    chineseLeftovers: [],
    duplicateLead: 'Unterm Strich: ',
    titleStuffing: ' | Profi-Qualität, Werkstatt-Bestseller, versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の工具箱とは剛性が違います。',
      '偽物の安全帯は絶対に使わないでください。',
      'レプリカ部品は一切使用していません。',
      '市場に出回る模倣品とは検査基準が違います。',
    ],
    slogans: ['高所でも、いつもの安心を。', 'ネジも小物も、迷わず見つかる。'],
    chineseLeftovers: ['这款安全带适合在高处作业时使用。', '请把螺丝按照尺寸分类放好。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜プロ仕様 現場で人気 送料無料 即日出荷',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las herramientas baratas salen caras.',
      'Desconfía de las réplicas sin certificar.',
      'Un medidor falso no te avisa de nada.',
      'Ninguna imitación aguanta este trato.',
    ],
    slogans: ['Cada herramienta, en su sitio.', 'El silencio, bien medido.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Calidad profesional, envío gratis, oferta del taller',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un harnais pas cher peut coûter très cher.',
      'Les contrefaçons ne passent pas nos tests.',
      'Aucune pièce de réplique dans nos kits.',
      'Oubliez les fausses certifications.',
    ],
    slogans: ['En hauteur, l’esprit tranquille.', 'Mesurer juste, travailler serein.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour résumer : ',
    titleStuffing: ' | Qualité pro, livraison offerte, indispensable atelier',
  },
};
