// Blind set, round 108 (written without reading the gate, committed before it is scored): six garden, car, yoga and
// desk products in the categories hummingbird_feeders, steering_wheel_covers, yoga_bolsters, desk_drawer_organisers,
// car_seat_back_organisers and cork_yoga_blocks, 12 hand-written listings, three artifact styles per listing and
// wording of its own. Theme: chatter that blends into the copy, as a reviewer meets it in real model output: the
// model's reasoning tacked onto a sentence (why a term stays untranslated), a question to the requester in passing,
// a bracketed remark about a word choice, tone or length, a hedge about what the source says or leaves unclear, a
// first-person edit report, a note to a colleague, a status word, an unfilled placeholder, an alternative wording
// offered, a pointer to another part of the answer; spread over all five languages and all seven fields, no digits
// in artifacts that land in the description, title or meta. The clean listings keep a natural shop voice that also
// uses words seen in chatter: "A word from me, the shop owner:", "Please note:", "Unser Tipp:", "Bitte beachten Sie:",
// "Übrigens habe ich als Inhaberin …", "店長からひとこと：", "À noter :", "Un truco:", "Un consejo:", a customer's
// question and the shop's answer ("Unsere Antwort:", "Nuestra respuesta:", "Notre réponse :"), the maker's "we",
// quoted customers and teachers, a term in brackets (アリよけの水溝（アントモート）). Sources are in standard Chinese
// shop style. Legitimate numbers:
// Nectara about 350 ml, 3 to 4 days (3〜4日分), 5 feeding ports (5つ), 4.5 cm (1.8 in), about 30 cm, 1 part sugar to
// 4 parts water (1に対して4), every 2 days (2日ごと), 一到两周 (one to two weeks, 1〜2週間), 几只 (several: not a number),
// idiom 一次 (once);
// Grippa 37 to 38 cm, about 5 minutes (5 Minuten, 5 minutos), 四种 (vier Farben, cuatro colores), 10 minutes, D形
// (D-förmig, en forma de D: a letter), 头层 (top layer: not a number), idiom 那一段;
// Soma about 65 × 30 × 15 cm (25.6 × 11.8 × 5.9 in), about 2.5 kg (5.5 lb, 2,5 kg), 两层 (two layers, deux couches),
// 三种 (three colours, trois coloris), 长方形 (rectangular: not a number);
// Tido 8 pieces (8 Boxen, 8個セット), 三种 (drei Größen, 3サイズ), 23 × 8 cm, 8 × 8 cm, 5 cm, 4 pads (4 Antirutschpads,
// 4つ), at least 6 cm, 两套 (zwei Sets, 2セット), idiom 一套…一套 (in dem einen … in dem anderen);
// Rova 600D (600), about 60 × 45 cm (23.6 × 17.7 in), 9 pockets, 10.5 inches (10,5 pulgadas), 两个 bottle holders
// (two, dos), 两根 straps (two, dos), 3 minutes, 两个娃 (a mum of two, madre de dos niños), 3 kg (6.6 lb);
// Corka 两块 (zwei Blöcke, lot de deux), 23 × 15 × 7.5 cm (7,5 cm), about 700 g, 四条边 (vier Kanten, quatre arêtes),
// 三种高度 (drei Höhen, trois hauteurs), 几天 (ein paar Tage, quelques jours: not a number), idioms 一组, 一下, 一股.
// Number edits: Nectara en title 5 → 6 ports (invented), ja 350 → 400 ml (dropped + invented); Grippa de 5 → 8
// Minuten (dropped + invented), es meta 37 → 36 cm (invented); Soma en meta 2.5 → 3.5 kg (invented), fr 65 → 70 cm
// (dropped + invented); Tido de title 8 → 10 teilig (invented), ja meta 8 → 12 個 (invented); Rova en 9 → 12 pockets
// (dropped + invented), es 3 → 5 minutos (invented only: 3 kg still says 3); Corka de meta 700 → 750 g (invented),
// fr title 7,5 → 8,5 cm (invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const FEEDER_ZH = 'Nectara 玻璃蜂鸟喂食器 5个喂食口 防蚂蚁';
const FEEDER_SRC =
  'Nectara 蜂鸟喂食器瓶身采用加厚玻璃，容量约350毫升，够蜂鸟喝3到4天。底座有5个花朵造型的喂食口，几只蜂鸟可以同时进食；中间自带蚂蚁护城河，倒上清水就能挡住蚂蚁。底座可以拧下来，瓶口宽4.5厘米，用刷子就能洗干净。挂钩连铁丝长约30厘米，挂在屋檐下或树枝上都可以。糖水配方很简单：1份白糖兑4份清水，煮开放凉即可，不要加蜂蜜和色素。夏天天热，建议每2天换一次糖水。店主叮嘱一句：挂好后请耐心等一等，蜂鸟发现新的喂食器一般要一到两周。';
const WHEEL_ZH = 'Grippa 真皮方向盘套 防滑透气 37-38厘米';
const WHEEL_SRC =
  'Grippa 真皮方向盘套选用头层牛皮，内圈是防滑硅胶，夏天不烫手，冬天不冰手。适用于直径37到38厘米的方向盘，绝大多数轿车和SUV都能用。弹力内圈直接套上，不用针线，装好大约5分钟。皮面打了透气小孔，开长途手心也不出汗。有黑、灰、棕、红四种颜色可选，缝线颜色和皮面相配。小贴士：刚收到时内圈偏紧，可以先放在太阳下晒10分钟再装，会容易很多。有买家问：圆形和D形方向盘都能装吗？答：都可以，D形底部平的那一段也能贴合。';
