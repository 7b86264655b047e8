// Blind set, round 95 (written without reading the gate, committed before it is scored): six small kitchen,
// cleaning, gadget and camping products in the categories breakfast_makers, mite_removal_vacuums,
// portable_wifi_hotspots, camping_cots, handheld_steam_cleaners and portable_juicer_cups, 12 hand-written listings,
// three artifact styles per listing and wording of its own. Theme: clean copy that is hard for a number checker.
// The sources are written the way Chinese shops write, with numbers inside compound words (三合一, 第二代/第一代,
// 双层, 双频, 十几, 一百多, 两用, 一床三用, 九件套), codes and model names with digits (M3, X5, 5G, 4G, 2.4G, 3C,
// 600D, 7075), 万 (1.2万Pa), approximate forms (约, 左右, 多), ranges (0到30, 30到40, 1到2), percentages, 长x宽x高
// dimensions, weights, capacities, wattages, an age, durations and counts with classifiers; the clean listings
// render them as native writers do (3-in-1 / 3 en 1, number words, ordinals, German compounds such as neunteilig,
// 1.2万Pa kept in ja, correct conversions in brackets for en, decimal commas and a narrow no-break space in fr).
// Number edits are of the ordinary kinds: a changed value in the description (dropped + invented, or invented only
// when the value is still said elsewhere in the description), a changed value in the title or the meta (invented),
// and an added spec. Artifact style of this round: the common kinds the llm_artifact definition names, in wordings of
// their own (lead-ins, sign-offs, AI disclaimers, code fences, HTML tags, markdown bold and headings, field-label
// prefixes, a translator's note); no digits in artifacts that land in the description, title or meta.
// Legitimate numbers and number words:
// Morni 三合一 (3-in-1, 3 en 1; 3 and 1 are also said plainly by 3C and 1年), 三样 (three, trois), 一个人 (on your own,
// même seul: idiom), 两人份 (for two, pour deux), 9 L (9-litre, 9 litres), 4 slices, 0 to 30 minutes, about 16 cm
// (6.3 in), 一次 (at a time, à la fois: idiom), about 4 cups, 1250 W (1,250 W, 1 250 W with a narrow no-break space),
// 十几分钟 (a little over ten minutes, un peu plus de dix minutes: 10), 46x30x28 cm (18.1 × 11.8 × 11 in), about
// 5.6 kg (12.3 lb, 5,6 kg), 3C, 1 year (1-year warranty, 1 an);
// Clenzo M3 (model, 3), 第二代 (der zweiten Generation, 第2世代), 1.2万Pa (12.000 Pa, 1.2万Pa), 第一代 (ersten
// Generation, 第1世代), 20%, 3 seconds, 99.9% (99,9 %), 每分钟 4000 (4.000 pro Minute, 1分間に4000回), 55 °C,
// 0.3 L (0,3 l, 0.3L), every 3 months (3か月に1回), 500 W, 5 m, about 1.4 kg (1,4 kg), 1 to 2 times a week
// (1- bis 2-mal, 週1〜2回);
// Linko X5 (model, 5), 5G, 1.6 Gbps (1,6 Gbps), 4G, 2.4G (2.4 GHz, 2,4 GHz), 5G dual band (5 GHz), 32 devices,
// 4000 mAh (4,000 mAh, 4000 mAh), about 8 hours, Type-C (USB-C: no number), about 2.5 hours (2,5 horas), 一张银行卡
// (a bank card: idiom), 1.5 cm (0.6 in, 1,5 cm), about 150 g (5.3 oz), 双频 (dual-band, doble banda: not a number);
// Campo 190x68x40 cm (190 × 68 × 40 cm), 185 cm, 双层 (doppellagig, double épaisseur: not a number), 600D, 7075
// aluminium (7075er), 8 legs (8 Standbeine, 8 pieds), 150 kg, 十几秒 (kaum mehr als zehn Sekunden, un peu plus de dix
// secondes: 10), 93x18x16 cm, about 3.9 kg (3,9 kg), 两个侧袋 (zwei Seitentaschen, deux poches), 一床三用 (drei
// Zwecke, trois usages: 3; 一 is idiom);
// Vapo 1000 W (1,000 W, 1.000 W), about 30 seconds, 105 °C (221 °F), 3 steam levels (3 Stufen), 一按 (one press, per
// Knopfdruck: idiom), 350 ml, about 12 minutes, 九件套 (nine-piece, neunteilig; 9-Piece and 9-teilig in the titles),
// 两用 (two ways, auf zwei Arten; 2 is also said plainly by 2年), 4 m (13 ft), 2 years (2-year warranty, 2 Jahre);
// Juzzi 第二代 (第2世代, segunda generación; 2 is also said plainly by 2小时), 380 ml, 6 blades (6枚刃, 6 cuchillas),
// 22000 rpm (22000回転, 22.000 revoluciones), 30 to 40 seconds (30〜40秒, entre 30 y 40 segundos), 一杯 (a glass:
// idiom, not rendered with a digit), 2000 mAh, about 2 hours, 一次 (a full charge: idiom), about 15 glasses (約15杯,
// unos 15 zumos), 一百多克 (100g余り, poco más de 100 g: 100), 8 years and over (8歳以上, a partir de 8 años).
// Number edits: Morni en meta 9 → 12 litres (invented), fr 16 → 18 cm (dropped + invented); Clenzo de title 12.000 →
// 15.000 Pa (invented), ja 20% → 30% (dropped + invented); Linko en 5 GHz → 6 GHz in the description (invented only:
// 5 is still said there by X5 and 5G), es meta 32 → 40 devices (invented); Campo de 150 → 180 kg (dropped +
// invented), fr title 150 → 120 kg (invented); Vapo en an added sentence with a weight (invented), de meta 105 →
// 120 °C (invented); Juzzi ja title 380 → 450 ml (invented), es 22.000 → 25.000 rpm (dropped + invented).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const BREAKFAST_ZH = 'Morni 三合一早餐机 9升烤箱 1250W';
const BREAKFAST_SRC =
  'Morni 三合一早餐机，烤箱、煎盘、咖啡壶三样合在一台里，一个人做两人份早餐也不手忙脚乱。上层是9升小烤箱，能放4片吐司，定时0到30分钟；中间的不粘煎盘直径约16厘米，煎蛋、煎培根都行；侧边的咖啡壶一次能煮4杯左右。整机功率1250瓦，三样可以同时开，十几分钟就能端上一桌热乎乎的早餐。机身长x宽x高为46x30x28厘米，重约5.6公斤。已通过3C认证，整机保修1年。';
