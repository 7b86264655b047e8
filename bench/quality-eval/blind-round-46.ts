// Blind set, round 46 (written without reading the gate, committed before it is scored): six products in the
// categories motorcycle_intercoms, cheese_making_kits, kids_ride_on_tractors, home_sauna_blankets,
// calligraphy_brush_sets and pool_cleaning_robots, 12 hand-written listings, three artifact styles per listing and
// wording of its own (this round: the forms production logs show most often, in fresh wording and punctuation: a
// lead-in sentence announcing the text, in the target language or in English, ending with a colon, a full-width
// colon, a dash, an ellipsis or nothing; a field label with a pipe, brackets, bold markdown, a dash or on its own
// line; a closing line that offers to adjust or remarks on style and SEO keywords; a code-fence or blockquote
// wrapper; a JSON key or fragment left around a value; an unfilled placeholder ({{promo_code}}, [Shopname],
// <insérer le prix>); a translator's note in brackets; a P.S. / Hinweis / Nota / Remarque / ※ line about the text
// rather than the product; no digits in artifacts that land in the description, title or meta); legitimate numbers:
// Voxa R7 Pro (model), 一对装 / 两台 (a pair, two units, par paire, deux boîtiers), 2 to 6 riders (de 2 à 6),
// 三五好友 (riding buddies, entre amis: an idiom, not 3 or 5), Bluetooth 5.3, 第3代 (third-generation, 3e
// génération), about 1200 m (about 1.2 km (0.75 miles), environ 1,2 km), 1000 mAh (1,000 mAh, 1 000 mAh), about 2
// hours, 20 hours 左右 (around 20 hours, environ 20 heures), IP67, 十分 (very: not a number), 一键 (at the press of
// a button, une simple pression), 40 mm, 两套 (two sets, deux kits) of mounts, 半盔 (half helmets, casque jet: a
// word), 65 g (2.3 oz), 2-year warranty (garantie de 2 ans);
// Fromagio 一次成功 (auf Anhieb, 初めてでも失敗なく: idiomatic), 两种 (zwei Sorten, 2種類), 10 rennet tablets (10錠),
// 50 g, 100 g, 一应俱全 (alles dabei, すべてそろって: idiom), 4 L (4 Litern, 4L), about 500 g, 半小时左右 (rund einer
// halben Stunde, 30分ほど), 0 to 100 °C (0〜100℃), 32 °C, 保质期12个月 (12 Monate haltbar, 使用期限は12か月), 十几分钟
// (gut zehn Minuten, 十数分);
// Tracko T3 (model), 12V (12 V), 双电机 (twin motors, doble motor), ages 3 to 6 (de 3 a 6 años), 30 kg (66 lb), 3
// or 5 km/h (1.9 or 3.1 mph), 两档 (two speeds, dos niveles), 几十 (dozens, decenas), 2.4G (2.4 GHz, 2,4 GHz), 万无一失
// (never left to chance: idiom), 8 to 12 hours, 约1小时 (about an hour, aproximadamente 1 hora), about 105 cm (41
// in), 一个人 (by themselves, solos: idiomatic);
// Thermia 第2代 (2. Generation, 2e génération), 180 × 220 cm, 三区 (drei Zonen, trois zones), 35 to 80 °C, 三层
// (dreilagig, trois couches), PU, 一键 (per Knopfdruck, d'une simple pression), about 10 minutes, 10 to 60 minutes,
// 600 W, 百分之20 (20 %), about 5.5 kg (5,5 kg), 两倍多 (mehr als doppelt so viel, plus du double), 俩 (zu zweit, à
// deux);
// Mobi 十支 (ten brushes, 10本), 大楷/中楷/小楷 (large, medium and small script: not numbers), 一应俱全 (idiom), 百分之40
// (40%), about 23 cm (9 in), 1.5 to 4 cm (1.5〜4cm), 100 ml (100mL), 三合一 (3-in-1, 3WAY), 几十年 (decades, 数十年),
// 二十多 (more than twenty, 20を超える), ages 8 and up (8歳以上), 一手好字 (beautiful handwriting: idiom), 半紙 in the ja
// promo copy (calligraphy paper: a word, not a half);
// Aquon P9 Max (model), 第4代 (4. Generation, 4.ª generación), 一键 (per Knopfdruck, con solo pulsar un botón), 双电机
// (zwei Motoren, doble motor), about 2.5 hours (2,5 Stunden, 2,5 horas), 150 minutes (150 Minuten, 150 min), 200 m²,
// 180 µm (180 micras), 一次搞定 (idiom), 9.5 kg (9,5 kg), 0.5 to 3 m (0,5 bis 3 m, 0,5 a 3 m), 上百 (über hundert,
// más de cien).
// Label correction after scoring: the three number edits in marketing copies carry no label (the QA definitions check
// numbers in the description, title and meta only; the round's brief wrongly asked for edits in copies too).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const INTERCOM_ZH = 'Voxa R7 Pro 摩托车头盔蓝牙对讲耳机 一对装';
const INTERCOM_SRC =
  'Voxa R7 Pro 摩托车头盔蓝牙对讲耳机一对装，共两台，支持2至6人组队对讲，三五好友一起骑行随时聊。采用蓝牙5.3和第3代降噪麦克风，对讲距离约1200米。电池容量1000毫安，充电约2小时，可连续通话20小时左右。IP67级防水，雨天骑行也十分安心。一键接听电话，40毫米超薄喇叭音质清晰。附送两套夹具，全盔和半盔都能装。单台仅重65克，享2年质保。';
