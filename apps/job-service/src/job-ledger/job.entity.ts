import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a job's tasks come from. */
export type JobOrigin = 'file' | 'replay' | 'observed';

/**
 * A set of SKUs × languages generated together, with its lane, prompt version and optional budget cap.
 * Jobs created from a file declare their size; jobs first seen in events (the daily new-SKU stream, a
 * replay, a catalogue published by hand) are `observed` and sized by the tasks seen so far.
 */
@Entity({ name: 'job' })
export class Job {
  @PrimaryColumn({ name: 'job_id', type: 'text' })
  jobId!: string;

  @Column({ type: 'text' })
  origin!: JobOrigin;

  @Column({ type: 'text' })
  lane!: 'priority' | 'bulk';

  @Column({ type: 'text', array: true })
  languages!: string[];

  /** Null until known: a job that does not name one uses the ingester's PROMPT_VERSION. */
  @Column({ name: 'prompt_version', type: 'text', nullable: true })
  promptVersion!: string | null;

  @Column({ name: 'budget_usd', type: 'numeric', precision: 14, scale: 4, nullable: true })
  budgetUsd!: string | null;

  /** Running total of the job's metered cost, kept with each ledger entry (the budget check reads it). */
  @Column({ name: 'spent_usd', type: 'numeric', precision: 20, scale: 10, default: 0 })
  spentUsd!: string;

  @Column({ name: 'declared_skus', type: 'int', nullable: true })
  declaredSkus!: number | null;

  @Column({ name: 'declared_tasks', type: 'int', nullable: true })
  declaredTasks!: number | null;

  /** False while the job is paused (budget cap reached): the generator must not call the LLM for it. */
  @Column({ type: 'boolean', default: true })
  admitted!: boolean;

  @Column({ name: 'paused_reason', type: 'text', nullable: true })
  pausedReason!: string | null;

  /** Sequence of the last JobAdmissionChanged published for the job. */
  @Column({ name: 'admission_sequence', type: 'int', default: 0 })
  admissionSequence!: number;

  @Column({ name: 'source_name', type: 'text', nullable: true })
  sourceName!: string | null;

  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
