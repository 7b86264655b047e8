import type { LanguageProfile } from '../language-profile';

/** English (master language: ja/es/de/fr are derived from its content). */
export const EN_LANGUAGE: LanguageProfile = {
  code: 'en',
  name: 'English',
  tone: 'clear, confident, benefit-led; friendly but not hyped',
  styleNotes: ['US spelling', 'metric units as in the source'],
  lengthUnit: 'code-points',
  seoTitleLength: { min: 30, max: 60 },
  metaDescriptionLength: { min: 120, max: 160 },
  ctaPhrases: ['Buy now', 'Shop now', 'Order today', 'Add to cart', 'Discover'],
  forbiddenTermMatching: 'whole-word',
  forbiddenTerms: [
    { term: 'cheap', pattern: 'cheap(?:er|est|ly|ness|o|ie|ies)?' },
    { term: 'knockoff', pattern: 'knock-?offs?' },
    { term: 'replica', pattern: 'replicas?' },
    { term: 'fake', pattern: 'fak(?:e|es|ed|ery)' },
    { term: 'counterfeit', pattern: 'counterfeit(?:s|ed|ing|er|ers)?' },
    { term: 'imitation', pattern: 'imitations?' },
  ],
  numberFormat: {
    decimalSeparator: '.',
    groupSeparator: ',',
    groupFromDigits: 4,
    thousandsSeparators: [','],
    example: '5,000 mAh; 1.2 kg',
  },
};