const CHEESE_ZH = 'Fromagio 家庭奶酪制作套装 马苏里拉 里科塔';
const CHEESE_SRC =
  'Fromagio 家庭奶酪制作套装，新手也能一次成功，可做马苏里拉和里科塔两种奶酪。内含凝乳酶片10片、柠檬酸50克、奶酪盐100克，另配温度计和纱布，工具一应俱全。用4升牛奶约可做出500克奶酪，全程只需半小时左右。温度计量程0至100°C，牛奶加热到32°C时加入凝乳酶即可。凝乳酶片保质期12个月，开封后请冷藏。附图文说明书，十几分钟就能看懂。';
const TRACTOR_ZH = 'Tracko T3 儿童电动拖拉机 可坐 带拖斗';
const TRACTOR_SRC =
  'Tracko T3 儿童电动拖拉机，12V大电池配双电机，适合3至6岁宝宝。座椅承重30公斤，车速有每小时3公里和5公里两档可调。附送可拆卸小拖斗，能装几十块积木。家长可用2.4G遥控器随时接管方向，安全万无一失。充满电需8至12小时，可玩约1小时。车身长约105厘米，宝宝一个人就能上下车。';
const SAUNA_ZH = 'Thermia 第2代 家用远红外桑拿毯 三区控温';
const SAUNA_SRC =
  'Thermia 第2代家用远红外桑拿毯，展开尺寸180×220厘米，三区独立控温，温度可在35至80°C之间调节。毯体为三层结构，外层PU防水。一键开机，约10分钟即可升温。定时范围10至60分钟，到时自动断电。功率600瓦，比普通款省电百分之20。可折叠收纳，重约5.5公斤。出汗量可达平时的两倍多，夫妻俩也能轮流使用。';
const BRUSH_ZH = 'Mobi 兼毫书法毛笔套装 十支装';
const BRUSH_SRC =
  'Mobi 书法毛笔套装共十支，大楷、中楷、小楷一应俱全。笔毛为狼毫和羊毫兼毫，狼毫含量约百分之40。笔杆为竹制，长约23厘米，笔毛长1.5至4厘米不等。另送100毫升墨汁和三合一笔帘，可收纳、可晾笔、也可当笔架。老师傅手工制笔几十年，每支笔都要经过二十多道工序。适合8岁以上初学者，练出一手好字不再难。';
const POOL_ZH = 'Aquon P9 Max 无线泳池清洁机器人 第4代';
const POOL_SRC =
  'Aquon P9 Max 无线泳池清洁机器人，采用第4代智能路径规划，一键启动即可自动清洁池底和池壁。双电机驱动，充满电约需2.5小时，可连续工作150分钟，清洁面积可达200平方米。过滤网精度180微米，落叶、沙粒一次搞定。机身重9.5公斤，适用水深0.5至3米。低电量时自动停靠池边，捞起毫不费力。上百次清洁循环后，滤网依然好用。';

