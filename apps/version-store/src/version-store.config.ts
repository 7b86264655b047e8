import { z } from 'zod';
import { Environment, loadServiceConfig, positiveInt } from '@content-pipeline/config';

export const VERSION_STORE_SERVICE_NAME = 'version-store';
export const VERSION_STORE_DEFAULT_PORT = 3005;

/** Version-store settings, validated at start-up. */
export function loadVersionStoreConfig(env?: Environment) {
  const { service, env: vars } = loadServiceConfig(
    VERSION_STORE_SERVICE_NAME,
    VERSION_STORE_DEFAULT_PORT,
    {
      VERSION_STORE_CONCURRENCY: positiveInt(32),
      ACTIVATION_MIN_SCORE: z.coerce.number().int().min(0).max(100).default(70),
    },
    env,
  );
  return {
    service,
    concurrency: vars.VERSION_STORE_CONCURRENCY,
    activationMinScore: vars.ACTIVATION_MIN_SCORE,
  };
}

export type VersionStoreConfig = ReturnType<typeof loadVersionStoreConfig>;
