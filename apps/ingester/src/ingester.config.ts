import { z } from 'zod';
import { csvList, Environment, loadServiceConfig, positiveInt } from '@content-pipeline/config';
import { LanguageValues } from '@content-pipeline/contracts';

export const INGESTER_SERVICE_NAME = 'ingester';
export const INGESTER_DEFAULT_PORT = 3001;

/** Ingester settings, validated at start-up. */
export function loadIngesterConfig(env?: Environment) {
  const { service, env: vars } = loadServiceConfig(
    INGESTER_SERVICE_NAME,
    INGESTER_DEFAULT_PORT,
    {
      INGESTER_CONCURRENCY: positiveInt(64),
      PROMPT_VERSION: z
        .string()
        .regex(/^v\d+$/, 'must look like v1, v2, …')
        .default('v1'),
      PIVOT_LANGUAGES: csvList('ja,es,de,fr').refine(
        (languages) =>
          languages.every(
            (language) => (LanguageValues as readonly string[]).includes(language) && language !== 'en',
          ),
        { message: 'must list languages among ja, es, de, fr' },
      ),
    },
    env,
  );
  return {
    service,
    concurrency: vars.INGESTER_CONCURRENCY,
    promptVersion: vars.PROMPT_VERSION,
    pivotLanguages: vars.PIVOT_LANGUAGES as ('ja' | 'es' | 'de' | 'fr')[],
  };
}

export type IngesterConfig = ReturnType<typeof loadIngesterConfig>;
