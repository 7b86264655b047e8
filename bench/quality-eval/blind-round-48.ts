// Blind set, round 48 (written without reading the gate, committed before it is scored): six products in the
// categories heated_car_seat_covers, mahjong_sets, dog_cooling_mats, pasta_drying_racks,
// electric_nail_files_for_pets and mini_waffle_makers, 12 hand-written listings, three artifact styles per listing and
// wording of its own. The focus is numbers as real Chinese listings write them and real translators render them:
// Chinese numerals as quantities, approximate forms (约, 左右, 上下, 二三十, 两三, 四五, 五六, 几十, 余), ranges, fractions and
// halves, percentages, dimensions with × and Φ, model and version numbers, periods, metric prefix changes (2500毫升 →
// 2.5 L, 1.2千克 → 1 200 g), imperial conversions added in brackets in English, traditional measures (一斤, 寸) and
// idioms with number characters that are not quantities (万无一失, 五湖四海, 百分百, 万一, 一举两得, 四平八稳, 一键, 独一无二,
// 八面玲珑; 上下烤盘 = upper and lower plates, not "about"). Artifact theme: the model talking about how it handled
// numbers, units, idioms and missing facts (a lead-in that announces added Fahrenheit values, a note on keeping
// "about", a note on converting an old Chinese weight unit, a translator's note on an adapted idiom, a note that the
// source leaves something out), mixed with structural leftovers (a code fence, a wrapping <div>, a JSON key, a
// Markdown heading or bold label, a field label, a bracketed placeholder or template variable), a question to the
// requester, an alternative offered, a tone note, a character or word count and a sign-off; no digits in artifacts
// that land in the description, title or meta. Legitimate numbers:
// Warmo H2 (model), 12V, 五座 (five-seat, fünf Sitze), 三挡 (three, drei Stufen), about 45 °C (113 °F) and 65 °C
// (149 °F), about 3 minutes, 百分之40 (40%, 40 %), about 98 × 50 cm (38.6 × 19.7 in), 半小时 (half an hour, eine halbe
// Stunde), 保修一年 (one-year warranty, ein Jahr), 7 days (7-day, 7 Tage), 万无一失 (idiom: never left to chance, auf
// Nummer sicher);
// 雀友 (Queyou) 一百四十四张 (144枚, 144 tuiles), 八张 (8), 一对 (a pair: サイコロ2個, une paire), 两张 (2枚, deux), 30 × 22 ×
// 15 mm, 四分之三 (4分の3, trois quarts), 1.2千克 (1.2kg, 1\u202f200 g), 几十次 (何十回, des dizaines), 五湖四海 (idiom:
// 全国各地, d’horizons différents);
// Kuupa Pro 2 (model), 2500毫升 (2.5 L, 2500 ml), 3~5℃ (3–5 °C, entre 3 y 5 °C; a difference, so no °F), size M 70 ×
// 55 cm (27.6 × 21.7 in), 15 kg (33 lb), size L 90 × 70 cm (35.4 × 27.6 in), 两三只 (two or three, dos o tres),
// about 4 hours, 二三十分钟 (20 to 30 minutes, entre 20 y 30 minutos), 百分百 (idiom: completely, totalmente), 万一
// (idiom: if ever), 双面 (both sides: not a number);
// Mianfang 十根 (zehn, 10本), about 40 cm, Φ35 cm (Ø 35 cm), about 50 g, 一斤上下 (rund 500 g, 500g前後), 四五口 (vier bis
// fünf, 4～5人), 两道 (zweifach, 2回), 一举两得 (idiom: Platz und Arbeit zugleich, 一石二鳥), 四平八稳 (idiom: sicher,
// どっしり安定);
// Mengzhua M3 (model), 两挡 (two, deux), about 7,000 and 9,000 rpm (7\u202f000 et 9\u202f000 tr/min), under 50 dB,
// 三种 (three, trois), 一键 (idiom: a single button, d’une simple pression), about 30 seconds, 1.5 hours (1,5 heure),
// around 180 minutes, 18 months (18 mois), 独一无二 (idiom: a design all of its own);
// Beiqu 3.0 (version keeps its dot: 3.0 in de and es), 4寸 (4 Zoll, 4 pulgadas), about 10 cm, 350 W, about 2
// minutes, 3至5 (3 bis 5, entre 3 y 5) minutes, 百分之30 (30 %), 五六个 (fünf oder sechs, cinco o seis), about 600 g,
// 20余 (über 20, más de 20) recipes, 一年半 (eineinhalb Jahre, año y medio), 八面玲珑 (idiom: Multitalent, se apaña
// con todo).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const SEAT_ZH = 'Warmo H2 汽车加热坐垫 12V 三挡调温';
const SEAT_SRC =
  'Warmo H2 汽车加热坐垫采用12V点烟器供电，插上即用，适配五座车前排座椅。三挡温度可调，低挡约45℃，高挡约65℃，开机约3分钟就能感到温热，升温比普通加热垫快百分之40。坐垫尺寸约98×50厘米，靠背和坐面连为一体。内置定时保护，连续加热半小时后自动转入低挡，过热自动断电，安全万无一失。表面为短毛绒，可拆下手洗。保修一年，支持7天无理由退换。';
