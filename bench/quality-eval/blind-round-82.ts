// Blind set, round 82 (written without reading the gate, committed before it is scored): six smart-home, car, craft
// and food products in the categories smart_radiator_valves, obd2_scanners, drip_bag_coffee, needle_felting_kits,
// pu_erh_tea_cakes and beef_jerky_snacks, 12 hand-written listings, three artifact styles per listing and wording of
// its own. Theme: the shared dev set's register, as a reviewer meets it in ordinary model output: most artifacts are
// the kinds the llm_artifact definition names (a lead-in before the description, in the target language or in
// English, a field-label prefix, a markdown label or heading, a code fence, HTML tags, an AI disclaimer, a sign-off
// offering changes, a leaked JSON key), each wording new to this round; no digits in artifacts that land in the
// description, title or meta. The clean listings speak in a natural shop voice (tips, customer questions with our
// answer, the maker's "we" / "wir" / "nous", customer quotes with their speaker, "Tip:", "Bitte beachten:",
// "À noter :", "Un consejo:", "ワンポイントアドバイス："). Sources are in ordinary Chinese shop style, the food ones
// with weights, dates and shelf life. Legitimate numbers and number words:
// Warmo 5 to 30 ℃ (5 to 30 °C (41 to 86 °F), 5 à 30 °C), 0.5 ℃ (0,5 °C), 6 time slots (6 plages), 7 adapters (seven
// in en desc and meta, 7 adaptateurs), 两节 AA (two AA batteries, deux piles AA), about 1 year (1 an), 百分之15 (15%,
// 15 %), about 3 minutes; AA, Zigbee and App carry no number; idioms 一次 (run the calibration first), 一个冬天 (over a
// winter, sur un hiver);
// Diagbo OBD2 (2, kept as OBD2), 2001, 2004, 30多项 (über 30 Werte, 30項目以上), Bluetooth 5.0 (version, keeps its
// dot), about 10 m, under 3 mA, about 25 g, 12 months (12 Monate, 12か月);
// Beanro 10 g, 20 bags (20 sachets, 20 sobres), 三次 (three stages, tres tandas), about 90 ℃ (90 °C (194 °F), unos
// 90 °C), about 180 ml, 2 minutes, 12 months (12-month, 12 meses), 7 days (7 días);
// Feltie 三只 (drei Tiere, trois animaux), 12 colours (12 Farben, 12 couleurs), about 5 g, 3 needles (3 Filznadeln,
// 3 aiguilles), 20 × 15 cm, 2 finger guards (2 Fingerschützer, 2 protège-doigts), about 6 cm, 2 to 3 hours, under 14
// (unter 14 Jahren, moins de 14 ans); idioms 一套 (a kit), 第一次 (beim ersten Mal, première fois), 一只 (ein Tier,
// par animal);
// Yunmo 2019, 357 g, about 7 g, 100 ℃ (100 °C (212 °F)), 10 to 20 seconds, 8泡以上 (8 or more infusions, 8 Aufgüsse
// und mehr); idioms 一遍 (a quick rinse, kurz spülen), 一壶 (a pot, eine Kanne); quote by 王先生 (Mr Wang, Herr Wang);
// Niuba 48 hours, about 2.5 kg (2,5 kg), 1 kg, 250 g, about 10 g, 100 g, about 45 g, 9 months (9か月, 9 meses);
// 香辣 (spicy, picante, ピリ辛) carries no number.
// Number edits: Warmo en title 5–30 → 5–32 °C (invented), fr 15 → 20 % (dropped + invented); Diagbo de meta über 30 →
// über 40 Live-Werte (invented), ja 約10m → 約15m (dropped + invented); Beanro en 180 → 200 ml (dropped + invented),
// es meta 12 → 18 meses (invented); Feltie de 6 → 8 cm (dropped + invented), fr title 12 → 16 couleurs (invented);
// Yunmo en meta 357 → 375 g (invented), de an added best-before claim of 15 Jahre (invented); Niuba ja title 250g →
// 300g (invented), es 48 → 72 horas (dropped + invented).
import type { Language } from '@content-pipeline/languages';
import { type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const VALVE_ZH = 'Warmo 智能温控阀 暖气片恒温器 Zigbee版';
const VALVE_SRC =
  'Warmo 智能温控阀直接装在暖气片上，每个房间都能单独控温。温度可在5到30℃之间设定，每次调节0.5℃。通过Zigbee网关连接手机App，每天最多可设置6个时段：上班出门自动调低，下班到家前提前升温。开窗检测功能发现室温骤降，会自动关小阀门。附带7种转接头，适配市面上大多数暖气阀。使用两节AA电池，续航约1年。我们实测，设置好时段后，一个冬天的暖气费能省约百分之15。小贴士：装好后请先做一次自动校准，大约需要3分钟。';
const SCANNER_ZH = 'Diagbo OBD2 汽车故障诊断仪 蓝牙版';
const SCANNER_SRC =
  'Diagbo OBD2 蓝牙故障诊断仪插在方向盘下方的OBD接口上，打开手机App就能读取故障码、熄灭故障灯。适用于2001年以后的大多数汽油车和2004年以后的柴油车。可实时查看转速、水温、电瓶电压等30多项数据。采用蓝牙5.0，有效距离约10米。待机电流低于3毫安，长时间插着也不会亏电。机身仅重约25克，不挡脚。常有车主问：能不能刷程序？本产品只能读取数据和清除故障码，不支持改写程序。保修12个月。';
const COFFEE_ZH = 'Beanro 挂耳咖啡 中度烘焙 10g×20袋';
const COFFEE_SRC =
  'Beanro 挂耳咖啡选用云南保山小粒咖啡豆，中度烘焙，带坚果和焦糖的香气。每袋10克，一盒20袋。冲泡时撕开挂在杯口，分三次注入90℃左右的热水，共约180毫升，2分钟就能喝到现磨的味道。每袋都单独充氮包装，锁住香气。生产日期见盒底，保质期12个月，开封后建议7天内喝完。常有顾客问：可以加牛奶吗？当然可以，做成拿铁也很好喝。';
const FELT_ZH = 'Feltie 羊毛毡戳戳乐材料包 新手入门 三只小动物';
const FELT_SRC =
  'Feltie 羊毛毡入门材料包，一套可以做三只小动物：柴犬、橘猫和小熊猫。包里有12种颜色的澳洲美利奴羊毛，每色约5克，另配3根粗细不同的戳针、20×15厘米的泡沫垫和2个指套。我们附送图文教程和视频，第一次玩的新手也能跟着做。做好的小动物高约6厘米，可以挂在钥匙扣上。做一只大约需要2到3个小时。温馨提示：戳针很尖，不建议14岁以下儿童单独使用。';
const TEA_ZH = 'Yunmo 2019年 云南勐海普洱熟茶饼 357克';
const TEA_SRC =
  'Yunmo 普洱熟茶饼选用云南勐海的大叶种晒青毛茶，2019年春季压制，每饼净重357克。汤色红浓透亮，入口醇厚顺滑，带淡淡的枣香。冲泡建议：取约7克茶叶，用100℃沸水快速洗茶一遍，之后每泡10到20秒出汤，可连续冲泡8泡以上。普洱茶在干燥、通风、无异味的环境下可长期保存，越放越醇。外包装为传统棉纸，再套牛皮纸袋。顾客王先生说：“每天下午泡上一壶，整个人都放松下来了。”';
const JERKY_ZH = 'Niuba 内蒙古风干牛肉干 香辣味 250克';
const JERKY_SRC =
  'Niuba 风干牛肉干选用内蒙古草原黄牛的后腿肉，经过48小时自然风干，约2.5公斤鲜肉才能做出1公斤牛肉干。肉质紧实有嚼劲，香辣口味，越嚼越香。每袋净重250克，内有独立小包装，每包约10克，出门装几包很方便。每100克含蛋白质约45克。保质期9个月，请存放在阴凉干燥处，开封后尽快食用。生产日期见袋子背面。小贴士：牛肉干偏硬，牙口不好的老人可以撕成细条慢慢吃。';

export const ROUND_82_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'smart_radiator_valves',
    'en',
    VALVE_ZH,
    VALVE_SRC,
    {
      translated_description:
        'The Warmo smart radiator valve fits straight onto your radiator, so every room can have its own temperature. You can set anything from 5 to 30 °C (41 to 86 °F), in steps of 0.5 °C. Connected to the app on your phone through a Zigbee gateway, it lets you program up to 6 time slots a day: it turns the heating down when you leave for work and warms the room up again before you get home. Its open-window detection notices a sudden drop in room temperature and closes the valve part-way by itself. Seven adapters are included, so it fits most radiator valves on the market. It runs on two AA batteries, which last about 1 year. In our own tests, a well-planned schedule cut the heating bill by about 15% over a winter. Tip: once the valve is fitted, run the automatic calibration first; it takes about 3 minutes.',
      seo_title: 'Warmo Smart Radiator Valve, 5–30 °C, Zigbee App Control',
      meta_description:
        'Warmo smart radiator valve: set each room from 5 to 30 °C in 0.5 °C steps, plan up to 6 time slots a day, with open-window detection and seven adapters.',
      h1: 'Warmo – Every Room at Just the Right Temperature',
      marketing_copy_a:
        'Heat only the rooms you use, only when you use them: about 15% off the winter heating bill in our tests, on batteries that last around a year. Order your Warmo today.',
      marketing_copy_b:
        'Step out of the shower into a bathroom that is already warm, and come home to a living room that feels as if someone was expecting you. Discover Warmo.',
      marketing_copy_c:
        'Winter starter offer: buy three Warmo valves and the fourth is on us. Shop now while the offer lasts.',
    },
    { field: 'seo_title', find: '5–30 °C', replace: '5–32 °C', labels: ['number_invented'] },
    'It runs on two AA batteries, which last about 1 year.',
  ),
  listing(
    'p01',
    'smart_radiator_valves',
    'fr',
    VALVE_ZH,
    VALVE_SRC,
    {
      translated_description:
        'La tête thermostatique connectée Warmo se monte directement sur le radiateur : chaque pièce peut ainsi avoir sa propre température. Vous la réglez entre 5 et 30 °C, par paliers de 0,5 °C. Reliée à l’application de votre smartphone via une passerelle Zigbee, elle accepte jusqu’à 6 plages horaires par jour : elle baisse le chauffage quand vous partez au travail et réchauffe la pièce avant votre retour. Sa détection de fenêtre ouverte repère une chute brutale de la température et referme en partie la vanne d’elle-même. Grâce aux 7 adaptateurs fournis, elle s’installe sur la plupart des vannes du marché. Elle fonctionne avec deux piles AA, qui tiennent environ 1 an. Lors de nos propres essais, une programmation bien pensée a réduit la facture de chauffage d’environ 15 % sur un hiver. Astuce : une fois la tête installée, lancez d’abord l’étalonnage automatique, qui dure environ 3 minutes.',
      seo_title: 'Tête thermostatique connectée Warmo, Zigbee, 5 à 30 °C',
      meta_description:
        'Tête thermostatique Warmo : de 5 à 30 °C par paliers de 0,5 °C, jusqu’à 6 plages horaires par jour et détection de fenêtre ouverte, le tout via l’appli.',
      h1: 'Warmo, un confort sur mesure dans chaque pièce',
      marketing_copy_a:
        'Ne chauffez que les pièces occupées, au moment où vous en avez besoin : environ 15 % d’économies sur l’hiver lors de nos essais. Commandez vos têtes Warmo dès aujourd’hui.',
      marketing_copy_b:
        'Sortir de la douche dans une salle de bains déjà tiède, rentrer le soir dans un salon qui semble vous attendre : voilà ce que change Warmo. Découvrez-le.',
      marketing_copy_c:
        'Offre de lancement : pour trois têtes achetées, la quatrième est offerte. Profitez-en avant la fin du mois !',
    },
    {
      field: 'translated_description',
      find: 'd’environ 15 %',
      replace: 'd’environ 20 %',
      labels: ['number_dropped', 'number_invented'],
    },
    'Elle fonctionne avec deux piles AA, qui tiennent environ 1 an.',
  ),
  listing(
    'p02',
    'obd2_scanners',
    'de',
    SCANNER_ZH,
    SCANNER_SRC,
    {
      translated_description:
        'Der Bluetooth-Diagnosestecker Diagbo OBD2 kommt in die OBD-Buchse unter dem Lenkrad; in der App auf Ihrem Smartphone lesen Sie dann Fehlercodes aus und schalten die Motorkontrollleuchte ab. Er passt zu den meisten Benzinern ab Baujahr 2001 und zu Dieselfahrzeugen ab Baujahr 2004. Über 30 Werte wie Drehzahl, Kühlwassertemperatur und Batteriespannung lassen sich live verfolgen. Dank Bluetooth 5.0 bleibt die Verbindung stabil, die Reichweite liegt bei rund 10 m. Der Ruhestrom beträgt weniger als 3 mA, der Stecker kann also dauerhaft stecken bleiben, ohne die Batterie zu entladen. Mit rund 25 g ist er federleicht und stört im Fußraum nicht. Viele Autofahrer fragen uns: Kann man damit Steuergeräte programmieren? Nein – der Diagbo liest nur Daten aus und löscht Fehlercodes, Software umschreiben kann er nicht. Sie erhalten 12 Monate Garantie.',
      seo_title: 'Diagbo OBD2 Diagnosegerät mit Bluetooth 5.0 und App',
      meta_description:
        'Bluetooth-Diagnosestecker Diagbo OBD2: Fehlercodes per App auslesen und löschen, über 30 Live-Werte, für Benziner ab 2001 und Diesel ab 2004.',
      h1: 'Diagbo – verstehen, was Ihr Auto Ihnen sagen will',
      marketing_copy_a:
        'Statt bei jeder Warnleuchte gleich in die Werkstatt zu fahren, sehen Sie selbst nach, was dahintersteckt – mit einem Stecker kaum größer als ein Schlüsselanhänger. Jetzt bestellen.',
      marketing_copy_b:
        'Die gelbe Lampe geht an, und das ungute Gefühl fährt mit. Mit Diagbo wissen Sie nach wenigen Sekunden, ob es ernst ist oder nur der Tankdeckel. Entdecken Sie, wie beruhigend Klarheit sein kann.',
      marketing_copy_c:
        'Nur im Aktionszeitraum: versandkostenfreie Lieferung für jeden Diagbo. Sichern Sie sich Ihren Diagnosestecker jetzt.',
    },
    {
      field: 'meta_description',
      find: 'über 30 Live-Werte',
      replace: 'über 40 Live-Werte',
      labels: ['number_invented'],
    },
    'Der Ruhestrom beträgt weniger als 3 mA, der Stecker kann also dauerhaft stecken bleiben, ohne die Batterie zu entladen.',
  ),
  listing(
    'p02',
    'obd2_scanners',
    'ja',
    SCANNER_ZH,
    SCANNER_SRC,
    {
      translated_description:
        'Diagbo OBD2 Bluetooth故障診断機は、ハンドル下のOBDポートに差し込むだけ。スマホのアプリを開けば、故障コードの読み取りやエンジン警告灯の消去ができます。2001年以降の多くのガソリン車と、2004年以降のディーゼル車に対応しています。エンジン回転数、水温、バッテリー電圧など30項目以上のデータをリアルタイムで確認できます。Bluetooth 5.0採用で接続が安定しており、通信距離は約10mです。待機電流は3mA未満なので、挿しっぱなしにしてもバッテリー上がりの心配はありません。本体の重さは約25gと軽く、足元の邪魔になりません。「プログラムの書き換えはできますか？」というご質問をよくいただきます。本製品はデータの読み取りと故障コードの消去専用で、プログラムの書き換えには対応していません。保証期間は12か月です。',
      seo_title: 'Diagbo OBD2 故障診断機 Bluetooth 5.0 アプリ対応',
      meta_description:
        '故障コードの読み取りと警告灯の消去がスマホで完結。30項目以上のデータをリアルタイム表示し、2001年以降のガソリン車に対応するOBD2診断機です。',
      h1: 'Diagbo 警告灯の原因をその場で確認',
      marketing_copy_a:
        '警告灯がつくたびに整備工場へ行かなくても、原因を自分で確かめられます。キーホルダーほどの小さな本体を車に挿しておくだけ。今すぐ購入。',
      marketing_copy_b:
        '走行中に突然ともった黄色いランプ。不安なまま運転を続けるより、その場で原因がわかれば気持ちもぐっと軽くなります。ぜひお試しください。',
      marketing_copy_c: 'ただいま期間限定で送料無料キャンペーン中です。この機会にぜひご注文ください。',
    },
    {
      field: 'translated_description',
      find: '通信距離は約10m',
      replace: '通信距離は約15m',
      labels: ['number_dropped', 'number_invented'],
    },
    '待機電流は3mA未満なので、挿しっぱなしにしてもバッテリー上がりの心配はありません。',
  ),
  listing(
    'p03',
    'drip_bag_coffee',
    'en',
    COFFEE_ZH,
    COFFEE_SRC,
    {
      translated_description:
        'Beanro drip bag coffee is made from small-bean coffee grown in Baoshan, Yunnan, medium-roasted for aromas of nuts and caramel. Each bag holds 10 g, and there are 20 bags in a box. To brew, tear the bag open, hang it over the rim of your cup and pour in hot water at around 90 °C (194 °F) in three stages, about 180 ml in total; in 2 minutes you are drinking coffee that tastes freshly ground. Every bag is individually nitrogen-flushed to lock in the aroma. The production date is printed on the bottom of the box; shelf life is 12 months, and once opened we recommend finishing it within 7 days. Customers often ask us: can I add milk? Of course – it makes a lovely latte, too.',
      seo_title: 'Beanro Drip Bag Coffee, Medium Roast, 20 × 10 g',
      meta_description:
        'Medium-roast drip bag coffee from Yunnan with notes of nuts and caramel: 20 nitrogen-flushed bags of 10 g, ready in 2 minutes, 12-month shelf life.',
      h1: 'Beanro – Freshly Brewed Coffee Wherever You Are',
      marketing_copy_a:
        'No grinder, no machine, no cleaning up: just a cup, hot water and a bag of properly roasted Yunnan coffee. Add a box of Beanro to your cart.',
      marketing_copy_b:
        'The office is still quiet, the kettle clicks off, and the smell of caramel and toasted nuts fills your corner of the room. Treat yourself to that first cup.',
      marketing_copy_c:
        'Launch offer: your second box is half price when you order two this week. Buy now and stock up.',
    },
    {
      field: 'translated_description',
      find: 'about 180 ml in total',
      replace: 'about 200 ml in total',
      labels: ['number_dropped', 'number_invented'],
    },
    'The production date is printed on the bottom of the box; shelf life is 12 months, and once opened we recommend finishing it within 7 days.',
  ),
  listing(
    'p03',
    'drip_bag_coffee',
    'es',
    COFFEE_ZH,
    COFFEE_SRC,
    {
      translated_description:
        'El café de goteo Beanro se elabora con café de grano pequeño de Baoshan, en Yunnan, de tueste medio y con aromas a frutos secos y caramelo. Cada sobre contiene 10 g y cada caja trae 20 sobres. Para prepararlo, abre el sobre, cuélgalo del borde de la taza y vierte agua caliente a unos 90 °C en tres tandas, unos 180 ml en total: en 2 minutos tienes un café con sabor a recién molido. Cada sobre va envasado por separado con nitrógeno para conservar todo el aroma. La fecha de producción figura en la base de la caja; se conserva 12 meses y, una vez abierto, te recomendamos tomarlo en un plazo de 7 días. Muchos clientes nos preguntan: ¿se le puede añadir leche? ¡Por supuesto! También queda riquísimo como latte.',
      seo_title: 'Café de goteo Beanro, tueste medio, 20 sobres de 10 g',
      meta_description:
        'Café de goteo de Yunnan de tueste medio, con notas de frutos secos y caramelo: 20 sobres de 10 g con nitrógeno, listo en 2 minutos. Dura 12 meses.',
      h1: 'Beanro, café recién hecho estés donde estés',
      marketing_copy_a:
        'Sin molinillo, sin cafetera y sin nada que fregar: solo una taza, agua caliente y un buen café de Yunnan. Pide tu caja de Beanro hoy mismo.',
      marketing_copy_b:
        'La oficina aún está en silencio, el hervidor se apaga y el olor a caramelo y almendra tostada llena tu rincón. Regálate ese primer café del día.',
      marketing_copy_c:
        'Oferta de lanzamiento: la segunda caja a mitad de precio si compras dos esta semana. Aprovecha y llena la despensa.',
    },
    {
      field: 'meta_description',
      find: 'Dura 12 meses',
      replace: 'Dura 18 meses',
      labels: ['number_invented'],
    },
    'La fecha de producción figura en la base de la caja; se conserva 12 meses y, una vez abierto, te recomendamos tomarlo en un plazo de 7 días.',
  ),
  listing(
    'p04',
    'needle_felting_kits',
    'de',
    FELT_ZH,
    FELT_SRC,
    {
      translated_description:
        'Mit dem Einsteigerset zum Nadelfilzen von Feltie entstehen drei kleine Tiere: ein Shiba Inu, ein rot getigertes Kätzchen und ein Roter Panda. Im Set stecken australische Merinowolle in 12 Farben, je rund 5 g, dazu 3 Filznadeln in verschiedenen Stärken, eine Schaumstoffunterlage von 20 × 15 cm und 2 Fingerschützer. Wir legen eine bebilderte Anleitung und Videos bei, sodass auch Neulinge beim ersten Mal gut mitkommen. Die fertigen Tierchen sind etwa 6 cm groß und machen sich gut am Schlüsselanhänger. Für ein Tier brauchen Sie ungefähr 2 bis 3 Stunden. Bitte beachten: Die Filznadeln sind sehr spitz, für Kinder unter 14 Jahren ist das Set ohne Aufsicht nicht geeignet.',
      seo_title: 'Feltie Nadelfilz-Set für Anfänger, Merinowolle in 12 Farben',
      meta_description:
        'Nadelfilzen lernen mit Feltie: Merinowolle in 12 Farben, 3 Filznadeln, Unterlage und Anleitung mit Videos – für drei kleine Tiere zum Selbermachen.',
      h1: 'Feltie – drei kleine Filztiere aus eigener Hand',
      marketing_copy_a:
        'Alles drin, was Sie für den Anfang brauchen: Wolle, Nadeln, Unterlage und eine Anleitung, die jeden Schritt zeigt. Jetzt bestellen und gleich loslegen.',
      marketing_copy_b:
        'Ein ruhiger Abend, eine Tasse Tee, und unter Ihren Händen wird aus einem Wollbausch ein kleiner Hund mit Ringelschwanz. Entdecken Sie, wie entspannend Filzen sein kann.',
      marketing_copy_c:
        'Zum Herbststart gibt es zu jedem Feltie-Set ein Extra-Päckchen Wolle gratis. Sichern Sie sich Ihr Set, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'etwa 6 cm groß',
      replace: 'etwa 8 cm groß',
      labels: ['number_dropped', 'number_invented'],
    },
    'Bitte beachten: Die Filznadeln sind sehr spitz, für Kinder unter 14 Jahren ist das Set ohne Aufsicht nicht geeignet.',
  ),
  listing(
    'p04',
    'needle_felting_kits',
    'fr',
    FELT_ZH,
    FELT_SRC,
    {
      translated_description:
        'Le kit d’initiation au feutrage à l’aiguille Feltie permet de réaliser trois petits animaux : un shiba, un chat roux et un panda roux. Il contient de la laine mérinos australienne en 12 couleurs, environ 5 g par couleur, 3 aiguilles à feutrer de différentes épaisseurs, un tapis en mousse de 20 × 15 cm et 2 protège-doigts. Nous joignons un tutoriel illustré et des vidéos : même si c’est votre première fois, vous suivrez sans difficulté. Une fois terminés, les animaux mesurent environ 6 cm de haut et se suspendent volontiers à un porte-clés. Comptez environ 2 à 3 heures par animal. À noter : les aiguilles sont très pointues, le kit n’est donc pas recommandé aux enfants de moins de 14 ans sans surveillance.',
      seo_title: 'Kit feutrage à l’aiguille Feltie, 12 couleurs de mérinos',
      meta_description:
        'Kit Feltie pour débuter le feutrage : laine mérinos en 12 couleurs, 3 aiguilles, tapis en mousse et tutoriel vidéo pour créer trois petits animaux.',
      h1: 'Feltie, trois petites bêtes à feutrer soi-même',
      marketing_copy_a:
        'Tout est dans la boîte pour bien commencer : laine, aiguilles, tapis et un tutoriel pas à pas. Commandez votre kit et lancez-vous dès ce soir.',
      marketing_copy_b:
        'Une soirée tranquille, une tasse de thé, et sous vos doigts un peu de laine devient un petit chien à la queue en tire-bouchon. Découvrez le plaisir du feutrage.',
      marketing_copy_c:
        'Pour la rentrée, un sachet de laine supplémentaire est offert avec chaque kit Feltie. Ajoutez-le à votre panier sans attendre !',
    },
    { field: 'seo_title', find: '12 couleurs', replace: '16 couleurs', labels: ['number_invented'] },
    'Une fois terminés, les animaux mesurent environ 6 cm de haut et se suspendent volontiers à un porte-clés.',
  ),
  listing(
    'p05',
    'pu_erh_tea_cakes',
    'en',
    TEA_ZH,
    TEA_SRC,
    {
      translated_description:
        'Yunmo ripe pu-erh tea cakes are pressed from sun-dried large-leaf tea grown in Menghai, Yunnan; this batch was pressed in spring 2019, and each cake weighs 357 g net. The liquor is a deep, clear red, with a rich, smooth taste and a gentle note of red dates. How to brew: take about 7 g of leaves, give them a quick rinse with boiling water at 100 °C (212 °F), then pour off each infusion after 10 to 20 seconds; the same leaves give 8 or more infusions. Kept somewhere dry, airy and free of strong smells, pu-erh stores for many years and grows mellower with age. Each cake comes wrapped in traditional cotton paper inside a kraft paper bag. Our customer Mr Wang says: “I brew a pot every afternoon, and I can feel myself unwind.”',
      seo_title: 'Yunmo Ripe Pu-erh Tea Cake, 357 g, Menghai Spring 2019',
      meta_description:
        'Ripe pu-erh from Menghai, Yunnan, pressed in spring 2019: a 357 g cake with a deep red liquor, a smooth taste and 8 or more infusions from the leaves.',
      h1: 'Yunmo – A Slow Cup of Menghai Pu-erh',
      marketing_copy_a:
        'One cake, many pots: brewed gongfu-style, a single pressing lasts for months and keeps getting better on the shelf. Order your Yunmo cake today.',
      marketing_copy_b:
        'Steam rising from a small teapot, a glow the colour of red wine, and an afternoon that suddenly moves more gently. Discover the calm of Yunmo.',
      marketing_copy_c:
        'This month only: a free tea knife with every Yunmo cake. Shop now while stocks last.',
    },
    { field: 'meta_description', find: 'a 357 g cake', replace: 'a 375 g cake', labels: ['number_invented'] },
    'How to brew: take about 7 g of leaves, give them a quick rinse with boiling water at 100 °C (212 °F), then pour off each infusion after 10 to 20 seconds; the same leaves give 8 or more infusions.',
  ),
  listing(
    'p05',
    'pu_erh_tea_cakes',
    'de',
    TEA_ZH,
    TEA_SRC,
    {
      translated_description:
        'Für den reifen Pu-Erh-Teekuchen Yunmo wird sonnengetrockneter Tee von großblättrigen Teesträuchern aus Menghai in Yunnan verwendet; gepresst wurde er im Frühjahr 2019, jeder Kuchen wiegt netto 357 g. Der Aufguss leuchtet in einem klaren, tiefen Rotbraun, schmeckt voll und weich und duftet leicht nach roten Datteln. Unser Zubereitungstipp: Nehmen Sie etwa 7 g Tee, spülen Sie ihn kurz mit sprudelnd kochendem Wasser von 100 °C und gießen Sie danach jeden Aufguss nach 10 bis 20 Sekunden ab – so gelingen 8 Aufgüsse und mehr. Trocken, luftig und geruchsneutral gelagert, hält sich Pu-Erh sehr lange und wird mit der Zeit immer runder. Jeder Kuchen ist traditionell in Baumwollpapier eingeschlagen und steckt zusätzlich in einer Kraftpapiertüte. Unser Kunde Herr Wang sagt: „Jeden Nachmittag brühe ich mir eine Kanne auf – und schon fällt die Anspannung ab.“',
      seo_title: 'Yunmo Pu-Erh-Teekuchen 357 g, Menghai, Frühjahr 2019',
      meta_description:
        'Reifer Pu-Erh aus Menghai in Yunnan, im Frühjahr 2019 gepresst: Teekuchen mit 357 g, tiefrotem Aufguss, weichem Geschmack und 8 Aufgüssen und mehr.',
      h1: 'Yunmo – Pu-Erh aus Menghai für ruhige Nachmittage',
      marketing_copy_a:
        'Ein Teekuchen reicht für viele Kannen und reift im Regal weiter – ein Tee, der mit jedem Monat an Tiefe gewinnt. Jetzt bestellen.',
      marketing_copy_b:
        'Dampf über der kleinen Kanne, ein Aufguss so rot wie Wein, und plötzlich vergeht der Nachmittag langsamer. Entdecken Sie Yunmo.',
      marketing_copy_c:
        'Nur in diesem Monat: ein Teemesser gratis zu jedem Yunmo-Kuchen. Sichern Sie sich Ihren Kuchen, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      replace: 'Das Mindesthaltbarkeitsdatum liegt 15 Jahre nach der Pressung.',
      labels: ['number_invented'],
    },
    'Unser Zubereitungstipp: Nehmen Sie etwa 7 g Tee, spülen Sie ihn kurz mit sprudelnd kochendem Wasser von 100 °C und gießen Sie danach jeden Aufguss nach 10 bis 20 Sekunden ab – so gelingen 8 Aufgüsse und mehr.',
  ),
  listing(
    'p06',
    'beef_jerky_snacks',
    'ja',
    JERKY_ZH,
    JERKY_SRC,
    {
      translated_description:
        'Niubaの牛肉ジャーキーは、内モンゴルの草原で育った黄牛のもも肉を使用しています。48時間かけてじっくり自然乾燥させるため、約2.5kgの生肉からできるジャーキーはわずか1kg。身が締まっていてしっかりした噛みごたえがあり、ピリ辛味で噛むほどにうまみが広がります。内容量は1袋250gで、中は約10gずつの個包装。お出かけの際にいくつか持ち歩くのにも便利です。100gあたりのたんぱく質は約45g。賞味期限は9か月です。直射日光や高温多湿を避けて保存し、開封後はなるべく早くお召し上がりください。製造日は袋の裏面に記載しています。ワンポイントアドバイス：ジャーキーはやや硬めなので、歯が弱いご年配の方は細く裂いてゆっくり召し上がってください。',
      seo_title: 'Niuba 内モンゴル産 牛肉ジャーキー ピリ辛 250g',
      meta_description:
        '内モンゴル産黄牛のもも肉を48時間かけてじっくり自然乾燥。噛むほどにうまみが広がるピリ辛ジャーキーです。250g入りで、約10gの食べやすい個包装。',
      h1: 'Niuba 草原育ちの牛肉をじっくり味わうジャーキー',
      marketing_copy_a:
        '100gあたりたんぱく質約45g。小腹がすいたときや登山のお供に、個包装でさっと取り出せます。今すぐ購入。',
      marketing_copy_b:
        '噛むたびに広がるスパイスの香りと、肉本来のうまみ。遠い草原の風を思わせる、素朴でまっすぐな味わいです。ぜひお試しください。',
      marketing_copy_c: '今ならまとめ買いで送料無料。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '250g', replace: '300g', labels: ['number_invented'] },
    '100gあたりのたんぱく質は約45g。',
  ),
  listing(
    'p06',
    'beef_jerky_snacks',
    'es',
    JERKY_ZH,
    JERKY_SRC,
    {
      translated_description:
        'La carne seca de vacuno Niuba se elabora con pierna de vacas criadas en las praderas de Mongolia Interior y se seca al aire de forma natural durante 48 horas: hacen falta unos 2,5 kg de carne fresca para obtener 1 kg de carne seca. Tiene una textura firme que da gusto masticar y un sabor picante que gana con cada bocado. Cada bolsa contiene 250 g netos en sobres individuales de unos 10 g, muy prácticos para llevar unos cuantos cuando sales de casa. Por cada 100 g aporta unos 45 g de proteína. Se conserva 9 meses; guárdala en un lugar fresco y seco y, una vez abierta, consúmela cuanto antes. La fecha de fabricación aparece en el reverso de la bolsa. Un consejo: la carne seca es algo dura, así que a las personas mayores con problemas de dentadura les irá mejor deshebrarla en tiras finas y comerla despacio.',
      seo_title: 'Carne seca de vacuno Niuba, picante, bolsa de 250 g',
      meta_description:
        'Carne seca de vacuno de Mongolia Interior, secada al aire durante 48 horas: sabor picante, textura firme y sobres de unos 10 g en bolsa de 250 g.',
      h1: 'Niuba, el sabor de la pradera en cada bocado',
      marketing_copy_a:
        'Unos 45 g de proteína por cada 100 g y sobres individuales que caben en cualquier bolsillo: el tentempié perfecto para la montaña o la oficina. Compra tu bolsa de Niuba.',
      marketing_copy_b:
        'Especias que se despiertan poco a poco, carne de verdad y un sabor que te lleva lejos, a las praderas del norte. Descubre Niuba.',
      marketing_copy_c:
        'Esta semana, envío gratis en pedidos de dos bolsas o más. ¡Hazte con la tuya antes de que se acabe!',
    },
    {
      field: 'translated_description',
      find: 'durante 48 horas',
      replace: 'durante 72 horas',
      labels: ['number_dropped', 'number_invented'],
    },
    'Por cada 100 g aporta unos 45 g de proteína.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (radiator valve) takes styles 0-2, listing 2 (drip coffee) 3-5, listing 3 (pu-erh) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the product description translated into English:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `<p class="copy-value">${c.marketing_copy_a}</p>` }),
  (c) => ({ h1: `Heading: ${c.h1}` }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n(As an AI, I can’t taste coffee, so the flavour notes above are taken from the source text as written.)`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHope this helps – just let me know if you’d like any tweaks!`,
  }),
  (c) => ({ marketing_copy_a: `**Marketing copy A (value):** ${c.marketing_copy_a}` }),
  (c) => ({ translated_description: `## Product Description\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_c: `"marketing_copy_c": "${c.marketing_copy_c}"` }),
];

// de: listing 1 (OBD2 scanner) takes styles 0-2, listing 2 (felting kit) 3-5, listing 3 (pu-erh) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gern, hier ist die deutsche Übersetzung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `Hauptüberschrift: ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, die Texte passen so für Sie. Sagen Sie gern Bescheid, wenn etwas angepasst werden soll.`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAls KI kann ich nicht überprüfen, ob die Altersangabe des Herstellers den aktuellen Sicherheitsnormen entspricht.`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({ marketing_copy_b: `<p>${c.marketing_copy_b}</p>` }),
  (c) => ({ marketing_copy_b: `**Emotionaler Text:** ${c.marketing_copy_b}` }),
  (c) => ({ translated_description: `Produktbeschreibung: ${c.translated_description}` }),
  (c) => ({ marketing_copy_c: `Here is the promotional copy in German: ${c.marketing_copy_c}` }),
];

// ja: listing 1 (OBD2 scanner) takes styles 0-2, listing 2 (beef jerky) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下は商品説明の日本語訳です。\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_b: `**感情訴求コピー：** ${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nほかにも修正のご希望があれば、お気軽にお知らせください。`,
  }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({ h1: `タイトル（H1）：${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n※本文はAIによる翻訳です。内容の正確性については保証いたしかねます。`,
  }),
];

