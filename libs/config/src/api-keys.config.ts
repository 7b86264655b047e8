import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Roles of the REST APIs, each including the ones after it: operator ⊇ reviewer ⊇ viewer. */
export const API_ROLES = ['operator', 'reviewer', 'viewer'] as const;
export type ApiRole = (typeof API_ROLES)[number];

export interface ApiKeyEntry {
  key: string;
  role: ApiRole;
}

/** Parses `key1:operator,key2:viewer` (from `API_KEYS`, or the file named by `API_KEYS_FILE`). */
export function parseApiKeys(text: string): ApiKeyEntry[] {
  return text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const separator = entry.lastIndexOf(':');
      const key = entry.slice(0, separator);
      const role = entry.slice(separator + 1) as ApiRole;
      if (separator < 1 || !API_ROLES.includes(role)) {
        throw new Error(`each entry must be <key>:<${API_ROLES.join('|')}>`);
      }
      if (key.length < 16) throw new Error('each key must be at least 16 characters long');
      return { key, role };
    });
}

/** `API_KEYS` / `API_KEYS_FILE` variables of a service with a write API. */
export const apiKeysEnv = {
  API_KEYS: z.string().optional(),
  API_KEYS_FILE: z.string().optional(),
};

/** Reads the configured keys; a file (e.g. a mounted Kubernetes Secret) wins over the variable. */
export function resolveApiKeys(vars: { API_KEYS?: string; API_KEYS_FILE?: string }): ApiKeyEntry[] {
  const text = vars.API_KEYS_FILE ? readFileSync(vars.API_KEYS_FILE, 'utf8') : (vars.API_KEYS ?? '');
  return parseApiKeys(text);
}
