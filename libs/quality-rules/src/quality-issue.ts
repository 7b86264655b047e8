/** Identifiers of the checks the gate runs. The first twelve are the contract of the QA evaluation set. */
export const RULE_IDS = [
  'seo_title_length',
  'meta_description_length',
  'h1_same_as_title',
  'forbidden_word',
  'missing_cta',
  'number_dropped',
  'number_invented',
  'untranslated_text',
  'wrong_language',
  'empty_field',
  'duplicate_copy',
  'llm_artifact',
  'target_keyword_missing',
  'placeholder_integrity',
  'brand_name_missing',
  'operator_rule',
  'prompt_injection_obeyed',
  'contact_details',
  'external_link',
  'markup',
  'prompt_injection_echo',
  'chat_template_token',
] as const;

/** Rules that keep unsafe material off a storefront: what marketplaces forbid and what attacks a page. */
export const SAFETY_RULE_IDS = [
  'contact_details',
  'external_link',
  'markup',
  'prompt_injection_echo',
  'chat_template_token',
] as const satisfies readonly (typeof RULE_IDS)[number][];

/** A safety rule identifier. */
export type SafetyRuleId = (typeof SAFETY_RULE_IDS)[number];

/** A rule identifier; `operator_rule` covers regex rules supplied at runtime by operators. */
export type RuleId = (typeof RULE_IDS)[number];

/**
 * How costly an issue is in production.
 * `critical` blocks publication (regenerate or human review), `warning` lowers the score,
 * `info` is advisory only.
 */
export type Severity = 'critical' | 'warning' | 'info';

/** The content fields a rule can point at. */
export type ContentField =
  | 'translated_description'
  | 'seo_title'
  | 'meta_description'
  | 'h1'
  | 'marketing_copy_a'
  | 'marketing_copy_b'
  | 'marketing_copy_c'
  | 'suggested_keywords';

/** The order fields are reported in. */
export const TEXT_FIELD_ORDER: readonly ContentField[] = [
  'translated_description',
  'seo_title',
  'meta_description',
  'h1',
  'marketing_copy_a',
  'marketing_copy_b',
  'marketing_copy_c',
  'suggested_keywords',
];

/** One finding of the quality gate. */
export interface QualityIssue {
  rule: RuleId;
  severity: Severity;
  field: ContentField;
  /** The offending text, when the rule can point at it. */
  span?: string;
  message: string;
  /** What the generator (or an editor) should do about it; fed back into the regeneration prompt. */
  suggestion: string;
}
