// Blind set, round 52 (written without reading the gate, committed before it is scored): six hobby, pet, winter-sport,
// baking, household and outdoor-living products in the categories embroidery_machines, hamster_cages, ski_wax_kits,
// bread_proofing_boxes, shoe_dryers and tabletop_fire_pits, 12 hand-written listings, three artifact styles per
// listing and wording of its own (this round: chatter that blends in, as a reviewer finds it in real model output: a
// half-sentence of the model's reasoning tacked onto a sentence after a comma or dash, a short bracketed remark about
// the wording, a question to the requester in passing, a first-person edit report ("I've toned down", "Ich habe …
// gekürzt", "…に変更しました", "He suavizado", "J'ai reformulé"), a note to a colleague, a status word (draft,
// Entwurf, 仮, borrador, v2), an unfilled placeholder, a field label in an unusual form, and English remarks inside
// de, es and fr fields; no digits in artifacts that land in the description, title or meta); legitimate numbers:
// Stitcha E8 (model), 200多 (over 200, plus de 200, 200+), 6 fonts (polices), 10×10 cm (3.9 × 3.9 in), 650 stitches
// per minute (points par minute), 4.3 inch (4,3 pouces), 两个 (two, deux) hoops, 十几种 (more than ten, plus de
// dix) colours, about 5.6 kg (12.3 lb, 5,6 kg), 半小时 (half an hour, une demi-heure), 几十种 (dozens, des
// dizaines), idioms 一目了然, 一键, 十分, 一个 (a logo); Nestly 两层 (zwei Etagen, 2層), 60×40 cm, about 35 cm, 15 cm,
// 21 cm, 三种 (drei, 3種類), 7 mm, about 10 minutes, idiom 四面八方 (von allen Seiten, 四方八方); Glidr 第3代
// (third-generation, tercera generación), about 800 W, 100 to 160 °C (212–320 °F), about 3 minutes, 三种 (three,
// tres), 60 g, 零下20℃ to 0℃ (-20 °C to 0 °C, -4 °F to 32 °F), 双面 (double-sided, doble cara: not a number), 12 cm
// (4.7 in), 十几次 (more than ten, más de diez), 半小时 (half an hour, media hora), idiom 一年四季 (all year round,
// todo el año); Levaina 30 L (30 l), 两层 (zwei Bleche, deux plaques), 20 to 50 °C, ±1 °C, 百分之75 (75 %),
// 1 to 24 hours, about 100 W, 5000以上 (über 5.000, plus de 5 000), 8 cm, idioms 一键 (ein Tastendruck, une seule
// touche) and 一举两得 (zwei Fliegen mit einer Klappe, d'une pierre deux coups); Dryvo 双管 (dual-tube, zwei
// Rohre: not a spec of its own), 28 to 40 cm (11 to 15.7 in), EU size 43 (Größe 43), about 55 °C (131 °F),
// 百分之99 (99%, 99 %), 1/2/3 hours, 三档 (three settings, drei Stufen), 20 W, under 0.2 kWh (0,2 kWh), idioms 一键,
// 一整晚 and 万无一失 (every time, darauf ist Verlass); Flamo 304 stainless steel (304ステンレス, acero 304), about
// 25 cm, 18 cm, 1.2 kg (1,2 kg), 300 ml, about 2.5 hours (約2.5時間, unas 2,5 horas), 4 feet (4つ, 4 tacos), 三种
// (3色, tres colores), idioms 加满一次, 四面八方 (四方八方, desde todos los ángulos) and 十分.
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const EMBROIDERY_ZH = 'Stitcha E8 家用电脑刺绣机 200多种图案';
const EMBROIDERY_SRC =
  'Stitcha E8 家用电脑刺绣机内置200多种刺绣图案和6种英文字体，刺绣范围10×10厘米，最高速度每分钟650针。4.3英寸彩色触摸屏，图案预览一目了然。一键自动穿线，换线十分方便。标配两个绣框，并附赠十几种颜色的绣线。机身重约5.6公斤，绣一个简单的logo大约只要半小时。支持USB导入图案，几十种常用花边可直接调用，新手也能轻松上手。';
const HAMSTER_ZH = 'Nestly 两层亚克力仓鼠笼 60厘米';
const HAMSTER_SRC =
  'Nestly 仓鼠笼采用高透亚克力板，底面尺寸60×40厘米，高约35厘米，分上下两层，上层平台可放食盆和小窝。底盘深15厘米，能铺厚厚的垫料，满足仓鼠挖洞的天性。附赠直径21厘米的静音跑轮、饮水器和三种不同高度的木质台阶。顶部网盖的网格间距仅7毫米，小仓鼠也钻不出去。空气从四面八方流通，不闷不潮。免工具安装，约10分钟即可搭好。';
