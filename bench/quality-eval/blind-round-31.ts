// Blind set, round 31 (written without reading the gate, committed before it is scored): six sports, fitness and
// outdoor-training products in the categories smart_jump_ropes, adjustable_kettlebells, freestanding_punching_bags,
// doorway_pull_up_bars, magnetic_spin_bikes and weighted_vests, 12 hand-written listings, three artifact styles per
// listing and wording of its own (this round: A/B-test and experiment labels, notes about images (an image slot, alt
// text, photo direction), SEO plug-in fields left in (Focus keyword, Slug, Schema), JSON-LD and schema.org fragments,
// URLs with tracking parameters, CSV and spreadsheet residue (quoted cells, semicolons, a header row), YAML front
// matter, and a reminder of the limits the field had to respect);
// legitimate numbers: Hopa R3 (3), 第二代 (second-generation, 第2世代), 百分之一 (1%), 3 m (9.8 ft), 150 to 190 cm,
// 两个 (two) balls, 几十 (dozens, 数十: vague), 200 mAh, 15 days, 一次 (idiomatic); Ferro 一只顶六只 (six in one, sechs),
// 4/6/8/10/12/14 kg, 六档 (six settings, sechs Stufen, six niveaux), 几秒 (a few seconds: vague), 13 cm, 双手 (both
// hands: not a number), 30 × 22 cm, 16 years, 两年 (zwei Jahre, deux ans); Striker 120 to 170 cm, 六档 (six steps,
// seis alturas), 10 years, 130 L (34.3 US gal), 180 kg (397 lb), 5 cm, 十几 (more than ten, más de diez: vague), 两副
// (two pairs, dos pares); Arco 第3代 (3. Generation, 第3世代), 72 to 95 cm, 3.2 cm (3,2), 200 kg, 双层 (doppellagig,
// 二重構造: not a number), 几十秒 (tens of seconds, 数十秒: vague), 25 cm, 上一代 (previous model: not a number), 两条
// (zwei, 2本); Vento S8 (8), 8 kg, 32 levels, 25 dB, 155 to 195 cm, 120 kg, 上百 (more than 100, plus de 100),
// 110 × 53 × 115 cm (43.3 × 20.9 × 45.3 in); Terra 10 kg, 20 blocks, 0.5 kg (0,5), 双层 (doble capa: not a number),
// 百分之四十 (40 %), 80 to 120 cm, 三种 (three, drei, tres) colours.
import type { Language } from '@content-pipeline/languages';
import {
  listing,
  type BlindListing,
  type DefectWording,
  type Artifact,
  afterSentence,
  afterSentenceJa,
} from './blind-set';

const ROPE_ZH = 'Hopa R3 第二代智能计数跳绳';
const ROPE_SRC =
  'Hopa R3 第二代智能计数跳绳，手柄内置霍尔传感器，计数误差低于百分之一。绳长3米，可自由剪短，适合身高150至190厘米的人群。另配两个无绳负重球，下雨天也能在室内练习。App可记录卡路里和每天几十组训练数据。内置200毫安时电池，充电一次可用约15天。';
const KETTLEBELL_ZH = 'Ferro 可调节铸铁壶铃 4-14公斤';
const KETTLEBELL_SRC =
  'Ferro 可调节壶铃一只顶六只：转动把手即可在4、6、8、10、12、14公斤六档之间切换，几秒就能换好。把手内宽13厘米，双手握持也很舒适。壳体为铸铁加粉末涂层，底部平整，不伤地板。标配收纳底座，占地仅30×22厘米。适合16岁以上使用，提供两年质保。';
const BAG_ZH = 'Striker 落地式拳击沙袋 高度可调';
const BAG_SRC =
  'Striker 落地式拳击沙袋，高度可在120至170厘米之间六档调节，适合10岁以上的青少年和成人。底座可注水约130升，注满后总重超过180公斤，重拳击打也不易移位。靶身外层为PU皮，内衬5厘米厚高密度海绵，底座边缘设有十几个防滑吸盘。附赠两副拳套。';
const BAR_ZH = 'Arco 第3代免打孔门框引体向上杆';
const BAR_SRC =
  'Arco 第3代免打孔门框引体向上杆，伸缩长度72至95厘米，适配大多数门框。杆体为直径3.2厘米的加厚钢管，最大承重200公斤。两端采用双层防滑橡胶垫，无需工具，几十秒即可装好。海绵握把长25厘米，握感舒适。加宽卡扣比上一代更稳，附赠两条弹力带。';
