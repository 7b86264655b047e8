// Blind set, round 63 (written without reading the gate, committed before it is scored): six display, home-cinema,
// mobility, power, bedroom and kitchen products in the categories gaming_monitors, mini_projectors, electric_scooters,
// portable_power_stations, sunrise_alarm_clocks and stand_mixers, 12 hand-written listings, three artifact styles per
// listing and wording of its own. The round is about specs in units and formats a translator converts or rewrites, so
// its clean listings test false alarms of the number rules: screen sizes in 寸/英寸 (27-inch, 27型, 150 Zoll, 100 pouces
// with a correct 254 cm beside it), resolutions and codes (2K, 4K, 1080p, 2560 × 1440, 1920 × 1080 without thousands
// separators, DCI-P3, HDR400), an aspect ratio (16:9), Hz, GB written Go in fr, Wh and Ah, W and a V range (100–240 V,
// 100〜240V, 220-240 V), temperatures (-10 °C to 40 °C (14 °F to 104 °F), −10〜40℃), kg with lb in en (14.5 kg
// (32 lb), about 11.5 kg (25.4 lb)), litres (5,5 Liter, 5,5 litros), mm/cm/m with inches and feet in en, km/h with
// mph and km with miles in en, dB, nits, lux and ANSI lumens, times of day (7:15 Uhr, 6:45 Uhr, 7 h 15, 6 h 45),
// durations (1.5 hours, 1.5時間, 5,5 horas, 20 milliseconds, 20 ms), a model year (2024年新款) and model numbers with
// digits and letters (G27Q, P5, S10, X1000, S3, M6); decimal commas in de/es/fr, 約/〜 in ja (約11.5kg, 100〜240V).
// Artifacts (this round: a varied mix of the kinds the llm_artifact definition names: friendly lead-ins in the target language, AI self-references and disclaimers, sign-offs and
// offers to rework, questions back to the requester, translator's notes about units and formats, code fences with
// and without a language tag, HTML tags (<h2>, <p>, <div>, <title>, <meta>), markdown headings and bold labels,
// field-label prefixes and a leftover JSON key; English chatter inside a German field; no digits or number words in
// artifacts that land in the description, title or meta). The en scooter's invent changes a conversion in brackets
// (15.5 mph → 18.5 mph) while the source value 25 km/h stays, so it is number_invented alone.
// Legitimate numbers:
// Vexa G27Q (model), 27寸 (27-inch, 27型), 2K, 2560×1440 (2560 × 1440), 16:9, 180 Hz, 1 ms, 百分之95 (95%),
// DCI-P3, 400 nits (400nit), HDR400, 130 mm (5.1 in), 90 degrees (90度), 100×100 mm, 两个 (two, ×2) HDMI 2.1,
// 一个 (one, ×1) DP 1.4 (read as a count or as idiomatic, it is said either way), 1.8 m (5.9 ft);
// Beamo P5 (model), 1080P (1080p), 1920×1080 (1920 × 1080), 4K, 450 ANSI lumens (ANSI-Lumen, lumens ANSI), 40 to 150
// inches (40 bis 150 Zoll, 40 à 150 pouces), about 2.6 m (2,6 m), 100 inches (100-Zoll-Bild, 100 pouces) with the
// conversion 254 cm, 3 seconds (3 Sekunden, 3 secondes), 2GB+32GB (2 GB / 32 GB, 2 Go / 32 Go), Wi-Fi 6, Bluetooth
// 5.2 (dot kept in every locale), below 28 dB, 1.3 kg (1,3 kg);
// Zipla S10 (model), 2024年新款 (2024 model, modelo 2024), 10 inches (10 pulgadas), 25 km/h (15.5 mph), about
// 35 km (22 miles), 36 V, 10 Ah, about 5.5 hours (5,5 horas), 350 W, 14 degrees (14 grados), 14.5 kg (32 lb; 14,5 kg), 120 kg
// (265 lb), 3 seconds (3 segundos), 前后双刹车 (front and rear brakes: dual, not a number), idiom 一键 (a single click,
// un solo clic);
// Voltra X1000 (model), 1024 Wh (1,024 Wh, 1024Wh), 3000 cycles (3,000, 3000回), 百分之80 (80%), 4个 (four, 4口)
// 220 V outlets, 1800 W (1,800 W), peak 3600 W (3,600 W), 2个 (two, 2口) 100 W USB-C ports, 100-240 V (100–240 V,
// 100〜240V), 1.5 hours (1.5時間), 200 W, -10 ℃ to 40 ℃ (-10 °C to 40 °C (14 °F to 104 °F), −10〜40℃), about
// 11.5 kg (25.4 lb, 約11.5kg), 20 ms (20 milliseconds, 20ミリ秒);
// Dawnly S3 (model), 30 minutes, 7:15 (7:15 Uhr, 7 h 15), 6:45 (6:45 Uhr, 6 h 45), 20 levels (20 Stufen, 20 niveaux),
// 300 lux (300 Lux), 7种 (7 Naturklänge, 7 sons), FM, below 75 dB, 15 minutes (15-minütig, 15 minutes), 5V 2A
// (5 V, 2 A), 18 cm;
// Kneda M6 (model), 1300 W, 6档 (6 Geschwindigkeitsstufen, 6 velocidades), 5.5 L (5,5 Liter, 5,5 litros), 304
// stainless steel (Edelstahl 304, acero inoxidable 304), 1 kg, 两个 (zwei, dos) loaves, about 72 dB, 6个 (6 Saugfüße,
// 6 ventosas) suction feet, 220-240 V (220–240 V), 三件套 (dreiteilig, tres accesorios), about 6.8 kg (6,8 kg),
// idioms 一次 and 一机搞定 (mit einem Gerät, con una sola máquina).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentenceJa,
  afterSentence,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const MONITOR_ZH = 'Vexa G27Q 27寸电竞显示器 2K 180Hz';
