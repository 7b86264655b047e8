// Blind set, round 34 (written without reading the gate, committed before it is scored): six aquarium, terrarium,
// plant-care and hobby-growing products in the categories aquarium_canister_filters, terrarium_misting_systems,
// plant_grow_lights, hydroponic_growing_kits, automatic_fish_feeders and soil_moisture_meters, 12 hand-written
// listings, three artifact styles per listing and wording of its own (this round re-tests the common classes in new
// wording, written to blend into the copy so that they show only on a second look: a lead-in clause in the middle of
// a sentence, chatter in the target language with its own punctuation (¡…!, ¿…?, « … », „…“, 「…」, full-width ：),
// a sign-off or an offer of more work that reads like shop copy, a label glued to the value without a space, a note
// in parentheses before the full stop of a sentence, a remark about what the model changed or kept, and a polite
// question to the requester; no digits in any artifact);
// legitimate numbers: Aquaflow CF-1200 (1200), 200 to 400 L (53 to 106 US gal), 1200 L per hour (1,200), 18 W,
// 三层 (three, drei) baskets, 8 L, 35 dB, 两根 (two, zwei) hoses of 1.5 m (1,5 m; 4.9 ft), 一键 (one-touch: idiomatic);
// Rainmist 第2代 (2nd generation, 第2世代, 2e génération), 两栖 (amphibian: the 两 is part of the word, not a number),
// 4 nozzles, 360°, 10 m, 5 L, 加满一次 (idiomatic), 十几天 (more than ten days, 十数日, plus de dix jours: vague),
// 1 to 120 seconds, 8 time slots, 40 dB, 一年 (one-year warranty, 1年間, un an); Verdant 三个 (three, tres) heads,
// 上百 (more than 100, más de 100) LEDs, 45 W, 3 modes, 10 levels, 4/8/12 hours, 60 cm (23.6 in), 5 cm; Sprout H12
// (12), 12 planting holes, 4.5 L (4,5 Liter), 两周 (every two weeks, alle zwei Wochen, 2週間), 一次 (idiomatic), 24 W,
// 43 cm, 30 minutes, 百分之40 (40 %, 40％), 12 seed sponges, 两瓶 (two, zwei, 2本) bottles; Finny 双仓 (dual
// compartment, doble depósito, double compartiment: not a number), 200 ml, 几十天 (weeks of food, plusieurs
// semaines: vague), 1 to 4 feeds, 5 levels, 两节 (two, dos, deux) AA batteries, 3 months, 50 cm, 12 mm; Terra 三合一
// (3-in-1), 20 cm (7.9 in), 60 seconds, pH 3.5 to 8 (3,5 bis 8), 1 to 10 scale, 上百 (more than 100, über 100)
// plants, 8 years (ab 8 Jahren).
import type { Language } from '@content-pipeline/languages';
import {
  listing,
  type BlindListing,
  type DefectWording,
  type Artifact,
  afterSentence,
  afterSentenceJa,
} from './blind-set';

const FILTER_ZH = 'Aquaflow CF-1200 外置过滤桶';
const FILTER_SRC =
  'Aquaflow CF-1200 外置过滤桶适用于200至400升的鱼缸，最大流量每小时1200升，功率仅18瓦。桶内配有三层滤材篮，总容积8升，可分层放入陶瓷环、生化棉和活性炭。运行噪音低于35分贝，夜间也很安静。附带两根1.5米进出水管，一键自吸启动，换水清洗更省事。';
const MISTER_ZH = 'Rainmist 第2代 雨林缸自动喷雾系统';
const MISTER_SRC =
  'Rainmist 第2代自动喷雾系统专为雨林缸、爬宠箱和两栖缸设计，标配4个可360度调节的喷头和10米硅胶管。水箱容量5升，加满一次可用十几天。每次喷雾时长可设1至120秒，每天最多设8个时段。水泵运行噪音约40分贝，附送一年质保。';
const GROW_LIGHT_ZH = 'Verdant 三头全光谱植物生长灯';
const GROW_LIGHT_SRC =
  'Verdant 植物生长灯有三个灯头，共上百颗LED灯珠，总功率45瓦。提供红光、蓝光和全光谱3种模式，亮度10档可调。定时可选4、8或12小时，每天自动循环开关。鹅颈软管长60厘米，可任意弯折，夹子最大可夹5厘米厚的桌沿或花架。适合多肉、香草和育苗使用。';
