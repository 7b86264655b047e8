// Blind set, round 42 (written without reading the gate, committed before it is scored): six boating, kayaking and
// marine-accessory products in the categories inflatable_kayaks, life_jackets, electric_trolling_motors, dry_bags,
// fish_finders and marine_bilge_pumps, 12 hand-written listings, three artifact styles per listing and wording of
// its own (this round: a realistic mix as a reviewer finds it in real model output: a half-sentence of the model
// talking about its own output left at the start, middle or end of a field, a label or heading in front of a field,
// a note to the requester about something the source leaves out, an alternative offered with "or:" / "oder:" /
// "もしくは" / "ou bien", a remark about tone, audience or brand voice, a character or word count, a leftover of the
// JSON / field structure, an English remark inside a non-English field and a Spanish remark inside an English field;
// no digits in artifacts that land in the description, title or meta); legitimate numbers:
// Wavel K2 (model), 双人 (two-person, Zweier-), 三层 (three-layer, dreilagig), 380×90 cm (150 × 35 in), 15 kg (33 lb),
// 200 kg (441 lb), 3 air chambers, 两支 (two, zwei) paddles, 60 L, 14 years; Buoya 第2代 (second generation, 2nd Gen,
// 第2世代), about 5 seconds, 150 N, 40 kg (88 lb), 33 g, 600 g, 70 to 130 cm (70〜130cm), 16 years; Torqa T55 (model),
// 55 lb, 12 V, 5 forward and 3 reverse speeds, 36 in (91 cm), 4.5 m (14.8 ft, 4,5 m), about 3 hours, 百分之15 (15%,
// 15 %), 上百 (over 100, más de 100) hours, 一块 (a battery: idiomatic), 上一代 (previous generation: not a number);
// Siccus 三件套 (set of three, Dreierset, lot de 3), 5/10/20 L, 三种 (three) sizes, 500D, IPX6, 三圈 (dreimal, trois
// fois), 双肩 (shoulder straps: not a number), 十几种 (mehr als zehn, plus de dix) colours; Sonarix F7 (model), 4.3 in
// (4,3 Zoll), 0.6 to 100 m (0,6 bis 100 m, 0.6〜100m), 45°, 三档 (drei, 3段階), about 8 hours, 9 m, 几十 (Dutzende,
// 数十か所: vague); Hydrel 1100 GPH (1100, 1 100), 12 V, 4.5 A (4,5), about 5 cm, 28 mm, 三合一 (3 en 1), 10 m,
// 两年 (dos años, deux ans).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const KAYAK_ZH = 'Wavel K2 双人充气皮划艇';
const KAYAK_SRC =
  'Wavel K2 双人充气皮划艇采用三层PVC夹网布，展开尺寸380×90厘米，自重约15公斤，最大载重200公斤。艇身设有3个独立气室，即使某个气室漏气也能保持浮力。随艇附赠两支铝合金桨、脚踏打气筒和修补包，放气后可收进60升背包。适合14岁以上使用。';
const LIFEJACKET_ZH = 'Buoya 第2代 自动充气救生衣';
const LIFEJACKET_SRC =
  'Buoya 第2代自动充气救生衣入水后约5秒自动充气，浮力达150牛顿，适合体重40公斤以上的成人使用。配33克气瓶，也可手拉充气或口吹补气。肩部和背部缝有反光条，胸前附救生哨。未充气时仅重约600克，几乎感觉不到。胸围70至130厘米可调，适合16岁以上。';
const MOTOR_ZH = 'Torqa T55 电动船外推进器 12V';
const MOTOR_SRC =
  'Torqa T55 电动推进器推力55磅，使用12伏深循环电池，前进5档、后退3档。伸缩杆长36英寸，适合4.5米以下的充气艇、皮划艇和小型渔船。中速运行时一块满电电池约可连续使用3小时，耗电比上一代降低百分之15。整机经过上百小时盐雾测试。';
const DRYBAG_ZH = 'Siccus 防水干袋 三件套 5L/10L/20L';
const DRYBAG_SRC =
  'Siccus 防水干袋三件套包含5升、10升和20升三种容量，采用500D PVC夹网布，接缝高频热压焊接，防水等级IPX6。袋口向下卷三圈再扣紧即可封水。20升款配可拆卸双肩背带。装有空气时可浮在水面，适合皮划艇、漂流和露营。共有十几种颜色可选。';
