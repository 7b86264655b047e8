import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { VERSION_STORE_CONFIG } from '../version-store.tokens';
import type { VersionStoreConfig } from '../version-store.config';
import { ApiPrincipal, ApiRole, presentedApiKey } from './api-key';
import { ROLES_METADATA } from './roles.decorator';

/** 401 without a known API key, 403 when the key's role may not call the endpoint. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(VERSION_STORE_CONFIG) private readonly config: VersionStoreConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<ApiRole[] | undefined>(ROLES_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles) return true;
    const request = context.switchToHttp().getRequest<Request & { principal?: ApiPrincipal }>();
    const key = presentedApiKey(request.headers);
    if (!key)
      throw new UnauthorizedException(
        'An API key is required: send "Authorization: Bearer <key>" or "x-api-key: <key>"',
      );
    const principal = this.config.apiKeys.get(key);
    if (!principal) throw new UnauthorizedException('Unknown API key');
    if (!roles.includes(principal.role))
      throw new ForbiddenException(`Role ${principal.role} may not do this; it needs ${roles.join(' or ')}`);
    request.principal = principal;
    return true;
  }
}
