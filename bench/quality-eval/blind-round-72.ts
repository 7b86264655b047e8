// Blind set, round 72 (written without reading the gate, committed before it is scored): six garage, home, kitchen,
// office and jewellery products in the categories hydraulic_floor_jacks, house_slippers, bamboo_steamers,
// standing_desk_converters, pearl_stud_earrings and electric_pressure_cookers, 12 hand-written listings, three
// artifact styles per listing and wording of its own. Theme: sources dense with numbers in the forms Chinese shops
// write them (digits with units, counts in Chinese words, 约/左右/以上/以内, ranges with 到/至/-, 半, 两, percentages
// as 百分之, a year, model numbers, L×W×H dimensions, warranties), translated as native copywriters do (number words
// for small counts, correct conversions in brackets for en, decimal commas in de/es/fr, 約/〜 in ja). Number edits
// of different kinds: a changed value, a value that equals another number of the source but with another unit, an
// added spec, a changed unit conversion, in the description, the title or the meta. Artifact style of this round: a
// varied mix of the kinds the README names (lead-ins, field-label prefixes, markdown labels and headings, code
// fences, HTML tags, AI disclaimers, sign-offs, a JSON fragment, a translator's note), no digits in artifacts that
// land in the description, title or meta. Legitimate numbers:
// Liftor LX-3T (model, 3), 3吨 (3 tonnes, 3 Tonnen), 双泵 (dual pump, Doppelpumpe: not a number), 约5下 (about 5
// pumps, rund 5 Pumpstöße), 135 mm (5.3 in), 500 mm (19.7 in), 68×33×18 cm (26.8 × 13 × 7.1 in), about 16 kg
// (35 lb, rund 16 kg), 4 wheels (4 Rollen), 12 cm (4.7 in), 百分之150 (150%, 150 %), 两节 (two extension bars, zwei
// Verlängerungsstangen), 两年 (two-year warranty, zwei Jahre Garantie);
// Woolie 百分之80 / 百分之20 (80%, 80 %), about 1.5 cm (約1.5cm, 1,5 cm), 36 to 45 (36〜45, du 36 au 45), 半码 twice
// (半サイズ, demi-pointure), 两双 (2足, deux paires), about 10 ℃ (10℃前後, environ 10 °C), 30 ℃以内 (30℃以下,
// 30 °C maximum), 三个月 (3か月, trois mois), idiom 一套 (set, lot);
// Bamboa 3年以上 (at least 3 years, al menos 3 años), 两层 (two tiers, dos pisos), 一个盖 (a lid: not a number),
// 26 cm (10.2 in), about 7 cm (2.8 in), 8 to 10, about 3 mm, 28 cm以上 (28 cm (11 in) or more, 28 cm o más),
// 24 cm (9.4 in), 50 sheets (50 hojas), 好几年 (for years, muchos años: not a number);
// Elevo 80×40 cm, 80×60×15 cm (L × B × H, L × l × H), 两层 (zwei Ebenen, deux niveaux), 25 cm, 单手 (mit einer
// Hand, d'une seule main: not a number), 15 to 50 cm, 15 kg, 两台 (zwei, deux), 24 inch (24-Zoll, 24 pouces),
// about 13.5 kg (13,5 kg), 2 to 4 hours (2 bis 4 Stunden, 2 à 4 heures), 3 years, 5 years;
// Lunette S925 (925), 百分之92.5 (92.5%), 18K, about 6 to 7 mm (約6〜7mm), 两对 (two pairs, 2ペア), 0.8 mm,
// about 0.6 g (約0.6g), 七天 (seven days, 7日間), 2024, idiom 一整天 (all day, 一日中);
// Cuisen CP-50 (model, 50), 5 L (5 Liter, 5 litros), 3 to 6 people, 900 W, 70 kPa, about 40 minutes, 12 programmes,
// 24 hours, 12 hours, 304 steel, 8 safety features, about 32×30×31 cm, 1 year, 3 years, idiom 一键 (auf Knopfdruck,
// con un solo botón).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const JACK_ZH = 'Liftor LX-3T 卧式千斤顶 3吨 双泵快顶';
const JACK_SRC =
  'Liftor LX-3T 卧式千斤顶额定承重3吨，采用双泵设计，手柄压约5下即可顶到车底。最低高度135毫米，最高可升至500毫米，轿车、SUV都能用。机身尺寸长×宽×高为68×33×18厘米，净重约16公斤，底部4个轮子，移动方便。顶盘直径12厘米，配橡胶垫，不伤车身。出厂前每台均经过百分之150超载测试。附赠两节加长杆，整机保修两年。';
