// Blind set, round 104 (written without reading the gate, committed before it is scored): six camping-cookware,
// dog-walking, wall-art and bathroom-textile products in the categories titanium_camping_mugs,
// dog_poop_bag_dispensers, led_dog_collars, shadow_box_frames, hair_towel_wraps and camping_coffee_percolators,
// 12 hand-written listings, three artifact styles per listing and wording of its own. Theme: chatter that blends into
// the copy, as a reviewer meets it in real model output: the model's reasoning tacked onto a sentence (why a word was
// chosen or kept), a question to the requester in passing, a bracketed remark about tone, a hedge about what the
// source says or leaves unclear, a first-person edit report, a note to a colleague, a status word ("(revised)",
// "[freigegeben]", "（仮）", "[BORRADOR]"), an unfilled placeholder ("[PRODUCT LINE]", "[HOLZART]", "XX月XX日",
// "[COULEUR]"), an alternative wording offered, a pointer to another part of the answer; spread over all five
// languages and all seven fields, no digits in artifacts that land in the description, title or meta. The clean
// listings speak in a natural shop voice that also uses words seen in chatter: "A tip from our shop manager:",
// "店長からのひとこと：", the maker's "we" / "wir" / "nous" ("Our advice:", "Unser Rat:"), a customer's question and
// the shop's answer, quoted customer words, a shop owner speaking in the first person ("Palabra de la dueña",
// "Le mot de la gérante"). Sources are in ordinary Chinese shop style. Legitimate numbers:
// Tivo 99.5% (99.5%), 450 ml (15.2 fl oz), 68 g (2.4 oz), 150 ml and 300 ml, 两条 (two markings, 2本), 150 ml again
// in the tip; idioms 单杯 (the mug on its own: not a number), 一言 in 店長からのひとこと (copy voice, not a number);
// Pawly about 45 g, 15 bags a roll (15 Beutel, 15 sacs), 8 rolls (8 Rollen, huit rouleaux), 120 bags, 2 button cells
// (zwei Knopfzellen, deux piles bouton), about 20 hours, 单手 (mit einer Hand, d'une seule main: not a number),
// 一个小LED灯 (a small LED light: not a number), 照一照 (reduplication, not a number);
// Glowy 500 m (1,640 ft), 三种 (three modes, tres modos), about 1 hour, about 6 and about 10 hours, up to 70 cm,
// 25 to 70 cm neck, IPX5 (5), 按一下 (a press of the button: not a number);
// Memora 4 cm deep, 30×30 cm, 23×23 cm, 20 pins (20 Stecknadeln, ピン20本), 8 turn clips (8 Drehverschlüsse, 8か所),
// 满月 (the hat from her first month: rendered as "als Neugeborenes" / お宮参り, no number);
// Silky 400 g (400 g/m², fabric weight), about 3 times, 10 minutes, 65×25 cm, 两条 (two turbans, pack de 2, lot de 2,
// dos, deux), 40 ℃ (40 °C), 一套 (set, lot: not a number), 首次 (before using it: not a number);
// Brewa 304 stainless steel, 1.2 L (1,2 Liter), 9 cups (9 Tassen), 6 to 8 minutes, about 10 g per cup, about 640 g
// (22.6 oz), idiom 一次 (at a time, auf einmal).
// Number edits: Tivo en meta 450 → 500 ml (invented), ja 68 → 78 g (dropped + invented); Pawly de title 8 → 10 Rollen
// (invented), fr 45 → 35 g (dropped + invented); Glowy en 70 → 75 cm while "25 to 70 cm" stays in the description
// (invented only), es meta 6 → 8 horas (invented); Memora de 4 → 5 cm (dropped + invented), ja title 30×30 → 40×40
// (invented); Silky es 40 → 30 °C (dropped + invented), fr meta 10 → 15 minutes (invented); Brewa en title 9 → 12 Cups
// (invented), de 640 → 580 g (dropped + invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const MUG_ZH = 'Tivo 纯钛露营杯 450毫升 折叠手柄 带盖';
const MUG_SRC =
  'Tivo 纯钛露营杯，杯身采用纯度99.5%的钛材，容量450毫升，单杯重量只有68克，放进背包几乎感觉不到。杯子可以直接放在炉头上烧水、煮咖啡，也能泡面。折叠手柄包着硅胶套，刚烧开水拿起来也不烫手。杯身内侧有150毫升和300毫升两条刻度线，冲咖啡不用再带量杯。杯盖上留有出水口，倒水不洒。钛不会有金属味，泡茶、冲咖啡都是原来的味道。店长小贴士：千万不要空杯干烧，烧水时至少加到150毫升刻度线。';
const BAGS_ZH = 'Pawly 铝合金拾便袋盒 带LED灯 附赠8卷可降解拾便袋';
const BAGS_SRC =
  'Pawly 拾便袋收纳盒采用铝合金外壳，重量约45克，挂在牵引绳上几乎感觉不到。盒里放得下整卷标准拾便袋，每卷15只，出袋口很顺，单手就能抽袋。随盒附赠8卷可降解拾便袋，共120只。背面的登山扣可以扣在各种粗细的牵引绳上。侧面带一个小LED灯，晚上遛狗时照一照地面，找起来更方便。灯用2颗纽扣电池，可连续亮约20小时。我们自己也养狗，最怕晚上在草地里找不到狗狗的便便，所以才加了这个小灯。';
