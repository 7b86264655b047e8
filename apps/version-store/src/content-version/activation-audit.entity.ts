import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what a SKU shows, when and why. */
@Entity({ name: 'activation_audit' })
export class ActivationAudit {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'sku_id', type: 'text' })
  skuId!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ name: 'version_id', type: 'text' })
  versionId!: string;

  @Column({ type: 'text' })
  action!: 'activated' | 'deactivated' | 'rolled_back';

  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at!: Date;
}
