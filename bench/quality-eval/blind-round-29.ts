// Blind set, round 29 (written without reading the gate, committed before it is scored): six car accessories,
// bicycle parts and DIY tools in the categories car_roof_boxes, bike_lights, laser_levels, car_fridges,
// bike_child_seats and cordless_drills, 12 hand-written listings, three artifact styles per listing and wording of its
// own (this round: markdown headings inside a field, chatter in another language than the field (English inside
// de/ja/es/fr copy, German or French inside en copy), truncation markers, unicode and HTML-numeric escape residue,
// the model grading its own output, the model explaining which words it avoided to obey the copy rules, a wrong
// language tag on its own output, and the source quoted back with a comment (romanised for en/de/es/fr, so that no
// Chinese character lands in those fields; in ja only a fragment written with characters Japanese shares));
// legitimate numbers: Atlas 450 (450), 450 L (15.9 cu ft), 190 × 80 × 40 cm (74.8 × 31.5 × 15.7 in), 16 kg (35 lb),
// 75 kg (165 lb), 双侧 (dual-side, beidseitig: not a number), 三点式 (three-point, Dreipunkt), 4 to 5 pairs of skis,
// 一家四口 (a family of four, vierköpfig), 10 minutes; Lumo R2 (2), 800 lumens, 120 m (394 ft), 3000 mAh, USB-C,
// 3 hours, 十几个小时 (more than ten hours, plus de dix heures, vague), 五种 (five, cinq) modes, IPX6, 125 g,
// 22 to 35 mm; Linea 第2代 (2. Generation, 第2世代), 十二条 (zwölf, 12本) lines, 360°, 四倍 (viermal, 約4倍), 30 m,
// ±3 mm per 10 m, ±4°, 两块 (zwei, 2個) batteries, 2000 mAh, 6 hours, 1/4 inch (1/4 Zoll, 1/4インチ), 单块 (single,
// a word); Frosta C25 (25), 25 L (6.6 US gal), 2 L bottles, 几十 (dozens, decenas: vague), -20 to 10 °C (-4 to 50 °F),
// 15 minutes, 0 °C, 12 V, 24 V, 220 V, 百分之三十 (30 %), 三档 (three-level, tres niveles), 11.5 kg, 45 dB;
// Pipo 9 months to 6 years (9か月〜6歳, 9 mois à 6 ans), 22 kg, 五点式 (5点式, 5 points), 三档 (3段階, trois hauteurs),
// 15°, 26 to 29 inch, 4.2 kg, EN14344 (EN 14344); Forge D20 (20), 三合一 (3-in-1, 3 en 1), 20 V, 65 N·m, 两档
// (Zwei-Gang, dos velocidades), 0–500 and 0–1800 rpm, 21 torque settings, 13 mm chuck, 1.5 to 13 mm bits, 两块
// (zwei, dos) 2.0 Ah batteries, 上百 (über 100, más de 100) accessories, 60 minutes, 1.4 kg, 双电池 (twin-battery
// kit in the name, not a number).
import type { Language } from '@content-pipeline/languages';
import {
  listing,
  type BlindListing,
  type DefectWording,
  type Artifact,
  afterSentence,
  afterSentenceJa,
} from './blind-set';

const ROOF_BOX_ZH = 'Atlas 450 车顶行李箱 双侧开启 450升';
const ROOF_BOX_SRC =
  'Atlas 450 车顶行李箱容积450升，外形尺寸190×80×40厘米，自重仅16公斤，最大载重75公斤。双侧开启设计，左右均可取放行李。三点式中控锁，箱盖关好后钥匙才能拔出。可同时装下4至5副滑雪板，或一家四口出游的全部行李。适配绝大多数横杆，安装仅需10分钟。';
const BIKE_LIGHT_ZH = 'Lumo R2 自行车前灯 800流明 USB-C充电';
const BIKE_LIGHT_SRC =
  'Lumo R2 自行车前灯亮度高达800流明，照射距离约120米。内置3000毫安时锂电池，USB-C充电约3小时充满，低亮模式续航可达十几个小时。设有五种照明模式，包括日间闪烁模式。防水等级IPX6，雨天骑行也不怕。铝合金灯身重125克，快拆支架适配22至35毫米的车把。';
