// Blind set, round 83 (written without reading the gate, committed before it is scored): six bedding, fresh-food,
// hair-care, clothing, tableware and computer products in the categories fitted_sheet_sets, navel_oranges,
// hot_air_brushes, down_jackets, alloy_chopsticks and mechanical_keyboards, 12 hand-written listings, three artifact
// styles per listing and wording of its own. Theme: a realistic day's mix whose sources carry numbers as Chinese
// shops write them (两/双/对, 十几, 半年, 一年半, 三合一, 第二代, 约/左右, ranges with 至/到/~, 百分之, prices with a
// 折后 discount, sizes like 1米8, 斤) plus shop ratings and model codes, translated as native copywriters do (number
// words for small counts, "half a year" / "a year and a half" rather than months that the source does not name, 斤
// kept with a correct conversion in brackets, version numbers keeping their dot, decimal commas in de/es/fr, 十数 and
// 1年半 in ja). Number edits of every kind: a changed value (dropped + invented in the description, invented alone in
// the title or meta), an added spec, a wrong conversion (jin read as pounds; a wrong kilogram figure), and a value
// changed into another value of the same source (labelled number_dropped alone, since the new value is a source
// number). Artifact style of this round: the ordinary kinds the llm_artifact definition names (lead-ins, field-label
// prefixes, markdown labels, code fences, HTML tags, AI disclaimers, sign-offs, translator's notes, a question to the
// requester, an unfilled placeholder, a note to a colleague), no digits in artifacts that land in the description,
// title or meta. Legitimate numbers:
// Somna 三件套 (three-piece set, drei Teile), 一个床笠 (a fitted sheet: idiom), 两个枕套 (two pillowcases, zwei),
// 百分之百 (100%, 100 %), 60支 (60s yarn, 60er-Garn), 1米5 and 1米8 (1.5 m, 1,5 m; 1.8 m, 1,8 m), 两种尺寸 (two
// sizes, zwei Größen), 四周 (all round: part of a word, not a number), 30 cm, 40 °C, 第一次 and 一遍 (before first
// use, einmal: idioms), 一对 (a pair, ein Paar: idiom), 两套 (two sets, zwei Sets);
// Juva 300 m, 13 degrees Brix (13度前後, 13 degrés Brix), 5斤 (5斤（約2.5kg）, 5 jin (2,5 kg)), 75 to 80 mm
// (75〜80mm), 十几个 (十数個, un peu plus de dix), 48 hours (48時間, 48 heures), 两周 (2週間, deux semaines),
// 49.9 and 39.9 yuan after the 折后 discount (49.9元 / 39.9元, 49,90 / 39,90 yuans), 两箱 (2箱, deux cartons), idioms
// 这一箱, 坏一个赔一个, 一把 (a peeler), 几下 (a few times: not a number); the ja text also has 万一 (in case: a word);
// Voluma 第二代 (second-generation, 2nd Gen, de segunda generación), 三合一 (3-in-1, 3 en 1), 两个 (two heads,
// dos cabezales), 1000 W (1,000 W, 1000 W), 三档 (three settings, tres niveles), 55 to 95 °C (131 °F to 203 °F in en),
// about 80 g, about 420 g, 十几分钟 (more than ten minutes, más de diez minutos), 1米8 (1.8 m, 1,8 m), 360 degrees,
// 半年 (half a year, medio año), 一年半 (a year and a half, año y medio), 上一代 (the previous generation: no number);
// Norvik 百分之九十 and 90 (90 %), about 220 g, about 600 (rund 600 cuin, environ 600 cuin), 零下20度 (minus 20 Grad,
// -20 °C, moins 20 degrés), 双层 (doppelt gelegt, à double bord: not a number), 1米7 to 1米8 (1,70 bis 1,80 m,
// 1,70 m à 1,80 m), 130 to 150 斤 (130 bis 150 Jin (65 bis 75 kg), 130 à 150 jin (65 à 75 kg)), 两个码 (zwei
// Größen, deux tailles), 大一码 (the larger size: idiom), 三种 (drei Farben, trois coloris), 4.9 (4,9), 半年 (vor
// einem halben Jahr, une demi-année), 两万多 (über 20.000, plus de 20 000 with a narrow no-break space);
// Tavo 10双 (10膳, 10 Paar), 24 cm, 一家人 (the whole family: idiom), PPS (no number), about 200 °C (約200℃),
// 一年半 (1年半, anderthalb Jahre), 五种颜色 (5色, fünf Farben), 半年 (半年, einem halben Jahr), 一次 (idiom), 两双
// (2膳, zwei Paar);
// Typo K87 (model, 87), 87 keys (87 teclas), 三模 / 三种 / 三台 (tri-mode, three ways, three devices; triple modo,
// tres maneras, tres dispositivos), Bluetooth 5.1 (a version: 5.1 in every locale), 2.4G (2.4 GHz, 2,4 GHz), 一键
// (idiom), 4000 mAh (4,000 mAh, 4000 mAh), about 200 hours, 双色注塑 (double-shot, doble inyección: not a number),
// 两档 (two-level, dos niveles), 4.8 (4,8), 98%, 269 and 30 yuan (yuanes).
// Number edits: Somna en 60s yarn gains a 300 thread count (added spec: invented), de 40 → 30 °C (30 is the source's
// mattress depth: dropped only); Juva ja 5斤（約2.5kg） → 約3kg (wrong conversion: invented), fr 48 → 24 heures
// (dropped + invented); Voluma en title 1,000 → 1,200 W (invented), es about 80 → 100 g lighter (dropped + invented);
// Norvik de (65 bis 75 kg) → (59 bis 68 kg), jin read as pounds (wrong conversion: invented), fr meta rating 4,9 →
// 4,7 (invented); Tavo ja 24cm → 23cm (dropped + invented), de PPS alloy gains 30 % glass fibre (added spec:
// invented); Typo en meta rated 4.8 → 4.8 out of 5 (added scale: invented), es dos → tres niveles (three is a
// source number: dropped only).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const SHEET_ZH = 'Somna 纯棉床笠三件套 60支长绒棉 1米5/1米8床';
const SHEET_SRC =
  'Somna 床笠三件套包含一个床笠和两个枕套，面料是百分之百新疆长绒棉，60支纱线织成，摸起来滑滑的，越洗越软。有1米5和1米8两种尺寸，床笠四周全包松紧带，适合厚度30厘米以内的床垫，翻身也不会跑位。采用活性印染，不含甲醛，宝宝也能放心睡。建议40℃以下水洗，第一次使用前先用清水过一遍。现在买任意一套加送一对同色枕巾，不少顾客一买就是两套，换着用。';
