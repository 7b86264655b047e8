import type { TargetLanguage } from '@content-pipeline/llm-providers';

/** A phrase in the five languages, in the order en, ja, es, de, fr. */
export type Localized = readonly [en: string, ja: string, es: string, de: string, fr: string];

const INDEX: Readonly<Record<TargetLanguage, number>> = { en: 0, ja: 1, es: 2, de: 3, fr: 4 };

/** The `language` form of a phrase. */
export function pick(phrase: Localized, language: TargetLanguage): string {
  return phrase[INDEX[language]];
}

/** Units written in Chinese after a number; '' drops the unit (级 in IPX7级). */
export const CHINESE_UNIT_WORDS: Readonly<Record<string, Localized>> = {
  平方米: ['m²', 'm²', 'm²', 'm²', 'm²'],
  个月: ['months', 'か月', 'meses', 'Monate', 'mois'],
  小时: ['hours', '時間', 'horas', 'Stunden', 'heures'],
  分钟: ['minutes', '分', 'minutos', 'Minuten', 'minutes'],
  公斤: ['kg', 'kg', 'kg', 'kg', 'kg'],
  千克: ['kg', 'kg', 'kg', 'kg', 'kg'],
  厘米: ['cm', 'cm', 'cm', 'cm', 'cm'],
  毫米: ['mm', 'mm', 'mm', 'mm', 'mm'],
  毫升: ['ml', 'ml', 'ml', 'ml', 'ml'],
  尼特: ['nits', 'ニト', 'nits', 'Nits', 'nits'],
  分贝: ['dB', 'dB', 'dB', 'dB', 'dB'],
  姆米: ['momme', '匁', 'momme', 'Momme', 'momme'],
  秒: ['seconds', '秒', 'segundos', 'Sekunden', 'secondes'],
  天: ['days', '日', 'días', 'Tage', 'jours'],
  周: ['weeks', '週間', 'semanas', 'Wochen', 'semaines'],
  年: ['years', '年', 'años', 'Jahre', 'ans'],
  克: ['g', 'g', 'g', 'g', 'g'],
  米: ['m', 'm', 'm', 'm', 'm'],
  升: ['L', 'L', 'L', 'L', 'L'],
  瓦: ['W', 'W', 'W', 'W', 'W'],
  人: ['people', '人', 'personas', 'Personen', 'personnes'],
  名: ['testers', '名', 'personas', 'Personen', 'personnes'],
  岁: ['years', '歳', 'años', 'Jahre', 'ans'],
  码: ['(EU sizes)', '(EUサイズ)', '(tallas EU)', '(EU-Größen)', '(pointures EU)'],
  种: ['types', '種類', 'tipos', 'Arten', 'types'],
  色: ['colours', '色', 'colores', 'Farben', 'coloris'],
  档: ['levels', '段階', 'niveles', 'Stufen', 'niveaux'],
  层: ['layers', '層', 'capas', 'Schichten', 'couches'],
  台: ['devices', '台', 'dispositivos', 'Geräte', 'appareils'],
  下: ['taps', '回', 'toques', 'Berührungen', 'touches'],
  次: ['times', '回', 'veces', 'Mal', 'fois'],
  项: ['tests', '項目', 'pruebas', 'Prüfungen', 'tests'],
  支: ['pieces', '本', 'unidades', 'Stück', 'pièces'],
  块: ['pieces', 'ピース', 'piezas', 'Teile', 'pièces'],
  页: ['pages', 'ページ', 'páginas', 'Seiten', 'pages'],
  张: ['sheets', '枚', 'hojas', 'Blatt', 'feuilles'],
  份: ['items', '部', 'unidades', 'Stück', 'unités'],
  节: ['sections', '段', 'secciones', 'Segmente', 'sections'],
  根: ['pieces', '本', 'unidades', 'Stück', 'pièces'],
  重: ['layers', '層', 'capas', 'Schichten', 'couches'],
  餐: ['meals', '食', 'comidas', 'Mahlzeiten', 'repas'],
  件: ['units', '個', 'unidades', 'Stück', 'unités'],
  度: ['degrees', '度', 'grados', 'Grad', 'degrés'],
  级: ['', '', '', '', ''],
  个: ['units', '個', 'unidades', 'Stück', 'unités'],
  倍: ['times', '倍', 'veces', 'Mal', 'fois'],
  款: ['styles', '種類', 'modelos', 'Modelle', 'modèles'],
  位: ['people', '名', 'personas', 'Personen', 'personnes'],
  盒: ['boxes', '箱', 'cajas', 'Schachteln', 'boîtes'],
};

