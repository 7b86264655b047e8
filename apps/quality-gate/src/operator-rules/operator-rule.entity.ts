import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@content-pipeline/languages';
import type { VerdictAction } from '@content-pipeline/quality-rules';

/**
 * What an operator added at run time for one language: a forbidden term, a regex rule, or a verdict policy entry
 * (what the issues of one gate rule do to the content).
 */
@Entity({ name: 'operator_rule' })
export class OperatorRule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  language!: Language;

  @Column({ type: 'text' })
  kind!: 'forbidden_term' | 'regex' | 'verdict_policy';

  /** The term (forbidden_term), the regular expression source (regex) or the gate rule id (verdict_policy). */
  @Column({ type: 'text' })
  value!: string;

  /** For a term: an optional regex matching it and its inflections. */
  @Column({ type: 'text', nullable: true })
  pattern!: string | null;

  /** For a term or regex rule: the severity of its issues; null for a verdict policy entry. */
  @Column({ type: 'text', nullable: true })
  severity!: 'critical' | 'warning' | 'info' | null;

  /** For a verdict policy entry: the action for the rule's issues; null for the other kinds. */
  @Column({ type: 'text', nullable: true })
  action!: VerdictAction | null;

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
