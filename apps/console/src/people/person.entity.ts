import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PersonRole } from '../console.config';

/** Someone who signs in to the console. The e-mail address is the name the audit records. */
@Entity({ name: 'person' })
export class Person {
  @PrimaryGeneratedColumn('uuid', { name: 'person_id' })
  personId!: string;

  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: PersonRole;

  /** scrypt hash with its parameters (see password-hash.ts); never the password. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
