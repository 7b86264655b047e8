// Blind set, round 75 (written without reading the gate, committed before it is scored): six children's, footwear,
// kitchen and baby products in the categories kids_pajama_sets, gel_insoles, vacuum_food_jars, kitchen_knife_sets,
// silicone_baby_bibs and kids_swim_goggles, 12 hand-written listings, three artifact styles per listing and wording of
// its own. Theme: numbers as real Chinese shops write them in products where counts, ages, sizes and units repeat:
// multi-packs and sets (两件套, 两双, 六件套, 2片装, 共4件, 耳塞1对), age ranges (3至8岁, 6个月到3岁, 4到12岁),
// clothing and shoe sizes (100到140, 35到40码 and 40到46码), capacity in two units (500毫升（17盎司）), model numbers
// and steel grades (WF-500, 316/304, 5Cr15MoV, UV400), warranty years and percentages (百分之100, 3%). Most sources
// say the same value more than once in different roles (3 years, 3 cm and 3%; 2 pairs, 2 sizes and 2 mm; 4 cm and
// 4 snaps; 4 to 12 years and 4 pieces), and most number edits turn a value into ANOTHER value the source has
// elsewhere (an age bound that equals the size count, a blade angle that equals a blade length, a piece count that
// equals a colour count) or change a counter's number in ja (2点セット → 3点セット, 2足 → 3足). Labels follow the
// README: a changed value is number_invented, plus number_dropped when the original value is said nowhere else in the
// description (by value: "2 sizes" keeps a 2 alive when "2 pairs" becomes "3 pairs"); a change in the title or meta
// is number_invented only. Artifact style of this round: the ordinary kinds the llm_artifact definition names (lead-ins,
// field-label and "Translation:" prefixes, markdown headings and bold labels, code fences, a JSON fragment, HTML
// tags, AI disclaimers, sign-offs, a translator's note in brackets), no digits in artifacts that land in the
// description, title or meta. Legitimate numbers:
// Mianmian 两件套 (two-piece, 2点セット), 百分之100 (100%, 綿100％), sizes 100 to 140 (100〜140), 5 sizes, 3 to 8 years
// (3〜8歳), 两个尺码 (two sizes, 2つのサイズ), 3 cm (1.2 in), 40 °C (104 °F, 40℃), about 3% (約3％), 2 hair clips
// (2個);
// Tapo 两双 (zwei Paar, 2足), 8 mm, 4 mm, 两个尺码 (zwei Größen, 2サイズ), 35 to 40 and 40 to 46 (35〜40, 40〜46),
// 2 mm, about 60 g, about 6 months (rund 6 Monate, 約6か月), 3 months (3か月), idiom 一盒 (a box: not a number);
// Wenno WF-500 (model, 500), 500 ml, 17 oz, 316 and 304 stainless steel (inox 316), 双层 (double-wall, double paroi:
// not a number), 4 hours (4 heures), 6 hours, 60 °C (140 °F), 12 hours, 7.5 cm (3 in, 7,5 cm), 2 years (2 ans),
// 1 year (1 an), idiom 一碗 (a bowl);
// Ferro 六件套 (sechsteilig, 6-teilig, 6 piezas), 5Cr15MoV (5, 15), 56 ± 2 HRC, 15 degrees (15 Grad, 15 grados),
// 20 cm, 9 cm, 5 pieces in the block (5 Teile, 5 piezas), 2 years (2 Jahre, 2 años), 终身 (lifetime: not a number);
// Bobo 2片装 (pack of 2, lot de 2), 百分之100 (100%, 100 %), BPA (no number), 120 °C (248 °F), 4 cm (1.6 in), 4 snap
// positions (4 crans), 6 months to 3 years (6 mois à 3 ans), 65 g (2.3 oz), 两片 (the two bibs, les deux bavoirs),
// idioms 一盒 (a box), 一冲 (a quick rinse), 一片…一片 (one … the other, l’un … l’autre);
// Splashy 4 to 12 years (4 bis 12 Jahre, 4 a 12 años), UV400 (400), 3 positions, 共4件 (4 Teile, 4 piezas), 1副 /
// 1对 / 1个 / 1个 (1 each), 3 colours (3 Farben, 3 colores), about 32 g (rund 32 g, unos 32 gramos), 1 hour,
// 1 year warranty.
// Number edits: Mianmian en 3 to 8 → 3 to 5 years (5 = the size count; dropped + invented), ja title 2点セット →
// 3点セット (invented); Tapo de forefoot 4 → 2 mm (2 = pairs and hole size; dropped + invented), ja 2足入り → 3足入り
// (2 still said as 2サイズ and 2mm: invented); Wenno en meta hot for 6 → 12 hours (12 = cold time; invented), fr
// 4 → 6 heures (dropped + invented); Ferro de 15 → 20 Grad (15 still in 5Cr15MoV: invented), es title 6 → 5 piezas
// (invented); Bobo en 6 months to 3 → 4 years (4 = pocket depth and snaps; dropped + invented), fr meta 120 → 100 °C
// (100 = the silicone percentage; invented); Splashy de 4 → 3 Teile (4 still in the age range: invented), es about
// 32 → 12 gramos (12 = upper age; dropped + invented).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const PAJAMA_ZH = 'Mianmian 儿童纯棉睡衣两件套 长袖家居服 3-8岁';
const PAJAMA_SRC =
  'Mianmian 儿童睡衣两件套，长袖上衣配长裤，面料为百分之100精梳棉，柔软透气，贴身穿也放心。尺码从100到140，共5个码，适合3至8岁的孩子。建议按身高选码，身高在两个尺码之间时，选大的那个码。裤腰是3厘米宽的松紧带，不勒肚子；领口和袖口都有罗纹收口，晚上踢被也不容易着凉。可机洗，水温不超过40℃，洗后缩水约3%。每套随机附送2个卡通发夹。';
