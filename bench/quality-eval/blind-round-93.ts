// Blind set, round 93 (written without reading the gate, committed before it is scored): six bathroom, stationery
// and cycling products in the categories thermostatic_shower_mixers, wall_mounted_towel_racks, dot_grid_notebooks,
// correction_tapes, bike_phone_mounts and folding_bike_locks, 12 hand-written listings (en and de three times, ja, es
// and fr twice), three artifact styles per listing and wording of its own. Theme: the register of the shared dev set,
// ordinary model output as a reviewer meets it. Artifact style of this round: mostly the kinds the llm_artifact
// definition names, each in a wording of its own — lead-ins before the description in the target language or in
// English ("Below is the translated product description", "Here is the German version", "こちらが翻訳した商品説明です",
// "Here’s the Spanish translation"), "Sure!"-style openers ("Sure! Here’s a promotional version", "Klar, gern!",
// "Bien sûr !"), field-label prefixes with a colon, a full-width colon or a dash ("Value copy —", "H1：",
// "Marketingtext (Nutzen) –", "Metadescripción —", "Accroche promotionnelle :"), markdown headings and bold labels,
// code fences, HTML tags (<h1>, <div class>, <h2>, <div>), AI disclaimers and sign-offs offering changes — and a few
// subtler ones: a translator's remark in brackets (en, ja), an unfilled placeholder (en, es), a question to the
// requester (de, es). No digits in artifacts that land in the description, title or meta. The clean listings speak in
// an ordinary shop voice that uses words also found in chatter ("Tip:", "Please note:", "Hinweis:", "Unser Tipp:",
// "Un consejo:", "Astuce :", questions to the shopper answered at once, the maker's "we" / "wir" / "nous", "いつでも
// お気軽にご連絡ください"). Sources are in standard Chinese shop style with ordinary number forms.
// Legitimate numbers:
// Hydra 38℃ twice (38 °C (100 °F)), ±1℃ (±1 °C), H59 brass (59), 5层 (5-layer, 5-lagig, fünf in copy) and 5年
// (5-year, 5 Jahre), 150 mm, 140 to 160 mm, 0.1 MPa (0,1 MPa); idiom 忽冷忽热 (hot and cold: not a number);
// Lumo 304 stainless steel (304ステンレス, inox 304), 60 cm, 双杆 (double bar, ダブルバー: "dual", not a number),
// 24 hours (24時間, 24 heures), 8 kg, 4 hooks (4つ, 4 crochets), 1年 (1年以内, 1 an), idiom 一家人 (the whole family,
// 家族みんな, chacun dans la famille);
// Papiro A5 (5), 100 g (100 gsm, 100g/m²), 160 pages (全160ページ), 5 mm dot spacing, 0.5 mm (0.5mm), 3 index pages
// (3ページ), 180 degrees (180度), 两条 (two ribbon bookmarks, しおり紐2本), idiom 一目了然 (at a glance, ひと目で);
// 钢笔 is rendered 万年筆 in ja: no number, 万 here is part of the word;
// Tippo 30 m (30 metros), 5 mm, 6 per pack (6 Stück, 6er-Pack, 6 unidades, pack de 6), 360 degrees (360 Grad, 360
// grados), idioms 一整个学期 (ein ganzes Schulhalbjahr, un semestre entero) and 一眼 (auf einen Blick, de un vistazo);
// Velo 4.7 to 6.8 inch (4,7 à 6,8 pouces), 22 to 35 mm, 四角 (four-corner, aux quatre coins), 360 degrees (360°,
// 360 degrés), 85 g (3 oz), 10 seconds (10 secondes), 2万 (20,000, 20 000), 两年 (two-year, deux ans), idiom 一按即锁
// (a single press, d’une simple pression);
// Klapp 6 links (6 Glieder, 6 eslabones), 5 mm, 90 cm, C级 (class C: no number), 3 keys (3 Schlüssel, 3 llaves),
// 18×6×5 cm (18 × 6 × 5 cm), about 1.1 kg (rund 1,1 kg, alrededor de 1,1 kg), idiom 一层软胶 (a soft rubber sleeve).
// Number edits: Hydra en title 38 → 40 °C (invented), de 38 → 37 °C in the preset while the lock sentence still says
// 38 °C (invented only); Lumo ja meta 8 → 10 kg (invented), fr 60 → 70 cm (dropped + invented); Papiro en 100 → 120
// gsm (dropped + invented), ja title 160 → 200 pages (invented); Tippo de title 6er → 10er-Pack (invented), es 30 →
// 25 metros (dropped + invented); Velo en 20,000 → 50,000 vibration tests (dropped + invented), fr title 6,8 → 7,2
// pouces (invented); Klapp de meta 1,1 → 0,9 kg (invented), es 3 → 4 llaves (dropped + invented). The original value
// of a description edit is not said in that listing's title or meta either.
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const MIXER_ZH = 'Hydra 明装恒温淋浴混水阀 38℃预设 黄铜阀体';
const MIXER_SRC =
  'Hydra 明装恒温淋浴混水阀采用石蜡恒温阀芯，出厂预设38℃，水温波动控制在±1℃以内，洗澡时不会忽冷忽热。温度旋钮带安全锁，想调到38℃以上需要先按下按钮，防止小朋友误调烫伤。阀体选用H59黄铜，表面经过5层电镀，用久了也不易氧化发黑。标准孔距150毫米，偏心脚可在140到160毫米之间微调，老房子改造也能直接换上。温馨提示：本品适用于燃气热水器和电热水器，使用时水压需在0.1MPa以上。我们为每台混水阀提供5年质保。';
