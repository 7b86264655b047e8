import type { CheckableField, MqmCategory, MqmSeverity } from '@content-pipeline/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One MQM-typed error a spot checker marked in a span of a field. */
@Entity({ name: 'spot_check_error' })
export class SpotCheckError {
  @PrimaryGeneratedColumn({ name: 'error_id', type: 'bigint' })
  errorId!: string;

  @Column({ name: 'check_id', type: 'uuid' })
  checkId!: string;

  /** Order in which the checker listed it. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  category!: MqmCategory;

  @Column({ type: 'text' })
  severity!: MqmSeverity;

  @Column({ type: 'text' })
  field!: CheckableField;

  @Column({ name: 'span_start', type: 'int' })
  spanStart!: number;

  @Column({ name: 'span_end', type: 'int' })
  spanEnd!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
