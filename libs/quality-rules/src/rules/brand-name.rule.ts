import { fold } from '../text/text-folding';
import { QualityRule } from './quality-rule';

/**
 * The brand as written in the source listing: its first Latin-script word (`Voltaro 磁吸无线充电宝`).
 * Chinese listings name the brand in Latin letters when it is meant to be kept as is.
 */
export function sourceBrand(productName: string): string | undefined {
  return productName.normalize('NFKC').match(/[A-Za-z][A-Za-z0-9&'’.-]{2,}/)?.[0];
}

/**
 * `brand_name_missing`: the brand must survive translation in the title or the description.
 * A warning only: a brand name can legitimately be transliterated.
 */
export const brandNameRule: QualityRule = ({ input }) => {
  const brand = sourceBrand(input.source.product_name);
  if (!brand) return [];
  const needle = fold(brand);
  const { seo_title, translated_description } = input.content;
  if (fold(seo_title).includes(needle) || fold(translated_description).includes(needle)) return [];
  return [
    {
      rule: 'brand_name_missing',
      severity: 'warning',
      field: 'seo_title',
      span: brand,
      message: `The brand "${brand}" appears neither in the SEO title nor in the description.`,
      suggestion: `Keep the brand name "${brand}" exactly as in the source.`,
    },
  ];
};