export const ROUND_46_LISTINGS: readonly BlindListing[] = [
  listing(
    'g01',
    'motorcycle_intercoms',
    'en',
    INTERCOM_ZH,
    INTERCOM_SRC,
    {
      translated_description:
        'The Voxa R7 Pro motorcycle helmet intercom comes as a pair, with two units in the box, and connects 2 to 6 riders in a group conversation, so you and your riding buddies can talk the whole way. It combines Bluetooth 5.3 with a third-generation noise-cancelling microphone and has a range of about 1.2 km (0.75 miles) between riders. The 1,000 mAh battery recharges in about 2 hours and delivers around 20 hours of continuous talk time. With IP67 waterproofing, riding in the rain is nothing to worry about. Calls are answered at the press of a button, and the 40 mm ultra-slim speakers deliver clear sound. Two sets of mounts are included, so it fits both full-face and half helmets. Each unit weighs just 65 g (2.3 oz) and comes with a 2-year warranty.',
      seo_title: 'Voxa R7 Pro Motorcycle Helmet Intercom, Pair, Bluetooth 5.3',
      meta_description:
        'Voxa R7 Pro helmet intercom, sold as a pair: group talk for 2 to 6 riders, about 1.2 km range, around 20 hours of talk time, IP67 and a 2-year warranty.',
      h1: 'Voxa R7 Pro: Ride Together, Talk Together',
      marketing_copy_a:
        'Two intercoms and two sets of mounts in the box, plus a battery that lasts all day – everything your group needs to stay in touch on the road. Order today.',
      marketing_copy_b:
        'The road bends, the valley opens up, and you can finally tell the rider behind you how good this feels. Shared moments make the ride. Discover Voxa.',
      marketing_copy_c:
        'Riding-season deal: a free spare helmet clip with every Voxa pair – add yours to the cart now.',
    },
    {
      field: 'meta_description',
      find: 'about 1.2 km range',
      replace: 'about 1.8 km range',
      labels: ['number_invented'],
    },
    'Each unit weighs just 65 g (2.3 oz) and comes with a 2-year warranty.',
  ),
  listing(
    'g01',
    'motorcycle_intercoms',
    'fr',
    INTERCOM_ZH,
    INTERCOM_SRC,
    {
      translated_description:
        'L’intercom moto Voxa R7 Pro est vendu par paire, soit deux boîtiers, et relie de 2 à 6 motards en conversation de groupe : entre amis, on reste en contact tout au long de la balade. Il associe le Bluetooth 5.3 à un micro antibruit de 3e génération et offre une portée d’environ 1,2 km. Sa batterie de 1\u202f000 mAh se recharge en 2 heures environ et tient autour de 20 heures en conversation continue. Étanche IP67, il vous accompagne sereinement même sous la pluie. Une simple pression suffit pour décrocher, et les haut-parleurs ultrafins de 40 mm offrent un son net. Deux kits de fixation sont fournis, pour casque intégral comme pour casque jet. Chaque boîtier ne pèse que 65 g et bénéficie d’une garantie de 2 ans.',
      seo_title: 'Intercom moto Voxa R7 Pro, lot de 2, Bluetooth 5.3',
      meta_description:
        'Intercom moto Voxa R7 Pro vendu par paire : conversation de groupe de 2 à 6 motards, portée d’environ 1,2 km, étanche IP67 et garanti 2 ans.',
      h1: 'Voxa R7 Pro, la route se vit à plusieurs',
      marketing_copy_a:
        'Deux boîtiers, deux kits de fixation et une batterie qui tient toute la journée : tout ce qu’il faut pour rouler connectés. Commandez dès aujourd’hui.',
      marketing_copy_b:
        'Le virage s’ouvre sur la vallée, et vous pouvez enfin partager ce moment avec celui qui roule derrière vous. C’est ça, rouler ensemble. Découvrez Voxa.',
      marketing_copy_c:
        'Offre de printemps : une attache de casque de rechange offerte avec chaque paire Voxa. Profitez-en !',
    },
    {
      field: 'marketing_copy_c',
      find: 'Offre de printemps',
      replace: 'Offre de printemps, 15 % de remise en plus',
      labels: [],
    },
    'Chaque boîtier ne pèse que 65 g et bénéficie d’une garantie de 2 ans.',
  ),
  listing(
    'g02',
    'cheese_making_kits',
    'de',
    CHEESE_ZH,
    CHEESE_SRC,
    {
      translated_description:
        'Mit dem Käse-Set Fromagio gelingt selbst Einsteigern hausgemachter Käse auf Anhieb, und zwar in zwei Sorten: Mozzarella und Ricotta. Enthalten sind 10 Labtabletten, 50 g Zitronensäure und 100 g Käsesalz, dazu ein Thermometer und ein Käsetuch – es ist also alles dabei. Aus 4 Litern Milch entstehen etwa 500 g Käse, und das in rund einer halben Stunde. Das Thermometer misst von 0 bis 100 °C; sobald die Milch 32 °C erreicht hat, geben Sie das Lab hinzu. Die Labtabletten sind 12 Monate haltbar und gehören nach dem Öffnen in den Kühlschrank. Die bebilderte Anleitung hat man in gut zehn Minuten verstanden.',
      seo_title: 'Fromagio Käse-Set: Mozzarella und Ricotta selber machen',
      meta_description:
        'Käse-Set Fromagio: Mozzarella und Ricotta selber machen, mit Labtabletten, Zitronensäure, Käsesalz und Thermometer. Aus 4 Litern Milch rund 500 g Käse.',
      h1: 'Fromagio – hausgemachter Käse aus Ihrer Küche',
      marketing_copy_a:
        'Frischer Mozzarella für einen Bruchteil des Ladenpreises, und das Zubehör reicht für viele Käserunden. Jetzt bestellen.',
      marketing_copy_b:
        'Noch warm aus der Molke gezogen, glänzend und zart: Selbst gemachter Mozzarella schmeckt nach Sommer in Italien. Entdecken Sie Fromagio.',
      marketing_copy_c:
        'Zum Start in die Grillsaison gibt es ein zusätzliches Käsetuch gratis dazu – sichern Sie sich Ihr Set.',
    },
    {
      field: 'translated_description',
      find: 'etwa 500 g Käse',
      replace: 'etwa 800 g Käse',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Labtabletten sind 12 Monate haltbar und gehören nach dem Öffnen in den Kühlschrank.',
  ),
  listing(
    'g02',
    'cheese_making_kits',
    'ja',
    CHEESE_ZH,
    CHEESE_SRC,
    {
      translated_description:
        'Fromagioの家庭用チーズ作りキットなら、初めての方でも失敗なく、モッツァレラとリコッタの2種類のチーズが作れます。レンネット錠10錠、クエン酸50g、チーズ用の塩100gに加えて温度計とチーズクロスも入っており、道具はすべてそろっています。牛乳4Lから約500gのチーズができ、所要時間は30分ほどです。温度計の測定範囲は0〜100℃で、牛乳を32℃まで温めたらレンネットを加えるだけです。レンネット錠の使用期限は12か月で、開封後は冷蔵庫で保存してください。イラスト付きの説明書は十数分で読めます。',
      seo_title: 'Fromagio チーズ作りキット モッツァレラ リコッタ 2種類',
      meta_description:
        '牛乳4Lから約500gのチーズが作れる家庭用キット。モッツァレラとリコッタの2種類に対応し、レンネット錠や温度計など必要な道具がそろっています。',
      h1: 'Fromagio おうちで手作りチーズ',
      marketing_copy_a:
        '材料も道具もまとめて届くので、箱を開けたその日からチーズ作りを始められます。今すぐ購入。',
      marketing_copy_b:
        '温めたミルクから、つやつやのモッツァレラが生まれる瞬間。家族の歓声が、いちばんのごほうびです。今すぐチェック。',
      marketing_copy_c: 'いまなら予備のチーズクロスをプレゼント中。ご注文はこちら。',
    },
    { field: 'seo_title', find: '2種類', replace: '3種類', labels: ['number_invented'] },
    'レンネット錠の使用期限は12か月で、開封後は冷蔵庫で保存してください。',
  ),
  listing(
    'g03',
    'kids_ride_on_tractors',
    'en',
    TRACTOR_ZH,
    TRACTOR_SRC,
    {
      translated_description:
        'The Tracko T3 electric ride-on tractor runs on a large 12V battery with twin motors and is made for children aged 3 to 6. The seat takes up to 30 kg (66 lb), and you can switch between two speeds, 3 or 5 km/h (1.9 or 3.1 mph). A detachable trailer is included and holds dozens of building blocks. With the 2.4 GHz remote control, parents can take over the steering at any moment, so safety is never left to chance. A full charge takes 8 to 12 hours and gives about an hour of play. The tractor is about 105 cm (41 in) long, and little drivers can climb on and off by themselves.',
      seo_title: 'Tracko T3 Kids Electric Ride-On Tractor with Trailer, 12V',
      meta_description:
        'Tracko T3 electric ride-on tractor for ages 3 to 6: 12V battery, twin motors, two speeds, a detachable trailer and a remote control for parents.',
      h1: 'Tracko T3 – Little Farmers Start Here',
      marketing_copy_a:
        'Outdoor fun for them, peace of mind for you – the parent remote lets you steer them clear of trouble from the garden bench. Order today.',
      marketing_copy_b:
        'Straw hat on, trailer full of toys and a grin from ear to ear. The big harvest in the back garden is about to begin. Discover Tracko.',
      marketing_copy_c:
        'Spring deal: free shipping and a sheet of farm stickers with every Tracko. Grab yours now.',
    },
    {
      field: 'marketing_copy_a',
      find: 'Order today.',
      replace: 'Free delivery within 48 hours. Order today.',
      labels: [],
    },
    'A full charge takes 8 to 12 hours and gives about an hour of play.',
  ),
  listing(
    'g03',
    'kids_ride_on_tractors',
    'es',
    TRACTOR_ZH,
    TRACTOR_SRC,
    {
      translated_description:
        'El tractor eléctrico infantil Tracko T3 funciona con una batería de 12 V de gran capacidad y doble motor, y está pensado para niños de 3 a 6 años. El asiento soporta hasta 30 kg y la velocidad se ajusta en dos niveles: 3 o 5 km/h. Incluye un remolque desmontable en el que caben decenas de bloques de construcción. Con el mando a distancia de 2,4 GHz, los padres pueden tomar el control de la dirección en cualquier momento, sin dejar nada al azar. La carga completa tarda de 8 a 12 horas y da para aproximadamente 1 hora de juego. Mide unos 105 cm de largo y los peques pueden subir y bajar solos.',
      seo_title: 'Tractor eléctrico infantil Tracko T3, 12 V, con remolque',
      meta_description:
        'Tractor eléctrico Tracko T3 para niños de 3 a 6 años: batería de 12 V, doble motor, dos velocidades, remolque desmontable y mando a distancia para padres.',
      h1: 'Tracko T3, el tractor de los pequeños granjeros',
      marketing_copy_a:
        'Diversión al aire libre para ellos y tranquilidad para ti: con el mando corriges el rumbo sin levantarte del banco. Pide ya.',
      marketing_copy_b:
        'Sombrero de paja, remolque lleno de juguetes y una sonrisa de oreja a oreja. La gran cosecha del jardín está a punto de empezar. Descubre Tracko.',
      marketing_copy_c:
        'Oferta de primavera: envío gratis y pegatinas de granja de regalo con cada tractor. ¡Consigue el tuyo!',
    },
    {
      field: 'meta_description',
      find: 'niños de 3 a 6 años',
      replace: 'niños de 3 a 7 años',
      labels: ['number_invented'],
    },
    'La carga completa tarda de 8 a 12 horas y da para aproximadamente 1 hora de juego.',
  ),
  listing(
    'g04',
    'home_sauna_blankets',
    'de',
    SAUNA_ZH,
    SAUNA_SRC,
    {
      translated_description:
        'Die Infrarot-Saunadecke Thermia der 2. Generation misst ausgebreitet 180 × 220 cm und hat drei getrennt regelbare Wärmezonen; die Temperatur lässt sich zwischen 35 und 80 °C einstellen. Die Decke ist dreilagig aufgebaut, die Außenschicht aus PU ist wasserdicht. Sie schalten sie per Knopfdruck ein, nach etwa 10 Minuten ist sie aufgeheizt. Der Timer lässt sich auf 10 bis 60 Minuten stellen, danach schaltet sich die Decke automatisch ab. Mit 600 W verbraucht sie 20 % weniger Strom als herkömmliche Modelle. Zusammengefaltet lässt sie sich platzsparend verstauen und wiegt rund 5,5 kg. Sie schwitzen darin mehr als doppelt so viel wie sonst, und zu zweit können Sie sich einfach abwechseln.',
      seo_title: 'Thermia Infrarot-Saunadecke, 2. Generation, 35–80 °C',
      meta_description:
        'Infrarot-Saunadecke Thermia mit drei Wärmezonen von 35 bis 80 °C, Timer bis 60 Minuten und wasserdichter PU-Außenschicht. Faltbar und leicht zu verstauen.',
      h1: 'Thermia – Ihre Sauna zum Zusammenfalten',
      marketing_copy_a:
        'Saunagefühl ohne Saunabau und ohne Studiobeitrag: auspacken, einschalten, entspannen. Jetzt bestellen.',
      marketing_copy_b:
        'Draußen prasselt der Regen, drinnen breitet sich wohlige Wärme aus. Für eine Weile ist die Woche einfach vergessen. Jetzt entdecken.',
      marketing_copy_c:
        'Winteraktion: Zu jeder Thermia gibt es eine isolierende Bodenmatte gratis – sichern Sie sich Ihre Decke.',
    },
    { field: 'seo_title', find: '35–80 °C', replace: '35–85 °C', labels: ['number_invented'] },
    'Mit 600 W verbraucht sie 20 % weniger Strom als herkömmliche Modelle.',
  ),
  listing(
    'g04',
    'home_sauna_blankets',
    'fr',
    SAUNA_ZH,
    SAUNA_SRC,
    {
      translated_description:
        'La couverture de sauna infrarouge Thermia de 2e génération mesure 180 × 220 cm une fois dépliée et propose trois zones de chauffe réglables séparément, de 35 à 80 °C. Elle se compose de trois couches, dont une couche extérieure en PU imperméable. Elle s’allume d’une simple pression et monte en température en 10 minutes environ. La minuterie se règle de 10 à 60 minutes, puis l’appareil s’éteint tout seul. Avec ses 600 W, elle consomme 20\u00a0% d’électricité de moins qu’un modèle classique. Pliable, elle se range facilement et pèse environ 5,5 kg. La transpiration peut atteindre plus du double de la normale, et à deux, chacun en profite à tour de rôle.',
      seo_title: 'Couverture de sauna infrarouge Thermia, 2e génération',
      meta_description:
        'Couverture de sauna infrarouge Thermia : trois zones de chauffe de 35 à 80 °C, minuterie jusqu’à 60 minutes, pliable et facile à ranger chez soi.',
      h1: 'Thermia, le sauna qui se range dans un placard',
      marketing_copy_a:
        'Les bienfaits du sauna sans abonnement ni cabine à installer : elle se déplie sur le canapé et se range en un clin d’œil. Commandez dès aujourd’hui.',
      marketing_copy_b:
        'Dehors, il pleut. Vous vous glissez dans une chaleur douce, vous fermez les yeux et la semaine s’efface. Découvrez Thermia.',
      marketing_copy_c:
        'Offre d’hiver : un tapis de sol isolant offert avec chaque couverture Thermia. Profitez-en !',
    },
    {
      field: 'translated_description',
      find: 'de 35 à 80 °C',
      replace: 'de 35 à 90 °C',
      labels: ['number_dropped', 'number_invented'],
    },
    'Pliable, elle se range facilement et pèse environ 5,5 kg.',
  ),
  listing(
    'g05',
    'calligraphy_brush_sets',
    'en',
    BRUSH_ZH,
    BRUSH_SRC,
    {
      translated_description:
        'The Mobi calligraphy brush set contains ten brushes for large, medium and small script, so every size you need is covered. The tips blend weasel and goat hair, with about 40% weasel hair. The bamboo handles are about 23 cm (9 in) long, and the bristles range from 1.5 to 4 cm. The set also includes 100 ml of ink and a 3-in-1 brush roll that stores your brushes, lets them dry and doubles as a brush rest. Our master craftsmen have been making brushes by hand for decades, and every brush goes through more than twenty steps. Suitable for beginners aged 8 and up – beautiful handwriting is no longer out of reach.',
      seo_title: 'Mobi Calligraphy Brush Set, 10 Brushes, Weasel and Goat Hair',
      meta_description:
        'Mobi calligraphy brush set with ten handmade brushes for large, medium and small script, bamboo handles, 100 ml of ink and a 3-in-1 brush roll.',
      h1: 'Mobi Brushes for Chinese Calligraphy',
      marketing_copy_a:
        'A complete starter kit – brushes for every script size, ink and a roll to keep them in – for about the price of a private lesson. Shop now.',
      marketing_copy_b:
        'Grind the quiet into the ink, lift the brush and let the first stroke settle on the paper. Calm, stroke by stroke. Discover Mobi.',
      marketing_copy_c:
        'Back-to-school offer: a free pad of practice paper with every Mobi set. Add it to your cart today.',
    },
    {
      field: 'marketing_copy_b',
      find: 'Discover Mobi.',
      replace: 'Only 200 sets left in this batch. Discover Mobi.',
      labels: [],
    },
    'The set also includes 100 ml of ink and a 3-in-1 brush roll that stores your brushes, lets them dry and doubles as a brush rest.',
  ),
  listing(
    'g05',
    'calligraphy_brush_sets',
    'ja',
    BRUSH_ZH,
    BRUSH_SRC,
    {
      translated_description:
        'Mobiの書道筆セットは全10本入りで、大筆・中筆・小筆までひと通りそろっています。穂先はイタチ毛と羊毛の兼毫で、イタチ毛を約40%配合しています。軸は竹製で長さ約23cm、穂の長さは1.5〜4cmです。墨汁100mLと、収納・乾燥・筆置きを兼ねる3WAY筆巻きも付属します。熟練の職人が数十年にわたり手作りしてきた筆で、1本ごとに20を超える工程を経ています。8歳以上の初心者の方におすすめで、美しい字がぐんと書きやすくなります。',
      seo_title: 'Mobi 書道筆セット 10本入り 兼毫 竹軸 初心者向け',
      meta_description:
        '大筆から小筆まで10本そろった書道筆セット。イタチ毛と羊毛の兼毫で、墨汁100mLと3WAY筆巻き付き。8歳以上の初心者の方にもおすすめです。',
      h1: 'Mobi はじめての書道に、職人の手作り筆',
      marketing_copy_a:
        '筆選びに迷う必要はありません。大小そろったセットなので、どの書体の練習にもすぐ使えます。今すぐ購入。',
      marketing_copy_b:
        '静かに墨をすり、筆を下ろす。紙ににじむ最初の線に、心がすっと整っていきます。お試しください。',
      marketing_copy_c: '新学期キャンペーン中につき、練習用の半紙をプレゼント。ご注文はこちら。',
    },
    {
      field: 'translated_description',
      find: 'イタチ毛を約40%配合',
      replace: 'イタチ毛を約60%配合',
      labels: ['number_dropped', 'number_invented'],
    },
    '軸は竹製で長さ約23cm、穂の長さは1.5〜4cmです。',
  ),
  listing(
    'g06',
    'pool_cleaning_robots',
    'de',
    POOL_ZH,
    POOL_SRC,
    {
      translated_description:
        'Der kabellose Poolroboter Aquon P9 Max plant seine Route mit intelligenter Navigation der 4. Generation und reinigt Boden und Wände des Beckens auf Knopfdruck ganz automatisch. Angetrieben wird er von zwei Motoren. Eine volle Ladung dauert etwa 2,5 Stunden und reicht für 150 Minuten Dauerbetrieb auf bis zu 200 m² Fläche. Der Filter hält Partikel ab 180 µm zurück und wird mit Laub und Sand gleichermaßen fertig. Der Roboter wiegt 9,5 kg und eignet sich für Wassertiefen von 0,5 bis 3 m. Ist der Akku fast leer, parkt er automatisch am Beckenrand, sodass Sie ihn mühelos herausheben. Auch nach über hundert Reinigungszyklen arbeitet der Filter noch zuverlässig.',
      seo_title: 'Aquon P9 Max Poolroboter, kabellos, 150 Min. Laufzeit',
      meta_description:
        'Kabelloser Poolroboter Aquon P9 Max: reinigt Boden und Wände automatisch, bis zu 150 Minuten Laufzeit, für bis zu 200 m² und Wassertiefen bis 3 m.',
      h1: 'Aquon P9 Max – ein sauberer Pool ohne Kescher',
      marketing_copy_a:
        'Schluss mit Kescher und Saugschlauch: einschalten, ins Wasser setzen, und der Roboter erledigt den Rest. Jetzt kaufen.',
      marketing_copy_b:
        'Morgens ins glasklare Wasser springen, ohne vorher Laub herauszufischen. So fängt der Sommer richtig an. Jetzt entdecken.',
      marketing_copy_c:
        'Sommeraktion: Ersatzfilter gratis zu jedem Aquon P9 Max – sichern Sie sich Ihren Roboter.',
    },
    {
      field: 'meta_description',
      find: 'für bis zu 200 m²',
      replace: 'für bis zu 250 m²',
      labels: ['number_invented'],
    },
    'Der Roboter wiegt 9,5 kg und eignet sich für Wassertiefen von 0,5 bis 3 m.',
  ),
  listing(
    'g06',
    'pool_cleaning_robots',
    'es',
    POOL_ZH,
    POOL_SRC,
    {
      translated_description:
        'El robot limpiafondos inalámbrico Aquon P9 Max planifica su recorrido con navegación inteligente de 4.ª generación y, con solo pulsar un botón, limpia de forma automática el fondo y las paredes de la piscina. Funciona con doble motor. La carga completa tarda unas 2,5 horas y le da 150 minutos de autonomía para cubrir hasta 200 m². Su filtro retiene partículas de 180 micras, así que acaba igual de bien con las hojas que con la arena. Pesa 9,5 kg y sirve para profundidades de 0,5 a 3 m. Cuando le queda poca batería, se aparca solo junto al borde para que lo saques sin esfuerzo. Incluso después de más de cien ciclos de limpieza, el filtro sigue funcionando como nuevo.',
      seo_title: 'Robot limpiafondos Aquon P9 Max, inalámbrico, 150 min',
      meta_description:
        'Robot limpiafondos inalámbrico Aquon P9 Max: limpia fondo y paredes de forma automática, con 150 minutos de autonomía y hasta 200 m² por carga.',
      h1: 'Aquon P9 Max, tu piscina limpia sin esfuerzo',
      marketing_copy_a:
        'Olvídate del recogehojas y de la manguera: lo metes en el agua, pulsas el botón y él hace el resto. Compra ahora.',
      marketing_copy_b:
        'Despertarte, abrir la puerta del jardín y lanzarte a un agua cristalina sin pasar antes la red. Eso es el verano. Descubre Aquon.',
      marketing_copy_c:
        'Oferta de verano: filtro de repuesto gratis con cada Aquon P9 Max. ¡Pide ya el tuyo!',
    },
    {
      field: 'translated_description',
      replace: 'Aspira hasta 16 m³ de agua por hora.',
      labels: ['number_invented'],
    },
    'Pesa 9,5 kg y sirve para profundidades de 0,5 a 3 m.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const chars = (text: string) => [...text].length;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

// en: listing 1 (intercom) takes styles 0-2, listing 2 (ride-on tractor) 3-5, listing 3 (brush set) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Here is the English product description, kept close to the Chinese original…\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `**Page heading:** ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHappy to make the promo line punchier or swap in a different call to action if this one feels too soft.`,
  }),
  (c) => ({ meta_description: `\`\`\`text\n${c.meta_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Use code {{promo_code}} at checkout before <insert end date>.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '[Translator’s note: the safety line is an idiom in the source, so I rendered it freely rather than word for word.]',
    ),
  }),
  (c) => ({ h1: `{ "h1": "${c.h1}" }` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\nP.S. “Weasel hair” is the accepted English term for this bristle, so I used it instead of a literal rendering (${wordCount(c.marketing_copy_b)} words).`,
  }),
  (c) => ({
    meta_description: `Below is a meta description that stays inside the usual snippet length — ${c.meta_description}`,
  }),
];

