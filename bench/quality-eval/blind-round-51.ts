// Blind set, round 51 (written without reading the gate, committed before it is scored): six home, garden, pet,
// baby and car products in the categories smart_door_locks, electric_lunch_boxes, cordless_leaf_blowers,
// baby_formula_pitchers, aquarium_heaters and wireless_car_chargers, 12 hand-written listings from catalogue-style
// Chinese spec sheets (【产品特点】【规格参数】【包装清单】【售后保障】), three artifact styles per listing and wording
// of its own (this round: the mix a reviewer finds in real model output: a friendly lead-in before the description,
// a field label or markdown heading in front of a field, HTML tags and code fences around a field, a leftover of the
// JSON answer structure, an unfilled placeholder, a translator's note about a unit, a word choice or a regional
// variant, a question to the requester or a note that the source leaves something out, an alternative version, a
// word or character count, a remark on tone or audience, and an English remark inside a non-English field; no digits
// in artifacts that land in the description, title or meta); legitimate numbers:
// Keyra X7 (model), 五种 (five, fünf) unlock methods, 0.3 s (0,3 s), 100 fingerprints, Bluetooth 5.0 (dot kept in
// every locale), 2.4GHz (2.4 GHz, 2,4 GHz), 5 wrong entries, 3 minutes, 4 AA batteries, about 12 months, 5V/2A,
// 40-120mm (40–120 mm (1.6–4.7 in), 40 bis 120 mm), ×1 and ×2 in the packing list (1 × …, 2 × …), 2-year warranty
// (2 Jahre), 7-day returns (7 Tage), 十分省心 (idiomatic: hassle-free, not ten);
// Warmi A-200 (model), 1.5L (1,5 l), 双层 (dos niveles, 二層: dual, not a spec; 2 is a source number anyway),
// 30~40 minutes (約30～40分, unos 30-40 minutos), 304 stainless steel, 两种 (2種類, dos) power cords, 四个 (4か所,
// cuatro) latches, 220V / 12V, 60W, 0.6L + 0.9L (0,6 l y 0,9 l), 24×17×16cm, about 1.2kg (約1.2kg, 1,2 kg), ×1 and
// ×1套 (1セット, 1 juego), 1 year, 7 days, 十分方便 and 一应俱全 (idiomatic);
// Ventro B5 (model), 21V, 180 km/h (112 mph), 六档 (six, six vitesses) speeds, 1.8kg (1.8 kg (4 lb), 1,8 kg), 一键
// (idiomatic), 十几秒 (just over ten seconds, un peu plus de dix secondes), 4.0Ah (4.0 Ah, 4,0 Ah), about 2 hours,
// 20~30 minutes, ≤75dB, 78×15×22cm, ×1 and ×2 (2 × extension tubes, 2 tubes), 6 months, 1 year, 7 days;
// Milko K3 (model), 一键 (idiomatic), 40~90℃ (40 bis 90 °C, 40～90℃), steps of 1℃, 24 hours, 120℃ temperature
// difference, 三种 (drei, 3つの) modes, 1.2L (1,2 l), 220V / 50Hz, 800W, 18×18×5cm, ×1, 1 year, 7 days, 十分放心
// (idiomatic);
// Aquavo AQ-9 (model), 20~34℃ (20 to 34 °C (68–93 °F), 20 y 34 °C), ±0.5℃ (±0,5 °C), IP68, 26~28℃ (26 to 28 °C
// (79–82 °F)), 一键 and 一目了然 (idiomatic), 100W, 60~120L (60 to 120 L (16–32 US gal), 60 a 120 l), 220V / 50Hz,
// 1.8m (1.8 m (5.9 ft), 1,8 m), Φ2.5×30cm (Ø 2.5 × 30 cm, Ø 2,5 × 30 cm), ×1 and ×2 suction cups, 2 years, 7 days;
// Chargo Q15 (model), 15W, 一键 (idiomatic), 4.7~6.9 inch (4,7 bis 6,9 Zoll, 4,7 à 6,9 pouces), case up to 5mm, 360°,
// 两种 (zwei, deux) mounting options, 40℃, 9V/2A, QC3.0 (QC 3.0, dot kept), 5W/7.5W/10W/15W (7,5 W), ≥75% (75 %),
// 12×8×6cm, ×1, 1 year, 7 days.
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const LOCK_ZH = 'Keyra X7 智能指纹密码门锁';
const LOCK_SRC =
  'Keyra X7智能门锁，让每天回家都变得更简单、更安心。\n【产品特点】\n● 五种开锁方式：指纹、密码、IC卡、机械钥匙和手机App\n● 半导体指纹识别，0.3秒极速开锁，最多可录入100组指纹\n· 虚位密码防偷窥，真实密码前后可输入任意数字\n✔ 支持蓝牙5.0和2.4GHz WiFi，手机远程查看开门记录\n● 连续5次输错密码，系统自动锁定3分钟\n【规格参数】\n- 型号：X7\n- 供电：4节AA电池，正常使用约12个月\n- 应急供电：Type-C接口，用5V/2A充电宝即可临时供电开锁\n- 适用门厚：40-120mm\n- 面板材质：铝合金，表面防刮涂层\n【包装清单】\n前面板×1、后面板×1、锁体×1、IC卡×2、机械钥匙×2、安装配件×1、说明书×1\n【售后保障】\n整机保修2年，7天无理由退换，售后十分省心。';
const LUNCH_ZH = 'Warmi A-200 双层电热饭盒 1.5L';
const LUNCH_SRC =
  'Warmi A-200电热饭盒，把热乎乎的家常饭菜带到办公室。\n【产品特点】\n● 双层分格设计，总容量1.5L，饭和菜分开装不串味\n● 免注水干蒸加热，插电约30~40分钟即可吃上热饭\n· 内胆采用304不锈钢，可拆卸，清洗十分方便\n✔ 配家用和车载两种电源线，办公室、车上都能用\n● 四个卡扣加硅胶密封圈，倾斜也不易漏汤\n● 附赠不锈钢勺筷，午餐所需一应俱全\n【规格参数】\n- 型号：A-200\n- 额定电压：220V（家用）/12V（车载）\n- 额定功率：60W\n- 容量：上层0.6L＋下层0.9L\n- 机身尺寸：24×17×16cm\n- 机身重量：约1.2kg\n【包装清单】\n饭盒主机×1、家用电源线×1、车载电源线×1、不锈钢勺筷×1套、说明书×1\n【售后保障】\n整机保修1年，7天无理由退换。';
