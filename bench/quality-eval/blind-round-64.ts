// Blind set, round 64 (written without reading the gate, committed before it is scored): six kitchen, appliance, DIY,
// baby, coffee and car products in the categories electric_knife_sharpeners, portable_ice_makers, telescopic_ladders,
// baby_monitors, cold_brew_coffee_makers and windshield_sunshades, 12 hand-written listings from Chinese shop
// descriptions in standard catalogue style (digits with units, 两/三种, 约/左右/以上, ranges, percentages, 半年 and
// 两年 warranties, a 小贴士/注意 line and a quoted customer), three artifact styles per listing and wording of its own
// (this round: a realistic day of model output for a cross-border shop: mostly the common kinds – a friendly lead-in,
// an AI disclaimer, code fences (one around a JSON answer), HTML tags, a field-name or markdown label in front of a
// field, a sign-off offering changes – and some subtler ones – a note about a word choice, a question to the
// requester, an unfilled placeholder, a status word, and English remarks inside de, es and fr fields; no digits in
// artifacts that land in the description, title or meta). The clean copy is written in a natural shop voice that
// uses words also found in chatter: Tip:/Tipp:, Please note:/Hinweis:, original, version, you/we/nous, questions to
// the shopper and quoted customers with their speaker (“As a mum told us”, « nous confie une maman », お客様からは…との声).
// Legitimate numbers:
// Edgra 三段 (three stages, dreistufig, 3-Stage), 约1分钟 (about one minute, etwa 1 Minute), 15° and 20°, 两种角度
// (two angles, zwei Winkel), 40 W, 约每分钟2000转 (about 2,000 rpm, etwa 2.000 Umdrehungen pro Minute), 22 cm, 约650 g,
// 两年 (two-year warranty, zwei Jahre), idioms 一次完成 (in one pass, in einem Durchgang);
// Frostee 约6分钟 (約6分, environ 6 minutes), 9颗 (9個, 9 glaçons), 24小时 (24時間, 24 heures/24 h), 12 kg, 两种尺寸
// (2種類, deux tailles), 1.5升 (1.5L, 1,5 L), 约700 g, 低于40分贝 (40dB以下, moins de 40 dB), 30×22×30 cm, 约7 kg;
// Stelo 3.8 m (3,8 m), 86 cm, 13级 (13 Sprossen, 13 peldaños), 约29 cm, 约11 kg, 150 kg, EN131 (EN 131), 双按钮
// (Doppelknopf, doble botón: dual, not a spec), idiom 一把梯子全搞定 (eine Leiter für alle Fälle, una sola escalera);
// Lullo 5英寸 (5-inch, 5 pouces), 1080P (1080p), 18至26℃ (18 to 26 °C (64 to 79 °F), 18 à 26 °C), 300 m, 5000毫安
// (5,000 mAh, 5 000 mAh), 约12小时 (about 12 hours, environ 12 heures), 355°, 两年 (two-year, deux ans), 双向对讲
// (two-way talk, interphone bidirectionnel: dual, and 2 is a source number anyway), idioms 一举一动, 一目了然, 一位宝妈
// (a mum, une maman);
// Brewlo 1升 (1L, 1 litro), 约8杯 (約8杯分, unas 8 tazas), 304 stainless steel (304ステンレス, acero 304), 1:10, 12至24小时
// (12〜24時間, entre 12 y 24 horas), 百分之60以上 (60%以上, más de un 60 %), 3天左右 (3日ほど, unos 3 días), 半年质保
// (半年間の保証, seis meses de garantía), idiom 一次 (一度に, de una vez);
// Shadeo 10秒 (10 seconds, 10 Sekunden) and 10根 (10 ribs, 10 Glasfaserstreben), 四层 (four-layer, vierlagig), 百分之99
// (99%, 99 %), 约15℃ (about 15 °C, etwa 15 °C), 两种尺寸 (two sizes, zwei Größen), 130×70 cm, 145×80 cm, 约35 cm,
// idiom 一撑即开 (opens like an umbrella).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const SHARPENER_ZH = 'Edgra 三段式电动磨刀器 15°/20°双角度';
const SHARPENER_SRC =
  'Edgra 电动磨刀器采用三段研磨设计，粗磨、精磨、抛光一次完成，钻石砂轮搭配陶瓷砂轮，约1分钟就能让钝刀恢复原有的锋利。刀槽可切换15°和20°两种角度，日式刀和西式刀都适用。电机功率40瓦，转速约每分钟2000转。底部吸盘牢牢吸附在台面上，磨刀时不打滑，磨屑落入可拆卸集屑盒，清理方便。机身长22厘米，重约650克，整机保修两年。小贴士：磨刀前先把刀擦干净，效果更好。注意：不适用于锯齿刀和陶瓷刀。';
