import { LANGUAGE_PROFILES } from '@content-pipeline/languages';
import type { TargetLanguage } from '@content-pipeline/llm-providers';

/**
 * Writes a canonical number (`5000`, `138.6`, `-15`) the way `language` writes it: en 5,000 / 1.2, de 5.000 / 1,2,
 * fr 5 000 (narrow no-break space) / 1,2, es 5000 but 40.000 / 1,2, ja 5000 / 1.2.
 */
export function formatLocaleNumber(value: string, language: TargetLanguage): string {
  const format = LANGUAGE_PROFILES[language].numberFormat;
  const negative = value.startsWith('-');
  const [int, frac] = (negative ? value.slice(1) : value).split('.');
  const grouped =
    format.groupFromDigits > 0 && int.length >= format.groupFromDigits
      ? int.replace(/\B(?=(\d{3})+(?!\d))/g, format.groupSeparator)
      : int;
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? format.decimalSeparator + frac : ''}`;
}