const INSOLE_ZH = 'Tapo 硅胶减震鞋垫 两双装 可裁剪 男女通用';
const INSOLE_SRC =
  'Tapo 减震鞋垫一盒两双，采用医用级硅胶，后跟加厚到8毫米，前掌厚4毫米，走路、跑步都能缓冲冲击。分两个尺码：35到40码和40到46码。鞋垫前端印有裁剪线，可按自己的鞋码剪到合适长度。表面有直径2毫米的透气孔，背面蜂窝纹防滑。可手洗，晾干后继续使用。每只重约60克。正常使用可以穿6个月左右，3个月内开胶或断裂免费换新。';
const JAR_ZH = 'Wenno WF-500 真空焖烧杯 500毫升 保温保冷';
const JAR_SRC =
  'Wenno WF-500 焖烧杯容量500毫升（17盎司），内胆为316不锈钢，外壳为304不锈钢，双层真空结构。早上放入开水和大米，焖4小时就是一碗热粥；保温6小时后仍在60℃以上，保冷可达12小时。杯口直径7.5厘米，装冰块、盛汤都方便。盖内有硅胶密封圈，倒过来也不漏。附带折叠勺和提手布袋。请勿放入微波炉。杯身保修2年，密封圈保修1年。';
const KNIFE_ZH = 'Ferro 不锈钢厨房刀具六件套 带橡木刀座';
const KNIFE_SRC =
  'Ferro 厨房刀具六件套，包括切片刀、主厨刀、多用刀、水果刀、厨房剪刀和刀座。刀身采用5Cr15MoV不锈钢，硬度56±2 HRC，每边开刃15度，出厂即锋利。主厨刀刃长20厘米，水果刀刃长9厘米。刀柄为ABS材质，带防滑纹理，湿手握着也不打滑。橡木刀座可放5件，刀刃不外露。建议手洗后立即擦干，不要放进洗碗机。刀身终身保修，刀座保修2年。';
const BIB_ZH = 'Bobo 硅胶婴儿围兜 2片装 立体接食兜 6个月-3岁';
const BIB_SRC =
  'Bobo 婴儿围兜一盒2片装，采用百分之100食品级硅胶，不含BPA，可耐120℃高温。立体接食兜深4厘米，掉下来的饭粒、汤汁都能接住。领口有4档按扣，可随宝宝长大调节，适合6个月到3岁使用。每片只有65克，宝宝戴着不觉得沉。吃完用水一冲就干净，也可以放进洗碗机上层。卷起来能装进随附的收纳袋，外出吃饭很方便。两片颜色不同，一片在家用，一片带出门。';
const GOGGLE_ZH = 'Splashy 儿童防雾泳镜 4-12岁 送耳塞鼻夹';
const GOGGLE_SRC =
  'Splashy 儿童泳镜适合4到12岁，镜片有防雾涂层，并可抵挡UV400紫外线。硅胶镜框柔软贴脸，头带有3个位置可调，小朋友自己就能戴好。套装共4件：泳镜1副、耳塞1对、鼻夹1个、收纳盒1个。有粉、蓝、绿3种颜色可选。泳镜重约32克，连续游1小时也不压眼睛。防雾涂层请勿用手擦，游完用清水冲洗、阴干即可。保修1年。';