const ICE_MAKER_ZH = 'Frostee 台式制冰机 24小时制冰12公斤';
const ICE_MAKER_SRC =
  'Frostee 台式制冰机，开机约6分钟即可出第一批冰，每次出9颗子弹冰，24小时最多可制冰12公斤。冰块有大、小两种尺寸可选。水箱容量1.5升，冰篮可存放约700克冰块，冰满或缺水时会自动提醒。运行噪音低于40分贝，放在办公室、宿舍也不吵。机身尺寸30×22×30厘米，重约7公斤，带提手，露营聚会都能带上。买家评价：“夏天再也不用跑便利店买冰了！”';
const LADDER_ZH = 'Stelo 铝合金伸缩梯 3.8米 EN131认证';
const LADDER_SRC =
  'Stelo 铝合金伸缩梯，完全展开高度3.8米，收缩后仅86厘米，轻松放进汽车后备箱。共13级踏板，每级间距约29厘米，可逐级锁定，想要多高就停在多高。采用加厚航空铝材，整梯重约11公斤，最大承重150公斤，通过EN131标准认证。配防滑脚套，双按钮收梯设计，收梯时缓慢回落，不夹手。换灯泡、擦窗户、修剪树枝，一把梯子全搞定。';
const BABY_MONITOR_ZH = 'Lullo 婴儿看护器 5英寸屏 1080P夜视';
const BABY_MONITOR_SRC =
  'Lullo 婴儿看护器配5英寸高清屏和1080P摄像头，红外夜视清晰，宝宝睡觉时的一举一动一目了然。支持双向对讲，妈妈在厨房也能哄宝宝。实时显示室温，超出18至26℃会自动提醒。无需WiFi，传输距离可达300米，信号稳定。显示屏内置5000毫安电池，续航约12小时。摄像头可左右旋转355°。一位宝妈说：“终于能安心睡个整觉了。”整机质保两年。';
const COLD_BREW_ZH = 'Brewlo 冷萃咖啡壶 1升 304不锈钢滤网';
const COLD_BREW_SRC =
  'Brewlo 冷萃咖啡壶容量1升，一次可做约8杯咖啡。内置304不锈钢细密滤网，咖啡粉不会漏进杯里。按1:10的粉水比例加入粗研磨咖啡粉和冷水，放进冰箱冷藏12至24小时即可。冷萃咖啡的酸度比热冲咖啡低百分之60以上，口感顺滑不苦涩。壶身为耐热玻璃，硅胶密封盖防串味，做好的咖啡冷藏可保存3天左右。也可以用来泡冷泡茶。提供半年质保。';
const SUNSHADE_ZH = 'Shadeo 汽车前挡遮阳伞 两种尺寸';
const SUNSHADE_SRC =
  'Shadeo 汽车前挡遮阳伞，像雨伞一样一撑即开，10秒就能装好。伞面采用四层复合面料，外层钛银涂层可阻隔百分之99的紫外线，夏天暴晒后车内温度可降低约15℃。有两种尺寸：小号130×70厘米，适合轿车；大号145×80厘米，适合SUV。伞骨由10根玻璃纤维骨组成，抗风不变形。收起后长约35厘米，放进车门储物格或手套箱都行。方向盘烫手、座椅烫人？有了它，上车不再煎熬。';

