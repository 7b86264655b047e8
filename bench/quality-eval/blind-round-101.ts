// Blind set, round 101 (written without reading the gate, committed before it is scored): six beauty-tool,
// aquarium, board-game and craft-beer / tea-accessory products in the categories makeup_brush_sets,
// aquarium_air_pumps, automatic_card_shufflers, beer_growlers, matcha_whisk_sets and aquarium_gravel_cleaners,
// 12 hand-written listings, three artifact styles per listing and wording of its own. Theme: the register of the
// shared dev set, ordinary model output as a reviewer meets it. Artifact style of this round: mostly the kinds the
// llm_artifact definition names, in wordings of this round (lead-ins before the description in the target language
// or in English, "Sure!" / "Klar," / "¡Por supuesto!" / "Bien sûr !" openers, field-label prefixes with an ordinary
// colon, a full-width colon or a dash, markdown bold labels and ### headings, code fences, HTML tags, AI
// disclaimers, sign-offs offering changes), a few subtler ones (a translator's remark in brackets, an unfilled
// placeholder such as [END DATE] or {{aktionsende}}, a question to the requester); no digits in artifacts that land
// in the description, title or meta. The clean listings speak in an ordinary shop voice ("Cleaning tip:", "Unser
// Tipp:", "ご注意：", "ワンポイント：", "Un consejo:", "Petite astuce :", "Conseil d’entretien :", the maker's
// "we" / "wir" / "nous", a shopper's question answered at once). Legitimate numbers:
// Velia 12 brushes (Twelve, Douze in copy), 5 face and 7 eye brushes, 1 to 2 weeks (1 à 2 semaines), 3 checks
// (3 contrôles), idioms 一套 (a single set, tout y est) and 一次 (once, un lavage);
// Aquo 3 W (3 Watt, 3W), 双出气口 (two outlets, zwei Ausgänge, 吐出口2つ: 双 is "dual", and 2 is a source number
// anyway), 20 to 100 litres (20〜100L), 30 dB (30dB以下), 4 silicone feet (4 Silikonfüße, 4つ), 2 m tubing (2 Meter,
// 2m), 2 air stones (2 Ausströmersteine, 2個), 一个止回阀 (ein Rückschlagventil, 逆流防止弁: not a number), 1 year
// (1 Jahr, 1年間);
// Shufflo 1 to 2 decks (1 or 2 decks, 1 o 2 barajas), about 5 seconds, 6.4 cm (2.5 in, 6,4 cm), 4 AA batteries
// (cuatro pilas AA; AA has no digit), about 480 g (17 oz), idioms 一次 (at a time, a la vez); USB and ABS carry no
// number;
// Hopsa 1.9 L (1,9 Liter, 1,9 litre), 双层 (doppelwandig, double paroi: not a number), 304 stainless steel, 24 hours
// (24 Stunden, 24 heures), 8 or 16 g capsules (8 oder 16 Gramm, 8 ou 16 grammes), 3 days (3 Tage, 3 jours), about
// 7 cm, idiom 一目了然 (auf einen Blick, d’un coup d’œil); 二氧化碳 is written out (Kohlendioxid, dioxyde de carbone),
// never as a formula with a digit;
// Midori 四件套 (four pieces, vier Teile, vierteilig), about 100 tines (rund 100 Borsten), about 12 cm (4.7 in),
// about 350 ml, about 1 g per scoop (一勺: one scoop, ein Löffel), about 80 °C (176 °F), 2 scoops (2 Löffel), about
// 70 ml, about 15 seconds (15 Sekunden), idiom 一下 (briefly: not a number);
// Clara 12 W, about 360 litres per hour (毎時約360L, unos 360 litros por hora: no "1" for 每小时), 60 cm, about
// 10 minutes, 28 to 52 cm, 50 cm, IPX8 (8), 1.8 m (1,8 m), 30 % (30%), idioms 一机搞定 (まとめてこなせます, con un
// mismo aparato), 一次换水 (水換え, el cambio de agua) and 每次 (一度の水換え, cada vez).
// Number edits: Velia en title 12 → 15 pieces (invented), fr 5 → 6 face brushes (dropped + invented); Aquo de meta
// 30 → 25 dB (invented), ja 3 → 5 W (dropped + invented); Shufflo en 5 → 3 seconds (dropped + invented), es meta
// 480 → 450 g (invented); Hopsa de 24 → 36 Stunden (dropped + invented), fr title 1,9 → 2 L (invented); Midori en
// meta 350 → 400 ml (invented), de an added weight of 600 g (invented only: no source value is removed); Clara ja
// title 12 → 15 W (invented), es 1,8 → 1,5 m (dropped + invented).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const BRUSH_ZH = 'Velia 化妆刷12支套装 附PU收纳筒';
const BRUSH_SRC =
  'Velia 化妆刷套装共12支，其中脸部刷5支、眼部刷7支，粉底、散粉、腮红、眼影、晕染、眉毛一套全搞定。刷毛采用高密度纤维毛，柔软不扎脸，不吃粉，上妆更均匀。刷杆为实木材质，握感轻巧，铝合金刷管不易松动。随附PU收纳筒，出差旅行放进化妆包也不占地方。清洗小贴士：用温水加少量洗面奶轻轻揉洗，刷头朝下或平放阴干，建议每1到2周清洗一次。很多顾客问会不会掉毛？我们每支刷子出厂前都经过3道检测，正常使用基本不掉毛。';