export const ROUND_75_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'kids_pajama_sets',
    'en',
    PAJAMA_ZH,
    PAJAMA_SRC,
    {
      translated_description:
        'The Mianmian two-piece pyjama set for kids pairs a long-sleeved top with full-length trousers in 100% combed cotton: soft, breathable and gentle enough to wear right next to the skin. It comes in 5 sizes, from 100 to 140, and fits children aged 3 to 8. Choose by height; if your child falls between two sizes, go for the larger size. The waistband is soft elastic, 3 cm (1.2 in) wide, so it never digs into the tummy, and the ribbed neckline and cuffs keep the warmth in even when the duvet gets kicked off in the night. Machine washable at up to 40 °C (104 °F); expect about 3% shrinkage after washing. Every set comes with 2 cartoon hair clips, picked at random.',
      seo_title: 'Mianmian Kids’ Cotton Pyjama Set, 2-Piece, Ages 3–8',
      meta_description:
        'Two-piece long-sleeved pyjamas in 100% combed cotton for kids aged 3 to 8, in sizes 100 to 140, with a soft 3 cm waistband and ribbed cuffs.',
      h1: 'Mianmian – Cosy Nights in Pure Cotton',
      marketing_copy_a:
        'Pure combed cotton, cuffs that stay put and a waistband that never pinches: pyjamas made to see a whole school year of washes through. Order your Mianmian set today.',
      marketing_copy_b:
        'The story is read, the lights are low, and a small body curls up in cotton that feels like a hug. Bedtime becomes the calmest moment of the day. Discover Mianmian.',
      marketing_copy_c:
        'Bedtime bonus: a matching sleep mask free with every set ordered this month. Shop now while all sizes are in stock.',
    },
    {
      field: 'translated_description',
      find: 'fits children aged 3 to 8',
      replace: 'fits children aged 3 to 5',
      labels: ['number_dropped', 'number_invented'],
    },
    'Machine washable at up to 40 °C (104 °F); expect about 3% shrinkage after washing.',
  ),
  listing(
    'p01',
    'kids_pajama_sets',
    'ja',
    PAJAMA_ZH,
    PAJAMA_SRC,
    {
      translated_description:
        'Mianmianのキッズパジャマは、長袖トップスとロングパンツの上下2点セット。素材は綿100％のコーマ綿で、やわらかく通気性にすぐれ、肌に直接触れても安心です。サイズは100〜140の全5サイズで、3〜8歳のお子さまにお使いいただけます。サイズは身長を目安にお選びください。2つのサイズの間で迷ったら、大きいほうがおすすめです。ウエストは幅3cmのゴムで、おなかを締めつけません。襟ぐりと袖口はリブ仕様なので、夜中に布団をけってしまっても体が冷えにくくなっています。洗濯機で洗え、水温は40℃以下でお願いします。洗濯後は約3％縮みます。各セットに、キャラクターのヘアクリップを2個ランダムでお付けします。',
      seo_title: 'Mianmian キッズパジャマ 綿100％ 上下2点セット 3〜8歳',
      meta_description:
        '綿100％のやわらかな長袖パジャマ上下セット。3〜8歳向けで、サイズは100〜140。幅3cmのゴムウエストとリブ袖口で、朝までぐっすり眠れます。',
      h1: 'Mianmian 綿のやさしさに包まれて、おやすみなさい',
      marketing_copy_a:
        'コーマ綿の肌ざわりと、ずり上がりにくいリブ袖口。毎日洗っても着心地が長続きするパジャマです。今すぐ購入。',
      marketing_copy_b:
        '絵本を読み終えて明かりを落としたら、やわらかな綿に包まれて夢の中へ。親子でいちばん穏やかな時間に寄り添います。ぜひチェックしてください。',
      marketing_copy_c: '今月ご購入の方に、おそろいのアイマスクをプレゼント。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '上下2点セット', replace: '上下3点セット', labels: ['number_invented'] },
    '洗濯機で洗え、水温は40℃以下でお願いします。',
  ),
  listing(
    'p02',
    'gel_insoles',
    'de',
    INSOLE_ZH,
    INSOLE_SRC,
    {
      translated_description:
        'Die Dämpfungseinlagen von Tapo kommen zu zwei Paar in der Packung und bestehen aus Silikon in medizinischer Qualität. An der Ferse sind sie auf 8 mm verstärkt, am Vorfuß 4 mm dick – so federn sie Stöße beim Gehen wie beim Laufen ab. Es gibt sie in zwei Größen: 35 bis 40 und 40 bis 46. Vorne sind Schnittlinien aufgedruckt, damit Sie die Sohle passend zu Ihrer Schuhgröße zuschneiden können. Die Oberfläche hat Luftlöcher mit 2 mm Durchmesser, die Wabenstruktur auf der Unterseite verhindert das Verrutschen. Einfach von Hand waschen, trocknen lassen und weiter tragen. Jede Einlage wiegt etwa 60 g. Bei normaler Nutzung halten sie rund 6 Monate; löst sich innerhalb von 3 Monaten der Kleber oder bricht eine Sohle, ersetzen wir sie kostenlos.',
      seo_title: 'Tapo Silikon-Einlegesohlen, 2 Paar, zuschneidbar',
      meta_description:
        'Dämpfende Einlegesohlen aus Silikon im Doppelpack: 8 mm an der Ferse, zuschneidbar für Größe 35 bis 46, mit Luftlöchern und rutschfester Unterseite.',
      h1: 'Tapo – jeder Schritt ein bisschen weicher',
      marketing_copy_a:
        'Ein Paar für die Arbeitsschuhe, das andere für die Sneaker – mit der Haushaltsschere zugeschnitten und sofort startklar. Jetzt bestellen.',
      marketing_copy_b:
        'Nach einem langen Tag auf den Beinen spüren Sie den Unterschied: weniger Druck an der Ferse, mehr Leichtigkeit im Schritt. Entdecken Sie Tapo.',
      marketing_copy_c:
        'Nur diese Woche: versandkostenfrei für jede Packung Tapo. Sichern Sie sich Ihre Einlagen jetzt.',
    },
    {
      field: 'translated_description',
      find: 'am Vorfuß 4 mm dick',
      replace: 'am Vorfuß 2 mm dick',
      labels: ['number_dropped', 'number_invented'],
    },
    'Jede Einlage wiegt etwa 60 g.',
  ),
  listing(
    'p02',
    'gel_insoles',
    'ja',
    INSOLE_ZH,
    INSOLE_SRC,
    {
      translated_description:
        'Tapoの衝撃吸収インソールは2足入り。医療用グレードのシリコーンを使い、かかとは8mm、前足部は4mmの厚みで、歩くときも走るときも足への衝撃をやわらげます。サイズは35〜40と40〜46の2サイズ。つま先側にカットラインが印刷されているので、ご自分の靴のサイズに合わせて切って調整できます。表面には直径2mmの通気孔、裏面にはハニカム模様の滑り止めがあります。手洗いでき、乾かせば繰り返し使えます。片足の重さは約60g。通常のご使用で約6か月お使いいただけます。3か月以内にはがれや破損が起きた場合は、無料で新品と交換いたします。',
      seo_title: 'Tapo 衝撃吸収シリコーンインソール 2足入り カット可',
      meta_description:
        'かかと8mmの厚みで衝撃をやわらげるシリコーンインソール。35〜46の靴サイズに合わせてカットでき、通気孔と滑り止めで、いつでも快適です。',
      h1: 'Tapo 足もとから、毎日をもっと軽やかに',
      marketing_copy_a:
        '仕事用の靴にもスニーカーにも。はさみでカットするだけで、お手持ちの靴がクッション性の高い一足に変わります。今すぐ購入。',
      marketing_copy_b:
        '立ちっぱなしの長い一日の終わりに、足の疲れ方の違いを感じてください。かかとへの負担がふっと軽くなります。ぜひお試しください。',
      marketing_copy_c: '今週は送料無料キャンペーン中。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: 'インソールは2足入り',
      replace: 'インソールは3足入り',
      labels: ['number_invented'],
    },
    '片足の重さは約60g。',
  ),
  listing(
    'p03',
    'vacuum_food_jars',
    'en',
    JAR_ZH,
    JAR_SRC,
    {
      translated_description:
        'The Wenno WF-500 vacuum food jar holds 500 ml (17 oz). The inner pot is 316 stainless steel and the outer shell 304 stainless steel, with a double-wall vacuum in between. Add boiling water and rice in the morning, and after 4 hours you have a bowl of hot porridge; after 6 hours your food is still above 60 °C (140 °F), and cold contents stay chilled for up to 12 hours. The 7.5 cm (3 in) opening makes it easy to drop in ice cubes or ladle in soup. A silicone seal inside the lid keeps everything in, even upside down. A folding spoon and a fabric carry bag are included. Not suitable for the microwave. The jar has a 2-year warranty, and the seal is covered for 1 year.',
      seo_title: 'Wenno WF-500 Vacuum Food Jar, 500 ml (17 oz), 316 Steel',
      meta_description:
        'Wenno 500 ml vacuum food jar with a 316 stainless steel inner pot: keeps food hot for 6 hours and cold for up to 12, with a leak-proof lid and spoon.',
      h1: 'Wenno – A Warm Lunch Wherever You Are',
      marketing_copy_a:
        'Porridge that cooks itself on the way to work and soup still steaming at lunchtime: no more queueing for the office microwave. Order your Wenno today.',
      marketing_copy_b:
        'On a grey winter day, lifting the lid and catching the smell of home-made soup is a small, warm joy. Treat yourself to a Wenno.',
      marketing_copy_c:
        'Launch offer: a spare silicone seal free with every Wenno this month. Shop now while stocks last.',
    },
    {
      field: 'meta_description',
      find: 'hot for 6 hours',
      replace: 'hot for 12 hours',
      labels: ['number_invented'],
    },
    'The 7.5 cm (3 in) opening makes it easy to drop in ice cubes or ladle in soup.',
  ),
  listing(
    'p03',
    'vacuum_food_jars',
    'fr',
    JAR_ZH,
    JAR_SRC,
    {
      translated_description:
        'La boîte repas isotherme Wenno WF-500 a une contenance de 500 ml (17 oz). La cuve intérieure est en acier inoxydable 316 et l’enveloppe extérieure en acier inoxydable 304, avec une double paroi sous vide. Le matin, versez de l’eau bouillante sur du riz : 4 heures plus tard, vous avez un bol de bouillie de riz bien chaude. Au bout de 6 heures, les aliments sont encore à plus de 60 °C, et le froid tient jusqu’à 12 heures. L’ouverture de 7,5 cm de diamètre permet d’ajouter des glaçons ou de verser une soupe sans en mettre partout. Le joint en silicone du couvercle la rend étanche, même retournée. Une cuillère pliante et un sac de transport en tissu sont fournis. Ne pas passer au micro-ondes. Le pot est garanti 2 ans et le joint 1 an.',
      seo_title: 'Boîte repas isotherme Wenno WF-500, 500 ml, inox 316',
      meta_description:
        'Boîte repas isotherme Wenno de 500 ml en inox 316 : reste chaude 6 heures, garde le froid jusqu’à 12 heures, avec couvercle étanche, cuillère et sac.',
      h1: 'Wenno, le déjeuner chaud qui vous suit partout',
      marketing_copy_a:
        'Une bouillie qui cuit toute seule pendant le trajet, une soupe encore fumante à midi : fini la file d’attente devant le micro-ondes du bureau. Commandez votre Wenno.',
      marketing_copy_b:
        'Un jour de grisaille, soulever le couvercle et retrouver l’odeur d’une soupe maison, c’est un petit bonheur tout simple. Découvrez Wenno.',
      marketing_copy_c:
        'Offre de lancement : un joint de rechange offert avec chaque Wenno ce mois-ci. Profitez-en dès maintenant !',
    },
    {
      field: 'translated_description',
      find: '4 heures plus tard',
      replace: '6 heures plus tard',
      labels: ['number_dropped', 'number_invented'],
    },
    'L’ouverture de 7,5 cm de diamètre permet d’ajouter des glaçons ou de verser une soupe sans en mettre partout.',
  ),
  listing(
    'p04',
    'kitchen_knife_sets',
    'de',
    KNIFE_ZH,
    KNIFE_SRC,
    {
      translated_description:
        'Das sechsteilige Küchenmesserset von Ferro umfasst ein Aufschnittmesser, ein Kochmesser, ein Allzweckmesser, ein Obstmesser, eine Küchenschere und einen Messerblock. Die Klingen sind aus rostfreiem Stahl 5Cr15MoV mit einer Härte von 56 ± 2 HRC und mit 15 Grad pro Seite geschliffen – scharf direkt aus der Verpackung. Die Klinge des Kochmessers ist 20 cm lang, die des Obstmessers 9 cm. Die Griffe aus ABS haben eine rutschfeste Struktur und liegen auch mit nassen Händen sicher in der Hand. Der Messerblock aus Eichenholz nimmt alle 5 Teile auf, ohne dass die Klingen herausschauen. Bitte von Hand spülen und gleich abtrocknen, nicht in die Spülmaschine geben. Auf die Klingen gibt es eine lebenslange Garantie, auf den Messerblock 2 Jahre.',
      seo_title: 'Ferro Messerset, 6-teilig, mit Messerblock aus Eiche',
      meta_description:
        'Sechsteiliges Messerset von Ferro aus 5Cr15MoV-Stahl mit 56 ± 2 HRC und 15-Grad-Schliff, dazu Küchenschere und Messerblock aus Eichenholz.',
      h1: 'Ferro – scharfe Klingen, sicher verstaut',
      marketing_copy_a:
        'Vom Brotaufschnitt bis zur Apfelspalte ist für jede Aufgabe die passende Klinge dabei, griffbereit im Eichenblock. Bestellen Sie Ihr Ferro-Set jetzt.',
      marketing_copy_b:
        'Tomaten, die sich hauchdünn schneiden lassen, Zwiebeln ohne Quetschen: So wird das Gemüseschnippeln zum entspannten Teil des Abends. Entdecken Sie Ferro.',
      marketing_copy_c:
        'Zum Jahresende legen wir einen Wetzstahl gratis dazu. Sichern Sie sich Ihr Set, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'mit 15 Grad pro Seite',
      replace: 'mit 20 Grad pro Seite',
      labels: ['number_invented'],
    },
    'Die Klinge des Kochmessers ist 20 cm lang, die des Obstmessers 9 cm.',
  ),
  listing(
    'p04',
    'kitchen_knife_sets',
    'es',
    KNIFE_ZH,
    KNIFE_SRC,
    {
      translated_description:
        'El juego de cuchillos Ferro de 6 piezas incluye cuchillo para filetear, cuchillo de chef, cuchillo multiusos, cuchillo para fruta, tijeras de cocina y taco. Las hojas son de acero inoxidable 5Cr15MoV, con una dureza de 56 ± 2 HRC y un afilado de 15 grados por lado, así que llegan listas para cortar. La hoja del cuchillo de chef mide 20 cm y la del cuchillo para fruta, 9 cm. Los mangos son de ABS con textura antideslizante y no resbalan ni con las manos mojadas. El taco de roble tiene sitio para las 5 piezas y deja las hojas a cubierto. Lávalos a mano y sécalos enseguida; no los metas en el lavavajillas. Las hojas tienen garantía de por vida, y el taco, 2 años.',
      seo_title: 'Juego de cuchillos Ferro de 6 piezas con taco de roble',
      meta_description:
        'Juego Ferro de 6 piezas en acero 5Cr15MoV, con dureza de 56 ± 2 HRC y afilado de 15 grados: cuchillos, tijeras de cocina y taco de roble.',
      h1: 'Ferro, el filo que tu cocina se merece',
      marketing_copy_a:
        'Todo lo que necesitas para picar, filetear y pelar, ordenado en un taco de roble que queda precioso en la encimera. Compra tu juego Ferro.',
      marketing_copy_b:
        'El tomate que se deja cortar en láminas finísimas, la cebolla que no se aplasta: cocinar vuelve a ser un placer. Descubre Ferro.',
      marketing_copy_c:
        'Por tiempo limitado, te regalamos una chaira con cada juego. Aprovecha la oferta y hazte con el tuyo.',
    },
    { field: 'seo_title', find: 'de 6 piezas', replace: 'de 5 piezas', labels: ['number_invented'] },
    'La hoja del cuchillo de chef mide 20 cm y la del cuchillo para fruta, 9 cm.',
  ),
  listing(
    'p05',
    'silicone_baby_bibs',
    'en',
    BIB_ZH,
    BIB_SRC,
    {
      translated_description:
        'Bobo silicone baby bibs come in a pack of 2, made from 100% food-grade silicone that is BPA-free and heat-resistant up to 120 °C (248 °F). The deep 4 cm (1.6 in) catch pocket collects dropped rice and spilled soup before they reach your baby’s lap. The neck strap has 4 snap positions that adjust as your baby grows, from 6 months to 3 years. Each bib weighs just 65 g (2.3 oz), so it never feels heavy. After a meal, a quick rinse under the tap is all it takes, or pop it on the top rack of the dishwasher. Rolled up, it fits into the storage pouch included, handy for eating out. The two bibs come in different colours: one for home and the other for the changing bag.',
      seo_title: 'Bobo Silicone Baby Bibs, Pack of 2, 6 Months to 3 Years',
      meta_description:
        'Pack of 2 soft silicone baby bibs with a deep catch pocket and 4 adjustable snap positions, for 6 months to 3 years. BPA-free and dishwasher-safe.',
      h1: 'Bobo – Happy Mealtimes, Clean Laps',
      marketing_copy_a:
        'A deep pocket that catches what the spoon misses, a rinse and it is ready again: fewer stained clothes and less laundry. Get your Bobo pack today.',
      marketing_copy_b:
        'Let your little one explore every new taste with messy, happy hands while you simply smile. Discover Bobo.',
      marketing_copy_c:
        'This month only: a free silicone spoon with every Bobo pack. Add to cart before the offer ends.',
    },
    {
      field: 'translated_description',
      find: 'from 6 months to 3 years',
      replace: 'from 6 months to 4 years',
      labels: ['number_dropped', 'number_invented'],
    },
    'Each bib weighs just 65 g (2.3 oz), so it never feels heavy.',
  ),
  listing(
    'p05',
    'silicone_baby_bibs',
    'fr',
    BIB_ZH,
    BIB_SRC,
    {
      translated_description:
        'Les bavoirs Bobo sont vendus par lot de 2. Ils sont en silicone 100 % alimentaire, sans BPA, et résistent jusqu’à 120 °C. La poche de récupération de 4 cm de profondeur retient les grains de riz et les gouttes de soupe. Le col se règle sur 4 crans à pressions au fil de la croissance de bébé, de 6 mois à 3 ans. Chaque bavoir ne pèse que 65 g : bébé le sent à peine. Après le repas, un simple rinçage à l’eau suffit ; il passe aussi dans le panier supérieur du lave-vaisselle. Roulé, il se glisse dans la pochette de rangement fournie, bien pratique pour manger à l’extérieur. Les deux bavoirs sont de couleurs différentes : l’un reste à la maison, l’autre part en balade.',
      seo_title: 'Bavoirs bébé en silicone Bobo, lot de 2, 6 mois à 3 ans',
      meta_description:
        'Lot de 2 bavoirs en silicone 100 % alimentaire pour bébé de 6 mois à 3 ans : poche de 4 cm, col réglable, résiste à 120 °C, va au lave-vaisselle.',
      h1: 'Bobo, des repas sans taches sur les vêtements',
      marketing_copy_a:
        'Une poche profonde qui rattrape tout ce qui tombe de la cuillère, un coup d’eau et c’est propre : moins de linge à laver. Achetez votre lot Bobo.',
      marketing_copy_b:
        'Laissez bébé découvrir chaque nouvelle saveur avec les doigts, en toute liberté, pendant que vous savourez le moment. Découvrez Bobo.',
      marketing_copy_c: 'Ce mois-ci, une cuillère en silicone offerte avec chaque lot. Profitez-en vite !',
    },
    {
      field: 'meta_description',
      find: 'résiste à 120 °C',
      replace: 'résiste à 100 °C',
      labels: ['number_invented'],
    },
    'Chaque bavoir ne pèse que 65 g : bébé le sent à peine.',
  ),
  listing(
    'p06',
    'kids_swim_goggles',
    'de',
    GOGGLE_ZH,
    GOGGLE_SRC,
    {
      translated_description:
        'Die Kinderschwimmbrille Splashy ist für Kinder von 4 bis 12 Jahren gemacht. Die Gläser haben eine Antibeschlag-Beschichtung und halten UV400-Strahlung ab. Der weiche Silikonrahmen schmiegt sich ans Gesicht, und das Kopfband lässt sich in 3 Positionen einstellen – das schaffen die Kleinen ganz allein. Das Set besteht aus 4 Teilen: 1 Schwimmbrille, 1 Paar Ohrstöpsel, 1 Nasenklammer und 1 Aufbewahrungsbox. Erhältlich ist es in 3 Farben: Rosa, Blau und Grün. Die Brille wiegt rund 32 g und drückt auch nach 1 Stunde im Wasser nicht. Die Beschichtung bitte nicht mit den Fingern abwischen; nach dem Schwimmen einfach mit klarem Wasser abspülen und im Schatten trocknen lassen. Dazu gibt es 1 Jahr Garantie.',
      seo_title: 'Splashy Kinderschwimmbrille, beschlagfrei, 4–12 Jahre',
      meta_description:
        'Beschlagfreie Kinderschwimmbrille mit UV400-Schutz für 4 bis 12 Jahre: weicher Silikonrahmen, Kopfband in 3 Positionen, Ohrstöpsel und Nasenklammer.',
      h1: 'Splashy – klare Sicht beim Abtauchen',
      marketing_copy_a:
        'Brille, Ohrstöpsel, Nasenklammer und Box in einem Set: Die Badetasche ist im Handumdrehen gepackt. Jetzt bestellen.',
      marketing_copy_b:
        'Die Augen unter Wasser offen halten und plötzlich die bunten Fliesen am Beckenboden sehen – dieses Staunen ist unbezahlbar. Entdecken Sie Splashy.',
      marketing_copy_c:
        'Sommeraktion: eine Badekappe gratis zu jeder Splashy-Brille. Sichern Sie sich Ihr Set noch heute.',
    },
    {
      field: 'translated_description',
      find: 'Das Set besteht aus 4 Teilen',
      replace: 'Das Set besteht aus 3 Teilen',
      labels: ['number_invented'],
    },
    'Die Brille wiegt rund 32 g und drückt auch nach 1 Stunde im Wasser nicht.',
  ),
  listing(
    'p06',
    'kids_swim_goggles',
    'es',
    GOGGLE_ZH,
    GOGGLE_SRC,
    {
      translated_description:
        'Las gafas de natación infantiles Splashy están pensadas para niños de 4 a 12 años. Los cristales llevan un tratamiento antivaho y bloquean la radiación UV400. La montura de silicona es blanda y se adapta a la cara, y la cinta se ajusta en 3 posiciones, así que los peques se las ponen solos. El set trae 4 piezas: 1 par de gafas, 1 par de tapones para los oídos, 1 pinza para la nariz y 1 estuche. Hay 3 colores para elegir: rosa, azul y verde. Las gafas pesan unos 32 gramos y no aprietan los ojos ni después de 1 hora nadando. No frotes el tratamiento antivaho con los dedos: al salir del agua, acláralas con agua limpia y déjalas secar a la sombra. Tienen 1 año de garantía.',
      seo_title: 'Gafas de natación infantiles Splashy antivaho, 4–12 años',
      meta_description:
        'Gafas de natación antivaho para niños de 4 a 12 años: montura de silicona blanda, cinta ajustable en 3 posiciones, tapones, pinza nasal y estuche.',
      h1: 'Splashy, para ver bien bajo el agua',
      marketing_copy_a:
        'Gafas, tapones, pinza y estuche en un solo set: la bolsa de la piscina lista en un momento. Compra tus Splashy.',
      marketing_copy_b:
        'Abrir los ojos bajo el agua y descubrir el fondo de la piscina por primera vez es pura magia. Que lo vivan con una visión nítida. Descubre Splashy.',
      marketing_copy_c: 'Oferta de verano: gorro de baño de regalo con cada set Splashy. Consíguelo ya.',
    },
    {
      field: 'translated_description',
      find: 'pesan unos 32 gramos',
      replace: 'pesan unos 12 gramos',
      labels: ['number_dropped', 'number_invented'],
    },
    'Los cristales llevan un tratamiento antivaho y bloquean la radiación UV400.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (pyjamas) takes styles 0-2, listing 2 (food jar) 3-5, listing 3 (bibs) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the product description translated into English:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHope this helps – happy to adjust the tone if you need something more playful!`,
  }),
  (c) => ({
    marketing_copy_a: `\`\`\`json\n{ "marketing_copy_a": "${c.marketing_copy_a}" }\n\`\`\``,
  }),
  (c) => ({ meta_description: `Meta description: ${c.meta_description}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nPlease note that as an AI, I cannot verify the temperature and warranty details against the manufacturer’s documentation.`,
  }),
  (c) => ({ marketing_copy_b: `<div class="copy-emotional">${c.marketing_copy_b}</div>` }),
  (c) => ({ marketing_copy_c: `Translation: ${c.marketing_copy_c}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '[Translator’s note: “catch pocket” is the term most UK baby brands use for this feature.]',
    ),
  }),
];

// de: listing 1 (insoles) takes styles 0-2, listing 2 (knife set) 3-5, listing 3 (swim goggles) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gern, hier ist die deutsche Fassung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `<p class="werbetext">${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nViele Grüße – melden Sie sich gern, wenn noch etwas angepasst werden soll!`,
  }),
  (c) => ({ h1: `**${c.h1}**` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Anmerkung der Übersetzung: Für das erste Messer habe ich „Aufschnittmesser“ gewählt, „Schneidemesser“ wäre auch möglich.)',
    ),
  }),
  (c) => ({ marketing_copy_c: `Werbetext (Aktion): ${c.marketing_copy_c}` }),
  (c) => ({ translated_description: `\`\`\`markdown\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (Hinweis: Als KI-Modell kann ich nicht prüfen, ob diese Aktion derzeit gilt.)`,
  }),
  (c) => ({ h1: `Übersetzung: ${c.h1}` }),
];

