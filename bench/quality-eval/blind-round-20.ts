// Blind set, round 20 (written without reading the gate, committed before it is scored): six products whose honest
// copy talks about languages, text, versions and translation — language_learning_pens, label_printers_with_fonts,
// karaoke_microphones_with_lyrics_display, kids_storybook_projectors, translator_earbuds, smart_notebooks —
// 12 hand-written listings, three artifact styles per listing and wording of its own;
// legitimate numbers: LingoScan P5, 第三代 (3rd generation), 112 languages, 15 offline, 百分之九十八 (98 %), 上百
// (over a hundred), 3.5 in, 8 GB, 2000 mAh, 10 h; Markly D30, 40 fonts, 400+ icons, 12 languages, 203 dpi, 6–15 mm,
// 1200 mAh, 两卷 (two rolls), firmware 2.0; SingStar K8, 2.4 in, 四种语言 (four languages), 2万 (20,000) songs,
// Bluetooth 5.3, 5 reverb levels, 8 effects, 2600 mAh, 8 h; Lumi 三合一 (3-in-1), 60 stories, 上百 songs, 3 to 8 years,
// 1.2 m, 3 brightness levels, 30 min; TalkBridge T2, 两只 (two), 144 languages, 百分之九十五 (95 %), 8 offline, 6 h,
// 24 h, firmware 3.1; NoteFlow 第二代 (2nd generation), 4096 levels, 66 languages, 百分之九十七 (97 %), A5, 80 pages,
// 1 h, 十几个小时 (more than ten hours), 两万 (20,000) pages. Not numbers: 双 (dual microphones, dual speakers,
// bilingual), 一对 (a pair), 一体, 单次.
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording } from './blind-set';

const PEN_ZH = 'LingoScan P5 第三代扫读翻译笔';
const PEN_SRC =
  'LingoScan P5 第三代扫读翻译笔支持112种语言在线翻译，其中中文、英语、日语等15种语言可离线翻译。文字识别准确率高达百分之九十八，每分钟可扫读上百个单词。配备3.5英寸高清触摸屏和8GB存储空间，2000mAh电池可连续使用10小时。适合小学到大学的学生以及出国旅行者使用。';
const LABEL_ZH = 'Markly D30 蓝牙标签打印机（多字体）';
const LABEL_SRC =
  'Markly D30 蓝牙标签打印机内置40种字体和400多个图标，支持中文、英文、德文、法文等12种语言输入。打印分辨率203dpi，兼容6至15毫米宽的标签纸。1200mAh锂电池充满电可连续打印两卷标签。通过免费手机App编辑排版，固件已升级至2.0版本。';
const KARAOKE_ZH = 'SingStar K8 无线K歌麦克风 带歌词显示屏';
const KARAOKE_SRC =
  'SingStar K8 无线K歌麦克风配有2.4英寸彩色歌词显示屏，可同步显示中、英、日、韩四种语言的歌词。内置曲库超过2万首歌曲，支持蓝牙5.3连接手机和电视。提供5档混响和8种变声效果，双喇叭立体声输出。2600mAh电池续航约8小时，适合家庭聚会和生日派对。';
const PROJECTOR_ZH = 'Lumi 三合一儿童故事投影仪';
const PROJECTOR_SRC =
  'Lumi 三合一儿童故事投影仪集故事机、投影灯和小夜灯于一体，内置60个原版绘本故事和上百首儿歌，适合3至8岁儿童。支持中英双语切换，故事由专业配音员朗读。投影画面直径可达1.2米，亮度3档可调。支持30分钟定时关机，采用USB-C充电。';
const EARBUDS_ZH = 'TalkBridge T2 AI同声翻译耳机（一对）';
const EARBUDS_SRC =
  'TalkBridge T2 AI翻译耳机一对两只，支持144种语言及口音实时互译，翻译准确率达百分之九十五。离线模式包含中、英、日、韩、法、西等8种语言。双麦克风降噪，单次续航6小时，配合充电仓可达24小时。需下载免费App使用，固件版本3.1。';
const NOTEBOOK_ZH = 'NoteFlow 第二代智能手写笔记本';
const NOTEBOOK_SRC =
  'NoteFlow 第二代智能笔记本配有压感笔，4096级压感，书写内容实时同步到手机App并转换为可编辑文字。手写识别支持中文、英文、德文、西班牙文等66种语言，识别率超过百分之九十七。本子为A5尺寸，共80页，擦除后可反复使用。笔内置电池充电1小时可书写十几个小时，本地可保存两万页笔记。需配合免费App使用。';