const BOLSTER_ZH = 'Soma 长方形瑜伽抱枕 荞麦壳内芯 可拆洗';
const BOLSTER_SRC =
  'Soma 长方形瑜伽抱枕，尺寸约65×30×15厘米，重约2.5公斤，垫在身下稳稳的，不会塌。外套是纯棉帆布，侧面有拉链，可以拆下来放进洗衣机洗；内芯为荞麦壳和棉花两层填充，软硬适中。侧面缝有提手，从瑜伽馆带回家很方便。修复瑜伽、孕期练习、冥想打坐都用得上。我们的老师常说：“身体被好好托住，心才会慢慢静下来。”温馨提示：荞麦壳内芯不能水洗，天气好的时候拿到阳台上晒一晒就行。现有靛蓝、燕麦、墨绿三种颜色。';
const DRAWER_ZH = 'Tido 抽屉分隔收纳盒 8件套 自由组合';
const DRAWER_SRC =
  'Tido 抽屉分隔收纳盒一套8件，有大、中、小三种尺寸：最大的23×8厘米，最小的8×8厘米，高度都是5厘米。可以按自家抽屉的大小自由拼搭，笔、回形针、便利贴、数据线各归各位。材质是加厚PP，边角圆润，不会划手。每个盒子底部都有4个硅胶防滑垫，拉抽屉时不会乱跑。可以直接用水冲洗，擦干就能用。下单前请先量一下抽屉内部尺寸，深度至少要6厘米。店主自己的书桌抽屉里就放了两套，一套放文具，一套放充电线和耳机。';
const SEATBACK_ZH = 'Rova 汽车椅背收纳袋 防踢垫 平板袋';
const SEATBACK_SRC =
  'Rova 汽车椅背收纳袋采用600D牛津布，防水耐脏，小朋友的脚踢上去也不怕。整体尺寸约60×45厘米，正面共有9个口袋，最上面是透明触屏平板袋，可放10.5英寸以内的平板；下面有两个保温杯袋，还有纸巾袋和零食袋。上下两根可调节绑带，3分钟就能装好，不用打孔。底部加厚防踢，座椅背面不会再被蹭脏。宝妈王女士说：“带两个娃出远门，水杯、湿巾、绘本都挂在前面，再也不用回头满车找东西了。”温馨提示：袋内不要放过重的物品，总重量建议不超过3公斤。';
const CORK_ZH = 'Corka 天然软木瑜伽砖 两块装';
const CORK_SRC =
  'Corka 天然软木瑜伽砖一组两块，每块尺寸为23×15×7.5厘米，重约700克。软木产自葡萄牙，表面有细细的颗粒感，手心出汗也不打滑，比泡沫砖更稳、更扎实。四条边都打磨成圆角，垫在手腕和膝盖下面也不硌。竖放、侧放、平放能得到三种高度，初学者够不到地面时，拿它垫一下就行。平时用湿布擦一擦，放在通风处晾干，不要长时间泡水或暴晒。有学员问：刚拿到有一股木头味正常吗？答：正常，这是软木本身的味道，放几天就会淡很多。';

