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
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Inject } from '@nestjs/common';
import { sleep } from '@content-pipeline/kafka-runtime';
import {
  ApiKeyGuard,
  AuthenticatedRequest,
  RequiresRole,
  SERVICE_DATA_SOURCE,
} from '@content-pipeline/nest-runtime';
import { CreatedJob, CreateJobUseCase, JobExistsError } from '../create-job/create-job.use-case';
import { CreateJobRequestError, parseCreateJobRequest } from '../create-job/create-job.request';
import { AdmissionRefusedError, JobAdmissionService } from '../job-admission/job-admission.service';
import type { Job } from '../job-ledger/job.entity';
import type { JobProgress } from '../job-ledger/job-progress';
import { PRICE_TABLES, PriceTable } from '../pricing/price-table';
import { ResumeJobUseCase, ResumeOutcome } from '../resume-job/resume-job.use-case';
import { JobCost, JobQueries } from './job-queries';
import { UpdateJobDto } from './update-job.dto';

const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const STREAM_MIN_INTERVAL_MS = 500;
const STREAM_DEFAULT_INTERVAL_MS = 2_000;

export interface JobView {
  job_id: string;
  origin: string;
  lane: string;
  languages: string[];
  prompt_version: string | null;
  budget_usd: number | null;
  admitted: boolean;
  paused_reason: string | null;
  declared_skus: number | null;
  source_name: string | null;
  created_by: string | null;
  created_at: string;
}

/**
 * The job ledger's API: create a job from a catalogue file, follow its progress (also as Server-Sent
 * Events), read its cost, change its budget cap, resume it. Operators create, resume and change budgets;
 * viewers read.
 */
@Controller('api')
@UseGuards(ApiKeyGuard)
export class JobController {
  constructor(
    private readonly createJob: CreateJobUseCase,
    private readonly resumeJob: ResumeJobUseCase,
    private readonly admission: JobAdmissionService,
    private readonly queries: JobQueries,
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  @Post('batch')
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
  @RequiresRole('viewer')
  async list(@Query('limit') limit?: string): Promise<JobView[]> {
    const take = limit === undefined ? 50 : Number(limit);
    if (!Number.isInteger(take) || take < 1 || take > 500)
      throw new BadRequestException('limit must be an integer from 1 to 500');
    return (await this.queries.list(take)).map(view);
  }

  @Get('batch/:jobId')
  @RequiresRole('viewer')
  async get(@Param('jobId') jobId: string): Promise<JobView & { progress: JobProgress }> {
    const job = await this.existing(jobId);
    return { ...view(job), progress: await this.queries.progress(job) };
  }

  @Get('batch/:jobId/progress')
  @RequiresRole('viewer')
  async progress(@Param('jobId') jobId: string): Promise<JobProgress> {
    return this.queries.progress(await this.existing(jobId));
  }

  /** Server-Sent Events: a `progress` event every interval, then `end` once the job has settled. */
  @Get('batch/:jobId/progress/stream')
  @RequiresRole('viewer')
  async stream(
    @Param('jobId') jobId: string,
    @Query('interval_ms') intervalText: string | undefined,
    @Req() request: AuthenticatedRequest,
    @Res() response: Response,
  ): Promise<void> {
    const intervalMs = intervalText === undefined ? STREAM_DEFAULT_INTERVAL_MS : Number(intervalText);
    if (!Number.isInteger(intervalMs) || intervalMs < STREAM_MIN_INTERVAL_MS || intervalMs > 60_000)
      throw new BadRequestException(`interval_ms must be an integer from ${STREAM_MIN_INTERVAL_MS} to 60000`);
    await this.existing(jobId);
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    let open = true;
    request.on('close', () => {
      open = false;
    });
    while (open) {
      try {
        const job = await this.existing(jobId);
        const progress = await this.queries.progress(job);
        response.write(`event: progress\ndata: ${JSON.stringify(progress)}\n\n`);
        // Ends once nothing moves without an operator (completed, or needs attention).
        if (progress.state === 'completed' || progress.state === 'needs_attention') {
          response.write(`event: end\ndata: ${JSON.stringify({ state: progress.state })}\n\n`);
          break;
        }
      } catch (error) {
        response.write(`event: error\ndata: ${JSON.stringify({ message: (error as Error).message })}\n\n`);
        break;
      }
      await sleep(intervalMs);
    }
    response.end();
  }

  @Get('batch/:jobId/cost')
  @RequiresRole('viewer')
  async cost(@Param('jobId') jobId: string): Promise<JobCost> {
    await this.existing(jobId);
    return this.queries.cost(jobId);
  }

  /** Changes the budget cap. Lowering it below the cost pauses the job; raising it does not resume it. */
  @Patch('batch/:jobId')
  @RequiresRole('operator')
  async update(@Param('jobId') jobId: string, @Body() body: UpdateJobDto): Promise<JobView> {
    if (body.budgetUsd === undefined)
      throw new BadRequestException('budgetUsd is required (a number, or null)');
    await this.existing(jobId);
    // An observed job's running total starts from the ledger when it first gets a cap.
    await this.dataSource.query(
      `UPDATE cost_meter.job SET budget_usd = $2,
              spent_usd = CASE WHEN budget_usd IS NULL AND origin <> 'file'
                               THEN (SELECT coalesce(sum(cost_usd), 0) FROM cost_meter.token_ledger WHERE job_id = $1)
                               ELSE spent_usd END,
              updated_at = now()
        WHERE job_id = $1`,
      [jobId, body.budgetUsd],
    );
    await this.admission.enforceBudget(jobId);
    return view(await this.existing(jobId));
  }

  @Post('batch/:jobId/resume')
  @HttpCode(200)
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

  @Get('prices')
  @RequiresRole('viewer')
  prices(): readonly PriceTable[] {
    return PRICE_TABLES;
  }

  private async existing(jobId: string): Promise<Job> {
    if (!JOB_ID.test(jobId))
      throw new BadRequestException("A job id is 1–128 letters, digits, '.', '_', ':' or '-'");
    const job = await this.queries.job(jobId);
    if (!job) throw new NotFoundException(`No job ${jobId}`);
    return job;
  }
}

function view(job: Job): JobView {
  return {
    job_id: job.jobId,
    origin: job.origin,
    lane: job.lane,
    languages: job.languages,
    prompt_version: job.promptVersion,
    budget_usd: job.budgetUsd === null ? null : Number(job.budgetUsd),
    admitted: job.admitted,
    paused_reason: job.pausedReason,
    declared_skus: job.declaredSkus,
    source_name: job.sourceName,
    created_by: job.createdBy,
    created_at: job.createdAt.toISOString(),
  };
}