const HYDRO_ZH = 'Sprout H12 室内水培种植机 12孔';
const HYDRO_SRC =
  'Sprout H12 室内水培种植机设有12个种植孔，香草、生菜和樱桃番茄都能种。水箱容量4.5升，大约两周加一次水即可。内置24瓦LED补光灯，灯杆最高可升至43厘米。水泵每30分钟自动循环一次，为根部供氧，植物生长速度比土培快约百分之40。随机附赠12个种子海绵和两瓶营养液。';
const FEEDER_ZH = 'Finny 双仓自动喂鱼器';
const FEEDER_SRC =
  'Finny 自动喂鱼器采用双仓设计，总容量200毫升，颗粒、薄片饲料都能装，够喂几十天。每天可定时投喂1至4次，每次出料量分5档调节。内置小风扇防潮，用两节AA电池约可工作3个月。适合缸长50厘米以上的鱼缸，夹具可夹最厚12毫米的缸壁。';
const SOIL_METER_ZH = 'Terra 三合一土壤检测仪';
const SOIL_METER_SRC =
  'Terra 三合一土壤检测仪可同时测量土壤湿度、酸碱度和光照强度，无需安装电池。探针长20厘米，插入土中约60秒即可读数。pH测量范围为3.5至8，湿度表盘分1至10级刻度。背面卡片印有上百种常见植物的参考值，适合室内盆栽、花园和草坪，8岁以上的小园丁也能在大人陪同下使用。';

