import {
  apiKeysEnv,
  Environment,
  loadServiceConfig,
  positiveInt,
  resolveApiKeys,
} from '@content-pipeline/config';

export const QUALITY_GATE_SERVICE_NAME = 'quality-gate';
export const QUALITY_GATE_DEFAULT_PORT = 3003;

/** Quality-gate settings, validated at start-up. */
export function loadQualityGateConfig(env?: Environment) {
  const { service, env: vars } = loadServiceConfig(
    QUALITY_GATE_SERVICE_NAME,
    QUALITY_GATE_DEFAULT_PORT,
    { QUALITY_GATE_CONCURRENCY: positiveInt(32), ...apiKeysEnv },
    env,
  );
  return { service, concurrency: vars.QUALITY_GATE_CONCURRENCY as number, apiKeys: resolveApiKeys(vars) };
}

export type QualityGateConfig = ReturnType<typeof loadQualityGateConfig>;
