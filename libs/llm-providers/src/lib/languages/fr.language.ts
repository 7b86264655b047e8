import type { LanguageProfile } from './language-profile';

/** French: narrow no-break space as thousands separator and before %. */
export const FR_LANGUAGE: LanguageProfile = {
  code: 'fr',
  name: 'French',
  tone: 'élégant, précis, vouvoiement',
  seoTitle: { min: 30, max: 60, measure: 'chars' },
  metaDescription: { min: 120, max: 160, measure: 'chars' },
  ctaPhrases: ['Achetez maintenant', 'Commandez dès aujourd’hui', 'Découvrez', 'Profitez-en'],
  forbiddenTerms: ['pas cher', 'contrefaçon', 'réplique', 'faux', 'imitation'],
  numberFormat: {
    decimalSeparator: ',',
    groupSeparator: '\u202f',
    groupFromDigits: 4,
    example: '5\u202f000 mAh ; 1,2 kg',
  },
  styleNotes: ['French of France'],
};
