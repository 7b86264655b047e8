// Blind set, round 26 (written without reading the gate, committed before it is scored): six office, music and hobby
// products in the categories document_cameras, electronic_drum_kits, guitar_amplifiers, airbrush_kits, laminators
// and knitting_machines, 12 hand-written listings, three artifact styles per listing and wording of its own (this
// round: refusals and safety disclaimers by the model, questions back to the requester, placeholders left unfilled
// in the target language, remarks about the source text and its quality, SEO keyword lists and hashtags tagged as
// such, version and revision labels, the prompt instructions echoed back, greetings and sign-offs);
// legitimate numbers: Lumen V5, 4K, A3, 1 second, 30 fps, 两颗 (two) lights, 三档 (three) levels, 12 cm (4.7 in),
// 十几 (more than ten) people, 两年 (two-year warranty), 一页 (idiomatic, a page); Pulse D9, 5 pads, 第二代 (2nd
// generation, second-generation, 第2世代), 3 cymbals, 双区 (dual-zone, not a number), 上百 (over 100) voices, 几十
// (dozens, 数十) tracks, 70 to 120 cm (27.6 to 47.2 in), 6 years, 18 months; Tonic G20, 20 W, 8 inch, 三种 (three)
// channels, 十二种 (twelve, zwölf, douze) effects, 3.5 mm, 6.5 kg, 38 × 32 × 20 cm; Iris AB-6, 0.2/0.3/0.5 mm, 三种
// (three) sizes, 47 dB, 15 to 30 psi (1.0 to 2.1 bar), 1.5 L, 两个 (two) 7 ml cups, 12 years; Vellum L9, 三合一
// (3-in-1, 3in1), A3, 80 to 125 µm, 四辊 (four rollers), 3 minutes, 40 cm per minute, 两种 (two) modes, 上一代
// (previous model, not a number), 百分之30 (30 %), 50 A4 pouches; Purl K48, 48 needles, 45 cm, 两种 (two, dos,
// deux) modes, 8 seconds, 4 clips, 几十 (dozens: decenas, des dizaines), 一本 (idiomatic, a manual), 2.2 kg, 10 years.
import type { Language } from '@content-pipeline/languages';
import {
  listing,
  type BlindListing,
  type DefectWording,
  type Artifact,
  afterSentence,
  afterSentenceJa,
} from './blind-set';

const CAMERA_ZH = 'Lumen V5 4K高拍仪 A3幅面';
const CAMERA_SRC =
  'Lumen V5 高拍仪配备4K高清摄像头，最大拍摄幅面为A3，自动对焦，不到1秒即可拍下一页文件。视频输出帧率为每秒30帧，内置两颗LED补光灯，亮度分三档调节。支架折叠后高度仅12厘米，适合十几人的会议室和网课使用。USB即插即用，兼容Windows和macOS，整机质保两年。';
const DRUMS_ZH = 'Pulse D9 网面电子鼓套装';
const DRUMS_SRC =
  'Pulse D9 电子鼓套装包括5个第二代网面鼓垫和3个镲片，其中叮叮镲为双区设计。音源内置上百种音色和几十首伴奏曲，支持USB MIDI和蓝牙音频。鼓架高度可在70至120厘米之间调节，适合6岁以上的初学者。附送鼓棒和耳机，整套质保18个月。';
const AMP_ZH = 'Tonic G20 电吉他音箱 20瓦';
const AMP_SRC =
  'Tonic G20 电吉他音箱输出功率20瓦，搭载8英寸扬声器。内置三种通道（清音、过载、失真）和十二种数码效果，可同时接入吉他和话筒。支持蓝牙播放伴奏，3.5毫米耳机输出口方便夜间练琴。整机重6.5公斤，尺寸38×32×20厘米。';
const AIRBRUSH_ZH = 'Iris AB-6 模型喷笔气泵套装';
const AIRBRUSH_SRC =
  'Iris AB-6 模型喷笔套装配有0.2、0.3和0.5毫米三种口径喷针，换针即可兼顾细线勾勒和大面积喷涂。静音气泵噪音低于47分贝，气压可在15至30psi之间调节，1.5升储气罐让出气更平稳。附赠两个7毫升颜料杯和清洁刷套装。适合12岁以上的模型爱好者。';
