// Blind set, round 12 (written without reading the gate, committed before it is scored): six products in categories
// no earlier set has (security_cameras, rowing_machines, wine_coolers, camera_tripods, soldering_stations,
// mattresses), 12 hand-written listings, three artifact styles per listing and wording of its own;
// legitimate numbers: model S7, 第三代 as 3rd-generation / 第3世代, 400万像素 as 4 MP / 400万画素, 2560 × 1440,
// 双频 as dual-band on 2.4 and 5 GHz, 两颗 as two lights, IP66, 256 GB, -20 to 50 °C (-4 to 122 °F); model M8,
// 十六档 as 16 levels, 1.3 m, 150–195 cm, 四项 as vier / quatre, 0.5 m²; model WC-24, 双温区 (dual-zone, not a
// number), 24 bottles, 750 ml, 5–18 °C (41 to 64 °F), 39 dB, 六层 as 6 shelves, 双层 (double-glazed); model TR-25,
// 三脚架 (a word, not a number), 三段式 as 3段式 / dreiteilig, 1.5 m, 48 cm, 1.2 kg, 10 kg, 360°, 两块 as two plates;
// model SD-90, 三合一 as 3-in-1, 十分简便 (very easy, not a number), 90 W, 200–480 °C (392 to 896 °F), T12, 8 seconds,
// 350 °C, 500 °C, 十分钟 as 10 minutes; 五区 as cinq / cinco zones, 1 200 / 1200 springs, 3 cm, 25 cm,
// 1.5米×2米 as 1,5 × 2 m (150 × 200 cm), 十几年 as plus de dix ans / más de diez años, 七年 as 7 years, 一对 (a pair).
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording } from './blind-set';

const CAMERA_ZH = 'Vigil S7 第三代室外监控摄像头';
const CAMERA_SRC =
  'Vigil S7 第三代室外监控摄像头采用400万像素（2560×1440）传感器，支持2.4GHz和5GHz双频WiFi。内置两颗暖光补光灯，夜视距离可达30米，夜间也能彩色成像。防水等级IP66，支持最大256GB存储卡，可在-20至50℃环境下工作。';
const ROWER_ZH = 'Remo M8 磁阻划船机';
const ROWER_SRC =
  'Remo M8 磁阻划船机提供十六档阻力调节，铝合金滑轨长1.3米，适合身高150至195厘米的用户。LCD显示屏实时显示时间、距离、桨频和卡路里四项数据。最大承重120公斤，不用时可竖立收纳，占地仅0.5平方米。';
const WINE_ZH = 'Cava WC-24 双温区压缩机酒柜';
const WINE_SRC =
  'Cava WC-24 双温区酒柜可存放24瓶750毫升标准葡萄酒，温度可在5至18℃之间调节：上层适合白葡萄酒和起泡酒，下层适合红葡萄酒。采用压缩机制冷，运行噪音低于39分贝。配有六层榉木层架和防紫外线双层玻璃门。';
const TRIPOD_ZH = 'Atlas TR-25 碳纤维三脚架';
const TRIPOD_SRC =
  'Atlas TR-25 碳纤维三脚架采用三段式脚管，最大高度1.5米，收纳长度仅48厘米。自重1.2千克，最大承重10千克。配备360°全景球形云台和两块阿卡标准快装板，中轴可倒装，方便微距拍摄。';
const SOLDER_ZH = 'Fuse SD-90 三合一数显焊台';
const SOLDER_SRC =
  'Fuse SD-90 三合一焊台集电烙铁、热风枪和直流电源于一体，操作十分简便。电烙铁功率90瓦，温度范围200至480℃，兼容T12烙铁头，8秒即可升温至350℃。热风枪最高温度500℃。数显屏支持摄氏和华氏切换，十分钟无操作自动休眠。';
const MATTRESS_ZH = 'Nube 五区独立袋装弹簧乳胶床垫';
const MATTRESS_SRC =
  'Nube 床垫采用五区独立袋装弹簧，共1200个弹簧，表层为3厘米天然乳胶，床垫总厚度25厘米，尺寸1.5米×2米。软硬适中偏硬，适合侧睡和仰睡。正常使用可达十几年，并提供七年质保。下单赠送一对记忆棉枕头。';