const COLLAR_ZH = 'Glowy USB充电发光狗项圈 可裁剪 防水';
const COLLAR_SRC =
  'Glowy 发光狗项圈整圈都会亮，夜里500米外也能看见。有常亮、慢闪、快闪三种模式，按一下按钮就能切换。内置锂电池，用USB充电，充满约1小时，常亮可用约6小时，闪烁模式约10小时。项圈是硅胶材质，软软的，不勒脖子，可以用剪刀剪成合适的长度，最长70厘米，适合颈围25到70厘米的狗狗。防水等级IPX5，下雨天遛狗也没问题。有顾客问：剪短以后还能亮吗？可以，只要别剪到装电池的那部分就行。';
const FRAME_ZH = 'Memora 实木立体相框 深4厘米 30×30厘米 纪念品展示框';
const FRAME_SRC =
  'Memora 立体相框采用实木边框，内框深度4厘米，宝宝的小鞋子、旅行带回来的贝壳、毕业时的奖牌都能放进去。外框尺寸30×30厘米，内部展示区23×23厘米。正面是高透亚克力板，不怕摔，比玻璃更适合有小孩的家庭。背板是亚麻布面，附赠20枚大头针，不用胶水就能固定物品。背板用8个旋转卡扣固定，换内容很方便。可挂墙，也可以立在桌上。有顾客留言：“把女儿满月时戴的小帽子放进去，挂在客厅，来的客人都会问。”';
const TOWEL_ZH = 'Silky 珊瑚绒干发帽 强吸水 两条装';
const TOWEL_SRC =
  'Silky 干发帽采用珊瑚绒超细纤维，面料克重400克，吸水量约是普通毛巾的3倍，洗完头包上10分钟，头发就干得差不多了，吹头发的时间大大缩短。尺寸65×25厘米，长发短发都包得住。后面有纽扣固定，低头洗脸也不会掉。一套两条，粉色和灰色搭配。首次使用前请先用清水洗过。可机洗，水温不要超过40℃，不要加柔顺剂，否则会影响吸水。店主说：我自己的头发长到腰，用了它以后，冬天洗头不再是件麻烦事。';
const PERC_ZH = 'Brewa 不锈钢露营咖啡壶 1.2升 9杯量 明火可用';
const PERC_SRC =
  'Brewa 露营渗滤式咖啡壶，壶身为304不锈钢，容量1.2升，一次能煮9杯咖啡，够全家早上喝。篝火、卡式炉、燃气灶上都能直接用。壶盖顶部有透明玻璃观察头，看到咖啡颜色变深就说明快好了，一般煮6到8分钟。咖啡粉建议用中粗研磨，每杯约10克。手柄外层是防烫木柄，整壶重约640克。内部的滤篮和导管都能拆下来清洗。我们的建议：首次使用前，先装清水煮开后倒掉，可以去掉新壶的气味。';

