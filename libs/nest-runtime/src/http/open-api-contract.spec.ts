import type { OpenAPIObject } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  BODY_TEXT_PATTERN,
  completeRuntimeContract,
  declaredPaths,
  refuseUndeclaredMethods,
  runtimeErrorStatuses,
} from './open-api-contract';

function documentWith(paths: OpenAPIObject['paths']): OpenAPIObject {
  return { openapi: '3.0.0', info: { title: 't', version: '1' }, paths };
}

describe('runtimeErrorStatuses', () => {
  it('lists what the shared runtime answers for the operation’s inputs and security', () => {
    expect(runtimeErrorStatuses('/health', {})).toEqual([]);
    expect(runtimeErrorStatuses('/items/{id}', { parameters: [{ in: 'path' }] })).toEqual([400, 404]);
    expect(runtimeErrorStatuses('/items', { requestBody: {}, security: [{ bearer: [] }] })).toEqual([
      400, 401, 403, 413, 415, 429,
    ]);
  });
});

describe('completeRuntimeContract', () => {
  it('adds the runtime’s answers without replacing what a controller documented', () => {
    const document = documentWith({
      '/items/{id}': {
        get: {
          parameters: [{ name: 'id', in: 'path', required: true }],
          responses: { '404': { description: 'own' } },
        },
      },
    });
    completeRuntimeContract(document);
    const responses = document.paths['/items/{id}'].get!.responses as Record<string, { description: string }>;
    expect(responses['404'].description).toBe('own');
    expect(responses['400'].description).toMatch(/malformed/);
    expect(document.components?.schemas?.['ErrorResponse']).toBeDefined();
  });

  it('documents that body text refuses NUL, leaving constrained strings as they are', () => {
    const document = documentWith({});
    document.components = {
      schemas: {
        HoldAction: {
          type: 'object',
          properties: {
            note: { type: 'string' },
            action: { type: 'string', enum: ['release'] },
            at: { type: 'string', format: 'date-time' },
            tags: { type: 'array', items: { type: 'string' } },
            nested: { type: 'object', properties: { label: { type: 'string', pattern: '^[a-z]+$' } } },
          },
        },
      },
    };
    completeRuntimeContract(document);
    type StringSchema = { pattern?: string; items?: StringSchema; properties?: Record<string, StringSchema> };
    const properties = (
      document.components.schemas!['HoldAction'] as { properties: Record<string, StringSchema> }
    ).properties;
    expect(properties['note'].pattern).toBe(BODY_TEXT_PATTERN);
    expect(properties['tags'].items?.pattern).toBe(BODY_TEXT_PATTERN);
    expect(properties['action'].pattern).toBeUndefined();
    expect(properties['at'].pattern).toBeUndefined();
    expect(properties['nested'].properties?.['label'].pattern).toBe('^[a-z]+$');
  });
});

describe('refuseUndeclaredMethods', () => {
  const paths = declaredPaths(
    documentWith({
      '/items/{id}': { get: { responses: {} }, post: { responses: {} } },
      '/health': { get: { responses: {} } },
    }),
  );

  function call(method: string, path: string) {
    const answer = {
      status: 0,
      headers: {} as Record<string, string>,
      body: undefined as unknown,
      passed: false,
    };
    const response = {
      setHeader: (name: string, value: string) => (answer.headers[name] = value),
      status(code: number) {
        answer.status = code;
        return this;
      },
      json: (body: unknown) => (answer.body = body),
    } as unknown as Response;
    refuseUndeclaredMethods(paths)({ method, path } as Request, response, () => (answer.passed = true));
    return answer;
  }

  it('answers 405 with Allow for a documented path and a method it does not take', () => {
    const answer = call('TRACE', '/items/42');
    expect(answer.status).toBe(405);
    expect(answer.headers['Allow']).toBe('GET, HEAD, POST');
  });

  it('passes documented methods, HEAD beside GET, and paths the document does not name', () => {
    expect(call('POST', '/items/42').passed).toBe(true);
    expect(call('HEAD', '/health').passed).toBe(true);
    expect(call('DELETE', '/items/42/parts').passed).toBe(true);
    expect(call('DELETE', '/docs').passed).toBe(true);
  });
});
