import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A version drawn into a sample, with its stratum and the gate's view of it copied at draw time. */
@Entity({ name: 'spot_check_item' })
export class SpotCheckItem {
  @PrimaryColumn({ name: 'sample_id', type: 'uuid' })
  sampleId!: string;

  @PrimaryColumn({ name: 'version_id', type: 'text' })
  versionId!: string;

  /** Order in the sample: stratum by stratum, each in draw order. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'int' })
  attempt!: number;

  @Column({ name: 'gate_verdict', type: 'text' })
  gateVerdict!: string;

  @Column({ name: 'gate_score', type: 'int' })
  gateScore!: number;
}
