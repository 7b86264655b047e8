import type { NextFunction, Request, Response } from 'express';
import { httpErrorBody } from './http-error.mapping';

/** Longest URL (path and query) a service reads; longer ones are refused before routing. */
export const MAX_URL_LENGTH = 8_192;

/** Deepest nesting of objects and arrays a JSON body may have: deeper bodies exhaust validators' recursion. */
export const MAX_JSON_DEPTH = 32;

/** The first C0 control character or DEL in `text`, if any. */
function firstControlCharacter(text: string): string | undefined {
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return character;
  }
  return undefined;
}

type Middleware = (request: Request, response: Response, next: NextFunction) => void;

function refuse(response: Response, status: number, message: string): void {
  response.status(status).json(httpErrorBody(status, message));
}

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a URL part cannot be read as text, or null when it can. `+` is a space only in the query. */
function unreadableUrlPart(part: string, isQuery: boolean): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(isQuery ? part.replace(/\+/g, ' ') : part);
  } catch {
    return 'has an invalid percent-encoding (not UTF-8)';
  }
  const control = firstControlCharacter(decoded);
  return control === undefined ? null : `contains the control character ${codePoint(control)}`;
}

/**
 * Refuses, before routing, a URL no handler should see: too long (414), a path or query that is not valid
 * percent-encoded UTF-8 or that carries NUL or another control character (400). Such values otherwise reach
 * the database as text it cannot store, which used to surface as a 500.
 */
export function refuseUnreadableUrls(): Middleware {
  return (request, response, next) => {
    const url = request.originalUrl ?? request.url;
    if (url.length > MAX_URL_LENGTH) {
      refuse(response, 414, `The URL is ${url.length} characters long; the limit is ${MAX_URL_LENGTH}`);
      return;
    }
    const queryStart = url.indexOf('?');
    const path = queryStart === -1 ? url : url.slice(0, queryStart);
    const pathProblem = unreadableUrlPart(path, false);
    if (pathProblem) {
      refuse(response, 400, `The URL path ${pathProblem}`);
      return;
    }
    if (queryStart !== -1) {
      for (const pair of url.slice(queryStart + 1).split('&')) {
        const queryProblem = unreadableUrlPart(pair, true);
        if (queryProblem) {
          refuse(response, 400, `The query string ${queryProblem}`);
          return;
        }
      }
    }
    next();
  };
}

/** How deep objects and arrays nest in a parsed JSON value, walked without recursion, stopping past `limit`. */
export function nestingDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) pending.push({ value: child, depth: level });
  }
  return deepest;
}

/** Refuses a parsed JSON body nested deeper than `maxDepth` (400) before validators recurse into it. */
export function refuseDeepBodies(maxDepth = MAX_JSON_DEPTH): Middleware {
  return (request, response, next) => {
    if (nestingDepth(request.body, maxDepth) > maxDepth) {
      refuse(response, 400, `The JSON body nests deeper than ${maxDepth} levels`);
      return;
    }
    next();
  };
}

/** Where in a parsed body the first string (key or value) holding NUL sits, as a dotted path, or null. */
export function firstNulPath(value: unknown): string | null {
  const pending: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (pending.length > 0) {
    const { value: current, path } = pending.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path || '(body)';
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    for (const [key, child] of Object.entries(current)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return childPath;
      pending.push({ value: child, path: childPath });
    }
  }
  return null;
}

/**
 * Refuses a body with NUL (U+0000) in any text (400, naming the field): PostgreSQL cannot store it in text or
 * jsonb, so such a value would otherwise be refused late, by the database, with a message about encodings.
 */
export function refuseNulInBodies(): Middleware {
  return (request, response, next) => {
    const path = firstNulPath(request.body);
    if (path !== null) {
      refuse(response, 400, `${path} contains the NUL character (U+0000), which cannot be stored`);
      return;
    }
    next();
  };
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** Whether `contentType` (a header value) names one of `accepted` (`type/subtype`, `type/*`, or `+json`). */
export function isAcceptedContentType(contentType: string | undefined, accepted: readonly string[]): boolean {
  if (!contentType) return false;
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  return accepted.some((pattern) => {
    if (pattern === mediaType) return true;
    if (pattern.endsWith('/*')) return mediaType.startsWith(pattern.slice(0, -1));
    if (pattern === '+json') return /^application\/[a-z0-9.+-]+\+json$/.test(mediaType);
    return false;
  });
}

/** Refuses a request body of a media type the service does not read (415), instead of reading it as empty. */
export function refuseUnreadableBodies(accepted: readonly string[]): Middleware {
  return (request, response, next) => {
    if (!hasBody(request) || isAcceptedContentType(request.headers['content-type'], accepted)) {
      next();
      return;
    }
    const sent = request.headers['content-type'] ?? 'no Content-Type';
    refuse(response, 415, `This service reads request bodies as ${accepted.join(', ')}; got ${sent}`);
  };
}

/**
 * Headers every answer carries: no MIME sniffing, no framing, no referrer, no caching of API answers. CORS stays
 * closed (no Access-Control-Allow-Origin is ever sent): the APIs are for servers and the same-origin console.
 */
export function securityHeaders(): Middleware {
  return (request, response, next) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('X-Frame-Options', 'DENY');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (!request.path.startsWith('/docs')) {
      response.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
      response.setHeader('Cache-Control', 'no-store');
    }
    next();
  };
}
