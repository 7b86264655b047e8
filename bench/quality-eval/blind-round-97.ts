// Blind set, round 97 (written without reading the gate, committed before it is scored): six home-storage,
// lighting-accessory, pet-grooming and office-paper products in the categories collapsible_storage_crates,
// fabric_lamp_shades, pet_deshedding_brushes, sticky_note_pads, lamp_socket_adapters and desk_pad_calendars,
// 12 hand-written listings, three artifact styles per listing and wording of its own. Theme: the register of the
// shared dev set, ordinary model output as a reviewer meets it. Most artifacts are the kinds the llm_artifact
// definition names, each in a wording of its own: lead-ins before the description in the target language or in
// English ("Sure! Here’s…", "Gerne! Hier ist…", "かしこまりました。以下…", "¡Claro! Aquí tienes…", "Here is the French
// version:"), field-label prefixes with a colon, a full-width colon or a dash, markdown labels and headings, code
// fences, HTML tags, AI disclaimers and sign-offs offering changes; a few are subtler (a translator’s remark in
// brackets between sentences, an unfilled placeholder, a question to the requester). No digits in artifacts that
// land in the description, title or meta. The clean listings speak in an ordinary shop voice (“Tip”-style notes:
// "Please note:", "Unser Tipp:", "Bitte beachten:", "ちょっとしたコツ：", "Un consejo:", "Astuce :", "Petit conseil :";
// a customer question answered at once; the maker’s "we" / "wir" / "nous"; a customer quote with its speaker).
// Sources are in ordinary Chinese shop style. Legitimate numbers:
// Stacko 45×32×25 cm (17.7 × 12.6 × 9.8 in), about 30 litres (約30L), 7 cm (2.8 in), 3层 (three high, 3段),
// about 15 kg (33 lb), 两个 (set of two, 2個セット), idiom 往下一压 (press it down, 押すだけ);
// Lumo 20 cm, 35 cm, 25 cm, E27 (27), 40 W (40 Watt), 三种 (drei Farben, trois coloris);
// Furlo about 4 mm, 8 cm (3.1 in), 2 to 3 times a week (2 o 3 veces), about 10 minutes, idioms 按一下 (press, pulsa)
// and 一键退毛 in the product name (push-button release);
// Notu 100 sheets (100 Blatt, 100枚綴り), 76×76 mm, 12 pads (12 Blöcke, 12冊), 六种 (sechs Farben, 全6色),
// 80 g (80 g/m²; ² is not a number), about 15 mm (rund 15 mm, 約15mm);
// Convo E27 and E14 (27, 14), 200 °C (392 °F), 100 W (100 Watt), about 3.5 cm (1.4 in, 3,5 cm), 4 per pack
// (Pack of 4, 4er-Pack, 4 Stück);
// Dayo 2025, 12 monthly sheets (12 hojas, 12 feuillets), 2026, 21×15 cm, 250 g (250 g, 250 g/m²), 二十四节气 (24
// términos solares, vingt-quatre termes solaires), 三角支架 (soporte triangular, socle triangulaire: a triangle, not
// a number), 双线圈 (doble espiral, double reliure spirale: dual, not a number), 元旦 (Año Nuevo, jour de l’An).
// Number edits: Stacko en 30 → 35 litres (dropped + invented), ja meta 15 → 20 kg (invented); Lumo de 40 → 60 Watt
// (dropped + invented), fr meta 25 → 28 cm (invented); Furlo en meta 10 → 15 minutes (invented), es 4 → 6 mm
// (dropped + invented); Notu de title 12 → 16 Blöcke (invented), ja 80 → 90 g/m² (dropped + invented); Convo en
// title pack of 4 → 6 (invented), de 100 → 150 Watt (dropped + invented); Dayo es meta 21 × 15 → 21 × 18 cm
// (invented), fr 250 → 300 g/m² (dropped + invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const CRATE_ZH = 'Stacko 可折叠收纳箱 带盖可叠放 两个装';
const CRATE_SRC =
  'Stacko 可折叠收纳箱采用加厚PP材料，展开尺寸45×32×25厘米，容量约30升。不用的时候往下一压就能折平，厚度只剩7厘米，塞进床底或衣柜缝里都行。箱盖带卡扣，盖好后最多可以叠放3层，每个箱子承重约15公斤。侧面开门设计，箱子叠起来也能直接取放下层的东西。常有顾客问：能放衣服吗？当然可以，换季的毛衣、被子和孩子的玩具都装得下。每套两个，有奶白和雾灰可选。';
