/** Content faults the simulator can inject, each at its own rate. */
export const CONTENT_FAULTS = [
  'dropped_number',
  'changed_number',
  'forbidden_word',
  'long_title',
  'missing_cta',
  'untranslated_chinese',
  'broken_json',
  'chatter',
] as const;

/** One content fault. */
export type ContentFault = (typeof CONTENT_FAULTS)[number];

/** Rate (0..1) per content fault. */
export type ContentFaultRates = Record<ContentFault, number>;