const FINDER_ZH = 'Sonarix F7 便携式声呐探鱼器 4.3英寸彩屏';
const FINDER_SRC =
  'Sonarix F7 便携式探鱼器配4.3英寸彩色屏幕，声呐探测深度0.6至100米，传感器波束角45度。屏幕可同时显示水深、水温和鱼群位置，鱼群按大小分三档图标提示。内置锂电池续航约8小时，传感器线缆长9米。可保存几十个常去钓点，方便下次直接找到。';
const PUMP_ZH = 'Hydrel 1100GPH 12V 自动舱底泵';
const PUMP_SRC =
  'Hydrel 自动舱底泵每小时排水1100加仑，工作电压12伏，工作电流约4.5安。内置水位感应器，舱底积水约5厘米时自动启动，水排干后自动停机。出水口直径28毫米。三合一设计兼顾自动感应、手动开关和防干转保护。适用于长度10米以下的船只，整机质保两年。';

export const ROUND_42_LISTINGS: readonly BlindListing[] = [
  listing(
    'm01',
    'inflatable_kayaks',
    'en',
    KAYAK_ZH,
    KAYAK_SRC,
    {
      translated_description:
        'The Wavel K2 is a two-person inflatable kayak built from three-layer PVC-coated mesh fabric. Inflated, it measures 380 × 90 cm (150 × 35 in), weighs about 15 kg (33 lb) and carries up to 200 kg (441 lb). The hull is split into 3 separate air chambers, so it stays afloat even if a chamber loses air. Two aluminium paddles, a foot pump and a repair kit come in the box, and once deflated everything packs into a 60 L backpack. Suitable for ages 14 and up.',
      seo_title: 'Wavel K2 Two-Person Inflatable Kayak, 380 × 90 cm',
      meta_description:
        'Wavel K2 two-person inflatable kayak with a three-layer PVC hull, 3 separate air chambers and 200 kg capacity. Paddles, pump and repair kit included.',
      h1: 'Wavel K2 Inflatable Kayak for Two',
      marketing_copy_a:
        'Kayak, paddles, pump and repair kit in a single backpack – no roof rack, no trailer, no boat shed. Order your Wavel K2 today.',
      marketing_copy_b:
        'Picture the lake at dawn, flat as glass, and the two of you gliding out before anyone else is awake. Some mornings are worth getting your feet wet for. Discover the Wavel K2.',
      marketing_copy_c:
        'Launch offer: a free waterproof phone pouch with every K2 this month. Grab yours while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'carries up to 200 kg (441 lb)',
      replace: 'carries up to 230 kg (507 lb)',
      labels: ['number_dropped', 'number_invented'],
    },
    'Suitable for ages 14 and up.',
  ),
  listing(
    'm01',
    'inflatable_kayaks',
    'de',
    KAYAK_ZH,
    KAYAK_SRC,
    {
      translated_description:
        'Das Wavel K2 ist ein aufblasbares Zweier-Kajak aus dreilagigem, PVC-beschichtetem Gewebe. Aufgepumpt misst es 380 × 90 cm, es wiegt rund 15 kg und trägt bis zu 200 kg. Der Rumpf ist in 3 getrennte Luftkammern unterteilt, sodass das Boot auch dann schwimmt, wenn eine Kammer Luft verliert. Zum Lieferumfang gehören zwei Aluminiumpaddel, eine Fußpumpe und ein Reparaturset. Luftleer passt alles in einen 60-Liter-Rucksack. Geeignet ab 14 Jahren.',
      seo_title: 'Wavel K2 Schlauchkajak für zwei, 380 × 90 cm',
      meta_description:
        'Aufblasbares Zweier-Kajak Wavel K2 mit dreilagigem PVC-Rumpf, 3 Luftkammern und 200 kg Zuladung. Inklusive zwei Paddeln, Fußpumpe und Reparaturset.',
      h1: 'Wavel K2 – das Kajak aus dem Rucksack',
      marketing_copy_a:
        'Kein Dachträger, kein Anhänger, keine Bootsgarage: Das komplette Set passt in jeden Kofferraum. Jetzt bestellen und ab aufs Wasser.',
      marketing_copy_b:
        'Stellen Sie sich den See im Morgenlicht vor, spiegelglatt, und nur Ihr Paddelschlag ist zu hören. Solche Momente gehören Ihnen allein. Entdecken Sie das Wavel K2.',
      marketing_copy_c:
        'Zum Saisonstart gibt es eine wasserdichte Handyhülle gratis zu jedem K2 – sichern Sie sich Ihr Boot.',
    },
    { field: 'seo_title', find: '380 × 90 cm', replace: '400 × 90 cm', labels: ['number_invented'] },
    'Luftleer passt alles in einen 60-Liter-Rucksack.',
  ),
  listing(
    'm02',
    'life_jackets',
    'en',
    LIFEJACKET_ZH,
    LIFEJACKET_SRC,
    {
      translated_description:
        'The second-generation Buoya automatic life jacket inflates itself about 5 seconds after it hits the water and gives you 150 N of buoyancy. It is made for adults weighing 40 kg (88 lb) or more. It runs on a 33 g gas cylinder, and you can also inflate it with the pull cord or top it up by mouth. Reflective strips run across the shoulders and back, and a safety whistle sits on the chest. Uninflated it weighs only about 600 g, so you barely notice it. The chest strap adjusts from 70 to 130 cm, and the jacket is suitable for ages 16 and up.',
      seo_title: 'Buoya 2nd Gen Automatic Inflatable Life Jacket, 150 N',
      meta_description:
        'Second-generation Buoya life jacket that inflates itself about 5 seconds after hitting the water: 150 N of buoyancy, a manual pull cord and reflective strips.',
      h1: 'Buoya Auto-Inflating Life Jacket',
      marketing_copy_a:
        'A slim collar you forget you are wearing beats a bulky foam vest left in the locker. Buy the Buoya and wear it on every trip.',
      marketing_copy_b:
        'The water turns cold and dark in an instant, and for once you do not have to think – the jacket does it for you. That is the peace of mind every skipper deserves. Discover the Buoya.',
      marketing_copy_c: 'A spare gas cylinder comes free with every jacket this month – shop the Buoya now.',
    },
    {
      field: 'meta_description',
      find: '150 N of buoyancy',
      replace: '180 N of buoyancy',
      labels: ['number_invented'],
    },
    'Uninflated it weighs only about 600 g, so you barely notice it.',
  ),
  listing(
    'm02',
    'life_jackets',
    'ja',
    LIFEJACKET_ZH,
    LIFEJACKET_SRC,
    {
      translated_description:
        'Buoyaの第2世代自動膨張式ライフジャケットは、水に入ってから約5秒で自動的に膨らみ、150Nの浮力を発揮します。体重40kg以上の大人向けです。33gのガスボンベを使用し、ひもを引いて手動で膨らませることも、口から空気を足すこともできます。肩と背中には反射テープ、胸元には救命ホイッスルを備えています。膨らむ前の重さは約600gと軽く、着けていることを忘れるほどです。胸囲は70〜130cmで調整でき、16歳以上の方にお使いいただけます。',
      seo_title: 'Buoya 第2世代 自動膨張式ライフジャケット 150N',
      meta_description:
        '水に入ると約5秒で自動的に膨らむ第2世代ライフジャケット。浮力150N、手動と口吹きにも対応し、反射テープとホイッスル付きで釣りやボートも安心です。',
      h1: 'Buoya 自動膨張ライフジャケット',
      marketing_copy_a:
        'かさばる救命胴衣はもう不要です。首にかけるだけの軽さなので、毎回きちんと着用できます。今すぐ購入。',
      marketing_copy_b:
        'もしもの瞬間、考えるより先にジャケットが膨らみます。大切な人と過ごす海の時間を、もっと安心なものに。ぜひチェックしてください。',
      marketing_copy_c: '今月は予備のガスボンベをおまけでお付けします。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '150Nの浮力',
      replace: '200Nの浮力',
      labels: ['number_dropped', 'number_invented'],
    },
    '膨らむ前の重さは約600gと軽く、着けていることを忘れるほどです。',
  ),
  listing(
    'm03',
    'electric_trolling_motors',
    'en',
    MOTOR_ZH,
    MOTOR_SRC,
    {
      translated_description:
        'The Torqa T55 electric trolling motor delivers 55 lb of thrust and runs on a 12 V deep-cycle battery, with 5 forward and 3 reverse speeds. The telescopic shaft is 36 in (91 cm) long and suits inflatables, kayaks and small fishing boats up to 4.5 m (14.8 ft). At medium speed a fully charged battery keeps it running for about 3 hours, and it uses 15% less power than the previous generation. The whole unit has been through over 100 hours of salt-spray testing.',
      seo_title: 'Torqa T55 Electric Trolling Motor, 55 lb Thrust, 12 V',
      meta_description:
        'Torqa T55 electric trolling motor with 55 lb of thrust, 5 forward and 3 reverse speeds and a 36 in shaft for kayaks and small boats up to 4.5 m.',
      h1: 'Torqa T55 Trolling Motor for Small Boats',
      marketing_copy_a:
        'Skip the petrol cans, the oil changes and the pull-start fuss: a battery and a switch are all it takes. Get the Torqa T55 today.',
      marketing_copy_b:
        'Drift along the reeds with nothing but the soft hum of the motor, and let the fish come to you for a change. It is the kind of calm anglers wait all week for. Discover the Torqa T55.',
      marketing_copy_c: 'Spring launch: a free battery cable kit with every T55 – order yours today.',
    },
    {
      field: 'translated_description',
      replace: 'It reaches a top speed of about 6 km/h.',
      labels: ['number_invented'],
    },
    'The whole unit has been through over 100 hours of salt-spray testing.',
  ),
  listing(
    'm03',
    'electric_trolling_motors',
    'es',
    MOTOR_ZH,
    MOTOR_SRC,
    {
      translated_description:
        'El motor eléctrico de pesca Torqa T55 ofrece 55 libras de empuje y funciona con una batería de ciclo profundo de 12 V. Tiene 5 velocidades hacia delante y 3 hacia atrás. El eje telescópico mide 36 pulgadas y es apto para embarcaciones neumáticas, kayaks y pequeñas barcas de pesca de hasta 4,5 m. A velocidad media, una batería cargada lo mantiene en marcha unas 3 horas, y consume un 15 % menos que la generación anterior. Todo el equipo ha superado más de 100 horas de ensayo en niebla salina.',
      seo_title: 'Motor eléctrico de pesca Torqa T55, 55 lb, 12 V',
      meta_description:
        'Motor eléctrico Torqa T55 con 55 libras de empuje, 5 velocidades hacia delante y 3 hacia atrás y eje de 36 pulgadas para kayaks y barcas de hasta 4,5 m.',
      h1: 'Torqa T55, tu barca sin gasolina',
      marketing_copy_a:
        'Olvídate de bidones, mezclas de aceite y tirones de arranque: con una batería basta. Compra el Torqa T55 hoy.',
      marketing_copy_b:
        'Deslízate junto al carrizal mientras amanece, con el agua quieta y la caña preparada. Así empiezan los mejores días de pesca. Descubre el Torqa T55.',
      marketing_copy_c: 'Lanzamiento de primavera: cables de batería de regalo con cada T55. Pídelo ya.',
    },
    { field: 'seo_title', find: '55 lb', replace: '65 lb', labels: ['number_invented'] },
    'Todo el equipo ha superado más de 100 horas de ensayo en niebla salina.',
  ),
  listing(
    'm04',
    'dry_bags',
    'de',
    DRYBAG_ZH,
    DRYBAG_SRC,
    {
      translated_description:
        'Das Siccus Packsack-Set besteht aus drei Packsäcken mit 5, 10 und 20 Litern Volumen. Sie sind aus 500D-PVC-Gewebe gefertigt, die Nähte sind hochfrequenzverschweißt, und sie erreichen Schutzklasse IPX6. Rollen Sie die Öffnung dreimal ein und schließen Sie die Schnalle, dann bleibt das Wasser draußen. Der 20-Liter-Sack hat abnehmbare Schultergurte. Mit etwas Luft darin schwimmen die Säcke auf dem Wasser – ideal für Kajaktouren, Rafting und Camping. Zur Wahl stehen mehr als zehn Farben.',
      seo_title: 'Siccus Packsäcke im Dreierset: 5, 10 und 20 Liter',
      meta_description:
        'Wasserdichte Packsäcke im Dreierset mit 5, 10 und 20 Litern, Rollverschluss und Schultergurten am großen Sack. Schwimmfähig, für Kajak und Camping.',
      h1: 'Siccus Packsäcke für trockenes Gepäck',
      marketing_copy_a:
        'Drei Größen, ein Set: Handy, Wechselkleidung und Schlafsack bleiben getrennt und trocken. Jetzt kaufen.',
      marketing_copy_b:
        'Die Welle schwappt ins Boot, und Sie lachen nur, weil Sie wissen, dass alles trocken bleibt. Genau dieses Gefühl nehmen Sie mit auf jede Tour. Entdecken Sie Siccus.',
      marketing_copy_c: 'Nur im Juni: eine Handyhülle gratis zu jedem Set – ab in den Warenkorb!',
    },
    {
      field: 'translated_description',
      find: '5, 10 und 20 Litern',
      replace: '5, 10 und 25 Litern',
      labels: ['number_invented'],
    },
    'Sie sind aus 500D-PVC-Gewebe gefertigt, die Nähte sind hochfrequenzverschweißt, und sie erreichen Schutzklasse IPX6.',
  ),
  listing(
    'm04',
    'dry_bags',
    'fr',
    DRYBAG_ZH,
    DRYBAG_SRC,
    {
      translated_description:
        'Le lot Siccus réunit trois sacs étanches de 5, 10 et 20 litres. Ils sont fabriqués en toile PVC 500D, leurs coutures sont soudées à haute fréquence et ils atteignent l’indice IPX6. Il suffit de rouler l’ouverture trois fois sur elle-même puis de clipser la boucle pour que l’eau reste dehors. Le sac de 20 litres dispose de bretelles amovibles. Avec un peu d’air à l’intérieur, les sacs flottent : idéal en kayak, en rafting ou en camping. Plus de dix coloris sont proposés.',
      seo_title: 'Sacs étanches Siccus, lot de 3 : 5, 10 et 20 litres',
      meta_description:
        'Lot de trois sacs étanches Siccus de 5, 10 et 20 litres, fermeture à enroulement et bretelles amovibles sur le grand modèle. Ils flottent sur l’eau.',
      h1: 'Siccus, vos affaires au sec à chaque sortie',
      marketing_copy_a:
        'Trois tailles pour ranger téléphone, vêtements de rechange et duvet chacun à sa place, sans une goutte. Commandez le lot Siccus.',
      marketing_copy_b:
        'Une vague passe par-dessus le boudin et vous souriez, parce que vous savez que tout est resté sec. C’est cette tranquillité qui change une sortie. Découvrez Siccus.',
      marketing_copy_c: 'Ce mois-ci, une pochette pour téléphone est offerte avec chaque lot : profitez-en !',
    },
    {
      field: 'meta_description',
      find: '10 et 20 litres',
      replace: '10 et 30 litres',
      labels: ['number_invented'],
    },
    'Ils sont fabriqués en toile PVC 500D, leurs coutures sont soudées à haute fréquence et ils atteignent l’indice IPX6.',
  ),
  listing(
    'm05',
    'fish_finders',
    'de',
    FINDER_ZH,
    FINDER_SRC,
    {
      translated_description:
        'Das tragbare Echolot Sonarix F7 hat einen 4,3-Zoll-Farbbildschirm und misst Wassertiefen von 0,6 bis 100 m, der Geber arbeitet mit einem Abstrahlwinkel von 45°. Auf dem Display sehen Sie gleichzeitig Wassertiefe, Wassertemperatur und Fischpositionen, wobei Fische je nach Größe mit drei verschiedenen Symbolen angezeigt werden. Der eingebaute Lithium-Akku hält rund 8 Stunden, das Geberkabel ist 9 m lang. Dutzende Lieblingsstellen lassen sich speichern und beim nächsten Mal direkt wiederfinden.',
      seo_title: 'Sonarix F7 Echolot mit 4,3-Zoll-Farbdisplay',
      meta_description:
        'Tragbares Echolot Sonarix F7: 4,3-Zoll-Farbdisplay, Tiefenmessung von 0,6 bis 100 m, 45° Abstrahlwinkel und Fischsymbole nach Größe. Ideal fürs Boot.',
      h1: 'Sonarix F7 – sehen, wo die Fische stehen',
      marketing_copy_a:
        'Kein Rätselraten mehr am Wasser: Sie sparen Köder, Sprit und Zeit, weil Sie gleich dort angeln, wo es sich lohnt. Jetzt bestellen.',
      marketing_copy_b:
        'Das Symbol blinkt auf, Ihr Herz schlägt schneller, und dann ruckt die Rute. Solche Augenblicke machen einen Angeltag unvergesslich. Entdecken Sie Sonarix.',
      marketing_copy_c: 'Zur Saison gibt es die Schutztasche gratis dazu – sichern Sie sich Ihr F7.',
    },
    {
      field: 'translated_description',
      find: '0,6 bis 100 m',
      replace: '0,6 bis 120 m',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der eingebaute Lithium-Akku hält rund 8 Stunden, das Geberkabel ist 9 m lang.',
  ),
  listing(
    'm05',
    'fish_finders',
    'ja',
    FINDER_ZH,
    FINDER_SRC,
    {
      translated_description:
        'Sonarix F7は持ち運びできるポータブルタイプの魚群探知機で、4.3インチのカラー画面を搭載しています。ソナーで0.6〜100mの水深を探知でき、振動子のビーム角は45度です。画面には水深・水温・魚の位置が同時に表示され、魚は大きさに応じて3段階のアイコンで示されます。内蔵リチウム電池で約8時間使え、振動子ケーブルの長さは9mです。よく行く釣りポイントを数十か所保存でき、次回もすぐにたどり着けます。',
      seo_title: 'Sonarix F7 魚群探知機 4.3インチカラー画面',
      meta_description:
        '4.3インチのカラー画面で水深・水温・魚の位置がひと目でわかるポータブル魚探。0.6〜100mまで探知し、ボート釣りやカヤックフィッシングにぴったりです。',
      h1: 'Sonarix F7 ポータブル魚探',
      marketing_copy_a:
        '勘に頼った釣り場探しはもう終わり。魚のいる場所で糸を垂らせるから、エサも時間もむだになりません。今すぐ購入。',
      marketing_copy_b:
        '画面に魚のアイコンが浮かんだ瞬間、胸が高鳴ります。その一匹に出会うための、頼れる相棒です。ぜひお試しください。',
      marketing_copy_c: 'シーズン到来キャンペーン中、専用収納ケースをプレゼント。カートへどうぞ。',
    },
    { field: 'seo_title', find: '4.3インチ', replace: '5インチ', labels: ['number_invented'] },
    '内蔵リチウム電池で約8時間使え、振動子ケーブルの長さは9mです。',
  ),
  listing(
    'm06',
    'marine_bilge_pumps',
    'es',
    PUMP_ZH,
    PUMP_SRC,
    {
      translated_description:
        'La bomba de achique automática Hydrel evacua 1100 galones por hora a 12 V y consume unos 4,5 A. Su sensor de nivel integrado la pone en marcha sola cuando el agua de la sentina alcanza unos 5 cm y la detiene cuando todo está seco. La salida tiene un diámetro de 28 mm. Su diseño 3 en 1 combina detección automática, interruptor manual y protección contra el funcionamiento en seco. Es apta para embarcaciones de hasta 10 m de eslora y tiene una garantía de dos años.',
      seo_title: 'Bomba de achique automática Hydrel, 1100 GPH, 12 V',
      meta_description:
        'Bomba de achique Hydrel con sensor de nivel: arranca sola con unos 5 cm de agua, evacua 1100 galones por hora a 12 V y se protege del giro en seco.',
      h1: 'Hydrel, la sentina seca sin pensarlo',
      marketing_copy_a:
        'Una bomba que vigila por ti: sin achicar a mano ni volver al puerto a revisar tras cada tormenta. Consigue la Hydrel hoy.',
      marketing_copy_b:
        'Llueve toda la noche y duermes tranquilo, sabiendo que tu barco se cuida solo. Esa calma no tiene precio. Descubre la Hydrel.',
      marketing_copy_c: 'Solo este mes, kit de montaje de regalo con cada bomba. Aprovecha y pídela ya.',
    },
    { field: 'translated_description', replace: 'Pesa solo 450 g.', labels: ['number_invented'] },
    'La salida tiene un diámetro de 28 mm.',
  ),
  listing(
    'm06',
    'marine_bilge_pumps',
    'fr',
    PUMP_ZH,
    PUMP_SRC,
    {
      translated_description:
        'La pompe de cale automatique Hydrel évacue 1\u202f100 gallons par heure sous 12 V, pour une intensité d’environ 4,5 A. Son capteur de niveau intégré la met en marche dès que l’eau de cale atteint environ 5 cm, puis l’arrête une fois la cale vidée. L’orifice de sortie mesure 28 mm de diamètre. Sa conception 3 en 1 associe détection automatique, interrupteur manuel et protection contre la marche à sec. Elle convient aux bateaux jusqu’à 10 m de long et bénéficie d’une garantie de deux ans.',
      seo_title: 'Pompe de cale automatique Hydrel 12 V, 3 en 1',
      meta_description:
        'Pompe de cale Hydrel à capteur de niveau : démarrage automatique vers 5 cm d’eau, 1\u202f100 gallons par heure sous 12 V et garantie de deux ans.',
      h1: 'Hydrel, une cale au sec sans y penser',
      marketing_copy_a:
        'Plus besoin d’écoper à la main ni de filer au port après chaque averse : la pompe veille pour vous. Achetez la Hydrel dès maintenant.',
      marketing_copy_b:
        'La pluie tambourine toute la nuit sur le pont, et vous dormez sur vos deux oreilles. Votre bateau veille sur lui-même. Découvrez la Hydrel.',
      marketing_copy_c:
        'Kit de fixation offert ce mois-ci avec chaque pompe : commandez la vôtre aujourd’hui.',
    },
    {
      field: 'translated_description',
      find: 'environ 4,5 A',
      replace: 'environ 5,5 A',
      labels: ['number_dropped', 'number_invented'],
    },
    'L’orifice de sortie mesure 28 mm de diamètre.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const chars = (text: string) => [...text].length;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

// en: listing 1 (kayak) takes styles 0-2, listing 2 (life jacket) 3-5, listing 3 (trolling motor) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Tightened the supplier’s run-on sentences and moved the weights up front, so it now reads:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `Hero heading | ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nYour brief doesn’t say when the launch offer ends, so I’ve left the deadline out – worth adding one before this goes up.`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\nor: Slim enough to forget, ready the moment you go over. Buy the Buoya today.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'I’ve pitched this at sailors and anglers who already know their kit, hence the matter-of-fact tone.',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n— ${wordCount(c.marketing_copy_b)} words; drop the middle sentence if the tile runs short on space.`,
  }),
  (c) => ({
    marketing_copy_c: `{ "promo": "${c.marketing_copy_c}", "needs_review": false }`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Nota para la ficha en español: mejor «motor eléctrico de pesca» que «motor de curricán», que casi nadie busca.)',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} …and that covers the savings pitch, kept deliberately lean so it doesn’t crowd the price.`,
  }),
];

