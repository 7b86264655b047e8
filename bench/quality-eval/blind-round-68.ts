// Blind set, round 68 (written without reading the gate, committed before it is scored): six products about letters,
// words and language plus one food, in the categories manual_typewriters, braille_alphabet_books, travel_phrasebooks,
// embossing_label_makers, in_shell_walnuts and wooden_alphabet_stamp_sets, 12 hand-written listings, three artifact
// styles per listing and wording of its own. This round's clean listings are meant to be hard to tell from defective
// ones: their copy uses words and shapes also found in model chatter, all of them faithful to the source (asides for
// the shopper such as "Tip:", "Note:", "Tipp:", "Unser Rat:", "Häufige Frage: … ? Nein, …", "Astuce :", "Format :",
// "ご注意：", "ワンポイントアドバイス：", questions to the shopper, the maker's "we" / "wir" / "nous" / "私たち" /
// "nuestro", customer quotes with their speaker, version and edition numbers (Letra 2.0 with its dot in de and fr, 2nd
// edition, 2e édition, 3.ª edición, 第3版), a phrasebook quoting pinyin and its translation, a Braille book) and numbers
// in the forms a translator gives them (number words, a dozen / ein Dutzend / una docena, halves, 成 as per cent,
// 折 as a discount, 斤 with kilograms in brackets, ranges, metric with imperial conversions in en, dates with month names).
// The artifacts mix the kinds the llm_artifact definition names (lead-ins, an AI disclaimer, sign-offs, code fences, HTML
// tags, markdown, field-label prefixes) with subtler ones shaped like the clean copy around them: a translator's
// "Note:" / "Hinweis:" / ※ remark next to the shopper's tips, the model's own "we" / "nous" next to the maker's, a
// question to the requester next to questions to the shopper, a status tag, a note to a colleague and English
// remarks inside es fields; no digits in artifacts that land in the description, title or meta. Number edits: the
// Stampa de edit changes one of the two 26s, so it is number_invented alone; the Dotty en title edit goes to a 4th
// edition (3 is a source number). Legitimate numbers:
// Typoria T3 (model), about 4.5 kg (9.9 lb, 4,5 kg), 44 keys (Tasten), 23 cm (9 in), A4, 两卷 (two, zwei) ribbons,
// 一打 (a dozen, ein Dutzend) envelopes, 五万字 (50,000 characters, 50.000 Zeichen), 6月18日 (18 June, 18. Juni),
// 九折 (10% off, 10 % Rabatt), idioms 每一台, 一字一句 (word by word, Wort für Wort), 双色 (black-and-red, schwarz-rot:
// not a number), 几行 (a few lines);
// Dotty 第2版 (2nd edition, 2e édition), 3至8岁 (aged 3 to 8, de 3 à 8 ans), 26 letters, 10 digits, 16 pages, about
// 1.5 mm (1,5 mm), 28×21 cm (28 × 21 cm, 11 × 8.3 in), 两成 (20%, 20 %), idioms 第一次 (the first time, la première
// fois), 一位 (a mum, une maman), 每卖出一本 (for every copy, pour chaque exemplaire);
// Hello China 第3版 (第3版, 3.ª edición), 2024, 1200 phrases (1200フレーズ, 1200 frases), 十二个 (12のシーン, doce
// situaciones), 三种 (3言語, tres idiomas), 10×15 cm (10 × 15 cm), about 180 g, 两三成 (2〜3割, un 20 o un 30 %), idioms
// 一句 (ひと言, primero), 第一次 (初めての, primer viaje);
// Letra 2.0 (version, 2.0 in de and fr), 63 characters (Zeichen, caractères), 9 mm, 四卷 (vier Rollen, quatre
// rouleaux), 3 m, about 200 g, 3月31日 (31. März, 31 mars), 第二台半价 (das zweite Gerät zum halben Preis, la deuxième
// à moitié prix), idioms 一压, 一目了然, 多压一个空格 (ein zusätzliches Leerzeichen, un espace de plus);
// Aksu walnuts 2024年9月 (September 2024, 2024年9月), 5斤 (5 jin (2.5 kg), 5斤（2.5kg）), 3至4厘米 (3 to 4 cm (1.2 to
// 1.6 in), 3〜4cm), 六成 (over 60%, 6割以上), 半年 (half a year, 半年ほど), 两箱 (two boxes, 2箱以上), 八五折 (15% off,
// 15%オフ), idiom 一捏 (a squeeze, 握るだけ);
// Stampa 70 stamps (Stempel, piezas), 26 capitals, 26 lower-case, 10 digits (Ziffern, números), 8 symbols, about
// 1.5 cm (1,5 cm), 两色 (zwei Farben, dos colores), 一打 (ein Dutzend, una docena) cards, 6岁以上 (ab 6 Jahren, a partir
// de 6 años), idioms 第一次 (vor dem ersten Einsatz, por primera vez), 几次 (ein paar, unas cuantas).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const TYPEWRITER_ZH = 'Typoria T3 复古手动打字机 全金属 44键';
const TYPEWRITER_SRC =
  'Typoria T3 复古手动打字机，全金属机身，重约4.5公斤，共44个按键，打字不用插电。最大纸宽23厘米，A4纸也能轻松放入。附赠两卷黑红双色色带和一打复古信封，每卷色带可打约五万字。我们的每一台打字机出厂前都由老师傅手工调试。小贴士：换上新色带后先打几行试试，字迹会更均匀。还在怀念一字一句敲出来的仪式感吗？来自成都的作家刘先生说：“它让我重新爱上了写作。”6月18日前下单享九折。';
