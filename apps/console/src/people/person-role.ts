import type { ApiRole } from '@content-pipeline/config';
import { PERSON_ROLES, PersonRole } from '../console.config';

/** Whether `role` may do what `needed` may: viewer < reviewer < operator < admin. */
export function roleAtLeast(role: PersonRole, needed: PersonRole): boolean {
  return PERSON_ROLES.indexOf(role) >= PERSON_ROLES.indexOf(needed);
}

/** The role a person acts with on the services: an admin manages people here and operates there. */
export function serviceRoleOf(role: PersonRole): ApiRole {
  return role === 'admin' ? 'operator' : role;
}
