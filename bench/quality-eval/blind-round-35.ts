// Blind set, round 35 (written without reading the gate, committed before it is scored): six musical-instrument
// accessories, photography and home-studio products in the categories clip_on_tuners, piano_sustain_pedals,
// camera_sliders, ring_lights, acoustic_foam_panels and audio_interfaces, 12 hand-written listings, three artifact
// styles per listing and wording of its own (this round: chain-of-thought left in XML-like tags (<thinking>,
// <scratchpad>, <draft>), several candidate values numbered or lettered in one field, a markdown table or code fence,
// a translator's gloss of a term in brackets, remarks about register and form of address (Sie-Form, vouvoiement,
// tuteo, です・ます調), a word or character count line, the model naming the brand or style guide it followed, and a
// reference to another field of the same answer; no digits in artifacts that land in the description, title or meta);
// legitimate numbers: Tono T3 (3), 第二代 (second-generation, 2nd Gen, 第2世代), 四种 (four, 4つの) modes, 430 to
// 450 Hz, ±0.5 cents, 360°, 120 mAh, 十几个小时 (more than ten hours, 十数時間: vague), 一次 (idiomatic), 3 minutes,
// 25 g; Forte SP-2 (2), 百分之九十 (90 %), 一键 (idiomatic: mit einem Handgriff, en un geste), 1.8 m (1,8 m),
// 6.35 mm (6,35 mm), 十万次 (100,000: 100.000 Tritte, 100 000 appuis), 8 years; Glide S80 (80), 80 cm (31.5 in),
// 1.6 kg (3.5 lb), 8 kg (17.6 lb), 两个 (two, zwei) tripods, 三脚架 (tripod: the 三 is part of the word), 6 bearings,
// 1/4 and 3/8 inch threads, 单反 (DSLR: the 单 is part of the word); Halo R18 (18), 18 inch, 480 LEDs, 3200 to
// 5600 K, 百分之一 to 百分之百 (1 % to 100 %), 60 cm, 2 m, Ra95 (95), 几十 (decenas, 数十: vague); Quies 24 panels,
// 30 × 30 cm, 5 cm, B1 (1), 百分之七十 (70 %), 一套 (idiomatic: per set), 2.16 m² (2,16 m², the ² is no number),
// 双面胶 (double-sided tape: a word, not a number); Echo 22 (22), 第3代 (3rd generation, third-generation, 3e
// génération), 两路 (two, deux) combo inputs, 双耳机输出 (dual headphone outputs: not a number, deux sorties casque),
// 24-bit/192 kHz, 60 dB, 48 V, 三合一 (3-in-1, 3 en 1), 3 m (9.8 ft), USB-C.
import type { Language } from '@content-pipeline/languages';
import {
  listing,
  type BlindListing,
  type DefectWording,
  type Artifact,
  afterSentence,
  afterSentenceJa,
} from './blind-set';

const TUNER_ZH = 'Tono T3 第二代夹式调音器';
const TUNER_SRC =
  'Tono T3 第二代夹式调音器提供吉他、贝斯、尤克里里和小提琴四种模式，基准音430至450Hz可调，精度±0.5音分。彩色屏幕可360度旋转，暗处也看得清。内置120毫安时锂电池，充满一次可用十几个小时，闲置3分钟自动关机。机身仅重25克。';
const PEDAL_ZH = 'Forte SP-2 钢琴延音踏板';
const PEDAL_SRC =
  'Forte SP-2 延音踏板采用金属踏面和防滑橡胶底座，兼容百分之九十以上的电钢琴和电子琴。底部设有极性切换开关，一键适配不同品牌。连接线长1.8米，插头为6.35毫米标准接口。踏板通过十万次踩踏测试，适合8岁以上的琴童和成人使用。';
const SLIDER_ZH = 'Glide S80 碳纤维相机滑轨';
const SLIDER_SRC =
  'Glide S80 碳纤维相机滑轨全长80厘米，自重仅1.6公斤，最大承重8公斤。导轨配有可调支脚，也能架在两个三脚架之间使用。滑块内置6个静音轴承，推拉顺滑不抖动。底部兼容1/4和3/8英寸螺孔，适合单反、微单和小型摄像机。';
