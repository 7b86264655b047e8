import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  applyDecorators,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { AuthFailureThrottle } from './auth-failure-throttle';
import type { ApiPrincipal, ApiRole } from '@content-pipeline/config';

/** Injection token of the service's keys: `Map<key, ApiPrincipal>` from `resolveApiKeys`. */
export const API_KEYS = Symbol('API_KEYS');
const ROLES_METADATA = 'content-pipeline:roles';

/**
 * Roles allowed to call a route or controller (any one of them), and the key schemes in its OpenAPI document — one
 * decorator, so the document cannot claim a key for an open route or forget one. Routes without it stay open
 * (health, metrics).
 */
export const Roles = (...roles: ApiRole[]) =>
  applyDecorators(SetMetadata(ROLES_METADATA, roles), ApiBearerAuth(), ApiSecurity('api-key'));

/** Every role may call (reads). */
export const ANY_ROLE: ApiRole[] = ['viewer', 'reviewer', 'operator'];

/** At least `role`, in the order viewer < reviewer < operator. */
export const RequiresRole = (role: ApiRole) => Roles(...ANY_ROLE.slice(ANY_ROLE.indexOf(role)));

export type AuthenticatedRequest = Request & { principal?: ApiPrincipal };

/** The caller the guard authenticated (a route parameter decorator). */
export const Caller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ApiPrincipal =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().principal as ApiPrincipal,
);

/** Header naming the signed-in person a console key acts for, and the person's role. */
export const ACTING_PERSON_HEADER = 'x-acting-person';
export const ACTING_ROLE_HEADER = 'x-acting-role';
const PERSON_NAME = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}$/;

/**
 * The principal a request acts as: the key's own, or — for a key allowed to act for people — the person named in
 * `X-Acting-Person` with the lower of the key's role and `X-Acting-Role`, so a person never gains the key's role.
 */
export function actingPrincipal(
  keyPrincipal: ApiPrincipal,
  headers: Record<string, string | string[] | undefined>,
): ApiPrincipal {
  const person = headers[ACTING_PERSON_HEADER];
  if (person === undefined) return keyPrincipal;
  if (!keyPrincipal.actsForPeople)
    throw new ForbiddenException(`This API key may not act for a person (${ACTING_PERSON_HEADER})`);
  if (typeof person !== 'string' || !PERSON_NAME.test(person))
    throw new ForbiddenException(`${ACTING_PERSON_HEADER} must be a person's sign-in name`);
  const role = headers[ACTING_ROLE_HEADER];
  if (typeof role !== 'string' || !ANY_ROLE.includes(role as ApiRole))
    throw new ForbiddenException(`${ACTING_ROLE_HEADER} must be one of ${ANY_ROLE.join(', ')}`);
  const lower = Math.min(ANY_ROLE.indexOf(role as ApiRole), ANY_ROLE.indexOf(keyPrincipal.role));
  return { id: person, role: ANY_ROLE[lower] };
}

/**
 * Reads the key from `Authorization: Bearer <key>` or `x-api-key`. Two different keys are refused rather than one
 * picked: a request must not pass on a valid key while carrying a wrong one.
 */
export function presentedApiKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const authorization = headers['authorization'];
  const rawApiKey = headers['x-api-key'];
  const bearer =
    typeof authorization === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
  const apiKey = typeof rawApiKey === 'string' && rawApiKey.trim() ? rawApiKey.trim() : undefined;
  // A credential header that is there but unreadable is a wrong key, not an absent one: a request must not pass
  // on one valid header while carrying a broken other.
  if (authorization !== undefined && bearer === undefined) {
    throw new UnauthorizedException('The Authorization header must be "Bearer <key>"');
  }
  if (rawApiKey !== undefined && apiKey === undefined) {
    throw new UnauthorizedException('The x-api-key header must hold one non-blank key');
  }
  if (bearer && apiKey && bearer !== apiKey) {
    throw new UnauthorizedException(
      'Two different API keys were sent (Authorization and x-api-key); send one',
    );
  }
  return bearer ?? apiKey;
}

/**
 * 401 without a known API key, 403 when the key's role may not call the route, 429 (with Retry-After) for a client
 * that keeps presenting wrong keys. A key allowed to act for people may name one (see `actingPrincipal`).
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly throttle = new AuthFailureThrottle();

  constructor(
    private readonly reflector: Reflector,
    @Inject(API_KEYS) private readonly keys: ReadonlyMap<string, ApiPrincipal>,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<ApiRole[] | undefined>(ROLES_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = presentedApiKey(request.headers);
    if (!key) {
      throw new UnauthorizedException(
        'An API key is required: send "Authorization: Bearer <key>" or "x-api-key: <key>"',
      );
    }
    const client = request.ip ?? request.socket?.remoteAddress ?? 'unknown';
    const waitSeconds = this.throttle.retryAfterSeconds(client);
    if (waitSeconds > 0) {
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(waitSeconds));
      throw new HttpException(
        `Too many wrong API keys from this client; retry in ${waitSeconds} s`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const keyPrincipal = this.keys.get(key);
    if (!keyPrincipal) {
      this.throttle.recordFailure(client);
      throw new UnauthorizedException('Unknown API key');
    }
    const principal = actingPrincipal(keyPrincipal, request.headers);
    if (!roles.includes(principal.role)) {
      throw new ForbiddenException(`Role ${principal.role} may not do this; it needs ${roles.join(' or ')}`);
    }
    request.principal = principal;
    return true;
  }
}