const PUMP_ZH = 'Aquo 鱼缸静音增氧泵 3W 双出气口';
const PUMP_SRC =
  'Aquo 静音增氧泵功率仅3瓦，双出气口设计，每个出口都能单独调节气量，适合20到100升的鱼缸。电机外壳内置消音棉，运行噪音低于30分贝，放在卧室也不影响睡觉。底部有4个硅胶脚垫，可以减少震动。套装内含2米长的气管、2个气石和一个止回阀。温馨提示：请把气泵放在高于水面的位置，或者装上止回阀，停电时水就不会倒流进泵里。我们提供1年质保，有问题随时联系客服。';
const SHUFFLER_ZH = 'Shufflo 自动洗牌机 1-2副牌 电池/USB两用';
const SHUFFLER_SRC =
  'Shufflo 自动洗牌机一次可以洗1到2副标准扑克牌，按下按钮，约5秒就能洗好，比手洗更均匀。适用宽度不超过6.4厘米的纸牌和塑料牌，桥牌、德州扑克、掼蛋都能用。使用4节AA电池（不含），也可以接USB线供电。机身采用ABS材质，重约480克，底部有防滑垫。家庭聚会、棋牌室都很实用，再也不用埋头洗牌洗到手酸了。注意：请勿放入过厚或弯折严重的牌，以免卡牌。';
const GROWLER_ZH = 'Hopsa 精酿啤酒保鲜壶 1.9升 不锈钢 带充气盖';
const GROWLER_SRC =
  'Hopsa 精酿啤酒保鲜壶容量1.9升，壶身为双层真空304不锈钢，装入冰镇啤酒，24小时后依然冰爽。配套的充气盖可以装8克或16克的二氧化碳小气瓶，往壶里补充气压，开过的啤酒放3天也不容易跑气。盖子上带压力表，壶内压力一目了然。壶口直径约7厘米，加冰块、清洗都很方便。去精酿酒馆打酒、周末露营、朋友聚会都能带上。小提示：装酒前先用冷水冲一下壶，倒酒时泡沫会少很多。';
const MATCHA_ZH = 'Midori 抹茶工具四件套 手工竹茶筅';
const MATCHA_SRC =
  'Midori 抹茶工具四件套，包含茶筅、茶勺、茶碗和茶筅架。茶筅由天然白竹手工劈制，约100根竹穗，打出的泡沫细腻绵密。茶碗为手工陶瓷，口径约12厘米，容量约350毫升。茶勺一勺约1克抹茶粉。使用方法：先用80℃左右的热水泡一下茶筅，让竹穗变软；再放入2勺抹茶粉，加入约70毫升热水，手腕前后快速刷动15秒左右即可。用完后冲洗干净，放在茶筅架上晾干，不易变形。';
const GRAVEL_ZH = 'Clara 电动鱼缸洗沙器 换水吸便一体';
const GRAVEL_SRC =
  'Clara 电动鱼缸洗沙器，换水、吸便、洗沙一机搞定。电机功率12瓦，每小时抽水约360升，60厘米的鱼缸大约10分钟就能完成一次换水。伸缩管可以从28厘米拉长到52厘米，适合水深不超过50厘米的鱼缸。吸头带细网，只吸鱼便和残饵，不会把沙子和小鱼吸走。电机防水等级IPX8，可以整机放入水中。附带1.8米出水管。小贴士：每次换水量不要超过总水量的30%，新水要提前晾晒或者加水质稳定剂。';

