// Blind set, round 30 (written without reading the gate, committed before it is scored): six fashion-accessory,
// jewellery and beauty-tool products in the categories pearl_necklaces, leather_wallets, hair_straighteners,
// nail_drills, heated_eyelash_curlers and jewellery_boxes, 12 hand-written listings, three artifact styles per listing
// and wording of its own (this round: a persona sign-off by the writer, "as an AI" disclaimers, generation timestamps
// and run ids, token and usage counts, numbered translation-note lists (TN1, TN2), a polite question to the requester
// in the middle of a field, the field restated with its name in another language, a clause addressing the reader of
// the brief by name, and an emoji-wrapped status line);
// legitimate numbers: Mira 几十 (dozens, plusieurs dizaines: vague), 7 to 8 mm, 三道 (three rounds, trois passages),
// 45 cm (17.7 in), 5 cm, 925 silver, 18K (18 carats), 两块 (two, deux) cloths; Corvo 头层 (top layer: not a number),
// 13.56 MHz (13,56), 8 card slots, 2 note sections, 1.8 cm (1,8), 11.5 × 9.5 cm (11,5 × 9,5), 85 g, 百分之百 (100 %),
// 两种 (zwei, dos) colours; Sleek S3 (3), 第二代 (second-generation, 第2世代), 二合一 (2-in-1, 2WAY), 30 seconds,
// 150 to 230 °C (302–446 °F), 五档 (five settings, 5段階), 2000万 (20 million, 2000万個), 60 minutes, 2.5 m, 360°;
// Nova N7 (7), 0 to 35000 rpm (35.000 U/min, 35 000 tr/min), 双向 (reversible, Rechts- und Linkslauf: not a number),
// 180 g, 上一代 (previous model: idiomatic), 百分之三十 (30 %), 2600 mAh (2 600), 8 hours, 11 bits, 14 years;
// Curla 三合一 (3 en 1, 3役), 10 seconds, 65 °C and 85 °C, 两档 (dos niveles, 2段階), 十几个小时 (más de diez horas,
// 十数時間: vague), 150 mAh, 1 hour, 两周 (dos semanas, 2週間), 12 cm; Vela 三层 (three tiers, dreistöckig), 24 rings,
// 12 pairs, 十几 (more than ten, mehr als zehn: vague), 两个 (two, zwei) travel cases, 25 × 18 × 15 cm
// (9.8 × 7.1 × 5.9 in), 1.2 kg (2.6 lb, 1,2 kg).
import type { Language } from '@content-pipeline/languages';
import {
  listing,
  type BlindListing,
  type DefectWording,
  type Artifact,
  afterSentence,
  afterSentenceJa,
} from './blind-set';

const PEARL_ZH = 'Mira 7-8mm 天然淡水珍珠项链 925银扣';
const PEARL_SRC =
  'Mira 淡水珍珠项链选用几十颗7至8毫米的天然淡水珍珠，经过三道人工挑选，大小与光泽统一。每颗之间手工打结，即使断线也不会散落。项链长45厘米，附带5厘米延长链，可随领口调节长度。扣头为925银镀18K金，不易褪色。附赠丝绒礼盒和两块擦拭布。';
const WALLET_ZH = 'Corvo 头层牛皮 RFID防盗刷短款钱包';
const WALLET_SRC =
  'Corvo 短款钱包采用头层牛皮，内置RFID屏蔽层，可阻挡13.56MHz频段的非法读卡。钱包设有8个卡位、2个钞票夹层和拉链零钱袋，厚度仅1.8厘米。尺寸11.5×9.5厘米，重约85克。皮面经过百分之百植物鞣制，越用越有光泽。提供黑色、棕色两种颜色，附赠礼盒。';
const STRAIGHTENER_ZH = 'Sleek S3 第二代 二合一负离子直卷两用夹板';
const STRAIGHTENER_SRC =
  'Sleek S3 第二代直发夹板二合一，既能拉直也能卷发。陶瓷釉面加热板30秒快速升温，温度在150至230℃之间分五档调节，细软发和粗硬发都适用。内置负离子发生器，释放约2000万个负离子，减少毛躁。60分钟无操作自动断电，2.5米电源线可360度旋转。';
