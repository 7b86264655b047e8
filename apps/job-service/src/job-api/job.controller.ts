import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Get,
  Headers,
  HttpCode,
  NotFoundException,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { isJobId, JOB_ID_FORMAT } from '@content-pipeline/contracts';
import {
  ApiIntegerQuery,
  ApiJobIdParam,
  ApiKeyGuard,
  AuthenticatedRequest,
  integerQuery,
  RequiresRole,
} from '@content-pipeline/nest-runtime';
import { CreatedJob, CreateJobUseCase, JobExistsError } from '../create-job/create-job.use-case';
import { CreateJobRequestError, parseCreateJobRequest } from '../create-job/create-job.request';
import { AdmissionRefusedError } from '../job-admission/job-admission.service';
import type { Job } from '../job-ledger/job.entity';
import type { JobProgress } from '../job-ledger/job-progress';
import { ResumeJobUseCase, ResumeOutcome } from '../resume-job/resume-job.use-case';
import { SetBudgetUseCase } from '../set-budget/set-budget.use-case';
import { JobProgressStream, serverSentEvent } from './job-progress.stream';
import { JobCost, JobQueries } from './job-queries';
import type { DeadLetterView } from './dead-letter.view';
import { firstHold, type ProviderHoldNotice } from '../provider-hold/provider-hold.notice';
import { ApiCreateJobQueryOptions, CREATE_JOB_REQUEST_BODY } from './create-job.body';
import { UpdateJobDto } from './update-job.dto';

const STREAM_MIN_INTERVAL_MS = 500;
const STREAM_MAX_INTERVAL_MS = 60_000;
const STREAM_DEFAULT_INTERVAL_MS = 2_000;
const LIST_MAX = 500;
const LIST_DEFAULT = 50;
const MAX_OFFSET = 1_000_000;

export interface JobView {
  job_id: string;
  origin: string;
  lane: string;
  languages: string[];
  prompt_version: string | null;
  budget_usd: number | null;
  admitted: boolean;
  paused_reason: string | null;
  /** Why nothing moves: the provider hold (`provider_auth` …) while one is in force and the job has work left, else the job's own pause (`budget`), else null. */
  paused_by: string | null;
  /** The provider hold stopping the job (reason, provider's code and message, what to do, since), or null. */
  provider_hold: ProviderHoldNotice | null;
  declared_skus: number | null;
  source_name: string | null;
  created_by: string | null;
  created_at: string;
}

/**
 * The job service's API: create a job from a catalogue file, follow its progress (also as Server-Sent
 * Events), read its cost, change its budget cap, resume it. Operators create, resume and change budgets;
 * viewers read.
 */
@ApiTags('jobs')
@Controller('api')
@UseGuards(ApiKeyGuard)
export class JobController {
  constructor(
    private readonly createJob: CreateJobUseCase,
    private readonly resumeJob: ResumeJobUseCase,
    private readonly setBudget: SetBudgetUseCase,
    private readonly queries: JobQueries,
    private readonly progressStream: JobProgressStream,
  ) {}

  @Post('batch')
  @ApiOperation({
    summary: 'Create a job from a catalogue file (CSV or JSON lines) and publish its records',
    requestBody: CREATE_JOB_REQUEST_BODY,
  })
  @ApiCreateJobQueryOptions()
  // Declaring any response replaces the default one, so the success answer is declared too.
  @ApiCreatedResponse({ description: 'The job is created and its records are being published' })
  @ApiConflictResponse({ description: 'A job with this id exists: choose another id, or resume it' })
  @RequiresRole('operator')
  async create(
    @Body() body: unknown,
    @Query() query: Record<string, unknown>,
    @Headers('content-type') contentType: string | undefined,
    @Req() request: AuthenticatedRequest,
  ): Promise<CreatedJob> {
    try {
      return await this.createJob.execute(
        parseCreateJobRequest(body, query, contentType),
        request.principal?.id ?? 'unknown',
      );
    } catch (error) {
      if (error instanceof CreateJobRequestError) throw new BadRequestException(error.message);
      if (error instanceof JobExistsError) throw new ConflictException(error.message);
      throw error;
    }
  }