const BRAILLE_ZH = 'Dotty 盲文字母触摸书 第2版 3-8岁';
const BRAILLE_SRC =
  'Dotty 盲文字母触摸书（第2版），适合3至8岁的视障儿童，也适合明眼孩子和家长一起学。书中收录26个英文字母和10个数字，每个字符都配有凸起的盲文点位和大号印刷字母，旁边还有可以摸的小图案。全书共16页，纸板厚约1.5毫米，反复摸读点位也不易磨平。尺寸28×21厘米。家长小提示：第一次读时，请握住孩子的食指，从左往右慢慢摸。一位来自杭州的妈妈说：“女儿每晚都要摸着它睡觉。”每卖出一本，我们就把售价的两成捐给盲童阅读项目。';
const PHRASEBOOK_ZH = 'Hello China 中文旅行口袋会话书 第3版 1200句';
const PHRASEBOOK_SRC =
  '《Hello China 中文旅行口袋会话书》第3版，2024年全新修订，专为来中国旅行的外国朋友编写。全书收录1200句实用短句，分为十二个场景，从机场、酒店到点餐、砍价、看病都用得上。每句都配有拼音，以及英、日、西三种语言的译文。扫描页边二维码，即可听真人慢速朗读。口袋尺寸10×15厘米，重约180克，防水纸印刷，雨天也不怕。温馨提示：砍价时先笑着问一句“能便宜点吗？”，往往能省两三成。第一次来中国？我们还随书附赠北京和上海的地铁线路图。';
const LABEL_MAKER_ZH = 'Letra 2.0 复古手动压纹标签机 9毫米 送四卷胶带';
const LABEL_MAKER_SRC =
  'Letra 2.0 复古手动压纹标签机，转盘上有大写英文字母、数字和常用符号共63个字符，转到想要的字，用力一压，就能压出凸起的白色立体字，不用电池也不用墨水。适配9毫米宽的压纹胶带，标配四卷（红、蓝、黑、绿），每卷长3米。机身重约200克，握把带防滑纹。厨房罐子、文件夹、工具箱，贴上标签就一目了然。小技巧：单词之间多压一个空格，看起来更清楚。常见问题：能打中文吗？不能，只支持英文字母和数字。3月31日前下单，第二台半价。';
const WALNUT_ZH = '新疆阿克苏纸皮核桃 2024新货 5斤装';
const WALNUT_SRC =
  '新疆阿克苏纸皮核桃，2024年9月新采摘，每箱5斤。壳薄如纸，用手一捏就开，不用工具。果径3至4厘米，出仁率六成以上，果仁饱满，颜色浅黄。我们坚持自然晾晒，不漂白、不加工，直接吃或者做核桃露、烘焙都合适。温馨提示：收到后请放在阴凉干燥处，可保存半年左右。老顾客张阿姨说：“每年都回购，孙子最爱吃。”两箱起购打八五折。';
const STAMP_ZH = 'Stampa 木质字母印章套装 70枚 榉木盒';
const STAMP_SRC =
  'Stampa 木质字母印章套装，共70枚：26个大写字母、26个小写字母、10个数字和8个常用符号，整齐收纳在带格子的榉木盒里。印面为天然橡胶，字高约1.5厘米，印出来边缘清晰。附赠黑、蓝两色印台和一打空白牛皮纸卡片。做手账、贺卡、给礼物写名字都合适。我们的老木匠把每个印柄都手工打磨过，握着不扎手。小建议：第一次使用前，先在草稿纸上试印几次。建议6岁以上儿童在大人陪同下使用。';

