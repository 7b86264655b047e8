// Blind set, round 2 (written after the round-1 fixes and scored once without tuning: the held-out figure):
// eight products in categories neither the shared dev set nor round 1 has, written by hand in one or two of the
// five languages (15 listings), with legitimate numbers a checker must leave alone (42 mm, 5 ATM, 4-pack, 24/7,
// 55 × 40 × 23 cm with inches, 0.5 mm, 12本入り, 三段階, 700C, 3000 K–6000 K, Bluetooth 5.3) and defect wording of
// its own.
import type { Language } from '@content-pipeline/languages';
import type { BlindListing, DefectWording } from './blind-set';

const WATCH_ZH = 'Horaz 自动机械表 42毫米';
const WATCH_SRC =
  'Horaz 自动机械表表径42毫米，厚12毫米，采用蓝宝石镜面，50米防水。动力储存40小时，表带宽20毫米。保修两年。';
const PHONES_ZH = 'Sonora H7 主动降噪头戴耳机';
const PHONES_SRC =
  'Sonora H7 降噪深度最高35分贝，续航60小时，充电10分钟可听5小时。采用40毫米动圈单元，支持蓝牙5.3，重量250克。';
const CASE_ZH = 'Voya 登机箱 20英寸';
const CASE_SRC =
  'Voya 登机箱尺寸为55×40×23厘米（20英寸），容量38升，重2.6公斤。配备四个静音万向轮和TSA海关锁。';
const PEN_ZH = 'Kalli 速干中性笔 12支装 0.5毫米';
const PEN_SRC = 'Kalli 中性笔12支装，笔尖0.5毫米，单支书写长度约800米。速干墨水，适合学生与办公使用。';
const PLUG_ZH = 'Plugo 智能WiFi插座 4件装';
const PLUG_SRC =
  'Plugo 智能插座4件装，最大功率3680W（16A），支持2.4GHz WiFi和语音控制。提供7天24小时在线客服。';
const LAMP_ZH = 'Lumea LED护眼台灯';
const LAMP_SRC =
  'Lumea 台灯功率10W，三档色温3000K至6000K，五级亮度调节，显色指数Ra90以上。底座带USB充电口（5V/1A）。';
const BIKE_ZH = 'Rapido 铝合金公路自行车 22速';
const BIKE_SRC =
  'Rapido 公路车车架重1.1公斤，整车重9.8公斤，22速变速系统，700C轮径，适合身高165至185厘米的骑行者。';
const TENT_ZH = 'Alpa 双人超轻帐篷';
const TENT_SRC = 'Alpa 双人帐篷重1.9公斤，防水指数3000毫米，搭建只需5分钟。内帐尺寸210×130×105厘米。';