// de: listing 1 (kayak) takes styles 0-2, listing 2 (dry bags) 3-5, listing 3 (fish finder) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Langbeschreibung (Shop)\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nNote for the DE team: the sunrise image may clash with the product photos – feel free to cut that line.`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nIn der Vorlage steht nicht, bis zu welcher Windstärke das Boot freigegeben ist – das sollten wir vor dem Livegang klären.`,
  }),
  (c) => ({ h1: `${c.h1}\noder: Alles trocken, auch wenn’s spritzt` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '– den nächsten Satz habe ich umgestellt, damit die Handhabung vor dem Zubehör kommt –',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n(Umfang: ${chars(c.marketing_copy_a)} Zeichen, ohne Zeilenumbruch gezählt)`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}",\n  "aktion_aktiv": true\n}` }),
  (c) => ({ marketing_copy_b: `Markenstimme: ruhig, kundig, kein Anglerlatein. ${c.marketing_copy_b}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n…so viel zum Gerät selbst, das Zubehör bekommt gleich noch einen eigenen Absatz.`,
  }),
];

// ja: listing 1 (life jacket) takes styles 0-2, listing 2 (fish finder) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_a: `▼お得感を伝えるコピー\n${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      2,
      '（※原文には対応する安全規格や認証の記載がないため、その点には触れていません）',
    ),
  }),
  (c) => ({
    h1: `${c.h1} (“ライフジャケット” rather than “救命胴衣” – it’s the everyday word shoppers type)`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\nもしくは：「釣り場選びに、もう迷わない。今すぐチェック。」`,
  }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n（本文${chars(c.marketing_copy_b)}字・句読点込み）` }),
  (c) => ({ meta_description: `{"meta_ja": "${c.meta_description}"}` }),
];

