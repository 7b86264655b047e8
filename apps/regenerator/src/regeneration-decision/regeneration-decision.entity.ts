import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** What the regenerator decided after one verdict: visible per job (regeneration attempts, human review). */
@Entity({ name: 'regeneration_decision' })
export class RegenerationDecision {
  @PrimaryColumn({ name: 'verdict_event_id', type: 'text' })
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

  @Column({ type: 'text' })
  decision!: 'regenerate' | 'derive_languages' | 'human_review' | 'done';

  @Column({ name: 'requested_event_ids', type: 'jsonb' })
  requestedEventIds!: string[];

  @Column({ type: 'text', nullable: true })
  feedback!: string | null;

  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
