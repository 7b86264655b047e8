// Blind set, round 100 (written without reading the gate, committed before it is scored): six garden-decoration,
// school, travel and seasonal products in the categories kinetic_wind_spinners, geometry_tool_sets,
// tsa_luggage_locks, wooden_advent_calendars, garden_gnome_statues and ergonomic_school_backpacks, 12 hand-written
// listings, three artifact styles per listing and wording of its own. Theme: chatter that blends into the copy, as a
// reviewer meets it in real model output — no lead-ins, fences or tags this time, but the model's reasoning tacked
// onto a sentence (why a word was chosen, why a term stays as it is), a question to the requester in passing, a
// bracketed remark about word choice, tone or length, a hedge about what the source says or leaves unclear, a
// first-person edit report, a note to a colleague, a status word ("(approved)", "[ENTWURF]", "[VALIDÉ]", "（最終稿）"),
// an unfilled placeholder ("[KEY FEATURE]", "[Shopname]", "{{marca}}"), an alternative wording offered and a pointer
// to another part of the answer, spread over all five languages and all seven fields; no digits in artifacts that
// land in the description, title or meta. The clean listings keep a natural shop voice that uses the same words
// chatter uses: the shop owner speaking in the first person ("A tip from me, the shop owner", "Petit conseil de la
// gérante"), "Please note:", "Importante:", "Unser Tipp:", "Notre conseil :", a parent's question and the shop's
// answer ("Q：… A：…", "Eltern fragen uns oft … Unsere Antwort:"), the maker's "we" / "wir" / "nous" / "私たち",
// and quoted customer and designer words with their speaker. Sources are in ordinary Chinese shop style.
// Legitimate numbers:
// Ventora 304 stainless steel, 30 cm (11.8 in), 三层 (three coats, trois couches), 两组 (two sets, deux jeux),
// 双轴承 (dual bearing, double roulement: not a number), 1.6 m (5.2 ft, 1,6 m), 6级 (force 6), idiom 一照 (when the
// sun catches it);
// Mathix 8 pieces (8-teilig, 全8点), 15 cm, 30 cm (twice: the long ruler and the largest circle), 两块 (zwei, 2枚),
// 45° and 60°, 180°;
// Lockeo TSA (no number), 两只 (set of two, pack de dos), 3 digits (3 dígitos), 1000 combinations (1,000, 1000),
// about 20 cm (7.9 in), about 10 seconds, 45 g (1.6 oz);
// Noelia 42 cm, 30 cm, 24 drawers, about 5×5×4 cm (5 × 5 × 4 cm), 1 to 24 (1 bis 24, de 1 à 24), 3 AA batteries
// (3 AA-Batterien, 3 piles AA), 6 hours (6 Stunden, 6 heures), idiom 一座小木屋 (a little house, eines kleinen Hauses);
// Gnomio 28 cm (11 in), about 1.1 kg (2.4 lb, 1,1 kg), about 8 hours, at least 4 hours, 零下5度 (-5 °C (23 °F), minus 5 °C),
// idiom 一盏 (a lantern);
// Scolo 1至6年级 (1〜6年生, de 1.º a 6.º), 20 L (20 litros), 850 g, 6 cm, 三段 (3段階, tres posiciones), A4, 500 ml,
// 200 m (200 metros), 两个孩子 (2人の子ども, dos niños), idiom 轻一点 (a little lighter).
// Number edits: Ventora en 304 → 316 (dropped + invented), fr meta 30 → 35 cm (invented); Mathix de title 8 → 10
// Teile (invented), ja circle 30 → 35 cm (invented only: 30 cm is still the long ruler); Lockeo en meta 1,000 → 10,000
// (invented), es 45 → 40 g (dropped + invented); Noelia de 42 → 48 cm (dropped + invented), fr 6 → 8 hours
// (dropped + invented); Gnomio en title 28 → 32 cm (invented), de 1,1 → 1,5 kg (dropped + invented); Scolo ja meta
// 850 → 800 g (invented), es 20 → 22 litres (dropped + invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const SPINNER_ZH = 'Ventora 立体金属风车 花园庭院装饰 直径30厘米';
const SPINNER_SRC =
  'Ventora 立体金属风车采用304不锈钢激光切割，直径30厘米，表面经过三层烤漆，日晒雨淋也不褪色。内外两组叶片朝相反方向旋转，微风就能带动，阳光一照闪闪发亮。中心配有双轴承，转起来顺滑又安静。随附1.6米高的分段插杆，草坪、花盆、菜园都能插。安装很简单：拼好插杆，把风车挂上去就行。店主小贴士：遇到6级以上大风，建议先取下收好，能用得更久。';
const GEOMETRY_ZH = 'Mathix 学生几何绘图套装 8件套 金属圆规 铁盒装';
const GEOMETRY_SRC =
  'Mathix 学生几何绘图套装共8件：金属圆规、15厘米直尺、30厘米直尺、两块三角板（45度和60度）、180度量角器、自动铅笔和备用铅芯。直尺刻度采用激光印刷，用久了也不会磨掉。圆规带锁紧旋钮，最大可画直径30厘米的圆。整套装在铁皮盒里，放进书包也不会压坏。适合初中、高中学生日常学习和考试使用。常有家长问：能带进考场吗？答：套装里的尺子都是透明的，上面没有印公式，符合大多数考场的要求。';
