import type { LanguageProfile } from './language-profile';

/** Spanish (Spain): four-digit numbers stay ungrouped, larger ones use a dot. */
export const ES_LANGUAGE: LanguageProfile = {
  code: 'es',
  name: 'Spanish',
  tone: 'cercano y directo (tú), entusiasta sin exagerar',
  seoTitle: { min: 30, max: 60, measure: 'chars' },
  metaDescription: { min: 120, max: 160, measure: 'chars' },
  ctaPhrases: ['Compra ahora', 'Descubre', 'Pide ya', 'Consigue el tuyo'],
  forbiddenTerms: ['barato', 'réplica', 'falso', 'imitación', 'falsificación'],
  numberFormat: {
    decimalSeparator: ',',
    groupSeparator: '.',
    groupFromDigits: 5,
    example: '5000 mAh; 40.000; 1,2 kg',
  },
  styleNotes: ['Spanish of Spain'],
};