const MAHJONG_ZH = '雀友 便携旅行麻将 144张 铝合金收纳箱';
const MAHJONG_SRC =
  '雀友便携麻将一副共一百四十四张，含花牌八张，另配骰子一对和备用空白牌两张。每张牌尺寸30×22×15毫米，约为标准麻将的四分之三大小，整副连箱重约1.2千克。采用密胺材质，手感温润，历经几十次清洗也不褪色。铝合金收纳箱包角加固，放在后备箱里也稳稳当当。不管牌友来自五湖四海、习惯哪种地方玩法，这副牌都能满足。';
const MAT_ZH = '酷趴 Pro 2 宠物凝胶冰垫 免插电 双面可用';
const MAT_SRC =
  '酷趴 Pro 2 狗狗冰垫内含约2500毫升降温凝胶，不插电也不用注水，垫面温度比室温低3~5℃。M号尺寸70×55厘米，适合15公斤以下的狗狗；L号90×70厘米，可供两三只小型犬同时趴卧。双面可用，表层为耐抓牛津布。降温效果约能维持4小时，放在阴凉处二三十分钟即可恢复凉感。凝胶百分百无毒，万一被咬破也不必担心。';
const RACK_ZH = '面坊 榉木折叠面条晾架 十杆';
const RACK_SRC =
  '面坊榉木面条晾架共有十根晾杆，展开后高约40厘米，底座Φ35厘米，收起来只有擀面杖粗细。每根杆可挂约50克鲜面，整架一次能晾一斤上下，够四五口之家吃一顿。木料经过两道打磨，光滑无毛刺。手擀面、意面、饺子皮都能晾，还不占案板，一举两得。底座加重，挂满面条也四平八稳。表面涂有食品级木蜡油，用温水冲洗即可使用。';
const FILE_ZH = '萌爪 M3 宠物电动磨甲器 静音 LED照明';
const FILE_SRC =
  '萌爪M3宠物电动磨甲器采用金刚石砂轮，两挡转速可调，低速约7000转/分，高速约9000转/分。运行噪音低于50分贝，胆小的猫狗也不易受惊。配三种口径的磨甲孔，大中小型犬猫都适用。内置LED灯，黑色指甲也能看清血线。一键开关，每只爪子约30秒即可磨好。充电1.5小时，可连续使用180分钟左右。保修18个月，外观设计独一无二。';
const WAFFLE_ZH = '焙趣 3.0 迷你华夫饼机 4寸 家用';
const WAFFLE_SRC =
  '焙趣3.0版迷你华夫饼机，烤盘4寸（直径约10厘米），功率350瓦，预热约2分钟，倒入面糊后3至5分钟即可出炉。新版加热比上一代均匀百分之30，上下烤盘均为不粘涂层，用湿布一擦就干净。连做五六个也不会过热。机身仅重约600克，附赠20余款食谱。早餐、下午茶、儿童点心样样拿手，八面玲珑。整机保修一年半。';