const LOCK_ZH = 'Lockeo TSA海关密码锁 3位密码 两只装';
const LOCK_SRC =
  'Lockeo TSA海关密码锁两只装，锁体为锌合金材质，3位密码共有1000种组合。出国托运行李时，美国海关人员可以用专用钥匙开锁检查，不会剪坏锁具。钢丝锁绳长约20厘米，行李箱拉链、背包、健身房柜子都能锁。密码可随时重新设置，整个过程只需10秒左右。锁头上有检查指示窗，被海关开过后会由绿变红。每只仅重45克，不会给行李增加负担。温馨提示：设好新密码后请记在手机里，忘记密码需联系客服处理。';
const ADVENT_ZH = 'Noelia 木质圣诞倒数日历 24个抽屉 LED灯 可重复使用';
const ADVENT_SRC =
  'Noelia 木质圣诞倒数日历，造型是一座小木屋，高42厘米，宽30厘米，共有24个小抽屉，每个约5×5×4厘米，可以放巧克力、小玩具，或者写给孩子的小纸条。抽屉正面印着1到24的数字，孩子每天拉开当天的抽屉，数着日子等圣诞。屋顶装有暖白色LED灯串，用3节AA电池，可定时亮灯6小时。整体为松木材质，边角都打磨圆滑。过完节收起来，明年还能接着用。我们建议：装东西之前，先把每个抽屉来回拉几次，之后会更顺滑。';
const GNOME_ZH = 'Gnomio 树脂花园小矮人摆件 太阳能灯笼 高28厘米';
const GNOME_SRC =
  'Gnomio 花园小矮人摆件采用树脂手工上色，高28厘米，重约1.1公斤，摆在草坪上、花坛边都很显眼。小矮人手里提着一盏太阳能灯笼，白天充电，天黑自动亮起，可连续照明约8小时。太阳能板装在帽子顶上，请放在每天能晒到4小时以上阳光的地方。表面涂有防紫外线清漆，风吹日晒不容易褪色。底座内加了配重，不怕被风吹倒。老顾客王阿姨说：“孙子每次来，都要先跟它打个招呼。”冬天气温低于零下5度时，建议收进室内。';
const BACKPACK_ZH = 'Scolo 护脊减负小学生书包 1-6年级 20升';
const BACKPACK_SRC =
  'Scolo 护脊减负书包专为1至6年级小学生设计，容量20升，空包重量仅850克。背板采用S形透气海绵，贴合孩子的脊柱曲线；肩带宽6厘米，长度可分三段调节。主仓放得下A4文件夹，侧袋能装500毫升的水杯。面料防泼水，下雨天书本不会湿。反光条在夜里200米外都能看到，放学路上更安心。我们的设计师自己也是两个孩子的妈妈，她说：“书包轻一点，孩子才能走得轻松。”';

