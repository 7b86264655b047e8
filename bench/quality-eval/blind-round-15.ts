// Blind set, round 15 (written without reading the gate, committed before it is scored): six products in categories
// no earlier set has (air fryers, hammocks, graphic tablets, cat litter boxes, ski helmets, wireless doorbells),
// 12 hand-written listings, three artifact styles per listing and wording of its own;
// legitimate numbers: model AF-550, 5.5 L (5.8 qt), 1700 W, 80–200 °C (176–392 °F), 60 minutes, 十几种 (more than
// ten, über zehn), 双层 (double-walled, not a number), 百分之八十五 (85 %), 210T nylon, 290 × 140 cm, 300 kg, 780 g,
// 两条 (two/deux/dos straps), 3 m, 18 loops, 四季 (four seasons), 双人 (double, not a number), Linea S640,
// 第2代 (2nd generation, 第2世代), 8192 pressure levels (8,192 in en), ±60°, 5080 LPI, 266 RPS, 10 × 6 in
// (25.4 × 15.2 cm) with 10 nibs, 8 keys, 几十款 (dozens, 数十種類), USB-C, 三合一 (3-in-1, 3 en 1), 三种 (drei/trois),
// 55 × 42 × 40 cm, 10 kg, 两只猫 and 每两周 (zwei/deux), 20 bags, 百分之九十九 (99 %), Alpen X2, EN1077, ASTM F2040,
// 双重认证 (dual, not a number), 一对 (a pair, idiomatic), 450 g (15.9 oz), 14 vents, 55–61 cm, Dingo WD-36,
// 两个接收器 (2 receivers), 300 m, 36 chimes (36 also in the model name), 5档 (5 Stufen, 5段階), 110 dB, IP55,
// 10万次 (100.000 Betätigungen, 10万回), CR2032, 3 years.
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording } from './blind-set';

const FRYER_ZH = 'Crispo AF-550 可视空气炸锅 5.5升';
const FRYER_SRC =
  'Crispo AF-550 空气炸锅容量5.5升，额定功率1700瓦，温度可在80至200℃之间调节，最长定时60分钟。内置十几种预设菜单，配有可视窗口，烹饪过程一目了然。采用双层隔热机身，外壳不烫手。不粘炸篮可放入洗碗机清洗。与传统油炸相比，最多可减少百分之八十五的用油。';
const HAMMOCK_ZH = 'Nido 双人户外吊床 带防蚊帐';
const HAMMOCK_SRC =
  'Nido 双人吊床采用210T降落伞尼龙面料，展开尺寸290×140厘米，最大承重300公斤，整套重量仅780克。配有两条3米长的绑树带，每条带有18个挂环，几分钟即可搭好。蚊帐可拆卸，四季露营均可使用。';
const TABLET_ZH = 'Linea S640 数位板 第2代无源笔';
const TABLET_SRC =
  'Linea S640 数位板搭配第2代无源压感笔，支持8192级压感和±60°倾斜识别，分辨率5080LPI，报告率266RPS。有效绘画区域10×6英寸，左侧设有8个自定义快捷键。采用USB-C接口，兼容Windows、macOS和Android系统，支持几十款主流绘画软件。笔内无需电池，附赠10个替换笔芯。';
const LITTER_ZH = 'Purra 三合一顶入式猫砂盆 加大号';
const LITTER_SRC =
  'Purra 三合一猫砂盆可在顶入式、侧入式和开放式三种用法之间切换，内部尺寸55×42×40厘米，适合10公斤以内的猫咪，两只猫也能共用。配有翻盖和防带砂踏板，附赠猫砂铲和20个垃圾袋。机身为PP材质，除臭滤网抑菌率达百分之九十九，每两周更换一次即可。';
