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

  /** The price table version, and its prices, the entry was computed with (null on entries metered before). */
  @Column({ name: 'price_table_version', type: 'text', nullable: true })
  priceTableVersion!: string | null;

  @Column({ name: 'input_usd_per_million', type: 'numeric', precision: 14, scale: 6, nullable: true })
  inputUsdPerMillion!: string | null;

  @Column({ name: 'output_usd_per_million', type: 'numeric', precision: 14, scale: 6, nullable: true })
  outputUsdPerMillion!: string | null;

  @Column({ type: 'text', default: 'USD' })
  currency!: string;

  /** What the provider itself reported (Dify's total_price), when it did. */
  @Column({ name: 'reported_price_amount', type: 'numeric', precision: 20, scale: 10, nullable: true })
  reportedPriceAmount!: string | null;

  @Column({ name: 'reported_price_currency', type: 'text', nullable: true })
  reportedPriceCurrency!: string | null;

  /** Tokens × the table's price, even when the provider's price was charged: for audit. */
  @Column({ name: 'table_cost_usd', type: 'numeric', precision: 20, scale: 10, nullable: true })
  tableCostUsd!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @CreateDateColumn({ name: 'metered_at', type: 'timestamptz' })
  meteredAt!: Date;
}