export const ROUND_100_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'kinetic_wind_spinners',
    'en',
    SPINNER_ZH,
    SPINNER_SRC,
    {
      translated_description:
        'The Ventora kinetic wind spinner is laser-cut from 304 stainless steel, measures 30 cm (11.8 in) across and is finished with three coats of baked enamel, so sun and rain will not fade it. Its two sets of blades, inner and outer, turn in opposite directions: the lightest breeze sets them moving, and when the sun catches them they sparkle. A dual bearing at the centre keeps the spin smooth and quiet. The sectional stake supplied stands 1.6 m (5.2 ft) tall and goes into a lawn, a flower pot or a vegetable patch. Setting it up is easy: slot the stake together and hang the spinner on top. A tip from me, the shop owner: when a gale of force 6 or stronger is forecast, take the spinner down and put it away, and it will last you much longer.',
      seo_title: 'Ventora Kinetic Wind Spinner, Steel, 30 cm',
      meta_description:
        'Ventora kinetic wind spinner in 304 stainless steel: counter-rotating blades that turn in a light breeze, three coats of enamel and a sectional garden stake.',
      h1: 'Ventora – Movement and Sparkle for Your Garden',
      marketing_copy_a:
        'Stainless steel that shrugs off rain, blades that need only a breath of wind and a stake that suits lawn or planter alike: garden decoration that keeps working for years. Order your Ventora today.',
      marketing_copy_b:
        'Morning coffee on the patio, and out among the roses the blades are already turning, throwing little flashes of light across the grass. Discover Ventora.',
      marketing_copy_c:
        'Garden season offer: a spare stake free with every Ventora ordered this month. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'from 304 stainless steel',
      replace: 'from 316 stainless steel',
      labels: ['number_dropped', 'number_invented'],
    },
    'The sectional stake supplied stands 1.6 m (5.2 ft) tall and goes into a lawn, a flower pot or a vegetable patch.',
  ),
  listing(
    'p01',
    'kinetic_wind_spinners',
    'fr',
    SPINNER_ZH,
    SPINNER_SRC,
    {
      translated_description:
        'Le moulin à vent décoratif Ventora est découpé au laser dans de l’acier inoxydable 304, mesure 30 cm de diamètre et reçoit trois couches de laque cuite : ni le soleil ni la pluie ne le font pâlir. Ses deux jeux de pales, intérieur et extérieur, tournent en sens inverse ; la moindre brise suffit à les entraîner, et au soleil elles scintillent. Au centre, un double roulement assure une rotation fluide et silencieuse. Le piquet démontable fourni mesure 1,6 m de haut et se plante dans la pelouse, un pot de fleurs ou le potager. Le montage est simple : assemblez le piquet, puis accrochez-y le moulin. Petit conseil de la gérante : dès qu’un vent de force 6 ou plus s’annonce, décrochez le moulin et rangez-le, il vous durera bien plus longtemps.',
      seo_title: 'Moulin à vent de jardin Ventora en inox, 30 cm',
      meta_description:
        'Moulin à vent décoratif Ventora en inox 304 : pales contrarotatives qui tournent à la moindre brise, 30 cm de diamètre, trois couches de laque, piquet inclus.',
      h1: 'Ventora, le jardin qui danse au vent',
      marketing_copy_a:
        'De l’inox qui ne craint pas la pluie, des pales qui tournent au moindre souffle et un piquet qui se plante partout : une déco de jardin qui dure. Commandez votre Ventora dès aujourd’hui.',
      marketing_copy_b:
        'Le café du matin sur la terrasse, et là-bas, entre les rosiers, les pales tournent déjà en semant de petits éclats de lumière sur l’herbe. Découvrez Ventora.',
      marketing_copy_c:
        'Offre de printemps : un piquet de rechange offert pour tout moulin Ventora commandé ce mois-ci. Profitez-en vite !',
    },
    {
      field: 'meta_description',
      find: '30 cm de diamètre',
      replace: '35 cm de diamètre',
      labels: ['number_invented'],
    },
    'Le piquet démontable fourni mesure 1,6 m de haut et se plante dans la pelouse, un pot de fleurs ou le potager.',
  ),
  listing(
    'p02',
    'geometry_tool_sets',
    'de',
    GEOMETRY_ZH,
    GEOMETRY_SRC,
    {
      translated_description:
        'Das Geometrie-Set Mathix für Schülerinnen und Schüler umfasst 8 Teile: Metallzirkel, 15-cm-Lineal, 30-cm-Lineal, zwei Zeichendreiecke (45° und 60°), Winkelmesser, Druckbleistift und Ersatzminen. Der Winkelmesser reicht bis 180°, und die Skalen sind per Laser aufgedruckt, sodass sie sich auch nach langem Gebrauch nicht abreiben. Der Zirkel hat eine Feststellschraube und zieht Kreise bis 30 cm Durchmesser. Das ganze Set steckt in einer Blechdose und übersteht so auch den vollgepackten Schulranzen. Es eignet sich für die Mittel- und Oberstufe, im Unterricht wie in Prüfungen. Eltern fragen uns oft: Darf das Set mit in die Prüfung? Unsere Antwort: Alle Lineale sind durchsichtig und tragen keine aufgedruckten Formeln, damit entspricht das Set den Vorgaben der meisten Prüfungen.',
      seo_title: 'Mathix Geometrie-Set, 8-teilig, mit Zirkel und Dose',
      meta_description:
        'Geometrie-Set Mathix mit 8 Teilen: Metallzirkel, zwei Lineale, zwei Zeichendreiecke, Winkelmesser und Druckbleistift in einer robusten Blechdose.',
      h1: 'Mathix – alles für den Geometrieunterricht in einer Dose',
      marketing_copy_a:
        'Zirkel, Lineale, Dreiecke und Winkelmesser ordentlich beisammen, in einer Dose, die jeden Schulranzen übersteht: So fehlt am Prüfungstag nichts. Jetzt bestellen.',
      marketing_copy_b:
        'Der Kreis schließt sich sauber, die Linie sitzt, und Ihr Kind geht mit einem guten Gefühl in die Mathearbeit. Entdecken Sie Mathix.',
      marketing_copy_c:
        'Zum Schulstart gibt es beim Kauf von zwei Sets ein Übungsheft Geometrie gratis dazu. Sichern Sie sich Ihr Mathix-Set jetzt.',
    },
    { field: 'seo_title', find: '8-teilig', replace: '10-teilig', labels: ['number_invented'] },
    'Der Winkelmesser reicht bis 180°, und die Skalen sind per Laser aufgedruckt, sodass sie sich auch nach langem Gebrauch nicht abreiben.',
  ),
  listing(
    'p02',
    'geometry_tool_sets',
    'ja',
    GEOMETRY_ZH,
    GEOMETRY_SRC,
    {
      translated_description:
        'Mathixの学生用幾何セットは全8点入り。金属製コンパス、15cm定規、30cm定規、三角定規2枚（45度・60度）、180度分度器、シャープペンシル、替え芯がそろっています。定規の目盛りはレーザー印刷なので、長く使ってもかすれません。コンパスには固定ネジが付いていて、直径30cmまでの円が描けます。セット一式が缶ケースに収まり、カバンに入れてもつぶれません。中学生・高校生の毎日の勉強にも試験にもお使いいただけます。保護者の方からよくいただくご質問です。Q：試験会場に持ち込めますか？ A：定規はすべて透明で、公式などの印刷もないため、ほとんどの試験会場の規定に対応しています。',
      seo_title: 'Mathix 学生用幾何セット 全8点 缶ケース入り',
      meta_description:
        'コンパス、定規、三角定規、分度器など全8点の幾何セット。缶ケース入りでカバンの中でもつぶれず、試験にも使えます。',
      h1: 'Mathix 図形の授業も試験もおまかせ',
      marketing_copy_a:
        'コンパスから分度器まで、必要な道具が缶ケースにまとまっています。忘れ物の心配もありません。今すぐ購入。',
      marketing_copy_b:
        'きれいに閉じた円、ぴたりと引けた線。自信を持って試験に向かうお子さまを応援します。ぜひチェックしてください。',
      marketing_copy_c:
        '新学期キャンペーン中、2セット以上のご購入で練習ノートをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '直径30cmまで',
      replace: '直径35cmまで',
      labels: ['number_invented'],
    },
    '金属製コンパス、15cm定規、30cm定規、三角定規2枚（45度・60度）、180度分度器、シャープペンシル、替え芯がそろっています。',
  ),
  listing(
    'p03',
    'tsa_luggage_locks',
    'en',
    LOCK_ZH,
    LOCK_SRC,
    {
      translated_description:
        'The Lockeo TSA combination locks come in a set of two, with zinc alloy bodies and a 3-digit code that gives you 1,000 possible combinations. When you check in luggage for a flight abroad, US security staff can open them with their master key for an inspection, so your lock is not cut off. The steel cable is about 20 cm (7.9 in) long, enough for suitcase zips, backpacks and gym lockers. You can reset the code whenever you like, and it takes only about 10 seconds. An inspection window on the lock head turns from green to red once customs has opened it. Each lock weighs just 45 g (1.6 oz), so it adds nothing noticeable to your baggage. Please note: once you have set a new code, save it on your phone; if you forget it, you will need to contact our customer service team.',
      seo_title: 'Lockeo TSA Combination Luggage Locks, Set of Two',
      meta_description:
        'Lockeo TSA luggage locks, set of two: 3-digit code with 1,000 combinations, a flexible steel cable and a window that shows if customs has checked your bag.',
      h1: 'Lockeo – Peace of Mind for Every Checked Bag',
      marketing_copy_a:
        'Two locks, a code you choose yourself and a cable long enough for zips, backpacks and gym lockers: simple security for every trip. Order your pair today.',
      marketing_copy_b:
        'Your suitcase disappears onto the belt, and you don’t give it another thought until the arrivals hall. That is travelling with Lockeo. Discover it now.',
      marketing_copy_c:
        'Holiday special: free luggage tags with every set this month. Shop now before you fly.',
    },
    {
      field: 'meta_description',
      find: 'with 1,000 combinations',
      replace: 'with 10,000 combinations',
      labels: ['number_invented'],
    },
    'Each lock weighs just 45 g (1.6 oz), so it adds nothing noticeable to your baggage.',
  ),
  listing(
    'p03',
    'tsa_luggage_locks',
    'es',
    LOCK_ZH,
    LOCK_SRC,
    {
      translated_description:
        'Los candados TSA Lockeo vienen en un pack de dos, con cuerpo de aleación de zinc y un código de 3 dígitos que ofrece 1000 combinaciones. Cuando facturas la maleta en un vuelo internacional, el personal de seguridad de EE. UU. puede abrirlos con su llave maestra para revisarla sin necesidad de romper el candado. El cable de acero mide unos 20 cm, así que sirve para las cremalleras de la maleta, la mochila o la taquilla del gimnasio. Puedes cambiar el código cuando quieras y solo tardas unos 10 segundos. El candado tiene una ventanita de control que pasa de verde a rojo si la aduana lo ha abierto. Cada uno pesa solo 45 g, así que apenas añade peso a tu equipaje. Importante: cuando pongas un código nuevo, guárdalo en el móvil; si lo olvidas, tendrás que ponerte en contacto con nuestro servicio de atención al cliente.',
      seo_title: 'Candados TSA Lockeo con combinación, pack de dos',
      meta_description:
        'Pack de dos candados TSA Lockeo: código de 3 dígitos con 1000 combinaciones, cable de acero flexible y ventanita que avisa si la aduana ha abierto tu maleta.',
      h1: 'Lockeo, viaja sin pensar en tu maleta',
      marketing_copy_a:
        'Dos candados, un código que eliges tú y un cable que llega a cremalleras, mochilas y taquillas: seguridad sencilla para cada viaje. Compra ya tu pack Lockeo.',
      marketing_copy_b:
        'Ves tu maleta desaparecer por la cinta y no vuelves a acordarte de ella hasta la llegada. Así se viaja con Lockeo. Descúbrelo.',
      marketing_copy_c:
        'Solo este mes, etiquetas de equipaje de regalo con cada pack. Pídelo antes de tu próxima escapada.',
    },
    {
      field: 'translated_description',
      find: 'pesa solo 45 g',
      replace: 'pesa solo 40 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Puedes cambiar el código cuando quieras y solo tardas unos 10 segundos.',
  ),
  listing(
    'p04',
    'wooden_advent_calendars',
    'de',
    ADVENT_ZH,
    ADVENT_SRC,
    {
      translated_description:
        'Der Holz-Adventskalender Noelia hat die Form eines kleinen Hauses: 42 cm hoch, 30 cm breit und mit 24 kleinen Schubladen von je etwa 5 × 5 × 4 cm. Darin finden Schokolade, kleines Spielzeug oder ein Zettelchen für Ihr Kind Platz. Die Schubladen sind vorne mit den Zahlen 1 bis 24 bedruckt; jeden Tag zieht Ihr Kind die passende auf und zählt so die Tage bis Weihnachten. Im Dach steckt eine warmweiße LED-Lichterkette, die mit 3 AA-Batterien läuft und per Timer 6 Stunden lang leuchtet. Der Kalender ist ganz aus Kiefernholz, alle Kanten sind rund geschliffen. Nach den Feiertagen verstauen Sie ihn einfach, im nächsten Advent ist er wieder dabei. Unser Tipp: Ziehen Sie vor dem Befüllen jede Schublade ein paar Mal auf und zu, dann gleiten sie danach leichter.',
      seo_title: 'Noelia Adventskalender aus Holz, 24 Schubladen',
      meta_description:
        'Holz-Adventskalender Noelia in Hausform mit 24 Schubladen zum Befüllen, warmweißer LED-Beleuchtung mit Timer und rund geschliffenen Kanten aus Kiefer.',
      h1: 'Noelia – jeden Morgen eine kleine Schublade Vorfreude',
      marketing_copy_a:
        'Einmal kaufen, jedes Jahr neu befüllen: Das Holzhaus ersetzt Advent für Advent den Pappkalender aus dem Supermarkt. Jetzt bestellen.',
      marketing_copy_b:
        'Morgens im Schlafanzug vor dem kleinen Haus, die Hand schon am Griff – diese Vorfreude vergisst Ihr Kind nie. Entdecken Sie Noelia.',
      marketing_copy_c:
        'Frühbucher-Aktion: Bis Ende Oktober gibt es eine Rolle Geschenkband gratis dazu. Sichern Sie sich Ihren Kalender jetzt.',
    },
    {
      field: 'translated_description',
      find: '42 cm hoch',
      replace: '48 cm hoch',
      labels: ['number_dropped', 'number_invented'],
    },
    'Im Dach steckt eine warmweiße LED-Lichterkette, die mit 3 AA-Batterien läuft und per Timer 6 Stunden lang leuchtet.',
  ),
  listing(
    'p04',
    'wooden_advent_calendars',
    'fr',
    ADVENT_ZH,
    ADVENT_SRC,
    {
      translated_description:
        'Le calendrier de l’Avent en bois Noelia a la forme d’une petite maison : 42 cm de haut, 30 cm de large et 24 petits tiroirs d’environ 5 × 5 × 4 cm chacun, où glisser des chocolats, de petits jouets ou un mot doux pour votre enfant. Les tiroirs portent les chiffres de 1 à 24, et chaque matin votre enfant ouvre celui du jour en comptant les jours jusqu’à Noël. Le toit abrite une guirlande LED blanc chaud qui fonctionne avec 3 piles AA et reste allumée 6 heures grâce à sa minuterie. L’ensemble est en pin, avec des angles soigneusement arrondis. Après les fêtes, rangez-le : il resservira l’an prochain. Notre conseil : avant de le remplir, ouvrez et refermez chaque tiroir plusieurs fois, ils coulisseront mieux ensuite.',
      seo_title: 'Calendrier de l’Avent en bois Noelia, 24 tiroirs',
      meta_description:
        'Calendrier de l’Avent Noelia en pin, en forme de maison : 24 tiroirs à remplir, guirlande LED blanc chaud à minuterie et angles arrondis.',
      h1: 'Noelia, l’Avent dans une petite maison de bois',
      marketing_copy_a:
        'Une maison en pin que l’on remplit à nouveau chaque année, à la place des calendriers en carton jetés après les fêtes. Commandez votre Noelia.',
      marketing_copy_b:
        'Le matin, en pyjama devant la petite maison, la main déjà sur la poignée : ce frisson d’impatience, votre enfant s’en souviendra longtemps. Découvrez Noelia.',
      marketing_copy_c:
        'Offre avant-première : un rouleau de ruban cadeau offert jusqu’à fin octobre. Profitez-en dès maintenant !',
    },
    {
      field: 'translated_description',
      find: 'reste allumée 6 heures',
      replace: 'reste allumée 8 heures',
      labels: ['number_dropped', 'number_invented'],
    },
    'Le calendrier de l’Avent en bois Noelia a la forme d’une petite maison : 42 cm de haut, 30 cm de large et 24 petits tiroirs d’environ 5 × 5 × 4 cm chacun, où glisser des chocolats, de petits jouets ou un mot doux pour votre enfant.',
  ),
  listing(
    'p05',
    'garden_gnome_statues',
    'en',
    GNOME_ZH,
    GNOME_SRC,
    {
      translated_description:
        'The Gnomio garden gnome is hand-painted resin, stands 28 cm (11 in) tall and weighs about 1.1 kg (2.4 lb), so he is easy to spot on a lawn or beside a flower bed. In his hand he carries a solar lantern that charges by day and switches itself on at dusk, shining for about 8 hours. The solar panel sits on top of his hat, so please place him where he gets at least 4 hours of sunshine a day. A UV-resistant varnish protects the paint from wind and sun, so the colours do not fade easily. The base is weighted, so a gust will not knock him over. Our long-standing customer Mrs Wang says: “Whenever my grandson comes round, he says hello to the gnome before anything else.” When temperatures drop below -5 °C (23 °F) in winter, we recommend bringing him indoors.',
      seo_title: 'Gnomio Solar Garden Gnome with Lantern, 28 cm',
      meta_description:
        'Hand-painted resin garden gnome with a solar lantern that lights up at dusk for about 8 hours, UV-resistant varnish and a weighted base. Gnomio, 28 cm tall.',
      h1: 'Gnomio – A Little Lantern-Bearer for Your Garden',
      marketing_copy_a:
        'Hand-painted detail, a lantern that needs no wiring and a base that stays put in the wind: garden charm with zero upkeep. Order your Gnomio today.',
      marketing_copy_b:
        'Dusk falls, the lantern flickers on, and suddenly the garden has its own tiny night watchman. The grandchildren will go looking for him. Discover Gnomio.',
      marketing_copy_c:
        'Spring garden week: free delivery on every Gnomio. Grab yours before he wanders off to someone else’s lawn.',
    },
    { field: 'seo_title', find: '28 cm', replace: '32 cm', labels: ['number_invented'] },
    'The solar panel sits on top of his hat, so please place him where he gets at least 4 hours of sunshine a day.',
  ),
  listing(
    'p05',
    'garden_gnome_statues',
    'de',
    GNOME_ZH,
    GNOME_SRC,
    {
      translated_description:
        'Der Gartenzwerg Gnomio ist aus Kunstharz und von Hand bemalt, 28 cm groß und rund 1,1 kg schwer – auf dem Rasen oder am Beetrand fällt er sofort ins Auge. In der Hand trägt er eine Solarlaterne, die tagsüber lädt, bei Einbruch der Dunkelheit von selbst angeht und rund 8 Stunden leuchtet. Das Solarmodul sitzt oben auf seiner Mütze; stellen Sie ihn deshalb bitte an einen Platz, an dem er täglich mindestens 4 Stunden Sonne bekommt. Ein UV-beständiger Klarlack schützt die Farben vor Wind und Sonne, sodass sie nicht so schnell verblassen. Der Sockel ist beschwert, damit ihn keine Böe umwirft. Unsere Stammkundin Frau Wang erzählt: „Jedes Mal, wenn mein Enkel kommt, begrüßt er zuerst den Zwerg.“ Sinken die Temperaturen im Winter unter minus 5 °C, holen Sie ihn am besten ins Haus.',
      seo_title: 'Gnomio Gartenzwerg mit Solarlaterne, 28 cm, handbemalt',
      meta_description:
        'Handbemalter Gartenzwerg Gnomio aus Kunstharz mit Solarlaterne: leuchtet ab der Dämmerung rund 8 Stunden, UV-fester Lack und beschwerter Sockel.',
      h1: 'Gnomio – ein kleiner Laternenträger für Ihr Beet',
      marketing_copy_a:
        'Liebevoll bemalte Details, eine Laterne ganz ohne Kabel und ein Sockel, der auch bei Wind stehen bleibt: Gartendeko, die keine Pflege braucht. Jetzt bestellen.',
      marketing_copy_b:
        'Es dämmert, die Laterne geht an, und plötzlich hat Ihr Garten einen kleinen Nachtwächter. Die Enkel werden ihn suchen. Entdecken Sie Gnomio.',
      marketing_copy_c:
        'Gartenwoche: versandkostenfrei auf jeden Gnomio. Sichern Sie sich Ihren Zwerg, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'rund 1,1 kg schwer',
      replace: 'rund 1,5 kg schwer',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Solarmodul sitzt oben auf seiner Mütze; stellen Sie ihn deshalb bitte an einen Platz, an dem er täglich mindestens 4 Stunden Sonne bekommt.',
  ),
  listing(
    'p06',
    'ergonomic_school_backpacks',
    'ja',
    BACKPACK_ZH,
    BACKPACK_SRC,
    {
      translated_description:
        'Scoloの背中にやさしい軽量スクールリュックは、小学1〜6年生のために設計しました。容量は20L、本体重量はわずか850gです。背面にはS字型の通気性クッションを採用し、お子さまの背骨のカーブにフィットします。肩ベルトは幅6cmで、長さは3段階に調節できます。メイン収納にはA4サイズのファイルが入り、サイドポケットには500mlの水筒を収納できます。生地は撥水加工なので、雨の日も教科書がぬれません。反射テープは夜間200m先からでも見えるので、下校時も安心です。私たちのデザイナーも2人の子どもを育てるママ。「カバンが少しでも軽ければ、子どもはもっと楽に歩けるんです」と話しています。',
      seo_title: 'Scolo 軽量スクールリュック 20L 小学1〜6年生',
      meta_description:
        '小学1〜6年生向け、容量20L・本体850gの軽量スクールリュック。背骨に沿う背面クッションと撥水生地で毎日の通学を快適に。',
      h1: 'Scolo 毎日の通学を、もっと軽やかに',
      marketing_copy_a:
        '軽いのにたっぷり入る20L。A4ファイルも水筒もすっきり収まり、6年間しっかり使えます。今すぐ購入。',
      marketing_copy_b:
        '朝、玄関で「いってきます」と駆け出す背中が、いつもより軽やかに見えます。ぜひチェックしてください。',
      marketing_copy_c: '入学準備キャンペーン中、お名前タグをプレゼント。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '本体850g', replace: '本体800g', labels: ['number_invented'] },
    '反射テープは夜間200m先からでも見えるので、下校時も安心です。',
  ),
  listing(
    'p06',
    'ergonomic_school_backpacks',
    'es',
    BACKPACK_ZH,
    BACKPACK_SRC,
    {
      translated_description:
        'La mochila escolar Scolo, pensada para cuidar la espalda y aligerar la carga, está diseñada para alumnos de 1.º a 6.º de primaria. Tiene 20 litros de capacidad y, vacía, pesa solo 850 g. El respaldo de espuma transpirable en forma de S se adapta a la curva de la columna del niño, y las correas, de 6 cm de ancho, se regulan en tres posiciones. En el compartimento principal cabe una carpeta A4 y en el bolsillo lateral, una botella de 500 ml. El tejido repele el agua, así que los libros no se mojan los días de lluvia. Las tiras reflectantes se ven de noche a 200 metros, para que la vuelta a casa sea más tranquila. Nuestra diseñadora también es madre de dos niños y lo tiene claro: «Cuanto menos pese la mochila, más a gusto caminan los niños».',
      seo_title: 'Mochila escolar ergonómica Scolo, 20 litros, primaria',
      meta_description:
        'Mochila escolar Scolo para primaria: 20 litros, solo 850 g vacía, respaldo transpirable que cuida la espalda, tejido que repele el agua y tiras reflectantes.',
      h1: 'Scolo, la vuelta al cole más ligera',
      marketing_copy_a:
        'Ligera, amplia y preparada para toda la primaria: una sola mochila que acompaña a tu hijo curso tras curso. Compra tu Scolo hoy.',
      marketing_copy_b:
        'Sale corriendo por la puerta sin quejarse del peso de los libros, y da gusto verle marchar. Descubre Scolo.',
      marketing_copy_c:
        'Vuelta al cole: etiqueta con nombre de regalo con cada mochila. Hazte con la tuya antes de septiembre.',
    },
    {
      field: 'translated_description',
      find: 'Tiene 20 litros',
      replace: 'Tiene 22 litros',
      labels: ['number_dropped', 'number_invented'],
    },
    'En el compartimento principal cabe una carpeta A4 y en el bolsillo lateral, una botella de 500 ml.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (wind spinner) takes styles 0-2, listing 2 (luggage locks) 3-5, listing 3 (garden gnome) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  // reasoning about a word choice, tacked onto the first sentence
  (c) => ({
    translated_description: c.translated_description.replace(
      'so sun and rain will not fade it.',
      'so sun and rain will not fade it – I went with “wind spinner” rather than “windmill” because that is the term garden shoppers actually search for.',
    ),
  }),
  // a status word
  (c) => ({ seo_title: `${c.seo_title} (approved)` }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Is the patio scene all right, or would you rather keep it neutral for the autumn campaign?',
    ),
  }),
  // a hedge about what the source says
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '(The source only mentions US officers, so I have not claimed that other countries can open these locks.)',
    ),
  }),
  // a bracketed remark about length
  (c) => ({ h1: `${c.h1} (trimmed to keep it short)` }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Or, if you want something snappier: “Lock it, check it, forget it.”`,
  }),
  // an unfilled placeholder
  (c) => ({ meta_description: c.meta_description.replace('a weighted base', '[KEY FEATURE]') }),
  // a first-person edit report
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} I shortened this from the longer draft and put the lantern first, as you asked.`,
  }),
  // a pointer to another part of the answer
  (c) => ({
    translated_description: `${c.translated_description}\n\nYou will find a shorter version of this paragraph in the meta description further down.`,
  }),
];

