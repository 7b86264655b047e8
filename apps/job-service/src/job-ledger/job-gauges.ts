import { Inject, Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { JsonLogger, METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';

/** Jobs active within this window are exported; older ones drop out so the label set stays small. */
const ACTIVE_WITHIN_HOURS = 24;
const MAX_JOBS = 100;

interface JobGaugeRow {
  job_id: string;
  budget_usd: string | null;
  spent_usd: string;
  settled: string;
  total: string;
}

/**
 * Progress and spend per job for dashboards and the budget alert, read from the ledger at each scrape, so they
 * are right after a restart and the same whichever job-service instance is scraped.
 */
@Injectable()
export class JobGauges {
  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    metrics: ServiceMetrics,
    private readonly logger: JsonLogger,
  ) {
    // One query serves the three gauges: the registry collects them together, and they share it.
    let pending: Promise<JobGaugeRow[]> | undefined;
    const rows = () => {
      pending ??= this.read().finally(() => setImmediate(() => (pending = undefined)));
      return pending;
    };
    const gauge = (name: string, help: string, valueOf: (row: JobGaugeRow) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['job'],
        registers: [metrics.registry],
        async collect() {
          this.reset();
          for (const row of await rows()) this.set({ job: row.job_id }, valueOf(row));
        },
      });
    gauge(
      `${METRIC_PREFIX}job_progress_ratio`,
      'Share of the tasks (SKU × language) of a job that are settled, by job.',
      (row) => (Number(row.total) === 0 ? 0 : Number(row.settled) / Number(row.total)),
    );
    gauge(`${METRIC_PREFIX}job_budget_usd`, 'The cost cap of a job in USD (0 = none), by job.', (row) =>
      Number(row.budget_usd ?? 0),
    );
    gauge(
      `${METRIC_PREFIX}job_spent_usd`,
      'USD a job has cost so far, from its priced LLM calls, by job.',
      (row) => Number(row.spent_usd),
    );
  }

  private async read(): Promise<JobGaugeRow[]> {
    try {
      return await this.dataSource.query<JobGaugeRow[]>(
        `SELECT job.job_id, job.budget_usd, job.spent_usd,
                count(task.*) FILTER (WHERE task.settled_at IS NOT NULL) AS settled, count(task.*) AS total
           FROM (SELECT job_id, budget_usd, spent_usd FROM job_service.job
                  WHERE updated_at > now() - make_interval(hours => $1)
                  ORDER BY updated_at DESC LIMIT $2) AS job
           LEFT JOIN job_service.job_task AS task ON task.job_id = job.job_id
          GROUP BY job.job_id, job.budget_usd, job.spent_usd`,
        [ACTIVE_WITHIN_HOURS, MAX_JOBS],
      );
    } catch (error) {
      // A scrape while the database is away shows no job series rather than failing the whole scrape.
      this.logger.warn('Job gauges not read', { error: (error as Error).message });
      return [];
    }
  }
}
