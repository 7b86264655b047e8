import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { csvList } from './config-fields';
import { ConfigError } from './config.error';

/** Roles of the REST APIs. */
export const API_ROLES = ['operator', 'reviewer', 'viewer'] as const;
export type ApiRole = (typeof API_ROLES)[number];

/** Who called: the role a key grants and the name recorded in audits (never the key itself). */
export interface ApiPrincipal {
  id: string;
  role: ApiRole;
  /**
   * Set for the keys named in `API_ACTING_PRINCIPALS` (the review console's): such a key may name the person it
   * acts for, whose name then goes into the audit instead of the key's principal.
   */
  actsForPeople?: true;
}

/**
 * Parses `key:role[:principal]` entries separated by commas or new lines (blank lines and `#` comments
 * ignored). Without an explicit principal the audit records the role and a short fingerprint of the key.
 * Throws with a message naming the bad entry by position, never echoing a key.
 */
export function parseApiKeys(text: string): Map<string, ApiPrincipal> {
  const keys = new Map<string, ApiPrincipal>();
  const entries = text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry && !entry.startsWith('#'));
  entries.forEach((entry, index) => {
    const [key, role, principal, ...rest] = entry.split(':').map((part) => part.trim());
    if (!key || key.length < 8 || !role || rest.length > 0) {
      throw new Error(`entry ${index + 1} must be key:role[:principal] with a key of at least 8 characters`);
    }
    if (!(API_ROLES as readonly string[]).includes(role)) {
      throw new Error(`entry ${index + 1} has role "${role}"; expected one of ${API_ROLES.join(', ')}`);
    }
    if (keys.has(key)) throw new Error(`entry ${index + 1} repeats a key`);
    keys.set(key, {
      role: role as ApiRole,
      id: principal || `${role}:${createHash('sha256').update(key).digest('hex').slice(0, 8)}`,
    });
  });
  return keys;
}

function validKeyList(text: string, context: z.RefinementCtx): void {
  try {
    parseApiKeys(text);
  } catch (error) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: (error as Error).message });
  }
}

/**
 * The variables of a service with a write API: `<variable>` (default `API_KEYS`) and `API_KEYS_FILE` (a mounted
 * secret, same format, merged over the variable). Without keys the API answers 401 to every protected call.
 */
export function apiKeysEnvFor(variable: string) {
  return {
    [variable]: z.string().default('').superRefine(validKeyList),
    API_KEYS_FILE: z.string().optional(),
    // Principals (by name) whose keys may act for a signed-in person: the review console's.
    API_ACTING_PRINCIPALS: csvList(''),
  } as Record<string, z.ZodTypeAny>;
}

export const apiKeysEnv = apiKeysEnvFor('API_KEYS');

/** The configured keys, from the variable and the file. */
export function resolveApiKeys(
  vars: Readonly<Record<string, unknown>>,
  variable = 'API_KEYS',
): Map<string, ApiPrincipal> {
  const keys = parseApiKeys(typeof vars[variable] === 'string' ? (vars[variable] as string) : '');
  const file = vars['API_KEYS_FILE'];
  if (typeof file === 'string') {
    try {
      parseApiKeys(readFileSync(file, 'utf8')).forEach((principal, key) => keys.set(key, principal));
    } catch (error) {
      throw new ConfigError([{ variable: 'API_KEYS_FILE', problem: (error as Error).message }]);
    }
  }
  const acting = vars['API_ACTING_PRINCIPALS'];
  if (Array.isArray(acting) && acting.length > 0)
    keys.forEach((principal) => {
      if (acting.includes(principal.id)) principal.actsForPeople = true;
    });
  return keys;
}