// de: listing 1 (geometry set) takes styles 0-2, listing 2 (advent calendar) 3-5, listing 3 (garden gnome) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  // a bracketed remark about a word choice
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(„Zeichendreieck“ statt „Geodreieck“, weil im Set kein Dreieck mit eingebautem Winkelmesser liegt.)',
    ),
  }),
  // a note to a colleague
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} @Lena: Bitte noch klären, ob die Schulstart-Aktion auch für Österreich gilt.`,
  }),
  // a status word
  (c) => ({ meta_description: `[ENTWURF] ${c.meta_description}` }),
  // a first-person edit report
  (c) => ({
    translated_description: `${c.translated_description}\n\nIch habe die Maße ins deutsche Format gebracht und den Satz zum Aufbewahren etwas gekürzt.`,
  }),
  // an unfilled placeholder
  (c) => ({ seo_title: `${c.seo_title} | [Shopname]` }),
  // reasoning about a word choice, tacked onto a sentence
  (c) => ({
    marketing_copy_b: c.marketing_copy_b.replace(
      'diese Vorfreude vergisst Ihr Kind nie.',
      'diese Vorfreude vergisst Ihr Kind nie; „Vorfreude“ habe ich genommen, weil das wörtliche „Erwartung“ hier zu nüchtern klingt.',
    ),
  }),
  // an alternative wording offered
  (c) => ({ h1: `${c.h1} (alternativ: „Der Wächter mit Licht für Ihren Garten“)` }),
  // a question to the requester in passing
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      5,
      'Soll das Zitat von Frau Wang drinbleiben, oder wirkt es auf Deutsch zu privat?',
    ),
  }),
  // a pointer to another part of the answer
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Eine Variante mit Rabatthinweis steht weiter unten bei Text C.)`,
  }),
];

