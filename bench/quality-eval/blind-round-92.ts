// Blind set, round 92 (written without reading the gate, committed before it is scored): six kitchen, household,
// pet, children's and car products in the categories electric_coffee_grinders, retractable_clothes_lines,
// pet_stairs, electric_crepe_makers, magnetic_building_tiles and steering_wheel_locks, 12 hand-written listings,
// three artifact styles per listing and wording of its own. Artifact style of this round: chatter that blends into
// the copy, as a reviewer meets it in real model output, every wording new to this round: the model's reasoning
// tacked onto a sentence (why "cold brew" stays in English, why "Jianbing" is left as it is, why the cover is not
// called "desenfundable"), a question to the requester in passing (whether the dog should stay a "he", whether the
// shop says "Magnetbausteine", whether "cold brew" should become "infusion à froid", whether the sheets image works),
// a bracketed remark about a word choice, the tone or the length (the app tile budget, a deliberately childlike
// tone, 「物干しロープ」 versus 「洗濯ロープ」, a copy kept short for the phone card), a hedge about what the source
// says (whether the load is per step, whether the temperature range covers the line itself, how the cutter test was
// done, at what room temperature the preheating time holds), a first-person edit report (a softened claim, an added
// birthday party, "escalón" replaced by "peldaño", an added Chandeleur), a note to a colleague by name (Oskar,
// Wiebke, Nerea, Maëlle), a status word (awaiting legal, zur Freigabe, 〔要チェック〕, à trancher), an unfilled
// placeholder ([insert freebie here], [Name des Geschenks], 【特典名を入力】, [CADEAU À PRÉCISER]), an alternative
// wording offered (another closing line in German and in Spanish), and a pointer to another part of the answer (a
// FAQ block after the copies, the balcony and bathroom variants under a 「書き分け例」 heading, a WhatsApp version
// under the size table); no digits in artifacts that land in the description, title or meta. The clean listings
// keep a natural shop voice that uses words also seen in chatter ("Tip:", "Hinweis:", "Bitte beachten:", "Astuce :",
// "Attention :", "ご注意：", a customer's question and the shop's answer).
// Sources are in ordinary Chinese shop style (约, 以上, ranges with 到, Chinese counts such as 三层, 五档, 三颗, 双 for
// "double-strand"). Legitimate numbers and number words:
// Kaffo 40档 (40 grind settings, 40 réglages), 约200克 (about 200 g (7 oz), environ 200 g), 30秒 (30 seconds,
// 30 secondes), 150瓦 (150 W); 几秒 (a few seconds, quelques secondes: not a number);
// Linea 4米 (4 m), 双股 (doppelt geflochten; not a number), 15公斤 (15 kg), 三颗 (drei Schrauben, ネジ3本), 零下20℃到
// 60℃ (−20 °C bis 60 °C, −20℃〜60℃); idioms 一家人 (die ganze Familie, 家族みんな), 按一下 (ein Druck, 押せば);
// Hoppa 三层 (three steps, tres peldaños, 3 in the title), 40厘米 (40 cm (15.7 in)), 约13厘米 (about 13 cm (5.1 in),
// unos 13 cm), 50公斤 (50 kg (110 lb)), 约1.2公斤 (about 1.2 kg (2.6 lb), aproximadamente 1,2 kg); 几颗 (a few, unas:
// not a number); idiom "de una habitación a otra";
// Sola 30厘米 (30 cm, 30-cm-Platte), 1000瓦 (1000 W, 1 000 W), 约3分钟 (etwa 3 Minuten, 3 minutes environ), 五档 (fünf
// Stufen, cinq positions); 煎饼果子 (Jianbing, jianbing);
// Magix 100片 (100 pieces, 100 Teile), 三角形 / 六边形 (triangles, hexagons, Dreiecke, Sechsecke: not numbers), 60个
// (60 designs, 60 Bauideen), 3岁以上 (aged 3 and over, ab 3 Jahren), EN71 (71); idioms 一套, 一拼, 一圈, 一起 (not
// numbers);
// Lockra T型 (T字型, en T: not a number), 约2.3公斤 (約2.3kg, unos 2,3 kg), C级 (Cクラス, clase C: not a number), 3把
// (3本, 3 llaves), 50到68厘米 (50〜68cm, entre 50 y 68 cm); idioms 一层, 一眼 (ひと目, de un vistazo).
// Number edits: Kaffo en title 40 → 48 settings (invented), fr 200 → 250 g (dropped + invented); Linea de 15 → 18 kg
// (dropped + invented), ja meta 4m → 5m (invented); Hoppa en meta 50 → 60 kg (invented), es 50 → 60 kg (dropped +
// invented); Sola de title 30 → 32 cm (invented), fr 1 000 → 1 200 W (dropped + invented); Magix en 60 → 80 designs
// (dropped + invented), de meta 100 → 120 Teile (invented); Lockra ja 2.3 → 2.8 kg (dropped + invented), es title
// 68 → 72 cm (invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const GRINDER_ZH = 'Kaffo 电动咖啡磨豆机 不锈钢锥刀 40档研磨';
const GRINDER_SRC =
  'Kaffo 电动磨豆机采用不锈钢锥形刀盘，低速研磨，磨的时候豆子不容易发热，咖啡的香气保留得更好。研磨粗细有40档可调，从意式浓缩到法压壶、冷萃都能满足。豆仓可装约200克咖啡豆，定时旋钮最长可设30秒，到时间自动停止。电机功率150瓦，运行声音比普通刀片式磨豆机小很多。粉仓带防静电设计，倒粉时不飞粉。小贴士：每次换豆子前，空磨几秒把残粉清出来，风味更纯正。';