const RACK_ZH = 'Lumo 免打孔双杆毛巾架 304不锈钢 60厘米';
const RACK_SRC =
  'Lumo 免打孔浴室毛巾架采用304不锈钢，表面拉丝处理，不留指纹，也不易生锈。杆长60厘米，双杆设计，上层挂浴巾，下层挂毛巾，一家人的毛巾都能分开晾。安装不用打孔，用附带的专用胶贴在瓷砖上，静置24小时后单杆承重可达8公斤。如果墙面是石膏板或贴了墙纸，我们建议改用螺丝安装，包装里已配好膨胀螺丝。底部另有4个活动挂钩，可以挂浴球、洗脸巾等小物件。使用中有任何问题请随时联系我们，1年内非人为损坏免费换新。';
const NOTEBOOK_ZH = 'Papiro A5点阵笔记本 100克道林纸 160页';
const NOTEBOOK_SRC =
  'Papiro A5点阵笔记本，内页为100克道林纸，共160页，点距5毫米，记笔记、画表格、做手帐都很方便。纸张厚实顺滑，用0.5毫米中性笔书写不洇墨，钢笔字会轻微透影，但不会透到背面。每页右上角印有页码，前面留有3页目录，以后查找内容一目了然。采用锁线装订，可以180度摊平，左右页面都能写到边。封面为PU皮质，附两条书签丝带和笔插。常有顾客问能不能用马克笔：酒精性马克笔会渗到下一页，建议在下面垫张纸。';
const TAPE_ZH = 'Tippo 可换芯修正带 30米×5毫米 6个装';
const TAPE_SRC =
  'Tippo 修正带单个长度为30米，带宽5毫米，每盒6个，用上一整个学期都没问题。带芯可以更换，用完只需装上替换芯，外壳继续使用，更加环保。前端是360度旋转头，横着拉、竖着拉都顺手。遮盖力强，修正后马上就能在上面书写，不用等它干。外壳透明，剩余长度一眼就能看到，考试前不会突然用完。内置防拉出按钮，放在笔袋里带子也不会被扯出来。适合学生和办公室使用。小提示：请在干燥的纸面上使用，效果更好。';
const MOUNT_ZH = 'Velo 自行车手机支架 360度旋转 适配4.7-6.8英寸';
const MOUNT_SRC =
  'Velo 自行车手机支架适用于4.7到6.8英寸的手机，直径22到35毫米的车把都能安装。四角硅胶卡爪一按即锁，路面再颠簸，手机也不会掉。支架可360度旋转，横屏看导航、竖屏看码表数据都可以。主体采用铝合金加尼龙材质，重量仅85克。安装无需工具，拧紧旋钮，10秒就能装好。小贴士：每次骑行前请检查旋钮是否拧紧。我们的每款支架都经过2万次震动测试，并提供两年质保。';
const LOCK_ZH = 'Klapp 折叠自行车锁 6节钢板 C级锁芯';
const LOCK_SRC =
  'Klapp 折叠自行车锁由6节高强度钢板组成，每节厚5毫米，外面包了一层软胶，不会刮花车架。展开后长度为90厘米，能把车架和路边的栏杆锁在一起。采用C级锁芯，防撬防钻，随锁附赠3把钥匙。折叠后只有18×6×5厘米，配套支架可以装在水壶架的螺丝孔上，骑行时不晃也不响。整把锁重约1.1公斤。常有车友问：下雨天会不会生锈？锁体经过防锈处理，平时偶尔往锁孔里滴点润滑油就可以了。';