const LAMINATOR_ZH = 'Vellum L9 三合一A3塑封机';
const LAMINATOR_SRC =
  'Vellum L9 三合一塑封机集覆膜、裁纸和切圆角于一体，支持A3及以下尺寸，可用80至125微米的塑封膜。四辊加热系统预热约3分钟，覆膜速度每分钟40厘米。冷覆、热覆两种模式可切换，卡纸时按退膜键即可。比上一代省电百分之30，并附赠50张A4塑封膜。';
const KNITTING_ZH = 'Purl K48 家用编织机 48针';
const KNITTING_SRC =
  'Purl K48 家用编织机配有48根织针，织片最宽约45厘米，围巾、帽子、毛衣都能织。可选平织和圈织两种方式，摇柄转一圈约需8秒。附带4个线夹、几十种花样图解和一本入门手册。整机重2.2公斤，建议10岁以上儿童在家长陪同下使用。';

export const ROUND_26_LISTINGS: readonly BlindListing[] = [
  listing(
    'm01',
    'document_cameras',
    'en',
    CAMERA_ZH,
    CAMERA_SRC,
    {
      translated_description:
        'The Lumen V5 document camera pairs a 4K HD camera with autofocus and captures originals up to A3. It takes less than 1 second to photograph a page. Video runs at 30 frames per second, and two built-in LED lights with three brightness levels keep the page evenly lit. Folded, the stand is just 12 cm (4.7 in) tall, a good fit for meeting rooms seating more than ten people and for online lessons. It is plug and play over USB, works with Windows and macOS, and comes with a two-year warranty.',
      seo_title: 'Lumen V5 Document Camera, 4K, A3, Autofocus',
      meta_description:
        'Lumen V5 4K document camera with autofocus, A3 capture area, 30 fps video and two dimmable LED lights. Plug and play over USB for classes and meetings.',
      h1: 'Lumen V5 Visualiser for Classrooms and Meetings',
      marketing_copy_a:
        'Skip the flatbed scanner and the queue at the copier: this camera captures a page as fast as you can turn it. Order yours today.',
      marketing_copy_b:
        'Remember passing sheets around the meeting table while everyone squinted? Now the whole room sees the same page, crisp and clear. Discover the Lumen V5.',
      marketing_copy_c: 'Free carry case with every Lumen V5 ordered this month – shop now.',
    },
    { field: 'seo_title', find: '4K', replace: '8K', labels: ['number_invented'] },
    'It takes less than 1 second to photograph a page.',
  ),
  listing(
    'm01',
    'document_cameras',
    'de',
    CAMERA_ZH,
    CAMERA_SRC,
    {
      translated_description:
        'Die Dokumentenkamera Lumen V5 arbeitet mit einer 4K-HD-Kamera mit Autofokus und erfasst Vorlagen bis A3. Eine Seite ist in weniger als 1 Sekunde fotografiert. Das Videobild läuft mit 30 Bildern pro Sekunde, zwei eingebaute LED-Leuchten mit drei Helligkeitsstufen sorgen für gleichmäßiges Licht. Zusammengeklappt ist das Stativ nur 12 cm hoch und passt damit in Besprechungsräume für mehr als zehn Personen ebenso wie zum Onlineunterricht. Per USB ist die Kamera sofort einsatzbereit, sie läuft unter Windows und macOS, und Sie erhalten zwei Jahre Garantie.',
      seo_title: 'Lumen V5 Dokumentenkamera, 4K, bis A3, Autofokus',
      meta_description:
        'Dokumentenkamera Lumen V5 mit 4K-Auflösung, Autofokus und Aufnahmen bis A3, Video mit 30 Bildern pro Sekunde und dimmbarem LED-Licht. Per USB startklar.',
      h1: 'Lumen V5 – Ihr Visualizer für Unterricht und Meeting',
      marketing_copy_a:
        'Schneller als jeder Flachbettscanner und ohne Warteschlange am Kopierer. Jetzt bestellen.',
      marketing_copy_b:
        'Schluss mit Zetteln, die im Meeting reihum gehen, während alle die Augen zusammenkneifen. Jetzt sehen alle dieselbe Seite, gestochen scharf. Entdecken Sie die Lumen V5.',
      marketing_copy_c: 'Diesen Monat gibt es die Schutztasche gratis dazu – sichern Sie sich Ihre Lumen V5.',
    },
    {
      field: 'translated_description',
      find: 'nur 12 cm hoch',
      replace: 'nur 9 cm hoch',
      labels: ['number_dropped', 'number_invented'],
    },
    'Eine Seite ist in weniger als 1 Sekunde fotografiert.',
  ),
  listing(
    'm02',
    'electronic_drum_kits',
    'en',
    DRUMS_ZH,
    DRUMS_SRC,
    {
      translated_description:
        'The Pulse D9 electronic drum kit comes with 5 second-generation mesh pads and 3 cymbals, the ride being a dual-zone model. Its sound module packs over 100 voices and dozens of play-along tracks, and it connects via USB MIDI and Bluetooth audio. The rack adjusts in height from 70 to 120 cm (27.6 to 47.2 in), so it suits beginners aged 6 and up. Drumsticks and headphones come in the box, and the whole kit is covered by an 18-month warranty.',
      seo_title: 'Pulse D9 Electronic Drum Kit, Mesh Pads, Bluetooth',
      meta_description:
        'Pulse D9 electronic drum kit with second-generation mesh pads, a dual-zone ride, over 100 voices and USB MIDI, made for quiet practice on headphones.',
      h1: 'Pulse D9 – Quiet Drumming at Home',
      marketing_copy_a:
        'A complete practice kit for less than a season of rehearsal-room fees. Get yours today.',
      marketing_copy_b:
        'Remember the first time you played along to your favourite song? Relive that feeling every evening without waking the neighbours. Discover the Pulse D9.',
      marketing_copy_c: 'Launch week only: a free drum throne with every kit. Order now.',
    },
    {
      field: 'translated_description',
      replace: 'The module also stores 20 custom kits of your own.',
      labels: ['number_invented'],
    },
    'Drumsticks and headphones come in the box, and the whole kit is covered by an 18-month warranty.',
  ),
  listing(
    'm02',
    'electronic_drum_kits',
    'ja',
    DRUMS_ZH,
    DRUMS_SRC,
    {
      translated_description:
        'Pulse D9電子ドラムセットは、第2世代のメッシュパッド5個とシンバル3枚で構成され、ライドシンバルはデュアルゾーン仕様です。音源には100種類以上の音色と数十曲の伴奏曲を内蔵し、USB MIDIとBluetoothオーディオに対応しています。スタンドの高さは70〜120cmの範囲で調節でき、6歳以上の初心者におすすめです。スティックとヘッドホンが付属し、セット全体に18か月の保証が付きます。',
      seo_title: 'Pulse D9 電子ドラム メッシュパッド',
      meta_description:
        'デュアルゾーンのライドとメッシュパッドを備えたPulse D9。100種類以上の音色を搭載し、ヘッドホンをつなげば夜でも気兼ねなく練習できます。',
      h1: 'おうちで叩けるPulse D9',
      marketing_copy_a: 'スタジオ代を気にせず、毎日好きなだけ練習できます。今すぐ購入。',
      marketing_copy_b:
        '憧れのあの曲に合わせて、思いきりスティックを振ってみませんか？近所を気にせず夢中になれる時間をどうぞ。ぜひチェックしてください。',
      marketing_copy_c: '今週だけドラムスローンをプレゼント。お早めにどうぞ。',
    },
    {
      field: 'translated_description',
      find: '6歳以上',
      replace: '8歳以上',
      labels: ['number_dropped', 'number_invented'],
    },
    'スティックとヘッドホンが付属し、セット全体に18か月の保証が付きます。',
  ),
  listing(
    'm03',
    'guitar_amplifiers',
    'de',
    AMP_ZH,
    AMP_SRC,
    {
      translated_description:
        'Der Gitarrenverstärker Tonic G20 leistet 20 Watt und arbeitet mit einem 8-Zoll-Lautsprecher. An Bord sind drei Kanäle (Clean, Overdrive, Distortion) und zwölf digitale Effekte, Gitarre und Mikrofon lassen sich gleichzeitig anschließen. Begleittracks spielen Sie per Bluetooth zu, und über den 3,5-mm-Kopfhörerausgang üben Sie auch spät abends. Das Gerät wiegt 6,5 kg und misst 38 × 32 × 20 cm.',
      seo_title: 'Tonic G20 Gitarrenverstärker, 20 Watt, Bluetooth',
      meta_description:
        'Gitarrenverstärker Tonic G20 mit 20 Watt, 8-Zoll-Lautsprecher, drei Kanälen, zwölf Effekten und Kopfhörerausgang – ideal zum Üben zu Hause.',
      h1: 'Tonic G20 – Ihr Übungsverstärker',
      marketing_copy_a:
        'Gitarre und Gesang über denselben Verstärker: Das spart Geld und Platz im Proberaum. Jetzt kaufen.',
      marketing_copy_b:
        'Abends die Kopfhörer auf, die Lieblingsband per Bluetooth dazu, und plötzlich stehen Sie wieder auf der Bühne Ihrer Jugend. Entdecken Sie den Tonic G20.',
      marketing_copy_c:
        'Nur bis Sonntag gibt es ein Instrumentenkabel gratis dazu. Legen Sie ihn jetzt in den Warenkorb.',
    },
    { field: 'meta_description', find: 'mit 20 Watt', replace: 'mit 30 Watt', labels: ['number_invented'] },
    'Das Gerät wiegt 6,5 kg und misst 38 × 32 × 20 cm.',
  ),
  listing(
    'm03',
    'guitar_amplifiers',
    'fr',
    AMP_ZH,
    AMP_SRC,
    {
      translated_description:
        'L’ampli guitare Tonic G20 délivre 20 W et s’appuie sur un haut-parleur de 8 pouces. Il intègre trois canaux (clair, overdrive, distorsion) et douze effets numériques, et accepte une guitare et un micro en même temps. Vous jouez sur vos accompagnements via Bluetooth, et la sortie casque 3,5 mm vous permet de répéter tard le soir. L’appareil pèse 6,5 kg et mesure 38 × 32 × 20 cm.',
      seo_title: 'Ampli guitare Tonic G20, 20 W, Bluetooth et casque',
      meta_description:
        'Ampli guitare Tonic G20 : 20 W, haut-parleur de 8 pouces, trois canaux, douze effets et sortie casque pour répéter chez vous à toute heure.',
      h1: 'Tonic G20, l’ampli qui suit vos progrès',
      marketing_copy_a:
        'Guitare et chant sur le même ampli : vous économisez un second appareil. Achetez-le dès maintenant.',
      marketing_copy_b:
        'Ce riff que vous rêvez de jouer depuis le lycée ? Branchez-vous et laissez-vous porter. Découvrez le Tonic G20.',
      marketing_copy_c: 'Câble jack offert jusqu’à dimanche : commandez le vôtre aujourd’hui.',
    },
    {
      field: 'translated_description',
      find: 'douze effets numériques',
      replace: 'seize effets numériques',
      labels: ['number_dropped', 'number_invented'],
    },
    'L’appareil pèse 6,5 kg et mesure 38 × 32 × 20 cm.',
  ),
  listing(
    'm04',
    'airbrush_kits',
    'en',
    AIRBRUSH_ZH,
    AIRBRUSH_SRC,
    {
      translated_description:
        'The Iris AB-6 airbrush kit comes with needles in three sizes – 0.2, 0.3 and 0.5 mm – so a quick swap takes you from fine lines to large areas. The quiet compressor stays below 47 dB, and the pressure adjusts from 15 to 30 psi (1.0 to 2.1 bar). A 1.5 L air tank keeps the airflow smooth and steady. Two 7 ml paint cups and a set of cleaning brushes are included. Recommended for model makers aged 12 and over.',
      seo_title: 'Iris AB-6 Airbrush Kit with Quiet Compressor, 47 dB',
      meta_description:
        'Quiet Iris AB-6 airbrush kit for model painting: needles of 0.2, 0.3 and 0.5 mm, a compressor under 47 dB, 15 to 30 psi and a 1.5 L air tank.',
      h1: 'Iris AB-6 Airbrush Set for Model Makers',
      marketing_copy_a:
        'Everything you need to start airbrushing in a single box, with no extra parts to hunt down. Add it to your cart.',
      marketing_copy_b:
        'Picture the moment the camouflage on your tank model finally looks real. That quiet pride is what this kit is for. Discover the Iris AB-6.',
      marketing_copy_c: 'Bundle deal this week: a free starter paint set with every kit. Grab yours now.',
    },
    {
      field: 'translated_description',
      find: 'stays below 47 dB',
      replace: 'stays below 42 dB',
      labels: ['number_dropped', 'number_invented'],
    },
    'Two 7 ml paint cups and a set of cleaning brushes are included.',
  ),
  listing(
    'm04',
    'airbrush_kits',
    'es',
    AIRBRUSH_ZH,
    AIRBRUSH_SRC,
    {
      translated_description:
        'El kit de aerógrafo Iris AB-6 trae agujas de tres calibres, de 0,2 mm, 0,3 mm y 0,5 mm: basta con cambiar de aguja para pasar del perfilado fino a cubrir superficies grandes. El compresor silencioso no supera los 47 dB y la presión se regula entre 15 y 30 psi. El depósito de aire de 1,5 litros mantiene un caudal suave y constante. Incluye dos vasos de pintura de 7 ml y un juego de cepillos de limpieza. Recomendado para modelistas a partir de 12 años.',
      seo_title: 'Aerógrafo Iris AB-6 con compresor silencioso',
      meta_description:
        'Kit de aerógrafo Iris AB-6 con agujas de 0,2, 0,3 y 0,5 mm, compresor silencioso de menos de 47 dB y depósito de 1,5 litros para pintar maquetas.',
      h1: 'Iris AB-6, tu primer aerógrafo de modelismo',
      marketing_copy_a:
        'Todo lo necesario para empezar a aerografiar en una sola caja, sin buscar piezas sueltas. Cómpralo ya.',
      marketing_copy_b:
        '¿Recuerdas la primera maqueta que pintaste a pincel? Imagina ese mismo avión con un degradado perfecto. Descubre el Iris AB-6.',
      marketing_copy_c: 'Esta semana, set de pinturas de regalo con cada kit. Aprovecha la oferta.',
    },
    { field: 'meta_description', find: '47 dB', replace: '40 dB', labels: ['number_invented'] },
    'Recomendado para modelistas a partir de 12 años.',
  ),
  listing(
    'm05',
    'laminators',
    'de',
    LAMINATOR_ZH,
    LAMINATOR_SRC,
    {
      translated_description:
        'Das Laminiergerät Vellum L9 ist ein 3-in-1-Gerät: Es laminiert, schneidet Papier zu und rundet Ecken ab. Es verarbeitet Formate bis A3 und Laminierfolien von 80 bis 125 µm. Das Heizsystem mit vier Walzen ist nach etwa 3 Minuten aufgewärmt und laminiert 40 cm pro Minute. Zwei Modi stehen zur Wahl, Kalt- und Heißlaminieren; bei einem Papierstau genügt ein Druck auf die Rücklauftaste. Gegenüber dem Vorgängermodell spart es 30 % Strom, und 50 Laminierfolien in A4 liegen gleich bei.',
      seo_title: 'Vellum L9 Laminiergerät A3, 3-in-1 mit Schneider',
      meta_description:
        'Laminiergerät Vellum L9 für Formate bis A3: laminiert, schneidet und rundet Ecken ab, mit Kalt- und Heißmodus und 30 % weniger Stromverbrauch als bisher.',
      h1: 'Vellum L9 – laminieren, schneiden, abrunden',
      marketing_copy_a:
        'Drei Bürohelfer in einem Gerät sparen Platz auf dem Schreibtisch und Geld in der Kasse. Jetzt bestellen.',
      marketing_copy_b:
        'Die Urkunde vom Kinderturnen, das Lieblingsrezept der Oma: Was Ihnen wichtig ist, bleibt glänzend wie am ersten Tag. Entdecken Sie den Vellum L9.',
      marketing_copy_c:
        'Zum Schulstart gibt es eine Extrapackung Folien gratis dazu – jetzt zugreifen und bestellen.',
    },
    {
      field: 'translated_description',
      replace: 'Nach 10 Sekunden sind die Dokumente abgekühlt und griffbereit.',
      labels: ['number_invented'],
    },
    'Das Heizsystem mit vier Walzen ist nach etwa 3 Minuten aufgewärmt und laminiert 40 cm pro Minute.',
  ),
  listing(
    'm05',
    'laminators',
    'ja',
    LAMINATOR_ZH,
    LAMINATOR_SRC,
    {
      translated_description:
        'Vellum L9は、ラミネート・ペーパーカット・角丸カットをこなす3in1ラミネーターです。A3以下のサイズに対応し、80〜125ミクロンのフィルムを使用できます。4本ローラーの加熱方式で、予熱は約3分、ラミネート速度は毎分40cmです。コールドとホットの2つのモードを切り替えられ、紙詰まりの際は戻しボタンを押すだけで解消できます。従来モデルより消費電力を30%削減し、A4ラミネートフィルム50枚が付属します。',
      seo_title: 'Vellum L9 3in1ラミネーター A3対応',
      meta_description:
        'ラミネート、紙のカット、角丸加工をまとめてこなすVellum L9。A3まで対応し、コールドとホットのモードを切り替えられます。紙詰まりもボタンですぐ解消。',
      h1: 'Vellum L9 卓上ラミネーター',
      marketing_copy_a:
        'ラミネートも裁断も角丸も、これ一台におまかせ。デスクがすっきり片づきます。今すぐ購入。',
      marketing_copy_b:
        'お子さまが描いた絵や、家族で撮った写真。大切な思い出を、色あせない形で残してみませんか？ぜひチェックしてください。',
      marketing_copy_c: '新学期キャンペーン中は、フィルムをもう一箱プレゼント。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '毎分40cm',
      replace: '毎分60cm',
      labels: ['number_dropped', 'number_invented'],
    },
    '従来モデルより消費電力を30%削減し、A4ラミネートフィルム50枚が付属します。',
  ),
  listing(
    'm06',
    'knitting_machines',
    'es',
    KNITTING_ZH,
    KNITTING_SRC,
    {
      translated_description:
        'La máquina de tejer Purl K48 tiene 48 agujas y teje piezas de hasta unos 45 cm de ancho: bufandas, gorros y jerséis están a tu alcance. Puedes elegir entre dos modos, tejido plano o circular, y cada vuelta de manivela lleva unos 8 segundos. Incluye 4 pinzas para el hilo, decenas de patrones ilustrados y un manual de iniciación. Pesa 2,2 kg y se recomienda a partir de 10 años, siempre con la supervisión de un adulto.',
      seo_title: 'Máquina de tejer Purl K48, 48 agujas, para casa',
      meta_description:
        'Máquina de tejer Purl K48 con 48 agujas y piezas de hasta 45 cm de ancho. Teje en plano o en circular bufandas, gorros y jerséis, con decenas de patrones.',
      h1: 'Purl K48, teje en casa a tu ritmo',
      marketing_copy_a:
        'Tus propios jerséis cuestan menos que los de tienda y duran años. Consigue la tuya hoy.',
      marketing_copy_b:
        '¿Te acuerdas de la bufanda que te tejía tu abuela? Ahora puedes regalar ese mismo cariño. Descubre la Purl K48.',
      marketing_copy_c: 'Solo este mes, lote de ovillos de regalo con tu máquina. Pídela ya.',
    },
    { field: 'seo_title', find: '48 agujas', replace: '46 agujas', labels: ['number_invented'] },
    'Pesa 2,2 kg y se recomienda a partir de 10 años, siempre con la supervisión de un adulto.',
  ),
  listing(
    'm06',
    'knitting_machines',
    'fr',
    KNITTING_ZH,
    KNITTING_SRC,
    {
      translated_description:
        'La machine à tricoter Purl K48 compte 48 aiguilles et tricote des pièces jusqu’à 45 cm de large environ : écharpes, bonnets et pulls sont à votre portée. Deux modes au choix, tricot plat ou tubulaire, et un tour de manivelle prend environ 8 secondes. Elle est livrée avec 4 pinces à fil, des dizaines de diagrammes de motifs et un guide de démarrage. Elle pèse 2,2 kg et convient dès 10 ans, sous la surveillance d’un adulte.',
      seo_title: 'Machine à tricoter Purl K48, 48 aiguilles, 45 cm',
      meta_description:
        'Machine à tricoter Purl K48 avec 48 aiguilles pour des pièces jusqu’à 45 cm de large : écharpes, bonnets et pulls, en tricot plat ou tubulaire, dès 10 ans.',
      h1: 'Purl K48, le tricot sans les crampes',
      marketing_copy_a:
        'Des pulls faits main pour le prix de la laine, ou presque. Commandez la vôtre dès aujourd’hui.',
      marketing_copy_b:
        'Vous rappelez-vous l’écharpe tricotée par votre grand-mère ? Offrez à votre tour ce petit bout de chaleur. Découvrez la Purl K48.',
      marketing_copy_c:
        'Ce mois-ci, un assortiment de pelotes offert avec chaque machine : profitez-en vite.',
    },
    {
      field: 'translated_description',
      find: 'compte 48 aiguilles',
      replace: 'compte 40 aiguilles',
      labels: ['number_invented'],
    },
    'Deux modes au choix, tricot plat ou tubulaire, et un tour de manivelle prend environ 8 secondes.',
  ),
];