export const ROUND_64_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'electric_knife_sharpeners',
    'en',
    SHARPENER_ZH,
    SHARPENER_SRC,
    {
      translated_description:
        'The Edgra electric knife sharpener works in three stages – coarse grinding, fine honing and polishing – all in one pass. Diamond and ceramic wheels work together to bring a dull blade back to its original sharpness in about one minute. The slot switches between two angles, 15° and 20°, so it suits Japanese and Western knives alike. The 40 W motor runs at about 2,000 rpm. A suction base holds the sharpener firmly on the worktop so it won’t slip while you work, and the metal filings drop into a removable tray that is easy to empty. The unit is 22 cm long, weighs about 650 g and comes with a two-year warranty. Tip: wipe the knife clean before sharpening for the best results. Please note: not suitable for serrated or ceramic knives.',
      seo_title: 'Edgra Electric Knife Sharpener, 3-Stage, 15°/20°',
      meta_description:
        'Three-stage electric knife sharpener with diamond and ceramic wheels, 15° and 20° angles for Japanese and Western knives and a non-slip suction base.',
      h1: 'Edgra: Restore Your Knives’ Edge at Home',
      marketing_copy_a:
        'Why pay for a sharpening service when your own worktop can do the job? Diamond and ceramic wheels, two angles and a two-year warranty in one compact unit. Order your Edgra today.',
      marketing_copy_b:
        'That first clean slice through a ripe tomato – no squashing, no sawing. Cooking is more fun when the knife does exactly what you ask. Discover Edgra.',
      marketing_copy_c:
        'This week only: free shipping and a cleaning cloth with every Edgra. Add it to your cart now.',
    },
    { field: 'seo_title', find: '15°/20°', replace: '15°/25°', labels: ['number_invented'] },
    'The 40 W motor runs at about 2,000 rpm.',
  ),
  listing(
    'p01',
    'electric_knife_sharpeners',
    'de',
    SHARPENER_ZH,
    SHARPENER_SRC,
    {
      translated_description:
        'Der elektrische Messerschärfer Edgra arbeitet dreistufig: Vorschleifen, Feinschleifen und Polieren erledigt er in einem Durchgang. Diamant- und Keramikscheiben bringen eine stumpfe Klinge in etwa 1 Minute wieder auf ihre ursprüngliche Schärfe. Der Schleifschlitz lässt sich zwischen zwei Winkeln umstellen, 15° und 20°, passend für japanische wie europäische Messer. Der Motor leistet 40 W und dreht mit etwa 2.000 Umdrehungen pro Minute. Ein Saugfuß hält das Gerät fest auf der Arbeitsplatte, damit beim Schärfen nichts verrutscht, und der Metallabrieb fällt in eine herausnehmbare Auffangschale, die sich leicht leeren lässt. Das Gerät ist 22 cm lang und wiegt rund 650 g; wir geben zwei Jahre Garantie. Tipp: Wischen Sie das Messer vor dem Schärfen sauber ab, dann wird das Ergebnis noch besser. Hinweis: Nicht geeignet für Messer mit Wellenschliff und für Keramikmesser.',
      seo_title: 'Edgra Messerschärfer elektrisch, 3 Stufen, 15°/20°',
      meta_description:
        'Elektrischer Messerschärfer Edgra mit drei Schleifstufen, Diamant- und Keramikscheiben, 15° und 20° für japanische und europäische Messer, rutschfest.',
      h1: 'Edgra – scharfe Messer wie am ersten Tag',
      marketing_copy_a:
        'Schluss mit dem Schleifservice: zwei Winkel, drei Stufen und zwei Jahre Garantie in einem kompakten Gerät für Ihre Küche. Jetzt bestellen.',
      marketing_copy_b:
        'Die Tomate gleitet sauber auseinander, statt unter der Klinge zu zerdrücken. Kochen macht einfach mehr Freude, wenn das Messer mitspielt. Entdecken Sie Edgra.',
      marketing_copy_c:
        'Nur diese Woche: versandkostenfrei und mit Reinigungstuch gratis dazu. Sichern Sie sich Ihren Edgra.',
    },
    {
      field: 'translated_description',
      find: 'wiegt rund 650 g',
      replace: 'wiegt rund 850 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der Motor leistet 40 W und dreht mit etwa 2.000 Umdrehungen pro Minute.',
  ),
  listing(
    'p02',
    'portable_ice_makers',
    'ja',
    ICE_MAKER_ZH,
    ICE_MAKER_SRC,
    {
      translated_description:
        'Frosteeの卓上製氷機は、電源を入れてから約6分で最初の氷ができあがります。毎回、弾丸型の氷が9個でき、24時間で最大12kgの氷を作れます。氷のサイズは大・小の2種類から選べます。給水タンクの容量は1.5L、アイスバスケットには約700gの氷をストックでき、氷がいっぱいになったときや水が足りないときは自動でお知らせします。運転音は40dB以下なので、オフィスや寮の部屋に置いても気になりません。本体サイズは30×22×30cm、重さは約7kgで、持ち手付きだからキャンプやパーティーにも持って行けます。お客様からは「夏にコンビニへ氷を買いに走らなくてよくなりました！」との声をいただいています。',
      seo_title: 'Frostee 卓上製氷機｜約6分で製氷・24時間で最大12kg',
      meta_description:
        '約6分で最初の氷ができる卓上製氷機。24時間で最大12kg、氷は大小2種類。運転音40dB以下で、オフィスや寮にも。',
      h1: 'Frostee 冷たい氷をいつでも手元に',
      marketing_copy_a:
        'コンビニへ氷を買いに行く手間も、冷凍庫で場所を取る製氷皿ももう不要。水を入れるだけで氷が次々にできあがります。今すぐ購入。',
      marketing_copy_b:
        'グラスに氷が落ちる、カランという涼しい音。暑い午後も、よく冷えた飲み物でほっとひと息。ぜひチェックしてください。',
      marketing_copy_c:
        '夏の準備キャンペーン中、今なら替えのアイスバスケットをプレゼント。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '最大12kg', replace: '最大15kg', labels: ['number_invented'] },
    '本体サイズは30×22×30cm、重さは約7kgで、持ち手付きだからキャンプやパーティーにも持って行けます。',
  ),
  listing(
    'p02',
    'portable_ice_makers',
    'fr',
    ICE_MAKER_ZH,
    ICE_MAKER_SRC,
    {
      translated_description:
        'La machine à glaçons de comptoir Frostee produit sa première fournée environ 6 minutes après la mise en marche. Elle forme 9 glaçons en forme de balle à chaque cycle et jusqu’à 12 kg de glace en 24 heures. Vous avez le choix entre deux tailles de glaçons, petits ou grands. Le réservoir d’eau contient 1,5 L et le panier à glaçons en stocke environ 700 g ; un signal vous prévient lorsque le panier est plein ou que l’eau vient à manquer. Avec moins de 40 dB en fonctionnement, elle se fait discrète au bureau comme dans une chambre d’étudiant. Elle mesure 30 × 22 × 30 cm, pèse environ 7 kg et dispose d’une poignée : on l’emporte facilement en camping ou en soirée. Comme nous l’écrit un client : « Cet été, plus besoin de courir à la supérette pour acheter des glaçons ! »',
      seo_title: 'Machine à glaçons Frostee, 12 kg en 24 h, 2 tailles',
      meta_description:
        'Machine à glaçons de comptoir Frostee : premiers glaçons en 6 minutes environ, jusqu’à 12 kg par 24 h, deux tailles, moins de 40 dB. Idéale au bureau.',
      h1: 'Frostee, des glaçons toujours à portée de main',
      marketing_copy_a:
        'Fini les bacs à glaçons qui encombrent le congélateur : versez l’eau, la machine s’occupe du reste. Commandez votre Frostee dès aujourd’hui.',
      marketing_copy_b:
        'Le tintement des glaçons dans un verre bien frais, un soir d’été sur la terrasse. Ces petits plaisirs commencent ici. Découvrez Frostee.',
      marketing_copy_c:
        'Offre d’été : une pelle à glaçons et un panier de rechange offerts pour toute commande ce mois-ci. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      replace: 'La machine est garantie 3 ans.',
      labels: ['number_invented'],
    },
    'Elle mesure 30 × 22 × 30 cm, pèse environ 7 kg et dispose d’une poignée : on l’emporte facilement en camping ou en soirée.',
  ),
  listing(
    'p03',
    'telescopic_ladders',
    'de',
    LADDER_ZH,
    LADDER_SRC,
    {
      translated_description:
        'Die Teleskopleiter Stelo aus Aluminium ist voll ausgezogen 3,8 m hoch und zusammengeschoben nur 86 cm kurz – sie passt problemlos in den Kofferraum. Sie hat 13 Sprossen im Abstand von etwa 29 cm, die sich einzeln arretieren lassen, sodass Sie genau die Höhe einstellen, die Sie gerade brauchen. Dank verstärktem Flugzeugaluminium wiegt die Leiter nur rund 11 kg und trägt bis zu 150 kg; sie ist nach EN 131 zertifiziert. Rutschfeste Füße sorgen für sicheren Stand. Dank Doppelknopf-Entriegelung gleiten die Sprossen beim Einfahren langsam nach unten – eingeklemmte Finger gehören der Vergangenheit an. Ob Glühbirne wechseln, Fenster putzen oder Äste schneiden: eine Leiter für alle Fälle.',
      seo_title: 'Stelo Teleskopleiter aus Aluminium, 3,8 m, EN 131',
      meta_description:
        'Teleskopleiter Stelo aus Aluminium: ausgezogen 3,8 m, eingefahren nur 86 cm, 13 einzeln arretierbare Sprossen, nach EN 131 zertifiziert.',
      h1: 'Stelo – die Leiter, die in den Kofferraum passt',
      marketing_copy_a:
        'Eine Leiter, die im Abstellraum kaum Platz braucht und trotzdem hoch hinaus kommt. Jetzt bestellen.',
      marketing_copy_b:
        'Kein Wackeln, kein Balancieren auf dem Küchenstuhl: Mit festem Stand arbeiten Sie entspannt in der Höhe. Entdecken Sie Stelo.',
      marketing_copy_c:
        'Frühjahrsaktion: Stelo jetzt mit gratis Werkzeugtasche – sichern Sie sich Ihre Leiter, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      find: 'trägt bis zu 150 kg',
      replace: 'trägt bis zu 180 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Sie hat 13 Sprossen im Abstand von etwa 29 cm, die sich einzeln arretieren lassen, sodass Sie genau die Höhe einstellen, die Sie gerade brauchen.',
  ),
  listing(
    'p03',
    'telescopic_ladders',
    'es',
    LADDER_ZH,
    LADDER_SRC,
    {
      translated_description:
        'La escalera telescópica Stelo de aluminio mide 3,8 m totalmente extendida y solo 86 cm recogida, así que cabe sin problema en el maletero. Tiene 13 peldaños separados unos 29 cm que se bloquean por separado, para que la dejes exactamente a la altura que necesitas. Está fabricada en aluminio aeronáutico reforzado, pesa unos 11 kg, soporta hasta 150 kg y cuenta con la certificación EN 131. Los tacos antideslizantes la mantienen firme, y gracias al sistema de doble botón los peldaños bajan despacio al recogerla, sin pillarte los dedos. ¿Toca cambiar una bombilla, limpiar las ventanas o podar unas ramas? Una sola escalera para todo.',
      seo_title: 'Escalera telescópica Stelo de aluminio, 3,8 m, EN 131',
      meta_description:
        'Escalera telescópica de aluminio Stelo: 3,8 m extendida y 86 cm recogida, 13 peldaños con bloqueo, certificación EN 131 y cierre suave sin pillar los dedos.',
      h1: 'Stelo, la escalera que cabe en tu maletero',
      marketing_copy_a:
        'Ocupa menos que un paraguas grande en el trastero y llega hasta donde la necesites. Compra tu Stelo ahora.',
      marketing_copy_b:
        'Nada de subirte a una silla que cojea ni de pedirle al vecino que te la sujete. Trabaja en altura con tranquilidad. Descubre Stelo.',
      marketing_copy_c:
        'Oferta de primavera: bolsa de herramientas de regalo con cada escalera. Aprovecha mientras haya existencias.',
    },
    { field: 'seo_title', find: '3,8 m', replace: '4,2 m', labels: ['number_invented'] },
    'Está fabricada en aluminio aeronáutico reforzado, pesa unos 11 kg, soporta hasta 150 kg y cuenta con la certificación EN 131.',
  ),
  listing(
    'p04',
    'baby_monitors',
    'en',
    BABY_MONITOR_ZH,
    BABY_MONITOR_SRC,
    {
      translated_description:
        'The Lullo baby monitor pairs a 5-inch HD screen with a 1080p camera, and its infrared night vision is so clear that you can see every move your baby makes in their sleep. Two-way talk lets you soothe your little one even from the kitchen. The room temperature is shown in real time, and you get an alert as soon as it leaves the range of 18 to 26 °C (64 to 79 °F). No Wi-Fi needed: the signal reaches up to 300 m and stays stable. The display has a built-in 5,000 mAh battery that lasts about 12 hours, and the camera pans 355° from side to side. As a mum told us: “At last I can get a full night’s sleep again.” Every monitor comes with a two-year warranty.',
      seo_title: 'Lullo Baby Monitor, 5-Inch Screen, 1080p, No Wi-Fi',
      meta_description:
        'Lullo video baby monitor with a 5-inch screen, a 1080p night-vision camera, two-way talk, temperature alerts and a range of up to 300 m without Wi-Fi.',
      h1: 'Lullo – Peace of Mind, Day and Night',
      marketing_copy_a:
        'No app, no Wi-Fi, no account to set up: just plug in, switch on and watch. Order your Lullo today.',
      marketing_copy_b:
        'You peek at the screen, see a tiny fist next to a soft cheek, and finally close your own eyes too. Discover Lullo.',
      marketing_copy_c:
        'New-parent offer: a free wall mount with every Lullo this month. Shop now while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'lasts about 12 hours',
      replace: 'lasts about 16 hours',
      labels: ['number_dropped', 'number_invented'],
    },
    'The display has a built-in 5,000 mAh battery that lasts about 12 hours, and the camera pans 355° from side to side.',
  ),
  listing(
    'p04',
    'baby_monitors',
    'fr',
    BABY_MONITOR_ZH,
    BABY_MONITOR_SRC,
    {
      translated_description:
        'Le babyphone Lullo associe un écran HD de 5 pouces à une caméra 1080p, et sa vision nocturne infrarouge est si nette que vous ne manquez aucun mouvement de bébé pendant son sommeil. Grâce à l’interphone bidirectionnel, vous pouvez rassurer votre enfant même depuis la cuisine. La température de la chambre s’affiche en temps réel, avec une alerte dès qu’elle sort de la plage de 18 à 26 °C. Pas besoin de Wi-Fi : la portée atteint 300 m et le signal reste stable. L’écran intègre une batterie de 5\u202f000 mAh pour environ 12 heures d’autonomie, et la caméra pivote de 355° à l’horizontale. « Enfin, je peux dormir d’une traite », nous confie une maman. Chaque babyphone est garanti deux ans.',
      seo_title: 'Babyphone vidéo Lullo, écran 5 pouces, caméra 1080p',
      meta_description:
        'Babyphone Lullo : écran de 5 pouces, caméra 1080p avec vision nocturne, interphone, alerte de température et batterie de 5\u202f000 mAh, sans Wi-Fi.',
      h1: 'Lullo, veillez sur bébé en toute sérénité',
      marketing_copy_a:
        'Ni application ni compte à créer : on branche, on allume, et l’image s’affiche. Commandez votre Lullo dès maintenant.',
      marketing_copy_b:
        'Un coup d’œil à l’écran, un petit poing serré contre une joue toute ronde, et vous fermez enfin les yeux à votre tour. Découvrez Lullo.',
      marketing_copy_c:
        'Offre naissance : un support mural offert avec chaque Lullo ce mois-ci. Profitez-en !',
    },
    {
      field: 'meta_description',
      find: '5\u202f000 mAh',
      replace: '6\u202f000 mAh',
      labels: ['number_invented'],
    },
    'Pas besoin de Wi-Fi : la portée atteint 300 m et le signal reste stable.',
  ),
  listing(
    'p05',
    'cold_brew_coffee_makers',
    'ja',
    COLD_BREW_ZH,
    COLD_BREW_SRC,
    {
      translated_description:
        'Brewloの水出しコーヒーポットは容量1Lで、一度に約8杯分のコーヒーを作れます。304ステンレスの目の細かいフィルターを内蔵しているので、コーヒー粉がカップに入りません。粗挽きのコーヒー粉と水を1:10の割合で入れ、冷蔵庫で12〜24時間置くだけで完成です。水出しコーヒーは熱湯で淹れたコーヒーより酸味が60%以上少なく、まろやかで苦みのない味わいです。ポットは耐熱ガラス製で、シリコンの密閉フタがにおい移りを防ぎます。できあがったコーヒーは冷蔵で3日ほど保存できます。水出し茶づくりにも使えます。半年間の保証付きです。',
      seo_title: 'Brewlo 水出しコーヒーポット 1L 304ステンレスフィルター',
      meta_description:
        '1Lで約8杯分の水出しコーヒーポット。粉と水を1:10で入れ、冷蔵庫で12〜24時間待つだけ。酸味が少なく、まろやかな味わい。',
      h1: 'Brewlo おうちで楽しむ水出しコーヒー',
      marketing_copy_a:
        'カフェでアイスコーヒーを買う習慣も、これからはおうちで。粉と水を入れて冷蔵庫に置くだけの手軽さです。今すぐ購入。',
      marketing_copy_b:
        '暑い朝、冷蔵庫を開ければ冷えたコーヒーが待っている。その一口で、ゆっくりと目が覚めていきます。ぜひチェックしてください。',
      marketing_copy_c: '今ならコーヒー豆のお試しパックをプレゼント。数量限定なので、ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '酸味が60%以上少なく',
      replace: '酸味が70%以上少なく',
      labels: ['number_dropped', 'number_invented'],
    },
    'できあがったコーヒーは冷蔵で3日ほど保存できます。',
  ),
  listing(
    'p05',
    'cold_brew_coffee_makers',
    'es',
    COLD_BREW_ZH,
    COLD_BREW_SRC,
    {
      translated_description:
        'La cafetera de cold brew Brewlo tiene 1 litro de capacidad y prepara unas 8 tazas de café de una vez. Su filtro fino de acero inoxidable 304 retiene el café molido para que no acabe en tu taza. Añade café de molienda gruesa y agua fría en proporción 1:10 y déjala en la nevera entre 12 y 24 horas: así de fácil. El cold brew tiene más de un 60 % menos de acidez que el café preparado en caliente, y su sabor es suave y sin amargor. La jarra es de vidrio resistente al calor y la tapa hermética de silicona evita que coja olores; una vez hecho, el café se conserva unos 3 días en la nevera. También sirve para preparar té en frío. Incluye seis meses de garantía.',
      seo_title: 'Cafetera cold brew Brewlo de 1 litro, filtro de acero 304',
      meta_description:
        'Cafetera de cold brew Brewlo de 1 litro para unas 8 tazas: filtro fino de acero 304, proporción 1:10 y entre 12 y 24 horas en la nevera. Café suave.',
      h1: 'Brewlo, tu café frío preparado en casa',
      marketing_copy_a:
        'Deja de pagar cada día el café helado de la cafetería: con Brewlo lo preparas en casa la noche antes. Consigue la tuya ahora.',
      marketing_copy_b:
        'Abres la nevera una mañana de calor y ahí está, frío y suave, esperándote. Así los días empiezan mejor. Descubre Brewlo.',
      marketing_copy_c: 'Solo este mes: paquete de café en grano de regalo con cada Brewlo. Pídela hoy.',
    },
    {
      field: 'translated_description',
      replace: 'Se entrega con 2 filtros de repuesto.',
      labels: ['number_invented'],
    },
    'El cold brew tiene más de un 60 % menos de acidez que el café preparado en caliente, y su sabor es suave y sin amargor.',
  ),
  listing(
    'p06',
    'windshield_sunshades',
    'en',
    SUNSHADE_ZH,
    SUNSHADE_SRC,
    {
      translated_description:
        'The Shadeo windscreen sunshade opens just like an umbrella and is in place in 10 seconds. Its four-layer fabric has a titanium-silver outer coating that blocks 99% of UV rays, and after a day in the summer sun it keeps the inside of your car about 15 °C cooler. It comes in two sizes: the small version, 130 × 70 cm, fits saloons, while the large version, 145 × 80 cm, is made for SUVs. The frame has 10 fibreglass ribs that hold their shape even in the wind. Folded, it is only about 35 cm long and slips into a door pocket or the glovebox. Steering wheel too hot to touch, seats too hot to sit on? With Shadeo, getting into the car is no longer an ordeal.',
      seo_title: 'Shadeo Windscreen Sunshade Umbrella, Blocks 99% UV',
      meta_description:
        'Umbrella-style windscreen sunshade that opens in seconds, blocks 99% of UV rays and keeps your car about 15 °C cooler. Two sizes, for saloons and SUVs.',
      h1: 'Shadeo – Step Into a Cooler Car',
      marketing_copy_a:
        'No more wrestling with folding cardboard: open it, wedge it against the windscreen, done. Get your Shadeo now.',
      marketing_copy_b:
        'Remember the last time you burned your fingers on the seatbelt buckle? This summer, every drive can start cool and comfortable. Discover Shadeo.',
      marketing_copy_c:
        'Summer sale: order both sizes together and save on the second one. Shop now, before the heatwave hits.',
    },
    {
      field: 'translated_description',
      find: 'in place in 10 seconds',
      replace: 'in place in 5 seconds',
      labels: ['number_invented'],
    },
    'Folded, it is only about 35 cm long and slips into a door pocket or the glovebox.',
  ),
  listing(
    'p06',
    'windshield_sunshades',
    'de',
    SUNSHADE_ZH,
    SUNSHADE_SRC,
    {
      translated_description:
        'Der Frontscheiben-Sonnenschirm Shadeo öffnet sich wie ein Regenschirm und ist in 10 Sekunden angebracht. Der vierlagige Stoff hat eine titansilberne Außenbeschichtung, die 99 % der UV-Strahlung abhält; nach einem Tag in der prallen Sonne bleibt der Innenraum um etwa 15 °C kühler. Es gibt ihn in zwei Größen: 130 × 70 cm für Limousinen und 145 × 80 cm für SUVs. Das Gestell aus 10 Glasfaserstreben bleibt auch bei Wind formstabil. Zusammengefaltet ist er nur etwa 35 cm lang und passt ins Türfach oder ins Handschuhfach. Glühend heißes Lenkrad, brennend heiße Sitze? Mit Shadeo ist das Einsteigen im Sommer keine Qual mehr.',
      seo_title: 'Shadeo Sonnenschirm für die Frontscheibe, 99 % UV-Schutz',
      meta_description:
        'Frontscheiben-Sonnenschirm Shadeo: öffnet wie ein Regenschirm, hält 99 % der UV-Strahlung ab und das Auto etwa 15 °C kühler. 130 × 70 oder 145 × 80 cm.',
      h1: 'Shadeo – im Sommer kühl einsteigen',
      marketing_copy_a:
        'Schluss mit sperrigen Faltpappen: aufspannen, hinter die Scheibe klemmen, fertig. Jetzt bestellen.',
      marketing_copy_b:
        'Erinnern Sie sich an den glühenden Gurtverschluss vom letzten Sommer? Diesmal steigen Sie entspannt ein. Entdecken Sie Shadeo.',
      marketing_copy_c:
        'Sommeraktion: beide Größen zusammen bestellen und beim zweiten Schirm sparen – sichern Sie sich Ihr Set.',
    },
    { field: 'meta_description', find: '130 × 70', replace: '140 × 70', labels: ['number_invented'] },
    'Zusammengefaltet ist er nur etwa 35 cm lang und passt ins Türfach oder ins Handschuhfach.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (knife sharpener) takes styles 0-2, listing 2 (baby monitor) 3-5, listing 3 (sunshade) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the English product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHope this works for you – just let me know if you’d like any changes!`,
  }),
  (c) => ({
    translated_description: `${c.translated_description} Note: as an AI, I can’t verify technical claims such as the signal range, so please double-check them with the manufacturer before publishing.`,
  }),
  (c) => ({ meta_description: `\`\`\`\n${c.meta_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '(I went with “peek” rather than “check” – it feels warmer for this audience.)',
    ),
  }),
  (c) => ({ h1: `H1: ${c.h1}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} Should I mention the two sizes here as well, or keep it this short?`,
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Use code [PROMO_CODE] at checkout.` }),
];

