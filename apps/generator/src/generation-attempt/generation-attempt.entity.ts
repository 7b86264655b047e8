import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ProductContent, TokenUsage, WorkflowReview } from '@content-pipeline/contracts';

/**
 * The outcome of one generation request. Stored before the result is published, so a redelivered request
 * republishes the stored content instead of paying for a second LLM call.
 */
@Entity({ name: 'generation_attempt' })
export class GenerationAttempt {
  @PrimaryColumn({ name: 'request_event_id', type: 'text' })
  requestEventId!: string;

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

  @Column({ type: 'text' })
  provider!: string;

  @Column({ type: 'text' })
  model!: string;

  @Column({ type: 'jsonb' })
  content!: ProductContent;

  @Column({ type: 'jsonb' })
  usage!: TokenUsage;

  @Column({ name: 'latency_ms', type: 'int' })
  latencyMs!: number;

  @Column({ name: 'content_event_id', type: 'text' })
  contentEventId!: string;

  /** The provider's own quality verdict (the design's Dify workflow reports one). */
  @Column({ name: 'workflow_review', type: 'jsonb', nullable: true })
  workflowReview!: WorkflowReview | null;

  /** Fields the provider did not return that a documented fallback filled. */
  @Column({ name: 'filled_fields', type: 'jsonb', default: () => "'[]'::jsonb" })
  filledFields!: string[];

  /** Calls that only re-asked for an answer that failed validation. */
  @Column({ name: 'repair_calls', type: 'int', default: 0 })
  repairCalls!: number;

  /** interactive, or batch (the provider's Batch API): how the call was billed. */
  @Column({ type: 'text', default: 'interactive' })
  billing!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
