import type { Request } from 'express';

/** Name of the httpOnly cookie that carries the session token. */
export const SESSION_COOKIE = 'console_session';
/** Header the page sends the CSRF token in on every write. */
export const CSRF_HEADER = 'x-csrf-token';

/** The session token of a request's Cookie header, if any. */
export function sessionTokenOf(request: Request): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