export const ROUND_108_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'hummingbird_feeders',
    'en',
    FEEDER_ZH,
    FEEDER_SRC,
    {
      translated_description:
        'The Nectara hummingbird feeder has a thick glass bottle that holds about 350 ml, enough nectar for 3 to 4 days. The base has 5 flower-shaped feeding ports, so several hummingbirds can feed at the same time, and a built-in ant moat sits in the middle: fill it with plain water and ants can no longer reach the nectar. The base unscrews and the bottle has a wide 4.5 cm (1.8 in) mouth, so a bottle brush gets it properly clean. The hook and wire hanger measure about 30 cm, so you can hang the feeder under the eaves or from a branch. The nectar recipe is simple: mix 1 part white sugar with 4 parts water, bring it to the boil and let it cool – please don’t add honey or food colouring. In hot summer weather, we recommend changing the nectar every 2 days. A word from me, the shop owner: once your feeder is up, please be patient. Hummingbirds usually need one to two weeks to discover a new feeder.',
      seo_title: 'Nectara Glass Hummingbird Feeder, 350 ml, 5 Feeding Ports',
      meta_description:
        'Glass hummingbird feeder with 5 flower-shaped ports, a built-in ant moat and a wide mouth for easy cleaning. Holds about 350 ml, enough for 3 to 4 days.',
      h1: 'Nectara – A Little Nectar Bar for Your Garden Visitors',
      marketing_copy_a:
        'Thick glass that stays clear, an ant moat that needs no sprays and a base that comes apart for a proper clean: a feeder built for everyday use. Order your Nectara today.',
      marketing_copy_b:
        'The first whirr of wings outside the kitchen window is hard to beat. One customer wrote to us: “I now drink my morning coffee at the window, just to watch them.” Discover the Nectara.',
      marketing_copy_c:
        'Summer offer: a free bottle brush with every Nectara ordered this month. Shop now while stocks last.',
    },
    { field: 'seo_title', find: '5 Feeding Ports', replace: '6 Feeding Ports', labels: ['number_invented'] },
    'The hook and wire hanger measure about 30 cm, so you can hang the feeder under the eaves or from a branch.',
  ),
  listing(
    'p01',
    'hummingbird_feeders',
    'ja',
    FEEDER_ZH,
    FEEDER_SRC,
    {
      translated_description:
        'Nectaraのハチドリ用フィーダーは、厚手のガラスボトルを採用しています。容量は約350mlで、3〜4日分の蜜をたっぷり入れられます。土台には花の形をした給餌口が5つあり、数羽のハチドリが同時に蜜を吸えます。中央にはアリよけの水溝（アントモート）があり、水を張っておくだけでアリが蜜まで上がってこられません。土台は回して外せ、ボトルの口は幅4.5cmと広いので、ブラシで隅々まで洗えます。フックとワイヤーの長さは約30cmで、軒下にも木の枝にも吊るせます。砂糖水の作り方はかんたんです。白砂糖1に対して水4の割合で混ぜ、沸騰させてから冷ませば完成。はちみつや着色料は加えないでください。暑い夏は、2日ごとの交換をおすすめします。店長からひとこと：吊るしたあとは、どうか気長に待ってあげてください。ハチドリが新しいフィーダーを見つけるまでには、ふつう1〜2週間ほどかかります。',
      seo_title: 'Nectara ハチドリ用フィーダー ガラス製 350ml',
      meta_description:
        '花形の給餌口が5つ、アリよけの水溝付きのガラス製ハチドリ用フィーダー。約350mlで3〜4日分、口が広くて洗いやすく、軒下や枝に吊るせます。',
      h1: 'Nectara 庭にハチドリを呼ぶ、小さな蜜のスタンド',
      marketing_copy_a:
        '曇りにくい厚手ガラス、薬剤いらずのアリよけ、分解して洗える土台。毎日のお手入れがぐっと楽になります。今すぐ購入。',
      marketing_copy_b:
        'キッチンの窓の外で、小さな羽音がふっと聞こえる朝。「毎朝コーヒーを片手に、窓辺で待つのが日課になりました」というお客様の声も届いています。ぜひチェックしてください。',
      marketing_copy_c:
        '今月ご注文の方には、専用の洗浄ブラシをプレゼント。在庫がなくなる前に、カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '約350ml',
      replace: '約400ml',
      labels: ['number_dropped', 'number_invented'],
    },
    'フックとワイヤーの長さは約30cmで、軒下にも木の枝にも吊るせます。',
  ),
  listing(
    'p02',
    'steering_wheel_covers',
    'de',
    WHEEL_ZH,
    WHEEL_SRC,
    {
      translated_description:
        'Der Lenkradbezug Grippa ist aus echtem Narbenleder vom Rind gefertigt, innen sorgt ein rutschfester Silikonring für sicheren Halt – im Sommer wird das Lenkrad nicht glühend heiß, im Winter nicht eiskalt. Er passt auf Lenkräder mit 37 bis 38 cm Durchmesser und damit auf die allermeisten Limousinen und SUVs. Der elastische Innenring wird einfach übergezogen, ganz ohne Nadel und Faden; nach etwa 5 Minuten sitzt der Bezug. Feine Lüftungslöcher im Leder sorgen dafür, dass die Hände auch auf langen Fahrten nicht schwitzen. Sie haben die Wahl zwischen vier Farben – Schwarz, Grau, Braun und Rot –, die Naht ist jeweils farblich abgestimmt. Unser Tipp: Im Neuzustand ist der Innenring noch recht straff. Legen Sie den Bezug vor dem Aufziehen 10 Minuten in die Sonne, dann geht es deutlich leichter. Ein Käufer fragte uns: „Passt er auf runde und auf D-förmige Lenkräder?“ Unsere Antwort: auf beide – auch am abgeflachten unteren Stück liegt er sauber an.',
      seo_title: 'Grippa Lenkradbezug aus Echtleder, 37–38 cm, rutschfest',
      meta_description:
        'Lenkradbezug Grippa aus echtem Rindsleder mit rutschfestem Silikon-Innenring, für 37 bis 38 cm Durchmesser. Ohne Nähen in etwa 5 Minuten montiert.',
      h1: 'Grippa – fester Griff und ein gutes Gefühl in jeder Kurve',
      marketing_copy_a:
        'Echtes Leder, ein Innenring, der nicht verrutscht, und Montage ohne Nähen: mehr Komfort am Steuer für wenig Aufwand. Jetzt bestellen.',
      marketing_copy_b:
        'Der erste Griff am Morgen fühlt sich warm und weich an, nicht klebrig und nicht kalt. So wird jede Fahrt ein bisschen entspannter. Entdecken Sie Grippa.',
      marketing_copy_c:
        'Nur diese Woche: ein Lederpflegetuch gratis zu jedem Grippa-Bezug. Sichern Sie sich Ihren jetzt.',
    },
    {
      field: 'translated_description',
      find: 'nach etwa 5 Minuten',
      replace: 'nach etwa 8 Minuten',
      labels: ['number_dropped', 'number_invented'],
    },
    'Legen Sie den Bezug vor dem Aufziehen 10 Minuten in die Sonne, dann geht es deutlich leichter.',
  ),
  listing(
    'p02',
    'steering_wheel_covers',
    'es',
    WHEEL_ZH,
    WHEEL_SRC,
    {
      translated_description:
        'La funda de volante Grippa es de piel de vacuno auténtica, de la capa superior, y lleva un aro interior de silicona antideslizante: en verano no quema y en invierno no está helada. Sirve para volantes de 37 a 38 cm de diámetro, así que encaja en la gran mayoría de turismos y SUV. El aro elástico se coloca directamente, sin aguja ni hilo, y en unos 5 minutos queda lista. La piel tiene pequeñas perforaciones transpirables para que no te suden las manos ni en los viajes largos. Puedes elegirla en cuatro colores (negro, gris, marrón y rojo), siempre con las costuras a juego. Un truco: al principio el aro interior viene algo justo; deja la funda 10 minutos al sol antes de ponerla y entrará mucho más fácil. Un cliente nos preguntó: «¿Vale tanto para volantes redondos como para los que tienen forma de D?». Nuestra respuesta: sí, para los dos; también se adapta bien al tramo plano de abajo de los volantes en D.',
      seo_title: 'Funda de volante Grippa de piel auténtica, 37-38 cm',
      meta_description:
        'Funda de volante de piel de vacuno con aro de silicona antideslizante, para volantes de 37 a 38 cm. Se monta sin coser en unos 5 minutos.',
      h1: 'Grippa, buen agarre en cada curva',
      marketing_copy_a:
        'Piel de verdad, un aro que no se desliza y un montaje sin costuras: más comodidad al volante con muy poco esfuerzo. Compra tu Grippa hoy.',
      marketing_copy_b:
        'Por la mañana, el volante está suave y templado entre tus manos, ni pegajoso en verano ni helado en invierno. Cada trayecto se disfruta un poco más. Descubre Grippa.',
      marketing_copy_c: 'Solo esta semana, una gamuza para cuero de regalo con cada funda. Pídela ya.',
    },
    {
      field: 'meta_description',
      find: 'de 37 a 38 cm',
      replace: 'de 36 a 38 cm',
      labels: ['number_invented'],
    },
    'Puedes elegirla en cuatro colores (negro, gris, marrón y rojo), siempre con las costuras a juego.',
  ),
  listing(
    'p03',
    'yoga_bolsters',
    'en',
    BOLSTER_ZH,
    BOLSTER_SRC,
    {
      translated_description:
        'The Soma rectangular yoga bolster measures about 65 × 30 × 15 cm (25.6 × 11.8 × 5.9 in) and weighs about 2.5 kg (5.5 lb), so it stays put beneath you and never sags. The cover is pure cotton canvas with a zip on the side, so you can take it off and put it in the washing machine; inside, a filling in two layers – buckwheat hulls and cotton – gives support that is neither too soft nor too firm. A handle stitched to the side makes it easy to carry home from the studio. It is ideal for restorative yoga, prenatal practice and seated meditation. As our teachers like to say: “When the body is well supported, the mind slowly settles.” Please note: the buckwheat inner cushion is not washable; on a sunny day, simply air it out on the balcony. Available in three colours: indigo, oat and forest green.',
      seo_title: 'Soma Yoga Bolster, Buckwheat Fill, Cotton Cover',
      meta_description:
        'Rectangular yoga bolster, about 65 × 30 × 15 cm and 2.5 kg, with a buckwheat and cotton filling and a removable, machine-washable cotton canvas cover.',
      h1: 'Soma – Support That Lets You Let Go',
      marketing_copy_a:
        'Firm enough to hold its shape, soft enough to rest on, and a cover that goes straight into the wash: a bolster that earns its place in every session. Order your Soma today.',
      marketing_copy_b:
        'Lie back, let your shoulders drop, and feel the floor come up to meet you. Sometimes the best part of practice is simply being held. Discover the Soma.',
      marketing_copy_c:
        'New-season launch: a free carry strap with every Soma bolster this month. Shop now while the offer lasts.',
    },
    { field: 'meta_description', find: 'and 2.5 kg', replace: 'and 3.5 kg', labels: ['number_invented'] },
    'Available in three colours: indigo, oat and forest green.',
  ),
  listing(
    'p03',
    'yoga_bolsters',
    'fr',
    BOLSTER_ZH,
    BOLSTER_SRC,
    {
      translated_description:
        'Le bolster de yoga rectangulaire Soma mesure environ 65 × 30 × 15 cm et pèse environ 2,5 kg : il reste bien stable sous le corps et ne s’affaisse pas. La housse en toile de coton est munie d’une fermeture éclair sur le côté ; elle s’enlève et passe en machine. Le garnissage en deux couches, balles de sarrasin et coton, offre un soutien ni trop mou ni trop ferme. Une poignée cousue sur le côté permet de le rapporter facilement du studio à la maison. Yoga restauratif, pratique prénatale, méditation assise : il vous accompagne partout. Comme le disent souvent nos professeurs : « Quand le corps est bien soutenu, l’esprit s’apaise peu à peu. » À noter : le coussin intérieur en sarrasin ne se lave pas ; par beau temps, il suffit de l’aérer au soleil sur le balcon. Disponible en trois coloris : indigo, avoine et vert forêt.',
      seo_title: 'Bolster de yoga Soma, sarrasin et coton, housse lavable',
      meta_description:
        'Bolster de yoga rectangulaire de 65 × 30 × 15 cm, garni de sarrasin et de coton, avec une housse en toile de coton amovible et lavable en machine.',
      h1: 'Soma, le soutien qui invite au lâcher-prise',
      marketing_copy_a:
        'Assez ferme pour garder sa forme, assez moelleux pour s’y reposer, avec une housse qui file en machine : un bolster qui sert à chaque séance. Commandez votre Soma dès aujourd’hui.',
      marketing_copy_b:
        'Allongez-vous, relâchez les épaules et laissez le sol vous porter. Parfois, le plus beau moment de la pratique, c’est simplement d’être soutenu. Découvrez Soma.',
      marketing_copy_c:
        'Pour le lancement, une sangle de transport offerte avec chaque bolster Soma ce mois-ci. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'environ 65 × 30 × 15 cm',
      replace: 'environ 70 × 30 × 15 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Disponible en trois coloris : indigo, avoine et vert forêt.',
  ),
  listing(
    'p04',
    'desk_drawer_organisers',
    'de',
    DRAWER_ZH,
    DRAWER_SRC,
    {
      translated_description:
        'Das Schubladen-Ordnungsset Tido besteht aus 8 Boxen in drei Größen: Die größte misst 23 × 8 cm, die kleinste 8 × 8 cm, und alle sind 5 cm hoch. Sie lassen sich frei kombinieren und passend zu Ihrer Schublade anordnen – so haben Stifte, Büroklammern, Haftnotizen und Ladekabel jeweils ihren festen Platz. Die Boxen bestehen aus verstärktem PP und haben abgerundete Kanten, an denen man sich nicht schneidet. Unter jeder Box sitzen 4 Antirutschpads aus Silikon, damit beim Aufziehen der Schublade nichts verrutscht. Zum Reinigen einfach unter fließendem Wasser abspülen und abtrocknen, fertig. Bitte beachten Sie: Messen Sie vor der Bestellung die Innenmaße Ihrer Schublade nach – sie sollte mindestens 6 cm tief sein. Übrigens habe ich als Inhaberin selbst zwei Sets in meiner Schreibtischschublade: In dem einen liegen Schreibwaren, in dem anderen Ladekabel und Kopfhörer.',
      seo_title: 'Tido Schubladen-Organizer, 8-teilig, frei kombinierbar',
      meta_description:
        'Schubladen-Organizer Tido: 8 Boxen aus stabilem PP in drei Größen, 5 cm hoch, mit Antirutschpads und frei kombinierbar. Für Stifte, Kabel und Kleinkram.',
      h1: 'Tido – endlich Ordnung in der Schreibtischschublade',
      marketing_copy_a:
        'Acht Boxen, unzählige Kombinationen und kein Suchen mehr nach der letzten Büroklammer: Ordnung, die sich Ihrer Schublade anpasst. Jetzt bestellen.',
      marketing_copy_b:
        'Schublade auf, Stift greifen, Schublade zu – ohne Kramen, ohne Fluchen. Kleine Ordnung, großes Aufatmen am Schreibtisch. Entdecken Sie Tido.',
      marketing_copy_c:
        'Zum Schulstart: Beim Kauf von zwei Sets gibt es einen Etikettenbogen gratis dazu. Sichern Sie sich Ihr Tido jetzt.',
    },
    { field: 'seo_title', find: '8-teilig', replace: '10-teilig', labels: ['number_invented'] },
    'Unter jeder Box sitzen 4 Antirutschpads aus Silikon, damit beim Aufziehen der Schublade nichts verrutscht.',
  ),
  listing(
    'p04',
    'desk_drawer_organisers',
    'ja',
    DRAWER_ZH,
    DRAWER_SRC,
    {
      translated_description:
        'Tidoの引き出し整理ボックスは8個セット。大・中・小の3サイズで、いちばん大きいものは23×8cm、いちばん小さいものは8×8cm、高さはすべて5cmです。引き出しのサイズに合わせて自由に組み合わせられるので、ペン、クリップ、付箋、充電ケーブルがそれぞれの定位置にすっきり収まります。素材は厚手のPPで、角が丸く、手を傷つけにくい仕様です。各ボックスの底には4つのシリコン製滑り止めが付いていて、引き出しを開け閉めしてもずれません。汚れたら水洗いして、拭けばすぐに使えます。ご注文の前に、引き出しの内寸をお確かめください。深さは6cm以上必要です。実は店長も、自分のデスクの引き出しで2セットを愛用中。文房具用と、充電ケーブル・イヤホン用に分けて使っています。',
      seo_title: 'Tido 引き出し整理ボックス 8個セット 組み合わせ自由',
      meta_description:
        '大・中・小の3サイズ、8個セットの引き出し整理ボックス。高さ5cmで、自由に組み合わせてペンや付箋、ケーブルをすっきり収納。水洗いもできます。',
      h1: 'Tido 引き出しの中に、ちょうどいい居場所を',
      marketing_copy_a:
        'サイズ違いのボックスを自由に組み合わせて、わが家の引き出しにぴったりの収納に。散らかりがちな小物も迷わず片付きます。ご注文はこちらから。',
      marketing_copy_b:
        'ペンを探して引き出しをかき回す、あの小さなイライラとはもうさようなら。開けるたびに、気持ちまで整います。ぜひお試しください。',
      marketing_copy_c: '新生活応援キャンペーン中。今なら2セット以上のご注文で送料無料です。お早めにどうぞ。',
    },
    { field: 'meta_description', find: '8個セット', replace: '12個セット', labels: ['number_invented'] },
    '各ボックスの底には4つのシリコン製滑り止めが付いていて、引き出しを開け閉めしてもずれません。',
  ),
  listing(
    'p05',
    'car_seat_back_organisers',
    'en',
    SEATBACK_ZH,
    SEATBACK_SRC,
    {
      translated_description:
        'The Rova car seat back organiser is made of 600D Oxford fabric that is waterproof, wipes clean and shrugs off little feet kicking it. It measures about 60 × 45 cm (23.6 × 17.7 in) and has 9 pockets on the front. At the top sits a clear touchscreen sleeve for tablets up to 10.5 inches; below it are two insulated bottle holders, plus a tissue pocket and a snack pocket. Two adjustable straps, top and bottom, get it fitted in 3 minutes with no drilling. The reinforced kick panel at the bottom means no more scuffed seat backs. Ms Wang, a mum of two, tells us: “On long trips, water bottles, wipes and picture books all hang right in front of the kids – no more twisting round to search the whole car.” Please note: don’t overload the organiser; we recommend keeping the total weight under 3 kg (6.6 lb).',
      seo_title: 'Rova Car Seat Back Organiser with Tablet Sleeve & Kick Mat',
      meta_description:
        'Car seat back organiser with 9 pockets, a clear touchscreen tablet sleeve, two bottle holders and a kick mat. Made of waterproof Oxford fabric, quick to fit.',
      h1: 'Rova – Calm Back Seats, Tidy Car Journeys',
      marketing_copy_a:
        'Drinks, snacks, wipes and the tablet all in reach, and a kick mat that keeps the seats clean: a tidy car for calmer trips. Get your Rova today.',
      marketing_copy_b:
        'No more twisting round at every red light to pass back a bottle. Little hands reach what they need, and you keep your eyes on the road. Discover the Rova.',
      marketing_copy_c:
        'Holiday special: free delivery when you buy two Rova organisers. Shop now, before the school holidays start.',
    },
    {
      field: 'translated_description',
      find: 'has 9 pockets',
      replace: 'has 12 pockets',
      labels: ['number_dropped', 'number_invented'],
    },
    'The Rova car seat back organiser is made of 600D Oxford fabric that is waterproof, wipes clean and shrugs off little feet kicking it.',
  ),
  listing(
    'p05',
    'car_seat_back_organisers',
    'es',
    SEATBACK_ZH,
    SEATBACK_SRC,
    {
      translated_description:
        'El organizador para respaldo de coche Rova está hecho de tela Oxford 600D, impermeable y fácil de limpiar, y aguanta sin problema las patadas de los peques. Mide unos 60 × 45 cm y tiene 9 bolsillos delante. Arriba va una funda transparente y táctil para tablets de hasta 10,5 pulgadas; debajo hay dos portabotellas térmicos, además de un bolsillo para pañuelos y otro para tentempiés. Dos correas ajustables, arriba y abajo, permiten montarlo en 3 minutos sin taladrar nada. La parte inferior va reforzada contra las patadas, así que el respaldo del asiento ya no se ensucia. Lo cuenta la señora Wang, madre de dos niños: «En los viajes largos, las botellas, las toallitas y los cuentos van colgados delante de ellos; ya no tengo que girarme a buscar cosas por todo el coche». Un consejo: no lo cargues con objetos muy pesados; te recomendamos no superar los 3 kg en total.',
      seo_title: 'Organizador de asiento de coche Rova, 9 bolsillos',
      meta_description:
        'Organizador para el respaldo del coche con funda para tablet, portabotellas térmicos y protección antipatadas. Tela Oxford impermeable, se monta sin taladrar.',
      h1: 'Rova, viajes en familia sin desorden',
      marketing_copy_a:
        'Bebidas, meriendas, toallitas y la tablet, todo a mano y el asiento siempre limpio: orden en el coche sin esfuerzo. Hazte con tu Rova.',
      marketing_copy_b:
        'Se acabó girarse en cada semáforo para pasar una botella. Los peques alcanzan lo que necesitan y tú sigues con la vista en la carretera. Descubre Rova.',
      marketing_copy_c: 'Oferta de vacaciones: envío gratis al comprar dos organizadores. Pídelos ya.',
    },
    {
      field: 'translated_description',
      find: 'en 3 minutos',
      replace: 'en 5 minutos',
      labels: ['number_invented'],
    },
    'Arriba va una funda transparente y táctil para tablets de hasta 10,5 pulgadas; debajo hay dos portabotellas térmicos, además de un bolsillo para pañuelos y otro para tentempiés.',
  ),
  listing(
    'p06',
    'cork_yoga_blocks',
    'de',
    CORK_ZH,
    CORK_SRC,
    {
      translated_description:
        'Die Yogablöcke Corka aus Naturkork kommen im Set mit zwei Blöcken; jeder misst 23 × 15 × 7,5 cm und wiegt etwa 700 g. Der Kork stammt aus Portugal und hat eine fein gekörnte Oberfläche, auf der auch verschwitzte Hände nicht abrutschen – stabiler und massiver als Schaumstoffblöcke. Alle vier Kanten sind abgerundet geschliffen, damit nichts drückt, wenn Sie den Block unter Handgelenk oder Knie legen. Hochkant, seitlich oder flach gelegt ergeben sich drei verschiedene Höhen; wer als Einsteiger noch nicht bis zum Boden kommt, legt einfach einen Block unter. Zur Pflege genügt ein feuchtes Tuch; danach an einem luftigen Ort trocknen lassen und weder lange im Wasser liegen lassen noch in die pralle Sonne stellen. Eine Kursteilnehmerin fragte uns: „Ist es normal, dass der Kork anfangs nach Holz riecht?“ Unsere Antwort: Ja, das ist der natürliche Eigengeruch des Korks, und nach ein paar Tagen lässt er deutlich nach.',
      seo_title: 'Corka Yogablöcke aus Naturkork, 2er-Set',
      meta_description:
        'Yogablöcke Corka aus portugiesischem Naturkork: 23 × 15 × 7,5 cm, etwa 700 g, griffig auch bei feuchten Händen und in drei Höhen nutzbar.',
      h1: 'Corka – natürlicher Halt für jede Haltung',
      marketing_copy_a:
        'Fester als Schaumstoff, griffig ohne Chemie und mit runden Kanten, die nicht drücken: zwei Blöcke, die jede Übung stabiler machen. Jetzt bestellen.',
      marketing_copy_b:
        'Wenn der Boden noch zu weit weg ist, kommt der Kork Ihnen entgegen. Ein warmes Material unter den Händen, ein ruhiger Atem, ein Schritt weiter in der Übung. Entdecken Sie Corka.',
      marketing_copy_c:
        'Zum Jahresstart: Zu jedem Set gibt es einen Yogagurt aus Baumwolle gratis. Sichern Sie sich Ihre Corka-Blöcke jetzt.',
    },
    { field: 'meta_description', find: 'etwa 700 g', replace: 'etwa 750 g', labels: ['number_invented'] },
    'Alle vier Kanten sind abgerundet geschliffen, damit nichts drückt, wenn Sie den Block unter Handgelenk oder Knie legen.',
  ),
  listing(
    'p06',
    'cork_yoga_blocks',
    'fr',
    CORK_ZH,
    CORK_SRC,
    {
      translated_description:
        'Les briques de yoga Corka en liège naturel sont vendues par lot de deux ; chacune mesure 23 × 15 × 7,5 cm et pèse environ 700 g. Le liège vient du Portugal : sa surface finement grainée ne glisse pas, même sous des mains moites, et se montre plus stable et plus dense qu’une brique en mousse. Les quatre arêtes sont poncées et arrondies, pour qu’aucune ne marque le poignet ou le genou. Posée debout, sur la tranche ou à plat, chaque brique offre trois hauteurs différentes : si, en débutant, vous n’atteignez pas encore le sol, glissez-la simplement sous la main. Pour l’entretien, un chiffon humide suffit ; laissez ensuite sécher dans un endroit aéré, sans tremper longtemps ni exposer en plein soleil. Une élève nous a demandé : « Est-ce normal que le liège sente le bois à la réception ? » Notre réponse : oui, c’est l’odeur naturelle du liège, et elle s’atténue nettement au bout de quelques jours.',
      seo_title: 'Briques de yoga Corka en liège, 23 × 15 × 7,5 cm',
      meta_description:
        'Lot de deux briques de yoga en liège naturel du Portugal, environ 700 g chacune : surface antidérapante, arêtes arrondies et trois hauteurs possibles.',
      h1: 'Corka, la stabilité naturelle du liège',
      marketing_copy_a:
        'Plus ferme que la mousse, antidérapant sans traitement chimique et doux sous les poignets : deux briques qui stabilisent chaque posture. Commandez vos Corka dès aujourd’hui.',
      marketing_copy_b:
        'Quand le sol semble encore loin, le liège vient à votre rencontre. Une matière chaleureuse sous les mains, un souffle qui se pose, une posture qui s’ouvre enfin. Découvrez Corka.',
      marketing_copy_c:
        'Nouvelle année, nouvelle pratique : une sangle de yoga en coton offerte avec chaque lot. Profitez-en dès maintenant !',
    },
    { field: 'seo_title', find: '7,5 cm', replace: '8,5 cm', labels: ['number_invented'] },
    'Les quatre arêtes sont poncées et arrondies, pour qu’aucune ne marque le poignet ou le genou.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (hummingbird feeder) takes styles 0-2, listing 2 (bolster) 3-5, listing 3 (seat back organiser) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  // reasoning tacked onto a sentence: why a term was kept
  (c) => ({
    translated_description: c.translated_description.replace(
      'ants can no longer reach the nectar.',
      'ants can no longer reach the nectar – I kept “ant moat” rather than spelling it out, since that is the term birders actually search for.',
    ),
  }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Is it all right to use her quote here, or should I check with her first?`,
  }),
  // an alternative wording offered
  (c) => ({ h1: `${c.h1} – or, if you want it shorter: “Nectar for Tiny Wings”` }),
  // a hedge about what the source leaves unclear
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'The source doesn’t say which layer faces up, so I have left that open.',
    ),
  }),
  // a status word
  (c) => ({ seo_title: `${c.seo_title} [approved]` }),
  // a note to a colleague
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Sam – please swap in the real end date once marketing confirms it.`,
  }),
  // an unfilled placeholder
  (c) => ({ meta_description: c.meta_description.replace('waterproof Oxford fabric', '{{material}}') }),
  // a first-person edit report with a remark about length
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (I trimmed the list of pockets here so the copy stays under the limit.)`,
  }),
  // a pointer to another part of the answer
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'If this runs too long for the product page, there is a trimmed version of the paragraph at the end of my reply.',
    ),
  }),
];

// de: listing 1 (steering wheel cover) takes styles 0-2, listing 2 (drawer organiser) 3-5, listing 3 (cork blocks) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  // a bracketed remark about a word choice
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(„Narbenleder“ trifft den Begriff aus dem Original am ehesten, „Vollleder“ wäre zu ungenau.)',
    ),
  }),
  // an unfilled placeholder
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Mit dem Code [CODE] sparen Sie zusätzlich.` }),
  // a status word
  (c) => ({ h1: `${c.h1} (ungeprüft)` }),
  // a hedge about the source, tacked onto a sentence
  (c) => ({
    translated_description: c.translated_description.replace(
      'nichts verrutscht.',
      'nichts verrutscht – ob man die Pads nachkaufen kann, geht aus dem Ausgangstext allerdings nicht hervor.',
    ),
  }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Kurze Frage: Soll der Text lieber duzen? Ich habe vorerst die Sie-Form genommen.`,
  }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Alternativ, etwas knapper: „Jede Schublade, ihr eigenes System.“`,
  }),
  // a first-person edit report
  (c) => ({
    translated_description: `${c.translated_description}\n\nIch habe die Pflegehinweise etwas zusammengezogen und die Kundenfrage wörtlich übernommen.`,
  }),
  // a note to a colleague
  (c) => ({ seo_title: `${c.seo_title} – Lena, bitte prüfen` }),
  // a pointer to another part of the answer
  (c) => ({ meta_description: `${c.meta_description} (siehe Notiz unten)` }),
];

