import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobAdmissionChanged, Topics } from '@content-pipeline/contracts';
import { subscribe } from '@content-pipeline/kafka-runtime';
import { KafkaRuntime } from '@content-pipeline/nest-runtime';
import { JobAdmissionGate } from './job-admission.gate';

export const JOB_ADMISSION_GROUP = 'generator-job-admission';

/** Thin edge: the job ledger's admission changes into the gate (one group for all generator instances). */
@Injectable()
export class JobAdmissionConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly kafka: KafkaRuntime,
    private readonly gate: JobAdmissionGate,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.kafka.startConsumer({
      groupId: JOB_ADMISSION_GROUP,
      concurrency: 8,
      subscriptions: [
        subscribe<JobAdmissionChanged>({
          topic: Topics.jobAdmissionChanged,
          describe: (event) => ({ jobId: event.jobId }),
          handle: (event) => this.gate.apply(event),
        }),
      ],
    });
  }
}
