// Blind set, round 1 (written before the gate was looked at for this round, scored once, then joined the tune
// material): thirteen products in categories the shared dev set does not have, each written by hand in two of
// the five languages (26 listings, five or six per language), with legitimate numbers a naive checker trips on
// (S–XXL, 3-pack, 2-in-1, model numbers, years, ranges, percentages, 24/7, dimensions, unit conversions).
import type { BlindListing } from './blind-set';

export { ROUND_1_WORDING } from './blind-round-1-wording';

export const ROUND_1_LISTINGS: readonly BlindListing[] = [
  // p01 apparel
  {
    sku: 'p01',
    category: 'apparel_sportswear',
    language: 'en',
    productName: 'Runo 男士速干运动T恤 3件装',
    productDescription:
      'Runo 速干T恤采用95%聚酯纤维和5%氨纶，单件重量仅150克，吸湿排汗，适合跑步和健身。提供S到XXL五个尺码，3件装包含黑、灰、蓝三色。可机洗，水温不超过30℃。',
    content: {
      translated_description:
        'The Runo quick-dry tee is made from 95% polyester and 5% elastane and weighs just 150 g per shirt, wicking sweat away on runs and in the gym. It comes in five sizes from S to XXL, and the 3-pack includes black, grey and blue. Machine washable at up to 30 °C.',
      seo_title: "Runo Men's Quick-Dry Running Tee, 3-Pack, S–XXL",
      meta_description:
        "Runo quick-dry men's tee in a 3-pack: 95% polyester, 5% elastane and only 150 g per shirt. Five sizes from S to XXL, machine washable at 30 °C.",
      h1: 'Runo Quick-Dry Tee for Men',
      marketing_copy_a:
        'Three breathable shirts for the price of one good one. Order your Runo 3-pack today.',
      marketing_copy_b:
        'Feel light from the first kilometre to the last, even in the midday sun. Treat yourself to the Runo tee.',
      marketing_copy_c: 'Launch offer on the Runo 3-pack while stocks last – add it to your cart now.',
    },
    invent: { field: 'seo_title', find: '3-Pack', replace: '4-Pack', labels: ['number_invented'] },
    drop: 'Machine washable at up to 30 °C.',
  },
  {
    sku: 'p01',
    category: 'apparel_sportswear',
    language: 'de',
    productName: 'Runo 男士速干运动T恤 3件装',
    productDescription:
      'Runo 速干T恤采用95%聚酯纤维和5%氨纶，单件重量仅150克，吸湿排汗，适合跑步和健身。提供S到XXL五个尺码，3件装包含黑、灰、蓝三色。可机洗，水温不超过30℃。',
    content: {
      translated_description:
        'Das Runo Funktionsshirt besteht aus 95 % Polyester und 5 % Elasthan und wiegt nur 150 g pro Stück – es leitet Schweiß beim Laufen und im Studio schnell ab. Erhältlich in fünf Größen von S bis XXL; das 3er-Pack enthält Schwarz, Grau und Blau. Waschbar bei bis zu 30 °C.',
      seo_title: 'Runo Laufshirt Herren, schnelltrocknend, 3er-Pack',
      meta_description:
        'Schnelltrocknendes Runo Herrenshirt im 3er-Pack: 95 % Polyester, 5 % Elasthan und nur 150 g leicht. Fünf Größen von S bis XXL, bei 30 °C waschbar.',
      h1: 'Runo Funktionsshirt für Herren',
      marketing_copy_a:
        'Drei atmungsaktive Shirts zum Preis von einem guten. Bestellen Sie Ihr Runo 3er-Pack noch heute.',
      marketing_copy_b:
        'Leicht vom ersten bis zum letzten Kilometer, auch in der Mittagssonne. Gönnen Sie sich das Runo Shirt.',
      marketing_copy_c: 'Nur für kurze Zeit zum Einführungspreis: Sichern Sie sich das Runo 3er-Pack.',
    },
    invent: {
      field: 'translated_description',
      replace: 'Jedes Shirt hält mindestens 200 Wäschen aus.',
      labels: ['number_invented'],
    },
    drop: 'Waschbar bei bis zu 30 °C.',
  },
  // p02 food
  {
    sku: 'p02',
    category: 'food_coffee',
    language: 'fr',
    productName: 'Moka Hills 云南小粒咖啡豆 500克',
    productDescription:
      'Moka Hills 咖啡豆产自云南海拔1500米的庄园，100%阿拉比卡，中度烘焙。每袋净含量500克，带单向排气阀。保质期12个月，开封后建议两周内饮用完。',
    content: {
      translated_description:
        'Les grains Moka Hills viennent d’un domaine du Yunnan situé à 1 500 m d’altitude : 100 % arabica, torréfaction moyenne. Chaque sachet contient 500 g et dispose d’une valve de dégazage. À consommer dans les 12 mois ; une fois ouvert, de préférence sous deux semaines.',
      seo_title: 'Café en grains Moka Hills 100 % arabica, 500 g',
      meta_description:
        'Grains 100 % arabica du Yunnan cultivés à 1 500 m, torréfaction moyenne. Sachet de 500 g avec valve, à consommer dans les 12 mois, idéalement en deux semaines.',
      h1: 'Moka Hills, café du Yunnan en grains',
      marketing_copy_a:
        'Un arabica d’altitude au juste prix, torréfié pour révéler ses notes de cacao. Commandez votre sachet dès aujourd’hui.',
      marketing_copy_b:
        'Le matin commence par une odeur de noisette grillée qui envahit la cuisine. Offrez-vous ce moment chaque jour.',
      marketing_copy_c: 'Livraison offerte cette semaine sur Moka Hills : profitez-en vite.',
    },
    invent: {
      field: 'meta_description',
      find: 'dans les 12 mois',
      replace: 'dans les 18 mois',
      labels: ['number_invented'],
    },
    drop: 'Chaque sachet contient 500 g et dispose d’une valve de dégazage.',
  },
  {
    sku: 'p02',
    category: 'food_coffee',
    language: 'ja',
    productName: 'Moka Hills 云南小粒咖啡豆 500克',
    productDescription:
      'Moka Hills 咖啡豆产自云南海拔1500米的庄园，100%阿拉比卡，中度烘焙。每袋净含量500克，带单向排气阀。保质期12个月，开封后建议两周内饮用完。',
    content: {
      translated_description:
        'Moka Hillsのコーヒー豆は、雲南省の標高1,500mの農園で育ったアラビカ種100％、中煎りです。内容量は500gで、ワンウェイバルブ付き。賞味期限は12か月、開封後は2週間以内にお召し上がりください。',
      seo_title: 'Moka Hills 雲南コーヒー豆 500g 中煎り',
      meta_description:
        '標高1,500mの雲南産アラビカ種100％を中煎りに。内容量500g、バルブ付きで香りを守ります。賞味期限12か月、開封後は2週間以内に。',
      h1: 'Moka Hills 雲南産コーヒー豆',
      marketing_copy_a: '高地のアラビカをこの価格で。今すぐご注文ください。',
      marketing_copy_b: '朝のキッチンに広がる、ローストナッツの香り。毎日の一杯をぜひお試しください。',
      marketing_copy_c: '今週は送料無料。お早めにどうぞ。',
    },
    invent: {
      field: 'translated_description',
      replace: 'ご注文から24時間以内に発送します。',
      labels: ['number_invented'],
    },
    drop: '内容量は500gで、ワンウェイバルブ付き。',
  },
  // p03 cosmetics
  {
    sku: 'p03',
    category: 'cosmetics_skincare',
    language: 'es',
    productName: 'Aqualis 玻尿酸保湿精华液 30毫升',
    productDescription:
      'Aqualis 精华液每瓶30毫升，含2%烟酰胺和三种分子量的玻尿酸，适合所有肤质。早晚各使用2至3滴。开封后12个月内使用。',
    content: {
      translated_description:
        'El sérum Aqualis viene en frasco de 30 ml con un 2 % de niacinamida y ácido hialurónico de tres pesos moleculares, apto para todo tipo de piel. Aplica de 2 a 3 gotas por la mañana y por la noche. Úsalo en los 12 meses siguientes a la apertura.',
      seo_title: 'Sérum hidratante Aqualis con ácido hialurónico 30 ml',
      meta_description:
        'Sérum Aqualis de 30 ml con 2 % de niacinamida y tres tipos de ácido hialurónico. Para todo tipo de piel: de 2 a 3 gotas, mañana y noche.',
      h1: 'Sérum Aqualis, hidratación para cada piel',
      marketing_copy_a:
        'Tres ácidos hialurónicos en un solo frasco, a un precio que sí cuadra. Consíguelo hoy mismo.',
      marketing_copy_b:
        'Una piel que se siente fresca y suave desde el primer día. Regálate este pequeño ritual.',
      marketing_copy_c: 'Oferta de lanzamiento por tiempo limitado: llévate Aqualis con envío gratis.',
    },
    invent: {
      field: 'translated_description',
      replace: 'Dermatológicamente probado en 120 voluntarias.',
      labels: ['number_invented'],
    },
    drop: 'Úsalo en los 12 meses siguientes a la apertura.',
  },
  {
    sku: 'p03',
    category: 'cosmetics_skincare',
    language: 'en',
    productName: 'Aqualis 玻尿酸保湿精华液 30毫升',
    productDescription:
      'Aqualis 精华液每瓶30毫升，含2%烟酰胺和三种分子量的玻尿酸，适合所有肤质。早晚各使用2至3滴。开封后12个月内使用。',
    content: {
      translated_description:
        'Aqualis serum comes in a 30 ml (1 fl oz) bottle with 2% niacinamide and hyaluronic acid in three molecular weights, suitable for every skin type. Apply 2–3 drops morning and evening. Use within 12 months of opening.',
      seo_title: 'Aqualis Hyaluronic Acid Serum, 30 ml, 2% Niacinamide',
      meta_description:
        'Aqualis hydrating serum, 30 ml, with 2% niacinamide and three hyaluronic acids for every skin type. Apply 2–3 drops morning and evening for softer skin.',
      h1: 'Aqualis Hydrating Serum',
      marketing_copy_a:
        'Three hyaluronic acids in one bottle, at a price that makes sense. Shop Aqualis now.',
      marketing_copy_b: 'Skin that feels fresh and soft from the very first day. Discover your new ritual.',
      marketing_copy_c: 'Launch week only: free shipping on Aqualis. Grab yours before Sunday.',
    },
    invent: {
      field: 'meta_description',
      find: '2% niacinamide',
      replace: '5% niacinamide',
      labels: ['number_invented'],
    },
    drop: 'Use within 12 months of opening.',
  },
  // p04 tools
  {
    sku: 'p04',
    category: 'power_tools',
    language: 'de',
    productName: 'Torkman DX-20 无刷锂电钻',
    productDescription:
      'Torkman DX-20 无刷电钻电压20V，最大扭矩45牛·米，两档变速，13毫米金属夹头。标配两块2000mAh电池和一个快充座，充满约60分钟。',
    content: {
      translated_description:
        'Der bürstenlose Akkuschrauber Torkman DX-20 arbeitet mit 20 V und bis zu 45 Nm Drehmoment, hat zwei Gänge und ein 13-mm-Metallbohrfutter. Im Lieferumfang sind zwei Akkus mit je 2.000 mAh und ein Schnellladegerät; voll geladen ist ein Akku in etwa 60 Minuten.',
      seo_title: 'Torkman DX-20 Akkuschrauber 20 V, 45 Nm, 2 Akkus',
      meta_description:
        'Bürstenloser Akkuschrauber Torkman DX-20 mit 20 V, 45 Nm und zweistufigem Getriebe. Inklusive zwei 2.000-mAh-Akkus und Schnellladegerät (ca. 60 Minuten).',
      h1: 'Torkman DX-20: bürstenloser Akkuschrauber',
      marketing_copy_a:
        'Profi-Drehmoment ohne Profi-Preis, mit zwei Akkus im Koffer. Jetzt bestellen und sofort loslegen.',
      marketing_copy_b:
        'Schrauben, bohren, fertig – auch wenn das Regal mal wieder schief hängt. Holen Sie sich den DX-20 in Ihre Werkstatt.',
      marketing_copy_c: 'Nur diesen Monat mit Gratis-Bitset: Jetzt kaufen und sparen.',
    },
    invent: { field: 'seo_title', find: '45 Nm', replace: '55 Nm', labels: ['number_invented'] },
    drop: 'voll geladen ist ein Akku in etwa 60 Minuten.',
  },
  {
    sku: 'p04',
    category: 'power_tools',
    language: 'ja',
    productName: 'Torkman DX-20 无刷锂电钻',
    productDescription:
      'Torkman DX-20 无刷电钻电压20V，最大扭矩45牛·米，两档变速，13毫米金属夹头。标配两块2000mAh电池和一个快充座，充满约60分钟。',
    content: {
      translated_description:
        'Torkman DX-20はブラシレスモーター搭載の20V電動ドリルで、最大トルクは45N·m、2段変速、13mmメタルチャックを備えています。2,000mAhバッテリー2個と急速充電器が付属し、約60分で満充電になります。',
      seo_title: 'Torkman DX-20 ブラシレスドリル 20V',
      meta_description:
        '最大トルク45N·mのブラシレス電動ドリルDX-20。2段変速、13mmチャック、2,000mAhバッテリー2個付きで約60分で充電完了。',
      h1: 'Torkman DX-20 電動ドリル',
      marketing_copy_a: 'プロ並みのトルクを手の届く価格で。今すぐ購入してDIYを始めましょう。',
      marketing_copy_b: '棚の取り付けも家具の組み立ても、もう迷わない。この一台をぜひチェックしてください。',
      marketing_copy_c: '今月はビットセットを無料でプレゼント。お早めにご注文ください。',
    },
    invent: {
      field: 'meta_description',
      find: '約60分',
      replace: '約30分',
      labels: ['number_invented'],
    },
    drop: '2,000mAhバッテリー2個と急速充電器が付属し、約60分で満充電になります。',
  },
  // p05 furniture
  {
    sku: 'p05',
    category: 'furniture_desks',
    language: 'fr',
    productName: 'Eiken 实木书桌 带两个抽屉',
    productDescription:
      'Eiken 书桌采用北美白橡木，尺寸120×60×75厘米，桌面承重50公斤。配有两个静音抽屉，安装约需30分钟。',
    content: {
      translated_description:
        'Le bureau Eiken est en chêne blanc d’Amérique du Nord et mesure 120 × 60 × 75 cm ; son plateau supporte 50 kg. Il dispose de deux tiroirs silencieux, et le montage prend environ 30 minutes.',
      seo_title: 'Bureau en chêne massif Eiken, 120 × 60 cm, 2 tiroirs',
      meta_description:
        'Bureau Eiken en chêne blanc massif de 120 × 60 × 75 cm, plateau supportant 50 kg et deux tiroirs silencieux. Montage en 30 minutes environ.',
      h1: 'Bureau Eiken en chêne blanc',
      marketing_copy_a:
        'Du bois massif au prix d’un meuble en aggloméré. Commandez le bureau Eiken dès maintenant.',
      marketing_copy_b: 'Un coin de travail qui sent le bois et donne envie de s’y asseoir. Découvrez Eiken.',
      marketing_copy_c: 'Jusqu’à dimanche, livraison offerte : ajoutez Eiken à votre panier.',
    },
    invent: {
      field: 'translated_description',
      find: 'supporte 50 kg',
      replace: 'supporte 80 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'Il dispose de deux tiroirs silencieux, et le montage prend environ 30 minutes.',
  },
  {
    sku: 'p05',
    category: 'furniture_desks',
    language: 'es',
    productName: 'Eiken 实木书桌 带两个抽屉',
    productDescription:
      'Eiken 书桌采用北美白橡木，尺寸120×60×75厘米，桌面承重50公斤。配有两个静音抽屉，安装约需30分钟。',
    content: {
      translated_description:
        'El escritorio Eiken es de roble blanco norteamericano y mide 120 × 60 × 75 cm; el tablero soporta 50 kg. Tiene dos cajones silenciosos y se monta en unos 30 minutos.',
      seo_title: 'Escritorio de roble macizo Eiken 120 × 60 cm',
      meta_description:
        'Escritorio Eiken de roble blanco macizo, 120 × 60 × 75 cm, con tablero que soporta 50 kg y dos cajones silenciosos. Se monta en unos 30 minutos.',
      h1: 'Escritorio Eiken de roble blanco',
      marketing_copy_a: 'Madera maciza al precio de un mueble de aglomerado. Pide tu escritorio Eiken hoy.',
      marketing_copy_b: 'Un rincón de trabajo que huele a madera y da ganas de sentarse. Descubre Eiken.',
      marketing_copy_c: 'Envío gratis hasta el domingo: añádelo al carrito ya.',
    },
    invent: {
      field: 'seo_title',
      find: '120 × 60 cm',
      replace: '140 × 70 cm',
      labels: ['number_invented'],
    },
    drop: 'Tiene dos cajones silenciosos y se monta en unos 30 minutos.',
  },
  // p06 toys
  {
    sku: 'p06',
    category: 'toys_construction',
    language: 'en',
    productName: 'Magnix 磁力片积木 64片',
    productDescription:
      'Magnix 磁力积木一套64片，包含三角形、正方形和六边形，适合3至8岁儿童。每片边缘采用超声波焊接，通过EN71认证。',
    content: {
      translated_description:
        'The Magnix magnetic tile set has 64 pieces – triangles, squares and hexagons – and suits children aged 3 to 8. Every tile is ultrasonically welded at the edges and certified to EN71.',
      seo_title: 'Magnix Magnetic Tiles, 64 Pieces, Ages 3–8',
      meta_description:
        'Magnix magnetic building tiles: 64 triangles, squares and hexagons for kids aged 3–8, with ultrasonically welded edges and EN71 safety certification.',
      h1: 'Magnix Magnetic Building Tiles',
      marketing_copy_a:
        'A big 64-piece set that grows with your child from tower to castle. Get yours today.',
      marketing_copy_b:
        'Watch their eyes light up when the first rocket stands on its own. Bring the magic home now.',
      marketing_copy_c: 'Holiday deal: save on Magnix this week only – shop now.',
    },
    invent: {
      field: 'translated_description',
      replace: 'Includes a free storage bag and 20 bonus idea cards.',
      labels: ['number_invented'],
    },
    drop: 'Every tile is ultrasonically welded at the edges and certified to EN71.',
  },
  {
    sku: 'p06',
    category: 'toys_construction',
    language: 'ja',
    productName: 'Magnix 磁力片积木 64片',
    productDescription:
      'Magnix 磁力积木一套64片，包含三角形、正方形和六边形，适合3至8岁儿童。每片边缘采用超声波焊接，通过EN71认证。',
    content: {
      translated_description:
        'Magnixのマグネットブロックは64ピース入りで、三角形・正方形・六角形が入っています。対象年齢は3〜8歳。各ピースのふちは超音波溶着で、EN71認証を取得しています。',
      seo_title: 'Magnix マグネットブロック 64ピース',
      meta_description:
        '三角・四角・六角形が入った64ピースのマグネットブロック。3〜8歳向けで、ふちは超音波溶着、EN71認証済みなので安心です。',
      h1: 'Magnix マグネット知育ブロック',
      marketing_copy_a: 'タワーもお城も作れる大容量セット。今すぐカートへ。',
      marketing_copy_b: '初めてロケットが立った瞬間、子どもの目が輝きます。ぜひお試しください。',
      marketing_copy_c: '今週だけの特別価格。お見逃しなく、今すぐチェック。',
    },
    invent: {
      field: 'seo_title',
      find: '64ピース',
      replace: '100ピース',
      labels: ['number_invented'],
    },
    drop: '対象年齢は3〜8歳。',
  },
  // p07 phones
  {
    sku: 'p07',
    category: 'mobile_phones',
    language: 'es',
    productName: 'Zento X7 智能手机 8GB+256GB',
    productDescription:
      'Zento X7 配备6.7英寸OLED屏幕，刷新率120Hz，运行内存8GB，存储256GB。电池容量5000mAh，支持67W快充。后置5000万像素主摄，享受两年保修。',
    content: {
      translated_description:
        'El Zento X7 tiene una pantalla OLED de 6,7 pulgadas a 120 Hz, 8 GB de RAM y 256 GB de almacenamiento. Su batería de 5000 mAh admite carga rápida de 67 W. La cámara principal es de 50 MP y tiene dos años de garantía.',
      seo_title: 'Zento X7 8 GB + 256 GB, OLED 6,7" 120 Hz',
      meta_description:
        'Smartphone Zento X7 con pantalla OLED de 6,7 pulgadas a 120 Hz, 8 GB + 256 GB, batería de 5000 mAh con carga de 67 W y cámara de 50 MP. Dos años de garantía.',
      h1: 'Zento X7: potencia y pantalla grande',
      marketing_copy_a: 'Gama alta sin precio de gama alta, con batería para todo el día. Cómpralo hoy.',
      marketing_copy_b: 'Fotos nítidas de cada momento, incluso cuando cae la noche. Descubre el Zento X7.',
      marketing_copy_c: 'Solo esta semana, funda de regalo: aprovecha la oferta.',
    },
    invent: {
      field: 'translated_description',
      find: 'carga rápida de 67 W',
      replace: 'carga rápida de 100 W',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'Su batería de 5000 mAh admite carga rápida de 67 W.',
  },
  {
    sku: 'p07',
    category: 'mobile_phones',
    language: 'de',
    productName: 'Zento X7 智能手机 8GB+256GB',
    productDescription:
      'Zento X7 配备6.7英寸OLED屏幕，刷新率120Hz，运行内存8GB，存储256GB。电池容量5000mAh，支持67W快充。后置5000万像素主摄，享受两年保修。',
    content: {
      translated_description:
        'Das Zento X7 hat ein 6,7-Zoll-OLED-Display mit 120 Hz, 8 GB RAM und 256 GB Speicher. Der Akku mit 5.000 mAh lädt mit bis zu 67 W. Die Hauptkamera löst mit 50 MP auf, und Sie erhalten zwei Jahre Garantie.',
      seo_title: 'Zento X7 Smartphone 8/256 GB, 6,7" OLED, 120 Hz',
      meta_description:
        'Zento X7 mit 6,7-Zoll-OLED und 120 Hz, 8 GB RAM, 256 GB Speicher, 5.000-mAh-Akku mit 67 W Schnellladen und 50-MP-Kamera. Zwei Jahre Garantie.',
      h1: 'Zento X7 – großes Display, lange Laufzeit',
      marketing_copy_a: 'Oberklasse-Ausstattung ohne Oberklasse-Preis. Jetzt das Zento X7 bestellen.',
      marketing_copy_b:
        'Scharfe Fotos von jedem Moment, auch wenn es dunkel wird. Entdecken Sie das Zento X7.',
      marketing_copy_c: 'Nur diese Woche mit Gratis-Hülle: in den Warenkorb legen und sparen.',
    },
    invent: {
      field: 'meta_description',
      find: '256 GB Speicher',
      replace: '512 GB Speicher',
      labels: ['number_invented'],
    },
    drop: 'Der Akku mit 5.000 mAh lädt mit bis zu 67 W.',
  },
  // p08 batteries
  {
    sku: 'p08',
    category: 'portable_power',
    language: 'fr',
    productName: 'Voltix 户外移动电源 20000mAh',
    productDescription:
      'Voltix 户外电源容量20000mAh（74Wh），可带上飞机。支持65W PD快充，配有三个输出口：两个USB-C和一个USB-A。重量约420克。',
    content: {
      translated_description:
        'La batterie Voltix offre 20 000 mAh (74 Wh) et peut voyager en cabine. Elle charge en 65 W PD et compte trois ports de sortie : deux USB-C et un USB-A. Elle pèse environ 420 g.',
      seo_title: 'Batterie externe Voltix 20 000 mAh, 65 W PD',
      meta_description:
        'Batterie externe Voltix de 20 000 mAh (74 Wh), acceptée en cabine, charge rapide 65 W PD, trois ports dont deux USB-C, pour environ 420 g seulement.',
      h1: 'Voltix, l’énergie qui vous suit partout',
      marketing_copy_a:
        'De quoi recharger un ordinateur portable, au prix d’une batterie ordinaire. Achetez Voltix maintenant.',
      marketing_copy_b: 'Plus jamais à plat au milieu d’un trajet ou d’une randonnée. Découvrez Voltix.',
      marketing_copy_c: 'Offre de la semaine : câble offert, profitez-en.',
    },
    invent: {
      field: 'translated_description',
      replace: 'Elle se recharge entièrement en 4 heures.',
      labels: ['number_invented'],
    },
    drop: 'Elle pèse environ 420 g.',
  },
  {
    sku: 'p08',
    category: 'portable_power',
    language: 'en',
    productName: 'Voltix 户外移动电源 20000mAh',
    productDescription:
      'Voltix 户外电源容量20000mAh（74Wh），可带上飞机。支持65W PD快充，配有三个输出口：两个USB-C和一个USB-A。重量约420克。',
    content: {
      translated_description:
        'The Voltix power bank holds 20,000 mAh (74 Wh) and is allowed in cabin luggage. It charges at 65 W PD and has three outputs: two USB-C and one USB-A. It weighs about 420 g (14.8 oz).',
      seo_title: 'Voltix 20,000 mAh Power Bank, 65 W PD, 3 Ports',
      meta_description:
        'Voltix 20,000 mAh (74 Wh) power bank, cabin-approved, with 65 W PD fast charging and three ports including two USB-C. Weighs only about 420 g.',
      h1: 'Voltix Power Bank for Travel',
      marketing_copy_a:
        'Enough power for a laptop, for the price of an ordinary power bank. Buy Voltix today.',
      marketing_copy_b: 'Never run flat halfway through a trip again. Discover Voltix.',
      marketing_copy_c: 'This week only: free cable with every order – shop now.',
    },
    invent: {
      field: 'seo_title',
      find: '65 W PD',
      replace: '100 W PD',
      labels: ['number_invented'],
    },
    drop: 'It weighs about 420 g (14.8 oz).',
  },
  // p09 books
  {
    sku: 'p09',
    category: 'books',
    language: 'ja',
    productName: '《城市观鸟手册》第2版',
    productDescription:
      '《城市观鸟手册》第2版，2023年出版，共320页，收录180种常见鸟类及彩色插图。ISBN 978-7-5442-1234-5，平装本，尺寸为16开。',
    content: {
      translated_description:
        '『都市のバードウォッチング手帖』第2版は2023年刊行、全320ページで、身近な鳥180種をカラーイラストで紹介しています。ISBN 978-7-5442-1234-5、並製本、16開サイズです。',
      seo_title: '都市のバードウォッチング手帖 第2版',
      meta_description:
        '身近な鳥180種をカラーイラストで紹介する全320ページのガイド。散歩がもっと楽しくなる、2023年刊行の第2版、並製本です。',
      h1: '都市で楽しむ野鳥観察ガイド',
      marketing_copy_a: '散歩が発見の時間に変わる一冊。今すぐご購入ください。',
      marketing_copy_b: '窓の外のさえずりに名前がつく喜び。ぜひチェックしてみてください。',
      marketing_copy_c: '今なら送料無料。お早めにどうぞ。',
    },
    invent: {
      field: 'meta_description',
      find: '全320ページ',
      replace: '全400ページ',
      labels: ['number_invented'],
    },
    drop: 'ISBN 978-7-5442-1234-5、並製本、16開サイズです。',
  },
  {
    sku: 'p09',
    category: 'books',
    language: 'de',
    productName: '《城市观鸟手册》第2版',
    productDescription:
      '《城市观鸟手册》第2版，2023年出版，共320页，收录180种常见鸟类及彩色插图。ISBN 978-7-5442-1234-5，平装本，尺寸为16开。',
    content: {
      translated_description:
        '„Vögel beobachten in der Stadt“ erscheint in der 2. Auflage von 2023 und stellt auf 320 Seiten 180 häufige Vogelarten mit farbigen Illustrationen vor. ISBN 978-7-5442-1234-5, Taschenbuch im Format 16K.',
      seo_title: 'Vögel beobachten in der Stadt, 2. Auflage 2023',
      meta_description:
        'Der handliche Naturführer stellt auf 320 Seiten 180 häufige Vogelarten der Stadt mit farbigen Illustrationen vor. 2. Auflage von 2023, Taschenbuch.',
      h1: 'Vögel beobachten in der Stadt',
      marketing_copy_a: 'Ein Buch, das jeden Spaziergang zur Entdeckung macht. Jetzt bestellen.',
      marketing_copy_b:
        'Endlich wissen, wer da vor dem Fenster singt. Entdecken Sie Ihre gefiederten Nachbarn.',
      marketing_copy_c: 'Versandkostenfrei nur diese Woche: Sichern Sie sich Ihr Exemplar.',
    },
    invent: {
      field: 'seo_title',
      find: '2. Auflage 2023',
      replace: '3. Auflage 2024',
      labels: ['number_invented'],
    },
    drop: 'ISBN 978-7-5442-1234-5, Taschenbuch im Format 16K.',
  },
  // p10 sports
  {
    sku: 'p10',
    category: 'sports_yoga',
    language: 'en',
    productName: 'Asana Pro 双面防滑瑜伽垫 6毫米',
    productDescription:
      'Asana Pro 瑜伽垫尺寸183×61厘米，厚6毫米，重1.2公斤，双面防滑纹理。采用TPE环保材料，附送一条收纳绑带。',
    content: {
      translated_description:
        'The Asana Pro yoga mat measures 183 × 61 cm (72 × 24 in), is 6 mm thick and weighs 1.2 kg. Both sides have a non-slip texture, it is made from eco-friendly TPE, and a carrying strap is included.',
      seo_title: 'Asana Pro Non-Slip Yoga Mat, 6 mm, 183 × 61 cm',
      meta_description:
        'Asana Pro double-sided non-slip yoga mat, 183 × 61 cm and 6 mm thick, weighing just 1.2 kg. Eco-friendly TPE with a free carrying strap included.',
      h1: 'Asana Pro Double-Sided Yoga Mat',
      marketing_copy_a: 'Studio grip at home, without the studio price tag. Order your Asana Pro today.',
      marketing_copy_b:
        'Find your balance on a mat that stays put, pose after pose. Roll out Asana Pro and discover the difference.',
      marketing_copy_c: 'Spring sale: free strap with every mat this week – grab yours.',
    },
    invent: {
      field: 'translated_description',
      find: 'is 6 mm thick',
      replace: 'is 8 mm thick',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'The Asana Pro yoga mat measures 183 × 61 cm (72 × 24 in), is 6 mm thick and weighs 1.2 kg.',
  },
  {
    sku: 'p10',
    category: 'sports_yoga',
    language: 'es',
    productName: 'Asana Pro 双面防滑瑜伽垫 6毫米',
    productDescription:
      'Asana Pro 瑜伽垫尺寸183×61厘米，厚6毫米，重1.2公斤，双面防滑纹理。采用TPE环保材料，附送一条收纳绑带。',
    content: {
      translated_description:
        'La esterilla Asana Pro mide 183 × 61 cm, tiene 6 mm de grosor y pesa 1,2 kg. Las dos caras son antideslizantes, está hecha de TPE ecológico e incluye una correa de transporte.',
      seo_title: 'Esterilla de yoga Asana Pro antideslizante 6 mm',
      meta_description:
        'Esterilla Asana Pro de doble cara antideslizante: 183 × 61 cm, 6 mm de grosor y solo 1,2 kg. De TPE ecológico y con correa de transporte incluida.',
      h1: 'Asana Pro, esterilla de doble cara',
      marketing_copy_a: 'Agarre de estudio en casa, sin precio de estudio. Pide tu Asana Pro hoy.',
      marketing_copy_b: 'Encuentra tu equilibrio en una esterilla que no se mueve. Descubre Asana Pro.',
      marketing_copy_c: 'Rebajas de primavera: correa gratis esta semana, ¡aprovecha!',
    },
    invent: {
      field: 'meta_description',
      find: 'solo 1,2 kg',
      replace: 'solo 0,9 kg',
      labels: ['number_invented'],
    },
    drop: 'La esterilla Asana Pro mide 183 × 61 cm, tiene 6 mm de grosor y pesa 1,2 kg.',
  },
  // p11 kitchen
  {
    sku: 'p11',
    category: 'kitchen_appliances',
    language: 'de',
    productName: 'Kazu 智能电饭煲 3升',
    productDescription:
      'Kazu 电饭煲容量3升，适合2至6人。内置十二种烹饪模式，支持24小时预约和一键保温。内胆为5层不粘涂层。',
    content: {
      translated_description:
        'Der Kazu Reiskocher fasst 3 Liter und reicht für 2 bis 6 Personen. Er bietet zwölf Kochprogramme, eine Startzeitvorwahl bis 24 Stunden und Warmhalten auf Knopfdruck. Der Innentopf hat eine 5-lagige Antihaftbeschichtung.',
      seo_title: 'Kazu Reiskocher 3 l mit 12 Programmen',
      meta_description:
        'Kazu Reiskocher mit 3 l Fassungsvermögen für 2–6 Personen, zwölf Programmen, 24-Stunden-Timer und Warmhaltefunktion. Innentopf mit 5-lagiger Beschichtung.',
      h1: 'Kazu Reiskocher für die ganze Familie',
      marketing_copy_a: 'Perfekter Reis, ohne danebenzustehen. Bestellen Sie den Kazu jetzt.',
      marketing_copy_b:
        'Abends heimkommen und der Reis ist schon fertig. Entdecken Sie, wie entspannt Kochen sein kann.',
      marketing_copy_c: 'Aktionspreis bis Sonntag: Jetzt zugreifen und sparen.',
    },
    invent: {
      field: 'translated_description',
      replace: 'Der Stromverbrauch liegt bei nur 500 W.',
      labels: ['number_invented'],
    },
    drop: 'Der Innentopf hat eine 5-lagige Antihaftbeschichtung.',
  },
  {
    sku: 'p11',
    category: 'kitchen_appliances',
    language: 'fr',
    productName: 'Kazu 智能电饭煲 3升',
    productDescription:
      'Kazu 电饭煲容量3升，适合2至6人。内置十二种烹饪模式，支持24小时预约和一键保温。内胆为5层不粘涂层。',
    content: {
      translated_description:
        'Le cuiseur à riz Kazu contient 3 litres, pour 2 à 6 personnes. Il propose douze modes de cuisson, une mise en route différée jusqu’à 24 heures et le maintien au chaud d’une simple touche. La cuve est dotée d’un revêtement antiadhésif 5 couches.',
      seo_title: 'Cuiseur à riz Kazu 3 L, 12 modes de cuisson',
      meta_description:
        'Cuiseur à riz Kazu de 3 L pour 2 à 6 personnes : douze programmes, départ différé jusqu’à 24 h et maintien au chaud. Cuve antiadhésive 5 couches.',
      h1: 'Kazu, le cuiseur à riz de la famille',
      marketing_copy_a: 'Un riz parfait sans surveiller la casserole. Commandez Kazu dès maintenant.',
      marketing_copy_b: 'Rentrer le soir et trouver le riz déjà prêt. Découvrez une cuisine sans stress.',
      marketing_copy_c: 'Prix de lancement jusqu’à dimanche : ajoutez-le au panier.',
    },
    invent: {
      field: 'seo_title',
      find: '12 modes',
      replace: '16 modes',
      labels: ['number_invented'],
    },
    drop: 'La cuve est dotée d’un revêtement antiadhésif 5 couches.',
  },
  // p12 pet
  {
    sku: 'p12',
    category: 'pet_supplies',
    language: 'ja',
    productName: 'Pawly 自动喂食器 4升',
    productDescription:
      'Pawly 自动喂食器容量4升，每天最多定时六餐，可录制10秒语音呼唤宠物。支持电池与USB双供电，断电也不影响喂食。',
    content: {
      translated_description:
        'Pawlyの自動給餌器は容量4Lで、1日最大6回まで時間を決めて給餌できます。10秒の音声を録音して、ペットを呼ぶことも可能です。電池とUSBの二電源対応なので、停電時も給餌が止まりません。',
      seo_title: 'Pawly 自動給餌器 4L タイマー付き',
      meta_description:
        '容量4Lの自動給餌器。1日最大6回のタイマー給餌、10秒の録音機能付き。電池とUSBの二電源で停電時も安心です。',
      h1: 'Pawly ペット用自動給餌器',
      marketing_copy_a: '留守中のごはんもこれ一台で安心。今すぐご注文ください。',
      marketing_copy_b: '帰りが遅くなっても、あの子はいつもの時間にごはん。ぜひお試しください。',
      marketing_copy_c: '期間限定で送料無料。カートへ追加はお早めに。',
    },
    invent: {
      field: 'seo_title',
      find: '4L',
      replace: '5L',
      labels: ['number_invented'],
    },
    drop: '10秒の音声を録音して、ペットを呼ぶことも可能です。',
  },
  {
    sku: 'p12',
    category: 'pet_supplies',
    language: 'es',
    productName: 'Pawly 自动喂食器 4升',
    productDescription:
      'Pawly 自动喂食器容量4升，每天最多定时六餐，可录制10秒语音呼唤宠物。支持电池与USB双供电，断电也不影响喂食。',
    content: {
      translated_description:
        'El comedero automático Pawly tiene 4 litros de capacidad y programa hasta seis comidas al día. Puedes grabar un mensaje de voz de 10 segundos para llamar a tu mascota. Funciona con pilas y con USB, así que sigue dando de comer aunque se corte la luz.',
      seo_title: 'Comedero automático Pawly 4 L con temporizador',
      meta_description:
        'Comedero automático Pawly de 4 litros: hasta seis comidas al día, mensaje de voz de 10 segundos y doble alimentación con pilas y USB por si falla la luz.',
      h1: 'Pawly, el comedero que no se olvida',
      marketing_copy_a: 'Su comida a su hora, aunque tú no estés. Compra Pawly hoy.',
      marketing_copy_b: 'Llega tarde sin remordimientos: tu mascota ya ha comido. Hazte con Pawly.',
      marketing_copy_c: 'Envío gratis por tiempo limitado: añádelo al carrito.',
    },
    invent: {
      field: 'translated_description',
      find: 'hasta seis comidas',
      replace: 'hasta ocho comidas',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'Puedes grabar un mensaje de voz de 10 segundos para llamar a tu mascota.',
  },
  // p13 garden
  {
    sku: 'p13',
    category: 'garden_watering',
    language: 'fr',
    productName: 'Verdo 伸缩花园水管 30米',
    productDescription:
      'Verdo 伸缩水管完全拉伸长度30米，配有七种出水模式的喷枪。管体三层乳胶结构，工作压力可达8巴。四季可用，保修一年。',
    content: {
      translated_description:
        'Le tuyau extensible Verdo atteint 30 m une fois déployé et s’accompagne d’un pistolet à sept jets. Sa structure en latex trois couches supporte une pression de 8 bars. Il s’utilise en toute saison et il est garanti un an.',
      seo_title: 'Tuyau d’arrosage extensible Verdo 30 m, 7 jets',
      meta_description:
        'Tuyau extensible Verdo de 30 m avec pistolet sept jets, latex trois couches résistant à 8 bars. Utilisable toute l’année et garanti un an.',
      h1: 'Verdo, le tuyau qui se range tout seul',
      marketing_copy_a: 'Trente mètres qui tiennent dans un seau, à petit prix. Commandez Verdo aujourd’hui.',
      marketing_copy_b: 'Arroser sans se battre avec un tuyau emmêlé. Découvrez Verdo.',
      marketing_copy_c: 'Offre de printemps : pistolet offert, profitez-en vite.',
    },
    invent: {
      field: 'meta_description',
      find: 'résistant à 8 bars',
      replace: 'résistant à 12 bars',
      labels: ['number_invented'],
    },
    drop: 'Sa structure en latex trois couches supporte une pression de 8 bars.',
  },
  {
    sku: 'p13',
    category: 'garden_watering',
    language: 'en',
    productName: 'Verdo 伸缩花园水管 30米',
    productDescription:
      'Verdo 伸缩水管完全拉伸长度30米，配有七种出水模式的喷枪。管体三层乳胶结构，工作压力可达8巴。四季可用，保修一年。',
    content: {
      translated_description:
        'The Verdo expandable hose stretches to 30 m (about 100 ft) and comes with a seven-pattern spray gun. Its three-layer latex core handles up to 8 bar. Use it in every season, with a one-year warranty.',
      seo_title: 'Verdo 30 m Expandable Garden Hose, 7 Spray Modes',
      meta_description:
        'Verdo expandable garden hose: 30 m long, seven spray patterns and a three-layer latex core rated to 8 bar. Works all year round, one-year warranty.',
      h1: 'Verdo Expandable Hose',
      marketing_copy_a: 'Thirty metres that fit in a bucket, at a small price. Order Verdo today.',
      marketing_copy_b: 'Water the garden without wrestling a tangled hose. Discover Verdo.',
      marketing_copy_c: 'Spring offer: free spray gun this week – shop now.',
    },
    invent: {
      field: 'translated_description',
      find: 'handles up to 8 bar',
      replace: 'handles up to 10 bar',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'Its three-layer latex core handles up to 8 bar.',
  },
];
