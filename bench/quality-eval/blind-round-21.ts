// Blind set, round 21 (written without reading the gate, committed before it is scored): six number-heavy products
// (infant_formula_dispensers, digital_calipers, road_bike_tyres, food_dehydrators, resistance_band_sets,
// solar_garden_lights), 12 hand-written listings, three artifact styles per listing and wording of its own;
// legitimate numbers: model F6, 10 s, 35–70 °C (95–158 °F), ±1 °C, 1.2 L, 300 g (10.6 oz), 30–300 ml in 10 ml steps,
// 五种 → five, 三组 → three, 2.6 kg (5.7 lb), 2年 → 2-year; model DC-150, 0–150 mm (0–5.9 in), 0.01 mm, ±0.02 mm,
// 四种 → four, 两种 → two, CR2032, 1万小时 → 10,000 hours, 5 minutes, 168 g (5.9 oz), 一键 (idiomatic, not a number);
// 700×25C, ETRTO 25-622, 15–21 mm, 100–120 PSI (6.9–8.3 bar), 120 TPI, 双层 (dual, not a number), 215 g, 5000 km,
// 两条 → two/2er, 1 year; model D5, 五层 → five, 32 cm (12.6 in), 0.4 m², 400 W, 40–70 °C (104–158 °F), 1–24 h,
// 360°, BPA, 34 × 34 × 26 cm (13.4 × 13.4 × 10.2 in), 3.2 kg (7.1 lb); 11 pieces, 五根 → five, 10/15/20/25/30 lb,
// 100 lb (45 kg), 120 cm, 2.5×, 两个/两条 → two, 99 %, 5万次 → 50,000; model S12, 8 lights, 12 LEDs, 3000 K,
// 20 lm, 20 %, 6–8 h, 1200 mAh, 十二小时 → 12/doce, IP65, 38–72 cm, 两种 → 2/dos, 3-year warranty.
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording } from './blind-set';

const FORMULA_ZH = 'Nuvo F6 全自动智能冲奶机';
const FORMULA_SRC =
  'Nuvo F6 全自动冲奶机10秒内即可冲好奶，出水温度可在35至70℃之间调节，控温精度±1℃。配有1.2升水箱和300克奶粉仓，出奶量30至300毫升，以10毫升为单位调节。支持五种奶粉浓度设置，可记忆三组常用配方。整机重2.6公斤，享受2年质保。';
const CALIPER_ZH = 'Mesura DC-150 不锈钢数显游标卡尺';
const CALIPER_SRC =
  'Mesura DC-150 数显卡尺测量范围0-150毫米，分辨率0.01毫米，精度±0.02毫米。采用硬化不锈钢制造，可测量外径、内径、深度和台阶四种尺寸。大屏液晶显示，支持毫米与英寸两种单位一键切换。使用CR2032纽扣电池，可连续工作约1万小时，闲置5分钟自动关机。净重168克，附带防震收纳盒。';
const TYRE_ZH = 'Veloce Pro 700×25C 折叠公路车外胎 两条装';
const TYRE_SRC =
  'Veloce Pro 折叠公路车外胎规格700×25C，ETRTO 25-622，适配内宽15至21毫米的轮圈。建议胎压100-120 PSI（6.9-8.3 bar）。采用120TPI胎体和双层防刺层，单条重量仅215克。胎面耐磨里程约5000公里。套装含两条外胎，提供1年质保。';
const DEHYDRATOR_ZH = 'Sequa D5 五层食品烘干机';
const DEHYDRATOR_SRC =
  'Sequa D5 食品烘干机配有五层可拆卸托盘，每层直径32厘米，总烘干面积约0.4平方米。功率400瓦，温度可在40至70℃之间调节，定时1至24小时，到时自动断电。底部风扇配合360°热风循环，无需翻面。托盘不含BPA，可用洗碗机清洗。机身尺寸34×34×26厘米，重3.2公斤。';
const BANDS_ZH = 'FlexPro 11件套 乳胶拉力管阻力带套装';
const BANDS_SRC =
  'FlexPro 阻力带套装共11件：五根不同颜色的乳胶拉力管，阻力分别为10、15、20、25和30磅，叠加使用最高可达100磅。每根长120厘米，可拉伸至原长的2.5倍。另配两个泡沫手柄、两条脚踝绑带、门扣和收纳袋。采用99%天然乳胶，通过5万次拉伸测试。';
