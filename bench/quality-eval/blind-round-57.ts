// Blind set, round 57 (written without reading the gate, committed before it is scored): six garden, car, health,
// music and home products in the categories raised_garden_beds, dash_cams, massage_guns, kalimbas,
// foot_spa_massagers and electric_throw_blankets, 12 hand-written listings from Chinese sources written like a
// shop's standard product copy (mostly digits with units, a few counts in Chinese words such as 三种, 九档, 两年, and
// ranges such as 35-48℃, 1-9小时), three artifact styles per listing and wording of its own (this round: the kinds
// the shared definition of llm_artifact names, each in the target language's own words and with varied punctuation
// and placement: a lead-in before the description ("Sure! Here's…", "Gerne, hier ist…", "はい、承知しました。…",
// "¡Claro! Aquí tienes…", "Bien sûr ! Voici…"), an AI disclaimer in the middle or at the end of a field, a sign-off
// after a copy, code fences (plain, ```markdown, inline backticks), HTML tags (<br>, <div class>, <h1>, <strong>),
// markdown field labels (**H1:**, **Encabezado:**, Überschrift:, Titre :, コピーA（価値訴求）：) and bold markdown
// inside a copy; plus a few a real model leaves that the definition does not list: a leftover JSON key, an
// end-of-turn token, a "(N characters)" count, literal \n\n escapes, a translator's note in brackets and a variant
// label; no digits in artifacts that land in the description, title or meta); legitimate numbers:
// Verdea 0.6 mm (0,6 mm), 10年以上 (more than 10 years, mehr als 10 Jahre), 120×60 cm (47 × 24 in), 30 cm,
// about 200 L (200 litres, 200 Liter), about 15 minutes, 三种 (three colours, drei Farben), 两年 (two-year, zwei
// Jahre); Roadvo 4K (4), 1080P (1080p), 170°, 3 lanes (3車線), 3-inch (3インチ), 256 GB, 24 hours, -20 to 70 ℃
// (-4 °F to 158 °F), 双录/前后 (front and rear: not a number); Relaxo 3200 per minute (3200 Schläge, 3200
// percusiones), 10 mm, 6 levels (6 Stufen, 6 niveles), 八种 (acht Aufsätze, ocho cabezales), about 650 g, 2500 mAh,
// 15 minutes a day, about 4 weeks, under 45 dB, about 2 hours, Type-C (no number); Melodi 17 keys (17 lames),
// C4 to E6 (4, 6; kept as C4/E6 in fr, not do3/mi5), 18.5×13 cm (7.3 × 5.1 in, 18,5 × 13 cm), about 380 g,
// 30 minutes, under 5 cents, 8 years and up, idioms 零基础 (complete beginners, sans aucune notion), 第一首 (first
// tune, premier morceau), 逐一 (one by one); Thermae about 8 L, 24 cm, 500 W, 35-48 ℃, 16 rollers, 三档 (drei
// Stufen, trois intensités), 10-60 minutes, 9 cm; Cozzia 双层 (double-layer, doble capa, ダブル: not a number),
// 150×80 cm, 60 W, about 5 minutes, 九档 (9段階, nueve niveles), about 45 ℃, 1-9 hours (1～9時間, 1 y 9 horas),
// 30 ℃ (30 °C como máximo, 30℃以下), 两年 (2年間, dos años), idiom 多次 (many washes, muchas veces).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const GARDEN_BED_ZH = 'Verdea 镀铝锌钢板高架种植箱 120×60厘米';
const GARDEN_BED_SRC =
  'Verdea 高架种植箱采用0.6毫米厚镀铝锌钢板，防锈耐腐蚀，户外使用10年以上也不易生锈。箱体尺寸为120×60厘米，高30厘米，可装土约200升，适合种植蔬菜、香草和花卉。上沿采用卷边设计，不割手，老人和孩子都能放心打理。箱体无底，排水顺畅，根系可以向下扎入土壤。无需工具，约15分钟即可拼装完成。有墨绿、米白、浅灰三种颜色可选，享受两年质保。';
const DASH_CAM_ZH = 'Roadvo 4K前后双录行车记录仪 3英寸屏 GPS';
const DASH_CAM_SRC =
  'Roadvo 行车记录仪前镜头支持4K超高清录制，后镜头为1080P，前后同时录像，车牌号码清晰可辨。前镜头拥有170°超广角，可覆盖3条车道。机身配备3英寸IPS屏幕，回放和设置都很直观。内置GPS模块，可记录车速和行驶轨迹。最高支持256GB存储卡，循环录影，存满后自动覆盖旧文件。支持24小时停车监控，车辆受到碰撞时自动锁定视频。工作温度-20至70℃，严冬酷暑都能稳定运行。';
