import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One arm of an experiment: a version, its traffic weight, and its impression and conversion counts. */
@Entity({ name: 'ab_variant' })
export class AbVariant {
  @PrimaryGeneratedColumn('uuid', { name: 'variant_id' })
  variantId!: string;

  @Column({ name: 'experiment_id', type: 'uuid' })
  experimentId!: string;

  /** Order of the arms; assignment walks the weights in this order, so it must not change. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  label!: string;

  @Column({ name: 'version_id', type: 'text' })
  versionId!: string;

  @Column({ type: 'int' })
  weight!: number;

  @Column({ name: 'is_control', type: 'boolean' })
  isControl!: boolean;

  // bigint comes back from pg as a string.
  @Column({ type: 'bigint' })
  impressions!: string;

  @Column({ type: 'bigint' })
  conversions!: string;
}
