// Blind set, round 59 (written without reading the gate, committed before it is scored): six kids', sport, kitchen,
// food, electronics and clothing products in the categories kids_balance_bikes, running_shoes, chest_freezers,
// dried_goji_berries, power_banks and cotton_socks, 12 hand-written listings, three artifact styles per listing and
// wording of its own. Theme: Chinese number forms a real shop writes (成 as tenths, 折 as a discount, 一个半小时,
// 两个半月, 周岁, 度 as kWh, 寸, 码, 斤, 打 = a dozen, 万, 第N代, 上下/多/来/余 approximations, dates, negative
// temperatures) that the translations render the way a native copywriter would (40% lighter, 25 % Rabatt, an hour and
// a half, ages 3 and up, 0.5 kWh, 12-inch, a dozen, 250 g for 半斤), so the clean cases test false alarms of the number
// rules. Artifact style of the round: a varied mix of the kinds the README names (a chatty lead-in, an AI disclaimer,
// a sign-off or offer to rework, a code fence, an HTML tag, a JSON key, a markdown label or heading, a field-label
// prefix, a translator's note in English inside a German field; no digits in artifacts that land in the description,
// title or meta). Legitimate numbers and number words:
// Hopi 12寸 (12-inch, 12 pouces) wheels, 3周岁以上 (aged 3 and up, dès 3 ans), 85~115 cm, 六斤多 (just over 3 kg, à
// peine plus de 3 kg), 轻四成 (40% lighter, 40 % de moins), 35 to 48 cm, 好几年 (several years, plusieurs années:
// vague), 双脚 (both feet: idiomatic), 一两个星期 (a week or two, une ou deux semaines), 两端 (both ends: idiomatic),
// 四种 (four colours, quatre coloris);
// Stridex R3 (model), 第三代 (dritte Generation, 第3世代), 百分之七十 (70 %, 70%), 42码 (Größe 42, 42サイズ), about 230 g,
// 8 mm, 十来公里 (etwa zehn Kilometer, 10kmほど), 一体 (idiomatic), 36-45码 (Größen 36 bis 45, EU36～45), 半码 (eine
// halbe Nummer, 半サイズ), 二十多年 (über 20 Jahre, 20年以上), 每双 (jedes Paar: idiomatic), 上万次 (mehr als 10.000,
// 1万回以上), 七五折 (25 % Rabatt, 25%オフ);
// Frostel 208 L (208 litres, 208 litros), 二三十斤 (10 to 15 kg, entre 10 y 15 kg), 一整箱 (idiomatic), -24 °C to
// 10 °C (-11 °F to 50 °F), 一键 (a single button, un solo botón: idiomatic), about 48 hours, 0.5度 (0.5 kWh, 0,5 kWh),
// 40 dB 上下 (around 40 dB, unos 40 dB), 两个 (two, dos) baskets, 95 × 56 × 85 cm, 四个 (four, cuatro) castors, 三年
// (three-year, tres años), 十年 (ten years, diez años);
// Goqi 2025年6月 (Juni 2025, juin 2025), 大三成 (30 % größer, 30 % plus grosses), 半斤 (250 g), 18 months (18 Monate,
// 18 mois), 0~4 °C (0 bis 4 °C, entre 0 et 4 °C), 两个半月 (zweieinhalb Monate, deux mois et demi), 十来粒 (etwa zehn,
// une dizaine), 两袋 (zwei Beutel, deux sachets), 八折 (20 % Rabatt, 20 % de réduction), 几袋 (ein paar, quelques:
// vague);
// Voltra P12 (model), 1.2万毫安 (12,000 mAh, 12.000 mAh), 44.4 Wh (44,4 Wh), 20 W, 一个半小时 (an hour and a half,
// anderthalb Stunden), 两次半 (two and a half times, zweieinhalbmal), 三个 ports and 三台 devices (three, drei),
// 第二代 (second-generation, zweite Generation), about 220 g, 1.6 cm (1,6 cm), 零下10℃ to 45℃ (-10 °C to 45 °C);
// Cotto 一打 (1ダース, una docena), 12 pairs (12足, 12 pares), 三种 (3色, tres colores), 4 pairs each (各4足, 4 de
// cada), 百分之八十 (80%, 80 %), 一天 (一日中, todo el día: idiomatic), about 15 cm, 38 to 44 (EU38～44, de la 38 a la
// 44), about 40 g, 上百次 (100回以上, más de cien), 2025 spring (2025年春, primavera de 2025), 两打 (2ダース, dos
// docenas), 九折 (10%オフ, 10 % de descuento).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const BALANCE_BIKE_ZH = 'Hopi 12寸儿童平衡车 无脚踏滑步车 3周岁以上';
const BALANCE_BIKE_SRC =
  'Hopi 儿童平衡车采用12寸充气橡胶轮，适合3周岁以上、身高85~115厘米的宝宝。镁合金车架让整车仅重六斤多，比普通钢架车轻四成，孩子自己就能推着走。座椅高度可在35至48厘米之间调节，能陪孩子骑好几年。没有脚踏，孩子靠双脚蹬地滑行，一般骑上一两个星期就能掌握平衡，以后换自行车不用装辅助轮。车把两端有防撞软套，后轮带手刹。有红、蓝、绿、黄四种颜色可选。';
