// Blind set, round 96 (written without reading the gate, committed before it is scored): six baby-care, music,
// craft and party products in the categories nursing_pillows, steel_tongue_drums, diamond_painting_kits,
// glow_stick_packs, ocarinas and baby_bath_thermometers, 12 hand-written listings, three artifact styles per listing
// and wording of its own. Theme: chatter that blends into the copy, as a reviewer meets it in real model output —
// no lead-ins, fences or tags this time, but the model's reasoning tacked onto a sentence (why a term stays
// untranslated, why a word was chosen), a question to the requester in passing, a bracketed remark about a word
// choice, the tone or the length, a hedge about what the source says or leaves unclear, a first-person edit report,
// a note to a colleague, a status word ("pending sign-off", "[in Prüfung]", "【確認待ち】", "[Pendiente]"), an
// unfilled placeholder ("[Shop Name]", "[Claim einfügen]", "[Añadir aquí…]"), an alternative wording offered and a
// pointer to another part of the answer, spread over all five languages and all seven fields; no digits in
// artifacts that land in the description, title or meta. The clean listings speak in a natural shop voice that
// uses the same kinds of words: the shop owner's first person ("I'm a mum of two", "Ich bin Mutter von zwei
// Kindern", "Un truco que siempre doy a mis clientes"), the maker's "we" / "wir" / "nous" / "私たちは", customers'
// questions with the shop's answer, "Please note:", "Bitte beachten Sie:", "Ten en cuenta", "A tip from the shop
// owner". Legitimate numbers:
// Nuzzle U型 (U-shaped: a letter, not a number), 7D (7), 百分之100 (100%, 100 %), 60 to 120 cm (60 bis 120 cm),
// about 50×60 cm, about 1.1 kg (1,1 kg), 3个月 (3 months, 3 Monaten), 两个孩子 (mum of two, zwei Kindern),
// idiom 一直 (the whole time, ständig);
// Lumi 6 inch (6インチ, 6 pouces), about 15 cm, 11 notes (11音), 30 pieces (30曲, 30 morceaux), about 0.8 kg
// (約0.8kg, 0,8 kg), 两根 (2本, deux mailloches), 4 finger picks (4個, 4 protège-doigts), 5 years (5歳, 5 ans),
// idioms 一体 (一体プレス, d'un bloc), 一敲 (a light tap), 几分钟 (a few minutes: not a number), C大调 (no number);
// Glimmer 5D (5), 40×50 cm (40 × 50 cm), 2.5 mm (2,5 mm), about 28 colours (unos 28 colores), 15 to 20 hours
// (entre 15 y 20 horas), idioms 一幅 (a picture, un cuadro), 几本 (a few books: not a number);
// Partyglow 100 sticks (100 Stück, 100本), 7 colours (7 Farben, 7色), 20 cm, 6 to 8 hours (6 bis 8 Stunden,
// 6〜8時間), 两根 (zwei Stäbe, 2本), EN71 (EN 71, EN71: 71), 3 years (3 Jahren, 3歳), idioms 一盒 (a box, eine Box),
// 一折 and 摇一摇 (a bend, a shake), 一律 (without exception), 每周 (every week: not a number);
// Aoling 12 holes (12-hole, 12 agujeros), 1200度 (1,200 °C, 1200 °C), about 16 cm (6.3 in), about 220 g (7.8 oz),
// 正负5音分 (±5 cents), 20 practice pieces (20 ejercicios), 两周 (two weeks, dos semanas), 中音C调 (alto C, do:
// no number), idiom 逐一 (every one, pieza por pieza);
// Splashy 2 seconds (2 Sekunden, 2 secondes), 0 to 50 °C, ±0.5 °C (±0,5 °C), 37 to 38 °C, 39 °C, 36 °C, IPX7 (7),
// CR2032 (2032), about 12 months (12 Monate, 12 mois).
// Number edits: Nuzzle en 1.1 → 1.4 kg (dropped + invented), de meta 100 → 80 % Baumwolle (invented); Lumi ja title
// 11 → 13音 (invented), fr 30 → 50 morceaux (dropped + invented); Glimmer en meta 28 → 32 colours (invented), es an
// added sentence with a 55 cm tube (invented); Partyglow de 20 → 25 cm (dropped + invented), ja meta 6〜8 → 8〜10時間
// (invented); Aoling en title 12 → 10 holes (invented), es number word dos → tres semanas (dropped + invented);
// Splashy de ±0,5 → ±1 °C (dropped + invented), fr meta 2 → 3 secondes (invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const PILLOW_ZH = 'Nuzzle 多功能哺乳枕 U型护腰 可拆洗';
const PILLOW_SRC =
  'Nuzzle 多功能哺乳枕采用U型设计，环抱在腰间，喂奶时宝宝躺在枕头上，妈妈不用一直弯腰托着。枕芯填充7D珍珠棉，回弹好，用久了也不塌。外套为百分之100纯棉，拉链可拆，能直接放进洗衣机洗。腰部绑带可在60到120厘米之间调节，顺产、剖腹产的妈妈都能用。整只枕头约50×60厘米，重约1.1公斤。宝宝3个月以后，还能当趴趴枕、靠枕用。我是两个孩子的妈妈，当初就是喂奶喂到腰疼，才做了这款枕头。温馨提示：请不要让宝宝独自在枕头上睡觉。';
