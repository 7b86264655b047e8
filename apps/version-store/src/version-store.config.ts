import { z } from 'zod';
import {
  apiKeysEnv,
  Environment,
  generationTasksEnv,
  loadServiceConfig,
  positiveInt,
  resolveApiKeys,
  toGenerationTaskSettings,
} from '@content-pipeline/config';

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
      // `key:role[:principal]`, comma-separated; roles operator, reviewer, viewer. Without keys every
      // API call but health, metrics and the docs answers 401. The same variables as every other service.
      ...apiKeysEnv,
      // Rederivation, review rejections and reviewers' edits create generation tasks.
      ...generationTasksEnv,
    },
    env,
  );
  return {
    service,
    concurrency: vars.VERSION_STORE_CONCURRENCY as number,
    activationMinScore: vars.ACTIVATION_MIN_SCORE as number,
    apiKeys: resolveApiKeys(vars),
    generationTasks: toGenerationTaskSettings(vars),
  };
}

export type VersionStoreConfig = ReturnType<typeof loadVersionStoreConfig>;