const BLOWER_ZH = 'Ventro B5 无线锂电吹叶机 21V';
const BLOWER_SRC =
  'Ventro B5无线吹叶机，打扫庭院从此轻松省力。\n【产品特点】\n● 21V锂电池供电，不用拉电线，院子哪里都能去\n● 无刷电机，最高风速可达每小时180公里\n· 六档风速调节，落叶、灰尘、薄雪都能吹走\n✔ 机身仅重1.8kg，单手操作手臂不累\n● 一键涡轮加速，十几秒就能清完门前台阶\n【规格参数】\n- 型号：B5\n- 电池：21V 4.0Ah锂电池\n- 充电时间：约2小时\n- 续航时间：20~30分钟（视档位而定）\n- 噪音：≤75dB\n- 整机尺寸：78×15×22cm\n【包装清单】\n主机×1、电池×1、充电器×1、延长风管×2、说明书×1\n【售后保障】\n电池保修6个月，整机保修1年，7天无理由退换。';
const PITCHER_ZH = 'Milko K3 恒温调奶壶 1.2L';
const PITCHER_SRC =
  'Milko K3恒温调奶壶，让夜里冲奶不再手忙脚乱。\n【产品特点】\n● 一键煮沸除氯，煮沸后自动降温并保持在设定温度\n● 温度可在40~90℃之间调节，每次调节1℃\n· 24小时持续恒温，半夜冲奶随时有温水\n✔ 高硼硅玻璃壶身，可承受120℃温差\n● 三种模式：恒温、煮沸、消毒\n● 底座防干烧，缺水自动断电\n● 壶嘴细长，倒水顺畅不洒\n【使用场景】新生儿家庭夜间冲奶、白天泡米粉都很方便，也可以用来泡茶。\n【规格参数】\n- 型号：K3\n- 容量：1.2L\n- 额定电压：220V / 50Hz\n- 额定功率：800W\n- 底座尺寸：18×18×5cm\n【包装清单】\n玻璃壶×1、加热底座×1、滤网×1、说明书×1\n【售后保障】\n整机保修1年，7天无理由退换，用着十分放心。';
const HEATER_ZH = 'Aquavo AQ-9 鱼缸恒温加热棒 100W';
const HEATER_SRC =
  'Aquavo AQ-9鱼缸加热棒，让鱼儿始终生活在稳定温暖的水里。\n【产品特点】\n● 水温可在20~34℃之间设定，控温误差±0.5℃\n● 石英玻璃管身，防爆耐用，IP68级防水，可完全没入水中\n· LED数显屏，当前水温一目了然\n✔ 离水自动断电，不怕干烧\n● 大多数热带鱼适宜26~28℃，一键即可设好\n● 外置温控器，调温不用把手伸进鱼缸\n【规格参数】\n- 型号：AQ-9\n- 功率：100W，适用60~120L鱼缸\n- 电源：220V / 50Hz\n- 电源线长：1.8m\n- 管身尺寸：Φ2.5×30cm\n【包装清单】\n加热棒×1、温控器×1、吸盘×2、说明书×1\n【售后保障】\n整机保修2年，7天无理由退换。';
const CHARGER_ZH = 'Chargo Q15 车载无线充电支架 15W';
const CHARGER_SRC =
  'Chargo Q15车载无线充电支架，开车时导航和充电同时搞定。\n【产品特点】\n● 15W无线快充，兼容所有支持Qi协议的手机\n● 红外感应，手机靠近自动夹紧，一键松开取下\n· 适配4.7~6.9英寸手机，带壳也能充（壳厚5mm以内）\n✔ 支架可360°旋转，横屏竖屏随意切换\n● 出风口夹和吸盘底座两种安装方式\n● 智能温控，充电时线圈温度不超过40℃\n【规格参数】\n- 型号：Q15\n- 输入：9V/2A（支持QC3.0）\n- 无线输出：5W/7.5W/10W/15W\n- 充电效率：≥75%\n- 产品尺寸：12×8×6cm\n【包装清单】\n支架×1、出风口夹×1、吸盘底座×1、Type-C充电线×1、说明书×1\n【售后保障】\n整机保修1年，7天无理由退换。';

