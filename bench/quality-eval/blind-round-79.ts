// Blind set, round 79 (written without reading the gate, committed before it is scored): six kitchen, children's,
// wearable, garden, baby and water-sports products in the categories portable_induction_cooktops, kids_sun_hats,
// fitness_trackers, outdoor_smart_plugs, baby_car_seats and wetsuits, 12 hand-written listings, three artifact styles
// per listing and wording of its own. Theme: a realistic day's mix of products whose sources carry many numbers in
// several units (power, temperatures, timers, dimensions, thicknesses, weights, head and chest circumferences, body
// heights, capacities, durations, warranty years, ages, pack counts, ratings such as IP44, UPF50+, 5ATM and ECE R129,
// model numbers such as IC-22 and B6, software versions), with metric-to-imperial conversions in brackets in the
// English copy (cm → in, kg → lb, g → oz, °C → °F) and locale number forms elsewhere (2200 W, 3 680 W with a narrow
// no-break space, 1,47 pulgadas, 1,5 m, 約13.5kg, 140〜210mm). Number edits of all kinds: a changed value in the
// description, a changed value in the title or meta, an added spec, a wrong conversion in brackets next to a correct
// source value, and a value changed into another value the same source has (a timer that takes the top temperature, a
// sport-mode count that takes the strap length, a size count that takes the torso thickness), and a pack count written
// as a word that changes while its value is still said elsewhere (deux → trois prises, 2 ans kept). Labels follow the
// README: a changed value is number_invented, plus number_dropped when the original value is said nowhere else in the
// description; a change in the title or meta and an added spec are number_invented only; a wrong conversion beside a
// kept source value is number_invented only. Artifact style of this round: the ordinary kinds the llm_artifact
// definition names (lead-ins, "Translation:" and field-label prefixes, markdown labels and headings, code fences, a
// JSON fragment, HTML tags, AI disclaimers, sign-offs and offers of further help, a translator's note), no digits in
// artifacts that land in the description, title or meta. Sources are in standard Chinese shop style. Legitimate
// numbers:
// Indura IC-22 (model, 22), 2200 W (2,200 W), 八档 (eight levels, acht Leistungsstufen, 8 in the title), 60 to 240 °C
// (140–464 °F), 180 minutes, 37×28 cm (14.6 × 11 in), 6.5 cm (2.6 in, 6,5 cm), about 2.3 kg (5.1 lb, 2,3 kg), 12 to
// 26 cm (4.7–10.2 in), 30 seconds, 3 seconds, 3 years (3-year warranty, 3 Jahre), 200 °C (392 °F), 第五档 (level 5,
// Stufe 5);
// Solino UPF50+ (UPF 50+), 百分之98以上 (more than 98%, plus de 98 %), 7 cm (2.8 in), 15 cm (5.9 in), 两个尺码 (two sizes,
// deux tailles), 48 to 52 cm (18.9–20.5 in), 2 to 4 years, 52 to 56 cm (20.5–22 in), 4 to 8 years (2–8 in the title),
// about 2 cm (0.8 in), about 55 g (1.9 oz), 30 °C (86 °F), 六种 (six colours, six coloris);
// Pulso B6 (model, 6), 1.47 inch (1.47インチ, 1,47 pulgadas), 450 nits, 100多种 (100種類以上, más de 100), 5ATM (5 ATM),
// 200 mAh, 14 days (14日間, 14 días), about 90 minutes (約90分, unos 90 minutos), 24 g (24 gramos), 140 to 210 mm
// (140〜210mm), Android 8.0 (version, dot kept in es), iOS 13, 12 months (12か月, 12 meses);
// Hofa IP44 (44), 16 A, 3680 W (3680 W, 3 680 W), 2.4 GHz (2,4 GHz), 20 schedules (20 Zeitpläne, 20 programmations),
// 零下20℃ to 50℃ (minus 20 bis plus 50 °C, de -20 °C à 50 °C), 1.5 m (1,5 m), 两只装 (zwei Steckdosen, 2er-Set, lot de
// deux / lot de 2), 2 years (2 Jahre, 2 ans), idiom 一盒 (a box: not a number);
// Nido ECE R129 (129), 40 to 105 cm (15.7–41.3 in, 40〜105cm), about 0 to 4 years (0〜4歳頃), 360 degrees (360°, 360度),
// 76 cm (29.9 in, 76cm以下), 4 recline positions (4段階), 11 headrest heights (11段階), ISOFIX (no number), about
// 13.5 kg (29.8 lb, 約13.5kg), 30 °C (86 °F, 30℃以下), 3 years (3-year warranty, 3年間), 单手 (with one hand, 片手: not
// a number);
// Marea 3/2 mm in the name (3 mm torso, 2 mm arms and legs), 14 to 20 °C, about 70 cm (rund 70 cm, unos 70 cm),
// about 400% (etwa 400 %, hasta un 400 %), 6 sizes (6 Größen, 6 tallas), 88 to 112 cm, 170 cm, about 65 kg, size M
// (no number), idiom 一个人 (ohne Hilfe, sin ayuda: not a number).
// Number edits: Indura en 464 °F → 446 °F in the bracket after 240 °C (invented), de timer 180 → 240 Minuten (240 =
// the top temperature; dropped + invented); Solino en an added sentence about UV protection for 40 washes (invented),
// fr title 2 à 8 → 2 à 10 ans (invented); Pulso ja 約90分 → 約60分 (dropped + invented), es meta más de 100 → más de
// 140 modos (140 = the lower strap length; invented); Hofa de an added standby draw of 0,5 W (invented), fr deux →
// trois prises (2 still said in Garantie 2 ans; invented only); Nido en 13.5 kg (29.8 lb) → 13.5 kg (27.8 lb)
// (invented), ja title 0〜4歳 → 0〜7歳 (invented); Marea de rund 70 → rund 80 cm (dropped + invented), es 6 → 3 tallas
// (3 = the torso thickness; dropped + invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const HOB_ZH = 'Indura IC-22 便携式电磁炉 2200W 八档火力';
const HOB_SRC =
  'Indura IC-22 便携式电磁炉额定功率2200瓦，火力分八档，温度可在60到240℃之间调节，最长可定时180分钟。面板采用黑晶玻璃，尺寸为37×28厘米，机身厚度仅6.5厘米，重约2.3公斤，搬到阳台或带去露营都很方便。适用锅底直径12到26厘米的铁锅和不锈钢锅，锅具离开炉面30秒后自动断电。内置童锁，长按3秒即可解锁。整机保修3年。小贴士：煎牛排建议用200℃，煮火锅开到第五档就够了。';