const ORANGE_ZH = 'Juva 赣南脐橙 5斤装 果径75-80mm';
const ORANGE_SRC =
  'Juva 赣南脐橙产自江西赣州海拔300米以上的山地果园，在树上自然挂果到完全成熟才采摘，甜度在13度左右，酸甜适中，果肉化渣。这一箱5斤装，挑选果径75至80毫米的中大果，大约十几个。现摘现发，下单后48小时内发货，冷藏可以放两周左右。收到后如有坏果，拍照联系客服，坏一个赔一个。原价49.9元，现在折后只要39.9元，买两箱还送一把剥橙器。小技巧：先把橙子在桌上滚几下，皮更好剥。';
const BRUSH_ZH = 'Voluma 第二代三合一热风梳 1000W 负离子';
const BRUSH_SRC =
  'Voluma 第二代三合一热风梳，吹干、造型、卷发一把搞定，配有两个可替换梳头：圆筒梳和顺发梳。功率1000瓦，三档风温约55℃~95℃，另有冷风档帮助定型。内置负离子发生器，吹完头发顺滑不毛躁。比上一代轻了约80克，整机约420克，举着吹十几分钟手也不酸。电源线长1米8，可360度旋转，不会缠线。半年内有质量问题只换不修，整机保修一年半。';
const JACKET_ZH = 'Norvik 男士中长款羽绒服 90白鸭绒 零下20度可穿';
const JACKET_SRC =
  'Norvik 男士中长款羽绒服，填充百分之九十白鸭绒，充绒量约220克，蓬松度600左右，零下20度的北方冬天也扛得住。面料防泼水，小雨小雪不用怕。帽子可拆卸，袖口有双层防风罗纹。尺码建议：身高1米7到1米8、体重130到150斤选XL码，介于两个码之间的选大一码。颜色有黑、藏青、卡其三种。店铺评分4.9分，上架半年已卖出两万多件。';
const CHOP_ZH = 'Tavo 家用合金筷子 10双装 耐高温 不发霉';
const CHOP_SRC =
  'Tavo 合金筷子一盒10双，每双长24厘米，一家人吃饭正好够用。采用PPS合金材质，耐高温约200℃，可以放进消毒柜和洗碗机，用上一年半也不发霉、不变形。筷头有螺纹防滑设计，夹鱼丸、面条都不打滑。筷尾印有五种颜色的小花纹，每人认准自己的颜色，再也不会拿错。竹木筷一般半年就该换一次，合金筷能省下不少钱。现在下单再多送两双，来客人也够用。';
const KEY_ZH = 'Typo K87 三模机械键盘 热插拔 4000毫安';
const KEY_SRC =
  'Typo K87三模机械键盘，87键紧凑布局，支持蓝牙5.1、2.4G无线和有线三种连接方式，最多同时连接三台设备，一键切换。内置4000毫安电池，关闭背光时续航约200小时。全键热插拔，换轴不用焊。双色注塑PBT键帽，手油多也不打油。背面有两档脚撑，打字角度可调。店铺评分4.8分，好评率98%。新品首发价269元，比日常价少30元，下单即送拔键器。';

