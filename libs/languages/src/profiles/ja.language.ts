import type { LanguageProfile } from '../language-profile';

/** Japanese: lengths are display widths (full-width characters count 2). */
export const JA_LANGUAGE: LanguageProfile = {
  code: 'ja',
  name: 'Japanese',
  tone: 'polite (です・ます調), precise, reassuring',
  styleNotes: [
    'natural Japanese, no simplified Chinese characters (电, 这, 产 …)',
    'brand names in Latin letters as in the source',
  ],
  lengthUnit: 'display-width',
  // 15–30 full-width characters and 50–80 full-width characters.
  seoTitleLength: { min: 30, max: 60 },
  metaDescriptionLength: { min: 100, max: 160 },
  ctaPhrases: ['今すぐ購入', 'ご注文はこちら', '今すぐチェック', 'お試しください'],
  forbiddenTermMatching: 'substring',
  forbiddenTerms: [
    { term: '偽物', pattern: '偽物|ニセモノ|にせもの' },
    // コピー品 only: コピー用紙 (copy paper) is fine.
    { term: 'コピー品', pattern: 'コピー品' },
    { term: '激安', pattern: '激安' },
    { term: 'レプリカ', pattern: 'レプリカ' },
    { term: '模倣品', pattern: '模倣品' },
  ],
  numberFormat: {
    decimalSeparator: '.',
    groupSeparator: '',
    groupFromDigits: 0,
    thousandsSeparators: [','],
    example: '5000mAh、1.2kg',
  },
};