const RING_ZH = 'Halo R18 18英寸LED环形补光灯';
const RING_SRC =
  'Halo R18 环形补光灯直径18英寸，内置480颗LED灯珠，色温3200至5600K无级可调，亮度可在百分之一到百分之百之间调节。配套支架可从60厘米升高到2米，附带手机夹和蓝牙遥控器。显色指数Ra95以上，适合直播、人像拍摄和几十人的线上课堂。';
const FOAM_ZH = 'Quies 24片装楔形吸音棉';
const FOAM_SRC =
  'Quies 吸音棉套装每套24片，单片尺寸30×30厘米、厚5厘米，采用高密度聚氨酯海绵，阻燃等级B1。楔形表面可将中高频回声减少约百分之七十，一套可铺约2.16平方米墙面。适合录音室、直播间和家庭影院，用双面胶即可粘贴安装。';
const INTERFACE_ZH = 'Echo 22 第3代 USB音频接口 三合一录音套装';
const INTERFACE_SRC =
  'Echo 22 第3代USB音频接口带两路XLR/TRS复合输入和双耳机输出，支持24bit/192kHz录音。话放增益最高60dB，提供48V幻象电源，可直接驱动电容麦克风。三合一套装附赠监听耳机、电容麦克风和3米XLR线，USB-C总线供电，即插即用。';

