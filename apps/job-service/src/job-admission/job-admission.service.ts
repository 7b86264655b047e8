import { Inject, Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import { derivedEventId, Topics } from '@content-pipeline/contracts';
import { KafkaRuntime, SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { JsonLogger, METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';
import {
  AdmissionDecision,
  admissionAfterCost,
  AdmissionFacts,
  admissionOnResume,
} from './admission-decision';

/** A resume the ledger refuses (the budget cap is still reached): HTTP 409 with the message. */
export class AdmissionRefusedError extends Error {}

interface JobAdmissionRow {
  admitted: boolean;
  paused_reason: string | null;
  budget_usd: string | null;
  spent_usd: string;
  admission_sequence: number;
}

const MAX_RACES = 3;

/**
 * Pauses a job when its cost reaches its cap and admits it again on resume, announcing each change as
 * `JobAdmissionChanged` (the generator parks or releases the job's requests).
 *
 * Crash-safe without an outbox: the event is published before the job row changes, with an id derived
 * from the job and the next sequence number; if the process dies in between, the next check publishes the
 * same event again (same id and sequence, deduplicated downstream) and then records it.
 */
@Injectable()
export class JobAdmissionService {
  private readonly changes: Counter<'change' | 'reason'>;

  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly kafka: KafkaRuntime,
    private readonly logger: JsonLogger,
    metrics: ServiceMetrics,
  ) {
    this.changes = new Counter({
      name: `${METRIC_PREFIX}job_admission_changes_total`,
      help: 'Jobs paused (budget cap reached) or admitted again, by change and reason.',
      labelNames: ['change', 'reason'],
      registers: [metrics.registry],
    });
  }

  /** After new cost or a new cap: pauses the job if its cost reached the cap. */
  async enforceBudget(jobId: string, traceparent = ''): Promise<void> {
    await this.decide(jobId, (facts) => admissionAfterCost(facts), traceparent);
  }

  /** An operator's resume: admits a paused job when its cap leaves room; throws AdmissionRefusedError if not. */
  async resume(jobId: string): Promise<boolean> {
    const decision = await this.decide(jobId, (facts) => admissionOnResume(jobId, facts), '');
    if (decision.change === 'refuse') throw new AdmissionRefusedError(decision.message);
    return decision.change === 'admit' || decision.change === 'none';
  }

  private async decide(
    jobId: string,
    decideFor: (facts: AdmissionFacts) => AdmissionDecision,
    traceparent: string,
  ): Promise<AdmissionDecision> {
    for (let race = 0; ; race += 1) {
      const [row] = await this.dataSource.query<JobAdmissionRow[]>(
        `SELECT admitted, paused_reason, budget_usd, spent_usd, admission_sequence FROM job_service.job WHERE job_id = $1`,
        [jobId],
      );
      if (!row) return { change: 'none' };
      const facts: AdmissionFacts = {
        admitted: row.admitted,
        pausedReason: row.paused_reason,
        budgetUsd: row.budget_usd === null ? null : Number(row.budget_usd),
        costUsd: Number(row.spent_usd),
      };
      const decision = decideFor(facts);
      if (decision.change !== 'pause' && decision.change !== 'admit') return decision;
      const admitted = decision.change === 'admit';
      const sequence = row.admission_sequence + 1;
      await this.kafka.publish(
        Topics.jobAdmissionChanged,
        {
          eventId: derivedEventId('job-admission-changed', jobId, sequence),
          jobId,
          admitted,
          reason: decision.reason,
          sequence,
          budgetUsd: facts.budgetUsd,
          costUsd: facts.costUsd,
          changedAt: Date.now(),
          traceparent,
        },
        { key: jobId },
      );
      const updated = await this.dataSource.query<unknown[]>(
        `UPDATE job_service.job SET admitted = $2, paused_reason = $3, admission_sequence = $4, updated_at = now()
          WHERE job_id = $1 AND admission_sequence = $5 RETURNING job_id`,
        [jobId, admitted, admitted ? null : decision.reason, sequence, row.admission_sequence],
      );
      if (rowCount(updated) > 0) {
        this.changes.inc({ change: decision.change, reason: decision.reason });
        this.logger.info(admitted ? 'Job admitted again' : 'Job paused', {
          jobId,
          reason: decision.reason,
          costUsd: facts.costUsd,
          budgetUsd: facts.budgetUsd,
          sequence,
        });
        return decision;
      }
      // Someone else changed the job meanwhile (another instance, an operator): decide again on fresh facts.
      if (race >= MAX_RACES) return { change: 'none' };
    }
  }
}

/** `UPDATE … RETURNING` through TypeORM's query() yields [rows, count]. */
export function rowCount(result: unknown[]): number {
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[1];
  return result.length;
}
