import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Per SKU and language: which version is active, whether an operator pinned it, the next version number. */
@Entity({ name: 'sku_language_state' })
export class SkuLanguageState {
  @PrimaryColumn({ name: 'sku_id', type: 'text' })
  skuId!: string;

  @PrimaryColumn({ type: 'text' })
  language!: string;

  @Column({ name: 'active_version_id', type: 'text', nullable: true })
  activeVersionId!: string | null;

  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Column({ name: 'next_version_number', type: 'int', default: 1 })
  nextVersionNumber!: number;
}