const SLIPPERS_ZH = 'Woolie 羊毛毡家居拖鞋 两双装 男女同款';
const SLIPPERS_SRC =
  'Woolie 家居拖鞋采用百分之80羊毛毡和百分之20聚酯纤维，鞋底厚约1.5厘米，踩上去软软的。防滑橡胶底，木地板、瓷砖都不打滑。尺码从36码到45码，版型偏大半码，建议拍小半码。一套两双，分别为灰色和米色，情侣、父母都适合。冬天室温10℃左右也不冻脚。可手洗，水温30℃以内，自然晾干即可。鞋底三个月内磨损，免费换新。';
const STEAMER_ZH = 'Bamboa 手工竹蒸笼 两层带盖 直径26厘米';
const STEAMER_SRC =
  'Bamboa 手工竹蒸笼选用生长3年以上的楠竹制作，不刷漆、不上胶，蒸出来的点心带着淡淡的竹香。一套两层加一个盖，直径26厘米，每层高约7厘米，一层能放8到10个小笼包。笼底竹篾间距约3毫米，汤汁不易漏。适配口径28厘米以上的炒锅，配上蒸笼垫圈也能放在24厘米的汤锅上使用。附赠50张硅油蒸笼纸。用完清水冲洗、彻底晾干，能用上好几年。';
const DESK_ZH = 'Elevo 气弹簧站立办公升降台 台面80×40厘米';
const DESK_SRC =
  'Elevo 桌面升降台台面尺寸80×40厘米，整机长×宽×高为80×60×15厘米，分上下两层，下层键盘托深25厘米。采用气弹簧助力，单手即可升降，高度可在15到50厘米之间无级调节。承重15公斤，可同时放两台24英寸显示器。免安装，开箱即用，净重约13.5公斤。建议每天站立2到4小时，坐站交替，久坐的腰背能放松不少。整机保修3年，气弹簧保修5年。';
const EARRINGS_ZH = 'Lunette S925纯银珍珠耳钉 两对装 2024新款';
const EARRINGS_SRC =
  'Lunette 耳钉采用S925纯银，含银量达百分之92.5，表面镀18K金，不易氧化变色。主石为天然淡水珍珠，直径约6到7毫米，光泽温润。一盒两对，分别为珍珠款和锆石款，日常通勤和约会都能戴。耳针粗0.8毫米，敏感耳也能放心佩戴。单只重约0.6克，戴一整天也没有负担。附赠礼盒和擦银布，支持七天无理由退换。2024年新款，情人节、生日送人都很体面。';
const COOKER_ZH = 'Cuisen CP-50 智能电压力锅 5升 24小时预约';
const COOKER_SRC =
  'Cuisen CP-50 电压力锅容量5升，适合3到6口之家。功率900瓦，工作压力70千帕，炖牛腩约40分钟就软烂入味。内置12种烹饪程序，煮饭、煲汤、做酸奶都是一键搞定。支持24小时预约，保温最长12小时，下班回家就有热饭。配不粘内胆和304不锈钢内胆，开盖泄压等8重安全保护，用着放心。机身约32×30×31厘米，附赠蒸架和量杯。整机保修1年，电源板保修3年。';

