// Blind set, round 56 (written without reading the gate, committed before it is scored): six hobby, household and
// outdoor products in the categories pottery_wheels, heated_clothes_airers, camping_lanterns, compost_tumblers,
// stunt_kites and vacuum_storage_bags, 12 hand-written listings, three artifact styles per listing and wording of
// its own (this round: chatter that blends into the copy, as a reviewer finds it in real model output: a question to
// the requester between two sentences, a bracketed remark about the wording (in English inside de and es fields, in
// French inside a fr field), a hedge about the source ("if I'm reading the spec sheet correctly", "sofern ich das
// Original richtig verstehe", "仕様書の読み違いでなければ", "si no me equivoco al leer la ficha", "si j'ai bien
// compris la fiche"), first-person reasoning ("I went with …", "Ich würde hier eher … schreiben", "He puesto … porque"),
// a pointer to another part of the answer ("shorter option below", "siehe oben", "justo debajo"), a note on length,
// an offer of alternatives, a status word (WIP, Rohfassung, 要確認, pendiente de revisión, à relire), a leftover
// placeholder ([brand], XXX, ＿＿＿, {nom_produit}) and a note to a colleague by name; no digits in artifacts that
// land in the description, title or meta); legitimate numbers:
// Clayra 350 W, 25 cm (9.8 in), 0 to 300 rpm (0 à 300 tr/min), 双手 (both hands, les deux mains: not a spec),
// 一键 (idiomatic), 左右手 (left- and right-handed: 左右 here is not "about"), about 50 cm (19.7 in), about 9 kg
// (19.8 lb), 四个 (four, quatre) suction feet, 十几件 (more than ten, plus de dix) tools, 两块 (two, deux) bats,
// under 50 dB (sous les 50 dB), 半小时 (half an hour, une demi-heure), 一个小碗 (a small bowl: article);
// Warmlin about 80×55×95 cm, 10 bars (10 Stangen, 10本), 一家三口 (dreiköpfige Familie, 3人家族), 一天 (an einem
// Tag / その日: idiomatic), about 200 W, 45 to 55 °C (45～55℃), 2小时左右 (etwa 2 Stunden, 2時間ほど), 半天 (einen
// halben Tag, 半日), timer 2, 4 or 6 hours (2・4・6時間), 12 cm, 15公斤以上 (über 15 kg, 15kg以上);
// Lumitra 600 lm (600 lúmenes), 两种 (two, dos) colour temperatures, 5200 mAh (5,200 mAh, 5200 mAh), about 40
// hours, 5小时左右 (around 5 hours, unas 5 horas), Type-C (USB-C), 3.5 hours (3,5 horas), IPX4, about 18 cm
// (7.1 in), 半斤 (250 g (8.8 oz): half a jin), 两用 (hook or magnet: idiomatic, not a spec);
// Rotera 双仓 (two chambers, not a spec of its own), 160 L (160 l), 两个80升 (zwei Kammern mit je 80 l, deux
// compartiments de 80 L), 好几年 (years: no number), 两三天 (alle zwei bis drei Tage, tous les deux ou trois
// jours), 五六圈 (fünf bis sechs Umdrehungen, cinq à six tours), about 4 to 6 weeks, about 30 cm, 50公斤以上
// (über 50 kg, plus de 50 kg), about 20 minutes;
// Skyvern 双线 (dual-line, not a spec; the de listing says Lenkdrachen), about 1.6 m (5.2 ft, 1,6 m), about 70 cm
// (27.6 in), under 300 g (10.6 oz), 3至6级 (Beaufort force 3 to 6, Windstärke 3 bis 6), 两根 (two, zwei) lines of
// 30 m (98 ft), 一对 (a pair, ein Paar: article), 十几分钟 (just over ten minutes, gut zehn Minuten), about 90 cm
// (35 in), 8岁以上 (aged 8 and up, ab 8 Jahren);
// Packora 8 bags (8枚), 100×80 cm ×3, 80×60 cm ×3, 60×45 cm ×2 (3枚 / 2枚, 3 grandes / 2 pequeñas), 一个 (a hand
// pump: article), 0.11 mm (0,11 mm), 双拉链 (double zip, doble cremallera: not a spec), 一床 (a duvet: article),
// 两米 (2m, dos metros), about 75% (約75%, en torno al 75 %), 一下子 (idiomatic), 两三分钟 (2～3分, dos o tres
// minutos), 上百次 (100回以上, más de cien veces).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const POTTERY_ZH = 'Clayra 家用电动拉坯机 350瓦 脚踏调速';
const POTTERY_SRC =
  'Clayra 家用电动拉坯机功率350瓦，转盘直径25厘米，转速0至300转/分钟无级调节，用脚踏板控制，双手可以专心塑形。正反转一键切换，左右手都能用。可拆卸泥水盘宽约50厘米，清洗很方便。机身重约9公斤，底部有四个吸盘脚，拉坯时稳稳不晃。附赠十几件修坯工具和两块木质转盘垫片。电机运行安静，噪音在50分贝以下，晚上在家练习也不吵人。适合初学者和儿童陶艺课，半小时就能拉出一个小碗。';