const LASER_LEVEL_ZH = 'Linea 第2代 十二线绿光激光水平仪';
const LASER_LEVEL_SRC =
  'Linea 第2代激光水平仪可投射十二条绿色激光线，水平和垂直方向均覆盖360度。绿光亮度约为红光的四倍，室内有效距离达30米，精度为每10米±3毫米。自动安平范围±4°，超出时激光闪烁报警。配两块2000毫安时锂电池，单块可连续工作约6小时。附赠1/4英寸三脚架转接头和收纳箱。';
const CAR_FRIDGE_ZH = 'Frosta C25 车载压缩机冰箱 25升';
const CAR_FRIDGE_SRC =
  'Frosta C25 车载压缩机冰箱容量25升，可竖放2升装饮料，也能装下几十罐可乐。制冷范围-20至10℃，约15分钟即可从室温降到0℃。支持12V和24V车载电源，也可接家用220V插座。ECO模式比普通模式节能百分之三十，三档电池保护避免亏电。整机重11.5公斤，运行噪音低于45分贝。';
const CHILD_SEAT_ZH = 'Pipo 后置儿童自行车座椅 五点式安全带';
const CHILD_SEAT_SRC =
  'Pipo 后置儿童自行车座椅适合9个月至6岁、体重22公斤以内的孩子。五点式安全带配有防误开卡扣，脚踏高度三档可调。靠背可后仰15度，孩子睡着了也舒服。快拆底座安装在车架上，适配26至29英寸车轮的自行车。座椅自重4.2公斤，通过EN14344安全认证。';
const DRILL_ZH = 'Forge D20 三合一无刷冲击钻 双电池套装';
const DRILL_SRC =
  'Forge D20 三合一无刷冲击钻，可当电钻、冲击钻和电动螺丝刀使用。采用20V锂电平台，最大扭矩65牛·米。两档机械变速，空载转速0-500和0-1800转/分，另有21档扭力调节。13毫米金属夹头可夹持1.5至13毫米钻头。套装含两块2.0Ah电池、快充座和上百件配件，单块电池充满约需60分钟。整机重1.4公斤。';

