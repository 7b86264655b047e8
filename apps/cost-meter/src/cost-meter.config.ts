import {
  apiKeysEnv,
  Environment,
  loadServiceConfig,
  positiveInt,
  resolveApiKeys,
} from '@content-pipeline/config';

export const COST_METER_SERVICE_NAME = 'cost-meter';
export const COST_METER_DEFAULT_PORT = 3006;

/** Cost-meter (and job ledger) settings, validated at start-up. */
export function loadCostMeterConfig(env?: Environment) {
  const { service, env: vars } = loadServiceConfig(
    COST_METER_SERVICE_NAME,
    COST_METER_DEFAULT_PORT,
    {
      COST_METER_CONCURRENCY: positiveInt(32),
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
    concurrency: vars.COST_METER_CONCURRENCY,
    maxResumes: vars.JOB_MAX_RESUMES,
    fileMaxMb: vars.JOB_FILE_MAX_MB,
    apiKeys: resolveApiKeys(vars),
  };
}

export type CostMeterConfig = ReturnType<typeof loadCostMeterConfig>;
