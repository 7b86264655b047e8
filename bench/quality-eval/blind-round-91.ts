// Blind set, round 91 (written without reading the gate, committed before it is scored): six home, office, garden
// and kitchen products in the categories oil_filled_radiators, mesh_office_chairs, trail_cameras,
// cordless_grass_trimmers, folding_step_stools and microwave_ovens, 12 hand-written listings, three artifact styles per
// listing and wording of its own. This round is a realistic day's mix: most artifacts are the common kinds the
// llm_artifact definition names (a lead-in before the description, markdown labels and a markdown heading, code
// fences, HTML tags including a stray <br>, a field-label prefix, a leaked JSON key, AI disclaimers, sign-offs); a
// few are subtler (a remark on the units kept, a question about a word choice in the middle of a description, a
// translator's note in brackets, a line of English chatter under a German copy); no digits in artifacts that land in
// the description, title or meta. Sources are ordinary Chinese shop copy with ordinary numbers (sizes, weights,
// capacities, durations, counts, ratings, model codes). Number edits of the ordinary kinds: a changed value, an added
// spec, a wrong conversion in brackets. Legitimate numbers:
// Calora 13 fins (13 Rippen), 2200 W (2,200 W), 800 W, 1400 W (1,400 W), 三档 (three, drei, 3 Stufen), 15 to 20 m²,
// 5 to 35 °C (41 to 95 °F), 24 hours (24-hour, 24-Stunden), 4 castors (four, vier), about 12 kg (26 lb), idioms
// 无风无光 (no fan, no light: not numbers);
// Sedia 5 lumbar positions, 135 degrees (135°), 46 to 56 cm (18 to 22 in), 四级 (class 4, classe 4), 150 kg (330 lb),
// 60 mm, about 19 kg, about 15 minutes, 3 years (3-year, 3 ans), idiom 一会儿 (a short rest: not a number);
// Vista TR-7 (model, 7), 1080P (1080p), 0.3 seconds (0,3 Sekunden, 0.3秒), 36 LEDs, 940 nm, 20 m, 120 degrees, IP66
// (66), 8 AA batteries (8 AA-Batterien, AA電池8本; AA is no number, no 単3), 6 months, 128 GB;
// Verda K9 (model, 9), 20 V, 4.0 Ah (4,0 Ah), about 40 minutes, 25 cm (10 in), 8500 rpm (8,500 rpm), 2.3 kg (5.1 lb,
// 2,3 kg), 95 to 118 cm (37 to 46 in), 90 degrees, 12 blades, about 2 hours, 单手 (one hand, una sola mano: not a
// number);
// Stepa 三步 (three steps, drei Stufen, trois marches, 3 Stufen / 3 marches in titles), 4.2 kg (4,2 kg), 150 kg,
// EN 14183 (code, 14183), 30 cm, 69 cm, 四只 (four feet, vier, quatre), 7 cm, 两年 (zwei Jahre, deux ans), 单手 (one
// hand, mit einer Hand, d'une seule main: not a number);
// Micra 20 L (20 litros, 20L), 700 W, 五档 (five, cinco, 5段階), 30 minutes, 24.5 cm (24,5 cm), 44×34×26 cm, idioms
// 一声 (a ding, 「チン」と), 一擦 (one wipe, ひと拭き, una pasada).
// Number edits: Calora en 41 to 95 °F → 41 to 99 °F (wrong conversion in brackets: invented), de 1400 W und 2200 W →
// 1400 W und 2000 W (2200 W still said as the maximum: invented only); Sedia en 135 → 145 degrees (dropped +
// invented), fr meta 150 → 180 kg (invented); Vista de 0,3 → 0,2 Sekunden (dropped + invented; 0,3 stays in the meta,
// which does not matter for dropped), ja meta 20m → 30m (invented); Verda en added spec 500 W (invented), es 40 → 50
// minutos (dropped + invented); Stepa de title 150 → 180 kg (invented), fr added spec "profondes de 12 cm"
// (invented); Micra ja 30分 → 35分 (dropped + invented), es title 700 W → 800 W (invented).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const RADIATOR_ZH = 'Calora 油汀取暖器 13片 2200瓦 三档调温';
const RADIATOR_SRC =
  'Calora 油汀取暖器共有13片散热片，最大功率2200瓦，分800瓦、1400瓦、2200瓦三档，适合15到20平方米的房间。旋钮恒温可在5到35℃之间调节，到温自动停止加热。内置24小时定时器，睡前设好，醒来不浪费电。机身底部装有4个静音滚轮，整机重约12公斤，推着换房间很轻松。无风无光，不会让空气变干，晚上开着也能安心睡。倾倒自动断电，还有过热保护。侧面附带晾衣架，冬天烘干毛巾、袜子很方便。';