export const ROUND_72_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'hydraulic_floor_jacks',
    'en',
    JACK_ZH,
    JACK_SRC,
    {
      translated_description:
        'The Liftor LX-3T floor jack is rated for 3 tonnes and uses a dual-pump design, so about 5 strokes of the handle bring the saddle up to the underside of the car. It sits just 135 mm (5.3 in) off the ground and lifts as high as 500 mm (19.7 in), which suits saloons and SUVs alike. The body measures 68 × 33 × 18 cm (L × W × H; 26.8 × 13 × 7.1 in) and weighs about 16 kg (35 lb), and it rolls easily on 4 wheels. The 12 cm (4.7 in) saddle has a rubber pad that protects the bodywork. Every jack is overload-tested at 150% before it leaves the factory. Two extension bars are included, and the whole jack carries a two-year warranty.',
      seo_title: 'Liftor LX-3T Floor Jack, 3 Tonne, Dual Pump',
      meta_description:
        'Liftor LX-3T 3-tonne floor jack with a dual pump: reaches the car in about 5 strokes, lifts from 135 to 500 mm, rolls on 4 wheels, two-year warranty.',
      h1: 'Liftor LX-3T: Your Car Up in a Few Strokes',
      marketing_copy_a:
        'A dual pump means less effort and quicker lifts, and the extension bars are already in the box. Order your Liftor LX-3T today.',
      marketing_copy_b:
        'Changing a tyre on a cold, wet evening is stressful enough. With a jack that rises smoothly and stands firm, you get it done calmly and head home. Discover the Liftor.',
      marketing_copy_c:
        'Garage season offer: a spare rubber saddle pad free with every jack this month – shop now while stocks last.',
    },
    {
      field: 'translated_description',
      find: '500 mm (19.7 in)',
      replace: '500 mm (21.7 in)',
      labels: ['number_invented'],
    },
    'Every jack is overload-tested at 150% before it leaves the factory.',
  ),
  listing(
    'p01',
    'hydraulic_floor_jacks',
    'de',
    JACK_ZH,
    JACK_SRC,
    {
      translated_description:
        'Der Rangierwagenheber Liftor LX-3T hat eine Tragkraft von 3 Tonnen und arbeitet mit Doppelpumpe: Rund 5 Pumpstöße am Hebel genügen, bis der Hebeteller am Unterboden anliegt. Die Mindesthöhe beträgt 135 mm, die maximale Hubhöhe 500 mm – passend für Limousinen wie für SUVs. Das Gehäuse misst 68 × 33 × 18 cm (L × B × H), das Eigengewicht liegt bei rund 16 kg, und auf 4 Rollen lässt er sich bequem verschieben. Der Hebeteller hat 12 cm Durchmesser und eine Gummiauflage, die den Lack schont. Jedes Gerät wird vor der Auslieferung mit 150 % Überlast geprüft. Zwei Verlängerungsstangen liegen bei, und auf das gesamte Gerät gibt es zwei Jahre Garantie.',
      seo_title: 'Liftor LX-3T Rangierwagenheber, 3 t, Doppelpumpe',
      meta_description:
        'Rangierwagenheber Liftor LX-3T mit 3 t Tragkraft und Doppelpumpe: Hubhöhe von 135 bis 500 mm, 4 Rollen, zwei Verlängerungen und zwei Jahre Garantie.',
      h1: 'Liftor LX-3T – mit wenigen Pumpstößen oben',
      marketing_copy_a:
        'Doppelpumpe, Verlängerungsstangen und Gummiauflage sind Serie – mehr Wagenheber braucht keine Garage. Bestellen Sie den Liftor LX-3T jetzt.',
      marketing_copy_b:
        'Reifenwechsel im Herbstregen ist kein Vergnügen. Mit einem Heber, der ruhig und sicher anhebt, sind Sie schnell fertig und wieder im Warmen. Entdecken Sie den Liftor.',
      marketing_copy_c:
        'Zum Saisonstart gibt es eine Ersatz-Gummiauflage gratis dazu – sichern Sie sich Ihren Wagenheber, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'bei rund 16 kg',
      replace: 'bei rund 18 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der Hebeteller hat 12 cm Durchmesser und eine Gummiauflage, die den Lack schont.',
  ),
  listing(
    'p02',
    'house_slippers',
    'ja',
    SLIPPERS_ZH,
    SLIPPERS_SRC,
    {
      translated_description:
        'Woolieのルームシューズは、羊毛フェルト80%とポリエステル20%でできています。ソールの厚さは約1.5cmで、足当たりはふんわりやわらか。滑り止めのラバーソールなので、フローリングでもタイルでも滑りません。サイズは36〜45で、作りが半サイズほど大きめのため、普段より半サイズ小さめをお選びください。2足セットで、カラーはグレーとベージュ。カップルにも、ご両親へのプレゼントにもぴったりです。冬、室温が10℃前後でも足元が冷えません。手洗いできます（水温は30℃以下）。洗ったあとは自然乾燥させてください。購入から3か月以内にソールがすり減った場合は、無料で新品と交換します。',
      seo_title: 'Woolie 羊毛フェルト ルームシューズ 2足セット 男女兼用',
      meta_description:
        '羊毛フェルト80%のルームシューズ2足セット。厚さ約1.5cmのソールでふんわり、滑り止め付き。サイズは36〜45、グレーとベージュ。',
      h1: 'Woolie 冬の足元をやさしく包むルームシューズ',
      marketing_copy_a:
        '2足セットだから、ご夫婦やカップルでおそろいに。手洗いできて長く使える、毎日の定番です。今すぐ購入。',
      marketing_copy_b:
        '冷えたフローリングに足を下ろす朝も、ふわっとしたフェルトがやさしく受け止めます。寒い季節が少しだけ好きになるはず。ぜひチェックしてください。',
      marketing_copy_c: '冬のはじまり限定で、洗濯ネットをプレゼント中。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '2足セット', replace: '3足セット', labels: ['number_invented'] },
    '冬、室温が10℃前後でも足元が冷えません。',
  ),
  listing(
    'p02',
    'house_slippers',
    'fr',
    SLIPPERS_ZH,
    SLIPPERS_SRC,
    {
      translated_description:
        'Les chaussons d’intérieur Woolie associent 80 % de feutre de laine et 20 % de polyester, avec une semelle d’environ 1,5 cm d’épaisseur, toute douce sous le pied. La semelle en caoutchouc antidérapante tient aussi bien sur le parquet que sur le carrelage. Ils existent du 36 au 45 ; comme ils taillent une demi-pointure grand, nous vous conseillons de prendre une demi-pointure en dessous. Le lot comprend deux paires, l’une grise et l’autre beige : idéal pour un couple ou à offrir à vos parents. Même quand il ne fait qu’environ 10 °C dans la maison en hiver, vos pieds restent au chaud. Lavables à la main dans une eau à 30 °C maximum, ils sèchent simplement à l’air libre. Si la semelle s’use dans les trois mois, nous vous les remplaçons gratuitement.',
      seo_title: 'Chaussons en feutre de laine Woolie, lot de 2 paires',
      meta_description:
        'Chaussons Woolie en feutre de laine à 80 %, semelle antidérapante de 1,5 cm, tailles du 36 au 45 : un lot de deux paires, grise et beige, pour l’hiver.',
      h1: 'Woolie, la douceur de la laine à chaque pas',
      marketing_copy_a:
        'Deux paires dans un seul lot, lavables à la main, semelle remplacée si elle s’use trop vite : le confort sans compromis. Commandez vos Woolie dès maintenant.',
      marketing_copy_b:
        'Le matin, le carrelage est froid ; vos pieds, eux, restent bien au chaud dans la laine. Un petit bonheur qui dure tout l’hiver. Découvrez Woolie.',
      marketing_copy_c:
        'Pour les premiers froids, un filet de lavage est offert avec chaque lot. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: '80 % de feutre de laine',
      replace: '90 % de feutre de laine',
      labels: ['number_dropped', 'number_invented'],
    },
    'Lavables à la main dans une eau à 30 °C maximum, ils sèchent simplement à l’air libre.',
  ),
  listing(
    'p03',
    'bamboo_steamers',
    'en',
    STEAMER_ZH,
    STEAMER_SRC,
    {
      translated_description:
        'The Bamboa steamer is handmade from moso bamboo grown for at least 3 years, with no varnish and no glue, so your dumplings come out with a faint, fresh bamboo aroma. The set has two tiers and a lid, measures 26 cm (10.2 in) across, and each tier is about 7 cm (2.8 in) high – room for 8 to 10 soup dumplings per layer. The bamboo slats at the bottom sit about 3 mm apart, so juices don’t drip through easily. It fits woks of 28 cm (11 in) or more across, and with a steamer ring it also sits on a 24 cm (9.4 in) stockpot. You also get 50 sheets of silicone-coated steamer paper. Rinse it under clean water after use and let it dry completely, and it will serve you for years.',
      seo_title: 'Bamboa Bamboo Steamer, 2 Tiers with Lid, 26 cm',
      meta_description:
        'Handmade Bamboa bamboo steamer with two tiers and a lid, 26 cm across: no varnish, no glue and room for 8 to 10 dumplings per tier, plus paper liners.',
      h1: 'Bamboa: Dim Sum the Traditional Way',
      marketing_copy_a:
        'Two tiers, a lid and a stack of paper liners in one set – steam dumplings, buns and vegetables at once, without a drop of glue. Get your Bamboa now.',
      marketing_copy_b:
        'Lift the lid and the kitchen fills with steam and the scent of bamboo, just like the dim sum house you remember. Bring that Sunday-morning feeling home. Discover Bamboa.',
      marketing_copy_c:
        'This week only: a free cotton steamer cloth with every set – order now while it lasts.',
    },
    {
      field: 'translated_description',
      replace: 'Each tier holds up to 1.5 kg of food.',
      labels: ['number_invented'],
    },
    'It fits woks of 28 cm (11 in) or more across, and with a steamer ring it also sits on a 24 cm (9.4 in) stockpot.',
  ),
  listing(
    'p03',
    'bamboo_steamers',
    'es',
    STEAMER_ZH,
    STEAMER_SRC,
    {
      translated_description:
        'La vaporera Bamboa está hecha a mano con bambú moso de al menos 3 años, sin barniz ni cola, y da a tus dimsum un suave aroma a bambú. El juego incluye dos pisos y una tapa; mide 26 cm de diámetro y cada piso tiene unos 7 cm de alto, con sitio para entre 8 y 10 xiaolongbao por piso. Las tiras de bambú de la base están separadas unos 3 mm, así que el caldo no se escapa con facilidad. Encaja en woks de 28 cm o más y, con un aro adaptador, también sobre una olla de 24 cm. Incluye 50 hojas de papel siliconado para vaporera. Después de usarla, enjuágala con agua limpia y déjala secar bien: te durará muchos años.',
      seo_title: 'Vaporera de bambú Bamboa, 2 pisos con tapa, 26 cm',
      meta_description:
        'Vaporera de bambú Bamboa hecha a mano, sin barniz ni cola: dos pisos con tapa, 26 cm de diámetro y sitio para 8 a 10 dimsum en cada piso.',
      h1: 'Bamboa, el dimsum de siempre en tu cocina',
      marketing_copy_a:
        'Dos pisos, tapa y papel de vaporera en un solo juego: cocina al vapor dimsum, verduras y pescado a la vez, sin cola ni barniz. Compra tu Bamboa hoy.',
      marketing_copy_b:
        'Levantas la tapa y la cocina se llena de vapor y olor a bambú, como en aquel restaurante de dimsum de los domingos. Ese momento puede ser tuyo en casa. Descubre Bamboa.',
      marketing_copy_c:
        'Solo esta semana, un paño de algodón para vaporera de regalo con cada juego. Pídelo ya.',
    },
    {
      field: 'meta_description',
      find: '26 cm de diámetro',
      replace: '30 cm de diámetro',
      labels: ['number_invented'],
    },
    'Incluye 50 hojas de papel siliconado para vaporera.',
  ),
  listing(
    'p04',
    'standing_desk_converters',
    'de',
    DESK_ZH,
    DESK_SRC,
    {
      translated_description:
        'Der Schreibtischaufsatz Elevo bietet eine Arbeitsfläche von 80 × 40 cm; das ganze Gestell misst 80 × 60 × 15 cm (L × B × H). Er hat zwei Ebenen, die untere Tastaturablage ist 25 cm tief. Eine Gasdruckfeder hilft mit, sodass Sie ihn mit einer Hand heben und senken – stufenlos zwischen 15 und 50 cm. Mit 15 kg Tragkraft nimmt er zwei 24-Zoll-Monitore gleichzeitig auf. Eine Montage ist nicht nötig: auspacken und loslegen. Das Eigengewicht beträgt rund 13,5 kg. Empfohlen sind täglich 2 bis 4 Stunden im Stehen, im Wechsel mit dem Sitzen – Ihr Rücken wird es Ihnen danken. Auf das Gerät gibt es 3 Jahre Garantie, auf die Gasdruckfeder sogar 5 Jahre.',
      seo_title: 'Elevo Steh-Sitz-Aufsatz, 80 × 40 cm, bis 50 cm hoch',
      meta_description:
        'Schreibtischaufsatz Elevo mit Gasdruckfeder: 80 × 40 cm Fläche, stufenlos 15 bis 50 cm hoch, 15 kg Tragkraft für zwei Monitore, 3 Jahre Garantie.',
      h1: 'Elevo – im Handumdrehen vom Sitzen ins Stehen',
      marketing_copy_a:
        'Kein Umbau, kein neuer Schreibtisch: aufsetzen, und Ihr vorhandener Tisch wird zum Stehpult. Bestellen Sie den Elevo jetzt.',
      marketing_copy_b:
        'Nach Stunden im Sitzen tut es gut, einfach aufzustehen und weiterzuarbeiten. Ihr Rücken merkt den Unterschied schon nach wenigen Tagen. Entdecken Sie Elevo.',
      marketing_copy_c:
        'Nur diesen Monat: eine Anti-Ermüdungsmatte gratis zu jedem Elevo – jetzt kaufen, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'Tastaturablage ist 25 cm tief',
      replace: 'Tastaturablage ist 24 cm tief',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Eigengewicht beträgt rund 13,5 kg.',
  ),
  listing(
    'p04',
    'standing_desk_converters',
    'fr',
    DESK_ZH,
    DESK_SRC,
    {
      translated_description:
        'Le poste assis-debout Elevo se pose sur votre bureau et offre un plateau de 80 × 40 cm, pour un encombrement total de 80 × 60 × 15 cm (L × l × H). Il se compose de deux niveaux, dont un plateau clavier inférieur de 25 cm de profondeur. Assisté par un vérin à gaz, il se lève et s’abaisse d’une seule main, avec un réglage continu de 15 à 50 cm. Il supporte 15 kg, de quoi accueillir deux écrans de 24 pouces. Aucun montage n’est nécessaire : il s’utilise dès la sortie du carton et pèse environ 13,5 kg. Nous conseillons de travailler debout 2 à 4 heures par jour, en alternance avec la position assise : votre dos vous dira merci. L’ensemble est garanti 3 ans, et le vérin à gaz 5 ans.',
      seo_title: 'Poste assis-debout Elevo, plateau 80 × 40 cm',
      meta_description:
        'Poste assis-debout Elevo à vérin à gaz : plateau de 80 × 40 cm, hauteur réglable de 15 à 50 cm et 15 kg de charge pour deux écrans, sans montage.',
      h1: 'Elevo, travaillez debout sans changer de bureau',
      marketing_copy_a:
        'Pas de nouveau bureau à acheter ni de montage : posez l’Elevo sur votre table et alternez assis et debout. Commandez-le dès aujourd’hui.',
      marketing_copy_b:
        'En fin de journée, le dos ne tire plus et l’esprit est plus clair. Se lever de temps en temps change vraiment la donne. Découvrez Elevo.',
      marketing_copy_c: 'Ce mois-ci, un tapis anti-fatigue est offert avec chaque Elevo. Profitez-en vite !',
    },
    { field: 'seo_title', find: '80 × 40 cm', replace: '90 × 40 cm', labels: ['number_invented'] },
    'L’ensemble est garanti 3 ans, et le vérin à gaz 5 ans.',
  ),
  listing(
    'p05',
    'pearl_stud_earrings',
    'en',
    EARRINGS_ZH,
    EARRINGS_SRC,
    {
      translated_description:
        'Lunette studs are made from S925 sterling silver – 92.5% pure silver – plated with 18K gold so they resist tarnishing. The centre stone is a natural freshwater pearl of about 6 to 7 mm with a soft, warm lustre. Each box holds two pairs, a pearl pair and a cubic zirconia pair, for the office and for date night alike. The posts are 0.8 mm thick, gentle enough for sensitive ears. Each earring weighs only about 0.6 g, so you can wear them all day without noticing. They come with a gift box and a silver polishing cloth, and you can return them within seven days, no questions asked. New for 2024, they make a graceful gift for Valentine’s Day or a birthday.',
      seo_title: 'Lunette S925 Silver Pearl Stud Earrings, 2 Pairs',
      meta_description:
        'S925 sterling silver stud earrings plated with 18K gold: two pairs, freshwater pearl and cubic zirconia, with gentle posts for sensitive ears. New for 2024.',
      h1: 'Lunette: Soft Pearl Glow for Every Day',
      marketing_copy_a:
        'Two pairs in one gift box, real freshwater pearls and a warm gold finish: everyday elegance, ready to give. Shop the Lunette set today.',
      marketing_copy_b:
        'A small pearl catches the light as she tucks her hair behind her ear. Some gifts are remembered long after the day itself. Discover Lunette.',
      marketing_copy_c:
        'Valentine’s offer: free gift wrapping and a handwritten card with every set – order now.',
    },
    {
      field: 'translated_description',
      find: 'The posts are 0.8 mm thick',
      replace: 'The posts are 0.5 mm thick',
      labels: ['number_dropped', 'number_invented'],
    },
    'Each earring weighs only about 0.6 g, so you can wear them all day without noticing.',
  ),
  listing(
    'p05',
    'pearl_stud_earrings',
    'ja',
    EARRINGS_ZH,
    EARRINGS_SRC,
    {
      translated_description:
        'Lunetteのスタッドピアスは、銀の含有率92.5%のS925シルバー製。表面には18Kゴールドコーティングを施し、酸化や変色に強い仕上がりです。メインストーンは直径約6〜7mmの天然淡水パールで、やわらかく上品な光沢が魅力です。ボックスには2ペアが入っていて、パールタイプとジルコニアタイプの組み合わせ。通勤にもデートにも使えます。ポストの太さは0.8mmなので、敏感な耳にも安心です。片耳約0.6gと軽く、一日中つけていても負担になりません。ギフトボックスとシルバークロス付きで、7日間の返品・交換にも対応しています。2024年の新作で、バレンタインや誕生日の贈り物にもぴったりです。',
      seo_title: 'Lunette S925 淡水パール スタッドピアス 2ペア',
      meta_description:
        'S925シルバーに18Kゴールドコーティングを施したスタッドピアス。約6〜7mmの天然淡水パールとジルコニアの2ペアセット。2024年の新作です。',
      h1: 'Lunette 毎日に、やさしいパールの輝きを',
      marketing_copy_a:
        'パールとジルコニアの2ペアが、ギフトボックス入りで届きます。そのまま贈れて、自分用にも。今すぐ購入。',
      marketing_copy_b:
        '髪を耳にかけたとき、小さなパールがふっと光る。そんな瞬間が、毎日を少し特別にしてくれます。ぜひチェックしてください。',
      marketing_copy_c:
        'バレンタイン限定で、無料ラッピングとメッセージカードをお付けします。ご注文はお早めに。',
    },
    { field: 'translated_description', replace: '品質保証は1年間です。', labels: ['number_invented'] },
    'ポストの太さは0.8mmなので、敏感な耳にも安心です。',
  ),
  listing(
    'p06',
    'electric_pressure_cookers',
    'de',
    COOKER_ZH,
    COOKER_SRC,
    {
      translated_description:
        'Der elektrische Schnellkochtopf Cuisen CP-50 fasst 5 Liter und eignet sich für Haushalte mit 3 bis 6 Personen. Er hat 900 W Leistung und arbeitet mit 70 kPa Druck – Rindergulasch ist in rund 40 Minuten butterweich und durchgezogen. Insgesamt 12 Kochprogramme sind an Bord: Reis, Suppe oder Joghurt gelingen auf Knopfdruck. Dank 24-Stunden-Timer und bis zu 12 Stunden Warmhaltefunktion wartet nach Feierabend ein warmes Essen auf Sie. Mitgeliefert werden ein antihaftbeschichteter Innentopf und ein Innentopf aus Edelstahl 304; 8 Sicherheitsfunktionen, etwa die Druckentlastung beim Öffnen, sorgen für ein gutes Gefühl. Das Gerät misst etwa 32 × 30 × 31 cm, ein Dämpfeinsatz und ein Messbecher liegen bei. Auf das Gerät gibt es 1 Jahr Garantie, auf die Steuerplatine 3 Jahre.',
      seo_title: 'Cuisen CP-50 Schnellkochtopf, 5 l, 12 Programme',
      meta_description:
        'Elektrischer Schnellkochtopf Cuisen CP-50 mit 5 Litern für 3 bis 6 Personen, 12 Programmen, 24-Stunden-Timer sowie Antihaft- und Edelstahl-Innentopf.',
      h1: 'Cuisen CP-50 – Schmorgerichte ohne Warten',
      marketing_copy_a:
        'Reiskocher, Schmortopf und Joghurtbereiter in einem Gerät – das spart Platz in der Küche und Zeit am Abend. Bestellen Sie den Cuisen CP-50 jetzt.',
      marketing_copy_b:
        'Sie kommen müde nach Hause, und in der Küche duftet es schon nach Gulasch. So fühlt sich Feierabend an. Entdecken Sie Cuisen.',
      marketing_copy_c:
        'Zum Aktionsstart gibt es einen Ersatz-Dichtungsring gratis dazu – sichern Sie sich Ihren Schnellkochtopf jetzt.',
    },
    {
      field: 'translated_description',
      find: 'bis zu 12 Stunden Warmhaltefunktion',
      replace: 'bis zu 10 Stunden Warmhaltefunktion',
      labels: ['number_invented'],
    },
    'Das Gerät misst etwa 32 × 30 × 31 cm, ein Dämpfeinsatz und ein Messbecher liegen bei.',
  ),
  listing(
    'p06',
    'electric_pressure_cookers',
    'es',
    COOKER_ZH,
    COOKER_SRC,
    {
      translated_description:
        'La olla a presión eléctrica Cuisen CP-50 tiene 5 litros de capacidad, ideal para familias de 3 a 6 personas. Con 900 W de potencia y 70 kPa de presión de trabajo, deja la ternera guisada tierna y sabrosa en unos 40 minutos. Incorpora 12 programas de cocción: arroz, caldos o yogur, todo con un solo botón. Puedes programarla con hasta 24 horas de antelación y mantiene la comida caliente hasta 12 horas, así que al volver del trabajo la cena está lista. Incluye una cubeta antiadherente y otra de acero inoxidable 304, y cuenta con 8 sistemas de seguridad, como la liberación de presión al abrir la tapa. Mide unos 32 × 30 × 31 cm e incluye rejilla de vapor y vaso medidor. El aparato tiene 1 año de garantía, y la placa de alimentación, 3 años.',
      seo_title: 'Olla a presión eléctrica Cuisen CP-50, 5 litros',
      meta_description:
        'Olla a presión eléctrica Cuisen CP-50 de 5 litros para 3 a 6 personas: 12 programas, programación de 24 horas y cubetas antiadherente y de acero 304.',
      h1: 'Cuisen CP-50, guisos de siempre sin esperar',
      marketing_copy_a:
        'Arrocera, olla de guisos y yogurtera en un solo aparato: ahorras espacio en la encimera y tiempo cada tarde. Compra tu Cuisen CP-50 hoy.',
      marketing_copy_b:
        'Llegas a casa cansado y la cocina ya huele a guiso. Así debería terminar cada día. Descubre Cuisen.',
      marketing_copy_c: 'Por lanzamiento, una junta de repuesto de regalo con cada olla. Pídela ya.',
    },
    {
      field: 'translated_description',
      find: 'en unos 40 minutos',
      replace: 'en unos 45 minutos',
      labels: ['number_dropped', 'number_invented'],
    },
    'Mide unos 32 × 30 × 31 cm e incluye rejilla de vapor y vaso medidor.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (floor jack) takes styles 0-2, listing 2 (bamboo steamer) 3-5, listing 3 (earrings) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Here is the English translation of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `**SEO Title:** ${c.seo_title}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nLet me know if you’d like a punchier version of this one!`,
  }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({ meta_description: `\`\`\`\n${c.meta_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `As an AI language model, I can’t vouch for how the dumplings taste, but here is an emotional version: ${c.marketing_copy_b}`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nNote: “sterling silver” renders the Chinese term for pure silver, as is usual in English jewellery listings.`,
  }),
  (c) => ({ h1: `H1: ${c.h1}` }),
  (c) => ({ marketing_copy_a: `{"marketing_copy_a": "${c.marketing_copy_a}"}` }),
];

// de: listing 1 (floor jack) takes styles 0-2, listing 2 (desk converter) 3-5, listing 3 (pressure cooker) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Übersetzung: ${c.translated_description}` }),
  (c) => ({ marketing_copy_b: afterSentence(c.marketing_copy_b, 1, '<br>') }),
  (c) => ({ meta_description: `Sure! Here’s the meta description in German:\n${c.meta_description}` }),
  (c) => ({ translated_description: `**Produktbeschreibung**\n\n${c.translated_description}` }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `Als KI-Sprachmodell kann ich keine Preise oder Aktionen garantieren, aber hier ist ein Vorschlag: ${c.marketing_copy_c}`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nIch hoffe, diese Übersetzung hilft Ihnen weiter!`,
  }),
  (c) => ({ seo_title: `\`\`\`text\n${c.seo_title}\n\`\`\`` }),
  (c) => ({ marketing_copy_a: `Marketingtext A (Nutzen): ${c.marketing_copy_a}` }),
];

