import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ProductContent, QualityIssue, SourceProduct } from '@content-pipeline/contracts';

export type VersionStatus = 'active' | 'inactive';

/** One immutable content version of a SKU in a language. Only `status` changes after insert. */
@Entity({ name: 'content_version' })
export class ContentVersion {
  @PrimaryColumn({ name: 'version_id', type: 'text' })
  versionId!: string;

  /** The event the version came from: unique, so a redelivered verdict never creates a second version. */
  @Column({ name: 'source_event_id', type: 'text', unique: true })
  sourceEventId!: string;

  @Column({ name: 'sku_id', type: 'text' })
  skuId!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ name: 'version_number', type: 'int' })
  versionNumber!: number;

  @Column({ name: 'job_id', type: 'text' })
  jobId!: string;

  @Column({ name: 'task_id', type: 'text' })
  taskId!: string;

  @Column({ type: 'int' })
  attempt!: number;

  @Column({ name: 'prompt_version', type: 'text' })
  promptVersion!: string;

  @Column({ type: 'text' })
  provider!: string;

  @Column({ type: 'text' })
  model!: string;

  @Column({ name: 'master_version_id', type: 'text', nullable: true })
  masterVersionId!: string | null;

  @Column({ name: 'source_hash', type: 'text' })
  sourceHash!: string;

  /** The Chinese source the content was generated from; null on versions stored before it was kept. */
  @Column({ type: 'jsonb', nullable: true })
  source!: SourceProduct | null;

  @Column({ type: 'jsonb' })
  content!: ProductContent;

  @Column({ type: 'int' })
  score!: number;

  @Column({ type: 'text' })
  verdict!: 'pass' | 'regenerate' | 'human_review';

  @Column({ type: 'jsonb' })
  issues!: QualityIssue[];

  @Column({ name: 'prompt_tokens', type: 'int' })
  promptTokens!: number;

  @Column({ name: 'completion_tokens', type: 'int' })
  completionTokens!: number;

  @Column({ type: 'text' })
  status!: VersionStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