const AIRER_ZH = 'Warmlin 电热晾衣架 10杆 折叠款';
const AIRER_SRC =
  'Warmlin 电热晾衣架采用加厚铝合金，展开后约80×55×95厘米，10根横杆都能发热，一家三口一天换下的衣服一次就能晾完。功率约200瓦，杆体温度保持在45至55℃，不烫手也不伤衣料。内衣袜子2小时左右就能烘干，厚外套大概要半天。可设定2、4、6小时自动断电，出门也放心。收起来厚度仅12厘米，能塞进门后或冰箱边的缝隙里。承重15公斤以上，挂满湿毛巾也不晃。回南天、梅雨季的好帮手。';
const LANTERN_ZH = 'Lumitra 充电露营灯 600流明 5200毫安';
const LANTERN_SRC =
  'Lumitra 户外露营灯最高亮度600流明，有暖光和白光两种色温，亮度可无级调节。内置5200毫安锂电池，最低档可连续照明约40小时，最高档也能用5小时左右。Type-C接口充电，3.5小时充满，还能当充电宝给手机应急补电。IPX4级防水，下雨天挂在帐篷外也不怕。灯身高约18厘米，重量仅半斤，顶部挂钩和底部磁吸两用。露营、钓鱼、停电备用都很实用。';
const COMPOST_ZH = 'Rotera 双仓旋转堆肥桶 160升';
const COMPOST_SRC =
  'Rotera 双仓旋转堆肥桶总容量160升，分成两个80升的独立仓，一边装新的厨余和落叶，一边慢慢发酵，轮流使用。桶身采用加厚PP材料，抗紫外线，放在院子里日晒雨淋好几年也不变形。每隔两三天转五六圈，让里面充分透气，夏天约4至6周就能得到松软的堆肥。桶底离地约30厘米，可以直接用手推车接料。钢制支架承重50公斤以上，安装约20分钟。';
const KITE_ZH = 'Skyvern 双线特技风筝 1.6米翼展';
const KITE_SRC =
  'Skyvern 双线特技风筝翼展约1.6米，高约70厘米，采用防撕裂尼龙布和碳素杆，整只风筝不到300克。适合3至6级风，微风里也能轻松起飞。配两根30米长的风筝线和一对手柄，到手就能放。可以做翻转、急转、绕圈等花式动作，新手练十几分钟就能找到感觉。收纳袋长约90厘米，放进后备箱不占地方。建议8岁以上儿童在大人陪同下使用。';
const VACUUM_ZH = 'Packora 真空压缩袋 8只装 送手泵';
const VACUUM_SRC =
  'Packora 真空压缩袋套装共8只，包括大号（100×80厘米）3只、中号（80×60厘米）3只和小号（60×45厘米）2只，另送一个手动抽气泵。袋子采用0.11毫米加厚复合膜，双拉链密封，防潮防霉防虫蛀。一床两米长的厚棉被装进大号袋，抽完气体积可缩小约75%，换季收纳衣柜一下子宽敞很多。电动泵和吸尘器也能抽，手泵抽一袋大约两三分钟。袋子可重复使用上百次。';

