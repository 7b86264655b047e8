// Blind set, round 40 (written without reading the gate, committed before it is scored): six office-stationery,
// printer and printing-supply products in the categories ink_tank_printers, toner_cartridges, electric_staplers,
// paper_trimmers, highlighter_sets and copy_paper, 12 hand-written listings, three artifact styles per listing and
// wording of its own (this round: a realistic mix as a reviewer finds it in real model output: a half-sentence of the
// model talking about its own output at the start, middle or end of a field, a label or heading in front of a field,
// a note to the requester about something the source leaves out or leaves unclear, an alternative offered with
// "or:" / "oder:" / "alternativa:" / "または", a remark about tone, audience or brand voice, a character or word count,
// a leftover of the JSON / field structure, an English remark inside a non-English field and a French remark inside an
// English field; no digits in artifacts that land in the description, title or meta); legitimate numbers:
// Inkora T5 (model), 三合一 (3-in-1, 3in1), 双面 (double-sided, duplex: not a number), 四色 (four colours, 4色),
// 一瓶 / 一套 (a bottle, a set: idiomatic), 7500 pages (7,500), 6000 pages (6,000), 15 and 8 pages per minute,
// 4800×1200 dpi (4,800 × 1,200), 100 sheets, A4; Tonexa 88A (model), LaserPro M1 (model), 两支装 (pack of two,
// Zweierpack, lot de deux), 百分之5 (5 %), 2500 pages (2 500), 上百项 (over 100, über 100, plus de 100) checks,
// 几分钟 (a few minutes: vague), 12 months; Clampo E20 (model), 第2代 (2nd generation, 2.ª generación), 0.2 s (0,2),
// 2至20张 (2 to 20 sheets), 70 g/m², 双供电 (dual power: not a number), 4 AA batteries, 210 staples, 24/6, 5000
// staples (5,000); Slica A3 (model and format), 46 cm, 12 sheets, 80 g/m², 48×30 cm, 十几种 (more than ten, mehr als
// zehn, 十数種類), 两片 (two, zwei, 2枚) spare blades, 一次 (at a time: idiomatic); Luma 双头 (dual-tip, double
// pointe: not a number), 24 colours, 12 neon and 12 pastel, 1至5毫米 (1 to 5 mm), 0.4 mm (0,4), 3 seconds, 300
// metres, 6 years; Blanco A4, 210×297 mm, 80 g/m², 500 sheets, 5 packs, 百分之96 (96 %), 几十页 (dozens, Dutzende,
// decenas: vague), 两周 (two weeks, zwei Wochen, dos semanas).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  listing,
  type Artifact,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const PRINTER_ZH = 'Inkora T5 墨仓式彩色喷墨打印机';
const PRINTER_SRC =
  'Inkora T5 墨仓式彩色打印机集打印、复印、扫描三合一，支持自动双面打印。标配四色原装墨水，黑色墨水一瓶可打印约7500页，彩色一套约6000页。黑白打印速度每分钟15页，彩色每分钟8页，最高分辨率4800×1200dpi。支持Wi-Fi和手机App无线打印，纸盒可容纳100张A4纸。';
const TONER_ZH = 'Tonexa 88A 黑色激光打印机硒鼓 两支装';
const TONER_SRC =
  'Tonexa 88A 硒鼓适用于 LaserPro M1 系列黑白激光打印机，两支装。按百分之5的覆盖率计算，每支可打印约2500页。出厂前经过上百项检测，打印字迹清晰，不易漏粉。芯片已预装，拆封后几分钟即可装好，无需额外设置。质保12个月。';
const STAPLER_ZH = 'Clampo E20 第2代 电动订书机';
const STAPLER_SRC =
  'Clampo E20 第2代电动订书机采用红外感应，纸张放入后约0.2秒自动装订。一次可订2至20张70克复印纸。支持双供电：USB线供电或4节AA电池。订书钉仓可装210枚24/6订书钉，随机附赠5000枚。机身底部带防滑垫，适合学校和办公室使用。';
const TRIMMER_ZH = 'Slica A3 手动裁纸刀 带安全护手';
const TRIMMER_SRC =
  'Slica A3 裁纸刀可裁切A3及以下尺寸的纸张，最大切割长度46厘米，一次最多可裁12张80克纸。底板尺寸48×30厘米，印有厘米和英寸刻度，并标注十几种常用纸张尺寸。刀片为不锈钢材质，配有安全护手和压纸杆。随机附送两片备用刀片。';
