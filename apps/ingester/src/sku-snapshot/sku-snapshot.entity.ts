import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The latest validated catalogue record of a SKU, and what generation was last requested for it. */
@Entity({ name: 'sku_snapshot' })
export class SkuSnapshot {
  @PrimaryColumn({ name: 'sku_id', type: 'text' })
  skuId!: string;

  @Column({ name: 'product_name', type: 'text' })
  productName!: string;

  @Column({ name: 'product_description', type: 'text' })
  productDescription!: string;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'text' })
  brand!: string;

  @Column({ type: 'jsonb' })
  attributes!: Record<string, string>;

  @Column({ name: 'price_cny', type: 'double precision', nullable: true })
  priceCny!: number | null;

  @Column({ name: 'source_hash', type: 'text' })
  sourceHash!: string;

  @Column({ name: 'catalog_updated_at', type: 'timestamptz' })
  catalogUpdatedAt!: Date;

  /** Source hash of the last generation request published; equal to source_hash when nothing is owed. */
  @Column({ name: 'requested_hash', type: 'text', nullable: true })
  requestedHash!: string | null;

  @Column({ name: 'requested_prompt_version', type: 'text', nullable: true })
  requestedPromptVersion!: string | null;

  @Column({ name: 'last_event_id', type: 'text' })
  lastEventId!: string;

  @Column({ name: 'first_seen_at', type: 'timestamptz', default: () => 'now()' })
  firstSeenAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
