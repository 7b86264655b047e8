import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { GenerationRequested } from '@content-pipeline/contracts';

/** A generation request of a paused job, kept (not generated) until the job is admitted again. */
@Entity({ name: 'parked_generation_request' })
export class ParkedGenerationRequest {
  @PrimaryColumn({ name: 'request_event_id', type: 'text' })
  requestEventId!: string;

  @Column({ name: 'job_id', type: 'text' })
  jobId!: string;

  /** The request as received; republished to its lane's topic unchanged (same event id) on release. */
  @Column({ type: 'jsonb' })
  request!: GenerationRequested;

  @CreateDateColumn({ name: 'parked_at', type: 'timestamptz' })
  parkedAt!: Date;
}
