import type { LanguageProfile } from './language-profile';

/** English (master language: ja/es/de/fr are derived from its content). */
export const EN_LANGUAGE: LanguageProfile = {
  code: 'en',
  name: 'English',
  tone: 'clear, confident, benefit-led; friendly but not hyped',
  seoTitle: { min: 30, max: 60, measure: 'chars' },
  metaDescription: { min: 120, max: 160, measure: 'chars' },
  ctaPhrases: ['Buy now', 'Shop now', 'Order today', 'Add to cart', 'Discover'],
  forbiddenTerms: ['cheap', 'knockoff', 'replica', 'fake', 'counterfeit', 'imitation'],
  numberFormat: {
    decimalSeparator: '.',
    groupSeparator: ',',
    groupFromDigits: 4,
    example: '5,000 mAh; 1.2 kg',
  },
  styleNotes: ['US spelling', 'metric units as in the source'],
};
