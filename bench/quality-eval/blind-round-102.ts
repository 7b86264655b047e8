// Blind set, round 102 (written without reading the gate, committed before it is scored): six products for writers,
// coffee drinkers, phone users and skincare in the categories novel_plotting_notebooks, fountain_pen_inks,
// stovetop_moka_pots, pour_over_coffee_scales, magnetic_phone_wallets and cleansing_balms, 12 hand-written listings,
// three artifact styles per listing and wording of its own. Theme: clean copy that a careless chatter detector would
// flag. The clean listings use, naturally and as real shops do, the shapes model chatter also has: quoted words and
// customer quotes, brackets in titles ("(A5, 192 Pages)", "(2025 Model)", "[MagSafe]", "(Version 2.0)", 【限定】),
// the words version / edition / draft (draft pages, Entwürfe), note / Hinweis / Remarque / Nota / ご注意, certified
// (a certified safety valve, dermatologically tested), final sale, a shortened manual and a shortened ingredient
// list, questions to the shopper offering a choice ("Lined or dot grid?", "3-cup or 6-cup?"), the shop owner's "I"
// (Outline) and the maker's "we", tips and warnings, a safety data sheet and a manual offered for download, product
// names that are words (Outline, Footnote, Ritual, Ratio, Carry, Reset), 万年筆 (fountain pen: 万 is no number there)
// and 一台 as an idiom in ja. Artifact style of this round: the common kinds the llm_artifact definition names, in
// wordings of their own (lead-ins before the description, AI disclaimers before a copy, sign-offs after a copy or the
// description, code fences, HTML tags, a JSON fragment, markdown headings and bold labels, field-label prefixes on
// h1 or a copy, a translator's note), no digits in artifacts that land in the description, title or meta.
// Legitimate numbers:
// Outline 八年 (eight years, acht Jahre), A5 (5), 192 pages (192 Seiten), 100克 (100 gsm, 100-g-Papier), 24 pages,
// 三幕 (three-act, Drei-Akt-Modell), 60 pages, 180度 (180 degrees, 180 Grad), idioms 一本 (my own), 最后一页 (the last
// page), 几十本 (dozens, Dutzende: not a number);
// Footnote 50毫升 (50 ml), 十二色 (全12色, douze couleurs), about 15 seconds (約15秒, 15 secondes environ), idiom 一张 (a
// swatch card, un nuancier), 万年筆 (no number);
// Ritual 2025款 (2025 model, modelo 2025), 304 stainless steel, 3杯 and 6杯 (3-cup, 6-cup, 3 y 6 tazas), 两种规格 (two
// sizes, dos tamaños), about 150 ml and 300 ml, 两个人 (for two, sois dos), about 5 minutes, idioms 一次 (at a time,
// cada vez) and 一个人 (on your own, a solas);
// Ratio 0.1克 (0.1g, 0,1 g), 2公斤 (2 kg), 1000 mAh, about 30 hours (約30時間, rund 30 Stunden), 1:15, 15 g, 225 g, idioms
// 一边…一边 (while, gleichzeitig), 一次 (one charge, einer Ladung), これ一台で (all in one: not a number);
// Carry iPhone 12, N52 (52), 3 cards (3 cartes), 三种颜色 (three colours, trois couleurs), idiom 一推 (a single slide,
// d'un simple geste);
// Reset 2.0 (Version 2.0, versión 2.0: a version number keeps its dot), 100 g, 7种 (sieben Pflanzenöle, 7 aceites),
// about 30 seconds (etwa 30 Sekunden, unos 30 segundos), 两年 (zwei Jahre, dos años).
// Number edits: Outline en title 192 → 240 pages (invented), de 100 → 120 g paper (dropped + invented); Footnote ja meta
// 50 → 60 ml (invented), fr douze → quinze couleurs (number word, dropped + invented); Ritual en an added weight of
// 450 g at the end of the description (invented), es 300 → 360 ml (dropped + invented); Ratio de title 0,1 → 0,01 g
// (invented), ja 30 → 40 hours (dropped + invented); Carry en iPhone 12 → 11 (dropped + invented), fr meta 3 → 4
// cards (invented); Reset de sieben → neun Pflanzenöle (number word, dropped + invented), es title 100 → 150 g
// (invented).
import type { Language } from '@content-pipeline/languages';
import { type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const NOTEBOOK_ZH = 'Outline 小说大纲笔记本 A5精装 192页';
const NOTEBOOK_SRC =
  'Outline 小说大纲笔记本是我专门为写作的朋友们做的。我自己写网络小说八年，草稿本用坏了几十本，一直没找到顺手的，干脆自己设计了一本。A5精装，共192页，内页是100克无酸纸，钢笔写上去不洇不透。前面有24页人物卡，可以记下每个角色的外貌、性格和口头禅；中间是三幕结构的情节表；后面留了60页空白草稿页。内页分横线版和点阵版：对话写得多的选横线，爱画人物关系图的选点阵。小贴士：书脊是锁线装订，可以180度平摊，写到最后一页也不用压着。';
const INK_ZH = 'Footnote 钢笔墨水 50毫升 “夜读”限定版';
const INK_SRC =
  'Footnote 钢笔墨水每瓶50毫升，全系列共十二色，这次新推出的是“夜读”限定版，颜色是偏蓝的墨黑色。我们用的是染料配方，出水流畅不堵笔，日常书写、写手帐都合适。干燥时间约15秒，左手写字也不容易蹭脏。瓶口做得比较宽，大容量的钢笔也能直接吸墨。注意：这款墨水不防水，不建议用来签合同或写信封地址。每瓶附一张试色卡，完整的安全数据表可以在店铺首页下载。温馨提示：墨水开封后不退不换，请先看好颜色再下单。';
const MOKA_ZH = 'Ritual 不锈钢摩卡壶 2025款 3杯/6杯';
const MOKA_SRC =
  'Ritual 摩卡壶2025款，壶身采用304不锈钢，燃气灶、电陶炉、电磁炉都能用。有3杯和6杯两种规格：3杯款一次约出150毫升咖啡，6杯款约300毫升。一个人喝选3杯，两个人或者喜欢做拿铁的选6杯。安全阀经过认证，壶内压力过高时会自动泄压。从点火到煮好大约5分钟，听到“咕噜咕噜”的声音就可以关火了。注意：咖啡粉装满就好，不要压实，否则容易喷溅。纸质说明书写得比较简略，完整的电子版可以在我们官网下载。';
const SCALE_ZH = 'Ratio 手冲咖啡秤 0.1克精度 带计时';
const SCALE_SRC =
  'Ratio 手冲咖啡秤精度0.1克，最大称重2公斤，自带计时，一边注水一边就能看时间和重量。秤面配有硅胶隔热垫，放热水壶、分享壶都不怕烫。内置1000毫安时锂电池，充满一次可以用约30小时。设有自动模式：放上滤杯后，水一流下去就自动开始计时。小窍门：新手可以先按1:15的粉水比来冲，比如15克咖啡粉配225克水。常有顾客问我们：磨豆的时候也能用吗？当然可以，称豆、冲煮都靠它。';
const WALLET_ZH = 'Carry 磁吸卡包支架【MagSafe兼容】头层牛皮';
const WALLET_SRC =
  'Carry 磁吸卡包兼容MagSafe，适用于iPhone 12及以后的机型。外皮采用头层牛皮，用久了会慢慢出现自然光泽。内置N52强磁，吸得很牢，走路、跑步都不容易掉。卡槽可放3张卡，侧边留有推卡口，拇指一推卡就出来。背面翻盖可以当支架，横着竖着都能立起来看视频。有黑色、棕色、橄榄绿三种颜色，你是喜欢低调的深色，还是想要亮一点的绿色？注意：请勿将酒店房卡等磁条卡与磁铁贴放在一起，以免消磁。';
const BALM_ZH = 'Reset 卸妆膏 2.0升级版 100克';
const BALM_SRC =
  'Reset 卸妆膏2.0升级版，每罐100克，质地像黄油，碰到体温就化成油。配方含7种植物油，连防水睫毛膏也能轻松卸掉。加水乳化后会变成乳液，冲洗后脸上不油腻。已通过皮肤科测试，敏感肌也可以用。用法：在干的脸上按摩约30秒，再加少量清水乳化，然后冲洗干净。注意：请用干手或附带的小勺取用，别让水进到罐子里。老顾客王小姐说：“旧版我用了两年，新版冲洗起来更快了。”详情页只列出了主要成分，完整成分表印在外盒上。';

export const ROUND_102_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'novel_plotting_notebooks',
    'en',
    NOTEBOOK_ZH,
    NOTEBOOK_SRC,
    {
      translated_description:
        'I designed the Outline novel-plotting notebook for fellow writers. I have been writing web fiction for eight years and wore out dozens of draft books without ever finding one that felt right, so in the end I made my own. It is an A5 hardback with 192 pages of 100 gsm acid-free paper that takes fountain-pen ink without feathering or bleeding through. At the front you will find 24 pages of character sheets for each character’s looks, temperament and catchphrases; in the middle, a plot planner built on the three-act structure; and at the back, 60 blank pages for your drafts. The pages come in a lined version and a dot-grid version: choose lined if your story is heavy on dialogue, or dot grid if you like to map out how your characters are connected. Tip: the spine is thread-sewn, so the notebook opens flat to 180 degrees and you never have to hold it down, right up to the last page.',
      seo_title: 'Outline Novel Plotting Notebook (A5, 192 Pages)',
      meta_description:
        'A5 hardback notebook for novelists: 24 pages of character sheets, a three-act plot planner and 60 pages for drafts. Lined or dot grid – which is yours?',
      h1: 'Outline – The Plotting Notebook I Always Wanted',
      marketing_copy_a:
        'Character sheets, a three-act planner and plenty of room for drafts, bound in a single hardback that lies flat on your desk. Stop juggling sticky notes and loose files: order your Outline today.',
      marketing_copy_b:
        '“Who is this character, really?” Every story begins with a question like that, and now the answer has a home. Give your next novel the notebook it deserves. Discover Outline.',
      marketing_copy_c:
        'Lined or dot grid? Whichever you pick this month, a set of tabbed chapter markers comes free with your notebook. Shop now while stocks last.',
    },
    { field: 'seo_title', find: '192 Pages', replace: '240 Pages', labels: ['number_invented'] },
    'Tip: the spine is thread-sewn, so the notebook opens flat to 180 degrees and you never have to hold it down, right up to the last page.',
  ),
  listing(
    'p01',
    'novel_plotting_notebooks',
    'de',
    NOTEBOOK_ZH,
    NOTEBOOK_SRC,
    {
      translated_description:
        'Das Romanplanungs-Notizbuch Outline habe ich für alle gemacht, die schreiben. Ich schreibe seit acht Jahren Webromane, habe Dutzende Hefte für Entwürfe verbraucht und nie eines gefunden, das wirklich passte – also habe ich kurzerhand mein eigenes gestaltet. Es ist ein A5-Hardcover mit 192 Seiten aus säurefreiem 100-g-Papier, auf dem Füllertinte weder ausfranst noch durchschlägt. Vorne finden Sie 24 Seiten Figurenbögen für Aussehen, Charakter und Lieblingssprüche jeder Figur, in der Mitte einen Handlungsplaner nach dem Drei-Akt-Modell und hinten 60 leere Seiten für Entwürfe. Die Innenseiten gibt es liniert oder gepunktet: Wer viele Dialoge schreibt, nimmt die linierte Version, wer gern Beziehungsnetze zwischen Figuren zeichnet, die gepunktete. Tipp: Der Buchrücken ist fadengeheftet, so liegt das Buch um 180 Grad flach auf und Sie müssen es bis zur letzten Seite nicht festhalten.',
      seo_title: 'Outline Notizbuch für Romanautoren (A5, 192 Seiten)',
      meta_description:
        'A5-Notizbuch zum Plotten: 24 Seiten Figurenbögen, ein Drei-Akt-Planer und 60 Seiten für Entwürfe. Liniert oder gepunktet – welche Version passt zu Ihnen?',
      h1: 'Outline – vom Einfall zum fertigen Plot',
      marketing_copy_a:
        'Figurenbögen, Handlungsplaner und Platz für Entwürfe in einem Hardcover, das flach auf dem Schreibtisch liegt. Schluss mit losen Zetteln – jetzt bestellen.',
      marketing_copy_b:
        '„Wer ist diese Figur eigentlich?“ Mit dieser Frage beginnt jede Geschichte, und jetzt hat die Antwort einen festen Platz. Entdecken Sie Outline und geben Sie Ihrem nächsten Roman ein Zuhause.',
      marketing_copy_c:
        'Liniert oder gepunktet? Ganz gleich, wofür Sie sich entscheiden: Diesen Monat gibt es Kapitel-Registerreiter gratis dazu. Sichern Sie sich Ihr Exemplar.',
    },
    {
      field: 'translated_description',
      find: '100-g-Papier',
      replace: '120-g-Papier',
      labels: ['number_dropped', 'number_invented'],
    },
    'Ich schreibe seit acht Jahren Webromane, habe Dutzende Hefte für Entwürfe verbraucht und nie eines gefunden, das wirklich passte – also habe ich kurzerhand mein eigenes gestaltet.',
  ),
  listing(
    'p02',
    'fountain_pen_inks',
    'ja',
    INK_ZH,
    INK_SRC,
    {
      translated_description:
        'Footnoteの万年筆インクは容量50ml、シリーズ全12色。今回新たに登場したのは、限定の「夜読」エディションです。色は青みがかった墨色。私たちは染料ベースの処方を採用しており、インクフローがなめらかで詰まりにくく、普段の筆記にも手帳にもぴったりです。乾燥時間は約15秒なので、左利きの方でも手がこすれて汚れにくくなっています。ボトルの口を広めにしているため、大容量の万年筆も直接吸入できます。ご注意：このインクは耐水性ではないため、契約書へのサインや封筒の宛名書きにはおすすめしません。各ボトルに試し書き用のカラーカードが付属し、詳しい安全データシートはショップのトップページからダウンロードいただけます。※開封後の返品・交換はお受けできません。色をよくご確認のうえ、ご注文ください。',
      seo_title: '【限定】Footnote 万年筆インク「夜読」50ml',
      meta_description:
        '容量50ml・全12色の万年筆インクから、限定の「夜読」エディションが登場。乾きが速く、左利きの方にも使いやすい青みがかった墨色です。',
      h1: 'Footnote 夜の読書に寄り添う、青みの墨色',
      marketing_copy_a:
        '乾きが速く、詰まりにくく、大きな万年筆にも吸入しやすい。毎日たっぷり書く人のためのインクです。今すぐ購入。',
      marketing_copy_b:
        '夜、静かな机で日記を開く。「今日はどんな日だった？」と書き出すその文字が、少しだけ深い青に染まります。ぜひお試しください。',
      marketing_copy_c: '「夜読」エディションは数量限定、なくなり次第終了です。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '容量50ml', replace: '容量60ml', labels: ['number_invented'] },
    '乾燥時間は約15秒なので、左利きの方でも手がこすれて汚れにくくなっています。',
  ),
  listing(
    'p02',
    'fountain_pen_inks',
    'fr',
    INK_ZH,
    INK_SRC,
    {
      translated_description:
        'L’encre pour stylo plume Footnote est proposée en flacons de 50 ml et en douze couleurs ; la nouveauté, c’est l’édition limitée « Lecture du soir », un noir d’encre aux reflets bleutés. Nous utilisons une formule à base de colorants : elle coule avec fluidité, n’encrasse pas le stylo et convient aussi bien à l’écriture de tous les jours qu’au bullet journal. Elle sèche en 15 secondes environ, si bien que même les gauchers ne maculent pas leur page. Le goulot est assez large pour que les stylos de grande contenance se remplissent directement dans le flacon. Remarque : cette encre n’est pas résistante à l’eau, nous la déconseillons donc pour signer un contrat ou écrire une adresse sur une enveloppe. Chaque flacon est accompagné d’un nuancier, et la fiche de données de sécurité complète est téléchargeable sur la page d’accueil de la boutique. Bon à savoir : une fois ouverte, l’encre n’est ni reprise ni échangée ; vérifiez bien la couleur avant de commander.',
      seo_title: 'Encre Footnote « Lecture du soir », flacon de 50 ml',
      meta_description:
        'Encre pour stylo plume en flacon de 50 ml, édition limitée « Lecture du soir » : un noir bleuté qui sèche vite et n’encrasse pas la plume. À découvrir.',
      h1: 'Footnote, le bleu-noir des lectures tardives',
      marketing_copy_a:
        'Un séchage rapide, une plume qui ne s’encrasse pas et un goulot large qui facilite le remplissage : l’encre idéale pour écrire beaucoup, tous les jours. Commandez votre flacon.',
      marketing_copy_b:
        'La maison dort, la lampe éclaire votre carnet et les mots prennent la couleur d’un ciel de minuit. Offrez-vous ce moment : découvrez « Lecture du soir ».',
      marketing_copy_c:
        'Édition limitée : quand elle est épuisée, elle ne revient pas. Ajoutez-la à votre panier dès maintenant.',
    },
    {
      field: 'translated_description',
      find: 'en douze couleurs',
      replace: 'en quinze couleurs',
      labels: ['number_dropped', 'number_invented'],
    },
    'Elle sèche en 15 secondes environ, si bien que même les gauchers ne maculent pas leur page.',
  ),
  listing(
    'p03',
    'stovetop_moka_pots',
    'en',
    MOKA_ZH,
    MOKA_SRC,
    {
      translated_description:
        'The Ritual moka pot (2025 model) is made of 304 stainless steel and works on gas, ceramic and induction hobs alike. It comes in two sizes, 3-cup and 6-cup: the 3-cup version brews about 150 ml of coffee at a time, the 6-cup version about 300 ml. Drinking on your own? Go for the 3-cup. Brewing for two, or fond of lattes? Choose the 6-cup. The safety valve is certified and releases pressure automatically if it builds up too high inside the pot. From lighting the flame to a finished brew takes about 5 minutes; once you hear that “gurgle-gurgle”, it is time to turn off the heat. Please note: fill the basket with ground coffee but do not tamp it down, or it may spurt. The printed manual is a shortened version; the full manual can be downloaded from our website.',
      seo_title: 'Ritual Stainless Steel Moka Pot (2025 Model), 3 or 6 Cups',
      meta_description:
        'Ritual moka pot in 304 stainless steel for gas, ceramic and induction hobs, with a certified safety valve. 3-cup or 6-cup: which suits your mornings?',
      h1: 'Ritual – Your Morning Espresso, Straight from the Stove',
      marketing_copy_a:
        'No capsules, no pods, no plug: just steel, water and ground coffee, on any hob in your kitchen, induction included. Get your Ritual today.',
      marketing_copy_b:
        'That gurgle from the stove, the smell drifting down the hall, a quiet cup before the house wakes up. Some mornings deserve a ritual. Treat yourself to this one.',
      marketing_copy_c:
        'Launch offer on the 2025 model: a free steel milk jug with every 6-cup pot this month. Order now while stocks last.',
    },
    { field: 'translated_description', replace: 'The pot weighs just 450 g.', labels: ['number_invented'] },
    'From lighting the flame to a finished brew takes about 5 minutes; once you hear that “gurgle-gurgle”, it is time to turn off the heat.',
  ),
  listing(
    'p03',
    'stovetop_moka_pots',
    'es',
    MOKA_ZH,
    MOKA_SRC,
    {
      translated_description:
        'La cafetera moka Ritual (modelo 2025) es de acero inoxidable 304 y sirve para cocinas de gas, vitrocerámicas y de inducción. Hay dos tamaños, de 3 y de 6 tazas: la versión de 3 tazas prepara unos 150 ml de café cada vez y la de 6 tazas, unos 300 ml. ¿Lo tomas a solas? Elige la de 3 tazas. ¿Sois dos en casa o te encanta el café con leche? Mejor la de 6. La válvula de seguridad está certificada y libera la presión automáticamente si sube demasiado dentro de la cafetera. Desde que enciendes el fuego hasta que el café está listo pasan unos 5 minutos; cuando oigas el «blup, blup», apaga el fuego. Nota: llena el filtro de café molido, pero sin prensarlo, o podría salpicar. El manual impreso es una versión abreviada; la versión completa se puede descargar en nuestra web.',
      seo_title: 'Cafetera moka Ritual (modelo 2025), 3 o 6 tazas',
      meta_description:
        'Cafetera moka de acero inoxidable para gas, vitrocerámica e inducción, con válvula de seguridad certificada. ¿De 3 o de 6 tazas? Tú eliges.',
      h1: 'Ritual, el espresso de siempre en tu fogón',
      marketing_copy_a:
        'Sin cápsulas ni enchufes: solo acero, agua y café molido, en cualquier cocina de tu casa, inducción incluida. Compra tu Ritual.',
      marketing_copy_b:
        'El borboteo en el fogón, el aroma que llega hasta el pasillo, una taza tranquila antes de que despierte la casa. Regálate ese momento cada mañana.',
      marketing_copy_c:
        'Oferta de lanzamiento: jarra de leche de acero de regalo con cada cafetera de 6 tazas, solo este mes. Pídela ya.',
    },
    {
      field: 'translated_description',
      find: 'unos 300 ml',
      replace: 'unos 360 ml',
      labels: ['number_dropped', 'number_invented'],
    },
    'La cafetera moka Ritual (modelo 2025) es de acero inoxidable 304 y sirve para cocinas de gas, vitrocerámicas y de inducción.',
  ),
  listing(
    'p04',
    'pour_over_coffee_scales',
    'de',
    SCALE_ZH,
    SCALE_SRC,
    {
      translated_description:
        'Die Handfilter-Kaffeewaage Ratio wiegt auf 0,1 g genau, trägt bis zu 2 kg und hat einen eingebauten Timer, sodass Sie beim Aufgießen Zeit und Gewicht gleichzeitig im Blick haben. Auf der Wiegefläche liegt eine hitzebeständige Silikonmatte, auf die Sie Wasserkessel und Servierkanne bedenkenlos stellen können. Der eingebaute Lithium-Akku mit 1000 mAh hält mit einer Ladung rund 30 Stunden durch. Im Automatikmodus startet der Timer von selbst, sobald nach dem Aufsetzen des Filters Wasser durchläuft. Unser Tipp für Einsteiger: Beginnen Sie mit einem Verhältnis von 1:15, also 15 g Kaffeepulver auf 225 g Wasser. Kunden fragen uns oft: Kann ich die Waage auch beim Mahlen verwenden? Natürlich – ob Bohnen abwiegen oder brühen, sie ist immer dabei.',
      seo_title: 'Ratio Kaffeewaage mit Timer, auf 0,1 g genau',
      meta_description:
        'Kaffeewaage für Handfilter: 0,1 g Genauigkeit, bis 2 kg, Timer mit Automatikstart und Silikonmatte gegen Hitze. Welches Rezept probieren Sie zuerst?',
      h1: 'Ratio – Handfilterkaffee nach Gramm und Sekunde',
      marketing_copy_a:
        'Waage, Timer und Hitzeschutz in einem flachen Gerät, das neben jeden Wasserkocher passt. Schluss mit Schätzen beim Aufgießen – jetzt bestellen.',
      marketing_copy_b:
        'Der Duft, wenn das heiße Wasser das Pulver aufblühen lässt, und die Gewissheit, dass die Tasse genau so wird wie gestern. Entdecken Sie Ratio.',
      marketing_copy_c:
        'Nur bis Monatsende: ein Beutel Filterpapier gratis zu jeder Ratio. Sichern Sie sich Ihre Waage jetzt.',
    },
    { field: 'seo_title', find: 'auf 0,1 g genau', replace: 'auf 0,01 g genau', labels: ['number_invented'] },
    'Der eingebaute Lithium-Akku mit 1000 mAh hält mit einer Ladung rund 30 Stunden durch.',
  ),
  listing(
    'p04',
    'pour_over_coffee_scales',
    'ja',
    SCALE_ZH,
    SCALE_SRC,
    {
      translated_description:
        'Ratioのハンドドリップ用コーヒースケールは、0.1g単位で量れて、最大2kgまで計量できます。タイマー付きなので、お湯を注ぎながら時間と重さを同時に確認できます。計量面にはシリコンの耐熱マットが付いていて、ケトルやサーバーを置いても熱くなりません。1000mAhのリチウム電池を内蔵し、満充電で約30時間使えます。オートモードでは、ドリッパーをのせたあと、お湯が落ち始めると自動でタイマーがスタートします。コツ：初めての方は、まず粉と湯の比率1:15から試してみてください。たとえばコーヒー粉15gにお湯225gです。「豆を挽くときにも使えますか？」というご質問をよくいただきます。もちろん使えます。豆の計量から抽出まで、これ一台で。',
      seo_title: 'Ratio コーヒースケール タイマー付き 0.1g単位',
      meta_description:
        '0.1g単位・最大2kgのハンドドリップ用スケール。注ぐと自動で計測が始まるタイマーと耐熱シリコンマット付きで、毎朝のコーヒーが安定します。',
      h1: 'Ratio 計って、注いで、いつもの味に',
      marketing_copy_a:
        'スケールとタイマーと耐熱マットが、これひとつに。ドリップの「なんとなく」をなくしたい方に。今すぐ購入。',
      marketing_copy_b:
        'ふくらむ粉、立ちのぼる香り。昨日と同じおいしさを、今日もきちんと。ぜひお試しください。',
      marketing_copy_c: '今月末まで、ペーパーフィルターをおまけでお付けしています。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '約30時間',
      replace: '約40時間',
      labels: ['number_dropped', 'number_invented'],
    },
    'たとえばコーヒー粉15gにお湯225gです。',
  ),
  listing(
    'p05',
    'magnetic_phone_wallets',
    'en',
    WALLET_ZH,
    WALLET_SRC,
    {
      translated_description:
        'The Carry magnetic card wallet is MagSafe-compatible and fits iPhone 12 and later models. The outer shell is full-grain cowhide that slowly develops a natural sheen over time. Built-in N52 magnets hold it firmly in place, so it stays put whether you are walking or running. The card slot holds 3 cards, and a thumb cut-out on the side lets you push them out with a single slide. The flap on the back doubles as a stand, propping your phone up in portrait or landscape for watching videos. It comes in three colours, black, brown and olive green: are you more of a classic dark-tones person, or would you rather have a splash of green? Please note: keep hotel key cards and other magnetic-stripe cards away from the magnets so they are not wiped.',
      seo_title: 'Carry [MagSafe] Leather Card Wallet & Stand, 3 Cards',
      meta_description:
        'Full-grain leather MagSafe card wallet for iPhone 12 and later: holds 3 cards, doubles as a stand and comes in black, brown or olive green.',
      h1: 'Carry – Your Cards, Right Where Your Phone Is',
      marketing_copy_a:
        'Cards, stand and phone in a single slim layer of leather, so your bulky wallet can finally stay at home. Shop the Carry now.',
      marketing_copy_b:
        '“Where did I put my card?” Not any more. Tap to pay, then prop up your phone for the ride home, all with the same quiet click. Discover Carry in your favourite colour.',
      marketing_copy_c:
        'Final sale on olive green: once this batch is gone, the colour will not be restocked. Grab yours today.',
    },
    {
      field: 'translated_description',
      find: 'fits iPhone 12 and later',
      replace: 'fits iPhone 11 and later',
      labels: ['number_dropped', 'number_invented'],
    },
    'Built-in N52 magnets hold it firmly in place, so it stays put whether you are walking or running.',
  ),
  listing(
    'p05',
    'magnetic_phone_wallets',
    'fr',
    WALLET_ZH,
    WALLET_SRC,
    {
      translated_description:
        'Le porte-cartes magnétique Carry est compatible MagSafe et convient à l’iPhone 12 et aux modèles plus récents. L’extérieur en cuir de vache pleine fleur se patine lentement et prend un joli lustre naturel. Ses aimants N52 intégrés tiennent fermement : il ne se décroche ni en marchant ni en courant. La poche accueille 3 cartes, et une encoche sur le côté permet de les faire glisser d’un simple geste du pouce. Le rabat au dos sert de support pour regarder des vidéos, en mode portrait comme en paysage. Trois couleurs au choix, noir, marron ou vert olive : plutôt tons sombres et discrets, ou envie d’une touche de vert ? Attention : ne rangez pas vos cartes d’hôtel ou autres cartes à bande magnétique contre les aimants, elles risqueraient d’être démagnétisées.',
      seo_title: 'Porte-cartes Carry [MagSafe] en cuir avec support',
      meta_description:
        'Porte-cartes magnétique en cuir pleine fleur compatible MagSafe : 3 cartes, aimants puissants et rabat support. Noir, marron ou vert olive ?',
      h1: 'Carry, vos cartes toujours au dos de votre téléphone',
      marketing_copy_a:
        'Cartes, support et téléphone réunis en une fine couche de cuir : votre portefeuille encombrant peut rester à la maison. Commandez votre Carry.',
      marketing_copy_b:
        '« Mais où est passée ma carte ? » Cette question appartient au passé. Un geste pour payer, un autre pour caler votre téléphone dans le train. Découvrez Carry dans la couleur qui vous ressemble.',
      marketing_copy_c:
        'Dernière série en vert olive : une fois épuisée, cette couleur ne sera pas rééditée. Profitez-en dès aujourd’hui.',
    },
    { field: 'meta_description', find: ': 3 cartes', replace: ': 4 cartes', labels: ['number_invented'] },
    'Le porte-cartes magnétique Carry est compatible MagSafe et convient à l’iPhone 12 et aux modèles plus récents.',
  ),
  listing(
    'p06',
    'cleansing_balms',
    'de',
    BALM_ZH,
    BALM_SRC,
    {
      translated_description:
        'Der Reinigungsbalsam Reset in der verbesserten Version 2.0 kommt im 100-g-Tiegel und hat eine butterweiche Textur, die auf der warmen Haut zu Öl schmilzt. Die Rezeptur enthält sieben Pflanzenöle und löst selbst wasserfeste Mascara mühelos. Mit etwas Wasser emulgiert der Balsam zu einer Milch, die sich abspülen lässt, ohne einen Fettfilm zu hinterlassen. Dermatologisch getestet und auch für empfindliche Haut geeignet. Anwendung: Etwa 30 Sekunden auf das trockene Gesicht einmassieren, dann mit wenig Wasser emulgieren und gründlich abspülen. Hinweis: Bitte nur mit trockenen Händen oder dem beiliegenden Spatel entnehmen und kein Wasser in den Tiegel gelangen lassen. Stammkundin Frau Wang sagt: „Die alte Version habe ich zwei Jahre lang benutzt, die neue lässt sich noch schneller abspülen.“ Auf dieser Seite sind nur die wichtigsten Inhaltsstoffe aufgeführt; die vollständige Liste steht auf der Umverpackung.',
      seo_title: 'Reset Reinigungsbalsam (Version 2.0), 100 g',
      meta_description:
        'Reinigungsbalsam mit Pflanzenölen: schmilzt auf der Haut, löst wasserfeste Mascara und spült sich ohne Fettfilm ab. Dermatologisch getestet, 100 g.',
      h1: 'Reset – Make-up runter, Ruhe rein',
      marketing_copy_a:
        'Ein Tiegel ersetzt Augen-Make-up-Entferner und Reinigungsöl: Mascara, Foundation und Sonnencreme lösen sich in einem Schritt. Jetzt bestellen.',
      marketing_copy_b:
        'Abends die Haut von allem befreien, was der Tag hinterlassen hat, und sich dabei wie im Spa fühlen. Gönnen Sie sich dieses kleine Ritual – entdecken Sie Reset.',
      marketing_copy_c:
        'Zum Start der neuen Version gibt es ein Musselintuch gratis zu jedem Tiegel. Sichern Sie sich Ihr Reset jetzt.',
    },
    {
      field: 'translated_description',
      find: 'sieben Pflanzenöle',
      replace: 'neun Pflanzenöle',
      labels: ['number_dropped', 'number_invented'],
    },
    'Anwendung: Etwa 30 Sekunden auf das trockene Gesicht einmassieren, dann mit wenig Wasser emulgieren und gründlich abspülen.',
  ),
  listing(
    'p06',
    'cleansing_balms',
    'es',
    BALM_ZH,
    BALM_SRC,
    {
      translated_description:
        'El bálsamo desmaquillante Reset, en su versión mejorada 2.0, viene en tarros de 100 g y tiene una textura mantecosa que se funde en aceite al contacto con la piel. Su fórmula lleva 7 aceites vegetales y retira sin esfuerzo incluso la máscara de pestañas resistente al agua. Al añadir agua se emulsiona y se convierte en una leche que se aclara sin dejar la cara grasa. Está testado dermatológicamente y es apto para pieles sensibles. Modo de uso: masajea el rostro seco durante unos 30 segundos, añade un poco de agua para emulsionar y aclara bien. Nota: sácalo con las manos secas o con la espátula incluida y evita que entre agua en el tarro. Nuestra clienta, la señora Wang, lo cuenta así: «Usé la versión anterior durante dos años y la nueva se aclara todavía más rápido». En esta página solo aparecen los ingredientes principales; la lista completa está impresa en la caja.',
      seo_title: 'Bálsamo desmaquillante Reset (versión 2.0), 100 g',
      meta_description:
        'Bálsamo desmaquillante que se funde en aceite y retira hasta la máscara resistente al agua. Testado dermatológicamente, apto para piel sensible. ¿Lo pruebas?',
      h1: 'Reset, la rutina de noche que apetece',
      marketing_copy_a:
        'Un solo tarro sustituye al desmaquillante de ojos y al aceite limpiador: máscara, base y protector solar fuera en un paso. Compra tu Reset.',
      marketing_copy_b:
        'Llegar a casa, quitarte el día de la cara y notar la piel suave y tranquila. Regálate ese momento cada noche.',
      marketing_copy_c:
        'Por el lanzamiento de la nueva versión, toalla de muselina de regalo con cada tarro. Aprovecha la oferta.',
    },
    { field: 'seo_title', find: '100 g', replace: '150 g', labels: ['number_invented'] },
    'Su fórmula lleva 7 aceites vegetales y retira sin esfuerzo incluso la máscara de pestañas resistente al agua.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (notebook) takes styles 0-2, listing 2 (moka pot) 3-5, listing 3 (phone wallet) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Below is the product description translated into English:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `**H1:** ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `As an AI language model, I don’t write novels myself, but here is an emotion-focused version: ${c.marketing_copy_b}`,
  }),
  (c) => ({
    translated_description: `<div class="product-description">\n<p>${c.translated_description}</p>\n</div>`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHope this works for you! Happy to draft a few more variations if needed.`,
  }),
  (c) => ({ marketing_copy_a: `{"marketing_copy_a": "${c.marketing_copy_a}"}` }),
  (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nTranslator’s note: “full-grain cowhide” is my rendering of the source’s leather grade; adjust it if your catalogue uses another term.`,
  }),
];