export const ROUND_101_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'makeup_brush_sets',
    'en',
    BRUSH_ZH,
    BRUSH_SRC,
    {
      translated_description:
        'The Velia makeup brush set contains 12 brushes, 5 for the face and 7 for the eyes, so foundation, powder, blusher, eyeshadow, blending and brows are all covered by a single set. The bristles are made of dense synthetic fibres that feel soft rather than scratchy and do not soak up product, so your makeup goes on more evenly. The handles are solid wood and light in the hand, and the aluminium ferrules stay firmly in place. A PU brush holder is included, so the set slips into your makeup bag for business trips and holidays without taking up room. Cleaning tip: wash the brushes gently in warm water with a little facial cleanser, then leave them to dry in the shade, heads down or lying flat; we recommend washing them once every 1 to 2 weeks. Will the brushes shed? Before leaving the factory, every brush goes through 3 quality checks, so with normal use they hardly lose a hair.',
      seo_title: 'Velia 12-Piece Makeup Brush Set with Travel Holder',
      meta_description:
        'Velia makeup brush set with 12 brushes, 5 for the face and 7 for the eyes: soft, dense bristles, solid wood handles and a PU holder that travels with you.',
      h1: 'Velia – Soft Brushes for Flawless Everyday Makeup',
      marketing_copy_a:
        'Twelve brushes for every step from base to brows, wooden handles that sit comfortably in the hand and a holder that keeps them tidy: everything you need in one set. Order your Velia set today.',
      marketing_copy_b:
        'That moment when your foundation melts into your skin and the shadow blends just right? Soft bristles make it happen, morning after morning. Discover Velia.',
      marketing_copy_c:
        'Launch offer: a free brush-cleaning pad with every Velia set this month. Shop now while stocks last.',
    },
    { field: 'seo_title', find: '12-Piece', replace: '15-Piece', labels: ['number_invented'] },
    'Cleaning tip: wash the brushes gently in warm water with a little facial cleanser, then leave them to dry in the shade, heads down or lying flat; we recommend washing them once every 1 to 2 weeks.',
  ),
  listing(
    'p01',
    'makeup_brush_sets',
    'fr',
    BRUSH_ZH,
    BRUSH_SRC,
    {
      translated_description:
        'Le set de pinceaux de maquillage Velia réunit 12 pinceaux : 5 pour le visage et 7 pour les yeux. Fond de teint, poudre, blush, fard à paupières, estompe et sourcils : tout y est. Les poils en fibres synthétiques haute densité sont doux, ne piquent pas la peau et n’absorbent pas le produit, pour un maquillage plus homogène. Les manches en bois massif sont légers en main et les viroles en aluminium ne se desserrent pas. L’étui de rangement en PU fourni se glisse dans la trousse sans prendre de place, en déplacement comme en vacances. Conseil d’entretien : lavez les pinceaux délicatement à l’eau tiède avec un peu de nettoyant visage, puis laissez-les sécher à l’ombre, tête en bas ou à plat ; nous recommandons un lavage toutes les 1 à 2 semaines. Les pinceaux perdent-ils leurs poils ? Chaque pinceau passe 3 contrôles avant de quitter l’usine : en usage normal, ils ne perdent pratiquement aucun poil.',
      seo_title: 'Set de 12 pinceaux de maquillage Velia avec étui',
      meta_description:
        'Set Velia de 12 pinceaux de maquillage, 5 pour le visage et 7 pour les yeux : poils doux et denses, manches en bois massif et étui de voyage.',
      h1: 'Velia, des pinceaux tout doux pour un teint parfait',
      marketing_copy_a:
        'Douze pinceaux pour chaque étape, du teint aux sourcils, des manches en bois agréables en main et un étui qui garde tout en ordre. Commandez votre set Velia dès aujourd’hui.',
      marketing_copy_b:
        'Ce moment où le fond de teint se fond dans la peau et où le fard s’estompe sans effort… Des poils tout doux, chaque matin. Découvrez Velia.',
      marketing_copy_c:
        'Offre de lancement : un tapis de nettoyage offert avec chaque set ce mois-ci. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: '5 pour le visage',
      replace: '6 pour le visage',
      labels: ['number_dropped', 'number_invented'],
    },
    'Chaque pinceau passe 3 contrôles avant de quitter l’usine : en usage normal, ils ne perdent pratiquement aucun poil.',
  ),
  listing(
    'p02',
    'aquarium_air_pumps',
    'de',
    PUMP_ZH,
    PUMP_SRC,
    {
      translated_description:
        'Die leise Aquarium-Luftpumpe Aquo kommt mit nur 3 Watt aus. Sie hat zwei Luftausgänge, deren Luftmenge sich jeweils einzeln regeln lässt, und eignet sich für Aquarien von 20 bis 100 Litern. Im Motorgehäuse steckt Dämmwatte, die Betriebsgeräusche bleiben unter 30 dB – die Pumpe darf also auch im Schlafzimmer stehen, ohne den Schlaf zu stören. Die 4 Silikonfüße an der Unterseite dämpfen Vibrationen. Im Set enthalten sind 2 Meter Luftschlauch, 2 Ausströmersteine und ein Rückschlagventil. Unser Tipp: Stellen Sie die Pumpe höher als den Wasserspiegel auf oder setzen Sie das Rückschlagventil ein – dann kann bei einem Stromausfall kein Wasser in die Pumpe zurücklaufen. Wir geben 1 Jahr Garantie, und bei Fragen ist unser Kundenservice jederzeit für Sie da.',
      seo_title: 'Aquo Aquarium-Luftpumpe, leise, 3 W, zwei Ausgänge',
      meta_description:
        'Leise Luftpumpe Aquo für Aquarien von 20 bis 100 Litern: nur 3 Watt, unter 30 dB, zwei einzeln regelbare Ausgänge, mit Schlauch und Ausströmersteinen.',
      h1: 'Aquo – frische Luft fürs Aquarium, ganz ohne Brummen',
      marketing_copy_a:
        'Zwei Ausgänge für ein großes Becken oder zwei kleine, ein sparsamer Motor und das ganze Zubehör gleich im Karton. Jetzt bestellen.',
      marketing_copy_b:
        'Abends im Halbdunkel sitzen, den Fischen zusehen und nur das leise Perlen der Blasen hören – so darf ein Aquarium klingen. Entdecken Sie Aquo.',
      marketing_copy_c:
        'Nur diesen Monat: ein Ersatz-Ausströmerstein gratis zu jeder Pumpe. Sichern Sie sich Ihre Aquo jetzt.',
    },
    { field: 'meta_description', find: 'unter 30 dB', replace: 'unter 25 dB', labels: ['number_invented'] },
    'Die 4 Silikonfüße an der Unterseite dämpfen Vibrationen.',
  ),
  listing(
    'p02',
    'aquarium_air_pumps',
    'ja',
    PUMP_ZH,
    PUMP_SRC,
    {
      translated_description:
        'Aquoの静音エアーポンプは、消費電力わずか3W。吐出口は2つあり、それぞれ個別にエアー量を調整できます。20〜100Lの水槽に対応しています。モーターカバーには吸音材を内蔵し、運転音は30dB以下。寝室に置いても眠りを妨げません。底面の4つのシリコン脚がポンプの振動を抑えます。セットには長さ2mのエアーチューブ、エアストーン2個、逆流防止弁が付属します。ご注意：ポンプは水面より高い位置に置くか、逆流防止弁を取り付けてください。停電時に水がポンプへ逆流するのを防げます。1年間の保証付きで、お困りのことがあればいつでもカスタマーサポートへご連絡ください。',
      seo_title: 'Aquo 静音エアーポンプ 3W 吐出口2つ 水槽用',
      meta_description:
        '消費電力わずか3W、運転音30dB以下の静音エアーポンプ。2つの吐出口を個別に調整でき、20〜100Lの水槽に対応。チューブとエアストーン付き。',
      h1: 'Aquo 寝室でも静かな水槽用エアーポンプ',
      marketing_copy_a:
        '吐出口が2つあるので、大きめの水槽にも小さな水槽2台にも。チューブもエアストーンもそろっていて、届いたその日から使えます。今すぐ購入。',
      marketing_copy_b:
        '夜、明かりを落とした部屋で聞こえるのは、小さな泡の音だけ。魚たちとのんびり過ごす時間を。ぜひチェックしてください。',
      marketing_copy_c: '今月限定で、交換用エアストーンをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: 'わずか3W',
      replace: 'わずか5W',
      labels: ['number_dropped', 'number_invented'],
    },
    '底面の4つのシリコン脚がポンプの振動を抑えます。',
  ),
  listing(
    'p03',
    'automatic_card_shufflers',
    'en',
    SHUFFLER_ZH,
    SHUFFLER_SRC,
    {
      translated_description:
        'The Shufflo automatic card shuffler handles 1 or 2 decks of standard playing cards at a time: press the button and in about 5 seconds they come out more evenly shuffled than by hand. It takes paper and plastic cards up to 6.4 cm (2.5 in) wide, so it works for bridge, Texas hold’em and the Chinese card game Guandan alike. It runs on 4 AA batteries (not included) or from a USB cable. The body is made of ABS, weighs about 480 g (17 oz) and has a non-slip pad underneath. Handy for family get-togethers and card rooms – no more shuffling until your wrists ache. Worried about jams? Simply keep very thick or badly bent cards out of the machine.',
      seo_title: 'Shufflo Automatic Card Shuffler for 1–2 Decks',
      meta_description:
        'Automatic card shuffler for 1 or 2 decks: shuffles in about 5 seconds, takes cards up to 6.4 cm wide and runs on batteries or USB. Made for game nights.',
      h1: 'Shufflo – More Dealing, Less Shuffling',
      marketing_copy_a:
        'Fairer shuffles than by hand, paper or plastic cards, batteries or USB: a small machine that keeps every game night moving. Order your Shufflo today.',
      marketing_copy_b:
        'The cards are out, the snacks are on the table and everyone is itching to play. Let the machine do the shuffling while you enjoy the banter. Discover Shufflo.',
      marketing_copy_c:
        'Game-night deal: a free deck of plastic playing cards with every Shufflo this week. Grab yours now.',
    },
    {
      field: 'translated_description',
      find: 'in about 5 seconds',
      replace: 'in about 3 seconds',
      labels: ['number_dropped', 'number_invented'],
    },
    'It runs on 4 AA batteries (not included) or from a USB cable.',
  ),
  listing(
    'p03',
    'automatic_card_shufflers',
    'es',
    SHUFFLER_ZH,
    SHUFFLER_SRC,
    {
      translated_description:
        'La barajadora automática Shufflo mezcla 1 o 2 barajas de cartas estándar a la vez: pulsas el botón y en unos 5 segundos las cartas salen mejor mezcladas que a mano. Admite cartas de papel y de plástico de hasta 6,4 cm de ancho, así que sirve para el bridge, el Texas Hold’em o el guandan, un juego de cartas chino. Funciona con cuatro pilas AA (no incluidas) o con un cable USB. La carcasa es de ABS, pesa unos 480 g y lleva una base antideslizante. Es muy práctica para reuniones familiares y clubes de cartas: se acabó barajar hasta que te duela la muñeca. Ojo: no metas cartas demasiado gruesas o muy dobladas, porque podrían atascarse.',
      seo_title: 'Barajadora automática de cartas Shufflo, 1 o 2 barajas',
      meta_description:
        'Barajadora automática Shufflo para 1 o 2 barajas: mezcla en unos 5 segundos, admite cartas de hasta 6,4 cm y pesa solo 480 g. Funciona con pilas o USB.',
      h1: 'Shufflo, más partidas y menos barajar',
      marketing_copy_a:
        'Mezclas más justas que a mano, cartas de papel o de plástico, pilas o USB: una pequeña máquina que mantiene vivas las noches de juego. Compra tu Shufflo hoy.',
      marketing_copy_b:
        'Las cartas sobre la mesa, algo para picar y muchas ganas de jugar. Deja que la máquina baraje mientras tú disfrutas de la charla. Descubre Shufflo.',
      marketing_copy_c:
        'Solo esta semana, una baraja de plástico de regalo con cada Shufflo. ¡Pide la tuya ya!',
    },
    { field: 'meta_description', find: 'solo 480 g', replace: 'solo 450 g', labels: ['number_invented'] },
    'Funciona con cuatro pilas AA (no incluidas) o con un cable USB.',
  ),
  listing(
    'p04',
    'beer_growlers',
    'de',
    GROWLER_ZH,
    GROWLER_SRC,
    {
      translated_description:
        'Der Hopsa Growler für Craft Beer fasst 1,9 Liter. Der doppelwandige, vakuumisolierte Korpus aus Edelstahl 304 hält gekühltes Bier auch nach 24 Stunden noch schön kalt. Auf den mitgelieferten Zapfdeckel passen Kohlendioxid-Kapseln mit 8 oder 16 Gramm, mit denen Sie den Druck im Growler wieder auffüllen – so bleibt auch angebrochenes Bier 3 Tage lang spritzig. Ein Manometer im Deckel zeigt den Innendruck auf einen Blick. Die Öffnung misst rund 7 cm, Eiswürfel einfüllen und Ausspülen gelingt also ganz leicht. Ob zum Abfüllen in der Craft-Beer-Bar, beim Camping am Wochenende oder zum Grillabend mit Freunden: Der Hopsa ist immer dabei. Unser Tipp: Spülen Sie den Growler vor dem Befüllen kurz mit kaltem Wasser aus, dann schäumt das Bier beim Einschenken deutlich weniger.',
      seo_title: 'Hopsa Bier-Growler 1,9 L aus Edelstahl mit Zapfdeckel',
      meta_description:
        'Doppelwandiger Growler aus Edelstahl 304 mit 1,9 Litern: hält Bier 24 Stunden kalt, mit Druckdeckel und Manometer für frisches Bier über Tage.',
      h1: 'Hopsa – frisch gezapft, auch fern vom Zapfhahn',
      marketing_copy_a:
        'Fast zwei Liter Lieblingsbier, stundenlang kalt und dank Druckdeckel auch am nächsten Tag noch prickelnd: ein Growler, der sich schnell bezahlt macht. Jetzt bestellen.',
      marketing_copy_b:
        'Die Sonne geht über dem Zeltplatz unter, der Growler macht die Runde, und das Bier schmeckt wie frisch aus der Brauerei. Genau dafür ist er gemacht. Entdecken Sie den Hopsa.',
      marketing_copy_c:
        'Zum Start der Grillsaison: zwei Kohlendioxid-Kapseln gratis zu jedem Hopsa. Sichern Sie sich Ihren Growler jetzt.',
    },
    {
      field: 'translated_description',
      find: 'nach 24 Stunden',
      replace: 'nach 36 Stunden',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Öffnung misst rund 7 cm, Eiswürfel einfüllen und Ausspülen gelingt also ganz leicht.',
  ),
  listing(
    'p04',
    'beer_growlers',
    'fr',
    GROWLER_ZH,
    GROWLER_SRC,
    {
      translated_description:
        'Le growler Hopsa pour bière artisanale contient 1,9 litre. Sa cuve à double paroi isolée sous vide, en acier inoxydable 304, garde la bière bien fraîche encore 24 heures après le remplissage. Le bouchon de pressurisation fourni accepte les cartouches de dioxyde de carbone de 8 ou 16 grammes pour rétablir la pression dans le growler : une bière entamée reste pétillante pendant 3 jours. Le manomètre intégré au bouchon affiche la pression intérieure d’un coup d’œil. Avec son goulot d’environ 7 cm de diamètre, on y glisse facilement des glaçons et il se nettoie sans peine. Pour faire le plein dans votre bar à bières préféré, partir camper le week-end ou retrouver des amis, il vous suit partout. Petite astuce : rincez le growler à l’eau froide avant de le remplir, la bière moussera beaucoup moins au service.',
      seo_title: 'Growler Hopsa 1,9 L en inox isotherme avec bouchon',
      meta_description:
        'Growler isotherme Hopsa en acier inoxydable 304 : 1,9 litre de bière gardée fraîche 24 heures, bouchon de pressurisation et manomètre intégrés.',
      h1: 'Hopsa, la bière pression qui vous suit partout',
      marketing_copy_a:
        'Près de deux litres de votre bière préférée, fraîche pendant des heures et toujours pétillante le lendemain grâce au bouchon de pressurisation. Commandez votre Hopsa.',
      marketing_copy_b:
        'Le soleil se couche sur le camping, le growler passe de main en main et la bière a le goût d’une pinte tout juste tirée. Découvrez Hopsa.',
      marketing_copy_c:
        'Pour l’ouverture de la saison des barbecues, deux cartouches offertes avec chaque Hopsa. Profitez-en dès maintenant !',
    },
    { field: 'seo_title', find: 'Hopsa 1,9 L', replace: 'Hopsa 2 L', labels: ['number_invented'] },
    'Le bouchon de pressurisation fourni accepte les cartouches de dioxyde de carbone de 8 ou 16 grammes pour rétablir la pression dans le growler : une bière entamée reste pétillante pendant 3 jours.',
  ),
  listing(
    'p05',
    'matcha_whisk_sets',
    'en',
    MATCHA_ZH,
    MATCHA_SRC,
    {
      translated_description:
        'The Midori matcha set has four pieces: a bamboo whisk, a bamboo scoop, a tea bowl and a whisk holder. The whisk is hand-split from natural white bamboo into about 100 fine tines and whips up a smooth, velvety foam. The handmade ceramic bowl measures about 12 cm (4.7 in) across and holds about 350 ml. Each scoop holds about 1 g of matcha powder. How to use it: first soak the whisk in water at around 80 °C (176 °F) so the tines soften; then add 2 scoops of matcha and about 70 ml of hot water, and whisk briskly back and forth from the wrist for about 15 seconds. After use, rinse the whisk and leave it to dry on its holder so it keeps its shape.',
      seo_title: 'Midori Matcha Set: Bamboo Whisk, Scoop, Bowl & Holder',
      meta_description:
        'Four-piece Midori matcha set with a hand-split bamboo whisk of about 100 tines, a bamboo scoop, a holder and a handmade ceramic bowl of about 350 ml.',
      h1: 'Midori – Your Daily Bowl of Frothy Matcha',
      marketing_copy_a:
        'Everything for a proper bowl of matcha in a single box, from the hand-split whisk to the ceramic bowl, for less than a week of café lattes. Order your Midori set.',
      marketing_copy_b:
        'A quiet moment before the day begins: a warm bowl in your hands, the soft swish of the whisk, bright green foam rising. Treat yourself to Midori.',
      marketing_copy_c:
        'Spring offer: a tin of ceremonial-grade matcha free with every Midori set this month. Shop now.',
    },
    { field: 'meta_description', find: 'about 350 ml', replace: 'about 400 ml', labels: ['number_invented'] },
    'Each scoop holds about 1 g of matcha powder.',
  ),
  listing(
    'p05',
    'matcha_whisk_sets',
    'de',
    MATCHA_ZH,
    MATCHA_SRC,
    {
      translated_description:
        'Das Matcha-Set Midori besteht aus vier Teilen: Bambusbesen, Bambuslöffel, Teeschale und Besenhalter. Der Besen wird von Hand aus natürlichem weißem Bambus gespalten, hat rund 100 feine Borsten und schlägt einen feinporigen, cremigen Schaum. Die handgefertigte Keramikschale hat einen Durchmesser von etwa 12 cm und fasst rund 350 ml. Ein Löffel fasst etwa 1 g Matchapulver. So geht’s: Weichen Sie den Besen zuerst in etwa 80 °C heißem Wasser ein, damit die Borsten geschmeidig werden. Geben Sie dann 2 Löffel Matcha und etwa 70 ml heißes Wasser in die Schale und schlagen Sie den Tee etwa 15 Sekunden lang zügig aus dem Handgelenk hin und her. Nach dem Gebrauch den Besen ausspülen und auf dem Halter trocknen lassen – so bleibt er in Form.',
      seo_title: 'Midori Matcha-Set mit Bambusbesen, Löffel und Schale',
      meta_description:
        'Vierteiliges Matcha-Set Midori: handgespaltener Bambusbesen mit rund 100 Borsten, Bambuslöffel, Keramikschale und Halter für cremigen Matcha.',
      h1: 'Midori – Matcha wie im Teehaus, jeden Tag',
      marketing_copy_a:
        'Alles für eine richtige Schale Matcha in einer Box, vom handgespaltenen Besen bis zur Keramikschale – zum Preis von ein paar Café Latte. Jetzt bestellen.',
      marketing_copy_b:
        'Ein stiller Moment, bevor der Tag beginnt: die warme Schale in den Händen, das leise Rascheln des Besens, leuchtend grüner Schaum. Entdecken Sie Midori.',
      marketing_copy_c:
        'Frühlingsaktion: eine Dose Matcha in Zeremonienqualität gratis zu jedem Set, nur diesen Monat. Sichern Sie sich Ihr Midori-Set jetzt.',
    },
    {
      field: 'translated_description',
      replace: 'Das komplette Set wiegt nur rund 600 g.',
      labels: ['number_invented'],
    },
    'Die handgefertigte Keramikschale hat einen Durchmesser von etwa 12 cm und fasst rund 350 ml.',
  ),
  listing(
    'p06',
    'aquarium_gravel_cleaners',
    'ja',
    GRAVEL_ZH,
    GRAVEL_SRC,
    {
      translated_description:
        'Claraの電動水槽クリーナーなら、水換え、フン取り、砂利掃除をまとめてこなせます。モーターの消費電力は12Wで、毎時約360Lを排水。60cm水槽なら約10分で水換えが終わります。伸縮パイプは28cmから52cmまで伸ばせて、水深50cmまでの水槽に対応しています。吸い込み口には細かいネットが付いていて、フンや食べ残しだけを吸い取り、砂や小さな魚は吸い込みません。モーターは防水等級IPX8で、本体ごと水中に入れて使えます。長さ1.8mの排水ホースが付属しています。ワンポイント：一度の水換えは全体の30%までにし、新しい水はあらかじめ汲み置きするか、水質調整剤を加えてください。',
      seo_title: 'Clara 電動水槽クリーナー 12W 水換え・砂利掃除',
      meta_description:
        '水換え、フン取り、砂利掃除をまとめてこなす電動クリーナー。毎時約360Lの排水で、60cm水槽の水換えが約10分。IPX8防水で水中でも使えます。',
      h1: 'Clara 水槽のお手入れをもっと気軽に',
      marketing_copy_a:
        '水換えも砂利掃除もまとめて済むから、バケツを何度も運ぶ手間がなくなります。週末のお手入れ時間がぐっと短く。今すぐ購入。',
      marketing_copy_b:
        '底砂がきれいになると、水の透明感も魚の色つやも見違えます。澄んだ水槽を眺める時間を、もっと楽しく。ぜひお試しください。',
      marketing_copy_c: '今なら交換用ネットをおまけでお付けします。在庫がなくなる前にカートへどうぞ。',
    },
    { field: 'seo_title', find: '12W', replace: '15W', labels: ['number_invented'] },
    '長さ1.8mの排水ホースが付属しています。',
  ),
  listing(
    'p06',
    'aquarium_gravel_cleaners',
    'es',
    GRAVEL_ZH,
    GRAVEL_SRC,
    {
      translated_description:
        'El limpiador eléctrico de grava Clara cambia el agua, aspira los excrementos y limpia la arena del acuario, todo con un mismo aparato. El motor tiene 12 W de potencia y bombea unos 360 litros por hora, así que en un acuario de 60 cm el cambio de agua está listo en unos 10 minutos. El tubo telescópico se alarga de 28 a 52 cm y sirve para acuarios con una profundidad de agua de hasta 50 cm. La boquilla lleva una rejilla fina que solo aspira excrementos y restos de comida, sin llevarse la arena ni los peces pequeños. El motor tiene protección IPX8, así que puede sumergirse por completo. Incluye una manguera de desagüe de 1,8 m. Un consejo: no cambies más del 30 % del agua cada vez, y deja reposar el agua nueva con antelación o añádele un acondicionador.',
      seo_title: 'Limpiador de grava eléctrico para acuario Clara, 12 W',
      meta_description:
        'Limpiador eléctrico para acuario Clara: cambia el agua, aspira la suciedad y limpia la grava. 12 W, unos 360 litros por hora y tubo de 28 a 52 cm.',
      h1: 'Clara, el acuario limpio sin cubos ni esfuerzo',
      marketing_copy_a:
        'Cambio de agua, aspirado y limpieza de grava en una sola tarea: menos cubos, menos tiempo y un acuario impecable cada semana. Compra tu Clara hoy.',
      marketing_copy_b:
        'Cuando la grava está limpia, el agua brilla y los peces lucen sus colores. Regálate ese momento de calma frente al acuario. Descubre Clara.',
      marketing_copy_c:
        'Solo este mes, una rejilla de repuesto de regalo con cada Clara. ¡Aprovecha la oferta!',
    },
    {
      field: 'translated_description',
      find: 'desagüe de 1,8 m',
      replace: 'desagüe de 1,5 m',
      labels: ['number_dropped', 'number_invented'],
    },
    'El motor tiene protección IPX8, así que puede sumergirse por completo.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (brush set) takes styles 0-2, listing 2 (card shuffler) 3-5, listing 3 (matcha set) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Below is the product description translated into English.\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `Value copy — ${c.marketing_copy_a}` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '(I’ve kept “Guandan” as the name of the game; it could also be glossed as “a Chinese climbing card game”.)',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHappy to adjust the tone or trim this down if it needs to fit on a banner.`,
  }),
  (c) => ({ seo_title: `SEO title: ${c.seo_title}` }),
  (c) => ({ translated_description: `\`\`\`plaintext\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n(As an AI, I have never actually tasted matcha, so please check that the sensory details ring true.)`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Offer ends [END DATE].` }),
];

// de: listing 1 (air pump) takes styles 0-2, listing 2 (growler) 3-5, listing 3 (matcha set) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Klar, hier kommt die übersetzte Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `### ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nKurze Rückfrage: Sollen die Werbetexte die Kundschaft lieber duzen? Dann ändere ich das überall.`,
  }),
  (c) => ({ translated_description: `<div class="produkttext">${c.translated_description}</div>` }),
  (c) => ({ marketing_copy_a: `Text A (Nutzen) – ${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(„Zapfdeckel“ habe ich frei gewählt – „Druckdeckel“ träfe das Original vielleicht genauer.)',
    ),
  }),
  (c) => ({ seo_title: `Titel: ${c.seo_title}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nHinweis: Als KI-Modell kann ich die Angaben zu Temperatur und Wassermenge nicht selbst überprüfen.`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Aktion endet am {{aktionsende}}.` }),
];

