import type { LanguageProfile } from '../language-profile';

/** French: narrow no-break space as thousands separator and before %. */
export const FR_LANGUAGE: LanguageProfile = {
  code: 'fr',
  name: 'French',
  tone: 'élégant, précis, vouvoiement',
  styleNotes: ['French of France'],
  lengthUnit: 'code-points',
  seoTitleLength: { min: 30, max: 60 },
  metaDescriptionLength: { min: 120, max: 160 },
  ctaPhrases: ['Achetez maintenant', 'Commandez dès aujourd’hui', 'Découvrez', 'Profitez-en'],
  forbiddenTermMatching: 'whole-word',
  forbiddenTerms: [
    // Whole words, so "N’allez pas chercher" does not match.
    { term: 'pas cher', pattern: 'pas ch(?:er|ere|ers|eres)' },
    { term: 'contrefaçon', pattern: 'contrefacons?|contrefai(?:t|te|ts|tes)' },
    { term: 'réplique', pattern: 'repliques?' },
    { term: 'faux', pattern: 'faux|fausses?' },
    { term: 'imitation', pattern: 'imitations?' },
  ],
  numberFormat: {
    decimalSeparator: ',',
    groupSeparator: '\u202f',
    groupFromDigits: 4,
    thousandsSeparators: [' ', '\u00a0', '\u202f'],
    example: '5\u202f000 mAh ; 1,2 kg',
  },
};