export const ROUND_104_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'titanium_camping_mugs',
    'en',
    MUG_ZH,
    MUG_SRC,
    {
      translated_description:
        'The Tivo camping mug is made of 99.5% pure titanium, holds 450 ml (15.2 fl oz) and weighs just 68 g (2.4 oz), so you will barely notice it in your pack. You can put it straight on your stove to boil water or brew coffee, and it is just as handy for instant noodles. The folding handle has a silicone sleeve, so you can pick the mug up comfortably even when the water has only just boiled. Two markings inside, at 150 ml and 300 ml, mean you can leave the measuring cup at home when making coffee. The lid has a pouring spout, so nothing spills when you pour. Titanium leaves no metallic taste: your tea and coffee taste exactly as they should. A tip from our shop manager: never heat the mug empty, and always fill it to at least the 150 ml line before you boil water.',
      seo_title: 'Tivo Titanium Camping Mug, 450 ml, Folding Handle',
      meta_description:
        'Tivo camping mug in 99.5% pure titanium: holds 450 ml, weighs just 68 g, goes straight on the stove and leaves no metallic taste in your coffee.',
      h1: 'Tivo – Hot Coffee at Every Campsite',
      marketing_copy_a:
        'Mug, pot and measuring cup in a single piece of titanium that weighs less than a chocolate bar. Order your Tivo today.',
      marketing_copy_b:
        'Dawn on the ridge, the stove hissing softly and fresh coffee steaming between your hands. This is what the early start was for. Discover the Tivo.',
      marketing_copy_c:
        'Launch offer: a mesh carry pouch comes free with every Tivo this month. Grab yours while stocks last.',
    },
    { field: 'meta_description', find: 'holds 450 ml', replace: 'holds 500 ml', labels: ['number_invented'] },
    'Two markings inside, at 150 ml and 300 ml, mean you can leave the measuring cup at home when making coffee.',
  ),
  listing(
    'p01',
    'titanium_camping_mugs',
    'ja',
    MUG_ZH,
    MUG_SRC,
    {
      translated_description:
        'Tivoのキャンプマグは、純度99.5%のチタンを使用しています。容量は450ml、重さはわずか68gで、バックパックに入れてもほとんど気になりません。バーナーに直接かけてお湯を沸かしたり、コーヒーを淹れたりできるほか、インスタントラーメン作りにも使えます。折りたたみハンドルにはシリコンカバーが付いているので、沸かしたてでも熱くなく持てます。内側には150mlと300mlの2本の目盛りがあり、コーヒーを淹れるときに計量カップを持っていく必要がありません。フタには注ぎ口があり、こぼさずに注げます。チタンは金属のにおいがしないので、お茶もコーヒーも本来の味のまま楽しめます。店長からのひとこと：空のまま火にかける空焚きは絶対にしないでください。お湯を沸かすときは、必ず150mlの目盛りまで水を入れてください。',
      seo_title: 'Tivo 純チタン キャンプマグ 450ml 折りたたみハンドル',
      meta_description:
        '純度99.5%のチタン製キャンプマグ。容量450ml、重さ68gと軽く、バーナーに直接かけられます。金属のにおいがしないので、コーヒーもお茶もおいしく飲めます。',
      h1: 'Tivo どこでも淹れたてのコーヒーを',
      marketing_copy_a:
        'マグ、ケトル、計量カップの役割をこれひとつで。荷物を減らしたい山歩きにぴったりです。今すぐ購入。',
      marketing_copy_b:
        '朝もやの中、バーナーの小さな炎でお湯を沸かす時間。山で飲むコーヒーは、いつもより少し特別です。ぜひチェックしてください。',
      marketing_copy_c: '発売記念として、今月中にお求めの方にメッシュ収納袋をプレゼント。お早めにどうぞ。',
    },
    {
      field: 'translated_description',
      find: 'わずか68g',
      replace: 'わずか78g',
      labels: ['number_dropped', 'number_invented'],
    },
    '内側には150mlと300mlの2本の目盛りがあり、コーヒーを淹れるときに計量カップを持っていく必要がありません。',
  ),
  listing(
    'p02',
    'dog_poop_bag_dispensers',
    'de',
    BAGS_ZH,
    BAGS_SRC,
    {
      translated_description:
        'Der Kotbeutelspender Pawly hat ein Gehäuse aus Aluminium, wiegt rund 45 g und fällt an der Leine kaum auf. Im Inneren findet eine ganze Rolle Standard-Kotbeutel mit 15 Beuteln Platz, und dank der durchdachten Öffnung ziehen Sie die Beutel mühelos mit einer Hand heraus. Dazu gibt es 8 Rollen biologisch abbaubare Kotbeutel, insgesamt 120 Stück. Mit dem Karabiner auf der Rückseite hängen Sie den Spender an jede Leine, ob dünn oder dick. An der Seite sitzt eine kleine LED-Lampe, mit der Sie bei der Abendrunde kurz den Boden ableuchten und alles schneller finden. Sie läuft mit zwei Knopfzellen und leuchtet etwa 20 Stunden am Stück. Wir haben selbst Hunde und wissen, wie mühsam die Suche im dunklen Gras sein kann – genau deshalb haben wir das kleine Licht eingebaut.',
      seo_title: 'Pawly Kotbeutelspender aus Aluminium mit LED, 8 Rollen',
      meta_description:
        'Kotbeutelspender Pawly: leichtes Alugehäuse, Karabiner für jede Leine und LED-Licht für die Abendrunde. Mit 8 Rollen abbaubarer Beutel im Lieferumfang.',
      h1: 'Pawly – sauber unterwegs, auch wenn es dunkel wird',
      marketing_copy_a:
        'Spender, Lampe und Beutelvorrat in einem: Bei jeder Gassirunde haben Sie alles griffbereit an der Leine. Jetzt bestellen.',
      marketing_copy_b:
        'Spätherbst, früher Abend, es ist längst dunkel – und trotzdem finden Sie im nassen Gras sofort, was Ihr Hund hinterlassen hat. Entdecken Sie Pawly.',
      marketing_copy_c:
        'Nur diesen Monat: eine Ersatzrolle gratis zu jedem Pawly. Sichern Sie sich Ihren Spender jetzt.',
    },
    { field: 'seo_title', find: '8 Rollen', replace: '10 Rollen', labels: ['number_invented'] },
    'Sie läuft mit zwei Knopfzellen und leuchtet etwa 20 Stunden am Stück.',
  ),
  listing(
    'p02',
    'dog_poop_bag_dispensers',
    'fr',
    BAGS_ZH,
    BAGS_SRC,
    {
      translated_description:
        'Le distributeur de sacs à crottes Pawly possède un boîtier en aluminium : avec ses 45 g environ, il se fait oublier au bout de la laisse. Il accueille un rouleau entier de sacs standard (15 sacs par rouleau), et son ouverture bien pensée permet de les sortir d’une seule main. Huit rouleaux de sacs biodégradables sont fournis, soit 120 sacs au total. Le mousqueton au dos s’accroche à toutes les laisses, fines ou épaisses. Sur le côté, une petite lampe LED éclaire le sol pendant la promenade du soir, pour tout retrouver plus facilement. Elle fonctionne avec deux piles bouton et éclaire environ 20 heures en continu. Nous avons nous-mêmes des chiens et savons combien il est pénible de chercher dans l’herbe à la nuit tombée : c’est pour cela que nous avons ajouté cette petite lumière.',
      seo_title: 'Distributeur de sacs à crottes Pawly, alu et LED',
      meta_description:
        'Distributeur de sacs Pawly en aluminium : lampe LED pour les promenades du soir, mousqueton pour toutes les laisses et 8 rouleaux de sacs biodégradables.',
      h1: 'Pawly, la promenade du soir en toute sérénité',
      marketing_copy_a:
        'Distributeur, lampe et réserve de sacs réunis au bout de la laisse : plus besoin de fouiller vos poches. Commandez votre Pawly.',
      marketing_copy_b:
        'Il fait nuit, l’herbe est mouillée, votre chien vous regarde d’un air fier… et en un instant, tout est ramassé. Découvrez Pawly.',
      marketing_copy_c: 'Ce mois-ci, un rouleau de recharge offert avec chaque Pawly. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'avec ses 45 g environ',
      replace: 'avec ses 35 g environ',
      labels: ['number_dropped', 'number_invented'],
    },
    'Elle fonctionne avec deux piles bouton et éclaire environ 20 heures en continu.',
  ),
  listing(
    'p03',
    'led_dog_collars',
    'en',
    COLLAR_ZH,
    COLLAR_SRC,
    {
      translated_description:
        'The whole Glowy collar lights up, so your dog can be seen from 500 m (1,640 ft) away at night. Choose from three modes – steady, slow flash and fast flash – and switch between them with a press of the button. The built-in lithium battery charges via USB in about 1 hour and lasts about 6 hours on steady light or about 10 hours in flashing mode. The collar is made of soft silicone that does not dig into the neck, and you can trim it to the right length with scissors: it is up to 70 cm long and fits dogs with a neck size of 25 to 70 cm. Rated IPX5 waterproof, it is ready for walks in the rain. A customer asked us: will it still light up after I cut it shorter? Yes, as long as you do not cut into the section that holds the battery.',
      seo_title: 'Glowy Rechargeable LED Dog Collar, Cut to Fit, 25–70 cm',
      meta_description:
        'LED dog collar that lights up all round and is visible from 500 m: three modes, USB charging in about 1 hour and soft silicone you can trim to size.',
      h1: 'Glowy – Be Seen on Every Evening Walk',
      marketing_copy_a:
        'No batteries to buy, no clip-on lights to lose: charge it, trim it to size and it fits your dog for good. Shop the Glowy collar now.',
      marketing_copy_b:
        'Late autumn, the park is dark, and still you can follow that little glow bobbing between the trees. Discover Glowy.',
      marketing_copy_c: 'This week only: free shipping on every Glowy collar. Order yours today.',
    },
    {
      field: 'translated_description',
      find: 'it is up to 70 cm long',
      replace: 'it is up to 75 cm long',
      labels: ['number_invented'],
    },
    'Rated IPX5 waterproof, it is ready for walks in the rain.',
  ),
  listing(
    'p03',
    'led_dog_collars',
    'es',
    COLLAR_ZH,
    COLLAR_SRC,
    {
      translated_description:
        'El collar Glowy se ilumina entero, así que de noche tu perro se ve a 500 metros de distancia. Tiene tres modos (luz fija, parpadeo lento y parpadeo rápido) y basta con pulsar el botón para cambiar de modo. La batería de litio integrada se carga por USB en 1 hora aproximadamente y dura unas 6 horas con luz fija o unas 10 horas en modo parpadeo. Es de silicona suave, no aprieta el cuello y se recorta con tijeras a la medida justa: mide como máximo 70 cm y sirve para perros con un contorno de cuello de 25 a 70 cm. Con su protección IPX5, los paseos bajo la lluvia no son ningún problema. Un cliente nos preguntó: «¿Sigue encendiéndose si lo corto?». Sí, siempre que no cortes la parte donde va la batería.',
      seo_title: 'Collar LED recargable Glowy para perro, recortable',
      meta_description:
        'Collar luminoso Glowy para perros: visible a 500 m, tres modos de luz, carga USB en 1 hora, hasta 6 horas de luz fija y silicona que se recorta a medida.',
      h1: 'Glowy, que a tu perro se le vea en cada paseo',
      marketing_copy_a:
        'Sin pilas que comprar ni luces de clip que se pierden: lo cargas, lo recortas a su medida y listo. Compra tu Glowy.',
      marketing_copy_b:
        'Es de noche en el parque y, aun así, sigues con la mirada esa lucecita que corretea entre los árboles. Qué tranquilidad. Descubre Glowy.',
      marketing_copy_c: 'Solo esta semana, envío gratis en todos los collares Glowy. Pídelo ya.',
    },
    {
      field: 'meta_description',
      find: 'hasta 6 horas',
      replace: 'hasta 8 horas',
      labels: ['number_invented'],
    },
    'Con su protección IPX5, los paseos bajo la lluvia no son ningún problema.',
  ),
  listing(
    'p04',
    'shadow_box_frames',
    'de',
    FRAME_ZH,
    FRAME_SRC,
    {
      translated_description:
        'Der Objektrahmen Memora besteht aus Massivholz und hat eine Innentiefe von 4 cm – genug Platz für winzige Babyschuhe, Muscheln aus dem Urlaub oder die Medaille vom Schulabschluss. Außen misst er 30 × 30 cm, die Präsentationsfläche innen 23 × 23 cm. Vorn sitzt statt Glas eine hochtransparente Acrylscheibe, die nicht so leicht zu Bruch geht – ideal für Familien mit kleinen Kindern. Die Rückwand ist mit Leinen bespannt, und mit den 20 mitgelieferten Stecknadeln befestigen Sie Ihre Erinnerungsstücke ganz ohne Kleber. Gehalten wird die Rückwand von 8 Drehverschlüssen, so lässt sich der Inhalt leicht austauschen. Sie können den Rahmen aufhängen oder einfach auf den Tisch stellen. Eine Kundin schrieb uns: „Ich habe das Mützchen, das meine Tochter als Neugeborenes trug, eingerahmt und im Wohnzimmer aufgehängt – alle Gäste fragen danach.“',
      seo_title: 'Memora Objektrahmen aus Massivholz, 30 × 30 cm, 4 cm tief',
      meta_description:
        'Objektrahmen Memora aus Massivholz, 4 cm tief: für Babyschuhe, Muscheln und Medaillen, hinter einer bruchsicheren Acrylscheibe.',
      h1: 'Memora – kleine Schätze, schön in Szene gesetzt',
      marketing_copy_a:
        'Ohne Kleber, ohne Werkzeug, mit bruchsicherer Scheibe: Ihre Lieblingsstücke sind im Handumdrehen gerahmt. Jetzt bestellen.',
      marketing_copy_b:
        'Am Muschelrand klebt noch Sand, das Mützchen duftet noch ein wenig nach Baby. Manche Dinge gehören nicht in eine Schublade. Entdecken Sie Memora.',
      marketing_copy_c:
        'Zum Muttertag verpacken wir jeden Memora-Rahmen kostenlos als Geschenk. Sichern Sie sich Ihren Rahmen jetzt.',
    },
    {
      field: 'translated_description',
      find: 'Innentiefe von 4 cm',
      replace: 'Innentiefe von 5 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Rückwand ist mit Leinen bespannt, und mit den 20 mitgelieferten Stecknadeln befestigen Sie Ihre Erinnerungsstücke ganz ohne Kleber.',
  ),
  listing(
    'p04',
    'shadow_box_frames',
    'ja',
    FRAME_ZH,
    FRAME_SRC,
    {
      translated_description:
        'Memoraの立体額縁（シャドーボックス）は無垢材のフレームを使用し、内側の奥行きは4cmあります。赤ちゃんの小さな靴や旅先で拾った貝殻、卒業式のメダルなども飾れます。外寸は30×30cm、内側の展示スペースは23×23cmです。前面は透明度の高いアクリル板なので、落としても割れにくく、小さなお子さまのいるご家庭にはガラスよりも安心です。背板はリネン張りで、付属のピン20本を使えば、接着剤なしで飾りたいものを固定できます。背板は8か所の回転式留め具で固定されているので、中身の入れ替えも簡単です。壁に掛けても、卓上に立てても飾れます。お客さまからは「娘のお宮参りの帽子を入れてリビングに飾ったら、来る人みんなに聞かれます」という声をいただきました。',
      seo_title: 'Memora 無垢材 立体額縁 30×30cm 奥行4cm',
      meta_description:
        '奥行き4cmの無垢材シャドーボックス。ベビーシューズや貝殻、メダルなどの思い出の品を、割れにくいアクリル板越しに飾れます。',
      h1: 'Memora 思い出を、そっと飾る',
      marketing_copy_a:
        '接着剤も工具も使わず、ピンで留めるだけで思い出の品が作品に。割れにくいアクリル板で、お子さまのいるご家庭にも安心です。今すぐ購入。',
      marketing_copy_b:
        '小さな靴、旅の貝殻、がんばった日のメダル。引き出しにしまっておくには、もったいない思い出があります。ぜひチェックしてください。',
      marketing_copy_c: '母の日に向けて、今ならギフトラッピングを無料で承ります。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '30×30cm', replace: '40×40cm', labels: ['number_invented'] },
    '背板はリネン張りで、付属のピン20本を使えば、接着剤なしで飾りたいものを固定できます。',
  ),
  listing(
    'p05',
    'hair_towel_wraps',
    'es',
    TOWEL_ZH,
    TOWEL_SRC,
    {
      translated_description:
        'La toalla turbante Silky es de microfibra coral fleece con un gramaje de 400 g/m² y absorbe unas 3 veces más agua que una toalla normal: después de lavarte el pelo, te la pones 10 minutos y el pelo queda casi seco, así que pasas mucho menos rato con el secador. Mide 65 × 25 cm y recoge tanto melenas largas como pelo corto. Se sujeta por detrás con un botón, así que no se cae aunque te agaches para lavarte la cara. El pack incluye dos turbantes, en rosa y en gris. Antes de estrenarla, lávala solo con agua. Se puede lavar a máquina a 40 °C como máximo y sin suavizante, porque el suavizante le resta capacidad de absorción. Palabra de la dueña de la tienda: «Tengo el pelo hasta la cintura y, desde que la uso, lavarme el pelo en invierno ya no es un engorro».',
      seo_title: 'Toalla turbante Silky de microfibra, pack de 2',
      meta_description:
        'Turbante Silky de microfibra coral: absorbe unas 3 veces más agua que una toalla normal y deja el pelo casi seco en 10 minutos. Pack de dos.',
      h1: 'Silky, menos secador y más tiempo para ti',
      marketing_copy_a:
        'Dos turbantes, un botón que no se suelta y una microfibra que se bebe el agua: cada mañana ahorras tiempo de secador. Compra tu pack Silky.',
      marketing_copy_b:
        'Sales de la ducha, te envuelves el pelo y te tomas el café con calma mientras la toalla hace su trabajo. Ese ratito es tuyo. Descubre Silky.',
      marketing_copy_c:
        'Oferta de lanzamiento: envío gratis en todos los packs Silky esta semana. Aprovecha ahora.',
    },
    {
      field: 'translated_description',
      find: 'a 40 °C como máximo',
      replace: 'a 30 °C como máximo',
      labels: ['number_dropped', 'number_invented'],
    },
    'Mide 65 × 25 cm y recoge tanto melenas largas como pelo corto.',
  ),
  listing(
    'p05',
    'hair_towel_wraps',
    'fr',
    TOWEL_ZH,
    TOWEL_SRC,
    {
      translated_description:
        'Le turban sèche-cheveux Silky est en microfibre polaire corail d’un grammage de 400 g/m² et absorbe environ 3 fois plus d’eau qu’une serviette classique : après le shampooing, gardez-le 10 minutes sur la tête et vos cheveux sont presque secs, le sèche-cheveux ne sert plus que quelques instants. Avec ses 65 × 25 cm, il convient aux cheveux longs comme aux cheveux courts. Un bouton le maintient à l’arrière : il ne glisse pas, même quand vous vous penchez pour vous laver le visage. Le lot comprend deux turbans, en rose et en gris. Avant de l’utiliser, rincez-le simplement à l’eau claire. Il passe en machine à 40 °C maximum, sans adoucissant, qui réduirait son pouvoir absorbant. Le mot de la gérante : « Mes cheveux m’arrivent à la taille ; depuis que j’utilise Silky, me laver les cheveux en hiver n’est plus une corvée. »',
      seo_title: 'Turban sèche-cheveux Silky en microfibre, lot de 2',
      meta_description:
        'Turban Silky en microfibre polaire : il absorbe environ 3 fois plus qu’une serviette et vos cheveux sont presque secs en 10 minutes. Lot de deux.',
      h1: 'Silky, le geste doux après la douche',
      marketing_copy_a:
        'Deux turbans, un bouton qui tient bien et une microfibre qui boit l’eau : chaque matin, vous gagnez du temps sur le séchage. Commandez votre lot Silky.',
      marketing_copy_b:
        'Vous sortez de la douche, enroulez vos cheveux et savourez votre café pendant que le turban fait tout le travail. Ce petit moment est à vous. Découvrez Silky.',
      marketing_copy_c:
        'Pour le lancement, livraison offerte sur tous les lots Silky cette semaine. Profitez-en !',
    },
    {
      field: 'meta_description',
      find: 'en 10 minutes',
      replace: 'en 15 minutes',
      labels: ['number_invented'],
    },
    'Il passe en machine à 40 °C maximum, sans adoucissant, qui réduirait son pouvoir absorbant.',
  ),
  listing(
    'p06',
    'camping_coffee_percolators',
    'en',
    PERC_ZH,
    PERC_SRC,
    {
      translated_description:
        'The Brewa camping percolator is made of 304 stainless steel and holds 1.2 litres, enough to brew 9 cups of coffee at a time – plenty for the whole family at breakfast. It goes straight onto a campfire, a cartridge stove or a gas hob. The clear glass knob on the lid lets you watch the brew: once the coffee turns dark, it is nearly ready, usually after 6 to 8 minutes. We recommend a medium-coarse grind, about 10 g per cup. The handle is clad in heat-resistant wood, and the whole pot weighs about 640 g (22.6 oz). The filter basket and stem come out for easy cleaning. Our advice: before brewing any coffee in it, boil plain water in it and pour it away to get rid of the new-pot smell.',
      seo_title: 'Brewa Stainless Steel Camping Percolator, 9 Cups, 1.2 L',
      meta_description:
        'Brewa camping percolator in 304 stainless steel: 1.2 litres for 9 cups, a glass viewing knob and a wooden handle, for campfire or stove.',
      h1: 'Brewa – Campfire Coffee for the Whole Crew',
      marketing_copy_a:
        'Stainless steel that shrugs off open flames, a wooden handle that stays cool and enough coffee for everyone around the fire. Order your Brewa today.',
      marketing_copy_b:
        'The smell of coffee drifting over the tents before anyone is properly awake – that is how the best camping mornings begin. Discover the Brewa.',
      marketing_copy_c:
        'Summer offer: a free canvas carry bag with every Brewa this month. Shop now while stocks last.',
    },
    { field: 'seo_title', find: '9 Cups', replace: '12 Cups', labels: ['number_invented'] },
    'We recommend a medium-coarse grind, about 10 g per cup.',
  ),
  listing(
    'p06',
    'camping_coffee_percolators',
    'de',
    PERC_ZH,
    PERC_SRC,
    {
      translated_description:
        'Die Camping-Perkolatorkanne Brewa besteht aus Edelstahl 304 und fasst 1,2 Liter – genug für 9 Tassen Kaffee auf einmal, also für die ganze Familie zum Frühstück. Sie kommt direkt aufs Lagerfeuer, auf den Kartuschenkocher oder auf den Gasherd. Durch den Glasknauf im Deckel sehen Sie, wie der Kaffee durchläuft: Wird er dunkel, ist er fast fertig – meist nach 6 bis 8 Minuten. Wir empfehlen einen mittelgroben Mahlgrad und etwa 10 g Kaffee pro Tasse. Der Griff ist mit hitzeabweisendem Holz verkleidet, die ganze Kanne wiegt rund 640 g. Siebkorb und Steigrohr lassen sich zum Reinigen herausnehmen. Unser Rat: Bevor Sie darin Kaffee kochen, bringen Sie klares Wasser darin zum Kochen und gießen es weg – so verschwindet der Geruch der neuen Kanne.',
      seo_title: 'Brewa Camping-Perkolator aus Edelstahl, 1,2 l, 9 Tassen',
      meta_description:
        'Perkolatorkanne Brewa aus Edelstahl 304: 1,2 Liter für 9 Tassen, Glasknauf zum Zusehen und Holzgriff, für Lagerfeuer, Kartuschenkocher und Gasherd.',
      h1: 'Brewa – Lagerfeuerkaffee für die ganze Runde',
      marketing_copy_a:
        'Edelstahl, der offenes Feuer wegsteckt, ein Holzgriff, der kühl bleibt, und Kaffee für alle am Feuer. Bestellen Sie Ihre Brewa noch heute.',
      marketing_copy_b:
        'Kaffeeduft zieht über die Zelte, noch bevor alle richtig wach sind – so beginnen die schönsten Morgen auf dem Campingplatz. Entdecken Sie Brewa.',
      marketing_copy_c:
        'Sommeraktion: eine Transporttasche aus Canvas gratis zu jeder Brewa, nur diesen Monat. Sichern Sie sich Ihre Kanne jetzt.',
    },
    {
      field: 'translated_description',
      find: 'rund 640 g',
      replace: 'rund 580 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Wir empfehlen einen mittelgroben Mahlgrad und etwa 10 g Kaffee pro Tasse.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (titanium mug) takes styles 0-2, listing 2 (LED collar) 3-5, listing 3 (percolator) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  // reasoning tacked onto a sentence: why a word was chosen
  (c) => ({
    translated_description: c.translated_description.replace(
      'has a silicone sleeve, so',
      'has a silicone sleeve – I went with “sleeve” over “cover”, as that is what outdoor retailers call it – so',
    ),
  }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Is “ridge” all right for you, or shall I keep it to campsites?',
    ),
  }),
  // a status word
  (c) => ({ seo_title: `${c.seo_title} (revised)` }),
  // a hedge about what the source leaves unclear
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'The source does not say whether these run times apply to a new battery or after months of use, so I kept them as stated.',
    ),
  }),
  // an alternative wording offered
  (c) => ({ h1: `${c.h1} (alternatively: “Glow Bright, Walk Safe”)` }),
  // a note to a colleague
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nMarta – the free-shipping line still needs sign-off from logistics, so please hold it for now.`,
  }),
  // an unfilled placeholder
  (c) => ({
    meta_description: c.meta_description.replace('Brewa camping', 'Brewa [PRODUCT LINE] camping'),
  }),
  // a first-person edit report
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nI trimmed this down and dropped the list of stoves so it fits the banner.`,
  }),
  // a pointer to another part of the answer
  (c) => ({
    translated_description: `${c.translated_description}\n\nA shorter version of this text is in the meta description above.`,
  }),
];