const firstSentence = (text: string): string => (text.match(/^[^.!?]+[.!?]/) ?? [text])[0];

export const ROUND_12_LISTINGS: readonly BlindListing[] = [
  listing(
    'w01',
    'security_cameras',
    'en',
    CAMERA_ZH,
    CAMERA_SRC,
    {
      translated_description:
        'The 3rd-generation Vigil S7 outdoor security camera records through a 4 MP (2560 × 1440) sensor and connects over dual-band Wi-Fi on 2.4 GHz and 5 GHz. Two built-in warm spotlights give full-colour night vision up to 30 m (98 ft). It is rated IP66, takes memory cards up to 256 GB and works from -20 to 50 °C (-4 to 122 °F).',
      seo_title: 'Vigil S7 4 MP Outdoor Security Camera, Dual-Band',
      meta_description:
        'Vigil S7 3rd-gen outdoor security camera: 4 MP video, dual-band 2.4/5 GHz Wi-Fi, colour night vision up to 30 m, IP66 weatherproofing and up to 256 GB storage.',
      h1: 'Vigil S7 Outdoor Security Camera',
      marketing_copy_a:
        'Sharp video, colour night vision and a weatherproof shell in one compact camera. Buy the Vigil S7 today.',
      marketing_copy_b:
        'Your porch, your driveway and your garden stay in view long after dark. That is peace of mind around the clock. Discover Vigil.',
      marketing_copy_c: 'Launch offer: a free mounting kit with every camera. Order yours now.',
    },
    { field: 'meta_description', find: '256 GB', replace: '512 GB', labels: ['number_invented'] },
    'Two built-in warm spotlights give full-colour night vision up to 30 m (98 ft).',
  ),
  listing(
    'w01',
    'security_cameras',
    'ja',
    CAMERA_ZH,
    CAMERA_SRC,
    {
      translated_description:
        '第3世代のVigil S7屋外防犯カメラは400万画素（2560×1440）のセンサーを搭載し、2.4GHzと5GHzのデュアルバンドWi-Fiに対応します。暖色ライトを2灯内蔵し、最大30mまでカラーで夜間撮影できます。防水等級はIP66で、最大256GBのmicroSDカードに対応し、-20〜50℃の環境で使用できます。',
      seo_title: 'Vigil S7 防犯カメラ 屋外 400万画素 デュアルバンドWi-Fi',
      meta_description:
        '400万画素の高精細映像とIP66防水を備えた屋外防犯カメラ。2.4GHz/5GHzのデュアルバンドWi-Fi、最大30mのカラー夜間撮影、256GBまでのmicroSDに対応します。',
      h1: 'Vigil S7 第3世代 屋外防犯カメラ',
      marketing_copy_a: '夜でもカラーで見える安心を、手の届く価格で。今すぐ購入。',
      marketing_copy_b:
        '外出先でも、スマホ越しに家の様子がわかる。その安心感は格別です。ぜひお試しください。',
      marketing_copy_c: '発売記念の取付キットは数量限定です。お早めにカートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '最大30m',
      replace: '最大40m',
      labels: ['number_dropped', 'number_invented'],
    },
    '防水等級はIP66で、最大256GBのmicroSDカードに対応し、-20〜50℃の環境で使用できます。',
  ),
  listing(
    'w02',
    'rowing_machines',
    'de',
    ROWER_ZH,
    ROWER_SRC,
    {
      translated_description:
        'Das Magnet-Rudergerät Remo M8 bietet 16 Widerstandsstufen und eine 1,3 m lange Aluminium-Laufschiene, passend für Körpergrößen von 150 bis 195 cm. Das LCD-Display zeigt vier Werte in Echtzeit: Zeit, Distanz, Schlagfrequenz und Kalorien. Es trägt bis zu 120 kg und lässt sich hochkant verstauen, dann braucht es nur 0,5 m² Stellfläche.',
      seo_title: 'Remo M8 Rudergerät mit Magnetbremse, 16 Stufen',
      meta_description:
        'Magnet-Rudergerät Remo M8 mit 16 Widerstandsstufen, 1,3 m Laufschiene für 150 bis 195 cm Körpergröße, LCD-Display und bis 120 kg Belastbarkeit.',
      h1: 'Remo M8 – leises Rudern zu Hause',
      marketing_copy_a:
        'Ganzkörpertraining im Wohnzimmer, ohne Studiogebühr und ohne Anfahrt. Jetzt bestellen.',
      marketing_copy_b:
        'Gleichmäßige Züge, leises Surren, der Kopf wird frei. So fühlt sich Feierabend an. Entdecken Sie Remo.',
      marketing_copy_c: 'Zum Start gibt es eine Bodenschutzmatte gratis dazu. Sichern Sie sich Ihr Remo M8.',
    },
    { field: 'seo_title', find: '16 Stufen', replace: '20 Stufen', labels: ['number_invented'] },
    'Es trägt bis zu 120 kg und lässt sich hochkant verstauen, dann braucht es nur 0,5 m² Stellfläche.',
  ),
  listing(
    'w02',
    'rowing_machines',
    'fr',
    ROWER_ZH,
    ROWER_SRC,
    {
      translated_description:
        'Le rameur magnétique Remo M8 offre 16 niveaux de résistance et un rail en aluminium de 1,3 m, adapté aux personnes mesurant de 150 à 195 cm. L’écran LCD affiche en temps réel quatre données : temps, distance, cadence et calories. Il supporte jusqu’à 120 kg et se range à la verticale pour n’occuper que 0,5 m² au sol.',
      seo_title: 'Rameur magnétique Remo M8, 16 niveaux de résistance',
      meta_description:
        'Rameur magnétique Remo M8 : 16 niveaux de résistance, rail de 1,3 m pour les tailles de 150 à 195 cm, écran LCD, charge jusqu’à 120 kg et rangement vertical.',
      h1: 'Remo M8, le rameur qui se fait discret',
      marketing_copy_a:
        'Un entraînement complet du corps à la maison, sans abonnement de salle. Achetez le Remo M8.',
      marketing_copy_b:
        'Le glissement régulier du siège, le souffle qui se cale, la tête qui se vide. Découvrez Remo.',
      marketing_copy_c: 'Tapis de protection offert pour le lancement : commandez dès maintenant.',
    },
    {
      field: 'meta_description',
      find: 'rail de 1,3 m',
      replace: 'rail de 1,4 m',
      labels: ['number_invented'],
    },
    'L’écran LCD affiche en temps réel quatre données : temps, distance, cadence et calories.',
  ),
  listing(
    'w03',
    'wine_coolers',
    'es',
    WINE_ZH,
    WINE_SRC,
    {
      translated_description:
        'La vinoteca Cava WC-24 de doble zona guarda 24 botellas estándar de 750 ml y regula la temperatura entre 5 y 18 °C: la zona superior es ideal para blancos y espumosos, y la inferior para tintos. Su compresor funciona con menos de 39 dB. Incluye 6 baldas de madera de haya y una puerta de doble cristal con protección UV.',
      seo_title: 'Vinoteca Cava WC-24 de doble zona, 24 botellas',
      meta_description:
        'Vinoteca de compresor Cava WC-24 para 24 botellas, doble zona de 5 a 18 °C, menos de 39 dB y puerta de doble cristal con filtro UV para proteger tus vinos.',
      h1: 'Cava WC-24, tus vinos a la temperatura justa',
      marketing_copy_a:
        'Blancos frescos y tintos en su punto en un solo aparato, sin ocupar media cocina. Cómprala hoy.',
      marketing_copy_b:
        'Abrir la botella perfecta en una cena improvisada es un pequeño lujo. Descubre Cava.',
      marketing_copy_c: 'Envío gratuito durante la semana de lanzamiento: hazte con la tuya.',
    },
    {
      field: 'translated_description',
      find: 'menos de 39 dB',
      replace: 'menos de 32 dB',
      labels: ['number_dropped', 'number_invented'],
    },
    'Su compresor funciona con menos de 39 dB.',
  ),
  listing(
    'w03',
    'wine_coolers',
    'en',
    WINE_ZH,
    WINE_SRC,
    {
      translated_description:
        'The Cava WC-24 dual-zone wine cooler holds 24 standard 750 ml bottles and can be set anywhere from 5 to 18 °C (41 to 64 °F): the upper zone suits whites and sparkling wines, the lower zone reds. Its compressor runs at under 39 dB. Inside are 6 beech-wood shelves, behind a UV-protected double-glazed door.',
      seo_title: 'Cava WC-24 Dual-Zone Wine Cooler, 24 Bottles',
      meta_description:
        'Cava WC-24 dual-zone compressor wine cooler for 24 bottles, adjustable from 5 to 18 °C, quiet at under 39 dB, with beech shelves and a UV-protected glass door.',
      h1: 'Cava Dual-Zone Wine Cooler',
      marketing_copy_a:
        'Cellar conditions for your favourite bottles, without building a cellar. Buy the Cava WC-24 today.',
      marketing_copy_b:
        'A crisp white for Friday and a rounded red for Sunday, each poured at just the right chill. Discover Cava.',
      marketing_copy_c: 'Free delivery during launch week – grab yours while stock lasts.',
    },
    {
      field: 'translated_description',
      find: 'holds 24 standard',
      replace: 'holds 30 standard',
      labels: ['number_invented'],
    },
    'Its compressor runs at under 39 dB.',
  ),
  listing(
    'w04',
    'camera_tripods',
    'ja',
    TRIPOD_ZH,
    TRIPOD_SRC,
    {
      translated_description:
        'Atlas TR-25はカーボン製の三脚で、脚は3段式です。最大高は1.5m、収納時はわずか48cmです。本体重量は1.2kg、最大耐荷重は10kgです。360°回転するパノラマ自由雲台とアルカスイス互換のクイックシュー2枚が付属し、センターポールを逆さに取り付ければマクロ撮影にも対応します。',
      seo_title: 'Atlas TR-25 カーボン三脚 3段 最大高1.5m 雲台付き',
      meta_description:
        'わずか1.2kgのカーボン三脚。3段式の脚で最大高1.5m、収納時48cm、耐荷重10kg。360°パノラマ雲台とクイックシュー2枚付きで、旅先の風景からマクロ撮影まで活躍します。',
      h1: 'Atlas 旅に持ち出せるカーボン三脚',
      marketing_copy_a: '軽さと安定感を両立した一本を、納得の価格で。今すぐ購入。',
      marketing_copy_b:
        '夜明けの山頂でも、三脚がぶれなければ一枚に集中できる。そんな静かな時間が待っています。ぜひお試しください。',
      marketing_copy_c: '今なら専用キャリーケース付き。カートに入れてお得にゲット。',
    },
    { field: 'meta_description', find: '耐荷重10kg', replace: '耐荷重12kg', labels: ['number_invented'] },
    '本体重量は1.2kg、最大耐荷重は10kgです。',
  ),
  listing(
    'w04',
    'camera_tripods',
    'de',
    TRIPOD_ZH,
    TRIPOD_SRC,
    {
      translated_description:
        'Das Carbon-Stativ Atlas TR-25 hat dreiteilige Beine, erreicht eine maximale Höhe von 1,5 m und ist zusammengeschoben nur 48 cm lang. Es wiegt 1,2 kg und trägt bis zu 10 kg. Mitgeliefert werden ein um 360° drehbarer Panorama-Kugelkopf und zwei Arca-kompatible Schnellwechselplatten; die Mittelsäule lässt sich für Makroaufnahmen umgekehrt montieren.',
      seo_title: 'Atlas TR-25 Carbon-Stativ, 1,5 m, mit Kugelkopf',
      meta_description:
        'Carbon-Stativ Atlas TR-25 mit dreiteiligen Beinen: bis 1,5 m hoch, nur 48 cm Packmaß, 1,2 kg leicht und bis 10 kg belastbar, mit 360°-Kugelkopf.',
      h1: 'Atlas TR-25 Reisestativ aus Carbon',
      marketing_copy_a: 'Studiostabilität, die trotzdem ins Handgepäck passt. Jetzt kaufen.',
      marketing_copy_b:
        'Sonnenaufgang am Gipfel, Langzeitbelichtung ohne Verwackeln, der Moment gehört Ihnen. Entdecken Sie Atlas.',
      marketing_copy_c: 'Zum Marktstart liegt eine Stativtasche gratis bei. Jetzt bestellen.',
    },
    {
      field: 'translated_description',
      find: 'nur 48 cm lang',
      replace: 'nur 42 cm lang',
      labels: ['number_dropped', 'number_invented'],
    },
    'Es wiegt 1,2 kg und trägt bis zu 10 kg.',
  ),
  listing(
    'w05',
    'soldering_stations',
    'en',
    SOLDER_ZH,
    SOLDER_SRC,
    {
      translated_description:
        'The Fuse SD-90 3-in-1 station combines a soldering iron, a hot-air gun and a DC power supply, and it is very easy to use. The 90 W iron covers 200 to 480 °C (392 to 896 °F), takes T12 tips and reaches 350 °C in just 8 seconds. The hot-air gun goes up to 500 °C. The digital display switches between °C and °F, and the station goes to sleep after 10 minutes without use.',
      seo_title: 'Fuse SD-90 3-in-1 Soldering Station, 200–480 °C',
      meta_description:
        'Fuse SD-90 3-in-1 soldering station: a 90 W iron for T12 tips, 200–480 °C, 350 °C in 8 seconds, a hot-air gun up to 500 °C and a DC power supply.',
      h1: 'Fuse SD-90 Soldering and Rework Station',
      marketing_copy_a:
        'Three essential bench tools in one compact unit, so you save money, space and cables on every repair project. Buy the Fuse SD-90 today.',
      marketing_copy_b:
        'The first clean joint on a stubborn board feels like a small victory. With Fuse, it becomes routine. Discover the SD-90.',
      marketing_copy_c: 'Launch bundle: a spare tip set at no extra cost. Order now while it lasts.',
    },
    {
      field: 'translated_description',
      find: 'in just 8 seconds',
      replace: 'in just 6 seconds',
      labels: ['number_dropped', 'number_invented'],
    },
    'The hot-air gun goes up to 500 °C.',
  ),
  listing(
    'w05',
    'soldering_stations',
    'de',
    SOLDER_ZH,
    SOLDER_SRC,
    {
      translated_description:
        'Die 3-in-1-Lötstation Fuse SD-90 vereint Lötkolben, Heißluftgebläse und DC-Netzteil und ist sehr einfach zu bedienen. Der Lötkolben hat 90 W, arbeitet von 200 bis 480 °C, nimmt T12-Lötspitzen auf und ist in nur 8 Sekunden auf 350 °C. Das Heißluftgebläse erreicht bis zu 500 °C. Das Digitaldisplay lässt sich zwischen °C und °F umschalten, und nach 10 Minuten ohne Bedienung wechselt die Station in den Ruhemodus.',
      seo_title: 'Fuse SD-90 Lötstation 3-in-1 mit Heißluft, 90 W',
      meta_description:
        'Lötstation Fuse SD-90, 3-in-1 mit 90-W-Lötkolben für T12-Spitzen, 200 bis 480 °C, in 8 Sekunden auf 350 °C, Heißluftgebläse bis 500 °C und DC-Netzteil.',
      h1: 'Fuse SD-90 – Löten, Entlöten, Versorgen',
      marketing_copy_a:
        'Drei Werkzeuge für die Werkbank in einem kompakten Gerät: weniger Kabel, weniger Platzbedarf und mehr Ordnung bei jeder Reparatur. Jetzt bestellen.',
      marketing_copy_b:
        'Wenn die Lötstelle beim ersten Versuch sauber glänzt, macht Basteln einfach Freude. Entdecken Sie Fuse.',
      marketing_copy_c: 'Zum Start mit Ersatzspitzen-Set ohne Aufpreis. Sichern Sie sich Ihre Station.',
    },
    {
      field: 'translated_description',
      replace: 'Die Lötspitzen halten bis zu 2.000 Betriebsstunden.',
      labels: ['number_invented'],
    },
    'Das Heißluftgebläse erreicht bis zu 500 °C.',
  ),
  listing(
    'w06',
    'mattresses',
    'fr',
    MATTRESS_ZH,
    MATTRESS_SRC,
    {
      translated_description:
        'Le matelas Nube repose sur 1 200 ressorts ensachés répartis en cinq zones, sous une couche de 3 cm de latex naturel. Il mesure 25 cm d’épaisseur pour un format de 1,5 × 2 m (150 × 200 cm). Son accueil mi-ferme convient au sommeil sur le côté comme sur le dos. Conçu pour durer plus de dix ans, il est garanti 7 ans. Une paire d’oreillers à mémoire de forme est offerte avec chaque commande.',
      seo_title: 'Matelas Nube à ressorts ensachés et latex, 25 cm',
      meta_description:
        'Matelas Nube 1,5 × 2 m : 1 200 ressorts ensachés en cinq zones, 3 cm de latex naturel, 25 cm d’épaisseur, accueil mi-ferme et garantie de 7 ans.',
      h1: 'Nube, le matelas qui soutient sans raideur',
      marketing_copy_a:
        'Le confort d’un matelas d’hôtel haut de gamme, livré chez vous à un prix juste. Commandez Nube.',
      marketing_copy_b: 'Se réveiller sans mal de dos, reposé et prêt pour la journée. Découvrez Nube.',
      marketing_copy_c: 'Oreillers à mémoire de forme offerts ce mois-ci : profitez-en.',
    },
    {
      field: 'translated_description',
      find: '3 cm de latex',
      replace: '4 cm de latex',
      labels: ['number_dropped', 'number_invented'],
    },
    'Conçu pour durer plus de dix ans, il est garanti 7 ans.',
  ),
  listing(
    'w06',
    'mattresses',
    'es',
    MATTRESS_ZH,
    MATTRESS_SRC,
    {
      translated_description:
        'El colchón Nube combina 1200 muelles ensacados repartidos en cinco zonas con una capa superior de 3 cm de látex natural. Tiene 25 cm de grosor y mide 1,5 × 2 m (150 × 200 cm). Su firmeza media-alta es ideal para dormir de lado o boca arriba. Con un uso normal dura más de diez años y tiene 7 años de garantía. Con cada pedido regalamos un par de almohadas viscoelásticas.',
      seo_title: 'Colchón Nube de muelles ensacados y látex, 25 cm',
      meta_description:
        'Colchón Nube de 1,5 × 2 m con 1200 muelles ensacados en cinco zonas, 3 cm de látex natural, 25 cm de grosor y firmeza media-alta. Garantía de 7 años.',
      h1: 'Nube, descanso firme y natural',
      marketing_copy_a: 'Calidad de hotel de lujo sin pagar precio de hotel de lujo. Pide tu Nube hoy.',
      marketing_copy_b: 'Despertar sin dolor de espalda cambia el día entero. Descubre Nube.',
      marketing_copy_c: 'Almohadas de regalo este mes: aprovecha la oferta.',
    },
    { field: 'meta_description', find: '1200 muelles', replace: '1500 muelles', labels: ['number_invented'] },
    'Tiene 25 cm de grosor y mide 1,5 × 2 m (150 × 200 cm).',
  ),
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_12_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `Absolutely — I kept every spec from the source and smoothed the phrasing for a US storefront:\n\n${c.translated_description}`,
      }),
      (c) => ({ meta_description: `**Meta description (SEO):** ${c.meta_description}` }),
      (c) => ({
        marketing_copy_b: `<think>\nEmotional angle: focus on how the buyer feels, keep it short, end with a CTA.\n</think>\n\n${c.marketing_copy_b}`,
      }),
      (c) => ({ h1: `Option A: ${c.h1}\nOption B: ${c.h1} | Official Store` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nWant me to draft a holiday-sale version of this one too?`,
      }),
      (c) => ({ translated_description: `"translated_description": "${c.translated_description}",` }),
      (c) => ({
        translated_description: `${c.translated_description} (Translator's note: metric units kept as in the source, with imperial values added for US shoppers.)`,
      }),
      (c) => ({ seo_title: `<title>${c.seo_title}</title>` }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a} [insert coupon code here]` }),
    ],
    forbidden: [
      'Cheaper brands cut corners; this one does not.',
      'Beware of knockoff sellers on other sites.',
      'Every unit is genuine, never a counterfeit.',
      'Imitations simply cannot keep up.',
    ],
    slogans: ['Sharp eyes, day and night.', 'Every vintage at its best.'],
    chineseLeftovers: [],
    duplicateLead: 'Simply put, ',
    titleStuffing: ' | Top Rated Pick, Ideal Gift, Fast Shipping',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `¡Claro! Te dejo la descripción adaptada al español de España:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `${c.seo_title} | [NOMBRE DE LA TIENDA]` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b} (He optado por tutear al cliente, como es habitual en las tiendas online.)`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nLet me know if you'd like a more formal version!`,
      }),
      (c) => ({ h1: `<h1>${c.h1}</h1>` }),
      (c) => ({
        marketing_copy_a: `Opción 1: ${c.marketing_copy_a}\nOpción 2 (más corta): ${firstSentence(c.marketing_copy_a)}`,
      }),
    ],
    forbidden: [
      'No es una versión barata ni de segunda.',
      'Olvídate de las imitaciones.',
      'Cuidado con los productos falsos de otras webs.',
      'Ninguna réplica se le acerca.',
    ],
    slogans: ['Dormir bien es vivir mejor.', 'El vino, siempre a punto.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Oferta top, ideal para regalar, envío exprés',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `Bien sûr ! Voici une proposition fidèle au texte d’origine :\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Titre : « ${c.seo_title} »` }),
      (c) => ({ marketing_copy_b: `Let me make this warmer and more personal.\n\n${c.marketing_copy_b}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nDésolé pour l’oubli dans la version précédente : toutes les valeurs chiffrées y figurent désormais.`,
      }),
      (c) => ({ meta_description: `${c.meta_description} (mots-clés principaux intégrés pour le SEO)` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\n---\n*Texte rédigé selon vos consignes de ton promotionnel.*`,
      }),
    ],
    forbidden: [
      'Méfiez-vous des contrefaçons vendues en ligne.',
      'Ce n’est pas un modèle pas cher de plus.',
      'Aucune réplique n’arrive à ce niveau.',
      'Oubliez les fausses bonnes affaires.',
    ],
    slogans: ['Le sommeil, tout simplement.', 'Ramer, respirer, recommencer.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Meilleure vente, idée cadeau, livraison express',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Gerne, hier eine flüssigere Fassung der Produktbeschreibung:\n\n${c.translated_description}`,
      }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n\nViel Erfolg beim Verkauf! 🙂` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(I kept the model name and all measurements exactly as in the Chinese source.)`,
      }),
      (c) => ({ seo_title: `Titelvorschlag: »${c.seo_title}«` }),
      (c) => ({ marketing_copy_a: `- **Nutzenargument:** ${c.marketing_copy_a}` }),
      (c) => ({
        meta_description: `Entschuldigung, die vorige Version war zu lang – hier die korrigierte: ${c.meta_description}`,
      }),
      (c) => ({ translated_description: c.translated_description.replace(/\. /g, '.<br>') }),
      (c) => ({ h1: `${c.h1} (bewusst kurz gehalten, damit sie sich vom SEO-Titel unterscheidet)` }),
      (c) => ({
        marketing_copy_c: `Okay, der Nutzer möchte einen Aktionstext. Ich halte ihn knapp und schließe mit einer Handlungsaufforderung.\n\n${c.marketing_copy_c}`,
      }),
    ],
    forbidden: [
      'Keine billigen Kopien, sondern echte Qualität.',
      'Vorsicht vor Fälschungen auf Marktplätzen.',
      'Andere Anbieter verkaufen bloße Imitate.',
      'Nachahmungen halten nicht lange.',
    ],
    slogans: ['Fest im Stand, frei im Blick.', 'Ruhe im Kopf, Kraft im Zug.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' | Topseller, Geschenkidee, Expressversand',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `かしこまりました。商品説明を自然な日本語に整えました。\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `「${c.seo_title}」（SEO向けタイトル）` }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}\n\n(Note: I used the polite desu/masu style, which is standard for Japanese product pages.)`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n【訳注】原文の単位表記はそのまま残しています。`,
      }),
      (c) => ({ meta_description: `<meta_description>${c.meta_description}</meta_description>` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\n別のトーンの案もご用意できますので、お気軽にお申し付けください。`,
      }),
    ],
    forbidden: [
      '激安モデルとは仕上がりが違います。',
      'コピー品にご注意ください。',
      'レプリカではなく正規品です。',
      '偽物が出回っているのでご注意を。',
    ],
    slogans: ['決定的瞬間を、ぶれずに。', '見守る目は、夜も眠らない。'],
    chineseLeftovers: ['这款摄像头支持手机远程查看。', '这个云台转动起来非常顺滑，适合旅行时带着。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜人気ランキング上位 プレゼント 送料無料 新生活',
  },
};
