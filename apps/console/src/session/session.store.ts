import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConsoleConfig } from '../console.config';
import { CONSOLE_CONFIG, CONSOLE_DATA_SOURCE } from '../console.tokens';
import { Person } from '../people/person.entity';
import { PersonSession } from './person-session.entity';
import type { SignedInPerson } from './signed-in-person';

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Sessions in PostgreSQL, so any console instance serves any browser and a sign-out ends the session everywhere. */
@Injectable()
export class SessionStore {
  constructor(
    @Inject(CONSOLE_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
  ) {}

  /** Opens a session; returns the cookie token (never stored) and the CSRF token of the page. */
  async open(person: Person): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionHours * 3_600_000);
    await this.dataSource.getRepository(PersonSession).insert({
      tokenHash: tokenHash(token),
      personId: person.personId,
      csrfToken,
      expiresAt,
    });
    // Expired sessions of this person go when a new one starts; nothing else needs a sweeper.
    await this.dataSource.query(
      `DELETE FROM console.person_session WHERE person_id = $1 AND expires_at < now()`,
      [person.personId],
    );
    return { token, csrfToken, expiresAt };
  }

  /** The signed-in person of a cookie token, or null when it is unknown, expired or the person was disabled. */
  async find(token: string): Promise<SignedInPerson | null> {
    const [row] = await this.dataSource.query<
      { person_id: string; email: string; display_name: string; role: Person['role']; csrf_token: string }[]
    >(
      `SELECT person.person_id, person.email, person.display_name, person.role, session.csrf_token
         FROM console.person_session session JOIN console.person person USING (person_id)
        WHERE session.token_hash = $1 AND session.expires_at > now() AND person.active`,
      [tokenHash(token)],
    );
    return row
      ? {
          personId: row.person_id,
          email: row.email,
          displayName: row.display_name,
          role: row.role,
          csrfToken: row.csrf_token,
        }
      : null;
  }

  async close(token: string): Promise<void> {
    await this.dataSource.getRepository(PersonSession).delete({ tokenHash: tokenHash(token) });
  }
}