const SKI_WAX_ZH = 'Glidr 滑雪板打蜡套装 第3代恒温熨斗';
const SKI_WAX_SRC =
  'Glidr 滑雪打蜡套装配有第3代恒温打蜡熨斗，功率约800瓦，温度可在100至160℃之间调节，3分钟左右即可预热完成。套装内含三种温度区间的滑雪蜡，每块60克，覆盖零下20℃到0℃的雪况，一年四季去室内雪场也能用。另配塑料刮板、双面尼龙刷和12厘米宽的无纺擦布。每块蜡可打十几次。打蜡后静置半小时再刮，滑行效果更好。';
const PROOFER_ZH = 'Levaina 折叠面包发酵箱 30升';
const PROOFER_SRC =
  'Levaina 折叠式发酵箱容量30升，可同时放入两层烤盘。温度可在20至50℃之间设定，控温精度±1℃。底部水槽加水后，湿度可保持在百分之75左右，面团表面不易结皮。一键启动，定时1至24小时，睡前设好，早上起来面团就发好了。功率约100瓦，非常省电，加热膜可使用5000小时以上。不用时折叠起来厚度仅8厘米，塞进橱柜就行。除了发面，还能做酸奶和米酒，一举两得。';
const SHOE_DRYER_ZH = 'Dryvo 双管伸缩烘鞋器 定时款';
const SHOE_DRYER_SRC =
  'Dryvo 烘鞋器采用双管设计，长度可从28厘米伸缩到40厘米，从童鞋到43码的大鞋都合适。出风温度恒定在55℃左右，不伤鞋面，皮鞋、运动鞋、雪地靴都能烘。内置紫外线灯，除菌率达百分之99。定时分1小时、2小时和3小时三档，一键切换。功率仅20瓦，烘一整晚耗电不到0.2度。雨雪天鞋子湿透了，睡前放进去，早上穿上干爽暖和，万无一失。';
const FIRE_PIT_ZH = 'Flamo 桌面酒精火炉 304不锈钢 三色可选';
const FIRE_PIT_SRC =
  'Flamo 桌面火炉采用304不锈钢底座和耐热玻璃罩，直径约25厘米，高18厘米，重1.2公斤。使用生物乙醇燃料，燃料罐容量300毫升，加满一次可燃烧约2.5小时。无烟无味，阳台、客厅和露营都能用，火光透过玻璃罩，四面八方都看得见。底部有4个防滑硅胶脚垫，桌面不留痕。附赠灭火盖，盖上即灭，十分安全。有黑、白、灰三种颜色可选。';

