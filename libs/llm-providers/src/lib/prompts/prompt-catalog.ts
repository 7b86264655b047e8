import { ProviderError } from '../port/provider.error';
import type { PromptSet } from './prompt-set';
import { CORE_EXTRACTION_SYSTEM } from './v1/core-extraction.prompt';
import {
  LOCALIZATION_SYSTEM,
  MARKETING_SYSTEM,
  REPAIR_USER,
  SEO_SYSTEM,
  TRANSLATION_SYSTEM,
} from './v1/localization.prompt';
import { DATA_HANDLING_RULES, LANGUAGE_RULES, NUMBER_RULES } from './v1/shared-rules.prompt';
import { CORE_EXTRACTION_SYSTEM_V2 } from './v2/core-extraction.prompt';
import {
  FIELD_REGENERATION_SYSTEM_V2,
  LOCALIZATION_SYSTEM_V2,
  REPAIR_USER_V2,
} from './v2/localization.prompt';
import { DATA_RULES_V2, LANGUAGE_RULES_V2, NUMBER_RULES_V2 } from './v2/shared-rules.prompt';

const PROMPT_SETS: Readonly<Record<string, PromptSet>> = {
  v1: {
    version: 'v1',
    coreExtractionSystem: CORE_EXTRACTION_SYSTEM,
    localizationSystem: LOCALIZATION_SYSTEM,
    repairUser: REPAIR_USER,
    difyWorkflow: {
      steps: 'translation_seo_marketing',
      translationSystem: TRANSLATION_SYSTEM,
      seoSystem: SEO_SYSTEM,
      marketingSystem: MARKETING_SYSTEM,
    },
    rules: { data: DATA_HANDLING_RULES, numbers: NUMBER_RULES, language: LANGUAGE_RULES },
    sourceWithMaster: 'listing',
    extractWithMaster: true,
    fieldRegeneration: false,
  },
  // The token diet (issue 17): compact rules, one content call per language, the Chinese listing only where no
  // English master exists, one extraction per SKU.
  v2: {
    version: 'v2',
    coreExtractionSystem: CORE_EXTRACTION_SYSTEM_V2,
    localizationSystem: LOCALIZATION_SYSTEM_V2,
    repairUser: REPAIR_USER_V2,
    difyWorkflow: { steps: 'localization' },
    rules: { data: DATA_RULES_V2, numbers: NUMBER_RULES_V2, language: LANGUAGE_RULES_V2 },
    sourceWithMaster: 'identity',
    extractWithMaster: false,
    fieldRegeneration: true,
    fieldRegenerationSystem: FIELD_REGENERATION_SYSTEM_V2,
  },
};

/** Versions that can be requested. */
export const PROMPT_VERSIONS: readonly string[] = Object.keys(PROMPT_SETS);

/** The prompt set of `version`; an unknown version is a configuration error, so it is fatal. */
export function getPromptSet(version: string): PromptSet {
  const set = PROMPT_SETS[version];
  if (!set) {
    throw new ProviderError(
      'fatal',
      'unknown_prompt_version',
      `Unknown prompt version "${version}" (known: ${PROMPT_VERSIONS.join(', ')})`,
    );
  }
  return set;
}
