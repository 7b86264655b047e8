// Blind set, round 4 (written after the round-3 fixes, scored once without tuning: the final held-out figure):
// six products in categories no earlier set has, 12 hand-written listings, three artifact styles per listing
// and wording of its own; legitimate numbers: 40,000 per minute, IPX7, UV400, TR90, 3D, 90°–135°, ±0.02 mm,
// °C with °F, cm with inches, litres with gallons, 3-in-1.
import type { Language } from '@content-pipeline/languages';
import type { BlindListing, DefectWording } from './blind-set';

const BRUSH_ZH = 'Dentra 声波电动牙刷';
const BRUSH_SRC =
  'Dentra 声波牙刷每分钟40000次振动，五种清洁模式，充满电可用30天。IPX7级防水，附赠两个刷头。';
const SHADES_ZH = 'Solis 偏光太阳镜';
const SHADES_SRC = 'Solis 偏光太阳镜具备UV400防护，镜片宽度58毫米，采用TR90镜框，重量仅22克。';
const CHAIR_ZH = 'Ergon 人体工学办公椅';
const CHAIR_SRC =
  'Ergon 办公椅最大承重150公斤，座高可在45至55厘米之间调节，靠背可在90°至135°之间倾斜，配有3D扶手。';
const PAN_ZH = 'Cocina 不粘煎锅 28厘米';
const PAN_SRC = 'Cocina 煎锅直径28厘米，适用于电磁炉，锅面为五层不粘涂层，耐热260℃，重1.1公斤。';
const FILAMENT_ZH = 'Printa PLA 3D打印耗材 1.75毫米';
const FILAMENT_SRC = 'Printa PLA耗材直径1.75毫米，净重1公斤，直径公差±0.02毫米，打印温度190至220℃。';
const TANK_ZH = 'Aquo 60升鱼缸套装';
const TANK_SRC = 'Aquo 鱼缸容量60升，尺寸60×30×36厘米，配有LED灯和三合一过滤器。玻璃厚度5毫米。';