const SOLAR_ZH = 'Lumo S12 太阳能庭院草坪灯 8只装';
const SOLAR_SRC =
  'Lumo S12 太阳能草坪灯一套8只，每只内置12颗暖白LED，色温3000K，亮度约20流明。单晶硅太阳能板转换效率达20%，日照6至8小时可充满1200毫安时电池，充满后可持续照明十二小时。防水等级IP65，灯杆高度可在38至72厘米之间调节。提供两种照明模式，3年质保。';

export const ROUND_21_LISTINGS: readonly BlindListing[] = [
  listing(
    'q01',
    'infant_formula_dispensers',
    'en',
    FORMULA_ZH,
    FORMULA_SRC,
    {
      translated_description:
        'The Nuvo F6 automatic formula maker prepares a bottle in under 10 seconds. Water temperature can be set from 35 to 70 °C (95–158 °F) with an accuracy of ±1 °C. It has a 1.2 L water tank and a 300 g (10.6 oz) powder container. Each feed can be set from 30 to 300 ml in 10 ml steps. Five formula concentrations are available, and three favourite settings can be saved. The unit weighs 2.6 kg (5.7 lb) and comes with a 2-year warranty.',
      seo_title: 'Nuvo F6 Formula Maker, 35–70 °C, 1.2 L Tank',
      meta_description:
        'Nuvo F6 automatic formula maker: a bottle in under 10 seconds, water at 35 to 70 °C, feeds of 30 to 300 ml and five strength settings, with a 1.2 L tank.',
      h1: 'Nuvo F6 Automatic Formula Maker',
      marketing_copy_a:
        'Barista-level precision for every feed, without fiddly scoops. Order the Nuvo F6 today.',
      marketing_copy_b:
        'Night feeds turn from a frantic dash into a calm moment with your little one. Discover how peaceful nights can be.',
      marketing_copy_c:
        'Launch offer: a spare powder container in the box this month. Add it to your cart now.',
    },
    {
      field: 'translated_description',
      find: '(95–158 °F)',
      replace: '(95–167 °F)',
      labels: ['number_invented'],
    },
    'The unit weighs 2.6 kg (5.7 lb) and comes with a 2-year warranty.',
  ),
  listing(
    'q01',
    'infant_formula_dispensers',
    'ja',
    FORMULA_ZH,
    FORMULA_SRC,
    {
      translated_description:
        'Nuvo F6 全自動調乳機は、10秒以内にミルクを作れます。出湯温度は35〜70℃の範囲で調整でき、精度は±1℃です。水タンクの容量は1.2L、粉ミルクケースの容量は300gです。ミルクの量は30〜300mLの範囲で、10mL単位で設定できます。濃度は5段階から選べ、よく使う設定を3つまで記憶できます。本体重量は2.6kgで、2年間の保証付きです。',
      seo_title: 'Nuvo F6 全自動調乳機 35〜70℃ 1.2Lタンク',
      meta_description:
        '10秒以内にミルクが完成する全自動調乳機。出湯温度は35〜70℃、量は30〜300mLを10mL単位で設定でき、濃度は5段階。1.2Lタンクで夜中の授乳もスムーズです。',
      h1: 'Nuvo 夜の授乳を支える調乳機',
      marketing_copy_a: '計量スプーンいらずで、毎回ぴったりの濃さに。今すぐ購入。',
      marketing_copy_b: '夜中の授乳が、赤ちゃんと向き合う穏やかな時間に変わります。ぜひお試しください。',
      marketing_copy_c: '今なら予備の粉ミルクケース付き。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '±1℃',
      replace: '±0.5℃',
      labels: ['number_dropped', 'number_invented'],
    },
    '本体重量は2.6kgで、2年間の保証付きです。',
  ),
  listing(
    'q02',
    'digital_calipers',
    'de',
    CALIPER_ZH,
    CALIPER_SRC,
    {
      translated_description:
        'Der digitale Messschieber Mesura DC-150 misst von 0 bis 150 mm. Die Auflösung beträgt 0,01 mm, die Genauigkeit ±0,02 mm. Er besteht aus gehärtetem Edelstahl und erfasst vier Messarten: Außen-, Innen-, Tiefen- und Stufenmaß. Das große LC-Display schaltet per Knopfdruck zwischen zwei Einheiten um, Millimeter und Zoll. Mit der Knopfzelle CR2032 läuft er rund 10.000 Stunden und schaltet sich nach 5 Minuten ohne Nutzung selbst ab. Er wiegt 168 g und kommt in einer stoßfesten Aufbewahrungsbox.',
      seo_title: 'Mesura DC-150 Messschieber digital, 0–150 mm',
      meta_description:
        'Digitaler Messschieber Mesura DC-150 aus Edelstahl: 0 bis 150 mm Messbereich, 0,01 mm Auflösung, ±0,02 mm Genauigkeit und Umschaltung zwischen mm und Zoll.',
      h1: 'Mesura Messschieber aus Edelstahl',
      marketing_copy_a: 'Werkstattpräzision für die Hobbywerkbank, ohne Profipreis. Jetzt kaufen.',
      marketing_copy_b: 'Endlich sitzt jedes Bohrloch genau dort, wo es hingehört. Entdecken Sie Mesura.',
      marketing_copy_c: 'Diese Woche mit Ersatzbatterie im Lieferumfang: Jetzt bestellen.',
    },
    {
      field: 'translated_description',
      find: 'misst von 0 bis 150 mm',
      replace: 'misst von 0 bis 200 mm',
      labels: ['number_invented'],
    },
    'Er wiegt 168 g und kommt in einer stoßfesten Aufbewahrungsbox.',
  ),
  listing(
    'q02',
    'digital_calipers',
    'en',
    CALIPER_ZH,
    CALIPER_SRC,
    {
      translated_description:
        'The Mesura DC-150 digital caliper has a measuring range of 0 to 150 mm (0–5.9 in). Resolution is 0.01 mm and accuracy is ±0.02 mm. Made of hardened stainless steel, it takes four kinds of measurement: outside diameter, inside diameter, depth and step. Its large LCD switches between two units, millimetres and inches, at the press of a button. It runs on a CR2032 coin cell for about 10,000 hours and switches itself off after 5 minutes of inactivity. It weighs 168 g (5.9 oz) and comes in a shock-proof storage case.',
      seo_title: 'Mesura DC-150 Digital Caliper, 0–150 mm',
      meta_description:
        'Mesura DC-150 stainless-steel digital caliper with a 0 to 150 mm range, 0.01 mm resolution, ±0.02 mm accuracy and a light 168 g body for the workshop.',
      h1: 'Mesura Stainless-Steel Digital Caliper',
      marketing_copy_a: 'Workshop precision without the workshop price tag. Order your Mesura today.',
      marketing_copy_b: 'Holes land exactly where you marked them, every time. Discover Mesura.',
      marketing_copy_c: 'A spare battery is included this week. Shop the DC-150 now.',
    },
    { field: 'meta_description', find: '168 g', replace: '186 g', labels: ['number_invented'] },
    'It weighs 168 g (5.9 oz) and comes in a shock-proof storage case.',
  ),
  listing(
    'q03',
    'road_bike_tyres',
    'fr',
    TYRE_ZH,
    TYRE_SRC,
    {
      translated_description:
        'Le pneu route pliable Veloce Pro, en 700×25C (ETRTO 25-622), se monte sur des jantes de 15 à 21 mm de largeur intérieure. Il se gonfle de 100 à 120 PSI, soit 6,9 à 8,3 bar. Sa carcasse 120 TPI et sa double couche anti-crevaison ne pèsent que 215 g par pneu. La bande de roulement est prévue pour environ 5\u202f000 km. Le lot contient deux pneus, garantis 1 an.',
      seo_title: 'Pneu route pliable Veloce Pro 700×25C, lot de 2',
      meta_description:
        'Pneus pliables Veloce Pro 700×25C : carcasse 120 TPI, double couche anti-crevaison, 215 g par pneu et gonflage de 100 à 120 PSI. Lot de deux, garantie 1 an.',
      h1: 'Veloce Pro, le pneu route qui file',
      marketing_copy_a:
        'Le rendement d’un pneu de course au prix d’un pneu d’entraînement. Commandez le lot Veloce Pro.',
      marketing_copy_b:
        'Sentir la route défiler sous vos roues, sans crainte de la crevaison. Découvrez Veloce Pro.',
      marketing_copy_c: 'Démonte-pneus offerts ce mois-ci : ajoutez le lot à votre panier.',
    },
    { field: 'seo_title', find: 'lot de 2', replace: 'lot de 4', labels: ['number_invented'] },
    'La bande de roulement est prévue pour environ 5\u202f000 km.',
  ),
  listing(
    'q03',
    'road_bike_tyres',
    'de',
    TYRE_ZH,
    TYRE_SRC,
    {
      translated_description:
        'Der faltbare Rennradreifen Veloce Pro im Format 700×25C (ETRTO 25-622) passt auf Felgen mit 15 bis 21 mm Maulweite. Der empfohlene Luftdruck liegt bei 100 bis 120 PSI (6,9 bis 8,3 bar). Die Karkasse mit 120 TPI und der doppelte Pannenschutz bringen nur 215 g pro Reifen auf die Waage. Die Lauffläche hält rund 5000 km. Im Set sind zwei Reifen mit 1 Jahr Garantie.',
      seo_title: 'Veloce Pro Rennradreifen 700×25C, faltbar, 2er-Set',
      meta_description:
        'Faltbare Rennradreifen Veloce Pro in 700×25C mit 120 TPI, doppeltem Pannenschutz und 215 g pro Reifen, für 100 bis 120 PSI. Im Doppelpack, 1 Jahr Garantie.',
      h1: 'Veloce Pro Faltreifen fürs Rennrad',
      marketing_copy_a: 'Wettkampfgrip zum Preis eines Trainingsreifens. Jetzt bestellen.',
      marketing_copy_b:
        'Der Asphalt rauscht unter Ihnen, und an Pannen denken Sie nicht mehr. Entdecken Sie Veloce Pro.',
      marketing_copy_c: 'Reifenheber gratis zu jedem Set: Jetzt kaufen.',
    },
    {
      field: 'translated_description',
      find: '100 bis 120 PSI',
      replace: '100 bis 125 PSI',
      labels: ['number_invented'],
    },
    'Die Lauffläche hält rund 5000 km.',
  ),
  listing(
    'q04',
    'food_dehydrators',
    'es',
    DEHYDRATOR_ZH,
    DEHYDRATOR_SRC,
    {
      translated_description:
        'El deshidratador de alimentos Sequa D5 tiene cinco bandejas extraíbles de 32 cm de diámetro, con una superficie total de secado de unos 0,4 m². Su potencia es de 400 W y la temperatura se regula de 40 a 70 °C. El temporizador va de 1 a 24 horas y apaga el aparato al terminar. El ventilador inferior reparte el aire caliente en 360°, así que no hace falta dar la vuelta a los alimentos. Las bandejas no contienen BPA y se pueden lavar en el lavavajillas. El aparato mide 34 × 34 × 26 cm y pesa 3,2 kg.',
      seo_title: 'Deshidratador de alimentos Sequa D5, 5 bandejas',
      meta_description:
        'Deshidratador Sequa D5 con cinco bandejas de 32 cm, 400 W, temperatura de 40 a 70 °C y temporizador de 1 a 24 horas para fruta, verdura y cecina.',
      h1: 'Sequa D5, fruta seca hecha en casa',
      marketing_copy_a:
        'Snacks saludables por mucho menos de lo que cuestan en la tienda. Compra el Sequa D5.',
      marketing_copy_b:
        'El olor a manzana con canela llenando la cocina un domingo por la tarde. Descubre el Sequa D5.',
      marketing_copy_c: 'Este mes, libro de recetas de regalo: aprovecha la oferta.',
    },
    {
      field: 'meta_description',
      find: 'de 1 a 24 horas',
      replace: 'de 1 a 48 horas',
      labels: ['number_invented'],
    },
    'El aparato mide 34 × 34 × 26 cm y pesa 3,2 kg.',
  ),
  listing(
    'q04',
    'food_dehydrators',
    'en',
    DEHYDRATOR_ZH,
    DEHYDRATOR_SRC,
    {
      translated_description:
        'The Sequa D5 food dehydrator has five removable trays, each 32 cm (12.6 in) across, giving a total drying area of about 0.4 m². It draws 400 W, and the temperature can be set from 40 to 70 °C (104–158 °F). The timer runs from 1 to 24 hours and shuts the unit off when it finishes. A base-mounted fan drives 360° hot-air circulation, so there is no need to rotate the trays. The trays are BPA-free and dishwasher-safe. The unit measures 34 × 34 × 26 cm (13.4 × 13.4 × 10.2 in) and weighs 3.2 kg (7.1 lb).',
      seo_title: 'Sequa D5 Food Dehydrator, 5 Trays, 400 W',
      meta_description:
        'Sequa D5 food dehydrator with five 32 cm trays, 400 W of power, 40 to 70 °C temperature control and a 1 to 24 hour timer for fruit, jerky and herbs.',
      h1: 'Sequa Five-Tray Food Dehydrator',
      marketing_copy_a: 'Shop-quality dried snacks for a fraction of shop prices. Buy the Sequa D5.',
      marketing_copy_b:
        'Apple rings and cinnamon fill the kitchen with warmth on a slow Sunday. Discover home drying.',
      marketing_copy_c: 'This month only, a free recipe booklet comes in the box. Grab yours today.',
    },
    { field: 'seo_title', find: '5 Trays', replace: '10 Trays', labels: ['number_invented'] },
    'The unit measures 34 × 34 × 26 cm (13.4 × 13.4 × 10.2 in) and weighs 3.2 kg (7.1 lb).',
  ),
  listing(
    'q05',
    'resistance_band_sets',
    'de',
    BANDS_ZH,
    BANDS_SRC,
    {
      translated_description:
        'Das Widerstandsband-Set FlexPro umfasst 11 Teile: fünf farbige Latex-Expander mit 10, 15, 20, 25 und 30 lb Zugkraft, die sich kombiniert auf bis zu 100 lb (45 kg) steigern lassen. Jeder Expander ist 120 cm lang und lässt sich auf das 2,5-Fache dehnen. Dazu kommen zwei Schaumstoffgriffe, zwei Fußschlaufen, ein Türanker und eine Tasche. Die Bänder bestehen zu 99 % aus Naturlatex und haben im Belastungstest über 50.000 Dehnungen überstanden.',
      seo_title: 'FlexPro Widerstandsbänder, 11-teiliges Set, bis 100 lb',
      meta_description:
        'Widerstandsband-Set FlexPro mit fünf Latex-Expandern von 10 bis 30 lb, kombiniert bis 100 lb, dazu Griffe, Fußschlaufen und Türanker fürs Training daheim.',
      h1: 'FlexPro Expander-Set für Zuhause',
      marketing_copy_a:
        'Ein komplettes Zugsystem wie im Studio, zum Preis einer Monatsmitgliedschaft. Jetzt bestellen.',
      marketing_copy_b:
        'Morgens ein paar Minuten nur für Sie, ganz ohne Weg ins Studio. Entdecken Sie FlexPro.',
      marketing_copy_c: 'Gratis Trainingsposter zu jeder Bestellung: Sichern Sie sich Ihr Set.',
    },
    {
      field: 'meta_description',
      find: 'fünf Latex-Expandern',
      replace: 'sechs Latex-Expandern',
      labels: ['number_invented'],
    },
    'Die Bänder bestehen zu 99 % aus Naturlatex und haben im Belastungstest über 50.000 Dehnungen überstanden.',
  ),
  listing(
    'q05',
    'resistance_band_sets',
    'fr',
    BANDS_ZH,
    BANDS_SRC,
    {
      translated_description:
        'Le kit de bandes de résistance FlexPro compte 11 pièces : cinq tubes en latex de couleurs différentes, offrant 10, 15, 20, 25 et 30 lb de résistance, cumulables jusqu’à 100 lb (45 kg). Chaque tube mesure 120 cm et s’étire jusqu’à 2,5 fois sa longueur. Le kit comprend aussi deux poignées en mousse, deux sangles de cheville, un ancrage de porte et une pochette de rangement. Le latex naturel à 99\u00a0% a passé avec succès un test de plus de 50\u202f000 étirements.',
      seo_title: 'Kit de bandes de résistance FlexPro, 11 pièces',
      meta_description:
        'Kit FlexPro de 11 pièces : cinq tubes en latex de 10 à 30 lb, jusqu’à 100 lb cumulés, poignées, sangles de cheville et ancrage de porte pour le sport chez soi.',
      h1: 'FlexPro, la salle de sport dans un sac',
      marketing_copy_a:
        'Tout un équipement de musculation pour moins qu’un mois d’abonnement. Commandez FlexPro.',
      marketing_copy_b: 'Quelques minutes rien qu’à vous, sans quitter le salon. Découvrez FlexPro.',
      marketing_copy_c: 'Affiche d’exercices offerte ce mois-ci : profitez-en.',
    },
    {
      field: 'translated_description',
      find: '2,5 fois',
      replace: '3,5 fois',
      labels: ['number_dropped', 'number_invented'],
    },
    'Le latex naturel à 99\u00a0% a passé avec succès un test de plus de 50\u202f000 étirements.',
  ),
  listing(
    'q06',
    'solar_garden_lights',
    'ja',
    SOLAR_ZH,
    SOLAR_SRC,
    {
      translated_description:
        'Lumo S12 ソーラーガーデンライトは8本セットです。各ライトに暖白色LEDを12個搭載し、色温度は3000K、明るさは約20ルーメンです。単結晶シリコンのソーラーパネルは変換効率20%で、6〜8時間の日照で1200mAhのバッテリーを満充電でき、満充電後は12時間点灯します。防水性能はIP65で、ポールの高さは38〜72cmの範囲で調整できます。点灯モードは2種類あり、3年間の保証付きです。',
      seo_title: 'Lumo S12 ソーラーガーデンライト 8本セット',
      meta_description:
        '暖白色LEDを12個ずつ備えたソーラーガーデンライト8本セット。6〜8時間の日照で満充電、最長12時間点灯。IP65防水で雨の日も庭や玄関先を照らせます。',
      h1: 'Lumo 庭を照らすソーラーライト',
      marketing_copy_a: '配線工事も電気代もかけずに、庭がぱっと明るく。今すぐ購入。',
      marketing_copy_b: '夕暮れの小道に、あたたかな灯りがぽつぽつとともる時間。ぜひチェックしてください。',
      marketing_copy_c: '今なら交換用の杭をプレゼント。カートへどうぞ。',
    },
    { field: 'meta_description', find: '8本セット', replace: '10本セット', labels: ['number_invented'] },
    '防水性能はIP65で、ポールの高さは38〜72cmの範囲で調整できます。',
  ),
  listing(
    'q06',
    'solar_garden_lights',
    'es',
    SOLAR_ZH,
    SOLAR_SRC,
    {
      translated_description:
        'El juego de luces solares de jardín Lumo S12 incluye 8 luces. Cada luz lleva 12 LED de blanco cálido, con una temperatura de color de 3000 K y unos 20 lúmenes. El panel solar de silicio monocristalino alcanza un 20 % de eficiencia y, con 6 a 8 horas de sol, carga por completo la batería de 1200 mAh, que da luz durante doce horas. Tienen protección IP65 y la altura del poste se ajusta de 38 a 72 cm. Ofrecen dos modos de iluminación y 3 años de garantía.',
      seo_title: 'Luces solares de jardín Lumo S12, pack de 8',
      meta_description:
        'Pack de 8 luces solares Lumo S12 con 12 LED de blanco cálido, hasta doce horas de luz, protección IP65 y altura regulable de 38 a 72 cm para tu jardín.',
      h1: 'Lumo S12, luz cálida para tu jardín',
      marketing_copy_a: 'Ilumina el jardín sin cables ni factura de la luz. Compra el pack Lumo.',
      marketing_copy_b: 'Un paseo al anochecer entre luces cálidas que se encienden solas. Descubre Lumo.',
      marketing_copy_c: 'Este mes, estacas de repuesto de regalo: consigue tu pack hoy.',
    },
    {
      field: 'translated_description',
      find: '3000 K',
      replace: '2700 K',
      labels: ['number_dropped', 'number_invented'],
    },
    'Tienen protección IP65 y la altura del poste se ajusta de 38 a 72 cm.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_21_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Imperial equivalents were added in brackets and rounded; the metric values are the ones from the supplier sheet.)`,
      }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nWant me to tighten this for a banner, or is this length okay?`,
      }),
      (c) => ({ meta_description: `META — ${c.meta_description}` }),
      (c) => ({ translated_description: c.translated_description.replace(/\. /g, '.<br>\n') }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a} [INSERT DISCOUNT CODE]` }),
      (c) => ({
        translated_description: `Okay, rendered from the Chinese with every figure kept as given in the source:\n\n${c.translated_description}`,
      }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n\n— drafted by your listing assistant` }),
      (c) => ({ h1: `${c.h1} (brand name kept in Latin script, as in the source)` }),
      (c) => ({ seo_title: `seo_title = "${c.seo_title}"` }),
    ],
    forbidden: [
      'Forget flimsy knockoffs.',
      'Cheaper models drift; this one holds true.',
      'Sold only as the original, never as a replica.',
      'Imitations rarely last a season.',
    ],
    slogans: ['Made to measure.', 'Every reading, rock steady.'],
    chineseLeftovers: [],
    duplicateLead: 'The short version — ',
    titleStuffing: ' | Top Rated Gift Idea, Fast Shipping, New Season Deal',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Gern, hier die deutsche Fassung des Produkttexts:\n\n${c.translated_description}`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n[Anm.: Zollangaben habe ich bewusst weggelassen, die Werte stehen wie im Original.]`,
      }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nPasst die Tonalität so, oder lieber etwas sachlicher?`,
      }),
      (c) => ({ meta_description: `Meta (German, trimmed to length): ${c.meta_description}` }),
      (c) => ({ h1: `**${c.h1}**` }),
      (c) => ({ seo_title: `<title>${c.seo_title}</title>` }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b} {{RABATTCODE}}` }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a}\n\nViele Grüße\nIhr Texter-Assistent` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nNB: I couldn't double-check the specs against a datasheet, so they're left exactly as supplied.`,
      }),
    ],
    forbidden: [
      'Billige Modelle halten nicht lange.',
      'Keine Fälschung, sondern Markenqualität.',
      'Vorsicht vor Nachahmungen im Netz.',
      'Vergessen Sie jedes Imitat.',
    ],
    slogans: ['Schnell auf jedem Asphalt.', 'Genau bis ins Detail.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurzum: ',
    titleStuffing: ' | Topseller, Geschenkidee, Blitzversand, Neuheit',
  },
  ja: {
    artifacts: [
      (c) => ({ seo_title: `【SEOタイトル】${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n※単位はメートル法のまま表記し、ヤード・ポンド法への換算は省略しています。`,
      }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nもう少しカジュアルな口調に調整しましょうか？`,
      }),
      (c) => ({ meta_description: `Meta description (JA): ${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a}<br/>` }),
      (c) => ({
        translated_description: `翻訳メモ：原文の数値はそのまま使用しました。\n---\n${c.translated_description}`,
      }),
    ],
    forbidden: [
      '激安セールの品とは作りが違います。',
      '偽物が出回っているのでご注意を。',
      'レプリカではなく正規品です。',
      'コピー品との違いは明らかです。',
    ],
    slogans: ['夜の庭に、やさしい光を。', 'ミルクの時間を、もっと穏やかに。'],
    chineseLeftovers: ['这款冲奶机操作简单，清洗方便。', '请在阳光充足的地方安装太阳能板。'],
    duplicateLead: '要するに、',
    titleStuffing: '｜人気ランキング上位 プレゼントに最適 送料無料',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `Te dejo la versión en español, con las cifras tal como venían:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Título propuesto » ${c.seo_title}` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\n¿Quieres que prepare también una versión más corta para redes?`,
      }),
      (c) => ({ meta_description: `${c.meta_description} (ajustada al límite de caracteres)` }),
      (c) => ({
        translated_description: `<div class="descripcion">\n${c.translated_description}\n</div>`,
      }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nLet me know if you need any tweaks!` }),
    ],
    forbidden: [
      'Olvídate de los modelos baratos.',
      'Nada que ver con las imitaciones.',
      'No es una réplica de otra marca.',
      'Cuidado con los productos falsos.',
    ],
    slogans: ['Luz que nace del sol.', 'Secado lento, sabor intenso.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Oferta, ideal para regalar, envío rápido y gratuito',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\nN.B. : je n’ai pas pu vérifier certaines caractéristiques, elles sont reprises telles quelles.`,
      }),
      (c) => ({ h1: `Titre principal proposé : ${c.h1}` }),
      (c) => ({ marketing_copy_a: `> ${c.marketing_copy_a}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nJe vous propose aussi une variante qui tutoie le client ?`,
      }),
      (c) => ({ seo_title: `${c.seo_title} (French title, SEO-optimised)` }),
      (c) => ({ meta_description: `\`\`\`text\n${c.meta_description}\n\`\`\`` }),
    ],
    forbidden: [
      'Oubliez les modèles pas chers.',
      'Méfiez-vous des contrefaçons.',
      'Ce n’est pas une réplique.',
      'Aucune fausse promesse ici.',
    ],
    slogans: ['Chaque tour de roue compte.', 'La force, en toute souplesse.'],
    chineseLeftovers: [],
    duplicateLead: 'Bref : ',
    titleStuffing: ' | Promo, idée cadeau, livraison express, nouveauté',
  },
};