const HAT_ZH = 'Solino 儿童防晒渔夫帽 UPF50+ 带护颈';
const HAT_SRC =
  'Solino 儿童渔夫帽采用UPF50+防晒面料，可阻隔百分之98以上的紫外线。帽檐宽7厘米，脑后加了一块15厘米长的护颈布，不用时可以卷起来扣好。共两个尺码：S码头围48到52厘米，适合2到4岁；M码头围52到56厘米，适合4到8岁。帽子内侧有抽绳，还能再收紧约2厘米。整顶帽子只有约55克，折起来能塞进口袋。面料速干，可以机洗，水温不超过30℃。共有六种颜色可选。';
const BAND_ZH = 'Pulso B6 智能手环 1.47英寸彩屏 5ATM防水';
const BAND_SRC =
  'Pulso B6 智能手环配备1.47英寸AMOLED彩屏，最高亮度450尼特，阳光下也看得清。支持心率、血氧和睡眠监测，内置100多种运动模式。防水等级5ATM，游泳时也能佩戴。电池容量200毫安时，正常使用可续航14天，充满电约需90分钟。机身仅重24克，表带长度可在140到210毫米之间调节。兼容安卓8.0及以上和iOS 13及以上系统。整机保修12个月。';
const PLUG_ZH = 'Hofa 户外智能插座 IP44防水 两只装';
const PLUG_SRC =
  'Hofa 户外智能插座防护等级达到IP44，庭院、阳台、车库都能用。每只插座最大电流16安，最大功率3680瓦，圣诞彩灯、水泵、电烤炉都带得动。通过2.4GHz无线网络连接手机App，可远程开关，也能设置定时和倒计时，每只最多保存20组定时。工作温度为零下20℃到50℃。电源线长1.5米，插孔自带防水盖。一盒两只装，可以分别控制。支持主流语音助手。产品质保2年。注意：请勿浸泡在水中使用。';
const SEAT_ZH = 'Nido 360度旋转儿童安全座椅 i-Size 0-4岁';
const SEAT_SRC =
  'Nido 儿童安全座椅通过ECE R129（i-Size）认证，适合身高40到105厘米、约0到4岁的宝宝。座椅可360度旋转，单手就能转向车门，抱娃上下车更省力。身高76厘米以下必须反向安装，之后可以改为正向。靠背有4档倾斜角度，头枕高度可调11档。采用ISOFIX接口加支撑腿安装，指示窗显示绿色即代表安装到位。座椅重约13.5公斤，面料可拆下机洗，水温30℃以内。整椅质保3年。';
const SUIT_ZH = 'Marea 男款3/2毫米全身潜水湿衣 背拉链';
const SUIT_SRC =
  'Marea 男款全身湿衣采用日本氯丁橡胶，躯干部分厚3毫米，手臂和腿部厚2毫米，既保暖又不影响划水。适合水温14到20℃的季节冲浪、浮潜和桨板运动。接缝采用胶合加盲缝工艺，进水更少。背部拉链长约70厘米，一个人就能穿脱。膝盖处加了耐磨护垫，面料可拉伸约百分之400。共6个尺码，胸围从88到112厘米。身高170厘米、体重65公斤左右建议选M码。每次使用后请用淡水冲洗并阴干，避免暴晒。';