const MONITOR_SRC =
  'Vexa G27Q 27寸电竞显示器，2K分辨率（2560×1440），16:9屏幕比例，刷新率高达180Hz，灰阶响应时间1ms，激烈对战画面依然流畅不拖影。Fast IPS面板，色域覆盖百分之95 DCI-P3，峰值亮度400尼特，支持HDR400。支架可升降130毫米，还能旋转90度竖屏使用，写代码、看长文档都方便。背部预留100×100毫米VESA孔位，可壁挂或装支臂。接口有两个HDMI 2.1和一个DP 1.4，随机附送1.8米DP线。';
const PROJECTOR_ZH = 'Beamo P5 家用智能投影仪 原生1080P 支持4K';
const PROJECTOR_SRC =
  'Beamo P5 家用智能投影仪，原生1080P分辨率（1920×1080），支持4K视频解码，亮度450 ANSI流明，白天拉上窗帘也能看清。画面尺寸40至150英寸可调，距墙约2.6米即可投出100英寸大屏。自动对焦加自动梯形校正，开机3秒出画面。内置2GB+32GB存储，支持Wi-Fi 6和蓝牙5.2，运行噪音低于28分贝，看片不被风扇声打扰。机身仅重1.3公斤，卧室、客厅、阳台随手就能搬。';
const SCOOTER_ZH = 'Zipla S10 成人折叠电动滑板车 2024款';
const SCOOTER_SRC =
  'Zipla S10 成人折叠电动滑板车为2024年新款，配备10英寸真空防爆胎，最高时速25公里/小时，满电续航约35公里。采用36V 10Ah锂电池，充满约需5.5小时。后轮350W无刷电机，可爬14度坡。车架为航空铝合金，整车净重14.5公斤，最大承重120公斤。3秒一键折叠，带上地铁或放进后备箱都方便。前后双刹车，配LED大灯，夜间骑行更安心。';
const POWER_ZH = 'Voltra X1000 户外移动电源 1024Wh 磷酸铁锂';
const POWER_SRC =
  'Voltra X1000 户外移动电源，采用磷酸铁锂电芯，容量1024Wh，循环3000次后仍可保持百分之80容量。配有4个220V交流插座，额定输出1800W，峰值3600W，电饭煲、电水壶都能带。另有2个100W USB-C快充口。支持100-240V交流输入，1.5小时即可充满，也可外接200W太阳能板。工作温度-10℃至40℃，整机重约11.5公斤。停电时20毫秒内自动切换供电，可当家用UPS使用。';
const ALARM_ZH = 'Dawnly S3 日出唤醒灯 闹钟 收音机';
const ALARM_SRC =
  'Dawnly S3 日出唤醒灯，在闹钟响起前30分钟开始模拟日出，由暗渐亮。比如设定7:15起床，6:45灯光就会慢慢亮起，醒来不再昏昏沉沉。亮度20档可调，最高300勒克斯。内置7种自然音效和FM收音机，最大音量不超过75分贝。睡前还可开启15分钟日落模式，伴你入眠。USB-C供电（5V 2A），断电后时钟靠纽扣电池继续走时。直径18厘米，放在床头柜上刚刚好。';
const MIXER_ZH = 'Kneda M6 家用厨师机 1300W 5.5升';
const MIXER_SRC =
  'Kneda M6 家用厨师机，搭载1300W纯铜电机，6档变速另加脉冲档，和面、打发蛋白、拌馅料一机搞定。5.5升304不锈钢搅拌碗，一次可揉1公斤面粉，够做两个吐司。行星式搅拌，碗边碗底都能搅到。运行噪音约72分贝，底部6个吸盘，高速揉面也稳稳当当。适用电压220-240V。标配打蛋笼、搅拌桨和揉面钩三件套，机身重约6.8公斤。';

