// Blind set, round 33 (written without reading the gate, committed before it is scored): six home-textile, bedding
// and bathroom products in the categories weighted_blankets, silk_pillowcases, blackout_curtains, bathrobes,
// heated_towel_rails and shower_heads, 12 hand-written listings, three artifact styles per listing and wording of its
// own (this round re-tests the most common answer debris of real models, in new wording: lead-in sentences before the
// content (announcing, agreeing, restating the task), the field's label or name before the value (with a full-width
// colon in ja and guillemets in fr), closing offers and follow-up remarks, translator's and writer's notes (Writer's
// note, Hinweis, 注, Nota de redacción, Remarque) placed in the middle or at the end of a field, markdown emphasis and
// bullets left in, the whole field wrapped in quotes, and a short remark about the length or tone chosen; no digits in
// artifacts that land in the description, title or meta);
// legitimate numbers: Lumo 第二代 (second-generation, 2. Generation), 7 kg (15.4 lb), 60 to 80 kg, 150 × 200 cm
// (59 × 79 in), 上百 (over 100, über 100) pockets, 双面 (double-sided, Wendebezug: not a number), 12 years, 两年
// (two-year warranty, zwei Jahre); Serica 两只 (2枚組, lot de deux), 22 momme (22匁, 22 mommes), 6A, 百分之百 (100%,
// 100 %), 51 × 76 cm, 30 °C, 十几 (十数色, plus d’une dizaine: vague); Umbra 三层 (three-layer, tres capas), 百分之99
// (99%, 99 %), 140 × 245 cm, 两片 (two panels, dos), 8 grommets (Eight, 8 ollaos), 4 cm, 40 °C, 几十 (dozens,
// decenas: vague); Nube 百分之百 (100 %, 100%), 380 g/m², 四个 (four, vier, 4サイズ) sizes S–XL, 110 to 125 cm, 两个
// (two, zwei, 2つ) pockets, 60 °C, 几十次 (Dutzende, 何十回: vague); Calda T8 (8), 8 bars, 120 W, 50 to 60 °C (122 to
// 140 °F), 十几分钟 (just over ten minutes, un peu plus de dix minutes: vague), 304 stainless steel, IP44, 2, 4 or 6
// hours, 53 × 80 cm; Aqua S3 (3), 三合一 (3-in-1, 3 en 1), 15-stage filter, 百分之90 (90 %), 3 modes (drei), 一键
// (one button, idiomatic), 12 cm, 百分之30 (30 %), G1/2, 两分钟 (zwei Minuten, dos minutos), 3 to 6 months, 一次
// (idiomatic).
import type { Language } from '@content-pipeline/languages';
import {
  listing,
  type BlindListing,
  type DefectWording,
  type Artifact,
  afterSentence,
  afterSentenceJa,
} from './blind-set';

const BLANKET_ZH = 'Lumo 第二代 7公斤重力被';
const BLANKET_SRC =
  'Lumo 第二代重力被重7公斤，适合体重60至80公斤的成人使用。尺寸150×200厘米，内部缝有上百个独立小方格，格内填充玻璃微珠，翻身时珠子不会跑偏。外套为双面设计，一面凉感冰丝、一面柔软短毛绒，可拆下机洗。建议12岁以上使用，享两年质保。';
const PILLOWCASE_ZH = 'Serica 22姆米桑蚕丝枕套 两只装';
const PILLOWCASE_SRC =
  'Serica 桑蚕丝枕套两只装，面料为22姆米6A级长丝，百分之百桑蚕丝。单只尺寸51×76厘米，采用隐藏式拉链，适配标准枕芯。丝面顺滑，可减少睡觉时头发打结和脸上的压痕。建议用30℃以下冷水手洗，提供十几种颜色可选。';
const CURTAIN_ZH = 'Umbra 三层遮光窗帘 两片装';
const CURTAIN_SRC =
  'Umbra 遮光窗帘采用三层织造工艺，遮光率达百分之99，兼具隔热和降噪效果。每片尺寸140×245厘米，两片装，顶部有8个不锈钢打孔环，适用于直径4厘米以内的窗帘杆。可机洗，水温不超过40℃。另提供几十种尺寸可定制。';
