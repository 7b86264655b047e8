// Blind set, round 43 (written without reading the gate, committed before it is scored): six first-aid, mobility-aid
// and home-care products in the categories first_aid_kits, rollator_walkers, shower_chairs, automatic_pill_dispensers,
// bed_assist_rails and pulse_oximeters, 12 hand-written listings, three artifact styles per listing and wording of its
// own (this round: a realistic mix of what production models leave in product-content answers: a field label in front
// of a field, a lead-in announcing the answer, a closing offer or question to the requester, a note explaining a word
// choice, an aside about keywords or length, markdown debris (a bulleted description, italics, a heading, a link), a
// placeholder or template token, an apology or refusal about medical or funding questions, a reasoning fragment about
// how the copy is built, and a leftover line of the prompt; short and long ones, at the start, middle or end of
// different fields, one English remark inside a German field; no digits in artifacts); legitimate numbers:
// Medix 120 pieces, 两卷 (two, zwei) rolls, 十几种 (more than ten, mehr als zehn) sizes, 3 packs, 600D, 24 × 16 × 8 cm
// (9.4 × 6.3 × 3.1 in), about 680 g, 4 compartments, 一目了然 (at a glance: idiomatic); Stabil R3 (model), 三合一 (3-in-1,
// 3 en 1), 四轮 (four-wheel, quatre roues), 6.8 kg (15 lb, 6,8 kg), 136 kg (300 lb), 78 to 93 cm, 8 steps, 150 to
// 190 cm, 45 cm, 20 cm, 万向轮 (swivel wheels: 万 is no number here), 双手刹 (dual hand brakes: not a number), 一键 (a
// quick pull: idiomatic); Aquasafe 40 to 53 cm, 6 steps, 上百 (über 100, más de 100) drainage holes, 四只 (vier,
// cuatro) feet, 150 kg, 48 × 30 cm, 几分钟 (a few minutes: vague); Pilla P2 (model), 28 compartments, 7 days, 4 times,
// 6 reminders, 30 minutes, 几十天 (dozens of days, 数十日分: vague), 两节 (two, 2本) AA batteries, about 8 months;
// Restwell 第2代 (2. Generation, 2e génération), 15 to 40 cm, 两根 (zwei, deux) straps, about 45 cm, 100 kg, 3 pockets,
// about 10 minutes; Oxo 第3代 (第3世代, 3.ª generación), 三项 (3項目, tres) readings, about 8 seconds, 百分之70至百分之100
// (70〜100%, del 70 % al 100 %), 1.5 in (1,5 pulgadas), 4 directions, 两节 (2本, dos) AAA batteries (単4形 in ja: 4 is a
// source number), about 30 hours, 4 years.
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const KIT_ZH = 'Medix 家用急救包 120件套';
const KIT_SRC =
  'Medix 家用急救包共120件，含两卷弹性绷带、十几种尺寸的创可贴、3包碘伏棉签、剪刀、镊子和急救保温毯。包体采用600D牛津布，防泼水，尺寸24×16×8厘米，重约680克。内部设4个透明隔层，物品一目了然。外侧有魔术贴，可挂在车内座椅背后。附中英文急救指南。';
const ROLLATOR_ZH = 'Stabil R3 三合一铝合金带座助行器';
const ROLLATOR_SRC =
  'Stabil R3 三合一四轮助行器集助行、休息座椅和购物车于一身，采用铝合金车架，自重仅6.8公斤，最大承重136公斤。扶手高度可在78至93厘米之间分8档调节，适合身高150至190厘米的使用者。座椅宽45厘米，座下挂有可拆卸购物袋。配备20厘米万向轮和双手刹，一键折叠后可放进轿车后备箱。';
const SHOWER_ZH = 'Aquasafe 高度可调防滑淋浴椅';
const SHOWER_SRC =
  'Aquasafe 淋浴椅座面高度可在40至53厘米之间分6档调节，适合老人、孕妇和术后康复人群。座板上有上百个排水孔，不易积水。四只脚垫采用防滑橡胶，最大承重150公斤。座面尺寸48×30厘米，支架为不生锈的铝合金。无需工具，几分钟即可组装完成。';