const BIKE_ZH = 'Vento S8 磁控静音动感单车';
const BIKE_SRC =
  'Vento S8 磁控动感单车，飞轮重8公斤，采用32档磁控阻力，骑行时噪音低于25分贝。座椅和车把高度均可调节，适合身高155至195厘米的骑行者，最大承重120公斤。LCD屏可显示速度、时间、距离和卡路里，通过蓝牙连接App可跟练上百节骑行课程。整车尺寸110×53×115厘米。';
const VEST_ZH = 'Terra 可调节负重背心 10公斤';
const VEST_SRC =
  'Terra 可调节负重背心总重10公斤，由20块0.5公斤的铁砂块组成，可按需增减。背心采用双层透气网布，透气性比普通面料提升百分之四十。侧面魔术贴可适应胸围80至120厘米，前后都有反光条，清晨或夜间跑步更安全。适合跑步、徒步和自重训练，有黑、灰、橄榄绿三种颜色可选。';

export const ROUND_31_LISTINGS: readonly BlindListing[] = [
  listing(
    'f01',
    'smart_jump_ropes',
    'en',
    ROPE_ZH,
    ROPE_SRC,
    {
      translated_description:
        'The second-generation Hopa R3 smart jump rope counts every turn with Hall sensors built into the handles, keeping the counting error below 1%. The 3 m (9.8 ft) rope can be trimmed to length and suits jumpers from 150 to 190 cm tall. Two cordless weighted balls are included, so you can keep training indoors on rainy days. The app logs calories burned and dozens of sets of training data every day. The 200 mAh battery lasts about 15 days on a full charge.',
      seo_title: 'Hopa R3 Smart Jump Rope, 2nd Gen, Cordless Balls',
      meta_description:
        'Second-generation Hopa R3 smart jump rope with Hall sensor counting accurate to within 1%, a trimmable 3 m rope, two cordless balls and app tracking.',
      h1: 'Hopa R3 Counting Jump Rope',
      marketing_copy_a:
        'One rope for the park and the living room, plus an app that does the counting for you. Get the Hopa R3 today.',
      marketing_copy_b:
        'Remember the rhythm of the playground, feet light and heart racing? Find that feeling again, skip after skip. Discover the Hopa R3.',
      marketing_copy_c: 'Launch week: every order ships with a free spare rope. Shop now while stocks last.',
    },
    { field: 'seo_title', find: '2nd Gen', replace: '4th Gen', labels: ['number_invented'] },
    'The 200 mAh battery lasts about 15 days on a full charge.',
  ),
  listing(
    'f01',
    'smart_jump_ropes',
    'ja',
    ROPE_ZH,
    ROPE_SRC,
    {
      translated_description:
        'Hopa R3は第2世代のスマートカウント縄跳びです。グリップにホールセンサーを内蔵し、カウント誤差は1%未満に抑えています。ロープの長さは3mで、お好みの長さにカットでき、身長150〜190cmの方にお使いいただけます。コードレスのウェイトボールが2個付属しているので、雨の日も室内でトレーニングできます。アプリでは消費カロリーと、毎日数十セット分のトレーニングデータを記録できます。200mAhのバッテリーを内蔵し、フル充電で約15日間使えます。',
      seo_title: 'Hopa R3 スマート縄跳び 第2世代 カウント機能付き',
      meta_description:
        '第2世代のスマート縄跳び。誤差1%未満の自動カウント、カットできる3mのロープ、コードレスボール2個付きで、雨の日も室内で跳べます。',
      h1: 'Hopa R3 回数を数える縄跳び',
      marketing_copy_a: '公園でもリビングでも使えて、回数はアプリにおまかせ。今すぐ購入。',
      marketing_copy_b:
        '子どもの頃の、あの軽やかなリズムを覚えていますか？跳ぶたびに心まで弾む毎日を、もう一度。ぜひお試しください。',
      marketing_copy_c: '発売記念として、予備のロープを無料でお付けします。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '約15日間',
      replace: '約30日間',
      labels: ['number_dropped', 'number_invented'],
    },
    '200mAhのバッテリーを内蔵し、フル充電で約15日間使えます。',
  ),
  listing(
    'f02',
    'adjustable_kettlebells',
    'de',
    KETTLEBELL_ZH,
    KETTLEBELL_SRC,
    {
      translated_description:
        'Die verstellbare Kettlebell Ferro ersetzt sechs einzelne Kugeln: Mit einer Drehung am Griff wechseln Sie in wenigen Sekunden zwischen 4, 6, 8, 10, 12 und 14 kg, also sechs Gewichtsstufen. Der Griff ist innen 13 cm breit und lässt sich auch beidhändig bequem fassen. Das Gehäuse besteht aus pulverbeschichtetem Gusseisen, die flache Unterseite schont den Boden. Eine Ablagestation gehört zum Lieferumfang und braucht nur 30 × 22 cm Platz. Geeignet ab 16 Jahren, mit zwei Jahren Garantie.',
      seo_title: 'Ferro verstellbare Kettlebell, 4 bis 14 kg, 6 Stufen',
      meta_description:
        'Verstellbare Kettlebell Ferro: sechs Gewichte von 4 bis 14 kg per Drehung am Griff, Gusseisen mit Pulverbeschichtung und platzsparende Ablagestation.',
      h1: 'Ferro Kettlebell für Ihr Heimtraining',
      marketing_copy_a: 'Sechs Kugeln im Regal? Eine Ferro reicht und spart Platz wie Geld. Jetzt bestellen.',
      marketing_copy_b:
        'Das Brennen in den Schultern nach dem letzten Swing und der Stolz danach: So fühlt sich Fortschritt an. Entdecken Sie Ferro.',
      marketing_copy_c:
        'Nur bis Sonntag: Trainingsposter und Griffband gratis zu jeder Kettlebell. Jetzt kaufen.',
    },
    {
      field: 'translated_description',
      find: 'innen 13 cm breit',
      replace: 'innen 15 cm breit',
      labels: ['number_dropped', 'number_invented'],
    },
    'Geeignet ab 16 Jahren, mit zwei Jahren Garantie.',
  ),
  listing(
    'f02',
    'adjustable_kettlebells',
    'fr',
    KETTLEBELL_ZH,
    KETTLEBELL_SRC,
    {
      translated_description:
        'La kettlebell réglable Ferro remplace à elle seule six kettlebells : tournez la poignée pour passer de 4 à 6, 8, 10, 12 ou 14 kg, soit six niveaux de charge, en quelques secondes. La poignée offre 13 cm de largeur intérieure et se saisit confortablement à pleines mains. Le corps en fonte, recouvert d’une peinture en poudre, repose sur une base plane qui ménage le sol. Le socle de rangement fourni n’occupe que 30 × 22 cm. Convient dès 16 ans, garantie deux ans.',
      seo_title: 'Kettlebell réglable Ferro, de 4 à 14 kg, en fonte',
      meta_description:
        'Kettlebell réglable Ferro : six charges de 4 à 14 kg d’un simple tour de poignée, fonte revêtue et socle de rangement compact. Idéale à la maison.',
      h1: 'Ferro, toute une série de kettlebells en une',
      marketing_copy_a:
        'Toute la gamme de charges, sans encombrer le salon ni votre budget. Commandez votre Ferro.',
      marketing_copy_b:
        'Le souffle court après la dernière série, et cette fierté qui vous suit toute la journée. Voilà ce que l’on ressent quand on progresse. Découvrez Ferro.',
      marketing_copy_c:
        'Jusqu’à dimanche, un poster d’exercices est offert avec chaque kettlebell : profitez-en !',
    },
    { field: 'meta_description', find: 'de 4 à 14 kg', replace: 'de 4 à 20 kg', labels: ['number_invented'] },
    'Le socle de rangement fourni n’occupe que 30 × 22 cm.',
  ),
  listing(
    'f03',
    'freestanding_punching_bags',
    'en',
    BAG_ZH,
    BAG_SRC,
    {
      translated_description:
        'The Striker free-standing punching bag adjusts in six steps from 120 to 170 cm, so it suits teenagers from 10 years up as well as adults. The base takes about 130 L (34.3 US gal) of water, and once filled the whole bag weighs over 180 kg (397 lb), so it stays put even under heavy hooks. The striking column has a PU leather skin over a 5 cm layer of high-density foam, and more than ten suction cups around the base keep it from sliding. Two pairs of boxing gloves are included.',
      seo_title: 'Striker Free-Standing Punching Bag, 120–170 cm',
      meta_description:
        'Striker free-standing punching bag: six height settings from 120 to 170 cm, a water-filled base weighing over 180 kg and two pairs of gloves included.',
      h1: 'Striker Freestanding Boxing Bag',
      marketing_copy_a:
        'No ceiling hooks, no drilling and no gym fees: just fill the base and start training. Order your Striker today.',
      marketing_copy_b:
        'That first clean combination, the thud of the bag and the rush that follows never get old. Discover the Striker.',
      marketing_copy_c: 'This month only, hand wraps come free with every bag. Grab yours now.',
    },
    {
      field: 'translated_description',
      replace: 'Setting it up takes about 15 minutes.',
      labels: ['number_invented'],
    },
    'The striking column has a PU leather skin over a 5 cm layer of high-density foam, and more than ten suction cups around the base keep it from sliding.',
  ),
  listing(
    'f03',
    'freestanding_punching_bags',
    'es',
    BAG_ZH,
    BAG_SRC,
    {
      translated_description:
        'El saco de boxeo de pie Striker se ajusta en seis alturas entre 120 y 170 cm y es apto para adolescentes a partir de 10 años y para adultos. La base admite unos 130 litros de agua; una vez llena, el conjunto supera los 180 kg y no se desplaza ni con los golpes más fuertes. El cuerpo está forrado de piel sintética PU sobre una capa de espuma de alta densidad de 5 cm, y el borde de la base lleva más de diez ventosas antideslizantes. Incluye dos pares de guantes de boxeo.',
      seo_title: 'Saco de boxeo de pie Striker, altura de 120 a 170 cm',
      meta_description:
        'Saco de boxeo de pie Striker con seis alturas de 120 a 170 cm, base de agua que supera los 180 kg y dos pares de guantes incluidos. Entrena en casa.',
      h1: 'Striker, tu saco de boxeo sin anclajes',
      marketing_copy_a:
        'Sin taladrar el techo ni pagar cuotas de gimnasio: llenas la base y a entrenar. Cómpralo hoy.',
      marketing_copy_b:
        '¿Recuerdas la descarga de soltar un buen directo después de un día largo? Esa sensación te espera en casa. Descubre el Striker.',
      marketing_copy_c: 'Vendas de regalo durante este mes con cada saco: aprovecha la oferta.',
    },
    {
      field: 'translated_description',
      find: 'unos 130 litros',
      replace: 'unos 150 litros',
      labels: ['number_dropped', 'number_invented'],
    },
    'El cuerpo está forrado de piel sintética PU sobre una capa de espuma de alta densidad de 5 cm, y el borde de la base lleva más de diez ventosas antideslizantes.',
  ),
  listing(
    'f06',
    'weighted_vests',
    'de',
    VEST_ZH,
    VEST_SRC,
    {
      translated_description:
        'Die verstellbare Gewichtsweste Terra wiegt insgesamt 10 kg und besteht aus 20 Eisensandblöcken zu je 0,5 kg, die Sie nach Bedarf herausnehmen oder einsetzen. Das doppellagige Mesh ist um 40 % atmungsaktiver als herkömmliche Stoffe. Der seitliche Klettverschluss passt sich einem Brustumfang von 80 bis 120 cm an, und Reflexstreifen vorne und hinten machen Läufe am frühen Morgen oder abends sicherer. Die Weste eignet sich für Laufen, Wandern und Training mit dem eigenen Körpergewicht und ist in drei Farben erhältlich: Schwarz, Grau und Olivgrün.',
      seo_title: 'Terra Gewichtsweste 10 kg, verstellbar, drei Farben',
      meta_description:
        'Verstellbare Gewichtsweste Terra: 10 kg in 20 Blöcken zu je 0,5 kg, atmungsaktives Mesh, Reflexstreifen und Klettverschluss für 80 bis 120 cm Brustumfang.',
      h1: 'Terra Weste für Lauf- und Krafttraining',
      marketing_copy_a:
        'Mehr Trainingsreiz ohne Hanteln und ohne Studio, denn die Weste nehmen Sie überallhin mit. Jetzt kaufen.',
      marketing_copy_b:
        'Die gewohnte Morgenrunde fühlt sich plötzlich wieder wie eine Herausforderung an, und genau das wollten Sie. Entdecken Sie Terra.',
      marketing_copy_c:
        'Zum Saisonstart gibt es eine Trinkflasche gratis zu jeder Weste – ab in den Warenkorb und los.',
    },
    {
      field: 'translated_description',
      replace: 'Leer wiegt die Weste nur 600 g.',
      labels: ['number_invented'],
    },
    'Das doppellagige Mesh ist um 40 % atmungsaktiver als herkömmliche Stoffe.',
  ),
  listing(
    'f06',
    'weighted_vests',
    'es',
    VEST_ZH,
    VEST_SRC,
    {
      translated_description:
        'El chaleco lastrado ajustable Terra pesa 10 kg en total y se compone de 20 bloques de arena de hierro de 0,5 kg que puedes quitar o añadir según lo necesites. Su malla de doble capa transpira un 40 % más que los tejidos convencionales. El cierre lateral de velcro se adapta a contornos de pecho de 80 a 120 cm, y las bandas reflectantes delante y detrás te hacen más visible al correr de madrugada o de noche. Sirve para correr, hacer senderismo y entrenar con tu propio peso, y está disponible en tres colores: negro, gris y verde oliva.',
      seo_title: 'Chaleco lastrado ajustable Terra de 10 kg, tres colores',
      meta_description:
        'Chaleco lastrado Terra de 10 kg con 20 bloques de 0,5 kg, malla transpirable y bandas reflectantes. Ideal para correr, caminar y entrenar en casa.',
      h1: 'Terra, el chaleco que sube el nivel',
      marketing_copy_a:
        'Más intensidad sin comprar pesas ni pagar gimnasio: te lo pones y listo. Consíguelo hoy.',
      marketing_copy_b:
        'Esa carrera de siempre vuelve a ser un reto, y terminarla sabe a victoria. Descubre Terra.',
      marketing_copy_c: 'Botella de regalo con cada chaleco hasta fin de mes: hazte con el tuyo.',
    },
    { field: 'seo_title', find: 'de 10 kg', replace: 'de 15 kg', labels: ['number_invented'] },
    'Su malla de doble capa transpira un 40 % más que los tejidos convencionales.',
  ),
  listing(
    'f05',
    'magnetic_spin_bikes',
    'en',
    BIKE_ZH,
    BIKE_SRC,
    {
      translated_description:
        'The Vento S8 magnetic spin bike pairs an 8 kg flywheel with 32 levels of magnetic resistance and stays below 25 dB while you ride. Both the saddle and the handlebars adjust in height, fitting riders from 155 to 195 cm, and the frame carries up to 120 kg. The LCD screen shows speed, time, distance and calories, and over Bluetooth the app lets you follow more than 100 guided cycling classes. The bike measures 110 × 53 × 115 cm (43.3 × 20.9 × 45.3 in).',
      seo_title: 'Vento S8 Magnetic Spin Bike, 32 Levels, 8 kg Flywheel',
      meta_description:
        'Vento S8 magnetic spin bike with an 8 kg flywheel, 32 resistance levels and under 25 dB of noise, for riders from 155 to 195 cm. Over 100 app classes.',
      h1: 'Vento S8 Quiet Indoor Exercise Bike',
      marketing_copy_a:
        'Skip the studio membership and ride on your own schedule, right at home. Shop the Vento S8.',
      marketing_copy_b:
        'Rain on the windows, music up, legs spinning: the best part of the day is the part you ride. Treat yourself to the Vento S8.',
      marketing_copy_c:
        'Spring offer: free delivery and a floor mat with every bike this month. Add the Vento S8 to your cart today.',
    },
    {
      field: 'meta_description',
      find: '32 resistance levels',
      replace: '40 resistance levels',
      labels: ['number_invented'],
    },
    'The bike measures 110 × 53 × 115 cm (43.3 × 20.9 × 45.3 in).',
  ),
  listing(
    'f05',
    'magnetic_spin_bikes',
    'fr',
    BIKE_ZH,
    BIKE_SRC,
    {
      translated_description:
        'Le vélo de spinning magnétique Vento S8 associe un volant d’inertie de 8 kg à 32 niveaux de résistance magnétique, et reste sous les 25 dB pendant l’effort. La selle et le guidon se règlent en hauteur pour les cyclistes de 155 à 195 cm, et le cadre supporte jusqu’à 120 kg. L’écran LCD affiche la vitesse, le temps, la distance et les calories ; via Bluetooth, l’application vous donne accès à plus de 100 cours de vélo guidés. Dimensions : 110 × 53 × 115 cm.',
      seo_title: 'Vélo de spinning magnétique Vento S8, 32 niveaux',
      meta_description:
        'Vélo de spinning Vento S8 : volant d’inertie de 8 kg, 32 niveaux de résistance magnétique, moins de 25 dB et plus de 100 cours guidés dans l’appli.',
      h1: 'Vento S8, le vélo d’intérieur silencieux',
      marketing_copy_a:
        'Plus besoin d’abonnement en salle : pédalez quand vous voulez, sans quitter la maison. Achetez le Vento S8.',
      marketing_copy_b:
        'La pluie contre la vitre, votre playlist à fond et les jambes qui tournent : voilà votre moment à vous. Découvrez le Vento S8.',
      marketing_copy_c: 'Ce mois-ci, livraison et tapis de sol offerts : commandez dès maintenant.',
    },
    {
      field: 'translated_description',
      find: 'jusqu’à 120 kg',
      replace: 'jusqu’à 130 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Dimensions : 110 × 53 × 115 cm.',
  ),
  listing(
    'f04',
    'doorway_pull_up_bars',
    'ja',
    BAR_ZH,
    BAR_SRC,
    {
      translated_description:
        'Arcoは、穴あけ不要でドア枠に取り付けられる第3世代の懸垂バーです。長さは72〜95cmの範囲で伸縮し、ほとんどのドア枠に対応します。バーは直径3.2cmの肉厚スチールパイプで、耐荷重は200kgです。両端には二重構造の滑り止めラバーパッドを採用し、工具なしで数十秒あれば設置できます。スポンジグリップは長さ25cmで、しっかり握れます。幅広になったフックは前モデルより安定感が増し、トレーニングチューブが2本付属します。',
      seo_title: 'Arco 懸垂バー 第3世代 ドア枠用 穴あけ不要',
      meta_description:
        '穴あけ不要でドア枠に付けられる第3世代の懸垂バー。72〜95cmに伸縮し、耐荷重は200kg。工具いらずで数十秒で設置でき、チューブ2本付きです。',
      h1: 'Arco おうち懸垂バー',
      marketing_copy_a: 'ジムに通わなくても、廊下がトレーニングスペースに。壁も傷つけません。今すぐ購入。',
      marketing_copy_b:
        'あごがバーを越えたときの、あの達成感。毎日少しずつ強くなる喜びを、ご自宅で味わいませんか。ぜひチェックしてください。',
      marketing_copy_c: '発売キャンペーン中につき、ドア枠保護パッドをプレゼント。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '直径3.2cm',
      replace: '直径3.5cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'スポンジグリップは長さ25cmで、しっかり握れます。',
  ),
  listing(
    'f04',
    'doorway_pull_up_bars',
    'de',
    BAR_ZH,
    BAR_SRC,
    {
      translated_description:
        'Die Klimmzugstange Arco der 3. Generation wird ohne Bohren in den Türrahmen gesetzt und lässt sich von 72 bis 95 cm ausziehen, passend für die meisten Türen. Die Stange ist ein verstärktes Stahlrohr mit 3,2 cm Durchmesser und trägt bis zu 200 kg. An beiden Enden sorgen doppellagige, rutschfeste Gummipolster für Halt; Werkzeug brauchen Sie keins, die Montage ist in Sekundenschnelle erledigt. Die Schaumstoffgriffe sind 25 cm lang und liegen angenehm in der Hand. Die verbreiterten Halterungen sitzen stabiler als beim Vorgängermodell, und zwei Widerstandsbänder liegen bei.',
      seo_title: 'Arco Klimmzugstange für den Türrahmen, bis 200 kg',
      meta_description:
        'Klimmzugstange Arco der 3. Generation: ohne Bohren montiert, 72 bis 95 cm ausziehbar, bis 200 kg belastbar, inklusive zwei Widerstandsbändern.',
      h1: 'Arco Klimmzugstange ohne Bohren',
      marketing_copy_a:
        'Kein Studio-Abo, keine Dübel, keine Löcher in der Wand: Ihr Trainingsplatz hängt ab sofort im Flur. Jetzt kaufen.',
      marketing_copy_b:
        'Der Moment, in dem Ihr Kinn endlich über die Stange kommt, bleibt lange im Gedächtnis. Entdecken Sie Arco.',
      marketing_copy_c: 'Aktion zum Marktstart: Türrahmenschoner inklusive. Sichern Sie sich Ihre Arco.',
    },
    {
      field: 'meta_description',
      find: 'bis 200 kg belastbar',
      replace: 'bis 250 kg belastbar',
      labels: ['number_invented'],
    },
    'Die Schaumstoffgriffe sind 25 cm lang und liegen angenehm in der Hand.',
  ),
];

// en: listing 1 (jump rope) takes styles 0-2, listing 2 (punching bag) 3-5, listing 3 (spin bike) 6-8.
// No digits in artifacts that land in the description, title or meta (those fields are checked for numbers).
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `---\nlang: en-GB\nfield: translated_description\nstatus: draft\n---\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      '[Experiment “hero-copy-value” · arm B · 50/50 split]',
    ),
  }),
  (c) => ({ h1: `${c.h1} [IMAGE: hero shot, athlete mid-jump on a grey studio floor]` }),
  (c) => ({
    translated_description: `${c.translated_description}\n<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", "name": "Striker Free-Standing Punching Bag", "brand": {"@type": "Brand", "name": "Striker"}}</script>`,
  }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Focus keyword: free-standing punching bag | Slug: striker-punching-bag | Schema: Product',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} https://www.striker-fitness.com/products/striker-bag?utm_source=newsletter&utm_medium=email&utm_campaign=boxing_q3&utm_content=cta_b`,
  }),
  (c) => ({
    translated_description: `"handle";"field";"text"\n"vento-spin-bike";"description";"${c.translated_description}"`,
  }),
  (c) => ({ h1: `${c.h1} (H1 limit: 70 characters max, must not repeat the SEO title)` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Alt text: woman riding a black spin bike in a bright living room.',
    ),
  }),
];

