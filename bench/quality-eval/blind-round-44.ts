// Blind set, round 44 (written without reading the gate, committed before it is scored): six party-supply, balloon
// and event-decoration products in the categories balloon_arch_kits, helium_tank_kits, confetti_cannons,
// backdrop_stands, bubble_machines and fog_machines, 12 hand-written listings, three artifact styles per listing and
// wording of its own (this round: a realistic mix as a reviewer finds it in real model output: a half-sentence of the
// model talking about its own output at the start, middle or end of a field, a label or heading in front of a field,
// a note to the requester about something the source leaves out or leaves unclear, an alternative offered with
// "Alternatively" / "Alternativ ginge auch" / "別の言い方なら" / "Otra posibilidad", a remark about tone, audience or
// brand voice, a character or word count, a leftover of the JSON / field structure, an English remark inside a
// non-English field and a Spanish remark inside an English field; no digits in artifacts that land in the
// description, title or meta); legitimate numbers:
// Festa 136 pieces, 10/12/18 in (Zoll), 三种 (three, drei) sizes, 6 foil stars, 5 m (16.4 ft), 两卷 (two, zwei)
// rolls, 双孔 (dual-nozzle, Doppeldüse: not a number), 百分之30 (30%, 30 %), about 4 m (13 ft), under 8 years;
// Aerolux 13.4 L, 9 in (9インチ), about 50, 十几 (more than ten, 十数個), 百分之80 (80%), 第2代 (second-generation,
// 第2世代), 30 balloons, 40 m (131 ft), 14 years; Boomi K9 (model), 6 per box (6er-Pack, par 6), 30 cm, 5 to 8 m
// (5 bis 8 m, entre 5 et 8 m), 几十 (Dutzende, des dizaines: vague), 三合一 (3-in-1, 3 en 1), 12 years, 一拧
// (idiomatic); Stagio 1.5 to 3 m (4.9–9.8 ft, 1,5 a 3 m), 1.2 to 2.4 m (1,2 a 2,4 m), 两个 (two, dos) bases, 8 kg
// (17.6 lb), 上百 (over 100, más de 100), 3.6 kg (3,6 kg), 4 clamps, 十分钟 (ten, diez) minutes; Bubblo 第3代 (第3世代,
// 3e génération), 双风扇 (dual fans: not a number), 36 outlets, 5000多 (5000個以上, plus de 5 000), 250 ml, about 40
// minutes, 4 AA (単3形電池4本), 两种 (2通り, deux façons), 450 g, 5 years, 加满一次 (idiomatic); Nebula F500 (model),
// 500 W, about 4 minutes, 3 m, 300 ml, about 8 minutes, 两种 (zwei, dos) remotes, 20 m, 十几种 (mehr als zehn, más
// de diez) light modes, 万圣节 (Halloween: a word, not 10,000).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const ARCH_ZH = 'Festa 气球拱门套装 136件';
const ARCH_SRC =
  'Festa 气球拱门套装共136件，包含10英寸、12英寸和18英寸三种尺寸的乳胶气球，另配6个铝箔星星气球。套装附带5米拱门胶带条、两卷气球胶点和双孔手动打气筒。乳胶比普通气球加厚百分之30，不易爆裂。拱门搭好后全长约4米。8岁以下儿童请在成人看护下使用。';
const HELIUM_ZH = 'Aerolux 家用氦气罐 13.4L 附赠气球';
const HELIUM_SRC =
  'Aerolux 家用氦气罐容积13.4升，可充9英寸乳胶气球约50个，或18英寸铝膜气球十几个。罐内为氦气与空气的混合气体，氦气含量百分之80。阀门为第2代防漏设计，拧开即可充气。套装附赠30个彩色气球和40米丝带。罐体用完后可回收。请勿吸入气体，适合14岁以上使用。';
const CONFETTI_ZH = 'Boomi K9 手持礼花筒 6支装';
const CONFETTI_SRC =
  'Boomi K9 手持礼花筒每盒6支，每支长30厘米，靠压缩空气发射，不含火药，也不会发烫。轻轻一拧底座，彩色纸屑即可喷出5至8米高，每支可洒满几十平方米的场地。纸屑为可降解纸，三合一混装彩纸、亮片和金色箔条。适合婚礼、生日和毕业派对，12岁以上在成人监护下使用。';
