// Blind set, round 14 (written without reading the gate, committed before it is scored): six products in categories
// no earlier set has (electric_grills, yoga_wheels, walkie_talkies, shoe_racks, portable_monitors, snorkel_masks),
// 12 hand-written listings, three artifact styles per listing and wording of its own;
// legitimate numbers: model GR-260, 三合一 = 3-in-1, 三种 = 3 plates, 1500 W (en 1,500 W), 80–230 °C (176–446 °F),
// 五档 = 5 settings, 双面 (double-sided, not a count), 38 × 26 cm (15 × 10.2 in), 4 to 6 people; 33 cm, 13 cm, 8 mm,
// 300 kg, 2万次 = 20,000 (es 20.000, ja 2万回), 一本 (idiomatic); Talko T8, 一对装 (a pair, idiomatic), 两台/两个 = 2,
// 22 channels, 5千米 = 5 km (not 5000), 1500 mAh (fr 1 500 with a no-break space), 3 hours, 十几个小时 = over 10 hours;
// 六层 = 6 tiers, 18 to 24 双 (pairs of shoes, not 2), 60 × 30 × 110 cm (23.6 × 11.8 × 43.3 in), 5 kg (11 lb),
// 十分钟 = 10 minutes (beside 110 cm); Vista P16, 十六寸 = 16 inch (40,6 cm), 2560 × 1600, 120 Hz, 400 nits, 两个 = 2
// ports, 一个/一根 (one, idiomatic), 8 mm, 720 g, 180 degrees; 第五代 = 5th generation, 180°, 52 to 62 cm
// (20.5 to 24.4 in), 两个尺码 = 2 sizes, 三种颜色 = 3 colours.
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording } from './blind-set';

const GRILL_ZH = 'Fumo GR-260 三合一多功能电烤盘';
const GRILL_SRC =
  'Fumo GR-260 三合一电烤盘配有平板烤盘、章鱼烧烤盘和深汤锅三种可替换烤盘。功率1500瓦，温度可在80至230℃之间分五档调节。烤盘双面不粘涂层，易于清洗。烤盘尺寸为38×26厘米，适合4至6人同时用餐。';
const YOGA_ZH = 'Lotus 瑜伽轮 开背拉伸轮';
const YOGA_SRC =
  'Lotus 瑜伽轮直径33厘米，宽13厘米，外层包裹8毫米厚的TPE软垫，内圈为加固ABS材质，最大承重300公斤。出厂前经过2万次滚压测试，不易变形。适合开背、拉伸和平衡训练，附赠一本动作指南。';
const WALKIE_ZH = 'Talko T8 对讲机 一对装';
const WALKIE_SRC =
  'Talko T8 对讲机一对装，包含两台机身和两个腰夹。支持22个频道，空旷地带通话距离可达5千米。每台内置1500毫安锂电池，充电约3小时，可连续使用十几个小时。带LED手电筒和VOX声控功能。';
const SHOE_ZH = 'Ordo 六层简易鞋架';
const SHOE_SRC =
  'Ordo 六层鞋架采用碳钢管和无纺布层板，可收纳18至24双鞋，适合玄关或衣帽间。整体尺寸为60×30×110厘米，每层承重5公斤。无需工具，十分钟左右即可组装完成。';
const MONITOR_ZH = 'Vista P16 十六寸便携显示器';
const MONITOR_SRC =
  'Vista P16 便携显示器采用十六寸IPS屏幕，分辨率2560×1600，刷新率120Hz，亮度400尼特。配备两个全功能Type-C接口和一个Mini HDMI接口，一根线即可连接笔记本、手机或游戏机。机身厚度仅8毫米，重量约720克，附带可180度翻折的磁吸保护套。';
const SNORKEL_ZH = 'Abysse 第五代全脸浮潜面罩';
const SNORKEL_SRC =
  'Abysse 第五代全脸浮潜面罩提供180度全景视野，采用干式呼吸管，顶部浮球阀在潜入水中时自动关闭，防止进水。面罩主体为食品级硅胶，适合头围52至62厘米的成人。有S/M和L/XL两个尺码，三种颜色可选。';