const MASSAGE_GUN_ZH = 'Relaxo 无刷筋膜枪 6档调节 八种按摩头';
const MASSAGE_GUN_SRC =
  'Relaxo 筋膜枪搭载无刷电机，最高每分钟3200次冲击，振幅达10毫米，能深入放松大肌群。力度分6档调节，并配有八种按摩头，分别适用于肩颈、背部、小腿和足底等部位。机身重约650克，单手握持也不累。内置2500mAh锂电池，充满电后每天使用15分钟，可用约4周。运行噪音低于45分贝，在办公室使用也不会打扰同事。采用Type-C接口充电，约2小时即可充满。';
const KALIMBA_ZH = 'Melodi 17音桃花心木拇指琴 卡林巴';
const KALIMBA_SRC =
  'Melodi 卡林巴拇指琴采用整块桃花心木制作，共17个音键，标准C调，音域从C4到E6。琴键为锰钢材质，末端经过弧形打磨，弹奏时不伤手指。琴身尺寸18.5×13厘米，重约380克，小巧便携。附赠调音锤、琴包、音名贴纸和中英文曲谱，零基础也能在30分钟内弹出第一首曲子。每台出厂前都由调音师逐一校准，音准误差小于5音分。适合8岁以上儿童及成人。';
const FOOT_SPA_ZH = 'Thermae 恒温加热足浴盆 电动按摩 可折叠';
const FOOT_SPA_SRC =
  'Thermae 足浴盆容量约8升，盆深24厘米，水位可没过脚踝。加热功率500瓦，温度可在35-48℃之间自由设定，达到设定温度后自动恒温。底部设有16个电动滚轮，模拟手法按摩足底穴位。气泡冲浪功能分三档强度，让泡脚更放松。可定时10-60分钟，时间到自动断电。盆体采用可折叠设计，收起后高度仅9厘米，塞进床底也不占地方。附赠遥控器，坐着就能调节。';
const BLANKET_ZH = 'Cozzia 法兰绒电热盖毯 150×80厘米 可水洗';
const BLANKET_SRC =
  'Cozzia 电热盖毯采用双层法兰绒面料，柔软亲肤，尺寸为150×80厘米，沙发午睡、办公室盖腿都合适。功率60瓦，开机约5分钟就能感到温暖。控制器提供九档温度，最高约45℃，并可设定1-9小时定时关机。内置过热保护，温度异常时自动断电。控制器可拔下，毯子可以直接放进洗衣机，水温不超过30℃即可。毯边采用包边工艺，多次水洗也不起球。享受两年质保。';