// es: listing 1 (drip coffee) takes styles 0-2, listing 2 (beef jerky) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Traducción: ${c.translated_description}` }),
  (c) => ({ marketing_copy_c: `<p>${c.marketing_copy_c}</p>` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n¿Quieres que te prepare también una versión más corta para redes sociales?`,
  }),
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la descripción traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `**Texto de valor:** ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nComo modelo de lenguaje, no puedo verificar los valores nutricionales que indica el fabricante.`,
  }),
];

// fr: listing 1 (radiator valve) takes styles 0-2, listing 2 (felting kit) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Here’s the French version of the description:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `Accroche (valeur) : ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nJ’espère que ces propositions vous conviennent ; n’hésitez pas si vous souhaitez des modifications.`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({ marketing_copy_b: `\`\`\`\n${c.marketing_copy_b}\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nEn tant que modèle de langage, je ne suis pas en mesure de vérifier les consignes de sécurité du fabricant.`,
  }),
];

// Which entry a listing takes: forbidden[(third sku character + variant) % 4], slogans[third sku character % 2].
export const ROUND_82_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Counterfeit pu-erh is often pressed from low-grade leaves.',
      'Cheap radiator valves often stick and start to rattle.',
      'Knockoff drip bags are rarely flushed with nitrogen.',
      'No imitation comes close to a properly stored cake.',
    ],
    slogans: ['Warmth, room by room.', 'Good coffee, no fuss.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Bestseller, Gift Idea, Free Shipping, Top Quality, Sale',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Hüten Sie sich vor Fälschungen mit gefärbter Kunstfaser.',
      'Nachahmungen alter Teekuchen sind leider weit verbreitet.',
      'Billige Diagnosestecker verlieren ständig die Verbindung.',
      'Ein Imitat aus dem Ramschladen hält das nicht lange durch.',
    ],
    slogans: ['Aus Wolle wird ein Freund.', 'Freie Sicht auf jede Warnleuchte.'],
    chineseLeftovers: [],
    duplicateLead: 'Zusammengefasst: ',
    titleStuffing: ' – Bestseller, Geschenkidee, Neuheit, Angebot, Schneller Versand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '偽物のジャーキーには質の悪い肉が使われていることがあります。',
      '模倣品にはくれぐれもご注意ください。',
      '激安の診断機は接続が途切れがちです。',
      'コピー品の診断機は車を傷める恐れがあります。',
    ],
    slogans: ['噛むほどに、草原の味。', '愛車の声を、聞き逃さない。'],
    chineseLeftovers: ['这个诊断仪连接很稳定，读取数据也很快。', '这款牛肉干很有嚼劲，越嚼越香。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜送料無料 人気 ランキング 新作 プレゼント 高品質',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'La carne seca barata suele llevar demasiada sal.',
      'Desconfía de las falsificaciones que circulan por internet.',
      'Las imitaciones de nuestros sobres no llevan nitrógeno.',
      'Un café falso nunca huele así al abrir el sobre.',
    ],
    slogans: ['Sabor que se mastica despacio.', 'El aroma de cada mañana.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Regalo ideal, oferta, envío rápido, más vendido, calidad',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les contrefaçons de kits utilisent souvent de la laine synthétique.',
      'Une tête thermostatique pas chère se dérègle vite.',
      'Méfiez-vous des fausses promesses d’économies.',
      'Aucune imitation n’offre la même précision.',
    ],
    slogans: ['Des petites bêtes, des grands sourires.', 'La bonne chaleur, pièce par pièce.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Idée cadeau, promo, meilleure vente, livraison rapide',
  },
};
