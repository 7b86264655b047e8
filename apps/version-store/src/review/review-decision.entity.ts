import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ReviewOutcome = 'approved' | 'approved_with_edits' | 'rejected';

/** A reviewer's decision on a version the gate sent to human review; one per version. */
@Entity({ name: 'review_decision' })
export class ReviewDecision {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'version_id', type: 'text', unique: true })
  versionId!: string;

  @Column({ name: 'task_id', type: 'text' })
  taskId!: string;

  @Column({ name: 'sku_id', type: 'text' })
  skuId!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ name: 'job_id', type: 'text' })
  jobId!: string;

  @Column({ type: 'text' })
  decision!: ReviewOutcome;

  @Column({ type: 'text' })
  reviewer!: string;

  @Column({ type: 'text' })
  notes!: string;

  /** The ContentGenerated event carrying the reviewer's edits (approved_with_edits). */
  @Column({ name: 'submission_event_id', type: 'text', nullable: true })
  submissionEventId!: string | null;

  /** The GenerationRequested event asking for a new attempt (rejected). */
  @Column({ name: 'requested_event_id', type: 'text', nullable: true })
  requestedEventId!: string | null;

  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