export const ROUND_68_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'manual_typewriters',
    'en',
    TYPEWRITER_ZH,
    TYPEWRITER_SRC,
    {
      translated_description:
        'The Typoria T3 is a retro manual typewriter with an all-metal body. It weighs about 4.5 kg (9.9 lb), has 44 keys and needs no power socket at all. It takes paper up to 23 cm (9 in) wide, so A4 sheets slide in easily. Two black-and-red ribbons come in the box, along with a dozen vintage envelopes, and each ribbon is good for roughly 50,000 characters. We have every typewriter adjusted by hand by a veteran craftsman before it leaves the workshop. Tip: after fitting a new ribbon, type a few test lines first and the letters will come out more evenly. Do you miss the ritual of hammering out a letter word by word? Mr Liu, a writer from Chengdu, puts it like this: “It made me fall in love with writing again.” Order by 18 June and get 10% off.',
      seo_title: 'Typoria T3 Manual Typewriter, All-Metal, 44 Keys',
      meta_description:
        'Retro Typoria T3 manual typewriter with an all-metal body, 44 keys and a 23 cm paper width. Two ribbons and a dozen envelopes included, no power needed.',
      h1: 'Typoria T3 – Write Without a Screen',
      marketing_copy_a:
        'No charger, no updates, no subscription: the T3 runs on your fingertips alone, and the ribbons are already in the box. Order your Typoria today.',
      marketing_copy_b:
        'The clack of the keys, the little bell at the end of each line, a page you can hold in your hands. Some words deserve to be typed. Discover the Typoria T3.',
      marketing_copy_c:
        'Order by 18 June and save 10% on your Typoria T3 – shop now while the early-summer offer lasts.',
    },
    { field: 'meta_description', find: '44 keys', replace: '46 keys', labels: ['number_invented'] },
    'It weighs about 4.5 kg (9.9 lb), has 44 keys and needs no power socket at all.',
  ),
  listing(
    'p01',
    'manual_typewriters',
    'de',
    TYPEWRITER_ZH,
    TYPEWRITER_SRC,
    {
      translated_description:
        'Die Typoria T3 ist eine mechanische Schreibmaschine im Retro-Look mit Vollmetallgehäuse, die ganz ohne Strom auskommt. Sie wiegt rund 4,5 kg und hat 44 Tasten. Papier bis 23 cm Breite passt hinein, A4-Blätter lassen sich also problemlos einspannen. Mitgeliefert werden zwei schwarz-rote Farbbänder und ein Dutzend Briefumschläge im Vintage-Stil; jedes Farbband reicht für etwa 50.000 Zeichen. Wir lassen jede Schreibmaschine vor dem Versand von einem erfahrenen Meister von Hand justieren. Tipp: Nach dem Einlegen eines neuen Farbbands zuerst ein paar Probezeilen tippen, dann wird das Schriftbild gleichmäßiger. Vermissen Sie das Gefühl, einen Text Wort für Wort in die Tasten zu hämmern? Der Schriftsteller Herr Liu aus Chengdu sagt: „Durch sie habe ich das Schreiben wieder lieben gelernt.“ Bei Bestellung bis zum 18. Juni erhalten Sie 10 % Rabatt.',
      seo_title: 'Typoria T3 Schreibmaschine, Vollmetall, 44 Tasten',
      meta_description:
        'Mechanische Retro-Schreibmaschine Typoria T3 aus Vollmetall mit 44 Tasten und 23 cm Papierbreite, inklusive zwei Farbbändern und Umschlägen.',
      h1: 'Typoria T3 – Schreiben ganz ohne Bildschirm',
      marketing_copy_a:
        'Kein Akku, keine Updates, kein Abo: Die T3 braucht nur Ihre Finger, und die Farbbänder liegen schon bei. Bestellen Sie Ihre Typoria noch heute.',
      marketing_copy_b:
        'Das Klacken der Typen, das Klingeln am Zeilenende, ein Blatt, das man in der Hand halten kann. Manche Worte verdienen eine Schreibmaschine. Entdecken Sie die Typoria T3.',
      marketing_copy_c:
        'Frühsommer-Aktion: Bis zum 18. Juni gibt es 10 % Rabatt auf jede Typoria T3 – jetzt bestellen und sparen.',
    },
    {
      field: 'translated_description',
      find: 'jedes Farbband reicht für etwa 50.000 Zeichen',
      replace: 'jedes Farbband reicht für etwa 80.000 Zeichen',
      labels: ['number_dropped', 'number_invented'],
    },
    'Sie wiegt rund 4,5 kg und hat 44 Tasten.',
  ),
  listing(
    'p02',
    'braille_alphabet_books',
    'en',
    BRAILLE_ZH,
    BRAILLE_SRC,
    {
      translated_description:
        'The Dotty Braille alphabet touch book (2nd edition) is made for visually impaired children aged 3 to 8, and it works just as well for sighted children learning alongside their parents. It covers the 26 letters of the English alphabet and 10 digits, each shown in raised Braille dots next to a large printed letter, with a small picture to feel beside it. The book has 16 pages of board about 1.5 mm thick, so the dots stay crisp after countless readings. It measures 28 × 21 cm (11 × 8.3 in). A tip for parents: the first time you read together, hold your child’s index finger and trace slowly from left to right. A mum from Hangzhou says: “My daughter wants to fall asleep with her hand on it every night.” For every copy sold, we donate 20% of the price to a reading programme for blind children.',
      seo_title: 'Dotty Braille Alphabet Touch Book, 2nd Edition',
      meta_description:
        'Tactile Braille alphabet book for children aged 3 to 8: 26 letters and 10 digits in raised dots beside large print, on 16 sturdy board pages. 2nd edition.',
      h1: 'Dotty – Little Fingers Learn Their Letters',
      marketing_copy_a:
        'Sturdy board pages, Braille and large print side by side, and a picture to feel for every letter: a book the whole family can read together. Order Dotty today.',
      marketing_copy_b:
        'The moment her fingertip finds the first letter and she smiles, you will know why this book exists. Reading begins with touch. Discover Dotty.',
      marketing_copy_c:
        'Every copy you buy helps a blind child get a book of their own. Add Dotty to your cart now.',
    },
    { field: 'seo_title', find: '2nd Edition', replace: '4th Edition', labels: ['number_invented'] },
    'The book has 16 pages of board about 1.5 mm thick, so the dots stay crisp after countless readings.',
  ),
  listing(
    'p02',
    'braille_alphabet_books',
    'fr',
    BRAILLE_ZH,
    BRAILLE_SRC,
    {
      translated_description:
        'Le livre tactile Dotty (2e édition) fait découvrir l’alphabet braille aux enfants déficients visuels de 3 à 8 ans ; les enfants voyants peuvent aussi l’explorer avec leurs parents. Il réunit les 26 lettres de l’alphabet anglais et 10 chiffres, chacun présenté en points braille en relief à côté d’une grande lettre imprimée, avec un petit dessin à toucher juste à côté. Le livre compte 16 pages en carton d’environ 1,5 mm d’épaisseur : les points ne s’écrasent pas, même après d’innombrables lectures. Format : 28 × 21 cm. Petit conseil aux parents : la première fois, tenez l’index de votre enfant et suivez les points lentement, de gauche à droite. Une maman de Hangzhou raconte : « Ma fille veut s’endormir chaque soir la main posée dessus. » Pour chaque exemplaire vendu, nous reversons 20 % du prix à un programme de lecture pour les enfants aveugles.',
      seo_title: 'Livre tactile braille Dotty, 2e édition',
      meta_description:
        'Livre tactile en braille pour les enfants de 3 à 8 ans : 26 lettres et 10 chiffres en relief avec gros caractères, sur 16 pages cartonnées. 2e édition.',
      h1: 'Dotty, l’alphabet au bout des doigts',
      marketing_copy_a:
        'Des pages cartonnées solides, le braille et les gros caractères côte à côte, un dessin à toucher pour chaque lettre : un seul livre pour lire en famille. Commandez Dotty dès aujourd’hui.',
      marketing_copy_b:
        'Le jour où son doigt trouve la première lettre et qu’elle sourit, vous comprendrez pourquoi ce livre existe. Lire commence par toucher. Découvrez Dotty.',
      marketing_copy_c:
        'Chaque exemplaire acheté aide un enfant aveugle à avoir son propre livre. Ajoutez Dotty à votre panier dès maintenant.',
    },
    {
      field: 'translated_description',
      find: 'de 3 à 8 ans',
      replace: 'de 3 à 9 ans',
      labels: ['number_dropped', 'number_invented'],
    },
    'Format : 28 × 21 cm.',
  ),
  listing(
    'p03',
    'travel_phrasebooks',
    'ja',
    PHRASEBOOK_ZH,
    PHRASEBOOK_SRC,
    {
      translated_description:
        '『Hello China 中国語旅行ポケット会話帳』第3版は、2024年に全面改訂された、中国を旅する外国人のための会話帳です。実用的な短いフレーズを1200収録し、空港やホテルから、食事の注文、値段交渉、病院まで、12のシーンに分けています。すべてのフレーズにピンインと、英語・日本語・スペイン語の3言語の訳が付いています。ページの端のQRコードを読み取れば、ネイティブがゆっくり読み上げる音声を聞けます。サイズは10×15cmのポケット版で、重さは約180g。防水紙を使っているので、雨の日も安心です。ワンポイントアドバイス：値段交渉では、まず笑顔で「Néng piányi diǎn ma?（少し安くなりませんか？）」とひと言。2〜3割ほど安くなることもよくあります。初めての中国ですか？北京と上海の地下鉄路線図もおまけでお付けします。',
      seo_title: 'Hello China 中国語旅行会話帳 第3版 1200フレーズ',
      meta_description:
        '中国旅行で使える1200フレーズを12のシーン別に収録。ピンインと英語・日本語・スペイン語訳付きで、QRコードから音声も聞ける第3版です。',
      h1: 'Hello China ポケットに入る中国語の相棒',
      marketing_copy_a:
        'フレーズ、ピンイン、音声、地下鉄路線図まで、旅に必要な中国語がこの小さな本にそろっています。今すぐ購入。',
      marketing_copy_b:
        '屋台のおばちゃんに中国語で話しかけたら、笑顔が返ってきた。そんな旅の思い出を作りませんか。ぜひチェックしてください。',
      marketing_copy_c: '改訂記念として、今ならしおりもプレゼント。ご注文はお早めに。',
    },
    {
      field: 'meta_description',
      find: '1200フレーズ',
      replace: '1500フレーズ',
      labels: ['number_invented'],
    },
    'サイズは10×15cmのポケット版で、重さは約180g。',
  ),
  listing(
    'p03',
    'travel_phrasebooks',
    'es',
    PHRASEBOOK_ZH,
    PHRASEBOOK_SRC,
    {
      translated_description:
        'La guía de conversación de bolsillo «Hello China», en su 3.ª edición, revisada por completo en 2024, está pensada para los extranjeros que viajan a China. Reúne 1200 frases prácticas organizadas en doce situaciones, desde el aeropuerto y el hotel hasta pedir en un restaurante, regatear o ir al médico. Cada frase lleva su pinyin y la traducción a tres idiomas: inglés, japonés y español. Escanea el código QR del margen y escucha la frase leída despacio por un hablante nativo. Tiene formato de bolsillo de 10 × 15 cm, pesa unos 180 g y está impresa en papel resistente al agua, así que la lluvia no es problema. Un consejo: cuando regatees, pregunta primero con una sonrisa «Néng piányi diǎn ma?» («¿Me lo deja un poco mejor de precio?»); muchas veces te ahorras un 20 o un 30 %. ¿Es tu primer viaje a China? Con el libro te regalamos además los planos del metro de Pekín y Shanghái.',
      seo_title: 'Guía de conversación Hello China, 3.ª edición',
      meta_description:
        'Guía de bolsillo para viajar a China: 1200 frases en doce situaciones, con pinyin y traducción al inglés, japonés y español, y audio por código QR.',
      h1: 'Hello China, el chino que cabe en tu bolsillo',
      marketing_copy_a:
        'Frases, pinyin, audio y planos del metro en un librito que cabe en cualquier bolsillo. Hazte con tu Hello China.',
      marketing_copy_b:
        'Pedir unos fideos en chino y que la cocinera te conteste con una sonrisa. Esos son los momentos que te traes de vuelta. Descubre Hello China.',
      marketing_copy_c: 'Por la nueva edición, regalamos un marcapáginas con cada guía. Pídela hoy mismo.',
    },
    {
      field: 'translated_description',
      replace: 'Incluye además 50 tarjetas de vocabulario para recortar.',
      labels: ['number_invented'],
    },
    'Tiene formato de bolsillo de 10 × 15 cm, pesa unos 180 g y está impresa en papel resistente al agua, así que la lluvia no es problema.',
  ),
  listing(
    'p04',
    'embossing_label_makers',
    'de',
    LABEL_MAKER_ZH,
    LABEL_MAKER_SRC,
    {
      translated_description:
        'Der Letra 2.0 ist ein manuelles Prägeetikettengerät im Retro-Stil. Auf dem Drehrad sitzen 63 Zeichen: lateinische Großbuchstaben, Ziffern und gängige Symbole. Einfach das gewünschte Zeichen eindrehen, kräftig zudrücken, und schon steht es als erhabene weiße Schrift auf dem Band – ganz ohne Batterien und Tinte. Das Gerät ist für 9 mm breites Prägeband ausgelegt; vier Rollen in Rot, Blau, Schwarz und Grün sind dabei, jede 3 m lang. Es wiegt rund 200 g, der Griff hat eine rutschfeste Riffelung. Ob Vorratsgläser in der Küche, Ordner oder Werkzeugkasten: Mit Etikett sieht man auf einen Blick, was drin ist. Tipp: Zwischen den Wörtern ein zusätzliches Leerzeichen prägen, dann liest es sich leichter. Häufige Frage: Kann das Gerät chinesische Schriftzeichen prägen? Nein, nur lateinische Buchstaben und Ziffern. Bei Bestellung bis zum 31. März gibt es das zweite Gerät zum halben Preis.',
      seo_title: 'Letra 2.0 Prägeetikettengerät, 63 Zeichen, 9 mm',
      meta_description:
        'Manuelles Prägegerät Letra 2.0 im Retro-Look: 63 Zeichen auf dem Drehrad, erhabene weiße Schrift auf 9 mm breitem Band, vier Rollen inklusive.',
      h1: 'Letra 2.0 – Ordnung zum Anfassen',
      marketing_copy_a:
        'Keine Batterien, keine Tinte, keine App: drehen, drücken, fertig ist das Etikett. Bestellen Sie Ihren Letra jetzt.',
      marketing_copy_b:
        'Das satte Klacken beim Prägen, die kleinen weißen Buchstaben, die man mit dem Finger ertasten kann – so fühlt sich Ordnung an wie früher in Omas Speisekammer. Entdecken Sie den Letra 2.0.',
      marketing_copy_c:
        'Bis zum 31. März gibt es das zweite Gerät zum halben Preis – sichern Sie sich eins für die Küche und eins fürs Büro.',
    },
    {
      field: 'translated_description',
      find: 'Es wiegt rund 200 g',
      replace: 'Es wiegt rund 250 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Gerät ist für 9 mm breites Prägeband ausgelegt; vier Rollen in Rot, Blau, Schwarz und Grün sind dabei, jede 3 m lang.',
  ),
  listing(
    'p04',
    'embossing_label_makers',
    'fr',
    LABEL_MAKER_ZH,
    LABEL_MAKER_SRC,
    {
      translated_description:
        'Letra 2.0 est une étiqueteuse manuelle à embosser au look rétro. Sa molette porte 63 caractères : lettres majuscules de l’alphabet latin, chiffres et symboles courants. Tournez jusqu’au caractère voulu, appuyez fermement, et il apparaît en relief, en blanc, sur le ruban, sans pile ni encre. Elle utilise du ruban à embosser de 9 mm de large et est livrée avec quatre rouleaux (rouge, bleu, noir et vert) de 3 m chacun. Elle pèse environ 200 g et sa poignée est striée pour ne pas glisser. Bocaux de cuisine, classeurs, boîte à outils : avec une étiquette, tout se repère d’un coup d’œil. Astuce : laissez un espace de plus entre les mots, la lecture sera plus nette. Question fréquente : peut-elle imprimer des caractères chinois ? Non, uniquement des lettres latines et des chiffres. Pour toute commande avant le 31 mars, la deuxième étiqueteuse est à moitié prix.',
      seo_title: 'Étiqueteuse à embosser Letra 2.0, 63 caractères',
      meta_description:
        'Étiqueteuse manuelle Letra 2.0 au style rétro : 63 caractères sur la molette, lettres blanches en relief sur ruban de 9 mm, quatre rouleaux fournis.',
      h1: 'Letra 2.0, le rangement qui se lit du bout des doigts',
      marketing_copy_a:
        'Ni pile, ni encre, ni application : on tourne, on appuie, l’étiquette est prête. Commandez votre Letra 2.0 dès aujourd’hui.',
      marketing_copy_b:
        'Le petit clac de la molette, les lettres blanches qu’on sent sous le doigt : le rangement retrouve un charme d’autrefois. Découvrez la Letra 2.0.',
      marketing_copy_c:
        'Jusqu’au 31 mars, la deuxième étiqueteuse est à moitié prix : profitez-en pour équiper aussi le bureau.',
    },
    {
      field: 'translated_description',
      find: 'de 3 m chacun',
      replace: 'de 5 m chacun',
      labels: ['number_dropped', 'number_invented'],
    },
    'Elle pèse environ 200 g et sa poignée est striée pour ne pas glisser.',
  ),
  listing(
    'p05',
    'in_shell_walnuts',
    'en',
    WALNUT_ZH,
    WALNUT_SRC,
    {
      translated_description:
        'These paper-shell walnuts come from Aksu in Xinjiang and were freshly harvested in September 2024. Each box holds 5 jin (2.5 kg). The shells are as thin as paper and crack with a simple squeeze of the hand, no tools needed. The nuts measure 3 to 4 cm (1.2 to 1.6 in) across. More than 60% of each nut’s weight is kernel, plump and pale golden. We dry them naturally, with no bleaching and no processing, so they are lovely straight from the shell and just as good for walnut milk or baking. Note: once they arrive, keep them in a cool, dry place and they will stay fresh for about half a year. “I buy them again every year – they’re my grandson’s favourite,” says Auntie Zhang, a long-time regular of ours. Order two boxes or more and get 15% off.',
      seo_title: 'Aksu Paper-Shell Walnuts, Fresh 2024 Harvest',
      meta_description:
        'Paper-shell walnuts from Aksu, Xinjiang, harvested in September 2024: they crack by hand, are over 60% kernel and are dried naturally with no bleaching.',
      h1: 'Walnuts That Crack in Your Hand',
      marketing_copy_a:
        'No nutcracker, no mess, no bleached shells – just naturally dried walnuts straight from the orchard. Order a box today.',
      marketing_copy_b:
        'Cracking walnuts by the fire while the grandchildren wait for the next kernel is a small winter ritual worth keeping. Shop the new harvest now.',
      marketing_copy_c:
        'Stock up and save: 15% off when you order two boxes or more. Add them to your cart today.',
    },
    {
      field: 'translated_description',
      find: 'More than 60% of each nut’s weight',
      replace: 'More than 70% of each nut’s weight',
      labels: ['number_dropped', 'number_invented'],
    },
    'The nuts measure 3 to 4 cm (1.2 to 1.6 in) across.',
  ),
  listing(
    'p05',
    'in_shell_walnuts',
    'ja',
    WALNUT_ZH,
    WALNUT_SRC,
    {
      translated_description:
        '新疆アクスー産の薄皮クルミです。2024年9月に収穫したばかりの新物で、ひと箱に5斤（2.5kg）入っています。殻は紙のように薄く、手で握るだけで割れるので、道具はいりません。実の直径は3〜4cm、仁の割合は6割以上で、ぎっしり詰まった実は淡い黄色です。私たちは漂白や加工を一切せず、自然乾燥にこだわっています。そのまま食べても、クルミミルクやお菓子作りに使ってもおいしくいただけます。ご注意：お届け後は涼しく乾燥した場所で保管してください。半年ほど保存できます。「毎年リピートしています。孫の大好物なんです」と常連の張さん。2箱以上のご購入で15%オフになります。',
      seo_title: '新疆アクスー産 薄皮クルミ 2024年新物',
      meta_description:
        '2024年9月収穫の新疆アクスー産クルミ。殻が薄く手で割れて、仁の割合は6割以上。漂白なしの自然乾燥で、そのままでもお菓子作りにも。',
      h1: '手で割れる、アクスーの新物クルミ',
      marketing_copy_a:
        'くるみ割り器も力もいりません。漂白なし、自然乾燥のクルミを産地から直接お届けします。今すぐ購入。',
      marketing_copy_b:
        '冬の夜、家族でクルミを割りながら、ひと粒ずつ味わう時間。そんなささやかな楽しみをお届けします。ぜひお試しください。',
      marketing_copy_c: '2箱以上のまとめ買いで15%オフ。新物がなくなる前に、ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      replace: '賞味期限は製造日から12か月です。',
      labels: ['number_invented'],
    },
    '実の直径は3〜4cm、仁の割合は6割以上で、ぎっしり詰まった実は淡い黄色です。',
  ),
  listing(
    'p06',
    'wooden_alphabet_stamp_sets',
    'de',
    STAMP_ZH,
    STAMP_SRC,
    {
      translated_description:
        'Das Holzstempel-Set Stampa umfasst 70 Stempel: 26 Großbuchstaben, 26 Kleinbuchstaben, 10 Ziffern und 8 gängige Symbole, ordentlich einsortiert in einer Buchenholzbox mit Fächern. Die Stempelflächen bestehen aus Naturkautschuk, die Zeichen sind etwa 1,5 cm hoch und drucken mit sauberen Kanten. Dazu gibt es ein Stempelkissen in zwei Farben, Schwarz und Blau, sowie ein Dutzend blanko Kärtchen aus Kraftpapier. Ideal für Bullet Journals, Grußkarten oder Namen auf Geschenken. Unser erfahrener Schreiner schleift jeden Griff von Hand, damit nichts in die Finger piekst. Unser Rat: Vor dem ersten Einsatz ein paar Probeabdrucke auf Schmierpapier machen. Für Kinder ab 6 Jahren unter Aufsicht eines Erwachsenen geeignet.',
      seo_title: 'Stampa Buchstaben-Stempelset aus Holz, 70 Teile',
      meta_description:
        'Holzstempel-Set Stampa mit 70 Stempeln: Groß- und Kleinbuchstaben, Ziffern und Symbole in einer Buchenholzbox, mit Stempelkissen und Kraftpapierkarten.',
      h1: 'Stampa – Worte zum Stempeln',
      marketing_copy_a:
        'Für Journal, Geschenkanhänger und Tischkarten: Buchstaben, Ziffern, Stempelkissen und Karten sind komplett dabei. Bestellen Sie Ihr Stampa-Set jetzt.',
      marketing_copy_b:
        'Ein Name, sorgfältig Buchstabe für Buchstabe gestempelt, sagt mehr als jedes gedruckte Etikett. Kleine Unregelmäßigkeiten inklusive. Entdecken Sie Stampa.',
      marketing_copy_c:
        'Zum Herbstbeginn legen wir ein zusätzliches Stempelkissen in Rot gratis dazu – sichern Sie sich Ihr Set, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: '26 Kleinbuchstaben',
      replace: '28 Kleinbuchstaben',
      labels: ['number_invented'],
    },
    'Die Stempelflächen bestehen aus Naturkautschuk, die Zeichen sind etwa 1,5 cm hoch und drucken mit sauberen Kanten.',
  ),
  listing(
    'p06',
    'wooden_alphabet_stamp_sets',
    'es',
    STAMP_ZH,
    STAMP_SRC,
    {
      translated_description:
        'El set de sellos de madera Stampa incluye 70 piezas: 26 letras mayúsculas, 26 minúsculas, 10 números y 8 símbolos habituales, bien ordenadas en una caja de haya con compartimentos. La superficie de cada sello es de caucho natural y los caracteres miden unos 1,5 cm de alto, con un estampado de bordes nítidos. De regalo trae un tampón de dos colores, negro y azul, y una docena de tarjetas en blanco de papel kraft. Es perfecto para el bullet journal, las tarjetas de felicitación o para poner nombres en los regalos. Nuestro carpintero lija a mano cada mango para que no se claven astillas. Un consejo: antes de usarlo por primera vez, haz unas cuantas pruebas en papel de borrador. Recomendado para niños a partir de 6 años, siempre acompañados de un adulto.',
      seo_title: 'Set de sellos de letras Stampa, madera, 70 piezas',
      meta_description:
        'Set de sellos de madera Stampa con 70 piezas: mayúsculas, minúsculas, números y símbolos en caja de haya, con tampón de dos colores y tarjetas kraft.',
      h1: 'Stampa, palabras que se estampan a mano',
      marketing_copy_a:
        'Letras, números, tampón y tarjetas: todo lo que necesitas para personalizar regalos y cuadernos viene en una sola caja. Consigue tu Stampa ahora.',
      marketing_copy_b:
        'Un nombre estampado letra a letra, con sus pequeñas imperfecciones, dice más que cualquier etiqueta impresa. Es un detalle que se nota. Descubre Stampa.',
      marketing_copy_c:
        'Este otoño, un tampón rojo de regalo con cada set. Pídelo hoy, antes de que se agoten.',
    },
    {
      field: 'translated_description',
      find: 'a partir de 6 años',
      replace: 'a partir de 7 años',
      labels: ['number_dropped', 'number_invented'],
    },
    'La superficie de cada sello es de caucho natural y los caracteres miden unos 1,5 cm de alto, con un estampado de bordes nítidos.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (typewriter) takes styles 0-2, listing 2 (Braille book) 3-5, listing 3 (walnuts) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      7,
      'Note: the question above is a loose rendering of the original idiom – feel free to cut it if it reads oddly.',
    ),
  }),
  (c) => ({ seo_title: `SEO title – ${c.seo_title}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nHope this works for you – happy to adjust the tone if needed!`,
  }),
  (c) => ({
    translated_description: `Sure! Here’s the product description in English:\n\n${c.translated_description}`,
  }),
  (c) => ({ meta_description: `${c.meta_description}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Should I mention the donation share here as well, or keep the promo short?`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'We’ve kept the Chinese unit and added kilograms in brackets, since most buyers won’t know the jin.',
    ),
  }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({
    marketing_copy_a: `As an AI language model, I can’t confirm the harvest details, so please check them before this goes live. ${c.marketing_copy_a}`,
  }),
];

