// Blind set, round 86 (written without reading the gate, committed before it is scored): six health-device, school,
// outdoor-cooking and cleaning products in the categories portable_mesh_nebulizers, scientific_calculators,
// charcoal_chimney_starters, ear_thermometers, portable_pizza_ovens and telescopic_window_squeegees, 12 hand-written
// listings, three artifact styles per listing and wording of its own. Artifact style of this round: the register of
// the shared dev set, i.e. ordinary model output in which most artifacts are the kinds the llm_artifact definition
// names: a lead-in before the description (in the target language, or in English inside a German field), a
// field-label prefix ("Meta description:", "Title:", "Translation:", "Título SEO:", "Meta-Beschreibung:",
// 「メタディスクリプション：」), a markdown label or heading, a code fence (plain, markdown, or a JSON object around one
// field), HTML tags (<p>, <h1>, <div class="…">), an AI disclaimer (English inside en and es, German inside de,
// Japanese inside ja), a sign-off or an offer of further versions; a few are subtler (a bracketed note on a word
// choice, a note on the wording of the offer). No digits in artifacts that land in the description, title or meta.
// The clean listings speak in a natural shop voice that uses words also found in chatter ("Please note:", "Tip:",
// "Unser Tipp:", "ポイント：", "ご注意：", "Un consejo:", "Pregunta frecuente:", "Question fréquente :", FAQ questions
// with their answers, the maker's "we" / "wir" / "nous", customer quotes with their speaker). Sources are in ordinary
// Chinese shop style (约, 以上, 以下, ranges with 到, ±, Chinese counts such as 两种, 两张, 两节, 三节). Legitimate
// numbers and number words:
// Aerin 约3微米 (about 3 microns, 約3μm), 30分贝 (30 dB, 30dB), 8毫升 (8 ml, 8mL), 45度 (45 degrees, 45度),
// 1200毫安时 (1,200 mAh, 1200mAh), 约90分钟 (about 90 minutes, 約90分), 约110克 (about 110 g (3.9 oz), 約110g),
// 两种面罩 (two masks, 2種類); idiom 每次 (after every use, 毎回: not a number);
// Sumio 417种 (417 Funktionen, 417 fonctions), 4行 (4-zeilig, 4 lignes), LR44 (44), 约3年 (rund 3 Jahre, environ 3 ans),
// 16.5×8厘米 (16,5 × 8 cm), 约100克 (rund 100 g, environ 100 g), 2年 (2 Jahre, 2 ans); 双电源 (Solar- und
// Batteriestrom, double alimentation: not a number), 初中/高中 (Mittel- und Oberstufe, collège et lycée: not numbers);
// Embra 430 stainless steel (acero inoxidable 430), 17 cm (6.7 in) and 30 cm (11.8 in), 约1.5公斤 (about 1.5 kg
// (3.3 lb), unos 1,5 kg), 两张 (two sheets, dos hojas), 约15分钟 (about 15 minutes, unos 15 minutos), 24个 (24 vent
// holes, 24 orificios), 约1.2公斤 (about 1.2 kg (2.6 lb), alrededor de 1,2 kg), quote by 王先生 (Mr Wang, el señor
// Wang); idiom 一层白灰 (a thin layer of white ash, una capa: not a number);
// Otica 1秒 (in nur 1 Sekunde, 1秒), 32.0℃ to 42.9℃ (32,0 °C bis 42,9 °C, 32.0℃〜42.9℃), ±0.2℃ (±0,2 °C), 37.5℃
// (37,5 °C), 20次 (20 Messungen, 20回分), 21个 (21 Einweg-Schutzkappen, 21個), 两节 AAA (zwei AAA-Batterien, 2本),
// 10分钟 (10 Minuten, 10分); idioms 一眼 (auf einen Blick, ひと目で) and 一次性 (Einweg-, 使い捨て: not numbers);
// Pizzeo 12英寸 (12-inch, 12 Zoll), 500℃ (500 °C (932 °F), 500 °C), 约20分钟 (about 20 minutes, rund 20 Minuten),
// 60到90秒 (60 to 90 seconds, 60 bis 90 Sekunden), 1厘米 (1 cm (0.4 in), 1 cm), 11.5公斤 (11.5 kg (25.4 lb),
// 11,5 kg), 1.5米 (1.5 m (4.9 ft), 1,5 m), 30分钟 (30 minutes, 30 Minuten); 双层 (double-walled, doppelwandig: not a
// number), 首次 (before using it, bevor Sie … benutzen: not a number);
// Sheeno 三节 (tres tramos, trois sections), 60到150厘米 (de 60 a 150 cm, de 60 à 150 cm), 30厘米 (30 cm),
// 180度 (180 grados, 180 degrés), 2块 (2 esponjas, 2 éponges), 约450克 (unos 450 g, environ 450 g); idiom 一面…一面
// (por un lado … por el otro, d'un côté … de l'autre: not numbers).
// Number edits: Aerin en 90 → 120 minutes (dropped + invented), ja meta 30dB → 25dB (invented); Sumio de title 417 →
// 450 Funktionen (invented), fr 3 → 5 ans (dropped + invented); Embra en meta 15 → 10 minutes (invented), es 24 → 32
// orificios (dropped + invented); Otica de ±0,2 → ±0,1 °C (dropped + invented), ja title 1秒 → 0.5秒 (invented); Pizzeo
// en title 12-Inch → 16-Inch (invented), de 11,5 → 9,5 kg (dropped + invented); Sheeno es meta 30 → 35 cm
// (invented), fr 180 → 270 degrés (dropped + invented).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const NEB_ZH = 'Aerin 便携式网式雾化器 静音可充电';
const NEB_SRC =
  'Aerin 便携式网式雾化器采用微孔网片雾化技术，雾化颗粒平均约3微米，能更好地到达呼吸道深处。工作噪音低于30分贝，孩子睡着时也能使用。药杯容量8毫升，机身可倾斜45度使用，躺着也不漏液。内置1200毫安时电池，充满电约可连续使用90分钟。整机重约110克，放进包里随时带走。配有成人和儿童两种面罩，另附咬嘴。温馨提示：每次使用后请用清水冲洗药杯，并按医生指导使用药液。';
