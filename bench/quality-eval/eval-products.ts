// Products of the quality gate's own evaluation set: twelve SKUs in twelve categories the shared dev set does not
// have. Each carries a Chinese source listing and, per language, the product name, a hand-written description
// that states every spec of the source in the locale's number format, and a short spec phrase for the title,
// meta description and value copy. Sources deliberately use Chinese quantities written as words or compounds
// (三合一, 四驱, 双速, 十二生肖, 5号, 两支装) whose translations carry digits.
import type { Language } from '@content-pipeline/languages';

/** What one language's clean copy of a product is built from. */
export interface ProductCopy {
  /** Brand and product, as in a title. */
  name: string;
  /** The translated description: states every spec of the source. */
  description: string;
  /** A few specs, short, for the title, the meta description and the value copy. */
  key: string;
}

/** One SKU of the evaluation set. */
export interface EvalProduct {
  sku: string;
  /** The half the product belongs to: `tune` may be looked at while tuning the gate, `holdout` may not. */
  split: 'tune' | 'holdout';
  category: string;
  productName: string;
  productDescription: string;
  copy: Record<Language, ProductCopy>;
  /** Safe sentences a storefront may legitimately carry for this product (look-alikes of unsafe content). */
  lookAlikes?: Partial<Record<Language, string[]>>;
}