const SHADE_ZH = 'Lumo 亚麻布艺灯罩 E27灯头适用';
const SHADE_SRC =
  'Lumo 亚麻布艺灯罩选用天然亚麻面料，开灯后光线柔和，不刺眼。上口直径20厘米，下口直径35厘米，高25厘米，适用于E27灯头的台灯和落地灯。灯罩内层贴有阻燃衬纸，建议搭配不超过40瓦的LED灯泡使用。随灯罩附赠转接环，卡在灯泡上就能直接安装。有米白、燕麦、墨绿三种颜色可选。小贴士：灯罩落了灰，用吸尘器的毛刷头轻轻吸一遍就干净了，请不要水洗。';
const BRUSH_ZH = 'Furlo 宠物除浮毛梳 一键退毛 猫狗通用';
const BRUSH_SRC =
  'Furlo 宠物除浮毛梳采用不锈钢梳齿，齿长约4毫米，只带走已经松动的底层浮毛，不会刮伤皮肤。梳头宽8厘米，猫咪和中小型犬都适用，长毛短毛都能梳。按一下背面的按钮，梳下来的毛就自动推出来，不用手拔。手柄包裹防滑硅胶，握久了也不累。换毛季建议每周梳2到3次，每次10分钟左右，沙发和衣服上的毛会少很多。顾客王小姐说：“我家布偶猫换毛的时候，沙发上全是毛，现在好多了。”';
const NOTES_ZH = 'Notu 马卡龙色便利贴 76×76毫米 12本装';
const NOTES_SRC =
  'Notu 便利贴每本100张，尺寸76×76毫米，每盒12本，共有六种马卡龙色。背面用的是可反复粘贴的水性胶，贴在显示器、书页或冰箱上都不留痕迹，撕下来还能再贴。纸张克重80克，用中性笔、马克笔写字都不透背。背胶宽约15毫米，贴在墙上也不会卷边掉下来。小技巧：撕的时候从侧面横着撕，纸就不容易卷起来。学生记重点、上班族列待办事项都很好用。';
const ADAPTER_ZH = 'Convo 灯头转换器 E27转E14 4个装';
const ADAPTER_SRC =
  'Convo 灯头转换器能把E27螺口灯座转换成E14，小螺口的蜡烛灯泡、冰箱灯泡也能装到普通灯座上。外壳采用耐高温PBT材料，可耐温200℃，内部铜片镀镍，接触稳定，不容易氧化。最大支持100瓦，建议搭配LED灯泡使用。装上后灯泡只升高约3.5厘米，灯罩基本不用调整。每包4个，直接拧上就能用，不需要工具，也不用接线。温馨提示：安装或拆卸前请先关闭电源，等灯泡冷却后再操作。';
const CALENDAR_ZH = 'Dayo 2025年桌面台历 21×15厘米';
const CALENDAR_SRC =
  'Dayo 2025年桌面台历含12张月历，另附2026年全年总览页。尺寸为21×15厘米，底部三角支架稳稳立在桌上，不占地方。内页采用250克加厚纸，钢笔、中性笔写上去都不洇墨；每个日期格都留有空白，会议、生日、待办事项随手记下。还标注了法定节假日和二十四节气。顶部双线圈装订，翻页顺滑，翻过的月份可以折到背面。小建议：年底前买好，元旦就能用上。';