/** Labels of spec sentences, chosen by keywords of the Chinese line (first match wins). */
export const SPEC_LABELS: ReadonlyArray<readonly [RegExp, Localized]> = [
  [/年新款|年款/, ['Model year', 'モデル年', 'Año del modelo', 'Modelljahr', 'Année du modèle']],
  [/销量|万件/, ['Units sold', '累計販売数', 'Unidades vendidas', 'Verkaufte Einheiten', 'Unités vendues']],
  [/电池|mAh/, ['Battery', 'バッテリー', 'Batería', 'Akku', 'Batterie']],
  [/续航|充电一次|可玩/, ['Runtime', '連続使用時間', 'Autonomía', 'Laufzeit', 'Autonomie']],
  [/快充|充至/, ['Fast charging', '急速充電', 'Carga rápida', 'Schnellladen', 'Charge rapide']],
  [/蓝牙|连接|传输/, ['Connectivity', '接続', 'Conectividad', 'Konnektivität', 'Connectivité']],
  [/防水/, ['Water resistance', '防水性能', 'Resistencia al agua', 'Wasserschutz', 'Étanchéité']],
  [/噪|分贝|dB/, ['Noise level', '静音性', 'Nivel de ruido', 'Geräuschpegel', 'Niveau sonore']],
  [
    /亮度|尼特/,
    ['Screen brightness', '画面の明るさ', 'Brillo de pantalla', 'Bildschirmhelligkeit', 'Luminosité'],
  ],
  [/延迟/, ['Latency', '遅延', 'Latencia', 'Latenz', 'Latence']],
  [/照度|显色|lux/, ['Lighting', '照明性能', 'Iluminación', 'Lichtleistung', 'Éclairage']],
  [/质保|保修/, ['Warranty', '保証', 'Garantía', 'Garantie', 'Garantie']],
  [/退换/, ['Returns', '返品', 'Devoluciones', 'Rückgabe', 'Retours']],
  [/发货|送达/, ['Delivery', '配送', 'Envío', 'Lieferung', 'Livraison']],
  [/承重/, ['Load capacity', '耐荷重', 'Carga máxima', 'Belastbarkeit', 'Charge maximale']],
  [/功率|电压/, ['Power', '出力', 'Potencia', 'Leistung', 'Puissance']],
  [/吸力/, ['Suction', '吸引力', 'Succión', 'Saugkraft', 'Aspiration']],
  [/面积/, ['Coverage', '適用面積', 'Superficie', 'Raumgröße', 'Surface']],
  [/保温/, ['Heat retention', '保温時間', 'Conservación del calor', 'Warmhaltung', 'Maintien au chaud']],
  [/温|℃/, ['Temperature', '温度', 'Temperatura', 'Temperatur', 'Température']],
  [/岁/, ['Recommended age', '対象年齢', 'Edad recomendada', 'Empfohlenes Alter', 'Âge conseillé']],
  [/尺码|码/, ['Sizes', 'サイズ', 'Tallas', 'Größen', 'Tailles']],
  [/重|轻/, ['Weight', '重量', 'Peso', 'Gewicht', 'Poids']],
  [/容量|水箱|净含量|升|ml/, ['Capacity', '容量', 'Capacidad', 'Fassungsvermögen', 'Contenance']],
  [
    /尺寸|直径|厚度|高度|长度|脚宽|胸围|身高|升降/,
    ['Dimensions', 'サイズ', 'Dimensiones', 'Abmessungen', 'Dimensions'],
  ],
  [/色/, ['Colours', 'カラー', 'Colores', 'Farben', 'Coloris']],
  [/面料|棉|绒|真丝|材质|剑麻|钢/, ['Material', '素材', 'Material', 'Material', 'Matière']],
  [
    /防晒|UPF|SPF|紫外线/,
    ['Sun protection', '紫外線対策', 'Protección solar', 'Sonnenschutz', 'Protection solaire'],
  ],
  [/页|纸|张/, ['Paper', '用紙', 'Papel', 'Papier', 'Papier']],
  [
    /盒|[0-9一二两三四五六七八九十]支|颗粒|[0-9]块/,
    ['Pack contents', '入り数', 'Contenido', 'Packungsinhalt', 'Contenu'],
  ],
  [/包装清单|×1/, ['In the box', '同梱物', 'En la caja', 'Lieferumfang', 'Dans la boîte']],
  [/测试|检测|寿命|弯折|洗涤/, ['Durability', '耐久性', 'Durabilidad', 'Haltbarkeit', 'Durabilité']],
  [/档|模式|种|菜单|玩法/, ['Modes', 'モード', 'Modos', 'Modi', 'Modes']],
  [/层/, ['Layers', '層構造', 'Capas', 'Schichten', 'Couches']],
  [/台|设备|USB/, ['Devices', '対応機器', 'Dispositivos', 'Geräte', 'Appareils']],
  [/过滤|滤网/, ['Filtration', 'ろ過性能', 'Filtración', 'Filterleistung', 'Filtration']],
  [/分钟|秒/, ['Timing', '所要時間', 'Tiempo', 'Zeitbedarf', 'Durée']],
];

