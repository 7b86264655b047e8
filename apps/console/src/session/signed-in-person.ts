import type { PersonRole } from '../console.config';

/** The person a request comes from, as the session guard found them. */
export interface SignedInPerson {
  personId: string;
  email: string;
  displayName: string;
  role: PersonRole;
  csrfToken: string;
}