// de: listing 1 (cheese kit) takes styles 0-2, listing 2 (sauna blanket) 3-5, listing 3 (pool robot) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gern, hier die deutsche Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `Hauptüberschrift | ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nDie Keywords „Käse selber machen“ und „Mozzarella-Set“ sind eingebaut; wenn Sie eine andere Gewichtung möchten, passe ich das gern an.`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`markdown\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      4,
      'Hinweis: Die Aussage zum Schwitzen stammt wörtlich aus der Vorlage – bitte vor der Veröffentlichung rechtlich prüfen lassen.',
    ),
  }),
  (c) => ({ seo_title: `[Shopname] – ${c.seo_title}` }),
  (c) => ({ meta_description: `"meta_description": "${c.meta_description}"` }),
  (c) => ({
    h1: `${c.h1} [note: “Kescher” is the everyday German word for a skimmer net, so I kept it]`,
  }),
  (c) => ({ marketing_copy_c: `Here is the promotional copy in German\n${c.marketing_copy_c}` }),
];

// ja: listing 1 (cheese kit) takes styles 0-2, listing 2 (brush set) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下、日本語に翻訳した商品説明です：\n${c.translated_description}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n※「レンネット」はなじみの薄い言葉ですが、説明文では補足を加えていません。必要であれば追記します。`,
  }),
  (c) => ({ seo_title: `【SEOタイトル】${c.seo_title}` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      2,
      '（訳注：「兼毫」は書道の専門用語のため、言い換えずにそのまま残しました。）',
    ),
  }),
  (c) => ({ marketing_copy_b: `**エモーショナルコピー**\n${c.marketing_copy_b}` }),
  (c) => ({
    meta_description: `${c.meta_description}\n\nLet me know if the meta description should lean more on the beginner angle.`,
  }),
];

