// Blind set, round 60 (written without reading the gate, committed before it is scored): six children's-book,
// telephone, jewellery, stationery, event and language-learning products in the categories bilingual_picture_books,
// big_button_phones, engraved_charm_bracelets, recipe_journals, name_badge_kits and english_flash_cards, 12
// hand-written listings, three artifact styles per listing and wording of its own (this round: clean copy that LOOKS
// like model chatter or formatting but is legitimate shop copy, so the clean cases test false alarms: the shop talking
// to the shopper in the second person with questions and requests (Tell us what you would like engraved, Let us know
// the name, Indiquez-nous le texte, Dites-nous, Fragen Sie sich …?, ¿Te preocupa …?, Which language will your child
// choose tonight?), step-by-step instructions (Step 1/2/3, Schritt 1/2/3, paso 1/2/3), products whose attributes are
// named like fields (a recipe journal with „Gericht:“, „Datum:“, „Notizen:“ / 「料理名：」「日付：」「メモ：」 lines, name
// badges with «Nombre:» / « Nom : » lines), review quotes with their reviewer (– Hannah, verified buyer; – Ms Lin;
// – Frau Lin; （3歳の男の子のママ）; – Camille, cliente vérifiée), shopper notes (Note:, Hinweis:, Nota:, Astuce :),
// brackets with extra product information ((sold separately), (separat erhältlich), (a lovely gift …)), chatter
// vocabulary used as product vocabulary (the original English text and its Chinese translation, two languages, a
// downloadable template / plantilla / modèle in Word and PDF, Entwurf and Originalrezept, コピーした切り抜き, English
// flash cards, British and American English), and symbols that belong to the product (the # and * keys of a phone,
// a “<3” heart charm, an A–Z poster); the artifacts are real model chatter of varied kinds in each language's own
// wording: lead-ins before the description, requests for feedback and offers of another version after a copy,
// questions to the requester, AI disclaimers, translator's notes and notes on the source, markdown headings and bold,
// HTML tags, code fences (one with a JSON field), a markdown rule with an italic remark, field-label prefixes and
// sign-offs; no digits in artifacts that land in the description, title or meta); legitimate numbers:
// Lingobee 12 books (12冊), 3 to 6 years (3～6歳), 32 pages, 两种语速 (two speeds, 2種類), 两种语言 (two languages, 2つの
// 言語), 60 stickers (60枚), 一套 (a set: idiomatic);
// Callmo 2 cm keys, # and * keys (symbols, no number), 3 photo keys (3 Fototasten, 3 teclas), 按一下 (ein Druck, con
// solo pulsar: idiomatic), 90 dB, 五档 (fünf Stufen, cinco niveles), 三步 (drei Schritten, tres pasos), 第1/2/3步
// (Schritt 1/2/3, paso 1/2/3);
// Lumette 925 silver (argent 925), 16 cm (6.3 in), 3 cm (1.2 in) extender, “<3” heart (the 3 is in the source too),
// up to 10 letters or numbers (10 lettres ou chiffres), 48 hours (48 heures), 一张 (a card: article);
// Panbook A5 (5), 100 pages (100ページ), 120 g paper (120 g/m², 120g), 8 tabs (8 farbige Registerreiter, 8枚), the
// field names 菜名/日期/人数/用时/备注 (Gericht, Datum, Portionen, Zubereitungszeit, Notizen / 料理名, 日付, 人数, 調理時間,
// メモ), 一栏 (ein Feld: article);
// Tagora 50 holders, 50 inserts and 50 lanyards (50 fundas/tarjetas/cordones, 50 porte-badges/cartes/cordons), 9×6 cm
// (9 × 6 cm), 两行 (dos líneas, deux lignes), 两种格式 (dos formatos, deux formats), A4 (4), 8 cards per sheet (8
// tarjetas, 8 cartes), 90 cm;
// Wordfox 400 cards (400 Karten), 20 topics (20 Themen), 两种发音 (two pronunciations, zwei Aussprachen), 10×7 cm
// (3.9 × 2.8 in), 350 g card (350 gsm, 350-g-Karton), 第1/2/3步 (Step 1/2/3, Schritt 1/2/3), 一句话 (a sentence:
// article), no number in the review quote.
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const BOOK_ZH = 'Lingobee 中英双语绘本 全12册 扫码听音频';
const BOOK_SRC =
  'Lingobee 中英双语绘本一套12册，每页上方是英文原版文字，下方是对应的中文翻译，适合3至6岁的孩子。每册32页，全彩印刷，采用环保大豆油墨和加厚铜版纸，小手翻页也不易撕破。扫描封底二维码，即可收听英语外教和中文老师的双语朗读音频，每个故事都有慢速和正常两种语速。套装附赠亲子阅读打卡表和60张单词贴纸。睡前亲子共读、孩子自主阅读都合适，让孩子在故事里自然接触两种语言。';