// ja: listing 1 (slippers) takes styles 0-2, listing 2 (earrings) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下が翻訳です。\n\n${c.translated_description}` }),
  (c) => ({ meta_description: `メタディスクリプション：${c.meta_description}` }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n\nご要望があれば、別のトーンでも作成いたします。` }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({ seo_title: `**${c.seo_title}**` }),
  (c) => ({
    marketing_copy_c: `AIのため実際の在庫や価格は保証できませんが、以下のような文案はいかがでしょうか。${c.marketing_copy_c}`,
  }),
];

// es: listing 1 (bamboo steamer) takes styles 0-2, listing 2 (pressure cooker) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Traducción:\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `¡Claro! Aquí tienes el texto centrado en el valor: ${c.marketing_copy_a}` }),
  (c) => ({ h1: `<strong>${c.h1}</strong>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n---\n*Nota: he mantenido las unidades del original.*`,
  }),
  (c) => ({ meta_description: `Meta descripción: ${c.meta_description}` }),
  (c) => ({
    marketing_copy_b: `Como modelo de lenguaje no puedo probar la olla, pero aquí va una versión emotiva: ${c.marketing_copy_b}`,
  }),
];

// fr: listing 1 (slippers) takes styles 0-2, listing 2 (desk converter) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `\`\`\`markdown\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ seo_title: `Titre SEO : ${c.seo_title}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nN’hésitez pas à me dire si vous souhaitez une version plus courte !`,
  }),
  (c) => ({ translated_description: `Voici la traduction demandée :\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_b: `En tant qu’IA, je ne ressens rien moi-même, mais voici une proposition émotionnelle : ${c.marketing_copy_b}`,
  }),
];