export const ROUND_52_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'embroidery_machines',
    'en',
    EMBROIDERY_ZH,
    EMBROIDERY_SRC,
    {
      translated_description:
        'The Stitcha E8 home embroidery machine comes loaded with over 200 built-in designs and 6 English fonts. It embroiders an area of 10 × 10 cm (3.9 × 3.9 in) at up to 650 stitches per minute. The 4.3-inch colour touchscreen previews every design, so you can see at a glance how it will turn out. Threading is automatic at the touch of a button, which makes changing colours remarkably easy. Two embroidery hoops come as standard, along with thread in more than ten colours. The machine weighs about 5.6 kg (12.3 lb), and a simple logo takes only around half an hour to stitch. You can import your own designs via USB and call up dozens of common borders directly, so even beginners get going quickly.',
      seo_title: 'Stitcha E8 Embroidery Machine, 200+ Designs',
      meta_description:
        'Home embroidery machine Stitcha E8 with over 200 built-in designs, 6 fonts, a 10 × 10 cm hoop area, 650 stitches per minute and automatic threading.',
      h1: 'Stitcha E8: Embroidery Made Easy at Home',
      marketing_copy_a:
        'Over 200 designs, automatic threading and USB import in a machine that fits on the kitchen table – no studio required. Order your Stitcha E8 today.',
      marketing_copy_b:
        'Your daughter’s name on her first school bag, stitched by you. Some gifts mean more because your own hands made them. Discover the Stitcha E8.',
      marketing_copy_c:
        'Launch offer: an extra box of thread spools free with every machine this month – shop now while it lasts.',
    },
    {
      field: 'meta_description',
      find: 'over 200 built-in designs',
      replace: 'over 250 built-in designs',
      labels: ['number_invented'],
    },
    'The machine weighs about 5.6 kg (12.3 lb), and a simple logo takes only around half an hour to stitch.',
  ),
  listing(
    'p01',
    'embroidery_machines',
    'fr',
    EMBROIDERY_ZH,
    EMBROIDERY_SRC,
    {
      translated_description:
        'La brodeuse informatisée Stitcha E8 pour la maison propose plus de 200 motifs intégrés et 6 polices de caractères anglaises. Sa zone de broderie mesure 10 × 10 cm et elle brode jusqu’à 650 points par minute. L’écran tactile couleur de 4,3 pouces affiche un aperçu de chaque motif : le résultat se voit d’un coup d’œil. L’enfilage automatique se lance d’une simple touche, et changer de fil devient un jeu d’enfant. Deux cercles à broder sont fournis, ainsi que du fil en plus de dix coloris. La machine pèse environ 5,6 kg, et un logo simple se brode en une demi-heure environ. Les motifs s’importent par clé USB et des dizaines de bordures courantes sont disponibles directement : même en débutant, on s’y met vite.',
      seo_title: 'Brodeuse informatisée Stitcha E8, plus de 200 motifs',
      meta_description:
        'Brodeuse Stitcha E8 pour la maison : plus de 200 motifs, 6 polices, zone de 10 × 10 cm, 650 points par minute et enfilage automatique d’une touche.',
      h1: 'Stitcha E8, la broderie à la maison en toute simplicité',
      marketing_copy_a:
        'Plus de 200 motifs, l’enfilage automatique et l’import USB dans une machine qui tient sur la table de la cuisine. Commandez votre Stitcha E8 dès aujourd’hui.',
      marketing_copy_b:
        'Le prénom de votre fils brodé sur son premier cartable, par vos soins. Certains cadeaux comptent davantage parce qu’ils sont faits main. Découvrez la Stitcha E8.',
      marketing_copy_c:
        'Offre de lancement : une boîte de bobines supplémentaire offerte avec chaque brodeuse ce mois-ci. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'jusqu’à 650 points par minute',
      replace: 'jusqu’à 850 points par minute',
      labels: ['number_dropped', 'number_invented'],
    },
    'La machine pèse environ 5,6 kg, et un logo simple se brode en une demi-heure environ.',
  ),
  listing(
    'p02',
    'hamster_cages',
    'de',
    HAMSTER_ZH,
    HAMSTER_SRC,
    {
      translated_description:
        'Der Hamsterkäfig Nestly besteht aus hochtransparenten Acrylplatten, hat eine Grundfläche von 60 × 40 cm und ist rund 35 cm hoch. Er ist in zwei Etagen aufgeteilt; auf der oberen Plattform finden Futternapf und Schlafhäuschen Platz. Die Bodenwanne ist 15 cm tief und fasst eine dicke Schicht Einstreu, damit Ihr Hamster nach Herzenslust buddeln kann. Mitgeliefert werden ein geräuscharmes Laufrad mit 21 cm Durchmesser, eine Trinkflasche und drei Holztreppen in unterschiedlichen Höhen. Das Gitter im Deckel hat nur 7 mm Maschenweite, sodass auch kleine Hamster nicht entwischen. Die Luft zirkuliert von allen Seiten, nichts wird stickig oder feucht. Der Aufbau gelingt ohne Werkzeug in etwa 10 Minuten.',
      seo_title: 'Nestly Hamsterkäfig aus Acryl, 2 Etagen, 60 × 40 cm',
      meta_description:
        'Acryl-Hamsterkäfig Nestly mit zwei Etagen, 60 × 40 cm Grundfläche, 15 cm tiefer Bodenwanne, leisem Laufrad und ausbruchsicherem Deckel mit feinem Gitter.',
      h1: 'Nestly – ein Zuhause mit Durchblick für Ihren Hamster',
      marketing_copy_a:
        'Laufrad, Trinkflasche und Treppen sind schon dabei – Sie brauchen nur noch Einstreu. Bestellen Sie den Nestly jetzt.',
      marketing_copy_b:
        'Nachts das leise Tapsen im Laufrad, morgens ein verschlafenes Näschen im Häuschen. Durch die klaren Wände sind Sie bei allem dabei. Entdecken Sie Nestly.',
      marketing_copy_c:
        'Zum Start gibt es einen Beutel Hanfeinstreu gratis dazu – sichern Sie sich Ihren Käfig, solange der Vorrat reicht.',
    },
    { field: 'seo_title', find: '60 × 40 cm', replace: '80 × 40 cm', labels: ['number_invented'] },
    'Die Bodenwanne ist 15 cm tief und fasst eine dicke Schicht Einstreu, damit Ihr Hamster nach Herzenslust buddeln kann.',
  ),
  listing(
    'p02',
    'hamster_cages',
    'ja',
    HAMSTER_ZH,
    HAMSTER_SRC,
    {
      translated_description:
        'Nestlyのハムスターケージは、透明度の高いアクリル板でできています。底面は60×40cm、高さは約35cmです。上下2層に分かれていて、上段のスペースには餌入れや巣箱を置けます。床トレーは深さ15cmあり、床材をたっぷり敷けるので、ハムスターが思う存分穴掘りを楽しめます。直径21cmの静音回し車、給水器、高さの異なる木製ステップ3種類が付属します。天面の金網は網目の間隔がわずか7mmなので、小さなハムスターでも抜け出せません。四方八方から空気が通り、蒸れにくい設計です。工具不要で、約10分で組み立てられます。',
      seo_title: 'Nestly アクリル製ハムスターケージ 2層 60×40cm',
      meta_description:
        '透明アクリルの2層ハムスターケージ。底面60×40cm、深さ15cmの床トレーで穴掘りも存分に。静音回し車と給水器付き。',
      h1: 'Nestly 中までよく見えるハムスターのおうち',
      marketing_copy_a:
        '回し車も給水器もステップもセットだから、買い足すのは床材だけ。必要なものがそろった状態で届きます。今すぐ購入。',
      marketing_copy_b:
        '夜はカラカラと回し車の音、朝は巣箱から寝ぼけ顔がのぞく。透明な壁越しに、その毎日を見守れます。ぜひチェックしてください。',
      marketing_copy_c: '発売記念として、今なら床材をひと袋プレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '網目の間隔がわずか7mm',
      replace: '網目の間隔がわずか5mm',
      labels: ['number_dropped', 'number_invented'],
    },
    '床トレーは深さ15cmあり、床材をたっぷり敷けるので、ハムスターが思う存分穴掘りを楽しめます。',
  ),
  listing(
    'p03',
    'ski_wax_kits',
    'en',
    SKI_WAX_ZH,
    SKI_WAX_SRC,
    {
      translated_description:
        'The Glidr ski waxing kit comes with a third-generation thermostatic waxing iron rated at about 800 W, adjustable between 100 and 160 °C (212–320 °F) and ready in around 3 minutes. It includes wax for three temperature ranges, 60 g per bar, covering snow from -20 °C to 0 °C (-4 °F to 32 °F), so it works on indoor slopes all year round, too. You also get a plastic scraper, a double-sided nylon brush and a 12 cm (4.7 in) wide non-woven cloth. Each bar is good for more than ten waxings. Let the wax rest for half an hour before scraping for the best glide.',
      seo_title: 'Glidr Ski Wax Kit with 3rd-Gen Iron, 3 Waxes, 800 W',
      meta_description:
        'Ski waxing kit with a third-generation 800 W iron (100–160 °C), three waxes for snow from -20 °C to 0 °C, a scraper, a nylon brush and a waxing cloth.',
      h1: 'Glidr: Tune Your Skis at Home',
      marketing_copy_a:
        'Workshop waxing adds up fast. With the Glidr kit you keep your bases quick all season for the price of a couple of tune-ups. Get yours now.',
      marketing_copy_b:
        'First lift of the morning, fresh corduroy below, and skis that glide the moment you push off. That feeling starts the evening before, in your own hallway. Discover Glidr.',
      marketing_copy_c:
        'Early-season deal: a free edge tuner with every kit until the first snowfall – order now.',
    },
    {
      field: 'translated_description',
      replace: 'The iron is covered by a 2-year warranty.',
      labels: ['number_invented'],
    },
    'You also get a plastic scraper, a double-sided nylon brush and a 12 cm (4.7 in) wide non-woven cloth.',
  ),
  listing(
    'p03',
    'ski_wax_kits',
    'es',
    SKI_WAX_ZH,
    SKI_WAX_SRC,
    {
      translated_description:
        'El kit de encerado Glidr incluye una plancha termostática de tercera generación de unos 800 W, regulable entre 100 y 160 °C, que se calienta en unos 3 minutos. Trae ceras para tres rangos de temperatura, en pastillas de 60 g, que cubren nieve de -20 °C a 0 °C, así que también te sirven en pistas cubiertas durante todo el año. Además incluye una rasqueta de plástico, un cepillo de nailon de doble cara y un paño de tela no tejida de 12 cm de ancho. Cada pastilla da para más de diez enceradas. Deja reposar la cera media hora antes de rascar y notarás cómo desliza.',
      seo_title: 'Kit de encerado Glidr, plancha 800 W y 3 ceras',
      meta_description:
        'Kit de encerado para esquí: plancha de tercera generación de 800 W, de 100 a 160 °C, tres ceras para nieve de -20 °C a 0 °C, rasqueta, cepillo y paño.',
      h1: 'Glidr, tus esquís a punto en casa',
      marketing_copy_a:
        'Encerar en la tienda cada pocas salidas sale caro; con Glidr mantienes las suelas rápidas toda la temporada. Consigue tu kit ahora.',
      marketing_copy_b:
        'Primer remonte de la mañana, pana recién pisada y unos esquís que deslizan desde el primer empujón. Esa sensación empieza la noche antes, en tu propio pasillo. Descubre Glidr.',
      marketing_copy_c:
        'Oferta de inicio de temporada: afilador de cantos de regalo con cada kit hasta la primera nevada. Pídelo ya.',
    },
    {
      field: 'translated_description',
      find: 'en pastillas de 60 g',
      replace: 'en pastillas de 80 g',
      labels: ['number_dropped', 'number_invented'],
    },
    'Además incluye una rasqueta de plástico, un cepillo de nailon de doble cara y un paño de tela no tejida de 12 cm de ancho.',
  ),
  listing(
    'p04',
    'bread_proofing_boxes',
    'de',
    PROOFER_ZH,
    PROOFER_SRC,
    {
      translated_description:
        'Der faltbare Gärautomat Levaina fasst 30 l und nimmt zwei Backbleche übereinander auf. Die Temperatur lässt sich zwischen 20 und 50 °C einstellen und wird auf ±1 °C genau gehalten. Mit Wasser in der Bodenschale bleibt die Luftfeuchtigkeit bei rund 75 %, sodass der Teig keine Haut bildet. Ein Tastendruck genügt zum Start; der Timer reicht von 1 bis 24 Stunden – abends einstellen, morgens ist der Teig gegangen. Mit rund 100 W ist das Gerät sehr sparsam, und die Heizfolie hält über 5.000 Betriebsstunden. Zusammengefaltet ist es nur 8 cm flach und passt in jeden Schrank. Neben Brotteig gelingen auch Joghurt und Reiswein – zwei Fliegen mit einer Klappe.',
      seo_title: 'Levaina Gärautomat, faltbar, 30 l, 20 bis 50 °C',
      meta_description:
        'Faltbarer Gärautomat Levaina mit 30 l für zwei Bleche: 20 bis 50 °C, rund 75 % Luftfeuchte, Timer bis 24 Stunden, zusammengelegt nur 8 cm flach.',
      h1: 'Levaina – Sauerteig und Hefeteig gelingen immer',
      marketing_copy_a:
        'Kein Warten auf die Heizung, kein Backofen mit Lampe: konstante Wärme und Feuchte für jeden Teig, auf kleinstem Raum verstaut. Jetzt bestellen.',
      marketing_copy_b:
        'Der Duft von frischem Brot, bevor die anderen aufwachen. Der Teig hat über Nacht in Ruhe gearbeitet, und Sie müssen nur noch backen. Entdecken Sie Levaina.',
      marketing_copy_c:
        'Zum Backstart im Herbst liegt jedem Levaina ein Gärkorb aus Peddigrohr bei – gleich in den Warenkorb legen.',
    },
    { field: 'meta_description', find: '20 bis 50 °C', replace: '20 bis 60 °C', labels: ['number_invented'] },
    'Zusammengefaltet ist es nur 8 cm flach und passt in jeden Schrank.',
  ),
  listing(
    'p04',
    'bread_proofing_boxes',
    'fr',
    PROOFER_ZH,
    PROOFER_SRC,
    {
      translated_description:
        'L’étuve de fermentation pliable Levaina offre 30 L et accueille deux plaques superposées. La température se règle de 20 à 50 °C, avec une précision de ±1 °C. Avec de l’eau dans le bac du fond, l’humidité reste autour de 75 %, et la pâte ne croûte pas en surface. Une seule touche suffit pour démarrer ; la minuterie va de 1 à 24 heures : programmez-la le soir, la pâte est levée au réveil. Avec environ 100 W, elle consomme très peu, et son film chauffant dure plus de 5\u202f000 heures. Pliée, elle ne fait que 8 cm d’épaisseur et se range dans un placard. Outre la pâte à pain, elle fait aussi yaourts et vin de riz : d’une pierre deux coups.',
      seo_title: 'Étuve de fermentation pliable Levaina, 30 L, 20 à 50 °C',
      meta_description:
        'Étuve Levaina de 30 L pour deux plaques : de 20 à 50 °C à ±1 °C près, humidité d’environ 75 %, minuterie jusqu’à 24 h, pliée en 8 cm.',
      h1: 'Levaina, la pousse parfaite à la maison',
      marketing_copy_a:
        'Plus besoin de guetter le radiateur ou de bricoler le four : chaleur et humidité constantes pour toutes vos pâtes. Commandez la Levaina.',
      marketing_copy_b:
        'L’odeur du pain chaud avant que la maison ne s’éveille. La pâte a travaillé toute la nuit sans vous. Découvrez Levaina.',
      marketing_copy_c:
        'Pour la rentrée boulangère, un banneton en rotin offert avec chaque étuve. Ajoutez-la à votre panier dès maintenant.',
    },
    {
      field: 'translated_description',
      find: 'avec une précision de ±1 °C',
      replace: 'avec une précision de ±0,5 °C',
      labels: ['number_invented'],
    },
    'Pliée, elle ne fait que 8 cm d’épaisseur et se range dans un placard.',
  ),
  listing(
    'p05',
    'shoe_dryers',
    'en',
    SHOE_DRYER_ZH,
    SHOE_DRYER_SRC,
    {
      translated_description:
        'The Dryvo shoe dryer has a dual-tube design that extends from 28 to 40 cm (11 to 15.7 in), so it fits everything from children’s shoes to EU size 43. The warm air holds steady at around 55 °C (131 °F), gentle enough for leather shoes, trainers and snow boots alike. A built-in UV lamp kills 99% of bacteria. The timer offers three settings – 1, 2 and 3 hours – and you switch between them with a single button. It draws just 20 W, so drying overnight uses less than 0.2 kWh. Shoes soaked through by rain or snow? Slip them onto the dryer before bed and step into warm, dry pairs in the morning, every time.',
      seo_title: 'Dryvo Shoe Dryer, Extendable 28–40 cm, Fits EU Size 43',
      meta_description:
        'Dryvo dual-tube shoe dryer: extends from 28 to 40 cm, steady 55 °C warm air, a UV lamp against 99% of bacteria and a 1, 2 or 3-hour timer.',
      h1: 'Dryvo – Warm, Dry Shoes Every Morning',
      marketing_copy_a:
        'A few cents of power a night keeps your trainers dry, fresh and lasting longer. Buy the Dryvo now.',
      marketing_copy_b:
        'That cold, clammy squelch when you pull on yesterday’s boots – gone. Instead, warm shoes are waiting by the door. Treat yourself to Dryvo.',
      marketing_copy_c:
        'Winter deal: your second Dryvo is half price until the end of the month. Grab yours before the first frost.',
    },
    { field: 'seo_title', find: 'EU Size 43', replace: 'EU Size 46', labels: ['number_invented'] },
    'It draws just 20 W, so drying overnight uses less than 0.2 kWh.',
  ),
  listing(
    'p05',
    'shoe_dryers',
    'de',
    SHOE_DRYER_ZH,
    SHOE_DRYER_SRC,
    {
      translated_description:
        'Der Schuhtrockner Dryvo arbeitet mit zwei Rohren, die sich von 28 auf 40 cm ausziehen lassen – passend für alles von Kinderschuhen bis Größe 43. Die Warmluft bleibt konstant bei rund 55 °C und schont das Obermaterial, ob Lederschuh, Sneaker oder Schneestiefel. Eine eingebaute UV-Lampe beseitigt 99 % der Keime. Der Timer bietet drei Stufen mit 1, 2 und 3 Stunden, umgeschaltet wird per Knopfdruck. Mit nur 20 W Leistung verbraucht er über Nacht weniger als 0,2 kWh. Schuhe von Regen oder Schnee durchnässt? Abends aufstecken, morgens trocken und warm hineinschlüpfen – darauf ist Verlass.',
      seo_title: 'Dryvo Schuhtrockner, ausziehbar 28–40 cm, mit UV-Licht',
      meta_description:
        'Schuhtrockner Dryvo mit zwei ausziehbaren Rohren von 28 bis 40 cm, rund 55 °C Warmluft, UV-Lampe gegen 99 % der Keime und Timer für 1, 2 oder 3 Stunden.',
      h1: 'Dryvo – jeden Morgen trockene Schuhe',
      marketing_copy_a:
        'Ein paar Cent Strom pro Nacht, und Ihre Laufschuhe bleiben länger in Form und riechen frischer. Jetzt bestellen.',
      marketing_copy_b:
        'Nie wieder morgens in klamme, kalte Stiefel steigen. Stattdessen warten warme Schuhe an der Tür. Entdecken Sie Dryvo.',
      marketing_copy_c:
        'Winteraktion: Der zweite Dryvo kostet nur die Hälfte – sichern Sie sich gleich ein Paket für die ganze Familie.',
    },
    {
      field: 'translated_description',
      find: 'beseitigt 99 % der Keime',
      replace: 'beseitigt 99,9 % der Keime',
      labels: ['number_dropped', 'number_invented'],
    },
    'Mit nur 20 W Leistung verbraucht er über Nacht weniger als 0,2 kWh.',
  ),
  listing(
    'p06',
    'tabletop_fire_pits',
    'ja',
    FIRE_PIT_ZH,
    FIRE_PIT_SRC,
    {
      translated_description:
        'Flamoの卓上ファイヤーピットは、304ステンレスのベースと耐熱ガラスのカバーを組み合わせています。直径は約25cm、高さ18cm、重さ1.2kgです。燃料はバイオエタノールで、燃料タンクの容量は300ml、満タンで約2.5時間燃焼します。煙もにおいも出ないので、ベランダやリビング、キャンプでも使えます。炎はガラス越しに四方八方から楽しめます。底面には滑り止めのシリコン脚が4つ付いていて、テーブルに跡が残りません。付属の消火フタをかぶせればすぐに消えるので、とても安心です。カラーはブラック、ホワイト、グレーの3色です。',
      seo_title: 'Flamo 卓上ファイヤーピット 304ステンレス 直径25cm',
      meta_description:
        '304ステンレスと耐熱ガラスの卓上ファイヤーピット。バイオエタノール300mlで約2.5時間燃焼、煙もにおいもなし。全3色。',
      h1: 'Flamo 食卓に小さな焚き火を',
      marketing_copy_a:
        '電源もガスも不要。燃料を注いで火をつけるだけで、いつものテーブルが特別な席に変わります。今すぐ購入。',
      marketing_copy_b:
        'ゆらめく炎を囲むと、自然と会話がはずみます。灯りを落とした夜、大切な人とゆっくり過ごしませんか。詳しくはこちらからチェック。',
      marketing_copy_c: '今なら燃料ボトルをおまけでお付けします。カートへどうぞ。',
    },
    { field: 'meta_description', find: '約2.5時間', replace: '約3.5時間', labels: ['number_invented'] },
    '底面には滑り止めのシリコン脚が4つ付いていて、テーブルに跡が残りません。',
  ),
  listing(
    'p06',
    'tabletop_fire_pits',
    'es',
    FIRE_PIT_ZH,
    FIRE_PIT_SRC,
    {
      translated_description:
        'El fuego de mesa Flamo combina una base de acero inoxidable 304 con una campana de vidrio resistente al calor. Mide unos 25 cm de diámetro y 18 cm de alto, y pesa 1,2 kg. Funciona con bioetanol: el depósito admite 300 ml y, lleno, arde unas 2,5 horas. No hace humo ni huele, así que puedes usarlo en el balcón, en el salón o de acampada. A través del vidrio, la llama se ve desde todos los ángulos. En la base lleva 4 tacos antideslizantes de silicona que no marcan la mesa. La tapa apagallamas incluida extingue el fuego al instante, con total seguridad. Está disponible en tres colores: negro, blanco y gris.',
      seo_title: 'Fuego de mesa Flamo de acero 304, bioetanol, 25 cm',
      meta_description:
        'Fuego de mesa Flamo de acero inoxidable 304 y vidrio resistente al calor: 300 ml de bioetanol para unas 2,5 horas de llama, sin humo ni olor.',
      h1: 'Flamo, una pequeña hoguera para tu mesa',
      marketing_copy_a:
        'Sin enchufe ni bombona: llenas, enciendes y tu mesa de siempre se convierte en el mejor sitio de la casa. Compra tu Flamo.',
      marketing_copy_b:
        'Alrededor de una llama, la conversación se alarga sola. Baja las luces y quédate un rato más con los tuyos. Descubre Flamo.',
      marketing_copy_c: 'Solo este mes, una botella de bioetanol de regalo con cada Flamo. Pídelo hoy.',
    },
    {
      field: 'translated_description',
      find: 'arde unas 2,5 horas',
      replace: 'arde unas 3,5 horas',
      labels: ['number_dropped', 'number_invented'],
    },
    'En la base lleva 4 tacos antideslizantes de silicona que no marcan la mesa.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const chars = (text: string) => [...text].length;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** `text` with `tail` tacked onto its `n`-th sentence (0-based, negative from the end), before its closing mark. */
const tack = (text: string, n: number, tail: string): string => {
  const parts = text.split(/(?<=\D[.!?])\s+/);
  const i = n < 0 ? parts.length + n : n;
  parts[i] = parts[i].replace(/[.!?]$/, (end) => `${tail}${end}`);
  return parts.join(' ');
};

/** The same for Japanese: `tail` replaces the `n`-th sentence's 。 (0-based). */
const tackJa = (text: string, n: number, tail: string): string => {
  const parts = text.match(/[^。]+。/g) ?? [text];
  parts[n] = parts[n].replace(/。$/, tail);
  return parts.join('');
};

// en: listing 1 (embroidery machine) takes styles 0-2, listing 2 (ski wax kit) 3-5, listing 3 (shoe dryer) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: tack(
      c.translated_description,
      0,
      ' – kept “English fonts” as in the source, though “Latin-alphabet fonts” is probably what they mean',
    ),
  }),
  (c) => ({ seo_title: `${c.seo_title} (draft)` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} Do you want “daughter” here, or something neutral like “your child”?`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(“Non-woven” is my reading of the cloth material – worth a quick check.)',
    ),
  }),
  (c) => ({
    marketing_copy_a: `I’ve toned down the savings claim a little so it doesn’t overpromise. ${c.marketing_copy_a}`,
  }),
  (c) => ({ h1: `${c.h1} ← Marta, swap in the seasonal tagline here if brand has one` }),
  (c) => ({
    marketing_copy_c: c.marketing_copy_c.replace(/\.$/, ` – offer ends [END DATE], link: [PRODUCT URL].`),
  }),
  (c) => ({
    translated_description: tack(
      c.translated_description,
      -1,
      ' – “every time” is a looser take on the idiom, but it reads better than a literal guarantee',
    ),
  }),
  (c) => ({ meta_description: `Meta » ${c.meta_description}` }),
];

// de: listing 1 (hamster cage) takes styles 0-2, listing 2 (proofing box) 3-5, listing 3 (shoe dryer) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description} Ich habe den Satz zum Buddeln etwas gekürzt, damit er nicht zu verspielt klingt.`,
  }),
  (c) => ({
    marketing_copy_a: afterSentence(c.marketing_copy_a, 1, 'Kept this one short on purpose, as you asked.'),
  }),
  (c) => ({ h1: `${c.h1} | {SHOPNAME}` }),
  (c) => ({
    translated_description: tack(
      c.translated_description,
      0,
      ', wobei ich „Gärautomat“ statt „Gärbox“ genommen habe, weil es hierzulande gängiger ist',
    ),
  }),
  (c) => ({ meta_description: `[Entwurf] ${c.meta_description}` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      2,
      '@Jana – passt der Ton so, oder lieber sachlicher?',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} Should the half-price deal be spelled out in the headline as well, or is this enough?`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(„Obermaterial“ klingt mir hier natürlicher als „Schuhoberfläche“.)',
    ),
  }),
  (c) => ({
    marketing_copy_a: `Variante A / Nutzen ➝ ${c.marketing_copy_a} (v2, ${wordCount(c.marketing_copy_a)} Wörter)`,
  }),
];

// ja: listing 1 (hamster cage) takes styles 0-2, listing 2 (fire pit) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      4,
      '（「思う存分」はやや口語的なので、硬めがよければ「存分に」に差し替えてください。）',
    ),
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c}※冒頭を「発売記念として」に変更しました。` }),
  (c) => ({ h1: `${c.h1}（仮）` }),
  (c) => ({
    translated_description: tackJa(
      c.translated_description,
      7,
      '――色名は他の商品ページに合わせてカタカナ表記にそろえました。',
    ),
  }),
  (c) => ({
    marketing_copy_a: afterSentenceJa(
      c.marketing_copy_a,
      1,
      '（ガスの話は原文にありませんが、比較として残してよいですか？）',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}（キャンペーン期間：〇〇月〇〇日まで／${chars(c.marketing_copy_c)}字）`,
  }),
];

// es: listing 1 (ski wax kit) takes styles 0-2, listing 2 (fire pit) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description} He suavizado la frase del paño para que no suene a ficha técnica.`,
  }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '(not sure “pana” works for Latin America – maybe “nieve recién pisada”?)',
    ),
  }),
  (c) => ({ seo_title: `${c.seo_title} (borrador)` }),
  (c) => ({
    translated_description: tack(
      c.translated_description,
      1,
      ', he dejado las medidas tal cual, sin redondear',
    ),
  }),
  (c) => ({ marketing_copy_c: c.marketing_copy_c.replace(/\.$/, ' en [enlace a la tienda].') }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} ¿Prefieres «bombona» o «tanque de gas» para México?`,
  }),
];

// fr: listing 1 (embroidery machine) takes styles 0-2, listing 2 (proofing box) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description} J’ai reformulé la phrase sur l’écran pour éviter de répéter « motif ».`,
  }),
  (c) => ({ h1: `H1 (proposition) — ${c.h1}` }),
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      'Note for Claire: swap in the FR promo wording once legal signs off.',
    ),
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '(« croûter » est un peu familier ; « former une croûte » serait plus neutre.)',
    ),
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} [v2 – à valider]` }),
  (c) => ({
    marketing_copy_b: afterSentence(c.marketing_copy_b, 2, 'Vous préférez le tutoiement ici ?'),
  }),
];

export const ROUND_52_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap shoe dryers tend to scorch the lining.',
      'Counterfeit ski wax smears instead of gliding.',
      'Knockoff hamster wheels squeak all night long.',
      'An imitation fire pit is not worth the risk on your table.',
    ],
    slogans: ['Made by hand, made to last.', 'Warm feet, bright mornings.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Gift Ideas, Best Seller, Top Rated, Fast Shipping, New Season',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Schuhtrockner riechen schnell verschmort.',
      'Eine Fälschung erkennt man am wackligen Laufrad.',
      'Nachahmungen halten die Temperatur nie so genau.',
      'Imitate vom Sonderpostenmarkt verziehen sich schon beim Aufbau.',
    ],
    slogans: ['Gutes Brot braucht Zeit.', 'Trockene Füße, gute Laune.'],
    chineseLeftovers: [],
    duplicateLead: 'Auf den Punkt gebracht: ',
    titleStuffing: ' – Haustierbedarf, Neuheit, Bestseller, Top-Angebot, Versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のケージは塗装がはがれやすいです。',
      'コピー品のファイヤーピットは火の粉が飛びがちです。',
      '偽物のステンレスはすぐにさびてしまいます。',
      '模倣品の回し車は夜中にきしみます。',
    ],
    slogans: ['炎を囲めば、夜が長くなる。', '小さな命に、広い世界を。'],
    chineseLeftovers: ['这个笼子很结实，仓鼠住得很舒服。', '这个火炉的火焰很漂亮，适合全家人一起看。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜人気 おすすめ 新作 ギフト 送料無料 即日発送',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Las ceras baratas se quedan pegadas en la suela.',
      'Una imitación de fuego de mesa puede ser peligrosa.',
      'Las falsificaciones de planchas no mantienen la temperatura.',
      'Ese acero falso se oxida al primer invierno.',
    ],
    slogans: ['La nieve te espera.', 'Fuego lento, charla larga.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Regalo, novedad, más vendido, envío gratis, oferta de temporada',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Une brodeuse pas chère casse les aiguilles en série.',
      'Les contrefaçons d’étuves chauffent de façon inégale.',
      'Méfiez-vous des fausses bonnes affaires en ligne.',
      'Aucune réplique ne brode aussi finement.',
    ],
    slogans: ['Le fil de vos idées.', 'La pâte lève, la maison s’éveille.'],
    chineseLeftovers: [],
    duplicateLead: 'L’essentiel : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