export const ROUND_2_LISTINGS: readonly BlindListing[] = [
  {
    sku: 'q01',
    category: 'watches',
    language: 'en',
    productName: WATCH_ZH,
    productDescription: WATCH_SRC,
    content: {
      translated_description:
        'The Horaz automatic watch has a 42 mm case just 12 mm thick, a sapphire crystal and water resistance to 50 m (5 ATM). Its power reserve lasts 40 hours, and the strap is 20 mm wide. Covered by a two-year warranty.',
      seo_title: 'Horaz Automatic Watch 42 mm, Sapphire Crystal',
      meta_description:
        'Horaz automatic watch: 42 mm case, 12 mm thin, sapphire crystal, water-resistant to 50 m and a 40-hour power reserve. Two-year warranty included.',
      h1: 'Horaz Automatic Watch',
      marketing_copy_a: 'Swiss-style craft without the Swiss price tag. Shop the Horaz today.',
      marketing_copy_b: 'A heartbeat of gears you can watch through the glass. Make it yours.',
      marketing_copy_c: 'Free engraving this month only – order now.',
    },
    invent: { field: 'seo_title', find: '42 mm', replace: '44 mm', labels: ['number_invented'] },
    drop: 'Its power reserve lasts 40 hours, and the strap is 20 mm wide.',
  },
  {
    sku: 'q01',
    category: 'watches',
    language: 'ja',
    productName: WATCH_ZH,
    productDescription: WATCH_SRC,
    content: {
      translated_description:
        'Horazの自動巻き腕時計は、ケース径42mm・厚さ12mmで、サファイアガラスを採用。50m防水です。パワーリザーブは約40時間、ベルト幅は20mm。2年保証付きです。',
      seo_title: 'Horaz 自動巻き腕時計 42mm サファイア',
      meta_description:
        'ケース径42mm、厚さ12mmの自動巻き腕時計。サファイアガラス、50m防水、約40時間のパワーリザーブ。2年保証で安心です。',
      h1: 'Horaz 自動巻きウォッチ',
      marketing_copy_a: '本格機械式を、手の届く価格で。今すぐチェック。',
      marketing_copy_b: 'ガラス越しに見える、歯車の鼓動。ぜひお試しください。',
      marketing_copy_c: '今月は刻印無料。お早めにご注文ください。',
    },
    invent: {
      field: 'translated_description',
      replace: '日差は±5秒以内です。',
      labels: ['number_invented'],
    },
    drop: 'パワーリザーブは約40時間、ベルト幅は20mm。',
  },
  {
    sku: 'q02',
    category: 'headphones',
    language: 'de',
    productName: PHONES_ZH,
    productDescription: PHONES_SRC,
    content: {
      translated_description:
        'Der Sonora H7 reduziert Umgebungslärm um bis zu 35 dB und hält 60 Stunden durch; 10 Minuten Laden reichen für 5 Stunden Musik. Die 40-mm-Treiber sorgen für kräftigen Klang, Bluetooth 5.3 für eine stabile Verbindung, und das Ganze wiegt nur 250 g.',
      seo_title: 'Sonora H7 Kopfhörer mit ANC, 60 Std. Akku',
      meta_description:
        'Over-Ear-Kopfhörer Sonora H7 mit bis zu 35 dB Geräuschunterdrückung, 60 Stunden Laufzeit, Schnellladen (10 Min. = 5 Std.), Bluetooth 5.3 und nur 250 g.',
      h1: 'Sonora H7: Ruhe, wann Sie wollen',
      marketing_copy_a: 'Premium-Ruhe zum fairen Preis. Jetzt den Sonora H7 bestellen.',
      marketing_copy_b:
        'Der Zug rattert, das Büro summt – und Sie hören nur Ihre Musik. Entdecken Sie den Sonora H7.',
      marketing_copy_c: 'Nur bis Sonntag mit Gratis-Etui: Sichern Sie sich Ihr Exemplar.',
    },
    invent: { field: 'seo_title', find: '60 Std.', replace: '80 Std.', labels: ['number_invented'] },
    drop: 'Die 40-mm-Treiber sorgen für kräftigen Klang, Bluetooth 5.3 für eine stabile Verbindung, und das Ganze wiegt nur 250 g.',
  },
  {
    sku: 'q02',
    category: 'headphones',
    language: 'fr',
    productName: PHONES_ZH,
    productDescription: PHONES_SRC,
    content: {
      translated_description:
        'Le casque Sonora H7 réduit le bruit ambiant jusqu’à 35 dB et tient 60 heures ; 10 minutes de charge donnent 5 heures d’écoute. Ses haut-parleurs de 40 mm offrent un son ample, le Bluetooth 5.3 une connexion stable, pour 250 g seulement.',
      seo_title: 'Casque Sonora H7 à réduction de bruit, 60 h',
      meta_description:
        'Casque Sonora H7 : réduction de bruit jusqu’à 35 dB, 60 heures d’autonomie, 5 h d’écoute pour 10 minutes de charge, Bluetooth 5.3, 250 g seulement.',
      h1: 'Sonora H7, le silence à la demande',
      marketing_copy_a: 'Le calme haut de gamme à prix juste. Commandez le Sonora H7.',
      marketing_copy_b:
        'Le métro gronde, l’open space bourdonne, et vous n’entendez que votre musique. Découvrez le Sonora H7.',
      marketing_copy_c: 'Étui offert jusqu’à dimanche : profitez-en.',
    },
    invent: {
      field: 'translated_description',
      find: 'jusqu’à 35 dB',
      replace: 'jusqu’à 45 dB',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'Ses haut-parleurs de 40 mm offrent un son ample, le Bluetooth 5.3 une connexion stable, pour 250 g seulement.',
  },
  {
    sku: 'q03',
    category: 'luggage',
    language: 'es',
    productName: CASE_ZH,
    productDescription: CASE_SRC,
    content: {
      translated_description:
        'La maleta de cabina Voya mide 55 × 40 × 23 cm (20 pulgadas), tiene 38 litros de capacidad y pesa 2,6 kg. Incluye cuatro ruedas giratorias silenciosas y candado TSA.',
      seo_title: 'Maleta de cabina Voya 55 × 40 × 23 cm, 38 L',
      meta_description:
        'Maleta de cabina Voya de 20 pulgadas: 55 × 40 × 23 cm, 38 litros y solo 2,6 kg. Cuatro ruedas giratorias silenciosas y candado TSA para viajar tranquilo.',
      h1: 'Voya, la maleta que pasa el control',
      marketing_copy_a: 'Todo lo que necesitas para un fin de semana, sin facturar. Hazte con la tuya.',
      marketing_copy_b: 'Cruza el aeropuerto sin ruido y sin esfuerzo. Descúbrela ahora.',
      marketing_copy_c: 'Oferta de temporada, ¡pídela antes de que se agote!',
    },
    invent: {
      field: 'meta_description',
      find: 'solo 2,6 kg',
      replace: 'solo 2,2 kg',
      labels: ['number_invented'],
    },
    drop: 'Incluye cuatro ruedas giratorias silenciosas y candado TSA.',
  },
  {
    sku: 'q03',
    category: 'luggage',
    language: 'en',
    productName: CASE_ZH,
    productDescription: CASE_SRC,
    content: {
      translated_description:
        'The Voya carry-on measures 55 × 40 × 23 cm (21.7 × 15.7 × 9 in), a 20-inch size, holds 38 litres and weighs 2.6 kg (5.7 lb). It rolls on four silent spinner wheels and locks with a TSA lock.',
      seo_title: 'Voya 20-Inch Carry-On, 55 × 40 × 23 cm, 38 L',
      meta_description:
        'Voya 20-inch carry-on suitcase: 55 × 40 × 23 cm, 38 litres and just 2.6 kg, with four silent spinner wheels and a TSA lock for stress-free boarding.',
      h1: 'Voya Cabin Suitcase',
      marketing_copy_a: 'A weekend’s worth of packing, no check-in needed. Get yours now.',
      marketing_copy_b: 'Glide through the terminal in silence. Discover Voya.',
      marketing_copy_c: 'Seasonal deal, order before it sells out!',
    },
    invent: {
      field: 'translated_description',
      replace: 'The shell survives drops from up to 1.5 m.',
      labels: ['number_invented'],
    },
    drop: 'It rolls on four silent spinner wheels and locks with a TSA lock.',
  },
  {
    sku: 'q04',
    category: 'stationery',
    language: 'fr',
    productName: PEN_ZH,
    productDescription: PEN_SRC,
    content: {
      translated_description:
        'Ce lot de 12 stylos gel Kalli a une pointe de 0,5 mm, et chaque stylo écrit sur environ 800 m. L’encre sèche vite, idéale pour les étudiants comme pour le bureau.',
      seo_title: 'Stylos gel Kalli 0,5 mm, lot de 12, séchage rapide',
      meta_description:
        'Lot de 12 stylos gel Kalli à pointe fine de 0,5 mm, environ 800 m d’écriture par stylo et encre à séchage rapide, pour l’école comme pour le bureau.',
      h1: 'Stylos gel Kalli à séchage rapide',
      marketing_copy_a: 'Douze stylos pour tout le trimestre, à petit prix. Achetez le lot Kalli.',
      marketing_copy_b: 'Une écriture nette qui ne bave jamais sur la page. Essayez Kalli.',
      marketing_copy_c: 'Rentrée : livraison offerte, commandez vite.',
    },
    invent: {
      field: 'seo_title',
      find: 'lot de 12',
      replace: 'lot de 24',
      labels: ['number_invented'],
    },
    drop: 'Ce lot de 12 stylos gel Kalli a une pointe de 0,5 mm, et chaque stylo écrit sur environ 800 m.',
  },
  {
    sku: 'q04',
    category: 'stationery',
    language: 'ja',
    productName: PEN_ZH,
    productDescription: PEN_SRC,
    content: {
      translated_description:
        'Kalliのゲルインクボールペン12本入り。ペン先は0.5mmで、1本あたり約800m書けます。速乾インクなので、学生にもオフィスにもおすすめです。',
      seo_title: 'Kalli 速乾ゲルペン 0.5mm 12本入り',
      meta_description:
        'ペン先0.5mmの速乾ゲルインクボールペン12本セット。1本で約800m書ける長持ち設計で、学校でも職場でも活躍します。',
      h1: 'Kalli 速乾ゲルインクペン',
      marketing_copy_a: '12本でこの価格。今すぐカートへ。',
      marketing_copy_b: 'にじまない、さらさらの書き心地。ぜひお試しください。',
      marketing_copy_c: '新学期キャンペーン中。お早めにどうぞ。',
    },
    invent: {
      field: 'meta_description',
      find: '約800m',
      replace: '約1,000m',
      labels: ['number_invented'],
    },
    drop: 'ペン先は0.5mmで、1本あたり約800m書けます。',
  },
  {
    sku: 'q05',
    category: 'smart_home',
    language: 'de',
    productName: PLUG_ZH,
    productDescription: PLUG_SRC,
    content: {
      translated_description:
        'Das Plugo 4er-Pack smarter Steckdosen schaltet bis zu 3.680 W (16 A) und verbindet sich über 2,4-GHz-WLAN; steuern lässt es sich auch per Sprache. Unser Kundenservice ist 24/7 erreichbar – 7 Tage die Woche, 24 Stunden am Tag.',
      seo_title: 'Plugo WLAN-Steckdose 4er-Pack, 3.680 W',
      meta_description:
        'Smarte WLAN-Steckdosen von Plugo im 4er-Pack: bis 3.680 W (16 A), 2,4-GHz-WLAN und Sprachsteuerung. Dazu Kundenservice rund um die Uhr an 7 Tagen.',
      h1: 'Plugo smarte Steckdosen',
      marketing_copy_a: 'Vier Steckdosen, ein fairer Preis. Jetzt im Viererpack bestellen.',
      marketing_copy_b: 'Die Kaffeemaschine läuft schon, wenn Sie aufstehen. Entdecken Sie Plugo.',
      marketing_copy_c: 'Aktion nur diese Woche: in den Warenkorb legen.',
    },
    invent: {
      field: 'meta_description',
      find: 'bis 3.680 W (16 A)',
      replace: 'bis 3.680 W (16 A) und Energiemessung auf 0,1 W genau',
      labels: ['number_invented'],
    },
    drop: 'Unser Kundenservice ist 24/7 erreichbar – 7 Tage die Woche, 24 Stunden am Tag.',
  },
  {
    sku: 'q05',
    category: 'smart_home',
    language: 'en',
    productName: PLUG_ZH,
    productDescription: PLUG_SRC,
    content: {
      translated_description:
        'This 4-pack of Plugo smart plugs switches up to 3680 W (16 A) over 2.4 GHz Wi-Fi and works with voice control. Our support team is available 24/7.',
      seo_title: 'Plugo Smart Wi-Fi Plug, 4-Pack, 16 A, 2.4 GHz',
      meta_description:
        'Plugo smart Wi-Fi plugs in a 4-pack: switch up to 3680 W (16 A) over 2.4 GHz Wi-Fi, control everything by voice, and reach our support team 24/7.',
      h1: 'Plugo Smart Plugs, 4-Pack',
      marketing_copy_a: 'Four smart plugs for the price of two. Buy the Plugo 4-pack today.',
      marketing_copy_b: 'Coffee brewing before your alarm goes off. Discover Plugo.',
      marketing_copy_c: 'This week only: add the 4-pack to your cart and save.',
    },
    invent: { field: 'seo_title', find: '4-Pack', replace: '6-Pack', labels: ['number_invented'] },
    drop: 'Our support team is available 24/7.',
  },
  {
    sku: 'q06',
    category: 'lighting',
    language: 'es',
    productName: LAMP_ZH,
    productDescription: LAMP_SRC,
    content: {
      translated_description:
        'La lámpara Lumea consume 10 W y ofrece tres temperaturas de color, de 3000 K a 6000 K, con cinco niveles de brillo y un índice de reproducción cromática superior a Ra 90. La base incluye un puerto de carga USB (5 V/1 A).',
      seo_title: 'Lámpara de escritorio LED Lumea 10 W, Ra 90',
      meta_description:
        'Lámpara LED Lumea de 10 W con tres tonos de luz de 3000 K a 6000 K, cinco niveles de brillo, Ra superior a 90 y puerto USB de 5 V/1 A en la base.',
      h1: 'Lumea, luz que cuida tus ojos',
      marketing_copy_a: 'Luz de calidad profesional a precio de lámpara corriente. Cómprala ya.',
      marketing_copy_b: 'Lee hasta tarde sin cansar la vista. Descubre Lumea.',
      marketing_copy_c: 'Solo este mes, envío gratis: añádela al carrito.',
    },
    invent: {
      field: 'translated_description',
      find: 'cinco niveles de brillo',
      replace: 'siete niveles de brillo',
      // 5 is still there (5 V), so only invented; labelled dropped too when first written, corrected after scoring.
      labels: ['number_invented'],
    },
    drop: 'La lámpara Lumea consume 10 W y ofrece tres temperaturas de color, de 3000 K a 6000 K, con cinco niveles de brillo y un índice de reproducción cromática superior a Ra 90.',
  },
  {
    sku: 'q06',
    category: 'lighting',
    language: 'ja',
    productName: LAMP_ZH,
    productDescription: LAMP_SRC,
    content: {
      translated_description:
        'Lumeaのデスクライトは消費電力10W。色温度は3000Kから6000Kまで三段階、明るさは5段階で調節でき、演色性はRa90以上です。台座にはUSB充電ポート（5V/1A）を備えています。',
      seo_title: 'Lumea LEDデスクライト 10W Ra90',
      meta_description:
        '消費電力10W、色温度3000K〜6000Kの三段階切替、明るさ5段階、演色性Ra90以上のLEDデスクライト。USB充電ポート付き。',
      h1: 'Lumea 目にやさしいデスクライト',
      marketing_copy_a: 'プロ仕様の光を、この価格で。今すぐ購入。',
      marketing_copy_b: '夜遅くまで読書しても、目が疲れにくい。ぜひチェックしてください。',
      marketing_copy_c: '今月限定で送料無料。お見逃しなく、カートへどうぞ。',
    },
    invent: { field: 'seo_title', find: '10W', replace: '12W', labels: ['number_invented'] },
    drop: 'Lumeaのデスクライトは消費電力10W。',
  },
  {
    sku: 'q07',
    category: 'bicycles',
    language: 'fr',
    productName: BIKE_ZH,
    productDescription: BIKE_SRC,
    content: {
      translated_description:
        'Le vélo de route Rapido a un cadre de 1,1 kg pour un poids total de 9,8 kg. Il dispose de 22 vitesses et de roues de 700C, et convient aux cyclistes de 165 à 185 cm.',
      seo_title: 'Vélo de route Rapido alu 22 vitesses, 9,8 kg',
      meta_description:
        'Vélo de route Rapido en aluminium : cadre de 1,1 kg, 9,8 kg au total, 22 vitesses et roues 700C. Pour les cyclistes mesurant de 165 à 185 cm.',
      h1: 'Rapido, la route en légèreté',
      marketing_copy_a: 'La légèreté d’un vélo de course au prix d’un vélo loisir. Commandez le Rapido.',
      marketing_copy_b: 'Les cols ne font plus peur quand le vélo pèse si peu. Découvrez Rapido.',
      marketing_copy_c: 'Offre de printemps : profitez-en avant la fin du stock.',
    },
    invent: {
      field: 'meta_description',
      find: '22 vitesses',
      replace: '24 vitesses',
      labels: ['number_invented'],
    },
    drop: 'Le vélo de route Rapido a un cadre de 1,1 kg pour un poids total de 9,8 kg.',
  },
  {
    sku: 'q07',
    category: 'bicycles',
    language: 'es',
    productName: BIKE_ZH,
    productDescription: BIKE_SRC,
    content: {
      translated_description:
        'La bicicleta de carretera Rapido tiene un cuadro de 1,1 kg y pesa 9,8 kg en total. Cuenta con 22 velocidades y ruedas de 700C, y es adecuada para ciclistas de entre 165 y 185 cm de altura.',
      seo_title: 'Bicicleta de carretera Rapido 22 velocidades',
      meta_description:
        'Bicicleta de carretera Rapido de aluminio: cuadro de 1,1 kg, 9,8 kg en total, 22 velocidades y ruedas 700C. Para ciclistas de entre 165 y 185 cm.',
      h1: 'Rapido, ligera en cada subida',
      marketing_copy_a: 'Ligereza de competición a precio de paseo. Pide tu Rapido.',
      marketing_copy_b: 'Los puertos ya no asustan cuando la bici pesa tan poco. Descubre Rapido.',
      marketing_copy_c: 'Oferta de primavera: aprovecha antes de que se agote.',
    },
    invent: {
      field: 'translated_description',
      replace: 'El cuadro tiene una garantía de 10 años.',
      labels: ['number_invented'],
    },
    drop: 'Cuenta con 22 velocidades y ruedas de 700C, y es adecuada para ciclistas de entre 165 y 185 cm de altura.',
  },
  {
    sku: 'q08',
    category: 'camping',
    language: 'de',
    productName: TENT_ZH,
    productDescription: TENT_SRC,
    content: {
      translated_description:
        'Das Alpa Zwei-Personen-Zelt wiegt nur 1,9 kg und hat eine Wassersäule von 3.000 mm. Aufgebaut ist es in 5 Minuten. Das Innenzelt misst 210 × 130 × 105 cm.',
      seo_title: 'Alpa Ultraleicht-Zelt für 2 Personen, 1,9 kg',
      meta_description:
        'Ultraleichtes Alpa Zelt für zwei Personen: nur 1,9 kg, 3.000 mm Wassersäule, in 5 Minuten aufgebaut. Innenzelt 210 × 130 × 105 cm für entspannte Nächte.',
      h1: 'Alpa Zelt für zwei',
      marketing_copy_a: 'Leicht genug für jede Tour, günstig genug für jedes Budget. Jetzt kaufen.',
      marketing_copy_b: 'Sternenhimmel über dem Kopf, trocken und geschützt. Entdecken Sie Alpa.',
      marketing_copy_c: 'Saisonstart-Angebot: Bestellen Sie jetzt.',
    },
    invent: {
      field: 'translated_description',
      find: 'in 5 Minuten',
      replace: 'in 3 Minuten',
      labels: ['number_dropped', 'number_invented'],
    },
    drop: 'Das Innenzelt misst 210 × 130 × 105 cm.',
  },
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_2_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `Of course — below is the English version of the description.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Title (EN): ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n*Note: units were kept as in the source text.*`,
      }),
      (c) => ({ meta_description: `META: ${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `Option A: ${c.marketing_copy_a}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c} Hope that works for you! Happy to adjust the tone.`,
      }),
      (c) => ({
        translated_description: `${c.translated_description} (TN: the brand name was not translated.)`,
      }),
      (c) => ({ h1: `# ${c.h1}` }),
      (c) => ({ translated_description: `Okay, here's my localized take:\n${c.translated_description}` }),
      (c) => ({ seo_title: `${c.seo_title} [59 chars]` }),
    ],
    forbidden: [
      'Looks like a luxury piece, not a cheap knockoff.',
      'Nothing like the imitations on marketplaces.',
      'Why pay for fake quality?',
      'No counterfeit parts.',
    ],
    slogans: ['Time, well kept.', 'Made to go further.'],
    chineseLeftovers: [],
    duplicateLead: 'New: ',
    titleStuffing: ' – Best Gift Idea, Premium Quality, Fast Shipping',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `Aquí va mi propuesta de traducción:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Título SEO – ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Nota: las unidades se han dejado como en el texto original.)`,
      }),
      (c) => ({ meta_description: `Descripción meta: ${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `Opción A: ${c.marketing_copy_a}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c} Espero que te guste. Si necesitas cambios, dímelo.`,
      }),
      (c) => ({
        translated_description: `${c.translated_description} (NdT: la marca no se ha traducido.)`,
      }),
      (c) => ({ h1: `## ${c.h1}` }),
      (c) => ({ translated_description: `¡Listo! ${c.translated_description}` }),
      (c) => ({ seo_title: `${c.seo_title} [58 caracteres]` }),
    ],
    forbidden: [
      'Ni réplicas ni imitaciones.',
      'Olvida los modelos baratos.',
      'Calidad auténtica, nada de falsificaciones.',
      'No te conformes con una imitación.',
    ],
    slogans: ['El camino, en tus manos.', 'Hecho para llegar lejos.'],
    chineseLeftovers: [],
    duplicateLead: 'Novedad: ',
    titleStuffing: ' – Regalo ideal, calidad premium y envío rápido',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `Voici une proposition de traduction pour la fiche produit :\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Titre (FR) : ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(NB : les unités ont été conservées comme dans le texte d’origine.)`,
      }),
      (c) => ({ meta_description: `META : ${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `Option A : ${c.marketing_copy_a}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c} J’espère que cette version vous plaira ! Je peux ajuster le ton si besoin.`,
      }),
      (c) => ({
        translated_description: `${c.translated_description} (N.d.T. : le nom de marque n’a pas été traduit.)`,
      }),
      (c) => ({ h1: `# ${c.h1}` }),
      (c) => ({ translated_description: `Et voilà ! ${c.translated_description}` }),
      (c) => ({ seo_title: `${c.seo_title} [57 car.]` }),
    ],
    forbidden: [
      'Pas une contrefaçon : l’original.',
      'Loin des copies pas chères.',
      'Oubliez les imitations.',
      'Aucune pièce fausse ou douteuse.',
    ],
    slogans: ['La route, autrement.', 'Fait pour aller plus loin.'],
    chineseLeftovers: [],
    duplicateLead: 'Nouveau : ',
    titleStuffing: ' – Idée cadeau, qualité premium et livraison rapide',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Anbei meine Übersetzung der Produktbeschreibung:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `Titel (DE): ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Hinweis: Einheiten wurden wie im Ausgangstext belassen.)`,
      }),
      (c) => ({ meta_description: `META: ${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `Option A: ${c.marketing_copy_a}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c} Ich hoffe, das passt so! Gerne passe ich den Ton noch an.`,
      }),
      (c) => ({
        translated_description: `${c.translated_description} (Anm.: Der Markenname wurde nicht übersetzt.)`,
      }),
      (c) => ({ h1: `## ${c.h1}` }),
      (c) => ({ translated_description: `Klar doch! ${c.translated_description}` }),
      (c) => ({ seo_title: `${c.seo_title} [55 Zeichen]` }),
    ],
    forbidden: [
      'Keine billige Replik.',
      'Finger weg von Fälschungen.',
      'Anders als jedes Imitat.',
      'Billiger geht es kaum.',
    ],
    slogans: ['Draußen zu Hause.', 'Gebaut für mehr.'],
    chineseLeftovers: [],
    duplicateLead: 'Neu: ',
    titleStuffing: ' – Geschenkidee, Premiumqualität, schneller Versand',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `承知いたしました。商品説明の日本語版は次のとおりです。\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `タイトル（日本語）：${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n（注：単位は原文どおりにしています。）`,
      }),
      (c) => ({ meta_description: `META：${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `案A：${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}トーンの調整も可能ですので、お気軽にどうぞ。` }),
      (c) => ({
        translated_description: `${c.translated_description}（訳者注：ブランド名は訳していません。）`,
      }),
      (c) => ({ h1: `# ${c.h1}` }),
      (c) => ({ translated_description: `はい、こちらが翻訳です。${c.translated_description}` }),
      (c) => ({ seo_title: `${c.seo_title}［28字］` }),
    ],
    forbidden: ['激安価格でご提供。', 'コピー品とは違います。', '偽物ではなく正規品。', '模倣品にご注意を。'],
    slogans: ['時を、美しく。', 'もっと遠くへ。'],
    chineseLeftovers: ['这款手表做工精细，佩戴舒适。', '适合送给家人和朋友。'],
    duplicateLead: '新登場。',
    titleStuffing: '｜プレゼントに最適 高品質 即日発送 人気商品',
  },
};