const LINE_ZH = 'Linea 伸缩晾衣绳 隐形壁挂式 最长4米';
const LINE_SRC =
  'Linea 伸缩晾衣绳平时收在巴掌大的盒子里，用的时候拉出来挂到对面的挂钩上就行，最长可拉到4米。绳子是双股涤纶编织绳，最大承重15公斤，一家人的床单、被罩都能晾。盒子用三颗螺丝固定在墙上，附赠安装配件。不用时按一下按钮，绳子自动收回，阳台、浴室、小院子都能装。外壳采用ABS材料，耐晒不变形，适用温度零下20℃到60℃。温馨提示：拉出绳子后请拧紧旋钮，晾重物时绳子就不会往下坠。';
const STAIRS_ZH = 'Hoppa 宠物楼梯 三层 高密度海绵 外套可拆洗';
const STAIRS_SRC =
  'Hoppa 宠物楼梯共三层，总高40厘米，每层台阶高约13厘米，老年犬、小短腿和刚做完手术的猫狗上下床、沙发都轻松。内部是高密度海绵，承重可达50公斤，踩上去不塌陷。外套是短毛绒面料，拉链设计，可以拆下来放进洗衣机清洗。底部有防滑颗粒，放在木地板上也不会乱跑。整个楼梯重约1.2公斤，搬来搬去很方便。有顾客问：猫咪不敢上怎么办？可以先在台阶上放几颗零食，引导它慢慢习惯。';
const CREPE_ZH = 'Sola 电动可丽饼机 30厘米不粘烤盘 五档控温';
const CREPE_SRC =
  'Sola 可丽饼机配有直径30厘米的不粘烤盘，在家就能摊出和街边小摊一样薄的饼皮。功率1000瓦，预热约3分钟。温度有五档可调，指示灯亮起表示已经到温。套装附带木质推耙和铲子，面糊倒上去用推耙摊开就成形。除了可丽饼，还能做煎饼果子、春卷皮和薄松饼。烤盘表面有不粘涂层，用湿布擦擦就干净。使用注意：烤盘很烫，请用附带的铲子翻饼，不要用金属工具刮涂层。';
const TILES_ZH = 'Magix 磁力片积木 100片装 彩窗透光';
const TILES_SRC =
  'Magix 磁力片积木一套100片，有正方形、三角形、六边形等多种形状，每片都带强磁，随便一拼就能吸住。每片边缘都包了一圈ABS外壳，磁铁封在里面，超声波焊接，孩子啃咬也不会脱落。彩色透光片对着阳光，能在地上映出彩色的影子。附赠收纳箱和图纸手册，里面有60个造型可以照着拼。适合3岁以上的孩子，已通过EN71玩具安全认证。小朋友拼累了，还能和爸爸妈妈一起比赛谁搭的塔更高。';
const LOCK_ZH = 'Lockra 汽车方向盘锁 T型防盗 合金钢';
const LOCK_SRC =
  'Lockra 方向盘锁采用T型结构，锁住后方向盘只能转动很小的角度，小偷没法把车开走。锁身是加厚合金钢，重约2.3公斤，能扛住液压剪的剪切。锁芯是C级叶片锁芯，配3把钥匙，每把钥匙号都不同，不能互开。钩子长度可在50到68厘米之间调节，适合大部分轿车和SUV的方向盘。外面包了一层软胶，不会刮伤方向盘和中控台。锁身是醒目的黄色，小偷在车外一眼就能看到。附赠收纳袋，不用时放进后备箱即可。';