// de: listing 1 (kettlebell) takes styles 0-2, listing 2 (weighted vest) 3-5, listing 3 (pull-up bar) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_c: `A/B-Test „Aktionstext“ · Testgruppe B\n${c.marketing_copy_c}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '"@type": "Product", "material": "Gusseisen", "category": "Kettlebells",',
    ),
  }),
  (c) => ({
    marketing_copy_a: `[BILD: Kettlebell auf Holzboden, Seitenansicht, Griff im Fokus]\n${c.marketing_copy_a}`,
  }),
  (c) => ({ marketing_copy_a: `"marketing_copy_a";"${c.marketing_copy_a}";"de_DE";"freigegeben"` }),
  (c) => ({
    translated_description: `Fokus-Keyword: Gewichtsweste\nSlug: terra-gewichtsweste-verstellbar\nSchema: Product\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `${c.h1}\nAlt-Text: Läuferin mit grauer Gewichtsweste im Morgenlicht` }),
  (c) => ({
    marketing_copy_b: `---\nfeld: marketing_copy_b\nton: emotional\nsprache: de-DE\n---\n${c.marketing_copy_b}`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nMehr dazu: https://www.arco-sport.de/klimmzugstange?utm_source=preisvergleich&utm_medium=cpc&utm_campaign=fruehjahrsaktion`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n[Vorgabe für dieses Feld: höchstens 90 Zeichen, Handlungsaufforderung am Ende, keine Preise]`,
  }),
];

// ja: listing 1 (jump rope) takes styles 0-2, listing 2 (pull-up bar) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\nフォーカスキーワード：スマート縄跳び／スラッグ：hopa-smart-jump-rope`,
  }),
  (c) => ({ marketing_copy_b: `【ABテスト：パターンB】${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_c: `"field","text","locale"\n"marketing_copy_c","${c.marketing_copy_c}","ja_JP"`,
  }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      2,
      '\n［画像挿入：ドア枠に取り付けた状態の全体写真］\n',
    ),
  }),
  (c) => ({ h1: `{"@type": "Product", "name": "${c.h1}"}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\nhttps://www.arco-fit.jp/lp/pullup?utm_source=line&utm_medium=social&utm_campaign=launch_ja`,
  }),
];