// ja: listing 1 (hummingbird feeder) takes styles 0-2, listing 2 (drawer organiser) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  // reasoning: why a term stays in katakana
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      4,
      '「アントモート」は海外の愛好家のあいだで定着した呼び名なので、訳さずにカタカナで残しました。',
    ),
  }),
  // an unfilled placeholder
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace('専用の洗浄ブラシ', '［特典名を入れる］') }),
  // a status word
  (c) => ({ seo_title: `${c.seo_title}（確定版）` }),
  // an alternative wording offered
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}（別案：「小物の住所、決めませんか。」）` }),
  // a question to the requester about length
  (c) => ({ h1: `${c.h1}（見出しはもう少し短くしたほうがよいでしょうか？）` }),
  // a note to a colleague
  (c) => ({
    translated_description: `${c.translated_description}\n\n※佐藤さんへ：店長のエピソードが実話かどうか、念のため確認をお願いします。`,
  }),
];

// es: listing 1 (steering wheel cover) takes styles 0-2, listing 2 (seat back organiser) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  // a bracketed hedge about what the source says
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(El original solo dice «capa superior»; no sé si se refiere a piel plena flor, así que lo he dejado genérico.)',
    ),
  }),
  // a first-person edit report
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} He acortado la última frase para que quepa en el bloque de la ficha.`,
  }),
  // an alternative wording offered
  (c) => ({ h1: `${c.h1} (otra opción: «Tus manos, siempre a gusto»)` }),
  // a status word
  (c) => ({ seo_title: `${c.seo_title} – revisado` }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} ¿Añado el precio aquí o prefieres que vaya solo en la ficha?`,
  }),
  // a pointer to another part of the answer
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Más abajo te dejo también una versión abreviada de este párrafo para la ficha móvil.',
    ),
  }),
];

// fr: listing 1 (bolster) takes styles 0-2, listing 2 (cork blocks) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  // a note to a colleague
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Pour Mathieu : ajouter ici la photo du coloris indigo.)`,
  }),
  // reasoning tacked onto a sentence: why a term stays in English
  (c) => ({
    translated_description: c.translated_description.replace(
      'ne s’affaisse pas.',
      'ne s’affaisse pas – j’ai laissé « bolster » en anglais, car c’est le mot que les pratiquants emploient réellement.',
    ),
  }),
  // a status word
  (c) => ({ meta_description: `${c.meta_description} (validé)` }),
  // a hedge about what the source leaves unclear
  (c) => ({
    translated_description: c.translated_description.replace(
      'Le liège vient du Portugal',
      'Le liège vient du Portugal (le texte source ne dit pas s’il est massif ou aggloméré, je n’ai donc rien précisé)',
    ),
  }),
  // a pointer to another part of the answer
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Voir la variante plus sobre juste en dessous.` }),
  // a bracketed remark about length, as a question
  (c) => ({ h1: `${c.h1} (un peu long, je raccourcis ?)` }),
];

export const ROUND_108_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap plastic feeders turn cloudy after one summer in the sun.',
      'A knockoff bolster loses its shape within a few weeks.',
      'Fake Oxford fabric tears as soon as a child kicks it.',
      'Replica glass feeders often leak at the base.',
    ],
    slogans: ['Small wings, big moments.', 'Rest deeply, rise lightly.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Garden Gift, Best Seller, Top Rated, Free Delivery, New In',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billiger Lenkradschutz riecht oft wochenlang nach Chemie.',
      'Eine Fälschung erkennt man am bröseligen Kork.',
      'Nachahmungen aus dünnem Kunststoff verbiegen sich in der Schublade.',
      'Ein Imitat aus Plastik hält der Sommerhitze im Auto nicht stand.',
    ],
    slogans: ['Gut im Griff.', 'Ordnung beginnt im Kleinen.'],
    chineseLeftovers: [],
    duplicateLead: 'Zusammengefasst: ',
    titleStuffing: ' – Geschenkidee, Neuheit, Bestseller, Top-Qualität, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のフィーダーはガラスが薄く割れやすいです。',
      'コピー品の整理ボックスはすぐに反ってしまいます。',
      '偽物のガラス瓶は蜜が漏れることがあります。',
      '模倣品の滑り止めはすぐにはがれます。',
    ],
    slogans: ['小さな羽音を、毎朝の楽しみに。', '引き出しを開けるのが楽しくなる。'],
    chineseLeftovers: ['这个喂食器很好清洗，蜂鸟也很喜欢来吃。', '这套收纳盒质量很好，抽屉一下子就整齐了。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜人気 おすすめ ギフト 新作 送料無料 即日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las fundas baratas se pelan con el primer verano.',
      'Una imitación de piel se agrieta con el sol del parabrisas.',
      'Las falsificaciones de organizadores se descosen enseguida.',
      'Ese cuero falso huele a plástico durante semanas.',
    ],
    slogans: ['Tus manos, siempre a gusto.', 'Todo en su sitio, también en ruta.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Regalo, novedad, más vendido, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une brique pas chère s’effrite au bout de quelques séances.',
      'Les contrefaçons de bolsters perdent vite leur forme.',
      'Méfiez-vous du faux liège vendu en ligne.',
      'Aucune réplique n’offre la même adhérence.',
    ],
    slogans: ['Se poser, enfin.', 'Le liège, naturellement stable.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
