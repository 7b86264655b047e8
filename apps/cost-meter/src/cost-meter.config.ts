import {
  apiKeysEnv,
  Environment,
  loadServiceConfig,
  positiveInt,
  resolveApiKeys,
} from '@content-pipeline/config';

export const COST_METER_SERVICE_NAME = 'cost-meter';
export const COST_METER_DEFAULT_PORT = 3006;

/** Cost-meter settings (usage recording, pricing, the token ledger), validated at start-up. */
export function loadCostMeterConfig(env?: Environment) {
  const { service, env: vars } = loadServiceConfig(
    COST_METER_SERVICE_NAME,
    COST_METER_DEFAULT_PORT,
    {
      COST_METER_CONCURRENCY: positiveInt(32),
      ...apiKeysEnv,
    },
    env,
  );
  return {
    service,
    concurrency: vars.COST_METER_CONCURRENCY,
    apiKeys: resolveApiKeys(vars),
  };
}

export type CostMeterConfig = ReturnType<typeof loadCostMeterConfig>;