export const ROUND_63_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'gaming_monitors',
    'en',
    MONITOR_ZH,
    MONITOR_SRC,
    {
      translated_description:
        'The Vexa G27Q is a 27-inch gaming monitor with 2K resolution (2560 × 1440), a 16:9 aspect ratio and a refresh rate of up to 180 Hz. Its 1 ms grey-to-grey response time keeps even frantic firefights smooth and free of ghosting. The Fast IPS panel covers 95% of the DCI-P3 colour space, peaks at 400 nits and supports HDR400. The stand adjusts 130 mm (5.1 in) in height and rotates 90 degrees into portrait mode, which is handy for writing code or reading long documents. A 100 × 100 mm VESA pattern on the back lets you mount it on a wall or a monitor arm. For connections you get two HDMI 2.1 ports and one DisplayPort 1.4, plus a 1.8 m (5.9 ft) DP cable in the box.',
      seo_title: 'Vexa G27Q 27-Inch 2K Gaming Monitor, 180 Hz, 1 ms',
      meta_description:
        '27-inch Vexa G27Q gaming monitor: 2560 × 1440 at 180 Hz, 1 ms response, 95% DCI-P3, 400 nits with HDR400 and a stand that pivots to portrait.',
      h1: 'Vexa G27Q – Fast, Sharp and Built for Long Sessions',
      marketing_copy_a:
        'QHD sharpness, a high refresh rate and a fully adjustable stand in a single screen, with the DP cable already in the box. Order your Vexa G27Q today.',
      marketing_copy_b:
        'Final circle, last opponent standing, and every flick of your mouse lands exactly where you meant it to. That is what a truly smooth screen feels like. Discover the Vexa G27Q.',
      marketing_copy_c:
        'Launch week: a free monitor light bar with every G27Q while stocks last – add yours to the cart now.',
    },
    { field: 'seo_title', find: '180 Hz', replace: '240 Hz', labels: ['number_invented'] },
    'The stand adjusts 130 mm (5.1 in) in height and rotates 90 degrees into portrait mode, which is handy for writing code or reading long documents.',
  ),
  listing(
    'p01',
    'gaming_monitors',
    'ja',
    MONITOR_ZH,
    MONITOR_SRC,
    {
      translated_description:
        'Vexa G27Qは27型のゲーミングモニターです。解像度は2K（2560×1440）、画面比率は16:9、リフレッシュレートは最大180Hz。応答速度1ms（GtG）で、激しい撃ち合いでも残像のないなめらかな映像を楽しめます。Fast IPSパネルはDCI-P3カバー率95%、ピーク輝度400nitで、HDR400にも対応しています。スタンドは130mmの高さ調整に加えて90度回転させた縦置きにも対応し、プログラミングや長い資料の閲覧にも便利です。背面には100×100mmのVESA規格ネジ穴があり、壁掛けやモニターアームへの取り付けも可能です。端子はHDMI 2.1×2、DisplayPort 1.4×1で、1.8mのDPケーブルが付属します。',
      seo_title: 'Vexa G27Q 27型 ゲーミングモニター 2K 180Hz 1ms',
      meta_description:
        '27型・2K（2560×1440）のゲーミングモニター。最大180Hz、応答速度1ms、DCI-P3カバー率95%、HDR400対応。縦置きできるスタンド付き。',
      h1: 'Vexa G27Q 勝負どころで差がつく高速モニター',
      marketing_copy_a:
        '高精細な2K表示、なめらかな高リフレッシュレート、自由に動かせるスタンド。DPケーブルも同梱で、届いたその日から使えます。今すぐ購入。',
      marketing_copy_b:
        '最後の撃ち合い、マウスを振った先にぴたりと照準が合う。その気持ちよさは、なめらかな画面があってこそ。ぜひチェックしてください。',
      marketing_copy_c:
        '発売記念として、今ならモニターライトをプレゼント。数量限定のため、ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '最大180Hz',
      replace: '最大240Hz',
      labels: ['number_dropped', 'number_invented'],
    },
    'スタンドは130mmの高さ調整に加えて90度回転させた縦置きにも対応し、プログラミングや長い資料の閲覧にも便利です。',
  ),
  listing(
    'p02',
    'mini_projectors',
    'de',
    PROJECTOR_ZH,
    PROJECTOR_SRC,
    {
      translated_description:
        'Der Heimbeamer Beamo P5 projiziert in nativer 1080p-Auflösung (1920 × 1080) und decodiert auch 4K-Videos. Mit 450 ANSI-Lumen bleibt das Bild selbst tagsüber bei zugezogenen Vorhängen klar. Die Bildgröße lässt sich von 40 bis 150 Zoll einstellen; für ein 100-Zoll-Bild (254 cm Diagonale) genügen rund 2,6 m Abstand zur Wand. Autofokus und automatische Trapezkorrektur sorgen dafür, dass das Bild schon 3 Sekunden nach dem Einschalten steht. An Bord sind 2 GB Arbeitsspeicher und 32 GB Speicher, dazu Wi-Fi 6 und Bluetooth 5.2. Mit unter 28 dB Betriebsgeräusch stört kein Lüfterrauschen den Filmabend. Mit nur 1,3 kg wandert er mühelos vom Schlafzimmer ins Wohnzimmer oder auf den Balkon.',
      seo_title: 'Beamo P5 Beamer, nativ 1080p, 4K-Support, 450 ANSI-Lumen',
      meta_description:
        'Heimbeamer Beamo P5 mit nativem 1080p, 4K-Decodierung und 450 ANSI-Lumen: Bilder von 40 bis 150 Zoll, Autofokus, Wi-Fi 6 und nur 1,3 kg.',
      h1: 'Beamo P5 – Kinoabend, wo immer Sie wollen',
      marketing_copy_a:
        'Autofokus, Trapezkorrektur und Streaming per WLAN: auspacken, auf die Wand richten, Film starten. Jetzt bestellen.',
      marketing_copy_b:
        'Decke über den Knien, Popcorn in der Schüssel und ein Bild, das die ganze Wand füllt. So fühlt sich Kino im eigenen Zuhause an. Entdecken Sie den Beamo P5.',
      marketing_copy_c:
        'Zum Marktstart gibt es eine faltbare Leinwand gratis dazu – sichern Sie sich Ihren Beamer, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'decodiert auch 4K-Videos',
      replace: 'decodiert auch 8K-Videos',
      labels: ['number_dropped', 'number_invented'],
    },
    'Autofokus und automatische Trapezkorrektur sorgen dafür, dass das Bild schon 3 Sekunden nach dem Einschalten steht.',
  ),
  listing(
    'p02',
    'mini_projectors',
    'fr',
    PROJECTOR_ZH,
    PROJECTOR_SRC,
    {
      translated_description:
        'Le vidéoprojecteur Beamo P5 offre une résolution native 1080p (1920 × 1080) et décode aussi les vidéos 4K. Avec 450 lumens ANSI, l’image reste nette même en journée, rideaux tirés. La taille d’image se règle de 40 à 150 pouces, et environ 2,6 m de recul suffisent pour projeter un écran de 100 pouces (254 cm de diagonale). Mise au point et correction du trapèze automatiques : l’image s’affiche 3 secondes après l’allumage. Il embarque 2 Go de mémoire vive et 32 Go de stockage, le Wi-Fi 6 et le Bluetooth 5.2. Avec moins de 28 dB en fonctionnement, aucun souffle de ventilateur ne vient gâcher le film. Et avec seulement 1,3 kg, il passe de la chambre au salon ou au balcon en un instant.',
      seo_title: 'Vidéoprojecteur Beamo P5, 1080p natif, 4K, 450 lumens',
      meta_description:
        'Vidéoprojecteur Beamo P5 : 1080p natif, décodage 4K, 450 lumens ANSI, image de 40 à 150 pouces, mise au point automatique et 1,3 kg seulement.',
      h1: 'Beamo P5, le cinéma partout chez vous',
      marketing_copy_a:
        'Mise au point automatique, correction du trapèze et streaming en Wi-Fi : on déballe, on vise le mur, on lance le film. Commandez votre Beamo P5.',
      marketing_copy_b:
        'Un plaid sur les genoux, un bol de pop-corn et une image qui occupe tout le mur. Le cinéma, sans quitter la maison. Découvrez le Beamo P5.',
      marketing_copy_c:
        'Pour le lancement, une toile de projection pliable est offerte avec chaque vidéoprojecteur. Profitez-en vite !',
    },
    {
      field: 'meta_description',
      find: '450 lumens ANSI',
      replace: '600 lumens ANSI',
      labels: ['number_invented'],
    },
    'Avec moins de 28 dB en fonctionnement, aucun souffle de ventilateur ne vient gâcher le film.',
  ),
  listing(
    'p03',
    'electric_scooters',
    'en',
    SCOOTER_ZH,
    SCOOTER_SRC,
    {
      translated_description:
        'The 2024 model of the Zipla S10 is a folding electric scooter for adults, riding on 10-inch puncture-resistant tubeless tyres. It reaches a top speed of 25 km/h (15.5 mph) and covers about 35 km (22 miles) on a full charge. The 36 V, 10 Ah lithium battery takes about 5.5 hours to charge fully. A 350 W brushless motor in the rear wheel handles slopes of up to 14 degrees. The frame is made of aircraft-grade aluminium; the scooter weighs 14.5 kg (32 lb) and carries riders up to 120 kg (265 lb). It folds in 3 seconds with a single click, so it is easy to take on the underground or stow in the boot. Front and rear brakes and a bright LED headlight make riding after dark feel safer.',
      seo_title: 'Zipla S10 Folding Electric Scooter, 25 km/h, 35 km Range',
      meta_description:
        'Folding e-scooter Zipla S10 with 10-inch tubeless tyres, a 25 km/h top speed, about 35 km of range, a 350 W motor and a 3-second fold.',
      h1: 'Zipla S10 – Your Commute, Folded Away',
      marketing_copy_a:
        'Skip the crowded bus and the hunt for parking: fold it, carry it, charge it under your desk. Get your Zipla S10 today.',
      marketing_copy_b:
        'Cool morning air, the city still waking up, and you gliding past the queue at the bus stop. Suddenly the commute is the best part of the day. Discover the Zipla S10.',
      marketing_copy_c:
        'Spring deal: a free helmet with every Zipla S10 ordered this month – shop now while stocks last.',
    },
    {
      field: 'translated_description',
      find: '25 km/h (15.5 mph)',
      replace: '25 km/h (18.5 mph)',
      labels: ['number_invented'],
    },
    'The 36 V, 10 Ah lithium battery takes about 5.5 hours to charge fully.',
  ),
  listing(
    'p03',
    'electric_scooters',
    'es',
    SCOOTER_ZH,
    SCOOTER_SRC,
    {
      translated_description:
        'El Zipla S10, modelo 2024, es un patinete eléctrico plegable para adultos con neumáticos tubeless antipinchazos de 10 pulgadas. Alcanza una velocidad máxima de 25 km/h y recorre unos 35 km con la batería llena. Su batería de litio de 36 V y 10 Ah se carga por completo en unas 5,5 horas. El motor sin escobillas de 350 W, en la rueda trasera, sube pendientes de hasta 14 grados. El cuadro es de aluminio aeronáutico: el patinete pesa 14,5 kg y admite hasta 120 kg. Se pliega en 3 segundos con un solo clic, así que puedes subirlo al metro o guardarlo en el maletero sin esfuerzo. Los frenos delantero y trasero y el faro LED te dan más seguridad cuando circulas de noche.',
      seo_title: 'Patinete eléctrico plegable Zipla S10, 25 km/h, 35 km',
      meta_description:
        'Patinete eléctrico plegable Zipla S10: ruedas de 10 pulgadas, 25 km/h, unos 35 km de autonomía, motor de 350 W y plegado en 3 segundos.',
      h1: 'Zipla S10, tu trayecto diario cabe en el maletero',
      marketing_copy_a:
        'Olvídate del autobús lleno y de buscar aparcamiento: lo pliegas, lo llevas y lo cargas en la oficina. Consigue tu Zipla S10 hoy.',
      marketing_copy_b:
        'El aire fresco de la mañana, la ciudad despertando y tú adelantando la cola de la parada. De repente, ir al trabajo es lo mejor del día. Descubre el Zipla S10.',
      marketing_copy_c:
        'Oferta de primavera: casco de regalo con cada Zipla S10 pedido este mes. Aprovecha ahora.',
    },
    {
      field: 'translated_description',
      find: 'recorre unos 35 km',
      replace: 'recorre unos 45 km',
      labels: ['number_dropped', 'number_invented'],
    },
    'Su batería de litio de 36 V y 10 Ah se carga por completo en unas 5,5 horas.',
  ),
  listing(
    'p04',
    'portable_power_stations',
    'en',
    POWER_ZH,
    POWER_SRC,
    {
      translated_description:
        'The Voltra X1000 portable power station runs on lithium iron phosphate cells with a capacity of 1,024 Wh, and it still holds 80% of that capacity after 3,000 cycles. Four 220 V AC outlets deliver 1,800 W continuously and 3,600 W at peak, enough for a rice cooker or an electric kettle. There are also two USB-C fast-charging ports rated at 100 W. It accepts 100–240 V AC input and charges fully in 1.5 hours, or you can connect a solar panel of up to 200 W. It works at temperatures from -10 °C to 40 °C (14 °F to 104 °F) and weighs about 11.5 kg (25.4 lb). During a power cut it switches over automatically within 20 milliseconds, so it doubles as a home UPS.',
      seo_title: 'Voltra X1000 Portable Power Station, 1,024 Wh, 1,800 W',
      meta_description:
        'Voltra X1000 power station with 1,024 Wh LiFePO4 cells, 1,800 W output (3,600 W peak), a 1.5-hour AC recharge and a 20 ms switchover as a home UPS.',
      h1: 'Voltra X1000 – Power for the Campsite and the Blackout',
      marketing_copy_a:
        'One box for camping trips, garden parties and power cuts, with thousands of charge cycles ahead of it. Buy the Voltra X1000 now.',
      marketing_copy_b:
        'The street goes dark, but your lamp stays on, the router keeps blinking and the kettle still boils. That quiet confidence is what the Voltra brings home. Discover it today.',
      marketing_copy_c:
        'Summer bundle: get the matching solar panel at a reduced price with every X1000 – order before the end of the month.',
    },
    {
      field: 'translated_description',
      replace: 'Every unit comes with a 5-year warranty.',
      labels: ['number_invented'],
    },
    'It works at temperatures from -10 °C to 40 °C (14 °F to 104 °F) and weighs about 11.5 kg (25.4 lb).',
  ),
  listing(
    'p04',
    'portable_power_stations',
    'ja',
    POWER_ZH,
    POWER_SRC,
    {
      translated_description:
        'Voltra X1000は、アウトドアでも活躍するポータブル電源です。リン酸鉄リチウム電池を採用し、容量は1024Wh。3000回の充放電サイクル後も80%の容量を維持します。220VのACコンセントを4口備え、定格出力1800W、瞬間最大3600Wで、炊飯器や電気ケトルも動かせます。さらに100W出力のUSB-C急速充電ポートが2口。AC入力は100〜240Vに対応し、1.5時間で満充電になるほか、最大200Wのソーラーパネルからも充電できます。動作温度は−10〜40℃、本体重量は約11.5kg。停電時には20ミリ秒以内に自動で給電を切り替えるため、家庭用UPSとしても活躍します。',
      seo_title: 'Voltra X1000 ポータブル電源 1024Wh 定格1800W',
      meta_description:
        '1024Whのリン酸鉄リチウム電池を搭載。定格1800W・最大3600W出力、1.5時間で満充電。停電時は自動で切り替わりUPSとしても使えます。',
      h1: 'Voltra X1000 キャンプにも停電にも頼れる大容量電源',
      marketing_copy_a:
        'キャンプも庭でのパーティーも、もしもの停電も、これ一台でまかなえます。長く使える頼もしさをご自宅に。今すぐ購入。',
      marketing_copy_b:
        '窓の外が真っ暗になっても、部屋の明かりは消えず、お湯も沸かせる。そんな安心感が、家族の夜を支えます。詳しくはこちらからチェック。',
      marketing_copy_c:
        '夏のキャンペーン実施中。ソーラーパネルとのセット購入で特別価格になります。カートへどうぞ。',
    },
    { field: 'meta_description', find: '1024Wh', replace: '2048Wh', labels: ['number_invented'] },
    '動作温度は−10〜40℃、本体重量は約11.5kg。',
  ),
  listing(
    'p05',
    'sunrise_alarm_clocks',
    'de',
    ALARM_ZH,
    ALARM_SRC,
    {
      translated_description:
        'Der Lichtwecker Dawnly S3 simuliert den Sonnenaufgang: 30 Minuten vor dem Weckton wird es im Schlafzimmer langsam heller. Stellen Sie den Wecker zum Beispiel auf 7:15 Uhr, beginnt das Licht schon um 6:45 Uhr sanft zu leuchten – so wachen Sie ohne Benommenheit auf. Die Helligkeit lässt sich in 20 Stufen bis maximal 300 Lux einstellen. Eingebaut sind 7 Naturklänge und ein UKW-Radio, die Lautstärke bleibt dabei stets unter 75 dB. Vor dem Einschlafen begleitet Sie ein 15-minütiger Sonnenuntergangsmodus in den Schlaf. Die Stromversorgung erfolgt über USB-C (5 V, 2 A); fällt der Strom aus, läuft die Uhr dank Knopfzelle weiter. Mit 18 cm Durchmesser passt er perfekt auf den Nachttisch.',
      seo_title: 'Dawnly S3 Lichtwecker mit Sonnenaufgang, 20 Stufen, Radio',
      meta_description:
        'Lichtwecker Dawnly S3: Sonnenaufgang ab 30 Minuten vor dem Wecken, 20 Helligkeitsstufen bis 300 Lux, 7 Naturklänge, UKW-Radio und Einschlafmodus.',
      h1: 'Dawnly S3 – sanft geweckt wie von der Morgensonne',
      marketing_copy_a:
        'Licht, Naturklänge und Radio in einem Gerät auf dem Nachttisch – statt schrillem Piepen ein Morgen, der freundlich beginnt. Jetzt bestellen.',
      marketing_copy_b:
        'Draußen ist es noch dunkel, doch Ihr Zimmer füllt sich langsam mit warmem Licht. Sie öffnen die Augen, bevor der Wecker überhaupt klingelt. Entdecken Sie den Dawnly S3.',
      marketing_copy_c:
        'Aktion für Morgenmuffel: Bis Monatsende liegt jedem Dawnly S3 eine Schlafmaske bei – gleich in den Warenkorb legen.',
    },
    {
      field: 'translated_description',
      find: 'bis maximal 300 Lux',
      replace: 'bis maximal 500 Lux',
      labels: ['number_dropped', 'number_invented'],
    },
    'Mit 18 cm Durchmesser passt er perfekt auf den Nachttisch.',
  ),
  listing(
    'p05',
    'sunrise_alarm_clocks',
    'fr',
    ALARM_ZH,
    ALARM_SRC,
    {
      translated_description:
        'Le réveil lumineux Dawnly S3 simule le lever du soleil : 30 minutes avant la sonnerie, la lumière monte peu à peu dans la chambre. Réglez par exemple le réveil sur 7 h 15 : dès 6 h 45, la lampe commence doucement à s’éclairer, et vous vous levez sans avoir la tête dans le brouillard. La luminosité se règle sur 20 niveaux, jusqu’à 300 lux. Il intègre 7 sons de la nature et une radio FM, avec un volume qui ne dépasse jamais 75 dB. Le soir, un mode coucher de soleil de 15 minutes vous accompagne vers le sommeil. Il s’alimente en USB-C (5 V, 2 A) et, en cas de coupure de courant, une pile bouton garde l’horloge à l’heure. Avec ses 18 cm de diamètre, il trouve naturellement sa place sur la table de chevet.',
      seo_title: 'Réveil lumineux simulateur d’aube Dawnly S3, radio FM',
      meta_description:
        'Réveil lumineux Dawnly S3 : aube progressive 30 minutes avant l’alarme, 20 niveaux jusqu’à 300 lux, 7 sons de la nature, radio FM et mode crépuscule.',
      h1: 'Dawnly S3, des réveils tout en douceur',
      marketing_copy_a:
        'Lumière, sons de la nature et radio réunis sur la table de chevet : finis les bips stridents, place à des matins apaisés. Commandez votre Dawnly S3.',
      marketing_copy_b:
        'Dehors, il fait encore nuit, mais la chambre se remplit d’une lumière dorée. Vous ouvrez les yeux avant même que la sonnerie ne retentisse. Découvrez le Dawnly S3.',
      marketing_copy_c:
        'Offre d’hiver : un masque de sommeil en soie offert avec chaque Dawnly S3 jusqu’à la fin du mois. Ajoutez-le vite à votre panier.',
    },
    {
      field: 'translated_description',
      find: 'dès 6 h 45',
      replace: 'dès 6 h 40',
      labels: ['number_dropped', 'number_invented'],
    },
    'Il s’alimente en USB-C (5 V, 2 A) et, en cas de coupure de courant, une pile bouton garde l’horloge à l’heure.',
  ),
  listing(
    'p06',
    'stand_mixers',
    'de',
    MIXER_ZH,
    MIXER_SRC,
    {
      translated_description:
        'Die Küchenmaschine Kneda M6 arbeitet mit einem 1300-W-Motor mit Reinkupferwicklung und bietet 6 Geschwindigkeitsstufen plus Pulsfunktion – Brotteig kneten, Eiweiß steif schlagen, Füllungen mischen, alles mit einem Gerät. Die Rührschüssel aus Edelstahl 304 fasst 5,5 Liter und nimmt bis zu 1 kg Mehl auf einmal auf, genug für zwei Kastenbrote. Das Planetenrührwerk erreicht auch Schüsselrand und Boden. Im Betrieb liegt die Lautstärke bei rund 72 dB, und 6 Saugfüße halten die Maschine selbst beim Kneten auf hoher Stufe sicher an ihrem Platz. Ausgelegt ist sie für 220–240 V. Zum Lieferumfang gehört ein dreiteiliges Zubehörset aus Schneebesen, Flachrührer und Knethaken; die Maschine wiegt rund 6,8 kg.',
      seo_title: 'Kneda M6 Küchenmaschine, 1300 W, 5,5 l Edelstahlschüssel',
      meta_description:
        'Küchenmaschine Kneda M6 mit 1300 W, 6 Stufen plus Pulsfunktion, 5,5-Liter-Schüssel aus Edelstahl für bis zu 1 kg Mehl und Planetenrührwerk.',
      h1: 'Kneda M6 – Ihr Helfer für Teig, Sahne und Füllungen',
      marketing_copy_a:
        'Kneten, schlagen, rühren: Ein Gerät ersetzt Handrührer und Muskelkraft, und das Zubehör ist gleich dabei. Jetzt bestellen.',
      marketing_copy_b:
        'Sonntagmorgen, der Hefeteig geht unter dem Tuch, und die Küche duftet schon nach Zimt. Backen wird wieder zum Vergnügen. Entdecken Sie die Kneda M6.',
      marketing_copy_c:
        'Zum Start der Backsaison gibt es eine zweite Rührschüssel gratis dazu – sichern Sie sich Ihre Kneda M6 jetzt.',
    },
    { field: 'seo_title', find: '1300 W', replace: '1500 W', labels: ['number_invented'] },
    'Im Betrieb liegt die Lautstärke bei rund 72 dB, und 6 Saugfüße halten die Maschine selbst beim Kneten auf hoher Stufe sicher an ihrem Platz.',
  ),
  listing(
    'p06',
    'stand_mixers',
    'es',
    MIXER_ZH,
    MIXER_SRC,
    {
      translated_description:
        'La batidora amasadora Kneda M6 lleva un motor de cobre puro de 1300 W con 6 velocidades y función pulso: amasa, monta claras y mezcla rellenos, todo con una sola máquina. Su bol de acero inoxidable 304 tiene 5,5 litros y admite hasta 1 kg de harina de una vez, suficiente para dos panes de molde. El batido planetario llega a las paredes y al fondo del bol. Funciona con un ruido de unos 72 dB y sus 6 ventosas la mantienen firme incluso amasando a alta velocidad. Admite una tensión de 220-240 V. Incluye tres accesorios (varillas, pala mezcladora y gancho amasador) y la máquina pesa unos 6,8 kg.',
      seo_title: 'Batidora amasadora Kneda M6, 1300 W, bol de 5,5 litros',
      meta_description:
        'Batidora amasadora Kneda M6: motor de 1300 W, 6 velocidades más pulso, bol de acero inoxidable de 5,5 litros para 1 kg de harina y batido planetario.',
      h1: 'Kneda M6, tu aliada para masas, merengues y rellenos',
      marketing_copy_a:
        'Amasar, montar y mezclar sin cansarte los brazos, con los accesorios ya incluidos en la caja. Compra tu Kneda M6 hoy.',
      marketing_copy_b:
        'Domingo por la mañana, la masa subiendo bajo un paño y la cocina oliendo a canela. Hornear vuelve a ser un placer. Descubre la Kneda M6.',
      marketing_copy_c:
        'Para empezar la temporada de repostería, te regalamos un segundo bol con cada Kneda M6. Pídela ya.',
    },
    {
      field: 'translated_description',
      find: 'unos 72 dB',
      replace: 'unos 62 dB',
      labels: ['number_dropped', 'number_invented'],
    },
    'Admite una tensión de 220-240 V.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const fenced = (text: string, tag = '') => `\`\`\`${tag}\n${text}\n\`\`\``;

// en: listing 1 (gaming monitor) takes styles 0-2, listing 2 (scooter) 3-5, listing 3 (power station) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the English product description, with the inch and millimetre figures kept as in the source:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `### ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nLet me know if you’d like a version tailored to a specific sales event!`,
  }),
  (c) => ({ meta_description: `**Meta description:** ${c.meta_description}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n(Translator’s note: I added miles, pounds and mph in brackets for readers used to imperial units.)`,
  }),
  (c) => ({ marketing_copy_a: fenced(c.marketing_copy_a) }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'As an AI language model, I cannot confirm whether these outlets match the sockets used in your country.',
    ),
  }),
  (c) => ({ seo_title: `<title>${c.seo_title}</title>` }),
  (c) => ({ marketing_copy_b: `"marketing_copy_b": "${c.marketing_copy_b}",` }),
];