// es: listing 1 (punching bag) takes styles 0-2, listing 2 (weighted vest) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'https://striker-boxeo.es/saco-de-pie?utm_source=instagram&utm_medium=bio&utm_campaign=vuelta_al_gym',
    ),
  }),
  (c) => ({
    translated_description: `---\nidioma: es-ES\ncampo: descripcion\nrevision: pendiente\n---\n${c.translated_description}`,
  }),
  (c) => ({ h1: `${c.h1} (máx. 60 caracteres y distinto del título SEO)` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nExperimento: texto_promo · grupo de control` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n[Foto sugerida: corredora con el chaleco al amanecer, plano medio, fondo desenfocado]`,
  }),
  (c) => ({
    marketing_copy_a: `Palabra clave principal: chaleco lastrado | Slug: chaleco-lastrado-terra\n${c.marketing_copy_a}`,
  }),
];

// fr: listing 1 (kettlebell) takes styles 0-2, listing 2 (spin bike) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `langue;champ;texte\nfr-FR;description;"${c.translated_description}"` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\nTexte alternatif : kettlebell noire posée sur un parquet clair`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} (≤ 90 caractères, appel à l’action final : OK)` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n{"@context": "https://schema.org", "@type": "Offer", "availability": "https://schema.org/InStock"}`,
  }),
  (c) => ({ h1: `${c.h1}\nMot-clé principal : vélo de spinning · Slug : vento-velo-spinning` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '[Test A/B – version B, à comparer avec la fiche actuelle]',
    ),
  }),
];

