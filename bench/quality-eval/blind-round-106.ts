// Blind set, round 106 (written without reading the gate, committed before it is scored): six men's grooming,
// swimming, computer-cable and children's clothing products in the categories nose_hair_trimmers,
// silicone_swim_caps, usb_c_hubs, hdmi_cables, kids_thermal_underwear_sets and beard_oils, 12 hand-written listings,
// three artifact styles per listing and wording of its own. Theme: a realistic day's mix of what a big cross-border
// shop sells. Sources carry many legitimate numbers in the forms Chinese shops really use (约, 以上, ranges with 到
// and -, 两/双/对, Chinese number words such as 七合一, 三种 and 1万, model codes with digits, 百分之 and % percentages,
// a year and a date), and the clean listings render them as a native writer would (number words for small counts,
// conversions in brackets for en, decimal commas in de/es/fr, a month name for 10月 in de/es, 約/〜 in ja). Number
// edits of the ordinary kinds: a changed value in the description (dropped + invented), a changed value in the title
// or meta (invented), an added spec, a changed unit conversion. Artifact style of this round: mostly the common kinds
// the llm_artifact definition names (lead-ins before the description, markdown labels, field-label prefixes, code
// fences, HTML tags, AI disclaimers, sign-offs), a few subtler ones (a translator's note inside the description, a
// question to the requester, an unfilled template placeholder, one line of English chatter in a German copy); no
// digits in artifacts that land in the description, title or meta. The clean listings use a natural shop voice with
// "Tip:", "ワンポイント：" and "How to use:" / "使い方：" labels that belong to the copy. Legitimate numbers:
// Kenro NT-20 (model, 20), 双刃 (dual-edge, デュアルエッジ: not a number), about 8000 rpm (8,000 rpm, 約8000回転),
// IPX6 (6), 400 mAh, about 1.5 hours (約1.5時間), 2 minutes a day (1日2分), about 60 days, 两个 (two spare heads,
// 交換用の刃2個), about 1 cm (0.4 in), 1 year (1-year warranty, 1年間), 30 days;
// Aquoda 百分之100 (100 %), about 2.5 mm (2,5 mm), about 3 cm, 52-62 cm (52 bis 62 cm, de 52 à 62 cm), 8种 (8 Farben,
// 8 coloris), 两对 (zwei Paar, deux paires), about 65 g, 60 ℃ (60 °C), idiom 一点 (etwas, un peu de);
// Linkor H7 (model, 7), 七合一 (7-in-1, sieben Anschlüsse), 7 ports (seven), 两个 USB-A 3.0 (two, zwei; 3.0), 100 W
// twice, 4K, 60 Hz, 5 Gbps (5 Gbit/s), 1 GB, about 15 W, 85 W, about 68 g (2.4 oz), 15 cm (5.9 in);
// Vexa HDMI 2.1, 48 Gbps (48 Gbit/s), 8K, 60 Hz, 4K, 120 Hz, PS5 (5), 99.99% (99,99 %), 1万次 (10.000, 10 000
// flexions), 1, 2 and 3 m, 三种 (tres, trois), 2 m, HDMI 2.0 and 1.4, 3 years (3 años, 3 ans);
// Mimu 2025, 百分之30 / 65 / 5 (30 %, 65 %, 5 %), sizes 90 to 150, about 1 to 12 years, 三种 (drei, tres) colours,
// 40 ℃ (40 °C), 10月31日 (31. Oktober, 31 de octubre), A类 (Klasse A, clase A: no number);
// Barbo 30 ml (1 fl oz), 5种 (5 plant oils, 5種類), 百分之98以上 (98% or more, 98%以上), about 2 hours, 3 to 5 drops
// (3〜5滴), 2 drops, about 2 months (約2か月), 12 months (12か月), idiom 一瓶 (a bottle, no number in ja).
// Number edits: Kenro en meta 60 → 90 days (invented), ja 1.5 → 2.5 hours (dropped + invented); Aquoda de 62 → 64 cm
// (dropped + invented), fr "4 tailles" added to the description (invented); Linkor en 5 → 10 Gbps (dropped +
// invented), de title 100 → 120 W (invented); Vexa es 99,99 → 99,9 % (dropped + invented), fr meta 3 → 10 ans
// (invented); Mimu de 40 → 60 °C (dropped + invented), es meta size 90 → 80 (invented); Barbo en conversion 1 → 1.5
// fl oz (invented), ja title 30 → 50 ml (invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const TRIMMER_ZH = 'Kenro NT-20 电动鼻毛修剪器 可水洗 Type-C充电';
const TRIMMER_SRC =
  'Kenro NT-20 电动鼻毛修剪器采用双刃旋转刀头，转速约每分钟8000转，修得干净，不拉扯鼻毛。刀头可拆下直接用水冲洗，防水等级IPX6。内置400毫安时锂电池，充电约1.5小时，按每天用2分钟计算，可以用约60天。采用Type-C接口，出差不用再带专用充电器。包装内附两个替换刀头和清洁刷。小贴士：刀头伸进鼻孔1厘米左右就够了，不要太深。整机保修1年，30天内有质量问题包换。';