const RUNNING_SHOE_ZH = 'Stridex R3 第三代缓震跑鞋 男女同款 36-45码';
const RUNNING_SHOE_SRC =
  'Stridex R3 是我们的第三代缓震跑鞋，中底采用超临界发泡材料，回弹率达百分之七十。42码单只仅重约230克，后跟落差8毫米，跑个十来公里脚也不累。鞋面为一体编织网布，透气不闷脚。尺码36-45码，男女同款，鞋楦偏小，建议拍大半码。工厂有二十多年做跑鞋的经验，每双鞋出厂前都要经过上万次弯折测试。新品首发期间全场打七五折，先到先得。';
const FREEZER_ZH = 'Frostel 208升卧式冰柜 冷藏冷冻一键转换';
const FREEZER_SRC =
  'Frostel 卧式冰柜容积208升，能放下二三十斤肉和一整箱雪糕。温度可在-24℃至10℃之间调节，一键就能在冷冻和冷藏之间切换。箱体发泡层加厚，断电后能保冷约48小时，每天耗电约0.5度。运行噪音40分贝上下，放在车库或厨房都不吵。内配两个吊篮，小件食材可以分开放。机身尺寸95×56×85厘米，底部四个万向轮，挪动方便。整机保修三年，压缩机保修十年。';
const GOJI_ZH = 'Goqi 宁夏中宁头茬枸杞 半斤装 2025年新货';
const GOJI_SRC =
  'Goqi 枸杞产自宁夏中宁，只选2025年6月采摘的头茬果，个头比普通枸杞大三成，肉厚籽少。自然晾晒，不熏硫、不加色素，泡水不掉色。每袋半斤，独立密封，保质期18个月。开封后建议放冰箱0~4℃冷藏，两个半月内吃完口感最好。每天抓十来粒泡水、煮粥或煲汤都合适，直接嚼着吃也很甘甜。两袋起打八折，多囤几袋更划算。';
const POWER_BANK_ZH = 'Voltra P12 充电宝 1.2万毫安 20W快充 可带上飞机';
const POWER_BANK_SRC =
  'Voltra P12 充电宝电芯容量1.2万毫安，额定能量44.4Wh，不超过民航限制，可以随身带上飞机。支持20W PD快充，自身充满约需一个半小时，满电能给普通手机充两次半。机身有三个接口，可同时给三台设备充电。采用第二代石墨烯散热片，边充边用也不烫手。重约220克，厚仅1.6厘米，放进口袋不鼓包。零下10℃到45℃都能正常工作，冬天出门滑雪也不怕。';
const SOCKS_ZH = 'Cotto 精梳棉中筒运动袜 一打装 12双';
const SOCKS_SRC =
  'Cotto 中筒运动袜一打装，共12双，黑、白、灰三种颜色各4双。面料含百分之八十精梳棉，吸汗透气，袜底加厚毛圈，走一天路脚也不磨。袜口宽松，不勒腿，运动、通勤都合适。袜筒高约15厘米，均码，适合38至44码的脚。每双约重40克，洗上百次也不起球、不变形。2025年春季新款，买两打再打九折，全家人一起换新袜。';

