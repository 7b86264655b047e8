import type { LanguageProfile } from './language-profile';

/** Japanese: lengths are display widths (full-width characters count 2). */
export const JA_LANGUAGE: LanguageProfile = {
  code: 'ja',
  name: 'Japanese',
  tone: 'polite (です・ます調), precise, reassuring',
  seoTitle: { min: 30, max: 60, measure: 'width' },
  metaDescription: { min: 100, max: 160, measure: 'width' },
  ctaPhrases: ['今すぐ購入', 'ご注文はこちら', '今すぐチェック', 'お試しください'],
  forbiddenTerms: ['偽物', 'コピー品', '激安', 'レプリカ', '模倣品'],
  numberFormat: { decimalSeparator: '.', groupSeparator: '', groupFromDigits: 0, example: '5000mAh、1.2kg' },
  styleNotes: [
    'natural Japanese, no simplified Chinese characters (电, 这, 产 …)',
    'brand names in Latin letters as in the source',
  ],
};