export const ROUND_92_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'electric_coffee_grinders',
    'en',
    GRINDER_ZH,
    GRINDER_SRC,
    {
      translated_description:
        'The Kaffo electric coffee grinder uses stainless-steel conical burrs that turn at low speed, so the beans stay cool while they are ground and more of the coffee’s aroma ends up in your cup. With 40 grind settings, it covers everything from espresso to French press and cold brew. The bean hopper holds about 200 g (7 oz), and the timer dial goes up to 30 seconds, stopping the grinder automatically when the time is up. The 150 W motor runs far more quietly than an ordinary blade grinder. Thanks to the anti-static grounds container, no coffee dust flies about when you tip it out. Tip: before switching to a new bean, run the grinder empty for a few seconds to clear out the old grounds, and the flavour comes through cleaner.',
      seo_title: 'Kaffo Conical Burr Coffee Grinder, 40 Grind Settings',
      meta_description:
        'Kaffo electric burr grinder with 40 grind settings from espresso to cold brew, a 200 g bean hopper, a timer of up to 30 seconds and no flying grounds.',
      h1: 'Kaffo – Freshly Ground, Just the Way You Brew',
      marketing_copy_a:
        'Café-quality grounds for every brewer in the house, from the espresso machine to the French press, with a single dial and no guesswork. Order your Kaffo today.',
      marketing_copy_b:
        'The morning starts with the soft hum of the burrs, and a moment later the smell of fresh coffee drifts through the kitchen. Discover Kaffo.',
      marketing_copy_c:
        'Launch offer: a free cleaning brush and measuring scoop with every Kaffo this month. Shop now while stocks last.',
    },
    {
      field: 'seo_title',
      find: '40 Grind Settings',
      replace: '48 Grind Settings',
      labels: ['number_invented'],
    },
    'The 150 W motor runs far more quietly than an ordinary blade grinder.',
  ),
  listing(
    'p01',
    'electric_coffee_grinders',
    'fr',
    GRINDER_ZH,
    GRINDER_SRC,
    {
      translated_description:
        'Le moulin à café électrique Kaffo est équipé de meules coniques en acier inoxydable qui tournent lentement : les grains chauffent peu pendant la mouture et le café garde mieux ses arômes. Ses 40 réglages de finesse couvrent tous les usages, de l’espresso à la cafetière à piston en passant par le cold brew. Le réservoir accueille environ 200 g de grains et le minuteur se règle jusqu’à 30 secondes, après quoi le moulin s’arrête tout seul. Son moteur de 150 W est bien plus silencieux qu’un moulin à lames classique. Le bac à mouture antistatique évite que la poudre ne s’envole quand vous la versez. Astuce : avant de changer de café, faites tourner le moulin à vide quelques secondes pour chasser les restes de mouture ; le goût n’en sera que plus net.',
      seo_title: 'Moulin à café électrique Kaffo, 40 réglages de mouture',
      meta_description:
        'Moulin à café Kaffo à meules coniques : 40 réglages de l’espresso au cold brew, réservoir de 200 g, minuteur jusqu’à 30 secondes, mouture sans poussière.',
      h1: 'Kaffo, la mouture juste pour chaque café',
      marketing_copy_a:
        'Un seul moulin pour l’espresso du matin, la cafetière du dimanche et le cold brew de l’été : tout se règle d’un tour de molette. Commandez votre Kaffo dès aujourd’hui.',
      marketing_copy_b:
        'Le ronronnement discret des meules, puis cette odeur de café frais qui envahit la cuisine : la journée commence vraiment là. Découvrez Kaffo.',
      marketing_copy_c:
        'Offre de lancement : une brosse de nettoyage et une cuillère doseuse offertes avec chaque Kaffo ce mois-ci. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'environ 200 g de grains',
      replace: 'environ 250 g de grains',
      labels: ['number_dropped', 'number_invented'],
    },
    'Son moteur de 150 W est bien plus silencieux qu’un moulin à lames classique.',
  ),
  listing(
    'p02',
    'retractable_clothes_lines',
    'de',
    LINE_ZH,
    LINE_SRC,
    {
      translated_description:
        'Die ausziehbare Wäscheleine Linea verschwindet im Alltag in einem handtellergroßen Gehäuse: Zum Aufhängen ziehen Sie sie einfach heraus und hängen sie am gegenüberliegenden Haken ein – bis zu 4 m weit. Die Leine ist doppelt geflochten, besteht aus Polyester und trägt bis zu 15 kg, genug für Bettlaken und Bezüge der ganzen Familie. Das Gehäuse wird mit drei Schrauben an der Wand befestigt; das Montagezubehör liegt bei. Brauchen Sie die Leine nicht, genügt ein Druck auf die Taste, und sie rollt sich von selbst wieder ein – ideal für Balkon, Bad oder einen kleinen Hof. Die Hülle aus ABS ist sonnenfest, verzieht sich nicht und hält Temperaturen von −20 °C bis 60 °C stand. Hinweis: Ziehen Sie nach dem Ausziehen den Drehknopf fest, dann hängt die Leine auch unter schwerer Wäsche nicht durch.',
      seo_title: 'Linea ausziehbare Wäscheleine, bis 4 m, trägt 15 kg',
      meta_description:
        'Ausziehbare Wäscheleine Linea: bis zu 4 m lang, trägt 15 kg, rollt sich per Knopfdruck selbst ein und passt an Balkon, Bad oder Hof. Mit Montagezubehör.',
      h1: 'Linea – aufhängen, abnehmen, Leine verschwinden lassen',
      marketing_copy_a:
        'Eine Leine, die nur da ist, wenn Sie sie brauchen: kein Wäscheständer im Weg, kein Schnurgewirr auf dem Balkon. Jetzt bestellen.',
      marketing_copy_b:
        'Frisch gewaschene Laken flattern im Wind, und danach gehört der Balkon wieder ganz Ihnen. So leicht kann Ordnung sein. Entdecken Sie Linea.',
      marketing_copy_c:
        'Nur diese Woche: ein Set Wäscheklammern aus Holz gratis zu jeder Linea. Sichern Sie sich Ihre Leine jetzt.',
    },
    {
      field: 'translated_description',
      find: 'trägt bis zu 15 kg',
      replace: 'trägt bis zu 18 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Gehäuse wird mit drei Schrauben an der Wand befestigt; das Montagezubehör liegt bei.',
  ),
  listing(
    'p02',
    'retractable_clothes_lines',
    'ja',
    LINE_ZH,
    LINE_SRC,
    {
      translated_description:
        'Lineaの伸縮式物干しロープは、ふだんは手のひらサイズのケースに収まっています。使うときは引き出して、向かい側のフックに掛けるだけ。最長4mまで伸ばせます。ロープは丈夫なポリエステルの編みロープで、耐荷重は15kg。家族みんなのシーツや布団カバーもまとめて干せます。ケースはネジ3本で壁に固定し、取り付け用の部品も付属しています。使わないときはボタンを押せば、ロープが自動で巻き取られます。ベランダ、浴室、小さな庭など、さまざまな場所に取り付けられます。外装はABS樹脂で、日差しに強く変形しにくく、使用温度は−20℃〜60℃です。ご注意：ロープを引き出したら、ノブをしっかり締めてください。重い洗濯物を干してもロープがたるみません。',
      seo_title: 'Linea 伸縮式物干しロープ 最長4m 耐荷重15kg',
      meta_description:
        '最長4mまで伸ばせて耐荷重15kg。使わないときはボタンを押すだけで自動で巻き取れる、ベランダや浴室にぴったりの壁付け物干しロープです。',
      h1: 'Linea 干すときだけ現れる物干しロープ',
      marketing_copy_a:
        'ケースは手のひらサイズ。物干しスタンドを置くスペースがなくても、洗濯物をたっぷり干せます。今すぐ購入。',
      marketing_copy_b:
        '晴れた日の朝、風に揺れる真っ白なシーツ。干し終わったら、ベランダはすっきり元どおりです。ぜひチェックしてください。',
      marketing_copy_c: '今なら木製の洗濯ばさみセットをプレゼント。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '最長4m', replace: '最長5m', labels: ['number_invented'] },
    'ケースはネジ3本で壁に固定し、取り付け用の部品も付属しています。',
  ),
  listing(
    'p03',
    'pet_stairs',
    'en',
    STAIRS_ZH,
    STAIRS_SRC,
    {
      translated_description:
        'The Hoppa pet stairs have three steps and a total height of 40 cm (15.7 in), each step about 13 cm (5.1 in) high, so senior dogs, short-legged breeds and cats or dogs recovering from surgery can get on and off the bed or sofa with ease. Inside is high-density foam that supports up to 50 kg (110 lb) and doesn’t sag underfoot. The short-pile plush cover zips off and goes straight into the washing machine. Non-slip dots on the base keep the stairs in place, even on wooden floors. The stairs weigh about 1.2 kg (2.6 lb), so they are easy to move from room to room. A customer asked us: what if my cat is too nervous to climb? Put a few treats on the steps and let it get used to them at its own pace.',
      seo_title: 'Hoppa Pet Stairs, 3 Steps, 40 cm, Washable Cover',
      meta_description:
        'Three-step Hoppa pet stairs, 40 cm high, with dense foam that holds up to 50 kg, a washable zip-off cover and a non-slip base for beds and sofas.',
      h1: 'Hoppa – A Gentle Way Up for Every Paw',
      marketing_copy_a:
        'Spare your dog’s joints and your own back: no more lifting on and off the sofa, and a cover that washes as easily as a towel. Order your Hoppa today.',
      marketing_copy_b:
        'Your old friend still wants to curl up beside you in the evening. Now he can get there on his own, soft step by soft step. Discover Hoppa.',
      marketing_copy_c:
        'This month only: a free bag of training treats with every Hoppa. Grab yours before the offer ends.',
    },
    { field: 'meta_description', find: 'up to 50 kg', replace: 'up to 60 kg', labels: ['number_invented'] },
    'The stairs weigh about 1.2 kg (2.6 lb), so they are easy to move from room to room.',
  ),
  listing(
    'p03',
    'pet_stairs',
    'es',
    STAIRS_ZH,
    STAIRS_SRC,
    {
      translated_description:
        'La escalera para mascotas Hoppa tiene tres peldaños y una altura total de 40 cm; cada peldaño mide unos 13 cm, así que a los perros mayores, a las razas de patas cortas y a los gatos o perros recién operados les resulta muy fácil subir y bajar de la cama o del sofá. Por dentro lleva espuma de alta densidad que aguanta hasta 50 kg y no se hunde al pisarla. La funda, de felpa de pelo corto, tiene cremallera y se quita para lavarla en la lavadora. La base lleva puntos antideslizantes, así que no se mueve ni sobre suelo de madera. Pesa aproximadamente 1,2 kg, de modo que la llevas de una habitación a otra sin esfuerzo. Un cliente nos preguntó: ¿y si mi gato no se atreve a subir? Pon unas chuches en los peldaños y deja que se acostumbre poco a poco.',
      seo_title: 'Escalera para mascotas Hoppa, 3 peldaños y 40 cm',
      meta_description:
        'Escalera para mascotas Hoppa de tres peldaños y 40 cm de alto: espuma firme que aguanta 50 kg, funda lavable con cremallera y base antideslizante.',
      h1: 'Hoppa, para que suba solito al sofá',
      marketing_copy_a:
        'Cuida las articulaciones de tu perro y también tu espalda: se acabó levantarlo en brazos, y la funda se lava como una toalla. Compra tu Hoppa hoy.',
      marketing_copy_b:
        'Tu compañero de siempre sigue queriendo dormir a tu lado. Ahora llega él solo, peldaño a peldaño. Descubre Hoppa.',
      marketing_copy_c: 'Solo este mes: una bolsa de premios de regalo con cada Hoppa. Pídela ya.',
    },
    {
      field: 'translated_description',
      find: 'aguanta hasta 50 kg',
      replace: 'aguanta hasta 60 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Pesa aproximadamente 1,2 kg, de modo que la llevas de una habitación a otra sin esfuerzo.',
  ),
  listing(
    'p04',
    'electric_crepe_makers',
    'de',
    CREPE_ZH,
    CREPE_SRC,
    {
      translated_description:
        'Der Crêpes-Maker Sola hat eine antihaftbeschichtete Platte mit 30 cm Durchmesser – damit gelingen Ihnen zu Hause Crêpes, so hauchdünn wie vom Stand auf dem Markt. Mit 1000 W ist er in etwa 3 Minuten vorgeheizt. Die Temperatur lässt sich in fünf Stufen einstellen, und sobald die Kontrollleuchte aufleuchtet, ist die gewählte Hitze erreicht. Im Set sind ein Teigverteiler aus Holz und ein Wender enthalten: Teig aufgießen, mit dem Verteiler rund ausstreichen, fertig. Neben Crêpes gelingen auch Jianbing, Frühlingsrollenblätter und dünne Pfannkuchen. Die Antihaftbeschichtung lässt sich mit einem feuchten Tuch im Handumdrehen abwischen. Bitte beachten: Die Platte wird sehr heiß – wenden Sie die Crêpes mit dem mitgelieferten Wender und kratzen Sie nicht mit Metallutensilien über die Beschichtung.',
      seo_title: 'Sola Crêpes-Maker mit 30-cm-Platte, antihaftbeschichtet',
      meta_description:
        'Crêpes-Maker Sola: 30 cm große Antihaftplatte, in etwa 3 Minuten heiß, fünf Temperaturstufen, dazu Teigverteiler und Wender für hauchdünne Crêpes.',
      h1: 'Sola – Crêpes wie vom Markt, direkt aus Ihrer Küche',
      marketing_copy_a:
        'Sonntagsfrühstück, Kindergeburtstag oder herzhafte Galettes am Abend: ein Gerät, unzählige Ideen, und die Reinigung dauert nur Sekunden. Jetzt bestellen.',
      marketing_copy_b:
        'Der Duft von Butter und Vanille zieht durchs Haus, und am Tisch wartet schon die ganze Familie mit Schokocreme und Zimtzucker. Entdecken Sie Sola.',
      marketing_copy_c:
        'Zum Marktstart gibt es eine Flasche Ahornsirup gratis zu jedem Sola. Sichern Sie sich Ihr Gerät jetzt.',
    },
    { field: 'seo_title', find: '30-cm-Platte', replace: '32-cm-Platte', labels: ['number_invented'] },
    'Mit 1000 W ist er in etwa 3 Minuten vorgeheizt.',
  ),
  listing(
    'p04',
    'electric_crepe_makers',
    'fr',
    CREPE_ZH,
    CREPE_SRC,
    {
      translated_description:
        'La crêpière Sola est équipée d’une plaque antiadhésive de 30 cm de diamètre : de quoi réussir chez vous des crêpes aussi fines que celles des stands de rue. D’une puissance de 1 000 W, elle préchauffe en 3 minutes environ. La température se règle sur cinq positions et le voyant s’allume dès que la chaleur voulue est atteinte. Le coffret comprend un répartiteur en bois et une spatule : versez la pâte, étalez-la en cercle avec le répartiteur, c’est prêt. Outre les crêpes, elle permet de préparer des jianbing, des feuilles de rouleaux de printemps et de fins pancakes. Le revêtement antiadhésif se nettoie d’un simple coup de chiffon humide. Attention : la plaque devient très chaude ; retournez les crêpes avec la spatule fournie et ne grattez jamais le revêtement avec un ustensile en métal.',
      seo_title: 'Crêpière électrique Sola, plaque antiadhésive de 30 cm',
      meta_description:
        'Crêpière électrique Sola : plaque antiadhésive de 30 cm, chaude en 3 minutes environ, répartiteur en bois et spatule pour des crêpes fines comme au stand.',
      h1: 'Sola, la crêperie s’invite à la maison',
      marketing_copy_a:
        'Goûter du mercredi, brunch du dimanche ou galettes salées du soir : un seul appareil pour tout, et un coup de chiffon pour finir. Commandez votre Sola dès aujourd’hui.',
      marketing_copy_b:
        'L’odeur du beurre chaud, les enfants qui se disputent le sucre et la confiture : chez vous, la fête des crêpes peut durer toute l’année. Découvrez Sola.',
      marketing_copy_c:
        'Pour le lancement, une bouteille de sirop d’érable offerte avec chaque Sola. Ajoutez-la à votre panier dès maintenant !',
    },
    {
      field: 'translated_description',
      find: 'puissance de 1 000 W',
      replace: 'puissance de 1 200 W',
      labels: ['number_dropped', 'number_invented'],
    },
    'La température se règle sur cinq positions et le voyant s’allume dès que la chaleur voulue est atteinte.',
  ),
  listing(
    'p05',
    'magnetic_building_tiles',
    'en',
    TILES_ZH,
    TILES_SRC,
    {
      translated_description:
        'The Magix magnetic tile set comes with 100 pieces in squares, triangles, hexagons and other shapes, and every tile holds strong magnets, so the pieces snap together however your child puts them. Each tile is edged with an ABS casing that seals the magnets inside and is ultrasonically welded, so nothing comes loose even when little ones chew on it. Hold the translucent coloured tiles up to the sunlight and they cast colourful shadows across the floor. A storage box and an idea booklet are included, with 60 designs to copy. Suitable for children aged 3 and over, the set has passed EN71 toy safety certification. And when the little builders need a break, they can challenge mum and dad to see who builds the tallest tower.',
      seo_title: 'Magix Magnetic Building Tiles, 100-Piece Set with Box',
      meta_description:
        'Magix magnetic building tiles: 100 pieces with strong sealed magnets, translucent colours that glow in the sun, a storage box and a booklet of 60 designs.',
      h1: 'Magix – Build It, Light It Up, Build It Again',
      marketing_copy_a:
        'Squares, triangles and hexagons that click together in seconds: open-ended play that grows with your child, all packed away in a single box. Order your Magix set today.',
      marketing_copy_b:
        'Sunlight through the window, a rainbow castle on the carpet and a small voice calling, “Look what I made!” Discover Magix.',
      marketing_copy_c:
        'Weekend deal: free gift wrapping on every Magix set ordered before Sunday. Buy now and make someone’s birthday.',
    },
    {
      field: 'translated_description',
      find: 'with 60 designs to copy',
      replace: 'with 80 designs to copy',
      labels: ['number_dropped', 'number_invented'],
    },
    'Suitable for children aged 3 and over, the set has passed EN71 toy safety certification.',
  ),
  listing(
    'p05',
    'magnetic_building_tiles',
    'de',
    TILES_ZH,
    TILES_SRC,
    {
      translated_description:
        'Das Magnetbausteine-Set Magix umfasst 100 Teile – Quadrate, Dreiecke, Sechsecke und weitere Formen –, und in jedem Teil stecken starke Magnete, sodass alles hält, wie Ihr Kind es auch zusammensetzt. Jedes Teil ist mit einem ABS-Rand eingefasst, der die Magnete umschließt und per Ultraschall verschweißt ist; selbst wenn die Kleinen darauf herumkauen, löst sich nichts. Hält man die farbig durchscheinenden Teile ins Sonnenlicht, zaubern sie bunte Schatten auf den Boden. Eine Aufbewahrungsbox und ein Vorlagenheft mit 60 Bauideen liegen bei. Das Set ist für Kinder ab 3 Jahren geeignet und nach EN71 als Spielzeug sicherheitsgeprüft. Und wenn die kleinen Baumeister eine Pause brauchen, fordern sie Mama und Papa heraus: Wer baut den höchsten Turm?',
      seo_title: 'Magix Magnetbausteine, 100 Teile, mit Aufbewahrungsbox',
      meta_description:
        'Magnetbausteine Magix mit 100 Teilen: starke, sicher verschweißte Magnete, leuchtende Farben im Sonnenlicht, für Kinder ab 3 Jahren, geprüft nach EN71.',
      h1: 'Magix – bauen, staunen, neu erfinden',
      marketing_copy_a:
        'Quadrate, Dreiecke und Sechsecke, die im Nu zusammenhalten: Spielspaß, der mit Ihrem Kind mitwächst, und hinterher passt alles wieder in die Box. Jetzt bestellen.',
      marketing_copy_b:
        'Die Sonne fällt durchs Fenster, auf dem Teppich steht ein Regenbogenschloss, und eine kleine Stimme ruft: „Schau mal, was ich gebaut habe!“ Entdecken Sie Magix.',
      marketing_copy_c:
        'Zum Wochenende: kostenlose Geschenkverpackung für jedes Magix-Set. Sichern Sie sich Ihres jetzt.',
    },
    {
      field: 'meta_description',
      find: 'mit 100 Teilen',
      replace: 'mit 120 Teilen',
      labels: ['number_invented'],
    },
    'Eine Aufbewahrungsbox und ein Vorlagenheft mit 60 Bauideen liegen bei.',
  ),
  listing(
    'p06',
    'steering_wheel_locks',
    'ja',
    LOCK_ZH,
    LOCK_SRC,
    {
      translated_description:
        'Lockraのハンドルロックは、T字型の構造を採用しています。ロックするとハンドルはわずかな角度しか回らなくなり、車を動かすことができません。本体は肉厚の合金鋼製で、重さは約2.3kg。油圧カッターによる切断にも耐えます。シリンダーはCクラスのディスクシリンダーで、鍵は3本付属。鍵番号はそれぞれ異なり、ほかのロックの鍵では開けられません。フックの長さは50〜68cmの間で調整でき、ほとんどのセダンやSUVのハンドルに対応します。表面はやわらかいラバーで覆われているので、ハンドルやダッシュボードを傷つけません。本体は目立つイエローで、車の外からでもひと目でわかります。使わないときは、付属の収納袋に入れてトランクへ。',
      seo_title: 'Lockra ハンドルロック T字型 盗難防止 50〜68cm',
      meta_description:
        '肉厚合金鋼のT字型ハンドルロック。フックは50〜68cmで調整でき、ほとんどのセダンやSUVに対応。目立つイエローで、盗難をしっかり防ぎます。',
      h1: 'Lockra ひと目で伝わる盗難対策',
      marketing_copy_a:
        '取り付けは数秒、外すのも数秒。毎日使えるシンプルな盗難対策で、愛車をしっかり守ります。今すぐ購入。',
      marketing_copy_b:
        '夜の駐車場に車を停めても、朝まで安心して眠れる。そんな毎日のために。ぜひチェックしてください。',
      marketing_copy_c: '今なら鍵用キーホルダーをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '約2.3kg',
      replace: '約2.8kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'シリンダーはCクラスのディスクシリンダーで、鍵は3本付属。',
  ),
  listing(
    'p06',
    'steering_wheel_locks',
    'es',
    LOCK_ZH,
    LOCK_SRC,
    {
      translated_description:
        'El bloqueo de volante Lockra tiene forma de T: una vez cerrado, el volante solo gira un poco y nadie puede llevarse el coche. El cuerpo es de acero aleado reforzado, pesa unos 2,3 kg y resiste el corte con cizallas hidráulicas. El bombín es de láminas de clase C y viene con 3 llaves; cada una tiene un código propio, así que no abre ningún otro bloqueo. La longitud del gancho se ajusta entre 50 y 68 cm y encaja en el volante de la mayoría de turismos y SUV. Va recubierto de goma suave, así que no raya ni el volante ni el salpicadero. Está pintado de un amarillo bien visible para que cualquier ladrón lo vea de un vistazo desde fuera. Incluye una bolsa para guardarlo en el maletero cuando no lo uses.',
      seo_title: 'Bloqueo de volante Lockra en T, ajustable de 50 a 68 cm',
      meta_description:
        'Bloqueo de volante Lockra en forma de T, de acero reforzado, con 3 llaves de código único, gancho ajustable y un amarillo bien visible que disuade al ladrón.',
      h1: 'Lockra, tu coche a salvo cada noche',
      marketing_copy_a:
        'Se pone en segundos y se quita igual de rápido: una protección sencilla para usar a diario sin complicarte. Compra tu Lockra hoy.',
      marketing_copy_b:
        'Aparcas en la calle, subes a casa y duermes tranquilo, sabiendo que tu coche sigue donde lo dejaste. Descubre Lockra.',
      marketing_copy_c: 'Solo esta semana: un llavero de regalo con cada Lockra. Pídelo ya.',
    },
    { field: 'seo_title', find: 'de 50 a 68 cm', replace: 'de 50 a 72 cm', labels: ['number_invented'] },
    'El cuerpo es de acero aleado reforzado, pesa unos 2,3 kg y resiste el corte con cizallas hidráulicas.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** `text` with `tail` attached to its `n`-th sentence (0-based), just before that sentence's closing mark. */
const tack = (text: string, n: number, tail: string): string => {
  const parts = text.split(/(?<=\D[.!?])\s+/);
  parts[n] = parts[n].replace(/[.!?]$/, (end) => `${tail}${end}`);
  return parts.join(' ');
};

/** The Japanese counterpart: `tail` goes in front of the `n`-th sentence's 。 (0-based). */
const tackJa = (text: string, n: number, tail: string): string => {
  const parts = text.match(/[^。]+。/g) ?? [text];
  parts[n] = parts[n].replace(/。$/, `${tail}。`);
  return parts.join('');
};

// en: listing 1 (coffee grinder) takes styles 0-2, listing 2 (pet stairs) 3-5, listing 3 (magnetic tiles) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  // the model's reasoning tacked onto a sentence
  (c) => ({
    translated_description: tack(
      c.translated_description,
      1,
      ' – “cold brew” stays in English because that is what it says on most café menus, and nobody searches for “cold steeping”',
    ),
  }),
  // a bracketed remark about the length
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      '(Runs a little long for the app tile, so the espresso-to-French-press part is the first thing I’d cut.)',
    ),
  }),
  // a status word
  (c) => ({ h1: `${c.h1} – awaiting legal` }),
  // a hedge about what the source says
  (c) => ({
    translated_description: tack(
      c.translated_description,
      1,
      ', though the factory sheet never makes clear whether that load is per step or for the staircase as a whole',
    ),
  }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Should the dog stay a “he” here, or shall I make it gender-neutral so it works for cat owners too?',
    ),
  }),
  // an unfilled placeholder
  (c) => ({
    marketing_copy_c: c.marketing_copy_c.replace(
      'a free bag of training treats',
      'a free [insert freebie here]',
    ),
  }),
  // a first-person edit report
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'I’ve dropped “indestructible” from the brief and gone with “nothing comes loose”, as the source only vouches for the welded edges.',
    ),
  }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Oskar – can you double-check with the warehouse that gift wrapping is actually available at weekends?`,
  }),
  // a pointer to another part of the answer
  (c) => ({
    translated_description: `${c.translated_description} The safety wording is repeated word for word in the FAQ block I’ve put after the marketing copies.`,
  }),
];

// de: listing 1 (clothes line) takes styles 0-2, listing 2 (crêpe maker) 3-5, listing 3 (magnetic tiles) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  // an alternative wording offered
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Wer es knapper mag, kann auch mit „Leine raus, Laken drauf, Balkon frei.“ schließen.`,
  }),
  // a hedge about what the source says
  (c) => ({
    translated_description: tack(
      c.translated_description,
      4,
      ' – ob das auch für die Leine selbst gilt oder nur für das Gehäuse, lässt die Herstellerangabe allerdings offen',
    ),
  }),
  // an unfilled placeholder
  (c) => ({
    marketing_copy_c: c.marketing_copy_c.replace('ein Set Wäscheklammern aus Holz', '[Name des Geschenks]'),
  }),
  // the model's reasoning tacked onto a sentence
  (c) => ({
    translated_description: tack(
      c.translated_description,
      4,
      ' – „Jianbing“ lasse ich so stehen, weil es dafür kein eingebürgertes deutsches Wort gibt und „chinesischer Pfannkuchen“ zu beliebig klänge',
    ),
  }),
  // a first-person edit report
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      'Den Kindergeburtstag habe ich nachträglich eingefügt, damit auch Familien mit kleinen Kindern angesprochen werden.',
    ),
  }),
  // a status word
  (c) => ({ h1: `${c.h1} [zur Freigabe]` }),
  // a question to the requester in passing
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Heißt das im Shop durchgehend „Magnetbausteine“, oder wird dort eher von „Magnetfliesen“ gesprochen?',
    ),
  }),
  // a bracketed remark about the tone
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (Bewusst kindlich formuliert – für die Händlerseite würde ich eine nüchternere Variante nehmen.)`,
  }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Wiebke, bitte vor dem Hochladen noch mit dem Shopteam klären, bis wann die Aktion läuft.`,
  }),
];

