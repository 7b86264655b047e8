import {
  apiKeysEnv,
  Environment,
  loadServiceConfig,
  positiveInt,
  resolveApiKeys,
} from '@content-pipeline/config';

export const JOB_SERVICE_NAME = 'job-service';
export const JOB_SERVICE_DEFAULT_PORT = 3007;

/** Job service settings (jobs, their tasks, budgets and admission), validated at start-up. */
export function loadJobServiceConfig(env?: Environment) {
  const { service, env: vars } = loadServiceConfig(
    JOB_SERVICE_NAME,
    JOB_SERVICE_DEFAULT_PORT,
    {
      JOB_SERVICE_CONCURRENCY: positiveInt(32),
      /** How many times a resume may re-queue the same failed or dead-lettered task. */
      JOB_MAX_RESUMES: positiveInt(3),
      /** Largest catalogue file `POST /api/batch` accepts, in MB (120,000 SKUs of the sample are ~60 MB). */
      JOB_FILE_MAX_MB: positiveInt(256),
      ...apiKeysEnv,
    },
    env,
  );
  return {
    service,
    concurrency: vars.JOB_SERVICE_CONCURRENCY,
    maxResumes: vars.JOB_MAX_RESUMES,
    fileMaxMb: vars.JOB_FILE_MAX_MB,
    apiKeys: resolveApiKeys(vars),
  };
}

export type JobServiceConfig = ReturnType<typeof loadJobServiceConfig>;
