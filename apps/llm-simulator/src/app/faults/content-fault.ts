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
  'foreign_shape',
] as const;

/**
 * Faults in the answer's shape rather than its content: a provider that enforces a schema (OpenAI Structured
 * Outputs, Anthropic forced tool use) cannot return them.
 */
export const SHAPE_FAULTS: readonly ContentFault[] = ['broken_json', 'foreign_shape'];

/** One content fault. */
export type ContentFault = (typeof CONTENT_FAULTS)[number];

/** Rate (0..1) per content fault. */
export type ContentFaultRates = Record<ContentFault, number>;
