import { Environment, loadServiceConfig, positiveInt } from '@content-pipeline/config';

export const REGENERATOR_SERVICE_NAME = 'regenerator';
export const REGENERATOR_DEFAULT_PORT = 3004;

/** Regenerator settings, validated at start-up. */
export function loadRegeneratorConfig(env?: Environment) {
  const { service, env: vars } = loadServiceConfig(
    REGENERATOR_SERVICE_NAME,
    REGENERATOR_DEFAULT_PORT,
    { REGENERATOR_CONCURRENCY: positiveInt(32) },
    env,
  );
  return { service, concurrency: vars.REGENERATOR_CONCURRENCY };
}

export type RegeneratorConfig = ReturnType<typeof loadRegeneratorConfig>;