// es: listing 1 (trolling motor) takes styles 0-2, listing 2 (bilge pump) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `He reordenado un poco las frases del proveedor para que se lean mejor, y queda así:\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Pensado para pescadores de embalse más que para regatistas; de ahí el tono práctico.)`,
  }),
  (c) => ({ h1: `{"titulo_h1": "${c.h1}"` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '(Not sure “sentina” is too technical for this shop – swap in “fondo del barco” if so.)',
    ),
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} · ${chars(c.marketing_copy_c)} caracteres` }),
  (c) => ({ marketing_copy_b: `Bloque B — tono emotivo\n${c.marketing_copy_b}` }),
];

// fr: listing 1 (dry bags) takes styles 0-2, listing 2 (bilge pump) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(La fiche source ne dit pas si les boucles sont en plastique ou en métal ; je n’ai donc rien précisé.)',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\nou bien : Des affaires sèches, l’esprit léger. Découvrez Siccus.`,
  }),
  (c) => ({
    h1: `${c.h1} (ton complice plutôt que technique, pour parler aux familles qui partent en kayak)`,
  }),
  (c) => ({ seo_title: `SEO › ${c.seo_title}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n(Kept “pompe de cale” throughout; “pompe d’assèchement” felt too formal for a retail page.)`,
  }),
  (c) => ({ translated_description: `${c.translated_description}"\n  },\n  "langue": "fr"\n}` }),
];