export const ROUND_34_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'aquarium_canister_filters',
    'en',
    FILTER_ZH,
    FILTER_SRC,
    {
      translated_description:
        'The Aquaflow CF-1200 canister filter is made for aquariums of 200 to 400 L (53 to 106 US gal) and moves up to 1,200 L of water per hour on just 18 W. Inside, three stacked media baskets hold 8 L in total, so you can layer ceramic rings, biological sponge and activated carbon. It runs at under 35 dB, quiet enough for a bedroom at night. Two 1.5 m hoses for inflow and outflow are included, and one-touch self-priming gets it going without any siphoning, so water changes and clean-outs take less effort.',
      seo_title: 'Aquaflow CF-1200 Canister Filter for 200–400 L Tanks',
      meta_description:
        'Aquaflow CF-1200 canister filter for 200 to 400 L aquariums: 1,200 L/h flow on 18 W, three media baskets and a one-touch self-priming start.',
      h1: 'Aquaflow Quiet Canister Filter',
      marketing_copy_a:
        'Just 18 W around the clock keeps running costs low, and roomy media baskets mean fewer clean-outs. Buy the Aquaflow today.',
      marketing_copy_b:
        'Picture the tank at midnight: crystal-clear water, fish drifting past, and not a hum to be heard. Discover the Aquaflow.',
      marketing_copy_c:
        'Launch offer: a spare set of filter sponges comes free with every Aquaflow this month – order now.',
    },
    { field: 'meta_description', find: '1,200 L/h', replace: '1,500 L/h', labels: ['number_invented'] },
    'It runs at under 35 dB, quiet enough for a bedroom at night.',
  ),
  listing(
    'p01',
    'aquarium_canister_filters',
    'de',
    FILTER_ZH,
    FILTER_SRC,
    {
      translated_description:
        'Der Außenfilter Aquaflow CF-1200 ist für Aquarien von 200 bis 400 Litern ausgelegt und wälzt bis zu 1200 Liter pro Stunde um – bei nur 18 W Leistungsaufnahme. Im Filterbehälter sitzen drei übereinanderliegende Filterkörbe mit insgesamt 8 Litern Volumen, die Sie schichtweise mit Keramikröhrchen, biologischem Filterschwamm und Aktivkohle befüllen. Mit unter 35 dB arbeitet er auch nachts angenehm leise. Zwei Schläuche von je 1,5 m für Zu- und Ablauf liegen bei, und auf Knopfdruck saugt der Filter selbst an – das erleichtert Wasserwechsel und Reinigung.',
      seo_title: 'Aquaflow CF-1200 Außenfilter für 200–400 l Aquarien',
      meta_description:
        'Außenfilter Aquaflow CF-1200 für Aquarien von 200 bis 400 Litern: 1200 l/h Förderleistung bei 18 W, drei Filterkörbe und selbstansaugender Start.',
      h1: 'Aquaflow Außenfilter – leise und kraftvoll',
      marketing_copy_a:
        'Nur 18 W im Dauerbetrieb schonen die Stromrechnung, und die großen Filterkörbe müssen seltener gereinigt werden. Jetzt kaufen.',
      marketing_copy_b:
        'Stellen Sie sich Ihr Becken am späten Abend vor: glasklares Wasser, ruhig ziehende Fische und kein Brummen im Raum. Entdecken Sie Aquaflow.',
      marketing_copy_c: 'Zum Start gibt es ein Ersatz-Schwammset gratis dazu – jetzt bestellen.',
    },
    {
      field: 'translated_description',
      find: 'insgesamt 8 Litern',
      replace: 'insgesamt 10 Litern',
      labels: ['number_dropped', 'number_invented'],
    },
    'Mit unter 35 dB arbeitet er auch nachts angenehm leise.',
  ),
  listing(
    'p02',
    'terrarium_misting_systems',
    'ja',
    MISTER_ZH,
    MISTER_SRC,
    {
      translated_description:
        'Rainmistの第2世代自動ミストシステムは、熱帯雨林を再現したテラリウムや爬虫類・両生類のケージのために設計されています。360度向きを変えられるノズル4個と、長さ10mのシリコンチューブが標準で付属します。タンク容量は5Lで、満水にすれば十数日もちます。噴霧時間は1回あたり1〜120秒の範囲で設定でき、1日に最大8つの時間帯を登録できます。ポンプの動作音は約40dBです。1年間の保証が付いています。',
      seo_title: 'Rainmist 第2世代 自動ミストシステム 爬虫類・両生類',
      meta_description:
        '第2世代のRainmist自動ミストシステム。360度動くノズル4個と10mチューブ付きで、5Lタンクなら給水は十数日ごと。爬虫類や両生類の湿度管理がぐっと楽になります。',
      h1: 'Rainmist テラリウム用ミスト装置',
      marketing_copy_a:
        '毎日の霧吹きから解放され、湿度管理はタイマーにおまかせ。忙しい日も旅行中も安心です。今すぐ購入。',
      marketing_copy_b:
        '朝露に濡れた葉の上で、カエルがじっとこちらを見つめる。そんな小さな森を、ご自宅に。ぜひチェックしてください。',
      marketing_copy_c: '今なら交換用ノズルをおまけでお付けします。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '第2世代', replace: '第3世代', labels: ['number_invented'] },
    'ポンプの動作音は約40dBです。',
  ),
  listing(
    'p02',
    'terrarium_misting_systems',
    'fr',
    MISTER_ZH,
    MISTER_SRC,
    {
      translated_description:
        'Le système de brumisation automatique Rainmist de 2e génération est conçu pour les terrariums tropicaux, les terrariums à reptiles et les aquaterrariums pour amphibiens. Il est livré avec 4 buses orientables à 360° et 10 m de tuyau en silicone. Son réservoir de 5 litres, une fois plein, tient plus de dix jours. Chaque brumisation se règle de 1 à 120 secondes, avec jusqu’à 8 plages horaires par jour. La pompe tourne à environ 40 dB. Une garantie d’un an est incluse.',
      seo_title: 'Brumisateur automatique Rainmist 2e génération, 4 buses',
      meta_description:
        'Système de brumisation Rainmist de 2e génération : 4 buses orientables, 10 m de tuyau, réservoir de 5 litres et brumisation réglable de 1 à 120 secondes.',
      h1: 'Rainmist, la pluie tropicale dans votre terrarium',
      marketing_copy_a:
        'Fini le pulvérisateur à main matin et soir : l’humidité se gère toute seule, même pendant vos vacances. Commandez votre Rainmist.',
      marketing_copy_b:
        'Une grenouille immobile sur une feuille perlée de rosée, comme au cœur de la forêt… Ce petit miracle quotidien vous attend. Découvrez Rainmist.',
      marketing_copy_c: 'Buse de rechange offerte ce mois-ci : profitez-en !',
    },
    {
      field: 'translated_description',
      replace: 'Le réservoir se remplit en 3 minutes.',
      labels: ['number_invented'],
    },
    'La pompe tourne à environ 40 dB.',
  ),
  listing(
    'p03',
    'plant_grow_lights',
    'en',
    GROW_LIGHT_ZH,
    GROW_LIGHT_SRC,
    {
      translated_description:
        'The Verdant grow light has three lamp heads carrying more than 100 LEDs between them, with 45 W of total power. It offers 3 modes – red, blue and full spectrum – and 10 brightness levels. Set the timer to 4, 8 or 12 hours and it repeats the cycle automatically every day. The gooseneck arms are 60 cm (23.6 in) long and bend in any direction, and the clamp grips desk edges or plant shelves up to 5 cm thick. It suits succulents, herbs and seedlings alike.',
      seo_title: 'Verdant Full-Spectrum Grow Light, Three Heads, 45 W',
      meta_description:
        'Verdant grow light with three gooseneck heads, more than 100 LEDs and 45 W: red, blue and full-spectrum modes, 10 brightness levels and a daily timer.',
      h1: 'Verdant Clip-On Plant Light',
      marketing_copy_a:
        'Give your seedlings the light of a sunny greenhouse without building one, because a clamp is all the installation it needs. Get your Verdant now.',
      marketing_copy_b:
        'Remember the thrill of the first green shoot pushing through the soil? Now it can happen even in a dark winter flat. Discover Verdant.',
      marketing_copy_c: 'Spring sale: a pack of herb seeds comes free with every Verdant – shop now.',
    },
    { field: 'seo_title', find: '45 W', replace: '50 W', labels: ['number_invented'] },
    'Set the timer to 4, 8 or 12 hours and it repeats the cycle automatically every day.',
  ),
  listing(
    'p03',
    'plant_grow_lights',
    'es',
    GROW_LIGHT_ZH,
    GROW_LIGHT_SRC,
    {
      translated_description:
        'La lámpara de cultivo Verdant tiene tres cabezales con más de 100 LED en total y una potencia de 45 W. Ofrece 3 modos de luz (roja, azul y espectro completo) y 10 niveles de brillo. El temporizador se programa en 4, 8 o 12 horas y repite el ciclo cada día de forma automática. Los brazos flexibles miden 60 cm y se doblan en cualquier dirección; la pinza se sujeta a bordes de mesa o estanterías de hasta 5 cm de grosor. Es ideal para suculentas, hierbas aromáticas y semilleros.',
      seo_title: 'Lámpara de cultivo Verdant, tres cabezales, 45 W',
      meta_description:
        'Lámpara de cultivo Verdant con tres cabezales, más de 100 LED, 3 modos de luz, 10 niveles de brillo y temporizador diario. Tus plantas crecen todo el año.',
      h1: 'Verdant, luz de sol para tus plantas',
      marketing_copy_a:
        'Un invernadero en tu escritorio sin obras ni complicaciones: se instala con una pinza. Cómprala ya.',
      marketing_copy_b:
        '¿Recuerdas la ilusión de ver asomar el primer brote? Vívela también en pleno invierno. Descubre Verdant.',
      marketing_copy_c: 'Sobre de semillas de regalo con cada Verdant esta primavera: pídela hoy.',
    },
    {
      field: 'translated_description',
      find: '10 niveles de brillo',
      replace: '15 niveles de brillo',
      labels: ['number_dropped', 'number_invented'],
    },
    'Los brazos flexibles miden 60 cm y se doblan en cualquier dirección; la pinza se sujeta a bordes de mesa o estanterías de hasta 5 cm de grosor.',
  ),
  listing(
    'p04',
    'hydroponic_growing_kits',
    'de',
    HYDRO_ZH,
    HYDRO_SRC,
    {
      translated_description:
        'Der Indoor-Hydroponik-Garten Sprout H12 bietet 12 Pflanzplätze – für Kräuter, Salat und sogar Cocktailtomaten. Der Wassertank fasst 4,5 Liter, nachfüllen müssen Sie nur etwa alle zwei Wochen. Eine eingebaute 24-W-LED-Pflanzenleuchte sorgt für Licht, ihr Teleskopstab lässt sich auf bis zu 43 cm ausfahren. Alle 30 Minuten wälzt die Pumpe das Wasser automatisch um und versorgt die Wurzeln mit Sauerstoff, sodass die Pflanzen rund 40 % schneller wachsen als in Erde. Im Lieferumfang sind 12 Anzuchtschwämmchen und zwei Flaschen Nährlösung enthalten.',
      seo_title: 'Sprout H12 Hydroponik-Anzuchtsystem mit 12 Pflanzplätzen',
      meta_description:
        'Hydroponik-Garten Sprout H12 für drinnen: 12 Pflanzplätze, 4,5-Liter-Tank, LED-Pflanzenlicht und automatische Umwälzung für frische Kräuter im ganzen Jahr.',
      h1: 'Sprout H12 – Ihr Kräutergarten für die Küche',
      marketing_copy_a:
        'Frisches Basilikum direkt von der Arbeitsplatte statt teurer Töpfchen aus dem Supermarkt: Das rechnet sich schnell. Jetzt bestellen.',
      marketing_copy_b:
        'Wie duftet ein Salat, den Sie mitten im Januar selbst geerntet haben? Finden Sie es heraus. Entdecken Sie Sprout.',
      marketing_copy_c:
        'Nur diesen Monat: eine Extraportion Nährlösung gratis zu jedem Sprout H12 – sichern Sie sich Ihren Küchengarten.',
    },
    {
      field: 'translated_description',
      find: 'etwa alle zwei Wochen',
      replace: 'etwa alle drei Wochen',
      labels: ['number_invented'],
    },
    'Eine eingebaute 24-W-LED-Pflanzenleuchte sorgt für Licht, ihr Teleskopstab lässt sich auf bis zu 43 cm ausfahren.',
  ),
  listing(
    'p04',
    'hydroponic_growing_kits',
    'ja',
    HYDRO_ZH,
    HYDRO_SRC,
    {
      translated_description:
        'Sprout H12は、12か所の植え穴を備えた室内用の水耕栽培キットです。ハーブやレタス、ミニトマトまで育てられます。タンク容量は4.5Lで、給水の目安はおよそ2週間ごとです。24WのLED育成ライトを内蔵し、ライトのポールは最大43cmまで伸ばせます。ポンプが30分ごとに水を自動で循環させて根に酸素を届けるため、土で育てるより約40％早く成長します。種スポンジ12個と液体肥料2本が付属します。',
      seo_title: 'Sprout H12 水耕栽培キット 12株 LEDライト付き',
      meta_description:
        '12か所の植え穴と4.5Lタンクを備えた室内用水耕栽培キット。LED育成ライトと自動循環ポンプで、キッチンでも季節を問わずハーブや野菜を育てられます。',
      h1: 'Sprout キッチンで育てる水耕菜園',
      marketing_copy_a:
        'スーパーで買うハーブ代が、摘みたての収穫に変わります。土を使わないので部屋も汚れません。今すぐ購入。',
      marketing_copy_b:
        '自分で育てたレタスをちぎる瞬間の、あのみずみずしさ。冬の食卓にも、小さな収穫の喜びを。ぜひお試しください。',
      marketing_copy_c: '今なら液体肥料を追加でプレゼント。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '4.5L',
      replace: '5.5L',
      labels: ['number_dropped', 'number_invented'],
    },
    'ポンプが30分ごとに水を自動で循環させて根に酸素を届けるため、土で育てるより約40％早く成長します。',
  ),
  listing(
    'p05',
    'automatic_fish_feeders',
    'es',
    FEEDER_ZH,
    FEEDER_SRC,
    {
      translated_description:
        'El comedero automático Finny tiene doble depósito con 200 ml de capacidad total: admite pienso en gránulos o en escamas y guarda alimento para varias semanas. Puedes programar de 1 a 4 tomas al día y ajustar la cantidad de cada ración en 5 niveles. Un pequeño ventilador interno mantiene la comida seca, y con dos pilas AA funciona unos 3 meses. Está pensado para acuarios de 50 cm de largo o más, y su pinza se adapta a cristales de hasta 12 mm de grosor.',
      seo_title: 'Comedero automático para peces Finny, doble depósito',
      meta_description:
        'Comedero automático Finny para acuarios: doble depósito de 200 ml, de 1 a 4 tomas al día y 5 niveles de ración. Tus peces bien alimentados aunque no estés.',
      h1: 'Finny, tus peces comen aunque estés fuera',
      marketing_copy_a:
        'Deja de pedir a los vecinos que alimenten a tus peces cuando te vas de viaje: Finny lo hace con precisión. Cómpralo hoy.',
      marketing_copy_b:
        '¿Te imaginas volver de vacaciones y encontrar a tus peces tan activos como los dejaste? Con Finny es así. Descubre Finny.',
      marketing_copy_c: 'Llévate el segundo Finny a mitad de precio este mes: aprovecha la oferta.',
    },
    {
      field: 'meta_description',
      find: 'de 1 a 4 tomas',
      replace: 'de 1 a 6 tomas',
      labels: ['number_invented'],
    },
    'Un pequeño ventilador interno mantiene la comida seca, y con dos pilas AA funciona unos 3 meses.',
  ),
  listing(
    'p05',
    'automatic_fish_feeders',
    'fr',
    FEEDER_ZH,
    FEEDER_SRC,
    {
      translated_description:
        'Le distributeur automatique de nourriture Finny possède un double compartiment d’une contenance totale de 200 ml, qui accueille granulés comme paillettes et nourrit vos poissons pendant plusieurs semaines. Programmez de 1 à 4 repas par jour et réglez la quantité de chaque portion sur 5 niveaux. Un petit ventilateur intégré garde la nourriture au sec, et deux piles AA lui assurent environ 3 mois d’autonomie. Il convient aux aquariums d’au moins 50 cm de long, et sa pince s’adapte aux parois jusqu’à 12 mm d’épaisseur.',
      seo_title: 'Nourrisseur automatique Finny, double compartiment',
      meta_description:
        'Nourrisseur automatique Finny : double compartiment de 200 ml, 1 à 4 repas par jour et 5 niveaux de portion. Vos poissons mangent même pendant vos vacances.',
      h1: 'Finny, le repas de vos poissons à l’heure',
      marketing_copy_a:
        'Plus besoin de confier vos clés au voisin pour nourrir les poissons pendant les vacances. Commandez votre Finny.',
      marketing_copy_b:
        'Rentrer de voyage et retrouver un aquarium plein de vie, des poissons qui viennent vous saluer contre la vitre… Découvrez Finny.',
      marketing_copy_c: 'Ce mois-ci, le deuxième Finny est à moitié prix : ajoutez-le à votre panier !',
    },
    {
      field: 'translated_description',
      find: 'environ 3 mois',
      replace: 'environ 6 mois',
      labels: ['number_dropped', 'number_invented'],
    },
    'Il convient aux aquariums d’au moins 50 cm de long, et sa pince s’adapte aux parois jusqu’à 12 mm d’épaisseur.',
  ),
  listing(
    'p06',
    'soil_moisture_meters',
    'en',
    SOIL_METER_ZH,
    SOIL_METER_SRC,
    {
      translated_description:
        'The Terra 3-in-1 soil meter reads moisture, pH and light levels at the same time, and it needs no batteries at all. Its probe is 20 cm (7.9 in) long; push it into the soil and you get a reading in about 60 seconds. pH is measured from 3.5 to 8, and the moisture dial is graded from 1 to 10. The card on the back lists reference values for more than 100 common plants. It works for house plants, flower beds and lawns, and young gardeners aged 8 and up can use it with an adult.',
      seo_title: 'Terra 3-in-1 Soil Meter for Moisture, pH and Light',
      meta_description:
        'Terra 3-in-1 soil meter: check moisture, pH from 3.5 to 8 and light in one go, with no batteries needed and reference values for more than 100 plants.',
      h1: 'Terra Soil Tester for Happier Plants',
      marketing_copy_a:
        'No batteries to buy, ever, and no more guessing when to water – your plants will tell you. Shop the Terra today.',
      marketing_copy_b:
        'That sinking feeling when a favourite fern droops for no clear reason? Terra shows you what it needs before it’s too late. Discover Terra.',
      marketing_copy_c: 'Garden season deal: a free plant-care guide with every Terra – order now.',
    },
    {
      field: 'translated_description',
      replace: 'Readings are accurate to within 5%.',
      labels: ['number_invented'],
    },
    'Its probe is 20 cm (7.9 in) long; push it into the soil and you get a reading in about 60 seconds.',
  ),
  listing(
    'p06',
    'soil_moisture_meters',
    'de',
    SOIL_METER_ZH,
    SOIL_METER_SRC,
    {
      translated_description:
        'Das 3-in-1-Bodenmessgerät Terra misst Feuchtigkeit, pH-Wert und Lichtstärke gleichzeitig und kommt ganz ohne Batterien aus. Die Messsonde ist 20 cm lang; nach etwa 60 Sekunden im Boden können Sie den Wert ablesen. Der pH-Bereich reicht von 3,5 bis 8, die Feuchteskala ist in die Stufen 1 bis 10 eingeteilt. Auf der Karte an der Rückseite finden Sie Richtwerte für über 100 gängige Pflanzen. Geeignet für Zimmerpflanzen, Beete und Rasen – auch Nachwuchsgärtner ab 8 Jahren können es unter Aufsicht eines Erwachsenen nutzen.',
      seo_title: 'Terra 3-in-1 Bodenmessgerät für Feuchte, pH und Licht',
      meta_description:
        'Bodentester Terra 3-in-1: misst Feuchtigkeit, pH-Wert und Licht ohne Batterien, mit 20-cm-Sonde und Richtwerten für über 100 Pflanzen. Für Haus und Garten.',
      h1: 'Terra Bodentester für gesunde Pflanzen',
      marketing_copy_a:
        'Kein Batteriewechsel, kein Rätselraten beim Gießen – und weniger eingegangene Pflanzen. Jetzt kaufen.',
      marketing_copy_b:
        'Kennen Sie das, wenn die Lieblingspflanze plötzlich die Blätter hängen lässt? Mit Terra merken Sie früher, was ihr fehlt. Entdecken Sie Terra.',
      marketing_copy_c: 'Zur Gartensaison gibt es einen Pflegeratgeber gratis dazu – jetzt bestellen.',
    },
    { field: 'seo_title', find: '3-in-1', replace: '4-in-1', labels: ['number_invented'] },
    'Der pH-Bereich reicht von 3,5 bis 8, die Feuchteskala ist in die Stufen 1 bis 10 eingeteilt.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** `text` with `insert` right after the first `anchor`, or appended when the anchor is missing. */
const after = (text: string, anchor: string, insert: string): string => {
  const at = text.indexOf(anchor);
  if (at < 0) return `${text} ${insert.trim()}`;
  const end = at + anchor.length;
  return `${text.slice(0, end)}${insert}${text.slice(end)}`;
};

/** `text` with `note` placed just before the full stop of its `n`-th sentence (Latin scripts). */
const beforeStop = (text: string, n: number, note: string): string => {
  const parts = text.split(/(?<=\D[.!?])\s+/);
  const i = Math.min(n, parts.length) - 1;
  parts[i] = parts[i].replace(/([.!?])$/, ` ${note}$1`);
  return parts.join(' ');
};

/** The same for Japanese: `note` placed before the `n`-th 。 */
const beforeStopJa = (text: string, n: number, note: string): string => {
  const parts = text.match(/[^。]+。/g) ?? [text];
  const i = Math.min(n, parts.length) - 1;
  parts[i] = parts[i].replace(/。$/, `${note}。`);
  return parts.join('');
};

// en: listing 1 (canister filter) takes styles 0-2, listing 2 (grow light) 3-5, listing 3 (soil meter) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: after(
      c.translated_description,
      'canister filter',
      ' – which I have turned into shop English below –',
    ),
  }),
  (c) => ({ marketing_copy_b: `Oh, I really enjoyed writing this! ${c.marketing_copy_b}` }),
  (c) => ({ h1: `Heading:${c.h1}` }),
  (c) => ({
    translated_description: beforeStop(
      c.translated_description,
      2,
      '(merged from the supplier’s bullet points)',
    ),
  }),
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      'I kept the greenhouse image from your notes, as it reads naturally in English.',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Would you like me to name the seed varieties here, or is the general wording fine?`,
  }),
  (c) => ({
    translated_description: `${c.translated_description} Happy growing – and thank you for letting me write this listing for you!`,
  }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'I swapped the literal “leaves hang down” for something warmer.',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Want a matching version for your newsletter? I’d be glad to draft it next.`,
  }),
];

