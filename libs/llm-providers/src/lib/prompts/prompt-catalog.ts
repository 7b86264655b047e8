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

const PROMPT_SETS: Readonly<Record<string, PromptSet>> = {
  v1: {
    version: 'v1',
    coreExtractionSystem: CORE_EXTRACTION_SYSTEM,
    localizationSystem: LOCALIZATION_SYSTEM,
    translationSystem: TRANSLATION_SYSTEM,
    seoSystem: SEO_SYSTEM,
    marketingSystem: MARKETING_SYSTEM,
    repairUser: REPAIR_USER,
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