export const ROUND_48_LISTINGS: readonly BlindListing[] = [
  listing(
    'j01',
    'heated_car_seat_covers',
    'en',
    SEAT_ZH,
    SEAT_SRC,
    {
      translated_description:
        'The Warmo H2 heated seat cover runs off your car’s 12V cigarette-lighter socket, so it is ready the moment you plug it in. It fits the front seats of five-seat cars. There are three heat settings, from about 45 °C (113 °F) on low to about 65 °C (149 °F) on high. You can feel the warmth about 3 minutes after switching on, and it heats up 40% faster than an ordinary heated pad. The cushion measures about 98 × 50 cm (38.6 × 19.7 in), with the backrest and seat joined as a single piece. A built-in timer drops it to the low setting after half an hour of continuous heating, and it cuts the power if it overheats, so safety is never left to chance. The short-plush cover comes off for hand washing. It comes with a one-year warranty and 7-day no-questions-asked returns.',
      seo_title: 'Warmo H2 Heated Car Seat Cover, 12V, Three Heat Settings',
      meta_description:
        'Warmo H2 heated seat cover for 12V car sockets: three heat settings from 45 to 65 °C, warm in about 3 minutes, overheat cut-off and a one-year warranty.',
      h1: 'Warmo Heated Seat Cushion for Frosty Mornings',
      marketing_copy_a:
        'Warmer than a blanket and quicker than the car’s own heater, it earns its keep on the very first frosty commute. Order your Warmo today.',
      marketing_copy_b:
        'Frost on the windscreen, breath clouding the air, and a seat that is already warm when you sit down. Small comforts make long winters shorter. Discover Warmo.',
      marketing_copy_c:
        'Winter launch offer: a free seat-belt pad with every Warmo, while stocks last. Add it to your cart now.',
    },
    {
      field: 'translated_description',
      find: '65 °C (149 °F)',
      replace: '65 °C (158 °F)',
      labels: ['number_invented'],
    },
    'It comes with a one-year warranty and 7-day no-questions-asked returns.',
  ),
  listing(
    'j01',
    'heated_car_seat_covers',
    'de',
    SEAT_ZH,
    SEAT_SRC,
    {
      translated_description:
        'Das Heizsitzkissen Warmo H2 bezieht seinen Strom aus der 12-V-Zigarettenanzünderbuchse – einstecken, fertig. Es passt auf die Vordersitze von Autos mit fünf Sitzen. Die Temperatur lässt sich in drei Stufen regeln, von etwa 45 °C auf der niedrigen bis etwa 65 °C auf der hohen Stufe. Schon rund 3 Minuten nach dem Einschalten wird es spürbar warm, und das Kissen heizt 40 % schneller auf als herkömmliche Heizauflagen. Das Kissen misst etwa 98 × 50 cm, Rückenlehne und Sitzfläche sind durchgehend verbunden. Ein eingebauter Timer schaltet nach einer halben Stunde Dauerbetrieb auf die niedrige Stufe zurück, und bei Überhitzung schaltet sich das Kissen von selbst ab – so gehen Sie auf Nummer sicher. Der Plüschbezug ist abnehmbar und lässt sich von Hand waschen. Sie erhalten ein Jahr Garantie und können das Kissen innerhalb von 7 Tagen ohne Angabe von Gründen zurückgeben.',
      seo_title: 'Warmo H2 Heizsitzkissen fürs Auto, 12 V, drei Heizstufen',
      meta_description:
        'Heizsitzkissen Warmo H2 für die 12-V-Buchse: drei Stufen von 45 bis 65 °C, spürbar warm nach rund 3 Minuten, Überhitzungsschutz und ein Jahr Garantie.',
      h1: 'Warmo – nie wieder auf kalten Sitzen',
      marketing_copy_a:
        'Schneller warm als die Autoheizung und ganz ohne Einbau – viel Komfort für kleines Geld, den ganzen Winter lang. Jetzt bestellen.',
      marketing_copy_b:
        'Draußen klirrt der Frost, drinnen wartet ein warmer Sitz. So beginnt selbst der dunkelste Wintermorgen ein bisschen freundlicher. Entdecken Sie Warmo.',
      marketing_copy_c:
        'Zum Winterstart gibt es ein Gurtpolster gratis zu jedem Warmo – sichern Sie sich Ihr Exemplar.',
    },
    {
      field: 'translated_description',
      find: '40 % schneller',
      replace: '60 % schneller',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Kissen misst etwa 98 × 50 cm, Rückenlehne und Sitzfläche sind durchgehend verbunden.',
  ),
  listing(
    'j02',
    'mahjong_sets',
    'ja',
    MAHJONG_ZH,
    MAHJONG_SRC,
    {
      translated_description:
        '雀友の携帯用麻雀牌は全144枚で、花牌8枚を含みます。サイコロ2個と予備の無地牌2枚も付属します。牌のサイズは30×22×15mmで、標準的な麻雀牌の約4分の3の大きさです。ケース込みの総重量は約1.2kgです。メラミン樹脂製で手触りがなめらか、何十回洗っても色あせません。アルミ合金の収納ケースは角を補強してあり、車のトランクに入れてもしっかり安定します。全国各地から集まった仲間と、どんなローカルルールで遊ぶときもこのセットで対応できます。',
      seo_title: '雀友 携帯用麻雀牌セット 144枚 アルミケース付き',
      meta_description:
        '144枚入りの携帯用麻雀牌。標準サイズの約4分の3と小ぶりで、アルミ合金ケースごと約1.2kg。旅行先や帰省先でも気軽に卓を囲めます。',
      h1: '雀友 旅先でも楽しめるコンパクト麻雀',
      marketing_copy_a:
        'ケースごと持ち運べて、何度洗っても色あせない丈夫な牌。長く使えるから結果的にお得です。今すぐ購入。',
      marketing_copy_b:
        '久しぶりに集まった仲間と、旅館の座敷で牌をかき混ぜる音。あの時間がまた戻ってきます。ぜひチェックしてください。',
      marketing_copy_c: '今なら点棒セットをプレゼント中。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '144枚', replace: '136枚', labels: ['number_invented'] },
    'サイコロ2個と予備の無地牌2枚も付属します。',
  ),
  listing(
    'j02',
    'mahjong_sets',
    'fr',
    MAHJONG_ZH,
    MAHJONG_SRC,
    {
      translated_description:
        'Le mahjong de voyage Queyou se compose de 144 tuiles, dont 8 tuiles fleurs, et s’accompagne d’une paire de dés et de deux tuiles vierges de rechange. Chaque tuile mesure 30 × 22 × 15 mm, soit environ les trois quarts d’une tuile standard, et l’ensemble pèse environ 1\u202f200 g avec sa mallette. En mélamine, les tuiles sont douces au toucher et gardent leurs couleurs même après des dizaines de lavages. La mallette en alliage d’aluminium a des coins renforcés et reste bien stable dans le coffre de la voiture. Que vos partenaires de jeu viennent d’horizons différents ou suivent leurs propres règles régionales, ce jeu s’adapte à toutes les tables.',
      seo_title: 'Mahjong de voyage Queyou, 144 tuiles, mallette aluminium',
      meta_description:
        'Mahjong de voyage Queyou de 144 tuiles en mélamine, au format compact des trois quarts d’un jeu standard, livré dans une mallette en aluminium renforcée.',
      h1: 'Queyou, le mahjong qui vous suit partout',
      marketing_copy_a:
        'Des tuiles qui gardent leurs couleurs lavage après lavage et une mallette qui encaisse les voyages : un jeu fait pour durer. Commandez le vôtre.',
      marketing_copy_b:
        'Le cliquetis des tuiles qu’on mélange, les rires autour de la table, la revanche promise pour le lendemain. Ces soirées-là vous suivent désormais en voyage. Découvrez Queyou.',
      marketing_copy_c:
        'Offre de lancement : un jeu de réglettes de comptage offert avec chaque mallette. Profitez-en dès aujourd’hui.',
    },
    {
      field: 'translated_description',
      replace: 'Un livret de règles de 24 pages est également fourni.',
      labels: ['number_invented'],
    },
    'Chaque tuile mesure 30 × 22 × 15 mm, soit environ les trois quarts d’une tuile standard, et l’ensemble pèse environ 1\u202f200 g avec sa mallette.',
  ),
  listing(
    'j03',
    'dog_cooling_mats',
    'en',
    MAT_ZH,
    MAT_SRC,
    {
      translated_description:
        'The Kuupa Pro 2 cooling mat for dogs holds about 2.5 L of cooling gel, so it needs neither electricity nor water, and its surface stays 3–5 °C below room temperature. Size M measures 70 × 55 cm (27.6 × 21.7 in) and suits dogs up to 15 kg (33 lb); size L measures 90 × 70 cm (35.4 × 27.6 in), with room for two or three small dogs to lie on it at once. Both sides can be used, and the top layer is made of scratch-resistant Oxford fabric. Each cooling cycle lasts about 4 hours, and 20 to 30 minutes in a shady spot is all it takes to recharge. The gel is completely non-toxic, so there is nothing to worry about if it ever gets chewed open.',
      seo_title: 'Kuupa Pro 2 Dog Cooling Mat, Gel, No Power Needed',
      meta_description:
        'Kuupa Pro 2 gel cooling mat for dogs: stays 3–5 °C below room temperature for about 4 hours with no power or water. In sizes M and L, usable on both sides.',
      h1: 'Kuupa Cool Mat for Hot Summer Days',
      marketing_copy_a:
        'No cables, no refills, no running costs: lay it down and let the gel do the work all summer long. Shop Kuupa now.',
      marketing_copy_b:
        'On the hottest afternoons, your dog finally stretches out and sighs with relief instead of panting by the door. That sigh says everything. Discover Kuupa.',
      marketing_copy_c: 'Summer deal: a free travel bowl with every Kuupa mat this week. Grab yours today.',
    },
    {
      field: 'translated_description',
      find: '15 kg (33 lb)',
      replace: '15 kg (44 lb)',
      labels: ['number_invented'],
    },
    'Each cooling cycle lasts about 4 hours, and 20 to 30 minutes in a shady spot is all it takes to recharge.',
  ),
  listing(
    'j03',
    'dog_cooling_mats',
    'es',
    MAT_ZH,
    MAT_SRC,
    {
      translated_description:
        'La esterilla refrescante Kuupa Pro 2 para perros contiene unos 2500 ml de gel refrigerante, así que no necesita electricidad ni agua, y su superficie se mantiene entre 3 y 5 °C por debajo de la temperatura ambiente. La talla M mide 70 × 55 cm y es adecuada para perros de hasta 15 kg; la talla L mide 90 × 70 cm y en ella caben dos o tres perros pequeños a la vez. Se puede usar por ambas caras, y la capa superior es de tela Oxford resistente a los arañazos. Cada ciclo de frío dura unas 4 horas, y bastan entre 20 y 30 minutos a la sombra para que vuelva a enfriar. El gel es totalmente atóxico, así que no hay de qué preocuparse si algún día lo muerde y lo rompe.',
      seo_title: 'Esterilla refrescante para perros Kuupa Pro 2, de gel',
      meta_description:
        'Esterilla de gel Kuupa Pro 2 para perros: hasta 5 °C menos que el ambiente durante unas 4 horas, sin enchufe ni agua. Tallas M y L, usable por ambas caras.',
      h1: 'Kuupa, frescor para tu perro en pleno verano',
      marketing_copy_a:
        'Sin cables, sin recargas y sin gasto de luz: la extiendes en el suelo y el gel hace el resto todo el verano. Cómprala ya.',
      marketing_copy_b:
        'En la tarde más calurosa, tu perro por fin se estira y suspira tranquilo en lugar de jadear junto a la puerta. Ese suspiro lo dice todo. Descubre Kuupa.',
      marketing_copy_c:
        'Oferta de verano: un bebedero de viaje de regalo con cada esterilla esta semana. Aprovecha y pídela hoy.',
    },
    {
      field: 'translated_description',
      find: 'la talla L mide 90 × 70 cm',
      replace: 'la talla L mide 100 × 70 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Cada ciclo de frío dura unas 4 horas, y bastan entre 20 y 30 minutos a la sombra para que vuelva a enfriar.',
  ),
  listing(
    'j04',
    'pasta_drying_racks',
    'de',
    RACK_ZH,
    RACK_SRC,
    {
      translated_description:
        'Der Nudeltrockner Mianfang aus Buchenholz hat zehn Trockenstäbe. Aufgeklappt ist er rund 40 cm hoch, der Standfuß misst Ø 35 cm, und zusammengeklappt ist er nicht dicker als ein Nudelholz. An jeden Stab passen etwa 50 g frische Nudeln, sodass der ganze Ständer auf einmal rund 500 g trocknet – genug für eine Mahlzeit für vier bis fünf Personen. Das Holz wurde zweifach geschliffen und ist glatt und splitterfrei. Bandnudeln, Spaghetti oder Teigblätter für Teigtaschen lassen sich darauf trocknen, und die Arbeitsfläche bleibt frei – so sparen Sie Platz und Arbeit zugleich. Der beschwerte Standfuß sorgt dafür, dass der Ständer auch voll behängt sicher steht. Die Oberfläche ist mit lebensmittelechtem Holzwachsöl behandelt; vor dem Gebrauch einfach mit warmem Wasser abspülen.',
      seo_title: 'Mianfang Nudeltrockner aus Buchenholz, 10 Stäbe, klappbar',
      meta_description:
        'Klappbarer Nudeltrockner Mianfang aus Buchenholz mit zehn Stäben: trocknet rund 500 g frische Nudeln auf einmal und steht dank beschwertem Fuß sicher.',
      h1: 'Mianfang – Platz für hausgemachte Nudeln',
      marketing_copy_a:
        'Zusammengeklappt passt er in jede Schublade, aufgeklappt hält er die Arbeitsfläche frei für den nächsten Teig. Jetzt kaufen.',
      marketing_copy_b:
        'Am Wochenende hängen die selbst gemachten Nudeln in langen Reihen am Holz, und die ganze Küche duftet nach Mehl. Solche Tage bleiben in Erinnerung. Entdecken Sie Mianfang.',
      marketing_copy_c:
        'Nur diese Woche gibt es einen Teigschneider gratis zu jedem Nudeltrockner – jetzt bestellen.',
    },
    { field: 'seo_title', find: '10 Stäbe', replace: '12 Stäbe', labels: ['number_invented'] },
    'An jeden Stab passen etwa 50 g frische Nudeln, sodass der ganze Ständer auf einmal rund 500 g trocknet – genug für eine Mahlzeit für vier bis fünf Personen.',
  ),
  listing(
    'j04',
    'pasta_drying_racks',
    'ja',
    RACK_ZH,
    RACK_SRC,
    {
      translated_description:
        '面坊のブナ材パスタドライヤーは、干し竿が10本。広げたときの高さは約40cm、土台はΦ35cmで、たたむと麺棒ほどの太さになります。各竿に生麺を約50gずつかけられ、全体で一度に500g前後を干せるので、4～5人家族の食事にちょうどよい量です。木材は2回研磨してあり、なめらかでささくれがありません。手打ちうどんやパスタ、餃子の皮も干せて、まな板のスペースもふさがないので一石二鳥です。重みのある土台で、麺をいっぱいにかけてもどっしり安定します。表面には食品グレードの木蝋オイルを塗ってあり、ぬるま湯で洗い流すだけですぐに使えます。',
      seo_title: '面坊 ブナ材パスタドライヤー 干し竿10本 折りたたみ式',
      meta_description:
        'ブナ材の折りたたみ式パスタドライヤー。干し竿10本で一度に500g前後の生麺を干せます。重みのある土台で倒れにくく、手打ち麺や餃子の皮にも。',
      h1: '面坊 手打ち麺をきれいに干せる木製スタンド',
      marketing_copy_a:
        'たたんで引き出しにしまえる省スペース設計。まな板を占領せずに、打ちたての麺をきれいに乾かせます。今すぐ購入。',
      marketing_copy_b:
        '週末に家族で打った麺が、木の竿にずらりと並ぶ。そんな台所の風景が、毎週の楽しみになります。ぜひチェックしてください。',
      marketing_copy_c: '今ならパスタカッターをセットでプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      replace: '乾燥時間は約3時間が目安です。',
      labels: ['number_invented'],
    },
    '広げたときの高さは約40cm、土台はΦ35cmで、たたむと麺棒ほどの太さになります。',
  ),
  listing(
    'j05',
    'electric_nail_files_for_pets',
    'en',
    FILE_ZH,
    FILE_SRC,
    {
      translated_description:
        'The Mengzhua M3 electric nail grinder for pets uses a diamond grinding wheel and has two speed settings: about 7,000 rpm on low and about 9,000 rpm on high. It runs at under 50 dB, quiet enough not to startle even nervous cats and dogs. Three guard openings of different sizes suit small, medium and large dogs and cats. A built-in LED light lets you see the quick even in dark nails. A single button switches it on and off, and each paw takes about 30 seconds. A 1.5-hour charge gives around 180 minutes of continuous use. It comes with an 18-month warranty and a design all of its own.',
      seo_title: 'Mengzhua M3 Electric Pet Nail Grinder, Quiet, LED Light',
      meta_description:
        'Mengzhua M3 nail grinder for dogs and cats: two speeds up to 9,000 rpm, under 50 dB, an LED light to spot the quick and around 180 minutes per charge.',
      h1: 'Mengzhua Quiet Nail Care for Dogs and Cats',
      marketing_copy_a:
        'Skip the grooming salon: smooth, rounded claws at home in minutes, with no clipper cracks or sharp edges. Buy the Mengzhua today.',
      marketing_copy_b:
        'No more chasing a trembling pup around the living room. Just a soft hum, a calm paw in your hand and a happy wag at the end. Discover Mengzhua.',
      marketing_copy_c:
        'Launch week: spare grinding wheels free with every grinder – shop now while the offer lasts.',
    },
    {
      field: 'meta_description',
      find: 'up to 9,000 rpm',
      replace: 'up to 12,000 rpm',
      labels: ['number_invented'],
    },
    'A 1.5-hour charge gives around 180 minutes of continuous use.',
  ),
  listing(
    'j05',
    'electric_nail_files_for_pets',
    'fr',
    FILE_ZH,
    FILE_SRC,
    {
      translated_description:
        'La ponceuse à griffes électrique Mengzhua M3 est équipée d’une meule diamantée et propose deux vitesses : environ 7\u202f000 tr/min en vitesse lente et environ 9\u202f000 tr/min en vitesse rapide. Son bruit reste inférieur à 50 dB, de quoi ne pas effrayer les chats et les chiens les plus craintifs. Trois embouts de tailles différentes conviennent aux petits, moyens et grands animaux. La lumière LED intégrée permet de repérer la zone sensible même sur des griffes noires. Elle se met en marche d’une simple pression, et chaque patte est prête en 30 secondes environ. Une charge de 1,5 heure offre environ 180 minutes d’utilisation continue. Elle est garantie 18 mois et son design ne ressemble à aucun autre.',
      seo_title: 'Ponceuse à griffes Mengzhua M3, silencieuse, avec LED',
      meta_description:
        'Ponceuse à griffes Mengzhua M3 pour chiens et chats : deux vitesses, moins de 50 dB, lumière LED pour voir la zone sensible et environ 180 minutes d’autonomie.',
      h1: 'Mengzhua, des griffes nettes sans stress',
      marketing_copy_a:
        'Fini les rendez-vous chez le toiletteur pour un simple coup de lime : des griffes arrondies à la maison, sans éclats. Achetez la Mengzhua M3.',
      marketing_copy_b:
        'Plus besoin de courir après un chiot inquiet dans tout le salon. Juste un léger ronronnement et une patte confiante dans votre main. Découvrez Mengzhua.',
      marketing_copy_c:
        'Semaine de lancement : meules de rechange offertes avec chaque ponceuse. Commandez dès maintenant.',
    },
    {
      field: 'translated_description',
      find: 'en 30 secondes environ',
      replace: 'en 15 secondes environ',
      labels: ['number_dropped', 'number_invented'],
    },
    'Elle est garantie 18 mois et son design ne ressemble à aucun autre.',
  ),
  listing(
    'j06',
    'mini_waffle_makers',
    'de',
    WAFFLE_ZH,
    WAFFLE_SRC,
    {
      translated_description:
        'Das Mini-Waffeleisen Beiqu 3.0 hat eine Backplatte von 4 Zoll (rund 10 cm Durchmesser) und eine Leistung von 350 W. Nach etwa 2 Minuten Vorheizen ist es bereit, und 3 bis 5 Minuten nach dem Einfüllen des Teigs ist die Waffel fertig. Die neue Version heizt 30 % gleichmäßiger als das Vorgängermodell. Obere und untere Platte sind antihaftbeschichtet und mit einem feuchten Tuch im Handumdrehen sauber. Auch fünf oder sechs Waffeln hintereinander bringen das Gerät nicht zum Überhitzen. Das Gerät wiegt nur etwa 600 g, und über 20 Rezepte liegen bei. Ob Frühstück, Kaffeetafel oder Snack für die Kinder – es ist ein echtes Multitalent. Auf das Gerät gibt es eineinhalb Jahre Garantie.',
      seo_title: 'Beiqu 3.0 Mini-Waffeleisen, 4 Zoll, 350 W, antihaft',
      meta_description:
        'Mini-Waffeleisen Beiqu 3.0 mit 350 W: in rund 2 Minuten vorgeheizt, Waffeln in 3 bis 5 Minuten, antihaftbeschichtete Platten und über 20 Rezepte dabei.',
      h1: 'Beiqu – kleine Waffeln, großer Genuss',
      marketing_copy_a:
        'Klein genug für jede Küchenschublade, schnell genug für den Frühstückstisch unter der Woche. Jetzt kaufen.',
      marketing_copy_b:
        'Der Duft frischer Waffeln zieht durch die Wohnung, und die Kinder sind schneller am Tisch als sonst. Sonntagmorgen, wie er sein soll. Entdecken Sie Beiqu.',
      marketing_copy_c:
        'Nur diese Woche: ein Teigschaber aus Silikon gratis zu jedem Waffeleisen – ab in den Warenkorb.',
    },
    {
      field: 'translated_description',
      find: 'und 3 bis 5 Minuten nach',
      replace: 'und 3 bis 7 Minuten nach',
      labels: ['number_invented'],
    },
    'Das Gerät wiegt nur etwa 600 g, und über 20 Rezepte liegen bei.',
  ),
  listing(
    'j06',
    'mini_waffle_makers',
    'es',
    WAFFLE_ZH,
    WAFFLE_SRC,
    {
      translated_description:
        'La gofrera mini Beiqu 3.0 tiene una placa de 4 pulgadas (unos 10 cm de diámetro) y 350 W de potencia. Se precalienta en unos 2 minutos y, una vez vertida la masa, el gofre está listo al cabo de 3 a 5 minutos. La nueva versión reparte el calor un 30 % más uniformemente que la generación anterior. Las placas superior e inferior tienen revestimiento antiadherente y se limpian con solo pasar un paño húmedo. Puedes hacer cinco o seis seguidos sin que se sobrecaliente. Pesa solo unos 600 g e incluye más de 20 recetas. Desayunos, meriendas o tentempiés para los peques: se apaña con todo. Tiene una garantía de año y medio.',
      seo_title: 'Gofrera mini Beiqu 3.0, placa de 4 pulgadas, 350 W',
      meta_description:
        'Gofrera mini Beiqu 3.0 de 350 W: lista en unos 2 minutos, gofres en 3 a 5 minutos, placas antiadherentes y más de 20 recetas para desayunos y meriendas.',
      h1: 'Beiqu, gofres caseros en un momento',
      marketing_copy_a:
        'Cabe en cualquier cajón y tiene el desayuno listo antes de que se enfríe el café. Cómprala hoy.',
      marketing_copy_b:
        'El olor a gofre recién hecho llena la casa y los niños llegan a la mesa sin que nadie los llame. Así saben los domingos. Descubre Beiqu.',
      marketing_copy_c: 'Solo esta semana: espátula de silicona de regalo con cada gofrera. Pídela ya.',
    },
    {
      field: 'translated_description',
      replace: 'El cable de alimentación mide 90 cm.',
      labels: ['number_invented'],
    },
    'Pesa solo unos 600 g e incluye más de 20 recetas.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const chars = (text: string) => [...text].length;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

// en: listing 1 (heated seat cover) takes styles 0-2, listing 2 (cooling mat) 3-5, listing 3 (nail grinder) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure — here’s the product description, with Fahrenheit values added in brackets for US shoppers:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} [INSERT PROMO END DATE]` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Note: the source gives both heat levels only as approximate values, so I kept “about” in front of each.',
    ),
  }),
  (c) => ({ h1: `**Heading:** ${c.h1}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nQuick question: should the pound figures stay in the UK version as well, or only in the US store?`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nOr, if you want something punchier: “Cool floor, happy dog. Discover Kuupa.”`,
  }),
  (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(The source doesn’t say what kind of battery is inside, so I left that out rather than guess.)',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nHope this works for the listing! Happy to make it more playful if you like.`,
  }),
];

// de: listing 1 (heated seat cover) takes styles 0-2, listing 2 (pasta rack) 3-5, listing 3 (waffle maker) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\nAnm. d. Übers.: Die Redewendung aus dem Original habe ich sinngemäß mit „auf Nummer sicher gehen“ wiedergegeben.`,
  }),
  (c) => ({ marketing_copy_a: `Here’s the value-focused version in German:\n${c.marketing_copy_a}` }),
  (c) => ({ h1: `"h1": "${c.h1}",` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Die chinesische Gewichtsangabe habe ich in Gramm umgerechnet, weil deutsche Käufer mit der alten Einheit nichts anfangen können.',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nRückfrage: Soll der Gratisartikel namentlich genannt werden, oder bleiben wir lieber allgemein?`,
  }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b} {{CTA_LINK}}` }),
  (c) => ({ translated_description: `<div class="beschreibung">\n${c.translated_description}\n</div>` }),
  (c) => ({ h1: `${c.h1} / alternativ: Waffelglück im Kleinformat` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n(${chars(c.marketing_copy_a)} Zeichen inkl. Leerzeichen – passt in die Teaser-Box.)`,
  }),
];