const PHONE_ZH = 'Callmo 老人大按键座机 3个照片快捷键';
const PHONE_SRC =
  'Callmo 老人专用大按键电话，每个按键宽2厘米，数字又大又清晰，#键和*键也同样加大。机身有3个照片快捷键，贴上家人的照片，按一下就能直接拨出。来电铃声最高90分贝，同时有闪光灯提示，耳背的老人也不会错过电话。听筒音量五档可调，兼容助听器。设置照片快捷键只需三步：第1步，长按快捷键；第2步，输入电话号码；第3步，按#键保存。注意：本机需连接固定电话线路，不能插手机卡。';
const BRACELET_ZH = 'Lumette 925银刻字手链 <3爱心吊坠';
const BRACELET_SRC =
  'Lumette 刻字手链采用925纯银，链长16厘米，另带3厘米延长链，松紧可自由调节。吊坠是俏皮的"<3"爱心造型，正面可刻字，最多10个字母或数字，背面还可以刻日期。下单时请在备注里告诉我们您想刻的内容，我们会在48小时内完成刻字并发货。表面镀铑处理，不易氧化发黑，日常佩戴也能保持光泽。随手链附赠丝绒礼盒和一张手写贺卡，送女友、闺蜜、妈妈都很合适。';
const RECIPE_ZH = 'Panbook 手写食谱本 A5 100页 附分类标签';
const RECIPE_SRC =
  'Panbook 手写食谱本为A5尺寸，共100页食谱页，每页都印有"菜名：""日期：""人数：""用时："等栏目，下面是食材清单和步骤记录区，最后还有一栏"备注："。内页采用120克加厚道林纸，钢笔书写也不洇墨。前面附有目录页和8枚彩色分类标签，方便按汤品、主菜、甜点等归类。封面为可擦拭的PU皮革，沾上油渍擦一擦就干净。适合记录家传菜谱，也是送给新婚朋友的好礼物。';
const BADGE_ZH = 'Tagora 会议胸牌套装 50套 附挂绳和模板';
const BADGE_SRC =
  'Tagora 会议胸牌套装含50个透明胸卡套和50张可打印内页，内页尺寸9×6厘米，印有"姓名：""单位："两行浅灰色引导线，手写、打印都可以。官网可免费下载Word和PDF两种格式的模板，用A4纸打印后沿预切线撕下即可，每张A4纸可打8张。另配50条尼龙挂绳，长90厘米，颈后带安全扣，受力过大时会自动断开。适合展会、培训、年会和志愿者活动使用。';
const CARDS_ZH = 'Wordfox 英语单词闪卡 400张 英美双音 附卡盒';
const CARDS_SRC =
  'Wordfox 英语启蒙闪卡共400张，按动物、食物、颜色、交通等20个主题分类，正面是实物照片，背面是英文单词、音标和例句。每张卡片右上角印有点读码，配合点读笔（需另购）可听英音和美音两种发音。卡片尺寸10×7厘米，圆角设计，350克铜版纸覆膜，防水耐撕。附赠收纳卡盒和家长指导手册。玩法很简单：第1步看图猜词，第2步翻面读单词，第3步用例句说一句话。买家评价："孩子每天主动拿卡片来考我。"——林女士';

