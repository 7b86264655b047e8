import { z } from 'zod';
import { ConfigError } from './config.error';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The only place in the code base that reads `process.env`. Everything else receives typed config.
 * Empty strings count as unset so `FOO=` in a .env file falls back to the default.
 */
export function processEnvironment(): Environment {
  return Object.fromEntries(
    Object.entries(process.env).filter(([, value]) => value !== undefined && value !== ''),
  );
}

/** Validates `env` against a schema whose keys are variable names; throws ConfigError naming each bad one. */
export function loadConfig<TSchema extends z.ZodTypeAny>(
  schema: TSchema,
  env: Environment = processEnvironment(),
): z.infer<TSchema> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => ({
      variable: issue.path.join('.') || '(environment)',
      problem:
        issue.code === 'invalid_type' && issue.received === 'undefined'
          ? 'is required but not set'
          : issue.message,
    })),
  );
}