// ja: listing 1 (air pump) takes styles 0-2, listing 2 (gravel cleaner) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Here is the Japanese translation of the description:\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `タイトル：${c.seo_title}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n表現やトーンの調整が必要でしたら、お気軽にお申し付けください。`,
  }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ marketing_copy_a: `**コピーA（価値訴求）**\n${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n※この文案はAIが生成したものです。公開前に内容をご確認ください。`,
  }),
];

// es: listing 1 (card shuffler) takes styles 0-2, listing 2 (gravel cleaner) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Por supuesto! Esta es la descripción traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `H1 — ${c.h1}` }),
  (c) => ({ marketing_copy_b: `<em>${c.marketing_copy_b}</em>` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      4,
      '(N. del T.: he usado «rejilla» para el filtro de la boquilla; «malla» también valdría.)',
    ),
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
];

// fr: listing 1 (brush set) takes styles 0-2, listing 2 (growler) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Bien sûr ! Voici la description du produit en français :\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `Accroche émotionnelle – ${c.marketing_copy_b}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Offre valable jusqu’au [DATE DE FIN].` }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({ h1: `**${c.h1}**` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nEn tant qu’assistant IA, je ne peux pas vérifier les caractéristiques annoncées ; merci de les relire avant publication.`,
  }),
];