export const ROUND_93_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'thermostatic_shower_mixers',
    'en',
    MIXER_ZH,
    MIXER_SRC,
    {
      translated_description:
        'The Hydra exposed thermostatic shower mixer uses a wax thermostatic cartridge that comes preset to 38 °C (100 °F) and holds the water temperature within ±1 °C, so your shower never swings from hot to cold. The temperature knob has a safety lock: to go above 38 °C you first press a button, which stops little hands from turning it up too far. The body is made of H59 brass with a 5-layer plated finish that resists tarnishing for years. Standard centres are 150 mm, and the offset connectors let you fine-tune anywhere between 140 and 160 mm, so it fits straight in when you renovate an older bathroom. Please note: the mixer works with gas and electric water heaters and needs a water pressure of at least 0.1 MPa. We back every Hydra mixer with a 5-year warranty.',
      seo_title: 'Hydra Thermostatic Shower Mixer, Preset to 38 °C',
      meta_description:
        'Exposed thermostatic shower mixer with an H59 brass body, a child safety lock and ±1 °C stability, preset to 38 °C. Works with gas and electric heaters.',
      h1: 'Hydra – Steady Warmth from Start to Finish',
      marketing_copy_a:
        'Solid H59 brass, a five-layer finish and a 5-year warranty: a mixer you fit once and then forget about. Order your Hydra today.',
      marketing_copy_b:
        'No more jumping out of the spray when someone turns on the kitchen tap. Just steady, comforting warmth, morning after morning. Discover the Hydra.',
      marketing_copy_c:
        'Bathroom refresh month: a free fitting kit with every Hydra mixer. Shop now while stocks last.',
    },
    { field: 'seo_title', find: 'Preset to 38 °C', replace: 'Preset to 40 °C', labels: ['number_invented'] },
    'Standard centres are 150 mm, and the offset connectors let you fine-tune anywhere between 140 and 160 mm, so it fits straight in when you renovate an older bathroom.',
  ),
  listing(
    'p01',
    'thermostatic_shower_mixers',
    'de',
    MIXER_ZH,
    MIXER_SRC,
    {
      translated_description:
        'Der Aufputz-Thermostat-Brausemischer Hydra arbeitet mit einer Wachs-Thermostatkartusche, ist ab Werk auf 38 °C eingestellt und hält die Wassertemperatur auf ±1 °C genau – kein plötzliches Heiß und Kalt mehr unter der Dusche. Der Temperaturgriff hat eine Sicherheitssperre: Wer über 38 °C hinaus möchte, drückt zuerst einen Knopf, damit Kinder nicht versehentlich zu heiß drehen. Das Gehäuse besteht aus Messing H59 mit 5-lagiger Galvanikbeschichtung und läuft auch nach Jahren nicht dunkel an. Der Standardabstand beträgt 150 mm, über die S-Anschlüsse lässt er sich zwischen 140 und 160 mm anpassen – ideal, wenn Sie im Altbau einfach den alten Mischer tauschen. Hinweis: Der Mischer eignet sich für Gas- und Elektro-Warmwasserbereiter und braucht einen Wasserdruck von mindestens 0,1 MPa. Wir geben auf jeden Hydra-Mischer 5 Jahre Garantie.',
      seo_title: 'Hydra Thermostat-Brausemischer, Aufputz, Messing',
      meta_description:
        'Aufputz-Thermostatmischer Hydra aus Messing H59: ab Werk auf 38 °C eingestellt, auf ±1 °C genau, mit Kindersicherung am Griff und 5 Jahren Garantie.',
      h1: 'Hydra – gleichmäßig warm vom ersten Tropfen an',
      marketing_copy_a:
        'Messing H59, fünf Galvanikschichten und 5 Jahre Garantie: ein Mischer, den Sie einmal montieren und dann vergessen. Jetzt bestellen.',
      marketing_copy_b:
        'Kein Zurückspringen mehr, wenn in der Küche jemand den Hahn aufdreht. Nur angenehme, gleichmäßige Wärme, Morgen für Morgen. Entdecken Sie den Hydra.',
      marketing_copy_c:
        'Frühjahrsputz im Bad: Zu jedem Hydra gibt es diesen Monat ein Montageset gratis. Sichern Sie sich Ihren Mischer jetzt.',
    },
    {
      field: 'translated_description',
      find: 'ab Werk auf 38 °C eingestellt',
      replace: 'ab Werk auf 37 °C eingestellt',
      labels: ['number_invented'],
    },
    'Der Standardabstand beträgt 150 mm, über die S-Anschlüsse lässt er sich zwischen 140 und 160 mm anpassen – ideal, wenn Sie im Altbau einfach den alten Mischer tauschen.',
  ),
  listing(
    'p02',
    'wall_mounted_towel_racks',
    'ja',
    RACK_ZH,
    RACK_SRC,
    {
      translated_description:
        'Lumoの穴あけ不要タオルハンガーは304ステンレス製。表面はヘアライン加工で指紋が目立たず、サビにも強い仕上げです。バーの長さは60cmで、上段にバスタオル、下段にフェイスタオルを掛けられるダブルバー仕様。家族みんなのタオルを分けて乾かせます。取り付けに穴あけは不要です。付属の専用接着剤でタイルに貼り付け、24時間置けば、各バーに最大8kgまで掛けられます。石膏ボードや壁紙の壁には、ねじでの取り付けをおすすめします。アンカーも同梱しています。下部には可動式のフックが4つ付いていて、ボディスポンジや洗顔タオルなどの小物を掛けておけます。使用中に気になることがあれば、いつでもお気軽にご連絡ください。お客様の過失によらない破損は、1年以内なら無料で新品と交換いたします。',
      seo_title: 'Lumo 穴あけ不要 タオルハンガー ダブルバー 60cm',
      meta_description:
        '304ステンレス製、貼るだけで付けられるダブルバーのタオルハンガー。24時間置けば各バー8kgまでOK。石膏ボードにはねじ止めもできます。',
      h1: 'Lumo 浴室のタオルをすっきり整理',
      marketing_copy_a:
        '穴あけ不要で賃貸の浴室にも取り付けやすく、サビに強いステンレスで長く使えます。家族のタオルがすっきり片付きます。今すぐ購入。',
      marketing_copy_b:
        'ふかふかに乾いたバスタオルに包まれる、一日の終わりのひととき。毎日のお風呂時間が、もっと心地よくなります。ぜひチェックしてください。',
      marketing_copy_c: '今月限定で、替えのフックをおまけにお付けします。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '各バー8kg', replace: '各バー10kg', labels: ['number_invented'] },
    '下部には可動式のフックが4つ付いていて、ボディスポンジや洗顔タオルなどの小物を掛けておけます。',
  ),
  listing(
    'p02',
    'wall_mounted_towel_racks',
    'fr',
    RACK_ZH,
    RACK_SRC,
    {
      translated_description:
        'Le porte-serviettes Lumo sans perçage est en acier inoxydable 304 au fini brossé : il ne garde pas les traces de doigts et résiste à la rouille. Ses barres mesurent 60 cm et, grâce à la double barre, le drap de bain se suspend en haut et la serviette de toilette en bas ; chacun dans la famille a sa place pour faire sécher la sienne. Inutile de percer : l’adhésif spécial fourni se colle sur le carrelage et, après 24 heures de séchage, chaque barre supporte jusqu’à 8 kg. Sur une plaque de plâtre ou un mur tapissé, nous vous conseillons plutôt de visser le support ; les chevilles sont déjà dans la boîte. Dessous, 4 crochets mobiles accueillent la fleur de douche, les gants de toilette et autres petits accessoires. Une question à l’usage ? Contactez-nous à tout moment : pendant 1 an, toute casse non due à une mauvaise utilisation est remplacée gratuitement.',
      seo_title: 'Porte-serviettes double barre Lumo, inox, sans perçage',
      meta_description:
        'Porte-serviettes Lumo en inox 304 brossé, double barre, pose sans perçage sur carrelage : jusqu’à 8 kg par barre après 24 heures. Crochets inclus.',
      h1: 'Lumo, des serviettes bien rangées et vite sèches',
      marketing_copy_a:
        'Un inox brossé qui ne rouille pas, une pose sans outil et des crochets en prime : l’essentiel pour une salle de bains ordonnée, même en location. Commandez votre Lumo.',
      marketing_copy_b:
        'Sortir de la douche et s’envelopper dans une serviette bien sèche, toujours à portée de main. Ce petit confort change tout au quotidien. Découvrez Lumo.',
      marketing_copy_c:
        'Offre du mois : un tube d’adhésif de rechange offert avec chaque Lumo. Profitez-en dès aujourd’hui !',
    },
    {
      field: 'translated_description',
      find: 'Ses barres mesurent 60 cm',
      replace: 'Ses barres mesurent 70 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Dessous, 4 crochets mobiles accueillent la fleur de douche, les gants de toilette et autres petits accessoires.',
  ),
  listing(
    'p03',
    'dot_grid_notebooks',
    'en',
    NOTEBOOK_ZH,
    NOTEBOOK_SRC,
    {
      translated_description:
        'The Papiro A5 dot grid notebook has 160 pages of 100 gsm woodfree paper with dots spaced 5 mm apart – just right for notes, tables and journaling. The paper is thick and smooth: a 0.5 mm gel pen will not bleed, and fountain pen ink shows through only faintly without reaching the back of the page. Each page is numbered in the top right corner, and there are 3 index pages at the front, so finding things later takes just a glance. The thread-sewn binding lets the notebook lie flat at 180 degrees, so you can write right to the edge on both sides of the spread. The cover is PU leather, with two ribbon bookmarks and a pen loop. Customers often ask us whether markers work: alcohol-based markers bleed through to the next page, so slip a sheet of paper underneath.',
      seo_title: 'Papiro A5 Dot Grid Notebook, 160 Pages, Lay-Flat',
      meta_description:
        'A5 dot grid notebook with 160 thick, smooth pages, 5 mm dot spacing and a lay-flat sewn binding. Gel pens won’t bleed through the paper.',
      h1: 'Papiro – Room for Every Idea, Dot by Dot',
      marketing_copy_a:
        'Thick paper, page numbers, an index and a binding that lies flat: everything a daily notebook needs, in a cover that lasts. Get your Papiro today.',
      marketing_copy_b:
        'Some ideas arrive as lists, others as sketches or late-night doodles. They all deserve a calm, dotted page to land on. Discover Papiro.',
      marketing_copy_c:
        'Back-to-school offer: a matching gel pen free with every Papiro notebook this month. Order now while stocks last.',
    },
    {
      field: 'translated_description',
      find: '160 pages of 100 gsm',
      replace: '160 pages of 120 gsm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Each page is numbered in the top right corner, and there are 3 index pages at the front, so finding things later takes just a glance.',
  ),
  listing(
    'p03',
    'dot_grid_notebooks',
    'ja',
    NOTEBOOK_ZH,
    NOTEBOOK_SRC,
    {
      translated_description:
        'PapiroのA5ドット方眼ノートは、100g/m²の上質紙を使った全160ページ。ドットの間隔は5mmで、メモやノートはもちろん、表づくりや手帳にも使いやすい仕様です。紙は厚みがあってなめらか。0.5mmのゲルインクペンならにじまず、万年筆でもうっすら透ける程度で、裏まで抜けることはありません。各ページの右上にはページ番号が入り、巻頭には3ページの目次があるので、あとから内容を探すときもひと目でわかります。糸かがり綴じで180度フラットに開き、左右のページとも端までしっかり書けます。表紙はPUレザーで、しおり紐2本とペンホルダー付き。「マーカーは使えますか？」というご質問をよくいただきます。アルコールマーカーは次のページまでにじむので、下に別の紙を敷いてお使いください。',
      seo_title: 'Papiro A5ドット方眼ノート 全160ページ',
      meta_description:
        '100g/m²の上質紙、全160ページのA5ドット方眼ノート。5mm間隔のドットで、メモも図表も自在。180度開く糸かがり綴じです。',
      h1: 'Papiro 書くほどに、アイデアが形になる',
      marketing_copy_a:
        '厚手の紙、ページ番号、目次、フラットに開く綴じ。毎日使うノートに必要なものが、すべてそろっています。今すぐ購入。',
      marketing_copy_b:
        '思いついたことを、リストでもスケッチでも、自由に書き留められる。静かなドットのページが、あなたの考えを受け止めます。ぜひチェックしてください。',
      marketing_copy_c: '新学期キャンペーン実施中。今なら専用のペンをおまけにお付けします。カートへどうぞ。',
    },
    { field: 'seo_title', find: '全160ページ', replace: '全200ページ', labels: ['number_invented'] },
    '各ページの右上にはページ番号が入り、巻頭には3ページの目次があるので、あとから内容を探すときもひと目でわかります。',
  ),
  listing(
    'p04',
    'correction_tapes',
    'de',
    TAPE_ZH,
    TAPE_SRC,
    {
      translated_description:
        'Jeder Tippo Korrekturroller enthält 30 m Band in 5 mm Breite, und in jeder Packung stecken 6 Stück – damit kommen Sie locker durch ein ganzes Schulhalbjahr. Die Bandkassette lässt sich wechseln: Ist das Band aufgebraucht, setzen Sie einfach eine Nachfüllkassette ein und verwenden das Gehäuse weiter, das schont die Umwelt. Der Kopf an der Spitze dreht sich um 360 Grad, sodass Sie quer wie längs bequem korrigieren. Das Band deckt zuverlässig ab, und Sie können sofort darüberschreiben, ganz ohne Trockenzeit. Durch das transparente Gehäuse sehen Sie auf einen Blick, wie viel Band noch übrig ist – so geht es Ihnen nicht kurz vor der Prüfung aus. Eine eingebaute Sperrtaste verhindert, dass sich das Band im Federmäppchen herauszieht. Ideal für Schule, Studium und Büro. Unser Tipp: Verwenden Sie den Roller auf trockenem Papier, dann gelingt die Korrektur am besten.',
      seo_title: 'Tippo Korrekturroller 30 m × 5 mm, nachfüllbar, 6er-Pack',
      meta_description:
        'Nachfüllbarer Korrekturroller Tippo mit 30 m Band in 5 mm Breite, 6 Stück pro Packung: sofort überschreibbar und mit transparentem Gehäuse.',
      h1: 'Tippo – sauber korrigiert, sofort weitergeschrieben',
      marketing_copy_a:
        'Nachfüllkassetten statt Wegwerfroller: Sie ersetzen nur noch das Band und behalten das Gehäuse. Das spart Geld und Müll. Jetzt bestellen.',
      marketing_copy_b:
        'Die letzte Aufgabe, die Uhr tickt, und ausgerechnet jetzt ein Schreibfehler. Kurz darüberrollen, weiterschreiben, durchatmen. Entdecken Sie Tippo.',
      marketing_copy_c:
        'Zum Schulstart gibt es diesen Monat zu jeder Packung eine Nachfüllkassette gratis dazu. Sichern Sie sich Ihr Set jetzt.',
    },
    { field: 'seo_title', find: '6er-Pack', replace: '10er-Pack', labels: ['number_invented'] },
    'Der Kopf an der Spitze dreht sich um 360 Grad, sodass Sie quer wie längs bequem korrigieren.',
  ),
  listing(
    'p04',
    'correction_tapes',
    'es',
    TAPE_ZH,
    TAPE_SRC,
    {
      translated_description:
        'Cada cinta correctora Tippo trae 30 metros de cinta de 5 mm de ancho, y cada caja incluye 6 unidades: tienes para un semestre entero sin problema. El cartucho se puede cambiar: cuando se acaba la cinta, basta con poner un recambio y seguir usando la carcasa, que es más ecológico. La punta gira 360 grados, así que corriges cómodamente tanto en horizontal como en vertical. Cubre muy bien y puedes escribir encima al momento, sin esperar a que se seque. La carcasa transparente te deja ver de un vistazo cuánta cinta queda, para que no se te acabe justo antes de un examen. Un botón de bloqueo evita que la cinta se salga dentro del estuche. Perfecta para estudiantes y para la oficina. Un consejo: úsala sobre papel seco y el resultado será mucho mejor.',
      seo_title: 'Cinta correctora Tippo recargable, 5 mm, pack de 6',
      meta_description:
        'Cinta correctora Tippo de 5 mm con recambio, caja de 6 unidades, punta giratoria y carcasa transparente: escribe encima al instante, sin esperar.',
      h1: 'Tippo, corrige y sigue escribiendo',
      marketing_copy_a:
        'Con recambios, solo repones la cinta y conservas la carcasa: gastas menos y tiras menos plástico. Compra tu pack de Tippo.',
      marketing_copy_b:
        'Último ejercicio del examen, el reloj corre y se te escapa una errata. Pasas la cinta, respiras y sigues. Descubre Tippo.',
      marketing_copy_c: 'Vuelta al cole: este mes, un recambio de regalo con cada caja de Tippo. Pídela ya.',
    },
    {
      field: 'translated_description',
      find: 'trae 30 metros de cinta',
      replace: 'trae 25 metros de cinta',
      labels: ['number_dropped', 'number_invented'],
    },
    'La punta gira 360 grados, así que corriges cómodamente tanto en horizontal como en vertical.',
  ),
  listing(
    'p05',
    'bike_phone_mounts',
    'en',
    MOUNT_ZH,
    MOUNT_SRC,
    {
      translated_description:
        'The Velo bike phone mount keeps your phone in view on every ride and fits handlebars from 22 to 35 mm in diameter. It holds phones from 4.7 to 6.8 inches, and its four-corner silicone grips lock with a single press, so your phone stays put however rough the road gets. The holder rotates through 360 degrees: landscape for navigation, portrait for your ride data. It is made of aluminium alloy and nylon and weighs just 85 g (3 oz). Fitting takes no tools – tighten the knob and you are ready in 10 seconds. Tip: check that the knob is tight before every ride. Every mount we make passes 20,000 vibration tests, and comes with a two-year warranty.',
      seo_title: 'Velo Bike Phone Mount, 360° Rotating, 4.7–6.8 in Phones',
      meta_description:
        'Tool-free bike phone mount with four-corner silicone grips and 360° rotation, for 22 to 35 mm handlebars and phones from 4.7 to 6.8 inches.',
      h1: 'Velo – Your Route, Always in Sight',
      marketing_copy_a:
        'Tool-free fitting, a grip that shrugs off cobbles and a two-year warranty: a mount you set up once and stop thinking about. Get your Velo now.',
      marketing_copy_b:
        'Eyes up, wind in your face, the next turn right there on the screen. No more stopping to dig your phone out of a pocket. Discover the freedom of Velo.',
      marketing_copy_c: 'Summer riding deal: free shipping on every Velo mount this week. Shop now.',
    },
    {
      field: 'translated_description',
      find: 'passes 20,000 vibration tests',
      replace: 'passes 50,000 vibration tests',
      labels: ['number_dropped', 'number_invented'],
    },
    'It is made of aluminium alloy and nylon and weighs just 85 g (3 oz).',
  ),
  listing(
    'p05',
    'bike_phone_mounts',
    'fr',
    MOUNT_ZH,
    MOUNT_SRC,
    {
      translated_description:
        'Le support de téléphone pour vélo Velo garde votre écran sous les yeux à chaque sortie et s’installe sur les guidons de 22 à 35 mm de diamètre. Il accueille les téléphones de 4,7 à 6,8 pouces, et ses griffes en silicone aux quatre coins se verrouillent d’une simple pression : même sur les pavés, le téléphone ne bouge pas. Le support pivote à 360 degrés, à l’horizontale pour la navigation, à la verticale pour vos données de compteur. En alliage d’aluminium et nylon, il ne pèse que 85 g. Le montage se fait sans outil : serrez la molette, c’est installé en 10 secondes. Astuce : vérifiez avant chaque sortie que la molette est bien serrée. Chacun de nos supports passe 20 000 tests de vibration et bénéficie d’une garantie de deux ans.',
      seo_title: 'Support téléphone vélo Velo, rotatif, 4,7 à 6,8 pouces',
      meta_description:
        'Support de téléphone Velo pour guidons de 22 à 35 mm : griffes en silicone, rotation à 360°, montage sans outil en 10 secondes et garantie de deux ans.',
      h1: 'Velo, l’itinéraire toujours sous les yeux',
      marketing_copy_a:
        'Montage sans outil, maintien à toute épreuve sur les pavés et deux ans de garantie : un support que l’on installe une fois pour toutes. Commandez votre Velo.',
      marketing_copy_b:
        'Le regard levé, le vent dans le visage et le prochain virage affiché juste devant vous. Plus besoin de s’arrêter pour fouiller dans une poche. Découvrez Velo.',
      marketing_copy_c:
        'Offre d’été : livraison offerte sur tous les supports Velo cette semaine. Profitez-en vite !',
    },
    {
      field: 'seo_title',
      find: '4,7 à 6,8 pouces',
      replace: '4,7 à 7,2 pouces',
      labels: ['number_invented'],
    },
    'En alliage d’aluminium et nylon, il ne pèse que 85 g.',
  ),
  listing(
    'p06',
    'folding_bike_locks',
    'de',
    LOCK_ZH,
    LOCK_SRC,
    {
      translated_description:
        'Das Faltschloss Klapp besteht aus 6 Gliedern aus hochfestem Stahl, jedes 5 mm stark und mit weichem Gummi ummantelt, damit der Rahmen keine Kratzer bekommt. Aufgeklappt ist es 90 cm lang – genug, um den Rahmen an einem Geländer oder Fahrradbügel anzuschließen. Der Schließzylinder der Sicherheitsklasse C schützt vor Aufhebeln und Aufbohren; im Lieferumfang sind 3 Schlüssel enthalten. Zusammengefaltet misst das Schloss nur 18 × 6 × 5 cm, und die mitgelieferte Halterung wird an den Gewindebohrungen des Flaschenhalters befestigt – unterwegs klappert und wackelt nichts. Das ganze Schloss wiegt rund 1,1 kg. Radfahrer fragen uns oft: Rostet das Schloss bei Regen? Keine Sorge, der Schlosskörper ist rostgeschützt; geben Sie einfach ab und zu etwas Öl in den Schließzylinder.',
      seo_title: 'Klapp Fahrrad-Faltschloss, 6 Stahlglieder, Klasse C',
      meta_description:
        'Faltschloss Klapp aus 6 Stahlgliedern, je 5 mm stark, mit Schließzylinder der Klasse C, 3 Schlüsseln und Rahmenhalterung. Nur rund 1,1 kg schwer.',
      h1: 'Klapp – sicher angeschlossen, platzsparend verstaut',
      marketing_copy_a:
        'Stahlglieder, die Aufhebeln standhalten, eine Halterung direkt am Rahmen und ein Schloss, das zusammengefaltet kaum Platz braucht. Jetzt bestellen und sicher parken.',
      marketing_copy_b:
        'Kurz in die Bäckerei, schnell ins Büro, abends noch ins Kino – und draußen wartet Ihr Rad genau da, wo Sie es gelassen haben. Entdecken Sie Klapp.',
      marketing_copy_c:
        'Nur diese Woche: kostenloser Versand für jedes Klapp-Schloss. Sichern Sie sich Ihres jetzt.',
    },
    { field: 'meta_description', find: 'rund 1,1 kg', replace: 'rund 0,9 kg', labels: ['number_invented'] },
    'Aufgeklappt ist es 90 cm lang – genug, um den Rahmen an einem Geländer oder Fahrradbügel anzuschließen.',
  ),
  listing(
    'p06',
    'folding_bike_locks',
    'es',
    LOCK_ZH,
    LOCK_SRC,
    {
      translated_description:
        'El candado plegable Klapp está formado por 6 eslabones de acero de alta resistencia de 5 mm de grosor, forrados de goma suave para no rayar el cuadro. Desplegado mide 90 cm, lo justo para atar el cuadro a una barandilla o a un aparcabicis. Lleva un bombín de clase C, resistente a palancas y taladros, e incluye 3 llaves. Plegado ocupa solo 18 × 6 × 5 cm, y el soporte incluido se atornilla en los orificios del portabidones, así que no baila ni hace ruido mientras pedaleas. Pesa en total alrededor de 1,1 kg. Muchos ciclistas nos preguntan si se oxida con la lluvia: el cuerpo del candado lleva tratamiento antioxidante, y basta con echar de vez en cuando unas gotas de lubricante en la cerradura.',
      seo_title: 'Candado plegable Klapp para bici, 6 eslabones, clase C',
      meta_description:
        'Candado plegable Klapp de 6 eslabones de acero de 5 mm, con bombín de clase C y soporte para el portabidones. Plegado mide solo 18 × 6 × 5 cm.',
      h1: 'Klapp, tu bici segura y el candado siempre a mano',
      marketing_copy_a:
        'Acero que aguanta palancas, un soporte fijo en el cuadro y un candado que plegado apenas ocupa sitio. Compra tu Klapp y aparca tranquilo.',
      marketing_copy_b:
        'Un café rápido, un recado, una película al salir del trabajo: cuando vuelvas, tu bici seguirá justo donde la dejaste. Descubre Klapp.',
      marketing_copy_c: 'Solo esta semana, envío gratis en todos los candados Klapp. Pide el tuyo ya.',
    },
    {
      field: 'translated_description',
      find: 'e incluye 3 llaves',
      replace: 'e incluye 4 llaves',
      labels: ['number_dropped', 'number_invented'],
    },
    'Pesa en total alrededor de 1,1 kg.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (shower mixer) takes styles 0-2, listing 2 (notebook) 3-5, listing 3 (phone mount) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Below is the translated product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `Value copy — ${c.marketing_copy_a}` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({ marketing_copy_c: `Sure! Here’s a promotional version:\n${c.marketing_copy_c}` }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '[Translator’s note: “woodfree paper” is the usual trade term here; “uncoated paper” would also work.]',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nAs an AI, I have no way of checking the vibration test claim, so you may want to confirm it with the manufacturer.`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Offer ends [END DATE].` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nHappy to adjust the tone or length if needed – just let me know!`,
  }),
];

// de: listing 1 (shower mixer) takes styles 0-2, listing 2 (correction tape) 3-5, listing 3 (bike lock) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Here is the German version:\n\n${c.translated_description}` }),
  (c) => ({ h1: `### ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n(Als KI kann ich nicht prüfen, ob die Angaben zur Garantie stimmen.)`,
  }),
  (c) => ({ translated_description: `Klar, gern! Hier ist die Beschreibung:\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `Marketingtext (Nutzen) – ${c.marketing_copy_a}` }),
  (c) => ({ seo_title: `**${c.seo_title}**` }),
  (c) => ({ translated_description: `<div class="description">${c.translated_description}</div>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Soll die Aktion auch für Österreich gelten oder nur für Deutschland?`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nGerne passe ich den Text noch an, falls er Ihnen zu werblich klingt.`,
  }),
];

