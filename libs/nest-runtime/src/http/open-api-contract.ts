import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { httpErrorBody } from './http-error.mapping';

/**
 * The answers every route can give whatever its controller says, because the shared runtime gives them: the
 * validation pipe and the URL checks (400), the key guard (401, 403, 429), a path naming nothing (404), the body
 * checks (413, 415). Written into the document so that a client generated from it — and a contract fuzzer — sees
 * the API as it behaves.
 */
const ERROR_SCHEMA_NAME = 'ErrorResponse';

const ERROR_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599 },
    error: { type: 'string' },
    message: {
      description: 'What is wrong; a list when several request fields are invalid.',
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    },
  },
} as const;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is malformed or a value is invalid; the message says which',
  401: 'No API key, an unknown one, or two different ones',
  403: "The key's role may not call this operation",
  404: 'Nothing exists at this path',
  413: 'The body is larger than this service accepts',
  415: 'The body is not JSON',
  429: 'Too many wrong API keys from this client; retry after Retry-After seconds',
};

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface OperationShape {
  parameters?: Array<{ in?: string; schema?: Record<string, unknown> }>;
  requestBody?: unknown;
  security?: unknown[];
  responses?: Record<string, unknown>;
}

/** Status codes the shared runtime can answer `operation` with, from what the operation takes. */
export function runtimeErrorStatuses(path: string, operation: OperationShape): number[] {
  const statuses = new Set<number>();
  const takesInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
  if (takesInput) statuses.add(400);
  if (path.includes('{')) statuses.add(404);
  if (operation.requestBody !== undefined) {
    statuses.add(413);
    statuses.add(415);
  }
  if ((operation.security?.length ?? 0) > 0) {
    statuses.add(401);
    statuses.add(403);
    statuses.add(429);
  }
  return [...statuses].sort((a, b) => a - b);
}

/** Characters the URL checks refuse in any path or query value (C0 controls and DEL). */
export const URL_TEXT_PATTERN = '^[^\\u0000-\\u001F\\u007F]*$';
const PATH_SEGMENT_PATTERN = '^[^\\u0000-\\u001F\\u007F]+$';
/** What the body check refuses in any JSON text: NUL, which PostgreSQL cannot store. */
export const BODY_TEXT_PATTERN = '^[^\\u0000]*$';

/**
 * What the shared runtime enforces on every route, written into the document: its error answers (with the shared
 * error schema), no unknown body fields (the validation pipe forbids them), no control characters in URL values,
 * no NUL in body text.
 */
export function completeRuntimeContract(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas ??= {};
  for (const schema of Object.values(document.components.schemas) as Array<Record<string, unknown>>) {
    if (schema['type'] === 'object' && schema['properties'] && schema['additionalProperties'] === undefined) {
      schema['additionalProperties'] = false;
    }
    refuseNulInText(schema);
  }
  document.components.schemas[ERROR_SCHEMA_NAME] = ERROR_SCHEMA as never;
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationShape | undefined;
      if (!operation) continue;
      for (const parameter of operation.parameters ?? []) refuseControlCharacters(parameter);
      operation.responses ??= {};
      for (const status of runtimeErrorStatuses(path, operation)) {
        operation.responses[String(status)] ??= errorResponse(status);
      }
    }
  }
  return document;
}

function refuseControlCharacters(parameter: { in?: string; schema?: Record<string, unknown> }): void {
  const schema = parameter.schema;
  if (!schema || schema['type'] !== 'string') return;
  if (schema['pattern'] === undefined && schema['enum'] === undefined && schema['format'] === undefined) {
    schema['pattern'] = parameter.in === 'path' ? PATH_SEGMENT_PATTERN : URL_TEXT_PATTERN;
  }
}

/** Marks every free-text string in `schema` (properties and array items, nested) as refusing NUL. */
function refuseNulInText(schema: Record<string, unknown>): void {
  const pending: Array<Record<string, unknown>> = [schema];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (current['type'] === 'string') {
      if (
        current['pattern'] === undefined &&
        current['enum'] === undefined &&
        current['format'] === undefined
      ) {
        current['pattern'] = BODY_TEXT_PATTERN;
      }
      continue;
    }
    const properties = current['properties'] as Record<string, Record<string, unknown>> | undefined;
    if (properties) pending.push(...Object.values(properties));
    const items = current['items'] as Record<string, unknown> | undefined;
    if (items && typeof items === 'object') pending.push(items);
  }
}

function errorResponse(status: number): unknown {
  const response: Record<string, unknown> = {
    description: ERROR_DESCRIPTIONS[status] ?? 'Error',
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA_NAME}` } } },
  };
  if (status === 429) {
    response['headers'] = { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } };
  }
  return response;
}

/** One documented path template and the methods it takes (HEAD wherever GET is, as Express answers it). */
export interface DeclaredPath {
  pattern: RegExp;
  methods: ReadonlySet<string>;
}

/** The document's paths as matchers: `{name}` matches one path segment. */
export function declaredPaths(document: OpenAPIObject): DeclaredPath[] {
  return Object.entries(document.paths).map(([path, item]) => {
    const methods = new Set(
      HTTP_METHODS.filter((method) => item[method] !== undefined).map((method) => method.toUpperCase()),
    );
    if (methods.has('GET')) methods.add('HEAD');
    const source = path
      .split(/\{[^}]+\}/)
      .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+');
    return { pattern: new RegExp(`^${source}/?$`), methods };
  });
}

/**
 * 405 with an `Allow` header for a documented path called with a method it does not take (RFC 9110 §15.5.6),
 * instead of the 404 that says the path does not exist. Paths the document does not name pass through.
 */
export function refuseUndeclaredMethods(paths: readonly DeclaredPath[]) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const path = request.path;
    const matching = paths.filter((declared) => declared.pattern.test(path));
    if (matching.length === 0 || matching.some((declared) => declared.methods.has(request.method))) {
      next();
      return;
    }
    const allowed = [...new Set(matching.flatMap((declared) => [...declared.methods]))].sort();
    response.setHeader('Allow', allowed.join(', '));
    response
      .status(405)
      .json(httpErrorBody(405, `${request.method} is not allowed here; use ${allowed.join(', ')}`));
  };
}
