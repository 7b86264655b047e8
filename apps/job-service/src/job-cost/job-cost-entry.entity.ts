import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One priced LLM call of a job, as the cost meter announced it (`cost.internal.usage.priced.v1`): the job
 * service's copy of the slice of the token ledger it needs for progress, cost breakdowns and budget caps.
 * Keyed by the usage event, so a redelivered announcement counts once.
 */
@Entity({ name: 'job_cost' })
export class JobCostEntry {
  @PrimaryColumn({ name: 'usage_event_id', type: 'text' })
  usageEventId!: string;

  @Column({ name: 'job_id', type: 'text' })
  jobId!: string;

  @Column({ name: 'task_id', type: 'text' })
  taskId!: string;

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

  @Column({ name: 'prompt_tokens', type: 'int' })
  promptTokens!: number;

  @Column({ name: 'completion_tokens', type: 'int' })
  completionTokens!: number;

  /** numeric: exact sums over millions of rows. */
  @Column({ name: 'cost_usd', type: 'numeric', precision: 20, scale: 10 })
  costUsd!: string;

  @Column({ name: 'price_source', type: 'text' })
  priceSource!: string;

  /** Null only on entries copied from a ledger that had not recorded it. */
  @Column({ name: 'price_table_version', type: 'text', nullable: true })
  priceTableVersion!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'added_at', type: 'timestamptz', default: () => 'now()' })
  addedAt!: Date;
}
