import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { JOB_SERVICE_CONFIG } from '../job-service.tokens';
import type { JobServiceConfig } from '../job-service.config';
import { JobAdmissionService } from '../job-admission/job-admission.service';
import { RESUMABLE_STATES, Stage } from '../job-ledger/task-state';
import { freshDeliveryHeaders, RawMessagePublisher } from '../raw-publisher/raw-message.publisher';

export interface ResumeOutcome {
  job_id: string;
  admitted: boolean;
  /** Failed or dead-lettered tasks whose original message was republished. */
  requeued: number;
  /** Failed or dead-lettered tasks that have used all their resumes (JOB_MAX_RESUMES). */
  exhausted: number;
  /** Tasks still in the pipeline: never re-queued (a task never runs twice at once). */
  in_flight: number;
}

interface ClaimedTask {
  sku_id: string;
  language: string;
  dead_letter_topic: string;
  dead_letter_key: Buffer | null;
  dead_letter_value: Buffer;
  dead_letter_headers: Record<string, string> | null;
}

const CLAIM_BATCH = 500;

/**
 * Resumes a job: admits it again if it was paused (and its cap leaves room), then re-queues its failed and
 * dead-lettered tasks that have resumes left by republishing their original message to its topic as a
 * fresh delivery. Each task is claimed (moved back to processing, resume count + 1) before its message is
 * sent, in one conditional UPDATE, so concurrent or repeated resumes never queue a task twice; a task
 * whose latest request is still in the pipeline is not touched.
 */
@Injectable()
export class ResumeJobUseCase {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly admission: JobAdmissionService,
    private readonly publisher: RawMessagePublisher,
    private readonly logger: JsonLogger,
    @Inject(JOB_SERVICE_CONFIG) private readonly config: JobServiceConfig,
  ) {}

  async execute(jobId: string): Promise<ResumeOutcome> {
    const admitted = await this.admission.resume(jobId);
    let requeued = 0;
    for (;;) {
      const claimed = await this.dataSource.query<[ClaimedTask[], number]>(
        `UPDATE job_service.job_task SET state = 'processing', stage = $4, resume_count = resume_count + 1,
                settled_at = NULL, updated_at = now()
          WHERE (job_id, sku_id, language) IN (
                SELECT job_id, sku_id, language FROM job_service.job_task
                 WHERE job_id = $1 AND state = ANY($2) AND resume_count < $3 AND dead_letter_value IS NOT NULL
                 LIMIT ${CLAIM_BATCH} FOR UPDATE SKIP LOCKED)
          RETURNING sku_id, language, dead_letter_topic, dead_letter_key, dead_letter_value, dead_letter_headers`,
        [jobId, RESUMABLE_STATES, this.config.maxResumes, Stage.requested],
      );
      const tasks = claimed[0];
      if (tasks.length === 0) break;
      try {
        await this.republish(tasks);
      } catch (error) {
        // Not sent: hand the tasks back so the next resume picks them up again.
        await this.release(jobId, tasks);
        throw error;
      }
      requeued += tasks.length;
    }
    const [counts] = await this.dataSource.query<{ exhausted: string; in_flight: string }[]>(
      `SELECT count(*) FILTER (WHERE state = ANY($2)) AS exhausted,
              count(*) FILTER (WHERE state IN ('processing', 'regenerating')) AS in_flight
         FROM job_service.job_task WHERE job_id = $1`,
      [jobId, RESUMABLE_STATES],
    );
    this.logger.info('Job resumed', { jobId, admitted, requeued });
    return {
      job_id: jobId,
      admitted,
      requeued,
      exhausted: Number(counts.exhausted),
      in_flight: Number(counts.in_flight),
    };
  }

  private async republish(tasks: ClaimedTask[]): Promise<void> {
    const byTopic = new Map<string, ClaimedTask[]>();
    for (const task of tasks)
      byTopic.set(task.dead_letter_topic, [...(byTopic.get(task.dead_letter_topic) ?? []), task]);
    for (const [topic, group] of byTopic) {
      await this.publisher.send(
        topic,
        group.map((task) => ({
          key: task.dead_letter_key,
          value: task.dead_letter_value,
          headers: freshDeliveryHeaders(task.dead_letter_headers ?? {}),
        })),
      );
    }
  }

  private async release(jobId: string, tasks: ClaimedTask[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE job_service.job_task SET state = 'dead_lettered', stage = $4, resume_count = resume_count - 1,
              settled_at = now()
        WHERE job_id = $1 AND (sku_id, language) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
      [jobId, tasks.map((task) => task.sku_id), tasks.map((task) => task.language), Stage.judged],
    );
  }
}
