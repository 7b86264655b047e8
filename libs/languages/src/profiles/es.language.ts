import type { LanguageProfile } from '../language-profile';

/** Spanish (Spain): four-digit numbers stay ungrouped, larger ones use a dot. */
export const ES_LANGUAGE: LanguageProfile = {
  code: 'es',
  name: 'Spanish',
  tone: 'cercano y directo (tú), entusiasta sin exagerar',
  styleNotes: ['Spanish of Spain'],
  lengthUnit: 'code-points',
  seoTitleLength: { min: 30, max: 60 },
  metaDescriptionLength: { min: 120, max: 160 },
  ctaPhrases: ['Compra ahora', 'Descubre', 'Pide ya', 'Consigue el tuyo'],
  forbiddenTermMatching: 'whole-word',
  forbiddenTerms: [
    { term: 'barato', pattern: 'barat(?:o|a|os|as|isim[oa]s?|ij[oa]s?)' },
    { term: 'réplica', pattern: 'replicas?' },
    { term: 'falso', pattern: 'fals(?:o|a|os|as)' },
    { term: 'imitación', pattern: 'imitaci(?:on|ones)' },
    { term: 'falsificación', pattern: 'falsificaci(?:on|ones)|falsificad[oa]s?' },
  ],
  numberFormat: {
    decimalSeparator: ',',
    groupSeparator: '.',
    groupFromDigits: 5,
    thousandsSeparators: ['.', '\u00a0', '\u202f'],
    example: '5000 mAh; 40.000; 1,2 kg',
  },
};