export const ROUND_60_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'bilingual_picture_books',
    'en',
    BOOK_ZH,
    BOOK_SRC,
    {
      translated_description:
        'The Lingobee bilingual picture book set contains 12 books. On every page, the original English text sits at the top and the matching Chinese translation underneath, and the stories are written for children aged 3 to 6. Each book has 32 full-colour pages printed with eco-friendly soy ink on thick coated paper, so little hands can turn the pages without tearing them. Scan the QR code on the back cover to hear the stories read aloud in both languages by a native English teacher and a Chinese teacher, at two speeds: slow and normal. The set also includes a parent-and-child reading chart and 60 word stickers. Use it for bedtime reading together or let your child read alone – either way, two languages become part of the story.',
      seo_title: 'Lingobee English–Chinese Picture Book Set, 12 Books',
      meta_description:
        'Bilingual picture book set with 12 books for ages 3 to 6: the original English text above, the Chinese translation below, and audio in both languages.',
      h1: 'Lingobee – Stories Your Child Can Hear in Two Languages',
      marketing_copy_a:
        'Twelve books, audio read by native speakers and stickers for practising new words – everything you need to start a bilingual bedtime routine. Order the Lingobee set today.',
      marketing_copy_b:
        'Which language will your child choose tonight? Some evenings it’s English, some evenings it’s Chinese, and sometimes it’s both, page after page. Discover Lingobee.',
      marketing_copy_c:
        'Note: this month every set ships with a free bookmark for each reader in the family. Shop now while stocks last.',
    },
    { field: 'seo_title', find: '12 Books', replace: '15 Books', labels: ['number_invented'] },
    'The set also includes a parent-and-child reading chart and 60 word stickers.',
  ),
  listing(
    'p01',
    'bilingual_picture_books',
    'ja',
    BOOK_ZH,
    BOOK_SRC,
    {
      translated_description:
        'Lingobeeの中英バイリンガル絵本は全12冊のセットです。各ページの上段に英語の原文、下段に対応する中国語訳を載せていて、対象年齢は3～6歳です。各冊32ページのオールカラーで、環境にやさしい大豆インクと厚手のコート紙を使用しているため、小さな手でページをめくっても破れにくくなっています。裏表紙のQRコードを読み取ると、英語ネイティブの先生と中国語の先生による読み聞かせ音声を聞くことができ、どのお話もゆっくりと普通の2種類のスピードから選べます。セットには親子の読書記録表と単語シール60枚が付いています。寝る前の読み聞かせにも、ひとり読みにもぴったり。お話を楽しみながら、2つの言語に自然と親しめます。',
      seo_title: 'Lingobee 中英バイリンガル絵本 全12冊 音声付き',
      meta_description:
        '英語の原文と中国語訳を同じページに並べたバイリンガル絵本、全12冊。3～6歳向けで、QRコードから読み聞かせ音声も聞けます。',
      h1: 'Lingobee 英語と中国語で楽しむ絵本',
      marketing_copy_a:
        '絵本12冊に、ネイティブの読み聞かせ音声と単語シールまでそろっているので、おうちでのバイリンガル育児をすぐに始められます。今すぐ購入。',
      marketing_copy_b:
        'レビューより：「英語で読んだあと、中国語でもう一度読んでとせがまれます」（3歳の男の子のママ）。そんな毎晩のひとときを、あなたのご家庭にも。ぜひチェックしてください。',
      marketing_copy_c: '今月は、ご家族の人数分のしおりを無料でお付けします。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '各冊32ページ',
      replace: '各冊36ページ',
      labels: ['number_dropped', 'number_invented'],
    },
    'セットには親子の読書記録表と単語シール60枚が付いています。',
  ),
  listing(
    'p02',
    'big_button_phones',
    'de',
    PHONE_ZH,
    PHONE_SRC,
    {
      translated_description:
        'Das Seniorentelefon Callmo hat große Tasten mit 2 cm Breite und gut lesbaren Ziffern; auch die Tasten # und * sind extra groß. Am Gerät sitzen 3 Fototasten: Kleben Sie Bilder Ihrer Liebsten darauf, und ein Druck genügt, um sie anzurufen. Der Klingelton erreicht bis zu 90 dB und wird von einem Blitzlicht begleitet, damit auch schwerhörige Menschen keinen Anruf verpassen. Die Hörerlautstärke lässt sich in fünf Stufen einstellen, und das Telefon ist mit Hörgeräten kompatibel. Eine Fototaste belegen Sie in drei Schritten: Schritt 1: Fototaste lange drücken. Schritt 2: Telefonnummer eingeben. Schritt 3: Mit der Taste # speichern. Hinweis: Das Telefon benötigt einen Festnetzanschluss und nimmt keine SIM-Karte auf.',
      seo_title: 'Callmo Seniorentelefon mit großen Tasten und 3 Fototasten',
      meta_description:
        'Großtastentelefon Callmo für Senioren: 3 Fototasten für Ihre Liebsten, lauter Klingelton mit Blitzlicht, Hörer in fünf Stufen regelbar, hörgerätekompatibel.',
      h1: 'Callmo – Telefonieren, so einfach wie früher',
      marketing_copy_a:
        'Große Tasten, Fotowahl und ein Klingelton, den man auch im Garten hört: Hier muss niemand mehr nach der Brille suchen. Jetzt bestellen.',
      marketing_copy_b:
        'Fragen Sie sich manchmal, ob Ihre Mutter allein zurechtkommt? Ein Druck auf Ihr Foto, und sie hat Sie am Apparat – und Sie hören öfter ihre Stimme. Entdecken Sie Callmo.',
      marketing_copy_c:
        'Nur diesen Monat: Ersatzrahmen für die Fotos gratis zu jedem Telefon. Sichern Sie sich Ihr Callmo, solange der Vorrat reicht.',
    },
    { field: 'seo_title', find: '3 Fototasten', replace: '4 Fototasten', labels: ['number_invented'] },
    'Der Klingelton erreicht bis zu 90 dB und wird von einem Blitzlicht begleitet, damit auch schwerhörige Menschen keinen Anruf verpassen.',
  ),
  listing(
    'p02',
    'big_button_phones',
    'es',
    PHONE_ZH,
    PHONE_SRC,
    {
      translated_description:
        'El teléfono Callmo para personas mayores tiene teclas grandes de 2 cm de ancho con números bien legibles, y las teclas # y * también son más grandes. Lleva 3 teclas con foto: pega en ellas las fotos de tus familiares y llámalos con solo pulsar. El timbre llega hasta 90 dB y se acompaña de un aviso luminoso, para que nadie se pierda una llamada aunque oiga poco. El volumen del auricular se regula en cinco niveles y es compatible con audífonos. Configurar una tecla con foto lleva tres pasos: paso 1, mantén pulsada la tecla; paso 2, marca el número de teléfono; paso 3, pulsa # para guardar. Nota: el teléfono necesita una línea fija y no admite tarjeta SIM.',
      seo_title: 'Teléfono para mayores Callmo, teclas grandes y 3 con foto',
      meta_description:
        'Teléfono fijo Callmo de teclas grandes para mayores: 3 teclas con foto, timbre potente con aviso luminoso, volumen en cinco niveles y compatible con audífonos.',
      h1: 'Callmo, la familia a solo una tecla',
      marketing_copy_a:
        'Teclas grandes, marcación por foto y un timbre que se oye desde el jardín: sin gafas, sin agenda y sin complicaciones. Compra tu Callmo.',
      marketing_copy_b:
        '¿Te preocupa que tu padre no sepa llamarte? Con tu foto en una tecla, tu voz le queda siempre a mano. Descubre Callmo.',
      marketing_copy_c:
        'Solo este mes, marcos de repuesto para las fotos de regalo con cada teléfono. Pídelo ya.',
    },
    {
      field: 'translated_description',
      find: 'llega hasta 90 dB',
      replace: 'llega hasta 100 dB',
      labels: ['number_dropped', 'number_invented'],
    },
    'El timbre llega hasta 90 dB y se acompaña de un aviso luminoso, para que nadie se pierda una llamada aunque oiga poco.',
  ),
  listing(
    'p03',
    'engraved_charm_bracelets',
    'en',
    BRACELET_ZH,
    BRACELET_SRC,
    {
      translated_description:
        'The Lumette engravable bracelet is made of 925 sterling silver, with a 16 cm (6.3 in) chain and a 3 cm (1.2 in) extender, so you can adjust the fit freely. The charm is a playful “<3” heart: the front can be engraved with up to 10 letters or numbers, and the back has room for a date. Tell us what you would like engraved in the order notes at checkout, and we will engrave and ship your bracelet within 48 hours. The rhodium-plated surface resists tarnishing, so it keeps its shine even when worn every day. Each bracelet comes in a velvet gift box with a handwritten card (a lovely gift for a girlfriend, best friend or mum).',
      seo_title: 'Lumette Engraved 925 Silver Bracelet, <3 Heart Charm',
      meta_description:
        'Personalised bracelet in 925 sterling silver with a “<3” heart charm: up to 10 letters on the front, a date on the back, engraved and shipped in 48 hours.',
      h1: 'Lumette – Your Words on a Little Silver Heart',
      marketing_copy_a:
        'Solid sterling silver, rhodium plating against tarnish and engraving included in the price – a keepsake that lasts. Order your Lumette bracelet today.',
      marketing_copy_b:
        '“She hasn’t taken it off since her birthday.” – Hannah, verified buyer. Let us know the name or date that matters most, and we’ll put it right where she can see it. Shop the Lumette bracelet.',
      marketing_copy_c:
        'Gift season offer: free express shipping on every engraved bracelet this week. Tell us your text at checkout and order now.',
    },
    {
      field: 'translated_description',
      find: 'within 48 hours',
      replace: 'within 24 hours',
      labels: ['number_dropped', 'number_invented'],
    },
    'The Lumette engravable bracelet is made of 925 sterling silver, with a 16 cm (6.3 in) chain and a 3 cm (1.2 in) extender, so you can adjust the fit freely.',
  ),
  listing(
    'p03',
    'engraved_charm_bracelets',
    'fr',
    BRACELET_ZH,
    BRACELET_SRC,
    {
      translated_description:
        'Le bracelet à graver Lumette est en argent 925, avec une chaîne de 16 cm et une rallonge de 3 cm pour ajuster librement la taille. Sa breloque en forme de cœur « <3 » ne manque pas de malice : le recto accepte jusqu’à 10 lettres ou chiffres, et le verso peut recevoir une date. Lors de votre commande, indiquez-nous simplement le texte à graver dans le champ commentaire ; nous gravons et expédions votre bracelet sous 48 heures. Sa surface rhodiée résiste à l’oxydation et garde tout son éclat, même portée au quotidien. Il est livré dans un écrin en velours avec une carte écrite à la main (une belle idée cadeau pour votre amoureuse, votre meilleure amie ou votre maman).',
      seo_title: 'Bracelet gravé Lumette en argent 925, breloque cœur <3',
      meta_description:
        'Bracelet personnalisé Lumette en argent 925 avec breloque cœur « <3 » : jusqu’à 10 lettres au recto, une date au verso, gravé et expédié sous 48 heures.',
      h1: 'Lumette, vos mots sur un petit cœur d’argent',
      marketing_copy_a:
        'Argent massif, finition rhodiée contre le noircissement et gravure comprise dans le prix : un bijou qui traverse les années. Commandez votre Lumette dès aujourd’hui.',
      marketing_copy_b:
        '« Elle ne l’a plus quitté depuis son anniversaire. » – Camille, cliente vérifiée. Dites-nous le prénom ou la date qui compte, nous le gravons là où elle le verra chaque jour. Découvrez Lumette.',
      marketing_copy_c:
        'Offre fêtes : livraison express offerte sur tous les bracelets gravés cette semaine. Ajoutez le vôtre au panier et précisez votre texte.',
    },
    {
      field: 'meta_description',
      find: 'jusqu’à 10 lettres',
      replace: 'jusqu’à 12 lettres',
      labels: ['number_invented'],
    },
    'Le bracelet à graver Lumette est en argent 925, avec une chaîne de 16 cm et une rallonge de 3 cm pour ajuster librement la taille.',
  ),
  listing(
    'p04',
    'recipe_journals',
    'de',
    RECIPE_ZH,
    RECIPE_SRC,
    {
      translated_description:
        'Das Rezeptbuch zum Selberschreiben von Panbook im Format A5 enthält 100 Rezeptseiten. Jede Seite hat vorgedruckte Felder für „Gericht:“, „Datum:“, „Portionen:“ und „Zubereitungszeit:“, darunter Platz für die Zutatenliste und die einzelnen Arbeitsschritte und ganz unten ein Feld „Notizen:“. Das Papier ist mit 120 g/m² besonders kräftig, sodass auch Füllertinte nicht durchschlägt. Vorne finden Sie ein Inhaltsverzeichnis und 8 farbige Registerreiter, mit denen Sie Suppen, Hauptgerichte, Desserts und mehr sortieren. Der Einband aus PU-Leder ist abwischbar, Fettspritzer sind im Nu entfernt. Ideal, um Familienrezepte festzuhalten – und ein schönes Geschenk zur Hochzeit.',
      seo_title: 'Panbook Rezeptbuch zum Selberschreiben, A5, 100 Seiten',
      meta_description:
        'Rezeptbuch Panbook in A5 mit 100 vorgedruckten Rezeptseiten, kräftigem 120-g-Papier, Registerreitern und abwischbarem Einband – für Ihre Familienrezepte.',
      h1: 'Panbook – Ihre Lieblingsrezepte, sauber gesammelt',
      marketing_copy_a:
        'Statt loser Zettel und fleckiger Ausdrucke: alle Rezepte an einem Ort, übersichtlich sortiert und abwischbar. Jetzt bestellen.',
      marketing_copy_b:
        'Vom ersten Entwurf auf der Serviette bis zum Originalrezept, nach dem die ganze Familie fragt – schreiben Sie es auf, bevor es in Vergessenheit gerät. Entdecken Sie Panbook.',
      marketing_copy_c:
        'Zur Hochzeitssaison gibt es eine Geschenkbanderole gratis dazu – legen Sie das Buch gleich in den Warenkorb.',
    },
    {
      field: 'translated_description',
      find: 'mit 120 g/m²',
      replace: 'mit 140 g/m²',
      labels: ['number_dropped', 'number_invented'],
    },
    'Vorne finden Sie ein Inhaltsverzeichnis und 8 farbige Registerreiter, mit denen Sie Suppen, Hauptgerichte, Desserts und mehr sortieren.',
  ),
  listing(
    'p04',
    'recipe_journals',
    'ja',
    RECIPE_ZH,
    RECIPE_SRC,
    {
      translated_description:
        'Panbookの手書きレシピノートはA5サイズで、レシピページが100ページ入っています。各ページには「料理名：」「日付：」「人数：」「調理時間：」の欄が印刷されていて、その下に材料と作り方を書き込むスペース、いちばん下には「メモ：」欄があります。用紙は120gの厚手上質紙なので、万年筆で書いてもにじみません。巻頭には目次ページとカラーのインデックスラベル8枚が付いていて、スープ、メイン、デザートなどに分けて整理できます。表紙は拭き取れるPUレザーで、油はねもさっと拭けばきれいになります。受け継いだ家庭の味を書き残すのにも、結婚のお祝いにもおすすめです。',
      seo_title: 'Panbook 手書きレシピノート A5 100ページ',
      meta_description:
        '料理名・日付・人数・調理時間の欄が入ったA5の手書きレシピノート。120gの厚手用紙で万年筆もにじまず、表紙は拭き取れるPUレザーです。',
      h1: 'Panbook わが家の味を書き残すノート',
      marketing_copy_a:
        'メモ用紙やコピーした切り抜きの束を、もう探さなくて大丈夫。欄に沿って書くだけで、レシピがきれいにそろいます。今すぐ購入。',
      marketing_copy_b:
        '母に教わった煮物の味も、何度も試して決まった自分の味も、手書きの文字で残せば思い出ごと受け継げます。ぜひチェックしてください。',
      marketing_copy_c: '結婚祝いシーズン限定で、名入れ用のギフトシールをお付けします。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '100ページ', replace: '150ページ', labels: ['number_invented'] },
    '巻頭には目次ページとカラーのインデックスラベル8枚が付いていて、スープ、メイン、デザートなどに分けて整理できます。',
  ),
  listing(
    'p05',
    'name_badge_kits',
    'es',
    BADGE_ZH,
    BADGE_SRC,
    {
      translated_description:
        'El kit de identificadores Tagora incluye 50 fundas transparentes y 50 tarjetas imprimibles de 9 × 6 cm con dos líneas guía en gris claro, «Nombre:» y «Empresa:», para rellenarlas a mano o imprimirlas. En nuestra web puedes descargar gratis la plantilla en dos formatos, Word y PDF: imprímela en papel A4 y separa las tarjetas por el precorte; cada hoja A4 da para 8 tarjetas. Además trae 50 cordones de nailon de 90 cm con cierre de seguridad en la nuca, que se abre solo si se tira con demasiada fuerza. Ideal para ferias, cursos de formación, cenas de empresa y actividades de voluntariado.',
      seo_title: 'Kit de identificadores Tagora, 50 fundas con cordón',
      meta_description:
        'Kit Tagora con 50 fundas, 50 tarjetas imprimibles de 9 × 6 cm y 50 cordones con cierre de seguridad. Plantilla gratuita en Word y PDF para papel A4.',
      h1: 'Tagora, identificadores listos para tu evento',
      marketing_copy_a:
        'Fundas, tarjetas y cordones en una sola caja, y la plantilla gratis para imprimir los nombres en minutos. Consigue tu kit Tagora.',
      marketing_copy_b:
        '¿Cuántas veces has olvidado el nombre de alguien nada más oírlo? Con el nombre a la vista, las conversaciones fluyen desde el primer saludo. Descubre Tagora.',
      marketing_copy_c:
        'Para los eventos de otoño: envío gratis en pedidos de dos o más kits. Pídelo hoy y tenlo todo listo a tiempo.',
    },
    {
      field: 'translated_description',
      replace: 'Cada funda tiene un grosor de 0,3 mm.',
      labels: ['number_invented'],
    },
    'Además trae 50 cordones de nailon de 90 cm con cierre de seguridad en la nuca, que se abre solo si se tira con demasiada fuerza.',
  ),
  listing(
    'p05',
    'name_badge_kits',
    'fr',
    BADGE_ZH,
    BADGE_SRC,
    {
      translated_description:
        'Le kit de badges Tagora comprend 50 porte-badges transparents et 50 cartes imprimables de 9 × 6 cm, avec deux lignes guides gris clair, « Nom : » et « Société : », à remplir à la main ou à imprimer. Sur notre site, vous pouvez télécharger gratuitement le modèle en deux formats, Word et PDF : imprimez-le sur du papier A4, puis détachez les cartes le long des prédécoupes ; chaque feuille A4 donne 8 cartes. Le kit contient aussi 50 cordons en nylon de 90 cm, munis d’un fermoir de sécurité à l’arrière du cou qui s’ouvre en cas de traction trop forte. Idéal pour les salons, les formations, les soirées d’entreprise et les actions de bénévolat.',
      seo_title: 'Kit de badges Tagora : 50 porte-badges avec cordons',
      meta_description:
        'Kit Tagora de 50 porte-badges, 50 cartes de 9 × 6 cm et 50 cordons de sécurité, avec un modèle gratuit Word et PDF à imprimer sur papier A4.',
      h1: 'Tagora, des badges prêts pour votre événement',
      marketing_copy_a:
        'Porte-badges, cartes et cordons dans une seule boîte, plus le modèle gratuit pour imprimer tous les noms en quelques minutes. Commandez votre kit Tagora.',
      marketing_copy_b:
        'Astuce : imprimez les prénoms en grand, vos invités se salueront par leur nom dès l’accueil. Une petite attention qui change l’ambiance d’une journée. Découvrez Tagora.',
      marketing_copy_c:
        'Pour la rentrée des salons, livraison offerte dès deux kits achetés. Profitez-en vite !',
    },
    { field: 'seo_title', find: '50 porte-badges', replace: '60 porte-badges', labels: ['number_invented'] },
    'Le kit contient aussi 50 cordons en nylon de 90 cm, munis d’un fermoir de sécurité à l’arrière du cou qui s’ouvre en cas de traction trop forte.',
  ),
  listing(
    'p06',
    'english_flash_cards',
    'en',
    CARDS_ZH,
    CARDS_SRC,
    {
      translated_description:
        'The Wordfox English flash card set contains 400 cards, sorted into 20 topics such as animals, food, colours and transport. The front of each card shows a real photo; the back gives the English word, its phonetic transcription and an example sentence. A code printed in the top right corner works with a reading pen (sold separately), so your child can hear each word in two pronunciations, British and American. The cards measure 10 × 7 cm (3.9 × 2.8 in), have rounded corners and are made of laminated 350 gsm coated card that is waterproof and tear-resistant. A storage box and a parents’ guide are included. Playing is easy: Step 1, guess the word from the picture; Step 2, flip the card and read the word; Step 3, say a sentence of your own, using the example. Customer review: “My son brings me the cards every day so he can quiz me.” – Ms Lin',
      seo_title: 'Wordfox English Flash Cards, 400 Cards in 20 Topics',
      meta_description:
        '400 English flash cards in 20 topics, with real photos, phonetic spelling and example sentences, plus British and American audio via a reading pen.',
      h1: 'Wordfox – First English Words, Card by Card',
      marketing_copy_a:
        'Four hundred sturdy, wipe-clean cards, a storage box and a guide for parents: a complete English starter kit that survives sticky fingers. Get your Wordfox set.',
      marketing_copy_b:
        'Remember the pride of your first words in a new language? Watch it on your child’s face when “elephant” finally comes out right. Discover Wordfox.',
      marketing_copy_c:
        'Back-to-school offer: a free A–Z alphabet poster with every set this month. Add it to your cart today.',
    },
    {
      field: 'meta_description',
      find: '400 English flash cards',
      replace: '500 English flash cards',
      labels: ['number_invented'],
    },
    'The cards measure 10 × 7 cm (3.9 × 2.8 in), have rounded corners and are made of laminated 350 gsm coated card that is waterproof and tear-resistant.',
  ),
  listing(
    'p06',
    'english_flash_cards',
    'de',
    CARDS_ZH,
    CARDS_SRC,
    {
      translated_description:
        'Das Englisch-Lernkartenset Wordfox umfasst 400 Karten in 20 Themen wie Tiere, Essen, Farben und Verkehr. Vorne zeigt jede Karte ein echtes Foto, hinten stehen das englische Wort, die Lautschrift und ein Beispielsatz. Ein Code oben rechts funktioniert mit einem Lesestift (separat erhältlich), mit dem Ihr Kind jedes Wort in zwei Aussprachen hört: britisch und amerikanisch. Die Karten sind 10 × 7 cm groß, haben abgerundete Ecken und bestehen aus laminiertem 350-g-Bilderdruckkarton, wasserfest und reißfest. Eine Aufbewahrungsbox und ein Elternratgeber liegen bei. So einfach geht’s: Schritt 1: Wort anhand des Bildes raten. Schritt 2: Karte umdrehen und das Wort lesen. Schritt 3: Mit dem Beispielsatz einen eigenen Satz bilden. Aus einer Kundenbewertung: „Mein Sohn bringt mir jeden Tag die Karten, damit er mich abfragen kann.“ – Frau Lin',
      seo_title: 'Wordfox Englisch-Lernkarten, 400 Karten in 20 Themen',
      meta_description:
        'Englisch-Lernkarten Wordfox: 400 Karten mit Fotos, Lautschrift und Beispielsätzen in 20 Themen, britische und amerikanische Aussprache per Lesestift.',
      h1: 'Wordfox – Englisch lernen, Karte für Karte',
      marketing_copy_a:
        'Vierhundert robuste, abwischbare Karten, eine Box und ein Ratgeber für Eltern: ein komplettes Englisch-Startpaket, das auch klebrige Finger übersteht. Jetzt bestellen.',
      marketing_copy_b:
        'Erinnern Sie sich an den Stolz über die ersten Wörter in einer neuen Sprache? Sehen Sie ihn im Gesicht Ihres Kindes, wenn „elephant“ endlich sitzt. Entdecken Sie Wordfox.',
      marketing_copy_c:
        'Zum Schulstart gibt es ein ABC-Poster gratis zu jedem Set – sichern Sie sich Ihres, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'laminiertem 350-g-Bilderdruckkarton',
      replace: 'laminiertem 300-g-Bilderdruckkarton',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Karten sind 10 × 7 cm groß, haben abgerundete Ecken und bestehen aus laminiertem 350-g-Bilderdruckkarton, wasserfest und reißfest.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (picture books) takes styles 0-2, listing 2 (bracelet) 3-5, listing 3 (flash cards) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure – below is the product description translated into natural English, ready to paste into the listing:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nWould you like me to try a version that mentions the audio too? Happy to tweak it.`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nNote: I kept the heart symbol exactly as it appears in the source text, since it describes the shape of the charm rather than being an emoticon.`,
  }),
  (c) => ({ marketing_copy_c: `\`\`\`\n${c.marketing_copy_c}\n\`\`\`` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nPlease keep in mind that, as an AI, I wasn’t able to verify which reading pens the codes work with, so you may want to confirm this with the supplier.`,
  }),
  (c) => ({ marketing_copy_a: `Of course! Here’s the value-focused copy:\n${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n---\n*Emotional angle, kept within the requested length.*`,
  }),
];

// de: listing 1 (phone) takes styles 0-2, listing 2 (recipe journal) 3-5, listing 3 (flash cards) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne! Hier ist die Produktbeschreibung auf Deutsch:\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nSoll ich die Ansprache neutraler halten, also ohne die Mutter zu erwähnen?`,
  }),
  (c) => ({ h1: `## ${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description} Hinweis: Als KI-Modell kann ich die Papierstärke nicht am Produkt überprüfen, ich habe die Angabe aus dem Originaltext übernommen.`,
  }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, die Texte passen so für Sie! Wenn Sie möchten, formuliere ich sie gern noch um.`,
  }),
  (c) => ({ marketing_copy_c: `**Werbetext (Aktion):** ${c.marketing_copy_c}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '(Anmerkung zur Übersetzung: „Lautschrift“ ist im Deutschen geläufiger als „phonetische Umschrift“, daher diese Wahl.)',
    ),
  }),
  (c) => ({
    marketing_copy_a: `\`\`\`json\n{ "marketing_copy_a": "${c.marketing_copy_a}" }\n\`\`\``,
  }),
];

