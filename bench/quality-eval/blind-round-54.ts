// Blind set, round 54 (written without reading the gate, committed before it is scored): six apparel, food,
// cosmetics, power-tool, furniture and toy products whose sources are dense with numbers a translator carries over
// in other forms, in the categories mens_linen_shirts, stuffed_date_snacks, sunscreen_lotions, angle_grinders,
// bedside_tables and play_kitchen_toys, 12 hand-written listings, three artifact styles per listing and wording of
// its own (this round: a mix of the kinds the llm_artifact definition names — lead-ins ("Sure! Here’s the English
// version", "Hier ist die Übersetzung ins Deutsche:", "以下が日本語訳です：", "Aquí tienes la traducción al
// español:", "Voici la traduction en français :"), AI disclaimers ("As an AI language model", "Als KI-Sprachmodell",
// "AIによる自動翻訳のため", "Como modelo de lenguaje", "En tant qu’assistant IA"), code fences (bare ```, ```text,
// ```markdown, ```json), HTML tags (<p>, <b>, <strong>), field-label prefixes ("SEO-Titel:", "Título SEO:",
// "見出し：", "**Emotional copy:**", "**Accroche émotionnelle :**") and sign-offs or offers to rework — and leftovers
// of a JSON answer: a key name left in a field ("h1": "…", "marketing_copy_b": "…"), the next key trailing a copy,
// a stray closing quote, comma or brace after a description, title or meta; no digits in artifacts that land in
// the description, title or meta). The translations write numbers the way native copywriters do: words for small
// numbers (four colours, zwölf Monate, sechs Stufen, dos meses, deux ans), "half" for 半个, ages as "ages 18 and up",
// metric with imperial in brackets for en, decimal commas for de/es/fr (1,9 kg, 0,5 %, 1,75 m), 〜 and 約 for ja.
// Legitimate numbers:
// Linova (shirt): 100% (100 %), about 160 g/m² (m² is no number), S to XL (letters), chest 104 cm (41 in), 108 cm
// (42.5 in), 112 cm (44 in), 116 cm (45.7 in), length 72 cm (28.3 in), height 175 cm (5 ft 9 in; fr 1,75 m: the same
// value with another unit), about 75 kg (165 lb), 四种 (four colours, quatre coloris), up to 30 °C (86 °F), about 2%
// shrinkage (2 %), 首次 (first wash: no numeral, the translations avoid the ordinal);
// Zaoli (dates): 特级 (top grade: no numeral), 半个 (a half walnut: einer halben, 半分), 500 g, about 30 sachets (約30袋),
// about 2 dates each (je etwa zwei, 2粒前後), 12 months (zwölf Monate, 12か月), the date format 年.月.日 with its example
// 2024.09.15 (kept as printed on the bag in de and ja), within 7 days (sieben Tagen, 7日以内), above 25 °C (25℃);
// Solvia (sunscreen): SPF50+ (SPF 50+), PA++++ (no digits), 5% niacinamide (5 %), 0.5% centella (0,5 %), 80 minutes,
// 50 ml (1.7 fl oz), about 2 months (about two months, unos dos meses), 15 minutes, every 2 to 3 hours (every two to
// three hours, cada 2 o 3 horas), 补涂一次 (idiomatic 一次), 18 (ages 18 and up, a partir de 18 años), 12 months;
// Kraftum (angle grinder): AG-125 (model; 125 is also the disc size), 220 V, 850 W, 11000 rpm (11.000 U/min,
// 11 000 tr/min with a narrow no-break space), 125 mm, 33 mm, 六档 (sechs Stufen, six vitesses), 2800 to 11000
// (2.800 bis 11.000, 2 800 à 11 000), 1.9 kg (1,9 kg), 3 m, 两片 (zwei Trennscheiben, deux disques), 两年 (zwei
// Jahre, deux ans); the wrench and the side handle have no numeral (ein Spannschlüssel, une clé: articles);
// Oakwell (bedside table): 45 × 35 × 55 cm (17.7 × 13.8 × 21.7 in), 两个 (two drawers, zwei Schubladen), about 8 kg
// (17.6 lb), 20 cm (7.9 in), 5 mm, about 14 kg (30.9 lb), about 15 minutes, E0 (E0 standard, E0-Standard);
// Pipino (play kitchen): 3 to 6 years (3〜6歳, de 3 a 6 años), under 3 (3歳未満, menores de 3 años), 82 cm, 50 cm, 3 AA
// batteries (ja 単3形（AA）3本: 単3 is the Japanese name of the AA size and its 3 is a source number anyway; es
// 3 pilas AA), 22 accessories (22点, 22 accesorios), EN71, about 40 minutes (約40分, unos 40 minutos), 两个孩子 (2人,
// dos niños; the es meta says "de dos en dos").
// Number edits: en shirt 2% → 3% (the only 2 of the description: dropped + invented); fr shirt meta 116 → 120;
// de dates gains a sentence with "achtzehn Monate" (a number word; zwölf still there: invented only); ja dates 7日 →
// 10日 (dropped + invented); en sunscreen 50 ml (1.7 fl oz) → 75 ml (2.5 fl oz) while SPF 50+ keeps the 50 (invented
// only); es sunscreen meta 80 → 120 minutes; de grinder idle speed 11.000 → 12.000 while the range still says 11.000
// (invented only); fr grinder title 850 W → 1200 W; en table 8 kg (17.6 lb) → 10 kg (22 lb) (dropped + invented); de
// table meta 55 → 60 cm; ja kitchen title 3〜6歳 → 3〜8歳; es kitchen 22 → 24 accessories (22 stays only in the meta,
// which number_dropped does not read: dropped + invented).
import type { Language } from '@content-pipeline/languages';
import { type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const SHIRT_ZH = 'Linova 男士亚麻短袖衬衫 S-XL 四色可选';
const SHIRT_SRC =
  'Linova 男士短袖衬衫采用100%法国亚麻，面料约160克/平方米，轻薄透气不闷汗。宽松版型，码数从S到XL：S码胸围104厘米，M码108厘米，L码112厘米，XL码116厘米，衣长统一72厘米。身高175厘米、体重75公斤左右建议选L码。有白色、米色、雾蓝、橄榄绿四种颜色。可机洗，水温不超过30℃，首次洗涤后会轻微缩水约2%，属正常现象。';
const DATES_ZH = 'Zaoli 和田大枣夹核桃 独立小包装 500克';
const DATES_SRC =
  'Zaoli 枣夹核桃精选新疆和田特级大枣，每颗红枣夹入半个云南薄皮核桃仁，甜而不腻。净含量500克，内含约30个独立小包，每包2颗左右，办公室、追剧都方便。不添加蔗糖和防腐剂，开袋即食。保质期12个月，生产日期见袋底喷码，格式为年.月.日，例如2024.09.15。请置于阴凉干燥处，开封后建议7天内吃完，夏季室温高于25℃时请冷藏保存。';
const SUN_ZH = 'Solvia 清透防晒乳 SPF50+ PA++++ 50毫升';
const SUN_SRC =
  'Solvia 清透防晒乳，SPF50+、PA++++高倍防护，质地水润不油腻，上脸不泛白。添加5%烟酰胺和0.5%积雪草提取物，防晒的同时帮助提亮肤色。通过80分钟防水测试，游泳、跑步后建议及时补涂。每瓶50毫升，日常使用约可用2个月。出门前15分钟涂抹，每隔2至3小时补涂一次。适合18岁以上各种肤质，敏感肌请先在耳后试用。开封后12个月内用完。';
const GRINDER_ZH = 'Kraftum AG-125 角磨机 850W 六档调速';
const GRINDER_SRC =
  'Kraftum AG-125 角磨机，额定电压220V，功率850W，空载转速每分钟11000转，适用125毫米砂轮片，最大切割深度33毫米。六档调速，转速从2800转到11000转可调，打磨、切割、抛光都能胜任。机身仅重1.9公斤，侧手柄左右均可安装。配有防重启开关，停电后再来电不会自行启动，用起来更安心。电源线长3米，包装内附两片切割片和扳手。整机保修两年。';
const TABLE_ZH = 'Oakwell 白橡木实木床头柜 两抽屉 宽45厘米';
const TABLE_SRC =
  'Oakwell 床头柜采用北美白橡木实木，尺寸为宽45厘米、深35厘米、高55厘米，与大多数床垫高度齐平。上下两个抽屉，每个承重约8公斤，配静音阻尼滑轨，推拉顺滑无声。底部开放式隔层高20厘米，放书本、充电器都方便。台面四角做了5毫米圆角处理，不易磕碰。产品净重约14公斤，需简单组装，约15分钟即可装好。甲醛释放量达到E0级标准。';
const KITCHEN_ZH = 'Pipino 木制儿童过家家厨房玩具 3-6岁 声光款';
const KITCHEN_SRC =
  'Pipino 木质仿真厨房玩具，适合3至6岁的孩子，3岁以下儿童请在大人陪同下玩耍。整体高82厘米，台面高50厘米，正好适合幼儿园小朋友的身高。炉灶旋钮可旋转，水龙头会发出流水声，烤箱带灯光，需3节AA电池（不含）。套装共含锅、铲、杯子等22件配件。选用新西兰松木和水性漆，边角全部打磨圆滑，通过EN71认证。组装约40分钟，两个孩子可以同时玩。';

export const ROUND_54_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'mens_linen_shirts',
    'en',
    SHIRT_ZH,
    SHIRT_SRC,
    {
      translated_description:
        'The Linova men’s short-sleeved shirt is cut from 100% French linen of around 160 g/m², light and airy enough to keep you cool on the hottest days. The fit is relaxed, in sizes S to XL: the chest measures 104 cm (41 in) on the S, 108 cm (42.5 in) on the M, 112 cm (44 in) on the L and 116 cm (45.7 in) on the XL, and every size is 72 cm (28.3 in) long. If you are about 175 cm (5 ft 9 in) tall and weigh around 75 kg (165 lb), we recommend the L. Choose from four colours: white, beige, misty blue and olive green. The shirt is machine washable at up to 30 °C (86 °F); new linen shrinks slightly in the wash, by around 2%, which is perfectly normal.',
      seo_title: 'Linova Men’s Linen Shirt, 100% French Linen, S–XL',
      meta_description:
        'Relaxed short-sleeved shirt in 100% French linen of around 160 g/m², sizes S to XL with a chest of 104 to 116 cm. Machine washable at 30 °C.',
      h1: 'Linova Linen Shirt – Cool All Summer Long',
      marketing_copy_a:
        'Pure French linen that breathes, a relaxed cut and easy machine-wash care: the shirt you will reach for all summer, year after year. Shop the Linova shirt today.',
      marketing_copy_b:
        'A warm evening, a table outside and a shirt that still feels fresh after a long day. Linen grows softer every time you wear it. Discover Linova.',
      marketing_copy_c:
        'Summer launch: free returns and size exchanges all month, so finding your perfect fit costs nothing. Order yours now.',
    },
    {
      field: 'translated_description',
      find: 'by around 2%',
      replace: 'by around 3%',
      labels: ['number_dropped', 'number_invented'],
    },
    'Choose from four colours: white, beige, misty blue and olive green.',
  ),
  listing(
    'p01',
    'mens_linen_shirts',
    'fr',
    SHIRT_ZH,
    SHIRT_SRC,
    {
      translated_description:
        'La chemise à manches courtes Linova pour homme est en 100\u00a0% lin français d’un grammage d’environ 160 g/m², léger et respirant, pour rester au frais même en pleine canicule. Sa coupe est ample et se décline du S au XL\u00a0: tour de poitrine de 104 cm en S, 108 cm en M, 112 cm en L et 116 cm en XL, pour une longueur de 72 cm dans toutes les tailles. Pour 1,75 m et environ 75 kg, nous conseillons le L. Elle existe en quatre coloris\u00a0: blanc, beige, bleu brume et vert olive. Elle se lave en machine à 30 °C maximum\u00a0; le lin neuf rétrécit légèrement au lavage, d’environ 2\u00a0%, ce qui est tout à fait normal.',
      seo_title: 'Chemise en lin Linova pour homme, 100\u00a0% lin, du S au XL',
      meta_description:
        'Chemise homme à manches courtes en 100\u00a0% lin français d’environ 160 g/m², coupe ample du S au XL, tour de poitrine de 104 à 116 cm, lavable à 30 °C.',
      h1: 'Linova, la chemise en lin des beaux jours',
      marketing_copy_a:
        'Du lin français pur qui respire, une coupe ample et un entretien en machine\u00a0: la chemise que vous porterez tout l’été, et les suivants. Commandez la vôtre.',
      marketing_copy_b:
        'Une terrasse au soleil couchant, un verre entre amis et une chemise qui reste fraîche jusqu’au soir. Le lin s’assouplit un peu plus à chaque fois que vous la portez. Découvrez Linova.',
      marketing_copy_c:
        'Lancement de l’été\u00a0: retours et échanges de taille offerts tout le mois. Profitez-en pour trouver la coupe idéale\u00a0!',
    },
    {
      field: 'meta_description',
      find: 'de 104 à 116 cm',
      replace: 'de 104 à 120 cm',
      labels: ['number_invented'],
    },
    'Pour 1,75 m et environ 75 kg, nous conseillons le L.',
  ),
  listing(
    'p02',
    'stuffed_date_snacks',
    'de',
    DATES_ZH,
    DATES_SRC,
    {
      translated_description:
        'Für die Zaoli Walnuss-Datteln werden große Hetian-Datteln der Spitzenklasse aus Xinjiang ausgewählt; jede Dattel ist mit einer halben dünnschaligen Walnuss aus Yunnan gefüllt – süß, aber nie zu süß. Der Beutel enthält 500 g, aufgeteilt in rund 30 Einzelpäckchen mit je etwa zwei Datteln, ideal fürs Büro oder den Serienabend. Ohne zugesetzten Rohrzucker und ohne Konservierungsstoffe, direkt aus der Tüte zu genießen. Die Datteln sind zwölf Monate haltbar; das Herstellungsdatum ist unten auf den Beutel gedruckt, im Format Jahr.Monat.Tag, zum Beispiel 2024.09.15. Bitte kühl und trocken lagern und nach dem Öffnen innerhalb von sieben Tagen aufessen. Wenn es im Sommer wärmer als 25 °C ist, gehören die Datteln in den Kühlschrank.',
      seo_title: 'Zaoli Datteln mit Walnuss, 500 g, einzeln verpackt',
      meta_description:
        'Hetian-Datteln, gefüllt mit einer halben Walnuss, ohne Rohrzucker und Konservierungsstoffe: 500 g in rund 30 Einzelpäckchen, zwölf Monate haltbar.',
      h1: 'Zaoli – süße Datteln mit knackigem Kern',
      marketing_copy_a:
        'Natürliche Süße ohne Zuckerzusatz, dazu knackige Walnüsse und alles praktisch portioniert: der bessere Snack für zwischendurch. Jetzt bestellen.',
      marketing_copy_b:
        'Der Nachmittag zieht sich, der Kopf braucht eine Pause. Päckchen auf, und plötzlich schmeckt es ein bisschen nach Herbstmarkt. Entdecken Sie Zaoli.',
      marketing_copy_c:
        'Zum Start legen wir jeder Bestellung eine Probiertüte getrockneter Feigen bei – sichern Sie sich Ihren Vorrat.',
    },
    {
      field: 'translated_description',
      replace: 'Ungeöffnet bleiben die Datteln sogar achtzehn Monate frisch.',
      labels: ['number_invented'],
    },
    'Bitte kühl und trocken lagern und nach dem Öffnen innerhalb von sieben Tagen aufessen.',
  ),
  listing(
    'p02',
    'stuffed_date_snacks',
    'ja',
    DATES_ZH,
    DATES_SRC,
    {
      translated_description:
        'Zaoliのくるみ入りなつめは、新疆・和田産の特級大粒なつめを厳選し、雲南産の薄皮くるみを半分ずつはさみました。甘すぎない、やさしい味わいです。内容量は500gで、約30袋の個包装入り。各袋に2粒前後入っているので、オフィスでも、ドラマを見ながらでも気軽につまめます。ショ糖と保存料は使っておらず、開けてすぐに食べられます。賞味期限は12か月です。製造日は袋の底に「年.月.日」の形式で印字されています（例：2024.09.15）。涼しく乾燥した場所で保存し、開封後は7日以内にお召し上がりください。室温が25℃を超える夏場は、冷蔵庫で保存してください。',
      seo_title: 'Zaoli くるみ入りなつめ 500g 個包装 和田産',
      meta_description:
        '新疆・和田産の大粒なつめに雲南産くるみを半分はさんだ、甘すぎないおやつ。内容量500g、約30袋の個包装で、ショ糖・保存料不使用。',
      h1: 'Zaoli なつめとくるみの、やさしいおやつ',
      marketing_copy_a:
        '砂糖を加えない自然な甘さと、くるみの香ばしさ。小分けだから食べすぎず、バッグにも入れやすい。今すぐ購入。',
      marketing_copy_b:
        '午後のひと息に、小さな袋をひとつ。噛むほどに広がる素朴な甘さが、ほっと心をほどきます。ぜひチェックしてください。',
      marketing_copy_c: '発売記念として、今ならもう一袋を半額でお届けします。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '開封後は7日以内',
      replace: '開封後は10日以内',
      labels: ['number_dropped', 'number_invented'],
    },
    '室温が25℃を超える夏場は、冷蔵庫で保存してください。',
  ),
  listing(
    'p03',
    'sunscreen_lotions',
    'en',
    SUN_ZH,
    SUN_SRC,
    {
      translated_description:
        'Solvia sheer sun lotion gives you high SPF 50+ and PA++++ protection in a light, hydrating texture that never feels greasy and leaves no white cast. It is enriched with 5% niacinamide and 0.5% centella extract to help brighten your skin tone while it protects. Tested water-resistant for 80 minutes, it should still be reapplied promptly after swimming or running. Each bottle holds 50 ml (1.7 fl oz), enough for about two months of daily use. Apply it 15 minutes before heading out and reapply every two to three hours. Suitable for all skin types, ages 18 and up; if your skin is sensitive, patch-test it behind your ear before use. Use within 12 months of opening.',
      seo_title: 'Solvia Sheer Sun Lotion SPF 50+ PA++++, 50 ml',
      meta_description:
        'Lightweight SPF 50+ PA++++ sun lotion with 5% niacinamide, no white cast and 80-minute water resistance. A 50 ml bottle lasts about two months of daily use.',
      h1: 'Solvia – Sun Protection You Can’t Feel',
      marketing_copy_a:
        'High protection, a brightening boost and a texture light enough to wear under make-up: your whole morning routine in a bottle. Buy Solvia now.',
      marketing_copy_b:
        'Salt on your skin, sand between your toes and not a thought about burning. Just sunshine, the way it should feel. Discover Solvia.',
      marketing_copy_c:
        'Summer starter deal: a free travel-size tube with every bottle while stocks last. Grab yours today.',
    },
    {
      field: 'translated_description',
      find: '50 ml (1.7 fl oz)',
      replace: '75 ml (2.5 fl oz)',
      labels: ['number_invented'],
    },
    'Use within 12 months of opening.',
  ),
  listing(
    'p03',
    'sunscreen_lotions',
    'es',
    SUN_ZH,
    SUN_SRC,
    {
      translated_description:
        'La leche solar ligera Solvia ofrece protección alta SPF 50+ y PA++++ con una textura hidratante que no engrasa ni deja rastro blanco. Contiene un 5 % de niacinamida y un 0,5 % de extracto de centella asiática, que ayudan a unificar el tono mientras te protege. Ha superado una prueba de resistencia al agua de 80 minutos, pero conviene volver a aplicarla después de nadar o correr. Cada frasco trae 50 ml, suficientes para unos dos meses de uso diario. Aplícala 15 minutos antes de salir y repite cada 2 o 3 horas. Apta para todo tipo de piel a partir de 18 años; si tienes la piel sensible, pruébala antes detrás de la oreja. Úsala en los 12 meses siguientes a su apertura.',
      seo_title: 'Leche solar Solvia SPF 50+ PA++++, 50 ml, ligera',
      meta_description:
        'Protector solar ligero SPF 50+ PA++++ con un 5 % de niacinamida, sin rastro blanco y resistente al agua 80 minutos. Frasco de 50 ml para unos dos meses.',
      h1: 'Solvia, la protección solar que no se nota',
      marketing_copy_a:
        'Protección alta, efecto iluminador y una textura tan ligera que puedes llevarla bajo el maquillaje: todo tu ritual de mañana en un frasco. Compra Solvia ahora.',
      marketing_copy_b:
        'Sal en la piel, arena en los pies y ni una preocupación por quemarte. Solo el sol, como tiene que ser. Descubre Solvia.',
      marketing_copy_c:
        'Oferta de verano: un tubo de viaje de regalo con cada frasco hasta agotar existencias. Consíguelo hoy.',
    },
    {
      field: 'meta_description',
      find: 'resistente al agua 80 minutos',
      replace: 'resistente al agua 120 minutos',
      labels: ['number_invented'],
    },
    'Úsala en los 12 meses siguientes a su apertura.',
  ),
  listing(
    'p04',
    'angle_grinders',
    'de',
    GRINDER_ZH,
    GRINDER_SRC,
    {
      translated_description:
        'Der Winkelschleifer Kraftum AG-125 arbeitet mit 220 V Nennspannung und 850 W Leistung und erreicht im Leerlauf 11.000 Umdrehungen pro Minute. Er ist für Scheiben mit 125 mm Durchmesser ausgelegt und schneidet bis zu 33 mm tief. Die Drehzahl lässt sich in sechs Stufen von 2.800 bis 11.000 U/min einstellen – Schleifen, Trennen und Polieren sind damit kein Problem. Das Gerät wiegt nur 1,9 kg, der Zusatzhandgriff lässt sich links oder rechts montieren. Ein Wiederanlaufschutz verhindert, dass die Maschine nach einem Stromausfall von selbst anläuft, und sorgt so für mehr Sicherheit. Das Netzkabel ist 3 m lang, im Lieferumfang sind zwei Trennscheiben und ein Spannschlüssel enthalten. Auf das Gerät gibt es zwei Jahre Garantie.',
      seo_title: 'Kraftum AG-125 Winkelschleifer, 850 W, 125 mm, 6 Stufen',
      meta_description:
        'Winkelschleifer mit 850 W, 220 V und bis zu 11.000 U/min, sechs Drehzahlstufen, 125-mm-Scheiben, 33 mm Schnitttiefe und Wiederanlaufschutz.',
      h1: 'Kraftum AG-125 – kraftvoll schleifen, sauber trennen',
      marketing_copy_a:
        'Sechs Drehzahlstufen, Wiederanlaufschutz und gleich zwei Trennscheiben dabei: ein Werkzeug für fast jede Arbeit an Metall und Stein. Jetzt kaufen.',
      marketing_copy_b:
        'Die Funken fliegen, die Kante wird sauber, und die Maschine liegt ruhig in der Hand. So macht der Samstag in der Werkstatt Spaß. Entdecken Sie den Kraftum.',
      marketing_copy_c:
        'Nur diesen Monat: ein Zehnerpack Schleifscheiben gratis zu jedem Winkelschleifer – jetzt bestellen, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'erreicht im Leerlauf 11.000 Umdrehungen',
      replace: 'erreicht im Leerlauf 12.000 Umdrehungen',
      labels: ['number_invented'],
    },
    'Das Gerät wiegt nur 1,9 kg, der Zusatzhandgriff lässt sich links oder rechts montieren.',
  ),
  listing(
    'p04',
    'angle_grinders',
    'fr',
    GRINDER_ZH,
    GRINDER_SRC,
    {
      translated_description:
        'La meuleuse d’angle Kraftum AG-125 fonctionne sous une tension nominale de 220 V, avec une puissance de 850 W et une vitesse à vide de 11\u202f000 tr/min. Elle accepte les disques de 125 mm et coupe jusqu’à 33 mm de profondeur. Son variateur à six vitesses va de 2\u202f800 à 11\u202f000 tr/min\u00a0: ponçage, tronçonnage ou polissage, elle sait tout faire. Elle ne pèse que 1,9 kg et sa poignée latérale se monte à gauche comme à droite. Un dispositif anti-redémarrage l’empêche de repartir seule au retour du courant après une coupure, pour travailler l’esprit tranquille. Le câble d’alimentation mesure 3 m, et deux disques à tronçonner ainsi qu’une clé de serrage sont fournis. La machine est garantie deux ans.',
      seo_title: 'Meuleuse d’angle Kraftum AG-125, 850 W, disque 125 mm',
      meta_description:
        'Meuleuse d’angle 850 W sous 220 V, jusqu’à 11\u202f000 tr/min, six vitesses, disques de 125 mm, coupe de 33 mm et sécurité anti-redémarrage. Garantie deux ans.',
      h1: 'Kraftum AG-125, la meuleuse qui ne lâche rien',
      marketing_copy_a:
        'Six vitesses, une sécurité anti-redémarrage et deux disques fournis\u00a0: de quoi attaquer métal et pierre dès le déballage. Achetez-la maintenant.',
      marketing_copy_b:
        'L’étincelle qui jaillit, la coupe nette, la machine bien en main. Le samedi à l’atelier prend une autre saveur. Découvrez la Kraftum.',
      marketing_copy_c:
        'Ce mois-ci seulement\u00a0: un lot de disques à poncer offert avec chaque meuleuse. Commandez vite, les stocks partent.',
    },
    { field: 'seo_title', find: '850 W', replace: '1200 W', labels: ['number_invented'] },
    'Le câble d’alimentation mesure 3 m, et deux disques à tronçonner ainsi qu’une clé de serrage sont fournis.',
  ),
  listing(
    'p05',
    'bedside_tables',
    'en',
    TABLE_ZH,
    TABLE_SRC,
    {
      translated_description:
        'The Oakwell bedside table is made from solid North American white oak. At 45 cm wide, 35 cm deep and 55 cm high (17.7 × 13.8 × 21.7 in), it sits level with most mattresses. It has two drawers, top and bottom, each holding about 8 kg (17.6 lb) and running on soft-close runners that glide open and shut without a sound. Below them, an open shelf 20 cm (7.9 in) high keeps books and chargers within easy reach. The corners of the top are rounded to a 5 mm radius, so there are no sharp edges to bump into. The table weighs about 14 kg (30.9 lb) and needs only simple assembly – around 15 minutes and it’s ready. Its formaldehyde emissions meet the E0 standard.',
      seo_title: 'Oakwell Solid Oak Bedside Table, Two Drawers',
      meta_description:
        'Solid white oak bedside table with two soft-close drawers and an open shelf. 45 × 35 × 55 cm, rounded corners, E0 emission standard, easy assembly.',
      h1: 'Oakwell – Solid Oak by Your Bed',
      marketing_copy_a:
        'Real oak instead of veneer, soft-close runners and an open shelf for your evening reads: built to stay by your bed for years. Buy the Oakwell now.',
      marketing_copy_b:
        'The last page of a good book, the lamp switched off, your glasses set down without a sound. Small rituals deserve a quiet place. Discover Oakwell.',
      marketing_copy_c:
        'Bedroom refresh week: free delivery on every Oakwell until Sunday. Order yours today.',
    },
    {
      field: 'translated_description',
      find: 'each holding about 8 kg (17.6 lb)',
      replace: 'each holding about 10 kg (22 lb)',
      labels: ['number_dropped', 'number_invented'],
    },
    'Below them, an open shelf 20 cm (7.9 in) high keeps books and chargers within easy reach.',
  ),
  listing(
    'p05',
    'bedside_tables',
    'de',
    TABLE_ZH,
    TABLE_SRC,
    {
      translated_description:
        'Der Nachttisch Oakwell ist aus massiver nordamerikanischer Weißeiche gefertigt. Mit 45 cm Breite, 35 cm Tiefe und 55 cm Höhe schließt er bündig mit den meisten Matratzen ab. Die zwei übereinanderliegenden Schubladen tragen je rund 8 kg und laufen auf leisen Dämpfungsschienen, die sich sanft und geräuschlos öffnen und schließen. Darunter bietet ein 20 cm hohes offenes Fach Platz für Bücher und Ladegeräte. Die Ecken der Tischplatte sind mit 5 mm Radius abgerundet, damit man sich nicht stößt. Der Nachttisch wiegt rund 14 kg und ist mit wenigen Handgriffen in etwa 15 Minuten aufgebaut. Die Formaldehydemission entspricht dem E0-Standard.',
      seo_title: 'Oakwell Nachttisch, Eiche massiv, 2 Schubladen',
      meta_description:
        'Nachttisch aus massiver Weißeiche mit zwei gedämpften Schubladen und offenem Fach, 45 × 35 × 55 cm, abgerundete Ecken und E0-Standard.',
      h1: 'Oakwell – massive Eiche für Ihre Nachtruhe',
      marketing_copy_a:
        'Echtholz statt Folie, Dämpfungsschienen und ein offenes Fach für die Abendlektüre: ein Möbelstück, das jahrelang an Ihrer Seite bleibt. Jetzt kaufen.',
      marketing_copy_b:
        'Die letzte Seite gelesen, das Licht aus, die Brille lautlos abgelegt. Kleine Rituale verdienen einen ruhigen Platz. Entdecken Sie Oakwell.',
      marketing_copy_c:
        'Schlafzimmer-Woche: Bis Sonntag liefern wir jeden Oakwell versandkostenfrei – jetzt bestellen.',
    },
    {
      field: 'meta_description',
      find: '45 × 35 × 55 cm',
      replace: '45 × 35 × 60 cm',
      labels: ['number_invented'],
    },
    'Darunter bietet ein 20 cm hohes offenes Fach Platz für Bücher und Ladegeräte.',
  ),
  listing(
    'p06',
    'play_kitchen_toys',
    'ja',
    KITCHEN_ZH,
    KITCHEN_SRC,
    {
      translated_description:
        'Pipinoの木製ままごとキッチンは、3〜6歳のお子さま向けです。3歳未満のお子さまは、必ず大人と一緒に遊ばせてください。全体の高さは82cm、天板の高さは50cmで、幼稚園児の背丈にぴったりです。コンロのつまみは回せて、蛇口からは水の流れる音が鳴り、オーブンにはライトが付いています。電池は単3形（AA）が3本必要です（別売）。鍋やフライ返し、コップなど、付属品は全部で22点。ニュージーランド産のパイン材と水性塗料を使い、角はすべてなめらかに磨いてあり、EN71認証も取得済みです。組み立ては約40分。2人で同時に遊べる広さです。',
      seo_title: 'Pipino 木製ままごとキッチン 3〜6歳 音と光 EN71認証',
      meta_description:
        '3〜6歳向けの木製ままごとキッチン。高さ82cm、天板50cmで幼児にぴったり。音と光の仕掛けに付属品22点、EN71認証の安心設計です。',
      h1: 'Pipino 木のキッチンで、はじめてのお料理ごっこ',
      marketing_copy_a:
        '天然木と水性塗料でつくった、長く遊べるキッチン。付属品22点で、届いたその日からごっこ遊びが始められます。今すぐ購入。',
      marketing_copy_b:
        '「いらっしゃいませ」「はい、どうぞ」と、小さなシェフの声がリビングに響きます。想像力がふくらむ時間を、お子さまに贈りませんか。ぜひチェックしてください。',
      marketing_copy_c:
        'クリスマスまでの期間限定で、木製の野菜セットをおまけにお付けします。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '3〜6歳', replace: '3〜8歳', labels: ['number_invented'] },
    '組み立ては約40分。',
  ),
  listing(
    'p06',
    'play_kitchen_toys',
    'es',
    KITCHEN_ZH,
    KITCHEN_SRC,
    {
      translated_description:
        'La cocinita de juguete Pipino, de madera, está pensada para niños de 3 a 6 años; los menores de 3 años deben jugar siempre acompañados de un adulto. Mide 82 cm de alto y la encimera queda a 50 cm, justo a la altura de un niño de infantil. Los mandos de los fogones giran, el grifo hace ruido de agua corriendo y el horno se ilumina; funciona con 3 pilas AA (no incluidas). El set trae 22 accesorios, entre ellos cazo, espátula y vasos. Está hecha de pino de Nueva Zelanda con pintura al agua, tiene todos los cantos lijados y redondeados y cuenta con la certificación EN71. Se monta en unos 40 minutos, y dos niños pueden jugar a la vez.',
      seo_title: 'Cocinita de madera Pipino, de 3 a 6 años',
      meta_description:
        'Cocinita de juguete de madera para niños de 3 a 6 años: 82 cm de alto, luces y sonidos, 22 accesorios y certificación EN71. Para jugar de dos en dos.',
      h1: 'Pipino, la cocina de los pequeños chefs',
      marketing_copy_a:
        'Madera natural, pintura al agua y 22 accesorios para jugar desde el primer día: una cocinita que les acompañará durante años. Cómprala ahora.',
      marketing_copy_b:
        'Un delantal, una cuchara de madera y un menú inventado sobre la marcha. Así suenan las tardes cuando la imaginación se pone a cocinar. Descubre Pipino.',
      marketing_copy_c:
        'Especial Navidad: un set de verduras de madera de regalo con cada cocinita. Pídela antes de que se agote.',
    },
    {
      field: 'translated_description',
      find: 'El set trae 22 accesorios',
      replace: 'El set trae 24 accesorios',
      labels: ['number_dropped', 'number_invented'],
    },
    'Se monta en unos 40 minutos, y dos niños pueden jugar a la vez.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (linen shirt) takes styles 0-2, listing 2 (sunscreen) 3-5, listing 3 (bedside table) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the English version of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `"h1": "${c.h1}",` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nLet me know if you’d like a punchier version for social media!`,
  }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({ translated_description: `${c.translated_description}"\n}` }),
  (c) => ({
    marketing_copy_b: `As an AI language model, I can’t make health claims about sun protection, so I’ve kept this copy general. ${c.marketing_copy_b}`,
  }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ marketing_copy_b: `**Emotional copy:** ${c.marketing_copy_b}` }),
  (c) => ({ seo_title: `"${c.seo_title}",` }),
];

