import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { JsonLogger, METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';
import type { VersionStoreConfig } from '../version-store.config';
import { VERSION_STORE_CONFIG } from '../version-store.tokens';

/**
 * Judge accuracy per job for Prometheus: the share of judged versions with no major or critical accuracy error,
 * how many were judged (the alert wants enough of them) and the target, so the alert rule compares the series.
 */
@Injectable()
export class JudgeAccuracyMetrics implements OnModuleInit {
  private readonly accuracy: Gauge<'job_id'>;
  private readonly judged: Gauge<'job_id'>;

  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(VERSION_STORE_CONFIG) config: VersionStoreConfig,
    private readonly logger: JsonLogger,
    metrics: ServiceMetrics,
  ) {
    const registers = [metrics.registry];
    this.accuracy = new Gauge({
      name: `${METRIC_PREFIX}judge_accuracy_ratio`,
      help: 'Share of a job’s judged versions with no major or critical accuracy error (LLM judge, MQM).',
      labelNames: ['job_id'],
      registers,
    });
    this.judged = new Gauge({
      name: `${METRIC_PREFIX}judge_judged_versions`,
      help: 'Versions of a job the LLM judge has judged (failed judgements not counted).',
      labelNames: ['job_id'],
      registers,
    });
    new Gauge({
      name: `${METRIC_PREFIX}judge_accuracy_target_ratio`,
      help: 'The accuracy target jobs are held to (JUDGE_ACCURACY_TARGET).',
      registers,
    }).set(config.judge.accuracyTarget);
  }

  async onModuleInit(): Promise<void> {
    await this.refresh().catch((error: Error) =>
      this.logger.warn('Judge accuracy metric refresh failed', { error: error.message }),
    );
  }

  /** Recounts one job's figures (or every job's) from the stored judgements. */
  async refresh(jobId?: string): Promise<void> {
    const rows = await this.dataSource.query<{ job_id: string; judged: string; accurate: string }[]>(
      `SELECT job_id, count(*) AS judged, count(*) FILTER (WHERE accurate) AS accurate
         FROM version_store.judgement WHERE outcome = 'judged' ${jobId ? 'AND job_id = $1' : ''}
        GROUP BY job_id`,
      jobId ? [jobId] : [],
    );
    for (const row of rows) {
      this.judged.set({ job_id: row.job_id }, Number(row.judged));
      this.accuracy.set({ job_id: row.job_id }, Number(row.accurate) / Number(row.judged));
    }
  }
}
