// Blind set, round 41 (written without reading the gate, committed before it is scored): six beekeeping, poultry
// and small-farm products in the categories beehive_kits, honey_extractors, beekeeping_suits, egg_incubators,
// automatic_coop_doors and heated_poultry_waterers, 12 hand-written listings, three artifact styles per listing and
// wording of its own (this round: a realistic mix of what production models of any family leave in product-content
// answers: a field label in front of a field (Heading (H1), Meta-Description, Texto B (emocional), Accroche valeur),
// a lead-in announcing the answer, a closing question or offer to the requester, a note explaining a word choice,
// an aside about SEO, keywords or mobile length, markdown debris (a stray closing code fence, an unclosed bold marker,
// an asterisk bullet, bold round a spec), a placeholder or template token ({{ shop.name }}, %%PRODUKTLINK%%,
// [担当者名], [X]), an apology or refusal fragment, a reasoning fragment and a leftover of the instructions; at the
// start, in the middle or at the end of the description, h1, meta and all three copies; no digits in any artifact);
// legitimate numbers: Melis 十框 (10-frame, 10 Rähmchen), 2.2 cm (0.87 in; 2,2 cm), 两层 (two, zwei) brood boxes,
// 10 frames per box, 5 years, 几万 (tens of thousands, Zehntausende: vague); Favo 304 stainless steel, 52 cm
// (20.5 in), 4 frames, 120 W, 0 to 400 rpm (毎分0〜400回転), 百分之九十五 (95%), 5 cm, 三条 (three, 3本) legs,
// 14 kg (31 lb), 两年 (two-year, 2年間); Apis 三层 (dreilagig, trois couches, 3 couches), 双拉链
// (Doppelreißverschluss, double fermeture éclair: not a number), 5 sizes S to XXL, 150 to 195 cm, 30 °C;
// Ovo 第2代 (second-generation, 2nd Gen, 2.ª generación), 24 eggs, 几十种 (dozens, decenas: vague), 双风扇 (dual fans,
// doble ventilador: not a number), 37.5 to 38.5 °C (99.5–101.3 °F; 37,5 a 38,5 °C), ±0.1 °C, every 2 hours,
// 一次/一键 (idiomatic), 80 W; Gallo 15 to 60 minutes, 30 × 33 cm, 2600 mAh (2 600 mAh), 5 W, 十几天 (mehr als zehn
// Tage, plus d’une dizaine de jours: vague), 零下20℃ to 60℃ (-20 °C to 60 °C; 60 also appears as minutes);
// Rivo 12 L (12 litros), 100 W, 3 °C, 零下15℃ (-15 °C, マイナス15℃), 6 nipples, 二十只 (unas veinte, 20羽ほど),
// 1.8 m (1,8 m).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, afterSentenceJa, listing, type BlindListing, type DefectWording } from './blind-set';

const HIVE_ZH = 'Melis 朗氏十框蜂箱套装';
const HIVE_SRC =
  'Melis 朗氏十框蜂箱套装由新西兰辐射松制成，板厚2.2厘米，包含两层巢箱、铁纱防螨底板和带通风孔的箱盖。每层放10个巢框，巢框均已预装蜂蜡巢础。外表面浸涂蜂蜡，防潮防腐，户外可用5年以上。满箱可容纳几万只蜜蜂，适合新手入门。';
const EXTRACTOR_ZH = 'Favo 电动摇蜜机 4框 不锈钢';
const EXTRACTOR_SRC =
  'Favo 电动摇蜜机采用304食品级不锈钢，桶身直径52厘米，可同时放入4个标准巢框。120瓦无刷电机，转速0至400转/分无级调速，支持正反转。甩蜜率达百分之九十五以上。底部出蜜阀口径5厘米，三条支脚可拆卸。整机重约14公斤，享受两年质保。';
const SUIT_ZH = 'Apis 三层网眼透气连体养蜂服';
const SUIT_SRC =
  'Apis 连体养蜂服采用三层网眼透气面料，蜂针难以穿透，夏天穿着也不闷热。击剑式面罩可向后翻开，双拉链设计开合方便，手腕和脚踝处有松紧收口和拇指扣。提供S至XXL共5个尺码，适合身高150至195厘米。可机洗，水温不超过30℃。';