// ja: listing 1 (clothes line) takes styles 0-2, listing 2 (steering wheel lock) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  // a pointer to another part of the answer
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}ベランダ向けと浴室向けに書き分けた案は、下の「書き分け例」の見出しのところにまとめてあります。`,
  }),
  // a bracketed remark about a word choice
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      2,
      '（「物干しロープ」と「洗濯ロープ」で迷いましたが、通販サイトでよく見かける前者にそろえました。）',
    ),
  }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      1,
      'シーツのたとえは季節を選ばないと思いますが、冬場の掲載でも違和感はないでしょうか？',
    ),
  }),
  // a hedge about what the source says
  (c) => ({
    translated_description: tackJa(
      c.translated_description,
      3,
      '――とメーカーは書いていますが、どういう条件で試したのかまでは資料から読み取れません',
    ),
  }),
  // a status word
  (c) => ({ h1: `〔要チェック〕${c.h1}` }),
  // an unfilled placeholder
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace('鍵用キーホルダー', '【特典名を入力】') }),
];

// es: listing 1 (pet stairs) takes styles 0-2, listing 2 (steering wheel lock) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  // a first-person edit report
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'En todo el texto he sustituido «escalón» por «peldaño», que suena menos a obra y más a mueble.',
    ),
  }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Si queréis un cierre más juguetón, también valdría: «Menos saltos, más mimos».`,
  }),
  // the model's reasoning tacked onto a sentence
  (c) => ({
    translated_description: tack(
      c.translated_description,
      2,
      ' — lo explico así en vez de poner «desenfundable», porque esa palabra a muchos compradores no les dice nada',
    ),
  }),
  // a note to a colleague by name
  (c) => ({
    translated_description: `${c.translated_description} Nerea, confírmame con el proveedor si lo de «clase C» hay que explicarlo o si el cliente ya lo entiende así.`,
  }),
  // a pointer to another part of the answer
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Debajo de la tabla de medidas te dejo una versión más corta para WhatsApp.`,
  }),
  // a bracketed remark about the length
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Lo he dejado corto a propósito, para que entre entero en la tarjeta de la app.)`,
  }),
];