export const ROUND_83_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'fitted_sheet_sets',
    'en',
    SHEET_ZH,
    SHEET_SRC,
    {
      translated_description:
        'The Somna fitted sheet set is a three-piece set: a fitted sheet and two pillowcases. The fabric is 100% Xinjiang long-staple cotton woven from 60s yarn, so it feels silky to the touch and gets softer with every wash. It comes in two sizes, for 1.5 m and 1.8 m beds, and the elastic runs all the way round the fitted sheet, so it suits mattresses up to 30 cm deep and stays put when you turn over in your sleep. Reactive dyeing keeps it free of formaldehyde, so even little ones can sleep on it without a worry. We recommend washing it at 40 °C or below, and rinsing it once in clean water before first use. Right now every set comes with a free pair of matching pillow towels, and many customers buy two sets at once so they can switch between them.',
      seo_title: 'Somna 100% Cotton Fitted Sheet Set for 1.5 m & 1.8 m Beds',
      meta_description:
        'Three-piece Somna fitted sheet set in 100% long-staple cotton: silky 60s yarn, elastic all round for mattresses up to 30 cm deep, two pillowcases included.',
      h1: 'Somna – Soft Cotton Sheets That Stay in Place',
      marketing_copy_a:
        'A fitted sheet and two pillowcases in pure long-staple cotton, with elastic that really holds on to a deep mattress. Order your Somna set today.',
      marketing_copy_b:
        'Slip into bed after a long day and feel cool, smooth cotton that only grows softer with time. It is the small luxury you notice every single night. Discover Somna.',
      marketing_copy_c:
        'Launch offer: a free pair of matching pillow towels with every set. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'woven from 60s yarn',
      replace: 'woven from 60s yarn to a 300 thread count',
      labels: ['number_invented'],
    },
    'We recommend washing it at 40 °C or below, and rinsing it once in clean water before first use.',
  ),
  listing(
    'p01',
    'fitted_sheet_sets',
    'de',
    SHEET_ZH,
    SHEET_SRC,
    {
      translated_description:
        'Das Spannbettlaken-Set Somna besteht aus drei Teilen: einem Spannbettlaken und zwei Kissenbezügen. Der Stoff ist zu 100 % aus langstapeliger Xinjiang-Baumwolle, gewebt aus feinem 60er-Garn – er fühlt sich seidig glatt an und wird mit jeder Wäsche weicher. Es gibt zwei Größen, für Betten mit 1,5 m und 1,8 m Breite. Das Gummiband läuft rundum, so passt das Laken auf Matratzen bis 30 cm Höhe und verrutscht auch nicht, wenn Sie sich nachts umdrehen. Dank Reaktivfärbung ist es frei von Formaldehyd, sodass auch die Kleinsten unbesorgt darauf schlafen. Wir empfehlen, bei höchstens 40 °C zu waschen und das Set vor dem ersten Gebrauch einmal mit klarem Wasser durchzuspülen. Aktuell gibt es zu jedem Set ein Paar passende Kissentücher gratis dazu – viele Kundinnen und Kunden nehmen gleich zwei Sets, zum Wechseln.',
      seo_title: 'Somna Spannbettlaken-Set, 100 % Baumwolle, 1,5 und 1,8 m',
      meta_description:
        'Spannbettlaken mit zwei Kissenbezügen aus 100 % Langstapel-Baumwolle: seidiges 60er-Garn, Rundum-Gummizug für Matratzen bis 30 cm Höhe, formaldehydfrei.',
      h1: 'Somna – Baumwolle, die glatt und straff bleibt',
      marketing_copy_a:
        'Drei Teile aus reiner Langstapel-Baumwolle und ein Gummizug, der auch hohe Matratzen fest im Griff hat. Jetzt bestellen.',
      marketing_copy_b:
        'Nach einem langen Tag in kühle, glatte Baumwolle sinken und merken, dass sie von Wäsche zu Wäsche schöner wird. Entdecken Sie Somna.',
      marketing_copy_c:
        'Zum Start gibt es ein Paar passende Kissentücher gratis zu jedem Set. Sichern Sie sich Ihr Set jetzt.',
    },
    {
      field: 'translated_description',
      find: 'bei höchstens 40 °C',
      replace: 'bei höchstens 30 °C',
      labels: ['number_dropped'],
    },
    'Wir empfehlen, bei höchstens 40 °C zu waschen und das Set vor dem ersten Gebrauch einmal mit klarem Wasser durchzuspülen.',
  ),
  listing(
    'p02',
    'navel_oranges',
    'ja',
    ORANGE_ZH,
    ORANGE_SRC,
    {
      translated_description:
        'Juvaのネーブルオレンジは、中国・江西省南部の標高300m以上の山あいの果樹園で育ちました。樹上で完熟するまで待ってから収穫し、糖度は13度前後。甘みと酸味のバランスがよく、果肉はとろけるような口当たりです。ひと箱5斤（約2.5kg）入りで、果径75〜80mmの中玉〜大玉を厳選し、十数個が入っています。収穫したてをそのまま発送し、ご注文から48時間以内に出荷。冷蔵で2週間ほど保存できます。万一傷んだ果実が届いた場合は、写真を撮ってカスタマーサービスまでご連絡ください。傷んだ分はひとつずつ交換いたします。通常価格49.9元のところ、今なら割引後39.9元。2箱ご購入の方には、オレンジピーラーもおつけします。ちょっとしたコツ：むく前にオレンジを机の上で何度か転がすと、皮がぐっとむきやすくなります。',
      seo_title: 'Juva ネーブルオレンジ 5斤（約2.5kg）果径75〜80mm',
      meta_description:
        '標高300m以上の山地で完熟させたネーブルオレンジ。糖度13度前後、果径75〜80mmの中玉〜大玉を厳選し、ご注文から48時間以内に発送します。',
      h1: 'Juva 樹上完熟の甘いオレンジ',
      marketing_copy_a:
        '糖度もサイズも選び抜いたオレンジを、産地から直送。傷んだ果実は交換保証つきで安心です。今すぐ購入。',
      marketing_copy_b:
        'ひと房口に入れると、果汁がじゅわっとあふれます。冬の食卓がぱっと明るくなる味です。ぜひチェックしてください。',
      marketing_copy_c: '今なら割引価格でご提供中。まとめ買いでピーラーもついてきます。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '5斤（約2.5kg）',
      replace: '5斤（約3kg）',
      labels: ['number_invented'],
    },
    '通常価格49.9元のところ、今なら割引後39.9元。',
  ),
  listing(
    'p02',
    'navel_oranges',
    'fr',
    ORANGE_ZH,
    ORANGE_SRC,
    {
      translated_description:
        'Les oranges navel Juva poussent dans des vergers de montagne situés à plus de 300 m d’altitude, à Ganzhou, dans la province du Jiangxi. On les laisse mûrir sur l’arbre jusqu’à pleine maturité avant de les cueillir : leur taux de sucre tourne autour de 13 degrés Brix, avec un bel équilibre entre douceur et acidité et une chair fondante. Chaque carton de 5 jin (2,5 kg) réunit des fruits moyens à gros, d’un calibre de 75 à 80 mm, soit un peu plus de dix oranges. Cueillies à la commande, elles sont expédiées dans les 48 heures et se conservent environ deux semaines au réfrigérateur. Si un fruit arrive abîmé, envoyez une photo à notre service client : chaque orange abîmée est remplacée. Prix habituel 49,90 yuans, aujourd’hui 39,90 yuans après remise, et un éplucheur à agrumes est offert pour deux cartons achetés. Petite astuce : roulez l’orange quelques fois sur la table avant de l’éplucher, la peau se retire bien plus facilement.',
      seo_title: 'Oranges navel Juva, carton de 5 jin (2,5 kg)',
      meta_description:
        'Oranges navel mûries sur l’arbre en montagne : environ 13 degrés Brix, calibre de 75 à 80 mm, expédition sous 48 heures et fruits abîmés remplacés.',
      h1: 'Juva, le soleil du Jiangxi dans votre corbeille',
      marketing_copy_a:
        'Des oranges triées une à une, calibrées et garanties : chaque fruit abîmé est remplacé sans discussion. Commandez votre carton Juva.',
      marketing_copy_b:
        'Un quartier en bouche, et le jus coule déjà sur les doigts. Un goût d’hiver ensoleillé, à partager en famille. Découvrez Juva.',
      marketing_copy_c:
        'En ce moment, prix réduit et éplucheur offert pour toute commande groupée. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'dans les 48 heures',
      replace: 'dans les 24 heures',
      labels: ['number_dropped', 'number_invented'],
    },
    'Prix habituel 49,90 yuans, aujourd’hui 39,90 yuans après remise, et un éplucheur à agrumes est offert pour deux cartons achetés.',
  ),
  listing(
    'p03',
    'hot_air_brushes',
    'en',
    BRUSH_ZH,
    BRUSH_SRC,
    {
      translated_description:
        'The second-generation Voluma 3-in-1 hot air brush dries, styles and curls in a single tool, and comes with two interchangeable heads: a round brush and a smoothing brush. It runs at 1,000 W with three heat settings from about 55 °C to 95 °C (131 °F to 203 °F), plus a cool shot to set your style. A built-in ion generator leaves your hair smooth and frizz-free after drying. It is about 80 g lighter than the previous generation and weighs about 420 g in all, so your arm won’t tire even after more than ten minutes of styling. The 1.8 m power cord swivels through 360 degrees, so it never gets tangled. If a quality problem turns up within half a year, we replace the brush outright rather than repairing it, and the whole unit carries a warranty of a year and a half.',
      seo_title: 'Voluma 3-in-1 Hot Air Brush, 2nd Gen, 1,000 W',
      meta_description:
        'Second-generation 3-in-1 hot air brush that dries, styles and curls: three heat settings, a cool shot, ion care and a 1.8 m swivel cord. About 420 g.',
      h1: 'Voluma – Salon-Smooth Blow-Dries at Home',
      marketing_copy_a:
        'One brush instead of a dryer, a round brush and a curler: less clutter on the shelf and less time in front of the mirror. Get your Voluma now.',
      marketing_copy_b:
        'Soft waves, glossy ends and not a single frizzy strand – the kind of hair day that puts a spring in your step. Treat yourself to Voluma.',
      marketing_copy_c:
        'Launch week: a free heat-resistant storage pouch with every Voluma. Order today while stocks last.',
    },
    { field: 'seo_title', find: '1,000 W', replace: '1,200 W', labels: ['number_invented'] },
    'It is about 80 g lighter than the previous generation and weighs about 420 g in all, so your arm won’t tire even after more than ten minutes of styling.',
  ),
  listing(
    'p03',
    'hot_air_brushes',
    'es',
    BRUSH_ZH,
    BRUSH_SRC,
    {
      translated_description:
        'El cepillo de aire caliente Voluma de segunda generación es un 3 en 1: seca, da forma y riza con una sola herramienta, e incluye dos cabezales intercambiables, un cepillo redondo y un cepillo alisador. Tiene una potencia de 1000 W y tres niveles de temperatura, de unos 55 °C a 95 °C, además de un botón de aire frío para fijar el peinado. Su generador de iones integrado deja el pelo suave y sin encrespamiento. Pesa unos 80 g menos que la generación anterior, unos 420 g en total, así que puedes peinarte durante más de diez minutos sin que se te canse el brazo. El cable de 1,8 m gira 360 grados y no se enreda. Si aparece un defecto de calidad en un plazo de medio año, te lo cambiamos por uno nuevo en lugar de repararlo, y el aparato tiene una garantía de año y medio.',
      seo_title: 'Cepillo de aire caliente Voluma 3 en 1, 1000 W',
      meta_description:
        'Cepillo de aire caliente 3 en 1 de segunda generación: seca, moldea y riza, con tres temperaturas, aire frío, iones y solo unos 420 g de peso.',
      h1: 'Voluma, melena de peluquería en casa',
      marketing_copy_a:
        'Un solo aparato en lugar de secador, cepillo redondo y rizador: menos trastos en el baño y menos tiempo frente al espejo. Compra tu Voluma.',
      marketing_copy_b:
        'Ondas suaves, puntas brillantes y ni un pelo encrespado: de esos días en que el espejo te sonríe. Descubre Voluma.',
      marketing_copy_c: 'Semana de lanzamiento: funda térmica de regalo con cada Voluma. Pídelo ya.',
    },
    {
      field: 'translated_description',
      find: 'Pesa unos 80 g menos',
      replace: 'Pesa unos 100 g menos',
      labels: ['number_dropped', 'number_invented'],
    },
    'El cable de 1,8 m gira 360 grados y no se enreda.',
  ),
  listing(
    'p04',
    'down_jackets',
    'de',
    JACKET_ZH,
    JACKET_SRC,
    {
      translated_description:
        'Die mittellange Herren-Daunenjacke von Norvik ist mit 90 % weißen Entendaunen gefüllt; die Füllmenge beträgt etwa 220 g, die Bauschkraft rund 600 cuin – damit hält sie auch einem nordchinesischen Winter mit minus 20 Grad stand. Der Oberstoff ist wasserabweisend, leichter Regen oder Schnee machen ihm nichts aus. Die Kapuze ist abnehmbar, und die Ärmelbündchen sind doppelt gelegt, damit kein Wind hineinzieht. Unsere Größenempfehlung: Bei 1,70 bis 1,80 m Körpergröße und 130 bis 150 Jin (65 bis 75 kg) Gewicht passt XL; wer zwischen zwei Größen liegt, nimmt besser die größere. Erhältlich in drei Farben: Schwarz, Marineblau und Khaki. Unser Shop ist mit 4,9 bewertet, und seit dem Verkaufsstart vor einem halben Jahr haben wir über 20.000 Jacken verkauft.',
      seo_title: 'Norvik Herren-Daunenjacke, 90 % Entendaunen, bis -20 °C',
      meta_description:
        'Mittellange Daunenjacke für Herren mit 90 % weißen Entendaunen und rund 220 g Füllung: wasserabweisend, abnehmbare Kapuze, warm bis minus 20 Grad.',
      h1: 'Norvik – warm durch den härtesten Winter',
      marketing_copy_a:
        'Echte Daunen, abnehmbare Kapuze und wasserabweisender Stoff: eine Jacke für die ganze kalte Saison, vom Arbeitsweg bis zum Spaziergang im Schnee. Jetzt bestellen.',
      marketing_copy_b:
        'Eisiger Wind auf dem Bahnsteig, und Ihnen ist trotzdem warm bis in die Fingerspitzen. So fühlt sich Winter plötzlich gemütlich an. Entdecken Sie Norvik.',
      marketing_copy_c:
        'Nur diese Woche: eine Strickmütze gratis zu jeder Norvik-Jacke. Sichern Sie sich Ihre Jacke jetzt.',
    },
    {
      field: 'translated_description',
      find: '(65 bis 75 kg)',
      replace: '(59 bis 68 kg)',
      labels: ['number_invented'],
    },
    'Unser Shop ist mit 4,9 bewertet, und seit dem Verkaufsstart vor einem halben Jahr haben wir über 20.000 Jacken verkauft.',
  ),
  listing(
    'p04',
    'down_jackets',
    'fr',
    JACKET_ZH,
    JACKET_SRC,
    {
      translated_description:
        'La doudoune mi-longue pour homme Norvik est garnie à 90 % de duvet de canard blanc, avec environ 220 g de garnissage et un gonflant d’environ 600 cuin : de quoi affronter les hivers du nord de la Chine, jusqu’à moins 20 degrés. Le tissu déperlant ne craint ni la petite pluie ni la neige légère. La capuche est amovible et les poignets à double bord côte coupent le vent. Conseil de taille : pour 1,70 m à 1,80 m et 130 à 150 jin (65 à 75 kg), prenez le XL ; si vous hésitez entre deux tailles, choisissez la plus grande. Trois coloris au choix : noir, bleu marine et kaki. Notre boutique est notée 4,9, et plus de 20\u202f000 doudounes ont été vendues en l’espace d’une demi-année.',
      seo_title: 'Doudoune mi-longue homme Norvik, 90 % duvet de canard',
      meta_description:
        'Doudoune homme Norvik garnie à 90 % de duvet de canard blanc, environ 220 g de garnissage, chaude jusqu’à moins 20 degrés, boutique notée 4,9.',
      h1: 'Norvik, la chaleur qui tient tout l’hiver',
      marketing_copy_a:
        'Du vrai duvet, une capuche amovible et un tissu déperlant : une seule veste pour toute la saison froide, du trajet au bureau à la balade dans la neige. Commandez votre Norvik.',
      marketing_copy_b:
        'Le vent glacé siffle sur le quai, et pourtant vous avez chaud jusqu’au bout des doigts. L’hiver en deviendrait presque douillet. Découvrez Norvik.',
      marketing_copy_c:
        'Cette semaine seulement : un bonnet en maille offert avec chaque doudoune. Profitez-en vite !',
    },
    { field: 'meta_description', find: 'notée 4,9', replace: 'notée 4,7', labels: ['number_invented'] },
    'Conseil de taille : pour 1,70 m à 1,80 m et 130 à 150 jin (65 à 75 kg), prenez le XL ; si vous hésitez entre deux tailles, choisissez la plus grande.',
  ),
  listing(
    'p05',
    'alloy_chopsticks',
    'ja',
    CHOP_ZH,
    CHOP_SRC,
    {
      translated_description:
        'Tavoの合金箸は10膳入りで、長さは24cm。家族みんなで使うのにちょうどいい本数です。素材はPPS合金で、約200℃まで耐えられる耐熱性があり、食器消毒保管庫や食洗機にも入れられます。1年半使ってもカビが生えず、変形もしません。箸先には滑り止めの溝が刻まれていて、つみれや麺もしっかりつかめます。持ち手の端には5色の小さな柄がプリントされているので、自分の色を決めておけば、もう取り違えることはありません。竹や木の箸はふつう半年ごとに買い替えが必要ですが、合金箸ならその分の出費を抑えられます。今ご注文いただくと、さらに2膳をおまけでお付けします。来客時にも足りなくなりません。',
      seo_title: 'Tavo 合金箸 10膳セット 食洗機対応 耐熱200℃',
      meta_description:
        '長さ24cm、10膳入りの合金箸。約200℃の耐熱性で食洗機にも対応し、カビや変形に強く、毎日の食卓で長く使えます。',
      h1: 'Tavo 毎日の食卓に、長く使えるお箸',
      marketing_copy_a:
        'カビにくく、食洗機もOK、家族分がそろうセット。買い替えの手間がぐっと減ります。今すぐ購入。',
      marketing_copy_b:
        '家族それぞれの色のお箸が並ぶと、いつもの食卓が少し楽しくなります。詳しくはこちらからチェック。',
      marketing_copy_c: '今ならおまけのお箸つき。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '長さは24cm',
      replace: '長さは23cm',
      labels: ['number_dropped', 'number_invented'],
    },
    '持ち手の端には5色の小さな柄がプリントされているので、自分の色を決めておけば、もう取り違えることはありません。',
  ),
  listing(
    'p05',
    'alloy_chopsticks',
    'de',
    CHOP_ZH,
    CHOP_SRC,
    {
      translated_description:
        'Die Tavo-Essstäbchen aus Legierung kommen zu 10 Paar in einer Box, jedes Paar ist 24 cm lang – genau richtig für die ganze Familie. Sie bestehen aus einer PPS-Legierung, sind hitzebeständig bis etwa 200 °C und dürfen in den Sterilisationsschrank und in die Spülmaschine; auch nach anderthalb Jahren schimmeln sie nicht und verziehen sich nicht. Die Spitzen haben ein rutschfestes Rillenprofil, sodass Fischbällchen und Nudeln sicher halten. Am oberen Ende sind kleine Muster in fünf Farben aufgedruckt: Jeder merkt sich seine Farbe, und niemand greift mehr daneben. Bambus- und Holzstäbchen sollte man meist nach einem halben Jahr ersetzen, mit den Legierungsstäbchen sparen Sie auf Dauer einiges. Wer jetzt bestellt, bekommt zwei Paar zusätzlich dazu – praktisch, wenn Besuch kommt.',
      seo_title: 'Tavo Essstäbchen aus Legierung, 10 Paar, bis 200 °C',
      meta_description:
        'Wiederverwendbare Essstäbchen aus PPS-Legierung, 24 cm lang, hitzebeständig bis etwa 200 °C und spülmaschinenfest: kein Schimmel, kein Verziehen.',
      h1: 'Tavo – Stäbchen, die lange halten',
      marketing_copy_a:
        'Kein Schimmel, kein Verziehen und spülmaschinenfest: ein Set, das Bambusstäbchen locker überdauert. Jetzt bestellen.',
      marketing_copy_b:
        'Wenn jeder am Tisch seine eigene Farbe hat, wird das Abendessen ein bisschen fröhlicher. Entdecken Sie Tavo.',
      marketing_copy_c:
        'Aktion: zwei Paar extra gratis zu jeder Box – jetzt in den Warenkorb, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'aus einer PPS-Legierung',
      replace: 'aus einer PPS-Legierung mit 30 % Glasfaseranteil',
      labels: ['number_invented'],
    },
    'Am oberen Ende sind kleine Muster in fünf Farben aufgedruckt: Jeder merkt sich seine Farbe, und niemand greift mehr daneben.',
  ),
  listing(
    'p06',
    'mechanical_keyboards',
    'en',
    KEY_ZH,
    KEY_SRC,
    {
      translated_description:
        'The Typo K87 tri-mode mechanical keyboard has a compact 87-key layout and connects three ways – Bluetooth 5.1, 2.4 GHz wireless or cable – to up to three devices at once, switching between them at the press of a key. Its built-in 4,000 mAh battery lasts about 200 hours with the backlight off. Every key is hot-swappable, so you can change switches without soldering. The double-shot PBT keycaps don’t turn shiny, even under oily fingers. Two-level feet on the back let you adjust the typing angle. Our shop is rated 4.8, with 98% positive reviews. The launch price is 269 yuan, 30 yuan less than the regular price, and every order comes with a free keycap puller.',
      seo_title: 'Typo K87 Tri-Mode Mechanical Keyboard, Hot-Swap, 87 Keys',
      meta_description:
        'Compact tri-mode mechanical keyboard with Bluetooth 5.1, 2.4 GHz and cable, hot-swap switches and a 4,000 mAh battery. Shop rated 4.8.',
      h1: 'Typo K87 – Type Anywhere, Connect Everything',
      marketing_copy_a:
        'One keyboard for your laptop, tablet and phone, with switches you can swap in seconds and keycaps that stay looking new. Get your K87 today.',
      marketing_copy_b:
        'That crisp, satisfying click under your fingertips makes even a long report feel lighter. Typing becomes something to look forward to. Discover the Typo K87.',
      marketing_copy_c:
        'Launch offer: a free keycap puller with every K87. Shop now while the launch price lasts.',
    },
    {
      field: 'meta_description',
      find: 'Shop rated 4.8.',
      replace: 'Shop rated 4.8 out of 5.',
      labels: ['number_invented'],
    },
    'The launch price is 269 yuan, 30 yuan less than the regular price, and every order comes with a free keycap puller.',
  ),
  listing(
    'p06',
    'mechanical_keyboards',
    'es',
    KEY_ZH,
    KEY_SRC,
    {
      translated_description:
        'El teclado mecánico Typo K87 de triple modo tiene un formato compacto de 87 teclas y se conecta de tres maneras (Bluetooth 5.1, inalámbrico de 2,4 GHz o por cable) hasta con tres dispositivos a la vez, que alternas con una sola tecla. Su batería integrada de 4000 mAh dura unas 200 horas con la retroiluminación apagada. Todas las teclas son hot-swap, así que cambias los switches sin soldar nada. Las teclas de PBT de doble inyección no se vuelven brillantes aunque tengas las manos grasas. Las patas traseras tienen dos niveles, para ajustar el ángulo de escritura. Nuestra tienda tiene una valoración de 4,8 y un 98 % de opiniones positivas. El precio de lanzamiento es de 269 yuanes, 30 yuanes menos que el precio habitual, y cada pedido incluye un extractor de teclas de regalo.',
      seo_title: 'Teclado mecánico Typo K87 de 87 teclas, triple modo',
      meta_description:
        'Teclado mecánico compacto con Bluetooth 5.1, 2,4 GHz y cable, switches hot-swap, teclas PBT de doble inyección y batería de 4000 mAh.',
      h1: 'Typo K87, escribe donde quieras',
      marketing_copy_a:
        'Un solo teclado para el portátil, la tableta y el móvil, con switches que cambias en segundos y teclas que no se desgastan. Compra tu K87.',
      marketing_copy_b:
        'Ese clic nítido bajo los dedos hace que hasta el informe más largo se escriba con ganas. Escribir vuelve a ser un placer. Descubre el Typo K87.',
      marketing_copy_c:
        'Oferta de lanzamiento: extractor de teclas de regalo con cada K87. Pídelo ya, antes de que suba el precio.',
    },
    {
      field: 'translated_description',
      find: 'tienen dos niveles',
      replace: 'tienen tres niveles',
      labels: ['number_dropped'],
    },
    'Nuestra tienda tiene una valoración de 4,8 y un 98 % de opiniones positivas.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (fitted sheets) takes styles 0-2, listing 2 (hot air brush) 3-5, listing 3 (keyboard) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here is the translated product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `**Value-focused copy:** ${c.marketing_copy_a}` }),
  (c) => ({ h1: `H1: ${c.h1}` }),
  (c) => ({ translated_description: `\`\`\`markdown\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHope this helps! Let me know if you need any tweaks.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '[Translator’s note: “hot-swappable” is kept in English, as is usual in keyboard listings.]',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (As an AI language model, I haven’t typed on this keyboard, so the feel of the switches is described from the source text.)`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} [Insert shop link here]` }),
];

// de: listing 1 (fitted sheets) takes styles 0-2, listing 2 (down jacket) 3-5, listing 3 (chopsticks) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne! Hier ist die deutsche Übersetzung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `**Emotionaler Text:** ${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, das hilft Ihnen weiter! Melden Sie sich gern, wenn Sie noch etwas ändern möchten.`,
  }),
  (c) => ({ h1: `Überschrift (H1): ${c.h1}` }),
  (c) => ({ translated_description: afterSentence(c.translated_description, 3, '<br><br>') }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Hinweis: Als KI-Sprachmodell kann ich die Größenangaben nicht selbst überprüfen.)`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Anmerkung zur Übersetzung: „PPS“ bleibt als Materialbezeichnung unübersetzt.)',
    ),
  }),
  (c) => ({ marketing_copy_b: `\`\`\`\n${c.marketing_copy_b}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Soll ich die Aktion noch auf einen bestimmten Zeitraum begrenzen?`,
  }),
];

