// Blind set, round 78 (written without reading the gate, committed before it is scored): six consumer-electronics,
// fashion and travel accessories in the categories universal_travel_adapters, automatic_buckle_belts,
// wireless_charging_stands, rfid_passport_holders, polarised_sunglasses and hanging_toiletry_bags, 12 hand-written
// listings, three artifact styles per listing and wording of its own. Theme: the register of the shared dev set, as
// ordinary model output looks: the artifacts are mostly of the kinds the llm_artifact definition names (lead-ins such
// as "Here is the translation:" / "Voici la traduction :" / "Aquí está la traducción:", "Translation:" prefixes also
// in front of non-English fields, AI-language-model disclaimers, ```json fences around a JSON object, plain code
// fences, <p>, <h1> and <strong> tags, markdown field labels, sign-offs), with English chatter in de/fr/es/ja fields
// as the dev set has it; no digits in artifacts that land in the description, title or meta. The clean listings speak
// in a natural shop voice: FAQ-style questions and answers ("Customers often ask us: …", "Kunden fragen uns: …",
// "On nous demande souvent : …"), tips ("Please note:", "Un consejo:", "Nuestro consejo:", "ワンポイントアドバイス："),
// the maker's "we" / "wir" / "nous", customer quotes with their speaker. Sources are in standard Chinese shop style.
// Legitimate numbers:
// Voya 150多个 (more than 150, plus de 150), 四种 (four socket types, quatre), 3 USB-A, 2 Type-C (USB-C: no number),
// 65 W, 8A fuse (8 A), about 180 g (6.3 oz), 100-240V (100–240 V, 100 à 240 V), idioms 一个插头 (a single adapter)
// and 单个 (a single port, un port);
// Cintura 3.5 cm (3,5 cm), about 4 mm, about 5 mm (約5mm), 125 cm, 70 to 110 cm (70〜110cm), 两分钟 (zwei Minuten,
// 2分), 两年 in the quote by 王先生 (zwei Jahren, 2年, Herr Wang, 王さん), idioms 整张 (aus einem Stück, 一枚革) and
// 按一下 (mit einem Druck, ワンプッシュ);
// Qiro 三合一 (3-in-1, 3 en 1: the 1 renders the 一 of 合一), 15 W, 5 W, 3 W, 23 W, 5 mm, 1.2 m (1,2 m), 30 W;
// Passa RFID (no number), 13.56 MHz (13,56 MHz), 4 card slots (4 Kartenfächer, 4 fentes), 14 × 10.5 cm
// (14 × 10,5 cm), about 85 g, 六种 (sechs Farben, six couleurs), 两本 (zwei Reisepässe, deux passeports), 单手 (mit
// einer Hand, d'une seule main: not a number), idioms 各拿一个 / 一人一个 (eine Hülle pro Person, un étui par personne);
// Solis UV400 (400), 400 nm, TR90 (90), 22 g, about 15 degrees (15 Grad), 58 mm, 三种 (three lens colours, drei
// Glasfarben), 12 months (12-month warranty, 12 Monate), idiom 一整天 (all day, nach einem langen Tag);
// Washa about 60 cm (約60cm, unos 60 cm), 三层 (3段, tres pisos), 4 mesh pockets (4つ, 4 bolsillos), 500 ml,
// 24 × 18 cm, about 320 g, YKK (no number), idioms 一目了然 (ひと目で, a la vista), 擦一擦 and 一层 (さらに, además).
// Number edits: Voya en title 65 → 75 W (invented), fr 150 → 170 countries (dropped + invented); Cintura de 3,5 →
// 3,8 cm (dropped + invented), ja title 125 → 130 cm (invented); Qiro en 15 → 20 W (dropped + invented), es meta 30 →
// 45 W (invented); Passa de meta 85 → 95 g (invented), fr 14 × 10,5 → 15 × 10,5 cm (dropped + invented); Solis en
// meta 22 → 19 g (invented), de 15 → 20 Grad (dropped + invented); Washa ja 320 → 350 g (dropped + invented), es an
// added sentence about 2 travel bottles of 100 ml (invented).
import type { Language } from '@content-pipeline/languages';
import { type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const ADAPTER_ZH = 'Voya 全球通用旅行转换插头 65W 多口快充';
const ADAPTER_SRC =
  'Voya 全球通用旅行转换插头适用于150多个国家和地区，一个插头就能应对美标、欧标、英标和澳标四种插座。除了交流插孔，还带3个USB-A口和2个Type-C口，总功率65瓦，单个Type-C口就能给笔记本电脑快充。插脚采用滑推式设计，推出哪种用哪种，不用时全部收回机身。内置8A保险丝，电流过大时自动断开，备用保险丝就藏在机身里。整机重约180克，放进随身包毫无负担。常有顾客问：能直接插吹风机吗？它只转换插头，不转换电压，大功率电器请先确认是否支持100-240V。';
const BELT_ZH = 'Cintura 男士头层牛皮自动扣皮带 宽3.5厘米';
const BELT_SRC =
  'Cintura 男士自动扣皮带选用整张头层牛皮，皮面柔软有韧性，越用越有光泽。带身宽3.5厘米，厚约4毫米，西裤、休闲裤都能搭。自动扣采用锌合金，内部齿距约5毫米，不用打孔也能细调松紧。皮带总长125厘米，可以自己剪短，适合腰围70到110厘米。扣头按一下就能取下，剪好再装回去，整个过程不到两分钟。我们随皮带附赠礼盒，送爸爸、送男朋友都合适。老顾客王先生说：“戴了两年，皮面还是好好的，边也没开裂。”';
const CHARGER_ZH = 'Qiro 三合一无线充电支架 手机耳机手表同时充';
const CHARGER_SRC =
  'Qiro 三合一无线充电支架，手机、耳机和手表可以同时充电。手机位最大输出15瓦，耳机位5瓦，手表位3瓦，整机最高23瓦。手机充电面能在横屏和竖屏之间转动，边充电边追剧、视频通话都方便。支持隔着手机壳充电，壳厚不超过5毫米即可。底座贴有防滑硅胶垫，放在床头柜上稳稳当当。包装内附1.2米Type-C数据线和30瓦快充头。夜间模式下指示灯会自动调暗，不影响睡眠。温馨提示：带磁吸环的手机壳和金属卡片请先取下再充电。';
const PASSPORT_ZH = 'Passa RFID防盗刷护照夹 多卡位 旅行证件包';
const PASSPORT_SRC =
  'Passa 防盗刷护照夹内置RFID屏蔽层，可阻隔13.56MHz频段的非法读取，护照和银行卡放在里面更安心。外层是防泼水超纤皮，里面有护照位、4个卡位、登机牌插袋和零钱拉链袋，还带笔插。尺寸14×10.5厘米，重约85克，揣在外套口袋里也不显鼓。按扣开合，过安检时单手就能打开。我们做了六种颜色，全家出门各拿一个，不会拿错。有顾客问：能放两本护照吗？能放下，但我们建议一人一个，更好找。';
const SUNGLASSES_ZH = 'Solis 偏光太阳镜 UV400 TR90超轻镜框';
const SUNGLASSES_SRC =
  'Solis 偏光太阳镜采用TAC偏光镜片，能过滤路面和水面的反光，开车、钓鱼时眼睛不容易累。镜片达到UV400标准，可阻挡400纳米以下的紫外线。镜框用TR90材料，整副只有22克，戴一整天鼻梁也没有压迫感。镜腿带弹簧铰链，可以向外多张开约15度，脸宽的人戴着也不夹头。镜片宽58毫米，适合中等到偏宽的脸型。镜片有黑灰、茶色和蓝色镀膜三种颜色可选。随镜附赠硬壳眼镜盒和擦镜布，保修12个月。';
const TOILETRY_ZH = 'Washa 挂钩式旅行洗漱包 防水大容量';
const TOILETRY_SRC =
  'Washa 旅行洗漱包自带可旋转挂钩，酒店浴室门后、毛巾架上都能挂，洗漱用品一目了然。展开后高约60厘米，分为三层：上层放牙刷和剃须刀，中层是4个透明网袋，下层能立着放下500毫升的洗发水瓶。面料为防水涤纶，内衬PEVA，沾了水擦一擦就干。收起来只有24×18厘米，重约320克，放进登机箱刚刚好。拉链用的是YKK，开合顺滑。小建议：液体瓶拧紧后再套一层密封袋，路上更放心。';

export const ROUND_78_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'universal_travel_adapters',
    'en',
    ADAPTER_ZH,
    ADAPTER_SRC,
    {
      translated_description:
        'The Voya universal travel adapter works in more than 150 countries and regions: a single adapter covers all four major socket types – US, EU, UK and Australian. Besides the AC outlet, it has 3 USB-A ports and 2 USB-C ports with a combined output of 65 W, and a single USB-C port is enough to fast-charge a laptop. The pins slide out, so you push out the set you need, and when you are done they all retract into the body. A built-in 8 A fuse cuts the power automatically if the current gets too high, and a spare fuse is tucked away inside the adapter. At about 180 g (6.3 oz), it adds hardly any weight to your day bag. Customers often ask us: can I plug my hair dryer straight in? The Voya converts the plug, not the voltage, so before using high-power appliances, check that they support 100–240 V.',
      seo_title: 'Voya Universal Travel Adapter, 65 W, USB-C and USB-A',
      meta_description:
        'Voya universal travel adapter for more than 150 countries: US, EU, UK and AU pins, 3 USB-A and 2 USB-C ports, 65 W in total and a built-in safety fuse.',
      h1: 'Voya – Plug In Wherever You Land',
      marketing_copy_a:
        'Four plug types, five USB ports and enough power for your laptop, all in a block that fits in your pocket. Leave the tangle of chargers at home and order your Voya today.',
      marketing_copy_b:
        'Landing late in a new city with your phone almost flat? Find the socket, slide out the right pins and breathe out. Discover the Voya before your next trip.',
      marketing_copy_c:
        'Travel season special: a free protective pouch with every Voya ordered this week. Shop now.',
    },
    { field: 'seo_title', find: '65 W', replace: '75 W', labels: ['number_invented'] },
    'A built-in 8 A fuse cuts the power automatically if the current gets too high, and a spare fuse is tucked away inside the adapter.',
  ),
  listing(
    'p01',
    'universal_travel_adapters',
    'fr',
    ADAPTER_ZH,
    ADAPTER_SRC,
    {
      translated_description:
        'L’adaptateur de voyage universel Voya fonctionne dans plus de 150 pays et régions : il couvre à lui seul les quatre grands types de prises, américaines, européennes, britanniques et australiennes. En plus de la prise secteur, il offre 3 ports USB-A et 2 ports USB-C pour une puissance totale de 65 W, et un port USB-C suffit pour recharger rapidement un ordinateur portable. Les fiches coulissent : vous sortez celles dont vous avez besoin, puis elles se rangent entièrement dans le boîtier. Un fusible intégré de 8 A coupe automatiquement le courant en cas de surintensité, et un fusible de rechange est caché dans l’adaptateur. Avec ses 180 g environ, il se glisse dans le sac cabine sans l’alourdir. Une question revient souvent : peut-on y brancher directement un sèche-cheveux ? Le Voya adapte la prise mais ne convertit pas la tension : pour les appareils puissants, vérifiez d’abord qu’ils acceptent de 100 à 240 V.',
      seo_title: 'Adaptateur de voyage universel Voya, 65 W, USB-C',
      meta_description:
        'Adaptateur de voyage Voya pour plus de 150 pays : fiches US, UE, UK et AU, 3 ports USB-A, 2 ports USB-C, 65 W au total et fusible de sécurité intégré.',
      h1: 'Voya, branché partout où vous atterrissez',
      marketing_copy_a:
        'Quatre types de fiches, cinq ports USB et assez de puissance pour votre ordinateur, le tout dans un bloc qui tient dans la poche. Laissez les chargeurs en vrac à la maison et commandez votre Voya.',
      marketing_copy_b:
        'Arrivée tardive dans une ville inconnue, téléphone presque à plat ? Vous trouvez une prise, sortez les bonnes fiches et respirez enfin. Découvrez le Voya avant votre prochain départ.',
      marketing_copy_c:
        'Spécial vacances : une pochette de protection offerte pour toute commande passée cette semaine. Profitez-en !',
    },
    {
      field: 'translated_description',
      find: 'plus de 150 pays',
      replace: 'plus de 170 pays',
      labels: ['number_dropped', 'number_invented'],
    },
    'Un fusible intégré de 8 A coupe automatiquement le courant en cas de surintensité, et un fusible de rechange est caché dans l’adaptateur.',
  ),
  listing(
    'p02',
    'automatic_buckle_belts',
    'de',
    BELT_ZH,
    BELT_SRC,
    {
      translated_description:
        'Der Automatikgürtel Cintura für Herren ist aus einem Stück Vollrindleder gefertigt: weich und trotzdem robust, und mit jedem Tragen bekommt das Leder mehr Glanz. Der Riemen ist 3,5 cm breit und rund 4 mm dick und passt zur Anzughose ebenso wie zur Chino. Die Automatikschnalle aus Zinklegierung rastet in Abständen von etwa 5 mm ein, so stellen Sie die Weite ganz ohne Löcher fein ein. Der Gürtel ist 125 cm lang und lässt sich selbst kürzen; er passt bei einem Bauchumfang von 70 bis 110 cm. Die Schnalle lösen Sie mit einem Druck, kürzen den Riemen und setzen sie wieder ein – in weniger als zwei Minuten ist alles erledigt. Wir liefern den Gürtel in einer Geschenkbox, ideal für den Vater oder den Partner. Stammkunde Herr Wang sagt: „Ich trage ihn seit zwei Jahren, das Leder sieht immer noch top aus und die Kanten sind nicht eingerissen.“',
      seo_title: 'Cintura Automatikgürtel Herren, Rindleder, 3,5 cm breit',
      meta_description:
        'Herrengürtel Cintura aus Vollrindleder mit Automatikschnalle: 3,5 cm breit, 125 cm lang, ohne Löcher fein verstellbar und zu Hause schnell gekürzt.',
      h1: 'Cintura – sitzt perfekt, ganz ohne Löcher',
      marketing_copy_a:
        'Ein Gürtel für Büro und Wochenende, der sich millimetergenau anpasst und jahrelang hält. Jetzt bestellen.',
      marketing_copy_b:
        'Ein Geschenk, das jeden Tag getragen wird: Wenn er morgens die Schnalle schließt, denkt er an Sie. Entdecken Sie Cintura.',
      marketing_copy_c:
        'Zum Vatertag gravieren wir die Schnalle kostenlos, für alle Bestellungen bis Sonntag. Sichern Sie sich Ihren Cintura jetzt.',
    },
    {
      field: 'translated_description',
      find: 'ist 3,5 cm breit',
      replace: 'ist 3,8 cm breit',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Automatikschnalle aus Zinklegierung rastet in Abständen von etwa 5 mm ein, so stellen Sie die Weite ganz ohne Löcher fein ein.',
  ),
  listing(
    'p02',
    'automatic_buckle_belts',
    'ja',
    BELT_ZH,
    BELT_SRC,
    {
      translated_description:
        'Cinturaのメンズオートロックベルトは、一枚革の牛革（トップグレイン）を使用。しなやかでコシがあり、使い込むほどに艶が増していきます。ベルト幅は3.5cm、厚さは約4mmで、スラックスにもチノパンにも合わせやすいデザインです。バックルは亜鉛合金製。内部のラチェットは約5mm間隔なので、穴を開けずにサイズを細かく調整できます。全長は125cmで、ご自身でカットして長さを調整できます。ウエスト70〜110cmの方に対応しています。バックルはワンプッシュで外せるので、カットして付け直すまで2分もかかりません。ギフトボックス付きで、お父さんや彼へのプレゼントにもぴったりです。「2年使っていますが、革の表面はきれいなままで、縁のひび割れもありません」と、リピーターの王さんも話しています。',
      seo_title: 'Cintura 牛革オートロックベルト 幅3.5cm 全長125cm',
      meta_description:
        '一枚革の牛革を使ったメンズベルト。幅3.5cmで、穴を開けずにサイズを細かく調整でき、長さのカットもご自宅で簡単です。',
      h1: 'Cintura 穴なしで、ぴたりと決まるベルト',
      marketing_copy_a: '通勤にも休日にも使える一本。ミリ単位でフィットして、長く愛用できます。今すぐ購入。',
      marketing_copy_b:
        '毎朝バックルを留めるたびに、贈ってくれた人を思い出す。そんなギフトはいかがですか。ぜひチェックしてください。',
      marketing_copy_c: '父の日キャンペーン中は、バックルへの名入れ刻印を無料で承ります。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '全長125cm', replace: '全長130cm', labels: ['number_invented'] },
    'ウエスト70〜110cmの方に対応しています。',
  ),
  listing(
    'p03',
    'wireless_charging_stands',
    'en',
    CHARGER_ZH,
    CHARGER_SRC,
    {
      translated_description:
        'The Qiro 3-in-1 wireless charging stand charges your phone, earbuds and watch at the same time. The phone pad delivers up to 15 W, the earbud pad 5 W and the watch pad 3 W, for a maximum of 23 W in total. The phone pad turns between landscape and portrait, so you can keep watching a series or stay on a video call while it charges. It charges straight through your phone case, as long as the case is no thicker than 5 mm. A non-slip silicone pad on the base keeps it steady on your bedside table. In the box you will find a 1.2 m USB-C cable and a 30 W fast-charging plug. In night mode the indicator light dims automatically, so it won’t keep you awake. Please note: remove cases with a magnetic ring and any metal cards before charging.',
      seo_title: 'Qiro 3-in-1 Wireless Charging Stand for Phone and Watch',
      meta_description:
        'Charge your phone, earbuds and watch at once with the Qiro 3-in-1 stand: up to 15 W for the phone, a rotating pad, night mode and a 30 W plug included.',
      h1: 'Qiro – Wake Up to Everything Charged',
      marketing_copy_a:
        'One stand instead of three chargers: less clutter on the nightstand, and a fast-charging plug already in the box. Order your Qiro today.',
      marketing_copy_b:
        'No more hunting for the right cable at midnight. Set everything down, switch off the light and wake up with every device ready for the day. Discover Qiro.',
      marketing_copy_c: 'Launch offer: free express delivery on every Qiro this week. Get yours now.',
    },
    {
      field: 'translated_description',
      find: 'delivers up to 15 W',
      replace: 'delivers up to 20 W',
      labels: ['number_dropped', 'number_invented'],
    },
    'In the box you will find a 1.2 m USB-C cable and a 30 W fast-charging plug.',
  ),
  listing(
    'p03',
    'wireless_charging_stands',
    'es',
    CHARGER_ZH,
    CHARGER_SRC,
    {
      translated_description:
        'El soporte de carga inalámbrica Qiro 3 en 1 carga a la vez el móvil, los auriculares y el reloj. La base del móvil ofrece hasta 15 W, la de los auriculares 5 W y la del reloj 3 W, con un máximo de 23 W en total. La superficie del móvil gira entre horizontal y vertical, así que puedes seguir viendo tu serie o hacer videollamadas mientras carga. Carga a través de la funda siempre que esta no supere los 5 mm de grosor. La base lleva una almohadilla antideslizante de silicona y se queda bien firme en la mesita de noche. En la caja incluimos un cable USB-C de 1,2 m y un cargador rápido de 30 W. En modo noche, el indicador luminoso se atenúa solo para no molestarte mientras duermes. Un consejo: quita las fundas con anillo magnético y las tarjetas metálicas antes de cargar.',
      seo_title: 'Soporte de carga inalámbrica Qiro 3 en 1, hasta 23 W',
      meta_description:
        'Soporte Qiro 3 en 1 para cargar a la vez móvil, auriculares y reloj: hasta 23 W, base giratoria, modo noche y cargador rápido de 30 W incluido.',
      h1: 'Qiro, todo cargado al despertar',
      marketing_copy_a:
        'Un solo soporte en lugar de tres cargadores: menos cables en la mesita y cargador rápido incluido. Compra tu Qiro hoy.',
      marketing_copy_b:
        'Se acabó buscar el cable a oscuras. Deja todo en su sitio, apaga la luz y despierta con cada dispositivo listo para el día. Descubre Qiro.',
      marketing_copy_c: 'Oferta de lanzamiento: envío exprés gratis con cada Qiro esta semana. ¡Pídelo ya!',
    },
    { field: 'meta_description', find: 'de 30 W', replace: 'de 45 W', labels: ['number_invented'] },
    'En la caja incluimos un cable USB-C de 1,2 m y un cargador rápido de 30 W.',
  ),
  listing(
    'p04',
    'rfid_passport_holders',
    'de',
    PASSPORT_ZH,
    PASSPORT_SRC,
    {
      translated_description:
        'Die Passhülle Passa hat eine eingearbeitete RFID-Abschirmschicht, die unbefugtes Auslesen im Frequenzbereich von 13,56 MHz blockiert – Reisepass und Bankkarten sind darin gut aufgehoben. Außen besteht sie aus wasserabweisendem Mikrofaserleder, innen finden Sie ein Fach für den Reisepass, 4 Kartenfächer, eine Einstecktasche für die Bordkarte und ein Münzfach mit Reißverschluss, dazu eine Stiftschlaufe. Mit 14 × 10,5 cm und rund 85 g trägt sie auch in der Jackentasche kaum auf. Der Druckknopf lässt sich bei der Sicherheitskontrolle mit einer Hand öffnen. Wir bieten sie in sechs Farben an, so nimmt jedes Familienmitglied seine eigene und nichts wird verwechselt. Kunden fragen uns: Passen auch zwei Reisepässe hinein? Ja, aber wir empfehlen eine Hülle pro Person – so findet man schneller, was man sucht.',
      seo_title: 'Passa Passhülle mit RFID-Schutz, 4 Kartenfächer',
      meta_description:
        'Passhülle Passa mit RFID-Blocker: wasserabweisendes Mikrofaserleder, Fächer für Pass, Karten und Bordkarte, nur rund 85 g leicht, in sechs Farben.',
      h1: 'Passa – Ihre Reisedokumente sicher an einem Ort',
      marketing_copy_a:
        'Pass, Karten, Bordkarte und Kleingeld griffbereit in einer schlanken Hülle, die Ihre Daten abschirmt. Jetzt bestellen.',
      marketing_copy_b:
        'Am Gate nicht mehr hektisch in jeder Tasche kramen: Alles, was Sie brauchen, liegt in Ihrer Hand. Reisen Sie entspannter und entdecken Sie Passa.',
      marketing_copy_c:
        'Familienaktion: Beim Kauf von drei Passhüllen erhalten Sie die vierte gratis. Sichern Sie sich Ihr Set noch heute.',
    },
    { field: 'meta_description', find: 'rund 85 g', replace: 'rund 95 g', labels: ['number_invented'] },
    'Mit 14 × 10,5 cm und rund 85 g trägt sie auch in der Jackentasche kaum auf.',
  ),
  listing(
    'p04',
    'rfid_passport_holders',
    'fr',
    PASSPORT_ZH,
    PASSPORT_SRC,
    {
      translated_description:
        'L’étui à passeport Passa intègre une couche de blindage RFID qui bloque la lecture frauduleuse sur la fréquence de 13,56 MHz : votre passeport et vos cartes bancaires y sont à l’abri. L’extérieur est en microfibre façon cuir déperlante ; à l’intérieur, vous trouvez un emplacement pour le passeport, 4 fentes pour cartes, une poche pour la carte d’embarquement et un porte-monnaie zippé, ainsi qu’un passant pour stylo. Avec ses 14 × 10,5 cm et ses 85 g environ, il se glisse dans la poche d’une veste sans faire de bosse. Il se ferme par un bouton-pression qui s’ouvre d’une seule main au contrôle de sécurité. Nous le proposons en six couleurs : en famille, chacun a le sien et personne ne se trompe. On nous demande souvent : peut-on y ranger deux passeports ? Oui, ils y tiennent, mais nous conseillons un étui par personne pour s’y retrouver plus vite.',
      seo_title: 'Étui passeport RFID Passa, 4 fentes pour cartes',
      meta_description:
        'Étui à passeport Passa avec blocage RFID : microfibre déperlante, rangements pour passeport, cartes et carte d’embarquement, 85 g environ, six coloris.',
      h1: 'Passa, vos papiers de voyage bien à l’abri',
      marketing_copy_a:
        'Passeport, cartes, carte d’embarquement et monnaie réunis dans un étui fin qui protège vos données. Commandez le vôtre dès maintenant.',
      marketing_copy_b:
        'Plus besoin de fouiller toutes vos poches devant la porte d’embarquement : tout est là, à portée de main. Voyagez l’esprit léger et découvrez Passa.',
      marketing_copy_c:
        'Offre famille : pour trois étuis achetés, le quatrième est offert. Profitez-en avant les vacances !',
    },
    {
      field: 'translated_description',
      find: 'Avec ses 14 × 10,5 cm',
      replace: 'Avec ses 15 × 10,5 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'L’étui à passeport Passa intègre une couche de blindage RFID qui bloque la lecture frauduleuse sur la fréquence de 13,56 MHz : votre passeport et vos cartes bancaires y sont à l’abri.',
  ),
  listing(
    'p05',
    'polarised_sunglasses',
    'en',
    SUNGLASSES_ZH,
    SUNGLASSES_SRC,
    {
      translated_description:
        'Solis polarised sunglasses have TAC polarised lenses that filter out glare from roads and water, so your eyes tire less when you are driving or fishing. The lenses meet the UV400 standard and block ultraviolet light below 400 nm. The frame is made of TR90 and the whole pair weighs just 22 g, so you can wear them all day without feeling them on the bridge of your nose. Spring hinges let the arms open about 15 degrees further, so they don’t pinch, even on a wider face. The lenses are 58 mm wide, a good fit for medium to wide faces. Choose from three lens colours: grey-black, brown and blue mirror. A hard case and a cleaning cloth come with every pair, and we back them with a 12-month warranty.',
      seo_title: 'Solis Polarised Sunglasses, UV400, Lightweight TR90 Frame',
      meta_description:
        'Polarised sunglasses with UV400 lenses that cut glare from roads and water, a 22 g TR90 frame, spring hinges and a hard case for driving and fishing.',
      h1: 'Solis – Clear Views, Less Glare',
      marketing_copy_a:
        'A featherlight frame, lenses that tame glare and full UV protection: sunglasses you will actually keep on all day. Shop Solis now.',
      marketing_copy_b:
        'The sun low over the lake, and the water finally sparkling instead of blinding you. That is the moment Solis is made for. Discover your pair.',
      marketing_copy_c:
        'Summer deal: a spare cleaning cloth and a neck strap free with every order this month. Grab yours today.',
    },
    {
      field: 'meta_description',
      find: 'a 22 g TR90 frame',
      replace: 'a 19 g TR90 frame',
      labels: ['number_invented'],
    },
    'The lenses are 58 mm wide, a good fit for medium to wide faces.',
  ),
  listing(
    'p05',
    'polarised_sunglasses',
    'de',
    SUNGLASSES_ZH,
    SUNGLASSES_SRC,
    {
      translated_description:
        'Die polarisierte Sonnenbrille Solis hat TAC-Polarisationsgläser, die Blendung von Straße und Wasser herausfiltern – beim Autofahren und Angeln ermüden Ihre Augen weniger schnell. Die Gläser erfüllen den UV400-Standard und blocken UV-Strahlung unter 400 nm. Der Rahmen besteht aus TR90, die ganze Brille wiegt nur 22 g und drückt auch nach einem langen Tag nicht auf der Nase. Dank Federscharnieren lassen sich die Bügel um etwa 15 Grad weiter öffnen, so sitzt die Brille auch bei einem breiteren Gesicht, ohne zu drücken. Die Gläser sind 58 mm breit und passen zu mittleren bis breiten Gesichtern. Es gibt drei Glasfarben zur Auswahl: Schwarzgrau, Braun und Blau verspiegelt. Zu jeder Brille gehören ein Hartschalenetui und ein Putztuch, und wir geben 12 Monate Garantie.',
      seo_title: 'Solis polarisierte Sonnenbrille, UV400, TR90-Rahmen',
      meta_description:
        'Polarisierte Sonnenbrille Solis: UV400-Gläser gegen Blendung auf Straße und Wasser, nur 22 g leichter TR90-Rahmen, Federscharniere und Hartschalenetui.',
      h1: 'Solis – klare Sicht ohne Blendung',
      marketing_copy_a:
        'Federleichter Rahmen, Gläser gegen Blendung und voller UV-Schutz: eine Sonnenbrille, die Sie gern den ganzen Tag aufbehalten. Jetzt bestellen.',
      marketing_copy_b:
        'Abendsonne über dem See, und das Wasser glitzert endlich, statt zu blenden. Für genau diese Momente ist Solis gemacht. Entdecken Sie Ihre neue Lieblingsbrille.',
      marketing_copy_c:
        'Sommeraktion: ein Brillenband und ein zweites Putztuch gratis zu jeder Bestellung in diesem Monat. Sichern Sie sich Ihre Solis jetzt.',
    },
    {
      field: 'translated_description',
      find: 'um etwa 15 Grad',
      replace: 'um etwa 20 Grad',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Gläser sind 58 mm breit und passen zu mittleren bis breiten Gesichtern.',
  ),
  listing(
    'p06',
    'hanging_toiletry_bags',
    'ja',
    TOILETRY_ZH,
    TOILETRY_SRC,
    {
      translated_description:
        'Washaのトラベルポーチは回転式フック付き。ホテルのバスルームのドアやタオルバーに掛けられ、洗面用品がひと目で見渡せます。広げると高さは約60cmで、中は3段に分かれています。上段には歯ブラシやシェーバー、中段には透明メッシュポケットが4つ、下段には500mlのシャンプーボトルも立てて入ります。生地は防水ポリエステル、内側はPEVA素材で、水にぬれてもサッと拭くだけで乾きます。たたむとわずか24×18cm、重さ約320gで、機内持ち込みのスーツケースにもすっぽり収まります。ファスナーはYKK製で、開け閉めもスムーズです。ワンポイントアドバイス：液体のボトルはふたをしっかり閉めてから、さらに密閉袋に入れておくと、移動中も安心です。',
      seo_title: 'Washa 吊り下げトラベルポーチ 防水 3段収納',
      meta_description:
        'ホテルのドアやタオルバーに掛けて使える防水トラベルポーチ。3段収納で500mlボトルも入り、たたむと機内持ち込みバッグにすっきり。',
      h1: 'Washa 旅先の洗面台を、すっきり快適に',
      marketing_copy_a:
        '掛けるだけで洗面用品が全部見渡せて、探し物の時間がなくなります。出張にも家族旅行にも活躍。今すぐ購入。',
      marketing_copy_b:
        '狭いホテルの洗面台でも、自分の部屋のように落ち着いて身支度できる。そんな旅の朝を叶えます。ぜひチェックしてください。',
      marketing_copy_c:
        '今なら旅行用ミニボトルセットをプレゼント。なくなり次第終了ですので、ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '重さ約320g',
      replace: '重さ約350g',
      labels: ['number_dropped', 'number_invented'],
    },
    '広げると高さは約60cmで、中は3段に分かれています。',
  ),
  listing(
    'p06',
    'hanging_toiletry_bags',
    'es',
    TOILETRY_ZH,
    TOILETRY_SRC,
    {
      translated_description:
        'El neceser de viaje Washa lleva un gancho giratorio para colgarlo detrás de la puerta del baño del hotel o en el toallero, con todo a la vista. Abierto mide unos 60 cm de alto y se divide en tres pisos: arriba van el cepillo de dientes y la maquinilla, en el centro hay 4 bolsillos de rejilla transparentes y abajo cabe de pie un bote de champú de 500 ml. El tejido es poliéster impermeable con forro de PEVA, así que si se moja basta con pasarle un paño. Plegado ocupa solo 24 × 18 cm y pesa unos 320 g: perfecto para la maleta de cabina. Las cremalleras son YKK y se deslizan con suavidad. Nuestro consejo: cierra bien los botes de líquidos y mételos además en una bolsa hermética; viajarás más tranquilo.',
      seo_title: 'Neceser colgante de viaje Washa, impermeable, 3 pisos',
      meta_description:
        'Neceser de viaje Washa con gancho giratorio: tres pisos, bolsillos de rejilla y sitio para un bote de 500 ml. Impermeable y compacto para la cabina.',
      h1: 'Washa, tu baño organizado en cualquier hotel',
      marketing_copy_a:
        'Cuélgalo y tendrás todo a la vista: se acabó vaciar la bolsa sobre el lavabo para encontrar el cepillo. Compra tu Washa y viaja ordenado.',
      marketing_copy_b:
        'Un baño diminuto, una mañana con prisas, y aun así cada cosa en su sitio. Así empieza bien un día de viaje. Descubre Washa.',
      marketing_copy_c: 'Solo este mes: set de minibotes de viaje de regalo con cada neceser. ¡Aprovecha ya!',
    },
    {
      field: 'translated_description',
      replace: 'También incluye 2 botes de viaje de 100 ml.',
      labels: ['number_invented'],
    },
    'Plegado ocupa solo 24 × 18 cm y pesa unos 320 g: perfecto para la maleta de cabina.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** A field wrapped as the JSON object a model was asked for, inside a ```json fence. */
const jsonFence = (field: string, text: string): string =>
  `\`\`\`json\n${JSON.stringify({ [field]: text }, null, 2)}\n\`\`\``;

// en: listing 1 (travel adapter) takes styles 0-2, listing 2 (charging stand) 3-5, listing 3 (sunglasses) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Here is the translation:\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nI hope this helps! Let me know if you need any changes.`,
  }),
  (c) => ({ translated_description: jsonFence('translated_description', c.translated_description) }),
  (c) => ({ marketing_copy_b: `Translation: ${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_c: `As an AI language model, I don’t have access to your current promotions, but here is a promotional copy:\n\n${c.marketing_copy_c}`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAs an AI language model, I have kept the translation as close to the original as possible.`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({ marketing_copy_a: `**Value-focused copy:** ${c.marketing_copy_a}` }),
];

// de: listing 1 (belt) takes styles 0-2, listing 2 (passport holder) 3-5, listing 3 (sunglasses) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Here is the translation:\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_b: `<p>${c.marketing_copy_b}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nGern passe ich die Texte noch an, falls Sie einen anderen Ton wünschen.`,
  }),
  (c) => ({ translated_description: `Deutsche Übersetzung:\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: jsonFence('marketing_copy_a', c.marketing_copy_a) }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAs an AI language model, I cannot verify the shielding claims in the source text.`,
  }),
  (c) => ({ h1: `**H1:** ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `Als KI-Sprachmodell habe ich keine eigenen Gefühle, aber hier ist ein emotionaler Werbetext: ${c.marketing_copy_b}`,
  }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
];

// ja: listing 1 (belt) takes styles 0-2, listing 2 (toiletry bag) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Translation: ${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n以上です。修正が必要な場合はお気軽にお知らせください。`,
  }),
  (c) => ({ translated_description: `以下は商品説明の日本語訳です：\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_b: jsonFence('marketing_copy_b', c.marketing_copy_b) }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n※AI言語モデルのため、キャンペーンの内容や期間の正確性は保証できません。`,
  }),
];

// es: listing 1 (charging stand) takes styles 0-2, listing 2 (toiletry bag) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Aquí está la traducción:\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_c: `<p><strong>${c.marketing_copy_c}</strong></p>` }),
  (c) => ({
    marketing_copy_b: `Como modelo de lenguaje de IA no tengo experiencias propias, pero aquí tienes un texto emotivo: ${c.marketing_copy_b}`,
  }),
  (c) => ({ translated_description: `Translation: ${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `**Texto de valor:** ${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n¡Espero que esta traducción te resulte útil!`,
  }),
];

// fr: listing 1 (travel adapter) takes styles 0-2, listing 2 (passport holder) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Voici la traduction :\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_b: `<p>${c.marketing_copy_b}</p>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAs an AI language model, I have done my best to keep the meaning of the original.`,
  }),
  (c) => ({ h1: `Titre H1 : ${c.h1}` }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nJ’espère que cela vous convient ! Dites-moi si vous souhaitez d’autres variantes.`,
  }),
];

export const ROUND_78_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap travel adapters often leave out the safety fuse.',
      'Knockoff charging stands can run hot overnight.',
      'Fake polarised lenses only tint the light, they do not cut the glare.',
      'Counterfeit chargers are a common cause of battery damage.',
    ],
    slogans: ['Travel light, arrive charged.', 'Sunshine, minus the glare.'],
    chineseLeftovers: [],
    duplicateLead: 'In a nutshell: ',
    titleStuffing: ' | Travel Essentials, Gift Idea, Best Seller, Free Shipping, New In',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Gürtel reißen schon nach einem Sommer an den Kanten ein.',
      'Eine Fälschung unserer Passhülle schirmt die Karten nicht ab.',
      'Nachahmungen ohne echte Polarisation schützen die Augen kaum.',
      'Imitate aus Kunstleder sehen nach wenigen Wochen abgenutzt aus.',
    ],
    slogans: ['Gut gegürtet durch den Tag.', 'Klarer Blick, leichter Sinn.'],
    chineseLeftovers: [],
    duplicateLead: 'Zusammengefasst: ',
    titleStuffing: ' – Reisezubehör, Geschenkidee, Bestseller, Neuheit, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のベルトは、バックルがすぐにゆるみがちです。',
      'コピー品のポーチは縫い目から水がしみることがあります。',
      '偽物のブランドベルトにはご注意ください。',
      '模倣品のトラベルポーチはファスナーが壊れやすいです。',
    ],
    slogans: ['毎日の装いに、確かな一本を。', '旅の身支度を、もっと身軽に。'],
    chineseLeftovers: ['这条皮带的扣头按一下就能取下来。', '这个洗漱包挂在门后，东西一目了然。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜旅行グッズ 人気 おすすめ ギフト 送料無料 新作',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los soportes baratos se calientan demasiado por la noche.',
      'Una réplica de neceser no aguanta ni un viaje.',
      'Los cargadores falsos pueden dañar la batería del móvil.',
      'Desconfía de cualquier imitación sin gancho giratorio.',
    ],
    slogans: ['Todo cargado, todo en orden.', 'Viajar ordenado es viajar feliz.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Accesorios de viaje, regalo, novedad, más vendido, envío gratis',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un adaptateur pas cher fait souvent l’impasse sur le fusible.',
      'Les contrefaçons d’étuis ne bloquent pas vraiment la RFID.',
      'Méfiez-vous des fausses prises universelles vendues en ligne.',
      'Une imitation ne résiste pas longtemps aux voyages.',
    ],
    slogans: ['Partout chez vous, partout branché.', 'Vos papiers, en toute sérénité.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Accessoires de voyage, idée cadeau, nouveauté, livraison offerte',
  },
};