export const ROUND_35_LISTINGS: readonly BlindListing[] = [
  listing(
    'u01',
    'clip_on_tuners',
    'en',
    TUNER_ZH,
    TUNER_SRC,
    {
      translated_description:
        'The second-generation Tono T3 clip-on tuner offers four modes, for guitar, bass, ukulele and violin, and lets you set the reference pitch anywhere from 430 to 450 Hz with an accuracy of ±0.5 cents. Its colour screen swivels through 360°, so it stays easy to read on a dim stage. A built-in 120 mAh lithium battery runs for more than ten hours on a full charge, and the tuner switches itself off after 3 minutes of inactivity. It weighs just 25 g.',
      seo_title: 'Tono T3 Clip-On Tuner, 2nd Gen, 430–450 Hz',
      meta_description:
        'Second-generation Tono T3 clip-on tuner for guitar, bass, ukulele and violin, with ±0.5-cent accuracy, a 360° colour screen and a rechargeable battery.',
      h1: 'Tono T3 Rechargeable Clip-On Tuner',
      marketing_copy_a:
        'One tuner for every instrument in the house, and no more coin cells to keep buying. Order your Tono T3 today.',
      marketing_copy_b:
        'You know that moment when the whole band lands on the same pitch and the first chord rings out clean? It starts before the count-in. Discover the Tono T3.',
      marketing_copy_c:
        'Launch offer: a spare clip comes free with every tuner while stocks last. Add yours to the cart now.',
    },
    { field: 'seo_title', find: '430–450 Hz', replace: '430–460 Hz', labels: ['number_invented'] },
    'It weighs just 25 g.',
  ),
  listing(
    'u01',
    'clip_on_tuners',
    'ja',
    TUNER_ZH,
    TUNER_SRC,
    {
      translated_description:
        '第2世代のTono T3クリップチューナーは、ギター・ベース・ウクレレ・バイオリンの4つのモードを備え、基準ピッチは430〜450Hzの範囲で設定できます。精度は±0.5セントです。カラー画面は360度回転するので、暗いステージでもよく見えます。120mAhのリチウム電池を内蔵し、フル充電で十数時間使えます。操作しないまま3分たつと自動で電源が切れます。本体の重さはわずか25gです。',
      seo_title: 'Tono T3 クリップチューナー 第2世代 充電式',
      meta_description:
        'ギター・ベース・ウクレレ・バイオリンに使える第2世代クリップチューナー。精度±0.5セント、360度回転のカラー画面で暗い場所でも見やすい充電式です。',
      h1: 'Tono T3 充電式クリップチューナー',
      marketing_copy_a:
        '1台でおうちの楽器をまとめてチューニング。ボタン電池を買い置きする必要はもうありません。今すぐ購入。',
      marketing_copy_b:
        '全員の音がぴたりと揃った瞬間の、あの気持ちよさ。最初の一音から、バンドの空気が変わります。ぜひお試しください。',
      marketing_copy_c: '発売記念で予備クリップをプレゼント中。数量限定のため、ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      replace: '付属ケーブルなら約1.5時間で満充電になります。',
      labels: ['number_invented'],
    },
    '本体の重さはわずか25gです。',
  ),
  listing(
    'u02',
    'piano_sustain_pedals',
    'de',
    PEDAL_ZH,
    PEDAL_SRC,
    {
      translated_description:
        'Das Sustainpedal Forte SP-2 hat eine Trittfläche aus Metall und einen rutschfesten Gummiboden. Es passt zu über 90 % aller Digitalpianos und Keyboards. Ein Polaritätsschalter an der Unterseite stellt das Pedal mit einem Handgriff auf die jeweilige Marke ein. Das Kabel ist 1,8 m lang und endet in einem 6,35-mm-Standardstecker. Das Pedal hat einen Belastungstest mit 100.000 Tritten bestanden und eignet sich für Kinder ab 8 Jahren ebenso wie für Erwachsene.',
      seo_title: 'Forte SP-2 Sustainpedal für Digitalpiano und Keyboard',
      meta_description:
        'Sustainpedal Forte SP-2 mit Metalltrittfläche, Polaritätsschalter und 1,8 m Kabel, passend für über 90 % aller Digitalpianos und Keyboards.',
      h1: 'Forte SP-2 Haltepedal aus Metall',
      marketing_copy_a:
        'Ein Pedal, das jeden Umstieg mitmacht: Beim nächsten Keyboard brauchen Sie kein neues. Jetzt bestellen.',
      marketing_copy_b:
        'Wenn ein Akkord nachklingt und den ganzen Raum füllt, beginnt Musik zu atmen. Entdecken Sie das Forte SP-2.',
      marketing_copy_c: 'Zum Schulstart mit gratis Notenheft im Paket – sichern Sie sich Ihr Pedal.',
    },
    {
      field: 'translated_description',
      find: 'Das Kabel ist 1,8 m lang',
      replace: 'Das Kabel ist 2,5 m lang',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Pedal hat einen Belastungstest mit 100.000 Tritten bestanden und eignet sich für Kinder ab 8 Jahren ebenso wie für Erwachsene.',
  ),
  listing(
    'u02',
    'piano_sustain_pedals',
    'fr',
    PEDAL_ZH,
    PEDAL_SRC,
    {
      translated_description:
        'La pédale de sustain Forte SP-2 associe une surface d’appui en métal à une base en caoutchouc antidérapante. Elle est compatible avec plus de 90 % des pianos numériques et claviers électroniques. Un sélecteur de polarité placé dessous l’adapte en un geste aux différentes marques. Le câble mesure 1,8 m et se termine par une fiche standard de 6,35 mm. Testée sur 100\u202f000 appuis, elle convient aux jeunes pianistes dès 8 ans comme aux adultes.',
      seo_title: 'Pédale de sustain Forte SP-2 pour piano numérique',
      meta_description:
        'Pédale de sustain Forte SP-2 en métal, compatible avec plus de 90 % des pianos numériques et claviers, avec sélecteur de polarité et câble de 1,8 m.',
      h1: 'Forte SP-2, la pédale qui fait chanter vos accords',
      marketing_copy_a:
        'Une seule pédale qui vous suit d’un clavier à l’autre, sans rachat à chaque changement d’instrument. Commandez la vôtre.',
      marketing_copy_b:
        'Laissez un accord résonner jusqu’au fond de la pièce et sentez la musique respirer. Découvrez la Forte SP-2.',
      marketing_copy_c:
        'Offre de rentrée : un cahier de musique offert avec chaque pédale. Profitez-en dès maintenant !',
    },
    {
      field: 'meta_description',
      find: 'câble de 1,8 m',
      replace: 'câble de 3 m',
      labels: ['number_invented'],
    },
    'Testée sur 100\u202f000 appuis, elle convient aux jeunes pianistes dès 8 ans comme aux adultes.',
  ),
  listing(
    'u03',
    'camera_sliders',
    'en',
    SLIDER_ZH,
    SLIDER_SRC,
    {
      translated_description:
        'The Glide S80 carbon-fibre camera slider is 80 cm (31.5 in) long, weighs only 1.6 kg (3.5 lb) and carries up to 8 kg (17.6 lb). Adjustable feet let it stand on its own, or you can span it between two tripods. Six silent bearings inside the carriage keep every push and pull smooth and free of judder. The base takes both 1/4-inch and 3/8-inch screws, so it suits DSLRs, mirrorless cameras and compact camcorders.',
      seo_title: 'Glide S80 Carbon Camera Slider, 80 cm, 8 kg Payload',
      meta_description:
        'Glide S80 carbon-fibre camera slider: 80 cm long, just 1.6 kg, an 8 kg payload and 1/4 and 3/8-inch mounts for DSLR and mirrorless rigs.',
      h1: 'Glide S80 Slider for Smooth Camera Moves',
      marketing_copy_a: 'Cinematic dolly shots without renting a dolly or hiring a grip. Get the Glide S80.',
      marketing_copy_b:
        'Remember the first time a slow reveal made your footage feel like a film? Chase that feeling on every shoot. Discover the Glide S80.',
      marketing_copy_c:
        'A padded carry bag comes free with every slider this month. Shop now while it lasts.',
    },
    { field: 'meta_description', find: 'just 1.6 kg', replace: 'just 1.2 kg', labels: ['number_invented'] },
    'Six silent bearings inside the carriage keep every push and pull smooth and free of judder.',
  ),
  listing(
    'u03',
    'camera_sliders',
    'de',
    SLIDER_ZH,
    SLIDER_SRC,
    {
      translated_description:
        'Der Kameraslider Glide S80 aus Carbon ist 80 cm lang, wiegt nur 1,6 kg und trägt bis zu 8 kg. Dank verstellbarer Füße steht er frei, oder Sie spannen ihn zwischen zwei Stative. Im Schlitten laufen 6 geräuscharme Kugellager, die jede Bewegung ruckelfrei machen. Die Unterseite hat Gewinde für 1/4- und 3/8-Zoll-Schrauben, passend für Spiegelreflex- und Systemkameras sowie kleine Camcorder.',
      seo_title: 'Glide S80 Kameraslider aus Carbon, 80 cm, bis 8 kg',
      meta_description:
        'Kameraslider Glide S80 aus Carbon: 80 cm lang, nur 1,6 kg leicht, trägt bis 8 kg und passt dank 1/4- und 3/8-Zoll-Gewinde an DSLR und Systemkamera.',
      h1: 'Glide S80 – Kamerafahrten wie im Kino',
      marketing_copy_a: 'Filmreife Kamerafahrten ohne Dolly-Miete und ohne zusätzliches Team. Jetzt kaufen.',
      marketing_copy_b:
        'Dieser Moment, in dem eine langsame Fahrt aus einem Clip plötzlich eine Geschichte macht – genau dafür ist er gebaut. Entdecken Sie den Glide S80.',
      marketing_copy_c: 'Nur diesen Monat mit gepolsterter Tragetasche gratis – jetzt bestellen.',
    },
    {
      field: 'translated_description',
      replace: 'Aufgebaut ist er in rund 5 Minuten.',
      labels: ['number_invented'],
    },
    'Im Schlitten laufen 6 geräuscharme Kugellager, die jede Bewegung ruckelfrei machen.',
  ),
  listing(
    'u04',
    'ring_lights',
    'es',
    RING_ZH,
    RING_SRC,
    {
      translated_description:
        'El aro de luz Halo R18 mide 18 pulgadas de diámetro y lleva 480 LED. La temperatura de color se regula sin saltos entre 3200 y 5600 K, y el brillo, del 1 % al 100 %. El soporte incluido se eleva desde 60 cm hasta 2 m, y vienen de serie un soporte para móvil y un mando Bluetooth. Su índice de reproducción cromática es de Ra95 o superior, ideal para directos, retratos y clases en línea con decenas de alumnos.',
      seo_title: 'Aro de luz LED Halo R18 de 18 pulgadas con soporte',
      meta_description:
        'Aro de luz Halo R18 de 18 pulgadas con 480 LED, temperatura de 3200 a 5600 K, brillo regulable y soporte de altura ajustable. Perfecto para directos.',
      h1: 'Halo R18, luz de estudio para tus directos',
      marketing_copy_a:
        'Luz de estudio profesional sin montar un estudio: cabe en un rincón de tu cuarto. Cómpralo hoy.',
      marketing_copy_b:
        'Esa foto en la que por fin te reconoces, con la mirada iluminada y sin sombras duras. Descubre el Halo R18.',
      marketing_copy_c: 'Solo esta semana, mando de repuesto de regalo con cada aro. ¡Pídelo ya!',
    },
    {
      field: 'translated_description',
      find: 'lleva 480 LED',
      replace: 'lleva 520 LED',
      labels: ['number_dropped', 'number_invented'],
    },
    'El soporte incluido se eleva desde 60 cm hasta 2 m, y vienen de serie un soporte para móvil y un mando Bluetooth.',
  ),
  listing(
    'u04',
    'ring_lights',
    'ja',
    RING_ZH,
    RING_SRC,
    {
      translated_description:
        'Halo R18のリングライトは直径18インチで、480個のLEDを搭載しています。色温度は3200〜5600Kの間で無段階に調整でき、明るさは1%から100%まで変えられます。付属スタンドは60cmから2mまで高さを伸ばせます。スマホホルダーとBluetoothリモコンも付いています。演色評価数はRa95以上で、ライブ配信や人物撮影、数十人規模のオンライン授業に最適です。',
      seo_title: 'Halo R18 LEDリングライト 18インチ',
      meta_description:
        '直径18インチ、480個のLEDを備えたリングライト。色温度3200〜5600Kと明るさを細かく調整でき、Ra95以上の自然な色で配信も撮影もきれいに映ります。',
      h1: 'Halo R18 撮影・配信用リングライト',
      marketing_copy_a:
        'スタジオ級の光を、デスクの横に。照明機材を買いそろえる必要はありません。今すぐ購入。',
      marketing_copy_b:
        '画面越しでも、表情までしっかり伝えたい。そんな日のために、やわらかな光を。ぜひチェックしてください。',
      marketing_copy_c: '今なら予備のリモコンをプレゼント。カートへどうぞ。',
    },
    { field: 'seo_title', find: '18インチ', replace: '20インチ', labels: ['number_invented'] },
    '付属スタンドは60cmから2mまで高さを伸ばせます。',
  ),
  listing(
    'u05',
    'acoustic_foam_panels',
    'de',
    FOAM_ZH,
    FOAM_SRC,
    {
      translated_description:
        'Das Akustikschaumstoff-Set Quies enthält 24 Platten, jede 30 × 30 cm groß und 5 cm dick. Sie bestehen aus hochdichtem Polyurethanschaum und erfüllen die Brandschutzklasse B1. Die Keilstruktur reduziert Echos im mittleren und hohen Frequenzbereich um rund 70 %. Ein Set reicht für etwa 2,16 m² Wandfläche. Ideal für Tonstudio, Streaming-Ecke und Heimkino; montiert wird einfach mit doppelseitigem Klebeband.',
      seo_title: 'Quies Akustikschaumstoff, 24 Platten, 30 × 30 cm',
      meta_description:
        'Keilförmige Akustikplatten Quies aus Polyurethanschaum, 5 cm dick und nach Brandschutzklasse B1, gegen Hall und Echo in Tonstudio, Streaming-Ecke und Heimkino.',
      h1: 'Quies Akustikplatten für Ihr Homestudio',
      marketing_copy_a: 'Studioklang im Arbeitszimmer, ganz ohne Trockenbau und Handwerker. Jetzt kaufen.',
      marketing_copy_b:
        'Ihre Stimme klingt plötzlich nah, warm und klar, als säßen Sie in einer Sprecherkabine. Entdecken Sie Quies.',
      marketing_copy_c: 'Aktion: doppelseitiges Klebeband gratis dazu – jetzt in den Warenkorb legen.',
    },
    { field: 'seo_title', find: '24 Platten', replace: '36 Platten', labels: ['number_invented'] },
    'Ein Set reicht für etwa 2,16 m² Wandfläche.',
  ),
  listing(
    'u05',
    'acoustic_foam_panels',
    'es',
    FOAM_ZH,
    FOAM_SRC,
    {
      translated_description:
        'El kit de espuma acústica Quies incluye 24 paneles de 30 × 30 cm y 5 cm de grosor, fabricados en espuma de poliuretano de alta densidad con clasificación ignífuga B1. Su superficie en cuña reduce en torno a un 70 % el eco de frecuencias medias y altas. Cada kit cubre unos 2,16 m² de pared. Es ideal para estudios de grabación, rincones de streaming y cines en casa, y se instala con cinta de doble cara.',
      seo_title: 'Espuma acústica Quies, 24 paneles de 30 × 30 cm',
      meta_description:
        'Kit de 24 paneles de espuma acústica Quies de 5 cm, ignífugos B1, para estudio, streaming y cine en casa. Cubre unos 2,16 m² y se pega con cinta adhesiva.',
      h1: 'Quies, sonido limpio en tu estudio casero',
      marketing_copy_a:
        'Acondiciona tu estudio por mucho menos de lo que cuesta una reforma, y sin obras. Consíguelo ya.',
      marketing_copy_b:
        'Escucha tu voz como siempre la imaginaste: cercana, cálida y sin ese eco de habitación vacía. Descubre Quies.',
      marketing_copy_c:
        'Cinta de doble cara de regalo en todos los pedidos de esta semana: aprovecha la oferta.',
    },
    {
      field: 'translated_description',
      replace: 'Además, reduce el ruido exterior hasta 15 dB.',
      labels: ['number_invented'],
    },
    'Su superficie en cuña reduce en torno a un 70 % el eco de frecuencias medias y altas.',
  ),
  listing(
    'u06',
    'audio_interfaces',
    'en',
    INTERFACE_ZH,
    INTERFACE_SRC,
    {
      translated_description:
        'The third-generation Echo 22 USB audio interface has two combo inputs for XLR or TRS plugs and dual headphone outputs, and it records at up to 24-bit/192 kHz. Its preamps give up to 60 dB of gain and supply 48 V phantom power, so condenser microphones plug straight in. This 3-in-1 bundle adds monitoring headphones, a condenser microphone and a 3 m (9.8 ft) XLR cable. The interface draws its power over USB-C and works as soon as you plug it in.',
      seo_title: 'Echo 22 USB Audio Interface, 3rd Gen, 3-in-1 Bundle',
      meta_description:
        'Third-generation Echo 22 USB audio interface bundle: two combo inputs, 24-bit/192 kHz recording, monitoring headphones and a condenser mic in one box.',
      h1: 'Echo 22 Home Recording Bundle',
      marketing_copy_a:
        'Everything you need to record your first song comes in one box, with no extra cables to buy. Buy the Echo 22 bundle today.',
      marketing_copy_b:
        'Hear your own voice come back through the headphones, clear and close, and the song suddenly feels real. Discover the Echo 22.',
      marketing_copy_c: 'Bundle price for a limited time, with a free pop filter thrown in. Order now.',
    },
    {
      field: 'translated_description',
      find: 'up to 60 dB of gain',
      replace: 'up to 65 dB of gain',
      labels: ['number_dropped', 'number_invented'],
    },
    'Its preamps give up to 60 dB of gain and supply 48 V phantom power, so condenser microphones plug straight in.',
  ),
  listing(
    'u06',
    'audio_interfaces',
    'fr',
    INTERFACE_ZH,
    INTERFACE_SRC,
    {
      translated_description:
        'L’interface audio USB Echo 22 de 3e génération dispose de deux entrées combo XLR/jack TRS et de deux sorties casque, et enregistre jusqu’en 24 bits/192 kHz. Ses préamplis offrent jusqu’à 60 dB de gain et fournissent l’alimentation fantôme 48 V, de quoi brancher directement un micro à condensateur. Ce pack 3 en 1 comprend aussi un casque de monitoring, un micro à condensateur et un câble XLR de 3 m. Alimentée par le bus USB-C, elle est prête à l’emploi dès qu’on la branche.',
      seo_title: 'Interface audio USB Echo 22, 3e génération, pack 3 en 1',
      meta_description:
        'Pack 3 en 1 Echo 22 : interface audio USB de 3e génération à deux entrées combo, enregistrement 24 bits/192 kHz, casque et micro à condensateur inclus.',
      h1: 'Echo 22, votre home studio prêt à enregistrer',
      marketing_copy_a:
        'Tout pour enregistrer votre premier morceau dans une seule boîte, sans câble supplémentaire à acheter. Achetez le pack Echo 22.',
      marketing_copy_b:
        'Le jour où votre voix revient dans le casque, nette et proche, la chanson devient enfin réelle. Découvrez Echo 22.',
      marketing_copy_c:
        'Prix de lancement et filtre anti-pop offert pendant quelques jours : commandez dès maintenant.',
    },
    { field: 'seo_title', find: '3e génération', replace: '4e génération', labels: ['number_invented'] },
    'Ses préamplis offrent jusqu’à 60 dB de gain et fournissent l’alimentation fantôme 48 V, de quoi brancher directement un micro à condensateur.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

// en: listing 1 (tuner) takes styles 0-2, listing 2 (slider) 3-5, listing 3 (audio interface) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `<thinking>\nThe source lists the instrument modes, the pitch range and the accuracy in cents. Keep all of them, render the pitch unit as "cents", and keep the tone plain.\n</thinking>\n${c.translated_description}`,
  }),
  (c) => ({
    h1: `1) ${c.h1}\n2) Tono T3: Tune Any Instrument in Seconds\n3) Clip It On, Play in Tune`,
  }),
  (c) => ({ seo_title: `<draft>${c.seo_title}</draft>` }),
  (c) => ({
    meta_description: c.meta_description.replace('DSLR', 'DSLR [= reflex camera]'),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n(Copy C below carries the offer, so this one stays purely emotional.)`,
  }),
  (c) => ({
    marketing_copy_a: `Following the brand style guide (short sentences, no superlatives, CTA last):\n${c.marketing_copy_a}`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '<scratchpad>sound card vs audio interface: go with "audio interface", that is what home-studio buyers search for</scratchpad>',
    ),
  }),
  (c) => ({
    marketing_copy_a: `| Field | Text |\n|---|---|\n| marketing_copy_a | ${c.marketing_copy_a} |`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nCharacter count: ${c.marketing_copy_c.length} (words: ${words(c.marketing_copy_c)})`,
  }),
];