const PILLBOX_ZH = 'Pilla P2 智能提醒药盒 28格';
const PILLBOX_SRC =
  'Pilla P2 智能药盒共28格，可分装7天、每天4次的药量。每天最多可设6个服药提醒，到点响铃并闪灯；若30分钟内未取药，会推送通知到家人手机，手机App可查看几十天的服药记录。药盒可上锁，防止老人重复服药。使用两节AA电池，约可续航8个月。';
const BEDRAIL_ZH = 'Restwell 第2代 可折叠床边扶手';
const BEDRAIL_SRC =
  'Restwell 第2代床边扶手适用于厚度15至40厘米的床垫，通过压在床垫下的底板和两根安全带固定，不会滑动。扶手高出床垫约45厘米，可向下折叠，最大承受拉力100公斤。扶手外侧有3个收纳袋，可放遥控器、眼镜和手机。免工具安装，约10分钟即可完成。';
const OXIMETER_ZH = 'Oxo 第3代 指夹式血氧仪';
const OXIMETER_SRC =
  'Oxo 第3代指夹式血氧仪可同时测量血氧饱和度、脉率和灌注指数三项数据，约8秒出结果。血氧测量范围为百分之70至百分之100。1.5英寸OLED屏幕可切换4个显示方向，夜间也看得清。使用两节AAA电池，可连续工作约30小时。适合4岁以上儿童及成人使用。';

