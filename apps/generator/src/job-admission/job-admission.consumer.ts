import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { JobAdmissionChanged, Topics } from '@content-pipeline/contracts';
import { kafkaEvent } from '@content-pipeline/nest-runtime';
import { BatchLane } from '../batch-lane/batch-lane';
import { JobAdmissionGate } from './job-admission.gate';

export const JOB_ADMISSION_GROUP = 'generator-job-admission';

/**
 * Thin edge: the job ledger's admission changes into the gate (one group for all generator instances); a job no
 * longer admitted has its open provider batches cancelled.
 */
@Controller()
export class JobAdmissionConsumer {
  constructor(
    private readonly gate: JobAdmissionGate,
    private readonly batchLane: BatchLane,
  ) {}

  @EventPattern(
    Topics.jobAdmissionChanged.name,
    kafkaEvent<JobAdmissionChanged>({
      group: JOB_ADMISSION_GROUP,
      describe: (event) => ({ jobId: event.jobId }),
    }),
  )
  async apply(@Payload() event: JobAdmissionChanged): Promise<void> {
    await this.gate.apply(event);
    if (!event.admitted) await this.batchLane.jobPaused(event.jobId);
  }
}