// de: listing 1 (sustain pedal) takes styles 0-2, listing 2 (slider) 3-5, listing 3 (foam panels) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\n<scratchpad>Haltepedal, Dämpferpedal oder Sustainpedal? Im Handel sucht man meist nach „Sustainpedal“, also bleibt es dabei.</scratchpad>`,
  }),
  (c) => ({
    marketing_copy_b: `Variante 1: ${c.marketing_copy_b}\nVariante 2: Ein Akkord, der nachklingt, bis der Raum ganz still wird. Entdecken Sie das Forte SP-2.\nVariante 3: Spielen Sie weiter, das Pedal hält den Ton.`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nWörter: ${words(c.marketing_copy_a)} · Zeichen inkl. Leerzeichen: ${c.marketing_copy_a.length}`,
  }),
  (c) => ({ h1: `${c.h1} [Slider = Kameraschiene für gleitende Kamerafahrten]` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Anrede hier durchgehend in der Sie-Form, weil der übrige Shop ebenfalls siezt.)',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (Die technischen Daten stehen bereits in der Meta-Beschreibung oben, daher hier nur das Angebot.)`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n| Feld | Zeichen |\n|---|---|\n| marketing_copy_b | ${c.marketing_copy_b.length} |`,
  }),
  (c) => ({ translated_description: `<draft>\n${c.translated_description}\n</draft>` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Formuliert nach dem Marken-Styleguide: kurze Sätze, keine Superlative, Handlungsaufforderung am Schluss.)`,
  }),
];

