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
      // The automatic accuracy estimate: the share of judged versions a job must keep free of major or critical
      // accuracy errors, and the share of each stratum a judge sample draws when the request does not say.
      JUDGE_ACCURACY_TARGET: z.coerce.number().gt(0).max(1).default(0.95),
      JUDGE_SAMPLE_RATE: z.coerce.number().gt(0).max(1).default(0.1),
    },
    env,
  );
  return {
    service,
    concurrency: vars.VERSION_STORE_CONCURRENCY as number,
    activationMinScore: vars.ACTIVATION_MIN_SCORE as number,
    apiKeys: resolveApiKeys(vars),
    generationTasks: toGenerationTaskSettings(vars),
    judge: {
      accuracyTarget: vars.JUDGE_ACCURACY_TARGET as number,
      sampleRate: vars.JUDGE_SAMPLE_RATE as number,
    },
  };
}

export type VersionStoreConfig = ReturnType<typeof loadVersionStoreConfig>;
