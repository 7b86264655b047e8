import { fold } from '../text/text-folding';
import { QualityRule } from './quality-rule';

/** Words that name a product line or tier, not a maker (`云朵 Pro Max 2` is a 云朵 product). */
const LINE_WORDS = new Set(['pro', 'max', 'plus', 'mini', 'ultra', 'lite', 'air', 'neo', 'new', 'se']);

/**
 * The brand as written in the source listing: a Latin-script word that opens the product name (`Voltaro 磁吸无线充电宝`).
 * Chinese listings name the brand in Latin letters when it is meant to be kept as is. A Latin word after a Chinese
 * brand (`安悦 X170电视柜`), a model code with digits or a line word (Pro, Max) is a model name, which a translation
 * may leave out.
 */
export function sourceBrand(productName: string): string | undefined {
  const word = productName.normalize('NFKC').match(/^\s*([A-Za-z][A-Za-z0-9&'’.-]{2,})/)?.[1];
  if (!word || /\d/.test(word) || LINE_WORDS.has(word.toLowerCase())) return undefined;
  return word;
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
