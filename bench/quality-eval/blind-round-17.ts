// Blind set, round 17 (written without reading the gate, committed before it is scored): six products in categories
// rice_storage_bins, ukuleles, smart_scales, camping_stoves, phone_gimbals and children_raincoats, 12 hand-written
// listings, three artifact styles per listing and wording of its own;
// legitimate numbers: model RB-20 and 20 kg (44 lb), 150 g, 两人份/两包 → two, 上千次 → over a thousand / 1000回,
// 38 × 24 × 46 cm with inches, 四个万向轮 → four casters (万向 is a word, not 10,000), 双层 (double, not a spec);
// 21寸 → 21-inch / 21 Zoll / 21 pulgadas (a size name), 15 frets, 四合一 → 4-in-1, 两个拨片 → two picks, ab 8 Jahren,
// 两年 → two years, 一套 (idiomatic); Fitlu S3, 第三代 → 3rd generation, 8项身体数据 → 8 metrics, 5–180 kg (11 to 397 lb),
// 50 g, 10 profiles, 6 mm, 28 × 28 cm, 4 AAA batteries; 3000 W, 5档 → 5 levels, 4级风 → wind force 4, 250 g,
// 90 minutes, 2万次 → 20,000 / 2万回, 1.3 kg; Steadi X5, 三轴 → 3-axis, 2000 mAh, 12 hours, 55–88 mm, 280 g, 360°,
// 3档 → 3 follow modes, 330 g (11.6 oz), 三脚架 (a word, tripod); 3至8岁 → 3 to 8, 三个尺码 → three sizes,
// 百分之百 → 100 %, 5000 mm (5 000 with a narrow no-break space in fr).
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type Content, type DefectWording } from './blind-set';

const RICE_ZH = 'Kura RB-20 防潮防虫计量米桶';
const RICE_SRC =
  'Kura RB-20 计量米桶可储存20公斤大米，采用食品级PP材质，搭配双层硅胶密封圈，防潮防虫。按一下出米键即可出米150克，约为两人份。顶部配有可放两包干燥剂的小格。出米按键经上千次按压测试依然顺畅。桶身尺寸为38×24×46厘米，底部带四个万向轮。';
const UKULELE_ZH = 'Nalu 21寸 桃花心木女高音尤克里里';
const UKULELE_SRC =
  'Nalu 21寸女高音尤克里里，面板为桃花心木单板，配日本进口碳素弦，共15个品格，音色温暖明亮。琴头采用镀铬封闭式弦钮，音准稳定。套装四合一：加厚琴包、夹式调音器、一套备用弦和两个拨片。适合8岁以上初学者和成人使用。提供两年保修。';
const SCALE_ZH = 'Fitlu S3 第三代智能体脂秤';
const SCALE_SRC =
  'Fitlu S3 第三代智能体脂秤可测量8项身体数据，包括体重、体脂率、肌肉量、水分和BMI等。称重范围5至180公斤，最小显示单位50克。通过蓝牙连接手机APP，最多可为10位家庭成员建立档案。采用6毫米钢化玻璃秤面，尺寸28×28厘米。使用4节AAA电池（不含）。';
const STOVE_ZH = 'Yanhuo 户外便携卡式炉 3000W';
const STOVE_SRC =
  'Yanhuo 户外卡式炉最大功率3000W，火力5档可调。内置防风罩，在4级风下也能稳定燃烧。适配标准250克丁烷气罐，满火力约可燃烧90分钟。压电点火器可点火2万次。炉身重1.3公斤，附赠硬质收纳箱。带气罐自动脱离安全装置。';
const GIMBAL_ZH = 'Steadi X5 三轴手机稳定器';
const GIMBAL_SRC =
  'Steadi X5 三轴手机稳定器内置2000mAh电池，续航约12小时，支持边充边用。手机夹适配宽度55至88毫米的手机，最大承重280克。支持人脸追踪、手势控制和360度无限旋转，提供3档跟随模式。机身可折叠，重量仅330克。三脚架需另购。';