// de: listing 1 (bag dispenser) takes styles 0-2, listing 2 (shadow box) 3-5, listing 3 (percolator) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  // a status word
  (c) => ({ h1: `${c.h1} [freigegeben]` }),
  // reasoning tacked onto a sentence: why a term was kept
  (c) => ({
    translated_description: c.translated_description.replace(
      'ob dünn oder dick.',
      'ob dünn oder dick – „Karabiner“ habe ich so stehen lassen, das Wort kennt hier jeder.',
    ),
  }),
  // a question to the requester in passing
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Oder soll die Aktion nur für Neukunden gelten?` }),
  // a hedge about what the source says
  (c) => ({
    meta_description: c.meta_description.replace(
      'aus Massivholz,',
      'aus Massivholz (Holzart laut Original unklar),',
    ),
  }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nAlternativ ginge auch: „Lieblingsstücke verdienen mehr als eine Schublade.“`,
  }),
  // an unfilled placeholder
  (c) => ({ seo_title: c.seo_title.replace('Massivholz', '[HOLZART]') }),
  // a first-person edit report
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      4,
      'Den Satz zum Mahlgrad habe ich gestrafft und die Mengenangabe nach hinten gezogen.',
    ),
  }),
  // a pointer to another part of the answer
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b} (Eine kürzere Fassung steht unten bei Text C.)` }),
  // a note to a colleague
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nJonas, bitte mit dem Einkauf klären, ob die Canvas-Taschen rechtzeitig da sind.`,
  }),
];