export const ROUND_101_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Knockoff card shufflers tend to jam halfway through a deck.',
      'Cheap brushes shed their bristles after just a few washes.',
      'A fake bamboo whisk splinters as soon as it meets hot water.',
      'This is no imitation: the handles are real solid wood.',
    ],
    slogans: ['Flawless starts with the right brush.', 'Every game deserves a fair deal.'],
    chineseLeftovers: [],
    duplicateLead: 'Bottom line: ',
    titleStuffing: ' | Best Seller, Gift Idea, Top Quality, Fast Shipping, New Season',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Ein billiger Growler hält das Bier kaum einen Nachmittag kalt.',
      'Fälschungen unseres Matcha-Besens brechen schon nach wenigen Wochen.',
      'Billige Luftpumpen brummen oft die ganze Nacht.',
      'Imitate erkennen Sie an der fehlenden Dämmwatte im Gehäuse.',
    ],
    slogans: ['Frisches Bier, wohin der Weg auch führt.', 'Ruhiges Wasser, ruhige Nächte.'],
    chineseLeftovers: [],
    duplicateLead: 'Unterm Strich: ',
    titleStuffing: ' – Bestseller, Geschenkidee, Top-Qualität, Schneller Versand, Neuheit',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のエアーポンプは音が大きくなりがちです。',
      'コピー品のクリーナーはネットがすぐに破れてしまいます。',
      '偽物のエアーポンプには逆流防止弁が付いていないことがあります。',
      '模倣品は防水性能が十分でない場合があります。',
    ],
    slogans: ['澄んだ水槽のある暮らし。', '静けさが、水槽を満たす。'],
    chineseLeftovers: [
      '这款气泵运行时非常安静，晚上放在卧室也听不到声音。',
      '换水的时候记得先关掉电源，再把吸头放进鱼缸里。',
    ],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 おすすめ ギフト 送料無料 翌日配送 新生活',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los limpiadores falsos pierden potencia en pocas semanas.',
      'Las réplicas de otras marcas no traen tubo telescópico.',
      'Evita las falsificaciones: solo Clara lleva rejilla fina.',
      'Una imitación barata se atasca a mitad de la baraja.',
    ],
    slogans: ['Agua clara, peces felices.', 'Cada partida merece un buen reparto.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Regalo ideal, novedad, superventas, envío rápido, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un growler pas cher ne garde pas la bière au frais.',
      'Les pinceaux de contrefaçon perdent leurs poils dès le premier lavage.',
      'Méfiez-vous des fausses promotions sur les pinceaux.',
      'Une réplique de growler fuit souvent au niveau du bouchon.',
    ],
    slogans: ['La bière fraîche, où que vous alliez.', 'La douceur à chaque coup de pinceau.'],
    chineseLeftovers: [],
    duplicateLead: 'En un mot : ',
    titleStuffing: ' | Idée cadeau, nouveauté, best-seller, livraison rapide, promo',
  },
};