// ja: listing 1 (geometry set) takes styles 0-2, listing 2 (school backpack) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  // reasoning about a word choice, tacked onto a term
  (c) => ({
    translated_description: c.translated_description.replace(
      'シャープペンシル、',
      'シャープペンシル（原文の「自動鉛筆」は日本では通じにくいため、この訳語にしました）、',
    ),
  }),
  // a status word
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}（最終稿）` }),
  // a question to the requester in passing
  (c) => ({ h1: `${c.h1}（見出しはもう少し短いほうがよろしいでしょうか？）` }),
  // a hedge about what the source leaves unclear
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      7,
      'なお、原文には反射テープの色が書かれていないため、訳文でも触れていません。',
    ),
  }),
  // a first-person edit report
  (c) => ({ meta_description: `${c.meta_description}（文字数に合わせて少し短くしました）` }),
  // a note to a colleague
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n田中さん、デザイナーさんの発言を広告にも使ってよいか、念のため確認をお願いします。`,
  }),
];

// es: listing 1 (luggage locks) takes styles 0-2, listing 2 (school backpack) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  // an unfilled placeholder
  (c) => ({ meta_description: c.meta_description.replace('Lockeo', '{{marca}}') }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Otra opción para el cierre: «Hazte con el tuyo y olvídate de la maleta».)`,
  }),
  // a pointer to another part of the answer
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'La versión resumida de este párrafo la tienes más abajo, en la meta descripción.',
    ),
  }),
  // reasoning about why a term stays as it is
  (c) => ({
    translated_description: c.translated_description.replace(
      'de primaria.',
      'de primaria; dejo «Scolo» tal cual porque es el nombre de la marca y no conviene traducirlo.',
    ),
  }),
  // a bracketed remark about tone
  (c) => ({ h1: `${c.h1} (versión con un tono más cercano)` }),
  // a first-person edit report
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} — He quitado el descuento que había puesto antes, porque no aparece en el original.`,
  }),
];