export const ROUND_43_LISTINGS: readonly BlindListing[] = [
  listing(
    'h01',
    'first_aid_kits',
    'en',
    KIT_ZH,
    KIT_SRC,
    {
      translated_description:
        'The Medix home first aid kit holds 120 pieces, including two rolls of elastic bandage, adhesive plasters in more than ten sizes, 3 packs of iodine swabs, scissors, tweezers and a foil emergency blanket. The bag is made of splash-resistant 600D Oxford fabric, measures 24 × 16 × 8 cm (9.4 × 6.3 × 3.1 in) and weighs about 680 g. Inside, 4 clear compartments let you see everything at a glance. A hook-and-loop strap on the outside lets you hang it on the back of a car seat. A first aid guide in Chinese and English is included.',
      seo_title: 'Medix First Aid Kit, 120 Pieces',
      meta_description:
        'Medix 120-piece first aid kit with elastic bandages, plasters in more than ten sizes, iodine swabs and a foil blanket, packed in a splash-resistant 600D bag.',
      h1: 'Medix First Aid Kit for Home and Car',
      marketing_copy_a:
        'Everything for cuts, scrapes and sprains sorted in a single bag, instead of a drawer full of half-empty boxes. Order the Medix kit today.',
      marketing_copy_b:
        'A scraped knee on a Sunday walk, a burnt finger at the stove: small accidents always seem to happen when the pharmacy is shut. With Medix close at hand, you stay calm and simply deal with it. Discover the Medix kit.',
      marketing_copy_c:
        'This month every kit comes with a free refill pack of plasters – add yours to the cart now.',
    },
    { field: 'seo_title', find: '120 Pieces', replace: '150 Pieces', labels: ['number_invented'] },
    'Inside, 4 clear compartments let you see everything at a glance.',
  ),
  listing(
    'h01',
    'first_aid_kits',
    'de',
    KIT_ZH,
    KIT_SRC,
    {
      translated_description:
        'Das Erste-Hilfe-Set Medix für zu Hause umfasst 120 Teile, darunter zwei Rollen elastische Binde, Pflaster in mehr als zehn Größen, 3 Packungen Jod-Wattestäbchen sowie Schere, Pinzette und Rettungsdecke. Die Tasche besteht aus spritzwassergeschütztem 600D-Oxford-Gewebe und misst 24 × 16 × 8 cm. Das Gewicht liegt bei rund 680 g. Innen sorgen 4 durchsichtige Fächer dafür, dass Sie alles auf Anhieb finden. Mit dem Klettband an der Außenseite lässt sich die Tasche im Auto an die Rückseite eines Sitzes hängen. Eine Erste-Hilfe-Anleitung auf Chinesisch und Englisch liegt bei.',
      seo_title: 'Medix Erste-Hilfe-Set, 120 Teile',
      meta_description:
        'Erste-Hilfe-Set Medix mit 120 Teilen, elastischen Binden, Pflastern in über zehn Größen und Rettungsdecke in einer robusten Tasche aus 600D-Gewebe.',
      h1: 'Medix Notfallset für Haushalt und Auto',
      marketing_copy_a:
        'Statt verstreuter Pflasterschachteln in allen Schubladen: alles Wichtige griffbereit in einer Tasche. Jetzt bestellen.',
      marketing_copy_b:
        'Ein aufgeschürftes Knie beim Sonntagsausflug, ein Schnitt beim Gemüseschneiden – kleine Unfälle passieren immer dann, wenn die Apotheke geschlossen hat. Mit Medix bleiben Sie gelassen. Entdecken Sie das Medix Set.',
      marketing_copy_c:
        'Nur diesen Monat: ein Nachfüllpack Pflaster gratis zu jedem Set – sichern Sie sich Ihres.',
    },
    {
      field: 'translated_description',
      find: 'umfasst 120 Teile',
      replace: 'umfasst 140 Teile',
      labels: ['number_dropped', 'number_invented'],
    },
    'Das Gewicht liegt bei rund 680 g.',
  ),
  listing(
    'h02',
    'rollator_walkers',
    'en',
    ROLLATOR_ZH,
    ROLLATOR_SRC,
    {
      translated_description:
        'The Stabil R3 is a 3-in-1 four-wheel rollator that combines a walking aid, a seat for resting and a shopping trolley. Its aluminium frame weighs only 6.8 kg (15 lb) yet supports up to 136 kg (300 lb). The handles adjust between 78 and 93 cm in 8 steps, suiting users from 150 to 190 cm tall. The seat is 45 cm wide, with a removable shopping bag hanging underneath. It rolls on 20 cm swivel wheels, has dual hand brakes and folds with a quick pull to fit into a car boot.',
      seo_title: 'Stabil R3 3-in-1 Rollator with Seat, 6.8 kg',
      meta_description:
        'Stabil R3 3-in-1 rollator: a 6.8 kg aluminium frame that carries up to 136 kg, handles adjustable in 8 steps, a seat, a shopping bag and dual hand brakes.',
      h1: 'Stabil R3 Four-Wheel Walker with Seat',
      marketing_copy_a:
        'Walking aid, resting seat and shopping trolley in one frame that still folds into the boot. Order your Stabil R3 today.',
      marketing_copy_b:
        'The walk to the market, a chat on the bench by the church, the way home with your shopping – all at your own pace again. Independence feels good at any age. Discover the Stabil R3.',
      marketing_copy_c:
        'Free cane holder with every Stabil R3 ordered this month – shop now while stock lasts.',
    },
    {
      field: 'translated_description',
      find: 'supports up to 136 kg (300 lb)',
      replace: 'supports up to 160 kg (353 lb)',
      labels: ['number_dropped', 'number_invented'],
    },
    'The seat is 45 cm wide, with a removable shopping bag hanging underneath.',
  ),
  listing(
    'h02',
    'rollator_walkers',
    'fr',
    ROLLATOR_ZH,
    ROLLATOR_SRC,
    {
      translated_description:
        'Le Stabil R3 est un déambulateur 3 en 1 à quatre roues : il sert à la fois d’aide à la marche, de siège pour se reposer et de chariot de courses. Son cadre en aluminium ne pèse que 6,8 kg et supporte jusqu’à 136 kg. La hauteur des poignées se règle de 78 à 93 cm sur 8 crans, pour des personnes mesurant de 150 à 190 cm. L’assise fait 45 cm de large, avec un sac de courses amovible suspendu dessous. Il roule sur des roues pivotantes de 20 cm et dispose d’un double frein à main. Replié d’un geste, il se range dans le coffre d’une voiture.',
      seo_title: 'Déambulateur Stabil R3 3 en 1 à 4 roues avec siège',
      meta_description:
        'Déambulateur Stabil R3 en aluminium de 6,8 kg, jusqu’à 136 kg, poignées réglables sur 8 crans, siège, sac de courses amovible et double frein à main.',
      h1: 'Stabil R3, le rollator qui vous suit partout',
      marketing_copy_a:
        'Un appui pour marcher, un siège pour souffler et un panier pour les courses, sans encombrer le coffre. Commandez votre Stabil R3.',
      marketing_copy_b:
        'Retrouver le chemin du marché, s’arrêter bavarder sur un banc, rentrer à son rythme : voilà ce qui compte. Cette liberté n’a pas d’âge. Découvrez le Stabil R3.',
      marketing_copy_c:
        'Porte-canne offert pour toute commande passée ce mois-ci : profitez-en dès aujourd’hui !',
    },
    { field: 'translated_description', replace: 'Le cadre est garanti 5 ans.', labels: ['number_invented'] },
    'Il roule sur des roues pivotantes de 20 cm et dispose d’un double frein à main.',
  ),
  listing(
    'h03',
    'shower_chairs',
    'de',
    SHOWER_ZH,
    SHOWER_SRC,
    {
      translated_description:
        'Beim Duschstuhl Aquasafe lässt sich die Sitzhöhe in 6 Stufen zwischen 40 und 53 cm einstellen. Er eignet sich für Senioren, Schwangere und Menschen, die sich von einer Operation erholen. Über 100 Ablauflöcher in der Sitzfläche sorgen dafür, dass sich kein Wasser sammelt. Die vier Füße stehen auf rutschfesten Gummikappen, belastbar ist der Stuhl bis 150 kg. Die Sitzfläche misst 48 × 30 cm, das Gestell besteht aus rostfreiem Aluminium. Der Aufbau gelingt ohne Werkzeug in wenigen Minuten.',
      seo_title: 'Aquasafe Duschstuhl, höhenverstellbar, bis 150 kg',
      meta_description:
        'Höhenverstellbarer Duschstuhl Aquasafe: Sitzhöhe 40 bis 53 cm in 6 Stufen, über 100 Ablauflöcher, rutschfeste Füße und bis 150 kg belastbar.',
      h1: 'Aquasafe – sicher sitzen unter der Dusche',
      marketing_copy_a:
        'Sicher sitzen statt auf nassen Fliesen balancieren: Der Aquasafe macht jede Dusche entspannter, ganz ohne Umbau im Bad. Jetzt kaufen.',
      marketing_copy_b:
        'Warmes Wasser auf der Haut, ohne ängstlichen Blick auf den rutschigen Boden. Duschen darf wieder ein Moment nur für Sie sein. Entdecken Sie den Aquasafe.',
      marketing_copy_c: 'Im Aktionszeitraum gibt es einen Brausehalter gratis dazu – jetzt bestellen.',
    },
    {
      field: 'meta_description',
      find: 'bis 150 kg belastbar',
      replace: 'bis 160 kg belastbar',
      labels: ['number_invented'],
    },
    'Die Sitzfläche misst 48 × 30 cm, das Gestell besteht aus rostfreiem Aluminium.',
  ),
  listing(
    'h03',
    'shower_chairs',
    'es',
    SHOWER_ZH,
    SHOWER_SRC,
    {
      translated_description:
        'La silla de ducha Aquasafe permite ajustar la altura del asiento entre 40 y 53 cm en 6 posiciones. Está pensada para personas mayores, embarazadas y pacientes que se recuperan de una operación. El asiento tiene más de 100 orificios de drenaje para que no se acumule el agua. Las cuatro patas llevan tacos de goma antideslizante. Soporta hasta 150 kg. El asiento mide 48 × 30 cm y la estructura es de aluminio que no se oxida. Se monta sin herramientas en pocos minutos.',
      seo_title: 'Silla de ducha Aquasafe, altura regulable, hasta 150 kg',
      meta_description:
        'Silla de ducha Aquasafe con asiento regulable de 40 a 53 cm en 6 posiciones, más de 100 orificios de drenaje y estructura de aluminio.',
      h1: 'Aquasafe, ducharse vuelve a ser un momento tranquilo',
      marketing_copy_a:
        'Siéntate con seguridad en lugar de hacer equilibrios sobre el suelo mojado, y sin obras en el baño. Compra la Aquasafe hoy.',
      marketing_copy_b:
        'El agua caliente, el olor a jabón y ni una mirada de reojo al suelo resbaladizo. Ducharse vuelve a ser un rato solo para ti. Descubre la Aquasafe.',
      marketing_copy_c: 'Este mes, soporte para la alcachofa de regalo con cada silla: pide la tuya ya.',
    },
    { field: 'meta_description', find: '6 posiciones', replace: '8 posiciones', labels: ['number_invented'] },
    'Las cuatro patas llevan tacos de goma antideslizante.',
  ),
  listing(
    'h04',
    'automatic_pill_dispensers',
    'en',
    PILLBOX_ZH,
    PILLBOX_SRC,
    {
      translated_description:
        'The Pilla P2 smart pill box has 28 compartments, enough to sort 7 days of medication taken 4 times a day. You can set up to 6 reminders a day: when a dose is due, it rings and flashes. If nothing is taken within 30 minutes, a notification goes to a family member’s phone, and the app keeps dozens of days of dose history. The box locks, so nobody can take the same dose twice by accident. It runs on two AA batteries for about 8 months.',
      seo_title: 'Pilla P2 Smart Pill Box, 28 Compartments, 6 Alarms',
      meta_description:
        'Pilla P2 smart pill dispenser with 28 compartments for 7 days, up to 6 daily reminders with sound and light, phone alerts for family and a lockable lid.',
      h1: 'Pilla P2 Pill Organiser with Reminders',
      marketing_copy_a:
        'No more counting tablets into egg cups every morning or wondering whether today’s dose is done. Buy the Pilla P2 and let it keep track.',
      marketing_copy_b:
        'Your mum insists she is fine on her own, and now you can actually believe her. If she forgets a dose, a quiet alert on your phone tells you. Discover the Pilla P2.',
      marketing_copy_c: 'Launch offer: a spare set of dividers free with every P2 – order now.',
    },
    {
      field: 'translated_description',
      replace: 'The alarm can be heard from up to 10 m away.',
      labels: ['number_invented'],
    },
    'It runs on two AA batteries for about 8 months.',
  ),
  listing(
    'h04',
    'automatic_pill_dispensers',
    'ja',
    PILLBOX_ZH,
    PILLBOX_SRC,
    {
      translated_description:
        'Pilla P2のスマートピルケースは28マスに分かれていて、7日分・毎日4回の薬を仕分けできます。服薬アラームは毎日最大6回まで設定でき、時間になると音と光でお知らせします。30分以内に薬が取り出されないと、ご家族のスマートフォンに通知が届き、アプリでは数十日分の服薬記録を確認できます。ケースはロックできるので、うっかり二重に飲んでしまう心配もありません。AA電池2本で約8か月使えます。',
      seo_title: 'Pilla P2 スマートピルケース 28マス 服薬アラーム',
      meta_description:
        '28マスに7日分の薬を仕分けできるスマートピルケース。毎日最大6回、音と光でお知らせし、飲み忘れはご家族のスマホに通知。ロック付きで安心です。',
      h1: 'Pilla P2 飲み忘れを防ぐお薬ケース',
      marketing_copy_a: '毎朝の薬の仕分けや「もう飲んだかな」という確認から解放されます。今すぐ購入。',
      marketing_copy_b:
        '離れて暮らす親の「大丈夫よ」を、やっと素直に信じられるように。飲み忘れたときは、スマホがそっと知らせてくれます。ぜひチェックしてください。',
      marketing_copy_c: '発売記念として、仕切りパーツの予備セットをプレゼント中です。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '7日分', replace: '14日分', labels: ['number_invented'] },
    'AA電池2本で約8か月使えます。',
  ),
  listing(
    'h05',
    'bed_assist_rails',
    'de',
    BEDRAIL_ZH,
    BEDRAIL_SRC,
    {
      translated_description:
        'Der Bettgriff Restwell der 2. Generation passt zu Matratzen mit einer Höhe von 15 bis 40 cm. Befestigt wird er mit einer Bodenplatte unter der Matratze und zwei Sicherheitsgurten, sodass nichts verrutscht. Der Griff ragt etwa 45 cm über die Matratze, lässt sich nach unten klappen und hält Zugkräften bis 100 kg stand. An der Außenseite sitzen 3 Taschen für Fernbedienung, Brille und Handy. Die Montage kommt ohne Werkzeug aus und dauert etwa 10 Minuten.',
      seo_title: 'Restwell Bettgriff, 2. Generation, klappbar, bis 100 kg',
      meta_description:
        'Klappbarer Bettgriff Restwell für Matratzen von 15 bis 40 cm Höhe, mit Bodenplatte und Gurten fixiert, bis 100 kg belastbar und mit 3 Ablagetaschen.',
      h1: 'Restwell Aufstehhilfe fürs Bett',
      marketing_copy_a:
        'Fester Halt beim Aufstehen, ohne Bohren und ohne Pflegebett – der Griff passt an Ihr vorhandenes Bett. Jetzt bestellen.',
      marketing_copy_b:
        'Morgens aus eigener Kraft aufstehen, ohne jemanden rufen zu müssen: Das gibt ein Stück Selbstständigkeit zurück. Entdecken Sie Restwell.',
      marketing_copy_c:
        'Zum Aktionsstart liegt ein rutschfester Bettvorleger gratis bei – legen Sie den Restwell gleich in den Warenkorb.',
    },
    { field: 'seo_title', find: 'bis 100 kg', replace: 'bis 120 kg', labels: ['number_invented'] },
    'Die Montage kommt ohne Werkzeug aus und dauert etwa 10 Minuten.',
  ),
  listing(
    'h05',
    'bed_assist_rails',
    'fr',
    BEDRAIL_ZH,
    BEDRAIL_SRC,
    {
      translated_description:
        'La poignée de lit Restwell de 2e génération s’adapte aux matelas de 15 à 40 cm d’épaisseur. Elle se fixe grâce à une plaque glissée sous le matelas et à deux sangles de sécurité, si bien qu’elle ne bouge pas. La poignée dépasse d’environ 45 cm au-dessus du matelas, se rabat vers le bas et résiste à une traction de 100 kg maximum. Sur l’extérieur, 3 pochettes accueillent télécommande, lunettes et téléphone. Le montage se fait sans outils, en 10 minutes environ.',
      seo_title: 'Poignée de lit Restwell 2e génération, rabattable',
      meta_description:
        'Poignée de lit rabattable Restwell pour matelas de 15 à 40 cm, fixée par plaque et sangles, résistante jusqu’à 100 kg, montage sans outils en 10 minutes.',
      h1: 'Restwell, l’appui qui aide à se lever',
      marketing_copy_a:
        'Un vrai point d’appui pour se lever, sans perceuse ni lit médicalisé : elle s’installe sur votre lit actuel. Commandez la Restwell.',
      marketing_copy_b:
        'Se lever seul le matin, sans devoir appeler quelqu’un : c’est un peu d’autonomie retrouvée. Et chaque matin, cela change tout. Découvrez la Restwell.',
      marketing_copy_c:
        'Descente de lit antidérapante offerte pour le lancement : ajoutez la Restwell à votre panier.',
    },
    {
      field: 'translated_description',
      find: 'de 100 kg maximum',
      replace: 'de 130 kg maximum',
      labels: ['number_dropped', 'number_invented'],
    },
    'Sur l’extérieur, 3 pochettes accueillent télécommande, lunettes et téléphone.',
  ),
  listing(
    'h06',
    'pulse_oximeters',
    'ja',
    OXIMETER_ZH,
    OXIMETER_SRC,
    {
      translated_description:
        'Oxoの第3世代指先パルスオキシメーターは、血中酸素飽和度・脈拍数・灌流指標の3項目を同時に測定し、約8秒で結果を表示します。血中酸素飽和度の測定範囲は70〜100%です。1.5インチの有機ELディスプレイは表示の向きを4方向に切り替えられ、夜間でもくっきり見えます。単4形乾電池2本で、約30時間の連続使用が可能です。4歳以上のお子さまから大人までお使いいただけます。',
      seo_title: 'Oxo 第3世代 指先パルスオキシメーター',
      meta_description:
        '血中酸素飽和度・脈拍数・灌流指標の3項目を約8秒で測れる指先パルスオキシメーター。見やすい有機EL画面で、4歳以上のお子さまから使えます。',
      h1: 'Oxo 指先で測れる毎日の健康チェック',
      marketing_copy_a: '病院に行かなくても、毎日の数値を自宅で手軽に記録できます。今すぐ購入。',
      marketing_copy_b:
        '遠くに住む家族の体調が気になる夜も、数字が見えれば少し安心できます。小さな一台が、家族の心配をやわらげます。ぜひお試しください。',
      marketing_copy_c: '期間限定で、ストラップと収納ポーチをおつけしています。お早めにどうぞ。',
    },
    {
      field: 'translated_description',
      find: '約8秒',
      replace: '約5秒',
      labels: ['number_dropped', 'number_invented'],
    },
    '単4形乾電池2本で、約30時間の連続使用が可能です。',
  ),
  listing(
    'h06',
    'pulse_oximeters',
    'es',
    OXIMETER_ZH,
    OXIMETER_SRC,
    {
      translated_description:
        'El pulsioxímetro de dedo Oxo de 3.ª generación mide a la vez tres valores: saturación de oxígeno en sangre, frecuencia del pulso e índice de perfusión, y da el resultado en unos 8 segundos. El rango de medición de la saturación va del 70 % al 100 %. La pantalla OLED de 1,5 pulgadas puede girar la imagen en 4 direcciones y se lee bien incluso de noche. Funciona con dos pilas AAA y ofrece unas 30 horas de uso continuo. Apto para adultos y niños a partir de 4 años.',
      seo_title: 'Pulsioxímetro de dedo Oxo 3.ª generación, pantalla OLED',
      meta_description:
        'Pulsioxímetro Oxo de 3.ª generación: mide saturación, pulso e índice de perfusión en unos 8 segundos, con pantalla OLED de 1,5 pulgadas. Desde 4 años.',
      h1: 'Oxo, el control diario en la punta del dedo',
      marketing_copy_a:
        'Controla tu oxigenación en casa, sin esperas ni desplazamientos, y anótala cada día. Compra tu Oxo ahora.',
      marketing_copy_b:
        'Esa noche en que la tos no te deja dormir, ver una cifra tranquilizadora lo cambia todo. Un gesto pequeño que aporta mucha calma. Descubre el Oxo.',
      marketing_copy_c: 'Funda de transporte gratis con tu pedido durante este mes: hazte con la tuya.',
    },
    {
      field: 'translated_description',
      find: 'unas 30 horas',
      replace: 'unas 40 horas',
      labels: ['number_dropped', 'number_invented'],
    },
    'El rango de medición de la saturación va del 70 % al 100 %.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** The description as a markdown list: a bold heading, then one bullet per sentence. */
const asBullets = (text: string, heading: string) =>
  `**${heading}**\n${text
    .split(/(?<=\D[.!?])\s+/)
    .map((s) => `- ${s}`)
    .join('\n')}`;

// en: listing 1 (first aid kit) takes styles 0-2, listing 2 (rollator) 3-5, listing 3 (pill box) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Happy to help with this one – my rendering of the kit copy:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Offer valid until {offer_end_date}.` }),
  (c) => ({ seo_title: `Suggested page title: ${c.seo_title}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(“Rollator” is the word UK physios and carers use, so I preferred it to “wheeled walker”.)',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (Kept short so it fits a banner; the keywords already sit in the title.)`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nI’m sorry, but I can’t say whether this walker is suitable after a hip replacement – that is a question for the user’s physiotherapist.`,
  }),
  (c) => ({
    marketing_copy_a: `First I’ll pick the main benefit for carers, then close with a buying prompt.\n${c.marketing_copy_a}`,
  }),
  (c) => ({ translated_description: asBullets(c.translated_description, 'Overview') }),
  (c) => ({
    h1: `${c.h1}\n\nShould the headline mention the family alerts instead? I can rework it either way.`,
  }),
];

// de: listing 1 (first aid kit) takes styles 0-2, listing 2 (shower chair) 3-5, listing 3 (bed rail) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\nAntworte nur mit dem fertigen Text, ohne Kommentare.`,
  }),
  (c) => ({ marketing_copy_b: `Emotionaler Text:\n${c.marketing_copy_b}` }),
  (c) => ({ seo_title: `${c.seo_title} (keyword first)` }),
  (c) => ({
    translated_description: `So könnte die Beschreibung für den Shop lauten:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `*${c.marketing_copy_a}*` }),
  (c) => ({
    marketing_copy_b: `Ich fange beim Gefühl unter der Dusche an und ende mit der Aufforderung. ${c.marketing_copy_b}`,
  }),
  (c) => ({ h1: `${c.h1} – [Shopname]` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nBrauchen Sie dazu noch Bildunterschriften für die Galerie?`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nTut mir leid, zur Kostenübernahme durch die Krankenkasse kann ich keine Auskunft geben.`,
  }),
];

// ja: listing 1 (pill box) takes styles 0-2, listing 2 (pulse oximeter) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `ご依頼いただいた説明文はこちらです。\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      1,
      '（「大丈夫よ」は、親御さんの口ぐせが伝わるよう話し言葉のまま残しました）',
    ),
  }),
  (c) => ({ h1: `### ${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n申し訳ございませんが、測定値の医学的な解釈についてはお答えできません。`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n詳しくは［商品ページURL］からどうぞ。` }),
  (c) => ({ seo_title: `${c.seo_title}\u3000※検索対策済み` }),
];

// es: listing 1 (shower chair) takes styles 0-2, listing 2 (pulse oximeter) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ meta_description: `Metadescripción: ${c.meta_description}` }),
  (c) => ({
    marketing_copy_a: `Primero destaco la seguridad y después cierro con la compra. ${c.marketing_copy_a}`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n¿Necesitas que te lo deje también en formato de viñetas?`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Uso «pulsioxímetro», que es como lo llaman en las farmacias españolas, y no «oxímetro de pulso».)',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n[Instrucción: evitar cualquier afirmación médica]`,
  }),
  (c) => ({ seo_title: `[${c.seo_title}](#)` }),
];