// ja: listing 1 (mahjong set) takes styles 0-2, listing 2 (pasta rack) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下が日本語訳です。\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}（注：販促品の名称は原文に記載がないため、仮のものを入れています）`,
  }),
  (c) => ({ h1: `${c.h1}\n(Kept 麻雀 rather than the katakana spelling, as it reads more natural here.)` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      2,
      '（原文の重さの単位は日本では馴染みがないため、グラムに換算しています）',
    ),
  }),
  (c) => ({ marketing_copy_b: `### エモーショナル訴求\n${c.marketing_copy_b}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nご確認ください：木蝋オイルの成分名も記載したほうがよろしいでしょうか？`,
  }),
];

// es: listing 1 (cooling mat) takes styles 0-2, listing 2 (waffle maker) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_a: `Texto A (valor): ${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Kept the sizes in metric only — Spanish shoppers don’t expect inches.)',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n(${wordCount(c.marketing_copy_b)} palabras; espero que transmita la calidez que buscabas.)`,
  }),
  (c) => ({ marketing_copy_c: `{\n  "promo": "${c.marketing_copy_c}"\n}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nNota: el original no indica si las placas se pueden lavar en el lavavajillas, así que no lo he mencionado.`,
  }),
  (c) => ({ h1: `${c.h1} (otra opción: «Gofres de casa, sin complicaciones»)` }),
];

