import { LanguageProfile } from './language-profile';

/** Japanese. Lengths are display widths: a full-width character counts 2. */
export const JA_LANGUAGE: LanguageProfile = {
  code: 'ja',
  lengthUnit: 'display-width',
  // 15–30 full-width characters and 50–80 full-width characters.
  seoTitleLength: { min: 30, max: 60 },
  metaDescriptionLength: { min: 100, max: 160 },
  forbiddenTermMatching: 'substring',
  forbiddenTerms: [
    { term: '偽物', pattern: '偽物|ニセモノ|にせもの' },
    // コピー品 only: コピー用紙 (copy paper) is fine.
    { term: 'コピー品', pattern: 'コピー品' },
    { term: '激安', pattern: '激安' },
    { term: 'レプリカ', pattern: 'レプリカ' },
    { term: '模倣品', pattern: '模倣品' },
  ],
  callToAction: {
    sentenceStart: [],
    anywhere: [
      '今すぐ',
      'ご注文',
      '注文(?:する|して|を|は|ください|しよう|しましょう)',
      '(?:ご)?購入(?:する|して|を|は|ください|しよう|しましょう|はこちら)',
      'お買い求め',
      'お求め',
      'チェック',
      'カート',
      'お早めに',
      'お試し',
      'ゲット',
      '手に入れ(?:て|よう|ましょう)',
      'お見逃しなく',
      'ご覧ください',
      'お申し?込み',
      '予約(?:して|する|を|は|ください)',
    ],
  },
  numberFormat: { thousandsSeparators: [','], decimalSeparator: '.' },
  numberWords: {},
  numberWordCompoundSuffixes: [],
  stopwords: [],
  distinctiveCharacters: '',
};