// de: listing 1 (knife sharpener) takes styles 0-2, listing 2 (ladder) 3-5, listing 3 (sunshade) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne, hier ist die deutsche Übersetzung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `**Werbetext A (Nutzen):** ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, die Texte passen so. Sag gern Bescheid, wenn ich noch etwas ändern soll!`,
  }),
  (c) => ({
    translated_description: `${c.translated_description} Hinweis: Als KI kann ich nicht prüfen, ob die Angaben zur Norm stimmen – bitte vor der Veröffentlichung kontrollieren.`,
  }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} (Went with “Frühjahrsaktion” – change it if the campaign runs later in the year.)`,
  }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ h1: `${c.h1} (Entwurf)` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      'Soll ich hier siezen, oder lieber duzen wie im restlichen Shop?',
    ),
  }),
];

// ja: listing 1 (ice maker) takes styles 0-2, listing 2 (cold brew maker) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `以下、商品説明の日本語訳です。\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_b: afterSentenceJa(c.marketing_copy_b, 1, '<br>') }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n以上です。修正点があればお気軽にお申し付けください。`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}※AIによる翻訳のため、数値などの仕様は必ず原文と照らし合わせてご確認ください。`,
  }),
  (c) => ({ marketing_copy_b: `\`\`\`\n${c.marketing_copy_b}\n\`\`\`` }),
  (c) => ({ h1: `見出し：${c.h1}` }),
];

