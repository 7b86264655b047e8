// Blind set, round 81 (written without reading the gate, committed before it is scored): six bathroom, bedding,
// office and sports products in the categories soft_close_toilet_seats, buckwheat_pillows, heavy_duty_hole_punches,
// ab_wheel_rollers, corner_shower_caddies and speed_agility_ladders, 12 hand-written listings, three artifact styles
// per listing and wording of its own. Theme: the register of the shared dev set, ordinary model output as a reviewer
// meets it. Most artifacts are of the kinds the llm_artifact definition names: lead-ins before the description (some
// in English inside de and es fields, as in the dev set), field-label prefixes ("SEO title:", "Übersetzung:",
// "Texto emocional:"), markdown headings, bold and labels, code fences (one wrapping a JSON object), HTML tags
// (<div>, <h1>, <p>, <strong>, a <br>), AI disclaimers and sign-offs; a few are subtler (a translator's note on the
// spelling of a name, an alternative wording offered in brackets, an unfilled placeholder, a note on a word choice).
// The en "SEO title:" prefix also takes that title past 60 characters, so its case carries seo_title_length too.
// No digits in artifacts that land in the description, title or meta. The clean listings keep a plain shop voice,
// with a customer or coach quote, "Our coach's advice:", "Aktion:", the maker's "we". Sources are in ordinary Chinese
// shop style (digits with units, 约, ranges with 到, ×, 两, 四个, 十分钟, 五分钟, 百分之百, paper sizes A4/A5/B5).
// Legitimate numbers and number words:
// Lumo 约8秒 (about 8 seconds, etwa 8 Sekunden), 150 kg, 45×36 cm (45 × 36 cm), 14 to 19 cm (14 bis 19 cm), 十分钟 (ten
// minutes, zehn Minuten), 3 years (3-year warranty, 3 Jahre); not numbers: 一碰 (a light touch, ein leichter Stupser),
// 一声 (bang), 半夜 (middle of the night, nachts), 一键 (one-touch, per Knopfdruck), einem Schraubendreher (a screwdriver);
// Nuvo 约3.5公斤 (約3.5kg, environ 3,5 kg), 60×40 cm (60×40cm, 60 × 40 cm), 百分之百 (綿100%, coton 100 %), 每两周
// (2週間ごと, toutes les deux semaines); not numbers: 东北 (north-east), 几天 (数日, quelques nuits);
// Forza 两孔 (Zweifach-Locher, dos agujeros), 40 sheets (40 Blatt, 40 hojas), 70克 (70 g/m², 70 g; m² is no number),
// 6 mm, 80 mm, A4, A5 and B5 (4, 5, 5), about 1.2 kg (1,2 kg), 两年 (zwei Jahre, dos años); not numbers: 一压 (ein
// leichter Druck, presionar suavemente);
// Kinetic 四个 (four wheels, 4つ), 200 kg (441 lb), 1.5 cm (0.6 in, 1.5cm), 3 sets (3 sets, 3セット), 10 to 15 reps
// (10〜15回), 两周左右 (about two weeks, 2週間ほど); TPR carries no number;
// Tidy 24 hours (24 heures, 24 Stunden), about 8 kg (environ 8 kg, rund 8 kg), 两层 (deux niveaux, zwei Ebenen),
// 28 cm, 4 hooks (4 crochets, 4 Haken);
// Sprintix 6 m (19.7 ft), 12 rungs (12 peldaños), 38 to 48 cm (38 y 48 cm), 4 stakes (four ground stakes, 4 piquetas),
// 五分钟 (five minutes, cinco minutos), quote by 教练小王 (Coach Wang, el entrenador Wang); not numbers: 一个文件夹大小
// (no bigger than a document folder, lo mismo que una carpeta).
// Number edits: Lumo en title 150 → 180 kg (invented), de 8 → 6 Sekunden (dropped + invented); Nuvo ja meta 60×40 →
// 65×40cm (invented), fr 3,5 → 2,5 kg (dropped + invented); Forza de title 40 → 50 Blatt (invented), es 6 → 8 mm
// (dropped + invented); Kinetic en meta 200 → 250 kg (invented), ja 1.5 → 1.8cm (dropped + invented); Tidy fr meta
// 8 → 10 kg (invented), de 24 → 12 Stunden (dropped + invented); Sprintix en title 12 → 15 rungs (invented), es an
// added rung width of 42 cm in the description (invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const SEAT_ZH = 'Lumo 缓降马桶盖 加厚PP 一键快拆';
const SEAT_SRC =
  'Lumo 缓降马桶盖采用加厚PP材质，耐磨抗黄变，表面光滑好打理。盖板和座圈都带阻尼缓降，轻轻一碰，约8秒慢慢合上，半夜上厕所也不会“砰”的一声吵醒家人。座圈最大承重150公斤。尺寸为45×36厘米，安装孔距可在14到19厘米之间调节，适配市面上大部分马桶。一键快拆设计，卸下座圈就能把缝隙擦干净。附带全套安装配件，用螺丝刀十分钟就能装好。产品保修3年。';
