import { timingSafeEqual } from 'node:crypto';
import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { PersonRole } from '../console.config';
import { roleAtLeast } from '../people/person-role';
import { CSRF_HEADER, sessionTokenOf } from './session-cookie';
import { SessionStore } from './session.store';
import type { SignedInPerson } from './signed-in-person';

const NEEDS_ROLE = 'console:needs-role';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The least role a route needs; every console API route has one. */
export const NeedsRole = (role: PersonRole) => SetMetadata(NEEDS_ROLE, role);

type PersonRequest = Request & { person?: SignedInPerson };

/** The signed-in person of the request (a route parameter decorator). */
export const CurrentPerson = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SignedInPerson =>
    context.switchToHttp().getRequest<PersonRequest>().person as SignedInPerson,
);

function sameToken(presented: unknown, expected: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * 401 without a live session, 403 when a write lacks the session's CSRF token (the cookie alone is not
 * enough: another site's form could send it) or the person's role is below the route's.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const needed = this.reflector.getAllAndOverride<PersonRole | undefined>(NEEDS_ROLE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!needed) return true;
    const request = context.switchToHttp().getRequest<PersonRequest>();
    const token = sessionTokenOf(request);
    const person = token ? await this.sessions.find(token) : null;
    if (!person) throw new UnauthorizedException('Sign in first: no session or the session has expired');
    if (!SAFE_METHODS.has(request.method) && !sameToken(request.headers[CSRF_HEADER], person.csrfToken))
      throw new ForbiddenException(`A write needs the session's CSRF token in the ${CSRF_HEADER} header`);
    if (!roleAtLeast(person.role, needed))
      throw new ForbiddenException(`Your role (${person.role}) may not do this; it needs ${needed} or above`);
    request.person = person;
    return true;
  }
}