export const ROUND_29_LISTINGS: readonly BlindListing[] = [
  listing(
    'c01',
    'car_roof_boxes',
    'en',
    ROOF_BOX_ZH,
    ROOF_BOX_SRC,
    {
      translated_description:
        'The Atlas 450 roof box gives you 450 L (15.9 cu ft) of extra space and measures 190 × 80 × 40 cm (74.8 × 31.5 × 15.7 in). It weighs just 16 kg (35 lb) and carries a maximum load of 75 kg (165 lb). Dual-side opening lets you load and unload from either side of the car. A three-point central lock keeps everything secure, and the key only comes out once the lid is properly shut. It takes 4 to 5 pairs of skis at once, or all the holiday luggage of a family of four. It fits the vast majority of roof bars and installs in just 10 minutes.',
      seo_title: 'Atlas 450 Roof Box, 450 L, Dual-Side Opening',
      meta_description:
        'Atlas 450 roof box with 450 L of space, dual-side opening, a three-point central lock and a 75 kg load limit. Fits most roof bars without any special tools.',
      h1: 'Atlas 450 Rooftop Cargo Box',
      marketing_copy_a:
        'Free up the boot, give the back seat back to your passengers and stop wedging bags around the kids’ feet. Order your Atlas 450 today.',
      marketing_copy_b:
        'Picture the drive to the mountains with the skis overhead and nobody grumbling about elbow room. Discover the Atlas 450.',
      marketing_copy_c:
        'Launch offer: a free pair of roof-box straps with every box sold this month. Shop now while stocks last.',
    },
    { field: 'seo_title', find: '450 L', replace: '520 L', labels: ['number_invented'] },
    'It fits the vast majority of roof bars and installs in just 10 minutes.',
  ),
  listing(
    'c01',
    'car_roof_boxes',
    'de',
    ROOF_BOX_ZH,
    ROOF_BOX_SRC,
    {
      translated_description:
        'Die Dachbox Atlas 450 bietet 450 Liter Stauraum und misst außen 190 × 80 × 40 cm. Sie wiegt nur 16 kg und trägt maximal 75 kg. Dank beidseitiger Öffnung beladen Sie sie bequem von links oder rechts. Ein Dreipunkt-Zentralverschluss sichert den Inhalt, und der Schlüssel lässt sich erst abziehen, wenn der Deckel richtig geschlossen ist. Hinein passen 4 bis 5 Paar Ski oder das komplette Urlaubsgepäck einer vierköpfigen Familie. Die Box passt auf die allermeisten Querträger und ist in 10 Minuten montiert.',
      seo_title: 'Dachbox Atlas 450, 450 Liter, beidseitig zu öffnen',
      meta_description:
        'Dachbox Atlas 450 mit 450 Litern Volumen, beidseitiger Öffnung, Dreipunkt-Zentralverschluss und bis zu 75 kg Zuladung. Passt auf fast alle Querträger.',
      h1: 'Atlas 450 – Dachbox für Urlaub und Alltag',
      marketing_copy_a:
        'Mehr Platz im Kofferraum, mehr Beinfreiheit auf der Rückbank und eine Box, die viele Urlaube mitmacht. Jetzt bestellen.',
      marketing_copy_b:
        'Die Ski auf dem Dach, gute Laune im Auto und niemand, der sich um den letzten freien Platz streitet: So beginnt Urlaub. Entdecken Sie die Atlas 450.',
      marketing_copy_c:
        'Zum Saisonstart gibt es passende Spanngurte gratis dazu – sichern Sie sich Ihre Dachbox.',
    },
    {
      field: 'translated_description',
      find: 'trägt maximal 75 kg',
      replace: 'trägt maximal 90 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Hinein passen 4 bis 5 Paar Ski oder das komplette Urlaubsgepäck einer vierköpfigen Familie.',
  ),
  listing(
    'c02',
    'bike_lights',
    'en',
    BIKE_LIGHT_ZH,
    BIKE_LIGHT_SRC,
    {
      translated_description:
        'The Lumo R2 front bike light puts out up to 800 lumens and reaches about 120 m (394 ft) down the road. Its built-in 3,000 mAh lithium battery charges over USB-C in about 3 hours, and on the low setting it keeps going for more than ten hours. Five lighting modes include a daytime flash. Rated IPX6, it shrugs off rainy rides. The aluminium body weighs 125 g, and the quick-release mount fits handlebars from 22 to 35 mm.',
      seo_title: 'Lumo R2 Front Bike Light, 800 Lumens, USB-C',
      meta_description:
        'Lumo R2 USB-C bike light with 800 lumens, a beam of about 120 m, a 3,000 mAh battery and five modes, including a daytime flash for safer commuting.',
      h1: 'Lumo R2 Rechargeable Bike Headlight',
      marketing_copy_a:
        'No more buying batteries every few weeks: plug it into any USB-C charger and ride. Get your Lumo R2 now.',
      marketing_copy_b:
        'That dark stretch of lane on the way home? It just became the best part of the ride. Discover the Lumo R2.',
      marketing_copy_c:
        'Autumn deal: a free rear light with every Lumo R2 while stocks last. Add it to your cart today.',
    },
    {
      field: 'translated_description',
      replace: 'At full brightness it runs for 90 minutes.',
      labels: ['number_invented'],
    },
    'Rated IPX6, it shrugs off rainy rides.',
  ),
  listing(
    'c02',
    'bike_lights',
    'fr',
    BIKE_LIGHT_ZH,
    BIKE_LIGHT_SRC,
    {
      translated_description:
        'Le phare vélo Lumo R2 délivre jusqu’à 800 lumens et éclaire à environ 120 m devant vous. Sa batterie lithium intégrée de 3\u202f000 mAh se recharge en USB-C en 3 heures environ, et le mode faible tient plus de dix heures. Cinq modes d’éclairage sont proposés, dont un clignotant de jour. Étanche selon la norme IPX6, il ne craint pas la pluie. Le corps en aluminium pèse 125 g et la fixation à démontage rapide s’adapte aux cintres de 22 à 35 mm.',
      seo_title: 'Phare vélo Lumo R2, 800 lumens, recharge USB-C',
      meta_description:
        'Phare avant Lumo R2 : 800 lumens, portée d’environ 120 m, batterie de 3\u202f000 mAh et cinq modes, dont un clignotant de jour pour être bien vu en ville.',
      h1: 'Lumo R2, le phare qui éclaire vos retours',
      marketing_copy_a:
        'Plus besoin d’acheter des piles : un câble USB-C suffit pour repartir. Commandez votre Lumo R2.',
      marketing_copy_b:
        'Ce chemin sombre qui vous inquiétait le soir devient le plus beau moment de la balade. Découvrez le Lumo R2.',
      marketing_copy_c:
        'Offre d’automne : un feu arrière offert avec chaque Lumo R2. Profitez-en dès maintenant !',
    },
    {
      field: 'meta_description',
      find: '800 lumens',
      replace: '1\u202f000 lumens',
      labels: ['number_invented'],
    },
    'Le corps en aluminium pèse 125 g et la fixation à démontage rapide s’adapte aux cintres de 22 à 35 mm.',
  ),
  listing(
    'c03',
    'laser_levels',
    'de',
    LASER_LEVEL_ZH,
    LASER_LEVEL_SRC,
    {
      translated_description:
        'Der Linienlaser Linea der 2. Generation projiziert zwölf grüne Laserlinien und deckt horizontal wie vertikal 360° ab. Grünes Laserlicht ist etwa viermal so hell wie rotes, die Reichweite in Innenräumen beträgt 30 m, die Genauigkeit ±3 mm auf 10 m. Der automatische Nivellierbereich liegt bei ±4°; wird er überschritten, blinken die Laserlinien als Warnung. Im Lieferumfang sind zwei 2000-mAh-Akkus, von denen jeder rund 6 Stunden am Stück durchhält. Dazu gibt es einen 1/4-Zoll-Stativadapter und einen Aufbewahrungskoffer.',
      seo_title: 'Linea Linienlaser, 12 grüne Linien, 360°, 2. Generation',
      meta_description:
        'Grüner Linienlaser Linea der 2. Generation mit zwölf Linien rundum, 30 m Reichweite, ±3 mm Genauigkeit auf 10 m und automatischer Nivellierung.',
      h1: 'Linea Laser-Nivelliergerät mit grünen Linien',
      marketing_copy_a:
        'Fliesen, Regale, Trockenbau: Einmal aufgestellt, zeigt der Linea jede Kante im Raum an. Jetzt kaufen und Zeit sparen.',
      marketing_copy_b:
        'Endlich hängt die Bilderreihe so gerade, wie Sie sie sich vorgestellt haben. Entdecken Sie den Linea.',
      marketing_copy_c:
        'Nur im Aktionszeitraum gibt es die Wandhalterung gratis zu jedem Linea. Jetzt bestellen!',
    },
    {
      field: 'translated_description',
      find: 'beträgt 30 m',
      replace: 'beträgt 40 m',
      labels: ['number_dropped', 'number_invented'],
    },
    'Im Lieferumfang sind zwei 2000-mAh-Akkus, von denen jeder rund 6 Stunden am Stück durchhält.',
  ),
  listing(
    'c03',
    'laser_levels',
    'ja',
    LASER_LEVEL_ZH,
    LASER_LEVEL_SRC,
    {
      translated_description:
        'Linea 第2世代のレーザー墨出し器は、緑色のレーザーラインを12本照射し、水平・垂直ともに360度をカバーします。グリーンレーザーは赤色の約4倍の明るさで、屋内での有効距離は30m、精度は10mあたり±3mmです。自動補正範囲は±4°で、範囲を超えるとレーザーが点滅して知らせます。2000mAhのリチウム電池が2個付属し、それぞれ約6時間連続で使えます。1/4インチの三脚アダプターと収納ケースも付いています。',
      seo_title: 'Linea 第2世代 グリーンレーザー墨出し器 12ライン',
      meta_description:
        '緑色のレーザーライン12本で360度をカバーする第2世代の墨出し器。有効距離30m、精度は10mあたり±3mm。内装やDIYの作業がぐっと楽になります。',
      h1: 'Linea 緑色ラインのレーザー墨出し器',
      marketing_copy_a:
        'タイル貼りも棚の取り付けも、位置決めがすばやく正確に。作業時間をぐっと短縮できます。今すぐ購入。',
      marketing_copy_b:
        '壁に掛けた額がまっすぐ並んだときの、あの気持ちよさ。DIYがもっと楽しくなります。ぜひチェックしてください。',
      marketing_copy_c: '期間限定で専用の壁掛けブラケットをプレゼント。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '12ライン', replace: '16ライン', labels: ['number_invented'] },
    '2000mAhのリチウム電池が2個付属し、それぞれ約6時間連続で使えます。',
  ),
  listing(
    'c04',
    'car_fridges',
    'en',
    CAR_FRIDGE_ZH,
    CAR_FRIDGE_SRC,
    {
      translated_description:
        'The Frosta C25 compressor car fridge holds 25 L (6.6 US gal), stands 2 L bottles upright and fits dozens of cans of cola. It cools anywhere from -20 to 10 °C (-4 to 50 °F) and gets from room temperature down to 0 °C in about 15 minutes. It runs on 12 V or 24 V in the car and also plugs into a 220 V household socket. ECO mode uses 30% less energy than normal mode, and three-level battery protection stops it from draining your car battery. It weighs 11.5 kg and runs at under 45 dB.',
      seo_title: 'Frosta C25 Compressor Car Fridge Freezer, 25 L',
      meta_description:
        'Frosta C25 compressor car fridge: 25 L, cools from -20 to 10 °C, reaches 0 °C in about 15 minutes and saves 30% in ECO mode. Quiet at under 45 dB.',
      h1: 'Frosta C25 Portable Compressor Cooler',
      marketing_copy_a:
        'No more buying bags of ice at every service station: the C25 keeps food cold for the whole trip. Buy yours today.',
      marketing_copy_b:
        'Ice-cold drinks at the end of a long hike, miles from the nearest shop. Discover the Frosta C25.',
      marketing_copy_c:
        'Summer road-trip offer: a free insulated cover with every C25 ordered this month. Grab yours now.',
    },
    {
      field: 'translated_description',
      find: 'It weighs 11.5 kg',
      replace: 'It weighs 12.5 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'It runs on 12 V or 24 V in the car and also plugs into a 220 V household socket.',
  ),
  listing(
    'c04',
    'car_fridges',
    'es',
    CAR_FRIDGE_ZH,
    CAR_FRIDGE_SRC,
    {
      translated_description:
        'La nevera de compresor para coche Frosta C25 tiene 25 litros de capacidad, admite botellas de 2 litros en vertical y en ella caben decenas de latas de refresco. Enfría de -20 a 10 °C y pasa de temperatura ambiente a 0 °C en unos 15 minutos. Funciona con la toma de 12 V o 24 V del coche y también se conecta a un enchufe doméstico de 220 V. El modo ECO ahorra un 30 % de energía frente al modo normal, y la protección de batería de tres niveles evita que el coche se quede sin arranque. Pesa 11,5 kg y funciona con menos de 45 dB.',
      seo_title: 'Nevera de compresor para coche Frosta C25, 25 litros',
      meta_description:
        'Nevera portátil de compresor Frosta C25 con 25 litros, frío de -20 a 10 °C, 0 °C en unos 15 minutos y modo ECO que ahorra un 30 % de energía.',
      h1: 'Frosta C25, tu nevera para la carretera',
      marketing_copy_a:
        'Olvídate de comprar hielo en cada gasolinera: tus bebidas aguantan frías todo el viaje. Cómprala ya.',
      marketing_copy_b:
        'Un refresco helado al final de la ruta, lejos de cualquier tienda. Descubre la Frosta C25.',
      marketing_copy_c: 'Oferta de verano: funda térmica de regalo con cada C25. Pídela hoy.',
    },
    {
      field: 'translated_description',
      replace: 'El compresor tiene una garantía de 4 años.',
      labels: ['number_invented'],
    },
    'Pesa 11,5 kg y funciona con menos de 45 dB.',
  ),
  listing(
    'c05',
    'bike_child_seats',
    'ja',
    CHILD_SEAT_ZH,
    CHILD_SEAT_SRC,
    {
      translated_description:
        'Pipoのリア用子ども乗せ自転車シートは、9か月から6歳、体重22kgまでのお子さまに対応しています。5点式シートベルトには誤って外れにくいバックルを採用し、足のせの高さは3段階で調整できます。背もたれは15度リクライニングするので、眠ってしまっても快適です。クイックリリース式のベースをフレームに取り付け、26〜29インチのホイールの自転車に対応します。シート本体の重さは4.2kgで、EN14344の安全認証を取得しています。',
      seo_title: 'Pipo リア用子ども乗せ自転車シート 5点式ベルト',
      meta_description:
        '9か月〜6歳・22kgまでのお子さまに使えるリア用チャイルドシート。5点式ベルトと15度リクライニングで、お昼寝中も安心して走れます。',
      h1: 'Pipo うしろ乗せチャイルドシート',
      marketing_copy_a: '取り付けも取り外しもワンタッチで、自転車を家族みんなで使い回せます。今すぐ購入。',
      marketing_copy_b:
        'うしろから聞こえる楽しそうな声が、いつもの道を特別な時間に変えてくれます。ぜひお試しください。',
      marketing_copy_c: '今ならレインカバーを無料でお付けします。カートへどうぞ。',
    },
    { field: 'meta_description', find: '15度', replace: '20度', labels: ['number_invented'] },
    'シート本体の重さは4.2kgで、EN14344の安全認証を取得しています。',
  ),
  listing(
    'c05',
    'bike_child_seats',
    'fr',
    CHILD_SEAT_ZH,
    CHILD_SEAT_SRC,
    {
      translated_description:
        'Le siège enfant arrière Pipo accueille les enfants de 9 mois à 6 ans, jusqu’à 22 kg. Son harnais 5 points est doté d’une boucle qui ne s’ouvre pas par accident, et les repose-pieds se règlent sur trois hauteurs. Le dossier s’incline de 15 degrés pour que votre enfant reste à l’aise même s’il s’endort. La base à fixation rapide se monte sur le cadre des vélos équipés de roues de 26 à 29 pouces. Le siège pèse 4,2 kg et est certifié selon la norme de sécurité EN 14344.',
      seo_title: 'Siège vélo enfant Pipo, harnais 5 points, 22 kg',
      meta_description:
        'Siège vélo arrière Pipo pour enfants de 9 mois à 6 ans : harnais 5 points, repose-pieds réglables et dossier inclinable quand la balade finit en sieste.',
      h1: 'Pipo, le siège qui emmène les petits partout',
      marketing_copy_a:
        'Un seul siège qui suit votre enfant pendant des années, du premier tour de quartier à l’école. Commandez le vôtre.',
      marketing_copy_b:
        'Des petits rires derrière vous, le vent sur le visage et la ville qui défile. Découvrez Pipo.',
      marketing_copy_c:
        'Housse de pluie offerte ce mois-ci avec chaque siège Pipo : ajoutez-le à votre panier.',
    },
    { field: 'seo_title', find: '22 kg', replace: '25 kg', labels: ['number_invented'] },
    'La base à fixation rapide se monte sur le cadre des vélos équipés de roues de 26 à 29 pouces.',
  ),
  listing(
    'c06',
    'cordless_drills',
    'de',
    DRILL_ZH,
    DRILL_SRC,
    {
      translated_description:
        'Der bürstenlose Schlagbohrschrauber Forge D20 ist ein 3-in-1-Gerät: Bohrmaschine, Schlagbohrmaschine und Akkuschrauber. Er arbeitet auf der 20-V-Akkuplattform und liefert maximal 65 Nm Drehmoment. Das Zwei-Gang-Getriebe bietet Leerlaufdrehzahlen von 0–500 und 0–1800 U/min, dazu kommen 21 Drehmomentstufen. Das 13-mm-Metallbohrfutter nimmt Bohrer von 1,5 bis 13 mm auf. Im Set sind zwei 2,0-Ah-Akkus, ein Schnellladegerät und über 100 Zubehörteile; jeder Akku ist in etwa 60 Minuten voll geladen. Das Gerät wiegt 1,4 kg.',
      seo_title: 'Forge D20 Schlagbohrschrauber, 20 V, 65 Nm, 2 Akkus',
      meta_description:
        'Bürstenloser 3-in-1-Schlagbohrschrauber Forge D20 mit 65 Nm, zwei Gängen, 21 Drehmomentstufen, zwei 2,0-Ah-Akkus und über 100 Zubehörteilen.',
      h1: 'Forge D20 – bohren, schlagen, schrauben',
      marketing_copy_a:
        'Ein Gerät statt drei, zwei Akkus im Set und Zubehör für fast jedes Projekt. Jetzt kaufen.',
      marketing_copy_b:
        'Das erste selbst gebaute Regal, das wirklich gerade steht – dieses Gefühl vergisst man nicht. Entdecken Sie den Forge D20.',
      marketing_copy_c:
        'Aktion zum Frühjahrsstart: ein Bit-Set gratis zu jedem Forge D20. Sichern Sie sich Ihren noch heute.',
    },
    {
      field: 'translated_description',
      find: 'Das 13-mm-Metallbohrfutter',
      replace: 'Das 10-mm-Metallbohrfutter',
      labels: ['number_invented'],
    },
    'Das Gerät wiegt 1,4 kg.',
  ),
  listing(
    'c06',
    'cordless_drills',
    'es',
    DRILL_ZH,
    DRILL_SRC,
    {
      translated_description:
        'El taladro percutor sin escobillas Forge D20 es un 3 en 1: taladro, taladro percutor y atornillador. Funciona con la plataforma de baterías de 20 V y ofrece un par máximo de 65 Nm. Tiene dos velocidades mecánicas, con 0-500 y 0-1800 rpm en vacío, y 21 posiciones de par. El portabrocas metálico de 13 mm admite brocas de 1,5 a 13 mm. El kit incluye dos baterías de 2,0 Ah, un cargador rápido y más de 100 accesorios; cada batería se carga en unos 60 minutos. Pesa 1,4 kg.',
      seo_title: 'Taladro percutor Forge D20, 20 V, 65 Nm, 3 en 1',
      meta_description:
        'Taladro percutor sin escobillas Forge D20, 3 en 1: 20 V, 65 Nm, dos velocidades y 21 ajustes de par para taladrar, atornillar y montar muebles en casa.',
      h1: 'Forge D20, el taladro que lo hace todo',
      marketing_copy_a:
        'Tres herramientas en una sola máquina: ahorras dinero y espacio en el trastero. Consíguelo hoy.',
      marketing_copy_b:
        'Esa estantería que montaste tú mismo y que por fin queda recta. Descubre el Forge D20.',
      marketing_copy_c: 'Promoción de primavera: juego de puntas de regalo con cada Forge D20. Pídelo ya.',
    },
    { field: 'meta_description', find: '65 Nm', replace: '80 Nm', labels: ['number_invented'] },
    'El kit incluye dos baterías de 2,0 Ah, un cargador rápido y más de 100 accesorios; cada batería se carga en unos 60 minutos.',
  ),
];

/** `text` broken after its `n`-th sentence by a markdown heading on a line of its own. */
const headingAfter = (text: string, n: number, heading: string): string => {
  const parts = text.split(/(?<=\D[.!?])\s+/);
  return `${parts.slice(0, n).join(' ')}\n\n${heading}\n\n${parts.slice(n).join(' ')}`;
};
/** Non-ASCII letters left as JSON escapes, as when a model's JSON string is pasted without decoding. */
const unicodeEscaped = (text: string): string =>
  text.replace(/[\u0080-\uFFFF]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** Non-ASCII characters left as HTML numeric entities. */
const htmlEscaped = (text: string): string =>
  text.replace(/[\u0080-\uFFFF]/g, (ch) => `&#${ch.codePointAt(0)};`);

// en: listing 1 (roof box) takes styles 0-2, listing 2 (bike light) 3-5, listing 3 (car fridge) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: headingAfter(c.translated_description, 2, '## Key features') }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nAnmerkung: Die deutsche Fassung folgt im nächsten Schritt.`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n[Output truncated: the response reached its maximum length.]`,
  }),
  (c) => ({ h1: `\\u201c${c.h1}\\u201d` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Self-rating: 9/10 – clear benefit, strong call to action.)`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nI steered clear of words like “blinding” and “unbeatable”, since absolute claims aren’t allowed under your copy guidelines.`,
  }),
  (c) => ({ translated_description: `Language: French (fr-FR)\n\n${c.translated_description}` }),
  (c) => ({ h1: `${c.h1} (source says “chezai yasuoji bingxiang”, so I went with “compressor cooler”)` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nVoilà pour la version anglaise ; je m’attaque maintenant à la fiche française.`,
  }),
];

// de: listing 1 (roof box) takes styles 0-2, listing 2 (laser level) 3-5, listing 3 (drill) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nThis is the German one – the English version is further up.`,
  }),
  (c) => ({
    translated_description: `${c.translated_description} [Ausgabe abgeschnitten – Token-Limit erreicht]`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nSelbstbewertung: Qualität 9/10, Zuversicht: hoch` }),
  (c) => ({ translated_description: headingAfter(c.translated_description, 1, '### Technische Daten') }),
  (c) => ({ h1: unicodeEscaped(c.h1) }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n(Auf „perfekt“ und „unschlagbar“ habe ich verzichtet, weil absolute Aussagen laut Ihren Vorgaben nicht erlaubt sind.)`,
  }),
  (c) => ({ translated_description: `Ausgabesprache: Englisch (en-GB)\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      '(Im Original steht „san he yi wushua chongjizuan“ – sinngemäß übernommen.)',
    ),
  }),
  (c) => ({ marketing_copy_b: htmlEscaped(c.marketing_copy_b) }),
];

// ja: listing 1 (laser level) takes styles 0-2, listing 2 (child seat) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\n（原文「水平和垂直方向」は「水平・垂直」とまとめています。）`,
  }),
  (c) => ({
    marketing_copy_b: afterSentenceJa(
      c.marketing_copy_b,
      1,
      ' (Note: this line could use a quick native-speaker check.) ',
    ),
  }),
  (c) => ({ marketing_copy_c: `### 販促コピー\n${c.marketing_copy_c}` }),
  (c) => ({ translated_description: `${c.translated_description}……\n[truncated]` }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}\n\n自己評価：9/10（読みやすさ◎、訴求力○）` }),
  (c) => ({ h1: `[zh-CN] ${c.h1}` }),
];

// es: listing 1 (car fridge) takes styles 0-2, listing 2 (drill) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_a: unicodeEscaped(c.marketing_copy_a) }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n(He evitado «el mejor» y «definitivo» porque tus normas no permiten superlativos absolutos.)`,
  }),
  (c) => ({ h1: `${c.h1} – kept the informal tú here, hope that works` }),
  (c) => ({
    translated_description: headingAfter(c.translated_description, 2, '## Especificaciones'),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (El original dice «wushua chongjizuan»; lo he dejado como «taladro percutor sin escobillas».)`,
  }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b} […respuesta cortada]` }),
];