export const ROUND_42_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'A cheap life jacket is the last place to save money.',
      'Knockoff pumps from auction sites rarely survive a season of salt water.',
      'Counterfeit gas cylinders may not fire when you need them most.',
      'Fake dry bags tend to give way at the seams.',
    ],
    slogans: ['Calm water, clear head.', 'Wherever the current takes you.'],
    chineseLeftovers: [],
    duplicateLead: 'Nutshell version: ',
    titleStuffing: ' | Boating Gear, Summer Sale, Free Returns, Top Pick',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Rettungswesten sparen an der falschen Stelle.',
      'Fälschungen halten dem Salzwasser selten lange stand.',
      'Eine Nachahmung dieses Echolots zeigt oft nur Rauschen.',
      'Mit einem Imitat riskieren Sie nasses Gepäck.',
    ],
    slogans: ['Trocken ankommen, egal wie hoch die Welle.', 'Mehr Zeit am Wasser, weniger Suchen.'],
    chineseLeftovers: [],
    duplicateLead: 'Im Kern: ',
    titleStuffing: ' | Bootszubehör, Sommerangebot, Gratisversand, Top',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の救命具には命を預けないでください。',
      '偽物の魚探では正確に探知できません。',
      'コピー品のボンベは作動しないおそれがあります。',
      '模倣品とは浮力がまったく違います。',
    ],
    slogans: ['海の上でも、いつもの安心を。', '見えなかった魚が、見えてくる。'],
    chineseLeftovers: ['这款救生衣落水后会自动充气。', '这个探鱼器的屏幕很清楚，钓鱼时很方便。'],
    duplicateLead: 'ひと口で言うと、',
    titleStuffing: '｜マリン用品 釣り具 人気 送料無料 アウトドア',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Un chaleco barato no es donde conviene ahorrar.',
      'Las bombas falsas se averían con el primer golpe de mar.',
      'Las imitaciones no aguantan el agua salada.',
      'Ninguna réplica iguala este empuje.',
    ],
    slogans: ['Tu barco, siempre a flote.', 'Silencio sobre el agua.'],
    chineseLeftovers: [],
    duplicateLead: 'Sin rodeos: ',
    titleStuffing: ' | Náutica, oferta de verano, envío gratis, top ventas',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une pompe pas chère lâche souvent au pire moment.',
      'Gare aux contrefaçons vendues sur les places de marché.',
      'Une réplique de ce sac ne tient pas l’eau.',
      'Les fausses pompes de cale grillent vite.',
    ],
    slogans: ['Au sec, quoi qu’il arrive.', 'Le calme plat, même sous l’averse.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour aller vite : ',
    titleStuffing: ' | Nautisme, promo d’été, livraison offerte, top vente',
  },
};
