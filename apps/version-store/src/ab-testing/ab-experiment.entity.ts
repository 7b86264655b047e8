import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Several versions of one SKU-language served side by side; at most one running per SKU-language. */
@Entity({ name: 'ab_experiment' })
export class AbExperiment {
  @PrimaryGeneratedColumn('uuid', { name: 'experiment_id' })
  experimentId!: string;

  @Column({ name: 'sku_id', type: 'text' })
  skuId!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  status!: 'running' | 'stopped';

  @Column({ name: 'started_by', type: 'text' })
  startedBy!: string;

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'stopped_by', type: 'text', nullable: true })
  stoppedBy!: string | null;

  @Column({ name: 'stop_reason', type: 'text', nullable: true })
  stopReason!: string | null;

  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true })
  stoppedAt!: Date | null;
}