const BACKDROP_ZH = 'Stagio 可伸缩铝合金背景架';
const BACKDROP_SRC =
  'Stagio 铝合金背景架宽度可在1.5至3米之间伸缩，高度可在1.2至2.4米之间调节，配两个可折叠三脚底座，摆放稳固。横杆最大承重8公斤，挂上百个气球组成的气球串或整块布幔都没问题。整套重约3.6公斤，附4个弹簧夹和收纳袋，十分钟内即可搭好。';
const BUBBLE_ZH = 'Bubblo 第3代 双风扇自动泡泡机';
const BUBBLE_SRC =
  'Bubblo 第3代自动泡泡机采用双风扇和36个出泡孔，每分钟可吹出5000多个泡泡。泡泡液箱容量250毫升，加满一次可连续工作约40分钟。可用4节AA电池或USB供电，两种方式任选。机身仅重450克，倾斜时泡泡液也不易洒出。适合5岁以上儿童。';
const FOG_ZH = 'Nebula F500 派对烟雾机 500W';
const FOG_SRC =
  'Nebula F500 烟雾机功率500瓦，预热约4分钟后即可喷雾，喷雾距离可达3米。油箱容量300毫升，加满后可连续喷雾约8分钟。配有线和无线两种遥控器，无线遥控距离20米。内置LED彩灯，有十几种灯光模式。适合家庭派对、舞台和万圣节布置，请使用水基烟雾油。';

