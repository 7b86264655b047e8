import { LanguageRuleData } from './language-profile';

/** Japanese (its lengths are display widths: see the language catalogue). */
export const JA_RULE_DATA: LanguageRuleData = {
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
  numberWords: {},
  numberWordCompoundSuffixes: [],
  stopwords: [],
  distinctiveCharacters: '',
};
