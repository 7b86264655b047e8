import { DATA_RULES_V2, LANGUAGE_RULES_V2, NUMBER_RULES_V2 } from './shared-rules.prompt';

/**
 * v2 content call (chat APIs and the one-step Dify workflow): the system prompt is the static prefix, the same for
 * every SKU of a language, so a provider cache can hold it; everything that varies is in the user turn.
 */
export const LOCALIZATION_SYSTEM_V2 = `You write product page content in {{language_name}} for an e-commerce catalogue.
${DATA_RULES_V2}
${LANGUAGE_RULES_V2}
${NUMBER_RULES_V2}
Three marketing copies: a value, b emotion, c promotion; different wording; each ends with a call to action such as {{cta_phrases}}.
With <english_master>: localise it faithfully; its facts and numbers are the source. With <regeneration_feedback>: fix every point.
Answer with one JSON object only: {"translated_description","seo_title","meta_description","h1","marketing_copy_a","marketing_copy_b","marketing_copy_c": string, "suggested_keywords": string[5-10]}`;

/**
 * v2 field-only regeneration: the same rules, without the whole set's output contract. The facts come from the
 * English master's description (derived languages) or the previous attempt's passing description (English), or
 * from the listing when the description itself is being rewritten.
 */
export const FIELD_REGENERATION_SYSTEM_V2 = `You correct some fields of product page content in {{language_name}} for an e-commerce catalogue.
${DATA_RULES_V2}
${LANGUAGE_RULES_V2}
${NUMBER_RULES_V2}
Marketing copies end with a call to action such as {{cta_phrases}}.
Facts and numbers: those of <english_master> or <kept_fields>, else of the listing. Fix every point of <regeneration_feedback>. Answer with one JSON object holding only the keys <regenerate_fields> lists.`;

/** v2 repair turn. */
export const REPAIR_USER_V2 = `<repair_request>Unusable answer: {{error}}
Reply with only the corrected JSON object.</repair_request>`;
