import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError, Environment, loadServiceConfig, positiveInt } from '@content-pipeline/config';
import { parseApiKeys } from './auth/api-key';

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
      // API call but health, metrics and the docs answers 401.
      VERSION_STORE_API_KEYS: z
        .string()
        .default('')
        .superRefine((text, context) => {
          try {
            parseApiKeys(text);
          } catch (error) {
            context.addIssue({ code: z.ZodIssueCode.custom, message: (error as Error).message });
          }
        }),
      /** Alternative for secrets mounted as a file: same format, one entry per line. */
      API_KEYS_FILE: z.string().optional(),
    },
    env,
  );
  const apiKeys = parseApiKeys(vars.VERSION_STORE_API_KEYS);
  if (vars.API_KEYS_FILE) {
    let fileKeys;
    try {
      fileKeys = parseApiKeys(readFileSync(vars.API_KEYS_FILE, 'utf8'));
    } catch (error) {
      throw new ConfigError([{ variable: 'API_KEYS_FILE', problem: (error as Error).message }]);
    }
    fileKeys.forEach((principal, key) => apiKeys.set(key, principal));
  }
  return {
    service,
    concurrency: vars.VERSION_STORE_CONCURRENCY,
    activationMinScore: vars.ACTIVATION_MIN_SCORE,
    apiKeys,
  };
}

export type VersionStoreConfig = ReturnType<typeof loadVersionStoreConfig>;