// fr: listing 1 (wind spinner) takes styles 0-2, listing 2 (advent calendar) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  // a hedge about what the source leaves unclear
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      4,
      '(Le texte source ne précise pas la matière du piquet ; je n’ai donc rien indiqué à ce sujet.)',
    ),
  }),
  // a status word
  (c) => ({ h1: `${c.h1} [VALIDÉ]` }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Faut-il préciser ici la date de fin de l’offre, ou la laissez-vous sur la page promo ?`,
  }),
  // a bracketed remark about length
  (c) => ({ meta_description: `${c.meta_description} (à raccourcir ?)` }),
  // a note to a colleague
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nCamille, peux-tu confirmer qu’on garde « pin » et pas « sapin » sur toute la fiche ?`,
  }),
  // reasoning about a word choice, tacked onto a sentence
  (c) => ({
    translated_description: c.translated_description.replace(
      'un mot doux pour votre enfant.',
      'un mot doux pour votre enfant – j’ai préféré « mot doux » à « petit papier », plus proche du texte source mais moins chaleureux.',
    ),
  }),
];

export const ROUND_100_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap wind spinners rust through after a wet winter.',
      'Knockoff luggage locks often cannot be opened by airport security.',
      'A fake solar lantern barely glows for an hour.',
      'Imitation garden gnomes lose their colour by the end of summer.',
    ],
    slogans: ['Let the wind do the decorating.', 'Little guardian, big garden.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Garden Decor, Gift Idea, Best Seller, Top Rated, Free Delivery',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Zirkel verstellen sich schon nach wenigen Kreisen.',
      'Eine Fälschung erkennt man an der dünnen Lackschicht.',
      'Nachahmungen aus Sperrholz verziehen sich schon nach kurzer Zeit.',
      'Imitate vom Wühltisch haben meist keine Feststellschraube.',
    ],
    slogans: ['Geometrie mit Köpfchen.', 'Vorfreude, die man anfassen kann.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz und gut: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Top-Angebot, Versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のコンパスはすぐに脚がぐらつきます。',
      'コピー品のリュックは縫い目がほつれやすいです。',
      '偽物の三角定規は目盛りがずれていることがあります。',
      '模倣品の反射テープは夜道でほとんど光りません。',
    ],
    slogans: ['きれいな線は、いい道具から。', '軽い背中で、元気に登校。'],
    chineseLeftovers: [
      '这个套装的尺子很清楚，考试的时候用着很方便。',
      '这款书包很轻，孩子们背着上学不会累。',
    ],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 おすすめ 新作 ギフト 送料無料 即日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los candados baratos se abren con cualquier clip.',
      'Una imitación de mochila no cuida la espalda de tu hijo.',
      'Las falsificaciones no pasan los controles del aeropuerto.',
      'Una réplica de candado TSA puede acabar cortada en la aduana.',
    ],
    slogans: ['Viaja ligero, viaja tranquilo.', 'Menos peso, más recreo.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Regalo, novedad, más vendido, envío gratis, oferta especial',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un moulin à vent pas cher rouille dès l’arrivée de l’hiver.',
      'Les contrefaçons de calendriers sentent souvent la colle.',
      'Méfiez-vous des fausses promotions sur les décorations de Noël.',
      'Aucune réplique ne tourne aussi bien à la moindre brise.',
    ],
    slogans: ['Le vent, en couleurs.', 'Un tiroir par jour, la magie toute l’année.'],
    chineseLeftovers: [],
    duplicateLead: 'En deux mots : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