// ja: listing 1 (pyjamas) takes styles 0-2, listing 2 (insoles) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下、翻訳した商品説明です：\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `**キャッチコピー（価値訴求）**\n${c.marketing_copy_a}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\n※AIによる翻訳のため、内容は必ずご確認ください。` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n他にも修正したい箇所があれば、お気軽にお申し付けください。`,
  }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
];

// es: listing 1 (knife set) takes styles 0-2, listing 2 (swim goggles) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Claro, aquí está la descripción traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `### ${c.h1}` }),
  (c) => ({ marketing_copy_b: `<em>${c.marketing_copy_b}</em>` }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nNota: como modelo de lenguaje, no puedo confirmar que estas gafas cumplan la normativa de seguridad infantil.`,
  }),
  (c) => ({ marketing_copy_c: `Texto promocional: ${c.marketing_copy_c}` }),
];

// fr: listing 1 (food jar) takes styles 0-2, listing 2 (bibs) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Traduction : ${c.translated_description}` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nJ’espère que cette proposition vous convient !` }),
  (c) => ({ h1: `<strong>${c.h1}</strong>` }),
  (c) => ({
    translated_description: `Voici la traduction française demandée :\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (En tant que modèle de langage, je n’ai pas pu vérifier les informations sur la sécurité alimentaire.)`,
  }),
];

export const ROUND_75_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap pyjamas lose their shape after a few washes.',
      'Knockoff bibs may contain fillers that are not food-grade.',
      'A counterfeit food jar will not keep your soup hot until lunch.',
      'Imitation silicone can give off a strong smell when heated.',
    ],
    slogans: ['Sweet dreams in soft cotton.', 'Warm lunch, happy day.'],
    chineseLeftovers: [],
    duplicateLead: 'Put simply: ',
    titleStuffing: ' | Bestseller, Gift Idea, Free Shipping, Top Pick, New Season',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Einlegesohlen sind nach kurzer Zeit platt.',
      'Eine Fälschung erkennt man am weichen Stahl.',
      'Nachahmungen unserer Schwimmbrille beschlagen schon nach wenigen Bahnen.',
      'Ein Imitat wird schon nach kurzer Zeit stumpf.',
    ],
    slogans: ['Weich gelandet, leicht gelaufen.', 'Klare Sicht, große Freude.'],
    chineseLeftovers: [],
    duplicateLead: 'Mit anderen Worten: ',
    titleStuffing: ' – Bestseller, Geschenkidee, Neuheit, Top-Qualität, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のインソールはすぐにへたってしまいます。',
      'コピー品のパジャマは色落ちしやすいのでご注意ください。',
      '偽物のシリコーンはにおいが残ることがあります。',
      'レプリカ商品には品質保証が付きません。',
    ],
    slogans: ['やさしい肌ざわりで、朝までぐっすり。', '足もとから、毎日を軽やかに。'],
    chineseLeftovers: ['这套睡衣的面料很软，孩子穿着很舒服。', '这双鞋垫走路的时候很有弹性，脚不会累。'],
    duplicateLead: 'つまり、',
    titleStuffing: '｜人気 ランキング上位 送料無料 ギフト 新作 セール',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los cuchillos baratos pierden el filo enseguida.',
      'Una imitación de estas gafas se empaña en cuanto entra en el agua.',
      'Las falsificaciones no traen estuche ni tapones.',
      'Unas gafas falsas pueden dejar pasar los rayos del sol.',
    ],
    slogans: ['Cortes limpios, cocina feliz.', 'Agua clara, mirada clara.'],
    chineseLeftovers: [],
    duplicateLead: 'Dicho de otro modo: ',
    titleStuffing: ' | Más vendido, idea regalo, novedad, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une boîte isotherme pas chère garde rarement la chaleur jusqu’à midi.',
      'Les contrefaçons de bavoirs ne sont pas toujours en silicone alimentaire.',
      'Méfiez-vous des faux avis sur les sites de revente.',
      'Aucune réplique ne résiste aussi bien au lave-vaisselle.',
    ],
    slogans: ['Le déjeuner chaud, partout avec vous.', 'Des repas sans taches, des sourires en plus.'],
    chineseLeftovers: [],
    duplicateLead: 'Autrement dit : ',
    titleStuffing: ' | Meilleure vente, idée cadeau, nouveauté, livraison gratuite',
  },
};