export const ROUND_57_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'raised_garden_beds',
    'en',
    GARDEN_BED_ZH,
    GARDEN_BED_SRC,
    {
      translated_description:
        'The Verdea raised garden bed is made from galvalume steel sheet 0.6 mm thick, so it resists rust and corrosion and stays rust-free outdoors for more than 10 years. It measures 120 × 60 cm (47 × 24 in), stands 30 cm high and holds about 200 litres of soil – plenty of room for vegetables, herbs and flowers. The top edge is rolled over, so there are no sharp edges and children and older gardeners can tend it safely. The bed is bottomless, which lets water drain freely and roots grow down into the ground below. It goes together without tools in about 15 minutes. Choose from three colours – dark green, off-white and light grey – all backed by a two-year warranty.',
      seo_title: 'Verdea Raised Garden Bed, Galvalume Steel, 120 × 60 cm',
      meta_description:
        'Rust-resistant raised garden bed in galvalume steel: 120 × 60 cm, 30 cm high and room for about 200 litres of soil. Safe rolled edges, tool-free assembly.',
      h1: 'Verdea Raised Bed: Grow More, Bend Less',
      marketing_copy_a:
        'Steel that shrugs off rust for years, a bottomless design for healthy roots and room for plenty of soil. One bed, season after season. Order your Verdea today.',
      marketing_copy_b:
        'Warm tomatoes picked straight from the vine, basil you can smell from the kitchen door. A small patch of garden that is truly yours. Discover Verdea.',
      marketing_copy_c:
        'Spring planting offer: free delivery on every Verdea bed this month. Shop now while all three colours are in stock.',
    },
    {
      field: 'translated_description',
      replace: 'Each bed comes with 4 corner stakes for extra stability.',
      labels: ['number_invented'],
    },
    'It goes together without tools in about 15 minutes.',
  ),
  listing(
    'p01',
    'raised_garden_beds',
    'de',
    GARDEN_BED_ZH,
    GARDEN_BED_SRC,
    {
      translated_description:
        'Das Hochbeet Verdea besteht aus 0,6 mm starkem, aluzinkbeschichtetem Stahlblech. Es ist rost- und korrosionsbeständig und bleibt auch nach mehr als 10 Jahren im Freien rostfrei. Mit 120 × 60 cm Grundfläche und 30 cm Höhe fasst es rund 200 Liter Erde – ideal für Gemüse, Kräuter und Blumen. Der obere Rand ist umgebördelt und ohne scharfe Kanten, sodass auch Kinder und ältere Menschen gefahrlos daran gärtnern können. Das Beet hat keinen Boden: Wasser läuft gut ab, und die Wurzeln wachsen ungehindert in den Untergrund. Der Aufbau gelingt ohne Werkzeug in etwa 15 Minuten. Erhältlich in drei Farben – Dunkelgrün, Cremeweiß und Hellgrau – mit zwei Jahren Garantie.',
      seo_title: 'Verdea Hochbeet aus Aluzink-Stahlblech, 120 × 60 cm',
      meta_description:
        'Rostbeständiges Hochbeet aus 0,6 mm Aluzink-Stahlblech: 120 × 60 cm Grundfläche, rund 200 Liter Füllvolumen, sicherer Bördelrand und Aufbau ohne Werkzeug.',
      h1: 'Verdea – Ihr Gemüsegarten auf bequemer Höhe',
      marketing_copy_a:
        'Stahl, der jahrelang nicht rostet, ein offener Boden für gesunde Wurzeln und Platz für reichlich Erde – ein Beet für viele Gartenjahre. Jetzt bestellen.',
      marketing_copy_b:
        'Sonnenwarme Tomaten direkt vom Strauch, Basilikum, das man schon an der Terrassentür riecht. Ein kleines Stück Garten, das ganz Ihnen gehört. Entdecken Sie Verdea.',
      marketing_copy_c:
        'Frühlingsaktion: Diesen Monat liefern wir jedes Verdea Hochbeet versandkostenfrei. Sichern Sie sich Ihre Lieblingsfarbe, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'und 30 cm Höhe',
      replace: 'und 40 cm Höhe',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der Aufbau gelingt ohne Werkzeug in etwa 15 Minuten.',
  ),
  listing(
    'p02',
    'dash_cams',
    'en',
    DASH_CAM_ZH,
    DASH_CAM_SRC,
    {
      translated_description:
        'The Roadvo dash cam records in 4K ultra HD at the front and 1080p at the rear, filming both views at the same time so number plates stay clearly legible. The front lens covers an ultra-wide 170°, enough to take in 3 lanes of traffic. A 3-inch IPS screen makes playback and settings easy to follow. The built-in GPS module logs your speed and route. Loop recording works with memory cards of up to 256 GB and overwrites the oldest files automatically when the card is full. In 24-hour parking mode, a collision automatically locks the current video. Rated for -20 °C to 70 °C (-4 °F to 158 °F), it runs reliably through bitter winters and scorching summers.',
      seo_title: 'Roadvo 4K Front and Rear Dash Cam, 3-Inch Screen, GPS',
      meta_description:
        'Front and rear dash cam: 4K at the front, 1080p at the rear, a 170° wide-angle lens, built-in GPS and 24-hour parking mode that locks video on impact.',
      h1: 'Roadvo Dash Cam – Every Trip on Record',
      marketing_copy_a:
        'Sharp 4K footage, GPS speed logging and parking protection in one compact unit – evidence you can rely on if anything happens. Order your Roadvo now.',
      marketing_copy_b:
        'A scrape in the car park while you were in the supermarket, a near miss on the motorway. With Roadvo watching, there is no arguing about what happened. Discover Roadvo and drive on with peace of mind.',
      marketing_copy_c:
        'This week only: a free memory card with every Roadvo dash cam. Grab yours before they are gone.',
    },
    {
      field: 'translated_description',
      find: 'A 3-inch IPS screen',
      replace: 'A 3.5-inch IPS screen',
      labels: ['number_invented'],
    },
    'Loop recording works with memory cards of up to 256 GB and overwrites the oldest files automatically when the card is full.',
  ),
  listing(
    'p02',
    'dash_cams',
    'ja',
    DASH_CAM_ZH,
    DASH_CAM_SRC,
    {
      translated_description:
        'Roadvoのドライブレコーダーは、フロントカメラが4K超高画質、リアカメラが1080Pで、前後を同時に録画します。ナンバープレートの文字もくっきり読み取れます。フロントレンズは170°の超広角で、3車線をしっかりカバー。3インチのIPS液晶を搭載し、再生や設定も直感的に操作できます。GPSを内蔵しているので、車速や走行ルートも記録できます。最大256GBのメモリーカードに対応し、ループ録画で容量がいっぱいになると古いファイルから自動で上書きします。24時間の駐車監視に対応し、衝撃を検知すると映像を自動でロックします。動作温度は-20～70℃で、真冬でも真夏でも安定して作動します。',
      seo_title: 'Roadvo 前後同時録画 4Kドライブレコーダー 3インチ',
      meta_description:
        'フロント4K・リア1080Pの前後同時録画ドライブレコーダー。170°の超広角レンズとGPSを搭載し、24時間駐車監視でもしもの時もしっかり記録。',
      h1: 'もしもに備える Roadvo ドライブレコーダー',
      marketing_copy_a:
        '4Kの鮮明な映像、GPSによる車速記録、駐車中の見守りまで、これひとつにおまかせ。万一のときに頼れる証拠を残します。今すぐ購入。',
      marketing_copy_b:
        '駐車場での当て逃げ、高速道路でヒヤリとした瞬間。Roadvoが見ていれば、言った言わないで悩むこともありません。安心してハンドルを握れる毎日を、ぜひチェックしてください。',
      marketing_copy_c: '今週限定で、ご購入の方にメモリーカードをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '最大256GBのメモリーカード',
      replace: '最大512GBのメモリーカード',
      labels: ['number_dropped', 'number_invented'],
    },
    '24時間の駐車監視に対応し、衝撃を検知すると映像を自動でロックします。',
  ),
  listing(
    'p03',
    'massage_guns',
    'de',
    MASSAGE_GUN_ZH,
    MASSAGE_GUN_SRC,
    {
      translated_description:
        'Die Massagepistole Relaxo arbeitet mit einem bürstenlosen Motor und schafft bis zu 3200 Schläge pro Minute bei 10 mm Amplitude – genug, um auch große Muskelgruppen tief zu lockern. Die Intensität lässt sich in 6 Stufen einstellen, und acht Massageaufsätze decken Nacken und Schultern, Rücken, Waden und Fußsohlen ab. Mit rund 650 g liegt sie auch einhändig entspannt in der Hand. Der eingebaute Lithium-Akku mit 2500 mAh reicht bei 15 Minuten täglicher Anwendung für etwa 4 Wochen. Mit weniger als 45 dB Betriebsgeräusch stört sie auch im Büro keine Kollegen. Geladen wird über einen Type-C-Anschluss, nach etwa 2 Stunden ist der Akku voll.',
      seo_title: 'Relaxo Massagepistole, bürstenlos, 6 Stufen, 8 Aufsätze',
      meta_description:
        'Bürstenlose Massagepistole mit bis zu 3200 Schlägen pro Minute, 10 mm Amplitude, 6 Intensitätsstufen, acht Aufsätzen und leisem Betrieb unter 45 dB.',
      h1: 'Relaxo – Tiefenentspannung für Ihre Muskeln',
      marketing_copy_a:
        'Profi-Massage für zu Hause: ein kräftiger bürstenloser Motor, acht Aufsätze für jede Körperzone und ein Akku, der wochenlang durchhält. Jetzt bestellen und durchstarten.',
      marketing_copy_b:
        'Nach dem Lauf, nach dem langen Bürotag: Die verspannten Schultern lassen endlich los. Ein paar Minuten, und Sie fühlen sich wieder leicht. Entdecken Sie Relaxo.',
      marketing_copy_c:
        'Nur diese Woche: Zu jeder Relaxo gibt es die Transporttasche gratis dazu. Sichern Sie sich Ihre gleich.',
    },
    { field: 'seo_title', find: '6 Stufen', replace: '9 Stufen', labels: ['number_invented'] },
    'Der eingebaute Lithium-Akku mit 2500 mAh reicht bei 15 Minuten täglicher Anwendung für etwa 4 Wochen.',
  ),
  listing(
    'p03',
    'massage_guns',
    'es',
    MASSAGE_GUN_ZH,
    MASSAGE_GUN_SRC,
    {
      translated_description:
        'La pistola de masaje Relaxo lleva un motor sin escobillas que alcanza hasta 3200 percusiones por minuto con una amplitud de 10 mm, capaz de relajar en profundidad los grandes grupos musculares. La intensidad se regula en 6 niveles e incluye ocho cabezales pensados para cuello y hombros, espalda, gemelos y planta del pie. Pesa unos 650 g, así que se sostiene con una mano sin cansarse. Su batería de litio de 2500 mAh dura unas 4 semanas con un uso de 15 minutos al día. Funciona a menos de 45 dB, por lo que puedes usarla en la oficina sin molestar a nadie. Se carga por el puerto Type-C en unas 2 horas.',
      seo_title: 'Pistola de masaje Relaxo sin escobillas, 6 niveles',
      meta_description:
        'Pistola de masaje sin escobillas: hasta 3200 percusiones por minuto, 10 mm de amplitud, 6 niveles, ocho cabezales y un funcionamiento por debajo de 45 dB.',
      h1: 'Relaxo, alivio muscular profundo en casa',
      marketing_copy_a:
        'Un masaje de fisio en la palma de tu mano: motor potente, ocho cabezales para cada zona y una batería que aguanta semanas. Consigue tu Relaxo hoy.',
      marketing_copy_b:
        'Después de correr o de una larga jornada frente al ordenador, tus hombros por fin se sueltan. Unos minutos bastan para volver a sentirte ligero. Descubre Relaxo.',
      marketing_copy_c: 'Solo esta semana: estuche de transporte de regalo con cada Relaxo. Pídela ya.',
    },
    {
      field: 'translated_description',
      find: 'con una amplitud de 10 mm',
      replace: 'con una amplitud de 12 mm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Su batería de litio de 2500 mAh dura unas 4 semanas con un uso de 15 minutos al día.',
  ),
  listing(
    'p04',
    'kalimbas',
    'en',
    KALIMBA_ZH,
    KALIMBA_SRC,
    {
      translated_description:
        'The Melodi kalimba is carved from a single block of mahogany and has 17 keys tuned to standard C major, spanning C4 to E6. The manganese-steel keys are rounded at the tips, so they are gentle on your thumbs. The body measures 18.5 × 13 cm (7.3 × 5.1 in) and weighs about 380 g, small enough to take anywhere. It comes with a tuning hammer, a carry bag, note stickers and songbooks in Chinese and English, so even complete beginners can play their first tune within 30 minutes. Every instrument is tuned by hand before it leaves the workshop, to within 5 cents of true pitch. Suitable for children aged 8 and up and for adults.',
      seo_title: 'Melodi 17-Key Kalimba, Solid Mahogany Thumb Piano',
      meta_description:
        'Solid mahogany kalimba with 17 hand-tuned keys from C4 to E6, rounded manganese-steel tines, a tuning hammer, carry bag and songbook. For ages 8 and up.',
      h1: 'Melodi Kalimba – Music at Your Fingertips',
      marketing_copy_a:
        'A complete starter kit in one box: the kalimba, a tuning hammer, a carry bag and note stickers. No lessons needed. Shop the Melodi kalimba today.',
      marketing_copy_b:
        'Soft, bell-like notes drifting across the room on a quiet evening. A lullaby, a pop song or a melody all your own. Treat yourself to a Melodi.',
      marketing_copy_c:
        'Gift season special: free gift wrapping and a printed songbook with every kalimba this month. Order now and it arrives in time.',
    },
    {
      field: 'translated_description',
      find: 'to within 5 cents of true pitch',
      replace: 'to within 3 cents of true pitch',
      labels: ['number_dropped', 'number_invented'],
    },
    'The body measures 18.5 × 13 cm (7.3 × 5.1 in) and weighs about 380 g, small enough to take anywhere.',
  ),
  listing(
    'p04',
    'kalimbas',
    'fr',
    KALIMBA_ZH,
    KALIMBA_SRC,
    {
      translated_description:
        'Le kalimba Melodi est taillé dans un seul bloc d’acajou. Ses 17 lames sont accordées en do majeur et couvrent une tessiture de C4 à E6. En acier au manganèse, elles sont arrondies à leur extrémité pour ménager les doigts. Le corps mesure 18,5 × 13 cm et pèse environ 380 g : il se glisse partout. Il est livré avec un marteau d’accordage, une housse, des autocollants de notes et des partitions en chinois et en anglais, si bien que même sans aucune notion de musique, on joue son premier morceau en 30 minutes. Chaque instrument est accordé à la main avant de quitter l’atelier, avec un écart de justesse inférieur à 5 cents. Il convient aux enfants dès 8 ans comme aux adultes.',
      seo_title: 'Kalimba Melodi 17 lames en acajou massif',
      meta_description:
        'Kalimba en acajou massif à 17 lames en acier au manganèse, de C4 à E6, accordé à la main. Livré avec marteau, housse et partitions. Dès 8 ans.',
      h1: 'Melodi, le piano à pouces qui chante',
      marketing_copy_a:
        'Tout pour débuter dans une seule boîte : le kalimba, son marteau d’accordage, une housse et des autocollants de notes. Aucun cours nécessaire. Commandez votre Melodi dès aujourd’hui.',
      marketing_copy_b:
        'Des notes douces comme des clochettes qui flottent dans la pièce, un soir tranquille. Une berceuse, une chanson pop ou une mélodie bien à vous. Offrez-vous un Melodi.',
      marketing_copy_c:
        'Spécial cadeaux : emballage offert et recueil de partitions imprimé avec chaque kalimba ce mois-ci. Découvrez l’offre sans attendre.',
    },
    { field: 'meta_description', find: 'Dès 8 ans', replace: 'Dès 10 ans', labels: ['number_invented'] },
    'Chaque instrument est accordé à la main avant de quitter l’atelier, avec un écart de justesse inférieur à 5 cents.',
  ),
  listing(
    'p05',
    'foot_spa_massagers',
    'de',
    FOOT_SPA_ZH,
    FOOT_SPA_SRC,
    {
      translated_description:
        'Das Fußbad Thermae fasst rund 8 Liter und ist 24 cm tief, sodass das Wasser bis über die Knöchel reicht. Mit 500 W Heizleistung lässt sich die Wassertemperatur frei zwischen 35 und 48 °C einstellen; ist sie erreicht, wird sie automatisch gehalten. Im Boden massieren 16 elektrische Rollen die Reflexzonen der Fußsohlen, fast wie von Hand. Die Sprudelfunktion hat drei Stufen und macht das Fußbad noch entspannender. Der Timer lässt sich auf 10 bis 60 Minuten stellen und schaltet danach automatisch ab. Zusammengefaltet ist die Wanne nur 9 cm hoch und passt sogar unters Bett. Mit der mitgelieferten Fernbedienung stellen Sie alles bequem im Sitzen ein.',
      seo_title: 'Thermae Fußbad mit Heizung und Massage, faltbar, 35–48 °C',
      meta_description:
        'Beheiztes Fußbad mit 8 Litern Fassungsvermögen, 500 W und 35 bis 48 °C, 16 Massagerollen, Sprudelfunktion und Timer. Zusammengefaltet nur 9 cm hoch.',
      h1: 'Thermae – Wellness für müde Füße',
      marketing_copy_a:
        'Warmes Wasser, das warm bleibt, kräftige Massagerollen und ein Sprudelbad in einem Gerät, das zusammengefaltet unters Bett passt. Bestellen Sie Ihr Thermae noch heute.',
      marketing_copy_b:
        'Ein langer Tag auf den Beinen, dann die Füße ins warme Wasser. Die Rollen arbeiten, die Bläschen kribbeln, und der Alltag wird ganz leise. Gönnen Sie sich diesen Moment und entdecken Sie Thermae.',
      marketing_copy_c:
        'Winterangebot: Nur bis Sonntag gibt es ein Paar Frottee-Socken gratis zu jedem Fußbad. Jetzt kaufen und warm durch die kalten Tage.',
    },
    { field: 'meta_description', find: '500 W', replace: '800 W', labels: ['number_invented'] },
    'Zusammengefaltet ist die Wanne nur 9 cm hoch und passt sogar unters Bett.',
  ),
  listing(
    'p05',
    'foot_spa_massagers',
    'fr',
    FOOT_SPA_ZH,
    FOOT_SPA_SRC,
    {
      translated_description:
        'Le bain de pieds Thermae contient environ 8 litres et mesure 24 cm de profondeur : l’eau couvre largement les chevilles. Sa résistance de 500 W chauffe l’eau à la température de votre choix, entre 35 et 48 °C, puis la maintient automatiquement. Au fond, 16 rouleaux électriques massent la voûte plantaire comme le feraient des mains. La fonction bulles propose trois intensités pour un moment encore plus relaxant. La minuterie se règle de 10 à 60 minutes et coupe l’appareil à la fin du temps choisi. Pliée, la bassine ne mesure plus que 9 cm de haut et se range même sous le lit. La télécommande fournie permet de tout régler sans quitter son fauteuil.',
      seo_title: 'Bain de pieds chauffant Thermae, massage et bulles',
      meta_description:
        'Bain de pieds chauffant de 8 litres et 500 W, réglable de 35 à 48 °C, avec 16 rouleaux de massage, bulles à trois intensités et minuterie. Se plie.',
      h1: 'Thermae, la détente commence par les pieds',
      marketing_copy_a:
        'Une eau qui reste chaude, des rouleaux de massage et des bulles dans un seul appareil, qui se plie pour se ranger sous le lit. Commandez votre Thermae dès maintenant.',
      marketing_copy_b:
        'Une longue journée debout, puis les pieds dans l’eau chaude. Les rouleaux travaillent, les bulles pétillent, et tout s’apaise. Découvrez Thermae.',
      marketing_copy_c:
        'Offre d’hiver : une paire de chaussettes en éponge offerte avec chaque bain de pieds jusqu’à dimanche. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'de 10 à 60 minutes',
      replace: 'de 10 à 90 minutes',
      labels: ['number_dropped', 'number_invented'],
    },
    'Pliée, la bassine ne mesure plus que 9 cm de haut et se range même sous le lit.',
  ),
  listing(
    'p06',
    'electric_throw_blankets',
    'ja',
    BLANKET_ZH,
    BLANKET_SRC,
    {
      translated_description:
        'Cozziaの電気ブランケットは、やわらかく肌ざわりのよいダブルフランネル生地を使用。サイズは150×80cmで、ソファでのお昼寝やオフィスでのひざ掛けにぴったりです。消費電力は60Wで、電源を入れて約5分でぽかぽかに。コントローラーで温度を9段階に調節でき、最高温度は約45℃。1～9時間のオフタイマーも設定できます。過熱保護機能を内蔵し、温度に異常があると自動で電源が切れます。コントローラーを外せば、そのまま洗濯機で丸洗いできます（水温30℃以下）。縁はパイピング仕上げで、何度洗っても毛玉ができにくいです。2年間の保証付きです。',
      seo_title: 'Cozzia 電気ブランケット フランネル 150×80cm 洗える',
      meta_description:
        'やわらかなダブルフランネルの電気ひざ掛け。150×80cm、温度9段階・最高約45℃、1～9時間タイマー付き。洗濯機で丸洗いでき、2年保証で安心です。',
      h1: 'ふんわり暖かい Cozzia 電気ブランケット',
      marketing_copy_a:
        'わずかな電力で、ひざ元からぽかぽか。部屋全体の暖房を上げなくても、冬を快適に過ごせます。カートへどうぞ。',
      marketing_copy_b:
        '冷えた足先を包みこむ、やさしいぬくもり。ソファで本を読みながら、いつの間にかうとうと。そんな冬の午後を過ごしてみませんか。詳しくはこちらからチェック。',
      marketing_copy_c: '寒波到来セール実施中。今なら収納袋をおまけでお付けします。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '150×80cm', replace: '180×80cm', labels: ['number_invented'] },
    '消費電力は60Wで、電源を入れて約5分でぽかぽかに。',
  ),
  listing(
    'p06',
    'electric_throw_blankets',
    'es',
    BLANKET_ZH,
    BLANKET_SRC,
    {
      translated_description:
        'La manta eléctrica Cozzia está hecha de franela de doble capa, suave y agradable al tacto, y mide 150 × 80 cm: perfecta para la siesta en el sofá o para taparte las piernas en la oficina. Con 60 W de potencia, en unos 5 minutos ya notas el calor. El mando ofrece nueve niveles de temperatura, con un máximo de unos 45 °C, y permite programar el apagado automático entre 1 y 9 horas. La protección contra sobrecalentamiento corta la corriente si la temperatura se dispara. Desenchufa el mando y mete la manta directamente en la lavadora, con el agua a 30 °C como máximo. Los bordes ribeteados no forman bolitas aunque la laves muchas veces. Tiene dos años de garantía.',
      seo_title: 'Manta eléctrica Cozzia de franela, 150 × 80 cm, lavable',
      meta_description:
        'Manta eléctrica de franela suave de 150 × 80 cm con nueve niveles de temperatura, hasta unos 45 °C, apagado programable de 1 a 9 horas y lavado a máquina.',
      h1: 'Cozzia, calor suave para tus tardes de sofá',
      marketing_copy_a:
        'Poco consumo y calor justo donde lo necesitas, sin subir la calefacción de toda la casa. Compra tu Cozzia ahora.',
      marketing_copy_b:
        'Los pies fríos envueltos en un calor suave, un libro entre las manos y la tarde que pasa sin prisa. Así sabe el invierno en casa. Descubre Cozzia.',
      marketing_copy_c:
        'Oferta ola de frío: funda de almacenaje de regalo con cada manta esta semana. Hazte con la tuya.',
    },
    {
      field: 'translated_description',
      replace: 'Se apaga sola tras 12 horas de uso continuo.',
      labels: ['number_invented'],
    },
    'Con 60 W de potencia, en unos 5 minutos ya notas el calor.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const chars = (text: string) => [...text].length;

/** `text` with its first sentence break (after `.`, `!` or `?`, not a decimal point) replaced by `joint`. */
const breakFirst = (text: string, joint: string): string => text.replace(/(?<=\D[.!?]) (?=\S)/, joint);

// en: listing 1 (garden bed) takes styles 0-2, listing 2 (dash cam) 3-5, listing 3 (kalimba) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here's the English version of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `**H1:** ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nLet me know if you'd like a shorter or more playful version!`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      6,
      "(As an AI, I can't test the camera myself, so the temperature range is taken straight from the supplier's text.)",
    ),
  }),
  (c) => ({ meta_description: `\`\`\`\n${c.meta_description}\n\`\`\`` }),
  (c) => ({ marketing_copy_b: breakFirst(c.marketing_copy_b, '<br><br>') }),
  (c) => ({ h1: `"h1": "${c.h1}",` }),
  (c) => ({ translated_description: `${c.translated_description}<|im_end|>` }),
  (c) => ({
    marketing_copy_a: `Value-focused copy (${chars(c.marketing_copy_a)} characters):\n${c.marketing_copy_a}`,
  }),
];

