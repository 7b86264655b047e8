import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ApiPrincipal, ApiRole } from './api-key';

export const ROLES_METADATA = 'version-store:roles';

/** Roles allowed to call the endpoint (any one of them). */
export const Roles = (...roles: ApiRole[]) => SetMetadata(ROLES_METADATA, roles);

/** Every role may read. */
export const ANY_ROLE: ApiRole[] = ['viewer', 'operator', 'reviewer'];

/** The caller the ApiKeyGuard authenticated. */
export const Caller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ApiPrincipal =>
    context.switchToHttp().getRequest<{ principal: ApiPrincipal }>().principal,
);
