import { Inject, Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { DataSource, In, Repository } from 'typeorm';
import { generationTopicFor, GenerationRequested, JobAdmissionChanged } from '@content-pipeline/contracts';
import { KafkaRuntime, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { JsonLogger, METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';
import { AdmissionCache, supersedes } from './admission-cache';
import { JobAdmission } from './job-admission.entity';
import { ParkedGenerationRequest } from './parked-generation-request.entity';

const CACHE_TTL_MS = 5_000;
const RELEASE_BATCH = 200;

/**
 * Keeps the generator from calling the LLM for a job the job ledger paused (budget cap reached): its
 * requests are parked in the database instead, and republished to their lane's topic, unchanged, when the
 * job is admitted again. A job the ledger never mentioned is admitted.
 */
@Injectable()
export class JobAdmissionGate {
  private readonly admissions: Repository<JobAdmission>;
  private readonly parked: Repository<ParkedGenerationRequest>;
  private readonly cache = new AdmissionCache(CACHE_TTL_MS);
  private readonly parkedTotal: Counter<'outcome'>;

  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly kafka: KafkaRuntime,
    private readonly logger: JsonLogger,
    metrics: ServiceMetrics,
  ) {
    this.admissions = dataSource.getRepository(JobAdmission);
    this.parked = dataSource.getRepository(ParkedGenerationRequest);
    this.parkedTotal = new Counter({
      name: `${METRIC_PREFIX}generation_requests_parked_total`,
      help: 'Generation requests of paused jobs: parked, or released when the job was admitted again.',
      labelNames: ['outcome'],
      registers: [metrics.registry],
    });
  }

  /** Whether the LLM may be called for the job (cached for a few seconds). */
  async isAdmitted(jobId: string): Promise<boolean> {
    const cached = this.cache.get(jobId);
    if (cached !== undefined) return cached;
    return this.readAdmission(jobId);
  }

  /**
   * Parks the request when its job is paused and says so (true: do not generate). Checks again after
   * parking: if the job was admitted in between, the release may have run before this request was parked,
   * so it takes the request back and lets it through.
   */
  async parkIfPaused(request: GenerationRequested): Promise<boolean> {
    if (await this.isAdmitted(request.jobId)) return false;
    await this.parked
      .createQueryBuilder()
      .insert()
      .values({ requestEventId: request.eventId, jobId: request.jobId, request })
      .orIgnore()
      .execute();
    if (await this.readAdmission(request.jobId)) {
      const taken = await this.parked.delete({ requestEventId: request.eventId });
      if ((taken.affected ?? 0) > 0) return false;
      // Released by the admission meanwhile: it is already back on its topic.
      return true;
    }
    this.parkedTotal.inc({ outcome: 'parked' });
    return true;
  }

  /** Applies a JobAdmissionChanged (in sequence order); on admission, republishes the job's parked requests. */
  async apply(event: JobAdmissionChanged): Promise<void> {
    const stored = await this.admissions.findOneBy({ jobId: event.jobId });
    if (supersedes(event.sequence, stored ?? undefined)) {
      await this.dataSource.query(
        `INSERT INTO generator.job_admission (job_id, admitted, reason, sequence, changed_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (job_id) DO UPDATE SET admitted = EXCLUDED.admitted, reason = EXCLUDED.reason,
                sequence = EXCLUDED.sequence, changed_at = EXCLUDED.changed_at
         WHERE generator.job_admission.sequence < EXCLUDED.sequence`,
        [event.jobId, event.admitted, event.reason, event.sequence, new Date(event.changedAt)],
      );
      this.cache.forget(event.jobId);
      this.logger.info(
        event.admitted ? 'Job admitted: releasing parked requests' : 'Job paused: parking its requests',
        {
          jobId: event.jobId,
          reason: event.reason,
          sequence: event.sequence,
        },
      );
    }
    // Also on a redelivered admission: a release cut short by a crash finishes now.
    if (await this.readAdmission(event.jobId)) await this.release(event.jobId);
  }

  /** Republishes the job's parked requests, oldest first; each is deleted only once it is back on its topic. */
  async release(jobId: string): Promise<number> {
    let released = 0;
    for (;;) {
      const batch = await this.parked.find({
        where: { jobId },
        order: { parkedAt: 'ASC' },
        take: RELEASE_BATCH,
      });
      if (batch.length === 0) return released;
      for (const { request } of batch) {
        await this.kafka.publish(generationTopicFor(request.lane), request, { key: request.skuId });
      }
      await this.parked.delete({ requestEventId: In(batch.map((parked) => parked.requestEventId)) });
      released += batch.length;
      this.parkedTotal.inc({ outcome: 'released' }, batch.length);
    }
  }

  private async readAdmission(jobId: string): Promise<boolean> {
    const row = await this.admissions.findOneBy({ jobId });
    const admitted = row?.admitted ?? true;
    this.cache.set(jobId, admitted);
    return admitted;
  }
}