// de: listing 1 (garden bed) takes styles 0-2, listing 2 (massage gun) 3-5, listing 3 (foot spa) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne, hier ist die deutsche Übersetzung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `Überschrift: ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Ich hoffe, diese Fassung gefällt Ihnen – sagen Sie gern Bescheid, wenn ich etwas anpassen soll!`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Als KI-Sprachmodell kann ich die gesundheitliche Wirkung natürlich nicht beurteilen, bitte vor der Veröffentlichung prüfen.',
    ),
  }),
  (c) => ({ marketing_copy_a: `<div class="marketing-copy">${c.marketing_copy_a}</div>` }),
  (c) => ({ seo_title: `\`${c.seo_title}\`` }),
  (c) => ({ translated_description: breakFirst(c.translated_description, '\\n\\n') }),
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace(/^([^:]+:)/, '**$1**') }),
  (c) => ({ h1: `${c.h1} [Anm. d. Übers.: Markenname „Thermae“ unverändert übernommen]` }),
];

// ja: listing 1 (dash cam) takes styles 0-2, listing 2 (blanket) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `はい、承知しました。以下が日本語に翻訳した商品説明です：\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n他にも修正のご要望があれば、お気軽にお申し付けください！`,
  }),
  (c) => ({ marketing_copy_a: `コピーA（価値訴求）：${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      6,
      '※AIによる翻訳のため、安全機能に関する記載は必ずメーカーの原文とご照合ください。',
    ),
  }),
  (c) => ({ seo_title: `**${c.seo_title}**` }),
];

// es: listing 1 (massage gun) takes styles 0-2, listing 2 (blanket) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la traducción al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `**Encabezado:** ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} ¡Espero que te sirva! Si quieres, puedo darle un tono más deportivo.`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n(Nota: como modelo de lenguaje, no he podido comprobar los datos técnicos del fabricante.)`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`markdown\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({ marketing_copy_c: `<strong>${c.marketing_copy_c}</strong>` }),
];

// fr: listing 1 (kalimba) takes styles 0-2, listing 2 (foot spa) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Bien sûr ! Voici la version française de la fiche produit :\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `Titre : ${c.seo_title}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} N’hésitez pas à me dire si vous souhaitez une version plus courte.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'En tant qu’intelligence artificielle, je ne peux pas garantir les bienfaits pour la santé ; j’ai donc gardé une formulation prudente.',
    ),
  }),
  (c) => ({ h1: `<strong>${c.h1}</strong>` }),
  (c) => ({ marketing_copy_a: `Version A (axée sur la valeur) — ${c.marketing_copy_a}` }),
];

