// Blind set, round 22 (written without reading the gate, committed before it is scored): six products whose honest
// copy is full of shop conventions (size guides, care and brewing tips, notes on colour, Q&A lines, "sold separately",
// customer quotes, arrows and emoji before a call to action), in categories womens_dresses, specialty_tea, lipsticks,
// bookshelves, dog_harnesses and board_game_expansions; 12 hand-written listings, three artifact styles per listing
// and wording of its own, most of it dressed up as the same conventions but addressed to the requester.
// Legitimate numbers: 百分之百 → 100 %, 双层 (a word: double-layer, not a spec), 112 cm (44 in), bust 84/88/92 cm,
// model 170 cm in size S, 三种 → three prints, 30 °C; harvest 2024, 100 g tin with 两个 → two 50 g bags,
// best before 18 months, 3 g / 200 ml / 85 °C / 3 min, 三次 → three infusions; 第3代 → 3rd generation, 十二色 → 12
// shades, 3.5 g, 百分之十五 → 15 %, 8 hours, shade codes 05, 08, 11; 五层 → five shelves, FSC, 180 × 80 × 30 cm
// (71 × 31.5 × 11.8 in), 25 kg (55 lb) per shelf, 十几 → more than ten books, 40 minutes, 两人 → two people;
// 三合一 → 3-in-1, 4 adjustment points, 一对 → two 3M strips, chest 40–55 / 55–70 / 70–90 cm, 两个尺码 → two sizes,
// 30 °C; 第2版 → 2nd edition, 2–4 players, 10+, 45 minutes, 60 cards, 3 characters, 1 double-sided (双面, a word)
// board, 第1版 → 1st edition.
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording } from './blind-set';

const DRESS_ZH = 'Lumi 法式碎花雪纺连衣裙';
const DRESS_SRC =
  'Lumi 法式碎花连衣裙采用百分之百雪纺面料，内衬为双层设计，不透。裙长112厘米，腰部为松紧设计。尺码表：S码胸围84厘米，M码88厘米，L码92厘米。模特身高170厘米，穿S码。共有三种印花可选。因拍摄光线不同，颜色可能略有差异。建议30°C以下手洗。';
const TEA_ZH = '云峰 明前西湖龙井 特级绿茶 100克罐装';
const TEA_SRC =
  '云峰西湖龙井为2024年清明前采摘的特级绿茶。罐装净含量100克，内装两个50克密封小袋。保质期18个月，请避光防潮保存。冲泡建议：茶叶3克，水200毫升，水温85°C，浸泡3分钟，可续泡三次。天然茶叶，每批颜色和香气可能略有不同。';
const LIPSTICK_ZH = 'Velour 丝绒雾面口红 第3代 十二色';
const LIPSTICK_SRC =
  'Velour第3代丝绒雾面口红，共十二色，每支3.5克。新配方含百分之十五植物油脂，持妆8小时不拔干。人气色号：玫瑰木（05号）、砖红（08号）、奶茶（11号）。因拍摄光线不同，实物颜色可能略有差异。小贴士：先涂一层润唇膏打底，效果更持久。';
const SHELF_ZH = 'Nordhem 五层实木书架';
const SHELF_SRC =
  'Nordhem书架共五层，采用FSC认证松木，尺寸为180×80×30厘米。每层最大承重25公斤，可放十几本精装书。需自行组装，约需40分钟，五金配件和说明书随附。建议两人一起安装，并用附带的防倾倒配件固定在墙上。';
const HARNESS_ZH = 'Pawtrail 三合一防爆冲狗狗胸背带';
const HARNESS_SRC =
  'Pawtrail三合一胸背带可用作遛狗胸背带、车载安全带和训练背带，共有4个调节点，配一对3M反光条。尺码表：S码胸围40–55厘米，M码55–70厘米，L码70–90厘米。下单前请先测量狗狗胸围最宽处，介于两个尺码之间请选大一号。可机洗，水温不超过30°C。';