// ja: listing 1 (tuner) takes styles 0-2, listing 2 (ring light) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `<thinking>原文の「音分」は日本語の楽器用語では「セント」と書くのが一般的なので、そちらに合わせる。</thinking>\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      1,
      '（※文末はです・ます調に統一し、常体は使っていません）',
    ),
  }),
  (c) => ({
    h1: `候補① ${c.h1}\n候補② どんな楽器もすばやくチューニング\n候補③ クリップひとつで、いつでも正しい音程`,
  }),
  (c) => ({
    translated_description: c.translated_description.replace(
      '演色評価数',
      '演色評価数〔訳注：CRI、光が色をどれだけ自然に再現できるかを示す指標〕',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n文字数：${[...c.marketing_copy_c].length}字（全角換算）`,
  }),
  (c) => ({ seo_title: `${c.seo_title}（スタイルガイド準拠）` }),
];

// es: listing 1 (ring light) takes styles 0-2, listing 2 (foam panels) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_a: `<thinking>Texto A: destacar el ahorro frente a montar un estudio, tutear y cerrar con una llamada a la acción.</thinking>\n${c.marketing_copy_a}`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n| Campo | Estado |\n|---|---|\n| Descripción | revisada |\n| Título SEO | revisado |\n| Meta descripción | pendiente |`,
  }),
  (c) => ({ h1: `${c.h1} (tuteo, no usted, igual que en el resto de la tienda)` }),
  (c) => ({
    marketing_copy_b: `Opción A: ${c.marketing_copy_b}\nOpción B: Tu voz, sin rebotes ni ecos, tal como suena de verdad. Descubre Quies.`,
  }),
  (c) => ({
    translated_description: c.translated_description.replace(
      'cinta de doble cara',
      'cinta de doble cara [es decir, cinta adhesiva por ambos lados]',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (La superficie que cubre ya aparece en la meta descripción, por eso aquí no la repito.)`,
  }),
];

// fr: listing 1 (sustain pedal) takes styles 0-2, listing 2 (audio interface) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '<scratchpad>« pédale forte » ou « pédale de sustain » ? Les claviéristes disent plutôt sustain, je garde ce terme.</scratchpad>',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nVouvoiement conservé dans les trois accroches, pour rester cohérent avec la fiche produit.`,
  }),
  (c) => ({
    meta_description: c.meta_description.replace(
      'sélecteur de polarité',
      'sélecteur de polarité (inverseur)',
    ),
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}\n\nNombre de mots : ${words(c.marketing_copy_a)}` }),
  (c) => ({
    h1: `${c.h1} — rédigé selon la charte éditoriale de la marque (pas de superlatifs, pas de tutoiement)`,
  }),
  (c) => ({ translated_description: `\`\`\`markdown\n${c.translated_description}\n\`\`\`` }),
];