const CAP_ZH = 'Aquoda 硅胶泳帽 长发专用 立体护耳';
const CAP_SRC =
  'Aquoda 硅胶泳帽采用百分之100食品级硅胶，厚度约2.5毫米，弹性好，戴久了也不勒头。帽内空间加深约3厘米，长发盘起来也能轻松装进去。立体护耳设计，减少耳朵进水。适合头围52-62厘米的成人，男女通用，共有8种颜色可选。随帽附赠两对硅胶耳塞和防水收纳袋。每顶重约65克，折起来放进泳包几乎不占地方。游完泳用清水冲洗，晾干后撒一点爽身粉，可以防止粘连。请勿在阳光下暴晒，也不要接触超过60℃的热水。';
const HUB_ZH = 'Linkor H7 七合一USB-C扩展坞 4K HDMI 100W PD';
const HUB_SRC =
  'Linkor H7 七合一USB-C扩展坞，把笔记本的Type-C口扩展成7个接口：HDMI、两个USB-A 3.0、USB-C数据口、SD和TF读卡槽，以及100W PD充电口。HDMI最高支持4K 60Hz输出，接显示器画面清晰流畅。USB 3.0传输速度最高5Gbps，拷贝1GB的文件只要几秒。PD口最高支持100W输入，扩展坞自身占用约15W，笔记本最多可获得85W。铝合金外壳散热快，重量仅约68克，线长15厘米。兼容MacBook、iPad Pro及大多数带全功能Type-C接口的Windows笔记本。';
const CABLE_ZH = 'Vexa HDMI 2.1 高清线 8K 48Gbps 2米';
const CABLE_SRC =
  'Vexa HDMI 2.1 高清线，带宽高达48Gbps，支持8K 60Hz和4K 120Hz，接PS5、Xbox Series X打游戏都能开高刷。线芯采用99.99%无氧铜，接头镀金，信号稳定不闪屏。尼龙编织线身，经过1万次弯折测试。长度有1米、2米、3米三种可选，本款为2米。支持eARC和HDR，向下兼容HDMI 2.0和1.4设备。无需安装驱动，插上就能用。购买即享3年质保，使用中遇到任何问题，随时联系客服。';
const THERMAL_ZH = 'Mimu 儿童保暖内衣套装 德绒 2025秋冬新款';
const THERMAL_SRC =
  'Mimu 儿童保暖内衣套装是2025年秋冬新款，面料含百分之30德绒、百分之65莫代尔和百分之5氨纶，贴身柔软，穿久了也不起球。按A类婴幼儿标准生产，不含荧光剂，皮肤敏感的孩子也能放心穿。尺码从90到150，适合约1到12岁的孩子，建议按身高选码。每套包括上衣和长裤，有三种颜色可选。领口和袖口采用加厚罗纹，多次洗涤也不易变形。可机洗，水温不超过40℃，不建议烘干。10月31日前下单，全国包邮。';
const BEARD_ZH = 'Barbo 男士胡须护理油 30毫升 5种植物油';
const BEARD_SRC =
  'Barbo 男士胡须护理油，每瓶30毫升，由荷荷巴油、摩洛哥坚果油、甜杏仁油等5种植物油调配而成，天然成分占百分之98以上。质地清爽不油腻，能软化胡须，缓解胡须下面皮肤的干痒。带有淡淡的雪松和柑橘香味，约2小时后会慢慢变淡。用法：洗脸后取3到5滴，在掌心搓热，顺着胡须生长方向抹开，再用梳子梳理。胡须较短的话，2滴就够了。每天使用的话，一瓶大约能用2个月。开封后请在12个月内用完。';