export const ROUND_59_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'kids_balance_bikes',
    'en',
    BALANCE_BIKE_ZH,
    BALANCE_BIKE_SRC,
    {
      translated_description:
        'The Hopi balance bike rolls on 12-inch pneumatic rubber tyres and suits children aged 3 and up who are 85 to 115 cm tall. Its magnesium-alloy frame keeps the whole bike to just over 3 kg – 40% lighter than a typical steel-frame bike – so little ones can push it along by themselves. The saddle adjusts from 35 to 48 cm, so the bike keeps up with your child for several years. There are no pedals: children push off the ground with both feet and glide, and most find their balance within a week or two. When they move up to a bicycle, they won’t need stabilisers. Soft bumpers cover both ends of the handlebar, and the rear wheel has a hand brake. Choose from four colours: red, blue, green and yellow.',
      seo_title: 'Hopi 12-Inch Balance Bike for Kids Aged 3 and Up',
      meta_description:
        'Pedal-free Hopi balance bike with 12-inch air tyres and a light magnesium frame, for children aged 3 and up and 85–115 cm tall. In four bright colours.',
      h1: 'Hopi Balance Bike – First Rides, Big Confidence',
      marketing_copy_a:
        'A frame light enough for little arms, a saddle that grows from toddler to schoolchild, and no stabilisers to fit later on. Buy the Hopi today.',
      marketing_copy_b:
        'The first time they lift both feet and glide, you’ll see it on their face: I can do this. Give your child that moment. Discover Hopi.',
      marketing_copy_c:
        'This month only: a matching helmet free with every Hopi balance bike. Order now while stocks last.',
    },
    { field: 'meta_description', find: '85–115 cm', replace: '85–125 cm', labels: ['number_invented'] },
    'The saddle adjusts from 35 to 48 cm, so the bike keeps up with your child for several years.',
  ),
  listing(
    'p01',
    'kids_balance_bikes',
    'fr',
    BALANCE_BIKE_ZH,
    BALANCE_BIKE_SRC,
    {
      translated_description:
        'La draisienne Hopi roule sur des pneus gonflables en caoutchouc de 12 pouces et convient aux enfants dès 3 ans qui mesurent de 85 à 115 cm. Grâce à son cadre en alliage de magnésium, elle pèse à peine plus de 3 kg, soit 40 % de moins qu’une draisienne classique à cadre en acier : votre enfant la pousse tout seul. La selle se règle de 35 à 48 cm, de quoi l’accompagner pendant plusieurs années. Pas de pédales : l’enfant avance en poussant sur le sol avec ses deux pieds puis se laisse glisser, et la plupart trouvent leur équilibre en une ou deux semaines. Le passage au vélo se fait ensuite sans petites roues. Des embouts souples protègent les deux extrémités du guidon, et la roue arrière est équipée d’un frein à main. Quatre coloris au choix : rouge, bleu, vert et jaune.',
      seo_title: 'Draisienne Hopi 12 pouces dès 3 ans, cadre magnésium',
      meta_description:
        'Draisienne sans pédales Hopi : pneus gonflables de 12 pouces, cadre léger en magnésium, selle réglable, pour les enfants dès 3 ans. Quatre coloris.',
      h1: 'Hopi, la draisienne qui donne confiance',
      marketing_copy_a:
        'Légère, réglable et sans petites roues à démonter plus tard : elle suit votre enfant pendant des années. Commandez votre Hopi dès maintenant.',
      marketing_copy_b:
        'Le jour où il lève les pieds et file tout seul, son sourire dit tout. Offrez-lui ce moment de fierté. Découvrez Hopi.',
      marketing_copy_c:
        'Ce mois-ci, un casque assorti est offert pour toute draisienne achetée. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'de 85 à 115 cm',
      replace: 'de 85 à 120 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'La selle se règle de 35 à 48 cm, de quoi l’accompagner pendant plusieurs années.',
  ),
  listing(
    'p02',
    'running_shoes',
    'de',
    RUNNING_SHOE_ZH,
    RUNNING_SHOE_SRC,
    {
      translated_description:
        'Der Stridex R3 ist bereits die dritte Generation unseres gedämpften Laufschuhs. Die Zwischensohle aus superkritisch geschäumtem Material erreicht eine Rückprallrate von 70 %. In Größe 42 wiegt ein einzelner Schuh nur rund 230 g, die Sprengung beträgt 8 mm – so bleiben die Füße auch nach etwa zehn Kilometern frisch. Das Obermaterial aus einem Stück gestricktem Mesh ist atmungsaktiv, nichts staut sich. Der Schuh ist als Unisex-Modell in den Größen 36 bis 45 erhältlich. Da er klein ausfällt, empfehlen wir, eine halbe Nummer größer zu wählen. Unsere Fabrik baut seit über 20 Jahren Laufschuhe, und jedes Paar durchläuft vor der Auslieferung einen Biegetest mit mehr als 10.000 Zyklen. Zur Markteinführung gibt es 25 % Rabatt auf alle Modelle, solange der Vorrat reicht.',
      seo_title: 'Stridex R3 Laufschuh, Dämpfung der 3. Generation',
      meta_description:
        'Gedämpfter Laufschuh Stridex R3: 70 % Rückprall, rund 230 g in Größe 42, 8 mm Sprengung und atmungsaktives Strickobermaterial. Größen 36 bis 45.',
      h1: 'Stridex R3 – leicht laufen, lange laufen',
      marketing_copy_a:
        'Viel Dämpfung, wenig Gewicht und ein Obermaterial, das auch im Hochsommer atmet – ein Schuh für Training und Wettkampf. Jetzt bestellen.',
      marketing_copy_b:
        'Der Moment, in dem der Kopf frei wird und die Beine wie von selbst laufen. Genau dafür haben wir den R3 gebaut. Entdecken Sie ihn jetzt.',
      marketing_copy_c:
        'Zum Marktstart gibt es den Stridex R3 mit Einführungsrabatt – sichern Sie sich Ihr Paar, bevor Ihre Größe vergriffen ist.',
    },
    {
      field: 'seo_title',
      find: 'der 3. Generation',
      replace: 'der 4. Generation',
      labels: ['number_invented'],
    },
    'Unsere Fabrik baut seit über 20 Jahren Laufschuhe, und jedes Paar durchläuft vor der Auslieferung einen Biegetest mit mehr als 10.000 Zyklen.',
  ),
  listing(
    'p02',
    'running_shoes',
    'ja',
    RUNNING_SHOE_ZH,
    RUNNING_SHOE_SRC,
    {
      translated_description:
        'Stridex R3は、当社のクッショニングランニングシューズの第3世代モデルです。ミッドソールには超臨界発泡素材を採用し、反発率は70%に達します。42サイズの片足重量は約230g、ヒールドロップは8mmで、10kmほど走っても足が疲れにくい設計です。アッパーは一体編みのニットメッシュで、通気性がよく蒸れません。サイズはEU36～45の男女兼用です。木型が小さめなので、普段より半サイズ大きめをおすすめします。20年以上ランニングシューズを作り続けてきた自社工場で、すべての靴が出荷前に1万回以上の屈曲テストを受けています。発売記念として、期間中は全品25%オフ。なくなり次第終了です。',
      seo_title: 'Stridex R3 第3世代クッションランニングシューズ',
      meta_description:
        '第3世代クッションのランニングシューズ。反発率70%、42サイズで約230g、ドロップ8mm。通気性のよいニットアッパーで長い距離も快適。',
      h1: 'Stridex R3 軽く、遠くまで走れる一足',
      marketing_copy_a:
        'しっかりしたクッションと軽さ、真夏でも蒸れにくいアッパー。練習にもレースにもこれ一足で対応します。今すぐ購入。',
      marketing_copy_b:
        '頭が空っぽになって、脚が勝手に前へ出る。あの瞬間のために作ったのがR3です。ぜひチェックしてください。',
      marketing_copy_c: '発売記念の特別価格は期間限定です。人気サイズから売り切れるので、ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '片足重量は約230g',
      replace: '片足重量は約250g',
      labels: ['number_dropped', 'number_invented'],
    },
    '20年以上ランニングシューズを作り続けてきた自社工場で、すべての靴が出荷前に1万回以上の屈曲テストを受けています。',
  ),
  listing(
    'p03',
    'chest_freezers',
    'en',
    FREEZER_ZH,
    FREEZER_SRC,
    {
      translated_description:
        'The Frostel chest freezer holds 208 litres – room for 10 to 15 kg of meat and a whole box of ice lollies. The temperature adjusts from -24 °C to 10 °C (-11 °F to 50 °F), and a single button switches it between freezer and fridge mode. Thanks to extra-thick foam insulation, it stays cold for around 48 hours during a power cut, and it uses only about 0.5 kWh a day. At around 40 dB, it is quiet enough for the garage or the kitchen. Two hanging baskets keep small items separate. The cabinet measures 95 × 56 × 85 cm, and four swivel castors make it easy to move. The whole unit comes with a three-year warranty, and the compressor is covered for ten years.',
      seo_title: 'Frostel 208 L Chest Freezer, -24 °C to 10 °C',
      meta_description:
        'Frostel 208-litre chest freezer and fridge in one: from -24 °C to 10 °C, stays cold for 48 hours in a power cut and uses only about 0.5 kWh a day.',
      h1: 'Frostel Chest Freezer – Stock Up, Spend Less on Power',
      marketing_copy_a:
        'Stock up on meat when it’s on offer and keep it for months, for about the running cost of a light bulb. Order your Frostel today.',
      marketing_copy_b:
        'Summer guests, grandchildren asking for ice lollies, and never a scramble for space. That is what a well-stocked home feels like. Discover Frostel.',
      marketing_copy_c: 'Free delivery and installation on every Frostel ordered this week – shop now.',
    },
    {
      field: 'translated_description',
      find: 'for around 48 hours',
      replace: 'for around 72 hours',
      labels: ['number_dropped', 'number_invented'],
    },
    'At around 40 dB, it is quiet enough for the garage or the kitchen.',
  ),
  listing(
    'p03',
    'chest_freezers',
    'es',
    FREEZER_ZH,
    FREEZER_SRC,
    {
      translated_description:
        'El arcón congelador Frostel tiene 208 litros de capacidad: caben entre 10 y 15 kg de carne y una caja entera de helados. La temperatura se regula de -24 °C a 10 °C y, con un solo botón, pasa de congelador a frigorífico. Gracias al aislamiento de espuma reforzado, mantiene el frío unas 48 horas si se va la luz, y consume solo unos 0,5 kWh al día. Con unos 40 dB de ruido, puedes ponerlo en el garaje o en la cocina sin que moleste. Incluye dos cestas colgantes para separar los alimentos pequeños. Mide 95 × 56 × 85 cm y lleva cuatro ruedas giratorias en la base para moverlo con facilidad. El aparato tiene tres años de garantía y el compresor, diez años.',
      seo_title: 'Arcón congelador Frostel de 208 L, de -24 °C a 10 °C',
      meta_description:
        'Arcón congelador Frostel de 208 litros: congelador y frigorífico en uno, de -24 °C a 10 °C, 48 horas de frío sin luz y solo unos 0,5 kWh al día.',
      h1: 'Frostel, espacio de sobra para tu despensa',
      marketing_copy_a:
        'Compra la carne cuando está de oferta y guárdala durante meses gastando poquísima luz. Pide tu Frostel hoy.',
      marketing_copy_b:
        'Verano, la familia en casa y helados para todos sin hacer malabares con el congelador. Así se vive con espacio. Descubre Frostel.',
      marketing_copy_c:
        'Esta semana, envío e instalación gratis con cada Frostel. Aprovecha y hazte con el tuyo.',
    },
    { field: 'meta_description', find: 'unos 0,5 kWh', replace: 'unos 0,3 kWh', labels: ['number_invented'] },
    'Con unos 40 dB de ruido, puedes ponerlo en el garaje o en la cocina sin que moleste.',
  ),
  listing(
    'p04',
    'dried_goji_berries',
    'de',
    GOJI_ZH,
    GOJI_SRC,
    {
      translated_description:
        'Die Goqi-Gojibeeren stammen aus Zhongning in Ningxia. Wir verwenden nur die erste Ernte, gepflückt im Juni 2025: Die Beeren sind rund 30 % größer als gewöhnliche Goji, fleischig und mit wenigen Kernen. Sie werden natürlich an der Luft getrocknet, ohne Schwefel und ohne Farbstoffe, und färben beim Aufgießen nicht ab. Jeder Beutel enthält 250 g, ist einzeln versiegelt und 18 Monate haltbar. Nach dem Öffnen am besten im Kühlschrank bei 0 bis 4 °C aufbewahren und innerhalb von zweieinhalb Monaten verbrauchen, dann schmecken sie am besten. Etwa zehn Beeren am Tag passen in Tee, Reisbrei oder Suppe, und pur geknabbert sind sie angenehm süß. Ab zwei Beuteln gibt es 20 % Rabatt, da lohnt es sich, gleich ein paar mehr zu bevorraten.',
      seo_title: 'Goqi Gojibeeren aus Ningxia, erste Ernte, 250 g',
      meta_description:
        'Luftgetrocknete Gojibeeren aus Ningxia, erste Ernte vom Juni 2025: rund 30 % größer, ohne Schwefel und Farbstoffe. 250 g pro Beutel, 18 Monate haltbar.',
      h1: 'Goqi – die süße erste Ernte aus Ningxia',
      marketing_copy_a:
        'Große, fleischige Beeren ohne Schwefel und Farbstoffe – eine Handvoll am Tag genügt für Tee, Müsli oder Suppe. Jetzt bestellen.',
      marketing_copy_b:
        'Ein warmer Becher Tee, in dem rote Beeren langsam aufquellen. Ein kleines Ritual, das den Tag sanfter macht. Entdecken Sie Goqi.',
      marketing_copy_c:
        'Mengenvorteil: Ab zwei Beuteln sparen Sie sofort – legen Sie sich gleich einen Vorrat in den Warenkorb.',
    },
    {
      field: 'translated_description',
      find: 'und 18 Monate haltbar',
      replace: 'und 24 Monate haltbar',
      labels: ['number_dropped', 'number_invented'],
    },
    'Nach dem Öffnen am besten im Kühlschrank bei 0 bis 4 °C aufbewahren und innerhalb von zweieinhalb Monaten verbrauchen, dann schmecken sie am besten.',
  ),
  listing(
    'p04',
    'dried_goji_berries',
    'fr',
    GOJI_ZH,
    GOJI_SRC,
    {
      translated_description:
        'Les baies de goji Goqi viennent de Zhongning, dans le Ningxia. Nous ne retenons que la première récolte, cueillie en juin 2025 : des baies environ 30\u202f% plus grosses que les goji ordinaires, charnues et pauvres en pépins. Elles sont séchées naturellement, sans soufre ni colorant, et ne déteignent pas dans l’eau. Chaque sachet de 250 g est scellé individuellement et se conserve 18 mois. Après ouverture, gardez-les au réfrigérateur entre 0 et 4 °C et consommez-les dans les deux mois et demi pour profiter de tout leur goût. Une dizaine de baies par jour suffit, en infusion, dans un porridge de riz ou dans un bouillon ; elles se grignotent aussi telles quelles, bien sucrées. Dès deux sachets, vous bénéficiez de 20\u202f% de réduction : de quoi faire quelques réserves.',
      seo_title: 'Baies de goji Goqi du Ningxia, première récolte, 250 g',
      meta_description:
        'Baies de goji Goqi de la première récolte de juin 2025, séchées sans soufre ni colorant, 30\u202f% plus grosses. Sachet de 250 g, conservation 18 mois.',
      h1: 'Goqi, la douceur de la première récolte',
      marketing_copy_a:
        'Des baies charnues, sans soufre ni colorant, pour vos infusions, porridges et bouillons de tous les jours. Commandez vos sachets Goqi.',
      marketing_copy_b:
        'Une tasse chaude où les baies rouges gonflent doucement : un petit rituel qui adoucit la journée. Découvrez Goqi.',
      marketing_copy_c:
        'Prix dégressif dès deux sachets : faites le plein pour l’hiver et ajoutez-les au panier dès maintenant.',
    },
    {
      field: 'translated_description',
      find: 'cueillie en juin 2025',
      replace: 'cueillie en juin 2024',
      labels: ['number_dropped', 'number_invented'],
    },
    'Après ouverture, gardez-les au réfrigérateur entre 0 et 4 °C et consommez-les dans les deux mois et demi pour profiter de tout leur goût.',
  ),
  listing(
    'p05',
    'power_banks',
    'en',
    POWER_BANK_ZH,
    POWER_BANK_SRC,
    {
      translated_description:
        'The Voltra P12 power bank packs 12,000 mAh cells with a rated energy of 44.4 Wh, within airline limits, so you can take it on board. It supports 20 W PD fast charging and recharges itself in about an hour and a half; when full, it can charge a typical phone two and a half times. With three ports, it charges three devices at once. A second-generation graphene heat spreader keeps it cool to the touch, even when you use it while it charges. It weighs about 220 g and is only 1.6 cm thick, so it slips into a pocket without a bulge. It works normally from -10 °C to 45 °C, so a winter ski trip is no problem.',
      seo_title: 'Voltra P12 Power Bank, 12,000 mAh, 20 W Fast Charging',
      meta_description:
        'Voltra P12 power bank: 12,000 mAh and 44.4 Wh, allowed on planes, 20 W PD fast charging, three ports, about 220 g and just 1.6 cm thick.',
      h1: 'Voltra P12 – Full Power in Your Pocket',
      marketing_copy_a:
        'Two and a half phone charges, three devices at once and a body slimmer than most wallets. Get the Voltra P12 now.',
      marketing_copy_b:
        'Map open, photos still to take, and the battery icon turning red – then you remember what’s in your pocket. Travel without the low-battery dread. Discover Voltra.',
      marketing_copy_c:
        'Launch week: a braided USB-C cable free with every Voltra P12. Shop now before the offer ends.',
    },
    {
      field: 'translated_description',
      replace: 'The P12 is backed by an 18-month warranty.',
      labels: ['number_invented'],
    },
    'It works normally from -10 °C to 45 °C, so a winter ski trip is no problem.',
  ),
  listing(
    'p05',
    'power_banks',
    'de',
    POWER_BANK_ZH,
    POWER_BANK_SRC,
    {
      translated_description:
        'Die Powerbank Voltra P12 hat Zellen mit 12.000 mAh und eine Nennenergie von 44,4 Wh. Damit bleibt sie unter den Grenzwerten der Fluggesellschaften und darf mit an Bord. Sie unterstützt 20 W PD-Schnellladen, ist selbst in etwa anderthalb Stunden voll und lädt ein gängiges Smartphone zweieinhalbmal auf. Über drei Anschlüsse versorgt sie drei Geräte gleichzeitig. Ein Graphen-Wärmeleiter der zweiten Generation sorgt dafür, dass sie auch beim Laden und gleichzeitigen Nutzen nicht heiß wird. Sie wiegt rund 220 g, ist nur 1,6 cm dünn und trägt in der Hosentasche nicht auf. Von -10 °C bis 45 °C arbeitet sie zuverlässig – auch der Skiausflug im Winter ist kein Problem.',
      seo_title: 'Voltra P12 Powerbank, 12.000 mAh, 20 W Schnellladen',
      meta_description:
        'Powerbank Voltra P12 mit 12.000 mAh und 44,4 Wh, flugtauglich, 20 W PD-Schnellladen, drei Anschlüsse, rund 220 g leicht und nur 1,6 cm dünn.',
      h1: 'Voltra P12 – Energie für unterwegs',
      marketing_copy_a:
        'Zweieinhalb Handyladungen, drei Geräte gleichzeitig und schlanker als so manche Geldbörse. Jetzt kaufen.',
      marketing_copy_b:
        'Die Karte offen, noch so viele Fotos vor Ihnen, und der Akku blinkt rot – gut, dass die Voltra in der Tasche steckt. Sichern Sie sich diese Gelassenheit für jede Reise.',
      marketing_copy_c:
        'Zum Start legen wir ein geflochtenes USB-C-Kabel gratis dazu – jetzt bestellen, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'Sie wiegt rund 220 g',
      replace: 'Sie wiegt rund 190 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Von -10 °C bis 45 °C arbeitet sie zuverlässig – auch der Skiausflug im Winter ist kein Problem.',
  ),
  listing(
    'p06',
    'cotton_socks',
    'ja',
    SOCKS_ZH,
    SOCKS_SRC,
    {
      translated_description:
        'Cottoのミドル丈スポーツソックスは1ダース入り、全12足のセットです。ブラック、ホワイト、グレーの3色が各4足入っています。素材はコーマ綿80%で、汗をよく吸い、通気性も抜群。足裏は厚手のパイル編みなので、一日中歩いても擦れにくくなっています。履き口はゆったりしていて脚を締めつけず、スポーツにも通勤にもぴったりです。丈は約15cm、フリーサイズでEUサイズ38～44の足に対応します。1足あたり約40gで、100回以上洗っても毛玉になりにくく、型崩れしません。2025年春の新作です。2ダースお買い上げでさらに10%オフになるので、家族みんなの靴下をまとめて新しくできます。',
      seo_title: 'Cotto コーマ綿スポーツソックス 1ダース12足組',
      meta_description:
        'コーマ綿80%のミドル丈スポーツソックス。ブラック・ホワイト・グレー各4足の12足組。厚手パイルで一日歩いても快適です。',
      h1: 'Cotto 毎日の足元を、気持ちよく',
      marketing_copy_a:
        'まとめてそろえれば、毎朝の靴下選びに迷いません。洗濯に強く、長く使える丈夫さも魅力です。今すぐ購入。',
      marketing_copy_b:
        '朝、引き出しを開けると、そろったばかりの新しい靴下。それだけで少し気分が上がります。ぜひお試しください。',
      marketing_copy_c: '2ダース以上のまとめ買いでさらにお得に。ご家族の分もいっしょに、カートへどうぞ。',
    },
    { field: 'meta_description', find: '各4足', replace: '各5足', labels: ['number_invented'] },
    '1足あたり約40gで、100回以上洗っても毛玉になりにくく、型崩れしません。',
  ),
  listing(
    'p06',
    'cotton_socks',
    'es',
    SOCKS_ZH,
    SOCKS_SRC,
    {
      translated_description:
        'Los calcetines deportivos de caña media Cotto vienen en un pack de una docena: 12 pares en total, en tres colores (negro, blanco y gris), 4 de cada uno. El tejido lleva un 80 % de algodón peinado, absorbe el sudor y transpira, y la planta de rizo reforzado evita rozaduras aunque camines todo el día. El puño es holgado y no aprieta la pierna, así que sirven tanto para hacer deporte como para ir al trabajo. La caña mide unos 15 cm y la talla única vale para pies de la 38 a la 44. Cada par pesa unos 40 g y aguanta más de cien lavados sin hacer bolitas ni deformarse. Son la novedad de la primavera de 2025: si compras dos docenas, tienes un 10 % de descuento, ideal para renovar los calcetines de toda la familia.',
      seo_title: 'Calcetines deportivos Cotto, pack de 12 pares',
      meta_description:
        'Calcetines de caña media Cotto con un 80 % de algodón peinado y planta de rizo: una docena de pares en negro, blanco y gris. Talla única de la 38 a la 44.',
      h1: 'Cotto, comodidad para cada día',
      marketing_copy_a:
        'Una docena de pares resistentes que aguantan lavado tras lavado: olvídate de buscar el compañero del calcetín suelto. Compra tu pack Cotto.',
      marketing_copy_b:
        'Abrir el cajón y encontrarlos todos iguales, suaves y nuevos. Un pequeño gusto para empezar bien el día. Regálate Cotto.',
      marketing_copy_c:
        'Si te llevas dos docenas, ahorras todavía más. Aprovecha y renueva los de toda la casa.',
    },
    {
      field: 'translated_description',
      find: 'mide unos 15 cm',
      replace: 'mide unos 18 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Cada par pesa unos 40 g y aguanta más de cien lavados sin hacer bolitas ni deformarse.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** `text` with each sentence wrapped in an HTML paragraph (Latin scripts). */
const paragraphs = (text: string): string =>
  text
    .split(/(?<=\D[.!?])\s+/)
    .map((s) => `<p>${s}</p>`)
    .join('\n');

// en: listing 1 (balance bike) takes styles 0-2, listing 2 (chest freezer) 3-5, listing 3 (power bank) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the English version of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nLet me know if you’d like a more playful version for the kids’ range!`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`text\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'As an AI language model, I cannot verify the energy figures, so please check them against the official spec sheet.',
    ),
  }),
  (c) => ({ seo_title: `SEO title: ${c.seo_title}` }),
  (c) => ({ marketing_copy_b: `**Emotional copy:** ${c.marketing_copy_b}` }),
  (c) => ({ translated_description: `{"translated_description": "${c.translated_description}"}` }),
  (c) => ({ h1: `# ${c.h1}` }),
];