const CHAIR_ZH = 'Sedia 人体工学网椅 后仰135度 承重150公斤';
const CHAIR_SRC =
  'Sedia 人体工学网椅采用高弹网布靠背，透气不闷热，久坐也舒服。头枕可上下调节，腰托有5档高度，适合不同身高的人。扶手可上下、前后、左右调节。靠背最大可后仰135度，并能在任意角度锁定，午休时往后一靠就能躺一会儿。座高可在46到56厘米之间调节，采用四级气杆，最大承重150公斤。椅脚为铝合金材质，配60毫米静音轮，不刮地板。整箱重约19公斤，安装只需约15分钟。整椅质保3年。';
const CAMERA_ZH = 'Vista TR-7 红外狩猎相机 1080P 夜视20米 IP66';
const CAMERA_SRC =
  'Vista TR-7 红外狩猎相机可以拍照，也可以录像，视频分辨率为1080P。触发速度只要0.3秒，动物一进画面就能拍下来。机身内置36颗940nm无光红外灯，夜里补光时看不到红光，夜视距离可达20米，不会惊动动物。感应角度为120度。防水等级IP66，刮风下雨都能放在野外使用。使用8节AA电池，待机时间最长可达6个月，支持最大128GB存储卡。附带绑带，可以固定在树干上。很多用户用它观察院子里的刺猬和狐狸，也有人用来看守菜园。';
const TRIMMER_ZH = 'Verda K9 锂电打草机 20V 打草宽度25厘米';
const TRIMMER_SRC =
  'Verda K9锂电打草机采用20V锂电池，容量4.0Ah，充满电可连续工作约40分钟，修剪一个中等大小的院子绰绰有余。打草宽度为25厘米，电机空载转速每分钟8500转。整机重量只有2.3公斤，女士单手也能轻松操作。伸缩杆长度可在95到118厘米之间调节，机头可旋转90度，切换成修边模式，草坪边缘也能修得整整齐齐。前端有护花杆，不会伤到花草。随机附送12片塑料刀片，更换无需工具。充电时间约2小时。';
const STOOL_ZH = 'Stepa 三步折叠梯凳 铝合金 承重150公斤';
const STOOL_SRC =
  'Stepa 三步折叠梯凳采用加厚铝合金框架，整梯仅重4.2公斤，单手就能提起。最大承重150公斤，通过EN 14183安全认证。踏板宽30厘米，表面有防滑纹路，穿拖鞋站上去也很稳。最上面的踏板离地69厘米，站上去就能够到吊柜顶部，换灯泡、挂窗帘都方便。四只脚套采用防滑橡胶，不会划伤木地板。收起后厚度只有7厘米，可以塞进门后或冰箱旁边的缝隙里。不需要安装，打开就能用。整梯质保两年。';
const MICROWAVE_ZH = 'Micra 家用微波炉 20升 700瓦 机械旋钮';
const MICROWAVE_SRC =
  'Micra 家用微波炉容量20升，微波功率700瓦，分五档火力，从解冻到高火都能调。机械旋钮操作，定时最长30分钟，到时间“叮”一声提醒，家里老人也会用。内置直径24.5厘米的玻璃转盘，一般的饭盒和汤碗都放得下。机身尺寸为44×34×26厘米，台面不大的厨房也摆得下。炉腔采用易清洁涂层，溅上的油渍用湿布一擦就干净。热剩饭、热牛奶、解冻肉类，每天都用得上。';

