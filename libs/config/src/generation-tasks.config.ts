import { z } from 'zod';
import { LanguageValues, MAX_ATTEMPTS_CEILING } from '@content-pipeline/contracts';
import { csvList } from './config-fields';

/**
 * Variables of the generation-task rules, for every service that creates generation tasks (ingester,
 * version store): how many attempts a task gets and which languages derive from the English master.
 */
export const generationTasksEnv = {
  PIVOT_LANGUAGES: csvList('ja,es,de,fr').refine(
    (languages) =>
      languages.every(
        (language) => (LanguageValues as readonly string[]).includes(language) && language !== 'en',
      ),
    { message: 'must list languages among ja, es, de, fr' },
  ),
  GENERATION_MAX_ATTEMPTS: z.coerce
    .number({ invalid_type_error: `must be an integer from 1 to ${MAX_ATTEMPTS_CEILING}` })
    .int(`must be an integer from 1 to ${MAX_ATTEMPTS_CEILING}`)
    .min(1, `must be an integer from 1 to ${MAX_ATTEMPTS_CEILING}`)
    .max(MAX_ATTEMPTS_CEILING, `must be an integer from 1 to ${MAX_ATTEMPTS_CEILING}`)
    .default(3),
};

/** The generation-task settings, as the generation-tasks rules take them. */
export interface GenerationTaskSettings {
  maxAttempts: number;
  derivedLanguages: ('ja' | 'es' | 'de' | 'fr')[];
}

/** Reads the validated generation-task variables of a service's environment. */
export function toGenerationTaskSettings(vars: {
  PIVOT_LANGUAGES: string[];
  GENERATION_MAX_ATTEMPTS: number;
}): GenerationTaskSettings {
  return {
    maxAttempts: vars.GENERATION_MAX_ATTEMPTS,
    derivedLanguages: vars.PIVOT_LANGUAGES as GenerationTaskSettings['derivedLanguages'],
  };
}