// fr: listing 1 (rollator) takes styles 0-2, listing 2 (bed rail) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Je vous propose la description suivante pour la fiche du déambulateur :\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (phrase raccourcie pour tenir dans la vignette produit)`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Livraison offerte dès [MONTANT] € d’achat.` }),
  (c) => ({
    marketing_copy_b: `Je pars de l’émotion du réveil, puis j’enchaîne sur l’autonomie.\n${c.marketing_copy_b}`,
  }),
  (c) => ({ h1: `Désolé, je n’ai pas trouvé mieux pour le titre : ${c.h1}` }),
  (c) => ({ marketing_copy_a: `Argumentaire : ${c.marketing_copy_a}` }),
];

export const ROUND_43_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'A cheap plastic walker is not worth the risk.',
      'Knockoff dispensers often miss their alarms.',
      'Beware of counterfeit first aid supplies sold online.',
      'Imitation shower seats can buckle without warning.',
    ],
    slogans: ['Steady steps, every day.', 'Care that fits in a drawer.'],
    chineseLeftovers: [],
    duplicateLead: 'All told: ',
    titleStuffing: ' | Home Care, Elderly Aids, Free Delivery, Top Seller',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Duschhocker geben oft nach.',
      'Fälschungen von Pflegehilfsmitteln sind kaum zu erkennen.',
      'Eine Nachahmung hält im Alltag nicht lange.',
      'Finger weg von Imitaten ohne Prüfzeichen.',
    ],
    slogans: ['Sicher durch den Tag.', 'Halt, wenn es darauf ankommt.'],
    chineseLeftovers: [],
    duplicateLead: 'Ganz knapp: ',
    titleStuffing: ' | Pflegebedarf, Seniorenhilfe, Versand gratis, Neu',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の介護用品には注意が必要です。',
      '偽物の測定器では正しい数値が出ません。',
      'コピー品は安全性が確認されていません。',
      '模倣品とは作りの丁寧さが違います。',
    ],
    slogans: ['毎日の安心を、すぐそばに。', 'ひとりの朝も、心強く。'],
    chineseLeftovers: ['这个药盒会按时提醒老人吃药。', '测量结果几秒钟就显示在屏幕上。'],
    duplicateLead: 'ざっとまとめると、',
    titleStuffing: '｜介護用品 シニア 敬老の日 送料無料 贈り物',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Una silla barata puede ceder en el peor momento.',
      'Una falsificación no supera ningún control de calidad.',
      'Ojo con los medidores falsos de los marketplaces.',
      'Ninguna imitación ofrece la misma estabilidad.',
    ],
    slogans: ['Tranquilidad en cada paso.', 'Cuidarse también es esto.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumido: ',
    titleStuffing: ' | Ayudas técnicas, mayores, envío gratis, novedad',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un déambulateur pas cher se grippe vite.',
      'Les contrefaçons de matériel médical circulent en ligne.',
      'Aucune imitation n’offre ce maintien.',
      'Méfiez-vous des faux modèles vendus sans notice.',
    ],
    slogans: ['L’autonomie au quotidien.', 'Un appui sûr, à chaque réveil.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour le dire simplement : ',
    titleStuffing: ' | Aide à domicile, seniors, livraison offerte, nouveauté',
  },
};