const CALC_ZH = 'Sumio 函数计算器 417种功能 太阳能双电源';
const CALC_SRC =
  'Sumio 函数计算器拥有417种功能，涵盖分数、统计、方程、矩阵和复数运算，适合初中、高中及大学理工科学生使用。采用4行高清显示屏，算式和结果同时显示，检查步骤更方便。太阳能和电池双电源供电，光线不足时自动切换，LR44纽扣电池可用约3年。硅胶按键，按压手感清晰。机身尺寸16.5×8厘米，重约100克，附带硬质滑盖保护壳。本款已通过考试用计算器认证，不带编程和存储功能，可以放心带进考场。如有质量问题，我们提供2年保修。';
const CHIMNEY_ZH = 'Embra 不锈钢木炭引火桶 快速点炭';
const CHIMNEY_SRC =
  'Embra 木炭引火桶采用430不锈钢，桶身直径17厘米、高30厘米，可装约1.5公斤木炭，足够中号烤炉使用。底部放两张揉成团的报纸，点燃后利用烟囱效应，约15分钟炭就能烧透，不用扇风，也不用引火油。隔热手柄加了护手板，倒炭时手不会被烫到。桶壁四周有24个通风孔，空气流通更快。整个重约1.2公斤，可以收进烧烤箱。小贴士：炭表面盖上一层白灰，就可以倒进烤炉了。顾客王先生说：“以前点炭满是引火油的味道，现在烤出来的肉干净多了。”';
const EAR_ZH = 'Otica 红外耳温枪 1秒测温 婴儿适用';
const EAR_SRC =
  'Otica 红外耳温枪放入耳道，1秒即可读出体温，宝宝睡着时也能轻松测量。测量范围32.0℃到42.9℃，精度±0.2℃。体温达到37.5℃及以上时，屏幕亮起红色背光并发出提示音，一眼就能看出是否发烧。可储存最近20次测量记录，就医时方便给医生参考。附带21个一次性耳套，每次测量换新的，更卫生。使用两节AAA电池。小贴士：从室外回来后，请先在室内休息10分钟再测量，结果更准确。';
const PIZZA_ZH = 'Pizzeo 户外便携燃气披萨炉 12英寸';
const PIZZA_SRC =
  'Pizzeo 户外便携燃气披萨炉可烤12英寸披萨，炉内最高温度可达500℃，预热约20分钟，60到90秒就能烤好薄底披萨。炉底铺有1厘米厚的耐火石板，受热均匀，饼底酥脆。外壳为双层不锈钢，中间填有隔热棉。支脚可折叠，整机重11.5公斤，收起来放进后备箱就能带去露营。使用标准液化气罐，配1.5米长的减压阀软管。新炉首次使用前，我们建议先空烧30分钟，去除新炉的味道。常有顾客问：除了披萨还能烤什么？烤馕、烤鸡翅、烤蔬菜都没问题。';
const SQUEEGEE_ZH = 'Sheeno 伸缩杆擦窗器 海绵刮条两用';
const SQUEEGEE_SRC =
  'Sheeno 伸缩杆擦窗器一面是吸水海绵，一面是硅胶刮条，先擦后刮，玻璃上不留水痕。伸缩杆由三节铝合金管组成，长度可在60到150厘米之间调节，站在地上就能擦到高处的窗户。刮头宽30厘米，可180度旋转，窗框角落也能擦干净。海绵头可以拆下来机洗，另附2块替换海绵。整支重约450克，拿久了手也不累。淋浴房玻璃、镜子和车窗也都能用。常见问题：硅胶刮条会刮花玻璃吗？不会，刮条用的是软硅胶，放心使用。';

