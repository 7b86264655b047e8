// Blind set, round 89 (written without reading the gate, committed before it is scored): six lighting, jewellery,
// gardening-tool and children's-furniture products in the categories rattan_pendant_lamps, jade_bangle_bracelets,
// ratchet_bypass_loppers, plug_in_wall_sconces, kids_height_adjustable_desks and stand_up_weeders, 12 hand-written
// listings, three artifact styles per listing and wording of its own. Theme: the register of the shared dev set —
// ordinary model output as a reviewer meets it. Most artifacts are of the kinds the llm_artifact definition names
// (a lead-in before the description, "Sure!" / "¡Claro!" / "はい、承知しました" openers, field-label prefixes, markdown
// labels and headings, code fences, a JSON fragment in a fence, HTML tags, AI disclaimers, sign-offs); a few are
// subtler (a bracketed translator's remark about a term, an unfilled placeholder, a note to a colleague, a question
// to the requester about formal address, one line of English chatter inside a German description, a note in
// Japanese about a sentence the model added). No digits in artifacts that land in the description, title or meta.
// The clean listings use the ordinary shop voice ("Tip:", "Please note:", "Hinweis:", "À savoir :", "Un consejo:",
// "ご注意：", the maker's "we" / "wir" / "nous", questions to the shopper). Sources are written in ordinary Chinese
// shop style with ordinary number forms (digits with units, 两/四/三 counts, 约/左右/以内, ranges with 到, a percentage
// with %, model codes). Legitimate numbers:
// Sola 两天 (about two days, environ deux jours), 40 cm (15.7 in), 28 cm (11 in), E27 (27), 15 W, 1.2 m (1,2 m),
// idioms 一根根 (strand by strand, brin après brin), 每盏 (each lamp: not a number);
// Qingyu about 12 mm (約12mm, rund 12 mm), about 8 mm, 54, 56, 58 and 60 mm, 四个 sizes (vier, 4サイズ), 7 days
// (7 Tage, 7日間), idiom 量一下 (measure: not a number), 每只 (every bangle: not a number);
// Grippa 三段 (three-stage, tres fases), about 60% (60 %), 40 mm (1.6 in), SK5 (5), 68 to 98 cm (27 to 39 in),
// about 1.3 kg (1,3 kg), idioms 滴点机油 (a drop of oil, unas gotas), 握几下 (a few squeezes: not a number);
// Lumo 两颗 screws (zwei Schrauben, deux vis), 1.8 m (1,8 m), 180 degrees (180 Grad, 180 degrés), 8 W (8-Watt),
// 三种 colour temperatures (drei Lichtfarben, trois températures; 3 Lichtfarben in the de title), 两盏 (zwei Leuchten,
// deux appliques; Zweierpack in the de meta), 三色 in the product name;
// Kido 3 to 12 years (3 bis 12 Jahre), 80×60 cm (31.5 × 23.6 in), 52 to 76 cm, 0 to 40 degrees (0 bis 40 Grad),
// E0 (0), about 30 minutes, 3 years warranty (3-year, 3 Jahre); "a new one" / "ein Teil" / "eine große Schublade"
// in the translations are not numbers;
// Weedo about 100 cm, 四根 claws (4本, cuatro garras), within 10 cm (10cm以内, hasta 10 cm), about 0.9 kg (0,9 kg),
// 两周左右 (2週間ほど, unas dos semanas), idioms 轻轻一拧 (軽くひねる, giras un poco), 按一下 (press: not a number).
// Number edits: Sola en meta 40 → 45 cm (invented), fr 28 → 32 cm (dropped + invented); Qingyu de title 54 bis 60 →
// 54 bis 62 mm (invented), ja 12 → 14 mm (dropped + invented; 12 stays in the meta); Grippa en 1.3 → 1.1 kg (dropped +
// invented), es meta 68 a 98 → 68 a 110 cm (invented); Lumo de 180 → 270 Grad (dropped + invented; 180 stays in the
// meta), fr meta 1,8 → 2,5 m (invented); Kido en title 3–12 → 3–14 (invented), de 76 → 82 cm (dropped + invented;
// 76 stays in the meta); Weedo ja meta 100 → 120 cm (invented), es 10 → 15 cm (dropped + invented).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const LAMP_ZH = 'Sola 手工藤编吊灯 直径40厘米';
const LAMP_SRC =
  'Sola 手工藤编吊灯由印尼老师傅用天然藤条一根根编织而成，每盏大约需要两天时间。灯罩直径40厘米，高28厘米，灯光透过藤条的缝隙洒在墙上，形成斑驳的光影。灯头为E27通用接口，建议搭配功率不超过15瓦的LED灯泡（灯泡需另购）。吊线长1.2米，可以根据层高自行调节。适合餐厅、卧室和民宿使用。温馨提示：藤条是天然材料，每盏灯的颜色和纹理都会略有不同，这是手工的味道，并非质量问题。';