const PILLOW_ZH = 'Nuvo 荞麦壳枕头 高度可调 纯棉枕套';
const PILLOW_SRC =
  'Nuvo 荞麦枕选用东北脱壳荞麦皮，经过筛选、清洗和高温烘干，共装约3.5公斤。枕头尺寸为60×40厘米，侧边有拉链，可以自己加减荞麦壳，把高度调到合适为止。荞麦壳之间有空隙，透气散热，夏天睡着不闷。枕套为百分之百纯棉，可拆下来机洗。枕芯不能水洗，建议每两周拿到阳台通风处晾一晾，避免暴晒。很多顾客反馈：刚开始睡会有沙沙声，睡几天就习惯了。';
const PUNCH_ZH = 'Forza 重型两孔打孔器 一次可打40张';
const PUNCH_SRC =
  'Forza 重型两孔打孔器一次最多可打40张70克复印纸，省力杠杆设计，轻轻一压就能打穿。孔径6毫米，孔距80毫米，符合常用文件夹和活页夹的标准。底部带可拉出的定位尺，标有A4、A5和B5刻度，打出来的孔整齐对称。机身为全金属结构，净重约1.2公斤，放在桌上很稳。底部纸屑盒容量大，满了抽出来倒掉就行。适合办公室、学校和打印店使用。保修两年，非人为损坏免费换新。';
const WHEEL_ZH = 'Kinetic 四轮健腹轮 自动回弹 送跪垫';
const WHEEL_SRC =
  'Kinetic 健腹轮采用四个加宽轮子，着地面积大，推出去不左右晃，新手也容易掌握平衡。轮子内置回弹弹簧，推到底后会自动把你往回带，减轻腰部压力。轮面为TPR软胶，在木地板上滚动安静，不留划痕。手柄包裹高密度海绵，握着不滑手。最大承重200公斤。随附加厚跪垫，厚1.5厘米，膝盖跪着不硌。教练建议：初学者每天练3组，每组10到15次，循序渐进，两周左右就能感觉到核心变得更有力。';
const CADDY_ZH = 'Tidy 免打孔浴室转角置物架 两层 太空铝';
const CADDY_SRC =
  'Tidy 浴室转角置物架采用太空铝材质，表面磨砂氧化处理，长期在潮湿环境中也不生锈。免打孔安装，用附带的强力胶贴贴在瓷砖上，静置24小时后即可使用，每层承重约8公斤。共两层，层高28厘米，洗发水、沐浴露等大瓶都放得下。底部镂空设计，积水会直接漏下去，不发霉。每层前方各有4个挂钩，可以挂浴球和毛巾。胶贴可以用吹风机加热后揭下，不伤墙面。';
const LADDER_ZH = 'Sprintix 足球敏捷梯 6米12格 间距可调';
const LADDER_SRC =
  'Sprintix 敏捷梯全长6米，共12格，格子间距可在38到48厘米之间自由调节。横档采用加厚PP材质，踩到也不易断裂；连接带为尼龙织带，耐磨耐拉。附赠4根金属地钉，在草地上固定得很牢，训练时不会跑位。收起来后装进随附的收纳袋，只有一个文件夹大小，放进球包就能带走。适合足球、篮球、网球等项目的步法训练。教练小王说：“队员每次热身先练五分钟梯子，启动速度明显快了。”';