// ja: listing 1 (titanium mug) takes styles 0-2, listing 2 (shadow box) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  // reasoning tacked onto the text: why a word was chosen
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      7,
      '「金属臭」ではなく「金属のにおい」と訳したのは、やわらかい印象にしたかったためです。',
    ),
  }),
  // a status word
  (c) => ({ seo_title: `${c.seo_title}（仮）` }),
  // an unfilled placeholder
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace('今月中', 'XX月XX日まで') }),
  // a hedge about what the source leaves unclear
  (c) => ({ meta_description: `${c.meta_description}（原文では壁掛け金具の有無が不明です）` }),
  // a question to the requester in passing
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      1,
      '「がんばった日のメダル」で意味は伝わりますか？',
    ),
  }),
  // an alternative wording offered
  (c) => ({ h1: `${c.h1}／別案：思い出を、壁に飾ろう` }),
];

// es: listing 1 (LED collar) takes styles 0-2, listing 2 (hair towel) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  // a first-person edit report
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (He acortado la segunda frase para que quepa en el banner.)`,
  }),
  // a pointer to another part of the answer
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'Los datos de autonomía los repito también en la meta descripción, más abajo.',
    ),
  }),
  // a bracketed remark about tone
  (c) => ({ h1: `${c.h1} [tono cercano, como pediste]` }),
  // a hedge about what the source leaves unclear
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'El original no aclara si el gramaje es el de la tela en seco, así que lo he dejado tal cual.',
    ),
  }),
  // a note to a colleague
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nLucía, mira si «ratito» encaja con el tono de la marca antes de subirlo.`,
  }),
  // a status word
  (c) => ({ seo_title: `[BORRADOR] ${c.seo_title}` }),
];