export const ROUND_91_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'oil_filled_radiators',
    'en',
    RADIATOR_ZH,
    RADIATOR_SRC,
    {
      translated_description:
        'The Calora oil-filled radiator has 13 fins and a maximum output of 2,200 W, with three power settings – 800 W, 1,400 W and 2,200 W – so it suits rooms of 15 to 20 m². The thermostat dial can be set anywhere from 5 to 35 °C (41 to 95 °F), and the heater stops heating by itself once that temperature is reached. A built-in 24-hour timer lets you set it before bed, so no electricity is wasted after you wake up. Four quiet castors on the base and a weight of about 12 kg (26 lb) make it easy to wheel from room to room. With no fan and no glowing light, it does not dry out the air, so you can leave it on at night and still sleep soundly. It switches off automatically if it tips over and has overheat protection as well. A drying rack on the side is handy for towels and socks in winter.',
      seo_title: 'Calora Oil-Filled Radiator, 13 Fins, 2,200 W',
      meta_description:
        'Calora oil-filled radiator with 13 fins and three settings up to 2,200 W: adjustable thermostat, 24-hour timer and tip-over switch-off for rooms up to 20 m².',
      h1: 'Calora – Quiet, Even Warmth for Every Room',
      marketing_copy_a:
        'Three heat settings, a thermostat that only works as hard as it needs to and a timer that switches off for you: real comfort without wasted energy. Order your Calora today.',
      marketing_copy_b:
        'No hum, no glare, no scratchy throat in the morning – just soft, steady warmth while you curl up on the sofa. Winter evenings, the way they should feel. Discover the Calora.',
      marketing_copy_c:
        'Early-winter offer: free delivery on every Calora ordered this week. Buy now and be warm by the weekend.',
    },
    {
      field: 'translated_description',
      find: '(41 to 95 °F)',
      replace: '(41 to 99 °F)',
      labels: ['number_invented'],
    },
    'Four quiet castors on the base and a weight of about 12 kg (26 lb) make it easy to wheel from room to room.',
  ),
  listing(
    'p01',
    'oil_filled_radiators',
    'de',
    RADIATOR_ZH,
    RADIATOR_SRC,
    {
      translated_description:
        'Der Ölradiator Calora hat 13 Heizrippen und eine maximale Leistung von 2200 W, die sich in drei Stufen schalten lässt: 800 W, 1400 W und 2200 W. Damit eignet er sich für Räume von 15 bis 20 m². Am Drehregler stellen Sie die Wunschtemperatur zwischen 5 und 35 °C ein; ist sie erreicht, hört das Gerät von selbst auf zu heizen. Dank der eingebauten 24-Stunden-Zeitschaltuhr programmieren Sie ihn vor dem Schlafengehen und verschwenden nach dem Aufwachen keinen Strom. Vier leise Rollen am Boden machen es leicht, das rund 12 kg schwere Gerät von Zimmer zu Zimmer zu schieben. Er arbeitet ohne Gebläse und ohne Leuchte und trocknet die Luft nicht aus – so können Sie ihn auch nachts beruhigt laufen lassen. Beim Umkippen schaltet er automatisch ab, außerdem ist er gegen Überhitzung geschützt. An der Seite ist ein Wäschehalter angebracht, praktisch, um im Winter Handtücher und Socken zu trocknen.',
      seo_title: 'Calora Ölradiator mit 13 Rippen, 2200 W, 3 Stufen',
      meta_description:
        'Ölradiator Calora mit 13 Heizrippen und drei Stufen bis 2200 W: Thermostat von 5 bis 35 °C, 24-Stunden-Timer und Kippschutz, für Räume bis 20 m².',
      h1: 'Calora – leise Wärme, die bleibt',
      marketing_copy_a:
        'Drei Leistungsstufen, ein Thermostat, das nur so viel heizt wie nötig, und ein Timer, der für Sie abschaltet: behagliche Wärme ohne Stromverschwendung. Jetzt bestellen.',
      marketing_copy_b:
        'Kein Rauschen, kein grelles Licht, nur gleichmäßige Wärme und Luft, die nicht im Hals kratzt. So fühlen sich Winterabende auf dem Sofa an. Entdecken Sie den Calora.',
      marketing_copy_c:
        'Zum Winterstart liefern wir jeden Calora, der diese Woche bestellt wird, versandkostenfrei. Sichern Sie sich Ihren Radiator jetzt.',
    },
    {
      field: 'translated_description',
      find: '1400 W und 2200 W',
      replace: '1400 W und 2000 W',
      labels: ['number_invented'],
    },
    'Vier leise Rollen am Boden machen es leicht, das rund 12 kg schwere Gerät von Zimmer zu Zimmer zu schieben.',
  ),
  listing(
    'p02',
    'mesh_office_chairs',
    'en',
    CHAIR_ZH,
    CHAIR_SRC,
    {
      translated_description:
        'The Sedia ergonomic mesh chair has a high-tension mesh back that lets air through, so you stay cool and comfortable even on long days at the desk. The headrest adjusts up and down, and the lumbar support has 5 height positions to suit people of different heights. The armrests move up and down, forwards and backwards, and side to side. The backrest reclines up to 135 degrees and locks at any angle, so at lunchtime you can simply lean back and rest for a while. Seat height adjusts from 46 to 56 cm (18 to 22 in), and the class 4 gas lift supports up to 150 kg (330 lb). The aluminium base rolls on 60 mm silent castors that won’t scratch your floor. The box weighs about 19 kg, and assembly takes only about 15 minutes. The whole chair is covered by a 3-year warranty.',
      seo_title: 'Sedia Ergonomic Mesh Chair, 135° Recline, 150 kg',
      meta_description:
        'Sedia ergonomic mesh office chair with adjustable headrest, 5-position lumbar support, 135° recline and seat height from 46 to 56 cm, for up to 150 kg.',
      h1: 'Sedia – All-Day Comfort at Your Desk',
      marketing_copy_a:
        'Headrest, lumbar support, armrests, seat and backrest all adjust, so the chair fits you rather than the other way round. Order your Sedia today.',
      marketing_copy_b:
        'A back that stays cool, support right where it used to ache and a quick lean back when the afternoon drags on. Your workday, only kinder. Discover the Sedia.',
      marketing_copy_c: 'This month only: a free seat cushion with every Sedia. Get yours while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'reclines up to 135 degrees',
      replace: 'reclines up to 145 degrees',
      labels: ['number_dropped', 'number_invented'],
    },
    'The box weighs about 19 kg, and assembly takes only about 15 minutes.',
  ),
  listing(
    'p02',
    'mesh_office_chairs',
    'fr',
    CHAIR_ZH,
    CHAIR_SRC,
    {
      translated_description:
        'Le fauteuil de bureau ergonomique Sedia possède un dossier en maille haute tension qui respire : pas de sensation de chaleur, même après de longues heures assis. L’appui-tête se règle en hauteur et le soutien lombaire offre 5 positions, pour s’adapter à chaque taille. Les accoudoirs se règlent vers le haut et le bas, vers l’avant et l’arrière, et sur les côtés. Le dossier s’incline jusqu’à 135 degrés et se bloque dans n’importe quelle position : à l’heure du déjeuner, il suffit de se laisser aller en arrière pour faire une petite pause. La hauteur d’assise se règle de 46 à 56 cm, et le vérin à gaz de classe 4 supporte jusqu’à 150 kg. La base en aluminium repose sur des roulettes silencieuses de 60 mm qui ne rayent pas le sol. Le carton pèse environ 19 kg et le montage ne prend qu’environ 15 minutes. Le fauteuil est garanti 3 ans.',
      seo_title: 'Fauteuil de bureau ergonomique Sedia en maille, 150 kg',
      meta_description:
        'Fauteuil ergonomique Sedia : dossier en maille respirant, soutien lombaire à 5 positions, inclinaison jusqu’à 135 degrés et charge jusqu’à 150 kg.',
      h1: 'Sedia, le confort qui tient toute la journée',
      marketing_copy_a:
        'Appui-tête, soutien lombaire, accoudoirs, assise et dossier : tout se règle, pour que le fauteuil s’adapte à vous et pas l’inverse. Commandez votre Sedia dès aujourd’hui.',
      marketing_copy_b:
        'Un dos au frais, un soutien là où ça tirait, et une vraie pause quand l’après-midi s’étire. Vos journées de travail, en plus douces. Découvrez le Sedia.',
      marketing_copy_c: 'Ce mois-ci, un coussin d’assise est offert avec chaque Sedia. Profitez-en vite !',
    },
    {
      field: 'meta_description',
      find: 'jusqu’à 150 kg',
      replace: 'jusqu’à 180 kg',
      labels: ['number_invented'],
    },
    'Le fauteuil est garanti 3 ans.',
  ),
  listing(
    'p03',
    'trail_cameras',
    'de',
    CAMERA_ZH,
    CAMERA_SRC,
    {
      translated_description:
        'Die Infrarot-Wildkamera Vista TR-7 macht Fotos und Videos, die Videos in 1080p-Auflösung. Mit einer Auslösezeit von nur 0,3 Sekunden hält sie jedes Tier fest, sobald es ins Bild läuft. Die 36 eingebauten 940-nm-Infrarot-LEDs leuchten nachts ohne sichtbares rotes Glimmen und reichen bis zu 20 Meter weit, so bleiben die Tiere ungestört. Der Erfassungswinkel beträgt 120 Grad. Dank Schutzart IP66 kann die Kamera bei Wind und Regen draußen bleiben. Sie läuft mit 8 AA-Batterien, hält im Standby bis zu 6 Monate durch und nimmt Speicherkarten bis 128 GB auf. Mit dem mitgelieferten Gurt befestigen Sie sie einfach an einem Baumstamm. Viele Kunden beobachten damit Igel und Füchse im Garten, andere passen damit auf ihr Gemüsebeet auf.',
      seo_title: 'Vista TR-7 Wildkamera mit Nachtsicht bis 20 m, IP66',
      meta_description:
        'Wildkamera Vista TR-7: Auslösezeit 0,3 Sekunden, 1080p-Video, unsichtbare 940-nm-LEDs mit 20 m Nachtsicht, IP66 und bis zu 6 Monate Standby.',
      h1: 'Vista TR-7 – was nachts im Garten los ist',
      marketing_copy_a:
        'Fotos und Videos, Tag und Nacht, monatelang ohne Batteriewechsel: eine Kamera, die einfach draußen bleibt und ihre Arbeit macht. Jetzt bestellen.',
      marketing_copy_b:
        'Morgens die Speicherkarte auslesen und staunen: Wer hat da nachts den Rasen umgegraben? Ein kleines Abenteuer direkt vor der Haustür. Entdecken Sie die Vista TR-7.',
      marketing_copy_c:
        'Nur diesen Monat gibt es eine Speicherkarte gratis dazu. Sichern Sie sich Ihre Kamera jetzt.',
    },
    {
      field: 'translated_description',
      find: 'von nur 0,3 Sekunden',
      replace: 'von nur 0,2 Sekunden',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der Erfassungswinkel beträgt 120 Grad.',
  ),
  listing(
    'p03',
    'trail_cameras',
    'ja',
    CAMERA_ZH,
    CAMERA_SRC,
    {
      translated_description:
        'Vista TR-7の赤外線トレイルカメラは、写真も動画も撮影でき、動画の解像度は1080Pです。トリガー速度はわずか0.3秒で、動物が画面に入った瞬間をとらえます。本体には940nmの不可視赤外線LEDを36個内蔵。夜間の撮影でも赤い光が見えず、最大20mまで照らせるので、動物を驚かせません。検知角度は120度です。防水等級はIP66で、風や雨の日も屋外に設置したままにできます。AA電池8本で動作し、待機時間は最長6か月、最大128GBのメモリーカードに対応しています。付属のベルトで木の幹に固定できます。庭にやって来るハリネズミやキツネの観察に使う方も、家庭菜園の見張りに使う方もいます。',
      seo_title: 'Vista TR-7 赤外線トレイルカメラ 夜間20m IP66',
      meta_description:
        'トリガー速度0.3秒、1080P動画、見えない赤外線LEDで夜間も最大20mまで撮影できるトレイルカメラ。IP66防水で屋外に置いたままにできます。',
      h1: 'Vista TR-7 夜の庭をそっとのぞく',
      marketing_copy_a:
        '写真も動画も、昼も夜も、電池交換なしで何か月も。外に置いておくだけで、しっかり記録し続けます。今すぐ購入。',
      marketing_copy_b:
        '朝、カードの中身を見るのが毎日の楽しみに。夜の庭には、まだ知らない小さなお客さんが来ています。ぜひチェックしてください。',
      marketing_copy_c: '今ならメモリーカードをプレゼント中。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '最大20m', replace: '最大30m', labels: ['number_invented'] },
    '検知角度は120度です。',
  ),
  listing(
    'p04',
    'cordless_grass_trimmers',
    'en',
    TRIMMER_ZH,
    TRIMMER_SRC,
    {
      translated_description:
        'The Verda K9 cordless grass trimmer runs on a 20 V lithium battery with a capacity of 4.0 Ah, giving you about 40 minutes of continuous work on a full charge – more than enough for a medium-sized garden. It cuts a 25 cm (10 in) swath, and the motor spins at 8,500 rpm without load. Weighing just 2.3 kg (5.1 lb), it is easy to handle with one hand. The telescopic shaft adjusts from 95 to 118 cm (37 to 46 in), and the head rotates 90 degrees for edging, so lawn borders come out neat and tidy. A guard bar at the front keeps your flowers and plants out of harm’s way. The box includes 12 plastic blades, which you can swap without tools. Charging takes about 2 hours.',
      seo_title: 'Verda K9 Cordless Grass Trimmer, 20 V, 25 cm Cut',
      meta_description:
        'Verda K9 cordless grass trimmer with a 20 V, 4.0 Ah battery: about 40 minutes per charge, a 25 cm cutting width, just 2.3 kg and a head that turns for edging.',
      h1: 'Verda K9 – Neat Lawn Edges Without the Cable',
      marketing_copy_a:
        'No cable to drag, no fuel to buy and a head that turns for edging: one light tool for the whole lawn. Order your Verda K9 today.',
      marketing_copy_b:
        'Saturday morning, the grass trimmed before your coffee has cooled, and borders you are quietly proud of. Discover the Verda K9.',
      marketing_copy_c:
        'Garden season offer: a second pack of blades free with every Verda K9. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      replace: 'The motor is rated at 500 W.',
      labels: ['number_invented'],
    },
    'Charging takes about 2 hours.',
  ),
  listing(
    'p04',
    'cordless_grass_trimmers',
    'es',
    TRIMMER_ZH,
    TRIMMER_SRC,
    {
      translated_description:
        'El cortabordes inalámbrico Verda K9 funciona con una batería de litio de 20 V y 4,0 Ah que, con la carga completa, trabaja sin parar unos 40 minutos: más que suficiente para un jardín de tamaño medio. Corta una franja de 25 cm y el motor gira en vacío a 8500 rpm. Pesa solo 2,3 kg, así que se maneja con una sola mano sin esfuerzo. La barra telescópica se ajusta entre 95 y 118 cm, y el cabezal gira 90 grados para perfilar, de modo que los bordes del césped quedan impecables. Un arco protector en la parte delantera evita dañar flores y plantas. Se incluyen 12 cuchillas de plástico, que se cambian sin herramientas. La carga completa tarda unas 2 horas.',
      seo_title: 'Cortabordes inalámbrico Verda K9 de 20 V y 25 cm',
      meta_description:
        'Cortabordes inalámbrico Verda K9 con batería de 20 V y 4,0 Ah: unos 40 minutos de autonomía, 25 cm de corte, solo 2,3 kg y cabezal giratorio para perfilar.',
      h1: 'Verda K9, el césped impecable sin cables',
      marketing_copy_a:
        'Sin cable que arrastrar ni gasolina que comprar, y con un cabezal que gira para perfilar: una sola herramienta ligera para todo el jardín. Compra tu Verda K9.',
      marketing_copy_b:
        'Un sábado por la mañana, el césped listo antes de que se enfríe el café y unos bordes de los que presumir. Descubre el Verda K9.',
      marketing_copy_c:
        'Temporada de jardín: un paquete extra de cuchillas de regalo con cada Verda K9. Pídelo ya.',
    },
    {
      field: 'translated_description',
      find: 'unos 40 minutos',
      replace: 'unos 50 minutos',
      labels: ['number_dropped', 'number_invented'],
    },
    'Se incluyen 12 cuchillas de plástico, que se cambian sin herramientas.',
  ),
  listing(
    'p05',
    'folding_step_stools',
    'de',
    STOOL_ZH,
    STOOL_SRC,
    {
      translated_description:
        'Der klappbare Tritthocker Stepa mit drei Stufen hat einen verstärkten Aluminiumrahmen und wiegt nur 4,2 kg, sodass Sie ihn bequem mit einer Hand tragen. Er ist bis 150 kg belastbar und nach EN 14183 sicherheitsgeprüft. Die Stufen sind 30 cm breit und haben ein rutschfestes Profil, damit Sie auch in Hausschuhen sicher stehen. Die oberste Stufe liegt 69 cm über dem Boden: Von dort erreichen Sie mühelos die Oberseite der Hängeschränke, wechseln Glühbirnen oder hängen Gardinen auf. Vier rutschfeste Gummifüße schützen Holzböden vor Kratzern. Zusammengeklappt ist er nur 7 cm flach und verschwindet hinter der Tür oder in der Lücke neben dem Kühlschrank. Ein Aufbau ist nicht nötig: aufklappen und fertig. Auf den Tritthocker gibt es zwei Jahre Garantie.',
      seo_title: 'Stepa Tritthocker mit 3 Stufen, klappbar, bis 150 kg',
      meta_description:
        'Klappbarer Tritthocker Stepa aus Aluminium: drei Stufen, nur 4,2 kg leicht, bis 150 kg belastbar, 30 cm breite rutschfeste Stufen, nach EN 14183 geprüft.',
      h1: 'Stepa – sicher nach oben, flach verstaut',
      marketing_copy_a:
        'Leicht genug für eine Hand, stabil genug für den Gardinenwechsel und schmal genug für die Lücke neben dem Kühlschrank. Jetzt bestellen.',
      marketing_copy_b:
        'Nie wieder wackelige Küchenstühle, nie wieder Zehenspitzen vor dem obersten Regal. Sie klappen ihn auf, steigen hinauf und kommen überall dran. Entdecken Sie Stepa.',
      marketing_copy_c:
        'Nur diese Woche liefern wir jeden Stepa versandkostenfrei. Sichern Sie sich Ihren Tritthocker jetzt.',
    },
    { field: 'seo_title', find: 'bis 150 kg', replace: 'bis 180 kg', labels: ['number_invented'] },
    'Vier rutschfeste Gummifüße schützen Holzböden vor Kratzern.',
  ),
  listing(
    'p05',
    'folding_step_stools',
    'fr',
    STOOL_ZH,
    STOOL_SRC,
    {
      translated_description:
        'L’escabeau pliant Stepa à trois marches possède un cadre en aluminium renforcé et ne pèse que 4,2 kg : il se porte facilement d’une seule main. Il supporte jusqu’à 150 kg et est certifié selon la norme de sécurité EN 14183. Les marches, larges de 30 cm, ont une surface antidérapante : même en chaussons, vous y êtes bien stable. La marche du haut se trouve à 69 cm du sol, de quoi atteindre le dessus des placards muraux, changer une ampoule ou accrocher des rideaux sans effort. Quatre patins en caoutchouc antidérapant protègent les parquets des rayures. Replié, il ne mesure que 7 cm d’épaisseur et se glisse derrière une porte ou dans l’espace à côté du réfrigérateur. Aucun montage n’est nécessaire : il suffit de le déplier. L’escabeau est garanti deux ans.',
      seo_title: 'Escabeau pliant Stepa 3 marches en aluminium, 150 kg',
      meta_description:
        'Escabeau pliant Stepa à trois marches : 4,2 kg seulement, jusqu’à 150 kg, marches antidérapantes de 30 cm, norme EN 14183 et garantie de deux ans.',
      h1: 'Stepa, tout en haut en toute sécurité',
      marketing_copy_a:
        'Assez léger pour une main, assez solide pour changer les rideaux, assez fin pour se glisser à côté du frigo. Commandez votre Stepa.',
      marketing_copy_b:
        'Fini les chaises de cuisine qui branlent et les pointes de pieds devant l’étagère du haut. Vous dépliez, vous montez, vous y êtes. Découvrez Stepa.',
      marketing_copy_c: 'Cette semaine, la livraison est offerte sur chaque Stepa. Profitez-en !',
    },
    {
      field: 'translated_description',
      find: 'Les marches, larges de 30 cm,',
      replace: 'Les marches, larges de 30 cm et profondes de 12 cm,',
      labels: ['number_invented'],
    },
    'Replié, il ne mesure que 7 cm d’épaisseur et se glisse derrière une porte ou dans l’espace à côté du réfrigérateur.',
  ),
  listing(
    'p06',
    'microwave_ovens',
    'ja',
    MICROWAVE_ZH,
    MICROWAVE_SRC,
    {
      translated_description:
        'Micraの家庭用電子レンジは容量20L、出力700Wで、解凍から強まで5段階で火力を調節できます。操作は機械式のダイヤルで、タイマーは最長30分。時間になると「チン」と鳴って知らせるので、ご年配の方にも使いやすい設計です。直径24.5cmのガラス製ターンテーブルを内蔵し、一般的なお弁当箱やスープボウルも入ります。本体サイズは44×34×26cmで、作業台が広くないキッチンにも置けます。庫内は汚れが落ちやすいコーティング加工で、はねた油汚れも濡れ布巾でひと拭きするだけできれいになります。残りご飯や牛乳の温め、お肉の解凍など、毎日活躍します。',
      seo_title: 'Micra 電子レンジ 20L 700W ダイヤル式',
      meta_description:
        '容量20L、出力700Wの家庭用電子レンジ。5段階の火力調節と最長30分のダイヤルタイマーで、どなたでも簡単に使えます。',
      h1: 'Micra 毎日の温めを、もっと手軽に',
      marketing_copy_a:
        '解凍も温めも、ダイヤルを回すだけ。場所を取らないサイズで、初めての一人暮らしにもぴったりです。今すぐ購入。',
      marketing_copy_b:
        '夜遅く帰っても、温かいごはんがすぐに食べられる。小さな「チン」の音が、一日の終わりをほっとさせてくれます。ぜひチェックしてください。',
      marketing_copy_c: '新生活応援セール中。今なら耐熱容器セットをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: 'タイマーは最長30分',
      replace: 'タイマーは最長35分',
      labels: ['number_dropped', 'number_invented'],
    },
    '直径24.5cmのガラス製ターンテーブルを内蔵し、一般的なお弁当箱やスープボウルも入ります。',
  ),
  listing(
    'p06',
    'microwave_ovens',
    'es',
    MICROWAVE_ZH,
    MICROWAVE_SRC,
    {
      translated_description:
        'El microondas doméstico Micra tiene una capacidad de 20 litros y una potencia de 700 W, con cinco niveles que van desde descongelar hasta la potencia máxima. Se maneja con un mando giratorio mecánico y el temporizador llega hasta 30 minutos; al terminar suena un «ding» para avisarte, así que hasta los abuelos lo usan sin problema. Incluye un plato giratorio de cristal de 24,5 cm de diámetro, en el que caben la mayoría de las fiambreras y cuencos de sopa. Mide 44 × 34 × 26 cm, de modo que encaja incluso en cocinas con poca encimera. El interior tiene un revestimiento fácil de limpiar: las salpicaduras de grasa se quitan con una pasada de bayeta húmeda. Para recalentar las sobras, calentar la leche o descongelar carne, lo usarás a diario.',
      seo_title: 'Microondas Micra de 20 litros y 700 W con mando giratorio',
      meta_description:
        'Microondas Micra de 20 litros y 700 W con cinco niveles de potencia, temporizador de hasta 30 minutos y plato giratorio. Sencillo para toda la familia.',
      h1: 'Micra, calentar la comida nunca fue tan fácil',
      marketing_copy_a:
        'Descongelar o recalentar es tan fácil como girar un mando, y ocupa tan poco que cabe en cualquier cocina. Compra tu Micra.',
      marketing_copy_b:
        'Llegar tarde a casa y tener la cena caliente enseguida. Ese «ding» suena a final de un día largo. Descubre el Micra.',
      marketing_copy_c:
        'Oferta de temporada: un juego de recipientes aptos para microondas de regalo con cada Micra. Aprovecha ahora.',
    },
    { field: 'seo_title', find: 'y 700 W', replace: 'y 800 W', labels: ['number_invented'] },
    'Incluye un plato giratorio de cristal de 24,5 cm de diámetro, en el que caben la mayoría de las fiambreras y cuencos de sopa.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (radiator) takes styles 0-2, listing 2 (office chair) 3-5, listing 3 (grass trimmer) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Certainly! Below is the product description translated into English:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `**Value-focused copy**\n${c.marketing_copy_a}` }),
  (c) => ({ marketing_copy_b: `<p>${c.marketing_copy_b}</p>` }),
  (c) => ({ translated_description: `\`\`\`markdown\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (As an AI, I don’t have access to real-time pricing or stock information.)`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nHope this works for your listing! Happy to adjust the tone if needed.`,
  }),
  (c) => ({ seo_title: `SEO Title: ${c.seo_title}` }),
  (c) => ({ marketing_copy_a: `"marketing_copy_a": "${c.marketing_copy_a}",` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'I have kept the metric units from the source and added imperial values only where they help.',
    ),
  }),
];

// de: listing 1 (radiator) takes styles 0-2, listing 2 (trail camera) 3-5, listing 3 (step stool) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne! Hier ist die deutsche Fassung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<b>${c.h1}</b>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nViele Grüße – und melden Sie sich gern, wenn noch etwas angepasst werden soll!`,
  }),
  (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (Als KI-Assistent kann ich die technischen Angaben leider nicht selbst überprüfen.)`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nNote: I kept the formal “Sie” form throughout, as in the other copies.`,
  }),
  (c) => ({ marketing_copy_a: `**Werbetext A (Nutzen):** ${c.marketing_copy_a}` }),
  (c) => ({ seo_title: `Titel: ${c.seo_title}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Soll es hier „Tritthocker“ oder lieber „Trittleiter“ heißen? Ich habe erst einmal Ersteres genommen.',
    ),
  }),
];

// ja: listing 1 (trail camera) takes styles 0-2, listing 2 (microwave) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `かしこまりました。以下が日本語に翻訳した商品説明です。\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `<p>${c.marketing_copy_b}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nほかにも修正があれば、お気軽にお申し付けください。`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n※AIによる翻訳のため、仕様の数値は念のため原文と照らし合わせてご確認ください。`,
  }),
];

// es: listing 1 (grass trimmer) takes styles 0-2, listing 2 (microwave) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí va la descripción del producto traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `Texto emocional: ${c.marketing_copy_b}` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({ marketing_copy_c: `\`\`\`\n${c.marketing_copy_c}\n\`\`\`` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Como modelo de lenguaje, no puedo comprobar si el producto está disponible.)`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(Nota de traducción: he puesto «fiambreras» y no «táperes», que suena más coloquial.)',
    ),
  }),
];

// fr: listing 1 (office chair) takes styles 0-2, listing 2 (step stool) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Bien sûr ! Voici la fiche produit traduite en français :\n\n${c.translated_description}`,
  }),
  (c) => ({ translated_description: c.translated_description.replace('. ', '.<br>\n') }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nBonne continuation, et n’hésitez pas si vous souhaitez d’autres variantes !`,
  }),
  (c) => ({ marketing_copy_b: `**Accroche émotionnelle :** ${c.marketing_copy_b}` }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (En tant que modèle de langage, je ne peux pas confirmer la durée de cette offre.)`,
  }),
];

