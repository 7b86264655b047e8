import type { SpotCheckVerdict } from '@content-pipeline/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person's verdict on one sampled version; one per sample item. */
@Entity({ name: 'spot_check' })
export class SpotCheck {
  @PrimaryGeneratedColumn('uuid', { name: 'check_id' })
  checkId!: string;

  @Column({ name: 'sample_id', type: 'uuid' })
  sampleId!: string;

  @Column({ name: 'version_id', type: 'text' })
  versionId!: string;

  @Column({ type: 'text' })
  verdict!: SpotCheckVerdict;

  @Column({ type: 'text' })
  reviewer!: string;

  @Column({ type: 'text' })
  notes!: string;

  @CreateDateColumn({ name: 'checked_at', type: 'timestamptz' })
  checkedAt!: Date;
}