// de: listing 1 (dates) takes styles 0-2, listing 2 (angle grinder) 3-5, listing 3 (bedside table) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Hier ist die Übersetzung ins Deutsche:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `"marketing_copy_b": "${c.marketing_copy_b}"` }),
  (c) => ({ h1: `<strong>${c.h1}</strong>` }),
  (c) => ({
    translated_description: `Als KI-Sprachmodell kann ich die technischen Angaben nicht selbst prüfen, habe sie aber unverändert übernommen.\n\n${c.translated_description}`,
  }),
  (c) => ({ meta_description: `${c.meta_description}"}` }),
  (c) => ({ marketing_copy_c: `\`\`\`text\n${c.marketing_copy_c}\n\`\`\`` }),
  (c) => ({ seo_title: `SEO-Titel: ${c.seo_title}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nIch hoffe, die Übersetzung passt so – sagen Sie gern Bescheid, wenn Sie Änderungen wünschen!`,
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}",\n  "marketing_copy_b": "` }),
];

// ja: listing 1 (dates) takes styles 0-2, listing 2 (play kitchen) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下が日本語訳です：\n\n${c.translated_description}` }),
  (c) => ({ seo_title: `${c.seo_title}",` }),
  (c) => ({ marketing_copy_a: `<b>${c.marketing_copy_a}</b>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n※AIによる自動翻訳のため、仕様の詳細は原文と照らし合わせてご確認ください。`,
  }),
  (c) => ({ h1: `見出し：${c.h1}` }),
  (c) => ({ marketing_copy_c: `\`\`\`json\n{"marketing_copy_c": "${c.marketing_copy_c}"}\n\`\`\`` }),
];