// fr: listing 1 (bike light) takes styles 0-2, listing 2 (child seat) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `[it-IT]\n${c.translated_description}` }),
  (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n\nNote de qualité : 9/10 · confiance : élevée` }),
  (c) => ({ h1: htmlEscaped(c.h1) }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Note for the reviewer: the harness wording may vary between France and Belgium.',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (J’ai écarté « révolutionnaire » et « le meilleur du marché », proscrits par votre charte.)`,
  }),
  (c) => ({ marketing_copy_a: `## Pourquoi choisir Pipo ?\n${c.marketing_copy_a}` }),
];

export const ROUND_29_WORDING: Record<Language, DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap roof boxes start rattling at motorway speed.',
      'Fake lumen ratings are everywhere, but ours are measured.',
      'Knockoff chargers can damage the battery.',
      'Every unit is genuine, never a replica.',
    ],
    slogans: ['More room for the road ahead.', 'Every lane, brightly lit.'],
    chineseLeftovers: [],
    duplicateLead: 'The gist: ',
    titleStuffing: ' | Road Trip Essential, Gift for Dad, Free Delivery, Top Pick',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Laser verlieren schnell ihre Genauigkeit.',
      'Vorsicht vor Fälschungen mit geschönten Leistungsangaben.',
      'Ein Imitat hält dem Baustellenalltag nicht stand.',
      'Nachahmungen erkennen Sie am fehlenden Prüfsiegel.',
    ],
    slogans: ['Mehr Platz für große Pläne.', 'Gerade Linien, klare Sache.'],
    chineseLeftovers: [],
    duplicateLead: 'Auf den Punkt gebracht: ',
    titleStuffing: ' | Werkstatt-Favorit, Geschenk für Heimwerker, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の墨出し器とは精度が違います。',
      'コピー品のバッテリーは使用しないでください。',
      '偽物の出品にご注意ください。',
      'レプリカではなく正規品をお届けします。',
    ],
    slogans: ['背中で感じる、小さな笑顔。', 'まっすぐな線が、仕上がりを変える。'],
    chineseLeftovers: ['这款水平仪在室内使用效果很好。', '孩子坐在后面很安全，家长可以放心骑车。'],
    duplicateLead: 'つまり、',
    titleStuffing: '｜カー用品 人気 おすすめ 父の日ギフト 送料無料',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las neveras baratas no llegan a congelar de verdad.',
      'Desconfía de las imitaciones sin garantía.',
      'No vendemos réplicas ni productos falsos.',
      'Cuidado con las falsificaciones en webs de segunda mano.',
    ],
    slogans: ['Frío de verdad, allá donde vayas.', 'Potencia en la palma de tu mano.'],
    chineseLeftovers: [],
    duplicateLead: 'Lo esencial: ',
    titleStuffing: ' | Imprescindible para viajar, regalo para papá, envío gratis',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les phares pas chers éblouissent sans éclairer.',
      'Méfiez-vous des fausses fiches techniques.',
      'Aucune imitation ne passe nos contrôles.',
      'Les contrefaçons ne sont jamais certifiées.',
    ],
    slogans: ['La nuit n’a plus de secrets.', 'Les balades en famille, version sereine.'],
    chineseLeftovers: [],
    duplicateLead: 'L’essentiel : ',
    titleStuffing: ' | Indispensable en voiture, cadeau pour papa, livraison offerte',
  },
};