// ja: listing 1 (towel rack) takes styles 0-2, listing 2 (notebook) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `こちらが翻訳した商品説明です：\n${c.translated_description}` }),
  (c) => ({ h1: `H1：${c.h1}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\n修正が必要でしたら、お気軽にお申し付けください。` }),
  (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}（AIによる翻訳のため、内容に誤りが含まれる可能性があります。）`,
  }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      4,
      '（訳注：「裏抜け」は文具好きの間でよく使われる言い方なので、ここでは言い換えています。）',
    ),
  }),
];

// es: listing 1 (correction tape) takes styles 0-2, listing 2 (bike lock) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Here’s the Spanish translation:\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_b: `**Texto emocional:** ${c.marketing_copy_b}` }),
  (c) => ({ h1: `<h2>${c.h1}</h2>` }),
  (c) => ({ meta_description: `Metadescripción — ${c.meta_description}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Código de descuento: [CÓDIGO].` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n¿Prefieres «candado» o «antirrobo» en el título? Lo cambio en un momento.`,
  }),
];

// fr: listing 1 (towel rack) takes styles 0-2, listing 2 (phone mount) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Bien sûr ! Voici la description traduite en français :\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `<div>${c.marketing_copy_a}</div>` }),
  (c) => ({ seo_title: `# ${c.seo_title}` }),
  (c) => ({ marketing_copy_c: `Accroche promotionnelle : ${c.marketing_copy_c}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nEn tant que modèle de langage, je ne peux pas vérifier les résultats des tests de vibration.`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nDites-moi si vous voulez une version plus courte pour les réseaux sociaux.`,
  }),
];

export const ROUND_93_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap shower mixers can scald you without warning.',
      'Knockoff versions are sold everywhere, but they rarely last.',
      'Fake phone mounts tend to snap on the bumpiest roads.',
      'Never risk a counterfeit mixer in a family bathroom.',
    ],
    slogans: ['Steady warmth, every morning.', 'Your ideas deserve good paper.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Bestseller, Gift Idea, Top Quality, Fast Shipping, New Season',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Nachahmungen haben oft keinen Verbrühschutz.',
      'Eine Fälschung erkennt man am dünnen Messing.',
      'Billige Faltschlösser knackt man in Sekunden.',
      'Ein Imitat aus Plastik hält keinem Bolzenschneider stand.',
    ],
    slogans: ['Wohlfühlwärme, jeden Morgen.', 'Fehler weg, Gedanke bleibt.', 'Sicher parken, leicht fahren.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz und knapp: ',
    titleStuffing: ' – Top-Qualität, Geschenkidee, Neuheit, Schnellversand, Bestseller',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のタオルハンガーはすぐにサビてしまいます。',
      'コピー品のノートは紙が薄く、インクがにじみます。',
      '偽物の接着剤では重さに耐えられません。',
      '模倣品のドット方眼ノートは綴じがすぐにほつれます。',
    ],
    slogans: ['タオルが整うと、心も整う。', '書くことが、もっと楽しくなる。'],
    chineseLeftovers: ['这款毛巾架安装很简单，贴上就能用。', '这本笔记本的纸张很厚，写起来特别顺滑。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜ランキング上位 高評価 プレゼント 送料込み 新生活応援',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las cintas correctoras baratas se enredan enseguida.',
      'Un candado falso se abre con cualquier destornillador.',
      'Las imitaciones no traen recambios.',
      'Desconfía de las falsificaciones que se venden por ahí.',
    ],
    slogans: ['Corrige sin dejar rastro.', 'Tu bici, siempre en su sitio.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Envío rápido, calidad top, idea regalo, lo más vendido',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un porte-serviettes pas cher rouille dès le premier hiver.',
      'Les contrefaçons de supports cèdent sur les pavés.',
      'Méfiez-vous des fausses garanties en ligne.',
      'Aucune imitation ne tient aussi bien sur le carrelage.',
    ],
    slogans: ['Une salle de bains enfin ordonnée.', 'La route, toujours en vue.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Qualité premium, idée cadeau, livraison rapide, best-seller',
  },
};