// de: listing 1 (projector) takes styles 0-2, listing 2 (sunrise alarm clock) 3-5, listing 3 (stand mixer) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne, hier ist die deutsche Fassung der Produktbeschreibung:\n${c.translated_description}`,
  }),
  (c) => ({ meta_description: `Meta-Beschreibung: ${c.meta_description}` }),
  (c) => ({ marketing_copy_b: `<p>${c.marketing_copy_b}</p>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nHinweis: Die Uhrzeiten habe ich im deutschen Format mit „Uhr“ angegeben.`,
  }),
  (c) => ({ h1: `**${c.h1}**` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Hope this works for the German shop – happy to adjust the wording if needed!`,
  }),
  (c) => ({ translated_description: fenced(c.translated_description, 'text') }),
  (c) => ({ seo_title: `SEO-Titel: ${c.seo_title}` }),
  (c) => ({
    marketing_copy_a: `Als KI-Sprachmodell habe ich selbst noch nie Teig geknetet, aber hier ist ein nutzenorientierter Text: ${c.marketing_copy_a}`,
  }),
];

// ja: listing 1 (gaming monitor) takes styles 0-2, listing 2 (power station) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `以下、ご依頼の商品説明の日本語訳です。\n\n${c.translated_description}`,
  }),
  (c) => ({ meta_description: `メタディスクリプション：${c.meta_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n修正が必要な箇所があれば、お気軽にお申し付けください。`,
  }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      3,
      '（※AIのため、実際の製品仕様との照合はできておりません。）',
    ),
  }),
  (c) => ({ h1: `<h2>${c.h1}</h2>` }),
  (c) => ({ marketing_copy_a: fenced(`{"marketing_copy_a": "${c.marketing_copy_a}"}`, 'json') }),
];

// es: listing 1 (scooter) takes styles 0-2, listing 2 (stand mixer) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\nNota del traductor: he mantenido los kilómetros por hora y los kilos, como es habitual en España.`,
  }),
  (c) => ({ seo_title: `Título SEO: ${c.seo_title}` }),
  (c) => ({ marketing_copy_a: `¡Claro! Aquí va el texto centrado en el valor: ${c.marketing_copy_a}` }),
  (c) => ({ translated_description: `<div class="descripcion">${c.translated_description}</div>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¿Quieres que prepare también una versión para redes sociales?`,
  }),
  (c) => ({ meta_description: `**Meta:** ${c.meta_description}` }),
];