export const ROUND_51_LISTINGS: readonly BlindListing[] = [
  listing(
    'n01',
    'smart_door_locks',
    'en',
    LOCK_ZH,
    LOCK_SRC,
    {
      translated_description:
        'The Keyra X7 smart lock makes coming home simpler every day and gives you real peace of mind at the front door. It offers five ways to unlock: fingerprint, PIN code, IC card, mechanical key and the mobile app. The semiconductor fingerprint sensor opens the door in just 0.3 seconds and stores up to 100 fingerprints. A scramble-code feature keeps your PIN safe from prying eyes, because you can type any digits before and after the real code. With Bluetooth 5.0 and 2.4 GHz Wi-Fi, you can check the entry log remotely on your phone. After 5 wrong PIN entries in a row, the system locks itself for 3 minutes. The lock runs on 4 AA batteries, which last about 12 months in normal use. If they run flat, a 5V/2A power bank plugged into the USB-C port supplies emergency power so you can still unlock the door. It fits doors 40–120 mm (1.6–4.7 in) thick, and the aluminium-alloy panel has a scratch-resistant coating. The package includes 1 × front panel, 1 × rear panel, 1 × lock body, 2 × IC cards, 2 × mechanical keys, 1 × installation kit and 1 × user manual. You are covered by a 2-year warranty and 7-day no-questions-asked returns, so after-sales support is completely hassle-free.',
      seo_title: 'Keyra X7 Smart Fingerprint Door Lock with App and Wi-Fi',
      meta_description:
        'Keyra X7 smart door lock: opens by fingerprint in 0.3 seconds, stores 100 fingerprints, has Bluetooth 5.0 and Wi-Fi and runs about 12 months on AA batteries.',
      h1: 'Keyra X7: Keyless Entry for Your Front Door',
      marketing_copy_a:
        'Five ways in, no keys to lose and batteries that keep going for about a year – a single lock that works for the whole family. Order the Keyra X7 today.',
      marketing_copy_b:
        'Arms full of shopping bags, a sleepy child on your shoulder – and the door opens at the touch of a finger. That small moment of ease is what coming home should feel like. Discover Keyra.',
      marketing_copy_c:
        'Launch offer: free professional installation for every Keyra X7 ordered this month. Grab yours while appointments last.',
    },
    {
      field: 'meta_description',
      find: 'stores 100 fingerprints',
      replace: 'stores 200 fingerprints',
      labels: ['number_invented'],
    },
    'After 5 wrong PIN entries in a row, the system locks itself for 3 minutes.',
  ),
  listing(
    'n01',
    'smart_door_locks',
    'de',
    LOCK_ZH,
    LOCK_SRC,
    {
      translated_description:
        'Das Smart Lock Keyra X7 macht das Nachhausekommen jeden Tag einfacher und sorgt an der Haustür für ein gutes Gefühl. Es bietet fünf Öffnungsarten: Fingerabdruck, PIN-Code, IC-Karte, mechanischer Schlüssel und Smartphone-App. Der Halbleiter-Fingerabdrucksensor entriegelt in nur 0,3 Sekunden und speichert bis zu 100 Fingerabdrücke. Dank Tarn-PIN-Funktion können Sie vor und nach dem echten Code beliebige Ziffern eingeben, sodass niemand Ihren Code ausspähen kann. Über Bluetooth 5.0 und WLAN mit 2,4 GHz sehen Sie das Zutrittsprotokoll auch von unterwegs auf dem Smartphone. Nach 5 Falscheingaben in Folge sperrt sich das System für 3 Minuten. Das Schloss läuft mit 4 AA-Batterien, die bei normaler Nutzung rund 12 Monate halten. Sind sie leer, versorgt eine Powerbank mit 5 V/2 A das Schloss über den USB-C-Anschluss vorübergehend mit Strom, sodass Sie die Tür trotzdem öffnen können. Es passt für Türstärken von 40 bis 120 mm, das Panel aus Aluminiumlegierung hat eine kratzfeste Beschichtung. Im Lieferumfang sind 1 × Außenpanel, 1 × Innenpanel, 1 × Schlosskasten, 2 × IC-Karten, 2 × mechanische Schlüssel, 1 × Montagezubehör und 1 × Bedienungsanleitung enthalten. Sie erhalten 2 Jahre Garantie und 7 Tage Rückgaberecht ohne Angabe von Gründen – unkomplizierter geht Service kaum.',
      seo_title: 'Keyra X7 Smart Lock mit Fingerabdruck, App und WLAN',
      meta_description:
        'Smart Lock Keyra X7: öffnet per Fingerabdruck in 0,3 Sekunden, speichert 100 Fingerabdrücke, mit Bluetooth 5.0, WLAN und rund 12 Monaten Batterielaufzeit.',
      h1: 'Keyra X7 – schlüssellos ins eigene Zuhause',
      marketing_copy_a:
        'Fünf Wege ins Haus, kein Schlüsselchaos mehr und Batterien, die rund ein Jahr durchhalten – ein Schloss für die ganze Familie. Jetzt bestellen.',
      marketing_copy_b:
        'Die Einkaufstüten in der Hand, das schlafende Kind auf dem Arm – und die Tür öffnet sich mit einem Fingertipp. Genau so soll sich Heimkommen anfühlen. Entdecken Sie Keyra.',
      marketing_copy_c:
        'Zum Marktstart übernehmen wir die Fachmontage für jedes Keyra X7 aus diesem Monat kostenlos – sichern Sie sich Ihren Termin.',
    },
    {
      field: 'translated_description',
      find: 'speichert bis zu 100 Fingerabdrücke',
      replace: 'speichert bis zu 150 Fingerabdrücke',
      labels: ['number_dropped', 'number_invented'],
    },
    'Nach 5 Falscheingaben in Folge sperrt sich das System für 3 Minuten.',
  ),
  listing(
    'n02',
    'electric_lunch_boxes',
    'ja',
    LUNCH_ZH,
    LUNCH_SRC,
    {
      translated_description:
        'Warmi A-200は、できたてのような温かい家庭の味をそのままオフィスへ運べる電気弁当箱です。上下に分かれた二層構造で総容量は1.5L、ご飯とおかずを分けて入れられるので味移りしません。水を入れずに温めるドライスチーム方式で、コンセントにつなげば約30～40分で温かいご飯が食べられます。内釜は取り外しできる304ステンレス製で、お手入れもとても簡単です。家庭用と車載用の2種類の電源コードが付属し、オフィスでも車内でも使えます。4か所のロックとシリコンパッキンでしっかり密閉するので、傾けても汁もれしにくい設計です。ステンレス製のスプーンと箸も付いていて、ランチに必要なものがすべてそろいます。型番はA-200、定格電圧は220V（家庭用）／12V（車載用）、定格消費電力は60Wです。容量は上段0.6L、下段0.9Lです。本体サイズは24×17×16cm、本体重量は約1.2kgです。セット内容は弁当箱本体×1、家庭用電源コード×1、車載用電源コード×1、ステンレス製スプーン・箸×1セット、取扱説明書×1です。本体保証は1年間で、商品到着から7日以内なら理由を問わず返品・交換を承ります。',
      seo_title: 'Warmi A-200 二層式 電気弁当箱 1.5L 車載対応',
      meta_description:
        '水を入れずに約30～40分で温かいご飯に。総容量1.5Lの二層式電気弁当箱Warmi A-200は家庭用と車載用の電源コード付きで、職場でも車内でも使えます。',
      h1: '職場で温かいランチを\u3000Warmi 電気弁当箱',
      marketing_copy_a:
        'ご飯とおかずを分けて温められて、電源コードは家庭用と車載用の両方付き。毎日の外食代を考えれば、頼もしい味方です。今すぐチェックしてください。',
      marketing_copy_b:
        '寒い日の昼休み、ふたを開けると湯気と一緒に家の香りが広がります。ほっとするひとときを、いつものデスクで。Warmiをぜひご注文ください。',
      marketing_copy_c:
        '新生活応援キャンペーン中、今なら保冷ランチバッグをプレゼント。数量限定ですので、お早めに。',
    },
    { field: 'seo_title', find: '1.5L', replace: '1.8L', labels: ['number_invented'] },
    '容量は上段0.6L、下段0.9Lです。',
  ),
  listing(
    'n02',
    'electric_lunch_boxes',
    'es',
    LUNCH_ZH,
    LUNCH_SRC,
    {
      translated_description:
        'Warmi A-200 es una fiambrera eléctrica que te permite llevar la comida de casa bien caliente a la oficina. Tiene dos niveles con una capacidad total de 1,5 l, para guardar el arroz y el resto de la comida por separado sin que se mezclen los sabores. Calienta al vapor sin añadir agua: enchúfala y en unos 30-40 minutos tendrás la comida lista. El recipiente interior, de acero inoxidable 304, es extraíble y muy fácil de limpiar. Incluye dos cables de alimentación, uno para casa y otro para el coche, así que puedes usarla en la oficina o de viaje. Cuatro cierres y una junta de silicona la mantienen hermética, de modo que no gotea aunque se incline. Trae también cuchara y palillos de acero inoxidable, todo lo necesario para comer. Es el modelo A-200, con una tensión nominal de 220 V (uso doméstico) o 12 V (coche) y una potencia nominal de 60 W. La capacidad es de 0,6 l arriba y 0,9 l abajo. Mide 24 × 17 × 16 cm y pesa 1,2 kg aproximadamente. La caja contiene 1 fiambrera, 1 cable para casa, 1 cable para el coche, 1 juego de cuchara y palillos de acero inoxidable y 1 manual de instrucciones. Tiene 1 año de garantía y 7 días para devolverla sin necesidad de justificación.',
      seo_title: 'Fiambrera eléctrica Warmi A-200, dos niveles, 1,5 l',
      meta_description:
        'Fiambrera eléctrica Warmi A-200 de 1,5 l: calienta sin agua en unos 30-40 minutos, con dos niveles y cables para casa y coche. Comida casera siempre caliente.',
      h1: 'Warmi, comida caliente en la oficina y en el coche',
      marketing_copy_a:
        'Dos cables, dos niveles y cubiertos incluidos: todo para comer caliente sin pasar por el restaurante. Cómprala hoy.',
      marketing_copy_b:
        'Es mediodía, hace frío y levantas la tapa: sale el vapor y huele a casa. Ese pequeño respiro cambia cualquier jornada. Descubre Warmi.',
      marketing_copy_c:
        'Oferta de lanzamiento: bolsa térmica de regalo con cada Warmi. Pídela antes de que se agote.',
    },
    {
      field: 'translated_description',
      find: 'tensión nominal de 220 V',
      replace: 'tensión nominal de 230 V',
      labels: ['number_dropped', 'number_invented'],
    },
    'La capacidad es de 0,6 l arriba y 0,9 l abajo.',
  ),
  listing(
    'n03',
    'cordless_leaf_blowers',
    'en',
    BLOWER_ZH,
    BLOWER_SRC,
    {
      translated_description:
        'The Ventro B5 cordless leaf blower makes tidying the garden quick and effortless from now on. It runs on a 21 V lithium battery, so there is no cable to drag around and you can reach every corner of the yard. The brushless motor produces air speeds of up to 180 km/h (112 mph). Six speed settings let you clear away fallen leaves, dust and light snow. Weighing just 1.8 kg (4 lb), it is easy to handle with one hand without tiring your arm. Press the one-touch turbo boost and the front steps are clear in just over ten seconds. The model number is B5, and it takes a 21 V 4.0 Ah lithium-ion battery. It charges in about 2 hours and runs for 20 to 30 minutes, depending on the speed setting. Noise stays at 75 dB or below, and the blower measures 78 × 15 × 22 cm overall. The package includes 1 × blower, 1 × battery, 1 × charger, 2 × extension tubes and 1 × user manual. The battery carries a 6-month warranty and the blower a 1-year warranty, with 7-day no-questions-asked returns.',
      seo_title: 'Ventro B5 Cordless Leaf Blower, 21 V, Brushless Motor',
      meta_description:
        'Ventro B5 cordless leaf blower with a 21 V battery, brushless motor, air speeds of up to 180 km/h and six speed settings. Only 1.8 kg for easy one-hand use.',
      h1: 'Ventro B5: Clear the Leaves Without the Cable',
      marketing_copy_a:
        'Six speeds, a turbo button and no extension lead to untangle – the whole garden is within reach. Order the Ventro B5 today.',
      marketing_copy_b:
        'Crisp autumn air, a mug of coffee waiting on the porch and a path swept clean before it goes cold. Garden chores can feel like this. Discover Ventro.',
      marketing_copy_c:
        'Autumn deal: a second battery at half price with every Ventro B5 – shop now while stocks last.',
    },
    { field: 'seo_title', find: '21 V', replace: '24 V', labels: ['number_invented'] },
    'Noise stays at 75 dB or below, and the blower measures 78 × 15 × 22 cm overall.',
  ),
  listing(
    'n03',
    'cordless_leaf_blowers',
    'fr',
    BLOWER_ZH,
    BLOWER_SRC,
    {
      translated_description:
        'Avec le souffleur de feuilles sans fil Ventro B5, l’entretien du jardin devient simple et ne demande plus d’effort. Il fonctionne sur une batterie lithium de 21 V : aucun câble à traîner, vous accédez à chaque recoin de la cour. Son moteur sans balais souffle l’air jusqu’à 180 km/h. Six vitesses permettent de chasser les feuilles mortes, la poussière et la neige légère. Avec seulement 1,8 kg, il se manie d’une seule main sans fatiguer le bras. Le turbo s’active d’une simple pression et les marches devant la porte sont dégagées en un peu plus de dix secondes. Le modèle B5 est équipé d’une batterie lithium-ion 21 V de 4,0 Ah. La recharge prend environ 2 heures et l’autonomie varie de 20 à 30 minutes selon la vitesse choisie. Le niveau sonore ne dépasse pas 75 dB et l’appareil mesure 78 × 15 × 22 cm. Le carton contient 1 souffleur, 1 batterie, 1 chargeur, 2 tubes de rallonge et 1 notice d’utilisation. La batterie est garantie 6 mois et l’appareil 1 an, et vous disposez de 7 jours pour le retourner sans justification.',
      seo_title: 'Souffleur de feuilles sans fil Ventro B5, 21 V',
      meta_description:
        'Souffleur de feuilles sans fil Ventro B5 : batterie 21 V, moteur sans balais, jusqu’à 180 km/h, six vitesses et seulement 1,8 kg pour travailler d’une main.',
      h1: 'Ventro B5 : un jardin net, sans rallonge à dérouler',
      marketing_copy_a:
        'Six vitesses, un turbo et plus aucun câble dans les jambes : tout le jardin devient accessible. Commandez le Ventro B5 dès aujourd’hui.',
      marketing_copy_b:
        'L’air frais d’octobre, un café qui attend sur la terrasse et une allée propre avant qu’il refroidisse. Le jardinage peut aussi ressembler à ça. Découvrez Ventro.',
      marketing_copy_c:
        'Offre d’automne : la deuxième batterie à moitié prix avec chaque Ventro B5. Profitez-en vite !',
    },
    {
      field: 'meta_description',
      find: 'seulement 1,8 kg',
      replace: 'seulement 1,5 kg',
      labels: ['number_invented'],
    },
    'La recharge prend environ 2 heures et l’autonomie varie de 20 à 30 minutes selon la vitesse choisie.',
  ),
  listing(
    'n04',
    'baby_formula_pitchers',
    'de',
    PITCHER_ZH,
    PITCHER_SRC,
    {
      translated_description:
        'Der Milchzubereiter Milko K3 hält Wasser konstant warm, damit das Fläschchenmachen in der Nacht ohne Hektik gelingt. Per Tastendruck kocht er das Wasser ab, um Chlor zu entfernen, kühlt es danach automatisch ab und hält es auf der eingestellten Temperatur. Die Temperatur lässt sich zwischen 40 und 90 °C in Schritten von 1 °C einstellen. Das Wasser bleibt 24 Stunden lang warm, sodass Sie auch mitten in der Nacht sofort Wasser für die Milch haben. Die Kanne aus Borosilikatglas hält Temperaturunterschiede von bis zu 120 °C aus. Drei Modi stehen zur Wahl: Warmhalten, Abkochen und Desinfizieren. Der Sockel hat einen Trockengehschutz und schaltet bei Wassermangel automatisch ab. Die lange, schmale Tülle sorgt dafür, dass beim Ausgießen nichts danebengeht. Ideal für Familien mit Neugeborenen, zum Fläschchenmachen in der Nacht oder für Getreidebrei am Tag – und auch zum Teekochen. Das Modell K3 fasst 1,2 l, arbeitet mit 220 V / 50 Hz und hat eine Nennleistung von 800 W. Der Sockel misst 18 × 18 × 5 cm. Im Lieferumfang sind 1 × Glaskanne, 1 × Heizsockel, 1 × Filtersieb und 1 × Bedienungsanleitung enthalten. Sie erhalten 1 Jahr Garantie und können das Gerät innerhalb von 7 Tagen ohne Angabe von Gründen zurückgeben – ganz entspannt.',
      seo_title: 'Milko K3 Wasserkocher für Babynahrung, 1,2 l, 40–90 °C',
      meta_description:
        'Milko K3 kocht Wasser per Tastendruck ab und hält es 24 Stunden auf 40 bis 90 °C. Glaskanne mit 1,2 l, drei Modi und Abschaltung bei Wassermangel.',
      h1: 'Milko K3 – warmes Wasser fürs Fläschchen, Tag und Nacht',
      marketing_copy_a:
        'Abkochen, abkühlen, warmhalten – alles in einem Gerät, ohne Thermometer und ohne Warten am Herd. Jetzt bestellen.',
      marketing_copy_b:
        'Mitten in der Nacht weint das Baby, und das Wasser hat längst genau die richtige Temperatur. Ein paar Handgriffe, dann kehrt wieder Ruhe ein. Entdecken Sie Milko.',
      marketing_copy_c:
        'Zum Start legen wir eine zweite Glaskanne gratis dazu – sichern Sie sich Ihr Set, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'in Schritten von 1 °C',
      replace: 'in Schritten von 2 °C',
      labels: ['number_invented'],
    },
    'Das Wasser bleibt 24 Stunden lang warm, sodass Sie auch mitten in der Nacht sofort Wasser für die Milch haben.',
  ),
  listing(
    'n04',
    'baby_formula_pitchers',
    'ja',
    PITCHER_ZH,
    PITCHER_SRC,
    {
      translated_description:
        'Milko K3は、夜中のミルク作りをあわてずに済ませられる保温機能付きの調乳ポットです。ボタンひとつで水を沸騰させてカルキを抜き、その後は自動で冷まして設定温度をキープします。温度は40～90℃の範囲で1℃単位で設定できます。24時間保温が続くので、夜中でもすぐにお湯を使えます。ポットは耐熱性の高いホウケイ酸ガラス製で、120℃の温度差にも耐えられます。保温・沸騰・消毒の3つのモードを搭載しています。ベースには空だき防止機能があり、水がなくなると自動で電源が切れます。注ぎ口が細長く、こぼさずスムーズに注げます。新生児のいるご家庭の夜間の調乳や、日中の離乳食づくりに便利で、お茶をいれるのにも使えます。型番はK3、容量は1.2L、定格電圧は220V／50Hz、定格消費電力は800Wです。ベースのサイズは18×18×5cmです。セット内容はガラスポット×1、加熱ベース×1、茶こし×1、取扱説明書×1です。本体保証は1年間で、商品到着から7日以内なら理由を問わず返品・交換できるので安心です。',
      seo_title: 'Milko K3 調乳ポット 1.2L 40～90℃ 温度調節',
      meta_description:
        'ボタンひとつで沸騰・冷却・保温。40～90℃を1℃単位で設定でき、24時間保温できる調乳ポットMilko K3。夜中のミルク作りもあわてません。',
      h1: '夜中のミルク作りに\u3000Milko 調乳ポット',
      marketing_copy_a:
        '沸かす、冷ます、保温するまでがこれひとつで完結。温度計もやかんも要りません。今すぐご注文ください。',
      marketing_copy_b:
        '夜中に赤ちゃんが泣いても、お湯はもうちょうどいい温度。あわてずにミルクを作れる安心を、毎晩に。Milkoをぜひチェックしてください。',
      marketing_copy_c:
        '発売記念として、替えのガラスポットをプレゼント中。なくなり次第終了ですので、お早めに。',
    },
    {
      field: 'translated_description',
      find: '定格消費電力は800W',
      replace: '定格消費電力は1000W',
      labels: ['number_dropped', 'number_invented'],
    },
    '24時間保温が続くので、夜中でもすぐにお湯を使えます。',
  ),
  listing(
    'n05',
    'aquarium_heaters',
    'en',
    HEATER_ZH,
    HEATER_SRC,
    {
      translated_description:
        'The Aquavo AQ-9 aquarium heater keeps your fish living in water that stays steadily warm. You can set the water temperature anywhere from 20 to 34 °C (68–93 °F), and it holds it to within ±0.5 °C. The quartz-glass tube is shatter-resistant and durable, and with IP68 waterproofing it can be fully submerged. An LED display shows the current water temperature at a glance. If the heater is lifted out of the water, it switches off automatically, so it cannot burn out running dry. Most tropical fish are happiest at 26 to 28 °C (79–82 °F), and a single press of a button sets it up. The external controller lets you adjust the temperature without putting your hand in the tank. The AQ-9 is rated at 100 W and suits tanks of 60 to 120 L (16–32 US gal). It runs on 220 V / 50 Hz and has a 1.8 m (5.9 ft) power cord. The tube measures Ø 2.5 × 30 cm. The package includes 1 × heater, 1 × temperature controller, 2 × suction cups and 1 × user manual. It comes with a 2-year warranty and 7-day no-questions-asked returns.',
      seo_title: 'Aquavo AQ-9 Aquarium Heater, 100 W, LED Display',
      meta_description:
        'Aquavo AQ-9 aquarium heater, 100 W: set 20 to 34 °C within ±0.5 °C, IP68 quartz-glass tube, LED display and auto shut-off. For tanks of 60 to 120 L.',
      h1: 'Aquavo AQ-9: Steady Warmth for Tropical Fish',
      marketing_copy_a:
        'Precise control, a clear display and automatic shut-off in one slim tube – everything a tropical tank needs. Buy the Aquavo AQ-9 now.',
      marketing_copy_b:
        'Picture your neon tetras gliding through water that stays just right, day and night. A calm tank makes for a calm evening at home. Discover Aquavo.',
      marketing_copy_c: 'Spring aquarium sale: a free thermometer with every heater – order yours today.',
    },
    {
      field: 'translated_description',
      replace: 'The whole heater weighs only 180 g.',
      labels: ['number_invented'],
    },
    'It runs on 220 V / 50 Hz and has a 1.8 m (5.9 ft) power cord.',
  ),
  listing(
    'n05',
    'aquarium_heaters',
    'es',
    HEATER_ZH,
    HEATER_SRC,
    {
      translated_description:
        'El calentador para acuario Aquavo AQ-9 mantiene a tus peces en un agua siempre estable y agradablemente templada. Puedes ajustar la temperatura del agua entre 20 y 34 °C, con una precisión de ±0,5 °C. El tubo de vidrio de cuarzo es resistente a roturas y duradero, y gracias a su protección IP68 puede sumergirse por completo. La pantalla LED muestra la temperatura actual del agua de un vistazo. Si se saca del agua, se apaga automáticamente, así que no hay riesgo de que funcione en seco. La mayoría de los peces tropicales están a gusto entre 26 y 28 °C, y basta con pulsar un botón para ajustarlo. El termostato es externo, de modo que puedes regular la temperatura sin meter la mano en el acuario. El modelo AQ-9 tiene una potencia de 100 W y es apto para acuarios de 60 a 120 l. Funciona a 220 V / 50 Hz y el cable de alimentación mide 1,8 m. El tubo mide Ø 2,5 × 30 cm. La caja contiene 1 calentador, 1 termostato, 2 ventosas y 1 manual de instrucciones. Incluye 2 años de garantía y 7 días para devolverlo sin necesidad de justificación.',
      seo_title: 'Calentador para acuario Aquavo AQ-9, 100 W, pantalla LED',
      meta_description:
        'Calentador Aquavo AQ-9 de 100 W para acuarios de 60 a 120 l: temperatura de 20 a 34 °C con precisión de ±0,5 °C, tubo de cuarzo IP68 y apagado automático.',
      h1: 'Aquavo AQ-9, agua templada para tus peces tropicales',
      marketing_copy_a:
        'Control preciso, pantalla clara y apagado automático en un tubo estrecho: todo lo que pide un acuario tropical. Compra el tuyo hoy.',
      marketing_copy_b:
        'Tus peces se deslizan tranquilos en un agua que se mantiene justo como la necesitan, de día y de noche. Un acuario en calma es la mejor manera de cerrar la jornada. Descubre Aquavo.',
      marketing_copy_c: 'Oferta de primavera: termómetro de regalo con cada calentador. ¡Pide el tuyo ya!',
    },
    { field: 'seo_title', find: '100 W', replace: '150 W', labels: ['number_invented'] },
    'Funciona a 220 V / 50 Hz y el cable de alimentación mide 1,8 m.',
  ),
  listing(
    'n06',
    'wireless_car_chargers',
    'de',
    CHARGER_ZH,
    CHARGER_SRC,
    {
      translated_description:
        'Mit der kabellosen Ladehalterung Chargo Q15 fürs Auto navigieren und laden Sie während der Fahrt gleichzeitig. Sie lädt kabellos mit 15 W und ist mit allen Smartphones kompatibel, die den Qi-Standard unterstützen. Ein Infrarotsensor erkennt das Handy und schließt die Halterung automatisch, per Tastendruck öffnet sie sich wieder zum Herausnehmen. Sie passt für Smartphones von 4,7 bis 6,9 Zoll und lädt auch mit Hülle, sofern diese höchstens 5 mm dick ist. Die Halterung lässt sich um 360° drehen, sodass Sie jederzeit zwischen Hoch- und Querformat wechseln können. Für die Montage gibt es zwei Möglichkeiten: Lüftungsclip oder Saugnapffuß. Eine intelligente Temperaturregelung sorgt dafür, dass die Ladespule beim Laden nicht wärmer als 40 °C wird. Das Modell Q15 hat einen Eingang mit 9 V/2 A und unterstützt QC 3.0. Die kabellose Ausgangsleistung beträgt 5 W, 7,5 W, 10 W oder 15 W bei einem Wirkungsgrad von mindestens 75 %. Die Halterung misst 12 × 8 × 6 cm. Im Lieferumfang sind 1 × Halterung, 1 × Lüftungsclip, 1 × Saugnapffuß, 1 × USB-C-Ladekabel und 1 × Bedienungsanleitung enthalten. Sie erhalten 1 Jahr Garantie und 7 Tage Rückgaberecht ohne Angabe von Gründen.',
      seo_title: 'Chargo Q15 kabellose Kfz-Ladehalterung mit 15 W, Qi',
      meta_description:
        'Kabellose Kfz-Ladehalterung Chargo Q15 mit 15 W: schließt automatisch per Infrarot, für Handys von 4,7 bis 6,9 Zoll, um 360° drehbar, zwei Befestigungsarten.',
      h1: 'Chargo Q15 – laden und navigieren in einem',
      marketing_copy_a:
        'Laden, halten, navigieren – eine Halterung ersetzt Kabelsalat und Klebepads im Cockpit. Jetzt kaufen und aufgeräumt losfahren.',
      marketing_copy_b:
        'Das Handy rastet sanft ein, die Route leuchtet auf, und der Akku füllt sich ganz nebenbei. So entspannt kann jede Fahrt beginnen. Entdecken Sie Chargo.',
      marketing_copy_c:
        'Nur diese Woche gibt es einen Ersatz-Saugnapf gratis zu jeder Chargo Q15 – sichern Sie sich Ihre Halterung.',
    },
    {
      field: 'meta_description',
      find: '4,7 bis 6,9 Zoll',
      replace: '4,7 bis 7,2 Zoll',
      labels: ['number_invented'],
    },
    'Die Halterung misst 12 × 8 × 6 cm.',
  ),
  listing(
    'n06',
    'wireless_car_chargers',
    'fr',
    CHARGER_ZH,
    CHARGER_SRC,
    {
      translated_description:
        'Avec le support de charge sans fil Chargo Q15, vous suivez votre itinéraire et rechargez votre téléphone en même temps dans la voiture. Il recharge sans fil à 15 W et fonctionne avec tous les téléphones compatibles avec la norme Qi. Un capteur infrarouge détecte le téléphone et referme automatiquement les bras, et une simple pression suffit pour le libérer. Il accepte les téléphones de 4,7 à 6,9 pouces et charge même à travers une coque, à condition qu’elle ne dépasse pas 5 mm d’épaisseur. Le support pivote à 360° pour passer du mode portrait au mode paysage à tout moment. Deux modes de fixation sont possibles : pince pour grille d’aération ou socle à ventouse. Un contrôle intelligent de la température maintient la bobine de charge sous 40 °C pendant la recharge. Le modèle Q15 accepte une entrée de 9 V/2 A et prend en charge le QC 3.0. La puissance de sortie sans fil est de 5 W, 7,5 W, 10 W ou 15 W, avec un rendement d’au moins 75 %. Le support mesure 12 × 8 × 6 cm. Le carton contient 1 support, 1 pince d’aération, 1 socle à ventouse, 1 câble de charge USB-C et 1 notice d’utilisation. L’appareil est garanti 1 an et vous disposez de 7 jours pour le retourner sans justification.',
      seo_title: 'Support chargeur sans fil pour voiture Chargo Q15, 15 W',
      meta_description:
        'Chargeur sans fil Chargo Q15 pour voiture : 15 W, serrage automatique par infrarouge, téléphones de 4,7 à 6,9 pouces, rotation à 360° et deux fixations.',
      h1: 'Chargo Q15 : votre téléphone bien tenu et rechargé en route',
      marketing_copy_a:
        'Charger, tenir, guider : un seul support remplace les câbles qui traînent et les pastilles collées au tableau de bord. Commandez-le dès maintenant.',
      marketing_copy_b:
        'Le téléphone se cale en douceur, l’itinéraire s’affiche et la batterie se remplit sans qu’on y pense. Chaque trajet peut commencer aussi sereinement. Découvrez Chargo.',
      marketing_copy_c:
        'Cette semaine seulement : une ventouse de rechange offerte avec chaque Chargo Q15. Ajoutez-le vite à votre panier !',
    },
    {
      field: 'translated_description',
      find: 'sous 40 °C',
      replace: 'sous 45 °C',
      labels: ['number_dropped', 'number_invented'],
    },
    'Le support mesure 12 × 8 × 6 cm.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const chars = (text: string) => [...text].length;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

// en: listing 1 (smart lock) takes styles 0-2, listing 2 (leaf blower) 3-5, listing 3 (aquarium heater) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure — here’s a polished English rendering of the product description, written for a Western storefront:\n\n${c.translated_description}`,
  }),
  (c) => ({ meta_description: `Meta: ${c.meta_description}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nQuick question before this goes live: does the free installation apply nationwide? The source doesn’t say, so I kept the wording open.`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '(Translator’s note: the source literally says “wind speed”; “air speed” is the usual term for blowers in English.)',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nAlt version, a bit punchier: Leaves gone, no cord attached. Order the Ventro B5 today.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'I have added Fahrenheit and US gallons in brackets for American shoppers; drop them for the UK store.',
    ),
  }),
  (c) => ({ marketing_copy_b: `### Emotional hook\n${c.marketing_copy_b}` }),
  (c) => ({ marketing_copy_c: `\`\`\`text\n${c.marketing_copy_c}\n\`\`\`` }),
];