// fr: listing 1 (coffee grinder) takes styles 0-2, listing 2 (crêpe maker) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  // a question to the requester in passing
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Garde-t-on « cold brew » tel quel, ou préférez-vous « infusion à froid » pour le public français ?',
    ),
  }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Maëlle, vois avec la logistique si les brosses sont bien arrivées avant de lancer l’offre.`,
  }),
  // a status word
  (c) => ({ h1: `${c.h1} (à trancher)` }),
  // a hedge about what the source says
  (c) => ({
    translated_description: tack(
      c.translated_description,
      1,
      ', du moins d’après la notice, qui ne dit pas à quelle température de la pièce ce temps a été relevé',
    ),
  }),
  // an unfilled placeholder
  (c) => ({
    marketing_copy_c: c.marketing_copy_c.replace(
      'une bouteille de sirop d’érable offerte',
      '[CADEAU À PRÉCISER] offert',
    ),
  }),
  // a first-person edit report
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} J’ai glissé une allusion à la Chandeleur pour ancrer le texte en France ; à retirer si la fiche sert aussi au Québec.`,
  }),
];

export const ROUND_92_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap blade grinders scorch the beans before you have even brewed.',
      'Knockoff pet stairs often flatten within a few weeks.',
      'A replica tile set may hide loose magnets behind thin plastic.',
      'Counterfeit magnetic tiles rarely come with any safety testing.',
    ],
    slogans: ['Fresh grounds, fuller flavour.', 'Every tower tells a story.'],
    chineseLeftovers: [],
    duplicateLead: 'Stripped to the basics: ',
    titleStuffing: ' | Editor’s Pick, Gift Idea, Trending, Quick Dispatch, Hot Buy',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Wäscheleinen hängen schon nach kurzer Zeit durch.',
      'Fälschungen von Markenspielzeug tragen oft gar kein Sicherheitssiegel.',
      'Eine Nachahmung mit dünner Beschichtung klebt schon beim ersten Teig.',
      'Imitate mit losen Magneten gehören nicht ins Kinderzimmer.',
    ],
    slogans: ['Frische Wäsche, freier Balkon.', 'Dünn, golden, unwiderstehlich.'],
    chineseLeftovers: [],
    duplicateLead: 'Im Grunde gilt: ',
    titleStuffing: ' – Publikumsliebling, Geschenktipp, Preistipp, Neuheit, Blitzlieferung',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の物干しロープは、すぐにたるんでしまうことがあります。',
      'コピー品のハンドルロックは、鍵が簡単に開いてしまうことがあります。',
      '偽物のケースは、日差しですぐに変形します。',
      'レプリカ品のロックは、合金鋼ではなく薄い鉄板のこともあります。',
    ],
    slogans: ['干す場所は、どこにでも。', '愛車に、確かな安心を。'],
    chineseLeftovers: [
      '这个晾衣绳收起来以后，墙上只剩一个小盒子。',
      '这款方向盘锁装上以后，小偷一看就会放弃。',
    ],
    duplicateLead: 'ひと言でまとめれば、',
    titleStuffing: '｜大人気 定番 ギフト最適 話題 送料込み 当日出荷',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las escaleras baratas se hunden a las pocas semanas.',
      'Una imitación de bloqueo se abre con cualquier llave.',
      'Las falsificaciones suelen venir sin funda lavable.',
      'Un bloqueo falso cede ante la primera cizalla.',
    ],
    slogans: ['Subir al sofá nunca fue tan fácil.', 'Tu coche, donde lo dejaste.'],
    chineseLeftovers: [],
    duplicateLead: 'Para que te hagas una idea: ',
    titleStuffing: ' | Lo más vendido, regalo ideal, novedad, entrega rápida, ganga',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un moulin pas cher chauffe le café et gâche son arôme.',
      'Les contrefaçons de crêpières s’écaillent au bout de quelques semaines.',
      'Méfiez-vous des faux moulins à meules vendus en ligne.',
      'Aucune réplique ne donne des crêpes aussi fines.',
    ],
    slogans: ['Le café, à la bonne mouture.', 'Des crêpes fines, tout simplement.'],
    chineseLeftovers: [],
    duplicateLead: 'Ce qu’il faut retenir : ',
    titleStuffing: ' | Coup de cœur, top ventes, idée cadeau, livraison express, bon plan',
  },
};