export const ROUND_81_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'soft_close_toilet_seats',
    'en',
    SEAT_ZH,
    SEAT_SRC,
    {
      translated_description:
        'The Lumo soft-close toilet seat is made of extra-thick PP that resists wear and yellowing, and its smooth surface is easy to keep clean. Both the lid and the seat have damped hinges: give them a light touch and they lower gently in about 8 seconds, so there is no bang in the middle of the night to wake the rest of the house. The seat takes up to 150 kg. It measures 45 × 36 cm, and the fixing holes can be set anywhere from 14 to 19 cm apart, so it fits most toilets on the market. Thanks to the one-touch quick release, you can lift the seat off and wipe out the gaps underneath. A complete set of fittings is included, and with just a screwdriver the seat is fitted in ten minutes. It comes with a 3-year warranty.',
      seo_title: 'Lumo Soft-Close Toilet Seat, Quick Release, up to 150 kg',
      meta_description:
        'Lumo soft-close toilet seat in extra-thick PP: closes gently in about 8 seconds, takes up to 150 kg and fits toilets with fixing holes 14 to 19 cm apart.',
      h1: 'Lumo – Quiet Nights, Gentle Closing',
      marketing_copy_a:
        'Hard-wearing PP that stays white, a seat that lifts off for cleaning and fittings for almost any toilet: a small upgrade you will notice every day. Order your Lumo today.',
      marketing_copy_b:
        'No more slam in the small hours, no more waking the baby. Just a soft, slow close and a house that stays asleep. Discover the Lumo.',
      marketing_copy_c:
        'Launch offer: free express delivery on every Lumo this month. Shop now while the offer lasts.',
    },
    { field: 'seo_title', find: 'up to 150 kg', replace: 'up to 180 kg', labels: ['number_invented'] },
    'It comes with a 3-year warranty.',
  ),
  listing(
    'p01',
    'soft_close_toilet_seats',
    'de',
    SEAT_ZH,
    SEAT_SRC,
    {
      translated_description:
        'Der WC-Sitz Lumo mit Absenkautomatik besteht aus verstärktem PP, ist abriebfest, vergilbt nicht und lässt sich dank der glatten Oberfläche mühelos reinigen. Deckel und Sitz sind gedämpft: Ein leichter Stupser genügt, und sie schließen sich in etwa 8 Sekunden ganz langsam – kein lautes Knallen mehr, das nachts die Familie weckt. Der Sitz ist bis 150 kg belastbar. Er misst 45 × 36 cm, der Abstand der Befestigungslöcher lässt sich zwischen 14 und 19 cm einstellen, sodass er auf die meisten handelsüblichen Toiletten passt. Per Knopfdruck nehmen Sie den Sitz ab und wischen auch die Fugen darunter sauber. Das komplette Montagezubehör liegt bei; mit einem Schraubendreher ist der Sitz in zehn Minuten montiert. Sie erhalten 3 Jahre Garantie.',
      seo_title: 'Lumo WC-Sitz mit Absenkautomatik, abnehmbar, bis 150 kg',
      meta_description:
        'WC-Sitz Lumo aus verstärktem PP: schließt in etwa 8 Sekunden sanft, trägt bis 150 kg und passt auf Toiletten mit 14 bis 19 cm Lochabstand.',
      h1: 'Lumo – leise schließen, ruhig schlafen',
      marketing_copy_a:
        'Robustes PP, das weiß bleibt, ein Sitz, der sich zum Putzen abnehmen lässt, und Zubehör für fast jedes WC: ein kleines Upgrade, das Sie jeden Tag merken. Jetzt bestellen.',
      marketing_copy_b:
        'Kein Knall mehr mitten in der Nacht, kein aufgeschrecktes Baby. Nur ein sanftes, langsames Schließen und ein Haus, das weiterschläft. Entdecken Sie den Lumo.',
      marketing_copy_c:
        'Zum Marktstart: kostenloser Expressversand für jeden Lumo in diesem Monat. Sichern Sie sich Ihren WC-Sitz jetzt.',
    },
    {
      field: 'translated_description',
      find: 'in etwa 8 Sekunden',
      replace: 'in etwa 6 Sekunden',
      labels: ['number_dropped', 'number_invented'],
    },
    'Sie erhalten 3 Jahre Garantie.',
  ),
  listing(
    'p02',
    'buckwheat_pillows',
    'ja',
    PILLOW_ZH,
    PILLOW_SRC,
    {
      translated_description:
        'Nuvoのそば殻枕は、中国東北地方産の脱穀そば殻を使用。選別・洗浄・高温乾燥を経たそば殻を約3.5kg詰めています。サイズは60×40cm。側面のファスナーからそば殻を出し入れして、ちょうどいい高さに調整できます。そば殻の間にすき間があるので通気性がよく、熱がこもりにくいため、夏でも蒸れずに眠れます。枕カバーは綿100%で、取り外して洗濯機で洗えます。中身は水洗いできないため、2週間ごとにベランダなど風通しのよい場所で陰干ししてください。直射日光は避けましょう。「使い始めはサラサラと音がしますが、数日で慣れます」というお声を多くいただいています。',
      seo_title: 'Nuvo そば殻枕 60×40cm 高さ調整 綿100%カバー',
      meta_description:
        'そば殻約3.5kg入り、60×40cmの高さを調整できる枕。通気性がよく夏も快適で、綿100%のカバーは洗濯機で洗えます。',
      h1: 'Nuvo 自分好みの高さで、ぐっすり',
      marketing_copy_a:
        'そば殻の量を自分で加減できるから、首と肩にぴったりの高さに。カバーは丸洗いできて、いつも清潔です。今すぐ購入。',
      marketing_copy_b:
        'さらさらとしたそば殻の感触と、ひんやり心地よい寝心地。暑い夜も、朝までぐっすり眠れます。ぜひチェックしてください。',
      marketing_copy_c: '今なら替えの枕カバーをプレゼント中。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '60×40cm', replace: '65×40cm', labels: ['number_invented'] },
    '中身は水洗いできないため、2週間ごとにベランダなど風通しのよい場所で陰干ししてください。',
  ),
  listing(
    'p02',
    'buckwheat_pillows',
    'fr',
    PILLOW_ZH,
    PILLOW_SRC,
    {
      translated_description:
        'L’oreiller Nuvo est garni de balle de sarrasin décortiquée du nord-est de la Chine, triée, lavée puis séchée à haute température : environ 3,5 kg en tout. Il mesure 60 × 40 cm et s’ouvre sur le côté par une fermeture éclair, pour ajouter ou retirer de la balle jusqu’à trouver la hauteur qui vous convient. L’air circule entre les balles, la chaleur s’évacue et l’on dort sans transpirer, même en été. La taie est en coton 100 %, amovible et lavable en machine. Le garnissage, lui, ne se lave pas : toutes les deux semaines, aérez l’oreiller sur un balcon ou dans un endroit ventilé, à l’abri du plein soleil. Beaucoup de clients nous le disent : au début, on entend un léger bruissement, puis on s’y fait en quelques nuits.',
      seo_title: 'Oreiller en balle de sarrasin Nuvo, 60 × 40 cm',
      meta_description:
        'Oreiller Nuvo garni d’environ 3,5 kg de balle de sarrasin, hauteur réglable grâce à sa fermeture éclair, taie en coton 100 % lavable en machine.',
      h1: 'Nuvo, la hauteur qui vous va, nuit après nuit',
      marketing_copy_a:
        'Une hauteur que vous ajustez vous-même, une taie qui passe en machine et un garnissage naturel qui respire : un oreiller pensé pour durer. Commandez votre Nuvo.',
      marketing_copy_b:
        'Le doux crissement du sarrasin, la fraîcheur sous la joue, et ces nuits d’été où l’on dort enfin d’une traite. Découvrez Nuvo.',
      marketing_copy_c:
        'Offre de lancement : une seconde taie offerte pour tout achat ce mois-ci. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'environ 3,5 kg en tout',
      replace: 'environ 2,5 kg en tout',
      labels: ['number_dropped', 'number_invented'],
    },
    'Le garnissage, lui, ne se lave pas : toutes les deux semaines, aérez l’oreiller sur un balcon ou dans un endroit ventilé, à l’abri du plein soleil.',
  ),
  listing(
    'p03',
    'heavy_duty_hole_punches',
    'de',
    PUNCH_ZH,
    PUNCH_SRC,
    {
      translated_description:
        'Der Forza Zweifach-Locher für den Dauereinsatz locht bis zu 40 Blatt Kopierpapier mit 70 g/m² auf einmal; dank des kraftsparenden Hebels genügt ein leichter Druck. Die Löcher haben 6 mm Durchmesser und einen Lochabstand von 80 mm – die Norm für gängige Ordner und Ringbücher. Unten befindet sich ein ausziehbarer Anschlag mit Markierungen für A4, A5 und B5, damit die Lochung sauber und symmetrisch sitzt. Das Gehäuse ist komplett aus Metall, wiegt rund 1,2 kg und steht stabil auf dem Schreibtisch. Der große Konfettibehälter im Boden lässt sich herausziehen und einfach leeren. Ideal für Büro, Schule und Copyshop. Sie erhalten zwei Jahre Garantie; bei Schäden, die nicht durch falsche Handhabung entstanden sind, tauschen wir das Gerät kostenlos um.',
      seo_title: 'Forza Locher für 40 Blatt, Ganzmetall, mit Anschlag',
      meta_description:
        'Forza Zweifach-Locher aus Metall: locht bis zu 40 Blatt, 6 mm Lochdurchmesser, 80 mm Lochabstand und ein Anschlag für A4, A5 und B5.',
      h1: 'Forza – der Locher, der auch dicke Stapel schafft',
      marketing_copy_a:
        'Ein Locher, der jahrelang hält: Ganzmetall, kraftsparender Hebel und ein Anschlag für alle gängigen Formate. Jetzt bestellen.',
      marketing_copy_b:
        'Schluss mit schiefen Löchern und Stapeln, die Sie portionsweise lochen müssen. Einmal drücken, fertig – und der Ordner schließt sauber. Entdecken Sie Forza.',
      marketing_copy_c:
        'Nur diesen Monat: versandkostenfrei für jede Forza-Bestellung. Sichern Sie sich Ihren Locher jetzt.',
    },
    { field: 'seo_title', find: 'für 40 Blatt', replace: 'für 50 Blatt', labels: ['number_invented'] },
    'Das Gehäuse ist komplett aus Metall, wiegt rund 1,2 kg und steht stabil auf dem Schreibtisch.',
  ),
  listing(
    'p03',
    'heavy_duty_hole_punches',
    'es',
    PUNCH_ZH,
    PUNCH_SRC,
    {
      translated_description:
        'La perforadora de dos agujeros Forza, pensada para uso intensivo, perfora hasta 40 hojas de papel de 70 g de una vez; gracias a su palanca que ahorra esfuerzo, basta con presionar suavemente. Los agujeros tienen 6 mm de diámetro y están separados 80 mm, la medida estándar de carpetas y archivadores. En la base lleva una regla guía extraíble con marcas para A4, A5 y B5, para que los agujeros salgan alineados y centrados. Su cuerpo es totalmente metálico, pesa alrededor de 1,2 kg y se queda firme sobre la mesa. El depósito de confeti de la base es amplio: cuando se llena, lo sacas y lo vacías. Ideal para oficinas, colegios y copisterías. Tiene dos años de garantía y, si falla sin que haya habido un mal uso, te la cambiamos gratis.',
      seo_title: 'Perforadora Forza de dos agujeros para 40 hojas',
      meta_description:
        'Perforadora metálica Forza: hasta 40 hojas de una vez, agujeros de 6 mm separados 80 mm y regla guía para A4, A5 y B5. Dos años de garantía.',
      h1: 'Forza, perforar montones de hojas sin esfuerzo',
      marketing_copy_a:
        'Metal de arriba abajo, una palanca que hace la fuerza por ti y una guía para todos los formatos habituales: una perforadora para muchos años. Compra tu Forza.',
      marketing_copy_b:
        'Se acabaron los agujeros torcidos y los montones que tienes que perforar por partes. Un gesto y el archivador cierra perfecto. Descubre Forza.',
      marketing_copy_c:
        'Solo este mes, envío gratis en todos los pedidos de Forza. ¡Aprovecha y pide la tuya ya!',
    },
    {
      field: 'translated_description',
      find: 'tienen 6 mm de diámetro',
      replace: 'tienen 8 mm de diámetro',
      labels: ['number_dropped', 'number_invented'],
    },
    'Su cuerpo es totalmente metálico, pesa alrededor de 1,2 kg y se queda firme sobre la mesa.',
  ),
  listing(
    'p04',
    'ab_wheel_rollers',
    'en',
    WHEEL_ZH,
    WHEEL_SRC,
    {
      translated_description:
        'The Kinetic ab roller runs on four extra-wide wheels with a large footprint, so it does not wobble from side to side as you roll out, and even beginners find their balance quickly. A return spring inside the wheels pulls you back once you reach full extension, taking pressure off your lower back. The treads are soft TPR, so they roll quietly across wooden floors without leaving marks. The handles are wrapped in high-density foam for a grip that does not slip. Maximum load is 200 kg (441 lb). A thick kneeling pad is included: at 1.5 cm (0.6 in) it keeps your knees comfortable. Our coach’s advice: beginners should do 3 sets of 10 to 15 reps a day and build up gradually; in about two weeks you will feel your core getting stronger.',
      seo_title: 'Kinetic Ab Roller with Four Wheels and Auto Rebound',
      meta_description:
        'Kinetic four-wheel ab roller with an auto-rebound spring, quiet TPR treads, foam handles and a thick kneeling pad. Supports up to 200 kg.',
      h1: 'Kinetic – A Stronger Core, Roll by Roll',
      marketing_copy_a:
        'Four wide wheels for stability, a spring that helps on the way back and a kneeling pad in the box: everything a beginner needs to start training at home. Get your Kinetic today.',
      marketing_copy_b:
        'That first roll-out feels tough. Soon it turns into strength you can feel every morning when you get out of bed. Discover Kinetic.',
      marketing_copy_c:
        'This week only: a free resistance band with every Kinetic. Shop now before the offer ends.',
    },
    { field: 'meta_description', find: 'up to 200 kg', replace: 'up to 250 kg', labels: ['number_invented'] },
    'A thick kneeling pad is included: at 1.5 cm (0.6 in) it keeps your knees comfortable.',
  ),
  listing(
    'p04',
    'ab_wheel_rollers',
    'ja',
    WHEEL_ZH,
    WHEEL_SRC,
    {
      translated_description:
        'Kineticの腹筋ローラーは、幅広のホイールを4つ搭載。接地面が広いので、転がしても左右にぶれにくく、初心者でもバランスを取りやすい設計です。ホイールには反発スプリングを内蔵。伸ばしきると自動で引き戻してくれるので、腰への負担を軽減します。ホイール表面はやわらかいTPR素材で、フローリングの上でも静かに転がり、傷がつきません。グリップは高密度スポンジで包まれ、手が滑りません。最大耐荷重は200kg。厚さ1.5cmの厚手ひざマット付きで、ひざをついても痛くありません。トレーナーからのアドバイス：初心者は毎日3セット、各10〜15回から始めて、少しずつ慣らしていきましょう。2週間ほどで、体幹が強くなったのを実感できます。',
      seo_title: 'Kinetic 腹筋ローラー 4輪 自動リターン マット付き',
      meta_description:
        '幅広ホイール4つで安定感のある腹筋ローラー。反発スプリングが戻りをサポートし、耐荷重は200kg。厚手のひざマット付きです。',
      h1: 'Kinetic おうちで始める体幹トレーニング',
      marketing_copy_a:
        '安定感のある4輪と、戻りをサポートするスプリング、ひざマットまでセットに。これひとつで自宅トレーニングを始められます。今すぐ購入。',
      marketing_copy_b:
        '最初のひと転がりはきつくても、続けるうちに体が変わっていくのがわかります。鏡を見るのが楽しみになる毎日へ。ぜひお試しください。',
      marketing_copy_c: '今週限定、トレーニングチューブをプレゼント。カートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '厚さ1.5cm',
      replace: '厚さ1.8cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'トレーナーからのアドバイス：初心者は毎日3セット、各10〜15回から始めて、少しずつ慣らしていきましょう。',
  ),
  listing(
    'p05',
    'corner_shower_caddies',
    'fr',
    CADDY_ZH,
    CADDY_SRC,
    {
      translated_description:
        'L’étagère d’angle de douche Tidy est en aluminium aéronautique au fini sablé anodisé : elle ne rouille pas, même dans une pièce humide à longueur d’année. Aucun perçage n’est nécessaire : collez-la sur le carrelage avec les adhésifs renforcés fournis, attendez 24 heures et elle est prête à l’emploi. Chaque niveau supporte environ 8 kg. Elle compte deux niveaux espacés de 28 cm, assez pour les grands flacons de shampooing et de gel douche. Le fond ajouré laisse l’eau s’écouler directement : pas d’eau stagnante, pas de moisissures. À l’avant de chaque niveau, 4 crochets accueillent fleur de douche et serviettes. Pour retirer les adhésifs, chauffez-les au sèche-cheveux : ils se décollent sans abîmer le mur.',
      seo_title: 'Étagère d’angle de douche Tidy sans perçage, deux niveaux',
      meta_description:
        'Étagère d’angle Tidy en aluminium, sans perçage : deux niveaux portant environ 8 kg chacun, fond ajouré anti-moisissure et crochets pour serviettes.',
      h1: 'Tidy, une douche rangée sans sortir la perceuse',
      marketing_copy_a:
        'Pas de trous dans le carrelage, pas de rouille, deux niveaux pour les grands flacons et des crochets pour le reste : le rangement de douche sans compromis. Commandez votre Tidy.',
      marketing_copy_b:
        'Fini les flacons qui s’entassent sur le rebord de la baignoire. Le matin, tout est à portée de main et la salle de bains respire. Découvrez Tidy.',
      marketing_copy_c:
        'En ce moment, un jeu d’adhésifs de rechange offert avec chaque étagère. Ajoutez-la vite à votre panier !',
    },
    {
      field: 'meta_description',
      find: 'environ 8 kg',
      replace: 'environ 10 kg',
      labels: ['number_invented'],
    },
    'À l’avant de chaque niveau, 4 crochets accueillent fleur de douche et serviettes.',
  ),
  listing(
    'p05',
    'corner_shower_caddies',
    'de',
    CADDY_ZH,
    CADDY_SRC,
    {
      translated_description:
        'Das Eckregal Tidy für die Dusche besteht aus Aluminium mit sandgestrahlter, eloxierter Oberfläche und rostet auch bei dauerhafter Feuchtigkeit nicht. Bohren ist nicht nötig: Kleben Sie es mit den mitgelieferten Klebepads auf die Fliesen und lassen Sie es 24 Stunden ruhen, dann ist es einsatzbereit. Jede Ebene trägt rund 8 kg. Das Regal hat zwei Ebenen mit 28 cm Abstand, sodass auch große Shampoo- und Duschgelflaschen Platz finden. Der durchbrochene Boden lässt Wasser direkt ablaufen, so bildet sich kein Schimmel. Vorn an jeder Ebene sitzen 4 Haken für Duschschwamm und Handtücher. Die Klebepads lassen sich mit dem Föhn anwärmen und dann ohne Schäden an der Wand ablösen.',
      seo_title: 'Tidy Duschregal für die Ecke, ohne Bohren, zwei Ebenen',
      meta_description:
        'Eckregal Tidy aus Aluminium für die Dusche: ohne Bohren montiert, zwei Ebenen mit je rund 8 kg Traglast, Boden mit Wasserablauf und Haken.',
      h1: 'Tidy – Ordnung in der Dusche, ganz ohne Bohrer',
      marketing_copy_a:
        'Keine Löcher in den Fliesen, kein Rost und Platz für die großen Flaschen: Ordnung, die bleibt. Jetzt bestellen.',
      marketing_copy_b:
        'Morgens greifen Sie blind zum Shampoo, der Badewannenrand bleibt frei und das Bad wirkt gleich aufgeräumter. Entdecken Sie Tidy.',
      marketing_copy_c:
        'Aktion: Zu jedem Tidy gibt es diesen Monat ein Set Ersatz-Klebepads gratis. Sichern Sie sich Ihr Regal jetzt.',
    },
    {
      field: 'translated_description',
      find: 'lassen Sie es 24 Stunden ruhen',
      replace: 'lassen Sie es 12 Stunden ruhen',
      labels: ['number_dropped', 'number_invented'],
    },
    'Vorn an jeder Ebene sitzen 4 Haken für Duschschwamm und Handtücher.',
  ),
  listing(
    'p06',
    'speed_agility_ladders',
    'en',
    LADDER_ZH,
    LADDER_SRC,
    {
      translated_description:
        'The Sprintix agility ladder is 6 m (19.7 ft) long with 12 rungs, and the spacing between them adjusts freely from 38 to 48 cm. The rungs are made of thick PP and do not snap easily if you step on them; the straps are woven nylon that stands up to wear and tugging. Four metal ground stakes are included and hold the ladder firmly on grass, so it stays in place while you train. Afterwards it packs into the carry bag supplied, no bigger than a document folder, and slips straight into your kit bag. Ideal for footwork drills in football, basketball, tennis and more. Coach Wang says: “My players start every warm-up with five minutes on the ladder, and their first step is noticeably quicker.”',
      seo_title: 'Sprintix Agility Ladder, 6 m with 12 Adjustable Rungs',
      meta_description:
        'Sprintix agility ladder, 6 m long with 12 rungs spaced 38 to 48 cm apart: tough PP rungs, nylon straps, ground stakes and a handy carry bag.',
      h1: 'Sprintix – Quicker Feet, Sharper Starts',
      marketing_copy_a:
        'Adjustable spacing for every age group, stakes that keep it in place and a bag that fits in any kit bag: a training tool for every session. Order your Sprintix now.',
      marketing_copy_b:
        'Hear the quick patter of studs between the rungs and watch your team come alive before the whistle. Discover the Sprintix.',
      marketing_copy_c: 'Season kick-off deal: free delivery on every Sprintix this month. Grab yours today.',
    },
    {
      field: 'seo_title',
      find: '12 Adjustable Rungs',
      replace: '15 Adjustable Rungs',
      labels: ['number_invented'],
    },
    'Four metal ground stakes are included and hold the ladder firmly on grass, so it stays in place while you train.',
  ),
  listing(
    'p06',
    'speed_agility_ladders',
    'es',
    LADDER_ZH,
    LADDER_SRC,
    {
      translated_description:
        'La escalera de agilidad Sprintix mide 6 m de largo y tiene 12 peldaños, con una separación que puedes ajustar libremente entre 38 y 48 cm. Los travesaños son de PP reforzado y no se rompen fácilmente aunque los pises; las cintas de nailon trenzado resisten el roce y los tirones. Incluye 4 piquetas metálicas que la fijan bien al césped, para que no se mueva durante el entrenamiento. Al terminar, se guarda en la bolsa que se incluye, que ocupa lo mismo que una carpeta, y cabe en la bolsa de deporte. Perfecta para trabajar los apoyos en fútbol, baloncesto, tenis y otros deportes. El entrenador Wang lo cuenta así: «Mis jugadores empiezan cada calentamiento con cinco minutos de escalera y ahora arrancan mucho más rápido».',
      seo_title: 'Escalera de agilidad Sprintix de 6 m con 12 peldaños',
      meta_description:
        'Escalera de agilidad Sprintix de 6 m con 12 peldaños regulables de 38 a 48 cm, travesaños resistentes, piquetas y bolsa de transporte.',
      h1: 'Sprintix, pies más rápidos en cada salida',
      marketing_copy_a:
        'Separación regulable para cualquier categoría, piquetas que la mantienen en su sitio y una bolsa que cabe en cualquier mochila: la usarás en cada sesión. Compra tu Sprintix.',
      marketing_copy_b:
        'El repiqueteo de los tacos sobre los peldaños, el equipo despierto antes del pitido inicial. Así empiezan los buenos partidos. Descubre Sprintix.',
      marketing_copy_c:
        'Oferta de inicio de temporada: envío gratis en todas las Sprintix este mes. ¡Hazte con la tuya!',
    },
    {
      field: 'translated_description',
      replace: 'Cada travesaño mide 42 cm de ancho.',
      labels: ['number_invented'],
    },
    'Incluye 4 piquetas metálicas que la fijan bien al césped, para que no se mueva durante el entrenamiento.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (toilet seat) takes styles 0-2, listing 2 (ab roller) 3-5, listing 3 (agility ladder) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the translated product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `SEO title: ${c.seo_title}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nI hope this helps! Let me know if you need any other adjustments.`,
  }),
  (c) => ({
    translated_description: `<div class="product-description">\n${c.translated_description}\n</div>`,
  }),
  (c) => ({
    marketing_copy_b: `As an AI, I don’t have personal experience with fitness equipment, but here is an emotional version: ${c.marketing_copy_b}`,
  }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ marketing_copy_a: `**Marketing copy (value-focused):** ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} [Translator’s note: I romanised the coach’s name as “Wang”; please check the spelling the club uses.]`,
  }),
];