const RAINCOAT_ZH = 'Pipi 儿童反光雨衣 书包款';
const RAINCOAT_SRC =
  'Pipi 儿童雨衣适合3至8岁儿童，分S、M、L三个尺码。面料为百分之百再生聚酯纤维，防水指数5000毫米。前后均有反光条，雨天出行更安全。背部加宽设计，可直接罩住书包。袖口为魔术贴，可调节松紧。颜色：明黄色、天蓝色。';

export const ROUND_17_LISTINGS: readonly BlindListing[] = [
  listing(
    'v01',
    'rice_storage_bins',
    'en',
    RICE_ZH,
    RICE_SRC,
    {
      translated_description:
        'The Kura RB-20 measuring rice bin stores up to 20 kg (44 lb) of rice. It is made from food-grade PP with a double-layer silicone seal that keeps out moisture and insects. Each press of the button dispenses 150 g, about two servings. A small compartment in the lid holds two desiccant packs. The dispenser button has been tested over a thousand presses and still runs smoothly. The bin measures 38 × 24 × 46 cm (15 × 9.4 × 18.1 in) and rolls on four swivel casters. Tip: wipe the seal dry before you top up the rice.',
      seo_title: 'Kura RB-20 Rice Storage Bin with Dispenser, 20 kg',
      meta_description:
        'Kura RB-20 rice bin for 20 kg of rice: a double seal against moisture and bugs, 150 g per press, four swivel casters and a lid slot for desiccant packs.',
      h1: 'Kura RB-20 Measuring Rice Bin',
      marketing_copy_a:
        'Buy rice in bulk and keep every grain fresh to the last scoop. Worried about pantry moths? Not any more. Shop the Kura RB-20 today.',
      marketing_copy_b:
        '"No more weevils, and my kitchen finally looks tidy." – Mei L., Manchester. Bring that calm home: add Kura to your cart.',
      marketing_copy_c: 'Free gift box on housewarming orders this week.\n→ Order yours now.',
    },
    { field: 'seo_title', find: '20 kg', replace: '25 kg', labels: ['number_invented'] },
    'Each press of the button dispenses 150 g, about two servings.',
  ),
  listing(
    'v01',
    'rice_storage_bins',
    'ja',
    RICE_ZH,
    RICE_SRC,
    {
      translated_description:
        '【防湿・防虫】Kura RB-20 計量米びつは、20kgのお米をまとめて保存できます。食品グレードのPP素材に二重のシリコンパッキンを組み合わせ、湿気や虫の侵入を防ぎます。ボタンをひと押しするだけで150g（約2人分）のお米が出てきます。フタには乾燥剤を2個入れられる小さなポケット付き。出米ボタンは1000回以上の押し込みテストをクリアし、今もスムーズに動きます。本体サイズは38×24×46cmで、底には4つのキャスターが付いています。ポイント：お米を足す前に、パッキンの水気を拭き取っておきましょう。',
      seo_title: 'Kura 計量米びつ 20kg 防湿・防虫 キャスター付き',
      meta_description:
        '20kgのお米を湿気と虫から守る計量米びつ。ひと押しで150g出てくる出米ボタン、乾燥剤ポケット、4つのキャスター付きで毎日のお米の出し入れが楽になります。',
      h1: 'お米をいつも新鮮に Kura 計量米びつ',
      marketing_copy_a: 'まとめ買いしたお米も、最後のひと粒までおいしく。今すぐ購入。',
      marketing_copy_b: '虫やカビの心配から解放された、すっきりキッチンへ。ぜひチェックしてみてください。',
      marketing_copy_c: '今なら新築祝い用のギフトボックスを無料でおつけします。\n▶ ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '150g（約2人分）',
      replace: '180g（約2人分）',
      labels: ['number_dropped', 'number_invented'],
    },
    '本体サイズは38×24×46cmで、底には4つのキャスターが付いています。',
  ),
  listing(
    'v02',
    'ukuleles',
    'de',
    UKULELE_ZH,
    UKULELE_SRC,
    {
      translated_description:
        'Die Nalu Sopranukulele in 21 Zoll hat eine Decke aus massivem Mahagoni und japanische Carbonsaiten. Mit ihren 15 Bünden klingt sie warm und hell. Geschlossene, verchromte Mechaniken halten die Stimmung stabil. Das 4-in-1-Set enthält eine gepolsterte Tasche, ein Clip-Stimmgerät, einen Satz Ersatzsaiten und zwei Plektren. Geeignet für Einsteiger ab 8 Jahren und für Erwachsene. Sie erhalten zwei Jahre Garantie. Größenhinweis: Die Sopran-Ukulele ist die kleinste gängige Bauform und liegt auch in Kinderhänden gut.',
      seo_title: 'Nalu Sopranukulele 21 Zoll, Mahagoni, 4-in-1-Set',
      meta_description:
        'Nalu Sopranukulele in 21 Zoll mit Decke aus massivem Mahagoni, 15 Bünden und Carbonsaiten. Mit Tasche, Stimmgerät, Ersatzsaiten und Plektren im Set.',
      h1: 'Nalu Ukulele für Einsteiger',
      marketing_copy_a:
        'Massives Mahagoni und komplettes Zubehör – alles für den Start in einem Paket. Jetzt bestellen.',
      marketing_copy_b:
        'Wie klingt wohl Ihr erstes Lagerfeuerlied? Viel Spaß beim Musizieren! Entdecken Sie Nalu.',
      marketing_copy_c:
        'Auf Wunsch kommt die Ukulele ohne Aufpreis in der Geschenkbox.\n🎵 Jetzt in den Warenkorb legen.',
    },
    {
      field: 'translated_description',
      replace: 'Die Carbonsaiten halten bei täglichem Spiel rund 6 Monate.',
      labels: ['number_invented'],
    },
    'Geeignet für Einsteiger ab 8 Jahren und für Erwachsene.',
  ),
  listing(
    'v02',
    'ukuleles',
    'es',
    UKULELE_ZH,
    UKULELE_SRC,
    {
      translated_description:
        'El ukelele soprano Nalu de 21 pulgadas tiene tapa de caoba maciza y cuerdas de carbono japonesas. Sus 15 trastes dan un sonido cálido y brillante. Los clavijeros cromados y cerrados mantienen la afinación estable. El set 4 en 1 incluye funda acolchada, afinador de pinza, un juego de cuerdas de repuesto y dos púas. Apto para principiantes a partir de 8 años y para adultos. Incluye dos años de garantía. Consejo: afina las cuerdas nuevas a diario durante los primeros días, hasta que se asienten.',
      seo_title: 'Ukelele soprano Nalu de 21 pulgadas en caoba',
      meta_description:
        'Ukelele soprano Nalu de 21 pulgadas con tapa de caoba maciza, 15 trastes y cuerdas de carbono. Set con funda, afinador, cuerdas de repuesto y dos púas.',
      h1: 'Nalu, tu primer ukelele',
      marketing_copy_a:
        'Todo lo necesario para empezar, en una sola caja y con garantía incluida. Cómpralo ya.',
      marketing_copy_b:
        '¿Te imaginas tocando tu canción favorita este verano? Cada acorde cuenta. Descubre Nalu.',
      marketing_copy_c: 'Caja de regalo gratis en los pedidos de esta semana. 👉 Añádelo al carrito.',
    },
    { field: 'meta_description', find: '15 trastes', replace: '18 trastes', labels: ['number_invented'] },
    'Apto para principiantes a partir de 8 años y para adultos.',
  ),
  listing(
    'v03',
    'smart_scales',
    'en',
    SCALE_ZH,
    SCALE_SRC,
    {
      translated_description:
        'The third-generation Fitlu S3 smart scale tracks 8 body metrics, including weight, body fat, muscle mass, body water and BMI. It weighs from 5 to 180 kg (11 to 397 lb) and reads in 50 g steps. All 8 readings sync to the app over Bluetooth, with separate profiles for up to 10 family members. The 6 mm tempered-glass platform measures 28 × 28 cm. Note: the scale runs on 4 AAA batteries (not included).',
      seo_title: 'Fitlu S3 Smart Body Fat Scale, 8 Body Metrics',
      meta_description:
        'Fitlu S3 smart scale with 8 body metrics from 5 to 180 kg, Bluetooth app sync and profiles for up to 10 family members on a tempered-glass platform.',
      h1: 'Fitlu S3 Third-Generation Smart Scale',
      marketing_copy_a:
        'Gym-grade body analysis for the whole family, without the gym membership. Get yours today.',
      marketing_copy_b:
        '"Seeing my muscle mass go up kept me motivated all winter." – Daniel K., verified buyer. Start your own story and discover Fitlu.',
      marketing_copy_c: 'Free shipping all week.\n✨ Order your Fitlu S3 now.',
    },
    {
      field: 'translated_description',
      find: 'tracks 8 body metrics',
      replace: 'tracks 12 body metrics',
      labels: ['number_invented'],
    },
    'The 6 mm tempered-glass platform measures 28 × 28 cm.',
  ),
  listing(
    'v03',
    'smart_scales',
    'fr',
    SCALE_ZH,
    SCALE_SRC,
    {
      translated_description:
        'Le pèse-personne connecté Fitlu S3 de 3e génération mesure 8 données corporelles, dont le poids, le taux de graisse, la masse musculaire, l’hydratation et l’IMC. Il pèse de 5 à 180 kg, par paliers de 50 g. Il se connecte à l’application en Bluetooth et gère jusqu’à 10 profils familiaux. Le plateau en verre trempé de 6 mm mesure 28 × 28 cm. Remarque : il fonctionne avec 4 piles AAA (non fournies). Astuce : pesez-vous chaque matin à la même heure pour des courbes fiables.',
      seo_title: 'Pèse-personne connecté Fitlu S3, 8 mesures',
      meta_description:
        'Pèse-personne connecté Fitlu S3 : 8 données corporelles de 5 à 180 kg, synchronisation Bluetooth et jusqu’à 10 profils pour suivre toute la famille.',
      h1: 'Fitlu S3, la balance qui vous suit',
      marketing_copy_a:
        'Une analyse corporelle complète pour toute la famille, sans abonnement. Achetez la Fitlu S3.',
      marketing_copy_b:
        'Et si vos progrès devenaient enfin visibles ? Chaque pesée vous rapproche de votre objectif. Découvrez Fitlu.',
      marketing_copy_c: 'Livraison offerte cette semaine.\n➜ Commandez dès maintenant.',
    },
    { field: 'seo_title', find: '8 mesures', replace: '12 mesures', labels: ['number_invented'] },
    'Le plateau en verre trempé de 6 mm mesure 28 × 28 cm.',
  ),
  listing(
    'v04',
    'camping_stoves',
    'de',
    STOVE_ZH,
    STOVE_SRC,
    {
      translated_description:
        'Der Yanhuo Campingkocher liefert bis zu 3000 W und lässt sich in 5 Stufen regeln. Der eingebaute Windschutz hält die Flamme auch bei Windstärke 4 stabil. Er passt auf Standard-Butankartuschen mit 250 g und brennt damit bei voller Leistung etwa 90 Minuten. Die Piezozündung ist für 20.000 Zündungen ausgelegt. Der Kocher wiegt 1,3 kg und kommt mit einem robusten Transportkoffer. Eine automatische Kartuschenabschaltung sorgt für Sicherheit. Hinweis: Nur im Freien oder in gut belüfteten Räumen verwenden.',
      seo_title: 'Yanhuo Campingkocher 3000 W mit Windschutz',
      meta_description:
        'Campingkocher Yanhuo mit 3000 W, 5 Leistungsstufen und Windschutz, für 250-g-Butankartuschen mit rund 90 Minuten Brenndauer. Inklusive Koffer.',
      h1: 'Yanhuo Gaskocher für Camping und Outdoor',
      marketing_copy_a: 'Volle Küchenleistung für Zelt, Terrasse und Wohnmobil. Jetzt kaufen.',
      marketing_copy_b:
        'Der Kaffee dampft, über dem Tal geht die Sonne auf. Gute Reise und guten Appetit! Entdecken Sie Yanhuo.',
      marketing_copy_c: 'Diese Woche mit Gratis-Kartusche.\n➡️ Jetzt bestellen.',
    },
    {
      field: 'translated_description',
      find: '20.000 Zündungen',
      replace: '30.000 Zündungen',
      labels: ['number_dropped', 'number_invented'],
    },
    'Der Kocher wiegt 1,3 kg und kommt mit einem robusten Transportkoffer.',
  ),
  listing(
    'v04',
    'camping_stoves',
    'ja',
    STOVE_ZH,
    STOVE_SRC,
    {
      translated_description:
        'Yanhuoのアウトドア用カセットコンロは最大出力3000W、火力は5段階で調整できます。風防を内蔵しているので、風力4の風の中でも安定して燃焼します。標準的な250gのブタンガス缶に対応し、最大火力で約90分使えます。圧電点火装置は2万回の点火に対応しています。本体重量は1.3kgで、ハードタイプの収納ケースが付属します。ガス缶の自動脱離安全装置付き。※屋外または換気のよい場所でご使用ください。',
      seo_title: 'Yanhuo カセットコンロ 3000W 5段階火力 風防付き',
      meta_description:
        '最大3000Wのアウトドア用カセットコンロ。5段階の火力調整と風防内蔵で、250gガス缶なら約90分燃焼。収納ケース付きでキャンプにも便利です。',
      h1: 'Yanhuo キャンプ用カセットコンロ',
      marketing_copy_a: '家のキッチン並みの火力を、どこへでも。今すぐ購入。',
      marketing_copy_b:
        '【朝のキャンプ場で】湯気の立つコーヒーと、静かな森。すてきな旅を！ぜひチェックしてください。',
      marketing_copy_c: 'いまなら専用ガス缶をプレゼント中。カートへどうぞ。',
    },
    { field: 'meta_description', find: '約90分', replace: '約120分', labels: ['number_invented'] },
    '本体重量は1.3kgで、ハードタイプの収納ケースが付属します。',
  ),
  listing(
    'v05',
    'phone_gimbals',
    'en',
    GIMBAL_ZH,
    GIMBAL_SRC,
    {
      translated_description:
        'The Steadi X5 3-axis phone gimbal has a built-in 2000 mAh battery that lasts about 12 hours, and you can keep filming while it charges. The clamp fits phones 55 to 88 mm wide and holds up to 280 g. Face tracking, gesture control and 360° infinite rotation are built in, with 3 follow modes. It folds down and weighs just 330 g (11.6 oz). Pair it with a tripod (sold separately) for steady time-lapses.',
      seo_title: 'Steadi X5 3-Axis Phone Gimbal with Face Tracking',
      meta_description:
        'Steadi X5 3-axis phone gimbal with face tracking, gesture control and 360° rotation, a 2000 mAh battery for about 12 hours and a foldable 330 g body.',
      h1: 'Steadi X5 Foldable Smartphone Gimbal',
      marketing_copy_a: 'Cinema-smooth footage from the phone you already own. Grab the X5 today.',
      marketing_copy_b:
        'Is your travel footage too shaky to share? Walk, run and turn without a wobble. Discover Steadi.',
      marketing_copy_c: 'Launch offer: a free carry pouch with every order.\n👉 Shop the X5 now.',
    },
    {
      field: 'translated_description',
      replace: 'A full charge takes 2.5 hours.',
      labels: ['number_invented'],
    },
    'The clamp fits phones 55 to 88 mm wide and holds up to 280 g.',
  ),
  listing(
    'v05',
    'phone_gimbals',
    'es',
    GIMBAL_ZH,
    GIMBAL_SRC,
    {
      translated_description:
        'El estabilizador de 3 ejes para móvil Steadi X5 lleva una batería integrada de 2000 mAh con unas 12 horas de autonomía y se puede usar mientras se carga. La pinza admite móviles de 55 a 88 mm de ancho y hasta 280 g. Incluye seguimiento facial, control por gestos, rotación infinita de 360° y 3 modos de seguimiento. Es plegable y pesa solo 330 g. Trípode no incluido (se vende por separado).',
      seo_title: 'Estabilizador Steadi X5 de 3 ejes para móvil',
      meta_description:
        'Estabilizador de 3 ejes Steadi X5 con seguimiento facial, control por gestos y batería de 2000 mAh para unas 12 horas de grabación fluida y sin temblores.',
      h1: 'Steadi X5, vídeos estables con tu móvil',
      marketing_copy_a: 'Imagen de cine con el móvil que ya tienes. Consíguelo hoy.',
      marketing_copy_b:
        '«Por fin mis vídeos de viaje parecen profesionales». – Lucía, Valencia. Descubre lo que puedes grabar con Steadi.',
      marketing_copy_c: 'Funda de transporte de regalo esta semana.\n→ Pídelo ya.',
    },
    {
      field: 'translated_description',
      find: '2000 mAh',
      replace: '3000 mAh',
      labels: ['number_dropped', 'number_invented'],
    },
    'Es plegable y pesa solo 330 g.',
  ),
  listing(
    'v06',
    'children_raincoats',
    'de',
    RAINCOAT_ZH,
    RAINCOAT_SRC,
    {
      translated_description:
        'Die Pipi Regenjacke für Kinder von 3 bis 8 Jahren gibt es in drei Größen: S, M und L. Der Stoff besteht zu 100 % aus recyceltem Polyester und hat eine Wassersäule von 5000 mm. Reflektorstreifen vorn und hinten sorgen für mehr Sicherheit im Regen. Der verbreiterte Rücken passt direkt über den Schulranzen. Die Klettbündchen an den Ärmeln lassen sich verstellen. Farben: Sonnengelb und Himmelblau. Größentipp: Im Zweifel lieber die nächstgrößere Größe wählen, dann passt auch ein dicker Pulli darunter.',
      seo_title: 'Pipi Regenjacke Kinder 3–8 Jahre, reflektierend',
      meta_description:
        'Reflektierende Regenjacke Pipi für Kinder von 3 bis 8 Jahren, aus 100 % recyceltem Polyester mit 5000 mm Wassersäule – passt über den Schulranzen.',
      h1: 'Pipi Regenjacke mit Platz für den Ranzen',
      marketing_copy_a:
        'Wasserdicht, reflektierend und aus recyceltem Material – Schutz für jeden Schulweg. Jetzt kaufen.',
      marketing_copy_b:
        '„Endlich will meine Tochter bei Regen raus!“ – Anna, Mutter aus Freiburg. Entdecken Sie Pipi.',
      marketing_copy_c: 'Versandkostenfrei bis Sonntag.\n👉 Sichern Sie sich Ihre Pipi-Jacke.',
    },
    { field: 'seo_title', find: '3–8 Jahre', replace: '3–10 Jahre', labels: ['number_invented'] },
    'Der Stoff besteht zu 100 % aus recyceltem Polyester und hat eine Wassersäule von 5000 mm.',
  ),
  listing(
    'v06',
    'children_raincoats',
    'fr',
    RAINCOAT_ZH,
    RAINCOAT_SRC,
    {
      translated_description:
        'L’imperméable Pipi convient aux enfants de 3 à 8 ans et existe en trois tailles : S, M et L. Son tissu est composé à 100\u00a0% de polyester recyclé, avec une colonne d’eau de 5\u202f000 mm. Des bandes réfléchissantes devant et derrière le rendent bien visible sous la pluie. Son dos élargi se porte directement par-dessus le cartable. Les poignets à scratch s’ajustent au bras. Coloris : jaune soleil ou bleu ciel. Guide des tailles : en cas d’hésitation, choisissez la taille au-dessus.',
      seo_title: 'Imperméable enfant Pipi réfléchissant (jaune soleil)',
      meta_description:
        'Imperméable réfléchissant Pipi pour enfants de 3 à 8 ans, 100\u00a0% polyester recyclé, colonne d’eau de 5\u202f000 mm et dos élargi pour le cartable.',
      h1: 'Pipi, l’imperméable des jours de pluie',
      marketing_copy_a:
        'Étanche, visible et recyclé : le bon choix pour la rentrée. Commandez-le dès aujourd’hui.',
      marketing_copy_b:
        'Et si les flaques devenaient le meilleur moment de la journée ? Bonnes balades sous la pluie ! Découvrez Pipi.',
      marketing_copy_c: 'Emballage cadeau offert jusqu’à dimanche.\n→ Ajoutez-le à votre panier.',
    },
    {
      field: 'translated_description',
      find: 'de 3 à 8 ans',
      replace: 'de 2 à 8 ans',
      labels: ['number_invented'],
    },
    'Son tissu est composé à 100\u00a0% de polyester recyclé, avec une colonne d’eau de 5\u202f000 mm.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

const bullets = (text: string): string =>
  (text.match(/[^.!?]+(?:[.!?]+|$)/g) ?? [text])
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => `- ${s}`)
    .join('\n');

export const ROUND_17_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c: Content) => ({
        translated_description: `Okay, rendering this for a Western shopper and keeping every spec and unit intact:\n\n${c.translated_description}`,
      }),
      (c: Content) => ({ seo_title: `${c.seo_title} — keyword-first, within the limit` }),
      (c: Content) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nWant me to draft a holiday-sale version of this one too?`,
      }),
      (c: Content) => ({ meta_description: `**Meta description:** ${c.meta_description}` }),
      (c: Content) => ({
        translated_description: `${c.translated_description}\n\n[Translator's note: brand and model names were left exactly as they appear in the source.]`,
      }),
      (c: Content) => ({ h1: `<h1>${c.h1}</h1>` }),
      (c: Content) => ({ marketing_copy_a: `${c.marketing_copy_a} Use code [COUPON CODE] at checkout.` }),
      (c: Content) => ({
        translated_description: `${c.translated_description} I kept this close to the source text and left out anything it does not state.`,
      }),
      (c: Content) => ({ marketing_copy_b: `Echoing the title above, but warmer:\n${c.marketing_copy_b}` }),
    ],
    forbidden: [
      'Forget the cheaper lookalikes.',
      'No knockoffs, no shortcuts.',
      'Every unit is genuine, never a counterfeit.',
      'Beware of fakes sold elsewhere.',
    ],
    slogans: ['Fresh rice in every scoop.', 'Smarter mornings on the scale.'],
    chineseLeftovers: [],
    duplicateLead: 'In short: ',
    titleStuffing: ' | Top Seller, Best Gift Idea, Fast Free Shipping, New Arrival',
  },
  de: {
    artifacts: [
      (c: Content) => ({
        translated_description: `Klar, gern! Anbei die deutsche Fassung für den Shop:\n\n${c.translated_description}`,
      }),
      (c: Content) => ({ seo_title: `Titel-Vorschlag » ${c.seo_title}` }),
      (c: Content) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\nLet me know if you also need an informal "du" version.`,
      }),
      (c: Content) => ({ meta_description: `"meta_description": "${c.meta_description}"` }),
      (c: Content) => ({
        translated_description: `${c.translated_description}\n\n(Bitte die technischen Angaben vor der Veröffentlichung noch mit dem Datenblatt abgleichen – ich bin mir nicht bei allen sicher.)`,
      }),
      (c: Content) => ({ marketing_copy_c: `${c.marketing_copy_c}\n---\nEnde von Text C` }),
      (c: Content) => ({ seo_title: `${c.seo_title} <!-- gekürzt -->` }),
      (c: Content) => ({
        translated_description: `Ich übernehme die Reihenfolge des chinesischen Originals und passe nur die Einheiten an.\n\n${c.translated_description}`,
      }),
      (c: Content) => ({
        marketing_copy_a: `${c.marketing_copy_a} (Alle technischen Details siehe Beschreibung oben.)`,
      }),
    ],
    forbidden: [
      'Keine billigen Kompromisse bei der Verarbeitung.',
      'Vorsicht vor Fälschungen aus dem Netz.',
      'Kein Imitat, sondern das Original.',
      'Lassen Sie Nachahmungen links liegen.',
    ],
    slogans: ['Heißer Kaffee, auch am Gipfel.', 'Kleine Hände, großer Klang.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' | Bestseller, Geschenkidee, Neuheit, Versandkostenfrei',
  },
  ja: {
    artifacts: [
      (c: Content) => ({
        translated_description: `以下、日本のECサイト向けに自然な表現で訳しました。\n\n${c.translated_description}`,
      }),
      (c: Content) => ({ meta_description: `${c.meta_description}（※文字数制限内に収めています）` }),
      (c: Content) => ({ marketing_copy_a: `「${c.marketing_copy_a}」という案はいかがでしょうか。` }),
      (c: Content) => ({ h1: `# ${c.h1}` }),
      (c: Content) => ({
        translated_description: `${c.translated_description}\n\n(Kept the brand name in Latin letters, as in the source.)`,
      }),
      (c: Content) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\n別のトーンでもお作りできますので、お気軽にお申し付けください。`,
      }),
    ],
    forbidden: [
      '激安品とは仕上がりがまるで違います。',
      'コピー品にはくれぐれもご注意ください。',
      '模倣品ではなく、メーカー正規品です。',
      'ネットには偽物も出回っています。',
    ],
    slogans: ['どこでも、あつあつの一杯を。', 'お米がいつまでも新鮮に。'],
    chineseLeftovers: ['这个米桶的密封效果很好。', '请不要在帐篷里使用这个炉子。'],
    duplicateLead: 'ひと言でいえば、',
    titleStuffing: '｜人気ランキング上位 ギフトにおすすめ 送料無料 新作',
  },
  es: {
    artifacts: [
      (c: Content) => ({
        translated_description: `Vale, te dejo la descripción adaptada al público español:\n\n${c.translated_description}`,
      }),
      (c: Content) => ({ meta_description: `${c.meta_description} [meta: revisar longitud]` }),
      (c: Content) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\n¿Quieres que lo acorte o que le dé un tono más juvenil?`,
      }),
      (c: Content) => ({
        translated_description: `**Descripción del producto**\n\n${c.translated_description}`,
      }),
      (c: Content) => ({ h1: `${c.h1} (adaptado, no es una traducción literal)` }),
      (c: Content) => ({
        marketing_copy_a: `Note: kept the informal "tú" form throughout.\n${c.marketing_copy_a}`,
      }),
    ],
    forbidden: [
      'Olvídate de los modelos baratos.',
      'Cuidado con las imitaciones.',
      'No es ninguna réplica.',
      'Aquí no hay productos falsos.',
    ],
    slogans: ['Tu ukelele, tu voz.', 'Vídeos sin temblores.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Superventas, idea de regalo, envío gratis, novedad',
  },
  fr: {
    artifacts: [
      (c: Content) => ({
        translated_description: `${c.translated_description}\n\nJ’ai gardé le nom du modèle tel quel et reformulé le reste pour un lecteur français.`,
      }),
      (c: Content) => ({ seo_title: `« ${c.seo_title} » (variante courte)` }),
      (c: Content) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nPromo-focused copy, as per the brief.`,
      }),
      (c: Content) => ({
        meta_description: `${c.meta_description} — à ajuster si la plateforme impose une autre limite.`,
      }),
      (c: Content) => ({ marketing_copy_b: `Version émotionnelle, comme demandé :\n${c.marketing_copy_b}` }),
      (c: Content) => ({ translated_description: bullets(c.translated_description) }),
    ],
    forbidden: [
      'Oubliez les modèles pas chers.',
      'Méfiez-vous des contrefaçons.',
      'Aucune imitation, que du vrai.',
      'Pas de fausse promesse ici.',
    ],
    slogans: ['Les flaques n’ont qu’à bien se tenir.', 'Votre forme, en chiffres.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Meilleure vente, idée cadeau, livraison offerte',
  },
};
