import { ContentUnderReview, LanguageCode, LocalizedContent } from '../content-under-review';

const SOURCE = {
  product_name: 'Voltaro 磁吸无线充电宝',
  product_description:
    'Voltaro 磁吸无线充电宝，电芯容量为５０００mAh，支持１５W无线快充。机身厚度仅1.2厘米，重量约110克。并享受两年质保服务。',
  category: 'consumer_electronics',
};

const CONTENT: Record<LanguageCode, LocalizedContent> = {
  en: {
    translated_description:
      'The Voltaro magnetic power bank packs a 5,000 mAh cell and 15W wireless charging into a body only 1.2 cm thin and 110 g light, backed by a two-year warranty.',
    seo_title: 'Voltaro Magnetic Power Bank 5,000 mAh | 15W Wireless',
    meta_description:
      'Snap-on magnetic power bank with a 5,000 mAh cell and 15W wireless charging. Only 1.2 cm thin and 110 g light, backed by a two-year warranty.',
    h1: 'Voltaro Magnetic Wireless Power Bank',
    marketing_copy_a: 'A full 5,000 mAh in a pack just 1.2 cm thin. Order yours today.',
    marketing_copy_b:
      'Low battery, long day ahead? Snap it on and keep going. Discover power that sticks with you.',
    marketing_copy_c:
      'The first batch will not last long. Add one to your cart now and stay charged all season.',
  },
  de: {
    translated_description:
      'Die Voltaro Magnet-Powerbank bietet 5.000 mAh und kabelloses Laden mit 15 W, ist nur 1,2 cm flach, wiegt rund 110 g und hat zwei Jahre Garantie.',
    seo_title: 'Voltaro Magnet-Powerbank 5.000 mAh | 15 W kabellos',
    meta_description:
      'Magnetische Powerbank mit 5.000 mAh und 15 W kabellosem Schnellladen. Nur 1,2 cm flach, rund 110 g leicht und mit zwei Jahren Garantie.',
    h1: 'Voltaro Magnet-Powerbank zum kabellosen Laden',
    marketing_copy_a: '5.000 mAh auf nur 1,2 cm. Jetzt bestellen und sorgenfrei laden.',
    marketing_copy_b:
      'Der Akku wird knapp, der Tag ist noch lang? Entdecken Sie, wie entspannt unterwegs sein kann.',
    marketing_copy_c: 'Die erste Auflage ist streng limitiert. Sichern Sie sich Ihre Powerbank noch heute.',
  },
  fr: {
    translated_description:
      'La batterie externe Voltaro offre 5\u202f000 mAh et une recharge sans fil de 15 W, pour 1,2 cm d’épaisseur, 110 g et une garantie de deux ans.',
    seo_title: 'Batterie externe magnétique Voltaro 5 000 mAh, 15 W',
    meta_description:
      'Batterie externe magnétique de 5\u00a0000 mAh avec recharge sans fil de 15 W. Seulement 1,2 cm d’épaisseur, 110 g et une garantie de deux ans.',
    h1: 'Batterie externe magnétique sans fil Voltaro',
    marketing_copy_a: '5 000 mAh dans un boîtier de 1,2 cm à peine. Commandez-la dès aujourd’hui.',
    marketing_copy_b:
      'Batterie à plat et longue journée devant vous\u202f? N’allez pas chercher plus loin\u00a0: découvrez la liberté.',
    marketing_copy_c: 'Le premier lot est limité. Profitez-en\u00a0: ajoutez-la à votre panier.',
  },
  es: {
    translated_description:
      'La batería externa magnética Voltaro tiene una celda de 5000 mAh con carga inalámbrica de 15 W, solo 1,2 cm de grosor, unos 110 g y dos años de garantía.',
    seo_title: 'Batería externa magnética Voltaro 5000 mAh, 15 W',
    meta_description:
      'Batería magnética de 5000 mAh con carga inalámbrica de 15 W. Solo 1,2 cm de grosor y unos 110 g, con dos años de garantía para viajar tranquilo.',
    h1: 'Batería externa magnética inalámbrica Voltaro',
    marketing_copy_a: '5000 mAh en solo 1,2 cm de grosor. Cómprala hoy mismo.',
    marketing_copy_b:
      '¿Batería baja y el día apenas empieza? Descubre la tranquilidad de llevar energía siempre.',
    marketing_copy_c: 'La primera tirada es limitada. Pide la tuya ahora y olvídate de los enchufes.',
  },
  ja: {
    translated_description:
      'Voltaroのマグネット式モバイルバッテリーは、容量５０００mAhで１５Wのワイヤレス急速充電に対応。厚さわずか1.2cm、重さ約110gで、2年間の保証付きです。',
    seo_title: 'Voltaro マグネット式モバイルバッテリー ５０００mAh',
    meta_description:
      'スマホにピタッと貼り付く５０００mAhのマグネット式バッテリー。１５Wワイヤレス急速充電対応、厚さ1.2cm・約110gの薄型軽量設計で2年保証付き。',
    h1: 'Voltaro 磁石でピタッとくっつくワイヤレスモバイルバッテリー',
    marketing_copy_a: '５０００mAhの大容量を厚さ1.2cmのボディに凝縮。ご注文はこちらから。',
    marketing_copy_b:
      'バッテリー残量が気になる、長い一日。ケーブルから解放される心地よさを、今すぐチェック。',
    marketing_copy_c: '初回入荷分は数量限定です。在庫がなくなる前に、今すぐカートへ。',
  },
};

/** A clean case for the language, with fields overridden; keeps specs focused on one change. */
export function contentFixture(
  language: LanguageCode,
  overrides: Partial<LocalizedContent> = {},
  source: Partial<ContentUnderReview['source']> = {},
): ContentUnderReview {
  return { language, source: { ...SOURCE, ...source }, content: { ...CONTENT[language], ...overrides } };
}