const NAIL_DRILL_ZH = 'Nova N7 充电式电动磨甲机 35000转';
const NAIL_DRILL_SRC =
  'Nova N7 充电式磨甲机转速0至35000转/分钟无级调节，支持双向旋转，左右手都能用。机身仅重180克，振动比上一代降低百分之三十，长时间打磨也不累手。内置2600毫安时电池，充满后可连续使用约8小时。套装附带11个磨头，可用于卸甲、修形和去死皮。不建议14岁以下儿童使用。';
const CURLER_ZH = 'Curla 三合一电加热睫毛夹 USB充电';
const CURLER_SRC =
  'Curla 电加热睫毛夹集加热、梳理和定型三合一，硅胶加热垫约10秒即可预热。设有65℃和85℃两档温度，自然睫毛和浓密睫毛都适用。卷翘效果可维持十几个小时。内置150毫安时电池，USB充电约1小时，充满可用约两周。机身长约12厘米，方便放进化妆包。';
const BOX_ZH = 'Vela 三层首饰收纳盒 带镜带锁';
const BOX_SRC =
  'Vela 首饰收纳盒共三层：上层有24个戒指槽和12对耳钉孔，中层可挂十几条项链，底层抽屉用来放手表和手镯。外层为PU皮，内衬超细绒布，盒盖内嵌化妆镜，并配有金属锁扣。另附两个可拆卸的旅行小盒。整体尺寸25×18×15厘米，重约1.2公斤。';