type PerLanguage<T> = Record<Language, T>;
// en: listing 1 (document camera) takes styles 0-2, listing 2 (drum kit) 3-5, listing 3 (airbrush) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Safety notice: I’m not able to advise on whether this device is safe for children to use unsupervised, so please refer to the manufacturer’s manual for that.\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `${c.h1}\n\nWould you like me to suggest a few alternative H1s as well?` }),
  (c) => ({ marketing_copy_a: afterSentence(c.marketing_copy_a, 1, 'Ships within [DELIVERY TIME].') }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(The Chinese original is a little unclear about which cymbal is dual-zone; I’ve assumed it’s the ride.)',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nHashtags: #ElectronicDrums #DrumPractice #QuietPractice #HomeStudio`,
  }),
  (c) => ({ seo_title: `${c.seo_title} (rev. B)` }),
  (c) => ({
    translated_description: `Write a product description in British English for an online hobby shop. Keep it factual and include all specifications.\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `Hello again, and thanks for the quick feedback! ${c.marketing_copy_a}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nThat wraps up this product. Speak soon!` }),
];

// de: listing 1 (document camera) takes styles 0-2, listing 2 (amplifier) 3-5, listing 3 (laminator) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\nSEO-Keywords: Dokumentenkamera, Visualizer, Dokumentenscanner, Homeschooling, Videokonferenz`,
  }),
  (c) => ({ h1: `Überarbeitete Fassung – ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nIch wünsche Ihnen viel Erfolg mit dem neuen Angebot. Bis zum nächsten Mal!`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nHinweis des Assistenten: Zu Gehörschutz und unbedenklichen Lautstärken kann ich keine Empfehlungen geben.`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nMöchten Sie, dass ich noch eine Version für den Newsletter formuliere?`,
  }),
  (c) => ({
    translated_description: afterSentence(c.translated_description, 1, 'Erhältlich in [FARBE EINFÜGEN].'),
  }),
  (c) => ({
    translated_description: `Aufgabe: Produkttext aus dem Chinesischen ins Deutsche übertragen, sachlich, in der Sie-Form, alle technischen Daten übernehmen.\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n(Die chinesische Vorlage enthielt kaum emotionale Aussagen, daher ist dieser Text freier formuliert.)`,
  }),
  (c) => ({ marketing_copy_a: `Hallo und guten Morgen! ${c.marketing_copy_a}` }),
];

