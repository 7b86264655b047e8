import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { JOB_ID_FORMAT, JOB_ID_PATTERN } from '@content-pipeline/contracts';
import { CurrentPerson, NeedsRole, SessionGuard } from '../session/session.guard';
import type { SignedInPerson } from '../session/signed-in-person';
import { ServiceClient } from '../upstream/service-client';

export class JobIdParams {
  @ApiProperty()
  @Matches(JOB_ID_PATTERN, { message: `jobId must be ${JOB_ID_FORMAT}` })
  jobId!: string;
}

export class JobSummaryView {
  @ApiProperty() job_id!: string;
  @ApiProperty() lane!: string;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ type: Number, nullable: true }) budget_usd!: number | null;
  @ApiProperty({ type: String, nullable: true }) paused_reason!: string | null;
  @ApiProperty() created_at!: string;
}

export class JobProgressView {
  @ApiProperty() job_id!: string;
  @ApiProperty() state!: string;
  @ApiProperty() total!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() human_review!: number;
  @ApiProperty() dead_lettered!: number;
  @ApiProperty() progress_pct!: number;
  @ApiProperty() cost_usd_so_far!: number;
  @ApiProperty({ type: Number, nullable: true }) projected_total_cost_usd!: number | null;
  @ApiProperty({ type: Number, nullable: true }) budget_usd!: number | null;
  @ApiProperty() throughput_tasks_per_min!: number;
  @ApiProperty({ type: Number, nullable: true }) eta_seconds!: number | null;
  @ApiProperty() as_of!: string;
}

/** The job dashboard's reads, from the job API (its base URL is the console's CONSOLE_JOB_API_URL). */
@ApiTags('jobs')
@UseGuards(SessionGuard)
@NeedsRole('viewer')
@Controller('api/jobs')
export class JobsController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @ApiOperation({ operationId: 'listJobs', summary: 'Recent jobs' })
  @ApiOkResponse({ type: [JobSummaryView] })
  list(@CurrentPerson() person: SignedInPerson): Promise<JobSummaryView[]> {
    return this.services.call('jobs', person, 'GET', '/api/batch?limit=50');
  }

  @Get(':jobId/progress')
  @ApiOperation({
    operationId: 'jobProgress',
    summary: 'Progress, cost so far, projected cost, throughput and ETA',
  })
  @ApiOkResponse({ type: JobProgressView })
  progress(@CurrentPerson() person: SignedInPerson, @Param() params: JobIdParams): Promise<JobProgressView> {
    return this.services.call('jobs', person, 'GET', `/api/batch/${params.jobId}/progress`);
  }
}