const EXPANSION_ZH = '星港 扩展包：深空航线（第2版）';
const EXPANSION_SRC =
  '《星港》扩展包“深空航线”第2版，适合2–4名玩家，10岁以上，每局约45分钟。新增60张卡牌、3个新角色和1块双面版图。需要基础版游戏才能游玩（基础版另售）。常见问题：能和第1版混用吗？可以，两版卡背设计相同。';

export const ROUND_22_LISTINGS: readonly BlindListing[] = [
  listing(
    'v01',
    'womens_dresses',
    'en',
    DRESS_ZH,
    DRESS_SRC,
    {
      translated_description:
        'The Lumi French floral dress is made of 100% chiffon and has a double-layer lining, so it is not see-through. It is 112 cm (44 in) long with an elasticated waist. Size guide: S fits an 84 cm bust, M an 88 cm bust and L a 92 cm bust. Model is 170 cm and wears size S. Available in three prints. Note: colours may vary slightly due to lighting. Care tip: hand wash below 30 °C.',
      seo_title: 'Lumi French Floral Chiffon Dress, Lined',
      meta_description:
        'Lumi floral dress in 100% chiffon with a double-layer lining and an elasticated waist, 112 cm long, in three prints. Size guide: S, M and L by bust.',
      h1: 'Lumi Floral Chiffon Dress',
      marketing_copy_a:
        'Fully lined, easy to hand wash and made to last many summers. → Shop the Lumi dress now.',
      marketing_copy_b: 'Sunlight, a light breeze and a skirt that moves with you. Discover Lumi.',
      marketing_copy_c: 'Free shipping on every dress this week – order yours today. Enjoy!',
    },
    {
      field: 'translated_description',
      find: '112 cm (44 in)',
      replace: '118 cm (46 in)',
      labels: ['number_dropped', 'number_invented'],
    },
    'Model is 170 cm and wears size S.',
  ),
  listing(
    'v01',
    'womens_dresses',
    'fr',
    DRESS_ZH,
    DRESS_SRC,
    {
      translated_description:
        'La robe fleurie Lumi, d’inspiration française, est en mousseline 100\u00a0% et dotée d’une doublure double épaisseur : elle n’est pas transparente. Elle mesure 112 cm de long et la taille est élastiquée. Guide des tailles : S pour un tour de poitrine de 84 cm, M pour 88 cm, L pour 92 cm. Le mannequin mesure 170 cm et porte du S. Trois imprimés au choix. Remarque : les couleurs peuvent légèrement varier selon l’éclairage. Conseil d’entretien : lavage à la main à moins de 30 °C.',
      seo_title: 'Robe fleurie Lumi en mousseline, doublée',
      meta_description:
        'Robe fleurie Lumi en mousseline 100\u00a0%, doublure double épaisseur, taille élastiquée et 112 cm de long. Trois imprimés, guide des tailles du S au L.',
      h1: 'Lumi, la robe d’été à fleurs',
      marketing_copy_a: 'Doublée, facile à laver et faite pour durer plusieurs étés. Achetez la robe Lumi.',
      marketing_copy_b:
        '« Je l’ai portée tout l’été sans jamais m’en lasser », raconte une cliente. Découvrez Lumi.',
      marketing_copy_c: 'Livraison offerte cette semaine 🌸 commandez la vôtre dès aujourd’hui.',
    },
    { field: 'meta_description', find: '112 cm', replace: '120 cm', labels: ['number_invented'] },
    'Trois imprimés au choix.',
  ),
  listing(
    'v02',
    'specialty_tea',
    'ja',
    TEA_ZH,
    TEA_SRC,
    {
      translated_description:
        '雲峰の西湖龍井は、2024年の清明節前に摘み取った特級緑茶です。缶の内容量は100gで、50gの密封袋が2袋入っています。賞味期限は18か月です。直射日光と湿気を避けて保存してください。【おいしい淹れ方】茶葉3g、お湯200ml、85°Cで3分蒸らします。同じ茶葉で3煎までお楽しみいただけます。【ご注意】天然の茶葉のため、ロットにより色や香りが多少異なります。',
      seo_title: '雲峰 西湖龍井 特級緑茶 2024年産 100g缶',
      meta_description:
        '2024年の清明節前に摘んだ特級の西湖龍井。100g缶に50g×2袋入り。茶葉3g・お湯200ml・85°C・3分が淹れ方の目安です。',
      h1: '雲峰 明前の西湖龍井',
      marketing_copy_a: '特級の茶葉を、ご家庭での毎日の一杯に。今すぐ購入。',
      marketing_copy_b: '湯気とともに広がる春の香りで、ほっとひと息。ぜひお試しください。',
      marketing_copy_c: '新茶入荷キャンペーン中 ▶ ご注文はお早めに。',
    },
    { field: 'seo_title', find: '100g缶', replace: '150g缶', labels: ['number_invented'] },
    '賞味期限は18か月です。',
  ),
  listing(
    'v02',
    'specialty_tea',
    'de',
    TEA_ZH,
    TEA_SRC,
    {
      translated_description:
        'Der Yunfeng Xihu Longjing ist ein grüner Tee der Spitzenklasse, gepflückt vor dem Qingming-Fest 2024. Die Dose enthält 100 g in zwei versiegelten Beuteln zu je 50 g. Mindestens haltbar 18 Monate; bitte trocken und lichtgeschützt lagern. Zubereitungstipp: 3 g Tee, 200 ml Wasser, 85 °C, 3 Minuten ziehen lassen. Die Blätter lassen sich dreimal aufgießen. Hinweis: Als Naturprodukt kann jede Charge in Farbe und Duft leicht abweichen.',
      seo_title: 'Yunfeng Xihu Longjing, Ernte 2024, 100 g Dose',
      meta_description:
        'Xihu Longjing der Spitzenklasse, gepflückt vor Qingming 2024: 100 g in zwei Beuteln, dazu ein Zubereitungstipp für 85 °C und dreimaliges Aufgießen.',
      h1: 'Yunfeng Longjing-Grüntee',
      marketing_copy_a: 'Spitzentee für viele ruhige Tassen, Aufguss für Aufguss. Jetzt kaufen.',
      marketing_copy_b: 'Der erste Schluck schmeckt nach Frühling. Entdecken Sie Yunfeng.',
      marketing_copy_c: 'Nur solange der Vorrat reicht 🍵 Jetzt bestellen und genießen!',
    },
    { field: 'translated_description', find: '3 Minuten', replace: '5 Minuten', labels: ['number_invented'] },
    'Mindestens haltbar 18 Monate; bitte trocken und lichtgeschützt lagern.',
  ),
  listing(
    'v03',
    'lipsticks',
    'fr',
    LIPSTICK_ZH,
    LIPSTICK_SRC,
    {
      translated_description:
        'Le rouge à lèvres Velour, 3e génération, offre un fini mat velouté en 12 teintes. Chaque bâton pèse 3,5 g. La nouvelle formule contient 15 % d’huiles végétales et tient 8 heures sans dessécher les lèvres. Teintes phares : Bois de rose (n° 05), Rouge brique (n° 08) et Thé au lait (n° 11). Remarque : selon l’éclairage, la couleur réelle peut légèrement varier. Conseil : appliquez d’abord une fine couche de baume pour une meilleure tenue.',
      seo_title: 'Rouge à lèvres mat Velour, 12 teintes',
      meta_description:
        'Rouge à lèvres mat velouté Velour 3e génération : 12 teintes, 15 % d’huiles végétales et 8 heures de tenue sans dessécher les lèvres.',
      h1: 'Velour, le mat qui prend soin',
      marketing_copy_a: 'Un mat intense qui ne dessèche pas, à prix doux. Ajoutez-le à votre panier.',
      marketing_copy_b:
        'Un trait de couleur, et la journée commence autrement. Découvrez la teinte Bois de rose.',
      marketing_copy_c: 'Deux teintes achetées, la troisième offerte ✨ Profitez-en !',
    },
    {
      field: 'translated_description',
      replace: 'Plus de 40 000 bâtons vendus depuis le lancement.',
      labels: ['number_invented'],
    },
    'Chaque bâton pèse 3,5 g.',
  ),
  listing(
    'v03',
    'lipsticks',
    'es',
    LIPSTICK_ZH,
    LIPSTICK_SRC,
    {
      translated_description:
        'El pintalabios Velour de 3.ª generación tiene un acabado mate aterciopelado y está disponible en 12 tonos. Cada barra pesa 3,5 g. La nueva fórmula lleva un 15 % de aceites vegetales y aguanta 8 horas sin resecar. Tonos más populares: Palo de rosa (n.º 05), Rojo ladrillo (n.º 08) y Té con leche (n.º 11). Nota: por la iluminación de las fotos, el color real puede variar ligeramente. Consejo: aplica antes una capa de bálsamo labial para que dure más.',
      seo_title: 'Pintalabios mate Velour, 12 tonos aterciopelados',
      meta_description:
        'Pintalabios mate Velour de 3.ª generación en 12 tonos, con un 15 % de aceites vegetales y 8 horas de duración sin resecar. Elige tu tono favorito.',
      h1: 'Velour, color mate que cuida',
      marketing_copy_a: 'Mate intenso que no reseca, a un precio razonable. Cómpralo hoy.',
      marketing_copy_b:
        '«Por fin un mate que no me agrieta los labios», nos cuenta una clienta. Descubre Velour.',
      marketing_copy_c: 'Neceser de regalo con tu pedido 💄 ¡Llévate tu tono hoy!',
    },
    {
      field: 'translated_description',
      find: '3,5 g',
      replace: '4,5 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'La nueva fórmula lleva un 15 % de aceites vegetales y aguanta 8 horas sin resecar.',
  ),
  listing(
    'v04',
    'bookshelves',
    'de',
    SHELF_ZH,
    SHELF_SRC,
    {
      translated_description:
        'Das Bücherregal Nordhem aus FSC-zertifizierter Kiefer hat fünf Böden und misst 180 × 80 × 30 cm. Max. Belastung pro Boden: 25 kg – genug für über zehn gebundene Bücher. Montagehinweis: Der Aufbau dauert etwa 40 Minuten, Beschläge und Anleitung liegen bei. Wir empfehlen den Aufbau mit zwei Personen. Bitte befestigen Sie das Regal mit dem beiliegenden Kippschutz an der Wand.',
      seo_title: 'Nordhem Bücherregal Kiefer, 5 Böden, 180 cm',
      meta_description:
        'Bücherregal Nordhem aus FSC-Kiefer mit fünf Böden, 180 × 80 × 30 cm und bis 25 kg pro Boden. Aufbau in etwa 40 Minuten, Kippschutz inklusive.',
      h1: 'Nordhem Regal aus Massivholz',
      marketing_copy_a: 'Massive Kiefer statt Spanplatte, gebaut für Jahre voller Bücher. Jetzt bestellen.',
      marketing_copy_b: 'Endlich hat jedes Lieblingsbuch seinen Platz. Entdecken Sie Nordhem.',
      marketing_copy_c: 'Diese Woche versandkostenfrei → jetzt in den Warenkorb legen.',
    },
    { field: 'seo_title', find: '180 cm', replace: '200 cm', labels: ['number_invented'] },
    'Montagehinweis: Der Aufbau dauert etwa 40 Minuten, Beschläge und Anleitung liegen bei.',
  ),
  listing(
    'v04',
    'bookshelves',
    'en',
    SHELF_ZH,
    SHELF_SRC,
    {
      translated_description:
        'The Nordhem bookshelf has five shelves in FSC-certified pine and measures 180 × 80 × 30 cm (71 × 31.5 × 11.8 in). Max. load per shelf: 25 kg (55 lb), enough for more than ten hardbacks. Assembly required: it takes about 40 minutes, and all fittings and instructions are included. Two people are recommended for assembly. Please fix it to the wall with the anti-tip kit provided.',
      seo_title: 'Nordhem Solid Pine Bookshelf, 5 Shelves',
      meta_description:
        'Nordhem bookshelf in FSC-certified pine with five shelves, 180 × 80 × 30 cm, and a max. load of 25 kg per shelf. Assembly takes about 40 minutes.',
      h1: 'Nordhem Five-Shelf Bookcase',
      marketing_copy_a: 'Solid pine instead of chipboard, built for years of books. Buy Nordhem today.',
      marketing_copy_b: '“It finally feels like a reading room,” one customer told us. Discover Nordhem.',
      marketing_copy_c: 'Free delivery this week 📦 Add it to your cart.',
    },
    { field: 'meta_description', find: '25 kg', replace: '35 kg', labels: ['number_invented'] },
    'Assembly required: it takes about 40 minutes, and all fittings and instructions are included.',
  ),
  listing(
    'v05',
    'dog_harnesses',
    'es',
    HARNESS_ZH,
    HARNESS_SRC,
    {
      translated_description:
        'El arnés Pawtrail 3 en 1 sirve para pasear, como cinturón de seguridad en el coche y para el adiestramiento. Tiene 4 puntos de ajuste y dos tiras reflectantes 3M. Guía de tallas: S para un contorno de pecho de 40–55 cm, M de 55–70 cm y L de 70–90 cm. Por favor, mide a tu perro antes de hacer el pedido: rodea la parte más ancha del pecho. Si está entre dos tallas, elige la mayor. Lavable a máquina a 30 °C como máximo.',
      seo_title: 'Arnés para perro Pawtrail 3 en 1, antitirones',
      meta_description:
        'Arnés antitirones Pawtrail 3 en 1 para paseo, coche y adiestramiento, con 4 puntos de ajuste y tiras reflectantes 3M. Tallas S, M y L según el pecho.',
      h1: 'Arnés Pawtrail para todos los paseos',
      marketing_copy_a: 'Un solo arnés para el paseo, el coche y el adiestramiento. Pídelo ahora.',
      marketing_copy_b: 'Más paseos tranquilos y menos tirones de correa. Descubre Pawtrail.',
      marketing_copy_c: 'Envío gratis esta semana 🐾 ¡Consíguelo ya!',
    },
    {
      field: 'translated_description',
      replace: 'Resiste tirones de hasta 200 kg.',
      labels: ['number_invented'],
    },
    'Tiene 4 puntos de ajuste y dos tiras reflectantes 3M.',
  ),
  listing(
    'v05',
    'dog_harnesses',
    'de',
    HARNESS_ZH,
    HARNESS_SRC,
    {
      translated_description:
        'Das Pawtrail 3-in-1-Geschirr dient als Brustgeschirr, Sicherheitsgurt im Auto und Trainingsgeschirr. Es hat 4 Verstellpunkte und zwei 3M-Reflektorstreifen. Größentabelle: S für 40–55 cm Brustumfang, M für 55–70 cm, L für 70–90 cm. Bitte messen Sie Ihren Hund vor der Bestellung an der breitesten Stelle des Brustkorbs. Liegt er zwischen zwei Größen, wählen Sie die größere. Pflegehinweis: maschinenwaschbar bis 30 °C.',
      seo_title: 'Pawtrail 3-in-1 Hundegeschirr mit Reflektoren',
      meta_description:
        'Hundegeschirr Pawtrail 3-in-1 für Spaziergang, Auto und Training: 4 Verstellpunkte, 3M-Reflektorstreifen und Größen S bis L nach Brustumfang.',
      h1: 'Pawtrail Geschirr für jeden Ausflug',
      marketing_copy_a: 'Ein Geschirr für Gassi, Auto und Hundeschule spart Geld und Platz. Jetzt kaufen.',
      marketing_copy_b: 'Entspannte Runden ohne ständiges Ziehen an der Leine. Entdecken Sie Pawtrail.',
      marketing_copy_c: 'Gratis Kotbeutelspender diese Woche: Sichern Sie sich Ihr Geschirr.',
    },
    {
      field: 'translated_description',
      find: '4 Verstellpunkte',
      replace: '6 Verstellpunkte',
      labels: ['number_dropped', 'number_invented'],
    },
    'Pflegehinweis: maschinenwaschbar bis 30 °C.',
  ),
  listing(
    'v06',
    'board_game_expansions',
    'en',
    EXPANSION_ZH,
    EXPANSION_SRC,
    {
      translated_description:
        'Deep Space Routes is the 2nd edition expansion for Starport, for 2–4 players aged 10+, and a game takes about 45 minutes. It adds 60 cards, 3 new characters and 1 double-sided board. Requires the base game (sold separately). Q: Can I mix it with the 1st edition? A: Yes, both editions share the same card backs.',
      seo_title: 'Starport: Deep Space Routes Expansion, 2–4 Players',
      meta_description:
        'Deep Space Routes, the 2nd edition expansion for Starport: 60 new cards, 3 characters and a double-sided board for 2–4 players aged 10+. Base game required.',
      h1: 'Starport Expansion: Deep Space Routes',
      marketing_copy_a: 'A whole new sector of the galaxy in one small box. Get Deep Space Routes now.',
      marketing_copy_b:
        '“Our Friday game night feels brand new again,” writes one player. Discover the expansion.',
      marketing_copy_c: 'Launch offer: a free promo card while stocks last 🚀 Order today. Enjoy!',
    },
    { field: 'seo_title', find: '2–4 Players', replace: '2–6 Players', labels: ['number_invented'] },
    'It adds 60 cards, 3 new characters and 1 double-sided board.',
  ),
  listing(
    'v06',
    'board_game_expansions',
    'ja',
    EXPANSION_ZH,
    EXPANSION_SRC,
    {
      translated_description:
        '『スターポート』の拡張セット「ディープスペース航路」第2版です。プレイ人数は2〜4人、対象年齢は10歳以上、プレイ時間は約45分です。カード60枚、新キャラクター3人、両面ボード1枚が追加されます。遊ぶには基本セットが必要です（基本セットは別売り）。Q：第1版と混ぜて使えますか？A：はい、どちらの版もカードの裏面デザインは同じです。',
      seo_title: 'スターポート 拡張 ディープスペース航路 第2版',
      meta_description:
        '『スターポート』拡張セット第2版。カード60枚と新キャラクター3人を追加、2〜4人・10歳以上で遊べます。基本セットが必要です（別売り）。',
      h1: 'ディープスペース航路 拡張セット',
      marketing_copy_a: '小さな箱に、新しい銀河がまるごと。今すぐ購入。',
      marketing_copy_b: '「いつものゲーム会が新鮮になった」とのお声も。ぜひチェックしてください。',
      marketing_copy_c: '数量限定のプロモカード付き ➡ ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '約45分',
      replace: '約50分',
      labels: ['number_dropped', 'number_invented'],
    },
    'カード60枚、新キャラクター3人、両面ボード1枚が追加されます。',
  ),
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_22_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\nNote: I converted only the length to inches; the bust sizes are left in cm on purpose.`,
      }),
      (c) => ({ marketing_copy_a: `Tip: you may want to trim this one for mobile. ${c.marketing_copy_a}` }),
      (c) => ({ seo_title: `${c.seo_title} [kept under the limit]` }),
      (c) => ({
        translated_description: `${c.translated_description}\nQ: Should the specs go into a table instead? A: Happy to reformat them if so.`,
      }),
      (c) => ({ meta_description: `**Meta description**\n${c.meta_description}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} ✅ (CTA included, as per your brief)` }),
      (c) => ({ h1: `${c.h1} <!-- h1, distinct from the title -->` }),
      (c) => ({ translated_description: `### Product description\n\n${c.translated_description}` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\n---\nShall I draft a more playful take on this one as well?`,
      }),
    ],
    forbidden: [
      'Forget the cheaper alternatives.',
      'Not one of those flimsy knockoffs.',
      'Replicas never feel like this.',
      'No counterfeits, ever.',
    ],
    slogans: ['Room for every story.', 'Summer, in full bloom.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Bestseller, Summer Gift Idea, Fast Shipping, Top Rated',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Übersetzerhinweis: Maßeinheiten aus dem Original übernommen, nichts umgerechnet.\n\n${c.translated_description}`,
      }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nTipp: Für Instagram würde ich diesen Satz noch etwas kürzen.`,
      }),
      (c) => ({ seo_title: `${c.seo_title} (Vorschlag, bitte prüfen)` }),
      (c) => ({ meta_description: `<meta name="description" content="${c.meta_description}">` }),
      (c) => ({ h1: `**${c.h1}**` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Kept the formal "Sie" throughout, as you asked.)`,
      }),
      (c) => ({ marketing_copy_a: `Variante A (nutzenorientiert): ${c.marketing_copy_a}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nFrage an dich: Passt die Länge so, oder soll ich den Text kürzen?`,
      }),
      (c) => ({ marketing_copy_b: `„${c.marketing_copy_b}“ – emotionale Fassung, wie gewünscht.` }),
    ],
    forbidden: [
      'Kein billiges Plastik.',
      'Vorsicht vor Fälschungen im Netz.',
      'Nachahmungen halten nicht lange.',
      'Garantiert kein Imitat.',
    ],
    slogans: ['Ordnung, die bleibt.', 'Jeder Spaziergang ein Abenteuer.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' | Bestseller, Geschenkidee, schneller Versand, Top-Qualität',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}【補足】原文の表現に合わせ、数値と単位はそのまま残しています。`,
      }),
      (c) => ({ seo_title: `${c.seo_title}（文字数を調整済み）` }),
      (c) => ({ marketing_copy_a: `Aパターン：${c.marketing_copy_a}` }),
      (c) => ({ h1: `<h1>${c.h1}</h1>` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\n※別案が必要でしたらお申し付けください。` }),
      (c) => ({
        translated_description: `Note: translated from the Chinese source, polite register kept.\n${c.translated_description}`,
      }),
    ],
    forbidden: [
      '激安品とは品質が違います。',
      '偽物にご注意ください。',
      'コピー品ではなく正規品です。',
      '模倣品は販売しておりません。',
    ],
    slogans: ['次の一手は、宇宙の彼方へ。', '一杯の春を、あなたに。'],
    chineseLeftovers: ['这款茶叶冲泡时水温不宜过高。', '这个扩展包需要基础版才能玩。'],
    duplicateLead: 'ひと言でいえば、',
    titleStuffing: '｜人気ランキング上位 プレゼントに最適 送料無料 即納',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\nNota: he traducido los nombres de los tonos; si prefieres los originales, dímelo.`,
      }),
      (c) => ({
        marketing_copy_b: `Consejo: quizá convenga acortar esta frase para móvil. ${c.marketing_copy_b}`,
      }),
      (c) => ({ seo_title: `${c.seo_title} ← propuesta de título` }),
      (c) => ({ meta_description: `\`\`\`\n${c.meta_description}\n\`\`\`` }),
      (c) => ({ h1: `# ${c.h1}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} (Neutral Spanish, no voseo, as agreed.)` }),
    ],
    forbidden: [
      'Olvídate de las versiones baratas.',
      'No es una imitación.',
      'Cuidado con las falsificaciones.',
      'Las réplicas no duran tanto.',
    ],
    slogans: ['Color que se queda.', 'Paseos sin tirones.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Más vendido, idea de regalo, envío rápido, top ventas',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `Remarque du traducteur : j’ai conservé les unités métriques du texte source.\n\n${c.translated_description}`,
      }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}\n\nAstuce : vous pouvez raccourcir cette phrase pour la version mobile.`,
      }),
      (c) => ({ h1: `Titre H1 → ${c.h1}` }),
      (c) => ({ meta_description: `<p>${c.meta_description}</p>` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\nQ : Faut-il tutoyer la cliente ? R : J’ai gardé le vouvoiement.`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(French version done, same structure as the English one.)`,
      }),
    ],
    forbidden: [
      'Rien à voir avec les produits pas chers.',
      'Méfiez-vous des contrefaçons.',
      'Ce n’est pas une imitation.',
      'Pas de fausses promesses.',
    ],
    slogans: ['L’été en fleurs.', 'La couleur qui reste.'],
    chineseLeftovers: [],
    duplicateLead: 'Bref : ',
    titleStuffing: ' | Meilleure vente, idée cadeau, livraison rapide, coup de cœur',
  },
};