const MITE_ZH = 'Clenzo M3 第二代除螨仪 1.2万Pa UV杀菌';
const MITE_SRC =
  'Clenzo M3 第二代除螨仪，吸力升级到1.2万Pa，比第一代提升了20%。底部UV紫外灯照射3秒，除螨率可达99.9%；每分钟拍打4000次，把藏在床垫深处的螨虫和皮屑拍出来吸走。55℃恒温热风同步烘干，潮湿的被子也不怕。尘盒容量0.3升，可水洗；HEPA滤网可拆，建议3个月换一次。功率500瓦，电源线长5米，整机重约1.4公斤。床垫、沙发、枕头、毛绒玩具都能用，建议每周除螨1到2次。';
const HOTSPOT_ZH = 'Linko X5 5G随身WiFi 双频 4000毫安';
const HOTSPOT_SRC =
  'Linko X5 5G随身WiFi，插上SIM卡就能上网，5G网络下下载速度最高1.6Gbps，没有5G信号时自动切换到4G。支持2.4G和5G双频WiFi，最多可同时连接32台设备，全家人或整个小团队一起用都不卡。内置4000毫安电池，满电可连续使用约8小时，Type-C接口充电，约2.5小时充满。机身只有一张银行卡大小，厚1.5厘米，重约150克，放口袋里没感觉。出差、露营、自驾游都适合，出国也能用（需开通当地流量）。';
const COT_ZH = 'Campo 户外折叠行军床 双层加厚 承重150公斤';
const COT_SRC =
  'Campo 户外折叠行军床，展开尺寸长x宽x高为190x68x40厘米，身高185厘米以下的人都能躺平。床面是双层加厚的600D牛津布，7075航空铝合金支架配8条支撑腿，承重150公斤，翻身也不晃。不用任何工具，十几秒就能展开或收起，收起来只有93x18x16厘米，重约3.9公斤，放进后备箱刚刚好。床边挂着两个侧袋，手机、头灯随手放。露营、午休、家里来客人临时加床，一床三用。';
const STEAM_ZH = 'Vapo 手持高温蒸汽清洁机 1000W 九件套刷头';
const STEAM_SRC =
  'Vapo 手持高温蒸汽清洁机，功率1000瓦，加水后约30秒就出蒸汽，喷嘴温度可达105℃，油烟机、灶台、瓷砖缝里的陈年油污一喷就松。蒸汽大小分3档，手柄上一按就能切换，还带童锁。水箱容量350毫升，加满一次能连续喷12分钟左右。随机附赠九件套刷头，厨房、卫生间、窗户、汽车内饰都能清洁。手持、挂肩两用，电源线长4米。只用清水，不加清洁剂，家里有宝宝和宠物也放心。整机保修2年。';
const JUICER_ZH = 'Juzzi 第二代便携榨汁杯 380毫升 Type-C充电';
const JUICER_SRC =
  'Juzzi 第二代便携榨汁杯，杯身容量380毫升，6叶不锈钢刀头，每分钟22000转，冰块也能打碎。榨一杯只要30到40秒，早上出门前来一杯鲜榨橙汁刚刚好。内置2000毫安电池，Type-C接口充电，约2小时充满，充满一次能榨15杯左右。杯身用食品级Tritan材质，不含BPA，整杯才一百多克，拆开就能水洗。杯盖带提绳，健身、上班、郊游都能带着走。杯身没装好时刀头不会转，建议8岁以上的孩子在大人陪同下使用。';