const BANGLE_ZH = 'Qingyu 和田玉手镯 圈口54-60毫米 附国检证书';
const BANGLE_SRC =
  'Qingyu 和田玉手镯选用新疆和田青白玉，每只都附带国检证书，扫码就能查询。手镯宽约12毫米，厚约8毫米，圈口有54、56、58、60毫米四个尺寸可选。不知道选哪个？用软尺量一下手掌最宽处的周长，再对照详情页的尺寸表就行。玉质温润细腻，戴久了会越来越有光泽。随盒附赠锦盒和擦玉布，送妈妈、送长辈都很体面。我们承诺7天无理由退换，收到后不合适可以换圈口。注意：请避免磕碰硬物，洗澡和做家务时建议摘下。';
const LOPPER_ZH = 'Grippa 棘轮省力剪枝剪 伸缩手柄 可剪40毫米粗枝';
const LOPPER_SRC =
  'Grippa 棘轮省力剪枝剪采用三段棘轮结构，剪粗枝时不用使蛮劲，轻轻握几下就能剪断，比普通剪枝剪省力约60%。最大剪切直径40毫米，刀片为SK5高碳钢，表面有防粘涂层，剪湿树枝也不粘刀。伸缩手柄可在68到98厘米之间调节，站在地上也能够到高处的枝条。整把重约1.3公斤，手柄包裹软胶，不磨手。适合修剪果树、绿篱和月季。使用小贴士：用完后把刀片擦干净，偶尔滴点机油，刀口就能一直保持顺滑。';
const SCONCE_ZH = 'Lumo 免布线插电壁灯 可旋转灯臂 三色调光';
const SCONCE_SRC =
  'Lumo 插电壁灯不用改电线，用附带的无痕胶贴就能粘住，不想打孔也没关系；墙面条件允许的话，也可以用两颗螺丝固定。插头线长1.8米，线上带开关，伸手就能开灯关灯。灯臂可左右旋转180度，在床头看书、在沙发上阅读都方便。内置8瓦LED光源，有暖光、自然光、白光三种色温，还能无级调光。灯罩是磨砂玻璃，光线柔和不刺眼。租房的朋友也能放心用，搬家时直接带走。每盒两盏，刚好装在床头两侧。';
const DESK_ZH = 'Kido 儿童可升降学习桌椅套装 适合3-12岁';
const DESK_SRC =
  'Kido 儿童学习桌椅套装适合3到12岁的孩子。桌面尺寸为80×60厘米，高度可在52到76厘米之间调节，椅子也能跟着升降，孩子长高了不用换新的。桌面可倾斜0到40度，看书写字时不用一直低着头。桌板采用E0级环保板材，边角都做了圆角处理。桌面下设有大抽屉，侧面还有挂钩，可以挂书包。安装很简单，大约30分钟就能装好。我们提供3年质保，零件坏了免费寄新的。';
const WEEDER_ZH = 'Weedo 站立式拔草器 免弯腰 四爪设计';
const WEEDER_SRC =
  'Weedo 站立式拔草器让您不用弯腰、不用蹲下就能除草。手柄长约100厘米，站着就能操作。底部有四根不锈钢爪，踩下去插进土里，轻轻一拧，杂草就连根拔起。拔出来的草只要按一下手柄上的按钮就会自动弹掉，手不用沾泥。适合蒲公英、车前草这类直根杂草，根长在10厘米以内效果最好。整支重约0.9公斤，家里老人也拿得动。草坪上留下的小洞，两周左右就会自己长好。';