export const ROUND_30_LISTINGS: readonly BlindListing[] = [
  listing(
    'j01',
    'pearl_necklaces',
    'en',
    PEARL_ZH,
    PEARL_SRC,
    {
      translated_description:
        'The Mira necklace is strung from dozens of natural freshwater pearls of 7 to 8 mm, hand-picked in three rounds of sorting so that their size and lustre match. Each pearl is knotted by hand, so even if the thread ever breaks, none of them will scatter. The necklace measures 45 cm (17.7 in) and comes with a 5 cm extender chain, letting you adjust the length to your neckline. The clasp is 925 silver plated with 18K gold and resists tarnishing. It arrives in a velvet gift box with two polishing cloths.',
      seo_title: 'Mira Freshwater Pearl Necklace, 7–8 mm, 18K Gold Clasp',
      meta_description:
        'Hand-knotted Mira necklace of natural 7–8 mm freshwater pearls, 45 cm long with a 5 cm extender and a 925 silver clasp plated in 18K gold.',
      h1: 'Mira Hand-Knotted Freshwater Pearl Necklace',
      marketing_copy_a:
        'Natural pearls, knotted individually and finished with a gold-plated silver clasp, for far less than a jeweller’s window would suggest. Order yours today.',
      marketing_copy_b:
        'That quiet glow at the collarbone changes how a plain white shirt feels. It is the piece you reach for before a date night, a big interview or a long-awaited dinner. Discover Mira.',
      marketing_copy_c:
        'This month every necklace ships gift-wrapped with a handwritten card. Shop now while the offer lasts.',
    },
    {
      field: 'translated_description',
      find: '45 cm (17.7 in)',
      replace: '50 cm (19.7 in)',
      labels: ['number_dropped', 'number_invented'],
    },
    'It arrives in a velvet gift box with two polishing cloths.',
  ),
  listing(
    'j01',
    'pearl_necklaces',
    'fr',
    PEARL_ZH,
    PEARL_SRC,
    {
      translated_description:
        'Le collier Mira réunit plusieurs dizaines de perles d’eau douce naturelles de 7 à 8 mm, triées à la main en trois passages pour une taille et un éclat homogènes. Chaque perle est séparée par un nœud fait main : même si le fil venait à casser, elles ne s’éparpilleraient pas. Le collier mesure 45 cm et s’accompagne d’une chaînette d’extension de 5 cm pour ajuster la longueur à votre encolure. Le fermoir en argent 925 plaqué or 18 carats ne ternit pas. Il est livré dans un écrin en velours avec deux chiffonnettes d’entretien.',
      seo_title: 'Collier de perles d’eau douce Mira, 7 à 8 mm',
      meta_description:
        'Collier Mira en perles d’eau douce naturelles de 7 à 8 mm, noué à la main : 45 cm, chaînette de 5 cm et fermoir en argent 925 plaqué or 18 carats.',
      h1: 'Mira, l’éclat des perles nouées main',
      marketing_copy_a:
        'De vraies perles, un fermoir en argent plaqué or et des finitions de bijoutier, à un prix qui reste raisonnable. Commandez le vôtre dès aujourd’hui.',
      marketing_copy_b:
        'Il y a des bijoux qu’on ne quitte plus : une lueur douce au creux du cou, qui accompagne aussi bien un jean qu’une robe du soir. Découvrez Mira.',
      marketing_copy_c:
        'Emballage cadeau et carte manuscrite offerts ce mois-ci : profitez-en avant la fin de l’offre !',
    },
    { field: 'meta_description', find: ': 45 cm', replace: ': 42 cm', labels: ['number_invented'] },
    'Il est livré dans un écrin en velours avec deux chiffonnettes d’entretien.',
  ),
  listing(
    'j02',
    'leather_wallets',
    'de',
    WALLET_ZH,
    WALLET_SRC,
    {
      translated_description:
        'Die kompakte Geldbörse Corvo ist aus Rindsleder der obersten Schicht gefertigt und hat eine integrierte RFID-Schutzschicht, die unbefugtes Auslesen im 13,56-MHz-Frequenzband verhindert. Sie bietet 8 Kartenfächer, 2 Scheinfächer und ein Münzfach mit Reißverschluss und ist nur 1,8 cm dick. Sie misst 11,5 × 9,5 cm und wiegt etwa 85 g. Das Leder ist zu 100 % pflanzlich gegerbt und bekommt mit der Zeit einen schönen Glanz. Erhältlich in zwei Farben, Schwarz und Braun, jeweils mit Geschenkbox.',
      seo_title: 'Corvo RFID-Geldbörse aus Rindsleder, 8 Kartenfächer',
      meta_description:
        'Kompakte Geldbörse Corvo aus pflanzlich gegerbtem Rindsleder mit RFID-Schutz, 8 Kartenfächern, Münzfach und nur 1,8 cm Dicke. In Schwarz oder Braun.',
      h1: 'Corvo Lederbörse mit RFID-Schutz',
      marketing_copy_a:
        'Ein Portemonnaie, das jahrelang hält und Ihre Karten vor Datenklau schützt – solide Verarbeitung zu einem ehrlichen Preis. Jetzt bestellen.',
      marketing_copy_b:
        'Es gibt Dinge, die mit jedem Griff schöner werden. Das Leder nimmt Ihre Spuren auf und erzählt mit der Zeit Ihre eigene Geschichte. Entdecken Sie Corvo.',
      marketing_copy_c:
        'Zum Vatertag prägen wir Ihre Initialen gratis ein – sichern Sie sich Ihre Corvo noch heute.',
    },
    { field: 'seo_title', find: '8 Kartenfächer', replace: '10 Kartenfächer', labels: ['number_invented'] },
    'Sie misst 11,5 × 9,5 cm und wiegt etwa 85 g.',
  ),
  listing(
    'j02',
    'leather_wallets',
    'es',
    WALLET_ZH,
    WALLET_SRC,
    {
      translated_description:
        'La cartera corta Corvo está hecha de piel de vacuno de flor y lleva una capa de bloqueo RFID que impide lecturas no autorizadas en la banda de 13,56 MHz. Tiene 8 ranuras para tarjetas, 2 compartimentos para billetes y un monedero con cremallera, con un grosor de solo 1,8 cm. Mide 11,5 × 9,5 cm y pesa unos 85 g. La piel tiene un curtido 100 % vegetal y gana brillo con el uso. Está disponible en dos colores, negro y marrón, y se entrega en caja de regalo.',
      seo_title: 'Cartera Corvo de piel con bloqueo RFID, 8 tarjetas',
      meta_description:
        'Cartera corta Corvo en piel de curtido vegetal con bloqueo RFID, 8 ranuras para tarjetas, monedero con cremallera y solo 1,8 cm de grosor. Negra o marrón.',
      h1: 'Corvo, la cartera que protege tus tarjetas',
      marketing_copy_a:
        'Piel de verdad que dura años y protección RFID para tus tarjetas, sin pagar de más. Cómprala ya.',
      marketing_copy_b:
        'Hay objetos que con el tiempo se vuelven parte de ti. Esta piel se oscurece con tus manos y guarda el recuerdo de cada viaje. Descubre Corvo.',
      marketing_copy_c:
        'Grabado de iniciales gratis durante el mes del Día del Padre: hazte con la tuya hoy.',
    },
    {
      field: 'translated_description',
      find: 'pesa unos 85 g',
      replace: 'pesa unos 90 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Mide 11,5 × 9,5 cm y pesa unos 85 g.',
  ),
  listing(
    'j03',
    'hair_straighteners',
    'en',
    STRAIGHTENER_ZH,
    STRAIGHTENER_SRC,
    {
      translated_description:
        'The second-generation Sleek S3 is a 2-in-1 styler that both straightens and curls. Its ceramic-glazed plates heat up in 30 seconds, and the temperature adjusts across five settings from 150 to 230 °C (302–446 °F), so it suits fine, soft hair as well as thick, coarse hair. A built-in ionic generator releases around 20 million negative ions to tame frizz. It switches itself off after 60 minutes without use, and the 2.5 m cord swivels through 360°.',
      seo_title: 'Sleek S3 2-in-1 Hair Straightener, 150–230 °C',
      meta_description:
        'Second-generation Sleek S3 straightener and curler with ceramic plates that heat in 30 seconds, five settings from 150 to 230 °C and a 360° swivel cord.',
      h1: 'Sleek S3 Ceramic Straightener and Curler',
      marketing_copy_a:
        'Straight or curly from a single tool, and ready before your coffee is. Add the Sleek S3 to your cart.',
      marketing_copy_b:
        'Remember how it felt to walk out with hair that behaved all day, even in the drizzle? That feeling can be your everyday. Discover the Sleek S3.',
      marketing_copy_c:
        'Launch week: a heat-resistant travel pouch comes free with every order. Get yours before they sell out.',
    },
    {
      field: 'meta_description',
      find: 'heat in 30 seconds',
      replace: 'heat in 15 seconds',
      labels: ['number_invented'],
    },
    'A built-in ionic generator releases around 20 million negative ions to tame frizz.',
  ),
  listing(
    'j03',
    'hair_straighteners',
    'ja',
    STRAIGHTENER_ZH,
    STRAIGHTENER_SRC,
    {
      translated_description:
        'Sleek S3は第2世代のヘアアイロンで、2WAYでストレートにもカールにも使えます。セラミックコートのプレートは30秒ですばやく温まり、温度は150〜230℃の5段階で調節できるので、細く柔らかい髪にも太くしっかりした髪にも対応します。マイナスイオン発生器を内蔵し、約2000万個のマイナスイオンでうねりや広がりを抑えます。60分間操作がないと自動で電源が切れ、2.5mのコードは360度回転します。',
      seo_title: 'Sleek S3 2WAYヘアアイロン 150〜230℃ 5段階',
      meta_description:
        '第2世代のSleek S3はストレートもカールも自在な2WAYタイプ。30秒で温まり、150〜230℃の5段階で髪質に合わせて使えます。自動電源オフ付きで安心。',
      h1: 'Sleek S3 セラミック ストレート&カールアイロン',
      marketing_copy_a:
        'ストレートもカールもおまかせ。洗面台がすっきり片づき、朝の支度も身軽に。今すぐ購入。',
      marketing_copy_b:
        '雨の日でも、広がらない髪で過ごせたら。鏡を見るたび、少しうれしくなるはずです。ぜひお試しください。',
      marketing_copy_c: '発売記念として、耐熱ポーチをもれなくプレゼント中。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '約2000万個',
      replace: '約3000万個',
      labels: ['number_dropped', 'number_invented'],
    },
    '60分間操作がないと自動で電源が切れ、2.5mのコードは360度回転します。',
  ),
  listing(
    'j04',
    'nail_drills',
    'de',
    NAIL_DRILL_ZH,
    NAIL_DRILL_SRC,
    {
      translated_description:
        'Die akkubetriebene Nagelfräse Nova N7 lässt sich stufenlos von 0 bis 35.000 U/min regeln und bietet Rechts- und Linkslauf, sodass sie für Links- und Rechtshänder gleichermaßen geeignet ist. Das Handstück wiegt nur 180 g und vibriert 30 % weniger als das Vorgängermodell, damit auch längeres Arbeiten die Hand nicht ermüdet. Der eingebaute 2600-mAh-Akku hält voll geladen etwa 8 Stunden durch. Im Set sind 11 Aufsätze enthalten, mit denen Sie Gel ablösen, Nägel in Form bringen und Nagelhaut entfernen. Nicht für Kinder unter 14 Jahren geeignet.',
      seo_title: 'Nova N7 Akku-Nagelfräse, 0–35.000 U/min, 11 Aufsätze',
      meta_description:
        'Akku-Nagelfräse Nova N7 mit stufenloser Drehzahl bis 35.000 U/min, Rechts- und Linkslauf, nur 180 g leicht und mit 11 Aufsätzen für die Maniküre zu Hause.',
      h1: 'Nova N7 Nagelfräse für Maniküre und Pediküre',
      marketing_copy_a:
        'Studioergebnisse am eigenen Küchentisch – die Fräse hat sich nach wenigen Maniküren bezahlt gemacht. Jetzt kaufen.',
      marketing_copy_b:
        'Frisch gemachte Nägel ohne Termin und Wartezeit: ein kleines Stück Luxus, wann immer Ihnen danach ist. Entdecken Sie Nova.',
      marketing_copy_c: 'Nur diesen Monat mit gratis Aufbewahrungsetui – jetzt bestellen!',
    },
    {
      field: 'translated_description',
      replace: 'Die Ladezeit beträgt rund 90 Minuten.',
      labels: ['number_invented'],
    },
    'Der eingebaute 2600-mAh-Akku hält voll geladen etwa 8 Stunden durch.',
  ),
  listing(
    'j04',
    'nail_drills',
    'fr',
    NAIL_DRILL_ZH,
    NAIL_DRILL_SRC,
    {
      translated_description:
        'La ponceuse à ongles rechargeable Nova N7 offre une vitesse réglable en continu de 0 à 35\u202f000 tr/min et une rotation réversible, pour les droitiers comme pour les gauchers. Elle ne pèse que 180 g et vibre 30 % de moins que le modèle précédent : vos mains ne se fatiguent pas, même lors des longues séances. Sa batterie intégrée de 2\u202f600 mAh assure environ 8 heures d’utilisation continue une fois chargée. Le coffret comprend 11 embouts pour retirer le gel, limer la forme et éliminer les cuticules. Déconseillée aux enfants de moins de 14 ans.',
      seo_title: 'Ponceuse à ongles rechargeable Nova N7, 35\u202f000 tr/min',
      meta_description:
        'Ponceuse à ongles Nova N7 rechargeable : vitesse de 0 à 35\u202f000 tr/min, rotation réversible, 180 g seulement et 30 % de vibrations en moins pour vos mains.',
      h1: 'Nova N7, la manucure pro à la maison',
      marketing_copy_a:
        'Des finitions dignes d’un salon sans prendre rendez-vous : la ponceuse s’amortit en quelques manucures. Achetez la vôtre.',
      marketing_copy_b:
        'Il y a ce petit plaisir de regarder ses mains et de les trouver parfaites, un dimanche soir, sans être sortie de chez soi. Découvrez Nova.',
      marketing_copy_c: 'Pochette de rangement offerte ce mois-ci seulement : commandez dès maintenant.',
    },
    {
      field: 'seo_title',
      find: '35\u202f000 tr/min',
      replace: '40\u202f000 tr/min',
      labels: ['number_invented'],
    },
    'Le coffret comprend 11 embouts pour retirer le gel, limer la forme et éliminer les cuticules.',
  ),
  listing(
    'j05',
    'heated_eyelash_curlers',
    'ja',
    CURLER_ZH,
    CURLER_SRC,
    {
      translated_description:
        'Curlaのホットビューラーは、温める・とかす・キープするの3役をこなします。シリコンの加熱パッドは約10秒で温まります。温度は65℃と85℃の2段階で、自然なまつげにも量の多いまつげにも使えます。カールは十数時間キープ。150mAhのバッテリーを内蔵し、USBで約1時間充電すれば約2週間使えます。本体は長さ約12cmで、メイクポーチにすっきり収まります。',
      seo_title: 'Curla ホットビューラー 3in1 65℃/85℃ USB充電',
      meta_description:
        '温める・とかす・キープの3役をこなすホットビューラー。約10秒で温まり、温度は65℃と85℃の2段階。USB充電で約2週間使えます。',
      h1: 'Curla 充電式ホットビューラー',
      marketing_copy_a:
        'USBで充電できるので、電池を買い足す手間もありません。毎朝のまつげ準備がもっと手軽に。今すぐ購入。',
      marketing_copy_b:
        'ふと鏡を見たとき、上向きのまつげに気分まで上がる。そんな小さなご褒美を、毎日に。ぜひチェックしてください。',
      marketing_copy_c: '今ならコンパクトミラーをプレゼント。数量限定なので、カートへお早めに。',
    },
    { field: 'seo_title', find: '65℃/85℃', replace: '70℃/85℃', labels: ['number_invented'] },
    '本体は長さ約12cmで、メイクポーチにすっきり収まります。',
  ),
  listing(
    'j05',
    'heated_eyelash_curlers',
    'es',
    CURLER_ZH,
    CURLER_SRC,
    {
      translated_description:
        'El rizador de pestañas térmico Curla es 3 en 1: calienta, peina y fija. Su almohadilla de silicona se calienta en unos 10 segundos. Tiene dos niveles de temperatura, 65 °C y 85 °C, y sirve tanto para pestañas naturales como para pestañas abundantes. El rizo aguanta más de diez horas. La batería integrada de 150 mAh se carga por USB en aproximadamente 1 hora y dura unas dos semanas. Mide unos 12 cm, así que cabe en cualquier neceser.',
      seo_title: 'Rizador de pestañas térmico Curla 3 en 1, USB',
      meta_description:
        'Rizador de pestañas térmico Curla 3 en 1: se calienta en unos 10 segundos, tiene dos temperaturas, 65 °C y 85 °C, y carga USB. Ideal para el neceser.',
      h1: 'Curla, pestañas arriba en segundos',
      marketing_copy_a: 'Olvídate de las pilas: se recarga por USB y cabe en cualquier bolso. Cómpralo ya.',
      marketing_copy_b:
        '¿Hay algo mejor que mirarte al espejo y ver una mirada despierta, incluso después de una noche corta? Ese pequeño gesto cambia el día. Descubre Curla.',
      marketing_copy_c: 'Espejo de bolsillo de regalo con tu pedido esta semana: aprovecha la oferta.',
    },
    {
      field: 'translated_description',
      find: '65 °C y 85 °C',
      replace: '60 °C y 85 °C',
      labels: ['number_dropped', 'number_invented'],
    },
    'La batería integrada de 150 mAh se carga por USB en aproximadamente 1 hora y dura unas dos semanas.',
  ),
  listing(
    'j06',
    'jewellery_boxes',
    'en',
    BOX_ZH,
    BOX_SRC,
    {
      translated_description:
        'The Vela jewellery box is arranged over three tiers. The top tier holds 24 rings and 12 pairs of stud earrings, the middle tier has room to hang more than ten necklaces, and the bottom drawer keeps watches and bracelets. The outside is PU leather, the lining is soft microfibre velvet, and the lid hides a vanity mirror and closes with a metal lock. Two detachable travel cases are included. Overall it measures 25 × 18 × 15 cm (9.8 × 7.1 × 5.9 in) and weighs about 1.2 kg (2.6 lb).',
      seo_title: 'Vela Jewellery Box, 3 Tiers, Mirror and Lock',
      meta_description:
        'Three-tier Vela jewellery box with 24 ring slots, 12 pairs of stud holes, room for more than ten necklaces, a mirror, a lock and a drawer for watches.',
      h1: 'Vela Three-Tier Jewellery Organiser',
      marketing_copy_a:
        'Everything you own in plain sight, so you stop buying earrings you already have. Get organised with Vela today.',
      marketing_copy_b:
        'Open the lid and there it all is: the ring from your grandmother, the earrings from that trip, each in its own place. Treat yourself to Vela.',
      marketing_copy_c: 'Free engraving on the lid until Sunday – add Vela to your cart now.',
    },
    { field: 'seo_title', find: '3 Tiers', replace: '4 Tiers', labels: ['number_invented'] },
    'Two detachable travel cases are included.',
  ),
  listing(
    'j06',
    'jewellery_boxes',
    'de',
    BOX_ZH,
    BOX_SRC,
    {
      translated_description:
        'Die Schmuckbox Vela ist dreistöckig aufgebaut: Oben finden 24 Ringe und 12 Paar Ohrstecker Platz, in der Mitte lassen sich mehr als zehn Ketten aufhängen, und die Schublade unten nimmt Uhren und Armreifen auf. Außen ist sie mit PU-Leder bezogen, innen mit weichem Mikrofaser-Samt ausgekleidet. Im Deckel sitzt ein Schminkspiegel, verschlossen wird sie mit einem Metallschloss. Zwei abnehmbare Reiseetuis gehören dazu. Die Box misst 25 × 18 × 15 cm und wiegt etwa 1,2 kg.',
      seo_title: 'Vela Schmuckbox mit drei Etagen, Spiegel und Schloss',
      meta_description:
        'Dreistöckige Schmuckbox Vela aus PU-Leder mit Platz für 24 Ringe, 12 Paar Ohrstecker und mehr als zehn Ketten, dazu Spiegel, Schloss und Uhrenschublade.',
      h1: 'Vela Schmuckkästchen für Ringe, Ketten und Uhren',
      marketing_copy_a:
        'Endlich alles auf einen Blick – und keine Suche mehr nach dem passenden Ohrring. Jetzt bestellen.',
      marketing_copy_b:
        'Deckel auf, und da liegt alles: der Ring von der Großmutter, die Ohrringe aus dem letzten Urlaub, jedes Stück an seinem Platz. Entdecken Sie Vela.',
      marketing_copy_c:
        'Bis Sonntag gravieren wir Ihre Initialen gratis in den Deckel – ab in den Warenkorb!',
    },
    {
      field: 'translated_description',
      find: 'wiegt etwa 1,2 kg',
      replace: 'wiegt etwa 1,5 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Zwei abnehmbare Reiseetuis gehören dazu.',
  ),
];

// en: listing 1 (necklace) takes styles 0-2, listing 2 (straightener) 3-5, listing 3 (jewellery box) 6-8.
// No digits in artifacts that land in the description, title or meta (those fields are checked for numbers).
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `🟡 Awaiting client approval 🟡\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Could you let me know whether “collarbone” feels too intimate for your shoppers?',
    ),
  }),
  (c) => ({ h1: `${c.h1} [generated 2024-06-03 14:22 UTC · run_id 7c1e94]` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'As an AI, I have no way to test the ion output myself, so that figure is reproduced exactly as the supplier gives it.',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nTN1: “styler” is used because the tool both straightens and curls.\nTN2: “tame frizz” is a looser rendering of the source phrase.`,
  }),
  (c) => ({ seo_title: `Titel: ${c.seo_title}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Hi Marta, as you asked, the tiers are described from top to bottom.',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n[usage] prompt_tokens: 1184 · completion_tokens: 312 · total: 1496`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\n— Penny, your copy assistant` }),
];

// de: listing 1 (wallet) takes styles 0-2, listing 2 (nail drill) 3-5, listing 3 (jewellery box) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      'Jonas, wie besprochen nenne ich hier keinen konkreten Betrag.',
    ),
  }),
  (c) => ({ h1: `${c.h1} (Tokens: 846 Eingabe, 131 Ausgabe)` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAls KI-Modell kann ich die Lederqualität nicht selbst beurteilen; die Angaben stammen aus dem Datenblatt des Herstellers.`,
  }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n\n🚧 Entwurf – wartet auf Freigabe 🚧` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nTN1: „Nagelfräse“ ist im Handel gängiger als „Schleifgerät“.\nTN2: „U/min“ statt „Umdrehungen pro Minute“, um Platz zu sparen.`,
  }),
  (c) => ({ h1: `${c.h1}\nTitre H1 : ${c.h1}` }),
  (c) => ({
    marketing_copy_a: `[erstellt am 03.06.2024, 10:41 Uhr · Run-ID de-2f9a]\n${c.marketing_copy_a}`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Darf ich kurz nachfragen, ob „Schmuckbox“ oder „Schmuckkästchen“ besser zu Ihrem Shop passt?',
    ),
  }),
  (c) => ({ translated_description: `${c.translated_description}\n\n– Ihre Textassistentin Lina` }),
];