export const ROUND_106_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'nose_hair_trimmers',
    'en',
    TRIMMER_ZH,
    TRIMMER_SRC,
    {
      translated_description:
        'The Kenro NT-20 electric nose hair trimmer has a dual-edge rotary head that spins at about 8,000 rpm, so it trims cleanly without pulling. The head comes off and can be rinsed straight under the tap, and the trimmer is rated IPX6 waterproof. A built-in 400 mAh lithium battery charges in about 1.5 hours and, at 2 minutes a day, lasts around 60 days. It charges over USB-C, so there is no special charger to pack for business trips. Two spare heads and a cleaning brush come in the box. Tip: about 1 cm (0.4 in) into the nostril is enough – there is no need to go any deeper. The trimmer is covered by a 1-year warranty, and if a quality problem turns up within 30 days, we will swap it for a new one.',
      seo_title: 'Kenro NT-20 Nose Hair Trimmer, Washable, USB-C',
      meta_description:
        'Kenro NT-20 nose hair trimmer with a dual-edge rotary head: rinse it under the tap, charge it over USB-C and trim for about 60 days. Two spare heads included.',
      h1: 'Kenro NT-20 – Neat in Seconds, No Tugging',
      marketing_copy_a:
        'Spare heads in the box, weeks of use from every charge and a head you can rinse under the tap: your grooming kit is sorted for months. Order your Kenro NT-20 today.',
      marketing_copy_b:
        'That quick glance in the lift mirror before a big meeting? Now it ends with a confident smile instead of a stray hair. Discover the Kenro NT-20.',
      marketing_copy_c:
        'This week only: a zip travel pouch free with every Kenro NT-20. Shop now while stocks last.',
    },
    {
      field: 'meta_description',
      find: 'about 60 days',
      replace: 'about 90 days',
      labels: ['number_invented'],
    },
    'The head comes off and can be rinsed straight under the tap, and the trimmer is rated IPX6 waterproof.',
  ),
  listing(
    'p01',
    'nose_hair_trimmers',
    'ja',
    TRIMMER_ZH,
    TRIMMER_SRC,
    {
      translated_description:
        'Kenro NT-20の電動鼻毛カッターは、デュアルエッジの回転刃を採用。毎分約8000回転で、鼻毛を引っ張らずにすっきりカットします。刃の部分は取り外して、そのまま水洗いできます。防水性能はIPX6です。400mAhのリチウム電池を内蔵し、充電時間は約1.5時間。1日2分の使用で、約60日間使えます。充電はType-C端子なので、出張のときに専用の充電器を持ち歩く必要はありません。交換用の刃2個とお手入れ用ブラシが付属しています。ワンポイント：刃を鼻の穴に入れるのは1cmほどで十分です。奥まで入れすぎないようにしてください。本体の保証期間は1年間。お届けから30日以内の品質不良は、新品と交換いたします。',
      seo_title: 'Kenro NT-20 鼻毛カッター 水洗い可 Type-C充電',
      meta_description:
        '毎分約8000回転の回転刃で、鼻毛を引っ張らずにすっきりカット。刃は水洗いでき、約1.5時間の充電で約60日間使えます。交換用の刃2個付き。',
      h1: 'Kenro NT-20で、身だしなみをもっと手軽に',
      marketing_copy_a:
        '替え刃付きで、充電の持ちも十分、刃は丸ごと水洗いOK。これひとつで、毎日の身だしなみが長く快適に続きます。今すぐ購入。',
      marketing_copy_b:
        '大事な商談の前、エレベーターの鏡をのぞいても、もう気になりません。清潔感は細部から生まれます。ぜひチェックしてください。',
      marketing_copy_c: '今週限定、ファスナー付きトラベルポーチをプレゼント中。お早めにどうぞ。',
    },
    {
      field: 'translated_description',
      find: '充電時間は約1.5時間',
      replace: '充電時間は約2.5時間',
      labels: ['number_dropped', 'number_invented'],
    },
    '防水性能はIPX6です。',
  ),
  listing(
    'p02',
    'silicone_swim_caps',
    'de',
    CAP_ZH,
    CAP_SRC,
    {
      translated_description:
        'Die Badekappe Aquoda besteht zu 100 % aus lebensmittelechtem Silikon. Mit rund 2,5 mm Materialstärke ist sie angenehm elastisch und drückt auch nach langen Trainingseinheiten nicht. Der Innenraum ist um etwa 3 cm vertieft, sodass auch hochgesteckte lange Haare bequem hineinpassen. Die ausgeformten Ohrtaschen halten das Wasser besser aus den Ohren. Die Kappe passt Erwachsenen mit einem Kopfumfang von 52 bis 62 cm, eignet sich für Damen und Herren und ist in 8 Farben erhältlich. Dazu gibt es zwei Paar Ohrstöpsel aus Silikon und einen wasserdichten Beutel. Jede Kappe wiegt rund 65 g und nimmt zusammengefaltet in der Schwimmtasche kaum Platz weg. Spülen Sie sie nach dem Schwimmen mit klarem Wasser ab und bestäuben Sie sie nach dem Trocknen mit etwas Talkum, damit nichts verklebt. Bitte nicht in der prallen Sonne liegen lassen und nicht mit Wasser über 60 °C in Berührung bringen.',
      seo_title: 'Aquoda Badekappe aus Silikon für lange Haare, 8 Farben',
      meta_description:
        'Silikon-Badekappe Aquoda: 100 % Silikon, rund 2,5 mm stark, mit extra Platz für lange Haare und Ohrtaschen, für 52 bis 62 cm Kopfumfang, in 8 Farben.',
      h1: 'Aquoda – Platz für lange Haare, Halt auf jeder Bahn',
      marketing_copy_a:
        'Eine Kappe für Training, Urlaub und Aquafitness: formstabil, hautfreundlich und mit Ohrstöpseln gleich dabei. Jetzt bestellen.',
      marketing_copy_b:
        'Kein Ziepen beim Aufsetzen, kein Druck an den Schläfen – nur Sie, das Wasser und der Rhythmus Ihrer Züge. Entdecken Sie Aquoda.',
      marketing_copy_c:
        'Sommeraktion: Wer zwei Kappen kauft, zahlt keine Versandkosten. Sichern Sie sich Ihre Lieblingsfarbe jetzt.',
    },
    {
      field: 'translated_description',
      find: 'von 52 bis 62 cm',
      replace: 'von 52 bis 64 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Jede Kappe wiegt rund 65 g und nimmt zusammengefaltet in der Schwimmtasche kaum Platz weg.',
  ),
  listing(
    'p02',
    'silicone_swim_caps',
    'fr',
    CAP_ZH,
    CAP_SRC,
    {
      translated_description:
        'Le bonnet de bain Aquoda est fabriqué à 100 % en silicone de qualité alimentaire. Épais d’environ 2,5 mm, il reste souple et ne serre pas la tête, même après une longue séance. Son volume intérieur, plus profond d’environ 3 cm, accueille sans peine les cheveux longs relevés en chignon. Ses protège-oreilles moulés limitent les entrées d’eau. Il convient aux adultes dont le tour de tête mesure de 52 à 62 cm, se porte aussi bien par les femmes que par les hommes et existe en 8 coloris. Deux paires de bouchons d’oreilles en silicone et une pochette étanche sont fournies. Chaque bonnet pèse environ 65 g et, une fois plié, se glisse dans le sac de piscine sans prendre de place. Après la baignade, rincez-le à l’eau claire, puis saupoudrez-le d’un peu de talc une fois sec pour éviter qu’il ne colle. Ne le laissez pas en plein soleil et évitez tout contact avec de l’eau à plus de 60 °C.',
      seo_title: 'Bonnet de bain Aquoda en silicone, spécial cheveux longs',
      meta_description:
        'Bonnet de bain Aquoda 100 % silicone, environ 2,5 mm d’épaisseur, volume prévu pour les cheveux longs, protège-oreilles, tour de tête de 52 à 62 cm.',
      h1: 'Aquoda, le bonnet qui fait de la place aux cheveux longs',
      marketing_copy_a:
        'Un seul bonnet pour l’entraînement, les vacances et l’aquagym : il garde sa forme, respecte la peau et arrive avec ses bouchons d’oreilles. Commandez le vôtre dès maintenant.',
      marketing_copy_b:
        'Plus de cheveux tirés en l’enfilant, plus de pression sur les tempes : juste vous, l’eau et le rythme de vos mouvements. Découvrez Aquoda.',
      marketing_copy_c: 'Offre d’été : livraison offerte pour l’achat de deux bonnets. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'existe en 8 coloris',
      replace: 'existe en 8 coloris et en 4 tailles',
      labels: ['number_invented'],
    },
    'Chaque bonnet pèse environ 65 g et, une fois plié, se glisse dans le sac de piscine sans prendre de place.',
  ),
  listing(
    'p03',
    'usb_c_hubs',
    'en',
    HUB_ZH,
    HUB_SRC,
    {
      translated_description:
        'The Linkor H7 7-in-1 USB-C hub turns your laptop’s USB-C port into seven connections: HDMI, two USB-A 3.0 ports, a USB-C data port, SD and microSD card slots and a 100W PD charging port. The HDMI output supports up to 4K at 60Hz, for a sharp, smooth picture on an external monitor. The USB 3.0 ports transfer at up to 5Gbps, so copying a 1GB file takes just a few seconds. The PD port accepts up to 100W: the hub itself uses about 15W, leaving up to 85W for your laptop. The aluminium housing sheds heat quickly and weighs only about 68 g (2.4 oz), and the cable is 15 cm (5.9 in) long. It works with MacBook, iPad Pro and most Windows laptops with a full-featured USB-C port.',
      seo_title: 'Linkor H7 7-in-1 USB-C Hub with 4K HDMI and 100W PD',
      meta_description:
        'Linkor H7 7-in-1 USB-C hub with 4K 60Hz HDMI, two USB-A 3.0 ports, SD and microSD slots and 100W PD pass-through charging in an aluminium shell.',
      h1: 'Linkor H7 – Every Port Your Laptop Left Out',
      marketing_copy_a:
        'Monitor, mouse, memory card and charger, all through a slim aluminium hub that lives in your laptop sleeve. Order the Linkor H7 today.',
      marketing_copy_b:
        'Open the lid, plug in once and your whole desk wakes up – no more hunting for the right adapter just before the call. Discover the Linkor H7.',
      marketing_copy_c:
        'Launch offer: free shipping on every Linkor H7 this week. Add yours to the cart now.',
    },
    {
      field: 'translated_description',
      find: 'up to 5Gbps',
      replace: 'up to 10Gbps',
      labels: ['number_dropped', 'number_invented'],
    },
    'The aluminium housing sheds heat quickly and weighs only about 68 g (2.4 oz), and the cable is 15 cm (5.9 in) long.',
  ),
  listing(
    'p03',
    'usb_c_hubs',
    'de',
    HUB_ZH,
    HUB_SRC,
    {
      translated_description:
        'Der Linkor H7 ist ein 7-in-1-USB-C-Hub, der den USB-C-Anschluss Ihres Laptops auf sieben Anschlüsse erweitert: HDMI, zwei USB-A-3.0-Ports, einen USB-C-Datenport, Kartenleser für SD und microSD sowie einen 100-W-PD-Ladeanschluss. Über HDMI geben Sie bis zu 4K bei 60 Hz aus – gestochen scharf und flüssig auf dem externen Monitor. Die USB-3.0-Ports übertragen bis zu 5 Gbit/s, eine 1-GB-Datei ist so in wenigen Sekunden kopiert. Der PD-Anschluss nimmt bis zu 100 W auf; der Hub selbst braucht etwa 15 W, sodass für Ihren Laptop bis zu 85 W bleiben. Das Aluminiumgehäuse leitet Wärme schnell ab und wiegt nur rund 68 g, das Kabel ist 15 cm lang. Kompatibel mit MacBook, iPad Pro und den meisten Windows-Laptops mit vollwertigem USB-C-Anschluss.',
      seo_title: 'Linkor H7 USB-C-Hub 7-in-1 mit 4K-HDMI und 100 W PD',
      meta_description:
        'USB-C-Hub Linkor H7 mit sieben Anschlüssen: HDMI in 4K bei 60 Hz, zwei USB-A-3.0-Ports, SD- und microSD-Slot sowie 100 W PD-Laden im Alugehäuse.',
      h1: 'Linkor H7 – alle Anschlüsse, die Ihrem Laptop fehlen',
      marketing_copy_a:
        'Monitor, Maus, Speicherkarte und Netzteil über einen flachen Hub, der in jede Laptoptasche passt. Jetzt bestellen.',
      marketing_copy_b:
        'Laptop aufklappen, einstecken, und der ganze Schreibtisch ist startklar – ohne hektische Adaptersuche kurz vor dem Meeting. Entdecken Sie den Linkor H7.',
      marketing_copy_c:
        'Zum Marktstart liefern wir jeden Linkor H7 diese Woche versandkostenfrei. Sichern Sie sich Ihren Hub jetzt.',
    },
    { field: 'seo_title', find: '100 W PD', replace: '120 W PD', labels: ['number_invented'] },
    'Das Aluminiumgehäuse leitet Wärme schnell ab und wiegt nur rund 68 g, das Kabel ist 15 cm lang.',
  ),
  listing(
    'p04',
    'hdmi_cables',
    'es',
    CABLE_ZH,
    CABLE_SRC,
    {
      translated_description:
        'El cable Vexa HDMI 2.1 ofrece un ancho de banda de hasta 48 Gbps y admite 8K a 60 Hz y 4K a 120 Hz, así que con la PS5 o la Xbox Series X puedes jugar con alta tasa de refresco. Los conductores son de cobre libre de oxígeno al 99,99 % y los conectores están chapados en oro, para una señal estable y sin parpadeos en pantalla. La funda de nailon trenzado ha superado una prueba de 10.000 flexiones. Está disponible en tres longitudes (1, 2 y 3 m); este modelo mide 2 m. Compatible con eARC y HDR, y también con equipos HDMI 2.0 y 1.4. No necesita controladores: lo conectas y funciona. Con tu compra tienes 3 años de garantía y, si surge cualquier problema, nuestro servicio de atención al cliente te ayuda en todo momento.',
      seo_title: 'Cable HDMI 2.1 Vexa de 2 m, 8K a 60 Hz y 4K a 120 Hz',
      meta_description:
        'Cable Vexa HDMI 2.1 de 2 m con 48 Gbps, 8K a 60 Hz y 4K a 120 Hz para PS5 y Xbox Series X, cobre sin oxígeno, conectores dorados y 3 años de garantía.',
      h1: 'Vexa HDMI 2.1, toda la fluidez de tu consola en pantalla',
      marketing_copy_a:
        'Un solo cable para la consola, el portátil y la barra de sonido, con garantía larga y una funda que aguanta tirones. Compra tu Vexa hoy.',
      marketing_copy_b:
        'Esa partida en la que cada fotograma cuenta merece una imagen sin cortes ni parpadeos. Descubre lo que tu tele puede hacer de verdad.',
      marketing_copy_c:
        'Solo esta semana, envío gratis en todos los cables Vexa. Aprovecha la oferta y pídelo ya.',
    },
    {
      field: 'translated_description',
      find: 'al 99,99 %',
      replace: 'al 99,9 %',
      labels: ['number_dropped', 'number_invented'],
    },
    'Compatible con eARC y HDR, y también con equipos HDMI 2.0 y 1.4.',
  ),
  listing(
    'p04',
    'hdmi_cables',
    'fr',
    CABLE_ZH,
    CABLE_SRC,
    {
      translated_description:
        'Le câble Vexa HDMI 2.1 offre une bande passante allant jusqu’à 48 Gbit/s et prend en charge la 8K à 60 Hz et la 4K à 120 Hz : sur PS5 ou Xbox Series X, vous jouez avec un taux de rafraîchissement élevé. Ses conducteurs en cuivre sans oxygène pur à 99,99 % et ses connecteurs plaqués or assurent un signal stable, sans scintillement. La gaine en nylon tressé a passé un test de 10 000 flexions. Il existe en trois longueurs (1, 2 et 3 m) ; ce modèle mesure 2 m. Compatible eARC et HDR, il fonctionne aussi avec les appareils HDMI 2.0 et 1.4. Aucun pilote à installer : il suffit de le brancher. Chaque achat bénéficie d’une garantie de 3 ans, et notre service client reste à votre disposition pour toute question.',
      seo_title: 'Câble HDMI 2.1 Vexa 2 m, 8K à 60 Hz et 4K à 120 Hz',
      meta_description:
        'Câble Vexa HDMI 2.1 de 2 m : 48 Gbit/s, 8K à 60 Hz et 4K à 120 Hz pour PS5 et Xbox Series X, cuivre sans oxygène, connecteurs plaqués or, garantie de 3 ans.',
      h1: 'Vexa HDMI 2.1, pour que chaque image compte',
      marketing_copy_a:
        'Un seul câble pour la console, l’ordinateur et la barre de son, avec une gaine qui résiste aux tiraillements et une garantie longue durée. Commandez votre Vexa dès aujourd’hui.',
      marketing_copy_b:
        'Ces parties où tout se joue à une fraction de seconde méritent un écran sans coupure ni scintillement. Découvrez ce que votre téléviseur a vraiment dans le ventre.',
      marketing_copy_c: 'Cette semaine seulement : livraison offerte sur tous les câbles Vexa. Profitez-en !',
    },
    {
      field: 'meta_description',
      find: 'garantie de 3 ans',
      replace: 'garantie de 10 ans',
      labels: ['number_invented'],
    },
    'Compatible eARC et HDR, il fonctionne aussi avec les appareils HDMI 2.0 et 1.4.',
  ),
  listing(
    'p05',
    'kids_thermal_underwear_sets',
    'de',
    THERMAL_ZH,
    THERMAL_SRC,
    {
      translated_description:
        'Das Thermowäsche-Set Mimu für Kinder gehört zur neuen Herbst-Winter-Kollektion 2025. Der Stoff besteht zu 30 % aus Thermovelours, zu 65 % aus Modal und zu 5 % aus Elasthan – er liegt weich an und bildet auch nach langem Tragen keine Knötchen. Gefertigt nach der chinesischen Klasse A für Babys und Kleinkinder und ohne optische Aufheller, ist es auch für empfindliche Kinderhaut geeignet. Erhältlich in den Größen 90 bis 150, passend für Kinder von etwa 1 bis 12 Jahren; wählen Sie die Größe am besten nach der Körpergröße. Jedes Set besteht aus Oberteil und langer Hose und ist in drei Farben erhältlich. Kragen und Bündchen sind aus verstärktem Rippstrick und bleiben auch nach vielen Wäschen in Form. Maschinenwaschbar bei höchstens 40 °C, Trockner nicht empfohlen. Bei Bestellung bis zum 31. Oktober liefern wir versandkostenfrei.',
      seo_title: 'Mimu Thermowäsche-Set für Kinder, Größen 90 bis 150',
      meta_description:
        'Kinder-Thermowäsche Mimu aus der Kollektion 2025: Thermovelours, Modal und Elasthan, ohne optische Aufheller, Größen 90 bis 150, in drei Farben.',
      h1: 'Mimu – kuschelig warm durch den ganzen Winter',
      marketing_copy_a:
        'Oberteil und Hose im Set, weich auf der Haut und so robust, dass sie später noch an die kleinen Geschwister gehen. Jetzt bestellen.',
      marketing_copy_b:
        'Morgens raus in die Kälte, nachmittags toben im Schnee – und abends ein zufriedenes, warmes Kind auf dem Sofa. Entdecken Sie Mimu.',
      marketing_copy_c:
        'Versandkostenfrei bis Ende Oktober: Sichern Sie sich jetzt das passende Set für jedes Kind in der Familie.',
    },
    {
      field: 'translated_description',
      find: 'bei höchstens 40 °C',
      replace: 'bei höchstens 60 °C',
      labels: ['number_dropped', 'number_invented'],
    },
    'Maschinenwaschbar bei höchstens 40 °C, Trockner nicht empfohlen.',
  ),
  listing(
    'p05',
    'kids_thermal_underwear_sets',
    'es',
    THERMAL_ZH,
    THERMAL_SRC,
    {
      translated_description:
        'El conjunto térmico infantil Mimu es la novedad de otoño-invierno de 2025. El tejido combina un 30 % de felpa térmica, un 65 % de modal y un 5 % de elastano: se adapta al cuerpo, es suave y no hace bolitas aunque se use mucho. Está fabricado según la clase A china para bebés y niños pequeños y no lleva blanqueantes ópticos, así que también pueden usarlo los niños con piel sensible. Las tallas van de la 90 a la 150, para niños de aproximadamente 1 a 12 años; te recomendamos elegirla según la estatura. Cada conjunto incluye camiseta y pantalón largo y se vende en tres colores. El cuello y los puños son de canalé reforzado y no se deforman aunque se laven muchas veces. Se puede lavar a máquina a 40 °C como máximo; no se recomienda la secadora. Si haces tu pedido antes del 31 de octubre, el envío es gratis.',
      seo_title: 'Conjunto térmico infantil Mimu, tallas de 90 a 150',
      meta_description:
        'Conjunto térmico infantil Mimu, novedad de 2025: felpa térmica, modal y elastano, sin blanqueantes ópticos, tallas de la 90 a la 150 y tres colores.',
      h1: 'Mimu, calentitos todo el invierno',
      marketing_copy_a:
        'Camiseta y pantalón a juego, suaves con la piel y tan resistentes que luego pasarán a los hermanos pequeños. Compra tu conjunto Mimu hoy.',
      marketing_copy_b:
        'Salir al frío por la mañana, jugar en la nieve por la tarde y acabar el día calentito en el sofá. Descubre Mimu.',
      marketing_copy_c:
        'Envío gratis hasta finales de octubre. Hazte con el tuyo antes de que termine la oferta.',
    },
    {
      field: 'meta_description',
      find: 'tallas de la 90 a la 150',
      replace: 'tallas de la 80 a la 150',
      labels: ['number_invented'],
    },
    'Se puede lavar a máquina a 40 °C como máximo; no se recomienda la secadora.',
  ),
  listing(
    'p06',
    'beard_oils',
    'en',
    BEARD_ZH,
    BEARD_SRC,
    {
      translated_description:
        'Barbo beard oil for men comes in a 30 ml (1 fl oz) bottle and blends 5 plant oils, including jojoba, argan and sweet almond oil, with natural ingredients making up 98% or more of the formula. It feels light rather than greasy, softens the beard and soothes dry, itchy skin underneath. The subtle scent of cedarwood and citrus gently fades after about 2 hours. How to use: after washing your face, warm 3 to 5 drops between your palms, smooth them through your beard in the direction of growth and finish with a comb. For a short beard, 2 drops are enough. Used daily, a bottle lasts about 2 months. Once opened, please use within 12 months.',
      seo_title: 'Barbo Beard Oil for Men, 30 ml, with Jojoba and Argan',
      meta_description:
        'Barbo beard oil, 30 ml: a light blend of 5 plant oils with jojoba and argan that softens your beard and soothes dry skin, with a cedarwood and citrus scent.',
      h1: 'Barbo – a Softer Beard in a Few Drops',
      marketing_copy_a:
        'Five plant oils, a few drops a day and a bottle that lasts for weeks: everyday beard care that takes seconds. Order your Barbo today.',
      marketing_copy_b:
        'That morning your partner leans in and notices your beard feels soft, not scratchy, with a faint hint of cedar. Discover Barbo.',
      marketing_copy_c:
        'Gift season special: a free pear-wood beard comb with every bottle. Grab yours before the combs run out.',
    },
    {
      field: 'translated_description',
      find: '30 ml (1 fl oz)',
      replace: '30 ml (1.5 fl oz)',
      labels: ['number_invented'],
    },
    'Once opened, please use within 12 months.',
  ),
  listing(
    'p06',
    'beard_oils',
    'ja',
    BEARD_ZH,
    BEARD_SRC,
    {
      translated_description:
        'Barboのメンズ用ヒゲオイルは、容量30ml。ホホバオイル、アルガンオイル、スイートアーモンドオイルなど5種類の植物オイルをブレンドし、天然由来成分が98%以上を占めています。さらっとした使い心地でべたつかず、ヒゲをやわらかくして、ヒゲの下の肌の乾燥やかゆみを和らげます。ほのかなシダーウッドとシトラスの香りは、約2時間でゆっくりと消えていきます。使い方：洗顔後に3〜5滴を手のひらに取って温め、ヒゲの流れに沿ってなじませてから、コームでとかします。ヒゲが短い方は2滴で十分です。毎日使っても約2か月もちます。開封後は12か月以内に使い切ってください。',
      seo_title: 'Barbo メンズ ヒゲオイル 30ml 5種の植物オイル配合',
      meta_description:
        '5種類の植物オイルをブレンドした30mlのヒゲオイル。べたつかずにヒゲをやわらかくし、肌の乾燥もケアします。シダーウッドとシトラスのほのかな香り。',
      h1: 'Barboで、やわらかなヒゲを毎日に',
      marketing_copy_a:
        '数滴なじませるだけで、ヒゲも肌もしっとり。長くもつから、毎日のケアが気軽に続けられます。今すぐ購入。',
      marketing_copy_b:
        '「ヒゲ、やわらかくなったね」。そんなひと言が、朝のほんの数秒のお手入れから生まれます。ぜひお試しください。',
      marketing_copy_c: 'ギフトシーズン限定、木製ヒゲコームをプレゼント。カートへどうぞ。',
    },
    { field: 'seo_title', find: '30ml', replace: '50ml', labels: ['number_invented'] },
    '開封後は12か月以内に使い切ってください。',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (nose trimmer) takes styles 0-2, listing 2 (USB-C hub) 3-5, listing 3 (beard oil) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Here is the translated product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `**H1 heading:** ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nLet me know if you’d like me to adjust the tone of any of these!`,
  }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_b: `As an AI language model, I have never plugged in a hub myself, but here is an emotional take: ${c.marketing_copy_b}`,
  }),
  (c) => ({ seo_title: `Title: ${c.seo_title}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(Translator’s note: I went with “cedarwood” for the scent, as “cedar” alone can sound like timber.)',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Should I mention the comb offer here as well, or keep it for the promotion copy?`,
  }),
];