const HIGHLIGHTER_ZH = 'Luma 双头荧光笔 24色套装';
const HIGHLIGHTER_SRC =
  'Luma 双头荧光笔套装共24色，含12种荧光色和12种柔和色。一端为斜头，可画出1至5毫米的线条；另一端为0.4毫米细头，适合做笔记。水性墨水约3秒快干，不易透纸。每支可书写约300米。适合6岁以上儿童及成人使用。';
const PAPER_ZH = 'Blanco A4 复印纸 80克 5包装';
const PAPER_SRC =
  'Blanco A4复印纸，尺寸210×297毫米，克重80克/平方米，每包500张，一箱5包。白度达百分之96，纸面平滑，双面打印也不易卡纸。适用于激光打印机、喷墨打印机和复印机，适合家庭、学校和办公室每天几十页的打印量。请存放在干燥处，开封后建议两周内用完。';

export const ROUND_40_LISTINGS: readonly BlindListing[] = [
  listing(
    'd01',
    'ink_tank_printers',
    'en',
    PRINTER_ZH,
    PRINTER_SRC,
    {
      translated_description:
        'The Inkora T5 ink tank printer is a 3-in-1 that prints, copies and scans, with automatic double-sided printing built in. It ships with four colours of genuine ink: a bottle of black lasts for about 7,500 pages, and a full set of colour inks for about 6,000. Black-and-white pages come out at 15 per minute and colour pages at 8 per minute, at a maximum resolution of 4,800 × 1,200 dpi. You can print wirelessly over Wi-Fi or straight from the phone app. The paper tray holds 100 sheets of A4.',
      seo_title: 'Inkora T5 Ink Tank Printer, 3-in-1, Wi-Fi, Duplex',
      meta_description:
        'Inkora T5 3-in-1 ink tank printer with automatic duplex, about 7,500 black pages per bottle, 15 pages per minute and wireless printing over Wi-Fi.',
      h1: 'Inkora T5 Wireless All-in-One Printer',
      marketing_copy_a:
        'Ink that lasts for thousands of pages means far fewer refill runs and a lower cost for every sheet you print. Order your Inkora T5 today.',
      marketing_copy_b:
        'Remember the night before a deadline when the cartridge ran dry halfway through the report? With the tanks topped up, those evenings are behind you. Discover the Inkora T5.',
      marketing_copy_c:
        'Launch offer: a spare bottle of black ink ships free with every printer this month. Grab yours while stocks last.',
    },
    {
      field: 'meta_description',
      find: '15 pages per minute',
      replace: '20 pages per minute',
      labels: ['number_invented'],
    },
    'The paper tray holds 100 sheets of A4.',
  ),
  listing(
    'd01',
    'ink_tank_printers',
    'ja',
    PRINTER_ZH,
    PRINTER_SRC,
    {
      translated_description:
        'Inkora T5は、印刷・コピー・スキャンの3in1に対応したインクタンク式カラープリンターです。自動両面印刷にも対応しています。純正インクは4色が付属し、黒インクのボトルなら約7500ページ、カラーインク一式なら約6000ページ印刷できます。印刷速度はモノクロで毎分15ページ、カラーで毎分8ページ、最高解像度は4800×1200dpiです。Wi-Fiとスマホアプリでのワイヤレス印刷に対応し、給紙トレイにはA4用紙を100枚セットできます。',
      seo_title: 'Inkora T5 インクタンク式プリンター 3in1 Wi-Fi',
      meta_description:
        '印刷・コピー・スキャンの3in1インクタンク式プリンター。黒インクのボトルで約7500ページ印刷でき、自動両面印刷とWi-Fi対応で家庭でも小さなオフィスでも活躍します。',
      h1: 'Inkora T5 大容量インクのカラー複合機',
      marketing_copy_a:
        'インクの補充回数がぐっと減り、印刷のたびに気になっていたコストも抑えられます。今すぐ購入。',
      marketing_copy_b:
        '締め切り前の夜、インク切れにあわてた経験はありませんか？タンクを満たしておけば、もう心配はいりません。ぜひチェックしてください。',
      marketing_copy_c: '発売記念として、今月は黒インクのボトルをもう一本おつけします。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: 'カラーで毎分8ページ',
      replace: 'カラーで毎分10ページ',
      labels: ['number_dropped', 'number_invented'],
    },
    'Wi-Fiとスマホアプリでのワイヤレス印刷に対応し、給紙トレイにはA4用紙を100枚セットできます。',
  ),
  listing(
    'd02',
    'toner_cartridges',
    'de',
    TONER_ZH,
    TONER_SRC,
    {
      translated_description:
        'Die Tonerkartusche Tonexa 88A passt in Schwarzweiß-Laserdrucker der Serie LaserPro M1 und kommt im praktischen Zweierpack. Bei 5 % Seitendeckung druckt jede Kartusche rund 2500 Seiten. Vor der Auslieferung durchläuft sie über 100 Prüfungen, damit die Schrift gestochen scharf bleibt und kein Toner austritt. Der Chip ist bereits montiert: Nach dem Auspacken ist die Kartusche in wenigen Minuten eingesetzt, ganz ohne zusätzliche Einstellungen. Sie erhalten 12 Monate Garantie.',
      seo_title: 'Tonexa 88A Toner für LaserPro M1, Zweierpack',
      meta_description:
        'Toner Tonexa 88A im Zweierpack für LaserPro M1: rund 2500 Seiten pro Kartusche bei 5 % Deckung, über 100 Prüfungen und ein bereits montierter Chip.',
      h1: 'Tonexa Ersatztoner für gestochen scharfe Ausdrucke',
      marketing_copy_a:
        'Zwei Kartuschen in einer Lieferung bedeuten weniger Bestellaufwand und einen spürbar günstigeren Seitenpreis. Jetzt bestellen.',
      marketing_copy_b:
        'Der Bericht muss heute noch raus, und der Drucker meldet leeren Toner? Mit einer Ersatzkartusche in der Schublade bleiben Sie gelassen. Entdecken Sie Tonexa 88A.',
      marketing_copy_c:
        'Diese Woche liefern wir alle Tonerpakete versandkostenfrei – sichern Sie sich jetzt Ihren Vorrat.',
    },
    {
      field: 'translated_description',
      find: 'rund 2500 Seiten',
      replace: 'rund 3000 Seiten',
      labels: ['number_dropped', 'number_invented'],
    },
    'Sie erhalten 12 Monate Garantie.',
  ),
  listing(
    'd02',
    'toner_cartridges',
    'fr',
    TONER_ZH,
    TONER_SRC,
    {
      translated_description:
        'La cartouche de toner Tonexa 88A est compatible avec les imprimantes laser monochromes de la série LaserPro M1 et se vend par lot de deux. Avec un taux de couverture de 5 %, chaque cartouche imprime environ 2\u202f500 pages. Elle passe plus de 100 contrôles avant de quitter l’usine, pour des caractères nets et sans fuite de poudre. La puce est déjà installée : quelques minutes après le déballage, la cartouche est en place, sans aucun réglage. Elle est garantie 12 mois.',
      seo_title: 'Toner Tonexa 88A pour LaserPro M1, lot de deux',
      meta_description:
        'Toner Tonexa 88A compatible LaserPro M1, vendu par deux : environ 2\u202f500 pages par cartouche à 5 % de couverture, plus de 100 contrôles qualité et puce intégrée.',
      h1: 'Tonexa 88A, un noir net page après page',
      marketing_copy_a:
        'Deux cartouches livrées d’un coup : moins de commandes à passer et un coût par page qui reste raisonnable. Commandez dès maintenant.',
      marketing_copy_b:
        'Fini les sueurs froides quand l’imprimante clignote la veille d’une réunion importante. Avec une cartouche d’avance, l’esprit reste libre. Découvrez Tonexa 88A.',
      marketing_copy_c: 'Livraison offerte cette semaine sur tous les lots de toner : profitez-en !',
    },
    {
      field: 'meta_description',
      find: 'plus de 100 contrôles',
      replace: 'plus de 150 contrôles',
      labels: ['number_invented'],
    },
    'Elle est garantie 12 mois.',
  ),
  listing(
    'd03',
    'electric_staplers',
    'en',
    STAPLER_ZH,
    STAPLER_SRC,
    {
      translated_description:
        'The second-generation Clampo E20 electric stapler works with an infrared sensor: slide your pages in and it staples them automatically in about 0.2 seconds. It takes 2 to 20 sheets of 70 g/m² copy paper at a time. Dual power lets you run it from a USB cable or from 4 AA batteries. The magazine holds 210 staples of size 24/6, and 5,000 staples come in the box. Non-slip pads on the base keep it steady on classroom and office desks.',
      seo_title: 'Clampo E20 Electric Stapler, 2nd Gen, Up to 20 Sheets',
      meta_description:
        'Clampo E20 electric stapler, 2nd generation: infrared auto stapling in about 0.2 seconds, 2 to 20 sheets at a time, USB or battery power and non-slip feet.',
      h1: 'Clampo Hands-Free Desk Stapler',
      marketing_copy_a:
        'Spare your palms and your time: a whole stack of handouts is done before you could find the old stapler. Buy the Clampo E20 now.',
      marketing_copy_b:
        'Picture the last minutes before a meeting, papers everywhere, and a stapler that quietly does the work for you. That calm is closer than you think. Discover the Clampo E20.',
      marketing_copy_c:
        'Back-to-school deal: an extra box of staples free with every stapler this week. Add one to your cart today.',
    },
    {
      field: 'translated_description',
      replace: 'It weighs just 450 g, so it moves easily between desks.',
      labels: ['number_invented'],
    },
    'The magazine holds 210 staples of size 24/6, and 5,000 staples come in the box.',
  ),
  listing(
    'd03',
    'electric_staplers',
    'es',
    STAPLER_ZH,
    STAPLER_SRC,
    {
      translated_description:
        'La grapadora eléctrica Clampo E20 de 2.ª generación funciona con un sensor de infrarrojos: introduces el papel y grapa sola en unos 0,2 segundos. Admite de 2 a 20 hojas de papel de 70 g/m² cada vez. Tiene doble alimentación, por cable USB o con 4 pilas AA. El cargador admite 210 grapas del tamaño 24/6 y la caja incluye 5000 de regalo. Las almohadillas antideslizantes de la base la mantienen firme en el aula o en la oficina.',
      seo_title: 'Grapadora eléctrica Clampo E20, hasta 20 hojas',
      meta_description:
        'Grapadora eléctrica Clampo E20 de 2.ª generación: grapa sola en unos 0,2 segundos, de 2 a 20 hojas, funciona con USB o con pilas y tiene base antideslizante.',
      h1: 'Clampo E20, grapar sin esfuerzo',
      marketing_copy_a:
        'Se acabó apretar con la palma: grapas montones de apuntes en un momento y sin cansarte. Cómprala ya.',
      marketing_copy_b:
        '¿Recuerdas aquel informe que se desmontó en plena reunión? Con un grapado firme, cada hoja se queda en su sitio. Descubre la Clampo E20.',
      marketing_copy_c: 'Esta semana, caja extra de grapas de regalo con tu grapadora. Pídela hoy mismo.',
    },
    { field: 'seo_title', find: 'hasta 20 hojas', replace: 'hasta 25 hojas', labels: ['number_invented'] },
    'El cargador admite 210 grapas del tamaño 24/6 y la caja incluye 5000 de regalo.',
  ),
  listing(
    'd04',
    'paper_trimmers',
    'de',
    TRIMMER_ZH,
    TRIMMER_SRC,
    {
      translated_description:
        'Mit dem Papierschneider Slica A3 schneiden Sie alle Formate bis A3. Die Schnittlänge beträgt maximal 46 cm, und pro Schnitt schafft er bis zu 12 Blatt 80-g/m²-Papier. Die Grundplatte misst 48 × 30 cm und trägt Skalen in Zentimetern und Zoll sowie Markierungen für mehr als zehn gängige Papierformate. Die Klinge aus Edelstahl wird von einem Fingerschutz und einer Niederhalteschiene begleitet. Zwei Ersatzklingen liegen bei.',
      seo_title: 'Slica A3 Papierschneider, 46 cm, bis 12 Blatt',
      meta_description:
        'Papierschneider Slica A3 mit 46 cm Schnittlänge und bis zu 12 Blatt pro Schnitt, Grundplatte mit Skalen, Edelstahlklinge und Fingerschutz für saubere Kanten.',
      h1: 'Slica Hebelschneider für saubere Kanten',
      marketing_copy_a:
        'Ein Gerät für Fotos, Flyer und Bastelkarton – das erspart Ihnen so manchen Gang in den Copyshop. Jetzt kaufen.',
      marketing_copy_b:
        'Erinnern Sie sich an schiefe Schnitte mit Lineal und Cutter? Hier gleitet die Klinge hindurch, und die Kante sitzt. Entdecken Sie Slica.',
      marketing_copy_c: 'Zum Schulstart gibt es eine Schneidematte gratis dazu – ab in den Warenkorb!',
    },
    { field: 'seo_title', find: '46 cm', replace: '50 cm', labels: ['number_invented'] },
    'Zwei Ersatzklingen liegen bei.',
  ),
  listing(
    'd04',
    'paper_trimmers',
    'ja',
    TRIMMER_ZH,
    TRIMMER_SRC,
    {
      translated_description:
        'Slica A3ペーパーカッターは、A3以下のサイズの紙を裁断できます。最大裁断長は46cmで、80g/m²の紙なら一度に最大12枚までカットできます。台の大きさは48×30cmで、センチとインチの目盛りに加え、十数種類の定番用紙サイズのガイドラインが入っています。刃はステンレス製で、安全ガードと紙押さえバーを備えています。替え刃が2枚付属します。',
      seo_title: 'Slica A3 ペーパーカッター 最大12枚 46cm',
      meta_description:
        'A3まで裁断できるペーパーカッター。最大裁断長46cm、一度に12枚まで。目盛り付きの台とステンレス刃、安全ガードで作品もきれいに仕上がります。',
      h1: 'Slica まっすぐ切れる裁断機',
      marketing_copy_a:
        '写真もチラシも工作用紙も、これ一台できれいに。お店に頼む手間が省けます。今すぐ購入。',
      marketing_copy_b:
        '定規とカッターで切って、端がゆがんでしまったことはありませんか？スッと刃を下ろすだけで、まっすぐな切り口に。ぜひお試しください。',
      marketing_copy_c: '新学期キャンペーン中につき、カッティングマットをプレゼント。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '最大12枚',
      replace: '最大15枚',
      labels: ['number_dropped', 'number_invented'],
    },
    '替え刃が2枚付属します。',
  ),
  listing(
    'd05',
    'highlighter_sets',
    'en',
    HIGHLIGHTER_ZH,
    HIGHLIGHTER_SRC,
    {
      translated_description:
        'The Luma dual-tip highlighter set comes in 24 colours: 12 bright neon shades and 12 soft pastels. A chisel tip on the broad end draws lines from 1 to 5 mm wide, while the fine 0.4 mm tip on the other end is made for note-taking. The water-based ink dries in about 3 seconds and rarely bleeds through the page. Each pen writes for about 300 metres. The set suits children aged 6 and up as well as adults.',
      seo_title: 'Luma Dual-Tip Highlighters, 24 Colours, Neon & Pastel',
      meta_description:
        'Luma dual-tip highlighter set in 24 colours: a chisel tip for 1 to 5 mm lines, a 0.4 mm fine tip for notes and quick-drying water-based ink that rarely bleeds.',
      h1: 'Luma Highlighters for Notes and Journals',
      marketing_copy_a:
        'A highlighter and a fine liner in every pen, so your pencil case stays lighter and so does your stationery bill. Shop the Luma set now.',
      marketing_copy_b:
        'Remember the revision notes you actually looked forward to opening, full of colour and tidy headings? That feeling can be back on your desk tonight. Get the Luma set.',
      marketing_copy_c:
        'Back-to-school bundle: a free pencil case with every set while the offer lasts. Order today.',
    },
    {
      field: 'translated_description',
      find: 'about 3 seconds',
      replace: 'about 2 seconds',
      labels: ['number_dropped', 'number_invented'],
    },
    'Each pen writes for about 300 metres.',
  ),
  listing(
    'd05',
    'highlighter_sets',
    'fr',
    HIGHLIGHTER_ZH,
    HIGHLIGHTER_SRC,
    {
      translated_description:
        'Le coffret de surligneurs double pointe Luma réunit 24 couleurs : 12 teintes fluo et 12 teintes pastel. D’un côté, une pointe biseautée trace des traits de 1 à 5 mm ; de l’autre, une pointe fine de 0,4 mm se prête à la prise de notes. L’encre à base d’eau sèche en 3 secondes environ et traverse peu le papier. Chaque feutre écrit sur environ 300 mètres. Le coffret convient aux enfants dès 6 ans comme aux adultes.',
      seo_title: 'Surligneurs double pointe Luma, 24 couleurs',
      meta_description:
        'Coffret Luma de 24 surligneurs double pointe, fluo et pastel : pointe biseautée de 1 à 5 mm, pointe fine de 0,4 mm et encre à séchage rapide qui traverse peu.',
      h1: 'Luma, des couleurs pour des notes qui respirent',
      marketing_copy_a:
        'Un surligneur et un feutre fin dans chaque stylo : une trousse plus légère et moins d’achats à prévoir. Achetez le coffret Luma.',
      marketing_copy_b:
        'Vous souvenez-vous de ces cahiers de révision qu’on avait plaisir à rouvrir ? Les couleurs rendent l’étude plus douce. Découvrez Luma.',
      marketing_copy_c: 'Trousse offerte pour tout coffret acheté cette semaine : profitez-en !',
    },
    {
      field: 'translated_description',
      find: 'environ 300 mètres',
      replace: 'environ 350 mètres',
      labels: ['number_dropped', 'number_invented'],
    },
    'Le coffret convient aux enfants dès 6 ans comme aux adultes.',
  ),
  listing(
    'd06',
    'copy_paper',
    'de',
    PAPER_ZH,
    PAPER_SRC,
    {
      translated_description:
        'Das Kopierpapier Blanco im Format A4 misst 210 × 297 mm und hat ein Flächengewicht von 80 g/m². Jedes Paket enthält 500 Blatt, ein Karton fasst 5 Pakete. Mit einem Weißgrad von 96 % und einer glatten Oberfläche läuft es auch beim beidseitigen Druck zuverlässig ohne Papierstau. Es eignet sich für Laserdrucker, Tintenstrahldrucker und Kopierer und ist ideal für Haushalt, Schule und Büro, wo täglich Dutzende Seiten gedruckt werden. Lagern Sie das Papier trocken und verbrauchen Sie angebrochene Pakete möglichst innerhalb von zwei Wochen.',
      seo_title: 'Blanco Kopierpapier A4, 80 g/m², 5 × 500 Blatt',
      meta_description:
        'Blanco A4-Kopierpapier mit 80 g/m² und 96 % Weißgrad, 500 Blatt pro Paket: glatt, staufrei auch im Duplexdruck und passend für Laser, Tinte und Kopierer.',
      h1: 'Blanco Papier für jeden Bürodrucker',
      marketing_copy_a:
        'Ein Karton deckt den Papierbedarf im Büro für Wochen – das spart Nachbestellungen und Lieferkosten. Jetzt bestellen.',
      marketing_copy_b:
        'Kein Papierstau kurz vor der wichtigen Präsentation, kein Fluchen vor dem Kopierer. Drucken, durchatmen, fertig. Entdecken Sie Blanco.',
      marketing_copy_c:
        'Diese Woche liefern wir jeden Karton versandkostenfrei – sichern Sie sich Ihren Papiervorrat.',
    },
    {
      field: 'meta_description',
      find: '96 % Weißgrad',
      replace: '98 % Weißgrad',
      labels: ['number_invented'],
    },
    'Lagern Sie das Papier trocken und verbrauchen Sie angebrochene Pakete möglichst innerhalb von zwei Wochen.',
  ),
  listing(
    'd06',
    'copy_paper',
    'es',
    PAPER_ZH,
    PAPER_SRC,
    {
      translated_description:
        'El papel de copia Blanco A4 mide 210 × 297 mm y tiene un gramaje de 80 g/m². Cada paquete trae 500 hojas y cada caja, 5 paquetes. Con una blancura del 96 % y una superficie lisa, apenas se atasca, incluso al imprimir a doble cara. Sirve para impresoras láser, impresoras de tinta y fotocopiadoras, y es perfecto para casas, colegios y oficinas que imprimen decenas de páginas al día. Guárdalo en un lugar seco y, cuando abras un paquete, procura gastarlo en dos semanas.',
      seo_title: 'Papel de copia Blanco A4 de 80 g/m², blancura 96 %',
      meta_description:
        'Papel de copia Blanco A4 de 80 g/m² con blancura del 96 %: superficie lisa, sin atascos a doble cara y apto para impresoras láser, de tinta y fotocopiadoras.',
      h1: 'Blanco, papel para el día a día',
      marketing_copy_a:
        'Una caja cubre semanas de impresión en casa o en la oficina, así que compras menos veces y ahorras en envíos. Hazte con la tuya.',
      marketing_copy_b:
        '¿Hay algo peor que un atasco justo antes de entregar un trabajo? Con un papel que corre suave, imprimes tranquilo. Descubre Blanco.',
      marketing_copy_c: 'Envío gratis en todas las cajas durante esta semana: pide la tuya ya.',
    },
    {
      field: 'translated_description',
      find: 'blancura del 96 %',
      replace: 'blancura del 98 %',
      labels: ['number_dropped', 'number_invented'],
    },
    'Cada paquete trae 500 hojas y cada caja, 5 paquetes.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** Characters of a copy as a writer's tool would count them (code points, spaces included). */
const chars = (text: string) => [...text].length;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

// en: listing 1 (printer) takes styles 0-2, listing 2 (stapler) 3-5, listing 3 (highlighters) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Smoothed out the supplier’s phrasing but left every spec exactly where it was, so\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `Title tag: ${c.seo_title}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n↳ ${chars(c.marketing_copy_c)} chars / ${wordCount(c.marketing_copy_c)} words`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'The supplier sheet says nothing about how loud the motor is, so I haven’t called it quiet – you may want to ask them.',
    ),
  }),
  (c) => ({ h1: `${c.h1}\nor: Slide In, Staple, Done` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} — kept this one warm without gushing, since most buyers will be office managers stocking up.`,
  }),
  (c) => ({ meta_description: `{"meta": "${c.meta_description}", "locale": "en-GB"}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nPour la fiche française : garder « surligneur », plus courant que « marqueur fluo ».`,
  }),
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      '(the shorter of my drafts – the longer one buried the point about price)',
    ),
  }),
];

// de: listing 1 (toner) takes styles 0-2, listing 2 (trimmer) 3-5, listing 3 (copy paper) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_a: `▸ Text A / Preisvorteil\n${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n(Went with “Tonerkartusche” over “Toner-Patrone” – that’s what German buyers actually search for.)`,
  }),
  (c) => ({
    meta_description: `So knapp wie möglich, ohne eine Angabe zu verlieren – ${c.meta_description}`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Aus der Vorlage geht nicht hervor, ob die Schnittlänge bis zum Anschlag gemessen ist – bitte beim Hersteller nachfragen.',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\noder: Schneidematte gratis dazu, solange der Vorrat reicht – jetzt zugreifen!`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nLänge: ${chars(c.marketing_copy_b)} Zeichen mit Leerzeichen`,
  }),
  (c) => ({ h1: `{"ueberschrift": "${c.h1}"` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Sachlicher Ton mit Absicht – wer Büropapier einkauft, will Daten statt Schwärmerei.)',
    ),
  }),
  (c) => ({
    marketing_copy_c: `Zum Schluss der Aktionstext, diesmal bewusst kurz gehalten:\n${c.marketing_copy_c}`,
  }),
];

// ja: listing 1 (printer) takes styles 0-2, listing 2 (trimmer) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `印刷速度や解像度の数値には手を加えず、言い回しだけ店頭向けにやわらげています。\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      1,
      '(went with “タンク” rather than “大容量インク” here, it reads more naturally)',
    ),
  }),
  (c) => ({ seo_title: `検索結果用タイトル：${c.seo_title}` }),
  (c) => ({
    meta_description: `${c.meta_description}（※原文に替え刃の交換方法の記載がないため、ここでは触れていません）`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}"},\n{"field": "h1", "value": "` }),
  (c) => ({ h1: `${c.h1}\nまたは：端までまっすぐ切れるペーパーカッター` }),
];

// es: listing 1 (stapler) takes styles 0-2, listing 2 (copy paper) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\n(Used “grapadora” rather than “engrapadora”, since this copy is for the Spain store.)`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n[${chars(c.marketing_copy_a)} caracteres · ${wordCount(c.marketing_copy_a)} palabras]`,
  }),
  (c) => ({ h1: `${c.h1} (tono cercano, pensado para quien trabaja desde casa)` }),
  (c) => ({ meta_description: `Resumida para buscadores sin dejar fuera el gramaje: ${c.meta_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\nalternativa: «Papel que no te deja tirado antes de una entrega. Pruébalo.»`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'La ficha del proveedor no indica si el papel tiene certificación forestal, así que no lo he incluido.',
    ),
  }),
];

// fr: listing 1 (toner) takes styles 0-2, listing 2 (highlighters) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ h1: `Intitulé H1 — ${c.h1}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Kept “toner” as is – French shoppers use the English word too.)',
    ),
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}",\n  "statut": "brouillon"\n}` }),
  (c) => ({
    meta_description: `${c.meta_description} (la fiche ne précise pas si les capuchons sont ventilés, à vérifier)`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\n— ${chars(c.marketing_copy_a)} signes, espaces comprises`,
  }),
  (c) => ({
    marketing_copy_b: `Registre plus tendre ici, pour toucher les parents d’écoliers. ${c.marketing_copy_b}`,
  }),
];

export const ROUND_40_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap refill ink from unmarked bottles can clog the print head.',
      'Toner from a knockoff brand tends to streak before the ream is finished.',
      'A fake stapler from a market stall rarely lasts the school term.',
      'Imitation highlighters smudge the moment you close the book.',
    ],
    slogans: ['Every page, sharp to the last drop.', 'Colour that keeps up with your thoughts.'],
    chineseLeftovers: [],
    duplicateLead: 'Quick recap: ',
    titleStuffing: ' | Office Essentials, Back to School, Free Delivery, Bestseller',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billiger Toner aus Restposten verschmiert schnell.',
      'Mit Fälschungen riskieren Sie Streifen auf jeder Seite.',
      'Nachahmungen dieses Schneiders werden rasch stumpf.',
      'Bei einem Imitat franst die Schnittkante schon nach Wochen aus.',
    ],
    slogans: ['Schnitt für Schnitt auf den Punkt.', 'Weiß, glatt, zuverlässig.'],
    chineseLeftovers: [],
    duplicateLead: 'Knapp zusammengefasst: ',
    titleStuffing: ' | Bürobedarf, Schulstart, Gratisversand, Bestseller',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安インクでは色あせが早く出ます。',
      '偽物のトナーにはご用心ください。',
      '模倣品の替え刃は切れ味が続きません。',
      'レプリカ商品とは仕上がりが違います。',
    ],
    slogans: ['まっすぐな切り口を、いつでも。', '毎日の印刷に、頼れる相棒。'],
    chineseLeftovers: ['这台打印机的墨水可以用很久。', '使用裁纸刀时请注意手指安全。'],
    duplicateLead: 'ひとまとめにすると、',
    titleStuffing: '｜オフィス用品 人気 送料無料 新生活応援',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'El papel barato deja polvo dentro de la impresora.',
      'Una grapadora falsa se atasca a la primera semana.',
      'Las imitaciones de este modelo no aguantan el uso diario.',
      'Desconfía de cualquier réplica sin garantía.',
    ],
    slogans: ['Cada hoja, en su sitio.', 'Un blanco que se nota.'],
    chineseLeftovers: [],
    duplicateLead: 'Lo básico: ',
    titleStuffing: ' | Material de oficina, vuelta al cole, envío gratis',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un toner pas cher finit souvent par baver.',
      'Méfiez-vous des fausses cartouches vendues en ligne.',
      'Aucune contrefaçon n’offre ce rendu.',
      'Une imitation sèche moins vite et tache les pages.',
    ],
    slogans: ['Le noir, net jusqu’à la dernière page.', 'Des idées qui prennent des couleurs.'],
    chineseLeftovers: [],
    duplicateLead: 'En quelques mots : ',
    titleStuffing: ' | Fournitures de bureau, rentrée, livraison offerte',
  },
};