export const ROUND_97_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'collapsible_storage_crates',
    'en',
    CRATE_ZH,
    CRATE_SRC,
    {
      translated_description:
        'The Stacko collapsible storage crate is made from thickened PP and measures 45 × 32 × 25 cm (17.7 × 12.6 × 9.8 in) when open, with a capacity of about 30 litres. When you don’t need it, simply press it down and it folds flat to just 7 cm (2.8 in), thin enough to slide under the bed or into the gap beside the wardrobe. The lid clips shut, and with the lids on you can stack the crates up to three high, and each crate holds about 15 kg (33 lb). A side door lets you reach into the lower crate even when they are stacked. Customers often ask us: can I store clothes in it? Of course – seasonal jumpers, duvets and the children’s toys all fit. Each set contains two crates, available in cream white or misty grey.',
      seo_title: 'Stacko Collapsible Storage Crates with Lids, Set of 2',
      meta_description:
        'Foldable storage crates with clip-on lids: about 30 litres each, stack three high and hold about 15 kg, then fold flat for under the bed. Set of two.',
      h1: 'Stacko – Storage That Folds Away When You Don’t Need It',
      marketing_copy_a:
        'Two roomy crates that swallow a season’s worth of jumpers, stack safely and shrink to almost nothing when empty – more space for the things that matter. Order your Stacko set today.',
      marketing_copy_b:
        'Imagine opening the wardrobe and finding everything in its place, the winter duvet tucked away and the toys off the floor. Calm, tidy, yours. Discover Stacko.',
      marketing_copy_c:
        'Spring-clean special: a third crate free with every two sets ordered this week. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'a capacity of about 30 litres',
      replace: 'a capacity of about 35 litres',
      labels: ['number_dropped', 'number_invented'],
    },
    'When you don’t need it, simply press it down and it folds flat to just 7 cm (2.8 in), thin enough to slide under the bed or into the gap beside the wardrobe.',
  ),
  listing(
    'p01',
    'collapsible_storage_crates',
    'ja',
    CRATE_ZH,
    CRATE_SRC,
    {
      translated_description:
        'Stackoの折りたたみ収納ボックスは、厚手のPP素材を使用しています。広げたときのサイズは45×32×25cm、容量は約30Lです。使わないときは上から押すだけでぺたんとたためて、厚さはわずか7cm。ベッド下や家具のすき間にもすっきり収まります。フタはロック付きで、閉めれば最大3段まで積み重ねられ、各ボックスの耐荷重は約15kgです。側面に扉があるので、積み重ねたままでも下段の物を出し入れできます。「服を入れても大丈夫？」とよく聞かれますが、もちろん大丈夫。衣替えのセーターや布団、お子さまのおもちゃもたっぷり入ります。2個セットで、カラーはミルクホワイトとフォググレーからお選びいただけます。',
      seo_title: 'Stacko 折りたたみ収納ボックス フタ付き 2個セット',
      meta_description:
        '容量約30Lの折りたたみ収納ボックス。フタ付きで最大3段まで積み重ねでき、各ボックス約15kgまで収納OK。使わないときはぺたんとたためる2個セットです。',
      h1: 'Stacko 使わないときはたためる収納ボックス',
      marketing_copy_a:
        '衣替えの服もおもちゃもたっぷり入る大容量ボックスが2個。空になったらたたんでしまえるので、収納スペースがぐっと広がります。今すぐ購入。',
      marketing_copy_b:
        'クローゼットを開けるたびに、すっきり片付いた景色が迎えてくれる。そんな毎日を、Stackoで始めませんか。ぜひチェックしてください。',
      marketing_copy_c: '新生活応援セール実施中。期間中は送料無料でお届けします。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '約15kg', replace: '約20kg', labels: ['number_invented'] },
    '使わないときは上から押すだけでぺたんとたためて、厚さはわずか7cm。',
  ),
  listing(
    'p02',
    'fabric_lamp_shades',
    'de',
    SHADE_ZH,
    SHADE_SRC,
    {
      translated_description:
        'Der Lampenschirm Lumo ist aus natürlichem Leinen gefertigt und taucht den Raum in weiches, blendfreies Licht. Er misst oben 20 cm und unten 35 cm im Durchmesser, ist 25 cm hoch und passt auf Tisch- und Stehleuchten mit E27-Fassung. Innen ist er mit schwer entflammbarem Futterpapier kaschiert; wir empfehlen LED-Leuchtmittel mit höchstens 40 Watt. Ein Reduzierring liegt bei: Sie klemmen ihn einfach auf das Leuchtmittel, und schon sitzt der Schirm. Sie haben die Wahl zwischen drei Farben: Naturweiß, Hafer und Tannengrün. Unser Tipp: Hat sich Staub angesammelt, saugen Sie den Schirm mit der Bürstendüse des Staubsaugers sanft ab. Bitte nicht waschen.',
      seo_title: 'Lumo Lampenschirm aus Leinen, Ø 35 cm, für E27-Fassung',
      meta_description:
        'Lampenschirm Lumo aus Naturleinen für weiches, blendfreies Licht: oben 20 cm, unten 35 cm, 25 cm hoch, für Tisch- und Stehleuchten mit E27-Fassung.',
      h1: 'Lumo – sanftes Licht für gemütliche Abende',
      marketing_copy_a:
        'Naturleinen, schwer entflammbares Futter und ein Reduzierring für die schnelle Montage: ein neuer Look für Ihre Leuchte, ganz ohne Werkzeug. Jetzt bestellen.',
      marketing_copy_b:
        'Draußen klopft der Regen an die Scheibe, drinnen schimmert das Licht warm durch das Leinen, und jede Ecke wird zum Lieblingsplatz. Entdecken Sie Lumo.',
      marketing_copy_c:
        'Nur diese Woche: versandkostenfrei zu jedem Lumo-Schirm. Sichern Sie sich Ihren Lieblingston jetzt.',
    },
    {
      field: 'translated_description',
      find: 'höchstens 40 Watt',
      replace: 'höchstens 60 Watt',
      labels: ['number_dropped', 'number_invented'],
    },
    'Sie haben die Wahl zwischen drei Farben: Naturweiß, Hafer und Tannengrün.',
  ),
  listing(
    'p02',
    'fabric_lamp_shades',
    'fr',
    SHADE_ZH,
    SHADE_SRC,
    {
      translated_description:
        'L’abat-jour Lumo est confectionné en lin naturel : une fois la lampe allumée, la lumière se diffuse tout en douceur, sans éblouir. Il mesure 20 cm de diamètre en haut, 35 cm en bas et 25 cm de hauteur, et s’adapte aux lampes de table et aux lampadaires à douille E27. L’intérieur est doublé d’un papier ignifugé ; nous conseillons des ampoules LED de 40 W maximum. Une bague d’adaptation est fournie : il suffit de la clipser sur l’ampoule pour poser l’abat-jour. Trois coloris au choix : blanc cassé, avoine et vert sapin. Astuce : quand la poussière s’accumule, passez simplement la brosse de l’aspirateur en douceur, sans jamais laver l’abat-jour à l’eau.',
      seo_title: 'Abat-jour Lumo en lin naturel, Ø 35 cm, douille E27',
      meta_description:
        'Abat-jour Lumo en lin naturel pour lampe à douille E27 : 20 cm en haut, 35 cm en bas, 25 cm de haut, doublure ignifugée et lumière douce.',
      h1: 'Lumo, une lumière douce pour vos soirées',
      marketing_copy_a:
        'Du lin naturel, une doublure ignifugée et une bague d’adaptation fournie : votre lampe change d’allure en un instant, sans outil. Commandez votre abat-jour Lumo.',
      marketing_copy_b:
        'La pluie tambourine aux carreaux, la lumière filtre doucement à travers le lin, et le salon devient un cocon. Découvrez Lumo.',
      marketing_copy_c: 'Cette semaine, livraison offerte sur tous les abat-jour Lumo. Profitez-en vite !',
    },
    {
      field: 'meta_description',
      find: '25 cm de haut',
      replace: '28 cm de haut',
      labels: ['number_invented'],
    },
    'Trois coloris au choix : blanc cassé, avoine et vert sapin.',
  ),
  listing(
    'p03',
    'pet_deshedding_brushes',
    'en',
    BRUSH_ZH,
    BRUSH_SRC,
    {
      translated_description:
        'The Furlo deshedding brush has stainless-steel teeth about 4 mm long that lift out only the loose undercoat, without scratching the skin. The 8 cm (3.1 in) wide head suits cats as well as small and medium-sized dogs, with long or short coats. Press the button on the back and the collected fur is pushed straight off the teeth – no picking it out by hand. The handle is wrapped in non-slip silicone, so it stays comfortable even during a long session. During moulting season, we recommend brushing 2 to 3 times a week for about 10 minutes each time; you will find far less hair on the sofa and on your clothes. Customer Ms Wang says: “When my Ragdoll was moulting, the sofa was covered in fur. It’s so much better now.”',
      seo_title: 'Furlo Deshedding Brush for Cats and Dogs, Self-Cleaning',
      meta_description:
        'Stainless-steel deshedding brush that gently lifts loose undercoat, with push-button fur release. Brush 2 to 3 times a week for about 10 minutes.',
      h1: 'Furlo – Less Fur on the Sofa, More Cuddles',
      marketing_copy_a:
        'Gentle steel teeth, a push-button release and a grippy handle: a grooming tool that works on cats and dogs, long coats and short. Get your Furlo today.',
      marketing_copy_b:
        'Those quiet minutes when your pet leans into the brush and starts to purr are the best part of the day. Make them a ritual. Treat yourself to Furlo.',
      marketing_copy_c:
        'Launch offer: a free lint roller with every Furlo this month. Shop now before the offer ends.',
    },
    {
      field: 'meta_description',
      find: 'about 10 minutes',
      replace: 'about 15 minutes',
      labels: ['number_invented'],
    },
    'The 8 cm (3.1 in) wide head suits cats as well as small and medium-sized dogs, with long or short coats.',
  ),
  listing(
    'p03',
    'pet_deshedding_brushes',
    'es',
    BRUSH_ZH,
    BRUSH_SRC,
    {
      translated_description:
        'El cepillo quitapelo Furlo tiene púas de acero inoxidable de unos 4 mm de largo que retiran solo el subpelo suelto, sin arañar la piel. Su cabezal de 8 cm de ancho sirve para gatos y para perros pequeños y medianos, de pelo largo o corto. Pulsa el botón de la parte trasera y el pelo acumulado se desprende solo, sin tener que quitarlo con los dedos. El mango está recubierto de silicona antideslizante, así que no cansa aunque la sesión se alargue. En época de muda, te recomendamos cepillar 2 o 3 veces por semana, unos 10 minutos cada vez: notarás mucho menos pelo en el sofá y en la ropa. Nuestra clienta, la señora Wang, nos cuenta: «Cuando mi ragdoll mudaba, el sofá estaba lleno de pelo. Ahora es otra historia».',
      seo_title: 'Cepillo quitapelo Furlo para gatos y perros, autolimpiable',
      meta_description:
        'Cepillo quitapelo de acero inoxidable que retira el subpelo suelto sin dañar la piel, con botón de limpieza y mango antideslizante. Para gatos y perros.',
      h1: 'Furlo, menos pelo en el sofá y más mimos',
      marketing_copy_a:
        'Púas suaves de acero, botón para soltar el pelo y un mango que no resbala: la herramienta de aseo para gatos y perros, de pelo largo o corto. Consigue tu Furlo.',
      marketing_copy_b:
        'Esos minutos tranquilos en los que tu mascota se deja cepillar y empieza a ronronear son lo mejor del día. Descubre Furlo.',
      marketing_copy_c:
        'Oferta de lanzamiento: rodillo quitapelusas de regalo con cada Furlo este mes. Pídelo ya.',
    },
    {
      field: 'translated_description',
      find: 'unos 4 mm de largo',
      replace: 'unos 6 mm de largo',
      labels: ['number_dropped', 'number_invented'],
    },
    'Su cabezal de 8 cm de ancho sirve para gatos y para perros pequeños y medianos, de pelo largo o corto.',
  ),
  listing(
    'p04',
    'sticky_note_pads',
    'de',
    NOTES_ZH,
    NOTES_SRC,
    {
      translated_description:
        'Jeder Notu-Haftnotizblock hat 100 Blatt im Format 76 × 76 mm; in einer Box stecken 12 Blöcke in sechs Macaron-Farben. Der wasserbasierte Kleber auf der Rückseite lässt sich immer wieder neu andrücken und hinterlässt keine Spuren, ob auf dem Bildschirm, im Buch oder am Kühlschrank. Das Papier wiegt 80 g/m², Gelstifte und Marker schlagen nicht durch. Der Klebestreifen ist rund 15 mm breit, sodass die Zettel auch an der Wand nicht aufrollen oder herunterfallen. Unser Tipp: Ziehen Sie das Blatt seitlich ab, dann wellt es sich kaum. Ideal für Schüler, die sich das Wichtigste markieren, und für alle im Büro, die ihre To-dos im Blick behalten wollen.',
      seo_title: 'Notu Haftnotizen 76 × 76 mm, 12 Blöcke in sechs Farben',
      meta_description:
        'Notu Haftnotizen mit 100 Blatt pro Block, wiederablösbar und rückstandsfrei, 80 g/m² Papier ohne Durchschlagen. 12 Blöcke in sechs Farben pro Box.',
      h1: 'Notu – Ideen festhalten, wo sie entstehen',
      marketing_copy_a:
        'Zwölf Blöcke, sechs fröhliche Farben und ein Kleber, der hält, aber nichts beschädigt: genug Zettel für ein ganzes Semester. Jetzt bestellen.',
      marketing_copy_b:
        'Ein gelber Zettel am Bildschirm, ein rosafarbener im Lieblingsbuch – und plötzlich ist der Kopf frei für das, was wirklich zählt. Entdecken Sie Notu.',
      marketing_copy_c:
        'Zum Schulstart gibt es beim Kauf von zwei Boxen einen Textmarker gratis dazu. Sichern Sie sich Ihre Notu-Box jetzt.',
    },
    { field: 'seo_title', find: '12 Blöcke', replace: '16 Blöcke', labels: ['number_invented'] },
    'Der Klebestreifen ist rund 15 mm breit, sodass die Zettel auch an der Wand nicht aufrollen oder herunterfallen.',
  ),
  listing(
    'p04',
    'sticky_note_pads',
    'ja',
    NOTES_ZH,
    NOTES_SRC,
    {
      translated_description:
        'Notuのふせんは100枚綴りで、サイズは76×76mm。箱には12冊入っていて、やさしいマカロンカラーが全6色そろっています。裏面には何度も貼り直せる水性のりを使用しているので、モニターや本のページ、冷蔵庫に貼ってもあとが残らず、はがしてまた貼れます。紙の坪量は80g/m²で、ゲルインクペンやマーカーで書いても裏抜けしません。のりの幅は約15mmあり、壁に貼っても端が反ったり落ちたりしにくい仕様です。ちょっとしたコツ：はがすときは横向きにはがすと、紙がカールしにくくなります。学生さんの要点メモにも、社会人のToDoリストにも大活躍します。',
      seo_title: 'Notu ふせん 76×76mm 100枚×12冊 全6色',
      meta_description:
        '何度でも貼り直せる水性のりのふせん。76×76mm・100枚綴りが12冊入り、全6色のマカロンカラー。裏抜けしにくい紙で書きやすさも抜群です。',
      h1: 'Notu 貼ってはがせる、毎日のメモ習慣',
      marketing_copy_a:
        '100枚綴りが12冊、全6色。貼ってはがせて跡が残らないから、教科書にもデスクにも気軽に使えます。今すぐ購入。',
      marketing_copy_b:
        'モニターの端にそっと貼ったメモが、忙しい毎日の道しるべに。小さな紙に、大きなひらめきを。ぜひお試しください。',
      marketing_copy_c: '新学期応援キャンペーン中。2箱お買い上げで蛍光ペンをプレゼント。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '坪量は80g/m²',
      replace: '坪量は90g/m²',
      labels: ['number_dropped', 'number_invented'],
    },
    'のりの幅は約15mmあり、壁に貼っても端が反ったり落ちたりしにくい仕様です。',
  ),
  listing(
    'p05',
    'lamp_socket_adapters',
    'en',
    ADAPTER_ZH,
    ADAPTER_SRC,
    {
      translated_description:
        'The Convo lamp socket adapter converts an E27 screw socket to E14, so small-screw candle bulbs and fridge bulbs fit ordinary lamp holders too. The housing is made of heat-resistant PBT rated up to 200 °C (392 °F), and the nickel-plated copper contacts inside give a stable connection that resists oxidation. It handles up to 100 W, and we recommend using it with LED bulbs. Once fitted, it raises the bulb by only about 3.5 cm (1.4 in), so your lampshade usually needs no adjusting. Each pack contains 4 adapters: just screw them in – no tools, no wiring. Please note: switch off the power before fitting or removing an adapter, and wait until the bulb has cooled down.',
      seo_title: 'Convo E27 to E14 Lamp Socket Adapter, Pack of 4',
      meta_description:
        'Screw-in E27 to E14 socket adapters for candle and fridge bulbs: heat-resistant to 200 °C, rated up to 100 W, no tools or wiring needed. Pack of 4.',
      h1: 'Convo – Use Small Bulbs in Your Favourite Lamp',
      marketing_copy_a:
        'That vintage candle bulb and your everyday lamp finally work together, with no electrician and no tools involved. Shop the Convo pack now.',
      marketing_copy_b:
        'The soft glow of a candle bulb in the reading lamp you love: sometimes it is the small changes that make a room feel like home. Discover Convo.',
      marketing_copy_c:
        'This month: free delivery on every Convo pack. Order today and light up your evenings.',
    },
    { field: 'seo_title', find: 'Pack of 4', replace: 'Pack of 6', labels: ['number_invented'] },
    'Once fitted, it raises the bulb by only about 3.5 cm (1.4 in), so your lampshade usually needs no adjusting.',
  ),
  listing(
    'p05',
    'lamp_socket_adapters',
    'de',
    ADAPTER_ZH,
    ADAPTER_SRC,
    {
      translated_description:
        'Der Fassungsadapter Convo macht aus einer E27-Schraubfassung eine E14-Fassung – so passen auch kleine Kerzen- und Kühlschranklampen in gewöhnliche Leuchten. Das Gehäuse aus hitzebeständigem PBT hält bis zu 200 °C aus, und die vernickelten Kupferkontakte im Inneren sorgen für eine stabile Verbindung, die kaum oxidiert. Der Adapter ist für maximal 100 Watt ausgelegt; wir empfehlen LED-Leuchtmittel. Eingeschraubt sitzt die Lampe nur etwa 3,5 cm höher, der Schirm muss meist nicht angepasst werden. In jeder Packung sind 4 Adapter, die Sie einfach eindrehen – ohne Werkzeug und ohne Verkabelung. Bitte beachten: Schalten Sie vor dem Ein- oder Ausdrehen den Strom ab und warten Sie, bis das Leuchtmittel abgekühlt ist.',
      seo_title: 'Convo Fassungsadapter E27 auf E14, 4er-Pack',
      meta_description:
        'Fassungsadapter von E27 auf E14 für Kerzen- und Kühlschranklampen: hitzebeständig bis 200 °C, bis 100 Watt, ohne Werkzeug eingeschraubt. 4 Stück.',
      h1: 'Convo – kleine Lampen, große Wirkung',
      marketing_copy_a:
        'Die Lieblingsleuchte behalten und trotzdem die schöne Kerzenlampe nutzen: ohne Elektriker, ohne Werkzeug, in wenigen Sekunden. Jetzt kaufen.',
      marketing_copy_b:
        'Das warme Licht einer Kerzenlampe in der Leseleuchte, die Sie seit Jahren begleitet – manchmal reicht eine Kleinigkeit, damit sich ein Raum nach Zuhause anfühlt. Entdecken Sie Convo.',
      marketing_copy_c:
        'Diesen Monat liefern wir jedes Convo-Set versandkostenfrei. Bestellen Sie noch heute.',
    },
    {
      field: 'translated_description',
      find: 'maximal 100 Watt',
      replace: 'maximal 150 Watt',
      labels: ['number_dropped', 'number_invented'],
    },
    'Eingeschraubt sitzt die Lampe nur etwa 3,5 cm höher, der Schirm muss meist nicht angepasst werden.',
  ),
  listing(
    'p06',
    'desk_pad_calendars',
    'es',
    CALENDAR_ZH,
    CALENDAR_SRC,
    {
      translated_description:
        'El calendario de sobremesa Dayo 2025 incluye 12 hojas mensuales y, además, una página con la vista de todo el año 2026. Mide 21 × 15 cm y su soporte triangular se mantiene firme sobre la mesa sin ocupar apenas espacio. Las hojas son de papel grueso de 250 g, así que ni la pluma ni el bolígrafo de gel traspasan; cada casilla deja un espacio en blanco para apuntar reuniones, cumpleaños y tareas pendientes. También señala los festivos oficiales y los 24 términos solares del calendario chino. Lleva encuadernación con doble espiral en la parte superior: las hojas pasan con suavidad y los meses ya vividos se doblan hacia atrás. Un consejo: cómpralo antes de fin de año y lo estrenarás el día de Año Nuevo.',
      seo_title: 'Calendario de sobremesa Dayo 2025 con soporte triangular',
      meta_description:
        'Calendario de sobremesa Dayo 2025 de 21 × 15 cm: 12 hojas mensuales, vista anual de 2026, papel grueso de 250 g y espiral superior para pasar las hojas.',
      h1: 'Dayo, tu año entero a la vista',
      marketing_copy_a:
        'Todo el año organizado de un vistazo, papel que aguanta cualquier bolígrafo y un soporte que no se vuelca. Hazte con tu Dayo 2025.',
      marketing_copy_b:
        'Los cumpleaños que ya no se olvidan, las reuniones bien anotadas, ese viaje marcado en rojo: cada mes cuenta su propia historia. Descubre Dayo.',
      marketing_copy_c: 'Oferta de fin de año: juego de pegatinas de regalo con cada Dayo. Aprovecha ahora.',
    },
    { field: 'meta_description', find: '21 × 15 cm', replace: '21 × 18 cm', labels: ['number_invented'] },
    'También señala los festivos oficiales y los 24 términos solares del calendario chino.',
  ),
  listing(
    'p06',
    'desk_pad_calendars',
    'fr',
    CALENDAR_ZH,
    CALENDAR_SRC,
    {
      translated_description:
        'Le calendrier de bureau Dayo 2025 comprend 12 feuillets mensuels, complétés par une page de vue d’ensemble de l’année 2026. Au format 21 × 15 cm, il tient bien droit sur le bureau grâce à son socle triangulaire, sans prendre de place. Le papier épais de 250 g/m² ne bave pas, que vous écriviez au stylo plume ou au stylo gel ; chaque case garde un espace libre pour noter réunions, anniversaires et choses à faire. Les jours fériés officiels et les vingt-quatre termes solaires chinois y figurent aussi. La double reliure spirale en haut permet de tourner les pages en douceur, et les mois passés se rabattent à l’arrière. Petit conseil : achetez-le avant la fin de l’année, il sera prêt pour le jour de l’An.',
      seo_title: 'Calendrier de bureau Dayo 2025 au format 21 × 15 cm',
      meta_description:
        'Calendrier de bureau Dayo 2025 : 12 feuillets mensuels, vue annuelle 2026, papier épais de 250 g/m² et reliure spirale. Idéal pour tout noter.',
      h1: 'Dayo, toute votre année sous les yeux',
      marketing_copy_a:
        'Une année entière bien rangée, un papier qui accepte tous les stylos et un socle qui ne bascule pas. Commandez votre Dayo 2025.',
      marketing_copy_b:
        'Les anniversaires qu’on n’oublie plus, les rendez-vous notés, ce voyage entouré en rouge : chaque mois raconte sa propre histoire. Découvrez Dayo.',
      marketing_copy_c:
        'Offre de fin d’année : un jeu d’autocollants offert avec chaque Dayo. Profitez-en dès maintenant !',
    },
    {
      field: 'translated_description',
      find: 'papier épais de 250 g/m²',
      replace: 'papier épais de 300 g/m²',
      labels: ['number_dropped', 'number_invented'],
    },
    'Les jours fériés officiels et les vingt-quatre termes solaires chinois y figurent aussi.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (storage crates) takes styles 0-2, listing 2 (deshedding brush) 3-5, listing 3 (socket adapter) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the product description in English:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `### Emotional copy\n${c.marketing_copy_b}` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({ meta_description: `Meta description – ${c.meta_description}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nI hope this works for you! Happy to adjust the tone or length if needed.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(Translator’s note: I went with “deshedding brush” rather than a literal “floating-hair comb”, which would sound odd in English.)',
    ),
  }),
  (c) => ({ marketing_copy_a: `\`\`\`markdown\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nPlease keep in mind that, as an AI, I haven’t checked the heat rating against the manufacturer’s data sheet.`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Do you want me to mention the wattage limit here as well, or should this copy stay purely emotional?`,
  }),
];

// de: listing 1 (lamp shade) takes styles 0-2, listing 2 (sticky notes) 3-5, listing 3 (socket adapter) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne! Hier ist die deutsche Fassung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `Hauptüberschrift – ${c.h1}` }),
  (c) => ({ marketing_copy_a: `<p class="marketing">${c.marketing_copy_a}</p>` }),
  (c) => ({ meta_description: `Meta-Beschreibung: ${c.meta_description}` }),
  (c) => ({ marketing_copy_b: `**Emotionaler Text:** ${c.marketing_copy_b}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Anmerkung zur Übersetzung: „Macaron-Farben“ habe ich so übernommen, alternativ ginge „Pastellfarben“.)',
    ),
  }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n(Hinweis: Als KI-Modell habe ich keinen Zugriff auf aktuelle Aktionszeiträume und kann die Versandbedingungen nicht bestätigen.)`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nSoll ich die Texte noch kürzen oder etwas lockerer formulieren? Geben Sie mir einfach Bescheid.`,
  }),
];