// de: listing 1 (swim cap) takes styles 0-2, listing 2 (USB-C hub) 3-5, listing 3 (thermal set) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Hier ist die übersetzte Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `**Werbetext (Nutzen):** ${c.marketing_copy_a}` }),
  (c) => ({ marketing_copy_b: `<p>${c.marketing_copy_b}</p>` }),
  (c) => ({ h1: `Überschrift: ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, das passt so! Geben Sie gern Bescheid, falls Sie Änderungen wünschen.`,
  }),
  (c) => ({ seo_title: `\`\`\`\n${c.seo_title}\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAls KI-Sprachmodell kann ich nicht überprüfen, ob die Angaben zur Hautverträglichkeit zutreffen.`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Gutscheincode: {{GUTSCHEINCODE}}` }),
  (c) => ({ marketing_copy_a: `Sure, here is the value-focused copy in German: ${c.marketing_copy_a}` }),
];

// ja: listing 1 (nose trimmer) takes styles 0-2, listing 2 (beard oil) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下は商品説明の日本語訳です：\n\n${c.translated_description}` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n修正が必要な箇所があれば、お気軽にお知らせください。`,
  }),
  (c) => ({ meta_description: `\`\`\`\n${c.meta_description}\n\`\`\`` }),
  (c) => ({ marketing_copy_a: `マーケティングコピーA（価値訴求）：${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      4,
      '（訳注：香りの名前は、日本の通販でよく使われるカタカナ表記にそろえました。）',
    ),
  }),
];

// es: listing 1 (HDMI cable) takes styles 0-2, listing 2 (thermal set) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Aquí tienes la descripción traducida:\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_b: `**Texto emocional:** ${c.marketing_copy_b}` }),
  (c) => ({ h1: `<h2>${c.h1}</h2>` }),
  (c) => ({ translated_description: `\`\`\`markdown\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (Como IA, no puedo confirmar que la promoción siga vigente.)`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} ¿Prefieres que ponga «pijama térmico» en vez de «conjunto térmico»?`,
  }),
];

// fr: listing 1 (swim cap) takes styles 0-2, listing 2 (HDMI cable) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Voici la traduction en français :\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nJ’espère que cette proposition vous convient !` }),
  (c) => ({ h1: `## ${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nEn tant que modèle de langage, je ne peux pas vérifier la compatibilité avec chaque téléviseur.`,
  }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b} [LIEN VERS LA FICHE PRODUIT]` }),
];

export const ROUND_106_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap trimmers tend to pull hairs rather than cut them.',
      'Knockoff hubs often run hot under load.',
      'A fake beard oil can irritate sensitive skin.',
      'Counterfeit chargers are a real risk for your laptop.',
    ],
    slogans: ['Sharp looks, zero fuss.', 'More ports, less clutter.'],
    chineseLeftovers: [],
    duplicateLead: 'Bottom line: ',
    titleStuffing: ' | Gift for Him, Best Seller, Top Rated, Fast Delivery, New In',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Badekappen reißen oft schon nach wenigen Wochen.',
      'Eine Fälschung erkennt man am dünnen, klebrigen Silikon.',
      'Nachahmungen unseres Hubs werden unter Last schnell heiß.',
      'Imitate vom Wühltisch verlieren nach der ersten Wäsche ihre Form.',
    ],
    slogans: ['Mehr Anschluss für Ihren Alltag.', 'Warm eingepackt, frei zum Spielen.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz und knapp: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Top-Angebot, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のカッターは刃がすぐに鈍ります。',
      'コピー品のヒゲオイルは香りがすぐに飛んでしまいます。',
      '偽物の替え刃は本体に合わないことがあります。',
      '模倣品のオイルは肌荒れの原因になることがあります。',
    ],
    slogans: ['身だしなみは、細部から。', 'ヒゲにも、ごほうびを。'],
    chineseLeftovers: ['这款鼻毛修剪器声音很小，用起来很方便。', '这款胡须油味道很好闻，用了以后胡子很软。'],
    duplicateLead: 'ひと言で言えば、',
    titleStuffing: '｜人気 おすすめ 新作 プレゼント 送料無料 即日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los cables baratos pierden la señal a la primera.',
      'Una imitación de Mimu no pasa nuestros controles de calidad.',
      'Las falsificaciones se deforman tras el primer lavado.',
      'Un cable falso puede dañar el puerto de tu consola.',
    ],
    slogans: ['La imagen, tal como la imaginaste.', 'Abrigados y felices.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Regalo, novedad, más vendido, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un câble pas cher décroche souvent en pleine partie.',
      'Les contrefaçons de bonnets se déchirent rapidement.',
      'Méfiez-vous des fausses bonnes affaires en ligne.',
      'Aucune réplique n’offre le même confort.',
    ],
    slogans: ['Nagez libre.', 'L’image, tout simplement.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