/** Label of a spec line no keyword matched. */
export const FALLBACK_LABEL: Localized = [
  'Specification',
  '仕様',
  'Especificación',
  'Technische Angabe',
  'Caractéristique',
];

/** Product-type words per catalogue category. */
export const CATEGORY_NOUNS: Readonly<Record<string, Localized>> = {
  consumer_electronics: [
    'electronics gadget',
    '電子ガジェット',
    'dispositivo electrónico',
    'Elektronikgerät',
    'appareil électronique',
  ],
  home_appliances: ['home appliance', '家電製品', 'electrodoméstico', 'Haushaltsgerät', 'appareil ménager'],
  kitchen: [
    'kitchen essential',
    'キッチン用品',
    'utensilio de cocina',
    'Küchenhelfer',
    'ustensile de cuisine',
  ],
  apparel: ['fashion piece', 'ファッションアイテム', 'prenda de moda', 'Kleidungsstück', 'pièce de mode'],
  shoes: ['footwear', 'シューズ', 'calzado', 'Schuhmodell', 'modèle de chaussures'],
  beauty: ['beauty essential', 'コスメアイテム', 'producto de belleza', 'Pflegeprodukt', 'soin de beauté'],
  sports_outdoor: [
    'outdoor gear',
    'アウトドア用品',
    'equipo deportivo',
    'Outdoor-Ausrüstung',
    'équipement de sport',
  ],
  toys: ['toy', 'おもちゃ', 'juguete', 'Spielzeug', 'jouet'],
  pet_supplies: [
    'pet accessory',
    'ペット用品',
    'accesorio para mascotas',
    'Haustierzubehör',
    'accessoire pour animaux',
  ],
  furniture: ['furniture piece', 'インテリア家具', 'mueble', 'Möbelstück', 'meuble'],
  auto_accessories: ['car accessory', 'カー用品', 'accesorio para coche', 'Autozubehör', 'accessoire auto'],
  office: ['office essential', 'オフィス用品', 'artículo de oficina', 'Büroartikel', 'article de bureau'],
};

/** Product type when the category is unknown. */
export const FALLBACK_NOUN: Localized = ['product', 'アイテム', 'producto', 'Produkt', 'produit'];

/** Romanised names of the catalogue's Chinese brands (Chinese must not remain in non-ja output). */
export const BRAND_ROMANIZATION: Readonly<Record<string, string>> = {
  极光: 'Jiguang',
  悦享: 'Yuexiang',
  木森: 'Musen',
  星途: 'Xingtu',
  云朵: 'Yunduo',
  酷玩: 'Kuwan',
  安悦: 'Anyue',
  禾田: 'Hetian',
  拾光: 'Shiguang',
};
