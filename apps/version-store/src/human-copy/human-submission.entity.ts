import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ProductContent } from '@content-pipeline/contracts';
import type { HumanSubmissionPurpose } from '@content-pipeline/generation-tasks';

/**
 * Human-written content sent through the quality gate like any generated content. The verdict comes back
 * through the normal consumer, which links the stored version here.
 */
@Entity({ name: 'human_submission' })
export class HumanSubmission {
  /** The ContentGenerated event id published for it. */
  @PrimaryColumn({ name: 'generated_event_id', type: 'text' })
  generatedEventId!: string;

  @Column({ type: 'text' })
  purpose!: HumanSubmissionPurpose;

  @Column({ name: 'sku_id', type: 'text' })
  skuId!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ name: 'job_id', type: 'text' })
  jobId!: string;

  @Column({ name: 'task_id', type: 'text' })
  taskId!: string;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'reviewed_version_id', type: 'text', nullable: true })
  reviewedVersionId!: string | null;

  @Column({ name: 'resulting_version_id', type: 'text', nullable: true })
  resultingVersionId!: string | null;

  @Column({ type: 'jsonb' })
  content!: ProductContent;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
