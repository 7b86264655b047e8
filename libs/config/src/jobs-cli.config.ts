import { z } from 'zod';
import { Environment, loadConfig } from './load-config';

/** Where the job service listens when nothing says otherwise (scripts/services.sh, docker-compose). */
export const DEFAULT_JOB_SERVICE_URL = 'http://127.0.0.1:3007';

/** Settings of the jobs CLI (`npm run jobs`): the job service's address and the API key it sends. */
export function loadJobsCliConfig(env?: Environment) {
  const vars = loadConfig(
    z.object({
      JOB_SERVICE_URL: z
        .string()
        .url({ message: 'must be the job service URL, e.g. http://127.0.0.1:3007' })
        .default(DEFAULT_JOB_SERVICE_URL),
      /** An API_KEYS key of the job service (viewer to read, operator to create, resume or change budgets). */
      JOBS_API_KEY: z.string().optional(),
    }),
    env,
  );
  return { jobServiceUrl: vars.JOB_SERVICE_URL.replace(/\/+$/, ''), apiKey: vars.JOBS_API_KEY };
}

export type JobsCliConfig = ReturnType<typeof loadJobsCliConfig>;