// ja: listing 1 (storage crates) takes styles 0-2, listing 2 (sticky notes) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `かしこまりました。以下、商品説明の日本語訳です。\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `見出し（H1）：${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n※トーンや文字数の調整が必要でしたら、お気軽にお申し付けください。`,
  }),
  (c) => ({ marketing_copy_a: `**訴求ポイント**\n${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      4,
      '（訳注：「裏抜け」は文具でよく使われる言い方なので、そのまま採用しました。）',
    ),
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}【キャンペーン期間：ここに日付を入力】` }),
];

// es: listing 1 (deshedding brush) takes styles 0-2, listing 2 (desk calendar) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la descripción traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `Encabezado: ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (Como modelo de lenguaje, no puedo confirmar si esta promoción sigue vigente.)`,
  }),
  (c) => ({ translated_description: `<div>\n${c.translated_description}\n</div>` }),
  (c) => ({ marketing_copy_a: `Texto de valor — ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} ¿Prefieres que mencione aquí el precio o lo dejamos para la ficha del producto?`,
  }),
];

// fr: listing 1 (lamp shade) takes styles 0-2, listing 2 (desk calendar) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Here is the French version:\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_b: `## Texte émotionnel\n${c.marketing_copy_b}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Code promo : [CODE_PROMO]` }),
  (c) => ({ h1: `Titre principal : ${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nJ’espère que cette traduction vous convient ! N’hésitez pas à me demander des modifications.`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
];

export const ROUND_97_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'A knockoff deshedding brush can scratch your pet’s skin.',
      'Cheap storage crates tend to crack at the hinges.',
      'Counterfeit socket adapters may melt under load.',
      'Imitation linen shades often turn yellow within a season.',
    ],
    slogans: ['Tidy home, clear mind.', 'Soft coat, happy pet.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Home Essentials, Best Seller, Gift Idea, Free Shipping, New In',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Nachahmungen unserer Haftnotizen kleben oft gar nicht.',
      'Fälschungen erkennt man am dünnen, rauen Stoff.',
      'Billige Lampenschirme vergilben oft schon nach kurzer Zeit.',
      'Imitate aus dem Ramschladen halten der Hitze nicht stand.',
    ],
    slogans: ['Kleine Zettel, große Ideen.', 'Licht, das gute Laune macht.'],
    chineseLeftovers: [],
    duplicateLead: 'Zusammengefasst: ',
    titleStuffing: ' – Bestseller, Geschenkidee, Neuheit, Angebot, Schneller Versand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      'コピー品のふせんは、のりが弱くすぐに落ちます。',
      '激安の収納ボックスはフタがすぐ割れてしまいます。',
      '偽物のボックスは耐荷重が表示どおりではありません。',
      '模倣品のふせんは紙が薄く、インクが裏抜けします。',
    ],
    slogans: ['書いて、貼って、すっきり。', 'しまう場所に、ゆとりを。'],
    chineseLeftovers: [
      '这款收纳箱折起来以后很薄，放在床底下正好。',
      '这个便利贴的胶很好，撕下来以后不会留下痕迹。',
    ],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 おすすめ 新生活 ギフト 送料無料 翌日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los cepillos baratos pueden arañar la piel de tu mascota.',
      'Una imitación de este calendario no trae los términos solares.',
      'Las falsificaciones suelen tener púas mal pulidas.',
      'Un cepillo falso se oxida en pocas semanas.',
    ],
    slogans: ['Tu año, a tu manera.', 'Menos pelo, más caricias.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Novedad, más vendido, idea regalo, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les abat-jour pas chers jaunissent souvent au soleil.',
      'Les contrefaçons de calendriers ont un papier trop fin.',
      'Méfiez-vous des fausses promotions sur les abat-jour.',
      'Aucune réplique n’offre un lin aussi doux.',
    ],
    slogans: ['Votre année, en un coup d’œil.', 'La douceur du lin, tout simplement.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Nouveauté, meilleure vente, idée cadeau, livraison offerte',
  },
};