const DRUM_ZH = 'Lumi 钢舌鼓 11音 C调 6英寸 初学者款';
const DRUM_SRC =
  'Lumi 钢舌鼓直径6英寸（约15厘米），共11个音，C大调。鼓身采用低碳钢一体冲压成型，表面烤漆，不易生锈。声音空灵，余音悠长，用手指或附带的鼓槌轻轻一敲就能发声，不需要任何乐理基础。每个音舌上都刻有简谱数字，配套曲谱本收录了30首常见曲子，小朋友也能照着弹。整只鼓重约0.8公斤，附赠收纳包、两根鼓槌和4个指套。常有顾客问：几岁的孩子可以玩？我们建议5岁以上。睡前敲上几分钟，心也会跟着静下来。';
const DIAMOND_ZH = 'Glimmer 5D钻石画套装 满钻 40×50厘米';
const DIAMOND_SRC =
  'Glimmer 5D钻石画套装，画布尺寸40×50厘米，满钻设计，图案铺满整张画布，做完闪闪发亮。钻粒为圆钻，直径2.5毫米，约28种颜色，每种颜色单独分袋并标好符号，对照画布上的符号贴上去就行。画布背面自带胶层，保护膜可以分段揭开，不怕落灰。套装里有点钻笔、胶泥、托盘和镊子，开箱就能动手。新手完成一幅大约需要15到20小时。店主小贴士：贴完后拿几本厚书压一压，钻粒会更平整。';
const GLOW_ZH = 'Partyglow 荧光棒 100支装 多色混装 派对演唱会';
const GLOW_SRC =
  'Partyglow 荧光棒一盒100支，混装7种颜色，每支长20厘米。轻轻一折，摇一摇就亮，能持续发光6到8小时。每支都配有连接头，可以把两根接成手环，也能串成项链、眼镜或花环，盒子里附有图解。外壳为柔软塑料，不含汞，符合EN71标准，但里面的荧光液不能入口，3岁以下儿童请在大人看护下使用。生日派对、演唱会、婚礼、夜跑都很合适。我们每周都会抽检，亮度不达标的批次一律不发货。';
const OCARINA_ZH = 'Aoling 12孔陶笛 中音C调 手工烧制 附教程';
const OCARINA_SRC =
  'Aoling 12孔陶笛，中音C调，选用景德镇陶土手工拉坯，经1200度高温烧制，音色圆润，音准稳定。笛身长约16厘米，重约220克，表面是哑光釉，手握不打滑。每支出厂前都由调音师逐一试音，误差控制在正负5音分以内。随笛附赠挂绳、防尘袋和入门教程，教程里有20首练习曲，没有基础也能在两周内吹出完整的曲子。请注意：陶笛是陶瓷制品，摔落容易碎裂，不用时请放进防尘袋保存。';
const THERMO_ZH = 'Splashy 婴儿洗澡水温计 小鸭造型 超温变色提醒';
const THERMO_SRC =
  'Splashy 小鸭水温计放进澡盆，2秒就能读出水温，显示范围0到50℃，精度±0.5℃。给宝宝洗澡的适宜水温是37到38℃，超过39℃屏幕会变红并闪烁提醒，低于36℃则显示蓝色。放在房间里还能测室温。小鸭外壳采用食品级硅胶，边缘圆润，也可以当洗澡玩具，防水等级IPX7。使用CR2032纽扣电池，正常约可用12个月，电池仓可以自己打开更换。很多新手妈妈问我们：用手肘试水温不就行了吗？其实每个人对冷热的感觉不同，有个数字心里更踏实。';

