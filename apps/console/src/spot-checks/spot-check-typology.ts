/**
 * The spot-check vocabulary the console offers. The version store owns it (apps/version-store/src/spot-check/
 * mqm-typology.ts) and validates every check again; these lists only let the console refuse a typo before the
 * call and give the page's generated client its enums. Apps may not import apps, hence the copy.
 */
export const MQM_CATEGORIES = [
  'accuracy/mistranslation',
  'accuracy/omission',
  'accuracy/addition',
  'accuracy/numbers',
  'fluency',
  'terminology',
  'style',
  'locale_convention',
] as const;

export const MQM_SEVERITIES = ['minor', 'major', 'critical'] as const;

export const SPOT_CHECK_VERDICTS = ['publishable', 'not_publishable'] as const;

/** The text fields an error can be marked in (keywords are a list, not running text). */
export const CHECKABLE_FIELDS = [
  'translatedDescription',
  'seoTitle',
  'metaDescription',
  'h1',
  'marketingCopyA',
  'marketingCopyB',
  'marketingCopyC',
] as const;

export const SAMPLE_ITEM_STATES = ['all', 'pending', 'checked'] as const;