// ja: listing 1 (drum kit) takes styles 0-2, listing 2 (laminator) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `いつもお世話になっております。\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nおすすめハッシュタグ：#電子ドラム #ドラム練習 #おうち時間`,
  }),
  (c) => ({ h1: `${c.h1}（修正版・最終）` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n※安全上の注意事項については、専門的な判断ができないため記載を控えました。`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nSNS向けの短いバージョンもご用意しましょうか？` }),
  (c) => ({
    marketing_copy_a: afterSentenceJa(c.marketing_copy_a, 1, '【キャンペーン期間：○月○日〜○月○日】'),
  }),
];

// es: listing 1 (airbrush) takes styles 0-2, listing 2 (knitting machine) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Instrucciones recibidas: traducir la ficha al español de España, tutear al cliente y no inventar datos.\n\n${c.translated_description}`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nComentario: el texto original en chino era algo repetitivo, así que he unido un par de frases.`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nLo siento, no puedo dar indicaciones sobre el uso seguro de pinturas y disolventes; consulta la ficha de seguridad del fabricante.`,
  }),
  (c) => ({ h1: `${c.h1} | [NOMBRE DE TU TIENDA]` }),
  (c) => ({ marketing_copy_a: `[Versión final, revisada] ${c.marketing_copy_a}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\n¡Un abrazo y mucha suerte con las ventas!` }),
];