const BATHROBE_ZH = 'Nube 华夫格纯棉浴袍 男女同款';
const BATHROBE_SRC =
  'Nube 华夫格浴袍由百分之百长绒棉织成，克重380克每平方米，吸水快、干得快。提供S、M、L、XL四个尺码，衣长110至125厘米。设有两个贴袋和可拆卸腰带，领口内侧带挂绳。可在60℃以下机洗，洗几十次依然柔软。';
const TOWEL_RAIL_ZH = 'Calda T8 电热毛巾架 8杆';
const TOWEL_RAIL_SRC =
  'Calda T8 电热毛巾架共有8根横杆，功率120瓦，表面温度约50至60℃，通电后十几分钟即可升温。机身为304不锈钢，防水等级IP44，可安装在浴室内。内置定时功能，可选2、4或6小时后自动关机。整机尺寸53×80厘米，附赠全套安装配件。';
const SHOWER_ZH = 'Aqua S3 三合一增压过滤花洒';
const SHOWER_SRC =
  'Aqua S3 花洒集增压、过滤、节水三合一，内置15级过滤层，可去除百分之90的余氯。设有3种出水模式，一键切换。出水面直径12厘米，比普通花洒节水百分之30。采用G1/2通用接口，两分钟即可自行安装。滤芯建议每3至6个月更换一次。';