export const ROUND_86_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'portable_mesh_nebulizers',
    'en',
    NEB_ZH,
    NEB_SRC,
    {
      translated_description:
        'The Aerin portable mesh nebuliser uses a finely perforated mesh to turn liquid medication into a mist with an average particle size of about 3 microns, fine enough to reach deep into the airways. It runs at under 30 dB, so you can use it while your child is asleep. The medication cup holds 8 ml, and you can tilt the nebuliser up to 45 degrees without spills, even when lying down. The built-in 1,200 mAh battery gives about 90 minutes of continuous use on a full charge. Weighing about 110 g (3.9 oz), it slips into any bag and goes wherever you do. Two masks are included, for adults and for children, along with a mouthpiece. Please note: rinse the medication cup with clean water after every use, and use medication only as your doctor directs.',
      seo_title: 'Aerin Portable Mesh Nebuliser, Quiet Under 30 dB',
      meta_description:
        'Quiet, rechargeable mesh nebuliser for adults and children: a fine mist of about 3 microns, an 8 ml cup, tilts to 45 degrees and runs about 90 minutes.',
      h1: 'Aerin – Gentle Mist, Quiet Nights',
      marketing_copy_a:
        'A single compact device for the whole family: adult and child masks, a rechargeable battery instead of a trailing cable, and a mist fine enough to do its job. Order your Aerin today.',
      marketing_copy_b:
        'No humming motor, no hunting for a socket at bedtime. Your little one sleeps on while the Aerin does its quiet work beside the pillow. Discover the Aerin.',
      marketing_copy_c:
        'This month only: a free travel pouch with every Aerin. Add it to your cart before the month is out.',
    },
    {
      field: 'translated_description',
      find: 'about 90 minutes',
      replace: 'about 120 minutes',
      labels: ['number_dropped', 'number_invented'],
    },
    'Weighing about 110 g (3.9 oz), it slips into any bag and goes wherever you do.',
  ),
  listing(
    'p01',
    'portable_mesh_nebulizers',
    'ja',
    NEB_ZH,
    NEB_SRC,
    {
      translated_description:
        'Aerinのポータブルメッシュ式ネブライザーは、微細な穴のあいたメッシュで薬液を霧状にする方式を採用。粒子の大きさは平均約3μmで、呼吸器の奥まで届きやすくなっています。動作音は30dB以下と静かなので、お子さまが眠っている間にも使えます。薬液カップの容量は8mLで、本体を45度まで傾けても液漏れせず、横になったままでも吸入できます。1200mAhのバッテリーを内蔵し、満充電で約90分連続使用できます。重さは約110gと軽く、バッグに入れていつでも持ち歩けます。大人用と子ども用の2種類のマスクに加え、マウスピースも付属しています。ご注意：使用後は毎回薬液カップを水でよくすすぎ、薬液は医師の指示に従ってお使いください。',
      seo_title: 'Aerin メッシュ式ネブライザー 静音30dB 充電式',
      meta_description:
        '粒子径約3μmの細かなミストで呼吸器の奥まで届くメッシュ式ネブライザー。動作音30dB以下の静音設計で、お子さまの就寝中にも使えます。',
      h1: 'Aerin 眠りをさまたげない、やさしい吸入',
      marketing_copy_a:
        '大人用・子ども用のマスク付きで、家族みんなで使えます。コードレスだから、リビングでも寝室でも場所を選びません。今すぐチェック。',
      marketing_copy_b:
        '夜中の吸入も、モーター音を気にせずそっと。お子さまの寝息を聞きながら、静かにケアできます。ぜひお試しください。',
      marketing_copy_c: '今月は収納ポーチをプレゼント中。ご注文はお早めに。',
    },
    {
      field: 'meta_description',
      find: '動作音30dB以下',
      replace: '動作音25dB以下',
      labels: ['number_invented'],
    },
    '重さは約110gと軽く、バッグに入れていつでも持ち歩けます。',
  ),
  listing(
    'p02',
    'scientific_calculators',
    'de',
    CALC_ZH,
    CALC_SRC,
    {
      translated_description:
        'Der wissenschaftliche Taschenrechner Sumio bietet 417 Funktionen – von Brüchen, Statistik und Gleichungen bis zu Matrizen und komplexen Zahlen – und eignet sich für die Mittel- und Oberstufe ebenso wie für ein technisches oder naturwissenschaftliches Studium. Das hochauflösende 4-zeilige Display zeigt Rechnung und Ergebnis gleichzeitig, sodass Sie jeden Schritt leicht überprüfen können. Er arbeitet mit Solar- und Batteriestrom und schaltet bei wenig Licht automatisch um; die Knopfzelle LR44 hält rund 3 Jahre. Die Silikontasten haben einen klaren, gut spürbaren Druckpunkt. Mit 16,5 × 8 cm und rund 100 g passt er in jedes Federmäppchen, eine stabile Schiebehülle ist dabei. Der Rechner ist als Prüfungsrechner zertifiziert und hat weder Programmier- noch Speicherfunktion – er darf also bedenkenlos mit in die Prüfung. Und sollte doch etwas nicht stimmen: Wir geben 2 Jahre Garantie.',
      seo_title: 'Sumio Schulrechner mit 417 Funktionen, Solar & Batterie',
      meta_description:
        'Wissenschaftlicher Taschenrechner Sumio: 417 Funktionen, 4-zeiliges Display, Solar- und Batteriebetrieb, für Prüfungen zertifiziert, 2 Jahre Garantie.',
      h1: 'Sumio – der Rechner, der mit in die Prüfung darf',
      marketing_copy_a:
        'Von der Bruchrechnung in der Mittelstufe bis zur Matrix im Studium: ein Rechner, der die ganze Ausbildung mitmacht, ohne dass Sie ständig Batterien nachkaufen. Jetzt bestellen.',
      marketing_copy_b:
        'Prüfungstag, Herzklopfen – und dann liegen da Tasten unter den Fingern, die sich vertraut anfühlen. Ein bisschen Ruhe, wenn es darauf ankommt. Entdecken Sie den Sumio.',
      marketing_copy_c:
        'Zum Schulstart legen wir eine Ersatz-Knopfzelle gratis dazu. Sichern Sie sich Ihren Sumio jetzt.',
    },
    {
      field: 'seo_title',
      find: 'mit 417 Funktionen',
      replace: 'mit 450 Funktionen',
      labels: ['number_invented'],
    },
    'Mit 16,5 × 8 cm und rund 100 g passt er in jedes Federmäppchen, eine stabile Schiebehülle ist dabei.',
  ),
  listing(
    'p02',
    'scientific_calculators',
    'fr',
    CALC_ZH,
    CALC_SRC,
    {
      translated_description:
        'La calculatrice scientifique Sumio offre 417 fonctions, des fractions aux statistiques en passant par les équations, les matrices et les nombres complexes : elle accompagne les élèves du collège et du lycée comme les étudiants des filières scientifiques. Son écran haute définition de 4 lignes affiche en même temps le calcul et le résultat, pour vérifier chaque étape plus facilement. Elle fonctionne à l’énergie solaire et sur pile, et bascule automatiquement quand la lumière manque ; la pile bouton LR44 tient environ 3 ans. Les touches en silicone offrent une frappe nette et précise. Avec ses 16,5 × 8 cm et environ 100 g, elle se glisse dans n’importe quelle trousse, et un étui rigide coulissant est fourni. Certifiée pour les examens, elle n’a ni fonction de programmation ni mémoire de stockage : vous pouvez l’emporter en salle d’examen l’esprit tranquille. En cas de défaut, nous la garantissons 2 ans.',
      seo_title: 'Calculatrice scientifique Sumio, 417 fonctions, solaire',
      meta_description:
        'Calculatrice scientifique Sumio : 417 fonctions, écran de 4 lignes, alimentation solaire et pile, autorisée aux examens et garantie 2 ans.',
      h1: 'Sumio, la calculatrice qui vous suit jusqu’à l’examen',
      marketing_copy_a:
        'Du collège aux études supérieures, une seule calculatrice pour tous les programmes, sans courir acheter des piles la veille d’un contrôle. Commandez la vôtre dès aujourd’hui.',
      marketing_copy_b:
        'Le jour de l’examen, le cœur bat un peu plus vite. Des touches familières sous les doigts, un écran qui montre tout : de quoi garder la tête froide. Découvrez Sumio.',
      marketing_copy_c: 'Pour la rentrée, une pile de rechange offerte avec chaque Sumio. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'tient environ 3 ans',
      replace: 'tient environ 5 ans',
      labels: ['number_dropped', 'number_invented'],
    },
    'Avec ses 16,5 × 8 cm et environ 100 g, elle se glisse dans n’importe quelle trousse, et un étui rigide coulissant est fourni.',
  ),
  listing(
    'p03',
    'charcoal_chimney_starters',
    'en',
    CHIMNEY_ZH,
    CHIMNEY_SRC,
    {
      translated_description:
        'The Embra charcoal chimney starter is made of 430 stainless steel and measures 17 cm (6.7 in) across and 30 cm (11.8 in) high. It holds about 1.5 kg (3.3 lb) of charcoal, plenty for a medium-sized grill. Put two sheets of scrunched-up newspaper in the bottom and light them: the chimney effect gets the coals glowing in about 15 minutes, with no fanning and no lighter fluid. The heat-resistant handle has a guard plate, so your hand stays clear of the heat as you pour. There are 24 vent holes around the wall to keep the air moving faster. It weighs about 1.2 kg (2.6 lb) and packs away in your barbecue box. Tip: when the coals are covered in a thin layer of white ash, they are ready to tip into the grill. Customer Mr Wang says: “Lighting the charcoal used to leave everything smelling of lighter fluid. Now the meat just tastes clean.”',
      seo_title: 'Embra Charcoal Chimney Starter, 430 Stainless Steel',
      meta_description:
        'Embra chimney starter in 430 stainless steel: holds about 1.5 kg of charcoal and gets it glowing in about 15 minutes, no lighter fluid needed.',
      h1: 'Embra – Glowing Coals Without the Fuss',
      marketing_copy_a:
        'No lighter fluid to buy, no fanning, no chemical taste in your burgers: just newspaper, a match and a sturdy steel chimney. Get your Embra now.',
      marketing_copy_b:
        'The drinks are cold, friends are arriving and the coals are already glowing. That is how a barbecue afternoon should begin. Discover the Embra.',
      marketing_copy_c:
        'Grill-season special: a pair of heat-proof gloves free with every Embra. Order yours today.',
    },
    {
      field: 'meta_description',
      find: 'in about 15 minutes',
      replace: 'in about 10 minutes',
      labels: ['number_invented'],
    },
    'It weighs about 1.2 kg (2.6 lb) and packs away in your barbecue box.',
  ),
  listing(
    'p03',
    'charcoal_chimney_starters',
    'es',
    CHIMNEY_ZH,
    CHIMNEY_SRC,
    {
      translated_description:
        'El encendedor de carbón tipo chimenea Embra está fabricado en acero inoxidable 430 y mide 17 cm de diámetro y 30 cm de alto. Admite unos 1,5 kg de carbón, suficiente para una barbacoa mediana. Coloca dos hojas de periódico arrugadas en la base y enciéndelas: gracias al efecto chimenea, en unos 15 minutos las brasas están listas, sin abanicar y sin líquido encendedor. El asa termoaislante lleva una placa protectora para que no te quemes la mano al volcar el carbón. Las paredes tienen 24 orificios de ventilación que hacen circular el aire más rápido. Pesa alrededor de 1,2 kg y cabe en la caja de la barbacoa. Un consejo: cuando el carbón se cubra de una capa de ceniza blanca, ya puedes echarlo en la parrilla. Nuestro cliente, el señor Wang, nos cuenta: «Antes, al encender el carbón todo olía a líquido encendedor; ahora la carne sabe mucho más limpia».',
      seo_title: 'Encendedor de carbón Embra de acero inoxidable 430',
      meta_description:
        'Chimenea de encendido Embra en acero inoxidable 430: carga 1,5 kg de carbón y deja las brasas listas en unos 15 minutos, sin líquido encendedor.',
      h1: 'Embra, brasas listas sin complicaciones',
      marketing_copy_a:
        'Sin pastillas químicas, sin abanicar y sin sabores raros en la carne: solo periódico, una cerilla y una chimenea de acero que dura. Consigue tu Embra.',
      marketing_copy_b:
        'Las cervezas en la nevera, los amigos llegando y las brasas ya a punto. Así empieza una buena tarde de barbacoa. Descubre Embra.',
      marketing_copy_c: 'Oferta de temporada: guantes térmicos de regalo con cada Embra. Pídelo ya.',
    },
    {
      field: 'translated_description',
      find: 'tienen 24 orificios',
      replace: 'tienen 32 orificios',
      labels: ['number_dropped', 'number_invented'],
    },
    'Pesa alrededor de 1,2 kg y cabe en la caja de la barbacoa.',
  ),
  listing(
    'p04',
    'ear_thermometers',
    'de',
    EAR_ZH,
    EAR_SRC,
    {
      translated_description:
        'Das Infrarot-Ohrthermometer Otica wird in den Gehörgang gesetzt und zeigt die Temperatur in nur 1 Sekunde an – so messen Sie auch bei Ihrem schlafenden Baby ganz entspannt. Der Messbereich reicht von 32,0 °C bis 42,9 °C, die Genauigkeit liegt bei ±0,2 °C. Ab 37,5 °C leuchtet das Display rot auf und ein Signalton erklingt, sodass Sie Fieber auf einen Blick erkennen. Die letzten 20 Messungen werden gespeichert, praktisch für den nächsten Arztbesuch. Im Lieferumfang sind 21 Einweg-Schutzkappen enthalten; wechseln Sie die Kappe bei jeder Messung, das ist hygienischer. Betrieben wird das Thermometer mit zwei AAA-Batterien. Unser Tipp: Wenn Sie von draußen hereinkommen, warten Sie vor dem Messen 10 Minuten im Raum, dann ist das Ergebnis genauer.',
      seo_title: 'Otica Ohrthermometer, Messung in 1 Sekunde, fürs Baby',
      meta_description:
        'Infrarot-Ohrthermometer Otica: Messung in 1 Sekunde, Bereich 32,0 bis 42,9 °C, Genauigkeit ±0,2 °C, Fieberalarm ab 37,5 °C, Speicher für 20 Werte.',
      h1: 'Otica – Fieber messen, ohne das Baby zu wecken',
      marketing_copy_a:
        'Schnell, leise und mit Speicher für den Kinderarzt: das Thermometer, das in jede Hausapotheke gehört. Jetzt bestellen.',
      marketing_copy_b:
        'Mitten in der Nacht, die Stirn fühlt sich heiß an, und Sie wollen Ihr Kind nicht wecken. Mit Otica haben Sie Gewissheit, bevor es sich überhaupt umdreht. Entdecken Sie Otica.',
      marketing_copy_c:
        'Diesen Monat legen wir eine Extrapackung Schutzkappen gratis dazu. Sichern Sie sich Ihr Otica jetzt.',
    },
    {
      field: 'translated_description',
      find: 'liegt bei ±0,2 °C',
      replace: 'liegt bei ±0,1 °C',
      labels: ['number_dropped', 'number_invented'],
    },
    'Im Lieferumfang sind 21 Einweg-Schutzkappen enthalten; wechseln Sie die Kappe bei jeder Messung, das ist hygienischer.',
  ),
  listing(
    'p04',
    'ear_thermometers',
    'ja',
    EAR_ZH,
    EAR_SRC,
    {
      translated_description:
        'Oticaの赤外線耳式体温計は、耳の穴に入れるだけで1秒で体温が測れます。赤ちゃんが眠っているあいだも、起こさずにさっと検温できます。測定範囲は32.0℃〜42.9℃、精度は±0.2℃です。37.5℃以上になると画面が赤く光り、お知らせ音が鳴るので、発熱しているかどうかがひと目でわかります。直近20回分の測定記録を保存でき、受診の際に医師に見せるのにも便利です。使い捨てのプローブカバーが21個付いているので、測るたびに新しいものに交換でき、衛生的です。電源はAAA乾電池2本です。ポイント：屋外から戻ったときは、室内で10分ほど休んでから測ると、より正確に測れます。',
      seo_title: 'Otica 耳式体温計 1秒測定 赤ちゃんの検温に',
      meta_description:
        '耳に入れて1秒で測れる赤外線耳式体温計。測定範囲32.0〜42.9℃、精度±0.2℃。37.5℃以上は赤く光ってお知らせし、直近20回分の記録も残せます。',
      h1: 'Otica 寝顔を見守りながら、すばやく検温',
      marketing_copy_a: '速く、静かに、記録も残せる。ご家庭の救急箱にあると安心の体温計です。今すぐ購入。',
      marketing_copy_b:
        '夜中に「熱いかも」と感じたときも、寝顔を見守りながらそっと検温。慌てずに次の行動を決められます。ぜひチェックしてください。',
      marketing_copy_c: '今ならプローブカバーの追加パックをプレゼント。在庫がなくなる前に、お早めにどうぞ。',
    },
    { field: 'seo_title', find: '1秒測定', replace: '0.5秒測定', labels: ['number_invented'] },
    'ポイント：屋外から戻ったときは、室内で10分ほど休んでから測ると、より正確に測れます。',
  ),
  listing(
    'p05',
    'portable_pizza_ovens',
    'en',
    PIZZA_ZH,
    PIZZA_SRC,
    {
      translated_description:
        'The Pizzeo portable gas pizza oven bakes 12-inch pizzas and reaches up to 500 °C (932 °F) inside. It preheats in about 20 minutes, then turns out a thin-crust pizza in 60 to 90 seconds. The floor is lined with a 1 cm (0.4 in) thick fireproof stone that spreads the heat evenly for a crisp base. The double-walled stainless steel body is packed with insulation. The legs fold away, and at 11.5 kg (25.4 lb) the oven goes straight into the car boot for a camping trip. It runs on a standard LPG cylinder and comes with a 1.5 m (4.9 ft) regulator hose. Before using your new oven, we recommend firing it empty for 30 minutes to burn off the new-oven smell. Customers often ask us: what else can it cook? Flatbreads, chicken wings and roasted vegetables all come out beautifully.',
      seo_title: 'Pizzeo Portable Gas Pizza Oven for 12-Inch Pizzas',
      meta_description:
        'Portable gas pizza oven that reaches 500 °C and bakes a 12-inch thin-crust pizza in 60 to 90 seconds, with a stone floor and fold-away legs for camping.',
      h1: 'Pizzeo – Pizzeria Crusts Wherever You Pitch Up',
      marketing_copy_a:
        'Restaurant-style crust in your garden or at the campsite, with no wood to haul and no ash to sweep up afterwards. Order your Pizzeo today.',
      marketing_copy_b:
        'Flour on your hands, friends gathered round and a pizza already bubbling on the stone. Evenings like that are what summer is for. Discover the Pizzeo.',
      marketing_copy_c:
        'Launch offer: a free pizza peel with every Pizzeo this month. Grab yours while stocks last.',
    },
    {
      field: 'seo_title',
      find: 'for 12-Inch Pizzas',
      replace: 'for 16-Inch Pizzas',
      labels: ['number_invented'],
    },
    'It runs on a standard LPG cylinder and comes with a 1.5 m (4.9 ft) regulator hose.',
  ),
  listing(
    'p05',
    'portable_pizza_ovens',
    'de',
    PIZZA_ZH,
    PIZZA_SRC,
    {
      translated_description:
        'Der tragbare Gas-Pizzaofen Pizzeo backt Pizzen mit 12 Zoll Durchmesser und erreicht im Innenraum bis zu 500 °C. Nach rund 20 Minuten Vorheizen ist eine dünne Pizza in 60 bis 90 Sekunden fertig. Auf dem Ofenboden liegt ein 1 cm dicker, feuerfester Pizzastein, der die Hitze gleichmäßig verteilt – so wird die Pizza unten schön knusprig. Das doppelwandige Edelstahlgehäuse ist mit Dämmwolle gefüllt. Die Standfüße lassen sich einklappen; mit 11,5 kg passt der Ofen in den Kofferraum und kommt mit zum Camping. Betrieben wird er mit einer handelsüblichen Flüssiggasflasche, ein 1,5 m langer Schlauch mit Druckminderer liegt bei. Bevor Sie den neuen Ofen benutzen, empfehlen wir, ihn 30 Minuten leer zu heizen, damit der Neugeruch verschwindet. Kunden fragen uns oft: Was kann man außer Pizza noch darin backen? Fladenbrot, Chicken Wings und Ofengemüse gelingen problemlos.',
      seo_title: 'Pizzeo Gas-Pizzaofen für 12-Zoll-Pizzen, tragbar',
      meta_description:
        'Tragbarer Gas-Pizzaofen Pizzeo: bis 500 °C, Pizza in 60 bis 90 Sekunden, feuerfester Stein und klappbare Füße – ideal für Garten und Camping.',
      h1: 'Pizzeo – knuspriger Boden unter freiem Himmel',
      marketing_copy_a:
        'Pizzeria-Qualität im Garten oder auf dem Campingplatz, ohne Holz zu schleppen und ohne Asche wegzukehren. Jetzt bestellen.',
      marketing_copy_b:
        'Mehl an den Händen, Freunde am Tisch und auf dem Stein wirft der Teig schon Blasen. Genau für solche Sommerabende ist der Pizzeo gemacht. Entdecken Sie ihn jetzt.',
      marketing_copy_c:
        'Zum Marktstart gibt es eine Pizzaschaufel gratis dazu. Sichern Sie sich Ihren Pizzeo, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'mit 11,5 kg passt',
      replace: 'mit 9,5 kg passt',
      labels: ['number_dropped', 'number_invented'],
    },
    'Betrieben wird er mit einer handelsüblichen Flüssiggasflasche, ein 1,5 m langer Schlauch mit Druckminderer liegt bei.',
  ),
  listing(
    'p06',
    'telescopic_window_squeegees',
    'es',
    SQUEEGEE_ZH,
    SQUEEGEE_SRC,
    {
      translated_description:
        'El limpiacristales con mango telescópico Sheeno tiene una esponja absorbente por un lado y una lama de silicona por el otro: primero frotas, luego escurres, y el cristal queda sin marcas de agua. El mango consta de tres tramos de aluminio y se ajusta de 60 a 150 cm, así que llegas a las ventanas altas sin subirte a nada. El cabezal mide 30 cm de ancho y gira 180 grados, para limpiar bien hasta las esquinas del marco. La esponja se desmonta y se lava a máquina, y se incluyen 2 esponjas de recambio. Pesa unos 450 g, así que no cansa aunque lo uses un buen rato. También sirve para mamparas de ducha, espejos y ventanillas del coche. Pregunta frecuente: ¿la lama de silicona raya el cristal? No, es de silicona blanda, así que puedes usarlo con total tranquilidad.',
      seo_title: 'Limpiacristales telescópico Sheeno de 60 a 150 cm',
      meta_description:
        'Limpiacristales Sheeno con esponja y lama de silicona, mango telescópico de 60 a 150 cm y cabezal de 30 cm que gira 180 grados. Cristales sin marcas.',
      h1: 'Sheeno, ventanas relucientes sin escalera',
      marketing_copy_a:
        'Una sola herramienta para ventanas, mamparas y espejos, con esponja lavable y recambios incluidos. Compra tu Sheeno hoy.',
      marketing_copy_b:
        'Ese momento en que entra el sol y el cristal está tan limpio que parece que no existe. Así da gusto estar en casa. Descubre Sheeno.',
      marketing_copy_c:
        'Solo esta semana: un paño de microfibra de regalo con cada Sheeno. Aprovecha la oferta.',
    },
    {
      field: 'meta_description',
      find: 'cabezal de 30 cm',
      replace: 'cabezal de 35 cm',
      labels: ['number_invented'],
    },
    'Pesa unos 450 g, así que no cansa aunque lo uses un buen rato.',
  ),
  listing(
    'p06',
    'telescopic_window_squeegees',
    'fr',
    SQUEEGEE_ZH,
    SQUEEGEE_SRC,
    {
      translated_description:
        'La raclette à vitres télescopique Sheeno associe une éponge absorbante d’un côté et une lame en silicone de l’autre : on lave, puis on racle, et la vitre reste sans traces d’eau. Le manche se compose de trois sections en aluminium et se règle de 60 à 150 cm, pour atteindre les fenêtres en hauteur sans quitter le sol. La tête de 30 cm de large pivote à 180 degrés et nettoie jusque dans les coins du cadre. L’éponge se retire et passe en machine, et 2 éponges de rechange sont fournies. Avec environ 450 g, la raclette reste légère même quand on s’en sert longtemps. Elle convient aussi aux parois de douche, aux miroirs et aux vitres de voiture. Question fréquente : la lame en silicone raye-t-elle le verre ? Non, elle est en silicone souple, vous pouvez l’utiliser sans crainte.',
      seo_title: 'Raclette à vitres télescopique Sheeno, 60 à 150 cm',
      meta_description:
        'Raclette à vitres Sheeno : éponge et lame en silicone, manche télescopique de 60 à 150 cm et tête de 30 cm pivotante, pour des vitres nettes sans escabeau.',
      h1: 'Sheeno, des vitres impeccables sans monter sur une chaise',
      marketing_copy_a:
        'Un seul outil pour les fenêtres, la douche et les miroirs, avec des éponges lavables en machine. Commandez votre Sheeno dès aujourd’hui.',
      marketing_copy_b:
        'Le soleil entre, et la vitre est si propre qu’on la croirait ouverte. Un petit bonheur de tous les jours. Découvrez Sheeno.',
      marketing_copy_c: 'Cette semaine, une microfibre offerte avec chaque Sheeno. Profitez-en !',
    },
    {
      field: 'translated_description',
      find: 'pivote à 180 degrés',
      replace: 'pivote à 270 degrés',
      labels: ['number_dropped', 'number_invented'],
    },
    'L’éponge se retire et passe en machine, et 2 éponges de rechange sont fournies.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (nebuliser) takes styles 0-2, listing 2 (chimney starter) 3-5, listing 3 (pizza oven) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  // a lead-in before the description
  (c) => ({
    translated_description: `Sure! Here’s the English translation of the product description:\n\n${c.translated_description}`,
  }),
  // a field-label prefix
  (c) => ({ meta_description: `Meta description: ${c.meta_description}` }),
  // a sign-off
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nI hope this helps! Let me know if you’d like any changes to the tone.`,
  }),
  // a JSON object in a code fence
  (c) => ({
    translated_description: `\`\`\`json\n{\n  "translated_description": "${c.translated_description}"\n}\n\`\`\``,
  }),
  // a field-label prefix on the title
  (c) => ({ seo_title: `Title: ${c.seo_title}` }),
  // a markdown heading
  (c) => ({ marketing_copy_b: `### Marketing Copy B (Emotional)\n${c.marketing_copy_b}` }),
  // an AI disclaimer
  (c) => ({
    translated_description: `${c.translated_description}\n\nAs an AI language model, I cannot verify the temperature and timing figures, so please check them against the manufacturer’s specifications before publishing.`,
  }),
  // HTML tags
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  // a note on a word choice
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (Note: I went with “peel”; “pizza paddle” may be more familiar to some shoppers.)`,
  }),
];

// de: listing 1 (calculator) takes styles 0-2, listing 2 (ear thermometer) 3-5, listing 3 (pizza oven) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  // an English lead-in before the German description
  (c) => ({ translated_description: `Here is the German translation:\n\n${c.translated_description}` }),
  // HTML tags
  (c) => ({ marketing_copy_b: `<p>${c.marketing_copy_b}</p>` }),
  // a markdown label
  (c) => ({ h1: `**Hauptüberschrift:** ${c.h1}` }),
  // an AI disclaimer
  (c) => ({
    translated_description: `${c.translated_description}\n\nHinweis: Diese Übersetzung wurde von einer KI erstellt und ersetzt keine ärztliche Beratung.`,
  }),
  // a field-label prefix
  (c) => ({ meta_description: `Meta-Beschreibung: ${c.meta_description}` }),
  // a sign-off
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nViel Erfolg mit dem Launch! Wenn Sie weitere Varianten brauchen, melden Sie sich einfach.`,
  }),
  // a code fence
  (c) => ({ translated_description: `\`\`\`markdown\n${c.translated_description}\n\`\`\`` }),
  // an English field-label prefix
  (c) => ({ marketing_copy_a: `Translation: ${c.marketing_copy_a}` }),
  // a bracketed note on a word choice
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(Anmerkung: „Pizzastein“ statt „Steinplatte“, weil Kunden eher danach suchen.)',
    ),
  }),
];