export const ROUND_56_LISTINGS: readonly BlindListing[] = [
  listing(
    'w01',
    'pottery_wheels',
    'en',
    POTTERY_ZH,
    POTTERY_SRC,
    {
      translated_description:
        'The Clayra electric pottery wheel for home use runs on 350 W and has a 25 cm (9.8 in) wheel head. Speed is infinitely variable from 0 to 300 rpm and set with a foot pedal, so both hands stay free for shaping. A single button switches between clockwise and anticlockwise rotation, which makes the wheel just as comfortable for left-handed potters as for right-handed ones. The removable splash pan is about 50 cm (19.7 in) wide and rinses clean in no time. The wheel weighs about 9 kg (19.8 lb) and stands on four suction feet that keep it steady while you throw. It comes with more than ten trimming tools and two wooden bats. The motor runs quietly at under 50 dB, so evening practice at home won’t disturb anyone. Ideal for beginners and children’s pottery classes – within half an hour you can throw your first small bowl.',
      seo_title: 'Clayra Electric Pottery Wheel, 350 W, 25 cm Wheel Head',
      meta_description:
        'Clayra pottery wheel for home use: 350 W, 0 to 300 rpm by foot pedal, a 25 cm wheel head, reversible rotation and a quiet motor under 50 dB. Tools included.',
      h1: 'Clayra – Your Own Pottery Studio at Home',
      marketing_copy_a:
        'Studio sessions add up quickly. With tools and bats in the box, the Clayra lets you practise at home whenever the mood strikes. Order yours today.',
      marketing_copy_b:
        'Cool clay turning under your palms, the low hum of the motor, and a bowl slowly rising out of nothing. An evening well spent. Discover Clayra.',
      marketing_copy_c:
        'This month only: a bag of stoneware clay comes free with every wheel. Shop now while stocks last.',
    },
    { field: 'meta_description', find: '350 W', replace: '450 W', labels: ['number_invented'] },
    'The wheel weighs about 9 kg (19.8 lb) and stands on four suction feet that keep it steady while you throw.',
  ),
  listing(
    'w01',
    'pottery_wheels',
    'fr',
    POTTERY_ZH,
    POTTERY_SRC,
    {
      translated_description:
        'Le tour de potier électrique Clayra, conçu pour la maison, développe 350 W et dispose d’une girelle de 25 cm de diamètre. La vitesse se règle en continu de 0 à 300 tr/min à l’aide d’une pédale, ce qui vous laisse les deux mains libres pour façonner. Une seule touche inverse le sens de rotation : droitiers comme gauchers y trouvent leur compte. Le bac à barbotine amovible mesure environ 50 cm de large et se nettoie facilement. L’appareil pèse environ 9 kg et repose sur quatre pieds à ventouse qui le maintiennent bien stable pendant le tournage. Il est livré avec plus de dix outils de tournassage et deux rondeaux en bois. Le moteur reste discret, sous les 50 dB : vous pouvez pratiquer le soir sans déranger personne. Idéal pour les débutants et les ateliers de poterie pour enfants, il permet de tourner un petit bol en une demi-heure.',
      seo_title: 'Tour de potier électrique Clayra, 350 W, girelle 25 cm',
      meta_description:
        'Tour de potier Clayra pour la maison : 350 W, de 0 à 300 tr/min à la pédale, girelle de 25 cm, rotation réversible et moteur discret sous les 50 dB.',
      h1: 'Clayra, l’atelier de poterie à la maison',
      marketing_copy_a:
        'Les heures d’atelier finissent par coûter cher. Avec le Clayra, outils et rondeaux compris, vous tournez chez vous quand l’envie vous prend. Commandez le vôtre dès aujourd’hui.',
      marketing_copy_b:
        'L’argile fraîche qui glisse entre vos paumes, le ronronnement du moteur, un bol qui prend forme sous vos doigts. Une soirée qui vous ressemble. Découvrez Clayra.',
      marketing_copy_c:
        'Ce mois-ci, un pain de grès est offert avec chaque tour. Profitez-en avant la rupture de stock !',
    },
    {
      field: 'translated_description',
      find: 'd’une girelle de 25 cm',
      replace: 'd’une girelle de 28 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'L’appareil pèse environ 9 kg et repose sur quatre pieds à ventouse qui le maintiennent bien stable pendant le tournage.',
  ),
  listing(
    'w02',
    'heated_clothes_airers',
    'de',
    AIRER_ZH,
    AIRER_SRC,
    {
      translated_description:
        'Der beheizte Wäscheständer Warmlin besteht aus verstärktem Aluminium und misst aufgeklappt etwa 80 × 55 × 95 cm. Alle 10 Stangen werden warm, sodass die Wäsche, die eine dreiköpfige Familie an einem Tag ablegt, auf einmal Platz findet. Bei rund 200 W Leistung halten die Stangen 45 bis 55 °C – warm genug zum Trocknen, ohne an den Fingern zu brennen oder empfindliche Stoffe zu strapazieren. Unterwäsche und Socken sind in etwa 2 Stunden trocken, eine dicke Jacke braucht ungefähr einen halben Tag. Die Abschaltautomatik lässt sich auf 2, 4 oder 6 Stunden einstellen, sodass Sie beruhigt aus dem Haus gehen können. Zusammengeklappt ist er nur 12 cm flach und passt hinter die Tür oder in die Lücke neben dem Kühlschrank. Er trägt über 15 kg und wackelt auch voll behängt mit nassen Handtüchern nicht. Der ideale Helfer für feuchte Wintertage und verregnete Wochen.',
      seo_title: 'Warmlin beheizter Wäscheständer, 10 Stangen, 200 W',
      meta_description:
        'Beheizter Wäscheständer Warmlin aus Aluminium: 10 warme Stangen mit 45 bis 55 °C, Timer für 2, 4 oder 6 Stunden, zusammengeklappt nur 12 cm flach.',
      h1: 'Warmlin – trockene Wäsche bei jedem Wetter',
      marketing_copy_a:
        'Kein Trockner, kein Wäscheberg auf der Heizung: Warmlin trocknet schonend und verschwindet danach platzsparend hinter der Tür. Jetzt bestellen.',
      marketing_copy_b:
        'Das Lieblingsshirt ist trocken, obwohl es seit Tagen regnet. Und die Handtücher fühlen sich an wie frisch aus der Sonne. Entdecken Sie Warmlin.',
      marketing_copy_c:
        'Zum Herbstanfang gibt es eine passende Schutzhülle gratis dazu – sichern Sie sich Ihren Warmlin, solange der Vorrat reicht.',
    },
    { field: 'seo_title', find: '200 W', replace: '300 W', labels: ['number_invented'] },
    'Er trägt über 15 kg und wackelt auch voll behängt mit nassen Handtüchern nicht.',
  ),
  listing(
    'w02',
    'heated_clothes_airers',
    'ja',
    AIRER_ZH,
    AIRER_SRC,
    {
      translated_description:
        'Warmlinの電気式室内物干しは、厚みのあるアルミ合金製です。広げたときのサイズは約80×55×95cmです。10本のバーすべてが温まり、3人家族がその日に着た服をまとめて干せます。消費電力は約200Wで、バーの温度は45～55℃に保たれるため、熱すぎず衣類も傷めません。下着や靴下なら2時間ほど、厚手のコートでも半日ほどで乾きます。2・4・6時間の自動オフタイマー付きで、外出中も安心です。たたむと厚さわずか12cmなので、ドアの裏や冷蔵庫の横のすき間にも収まります。耐荷重は15kg以上あり、濡れたタオルをいっぱいに掛けてもぐらつきません。梅雨どきや冬の部屋干しの心強い味方です。',
      seo_title: 'Warmlin 電気式室内物干し 10本バー 200W',
      meta_description:
        '10本のバーが45～55℃に温まる電気式室内物干し。2・4・6時間の自動オフタイマー付きで、たたむと厚さ12cm。雨の日の部屋干しが快適に。',
      h1: 'Warmlin 雨の日も洗濯物がすっきり乾く',
      marketing_copy_a:
        '乾燥機を置く場所がなくても、部屋干しの悩みはこれで解消。使わないときはたたんでドアの裏にしまえます。今すぐ購入。',
      marketing_copy_b:
        '何日も雨が続いても、お気に入りのシャツはちゃんと乾いている。タオルはお日さまの下で干したようにふんわり。ぜひチェックしてください。',
      marketing_copy_c: '梅雨入り記念として、今なら専用カバーをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: 'たたむと厚さわずか12cm',
      replace: 'たたむと厚さわずか8cm',
      labels: ['number_dropped', 'number_invented'],
    },
    '耐荷重は15kg以上あり、濡れたタオルをいっぱいに掛けてもぐらつきません。',
  ),
  listing(
    'w03',
    'camping_lanterns',
    'en',
    LANTERN_ZH,
    LANTERN_SRC,
    {
      translated_description:
        'The Lumitra camping lantern puts out up to 600 lumens and offers two colour temperatures, warm and white, with stepless brightness control. Its built-in 5,200 mAh lithium battery gives about 40 hours of light on the lowest setting and around 5 hours even at full power. It charges over USB-C in 3.5 hours and also works as a power bank to top up your phone in a pinch. Rated IPX4, it can hang outside the tent in the rain without a worry. The lantern stands about 18 cm (7.1 in) tall and weighs only 250 g (8.8 oz); hang it from the top hook or stick it on with the magnetic base. Handy for camping, fishing or as a backup when the power goes out.',
      seo_title: 'Lumitra Camping Lantern, 600 Lumens, 5,200 mAh Battery',
      meta_description:
        'Rechargeable Lumitra camping lantern: 600 lumens, warm or white light, a 5,200 mAh battery for about 40 hours, IPX4 rain protection and a power bank mode.',
      h1: 'Lumitra: Warm Light Wherever You Pitch Your Tent',
      marketing_copy_a:
        'One lantern for the tent, the boat and the next power cut – and it charges your phone as well. Get your Lumitra today.',
      marketing_copy_b:
        'Dusk settles over the lake, the stove hisses, and a soft amber glow fills the tent. Those are the evenings you remember. Discover Lumitra.',
      marketing_copy_c:
        'Summer camping deal: a free carabiner and storage pouch with every lantern ordered this week. Shop now.',
    },
    {
      field: 'translated_description',
      find: 'around 5 hours even at full power',
      replace: 'around 8 hours even at full power',
      labels: ['number_dropped', 'number_invented'],
    },
    'It charges over USB-C in 3.5 hours and also works as a power bank to top up your phone in a pinch.',
  ),
  listing(
    'w03',
    'camping_lanterns',
    'es',
    LANTERN_ZH,
    LANTERN_SRC,
    {
      translated_description:
        'El farol de camping Lumitra alcanza hasta 600 lúmenes y ofrece dos temperaturas de color, cálida y blanca, con regulación continua del brillo. Su batería de litio integrada de 5200 mAh da unas 40 horas de luz en el nivel más bajo y unas 5 horas incluso a máxima potencia. Se carga por USB-C en 3,5 horas y también hace de batería externa para darle un empujón al móvil en caso de apuro. Con protección IPX4, puedes colgarlo fuera de la tienda aunque llueva. Mide unos 18 cm de alto y pesa solo 250 g; se cuelga del gancho superior o se fija con la base magnética. Ideal para acampar, pescar o tener a mano cuando se va la luz.',
      seo_title: 'Farol de camping Lumitra, 600 lúmenes, batería 5200 mAh',
      meta_description:
        'Farol de camping recargable Lumitra: 600 lúmenes, luz cálida o blanca, batería de 5200 mAh para unas 40 horas, protección IPX4 y función de batería externa.',
      h1: 'Lumitra, luz cálida allí donde acampes',
      marketing_copy_a:
        'Un solo farol para la tienda, la barca y el próximo apagón, que además carga tu móvil. Consigue el tuyo hoy.',
      marketing_copy_b:
        'Cae la tarde sobre el lago, el hornillo silba y una luz ámbar llena la tienda. Son las noches que se quedan contigo. Descubre Lumitra.',
      marketing_copy_c:
        'Oferta de verano: mosquetón y funda de regalo con cada farol pedido esta semana. Cómpralo ya.',
    },
    {
      field: 'meta_description',
      find: 'unas 40 horas',
      replace: 'unas 60 horas',
      labels: ['number_invented'],
    },
    'Mide unos 18 cm de alto y pesa solo 250 g; se cuelga del gancho superior o se fija con la base magnética.',
  ),
  listing(
    'w04',
    'compost_tumblers',
    'de',
    COMPOST_ZH,
    COMPOST_SRC,
    {
      translated_description:
        'Der Trommelkomposter Rotera fasst insgesamt 160 l, aufgeteilt in zwei getrennte Kammern mit je 80 l: In die eine kommen frische Küchenabfälle und Laub, in der anderen reift der Kompost in Ruhe – so wechseln Sie einfach ab. Die Trommel besteht aus verstärktem, UV-beständigem PP und bleibt auch nach Jahren in Sonne und Regen formstabil. Geben Sie ihr alle zwei bis drei Tage fünf bis sechs Umdrehungen, damit der Inhalt gut durchlüftet wird; im Sommer ist der Kompost nach etwa 4 bis 6 Wochen locker und krümelig. Die Trommel sitzt rund 30 cm über dem Boden, sodass Sie den fertigen Kompost direkt in die Schubkarre leeren können. Das Stahlgestell trägt über 50 kg, und der Aufbau dauert etwa 20 Minuten.',
      seo_title: 'Rotera Trommelkomposter, 160 l, zwei Kammern à 80 l',
      meta_description:
        'Trommelkomposter Rotera mit 160 l in zwei Kammern, UV-beständiger Trommel und stabilem Stahlgestell: lockerer Kompost im Sommer nach etwa 4 bis 6 Wochen.',
      h1: 'Rotera – aus Küchenabfällen wird Gartengold',
      marketing_copy_a:
        'Weniger Biomüll in der Tonne, kein gekaufter Dünger mehr: Rotera macht aus Abfällen wertvollen Humus für Ihre Beete. Jetzt bestellen.',
      marketing_copy_b:
        'Eine Handvoll dunkler, duftender Erde, die Sie selbst gemacht haben. Ihre Tomaten werden den Unterschied merken. Entdecken Sie Rotera.',
      marketing_copy_c:
        'Frühjahrsaktion: Ein Kompostbeschleuniger liegt jeder Bestellung gratis bei – sichern Sie sich Ihren Rotera noch heute.',
    },
    {
      field: 'translated_description',
      find: 'rund 30 cm über dem Boden',
      replace: 'rund 40 cm über dem Boden',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Stahlgestell trägt über 50 kg, und der Aufbau dauert etwa 20 Minuten.',
  ),
  listing(
    'w04',
    'compost_tumblers',
    'fr',
    COMPOST_ZH,
    COMPOST_SRC,
    {
      translated_description:
        'Le composteur rotatif Rotera offre une capacité totale de 160 L, répartie en deux compartiments indépendants de 80 L : l’un reçoit les nouveaux déchets de cuisine et les feuilles mortes pendant que, dans l’autre, le compost mûrit tranquillement, et vous alternez. Le tambour en PP renforcé résiste aux UV et ne se déforme pas, même après des années au soleil et sous la pluie. Tous les deux ou trois jours, faites-lui faire cinq à six tours pour bien aérer le contenu ; en été, vous obtenez un compost meuble en 4 à 6 semaines environ. Le tambour se trouve à environ 30 cm du sol, ce qui permet de vider le compost directement dans la brouette. Le support en acier supporte plus de 50 kg et le montage prend environ 20 minutes.',
      seo_title: 'Composteur rotatif Rotera, 160 L, deux bacs de 80 L',
      meta_description:
        'Composteur rotatif Rotera de 160 L en deux compartiments, tambour en PP résistant aux UV et support en acier : un compost meuble en 4 à 6 semaines en été.',
      h1: 'Rotera, vos épluchures deviennent or noir',
      marketing_copy_a:
        'Moins de déchets dans la poubelle, plus d’engrais à acheter : Rotera transforme vos restes en un humus précieux pour le potager. Commandez-le dès maintenant.',
      marketing_copy_b:
        'Une poignée de terre sombre et parfumée, faite de vos mains. Vos tomates sentiront la différence. Découvrez Rotera.',
      marketing_copy_c:
        'Offre de printemps : un activateur de compost offert avec chaque commande. Ajoutez Rotera à votre panier !',
    },
    { field: 'seo_title', find: '160 L', replace: '180 L', labels: ['number_invented'] },
    'Le tambour se trouve à environ 30 cm du sol, ce qui permet de vider le compost directement dans la brouette.',
  ),
  listing(
    'w05',
    'stunt_kites',
    'en',
    KITE_ZH,
    KITE_SRC,
    {
      translated_description:
        'The Skyvern dual-line stunt kite has a wingspan of about 1.6 m (5.2 ft) and stands about 70 cm (27.6 in) tall. Made from rip-stop nylon with carbon spars, the whole kite weighs less than 300 g (10.6 oz). It flies in winds from Beaufort force 3 to 6 and lifts off easily even in a light breeze. Two 30 m (98 ft) flying lines and a pair of handles are included, so it is ready to fly straight out of the bag. It can flip, turn sharply and loop, and beginners get the feel for it after just over ten minutes of practice. The storage bag is about 90 cm (35 in) long and fits easily in the boot. Recommended for children aged 8 and up under adult supervision.',
      seo_title: 'Skyvern Dual-Line Stunt Kite, 1.6 m Wingspan',
      meta_description:
        'Dual-line stunt kite with a 1.6 m wingspan, rip-stop nylon and carbon spars, under 300 g, for winds of force 3 to 6. Two 30 m lines and handles included.',
      h1: 'Skyvern – Loops, Flips and Fresh Air',
      marketing_copy_a:
        'Kite, lines and handles all come in the bag, so your first flight starts the moment you reach the beach. Order your Skyvern today.',
      marketing_copy_b:
        'A tug on the lines, a sharp snap of fabric, and the kite carves a loop across the sky while the kids cheer below. Discover Skyvern.',
      marketing_copy_c:
        'Spring launch offer: a free spare line set with every kite this month. Grab yours before the wind picks up.',
    },
    { field: 'seo_title', find: '1.6 m', replace: '1.8 m', labels: ['number_invented'] },
    'The storage bag is about 90 cm (35 in) long and fits easily in the boot.',
  ),
  listing(
    'w05',
    'stunt_kites',
    'de',
    KITE_ZH,
    KITE_SRC,
    {
      translated_description:
        'Der Lenkdrachen Skyvern hat eine Spannweite von etwa 1,6 m und ist rund 70 cm hoch. Er besteht aus reißfestem Ripstop-Nylon mit Carbonstäben und wiegt insgesamt weniger als 300 g. Er fliegt bei Windstärke 3 bis 6 und hebt auch bei leichter Brise mühelos ab. Zwei 30 m lange Flugleinen und ein Paar Griffe liegen bei, sodass Sie direkt nach dem Auspacken loslegen können. Überschläge, scharfe Wendungen und Loopings gelingen schnell – Einsteiger haben nach gut zehn Minuten Übung den Dreh raus. Die Tragetasche ist etwa 90 cm lang und passt problemlos in den Kofferraum. Empfohlen für Kinder ab 8 Jahren unter Aufsicht eines Erwachsenen.',
      seo_title: 'Skyvern Lenkdrachen, 1,6 m Spannweite, unter 300 g',
      meta_description:
        'Lenkdrachen Skyvern mit 1,6 m Spannweite aus Ripstop-Nylon und Carbon, unter 300 g, für Windstärke 3 bis 6. Mit zwei Leinen à 30 m und passenden Griffen.',
      h1: 'Skyvern – Loopings am Himmel, Wind im Gesicht',
      marketing_copy_a:
        'Drachen, Leinen und Griffe stecken schon in der Tasche – auspacken, aufbauen, fliegen. Jetzt bestellen und am Wochenende loslegen.',
      marketing_copy_b:
        'Ein Ruck an den Leinen, das Tuch knallt, und der Drachen zieht eine Schleife über den Strand, während die Kinder jubeln. Entdecken Sie Skyvern.',
      marketing_copy_c:
        'Frühlingsaktion: Zu jedem Drachen gibt es diesen Monat ein Ersatzleinen-Set gratis – sichern Sie sich Ihren Skyvern.',
    },
    {
      field: 'translated_description',
      find: 'weniger als 300 g',
      replace: 'weniger als 250 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Tragetasche ist etwa 90 cm lang und passt problemlos in den Kofferraum.',
  ),
  listing(
    'w06',
    'vacuum_storage_bags',
    'ja',
    VACUUM_ZH,
    VACUUM_SRC,
    {
      translated_description:
        'Packoraの布団圧縮袋セットは全8枚入りです。大サイズ（100×80cm）が3枚、中サイズ（80×60cm）が3枚、小サイズ（60×45cm）が2枚で、手動ポンプも付いています。袋には厚さ0.11mmの厚手複合フィルムを使用し、ダブルジッパーでしっかり密閉します。湿気やカビ、虫食いから大切な衣類を守ります。長さ2mの厚手の掛け布団も大サイズに収まり、空気を抜けばかさが約75%減るので、衣替えのあとのクローゼットがぐっと広くなります。電動ポンプや掃除機でも吸引でき、手動ポンプでも2～3分ほどで圧縮できます。袋は100回以上くり返し使えます。',
      seo_title: 'Packora 布団圧縮袋 8枚セット 手動ポンプ付き',
      meta_description:
        '大・中・小の全8枚に手動ポンプ付き。ダブルジッパーで湿気やカビを防ぎ、かさを約75%カット。かさばる布団や冬服の衣替え収納に。',
      h1: 'Packora 衣替えの収納をすっきりコンパクトに',
      marketing_copy_a: 'かさばる布団や冬服が薄く平らになり、押し入れにぐっと余裕が生まれます。今すぐ購入。',
      marketing_copy_b:
        '季節が変わるたびに悩んでいた収納が、見違えるほど軽やかに。広くなったクローゼットで、新しい服を迎えましょう。ぜひチェックしてください。',
      marketing_copy_c:
        '新生活応援キャンペーン中につき、今なら衣類用の小袋をおまけでお付けします。お早めにどうぞ。',
    },
    { field: 'meta_description', find: '約75%', replace: '約85%', labels: ['number_invented'] },
    '袋には厚さ0.11mmの厚手複合フィルムを使用し、ダブルジッパーでしっかり密閉します。',
  ),
  listing(
    'w06',
    'vacuum_storage_bags',
    'es',
    VACUUM_ZH,
    VACUUM_SRC,
    {
      translated_description:
        'El set de bolsas al vacío Packora incluye 8 bolsas: 3 grandes (100 × 80 cm), 3 medianas (80 × 60 cm) y 2 pequeñas (60 × 45 cm), además de una bomba manual de regalo. Están hechas de film compuesto reforzado de 0,11 mm y cierran con doble cremallera, así que protegen de la humedad, el moho y las polillas. Un edredón grueso de dos metros cabe en una bolsa grande y, tras extraer el aire, reduce su volumen en torno al 75 %, de modo que el armario gana mucho espacio en cada cambio de temporada. Puedes vaciarlas con una bomba eléctrica o con la aspiradora; con la bomba manual, cada bolsa tarda unos dos o tres minutos. Las bolsas se pueden reutilizar más de cien veces.',
      seo_title: 'Bolsas al vacío Packora, set de 8 con bomba manual',
      meta_description:
        'Set de 8 bolsas al vacío Packora en tres tamaños con bomba manual: film reforzado de 0,11 mm y doble cremallera contra la humedad, el moho y las polillas.',
      h1: 'Packora, más espacio en tu armario',
      marketing_copy_a:
        'Edredones y abrigos quedan planos y ocupan una fracción del espacio: por fin cabe todo en el altillo. Compra tu set Packora.',
      marketing_copy_b:
        'Abrir el armario y encontrarlo ordenado, con sitio de sobra para lo nuevo. Así empieza bien cada temporada. Descubre Packora.',
      marketing_copy_c:
        'Solo esta semana, el segundo set sale a mitad de precio. Aprovecha la oferta y pídelo hoy.',
    },
    {
      field: 'translated_description',
      find: 'de 0,11 mm',
      replace: 'de 0,15 mm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Un edredón grueso de dos metros cabe en una bolsa grande y, tras extraer el aire, reduce su volumen en torno al 75 %, de modo que el armario gana mucho espacio en cada cambio de temporada.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** `text` with `tail` tacked onto its `n`-th sentence (0-based, negative from the end), before its closing mark. */
const tack = (text: string, n: number, tail: string): string => {
  const parts = text.split(/(?<=\D[.!?])\s+/);
  const i = n < 0 ? parts.length + n : n;
  parts[i] = parts[i].replace(/[.!?]$/, (end) => `${tail}${end}`);
  return parts.join(' ');
};

/** The same for Japanese: `tail` replaces the `n`-th sentence's 。 (0-based). */
const tackJa = (text: string, n: number, tail: string): string => {
  const parts = text.match(/[^。]+。/g) ?? [text];
  parts[n] = parts[n].replace(/。$/, tail);
  return parts.join('');
};

// en: listing 1 (pottery wheel) takes styles 0-2, listing 2 (camping lantern) 3-5, listing 3 (stunt kite) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  // a hedge about the source, tacked onto a sentence
  (c) => ({
    translated_description: tack(c.translated_description, 5, ', if I’m reading the spec sheet correctly'),
  }),
  // a status word
  (c) => ({ seo_title: `WIP – ${c.seo_title}` }),
  // a question to the requester between two sentences
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      2,
      'Is “An evening well spent” too understated, or shall I keep it?',
    ),
  }),
  // first-person reasoning
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      'I went with “power cut” rather than “outage” because it sounds more like everyday speech.',
    ),
  }),
  // a pointer to another part of the answer
  (c) => ({ h1: `${c.h1} (or see the shorter option below)` }),
  // a leftover placeholder
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace('every lantern', 'every [brand] lantern') }),
  // a note on length
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      5,
      'I trimmed the list of tricks a little to keep this under the length limit.',
    ),
  }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Priya, could you check whether “carves a loop” sounds right to kite people?',
    ),
  }),
  // an offer of alternatives
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Happy to send a version without the time limit if that suits the campaign better.`,
  }),
];

// de: listing 1 (clothes airer) takes styles 0-2, listing 2 (compost tumbler) 3-5, listing 3 (stunt kite) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  // a hedge about the source
  (c) => ({
    translated_description: tack(c.translated_description, 1, ' – sofern ich das Original richtig verstehe'),
  }),
  // a bracketed remark in English about the wording
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '(not sure “Lieblingsshirt” is too casual for this brand)',
    ),
  }),
  // a status word
  (c) => ({ h1: `${c.h1} – Stand: Rohfassung` }),
  // first-person reasoning
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Ich würde hier eher „Komposttrommel“ schreiben, habe „Trommelkomposter“ aber stehen lassen, weil danach häufiger gesucht wird.',
    ),
  }),
  // a pointer to another part of the answer
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a} (Die kürzere Fassung steht oben.)` }),
  // a leftover placeholder
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace('Ihren Rotera', 'Ihren XXX') }),
  // a question to the requester between two sentences
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'Soll „Lenkdrachen“ durchgehend so stehen bleiben, oder lieber „Stuntdrachen“ wie im Katalog?',
    ),
  }),
  // a note to a colleague by name
  (c) => ({ h1: `${c.h1} (@Lukas: bitte noch mit dem Styleguide abgleichen)` }),
  // an offer of alternatives
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Falls das zu knapp ist, liefere ich gern eine ausführlichere Variante nach.`,
  }),
];

// ja: listing 1 (clothes airer) takes styles 0-2, listing 2 (vacuum bags) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  // a note on length
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      5,
      '（このあたり、説明が少し長くなってしまったので、必要なら削ってください。）',
    ),
  }),
  // a status word
  (c) => ({ h1: `【要確認】${c.h1}` }),
  // a question to the requester between two sentences
  (c) => ({
    marketing_copy_a: afterSentenceJa(
      c.marketing_copy_a,
      1,
      '乾燥機との比較は、このまま入れておいて大丈夫でしょうか？',
    ),
  }),
  // a hedge about the source, tacked onto a sentence
  (c) => ({
    translated_description: tackJa(c.translated_description, 4, '――仕様書の読み違いでなければ、ですが。'),
  }),
  // a leftover placeholder
  (c) => ({ h1: c.h1.replace('Packora', '＿＿＿') }),
  // a note to a colleague by name
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}（佐藤さんへ：締めの一文、もう少しやわらかくしたほうがいいですか？）`,
  }),
];