  @Get('batch')
  @ApiOperation({
    summary: 'The latest jobs, newest first',
    description:
      'paused_by names what stops a job: a provider hold (provider_auth …) while one is in force and the job has ' +
      'work left, with provider_hold saying what the provider answered and what to do; else its own pause (budget).',
  })
  @ApiIntegerQuery('limit', 1, LIST_MAX, LIST_DEFAULT)
  @RequiresRole('viewer')
  async list(@Query('limit') limit?: string): Promise<JobView[]> {
    const take = integerQuery(limit, 1, LIST_MAX, LIST_DEFAULT);
    if (take === undefined) throw new BadRequestException(`limit must be an integer from 1 to ${LIST_MAX}`);
    const jobs = await this.queries.list(take);
    const hold = firstHold(await this.queries.providerHolds());
    const unfinished = hold ? await this.queries.unfinished(jobs) : new Set<string>();
    return jobs.map((job) => view(job, unfinished.has(job.jobId) ? hold : null));
  }

  @Get('provider-holds')
  @ApiOperation({
    summary: 'The provider holds in force: the generator group sends nothing until a person fixes the cause',
    description:
      'Each hold: reason (provider_auth, provider_quota, provider_model, provider_contract, provider_unreachable), ' +
      'provider, hold_key, the provider’s error_code and message, the action a person takes, and since when. ' +
      'Empty when the provider is not held. Every unfinished job shows the oldest as provider_hold, its state as ' +
      '`paused: <reason>` and eta_status `held`.',
  })
  @RequiresRole('viewer')
  providerHolds(): Promise<ProviderHoldNotice[]> {
    return this.queries.providerHolds();
  }

  @Get('batch/:jobId')
  @ApiOperation({
    summary: 'A job with its progress',
    description:
      'While the provider is held and the job has work left: state `paused: <reason>`, paused_by, provider_hold ' +
      '(reason, provider, error_code, message, action, since), eta_seconds null and eta_status `held`.',
  })
  @ApiJobIdParam()
  @RequiresRole('viewer')
  async get(@Param('jobId') jobId: string): Promise<JobView & { progress: JobProgress }> {
    const job = await this.existing(jobId);
    const progress = await this.queries.progress(job);
    return { ...view(job, progress.provider_hold), progress };
  }

  @Get('batch/:jobId/progress')
  @ApiOperation({
    summary: "A job's progress: tasks per state and language, cost so far, ETA",
    description:
      'state `paused: provider_auth` (provider_quota, provider_model, provider_contract, provider_unreachable) ' +
      'while the generator group holds its provider: provider_hold says what the provider answered, what to do ' +
      'and since when; eta_status is `held` and eta_seconds null until the hold is lifted.',
  })
  @ApiJobIdParam()
  @RequiresRole('viewer')
  async progress(@Param('jobId') jobId: string): Promise<JobProgress> {
    return this.queries.progress(await this.existing(jobId));
  }

  /** Server-Sent Events: a `progress` event every interval, then `end` once the job has settled. */
  @Get('batch/:jobId/progress/stream')
  @ApiOperation({
    summary: "A job's progress as Server-Sent Events until it settles",
    description:
      'Each `progress` event carries what GET …/progress returns, provider_hold included: it appears when the ' +
      'provider is held and goes when the hold is lifted. A held job does not settle, so the stream stays open.',
  })
  @ApiJobIdParam()
  @ApiIntegerQuery('interval_ms', STREAM_MIN_INTERVAL_MS, STREAM_MAX_INTERVAL_MS, STREAM_DEFAULT_INTERVAL_MS)
  @ApiProduces('text/event-stream')
  @RequiresRole('viewer')
  async stream(
    @Param('jobId') jobId: string,
    @Query('interval_ms') intervalText: string | undefined,
    @Req() request: AuthenticatedRequest,
    @Res() response: Response,
  ): Promise<void> {
    const intervalMs = integerQuery(
      intervalText,
      STREAM_MIN_INTERVAL_MS,
      STREAM_MAX_INTERVAL_MS,
      STREAM_DEFAULT_INTERVAL_MS,
    );
    if (intervalMs === undefined)
      throw new BadRequestException(
        `interval_ms must be an integer from ${STREAM_MIN_INTERVAL_MS} to ${STREAM_MAX_INTERVAL_MS}`,
      );
    await this.existing(jobId);
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const subscription = this.progressStream.follow(jobId, intervalMs).subscribe({
      next: (event) => response.write(serverSentEvent(event)),
      complete: () => response.end(),
    });
    request.on('close', () => subscription.unsubscribe());
  }