// de: listing 1 (running shoe) takes styles 0-2, listing 2 (goji berries) 3-5, listing 3 (power bank) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Hier ist die Übersetzung ins Deutsche:\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nIch hoffe, das hilft! Sag gern Bescheid, wenn du noch Änderungen möchtest.`,
  }),
  (c) => ({ seo_title: `Titel: ${c.seo_title}` }),
  (c) => ({ translated_description: paragraphs(c.translated_description) }),
  (c) => ({
    marketing_copy_a: `Als KI-Sprachmodell kann ich gesundheitsbezogene Aussagen nicht überprüfen. ${c.marketing_copy_a}`,
  }),
  (c) => ({ marketing_copy_c: `\`\`\`\n${c.marketing_copy_c}\n\`\`\`` }),
  (c) => ({ meta_description: `**Meta:** ${c.meta_description}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'Translator’s note: I kept “Powerbank” as one word, as is usual in German.',
    ),
  }),
  (c) => ({ marketing_copy_a: `"marketing_copy_a": "${c.marketing_copy_a}",` }),
];

// ja: listing 1 (running shoe) takes styles 0-2, listing 2 (socks) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下が日本語訳です。\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      5,
      '（訳注：サイズは原文どおりEU表記のままにしています。必要なら日本サイズも併記します。）',
    ),
  }),
  (c) => ({ marketing_copy_b: `**感情訴求コピー：** ${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_c: `AIアシスタントのため、実際の割引条件は確認できません。${c.marketing_copy_c}`,
  }),
];

