import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * A secret is read from `<NAME>` or, preferably, from the file named by `<NAME>_FILE` (a mounted Kubernetes
 * Secret or Docker secret), so keys need not sit in the process environment. The file wins when both are set.
 */
export function secretEnv<TName extends string>(name: TName) {
  return {
    [name]: z.string().min(1).optional(),
    [`${name}_FILE`]: z.string().min(1).optional(),
  } as Record<TName | `${TName}_FILE`, z.ZodOptional<z.ZodString>>;
}

/** The secret's value (trailing newline of a file trimmed), or `fallback` when neither variable is set. */
export function resolveSecret(
  vars: Readonly<Record<string, unknown>>,
  name: string,
  fallback?: string,
): string | undefined {
  const file = vars[`${name}_FILE`];
  if (typeof file === 'string') {
    try {
      return readFileSync(file, 'utf8').trim();
    } catch (error) {
      throw new Error(`${name}_FILE: cannot read ${file}: ${(error as Error).message}`);
    }
  }
  const value = vars[name];
  return typeof value === 'string' ? value : fallback;
}