// de: listing 1 (notebook) takes styles 0-2, listing 2 (coffee scale) 3-5, listing 3 (cleansing balm) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne, hier ist die deutsche Übersetzung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, die Texte gefallen Ihnen – sagen Sie einfach Bescheid, wenn ich etwas anpassen soll!`,
  }),
  (c) => ({ h1: `Überschrift (H1): ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `Als KI-Modell kann ich selbst keinen Kaffee riechen, aber hier ist ein emotionaler Vorschlag: ${c.marketing_copy_b}`,
  }),
  (c) => ({ translated_description: `### Produktbeschreibung\n\n${c.translated_description}` }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ marketing_copy_a: `**Nutzenorientierter Text:** ${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAnmerkung zur Übersetzung: „Tiegel“ klingt hochwertiger als „Dose“, deshalb habe ich dieses Wort gewählt.`,
  }),
];

// ja: listing 1 (fountain pen ink) takes styles 0-2, listing 2 (coffee scale) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `承知いたしました。以下が商品説明の日本語訳になります。\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `AIである私は実際にインクを試すことはできませんが、感情に訴える文案を以下にご提案します。\n${c.marketing_copy_b}`,
  }),
  (c) => ({ h1: `見出し（H1）：${c.h1}` }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n修正のご希望があれば、いつでもお気軽にお知らせください。`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
];

// es: listing 1 (moka pot) takes styles 0-2, listing 2 (cleansing balm) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la descripción del producto traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_c: `<p>${c.marketing_copy_c}</p>` }),
  (c) => ({ h1: `## ${c.h1}` }),
  (c) => ({ marketing_copy_a: `Texto de marketing A (valor): ${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n¡Espero que te sirva! Si quieres, puedo ajustar el tono o acortar el texto.`,
  }),
  (c) => ({
    marketing_copy_b: `Como modelo de lenguaje no tengo piel que cuidar, pero aquí va una propuesta emotiva: ${c.marketing_copy_b}`,
  }),
];