export const ROUND_79_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'portable_induction_cooktops',
    'en',
    HOB_ZH,
    HOB_SRC,
    {
      translated_description:
        'The Indura IC-22 portable induction hob delivers 2,200 W across eight heat levels, lets you set the temperature anywhere from 60 to 240 °C (140–464 °F) and has a timer of up to 180 minutes. The black crystal glass top measures 37 × 28 cm (14.6 × 11 in), the body is just 6.5 cm (2.6 in) high, and at about 2.3 kg (5.1 lb) it is easy to carry out to the balcony or pack for a camping trip. It works with iron and stainless steel pans whose base is 12 to 26 cm (4.7–10.2 in) across, and it switches itself off 30 seconds after the pan is lifted off the glass. The built-in child lock is released by holding the button down for 3 seconds. The hob comes with a 3-year warranty. Tip: sear steak at 200 °C (392 °F); for a hot pot, level 5 is all you need.',
      seo_title: 'Indura IC-22 Portable Induction Hob, 2,200 W, 8 Levels',
      meta_description:
        'Portable Indura induction hob with 2,200 W, eight heat levels, 60–240 °C and a 180-minute timer. About 2.3 kg, with child lock and a 3-year warranty.',
      h1: 'Indura IC-22 – Cook Anywhere There’s a Socket',
      marketing_copy_a:
        'Eight heat levels, a timer and a child lock in a hob slim enough to slide into a kitchen drawer: an extra cooking zone exactly when you need it. Order your Indura today.',
      marketing_copy_b:
        'Friends on the balcony, a bubbling hot pot in the middle of the table and nobody stuck at the stove indoors. That is how a summer evening should feel. Discover the Indura.',
      marketing_copy_c:
        'Launch offer: a free non-stick frying pan with every Indura this month. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      find: '(140–464 °F)',
      replace: '(140–446 °F)',
      labels: ['number_invented'],
    },
    'It works with iron and stainless steel pans whose base is 12 to 26 cm (4.7–10.2 in) across, and it switches itself off 30 seconds after the pan is lifted off the glass.',
  ),
  listing(
    'p01',
    'portable_induction_cooktops',
    'de',
    HOB_ZH,
    HOB_SRC,
    {
      translated_description:
        'Das tragbare Induktionskochfeld Indura IC-22 leistet 2200 W, hat acht Leistungsstufen und regelt die Temperatur zwischen 60 und 240 °C; den Timer stellen Sie auf bis zu 180 Minuten. Die Kochfläche aus schwarzem Kristallglas misst 37 × 28 cm, das Gehäuse ist nur 6,5 cm hoch, und mit rund 2,3 kg tragen Sie das Gerät mühelos auf den Balkon oder nehmen es mit zum Camping. Geeignet sind Töpfe und Pfannen aus Eisen oder Edelstahl mit einem Bodendurchmesser von 12 bis 26 cm. Nehmen Sie das Kochgeschirr vom Feld, schaltet es sich nach 30 Sekunden von selbst ab. Die eingebaute Kindersicherung lösen Sie, indem Sie die Taste 3 Sekunden gedrückt halten. Auf das Gerät gibt es 3 Jahre Garantie. Unser Tipp: Steaks gelingen bei 200 °C, für den Feuertopf reicht Stufe 5 völlig aus.',
      seo_title: 'Indura IC-22 Induktionskochfeld, tragbar, 2200 W',
      meta_description:
        'Tragbares Induktionskochfeld Indura IC-22 mit 2200 W, acht Stufen, 60 bis 240 °C und Timer. Nur rund 2,3 kg leicht, mit Kindersicherung und 3 Jahren Garantie.',
      h1: 'Indura – kochen, wo immer eine Steckdose ist',
      marketing_copy_a:
        'Eine zusätzliche Kochzone für Küche, Balkon und Campingplatz, die danach flach in der Schublade verschwindet. Jetzt bestellen.',
      marketing_copy_b:
        'Freunde auf dem Balkon, in der Tischmitte brodelt der Feuertopf, und keiner steht allein drinnen am Herd. So sollen Sommerabende sein. Entdecken Sie das Indura.',
      marketing_copy_c:
        'Zum Marktstart gibt es eine beschichtete Pfanne gratis zu jedem Indura – sichern Sie sich Ihr Kochfeld noch diesen Monat.',
    },
    {
      field: 'translated_description',
      find: 'auf bis zu 180 Minuten',
      replace: 'auf bis zu 240 Minuten',
      labels: ['number_dropped', 'number_invented'],
    },
    'Geeignet sind Töpfe und Pfannen aus Eisen oder Edelstahl mit einem Bodendurchmesser von 12 bis 26 cm.',
  ),
  listing(
    'p02',
    'kids_sun_hats',
    'en',
    HAT_ZH,
    HAT_SRC,
    {
      translated_description:
        'The Solino kids’ bucket hat is made from UPF 50+ sun-protective fabric that blocks more than 98% of UV rays. The brim is 7 cm (2.8 in) wide, and a 15 cm (5.9 in) neck flap at the back can be rolled up and snapped in place when it is not needed. It comes in two sizes: S fits heads of 48 to 52 cm (18.9–20.5 in) for ages 2 to 4, and M fits 52 to 56 cm (20.5–22 in) for ages 4 to 8. A drawstring inside lets you take it in by about 2 cm (0.8 in) more. The whole hat weighs only about 55 g (1.9 oz) and folds small enough to tuck into a pocket. The quick-dry fabric is machine washable at up to 30 °C (86 °F). Choose from six colours.',
      seo_title: 'Solino Kids’ Sun Hat, UPF 50+, Neck Flap, Ages 2–8',
      meta_description:
        'Kids’ bucket hat in UPF 50+ fabric with a 7 cm brim and a roll-up neck flap. Two sizes for ages 2 to 8, quick-drying, machine washable, in six colours.',
      h1: 'Solino – Shade That Goes Wherever They Go',
      marketing_copy_a:
        'From the sandpit to the school trip: a wide brim, a neck flap for the hottest hours and a drawstring that keeps the hat on when the wind picks up. Order your Solino today.',
      marketing_copy_b:
        'Sandcastles, rock pools and an ice cream at the kiosk – a whole summer day outdoors, with their neck and ears still in the shade at teatime. Discover Solino.',
      marketing_copy_c:
        'Summer deal: a free matching drawstring bag with every Solino this month. Grab yours now.',
    },
    {
      field: 'translated_description',
      replace: 'The fabric keeps its full UV protection for up to 40 washes.',
      labels: ['number_invented'],
    },
    'The whole hat weighs only about 55 g (1.9 oz) and folds small enough to tuck into a pocket.',
  ),
  listing(
    'p02',
    'kids_sun_hats',
    'fr',
    HAT_ZH,
    HAT_SRC,
    {
      translated_description:
        'Le bob enfant Solino est confectionné dans un tissu anti-UV UPF 50+ qui bloque plus de 98 % des rayons ultraviolets. Son bord mesure 7 cm de large et, à l’arrière, un protège-nuque de 15 cm se roule et se fixe par une pression quand on n’en a pas besoin. Il existe en deux tailles : la S pour un tour de tête de 48 à 52 cm, de 2 à 4 ans, et la M pour un tour de tête de 52 à 56 cm, de 4 à 8 ans. Un cordon intérieur permet de le resserrer encore d’environ 2 cm. Le bob ne pèse qu’environ 55 g et se plie pour tenir dans une poche. Le tissu sèche vite et se lave en machine à 30 °C maximum. Six coloris au choix.',
      seo_title: 'Bob anti-UV enfant Solino UPF 50+, de 2 à 8 ans',
      meta_description:
        'Bob enfant Solino en tissu UPF 50+ : bord de 7 cm, protège-nuque enroulable, deux tailles de 2 à 8 ans, séchage rapide, lavable en machine, six coloris.',
      h1: 'Solino, l’ombre qui suit vos enfants partout',
      marketing_copy_a:
        'Du bac à sable à la sortie scolaire : un large bord, un protège-nuque pour les heures chaudes et un cordon qui le garde en place quand le vent se lève. Commandez votre Solino.',
      marketing_copy_b:
        'Châteaux de sable, pique-nique et glace sur la plage : toute une journée dehors, avec la nuque encore à l’ombre à l’heure du goûter. Découvrez Solino.',
      marketing_copy_c:
        'Offre d’été : un sac à cordon assorti offert avec chaque Solino ce mois-ci. Profitez-en vite !',
    },
    { field: 'seo_title', find: 'de 2 à 8 ans', replace: 'de 2 à 10 ans', labels: ['number_invented'] },
    'Le bob ne pèse qu’environ 55 g et se plie pour tenir dans une poche.',
  ),
  listing(
    'p03',
    'fitness_trackers',
    'ja',
    BAND_ZH,
    BAND_SRC,
    {
      translated_description:
        'Pulso B6 スマートバンドは、1.47インチのAMOLEDカラー画面を搭載。最大輝度は450ニトで、日差しの下でもくっきり見えます。心拍数・血中酸素・睡眠のモニタリングに対応し、100種類以上のスポーツモードを内蔵しています。防水性能は5ATMなので、泳ぐときも着けたままで大丈夫です。バッテリー容量は200mAhで、通常の使い方なら14日間持ち、フル充電までは約90分です。本体の重さはわずか24g。バンドの長さは140〜210mmの範囲で調整できます。Android 8.0以降、iOS 13以降に対応しています。保証期間は12か月です。',
      seo_title: 'Pulso B6 スマートバンド 1.47インチ 5ATM防水',
      meta_description:
        '1.47インチのAMOLED画面と5ATM防水、最大14日間持つバッテリー。心拍・血中酸素・睡眠を記録できる、わずか24gのスマートバンドです。',
      h1: 'Pulso B6 毎日の健康を手首から',
      marketing_copy_a:
        '心拍も睡眠もトレーニングも、これひとつでまとめて記録。充電の手間が少ないから、毎日つけっぱなしで使えます。今すぐ購入。',
      marketing_copy_b:
        '朝のランニングも、ぐっすり眠れた夜も、数字で振り返るとちょっと嬉しくなります。がんばる自分を、手首からそっと応援。ぜひチェックしてください。',
      marketing_copy_c: '発売記念として、替えバンドをおまけにプレゼント中。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: 'フル充電までは約90分',
      replace: 'フル充電までは約60分',
      labels: ['number_dropped', 'number_invented'],
    },
    'バンドの長さは140〜210mmの範囲で調整できます。',
  ),
  listing(
    'p03',
    'fitness_trackers',
    'es',
    BAND_ZH,
    BAND_SRC,
    {
      translated_description:
        'La pulsera inteligente Pulso B6 tiene una pantalla AMOLED a color de 1,47 pulgadas con un brillo de hasta 450 nits, así que se lee bien incluso a pleno sol. Mide el ritmo cardiaco, el oxígeno en sangre y el sueño, y trae más de 100 modos deportivos. Con una resistencia al agua de 5 ATM, puedes llevarla también para nadar. Su batería de 200 mAh dura 14 días con un uso normal y se carga por completo en unos 90 minutos. Pesa solo 24 gramos y la correa se ajusta entre 140 y 210 mm. Es compatible con Android 8.0 e iOS 13 o posteriores. Tiene una garantía de 12 meses.',
      seo_title: 'Pulsera inteligente Pulso B6 con pantalla AMOLED y 5 ATM',
      meta_description:
        'Pulsera inteligente Pulso B6 con pantalla AMOLED de 1,47 pulgadas, resistencia al agua de 5 ATM, más de 100 modos deportivos y hasta 14 días de batería.',
      h1: 'Pulso B6, tu día a día en la muñeca',
      marketing_copy_a:
        'Pulso, sueño y entrenamiento en una sola pulsera que casi nunca pide cargador: te la pones y te olvidas durante días. Hazte con la tuya.',
      marketing_copy_b:
        'Ver que hoy has dormido mejor o que has caminado más que ayer sienta de maravilla. Son pequeños logros que te animan a seguir. Descubre la Pulso.',
      marketing_copy_c:
        'Por su lanzamiento, te regalamos una correa de repuesto con cada pulsera. Pídela ya.',
    },
    {
      field: 'meta_description',
      find: 'más de 100 modos',
      replace: 'más de 140 modos',
      labels: ['number_invented'],
    },
    'Pesa solo 24 gramos y la correa se ajusta entre 140 y 210 mm.',
  ),
  listing(
    'p04',
    'outdoor_smart_plugs',
    'de',
    PLUG_ZH,
    PLUG_SRC,
    {
      translated_description:
        'Die smarte Außensteckdose Hofa ist nach IP44 geschützt und damit für Garten, Balkon und Garage geeignet. Jede Steckdose verträgt bis zu 16 A und höchstens 3680 W – genug für Weihnachtsbeleuchtung, Wasserpumpe oder Elektrogrill. Über 2,4-GHz-WLAN verbinden Sie sie mit der App auf Ihrem Handy: Sie schalten aus der Ferne ein und aus, legen Zeitpläne und Countdowns an und speichern bis zu 20 Zeitpläne pro Steckdose. Sie arbeitet bei Temperaturen von minus 20 bis plus 50 °C. Das Kabel ist 1,5 m lang, und die Buchse hat bereits eine Schutzklappe gegen Spritzwasser. In jeder Packung stecken zwei Steckdosen, die sich getrennt steuern lassen. Gängige Sprachassistenten werden unterstützt. Sie erhalten 2 Jahre Garantie. Hinweis: Bitte nicht in Wasser tauchen.',
      seo_title: 'Hofa WLAN-Steckdose für außen, IP44, 2er-Set, 3680 W',
      meta_description:
        'Smarte Außensteckdose Hofa im Doppelpack: IP44, bis 16 A und 3680 W, App-Steuerung per WLAN mit Zeitplänen und Countdown, dazu 2 Jahre Garantie.',
      h1: 'Hofa – Gartenstrom bequem per App',
      marketing_copy_a:
        'Lichterkette, Teichpumpe und Grill schalten sich zur richtigen Zeit von selbst – ohne dass Sie bei Regen hinaus in den Garten müssen. Jetzt bestellen.',
      marketing_copy_b:
        'Die Dämmerung kommt, und im Garten gehen wie von Zauberhand die Lichter an. Sie sitzen längst mit einem Glas Wein auf der Terrasse. Entdecken Sie Hofa.',
      marketing_copy_c:
        'Nur diesen Monat: ein Außen-Verlängerungskabel gratis zu jedem Set – sichern Sie sich Ihre Hofa jetzt.',
    },
    {
      field: 'translated_description',
      replace: 'Im Standby verbraucht sie weniger als 0,5 W.',
      labels: ['number_invented'],
    },
    'Das Kabel ist 1,5 m lang, und die Buchse hat bereits eine Schutzklappe gegen Spritzwasser.',
  ),
  listing(
    'p04',
    'outdoor_smart_plugs',
    'fr',
    PLUG_ZH,
    PLUG_SRC,
    {
      translated_description:
        'La prise connectée d’extérieur Hofa est certifiée IP44 : jardin, balcon ou garage, elle a sa place partout. Chaque prise supporte jusqu’à 16 A et 3\u202f680 W, de quoi alimenter guirlandes de Noël, pompe à eau ou four électrique. Elle se connecte au Wi-Fi 2,4 GHz et se pilote depuis l’application de votre téléphone : allumage et extinction à distance, programmations et compte à rebours, avec jusqu’à 20 programmations par prise. Elle fonctionne de -20 °C à 50 °C. Le câble mesure 1,5 m et la prise dispose de son propre cache étanche. La boîte contient deux prises, commandables séparément. Compatible avec les principaux assistants vocaux. Garantie 2 ans. Attention : ne pas immerger dans l’eau.',
      seo_title: 'Prise connectée extérieure Hofa IP44, lot de 2',
      meta_description:
        'Lot de deux prises connectées d’extérieur Hofa : IP44, 16 A et 3\u202f680 W, pilotage en Wi-Fi depuis l’application avec programmations, garantie 2 ans.',
      h1: 'Hofa, le jardin qui s’allume tout seul',
      marketing_copy_a:
        'Guirlandes, pompe du bassin et barbecue s’allument à l’heure voulue, sans sortir sous la pluie pour brancher quoi que ce soit. Commandez votre lot Hofa.',
      marketing_copy_b:
        'Le soir tombe, les guirlandes du jardin s’allument comme par magie et vous êtes déjà installé sur la terrasse, un verre à la main. Découvrez Hofa.',
      marketing_copy_c:
        'Ce mois-ci, une rallonge d’extérieur offerte avec chaque lot. Profitez-en dès maintenant !',
    },
    {
      field: 'translated_description',
      find: 'La boîte contient deux prises',
      replace: 'La boîte contient trois prises',
      labels: ['number_invented'],
    },
    'Le câble mesure 1,5 m et la prise dispose de son propre cache étanche.',
  ),
  listing(
    'p05',
    'baby_car_seats',
    'en',
    SEAT_ZH,
    SEAT_SRC,
    {
      translated_description:
        'The Nido car seat is approved to ECE R129 (i-Size) and fits children from 40 to 105 cm (15.7–41.3 in) tall, roughly from 0 to 4 years old. The seat rotates through 360 degrees, so you can turn it towards the door with one hand and lift your baby in and out with far less strain. Children up to 76 cm (29.9 in) must travel rear-facing; after that, the seat can be switched to forward-facing. The backrest has 4 recline positions and the headrest adjusts to 11 heights. It installs with ISOFIX connectors and a support leg, and an indicator window turns green once the seat is fitted correctly. The seat weighs about 13.5 kg (29.8 lb), and the cover comes off for machine washing at up to 30 °C (86 °F). It comes with a 3-year warranty.',
      seo_title: 'Nido 360° Rotating Car Seat, i-Size, 40–105 cm',
      meta_description:
        'Nido i-Size car seat (ECE R129) for children 40–105 cm tall: 360° rotation, 4 recline positions, 11 headrest heights, ISOFIX and a support leg.',
      h1: 'Nido – Every Journey Starts Safely',
      marketing_copy_a:
        'From the first drive home from hospital to the nursery run: a seat that turns to the door, grows with your child and shows at a glance that it is fitted right. Order your Nido today.',
      marketing_copy_b:
        'No more twisting your back in the car doorway with a sleeping baby in your arms. Turn, lift, click – and you are on your way. Discover the Nido.',
      marketing_copy_c:
        'This month only: a free rear-window sunshade with every Nido. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'about 13.5 kg (29.8 lb)',
      replace: 'about 13.5 kg (27.8 lb)',
      labels: ['number_invented'],
    },
    'The seat weighs about 13.5 kg (29.8 lb), and the cover comes off for machine washing at up to 30 °C (86 °F).',
  ),
  listing(
    'p05',
    'baby_car_seats',
    'ja',
    SEAT_ZH,
    SEAT_SRC,
    {
      translated_description:
        'Nidoのチャイルドシートは、ECE R129（i-Size）認証を取得しており、身長40〜105cm、0〜4歳頃までのお子さまにお使いいただけます。シートは360度回転するので、片手でドア側に向けられ、赤ちゃんの乗せ降ろしがぐっと楽になります。身長76cm以下のうちは必ず後ろ向きで取り付け、それ以降は前向きに切り替えられます。背もたれのリクライニングは4段階、ヘッドレストの高さは11段階で調整できます。取り付けはISOFIXとサポートレッグで行い、インジケーターが緑色になれば正しく装着できた合図です。重さは約13.5kg。カバーは取り外して洗濯機で洗え、水温は30℃以下が目安です。製品保証は3年間です。',
      seo_title: 'Nido 360度回転チャイルドシート i-Size 0〜4歳',
      meta_description:
        'ECE R129（i-Size）認証のチャイルドシート。360度回転で乗せ降ろしが楽に。身長40〜105cm対応、ISOFIX取り付けで3年保証付き。',
      h1: 'Nido 毎日のお出かけを、もっと安心に',
      marketing_copy_a:
        '退院の日の帰り道から、保育園の送り迎えまで。成長に合わせて長く使えて、取り付けの確認もひと目でわかります。今すぐ購入。',
      marketing_copy_b:
        '眠った赤ちゃんを抱いたまま、ドアの前で体をひねる必要はもうありません。くるっと回して、そっと乗せるだけ。ぜひチェックしてください。',
      marketing_copy_c: '今月限定で、リアガラス用サンシェードをプレゼント。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '0〜4歳', replace: '0〜7歳', labels: ['number_invented'] },
    '重さは約13.5kg。',
  ),
  listing(
    'p06',
    'wetsuits',
    'de',
    SUIT_ZH,
    SUIT_SRC,
    {
      translated_description:
        'Der Herren-Neoprenanzug Marea ist aus japanischem Neopren gefertigt: am Rumpf 3 mm, an Armen und Beinen 2 mm dick. So hält er warm und lässt Ihnen beim Paddeln trotzdem volle Bewegungsfreiheit. Gedacht ist er für Wassertemperaturen von 14 bis 20 °C, zum Surfen, Schnorcheln und Stand-up-Paddeln in der Übergangszeit. Die Nähte sind verklebt und blindgenäht, damit weniger Wasser eindringt. Der Rückenreißverschluss ist rund 70 cm lang, so kommen Sie ohne Hilfe hinein und wieder heraus. An den Knien sitzen abriebfeste Polster, und das Material lässt sich um etwa 400 % dehnen. Es gibt 6 Größen für einen Brustumfang von 88 bis 112 cm. Bei 170 cm Körpergröße und rund 65 kg empfehlen wir Größe M. Nach jedem Einsatz bitte mit Süßwasser abspülen und im Schatten trocknen lassen, nicht in der prallen Sonne.',
      seo_title: 'Marea Neoprenanzug Herren 3/2 mm, Rückenreißverschluss',
      meta_description:
        'Neoprenanzug Marea für Herren aus japanischem Neopren, 3/2 mm, für 14 bis 20 °C Wassertemperatur, mit Rückenreißverschluss, Kniepolstern und 6 Größen.',
      h1: 'Marea – länger im Wasser, auch wenn es frischer wird',
      marketing_copy_a:
        'Ein Anzug für Frühjahr und Herbst, vom Surfbrett bis zum Paddelboard: warm genug für kühles Wasser und beweglich genug für jede Welle. Jetzt bestellen.',
      marketing_copy_b:
        'Der Strand ist fast leer, das Wasser klar und frisch, und Sie paddeln noch mal hinaus, während die anderen schon einpacken. Genau dafür ist er gemacht. Entdecken Sie Marea.',
      marketing_copy_c:
        'Zum Saisonstart gibt es eine Neoprenhaube gratis zu jedem Marea – sichern Sie sich Ihren Anzug jetzt.',
    },
    {
      field: 'translated_description',
      find: 'rund 70 cm lang',
      replace: 'rund 80 cm lang',
      labels: ['number_dropped', 'number_invented'],
    },
    'Bei 170 cm Körpergröße und rund 65 kg empfehlen wir Größe M.',
  ),
  listing(
    'p06',
    'wetsuits',
    'es',
    SUIT_ZH,
    SUIT_SRC,
    {
      translated_description:
        'El traje de neopreno integral para hombre Marea está fabricado con neopreno japonés: 3 mm en el torso y 2 mm en brazos y piernas, para abrigar sin restarte libertad al remar. Está pensado para aguas de 14 a 20 °C, en primavera y otoño, para hacer surf, snorkel o pádel surf. Las costuras van pegadas y cosidas en ciego, así que entra menos agua. La cremallera trasera mide unos 70 cm y te permite ponértelo y quitártelo sin ayuda. Lleva refuerzos resistentes al desgaste en las rodillas y el tejido estira hasta un 400 %. Hay 6 tallas, para contornos de pecho de 88 a 112 cm. Si mides 170 cm y pesas unos 65 kg, te recomendamos la talla M. Después de cada uso, acláralo con agua dulce y déjalo secar a la sombra, sin sol directo.',
      seo_title: 'Traje de neopreno Marea 3/2 mm para hombre',
      meta_description:
        'Traje de neopreno integral Marea para hombre, 3/2 mm de neopreno japonés, para aguas de 14 a 20 °C, con cremallera trasera y refuerzos en las rodillas.',
      h1: 'Marea, más horas en el agua',
      marketing_copy_a:
        'Un solo traje para primavera y otoño, de la tabla de surf al pádel: abriga en el agua fresca y no te frena en ninguna ola. Cómpralo ya.',
      marketing_copy_b:
        'La playa casi vacía, el agua clara y fresquita, y tú que sales a por una última ola mientras los demás recogen. Para eso está hecho. Descubre Marea.',
      marketing_copy_c:
        'Para empezar la temporada, un gorro de neopreno de regalo con cada Marea. Consíguelo ahora.',
    },
    {
      field: 'translated_description',
      find: 'Hay 6 tallas',
      replace: 'Hay 3 tallas',
      labels: ['number_dropped', 'number_invented'],
    },
    'Si mides 170 cm y pesas unos 65 kg, te recomendamos la talla M.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (induction hob) takes styles 0-2, listing 2 (sun hat) 3-5, listing 3 (car seat) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure — here’s the translated product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHope this helps! Let me know if you need any tweaks.`,
  }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ marketing_copy_a: `**Value-focused copy:** ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `As an AI, I have never spent a day at the beach, but here is an emotional version: ${c.marketing_copy_b}`,
  }),
  (c) => ({ translated_description: `Translation:\n${c.translated_description}` }),
  (c) => ({ h1: `### ${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nNote: I kept the metric values from the source and added imperial conversions in brackets.`,
  }),
];