// de: listing 1 (typewriter) takes styles 0-2, listing 2 (label maker) 3-5, listing 3 (stamp set) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      8,
      'Hinweis: Das Zitat von Herrn Liu habe ich sinngemäß und nicht wörtlich übertragen.',
    ),
  }),
  (c) => ({ meta_description: `Meta-Beschreibung: ${c.meta_description}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Let me know if you need a shorter version for mobile.`,
  }),
  (c) => ({
    translated_description: `Hier ist die Übersetzung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Sollen wir hier lieber duzen? Dann passe ich die anderen Texte auch an.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Als KI kann ich nicht prüfen, ob im Original wirklich Buchenholz gemeint ist.',
    ),
  }),
  (c) => ({ h1: `## ${c.h1}` }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
];

// ja: listing 1 (phrasebook) takes styles 0-2, listing 2 (walnuts) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下、商品説明の翻訳です。\n${c.translated_description}` }),
  (c) => ({ meta_description: `メタディスクリプション：${c.meta_description}` }),
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      2,
      '（「おばちゃん」がくだけすぎでしたら「店主」に差し替えます。）',
    ),
  }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      2,
      '※本文はAIによる翻訳のため、収穫時期などの情報は公開前に念のためご確認ください。',
    ),
  }),
  (c) => ({ h1: `**${c.h1}**` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}別のトーンの案が必要でしたら、お気軽にお知らせください。`,
  }),
];

// es: listing 1 (phrasebook) takes styles 0-2, listing 2 (stamp set) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Traducción:\n${c.translated_description}` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} ¿Prefieres que deje «Hazte con» o algo más neutro como «Compra»?`,
  }),
  (c) => ({
    translated_description: `${c.translated_description} Espero que esta traducción te sirva; si necesitas otro tono, dímelo.`,
  }),
  (c) => ({ h1: `"h1": "${c.h1}",` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '(Not sure “letra a letra” sounds natural for Mexico – please double-check.)',
    ),
  }),
];

// fr: listing 1 (Braille book) takes styles 0-2, listing 2 (label maker) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Voici la traduction en français :\n\n${c.translated_description}` }),
  (c) => ({ seo_title: `${c.seo_title} [à valider]` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Note pour Camille : on garde « aveugle » ou on passe à « malvoyant » partout ?`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Nous avons laissé le nom de la marque tel quel, sans le traduire.',
    ),
  }),
  (c) => ({ meta_description: `<p>${c.meta_description}</p>` }),
  (c) => ({ marketing_copy_a: `**Texte A – valeur :** ${c.marketing_copy_a}` }),
];

export const ROUND_68_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap typewriters jam within a week.',
      'Counterfeit Braille books have dots that flatten fast.',
      'Knockoff walnuts are often bleached to look paler.',
      'An imitation ribbon smudges every line.',
    ],
    slogans: ['Every word, by hand.', 'Crack open the season.'],
    chineseLeftovers: [],
    duplicateLead: 'To sum up: ',
    titleStuffing: ' | Gift Idea, Bestseller, Top Rated, Free Shipping, New Arrival',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Prägegeräte verbiegen sich schon beim ersten Etikett.',
      'Eine Fälschung erkennt man an den stumpfen Typen.',
      'Nachahmungen aus Kiefernholz splittern schnell.',
      'Imitate mit Plastikgehäuse klappern beim Tippen.',
    ],
    slogans: ['Ordnung, die man fühlen kann.', 'Schreiben mit Anschlag.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Top-Angebot, Versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のクルミは漂白されていることが多いです。',
      'コピー品の会話帳は誤訳だらけです。',
      '偽物の新疆産クルミにご注意ください。',
      '模倣品は殻が厚くて手では割れません。',
    ],
    slogans: ['旅のことばを、ポケットに。', '秋の恵みを、ひと粒ずつ。'],
    chineseLeftovers: ['这本会话书很实用，出国旅行时一定要带上。', '这些核桃是今年新采摘的，质量非常好。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 おすすめ ギフト 送料無料 即日発送 新作',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los sellos baratos se despegan del mango.',
      'Una guía falsa puede traer errores de traducción.',
      'Las imitaciones de haya suelen ser de pino teñido.',
      'Ojo con la falsificación de guías que circula por internet.',
    ],
    slogans: ['Tu viaje, en tus palabras.', 'Hecho a mano, letra a letra.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Idea regalo, novedad, más vendido, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une étiqueteuse pas chère se grippe vite.',
      'Les contrefaçons de livres tactiles ont des points trop plats.',
      'Méfiez-vous des faux rubans vendus en vrac.',
      'Aucune réplique n’égale la finesse de ce relief.',
    ],
    slogans: ['Lire du bout des doigts.', 'Chaque chose à sa place.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
