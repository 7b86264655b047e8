import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { API_ROLES, ApiKeyEntry, ApiRole } from '@content-pipeline/config';

export const API_KEYS = Symbol('API_KEYS');
const REQUIRED_ROLE = 'content-pipeline:required-role';

/** Marks a route (or controller) as needing at least `role`; routes without it stay open (health, metrics). */
export const RequiresRole = (role: ApiRole) => SetMetadata(REQUIRED_ROLE, role);

/** Who called: attached to the request for audit trails. Never the key itself. */
export interface ApiPrincipal {
  id: string;
  role: ApiRole;
}

export type AuthenticatedRequest = Request & { principal?: ApiPrincipal };

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Whether `granted` covers `required` (operator ⊇ reviewer ⊇ viewer). */
export function roleCovers(granted: ApiRole, required: ApiRole): boolean {
  return API_ROLES.indexOf(granted) <= API_ROLES.indexOf(required);
}

/**
 * API-key authentication with roles: `Authorization: Bearer <key>` or `x-api-key: <key>`. 401 when the key
 * is missing or unknown, 403 when its role is not enough. Keys are compared in constant time.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly keys: { digest: Buffer; principal: ApiPrincipal }[];

  constructor(
    private readonly reflector: Reflector,
    @Inject(API_KEYS) entries: ApiKeyEntry[],
  ) {
    this.keys = entries.map(({ key, role }) => ({
      digest: digest(key),
      principal: { id: `key-${digest(key).toString('hex').slice(0, 8)}`, role },
    }));
  }

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<ApiRole | undefined>(REQUIRED_ROLE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const presented = header?.startsWith('Bearer ') ? header.slice(7).trim() : request.headers['x-api-key'];
    if (typeof presented !== 'string' || presented.length === 0) {
      throw new UnauthorizedException(
        'Missing API key: send "Authorization: Bearer <key>" or "x-api-key: <key>"',
      );
    }
    const presentedDigest = digest(presented);
    const match = this.keys.find((entry) => timingSafeEqual(entry.digest, presentedDigest));
    if (!match) throw new UnauthorizedException('Unknown API key');
    if (!roleCovers(match.principal.role, required)) {
      throw new ForbiddenException(
        `This action needs the ${required} role; the key has ${match.principal.role}`,
      );
    }
    request.principal = match.principal;
    return true;
  }
}