// es: listing 1 (ride-on tractor) takes styles 0-2, listing 2 (pool robot) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ h1: `Título principal — ${c.h1}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'Nota: he adaptado la frase sobre la seguridad para que suene natural en español, porque el original usa un modismo.',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Válido hasta el {{fecha_fin}} en [Nombre de la tienda].`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({ meta_description: `Spanish meta description below — ${c.meta_description}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nHe mantenido el tuteo en todos los textos e incluido la palabra clave «robot limpiafondos» en el título y en la meta descripción.`,
  }),
];

// fr: listing 1 (intercom) takes styles 0-2, listing 2 (sauna blanket) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Voici la traduction française de la fiche produit\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\nRemarque : j’ai préféré « intercom » à « interphone », plus courant chez les motards.`,
  }),
  (c) => ({ meta_description: `${c.meta_description} <insérer le prix>` }),
  (c) => ({ h1: `[Titre principal, ${chars(c.h1)} caractères] ${c.h1}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(Translator’s note: I went with “couverture de sauna” because that is the phrase French shoppers actually search for.)',
    ),
  }),
  (c) => ({ marketing_copy_c: `  "texte_promo": "${c.marketing_copy_c}"\n}` }),
];

export const ROUND_46_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Counterfeit brushes start shedding hairs within a week.',
      'Cheap intercoms start crackling the moment a truck goes past.',
      'Knockoff tractors tend to lose their steering long before summer is out.',
      'An imitation brush roll comes apart at the seams.',
    ],
    slogans: ['Every ride, better together.', 'Small farmers, big adventures.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Gift Idea, Best Seller, Top Rated, Fast Shipping, Sale',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Saunadecken werden an den Nähten schnell brüchig.',
      'Die Nachahmung eines Poolroboters bleibt gern an der Treppe hängen.',
      'Gefälschte Labtabletten lassen die Milch oft gar nicht erst dick werden.',
      'Imitate aus Ramschshops halten kaum einen Sommer durch.',
    ],
    slogans: ['Selbst gemacht schmeckt’s am besten.', 'Wärme, die nach Hause kommt.'],
    chineseLeftovers: [],
    duplicateLead: 'Das Wichtigste vorab: ',
    titleStuffing: ' | Geschenkidee, Bestseller, Neuheit, Sale, Schnelle Lieferung',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のチーズキットは材料がすぐに足りなくなります。',
      '偽物の筆は毛がすぐに抜けてしまいます。',
      'コピー品のレンネットではうまく固まらないことがあります。',
      'レプリカの筆巻きは縫製が雑なので注意が必要です。',
    ],
    slogans: ['手づくりの味を、食卓に。', '筆先に、静かな時間を。'],
    chineseLeftovers: ['这个奶酪套装很适合新手。', '毛笔写起来很顺手，孩子也喜欢。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜ギフト 人気 おすすめ 送料無料 ランキング上位',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'No te fíes de las réplicas que venden en los mercadillos.',
      'Las imitaciones de robots se atascan en cualquier escalón.',
      'Un filtro falsificado se rompe enseguida.',
      'Los tractores baratos se quedan sin batería a mitad del paseo.',
    ],
    slogans: ['Pequeños granjeros, grandes aventuras.', 'Agua clara, verano feliz.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Regalo original, más vendido, oferta, envío gratis, novedad',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les contrefaçons de couvertures chauffantes surchauffent facilement.',
      'Les intercoms pas chers grésillent dès qu’on accélère.',
      'Une imitation de ce kit ne tient pas la route longtemps.',
      'Les faux accessoires vendus en ligne lâchent vite.',
    ],
    slogans: ['La route se partage.', 'La chaleur, tout simplement.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Idée cadeau, meilleure vente, nouveauté, promo, livraison offerte',
  },
};