export const ROUND_35_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap sliders wobble the moment the carriage moves.',
      'Beware of knockoff tuners that lose their grip on the headstock.',
      'No replica bundle gives you preamps this quiet.',
      'Counterfeit interfaces often ship without working drivers.',
    ],
    slogans: ['Every note, right on pitch.', 'Smooth moves, steady frames.'],
    chineseLeftovers: [],
    duplicateLead: 'The essentials: ',
    titleStuffing: ' | Home Studio Gear, Musician Gift, Free Shipping, Top Pick',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Slider wackeln bei jeder Fahrt.',
      'Vorsicht vor Fälschungen mit dünnem Kabel.',
      'Eine Nachahmung mit Plastiktrittfläche rutscht unter dem Fuß weg.',
      'Imitate aus dem Baumarkt bröseln schnell.',
    ],
    slogans: ['Klang, der im Raum bleibt.', 'Ruhige Fahrten, klare Bilder.'],
    chineseLeftovers: [],
    duplicateLead: 'Im Klartext: ',
    titleStuffing: ' | Homestudio, Musikergeschenk, Versand gratis, Topseller',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      'コピー品のリングライトは色が不自然になりがちです。',
      '激安チューナーとは精度が違います。',
      'レプリカ製品の購入にはご注意ください。',
      '偽物の機材で大切な撮影を台無しにしないでください。',
    ],
    slogans: ['光が変われば、表情も変わる。', '一音目から、ぴたりと合う。'],
    chineseLeftovers: ['这个调音器的屏幕很清楚。', '这款补光灯适合直播时使用。'],
    duplicateLead: '手短に言うと、',
    titleStuffing: '｜宅録 配信 撮影機材 プレゼント 送料無料 おすすめ',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Cuidado con las imitaciones de aros de luz.',
      'Las espumas baratas se deshacen con el tiempo.',
      'Ningún panel falso absorbe igual.',
      'No te arriesgues con una réplica sin garantía.',
    ],
    slogans: ['Luz que te favorece.', 'Tu voz, sin ecos.'],
    chineseLeftovers: [],
    duplicateLead: 'Vamos al grano: ',
    titleStuffing: ' | Estudio en casa, regalo para músicos, envío gratis, top',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une fausse interface peut abîmer vos micros.',
      'Attention aux contrefaçons vendues en ligne.',
      'Les pédales pas chères grincent vite.',
      'Aucune imitation ne tient la distance.',
    ],
    slogans: ['Votre studio, sans compromis.', 'Des accords qui résonnent longtemps.'],
    chineseLeftovers: [],
    duplicateLead: 'L’essentiel en une phrase : ',
    titleStuffing: ' | Home studio, cadeau musicien, livraison gratuite, top vente',
  },
};