export const ROUND_14_LISTINGS: readonly BlindListing[] = [
  listing(
    'w01',
    'electric_grills',
    'en',
    GRILL_ZH,
    GRILL_SRC,
    {
      translated_description:
        'The Fumo GR-260 3-in-1 electric grill comes with 3 interchangeable plates: a flat griddle, a takoyaki plate and a deep hot-pot pan. It draws 1,500 W, and the temperature adjusts in 5 steps from 80 to 230 °C (176–446 °F). Each plate has a double-sided non-stick coating that wipes clean easily. The cooking surface measures 38 × 26 cm (15 × 10.2 in), enough to feed 4 to 6 people at once.',
      seo_title: 'Fumo GR-260 3-in-1 Electric Grill, 1,500 W',
      meta_description:
        'Fumo GR-260 3-in-1 electric grill with griddle, takoyaki plate and hot-pot pan, 5 heat settings from 80 to 230 °C and room for 4 to 6 people at the table.',
      h1: 'Fumo GR-260 Tabletop Grill & Hot Pot',
      marketing_copy_a:
        'Three cooking styles, one appliance, one plug – and far less clutter in the cupboard. Order the Fumo GR-260 today.',
      marketing_copy_b:
        'Friends crowd around the table, the broth bubbles and nobody wants the evening to end. Discover Fumo.',
      marketing_copy_c:
        'Launch offer: a free set of wooden skewers with every grill this month. Shop now while stocks last.',
    },
    { field: 'seo_title', find: '1,500 W', replace: '1,800 W', labels: ['number_invented'] },
    'The cooking surface measures 38 × 26 cm (15 × 10.2 in), enough to feed 4 to 6 people at once.',
  ),
  listing(
    'w01',
    'electric_grills',
    'de',
    GRILL_ZH,
    GRILL_SRC,
    {
      translated_description:
        'Der Fumo GR-260 ist ein 3-in-1-Elektrogrill mit 3 austauschbaren Platten: Grillplatte, Takoyaki-Platte und tiefer Hot-Pot-Topf. Er leistet 1500 W, die Temperatur lässt sich in 5 Stufen von 80 bis 230 °C regeln. Die Platten sind beidseitig antihaftbeschichtet und leicht zu reinigen. Die Grillfläche misst 38 × 26 cm und reicht für 4 bis 6 Personen.',
      seo_title: 'Fumo GR-260 3-in-1 Elektrogrill mit Hot-Pot, 1500 W',
      meta_description:
        'Elektrogrill Fumo GR-260 mit Grillplatte, Takoyaki-Platte und Hot-Pot-Topf, 1500 W, 5 Temperaturstufen von 80 bis 230 °C – Platz für 4 bis 6 Personen.',
      h1: 'Fumo GR-260 Tischgrill für gesellige Abende',
      marketing_copy_a:
        'Grillen, Takoyaki und Hot Pot mit einem Gerät statt drei – das spart Geld und Schrankplatz. Jetzt bestellen.',
      marketing_copy_b:
        'Alle rücken zusammen, es brutzelt und duftet, und niemand schaut auf die Uhr. Entdecken Sie Fumo.',
      marketing_copy_c: 'Nur diesen Monat: Holzspieße gratis zu jedem Grill. Sichern Sie sich Ihren Fumo.',
    },
    {
      field: 'translated_description',
      find: 'Er leistet 1500 W',
      replace: 'Er leistet 2000 W',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Grillfläche misst 38 × 26 cm und reicht für 4 bis 6 Personen.',
  ),
  listing(
    'w02',
    'yoga_wheels',
    'ja',
    YOGA_ZH,
    YOGA_SRC,
    {
      translated_description:
        'Lotusのヨガホイールは直径33cm、幅13cmです。外側は厚さ8mmのTPEクッションで覆われ、内側には強化ABS素材を使用し、最大300kgの荷重に耐えます。出荷前に2万回の転がし試験を行っているため、変形しにくい設計です。背中を開くポーズやストレッチ、バランストレーニングに最適で、ポーズガイドも付いています。',
      seo_title: 'Lotus ヨガホイール 直径33cm 耐荷重300kg',
      meta_description:
        '直径33cm・幅13cm、厚さ8mmのTPEクッション付きヨガホイール。最大300kgまで支え、2万回の耐久試験済み。背中のストレッチや姿勢づくりに。',
      h1: 'Lotus 背中ほぐしヨガホイール',
      marketing_copy_a: 'ストレッチ用品をいくつも揃えるより、これひとつで十分です。今すぐ購入。',
      marketing_copy_b: '固まった背中がふっと伸びて、呼吸まで深くなる感覚を。ぜひお試しください。',
      marketing_copy_c: '今ならポーズガイド付きで送料無料。ご注文はお早めに。',
    },
    { field: 'meta_description', find: '2万回', replace: '3万回', labels: ['number_invented'] },
    '出荷前に2万回の転がし試験を行っているため、変形しにくい設計です。',
  ),
  listing(
    'w02',
    'yoga_wheels',
    'es',
    YOGA_ZH,
    YOGA_SRC,
    {
      translated_description:
        'La rueda de yoga Lotus tiene 33 cm de diámetro y 13 cm de ancho. Está recubierta por un acolchado de TPE de 8 mm y su aro interior de ABS reforzado soporta hasta 300 kg. Antes de salir de fábrica supera 20.000 ciclos de rodadura, así que no se deforma. Es ideal para abrir la espalda, estirar y trabajar el equilibrio, e incluye una guía de posturas.',
      seo_title: 'Rueda de yoga Lotus 33 cm, soporta 300 kg',
      meta_description:
        'Rueda de yoga Lotus de 33 cm con acolchado de TPE de 8 mm, soporta hasta 300 kg y supera 20.000 ciclos de prueba. Perfecta para estirar la espalda en casa.',
      h1: 'Lotus, la rueda que libera tu espalda',
      marketing_copy_a: 'Más flexibilidad por menos de lo que cuesta una clase particular. Cómprala hoy.',
      marketing_copy_b:
        'Sientes cómo la espalda se abre y el aire vuelve a llenar tus pulmones. Descubre Lotus.',
      marketing_copy_c: 'Guía de posturas de regalo y envío gratis esta semana: aprovecha ahora.',
    },
    {
      field: 'translated_description',
      find: 'soporta hasta 300 kg',
      replace: 'soporta hasta 350 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Antes de salir de fábrica supera 20.000 ciclos de rodadura, así que no se deforma.',
  ),
  listing(
    'w03',
    'walkie_talkies',
    'de',
    WALKIE_ZH,
    WALKIE_SRC,
    {
      translated_description:
        'Das Funkgeräte-Set Talko T8 besteht aus einem Paar: 2 Geräte und 2 Gürtelclips. Die Walkie-Talkies bieten 22 Kanäle und erreichen im freien Gelände bis zu 5 km Reichweite. Jedes Gerät hat einen 1500-mAh-Lithium-Akku, der in etwa 3 Stunden geladen ist und über 10 Stunden durchhält. Eine LED-Taschenlampe und die Sprachsteuerung VOX sind eingebaut.',
      seo_title: 'Talko T8 Walkie-Talkie Set, 22 Kanäle, 5 km',
      meta_description:
        'Walkie-Talkie-Paar Talko T8 mit 22 Kanälen, bis zu 5 km Reichweite, 1500-mAh-Akku pro Gerät, LED-Lampe und VOX – ideal für Wandern, Camping und Skifahren.',
      h1: 'Talko T8 Funkgeräte im Doppelpack',
      marketing_copy_a:
        'Funkgeräte ohne Vertrag, ohne Grundgebühr und ohne Funkloch in den Bergen. Jetzt kaufen.',
      marketing_copy_b:
        'Auch wenn sich die Gruppe am Hang verteilt, bleibt jeder in Rufweite. Entdecken Sie Talko.',
      marketing_copy_c: 'Diese Woche mit Gratis-Tragetasche im Paket. Jetzt im Set bestellen.',
    },
    { field: 'meta_description', find: '22 Kanälen', replace: '32 Kanälen', labels: ['number_invented'] },
    'Jedes Gerät hat einen 1500-mAh-Lithium-Akku, der in etwa 3 Stunden geladen ist und über 10 Stunden durchhält.',
  ),
  listing(
    'w03',
    'walkie_talkies',
    'fr',
    WALKIE_ZH,
    WALKIE_SRC,
    {
      translated_description:
        'Le lot Talko T8 comprend une paire de talkies-walkies, soit 2 appareils, et 2 clips de ceinture. Ils offrent 22 canaux et une portée allant jusqu’à 5 km en terrain dégagé. Chaque appareil embarque une batterie lithium de 1\u00a0500 mAh qui se recharge en 3 heures environ et tient plus de 10 heures. Une lampe LED et la fonction VOX à commande vocale sont intégrées.',
      seo_title: 'Talkie-walkie Talko T8, lot de 2, 22 canaux',
      meta_description:
        'Paire de talkies-walkies Talko T8 : 22 canaux, jusqu’à 5 km de portée, batterie de 1\u00a0500 mAh, lampe LED et VOX. Idéale en randonnée, au camping ou au ski.',
      h1: 'Talko T8, restez en contact partout',
      marketing_copy_a:
        'Des radios sans abonnement ni forfait, qui captent même là où le portable ne passe plus. Commandez le lot Talko.',
      marketing_copy_b:
        'Même dispersée sur la piste, toute la famille reste à portée de voix. Découvrez Talko.',
      marketing_copy_c: 'Housse de transport offerte cette semaine : profitez-en dès maintenant.',
    },
    {
      field: 'translated_description',
      find: '22 canaux',
      replace: '24 canaux',
      labels: ['number_dropped', 'number_invented'],
    },
    'Chaque appareil embarque une batterie lithium de 1\u00a0500 mAh qui se recharge en 3 heures environ et tient plus de 10 heures.',
  ),
  listing(
    'w04',
    'shoe_racks',
    'en',
    SHOE_ZH,
    SHOE_SRC,
    {
      translated_description:
        'The Ordo 6-tier shoe rack combines carbon-steel tubes with non-woven fabric shelves and holds 18 to 24 pairs of shoes, ideal for a hallway or walk-in closet. It measures 60 × 30 × 110 cm (23.6 × 11.8 × 43.3 in), and each tier carries up to 5 kg (11 lb). No tools are needed: assembly takes about 10 minutes.',
      seo_title: 'Ordo 6-Tier Shoe Rack for 18–24 Pairs of Shoes',
      meta_description:
        'Ordo 6-tier shoe rack in carbon steel and fabric, 60 × 30 × 110 cm, storing 18 to 24 pairs with 5 kg per tier. Tool-free assembly in about 10 minutes.',
      h1: 'Ordo Six-Tier Hallway Shoe Organiser',
      marketing_copy_a:
        'Two dozen pairs off the floor in a footprint smaller than a doormat. Get the Ordo rack today.',
      marketing_copy_b:
        'Come home to a tidy hallway and find your favourite trainers in seconds. Discover Ordo.',
      marketing_copy_c: 'Free shoehorn with every rack this week – add it to your cart now.',
    },
    {
      field: 'translated_description',
      replace: 'Every rack is load-tested for 50,000 cycles before it ships.',
      labels: ['number_invented'],
    },
    'No tools are needed: assembly takes about 10 minutes.',
  ),
  listing(
    'w04',
    'shoe_racks',
    'ja',
    SHOE_ZH,
    SHOE_SRC,
    {
      translated_description:
        'Ordoの6段シューズラックは、炭素鋼パイプと不織布の棚板でできており、18〜24足の靴を収納できます。玄関やウォークインクローゼットにぴったりです。サイズは60×30×110cmで、各段の耐荷重は5kgです。工具は不要で、10分ほどで組み立てられます。',
      seo_title: 'Ordo シューズラック 6段 18〜24足収納',
      meta_description:
        '炭素鋼フレームと不織布棚の6段シューズラック。18〜24足を収納でき、サイズは60×30×110cm、各段5kgまで。工具不要、約10分で組み立てられます。',
      h1: 'Ordo 玄関すっきりシューズラック',
      marketing_copy_a: '床に散らばった靴が、省スペースのラックにきれいに収まります。今すぐ購入。',
      marketing_copy_b: '帰宅して整った玄関を見ると、なんだかほっとします。ぜひチェックしてみてください。',
      marketing_copy_c: '今週はシューホーンをおまけでお付けします。カートへどうぞ。',
    },
    { field: 'seo_title', find: '6段', replace: '7段', labels: ['number_invented'] },
    '工具は不要で、10分ほどで組み立てられます。',
  ),
  listing(
    'w05',
    'portable_monitors',
    'es',
    MONITOR_ZH,
    MONITOR_SRC,
    {
      translated_description:
        'El monitor portátil Vista P16 tiene una pantalla IPS de 16 pulgadas (40,6 cm) con resolución de 2560 × 1600, frecuencia de 120 Hz y 400 nits de brillo. Incluye 2 puertos USB Type-C completos y un puerto Mini HDMI, así que basta un solo cable para conectar el portátil, el móvil o la consola. Mide solo 8 mm de grosor, pesa unos 720 g y trae una funda magnética que se pliega 180 grados.',
      seo_title: 'Monitor portátil Vista P16, 16 pulgadas, 120 Hz',
      meta_description:
        'Monitor portátil Vista P16 de 16 pulgadas, IPS 2560 × 1600 a 120 Hz y 400 nits, solo 8 mm y 720 g. Conecta portátil, móvil o consola con un solo cable.',
      h1: 'Vista P16, tu segunda pantalla en la mochila',
      marketing_copy_a: 'Duplica tu espacio de trabajo sin cargar con un monitor de escritorio. Pídelo hoy.',
      marketing_copy_b:
        'Abres la funda, conectas el cable y de repente el tren se convierte en tu oficina. Descubre Vista.',
      marketing_copy_c: 'Funda magnética incluida y envío gratis esta semana: consíguelo ahora.',
    },
    {
      field: 'translated_description',
      find: '16 pulgadas (40,6 cm)',
      replace: '15,6 pulgadas (39,6 cm)',
      labels: ['number_invented'],
    },
    'Mide solo 8 mm de grosor, pesa unos 720 g y trae una funda magnética que se pliega 180 grados.',
  ),
  listing(
    'w05',
    'portable_monitors',
    'de',
    MONITOR_ZH,
    MONITOR_SRC,
    {
      translated_description:
        'Der tragbare Monitor Vista P16 hat ein IPS-Display mit 16 Zoll (40,6 cm) Diagonale, 2560 × 1600 Pixeln, 120 Hz Bildwiederholrate und 400 Nits Helligkeit. Er bietet 2 vollwertige USB-C-Anschlüsse und einen Mini-HDMI-Anschluss, sodass ein einziges Kabel für Laptop, Smartphone oder Spielkonsole genügt. Das Gehäuse ist nur 8 mm dünn und wiegt rund 720 g; die magnetische Schutzhülle lässt sich um 180 Grad umklappen.',
      seo_title: 'Vista P16 tragbarer Monitor, 16 Zoll, 120 Hz',
      meta_description:
        'Tragbarer Monitor Vista P16 mit 16-Zoll-IPS-Display, 2560 × 1600 Pixeln, 120 Hz und 400 Nits – nur 8 mm dünn und 720 g leicht, ideal für unterwegs.',
      h1: 'Vista P16 – der zweite Bildschirm für unterwegs',
      marketing_copy_a:
        'Doppelte Arbeitsfläche für Ihren Laptop, ohne einen schweren Desktop-Monitor zu schleppen. Jetzt kaufen.',
      marketing_copy_b:
        'Schutzhülle aufklappen, Kabel einstecken, und plötzlich wird das Hotelzimmer zum Büro. Entdecken Sie Vista.',
      marketing_copy_c: 'Nur diese Woche versandkostenfrei mit Schutzhülle. Jetzt bestellen.',
    },
    {
      field: 'translated_description',
      replace: 'Die Reaktionszeit liegt bei 4 ms.',
      labels: ['number_invented'],
    },
    'Das Gehäuse ist nur 8 mm dünn und wiegt rund 720 g; die magnetische Schutzhülle lässt sich um 180 Grad umklappen.',
  ),
  listing(
    'w06',
    'snorkel_masks',
    'fr',
    SNORKEL_ZH,
    SNORKEL_SRC,
    {
      translated_description:
        'Le masque de snorkeling intégral Abysse de 5e génération offre un champ de vision panoramique de 180°. Son tuba sec est équipé d’une valve à flotteur qui se ferme automatiquement sous l’eau pour empêcher les entrées d’eau. La jupe en silicone de qualité alimentaire convient aux adultes dont le tour de tête mesure entre 52 et 62 cm. Il existe en 2 tailles, S/M et L/XL, et en 3 coloris.',
      seo_title: 'Masque de snorkeling intégral Abysse, vision 180°',
      meta_description:
        'Masque de snorkeling intégral Abysse de 5e génération : vision panoramique à 180°, tuba sec anti-infiltration, silicone alimentaire, 2 tailles et 3 coloris.',
      h1: 'Abysse, le récif en grand angle',
      marketing_copy_a:
        'Plus besoin de mordre un embout ni de jongler avec un tuba séparé : tout tient dans le masque. Achetez Abysse.',
      marketing_copy_b:
        'Les poissons défilent sous vos yeux et vous respirez aussi calmement que sur la plage. Découvrez Abysse.',
      marketing_copy_c: 'Sac de transport offert pour tout achat cette semaine : commandez vite.',
    },
    { field: 'seo_title', find: '180°', replace: '270°', labels: ['number_invented'] },
    'La jupe en silicone de qualité alimentaire convient aux adultes dont le tour de tête mesure entre 52 et 62 cm.',
  ),
  listing(
    'w06',
    'snorkel_masks',
    'en',
    SNORKEL_ZH,
    SNORKEL_SRC,
    {
      translated_description:
        'The Abysse 5th-generation full-face snorkel mask gives you a 180° panoramic view. Its dry snorkel has a float valve at the top that closes automatically when you dive under, keeping water out. The food-grade silicone skirt fits adults with a head circumference of 52 to 62 cm (20.5 to 24.4 in). It comes in 2 sizes, S/M and L/XL, and 3 colours.',
      seo_title: 'Abysse Full-Face Snorkel Mask, 180° View, 5th Gen',
      meta_description:
        'Abysse 5th-generation full-face snorkel mask with a 180° panoramic view, dry-top snorkel and food-grade silicone skirt. 2 sizes and 3 colours for adults.',
      h1: 'Abysse Full-Face Snorkel Mask',
      marketing_copy_a:
        'No mouthpiece to bite and no separate tube to juggle, just easy breathing through the whole swim. Buy the Abysse mask today.',
      marketing_copy_b:
        'Turtles glide beneath you while you breathe as calmly as you would on the beach. Discover Abysse.',
      marketing_copy_c: 'Free mesh carry bag with every mask this week – shop the summer sale.',
    },
    {
      field: 'translated_description',
      find: '52 to 62 cm',
      replace: '52 to 64 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'It comes in 2 sizes, S/M and L/XL, and 3 colours.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const bullets = (text: string): string =>
  text
    .split(/(?<=[.;])\s+/)
    .map((line) => `• ${line}`)
    .join('\n');

export const ROUND_14_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `Rewritten from the supplier's Chinese copy for an English-speaking storefront, all specs kept as given:\n\n${c.translated_description}`,
      }),
      (c) => ({
        meta_description: `${c.meta_description}\n\nAlternatively, a punchier option: "${c.h1}, built for everyday use."`,
      }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nShout if you'd like this one dialled up or toned down to match your brand voice.`,
      }),
      (c) => ({ h1: `${c.h1} (v2, final)` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Heads-up: the load and size figures come straight from the supplier text and haven't been independently verified.)`,
      }),
      (c) => ({ marketing_copy_c: `marketing_copy_c: ${c.marketing_copy_c}` }),
      (c) => ({
        translated_description: `| Field | Content |\n|---|---|\n| Description | ${c.translated_description} |`,
      }),
      (c) => ({ seo_title: `<title>${c.seo_title}</title>` }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}\n\nWhat changed: shorter opening, benefit first, call to action moved to the end.`,
      }),
    ],
    forbidden: [
      'No flimsy knockoffs here.',
      'Cheaper grills warp after a few uses.',
      'Beware of imitations sold under similar names.',
      'Every unit is genuine, never a replica.',
    ],
    slogans: ['A place for every pair.', 'Clear water, clear view.'],
    chineseLeftovers: [],
    duplicateLead: 'Simply put: ',
    titleStuffing: ' | Family BBQ, Party Essential, Gift Idea, Top Seller',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `Te paso la descripción ya adaptada al español de España, con todas las medidas del original:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `seo_title = "${c.seo_title}"` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nOtra opción, más corta: «Tu espalda te lo agradecerá. Descúbrela hoy.»`,
      }),
      (c) => ({ meta_description: `${c.meta_description} [NOTE: shortened to respect the character limit]` }),
      (c) => ({ translated_description: `## Descripción\n${c.translated_description}` }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a} (Consejo para tu tienda: coloca este texto junto a la foto del producto abierto.)`,
      }),
    ],
    forbidden: [
      'Olvídate de las imitaciones de baja calidad.',
      'No es ninguna réplica.',
      'Las ruedas baratas se agrietan a las pocas semanas.',
      'Desconfía de los productos falsos que circulan por internet.',
    ],
    slogans: ['Tu espalda, más libre.', 'Más pantalla, menos peso.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Oferta, ideal para regalar, envío gratis, top ventas',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `${c.translated_description}\n\nN.B. : j’ai laissé de côté la mention « meilleure vente » du texte d’origine, impossible à vérifier.`,
      }),
      (c) => ({ h1: `H1 retenu → ${c.h1}` }),
      (c) => ({ marketing_copy_c: `{% trans %}${c.marketing_copy_c}{% endtrans %}` }),
      (c) => ({
        meta_description: `Proposition de méta-description (ton informatif) : ${c.meta_description}`,
      }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nLet me know if you'd rather address readers with "tu".`,
      }),
      (c) => ({
        translated_description: `« ${c.translated_description} »\n\nJ’ai gardé un ton sobre et factuel, plus adapté à une fiche produit qu’à une publicité.`,
      }),
    ],
    forbidden: [
      'Méfiez-vous des contrefaçons vendues en ligne.',
      'Ce masque n’est pas une pâle imitation.',
      'Aucune fausse promesse sur la portée.',
      'Oubliez les répliques bas de gamme qui grésillent.',
    ],
    slogans: ['Le récif, grand ouvert.', 'La voix qui porte loin.'],
    chineseLeftovers: [],
    duplicateLead: 'Bref : ',
    titleStuffing: ' | Meilleure vente, idée cadeau, livraison offerte, promo',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Nachfolgend der chinesische Produkttext in einer deutschen Fassung, die technischen Daten sind unverändert:\n\n${c.translated_description}`,
      }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}\n\nTipp für Ihren Shop: Platzieren Sie diesen Text direkt unter dem ersten Produktbild.`,
      }),
      (c) => ({ meta_description: `meta_description: "${c.meta_description}"` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nAnmerkung zur Lokalisierung: Für den deutschen Markt habe ich durchgehend die Sie-Form gewählt.`,
      }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}\n\nBeste Grüße\nIhr Textassistent` }),
      (c) => ({ translated_description: `**Produktbeschreibung**\n${bullets(c.translated_description)}` }),
      (c) => ({ marketing_copy_b: `Emotional copy (German):\n${c.marketing_copy_b}` }),
      (c) => ({
        translated_description: `„${c.translated_description}“\n\nDie Sätze sind bewusst kurz gehalten, damit sie auch auf dem Smartphone gut lesbar sind.`,
      }),
      (c) => ({ h1: `${c.h1} · Entwurf vom 14.03., 09:41 Uhr` }),
    ],
    forbidden: [
      'Keine billigen Kopien vom Wühltisch.',
      'Billige Tischgrills verziehen sich schon nach wenigen Abenden.',
      'Vorsicht vor Fälschungen auf Marktplätzen.',
      'Wer ein Imitat kauft, kauft zweimal.',
    ],
    slogans: ['Geselligkeit, die brutzelt.', 'Verbunden, wo kein Netz mehr reicht.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurzum: ',
    titleStuffing: ' | Familiengrill, Partyzubehör, Geschenkidee, Bestseller',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `中国語の商品説明を、日本のお客様向けに自然な言い回しへ整えました。\n\n${c.translated_description}`,
      }),
      (c) => ({ meta_description: `【メタディスクリプション】${c.meta_description}` }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}（※日本の通販ページに合わせ、価格を強調しすぎない表現にしています）`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Note: brand name kept in Latin letters as in the source.)`,
      }),
      (c) => ({ h1: `「${c.h1}」\n→ 玄関収納を探している人に響くよう、「すっきり」を入れました。` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nほかのトーンの案が必要でしたら、お気軽にお申し付けください。`,
      }),
    ],
    forbidden: [
      'コピー品とは仕上がりが違います。',
      '模倣品の販売にご注意ください。',
      '激安品のようにすぐ潰れることはありません。',
      '偽物と見分けるには刻印をご確認ください。',
    ],
    slogans: ['玄関に、ゆとりを。', '背中に、しなやかさを。'],
    chineseLeftovers: ['这个瑜伽轮质量很好，请放心购买。', '这款鞋架组装简单，节省玄关空间。'],
    duplicateLead: 'ずばり、',
    titleStuffing: '｜送料無料 ギフト対応 人気ランキング上位 おすすめ',
  },
};