// es: listing 1 (chest freezer) takes styles 0-2, listing 2 (socks) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la traducción al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `<p><strong>${c.marketing_copy_b}</strong></p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¿Quieres que prepare también una versión más corta?`,
  }),
  (c) => ({ seo_title: `Título SEO: ${c.seo_title}` }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_a: `Como modelo de lenguaje, no puedo garantizar la disponibilidad, pero aquí va el texto: ${c.marketing_copy_a}`,
  }),
];

// fr: listing 1 (balance bike) takes styles 0-2, listing 2 (goji berries) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Voici la traduction en français :\n\n${c.translated_description}` }),
  (c) => ({ h1: `**H1 :** ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nN’hésitez pas à me dire si vous souhaitez une version plus courte.`,
  }),
  (c) => ({ translated_description: `<div class="description">\n${c.translated_description}\n</div>` }),
  (c) => ({
    marketing_copy_a: `En tant qu’assistant IA, je ne peux pas vérifier les allégations nutritionnelles. ${c.marketing_copy_a}`,
  }),
  (c) => ({ marketing_copy_c: `\`\`\`markdown\n${c.marketing_copy_c}\n\`\`\`` }),
];

export const ROUND_59_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap freezers lose their cold within hours of a power cut.',
      'Knockoff balance bikes often come with sharp, rough welds.',
      'Counterfeit power banks can overheat in your bag.',
      'A replica frame is rarely as light as it claims.',
    ],
    slogans: ['Small wheels, big firsts.', 'Cold that keeps, space that stays.'],
    chineseLeftovers: [],
    duplicateLead: 'To put it simply: ',
    titleStuffing: ' | Best Seller, Gift Idea, Free Shipping, Top Rated, New Arrival',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Powerbanks werden beim Laden schnell heiß.',
      'Nachahmungen aus dem Discounter sind oft geschwefelt.',
      'Eine Fälschung erkennt man an der schludrigen Naht an der Ferse.',
      'Ein Imitat hält den angegebenen Ladestrom selten ein.',
    ],
    slogans: ['Sonne, Geduld und die erste Ernte.', 'Leicht laufen, weit kommen.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Bestseller, Neuheit, Geschenkidee, Top-Angebot, Versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の靴下はすぐにかかとが薄くなります。',
      'コピー品のスポーツソックスは毛玉ができやすいです。',
      '偽物のランニングシューズはソールがすぐにへたります。',
      '模倣品の靴はサイズ表記が当てになりません。',
    ],
    slogans: ['足元から、気持ちのいい一日を。', '走るたび、自分を好きになる。'],
    chineseLeftovers: ['这款跑鞋穿起来非常轻，适合长时间跑步。', '这些袜子质量很好，洗了很多次也不变形。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 おすすめ 新作 ギフト 送料無料 即日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los calcetines baratos se deforman en cuanto los lavas.',
      'Cuidado con las falsificaciones que circulan por internet.',
      'Un congelador de imitación no aguanta un corte de luz.',
      'Esa etiqueta de eficiencia energética es falsa.',
    ],
    slogans: ['Pies contentos, días mejores.', 'Frío que dura, espacio que sobra.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Más vendido, novedad, idea regalo, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les baies pas chères sont souvent soufrées.',
      'Méfiez-vous des contrefaçons de draisiennes vendues en ligne.',
      'Ces fausses baies de goji sont teintées.',
      'Aucune imitation n’offre la même légèreté.',
    ],
    slogans: ['La douceur du soleil, baie après baie.', 'Premiers tours de roue, grands souvenirs.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