export const ROUND_89_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'rattan_pendant_lamps',
    'en',
    LAMP_ZH,
    LAMP_SRC,
    {
      translated_description:
        'The Sola rattan pendant light is woven by hand, strand by strand, from natural rattan by experienced craftsmen in Indonesia – each shade takes about two days to make. The shade measures 40 cm (15.7 in) across and 28 cm (11 in) high, and as the light falls through the gaps in the weave, it scatters a dappled pattern of light and shadow across the walls. The lamp holder is a standard E27 fitting; we recommend an LED bulb of no more than 15 W (bulb sold separately). The suspension cord is 1.2 m long and can be adjusted to suit your ceiling height. It is a lovely fit for dining rooms, bedrooms and guesthouses. Please note: rattan is a natural material, so every lamp varies slightly in colour and grain – that is the character of handmade work, not a flaw.',
      seo_title: 'Sola Handwoven Rattan Pendant Light, 40 cm Shade',
      meta_description:
        'Handwoven Sola rattan pendant light with a 40 cm shade that casts dappled shadows on your walls. Standard E27 fitting for LED bulbs up to 15 W.',
      h1: 'Sola – Warm, Dappled Light Woven by Hand',
      marketing_copy_a:
        'Every shade is woven by hand from natural rattan and takes an ordinary LED bulb, so you get a genuine piece of craftsmanship that is as easy to live with as any lamp. Order your Sola today.',
      marketing_copy_b:
        'Picture a slow Sunday dinner, the table glowing softly and patterns of light drifting across the walls like sun through palm leaves. That is the mood Sola brings home. Discover it for yourself.',
      marketing_copy_c:
        'New season, new light: free delivery on every Sola pendant ordered this month. Shop now before this batch of handwoven shades sells out.',
    },
    {
      field: 'meta_description',
      find: 'a 40 cm shade',
      replace: 'a 45 cm shade',
      labels: ['number_invented'],
    },
    'The suspension cord is 1.2 m long and can be adjusted to suit your ceiling height.',
  ),
  listing(
    'p01',
    'rattan_pendant_lamps',
    'fr',
    LAMP_ZH,
    LAMP_SRC,
    {
      translated_description:
        'La suspension Sola est tissée à la main, brin après brin, en rotin naturel par des artisans chevronnés d’Indonésie : il faut environ deux jours pour réaliser chaque abat-jour. L’abat-jour mesure 40 cm de diamètre et 28 cm de haut ; la lumière filtre à travers les interstices du tressage et dessine sur les murs un jeu d’ombres et de lumière tout en nuances. La douille est au format standard E27 ; nous conseillons une ampoule LED de 15 W maximum (ampoule vendue séparément). Le câble de suspension mesure 1,2 m et se règle selon la hauteur de votre plafond. Elle trouve naturellement sa place dans une salle à manger, une chambre ou une maison d’hôtes. À savoir : le rotin étant une matière naturelle, chaque luminaire présente de légères variations de teinte et de veinage ; c’est la signature du fait main, pas un défaut.',
      seo_title: 'Suspension en rotin tressé main Sola, 40 cm, E27',
      meta_description:
        'Suspension Sola en rotin naturel tissé à la main : abat-jour de 40 cm qui projette de jolies ombres, douille E27 pour ampoule LED jusqu’à 15 W.',
      h1: 'Sola, une lumière douce tissée à la main',
      marketing_copy_a:
        'Un abat-jour façonné à la main en fibre naturelle, compatible avec une ampoule standard : une vraie pièce d’artisan qui s’installe sans complication. Commandez votre suspension Sola dès aujourd’hui.',
      marketing_copy_b:
        'Imaginez un dîner qui s’étire, la table baignée d’une lueur chaude et des motifs de lumière qui dansent sur les murs comme le soleil à travers les palmes. Découvrez l’ambiance Sola.',
      marketing_copy_c:
        'Nouvelle saison, nouvelle lumière : livraison offerte sur toute suspension Sola commandée ce mois-ci. Profitez-en avant que ce lot ne soit épuisé !',
    },
    {
      field: 'translated_description',
      find: 'et 28 cm de haut',
      replace: 'et 32 cm de haut',
      labels: ['number_dropped', 'number_invented'],
    },
    'Le câble de suspension mesure 1,2 m et se règle selon la hauteur de votre plafond.',
  ),
  listing(
    'p02',
    'jade_bangle_bracelets',
    'de',
    BANGLE_ZH,
    BANGLE_SRC,
    {
      translated_description:
        'Für den Armreif Qingyu verwenden wir grünlich-weiße Hetian-Jade aus Xinjiang. Jedem Stück liegt ein Zertifikat des staatlichen Prüfinstituts bei, das Sie per QR-Code online abrufen können. Der Armreif ist rund 12 mm breit und etwa 8 mm stark. Es gibt ihn in vier Innendurchmessern: 54, 56, 58 und 60 mm. Sie sind unsicher, welche Größe passt? Messen Sie mit einem Maßband den Umfang Ihrer Hand an der breitesten Stelle und vergleichen Sie ihn mit der Größentabelle auf der Produktseite. Die Jade fühlt sich warm und seidig an und bekommt beim Tragen mit der Zeit immer mehr Glanz. Geliefert wird der Reif in einer Brokatschatulle mit Poliertuch – ein Geschenk, mit dem Sie bei Ihrer Mutter oder den Großeltern Ehre einlegen. Wir bieten 7 Tage Rückgabe ohne Angabe von Gründen; passt der Reif nicht, tauschen wir ihn gern gegen eine andere Größe um. Hinweis: Bitte Stöße gegen harte Gegenstände vermeiden und den Armreif beim Duschen und bei der Hausarbeit ablegen.',
      seo_title: 'Qingyu Armreif aus Hetian-Jade, Innenmaß 54 bis 60 mm',
      meta_description:
        'Armreif Qingyu aus grünlich-weißer Hetian-Jade mit Prüfzertifikat: rund 12 mm breit, vier Größen von 54 bis 60 mm, in Brokatschatulle mit Poliertuch.',
      h1: 'Qingyu – Jade, die mit Ihnen schöner wird',
      marketing_copy_a:
        'Echte Hetian-Jade mit nachprüfbarem Zertifikat, dazu Schatulle und Poliertuch: ein Schmuckstück, das ein Leben lang Freude macht. Jetzt bestellen.',
      marketing_copy_b:
        'Ein Armreif, den sie jeden Tag trägt und der von Jahr zu Jahr ein wenig mehr glänzt – wie die Erinnerung an den Tag, an dem Sie ihn ihr geschenkt haben. Entdecken Sie Qingyu.',
      marketing_copy_c:
        'Zum Muttertag legen wir jedem Qingyu-Armreif eine Grußkarte mit Ihrer persönlichen Widmung bei. Sichern Sie sich Ihr Geschenk jetzt.',
    },
    { field: 'seo_title', find: '54 bis 60 mm', replace: '54 bis 62 mm', labels: ['number_invented'] },
    'Der Armreif ist rund 12 mm breit und etwa 8 mm stark.',
  ),
  listing(
    'p02',
    'jade_bangle_bracelets',
    'ja',
    BANGLE_ZH,
    BANGLE_SRC,
    {
      translated_description:
        'Qingyuの和田玉バングルは、新疆産の和田青白玉を使用しています。すべての商品に国の検査機関による鑑別書が付いており、QRコードを読み取れば内容を確認できます。幅は約12mm、厚みは約8mm。内径は54mm、56mm、58mm、60mmの4サイズからお選びいただけます。どのサイズにするか迷ったら、メジャーで手のひらのいちばん広いところの周囲を測り、商品ページのサイズ表と見比べてください。しっとりとなめらかな玉の質感は、身に着けるほどに艶が増していきます。錦の化粧箱と専用クロス付きで、お母さまや目上の方への贈り物にもぴったりです。お届けから7日間は理由を問わず返品・交換を承りますので、サイズが合わなかった場合も内径の交換が可能です。ご注意：硬いものにぶつけないようにし、入浴や家事の際は外してください。',
      seo_title: 'Qingyu 和田玉バングル 青白玉 内径54〜60mm 鑑別書付',
      meta_description:
        '新疆産の和田青白玉を使ったバングル。幅約12mm、内径54〜60mmの4サイズ展開。鑑別書と錦の化粧箱付きで、贈り物にも最適です。',
      h1: 'Qingyu 身に着けるほど艶めく和田玉バングル',
      marketing_copy_a:
        '本物の和田玉に、確認できる鑑別書、化粧箱と専用クロスまで揃ったセット。長く愛用できる一生ものです。今すぐ購入。',
      marketing_copy_b:
        '毎日腕に着けるたび、少しずつ艶を増していく玉の輝き。贈った日の思い出も、一緒に育っていきます。ぜひチェックしてください。',
      marketing_copy_c:
        '母の日ギフトキャンペーン実施中。今ならメッセージカードを無料でお付けします。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '幅は約12mm',
      replace: '幅は約14mm',
      labels: ['number_dropped', 'number_invented'],
    },
    'お届けから7日間は理由を問わず返品・交換を承りますので、サイズが合わなかった場合も内径の交換が可能です。',
  ),
  listing(
    'p03',
    'ratchet_bypass_loppers',
    'en',
    LOPPER_ZH,
    LOPPER_SRC,
    {
      translated_description:
        'The Grippa ratchet loppers use a three-stage ratchet mechanism, so you do not need brute force on thick branches: a few gentle squeezes and the branch is through, with about 60% less effort than ordinary loppers. They cut branches up to 40 mm (1.6 in) thick. The blade is made of SK5 high-carbon steel with a non-stick coating, so even wet, sappy wood does not cling to it. The telescopic handles extend from 68 to 98 cm (27 to 39 in), letting you reach high branches while standing on the ground. The loppers weigh about 1.3 kg, and the soft rubber grips are kind to your hands. Ideal for pruning fruit trees, hedges and roses. Tip: wipe the blade clean after use and add a drop of machine oil now and then, and the cutting edge will stay smooth.',
      seo_title: 'Grippa Ratchet Loppers, Telescopic, Cuts up to 40 mm',
      meta_description:
        'Telescopic ratchet loppers that cut branches up to 40 mm thick with about 60% less effort, plus handles that extend from 68 to 98 cm for high reach.',
      h1: 'Grippa – Thick Branches, Light Work',
      marketing_copy_a:
        'One tool for fruit trees, hedges and roses, worked from the ground, with no ladder and no sore hands. Get your Grippa loppers now.',
      marketing_copy_b:
        'That satisfying snap as a thick branch gives way, and your wrists still feel fine at the end of a long afternoon in the garden. Discover the Grippa difference.',
      marketing_copy_c:
        'Pruning season is here: a free bottle of blade-care oil with every Grippa ordered this week. Add yours to the cart today.',
    },
    {
      field: 'translated_description',
      find: 'weigh about 1.3 kg',
      replace: 'weigh about 1.1 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'The blade is made of SK5 high-carbon steel with a non-stick coating, so even wet, sappy wood does not cling to it.',
  ),
  listing(
    'p03',
    'ratchet_bypass_loppers',
    'es',
    LOPPER_ZH,
    LOPPER_SRC,
    {
      translated_description:
        'Las tijeras de podar de carraca Grippa tienen un mecanismo de carraca de tres fases, así que no hace falta hacer fuerza con las ramas gruesas: basta con apretar suavemente unas cuantas veces para cortarlas, con alrededor de un 60 % menos de esfuerzo que unas tijeras de podar normales. Cortan ramas de hasta 40 mm de diámetro. La hoja es de acero al carbono SK5 con recubrimiento antiadherente, así que ni siquiera la madera húmeda se queda pegada. Los mangos telescópicos se ajustan entre 68 y 98 cm, para que llegues a las ramas altas sin moverte del suelo. Pesan alrededor de 1,3 kg y sus empuñaduras de goma blanda no te hacen daño en las manos. Son ideales para podar frutales, setos y rosales. Un consejo: después de usarlas, limpia bien la hoja y échale de vez en cuando unas gotas de aceite de máquina; así el filo seguirá cortando con suavidad.',
      seo_title: 'Tijeras de podar de carraca Grippa, corte de 40 mm',
      meta_description:
        'Tijeras de podar telescópicas Grippa con carraca de tres fases: cortan ramas de hasta 40 mm con un 60 % menos de esfuerzo. Mangos de 68 a 98 cm.',
      h1: 'Grippa, poda sin esfuerzo desde el suelo',
      marketing_copy_a:
        'Frutales, setos y rosales con una sola herramienta, sin escalera y sin ampollas en las manos. Compra tus Grippa hoy.',
      marketing_copy_b:
        'Ese crujido limpio cuando cede una rama gruesa, y al final de la tarde en el jardín las muñecas siguen como nuevas. Descubre la poda tranquila.',
      marketing_copy_c:
        'Llega la temporada de poda: aceite para el cuidado de la hoja de regalo con cada Grippa pedido esta semana. Aprovecha la oferta ya.',
    },
    {
      field: 'meta_description',
      find: 'de 68 a 98 cm',
      replace: 'de 68 a 110 cm',
      labels: ['number_invented'],
    },
    'Pesan alrededor de 1,3 kg y sus empuñaduras de goma blanda no te hacen daño en las manos.',
  ),
  listing(
    'p04',
    'plug_in_wall_sconces',
    'de',
    SCONCE_ZH,
    SCONCE_SRC,
    {
      translated_description:
        'Die Wandleuchte Lumo wird einfach eingesteckt – ganz ohne neue Leitungen. Mit den mitgelieferten Klebepads, die keine Spuren hinterlassen, hält sie ohne Bohren an der Wand; wenn die Wand es zulässt, können Sie sie auch mit zwei Schrauben befestigen. Das Netzkabel ist 1,8 m lang und hat einen Schalter, den Sie bequem mit der Hand erreichen. Der Leuchtenarm lässt sich um 180 Grad nach links und rechts schwenken – ideal zum Lesen im Bett oder auf dem Sofa. Das eingebaute 8-Watt-LED-Leuchtmittel bietet drei Lichtfarben – Warmweiß, Neutralweiß und Kaltweiß – und lässt sich stufenlos dimmen. Der Schirm aus satiniertem Glas sorgt für weiches, blendfreies Licht. Auch für Mietwohnungen ideal: Beim Umzug nehmen Sie die Leuchten einfach mit. In jeder Packung stecken zwei Leuchten – genau richtig für beide Seiten des Bettes.',
      seo_title: 'Lumo Wandleuchte mit Stecker, dimmbar, 3 Lichtfarben',
      meta_description:
        'Wandleuchte Lumo zum Einstecken: Montage ohne Bohren, 1,8 m Kabel mit Schalter, um 180 Grad schwenkbarer Arm und drei Lichtfarben, im Zweierpack.',
      h1: 'Lumo – Leselicht ohne Bohren und Kabelsalat',
      marketing_copy_a:
        'Zwei dimmbare Leuchten, drei Lichtfarben und keine Handwerkerrechnung – in wenigen Minuten hängt das Leselicht genau dort, wo Sie es brauchen. Jetzt bestellen.',
      marketing_copy_b:
        'Abends noch ein Kapitel im Bett, das Licht warm und gedämpft, während nebenan schon jemand schläft. So fühlt sich Zuhause an. Entdecken Sie Lumo.',
      marketing_copy_c:
        'Neu im Sortiment: Zum Start gibt es ein Ersatzset Klebepads gratis zu jeder Bestellung. Sichern Sie sich Ihr Lumo-Set jetzt.',
    },
    {
      field: 'translated_description',
      find: 'um 180 Grad',
      replace: 'um 270 Grad',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das eingebaute 8-Watt-LED-Leuchtmittel bietet drei Lichtfarben – Warmweiß, Neutralweiß und Kaltweiß – und lässt sich stufenlos dimmen.',
  ),
  listing(
    'p04',
    'plug_in_wall_sconces',
    'fr',
    SCONCE_ZH,
    SCONCE_SRC,
    {
      translated_description:
        'L’applique murale Lumo se branche simplement sur une prise, sans refaire l’électricité. Les adhésifs sans trace fournis suffisent à la fixer sans percer ; si votre mur s’y prête, vous pouvez aussi la visser avec deux vis. Le cordon d’alimentation mesure 1,8 m et intègre un interrupteur, toujours à portée de main. Le bras pivote de 180 degrés vers la gauche ou vers la droite, pour lire au lit comme dans le canapé. La source LED intégrée de 8 W propose trois températures de couleur (blanc chaud, blanc neutre et blanc froid) et son intensité se règle en continu. L’abat-jour en verre dépoli diffuse une lumière douce qui n’éblouit pas. Idéale en location : le jour du déménagement, vous l’emportez tout simplement. Chaque boîte contient deux appliques, parfaites de part et d’autre du lit.',
      seo_title: 'Applique murale Lumo à brancher, bras orientable',
      meta_description:
        'Applique murale Lumo à brancher : pose sans perçage, cordon de 1,8 m avec interrupteur, bras orientable à 180 degrés et trois teintes de lumière.',
      h1: 'Lumo, la lumière de lecture sans travaux',
      marketing_copy_a:
        'Deux appliques à intensité variable, trois teintes de lumière et aucun électricien à appeler : votre coin lecture est prêt en quelques minutes. Commandez le duo Lumo.',
      marketing_copy_b:
        'Le soir, encore un chapitre sous une lumière chaude et tamisée, pendant que l’autre dort déjà. C’est ça, se sentir chez soi. Découvrez Lumo.',
      marketing_copy_c:
        'Nouveauté : pour le lancement, un jeu d’adhésifs de rechange est offert avec chaque commande. Profitez-en dès maintenant !',
    },
    {
      field: 'meta_description',
      find: 'cordon de 1,8 m',
      replace: 'cordon de 2,5 m',
      labels: ['number_invented'],
    },
    'La source LED intégrée de 8 W propose trois températures de couleur (blanc chaud, blanc neutre et blanc froid) et son intensité se règle en continu.',
  ),
  listing(
    'p05',
    'kids_height_adjustable_desks',
    'en',
    DESK_ZH,
    DESK_SRC,
    {
      translated_description:
        'The Kido children’s desk and chair set is designed for kids aged 3 to 12. The desktop measures 80 × 60 cm (31.5 × 23.6 in), and its height adjusts between 52 and 76 cm; the chair rises with it, so there is no need to buy a new set as your child grows. The desktop tilts from 0 to 40 degrees, so your child does not have to keep their head bent over books and homework. The boards are made from E0-grade low-emission panels, and every corner and edge is rounded. There is a roomy drawer under the desktop and a hook on the side for hanging a school bag. Assembly is simple and takes about 30 minutes. We offer a 3-year warranty, and if a part breaks, we send you a new one free of charge.',
      seo_title: 'Kido Adjustable Kids’ Desk and Chair Set, Ages 3–12',
      meta_description:
        'Height-adjustable desk and chair set for children aged 3 to 12: an 80 × 60 cm tilting desktop, rounded corners, E0-grade boards and a 3-year warranty.',
      h1: 'Kido – A Desk That Grows with Your Child',
      marketing_copy_a:
        'From first drawings to secondary-school homework: one set that adjusts year after year, with a drawer, a bag hook and a warranty that has your back. Order your Kido set today.',
      marketing_copy_b:
        'Crayons, then first letters, then long division at the same little desk – and a straight back all the way. Watch your child settle in and focus. Discover Kido.',
      marketing_copy_c:
        'Back-to-school offer: a free desk organiser with every Kido set ordered this month. Shop now while stocks last.',
    },
    { field: 'seo_title', find: 'Ages 3–12', replace: 'Ages 3–14', labels: ['number_invented'] },
    'Assembly is simple and takes about 30 minutes.',
  ),
  listing(
    'p05',
    'kids_height_adjustable_desks',
    'de',
    DESK_ZH,
    DESK_SRC,
    {
      translated_description:
        'Das Schreibtisch-Set Kido mit Stuhl ist für Kinder von 3 bis 12 Jahren gedacht. Die Tischplatte misst 80 × 60 cm, die Höhe lässt sich zwischen 52 und 76 cm verstellen, und der Stuhl wächst mit – so brauchen Sie kein neues Set, wenn Ihr Kind größer wird. Die Tischplatte lässt sich von 0 bis 40 Grad neigen, damit Ihr Kind beim Lesen und Schreiben nicht ständig den Kopf senken muss. Die Platten bestehen aus emissionsarmem Holzwerkstoff der Klasse E0, alle Ecken und Kanten sind abgerundet. Unter der Tischplatte gibt es eine große Schublade, seitlich einen Haken für den Schulranzen. Der Aufbau ist einfach und dauert etwa 30 Minuten. Wir geben 3 Jahre Garantie und schicken Ihnen kostenlos Ersatz, falls ein Teil kaputtgeht.',
      seo_title: 'Kido Kinderschreibtisch mit Stuhl, höhenverstellbar',
      meta_description:
        'Höhenverstellbares Schreibtisch-Set Kido für Kinder von 3 bis 12 Jahren: neigbare Platte 80 × 60 cm, Höhe 52 bis 76 cm, große Schublade, 3 Jahre Garantie.',
      h1: 'Kido – ein Schreibtisch, der mitwächst',
      marketing_copy_a:
        'Vom ersten Ausmalbild bis zum Referat in der weiterführenden Schule: ein Set, das Jahr für Jahr mitwächst, mit Schublade, Taschenhaken und langer Garantie. Jetzt bestellen.',
      marketing_copy_b:
        'Erst Buntstifte, dann die ersten Buchstaben, später die Mathe-Hausaufgaben – und dabei immer ein gerader Rücken. Sehen Sie zu, wie Ihr Kind zur Ruhe kommt und sich konzentriert. Entdecken Sie Kido.',
      marketing_copy_c:
        'Schulstart-Aktion: Zu jedem Kido-Set gibt es diesen Monat einen Schreibtisch-Organizer gratis. Sichern Sie sich Ihr Set jetzt.',
    },
    {
      field: 'translated_description',
      find: 'zwischen 52 und 76 cm',
      replace: 'zwischen 52 und 82 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der Aufbau ist einfach und dauert etwa 30 Minuten.',
  ),
  listing(
    'p06',
    'stand_up_weeders',
    'ja',
    WEEDER_ZH,
    WEEDER_SRC,
    {
      translated_description:
        'Weedoの立ったまま使える草抜き器なら、腰をかがめたりしゃがんだりせずに草取りができます。ハンドルの長さは約100cmで、立った姿勢のまま作業できます。先端には4本のステンレス製の爪が付いていて、足で踏み込んで土に差し込み、軽くひねるだけで雑草を根ごと引き抜けます。抜いた草は、ハンドルのボタンを押すだけで自動的に外れるので、手が泥で汚れません。タンポポやオオバコのような直根性の雑草に向いており、根の長さが10cm以内のものに最も効果的です。重さは約0.9kgと軽く、ご年配の方でも楽に扱えます。芝生に残った小さな穴は、2週間ほどで自然にふさがります。',
      seo_title: 'Weedo 立ったまま使える草抜き器 4本爪 ステンレス製',
      meta_description:
        '腰をかがめずに草取りができる草抜き器。約100cmのハンドルと4本のステンレス爪で、タンポポなどの雑草を根ごと抜けます。',
      h1: 'Weedo 腰にやさしい、新しい草取り習慣',
      marketing_copy_a:
        'しゃがまず、手も汚さず、根までしっかり。庭の草取りがぐっと楽になる頼もしい道具です。今すぐ購入。',
      marketing_copy_b:
        '週末の庭仕事が、腰の痛みを気にせず楽しめる時間に。ご両親へのプレゼントにもおすすめです。ぜひお試しください。',
      marketing_copy_c:
        'ガーデニングシーズン応援セール開催中。今なら壁掛け用フックをプレゼント。カートへどうぞ。',
    },
    { field: 'meta_description', find: '約100cm', replace: '約120cm', labels: ['number_invented'] },
    '芝生に残った小さな穴は、2週間ほどで自然にふさがります。',
  ),
  listing(
    'p06',
    'stand_up_weeders',
    'es',
    WEEDER_ZH,
    WEEDER_SRC,
    {
      translated_description:
        'Con el arrancador de malas hierbas Weedo puedes desherbar de pie, sin agacharte ni ponerte en cuclillas. El mango mide unos 100 cm, así que trabajas cómodamente erguido. En la base tiene cuatro garras de acero inoxidable: las clavas en la tierra con el pie, giras un poco y la mala hierba sale de raíz. Para soltar la hierba arrancada basta con pulsar el botón del mango, y cae sola sin que te manches las manos de tierra. Funciona mejor con hierbas de raíz pivotante, como el diente de león o el llantén, con raíces de hasta 10 cm. Pesa unos 0,9 kg, así que también lo manejan sin problema las personas mayores de la casa. Los pequeños agujeros que quedan en el césped se cierran solos en unas dos semanas.',
      seo_title: 'Arrancador de malas hierbas Weedo de pie, cuatro garras',
      meta_description:
        'Arrancador de malas hierbas de pie Weedo: mango de unos 100 cm y cuatro garras de acero inoxidable para sacar la hierba de raíz sin agacharte.',
      h1: 'Weedo, adiós al dolor de espalda en el jardín',
      marketing_copy_a:
        'Sin agacharte, sin mancharte y con la raíz incluida: el jardín limpio con mucho menos esfuerzo. Consigue tu Weedo hoy.',
      marketing_copy_b:
        'Las tardes de jardín vuelven a ser un placer y no un castigo para la espalda. También es un regalo perfecto para tus padres. Descubre Weedo.',
      marketing_copy_c:
        'Empieza la temporada de jardín: gancho de pared de regalo con cada Weedo pedido este mes. Pídelo ya.',
    },
    {
      field: 'translated_description',
      find: 'raíces de hasta 10 cm',
      replace: 'raíces de hasta 15 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Pesa unos 0,9 kg, así que también lo manejan sin problema las personas mayores de la casa.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (pendant lamp) takes styles 0-2, listing 2 (loppers) 3-5, listing 3 (kids' desk) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here is the translated product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `Marketing copy A (value-focused): ${c.marketing_copy_a}` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({ marketing_copy_b: `\`\`\`\n${c.marketing_copy_b}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `As an AI language model, I can’t check current stock or offer dates, but here is a promotional version: ${c.marketing_copy_c}`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nI hope this helps! Let me know if you would like a different tone.`,
  }),
  (c) => ({ h1: `**H1:** ${c.h1}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(The source names a Chinese board grade here; I kept the code as written rather than guess at a European equivalent.)',
    ),
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Use code [INSERT CODE] at checkout.` }),
];

// de: listing 1 (jade bangle) takes styles 0-2, listing 2 (wall sconce) 3-5, listing 3 (kids' desk) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Hier ist die deutsche Übersetzung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `<p>${c.marketing_copy_b}</p>` }),
  (c) => ({ h1: `Überschrift: ${c.h1}` }),
  (c) => ({ marketing_copy_c: `\`\`\`\n${c.marketing_copy_c}\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nGerne passe ich den Text noch an, falls Sie eine andere Tonalität wünschen.`,
  }),
  (c) => ({
    marketing_copy_a: `Als KI-Sprachmodell kann ich die Lichtwirkung nicht selbst beurteilen, aber hier ist ein Vorschlag: ${c.marketing_copy_a}`,
  }),
  (c) => ({ seo_title: `## ${c.seo_title}` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '@Jana: Bitte noch mit der Rechtsabteilung klären, ob wir das mit dem geraden Rücken so sagen dürfen.',
    ),
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      4,
      'Note: I kept the board grade as in the source, since there is no exact German equivalent.',
    ),
  }),
];