const INCUBATOR_ZH = 'Ovo 第2代全自动孵蛋器 24枚';
const INCUBATOR_SRC =
  'Ovo 第2代全自动孵蛋器可放24枚鸡蛋，也能孵鸭蛋、鹌鹑蛋等几十种禽蛋。内置双风扇循环，温度控制在37.5至38.5℃，误差±0.1℃。每2小时自动翻蛋一次，湿度数字显示，侧面注水无需开盖。LED照蛋灯一键检查胚胎发育。功率80瓦，适合家庭和学校使用。';
const COOP_DOOR_ZH = 'Gallo 光控定时自动鸡舍门 太阳能款';
const COOP_DOOR_SRC =
  'Gallo 自动鸡舍门可按光照或定时开关，天亮自动开门，天黑后延迟15至60分钟关门，让晚归的鸡也能进舍。门板尺寸30×33厘米，铝合金材质，遇阻自动反弹。内置2600毫安时锂电池，配5瓦太阳能板，阴雨天也可连续工作十几天。电机可在零下20℃至60℃下运行。';
const WATERER_ZH = 'Rivo 冬季加热饮水桶 12升 乳头式';
const WATERER_SRC =
  'Rivo 冬季加热饮水桶容量12升，底座内置100瓦恒温加热片，气温降到3℃以下自动启动，零下15℃也不结冰。桶底装有6个乳头式饮水器，可满足二十只左右的鸡每天饮水。桶身为加厚食品级PP材质，带提手和挂钩，可吊挂或放在地上。电源线长1.8米。';

