import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPerson, NeedsRole, SessionGuard } from '../session/session.guard';
import type { SignedInPerson } from '../session/signed-in-person';
import { ServiceClient } from '../upstream/service-client';
import {
  BudgetBody,
  DeadLetterPageView,
  DeadLetterQuery,
  JobIdParams,
  JobProgressView,
  JobSummaryView,
  JobView,
  ResumeView,
} from './jobs.dto';

/**
 * The job dashboard, on the job API (its base URL is the console's CONSOLE_JOB_API_URL): viewers read progress
 * and dead letters; operators raise a budget, resume a paused job and re-drive its dead letters.
 */
@ApiTags('jobs')
@UseGuards(SessionGuard)
@Controller('api/jobs')
export class JobsController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @NeedsRole('viewer')
  @ApiOperation({ operationId: 'listJobs', summary: 'Recent jobs' })
  @ApiOkResponse({ type: [JobSummaryView] })
  list(@CurrentPerson() person: SignedInPerson): Promise<JobSummaryView[]> {
    return this.services.call('jobs', person, 'GET', '/api/batch?limit=50');
  }

  @Get(':jobId')
  @NeedsRole('viewer')
  @ApiOperation({ operationId: 'job', summary: 'A job: its budget cap and whether it is paused, and why' })
  @ApiOkResponse({ type: JobView })
  job(@CurrentPerson() person: SignedInPerson, @Param() params: JobIdParams): Promise<JobView> {
    return this.services.call('jobs', person, 'GET', `/api/batch/${params.jobId}`);
  }

  @Get(':jobId/progress')
  @NeedsRole('viewer')
  @ApiOperation({
    operationId: 'jobProgress',
    summary: 'Progress, cost so far, projected cost, throughput and ETA',
  })
  @ApiOkResponse({ type: JobProgressView })
  progress(@CurrentPerson() person: SignedInPerson, @Param() params: JobIdParams): Promise<JobProgressView> {
    return this.services.call('jobs', person, 'GET', `/api/batch/${params.jobId}/progress`);
  }

  @Get(':jobId/dead-letters')
  @NeedsRole('viewer')
  @ApiOperation({
    operationId: 'jobDeadLetters',
    summary: 'Dead-lettered tasks of the job: the reason and the original bytes',
  })
  @ApiOkResponse({ type: DeadLetterPageView })
  deadLetters(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: JobIdParams,
    @Query() query: DeadLetterQuery,
  ): Promise<DeadLetterPageView> {
    return this.services.call(
      'jobs',
      person,
      'GET',
      `/api/batch/${params.jobId}/dead-letters?limit=${query.limit}&offset=${query.offset}`,
    );
  }

  @Patch(':jobId/budget')
  @NeedsRole('operator')
  @ApiOperation({
    operationId: 'setJobBudget',
    summary: 'Change the budget cap (raising it does not resume a paused job: resume it after)',
  })
  @ApiOkResponse({ type: JobView })
  setBudget(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: JobIdParams,
    @Body() body: BudgetBody,
  ): Promise<JobView> {
    return this.services.call('jobs', person, 'PATCH', `/api/batch/${params.jobId}`, {
      budgetUsd: body.budgetUsd,
    });
  }

  @Post(':jobId/resume')
  @HttpCode(200)
  @NeedsRole('operator')
  @ApiOperation({
    operationId: 'resumeJob',
    summary: 'Admit a paused job again and re-drive its dead letters (409 while at its budget cap)',
  })
  @ApiOkResponse({ type: ResumeView })
  resume(@CurrentPerson() person: SignedInPerson, @Param() params: JobIdParams): Promise<ResumeView> {
    return this.services.call('jobs', person, 'POST', `/api/batch/${params.jobId}/resume`);
  }
}