// fr: listing 1 (fountain pen ink) takes styles 0-2, listing 2 (phone wallet) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `\`\`\`markdown\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ marketing_copy_a: `Voici une proposition de texte axé sur la valeur : ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nJ’espère que cela vous convient ! N’hésitez pas à me demander des ajustements.`,
  }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({ h1: `Titre H1 : ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `En tant qu’IA, je ne peux pas vérifier l’état des stocks, mais voici un texte promotionnel : ${c.marketing_copy_c}`,
  }),
];

export const ROUND_102_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap notebooks let fountain-pen ink bleed straight through.',
      'Knockoff card wallets often come with weak magnets.',
      'A counterfeit moka pot may have an untested safety valve.',
      'Fake leather cracks within a few months.',
    ],
    slogans: ['Every story needs a plan.', 'Good coffee, slowly made.'],
    chineseLeftovers: [],
    duplicateLead: 'All in all: ',
    titleStuffing: ' | Writer Gift, Bestseller, Top Rated, Free Shipping, New In',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Kaffeewaagen zeigen oft falsche Werte an.',
      'Eine Fälschung erkennt man am dünnen Papier.',
      'Nachahmungen unseres Balsams enthalten oft Mineralöl.',
      'Imitate aus dem Netz wiegen selten genau.',
    ],
    slogans: ['Jede Geschichte braucht einen Plan.', 'Auf das Gramm genau.'],
    chineseLeftovers: [],
    duplicateLead: 'Unterm Strich: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Topseller, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のインクはペン先を詰まらせることがあります。',
      'コピー品のスケールは表示がずれやすいです。',
      '偽物のインクには安全データシートが付いていません。',
      '模倣品の計量器は精度が保証されていません。',
    ],
    slogans: ['書く夜に、深い青を。', '毎朝のコーヒーを、正確に。'],
    chineseLeftovers: ['这款墨水颜色很正，写起来非常顺滑。', '这台秤反应很快，称咖啡豆特别准。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 ランキング 新作 ギフト 送料無料 おすすめ',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las cafeteras baratas pierden presión por la junta.',
      'Una imitación de bálsamo puede irritar la piel.',
      'Las falsificaciones no llevan la válvula certificada.',
      'Un tarro falso no trae la espátula.',
    ],
    slogans: ['El café de siempre, como debe ser.', 'Piel limpia, mente tranquila.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Regalo ideal, más vendido, novedad, envío gratis',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une encre pas chère bouche vite la plume.',
      'Méfiez-vous des contrefaçons vendues en ligne.',
      'Ce porte-cartes n’est pas en faux cuir.',
      'Aucune réplique n’offre des aimants aussi puissants.',
    ],
    slogans: ['L’encre des nuits blanches.', 'Tout ce qu’il faut, au dos du téléphone.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Idée cadeau, best-seller, nouveauté, livraison gratuite',
  },
};
