import { DATA_RULES_V2 } from './shared-rules.prompt';

/** v2 step 1: language-neutral facts in English, once per SKU (the English content call and nothing else needs it). */
export const CORE_EXTRACTION_SYSTEM_V2 = `Extract the facts of one Chinese product listing, in English.
${DATA_RULES_V2}
Answer with one JSON object only: {"core_features": string[3-8], "target_audience": string, "key_benefits": string[2-5], "technical_specs": {name: value with unit, every number of the description}, "unique_selling_point": string}`;
