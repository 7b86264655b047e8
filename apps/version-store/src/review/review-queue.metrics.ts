import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { LANGUAGES } from '@content-pipeline/languages';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';
import { JsonLogger, METRIC_PREFIX, ServiceMetrics } from '@content-pipeline/observability';

const REFRESH_INTERVAL_MS = 15_000;

/** Exports how many versions wait for a reviewer, per language (the alert on a growing queue reads it). */
@Injectable()
export class ReviewQueueMetrics implements OnModuleInit, OnApplicationShutdown {
  private readonly queueSize: Gauge<'language'>;
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
    metrics: ServiceMetrics,
  ) {
    this.queueSize = new Gauge({
      name: `${METRIC_PREFIX}review_queue_size`,
      help: 'Versions in human review that no reviewer has decided on yet, by language.',
      labelNames: ['language'],
      registers: [metrics.registry],
    });
  }

  async onModuleInit(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(
      () =>
        void this.refresh().catch((error: Error) =>
          this.logger.warn('Review queue metric refresh failed', { error: error.message }),
        ),
      REFRESH_INTERVAL_MS,
    );
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    const rows = await this.dataSource.query<{ language: string; waiting: string }[]>(
      `SELECT language, count(*) AS waiting FROM version_store.content_version version
        WHERE verdict = 'human_review'
          AND NOT EXISTS (SELECT 1 FROM version_store.review_decision decision WHERE decision.version_id = version.version_id)
        GROUP BY language`,
    );
    for (const language of LANGUAGES) {
      this.queueSize.set({ language }, Number(rows.find((row) => row.language === language)?.waiting ?? 0));
    }
  }
}
