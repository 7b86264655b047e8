import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TaskState } from './task-state';

/**
 * One task of a job (SKU × language), followed through the pipeline's events. `attempt` and `stage` order
 * the events applied, so an older event arriving late (topics are consumed independently) never moves the
 * task back. A dead-lettered task keeps the original message so a resume can republish it.
 */
@Entity({ name: 'job_task' })
export class JobTask {
  @PrimaryColumn({ name: 'job_id', type: 'text' })
  jobId!: string;

  @PrimaryColumn({ name: 'sku_id', type: 'text' })
  skuId!: string;

  @PrimaryColumn({ type: 'text' })
  language!: string;

  @Column({ name: 'task_id', type: 'text' })
  taskId!: string;

  @Column({ type: 'text' })
  state!: TaskState;

  @Column({ type: 'int' })
  attempt!: number;

  @Column({ type: 'int' })
  stage!: number;

  @Column({ type: 'text', nullable: true })
  lane!: string | null;

  @Column({ name: 'request_event_id', type: 'text', nullable: true })
  requestEventId!: string | null;

  @Column({ name: 'resume_count', type: 'int' })
  resumeCount!: number;

  @Column({ name: 'dead_letter_topic', type: 'text', nullable: true })
  deadLetterTopic!: string | null;

  @Column({ name: 'dead_letter_key', type: 'bytea', nullable: true })
  deadLetterKey!: Buffer | null;

  @Column({ name: 'dead_letter_value', type: 'bytea', nullable: true })
  deadLetterValue!: Buffer | null;

  @Column({ name: 'dead_letter_headers', type: 'jsonb', nullable: true })
  deadLetterHeaders!: Record<string, string> | null;

  @Column({ name: 'dead_letter_reason', type: 'text', nullable: true })
  deadLetterReason!: string | null;

  @Column({ name: 'dead_letter_error_code', type: 'text', nullable: true })
  deadLetterErrorCode!: string | null;

  @Column({ name: 'first_requested_at', type: 'timestamptz', nullable: true })
  firstRequestedAt!: Date | null;

  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
