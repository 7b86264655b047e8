import { createHash } from 'node:crypto';

export const API_ROLES = ['operator', 'reviewer', 'viewer'] as const;
export type ApiRole = (typeof API_ROLES)[number];

/** Who called: the role an API key grants and the principal recorded in audits and review decisions. */
export interface ApiPrincipal {
  principal: string;
  role: ApiRole;
}

/**
 * Parses `key:role[:principal]` entries separated by commas or new lines (blank lines and `#` comments
 * ignored). Without an explicit principal, the audit records the role and a short fingerprint of the key,
 * never the key itself. Throws with a message naming the bad entry (without echoing the key).
 */
export function parseApiKeys(text: string): Map<string, ApiPrincipal> {
  const keys = new Map<string, ApiPrincipal>();
  const entries = text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry && !entry.startsWith('#'));
  entries.forEach((entry, index) => {
    const [key, role, principal, ...rest] = entry.split(':').map((part) => part.trim());
    if (!key || key.length < 8 || !role || rest.length > 0)
      throw new Error(`entry ${index + 1} must be key:role[:principal] with a key of at least 8 characters`);
    if (!(API_ROLES as readonly string[]).includes(role))
      throw new Error(`entry ${index + 1} has role "${role}"; expected one of ${API_ROLES.join(', ')}`);
    if (keys.has(key)) throw new Error(`entry ${index + 1} repeats a key`);
    keys.set(key, {
      role: role as ApiRole,
      principal: principal || `${role}:${createHash('sha256').update(key).digest('hex').slice(0, 8)}`,
    });
  });
  return keys;
}

/** Reads the key from `Authorization: Bearer <key>` or `x-api-key`. */
export function presentedApiKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const authorization = headers['authorization'];
  const bearer = typeof authorization === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  if (bearer) return bearer[1];
  const apiKey = headers['x-api-key'];
  return typeof apiKey === 'string' && apiKey.trim() ? apiKey.trim() : undefined;
}