export const ROUND_44_LISTINGS: readonly BlindListing[] = [
  listing(
    'e01',
    'balloon_arch_kits',
    'en',
    ARCH_ZH,
    ARCH_SRC,
    {
      translated_description:
        'The Festa balloon arch kit comes with 136 pieces: latex balloons in three sizes – 10, 12 and 18 inches – plus 6 foil star balloons. In the box you will also find a 5 m (16.4 ft) arch tape strip, two rolls of glue dots and a dual-nozzle hand pump. The latex is 30% thicker than that of standard balloons, so they are far less likely to pop. Once assembled, the arch runs to about 4 m (13 ft) in length. Children under 8 should only use it under adult supervision.',
      seo_title: 'Festa Balloon Arch Kit, 136 Pieces, Foil Stars',
      meta_description:
        'Festa balloon arch kit with 136 pieces: latex balloons in 10, 12 and 18 inch sizes, 6 foil stars, arch tape, glue dots and a dual-nozzle pump.',
      h1: 'Festa Balloon Garland and Arch Set',
      marketing_copy_a:
        'Everything for a party-ready arch in one box – no extra tape, pump or glue dots to hunt down. Order the Festa kit today.',
      marketing_copy_b:
        'Watch their faces light up as they walk in under a wave of colour. That first gasp is what the whole party is about. Discover Festa.',
      marketing_copy_c:
        'This month only: a free bundle of curling ribbon with every Festa kit. Add yours to the cart now.',
    },
    { field: 'meta_description', find: '6 foil stars', replace: '9 foil stars', labels: ['number_invented'] },
    'Once assembled, the arch runs to about 4 m (13 ft) in length.',
  ),
  listing(
    'e01',
    'balloon_arch_kits',
    'de',
    ARCH_ZH,
    ARCH_SRC,
    {
      translated_description:
        'Das Ballonbogen-Set Festa umfasst 136 Teile: Latexballons in drei Größen – 10, 12 und 18 Zoll – sowie 6 Sternballons aus Folie. Dazu kommen ein 5 m langes Klebeband für den Bogen, zwei Rollen Klebepunkte und eine Handpumpe mit Doppeldüse. Das Latex ist 30 % dicker als bei herkömmlichen Ballons und platzt deshalb nicht so leicht. Fertig aufgebaut ist der Bogen rund 4 m lang. Kinder unter 8 Jahren bitte nur unter Aufsicht von Erwachsenen spielen lassen.',
      seo_title: 'Festa Ballonbogen-Set, 136 Teile, mit Folienballons',
      meta_description:
        'Ballonbogen-Set Festa mit 136 Teilen: Latexballons in 10, 12 und 18 Zoll, 6 Foliensterne, Klebeband, Klebepunkte und Handpumpe mit Doppeldüse.',
      h1: 'Festa Ballongirlande zum Selbermachen',
      marketing_copy_a:
        'Alles für den Ballonbogen in einer Box – kein Extra-Einkauf für Pumpe, Klebeband oder Klebepunkte. Jetzt bestellen.',
      marketing_copy_b:
        'Der Moment, in dem die Gäste durch den bunten Bogen treten und kurz innehalten, bleibt lange im Gedächtnis. Entdecken Sie Festa.',
      marketing_copy_c:
        'Nur diesen Monat: Ringelband gratis zu jedem Festa-Set – sichern Sie sich Ihr Paket.',
    },
    {
      field: 'translated_description',
      find: 'rund 4 m lang',
      replace: 'rund 7 m lang',
      labels: ['number_dropped', 'number_invented'],
    },
    'Kinder unter 8 Jahren bitte nur unter Aufsicht von Erwachsenen spielen lassen.',
  ),
  listing(
    'e02',
    'helium_tank_kits',
    'en',
    HELIUM_ZH,
    HELIUM_SRC,
    {
      translated_description:
        'The Aerolux home helium tank holds 13.4 L and fills about 50 latex balloons of 9 inches, or more than ten 18-inch foil balloons. It contains a helium-air mix with 80% helium. The second-generation leak-proof valve lets you start filling as soon as you twist it open. The kit includes 30 coloured balloons and 40 m (131 ft) of ribbon. Once empty, the tank can be recycled. Do not inhale the gas; suitable for ages 14 and up.',
      seo_title: 'Aerolux Helium Tank Kit, 13.4 L, Fills About 50 Balloons',
      meta_description:
        'Aerolux home helium tank with 13.4 L capacity: fills about 50 latex balloons and has a second-generation leak-proof valve. Balloons and ribbon included.',
      h1: 'Aerolux Helium for Home Parties',
      marketing_copy_a:
        'Skip the trip to the party shop for every refill – fill your own balloons at home, whenever you need them. Buy Aerolux now.',
      marketing_copy_b:
        'A bunch of balloons bobbing against the ceiling on the morning of the birthday – the moment the kids come downstairs makes it all worth it. Discover Aerolux.',
      marketing_copy_c: 'Free balloon weights with every tank this week – order yours while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'with 80% helium',
      replace: 'with 90% helium',
      labels: ['number_dropped', 'number_invented'],
    },
    'The kit includes 30 coloured balloons and 40 m (131 ft) of ribbon.',
  ),
  listing(
    'e02',
    'helium_tank_kits',
    'ja',
    HELIUM_ZH,
    HELIUM_SRC,
    {
      translated_description:
        'Aeroluxの家庭用ヘリウムガス缶は容量13.4Lです。9インチのゴム風船なら約50個、18インチのアルミ風船なら十数個をふくらませられます。中身はヘリウムと空気の混合ガスで、ヘリウム濃度は80%です。バルブは第2世代の漏れ防止設計で、回すだけですぐに充てんを始められます。カラー風船30個と40mのリボンが付属します。使い終わった缶はリサイクルできます。ガスは吸い込まないでください。対象年齢は14歳以上です。',
      seo_title: 'Aerolux ヘリウムガス缶 13.4L 風船約50個分',
      meta_description:
        '容量13.4Lのヘリウムガス缶で、9インチの風船なら約50個をおうちでふくらませられます。漏れにくい第2世代バルブ、カラー風船とリボン付き。',
      h1: 'Aerolux おうちで使えるヘリウムガス',
      marketing_copy_a:
        'パーティーのたびにお店で風船をふくらませてもらう手間はもう不要。必要な分だけ、自宅でいつでも。今すぐ購入。',
      marketing_copy_b:
        '天井までふわりと浮かぶ風船に、子どもたちの歓声があがる朝。そんな誕生日を、おうちで叶えませんか。ぜひチェックしてください。',
      marketing_copy_c: '今週は風船用ウェイトをプレゼント中。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '風船約50個分', replace: '風船約60個分', labels: ['number_invented'] },
    'カラー風船30個と40mのリボンが付属します。',
  ),
  listing(
    'e03',
    'confetti_cannons',
    'de',
    CONFETTI_ZH,
    CONFETTI_SRC,
    {
      translated_description:
        'Die Konfettikanonen Boomi K9 kommen zu 6 Stück pro Packung, jede ist 30 cm lang. Sie arbeiten mit Druckluft, enthalten kein Schießpulver und werden nicht heiß. Eine kurze Drehung am Boden genügt, und das bunte Konfetti schießt 5 bis 8 m hoch – jede Kanone bedeckt Dutzende Quadratmeter. Das Konfetti besteht aus biologisch abbaubarem Papier, eine 3-in-1-Mischung aus Papierschnipseln, Pailletten und goldenen Folienstreifen. Ideal für Hochzeiten, Geburtstage und Abschlussfeiern; ab 12 Jahren unter Aufsicht von Erwachsenen.',
      seo_title: 'Boomi K9 Konfettikanone, 6er-Pack, 30 cm',
      meta_description:
        'Konfettikanonen Boomi K9 im 6er-Pack: Druckluft statt Schießpulver, das Konfetti fliegt 5 bis 8 m hoch. Für Hochzeit, Geburtstag und Abschlussfeier.',
      h1: 'Boomi Konfetti-Shooter für Ihre Feier',
      marketing_copy_a:
        'Mehr Effekt pro Euro gibt es kaum: ein Dreh, und der ganze Saal glitzert – ganz ohne Feuerwerk. Jetzt bestellen.',
      marketing_copy_b:
        'Das Brautpaar tritt aus der Tür, und über ihm öffnet sich ein Regen aus Gold. Solche Fotos schaut man sich noch in Jahren an. Entdecken Sie Boomi.',
      marketing_copy_c:
        'Zur Hochzeitssaison gibt es zu jeder Packung eine Rolle Goldband gratis – sichern Sie sich Ihre Kanonen.',
    },
    { field: 'seo_title', find: '30 cm', replace: '40 cm', labels: ['number_invented'] },
    'Das Konfetti besteht aus biologisch abbaubarem Papier, eine 3-in-1-Mischung aus Papierschnipseln, Pailletten und goldenen Folienstreifen.',
  ),
  listing(
    'e03',
    'confetti_cannons',
    'fr',
    CONFETTI_ZH,
    CONFETTI_SRC,
    {
      translated_description:
        'Les canons à confettis Boomi K9 sont vendus par boîte de 6, et chacun mesure 30 cm. Ils fonctionnent à l’air comprimé, sans poudre, et ne chauffent pas. Il suffit de tourner la base pour projeter les confettis colorés entre 5 et 8 m de haut ; chaque canon couvre des dizaines de mètres carrés. Les confettis sont en papier biodégradable, dans un mélange 3 en 1 de papier coloré, de paillettes et de lamelles dorées. Parfaits pour les mariages, anniversaires et remises de diplômes, ils s’utilisent dès 12 ans sous la surveillance d’un adulte.',
      seo_title: 'Canon à confettis Boomi K9, lot de 6, 30 cm',
      meta_description:
        'Canons à confettis Boomi K9 par 6 : air comprimé sans poudre, confettis biodégradables projetés entre 5 et 8 m. Pour mariage, anniversaire ou diplôme.',
      h1: 'Boomi, la pluie de confettis sans poudre',
      marketing_copy_a:
        'L’effet d’un feu d’artifice, sans flamme ni fumée, pour le prix d’un bouquet de fleurs. Commandez vos Boomi.',
      marketing_copy_b:
        'Les mariés franchissent la porte et une pluie dorée les enveloppe. Cette photo-là, on la garde toute une vie. Découvrez Boomi.',
      marketing_copy_c:
        'Saison des mariages : un rouleau de ruban doré offert avec chaque boîte, profitez-en !',
    },
    {
      field: 'translated_description',
      find: 'entre 5 et 8 m de haut',
      replace: 'entre 5 et 10 m de haut',
      labels: ['number_dropped', 'number_invented'],
    },
    'Parfaits pour les mariages, anniversaires et remises de diplômes, ils s’utilisent dès 12 ans sous la surveillance d’un adulte.',
  ),
  listing(
    'e04',
    'backdrop_stands',
    'en',
    BACKDROP_ZH,
    BACKDROP_SRC,
    {
      translated_description:
        'The Stagio aluminium backdrop stand extends from 1.5 to 3 m (4.9–9.8 ft) in width, and its height adjusts from 1.2 to 2.4 m. Two folding tripod bases keep it steady. The crossbar holds up to 8 kg (17.6 lb), plenty for a garland of over 100 balloons or a full fabric drape. The whole set weighs about 3.6 kg and comes with 4 spring clamps and a carry bag. You can have it standing in under ten minutes.',
      seo_title: 'Stagio Adjustable Backdrop Stand, 3 m Wide, Aluminium',
      meta_description:
        'Stagio aluminium backdrop stand, 1.5 to 3 m wide and 1.2 to 2.4 m high, with two folding tripod bases and a crossbar that holds up to 8 kg.',
      h1: 'Stagio Party Backdrop Frame',
      marketing_copy_a:
        'One stand for every balloon wall, photo corner and birthday banner you will ever put up – and it folds away when the party ends. Shop Stagio today.',
      marketing_copy_b:
        'Behind every favourite party photo there is a wall of colour that made everyone stop and smile. Build yours and discover Stagio.',
      marketing_copy_c:
        'Free extra clips and a set of hanging hooks with every Stagio this month – grab yours now.',
    },
    {
      field: 'translated_description',
      find: 'holds up to 8 kg (17.6 lb)',
      replace: 'holds up to 12 kg (26.5 lb)',
      labels: ['number_dropped', 'number_invented'],
    },
    'The whole set weighs about 3.6 kg and comes with 4 spring clamps and a carry bag.',
  ),
  listing(
    'e04',
    'backdrop_stands',
    'es',
    BACKDROP_ZH,
    BACKDROP_SRC,
    {
      translated_description:
        'El soporte para fondos Stagio, de aluminio, se extiende de 1,5 a 3 m de ancho y se ajusta de 1,2 a 2,4 m de alto. Sus dos bases de trípode plegables lo mantienen firme. El travesaño aguanta hasta 8 kg, suficiente para una guirnalda de más de 100 globos o una tela entera. El conjunto pesa unos 3,6 kg e incluye 4 pinzas de resorte y una bolsa de transporte. Se monta en menos de diez minutos.',
      seo_title: 'Soporte de fondo Stagio, ajustable, aluminio, 3 m',
      meta_description:
        'Soporte para fondos Stagio de aluminio, de 1,5 a 3 m de ancho y de 1,2 a 2,4 m de alto, con dos trípodes plegables. Monta tu photocall en minutos.',
      h1: 'Stagio, tu photocall en casa',
      marketing_copy_a:
        'Un solo soporte para el photocall, la pared de globos y la pancarta de cumpleaños, y cabe en el armario cuando acaba la fiesta. Cómpralo ya.',
      marketing_copy_b:
        'Detrás de cada foto favorita de una fiesta hay un rincón lleno de color que hizo sonreír a todos. Crea el tuyo y descubre Stagio.',
      marketing_copy_c: 'Este mes, pinzas extra de regalo con cada soporte. Aprovecha y pídelo hoy.',
    },
    {
      field: 'meta_description',
      find: 'de 1,5 a 3 m de ancho',
      replace: 'de 1,5 a 3,5 m de ancho',
      labels: ['number_invented'],
    },
    'El conjunto pesa unos 3,6 kg e incluye 4 pinzas de resorte y una bolsa de transporte.',
  ),
  listing(
    'e05',
    'bubble_machines',
    'ja',
    BUBBLE_ZH,
    BUBBLE_SRC,
    {
      translated_description:
        'Bubblo第3世代の自動シャボン玉マシンは、ダブルファンと36個の吹き出し口を備え、毎分5000個以上のシャボン玉を生み出します。シャボン液タンクの容量は250mLで、満タンにすれば約40分間連続で使えます。電源は単3形電池4本またはUSBの2通りから選べます。本体は450gと軽く、傾けても液がこぼれにくい設計です。対象年齢は5歳以上です。',
      seo_title: 'Bubblo 第3世代 自動シャボン玉マシン ダブルファン',
      meta_description:
        '第3世代の自動シャボン玉マシン。ダブルファンで毎分5000個以上のシャボン玉があふれ出し、電池とUSBの2通りで使えます。',
      h1: 'Bubblo シャボン玉があふれるパーティーマシン',
      marketing_copy_a: '電池でもUSBでも動くから、庭でも公園でもすぐにシャボン玉パーティー。今すぐ購入。',
      marketing_copy_b:
        '数えきれないシャボン玉に手を伸ばして、子どもたちが夢中で駆け回る。そんな午後を、もっと気軽に。ぜひチェックしてください。',
      marketing_copy_c: 'シャボン液の詰め替えボトル付きキャンペーン実施中。お早めにご注文ください。',
    },
    {
      field: 'meta_description',
      find: '毎分5000個以上',
      replace: '毎分8000個以上',
      labels: ['number_invented'],
    },
    'シャボン液タンクの容量は250mLで、満タンにすれば約40分間連続で使えます。',
  ),
  listing(
    'e05',
    'bubble_machines',
    'fr',
    BUBBLE_ZH,
    BUBBLE_SRC,
    {
      translated_description:
        'La machine à bulles automatique Bubblo de 3e génération associe deux ventilateurs à 36 buses et produit plus de 5\u202f000 bulles par minute. Son réservoir de 250 ml offre environ 40 minutes de fonctionnement en continu une fois plein. Elle s’alimente de deux façons au choix : avec 4 piles AA ou par USB. Elle ne pèse que 450 g, et le liquide ne coule pas facilement même quand on l’incline. Convient aux enfants dès 5 ans.',
      seo_title: 'Machine à bulles Bubblo 3e génération, deux ventilateurs',
      meta_description:
        'Machine à bulles automatique Bubblo : deux ventilateurs, plus de 5\u202f000 bulles par minute, piles ou USB. Légère et facile à emporter au jardin ou au parc.',
      h1: 'Bubblo, des bulles plein le jardin',
      marketing_copy_a:
        'Piles ou USB, elle suit la fête partout, du salon au jardin, sans liquide renversé. Achetez votre Bubblo.',
      marketing_copy_b:
        'Des nuées de bulles, des rires qui fusent, des petites mains tendues vers le ciel : l’après-midi parfait tient parfois à peu de chose. Découvrez Bubblo.',
      marketing_copy_c:
        'Un flacon de liquide à bulles offert avec chaque machine ce mois-ci : commandez dès maintenant.',
    },
    {
      field: 'translated_description',
      replace: 'Les bulles s’envolent jusqu’à 6 m de haut.',
      labels: ['number_invented'],
    },
    'Elle ne pèse que 450 g, et le liquide ne coule pas facilement même quand on l’incline.',
  ),
  listing(
    'e06',
    'fog_machines',
    'de',
    FOG_ZH,
    FOG_SRC,
    {
      translated_description:
        'Die Nebelmaschine Nebula F500 leistet 500 W und ist nach rund 4 Minuten Aufheizzeit einsatzbereit; der Nebel reicht bis zu 3 m weit. Der Tank fasst 300 ml und reicht gefüllt für etwa 8 Minuten Dauernebel. Mitgeliefert werden zwei Fernbedienungen – kabelgebunden und per Funk mit 20 m Reichweite. Die eingebauten LED-Lichter bieten mehr als zehn Lichtmodi. Ideal für Partys zu Hause, Bühnen und Halloween-Deko; bitte nur Nebelfluid auf Wasserbasis verwenden.',
      seo_title: 'Nebula F500 Nebelmaschine, 500 W, mit LED-Licht',
      meta_description:
        'Nebelmaschine Nebula F500 mit 500 W, rund 4 Minuten Aufheizzeit, bis zu 3 m Nebelreichweite, zwei Fernbedienungen und mehr als zehn LED-Lichtmodi.',
      h1: 'Nebula F500 – Nebel für Party und Bühne',
      marketing_copy_a:
        'Clubatmosphäre fürs Wohnzimmer, ohne Technikverleih und ohne Profipreis. Jetzt kaufen.',
      marketing_copy_b:
        'Das Licht geht aus, der Bass setzt ein, und bunter Nebel zieht über die Tanzfläche – plötzlich fühlt sich die Garage wie ein Club an. Entdecken Sie Nebula.',
      marketing_copy_c:
        'Zum Halloween-Start gibt es eine Flasche Nebelfluid gratis dazu – ab damit in den Warenkorb.',
    },
    {
      field: 'translated_description',
      find: 'bis zu 3 m weit',
      replace: 'bis zu 5 m weit',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der Tank fasst 300 ml und reicht gefüllt für etwa 8 Minuten Dauernebel.',
  ),
  listing(
    'e06',
    'fog_machines',
    'es',
    FOG_ZH,
    FOG_SRC,
    {
      translated_description:
        'La máquina de humo Nebula F500 tiene 500 W de potencia y empieza a echar humo tras unos 4 minutos de precalentamiento, con un alcance de hasta 3 m. El depósito admite 300 ml y, lleno, da para unos 8 minutos de humo continuo. Incluye dos mandos a distancia, con cable e inalámbrico, y el inalámbrico llega hasta 20 m. Sus luces LED integradas ofrecen más de diez modos de iluminación. Perfecta para fiestas en casa, escenarios y decoración de Halloween; usa solo líquido de humo con base de agua.',
      seo_title: 'Máquina de humo Nebula F500, 500 W, luces LED',
      meta_description:
        'Máquina de humo Nebula F500 de 500 W: lista en unos 4 minutos, alcance de hasta 3 m, dos mandos y más de diez modos de luz LED para tus fiestas.',
      h1: 'Nebula F500, niebla para fiestas y escenarios',
      marketing_copy_a:
        'Ambiente de discoteca en tu salón sin alquilar equipos ni contratar técnicos. Cómprala hoy.',
      marketing_copy_b:
        'Se apagan las luces, suena la música y una niebla de colores cubre la pista. De repente, tu fiesta parece otra. Descubre Nebula.',
      marketing_copy_c: 'Botella de líquido de humo de regalo por Halloween: pídela ya.',
    },
    { field: 'seo_title', find: '500 W', replace: '700 W', labels: ['number_invented'] },
    'El depósito admite 300 ml y, lleno, da para unos 8 minutos de humo continuo.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const chars = (text: string) => [...text].length;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

// en: listing 1 (balloon arch) takes styles 0-2, listing 2 (helium tank) 3-5, listing 3 (backdrop stand) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Keeping the kit contents in one flowing paragraph rather than a bullet list, like so —\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `Headline for the product page: ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nOne gap in what you sent: the source never names the balloon colours, so I haven’t promised a particular palette anywhere. Send me the shades and I’ll work them in.`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\nAlternatively, with a lighter touch: No puffing, no dizzy spells, just balloons that float. Discover Aerolux.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Wording aimed at parents planning a birthday at home rather than party-hire pros, hence the plain register.',
    ),
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\n(${wordCount(c.marketing_copy_a)} words / ${chars(c.marketing_copy_a)} characters – sits on the promo tile without wrapping)`,
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}"\n    },\n    "copy_emotion": {\n      "text": "` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(Para la versión española: «photocall» suena más natural que «telón de fondo».)',
    ),
  }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Here I lean on the memory of the party rather than the hardware itself.',
    ),
  }),
];