// de: listing 1 (toilet seat) takes styles 0-2, listing 2 (hole punch) 3-5, listing 3 (shower caddy) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Here is the German translation:\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_b: `**Werbetext (emotional):** ${c.marketing_copy_b}` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nHinweis: Als KI-Modell kann ich die technischen Angaben nicht überprüfen. Bitte gleichen Sie sie mit dem Datenblatt des Herstellers ab.`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({ marketing_copy_c: `Marketingtext (Aktion): ${c.marketing_copy_c}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nGerne passe ich den Ton noch an, falls er Ihnen zu locker ist.`,
  }),
  (c) => ({ translated_description: `Übersetzung:\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      '(Alternativ: „Ordnung ohne Bohren“ – je nachdem, was besser zur Marke passt.)',
    ),
  }),
];

// ja: listing 1 (buckwheat pillow) takes styles 0-2, listing 2 (ab roller) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `承知しました。以下に商品説明の翻訳を記載します。\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: afterSentenceJa(c.marketing_copy_b, 1, '<br>') }),
  (c) => ({ h1: `**${c.h1}**` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n※AIによる翻訳のため、専門用語に誤りが含まれる可能性があります。`,
  }),
  (c) => ({ marketing_copy_a: `キャッチコピー（価値訴求）：${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}（訳注：「カートへどうぞ」がくだけすぎる場合は「お買い求めください」に差し替えられます。）`,
  }),
];

// es: listing 1 (hole punch) takes styles 0-2, listing 2 (agility ladder) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `\`\`\`json\n{"translated_description": "${c.translated_description}"}\n\`\`\``,
  }),
  (c) => ({ marketing_copy_b: `Texto emocional: ${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nSi quieres, también puedo prepararte una versión más corta para redes sociales.`,
  }),
  (c) => ({ translated_description: `Here’s the Spanish version:\n\n${c.translated_description}` }),
  (c) => ({ h1: `<strong>${c.h1}</strong>` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} [Añadir aquí el código de descuento]` }),
];

// fr: listing 1 (buckwheat pillow) takes styles 0-2, listing 2 (shower caddy) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Bien sûr ! Voici la fiche produit traduite en français :\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nJ’espère que cela vous convient. N’hésitez pas si vous souhaitez d’autres variantes !`,
  }),
  (c) => ({ h1: `Titre principal : ${c.h1}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n(En tant que modèle de langage, je ne peux pas garantir que les adhésifs conviennent à tous les types de carrelage.)`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} — Remarque : j’ai gardé « salle de bains » plutôt que « salle d’eau », plus courant.`,
  }),
];

export const ROUND_81_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap toilet seats crack at the hinges within months.',
      'A knockoff ab roller can snap under load.',
      'Replica agility ladders come with flimsy rungs.',
      'Beware of fake listings that copy our photos.',
    ],
    slogans: ['Quiet nights start here.', 'Fast feet, strong core.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Best Seller, Gift Idea, Top Quality, Fast Shipping, Sale',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige WC-Sitze knallen schon nach wenigen Wochen wieder.',
      'Eine Nachahmung unseres Lochers erkennt man am Kunststoffhebel.',
      'Fälschungen werden oft ohne Klebepads geliefert.',
      'Finger weg von Imitaten aus dem Sonderpostenmarkt.',
    ],
    slogans: ['Ordnung, die hält.', 'Leise ist der neue Luxus.'],
    chineseLeftovers: [],
    duplicateLead: 'Zusammengefasst: ',
    titleStuffing: ' – Bestseller, Geschenkidee, Topqualität, Schneller Versand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のそば殻枕は、殻のにおいが残りがちです。',
      'コピー品の腹筋ローラーはスプリングがすぐに弱ります。',
      '偽物の枕カバーは縫製が粗いことがあります。',
      'レプリカ商品にはくれぐれもご注意ください。',
    ],
    slogans: ['眠りは、枕で変わる。', '毎日のひと転がりが、自信になる。'],
    chineseLeftovers: ['这个枕头透气性很好，夏天睡着也不会出汗。', '这个健腹轮很稳，新手也能轻松上手。'],
    duplicateLead: 'つまり、',
    titleStuffing: '｜人気 ランキング上位 ギフト 送料無料 セール',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las perforadoras baratas se atascan con pocas hojas.',
      'Una escalera de imitación se deshilacha enseguida.',
      'Cuidado con las réplicas que se venden por internet.',
      'Las falsificaciones no incluyen regla guía.',
    ],
    slogans: ['Orden en cada hoja.', 'Pies rápidos, cabeza despierta.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Más vendido, idea regalo, calidad top, envío rápido',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un oreiller pas cher se tasse en quelques semaines.',
      'Méfiez-vous des contrefaçons vendues sur les marketplaces.',
      'Une fausse étagère en aluminium finit toujours par rouiller.',
      'Aucune imitation ne tient aussi bien sur le carrelage.',
    ],
    slogans: ['Le sommeil, naturellement.', 'La douche, enfin rangée.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Meilleure vente, idée cadeau, qualité premium, livraison rapide',
  },
};