export const ROUND_95_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'breakfast_makers',
    'en',
    BREAKFAST_ZH,
    BREAKFAST_SRC,
    {
      translated_description:
        'The Morni 3-in-1 breakfast station combines a toaster oven, a griddle and a coffee maker in a single unit, so even on your own you can put together breakfast for two without rushing about. On top is a 9-litre mini oven that holds 4 slices of toast, with a timer you can set anywhere from 0 to 30 minutes. In the middle, a non-stick griddle about 16 cm (6.3 in) across takes care of fried eggs and bacon, while the coffee pot at the side brews around 4 cups at a time. The whole unit draws 1,250 W and all three parts can run at once, so a hot breakfast is on the table in a little over ten minutes. It measures 46 × 30 × 28 cm (L × W × H; 18.1 × 11.8 × 11 in) and weighs about 5.6 kg (12.3 lb). It is 3C certified and comes with a 1-year warranty.',
      seo_title: 'Morni 3-in-1 Breakfast Station with 9 L Oven, 1,250 W',
      meta_description:
        'Morni 3-in-1 breakfast station: a 9-litre oven, a non-stick griddle and a coffee maker for about 4 cups that all run at once for a hot breakfast in minutes.',
      h1: 'Morni – Toast, Eggs and Coffee from a Single Machine',
      marketing_copy_a:
        'Three breakfast appliances in the counter space of one: toast, eggs and coffee side by side from a single plug. Order your Morni today.',
      marketing_copy_b:
        'Weekend mornings that smell of fresh coffee and warm toast, without a sink full of pans afterwards. Slow down and enjoy them together. Discover the Morni.',
      marketing_copy_c:
        'Launch offer: free silicone tongs with every Morni ordered this month. Shop now while stocks last.',
    },
    {
      field: 'meta_description',
      find: 'a 9-litre oven',
      replace: 'a 12-litre oven',
      labels: ['number_invented'],
    },
    'It measures 46 × 30 × 28 cm (L × W × H; 18.1 × 11.8 × 11 in) and weighs about 5.6 kg (12.3 lb).',
  ),
  listing(
    'p01',
    'breakfast_makers',
    'fr',
    BREAKFAST_ZH,
    BREAKFAST_SRC,
    {
      translated_description:
        'La station petit-déjeuner Morni 3 en 1 réunit un mini-four, une plaque de cuisson et une cafetière dans un seul appareil : même seul, vous préparez sans courir un petit-déjeuner pour deux. En haut, le four de 9 litres accueille 4 tranches de pain de mie, avec une minuterie réglable de 0 à 30 minutes. Au milieu, la plaque antiadhésive d’environ 16 cm de diamètre se prête aux œufs au plat comme au bacon, tandis que la cafetière, sur le côté, prépare environ 4 tasses à la fois. Avec une puissance totale de 1\u202f250 W, les trois éléments peuvent fonctionner en même temps : en un peu plus de dix minutes, un petit-déjeuner bien chaud est servi. L’appareil mesure 46 × 30 × 28 cm (L × l × H) et pèse environ 5,6 kg. Certifié 3C, il est garanti 1 an.',
      seo_title: 'Station petit-déjeuner Morni 3 en 1, four 9 L, 1\u202f250 W',
      meta_description:
        'Four de 9 litres, plaque antiadhésive et cafetière de 4 tasses dans la station Morni 3 en 1 : un petit-déjeuner chaud en un peu plus de dix minutes.',
      h1: 'Morni, tout le petit-déjeuner sur un seul appareil',
      marketing_copy_a:
        'Trois appareils pour la place d’un seul : pain grillé, œufs et café en même temps, sur une seule prise. Commandez votre Morni dès aujourd’hui.',
      marketing_copy_b:
        'Le week-end, l’odeur du café qui coule et des tartines dorées, sans pile de poêles à laver ensuite. Prenez le temps, à deux. Découvrez Morni.',
      marketing_copy_c:
        'Offre de lancement : une pince en silicone offerte pour toute Morni commandée ce mois-ci. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'd’environ 16 cm de diamètre',
      replace: 'd’environ 18 cm de diamètre',
      labels: ['number_dropped', 'number_invented'],
    },
    'L’appareil mesure 46 × 30 × 28 cm (L × l × H) et pèse environ 5,6 kg.',
  ),
  listing(
    'p02',
    'mite_removal_vacuums',
    'de',
    MITE_ZH,
    MITE_SRC,
    {
      translated_description:
        'Der Milbensauger Clenzo M3 der zweiten Generation saugt jetzt mit 12.000 Pa und damit 20 % stärker als das Modell der ersten Generation. Schon 3 Sekunden unter der UV-Lampe an der Unterseite genügen für eine Milbenreduktion von bis zu 99,9 %, und 4.000 Klopfschläge pro Minute lösen Milben und Hautschuppen tief aus der Matratze, damit sie direkt abgesaugt werden. Gleichzeitig trocknet Warmluft mit konstant 55 °C das Gewebe, sodass auch klamme Bettdecken kein Problem sind. Der Staubbehälter fasst 0,3 l und ist abwaschbar; der HEPA-Filter lässt sich herausnehmen und sollte alle 3 Monate gewechselt werden. Mit 500 W Leistung, einem 5 m langen Kabel und rund 1,4 kg Gewicht bleibt das Gerät handlich. Ob Matratze, Sofa, Kissen oder Kuscheltier: Wir empfehlen, 1- bis 2-mal pro Woche gründlich abzusaugen.',
      seo_title: 'Clenzo M3 Milbensauger mit UV-Licht, 12.000 Pa',
      meta_description:
        'Milbensauger Clenzo M3 der zweiten Generation: 12.000 Pa Saugkraft, UV-Licht, 4.000 Klopfschläge pro Minute und Warmluft mit 55 °C für Matratze und Sofa.',
      h1: 'Clenzo M3 – frische Betten ohne Milben und Staub',
      marketing_copy_a:
        'Klopfen, Saugen, UV-Licht und Warmluft in einem handlichen Gerät – für Matratzen, Polster und Kuscheltiere. Jetzt bestellen.',
      marketing_copy_b:
        'Abends in ein frisches, sauberes Bett sinken und durchatmen: für Allergiker ist das unbezahlbar. Entdecken Sie den Clenzo M3.',
      marketing_copy_c:
        'Zum Frühjahrsputz liegt jedem Clenzo M3 ein Ersatzfilter gratis bei. Sichern Sie sich Ihr Gerät, solange der Vorrat reicht.',
    },
    { field: 'seo_title', find: '12.000 Pa', replace: '15.000 Pa', labels: ['number_invented'] },
    'Mit 500 W Leistung, einem 5 m langen Kabel und rund 1,4 kg Gewicht bleibt das Gerät handlich.',
  ),
  listing(
    'p02',
    'mite_removal_vacuums',
    'ja',
    MITE_ZH,
    MITE_SRC,
    {
      translated_description:
        'Clenzo M3は、第2世代になったふとんクリーナーです。吸引力は1.2万Paにアップし、第1世代より20%パワフルになりました。本体底面のUVランプを3秒当てるだけで、ダニ除去率は最大99.9%。1分間に4000回のたたきで、マットレスの奥に潜むダニやフケをたたき出して吸い取ります。同時に55℃の温風で乾燥させるので、湿気を含んだ布団も安心です。ダストカップの容量は0.3Lで水洗いでき、HEPAフィルターは取り外し可能。交換は3か月に1回がおすすめです。消費電力は500W、電源コードの長さは5m、本体重量は約1.4kg。マットレス、ソファ、枕、ぬいぐるみなど幅広く使え、お手入れは週1〜2回が目安です。',
      seo_title: 'Clenzo M3 ふとんクリーナー 第2世代 1.2万Pa',
      meta_description:
        '吸引力1.2万Pa、UVランプと毎分4000回のたたき、55℃の温風でマットレスや布団をすっきりケア。第2世代のふとんクリーナーです。',
      h1: 'Clenzo M3 毎晩のふとんを清潔に',
      marketing_copy_a:
        'たたき、吸引、UV、温風をこれひとつに。マットレスもソファもぬいぐるみも、手軽にお手入れできます。今すぐ購入。',
      marketing_copy_b:
        '干したてのような清潔なふとんにもぐり込む夜は、何よりのごほうび。アレルギーが気になるご家族にも。ぜひチェックしてください。',
      marketing_copy_c: '春の大掃除キャンペーン中、交換用フィルターをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '第1世代より20%パワフル',
      replace: '第1世代より30%パワフル',
      labels: ['number_dropped', 'number_invented'],
    },
    '消費電力は500W、電源コードの長さは5m、本体重量は約1.4kg。',
  ),
  listing(
    'p03',
    'portable_wifi_hotspots',
    'en',
    HOTSPOT_ZH,
    HOTSPOT_SRC,
    {
      translated_description:
        'The Linko X5 is a 5G pocket Wi-Fi hotspot: pop in a SIM card and you are online, with download speeds of up to 1.6 Gbps on 5G, and where there is no 5G signal it switches to 4G automatically. It broadcasts dual-band Wi-Fi on 2.4 GHz and 5 GHz and lets up to 32 devices connect at once, so the whole family or a small team can share it without slowdowns. The built-in 4,000 mAh battery lasts about 8 hours of continuous use on a full charge and tops up via USB-C in about 2.5 hours. It is no bigger than a bank card, just 1.5 cm (0.6 in) thick and about 150 g (5.3 oz) in weight, so you will hardly notice it in your pocket. Ideal for business trips, camping and road trips, it works abroad too (a local data plan is required).',
      seo_title: 'Linko X5 5G Pocket Wi-Fi Hotspot, 32 Devices',
      meta_description:
        'Linko X5 5G pocket Wi-Fi: up to 1.6 Gbps, dual-band 2.4 and 5 GHz for up to 32 devices, and a 4,000 mAh battery that lasts about 8 hours.',
      h1: 'Linko X5 – Fast Internet Wherever You Unpack',
      marketing_copy_a:
        'Phones, tablets and laptops for the whole family on one fast connection, with no hunting for café Wi-Fi or hotel passwords. Get your Linko X5 now.',
      marketing_copy_b:
        'Video calls from the campsite, maps on a mountain road, a film for the kids in the back seat: the connection simply comes along. Discover the Linko X5.',
      marketing_copy_c:
        'Travel season offer: a free protective pouch with every Linko X5 this month. Order now while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'on 2.4 GHz and 5 GHz',
      replace: 'on 2.4 GHz and 6 GHz',
      labels: ['number_invented'],
    },
    'It is no bigger than a bank card, just 1.5 cm (0.6 in) thick and about 150 g (5.3 oz) in weight, so you will hardly notice it in your pocket.',
  ),
  listing(
    'p03',
    'portable_wifi_hotspots',
    'es',
    HOTSPOT_ZH,
    HOTSPOT_SRC,
    {
      translated_description:
        'El Linko X5 es un wifi portátil 5G: metes la tarjeta SIM y ya tienes internet, con velocidades de descarga de hasta 1,6 Gbps en red 5G; si no hay cobertura 5G, cambia solo a 4G. Emite wifi de doble banda, en 2,4 GHz y 5 GHz, y admite hasta 32 dispositivos conectados a la vez, así que toda la familia o un equipo pequeño pueden navegar sin cortes. Su batería integrada de 4000 mAh aguanta unas 8 horas de uso continuo con la carga completa y se recarga por USB-C en unas 2,5 horas. Es del tamaño de una tarjeta bancaria, con 1,5 cm de grosor y unos 150 g de peso: en el bolsillo ni lo notas. Es perfecto para viajes de trabajo, acampadas y escapadas en coche, y también funciona en el extranjero (con una tarifa de datos local contratada).',
      seo_title: 'Wifi portátil Linko X5 5G, doble banda, 4000 mAh',
      meta_description:
        'Wifi portátil 5G Linko X5: hasta 1,6 Gbps, doble banda de 2,4 y 5 GHz para hasta 32 dispositivos y batería de 4000 mAh para unas 8 horas de uso.',
      h1: 'Linko X5, tu conexión rápida allá donde vayas',
      marketing_copy_a:
        'Móviles, tabletas y portátiles de toda la familia en una sola conexión rápida, sin buscar el wifi del bar ni la contraseña del hotel. Consigue tu Linko X5.',
      marketing_copy_b:
        'Videollamadas desde el camping, el mapa en una carretera de montaña, una película para los peques en el asiento de atrás: la conexión viaja contigo. Descubre el Linko X5.',
      marketing_copy_c:
        'Oferta de verano: funda protectora de regalo con cada Linko X5 este mes. Pídelo ya, hasta agotar existencias.',
    },
    {
      field: 'meta_description',
      find: 'hasta 32 dispositivos',
      replace: 'hasta 40 dispositivos',
      labels: ['number_invented'],
    },
    'Es del tamaño de una tarjeta bancaria, con 1,5 cm de grosor y unos 150 g de peso: en el bolsillo ni lo notas.',
  ),
  listing(
    'p04',
    'camping_cots',
    'de',
    COT_ZH,
    COT_SRC,
    {
      translated_description:
        'Die klappbare Campingliege Campo misst aufgebaut 190 × 68 × 40 cm (L × B × H) – wer bis zu 185 cm groß ist, liegt ganz ausgestreckt. Die Liegefläche aus doppellagigem, verstärktem 600D-Oxfordgewebe ruht auf einem Gestell aus 7075er-Flugzeugaluminium mit 8 Standbeinen; sie trägt 150 kg und wackelt auch nicht, wenn Sie sich umdrehen. Ganz ohne Werkzeug ist sie in kaum mehr als zehn Sekunden auf- oder abgebaut. Zusammengelegt misst sie nur 93 × 18 × 16 cm und wiegt rund 3,9 kg – sie passt genau in den Kofferraum. Zwei Seitentaschen am Rahmen nehmen Handy und Stirnlampe auf. Ob beim Camping, für das Mittagsschläfchen oder als Gästebett, wenn Besuch kommt: eine Liege für drei Zwecke.',
      seo_title: 'Campo Campingliege, klappbar, Alu, bis 150 kg belastbar',
      meta_description:
        'Klappbare Campingliege Campo: 190 × 68 cm Liegefläche, doppellagiges 600D-Gewebe, trägt 150 kg und ist ohne Werkzeug in Sekunden aufgebaut.',
      h1: 'Campo – gut schlafen, wo immer Sie Ihr Lager aufschlagen',
      marketing_copy_a:
        'Leicht genug für den Kofferraum, stabil genug für unruhige Schläfer und im Handumdrehen aufgebaut – ob Zeltplatz, Garten oder Gästezimmer. Jetzt bestellen.',
      marketing_copy_b:
        'Morgens ausgeschlafen aus dem Zelt kriechen statt mit Rückenschmerzen vom harten Boden: So fühlt sich Camping richtig gut an. Entdecken Sie die Campo.',
      marketing_copy_c:
        'Zum Saisonstart gibt es ein passendes Reisekissen gratis zu jeder Campo. Sichern Sie sich Ihre Liege jetzt.',
    },
    {
      field: 'translated_description',
      find: 'sie trägt 150 kg',
      replace: 'sie trägt 180 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Zusammengelegt misst sie nur 93 × 18 × 16 cm und wiegt rund 3,9 kg – sie passt genau in den Kofferraum.',
  ),
  listing(
    'p04',
    'camping_cots',
    'fr',
    COT_ZH,
    COT_SRC,
    {
      translated_description:
        'Une fois déplié, le lit de camp pliant Campo mesure 190 × 68 × 40 cm (L × l × H) : jusqu’à 185 cm, on s’y allonge de tout son long. Sa toile Oxford 600D double épaisseur, renforcée, est tendue sur une structure en aluminium aéronautique 7075 à 8 pieds ; il supporte 150 kg et ne bouge pas quand vous vous retournez. Sans aucun outil, il se déplie ou se replie en un peu plus de dix secondes. Replié, il ne mesure plus que 93 × 18 × 16 cm et pèse environ 3,9 kg : il tient pile dans le coffre. Deux poches latérales accrochées au cadre gardent téléphone et lampe frontale à portée de main. Camping, sieste ou lit d’appoint quand des amis dorment à la maison : un lit, trois usages.',
      seo_title: 'Lit de camp pliant Campo, aluminium, charge 150 kg',
      meta_description:
        'Lit de camp pliant Campo : 190 × 68 cm, toile 600D double épaisseur, structure alu à 8 pieds et 150 kg de charge, monté sans outil en quelques secondes.',
      h1: 'Campo, un vrai lit là où vous plantez la tente',
      marketing_copy_a:
        'Assez léger pour le coffre, assez solide pour les dormeurs agités et monté en un clin d’œil : au camping, au jardin ou dans la chambre d’amis improvisée. Commandez votre Campo.',
      marketing_copy_b:
        'Se réveiller reposé sous la tente, sans avoir le dos en compote après une nuit à même le sol : c’est ça, le vrai plaisir du camping. Découvrez Campo.',
      marketing_copy_c:
        'Pour l’ouverture de la saison, un oreiller de voyage offert avec chaque Campo. Profitez-en dès maintenant !',
    },
    { field: 'seo_title', find: 'charge 150 kg', replace: 'charge 120 kg', labels: ['number_invented'] },
    'Replié, il ne mesure plus que 93 × 18 × 16 cm et pèse environ 3,9 kg : il tient pile dans le coffre.',
  ),
  listing(
    'p05',
    'handheld_steam_cleaners',
    'en',
    STEAM_ZH,
    STEAM_SRC,
    {
      translated_description:
        'The Vapo handheld steam cleaner runs at 1,000 W and starts steaming about 30 seconds after you fill it, reaching up to 105 °C (221 °F) at the nozzle – hot enough to loosen old, baked-on grease on cooker hoods, hobs and tile grout in a single blast. The steam output has 3 levels that you switch with one press on the handle, and there is a child lock as well. The 350 ml tank gives around 12 minutes of continuous steam when full. A nine-piece set of brush heads comes in the box, so you can clean the kitchen, bathroom, windows and car interior alike. Use it two ways, in your hand or on the shoulder strap, with a 4 m (13 ft) power cord for plenty of reach. It works with plain water and no cleaning agents, so it is a safe choice in homes with babies and pets. The whole unit comes with a 2-year warranty.',
      seo_title: 'Vapo Handheld Steam Cleaner, 1,000 W, 9-Piece Brush Set',
      meta_description:
        'Vapo handheld steam cleaner: 1,000 W, up to 105 °C at the nozzle, 3 steam levels and a nine-piece brush set for grease, grout and car interiors.',
      h1: 'Vapo – Deep Cleaning with Nothing but Water',
      marketing_copy_a:
        'Hood, hob and grout come clean with hot steam alone, and the row of cleaning sprays under the sink can finally go. Order your Vapo today.',
      marketing_copy_b:
        'A kitchen that smells of nothing at all, a floor your baby can crawl across while you relax: that is what clean feels like. Discover the Vapo.',
      marketing_copy_c:
        'Spring-cleaning deal: a free set of microfibre cloths with every Vapo this month. Grab yours while stocks last.',
    },
    {
      field: 'translated_description',
      replace: 'It weighs only 1.3 kg (2.9 lb).',
      labels: ['number_invented'],
    },
    'The 350 ml tank gives around 12 minutes of continuous steam when full.',
  ),
  listing(
    'p05',
    'handheld_steam_cleaners',
    'de',
    STEAM_ZH,
    STEAM_SRC,
    {
      translated_description:
        'Der Handdampfreiniger Vapo arbeitet mit 1.000 W und liefert etwa 30 Sekunden nach dem Befüllen Dampf, an der Düse bis zu 105 °C heiß – so löst sich selbst alter, festsitzender Fettfilm an Dunstabzugshaube, Kochfeld und Fliesenfugen mit einem Sprühstoß. Die Dampfmenge lässt sich in 3 Stufen per Knopfdruck am Griff einstellen, eine Kindersicherung ist ebenfalls dabei. Der Wassertank fasst 350 ml, eine Füllung reicht für rund 12 Minuten Dauerdampf. Im Lieferumfang ist ein neunteiliges Bürstenset, mit dem Sie Küche, Bad, Fenster und Autoinnenraum gleichermaßen reinigen. Sie können das Gerät auf zwei Arten nutzen, in der Hand oder am Schultergurt, und das 4 m lange Netzkabel gibt Ihnen viel Bewegungsfreiheit. Es arbeitet nur mit klarem Wasser ohne Reinigungsmittel – ideal für Haushalte mit Babys und Haustieren. Auf das gesamte Gerät gibt es 2 Jahre Garantie.',
      seo_title: 'Vapo Handdampfreiniger, 1.000 W, 9-teiliges Bürstenset',
      meta_description:
        'Handdampfreiniger Vapo mit 1.000 W: Dampf bis 105 °C, 3 Stufen, Kindersicherung und neunteiliges Bürstenset für Küche, Bad und Auto.',
      h1: 'Vapo – gründlich sauber mit reinem Wasserdampf',
      marketing_copy_a:
        'Dunstabzug, Herd und Fugen werden allein mit heißem Dampf sauber – die Sprühflaschen unter der Spüle haben ausgedient. Jetzt bestellen.',
      marketing_copy_b:
        'Eine Küche, die nach nichts riecht außer Sauberkeit, und ein Boden, auf dem Ihr Baby unbesorgt krabbeln kann. Entdecken Sie den Vapo.',
      marketing_copy_c:
        'Frühjahrsputz-Aktion: ein Set Mikrofasertücher gratis zu jedem Vapo in diesem Monat. Sichern Sie sich Ihren Dampfreiniger jetzt.',
    },
    { field: 'meta_description', find: 'bis 105 °C', replace: 'bis 120 °C', labels: ['number_invented'] },
    'Der Wassertank fasst 350 ml, eine Füllung reicht für rund 12 Minuten Dauerdampf.',
  ),
  listing(
    'p06',
    'portable_juicer_cups',
    'ja',
    JUICER_ZH,
    JUICER_SRC,
    {
      translated_description:
        'Juzziの第2世代ポータブルジューサーは、容量380ml。ステンレス製の6枚刃が毎分22000回転し、氷までしっかり砕きます。ジュースは30〜40秒でできあがるので、朝の出がけにしぼりたてのオレンジジュースを楽しめます。2000mAhのバッテリーを内蔵し、USB Type-Cなら約2時間でフル充電でき、満充電で約15杯分作れます。ボトルは食品グレードのトリタン製でBPAフリー。重さは100g余りと軽く、分解して丸洗いできます。フタにはストラップが付いていて、ジムにも職場にもピクニックにも持っていけます。ボトルが正しくセットされていないと刃が回らない安全設計です。8歳以上のお子さまは、大人と一緒にお使いください。',
      seo_title: 'Juzzi ポータブルジューサー 380ml 第2世代 充電式',
      meta_description:
        '容量380ml、6枚刃で氷も砕ける充電式ポータブルジューサー。30〜40秒でしぼりたて、フル充電で約15杯。軽くて丸洗いでき、持ち運びにも便利です。',
      h1: 'Juzzi しぼりたてを、いつでもどこでも',
      marketing_copy_a:
        '氷も砕けるパワーと、バッグに入る軽さを両立。洗うのもかんたんで、毎日気軽に使えます。今すぐ購入。',
      marketing_copy_b:
        '朝の光の中で、しぼりたてのオレンジの香り。忙しい日も、自分のためのひと息を。ぜひチェックしてください。',
      marketing_copy_c: '今なら専用の替えフタをプレゼント。数量限定なので、ご注文はお早めに。',
    },
    { field: 'seo_title', find: '380ml', replace: '450ml', labels: ['number_invented'] },
    '8歳以上のお子さまは、大人と一緒にお使いください。',
  ),
  listing(
    'p06',
    'portable_juicer_cups',
    'es',
    JUICER_ZH,
    JUICER_SRC,
    {
      translated_description:
        'El Juzzi de segunda generación es un vaso licuadora portátil de 380 ml con 6 cuchillas de acero inoxidable que giran a 22.000 revoluciones por minuto: hasta el hielo se tritura. Cada zumo tarda solo entre 30 y 40 segundos, perfecto para tomarte un zumo de naranja recién exprimido antes de salir de casa. Lleva una batería integrada de 2000 mAh que se carga por USB-C en unas 2 horas, y con la carga completa te da para unos 15 zumos. El vaso es de Tritan apto para uso alimentario, sin BPA, pesa poco más de 100 g y se desmonta para lavarlo con agua. La tapa tiene una cinta para llevarlo al gimnasio, a la oficina o de excursión. Si el vaso no está bien montado, las cuchillas no giran; recomendamos que los niños a partir de 8 años lo usen siempre acompañados de un adulto.',
      seo_title: 'Vaso licuadora portátil Juzzi, 380 ml, USB-C',
      meta_description:
        'Vaso licuadora portátil Juzzi: 380 ml, 6 cuchillas que trituran hielo, zumo listo en 30 a 40 segundos y unos 15 usos por carga. Ligero y fácil de lavar.',
      h1: 'Juzzi, zumo recién hecho vayas donde vayas',
      marketing_copy_a:
        'Potencia para triturar hielo en un vaso que cabe en la mochila y se lava en un momento. Compra tu Juzzi hoy.',
      marketing_copy_b:
        'Ese sorbo de naranja recién exprimida, con el sol entrando por la ventana, antes de que empiece el día. Descubre Juzzi.',
      marketing_copy_c:
        'Solo este mes, tapa de repuesto de regalo con cada Juzzi. Hazte con el tuyo antes de que se agoten.',
    },
    {
      field: 'translated_description',
      find: '22.000 revoluciones',
      replace: '25.000 revoluciones',
      labels: ['number_dropped', 'number_invented'],
    },
    'El vaso es de Tritan apto para uso alimentario, sin BPA, pesa poco más de 100 g y se desmonta para lavarlo con agua.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (breakfast station) takes styles 0-2, listing 2 (hotspot) 3-5, listing 3 (steam cleaner) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Certainly! Below is the English version of the product description.\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `**Copy B (emotional angle):** ${c.marketing_copy_b}` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nI hope this works for your listing! Just say the word if you would like the tone adjusted.`,
  }),
  (c) => ({ seo_title: `SEO title: ${c.seo_title}` }),
  (c) => ({
    marketing_copy_c: `As an AI, I have no way of checking whether this promotion is still running, but here is a promotional version: ${c.marketing_copy_c}`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`json\n{ "marketing_copy_a": "${c.marketing_copy_a}" }\n\`\`\`` }),
  (c) => ({
    translated_description: `<div class="product-description">\n${c.translated_description}\n</div>`,
  }),
  (c) => ({ meta_description: `Translation: ${c.meta_description}` }),
];