// de: listing 1 (canister filter) takes styles 0-2, listing 2 (hydroponic kit) 3-5, listing 3 (soil meter) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Wäre es Ihnen recht, wenn ich hier „Filterkessel“ statt „Außenfilter“ schreibe?`,
  }),
  (c) => ({
    translated_description: beforeStop(
      c.translated_description,
      1,
      '(Bezeichnungen der Filtermedien leicht vereinheitlicht)',
    ),
  }),
  (c) => ({ h1: `Kopfzeile:${c.h1}` }),
  (c) => ({
    translated_description: after(
      c.translated_description,
      'Sprout H12',
      ' – so lautet meine Übertragung ins Deutsche –',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Viel Freude beim Ernten – und danke, dass ich diesen Text für Sie schreiben durfte!`,
  }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Den Januar-Vergleich aus Ihrem Entwurf habe ich beibehalten.',
    ),
  }),
  (c) => ({ marketing_copy_a: `Nutzentext:${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Nebenbei bemerkt: „Bodentester“ klingt im Shop natürlicher als „Erdprüfer“.',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Gern formuliere ich Ihnen auch die weiteren Gartenartikel – schicken Sie mir einfach die nächsten Vorlagen.`,
  }),
];

// ja: listing 1 (misting system) takes styles 0-2, listing 2 (hydroponic kit) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: after(
      c.translated_description,
      '自動ミストシステムは、',
      '翻訳結果として申し上げますと、',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}「森」という言葉をあえて入れてみました！`,
  }),
  (c) => ({ h1: `表題：${c.h1}` }),
  (c) => ({
    translated_description: beforeStopJa(
      c.translated_description,
      2,
      '（品種名は店頭でなじみのある名称にしています）',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}液体肥料の本数も明記したほうがよろしいでしょうか？`,
  }),
  (c) => ({
    marketing_copy_a: afterSentenceJa(
      c.marketing_copy_a,
      2,
      'ほかの商品ページの文章も、いつでもお任せください。',
    ),
  }),
];

