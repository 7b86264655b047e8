import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { JobAdmissionChanged, Topics } from '@content-pipeline/contracts';
import { kafkaEvent } from '@content-pipeline/nest-runtime';
import { JobAdmissionGate } from './job-admission.gate';

export const JOB_ADMISSION_GROUP = 'generator-job-admission';

/** Thin edge: the job ledger's admission changes into the gate (one group for all generator instances). */
@Controller()
export class JobAdmissionConsumer {
  constructor(private readonly gate: JobAdmissionGate) {}

  @EventPattern(
    Topics.jobAdmissionChanged.name,
    kafkaEvent<JobAdmissionChanged>({
      group: JOB_ADMISSION_GROUP,
      describe: (event) => ({ jobId: event.jobId }),
    }),
  )
  apply(@Payload() event: JobAdmissionChanged): Promise<void> {
    return this.gate.apply(event);
  }
}