export const ROUND_96_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'nursing_pillows',
    'en',
    PILLOW_ZH,
    PILLOW_SRC,
    {
      translated_description:
        'The Nuzzle multi-purpose nursing pillow has a U-shaped design that wraps around your waist, so your baby lies on the pillow while you feed and you no longer have to hunch over and hold them up the whole time. The filling is 7D pearl cotton fibre, which springs back well and doesn’t go flat even after long use. The cover is 100% cotton, unzips and goes straight into the washing machine. The waist strap adjusts between 60 and 120 cm, so it suits mums after a natural birth and after a C-section alike. The whole pillow measures about 50 × 60 cm and weighs about 1.1 kg. Once your baby is 3 months old, it doubles as a tummy-time pillow or a backrest. I’m a mum of two, and I made this pillow because breastfeeding left my back aching. Please note: never leave your baby to sleep on the pillow unattended.',
      seo_title: 'Nuzzle U-Shaped Nursing Pillow, 100% Cotton Cover',
      meta_description:
        'Nuzzle U-shaped nursing pillow with springy 7D filling, a washable 100% cotton cover and a waist strap that adjusts from 60 to 120 cm for every mum.',
      h1: 'Nuzzle – Feed Your Baby Without the Backache',
      marketing_copy_a:
        'From the first feeds to tummy time: a filling that keeps its shape, a cover you simply throw in the wash and a strap that fits every waist. Order your Nuzzle today.',
      marketing_copy_b:
        'Those quiet night feeds, your little one snug against you and your shoulders finally relaxed. That is the closeness you were looking forward to. Discover Nuzzle.',
      marketing_copy_c:
        'New-mum bundle: a spare cotton cover free with every Nuzzle this month. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'weighs about 1.1 kg',
      replace: 'weighs about 1.4 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'The whole pillow measures about 50 × 60 cm and weighs about 1.1 kg.',
  ),
  listing(
    'p01',
    'nursing_pillows',
    'de',
    PILLOW_ZH,
    PILLOW_SRC,
    {
      translated_description:
        'Das multifunktionale Stillkissen Nuzzle ist U-förmig geschnitten und liegt rund um Ihre Taille: Beim Stillen ruht Ihr Baby auf dem Kissen, und Sie müssen sich nicht mehr ständig vorbeugen und es halten. Die Füllung aus 7D-Perlwattefasern federt gut zurück und wird auch nach langem Gebrauch nicht platt. Der Bezug besteht aus 100 % Baumwolle, lässt sich per Reißverschluss abnehmen und kommt direkt in die Waschmaschine. Der Taillengurt ist zwischen 60 und 120 cm verstellbar – passend nach einer natürlichen Geburt ebenso wie nach einem Kaiserschnitt. Das ganze Kissen misst etwa 50 × 60 cm und wiegt rund 1,1 kg. Ab einem Alter von 3 Monaten dient es Ihrem Baby außerdem als Bauchlage-Kissen oder als Rückenstütze. Ich bin Mutter von zwei Kindern und habe dieses Kissen entwickelt, weil mir das Stillen damals Rückenschmerzen bereitet hat. Bitte beachten Sie: Lassen Sie Ihr Baby niemals unbeaufsichtigt auf dem Kissen schlafen.',
      seo_title: 'Nuzzle Stillkissen in U-Form mit Bezug aus Baumwolle',
      meta_description:
        'Stillkissen Nuzzle in U-Form: 7D-Füllung, die nicht platt wird, waschbarer Bezug aus 100 % Baumwolle und Taillengurt von 60 bis 120 cm.',
      h1: 'Nuzzle – entspannt stillen, ohne Rückenschmerzen',
      marketing_copy_a:
        'Ein Kissen von den ersten Stillmahlzeiten bis zur Bauchlage: formstabile Füllung, waschbarer Bezug und ein Gurt, der sich jeder Taille anpasst. Jetzt bestellen.',
      marketing_copy_b:
        'Nachts, wenn alles still ist, kuschelt sich Ihr Baby an Sie – und Ihre Schultern bleiben locker. Genau diese Nähe haben Sie sich gewünscht. Entdecken Sie Nuzzle.',
      marketing_copy_c:
        'Nur diesen Monat: ein Ersatzbezug aus Baumwolle gratis zu jedem Nuzzle. Sichern Sie sich Ihr Kissen jetzt.',
    },
    {
      field: 'meta_description',
      find: '100 % Baumwolle',
      replace: '80 % Baumwolle',
      labels: ['number_invented'],
    },
    'Das ganze Kissen misst etwa 50 × 60 cm und wiegt rund 1,1 kg.',
  ),
  listing(
    'p02',
    'steel_tongue_drums',
    'ja',
    DRUM_ZH,
    DRUM_SRC,
    {
      translated_description:
        'Lumiのスチールタングドラムは直径6インチ（約15cm）、全11音のCメジャーです。本体は低炭素鋼を一体プレスで成形し、表面は焼き付け塗装なので錆びにくい仕上がりです。澄んだ響きと長い余韻が魅力で、指や付属のマレットで軽くたたくだけで音が鳴り、楽譜の知識はいりません。それぞれの音舌には数字譜の番号が刻まれていて、付属の楽譜集には定番の30曲を収録しています。お子さまも見ながら演奏できます。本体の重さは約0.8kgです。収納バッグ、マレット2本、指サック4個が付属します。「何歳から遊べますか？」というご質問をよくいただきますが、5歳以上をおすすめしています。寝る前に数分たたくだけで、気持ちも静かに落ち着きます。',
      seo_title: 'Lumi スチールタングドラム 11音 6インチ',
      meta_description:
        '直径6インチ、全11音のCメジャー。指やマレットで軽くたたくだけで澄んだ音が響くスチールタングドラムです。定番の30曲入り楽譜集付き。',
      h1: 'Lumi 心がほどける澄んだ音色',
      marketing_copy_a:
        '楽譜が読めなくても、音舌の番号をたどるだけで曲が弾けます。軽くて持ち運びやすく、収納バッグ付き。今すぐ購入。',
      marketing_copy_b:
        '一日の終わりに、やわらかな響きに耳を傾けるひととき。子どもと一緒に奏でれば、おうち時間がもっと豊かになります。ぜひチェックしてください。',
      marketing_copy_c: '今ならお手入れ用クロスをプレゼント。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '11音', replace: '13音', labels: ['number_invented'] },
    '収納バッグ、マレット2本、指サック4個が付属します。',
  ),
  listing(
    'p02',
    'steel_tongue_drums',
    'fr',
    DRUM_ZH,
    DRUM_SRC,
    {
      translated_description:
        'Le tambour à languettes Lumi mesure 6 pouces (environ 15 cm) de diamètre et offre 11 notes en do majeur. Sa caisse en acier à faible teneur en carbone est emboutie d’un bloc, puis laquée au four : elle ne rouille pas facilement. Le son est cristallin, avec une longue résonance ; il suffit de frapper légèrement du bout des doigts ou avec les mailloches fournies, sans aucune notion de solfège. Chaque languette porte un chiffre gravé, et le recueil fourni rassemble 30 morceaux connus : même les enfants peuvent jouer en suivant la partition. Le tambour pèse environ 0,8 kg ; il est livré avec une housse de rangement, deux mailloches et 4 protège-doigts. Nos clients nous demandent souvent à partir de quel âge un enfant peut en jouer : nous le conseillons dès 5 ans. Quelques minutes avant de dormir, et l’esprit s’apaise.',
      seo_title: 'Tambour à languettes Lumi, 11 notes, 6 pouces',
      meta_description:
        'Tambour à languettes en acier Lumi : 11 notes en do majeur, un son cristallin et un recueil de 30 morceaux pour jouer sans notions de solfège.',
      h1: 'Lumi, le son qui apaise petits et grands',
      marketing_copy_a:
        'Pas besoin de savoir lire la musique : on suit les chiffres gravés et la mélodie vient toute seule. Léger et livré avec sa housse, il vous suit partout. Commandez votre Lumi.',
      marketing_copy_b:
        'Le soir, des notes claires qui flottent dans la pièce, un enfant qui s’applique à côté de vous : un moment de calme à partager. Découvrez Lumi.',
      marketing_copy_c:
        'Offre de lancement : un chiffon d’entretien offert avec chaque tambour. Profitez-en dès maintenant !',
    },
    {
      field: 'translated_description',
      find: 'rassemble 30 morceaux',
      replace: 'rassemble 50 morceaux',
      labels: ['number_dropped', 'number_invented'],
    },
    'Le tambour pèse environ 0,8 kg ; il est livré avec une housse de rangement, deux mailloches et 4 protège-doigts.',
  ),
  listing(
    'p03',
    'diamond_painting_kits',
    'en',
    DIAMOND_ZH,
    DIAMOND_SRC,
    {
      translated_description:
        'The Glimmer 5D diamond painting kit comes with a 40 × 50 cm canvas in a full-drill design: the picture covers the whole canvas and sparkles from edge to edge once it’s finished. The drills are round, 2.5 mm across, in about 28 colours; each colour comes in its own bag marked with a symbol, so you simply match it to the symbols printed on the canvas. The canvas is self-adhesive on the back and the protective film peels back section by section, so no dust settles on it. Inside the box you’ll find a drill pen, wax, a tray and tweezers, so you can start the moment you open it. A beginner needs roughly 15 to 20 hours to finish a picture. A tip from the shop owner: once you’ve placed the last drill, press the canvas under a few heavy books and the drills will sit even flatter.',
      seo_title: 'Glimmer 5D Diamond Painting Kit, 40 × 50 cm',
      meta_description:
        'Glimmer 5D diamond painting kit: a self-adhesive 40 × 50 cm full-drill canvas, round drills in about 28 colours, sorted and labelled, plus all the tools.',
      h1: 'Glimmer – a Picture That Sparkles as You Go',
      marketing_copy_a:
        'Everything in a single box: pre-sorted drills, a sticky canvas and the tools to match. No paint, no mess, just a picture that grows evening by evening. Get your Glimmer kit.',
      marketing_copy_b:
        'Put on a playlist, pour a tea and watch the colours fill in until the whole canvas catches the light. Treat yourself to Glimmer.',
      marketing_copy_c:
        'This month only: a free light pad for easier drilling with every kit. Shop now before it’s gone.',
    },
    {
      field: 'meta_description',
      find: 'about 28 colours',
      replace: 'about 32 colours',
      labels: ['number_invented'],
    },
    'A beginner needs roughly 15 to 20 hours to finish a picture.',
  ),
  listing(
    'p03',
    'diamond_painting_kits',
    'es',
    DIAMOND_ZH,
    DIAMOND_SRC,
    {
      translated_description:
        'El kit de pintura de diamantes 5D Glimmer trae un lienzo de 40 × 50 cm con diseño de cobertura total: el dibujo cubre todo el lienzo y, al terminarlo, brilla de punta a punta. Los diamantes son redondos, de 2,5 mm de diámetro, en unos 28 colores; cada color va en su propia bolsita marcada con un símbolo, así que solo tienes que pegarlo donde aparezca ese mismo símbolo en el lienzo. El lienzo lleva adhesivo en el reverso y la película protectora se retira por secciones, para que no se le pegue el polvo. En la caja encontrarás el lápiz aplicador, la cera, la bandeja y las pinzas: abres y empiezas. A quien empieza le lleva entre 15 y 20 horas terminar un cuadro. Un truco que siempre doy a mis clientes: cuando acabes, pon encima unos cuantos libros gruesos y los diamantes quedarán aún más planos.',
      seo_title: 'Kit de pintura de diamantes 5D Glimmer, 40 × 50 cm',
      meta_description:
        'Pintura de diamantes 5D Glimmer: lienzo adhesivo de 40 × 50 cm, diamantes redondos en unos 28 colores ordenados por símbolos y todas las herramientas.',
      h1: 'Glimmer, un cuadro que brilla mientras lo creas',
      marketing_copy_a:
        'Todo en la misma caja: diamantes ya clasificados, lienzo adhesivo y herramientas listas para usar. Sin pinturas ni manchas. Hazte con tu kit Glimmer.',
      marketing_copy_b:
        'Pon tu música favorita, prepárate un té y mira cómo los colores van apareciendo hasta que todo el lienzo brilla. Regálate un rato para ti con Glimmer.',
      marketing_copy_c:
        'Solo este mes, una tablilla de luz LED de regalo con cada kit. Compra ya el tuyo antes de que se acaben.',
    },
    {
      field: 'translated_description',
      replace: 'El lienzo viene enrollado en un tubo de 55 cm.',
      labels: ['number_invented'],
    },
    'A quien empieza le lleva entre 15 y 20 horas terminar un cuadro.',
  ),
  listing(
    'p04',
    'glow_stick_packs',
    'de',
    GLOW_ZH,
    GLOW_SRC,
    {
      translated_description:
        'Eine Box Partyglow Knicklichter enthält 100 Stück in 7 gemischten Farben, jedes 20 cm lang. Leicht knicken, kurz schütteln – schon leuchten sie, und zwar 6 bis 8 Stunden lang. Zu jedem Stab gehört ein Verbinder: Aus zwei Stäben wird ein Armband, mehrere ergeben Ketten, Brillen oder Kränze, und eine bebilderte Anleitung liegt bei. Die Hülle ist aus weichem Kunststoff, quecksilberfrei und entspricht der Norm EN 71; die Leuchtflüssigkeit im Inneren darf aber nicht in den Mund gelangen, deshalb sollten Kinder unter 3 Jahren nur unter Aufsicht damit spielen. Ideal für Geburtstagspartys, Konzerte, Hochzeiten und Nachtläufe. Wir prüfen jede Woche Stichproben – erreicht eine Charge die Helligkeit nicht, wird sie gar nicht erst verschickt.',
      seo_title: 'Partyglow Knicklichter, 100 Stück in 7 Farben',
      meta_description:
        '100 Partyglow Knicklichter in 7 Farben, je 20 cm lang: knicken, schütteln und 6 bis 8 Stunden leuchten – mit Verbindern für Armbänder und Ketten.',
      h1: 'Partyglow – bunte Lichter für jede Feier',
      marketing_copy_a:
        'Genug Licht für die ganze Gästeliste: eine Box, viele Farben, Verbinder inklusive – und keine Batterien, an die man denken muss. Jetzt bestellen.',
      marketing_copy_b:
        'Wenn das Licht ausgeht und plötzlich alle leuchten: Kinder mit Kronen, Freunde mit Armbändern, die Tanzfläche in allen Farben. Entdecken Sie Partyglow.',
      marketing_copy_c:
        'Zur Partysaison legen wir jeder Bestellung eine Extratüte Verbinder gratis bei. Sichern Sie sich Ihre Box jetzt.',
    },
    {
      field: 'translated_description',
      find: 'jedes 20 cm lang',
      replace: 'jedes 25 cm lang',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Hülle ist aus weichem Kunststoff, quecksilberfrei und entspricht der Norm EN 71; die Leuchtflüssigkeit im Inneren darf aber nicht in den Mund gelangen, deshalb sollten Kinder unter 3 Jahren nur unter Aufsicht damit spielen.',
  ),
  listing(
    'p04',
    'glow_stick_packs',
    'ja',
    GLOW_ZH,
    GLOW_SRC,
    {
      translated_description:
        'Partyglowのサイリウムは100本入りのボックスで、7色ミックス、長さは各20cmです。軽く折って振るだけで光り、6〜8時間ほど光り続けます。それぞれにジョイントが付いていて、2本つなげればブレスレットに。ネックレスやメガネ、花冠も作れ、作り方の図解も同封しています。外側はやわらかいプラスチックで水銀不使用、EN71規格に適合していますが、中の発光液は口に入れないでください。3歳未満のお子さまは、大人がそばで見守りながらお使いください。誕生日パーティー、ライブ、結婚式、ナイトランにぴったりです。私たちは毎週抜き取り検査を行い、明るさが基準に届かないロットは出荷しません。',
      seo_title: 'Partyglow サイリウム 100本 7色ミックス 20cm',
      meta_description:
        '折って振るだけで6〜8時間光るサイリウム100本セット。7色ミックスで、ジョイント付きだからブレスレットも作れます。',
      h1: 'Partyglow パーティーを彩る光のアクセント',
      marketing_copy_a:
        '100本あれば、大人数のパーティーでも全員に行き渡ります。電池いらずで、ジョイント付き。今すぐ購入。',
      marketing_copy_b:
        '照明を落とした瞬間、会場いっぱいに広がるカラフルな光。子どもも大人も笑顔になる、忘れられない夜を。ぜひチェックしてください。',
      marketing_copy_c: '今ならジョイントの追加パックをおまけでお付けします。カートへどうぞ。',
    },
    { field: 'meta_description', find: '6〜8時間', replace: '8〜10時間', labels: ['number_invented'] },
    '3歳未満のお子さまは、大人がそばで見守りながらお使いください。',
  ),
  listing(
    'p05',
    'ocarinas',
    'en',
    OCARINA_ZH,
    OCARINA_SRC,
    {
      translated_description:
        'The Aoling 12-hole ocarina is pitched in alto C, hand-thrown from Jingdezhen clay and fired at 1,200 °C, which gives it a warm, rounded tone and stable intonation. It is about 16 cm (6.3 in) long, weighs about 220 g (7.8 oz) and has a matte glaze that keeps it from slipping in your hand. Before it leaves the workshop, every ocarina is play-tested by a tuner and kept within ±5 cents. It comes with a lanyard, a dust bag and a beginner’s tutorial with 20 practice pieces, so even with no musical background you can play a complete tune within two weeks. Please note: this ocarina is ceramic and can break if dropped, so keep it in its dust bag when you are not playing.',
      seo_title: 'Aoling 12-Hole Alto C Ocarina, Handmade Ceramic',
      meta_description:
        'Handmade 12-hole alto C ocarina of Jingdezhen clay, fired at 1,200 °C and tuned by hand, with a tutorial of 20 practice pieces.',
      h1: 'Aoling – a Warm Ceramic Voice in Your Pocket',
      marketing_copy_a:
        'Hand-thrown, kiln-fired and tuned piece by piece, with a tutorial that has you playing real tunes within weeks. An instrument you can take anywhere. Order your Aoling today.',
      marketing_copy_b:
        'A few soft notes on a quiet evening, and the day falls away. Few sounds are as gentle as clay and breath. Discover the Aoling ocarina.',
      marketing_copy_c:
        'Spring offer: a padded carry case free with every ocarina this month. Buy now while stocks last.',
    },
    { field: 'seo_title', find: '12-Hole', replace: '10-Hole', labels: ['number_invented'] },
    'Before it leaves the workshop, every ocarina is play-tested by a tuner and kept within ±5 cents.',
  ),
  listing(
    'p05',
    'ocarinas',
    'es',
    OCARINA_ZH,
    OCARINA_SRC,
    {
      translated_description:
        'La ocarina Aoling de 12 agujeros está afinada en do (contralto) y se tornea a mano con arcilla de Jingdezhen; después se cuece a 1200 °C, lo que le da un timbre redondo y una afinación estable. Mide unos 16 cm de largo, pesa unos 220 g y tiene un esmalte mate que no resbala en la mano. Antes de salir del taller, un afinador prueba todas las ocarinas, pieza por pieza, y deja el margen de error dentro de ±5 cents. Incluye cordón para colgar, bolsa antipolvo y un método de iniciación con 20 ejercicios, así que, aunque no tengas conocimientos previos, podrás tocar una canción completa en dos semanas. Ten en cuenta que la ocarina es de cerámica y puede romperse si se cae: cuando no la uses, guárdala en su bolsa.',
      seo_title: 'Ocarina Aoling de 12 agujeros en do, cerámica artesanal',
      meta_description:
        'Ocarina artesanal Aoling de 12 agujeros, cocida a 1200 °C y afinada a mano, con un método de 20 ejercicios para tocar sin experiencia.',
      h1: 'Aoling, el sonido cálido del barro',
      marketing_copy_a:
        'Torneada a mano, cocida en horno y afinada pieza por pieza, con un método que te hace tocar canciones de verdad en pocas semanas. Cabe en cualquier bolsillo. Compra tu Aoling.',
      marketing_copy_b:
        'Unas notas suaves al caer la tarde y el día se queda atrás. Pocas cosas suenan tan cerca como el barro y tu propio aliento. Descubre la ocarina Aoling.',
      marketing_copy_c:
        'Este mes, funda acolchada de regalo con cada ocarina. Pídela ya antes de que se agote.',
    },
    {
      field: 'translated_description',
      find: 'en dos semanas',
      replace: 'en tres semanas',
      labels: ['number_dropped', 'number_invented'],
    },
    'Mide unos 16 cm de largo, pesa unos 220 g y tiene un esmalte mate que no resbala en la mano.',
  ),
  listing(
    'p06',
    'baby_bath_thermometers',
    'de',
    THERMO_ZH,
    THERMO_SRC,
    {
      translated_description:
        'Das Badethermometer Splashy in Entenform kommt einfach in die Wanne und zeigt nach 2 Sekunden die Wassertemperatur an – im Bereich von 0 bis 50 °C, auf ±0,5 °C genau. Die ideale Badetemperatur für Babys liegt bei 37 bis 38 °C; über 39 °C wird das Display rot und blinkt, unter 36 °C leuchtet es blau. Im Zimmer aufgestellt, misst es auch die Raumtemperatur. Die Hülle der Ente besteht aus lebensmittelechtem Silikon mit abgerundeten Kanten, sodass sie auch als Badespielzeug taugt; wasserdicht ist sie nach IPX7. Betrieben wird sie mit einer Knopfzelle CR2032, die bei normalem Gebrauch etwa 12 Monate hält; das Batteriefach können Sie selbst öffnen und die Zelle wechseln. Viele frischgebackene Mütter fragen uns: Reicht es nicht, die Temperatur mit dem Ellbogen zu prüfen? Tatsächlich empfindet jeder Wärme und Kälte anders – mit einer Zahl auf dem Display sind Sie auf der sicheren Seite.',
      seo_title: 'Splashy Baby-Badethermometer Ente',
      meta_description:
        'Badethermometer Splashy in Entenform: zeigt die Wassertemperatur nach 2 Sekunden, warnt über 39 °C mit rotem Display und misst auch im Zimmer.',
      h1: 'Splashy – die Ente, die beim Baden mitdenkt',
      marketing_copy_a:
        'Thermometer, Raumfühler und Badespielzeug zugleich: Die Ente zeigt auf einen Blick, ob das Badewasser passt. Jetzt bestellen.',
      marketing_copy_b:
        'Ein warmes Bad, ein glucksendes Baby und kein banger Griff ins Wasser mehr. So wird das Baden zum schönsten Ritual des Tages. Entdecken Sie Splashy.',
      marketing_copy_c:
        'Zum Start gibt es eine Ersatz-Knopfzelle gratis zu jeder Ente. Sichern Sie sich Splashy jetzt.',
    },
    {
      field: 'translated_description',
      find: 'auf ±0,5 °C genau',
      replace: 'auf ±1 °C genau',
      labels: ['number_dropped', 'number_invented'],
    },
    'Betrieben wird sie mit einer Knopfzelle CR2032, die bei normalem Gebrauch etwa 12 Monate hält; das Batteriefach können Sie selbst öffnen und die Zelle wechseln.',
  ),
  listing(
    'p06',
    'baby_bath_thermometers',
    'fr',
    THERMO_ZH,
    THERMO_SRC,
    {
      translated_description:
        'Le thermomètre de bain Splashy en forme de canard se pose dans la baignoire et affiche la température de l’eau en 2 secondes, sur une plage de 0 à 50 °C, avec une précision de ±0,5 °C. Pour le bain de bébé, l’eau idéale se situe entre 37 et 38 °C : au-dessus de 39 °C, l’écran passe au rouge et clignote ; en dessous de 36 °C, il s’affiche en bleu. Posé dans la chambre, il mesure aussi la température ambiante. La coque du canard est en silicone de qualité alimentaire, aux bords arrondis, et sert aussi de jouet de bain ; elle est étanche selon la norme IPX7. Il fonctionne avec une pile bouton CR2032 qui dure environ 12 mois en usage normal, et vous pouvez ouvrir vous-même le compartiment pour la changer. Beaucoup de jeunes mamans nous demandent : « Tester l’eau avec le coude, ça ne suffit pas ? » En réalité, chacun ressent le chaud et le froid différemment ; avec un chiffre sous les yeux, on est plus serein.',
      seo_title: 'Thermomètre de bain bébé Splashy, canard',
      meta_description:
        'Canard thermomètre Splashy : température du bain en 2 secondes, écran rouge au-dessus de 39 °C, bleu sous 36 °C, en silicone doux.',
      h1: 'Splashy, le canard qui veille sur le bain',
      marketing_copy_a:
        'Thermomètre de bain, capteur de température ambiante et jouet à la fois : un coup d’œil suffit pour savoir si l’eau est bonne. Commandez votre Splashy.',
      marketing_copy_b:
        'Une eau juste comme il faut, un bébé qui gazouille et plus aucune hésitation au moment de le plonger dans le bain. Le rituel du soir devient un vrai moment de douceur. Découvrez Splashy.',
      marketing_copy_c:
        'Pour le lancement, une pile de rechange offerte avec chaque canard. Profitez-en vite !',
    },
    {
      field: 'meta_description',
      find: 'en 2 secondes',
      replace: 'en 3 secondes',
      labels: ['number_invented'],
    },
    'La coque du canard est en silicone de qualité alimentaire, aux bords arrondis, et sert aussi de jouet de bain ; elle est étanche selon la norme IPX7.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (nursing pillow) takes styles 0-2, listing 2 (diamond painting) 3-5, listing 3 (ocarina) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'I kept the fibre grade exactly as the supplier writes it, since that is how shoppers search for it.',
    ),
  }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Should I say “mum” or “mom” here – which market is this one for?',
    ),
  }),
  (c) => ({ h1: `${c.h1} — pending sign-off` }),
  (c) => ({ seo_title: `${c.seo_title} | [Shop Name]` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Or, if you’d rather keep it short: “Sort it, stick it, watch it sparkle.”`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'The source isn’t entirely clear whether the film comes off in sections or in strips, so I went with sections.',
    ),
  }),
  (c) => ({ meta_description: `${c.meta_description} [trimmed for length]` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Sam – swap in the final promo wording once marketing signs off.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      4,
      'See my note below the marketing copy about how strongly to word the breakage warning.',
    ),
  }),
];

// de: listing 1 (nursing pillow) takes styles 0-2, listing 2 (glow sticks) 3-5, listing 3 (bath thermometer) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ meta_description: `${c.meta_description} (etwas gekürzt)` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Ich habe „Stillmahlzeiten“ statt „Stillsessions“ genommen, das klingt weniger nach Werbung.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'Ob der Bezug auch in den Trockner darf, lässt die Vorlage offen, deshalb habe ich dazu nichts geschrieben.',
    ),
  }),
  (c) => ({ h1: `${c.h1} – [Claim einfügen]` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(„Knicklichter“ statt „Leuchtstäbe“, weil Käufer eher danach suchen.)',
    ),
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} [in Prüfung]` }),
  (c) => ({ seo_title: `${c.seo_title} (alt.: Thermo-Ente)` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Duzen oder siezen wir die Eltern in diesem Shop eigentlich?',
    ),
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nNotiz an Lena: Batterietyp bitte noch mit dem Hersteller abgleichen.`,
  }),
];

// ja: listing 1 (tongue drum) takes styles 0-2, listing 2 (glow sticks) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      1,
      '（「スチールタングドラム」は国内でも定着した呼び名なので、訳さずカタカナのまま残しています。）',
    ),
  }),
  (c) => ({ seo_title: `${c.seo_title}【確認待ち】` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}（別案：「数量限定のプレゼント付き」でも作れます）` }),
  (c) => ({ meta_description: `${c.meta_description}（原文の点灯時間は目安とも読めるため要確認）` }),
  (c) => ({ h1: `${c.h1}（見出しはもう少し短いほうがよいでしょうか？）` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n※安全上の注意は、上の説明文の訳にまとめて入れておきました。`,
  }),
];

// es: listing 1 (diamond painting) takes styles 0-2, listing 2 (ocarina) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '(He suavizado el tono para que no suene tanto a anuncio.)',
    ),
  }),
  (c) => ({
    translated_description: afterSentence(c.translated_description, 4, '[Añadir aquí el plazo de envío]'),
  }),
  (c) => ({ h1: `${c.h1} — Marta, ¿te vale este o uso el del catálogo?` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(Dejo «cents» sin traducir porque es como lo marcan los afinadores.)',
    ),
  }),
  (c) => ({ meta_description: `[Pendiente] ${c.meta_description}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} ¿Quieres que ponga una fecha de fin a la oferta?` }),
];

// fr: listing 1 (tongue drum) takes styles 0-2, listing 2 (bath thermometer) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ h1: `${c.h1} (ou : « Des notes pour souffler »)` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nJ’ai raccourci le passage sur le recueil, qui faisait doublon avec le texte marketing.`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Le texte source ne dit pas si la housse est rembourrée, je n’en parle donc pas.)`,
  }),
  (c) => ({ seo_title: `${c.seo_title} (un peu long ?)` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'J’ai préféré « gazouille » à « babille », plus tendre pour un nourrisson.',
    ),
  }),
  (c) => ({ meta_description: `${c.meta_description} (voir ma remarque plus bas)` }),
];

export const ROUND_96_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap nursing pillows go flat within weeks.',
      'Unlike knockoff kits, every bag of drills is clearly labelled.',
      'A fake ocarina rarely stays in tune.',
      'Counterfeit canvases often lose their stickiness.',
    ],
    slogans: ['Comfort for both of you.', 'Music made of earth and breath.'],
    chineseLeftovers: [],
    duplicateLead: 'Quick recap: ',
    titleStuffing: ' | Baby Shower Gift, Bestseller, New In, Top Quality, Fast Shipping',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Stillkissen verlieren schnell ihre Form.',
      'Nachahmungen erkennt man an der schwachen Leuchtkraft.',
      'Eine Fälschung hat oft kein geprüftes Display.',
      'Imitate ohne Norm gehören nicht in Kinderhände.',
    ],
    slogans: ['Licht an, Party an.', 'Sicher baden, entspannt lachen.'],
    chineseLeftovers: [],
    duplicateLead: 'Zusammengefasst: ',
    titleStuffing: ' – Geschenk zur Geburt, Bestseller, Neuheit, schneller Versand, Topqualität',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のタングドラムは音程が狂いやすいです。',
      'コピー品のサイリウムはすぐに光が弱くなります。',
      '偽物のマレットは音がこもりがちです。',
      '模倣品には安全規格の表示がありません。',
    ],
    slogans: ['光で、夜をもっと楽しく。', '澄んだ音に、心をあずけて。'],
    chineseLeftovers: ['这个钢舌鼓的声音很好听，孩子们都喜欢。', '这些荧光棒很亮，派对时大家都很开心。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜人気 ランキング 新作 プレゼント 送料無料 翌日配送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los kits baratos traen diamantes de colores desiguales.',
      'Una ocarina de imitación suena desafinada.',
      'Desconfía de las réplicas que se venden sin método.',
      'Un lienzo falso pierde el adhesivo enseguida.',
    ],
    slogans: ['Brillo hecho a mano.', 'El sonido del barro.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Regalo ideal, superventas, novedad, envío rápido, calidad',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un tambour pas cher perd vite sa résonance.',
      'Les contrefaçons de thermomètres affichent des valeurs approximatives.',
      'Une fausse pile bouton peut couler dans le compartiment.',
      'Aucune réplique n’offre la même précision.',
    ],
    slogans: ['La douceur au creux de la main.', 'Le bon bain, à la bonne température.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Cadeau, best-seller, nouveauté, livraison rapide, qualité',
  },
};