// de: listing 1 (induction hob) takes styles 0-2, listing 2 (smart plug) 3-5, listing 3 (wetsuit) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Hier ist die deutsche Übersetzung:\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({ h1: `Überschrift: ${c.h1}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(Anmerkung: „Countdown“ habe ich bewusst nicht eingedeutscht.)',
    ),
  }),
  (c) => ({ h1: `**${c.h1}**` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nGerne passe ich den Text noch an, falls Sie einen anderen Ton wünschen.`,
  }),
  (c) => ({ meta_description: `\`\`\`\n${c.meta_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `Als KI habe ich selbst noch nie auf einem Surfbrett gestanden, aber hier ist ein emotionaler Vorschlag: ${c.marketing_copy_b}`,
  }),
  (c) => ({ translated_description: `{"translated_description": "${c.translated_description}"}` }),
];

// ja: listing 1 (fitness tracker) takes styles 0-2, listing 2 (car seat) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下は商品説明の翻訳です：\n${c.translated_description}` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n他の案が必要でしたら、お気軽にお申し付けください。`,
  }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      2,
      '（訳注：「乗せ降ろし」は、やや口語的な表現にしています。）',
    ),
  }),
  (c) => ({ marketing_copy_a: `キャッチコピー（価値訴求）：${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `AIアシスタントのため実際の使用感はお伝えできませんが、感情に訴える文案は次のとおりです。${c.marketing_copy_b}`,
  }),
];

