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

/**
 * Reads the key from `Authorization: Bearer <key>` or `x-api-key`. Two different keys are refused rather than one
 * picked: a request must not pass on a valid key while carrying a wrong one.
 */
export function presentedApiKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const authorization = headers['authorization'];
  const bearer =
    typeof authorization === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
  const rawApiKey = headers['x-api-key'];
  const apiKey = typeof rawApiKey === 'string' && rawApiKey.trim() ? rawApiKey.trim() : undefined;
  if (bearer && apiKey && bearer !== apiKey) {
    throw new UnauthorizedException(
      'Two different API keys were sent (Authorization and x-api-key); send one',
    );
  }
  return bearer ?? apiKey;
}

/**
 * 401 without a known API key, 403 when the key's role may not call the route, 429 (with Retry-After) for a client
 * that keeps presenting wrong keys.
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
    const principal = this.keys.get(key);
    if (!principal) {
      this.throttle.recordFailure(client);
      throw new UnauthorizedException('Unknown API key');
    }
    if (!roles.includes(principal.role)) {
      throw new ForbiddenException(`Role ${principal.role} may not do this; it needs ${roles.join(' or ')}`);
    }
    request.principal = principal;
    return true;
  }
}