export const ROUND_57_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap dash cams often miss number plates at night.',
      'Unlike fake galvanised beds, this one will not flake after a wet winter.',
      'A knockoff kalimba rarely stays in tune for long.',
      'Replica instruments tend to buzz on the high keys.',
    ],
    slogans: ['Eyes on the road, even when you are not.', 'Every note, a little calmer.'],
    chineseLeftovers: [],
    duplicateLead: 'To sum up: ',
    titleStuffing: ' | Garden Gift, Best Seller, Free Shipping, Top Rated, New Arrival',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Massagepistolen werden nach kurzer Zeit laut.',
      'Anders als eine Nachahmung aus dünnem Blech verbiegt sich dieses Beet nicht.',
      'Eine Fälschung erkennt man an den wackligen Rollen.',
      'Imitate ohne Überhitzungsschutz sind ein echtes Risiko.',
    ],
    slogans: ['Warme Füße, freier Kopf.', 'Locker bleiben, auch wenn es stressig wird.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Neuheit, Bestseller, Geschenkidee, Gratisversand, Top-Qualität',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のブランケットは洗うとすぐに毛玉だらけになります。',
      'レプリカの電気毛布は温度が安定しません。',
      'コピー品のドライブレコーダーは夜間の映像がぼやけがちです。',
      '偽物のメモリーカードでは録画が途切れることがあります。',
    ],
    slogans: ['ひざの上に、小さな陽だまりを。', '走るたびに、確かな安心を。'],
    chineseLeftovers: ['这个记录仪画面很清楚，晚上也能看清车牌。', '这款电热毯非常柔软，冬天用起来很舒服。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 ランキング 送料無料 プレゼント おすすめ 新作',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las mantas baratas pierden el calor a los pocos lavados.',
      'Una réplica de manta eléctrica no tiene protección fiable.',
      'Las imitaciones de pistolas de masaje vibran de forma irregular.',
      'Ese motor falso se calienta en cuanto lo usas un rato.',
    ],
    slogans: ['El invierno, mejor bajo la manta.', 'Músculos sueltos, mente tranquila.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Regalo ideal, novedad, envío gratis, más vendido, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un kalimba pas cher se désaccorde en quelques jours.',
      'Les contrefaçons de bains de pieds chauffent de façon inégale.',
      'Méfiez-vous des fausses bonnes affaires sur les instruments.',
      'Aucune réplique ne sonne aussi juste.',
    ],
    slogans: ['La musique au bout des doigts.', 'Le bien-être commence par les pieds.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Idée cadeau, nouveauté, livraison offerte, meilleure vente',
  },
};
