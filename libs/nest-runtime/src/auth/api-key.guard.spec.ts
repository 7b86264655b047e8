import { ExecutionContext, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { parseApiKeys } from '@content-pipeline/config';
import { ApiKeyGuard, AuthenticatedRequest, presentedApiKey, RequiresRole } from './api-key.guard';

const keys = parseApiKeys(
  'operator-key-1:operator:alice,viewer-key-1:viewer,console-key-1:operator:console,console-ro-1:viewer:console-ro',
);
keys.get('console-key-1')!.actsForPeople = true;
keys.get('console-ro-1')!.actsForPeople = true;

function attempt(
  headers: Record<string, string>,
  roles: string[] | undefined,
  guard?: ApiKeyGuard,
  response = { setHeader: jest.fn() },
) {
  const request = { headers, ip: '192.0.2.7' } as unknown as AuthenticatedRequest;
  const reflector = { getAllAndOverride: () => roles } as unknown as Reflector;
  const context = {
    getHandler: () => undefined,
    getClass: () => undefined,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ExecutionContext;
  return { run: () => (guard ?? new ApiKeyGuard(reflector, keys)).canActivate(context), request, response };
}

describe('ApiKeyGuard', () => {
  it('lets routes without roles through', () => {
    expect(attempt({}, undefined).run()).toBe(true);
  });

  it('answers 401 without a key or with an unknown one', () => {
    expect(attempt({}, ['viewer']).run).toThrow(UnauthorizedException);
    expect(attempt({ authorization: 'Bearer nope-nope-nope' }, ['viewer']).run).toThrow('Unknown API key');
  });

  it('answers 429 with Retry-After to a client after 20 wrong keys, even when its next key is right', () => {
    const guard = new ApiKeyGuard({ getAllAndOverride: () => ['viewer'] } as unknown as Reflector, keys);
    for (let failure = 0; failure < 20; failure++)
      expect(attempt({ authorization: `Bearer guess-${failure}` }, ['viewer'], guard).run).toThrow(
        'Unknown API key',
      );
    const blocked = attempt({ authorization: 'Bearer viewer-key-1' }, ['viewer'], guard);
    expect(blocked.run).toThrow(/Too many wrong API keys from this client; retry in \d+ s/);
    expect(blocked.response.setHeader).toHaveBeenCalledWith('Retry-After', expect.stringMatching(/^\d+$/));
  });

  it('answers 403 for a role not listed, and records the principal otherwise', () => {
    expect(attempt({ 'x-api-key': 'viewer-key-1' }, ['operator']).run).toThrow(ForbiddenException);
    const allowed = attempt({ authorization: 'Bearer operator-key-1' }, ['reviewer', 'operator']);
    expect(allowed.run()).toBe(true);
    expect(allowed.request.principal).toEqual({ id: 'alice', role: 'operator' });
  });
});

describe('acting for a person', () => {
  it('records the person a console key names, with the role the person has', () => {
    const allowed = attempt(
      {
        authorization: 'Bearer console-key-1',
        'x-acting-person': 'rita@example.com',
        'x-acting-role': 'reviewer',
      },
      ['reviewer', 'operator'],
    );
    expect(allowed.run()).toBe(true);
    expect(allowed.request.principal).toEqual({ id: 'rita@example.com', role: 'reviewer' });
  });

  it('never grants a person more than the key, nor lets an ordinary key name a person', () => {
    expect(
      attempt(
        { authorization: 'Bearer console-ro-1', 'x-acting-person': 'rita', 'x-acting-role': 'operator' },
        ['reviewer', 'operator'],
      ).run,
    ).toThrow(/Role viewer may not do this/);
    expect(
      attempt(
        { authorization: 'Bearer console-key-1', 'x-acting-person': 'vic', 'x-acting-role': 'viewer' },
        ['reviewer'],
      ).run,
    ).toThrow(ForbiddenException);
    expect(
      attempt(
        { authorization: 'Bearer operator-key-1', 'x-acting-person': 'mallory', 'x-acting-role': 'operator' },
        ['operator'],
      ).run,
    ).toThrow(/may not act for a person/);
    expect(
      attempt(
        { authorization: 'Bearer console-key-1', 'x-acting-person': 'bad name;', 'x-acting-role': 'viewer' },
        ['viewer'],
      ).run,
    ).toThrow(/sign-in name/);
  });
});

describe('presentedApiKey and RequiresRole', () => {
  it('takes a bearer token or the x-api-key header', () => {
    expect(presentedApiKey({ authorization: 'Bearer abc' })).toBe('abc');
    expect(presentedApiKey({ 'x-api-key': 'def' })).toBe('def');
    expect(presentedApiKey({ authorization: 'Bearer abc', 'x-api-key': 'abc' })).toBe('abc');
  });

  it('refuses a credential header that is there but unreadable, even beside a valid key', () => {
    expect(() => presentedApiKey({ authorization: 'Basic xyz' })).toThrow(/Bearer <key>/);
    expect(() => presentedApiKey({ authorization: 'Bearer valid-key-1', 'x-api-key': '  ' })).toThrow(
      /non-blank key/,
    );
    expect(() => presentedApiKey({ authorization: 'Bearer ', 'x-api-key': 'valid-key-1' })).toThrow(
      /Bearer <key>/,
    );
  });

  it('refuses two different keys instead of picking one', () => {
    expect(() =>
      presentedApiKey({ authorization: 'Bearer valid-key-1', 'x-api-key': 'wrong-key-2' }),
    ).toThrow(/Two different API keys/);
  });

  it('expands "at least" a role into the roles that cover it', () => {
    const metadataOf = (decorator: ReturnType<typeof RequiresRole>) => {
      class Probe {}
      decorator(Probe);
      return Reflect.getMetadata('content-pipeline:roles', Probe);
    };
    expect(metadataOf(RequiresRole('viewer'))).toEqual(['viewer', 'reviewer', 'operator']);
    expect(metadataOf(RequiresRole('reviewer'))).toEqual(['reviewer', 'operator']);
    expect(metadataOf(RequiresRole('operator'))).toEqual(['operator']);
  });
});