export const ROUND_4_LISTINGS: readonly BlindListing[] = [
  {
    sku: 's01',
    category: 'oral_care',
    language: 'en',
    productName: BRUSH_ZH,
    productDescription: BRUSH_SRC,
    content: {
      translated_description:
        'The Dentra sonic toothbrush delivers 40,000 vibrations per minute across five cleaning modes, and one full charge lasts 30 days. It is IPX7 waterproof and comes with two brush heads.',
      seo_title: 'Dentra Sonic Electric Toothbrush, 5 Modes, IPX7',
      meta_description:
        'Dentra sonic electric toothbrush with 40,000 vibrations per minute, five cleaning modes, 30 days per charge and IPX7 water resistance. Two brush heads included.',
      h1: 'Dentra Sonic Toothbrush',
      marketing_copy_a: 'Dentist-level clean without the dentist-level price. Buy Dentra today.',
      marketing_copy_b: 'That fresh, just-polished feeling every single morning. Discover Dentra.',
      marketing_copy_c: 'Extra brush head free this week – order now.',
    },
    invent: { field: 'seo_title', find: '5 Modes', replace: '6 Modes', labels: ['number_invented'] },
    drop: 'It is IPX7 waterproof and comes with two brush heads.',
  },
  {
    sku: 's01',
    category: 'oral_care',
    language: 'ja',
    productName: BRUSH_ZH,
    productDescription: BRUSH_SRC,
    content: {
      translated_description:
        'Dentraの音波電動歯ブラシは毎分40,000回の振動で、5つの清掃モードを搭載。フル充電で30日間使えます。IPX7の防水性能で、替えブラシが2本付属します。',
      seo_title: 'Dentra 音波電動歯ブラシ IPX7防水',
      meta_description:
        '毎分40,000回振動の音波電動歯ブラシ。5つのモード、1回の充電で30日使用可能、IPX7防水。替えブラシ2本付きです。',
      h1: 'Dentra 音波歯ブラシ',
      marketing_copy_a: '歯科医院のような仕上がりを、手の届く価格で。今すぐ購入。',
      marketing_copy_b: '毎朝、磨きたてのさわやかさ。ぜひお試しください。',
      marketing_copy_c: '今週は替えブラシを1本プレゼント。お早めにどうぞ。',
    },
    invent: {
      field: 'translated_description',
      find: 'フル充電で30日間',
      replace: 'フル充電で45日間',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'IPX7の防水性能で、替えブラシが2本付属します。',
  },
  {
    sku: 's02',
    category: 'eyewear',
    language: 'fr',
    productName: SHADES_ZH,
    productDescription: SHADES_SRC,
    content: {
      translated_description:
        'Les lunettes de soleil polarisées Solis offrent une protection UV400, des verres de 58 mm de large et une monture en TR90. Elles ne pèsent que 22 g.',
      seo_title: 'Lunettes de soleil polarisées Solis UV400, 22 g',
      meta_description:
        'Lunettes de soleil polarisées Solis : protection UV400, verres de 58 mm, monture souple en TR90 et seulement 22 g sur le nez pour un confort durable.',
      h1: 'Solis, le soleil sans éblouissement',
      marketing_copy_a: 'La qualité d’une grande marque, sans son prix. Achetez Solis.',
      marketing_copy_b: 'Une lumière douce, même face à la mer à midi. Découvrez Solis.',
      marketing_copy_c: 'Étui offert cet été : commandez vite.',
    },
    invent: {
      field: 'translated_description',
      find: 'ne pèsent que 22 g',
      replace: 'ne pèsent que 18 g',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'Elles ne pèsent que 22 g.',
  },
  {
    sku: 's02',
    category: 'eyewear',
    language: 'es',
    productName: SHADES_ZH,
    productDescription: SHADES_SRC,
    content: {
      translated_description:
        'Las gafas de sol polarizadas Solis ofrecen protección UV400, lentes de 58 mm de ancho y montura de TR90. Pesan solo 22 g.',
      seo_title: 'Gafas de sol polarizadas Solis UV400, solo 22 g',
      meta_description:
        'Gafas de sol polarizadas Solis con protección UV400, lentes de 58 mm y montura flexible de TR90. Solo 22 g para llevarlas cómodamente todo el día.',
      h1: 'Solis, el sol sin deslumbrar',
      marketing_copy_a: 'Calidad de gran marca sin su precio. Cómpralas hoy.',
      marketing_copy_b: 'Luz suave incluso frente al mar a mediodía. Descubre Solis.',
      marketing_copy_c: 'Funda de regalo este verano: aprovecha.',
    },
    invent: {
      field: 'meta_description',
      find: 'lentes de 58 mm',
      replace: 'lentes de 62 mm',
      labels: ['number_invented'],
    },
    drop: 'Pesan solo 22 g.',
  },
  {
    sku: 's03',
    category: 'office_furniture',
    language: 'de',
    productName: CHAIR_ZH,
    productDescription: CHAIR_SRC,
    content: {
      translated_description:
        'Der ergonomische Bürostuhl Ergon trägt bis zu 150 kg. Die Sitzhöhe lässt sich zwischen 45 und 55 cm einstellen, die Rückenlehne zwischen 90° und 135° neigen, und die Armlehnen sind in 3D verstellbar.',
      seo_title: 'Ergon ergonomischer Bürostuhl, bis 150 kg',
      meta_description:
        'Ergonomischer Bürostuhl Ergon: belastbar bis 150 kg, Sitzhöhe 45–55 cm, Rückenlehne von 90° bis 135° neigbar und 3D-Armlehnen für entspanntes Arbeiten.',
      h1: 'Ergon Bürostuhl',
      marketing_copy_a: 'Büroqualität zum fairen Preis. Jetzt bestellen.',
      marketing_copy_b: 'Acht Stunden sitzen, ohne es am Abend im Rücken zu spüren. Entdecken Sie Ergon.',
      marketing_copy_c: 'Montage gratis bis Monatsende: Sichern Sie sich Ihren Stuhl.',
    },
    invent: {
      field: 'translated_description',
      replace: 'Die Gasdruckfeder ist nach DIN 4550 geprüft.',
      labels: ['number_invented'],
    },
    drop: 'Der ergonomische Bürostuhl Ergon trägt bis zu 150 kg.',
  },
  {
    sku: 's03',
    category: 'office_furniture',
    language: 'en',
    productName: CHAIR_ZH,
    productDescription: CHAIR_SRC,
    content: {
      translated_description:
        'The Ergon ergonomic office chair supports up to 150 kg (330 lb). Seat height adjusts from 45 to 55 cm, the backrest reclines from 90° to 135°, and the armrests move in 3D.',
      seo_title: 'Ergon Ergonomic Office Chair, 150 kg, 3D Arms',
      meta_description:
        'Ergon ergonomic office chair: supports up to 150 kg, seat height 45–55 cm, backrest reclining from 90° to 135° and 3D armrests for all-day comfort.',
      h1: 'Ergon Office Chair',
      marketing_copy_a: 'Office-grade comfort at a home-office price. Order yours now.',
      marketing_copy_b: 'Eight hours of work, and your back will not notice. Discover Ergon.',
      marketing_copy_c: 'Free assembly until the end of the month – shop now.',
    },
    invent: {
      field: 'meta_description',
      find: 'seat height 45–55 cm',
      replace: 'seat height 42–55 cm',
      labels: ['number_invented'],
    },
    drop: 'Seat height adjusts from 45 to 55 cm, the backrest reclines from 90° to 135°, and the armrests move in 3D.',
  },
  {
    sku: 's04',
    category: 'cookware',
    language: 'es',
    productName: PAN_ZH,
    productDescription: PAN_SRC,
    content: {
      translated_description:
        'La sartén antiadherente Cocina mide 28 cm de diámetro y es apta para inducción. Tiene cinco capas de recubrimiento antiadherente, resiste 260 °C y pesa 1,1 kg.',
      seo_title: 'Sartén antiadherente Cocina 28 cm, inducción',
      meta_description:
        'Sartén Cocina de 28 cm apta para inducción, con cinco capas de recubrimiento antiadherente, resistente hasta 260 °C y con solo 1,1 kg de peso.',
      h1: 'Cocina, la sartén de cada día',
      marketing_copy_a: 'Calidad profesional a precio de casa. Pídela ya.',
      marketing_copy_b: 'Tortillas que se deslizan solas al plato. Descubre Cocina.',
      marketing_copy_c: 'Solo esta semana, espátula de regalo: añádela al carrito.',
    },
    invent: { field: 'seo_title', find: '28 cm', replace: '30 cm', labels: ['number_invented'] },
    drop: 'Tiene cinco capas de recubrimiento antiadherente, resiste 260 °C y pesa 1,1 kg.',
  },
  {
    sku: 's04',
    category: 'cookware',
    language: 'de',
    productName: PAN_ZH,
    productDescription: PAN_SRC,
    content: {
      translated_description:
        'Die Cocina Antihaft-Pfanne hat 28 cm Durchmesser und ist induktionsgeeignet. Die Beschichtung besteht aus fünf Lagen, hält bis 260 °C stand, und die Pfanne wiegt 1,1 kg.',
      seo_title: 'Cocina Antihaft-Pfanne 28 cm, induktionsgeeignet',
      meta_description:
        'Antihaft-Pfanne Cocina mit 28 cm Durchmesser, für Induktion geeignet, mit fünflagiger Beschichtung, hitzebeständig bis 260 °C und nur 1,1 kg schwer.',
      h1: 'Cocina Pfanne für jeden Tag',
      marketing_copy_a: 'Profiqualität zum Küchenpreis. Jetzt kaufen.',
      marketing_copy_b: 'Pfannkuchen, die von selbst auf den Teller gleiten. Entdecken Sie Cocina.',
      marketing_copy_c: 'Nur diese Woche mit Gratis-Wender: in den Warenkorb legen.',
    },
    invent: {
      field: 'meta_description',
      find: 'bis 260 °C',
      replace: 'bis 300 °C',
      labels: ['number_invented'],
    },
    drop: 'Die Beschichtung besteht aus fünf Lagen, hält bis 260 °C stand, und die Pfanne wiegt 1,1 kg.',
  },
  {
    sku: 's05',
    category: '3d_printing',
    language: 'ja',
    productName: FILAMENT_ZH,
    productDescription: FILAMENT_SRC,
    content: {
      translated_description:
        'PrintaのPLAフィラメントは直径1.75mm、正味1kg。径公差は±0.02mmで、推奨印刷温度は190〜220℃です。',
      seo_title: 'Printa PLAフィラメント 1.75mm 1kg',
      meta_description:
        '直径1.75mm、正味1kgのPLAフィラメント。径公差±0.02mmの高精度で、190〜220℃で安定してきれいに印刷できます。',
      h1: 'Printa PLA フィラメント',
      marketing_copy_a: '高精度フィラメントをお手頃価格で。今すぐカートへ。',
      marketing_copy_b: '思い描いた形が、そのまま机の上に。ぜひお試しください。',
      marketing_copy_c: 'まとめ買いで送料無料。お見逃しなく。',
    },
    invent: {
      field: 'meta_description',
      find: '±0.02mm',
      replace: '±0.01mm',
      labels: ['number_invented'],
    },
    drop: '径公差は±0.02mmで、推奨印刷温度は190〜220℃です。',
  },
  {
    sku: 's05',
    category: '3d_printing',
    language: 'fr',
    productName: FILAMENT_ZH,
    productDescription: FILAMENT_SRC,
    content: {
      translated_description:
        'Le filament PLA Printa fait 1,75 mm de diamètre pour 1 kg net. Sa tolérance de diamètre est de ±0,02 mm, et il s’imprime entre 190 et 220 °C (374–428 °F).',
      seo_title: 'Filament PLA Printa 1,75 mm, bobine de 1 kg',
      meta_description:
        'Filament PLA Printa de 1,75 mm, bobine de 1 kg, tolérance de ±0,02 mm et impression entre 190 et 220 °C pour des pièces nettes et régulières.',
      h1: 'Printa, le PLA de précision',
      marketing_copy_a: 'La précision d’un filament pro à petit prix. Commandez Printa.',
      marketing_copy_b: 'Vos idées prennent forme, couche après couche. Découvrez Printa.',
      marketing_copy_c: 'Livraison offerte dès deux bobines : profitez-en.',
    },
    invent: {
      field: 'translated_description',
      find: 'entre 190 et 220 °C (374–428 °F)',
      replace: 'entre 190 et 230 °C',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'Sa tolérance de diamètre est de ±0,02 mm, et il s’imprime entre 190 et 220 °C (374–428 °F).',
  },
  {
    sku: 's06',
    category: 'aquariums',
    language: 'en',
    productName: TANK_ZH,
    productDescription: TANK_SRC,
    content: {
      translated_description:
        'The Aquo aquarium holds 60 litres (15.9 gal) and measures 60 × 30 × 36 cm. It comes with an LED light and a 3-in-1 filter, and the glass is 5 mm thick.',
      seo_title: 'Aquo 60 L Aquarium Kit with LED Light',
      meta_description:
        'Aquo 60-litre aquarium kit, 60 × 30 × 36 cm, with an LED light, a 3-in-1 filter and 5 mm glass. Everything you need to start your first tank.',
      h1: 'Aquo Aquarium Starter Kit',
      marketing_copy_a: 'Everything for your first tank in one box. Get the Aquo kit today.',
      marketing_copy_b: 'A little underwater world to watch after a long day. Discover Aquo.',
      marketing_copy_c: 'Free water conditioner this month – shop now.',
    },
    invent: {
      field: 'translated_description',
      find: 'the glass is 5 mm thick',
      replace: 'the glass is 6 mm thick',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'It comes with an LED light and a 3-in-1 filter, and the glass is 5 mm thick.',
  },
  {
    sku: 's06',
    category: 'aquariums',
    language: 'de',
    productName: TANK_ZH,
    productDescription: TANK_SRC,
    content: {
      translated_description:
        'Das Aquo Aquarium fasst 60 Liter und misst 60 × 30 × 36 cm. Eine LED-Beleuchtung und ein 3-in-1-Filter sind dabei, das Glas ist 5 mm dick.',
      seo_title: 'Aquo Aquarium-Set 60 l mit LED-Beleuchtung',
      meta_description:
        'Aquo Aquarium-Komplettset mit 60 Litern, 60 × 30 × 36 cm, LED-Beleuchtung, 3-in-1-Filter und 5 mm starkem Glas – alles für das erste eigene Becken.',
      h1: 'Aquo Aquarium-Set',
      marketing_copy_a: 'Alles für das erste Aquarium in einem Karton. Jetzt bestellen.',
      marketing_copy_b: 'Eine kleine Unterwasserwelt für den Feierabend. Entdecken Sie Aquo.',
      marketing_copy_c: 'Gratis Wasseraufbereiter diesen Monat: Jetzt zugreifen.',
    },
    invent: {
      field: 'meta_description',
      find: '60 × 30 × 36 cm',
      replace: '60 × 30 × 40 cm',
      labels: ['number_invented'],
    },
    drop: 'Eine LED-Beleuchtung und ein 3-in-1-Filter sind dabei, das Glas ist 5 mm dick.',
  },
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_4_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `Certainly — here's a polished English version:\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `[SEO Title] ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nP.S. I changed “sonic” to “ultrasonic” to sound more premium.`,
      }),
      (c) => ({
        meta_description: `${c.meta_description} (Note to editor: please double-check the weight.)`,
      }),
      (c) => ({ marketing_copy_a: `A) ${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} — Let me know which version you prefer.` }),
      (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
      (c) => ({ h1: `H1 → ${c.h1}` }),
      (c) => ({ translated_description: `${c.translated_description}\n\nEnd of translation.` }),
    ],
    forbidden: [
      "Don't be fooled by cheaper copies.",
      'Forget knockoffs.',
      'Zero counterfeits.',
      'Beware of imitations.',
    ],
    slogans: ['Smile brighter.', 'Clarity, simplified.'],
    chineseLeftovers: [],
    duplicateLead: 'Update: ',
    titleStuffing: ' | Best Seller, Free Returns, Gift Idea, Top Quality',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `Por supuesto — aquí tienes una versión pulida en español:\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `[Título SEO] ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nP. D.: he cambiado «sónico» por «ultrasónico» para que suene más premium.`,
      }),
      (c) => ({
        meta_description: `${c.meta_description} (Nota para el editor: revisa el peso, por favor.)`,
      }),
      (c) => ({ marketing_copy_a: `A) ${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} — Dime qué versión prefieres.` }),
    ],
    forbidden: [
      'Cuidado con las copias baratas.',
      'Nada de réplicas.',
      'Olvídate de las falsificaciones.',
      'Huye de imitaciones.',
    ],
    slogans: ['Mira más allá.', 'Cocina con ganas.'],
    chineseLeftovers: [],
    duplicateLead: 'Actualización: ',
    titleStuffing: ' | Más vendido, devolución gratis, idea de regalo',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `Bien sûr — voici une version française soignée :\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `[Titre SEO] ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nP.-S. : j’ai remplacé « sonique » par « ultrasonique » pour un rendu plus premium.`,
      }),
      (c) => ({
        meta_description: `${c.meta_description} (Note pour l’éditeur : merci de vérifier le poids.)`,
      }),
      (c) => ({ marketing_copy_a: `A) ${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} — Dites-moi quelle version vous préférez.` }),
    ],
    forbidden: [
      'Méfiez-vous des contrefaçons.',
      'Pas de réplique ici.',
      'Des prix pas chers toute l’année.',
      'Fuyez les imitations.',
    ],
    slogans: ['Voyez plus loin.', 'Imprimez vos idées.'],
    chineseLeftovers: [],
    duplicateLead: 'Mise à jour : ',
    titleStuffing: ' | Meilleure vente, retours gratuits, idée cadeau',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Selbstverständlich – hier eine überarbeitete deutsche Fassung:\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `[SEO-Titel] ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nPS: „Schall“ habe ich zu „Ultraschall“ geändert, damit es hochwertiger klingt.`,
      }),
      (c) => ({
        meta_description: `${c.meta_description} (Hinweis an die Redaktion: Gewicht bitte prüfen.)`,
      }),
      (c) => ({ marketing_copy_a: `A) ${c.marketing_copy_a}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c} – Sagen Sie mir, welche Version Ihnen lieber ist.`,
      }),
      (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
      (c) => ({ h1: `H1 → ${c.h1}` }),
      (c) => ({ translated_description: `${c.translated_description}\n\nEnde der Übersetzung.` }),
    ],
    forbidden: [
      'Vorsicht vor Fälschungen.',
      'Keine Replik, sondern Original.',
      'Billige Kopien? Nein danke.',
      'Kein Imitat.',
    ],
    slogans: ['Besser sitzen.', 'Kochen mit Leichtigkeit.'],
    chineseLeftovers: [],
    duplicateLead: 'Update: ',
    titleStuffing: ' | Bestseller, kostenlose Rückgabe, Geschenkidee',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `かしこまりました ― 日本語版をご用意しました：\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `［SEOタイトル］${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n追記：より高級感が出るよう「音波」を「超音波」に変更しました。`,
      }),
      (c) => ({ meta_description: `${c.meta_description}（編集者へ：重量の再確認をお願いします。）` }),
      (c) => ({ marketing_copy_a: `A）${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} ― どちらの案がよいかお知らせください。` }),
    ],
    forbidden: ['激安で手に入る。', '偽物に注意。', 'レプリカ品とは違う。', '模倣品ではありません。'],
    slogans: ['笑顔に自信を。', 'アイデアをかたちに。'],
    chineseLeftovers: ['这款牙刷清洁效果很好。', '产品质量有保证。'],
    duplicateLead: 'お知らせ。',
    titleStuffing: '｜売れ筋 返品無料 ギフト 高品質 おすすめ',
  },
};
