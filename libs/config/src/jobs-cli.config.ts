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
      // The generator's rate-limit budget (same variables and defaults), for the estimate's wall time.
      LLM_RPM_LIMIT: z.coerce.number().int().positive().default(4_000),
      LLM_TPM_LIMIT: z.coerce.number().int().positive().default(3_000_000),
      // The provider the generator uses: the estimate counts the Dify workflow's nodes or the chat calls.
      LLM_PROVIDER: z.enum(['dify', 'openai', 'anthropic']).default('dify'),
      PROMPT_VERSION: z
        .string()
        .regex(/^v\d+$/, 'must look like v1, v2, …')
        .default('v2'),
    }),
    env,
  );
  return {
    jobServiceUrl: vars.JOB_SERVICE_URL.replace(/\/+$/, ''),
    apiKey: vars.JOBS_API_KEY,
    rateBudget: { requestsPerMinute: vars.LLM_RPM_LIMIT, tokensPerMinute: vars.LLM_TPM_LIMIT },
    provider: vars.LLM_PROVIDER,
    promptVersion: vars.PROMPT_VERSION,
  };
}

export type JobsCliConfig = ReturnType<typeof loadJobsCliConfig>;