// de: listing 1 (smart lock) takes styles 0-2, listing 2 (formula pitcher) 3-5, listing 3 (car charger) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ seo_title: `Titel: ${c.seo_title}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nNote: I kept “Smart Lock” in English, since that is what German shoppers actually search for.`,
  }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b} [Hier ggf. Kundenstimme einfügen]` }),
  (c) => ({
    translated_description: `Gerne, hier ist die deutsche Fassung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\n(„Abkochen“ habe ich bewusst statt „Sterilisieren“ gewählt – das klingt für junge Eltern vertrauter.)`,
  }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      6,
      '[Absatz zur Temperaturregelung bitte noch mit der Technik abstimmen.]',
    ),
  }),
  (c) => ({ marketing_copy_c: `<p>${c.marketing_copy_c}</p>` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n– ${wordCount(c.marketing_copy_b)} Wörter. Wenn Sie möchten, formuliere ich den Text auch in der Du-Form.`,
  }),
];

// ja: listing 1 (lunch box) takes styles 0-2, listing 2 (formula pitcher) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下、商品説明の日本語訳です。\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n（※「ランチジャー」という言い方も考えましたが、保温容器と誤解されやすいため避けました。）`,
  }),
  (c) => ({ seo_title: `タイトル案：${c.seo_title}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\n（全${chars(c.marketing_copy_a)}文字、バナーに収まる長さにしています）`,
  }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      3,
      '（原文には対象月齢の記載がありません。必要であれば追記しますのでお知らせください。）',
    ),
  }),
  (c) => ({ marketing_copy_c: `"marketing_copy_c": "${c.marketing_copy_c}",` }),
];