// es: listing 1 (camping lantern) takes styles 0-2, listing 2 (vacuum bags) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  // a status word
  (c) => ({ h1: `${c.h1} (pendiente de revisión)` }),
  // a bracketed remark in English about the wording
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '(“batería externa” or “powerbank”? Both are common in Spain.)',
    ),
  }),
  // first-person reasoning
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'He puesto «hornillo» y no «infiernillo» porque suena más a acampada.',
    ),
  }),
  // a hedge about the source, tacked onto a sentence
  (c) => ({
    translated_description: tack(c.translated_description, 0, ', si no me equivoco al leer la ficha'),
  }),
  // an offer of alternatives
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Si lo prefieres, te preparo otra versión sin el descuento.`,
  }),
  // a pointer to another part of the answer
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a} Tienes una versión más breve justo debajo.` }),
];

// fr: listing 1 (pottery wheel) takes styles 0-2, listing 2 (compost tumbler) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  // a hedge about the source, tacked onto a sentence
  (c) => ({
    translated_description: tack(c.translated_description, 3, ', si j’ai bien compris la fiche'),
  }),
  // a bracketed remark in French about the wording
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '(« ronronnement » est peut-être un peu poétique, à vous de voir.)',
    ),
  }),
  // a status word
  (c) => ({ h1: `${c.h1} — à relire` }),
  // a note to a colleague by name, in English
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      'Sophie – I kept “or noir” out of this one, it felt like too much next to the H1.',
    ),
  }),
  // a question to the requester between two sentences
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Faut-il préciser la saison pour le délai de compostage, ou la mention « en été » vous suffit-elle ?',
    ),
  }),
  // a leftover placeholder
  (c) => ({
    marketing_copy_c: c.marketing_copy_c.replace('Ajoutez Rotera', 'Ajoutez {nom_produit}'),
  }),
];

