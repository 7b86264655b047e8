import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StratumDraw } from './stratified-sample';

/** A sample of a job's published versions drawn for spot checks; reproducible from its seed and plan. */
@Entity({ name: 'spot_check_sample' })
export class SpotCheckSample {
  @PrimaryGeneratedColumn('uuid', { name: 'sample_id' })
  sampleId!: string;

  @Column({ name: 'job_id', type: 'text' })
  jobId!: string;

  /** bigint: read back as a string by the driver. */
  @Column({ type: 'bigint' })
  seed!: string;

  @Column({ type: 'double precision', nullable: true })
  rate!: number | null;

  @Column({ type: 'int', nullable: true })
  count!: number | null;

  /** Published versions of the job when the sample was drawn. */
  @Column({ type: 'int' })
  population!: number;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'jsonb' })
  strata!: StratumDraw[];

  @Column({ name: 'drawn_by', type: 'text' })
  drawnBy!: string;

  @CreateDateColumn({ name: 'drawn_at', type: 'timestamptz' })
  drawnAt!: Date;
}
