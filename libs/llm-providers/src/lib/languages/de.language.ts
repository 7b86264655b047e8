import type { LanguageProfile } from './language-profile';

/** German: formal address (Sie). */
export const DE_LANGUAGE: LanguageProfile = {
  code: 'de',
  name: 'German',
  tone: 'sachlich, hochwertig, formelle Anrede (Sie)',
  seoTitle: { min: 30, max: 60, measure: 'chars' },
  metaDescription: { min: 120, max: 160, measure: 'chars' },
  ctaPhrases: ['Jetzt kaufen', 'Jetzt bestellen', 'Jetzt entdecken', 'Sichern Sie sich'],
  forbiddenTerms: ['billig', 'Fälschung', 'Nachahmung', 'Imitat', 'Replik'],
  numberFormat: {
    decimalSeparator: ',',
    groupSeparator: '.',
    groupFromDigits: 4,
    example: '5.000 mAh; 1,2 kg',
  },
  styleNotes: ['compound nouns written as one word or hyphenated'],
};
