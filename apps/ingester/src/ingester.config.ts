import { z } from 'zod';
import {
  Environment,
  generationTasksEnv,
  loadServiceConfig,
  positiveInt,
  toGenerationTaskSettings,
} from '@content-pipeline/config';

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
        .default('v2'),
      ...generationTasksEnv,
    },
    env,
  );
  return {
    service,
    concurrency: vars.INGESTER_CONCURRENCY,
    promptVersion: vars.PROMPT_VERSION,
    generationTasks: toGenerationTaskSettings(vars),
  };
}

export type IngesterConfig = ReturnType<typeof loadIngesterConfig>;
