import type { NextFunction, Request, Response } from 'express';
import {
  isAcceptedContentType,
  MAX_JSON_DEPTH,
  firstNulPath,
  nestingDepth,
  refuseDeepBodies,
  refuseNulInBodies,
  refuseUnreadableBodies,
  refuseUnreadableUrls,
} from './request-hygiene';

interface Outcome {
  status?: number;
  body?: { message: string };
  passed: boolean;
}

function run(
  middleware: (request: Request, response: Response, next: NextFunction) => void,
  request: Partial<Request>,
): Outcome {
  const outcome: Outcome = { passed: false };
  const response = {
    status(code: number) {
      outcome.status = code;
      return this;
    },
    json(body: { message: string }) {
      outcome.body = body;
      return this;
    },
  } as unknown as Response;
  middleware({ headers: {}, ...request } as Request, response, () => {
    outcome.passed = true;
  });
  return outcome;
}

const deep = (levels: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < levels; level++) value = { nested: value };
  return value;
};

describe('refuseUnreadableUrls', () => {
  const check = (url: string) => run(refuseUnreadableUrls(), { originalUrl: url, url });

  it('lets ordinary paths and queries through, including encoded CJK text and spaces', () => {
    expect(check('/api/versions/SKU-1/ja?limit=20&q=%E4%BF%9D%E6%B8%A9+cup').passed).toBe(true);
  });

  it('refuses NUL and other control characters in the path or the query with a 400 naming the character', () => {
    expect(check('/jobs/abc%00def/regeneration')).toMatchObject({
      status: 400,
      body: { message: 'The URL path contains the control character U+0000' },
    });
    expect(check('/api/batch?limit=%0A5')).toMatchObject({ status: 400, passed: false });
    expect(check('/api/batch?note=%7F')).toMatchObject({ status: 400 });
  });

  it('refuses percent-encoding that is not UTF-8', () => {
    expect(check('/api/versions/%FF%FE')).toMatchObject({
      status: 400,
      body: { message: 'The URL path has an invalid percent-encoding (not UTF-8)' },
    });
    expect(check('/api/versions?x=%E4%BF')).toMatchObject({ status: 400 });
  });

  it('refuses a URL longer than 8 KiB with a 414', () => {
    expect(check(`/api/versions/${'a'.repeat(9000)}`).status).toBe(414);
  });
});

describe('refuseDeepBodies', () => {
  it('measures nesting without recursion, even far beyond the limit', () => {
    expect(nestingDepth({ a: [1, { b: 2 }] })).toBe(3);
    expect(nestingDepth('text')).toBe(0);
    expect(nestingDepth(deep(100_000), MAX_JSON_DEPTH)).toBe(MAX_JSON_DEPTH + 1);
  });

  it('passes a body at the limit and refuses one level deeper with a 400', () => {
    expect(run(refuseDeepBodies(), { body: deep(MAX_JSON_DEPTH) }).passed).toBe(true);
    expect(run(refuseDeepBodies(), { body: deep(MAX_JSON_DEPTH + 1) })).toMatchObject({
      status: 400,
      body: { message: `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels` },
    });
  });
});

describe('refuseNulInBodies', () => {
  it('finds NUL in a nested value or key and names where it is', () => {
    expect(firstNulPath({ action: 'release', note: 'key rotated' })).toBeNull();
    expect(firstNulPath({ items: [{ text: 'a' }, { text: 'b\u0000' }] })).toBe('items.1.text');
    expect(firstNulPath({ ['k\u0000']: 1 })).toBe('k\u0000');
    expect(firstNulPath('whole\u0000')).toBe('(body)');
  });

  it('refuses such a body with a 400 before any handler, and passes one without', () => {
    expect(run(refuseNulInBodies(), { body: { note: 'fine ü\t' } }).passed).toBe(true);
    expect(run(refuseNulInBodies(), { body: { action: 'release', note: 'z\u0000' } })).toMatchObject({
      status: 400,
      body: { message: 'note contains the NUL character (U+0000), which cannot be stored' },
      passed: false,
    });
  });
});

describe('refuseUnreadableBodies', () => {
  const accepted = ['application/json', '+json', 'text/*'];

  it('accepts JSON (with parameters), +json types and configured text types', () => {
    expect(isAcceptedContentType('application/json; charset=utf-8', accepted)).toBe(true);
    expect(isAcceptedContentType('application/merge-patch+json', accepted)).toBe(true);
    expect(isAcceptedContentType('text/csv', accepted)).toBe(true);
    expect(isAcceptedContentType('application/xml', accepted)).toBe(false);
    expect(isAcceptedContentType(undefined, accepted)).toBe(false);
  });

  it('refuses a body of another media type with a 415, and lets bodiless requests through', () => {
    const middleware = refuseUnreadableBodies(['application/json']);
    expect(
      run(middleware, { headers: { 'content-length': '12', 'content-type': 'application/xml' } }),
    ).toMatchObject({
      status: 415,
      body: { message: 'This service reads request bodies as application/json; got application/xml' },
    });
    expect(run(middleware, { headers: { 'transfer-encoding': 'chunked' } }).status).toBe(415);
    expect(run(middleware, { headers: { 'content-length': '0' } }).passed).toBe(true);
    expect(run(middleware, { headers: {} }).passed).toBe(true);
  });
});