// de: listing 1 (balloon arch) takes styles 0-2, listing 2 (confetti cannons) 3-5, listing 3 (fog machine) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\n(Used “Ballonbogen” in the body and “Ballongirlande” in the heading – German shoppers search for both, so this covers either term.)`,
  }),
  (c) => ({ marketing_copy_a: `Nutzenversprechen —\n${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (${wordCount(c.marketing_copy_b)} Wörter – bei Bedarf kürze ich auf eine Zeile.)`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nDie Vorlage verrät nicht, ob die Kanonen im Flugzeuggepäck erlaubt sind – bitte beim Lieferanten nachfragen, bevor wir damit werben.`,
  }),
  (c) => ({ h1: `${c.h1}\nAlternativ ginge auch: Konfettiregen auf Knopfdruck` }),
  (c) => ({ marketing_copy_c: `{"aktionstext": "${c.marketing_copy_c}", "freigabe": "offen"}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (Markenton: verspielt, aber ohne Gewitter aus Ausrufezeichen.)`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Den Satz zur Reichweite halte ich bewusst knapp, sonst kippt der Absatz ins Technische.',
    ),
  }),
  (c) => ({ meta_description: `Suchmaschinen-Snippet\n${c.meta_description}` }),
];

// ja: listing 1 (helium tank) takes styles 0-2, listing 2 (bubble machine) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n(Went with “ヘリウムガス缶” since that’s the term Japanese party shops actually use.)`,
  }),
  (c) => ({ translated_description: `■商品説明文\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n※原文にガス缶の使用期限が書かれていなかったため、保管期間には触れていません。`,
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}\n\n――以上、${chars(c.marketing_copy_a)}字です。` }),
  (c) => ({ h1: `${c.h1}\n別の言い方なら：おうちの庭がシャボン玉の海に` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      2,
      '（ここまでで仕様の説明はひと通り終わり、このあとは使い方の補足に移ります）',
    ),
  }),
];

// es: listing 1 (backdrop stand) takes styles 0-2, listing 2 (fog machine) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_b: `"texto_emocional": "${c.marketing_copy_b}",` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} He mantenido un tono festivo pero sin exclamaciones, que es como habla la marca.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '(Kept “photocall” here – it’s what Spanish shoppers actually call a backdrop stand.)',
    ),
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nEl texto original no aclara si el líquido de humo viene incluido, así que no lo he mencionado.`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\nOtra posibilidad: «Apaga las luces, sube la música y deja que la niebla haga el resto. Descúbrela.»`,
  }),
  (c) => ({ h1: `${c.h1} — longitud: ${chars(c.h1)}` }),
];

// fr: listing 1 (confetti cannons) takes styles 0-2, listing 2 (bubble machine) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Fiche produit — texte long\n\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (Registre festif mais vouvoyé, pour rester dans la voix de la marque.)`,
  }),
  (c) => ({
    h1: `${c.h1} (“canon à confettis” reads more naturally than “lanceur”, so I kept it)`,
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}",\n  "texte_b": "` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n[${wordCount(c.marketing_copy_c)} mots]` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '(Le texte chinois ne précise pas si une recharge de liquide est fournie ; je n’en parle donc pas.)',
    ),
  }),
];