export const ROUND_56_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap pottery wheels stall as soon as you press down on the clay.',
      'A knockoff lantern rarely reaches the brightness printed on the box.',
      'Counterfeit kites tear at the first strong gust.',
      'Fake carbon spars snap on the first hard landing.',
    ],
    slogans: ['Shaped by hand, fired by patience.', 'Wind in your hair, joy in your hands.'],
    chineseLeftovers: [],
    duplicateLead: 'Bottom line: ',
    titleStuffing: ' | Gift Idea, Bestseller, Top Rated, Free Delivery, Outdoor Fun',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Wäscheständer werden allenfalls lauwarm.',
      'Eine Fälschung erkennt man an der dünnen Trommelwand.',
      'Nachahmungen reißen schon beim ersten Absturz.',
      'Ein Imitat hält dem Wind selten lange stand.',
    ],
    slogans: ['Wärme, die trocknet.', 'Aus Abfall wird Erde.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Haushalt, Garten, Neuheit, Bestseller, Versandkostenfrei, Top-Angebot',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の物干しはバーがなかなか温まりません。',
      'コピー品の圧縮袋はすぐに空気が戻ってしまいます。',
      '偽物のジッパーは数回で壊れてしまいます。',
      '模倣品のヒーターは温度が安定しません。',
    ],
    slogans: ['雨の日も、ふんわり乾く。', 'しまう場所に、ゆとりを。'],
    chineseLeftovers: [
      '这个晾衣架很好用，冬天也能很快把衣服晾干。',
      '这款压缩袋质量很好，收纳起来非常方便。',
    ],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 おすすめ 新生活 ギフト 送料無料 即日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los faroles baratos se apagan a mitad de la noche.',
      'Una imitación de bolsa al vacío pierde el aire en pocos días.',
      'Las falsificaciones no aguantan ni un chaparrón.',
      'Ese imán falso se suelta con cualquier golpe.',
    ],
    slogans: ['Luz para cada noche.', 'Más espacio, menos lío.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Regalo, novedad, más vendido, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un tour de potier pas cher cale dès qu’on appuie sur la terre.',
      'Les contrefaçons de composteurs se fendent au premier gel.',
      'Méfiez-vous des fausses promotions en ligne.',
      'Aucune réplique ne tourne aussi régulièrement.',
    ],
    slogans: ['La terre prend forme.', 'Le jardin se nourrit de lui-même.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour résumer : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison gratuite',
  },
};