// fr: listing 1 (mahjong set) takes styles 0-2, listing 2 (nail grinder) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '[N.d.T. : l’expression chinoise sur la provenance des joueurs a été adaptée librement.]',
    ),
  }),
  (c) => ({ marketing_copy_b: `**Accroche émotionnelle**\n${c.marketing_copy_b}` }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a} (Tone kept warm but formal – “vous” throughout.)` }),
  (c) => ({
    translated_description: `Voici la description traduite, en gardant les unités techniques telles quelles :\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} [URL de la page promo]` }),
  (c) => ({ h1: `${c.h1} — faut-il préciser « chiens et chats » dans le titre ?` }),
];

export const ROUND_48_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap heated pads often give out before winter is over.',
      'Knockoff seat heaters can scorch the upholstery.',
      'Counterfeit nail grinders overheat within seconds.',
      'Imitation cooling mats leak gel all over the floor.',
    ],
    slogans: ['Warmth that waits for you.', 'Cool paws, calm summers.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Gift Idea, Best Seller, Top Rated, Fast Shipping, Great Deal',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Eine Fälschung erkennt man an der rauen Holzoberfläche.',
      'Billige Heizauflagen riechen nach verschmortem Kunststoff.',
      'Nachahmungen aus weichem Kiefernholz verziehen sich schnell.',
      'Imitate von Markenwaffeleisen halten selten lange.',
    ],
    slogans: ['Handgemacht schmeckt einfach besser.', 'Wärme, die schon auf Sie wartet.'],
    chineseLeftovers: [],
    duplicateLead: 'Auf den Punkt gebracht: ',
    titleStuffing: ' | Geschenkidee, Bestseller, Top bewertet, Schneller Versand, Angebot',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の麻雀牌はすぐに欠けてしまいます。',
      'コピー品の乾燥スタンドはぐらつきやすいです。',
      '偽物のケースは留め具が外れやすいので注意してください。',
      '模倣品の牌は色落ちが早いです。',
    ],
    slogans: ['手づくりの麺を、もっと身近に。', '牌を囲めば、そこが旅の宿。'],
    chineseLeftovers: ['这副麻将手感很好，颜色也不会褪。', '这个晾架用起来很方便，我们全家都喜欢。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜ギフト 人気 ランキング 送料無料 プレゼント おすすめ',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las esterillas baratas pierden gel a los pocos días.',
      'Una gofrera de imitación se pega y quema la masa.',
      'Las réplicas de gofreras no calientan de forma uniforme.',
      'Desconfía de las falsificaciones que se venden sin garantía.',
    ],
    slogans: ['El desayuno, más dulce que nunca.', 'Frescor para los días de calor.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Regalo original, Más vendido, Envío gratis, Oferta del día',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les ponceuses pas chères chauffent au bout de quelques minutes.',
      'Les fausses meules s’usent en un rien de temps.',
      'Une contrefaçon de mahjong se reconnaît à ses tuiles trop légères.',
      'Méfiez-vous des répliques vendues sur les marchés.',
    ],
    slogans: ['Le jeu vous suit partout.', 'Des pattes douces, un compagnon serein.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Idée cadeau, Meilleure vente, Livraison offerte, Promo',
  },
};