// es: listing 1 (grow light) takes styles 0-2, listing 2 (fish feeder) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b} ¡Ojalá te encaje con el tono de la tienda!` }),
  (c) => ({
    translated_description: after(
      c.translated_description,
      'La lámpara de cultivo Verdant',
      ', según la traducción que me pediste,',
    ),
  }),
  (c) => ({ h1: `Cabecera:${c.h1}` }),
  (c) => ({
    translated_description: beforeStop(
      c.translated_description,
      2,
      '(he seguido el orden de la ficha del proveedor)',
    ),
  }),
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      '¿Me confirmas, por favor, si prefieres «comedero» o «alimentador»?',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Y si necesitas textos para el resto de tu catálogo, aquí me tienes.`,
  }),
];

// fr: listing 1 (misting system) takes styles 0-2, listing 2 (fish feeder) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} J’ai préféré « brumisation » à « vaporisation », plus courant chez les terrariophiles.`,
  }),
  (c) => ({
    translated_description: after(
      c.translated_description,
      'Rainmist de 2e génération',
      ', voici donc ma traduction,',
    ),
  }),
  (c) => ({ h1: `Titre:${c.h1}` }),
  (c) => ({
    translated_description: beforeStop(
      c.translated_description,
      3,
      '(formulation un peu simplifiée par rapport à l’original)',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Préférez-vous que je précise aussi la durée de l’offre ?`,
  }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b} Au plaisir de rédiger vos prochaines fiches !` }),
];