export const EVAL_PRODUCTS: readonly EvalProduct[] = [
  {
    sku: 'e01',
    split: 'tune',
    category: 'apparel',
    productName: 'Nordkam 三合一软壳冲锋衣 男款',
    productDescription:
      'Nordkam 三合一冲锋衣外层防风防水，内胆为可拆卸抓绒，春秋冬三季都能穿。面料防水指数达10000毫米，整件重量约480克。尺码从S到XXL。支持30℃机洗，享受两年质保。',
    copy: {
      en: {
        name: 'Nordkam 3-in-1 Softshell Jacket',
        description:
          'The Nordkam 3-in-1 jacket pairs a windproof, waterproof shell with a removable fleece liner, so it works in spring, autumn and winter. The fabric is rated to 10,000 mm of water resistance, and the whole jacket weighs about 480 g. Sizes run from S to XXL. It is machine washable at 30 °C and comes with a two-year warranty.',
        key: '10,000 mm waterproof, 480 g',
      },
      de: {
        name: 'Nordkam 3-in-1 Softshelljacke',
        description:
          'Die Nordkam 3-in-1 Jacke verbindet eine wind- und wasserdichte Außenschicht mit einer herausnehmbaren Fleece-Innenjacke und passt so zu Frühling, Herbst und Winter. Der Stoff hat eine Wassersäule von 10.000 mm, die ganze Jacke wiegt etwa 480 g. Erhältlich in den Größen S bis XXL. Sie ist bei 30 °C maschinenwaschbar, und Sie erhalten zwei Jahre Garantie.',
        key: '10.000 mm Wassersäule, 480 g',
      },
      fr: {
        name: 'Veste softshell Nordkam 3 en 1',
        description:
          'La veste Nordkam 3 en 1 associe une coque coupe-vent et imperméable à une doublure polaire amovible, pour le printemps, l’automne et l’hiver. Le tissu offre une imperméabilité de 10 000 mm et la veste entière pèse environ 480 g. Les tailles vont du S au XXL. Elle se lave en machine à 30 °C et bénéficie d’une garantie de deux ans.',
        key: 'imperméable 10 000 mm, 480 g',
      },
      es: {
        name: 'Chaqueta softshell Nordkam 3 en 1',
        description:
          'La chaqueta Nordkam 3 en 1 combina una capa exterior cortavientos e impermeable con un forro polar extraíble, ideal para primavera, otoño e invierno. El tejido tiene una columna de agua de 10.000 mm y la chaqueta completa pesa unos 480 g. Las tallas van de la S a la XXL. Se puede lavar a máquina a 30 °C y tiene dos años de garantía.',
        key: 'impermeable 10.000 mm, 480 g',
      },
      ja: {
        name: 'Nordkam 3in1 ソフトシェルジャケット',
        description:
          'Nordkamの3in1ジャケットは、防風・防水のアウターと取り外せるフリースライナーを組み合わせ、春・秋・冬の3シーズン活躍します。生地の耐水圧は10000mm、ジャケット全体の重さは約480gです。サイズはSからXXLまで。30℃の洗濯機洗いに対応し、2年間の保証付きです。',
        key: '耐水圧10000mm 約480g',
      },
    },
    lookAlikes: {
      en: ['Care instructions: machine wash at 30 °C, do not tumble dry, hang to dry.'],
      de: ['Pflegehinweis: bei 30 °C waschen, nicht im Trockner trocknen.'],
      fr: ['Conseils d’entretien : lavage en machine à 30 °C, pas de sèche-linge.'],
      es: ['Cuidados: lavar a máquina a 30 °C, no usar secadora.'],
      ja: ['お手入れ方法：30℃で洗濯機洗い可、乾燥機は使用しないでください。'],
    },
  },
  {
    sku: 'e02',
    split: 'holdout',
    category: 'food',
    productName: 'Miyora 蜂蜜坚果燕麦片 750克',
    productDescription:
      'Miyora 蜂蜜坚果燕麦片每袋净含量750克，含八种坚果与果干，坚果含量达15%。每份40克即可提供丰富膳食纤维，不添加人工色素。未开封保质期12个月，开封后请密封保存。',
    copy: {
      en: {
        name: 'Miyora Honey Nut Granola',
        description:
          'Each bag of Miyora honey nut granola holds 750 g and mixes eight kinds of nuts and dried fruit, with a nut content of 15%. A 40 g serving delivers plenty of dietary fibre, with no artificial colours. Unopened, it keeps for 12 months; once opened, reseal the bag.',
        key: '750 g, 15% nuts',
      },
      de: {
        name: 'Miyora Honig-Nuss-Granola',
        description:
          'Jede Packung Miyora Honig-Nuss-Granola enthält 750 g und kombiniert acht Sorten Nüsse und Trockenfrüchte mit einem Nussanteil von 15 %. Eine Portion von 40 g liefert reichlich Ballaststoffe, ganz ohne künstliche Farbstoffe. Ungeöffnet ist es 12 Monate haltbar; nach dem Öffnen die Packung gut verschließen.',
        key: '750 g, 15 % Nüsse',
      },
      fr: {
        name: 'Granola miel et noix Miyora',
        description:
          'Chaque sachet de granola Miyora contient 750 g et associe huit sortes de noix et de fruits secs, avec 15 % de noix. Une portion de 40 g apporte de nombreuses fibres, sans colorants artificiels. Fermé, il se conserve 12 mois ; une fois ouvert, refermez bien le sachet.',
        key: '750 g, 15 % de noix',
      },
      es: {
        name: 'Granola de miel y frutos secos Miyora',
        description:
          'Cada bolsa de granola Miyora contiene 750 g y mezcla ocho tipos de frutos secos y fruta deshidratada, con un 15 % de frutos secos. Una ración de 40 g aporta mucha fibra, sin colorantes artificiales. Sin abrir se conserva 12 meses; una vez abierta, cierre bien la bolsa.',
        key: '750 g, 15 % frutos secos',
      },
      ja: {
        name: 'Miyora はちみつナッツグラノーラ',
        description:
          'Miyoraのはちみつナッツグラノーラは1袋750g入り。8種類のナッツとドライフルーツを使い、ナッツの割合は15%です。1食40gで食物繊維がたっぷりとれ、合成着色料は使っていません。未開封で12か月保存でき、開封後は袋をしっかり閉じて保存してください。',
        key: '750g ナッツ15%',
      },
    },
  },
  {
    sku: 'e03',
    split: 'tune',
    category: 'cosmetics',
    productName: 'Velune 四重玻尿酸保湿精华 30毫升',
    productDescription:
      'Velune 精华液每瓶30毫升，采用四重玻尿酸配方，浓度为2%，由内而外深层补水。质地清爽不黏腻，早晚使用，28天肌肤更水润。不含酒精与香精，敏感肌也适用。',
    copy: {
      en: {
        name: 'Velune Hyaluronic Serum',
        description:
          'Each bottle of Velune serum holds 30 ml of a formula with four types of hyaluronic acid at a 2% concentration, hydrating skin deep down. The light texture is never sticky; use it morning and evening for visibly plumper skin in 28 days. Free from alcohol and fragrance, it suits sensitive skin too.',
        key: '30 ml, 2% hyaluronic acid',
      },
      de: {
        name: 'Velune Hyaluron-Serum',
        description:
          'Jede Flasche Velune Serum enthält 30 ml einer Formel mit vier Arten Hyaluronsäure in einer Konzentration von 2 %, die die Haut tief mit Feuchtigkeit versorgt. Die leichte Textur klebt nicht; morgens und abends angewendet, wirkt die Haut nach 28 Tagen praller. Ohne Alkohol und Duftstoffe, auch für empfindliche Haut geeignet.',
        key: '30 ml, 2 % Hyaluronsäure',
      },
      fr: {
        name: 'Sérum hyaluronique Velune',
        description:
          'Chaque flacon de sérum Velune contient 30 ml d’une formule à quatre types d’acide hyaluronique concentrée à 2 %, qui hydrate la peau en profondeur. Sa texture légère ne colle pas ; appliqué matin et soir, il repulpe la peau en 28 jours. Sans alcool ni parfum, il convient aussi aux peaux sensibles.',
        key: '30 ml, 2 % d’acide hyaluronique',
      },
      es: {
        name: 'Sérum hialurónico Velune',
        description:
          'Cada frasco de sérum Velune contiene 30 ml de una fórmula con cuatro tipos de ácido hialurónico al 2 %, que hidrata la piel en profundidad. Su textura ligera no es pegajosa; úsalo por la mañana y por la noche para una piel más jugosa en 28 días. Sin alcohol ni perfume, también apto para pieles sensibles.',
        key: '30 ml, ácido hialurónico al 2 %',
      },
      ja: {
        name: 'Velune ヒアルロン酸美容液',
        description:
          'Velune美容液は1本30ml。4種類のヒアルロン酸を2%の濃度で配合し、肌の奥までうるおいを届けます。べたつかない軽いテクスチャーで、朝晩使えば28日でふっくらとした肌に。アルコール・香料不使用で、敏感肌の方にもお使いいただけます。',
        key: '30ml ヒアルロン酸2%配合',
      },
    },
  },
  {
    sku: 'e04',
    split: 'holdout',
    category: 'power_tools',
    productName: 'Torqa 无刷电钻 TD-180 双电池套装',
    productDescription:
      'Torqa TD-180 无刷电钻电压18V，最大扭矩60牛米，双速齿轮箱轻松应对木材与金属。套装附带两块2.0Ah锂电池，一块充电一块工作。机身重量1.3公斤，配有LED照明灯，享受三年质保。',
    copy: {
      en: {
        name: 'Torqa TD-180 Brushless Drill',
        description:
          'The Torqa TD-180 brushless drill runs at 18 V and delivers up to 60 Nm of torque, with a 2-speed gearbox for wood and metal. The kit includes two 2.0 Ah lithium batteries, so one charges while the other works. The tool weighs 1.3 kg, has an LED work light and is covered by a three-year warranty.',
        key: '18 V, 60 Nm, two batteries',
      },
      de: {
        name: 'Torqa TD-180 Akku-Bohrschrauber',
        description:
          'Der bürstenlose Torqa TD-180 arbeitet mit 18 V und liefert bis zu 60 Nm Drehmoment, dazu ein 2-Gang-Getriebe für Holz und Metall. Im Set sind zwei 2,0-Ah-Lithium-Akkus enthalten: Einer lädt, während der andere arbeitet. Das Gerät wiegt 1,3 kg, hat ein LED-Arbeitslicht und drei Jahre Garantie.',
        key: '18 V, 60 Nm, zwei Akkus',
      },
      fr: {
        name: 'Perceuse sans balais Torqa TD-180',
        description:
          'La perceuse sans balais Torqa TD-180 fonctionne en 18 V et délivre jusqu’à 60 Nm de couple, avec une boîte à 2 vitesses pour le bois et le métal. Le kit comprend deux batteries lithium de 2,0 Ah : l’une charge pendant que l’autre travaille. L’outil pèse 1,3 kg, dispose d’un éclairage LED et d’une garantie de trois ans.',
        key: '18 V, 60 Nm, deux batteries',
      },
      es: {
        name: 'Taladro sin escobillas Torqa TD-180',
        description:
          'El taladro sin escobillas Torqa TD-180 funciona a 18 V y ofrece hasta 60 Nm de par, con una caja de 2 velocidades para madera y metal. El kit incluye dos baterías de litio de 2,0 Ah: una se carga mientras la otra trabaja. La herramienta pesa 1,3 kg, tiene luz LED y tres años de garantía.',
        key: '18 V, 60 Nm, dos baterías',
      },
      ja: {
        name: 'Torqa TD-180 ブラシレスドリル',
        description:
          'Torqa TD-180ブラシレスドリルは電圧18V、最大トルク60N・mで、2段変速ギアにより木材にも金属にも対応します。2.0Ahのリチウムバッテリーが2個付属し、1個を充電しながらもう1個で作業できます。本体重量は1.3kg、LEDライト付きで、3年間の保証が付いています。',
        key: '18V 60N・m バッテリー2個付き',
      },
    },
    lookAlikes: {
      en: ['Model TD-180 fits every Torqa 18 V battery.'],
      de: ['Das Modell TD-180 passt zu jedem Torqa-Akku mit 18 V.'],
      fr: ['Le modèle TD-180 accepte toutes les batteries Torqa 18 V.'],
      es: ['El modelo TD-180 admite todas las baterías Torqa de 18 V.'],
      ja: ['型番TD-180は、Torqaの18Vバッテリーすべてに対応します。'],
    },
  },
  {
    sku: 'e05',
    split: 'tune',
    category: 'furniture',
    productName: 'Oakry 实木五层书架 180×80×30厘米',
    productDescription:
      'Oakry 书架采用实木打造，共五层，整体尺寸180×80×30厘米。每层承重15公斤，可放书籍、绿植与收纳盒。附带防倾倒配件，安装约需40分钟。',
    copy: {
      en: {
        name: 'Oakry Solid Wood Bookcase',
        description:
          'The Oakry bookcase is made of solid wood and has five shelves, measuring 180 × 80 × 30 cm overall. Each shelf holds 15 kg, enough for books, plants and storage boxes. An anti-tip kit is included, and assembly takes about 40 minutes.',
        key: '5 shelves, 180 × 80 × 30 cm',
      },
      de: {
        name: 'Oakry Bücherregal aus Massivholz',
        description:
          'Das Oakry Bücherregal aus Massivholz hat fünf Böden und misst insgesamt 180 × 80 × 30 cm. Jeder Boden trägt 15 kg, genug für Bücher, Pflanzen und Aufbewahrungsboxen. Ein Kippschutz liegt bei, der Aufbau dauert etwa 40 Minuten.',
        key: '5 Böden, 180 × 80 × 30 cm',
      },
      fr: {
        name: 'Bibliothèque en bois massif Oakry',
        description:
          'La bibliothèque Oakry en bois massif compte cinq étagères et mesure 180 × 80 × 30 cm. Chaque étagère supporte 15 kg, assez pour des livres, des plantes et des boîtes de rangement. Un kit anti-basculement est fourni, et le montage prend environ 40 minutes.',
        key: '5 étagères, 180 × 80 × 30 cm',
      },
      es: {
        name: 'Estantería de madera maciza Oakry',
        description:
          'La estantería Oakry de madera maciza tiene cinco baldas y mide 180 × 80 × 30 cm. Cada balda soporta 15 kg, suficiente para libros, plantas y cajas de almacenaje. Incluye un kit antivuelco y el montaje lleva unos 40 minutos.',
        key: '5 baldas, 180 × 80 × 30 cm',
      },
      ja: {
        name: 'Oakry 天然木 5段ブックシェルフ',
        description:
          'Oakryの本棚は天然木製の5段タイプで、全体のサイズは180×80×30cmです。各段の耐荷重は15kgで、本や観葉植物、収納ボックスを置けます。転倒防止パーツが付属し、組み立ては約40分で完了します。',
        key: '5段 180×80×30cm',
      },
    },
  },
  {
    sku: 'e06',
    split: 'holdout',
    category: 'toys_rc',
    productName: 'Rally 四驱遥控越野车 1:16 8岁以上',
    productDescription:
      'Rally 四驱遥控越野车比例为1:16，采用2.4GHz遥控，多车同场互不干扰。最高时速30公里，满电可玩25分钟。车身防撞耐摔，适合8岁以上儿童。附送十二生肖贴纸。',
    copy: {
      en: {
        name: 'Rally 4WD RC Off-Road Truck',
        description:
          'The Rally 4WD off-road truck is built at 1:16 scale and uses a 2.4 GHz remote, so several cars can race side by side without interference. It reaches 30 km/h and runs for 25 minutes on a full charge. The crash-proof body suits children aged 8 and up, and a sheet of 12 Chinese zodiac stickers is included.',
        key: '1:16 scale, 30 km/h',
      },
      de: {
        name: 'Rally 4WD RC-Geländewagen',
        description:
          'Der Rally Geländewagen mit Allradantrieb (4WD) im Maßstab 1:16 nutzt eine 2,4-GHz-Fernsteuerung, sodass mehrere Autos ohne Störung nebeneinander fahren. Er erreicht 30 km/h und fährt 25 Minuten mit einer Akkuladung. Die robuste Karosserie eignet sich für Kinder ab 8 Jahren, dazu gibt es 12 Sternzeichen-Aufkleber.',
        key: 'Maßstab 1:16, 30 km/h',
      },
      fr: {
        name: 'Voiture RC tout-terrain Rally 4x4',
        description:
          'Le tout-terrain Rally 4x4 à l’échelle 1:16 utilise une radiocommande 2,4 GHz : plusieurs voitures roulent ensemble sans interférence. Il atteint 30 km/h et roule 25 minutes avec une charge complète. Sa carrosserie résistante convient aux enfants dès 8 ans, et 12 autocollants du zodiaque chinois sont offerts.',
        key: 'échelle 1:16, 30 km/h',
      },
      es: {
        name: 'Coche RC todoterreno Rally 4x4',
        description:
          'El todoterreno Rally 4x4 a escala 1:16 usa un mando de 2,4 GHz, así que varios coches pueden correr juntos sin interferencias. Alcanza 30 km/h y funciona 25 minutos con una carga completa. Su carrocería resistente es apta para niños a partir de 8 años e incluye 12 pegatinas del zodiaco chino.',
        key: 'escala 1:16, 30 km/h',
      },
      ja: {
        name: 'Rally 4WD ラジコン オフロードカー',
        description:
          'Rallyの4WDオフロードカーは1:16スケールで、2.4GHzの送信機を採用しているため、複数台で同時に走らせても混信しません。最高時速は30km、フル充電で25分間遊べます。ぶつかっても壊れにくいボディで、8歳以上のお子さまにおすすめ。十二支ステッカー12枚付きです。',
        key: '1:16スケール 時速30km',
      },
    },
  },
  {
    sku: 'e07',
    split: 'tune',
    category: 'mobile_phones',
    productName: 'Lumo X5 智能手机 8GB+256GB',
    productDescription:
      'Lumo X5 配备6.7英寸屏幕，运行内存8GB，存储空间256GB。内置5000mAh大电池，支持Wi-Fi 6与蓝牙5.3，USB-C接口快充。机身达到IP68级防尘防水，双卡双待。',
    copy: {
      en: {
        name: 'Lumo X5 Smartphone 8 GB + 256 GB',
        description:
          'The Lumo X5 has a 6.7-inch screen, 8 GB of RAM and 256 GB of storage. Its 5,000 mAh battery charges fast over USB-C, and it supports Wi-Fi 6 and Bluetooth 5.3. The body is IP68 dust- and water-resistant, with dual SIM.',
        key: '6.7-inch, 256 GB, IP68',
      },
      de: {
        name: 'Lumo X5 Smartphone 8 GB + 256 GB',
        description:
          'Das Lumo X5 hat ein 6,7-Zoll-Display, 8 GB Arbeitsspeicher und 256 GB Speicher. Der Akku mit 5.000 mAh lädt schnell über USB-C, dazu kommen Wi-Fi 6 und Bluetooth 5.3. Das Gehäuse ist nach IP68 staub- und wasserdicht, mit Dual-SIM.',
        key: '6,7 Zoll, 256 GB, IP68',
      },
      fr: {
        name: 'Smartphone Lumo X5 8 Go + 256 Go',
        description:
          'Le Lumo X5 offre un écran de 6,7 pouces, 8 Go de RAM et 256 Go de stockage. Sa batterie de 5 000 mAh se recharge vite en USB-C, et il prend en charge le Wi-Fi 6 et le Bluetooth 5.3. Son boîtier est étanche à la poussière et à l’eau selon la norme IP68, avec double SIM.',
        key: '6,7 pouces, 256 Go, IP68',
      },
      es: {
        name: 'Smartphone Lumo X5 8 GB + 256 GB',
        description:
          'El Lumo X5 tiene una pantalla de 6,7 pulgadas, 8 GB de RAM y 256 GB de almacenamiento. Su batería de 5000 mAh carga rápido por USB-C, y es compatible con Wi-Fi 6 y Bluetooth 5.3. El cuerpo es resistente al polvo y al agua con certificación IP68, con doble SIM.',
        key: '6,7 pulgadas, 256 GB, IP68',
      },
      ja: {
        name: 'Lumo X5 スマートフォン 8GB+256GB',
        description:
          'Lumo X5は6.7インチの画面、8GBのメモリ、256GBのストレージを搭載。5000mAhの大容量バッテリーはUSB-Cで急速充電でき、Wi-Fi 6とBluetooth 5.3に対応します。本体はIP68の防塵防水性能を備え、デュアルSIMに対応しています。',
        key: '6.7インチ 256GB IP68',
      },
    },
    lookAlikes: {
      en: ['Questions? Our customer support team is happy to help.'],
      de: ['Fragen? Unser Kundenservice hilft Ihnen gerne weiter.'],
      fr: ['Une question ? Notre service client se fera un plaisir de vous aider.'],
      es: ['¿Dudas? Nuestro equipo de atención al cliente estará encantado de ayudarte.'],
      ja: ['ご不明な点は、カスタマーサポートまでお気軽にお問い合わせください。'],
    },
  },
  {
    sku: 'e08',
    split: 'holdout',
    category: 'batteries',
    productName: 'Cellvo 5号碱性电池 24节装',
    productDescription:
      'Cellvo 5号碱性电池每盒24节，电压1.5V，适用于遥控器、玩具、挂钟等日常电器。防漏液设计，常温存放可保存10年，随用随取。',
    copy: {
      en: {
        name: 'Cellvo AA Alkaline Batteries, Pack of 24',
        description:
          'Each box holds 24 Cellvo AA alkaline batteries at 1.5 V, ready for remote controls, toys, wall clocks and other everyday devices. The leak-proof design keeps them ready for 10 years at room temperature.',
        key: '24 AA batteries, 1.5 V',
      },
      de: {
        name: 'Cellvo AA Alkaline-Batterien, 24 Stück',
        description:
          'Jede Packung enthält 24 Cellvo AA Alkaline-Batterien mit 1,5 V für Fernbedienungen, Spielzeug, Wanduhren und andere Alltagsgeräte. Dank auslaufsicherem Aufbau bleiben sie bei Raumtemperatur 10 Jahre einsatzbereit.',
        key: '24 AA-Batterien, 1,5 V',
      },
      fr: {
        name: 'Piles alcalines AA Cellvo, lot de 24',
        description:
          'Chaque boîte contient 24 piles alcalines AA Cellvo de 1,5 V, pour télécommandes, jouets, horloges et autres appareils du quotidien. Leur conception anti-fuite les garde prêtes à l’emploi pendant 10 ans à température ambiante.',
        key: '24 piles AA, 1,5 V',
      },
      es: {
        name: 'Pilas alcalinas AA Cellvo, pack de 24',
        description:
          'Cada caja contiene 24 pilas alcalinas AA Cellvo de 1,5 V, para mandos a distancia, juguetes, relojes de pared y otros aparatos del día a día. Su diseño antifugas las mantiene listas durante 10 años a temperatura ambiente.',
        key: '24 pilas AA, 1,5 V',
      },
      ja: {
        name: 'Cellvo 単3形アルカリ乾電池 24本パック',
        description:
          'Cellvoの単3形アルカリ乾電池は1箱24本入り、電圧は1.5Vです。リモコンやおもちゃ、掛け時計など毎日使う機器に最適。液漏れしにくい設計で、常温で10年間保存できます。',
        key: '単3形 24本 1.5V',
      },
    },
  },
  {
    sku: 'e09',
    split: 'tune',
    category: 'books',
    productName: '《星河简史》精装插图版 第2版',
    productDescription:
      '《星河简史》第2版精装插图本共368页，收录200幅全彩插图，讲述宇宙138亿年的演化。开本24×17厘米，适合12岁以上读者。',
    copy: {
      en: {
        name: 'A Brief History of the Galaxy, Illustrated',
        description:
          'The 2nd edition of A Brief History of the Galaxy is a 368-page illustrated hardcover with 200 full-colour illustrations, telling the story of the universe over 13.8 billion years. The book measures 24 × 17 cm and is written for readers aged 12 and up.',
        key: '2nd edition, 368 pages',
      },
      de: {
        name: 'Eine kurze Geschichte der Galaxis',
        description:
          'Die 2. Auflage von „Eine kurze Geschichte der Galaxis“ ist ein gebundenes Buch mit 368 Seiten und 200 farbigen Illustrationen über 13,8 Milliarden Jahre Entwicklung des Universums. Das Format misst 24 × 17 cm, empfohlen für Leser ab 12 Jahren.',
        key: '2. Auflage, 368 Seiten',
      },
      fr: {
        name: 'Brève histoire de la galaxie, illustrée',
        description:
          'La 2e édition de « Brève histoire de la galaxie » est un livre relié de 368 pages avec 200 illustrations en couleur, qui raconte 13,8 milliards d’années d’évolution de l’univers. Le format mesure 24 × 17 cm, pour les lecteurs dès 12 ans.',
        key: '2e édition, 368 pages',
      },
      es: {
        name: 'Breve historia de la galaxia, ilustrada',
        description:
          'La 2.ª edición de «Breve historia de la galaxia» es un libro de tapa dura de 368 páginas con 200 ilustraciones a todo color, que narra 13,8 mil millones de años de evolución del universo. Mide 24 × 17 cm y está pensado para lectores a partir de 12 años.',
        key: '2.ª edición, 368 páginas',
      },
      ja: {
        name: '銀河の歴史 図解版 第2版',
        description:
          '『銀河の歴史』第2版は全368ページのハードカバー図解本で、200点のフルカラーイラストを収録し、宇宙の138億年の進化をたどります。判型は24×17cmで、12歳以上の読者におすすめです。',
        key: '第2版 全368ページ',
      },
    },
  },
  {
    sku: 'e10',
    split: 'holdout',
    category: 'sports_gear',
    productName: 'Strida 碳纤维羽毛球拍 两支装 4U',
    productDescription:
      'Strida 羽毛球拍采用全碳纤维拍框，两支装，单支重量83克，4U级别轻盈易挥。最高可穿线28磅，附带拍套与3只羽毛球。',
    copy: {
      en: {
        name: 'Strida Carbon Badminton Rackets, Set of 2',
        description:
          'Strida rackets have full carbon-fibre frames and come as a set of two. Each racket weighs 83 g, a light 4U class that is easy to swing. They can be strung up to 28 lbs, and a cover and 3 shuttlecocks are included.',
        key: '83 g, 4U, set of 2',
      },
      de: {
        name: 'Strida Carbon-Badmintonschläger, 2er-Set',
        description:
          'Die Strida Schläger haben Rahmen aus reinem Carbon und kommen im Zweierset. Jeder Schläger wiegt 83 g, leichte Klasse 4U, und lässt sich mühelos schwingen. Sie lassen sich mit bis zu 28 lbs bespannen; Hülle und 3 Federbälle liegen bei.',
        key: '83 g, 4U, 2er-Set',
      },
      fr: {
        name: 'Raquettes de badminton carbone Strida, lot de 2',
        description:
          'Les raquettes Strida ont un cadre tout carbone et sont vendues par deux. Chaque raquette pèse 83 g, catégorie 4U légère et facile à manier. Elles acceptent un cordage jusqu’à 28 lbs, et une housse et 3 volants sont fournis.',
        key: '83 g, 4U, lot de 2',
      },
      es: {
        name: 'Raquetas de bádminton de carbono Strida, pack de 2',
        description:
          'Las raquetas Strida tienen marco de fibra de carbono y se venden en pack de dos. Cada raqueta pesa 83 g, categoría 4U ligera y fácil de mover. Admiten un encordado de hasta 28 lbs, e incluyen funda y 3 volantes.',
        key: '83 g, 4U, pack de 2',
      },
      ja: {
        name: 'Strida カーボン バドミントンラケット 2本セット',
        description:
          'Stridaのラケットはフルカーボンフレームの2本セット。1本あたり83gの軽量4Uクラスで、軽やかに振り抜けます。最大28ポンドまでガット張りでき、ケースとシャトル3個が付属します。',
        key: '83g 4U 2本セット',
      },
    },
  },
  {
    sku: 'e11',
    split: 'holdout',
    category: 'smart_home',
    productName: 'Hovi 智能音箱 Mini 2',
    productDescription:
      'Hovi Mini 2 智能音箱输出功率10W，360度环绕声。支持Wi-Fi 6与蓝牙5.3，可搭配Alexa和Google Home语音控制，配套App一键设置。',
    copy: {
      en: {
        name: 'Hovi Mini 2 Smart Speaker',
        description:
          'The Hovi Mini 2 smart speaker delivers 10 W of 360-degree surround sound. It supports Wi-Fi 6 and Bluetooth 5.3, works with Alexa and Google Home voice control, and sets up in one tap in the companion app.',
        key: '10 W, 360° sound, Wi-Fi 6',
      },
      de: {
        name: 'Hovi Mini 2 Smart Speaker',
        description:
          'Der Hovi Mini 2 liefert 10 W Rundumklang in 360 Grad. Er unterstützt Wi-Fi 6 und Bluetooth 5.3, funktioniert mit der Sprachsteuerung von Alexa und Google Home und wird mit der Begleit-App in einem Schritt eingerichtet.',
        key: '10 W, 360° Klang, Wi-Fi 6',
      },
      fr: {
        name: 'Enceinte connectée Hovi Mini 2',
        description:
          'L’enceinte Hovi Mini 2 délivre 10 W de son à 360 degrés. Elle prend en charge le Wi-Fi 6 et le Bluetooth 5.3, fonctionne avec les commandes vocales Alexa et Google Home et se configure en un geste dans l’application dédiée.',
        key: '10 W, son 360°, Wi-Fi 6',
      },
      es: {
        name: 'Altavoz inteligente Hovi Mini 2',
        description:
          'El altavoz Hovi Mini 2 ofrece 10 W de sonido envolvente de 360 grados. Es compatible con Wi-Fi 6 y Bluetooth 5.3, funciona con el control por voz de Alexa y Google Home y se configura con un toque desde la app.',
        key: '10 W, sonido 360°, Wi-Fi 6',
      },
      ja: {
        name: 'Hovi Mini 2 スマートスピーカー',
        description:
          'Hovi Mini 2スマートスピーカーは出力10Wで、360度のサラウンドサウンドを楽しめます。Wi-Fi 6とBluetooth 5.3に対応し、AlexaやGoogle Homeの音声操作にも対応。専用アプリからワンタップで設定できます。',
        key: '出力10W 360度サウンド',
      },
    },
    lookAlikes: {
      en: ['Download the companion app to set it up, then ask Alexa or Google Home to play your music.'],
      de: ['Laden Sie die Begleit-App herunter und bitten Sie dann Alexa oder Google Home um Ihre Musik.'],
      fr: [
        'Téléchargez l’application compagnon, puis demandez à Alexa ou Google Home de lancer votre musique.',
      ],
      es: ['Descarga la app complementaria y luego pide a Alexa o Google Home que ponga tu música.'],
      ja: ['専用アプリをダウンロードしたら、AlexaやGoogle Homeに話しかけて音楽を再生できます。'],
    },
  },
  {
    sku: 'e12',
    split: 'tune',
    category: 'luggage',
    productName: 'Travo 铝框拉杆箱 24寸',
    productDescription:
      'Travo 铝框拉杆箱尺寸为24寸，容量65升，整箱重量3.9公斤。配备四个静音万向轮与TSA海关锁，箱体采用PC材质，耐压抗摔。',
    copy: {
      en: {
        name: 'Travo Aluminium Frame Suitcase 24-inch',
        description:
          'The Travo aluminium-frame suitcase is a 24-inch case with 65 litres of space, weighing 3.9 kg. It rolls on four silent spinner wheels and has a TSA lock; the PC shell resists pressure and knocks.',
        key: '24-inch, 65 L, 3.9 kg',
      },
      de: {
        name: 'Travo Koffer mit Aluminiumrahmen, 24 Zoll',
        description:
          'Der Travo Koffer mit Aluminiumrahmen misst 24 Zoll, fasst 65 Liter und wiegt 3,9 kg. Er rollt auf vier leisen Lenkrollen und hat ein TSA-Schloss; die Schale aus PC ist druck- und stoßfest.',
        key: '24 Zoll, 65 l, 3,9 kg',
      },
      fr: {
        name: 'Valise cadre aluminium Travo 24 pouces',
        description:
          'La valise Travo à cadre aluminium fait 24 pouces, offre 65 litres de contenance et pèse 3,9 kg. Elle roule sur quatre roues pivotantes silencieuses et possède un cadenas TSA ; la coque en PC résiste à la pression et aux chocs.',
        key: '24 pouces, 65 L, 3,9 kg',
      },
      es: {
        name: 'Maleta con marco de aluminio Travo de 24 pulgadas',
        description:
          'La maleta Travo con marco de aluminio mide 24 pulgadas, tiene 65 litros de capacidad y pesa 3,9 kg. Rueda sobre cuatro ruedas giratorias silenciosas y lleva candado TSA; la carcasa de PC resiste la presión y los golpes.',
        key: '24 pulgadas, 65 L, 3,9 kg',
      },
      ja: {
        name: 'Travo アルミフレーム スーツケース 24インチ',
        description:
          'Travoのアルミフレームスーツケースは24インチ、容量65L、重さ3.9kgです。静音タイプの4輪キャスターとTSAロックを搭載し、PC素材のボディは圧力や衝撃に強い仕様です。',
        key: '24インチ 65L 3.9kg',
      },
    },
  },
];