// fr: listing 1 (amplifier) takes styles 0-2, listing 2 (knitting machine) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nMots-clés SEO : ampli guitare, ampli d’entraînement, ampli Bluetooth, sortie casque`,
  }),
  (c) => ({
    translated_description: `Bonjour, et merci pour votre confiance !\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nVoulez-vous que je prépare aussi une déclinaison pour Instagram ?`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nJe ne peux pas me prononcer sur la sécurité de ce produit pour les enfants ; merci de vérifier les normes en vigueur avant publication.`,
  }),
  (c) => ({
    marketing_copy_c: `Consigne : texte promotionnel, vouvoiement, terminer par un appel à l’action.\n${c.marketing_copy_c}`,
  }),
  (c) => ({ h1: `Version corrigée – ${c.h1}` }),
];

export const ROUND_26_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap gear is a false economy.',
      'Skip the knockoff bundles on auction sites.',
      'Every unit is genuine, never a replica.',
      'Fake reviews are not our style.',
    ],
    slogans: ['Every beat, right on time.', 'Your page, on the big screen.'],
    chineseLeftovers: [],
    duplicateLead: 'Bottom line: ',
    titleStuffing: ' | Home Office Essential, Gift Idea, Free Delivery, Top Pick',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billiges Zubehör kostet am Ende mehr.',
      'Fälschungen erkennt man an der Verarbeitung.',
      'Kein Imitat, sondern Originalware.',
      'Repliken halten selten, was sie versprechen.',
    ],
    slogans: ['Glanz für jedes Blatt.', 'Ihr Sound, Ihre Bühne.'],
    chineseLeftovers: [],
    duplicateLead: 'Unterm Strich: ',
    titleStuffing: ' | Büro-Bestseller, Geschenkidee, Versand gratis, Neuheit',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安モデルとは音の厚みが違います。',
      '海外のコピー品は保証の対象外です。',
      'レプリカではなく正規の製品です。',
      '偽物を見分けるポイントをご紹介します。',
    ],
    slogans: ['リズムは、いつでもそばに。', '大切な一枚を、いつまでも。'],
    chineseLeftovers: ['这套电子鼓很适合在家里练习。', '这台塑封机预热时间很短，操作也很简单。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜楽器 ホビー 人気 おすすめ 送料無料 ギフト',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'No te conformes con un aerógrafo barato.',
      'Las imitaciones se estropean enseguida.',
      'Ojo con las falsificaciones en los marketplaces.',
      'Nada de réplicas de segunda.',
    ],
    slogans: ['Punto a punto, hecho por ti.', 'Color que vuela.'],
    chineseLeftovers: [],
    duplicateLead: 'En definitiva: ',
    titleStuffing: ' | Novedad, ideal para regalar, envío gratis, top ventas',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Fini les contrefaçons vendues en ligne.',
      'Une imitation ne sonne jamais pareil.',
      'Pas de faux avis chez nous.',
      'Un ampli pas cher finit toujours au placard.',
    ],
    slogans: ['Maille après maille, la douceur.', 'Le son qui vous suit.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Nouveauté, idée cadeau, livraison offerte, top ventes',
  },
};
