import type { LanguageProfile } from '../language-profile';

/** German: formal address (Sie). */
export const DE_LANGUAGE: LanguageProfile = {
  code: 'de',
  name: 'German',
  tone: 'sachlich, hochwertig, formelle Anrede (Sie)',
  styleNotes: ['compound nouns written as one word or hyphenated'],
  lengthUnit: 'code-points',
  seoTitleLength: { min: 30, max: 60 },
  metaDescriptionLength: { min: 120, max: 160 },
  ctaPhrases: ['Jetzt kaufen', 'Jetzt bestellen', 'Jetzt entdecken', 'Sichern Sie sich'],
  forbiddenTermMatching: 'whole-word',
  forbiddenTerms: [
    // Adjective declension and comparison: billige, billiger, billigsten, billigere …
    { term: 'billig', pattern: 'billig(?:e[rnsm]?|er(?:e[rnsm]?)?|st(?:e[rnsm]?)?)?' },
    { term: 'Fälschung', pattern: 'falschung(?:en)?|gefalscht(?:e[rnsm]?)?' },
    { term: 'Nachahmung', pattern: 'nachahmung(?:en)?' },
    { term: 'Imitat', pattern: 'imitat(?:e|en|es|s)?' },
    { term: 'Replik', pattern: 'replik(?:en)?' },
  ],
  numberFormat: {
    decimalSeparator: ',',
    groupSeparator: '.',
    groupFromDigits: 4,
    thousandsSeparators: ['.', '\u00a0', '\u202f'],
    example: '5.000 mAh; 1,2 kg',
  },
};