// ja: listing 1 (straightener) takes styles 0-2, listing 2 (eyelash curler) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: afterSentenceJa(c.translated_description, 1, '\n🔶 校正待ち 🔶\n') }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n生成日時：2024-06-03 15:08 JST／実行ID：ja-5521` }),
  (c) => ({ h1: `佐藤さん、見出しはこちらにしました：${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAIであるため実際の使い心地は確かめられず、メーカーの資料をもとに記載しています。`,
  }),
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      1,
      'この言い回しで問題ないか、ご確認いただけますでしょうか？',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nTN1：「ホットビューラー」は検索数の多い呼び方です。\nTN2：温度は摂氏のまま表記しています。`,
  }),
];

// es: listing 1 (wallet) takes styles 0-2, listing 2 (eyelash curler) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ h1: `Headline: ${c.h1}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '¿Te parece bien que use «cartera» y no «billetera», o prefieres la otra palabra?',
    ),
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nTokens usados: 702 de entrada y 118 de salida.` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Lucía, he mantenido el tuteo como en tus otras fichas.',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nNT1: «rizador térmico» en lugar de «encrespador».\nNT2: las temperaturas se dejan solo en °C.`,
  }),
  (c) => ({ translated_description: `${c.translated_description}\n\n— Clara, tu asistente de redacción` }),
];

