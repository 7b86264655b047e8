import { Injectable } from '@nestjs/common';
import { JobAdmissionService } from '../job-admission/job-admission.service';
import { JobLedgerRepository } from '../job-ledger/job-ledger.repository';

/** Changes a job's budget cap. Lowering it below the cost pauses the job; raising it does not resume it. */
@Injectable()
export class SetBudgetUseCase {
  constructor(
    private readonly ledger: JobLedgerRepository,
    private readonly admission: JobAdmissionService,
  ) {}

  async execute(jobId: string, budgetUsd: number | null): Promise<void> {
    await this.ledger.setBudget(jobId, budgetUsd);
    await this.admission.enforceBudget(jobId);
  }
}