  @Get('batch/:jobId/cost')
  @ApiOperation({
    summary:
      "A job's tokens and cost by language, model, attempt, price source and billing (interactive or batch)",
  })
  @ApiJobIdParam()
  @RequiresRole('viewer')
  async cost(@Param('jobId') jobId: string): Promise<JobCost> {
    await this.existing(jobId);
    return this.queries.cost(jobId);
  }

  @Get('batch/:jobId/dead-letters')
  @ApiOperation({
    summary: "A job's dead-lettered tasks: the reason, the error code and the original bytes",
    description:
      'POST /api/batch/{jobId}/resume re-drives them (republishes the original bytes to their topic).',
  })
  @ApiJobIdParam()
  @ApiIntegerQuery('limit', 1, LIST_MAX, LIST_DEFAULT)
  @ApiIntegerQuery('offset', 0, MAX_OFFSET, 0)
  @RequiresRole('viewer')
  async deadLetters(
    @Param('jobId') jobId: string,
    @Query('limit') limitText?: string,
    @Query('offset') offsetText?: string,
  ): Promise<{ total: number; items: DeadLetterView[] }> {
    const limit = integerQuery(limitText, 1, LIST_MAX, LIST_DEFAULT);
    if (limit === undefined) throw new BadRequestException(`limit must be an integer from 1 to ${LIST_MAX}`);
    const offset = integerQuery(offsetText, 0, MAX_OFFSET, 0);
    if (offset === undefined)
      throw new BadRequestException(`offset must be an integer from 0 to ${MAX_OFFSET}`);
    await this.existing(jobId);
    return this.queries.deadLetters(jobId, limit, offset);
  }

  /** Changes the budget cap. Lowering it below the cost pauses the job; raising it does not resume it. */
  @Patch('batch/:jobId')
  @ApiOperation({ summary: "Change a job's budget cap (lowering it below the cost pauses the job)" })
  @ApiJobIdParam()
  @RequiresRole('operator')
  async update(@Param('jobId') jobId: string, @Body() body: UpdateJobDto): Promise<JobView> {
    if (body.budgetUsd === undefined)
      throw new BadRequestException('budgetUsd is required (a number, or null)');
    await this.existing(jobId);
    await this.setBudget.execute(jobId, body.budgetUsd);
    const job = await this.existing(jobId);
    return view(job, (await this.queries.progress(job)).provider_hold);
  }

  @Post('batch/:jobId/resume')
  @ApiOperation({ summary: 'Admit a paused job again and re-queue its failed and dead-lettered tasks' })
  @ApiJobIdParam()
  @HttpCode(200)
  @ApiOkResponse({ description: 'The job is admitted again, with the tasks it re-queued' })
  @ApiConflictResponse({ description: 'The job is at its budget cap: raise the cap first, then resume' })
  @RequiresRole('operator')
  async resume(@Param('jobId') jobId: string): Promise<ResumeOutcome> {
    await this.existing(jobId);
    try {
      return await this.resumeJob.execute(jobId);
    } catch (error) {
      if (error instanceof AdmissionRefusedError) throw new ConflictException(error.message);
      throw error;
    }
  }

  private async existing(jobId: string): Promise<Job> {
    if (!isJobId(jobId)) throw new BadRequestException(`A job id is ${JOB_ID_FORMAT}`);
    const job = await this.queries.job(jobId);
    if (!job) throw new NotFoundException(`No job ${jobId}`);
    return job;
  }
}

/** `hold`: the provider hold the job waits for (null when none is in force or the job has nothing left to do). */
function view(job: Job, hold: ProviderHoldNotice | null): JobView {
  return {
    job_id: job.jobId,
    origin: job.origin,
    lane: job.lane,
    languages: job.languages,
    prompt_version: job.promptVersion,
    budget_usd: job.budgetUsd === null ? null : Number(job.budgetUsd),
    admitted: job.admitted,
    paused_reason: job.pausedReason,
    paused_by: hold?.reason ?? (job.admitted ? null : (job.pausedReason ?? 'operator')),
    provider_hold: hold,
    declared_skus: job.declaredSkus,
    source_name: job.sourceName,
    created_by: job.createdBy,
    created_at: job.createdAt.toISOString(),
  };
}
