import { BadRequestException, Controller, Get, Inject, NotFoundException, Param } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isJobId, JOB_ID_FORMAT } from '@content-pipeline/contracts';
import { ApiJobIdParam, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { summarizeDecisions, JobRegenerationSummary } from './job-regeneration.summary';

/** Per job: how many verdicts led to a new attempt, to derived languages, or to human review. */
@Controller('jobs')
export class JobRegenerationController {
  constructor(@Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  @Get(':jobId/regeneration')
  @ApiJobIdParam()
  async summary(@Param('jobId') jobId: string): Promise<JobRegenerationSummary> {
    if (!isJobId(jobId)) throw new BadRequestException(`jobId must be ${JOB_ID_FORMAT}`);
    const rows = await this.dataSource.query<
      { language: string; attempt: number; decision: string; count: string }[]
    >(
      `SELECT language, attempt, decision, count(*) AS count FROM regenerator.regeneration_decision
        WHERE job_id = $1 GROUP BY language, attempt, decision`,
      [jobId],
    );
    if (rows.length === 0) throw new NotFoundException(`No decisions recorded for job ${jobId}`);
    return summarizeDecisions(
      jobId,
      rows.map((row) => ({ ...row, count: Number(row.count) })),
    );
  }
}