// es: listing 1 (lunch box) takes styles 0-2, listing 2 (aquarium heater) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_a: `Texto A (enfoque en el valor): ${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nNota de traducción: he usado «fiambrera», más habitual en España; para Latinoamérica convendría «lonchera».`,
  }),
  (c) => ({ h1: `${c.h1} (kept it short so it fits on mobile)` }),
  (c) => ({
    translated_description: `Claro, aquí tienes la descripción traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\nVersión alternativa, más directa: Peces tranquilos, agua perfecta. Descubre Aquavo.`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} [INSERTAR ENLACE A LA TIENDA]` }),
];

// fr: listing 1 (leaf blower) takes styles 0-2, listing 2 (car charger) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_b: `Version émotionnelle :\n${c.marketing_copy_b}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nLe texte source ne précise pas le type de chargeur fourni : faut-il parler de charge rapide ?`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: `Voici la traduction française, fidèle au texte d’origine :\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (J’ai préféré « support » à « chargeur » en tête de phrase : c’est le mot que les acheteurs tapent le plus souvent.)`,
  }),
  (c) => ({ h1: `${c.h1}\n(Kept the French spacing before the colon – strip it if the CMS adds its own.)` }),
];

export const ROUND_51_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap smart locks tend to give up after a single winter.',
      'Knockoff car chargers can overheat on a sunny dashboard.',
      'Counterfeit heaters have been known to crack inside the tank.',
      'An imitation blower rarely survives its first autumn.',
    ],
    slogans: ['Comfort that comes home with you.', 'Smarter by design, calmer by nature.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Home Security, Garden Tools, Aquarium Supplies, Gift Idea, Sale',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Türschlösser lassen sich oft mit simplen Tricks öffnen.',
      'Fälschungen von Ladehalterungen werden im Auto schnell zu heiß.',
      'Eine Nachahmung vom Wühltisch hält selten lange.',
      'Imitate ohne Prüfsiegel haben im Kinderzimmer nichts verloren.',
    ],
    slogans: ['Mehr Ruhe für jeden Tag.', 'Durchdacht bis ins Detail.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' | Sicherheit, Haushalt, Autozubehör, Geschenkidee, Angebot, Sale',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の弁当箱は、すぐにフタが割れてしまいます。',
      'コピー品の調乳ポットは温度が安定しません。',
      '偽物の電源コードは発熱の原因になるのでご注意ください。',
      '模倣品のポットはガラスが薄く割れやすいです。',
    ],
    slogans: ['毎日に、ちょうどいいぬくもりを。', '暮らしに寄り添う、確かな品質。'],
    chineseLeftovers: ['这个饭盒加热很快，上班族都说好用。', '调奶壶的温度很稳定，妈妈们都很放心。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜人気 おすすめ ランキング 送料無料 ギフト プレゼント',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las fiambreras baratas se rompen a las pocas semanas.',
      'Las imitaciones de calentadores pueden poner en peligro a tus peces.',
      'Un cable falso puede dañar cualquier aparato.',
      'Huye de las falsificaciones que se venden sin garantía.',
    ],
    slogans: ['Calidad que se nota cada día.', 'Pensado para tu día a día.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Hogar, jardín, acuario, coche, regalo original, oferta, envío gratis',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les souffleurs pas chers tombent en panne dès la première saison.',
      'Méfiez-vous des contrefaçons vendues sans garantie.',
      'Un faux chargeur peut abîmer la batterie du téléphone.',
      'Aucune imitation n’offre la même autonomie.',
    ],
    slogans: ['Le confort, tout simplement.', 'Pensé pour votre quotidien.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Maison, jardin, auto, idée cadeau, promo, livraison offerte',
  },
};