// de: listing 1 (mite vacuum) takes styles 0-2, listing 2 (camping cot) 3-5, listing 3 (steam cleaner) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne, hier ist die deutsche Fassung der Beschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `**${c.seo_title}**` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nFalls Sie eine kürzere Variante brauchen, passe ich den Text gern an.`,
  }),
  (c) => ({ h1: `H1-Überschrift: ${c.h1}` }),
  (c) => ({ translated_description: `<p class="beschreibung">${c.translated_description}</p>` }),
  (c) => ({
    marketing_copy_b: `Als KI habe ich selbst noch nie gezeltet, aber so könnte der emotionale Text lauten: ${c.marketing_copy_b}`,
  }),
  (c) => ({ meta_description: `Meta-Text: ${c.meta_description}` }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(Hinweis zur Übersetzung: Die Maßeinheiten habe ich unverändert aus dem Original übernommen.)',
    ),
  }),
];

// ja: listing 1 (mite vacuum) takes styles 0-2, listing 2 (juicer cup) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `翻訳結果は以下のとおりです。\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `マーケティングコピー（価値訴求）：${c.marketing_copy_a}` }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n※AIによる翻訳のため、内容に誤りが含まれている可能性があります。`,
  }),
  (c) => ({ meta_description: `\`\`\`\n${c.meta_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n以上となります。ご確認のほどよろしくお願いいたします。`,
  }),
];