// ja: listing 1 (nebuliser) takes styles 0-2, listing 2 (ear thermometer) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  // a lead-in before the description
  (c) => ({ translated_description: `以下は商品説明の日本語訳です。\n\n${c.translated_description}` }),
  // HTML tags
  (c) => ({ marketing_copy_b: `<div class="copy-emotion">${c.marketing_copy_b}</div>` }),
  // a sign-off
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n以上となります。修正のご希望があれば、お気軽にお申し付けください。`,
  }),
  // a JSON object in a code fence
  (c) => ({
    translated_description: `\`\`\`json\n{"translated_description": "${c.translated_description}"}\n\`\`\``,
  }),
  // a field-label prefix
  (c) => ({ meta_description: `メタディスクリプション：${c.meta_description}` }),
  // an AI disclaimer
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\n※AIによる翻訳のため、医療に関する表現は専門家にご確認ください。`,
  }),
];

// es: listing 1 (chimney starter) takes styles 0-2, listing 2 (window squeegee) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  // a lead-in before the description
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la traducción de la descripción:\n\n${c.translated_description}`,
  }),
  // a markdown label
  (c) => ({ marketing_copy_a: `**Texto centrado en el valor:** ${c.marketing_copy_a}` }),
  // an offer of further versions
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
  // an English AI disclaimer
  (c) => ({
    translated_description: `${c.translated_description}\n\nAs an AI language model, I cannot guarantee that this cleaning advice suits every type of glass.`,
  }),
  // a field-label prefix
  (c) => ({ seo_title: `Título SEO: ${c.seo_title}` }),
  // a code fence
  (c) => ({ marketing_copy_b: `\`\`\`\n${c.marketing_copy_b}\n\`\`\`` }),
];

