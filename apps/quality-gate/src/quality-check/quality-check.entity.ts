import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { QualityIssue } from '@content-pipeline/contracts';

/** The gate's verdict on one generated content set; keyed by the generated event, so checks are idempotent. */
@Entity({ name: 'quality_check' })
export class QualityCheck {
  @PrimaryColumn({ name: 'generated_event_id', type: 'text' })
  generatedEventId!: string;

  @Column({ name: 'verdict_event_id', type: 'text' })
  verdictEventId!: string;

  @Column({ name: 'task_id', type: 'text' })
  taskId!: string;

  @Column({ name: 'job_id', type: 'text' })
  jobId!: string;

  @Column({ name: 'sku_id', type: 'text' })
  skuId!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'int' })
  attempt!: number;

  @Column({ type: 'int' })
  score!: number;

  @Column({ type: 'text' })
  verdict!: 'pass' | 'regenerate' | 'human_review';

  @Column({ type: 'jsonb' })
  issues!: QualityIssue[];

  @CreateDateColumn({ name: 'checked_at', type: 'timestamptz' })
  checkedAt!: Date;
}
