import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@content-pipeline/languages';

/** A check an operator added at run time: a forbidden term or a regex rule for one language. */
@Entity({ name: 'operator_rule' })
export class OperatorRule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  language!: Language;

  @Column({ type: 'text' })
  kind!: 'forbidden_term' | 'regex';

  /** The term (forbidden_term) or the regular expression source (regex). */
  @Column({ type: 'text' })
  value!: string;

  /** For a term: an optional regex matching it and its inflections. */
  @Column({ type: 'text', nullable: true })
  pattern!: string | null;

  @Column({ type: 'text' })
  severity!: 'critical' | 'warning' | 'info';

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'text', nullable: true })
  suggestion!: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