// es: listing 1 (fitness tracker) takes styles 0-2, listing 2 (wetsuit) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Por supuesto! Aquí tienes la descripción traducida:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<h2>${c.h1}</h2>` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
  (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ marketing_copy_a: `Texto de valor: ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `Como modelo de lenguaje, no puedo confirmar si la promoción sigue vigente. ${c.marketing_copy_c}`,
  }),
];

// fr: listing 1 (sun hat) takes styles 0-2, listing 2 (smart plug) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Voici la traduction de la fiche produit :\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `**Accroche émotionnelle :** ${c.marketing_copy_b}` }),
  (c) => ({ h1: `<strong>${c.h1}</strong>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nJ’espère que cette traduction vous conviendra !`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `En tant que modèle de langage, je ne peux pas vérifier les stocks, mais voici une proposition : ${c.marketing_copy_c}`,
  }),
];

export const ROUND_79_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap sun hats often lose their shape after a few washes.',
      'Knockoff induction hobs tend to buzz, flicker and run hot.',
      'A counterfeit car seat can fail exactly when it matters most.',
      'Imitation UV fabric may look the same but lets the sun through.',
    ],
    slogans: ['Sunshine without the sunburn.', 'Every journey, safely home.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Summer Essentials, Gift Idea, Best Seller, Top Rated, Free Shipping',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Eine Fälschung erkennt man oft am fehlenden Prüfzeichen.',
      'Billige Kochplatten brummen laut und heizen ungleichmäßig.',
      'Nachahmungen halten selten dicht, wenn es draußen regnet.',
      'Imitate vom Sonderpostenmarkt reißen schon nach wenigen Einsätzen an den Nähten.',
    ],
    slogans: ['Licht an, Füße hoch.', 'Mehr Zeit auf der Welle.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz und bündig: ',
    titleStuffing: ' – Neuheit, Bestseller, Geschenkidee, Top-Angebot, Versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のチャイルドシートは安全基準を満たしていないことがあります。',
      'コピー品のバンドはすぐに切れてしまいます。',
      '偽物の充電ケーブルは発熱の原因になります。',
      '模倣品のスマートバンドは心拍の計測が不正確です。',
    ],
    slogans: ['毎日を、もっとアクティブに。', 'すべての道のりに、安心を。'],
    chineseLeftovers: ['这款手环很轻，戴着睡觉也没有感觉。', '这个安全座椅安装很简单，质量也很好。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 ランキング 新作 プレゼント 送料無料 翌日配送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los trajes de neopreno baratos se abren por las costuras.',
      'Una réplica de pulsera no tiene ninguna garantía.',
      'Las imitaciones de neopreno pierden elasticidad enseguida.',
      'Una pulsera falsa puede medirte mal el pulso.',
    ],
    slogans: ['Más horas de mar, menos frío.', 'Tu ritmo, tu pulsera.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Novedad, regalo, más vendido, envío gratis, oferta top',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une prise pas chère ne résiste pas longtemps à la pluie.',
      'Les contrefaçons de prises connectées présentent un vrai risque d’incendie.',
      'Un bob de contrefaçon ne protège pas vraiment du soleil.',
      'Méfiez-vous des fausses étiquettes anti-UV.',
    ],
    slogans: ['Le jardin s’illumine tout seul.', 'À l’ombre, même en plein soleil.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Nouveauté, idée cadeau, meilleure vente, livraison offerte',
  },
};