// es: listing 1 (hotspot) takes styles 0-2, listing 2 (juicer cup) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Por supuesto! Esta es la descripción traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `**${c.h1}**` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
  (c) => ({ seo_title: `Título SEO: ${c.seo_title}` }),
  (c) => ({ marketing_copy_a: `<p><strong>${c.marketing_copy_a}</strong></p>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nComo IA, no puedo comprobar las especificaciones técnicas del fabricante.`,
  }),
];

// fr: listing 1 (breakfast station) takes styles 0-2, listing 2 (camping cot) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ meta_description: `Méta : ${c.meta_description}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nJe reste à votre disposition pour toute modification.`,
  }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    translated_description: `Bien sûr ! Voici la description en français :\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<strong>${c.h1}</strong>` }),
  (c) => ({
    marketing_copy_a: `En tant qu’assistant IA, je ne peux pas tester ce lit, mais voici un texte axé sur la valeur : ${c.marketing_copy_a}`,
  }),
];

export const ROUND_95_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap steam cleaners often spit hot water instead of steam.',
      'A knockoff hotspot may not even support the networks it advertises.',
      'Counterfeit breakfast machines rarely carry any safety certification.',
      'Imitations of our griddle lose their non-stick coating within weeks.',
    ],
    slogans: ['Breakfast, sorted.', 'Clean steam, clear conscience.'],
    chineseLeftovers: [],
    duplicateLead: 'All in all: ',
    titleStuffing: ' | Kitchen Gift, Best Seller, Top Rated, Free Shipping, New In',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Milbensauger klopfen kaum und saugen noch weniger.',
      'Eine Fälschung erkennt man am wackeligen Gestell.',
      'Nachahmungen unserer Liege reißen oft schon nach kurzer Zeit.',
      'Ein Imitat aus dem Sonderposten dampft nur lauwarm.',
    ],
    slogans: ['Saubere Betten, ruhige Nächte.', 'Draußen schlafen, drinnen träumen.'],
    chineseLeftovers: [],
    duplicateLead: 'Alles in allem: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Top-Angebot, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のジューサーはすぐに刃が欠けてしまいます。',
      'コピー品のふとんクリーナーは吸引力が表示より弱いことがあります。',
      '偽物のフィルターではダニをしっかり防げません。',
      '模倣品のボトルには有害な素材が使われている恐れがあります。',
    ],
    slogans: ['ぐっすり眠れる、清潔なふとんを。', 'しぼりたてを、もっと身近に。'],
    chineseLeftovers: [
      '这个除螨仪吸力很大，床垫里的灰尘都能吸出来。',
      '这款榨汁杯很轻，放在包里带去公司很方便。',
    ],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜人気 おすすめ ギフト 送料無料 新生活 ランキング入賞',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los wifis portátiles baratos pierden la señal a cada rato.',
      'Una licuadora falsa puede romperse con el hielo.',
      'Desconfía de las imitaciones que no indican la capacidad de la batería.',
      'Las falsificaciones no pasan ningún control de seguridad.',
    ],
    slogans: ['Conectado, estés donde estés.', 'Frescura para llevar.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Regalo ideal, novedad, superventas, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un lit de camp pas cher cède souvent au bout de quelques nuits.',
      'Les contrefaçons chauffent souvent de façon inégale.',
      'Méfiez-vous des fausses certifications affichées en ligne.',
      'Aucune réplique n’égale la solidité de notre structure.',
    ],
    slogans: ['Le petit-déjeuner, sans effort.', 'Dormir dehors, comme à la maison.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison gratuite',
  },
};