// ja: listing 1 (jade bangle) takes styles 0-2, listing 2 (weeder) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `はい、承知しました。以下が商品説明の日本語訳です。\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `キャッチコピーA（価値訴求）：${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n以上となります。修正が必要でしたら、お気軽にお申し付けください。`,
  }),
  (c) => ({ translated_description: `\`\`\`markdown\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}（※原文にない「ご両親へのプレゼント」の一文を加えました。不要でしたら削除します。）`,
  }),
];

// es: listing 1 (loppers) takes styles 0-2, listing 2 (weeder) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la traducción de la descripción:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `**${c.h1}**` }),
  (c) => ({
    marketing_copy_c: `Como modelo de lenguaje de IA, no puedo confirmar existencias ni fechas de la oferta. ${c.marketing_copy_c}`,
  }),
  (c) => ({ marketing_copy_a: `Texto de marketing (valor): ${c.marketing_copy_a}` }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n¿Prefieres que trate al cliente de usted en lugar de tú para este público?`,
  }),
];

// fr: listing 1 (pendant lamp) takes styles 0-2, listing 2 (wall sconce) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Voici la traduction en français :\n\n${c.translated_description}` }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}\n\nJ’espère que cette version vous convient !` }),
  (c) => ({ marketing_copy_b: `\`\`\`json\n{"marketing_copy_b": "${c.marketing_copy_b}"}\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nEn tant que modèle de langage, je ne peux pas vérifier la conformité électrique de ce luminaire.`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Offre valable jusqu’au [DATE DE FIN].` }),
];

export const ROUND_89_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap rattan lamps often come apart at the seams.',
      'Knockoff loppers tend to jam halfway through a branch.',
      'A fake study desk wobbles as soon as your child leans on it.',
      'Replica pendant shades rarely hold their shape for long.',
    ],
    slogans: ['Light, woven by hand.', 'Less bending, more blooming.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Home Decor, Gift Idea, Best Seller, Free Shipping, New In',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Armreifen sind oft nur gefärbtes Glas.',
      'Eine Fälschung erkennt man am fehlenden Prüfzertifikat.',
      'Nachahmungen unserer Wandleuchte flackern schon nach kurzer Zeit.',
      'Imitate aus Kunststoff fühlen sich kalt und leblos an.',
    ],
    slogans: ['Schmuck mit Geschichte.', 'Licht, wo Sie es brauchen.'],
    chineseLeftovers: [],
    duplicateLead: 'Zusammengefasst: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Gratisversand, Top-Marke',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のバングルは染色したガラスのことがあります。',
      'レプリカの玉には鑑別書が付いていません。',
      'コピー品の草抜き器は爪がすぐに曲がります。',
      '模倣品では雑草を根ごと抜くことができません。',
    ],
    slogans: ['毎日に、やさしい輝きを。', '庭仕事を、もっと軽やかに。'],
    chineseLeftovers: ['这个手镯的颜色很自然，戴着也很舒服。', '这个拔草器很好用，家里老人也能轻松操作。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜送料無料 人気 ランキング 母の日 ギフト おすすめ',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las tijeras baratas pierden el filo enseguida.',
      'Una imitación de arrancador se dobla ante las raíces duras.',
      'Las falsificaciones no llevan acero de calidad en la hoja.',
      'Desconfía de las opiniones falsas en las tiendas en línea.',
    ],
    slogans: ['Podar nunca fue tan ligero.', 'Tu jardín, sin dolor de espalda.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Novedad, más vendido, idea de regalo, envío gratis',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une suspension pas chère se déforme vite à la chaleur.',
      'Les contrefaçons d’appliques chauffent anormalement.',
      'Méfiez-vous des faux avis publiés sur les comparateurs.',
      'Aucune réplique n’a le charme d’un vrai rotin tressé main.',
    ],
    slogans: ['La lumière, tissée à la main.', 'Lire au lit, tout simplement.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Nouveauté, idée cadeau, livraison offerte, best-seller',
  },
};