// es: listing 1 (sunscreen) takes styles 0-2, listing 2 (play kitchen) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Aquí tienes la traducción al español:\n\n${c.translated_description}` }),
  (c) => ({ h1: `"h1": "${c.h1}",` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n¿Quieres que te prepare también una versión más informal para redes sociales?`,
  }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({ seo_title: `Título SEO: ${c.seo_title}` }),
  (c) => ({
    marketing_copy_a: `Como modelo de lenguaje, no tengo datos sobre el stock, pero aquí va el texto: ${c.marketing_copy_a}`,
  }),
];

// fr: listing 1 (linen shirt) takes styles 0-2, listing 2 (angle grinder) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Voici la traduction en français\u00a0:\n\n${c.translated_description}`,
  }),
  (c) => ({ meta_description: `${c.meta_description}",` }),
  (c) => ({ marketing_copy_b: `**Accroche émotionnelle\u00a0:** ${c.marketing_copy_b}` }),
  (c) => ({ translated_description: `\`\`\`markdown\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_a: `En tant qu’assistant IA, je ne peux pas garantir les délais de livraison, mais voici le texte\u00a0: ${c.marketing_copy_a}`,
  }),
  (c) => ({ h1: `{"h1": "${c.h1}"}` }),
];

export const ROUND_54_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Counterfeit sunscreens promise protection they never deliver.',
      'Cheap linen shirts lose their shape after a few washes.',
      'Knockoff bedside tables wobble as soon as you open a drawer.',
      'An imitation oak finish peels within a season.',
    ],
    slogans: ['Linen for long summers.', 'Sun on your skin, nothing in your way.'],
    chineseLeftovers: [],
    duplicateLead: 'In a nutshell: ',
    titleStuffing: ' | Summer Essentials, Gift Idea, Best Seller, Free Returns, Top Rated',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Eine Fälschung erkennt man am unsauberen Rundlauf der Scheibe.',
      'Nachahmungen aus Pressspan verziehen sich schon nach kurzer Zeit.',
      'Billige Datteln werden oft mit Sirup nachgesüßt.',
      'Imitate ohne Wiederanlaufschutz sind auf der Baustelle ein Risiko.',
    ],
    slogans: ['Präzision, die in der Hand liegt.', 'Süß wie ein Spätsommerabend.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz und knapp: ',
    titleStuffing: ' – Bestseller, Geschenkidee, Top-Qualität, Schnelle Lieferung, Neuheit',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のなつめは甘味料で味をごまかしていることがあります。',
      'コピー品のおもちゃは塗料の安全性が確認されていません。',
      '偽物のくるみは油が酸化しやすいので注意してください。',
      '模倣品のままごとキッチンは角がとがっていることがあります。',
    ],
    slogans: ['木のぬくもりで、ごっこ遊びを。', '自然の甘さを、毎日のおやつに。'],
    chineseLeftovers: ['这些红枣又大又甜，孩子们都很喜欢吃。', '这个厨房玩具做工很好，质量没得说。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 ランキング上位 ギフト おすすめ 送料無料 新生活',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Una imitación de cocinita puede llevar pintura tóxica.',
      'Ese envase falso no pasa ningún control de calidad.',
      'Las falsificaciones de crema solar no protegen de verdad.',
      'Los protectores solares baratos dejan la cara blanca.',
    ],
    slogans: ['Jugando también se aprende.', 'El sol, sin miedo.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Regalo ideal, novedad, más vendido, envío rápido, top ventas',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les contrefaçons de meuleuses ne passent aucun contrôle.',
      'Une chemise pas chère se déforme au bout de quelques lavages.',
      'Méfiez-vous des fausses chemises en lin vendues sur les marchés.',
      'Aucune réplique n’offre la même sécurité à l’atelier.',
    ],
    slogans: ['La précision à portée de main.', 'Le lin, l’été en toute légèreté.'],
    chineseLeftovers: [],
    duplicateLead: 'Bref\u00a0: ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison rapide',
  },
};