// fr: listing 1 (bag dispenser) takes styles 0-2, listing 2 (hair towel) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  // a question to the requester in passing
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Faut-il préciser quels rouleaux sont compatibles, ou « standard » vous suffit-il ?',
    ),
  }),
  // an alternative wording offered
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Autre formulation possible : « Ce mois-ci, la recharge est pour nous ! »`,
  }),
  // a bracketed remark about tone
  (c) => ({ h1: `${c.h1} (ton volontairement rassurant)` }),
  // reasoning tacked onto a sentence: why a word was chosen
  (c) => ({
    marketing_copy_a: c.marketing_copy_a.replace(
      'une microfibre qui boit l’eau :',
      'une microfibre qui boit l’eau (j’ai préféré « boit » à « absorbe », c’est plus concret) :',
    ),
  }),
  // an unfilled placeholder
  (c) => ({ meta_description: c.meta_description.replace('Turban Silky', 'Turban Silky [COULEUR]') }),
  // a first-person edit report
  (c) => ({
    translated_description: `${c.translated_description}\n\nJ’ai repris la citation de la gérante presque mot pour mot et supprimé une répétition.`,
  }),
];

export const ROUND_104_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap glowing collars often stop working after a few rainy walks.',
      'Knockoff titanium mugs are often just coated aluminium.',
      'A counterfeit percolator can leak at the seams over the fire.',
      'Imitation silicone turns brittle in the cold.',
    ],
    slogans: ['Brewed by the fire, shared with friends.', 'Bright nights, happy walks.'],
    chineseLeftovers: [],
    duplicateLead: 'Bottom line: ',
    titleStuffing: ' | Outdoor Gear, Gift for Hikers, Bestseller, Fast Shipping, Top Pick',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Perkolatoren rosten schon nach wenigen Touren.',
      'Nachahmungen erkennt man an der trüben Acrylscheibe.',
      'Imitate unseres Beutelspenders klemmen schon nach kurzer Zeit.',
      'Eine Replik aus Plastik hält dem Lagerfeuer nicht stand.',
    ],
    slogans: ['Erinnerungen, die bleiben.', 'Guter Kaffee kennt keine Wände.'],
    chineseLeftovers: [],
    duplicateLead: 'Unterm Strich: ',
    titleStuffing: ' – Outdoor, Geschenkidee, Bestseller, Schnellversand, Neuheit',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の額縁はすぐにゆがんでしまいます。',
      'コピー品のチタンマグは、実はアルミにコーティングしただけのこともあります。',
      '偽物のシャドーボックスはアクリル板が曇りがちです。',
      '模倣品のマグは持ち手がすぐにぐらつきます。',
    ],
    slogans: ['思い出は、飾ってこそ。', '山の朝に、淹れたての贅沢を。'],
    chineseLeftovers: [
      '这个杯子很轻，放在背包里几乎感觉不到重量。',
      '这个相框做工很好，挂在客厅里特别好看。',
    ],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜アウトドア 人気 プレゼント 贈り物 送料無料 翌日配送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las toallas baratas pierden la suavidad enseguida.',
      'Un turbante de imitación apenas absorbe agua.',
      'Las falsificaciones de collares luminosos se apagan en cuanto llueve.',
      'Un collar falso puede dejar a tu perro a oscuras en plena noche.',
    ],
    slogans: ['Luz para cada paseo.', 'Pelo seco, mañanas tranquilas.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Regalo ideal, superventas, novedad, envío rápido, oferta top',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un turban pas cher bouloche au bout de quelques lavages.',
      'Les contrefaçons de serviettes en microfibre sèchent mal.',
      'Une réplique de distributeur se décroche souvent de la laisse.',
      'Méfiez-vous des faux turbans vendus sans étiquette.',
    ],
    slogans: ['Promener son chien, tout simplement.', 'Des cheveux secs, des matins doux.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Cadeau, best-seller, nouveauté, livraison rapide, petit prix',
  },
};