export const ROUND_20_LISTINGS: readonly BlindListing[] = [
  listing(
    'v01',
    'language_learning_pens',
    'en',
    PEN_ZH,
    PEN_SRC,
    {
      translated_description:
        'The LingoScan P5 is a 3rd-generation scan-and-read pen that translates 112 languages online and offers offline translation for 15 of them, including Chinese, English and Japanese. Its text recognition is up to 98% accurate, and it scans over a hundred words a minute. A 3.5-inch HD touchscreen, 8 GB of storage and a 2,000 mAh battery give you 10 hours of continuous use. Made for students from primary school to university, and for anyone travelling abroad.',
      seo_title: 'LingoScan P5 Translation Pen, 112 Languages, Offline',
      meta_description:
        'Scan a line and read it in your own language: the LingoScan P5 pen translates 112 languages online and 15 offline, with text recognition up to 98% accurate.',
      h1: 'LingoScan P5 Scan-and-Read Translator Pen',
      marketing_copy_a:
        'Your dictionary, phrasebook and vocabulary cards, all inside a single pen. Buy the LingoScan P5 today.',
      marketing_copy_b:
        'Remember the moment a foreign page suddenly made sense? Happy reading – discover LingoScan.',
      marketing_copy_c: 'Launch offer: a free carry case with every pen. Order yours now.',
    },
    { field: 'seo_title', find: '112 Languages', replace: '120 Languages', labels: ['number_invented'] },
    'A 3.5-inch HD touchscreen, 8 GB of storage and a 2,000 mAh battery give you 10 hours of continuous use.',
  ),
  listing(
    'v01',
    'language_learning_pens',
    'ja',
    PEN_ZH,
    PEN_SRC,
    {
      translated_description:
        'LingoScan P5は第3世代のスキャン翻訳ペンです。オンラインで112言語の翻訳に対応し、そのうち中国語・英語・日本語など15言語はオフラインでも翻訳できます。文字認識の精度は最大98％で、毎分百語以上をスキャンできます。3.5インチの高精細タッチスクリーンと8GBのストレージを搭載し、2000mAhのバッテリーで10時間連続して使えます。小学生から大学生、海外旅行に出かける方まで幅広くお使いいただけます。',
      seo_title: 'LingoScan P5 翻訳ペン 112言語対応 オフライン翻訳',
      meta_description:
        '112言語のオンライン翻訳と15言語のオフライン翻訳に対応したスキャン翻訳ペン。なぞるだけで文字を認識し、最大98％の精度で訳します。留学や旅行の心強い味方です。',
      h1: 'なぞって訳せる LingoScan P5',
      marketing_copy_a: '辞書も単語帳も、このペンにおまかせ。今すぐ購入。',
      marketing_copy_b: '知らない言葉が、すっと読める喜びを。楽しい読書を！ぜひお試しください。',
      marketing_copy_c: '今なら専用ケースをプレゼント中。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '2000mAh',
      replace: '2500mAh',
      labels: ['number_dropped', 'number_invented'],
    },
    '3.5インチの高精細タッチスクリーンと8GBのストレージを搭載し、2000mAhのバッテリーで10時間連続して使えます。',
  ),
  listing(
    'v02',
    'label_printers_with_fonts',
    'de',
    LABEL_ZH,
    LABEL_SRC,
    {
      translated_description:
        'Der Bluetooth-Etikettendrucker Markly D30 bringt 40 Schriftarten und über 400 Symbole mit und unterstützt die Eingabe in 12 Sprachen, darunter Chinesisch, Englisch, Deutsch und Französisch. Er druckt mit 203 dpi auf Etikettenbänder von 6 bis 15 mm Breite. Der 1200-mAh-Akku reicht für zwei komplette Rollen am Stück. Gestaltet werden die Etiketten in der kostenlosen App; die Firmware ist bereits auf Version 2.0 aktualisiert.',
      seo_title: 'Markly D30 Etikettendrucker mit 40 Schriftarten',
      meta_description:
        'Bluetooth-Etikettendrucker Markly D30 mit 40 Schriftarten, über 400 Symbolen, Eingabe in 12 Sprachen und 203 dpi – für Ordnung in Küche, Keller und Büro.',
      h1: 'Markly D30 – Ordnung mit Stil',
      marketing_copy_a: 'Alle Schriften und Symbole inklusive, ganz ohne Abo. Jetzt bestellen.',
      marketing_copy_b:
        'Endlich findet jedes Gewürz seinen Platz und jedes Kabel seinen Namen. Entdecken Sie Markly.',
      marketing_copy_c: 'Zum Start mit Gratis-Etikettenrolle: Sichern Sie sich Ihren D30.',
    },
    { field: 'meta_description', find: '203 dpi', replace: '300 dpi', labels: ['number_invented'] },
    'Er druckt mit 203 dpi auf Etikettenbänder von 6 bis 15 mm Breite.',
  ),
  listing(
    'v02',
    'label_printers_with_fonts',
    'fr',
    LABEL_ZH,
    LABEL_SRC,
    {
      translated_description:
        'L’imprimante d’étiquettes Bluetooth Markly D30 intègre 40 polices et plus de 400 icônes, et accepte la saisie en 12 langues, dont le chinois, l’anglais, l’allemand et le français. Elle imprime en 203 dpi sur des rubans de 6 à 15 mm de large. Sa batterie de 1\u202f200 mAh permet d’imprimer deux rouleaux complets d’affilée. Les étiquettes se conçoivent dans l’application gratuite ; le micrologiciel est déjà passé en version 2.0.',
      seo_title: 'Imprimante d’étiquettes Markly D30, 40 polices',
      meta_description:
        'Imprimante d’étiquettes Bluetooth Markly D30 : 40 polices, plus de 400 icônes, saisie en 12 langues et impression en 203 dpi pour tout ranger avec style.',
      h1: 'Markly D30, l’étiqueteuse qui a du style',
      marketing_copy_a: 'Polices et icônes incluses, sans aucun abonnement. Achetez la Markly D30.',
      marketing_copy_b: 'Chaque bocal, chaque câble, chaque classeur trouve enfin son nom. Découvrez Markly.',
      marketing_copy_c: 'Rouleau d’étiquettes offert pour le lancement : commandez dès maintenant.',
    },
    {
      field: 'translated_description',
      find: '40 polices',
      replace: '50 polices',
      labels: ['number_dropped', 'number_invented'],
    },
    'Sa batterie de 1\u202f200 mAh permet d’imprimer deux rouleaux complets d’affilée.',
  ),
  listing(
    'v03',
    'karaoke_microphones_with_lyrics_display',
    'es',
    KARAOKE_ZH,
    KARAOKE_SRC,
    {
      translated_description:
        'El micrófono de karaoke inalámbrico SingStar K8 tiene una pantalla de letras a color de 2,4 pulgadas que muestra las letras sincronizadas en cuatro idiomas: chino, inglés, japonés y coreano. Su biblioteca integrada reúne más de 20.000 canciones y se conecta al móvil o a la tele por Bluetooth 5.3. Ofrece 5 niveles de reverberación y 8 efectos de voz, con sonido estéreo por doble altavoz. La batería de 2600 mAh dura unas 8 horas, ideal para reuniones familiares y fiestas de cumpleaños.',
      seo_title: 'Micrófono karaoke SingStar K8 con pantalla de letras',
      meta_description:
        'Micrófono de karaoke inalámbrico con pantalla de letras de 2,4 pulgadas, más de 20.000 canciones, Bluetooth 5.3 y 8 efectos de voz. ¿Quién se anima a cantar?',
      h1: 'SingStar K8, el karaoke en tu mano',
      marketing_copy_a: 'Karaoke, altavoz y pantalla de letras, todo en tu mano. Cómpralo ya.',
      marketing_copy_b:
        'La abuela se sabe la letra de memoria; ahora toda la familia canta con ella. Descubre SingStar.',
      marketing_copy_c: 'Funda de regalo solo esta semana: consíguelo ahora.',
    },
    {
      field: 'translated_description',
      find: '8 efectos de voz',
      replace: '10 efectos de voz',
      labels: ['number_invented'],
    },
    'Su biblioteca integrada reúne más de 20.000 canciones y se conecta al móvil o a la tele por Bluetooth 5.3.',
  ),
  listing(
    'v03',
    'karaoke_microphones_with_lyrics_display',
    'en',
    KARAOKE_ZH,
    KARAOKE_SRC,
    {
      translated_description:
        'The SingStar K8 wireless karaoke microphone has a 2.4-inch colour lyrics display that shows synchronised lyrics in four languages: Chinese, English, Japanese and Korean. Its built-in library holds more than 20,000 songs, and Bluetooth 5.3 connects it to your phone or TV. Choose from 5 reverb levels and 8 voice effects, with stereo sound from dual speakers. The 2,600 mAh battery lasts about 8 hours, perfect for family gatherings and birthday parties.',
      seo_title: 'SingStar K8 Karaoke Mic with Lyrics Display',
      meta_description:
        'Wireless karaoke microphone with a 2.4-inch lyrics screen, over 20,000 built-in songs, Bluetooth 5.3 and 8 voice effects. Who takes the mic tonight?',
      h1: 'SingStar K8: Sing Along, Lyrics Included',
      marketing_copy_a:
        'A karaoke machine, speaker and lyrics screen that fits in your hand. Shop the K8 today.',
      marketing_copy_b:
        'Grandma knows every word of her favourite song, and now everyone can sing along. Get the SingStar K8.',
      marketing_copy_c: 'Party bundle with a free carry bag this week – add it to your cart.',
    },
    {
      field: 'meta_description',
      find: '20,000 built-in songs',
      replace: '30,000 built-in songs',
      labels: ['number_invented'],
    },
    'Its built-in library holds more than 20,000 songs, and Bluetooth 5.3 connects it to your phone or TV.',
  ),
  listing(
    'v04',
    'kids_storybook_projectors',
    'de',
    PROJECTOR_ZH,
    PROJECTOR_SRC,
    {
      translated_description:
        'Der Lumi 3-in-1-Geschichtenprojektor für Kinder vereint Geschichtenerzähler, Projektionslampe und Nachtlicht. An Bord sind 60 Bilderbuchgeschichten im Originaltext und über hundert Kinderlieder, geeignet für Kinder von 3 bis 8 Jahren. Die Sprache lässt sich zwischen Chinesisch und Englisch umschalten; gelesen werden die Geschichten von professionellen Sprechern. Das projizierte Bild erreicht bis zu 1,2 m Durchmesser, die Helligkeit ist dreistufig einstellbar. Nach 30 Minuten schaltet sich das Gerät automatisch ab, geladen wird per USB-C.',
      seo_title: 'Lumi Geschichtenprojektor für Kinder, 3 bis 8 Jahre',
      meta_description:
        'Lumi 3-in-1: Geschichtenerzähler, Projektor und Nachtlicht mit 60 Bilderbuchgeschichten, über hundert Kinderliedern und Sprachwahl Chinesisch oder Englisch.',
      h1: 'Lumi – Gute-Nacht-Geschichten an der Zimmerdecke',
      marketing_copy_a: 'Geschichtenerzähler, Projektor und Nachtlicht zum Preis eines Geräts. Jetzt kaufen.',
      marketing_copy_b:
        'Wenn die Originalgeschichte über die Decke wandert, werden Kinderaugen groß. Gute Nacht und viel Spaß beim Zuhören – entdecken Sie Lumi.',
      marketing_copy_c: 'Nur diesen Monat mit Gratis-Sternenscheibe: Jetzt bestellen.',
    },
    { field: 'seo_title', find: '3 bis 8 Jahre', replace: '3 bis 10 Jahre', labels: ['number_invented'] },
    'Das projizierte Bild erreicht bis zu 1,2 m Durchmesser, die Helligkeit ist dreistufig einstellbar.',
  ),
  listing(
    'v04',
    'kids_storybook_projectors',
    'ja',
    PROJECTOR_ZH,
    PROJECTOR_SRC,
    {
      translated_description:
        'Lumiは、お話プレーヤー・投影ライト・ナイトライトを兼ね備えた3in1のキッズ向けストーリープロジェクターです。原作そのままの絵本のお話を60話、童謡を百曲以上収録し、3〜8歳のお子さまにぴったりです。中国語と英語の切り替えに対応し、お話はプロのナレーターが読み上げます。投影サイズは最大直径1.2m、明るさは3段階で調整できます。30分のオフタイマー付きで、充電はUSB-Cです。',
      seo_title: 'Lumi 絵本プロジェクター 3〜8歳 3in1 ナイトライト',
      meta_description:
        '原作の絵本のお話60話と百曲以上の童謡を収録した3in1ストーリープロジェクター。天井いっぱいに広がる物語で、おやすみ前の時間がもっと楽しくなります。',
      h1: 'Lumi おやすみ前の読み聞かせプロジェクター',
      marketing_copy_a: 'お話もナイトライトも、これにおまかせ。今すぐ購入。',
      marketing_copy_b:
        '天井に広がる物語に、子どもの目がきらきら。おやすみなさい、いい夢を。ぜひお試しください。',
      marketing_copy_c: '今だけ星空フィルムをプレゼント。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: 'お話を60話',
      replace: 'お話を80話',
      labels: ['number_dropped', 'number_invented'],
    },
    '30分のオフタイマー付きで、充電はUSB-Cです。',
  ),
  listing(
    'v05',
    'translator_earbuds',
    'en',
    EARBUDS_ZH,
    EARBUDS_SRC,
    {
      translated_description:
        'The TalkBridge T2 AI translator earbuds come as a set of two: wear yours and hand the other to the person you are talking to. They translate 144 languages and accents in real time, with up to 95% accuracy. Offline translation covers 8 languages, including Chinese, English, Japanese, Korean, French and Spanish. Dual microphones filter out background noise. Each charge gives 6 hours of use, or 24 hours with the charging case. Note: works with the free app, available to download. Firmware version 3.1.',
      seo_title: 'TalkBridge T2 Translator Earbuds, 144 Languages',
      meta_description:
        'TalkBridge T2 AI translator earbuds: real-time translation in 144 languages and accents, offline translation in 8, up to 95% accuracy, 24 hours with the case.',
      h1: 'TalkBridge T2 Real-Time Translator Earbuds',
      marketing_copy_a: 'Your personal interpreter, without the hourly rate. Order the T2 today.',
      marketing_copy_b:
        'Ask for directions in Lisbon, chat with your host in Kyoto. Where will your next conversation be? Discover TalkBridge.',
      marketing_copy_c: 'Free travel pouch with every pair this month – grab yours now.',
    },
    {
      field: 'translated_description',
      replace: 'Each earbud weighs just 4.5 g.',
      labels: ['number_invented'],
    },
    'Each charge gives 6 hours of use, or 24 hours with the charging case.',
  ),
  listing(
    'v05',
    'translator_earbuds',
    'fr',
    EARBUDS_ZH,
    EARBUDS_SRC,
    {
      translated_description:
        'Les écouteurs de traduction IA TalkBridge T2 sont livrés par deux : gardez-en un et tendez l’autre à votre interlocuteur. Ils traduisent 144 langues et accents en temps réel, avec une précision pouvant atteindre 95\u00a0%. La traduction hors ligne couvre 8 langues, dont le chinois, l’anglais, le japonais, le coréen, le français et l’espagnol. Le double micro réduit les bruits ambiants. Une charge offre 6 heures d’autonomie, et jusqu’à 24 heures avec le boîtier de charge. À noter : l’application gratuite est nécessaire. Version du micrologiciel : 3.1.',
      seo_title: 'Écouteurs traducteurs TalkBridge T2, 144 langues',
      meta_description:
        'Écouteurs de traduction IA TalkBridge T2 : 144 langues et accents en temps réel, 8 langues hors ligne, précision jusqu’à 95\u00a0% et 24 heures avec le boîtier.',
      h1: 'TalkBridge T2, l’interprète dans l’oreille',
      marketing_copy_a: 'Un interprète personnel, sans tarif horaire. Commandez les T2.',
      marketing_copy_b:
        'Demander son chemin à Lisbonne, bavarder avec votre hôte à Kyoto : où aura lieu votre prochaine conversation ? Découvrez TalkBridge.',
      marketing_copy_c: 'Pochette de voyage offerte ce mois-ci : profitez-en.',
    },
    { field: 'seo_title', find: '144 langues', replace: '150 langues', labels: ['number_invented'] },
    'Une charge offre 6 heures d’autonomie, et jusqu’à 24 heures avec le boîtier de charge.',
  ),
  listing(
    'v06',
    'smart_notebooks',
    'de',
    NOTEBOOK_ZH,
    NOTEBOOK_SRC,
    {
      translated_description:
        'Das smarte Notizbuch NoteFlow der 2. Generation kommt mit einem drucksensitiven Stift mit 4096 Druckstufen. Was Sie schreiben, landet in Echtzeit in der App auf Ihrem Smartphone: einfach schreiben, und es wird zu bearbeitbarem Text. Die Handschrifterkennung beherrscht 66 Sprachen, darunter Chinesisch, Englisch, Deutsch und Spanisch, mit einer Erkennungsrate von über 97\u00a0%. Das Heft im Format A5 hat 80 Seiten und lässt sich nach dem Löschen immer wieder verwenden. Der Akku im Stift ist in 1 Stunde geladen und hält mehr als zehn Stunden; lokal speichert der Stift bis zu 20.000 Seiten Notizen. Hinweis: Funktioniert mit der kostenlosen App.',
      seo_title: 'NoteFlow smartes Notizbuch mit Stift, 66 Sprachen',
      meta_description:
        'Smartes Notizbuch NoteFlow: Handschrift wird in Echtzeit zu bearbeitbarem Text, Erkennung in 66 Sprachen, A5-Heft mit 80 Seiten, immer wieder verwendbar.',
      h1: 'NoteFlow – vom Papier direkt in die App',
      marketing_copy_a: 'Papiergefühl und digitale Ordnung in einem Heft, das nie voll wird. Jetzt kaufen.',
      marketing_copy_b:
        'Schreiben Sie am liebsten mit der Hand? Dann gehen Ihre Gedanken ab sofort nicht mehr im Heft verloren. Entdecken Sie NoteFlow.',
      marketing_copy_c: 'Zum Marktstart mit Gratis-Ersatzminen: in den Warenkorb damit.',
    },
    {
      field: 'translated_description',
      find: '4096 Druckstufen',
      replace: '8192 Druckstufen',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Heft im Format A5 hat 80 Seiten und lässt sich nach dem Löschen immer wieder verwenden.',
  ),
  listing(
    'v06',
    'smart_notebooks',
    'es',
    NOTEBOOK_ZH,
    NOTEBOOK_SRC,
    {
      translated_description:
        'El cuaderno inteligente NoteFlow de 2.ª generación incluye un lápiz sensible a la presión con 4096 niveles. Lo que escribes se sincroniza en tiempo real con la app del móvil: escribe y se convierte en texto editable. El reconocimiento de escritura admite 66 idiomas, entre ellos chino, inglés, alemán y español, con una tasa de acierto superior al 97 %. El cuaderno es de tamaño A5, tiene 80 páginas y puedes borrarlo y reutilizarlo tantas veces como quieras. La batería del lápiz se carga en 1 hora y dura más de diez horas; además, guarda hasta 20.000 páginas de notas. Nota: funciona con la app gratuita.',
      seo_title: 'Cuaderno inteligente NoteFlow con lápiz, 66 idiomas',
      meta_description:
        'Cuaderno inteligente NoteFlow: tu letra se convierte en texto editable en tiempo real, con reconocimiento en 66 idiomas y 80 páginas A5 reutilizables.',
      h1: 'NoteFlow, del papel a tu móvil',
      marketing_copy_a: 'Un cuaderno reutilizable que te ahorra papel y tiempo. Cómpralo hoy.',
      marketing_copy_b:
        '¿Sigues escribiendo a mano? Ahora tus ideas viajan contigo a todas partes. Descubre NoteFlow.',
      marketing_copy_c: 'Recambios de punta gratis por lanzamiento: aprovecha la oferta.',
    },
    { field: 'meta_description', find: '66 idiomas', replace: '76 idiomas', labels: ['number_invented'] },
    'La batería del lápiz se carga en 1 hora y dura más de diez horas; además, guarda hasta 20.000 páginas de notas.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_20_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `Below is the English product description, kept close to the Chinese source text:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `SEO title – ${c.seo_title}` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nWant me to make this one warmer, or does the tone work for you?`,
      }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a} (I leaned on the price angle here, since copy A is meant to be value-focused.)`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n[Translator's note: brand and model names are kept as in the original; the source gives no official English product name.]`,
      }),
      (c) => ({ h1: `<h1>${c.h1}</h1>` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\n— drafted by your AI copy assistant, please review before publishing`,
      }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\n(Tone: warm, second person, no exclamation marks.)`,
      }),
      (c) => ({ translated_description: `**Description (EN-US):**\n${c.translated_description}` }),
    ],
    forbidden: [
      'Cheaper pens simply cannot keep up.',
      'Forget the knockoffs sold at station kiosks.',
      'Never a counterfeit, always the real thing.',
      'Imitations miss the details that matter.',
    ],
    slogans: ['Every word, understood.', 'Your voice, your stage.'],
    chineseLeftovers: [],
    duplicateLead: 'Put simply: ',
    titleStuffing: ' | Gift Idea for Students, Travel Essential, Top Rated',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `Vale, esta es la descripción adaptada al español de España:\n\n${c.translated_description}`,
      }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} (tono promocional, con urgencia suave)` }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n\n¿Quieres que pruebe un tono más juvenil?` }),
      (c) => ({ h1: `# ${c.h1}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n[Nota del traductor: se ha mantenido el nombre original del producto.]`,
      }),
      (c) => ({ marketing_copy_a: `{"marketing_copy_a": "${c.marketing_copy_a}"}` }),
    ],
    forbidden: [
      'Olvídate de los aparatos baratos.',
      'Nada que ver con las imitaciones.',
      'No es una réplica de mercadillo.',
      'Cuidado con los productos falsos.',
    ],
    slogans: ['Cada palabra, a tu alcance.', 'Tu voz, tu escenario.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Regalo ideal, envío en días, el más vendido del año',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\nN’hésitez pas à me dire si vous souhaitez une version plus courte.`,
      }),
      (c) => ({ seo_title: `Proposition de titre : ${c.seo_title}` }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a} (value-focused, as requested)` }),
      (c) => ({
        translated_description: `Traduction adaptée du chinois, unités conservées telles quelles :\n\n${c.translated_description}`,
      }),
      (c) => ({ h1: `Option 1 : ${c.h1}` }),
      (c) => ({ marketing_copy_c: `<span class="promo">${c.marketing_copy_c}</span>` }),
    ],
    forbidden: [
      'Rien à voir avec les gadgets pas chers.',
      'Méfiez-vous des contrefaçons.',
      'Aucune fausse promesse ici.',
      'Les imitations ne tiennent pas la route.',
    ],
    slogans: ['Chaque mot compte.', 'Le monde vous comprend.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Idée cadeau, meilleure vente, livraison rapide, promo',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Gern, hier die überarbeitete Fassung der Produktbeschreibung:\n\n${c.translated_description}`,
      }),
      (c) => ({ h1: `${c.h1} (bewusst kürzer als der Titel, damit sich beide nicht doppeln)` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nSagen Sie Bescheid, falls der Text kürzer sein soll.`,
      }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b} (Kept the Sie form as briefed – happy to switch to du if that suits your brand better.)`,
      }),
      (c) => ({ seo_title: `**${c.seo_title}**` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nAnmerkung zur Übersetzung: Die Sprachenliste wurde wörtlich aus dem chinesischen Original übernommen.`,
      }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a} {{rabatt_code}}` }),
      (c) => ({
        translated_description: `<div class="produktbeschreibung">\n${c.translated_description}\n</div>`,
      }),
      (c) => ({ marketing_copy_c: `Text C – Aktion: ${c.marketing_copy_c}` }),
    ],
    forbidden: [
      'Billiger Plastikkram war gestern.',
      'Keine Nachahmung, sondern das Original.',
      'Vorsicht vor Fälschungen im Netz.',
      'Imitate vom Wühltisch erkennt man sofort.',
    ],
    slogans: ['Jedes Wort zählt.', 'Geschichten, die leuchten.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' | Geschenkidee, Bestseller, schneller Versand, Angebot',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `承知しました。以下が日本語版の商品説明です。\n\n${c.translated_description}`,
      }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\n（別案もご用意できますので、お気軽にお申し付けください。）`,
      }),
      (c) => ({ marketing_copy_a: `**キャッチコピーA**\n${c.marketing_copy_a}` }),
      (c) => ({ h1: `【H1】${c.h1}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n訳注：原文の固有名詞はそのまま残し、説明部分のみ翻訳しています。`,
      }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nDone! Let me know if you'd like a more casual tone.`,
      }),
    ],
    forbidden: [
      '激安の類似品とは違います。',
      'コピー品にご注意ください。',
      '正規品なので偽物の心配はありません。',
      '模倣品とは精度が違います。',
    ],
    slogans: ['ことばの壁を、こえていこう。', '物語が、天井いっぱいに。'],
    chineseLeftovers: ['这个翻译笔对学生们很有帮助。', '请给孩子读绘本时调低亮度。'],
    duplicateLead: '要するに、',
    titleStuffing: '｜プレゼントに最適 送料無料 人気ランキング',
  },
};