export const ROUND_72_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap floor jacks can sink slowly under load.',
      'Knockoff pearls lose their shine within weeks.',
      'A counterfeit pressure cooker is a real safety risk.',
      'Imitation bamboo steamers are often held together with glue.',
    ],
    slogans: ['Lift smart, work safe.', 'Little pearls, lasting light.'],
    chineseLeftovers: [],
    duplicateLead: 'Put simply: ',
    titleStuffing: ' | Garage Tools, Gift Ideas, Best Seller, Top Rated, Free Delivery',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Wagenheber sacken unter Last langsam ab.',
      'Eine Fälschung erkennt man an der schwachen Gasdruckfeder.',
      'Nachahmungen halten den Druck im Topf oft nicht sicher.',
      'Imitate vom Grabbeltisch verziehen sich schon nach kurzer Zeit.',
    ],
    slogans: ['Gut gekocht ist halb gewonnen.', 'Aufstehen tut gut.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Werkstatt, Neuheit, Bestseller, Top-Angebot, Versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のルームシューズはすぐに底がすり減ります。',
      'コピー品のピアスは金属アレルギーの原因になりがちです。',
      '偽物のパールは光沢がすぐに失われます。',
      '模倣品のフェルトは毛玉ができやすいです。',
    ],
    slogans: ['足元から、あたたかく。', '小さな真珠、大きな想い。'],
    chineseLeftovers: ['这款拖鞋穿起来很舒服，冬天脚也不冷。', '这款耳钉很适合送给女朋友当生日礼物。'],
    duplicateLead: 'つまり、',
    titleStuffing: '｜人気 おすすめ 新作 ギフト 送料無料 即日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las vaporeras baratas huelen a pegamento.',
      'Una olla falsa puede ser un peligro en la cocina.',
      'Las imitaciones de bambú se astillan enseguida.',
      'Evita las réplicas sin certificado de seguridad.',
    ],
    slogans: ['El vapor hace el resto.', 'Cocina lenta, cena rápida.'],
    chineseLeftovers: [],
    duplicateLead: 'Dicho de otro modo: ',
    titleStuffing: ' | Regalo, novedad, más vendido, envío gratis, oferta especial',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un poste assis-debout pas cher finit toujours par pencher.',
      'Les contrefaçons de chaussons perdent vite leur forme.',
      'Méfiez-vous des fausses promotions en ligne.',
      'Aucune réplique n’offre la même douceur.',
    ],
    slogans: ['La douceur à chaque pas.', 'Debout, l’esprit plus clair.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour faire court : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