export const ROUND_34_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap canister filters start rattling within weeks.',
      'Knockoff LEDs fade long before their time.',
      'Counterfeit soil testers tend to read nothing at all.',
      'Fake misting heads clog after a single season.',
    ],
    slogans: ['Roots that know what they need.', 'Sunlight, whenever your seedlings ask.'],
    chineseLeftovers: [],
    duplicateLead: 'Taken together, ',
    titleStuffing: ' | Aquarium Essentials, Gift for Gardeners, Free Delivery',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Filter fangen schnell an zu brummen.',
      'Bei einer Fälschung bleibt das Wasser trüb.',
      'Mit einer Nachahmung wachsen Ihre Kräuter nicht besser.',
      'Ein Imitat misst oft daneben.',
    ],
    slogans: ['Frische Kräuter, ganz ohne Erde.', 'Glasklar bis in die letzte Ecke.'],
    chineseLeftovers: [],
    duplicateLead: 'Im Großen und Ganzen: ',
    titleStuffing: ' | Aquaristik-Zubehör, Geschenk für Gärtner, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の水耕キットは水漏れしがちです。',
      'コピー品のノズルはすぐに詰まります。',
      '偽物の育成ライトにご用心ください。',
      '模倣品とはミストの細かさが違います。',
    ],
    slogans: ['土がなくても、緑はすくすく。', '水槽に、小さな雨季を。'],
    chineseLeftovers: ['这款喷雾器的喷头可以随意调节方向。', '这个种植机适合在厨房里种菜。'],
    duplicateLead: 'つまるところ、',
    titleStuffing: '｜アクアリウム用品 園芸ギフト 送料無料 人気ランキング',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los comederos baratos se atascan con la humedad.',
      'Una imitación no reparte la comida igual.',
      'Cuidado con las lámparas falsas sin certificado.',
      'Una réplica nunca da la misma luz.',
    ],
    slogans: ['Luz de sol en cualquier rincón.', 'Peces felices, vacaciones tranquilas.'],
    chineseLeftovers: [],
    duplicateLead: 'Dicho en breve: ',
    titleStuffing: ' | Acuariofilia, jardinería, envío gratis, idea regalo',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un brumisateur pas cher finit vite par goutter.',
      'Les contrefaçons de buses se bouchent en quelques semaines.',
      'Une imitation nourrit mal vos poissons.',
      'Les fausses garanties ne couvrent rien.',
    ],
    slogans: ['Les tropiques, à domicile.', 'Vos poissons, toujours à l’heure.'],
    chineseLeftovers: [],
    duplicateLead: 'Somme toute, ',
    titleStuffing: ' | Aquariophilie, jardinage, livraison offerte, promo',
  },
};
