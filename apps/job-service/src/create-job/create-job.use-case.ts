import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Headers, Topics } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { RawMessagePublisher } from '../raw-publisher/raw-message.publisher';
import { parseCatalogueFile, RejectedLine } from './catalogue-file.parser';
import { CreateJobRequest, CreateJobRequestError } from './create-job.request';

/** The job id is taken (HTTP 409). */
export class JobExistsError extends Error {}

export interface CreatedJob {
  job_id: string;
  lane: string;
  languages: string[];
  prompt_version: string | null;
  budget_usd: number | null;
  skus: number;
  total_tasks: number;
  published: number;
  duplicates_collapsed: number;
  rejected_lines: number;
  /** The first rejected lines, with the reason (the rest are counted). */
  rejected: RejectedLine[];
}

const PUBLISH_BATCH = 500;
const REJECTED_SHOWN = 50;

/**
 * Records a job from a catalogue file and publishes its records to the catalogue topic with the job's
 * headers (`x-job-id`, `x-lane`, `x-languages`, `x-prompt-version`), as the catalogue publisher does. The
 * job is recorded first, so its tasks' events always find it.
 */
@Injectable()
export class CreateJobUseCase {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly publisher: RawMessagePublisher,
    private readonly logger: JsonLogger,
  ) {}

  async execute(request: CreateJobRequest, createdBy: string): Promise<CreatedJob> {
    const parsed = parseCatalogueFile(request.content, request.format);
    if (parsed.lines.length === 0) {
      const first = parsed.rejected[0];
      throw new CreateJobRequestError(
        `No catalogue record to publish${first ? `: line ${first.line} ${first.reason}` : ''}` +
          (parsed.rejected.length > 1 ? ` (and ${parsed.rejected.length - 1} more rejected lines)` : ''),
      );
    }
    const jobId = request.jobId ?? newJobId();
    const inserted = await this.dataSource.query<unknown[]>(
      `INSERT INTO job_service.job (job_id, origin, lane, languages, prompt_version, budget_usd, declared_skus,
                                   declared_tasks, source_name, created_by)
       VALUES ($1, 'file', $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (job_id) DO NOTHING RETURNING job_id`,
      [
        jobId,
        request.lane,
        request.languages,
        request.promptVersion ?? null,
        request.budgetUsd,
        parsed.lines.length,
        parsed.lines.length * request.languages.length,
        request.sourceName ?? null,
        createdBy,
      ],
    );
    if (inserted.length === 0)
      throw new JobExistsError(`Job ${jobId} already exists: choose another job id, or resume it`);

    const headers: Record<string, string> = {
      [Headers.jobId]: jobId,
      [Headers.lane]: request.lane,
      [Headers.languages]: request.languages.join(','),
    };
    if (request.promptVersion) headers[Headers.promptVersion] = request.promptVersion;
    for (let start = 0; start < parsed.lines.length; start += PUBLISH_BATCH) {
      await this.publisher.send(
        Topics.catalogSkuUpserted.name,
        parsed.lines.slice(start, start + PUBLISH_BATCH).map(({ skuId, line }) => ({
          key: skuId,
          value: Buffer.from(line, 'utf8'),
          headers,
        })),
      );
    }
    this.logger.info('Job created', {
      jobId,
      skus: parsed.lines.length,
      languages: request.languages,
      budgetUsd: request.budgetUsd,
      rejectedLines: parsed.rejected.length,
    });
    return {
      job_id: jobId,
      lane: request.lane,
      languages: request.languages,
      prompt_version: request.promptVersion ?? null,
      budget_usd: request.budgetUsd,
      skus: parsed.lines.length,
      total_tasks: parsed.lines.length * request.languages.length,
      published: parsed.lines.length,
      duplicates_collapsed: parsed.duplicatesCollapsed,
      rejected_lines: parsed.rejected.length,
      rejected: parsed.rejected.slice(0, REJECTED_SHOWN),
    };
  }
}

function newJobId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  return `job-${stamp}-${randomBytes(3).toString('hex')}`;
}