// fr: listing 1 (necklace) takes styles 0-2, listing 2 (nail drill) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_b: `En tant qu’IA, je ne peux pas juger de l’éclat réel de ces perles, mais voici ma proposition. ${c.marketing_copy_b}`,
  }),
  (c) => ({ seo_title: `Seitentitel: ${c.seo_title}` }),
  (c) => ({ translated_description: `${c.translated_description}\n\n🔵 Prêt pour la mise en ligne 🔵` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\n[généré le 03/06/2024 à 16:47 · exécution fr-0619]`,
  }),
  (c) => ({ h1: `${c.h1} (jetons : 1036 en entrée, 87 en sortie)` }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n\nBien à vous,\nLéa, votre assistante de rédaction` }),
];

export const ROUND_30_WORDING: Record<Language, DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheaper strands lose their shine within weeks.',
      'Every piece is checked, so you never receive a fake.',
      'Counterfeit accessories flood the marketplaces; ours are traceable.',
      'You can tell it from an imitation at a glance.',
    ],
    slogans: ['Quiet shine, every day.', 'Smooth hair, calm mornings.'],
    chineseLeftovers: [],
    duplicateLead: 'All in all: ',
    titleStuffing: ' | Gift for Her, Bridesmaid Jewellery, Free Delivery, Trending',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Schmuckkästen verziehen sich schnell.',
      'Bei uns bekommen Sie garantiert keine Fälschung.',
      'Eine Replik aus Kunststoff fühlt sich ganz anders an.',
      'Nachahmungen erkennt man an den Nähten.',
    ],
    slogans: ['Ordnung, die funkelt.', 'Präzision bis in die Spitzen.'],
    chineseLeftovers: [],
    duplicateLead: 'Alles in allem: ',
    titleStuffing: ' | Geschenk für sie, Trend, Gratisversand, Bestseller',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のヘアアイロンとは仕上がりが違います。',
      'レプリカ品ではございません。',
      'コピー品の流通にご注意ください。',
      '偽物をつかまされる心配はありません。',
    ],
    slogans: ['まっすぐな髪で、まっすぐな一日を。', 'まつげが上がれば、気分も上がる。'],
    chineseLeftovers: ['这款直发夹板加热很快，用起来很方便。', '睫毛夹充电的时候请不要使用。'],
    duplicateLead: 'つまり、',
    titleStuffing: '｜母の日ギフト 人気 おすすめ 送料無料 ラッピング対応',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Nada que ver con las carteras baratas del mercadillo.',
      'Las falsificaciones no pasan nuestro control.',
      'Piel auténtica, no una imitación.',
      'Sin réplicas ni materiales falsos.',
    ],
    slogans: ['Tu estilo, bien guardado.', 'Mirada despierta, sin esfuerzo.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Regalo para ella, tendencia, envío gratis, más vendido',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une contrefaçon ne brille jamais ainsi.',
      'Loin des bijoux pas chers des marchés.',
      'Aucune réplique, seulement de l’authentique.',
      'Méfiez-vous des fausses perles vendues en ligne.',
    ],
    slogans: ['Des mains soignées, tout simplement.', 'L’éclat au naturel.'],
    chineseLeftovers: [],
    duplicateLead: 'Autrement dit : ',
    titleStuffing: ' | Cadeau pour elle, tendance, livraison offerte, coup de cœur',
  },
};