// ja: listing 1 (oranges) takes styles 0-2, listing 2 (chopsticks) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下、商品説明の日本語訳です。\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `【価値訴求コピー】${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nほかにも修正があれば、お気軽にお申し付けください。`,
  }),
  (c) => ({ translated_description: `<p>${c.translated_description}</p>` }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}（※「お箸」は丁寧すぎる場合、「箸」に統一できます。）`,
  }),
];

// es: listing 1 (hot air brush) takes styles 0-2, listing 2 (keyboard) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la descripción traducida:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `**${c.h1}**` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} ¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
  (c) => ({ translated_description: `\`\`\`html\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ marketing_copy_a: `<strong>${c.marketing_copy_a}</strong>` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (Como modelo de lenguaje, no he probado el teclado; el tacto de las teclas se describe según el texto original.)`,
  }),
];

// fr: listing 1 (oranges) takes styles 0-2, listing 2 (down jacket) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_b: `Accroche émotionnelle : ${c.marketing_copy_b}` }),
  (c) => ({ translated_description: `Voici la traduction en français :\n\n${c.translated_description}` }),
  (c) => ({ h1: `${c.h1} – {{nom_boutique}}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nJ’espère que cette traduction vous convient !`,
  }),
  (c) => ({ marketing_copy_a: `<em>${c.marketing_copy_a}</em>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (Claire, peux-tu vérifier le nom exact du bonnet offert ?)`,
  }),
];