const HELMET_ZH = 'Alpen X2 MIPS 滑雪头盔';
const HELMET_SRC =
  'Alpen X2 滑雪头盔内置MIPS防护系统，通过EN1077和ASTM F2040双重认证。整盔重约450克，顶部设有14个通风孔，滑块一键开合。内衬和一对耳罩均可拆洗，后部旋钮可在55至61厘米之间调节头围。兼容大多数雪镜，并附带雪镜固定扣。';
const DOORBELL_ZH = 'Dingo WD-36 无线门铃 双接收器套装';
const DOORBELL_SRC =
  'Dingo WD-36 无线门铃套装包含按钮发射器和两个插电接收器，空旷距离可达300米。内置36首铃声，音量5档可调，最高110分贝，并带LED闪灯提醒。按钮防水等级IP55，通过10万次按压测试，出厂已装好CR2032纽扣电池，可使用约3年。接收器插上即用，无需布线。';

export const ROUND_15_LISTINGS: readonly BlindListing[] = [
  listing(
    'q01',
    'air_fryers',
    'en',
    FRYER_ZH,
    FRYER_SRC,
    {
      translated_description:
        'The Crispo AF-550 air fryer holds 5.5 L (5.8 qt) and runs on 1700 W. Temperature adjusts from 80 to 200 °C (176–392 °F), and the timer goes up to 60 minutes. More than ten preset programmes and a viewing window let you watch your food turn golden. The double-walled housing stays cool to the touch, and the non-stick basket is dishwasher-safe. Compared with deep frying, it uses up to 85% less oil.',
      seo_title: 'Crispo AF-550 Air Fryer, 5.5 L, 1700 W',
      meta_description:
        'Crispo AF-550 air fryer with a 5.5 L basket, 1700 W, 80–200 °C control, a 60-minute timer and a viewing window: crisp results with up to 85% less oil.',
      h1: 'Crispo AF-550 Air Fryer with Viewing Window',
      marketing_copy_a:
        'One basket replaces the deep fryer, the mini oven and a pile of takeaway menus. Note: the basket is dishwasher-safe, so clean-up is quick. Get yours today.',
      marketing_copy_b:
        'Craving golden fries without a greasy kitchen? Friday nights just got a lot crispier. Discover Crispo.',
      marketing_copy_c: 'Launch week: a free silicone liner set with every air fryer → Shop now.',
    },
    {
      field: 'translated_description',
      find: '5.5 L (5.8 qt)',
      replace: '6.5 L (6.9 qt)',
      labels: ['number_dropped', 'number_invented'],
    },
    'Compared with deep frying, it uses up to 85% less oil.',
  ),
  listing(
    'q01',
    'air_fryers',
    'de',
    FRYER_ZH,
    FRYER_SRC,
    {
      translated_description:
        'Die Heißluftfritteuse Crispo AF-550 fasst 5,5 Liter und arbeitet mit 1700 W. Die Temperatur lässt sich von 80 bis 200 °C einstellen, der Timer läuft bis zu 60 Minuten. Über zehn Automatikprogramme und ein Sichtfenster zeigen Ihnen jederzeit, wie das Essen gart. Das doppelwandige Gehäuse bleibt außen kühl, und der antihaftbeschichtete Korb ist spülmaschinengeeignet. Im Vergleich zum klassischen Frittieren sparen Sie bis zu 85 % Öl.',
      seo_title: 'Crispo AF-550 Heißluftfritteuse 5,5 l, 1700 W',
      meta_description:
        'Heißluftfritteuse Crispo AF-550 mit 5,5 l Korb, 1700 W, 80–200 °C und Timer bis 60 Minuten: knusprig wie frittiert, aber mit bis zu 85 % weniger Öl.',
      h1: 'Crispo AF-550 mit Sichtfenster',
      marketing_copy_a:
        'Ersetzt Fritteuse und Minibackofen in einem Gerät und spart Platz auf der Arbeitsfläche. Jetzt kaufen.',
      marketing_copy_b:
        'Freitagabend, goldene Pommes aus dem Korb und kein Fettgeruch in der Wohnung. Entdecken Sie Crispo.',
      marketing_copy_c: 'Zum Marktstart gibt es Silikoneinsätze gratis dazu. Jetzt bestellen und sparen.',
    },
    {
      field: 'meta_description',
      find: 'bis zu 85 % weniger Öl',
      replace: 'bis zu 90 % weniger Öl',
      labels: ['number_invented'],
    },
    'Die Temperatur lässt sich von 80 bis 200 °C einstellen, der Timer läuft bis zu 60 Minuten.',
  ),
  listing(
    'q02',
    'hammocks',
    'es',
    HAMMOCK_ZH,
    HAMMOCK_SRC,
    {
      translated_description:
        'La hamaca doble Nido está hecha de nailon de paracaídas 210T, mide 290 × 140 cm desplegada y soporta hasta 300 kg. El conjunto completo pesa solo 780 g. Incluye dos cintas para árbol de 3 m, cada una con 18 anillas, y se monta en pocos minutos. La mosquitera es desmontable, así que te acompaña de acampada en las cuatro estaciones.',
      seo_title: 'Hamaca doble Nido con mosquitera, hasta 300 kg',
      meta_description:
        'Hamaca doble Nido de nailon 210T: 290 × 140 cm, soporta 300 kg y pesa solo 780 g. Con mosquitera desmontable y dos cintas de 3 m para colgarla sin nudos.',
      h1: 'Nido, la hamaca para dormir entre árboles',
      marketing_copy_a:
        'Cama, mosquitera y cintas en una sola bolsa, sin comprar nada aparte. Hazte con la tuya hoy.',
      marketing_copy_b:
        '¿Cuándo fue la última vez que te dormiste escuchando el río? Con Nido vuelve a pasar. Descubre Nido.',
      marketing_copy_c: 'Envío gratis solo este fin de semana → Pide la tuya ya.',
    },
    {
      field: 'translated_description',
      replace: 'La tela ofrece protección solar UPF 50+.',
      labels: ['number_invented'],
    },
    'El conjunto completo pesa solo 780 g.',
  ),
  listing(
    'q02',
    'hammocks',
    'fr',
    HAMMOCK_ZH,
    HAMMOCK_SRC,
    {
      translated_description:
        'Le hamac double Nido est fabriqué en nylon parachute 210T. Déplié, il mesure 290 × 140 cm et supporte jusqu’à 300 kg, pour un poids total de 780 g seulement. Deux sangles d’arbre de 3 m, dotées de 18 boucles chacune, permettent de l’installer en quelques minutes. Grâce à sa moustiquaire amovible, il vous accompagne en bivouac pendant les quatre saisons.',
      seo_title: 'Hamac double Nido avec moustiquaire, 300 kg',
      meta_description:
        'Hamac double Nido en nylon parachute 210T : 290 × 140 cm, charge maximale de 300 kg, 780 g seulement et moustiquaire amovible pour bivouaquer en toute saison.',
      h1: 'Nido, le hamac des nuits en forêt',
      marketing_copy_a:
        'Hamac, moustiquaire et sangles réunis dans une pochette : rien d’autre à prévoir. Commandez le vôtre.',
      marketing_copy_b:
        '« J’ai dormi comme jamais au bord du lac. » – Julien, client vérifié. Découvrez Nido.',
      marketing_copy_c: 'Livraison offerte ce week-end : profitez-en vite.',
    },
    { field: 'seo_title', find: '300 kg', replace: '350 kg', labels: ['number_invented'] },
    'Deux sangles d’arbre de 3 m, dotées de 18 boucles chacune, permettent de l’installer en quelques minutes.',
  ),
  listing(
    'q03',
    'graphic_tablets',
    'ja',
    TABLET_ZH,
    TABLET_SRC,
    {
      translated_description:
        'Linea S640は、第2世代のバッテリーレスペンが付属するペンタブレットです。8192段階の筆圧検知と±60°の傾き検知に対応し、解像度は5080LPI、読み取り速度は266RPSです。描画エリアは10×6インチで、左側には8個のショートカットキーを配置し、自由に機能を割り当てられます。接続はUSB-Cで、Windows・macOS・Androidに対応し、数十種類の主要なお絵描きソフトで使えます。ペンは電池不要で、替え芯が10本付属します。',
      seo_title: 'Linea S640 ペンタブレット 筆圧8192段階',
      meta_description:
        '8192段階の筆圧と±60°の傾き検知に対応した、描画エリア10×6インチのペンタブ。電池不要のペンで充電切れの心配がなく、イラストも写真補正も快適です。',
      h1: 'Linea S640 電池不要ペンのペンタブ',
      marketing_copy_a:
        'プロ仕様の描き心地を、はじめての一台に。今すぐ購入して描き始めましょう。※写真はイメージです。',
      marketing_copy_b: '頭の中の線が、そのまま画面に現れる。そんな瞬間をあなたにも。ぜひお試しください。',
      marketing_copy_c: '新生活応援キャンペーン中、替え芯付きでお届けします。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '替え芯が10本',
      replace: '替え芯が20本',
      labels: ['number_invented'],
    },
    '描画エリアは10×6インチで、左側には8個のショートカットキーを配置し、自由に機能を割り当てられます。',
  ),
  listing(
    'q03',
    'graphic_tablets',
    'en',
    TABLET_ZH,
    TABLET_SRC,
    {
      translated_description:
        'The Linea S640 graphics tablet comes with a 2nd-generation battery-free pen that reads 8,192 levels of pressure and ±60° of tilt. It offers 5,080 LPI resolution and a 266 RPS report rate. The active area measures 10 × 6 in (25.4 × 15.2 cm), with 8 customisable shortcut keys on the left. It connects via USB-C, works with Windows, macOS and Android, and supports dozens of popular drawing apps. The pen needs no battery, and 10 spare nibs are included.',
      seo_title: 'Linea S640 Graphics Tablet, 8,192 Pressure Levels',
      meta_description:
        'Linea S640 graphics tablet with a battery-free pen, 8,192 pressure levels, ±60° tilt and a 10 × 6 in active area. Sketch and retouch without ever charging.',
      h1: 'Linea S640 Drawing Tablet with Battery-Free Pen',
      marketing_copy_a:
        'Pro-level pen feel at a beginner-friendly price, spare nibs included. Order yours today.',
      marketing_copy_b:
        '"I finally stopped fighting my tools and started drawing." – Mei, freelance illustrator. Discover Linea.',
      marketing_copy_c:
        'Back-to-school offer: a free drawing glove with every tablet. Grab yours while stocks last.',
    },
    { field: 'meta_description', find: '±60° tilt', replace: '±70° tilt', labels: ['number_invented'] },
    'It offers 5,080 LPI resolution and a 266 RPS report rate.',
  ),
  listing(
    'q04',
    'cat_litter_boxes',
    'de',
    LITTER_ZH,
    LITTER_SRC,
    {
      translated_description:
        'Die 3-in-1-Katzentoilette Purra lässt sich auf drei Arten nutzen: mit Einstieg von oben, von der Seite oder ganz offen. Der Innenraum misst 55 × 42 × 40 cm und ist für Katzen bis 10 kg geeignet; auch zwei Katzen können sie sich teilen. Klappdeckel und Streu-Stoppmatte sind integriert, Schaufel und 20 Müllbeutel liegen bei. Das Gehäuse besteht aus PP, der Geruchsfilter hemmt 99 % der Bakterien und muss nur alle zwei Wochen gewechselt werden.',
      seo_title: 'Purra 3-in-1 Katzentoilette mit Deckel, 55 cm',
      meta_description:
        'Katzentoilette Purra 3-in-1: von oben, seitlich oder offen nutzbar, 55 × 42 × 40 cm Innenraum, für Katzen bis 10 kg, mit Filter gegen 99 % der Bakterien.',
      h1: 'Purra Katzentoilette mit Einstieg von oben',
      marketing_copy_a:
        'Drei Toiletten in einer, Schaufel und Beutel inklusive. Hinweis: Katzenstreu ist nicht im Lieferumfang enthalten. Jetzt bestellen.',
      marketing_copy_b:
        'Schluss mit Streu im ganzen Flur? Ihre Katze hat ihren Rückzugsort, Sie haben Ihre Ruhe. Entdecken Sie Purra.',
      marketing_copy_c: 'Nur diese Woche: ein Ersatzfilter gratis dazu → Jetzt in den Warenkorb.',
    },
    {
      field: 'translated_description',
      find: 'für Katzen bis 10 kg',
      replace: 'für Katzen bis 12 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Klappdeckel und Streu-Stoppmatte sind integriert, Schaufel und 20 Müllbeutel liegen bei.',
  ),
  listing(
    'q04',
    'cat_litter_boxes',
    'fr',
    LITTER_ZH,
    LITTER_SRC,
    {
      translated_description:
        'Le bac à litière Purra 3 en 1 s’utilise de trois façons : entrée par le dessus, entrée latérale ou ouvert. Son intérieur mesure 55 × 42 × 40 cm et convient aux chats jusqu’à 10 kg. Deux chats peuvent le partager sans difficulté. Il est équipé d’un couvercle rabattable et d’une grille anti-dispersion, et il est livré avec une pelle et 20 sacs. Fabriqué en PP, il intègre un filtre anti-odeurs qui élimine 99 % des bactéries et ne se change que toutes les deux semaines.',
      seo_title: 'Bac à litière Purra 3 en 1 avec couvercle',
      meta_description:
        'Bac à litière Purra 3 en 1 : entrée par le dessus, latérale ou ouvert, 55 × 42 × 40 cm, pour chats jusqu’à 10 kg, avec un filtre anti-odeurs efficace à 99 %.',
      h1: 'Purra, la litière qui s’adapte à votre chat',
      marketing_copy_a:
        'Trois bacs en un, pelle et sacs compris : rien à racheter. Achetez Purra aujourd’hui.',
      marketing_copy_b: 'Votre chat retrouve un coin bien à lui, et votre salon reste net. Découvrez Purra.',
      marketing_copy_c: 'Filtre de rechange offert cette semaine : commandez maintenant.',
    },
    {
      field: 'translated_description',
      replace: 'Le bac se monte en 5 minutes, sans outil.',
      labels: ['number_invented'],
    },
    'Son intérieur mesure 55 × 42 × 40 cm et convient aux chats jusqu’à 10 kg.',
  ),
  listing(
    'q05',
    'ski_helmets',
    'en',
    HELMET_ZH,
    HELMET_SRC,
    {
      translated_description:
        'The Alpen X2 ski helmet has a built-in MIPS protection system and is certified to both EN1077 and ASTM F2040. It weighs about 450 g (15.9 oz), and its 14 top vents open and close with a slider. The liner and a pair of ear pads come out for washing, and a rear dial adjusts the fit from 55 to 61 cm. It works with most ski goggles and comes with a goggle clip.',
      seo_title: 'Alpen X2 MIPS Ski Helmet, 14 Vents, 55–61 cm',
      meta_description:
        'Alpen X2 ski helmet with MIPS, EN1077 and ASTM F2040 certification, 14 adjustable vents, a washable liner and a 55–61 cm dial fit, all at just 450 g.',
      h1: 'Alpen X2 Ski Helmet with MIPS Protection',
      marketing_copy_a:
        'Certified protection, washable pads and a goggle clip, without the premium price tag. Shop the Alpen X2.',
      marketing_copy_b:
        'First lift of the morning, fresh corduroy, and nothing on your mind but the next turn. Treat yourself to Alpen.',
      marketing_copy_c: 'Early-season deal: a free helmet bag in every box. Buy now and ride all winter.',
    },
    { field: 'seo_title', find: '14 Vents', replace: '18 Vents', labels: ['number_invented'] },
    'The liner and a pair of ear pads come out for washing, and a rear dial adjusts the fit from 55 to 61 cm.',
  ),
  listing(
    'q05',
    'ski_helmets',
    'es',
    HELMET_ZH,
    HELMET_SRC,
    {
      translated_description:
        'El casco de esquí Alpen X2 integra el sistema de protección MIPS y cuenta con la doble certificación EN1077 y ASTM F2040. Pesa unos 450 g y tiene 14 aberturas de ventilación en la parte superior que se abren y cierran con un deslizador. El forro y el par de orejeras se quitan para lavarlos, y la rueda trasera ajusta el contorno de 55 a 61 cm. Es compatible con la mayoría de las gafas de esquí e incluye un clip para sujetarlas.',
      seo_title: 'Casco de esquí Alpen X2 con MIPS, 450 g',
      meta_description:
        'Casco de esquí Alpen X2 con MIPS y doble certificación, 14 aberturas regulables, forro lavable y ajuste de 55 a 61 cm. Ligero, seguro y listo para la nieve.',
      h1: 'Alpen X2, protección MIPS para tus bajadas',
      marketing_copy_a:
        'Doble certificación, clip para gafas y forro lavable por el precio de un casco básico. Cómpralo hoy.',
      marketing_copy_b:
        'Primer remonte del día, nieve recién pisada y la cabeza solo en la próxima curva. Descubre Alpen.',
      marketing_copy_c: 'Funda de regalo durante la pretemporada → Aprovecha la oferta.',
    },
    {
      field: 'translated_description',
      find: '14 aberturas',
      replace: '16 aberturas',
      labels: ['number_dropped', 'number_invented'],
    },
    'Pesa unos 450 g y tiene 14 aberturas de ventilación en la parte superior que se abren y cierran con un deslizador.',
  ),
  listing(
    'q06',
    'wireless_doorbells',
    'ja',
    DOORBELL_ZH,
    DOORBELL_SRC,
    {
      translated_description:
        'Dingo WD-36は、押しボタン式の送信機と、コンセントに挿す受信機2台がセットになったワイヤレスチャイムです。見通し距離で最大300mまで届きます。メロディーは36種類を内蔵し、音量は5段階で最大110dBまで調整でき、LEDの点滅でもお知らせします。押しボタンはIP55の防水仕様で、10万回の押下テストをクリアしています。CR2032ボタン電池は出荷時にセット済みで、約3年使えます。受信機はコンセントに挿すだけで、配線工事は不要です。',
      seo_title: 'Dingo ワイヤレスチャイム 36メロディー 受信機2台',
      meta_description:
        '送信機と受信機2台のセットで、最大300mまで届くワイヤレスチャイム。36種類のメロディーと5段階の音量から選べ、配線不要でコンセントに挿すだけ。',
      h1: 'Dingo WD-36 玄関用ワイヤレスチャイム',
      marketing_copy_a: '2部屋で聞こえるのに、工事費はかかりません。今すぐ購入。',
      marketing_copy_b:
        '庭仕事の最中でも、もう宅配便を逃さない。そんな安心を毎日に。ぜひチェックしてください。',
      marketing_copy_c:
        '今なら送料無料でお届け。カートへどうぞ。※受信機のデザインは予告なく変更になる場合があります。',
    },
    { field: 'translated_description', replace: '保証期間は18か月です。', labels: ['number_invented'] },
    '見通し距離で最大300mまで届きます。',
  ),
  listing(
    'q06',
    'wireless_doorbells',
    'de',
    DOORBELL_ZH,
    DOORBELL_SRC,
    {
      translated_description:
        'Das Funkklingel-Set Dingo WD-36 besteht aus einem Taster als Sender und zwei Empfängern für die Steckdose. Die Reichweite beträgt im Freifeld bis zu 300 m. Zur Auswahl stehen 36 Klingeltöne, die Lautstärke ist in 5 Stufen bis 110 dB einstellbar, dazu kommt ein LED-Blinklicht. Der Taster ist nach IP55 geschützt und für 100.000 Betätigungen getestet. Die CR2032-Knopfzelle ist ab Werk eingelegt und hält rund 3 Jahre. Die Empfänger werden einfach eingesteckt, Kabel verlegen entfällt.',
      seo_title: 'Dingo WD-36 Funkklingel-Set, 36 Töne, 300 m',
      meta_description:
        'Funkklingel Dingo WD-36 mit zwei Steckdosen-Empfängern, 300 m Reichweite, 36 Klingeltönen und 5 Lautstärkestufen bis 110 dB – ganz ohne Kabelverlegen.',
      h1: 'Dingo Funkklingel mit zwei Empfängern',
      marketing_copy_a:
        'Zwei Empfänger, kein Elektriker, keine Kabelschlitze. Hinweis: Die Knopfzelle ist bereits eingelegt. Jetzt kaufen.',
      marketing_copy_b:
        'Nie wieder ein Paket verpassen, nur weil Sie gerade im Garten waren. Entdecken Sie Dingo.',
      marketing_copy_c: 'Aktion dieser Woche: versandkostenfrei liefern lassen. Sichern Sie sich Ihr Set.',
    },
    {
      field: 'translated_description',
      find: '36 Klingeltöne',
      replace: '52 Klingeltöne',
      labels: ['number_invented'],
    },
    'Die Reichweite beträgt im Freifeld bis zu 300 m.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_15_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `I've kept every spec from the source and added imperial conversions in brackets for US shoppers.\n\n${c.translated_description}`,
      }),
      (c) => ({ h1: `**${c.h1}**` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\n*Why it works:* a time-limited bonus plus a direct call to action creates urgency.`,
      }),
      (c) => ({
        translated_description: `<think>\nThe user wants an English product description. Keep all specs, convert units where helpful.\n</think>\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `${c.seo_title} — or, shorter: ${c.seo_title.split(',')[0]}` }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}\n\nFeel free to tweak the wording so it matches your brand voice.`,
      }),
      (c) => ({
        marketing_copy_b: `[Emotion-focused · second person · end with CTA]\n${c.marketing_copy_b}`,
      }),
      (c) => ({ meta_description: `<meta name="description" content="${c.meta_description}">` }),
      (c) => ({ translated_description: `"translated_description": "${c.translated_description}",` }),
    ],
    forbidden: [
      'No flimsy knockoffs here.',
      'Cheaper copies just don’t last.',
      'Forget the replicas sold at the market.',
      'Spotting a counterfeit is easy once you hold the real thing.',
    ],
    slogans: ['Crisp by design.', 'Lines that follow your hand.'],
    chineseLeftovers: [],
    duplicateLead: 'Simply put: ',
    titleStuffing: ' | Best Seller, Gift Idea, Free Shipping, Top Rated',
  },
  es: {
    artifacts: [
      (c) => ({ seo_title: `✅ Título SEO: ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nHe dejado las medidas en sistema métrico porque el texto va dirigido al público de España.`,
      }),
      (c) => ({
        marketing_copy_a: `**Opción 1:** ${c.marketing_copy_a}\n**Opción 2 (más corta):** Todo en una bolsa. Pídela hoy.`,
      }),
      (c) => ({ h1: `# ${c.h1}` }),
      (c) => ({
        translated_description: `Idioma de destino: es-ES · Registro: tú\n\n${c.translated_description}`,
      }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\n¿Te preparo también una versión más corta para redes sociales?`,
      }),
    ],
    forbidden: [
      'Olvídate de las imitaciones de mercadillo.',
      'No es un producto barato que se rompe enseguida.',
      'Huye de las réplicas sin garantía.',
      'Aquí no encontrarás piezas falsas.',
    ],
    slogans: ['Dormir entre árboles.', 'La montaña, sin miedo.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Oferta, idea de regalo, envío gratis, top ventas',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `Bien sûr ! Voici une proposition adaptée au marché français, avec le vouvoiement :\n\n${c.translated_description}`,
      }),
      (c) => ({
        meta_description: `${c.meta_description}\n\n→ Longueur vérifiée, conforme aux bonnes pratiques SEO.`,
      }),
      (c) => ({ marketing_copy_b: `**Accroche émotionnelle**\n\n${c.marketing_copy_b}` }),
      (c) => ({ h1: `${c.h1} <!-- balise H1 -->` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\n(Promotional copy – ends with the required CTA.)`,
      }),
      (c) => ({
        translated_description: `\`\`\`json\n{ "description": ${JSON.stringify(c.translated_description)} }\n\`\`\``,
      }),
    ],
    forbidden: [
      'Méfiez-vous des contrefaçons vendues en ligne.',
      'Aucune imitation ne tient la comparaison.',
      'Les répliques s’usent en une seule saison.',
      'Ici, pas de fausses promesses.',
    ],
    slogans: ['Le calme, version litière.', 'La forêt pour chambre.'],
    chineseLeftovers: [],
    duplicateLead: 'En un mot : ',
    titleStuffing: ' | Promo, idée cadeau, livraison offerte, top vente',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Ich habe die Sie-Form gewählt und alle technischen Angaben unverändert übernommen.\n\n${c.translated_description}`,
      }),
      (c) => ({ meta_description: `### Meta-Beschreibung\n${c.meta_description}` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\n* **Warum das funktioniert:** Der Text greift ein Alltagsgefühl auf und endet mit einer klaren Handlungsaufforderung.`,
      }),
      (c) => ({ h1: `H1 (German): ${c.h1}` }),
      (c) => ({
        translated_description: `<translation lang="de">\n${c.translated_description}\n</translation>`,
      }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} (CTA wie gewünscht ans Ende gesetzt)` }),
      (c) => ({ seo_title: `${c.seo_title} / alternativ: ${c.h1}` }),
      (c) => ({
        marketing_copy_a: `Okay, value angle first – lead with what the buyer saves.\n\n${c.marketing_copy_a}`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n---\n*Bitte gleichen Sie die technischen Daten vor der Veröffentlichung mit dem Hersteller ab.*`,
      }),
    ],
    forbidden: [
      'Keine billigen Kopien aus dem Netz.',
      'Vorsicht vor Fälschungen im Handel.',
      'Mit Nachahmungen hat das nichts zu tun.',
      'Ein Imitat erkennt man sofort.',
    ],
    slogans: ['Sauberkeit mit Stil.', 'Klingelt, wenn es zählt.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' | Bestseller, Geschenkidee, Gratisversand, Angebot',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `承知しました。日本のECサイト向けに、自然な表現で翻訳しました。\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `${c.seo_title}（主要キーワードを前半に配置）` }),
      (c) => ({ marketing_copy_b: `**感情訴求**\n${c.marketing_copy_b}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\n(Kept the polite です/ます register throughout.)`,
      }),
      (c) => ({ translated_description: c.translated_description.replace(/。/g, '。<br>') }),
      (c) => ({ meta_description: `${c.meta_description}\n（指定の文字数に収まるよう調整済み）` }),
    ],
    forbidden: [
      '安価なコピー品とは作りが違います。',
      '激安モデルと比べてみてください。',
      'レプリカではなく正規品です。',
      '模倣品の多さにご注意ください。',
    ],
    slogans: ['玄関の音を、もっとやさしく。', '描く時間を、もっと自由に。'],
    chineseLeftovers: ['请在使用前确认电脑系统的兼容性。', '这款门铃的接收器需要插在电源上使用。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜人気ランキング上位 プレゼント 送料無料 即納',
  },
};