// ja: listing 1 (picture books) takes styles 0-2, listing 2 (recipe journal) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `以下は商品説明を日本語に訳したものです。\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nトーンの調整や別の案が必要でしたら、お気軽にお申し付けください。`,
  }),
  (c) => ({ h1: `【見出し】${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description}（注：用紙の厚さは原文の表記をそのまま訳しています。AIのため、実物での確認はできていません。）`,
  }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_b: `承知しました。感情に訴えるタイプのコピー案は次のとおりです。\n${c.marketing_copy_b}`,
  }),
];

// es: listing 1 (phone) takes styles 0-2, listing 2 (name badges) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Por supuesto! Esta es la descripción traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\n¿Quieres que adapte el tono para el público latinoamericano?`,
  }),
  (c) => ({ h1: `**${c.h1}**` }),
  (c) => ({
    translated_description: `${c.translated_description} Como modelo de lenguaje, no puedo comprobar si la plantilla sigue disponible en la web del fabricante, así que conviene verificarlo.`,
  }),
  (c) => ({ marketing_copy_c: `\`\`\`\n${c.marketing_copy_c}\n\`\`\`` }),
  (c) => ({ marketing_copy_b: `Traducción: ${c.marketing_copy_b}` }),
];

// fr: listing 1 (bracelet) takes styles 0-2, listing 2 (name badges) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Bien sûr ! Voici la description du produit traduite en français :\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nDites-moi si vous souhaitez une version plus courte ou un ton plus sobre !`,
  }),
  (c) => ({ h1: `<h2>${c.h1}</h2>` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Remarque de traduction : j’ai rendu l’expression chinoise par « lignes guides » ; « lignes de repère » conviendrait aussi.)',
    ),
  }),
  (c) => ({
    marketing_copy_a: `En tant qu’assistant IA, je vous propose ce texte axé sur la valeur :\n${c.marketing_copy_a}`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nBonne continuation avec votre fiche produit, et à votre disposition pour d’autres textes.`,
  }),
];

export const ROUND_60_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap bracelets turn your wrist green within weeks.',
      'Knockoff flash cards fall apart after a few games.',
      'A counterfeit silver charm tarnishes in no time.',
      'Imitation picture books often come with smudgy ink.',
    ],
    slogans: ['Little words, big worlds.', 'Engraved with love, worn every day.'],
    chineseLeftovers: [],
    duplicateLead: 'To sum up: ',
    titleStuffing: ' | Gift Idea, Best Seller, Top Rated, Free Shipping, New In',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Tastentelefone klingeln oft viel zu leise.',
      'Eine Fälschung erkennt man sofort am dünnen Papier.',
      'Nachahmungen unserer Lernkarten reißen schon nach wenigen Runden.',
      'Ein Imitat aus dem Discounter wellt sich beim ersten Fettspritzer.',
    ],
    slogans: ['Klingelt laut, spricht klar.', 'Was schmeckt, wird aufgeschrieben.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Top-Angebot, Versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のノートは紙が薄くてインクがにじみます。',
      'コピー品の絵本は色がくすんでいます。',
      '偽物の音声コードは読み取れないことがあります。',
      '模倣品のノートは表紙がすぐにはがれます。',
    ],
    slogans: ['ページをめくれば、ふたつの世界。', 'わが家の味は、手書きで残す。'],
    chineseLeftovers: ['这套绘本的故事很有趣，孩子们都很喜欢听。', '这本食谱本的纸张很厚，写起来非常顺手。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 おすすめ 新作 ギフト 送料無料 即日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los teléfonos baratos suenan demasiado bajo.',
      'Una imitación de estas fundas se raja enseguida.',
      'Las falsificaciones de cordones no llevan cierre de seguridad.',
      'Un identificador falso no pasa ningún control de acceso.',
    ],
    slogans: ['Un nombre, una sonrisa.', 'Llamar nunca fue tan fácil.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Regalo, novedad, más vendido, envío gratis, oferta especial',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un bracelet pas cher noircit en quelques semaines.',
      'Les contrefaçons de badges se déchirent au premier salon.',
      'Une fausse breloque en argent s’oxyde très vite.',
      'Aucune réplique ne grave aussi finement que nous.',
    ],
    slogans: ['Des mots gravés pour toujours.', 'Un nom, un sourire.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
