import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditedAction =
  | 'activated'
  | 'deactivated'
  | 'rolled_back'
  | 'pinned'
  | 'unpinned'
  | 'experiment_started'
  | 'experiment_stopped';

/** Who changed what a SKU shows, when and why. */
@Entity({ name: 'activation_audit' })
export class ActivationAudit {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'sku_id', type: 'text' })
  skuId!: string;

  @Column({ type: 'text' })
  language!: string;

  /** Null for a pin or unpin while nothing is active. */
  @Column({ name: 'version_id', type: 'text', nullable: true })
  versionId!: string | null;

  @Column({ type: 'text' })
  action!: AuditedAction;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at!: Date;
}
