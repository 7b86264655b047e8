import { resolve } from 'node:path';
import { z } from 'zod';
import {
  booleanFlag,
  ConfigError,
  Environment,
  loadServiceConfig,
  positiveInt,
  url,
} from '@content-pipeline/config';

export const CONSOLE_SERVICE_NAME = 'console';
export const CONSOLE_DEFAULT_PORT = 3008;

/** The console's own people roles; `admin` also manages people and acts as operator on the services. */
export const PERSON_ROLES = ['viewer', 'reviewer', 'operator', 'admin'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

const apiKey = z.string().min(8, 'must be an API key of at least 8 characters');

/** Review-console settings, validated at start-up. */
export function loadConsoleConfig(env?: Environment) {
  const { service, env: vars } = loadServiceConfig(
    CONSOLE_SERVICE_NAME,
    CONSOLE_DEFAULT_PORT,
    {
      CONSOLE_VERSION_STORE_URL: url('the version store API').default('http://127.0.0.1:3005'),
      // The job API moves from the cost meter to its own service; the console follows this setting.
      CONSOLE_JOB_API_URL: url('the job API (the job service)').default('http://127.0.0.1:3007'),
      // The key the console presents to the services: its principal must be listed in their
      // API_ACTING_PRINCIPALS so the audit records the signed-in person, and its role bounds every person's.
      CONSOLE_SERVICE_API_KEY: apiKey,
      // The first administrator, created at start-up when no administrator exists yet.
      CONSOLE_ADMIN_EMAIL: z.string().email('must be an e-mail address').optional(),
      CONSOLE_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
      CONSOLE_SESSION_HOURS: positiveInt(12),
      // Secure cookies need HTTPS; the native demo serves plain HTTP on 127.0.0.1.
      CONSOLE_COOKIE_SECURE: booleanFlag(false),
      CONSOLE_WEB_DIR: z.string().default(resolve(__dirname, '..', 'web', 'dist')),
    },
    env,
  );
  const adminEmail = vars.CONSOLE_ADMIN_EMAIL as string | undefined;
  const adminPassword = vars.CONSOLE_ADMIN_PASSWORD as string | undefined;
  if (Boolean(adminEmail) !== Boolean(adminPassword))
    throw new ConfigError([
      {
        variable: 'CONSOLE_ADMIN_PASSWORD',
        problem: 'CONSOLE_ADMIN_EMAIL and CONSOLE_ADMIN_PASSWORD are set together',
      },
    ]);
  return {
    service,
    versionStoreUrl: (vars.CONSOLE_VERSION_STORE_URL as string).replace(/\/+$/, ''),
    jobApiUrl: (vars.CONSOLE_JOB_API_URL as string).replace(/\/+$/, ''),
    serviceApiKey: vars.CONSOLE_SERVICE_API_KEY as string,
    firstAdmin:
      adminEmail && adminPassword ? { email: adminEmail.toLowerCase(), password: adminPassword } : null,
    sessionHours: vars.CONSOLE_SESSION_HOURS as number,
    cookieSecure: vars.CONSOLE_COOKIE_SECURE as boolean,
    webDir: vars.CONSOLE_WEB_DIR as string,
  };
}

export type ConsoleConfig = ReturnType<typeof loadConsoleConfig>;