export const ROUND_41_LISTINGS: readonly BlindListing[] = [
  listing(
    'k01',
    'beehive_kits',
    'en',
    HIVE_ZH,
    HIVE_SRC,
    {
      translated_description:
        'The Melis 10-frame Langstroth hive kit is made from New Zealand radiata pine with 2.2 cm (0.87 in) thick walls. It includes two brood boxes, a mesh varroa floor and a ventilated lid. Each box holds 10 frames, all supplied with beeswax foundation already fitted. The outside is dipped in beeswax to keep out damp and rot, so the hive lasts more than 5 years outdoors. A full hive houses tens of thousands of bees, and the kit is a friendly starting point for beginners.',
      seo_title: 'Melis Langstroth Beehive Kit, 10 Frames, Waxed Pine',
      meta_description:
        'Melis 10-frame Langstroth beehive kit in waxed radiata pine: two brood boxes, a mesh varroa floor, a vented lid and frames with beeswax foundation fitted.',
      h1: 'Melis Beehive Starter Kit for New Beekeepers',
      marketing_copy_a:
        'Frames, foundation, floor and lid all arrive together, so there is nothing extra to hunt down before your bees move in. Order the Melis kit today.',
      marketing_copy_b:
        'Picture a summer morning by the hive, the low hum of a busy colony and the smell of warm wax, then a jar of honey from your own garden. Discover beekeeping with Melis.',
      marketing_copy_c:
        'Spring season offer: a free hive tool and bee brush with every Melis kit while stocks last. Grab yours before swarm season.',
    },
    { field: 'translated_description', replace: 'Each frame is 48 cm wide.', labels: ['number_invented'] },
    'The outside is dipped in beeswax to keep out damp and rot, so the hive lasts more than 5 years outdoors.',
  ),
  listing(
    'k01',
    'beehive_kits',
    'de',
    HIVE_ZH,
    HIVE_SRC,
    {
      translated_description:
        'Das Melis Beuten-Set nach Langstroth für 10 Rähmchen besteht aus neuseeländischer Radiata-Kiefer mit 2,2 cm starken Wänden. Zum Lieferumfang gehören zwei Bruträume, ein Gitterboden gegen die Varroamilbe und ein Deckel mit Lüftungsöffnungen. Jede Zarge nimmt 10 Rähmchen auf, die bereits mit Mittelwänden aus Bienenwachs bestückt sind. Außen ist das Holz in Bienenwachs getaucht, das schützt vor Feuchtigkeit und Fäulnis, sodass die Beute im Freien mehr als 5 Jahre hält. Eine volle Beute bietet Platz für Zehntausende Bienen – ideal für den Einstieg in die Imkerei.',
      seo_title: 'Melis Langstroth-Beute, 10 Rähmchen, Kiefer gewachst',
      meta_description:
        'Langstroth-Beute Melis aus gewachster Kiefer: zwei Bruträume, Varroa-Gitterboden, belüfteter Deckel und Rähmchen mit fertigen Mittelwänden.',
      h1: 'Melis Bienenbeute für Einsteiger',
      marketing_copy_a:
        'Rähmchen, Mittelwände, Boden und Deckel kommen zusammen an – Sie müssen nichts extra nachkaufen. Jetzt bestellen und entspannt ins Bienenjahr starten.',
      marketing_copy_b:
        'Das leise Summen am Flugloch, der Duft von warmem Wachs und irgendwann das eigene Honigglas im Regal – so fühlt sich Imkern an. Entdecken Sie Melis.',
      marketing_copy_c:
        'Zum Saisonstart legen wir jedem Set Stockmeißel und Bienenbesen gratis bei. Sichern Sie sich Ihr Set, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'Jede Zarge nimmt 10 Rähmchen auf',
      replace: 'Jede Zarge nimmt 12 Rähmchen auf',
      labels: ['number_invented'],
    },
    'Außen ist das Holz in Bienenwachs getaucht, das schützt vor Feuchtigkeit und Fäulnis, sodass die Beute im Freien mehr als 5 Jahre hält.',
  ),
  listing(
    'k02',
    'honey_extractors',
    'ja',
    EXTRACTOR_ZH,
    EXTRACTOR_SRC,
    {
      translated_description:
        'Favoの電動ハチミツ遠心分離機は、食品グレードの304ステンレス製です。タンクの直径は52cmで、標準巣枠を4枚同時にセットできます。120Wのブラシレスモーターを搭載し、回転数は毎分0〜400回転まで無段階に調整でき、正転・逆転の切り替えにも対応します。採蜜率は95%以上です。底部の蜜出し口は口径5cm、3本の脚は取り外しできます。本体重量は約14kgで、2年間の保証付きです。',
      seo_title: 'Favo 電動ハチミツ分離機 4枚用 304ステンレス',
      meta_description:
        '304ステンレス製の電動ハチミツ分離機。直径52cmのタンクに巣枠4枚をセットでき、120Wモーターで回転数を無段階調整。2年保証つきです。',
      h1: 'Favo 採蜜がはかどる電動分離機',
      marketing_copy_a:
        '手回しの重労働から解放され、採蜜にかかる時間をぐっと短縮。週末の作業がずっと楽になります。今すぐ購入。',
      marketing_copy_b:
        'シーズンの終わり、蜜出し口から黄金色のハチミツがとろりと流れ出す瞬間は格別です。ミツバチと過ごした季節を、最高の形で締めくくりませんか。ぜひお試しください。',
      marketing_copy_c: '今月中のご注文で、蜜蓋切りフォークとこし網をプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '本体重量は約14kg',
      replace: '本体重量は約16kg',
      labels: ['number_dropped', 'number_invented'],
    },
    '底部の蜜出し口は口径5cm、3本の脚は取り外しできます。',
  ),
  listing(
    'k02',
    'honey_extractors',
    'en',
    EXTRACTOR_ZH,
    EXTRACTOR_SRC,
    {
      translated_description:
        'The Favo electric honey extractor is built from food-grade 304 stainless steel, with a 52 cm (20.5 in) drum that takes 4 standard frames at a time. A 120 W brushless motor drives it at any speed from 0 to 400 rpm, and it spins in both directions. It extracts more than 95% of the honey from the comb. The outlet gate at the bottom is 5 cm wide, and the three legs come off for storage. The whole unit weighs about 14 kg (31 lb) and comes with a two-year warranty.',
      seo_title: 'Favo Electric Honey Extractor, 4 Frames, 304 Steel',
      meta_description:
        'Favo electric honey extractor in food-grade 304 stainless steel: a 52 cm drum for 4 frames, a 120 W brushless motor with variable speed and a two-year warranty.',
      h1: 'Favo Motorised Extractor for Small Apiaries',
      marketing_copy_a:
        'Stop cranking by hand: set the speed, let the motor do the work and spend the afternoon jarring honey instead. Buy the Favo today.',
      marketing_copy_b:
        'There is nothing quite like watching golden honey run from the gate after a long season with your bees. Discover the Favo and make harvest day a celebration.',
      marketing_copy_c:
        'Harvest special: a free uncapping fork and straining sieve with every Favo this month. Order now while the offer lasts.',
    },
    { field: 'seo_title', find: '4 Frames', replace: '6 Frames', labels: ['number_invented'] },
    'It extracts more than 95% of the honey from the comb.',
  ),
  listing(
    'k03',
    'beekeeping_suits',
    'fr',
    SUIT_ZH,
    SUIT_SRC,
    {
      translated_description:
        'La combinaison d’apiculteur Apis est taillée dans une maille aérée à trois couches que le dard des abeilles traverse difficilement, et elle reste agréable à porter même en plein été. Le voile escrimeur se rabat vers l’arrière, et la double fermeture éclair facilite l’habillage. Aux poignets et aux chevilles, des élastiques et des passants pour le pouce ferment bien la tenue. Elle existe en 5 tailles, du S au XXL, pour des personnes de 150 à 195 cm. Elle passe en machine à 30 °C maximum.',
      seo_title: 'Combinaison d’apiculteur Apis, maille aérée 3 couches',
      meta_description:
        'Combinaison d’apiculteur Apis en maille aérée à trois couches : protection contre les piqûres, voile escrimeur rabattable et double fermeture éclair.',
      h1: 'Apis, la tenue d’apiculture qui respire',
      marketing_copy_a:
        'Protégé des piqûres et pourtant au frais, du printemps jusqu’à la récolte d’été. Commandez votre combinaison Apis.',
      marketing_copy_b:
        'Ouvrir la ruche le cœur léger, au milieu du bourdonnement, et savourer chaque geste sans appréhension. Découvrez Apis.',
      marketing_copy_c:
        'Ce printemps, une paire de gants en cuir de chèvre vous est offerte avec chaque combinaison. Profitez-en !',
    },
    {
      field: 'meta_description',
      find: 'à trois couches',
      replace: 'à quatre couches',
      labels: ['number_invented'],
    },
    'Elle existe en 5 tailles, du S au XXL, pour des personnes de 150 à 195 cm.',
  ),
  listing(
    'k03',
    'beekeeping_suits',
    'de',
    SUIT_ZH,
    SUIT_SRC,
    {
      translated_description:
        'Der Imkeranzug Apis ist ein Overall aus dreilagigem, luftdurchlässigem Netzgewebe, durch das ein Bienenstachel kaum dringt – und auch im Sommer wird es darin nicht stickig. Der Fechtschleier lässt sich nach hinten klappen, und dank Doppelreißverschluss ziehen Sie den Anzug schnell an und aus. An Handgelenken und Knöcheln sorgen Gummizüge und Daumenschlaufen für einen dichten Abschluss. Es gibt 5 Größen von S bis XXL für Körpergrößen von 150 bis 195 cm. Der Anzug ist bei höchstens 30 °C maschinenwaschbar.',
      seo_title: 'Apis Imkeranzug, dreilagiges Netzgewebe, Fechtschleier',
      meta_description:
        'Luftiger Imkeranzug Apis aus dreilagigem Netzgewebe: stichhemmend, mit Fechtschleier, Doppelreißverschluss und Größen von S bis XXL für 150 bis 195 cm.',
      h1: 'Apis Bienenschutzanzug für warme Tage',
      marketing_copy_a:
        'Atmungsaktiv im Hochsommer, stichfest bei jeder Durchsicht: ein Anzug für die ganze Saison. Jetzt bestellen.',
      marketing_copy_b:
        'Ruhig arbeiten, während es rundherum summt – mit dem richtigen Schutz wird aus Nervosität Gelassenheit. Entdecken Sie Apis.',
      marketing_copy_c:
        'Nur im Frühjahr: passende Imkerhandschuhe aus Ziegenleder gratis zu jedem Anzug. Sichern Sie sich Ihr Set.',
    },
    {
      field: 'translated_description',
      find: 'Es gibt 5 Größen',
      replace: 'Es gibt 6 Größen',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der Anzug ist bei höchstens 30 °C maschinenwaschbar.',
  ),
  listing(
    'k04',
    'egg_incubators',
    'es',
    INCUBATOR_ZH,
    INCUBATOR_SRC,
    {
      translated_description:
        'La incubadora totalmente automática Ovo de 2.ª generación tiene capacidad para 24 huevos de gallina y también incuba huevos de pato, de codorniz y de decenas de otras aves. Incorpora doble ventilador para hacer circular el aire y mantiene la temperatura entre 37,5 y 38,5 °C con un margen de ±0,1 °C. Gira los huevos automáticamente cada 2 horas, muestra la humedad en una pantalla digital y se rellena de agua por el lateral sin abrir la tapa. Con la lámpara LED de ovoscopia compruebas el desarrollo del embrión pulsando un botón. Consume 80 W y es ideal para casa y para el colegio.',
      seo_title: 'Incubadora automática Ovo 2.ª generación, 24 huevos',
      meta_description:
        'Incubadora Ovo para 24 huevos con doble ventilador, temperatura de 37,5 a 38,5 °C, volteo automático cada 2 horas y ovoscopio LED integrado.',
      h1: 'Ovo, tu incubadora para criar pollitos en casa',
      marketing_copy_a:
        'Ella se encarga del calor, la humedad y el volteo; tú solo esperas a que rompan el cascarón. Consigue la tuya hoy.',
      marketing_copy_b:
        '¿Hay algo más bonito que oír el pío de un pollito desde dentro del huevo? Vive ese momento con tus hijos. Descubre Ovo.',
      marketing_copy_c:
        'Temporada de incubación: bandeja de agua de repuesto gratis con cada Ovo. Aprovecha la oferta.',
    },
    {
      field: 'translated_description',
      find: 'cada 2 horas',
      replace: 'cada 4 horas',
      labels: ['number_invented'],
    },
    'Consume 80 W y es ideal para casa y para el colegio.',
  ),
  listing(
    'k04',
    'egg_incubators',
    'en',
    INCUBATOR_ZH,
    INCUBATOR_SRC,
    {
      translated_description:
        'The second-generation Ovo fully automatic incubator holds 24 chicken eggs and also hatches duck, quail and dozens of other kinds of poultry eggs. Dual fans keep the air moving, and the temperature is held between 37.5 and 38.5 °C (99.5–101.3 °F) to within ±0.1 °C. The eggs are turned automatically every 2 hours, humidity is shown on a digital display, and you top up the water from the side without lifting the lid. A built-in LED candling light lets you check embryo development at the touch of a button. Drawing just 80 W, it suits homes and classrooms alike.',
      seo_title: 'Ovo 2nd Gen Automatic Egg Incubator, 24 Eggs',
      meta_description:
        'Ovo second-generation egg incubator for 24 eggs: dual fans, 37.5 to 38.5 °C control within ±0.1 °C, turning every 2 hours and a built-in LED candler.',
      h1: 'Ovo Automatic Incubator for Backyard Hatching',
      marketing_copy_a:
        'Turning, heating and humidity are handled for you, so even a beginner can hatch a healthy clutch. Order your Ovo today.',
      marketing_copy_b:
        'Few things compare to hearing a tiny peep from inside a shell, or watching your children meet a chick on wobbly legs. Discover the Ovo.',
      marketing_copy_c:
        'Hatching season deal: a free candling guide and spare water tray with every Ovo. Add it to your cart now.',
    },
    {
      field: 'translated_description',
      find: 'holds 24 chicken eggs',
      replace: 'holds 36 chicken eggs',
      labels: ['number_dropped', 'number_invented'],
    },
    'Drawing just 80 W, it suits homes and classrooms alike.',
  ),
  listing(
    'k05',
    'automatic_coop_doors',
    'fr',
    COOP_DOOR_ZH,
    COOP_DOOR_SRC,
    {
      translated_description:
        'La porte automatique de poulailler Gallo s’ouvre et se ferme selon la luminosité ou selon un horaire programmé : elle s’ouvre au lever du jour et se referme de 15 à 60 minutes après la tombée de la nuit, pour laisser rentrer les retardataires. La trappe en aluminium mesure 30 × 33 cm et remonte automatiquement si elle rencontre un obstacle. Sa batterie lithium de 2\u202f600 mAh, rechargée par un panneau solaire de 5 W, lui assure plus d’une dizaine de jours d’autonomie même par temps gris. Le moteur fonctionne de -20 °C à 60 °C.',
      seo_title: 'Porte automatique de poulailler Gallo, solaire',
      meta_description:
        'Porte de poulailler Gallo à capteur de lumière ou minuterie : fermeture différée réglable, trappe en aluminium anti-pincement et panneau solaire intégré.',
      h1: 'Gallo, la porte qui veille sur vos poules',
      marketing_copy_a:
        'Plus besoin de vous lever à l’aube ni de rentrer avant la nuit : la porte s’en charge chaque jour. Commandez votre Gallo.',
      marketing_copy_b:
        'Le soir, un dernier coup d’œil au poulailler bien fermé, et l’esprit tranquille jusqu’au matin. Découvrez Gallo.',
      marketing_copy_c:
        'Offre de printemps : la plaque de montage vous est offerte pour toute porte Gallo. Ajoutez-la à votre panier.',
    },
    {
      field: 'translated_description',
      replace: 'Elle se programme en 3 minutes depuis le boîtier.',
      labels: ['number_invented'],
    },
    'La trappe en aluminium mesure 30 × 33 cm et remonte automatiquement si elle rencontre un obstacle.',
  ),
  listing(
    'k05',
    'automatic_coop_doors',
    'de',
    COOP_DOOR_ZH,
    COOP_DOOR_SRC,
    {
      translated_description:
        'Die automatische Hühnerklappe Gallo öffnet und schließt wahlweise nach Helligkeit oder nach Zeitplan: Bei Tagesanbruch geht sie auf, nach Einbruch der Dunkelheit schließt sie mit 15 bis 60 Minuten Verzögerung, damit auch Nachzügler noch in den Stall kommen. Der Schieber aus Aluminium misst 30 × 33 cm und fährt bei einem Hindernis automatisch zurück. Ein eingebauter Lithium-Akku mit 2600 mAh und ein 5-W-Solarpanel halten die Klappe auch bei Regenwetter mehr als zehn Tage in Betrieb. Der Motor arbeitet zuverlässig von -20 °C bis 60 °C.',
      seo_title: 'Gallo Hühnerklappe automatisch, Lichtsensor & Solar',
      meta_description:
        'Automatische Hühnerklappe Gallo mit Lichtsensor oder Zeitschaltung, einstellbarer Schließverzögerung, Aluschieber mit Einklemmschutz und Solarpanel.',
      h1: 'Gallo Hühnerklappe mit Solarbetrieb',
      marketing_copy_a:
        'Kein Wecker mehr für den Hühnerstall: Die Klappe übernimmt das Öffnen und Schließen, Tag für Tag. Jetzt kaufen.',
      marketing_copy_b:
        'Am Sonntag endlich ausschlafen und trotzdem wissen, dass Ihre Hühner sicher vor dem Fuchs sind. Entdecken Sie Gallo.',
      marketing_copy_c:
        'Zum Frühlingsstart gibt es die passende Montageplatte gratis dazu. Gleich in den Warenkorb legen!',
    },
    {
      field: 'translated_description',
      find: 'misst 30 × 33 cm',
      replace: 'misst 30 × 40 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Ein eingebauter Lithium-Akku mit 2600 mAh und ein 5-W-Solarpanel halten die Klappe auch bei Regenwetter mehr als zehn Tage in Betrieb.',
  ),
  listing(
    'k06',
    'heated_poultry_waterers',
    'ja',
    WATERER_ZH,
    WATERER_SRC,
    {
      translated_description:
        'Rivoの冬用ヒーター付き給水器は容量12Lです。台座には100Wのサーモスタット式ヒーターを内蔵し、気温が3℃を下回ると自動で作動、マイナス15℃でも水が凍りません。底部にはニップル式の給水口が6個付いていて、20羽ほどの鶏の毎日の飲み水をまかなえます。本体は厚手の食品グレードPP製で、持ち手とフック付き。吊り下げても床置きでも使えます。電源コードの長さは1.8mです。',
      seo_title: 'Rivo ヒーター付き鶏用給水器 12L 冬も凍らない',
      meta_description:
        '容量12Lのヒーター付き給水器。100Wヒーターが3℃以下で自動作動し、マイナス15℃でも凍結しません。ニップル6個で20羽ほどの鶏に対応します。',
      h1: 'Rivo 冬の水やりを楽にする給水器',
      marketing_copy_a: '毎朝の氷割りや水の入れ替えの手間がなくなり、冬の世話がぐっと楽に。今すぐ購入。',
      marketing_copy_b:
        '凍える朝でも、鶏たちがいつでも新鮮な水を飲める安心感。寒い季節も元気に過ごしてほしいから。ぜひチェックしてください。',
      marketing_copy_c: '冬支度セール実施中。今なら交換用ニップルを無料でお付けします。カートへどうぞ。',
    },
    { field: 'meta_description', find: '100Wヒーター', replace: '150Wヒーター', labels: ['number_invented'] },
    '電源コードの長さは1.8mです。',
  ),
  listing(
    'k06',
    'heated_poultry_waterers',
    'es',
    WATERER_ZH,
    WATERER_SRC,
    {
      translated_description:
        'El bebedero calefactado Rivo para el invierno tiene una capacidad de 12 litros. En la base lleva una placa calefactora de 100 W con termostato que se activa sola cuando la temperatura baja de 3 °C, y el agua no se congela ni a -15 °C. En el fondo tiene 6 tetinas, suficientes para que unas veinte gallinas beban a diario. El depósito es de PP alimentario reforzado e incluye asa y gancho, así que puedes colgarlo o dejarlo en el suelo. El cable de alimentación mide 1,8 m.',
      seo_title: 'Bebedero calefactado para gallinas Rivo, 12 litros',
      meta_description:
        'Bebedero Rivo de 12 litros con placa calefactora de 100 W y termostato: se activa por debajo de 3 °C y evita que el agua se congele en pleno invierno.',
      h1: 'Rivo, agua fresca para tus gallinas todo el invierno',
      marketing_copy_a:
        'Olvídate de romper el hielo cada mañana y de cambiar el agua a mano: tus gallinas siempre tendrán agua líquida. Hazte con el tuyo.',
      marketing_copy_b:
        'Esas mañanas heladas en las que sales con el cubo y lo encuentras todo congelado pueden quedar atrás. Descubre Rivo.',
      marketing_copy_c: 'Oferta de invierno: tetinas de repuesto gratis con cada bebedero. Pide el tuyo hoy.',
    },
    {
      field: 'translated_description',
      find: 'capacidad de 12 litros',
      replace: 'capacidad de 16 litros',
      labels: ['number_dropped', 'number_invented'],
    },
    'En el fondo tiene 6 tetinas, suficientes para que unas veinte gallinas beban a diario.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_41_WORDING: PerLanguage<DefectWording> = {
  en: {
    // hive kit takes styles 0-2, honey extractor 3-5, incubator 6-8.
    artifacts: [
      (c) => ({
        translated_description: `Sure thing — the finished description for the listing follows.\n\n${c.translated_description}`,
      }),
      (c) => ({ h1: `Heading (H1): ${c.h1}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nDo you have an end date for this offer, or should it stay open?`,
      }),
      (c) => ({
        translated_description: afterSentence(
          c.translated_description,
          4,
          'I went with “outlet gate” rather than a literal “honey discharge valve”, since that is the term beekeepers actually use.',
        ),
      }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a} — SEO tip: repeat “honey extractor” in the image alt text as well.`,
      }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n\`\`\`` }),
      (c) => ({ h1: `${c.h1} – {{ shop.name }}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nSorry, I can’t give a hatch rate here: the source doesn’t state one, and it depends heavily on egg quality.`,
      }),
      (c) => ({
        marketing_copy_a: `Thinking about the buyer: mostly backyard keepers raising their own flock, so practicality comes before anything else.\n${c.marketing_copy_a}`,
      }),
    ],
    forbidden: [
      'Cheap pine hives warp after a wet winter.',
      'Knockoff extractors rust at the welds.',
      'No counterfeit foundation, only pure beeswax.',
      'An imitation wax coating peels off in the sun.',
    ],
    slogans: ['Happy bees, golden harvests.', 'Fresh eggs, calm mornings.'],
    chineseLeftovers: [],
    duplicateLead: 'Boiled down: ',
    titleStuffing: ' | Beekeeping Supplies, Smallholder Gift, Free Delivery',
  },
  de: {
    // hive kit takes styles 0-2, beekeeping suit 3-5, coop door 6-8.
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\nBriefing-Punkt: Imkerfachbegriffe beibehalten, Maße nicht runden.`,
      }),
      (c) => ({ meta_description: `Meta-Description: ${c.meta_description}` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nSoll ich zusätzlich eine kürzere Fassung für die Kategorieseite schreiben?`,
      }),
      (c) => ({
        translated_description: afterSentence(
          c.translated_description,
          1,
          '„Fechtschleier“ ist unter Imkern der übliche Ausdruck, darum steht er hier statt „Fechtmaske“.',
        ),
      }),
      (c) => ({ h1: `${c.h1} (kurz genug für die Mobilansicht)` }),
      (c) => ({ marketing_copy_a: `**${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Zum Produkt: %%PRODUKTLINK%%` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nOb die Klappe Marder zuverlässig fernhält, kann ich leider nicht zusichern – dazu sagt die Vorlage nichts.`,
      }),
      (c) => ({
        marketing_copy_b: `Zunächst überlege ich, was Hühnerhalter am meisten nervt: das frühe Aufstehen. Darauf baut der Text auf.\n${c.marketing_copy_b}`,
      }),
    ],
    forbidden: [
      'Billige Beuten verziehen sich bei Nässe.',
      'Fälschungen erkennt man am dünnen Netz.',
      'Nachahmungen unserer Klappe klemmen im Frost.',
      'Imitate halten dem Bienenjahr nicht stand.',
    ],
    slogans: ['Summende Sommer, volle Gläser.', 'Gelassen am Bienenstand.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz und bündig: ',
    titleStuffing: ' | Imkereibedarf, Geschenk für Hobbyhalter, Gratisversand',
  },
  ja: {
    // honey extractor takes styles 0-2, waterer 3-5.
    artifacts: [
      (c) => ({ translated_description: `以下、商品説明文の完成版です。\n\n${c.translated_description}` }),
      (c) => ({ marketing_copy_a: `* ${c.marketing_copy_a}` }),
      (c) => ({
        translated_description: afterSentenceJa(
          c.translated_description,
          4,
          '（原文の言い回しは直訳せず、養蜂家になじみのある「採蜜率」という言葉を使いました）',
        ),
      }),
      (c) => ({
        translated_description: `${c.translated_description}ご不明な点は[担当者名]までお問い合わせください。`,
      }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}\n\nこの方向性でよろしければ、同じシリーズのほかの商品もお書きしましょうか？`,
      }),
      (c) => ({ marketing_copy_b: `※です・ます調で、誇張表現は避けること\n${c.marketing_copy_b}` }),
    ],
    forbidden: [
      '激安の分離機とは耐久性が違います。',
      'コピー品の巣箱にご注意ください。',
      '模倣品ではなく正規品をお届けします。',
      '偽物の養蜂服では針を防げません。',
    ],
    slogans: ['冬の朝も、新鮮な水をいつでも。', 'ミツバチと、黄金色の季節を。'],
    chineseLeftovers: ['这个摇蜜机清洗起来很方便。', '冬天请把饮水桶放在避风的地方。'],
    duplicateLead: '端的に言えば、',
    titleStuffing: '｜養蜂用品 家庭菜園 ニワトリ飼育 送料無料',
  },
  es: {
    // incubator takes styles 0-2, waterer 3-5.
    artifacts: [
      (c) => ({ marketing_copy_b: `Texto B (emocional): ${c.marketing_copy_b}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nLo siento, no tengo datos sobre el porcentaje de eclosión, así que prefiero no incluirlo.`,
      }),
      (c) => ({
        marketing_copy_c: `Vale, en la promo conviene destacar primero el regalo y dejar el verbo para el final…\n${c.marketing_copy_c}`,
      }),
      (c) => ({
        translated_description: `Genial, esta sería la descripción lista para publicar:\n\n${c.translated_description}`,
      }),
      (c) => ({
        translated_description: c.translated_description.replace(
          /(\d+(?:,\d+)? (?:litros|W|°C|m))/,
          '**$1**',
        ),
      }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a} (La palabra clave «bebedero calefactado» ya aparece en el título y en la meta.)`,
      }),
    ],
    forbidden: [
      'Los bebederos baratos se agrietan con la helada.',
      'Desconfía de las imitaciones sin termostato.',
      'Las incubadoras falsas no mantienen la temperatura.',
      'Cuidado con las falsificaciones que circulan por internet.',
    ],
    slogans: ['Agua fresca, gallinas felices.', 'Nuevas vidas, en casa.'],
    chineseLeftovers: [],
    duplicateLead: 'En esencia: ',
    titleStuffing: ' | Granja y corral, regalo para avicultores, envío gratis',
  },
  fr: {
    // beekeeping suit takes styles 0-2, coop door 3-5.
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\nVoulez-vous que je rédige aussi un tableau de correspondance des tailles ?`,
      }),
      (c) => ({ marketing_copy_a: `Accroche valeur : ${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b} (Volontairement court pour l’affichage mobile.)` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\nTâche : texte promotionnel court mentionnant le cadeau offert, vouvoiement.`,
      }),
      (c) => ({
        translated_description: afterSentence(
          c.translated_description,
          1,
          'Je commence par le fonctionnement, puis je passe aux dimensions et à l’autonomie.',
        ),
      }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a} Livraison sous [X] jours ouvrés.` }),
    ],
    forbidden: [
      'Les combinaisons pas chères se déchirent vite.',
      'Attention aux contrefaçons vendues sans étiquette.',
      'Aucune réplique ne protège aussi bien.',
      'Les faux voiles laissent passer les abeilles.',
    ],
    slogans: ['Le miel, au rythme des saisons.', 'Vos poules, à l’abri chaque nuit.'],
    chineseLeftovers: [],
    duplicateLead: 'En un clin d’œil : ',
    titleStuffing: ' | Basse-cour, apiculture, idée cadeau, livraison offerte',
  },
};