export const ROUND_33_LISTINGS: readonly BlindListing[] = [
  listing(
    'b01',
    'weighted_blankets',
    'en',
    BLANKET_ZH,
    BLANKET_SRC,
    {
      translated_description:
        'The second-generation Lumo weighted blanket weighs 7 kg (15.4 lb) and is made for adults between 60 and 80 kg. It measures 150 × 200 cm (59 × 79 in). Over 100 individually stitched pockets hold the glass microbeads in place, so the weight stays evenly spread when you turn over in your sleep. The cover is double-sided, with cool-touch ice silk on one face and soft short plush on the other, and it comes off for the washing machine. Recommended for ages 12 and up, and backed by a two-year warranty.',
      seo_title: 'Lumo Weighted Blanket, 7 kg, 150 × 200 cm, 2nd Gen',
      meta_description:
        'Second-generation Lumo weighted blanket: 7 kg of glass microbeads in over 100 stitched pockets, with a double-sided cover that comes off for the wash.',
      h1: 'Lumo Weighted Blanket with Reversible Cover',
      marketing_copy_a:
        'One blanket for every season: cool ice silk for summer nights, cosy plush when the frost arrives. Buy the Lumo today.',
      marketing_copy_b:
        'Remember being tucked in as a child, snug and safe under a heavy quilt? That calm, steady weight can be yours again at bedtime. Discover the Lumo.',
      marketing_copy_c:
        'This month every Lumo ships with a free storage bag – order yours while stocks last.',
    },
    { field: 'seo_title', find: '7 kg', replace: '9 kg', labels: ['number_invented'] },
    'Recommended for ages 12 and up, and backed by a two-year warranty.',
  ),
  listing(
    'b01',
    'weighted_blankets',
    'de',
    BLANKET_ZH,
    BLANKET_SRC,
    {
      translated_description:
        'Die Gewichtsdecke Lumo der 2. Generation wiegt 7 kg und eignet sich für Erwachsene mit 60 bis 80 kg Körpergewicht. Sie misst 150 × 200 cm. Über 100 einzeln abgesteppte Kammern halten die Glasperlen an ihrem Platz, sodass nichts verrutscht, wenn Sie sich im Schlaf umdrehen. Der Wendebezug bietet kühlende Eisseide auf der einen und kuscheligen Kurzflorplüsch auf der anderen Seite. Er lässt sich abnehmen und in der Maschine waschen. Geeignet ab 12 Jahren, mit zwei Jahren Garantie.',
      seo_title: 'Lumo Gewichtsdecke 7 kg, 150 × 200 cm, 2. Generation',
      meta_description:
        'Gewichtsdecke Lumo der 2. Generation: 7 kg Glasperlen in über 100 Kammern, für 60 bis 80 kg Körpergewicht, mit abnehmbarem Wendebezug zum Waschen.',
      h1: 'Lumo Gewichtsdecke mit Wendebezug',
      marketing_copy_a:
        'Eine Decke für das ganze Jahr: Eisseide für schwüle Sommernächte, Plüsch für frostige Winterabende. Jetzt kaufen.',
      marketing_copy_b:
        'Wissen Sie noch, wie geborgen Sie sich als Kind unter Omas schwerer Bettdecke gefühlt haben? Genau diese Ruhe kehrt jetzt jeden Abend zurück. Entdecken Sie Lumo.',
      marketing_copy_c:
        'Nur in diesem Monat gibt es zu jeder Lumo einen Aufbewahrungsbeutel gratis – sichern Sie sich Ihre Decke.',
    },
    {
      field: 'translated_description',
      find: 'wiegt 7 kg',
      replace: 'wiegt 8 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Geeignet ab 12 Jahren, mit zwei Jahren Garantie.',
  ),
  listing(
    'b02',
    'silk_pillowcases',
    'ja',
    PILLOWCASE_ZH,
    PILLOWCASE_SRC,
    {
      translated_description:
        'Sericaのシルク枕カバーは2枚組です。生地には22匁・6Aグレードの長繊維を使った、マルベリーシルク100%を採用しています。サイズは各51×76cmで、ファスナーが表から見えない隠しファスナー仕様。標準サイズの枕にぴったり合います。なめらかな肌ざわりで、寝ているあいだの髪のからまりや、顔に残る跡を抑えます。お手入れは30℃以下の水で手洗いしてください。カラーは十数色からお選びいただけます。',
      seo_title: 'Serica シルク枕カバー 22匁 2枚組 51×76cm',
      meta_description:
        'シルク100%、22匁の生地を使った枕カバー2枚組。なめらかな肌ざわりで、寝ぐせや顔の跡を防ぎます。十数色から選べて贈り物にもぴったりです。',
      h1: 'Serica なめらかシルク枕カバー',
      marketing_copy_a:
        '毎晩の枕が、ヘアケアとスキンケアの時間に変わります。2枚組なので洗い替えにも困りません。今すぐ購入。',
      marketing_copy_b:
        'ほほにふれる、ひんやりとした絹の感触。目覚めた瞬間から、髪も気分もすっきり整います。ぜひお試しください。',
      marketing_copy_c: '今月はギフトボックスでのお届けが無料です。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '22匁', replace: '25匁', labels: ['number_invented'] },
    'お手入れは30℃以下の水で手洗いしてください。',
  ),
  listing(
    'b02',
    'silk_pillowcases',
    'fr',
    PILLOWCASE_ZH,
    PILLOWCASE_SRC,
    {
      translated_description:
        'Les taies d’oreiller Serica sont vendues par lot de deux. Elles sont taillées dans une soie de mûrier 6A de 22 mommes, 100 % soie. Chaque taie mesure 51 × 76 cm et se ferme par une fermeture éclair invisible, adaptée aux oreillers standard. Leur surface lisse limite les cheveux emmêlés et les marques sur le visage au réveil. Lavez-les à la main à l’eau froide, à 30 °C maximum. Plus d’une dizaine de coloris sont proposés.',
      seo_title: 'Taies d’oreiller en soie Serica 22 mommes, lot de 2',
      meta_description:
        'Lot de deux taies d’oreiller Serica en soie de mûrier 22 mommes, 100 % soie, 51 × 76 cm : moins de cheveux emmêlés et de marques au réveil.',
      h1: 'Serica, la douceur de la soie sur l’oreiller',
      marketing_copy_a:
        'Un soin pour vos cheveux et votre peau, chaque nuit, sans le moindre effort. Commandez votre lot Serica.',
      marketing_copy_b:
        'Imaginez la fraîcheur de la soie contre votre joue au moment d’éteindre la lumière. Au matin, le réveil a une tout autre douceur. Découvrez Serica.',
      marketing_copy_c: 'Ce mois-ci, l’emballage cadeau est offert sur chaque lot : profitez-en.',
    },
    { field: 'translated_description', replace: 'Chaque taie pèse 45 g.', labels: ['number_invented'] },
    'Lavez-les à la main à l’eau froide, à 30 °C maximum.',
  ),
  listing(
    'b03',
    'blackout_curtains',
    'en',
    CURTAIN_ZH,
    CURTAIN_SRC,
    {
      translated_description:
        'Umbra blackout curtains are made with a three-layer weave that blocks up to 99% of light while also keeping out heat and muffling street noise. Each panel measures 140 × 245 cm, and you get two panels per pack. Eight stainless steel grommets along the top fit curtain rods up to 4 cm in diameter. The curtains are machine washable at up to 40 °C. Dozens of made-to-measure sizes are also available.',
      seo_title: 'Umbra Blackout Curtains, 99% Light Blocking, 2 Panels',
      meta_description:
        'Umbra three-layer blackout curtains block up to 99% of light and help keep rooms cool and quiet. Two 140 × 245 cm panels with stainless steel grommets.',
      h1: 'Umbra Blackout Curtains for Bedrooms',
      marketing_copy_a:
        'Sleep in on sunny mornings and keep the summer heat outside, all with one set of curtains. Shop Umbra now.',
      marketing_copy_b:
        'Picture a dark, quiet bedroom at noon while the city hums on outside. Real rest, whenever you need it. Get your Umbra curtains.',
      marketing_copy_c: 'Free tie-backs with every pack this week – add Umbra to your cart.',
    },
    {
      field: 'translated_description',
      find: 'up to 99% of light',
      replace: 'up to 95% of light',
      labels: ['number_dropped', 'number_invented'],
    },
    'The curtains are machine washable at up to 40 °C.',
  ),
  listing(
    'b03',
    'blackout_curtains',
    'es',
    CURTAIN_ZH,
    CURTAIN_SRC,
    {
      translated_description:
        'Las cortinas opacas Umbra están tejidas en tres capas y bloquean hasta el 99 % de la luz, además de aislar del calor y amortiguar el ruido. Cada panel mide 140 × 245 cm y el paquete incluye dos. En la parte superior llevan 8 ollaos de acero inoxidable, aptos para barras de hasta 4 cm de diámetro. Se pueden lavar a máquina a un máximo de 40 °C. También se pueden encargar en decenas de tamaños a medida.',
      seo_title: 'Cortinas opacas Umbra, 99 % de oscuridad, 2 paneles',
      meta_description:
        'Cortinas opacas Umbra de tres capas: bloquean hasta el 99 % de la luz y aíslan del calor y del ruido. Dos paneles de 140 × 245 cm con ollaos de acero.',
      h1: 'Umbra, cortinas para dormir a oscuras',
      marketing_copy_a:
        'Duerme más y gasta menos en aire acondicionado: unas cortinas que trabajan de día y de noche. Cómpralas ya.',
      marketing_copy_b:
        '¿Te imaginas una siesta a oscuras en pleno agosto, sin un solo rayo de sol colándose? Así se descansa de verdad. Descubre Umbra.',
      marketing_copy_c: 'Esta semana, alzapaños de regalo con cada paquete: pide el tuyo hoy.',
    },
    { field: 'seo_title', find: '2 paneles', replace: '4 paneles', labels: ['number_invented'] },
    'Se pueden lavar a máquina a un máximo de 40 °C.',
  ),
  listing(
    'b04',
    'bathrobes',
    'de',
    BATHROBE_ZH,
    BATHROBE_SRC,
    {
      translated_description:
        'Der Waffelpiqué-Bademantel Nube ist zu 100 % aus langstapeliger Baumwolle gewebt. Mit 380 g/m² saugt er Wasser schnell auf und trocknet ebenso schnell wieder. Es gibt ihn in vier Größen, S, M, L und XL, mit einer Länge von 110 bis 125 cm. Zwei aufgesetzte Taschen, ein abnehmbarer Gürtel und ein Aufhänger innen am Kragen machen ihn alltagstauglich. Er ist bis 60 °C maschinenwaschbar und bleibt auch nach Dutzenden Wäschen weich.',
      seo_title: 'Nube Waffel-Bademantel, 100 % Baumwolle, Unisex',
      meta_description:
        'Bademantel Nube aus 100 % langstapeliger Baumwolle in Waffelstruktur, 380 g/m², saugstark und schnell trocken. Unisex in den Größen S bis XL.',
      h1: 'Nube Bademantel in Waffeloptik',
      marketing_copy_a:
        'Leicht genug fürs Reisegepäck, saugstark genug für jeden Morgen – ein Bademantel für alle Fälle. Jetzt bestellen.',
      marketing_copy_b:
        'Nach der heißen Dusche in weiche Baumwolle schlüpfen und den Tag ganz langsam beginnen lassen. Dafür ist Nube gemacht. Entdecken Sie Nube.',
      marketing_copy_c:
        'Zum Frühlingsstart gibt es passende Gästehandtücher gratis dazu – legen Sie Nube jetzt in den Warenkorb.',
    },
    { field: 'meta_description', find: '380 g/m²', replace: '420 g/m²', labels: ['number_invented'] },
    'Er ist bis 60 °C maschinenwaschbar und bleibt auch nach Dutzenden Wäschen weich.',
  ),
  listing(
    'b04',
    'bathrobes',
    'ja',
    BATHROBE_ZH,
    BATHROBE_SRC,
    {
      translated_description:
        'Nubeのワッフル織りバスローブは、長繊維コットン100%で織り上げています。生地の重さは380g/m²で、水をすばやく吸い、乾きも早いのが特長です。サイズはS・M・L・XLの4サイズ、着丈は110〜125cmです。パッチポケットが2つと取り外せるベルト付きで、襟の内側にはハンガーループがあります。60℃以下で洗濯機洗いができ、何十回洗ってもやわらかさが続きます。',
      seo_title: 'Nube ワッフル バスローブ 綿100% 男女兼用',
      meta_description:
        '長繊維コットン100%のワッフル織りバスローブ。380g/m²の生地は吸水性が高く、すぐに乾きます。S〜XLの4サイズ展開で男女兼用です。',
      h1: 'Nube ふんわりワッフルバスローブ',
      marketing_copy_a:
        '旅行にも持っていける軽さと、毎日頼れる吸水力。一着あれば、バスタイムがぐっと快適になります。今すぐ購入。',
      marketing_copy_b:
        'お風呂上がり、やわらかなコットンに包まれてほっとひと息。そんな時間が、一日の疲れをほどいてくれます。ぜひチェックしてください。',
      marketing_copy_c:
        '春の新生活キャンペーン中につき、おそろいのフェイスタオルをプレゼント。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '380g/m²',
      replace: '450g/m²',
      labels: ['number_dropped', 'number_invented'],
    },
    '60℃以下で洗濯機洗いができ、何十回洗ってもやわらかさが続きます。',
  ),
  listing(
    'b05',
    'heated_towel_rails',
    'en',
    TOWEL_RAIL_ZH,
    TOWEL_RAIL_SRC,
    {
      translated_description:
        'The Calda T8 heated towel rail has 8 bars and draws 120 W. Its surface warms to about 50 to 60 °C (122 to 140 °F) and reaches full temperature in just over ten minutes once switched on. The frame is made of 304 stainless steel and rated IP44, so it can be installed in the bathroom. A built-in timer switches it off automatically after 2, 4 or 6 hours. The rail measures 53 × 80 cm, and a full set of mounting hardware is included.',
      seo_title: 'Calda T8 Heated Towel Rail, 8 Bars, 120 W, IP44',
      meta_description:
        'Calda T8 heated towel rail in 304 stainless steel: 8 bars, 120 W, IP44 for bathroom use and a timer that switches off after 2, 4 or 6 hours.',
      h1: 'Calda Stainless Steel Towel Warmer',
      marketing_copy_a:
        'Warm, dry towels every morning and a bathroom that never smells damp again. Buy the Calda T8.',
      marketing_copy_b:
        'Step out of the shower on a winter morning and wrap yourself in a towel that is already warm. A little hotel luxury, right at home. Discover Calda.',
      marketing_copy_c: 'This month every Calda comes with a free set of cotton towels – order today.',
    },
    {
      field: 'meta_description',
      find: '8 bars, 120 W',
      replace: '8 bars, 150 W',
      labels: ['number_invented'],
    },
    'The rail measures 53 × 80 cm, and a full set of mounting hardware is included.',
  ),
  listing(
    'b05',
    'heated_towel_rails',
    'fr',
    TOWEL_RAIL_ZH,
    TOWEL_RAIL_SRC,
    {
      translated_description:
        'Le sèche-serviettes électrique Calda T8 compte 8 barres et consomme 120 W. Sa surface chauffe à environ 50 à 60 °C et atteint sa température en un peu plus de dix minutes après la mise en marche. Le cadre en acier inoxydable 304 est certifié IP44 : il s’installe sans souci dans la salle de bains. La minuterie intégrée l’éteint automatiquement au bout de 2, 4 ou 6 heures. L’appareil mesure 53 × 80 cm et il est livré avec tout le nécessaire de fixation.',
      seo_title: 'Sèche-serviettes électrique Calda T8, 8 barres, 120 W',
      meta_description:
        'Sèche-serviettes Calda T8 en inox 304 : 8 barres, 120 W, IP44 pour la salle de bains et minuterie de 2, 4 ou 6 heures pour des serviettes tièdes.',
      h1: 'Calda, des serviettes chaudes à la sortie de la douche',
      marketing_copy_a:
        'Des serviettes sèches et tièdes chaque matin, et une salle de bains qui ne sent plus l’humidité. Achetez le Calda T8.',
      marketing_copy_b:
        'Un matin d’hiver, vous sortez de la douche et votre serviette vous attend, bien chaude. Un petit luxe d’hôtel, chez vous. Découvrez Calda.',
      marketing_copy_c:
        'Ce mois-ci, un lot de serviettes en coton est offert avec chaque Calda : commandez dès aujourd’hui.',
    },
    {
      field: 'translated_description',
      find: 'consomme 120 W',
      replace: 'consomme 300 W',
      labels: ['number_dropped', 'number_invented'],
    },
    'L’appareil mesure 53 × 80 cm et il est livré avec tout le nécessaire de fixation.',
  ),
  listing(
    'b06',
    'shower_heads',
    'de',
    SHOWER_ZH,
    SHOWER_SRC,
    {
      translated_description:
        'Der Duschkopf Aqua S3 vereint Druckverstärkung, Filterung und Wassersparen in einem 3-in-1-Gerät. Die 15-stufige Filterschicht entfernt 90 % des Restchlors. Zwischen drei Strahlarten wechseln Sie per Knopfdruck. Die Brausefläche hat 12 cm Durchmesser und spart gegenüber einem herkömmlichen Duschkopf 30 % Wasser. Dank universellem G1/2-Anschluss ist er in zwei Minuten selbst montiert. Die Filterkartusche sollte alle 3 bis 6 Monate gewechselt werden.',
      seo_title: 'Aqua S3 Filter-Duschkopf 3-in-1, 15-stufiger Filter',
      meta_description:
        'Duschkopf Aqua S3 mit Druckverstärkung, 15-stufigem Filter gegen 90 % des Restchlors, drei Strahlarten und 30 % weniger Wasserverbrauch.',
      h1: 'Aqua S3 Duschkopf mit Filter',
      marketing_copy_a:
        'Weniger Wasser, weicheres Haar und mehr Druck aus derselben Leitung – ein Tausch, der sich jeden Tag lohnt. Jetzt kaufen.',
      marketing_copy_b:
        'Morgens unter einen kräftigen, klaren Strahl treten und spüren, wie die Haut ohne Chlorgeruch aufatmet. So beginnt ein guter Tag. Entdecken Sie Aqua.',
      marketing_copy_c: 'Diese Woche liegt jedem Aqua S3 eine Ersatzkartusche bei – bestellen Sie jetzt.',
    },
    {
      field: 'seo_title',
      find: '15-stufiger',
      replace: '20-stufiger',
      labels: ['number_invented'],
    },
    'Die Filterkartusche sollte alle 3 bis 6 Monate gewechselt werden.',
  ),
  listing(
    'b06',
    'shower_heads',
    'es',
    SHOWER_ZH,
    SHOWER_SRC,
    {
      translated_description:
        'La alcachofa de ducha Aqua S3 es un 3 en 1: aumenta la presión, filtra el agua y reduce el consumo. Su filtro de 15 etapas elimina el 90 % del cloro residual. Tiene 3 modos de chorro que se cambian con un solo botón. La superficie de salida mide 12 cm de diámetro y ahorra un 30 % de agua frente a una alcachofa convencional. Con su rosca universal G1/2, la instalas tú mismo en dos minutos. Se recomienda cambiar el cartucho del filtro cada 3 a 6 meses.',
      seo_title: 'Alcachofa de ducha con filtro Aqua S3, 3 en 1',
      meta_description:
        'Alcachofa de ducha Aqua S3 con más presión, filtro de 15 etapas que elimina el 90 % del cloro, 3 modos de chorro y un 30 % menos de consumo de agua.',
      h1: 'Aqua S3, la ducha que cuida tu piel',
      marketing_copy_a:
        'Más presión con menos agua y un pelo más suave: un cambio pequeño que notas cada mañana. Cómprala hoy.',
      marketing_copy_b:
        '¿Recuerdas aquella ducha de hotel que te dejó como nuevo? Ahora puede ser así cada día, sin olor a cloro. Descubre Aqua.',
      marketing_copy_c:
        'Solo esta semana, cartucho de recambio de regalo con cada Aqua S3: hazte con la tuya.',
    },
    {
      field: 'translated_description',
      find: 'elimina el 90 %',
      replace: 'elimina el 95 %',
      labels: ['number_dropped', 'number_invented'],
    },
    'Se recomienda cambiar el cartucho del filtro cada 3 a 6 meses.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** The sentences of a Latin-script copy, each as a markdown bullet line. */
const bulleted = (text: string, mark: string): string =>
  (text.match(/[^.!?]+(?:[.!?]+|$)/g) ?? [text])
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => `${mark} ${s}`)
    .join('\n');
/** `text` with `phrase` wrapped in markdown emphasis `mark` (the whole text when the phrase is missing). */
const emphasised = (text: string, phrase: string, mark: string): string =>
  text.includes(phrase) ? text.replace(phrase, `${mark}${phrase}${mark}`) : `${mark}${text}${mark}`;
/** The first Japanese sentence of `text` in bold, as a model's markdown leaves it. */
const boldFirstJa = (text: string): string => text.replace(/^([^。]+。)/, '**$1**');

// en: listing 1 (weighted blanket) takes styles 0-2, listing 2 (curtains) 3-5, listing 3 (towel rail) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Here's the finished English product description, translated from the supplier's Chinese and tidied up for the storefront:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `Page heading (H1): ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nI can also spin off a handful of shorter variants for paid search ads, if that would be useful.`,
  }),
  (c) => ({
    marketing_copy_b: `Agreed – a softer, more personal angle suits curtains far better. ${c.marketing_copy_b}`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '[Writer’s note: “grommets” is the usual US term; UK shoppers will know them as eyelets.]',
    ),
  }),
  (c) => ({ marketing_copy_a: bulleted(c.marketing_copy_a, '*') }),
  (c) => ({ meta_description: `"${c.meta_description}"` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (Kept it warm and sensory, and short enough for a mobile product card.)`,
  }),
  (c) => ({
    marketing_copy_a: `You asked for a value-led line that ends on a clear call to action, so here it is: ${c.marketing_copy_a}`,
  }),
];

// de: listing 1 (weighted blanket) takes styles 0-2, listing 2 (bathrobe) 3-5, listing 3 (shower head) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Hier kommt die fertige deutsche Produktbeschreibung, bereit zum Einfügen in den Shop:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `Verkaufstext „Mehrwert“: ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nGern liefere ich Ihnen noch eine knappere Fassung für Google Shopping nach.`,
  }),
  (c) => ({
    marketing_copy_b: `Einverstanden – dann formuliere ich es ruhiger und ganz ohne Superlative. ${c.marketing_copy_b}`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Kleiner Hinweis am Rande: „Waffelpiqué“ ist im Handel geläufiger als „Waffelstoff“.)',
    ),
  }),
  (c) => ({
    translated_description: emphasised(c.translated_description, 'langstapeliger Baumwolle', '**'),
  }),
  (c) => ({ marketing_copy_b: `»${c.marketing_copy_b}«` }),
  (c) => ({ h1: `${c.h1} (im Ton sachlich-freundlich, passend zu den übrigen Produktseiten)` }),
  (c) => ({
    marketing_copy_c: `Sie wollten einen Aktionstext mit klarer Handlungsaufforderung am Schluss – bitte sehr: ${c.marketing_copy_c}`,
  }),
];

// ja: listing 1 (silk pillowcases) takes styles 0-2, listing 2 (bathrobe) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `日本語の商品説明ができあがりましたので、下記に貼り付けておきます。\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_c: `プロモーション文：${c.marketing_copy_c}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nほかに直したいところがあれば、遠慮なくおっしゃってくださいね。`,
  }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      1,
      '（注：「ワッフル織り」は、ショップによっては「ワッフル生地」と表記されます）',
    ),
  }),
  (c) => ({ marketing_copy_b: boldFirstJa(c.marketing_copy_b) }),
  (c) => ({ h1: `${c.h1}（やわらかい雰囲気が伝わるよう、短めの見出しにしています）` }),
];

