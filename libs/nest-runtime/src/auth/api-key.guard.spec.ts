import { ExecutionContext, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKeyGuard, AuthenticatedRequest, roleCovers } from './api-key.guard';

const OPERATOR_KEY = 'operator-key-0123456789';
const VIEWER_KEY = 'viewer-key-0123456789ab';

function contextFor(headers: Record<string, string>, required: string | undefined) {
  const request = { headers } as unknown as AuthenticatedRequest;
  const reflector = { getAllAndOverride: () => required } as unknown as Reflector;
  const context = {
    getHandler: () => undefined,
    getClass: () => undefined,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  const guard = new ApiKeyGuard(reflector, [
    { key: OPERATOR_KEY, role: 'operator' },
    { key: VIEWER_KEY, role: 'viewer' },
  ]);
  return { guard, context, request };
}

describe('ApiKeyGuard', () => {
  it('lets routes without a required role through', () => {
    const { guard, context } = contextFor({}, undefined);
    expect(guard.canActivate(context)).toBe(true);
  });

  it('answers 401 without a key or with an unknown one', () => {
    expect(() => contextFor({}, 'viewer').guard.canActivate(contextFor({}, 'viewer').context)).toThrow(
      UnauthorizedException,
    );
    const unknown = contextFor({ authorization: 'Bearer nope-nope-nope-nope' }, 'viewer');
    expect(() => unknown.guard.canActivate(unknown.context)).toThrow('Unknown API key');
  });

  it('answers 403 when the role is not enough, and records the principal otherwise', () => {
    const viewer = contextFor({ 'x-api-key': VIEWER_KEY }, 'operator');
    expect(() => viewer.guard.canActivate(viewer.context)).toThrow(ForbiddenException);
    const operator = contextFor({ authorization: `Bearer ${OPERATOR_KEY}` }, 'reviewer');
    expect(operator.guard.canActivate(operator.context)).toBe(true);
    expect(operator.request.principal).toEqual({
      id: expect.stringMatching(/^key-[0-9a-f]{8}$/),
      role: 'operator',
    });
  });

  it('orders roles operator ⊇ reviewer ⊇ viewer', () => {
    expect(roleCovers('operator', 'viewer')).toBe(true);
    expect(roleCovers('reviewer', 'operator')).toBe(false);
  });
});