export const ROUND_31_WORDING: Record<Language, DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap ropes tangle within a week.',
      'Knockoff gear rarely survives a real workout.',
      'We never stock counterfeit equipment.',
      'Fake fitness bargains cost you more in the end.',
    ],
    slogans: ['Every skip counts.', 'Strength that stands its ground.'],
    chineseLeftovers: [],
    duplicateLead: 'In a nutshell: ',
    titleStuffing: ' | Home Gym, Cardio Workout, Gift for Athletes, Free Shipping',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Stangen biegen sich schon nach wenigen Wochen durch.',
      'Fälschungen unserer Weste kursieren auf Auktionsportalen.',
      'Eine Nachahmung übersteht kein hartes Training.',
      'Kein Imitat aus dem Sonderposten.',
    ],
    slogans: ['Mehr Gewicht, mehr Fortschritt.', 'Stark an jeder Tür.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz und knapp: ',
    titleStuffing: ' | Heimtraining, Fitness, Geschenk für Sportler, versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の縄跳びとは耐久性が違います。',
      'コピー品のグリップは滑りやすく危険です。',
      '模倣品の懸垂バーにご注意ください。',
      '偽物のトレーニング用品が出回っています。',
    ],
    slogans: ['毎日が、ちょっとずつ強くなる。', 'リズムに乗って、心も軽く。'],
    chineseLeftovers: ['这根跳绳的计数非常准确。', '安装时请确认门框的宽度。'],
    duplicateLead: '結論から言うと、',
    titleStuffing: '｜ホームジム 筋トレ 人気ランキング おすすめ 送料無料',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las pesas baratas se oxidan enseguida.',
      'Desconfía de las imitaciones sin certificado.',
      'Ningún chaleco falso pasa nuestras pruebas.',
      'No trabajamos con réplicas ni con saldos.',
    ],
    slogans: ['Cada kilo cuenta.', 'Golpe a golpe, más fuerte.'],
    chineseLeftovers: [],
    duplicateLead: 'Al grano: ',
    titleStuffing: ' | Gimnasio en casa, cardio, regalo para deportistas, envío gratis',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un sac pas cher se renverse au premier crochet.',
      'Les contrefaçons circulent sur les sites d’enchères.',
      'Aucune réplique ne résiste à un vrai entraînement.',
      'Méfiez-vous des faux avis sur les vélos d’appartement.',
    ],
    slogans: ['Frapper fort, rester serein.', 'La route, sans quitter le salon.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour tout dire : ',
    titleStuffing: ' | Salle de sport à la maison, cardio, idée cadeau sportif, livraison offerte',
  },
};
