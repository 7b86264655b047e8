import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Tokens and cost of one LLM call for one task attempt; keyed by the usage event, so it is counted once. */
@Entity({ name: 'token_ledger' })
export class TokenLedgerEntry {
  @PrimaryColumn({ name: 'usage_event_id', type: 'text' })
  usageEventId!: string;

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

  @Column({ name: 'prompt_version', type: 'text' })
  promptVersion!: string;

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

  @Column({ type: 'text' })
  outcome!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @CreateDateColumn({ name: 'metered_at', type: 'timestamptz' })
  meteredAt!: Date;
}