// fr: listing 1 (calculator) takes styles 0-2, listing 2 (window squeegee) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  // a lead-in before the description
  (c) => ({
    translated_description: `Voici la traduction en français de la fiche produit :\n\n${c.translated_description}`,
  }),
  // HTML tags
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  // a sign-off
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nJ’espère que ces textes vous conviendront ! Dites-moi si vous souhaitez des ajustements.`,
  }),
  // an English field-label prefix
  (c) => ({ translated_description: `Translation:\n${c.translated_description}` }),
  // a JSON object in a code fence
  (c) => ({ meta_description: `\`\`\`json\n{"meta_description": "${c.meta_description}"}\n\`\`\`` }),
  // a markdown label
  (c) => ({ marketing_copy_b: `**Texte émotionnel :** ${c.marketing_copy_b}` }),
];

export const ROUND_86_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap nebulisers often rattle loudly at night.',
      'A knockoff chimney starter can warp after a few fires.',
      'Replica pizza ovens rarely reach full heat.',
      'Fake pizza stones tend to crack under high heat.',
    ],
    slogans: ['Breathe easy, sleep on.', 'Fire up, sit back.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Best Seller, Gift Idea, Top Rated, Fast Delivery, New In',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Taschenrechner fallen in der Prüfung oft aus.',
      'Eine Fälschung misst die Temperatur nicht zuverlässig.',
      'Nachahmungen unseres Ofens werden außen gefährlich heiß.',
      'Imitate ohne Zulassung werden in der Klausur eingesammelt.',
    ],
    slogans: ['Rechnen mit Ruhe.', 'Pizzaabend, wann immer Sie wollen.'],
    chineseLeftovers: [],
    duplicateLead: 'Auf den Punkt gebracht: ',
    titleStuffing: ' – Bestseller, Geschenkidee, Neuheit, Angebot, Schnellversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の体温計は測るたびに数値がばらつきます。',
      'コピー品のネブライザーはメッシュがすぐ詰まります。',
      '偽物のプローブカバーは耳に合わないことがあります。',
      '模倣品の吸入器は動作音が大きめです。',
    ],
    slogans: ['静かな吸入、やすらかな夜。', 'ひと目でわかる安心。'],
    chineseLeftovers: [
      '这个雾化器声音很小，孩子睡觉时也不会被吵醒。',
      '这款体温计测得很快，晚上给宝宝量体温很方便。',
    ],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜人気 ランキング入り おすすめ ギフト 送料無料 新生活',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los encendedores baratos se deforman con el calor.',
      'Una imitación de limpiacristales deja marcas en el vidrio.',
      'Las falsificaciones no incluyen esponjas de recambio.',
      'Un mango falso se dobla enseguida.',
    ],
    slogans: ['Brasas listas, tarde perfecta.', 'Cristales que no se ven.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Más vendido, novedad, idea regalo, envío rápido, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une calculatrice pas chère lâche souvent le jour de l’examen.',
      'Les contrefaçons de raclettes rayent les vitres.',
      'Méfiez-vous des fausses calculatrices certifiées.',
      'Une réplique bon marché laisse des traînées sur le verre.',
    ],
    slogans: ['Le calcul en toute sérénité.', 'La transparence, tout simplement.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour résumer : ',
    titleStuffing: ' | Meilleure vente, idée cadeau, nouveauté, livraison rapide',
  },
};