// es: listing 1 (curtains) takes styles 0-2, listing 2 (shower head) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Me pedías la descripción en español sin tocar ninguna cifra del original; aquí la tienes:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `Titular de la página: ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nSi te viene bien, también puedo escribir una variante para la campaña de email.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Nota de redacción: en buena parte de Latinoamérica se diría «regadera» en lugar de «alcachofa».)',
    ),
  }),
  (c) => ({ marketing_copy_a: bulleted(c.marketing_copy_a, '-') }),
  (c) => ({ marketing_copy_c: `«${c.marketing_copy_c}»` }),
];

// fr: listing 1 (silk pillowcases) takes styles 0-2, listing 2 (towel rail) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_b: `Entièrement d’accord avec vous : misons sur la douceur plutôt que sur les arguments. ${c.marketing_copy_b}`,
  }),
  (c) => ({ marketing_copy_a: `Texte « valeur » : ${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nSi besoin, je vous envoie aussi une déclinaison plus sobre pour le catalogue imprimé.`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nRemarque : « sèche-serviettes » prend un trait d’union, je l’ai uniformisé dans toute la fiche.`,
  }),
  (c) => ({ meta_description: `“${c.meta_description}”` }),
  (c) => ({ h1: `${c.h1} (ton chaleureux, sans superlatifs, dans la lignée du reste de la fiche)` }),
];

export const ROUND_33_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap curtains let the morning light straight through.',
      'Knockoff weighted blankets often leak their beads.',
      'Beware of fake silk sold at market stalls.',
      'This is no imitation of a hotel classic.',
    ],
    slogans: ['Warm towels, warm mornings.', 'Darkness on demand, rest on repeat.'],
    chineseLeftovers: [],
    duplicateLead: 'At a glance: ',
    titleStuffing: ' | Cosy Bedroom Essential, Housewarming Gift, Free Delivery, Sale',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Decken verklumpen schon nach kurzer Zeit.',
      'Eine Fälschung erkennen Sie an der rauen Naht.',
      'Keine Nachahmung aus dem Kaufhausregal.',
      'Imitate aus Polyester fühlen sich nie so an.',
    ],
    slogans: ['Weich wie ein Sonntagmorgen.', 'Klares Wasser, kräftiger Strahl.'],
    chineseLeftovers: [],
    duplicateLead: 'Auf einen Blick: ',
    titleStuffing: ' | Schlafzimmer-Favorit, Einzugsgeschenk, Gratisversand, Angebot',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の枕カバーとは肌ざわりがまったく違います。',
      'コピー品のバスローブにご注意ください。',
      '偽物のシルクは光沢の違いですぐにわかります。',
      '模倣品ではなく、自社工場で織り上げた正規品です。',
    ],
    slogans: ['湯上がりを、もっとやさしく。', 'シルクに包まれて、ぐっすり。'],
    chineseLeftovers: ['这款枕套的丝面非常顺滑，头发不容易打结。', '这件浴袍吸水很快，洗完澡穿上很舒服。'],
    duplicateLead: '簡単に言うと、',
    titleStuffing: '｜新生活 寝具 バス用品 人気 おすすめ 送料無料 ギフト',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las cortinas baratas dejan pasar la luz del amanecer.',
      'Desconfía de las alcachofas falsas que no filtran nada.',
      'Ninguna imitación iguala este tejido.',
      'Aquí no vendemos réplicas de marcas conocidas.',
    ],
    slogans: ['Una ducha que se nota.', 'La noche, cuando tú quieras.'],
    chineseLeftovers: [],
    duplicateLead: 'A grandes rasgos: ',
    titleStuffing: ' | Textil hogar, regalo de inauguración, envío gratis, rebajas',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les taies pas chères s’abîment vite au lavage.',
      'Méfiez-vous de la fausse soie vendue en ligne.',
      'Aucune contrefaçon ne sort de notre atelier.',
      'Ce n’est pas une imitation de grand hôtel.',
    ],
    slogans: ['La soie, tout simplement.', 'La chaleur au sortir de la douche.'],
    chineseLeftovers: [],
    duplicateLead: 'En clair : ',
    titleStuffing: ' | Linge de maison, cadeau de crémaillère, livraison offerte, soldes',
  },
};