// fr: listing 1 (projector) takes styles 0-2, listing 2 (sunrise alarm clock) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Voici la description traduite, avec les unités adaptées au marché français :\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `En tant qu’IA, je n’ai jamais regardé de film, mais voici un texte qui joue sur l’émotion : ${c.marketing_copy_b}`,
  }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({ meta_description: `<meta name="description" content="${c.meta_description}">` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n(Note : j’ai écrit les heures à la française, avec « h ».)`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n---\nN’hésitez pas à me dire si le ton vous convient !`,
  }),
];

export const ROUND_63_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Knockoff power stations rarely deliver their rated output.',
      'Cheap monitors blur every fast turn into a smear.',
      'A counterfeit charger can ruin the battery for good.',
      'Imitation scooter tyres crack after a winter of use.',
    ],
    slogans: ['Power that keeps the lights on.', 'The city, at your own pace.'],
    chineseLeftovers: [],
    duplicateLead: 'Put simply: ',
    titleStuffing: ' | Gaming, Home Office, Bestseller, Free Delivery, New Arrival',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Küchenmaschinen überhitzen schon bei schwerem Teig.',
      'Eine Fälschung erkennt man am flackernden Display.',
      'Nachahmungen dieses Beamers erreichen nie die angegebene Helligkeit.',
      'Imitate vom Wühltisch halten keinen Winter durch.',
    ],
    slogans: ['Gutes Brot beginnt mit gutem Teig.', 'Sanft erwachen, gut gelaunt.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Technik-Neuheit, Bestseller, Geschenkidee, Top-Angebot, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の電源は表示どおりの出力が出ません。',
      '偽物のモニターは色むらが目立ちます。',
      'コピー品のケーブルは発熱しやすく危険です。',
      '模倣品は安全認証を受けていません。',
    ],
    slogans: ['停電の夜も、明かりはそのまま。', '勝負の瞬間を、見逃さない。'],
    chineseLeftovers: ['这款显示器的画面非常流畅，打游戏很过瘾。', '这台电源停电时也能给冰箱供电。'],
    duplicateLead: '要するに、',
    titleStuffing: '｜人気 おすすめ 新作 送料無料 ランキング 即納',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las batidoras baratas se calientan con las masas duras.',
      'Las falsificaciones no soportan el peso de los adultos.',
      'Los cargadores falsos pueden dañar la batería.',
      'Las imitaciones de patinetes frenan mal en mojado.',
    ],
    slogans: ['La masa perfecta, sin esfuerzo.', 'Tu ciudad, a tu ritmo.'],
    chineseLeftovers: [],
    duplicateLead: 'Dicho de otro modo: ',
    titleStuffing: ' | Novedad, más vendido, idea regalo, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les robots pas chers peinent dès que la pâte épaissit.',
      'Les contrefaçons de réveils tombent vite en panne.',
      'Aucune réplique de ce projecteur n’atteint la luminosité annoncée.',
      'Méfiez-vous des fausses bonnes affaires en ligne.',
    ],
    slogans: ['Le cinéma, à la maison.', 'Des matins tout en lumière.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour résumer : ',
    titleStuffing: ' | Nouveauté, meilleure vente, idée cadeau, livraison offerte',
  },
};