export const ROUND_83_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap cotton sheets start pilling after a few washes.',
      'Knockoff hair brushes often run far too hot.',
      'A fake keyboard switch rarely survives heavy typing.',
      'Counterfeit listings often reuse our product photos.',
    ],
    slogans: ['Sleep soft, wake happy.', 'Good hair days, every day.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Gift Idea, Best Seller, New Arrival, Free Shipping, Top Deal',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Bettwäsche verliert schnell ihre Form.',
      'Eine Fälschung erkennt man an der dünnen Füllung.',
      'Nachahmungen unserer Stäbchen verfärben sich schnell.',
      'Imitate aus dem Internet halten selten lange.',
    ],
    slogans: ['Gut geschlafen, gut gelaunt.', 'Warm durch jeden Winter.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurzum: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Top-Angebot, Versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の箸はすぐに変形してしまいます。',
      '偽物の産地表示にご注意ください。',
      'コピー品の箸は耐熱性が保証されていません。',
      '模倣品のオレンジは甘さが足りません。',
    ],
    slogans: ['冬の甘さを、箱いっぱいに。', '毎日の食卓に、ちょうどいい。'],
    chineseLeftovers: ['这个橙子很甜，孩子们都很喜欢吃。', '这款筷子用了很久，也没有发霉变形。'],
    duplicateLead: 'つまり、',
    titleStuffing: '｜人気 おすすめ ギフト 新作 送料無料 即日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los cepillos baratos queman el pelo.',
      'Una imitación de teclado dura muy poco.',
      'Las falsificaciones no traen garantía.',
      'Un cepillo falso puede estropearte el pelo.',
    ],
    slogans: ['Tu melena, tu estilo.', 'Escribe con ganas.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Regalo, novedad, más vendido, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une doudoune pas chère perd vite son duvet.',
      'Les contrefaçons de doudounes sont souvent mal cousues.',
      'Méfiez-vous des fausses oranges « de montagne ».',
      'Aucune réplique n’offre la même chaleur.',
    ],
    slogans: ['Le soleil, même en hiver.', 'Chaud dedans, serein dehors.'],
    chineseLeftovers: [],
    duplicateLead: 'En un mot : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
