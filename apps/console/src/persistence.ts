import { CreatePeopleAndSessions1765200000000 } from './migrations/1765200000000-create-people-and-sessions';
import { Person } from './people/person.entity';
import { PersonSession } from './session/person-session.entity';

/** The PostgreSQL schema the console owns. */
export const CONSOLE_SCHEMA = 'console';
export const consoleEntities = [Person, PersonSession];
export const consoleMigrations = [CreatePeopleAndSessions1765200000000];
