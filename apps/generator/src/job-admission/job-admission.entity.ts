import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Whether the generator may call the LLM for a job, as the job ledger last said (JobAdmissionChanged).
 * A job without a row is admitted.
 */
@Entity({ name: 'job_admission' })
export class JobAdmission {
  @PrimaryColumn({ name: 'job_id', type: 'text' })
  jobId!: string;

  @Column({ type: 'boolean' })
  admitted!: boolean;

  @Column({ type: 'text' })
  reason!: string;

  /** Sequence of the last event applied: an older or repeated event changes nothing. */
  @Column({ type: 'int' })
  sequence!: number;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