export const ROUND_44_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap latex balloons burst before the guests even arrive.',
      'Knockoff helium tanks often turn up half empty.',
      'Counterfeit fog fluid can clog the heater for good.',
      'Replica party kits rarely look like the photos.',
    ],
    slogans: ['Every party deserves a grand entrance.', 'Colour in the air, joy in the room.'],
    chineseLeftovers: [],
    duplicateLead: 'Party planners, take note: ',
    titleStuffing: ' | Birthday Decorations, Event Supplies, Hot Deal, Free Returns',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Ballons platzen schon beim Aufpumpen.',
      'Fälschungen von Markenkonfetti färben oft ab.',
      'Eine Nachahmung dieses Bogens hält selten bis zum Abend.',
      'Imitate aus dem Ramschregal sehen nur auf Fotos gut aus.',
    ],
    slogans: ['Feiern, wie es sich anfühlen soll.', 'Ein Bogen, viele Erinnerungen.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz und knackig: ',
    titleStuffing: ' | Feierdeko, Geburtstagsparty, Eventbedarf, Sale, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の風船はすぐに割れてしまいます。',
      'コピー品のガス缶は充てん量が不足しがちです。',
      '偽物のバルブではガス漏れの心配があります。',
      '模倣品のマシンは液漏れしやすいので要注意です。',
    ],
    slogans: ['ふわりと浮かぶ、特別な日の思い出。', 'シャボン玉の向こうに、笑顔がひろがる。'],
    chineseLeftovers: ['这个氦气罐可以充很多气球。', '泡泡机的声音很小，孩子们都很喜欢。'],
    duplicateLead: 'いちばん伝えたいのは、',
    titleStuffing: '｜イベント用品 誕生日 飾り付け 送料無料 ランキング',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los globos baratos se pinchan antes de que llegue nadie.',
      'Las imitaciones de soportes se doblan con cualquier golpe.',
      'Un líquido de humo falso puede estropear la máquina.',
      'Desconfía de las falsificaciones de los mercadillos online.',
    ],
    slogans: ['Cada fiesta merece su foto.', 'Niebla, luces y buen rollo.'],
    chineseLeftovers: [],
    duplicateLead: 'Lo esencial: ',
    titleStuffing: ' | Decoración para eventos, cumpleaños, oferta, envío rápido',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Des confettis pas chers qui tachent le sol, très peu pour nous.',
      'Les contrefaçons de canons s’enrayent souvent.',
      'Une fausse machine à bulles fuit très vite.',
      'Aucune imitation ne projette aussi haut.',
    ],
    slogans: ['La fête commence en pluie de couleurs.', 'Des bulles plein les yeux.'],
    chineseLeftovers: [],
    duplicateLead: 'Le point clé : ',
    titleStuffing: ' | Déco d’événement, anniversaire, soldes, livraison express',
  },
};