// es: listing 1 (ladder) takes styles 0-2, listing 2 (cold brew maker) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la descripción del producto traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `Título H1: ${c.h1}` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '(Not sure “cojea” works for every market – maybe “se tambalea” instead?)',
    ),
  }),
  (c) => ({
    translated_description: `${c.translated_description} Como modelo de lenguaje, no puedo verificar los datos técnicos; te recomiendo revisarlos con el fabricante.`,
  }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Código: {CODIGO_PROMO}.` }),
];

// fr: listing 1 (ice maker) takes styles 0-2, listing 2 (baby monitor) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Voici la traduction française de la fiche produit :\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_a: `\`\`\`json\n{ "marketing_copy_a": "${c.marketing_copy_a}" }\n\`\`\``,
  }),
  (c) => ({ h1: `${c.h1} (brouillon)` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nN’hésitez pas à me dire si vous souhaitez une autre version !`,
  }),
  (c) => ({ translated_description: afterSentence(c.translated_description, 2, '<br><br>') }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '(kept “vous” here to match the rest of the site – switch to “tu” if the brand prefers)',
    ),
  }),
];

export const ROUND_64_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap sharpeners chew up the edge instead of honing it.',
      'A knockoff baby monitor can lose the signal in the middle of the night.',
      'Fake sunshades fade and sag after a single summer.',
      'Counterfeit sharpening wheels crumble within weeks.',
    ],
    slogans: ['Every edge, every day.', 'Cool car, calm mind.'],
    chineseLeftovers: [],
    duplicateLead: 'To sum up: ',
    titleStuffing: ' | Kitchen Gadgets, Best Seller, Gift Idea, Free Delivery, Top Rated',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Leitern wackeln, sobald man höher steigt.',
      'Eine Fälschung erkennt man am fehlenden Prüfsiegel.',
      'Nachahmungen schleifen die Klinge oft ungleichmäßig.',
      'Ein Imitat aus dünnem Stoff lässt die Hitze einfach durch.',
    ],
    slogans: ['Scharf gedacht, gut gemacht.', 'Kühler Kopf, kühles Auto.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Bestseller, Geschenkidee, Neuheit, Top-Qualität, Versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の製氷機はすぐに水漏れします。',
      'コピー品のフィルターは目詰まりしやすいです。',
      '偽物のステンレスはさびやすいです。',
      '模倣品は保証の対象外です。',
    ],
    slogans: ['氷の音は、夏の音。', '冷たい一杯が、夏を変える。'],
    chineseLeftovers: ['这个制冰机声音很小，放在宿舍里也不会吵。', '这款咖啡壶做出来的咖啡口感很顺滑。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 ランキング 送料無料 ギフト 新生活 おすすめ',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las escaleras baratas se tambalean en cuanto subes.',
      'Una imitación de cafetera puede soltar olor a plástico.',
      'Las falsificaciones no pasan ninguna certificación.',
      'Un filtro falso deja pasar el poso del café.',
    ],
    slogans: ['Alto, seguro, sencillo.', 'El café, sin prisas.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Oferta, más vendido, idea regalo, envío gratis, novedad',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un babyphone pas cher perd vite le signal.',
      'Les contrefaçons de machines à glaçons fuient souvent.',
      'Méfiez-vous des fausses promotions en ligne.',
      'Aucune réplique n’offre une image aussi nette.',
    ],
    slogans: ['La fraîcheur à portée de main.', 'Des nuits sereines pour toute la famille.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Promo, meilleure vente, idée cadeau, livraison offerte',
  },
};
