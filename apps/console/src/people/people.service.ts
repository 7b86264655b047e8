import { ConflictException, Inject, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '@content-pipeline/persistence';
import { JsonLogger } from '@content-pipeline/observability';
import type { ConsoleConfig, PersonRole } from '../console.config';
import { CONSOLE_CONFIG, CONSOLE_DATA_SOURCE } from '../console.tokens';
import { hashPassword, verifyPassword } from './password-hash';
import { Person } from './person.entity';
import type { PersonView } from './people.dto';

/** A hash of nothing anyone knows: checked when the e-mail is unknown, so timing does not tell which e-mails exist. */
const UNKNOWN_PERSON_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==';

export function personView(person: Person): PersonView {
  return {
    personId: person.personId,
    email: person.email,
    displayName: person.displayName,
    role: person.role,
    active: person.active,
  };
}

/** People accounts: sign-in check, the first administrator from configuration, adding people and changing roles. */
@Injectable()
export class PeopleService implements OnModuleInit {
  constructor(
    @Inject(CONSOLE_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
    private readonly logger: JsonLogger,
  ) {}

  /** Creates the configured first administrator when the console has no administrator yet. */
  async onModuleInit(): Promise<void> {
    const admin = this.config.firstAdmin;
    if (!admin) return;
    const admins = await this.dataSource.getRepository(Person).countBy({ role: 'admin', active: true });
    if (admins > 0) return;
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Person)
      .values({
        email: admin.email,
        displayName: 'Administrator',
        role: 'admin',
        passwordHash: await hashPassword(admin.password),
      })
      .orIgnore()
      .execute();
    this.logger.info('First administrator created from configuration', { email: admin.email });
  }

  /** The active person with this e-mail and password, or null. */
  async authenticate(email: string, password: string): Promise<Person | null> {
    const person = await this.dataSource
      .getRepository(Person)
      .findOneBy({ email: email.trim().toLowerCase(), active: true });
    const matches = await verifyPassword(password, person?.passwordHash ?? UNKNOWN_PERSON_HASH);
    return person && matches ? person : null;
  }

  async list(): Promise<PersonView[]> {
    return (await this.dataSource.getRepository(Person).find({ order: { email: 'ASC' } })).map(personView);
  }

  async add(input: {
    email: string;
    displayName: string;
    role: PersonRole;
    password: string;
  }): Promise<PersonView> {
    const repository = this.dataSource.getRepository(Person);
    try {
      const person = repository.create({
        email: input.email.trim().toLowerCase(),
        displayName: input.displayName.trim(),
        role: input.role,
        passwordHash: await hashPassword(input.password),
      });
      return personView(await repository.save(person));
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException(`${input.email} already has an account`);
      throw error;
    }
  }

  async change(personId: string, change: { role?: PersonRole; active?: boolean }): Promise<PersonView> {
    const repository = this.dataSource.getRepository(Person);
    const person = await repository.findOneBy({ personId });
    if (!person) throw new NotFoundException(`No person ${personId}`);
    if (change.role) person.role = change.role;
    if (change.active !== undefined) person.active = change.active;
    await repository.save(person);
    if (change.active === false)
      await this.dataSource.query(`DELETE FROM console.person_session WHERE person_id = $1`, [personId]);
    return personView(person);
  }
}
