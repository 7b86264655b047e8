import { Injectable } from '@nestjs/common';
import type { UsagePriced } from '@content-pipeline/contracts';
import { JobAdmissionService } from '../job-admission/job-admission.service';
import { JobCostRepository } from './job-cost.repository';

/**
 * Adds a priced call to its job's cost (once, whatever the redeliveries), then checks the job's budget cap.
 */
@Injectable()
export class RecordJobCostUseCase {
  constructor(
    private readonly costs: JobCostRepository,
    private readonly admission: JobAdmissionService,
  ) {}

  async execute(priced: UsagePriced): Promise<void> {
    const { capped } = await this.costs.add(priced);
    // Also on a redelivery: the pause may not have been published when the first delivery was cut short.
    // A job without a cap has nothing to enforce.
    if (capped) await this.admission.enforceBudget(priced.jobId, priced.traceparent);
  }
}