export const ROUND_91_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap trimmers run out of battery halfway round the lawn.',
      'A knockoff radiator can leak oil after its first winter.',
      'Fake mesh chairs sag within a few months.',
      'No imitation comes with a thermostat this precise.',
    ],
    slogans: ['Sit better, work happier.', 'Neat edges, easy weekends.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Best Price, Top Seller, Gift Idea, Fast Shipping, New Model',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Tritthocker kippen schon auf der zweiten Stufe.',
      'Eine Fälschung erkennt man am dünnen Blech der Heizrippen.',
      'Nachahmungen unserer Kamera lösen oft viel zu spät aus.',
      'Ein Imitat aus dem Baumarkt-Restposten hält selten lange.',
    ],
    slogans: ['Sicher oben, sicher unten.', 'Die Natur im Blick, Tag und Nacht.'],
    chineseLeftovers: [],
    duplicateLead: 'Zusammengefasst: ',
    titleStuffing: ' – Angebot, Bestseller, Neuheit, Geschenkidee, Schnelle Lieferung',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の電子レンジは温めムラが出やすいです。',
      'コピー品のタイマーは時間が狂いがちです。',
      '模倣品のターンテーブルは割れやすいことがあります。',
      '偽物のトレイルカメラは防水性能が不十分です。',
    ],
    slogans: ['夜の庭に、新しい発見を。', '温かいごはんは、すぐそこに。'],
    chineseLeftovers: [
      '这台相机晚上拍得很清楚，动物也不会被吓跑。',
      '这台微波炉操作很简单，家里老人也会用。',
    ],
    duplicateLead: 'ひと言で言えば、',
    titleStuffing: '｜送料無料 人気 ランキング上位 新生活 ギフト',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los cortabordes baratos se quedan sin batería a mitad del jardín.',
      'Una imitación de microondas calienta de forma desigual.',
      'Las falsificaciones no pasan los controles de seguridad.',
      'Un cargador falso puede dañar la batería.',
    ],
    slogans: ['Tu casa, siempre a punto.', 'Caliente en un momento.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Oferta, novedad, más vendido, envío rápido, regalo ideal',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un escabeau pas cher plie dès la deuxième marche.',
      'Les contrefaçons de fauteuils perdent vite leur vérin.',
      'Méfiez-vous des fausses bonnes affaires sur les chaises de bureau.',
      'Aucune réplique n’offre la même stabilité sur la marche du haut.',
    ],
    slogans: ['Le confort, tout simplement.', 'Plus haut, en toute sérénité.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Promo, nouveauté, top vente, idée cadeau, livraison rapide',
  },
};
